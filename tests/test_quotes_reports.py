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
    # "цитирует X издание": the one quoted is the verb's object.
    "cites-object": (
        "Губернатор Иван Петров провел совещание.\n«Я говорю это специально», — цитирует губернатора сайт области.",
        [("direct", "Я говорю это специально", "Иван Петров", "marks-cited")],
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
    # "согласно заявлению X" attributes like "по заявлению X"; with no one named, the author just quoted.
    "soglasno-statement-inherits": (
        "Прокурор Иван Петров заявил, что обвинения предъявлены.\n"
        "Согласно заявлению, задержанному грозит до четырех лет заключения.",
        [
            ("indirect", "обвинения предъявлены", "Иван Петров", "chto"),
            ("indirect", "задержанному грозит до четырех лет заключения", "Иван Петров", "po-slovam"),
        ],
    ),
    "soglasno-dannym-body": (
        "Согласно данным Минфина, дефицит бюджета сократился.",
        [("indirect", "дефицит бюджета сократился", "Минфин", "po-slovam")],
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
    # An outlet written in mixed case stays as written.
    "mixed-case-outlet": (
        "Как уточняет ИнфоКаз, бывшие чиновники обвиняются по пяти делам.",
        [("indirect", "бывшие чиновники обвиняются по пяти делам", "ИнфоКаз", "kak")],
    ),
    # A plural verb and a place: the place speaks, not a word inside it or a listener before it.
    "plural-place-whole": (
        "Тарифы на воду вырастут с 1 июля, сообщили в пресс-службе ведомства.",
        [("indirect", "Тарифы на воду вырастут с 1 июля", "пресс-служба ведомства", "postposed")],
    ),
    "plural-place-after-listener": (
        "Тарифы на воду вырастут с 1 июля, рассказали «Вестнику» в министерстве.",
        [("indirect", "Тарифы на воду вырастут с 1 июля", "министерство", "postposed")],
    ),
    # An opinion verb in the plural with a place: the place holds the opinion.
    "plural-opinion-place": (
        "Рост тарифов продолжится до весны, считают в ведомстве.",
        [("indirect", "Рост тарифов продолжится до весны", "ведомство", "postposed")],
    ),
    # Backward attribution by a noun of speech: "Соответствующее заявление сделал X", "С таким заявлением выступил X".
    "backward-corresponding-statement": (
        "Дороги отремонтируют к осени. Соответствующее заявление сделал министр Иван Петров.",
        [("indirect", "Дороги отремонтируют к осени", "Иван Петров", "ob-etom")],
    ),
    "backward-came-out-with-statement": (
        "Дороги отремонтируют к осени. С таким заявлением выступил министр Иван Петров.",
        [("indirect", "Дороги отремонтируют к осени", "Иван Петров", "ob-etom")],
    ),
    # A place that opens the clause before "уточнили: «…»" speaks; a particle ends the place.
    "place-before-colon": (
        "В пресс-службе Минздрава уточнили: «Вакцины хватит всем».",
        [("direct", "Вакцины хватит всем", "пресс-служба Минздрава", "marks-colon")],
    ),
    "place-then-negation": (
        "В ведомстве не считают, что дороги отремонтируют к осени.",
        [("indirect", "дороги отремонтируют к осени", "ведомство", "chto")],
    ),
    # A foreign first name in a vowel and -и does not decline: not the genitive of a name in -ая.
    "vowel-i-first-name": (
        "По словам тренера Унаи Бертоли, команда готова.",
        [("indirect", "команда готова", "Унаи Бертоли", "po-slovam")],
    ),
    # A noun phrase that fills the clause after the verb and agrees with it is its subject.
    "noun-subject-after-verb": (
        "Королева посетит столицу в октябре, сообщил Северный дворец.",
        [("indirect", "Королева посетит столицу в октябре", "Северный дворец", "postposed")],
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
    # Open sources and analyses are no speakers.
    "soglasno-open-sources": ("Согласно данным из открытых источников, толчок был слабым.", []),
    "po-dannym-analysis": ("По данным анализа отрасли, спрос на туры вырос.", []),
    "soglasno-weather-forecast": ("Согласно прогнозу погоды, дождей в регионе не ожидается.", []),
    # "выступил" attributes only after a noun of speech.
    "spoke-at-forum": ("Министр Иван Петров выступил на форуме, что стало событием года.", []),
    # An adverb before the noun, a listener, or a cut-off word: no subject.
    "adverb-then-noun": ("Королева посетит столицу в октябре, сообщил вчера дворец.", []),
    "cut-off-title": ("Королева посетит столицу в октябре, сообщил минист", []),
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
