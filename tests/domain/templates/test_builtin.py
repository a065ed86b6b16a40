"""The built-in surveys, checklist and service standards load and hold what DOMAIN.md asks."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields, is_dataclass
from typing import Any

import pytest

from cxdesk.templates import (
    BUILTIN_SURVEY_ORDER,
    I18n,
    SurveyTemplate,
    builtin_checklists,
    builtin_journey,
    builtin_surveys,
    load_template,
    templates_dir,
)


def _surveys() -> dict[str, SurveyTemplate]:
    return {s.key: s for s in builtin_surveys()}


def _texts(obj: Any) -> list[I18n]:
    """Every I18n inside a template, however deeply nested."""
    if isinstance(obj, I18n):
        return [obj]
    if isinstance(obj, tuple):
        return [t for item in obj for t in _texts(item)]
    if is_dataclass(obj):
        return [t for f in fields(obj) for t in _texts(getattr(obj, f.name))]
    return []


def test_every_builtin_survey_loads_in_order() -> None:
    assert tuple(s.key for s in builtin_surveys()) == BUILTIN_SURVEY_ORDER
    assert {s.key: s.kind for s in builtin_surveys()} == {k: k for k in BUILTIN_SURVEY_ORDER}


def test_every_yaml_file_loads_by_content() -> None:
    paths = sorted(templates_dir().rglob("*.yaml"))
    assert len(paths) == 9
    for path in paths:
        assert load_template(path).key


def test_exit_survey_has_the_seed_questions_and_roles() -> None:
    exit_ = _surveys()["exit"]
    assert exit_.questions[0].code == "frequency"
    assert exit_.questions[0].kind == "single"
    assert len(exit_.questions[0].options) == 4
    assert exit_.question("bought_today").kind == "yes_no"
    nps, csat = exit_.by_role("nps"), exit_.by_role("csat")
    assert nps is not None and nps.kind == "nps" and nps.scale == (0, 10)
    assert csat is not None and csat.scale == (1, 5)
    assert csat.label_min is not None and csat.label_max is not None
    for role in ("improve", "why"):
        question = exit_.by_role(role)
        assert question is not None and question.kind == "text"
    wait, speed = exit_.question("wait_minutes"), exit_.by_role("speed")
    assert wait.kind == "number" and not wait.required and wait.unit is not None
    assert speed is not None and speed.kind == "csat" and not speed.required


def test_short_surveys() -> None:
    surveys = _surveys()
    assert [q.kind for q in surveys["nps"].questions] == ["nps", "text"]
    assert [q.kind for q in surveys["csat"].questions] == ["csat", "text"]
    ces = surveys["ces"].by_role("ces")
    assert ces is not None and ces.scale == (1, 7) and ces.label_max is not None
    for key in ("nps", "csat", "ces"):
        assert not surveys[key].questions[-1].required


def test_servqual_has_22_items_over_five_dimensions() -> None:
    servqual = _surveys()["servqual"]
    items = [q for q in servqual.questions if q.kind == "servqual"]
    assert len(items) == 22
    assert all(q.scale == (1, 7) for q in items)
    counts = Counter(q.dimension for q in items)
    assert counts == {
        "tangibles": 4,
        "reliability": 5,
        "responsiveness": 4,
        "assurance": 4,
        "empathy": 5,
    }
    overall = servqual.by_role("overall")
    assert overall is not None and overall.kind == "csat"


def test_soco_has_24_statements_half_reversed() -> None:
    soco = _surveys()["soco"]
    assert [q.code for q in soco.questions] == [f"soco_{n:02d}" for n in range(1, 25)]
    assert all(q.kind == "rating" and q.scale == (1, 9) for q in soco.questions)
    assert sum(q.reverse for q in soco.questions) == 12
    assert all(q.label_min is not None and q.label_min.en == "Never" for q in soco.questions)


def test_staff_survey() -> None:
    staff = _surveys()["staff"]
    kinds = Counter(q.kind for q in staff.questions)
    assert kinds["rating"] == 1 and kinds["yes_no"] == 1 and kinds["text"] >= 3
    assert staff.by_role("improve") is not None


def test_checklist_covers_every_domain_section() -> None:
    (checklist,) = builtin_checklists()
    codes = [s.code for s in checklist.sections]
    assert codes == [
        "website", "phone", "finding", "parking", "approach", "shelter",
        "sales_floor", "staff", "payment", "pickup", "after_sale",
    ]  # fmt: skip
    items = checklist.items()
    assert 35 <= len(items) <= 45
    kinds = Counter(i.kind for i in items)
    assert kinds["yes_no_na"] and kinds["scale_1_5"] and 1 <= kinds["text"] <= 2
    critical = {i.code for i in items if i.critical}
    assert {"staff_greeting", "floor_price_tags_current", "pickup_complete"} <= critical
    assert all(1 <= i.weight <= 3 for i in items)
    assert all(not i.required for i in items if i.kind == "text")


def test_checklist_standards_resolve() -> None:
    journey = builtin_journey()
    (checklist,) = builtin_checklists()
    items = checklist.items()
    linked = [i for i in items if i.standard is not None]
    assert len(linked) > len(items) * 0.75
    assert {i.standard for i in linked} <= journey.standard_codes()


def test_journey_shape() -> None:
    journey = builtin_journey()
    assert journey.key == "retail_journey"
    assert 6 <= len(journey.stages) <= 10
    assert {"seller", "cashier", "warehouse", "owner", "phone"} <= {r.code for r in journey.roles}
    assert 20 <= len(journey.standards) <= 30
    assert len(journey.scenarios) >= 6
    staged = {s.stage for s in journey.standards} | {d.stage for d in journey.stage_roles}
    assert staged == {s.code for s in journey.stages}
    assert journey.stages[0].code == "online" and journey.stages[-1].code == "after_sale"


def _all_texts() -> list[I18n]:
    objects: list[Any] = [*builtin_surveys(), *builtin_checklists(), builtin_journey()]
    return [text for obj in objects for text in _texts(obj)]


def test_every_text_has_three_languages() -> None:
    texts = _all_texts()
    assert len(texts) > 300
    for text in texts:
        assert text.ru.strip() and text.uk.strip() and text.en.strip()
        assert text.en != text.ru


@pytest.mark.parametrize("source", ["surveys", "checklist", "journey"])
def test_ukrainian_is_not_copied_from_russian(source: str) -> None:
    objects: dict[str, list[Any]] = {
        "surveys": list(builtin_surveys()),
        "checklist": list(builtin_checklists()),
        "journey": [builtin_journey()],
    }
    texts = [t for obj in objects[source] for t in _texts(obj)]
    same = [t.ru for t in texts if t.ru == t.uk]
    assert len(same) / len(texts) < 0.2, same


def test_i18n_get_falls_back() -> None:
    text = I18n(ru="Привет", uk="Привіт", en="Hello")
    assert text.get("uk") == "Привіт"
    assert text.get("de") == "Hello"
    assert I18n(ru="Привет", uk="", en="").get("uk") == "Привет"
