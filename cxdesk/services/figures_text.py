"""A plain-text table of the figures for the terminal."""

from __future__ import annotations

from cxdesk.i18n import fill, translate
from cxdesk.services.figures import Figures
from cxdesk.services.figures_compare import Comparison


def _num(value, digits: int = 1, suffix: str = "") -> str:
    return "—" if value is None else f"{value:.{digits}f}{suffix}"


def _sign(value) -> str:
    return "—" if value is None else f"{value:+.1f}"


def _flag(result) -> str:
    return "  n < 30" if result.low_n else ""


def _verdict(significant: bool | None) -> str:
    if significant is None:
        return "—"
    if significant:
        return translate("Figures", "significant")
    return translate("Figures", "not significant")


def _headings() -> dict[str, str]:
    return {
        "figure": translate("Figures", "Figure"), "value": translate("Figures", "Value"),
        "by": translate("Figures", "By"), "now": translate("Figures", "Now"),
        "before": translate("Figures", "Before"), "change": translate("Figures", "Change"),
        "significance": translate("Figures", "Significance"),
    }


def figures_table(figures: Figures) -> str:
    h = _headings()
    nps, csat, ces = figures.nps, figures.csat, figures.ces
    mystery, standards, on_time = figures.mystery, figures.standards, figures.sla.on_time
    rows = [
        (translate("Figures", "NPS"), f"{_num(nps.value)} ± {_num(nps.moe)}", nps.n, _flag(nps)),
        (translate("Figures", "CSAT, % satisfied"), _num(csat.value, suffix="%"), csat.n,
         _flag(csat)),
        (translate("Figures", "CES, mean effort"), _num(ces.value, 2), ces.n, _flag(ces)),
        (translate("Figures", "Mystery shop score"), _num(mystery.value, suffix="%"),
         mystery.n, ""),
        (translate("Figures", "Standards compliance"), _num(standards.value, suffix="%"),
         standards.n, _flag(standards)),
        (translate("Figures", "SLA on time"), _num(on_time.value, suffix="%"), on_time.n,
         _flag(on_time)),
        (translate("Figures", "SOCO, mean"), _num(figures.soco.value), figures.soco.n,
         _flag(figures.soco)),
        (translate("Figures", "Complaints answered"),
         _num(figures.complaints.answered.value, suffix="%"), figures.complaints.n,
         _flag(figures.complaints)),
    ]
    width = max(len(name) for name, *_ in rows) + 2
    lines = [f"{h['figure']:<{width}}{h['value']:>16}{'n':>9}"]
    lines += [f"{name:<{width}}{value:>16}{n:>9}{flag}" for name, value, n, flag in rows]
    if figures.by_kind:
        lines.append("")
        lines.append(f"{h['by']:<{width}}{'NPS':>10}{'n':>7}{'CSAT %':>10}{'n':>7}")
        for group in figures.by:
            lines.append(
                f"{group.label[: width - 1]:<{width}}{_num(group.nps.value):>10}{group.nps.n:>7}"
                f"{_num(group.csat.value):>10}{group.csat.n:>7}"
            )
    return "\n".join(lines)


def comparison_table(comparison: Comparison) -> str:
    """The headlines beside the comparison period, and each group of a breakdown."""
    h = _headings()
    period = f"{comparison.filters.date_from} – {comparison.filters.date_to}"
    lines = [fill(translate("Figures", "Compared with %1"), period)]
    lines.append(f"{h['figure']:<22}{h['now']:>9}{h['before']:>9}{h['change']:>9}  "
                 f"{h['significance']}")
    for card in comparison.headlines:
        lines.append(f"{card.key:<22}{_num(card.value):>9}{_num(card.previous):>9}"
                     f"{_sign(card.change):>9}  {_verdict(card.significant)}")
    if comparison.groups:
        lines.append("")
        lines.append(f"{h['by']:<22}{'NPS':>9}{h['before']:>9}{h['change']:>9}  "
                     f"{h['significance']}")
        for group in comparison.groups:
            change = group.nps.difference
            now = None if change is None or group.nps_before is None else group.nps_before + change
            lines.append(f"{group.label[:21]:<22}{_num(now):>9}{_num(group.nps_before):>9}"
                         f"{_sign(change):>9}  {_verdict(group.nps.significant)}")
    return "\n".join(lines)
