"""Quotes reported through someone else, quotation marks set in real typography, and speakers after long titles."""

from __future__ import annotations

import pytest

from kzaz_corpus import Article
from kzaz_corpus.stages.quotes.text import quote_spans


def quotes_of(text: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, text, speaker, rule) of every quote found in *text* parsed as an article."""
    return [(q.kind, q.text, q.speaker, q.rule) for q in Article.from_text(text).quotes]


EXAMPLES = {
    # "приводятся слова X", "приводит агентство заявление X": the words are X's.
    "passive-words-of": (
        "Клуб подписал полузащитника.\n"
        "«Мы рады, что он с нами», — приводятся слова главного тренера клуба Ивана Петрова.",
        [("direct", "Мы рады, что он с нами", "Иван Петров", "marks-words-of")],
    ),
    "statement-of": (
        "Бывший министр Алексей Петров заявил, что готовит проект.\n"
        "«Я готовлю проект на шесть лет», — приводит агентство заявление Петрова по итогам форума.",
        [
            ("indirect", "готовит проект", "Алексей Петров", "chto"),
            ("direct", "Я готовлю проект на шесть лет", "Алексей Петров", "marks-words-of"),
        ],
    ),
    # "Как сообщает «X», это произошло …": what the outlet reported, the outlet named whole.
    "kak-quoted-outlet-eto": (
        "Команда выиграла.\nКак сообщает «Вечерний вестник», это произошло в игре пятого тура.",
        [("indirect", "это произошло в игре пятого тура", "Вечерний вестник", "kak")],
    ),
    # "по сообщению X" attributes like "по словам X".
    "po-soobshcheniyu": (
        "Туристы застряли на пляже.\nПо сообщению спасателей, все отдыхающие были предупреждены об ухудшении погоды.",
        [("indirect", "все отдыхающие были предупреждены об ухудшении погоды", "спасатели", "po-slovam")],
    ),
    # One » closes a proverb and the quotation around it.
    "shared-closing-mark": (
        "«Решение ничтожно. Мы видим пример поговорки «сапожник без сапог», — сказал депутат Олег Кравцов.",
        [
            (
                "direct",
                "Решение ничтожно. Мы видим пример поговорки «сапожник без сапог",
                "Олег Кравцов",
                "marks-after",
            )
        ],
    ),
    # German-order marks inside a quotation do not cut it.
    "german-order-inner-marks": (
        "«Выставка получила название »Давайте знакомиться«. Всего в ней сорок картин», - рассказала "
        "хранитель музея Анна Белова.",
        [
            (
                "direct",
                "Выставка получила название »Давайте знакомиться«. Всего в ней сорок картин",
                "Анна Белова",
                "marks-after",
            )
        ],
    ),
    # A pronoun inside a direct quote is the person the quote named before it.
    "pronoun-inside-quote": (
        "Министр спорта Олег Кравцов выступил перед командой. В составе играют Кирилл Панов и Денис Рябов.\n"
        '"Режим нарушать нельзя. Помню, как я спрашивал Игоря Смирнова, как ему удается играть так долго. '
        'Он сказал, что отдыхал всего пару дней в году. Свободного времени нет", - сказал Кравцов.',
        [
            (
                "direct",
                "Режим нарушать нельзя. Помню, как я спрашивал Игоря Смирнова, как ему удается играть так долго. "
                "Он сказал, что отдыхал всего пару дней в году. Свободного времени нет",
                "Олег Кравцов",
                "marks-after",
            ),
            ("indirect", "отдыхал всего пару дней в году", "Игорь Смирнов", "chto"),
        ],
    ),
    # A chain of titles set off by commas before the name; a name inside a link is someone else.
    "title-chain": (
        "«Механизм объясняет многое», — сказал ведущий автор исследования, заведующий лабораторией центра "
        "имени Дмитрия Орлова и профессор кафедры физики Иван Петров, слова которого приводятся в сообщении.",
        [("direct", "Механизм объясняет многое", "Иван Петров", "marks-after")],
    ),
    # An organisation in quotation marks between a title and a name the dictionary does not know.
    "title-quoted-org-unknown-name": (
        "Клуб объявил о новом контракте.\n«Мы очень рады», - сказал главный тренер «Вымпела» Унаи Бертоли.",
        [("direct", "Мы очень рады", "Унаи Бертоли", "marks-after")],
    ),
    # A body named by a capitalised adjective and a noun, in the nominative.
    "po-dannym-capitalised-body": (
        "По данным Пенсионного фонда страны, выплаты выросли на 7%.",
        [("indirect", "выплаты выросли на 7%", "Пенсионный фонд страны", "po-slovam")],
    ),
    # An agency in capitals and a capitalised word that ends the clause: one name.
    "caps-agency-two-words": (
        "Толчок зафиксирован на глубине 40 километров, передает РИА Новости.",
        [("indirect", "Толчок зафиксирован на глубине 40 километров", "РИА Новости", "postposed")],
    ),
    "caps-agency-quoted-word": (
        "Толчок зафиксирован на глубине 40 километров, передает РИА «Новости».",
        [("indirect", "Толчок зафиксирован на глубине 40 километров", "РИА «Новости»", "postposed")],
    ),
    # A Latin outlet name keeps its inner full stops and loses the final one.
    "latin-outlet-no-final-stop": (
        "Россия строит вторую базу, сообщает газета The Morning.",
        [("indirect", "Россия строит вторую базу", "газета The Morning", "postposed")],
    ),
    # A quoted fragment inside a sentence with a postposed attribution: the whole sentence, indirect.
    "quoted-fragment-postposed": (
        'Состояние здания "очень плохое", заявил инженер Олег Кравцов на встрече.',
        [("indirect", 'Состояние здания "очень плохое"', "Олег Кравцов", "marks-partial")],
    ),
    # "говорится в заявлении X, опубликованном …": the sentence before is X's; the participle after is not a quote.
    "impersonal-statement-of-person": (
        "Задержанному предъявили обвинения, говорится в заявлении прокурора округа Ивана Петрова, "
        "опубликованном на сайте.",
        [("indirect", "Задержанному предъявили обвинения", "Иван Петров", "postposed")],
    ),
}

# Constructions the new rules must leave alone.
KEPT = {
    "kak-eto-zayavil": ("Как сообщает агентство, это заявил министр Иван Петров.", []),
    "colon-before-marks": (
        "Министр добавил: «Рост будет», — передает агентство.",
        [("direct", "Рост будет", "агентство", "marks-after")],
    ),
    # The agency is where the words were said; the person after it speaks.
    "caps-agency-then-person": (
        "Рост цен продолжится до мая, сказал ТАСС министр Иван Петров.",
        [("indirect", "Рост цен продолжится до мая", "Иван Петров", "postposed")],
    ),
    "parenthetical-intro": (
        "В частности, сказал министр Иван Петров, рост продолжится.",
        [("indirect", "рост продолжится", "Иван Петров", "parenthetical")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(EXAMPLES.values()), ids=list(EXAMPLES))
def test_reported_and_typeset_quotes(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), list(KEPT.values()), ids=list(KEPT))
def test_neighbouring_constructions_kept(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert quotes_of(text) == expected


def test_stray_opener_alone_before_a_quotation() -> None:
    text = '“\n"Ни один регион не отстал", — добавили в ведомстве.'
    assert [(text[o + 1 : c], depth) for o, c, depth in quote_spans(text, 0, len(text))] == [
        ("Ни один регион не отстал", 0)
    ]


def test_quotation_open_at_paragraph_end_stays_open() -> None:
    # Without an attribution after the inner close, the outer quotation may go on in the next paragraph.
    text = "«Первая часть. Поговорка «тише едешь» здесь.\n"
    assert [text[o + 1 : c] for o, c, _ in quote_spans(text, 0, len(text))] == ["тише едешь"]
