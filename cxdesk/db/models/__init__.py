"""Every table of cxdesk, importable from one place."""

from cxdesk.db.models.action import ImprovementAction
from cxdesk.db.models.checklist import ChecklistItem, ChecklistSection, ChecklistTemplate
from cxdesk.db.models.customer import Customer
from cxdesk.db.models.enums import (
    ActionSource,
    ActionStatus,
    AnswerKind,
    Channel,
    FeedbackSource,
    FeedbackStatus,
    LoyaltyType,
    Priority,
    QuestionKind,
    Sentiment,
    SurveyKind,
    VisitStatus,
)
from cxdesk.db.models.feedback import FeedbackEntry
from cxdesk.db.models.org import Location, Staff
from cxdesk.db.models.response import Answer, Response
from cxdesk.db.models.sales import AppSetting, SalesFigure, SamplePlan
from cxdesk.db.models.service_request import ServiceRequest, SlaTarget
from cxdesk.db.models.standard import JourneyStage, Role, Scenario, StageRole, Standard
from cxdesk.db.models.survey import Question, Survey
from cxdesk.db.models.visit import Visit, VisitAnswer, VisitPhoto, visit_staff

__all__ = [
    "ActionSource", "ActionStatus", "Answer", "AnswerKind", "AppSetting", "Channel",
    "ChecklistItem", "ChecklistSection", "ChecklistTemplate", "Customer", "FeedbackEntry",
    "FeedbackSource", "FeedbackStatus", "ImprovementAction", "JourneyStage", "Location",
    "LoyaltyType", "Priority", "Question", "QuestionKind", "Response", "Role", "SalesFigure",
    "SamplePlan", "Scenario", "Sentiment", "ServiceRequest", "SlaTarget", "Staff", "StageRole",
    "Standard", "Survey", "SurveyKind", "Visit", "VisitAnswer", "VisitPhoto", "VisitStatus",
    "visit_staff",
]
