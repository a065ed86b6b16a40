"""Complaint handling, improvement themes (Cyrillic) and sample plan progress."""

import pandas as pd
import pytest

from cxdesk.metrics import complaints, improvement_themes, sample_plan_progress

T = pd.Timestamp


def log():
    return pd.DataFrame(
        [
            ("книга жалоб", T("2024-05-01 10:00"), T("2024-05-01 14:00"), "negative"),  # 4 h
            ("google", T("2024-05-02 09:00"), T("2024-05-03 09:00"), "positive"),  # 24 h
            ("google", T("2024-05-03 12:00"), pd.NaT, "negative"),  # open, 48 h old
            ("instagram", T("2024-05-04 12:00"), pd.NaT, "Негативный"),  # open, 24 h old
            ("google", T("2024-05-04 18:00"), T("2024-05-04 20:00"), "neutral"),  # 2 h
        ],
        columns=["source", "received_at", "answered_at", "sentiment"],
        index=[11, 12, 13, 14, 15],
    )


def test_complaints_worked_example():
    r = complaints(log(), now=T("2024-05-05 12:00"))
    assert r.n == 5
    assert [(s.source, s.n) for s in r.by_source] == [
        ("google", 3),
        ("книга жалоб", 1),
        ("instagram", 1),
    ]
    assert r.answered.value == pytest.approx(60.0) and r.answered.n == 5  # 3 of 5
    assert r.hours_to_answer.value == pytest.approx(4.0)  # median of 4, 24, 2
    assert r.unanswered_negative == 2
    assert [(e.index, e.age_hours) for e in r.open_negatives] == [(13, 48.0), (14, 24.0)]


def test_complaints_without_sentiment_and_empty():
    r = complaints(log().drop(columns="sentiment"))
    assert r.unanswered_negative is None and r.open_negatives == ()
    empty = complaints(log().iloc[0:0], now=T("2024-05-05"))
    assert empty.answered.value is None and empty.hours_to_answer.value is None


def test_improvement_themes_cyrillic():
    answers = [
        "1) Снизить цены\n2) Больше касс, очереди большие",
        "Дешевле бы; парковку расширить",
        "Ціни високі, черги",  # Ukrainian
        "Ёжик в магазине",
        "ежик в магазине!",  # same item once normalised (ё → е, punctuation gone)
        "цены, ЦЕНЫ!!!",  # one answer mentions a theme once
        "",
        None,
    ]
    r = improvement_themes(answers)
    counts = {t.theme: t.n for t in r.themes}
    assert counts == {
        "prices": 4,
        "waiting": 2,
        "ежик в магазине": 2,
        "parking": 1,
        "больше касс": 1,
    }
    assert r.themes[0].theme == "prices" and r.themes[0].builtin
    assert "Снизить цены" in r.themes[0].examples
    assert r.n == 6  # non-empty answers
    hedgehog = [t for t in r.themes if t.theme == "ежик в магазине"][0]
    assert hedgehog.examples == ("Ёжик в магазине", "ежик в магазине!")
    assert not hedgehog.builtin


def test_improvement_themes_english_and_word_start():
    r = improvement_themes(["Lower prices", "shorter queue", "оценка персонала"])
    counts = {t.theme: t.n for t in r.themes}
    # "оценка" must not count as "цен" (prices): keywords match at the start of a word
    assert counts == {"prices": 1, "waiting": 1, "staff": 1}


def test_sample_plan_progress():
    # 003: 5 customers a day for 5 days = 25
    p = sample_plan_progress(20, 25)
    assert (p.done, p.target, p.pct, p.remaining) == (20, 25, 80.0, 5)
    assert sample_plan_progress(30, 25).remaining == 0
    assert sample_plan_progress(0, 0).pct is None
