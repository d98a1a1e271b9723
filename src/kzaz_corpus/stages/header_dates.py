"""
Publication dates on the header lines of real pages.

Facts (the rules in *What counts*, "The header is not the body"):

- Pages state the publication date in many forms at the top, before the body:
  ``12 марта 2024, 09:40``, ``16:05 03/02/2021``, ``Опубликовано 19 май
  2019.``, ``• 4 августа, 2024 • 11:30``, ``Outlet | 21.06.2016 |``,
  ``03.11.17``, ``от 15.02.2024 10:12``, ``ноябрь 20, 2025``,
  ``2023-11-1 13:53``. A date counts when it stands on a short line of its
  own, with at most a few words of metadata around it (an outlet, a rubric, a
  view count, ``Опубликовано``), or opens a line together with a time of day
  (``2010-03-20 13:20 Заголовок``) or in square brackets (``[17.05.2003]
  Заголовок``; a year typed with the letter O, ``2OO3``, reads as ``2003``).
  A short date line within two lines under a headline that ends like a
  sentence (``Кто победит?``) is still the page's stamp. A date at the end of a long caption
  (``Здание банка - Агентство, 1600, 08.03.2025``) dates the photo.
- ``Обновлено`` / ``Изменено`` / ``Updated`` / ``Modified`` dates are not the
  publication date.
- A site's today widget is not the article date: a date without a time of day
  within two lines of a weather reading (``+6°``, ``-19 C``) or currency
  rates (``USD 93.29``), or a date opened by a weekday name above the
  headline (``Суббота, 20 апреля 2024`` atop the page; under the headline,
  next to a view count, it is the article's).
- A run of date lines with different dates (an archive calendar: ``23 января
  2026``, ``22 января 2026``, …) dates nothing.
- A month without a day (``Сентябрь 2020``) is not a date of publication.
- A date run into a headline's words (``Выборы пройдут 18 мая 2025 года``)
  is the event's date, not the publication date.
- A dateline without a year (``АЛМАТЫ, 14 мар — Агентство.``) takes its year
  from elsewhere in the header: a full date there with the same day and month
  (a caption's ``07.02.2025`` for ``7 фев``), else the first year a header
  line names with ``год``/``г.`` (not a deadline after ``к``/``до``); with
  no year in the header, a full date of the same day and month in the first
  body lines (``14 марта 2025 года``) gives it.
- English and Latvian month names are read on a date line (``March 12,
  2024``, ``12 Mar 2024``, ``2025. gada 19. aprīlis``), never in the body;
  so are a year first with dots or slashes (``2024.03.12``, ``2024/03/12``).
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence

import regex

from .. import cache
from ..lexicon.dates import alternation, header_months, months
from ..lexicon.tables import read_table
from ..text.chars import DEGREE, HSPACE, readable_digits

__all__ = ["HeaderDate", "dateline_year", "full_year", "line_date", "pick_date", "safe_date", "same_day_year"]

_HS = HSPACE[:-1] + "\ufeff]"


def safe_date(y: int, m: int, d: int) -> _dt.date | None:
    """
    Return the calendar date, or ``None`` when it does not exist.

    >>> safe_date(2025, 2, 30) is None
    True
    """
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def full_year(raw: str) -> int:
    """
    Read a written year: two digits mean this century.

    >>> full_year("17"), full_year("2017")
    (2017, 2017)
    """
    y = int(raw)
    return y + 2000 if len(raw) == 2 else y


_TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?+"


@functools.cache
def _date_re() -> regex.Pattern[str]:
    """A full date in any header form, with an optional time of day glued before it ("10:2217.06.2023")."""
    full, abbr = months()
    mon = alternation({*full, *abbr, *header_months()})
    return cache.pattern(
        rf"""
        (?<![\d.:/-])
        (?: (?P<t0>{_TIME}) {_HS}*+ )?+
        (?:
            (?P<d>\d{{1,2}}) (?!\d) {_HS}++ (?P<mon>{mon}) (?![\p{{L}}]) \.?+ (?:{_HS}*+,)?+ {_HS}++
              (?P<y>(?:19|20)\d\d) (?!\d) (?:{_HS}*+(?:года|г\.|г(?![\p{{L}}])))?+
          | (?P<mon2>{mon}) (?![\p{{L}}]) (?:\.|{_HS}++) (?P<d2>\d{{1,2}}) (?!\d) (?:,|\.)?+ {_HS}*+
              (?P<y2>(?:19|20)\d\d) (?!\d)
          | (?P<nd>\d{{1,2}}) (?P<sep>[./-]) (?P<nm>\d{{1,2}}) (?P=sep) (?P<ny>(?:19|20)\d\d|\d\d) (?![\d]|[.,]\d)
              (?:{_HS}*+г\.?+)?+
          | (?P<ly>(?:19|20)\d\d) \.?+ {_HS}++ gada {_HS}++ (?P<ld>\d{{1,2}}) \. {_HS}*+ (?P<lmon>{mon}) (?![\p{{L}}])
          | (?P<iy>(?:19|20)\d\d) (?P<isep>[-./]) (?P<im>\d{{1,2}}) (?P=isep) (?P<id>\d{{1,2}}) (?!\d)
              (?:T {_TIME} (?:[+-]\d\d:?+\d\d|Z)?+)?+
        )
        """,
        regex.VERBOSE | regex.IGNORECASE | regex.V0,
    )


@functools.cache
def _words_of(kind: str) -> str:
    """The words of *kind* in ``header_date_words.tsv``, as an alternation."""
    return alternation(w for w, k in read_table("header_date_words.tsv") if k == kind)


@functools.cache
def _prefix_re() -> regex.Pattern[str]:
    """Words that may stand before a publication date on its line ("Опубликовано", "от")."""
    return cache.pattern(rf"\A(?:{_words_of('published')}|дата{_HS}++публикации)(?![\p{{L}}])", regex.IGNORECASE)


@functools.cache
def _updated_re() -> regex.Pattern[str]:
    """An update stamp's word: the date is not the publication date."""
    return cache.pattern(rf"(?<![\p{{L}}]){_words_of('updated')}\p{{L}}*+", regex.IGNORECASE)


