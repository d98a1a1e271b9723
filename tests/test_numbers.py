"""Tests for kzaz_corpus.stages.numbers: reading Russian numbers in digits, words and both."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from num2words import num2words

from kzaz_corpus.errors import KzazError, ParseError
from kzaz_corpus.lexicon.numbers import numerals, read_table, scales, units
from kzaz_corpus.stages.numbers import extract_numbers, parse_number
from tests.strategies_numbers import (
    SEPARATORS,
    compound_numbers,
    digit_numbers,
    fractions,
    genitive,
    group_digits,
    number_free_text,
)

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
    "двухсторонний договор",
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
    assert all(s.value >= 10 for s in scales().values())
    classes = {
        "unit",
        "teen",
        "ten",
        "hundred",
        "half",
        "both",
        "times",
        "times-verb",
        "fraction",
        "ordinal",
        "denominator",
        "half-unit",
    }
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
@example("\U00011f50")  # a digit of a script newer than this Python's Unicode tables
@example("Рост на \U00011f55\U00011f50 тонн")
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


COMPOUND_CASES = [
    ("2 тыс. 300", 2300.0),
    ("4 млн 215,5 тыс.", 4_215_500.0),
    ("1 млрд 20 млн", 1_020_000_000.0),
    ("3 млрд 871 млн 276,941 тыс.", 3_871_276_941.0),
    ("7 млрд 344,012 млн", 7_344_012_000.0),
    ("12 миллионов 45 тысяч", 12_045_000.0),
    ("5 тысяч 15", 5015.0),
    ("2 млн. 172 491", 2_172_491.0),
    ("4 млн 821635", 4_821_635.0),
]


@pytest.mark.parametrize(("text", "value"), COMPOUND_CASES, ids=[c[0] for c in COMPOUND_CASES])
def test_compound_numbers_add_up(text: str, value: float) -> None:
    """Parts with falling scales, a decimal part or a bare remainder after "тыс." make one number."""
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


def test_compound_stops_where_parts_do_not_fall() -> None:
    """A part with a larger scale, a year or a glued word after "тыс." starts a new number."""
    assert [n.surface for n in extract_numbers("5 млн 7 млрд")] == ["5 млн", "7 млрд"]
    assert [n.surface for n in extract_numbers("150 тыс. 2024 года")] == ["150 тыс", "2024"]
    assert [n.surface for n in extract_numbers("Выделили 2 млн, 300 из них")] == ["2 млн", "300"]
    assert [n.surface for n in extract_numbers("2 млн 300 человек")] == ["2 млн", "300"]
    assert [n.surface for n in extract_numbers("5 млн 2024 года")] == ["5 млн", "2024"]


FRACTION_CASES = [
    ("треть", 1 / 3),
    ("две трети", 2 / 3),
    ("четверть", 0.25),
    ("три четверти", 0.75),
    ("половину", 0.5),
    ("полмиллиона", 5e5),
    ("полмиллиарда", 5e8),
    ("полтора десятка", 15.0),
    ("два десятка", 20.0),
    # tens of a larger scale multiply it
    ("три десятка тысяч", 3e4),
    ("полтора десятка миллионов", 1.5e7),
]


@pytest.mark.parametrize(("text", "value"), FRACTION_CASES, ids=[c[0] for c in FRACTION_CASES])
def test_fractions_and_halves(text: str, value: float) -> None:
    """Shares, half scales and tens read to their value."""
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("каждый пятый житель", "каждый пятый", 0.2), ("каждую третью семью", "каждую третью", 1 / 3)],
)
def test_every_nth(text: str, surface: str, value: float) -> None:
    """A share after "каждый": "каждый пятый" is, 1/5; the ordinal alone is no number."""
    found = extract_numbers(text)
    assert [(n.surface, n.value, n.rule) for n in found] == [(surface, value, "every-nth")]
    assert extract_numbers("пятый раунд переговоров") == ()


def test_fused_adjectives_keep_their_number() -> None:
    """A number fused into a unit adjective counts; an anniversary does not."""
    assert [n.value for n in extract_numbers("в 9-этажном доме жил 45-летний мужчина")] == [9.0, 45.0]
    assert extract_numbers("к 20-летию и 31-е заседание") == ()


def test_bracketed_scale() -> None:
    """A scale word in brackets after the digits applies to them."""
    n = extract_numbers("выделено 48 (миллиардов рублей – ред.)")[0]
    assert (n.value, n.bracketed) == (48e9, True)
    assert extract_numbers("около 60 [млн тонн]")[0].value == 60e6


def test_three_part_range() -> None:
    """A run of rising values joined by hyphens is one range from the first to the last."""
    n = extract_numbers("на 2-3-5 процентных пунктов")[0]
    assert (n.surface, n.value, n.high) == ("2-3-5", 2.0, 5.0)


def test_scores_are_not_numbers() -> None:
    """A sports score is not a number."""
    assert extract_numbers("победили со счётом 3:1") == ()


def test_huge_digit_runs_are_not_numbers() -> None:
    """A hundred digit groups neither overflow nor become an infinite number."""
    text = "1" + " 000" * 103
    assert extract_numbers(text) == ()
    assert extract_numbers(f"Итого {text} тонн и 5 тонн")[-1].value == 5.0
    with pytest.raises(ParseError):
        parse_number(text)


@given(st.integers(min_value=10**12, max_value=10**24 - 1))
def test_parse_number_reads_large_scales(n: int) -> None:
    """Quadrillions and above, as num2words writes them, read back within float precision."""
    assert parse_number(num2words(n, lang="ru")) == pytest.approx(n, rel=1e-12)


@given(compound_numbers())
@example(("3 млн 912,822 тыс.", 3_912_822))
@example(("2 тыс. 300", 2300))
def test_compound_numbers_match_oracle(case: tuple[str, int]) -> None:
    """Compound numbers in digits read to the sum of their parts."""
    text, value = case
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@given(fractions())
def test_fractions_match_oracle(case: tuple[str, float]) -> None:
    """A count of thirds or quarters reads to its value."""
    text, value = case
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@given(compound_numbers())
def test_compound_digits_agree_with_words(case: tuple[str, int]) -> None:
    """A compound figure in digits reads to the number num2words spells out for its value."""
    text, value = case
    assert parse_number(text) == pytest.approx(parse_number(num2words(value, lang="ru")), rel=1e-12)


def test_readable_digits_changes_only_its_range() -> None:
    """Only the range asked for is searched and changed; an unchanged text is the same object."""
    from kzaz_corpus.text.chars import readable_digits

    text = "\U00011f51 мая. Рост на \U00011f55 тонн."
    assert readable_digits(text, 7) == "\U00011f51 мая. Рост на \ufffd тонн."
    assert readable_digits(text, 0, 6) == "\ufffd мая. Рост на \U00011f55 тонн."
    plain = "Рост на 5 тонн."
    assert readable_digits(plain, 0, 8) is plain
