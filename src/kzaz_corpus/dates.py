"""Time expressions (first version: finds nothing yet)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from .model import DateMention, Paragraph

__all__ = ["extract_dates"]


def extract_dates(
    text: str, paragraphs: Sequence[Paragraph], *, anchor: _dt.date | None = None
) -> tuple[DateMention, ...]:
    """
    Find every time expression in the body paragraphs of *text*.

    >>> extract_dates("", ())
    ()
    """
    return ()