@functools.cache
def _weekday_re() -> regex.Pattern[str]:
    """A weekday name or abbreviation before a date."""
    return cache.pattern(rf"(?<![\p{{L}}]){_words_of('weekday')}(?![\p{{L}}])\.?+", regex.IGNORECASE)


@functools.cache
def _chrome_re() -> regex.Pattern[str]:
    """A weather reading or currency rates: a page's furniture, around a today widget."""
    return cache.pattern(
        rf"\A[+\-−]\d{{1,2}}(?:[.,]\d)?+\s*+{DEGREE}?+\s*+[CС]?+\Z|{DEGREE}|(?<![\p{{L}}]){_words_of('chrome')}(?![\p{{L}}])",
        regex.IGNORECASE,
    )


_TIME_RE = cache.pattern(rf"(?<![\d:]){_TIME}(?![\d:])")
_WORD_RE = cache.pattern(r"[\p{L}\p{N}][\p{L}\p{N}.'’-]*+")
# Marks that set a date off on its line.
_SEPARATOR_RE = cache.pattern(r"[|•·/—–]|\s-\s")
# A publication date starts within this many characters of its line's start.
_DATE_REACH = 120
_DIGIT_RE = cache.pattern(r"\d")
# Most words of metadata around a date on its line.
_BEFORE_WORDS = 3
_AFTER_WORDS = 6
# A date line carries at most this many other words.
_SHORT_WORDS = 3


def _month_of(word: str) -> int:
    """The number of a month name in any form the header grammar reads (Russian, English, Latvian)."""
    full, abbr = months()
    mon = word.lower()
    return full.get(mon) or abbr.get(mon) or header_months()[mon]


def _date_of(m: regex.Match[str]) -> _dt.date | None:
    if m["d"]:
        return safe_date(int(m["y"]), _month_of(m["mon"]), int(m["d"]))
    if m["d2"]:
        return safe_date(int(m["y2"]), _month_of(m["mon2"]), int(m["d2"]))
    if m["ld"]:
        return safe_date(int(m["ly"]), _month_of(m["lmon"]), int(m["ld"]))
    if m["nd"]:
        return safe_date(full_year(m["ny"]), int(m["nm"]), int(m["nd"]))
    return safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))


