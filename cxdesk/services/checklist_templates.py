"""Edit checklist templates; a version with visits is never changed, a new one replaces it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.db.database import Database
from cxdesk.db.models import (
    AnswerKind,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Standard,
    Visit,
    VisitStatus,
)
from cxdesk.errors import InUseError, NotFoundError, ValidationError
from cxdesk.i18n import fill, plural, translate
from cxdesk.services.search import (
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
from cxdesk.services.survey_templates import COPY_SUFFIX, check_key, new_family_key
from cxdesk.templates import ChecklistTemplate as ChecklistSpec
from cxdesk.templates import (
    I18n,
    ItemTemplate,
    SectionTemplate,
    TemplateError,
    dump_checklist,
    parse_checklist,
)


@dataclass(frozen=True)
class ChecklistRow:
    """The current version of one checklist (or, archived, its latest) as the list shows it."""

    id: int
    family: str
    version: int
    name: dict[str, str]
    description: dict[str, str]
    builtin: bool
    archived: bool  # no version is current: not offered for new visits
    section_count: int
    item_count: int
    visit_count: int  # of this version, drafts included
    submitted_count: int  # of this version
    family_visit_count: int  # of every version
    versions: int
    created_at: datetime | None


def checklist_spec(session: Session, template: ChecklistTemplate) -> ChecklistSpec:
    """A stored checklist version as an editable template (key = family; standards by code)."""
    codes = dict(session.execute(select(Standard.id, Standard.code)).all())
    sections = tuple(
        SectionTemplate(
            s.code,
            to_i18n(s.title),
            tuple(
                ItemTemplate(
                    code=i.code,
                    text=to_i18n(i.text),
                    kind=str(i.kind),
                    weight=i.weight,
                    critical=i.critical,
                    required=i.required,
                    standard=codes.get(i.standard_id) if i.standard_id else None,
                    hint=to_i18n(i.hint) if i.hint else None,
                )
                for i in s.items
            ),
        )
        for s in template.sections
    )
    return ChecklistSpec(
        template.family, to_i18n(template.name), to_i18n(template.description), sections
    )


def _rows(session: Session, templates: list[ChecklistTemplate]) -> list[ChecklistRow]:
    visits: dict[int, list[int]] = {}
    query = select(Visit.template_id, Visit.status, func.count()).group_by(
        Visit.template_id, Visit.status
    )
    for template_id, status, n in session.execute(query):
        counts = visits.setdefault(template_id, [0, 0])
        counts[0] += n
        counts[1] += n if status == VisitStatus.SUBMITTED else 0
    family: dict[str, list[int]] = {}
    for t_id, t_family in session.execute(select(ChecklistTemplate.id, ChecklistTemplate.family)):
        family.setdefault(t_family, []).append(t_id)
    rows = []
    for t in templates:
        made, submitted = visits.get(t.id, [0, 0])
        rows.append(
            ChecklistRow(
                t.id,
                t.family,
                t.version,
                t.name,
                t.description,
                t.builtin,
                not t.current,
                len(t.sections),
                sum(len(s.items) for s in t.sections),
                made,
                submitted,
                sum(visits.get(v, [0])[0] for v in family[t.family]),
                len(family[t.family]),
                t.created_at,
            )
        )
    return rows


def current_checklist(session: Session, family: str) -> ChecklistTemplate:
    """The current version of a family (else, archived, its latest), or NotFoundError."""
    versions = session.scalars(
        select(ChecklistTemplate).where(ChecklistTemplate.family == family)
    ).all()
    if not versions:
        raise NotFoundError(
            fill(translate("ChecklistTemplates", "There is no checklist “%1”."), family)
        )
    return max(versions, key=lambda t: (t.current, t.version))


def list_checklists(
    db: Database, search: str = "", include_archived: bool = False
) -> list[ChecklistRow]:
    """One row per checklist family: its current version (archived ones: the latest)."""
    words = terms(search)
    with db.session() as session:
        families = set(session.scalars(select(ChecklistTemplate.family)))
        chosen = [current_checklist(session, f) for f in families]
        rows = _rows(
            session,
            [
                t
                for t in chosen
                if (t.current or include_archived)
                and matches(words, t.family, t.name, t.description)
            ],
        )
    return sorted(rows, key=lambda r: (r.archived, localized(r.name).casefold(), r.id))


def _template(session: Session, template_id: int) -> ChecklistTemplate:
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise NotFoundError(
            fill(translate("ChecklistTemplates", "Checklist %1 does not exist."), template_id)
        )
    return template


def get_checklist(db: Database, template_id: int) -> ChecklistRow:
    with db.session() as session:
        return _rows(session, [_template(session, template_id)])[0]


def current_checklist_id(db: Database, family: str) -> int:
    """The version new visits of a family use; NotFoundError when it is archived."""
    with db.session() as session:
        template = current_checklist(session, family)
        if not template.current:
            raise NotFoundError(
                fill(
                    translate("ChecklistTemplates", "The checklist “%1” is archived."),
                    localized(template.name),
                )
            )
        return template.id


def load_checklist_form(db: Database, template_id: int) -> ChecklistSpec:
    with db.session() as session:
        return checklist_spec(session, _template(session, template_id))


def validate_checklist(
    spec: ChecklistSpec, standards: Collection[str] | None = None
) -> ChecklistSpec:
    """The checklist trimmed, with the checklist file rules (cxdesk.templates) checked; with
    `standards` (codes) every item's standard must be one of them."""
    clean = map_texts(spec, lambda t: I18n(t.ru.strip(), t.uk.strip(), t.en.strip()))
    check_key(clean.key)
    if not i18n_dict(clean.name):
        raise ValidationError(
            translate("ChecklistTemplates", "Enter the name of the checklist."), "name"
        )
    for section in clean.sections:
        if not i18n_dict(section.title):
            raise ValidationError(
                fill(
                    translate("ChecklistTemplates", "Section %1: enter its title."),
                    section.code or "?",
                ),
                section.code or None,
            )
        for item in section.items:
            if not i18n_dict(item.text):
                raise ValidationError(
                    fill(
                        translate("ChecklistTemplates", "Item %1: enter its text."),
                        item.code or "?",
                    ),
                    item.code or None,
                )
    clean = replace(
        clean,
        sections=tuple(
            replace(
                s,
                items=tuple(
                    replace(i, hint=i.hint if i.hint and i18n_dict(i.hint) else None)
                    for i in s.items
                ),
            )
            for s in clean.sections
        ),
    )
    complete = map_texts(replace(clean, key=clean.key or "checklist"), lambda t: completed(t, "-"))
    try:
        parse_checklist(
            dump_checklist(complete), translate("ChecklistTemplates", "Checklist"), standards
        )
    except TemplateError as exc:
        raise as_validation_error(exc) from exc
    return clean


