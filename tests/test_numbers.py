"""Tests for kzaz_corpus.stages.numbers: reading Russian numbers in digits, words and both."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from num2words import num2words

from kzaz_corpus.errors import KzazError, ParseError
from kzaz_corpus.lexicon.numbers import numerals, read_table, scales, units
from kzaz_corpus.stages.numbers import extract_numbers, parse_number
from tests.strategies_numbers import SEPARATORS, digit_numbers, genitive, group_digits, number_free_text

PARSE_CASES = [
    ("62", 62.0),
    ("4,5", 4.5),
    ("2.8", 2.8),
    ("1 800", 1800.0),
    ("85\u00a0000", 85000.0),
    ("1\u2009000\u2009000", 1e6),
    ("1\u202f250", 1250.0),
    ("1.000.000", 1e6),
    ("-5", -5.0),
    ("+3,2", 3.2),
    ("4,5 миллиона", 4.5e6),
    ("1,2 трлн", 1.2e12),
    ("615 тыс.", 615e3),
    ("$529,4 млн", 529.4e6),
    ("$3 млрд. 517 млн", 3.517e9),
    ("31, 4 триллиона", 31.4e12),
    ("17,246 тыс", 17246.0),
    ("одного миллиарда", 1e9),
    ("полтора", 1.5),
    ("полутора миллионов", 1.5e6),
    ("двух", 2.0),
    ("десяти", 10.0),
    ("двадцать пять тысяч", 25000.0),
    ("одну тысячу", 1000.0),
    ("восемь трлн", 8e12),
    ("сорока двух", 42.0),
    ("двумстам пятидесяти", 250.0),
    ("миллиарду", 1e9),
    ("двух с половиной миллионов", 2.5e6),
    ("двадцать с половиной", 20.5),
    ("три с половиной тысячи", 3500.0),
    ("минус 15", -15.0),
    ("ДВАДЦАТЬ ПЯТЬ", 25.0),
]


@pytest.mark.parametrize(("text", "value"), PARSE_CASES, ids=[c[0] for c in PARSE_CASES])
def test_parse_number(text: str, value: float) -> None:
    """Every Russian way of writing a number reads to its value with scale applied."""
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("text", ["", "   ", "тонна", "процентов", "два слова и ещё", "12 тонн", "вдвое"])
def test_parse_number_rejects(text: str) -> None:
    """Text that is not exactly one number raises ParseError (a ValueError)."""
    with pytest.raises(ParseError) as info:
        parse_number(text)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text


def test_parse_number_type_error() -> None:
    """A non-string argument is a TypeError, not a ParseError."""
    with pytest.raises(TypeError):
        parse_number(5)  # type: ignore[arg-type]


RANGE_CASES = [
    ("за 15–18 дней", "15–18", 15.0, 18.0),
    ("на 25-35 процентов", "25-35", 25.0, 35.0),
    ("около 3-3,5 млрд кубометров", "3-3,5 млрд", 3e9, 3.5e9),
    ("была оценка от 200 до 400 млрд тенге", "от 200 до 400 млрд", 2e11, 4e11),
    ("примерно $12-13 млрд", "$12-13 млрд", 1.2e10, 1.3e10),
    ("пять-шесть лет", "пять-шесть", 5.0, 6.0),
    ("от 45 до 55 долларов", "от 45 до 55", 45.0, 55.0),
]


@pytest.mark.parametrize(("text", "surface", "low", "high"), RANGE_CASES, ids=[c[1] for c in RANGE_CASES])
def test_ranges(text: str, surface: str, low: float, high: float) -> None:
    """Ranges keep both ends; a scale after the high end applies to a bare low end."""
    (n,) = extract_numbers(text)
    assert (n.surface, n.value, n.high) == (surface, low, high)


MULTIPLIER_CASES = [
    ("вырос вдвое", "вдвое", 2.0),
    ("почти втрое больше", "втрое", 3.0),
    ("удвоить товарооборот", "удвоить", 2.0),
    ("объем удвоится", "удвоится", 2.0),
    ("грузопотоки могут утроиться", "утроиться", 3.0),
]


@pytest.mark.parametrize(("text", "surface", "value"), MULTIPLIER_CASES, ids=[c[1] for c in MULTIPLIER_CASES])
def test_multipliers(text: str, surface: str, value: float) -> None:
    """Multiplier adverbs and multiplying verbs are numbers with the factor as value."""
    (n,) = extract_numbers(text)
    assert (n.surface, n.value, n.multiplier) == (surface, value, True)


NOT_NUMBERS = [
    "утром в доме",
    "утрата доверия",
    "на 31-е заседание",
    "29-ой сессии",
    "к 20-летия договора",
    "сайт vesti24.uz",
    "формат G20",
    "https://example.com/2025/10/kazakhstan--731905284.html",
    "опубликовано 24.06.2025",
    "2025-11-04T10:38+0300",
    "в 10:38",
    "img_1600x0_90",
    "двусторонних отношений",
    "трёхлетний бюджет",
    "Одобрение получили немногие",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    """Ordinals, hyphenated adjectives, codes, URLs, dates, times and look-alike words hold no number."""
    assert extract_numbers(text) == ()


def test_percent_adjective_keeps_its_number() -> None:
    """'40-процентный' is a number (its percent unit is read by the metrics layer)."""
    (n,) = extract_numbers("40-процентный рост")
    assert (n.surface, n.value) == ("40", 40.0)


def test_start_end_window() -> None:
    """Only numbers inside [start, end) are returned, with offsets into the whole text."""
    text = "5 тонн; 7 тонн; 9 тонн"
    found = extract_numbers(text, 8, 14)
    assert [(n.start, n.value) for n in found] == [(8, 7.0)]


def test_tables_are_well_formed() -> None:
    """Every data row has the right number of fields and a readable value."""
    for name, width in [("numerals.tsv", 3), ("scales.tsv", 3), ("units.tsv", 3), ("qualifiers.tsv", 2)]:
        for row in read_table(name):
            assert len(row) == width, (name, row)
    assert all(s.value >= 1000 for s in scales().values())
    classes = {"unit", "teen", "ten", "hundred", "half", "both", "times", "times-verb"}
    assert {n.cls for n in numerals().values()} <= classes
    assert all(u.lemma and u.kind for u in units().values())


def test_table_forms_are_lower_case() -> None:
    """Word tables hold lower case only, so case-insensitive matching finds them."""
    for form in [*numerals(), *scales()]:
        assert form == form.lower(), form


# Properties


@given(st.integers(min_value=0, max_value=10**12))
@example(0)
@example(10**12)
@example(1_500_000)
@example(11_011_011_011)
def test_parse_number_inverts_num2words(n: int) -> None:
    """parse_number reads back every nominative cardinal that num2words writes."""
    assert parse_number(num2words(n, lang="ru")) == n


@given(st.integers(min_value=1, max_value=10**12 - 1))
@example(1)
@example(2_000_001)
@example(511_011)
def test_parse_number_reads_the_genitive(n: int) -> None:
    """parse_number reads back numbers in the genitive case ("двух тысяч", "одного миллиона")."""
    assert parse_number(genitive(n)) == n


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(SEPARATORS))
def test_digit_groups_round_trip(n: int, sep: str) -> None:
    """Digits grouped by any separator style read back to the same integer."""
    assert parse_number(group_digits(n, sep)) == n


@given(digit_numbers())
def test_digit_numbers_with_fractions(case: tuple[str, float]) -> None:
    """Grouped digits with a decimal comma read to their value."""
    text, value = case
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(["-", "–", "—"]))
def test_ranges_keep_low_below_high(a: int, b: int, dash: str) -> None:
    """A range is only read when its low end is at most its high end."""
    found = extract_numbers(f"от {a}{dash}{b} тонн")
    for n in found:
        assert n.high is None or n.value <= n.high


@given(st.text(max_size=300))
@example("«" * 1000)
@example("-" * 1000 + "5")
@example("1 " * 500)
@example("двадцать " * 200)
def test_no_crash_and_spans_slice(text: str) -> None:
    """Any text gives numbers whose spans slice to their surface, in order, without errors."""
    try:
        found = extract_numbers(text)
    except KzazError:
        return
    last = 0
    for n in found:
        assert text[n.start : n.end] == n.surface
        assert last <= n.start < n.end <= len(text)
        assert n.high is None or n.value <= n.high
        last = n.end


@given(number_free_text)
def test_number_free_text_has_no_numbers(text: str) -> None:
    """Text without digits, currency signs or Cyrillic letters holds no number."""
    assert extract_numbers(text) == ()


def test_hostile_input_is_handled() -> None:
    """Long runs of digits, dashes, quotes and number words are read without blowing up."""
    text = "1" * 100_000 + "«" * 100_000 + "-" * 100_000 + " 5" * 20_000 + " один" * 20_000
    found = extract_numbers(text)
    assert all(text[n.start : n.end] == n.surface for n in found)