def _words(s: str) -> int:
    return len(_WORD_RE.findall(_TIME_RE.sub(" ", s)))


class HeaderDate:
    """
    A publication date found on one header line.

    ``alone`` says the line holds nothing but the date (with a time, bullets,
    a prefix word such as ``Опубликовано``); ``short`` that at most a few
    words of metadata go with it (the line is a date line, not a heading);
    ``timed`` that a time of day goes with it; ``updated`` that it is an
    update stamp (``Обновлено``), not the publication date; ``weekday``
    that a weekday name opens it (``Суббота, 20 апреля 2024``), as today
    widgets do.

    >>> h = line_date("12 марта 2024, 09:40")
    >>> h.date.isoformat(), h.alone, h.short, h.timed
    ('2024-03-12', True, True, True)
    """

    __slots__ = ("alone", "date", "short", "timed", "updated", "weekday")

    def __init__(
        self, date: _dt.date, alone: bool, short: bool, timed: bool, updated: bool = False, weekday: bool = False
    ) -> None:
        self.date = date
        self.alone = alone
        self.short = short
        self.timed = timed
        self.updated = updated
        self.weekday = weekday

    def __repr__(self) -> str:
        return f"HeaderDate({self.date.isoformat()}, alone={self.alone}, timed={self.timed})"


def _strip_prefix(before: str) -> tuple[str, bool]:
    """Drop bullets, separators, weekday names and a prefix word; return the rest and whether it was updated."""
    rest = before.strip(" \t\u00a0\u2009\u202f|•·/—–-,:[](")
    if _updated_re().search(rest):
        return rest, True
    rest = _weekday_re().sub(" ", rest)
    rest = _prefix_re().sub("", rest.strip(" ,.:|•")).strip(" ,.:|•—–-")
    return rest, False


def _in_prose(line: str, m: regex.Match[str], n_before: int, n_after: int, timed: bool) -> bool:
    """
    Whether the date is part of a headline's wording rather than a date line.

    A date line sets its date off with a time, a separator (``|``, ``•``,
    ``/``, a dash, a full stop or comma before it) or a bare rubric; a
    headline runs the date into its words, in the genitive (``18 мая 2025
    года``).
    """
    if timed or not (n_before or n_after) or _SEPARATOR_RE.search(line) is not None:
        return False
    if line[: m.start()].rstrip().endswith((".", ",", ":")):
        return False
    return n_before > 1 or m[0].rstrip().endswith("года")


# "17.05.2OO3": a year typed with the letter O (Latin or Cyrillic) for zero, after a day and month.
_O_YEAR_RE = cache.pattern(r"(?<=\d[./])(?:19|2[0OОoо])[\dOОoо]{2}(?![\p{L}\p{N}])")
_O_TO_ZERO = str.maketrans("OОoо", "0000")


def _zero_letters(line: str) -> str:
    """The line with a year's letter O read as zero ("[17.05.2OO3]" -> "[17.05.2003]"); offsets keep."""
    return _O_YEAR_RE.sub(lambda m: m[0].translate(_O_TO_ZERO), line) if "O" in line or "О" in line else line


