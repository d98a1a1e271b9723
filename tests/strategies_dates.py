"""
Hypothesis strategies for headers and dates: each draws text together with its answer.

The month names and modifier words here are written out independently of
the library's tables, so that the strategies act as an oracle for them.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

__all__ = [
    "FILLER_WORDS",
    "absolute_days",
    "dated_documents",
    "embedded_dates",
    "header_date_pages",
    "hostile_texts",
    "relative_years",
    "year_expressions",
]

GENITIVE_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
PREPOSITIONAL_MONTHS = (
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip

# Words with no digits and no time meaning, to build sentences around a date.
FILLER_WORDS = (
    "министр", "заявил", "экспорт", "зерна", "вырос", "Казахстан", "компания", "построит",
    "завод", "область", "тарифы", "правительство", "одобрило", "проект", "бюджета", "страны",
)  # fmt: skip

_SPACES = st.sampled_from([" ", " ", " ", "\u00a0", "\u202f"])

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@st.composite
def absolute_days(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A day written with its year in one of the usual ways, and that day."""
    day = draw(DAYS)
    sp = draw(_SPACES)
    form = draw(st.sampled_from(["words", "words_g", "words_plain", "dots", "iso"]))
    if form == "words":
        text = f"{day.day}{sp}{GENITIVE_MONTHS[day.month - 1]}{sp}{day.year}{sp}года"
    elif form == "words_g":
        text = f"{day.day}{sp}{GENITIVE_MONTHS[day.month - 1]}{sp}{day.year}{sp}г."
    elif form == "words_plain":
        text = f"{day.day}{sp}{GENITIVE_MONTHS[day.month - 1]}{sp}{day.year}"
    elif form == "dots":
        text = f"{day.day:02d}.{day.month:02d}.{day.year}"
    else:
        text = day.isoformat()
    return text, day


@st.composite
def year_expressions(draw: st.DrawFn) -> tuple[str, int]:
    """A year named with the word "год" in some case, possibly with a preposition."""
    year = draw(st.integers(1900, 2099))
    sp = draw(_SPACES)
    template = draw(
        st.sampled_from(["в {y}{s}году", "к {y}{s}году", "{y}{s}год", "за {y}{s}год", "{y}{s}года", "на {y}{s}год"])
    )
    return template.format(y=year, s=sp), year


# Relative year phrases and their offsets from the anchor's year.
_RELATIVE_YEAR = (
    ("в прошлом году", -1),
    ("за прошлый год", -1),
    ("прошлого года", -1),
    ("в минувшем году", -1),
    ("в позапрошлом году", -2),
    ("в этом году", 0),
    ("этого года", 0),
    ("в текущем году", 0),
    ("нынешнего года", 0),
    ("в следующем году", 1),
    ("в будущем году", 1),
)


@st.composite
def relative_years(draw: st.DrawFn) -> tuple[str, int]:
    """A relative year phrase (maybe capitalised) and its offset in years."""
    phrase, offset = draw(st.sampled_from(_RELATIVE_YEAR))
    if draw(st.booleans()):
        phrase = phrase[0].upper() + phrase[1:]
    return phrase, offset


@st.composite
def embedded_dates(draw: st.DrawFn) -> tuple[str, int, int, dt.date]:
    """A date-free sentence with one absolute day inside: text, span and the day."""
    expr, day = draw(absolute_days())
    before = " ".join(draw(st.lists(st.sampled_from(FILLER_WORDS), min_size=0, max_size=6)))
    after = " ".join(draw(st.lists(st.sampled_from(FILLER_WORDS), min_size=0, max_size=6)))
    head = (before + " ") if before else ""
    text = f"{head}{expr}" + (f" {after}." if after else ".")
    return text, len(head), len(head) + len(expr), day


@st.composite
def dated_documents(draw: st.DrawFn) -> tuple[str, dt.date | None]:
    """A small document, with or without a date header, and the date it states."""
    day = draw(st.none() | DAYS)
    newline = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    lead = draw(st.sampled_from(["", " ", "\ufeff"]))
    title = " ".join(draw(st.lists(st.sampled_from(FILLER_WORDS), min_size=2, max_size=6))).capitalize()
    body = " ".join(draw(st.lists(st.sampled_from(FILLER_WORDS), min_size=3, max_size=12))).capitalize() + "."
    first = f"{lead}date {day.isoformat()} " if day else lead
    return f"{first}{title}{newline}{body}{newline}", day


# Characters that hostile input is made of: quotes, dashes, digits, dots, spaces, line breaks.
hostile_texts = st.text(alphabet='«»"-–—0123456789.,: \u00a0\r\nгодаянвряв', max_size=400)


# Header date forms of real pages, each with a "{...}" slot filled from the day and a time.
_HEADER_FORMS = (
    "{d} {gm} {y}, {hh}:{mi}",
    "{hh}:{mi} {dd}/{mm}/{y}",
    "Опубликовано {d} {gm} {y}.",
    "• {d} {gm}, {y} • {hh}:{mi}",
    "Вестник | {dd}.{mm}.{y} |",
    "от {dd}.{mm}.{y} {hh}:{mi}",
    "{y}-{mm}-{dd} {hh}:{mi}",
    "Рубрика - {dd} {gm} {y} - {hh}:{mi}",
)


@st.composite
def header_date_pages(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A page with a rubric, a header date line in a real-page form, a title and a body; and that date."""
    day = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
    form = draw(st.sampled_from(_HEADER_FORMS))
    line = form.format(
        d=day.day, dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year, gm=GENITIVE_MONTHS[day.month - 1],
        hh=f"{draw(st.integers(0, 23)):02d}", mi=f"{draw(st.integers(0, 59)):02d}",
    )  # fmt: skip
    title = " ".join(draw(st.lists(st.sampled_from(FILLER_WORDS), min_size=2, max_size=6))).capitalize()
    body = " ".join(draw(st.lists(st.sampled_from(FILLER_WORDS), min_size=3, max_size=12))).capitalize() + "."
    lines = [line, title, body]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, 1)), "Экономика")
    return draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n"])).join(lines), day