def _sections(session: Session, spec: ChecklistSpec) -> list[ChecklistSection]:
    ids = dict(session.execute(select(Standard.code, Standard.id)).all())
    return [
        ChecklistSection(
            position=n,
            code=s.code,
            title=i18n_dict(s.title),
            items=[
                ChecklistItem(
                    position=m,
                    code=i.code,
                    text=i18n_dict(i.text),
                    hint=i18n_dict(i.hint),
                    kind=AnswerKind(i.kind),
                    weight=float(i.weight),
                    critical=i.critical,
                    required=i.required,
                    standard_id=ids.get(i.standard) if i.standard else None,
                )
                for m, i in enumerate(s.items, start=1)
            ],
        )
        for n, s in enumerate(spec.sections, start=1)
    ]


def save_checklist_into(
    session: Session, family: str | None, spec: ChecklistSpec, new_version: bool = False
) -> ChecklistTemplate:
    """`save_checklist` inside a transaction the caller owns; `spec` already validated."""
    if family is None:
        taken = set(session.scalars(select(ChecklistTemplate.family)))
        key = new_family_key(spec.key, spec.name, taken, "checklist")
        template = ChecklistTemplate(family=key, version=1, current=True, builtin=False)
        session.add(template)
    else:
        old = current_checklist(session, family)
        used = session.scalar(select(func.count()).where(Visit.template_id == old.id))
        if used or new_version:
            last = session.scalar(
                select(func.max(ChecklistTemplate.version)).where(
                    ChecklistTemplate.family == family
                )
            )
            old.current = False
            template = ChecklistTemplate(
                family=family, version=(last or 0) + 1, current=True, builtin=old.builtin
            )
            session.add(template)
        else:  # no visit was made with it yet: change it in place
            template = old
            template.current = True
            template.sections.clear()
            session.flush()
    template.name, template.description = i18n_dict(spec.name), i18n_dict(spec.description)
    template.sections = _sections(session, spec)
    session.flush()
    return template


def save_checklist(
    db: Database, family: str | None, spec: ChecklistSpec, *, new_version: bool = False
) -> int:
    """Save an edited checklist; returns the id of the version saved. A new family when
    `family` is None; the current version changed in place while no visit uses it; otherwise
    (or with `new_version`) a new current version: visits keep theirs and their frozen score."""
    with db.session() as session:
        standards = set(session.scalars(select(Standard.code)))
    clean = validate_checklist(spec, standards)
    with db.begin() as session:
        return save_checklist_into(session, family, clean, new_version).id


def duplicate_checklist(db: Database, template_id: int) -> int:
    """A new checklist family copied from a version, named "… (copy)"."""
    with db.begin() as session:
        source = checklist_spec(session, _template(session, template_id))
        name = {k: v + COPY_SUFFIX[k] for k, v in i18n_dict(source.name).items()}
        taken = set(session.scalars(select(ChecklistTemplate.family)))
        copy = replace(
            source, key=make_code(f"{source.key}_copy", taken, "checklist"), name=to_i18n(name)
        )
        return save_checklist_into(session, None, validate_checklist(copy)).id


def set_checklist_archived(db: Database, family: str, archived: bool) -> None:
    """Archive a checklist (no version stays current, so none is offered for new visits) or
    restore it (its latest version becomes current again)."""
    with db.begin() as session:
        latest = current_checklist(session, family)
        for template in session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.family == family)
        ):
            template.current = False
        latest.current = not archived


def delete_checklist(db: Database, family: str) -> None:
    """Delete every version of a checklist no visit was made with; otherwise refuse."""
    with db.begin() as session:
        template = current_checklist(session, family)
        ids = select(ChecklistTemplate.id).where(ChecklistTemplate.family == family)
        n = session.scalar(select(func.count()).where(Visit.template_id.in_(ids))) or 0
        if n:
            raise InUseError(
                fill(
                    translate(
                        "ChecklistTemplates",
                        "“%1” cannot be deleted: it has %2. Archive it instead.",
                    ),
                    localized(template.name),
                    plural(translate("ChecklistTemplates", "%n visit|%n visits"), n),
                )
            )
        for version in session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.family == family)
        ):
            session.delete(version)