def line_date(line: str) -> HeaderDate | None:
    """
    Read a publication date from one header line, or ``None``.

    >>> line_date("Outlet | 21.06.2016 |").date.isoformat()
    '2016-06-21'
    >>> line_date("Опубликовано 19 май 2019.").date.isoformat()
    '2019-05-19'
    >>> line_date("Обновлено 19 мая 2019").updated
    True
    >>> line_date("Министр рассказал, что 5 мая 2019 года завод открылся и работает в три смены.") is None
    True
    """
    if _DIGIT_RE.search(line, 0, _DATE_REACH) is None:
        return None
    line = _zero_letters(readable_digits(line))
    # A publication date stands among the first few words: only the head of a long line is searched.
    for m in _date_re().finditer(line, 0, min(len(line), _DATE_REACH + 40)):
        date = _date_of(m)
        if date is None:
            continue
        before, updated = _strip_prefix(line[: m.start()])
        after = line[m.end() :]
        timed = bool(m["t0"]) or _TIME_RE.search(line) is not None
        n_before, n_after = _words(before), _words(after)
        alone = n_before == 0 and n_after == 0
        opens_timed = n_before == 0 and (bool(m["t0"]) or _TIME_RE.match(after.lstrip(" ,|/—–-T\u00a0")) is not None)
        opens_timed = opens_timed or (n_before == 0 and line.lstrip().startswith("[") and after.startswith("]"))
        if (n_before or n_after) and line.rstrip()[-1] in ".!?…":
            continue  # "Рост начался 21 октября 2025 года." is a sentence
        if _in_prose(line, m, n_before, n_after, timed):
            continue  # "Выборы пройдут 18 мая 2025 года": a headline naming an event's date
        if (n_before <= _BEFORE_WORDS and n_after <= _AFTER_WORDS) or opens_timed:
            weekday = _weekday_re().search(line, 0, m.start()) is not None
            return HeaderDate(date, alone, n_before + n_after <= _SHORT_WORDS, timed, updated, weekday)
    return None


def _is_chrome(line: str) -> bool:
    return _chrome_re().search(line) is not None


def pick_date(lines: Sequence[str], found: Sequence[tuple[int, HeaderDate]]) -> _dt.date | None:
    """
    Choose the publication date among the header dates *found* on *lines* (index, date).

    The first one wins that is neither a today widget (no time of day, and a
    weather or currency line within two lines) nor part of a run of date
    lines with different dates (an archive calendar).

    >>> lines = ["+6°", "25 апреля 2024", "Заголовок", "12.03.2021 10:40"]
    >>> pick_date(lines, [(i, h) for i, l in enumerate(lines) if (h := line_date(l))])
    datetime.date(2021, 3, 12)
    """
    by_index = dict(found)
    for i, h in found:
        if not h.timed and any(_is_chrome(lines[j]) for j in range(max(0, i - 2), min(len(lines), i + 3)) if j != i):
            continue
        if h.alone and any((o := by_index.get(j)) is not None and o.alone and o.date != h.date for j in (i - 1, i + 1)):
            continue
        return h.date
    return None


@functools.cache
def _year_mention_re() -> regex.Pattern[str]:
    return cache.pattern(
        rf"(?<![\p{{L}}\p{{N}}])(?:(?P<prep>к|ко|до){_HS}++)?+"
        rf"(?P<y>(?:19|20)\d\d)(?!\d)(?:-?+(?:м|го|й))?+{_HS}*+(?:год|г\.)",
        regex.IGNORECASE,
    )


def same_day_year(lines: Sequence[str], month: int, day: int) -> int | None:
    """
    Return the year of the first full date on *lines* with the given day and month, if any.

    A dateline without a year (``АЛМАТЫ, 14 мар``) whose header names no year
    reads it from the body's own date of the same day (``14 марта 2025 года``).

    >>> same_day_year(["Форум открылся 14 марта 2025 года в Алматы."], 3, 14)
    2025
    >>> same_day_year(["Форум открылся 15 марта 2025 года."], 3, 14) is None
    True
    """
    for line in lines:
        for m in _date_re().finditer(readable_digits(line)):
            date = _date_of(m)
            if date is not None and (date.month, date.day) == (month, day):
                return date.year
    return None


def dateline_year(lines: Sequence[str], month: int, day: int) -> int | None:
    """
    Return the year that header *lines* give a dateline without one (*month*, *day*).

    A full date on a header line with the same day and month gives its year
    (other full dates there are widgets, calendars or update stamps); else
    the first year named with ``год``/``г.`` that is not a deadline (``к
    2030 году``).

    >>> dateline_year(["Продажи зерна за второй квартал 2017 года выросли на 12%"], 4, 7)
    2017
    >>> dateline_year(["Здание банка - Агентство, 1600, 07.02.2025"], 2, 7)
    2025
    >>> dateline_year(["План до 2030 года утвержден"], 4, 7) is None
    True
    """
    year = same_day_year(lines, month, day)
    if year is not None:
        return year
    for line in lines:
        if _is_chrome(line):
            continue
        for m in _year_mention_re().finditer(readable_digits(line)):
            if not m["prep"]:
                return int(m["y"])
    return None
