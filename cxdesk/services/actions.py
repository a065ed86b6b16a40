"""Improvement actions: typed in, or made from a survey answer, a visit item or feedback."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    ActionSource,
    ActionStatus,
    Answer,
    ChecklistItem,
    ChecklistSection,
    FeedbackEntry,
    ImprovementAction,
    Location,
    Question,
    Response,
    Staff,
    Visit,
    VisitAnswer,
)
from cxdesk.errors import NotFoundError, ValidationError
from cxdesk.i18n import fill, translate
from cxdesk.metrics.exit_survey import theme_of
from cxdesk.services.search import excerpt, localized, matches, one_line, terms

TITLE_MAX = 300
THEME_MAX = 100
TEXT_MAX = 20000


@dataclass
class ActionForm:
    title: str = ""
    description: str = ""
    theme: str = ""
    owner_id: int | None = None
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    location_id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    description: str
    theme: str
    source: ActionSource
    source_text: str  # where it came from, in words
    owner_id: int | None
    owner_name: str
    location_id: int | None
    location_name: str
    due_date: date | None
    status: ActionStatus
    done_at: datetime | None
    created_at: datetime | None

    def overdue(self, today: date) -> bool:
        open_ = self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        return open_ and self.due_date is not None and self.due_date < today

    def form(self) -> ActionForm:
        return ActionForm(self.title, self.description, self.theme, self.owner_id,
                          self.due_date, self.status, self.location_id)


def validate_action(form: ActionForm) -> ActionForm:
    title = one_line(form.title)
    if not title:
        raise ValidationError(translate("Actions", "Enter what is to be done."), "title")
    for value, limit, name in ((title, TITLE_MAX, "title"), (one_line(form.theme), THEME_MAX,
                               "theme"), ((form.description or "").strip(), TEXT_MAX,
                                          "description")):
        if len(value) > limit:
            raise ValidationError(fill(translate(
                "Actions", "The text is too long (at most %1 characters)."), limit), name)
    try:
        status = ActionStatus(form.status)
    except ValueError as exc:
        raise ValidationError(translate("Actions", "Choose the status."), "status") from exc
    return replace(form, title=title, theme=one_line(form.theme), status=status,
                   description=(form.description or "").strip())


def _get(session: Session, model: type, row_id: int) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(fill(translate("Actions", "Record %1 no longer exists."), row_id))
    return row


def _apply(session: Session, action: ImprovementAction, form: ActionForm) -> None:
    for model, key in ((Staff, form.owner_id), (Location, form.location_id)):
        if key is not None:
            _get(session, model, key)
    action.title, action.description, action.theme = form.title, form.description, form.theme
    action.owner_id, action.due_date, action.location_id = (form.owner_id, form.due_date,
                                                            form.location_id)
    if form.status == ActionStatus.DONE and action.status != ActionStatus.DONE:
        action.done_at = datetime.now().replace(microsecond=0)
    elif form.status != ActionStatus.DONE:
        action.done_at = None
    action.status = form.status


def _source_texts(session: Session, actions: list[ImprovementAction], lang: str) -> dict[int, str]:
    """Where each action came from, in words, looked up in a few queries."""
    out: dict[int, str] = {}
    answers = {a.answer_id for a in actions if a.answer_id}
    found_a = {a.id: (a, r, q) for a, r, q in session.execute(
        select(Answer, Response, Question).join(Response, Answer.response_id == Response.id)
        .join(Question, Answer.question_id == Question.id).where(Answer.id.in_(answers)))}
    items = {a.visit_answer_id for a in actions if a.visit_answer_id}
    found_v = {va.id: (v, i) for va, v, i in session.execute(
        select(VisitAnswer, Visit, ChecklistItem).join(Visit, VisitAnswer.visit_id == Visit.id)
        .join(ChecklistItem, VisitAnswer.item_id == ChecklistItem.id)
        .where(VisitAnswer.id.in_(items)))}
    entries = {a.feedback_id for a in actions if a.feedback_id}
    found_f = {f.id: f for f in session.scalars(
        select(FeedbackEntry).where(FeedbackEntry.id.in_(entries)))}
    for act in actions:
        if act.answer_id in found_a:
            a, r, q = found_a[act.answer_id]
            out[act.id] = fill(translate("Actions", "Survey answer of %1 to “%2”"),
                               f"{r.taken_at:%Y-%m-%d}", excerpt(localized(q.text, lang), 60))
        elif act.visit_answer_id in found_v:
            v, i = found_v[act.visit_answer_id]
            out[act.id] = fill(translate("Actions", "Mystery-shop visit of %1: “%2”"),
                               f"{v.visited_at:%Y-%m-%d}", excerpt(localized(i.text, lang), 60))
        elif act.feedback_id in found_f:
            f = found_f[act.feedback_id]
            out[act.id] = fill(translate("Actions", "Feedback of %1: “%2”"),
                               f"{f.received_at:%Y-%m-%d}", excerpt(f.text, 60))
        elif act.source == ActionSource.MANUAL:
            out[act.id] = translate("Actions", "Added by hand")
        else:
            out[act.id] = translate("Actions", "Its source was deleted")
    return out


def _rows(session: Session, actions: list[ImprovementAction], lang: str) -> list[ActionRow]:
    staff: dict[int | None, str] = dict(
        session.execute(select(Staff.id, Staff.name)).all())
    places: dict[int | None, str] = dict(
        session.execute(select(Location.id, Location.name)).all())
    sources = _source_texts(session, actions, lang)
    return [ActionRow(a.id, a.title, a.description, a.theme, a.source, sources[a.id],
                      a.owner_id, staff.get(a.owner_id, ""), a.location_id,
                      places.get(a.location_id, ""), a.due_date, a.status, a.done_at,
                      a.created_at) for a in actions]


def list_actions(db: Database, search: str = "", status: ActionStatus | None = None,
                 owner_id: int | None = None, location_id: int | None = None,
                 lang: str = "en") -> list[ActionRow]:
    """Actions, open ones first by due date; `search` matches title, theme, description,
    owner, location and source."""
    query = select(ImprovementAction)
    for column, value in ((ImprovementAction.status, status),
                          (ImprovementAction.owner_id, owner_id),
                          (ImprovementAction.location_id, location_id)):
        if value is not None:
            query = query.where(column == value)
    words = terms(search)
    with db.session() as session:
        rows = _rows(session, list(session.scalars(query)), lang)
    rows = [r for r in rows if matches(words, r.title, r.theme, r.description, r.owner_name,
                                       r.location_name, r.source_text)]
    closed = (ActionStatus.DONE, ActionStatus.DROPPED)
    return sorted(rows, key=lambda r: (r.status in closed, r.due_date or date.max, r.id))


def get_action(db: Database, action_id: int, lang: str = "en") -> ActionRow:
    with db.session() as session:
        return _rows(session, [_get(session, ImprovementAction, action_id)], lang)[0]


def create_action(db: Database, form: ActionForm) -> int:
    clean = validate_action(form)
    with db.begin() as session:
        action = ImprovementAction(source=ActionSource.MANUAL, status=ActionStatus.OPEN)
        _apply(session, action, clean)
        session.add(action)
        session.flush()
        return action.id


def update_action(db: Database, action_id: int, form: ActionForm) -> None:
    clean = validate_action(form)
    with db.begin() as session:
        _apply(session, _get(session, ImprovementAction, action_id), clean)


def set_action_status(db: Database, action_id: int, status: ActionStatus) -> None:
    """Move an action on (done sets its done date; reopening clears it)."""
    with db.begin() as session:
        action = _get(session, ImprovementAction, action_id)
        form = replace(_rows(session, [action], "en")[0].form(), status=ActionStatus(status))
        _apply(session, action, form)


def delete_action(db: Database, action_id: int) -> None:
    with db.begin() as session:
        session.delete(_get(session, ImprovementAction, action_id))


def _add(session: Session, form: ActionForm, **link: object) -> int:
    action = ImprovementAction(status=ActionStatus.OPEN, **link)
    _apply(session, action, validate_action(form))
    session.add(action)
    session.flush()
    return action.id


def action_from_visit_answer(db: Database, visit_answer_id: int, lang: str = "en") -> int:
    """An open action for a checked item (usually one that failed): titled by the item, themed
    by its section, at the visit's location, the answer and comment in the description."""
    with db.begin() as session:
        answer = _get(session, VisitAnswer, visit_answer_id)
        item = _get(session, ChecklistItem, answer.item_id)
        section = _get(session, ChecklistSection, item.section_id)
        scale = str(answer.scale) if answer.scale is not None else ""
        value = answer.choice or scale or (answer.text or "")
        parts = [fill(translate("Actions", "Answer: %1"), value) if value else "",
                 answer.comment.strip()]
        form = ActionForm(title=excerpt(localized(item.text, lang), 80),
                          description="\n".join(p for p in parts if p),
                          theme=excerpt(localized(section.title, lang), THEME_MAX),
                          location_id=answer.visit.location_id)
        return _add(session, form, source=ActionSource.VISIT_ITEM,
                    visit_answer_id=visit_answer_id)


def action_from_survey_answer(db: Database, answer_id: int, lang: str = "en") -> int:
    """An open action from a survey answer: titled by its text (else question and value),
    themed when the text falls in a known improvement theme, at the response's location."""
    with db.begin() as session:
        answer = _get(session, Answer, answer_id)
        response = _get(session, Response, answer.response_id)
        question = _get(session, Question, answer.question_id)
        text = (answer.text or "").strip()
        if not text:
            value = answer.choices or (answer.number if answer.number is not None else "")
            text = f"{localized(question.text, lang)}: {value}"
        theme, known = theme_of(text)
        form = ActionForm(title=excerpt(text, 80), description=text,
                          theme=theme if known else "", location_id=response.location_id)
        return _add(session, form, source=ActionSource.SURVEY_ANSWER, answer_id=answer_id)


def action_from_feedback(db: Database, feedback_id: int) -> int:
    """An open action from a complaint or review: titled by its text, at its location."""
    with db.begin() as session:
        entry = _get(session, FeedbackEntry, feedback_id)
        form = ActionForm(title=excerpt(entry.text, 80), description=entry.text,
                          location_id=entry.location_id)
        return _add(session, form, source=ActionSource.FEEDBACK, feedback_id=feedback_id)
