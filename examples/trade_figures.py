"""
Trade figures: every stated figure with its unit, subject and period, and a chart.

Run it as ``python examples/trade_figures.py [OUTPUT_DIR] [--corpus DIRECTORY]``.
It prints the figures as a table and saves ``figures_by_unit.png`` (how many
figures each unit has, split by kind) and ``figures.csv`` to OUTPUT_DIR (a
temporary directory by default). Needs the ``examples`` extra (pandas,
matplotlib).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display needed

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

from kzaz_corpus import Corpus, load_seeds

KIND_COLOURS = {
    "level": "#4e79a7",
    "change": "#e15759",
    "target": "#59a14f",
    "multiplier": "#f28e2b",
    "count": "#b07aa1",
    "unknown": "#bab0ac",
}


def figures_table(corpus: Corpus) -> Any:
    """One row per stated figure: where it is, its value, unit, kind, subject, period and speaker."""
    metrics = corpus.to_pandas().metrics
    columns = ["article_id", "surface", "value", "high", "unit", "kind", "subject", "period", "speaker"]
    return metrics[columns].sort_values(["article_id", "value"], ignore_index=True)


def plot_units(figures: Any, path: Path, top: int = 12) -> Path:
    """Save a horizontal bar chart: number of figures per unit, stacked by kind."""
    table = figures.assign(
        # Categorical columns take no new labels: fill as plain strings.
        unit=figures["unit"].astype("string").fillna("(no unit)"),
        kind=figures["kind"].astype("string").fillna("unknown"),
    ).pivot_table(index="unit", columns="kind", values="value", aggfunc="count", fill_value=0)
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    if table.empty:
        ax.text(0.5, 0.5, "no figures found", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-top:]]
        left = None
        for kind in [k for k in KIND_COLOURS if k in table.columns]:
            ax.barh(table.index, table[kind], left=left, label=kind, color=KIND_COLOURS[kind])
            left = table[kind] if left is None else left + table[kind]
        ax.set_xlabel("stated figures")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(title="kind", loc="lower right", frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Stated figures by unit")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("output", nargs="?", help="directory for the PNG and CSV (default: a temporary one)")
    parser.add_argument("--corpus", help="a directory of .txt articles (default: the sample articles)")
    args = parser.parse_args(argv[1:])
    out_dir = Path(args.output) if args.output else Path(tempfile.mkdtemp(prefix="kzaz-figures-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    corpus = Corpus.from_directory(args.corpus) if args.corpus else load_seeds()
    figures = figures_table(corpus)
    print(f"{corpus}: {len(figures)} stated figures")
    if len(figures):
        with_period = figures["period"].notna().sum()
        print(f"{with_period} with a period, {figures['subject'].notna().sum()} with a subject")
        print(figures.to_string(max_colwidth=40, float_format=lambda v: format(v, ",.12g")))
    figures.to_csv(out_dir / "figures.csv", index=False)
    chart = plot_units(figures, out_dir / "figures_by_unit.png")
    print(f"wrote {chart}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
