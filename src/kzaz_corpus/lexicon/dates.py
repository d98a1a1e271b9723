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

from ..text.chars import literal
from .tables import read_table

__all__ = ["alternation", "day_words", "header_months", "modifiers", "months", "offset_units", "read_table", "weekdays"]


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
        if kind in ("full", "abbr"):
            (full if kind == "full" else abbr)[form] = int(number)
    return MappingProxyType(full), MappingProxyType(abbr)


@functools.cache
def header_months() -> MappingProxyType[str, int]:
    """
    Return the English and Latvian month names read only on a page's date line, mapped to the month number.

    >>> header_months()["march"], header_months()["aprīlis"]
    (3, 4)
    """
    return MappingProxyType({form: int(n) for form, n, kind in read_table("months.tsv") if kind == "header"})


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


@functools.cache
def weekdays() -> tuple[MappingProxyType[str, int], frozenset[str]]:
    """
    Return the weekday forms mapped to their numbers (Monday = 0), and the forms that name a day after "в".

    >>> forms, after_v = weekdays()
    >>> forms["среду"], "среду" in after_v, "среде" in after_v
    (2, True, False)
    """
    rows = read_table("weekdays.tsv")
    return MappingProxyType({f: int(n) for f, n, _ in rows}), frozenset(f for f, _, case in rows if case == "acc")


@functools.cache
def offset_units() -> tuple[MappingProxyType[str, str], frozenset[str]]:
    """
    Return the offset unit forms mapped to their unit (``d``, ``w``, ``m``, ``y``), and the forms that stand alone.

    >>> units, alone = offset_units()
    >>> units["месяцев"], "неделю" in alone, "лет" in alone
    ('m', True, False)
    """
    rows = read_table("offset_units.tsv")
    return MappingProxyType({f: u for f, u, _ in rows}), frozenset(f for f, _, n in rows if n == "one")


def alternation(words: Iterable[str]) -> str:
    """
    Build a regex alternation of *words*, longest first, each escaped.

    >>> alternation(["сен", "сентября"])
    '(?:сентября|сен)'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(literal(w) for w in ordered) + ")"
