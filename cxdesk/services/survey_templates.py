"""Edit survey templates; a version with responses is never changed, a new one replaces it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import Question, QuestionKind, Response, SamplePlan, Survey, SurveyKind
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.i18n import fill, plural, translate
from cxdesk.services.search import (
    CODE_RE,
    as_validation_error,
    completed,
    i18n_dict,
    localized,
    make_code,
    map_texts,
    matches,
    terms,
    to_i18n,
)
from cxdesk.templates import (
    I18n,
    OptionTemplate,
    QuestionTemplate,
    SurveyTemplate,
    TemplateError,
    dump_survey,
    parse_survey,
)

COPY_SUFFIX = {"ru": " (копия)", "uk": " (копія)", "en": " (copy)"}


@dataclass(frozen=True)
class SurveyRow:
    """The current version of one survey as the template list shows it."""

    id: int
    family: str
    version: int
    kind: str
    name: dict[str, str]
    description: dict[str, str]
    builtin: bool
    active: bool  # False: archived, not offered for new responses
    question_count: int
    response_count: int  # of this version
    family_response_count: int  # of every version
    versions: int
    created_at: datetime | None


# ---- reading --------------------------------------------------------------------------------

def survey_template(survey: Survey) -> SurveyTemplate:
    """A stored survey version as an editable template (its key is the family)."""
    questions = []
    for q in survey.questions:
        labels = q.labels or {}
        scale = (q.scale_min, q.scale_max) if None not in (q.scale_min, q.scale_max) else None
        questions.append(QuestionTemplate(
            code=q.code, kind=str(q.kind), text=to_i18n(q.text), required=q.required,
            scale=scale,  # type: ignore[arg-type]
            label_min=to_i18n(labels["min"]) if labels.get("min") else None,
            label_max=to_i18n(labels["max"]) if labels.get("max") else None,
            options=tuple(OptionTemplate(o["code"], to_i18n(o.get("text")))
                          for o in q.options or ()),
            dimension=q.dimension, reverse=q.reverse, role=q.role,
            unit=to_i18n(q.unit) if q.unit else None,
        ))
    return SurveyTemplate(survey.family, str(survey.kind), to_i18n(survey.name),
                          to_i18n(survey.description), tuple(questions))


def _counts(session: Session) -> dict[int, int]:
    query = select(Response.survey_id, func.count()).group_by(Response.survey_id)
    return dict(session.execute(query).all())


def _rows(session: Session, surveys: list[Survey]) -> list[SurveyRow]:
    counts = _counts(session)
    by_family: dict[str, list[Survey]] = {}
    for s in session.scalars(select(Survey)):
        by_family.setdefault(s.family, []).append(s)
    return [
        SurveyRow(s.id, s.family, s.version, str(s.kind), s.name, s.description, s.builtin,
                  s.active, len(s.questions), counts.get(s.id, 0),
                  sum(counts.get(v.id, 0) for v in by_family[s.family]),
                  len(by_family[s.family]), s.created_at)
        for s in surveys
    ]


def list_surveys(db: Database, search: str = "", include_archived: bool = True) -> list[SurveyRow]:
    """The current version of every survey family, active ones first, by name."""
    words = terms(search)
    with db.session() as session:
        query = select(Survey).where(Survey.current.is_(True))
        if not include_archived:
            query = query.where(Survey.active.is_(True))
        rows = _rows(session, [s for s in session.scalars(query)
                               if matches(words, s.family, s.name, s.description)])
    return sorted(rows, key=lambda r: (not r.active, localized(r.name).casefold(), r.id))


def _survey(session: Session, survey_id: int) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise NotFoundError(fill(translate("SurveyTemplates", "Survey %1 does not exist."),
                                 survey_id))
    return survey


def current_survey(session: Session, family: str) -> Survey:
    """The current version of a family (else its latest), or NotFoundError."""
    versions = session.scalars(select(Survey).where(Survey.family == family)).all()
    if not versions:
        raise NotFoundError(fill(translate("SurveyTemplates", "There is no survey “%1”."),
                                 family))
    return max(versions, key=lambda s: (s.current, s.version))


def get_survey(db: Database, survey_id: int) -> SurveyRow:
    with db.session() as session:
        return _rows(session, [_survey(session, survey_id)])[0]


def current_survey_id(db: Database, family: str) -> int:
    """The version new responses of a family use."""
    with db.session() as session:
        return current_survey(session, family).id


def load_survey_form(db: Database, survey_id: int) -> SurveyTemplate:
    with db.session() as session:
        return survey_template(_survey(session, survey_id))


# ---- writing --------------------------------------------------------------------------------

def validate_survey(template: SurveyTemplate) -> SurveyTemplate:
    """The template trimmed, with the survey file rules (cxdesk.templates) checked; texts need
    one language at least, the others may stay empty."""
    clean = map_texts(template, lambda t: I18n(t.ru.strip(), t.uk.strip(), t.en.strip()))
    check_key(clean.key)
    if not i18n_dict(clean.name):
        raise ValidationError(translate("SurveyTemplates", "Enter the name of the survey."),
                              "name")
    for q in clean.questions:
        if not i18n_dict(q.text) or not all(i18n_dict(o.text) for o in q.options):
            raise ValidationError(fill(translate(
                "SurveyTemplates", "Question %1: enter its text and the text of every option."),
                q.code or "?"), q.code or None)
    optional = ("label_min", "label_max", "unit")
    clean = replace(clean, questions=tuple(
        replace(q, **{n: None for n in optional if getattr(q, n) and not i18n_dict(getattr(q, n))})
        for q in clean.questions))
    complete = map_texts(replace(clean, key=clean.key or "survey"), lambda t: completed(t, "-"))
    try:
        parse_survey(dump_survey(complete), source=translate("SurveyTemplates", "Survey"))
    except TemplateError as exc:
        raise as_validation_error(exc) from exc
    return clean


def check_key(key: str) -> None:
    if key and not CODE_RE.match(key):
        raise ValidationError(translate(
            "SurveyTemplates", "The key may hold only a-z, 0-9 and _ (at most 64)."), "key")


def new_family_key(key: str, name: I18n, taken: set[str], what: str) -> str:
    """The family key for a new template: the one given (unused), else one made from the name."""
    if not key:
        return make_code(localized(i18n_dict(name)), taken, what)
    check_key(key)
    if key in taken:
        raise ValidationError(fill(translate(
            "SurveyTemplates", "There is already a template with the key “%1”."), key), "key")
    return key


def _question_row(position: int, q: QuestionTemplate) -> Question:
    labels = {}
    if q.label_min is not None and q.label_max is not None:
        labels = {"min": i18n_dict(q.label_min), "max": i18n_dict(q.label_max)}
    return Question(
        position=position, code=q.code, kind=QuestionKind(q.kind), text=i18n_dict(q.text),
        required=q.required, scale_min=q.scale[0] if q.scale else None,
        scale_max=q.scale[1] if q.scale else None, labels=labels,
        options=[{"code": o.code, "text": i18n_dict(o.text)} for o in q.options],
        dimension=q.dimension, reverse=q.reverse, role=q.role, unit=i18n_dict(q.unit),
    )


def save_survey_into(session: Session, family: str | None, template: SurveyTemplate,
                     new_version: bool = False) -> Survey:
    """`save_survey` inside a transaction the caller owns; `template` already validated."""
    if family is None:
        taken = set(session.scalars(select(Survey.family)))
        key = new_family_key(template.key, template.name, taken, "survey")
        survey = Survey(family=key, version=1, current=True, builtin=False, active=True)
        session.add(survey)
    else:
        old = current_survey(session, family)
        used = session.scalar(select(func.count()).where(Response.survey_id == old.id))
        if used or new_version:
            last = session.scalar(select(func.max(Survey.version)).where(Survey.family == family))
            old.current = False
            survey = Survey(family=family, version=(last or 0) + 1, current=True,
                            builtin=old.builtin, active=old.active)
            session.add(survey)
        else:  # nothing was answered with it yet: change it in place
            survey = old
            survey.questions.clear()
            session.flush()
    survey.kind = SurveyKind(template.kind)
    survey.name, survey.description = i18n_dict(template.name), i18n_dict(template.description)
    survey.questions = [_question_row(n, q) for n, q in enumerate(template.questions, start=1)]
    session.flush()
    return survey


def save_survey(db: Database, family: str | None, template: SurveyTemplate, *,
                new_version: bool = False) -> int:
    """Save an edited survey; returns the id of the version saved. A new family when `family`
    is None; the current version changed in place while it has no responses; otherwise (or
    with `new_version`) a new current version, so old responses keep theirs."""
    clean = validate_survey(template)
    with db.begin() as session:
        return save_survey_into(session, family, clean, new_version).id


def duplicate_survey(db: Database, survey_id: int) -> int:
    """A new survey family copied from a version, named "… (copy)"."""
    with db.session() as session:
        source = survey_template(_survey(session, survey_id))
    name = i18n_dict(source.name)
    copy = replace(source, key="", name=to_i18n({k: v + COPY_SUFFIX[k] for k, v in name.items()}))
    with db.begin() as session:
        taken = set(session.scalars(select(Survey.family)))
        copy = replace(copy, key=make_code(f"{source.key}_copy", taken, "survey"))
        return save_survey_into(session, None, validate_survey(copy)).id


def set_survey_active(db: Database, family: str, active: bool) -> None:
    """Archive (False) or restore a survey: archived ones are not offered for new responses."""
    with db.begin() as session:
        current_survey(session, family)
        for survey in session.scalars(select(Survey).where(Survey.family == family)):
            survey.active = active


def delete_survey(db: Database, family: str) -> None:
    """Delete every version of a survey nobody has answered; otherwise refuse."""
    with db.begin() as session:
        survey = current_survey(session, family)
        ids = select(Survey.id).where(Survey.family == family)
        found = []
        n = session.scalar(select(func.count()).where(Response.survey_id.in_(ids))) or 0
        if n:
            found.append(plural(translate("SurveyTemplates", "%n response|%n responses"), n))
        n = session.scalar(select(func.count()).where(SamplePlan.survey_family == family)) or 0
        if n:
            found.append(plural(translate("SurveyTemplates", "%n sample plan|%n sample plans"), n))
        if found:
            raise InUseError(fill(translate(
                "SurveyTemplates", "“%1” cannot be deleted: it has %2. Archive it instead."),
                localized(survey.name), ", ".join(found)))
        for version in session.scalars(select(Survey).where(Survey.family == family)):
            session.delete(version)
