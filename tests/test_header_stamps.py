"""Tests for kzaz_corpus.stages.header: a date stamp under a headline that ends like a sentence, bracketed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzaz_corpus.stages.header import parse_header
from kzaz_corpus.stages.header_dates import line_date

D = dt.date
BODY = "В Жетысайском районе открыли новую школу на 600 мест. Об этом сообщил аким района Нурлан Сапаров."

CASES = [
    (f"Кто построит мост через Сырдарью?\n14.03.2022, 10:15\n{BODY}", D(2022, 3, 14)),
    (f"Ярмарка в Шымкенте собрала фермеров…\n05.09.2021 18:40\nЧитать на сайте\n{BODY}", D(2021, 9, 5)),
    (f"В районе откроют новую школу.\n  • 12.02.2020\n  • 540 просмотров\n{BODY}", D(2020, 2, 12)),
    (f"Новая школа в районе, ремонт дорог, тарифы на газ и другие новости недели для жителей нашей области и региона\n"
     f"2024-02-09 | Хроника\n{BODY}", D(2024, 2, 9)),
    (f"Кто построит мост через Сырдарью?\nОпубликовано: 14.03.2022\n{BODY}", D(2022, 3, 14)),
    (f"[17.05.2OO3] Фермеры получили субсидии\n{BODY}", D(2003, 5, 17)),
    (f"[03.10.2ОО1] Коллектив фабрики «Алтын Жол» обратился к жителям района с письмом\n{BODY}", D(2001, 10, 3)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), CASES)
def test_stamp_under_a_sentence_headline(text: str, date: dt.date) -> None:
    """A date stamp right under a headline read as a sentence, or in brackets, dates the article."""
    assert parse_header(text).date == date


NOT_DATED = [
    # A bare date under the first lines with a weather reading below: a today widget.
    f"Город готовится к празднику.\n2024. gada 7. maijs\nOtrdiena\n+14.2 °C\n{BODY}",
    # An update stamp is not the publication date.
    f"Кто построит мост через Сырдарью?\nОбновлено 14.03.2022, 10:15\n{BODY}",
    # A date lower in the body is an event's.
    f"Кто построит мост?\n{BODY}\n{BODY}\n{BODY}\n14.03.2022, 10:15 прошло собрание жителей и решило строить мост.",
]


@pytest.mark.parametrize("text", NOT_DATED)
def test_no_stamp(text: str) -> None:
    """Widgets, update stamps and dates in the body do not date the article."""
    assert parse_header(text).date is None


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2009, 12, 31)), st.sampled_from("OО"))
def test_letter_o_in_a_year_reads_as_zero(date: dt.date, letter: str) -> None:
    """A year typed with the letter O for its zeros reads as the year."""
    year = str(date.year).replace("0", letter)
    found = line_date(f"[{date.day:02d}.{date.month:02d}.{year}] Заголовок")
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "line",
    [
        "Автор: Дина Омарова | 14.03.2022",
        "Автор: Дина Омарова, 14 марта 2022, 10:15",
        "Автор: Дина Омарова • 14.03.2022",
    ],
)
def test_date_after_the_author(line: str) -> None:
    """A date after the author's name on the author line dates the article and stays out of the name."""
    h = parse_header(f"Новая школа в районе\n{line}\n{BODY}")
    assert (h.date, h.author) == (D(2022, 3, 14), "Дина Омарова")


DATELINES = [
    ("Ташкент, 14 марта 2022 года, «Вестник» ИА.", D(2022, 3, 14)),
    ("(Агентство) - 14 марта 2022.", D(2022, 3, 14)),
    ("Баку /Агентство/ 14.03.2022.", D(2022, 3, 14)),
    ("Актау. 14 марта. Caspian News -", D(2022, 3, 14)),
]


@pytest.mark.parametrize(("dateline", "date"), DATELINES)
def test_more_datelines(dateline: str, date: dt.date) -> None:
    """Datelines with the agency before the date, in quotation marks, or in Latin letters date the article."""
    text = f"Новая школа в районе\n{dateline} {BODY} Школу открыли 14 марта 2022 года."
    assert parse_header(text).date == date


def test_sentence_opening_with_a_date_is_no_dateline() -> None:
    """A first sentence that opens with a date is an event's date."""
    assert parse_header(f"Новая школа в районе\nПрезидент 14 марта 2022 года подписал указ. {BODY}").date is None


CAPTIONS = [
    "Школа, школы, класс, уроки, фото - Новости Вестник от 11.12.2025 18:37 Фото: vestnik.kz",
    "Мост, река, стройка, фото - Новости Агентства от 3.04.2024 09:05 Фото: пресс-служба акимата",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_image_caption_with_its_credit(caption: str) -> None:
    """An image's alt text with its credit at the end is a credit line; the outlet's timed stamp dates the page."""
    h = parse_header(f"Общество\n\nВ районе открыли новую школу – аким\n\n{caption}\n{BODY}")
    kinds = [p.kind for p in h.paragraphs]
    assert kinds[2:] == ["credit", "body"]
    assert h.photo_credit == caption.rsplit("Фото: ", 1)[1]
    assert h.date is not None and h.date.year in (2024, 2025)


def test_sentence_ending_with_a_credit_stays_body() -> None:
    """A sentence before the credit is the article's text, and a date in it is no stamp."""
    line = "Аким открыл школу, фото сделали 11.12.2025 18:37 ученики. Фото: vestnik.kz"
    h = parse_header(f"В районе открыли новую школу – аким\n\n{line}\n{BODY}")
    assert [p.kind for p in h.paragraphs][1] != "credit" and h.photo_credit is None and h.date is None
