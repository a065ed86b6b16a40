"""CardRow: the MetricCards on top of an analysis page, filled from the core's Headlines."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from PySide6.QtWidgets import QGridLayout, QWidget

from cxdesk.services.analysis_cards import Headline
from ui.widgets.metric_card import CardFigure, MetricCard

CARDS_PER_ROW = 4


@dataclass(frozen=True)
class CardFormat:
    """How a card writes its figure. `sampled` False: the figure is a count or a sum of
    everything (revenue), not an estimate from a sample, so "n < 30" would mislead."""

    decimals: int = 1
    percent: bool = False
    higher_is_better: bool = True
    sampled: bool = True


@dataclass(frozen=True)
class CensusFigure(CardFigure):
    """A figure of everything there is (all sales, the whole team), not of a sample: the
    card leaves out "n < 30". (The figure, not the card, is subclassed: a subclass of the
    card would look its texts up under its own name and lose their translations.)"""

    @property
    def low_n(self) -> bool:
        return False


class CardRow(QWidget):
    """    row = CardRow(("score", "passed"))
    row.set_title("score", self.tr("Mystery-shop score"), self.tr("Weighted % …"))
    row.show_headlines(headlines, compared, {"score": CardFormat(1, True)}, details)
    """

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, MetricCard] = {key: MetricCard() for key in keys}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for number, card in enumerate(self.cards.values()):
            grid.addWidget(card, number // CARDS_PER_ROW, number % CARDS_PER_ROW)
        for column in range(CARDS_PER_ROW):
            grid.setColumnStretch(column, 1)

    def set_title(self, key: str, title: str, tooltip: str = "") -> None:
        self.cards[key].set_title(title, tooltip)

    def show_headlines(self, headlines: tuple[Headline, ...], compared: bool,
                       formats: dict[str, CardFormat],
                       details: dict[str, str] | None = None) -> None:
        for headline in headlines:
            card = self.cards.get(headline.key)
            if card is None:
                continue
            shape = formats.get(headline.key, CardFormat())
            figure = CardFigure.of(headline, compared=compared, decimals=shape.decimals,
                                   percent=shape.percent,
                                   detail=(details or {}).get(headline.key, ""))
            figure = replace(figure, higher_is_better=shape.higher_is_better)
            if not shape.sampled:
                figure = CensusFigure(**asdict(figure))
            card.set_figure(figure)

    def clear(self) -> None:
        for card in self.cards.values():
            card.set_figure(None)
