"""Stated quantities (first version: finds nothing yet)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import DateMention, Metric, Paragraph

__all__ = ["extract_metrics"]


def extract_metrics(
    text: str, paragraphs: Sequence[Paragraph], *, dates: Sequence[DateMention] = ()
) -> tuple[Metric, ...]:
    """
    Find every stated quantity in *text*.

    >>> extract_metrics("", ())
    ()
    """
    return ()
