"""Tests for kzaz_corpus.stages.dates: finding time expressions and resolving them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from kzaz_corpus.errors import KzazError, ParseError
from kzaz_corpus.lexicon import dates as _dates_lexicon
from kzaz_corpus.model import DateMention, Paragraph
from kzaz_corpus.stages.dates import extract_dates, parse_date
from kzaz_corpus.stages.header import parse_header
from tests.strategies_dates import (
    absolute_days,
    embedded_dates,
    hostile_texts,
    relative_years,
    year_expressions,
)

D = dt.date
ANCHOR = D(2025, 10, 22)


def body(text: str) -> tuple[Paragraph, ...]:
    """The whole text as one body paragraph."""
    return (Paragraph(0, len(text)),)


def marked(source: str) -> tuple[str, list[str]]:
    """Read ``"к [2030 году]"``-style markup: the plain text and the bracketed surfaces."""
    surfaces = regex.findall(r"\[([^\]]*)\]", source)
    return source.replace("[", "").replace("]", ""), surfaces


# --- examples: parse_date -------------------------------------------------

# id: (text, anchor, value, high, granularity, relative, open_ended)
PARSE: dict[str, tuple[str, D | None, D | None, D | None, str, bool, bool]] = {
    "day-month-year": ("21 октября 2025 года", None, D(2025, 10, 21), D(2025, 10, 21), "day", False, False),
    "day-month-year-g": ("5 мая 2024 г.", None, D(2024, 5, 5), D(2024, 5, 5), "day", False, False),
    "day-range-no-year": ("20–21 октября", ANCHOR, D(2025, 10, 20), D(2025, 10, 21), "day", True, False),
    "day-range-hyphen-year": ("3-5 марта 2024 года", None, D(2024, 3, 3), D(2024, 3, 5), "day", False, False),
    "day-range-two-months": ("30 сентября – 2 октября 2025 года", None, D(2025, 9, 30), D(2025, 10, 2), "day",
                             False, False),
    "day-range-s-po": ("с 1 января по 31 марта 2025 года", None, D(2025, 1, 1), D(2025, 3, 31), "day", False, False),
    "day-range-over-new-year": ("30 декабря – 2 января", ANCHOR, D(2025, 12, 30), D(2026, 1, 2), "day", True, False),
    "day-no-year-nearest-past": ("20 декабря", D(2026, 1, 10), D(2025, 12, 20), D(2025, 12, 20), "day", True, False),
    "day-no-year-no-anchor": ("20 октября", None, None, None, "day", True, False),
    "day-abbreviated-month": ("3 дек", ANCHOR, D(2025, 12, 3), D(2025, 12, 3), "day", True, False),
    "numeric": ("11.03.2024", None, D(2024, 3, 11), D(2024, 3, 11), "day", False, False),
    "numeric-g": ("11.03.2024г.", None, D(2024, 3, 11), D(2024, 3, 11), "day", False, False),
    "numeric-two-digit-year": ("14.09.19", None, D(2019, 9, 14), D(2019, 9, 14), "day", False, False),
    "iso": ("2025-12-03", None, D(2025, 12, 3), D(2025, 12, 3), "day", False, False),
    "deadline-year": ("к 2030 году", None, D(2030, 1, 1), D(2030, 12, 31), "year", False, False),
    "year-ordinal": ("в 2025-м году", None, D(2025, 1, 1), D(2025, 12, 31), "year", False, False),
    "year-g": ("2025г.", None, D(2025, 1, 1), D(2025, 12, 31), "year", False, False),
    "year-range": ("2025–2027 годы", None, D(2025, 1, 1), D(2027, 12, 31), "year", False, False),
    "year-range-gg": ("в 2016-2017 гг.", None, D(2016, 1, 1), D(2017, 12, 31), "year", False, False),
    "year-range-s-po": ("с 2025 по 2027 год", None, D(2025, 1, 1), D(2027, 12, 31), "year", False, False),
    "decade": ("в 1990-х годах", None, D(1990, 1, 1), D(1999, 12, 31), "decade", False, False),
    "month-year": ("в октябре 2025 года", None, D(2025, 10, 1), D(2025, 10, 31), "month", False, False),
    "month-bare-year": ("июль 2024", None, D(2024, 7, 1), D(2024, 7, 31), "month", False, False),
    "month-no-year": ("в августе", ANCHOR, D(2025, 8, 1), D(2025, 8, 31), "month", True, False),
    "month-no-year-news-past": ("в марте", ANCHOR, D(2025, 3, 1), D(2025, 3, 31), "month", True, False),
    "month-no-year-news-next": ("в январе", D(2025, 11, 5), D(2026, 1, 1), D(2026, 1, 31), "month", True, False),
    "day-no-year-news-past": ("30 апреля", D(2025, 11, 5), D(2025, 4, 30), D(2025, 4, 30), "day", True, False),
    "day-no-year-news-next": ("с 1 января", D(2025, 10, 22), D(2026, 1, 1), None, "day", True, True),
    "month-relative-year": ("в сентябре минувшего года", ANCHOR, D(2024, 9, 1), D(2024, 9, 30), "month", True,
                            False),
    "month-range": ("январь-октябрь", ANCHOR, D(2025, 1, 1), D(2025, 10, 31), "month", True, False),
    "month-range-latest-begun": ("за январь-октябрь", D(2025, 12, 3), D(2025, 1, 1), D(2025, 10, 31), "month",
                                 True, False),
    "month-range-year": ("в январе–сентябре 2024 года", None, D(2024, 1, 1), D(2024, 9, 30), "month", False, False),
    "month-range-two-years": ("июль 2023 - июнь 2024", None, D(2023, 7, 1), D(2024, 6, 30), "month", False, False),
    "month-range-s-po": ("с января по май 2016 года", None, D(2016, 1, 1), D(2016, 5, 31), "month", False, False),
    "months-of-last-year": ("за 10 месяцев прошлого года", D(2009, 1, 17), D(2008, 1, 1), D(2008, 10, 31), "month",
                            True, False),
    "months-in-words": ("за девять месяцев 2024 года", None, D(2024, 1, 1), D(2024, 9, 30), "month", False, False),
    "quarter": ("первого квартала 2025 года", None, D(2025, 1, 1), D(2025, 3, 31), "quarter", False, False),
    "quarter-roman": ("во II квартале 2023 года", None, D(2023, 4, 1), D(2023, 6, 30), "quarter", False, False),
    "quarter-digit-relative": ("в 3-м квартале текущего года", ANCHOR, D(2025, 7, 1), D(2025, 9, 30), "quarter",
                               True, False),
    "half": ("первом полугодии 2012 года", None, D(2012, 1, 1), D(2012, 6, 30), "half", False, False),
    "half-second-no-year": ("во втором полугодии", ANCHOR, D(2025, 7, 1), D(2025, 12, 31), "half", True, False),
    "half-in-words": ("в первой половине 2025 года", None, D(2025, 1, 1), D(2025, 6, 30), "half", False, False),
    "half-in-words-this-year": ("во второй половине года", ANCHOR, D(2025, 7, 1), D(2025, 12, 31), "half", True,
                                False),
    "season-year": ("летом 2024 года", None, D(2024, 6, 1), D(2024, 8, 31), "month", False, False),
    "season-winter-spans-new-year": ("зимой 2025 года", None, D(2024, 12, 1), D(2025, 2, 28), "month", False, False),
    "season-nearest": ("весной", ANCHOR, D(2025, 3, 1), D(2025, 5, 31), "month", True, False),
    "season-relative-year": ("осенью прошлого года", ANCHOR, D(2024, 9, 1), D(2024, 11, 30), "month", True, False),
    "end-of-year": ("конец 2025 года", None, D(2025, 12, 1), D(2025, 12, 31), "month", False, False),
    "by-end-of-year": ("к концу 2026 года", None, D(2026, 12, 1), D(2026, 12, 31), "month", False, False),
    "start-of-this-year": ("в начале года", ANCHOR, D(2025, 1, 1), D(2025, 1, 31), "month", True, False),
    "end-of-month": ("на конец августа", ANCHOR, D(2025, 8, 1), D(2025, 8, 31), "month", True, False),
    "last-year": ("в прошлом году", ANCHOR, D(2024, 1, 1), D(2024, 12, 31), "year", True, False),
    "current-year": ("в текущем году", ANCHOR, D(2025, 1, 1), D(2025, 12, 31), "year", True, False),
    "this-year": ("в этом году", ANCHOR, D(2025, 1, 1), D(2025, 12, 31), "year", True, False),
    "this-year-no-anchor": ("в этом году", None, None, None, "year", True, False),
    "next-year": ("в следующем году", ANCHOR, D(2026, 1, 1), D(2026, 12, 31), "year", True, False),
    "last-month": ("в прошлом месяце", D(2025, 1, 15), D(2024, 12, 1), D(2024, 12, 31), "month", True, False),
    "this-week": ("на этой неделе", ANCHOR, D(2025, 10, 20), D(2025, 10, 26), "day", True, False),
    "a-year-earlier": ("годом ранее", ANCHOR, D(2024, 1, 1), D(2024, 12, 31), "year", True, False),
    "yesterday": ("вчера", ANCHOR, D(2025, 10, 21), D(2025, 10, 21), "day", True, False),
    "today-capital": ("Сегодня", ANCHOR, ANCHOR, ANCHOR, "day", True, False),
    "coming-years": ("в ближайшие годы", ANCHOR, ANCHOR, None, "year", True, True),
    "coming-years-no-anchor": ("в ближайшие годы", None, None, None, "year", True, True),
    "coming-three-years": ("на ближайшие три года", ANCHOR, ANCHOR, D(2028, 12, 31), "year", True, False),
    "last-ten-years": ("за последние 10 лет", ANCHOR, D(2015, 1, 1), ANCHOR, "year", True, False),
    "nbsp-inside": ("21\u00a0октября\u00a02025\u00a0года", None, D(2025, 10, 21), D(2025, 10, 21), "day", False,
                    False),
}  # fmt: skip


@pytest.mark.parametrize(("text", "anchor", "value", "high", "gran", "relative", "open_ended"),
                         PARSE.values(), ids=PARSE.keys())  # fmt: skip
def test_parse_date_examples(
    text: str, anchor: D | None, value: D | None, high: D | None, gran: str, relative: bool, open_ended: bool
) -> None:
    """Each documented form resolves to its first and last day, granularity and flags."""
    d = parse_date(text, anchor=anchor)
    assert (d.value, d.high, d.granularity, d.relative, d.open_ended) == (value, high, gran, relative, open_ended)
    assert (d.start, d.end, d.surface) == (0, len(text), text)


def test_parse_date_allows_surrounding_space() -> None:
    """White space around the expression is allowed; the span excludes it."""
    d = parse_date("  к 2030 году \n")
    assert (d.start, d.end, d.surface) == (2, 13, "к 2030 году")


NOT_ONE_DATE = {
    "empty": "",
    "prose": "экспорт вырос",
    "bare-number": "2025",
    "percent": "62 процента",
    "day-count": "15–18 дней",
    "impossible-day": "31.02.2025",
    "impossible-month": "12.13.2025",
    "backwards-range": "2027–2025 годы",
    "two-dates": "20 октября и 21 октября",
    "half-of-a-day": "вторая половина дня",
    "trailing-word": "в 2025 году экспорт",
}


@pytest.mark.parametrize("text", NOT_ONE_DATE.values(), ids=NOT_ONE_DATE.keys())
def test_parse_date_rejects(text: str) -> None:
    """Anything but exactly one real date is a ParseError (also a ValueError)."""
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text


def test_parse_date_rejects_non_str() -> None:
    """A wrong argument type is a TypeError, not a ParseError."""
    with pytest.raises(TypeError):
        parse_date(2025)  # type: ignore[arg-type]


# --- examples: extract_dates ------------------------------------------------

EXTRACT = {
    "deadline-and-relative": "[В прошлом году] грузопотоки выросли, а [к 2030 году] удвоятся.",
    "range-and-year": "Программа [на 2025–2027 годы] принята [21 октября 2025 года].",
    "half-and-past": "[В первом полугодии 2012 года] экспорт сократился, сообщили [вчера].",
    "quarter-relative": "По итогам [первого квартала текущего года] рост составил 5%.",
    "end-of-year": "Строительство будет завершено [к концу 2026 года].",
    "open-ended": "Товарооборот [в ближайшие годы] вырастет.",
    "months-of-last-year": "Товарооборот [за 10 месяцев прошлого года] вырос на 9%.",
    "month-range-in-brackets": "По итогам сезона ([июль 2023 - июнь 2024]) экспорт вырос.",
    "numbers-are-not-dates": "Экспорт вырос на 15–18 процентов, до 1 800 тонн, в 2 раза.",
    "ordinals-are-not-dates": "Прошло второе заседание, к 20-летию партнерства.",
    "decimal-is-not-a-date": "Инфляция составила 14.3 процента.",
    "year-without-word-is-not-a-date": "Компания выпустила 2025 тонн продукции.",
    "dateline": "АСТАНА, [20 октября]. Министр заявил о росте.",
    "this-year-phrase": "Показатели [этого года] обнадеживают, [в этом месяце] рост продолжится.",
}


@pytest.mark.parametrize("source", EXTRACT.values(), ids=EXTRACT.keys())
def test_extract_dates_spans(source: str) -> None:
    """extract_dates finds exactly the marked expressions, in order."""
    text, surfaces = marked(source)
    found = extract_dates(text, body(text), anchor=ANCHOR)
    assert [d.surface for d in found] == surfaces


def test_extract_dates_resolves_against_anchor() -> None:
    """Relative expressions take the anchor; without one their value is None."""
    text = "В прошлом году рост, в 2024 году спад."
    with_anchor = extract_dates(text, body(text), anchor=D(2026, 2, 1))
    without = extract_dates(text, body(text))
    assert [d.value for d in with_anchor] == [D(2025, 1, 1), D(2024, 1, 1)]
    assert [d.value for d in without] == [None, D(2024, 1, 1)]
    assert [d.relative for d in without] == [True, False]


def test_extract_dates_reads_only_text_paragraphs() -> None:
    """Header lines (credits, sources, datelines) are skipped; titles and subheadings are read."""
    text = "Фото: 21 октября 2025 года\nИтоги 2024 года\nВ 2025 году рост.\nИсточник: 1 мая 2020 года"
    h = parse_header(text)
    assert [p.kind for p in h.paragraphs] == ["credit", "title", "body", "source"]
    assert [d.surface for d in extract_dates(text, h.paragraphs)] == ["2024 года", "В 2025 году"]


def test_extract_dates_offsets_are_absolute() -> None:
    """Offsets point into the whole text, including \\r\\n line ends."""
    text = "Заголовок\r\n\r\nРост начался 21 октября 2025 года."
    h = parse_header(text)
    (d,) = extract_dates(text, h.paragraphs)
    assert text[d.start : d.end] == "21 октября 2025 года"


def test_extract_dates_empty() -> None:
    """No paragraphs, no dates; an empty tuple is an answer."""
    assert extract_dates("в 2025 году", ()) == ()


# --- the tables -------------------------------------------------------------


def test_month_table_covers_every_month() -> None:
    """Every month has its nominative, genitive and prepositional forms."""
    full, abbr = _dates_lexicon.months()
    for number in range(1, 13):
        forms = {form for form, n in full.items() if n == number}
        assert len(forms) >= 4, number
    assert set(abbr.values()) <= set(range(1, 13))
    assert all(form == form.lower() and form.isalpha() for form in (*full, *abbr))


@pytest.mark.parametrize("name", ["months.tsv", "date_modifiers.tsv", "day_words.tsv"])
def test_tables_are_well_formed(name: str) -> None:
    """Each row has the expected number of fields, no duplicates, and no stray spaces."""
    rows = _dates_lexicon.read_table(name)
    width = {"months.tsv": 3, "date_modifiers.tsv": 2, "day_words.tsv": 2}[name]
    assert rows
    assert all(len(row) == width for row in rows), [r for r in rows if len(r) != width]
    keys = [row[0] for row in rows]
    assert len(keys) == len(set(keys))
    assert all(" " not in key for key in keys)
    assert all(regex.fullmatch(r"-?\d+", row[1]) for row in rows)


# --- properties -------------------------------------------------------------


@given(st.text(max_size=300), st.none() | st.dates())
@example("в ближайшие годы", dt.date.min)
@example("вчера", dt.date.min)
@example("в следующем году", dt.date.max)
@example("через 1.1.1.1.1.1", None)
@example("\r", None)
@example("\n", None)
def test_no_crash(text: str, anchor: D | None) -> None:
    """extract_dates never raises; parse_date raises nothing but KzazError."""
    extract_dates(text, body(text), anchor=anchor)
    try:
        parse_date(text, anchor=anchor)
    except KzazError:
        pass


@given(hostile_texts | st.text(max_size=300), st.none() | st.dates())
def test_spans_slice_to_surface(text: str, anchor: D | None) -> None:
    """Every mention lies inside the text, slices to its surface, and they are sorted and disjoint."""
    found = extract_dates(text, body(text), anchor=anchor)
    last_end = 0
    for d in found:
        assert 0 <= last_end <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.surface
        last_end = d.end


@given(hostile_texts | st.text(max_size=300), st.none() | st.dates())
def test_value_not_after_high(text: str, anchor: D | None) -> None:
    """A resolved mention never ends before it starts; open-ended ones have no end."""
    for d in extract_dates(text, body(text), anchor=anchor):
        assert isinstance(d, DateMention)
        if d.value is not None and d.high is not None:
            assert d.value <= d.high
        if d.open_ended:
            assert d.high is None
        if not d.relative:
            assert d.value is not None


@given(absolute_days())
def test_absolute_days_round_trip(case: tuple[str, D]) -> None:
    """A day written with its year reads back as that day, whatever the anchor."""
    text, day = case
    d = parse_date(text)
    assert (d.value, d.high, d.granularity, d.relative) == (day, day, "day", False)


@given(year_expressions())
def test_years_round_trip(case: tuple[str, int]) -> None:
    """A year with the word "год" covers that calendar year."""
    text, year = case
    d = parse_date(text)
    assert (d.value, d.high, d.granularity) == (D(year, 1, 1), D(year, 12, 31), "year")


@given(relative_years(), st.dates(min_value=D(1000, 1, 1), max_value=D(9000, 12, 31)))
def test_relative_years_follow_anchor(case: tuple[str, int], anchor: D) -> None:
    """A relative year phrase covers the anchor's year moved by its offset."""
    text, offset = case
    d = parse_date(text, anchor=anchor)
    year = anchor.year + offset
    assert (d.value, d.high, d.relative) == (D(year, 1, 1), D(year, 12, 31), True)


