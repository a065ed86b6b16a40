"""compute_figures: the query layer feeds the metrics exactly what a hand count gives."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from cxdesk.cli import main
from cxdesk.db.database import open_database
from cxdesk.db.models import (
    AnswerKind,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    JourneyStage,
    Location,
    Priority,
    Question,
    QuestionKind,
    ServiceRequest,
    SlaTarget,
    Standard,
    Survey,
    SurveyKind,
    Visit,
    VisitAnswer,
    VisitStatus,
)
from cxdesk.db.queries.filters import Filters
from cxdesk.services.figures import compute_figures
from cxdesk.services.responses import ResponseForm, record_response

T = {"ru": "т", "uk": "т", "en": "t"}


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "f.db")
    with database.begin() as s:
        s.add_all([Location(name="Центр"), Location(name="Лівий берег")])
        s.add(Survey(family="exit", kind=SurveyKind.EXIT, name=T, questions=[
            Question(position=1, code="nps", kind=QuestionKind.NPS, text=T, scale_min=0,
                     scale_max=10, role="nps"),
            Question(position=2, code="csat", kind=QuestionKind.CSAT, text=T, scale_min=1,
                     scale_max=5, role="csat", required=False),
            Question(position=3, code="speed", kind=QuestionKind.CSAT, text=T, scale_min=1,
                     scale_max=5, role="speed", required=False),
        ]))
        s.add(Survey(family="ces", kind=SurveyKind.CES, name=T, questions=[
            Question(position=1, code="ces", kind=QuestionKind.CES, text=T, scale_min=1,
                     scale_max=7, role="ces"),
        ]))
    yield database
    database.dispose()


def _answer(db, survey_id, location, day, **answers):
    record_response(db, ResponseForm(survey_id=survey_id, taken_at=datetime(2026, 3, day, 10),
                                     answers=answers, location_id=location))


def _fill_surveys(db):
    # Центр in March: NPS 10, 9, 7, 3 → 2 promoters, 1 detractor of 4 → +25
    for day, score, sat in ((2, 10, 5), (3, 9, 4), (4, 7, 3), (5, 3, 1)):
        _answer(db, 1, 1, day, nps=score, csat=sat, speed=5 if score > 5 else 2)
    # Лівий берег: 0, 6 → −100; CSAT 2, 4 → 50% satisfied
    _answer(db, 1, 2, 10, nps=0, csat=2)
    _answer(db, 1, 2, 11, nps=6, csat=4)
    for day, effort in ((12, 7), (13, 5), (14, 2)):
        _answer(db, 2, 1, day, ces=effort)


def test_survey_figures_match_a_hand_count(db):
    _fill_surveys(db)
    all_ = compute_figures(db, Filters())
    # 6 answers: promoters 10, 9; detractors 3, 0, 6 → (2 − 3) / 6 = −16.67
    assert all_.nps.n == 6
    assert all_.nps.value == pytest.approx(-100 / 6)
    # CSAT 5, 4, 3, 1, 2, 4: top-2-box 3 of 6
    assert (all_.csat.value, all_.csat.n) == (pytest.approx(50.0), 6)
    # CES on 1–7: mean (7 + 5 + 2) / 3, easy (5–7) 2 of 3
    assert all_.ces.value == pytest.approx(14 / 3)
    assert all_.ces.n == 3
    centre = compute_figures(db, Filters(location_ids=(1,)))
    assert (centre.nps.value, centre.nps.n) == (pytest.approx(25.0), 4)
    # the period is inclusive of both days
    early = compute_figures(db, Filters(date_from=date(2026, 3, 3), date_to=date(2026, 3, 4)))
    assert early.nps.n == 2
    by_location = compute_figures(db, Filters(), by="location")
    labels = {g.label: g.nps.value for g in by_location.by}
    assert labels == {"Центр": pytest.approx(25.0), "Лівий берег": pytest.approx(-100.0)}


def test_sla_gap_uses_the_speed_answers(db):
    _fill_surveys(db)
    with db.begin() as s:
        s.add(SlaTarget(priority=Priority.NORMAL, register_minutes=10, take_minutes=30,
                        resolve_minutes=60))
        # one on time (30 min), one late (2 h)
        s.add(ServiceRequest(priority=Priority.NORMAL, registered_at=datetime(2026, 3, 2, 9),
                             resolved_at=datetime(2026, 3, 2, 9, 30)))
        s.add(ServiceRequest(priority=Priority.NORMAL, registered_at=datetime(2026, 3, 3, 9),
                             resolved_at=datetime(2026, 3, 3, 11)))
    figures = compute_figures(db, Filters())
    assert figures.sla.on_time.value == pytest.approx(50.0)
    # speed answers 5, 5, 5, 2 → 75% satisfied; gap = 50 − 75
    assert figures.sla.satisfied.value == pytest.approx(75.0)
    assert figures.sla.gap == pytest.approx(-25.0)


def test_mystery_rollup_and_compliance_come_from_submitted_visits(db):
    with db.begin() as s:
        stage = JourneyStage(code="entry", position=1, name=T)
        greet = Standard(code="greet", stage=stage, text=T)
        s.add_all([stage, greet])
        template = ChecklistTemplate(family="m", name=T, sections=[
            ChecklistSection(position=1, code="floor", title=T, items=[
                ChecklistItem(position=1, code="greet", text=T, kind=AnswerKind.YES_NO_NA,
                              weight=2, critical=True),
                ChecklistItem(position=2, code="clean", text=T, kind=AnswerKind.SCALE_1_5,
                              weight=1),
            ]),
        ])
        s.add(template)
        s.flush()
        template.sections[0].items[0].standard_id = greet.id
        items = template.sections[0].items
        for uid, status, greet_answer in (("a", VisitStatus.SUBMITTED, "yes"),
                                          ("b", VisitStatus.SUBMITTED, "no"),
                                          ("c", VisitStatus.DRAFT, "yes")):
            s.add(Visit(uid=uid, template_id=template.id, location_id=1, shopper="Оля",
                        visited_at=datetime(2026, 3, 5), status=status, answers=[
                            VisitAnswer(item_id=items[0].id, choice=greet_answer),
                            VisitAnswer(item_id=items[1].id, scale=5),
                        ]))
    figures = compute_figures(db, Filters())
    # two submitted visits: earned 2·1 + 1·1 + 2·0 + 1·1 = 4 of possible 6
    assert figures.mystery.value == pytest.approx(400 / 6)
    assert (figures.mystery.n_visits, figures.mystery.visits_passed) == (2, 1)
    assert (figures.standards.value, figures.standards.n) == (pytest.approx(50.0), 2)


def test_metrics_cli_json_has_every_key(db, capsys):
    _fill_surveys(db)
    path = str(db.path)
    assert main(["metrics", "--db", path, "--json", "--by", "month"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("nps", "csat", "ces", "mystery", "standards", "sla", "soco", "complaints"):
        assert "value" in data[key] and "n" in data[key]
    assert data["nps"]["n"] == 6
    assert [g["label"] for g in data["by"]["groups"]] == ["2026-03"]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--location", "Нет такого"], "Unknown location"),
        (["--survey", "nope"], "Unknown survey"),
        (["--from", "2026-13-01"], "not a date"),
        (["--from", "2026-05-01", "--to", "2026-04-01"], "--from is after --to"),
    ],
)
def test_metrics_cli_refuses_bad_filters_in_one_line(db, capsys, argv, fragment):
    code = main(["metrics", "--db", str(db.path), *argv])
    err = capsys.readouterr().err
    assert code != 0
    assert fragment in err
    assert len(err.strip().splitlines()) == 1


def test_metrics_cli_compares_with_the_previous_period(db, capsys):
    _fill_surveys(db)  # every answer is in March 2026
    assert main(["metrics", "--db", str(db.path), "--from", "2026-04-01", "--to", "2026-04-30",
                 "--compare", "previous", "--by", "location", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # April (nothing) against March, the whole month before it
    assert data["compare"]["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    nps = data["compare"]["figures"]["nps"]
    assert (nps["value"], nps["n"], nps["n_before"]) == (None, 0, 6)
    assert nps["before"] == pytest.approx(-100 / 6, abs=0.01)
    assert nps["change"] is None and nps["significant"] is None


def test_breakdown_groups_sit_beside_their_previous_values(db, capsys):
    _fill_surveys(db)
    assert main(["metrics", "--db", str(db.path), "--from", "2026-03-01", "--to", "2026-03-31",
                 "--compare", "year", "--by", "location", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)["compare"]["groups"]
    assert [(g["label"], g["nps_n_before"]) for g in groups] == [("Центр", 0), ("Лівий берег", 0)]


def test_compare_needs_a_bounded_period(db, capsys):
    assert main(["metrics", "--db", str(db.path), "--compare", "previous"]) == 1
    assert "--compare needs a period" in capsys.readouterr().err


def test_demo_then_metrics_json_prints_every_key_with_plausible_values(tmp_path, capsys):
    path = str(tmp_path / "demo.db")
    assert main(["demo", "--db", path, "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["metrics", "--db", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("nps", "csat", "ces", "mystery", "standards", "sla", "soco", "complaints"):
        assert data[key]["n"] > 0 and data[key]["value"] is not None, key
    assert -100 <= data["nps"]["value"] <= 100 and data["nps"]["n"] > 3000
    assert data["nps"]["low"] <= data["nps"]["value"] <= data["nps"]["high"]
    for key in ("csat", "mystery", "standards", "sla", "complaints"):
        assert 0 <= data[key]["value"] <= 100, key
    assert 1 <= data["ces"]["value"] <= 7
    assert 24 <= data["soco"]["value"] <= 216
