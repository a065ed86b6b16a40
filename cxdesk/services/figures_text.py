"""A plain-text table of the figures for the terminal."""

from __future__ import annotations

from cxdesk.i18n import translate
from cxdesk.services.figures import Figures


def _num(value, digits: int = 1, suffix: str = "") -> str:
    return "—" if value is None else f"{value:.{digits}f}{suffix}"


def _flag(result) -> str:
    return "  n < 30" if result.low_n else ""


def figures_table(figures: Figures) -> str:
    t = lambda text: translate("Figures", text)  # noqa: E731
    nps, csat, ces = figures.nps, figures.csat, figures.ces
    rows = [
        (t("NPS"), f"{_num(nps.value)} ± {_num(nps.moe)}", nps.n, _flag(nps)),
        (t("CSAT, % satisfied"), _num(csat.value, suffix="%"), csat.n, _flag(csat)),
        (t("CES, mean effort"), _num(ces.value, 2), ces.n, _flag(ces)),
        (t("Mystery shop score"), _num(figures.mystery.value, suffix="%"), figures.mystery.n,
         ""),
        (t("Standards compliance"), _num(figures.standards.value, suffix="%"),
         figures.standards.n, _flag(figures.standards)),
        (t("SLA on time"), _num(figures.sla.on_time.value, suffix="%"), figures.sla.on_time.n,
         _flag(figures.sla.on_time)),
        (t("SOCO, mean"), _num(figures.soco.value), figures.soco.n, _flag(figures.soco)),
        (t("Complaints answered"), _num(figures.complaints.answered.value, suffix="%"),
         figures.complaints.n, _flag(figures.complaints)),
    ]
    width = max(len(name) for name, *_ in rows) + 2
    lines = [f"{t('Figure'):<{width}}{t('Value'):>16}{'n':>9}"]
    lines += [f"{name:<{width}}{value:>16}{n:>9}{flag}" for name, value, n, flag in rows]
    if figures.by_kind:
        lines.append("")
        lines.append(f"{t('By'):<{width}}{'NPS':>10}{'n':>7}{'CSAT %':>10}{'n':>7}")
        for group in figures.by:
            lines.append(
                f"{group.label[: width - 1]:<{width}}{_num(group.nps.value):>10}{group.nps.n:>7}"
                f"{_num(group.csat.value):>10}{group.csat.n:>7}"
            )
    return "\n".join(lines)
