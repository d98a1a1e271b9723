"""
Document headers: date, author, title, photo credit, source, and line kinds.

Facts (``GUIDELINES.md``, "Document header"):

- ``date YYYY-MM-DD`` may open the document, possibly after white space; the
  rest of that line is the first line of the body.
- ``Фото: <credit>`` / ``фото <names in the genitive>`` is a photo credit;
  ``Автор: <name>`` names the author; ``Источник: <source>`` the source.
- A line of its own holding only a date (``20.04.2017``) among the closing
  metadata lines dates the article; a line opening with ``27.08.2009`` or
  ``11.03.2024г. в 20:30`` does too.
- A dateline (``АСТАНА, 20 октября. /ТАСС/.``, ``Ташкент, 13.08.19. /Имя
  Фамилия - Агентство/.``) opens the first paragraph; a full date in it dates
  the article, and a person before the agency is the author.
- Short lines without final punctuation inside the body are subheadings; the
  first such line is the title.

Offsets always point into the text as given: no line is rewritten.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

import regex

from .model import Header, Paragraph, ParagraphKind
from .names import looks_like_person, nominative

__all__ = ["parse_header", "iter_lines"]

# Horizontal white space as real files carry it: NBSP, thin spaces, BOM.
_HS = r"[ \t\u00a0\u2009\u202f\u2007\ufeff]"

# "date YYYY-MM-DD" at the very start, possibly after white space.
_DATE_HEADER_RE = regex.compile(rf"\A{_HS}*+date{_HS}++(\d{{4}})-(\d{{2}})-(\d{{2}})\b{_HS}*+")

# "27.08.2009 ", "11.03.2024г. в 20:30", "13.08.19" (two-digit years only in datelines).
_NUM_DATE = r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\d)"
_LEADING_DATE_RE = regex.compile(
    rf"\A(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})(?:{_HS}*+г\.?+)?"
    rf"(?:{_HS}++в{_HS}++\d{{1,2}}:\d{{2}})?(?=\s|$)"
)
_LONE_DATE_RE = regex.compile(rf"\A{_HS}*+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}){_HS}*+\Z")

# "Фото: t.me/x", "фото: dzen.ru", "фото Аманкула Дюсенбаева, Еркебулана Укибаева".
_PHOTO_RE = regex.compile(rf"\A{_HS}*+[Фф]ото(?:{_HS}*+[:—–-]{_HS}*+|{_HS}++)(?P<credit>\S.{{0,200}}?)\s*+\Z")
_AUTHOR_RE = regex.compile(rf"\A{_HS}*+Автор(?:ы)?{_HS}*+[:—–-]{_HS}*+(?P<name>\S.{{0,120}}?)\s*+\Z")
_SOURCE_RE = regex.compile(rf"\A{_HS}*+Источник{_HS}*+:{_HS}*+(?P<src>\S.{{0,300}}?)\s*+\Z")

_MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
    "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
# "АСТАНА, 20 октября. /ТАСС/.", "ТАШКЕНТ, 3 дек - ПРАЙМ.", "Ташкент, 13.08.19. /Имя - Кабар/."
_DATELINE_RE = regex.compile(
    rf"""\A{_HS}*+
    (?P<city>\p{{Lu}}[\p{{L}}-]{{1,30}}+(?:{_HS}\p{{Lu}}[\p{{L}}-]{{1,30}}+)?)   # city
    ,{_HS}*+
    (?:
        {_NUM_DATE}
      | (?P<day>\d{{1,2}}){_HS}++(?P<mon>(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\p{{L}}{{0,6}}+)
        (?:{_HS}++(?P<year>\d{{4}}))?
    )
    \.?{_HS}*+
    (?:
        /(?P<agency>[^/\n]{{1,80}}+)/\.?       # /ТАСС/. or /Имя Фамилия - Кабар/.
      | [-–—]{_HS}*+(?P<agency2>[\p{{Lu}}][\p{{L}}\p{{N}} .-]{{0,40}}?)\.   # - ПРАЙМ.
    )
    """,
    regex.VERBOSE,
)
# "(Тамара Вааль, текст Марии Гордеевой)": a wire-service sign-off naming the writer.
_SIGNOFF_RE = regex.compile(r"\(\s*+[^()\n]{0,80}?\bтекст\s++(?P<name>\p{Lu}\p{Ll}++(?:\s++\p{Lu}\p{Ll}++){1,2})\s*+\)")
# A line holding only a name: "С.Рузметова", "И. Петров", "Анастасия Овчаренко".
_NAME_LINE_RE = regex.compile(
    r"\A\s*+(?P<name>\p{Lu}\.\s*+(?:\p{Lu}\.\s*+)?\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?"
    r"|\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?\s++\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?)\s*+\Z"
)
_URL_LINE_RE = regex.compile(r"\A\s*+(?:https?://|www\.)\S++\s*+\Z|\A\s*+[\w.-]++\.(?:uz|kz|ru|az|com|org|net|info)\s*+\Z")
_FINAL_PUNCT = frozenset(".!?…:;,»\"“”)")


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """
    Yield ``(start, end)`` of each non-blank line of *text* from *start* on.

    Line ends may be ``\\n``, ``\\r\\n`` or ``\\r``; the span excludes the line
    break and surrounding white space.

    >>> list(iter_lines("а\\r\\n\\n б "))
    [(0, 1), (4, 5)]
    """
    n = len(text)
    pos = start
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        cr = text.find("\r", pos, end)
        if cr >= 0:
            end = cr
            nxt = cr + 2 if text.startswith("\r\n", cr) else cr + 1
        else:
            nxt = end + 1
        s, e = pos, end
        while s < e and text[s].isspace() or s < e and text[s] == "\ufeff":
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e
        pos = nxt


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _year(raw: str) -> int:
    y = int(raw)
    return y + 2000 if len(raw) == 2 else y


def _is_heading(line: str) -> bool:
    """A short line that does not end like a sentence."""
    words = line.split()
    return bool(words) and len(words) <= 16 and len(line) <= 160 and line[-1] not in _FINAL_PUNCT and line[0] not in "-–—«\"„“"


def parse_header(text: str) -> Header:
    """
    Read the header material of a raw document and classify its lines.

    Args:
        text: The whole document, exactly as decoded.

    Returns:
        A :class:`~kzaz_corpus.model.Header`; fields the document does not
        state are ``None``.

    >>> h = parse_header(" date 2025-10-21 Фото: t.me/aqorda_resmi\\n\\nТекст.")
    >>> h.date.isoformat(), h.photo_credit
    ('2025-10-21', 't.me/aqorda_resmi')
    >>> [p.kind for p in h.paragraphs]
    ['credit', 'body']
    >>> parse_header("Автор: Акпер Гасанов\\n\\nТекст.").author
    'Акпер Гасанов'
    """
    date: _dt.date | None = None
    author: str | None = None
    title: str | None = None
    photo: str | None = None
    source: str | None = None

    body_from = 0
    m = _DATE_HEADER_RE.match(text)
    if m:
        date = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        body_from = m.end()

    spans = list(iter_lines(text, body_from))
    kinds: list[ParagraphKind] = []
    starts: list[int] = []
    seen_body = False
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        kind: ParagraphKind = "body"
        if (pm := _PHOTO_RE.match(line)) and len(line) <= 200:
            kind = "credit"
            if photo is None:
                photo = _credit(pm["credit"].strip())
        elif am := _AUTHOR_RE.match(line):
            kind = "author"
            author = author or nominative(am["name"])
        elif sm := _SOURCE_RE.match(line):
            kind = "source"
            source = source or sm["src"]
        elif date is None and _LONE_DATE_RE.match(line) and _only_metadata_after(text, spans[i + 1 :]):
            lm = _LONE_DATE_RE.match(line)
            assert lm is not None
            date = _safe_date(int(lm["y"]), int(lm["m"]), int(lm["d"]))
            kind = "dateline"
        elif not seen_body and i <= 2 and author is None and _NAME_LINE_RE.match(line) and looks_like_person(line):
            kind = "author"
            author = nominative(line)
        elif seen_body and i >= len(spans) - 3 and _NAME_LINE_RE.match(line) and looks_like_person(line) and author is None:
            kind = "author"
            author = nominative(line)
        elif _is_heading(line):
            kind = "subheading"
            if title is None and not seen_body:
                kind = "title"
                title = line
        else:
            seen_body = True
            if not starts or all(k != "body" for k in kinds):
                ld = _LEADING_DATE_RE.match(line)
                if ld and date is None:
                    date = _safe_date(int(ld["y"]), int(ld["m"]), int(ld["d"]))
                dl = _DATELINE_RE.match(line)
                if dl:
                    if date is None and dl["y"] and len(dl["y"]) in (2, 4):
                        date = _safe_date(_year(dl["y"]), int(dl["m"]), int(dl["d"]))
                    elif date is None and dl["year"]:
                        mon = _MONTHS.get(dl["mon"][:3].lower())
                        if mon:
                            date = _safe_date(int(dl["year"]), mon, int(dl["day"]))
                    agency = dl["agency"] or ""
                    if author is None and (am2 := regex.match(r"\s*+(\p{Lu}\p{Ll}++\s++\p{Lu}\p{Ll}++)\s*+[-–—]", agency)):
                        author = nominative(am2[1])
        kinds.append(kind)
        starts.append(s)
    if author is None and (so := _SIGNOFF_RE.search(text)):
        author = nominative(so["name"])
    paragraphs = tuple(Paragraph(start=s, end=e, kind=k) for (s, e), k in zip(spans, kinds))
    return Header(date=date, author=author, title=title, photo_credit=photo, source=source, paragraphs=paragraphs)


def _credit(raw: str) -> str:
    """Normalise a photo credit: handles and URLs stay, names go nominative."""
    raw = raw.strip()
    if "/" in raw or "." in raw.split()[0] if raw.split() else True:
        return raw
    parts = [p.strip() for p in regex.split(r"\s*+(?:,|\bи\b)\s*+", raw) if p.strip()]
    if parts and all(looks_like_person(p) for p in parts):
        return ", ".join(nominative(p) for p in parts)
    return raw


def _only_metadata_after(text: str, rest: list[tuple[int, int]]) -> bool:
    """True when every line in *rest* is a source, URL or credit line."""
    for s, e in rest:
        line = text[s:e]
        if not (_SOURCE_RE.match(line) or _URL_LINE_RE.match(line) or _PHOTO_RE.match(line)):
            return False
    return True