@given(embedded_dates())
def test_embedded_date_found_exactly(case: tuple[str, int, int, D]) -> None:
    """A day inside a date-free sentence is the one mention found, with its exact span."""
    text, start, end, day = case
    found = extract_dates(text, body(text))
    assert [(d.start, d.end, d.value) for d in found] == [(start, end, day)]


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2098, 12, 31)), st.integers(1, 28),
       st.sampled_from(range(12)))  # fmt: skip
def test_day_without_year_is_the_news_readers(anchor: D, day: int, month_index: int) -> None:
    """A day written without a year lands in the twelve months from eight before the anchor's month to three after."""
    months = ("января", "февраля", "марта", "апреля", "мая", "июня",
              "июля", "августа", "сентября", "октября", "ноября", "декабря")  # fmt: skip
    d = parse_date(f"{day} {months[month_index]}", anchor=anchor)
    assert d.value is not None and d.relative
    assert (d.value.month, d.value.day) == (month_index + 1, day)
    assert -8 <= (d.value.year - anchor.year) * 12 + d.value.month - anchor.month <= 3


def _as_dict(d: DateMention) -> dict[str, Any]:
    return d.to_dict()


@given(absolute_days())
def test_mentions_round_trip_through_dicts(case: tuple[str, D]) -> None:
    """Mentions survive to_dict/from_dict unchanged."""
    d = parse_date(case[0])
    assert DateMention.from_dict(_as_dict(d)) == d


