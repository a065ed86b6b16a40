"""install_builtins: every built-in template lands in the database once, texts intact."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from cxdesk.db.base import Base
from cxdesk.db.database import Database, open_database
from cxdesk.db.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    JourneyStage,
    Priority,
    Question,
    Role,
    Scenario,
    SlaTarget,
    StageRole,
    Standard,
    Survey,
    SurveyKind,
)
from cxdesk.services.builtin import DEFAULT_SLA, ensure_default_sla_targets, install_builtins
from cxdesk.templates import builtin_checklists, builtin_journey, builtin_surveys


@pytest.fixture
def db(tmp_path) -> Database:
    database = open_database(tmp_path / "x.db")
    yield database
    database.dispose()


def _count(db: Database, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _all_counts(db: Database) -> dict[str, int]:
    return {table.name: _count(db, table) for table in Base.metadata.sorted_tables}


def test_fresh_database_gets_every_builtin(db):
    surveys, checklists, journey = builtin_surveys(), builtin_checklists(), builtin_journey()
    added = install_builtins(db)

    assert added["surveys"] == len(surveys) == _count(db, Survey)
    assert added["questions"] == sum(len(s.questions) for s in surveys) == _count(db, Question)
    assert added["checklists"] == len(checklists) == _count(db, ChecklistTemplate)
    assert _count(db, ChecklistSection) == sum(len(c.sections) for c in checklists)
    assert added["checklist_items"] == sum(len(c.items()) for c in checklists)
    assert _count(db, ChecklistItem) == added["checklist_items"]
    assert added["stages"] == len(journey.stages) == _count(db, JourneyStage)
    assert added["roles"] == len(journey.roles) == _count(db, Role)
    assert added["stage_roles"] == len(journey.stage_roles) == _count(db, StageRole)
    assert added["standards"] == len(journey.standards) == _count(db, Standard)
    assert added["scenarios"] == len(journey.scenarios) == _count(db, Scenario)
    assert added["sla_targets"] == 4


def test_surveys_are_version_one_builtin_current_with_ordered_questions(db):
    install_builtins(db)
    specs = {s.key: s for s in builtin_surveys()}
    with db.session() as session:
        rows = session.scalars(select(Survey).options(selectinload(Survey.questions))).all()
        assert {r.family for r in rows} == set(specs)
        for survey in rows:
            spec = specs[survey.family]
            assert (survey.version, survey.builtin, survey.current, survey.active) == (
                1, True, True, True)
            assert survey.kind == SurveyKind(spec.kind)
            assert [q.code for q in survey.questions] == [q.code for q in spec.questions]
            assert [q.position for q in survey.questions] == list(
                range(1, len(spec.questions) + 1))
            for question, q_spec in zip(survey.questions, spec.questions, strict=True):
                assert question.kind == q_spec.kind
                assert question.required == q_spec.required
                assert question.role == q_spec.role
                assert question.reverse == q_spec.reverse
                assert question.dimension == q_spec.dimension
                if q_spec.scale:
                    assert (question.scale_min, question.scale_max) == q_spec.scale
                assert [o["code"] for o in question.options] == [o.code for o in q_spec.options]


def test_checklist_items_point_at_their_standards(db):
    install_builtins(db)
    spec_items = {i.code: i for c in builtin_checklists() for i in c.items()}
    with db.session() as session:
        codes = {id_: code for id_, code in session.execute(select(Standard.id, Standard.code))}
        items = session.scalars(select(ChecklistItem)).all()
        assert len(items) == len(spec_items)
        for item in items:
            spec = spec_items[item.code]
            assert codes.get(item.standard_id) == spec.standard
            assert (item.weight, item.critical, item.required) == (
                spec.weight, spec.critical, spec.required)
        assert any(item.critical for item in items)


def test_second_call_adds_nothing(db):
    install_builtins(db)
    before = _all_counts(db)
    added = install_builtins(db)
    assert set(added.values()) == {0}
    assert _all_counts(db) == before


def test_an_existing_family_or_standard_is_left_alone(db):
    install_builtins(db)
    with db.begin() as session:
        exit_survey = session.scalar(select(Survey).where(Survey.family == "exit"))
        exit_survey.name = {"ru": "Моя анкета", "uk": "Моя анкета", "en": "My card"}
        standard = session.scalars(select(Standard).order_by(Standard.id)).first()
        standard.text = {"ru": "свой", "uk": "свій", "en": "own"}
    install_builtins(db)
    with db.session() as session:
        exit_survey = session.scalar(select(Survey).where(Survey.family == "exit"))
        assert exit_survey.name["uk"] == "Моя анкета"
        assert session.get(Standard, standard.id).text["uk"] == "свій"


def test_cyrillic_texts_survive(db):
    install_builtins(db)
    exit_spec = next(s for s in builtin_surveys() if s.key == "exit")
    stage_spec = builtin_journey().stages[0]
    with db.session() as session:
        survey = session.scalar(select(Survey).where(Survey.family == "exit"))
        assert survey.name == {"ru": exit_spec.name.ru, "uk": exit_spec.name.uk,
                               "en": exit_spec.name.en}
        assert any(ch in survey.name["uk"] for ch in "іїєґ")
        first = survey.questions[0]
        assert first.text["ru"] == exit_spec.questions[0].text.ru
        assert first.options[0]["text"]["uk"] == exit_spec.questions[0].options[0].text.uk
        stage = session.scalar(select(JourneyStage).where(JourneyStage.code == stage_spec.code))
        assert stage.name["ru"] == stage_spec.name.ru


def test_default_sla_targets_and_an_edited_one_is_kept(db):
    install_builtins(db)
    with db.begin() as session:
        targets = {t.priority: t for t in session.scalars(select(SlaTarget))}
        assert {p: (t.register_minutes, t.take_minutes, t.resolve_minutes)
                for p, t in targets.items()} == DEFAULT_SLA
        targets[Priority.LOW].resolve_minutes = 10_000
        session.delete(targets[Priority.HIGH])
    with db.begin() as session:
        assert ensure_default_sla_targets(session) == 1
    with db.session() as session:
        assert session.get(SlaTarget, Priority.LOW).resolve_minutes == 10_000
        assert session.get(SlaTarget, Priority.HIGH).resolve_minutes == 480
