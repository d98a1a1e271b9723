"""Article.from_text as a whole: robustness and span fidelity on any input."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzaz_corpus import Article, KzazError

_PIECES = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ")
    + list(" \n\r\t\u00a0\u2009\u202f«»\"„“”'–—-.,:;!?()/%$₸0123456789")
    + ["date ", "Фото: ", "Автор: ", " заявил ", ", что ", " млн ", " тонн", " году", "По словам "]
)
_NEWSY = st.lists(_PIECES, max_size=120).map("".join)
_ANY = st.text(max_size=400)


def _check_spans(article: Article) -> None:
    text = article.text
    for p in article.paragraphs:
        assert 0 <= p.start <= p.end <= len(text)
    for d in article.dates:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.surface
    for q in article.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.mention_start is not None and q.mention_end is not None:
            assert 0 <= q.mention_start <= q.mention_end <= len(text)
    for m in article.metrics:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
        if m.high is not None:
            assert m.value <= m.high
    for seq in (article.dates, article.quotes, article.metrics):
        starts = [x.start for x in seq]
        assert starts == sorted(starts)


@given(st.one_of(_ANY, _NEWSY))
@example("«" * 2000)
@example("–" * 2000 + "\n– " * 200)
@example("1" * 5000)
@example('"' * 3000)
@example(" date 2025-13-45 Фото:\n\nАвтор:\n")
@example("– Да, – сказал он. – Нет.\n– Токаев")
@example("Заголовок\nОб этом \r\nсообщил министр, что рост \nсоставил 5 %\n 3 марта.")
def test_from_text_never_raises_and_spans_are_true(text: str) -> None:
    """Parsing any string raises nothing but KzazError, and every span slices to its surface."""
    try:
        article = Article.from_text(text, id="h")
    except KzazError:
        return
    assert article.text == text
    _check_spans(article)


@pytest.mark.parametrize("stage", ["dates", "metrics", "quotes.extract"])
@pytest.mark.parametrize("fault", [IndexError, KeyError, ValueError])
def test_a_broken_stage_fails_the_no_crash_property(
    monkeypatch: pytest.MonkeyPatch, stage: str, fault: type[Exception]
) -> None:
    """The property above catches a bug: an error inside a stage is not disguised as a KzazError."""
    import importlib

    module = importlib.import_module(f"kzaz_corpus.stages.{stage}")

    def broken(*args: object, **kwargs: object) -> tuple[()]:
        raise fault("injected")

    monkeypatch.setattr(module, "run", broken)
    with pytest.raises(fault, match="injected"):
        test_from_text_never_raises_and_spans_are_true()


def test_seed_like_article_round_trips_through_json() -> None:
    """A parsed article survives to_json/from_json unchanged."""
    text = (
        "date 2025-05-06 Экспорт зерна вырос\n\n"
        "– Мы нарастили поставки овса на 12 процентов, – отметил глава аграрного ведомства Иван Петров.\n"
    )
    a = Article.from_text(text, id="x")
    assert Article.from_json(a.to_json()) == a


@pytest.mark.parametrize(
    "text",
    [
        "\U00011f50",
        "Рост на \U00011f55\U00011f50 тонн.",
        "\U00011f51 мая 2024 года состоялась встреча.",
        "\U00011f51.05.2024 12:00\n\nТекст.",
    ],
)
def test_digits_this_python_cannot_read(text: str) -> None:
    """A decimal digit the regex engine knows but this Python's Unicode tables do not is no number, never a crash."""
    a = Article.from_text(text, id="x")
    assert a.metrics == () and a.date is None
    assert all(d.value is None or d.value.year == 2024 for d in a.dates)


def test_a_long_text_leaves_the_collector_as_it_found_it() -> None:
    """The garbage collector paused for a long text is on again afterwards, and stays off if it was off."""
    import gc

    long_text = "Цены выросли на 5%.\n" * 4000
    assert gc.isenabled()
    Article.from_text(long_text)
    assert gc.isenabled()
    gc.disable()
    try:
        Article.from_text(long_text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_paused_while_a_long_text_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """While a long text is read the cyclic collector is off; a short one leaves it on."""
    import gc

    from kzaz_corpus.model import Header
    from kzaz_corpus.stages import header

    seen: list[bool] = []
    parse = header.parse_header

    def spy(text: str) -> Header:
        seen.append(gc.isenabled())
        return parse(text)

    monkeypatch.setattr(header, "parse_header", spy)
    Article.from_text("Цены выросли на 5%.\n" * 4000)
    Article.from_text("Цены выросли на 5%.")
    assert seen == [False, True]


def test_a_line_broken_inside_a_sentence_is_read_as_one() -> None:
    """Quotes over broken lines are found, and their text keeps the line breaks as given."""
    text = (
        "Новости дня\nЗавод остановлен на ремонт. Об этом \nсообщил директор Олег Сидоров.\n"
        "«Цены снизятся», — \nзаявил\n министр Иван Петров."
    )
    art = Article.from_text(text)
    assert [(q.text, q.speaker) for q in art.quotes] == [
        ("Завод остановлен на ремонт", "Олег Сидоров"),
        ("Цены снизятся", "Иван Петров"),
    ]
    assert art.quotes[0].verb == "сообщить"
    _check_spans(art)
