"""Tests for kzaz_corpus.stages.dates: seasons with a modifier ("прошлым летом"), years with an ending ("в 2024-м")."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzaz_corpus.model import Paragraph
from kzaz_corpus.stages.dates import extract_dates, parse_date

D = dt.date

CASES = [
    ("прошлым летом", D(2025, 3, 12), D(2024, 6, 1), D(2024, 8, 31)),
    ("прошлым летом", D(2025, 10, 2), D(2024, 6, 1), D(2024, 8, 31)),
    ("этим летом", D(2025, 10, 2), D(2025, 6, 1), D(2025, 8, 31)),
    ("позапрошлой осенью", D(2025, 3, 12), D(2023, 9, 1), D(2023, 11, 30)),
    ("этой зимой", D(2025, 1, 20), D(2024, 12, 1), D(2025, 2, 28)),
    ("этой зимой", D(2025, 11, 5), D(2025, 12, 1), D(2026, 2, 28)),
    ("прошлой зимой", D(2025, 11, 5), D(2024, 12, 1), D(2025, 2, 28)),
    ("следующей весной", D(2025, 1, 20), D(2025, 3, 1), D(2025, 5, 31)),
    ("следующей весной", D(2025, 4, 20), D(2026, 3, 1), D(2026, 5, 31)),
    ("будущей осенью", D(2025, 12, 1), D(2026, 9, 1), D(2026, 11, 30)),
]


@pytest.mark.parametrize(("text", "anchor", "low", "high"), CASES)
def test_season_with_modifier(text: str, anchor: dt.date, low: dt.date, high: dt.date) -> None:
    """A season with "прошлый", "этот", "следующий" is placed against the article's date."""
    d = parse_date(text, anchor=anchor)
    assert (d.surface, d.value, d.high, d.relative) == (text, low, high, True)


_ANCHORS = st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31))
_SEASONS = st.sampled_from(["летом", "весной", "осенью", "зимой"])


@given(_ANCHORS, _SEASONS)
def test_last_season_has_ended(anchor: dt.date, season: str) -> None:
    """A past season ("прошлым летом", "прошлой зимой") has ended before the article, within two years of it."""
    d = parse_date(f"{'прошлым' if season == 'летом' else 'прошлой'} {season}", anchor=anchor)
    assert d.high is not None and d.high < anchor
    assert (anchor - d.high).days < 2 * 366


@given(_ANCHORS, _SEASONS)
def test_next_season_has_not_begun(anchor: dt.date, season: str) -> None:
    """A next season ("следующей осенью", "следующим летом") begins after the article, within a year of it."""
    d = parse_date(f"{'следующим' if season == 'летом' else 'следующей'} {season}", anchor=anchor)
    assert d.value is not None and d.value > anchor
    assert (d.value - anchor).days <= 366


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("Выручка выросла с 2 млн в 2023-м до 5 млн.", "в 2023-м", 2023),
        ("Улов на 4% выше, чем за аналогичный срок 2022-го.", "2022-го", 2022),
        ("План утвердят к 2030-му.", "к 2030-му", 2030),
    ],
)
def test_year_with_an_ordinal_ending(text: str, surface: str, year: int) -> None:
    """A year written with an ordinal ending and no "год" ("в 2024-м", "2025-го") is that year."""
    found = [d for d in extract_dates(text, (Paragraph(0, len(text)),)) if d.surface == surface]
    assert [(d.value, d.high) for d in found] == [(D(year, 1, 1), D(year, 12, 31))]