# --- news in several agency styles: every expression, resolved ---------------

# id: (text, [(surface, value, high, granularity), ...]), all against ANCHOR
NEWS: dict[str, tuple[str, list[tuple[str, D, D, str]]]] = {
    "economy-month-range": (
        "В январе-сентябре 2025 года ВВП вырос на 6%.",
        [("В январе-сентябре 2025 года", D(2025, 1, 1), D(2025, 9, 30), "month")],
    ),
    "diplomacy-day-no-year": (
        "Соглашение будет подписано 14 ноября в Баку.",
        [("14 ноября", D(2025, 11, 14), D(2025, 11, 14), "day")],
    ),
    "diplomacy-day-no-year-past-tense": (
        # signed: not a day after the article's 22 October, so last November
        "Соглашение подписали 14 ноября в Баку.",
        [("14 ноября", D(2024, 11, 14), D(2024, 11, 14), "day")],
    ),
    "day-no-year-future-tense": (
        "30 апреля пройдет выставка.",
        [("30 апреля", D(2026, 4, 30), D(2026, 4, 30), "day")],
    ),
    "month-no-year-future-tense": (
        "В марте начнется стройка.",
        [("В марте", D(2026, 3, 1), D(2026, 3, 31), "month")],
    ),
    "transit-half-current-year": (
        "Транзит по итогам первого полугодия текущего года вырос.",
        [("первого полугодия текущего года", D(2025, 1, 1), D(2025, 6, 30), "half")],
    ),
    "energy-deadline": (
        "Завод введут в строй к концу 2027 года.",
        [("к концу 2027 года", D(2027, 12, 1), D(2027, 12, 31), "month")],
    ),
    "next-week": (
        "Встреча пройдет на следующей неделе в Ташкенте.",
        [("на следующей неделе", D(2025, 10, 27), D(2025, 11, 2), "day")],
    ),
    "roman-quarter": (
        "В III квартале 2024 года добыча снизилась.",
        [("В III квартале 2024 года", D(2024, 7, 1), D(2024, 9, 30), "quarter")],
    ),
    "forum-day-range": (
        "С 1 по 3 декабря в Астане пройдет форум.",
        [("С 1 по 3 декабря", D(2025, 12, 1), D(2025, 12, 3), "day")],
    ),
    "nine-months-this-year": (
        "За девять месяцев этого года экспорт вырос.",
        [("За девять месяцев этого года", D(2025, 1, 1), D(2025, 9, 30), "month")],
    ),
    "decade-plural": (
        "Еще в 2010-х годах проект считали невыгодным.",
        [("в 2010-х годах", D(2010, 1, 1), D(2019, 12, 31), "decade")],
    ),
    "first-half-next-year": (
        "В первой половине 2026 года начнутся поставки.",
        [("В первой половине 2026 года", D(2026, 1, 1), D(2026, 6, 30), "half")],
    ),
    "day-word-two-days-ago": (
        "Позавчера делегация прибыла в Тбилиси.",
        [("Позавчера", D(2025, 10, 20), D(2025, 10, 20), "day")],
    ),
    "last-five-years": (
        "Объем торговли за последние пять лет удвоился.",
        [("за последние пять лет", D(2020, 1, 1), D(2025, 10, 22), "year")],
    ),
    "anchor-far-into-long-word": (
        "Выгодное предложение по маршруту полета обсудили в аэропорту.",
        [],
    ),
    "capital-month-in-headline": (
        "ИТОГИ ОКТЯБРЯ: экспорт зерна вырос, в сентябре было меньше.",
        [("ОКТЯБРЯ", D(2025, 10, 1), D(2025, 10, 31), "month"), ("в сентябре", D(2025, 9, 1), D(2025, 9, 30), "month")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), NEWS.values(), ids=NEWS.keys())
def test_extract_dates_in_news(text: str, expected: list[tuple[str, D, D, str]]) -> None:
    found = extract_dates(text, body(text), anchor=ANCHOR)
    assert [(d.surface, d.value, d.high, d.granularity) for d in found] == expected


# --- weekdays, offsets, "накануне", weekends, open starts (anchor: Wednesday 22 October 2025) ---------

# id: (text, [(surface, value, high, open_ended)])
RELATIVE_DAYS: dict[str, tuple[str, list[tuple[str, D | None, D | None, bool]]]] = {
    "weekday-latest": ("Во вторник министр провел встречу.", [("Во вторник", D(2025, 10, 21), D(2025, 10, 21), False)]),
    "weekday-today": ("В среду открылась выставка.", [("В среду", ANCHOR, ANCHOR, False)]),
    "weekday-future-verb": ("В пятницу в столице пройдет саммит.",
                            [("В пятницу", D(2025, 10, 24), D(2025, 10, 24), False)]),
    "weekday-future-verb-before": ("Заседание состоится в понедельник.",
                                   [("в понедельник", D(2025, 10, 27), D(2025, 10, 27), False)]),
    "weekday-past-and-future-clauses": ("Во вторник министр заявил, что в пятницу откроется завод.",
                                        [("Во вторник", D(2025, 10, 21), D(2025, 10, 21), False),
                                         ("в пятницу", D(2025, 10, 24), D(2025, 10, 24), False)]),
    "weekday-sunday": ("В воскресенье прошли выборы.", [("В воскресенье", D(2025, 10, 19), D(2025, 10, 19), False)]),
    "weekday-last-week": ("В прошлую пятницу завод остановили.",
                          [("В прошлую пятницу", D(2025, 10, 17), D(2025, 10, 17), False)]),
    "weekday-next-week": ("В следующий понедельник начнется сессия.",
                          [("В следующий понедельник", D(2025, 10, 27), D(2025, 10, 27), False)]),
    "weekday-with-date": ("В понедельник, 20 октября, прошла встреча.",
                          [("В понедельник, 20 октября", D(2025, 10, 20), D(2025, 10, 20), False)]),
    "weekday-picks-the-year": ("В четверг, 5 сентября, комиссия отклонила поправки.",
                               [("В четверг, 5 сентября", D(2024, 9, 5), D(2024, 9, 5), False)]),
    "eve": ("Накануне министр выступил в парламенте.", [("Накануне", D(2025, 10, 21), D(2025, 10, 21), False)]),
    "eve-of-an-event": ("Накануне выборов министр выступил в парламенте.", []),
    "eve-of-his-visit": ("Накануне его визита подписали договор.", []),
    "lately": ("На днях министр заявил о новом плане.", [("На днях", D(2025, 10, 15), ANCHOR, False)]),
    "past-weekend": ("В минувшие выходные прошел фестиваль.",
                     [("В минувшие выходные", D(2025, 10, 18), D(2025, 10, 19), False)]),
    "this-weekend": ("В эти выходные пройдет ярмарка.", [("В эти выходные", D(2025, 10, 25), D(2025, 10, 26), False)]),
    "week-ago": ("Неделю назад цены выросли.", [("Неделю назад", D(2025, 10, 15), D(2025, 10, 15), False)]),
    "months-ago": ("Три месяца назад завод закрыли.", [("Три месяца назад", D(2025, 7, 1), D(2025, 7, 31), False)]),
    "two-days-later": ("Спустя 2 дня груз доставили.", [("Спустя 2 дня", D(2025, 10, 24), D(2025, 10, 24), False)]),
    "days-later-after": ("Два дня спустя груз сдали.", [("Два дня спустя", D(2025, 10, 24), D(2025, 10, 24), False)]),
    "in-a-year": ("Через год завод выйдет на полную мощность.", [("Через год", D(2026, 1, 1), D(2026, 12, 31), False)]),
    "after-an-event": ("Через год после аварии завод открылся.", []),
    "half-year-ago": ("Полгода назад тарифы повысили.", [("Полгода назад", D(2025, 4, 1), D(2025, 4, 30), False)]),
    "since-year": ("С 2019 года цены растут.", [("С 2019 года", D(2019, 1, 1), None, True)]),
    "since-day": ("С 1 февраля 2026 года тарифы вырастут.", [("С 1 февраля 2026 года", D(2026, 2, 1), None, True)]),
    "compared-with-year": ("По сравнению с 2019 годом цены выросли.",
                           [("с 2019 годом", D(2019, 1, 1), D(2019, 12, 31), False)]),
    "since-day-then-until": ("С 11 июня 2013 по 4 ноября 2018 она руководила хором.",
                             [("С 11 июня 2013", D(2013, 6, 11), D(2013, 6, 11), False),
                              ("по 4 ноября 2018", D(2018, 11, 4), D(2018, 11, 4), False)]),
    "infinitive-keeps-the-window": ("Фермеры решили расширить теплицы в ноябре.",
                                    [("в ноябре", D(2025, 11, 1), D(2025, 11, 30), False)]),
    "range-is-not-since": ("С 2025 по 2027 год построят дорогу.",
                           [("С 2025 по 2027 год", D(2025, 1, 1), D(2027, 12, 31), False)]),
    "date-and-time": ("Сделку закрыли 5 августа 2014 г. в 12:00 по Москве.",
                      [("5 августа 2014 г. в 12:00", D(2014, 8, 5), D(2014, 8, 5), False)]),
    "nine-months-this-year": ("За девять месяцев выпуск вырос.",
                              [("За девять месяцев", D(2025, 1, 1), D(2025, 9, 30), False)]),
    "nine-months-context-year": ("В 2024 году завод открылся, а за девять месяцев выпустил 100 машин.",
                                 [("В 2024 году", D(2024, 1, 1), D(2024, 12, 31), False),
                                  ("за девять месяцев", D(2024, 1, 1), D(2024, 9, 30), False)]),
    "quarter-context-year": ("План на 2023 год выполнен: во втором квартале выпуск вырос.",
                             [("на 2023 год", D(2023, 1, 1), D(2023, 12, 31), False),
                              ("во втором квартале", D(2023, 4, 1), D(2023, 6, 30), False)]),
    "months-as-duration": ("В течение трех месяцев шла стройка.", []),
    "environment-is-not-wednesday": ("Охрана окружающей среды и жизнь в городской среде.", []),
    "uncounted-years-ago": ("Сто лет назад и несколько месяцев назад здесь был лес.", []),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_DAYS.values(), ids=RELATIVE_DAYS.keys())
def test_relative_days_weekdays_offsets(text: str, expected: list[tuple[str, D | None, D | None, bool]]) -> None:
    """Weekdays, offsets, "накануне", weekends and open starts resolve against the article's date."""
    found = extract_dates(text, body(text), anchor=ANCHOR)
    assert [(d.surface, d.value, d.high, d.open_ended) for d in found] == expected


def test_plain_weekend_on_a_monday() -> None:
    """Plain "в выходные" on a Monday is the weekend just gone, or the coming one in a future clause."""
    monday = D(2025, 10, 20)
    gone = extract_dates("В выходные прошла ярмарка.", body("В выходные прошла ярмарка."), anchor=monday)
    coming = extract_dates("В выходные пройдет ярмарка.", body("В выходные пройдет ярмарка."), anchor=monday)
    assert [(d.value, d.high) for d in gone] == [(D(2025, 10, 18), D(2025, 10, 19))]
    assert [(d.value, d.high) for d in coming] == [(D(2025, 10, 25), D(2025, 10, 26))]


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2098, 12, 31)), st.integers(0, 6))
def test_bare_weekday_is_the_latest_one(anchor: D, weekday: int) -> None:
    """A weekday with no modifier is the latest such day up to the article's date, the day itself included."""
    names = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
    d = parse_date(f"в {names[weekday]}", anchor=anchor)
    assert d.value is not None and d.value.weekday() == weekday
    assert 0 <= (anchor - d.value).days <= 6


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2098, 12, 31)), st.integers(1, 20))
def test_days_ago_and_later_are_symmetric(anchor: D, n: int) -> None:
    """ "N дней назад" and "через N дней" land N days either side of the article's date."""
    assert parse_date(f"{n} дней назад", anchor=anchor).value == anchor - dt.timedelta(days=n)
    assert parse_date(f"через {n} дней", anchor=anchor).value == anchor + dt.timedelta(days=n)


