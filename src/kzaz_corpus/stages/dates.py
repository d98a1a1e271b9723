"""
Time expressions: find them in the body and resolve them to calendar dates.

Facts (the rules in *What counts*, docs/explanation/what-counts.md, "Metrics"
and "Dates": years and dates are not metrics, so every one of them must be
found here; the date forms come from the issue on headers and dates):

- Absolute forms: ``21 октября 2025 года``, ``20–21 октября``,
  ``30 сентября – 2 октября``, ``11.03.2024``, ``14.09.19``, ``2025-12-03``,
  ``в октябре 2025 года``, ``январь-октябрь``, ``июль 2023 - июнь 2024``,
  ``к 2030 году``, ``2025–2027 годы``, ``с 2025 по 2027 год``,
  ``1990-х годов``.
- Periods of a year: ``в первом квартале 2025 года``, ``первом полугодии
  2012 года``, ``за 10 месяцев прошлого года``, ``к концу 2026 года``,
  ``в начале года``.
- Relative forms, resolved against the article's date (the *anchor*):
  ``в прошлом году``, ``в текущем году``, ``в этом году``, ``нынешнего
  года``, ``на прошлой неделе``, ``в следующем месяце``, ``вчера``,
  ``сегодня``, ``годом ранее``, ``за последние 10 лет``, and the open-ended
  ``в ближайшие годы``; weekdays (``во вторник`` is the latest Tuesday up to
  the anchor, or the next one in a clause with future verbs only: ``в
  пятницу состоится``; ``в прошлую пятницу`` is last week's), ``накануне`` (not
  ``накануне выборов``), ``на днях``, ``в минувшие выходные``, and offsets
  (``неделю назад``, ``три месяца назад``, ``двое суток назад``, ``через
  год``, ``спустя 2 дня``; not ``через год после аварии``).
- ``с 2019 года``, ``с 1 января`` start a span with no stated end
  (``open_ended``); ``по сравнению с 2019 годом`` does not.
- A date followed by a time (``5 августа 2014 г. в 12:00``) is that day.
- One governing preposition right before an expression (``к``, ``в``,
  ``за``, ``до``, ...) is part of its surface: ``к 2030 году`` is a deadline,
  and the preposition is what says so.
- A day or month written without a year takes the year a news reader
  gives it: the month falls in the twelve months from eight before the
  anchor's month to three after it, then a past clause moves a day after the
  anchor back a year and a future clause a day before it on a year. It is
  marked ``relative``.
- A part of a year without its year (``за девять месяцев``, ``во втором
  квартале``) takes the year its paragraph named last; else the anchor's (for
  ``за N месяцев``, the latest year whose first N months have ended).

Matching is linear: every repeat is bounded and possessive, and the grammar
is one compiled pattern scanned once per paragraph.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import functools
import heapq
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import regex

from .. import cache
from ..errors import ParseError
from ..lexicon import morph
from ..lexicon.dates import alternation, day_words, modifiers, months, offset_units, weekdays
from ..model import DateMention, Granularity, Paragraph
from ..text.chars import readable_digits
from ..text.doc import Doc, iter_words_in, spaced_word_after, words_in

__all__ = ["extract_dates", "parse_date", "run"]

# Small closed sets: ordinal stems of quarters and halves, Roman numerals,
# and the count words used with "месяцев"/"лет".
_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_COUNT_WORDS = {
    "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11,
    "двенадцать": 12, "двенадцати": 12, "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20, "двадцати": 20,
    "две": 2, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "пару": 2,
}  # fmt: skip

_OFFSET_GRANULARITY: dict[str, Granularity] = {"d": "day", "w": "day", "m": "month", "y": "year"}
# "на днях" covers the week up to the article's date.
_LATELY_DAYS = 7
# The word after "накануне", and the parts of speech that make it a genitive phrase.
_NOMINAL = frozenset({"NOUN", "ADJF", "NUMR", "NPRO", "PRTF"})
_POSSESSIVES = frozenset({"его", "её", "ее", "их"})
# The clause around a weekday, read for the tense of its verbs: up to a sentence or clause break.
_CLAUSE_REACH = 80
_CLAUSE_BREAK_RE = cache.pattern(r"[.!?;:,\n\r«»\"]")
# "по 20 сентября 2019" after "с 17 марта 2014": the end of a span the grammar read in two parts.
_RANGE_END_RE = cache.pattern(r"\s{1,3}+(?:по|до)\s{1,3}+\d", regex.IGNORECASE)

# Weekday stems (any case: "в среду", "в прошлую пятницу"), for the cheap trigger and anchor scans.
_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
# Words before "с" that make it "compared with" or "along with", not "since": "по сравнению с 2019 годом".
_NOT_SINCE_RE = cache.pattern(
    r"(?:сравнению|сравнении|наряду|вместе|связи|одновременно)\s{1,3}+\Z", regex.IGNORECASE
)

# Prepositions that may open an expression and belong to its surface ("к 2030 году").
_PREPOSITIONS = r"(?:в|во|к|ко|за|на|с|со|до|по|после|от|около|между)"

# Seasons as months: spring is March to May; winter runs from December of the
# year before ("зимой 2025 года" is December 2024 to February 2025).
_SEASON_MONTHS = {"весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 2)}
_SEASONS = {
    form: _SEASON_MONTHS[stem]
    for stem, forms in (
        ("весн", ("весна", "весны", "весне", "весну", "весной")),
        ("лет", ("лето", "лета", "летом")),
        ("осен", ("осень", "осени", "осенью")),
        ("зим", ("зима", "зимы", "зиме", "зиму", "зимой")),
    )
    for form in forms
}

# Adjective endings that a relative modifier stem takes ("прошл|ом", "эт|от").
_ADJ_END = r"(?:ого|его|ому|ему|ом|ем|ый|ий|ой|ым|им|ая|яя|ую|юю|ей|ое|ее|ые|ие|ых|их|от)"


def _fragments() -> dict[str, str]:
    """The named fragments the grammar refers to as ``(?&NAME)``, each inlined where used."""
    full, abbr = months()
    counts = alternation(_COUNT_WORDS)
    return {
        "S": r"\s{1,3}+",  # a word gap (NBSP and thin spaces included)
        "DASH": r"\s{0,3}+ [-–—‒] \s{0,3}+",  # a range dash, spaced or not
        "TO": r"(?&DASH) | (?&S) (?:по|до) (?&S)",  # "20–21", "с 1 по 15", "с января по март"
        "NE": r"(?![\p{L}\p{N}])",  # end of a word
        "Y4": r"(?<!\d) (?:1[89]|20|21) \d\d (?!\d)",  # a four-digit year, 1800-2199
        "YSING": r"год (?:ом|а|у|е)?+ (?&NE) | г\. | г (?&NE)",  # "году", "г."
        "YPLUR": r"год (?:ами|ам|ах|ов|ы) (?&NE) | гг\. | гг (?&NE)",  # "годы", "гг."
        "ORD": r"-? (?:го|й|м|х) (?&NE)",  # "2025-м", "1-го"
        "MON": rf"{alternation(full)} (?&NE)",
        "MONA": rf"{alternation(abbr)} (?: \. | (?&NE) )",
        "COUNT": rf"\d{{1,2}} (?!\d) | {counts} (?&NE)",
        # A time of day after a date: "5 августа 2014 г. в 12:00", "11.03.2024, 20:30".
        "TIME": r"(?: ,?+ \s{1,3}+ (?: в \s{1,3}+ )?+ (?:[01]?\d|2[0-3]) : [0-5]\d (?!\d) )?+",
    }


_FRAGMENT_REF_RE = cache.pattern(r"\(\?&(\w++)\)")


def _inline(source: str, fragments: dict[str, str]) -> str:
    """Replace every ``(?&NAME)`` by its fragment: subroutine calls make each match several times slower."""
    for _ in range(len(fragments)):
        if "(?&" not in source:
            break
        source = _FRAGMENT_REF_RE.sub(lambda m: "(?:" + fragments[m[1]] + ")", source)
    return source


def _grammar() -> str:
    """Assemble the date grammar from named fragments (see the module facts)."""
    mods = alternation(modifiers())
    days = alternation(day_words())
    seasons = alternation(_SEASONS)
    weekday_forms = alternation(weekdays()[0])
    units = alternation(offset_units()[0])
    return rf"""
    # A governing preposition belongs to the expression ("к 2030 году").
    (?<![\p{{L}}\p{{N}}])
    (?: (?P<prep> {_PREPOSITIONS} ) (?&S) )?
    (?:
      # "11.03.2024", "11.03.2024г.", "14.09.19" (day.month.year)
      (?<![\d.,]) (?P<nd>\d{{1,2}}) \. (?P<nm>\d{{1,2}}) \. (?P<ny>(?:1[89]|20|21)\d\d|\d\d) (?!\d|[.,]\d)
        (?: \s{{0,3}}+ (?: года | году | г\. | г (?&NE) ) )?+ (?&TIME)
    | # "2025-12-03", "2025-11-04T10:38" (ISO)
      (?<![\d.-]) (?P<iy>(?:19|20|21)\d\d) - (?P<im>[01]\d) - (?P<id>[0-3]\d) (?!\d)
    | # "2025–2027 годы", "2016-2017 гг.", "с 2025 по 2027 год"
      (?P<ya>(?&Y4)) (?&ORD)?+ (?&TO) (?P<yb>(?&Y4)) (?&ORD)?+
        \s{{0,3}}+ (?: (?&YPLUR) | (?&YSING) )
    | # "1990-х годов", "в 2020-е годы"
      (?P<dec>(?:1[89]|20|21)\d0) -? (?:ые|ых|ми|е|х|м) (?&NE) (?: (?&S) (?&YPLUR) )?+
    | # "20–21 октября", "30 сентября – 2 октября 2025 года", "21 октября 2025 года", "3 дек",
      # "с 1 по 15 января"
      (?<![\d.,])
      (?:
        (?P<d1>\d{{1,2}}) (?!\d) (?&ORD)?+ (?: (?&S) (?P<m1>(?&MON)) )?+ (?&TO)
        (?P<d2>\d{{1,2}}) (?!\d) (?&ORD)?+ (?&S) (?P<m2>(?&MON)|(?&MONA))
      | (?P<d0>\d{{1,2}}) (?!\d) (?&ORD)?+ (?&S) (?P<m0>(?&MON)|(?&MONA))
      )
      (?: ,?+ (?&S) (?&YREF) )?+ (?&TIME)
    | # "январь-октябрь", "январе–сентябре 2025 года", "июль 2023 - июнь 2024", "с января по март"
      (?P<ma>(?&MON)) (?: (?&S) (?P<mya>(?&Y4)) (?: \s{{0,3}}+ (?&YSING) )?+ )?+ (?&TO) (?P<mb>(?&MON))
      (?: (?&S) (?&YREF) )?+
    | # "к концу 2026 года", "в начале года", "на конец августа", "в середине ноября прошлого года"
      (?P<part> конец | конц(?:ом|а|е|у) | начал(?:ом|о|а|е|у) | середин(?:ой|а|е|у|ы) ) (?&S)
      (?: (?P<pm>(?&MON)) (?: (?&S) (?&YREF) )?+ | (?&YREF) | (?P<pthis> года | месяца ) (?&NE) )
    | # "в первом квартале 2025 года", "II квартал", "3-м квартале прошлого года"
      (?: (?P<qw> перв|втор|трет|четв[её]рт ) \p{{L}}{{1,4}}+ | (?P<qd>[1-4]) (?!\d) (?&ORD)?+ | (?P<qr> iv|iii|ii|i ) )
      (?&S) квартал (?:ами|ом|ам|ах|ов|ы|а|у|е)?+ (?&NE) (?: (?&S) (?&YREF) )?+
    | # "первом полугодии 2012 года", "во втором полугодии"
      (?: (?P<hw> перв|втор ) \p{{L}}{{1,4}}+ | (?P<hd>[12]) (?!\d) (?&ORD)?+ | (?P<hr> ii|i ) )
      (?&S) полугоди (?:ями|ем|ях|ям|е|я|ю|и) (?&NE) (?: (?&S) (?&YREF) )?+
    | # "в первой половине 2025 года", "во второй половине года" (never "вторая половина дня")
      (?P<hw> перв|втор ) \p{{L}}{{1,4}}+ (?&S) половин (?:ой|е|у|а|ы) (?&NE)
      (?&S) (?: (?&YREF) | (?P<hthis> года ) (?&NE) )
    | # "летом 2024 года", "весной", "зимой прошлого года", "прошлым летом", "этой зимой"
      (?: (?P<smod> {mods} ) {_ADJ_END} (?&S) )?+ (?P<season> {seasons} ) (?&NE) (?: (?&S) (?&YREF) )?+
    | # "неделю назад", "три месяца назад", "двое суток назад", "через 8 месяцев", "спустя 2 дня",
      # "2 дня спустя" (never "через год после аварии": that counts from the event)
      (?P<ofwd> через | спустя ) (?&S) (?: (?P<ofn>(?&COUNT)|полтора|полторы) (?&S) )?+ (?P<ofu>{units}) (?&NE)
        (?! (?&S) после (?&NE) )
    | (?: (?P<ofn>(?&COUNT)|полтора|полторы) (?&S) )?+ (?P<ofu>{units}) (?&S) (?: тому (?&S) )?+
        (?P<ofago> назад | спустя ) (?&NE)
    | # "за 10 месяцев прошлого года", "за первые девять месяцев 2024 года", "за девять месяцев"
      (?: (?P<nfirst> перв (?:ые|ых) ) (?&S) )?+ (?P<nmon>(?&COUNT)) (?&S) месяц (?:ев|а|ы)?+ (?&NE)
        (?: (?&S) (?&YREF) )?+
    | # "в октябре", "в сентябре минувшего года", "июль 2024"
      (?P<mon>(?&MON)) (?: (?&S) (?&YREF) )?+
    | # "в 2025 году", "2026 год", "2025г.", "в 2025-м году", and "в 2024-м", "2025-го" alone
      (?P<y1>(?&Y4)) (?: (?&ORD)?+ \s{{0,3}}+ (?&YSING) | - (?:м|го|му) (?&NE) )
    | # "во вторник", "в прошлую пятницу", "в среду, 7 сентября"
      (?: (?P<wmod> {mods} | ближайш ) {_ADJ_END} (?&S) )?+ (?P<wd> {weekday_forms} ) (?&NE)
        (?: ,?+ (?&S) (?P<wdd>\d{{1,2}}) (?!\d) (?&S) (?P<wdm>(?&MON)) (?: ,?+ (?&S) (?&YREF) )?+ )?+
    | # "в минувшие выходные", "в эти выходные", "в выходные"
      (?: (?P<wemod> {mods} | ближайш ) (?: {_ADJ_END} | и ) (?&S) )?+ (?P<weekend> выходн (?:ые|ых|ым|ыми) ) (?&NE)
    | # "накануне" (not "накануне выборов"), "на днях"
      (?P<eve> накануне ) (?&NE)
    | (?P<lately> днях ) (?&NE)
    | # "в прошлом году", "за этот год", "на прошлой неделе", "в следующем месяце"
      (?P<rmod>{mods}) {_ADJ_END} (?&S)
        (?P<runit> год (?:ом|а|у|е)?+ | месяц (?:ем|а|у|е)?+ | недел (?:ей|е|ю|и|я) ) (?&NE)
    | # "годом ранее", "год назад"
      (?P<ago> год (?:ом)?+ ) (?&S) (?:назад|ранее|раньше) (?&NE)
    | # "в ближайшие годы" (open-ended), "в ближайшие 5 лет"
      ближайш (?:ие|их) (?&S) (?: (?P<nnear>(?&COUNT)) (?&S) )?+
        (?P<nearunit> год (?:ами|ах|ам|ов|ы|а) | лет | месяц (?:ами|ах|ам|ев|ы|а) ) (?&NE)
    | # "за последние 10 лет", "за последние три года"
      последни (?:е|х) (?&S) (?P<nlast>(?&COUNT)) (?&S) (?P<lastunit> лет | год (?:а|ов) | месяц (?:ев|а) ) (?&NE)
    | # "вчера", "сегодня"
      (?P<dw>{days}) (?&NE)
    )
    """


def _yref() -> str:
    """The year reference that may follow a period: "2025 года", "2025", "прошлого года"."""
    mods = alternation(modifiers())
    return rf"""(?:
        (?P<y>(?&Y4)) (?&ORD)?+ (?: \s{{0,3}}+ (?&YSING) )?+
      | (?P<ymod>{mods}) {_ADJ_END} (?&S) год (?:ом|а|у|е)?+ (?&NE)
    )"""


@functools.cache
def _date_re() -> regex.Pattern[str]:
    """Compile the grammar once, on first use."""
    # Captures inside a subroutine call are not kept, so the year reference is inlined.
    source = _inline(_grammar(), {"YREF": _yref(), **_fragments()})
    return cache.pattern(source, regex.VERBOSE | regex.IGNORECASE | regex.V0)


@functools.cache
def _trigger_re() -> regex.Pattern[str]:
    """
    Match the opening of every alternative of the grammar, cheaply.

    Each branch is a loose prefix of one or more grammar alternatives. The
    full grammar is only tried where a trigger starts (or at the preposition
    just before it), so plain prose is skipped at the speed of this pattern.
    """
    full, abbr = months()
    mon = alternation(set(full) | set(abbr))
    counts = alternation(_COUNT_WORDS)
    weekday_stems = alternation(_WEEKDAYS)
    return cache.pattern(
        rf"""
        (?<![\p{{L}}\p{{N}}])
        (?:
            (?:1[89]|20|21) \d\d (?!\d)                              # a year
          | \d{{1,2}} (?!\d) (?: \.\d | -?(?:го|й|м|х)?+ \s{{0,3}}+
                (?: [-–—‒] | по\s | до\s | {mon} | квартал | полугод | месяц | дн | ден | недел | сут | лет | год ) )
          | {mon} (?![\p{{L}}\p{{N}}])                                  # a month
          | (?:{alternation(modifiers())}|ближайш) (?:{_ADJ_END}|и) \s{{1,3}}+
                (?:год|месяц|недел|выходн|{weekday_stems}|{alternation(_SEASONS)})  # "прошлом году", "прошлым летом"
          | (?:{weekday_stems}) | выходн | накануне | днях | через\s | спустя\s    # "в среду", "через год"
          | (?:{counts}|полтора|полторы) \s{{1,3}}+ (?:дн|ден|недел|сут|лет|год)  # "двое суток назад"
          | (?:недел|месяц|год|лет|сут|дн|ден|полгода) \p{{L}}{{0,4}}+ \s{{1,3}}+ (?:тому\s{{1,3}}+)?+ (?:назад|спустя)
          | (?:конец|конц|начал|середин) \p{{L}}{{0,2}}+ \s                 # "к концу"
          | (?:перв|втор|трет|четв[её]рт) \p{{L}}{{1,4}}+ \s{{1,3}}+ (?:квартал|полугод|половин|\d|{counts})
          | {alternation(_SEASONS)} (?![\p{{L}}\p{{N}}])                    # "летом"
          | (?:iv|i{{1,3}}) \s{{1,3}}+ (?:квартал|полугод)                # "II квартал"
          | {counts} \s{{1,3}}+ месяц                                     # "девять месяцев"
          | год (?:ом)?+ \s{{1,3}}+ (?:назад|ранее|раньше)              # "год назад"
          | ближайш | последни[ех] \s
          | {alternation(day_words())} (?![\p{{L}}\p{{N}}])              # "вчера"
        )
        """,
        regex.IGNORECASE | regex.VERBOSE | regex.V0,
    )


# The preposition that ends right before a trigger.
_PREP_TAIL_RE = cache.pattern(rf"(?<![\p{{L}}\p{{N}}]){_PREPOSITIONS}\s{{1,3}}+\Z", regex.IGNORECASE)


# A number in running text: with the words of the article's tokenisation, what may open an expression.
_NUMBER_RE = re.compile(r"\d+")


def _openers(text: str, start: int, hi: int, end: int) -> Iterator[tuple[int, str]]:
    """
    The words (from the article's one tokenisation) and the numbers of ``text[start:end]`` that start
    before *hi*, in order.
    """
    words = ((w.start, w.text) for w in iter_words_in(text, start, end))
    numbers = ((m.start(), m.group()) for m in _NUMBER_RE.finditer(text, start, hi))
    return heapq.merge(words, numbers)


@functools.cache
def _trigger_words() -> tuple[frozenset[str], frozenset[str]]:
    """
    Return the four-letter prefixes of long words, and the short words, that may open an expression.

    A word of four letters or more is a candidate when its first four letters
    are in the first set; a shorter word when it is in the second.
    """
    full, abbr = months()
    mods = modifiers()
    words = {
        *full,
        *abbr,
        *day_words(),
        *_COUNT_WORDS,
        *_ROMAN,
        *_SEASONS,
        *("конец", "конц", "начал", "середин", "перв", "втор", "трет", "четв", "год", "годом", "ближайш", "последни"),
        *weekdays()[0],
        *offset_units()[0],
        *("выходные", "выходных", "накануне", "днях", "через", "спустя", "полтора", "полторы", "неделю"),
        *("ближайшую", "ближайший", "ближайшее", "ближайшие", "эти"),
        # Short modifier stems take their endings ("эт" -> "этом", "этот").
        *(stem + end for stem in mods for end in _ADJ_END.strip("(?:)").split("|")),
    }
    return frozenset(w[:4] for w in words if len(w) >= 4), frozenset(w for w in words if len(w) < 4)


# Every expression holds an anchor (a digit, a month, a unit such as "год" or
# "квартал", a season or a day word) at most this many characters after the
# word that opens it: "в ближайшие двенадцать месяцев" is the longest shape.
_ANCHOR_REACH = 48
_DIGIT_RE = re.compile(r"\d")


@functools.cache
def _anchors() -> tuple[str, ...]:
    """Return the lower-case substrings of which every expression holds at least one (besides digits)."""
    full, _ = months()
    # Abbreviated months ("3 дек") only follow a day number, itself an anchor.
    stems: set[str] = set(day_words()) | {"год", "месяц", "недел", "квартал", "полугод", "половин", "лет"}
    stems |= {*_WEEKDAYS, "выходн", "накануне", "днях", "дне", "дня", "день", "сут"}
    for group in (
        *({w for w, n in full.items() if n == month} for month in set(full.values())),
        *({w for w, b in _SEASONS.items() if b == bounds} for bounds in set(_SEASONS.values())),
    ):
        first, last = min(group), max(group)
        n = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
        prefix = first[:n]
        stems |= {prefix} if len(prefix) >= 3 else group
    # A stem that holds a shorter one adds nothing.
    return tuple(sorted(w for w in stems if not any(o != w and o in w for o in stems)))


def _anchor_spots(text: str, low: str) -> list[int]:
    """Return the sorted positions in *text* where an anchor starts."""
    spots: list[int] = []
    for stem in _anchors():
        at = low.find(stem)
        while at >= 0:
            spots.append(at)
            at = low.find(stem, at + 1)
    spots.extend(m.start() for m in _DIGIT_RE.finditer(text))
    spots.sort()
    return spots


def _scan(text: str, start: int, end: int, spots: Sequence[int] | None = None) -> list[regex.Match[str]]:
    """
    Find the grammar's matches in ``text[start:end]``, left to right, without overlaps.

    *spots* are the anchor positions of the whole text (see
    :func:`_anchor_spots`): only the words shortly before one are tried.
    Without them every word is.
    """
    pattern = _date_re()
    triggers = _trigger_re()
    long_words, short_words = _trigger_words()
    if spots is None:
        windows = [(start, end)]
    else:
        windows = []
        for at in spots[bisect.bisect_left(spots, start) : bisect.bisect_left(spots, end)]:
            lo = max(start, at - _ANCHOR_REACH)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], at + 1)
            else:
                windows.append((lo, at + 1))
    out: list[regex.Match[str]] = []
    pos = start
    for lo, hi in windows:
        for at, word in _openers(text, max(lo, pos), hi, end):
            if at >= hi:
                break
            if at < pos:
                continue
            if at > start and (text[at - 1].isalnum() or text[at - 1] == "_"):
                continue  # inside a token ("5кг", "А5") or cut by the window: only whole ones open an expression
            if not word[0].isdigit():
                if len(word) >= 4:
                    if word[:4].lower() not in long_words:
                        continue
                elif word.lower() not in short_words:
                    continue
            if triggers.match(text, at, end) is None:
                continue
            m = None
            prep = _PREP_TAIL_RE.search(text, max(pos, at - 10), at)
            if prep is not None:
                m = pattern.match(text, prep.start(), end)
            if m is None:
                m = pattern.match(text, at, end)
            if m is not None and m.end() > m.start():
                out.append(m)
                pos = m.end()
                if pos >= hi:
                    break
    return out


class _Resolved(NamedTuple):
    value: _dt.date | None
    high: _dt.date | None
    granularity: Granularity
    relative: bool = False
    open_ended: bool = False


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_no(word: str) -> int:
    form = word.lower().rstrip(".")
    full, abbr = months()
    return full.get(form) or abbr[form]


def _year_of(m: regex.Match[str], anchor: _dt.date | None) -> tuple[int | None, bool, bool]:
    """Read the trailing year reference: (year, stated, relative)."""
    if m["y"]:
        return int(m["y"]), True, False
    if m["ymod"]:
        offset = modifiers()[m["ymod"].lower()]
        return (anchor.year + offset if anchor else None), True, True
    return None, False, False


# A month named without a year is taken in the twelve months from eight months
# before the article's month to three after it: news mostly reports the past,
# and looks ahead about a quarter.
_NEWS_MONTHS_BEFORE = 8
_NEWS_MONTHS_AFTER = 3


def _news_year(month: int, anchor: _dt.date) -> int:
    """
    The year a news reader gives *month* (with or without a day) when the text names none.

    The month is taken in the twelve months that run from eight months before
    the article's month to three months after it: in an October article
    ``30 апреля`` and ``в феврале`` are this year's, ``с 1 января`` is next
    year's.

    >>> _news_year(4, _dt.date(2025, 10, 22)), _news_year(1, _dt.date(2025, 10, 22))
    (2025, 2026)
    """
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        if -_NEWS_MONTHS_BEFORE <= (year - anchor.year) * 12 + month - anchor.month <= _NEWS_MONTHS_AFTER:
            return year
    return anchor.year  # pragma: no cover - the window spans twelve months


def _nearest_year(first_month: int, last_month: int, day1: int, day2: int | None, anchor: _dt.date) -> int:
    """The year, within one of the anchor's, that puts the span nearest to it."""
    best, best_gap = anchor.year, None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        lo = _dt.date(year, first_month, min(day1, calendar.monthrange(year, first_month)[1]))
        hi = _month_end(year, last_month) if day2 is None else _dt.date(year, last_month, day2)
        gap = 0 if lo <= anchor <= hi else min(abs((lo - anchor).days), abs((hi - anchor).days))
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


# --- resolution rules: each reads one alternative of the grammar -------------


def _numeric(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if m["iy"]:
        day = _dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
        return _Resolved(day, day, "day")
    if not m["nd"]:
        return None
    raw = m["ny"]
    year = int(raw)
    if len(raw) == 2:
        # Two-digit years (datelines such as "14.09.19"): the century nearest the anchor.
        base = anchor.year if anchor else 2000
        year = min((c + year for c in (base // 100 * 100 - 100, base // 100 * 100, base // 100 * 100 + 100)),
                   key=lambda y: abs(y - base))  # fmt: skip
    day = _dt.date(year, int(m["nm"]), int(m["nd"]))
    return _Resolved(day, day, "day")


def _year_range(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if m["ya"]:
        lo, hi = int(m["ya"]), int(m["yb"])
        return _Resolved(_dt.date(lo, 1, 1), _dt.date(hi, 12, 31), "year") if lo < hi else None
    if m["dec"]:
        lo = int(m["dec"])
        return _Resolved(_dt.date(lo, 1, 1), _dt.date(lo + 9, 12, 31), "decade")
    return None


def _day_month(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if m["d0"]:
        d1 = d2 = int(m["d0"])
        m1 = m2 = _month_no(m["m0"])
    elif m["d1"]:
        d1, d2 = int(m["d1"]), int(m["d2"])
        m2 = _month_no(m["m2"])
        m1 = _month_no(m["m1"]) if m["m1"] else m2
    else:
        return None
    year, stated, relative = _year_of(m, anchor)
    if not stated:
        if anchor is None:
            return _Resolved(None, None, "day", relative=True)
        year, relative = _tensed_year(m, _news_year(m1, anchor), (m1, d1), (m2, d2), anchor), True
    if year is None:
        return _Resolved(None, None, "day", relative=True)
    lo, hi = _dt.date(year, m1, d1), _dt.date(year, m2, d2)
    if hi < lo:
        hi = _dt.date(year + 1, m2, d2) if m2 < m1 else hi
    return _Resolved(lo, hi, "day", relative) if lo <= hi else None


def _months(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if m["ma"]:
        first, last = _month_no(m["ma"]), _month_no(m["mb"])
    elif m["mon"]:
        first = last = _month_no(m["mon"])
    else:
        return None
    year, stated, relative = _year_of(m, anchor)
    first_year = int(m["mya"]) if m["mya"] else None
    if not stated:
        if first_year is not None:
            return None
        if anchor is None:
            return _Resolved(None, None, "month", relative=True)
        if m["ma"]:
            # A run of months ("январь-октябрь") reports on the past: the latest one begun by the anchor.
            year = anchor.year if first <= anchor.month else anchor.year - 1
        else:
            year = _tensed_year(m, _news_year(first, anchor), (first, 1), (last, 28), anchor)
        relative = True
    if year is None:
        return _Resolved(None, None, "month", relative=True)
    lo_year = first_year if first_year is not None else (year if first <= last else year - 1)
    lo, hi = _dt.date(lo_year, first, 1), _month_end(year, last)
    return _Resolved(lo, hi, "month", relative) if lo <= hi else None


def _part(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if not m["part"]:
        return None
    # "конец" is December (or the month named), "начало" January, "середина" June-July.
    kind = m["part"][:3].lower()
    if m["pm"]:
        month = _month_no(m["pm"])
        year, stated, relative = _year_of(m, anchor)
        if not stated:
            if anchor is None:
                return _Resolved(None, None, "month", relative=True)
            year, relative = _news_year(month, anchor), True
        if year is None:
            return _Resolved(None, None, "month", relative=True)
        return _Resolved(_dt.date(year, month, 1), _month_end(year, month), "month", relative)
    if m["pthis"]:
        if anchor is None:
            return _Resolved(None, None, "month", relative=True)
        if m["pthis"].lower().startswith("месяц"):
            return _Resolved(anchor.replace(day=1), _month_end(anchor.year, anchor.month), "month", True)
        year, relative = anchor.year, True
    else:
        year_or_none, _, relative = _year_of(m, anchor)
        if year_or_none is None:
            return _Resolved(None, None, "month", relative=True)
        year = year_or_none
    first, last = {"кон": (12, 12), "нач": (1, 1), "сер": (6, 7)}[kind]
    return _Resolved(_dt.date(year, first, 1), _month_end(year, last), "month", relative)


def _part_of_year(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    gran: Granularity
    if m["qw"] or m["qd"] or m["qr"]:
        if m["qw"]:
            n = _ORDINALS[m["qw"][:4].lower().replace("ё", "е")]
        else:
            n = int(m["qd"]) if m["qd"] else _ROMAN[m["qr"].lower()]
        first, last, gran = 3 * n - 2, 3 * n, "quarter"
    elif m["season"]:
        return _season(m, anchor)
    elif m["hw"] or m["hd"] or m["hr"]:
        if m["hw"]:
            n = _ORDINALS[m["hw"][:4].lower()]
        else:
            n = int(m["hd"]) if m["hd"] else _ROMAN[m["hr"].lower()]
        first, last, gran = 6 * n - 5, 6 * n, "half"
    elif m["nmon"]:
        n = _count(m["nmon"])
        if not 1 <= n <= 12:
            return None
        first, last, gran = 1, n, "month"
    else:
        return None
    year, stated, relative = _year_of(m, anchor)
    if not stated:
        if m["nmon"] and not (m["nfirst"] or (m["prep"] or "").lower() == "за"):
            return None  # "в течение трех месяцев" is a duration, not January to March
        year, relative = _year_of_period(last, anchor) if m["nmon"] else (anchor.year if anchor else None), True
    if year is None:
        return _Resolved(None, None, gran, relative=True)
    return _Resolved(_dt.date(year, first, 1), _month_end(year, last), gran, relative)


def _year_of_period(last_month: int, anchor: _dt.date | None) -> int | None:
    """The year of "за девять месяцев" with no year: the latest whose months have ended by the anchor's month."""
    if anchor is None:
        return None
    return anchor.year if last_month < anchor.month else anchor.year - 1


def _season(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    first, last = _SEASONS[m["season"].lower()]
    year, stated, relative = _year_of(m, anchor)
    if m["smod"] and not stated:
        if anchor is None:
            return _Resolved(None, None, "month", relative=True)
        year, relative = _modified_season_year(first, last, modifiers()[m["smod"].lower()], anchor), True
    elif not stated:
        if anchor is None:
            return _Resolved(None, None, "month", relative=True)
        # The season nearest the anchor, judged by its last month.
        year, relative = _nearest_year(last, last, 1, None, anchor), True
    if year is None:
        return _Resolved(None, None, "month", relative=True)
    first_year = year - 1 if first > last else year
    return _Resolved(_dt.date(first_year, first, 1), _month_end(year, last), "month", relative)


def _this_season_year(first: int, last: int, anchor: _dt.date) -> int:
    """
    The year in which "этим летом" / "этой зимой" ends: the anchor's year; a winter, once past June, the next one.

    "Прошлым летом" and "следующей весной" move it by the modifier's offset
    (``date_modifiers.tsv``): in March 2025, "прошлым летом" is summer 2024.
    """
    if first > last and anchor.month > 6:
        return anchor.year + 1  # "этой зимой" said in the autumn: the coming winter
    return anchor.year


def _modified_season_year(first: int, last: int, offset: int, anchor: _dt.date) -> int:
    """
    The year in which a season with a modifier ends: "прошлым летом" (-1), "этой зимой" (0), "следующей осенью" (+1).

    "Прошлым летом" is the summer before this year's; "следующей осенью" is
    the next autumn not yet begun (in March, this year's).
    """
    this = _this_season_year(first, last, anchor)
    begins = _dt.date(this - 1 if first > last else this, first, 1)
    return this + offset - (1 if offset > 0 and begins > anchor else 0)


def _single_year(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if not m["y1"]:
        return None
    year = int(m["y1"])
    return _Resolved(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year")


def _weekday(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if not m["wd"]:
        return None
    forms, after_v = weekdays()
    form = m["wd"].lower()
    wd = forms[form]
    if m["wdd"]:
        return _weekday_date(m, anchor, wd)
    if form not in after_v or not (m["wmod"] or (m["prep"] or "").lower() in ("в", "во")):
        return None  # "окружающей среды", "в среде": a weekday is "в среду", "в прошлую пятницу"
    if anchor is None:
        return _Resolved(None, None, "day", relative=True)
    mod = (m["wmod"] or "").lower()
    monday = anchor - _dt.timedelta(days=anchor.weekday())
    if mod == "ближайш":
        day = anchor + _dt.timedelta(days=(wd - anchor.weekday()) % 7)  # the next one, today included
    elif mod:
        day = monday + _dt.timedelta(weeks=modifiers()[mod], days=wd)  # "в прошлую пятницу": last week's
    elif _future_clause(m.string, m.start(), m.end()):
        day = anchor + _dt.timedelta(days=(wd - anchor.weekday()) % 7)  # "в пятницу состоится": the next one
    else:
        day = anchor - _dt.timedelta(days=(anchor.weekday() - wd) % 7)  # the latest one, today included
    return _Resolved(day, day, "day", True)


def _future_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of the future: its verbs are future, none past."""
    return _clause_tense(text, start, end) == "futr"


def _tensed_year(
    m: regex.Match[str], year: int, first: tuple[int, int], last: tuple[int, int], anchor: _dt.date
) -> int:
    """
    Move a date written without a year across the anchor when its clause's tense says so.

    ``15 ноября состоялось`` in an October article is last November, ``30
    апреля пройдет`` next April: a past clause does not speak of a day after
    the article, nor a future one of a day before it.
    """
    tense = _clause_tense(m.string, m.start(), m.end())
    if tense == "futr" and _safe_day(year, *last) < anchor:
        return year + 1
    if tense == "past" and _safe_day(year, *first) > anchor:
        return year - 1
    return year


def _safe_day(year: int, month: int, day: int) -> _dt.date:
    return _dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _clause_tense(text: str, start: int, end: int) -> str | None:
    """ "futr" or "past" when the verbs of the clause around ``text[start:end]`` are all of that tense."""
    lo = max(0, start - _CLAUSE_REACH)
    hi = min(len(text), end + _CLAUSE_REACH)
    before = _CLAUSE_BREAK_RE.split(text[lo:start])[-1]
    after = _CLAUSE_BREAK_RE.split(text[end:hi])[0]
    words = [*words_in(text, start - len(before), start), *words_in(text, end, end + len(after))]
    tenses: set[str] = set()
    for w in (w.text for w in words if len(w.text) >= 3):
        parses = morph.parse(w.lower())
        if parses and parses[0].tag.POS == "INFN":
            return None  # "согласились увеличить добычу с ноября": the date may be the infinitive's
        if parses and parses[0].tag.POS == "VERB" and parses[0].tag.tense:
            tenses.add(str(parses[0].tag.tense))
    return next(iter(tenses)) if len(tenses & {"futr", "past"}) == 1 and "pres" not in tenses else None


def _weekday_date(m: regex.Match[str], anchor: _dt.date | None, wd: int) -> _Resolved | None:
    """ "в среду, 7 сентября": the date, in the year near the anchor where the weekday agrees."""
    day, month = int(m["wdd"]), _month_no(m["wdm"])
    year, stated, relative = _year_of(m, anchor)
    if not stated and anchor is not None:
        base = _news_year(month, anchor)
        agrees = [y for y in (base, base - 1, base + 1) if _weekday_of(y, month, day) == wd]
        year, relative = (agrees[0] if agrees else base), True
    if year is None:
        return _Resolved(None, None, "day", relative=True)
    date = _dt.date(year, month, day)
    return _Resolved(date, date, "day", relative)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return _dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _weekend(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    if not m["weekend"]:
        return None
    if anchor is None:
        return _Resolved(None, None, "day", relative=True)
    mod = (m["wemod"] or "").lower()
    if mod and mod != "ближайш":
        offset = modifiers()[mod]
    else:
        # Plain "в выходные" on a Monday or Tuesday is the weekend just gone, unless its clause is future.
        gone = not mod and anchor.weekday() <= 1 and not _future_clause(m.string, m.start(), m.end())
        offset = -1 if gone else 0
    saturday = anchor - _dt.timedelta(days=anchor.weekday()) + _dt.timedelta(weeks=offset, days=5)
    return _Resolved(saturday, saturday + _dt.timedelta(days=1), "day", True)


def _offset(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    """ "три месяца назад", "через год", "спустя 2 дня": so many units before or after the anchor."""
    if not m["ofu"]:
        return None
    units, alone = offset_units()
    word = m["ofu"].lower()
    unit = units[word]
    count = (m["ofn"] or "").lower()
    if not count and word not in alone:
        return None  # "сто лет назад", "несколько месяцев назад": no count we can read
    n = 1
    if count.startswith("полтор"):
        if unit != "y":
            return None  # "полтора месяца" is no whole number of units
        n, unit = 18, "m"
    elif count:
        n = _count(count)
    if word == "полгода":
        n, unit = 6, "m"
    gran = _OFFSET_GRANULARITY[unit]
    if anchor is None:
        return _Resolved(None, None, gran, relative=True)
    sign = 1 if m["ofwd"] or (m["ofago"] or "").lower() == "спустя" else -1
    if unit in "dw":
        day = anchor + _dt.timedelta(days=sign * n * (7 if unit == "w" else 1))
        return _Resolved(day, day, "day", True)
    if unit == "m":
        index = anchor.year * 12 + anchor.month - 1 + sign * n
        return _Resolved(_dt.date(index // 12, index % 12 + 1, 1), _month_end(index // 12, index % 12 + 1), gran, True)
    year = anchor.year + sign * n
    return _Resolved(_dt.date(year, 1, 1), _dt.date(year, 12, 31), gran, True)


def _governs_genitive(text: str, pos: int) -> bool:
    """Whether the word after *pos* is a genitive noun phrase ("накануне выборов", "накануне его визита")."""
    w = spaced_word_after(text, pos)
    if w is not None and w.text.lower() in _POSSESSIVES:
        w = spaced_word_after(text, w.end)  # "накануне его визита": the noun decides
    if w is None:
        return False
    parses = morph.parse(w.text.lower())
    if any("nomn" in p.tag for p in parses) or not parses:
        return False
    return any("gent" in p.tag and p.tag.POS in _NOMINAL for p in parses)


def _lately(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    """ "накануне": the day before the article's; "на днях": the week up to it."""
    if m["eve"]:
        if _governs_genitive(m.string, m.end()):
            return None
        if anchor is None:
            return _Resolved(None, None, "day", relative=True)
        day = anchor - _dt.timedelta(days=1)
        return _Resolved(day, day, "day", True)
    if not m["lately"] or (m["prep"] or "").lower() != "на":
        return None
    if anchor is None:
        return _Resolved(None, None, "day", relative=True)
    return _Resolved(anchor - _dt.timedelta(days=_LATELY_DAYS), anchor, "day", True)


def _relative(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    gran: Granularity
    if m["rmod"]:
        unit = m["runit"][:3].lower()
        gran = "year" if unit == "год" else "month" if unit == "мес" else "day"
        if anchor is None:
            return _Resolved(None, None, gran, relative=True)
        offset = modifiers()[m["rmod"].lower()]
        if unit == "год":
            year = anchor.year + offset
            return _Resolved(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", True)
        if unit == "мес":
            index = anchor.year * 12 + anchor.month - 1 + offset
            year, month = divmod(index, 12)
            return _Resolved(_dt.date(year, month + 1, 1), _month_end(year, month + 1), "month", True)
        # A week is a run of days, Monday to Sunday.
        monday = anchor - _dt.timedelta(days=anchor.weekday()) + _dt.timedelta(weeks=offset)
        return _Resolved(monday, monday + _dt.timedelta(days=6), "day", True)
    if m["ago"]:
        if anchor is None:
            return _Resolved(None, None, "year", relative=True)
        year = anchor.year - 1
        return _Resolved(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", True)
    if m["nearunit"]:
        gran = "month" if m["nearunit"].lower().startswith("мес") else "year"
        if anchor is None:
            return _Resolved(None, None, gran, relative=True, open_ended=not m["nnear"])
        if not m["nnear"]:
            return _Resolved(anchor, None, gran, relative=True, open_ended=True)
        n = _count(m["nnear"])
        if gran == "year":
            return _Resolved(anchor, _dt.date(anchor.year + n, 12, 31), "year", True)
        index = anchor.year * 12 + anchor.month - 1 + n
        return _Resolved(anchor, _month_end(index // 12, index % 12 + 1), "month", True)
    if m["lastunit"]:
        gran = "month" if m["lastunit"].lower().startswith("мес") else "year"
        if anchor is None:
            return _Resolved(None, None, gran, relative=True)
        n = _count(m["nlast"])
        if gran == "year":
            return _Resolved(_dt.date(anchor.year - n, 1, 1), anchor, "year", True)
        index = anchor.year * 12 + anchor.month - 1 - n
        return _Resolved(_dt.date(index // 12, index % 12 + 1, 1), anchor, "month", True)
    if m["dw"]:
        if anchor is None:
            return _Resolved(None, None, "day", relative=True)
        day = anchor + _dt.timedelta(days=day_words()[m["dw"].lower()])
        return _Resolved(day, day, "day", True)
    return None


# Tried in order; the first rule that recognises the match resolves it.
_RULES: tuple[Callable[[regex.Match[str], _dt.date | None], _Resolved | None], ...] = (
    _numeric,
    _year_range,
    _day_month,
    _months,
    _part,
    _part_of_year,
    _single_year,
    _weekday,
    _weekend,
    _offset,
    _lately,
    _relative,
)


def _resolve(m: regex.Match[str], anchor: _dt.date | None) -> _Resolved | None:
    """Resolve a grammar match, or ``None`` when it names no real date."""
    try:
        for rule in _RULES:
            resolved = rule(m, anchor)
            if resolved is not None:
                return resolved._replace(high=None, open_ended=True) if _since(m) else resolved
    except (ValueError, OverflowError, KeyError):
        return None
    return None


def _since(m: regex.Match[str]) -> bool:
    """ "с 2019 года", "с 1 января": from then on, with no stated end (not "по сравнению с 2019 годом")."""
    if (m["prep"] or "").lower() not in ("с", "со") or m["yb"] or m["d2"] or m["mb"]:
        return False
    if m[0].rstrip(".").lower().endswith(("ом", "ем", "ём")):
        return False  # "с 2019 годом": compared or together with
    if _RANGE_END_RE.match(m.string, m.end()):
        return False  # "с 4 мая 2012 по 11 октября 2018": a closed span
    return _NOT_SINCE_RE.search(m.string, max(0, m.start() - 20), m.start()) is None


def _takes_context_year(m: regex.Match[str]) -> bool:
    """A part of a year named without its year ("за девять месяцев", "во втором квартале")."""
    part = m["nmon"] or m["qw"] or m["qd"] or m["qr"] or m["hw"] or m["hd"] or m["hr"]
    return bool(part) and not (m["y"] or m["ymod"] or m["hthis"])


def _in_year(resolved: _Resolved, year: int) -> _Resolved:
    """Move a part of a year into *year*: the year the paragraph named last."""
    if resolved.value is None or resolved.high is None:
        return resolved
    return resolved._replace(
        value=_dt.date(year, resolved.value.month, 1), high=_month_end(year, resolved.high.month), relative=False
    )


def _mention(m: regex.Match[str], resolved: _Resolved) -> DateMention:
    return DateMention(
        start=m.start(),
        end=m.end(),
        surface=m[0],
        value=resolved.value,
        high=resolved.high,
        granularity=resolved.granularity,
        relative=resolved.relative,
        open_ended=resolved.open_ended,
    )


def extract_dates(
    text: str, paragraphs: Sequence[Paragraph], *, anchor: _dt.date | None = None
) -> tuple[DateMention, ...]:
    """
    Find every time expression in the text paragraphs of *text*, resolved.

    Only ``body``, ``title`` and ``subheading`` paragraphs are read; header
    lines (credits, authors, sources, datelines) are skipped.

    Args:
        text: The whole document, exactly as given to
            :meth:`kzaz_corpus.Article.from_text`.
        paragraphs: Its classified lines (see :func:`kzaz_corpus.stages.header.parse_header`).
        anchor: The article's date, used to resolve relative expressions
            (``в прошлом году``) and dates written without a year. Without
            it, such expressions get ``value=None``.

    Returns:
        The mentions, sorted by ``start``, with absolute offsets into *text*.

    >>> t = "В прошлом году экспорт вырос, а к 2030 году удвоится."
    >>> ds = extract_dates(t, (Paragraph(0, len(t)),), anchor=_dt.date(2025, 10, 21))
    >>> [(d.surface, d.value.isoformat(), d.high.isoformat()) for d in ds]
    [('В прошлом году', '2024-01-01', '2024-12-31'), ('к 2030 году', '2030-01-01', '2030-12-31')]

    .. versionadded:: 0.1.0
    """
    return run(Doc(text, paragraphs), anchor=anchor)


def run(doc: Doc, *, anchor: _dt.date | None = None) -> tuple[DateMention, ...]:
    """
    The dates stage: every time expression of *doc*, resolved against *anchor* (the article's date).

    Reads the document's text, its lower-case form and its paragraphs.

    >>> [d.surface for d in run(Doc("Встреча прошла 5 мая."), anchor=None)]
    ['5 мая']
    """
    text, low = readable_digits(doc.text), readable_digits(doc.lower)
    found: list[DateMention] = []
    # Lower-casing a rare letter (such as "İ") moves offsets: then every word is tried.
    spots = _anchor_spots(text, low) if len(low) == len(text) else None
    for p in doc.body:
        context_year: int | None = None
        for m in _scan(text, p.start, p.end, spots):
            resolved = _resolve(m, anchor)
            if resolved is None:
                continue
            if context_year is not None and _takes_context_year(m):
                resolved = _in_year(resolved, context_year)
            elif resolved.value is not None and not resolved.relative and resolved.granularity != "decade":
                context_year = resolved.value.year
            found.append(_mention(m, resolved))
    found.sort(key=lambda d: (d.start, d.end))
    return doc.exact(found, "surface")


def parse_date(text: str, *, anchor: _dt.date | None = None) -> DateMention:
    """
    Read exactly one time expression (surrounding white space allowed).

    Args:
        text: The expression, e.g. ``"21 октября 2025 года"``.
        anchor: The date that relative expressions are resolved against.

    Returns:
        The resolved :class:`~kzaz_corpus.model.DateMention`, with offsets into *text*.

    Raises:
        ParseError: if *text* is not one time expression naming a real date.

    >>> d = parse_date("первом полугодии 2012 года")
    >>> d.granularity, d.value.isoformat(), d.high.isoformat()
    ('half', '2012-01-01', '2012-06-30')
    >>> parse_date("вчера", anchor=_dt.date(2025, 10, 22)).value
    datetime.date(2025, 10, 21)
    >>> parse_date("в ближайшие годы", anchor=_dt.date(2025, 10, 22)).open_ended
    True

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date expects str, got {type(text).__name__}")
    text = readable_digits(text)
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    m = _date_re().fullmatch(text, start, end)
    if m is None:
        raise ParseError(f"expected one date expression, got {text[:80]!r}", text=text, pos=start)
    resolved = _resolve(m, anchor)
    if resolved is None:
        raise ParseError(f"expected a real calendar date, got {text[start:end][:80]!r}", text=text, pos=start)
    return _mention(m, resolved)
