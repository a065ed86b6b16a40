"""MetricCard: one figure with its evidence (n, the 95% margin, the "n < 30" flag) and its
change against the comparison period, marked significant or not. No value shows "—"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cxdesk.i18n import fill
from cxdesk.metrics import LOW_N
from cxdesk.services.analysis_cards import Headline
from ui import figure_format as ff

GOOD, BAD, NEUTRAL = "#2e7d32", "#c62828", "#616e7c"
STYLE = """
#metricCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
#metricFlag { background: #fff1c2; color: #7a5400; border-radius: 3px; padding: 0 4px; }
"""


@dataclass(frozen=True)
class CardFigure:
    """What a card shows. `percent` writes the value (and margin) as %; `moe` a ± margin,
    `low`/`high` a 95% interval; `detail` an extra word on the evidence line ("15 visits")."""

    value: float | None
    n: int
    decimals: int = 1
    percent: bool = False
    moe: float | None = None
    low: float | None = None
    high: float | None = None
    detail: str = ""
    compared: bool = False  # there is a comparison period
    previous: float | None = None
    previous_n: int = 0
    change: float | None = None
    significant: bool | None = None
    tested: bool = True
    higher_is_better: bool = True

    @property
    def low_n(self) -> bool:
        return self.n < LOW_N

    @classmethod
    def of(cls, headline: Headline, *, compared: bool, decimals: int = 1,
           percent: bool = False, detail: str = "") -> CardFigure:
        return cls(headline.value, headline.n, decimals, percent, headline.moe, headline.low,
                   headline.high, detail, compared, headline.previous, headline.previous_n,
                   headline.change, headline.significant, headline.tested)


class MetricCard(QFrame):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricCard")
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.figure: CardFigure | None = None
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)
        self.flag_label = QLabel()
        self.flag_label.setObjectName("metricFlag")
        self.flag_label.hide()
        self.value_label = QLabel(ff.DASH)
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence_label = QLabel()
        self.change_label = QLabel()
        for label in (self.title_label, self.evidence_label, self.change_label):
            label.setStyleSheet(f"color: {NEUTRAL};")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.flag_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.value_label)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.change_label)
        self.set_figure(None)

    def set_title(self, text: str, tooltip: str = "") -> None:
        self.title_label.setText(text)
        self.setToolTip(tooltip)

    @property
    def value_text(self) -> str:
        return self.value_label.text()

    def set_figure(self, figure: CardFigure | None) -> None:
        """Show `figure` (None: nothing computed yet, all "—")."""
        self.figure = figure
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._show()
        super().changeEvent(event)

    def _fmt(self, value: float | None) -> str:
        f = self.figure
        assert f is not None
        return ff.percent(value, f.decimals) if f.percent else ff.number(value, f.decimals)

    def _show(self) -> None:
        f = self.figure
        if f is None:
            self.value_label.setText(ff.DASH)
            self.evidence_label.setText(" ")
            self.change_label.setText(" ")
            self.flag_label.hide()
            return
        self.value_label.setText(self._fmt(f.value))
        self.flag_label.setText(self.tr("n < 30"))
        self.flag_label.setToolTip(fill(self.tr(
            "Only %1 answers: the figure can move a lot by chance"), ff.count(f.n)))
        self.flag_label.setVisible(f.low_n and f.n > 0)
        self.evidence_label.setText(self._evidence())
        self.change_label.setText(self._change())
        self.change_label.setStyleSheet(f"color: {self._change_color()};")
        self.change_label.setToolTip(self._change_tooltip())

    def _evidence(self) -> str:
        f = self.figure
        assert f is not None
        parts = [fill(self.tr("n = %1"), ff.count(f.n))]
        if f.value is not None and f.moe is not None:
            margin = ff.margin(f.moe, f.decimals)
            parts.insert(0, margin + (ff.percent_sign() if f.percent else ""))
        elif f.value is not None and f.low is not None and f.high is not None:
            unit = ff.percent_sign() if f.percent else ""
            parts.insert(0, fill(self.tr("95%: %1"), ff.interval(f.low, f.high, 0, unit)))
        if f.detail:
            parts.append(f.detail)
        return " · ".join(parts)

    def _change(self) -> str:
        f = self.figure
        assert f is not None
        if not f.compared:
            return " "
        if f.change is None:
            return self.tr("no figure to compare with")
        arrow = "▲" if f.change > 0 else "▼" if f.change < 0 else "■"
        amount = ff.signed(f.change, f.decimals)
        if f.percent:
            amount = fill(self.tr("%1 pts"), amount)
        if not f.tested:
            verdict = self.tr("not tested")
        elif f.significant:
            verdict = self.tr("significant")
        else:
            verdict = self.tr("not significant")
        return f"{arrow} {amount} · {verdict}"

    def _change_color(self) -> str:
        f = self.figure
        if f is None or not f.significant or not f.change:
            return NEUTRAL
        return GOOD if (f.change > 0) == f.higher_is_better else BAD

    def _change_tooltip(self) -> str:
        f = self.figure
        if f is None or not f.compared:
            return ""
        return fill(self.tr("Comparison period: %1 (n = %2). Significant: the change is "
                            "larger than chance would make it (95% level)."),
                    self._fmt(f.previous), ff.count(f.previous_n))