# --- known publication dates: Article, Corpus and the command line ---------------------------------

KNOWN = D(2025, 10, 22)
DATED_TEXT = "12.03.2021 10:40\nЗаголовок новости\nВчера министр заявил, что экспорт вырос."
UNDATED_TEXT = "Заголовок новости\nВчера министр заявил, что экспорт вырос."


def test_known_date_overrides_the_header() -> None:
    """A date passed to from_text wins over the header's and anchors relative expressions."""
    from kzaz_corpus import Article

    header_only = Article.from_text(DATED_TEXT, id="a")
    assert header_only.date == D(2021, 3, 12)
    a = Article.from_text(DATED_TEXT, id="a", date=KNOWN)
    assert a.date == KNOWN
    assert [(d.surface, d.value) for d in a.dates] == [("Вчера", D(2025, 10, 21))]
    assert Article.from_text(UNDATED_TEXT, id="b", date=None).date is None


def test_known_date_must_be_a_date() -> None:
    """A date given as a string is a TypeError, not a silent miss."""
    from kzaz_corpus import Article

    with pytest.raises(TypeError):
        Article.from_text(UNDATED_TEXT, id="a", date="2025-10-22")  # type: ignore[arg-type]


@pytest.mark.parametrize("dates", [{"b": KNOWN}, lambda i: KNOWN if i == "b" else None], ids=["mapping", "callable"])
def test_corpus_from_texts_known_dates(dates: Any) -> None:
    """Corpus.from_texts takes known dates as a mapping or a function of the id."""
    from kzaz_corpus import Corpus

    c = Corpus.from_texts({"a": DATED_TEXT, "b": UNDATED_TEXT}, dates=dates)
    assert (c["a"].date, c["b"].date) == (D(2021, 3, 12), KNOWN)
    assert c["b"].dates[0].value == D(2025, 10, 21)


