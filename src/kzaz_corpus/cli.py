"""Command line (first version)."""

from __future__ import annotations

from collections.abc import Sequence

from .corpus import load_seeds


def main(argv: Sequence[str] | None = None) -> int:
    """Analyse the built-in seeds and print a short report."""
    for a in load_seeds():
        print(a.id, a.date, a.title, len(a.quotes), len(a.metrics))
    return 0
