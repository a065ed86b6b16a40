"""Load survey, checklist and service-standard templates from YAML files and the built-in set."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

from cxdesk.templates.model import (
    ChecklistTemplate,
    JourneyTemplate,
    SurveyTemplate,
    TemplateError,
)
from cxdesk.templates.parsing import parse_checklist, parse_journey, parse_survey

try:
    from cxdesk.paths import resource_dir as _resource_dir
except ImportError:  # pragma: no cover - only before cxdesk.paths exists

    def _resource_dir() -> Path:
        return Path(__file__).resolve().parents[2] / "resources"


__all__ = [
    "BUILTIN_SURVEY_ORDER",
    "builtin_checklists",
    "builtin_journey",
    "builtin_surveys",
    "load_checklist",
    "load_journey",
    "load_survey",
    "load_template",
    "parse_checklist",
    "parse_journey",
    "parse_survey",
    "read_yaml",
    "templates_dir",
]

# The order the built-in surveys are offered in; other files in the folder follow by name.
BUILTIN_SURVEY_ORDER: tuple[str, ...] = ("exit", "nps", "csat", "ces", "servqual", "staff", "soco")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def templates_dir() -> Path:
    """The folder of the built-in templates (`resources/templates`)."""
    try:
        root = _resource_dir()
    except ImportError:  # the `resources` package is not importable: use the source tree
        root = Path(__file__).resolve().parents[2] / "resources"
    return root / "templates"


def read_yaml(path: str | Path) -> Any:
    """The plain data of a UTF-8 YAML file; unreadable or malformed files raise TemplateError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError(f"{path.name}: not a UTF-8 text file") from exc
    except OSError as exc:
        raise TemplateError(f"{path.name}: cannot read the file ({exc.strerror})") from exc
    try:
        return yaml.load(text, Loader=_Loader)  # a safe loader (C or pure Python)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise TemplateError(f"{path.name}: not valid YAML{where}: {problem}") from exc


def load_survey(path: str | Path) -> SurveyTemplate:
    path = Path(path)
    return parse_survey(read_yaml(path), source=path.name)


def load_checklist(path: str | Path, standards: Collection[str] | None = None) -> ChecklistTemplate:
    """A checklist file; with `standards` (codes) every item's standard reference is checked."""
    path = Path(path)
    return parse_checklist(read_yaml(path), source=path.name, standards=standards)


def load_journey(path: str | Path) -> JourneyTemplate:
    path = Path(path)
    return parse_journey(read_yaml(path), source=path.name)


def load_template(path: str | Path) -> SurveyTemplate | ChecklistTemplate | JourneyTemplate:
    """Any template file a user shares, recognised by its content (questions/sections/stages)."""
    path = Path(path)
    data = read_yaml(path)
    if isinstance(data, dict):
        if "questions" in data:
            return parse_survey(data, source=path.name)
        if "sections" in data:
            return parse_checklist(data, source=path.name)
        if "stages" in data:
            return parse_journey(data, source=path.name)
    raise TemplateError(f"{path.name}: not a survey, checklist or service-standards template")


def _files(folder: str) -> list[Path]:
    directory = templates_dir() / folder
    if not directory.is_dir():
        raise TemplateError(f"built-in templates not found: {directory}")
    return sorted(directory.glob("*.yaml"))


def _check_key(path: Path, key: str, seen: set[str]) -> None:
    if key != path.stem:
        raise TemplateError(f"{path.name}: key '{key}' must match the file name '{path.stem}'")
    if key in seen:
        raise TemplateError(f"{path.name}: duplicate template key '{key}'")
    seen.add(key)


def builtin_surveys() -> tuple[SurveyTemplate, ...]:
    """Every built-in survey: the BUILTIN_SURVEY_ORDER ones first, then the rest by file name."""
    rank = {key: n for n, key in enumerate(BUILTIN_SURVEY_ORDER)}
    paths = sorted(_files("surveys"), key=lambda p: (rank.get(p.stem, len(rank)), p.stem))
    seen: set[str] = set()
    surveys = []
    for path in paths:
        survey = load_survey(path)
        _check_key(path, survey.key, seen)
        surveys.append(survey)
    return tuple(surveys)


def builtin_journey() -> JourneyTemplate:
    """The built-in service standards (`standards/journey.yaml`)."""
    return load_journey(templates_dir() / "standards" / "journey.yaml")


def builtin_checklists() -> tuple[ChecklistTemplate, ...]:
    """Every built-in checklist, its standard references checked against builtin_journey()."""
    standards = builtin_journey().standard_codes()
    seen: set[str] = set()
    checklists = []
    for path in _files("checklists"):
        checklist = load_checklist(path, standards=standards)
        _check_key(path, checklist.key, seen)
        checklists.append(checklist)
    return tuple(checklists)
