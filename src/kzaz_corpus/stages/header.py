"""
Document headers: date, author, title, photo credit, source, and line kinds.

Facts (the rules in *What counts*, docs/explanation/what-counts.md, "The
header is not the body"):

- ``date YYYY-MM-DD`` may open the document, possibly after white space; the
  rest of that line is the first line of the body.
- ``Фото: <credit>`` / ``фото <names in the genitive>`` (also ``Автор
  фото:``, ``Фотограф:``) is a photo credit (names go to the nominative);
  ``Имя Фамилия (фото), Агентство`` credits a photographer; ``Автор:
  <name>`` (also ``Текст:``, ``Подготовила <name>``) names the author;
  ``Источник: <source>`` the source. A copyright line (``© Имя Фамилия``,
  ``© Агентство``) is a credit line too, anywhere in the text, but credits no
  photo in particular; the people a credit line names are nobody a pronoun
  of the text stands for.
- The header runs to the first sentence of the body (a line ending in
  ``.!?…``, or a long one). A date on a header line in a real page's form
  (``12 марта 2024, 09:40``, ``Вестник | 21.06.2016 |``, ``Опубликовано 19
  май 2019.``; see :mod:`kzaz_corpus.stages.header_dates`) dates the
  article, unless it is an update stamp, a today widget or part of an
  archive calendar. A lone date (``21.05.2016``) after the body dates it
  when nothing but closing metadata (sources, links, credits) follows; a
  lone date heading a teaser does not.
- The first body line may open with a date (``26.09.2011 …``,
  ``11.03.2024г. в 20:30 …``), and one of the first three a dateline
  (``АСТАНА, 20 октября 2025 г. /ТАСС/.``, ``Ташкент, 14.09.19. /Имя
  Фамилия - Агентство/.``, ``Грузия, 7 апреля, АГЕНТСТВО.``): a full date
  there dates the article, and a person before the agency is the author. A
  dateline without a year (``АЛМАТЫ, 14 мар — Агентство.``), like a header
  stamp ``17 августа, 13:00``, takes the year from elsewhere in the header,
  else from a full date of the same day in the first body lines, and
  without one does not date it.
- A line that is only a person's name among the first lines, or among the
  last three after the body, is the author (``Анастасия Назаренко``,
  ``С.Юлдашева``); so is the writer of a wire sign-off (``(…, текст Марии
  Соболевой)``).
- Short lines without final punctuation are subheadings; the first one
  before any body line is the title, unless it is a one-word rubric
  (``Актуально``) standing over another heading. A bare link is metadata
  (kind ``source``), never a title.

Offsets always point into the text as given: no line is rewritten.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator

import regex
from attrs import Factory, define

from .. import cache
from ..model import Header, Paragraph, ParagraphKind
from ..text.chars import HSPACE, readable_digits
from ..text.doc import joined_fragment, soft_break
from .header_dates import HeaderDate, dateline_year, full_year, line_date, pick_date, safe_date, same_day_year
from .names import looks_like_person, nominative

__all__ = ["iter_lines", "parse_header"]

# Horizontal white space as real files carry it: NBSP, thin spaces, BOM.
_HS = HSPACE[:-1] + "\ufeff]"  # and a stray byte-order mark

# "date YYYY-MM-DD" at the very start, possibly after white space.
_DATE_HEADER_RE = cache.pattern(rf"\A[\s\ufeff]{{0,200}}+date{_HS}++(\d{{4}})-(\d{{2}})-(\d{{2}})(?!\d){_HS}*+")

# "26.09.2011 Текст", "11.03.2024г. в 20:30": a date opening the first body line.
_LEADING_DATE_RE = cache.pattern(
    rf"\A(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})(?:{_HS}*+г\.?+)?+"
    rf"(?:,?+{_HS}++в{_HS}++\d{{1,2}}:\d{{2}})?+(?=\s|\Z)"
)
# A line holding only a date or a timestamp: "21.05.2016", "2025-11-04T10:38+0300".
_LONE_DATE_RE = cache.pattern(
    rf"""\A
    (?:
        (?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}) (?:{_HS}*+г\.?+)?+
      | (?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})
    )
    (?:(?:{_HS}++|T|,{_HS}*+)(?:в{_HS}++)?+\d{{1,2}}:\d{{2}}(?::\d{{2}})?+(?:{_HS}*+[+-]\d{{2}}:?+\d{{2}}|Z)?+)?+
    \Z""",
    regex.VERBOSE,
)

# "Фото: t.me/x", "фото: dzen.ru", "фото Аманкула Дюсенбаева, Еркебулана Укибаева".
# "Автор фото: Иван Петров", "Фотограф: Иван Петров", "Источник фото: example.kz".
_PHOTO_RE = cache.pattern(
    rf"\A(?:[Фф]ото|Автор{_HS}++фото|Фотограф|Источник{_HS}++фото)"
    rf"(?:{_HS}*+[:—–-]{_HS}*+|{_HS}++)(?P<credit>\S.{{0,160}}+)\Z"
)
# "Школа, класс, уроки, фото - Новости Агентство от 11.12.2025 18:37 Фото: agency.kz": an image's alt text
# (keywords, the word фото, the outlet's stamp) with its credit at the end. No sentence ends inside it.
_CAPTION_CREDIT_RE = cache.pattern(
    rf"\A(?P<caption>(?:[^.!?…\n]|[.!?…](?!\s)){{8,400}}?\bфото\b(?:[^.!?…\n]|[.!?…](?!\s)){{0,120}}?)"
    rf"{_HS}++Фото{_HS}*+:{_HS}*+(?P<credit>\S{{1,60}}+(?:{_HS}++\S{{1,30}}+){{0,3}}+)\Z"
)
# The outlet's stamp in such a caption: "от 11.12.2025 18:37".
_CAPTION_STAMP_RE = cache.pattern(rf"\bот{_HS}++\d{{1,2}}\.\d{{1,2}}\.\d{{4}}{_HS}++\d{{1,2}}:\d{{2}}\b")
# "Бахтиёр Турсунов (фото), УзА": a photographer credited after the name.
_PHOTO_AFTER_RE = cache.pattern(rf"\A(?P<credit>[^()\n]{{3,60}}?){_HS}*+\({_HS}*+фото{_HS}*+\)[^()\n]{{0,60}}+\Z")
# "Автор: Иван Петров", "Текст: Иван Петров".
_AUTHOR_RE = cache.pattern(rf"\A(?:Автор(?:ы)?+|Текст){_HS}*+[:—–-]{_HS}*+(?P<name>\S.{{0,120}}+)\Z")
# "Подготовила Анна Иванова" (only a name may follow: "Подготовили новый проект." is body).
_PREPARED_RE = cache.pattern(
    rf"\AПодготовил[аи]?+{_HS}*+:?+{_HS}*+"
    rf"(?P<name>\p{{Lu}}[\p{{L}}.-]{{0,30}}+(?:{_HS}++\p{{Lu}}[\p{{L}}.-]{{0,30}}+){{0,2}}+)\Z"
)
_SOURCE_RE = cache.pattern(rf"\AИсточник{_HS}*+:{_HS}*+(?P<src>\S.{{0,300}}+)\Z")
# A bare link: "https://1prime.ru/…", "telegraf.uz".
_URL_LINE_RE = cache.pattern(
    r"\A(?:https?://|www\.)\S++\Z|\A[\w.-]{1,60}+\.(?:uz|kz|ru|az|ge|am|kg|tj|by|ua|com|org|net|info)\Z"
)

_MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
    "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
# "17 августа, 13:00": a publication stamp without a year on a header line of its own.
_YEARLESS_STAMP_RE = cache.pattern(
    rf"\A(?:(?P<t0>\d{{1,2}}:\d{{2}}),?+{_HS}++)?+(?P<day>\d{{1,2}}){_HS}++(?P<mon>\p{{Ll}}{{3,8}}+)\.?+"
    rf"(?:,?+{_HS}++(?P<t1>\d{{1,2}}:\d{{2}}))?+{_HS}*+\Z"
)
_CITY = rf"\p{{Lu}}[\p{{L}}-]{{1,30}}+(?:{_HS}\p{{Lu}}[\p{{L}}-]{{1,30}}+)?+"
# "АСТАНА, 20 октября 2025 г. /ТАСС/.", "ТАШКЕНТ, 14 ноя - ПРАЙМ.", "Ташкент, 14.09.19. /Имя - Кабар/.",
# "Грузия, 7 апреля, ГРУЗИНФОРМ.", "Москва. 9 ноября. ИНТЕРФАКС -  ", "11 июня, Минск /Корр. БЕЛТА/.",
# "Озерск, 9 ноября, 2011, 18:40 — ИА Вестник.", "Астана, 15 марта 2025 года.",
# "Баку /Агентство/ 14.03.2024.", "(Агентство) - 14 марта 2024.", "Ташкент, 14 марта 2024 года, «Вестник» ИА.",
# "14 марта 2024, Алматы.", "Нур-Султан. 14 марта. Kazakhstan Today -"
_DATELINE_RE = cache.pattern(
    rf"""\A
    (?:(?P<city>{_CITY})(?:{_HS}*+[,.]{_HS}*+|{_HS}++(?=[(/])))?+
    (?:(?P<pre>\([^()\n]{{1,30}}+\)|/[^/\n]{{1,30}}+/){_HS}*+(?:[-–—]{_HS}*+)?+)?+        # (Trend) - , /Trend/
    (?:
        (?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})(?!\d)                 # 14.09.19
      | (?P<day>\d{{1,2}}){_HS}++(?P<mon>(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\p{{L}}{{0,6}}+)\.?+
        (?:,?+{_HS}++(?P<year>\d{{4}})(?!\d)(?:{_HS}*+г(?:ода|\.)?+)?+)?+            # 20 октября 2025 г.
    )
    (?:{_HS}*+,{_HS}*+(?P<city2>{_CITY})(?![\p{{L}}\p{{N}}.]))?+                     # 11 июня, Минск
    (?:,?+{_HS}*+\d{{1,2}}:\d{{2}})?+                                              # 15 октября 2025, 12:30
    {_HS}*+(?P<stop>[.,]?+){_HS}*+
    (?:
        /(?P<agency>[^/\n]{{1,80}}+)/                                              # /ТАСС/, /Имя Фамилия - Кабар/
      | \((?P<agency3>[^()\n]{{1,40}}+)\)                                          # (Рейтер)
      | [-–—]{_HS}*+(?P<agency2>\S[^\n]{{0,40}}?)\.(?=\s|\Z)                          # - ПРАЙМ.
      | (?P<agency5>[«"„][^»"“\n]{{1,40}}+[»"“][^.\n]{{0,20}}?)\.(?=\s|\Z)             # «Дунё» ИА.
      | (?P<agency6>[A-Z][A-Za-z]++(?:{_HS}[A-Z][A-Za-z]++){{0,2}}+){_HS}++[-–—]      # Kazakhstan Today -
      # ГРУЗИНФОРМ., INTERFAX.RU -
      | (?P<agency4>\p{{Lu}}[\p{{Lu}}\p{{N}}-]{{2,30}}+(?:\.[\p{{Lu}}\p{{N}}-]++)*+)(?:\.(?=\s|\Z)|{_HS}++[-–—])
      | (?<=\.{_HS}*+)(?P<bare>[-–—]){_HS}                                          # Москва. 22 октября. — Текст
      | (?<=\.{_HS}*+)(?P<end>)                                                      # Астана, 15 марта 2025 года.
    )
    """,
    regex.VERBOSE,
)
# "/Бакыт Исаков - Кабар/": the writer before the agency.
_AGENCY_AUTHOR_RE = cache.pattern(rf"{_HS}*+(?P<name>\p{{Lu}}\p{{Ll}}++{_HS}++\p{{Lu}}\p{{Ll}}++){_HS}*+[-–—]")
# "(Ольга Белова, текст Марии Соболевой)": a wire-service sign-off naming the writer.
_SIGNOFF_RE = cache.pattern(
    rf"\([^()\n]{{0,80}}?\bтекст{_HS}++(?P<name>\p{{Lu}}\p{{Ll}}++(?:{_HS}++\p{{Lu}}\p{{Ll}}++){{1,2}}){_HS}*+\)"
)
# A line holding only a name: "С.Юлдашева", "И. Петров", "Анастасия Назаренко".
_NAME_LINE_RE = cache.pattern(
    rf"\A(?:\p{{Lu}}\.{_HS}*+(?:\p{{Lu}}\.{_HS}*+)?+\p{{Lu}}\p{{Ll}}++(?:-\p{{Lu}}\p{{Ll}}++)?+"
    rf"|\p{{Lu}}\p{{Ll}}++(?:-\p{{Lu}}\p{{Ll}}++)?+{_HS}++\p{{Lu}}\p{{Ll}}++(?:-\p{{Lu}}\p{{Ll}}++)?+)\Z"
)
# "С.Юлдашева" -> "С. Юлдашева"
_INITIAL_GAP_RE = cache.pattern(r"(?<=\b\p{Lu}\.)(?=\p{Lu})")

_SENTENCE_END = frozenset(".!?…")
# The run of characters between line breaks.
_LINE_RE = cache.pattern(r"[^\r\n]++")

_FINAL_PUNCT = frozenset('.!?…:;,»"“”')
_OPENING_PUNCT = frozenset('-–—«"„“')
# A heading is short: at most this many words and characters.
_HEADING_WORDS = 16
_HEADING_CHARS = 160
# Datelines are read on this many body lines (a lead sentence may come first).
_DATELINE_BODY_LINES = 3


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """
    Yield ``(start, end)`` of each non-blank line of *text* from *start* on.

    Line ends may be ``\\n``, ``\\r\\n`` or ``\\r``; the span excludes the line
    break and surrounding white space (a BOM counts as white space).

    >>> list(iter_lines("а\\r\\n\\n б "))
    [(0, 1), (5, 6)]

    .. versionadded:: 0.1.0
    """
    # One pass: each line is found once, whatever the line ends are (a text
    # with only "\r" breaks must not be rescanned for "\n" on every line).
    for m in _LINE_RE.finditer(text, start):
        s, e = m.span()
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "\ufeff"):
            e -= 1
        if s < e:
            yield s, e


def _person(raw: str) -> str:
    """A name as written, in the nominative, with initials spaced ("С. Юлдашева")."""
    return nominative(_INITIAL_GAP_RE.sub(" ", raw.strip()))


def _credit(raw: str) -> str:
    """Normalise a photo credit: handles and URLs stay, names go nominative."""
    raw = raw.strip()
    words = raw.split()
    if not words or "/" in raw or "." in words[0] or "@" in raw:
        return raw
    parts = [p.strip() for p in regex.split(r"\s*+(?:,|\bи\b)\s*+", raw) if p.strip()]
    if parts and all(looks_like_person(p) for p in parts):
        return ", ".join(_person(p) for p in parts)
    return raw


def _is_heading(line: str) -> bool:
    """A short line that does not end like a sentence."""
    words = line.split()
    if not 0 < len(words) <= _HEADING_WORDS or len(line) > _HEADING_CHARS:
        return False
    if line[0] in _OPENING_PUNCT or line[0] == "(":
        return False
    # "Итоги визита (фото)" is a heading; "… заявил он (ТАСС)." is not.
    last = line.rstrip(")")[-1:] if line.endswith(")") else line[-1]
    return bool(last) and last not in _FINAL_PUNCT


def _is_person_line(line: str) -> bool:
    return _NAME_LINE_RE.match(line) is not None and looks_like_person(line)


@define
class _Reader:
    """What has been read so far while walking the lines."""

    text: str
    spans: list[tuple[int, int]]
    date: _dt.date | None = None
    author: str | None = None
    title: str | None = None
    photo: str | None = None
    source: str | None = None
    seen_body: bool = False
    # Publication dates on header lines (line index, date), a date from a
    # body dateline, a dateline without a year, and a lone date after the body.
    found: list[tuple[int, HeaderDate]] = Factory(list)
    body_lines: int = 0
    head_end: int | None = None
    dateline_date: _dt.date | None = None
    yearless: tuple[int, int] | None = None
    late_date: _dt.date | None = None
    # Date lines right under a headline that reads like a sentence (line index, date).
    under_title: list[tuple[int, HeaderDate]] = Factory(list)
    # Where a name alone on a line was read as the author's: a sentence may yet run through it.
    author_at: int | None = None

    def only_metadata_after(self, i: int) -> bool:
        """True when every line after line *i* is a source, link or credit line."""
        for s, e in self.spans[i + 1 :]:
            line = self.text[s:e]
            if not (_SOURCE_RE.match(line) or _URL_LINE_RE.match(line) or _PHOTO_RE.match(line)):
                return False
        return True


# --- line rules: each returns the line's kind, or None to pass it on ---------


# "© Имя Фамилия", "© РИА Новости": a copyright line, which credits no photo in particular.
_COPYRIGHT_RE = cache.pattern(rf"\A©{_HS}*+\S.{{0,80}}+\Z")


def _photo_line(r: _Reader, i: int, line: str) -> ParagraphKind | None:
    if _COPYRIGHT_RE.match(line):
        return "credit"
    m = _PHOTO_RE.match(line)
    if m is None and (c := _CAPTION_CREDIT_RE.match(line)) is not None:
        # An image's alt text with its credit; the outlet's dated stamp in it dates the page.
        stamp = _CAPTION_STAMP_RE.search(c["caption"])
        found = line_date(stamp[0]) if stamp is not None else None
        if found is not None and r.head_end is None:
            r.found.append((i, found))
        m = c
    if m is None:
        # "Имя Фамилия (фото), Агентство" credits a person; "Президент посетил завод (фото)" is a headline.
        m = _PHOTO_AFTER_RE.match(line)
        if m is None or not looks_like_person(m["credit"]):
            return None
    if r.photo is None:
        r.photo = _credit(m["credit"])
    return "credit"


# "Автор: Иван Петров | 14.03.2024", "Автор: Анна Ким, 14 марта 2024, 12:45": a date after the name.
_AUTHOR_DATE_RE = cache.pattern(rf"{_HS}*+(?:[|•/,]|{_HS}[-–—]){_HS}*+(?=\d)")


def _author_line(r: _Reader, i: int, line: str) -> ParagraphKind | None:
    if m := _AUTHOR_RE.match(line) or _PREPARED_RE.match(line):
        name = m["name"]
        cut = _AUTHOR_DATE_RE.search(name)
        if cut is not None:
            found = line_date(name[cut.end() :])
            if found is not None and not found.updated and r.head_end is None:
                r.found.append((i, found))
            name = name[: cut.start()]
        r.author = r.author or _person(name)
        return "author"
    return None


def _source_line(r: _Reader, i: int, line: str) -> ParagraphKind | None:
    if m := _SOURCE_RE.match(line):
        r.source = r.source or m["src"].strip()
        return "source"
    if _URL_LINE_RE.match(line):
        return "source"
    return None


def _date_line(r: _Reader, i: int, line: str) -> ParagraphKind | None:
    if r.head_end is None:
        found = line_date(line)
        if found is None:
            return _yearless_stamp(r, line)
        # An update stamp, or a weekday date above the headline (a today widget), is not the article's.
        if not found.updated and not (found.weekday and r.title is None):
            r.found.append((i, found))
        return "dateline" if found.short else None
    if _under_title(r, i, line):
        return "dateline"
    m = _LONE_DATE_RE.match(line)
    if m is None:
        return None
    if r.late_date is None and r.only_metadata_after(i):
        if m["iy"]:
            r.late_date = safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
        else:
            r.late_date = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return "dateline"


# How far below the first line a date line may stand and still be the headline's stamp.
_UNDER_TITLE_LINES = 2


def _under_title(r: _Reader, i: int, line: str) -> bool:
    """
    Rule: a date line right under a headline that ends like a sentence (``Кто победит?``, ``… победители…``).

    The header was closed by a first line read as a sentence; a short date line
    with a time, a bullet, a rubric or a prefix word (``14.03.2022, 10:15``, ``•
    12.02.2020``, ``2024-02-09 | Рубрика``, ``Опубликовано: 14.03.2024``) within
    two lines below it is still the page's stamp.
    """
    head_end = r.head_end
    if head_end is None or head_end > 1 or i > head_end + _UNDER_TITLE_LINES or r.found:
        return False
    found = line_date(line)
    if found is None or not found.short or found.updated or found.weekday:
        return False
    head = line.lstrip()
    if not (found.timed or not found.alone or head.startswith(("•", "|")) or head[:1].isalpha()):
        return False  # a bare date under the first lines may be a today widget ("2025. gada 19. aprīlis")
    r.under_title.append((i, found))
    return True


def _yearless_stamp(r: _Reader, line: str) -> ParagraphKind | None:
    """Rule: "17 августа, 13:00" on a header line: a day and month to date the article once a year is found."""
    m = _YEARLESS_STAMP_RE.match(line.strip())
    if m is None or not (m["t0"] or m["t1"]):
        return None  # a day and month alone may be an event's; the time of day makes it a stamp
    month = _MONTHS.get(m["mon"][:3])
    if month is None or not 1 <= int(m["day"]) <= 31:
        return None
    if r.yearless is None:
        r.yearless = (month, int(m["day"]))
    return "dateline"


def _name_line(r: _Reader, i: int, line: str) -> ParagraphKind | None:
    at_top = not r.seen_body and i <= 2
    at_end = r.seen_body and i >= len(r.spans) - 3
    if r.author is None and (at_top or at_end) and _is_person_line(line):
        r.author = _person(line)
        r.author_at = r.spans[i][0]
        return "author"
    return None


def _heading_line(r: _Reader, i: int, line: str) -> ParagraphKind | None:
    if not _is_heading(line):
        return None
    if r.title is None and not r.seen_body and not _is_rubric(r, i, line):
        r.title = line
        return "title"
    return "subheading"


def _is_rubric(r: _Reader, i: int, line: str) -> bool:
    """A one-word heading followed by another heading is a rubric ("Актуально"), not the title."""
    if len(line.split()) > 1 or i + 1 >= len(r.spans):
        return False
    s, e = r.spans[i + 1]
    return _is_heading(r.text[s:e])


def _body_line(r: _Reader, i: int, line: str) -> ParagraphKind:
    if r.head_end is None and (line[-1] in _SENTENCE_END or len(line.split()) > _HEADING_WORDS):
        # The header ends with the first sentence ('"Витязь" обыграл СКА' may still be a headline).
        r.head_end = i
    if not r.seen_body:
        if ld := _LEADING_DATE_RE.match(line):
            r.dateline_date = r.dateline_date or safe_date(int(ld["y"]), int(ld["m"]), int(ld["d"]))
    if r.body_lines < _DATELINE_BODY_LINES:
        _dateline(r, line)
    r.body_lines += 1
    r.seen_body = True
    return "body"


def _dateline(r: _Reader, line: str) -> None:
    """Read a dateline opening one of the first body lines ("АСТАНА, 20 октября 2025 г. /ТАСС/.")."""
    dl = _DATELINE_RE.match(line)
    if dl is None or r.dateline_date is not None or r.yearless is not None:
        return
    has_year = bool(dl["y"] or dl["year"])
    if dl["end"] is not None and not (has_year and (dl["city"] or dl["city2"] or dl["pre"])):
        return  # "Астана, 15 марта 2025 года." needs its city (or agency) and year
    if not (dl["city"] or dl["city2"]) and (dl["agency3"] is not None or dl["bare"] is not None):
        return  # "3 марта 2004 года (№ 57) …" opens a sentence
    if dl["y"]:
        r.dateline_date = safe_date(full_year(dl["y"]), int(dl["m"]), int(dl["d"]))
    else:
        month = _MONTHS.get(dl["mon"][:3].lower())
        if month and dl["year"]:
            r.dateline_date = safe_date(int(dl["year"]), month, int(dl["day"]))
        elif month:
            r.yearless = (month, int(dl["day"]))
    if r.author is None and dl["agency"] and (am := _AGENCY_AUTHOR_RE.match(dl["agency"])):
        r.author = _person(am["name"])


# How many body lines a dateline without a year may read its year from.
_YEAR_BODY_LINES = 8


def _publication_date(r: _Reader) -> _dt.date | None:
    """The header's date: a date header, a header line, a body dateline, or a lone date after the body."""
    if r.date is not None:
        return r.date
    lines = [r.text[s:e] for s, e in r.spans]
    head = lines[: r.head_end] if r.head_end is not None else lines
    date = pick_date(head, r.found) or pick_date(lines, r.under_title) or r.dateline_date
    if date is None and r.yearless is not None:
        year = dateline_year(head, *r.yearless)
        if year is None and r.head_end is not None:  # no year in the header: the body's date of that day
            year = same_day_year(lines[r.head_end : r.head_end + _YEAR_BODY_LINES], *r.yearless)
        date = safe_date(year, *r.yearless) if year is not None else None
    return date or r.late_date


# Tried in order; the first rule that names a kind wins, else the line is body.
_RULES: tuple[Callable[[_Reader, int, str], ParagraphKind | None], ...] = (
    _photo_line,
    _author_line,
    _source_line,
    _date_line,
    _name_line,
    _heading_line,
)


_MERGING = frozenset({"body", "subheading"})


def _joined(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """
    The paragraphs with lines broken inside a sentence joined into one body paragraph.

    >>> t = "Рост экспорта зерна\\nЭкспорт вырос. Об этом\\nсообщил министр.\\nЦены растут."
    >>> [t[p.start : p.end] for p in parse_header(t).paragraphs]
    ['Рост экспорта зерна', 'Экспорт вырос. Об этом\\nсообщил министр.', 'Цены растут.']
    """
    out: list[Paragraph] = []
    fragment = False  # whether the last paragraph ends in a short line that opened in lower case after a break
    for i, p in enumerate(paragraphs):
        prev = out[-1] if out else None
        merging = (
            prev is not None
            and prev.kind in _MERGING
            and (p.kind in _MERGING or (p.kind == "author" and _runs_on_lower(text, paragraphs, i)))
        )
        if prev is not None and merging and soft_break(text, prev.end, p.start, fragment):
            fragment = joined_fragment(text, prev.end, p.start, p.end)
            out[-1] = Paragraph(start=prev.start, end=p.end, kind="body")
            continue
        fragment = False
        out.append(p)
    return tuple(out)


def _runs_on_lower(text: str, paragraphs: tuple[Paragraph, ...], i: int) -> bool:
    """
    Whether the line after paragraph *i* opens in lower case: a name read as a byline (``основатель WikiLeaks
    \nИмя Фамилия\n считает …``) is then a link's words inside a sentence.
    """
    if i + 1 >= len(paragraphs):
        return False
    nxt = text[paragraphs[i + 1].start : paragraphs[i + 1].start + 2].lstrip()
    return nxt[:1].islower()


def parse_header(text: str) -> Header:
    """
    Read the header material of a raw document and classify its lines.

    Args:
        text: The whole document, exactly as decoded.

    Returns:
        A :class:`~kzaz_corpus.model.Header`; fields the document does not
        state are ``None`` (an undated document has ``date=None``: the date
        is never guessed).

    Raises:
        TypeError: if *text* is not a ``str``.

    >>> h = parse_header(" date 2025-10-21 Фото: t.me/aqorda_resmi\\n\\nТекст.")
    >>> h.date.isoformat(), h.photo_credit
    ('2025-10-21', 't.me/aqorda_resmi')
    >>> [p.kind for p in h.paragraphs]
    ['credit', 'body']
    >>> parse_header("Автор: Акпер Гасанов\\n\\nТекст.").author
    'Акпер Гасанов'
    >>> h = parse_header("Ташкент, 14.09.19. /Иван Петров - Агентство/. Текст.")
    >>> h.date.isoformat(), h.author
    ('2019-09-14', 'Иван Петров')

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_header expects str, got {type(text).__name__}")
    text = readable_digits(text)
    body_from = 0
    header_date: _dt.date | None = None
    if m := _DATE_HEADER_RE.match(text):
        header_date = safe_date(int(m[1]), int(m[2]), int(m[3]))
        body_from = m.end()
    spans = list(iter_lines(text, body_from))
    r = _Reader(text=text, spans=spans, date=header_date)
    kinds: list[ParagraphKind] = []
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        kind: ParagraphKind | None = None
        for rule in _RULES:
            kind = rule(r, i, line)
            if kind is not None:
                break
        kinds.append(kind if kind is not None else _body_line(r, i, line))
    r.date = _publication_date(r)
    paragraphs = _joined(text, tuple(Paragraph(start=s, end=e, kind=k) for (s, e), k in zip(spans, kinds, strict=True)))
    if r.author_at is not None and any(p.kind == "body" and p.start <= r.author_at < p.end for p in paragraphs):
        r.author = None  # "основатель WikiLeaks \nИмя Фамилия\n считает": the name was a link's words in a sentence
    if r.author is None and (so := _SIGNOFF_RE.search(text)):
        r.author = _person(so["name"])
    return Header(
        date=r.date,
        author=r.author,
        title=r.title,
        photo_credit=r.photo,
        source=r.source,
        # The field's converter is the builtin ``tuple``, which the attrs plugin types generically.
        paragraphs=paragraphs,
    )
