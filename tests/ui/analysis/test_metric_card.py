"""MetricCard: the value with its evidence, "—" for none, the n < 30 flag, the change."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.widgets.metric_card import BAD, GOOD, NEUTRAL, CardFigure, MetricCard


def card(qtbot, figure: CardFigure | None) -> MetricCard:
    widget = MetricCard("NPS")
    qtbot.addWidget(widget)
    widget.set_figure(figure)
    widget.show()
    return widget


def test_nothing_yet_shows_a_dash(qtbot):
    widget = card(qtbot, None)
    assert widget.value_text == "—"
    assert not widget.flag_label.isVisible()


def test_no_answers_is_a_dash_not_zero(qtbot):
    widget = card(qtbot, CardFigure(None, 0))
    assert widget.value_text == "—"
    assert widget.evidence_label.text() == "n = 0"
    assert not widget.flag_label.isVisible()  # nothing to flag: nothing is shown


def test_a_figure_with_its_margin_and_n(qtbot):
    widget = card(qtbot, CardFigure(25.01, 2511, moe=3.16))
    assert widget.value_text == "25.0"
    assert widget.evidence_label.text() == "±\u00a03.2 · n = 2,511"
    assert not widget.flag_label.isVisible()


def test_low_n_is_flagged(qtbot):
    widget = card(qtbot, CardFigure(40.0, 12, moe=30.2))
    assert widget.flag_label.isVisible() and widget.flag_label.text() == "n < 30"
    assert "12" in widget.flag_label.toolTip()


def test_a_share_with_its_interval(qtbot):
    widget = card(qtbot, CardFigure(71.88, 2429, percent=True, low=70.06, high=73.63))
    assert widget.value_text == "71.9%"
    assert widget.evidence_label.text() == "95%: 70–74% · n = 2,429"


def test_a_significant_rise_is_green_a_significant_fall_red(qtbot):
    up = card(qtbot, CardFigure(25.0, 2511, compared=True, previous=18.9, previous_n=2924,
                                change=6.1, significant=True))
    assert up.change_label.text() == "▲ +6.1 · significant"
    assert GOOD in up.change_label.styleSheet()
    assert "18.9" in up.change_label.toolTip() and "2,924" in up.change_label.toolTip()
    down = card(qtbot, CardFigure(70.0, 500, percent=True, compared=True, change=-5.55,
                                  significant=True))
    assert down.change_label.text() == "▼ −5.5 pts · significant"
    assert BAD in down.change_label.styleSheet()


def test_an_insignificant_or_untested_change_stays_grey(qtbot):
    flat = card(qtbot, CardFigure(72.0, 400, percent=True, compared=True, change=2.0,
                                  significant=False))
    assert flat.change_label.text() == "▲ +2.0 pts · not significant"
    assert NEUTRAL in flat.change_label.styleSheet()
    untested = card(qtbot, CardFigure(85.9, 604, percent=True, compared=True, change=1.3,
                                      tested=False, detail="15 visits"))
    assert untested.change_label.text().endswith("not tested")
    assert untested.evidence_label.text() == "n = 604 · 15 visits"
    nothing = card(qtbot, CardFigure(85.9, 604, compared=True))
    assert nothing.change_label.text() == "no figure to compare with"


def test_numbers_follow_the_language(qtbot):
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        widget = card(qtbot, CardFigure(71.88, 2429, percent=True, low=70.06, high=73.63))
        assert widget.value_text == "71,9\u00a0%"
        assert "2\u00a0429" in widget.evidence_label.text()
    finally:
        QLocale.setDefault(QLocale("en_GB"))