@pytest.mark.parametrize("workers", [None, 2])
@pytest.mark.parametrize("dates", [{"b": KNOWN}, dict.get], ids=["mapping", "callable"])
def test_corpus_from_directory_known_dates(tmp_path: Any, workers: int | None, dates: Any) -> None:
    """Corpus.from_directory passes known dates by file stem, in this process or in workers."""
    from kzaz_corpus import Corpus

    (tmp_path / "a.txt").write_text(DATED_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNDATED_TEXT, encoding="utf-8")
    if dates is dict.get:
        dates = {"b": KNOWN}.get
    c = Corpus.from_directory(tmp_path, workers=workers, dates=dates)
    assert (c["a"].date, c["b"].date) == (D(2021, 3, 12), KNOWN)


def test_cli_date_for_one_file(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """--date YYYY-MM-DD dates a single file; with several inputs it is a usage error."""
    import json

    from kzaz_corpus.cli import main

    f = tmp_path / "b.txt"
    f.write_text(UNDATED_TEXT, encoding="utf-8")
    assert main(["--format", "json", "--date", "2025-10-22", str(f)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["date"] == "2025-10-22"
    assert main(["--format", "json", "--date", "2025-10-22", str(f), str(f)]) == 2
    assert main(["--date", "2025-10-22"]) == 2
