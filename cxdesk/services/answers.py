"""Check one answer against its question's type and scale before anything is written."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from cxdesk.db.models import Question, QuestionKind
from cxdesk.errors import ValidationError
from cxdesk.i18n import fill, translate

_SCALED = {QuestionKind.NPS, QuestionKind.CSAT, QuestionKind.CES, QuestionKind.RATING}


@dataclass(frozen=True)
class AnswerValue:
    """A checked answer as stored: see `cxdesk.db.models.Answer` for the columns."""

    number: float | None = None
    number2: float | None = None
    text: str | None = None
    choices: list[str] | None = None

    @property
    def empty(self) -> bool:
        return self.number is None and self.number2 is None and not self.text and not self.choices


def _as_number(value: Any, question: Question) -> float:
    if isinstance(value, bool):
        raise ValidationError(
            fill(translate("Answers", "%1: a number is expected"), question.code), question.code
        )
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(
            fill(translate("Answers", '%1: "%2" is not a number'), question.code, str(value)),
            question.code,
        ) from None
    if not math.isfinite(number):
        raise ValidationError(
            fill(translate("Answers", "%1: a number is expected"), question.code), question.code
        )
    return number


def _in_scale(number: float, question: Question, *, whole: bool = True) -> float:
    lo, hi = question.scale_min, question.scale_max
    if whole and number != int(number):
        raise ValidationError(
            fill(translate("Answers", "%1: the score must be a whole number"), question.code),
            question.code,
        )
    if (lo is not None and number < lo) or (hi is not None and number > hi):
        raise ValidationError(
            fill(
                translate("Answers", "%1: %2 is outside the scale %3–%4"),
                question.code,
                f"{number:g}",
                lo,
                hi,
            ),
            question.code,
        )
    return number


def check_answer(question: Question, value: Any) -> AnswerValue:
    """Turn a raw value (typed text, number, list of option codes, (expectation, perception),
    True/False) into what is stored; raise ValidationError naming the question otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return AnswerValue()
    kind = QuestionKind(question.kind)
    if kind in _SCALED:
        return AnswerValue(number=_in_scale(_as_number(value, question), question))
    if kind is QuestionKind.NUMBER:
        return AnswerValue(number=_in_scale(_as_number(value, question), question, whole=False))
    if kind is QuestionKind.YES_NO:
        truthy = {"1", "yes", "y", "да", "так", "true", "+"}
        falsy = {"0", "no", "n", "нет", "ні", "false", "-"}
        token = str(value).strip().casefold() if not isinstance(value, bool) else str(int(value))
        if token in truthy:
            return AnswerValue(number=1.0)
        if token in falsy:
            return AnswerValue(number=0.0)
        raise ValidationError(
            fill(translate("Answers", "%1: answer yes or no"), question.code), question.code
        )
    if kind is QuestionKind.TEXT:
        return AnswerValue(text=str(value).strip())
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTI):
        return AnswerValue(choices=_check_choices(question, value))
    if kind is QuestionKind.SERVQUAL:
        try:
            expectation, perception = value
        except (TypeError, ValueError):
            raise ValidationError(
                fill(
                    translate("Answers", "%1: give both the expectation and the perception"),
                    question.code,
                ),
                question.code,
            ) from None
        exp = _in_scale(_as_number(expectation, question), question)
        per = _in_scale(_as_number(perception, question), question)
        return AnswerValue(number=per, number2=exp)
    raise ValidationError(f"{question.code}: unknown question kind {kind}", question.code)


def _check_choices(question: Question, value: Any) -> list[str]:
    codes = [value] if isinstance(value, str) else list(value)
    known = {option["code"] for option in question.options or []}
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValidationError(
            fill(translate("Answers", "%1: unknown option %2"), question.code, unknown[0]),
            question.code,
        )
    if question.kind == QuestionKind.SINGLE and len(codes) > 1:
        raise ValidationError(
            fill(translate("Answers", "%1: choose one option only"), question.code), question.code
        )
    return list(dict.fromkeys(codes))
