"""
Follow a figure over time: one indicator about one entity, across articles, as a chart.

Run it as ``python examples/follow_a_figure.py [OUTPUT_DIR] [--corpus DIRECTORY]
[--indicator PHRASE] [--entity NAME]``. Without ``--corpus`` it reads a few short
sample articles (invented for this example). It prints the timeline, one line
per figure and period with the articles that state it, and saves
``timeline.png`` to OUTPUT_DIR (a temporary directory by default): one marker
per stated figure, figures that disagree for the same period in red. Needs the
``examples`` extra (matplotlib).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed

import matplotlib.pyplot as plt

from kzaz_corpus import Corpus, TimelinePoint

#: Invented sample articles: three years of one figure, one repeated report and one disagreement.
SAMPLES = {
    "s1": "date 2023-02-01 Итоги года\n\nОбъем перевозок по Среднему коридору в 2022 году составил 1,9 млн тонн.",
    "s2": "date 2024-01-20 Рост продолжился\n\nВ 2023 году объем перевозок по ТМТМ составил 2,6 млн тонн.",
    "s3": "date 2024-02-05 Данные уточнены\n\nОбъем перевозок по Среднему коридору в 2023 году составил 2,7 млн тонн.",
    "s4": "date 2025-01-18 Рекорд\n\nОбъем перевозок по Транскаспийскому маршруту в 2024 году составил 4,1 млн тонн.",
    "s5": "date 2025-01-22 Еще о рекорде\n\nВ 2024 году объем перевозок по ТМТМ составил 4,1 млн тонн.",
}


def describe(points: Sequence[TimelinePoint]) -> list[str]:
    """One line per point: the period, the value, its unit, the articles and a flag for disagreement."""
    lines = []
    for p in points:
        period = f"{p.period_start}..{p.period_end}" if p.period_start else "(no period)"
        sources = ", ".join(aid for aid, _ in p.sources)
        flag = "  DISAGREES with " + ", ".join(f"{v:g}" for v in p.disagrees_with) if p.conflict else ""
        lines.append(f"{period}  {p.value:g} {p.unit or ''}  [{sources}]{flag}")
    return lines


def plot_timeline(points: Sequence[TimelinePoint], path: Path, title: str = "") -> Path:
    """Save a chart of the points: one marker per figure at the middle of its period."""
    fig, ax = plt.subplots(figsize=(8, 4), dpi=100)
    dated = [p for p in points if p.period_start is not None]
    if not dated:
        ax.text(0.5, 0.5, "no dated figures found", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        xs = [p.period_start + (((p.period_end or p.period_start) - p.period_start) / 2) for p in dated]  # type: ignore[operator]
        ys = [p.value for p in dated]
        ax.plot(xs, ys, color="#9e9e9e", linewidth=1, zorder=1)
        colours = ["#c62828" if p.conflict else "#1565c0" for p in dated]
        sizes = [30 + 30 * len(p.sources) for p in dated]
        ax.scatter(xs, ys, c=colours, s=sizes, zorder=2)
        unit = next((p.unit for p in dated if p.unit), "")
        ax.set_ylabel(unit or "value")
        ax.set_title(title)
        ax.grid(axis="y", color="#eeeeee")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("output", nargs="?", type=Path, help="where to save timeline.png")
    parser.add_argument("--corpus", type=Path, help="a directory of .txt articles (default: invented samples)")
    parser.add_argument("--indicator", default="объем перевозок")
    parser.add_argument("--entity", default="Средний коридор")
    args = parser.parse_args(argv)
    corpus = Corpus.from_directory(args.corpus) if args.corpus else Corpus.from_texts(SAMPLES)
    points = corpus.timeline(args.indicator, entity=args.entity)
    print(f"{corpus!r}: {len(points)} points for {args.indicator!r} about {args.entity!r}")
    for line in describe(points):
        print(line)
    out = args.output or Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    path = plot_timeline(points, out / "timeline.png", f"{args.indicator}: {args.entity}")
    print(f"saved {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
