"""The fixed vocabularies of the data model, stored as their string values."""

from __future__ import annotations

import enum


class LoyaltyType(enum.StrEnum):
    UNKNOWN = "unknown"
    CONSTRAINED = "constrained"  # "I must stay": no real alternative
    DEDICATED = "dedicated"  # "I want to stay"


class SurveyKind(enum.StrEnum):
    EXIT = "exit"
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    SERVQUAL = "servqual"
    STAFF = "staff"
    SOCO = "soco"
    CUSTOM = "custom"


class QuestionKind(enum.StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    RATING = "rating"
    YES_NO = "yes_no"
    SINGLE = "single"
    MULTI = "multi"
    TEXT = "text"
    NUMBER = "number"
    SERVQUAL = "servqual"  # an expectation/perception pair


class Channel(enum.StrEnum):
    IN_STORE = "in_store"
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    WEB = "web"
    PAPER = "paper"


class AnswerKind(enum.StrEnum):
    YES_NO_NA = "yes_no_na"
    SCALE_1_5 = "scale_1_5"
    TEXT = "text"


class VisitStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class FeedbackSource(enum.StrEnum):
    COMPLAINTS_BOOK = "complaints_book"
    ONLINE_REVIEW = "online_review"
    SOCIAL = "social"
    CALL = "call"
    LEGAL = "legal"
    OTHER = "other"


class Sentiment(enum.StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class FeedbackStatus(enum.StrEnum):
    NEW = "new"
    ANSWERED = "answered"
    CLOSED = "closed"


class Priority(enum.StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionSource(enum.StrEnum):
    MANUAL = "manual"
    SURVEY_ANSWER = "survey_answer"
    VISIT_ITEM = "visit_item"
    FEEDBACK = "feedback"
