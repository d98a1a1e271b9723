"""Tests for kzaz_corpus.stages.header_dates: English and Latvian date lines, and datelines with no year."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzaz_corpus import Article
from kzaz_corpus.stages.header_dates import line_date

D = dt.date

LINES = [
    ("March 12, 2024", D(2024, 3, 12)),
    ("12 March 2024, 09:40", D(2024, 3, 12)),
    ("Вестник | Sep 3, 2023 |", D(2023, 9, 3)),
    ("• 7 Nov 2022 • 18:05", D(2022, 11, 7)),
    ("2025. gada 19. aprīlis", D(2025, 4, 19)),
    ("2021. gada 2. decembrī 10:15", D(2021, 12, 2)),
]


@pytest.mark.parametrize(("line", "date"), LINES)
def test_foreign_month_names_on_a_date_line(line: str, date: dt.date) -> None:
    """A date line written with an English or Latvian month name is read."""
    found = line_date(line)
    assert found is not None and found.date == date


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]  # fmt: skip


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2099, 12, 31)), st.booleans())
def test_english_dates_round_trip(date: dt.date, day_first: bool) -> None:
    """Any date written the English way, day first or month first, reads back."""
    month = _EN[date.month - 1]
    line = f"{date.day} {month} {date.year}" if day_first else f"{month} {date.day}, {date.year}"
    found = line_date(line)
    assert found is not None and found.date == date


def test_english_month_is_not_read_in_the_body() -> None:
    """The English names belong to date lines only: body text keeps its Russian grammar."""
    art = Article.from_text("Завод открыт\n\nОтчет за May 2024 опубликован на сайте, сообщил директор.", id="x")
    assert [d.surface for d in art.dates] == []


def test_yearless_dateline_takes_the_year_of_the_same_day_in_the_body() -> None:
    """A dateline "ОШ, 3 апр" with no year in the header: the body's "3 апреля 2026 года" gives it."""
    text = (
        "Ярмарка меда открылась\n"
        "ОШ, 3 апр — Вестник. Ярмарка открылась 3 апреля 2026 года на центральной площади, сообщил "
        "организатор Тимур Асанов.\n"
        "На ярмарку привезли 40 тонн меда."
    )
    assert Article.from_text(text, id="x").date == D(2026, 4, 3)


def test_yearless_dateline_without_any_year_stays_undated() -> None:
    """With no year in the header nor the same day in the body, the article has no date."""
    text = "Ярмарка меда открылась\nОШ, 3 апр — Вестник. Ярмарка открылась на площади, сообщил Тимур Асанов.\n"
    assert Article.from_text(text, id="x").date is None
