"""Quotes and their speakers (first version: finds nothing yet)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from .model import Paragraph, Quote

__all__ = ["extract_quotes"]


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], *, date: _dt.date | None = None
) -> tuple[Quote, ...]:
    """
    Find every quote in *text* and resolve its speaker.

    >>> extract_quotes("", ())
    ()
    """
    return ()
