"""Tests for kzaz_corpus.stages.header: header fields and line kinds."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import SupportsIndex

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzaz_corpus.stages.header import iter_lines, parse_header
from tests.strategies_dates import dated_documents, header_date_pages, hostile_texts

D = dt.date

BODY = "Министр заявил, что экспорт зерна вырос."

# --- examples: the date ----------------------------------------------------

# id: (document, expected date)
DATES: dict[str, tuple[str, D | None]] = {
    "date-header": (f"date 2025-10-22 {BODY}", D(2025, 10, 22)),
    "date-header-after-space": (f" date 2025-10-21 Фото: t.me/example\n\n{BODY}", D(2025, 10, 21)),
    "date-header-crlf": (f"date 2025-12-29\r\n{BODY}\r\n", D(2025, 12, 29)),
    "date-header-bom": (f"\ufeffdate 2025-12-29 {BODY}", D(2025, 12, 29)),
    "date-header-impossible": (f"date 2025-13-40 {BODY}", None),
    "no-header": (f"Заголовок новости\n{BODY}", None),
    "author-header-only": (f"Автор: Иван Петров\n\n{BODY}", None),
    "leading-date": (f"26.09.2011 Экспорт фруктов сократился. {BODY}", D(2011, 9, 26)),
    "leading-date-with-time": (f"11.03.2024г. в 20:30 {BODY}", D(2024, 3, 11)),
    "dateline-agency": (f"АСТАНА, 20 октября 2025 г. /ТАСС/. {BODY}", D(2025, 10, 20)),
    "dateline-two-digit-year": (f"Ташкент, 14.09.19. /Иван Петров - Агентство/. {BODY}", D(2019, 9, 14)),
    "dateline-without-year": (f"АСТАНА, 5 окт (Рейтер) - {BODY}", None),
    "dateline-without-year-dash": (f"ТАШКЕНТ, 14 ноя - ПРАЙМ. {BODY}", None),
    "lone-date-in-closing-metadata": (f"Заголовок новости\n{BODY}\n21.05.2016\nИсточник: http://example.uz/a",
                                      D(2016, 5, 21)),
    "lone-date-heading-teaser": (f"Заголовок новости\n{BODY}\n24.06.2025\nКомпания отчиталась о росте продаж.", None),
    "timestamp-before-body": (f"Заголовок новости\n2025-11-04T10:38+0300\n{BODY}", D(2025, 11, 4)),
    "date-inside-caption": (f"Заголовок новости\nЗдание банка - Агентство, 1600, 08.03.2025\n{BODY}", None),
    "date-in-body-sentence": (f"{BODY} Визит состоится 21 октября 2025 года.", None),
    # Real-page header forms: a date line with a time, an outlet, a rubric or a prefix word.
    "words-and-time": (f"Рубрика\n12 марта 2024, 09:40\nЗаголовок новости\n{BODY}", D(2024, 3, 12)),
    "time-then-slashed-date": (f"16:05 03/02/2021\nЗаголовок новости\n{BODY}", D(2021, 2, 3)),
    "published-nominative-month": (f"Заголовок новости\nОпубликовано 19 май 2019.\n{BODY}", D(2019, 5, 19)),
    "bullets-comma-year": (f"Заголовок новости\n• 4 августа, 2024 • 11:30\n{BODY}", D(2024, 8, 4)),
    "outlet-pipes": (f"Вестник | 21.06.2016 |\nЗаголовок новости\n{BODY}", D(2016, 6, 21)),
    "two-digit-year": (f"Заголовок новости\n03.11.17\n{BODY}", D(2017, 11, 3)),
    "ot-date-time": (f"Заголовок новости\nот 15.02.2024 10:12\n{BODY}", D(2024, 2, 15)),
    "month-first": (f"- ноябрь 20, 2025\n\n{BODY}", D(2025, 11, 20)),
    "time-glued-to-date": (f"Заголовок новости\n10:2217.06.2023\n{BODY}", D(2023, 6, 17)),
    "rubric-glued-to-date": (f"Политика12 октября 2017 12:37\nЗаголовок новости\n{BODY}", D(2017, 10, 12)),
    "iso-short-day": (f"Заголовок новости\n2023-11-1 13:53 |\n{BODY}", D(2023, 11, 1)),
    "timestamp-opens-title": (f"2010-03-20 13:20:00 Губернатор осмотрел новую пристань\n{BODY}", D(2010, 3, 20)),
    "author-and-date": (f"Иван Петров. 12-07-2020\nЗаголовок новости\n{BODY}", D(2020, 7, 12)),
    "quoted-headline-keeps-header-open": (f'Рубрика\n"Сокол" обыграл "Ястреба"\n27 сентября 2021 22:31\n{BODY}',
                                          D(2021, 9, 27)),
    "dateline-city-full-date": (f"Заголовок новости\nАстана, 15 марта 2025 года. {BODY}", D(2025, 3, 15)),
    "dateline-comma-year-time": (f"Заголовок новости\nОзерск, 9 ноября, 2011, 18:47 — ИА Вестник. {BODY}",
                                 D(2011, 11, 9)),
    "dateline-year-from-title": (f"Продажи зерна в 2017 году выросли\nОзерск, 7 апреля, ВЕСТНИК. {BODY}",
                                 D(2017, 4, 7)),
    "dateline-year-from-caption": (f"Заголовок новости\nЗдание банка - Агентство, 1600, 07.02.2025\n"
                                   f"Подписаться\nОЗЕРСК, 7 фев – Агентство. {BODY}", D(2025, 2, 7)),
    "dateline-after-lead": (f"Заголовок 2024 года\n{BODY}\nАЛМАТЫ, 14 мар — Агентство. {BODY}", D(2024, 3, 14)),
    "dateline-deadline-year-is-not-the-year": (f"План до 2030 года\nОЗЕРСК, 14 мар — Агентство. {BODY}", None),
    "dateline-dotted-agency": (f"Заголовок новости\nМосква. 22 декабря. ВЕСТНИК.RU - {BODY}", None),
    "sentence-opening-with-date": (f"3 марта 2004 года (№ 57) было подписано постановление.\n{BODY}", None),
    # Not the article date: update stamps, today widgets, archive calendars, a month without a day.
    "updated-stamp": (f"Заголовок новости\nОбновлено 19 мая 2019\n{BODY}", None),
    "posted-then-modified": (f"Posted 2 августа 2017, 11:58\nModified 11 сентября 2022, 08:51\n{BODY}",
                             D(2017, 8, 2)),
    "widget-by-weather": (f"-19 C\nОзерск\nВоскресенье, 25 января, 2026\nЗаголовок новости\n{BODY}", None),
    "widget-by-currency": (f"25 апреля 2024\nUSD 81.17 -0.12 EUR 88.64 +0.31\nЗаголовок новости\n{BODY}", None),
    "widget-then-article-date": (f"понедельник, 8 декабря 2025 г.\n+3\nЗаголовок\n\n14.10.2022, 12:45\n{BODY}",
                                 D(2022, 10, 14)),
    "weekday-under-headline": (f"Заголовок новости\nПросмотров: 57\nПонедельник, 14 августа 2023 г.\n{BODY}",
                               D(2023, 8, 14)),
    "weekday-above-headline": (f"Суббота , 20 апреля 2024\nГлавная / Лента\n\nЗаголовок новости\n{BODY}", None),
    "timed-date-near-weather": (f"+6°\nПолитика 12 октября 2017 12:37\n{BODY}", D(2017, 10, 12)),
    "archive-calendar": (f"Последние новости\n23 января 2026\n22 января 2026\n21 января 2026\n{BODY}", None),
    "month-without-day": (f"Сентябрь\n2020\nЗаголовок новости\n{BODY}", None),
    "month-year-title": (f"августа 2018\nЗаголовок новости\n{BODY}", None),
    "event-date-in-headline": (f"Выборы пройдут 18 мая 2025 года\n{BODY}", None),
    "event-date-opens-headline": (f"18 мая 2025 года состоятся выборы\n{BODY}", None),
    "rubric-then-date": (f"Общество 24 февраля 2023\nЗаголовок новости\n{BODY}", D(2023, 2, 24)),
    "date-then-rubric": (f"12 октября 2021 г. Культура и туризм\nЗаголовок новости\n{BODY}", D(2021, 10, 12)),
}  # fmt: skip


@pytest.mark.parametrize(("text", "date"), DATES.values(), ids=DATES.keys())
def test_header_date(text: str, date: D | None) -> None:
    """The header date is read from the forms the header states, and never guessed."""
    assert parse_header(text).date == date


# --- examples: author, credit, source, title -------------------------------

# id: (document, author)
AUTHORS: dict[str, tuple[str, str | None]] = {
    "author-line": (f"Автор: Иван Петров\n\n{BODY}", "Иван Петров"),
    "text-line": (f"Текст: Иван Петров\n\n{BODY}", "Иван Петров"),
    "prepared-by": (f"{BODY}\nПодготовила Анна Иванова", "Анна Иванова"),
    "name-first-line": (f"Анастасия Петрова\nРубль снова упал\n{BODY}", "Анастасия Петрова"),
    "initial-name-last-line": (f"Заголовок новости\n{BODY}\nИ.Петров\nexample.uz", "И. Петров"),
    "dateline-writer": (f"Ташкент, 14.09.19. /Иван Петров - Агентство/. {BODY}", "Иван Петров"),
    "wire-sign-off": (f"{BODY} (Павел Смирнов, текст Марии Ивановой)", "Мария Иванова"),
    "prepared-sentence-is-body": (f"Заголовок новости\nПодготовили новый проект закона.\n{BODY}", None),
    "no-author": (f"Заголовок новости\n{BODY}", None),
}  # fmt: skip


@pytest.mark.parametrize(("text", "author"), AUTHORS.values(), ids=AUTHORS.keys())
def test_header_author(text: str, author: str | None) -> None:
    """The author comes from an author line, a name line, a dateline or a sign-off, in the nominative."""
    assert parse_header(text).author == author


# id: (document, photo credit)
CREDITS: dict[str, tuple[str, str | None]] = {
    "handle": (f"date 2025-10-21 Фото: t.me/example\n{BODY}", "t.me/example"),
    "site-lower-case": (f"Заголовок новости\nфото: example.com\n{BODY}", "example.com"),
    "names-genitive": (f"фото Ивана Петрова, Сергея Смирнова\n\n{BODY}", "Иван Петров, Сергей Смирнов"),
    "photo-author-line": (f"{BODY}\nАвтор фото: Ивана Петрова", "Иван Петров"),
    "photographer-line": (f"Фотограф: Сергей Смирнов\n{BODY}", "Сергей Смирнов"),
    "photographer-marked": (f"{BODY}\nИван Петров (фото), Агентство\n", "Иван Петров"),
    "none": (BODY, None),
}  # fmt: skip


@pytest.mark.parametrize(("text", "credit"), CREDITS.values(), ids=CREDITS.keys())
def test_header_photo_credit(text: str, credit: str | None) -> None:
    """Photo credits keep handles and links as written and put names in the nominative."""
    assert parse_header(text).photo_credit == credit


def test_header_source() -> None:
    """An "Источник:" line is the source, kept as written."""
    h = parse_header(f"Заголовок новости\nИсточник: example.uz\n{BODY}")
    assert h.source == "example.uz"
    assert [p.kind for p in h.paragraphs] == ["title", "source", "body"]


# id: (document, kinds, title)
KINDS: dict[str, tuple[str, list[str], str | None]] = {
    "lead-on-date-line-is-body": (f"date 2025-12-29 {BODY}\n\nЕще одна фраза.", ["body", "body"], None),
    "title-on-date-line": (f"date 2025-12-29 Рост экспорта зерна\n{BODY}", ["title", "body"], "Рост экспорта зерна"),
    "credit-then-body": (f"date 2025-10-21 Фото: t.me/example\n\n{BODY}", ["credit", "body"], None),
    "credit-then-subheading": (f"фото Ивана Петрова\n\nЦифровой вектор\n\n{BODY}\n\nНовые маршруты\n\n{BODY}",
                               ["credit", "title", "body", "subheading", "body"], "Цифровой вектор"),
    "title-with-quote-dash": ("Тарифы вырастут на 25-35 процентов - министр экономики\n" + BODY,
                              ["title", "body"], "Тарифы вырастут на 25-35 процентов - министр экономики"),
    "dash-line-is-body": (f"– Мы построим завод, – сказал он\n{BODY}", ["body", "body"], None),
    "link-is-not-title": (f"https://example.ru/news/1\nРост экспорта зерна\n{BODY}", ["source", "title", "body"],
                          "Рост экспорта зерна"),
    "rubric-is-not-title": (f"Актуально\nРост экспорта зерна\n{BODY}", ["subheading", "title", "body"],
                            "Рост экспорта зерна"),
    "photo-marker-in-headline": (f"Министр посетил новый завод (фото)\n{BODY}", ["title", "body"],
                                 "Министр посетил новый завод (фото)"),
    "one-word-title": (f"Заголовок\n{BODY}", ["title", "body"], "Заголовок"),
    "author-and-lone-date": (f"Автор: Иван Петров\n{BODY}\n21.05.2016", ["author", "body", "dateline"], None),
    # A line broken inside a sentence (a link stripped from the page) is one paragraph with the next line.
    "broken-line-joined": ("Рост экспорта зерна\nОб этом \nсообщил министр. Цены растут.\nЭкспорт вырос.",
                           ["title", "body", "body"], "Рост экспорта зерна"),
    "indented-fragment-runs-on": ("Рост экспорта зерна\n«Мы готовы», — \nзаявил\n Петров.\nЭкспорт вырос.",
                                  ["title", "body", "body"], "Рост экспорта зерна"),
    "capital-after-fragment-is-new": ("Рост экспорта зерна\nОн работал с \nчистыми спортсменами\nПодобного мнения "
                                      "придерживается тренер.", ["title", "body", "body"], "Рост экспорта зерна"),
    "heading-then-lower-case-is-joined-only-once": ("Рост экспорта зерна\nИтоги года.\nсообщил министр.",
                                                    ["title", "body", "body"], "Рост экспорта зерна"),
    "link-words-on-a-line-of-their-own": ("Рост экспорта зерна\nВойска заняли город \nАфрин\n в среду.\nИтоги года.",
                                          ["title", "body", "body"], "Рост экспорта зерна"),
    "link-words-before-a-bracket": ("Рост экспорта зерна\nЦены выросли в городе \nАлматы\n (где склады) вдвое.\nИтоги.",
                                    ["title", "body", "body"], "Рост экспорта зерна"),
    # A name on a line of its own near the end, a sentence running through it, is a link's words, no byline.
    "name-line-inside-a-sentence": ("Рост экспорта зерна\nЭкспорт вырос.\nПоэтому глава союза \nАйдар Сеитов\n "
                                    "считает, что цены упадут.", ["title", "body", "body"], "Рост экспорта зерна"),
    "punctuation-line-joined": ("Рост экспорта зерна\nС тех пор, \nпо его словам\n, цены растут.\nИтоги года.",
                                ["title", "body", "body"], "Рост экспорта зерна"),
    "ellipsis-and-tags-not-joined": ("Рост экспорта зерна\nЦены растут\n...\n#Зерно\n.",
                                     ["title", "subheading", "body", "subheading", "body"], "Рост экспорта зерна"),
    "timestamp-line": (f"Рост экспорта зерна\n2025-11-04T10:38+0300\n{BODY}", ["title", "dateline", "body"],
                       "Рост экспорта зерна"),
}  # fmt: skip


@pytest.mark.parametrize(("text", "kinds", "title"), KINDS.values(), ids=KINDS.keys())
def test_paragraph_kinds(text: str, kinds: list[str], title: str | None) -> None:
    """Lines are classified as title, subheading, header metadata or body."""
    h = parse_header(text)
    assert [p.kind for p in h.paragraphs] == kinds
    assert h.title == title


def test_a_name_inside_a_sentence_is_no_author() -> None:
    """A name read as a byline that a sentence runs through (a link's words) leaves the article with no author."""
    text = "Рост экспорта зерна\nЭкспорт вырос.\nПоэтому глава союза \nАйдар Сеитов\n считает, что цены упадут."
    assert parse_header(text).author is None
    assert parse_header("Рост экспорта зерна\nЭкспорт вырос.\nАйдар Сеитов").author == "Айдар Сеитов"


def test_offsets_survive_odd_white_space() -> None:
    """Paragraph spans point into the text as given, around CRLF, NBSP and thin spaces."""
    text = "date 2025-10-21\u00a0Заголовок\u2009новости\r\n\r\n\u202fТекст новости.\u00a0\r\n"
    h = parse_header(text)
    assert h.date == D(2025, 10, 21)
    assert [text[p.start : p.end] for p in h.paragraphs] == ["Заголовок\u2009новости", "Текст новости."]


def test_iter_lines_line_ends() -> None:
    """Lines split on \\n, \\r\\n and \\r; blank lines are skipped; spans are stripped."""
    text = " а \r\nб\rв\n\n\t\nг"
    assert [text[s:e] for s, e in iter_lines(text)] == ["а", "б", "в", "г"]


class _CountingStr(str):
    """A string that counts the characters its methods look at."""

    looked = 0

    def __getitem__(self, key: object) -> str:
        _CountingStr.looked += 1
        return str.__getitem__(self, key)  # type: ignore[index]

    def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        at = str.find(self, sub, start, end)
        lo = 0 if start is None else int(start)
        hi = len(self) if end is None else int(end)
        _CountingStr.looked += (at if at >= 0 else hi) - lo
        return at


def _looked_at(text: str) -> int:
    _CountingStr.looked = 0
    list(iter_lines(_CountingStr(text)))
    return _CountingStr.looked


@pytest.mark.parametrize("brk", ["\r", "\n", "\r\n"])
def test_iter_lines_is_linear(brk: str) -> None:
    """Splitting twice the text looks at twice the characters, whatever the line ends (no rescans)."""
    one = _looked_at(f"Строка текста.{brk}" * 2000)
    two = _looked_at(f"Строка текста.{brk}" * 4000)
    assert two <= 2 * one + 10


def test_parse_header_rejects_non_str() -> None:
    """A wrong argument type is a TypeError."""
    with pytest.raises(TypeError):
        parse_header(b"date 2025-10-21")  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------


@given(st.text(max_size=400) | hostile_texts)
@example("date 2025-02-30 текст")
@example("Ташкент, 31.02.19. /Иван Петров - Агентство/.")
@example("(текст Марии")
def test_no_crash_and_spans(text: str) -> None:
    """parse_header never raises on a string; every paragraph is a stripped, non-blank slice, in order."""
    h = parse_header(text)
    last_end = 0
    for p in h.paragraphs:
        assert last_end <= p.start < p.end <= len(text)
        chunk = text[p.start : p.end]
        assert chunk.strip() == chunk or chunk.strip("\ufeff") != chunk
        # A paragraph runs over a line break only where the line before ends inside a sentence, or the next
        # opens with punctuation that closes it.
        lines = re.split(r"\r\n|\r|\n", chunk)
        for line, nxt in itertools.pairwise(lines):
            last, first = line.rstrip()[-1:], nxt.lstrip()[:1]
            assert last.isalnum() or last in ",«—–-" or first in ",.;:!?", repr(chunk)
        last_end = p.end


@given(dated_documents())
def test_generated_documents_date(case: tuple[str, D | None]) -> None:
    """A document states its date exactly when it has a date header."""
    text, date = case
    h = parse_header(text)
    assert h.date == date
    assert [p.kind for p in h.paragraphs][-1] == "body"


@given(header_date_pages())
def test_generated_header_date_lines(case: tuple[str, D]) -> None:
    """A date line in any real-page form, above or below a rubric, dates the page; it is never the title."""
    text, date = case
    h = parse_header(text)
    assert h.date == date
    assert h.title is None or not any(ch.isdigit() for ch in h.title)


# --- datelines in agency styles ----------------------------------------------

# id: (text, date)
DATELINES: dict[str, tuple[str, dt.date | None]] = {
    "slashed-agency": ("БАКУ, 21 октября 2025. /Trend/. Текст новости здесь.", dt.date(2025, 10, 21)),
    "time-then-agency": ("Ташкент, 3 ноября 2025, 10:15 — Kun.uz. Текст.", dt.date(2025, 11, 3)),
    "time-then-two-word-agency": ("МОСКВА, 15 октября 2025, 12:30 — РИА Новости. Текст.", dt.date(2025, 10, 15)),
    "no-year-no-date": ("ТБИЛИСИ, 5 сен - Интерфакс. Текст новости.", None),
    "date-first-city-slashed": ("11 июня, Минск /Корр. Агентства/. Текст.", None),
    "parenthesised-agency-year": ("Минск, 8 апреля 2021 (Агентство). Текст новости.", dt.date(2021, 4, 8)),
    "caps-agency-after-comma": ("Озерск, 7 апреля 2017, ВЕСТНИК. Текст новости.", dt.date(2017, 4, 7)),
    "bare-dash": ("Москва. 22 октября 2021. — Текст новости.", dt.date(2021, 10, 22)),
}


@pytest.mark.parametrize(("text", "date"), DATELINES.values(), ids=DATELINES.keys())
def test_dateline_dates_the_article(text: str, date: dt.date | None) -> None:
    assert parse_header(text).date == date


def test_copyright_line_is_a_credit_of_no_photo() -> None:
    """A "© …" line anywhere is a credit line, not text, and credits no photo in particular."""
    text = f"Заголовок новости\n{BODY}\n © Иван Петров \n{BODY}"
    h = parse_header(text)
    kinds = [(text[p.start : p.end].strip(), p.kind) for p in h.paragraphs]
    assert ("© Иван Петров", "credit") in kinds
    assert h.photo_credit is None
