"""
Tables for the date grammar, read once from ``data/*.tsv``.

Facts:
- Each table is one entry per line, tab-separated, ``#`` starting a comment.
- Word forms are matched case-insensitively, so the tables hold lower case.
- Alternations are built longest first, so a longer form wins over its prefix
  (``сентября`` before ``сент``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from types import MappingProxyType

import regex

from .tables import read_table

__all__ = ["alternation", "day_words", "modifiers", "months", "read_table"]


@functools.cache
def months() -> tuple[MappingProxyType[str, int], MappingProxyType[str, int]]:
    """
    Return the full month forms and the abbreviations, each mapped to the month number.

    >>> full, abbr = months()
    >>> full["октября"], abbr["дек"]
    (10, 12)
    """
    full: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for form, number, kind in read_table("months.tsv"):
        (full if kind == "full" else abbr)[form] = int(number)
    return MappingProxyType(full), MappingProxyType(abbr)


@functools.cache
def modifiers() -> MappingProxyType[str, int]:
    """
    Return the relative modifier stems mapped to their offsets.

    >>> modifiers()["прошл"]
    -1
    """
    return MappingProxyType({stem: int(offset) for stem, offset in read_table("date_modifiers.tsv")})


@functools.cache
def day_words() -> MappingProxyType[str, int]:
    """
    Return the day adverbs mapped to their offsets in days.

    >>> day_words()["вчера"]
    -1
    """
    return MappingProxyType({word: int(offset) for word, offset in read_table("day_words.tsv")})


def alternation(words: Iterable[str]) -> str:
    """
    Build a regex alternation of *words*, longest first, each escaped.

    >>> alternation(["сен", "сентября"])
    '(?:сентября|сен)'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")"
