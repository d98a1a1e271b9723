"""Tests for kzaz_corpus.stages.metrics: which figures a text states, and what they measure."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzaz_corpus import Article
from kzaz_corpus.corpus.queries import MetricRow, metrics_table
from kzaz_corpus.errors import KzazError
from kzaz_corpus.model import DateMention, Metric, Paragraph
from kzaz_corpus.stages.metrics import extract_metrics


def marked(source: str) -> tuple[str, list[str]]:
    """Split "вырос на [62 процента]" into the plain text and the bracketed surfaces."""
    text, pos = "", 0
    spans: list[str] = []
    while True:
        a = source.find("[", pos)
        if a < 0:
            return text + source[pos:], spans
        b = source.index("]", a)
        text += source[pos:a]
        spans.append(source[a + 1 : b])
        text += source[a + 1 : b]
        pos = b + 1


def metrics_of(text: str) -> tuple[Metric, ...]:
    return extract_metrics(text, (Paragraph(0, len(text), "body"),))


# (marked text, expected (value, high, unit, qualifier) per bracketed span)
CASES = [
    ("Товарооборот вырос на [62 процента] и составил [4,5 миллиона тонн].",
     [(62, None, "процент", None), (4.5e6, None, "тонна", None)]),
    ("Решили [удвоить] оборот и довести его до [одного миллиарда долларов].",
     [(2, None, "раз", None), (1e9, None, "доллар", None)]),
    ("Экспорт составил [почти полтора миллиона тонн].", [(1.5e6, None, "тонна", "approx")]),
    ("Доставка занимает [15–18 дней].", [(15, 18, "день", None)]),
    ("Подписано [15 документов] о сотрудничестве.", [(15, None, "документ", None)]),
    ("В хабе работает [свыше 1 800 IT-компаний].", [(1800, None, "компания", "more")]),
    ("Цена выросла [в пять раз], а спрос [почти вдвое].", [(5, None, "раз", None), (2, None, "раз", "approx")]),
    ("Инфляция составила [14,3%], безработица [5 %].", [(14.3, None, "процент", None), (5, None, "процент", None)]),
    ("Сделка стоит [$529,4 млн].", [(529.4e6, None, "доллар", None)]),
    ("Бюджет составит [31, 4 триллиона тенге].", [(31.4e12, None, "тенге", None)]),
    ("Добыча достигла [около 3-3,5 млрд кубометров] газа.", [(3e9, 3.5e9, "кубометр", "approx")]),
    ("Объявлен [40-процентный] рост выплат.", [(40, None, "процент", None)]),
    ("Построят [порядка 15 кирпичных заводов].", [(15, None, "завод", "approx")]),
    ("Откроют [четыре новые линии] производства.", [(4, None, "линия", None)]),
    ("Площадь цеха — [7 тысяч квадратных метров].", [(7000, None, "квадратный метр", None)]),
    ("На ремонт выделили [1,5 млрд], остальное вернут.", [(1.5e9, None, None, None)]),
    ("Мы близки к круглому [миллиарду], сказал он.", [(1e9, None, None, None)]),
    ("Форум соберёт [до 5 тысяч человек].", [(5000, None, "человек", "less")]),
    ("Зарплаты подорожают до [5 тысяч тенге].", [(5000, None, "тенге", None)]),
    ("Затраты снизились [более чем на 12 процентов].", [(12, None, "процент", "more")]),
    ("Группа причастна [как минимум к 15 атакам].", [(15, None, "атака", "more")]),
    ("Оценка: [от 200 до 400 млрд тенге].", [(2e11, 4e11, "тенге", None)]),
    ("Оборот составил [$3 млрд. 517 млн]. Это рекорд.", [(3.517e9, None, "доллар", None)]),
    ("Урожай — [6,4 млн. тонн] зерна.", [(6.4e6, None, "тонна", None)]),
    ("Посажено [6,35 га] садов и продано [35 млрд руб.] продукции.",
     [(6.35, None, "гектар", None), (35e9, None, "рубль", None)]),
    ("Выпущено [40 видов перчаток] и [2,5 миллиона пар перчаток].",
     [(40, None, "вид", None), (2.5e6, None, "пара", None)]),
    ("Курс поднялся до отметки в [76,5 рублей].", [(76.5, None, "рубль", None)]),
    ("Прогноз повысили с [17%] до [19%].", [(17, None, "процент", None), (19, None, "процент", None)]),
    ("За [три года] визитов было [более десяти], отметил он.", [(3, None, "год", None), (10, None, "визит", "more")]),
    ("Хаб объединяет [свыше 1 800 IT-компаний], в том числе [более 460] с иностранным участием.",
     [(1800, None, "компания", "more"), (460, None, "компания", "more")]),
    ("Также до [415] выросло число рыболовных судов.", [(415, None, "судно", None)]),
    ("Собрано [17 млрд манатов], а это [в 1,4 раза] больше.", [(17e9, None, "манат", None), (1.4, None, "раз", None)]),
    ("Долг составил [23 миллиарда в лари].", [(23e9, None, "лари", None)]),
    ("[Больше 640 млн] - это итог года.", [(640e6, None, None, "more")]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[marked(c[0])[1][0] for c in CASES])
def test_examples(source: str, expected: list[tuple[float, float | None, str | None, str | None]]) -> None:
    """Each bracketed span is found as a metric with its value, range end, unit and qualifier."""
    text, surfaces = marked(source)
    found = metrics_of(text)
    assert [m.surface for m in found] == surfaces
    got = [(m.value, m.high, m.unit, m.qualifier) for m in found]
    assert got == [(float(v), None if h is None else float(h), u, q) for v, h, u, q in expected]


# Fresh news-style sentences on varied topics and agency styles, one per
# rule family: money, energy, sport, regions, diplomacy, ranges in words,
# fractions in words, multiplying verbs and qualifiers.
NEWS_CASES = [
    ("somoni-range-and-qualifiers",
     "Гранты составят [от 30 до 80 сомони], а весь фонд — [почти 2,4 млн сомони].",
     [(30, 80, "сомони", None), (2.4e6, None, "сомони", "approx")]),
    ("counted-noun-misread-by-dictionary",
     "Новый кодекс состоит из [214 статей].",
     [(214, None, "статья", None)]),
    ("collective-numerals",
     "Ремонт моста займет [трое суток], на объекте работают [четверо инженеров].",
     [(3, None, "сутки", None), (4, None, "инженер", None)]),
    ("tonne-abbreviation",
     "Аграрии рассчитывают собрать [17–19 млн т] ячменя, а на элеваторах уже [5 т] семян.",
     [(17e6, 19e6, "тонна", None), (5, None, "тонна", None)]),
    ("count-of-countries-in-words",
     "Компания поставляет удобрения уже в [двенадцать азиатских стран].",
     [(12, None, "страна", None)]),
    ("interfax-revenue",
     "Выручка компании за [девять месяцев] выросла на [7,4%] и достигла [2,9 трлн рублей], сообщает Интерфакс.",
     [(9, None, "месяц", None), (7.4, None, "процент", None), (2.9e12, None, "рубль", None)]),
    ("kazinform-agreements",
     "Касым-Жомарт Токаев и Шавкат Мирзиёев подписали [12 соглашений] на сумму [около $4 млрд].",
     [(12, None, "соглашение", None), (4e9, None, "доллар", "approx")]),
    ("trend-gas-export",
     "Азербайджан экспортировал в Европу [12,9 млрд кубометров] газа, сообщил Парвиз Шахбазов.",
     [(12.9e9, None, "кубометр", None)]),
    ("tass-sport-medals",
     "Сборная завоевала [пять золотых медалей], а Ильяс Абдуллаев пробежал стометровку за [10,2 секунды].",
     [(5, None, "медаль", None), (10.2, None, "секунда", None)]),
    ("kunuz-roads",
     "В Самаркандской области построят [свыше 300 километров] дорог и [14 школ].",
     [(300, None, "километр", "more"), (14, None, "школа", None)]),
    ("georgia-tourism",
     "Доходы Грузии от туризма составили [587 млн долларов], что на [12 процентов] больше, чем годом ранее.",
     [(587e6, None, "доллар", None), (12, None, "процент", None)]),
    ("report-trade",
     "Товарооборот Азербайджана и Казахстана составил [почти 500 млн долларов], отметил Ильхам Алиев.",
     [(500e6, None, "доллар", "approx")]),
    ("ria-budget-part",
     "На программу выделят [1,2 трлн тенге], из них [340 млрд тенге] пойдут на жилье.",
     [(1.2e12, None, "тенге", None), (340e9, None, "тенге", None)]),
    ("times-verb-triple",
     "Стороны намерены [утроить] объем взаимных инвестиций к 2030 году.",
     [(3, None, "раз", None)]),
    ("range-in-words",
     "Строительство моста займет [два-три года], заявил Бахтияр Кадыров.",
     [(2, 3, "год", None)]),
    ("half-in-words",
     "Инвестиции в проект составят [два с половиной миллиарда долларов].",
     [(2.5e9, None, "доллар", None)]),
    ("unemployment-down-to",
     "Безработица в Узбекистане снизилась до [4,7%].",
     [(4.7, None, "процент", None)]),
    ("water-level",
     "Уровень воды в реке Кура поднялся на [1,5 метра].",
     [(1.5, None, "метр", None)]),
    ("spectators-at-least",
     "Финал на стадионе в Алматы посетили [не менее 30 тысяч зрителей].",
     [(30000, None, "зритель", "more")]),
    ("cotton-harvest",
     "Урожай хлопка составил [3,5 млн тонн], что на [200 тыс. тонн] больше прошлогоднего.",
     [(3.5e6, None, "тонна", None), (200e3, None, "тонна", None)]),
    ("uzbek-sum-credit",
     "Банк выдал фермерам кредиты на [500 млрд сумов].",
     [(500e9, None, "сум", None)]),
    ("rate-points",
     "Нацбанк Грузии повысил ставку на [0,5 процентного пункта].",
     [(0.5, None, "процентный пункт", None)]),
    ("inflation-slowed-to",
     "Инфляция в Казахстане замедлилась до [8,5%], сообщило Бюро национальной статистики.",
     [(8.5, None, "процент", None)]),
    ("tenge-weakened-by-then-to",
     "Курс тенге ослаб на [2,3%] — до [512 тенге] за доллар.",
     [(2.3, None, "процент", None), (512, None, "тенге", None)]),
    ("gdp-grew-by-comma-to",
     "ВВП Узбекистана вырос на [5,6%], до [101 млрд долларов].",
     [(5.6, None, "процент", None), (101e9, None, "доллар", None)]),
    ("weather-minus",
     "Синоптики Казгидромета ожидают похолодания до [минус 15 градусов].",
     [(-15, None, "градус", None)]),
    ("caps-title",
     "ЭКСПОРТ ЗЕРНА ПРЕВЫСИЛ [ДВА МИЛЛИОНА] ТОНН",
     [(2e6, None, None, None)]),
    ("one-and-a-half-half",
     "Мощность станции вырастет [в полтора раза] и достигнет [1,2 ГВт].",
     [(1.5, None, "раз", None), (1.2, None, "ГВт", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in NEWS_CASES], ids=[c[0] for c in NEWS_CASES])
def test_news_examples(source: str, expected: list[tuple[float, float | None, str | None, str | None]]) -> None:
    """Fresh news sentences: every bracketed span is a metric with its value, range end, unit and qualifier."""
    text, surfaces = marked(source)
    found = metrics_of(text)
    assert [m.surface for m in found] == surfaces
    assert [m.value for m in found] == pytest.approx([float(v) for v, _, _, _ in expected], rel=1e-12)
    got = [(m.high, m.unit, m.qualifier) for m in found]
    assert got == [(None if h is None else float(h), u, q) for _, h, u, q in expected]


NEWS_EXCLUDED = [
    "Дело возбуждено по части 3 статьи 176 Уголовного кодекса.",
    "Согласно подпункту 2 пункта 5 постановления, срок продлен.",
    "Обсудили логистику, тарифы и т.д. Решения примут позже.",
    "Соглашение подписали три стороны.",
    "Указом № 145 от 3 марта утвержден новый порядок.",
    "Реформы 90-х годов изменили экономику.",
    "Программа «Казахстан-2050» будет продлена.",
    "Встреча двух министров прошла в Ташкенте.",
    "Оба президента выступили с заявлениями.",
    "Заседание перенесли на 15 апреля 2025 года.",
    "Матч начнется в 19:30 по времени Астаны.",
]


@pytest.mark.parametrize("text", NEWS_EXCLUDED)
def test_news_exclusions(text: str) -> None:
    """Document numbers, decades, programme names, participants, dates and times are not metrics."""
    assert metrics_of(text) == ()


EXCLUDED = [
    "В 2024 году экспорт не изменился.",
    "Программа рассчитана на 2025–2027 годы.",
    "Урожай 2023-2024 маркетинговом году оценят позже.",
    "Визит состоится 20 января, переговоры 24-25 января.",
    "Уже 9 числа доллар подорожал.",
    "Рейтер сообщил об этом 2 сен.",
    "Прошло 31-е заседание комиссии.",
    "Праздновали 175-летия поэта.",
    "Это отвечает интересам обоих народов.",
    "Переговоры двух лидеров прошли в Акорде.",
    "Две страны подписали договор между двумя государствами.",
    "Сообщает телеканал «Россия 24».",
    "Он стал одним из лидеров.",
    "Вирус COVID-19 отступил.",
    "Визит стал восьмым за годы президентства.",
    "Просмотры 4354",
]


@pytest.mark.parametrize("text", EXCLUDED)
def test_exclusions(text: str) -> None:
    """Years, days, ordinals, names and participant counts are not metrics."""
    assert metrics_of(text) == ()


def test_header_lines_are_skipped() -> None:
    """Only body, title and subheading paragraphs are searched."""
    text = "Автор: 5 тонн\nЭкспорт: 7 тонн."
    paragraphs = (Paragraph(0, 13, "author"), Paragraph(14, len(text), "body"))
    assert [m.value for m in extract_metrics(text, paragraphs)] == [7.0]


KIND_CASES = [
    ("Товарооборот вырос на [9%].", "change", "товарооборот"),
    ("Рост составил [2 процента].", "change", "рост"),
    ("Объем перевозок составил [4,5 миллиона тонн].", "level", "объем перевозок"),
    ("Проект позволит довести объем перевозок до [10 миллионов тонн].", "target", "объем перевозок"),
    ("Экспорт увеличился [в 132 раза].", "multiplier", "экспорт"),
    ("Подписано [15 документов].", "count", None),
    ("Решено [удвоить] двусторонний товарооборот.", "multiplier", "двусторонний товарооборот"),
    ("Мощность завода будет увеличена до [5 млн тонн].", "target", "мощность завода"),
    ("Товарооборот Ирана и Армении вырос на [9%].", "change", "товарооборот Ирана и Армении"),
    ("ВВП страны вырос на [5%].", "change", "ВВП"),
    ("Товарооборот между Ираном и Арменией вырос на [12%].", "change", "товарооборот между Ираном и Арменией"),
    ("[Треть] бюджета ушла на дороги.", "level", "бюджет"),
    ("Число участников, получивших награды, составило [120 человек].", "count", "число участников"),
    ("Добыли [4,5 млн тонн] угля.", "level", "уголь"),
    ("Засеяно [8 500 га] посевных площадей района.", "level", "посевные площади района"),
    ("При пересчете [четыре голоса] отклонили как испорченные.", "count", None),
    ("Объема торговли хватило: двусторонний объем торговли составил [3 млрд долларов].", "level",
     "двусторонний объем торговли"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "kind", "subject"), KIND_CASES, ids=[c[1] + ":" + c[0][:20] for c in KIND_CASES])
def test_kind_and_subject(source: str, kind: str, subject: str | None) -> None:
    """A metric says whether it is a level, a change, a target, a multiplier or a count, and what it measures."""
    text, surfaces = marked(source)
    (m,) = metrics_of(text)
    assert (m.surface, m.kind, m.subject) == (surfaces[0], kind, subject)


def test_sentence_span() -> None:
    """A metric records the sentence it came from."""
    text = "Первое предложение. Экспорт вырос на 5%. Третье."
    (m,) = metrics_of(text)
    assert m.sentence_start is not None and m.sentence_end is not None
    assert text[m.sentence_start : m.sentence_end] == "Экспорт вырос на 5%."


def test_period_links_the_date_in_the_sentence() -> None:
    """The date mention in the metric's sentence, nearest before it, becomes its period."""
    text = "В прошлом году экспорт вырос на 62 процента. В 2030 году он утроится."
    last_year = DateMention(0, 14, "В прошлом году", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year", relative=True)
    y2030 = DateMention(45, 56, "В 2030 году", dt.date(2030, 1, 1), dt.date(2030, 12, 31), "year")
    assert text[45:56] == y2030.surface
    found = extract_metrics(text, (Paragraph(0, len(text)),), dates=(last_year, y2030))
    assert [(m.surface, m.period) for m in found] == [("62 процента", last_year), ("утроится", y2030)]


def test_period_is_none_without_a_date_in_the_sentence() -> None:
    """A date in another sentence is not linked."""
    text = "Было это в 2020 году. Экспорт вырос на 5%."
    d = DateMention(8, 20, "в 2020 году", dt.date(2020, 1, 1), dt.date(2020, 12, 31), "year")
    (m,) = extract_metrics(text, (Paragraph(0, len(text)),), dates=(d,))
    assert m.period is None


def test_untouched_text_offsets() -> None:
    """CRLF line ends and exotic spaces are matched around, never normalised."""
    text = "Заголовок\r\n\r\nЭкспорт составил 1\u202f800\u00a0тонн и 2\u2009500 тонн.\r\n"
    found = Article.from_text(text, id="x").metrics
    assert [(m.surface, m.value) for m in found] == [("1\u202f800\u00a0тонн", 1800.0), ("2\u2009500 тонн", 2500.0)]


def _articles() -> list[Article]:
    return [
        Article.from_text("date 2025-03-01 Товарооборот вырос на 7% и составил $3 млрд.", id="b"),
        Article.from_text("date 2024-05-01 Двусторонний товарооборот составил 5 млрд долларов.", id="a"),
        Article.from_text("Экспорт зерна составил 8 млн тонн.", id="c"),
    ]


def test_metrics_table_orders_by_date() -> None:
    """The table lists every metric, by article date, undated articles last."""
    rows = metrics_table(_articles())
    assert [(r.article_id, r.metric.surface) for r in rows] == [
        ("a", "5 млрд долларов"),
        ("b", "7%"),
        ("b", "$3 млрд"),
        ("c", "8 млн тонн"),
    ]
    assert isinstance(rows[0], MetricRow) and rows[0].article_date == dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"unit": "доллар"}, ["5 млрд долларов", "$3 млрд"]),
        ({"kind": "change"}, ["7%"]),
        ({"subject": "товарооборот"}, ["5 млрд долларов", "7%", "$3 млрд"]),
        ({"subject": "товарооборот", "unit": "процент"}, ["7%"]),
        ({"subject": "экспорт"}, ["8 млн тонн"]),
        ({"subject": "импорт"}, []),
    ],
    ids=["unit", "kind", "subject", "subject+unit", "subject-lemma", "no-match"],
)
def test_metrics_table_filters(filters: dict[str, str], expected: list[str]) -> None:
    """Filters by unit lemma, kind and subject (by substring or lemma) combine."""
    rows = metrics_table(_articles(), **filters)  # type: ignore[arg-type]
    assert [r.metric.surface for r in rows] == expected


# Properties


@given(st.text(max_size=300))
@example("более чем на")
@example("до 5 до 6 до")
@example("$$$ 5 $")
@example("в том числе более 5")
def test_no_crash_and_spans(text: str) -> None:
    """Any text gives sorted metrics whose spans slice to their surface, with value <= high."""
    try:
        found = metrics_of(text)
    except KzazError:
        return
    last = -1
    for m in found:
        assert text[m.start : m.end] == m.surface
        assert last <= m.start < m.end <= len(text)
        assert m.high is None or m.value <= m.high
        last = m.start


@st.composite
def stated_amounts(draw: st.DrawFn) -> tuple[str, float, str, str | None]:
    """A sentence stating an amount in digits with a qualifier and unit, with the expected metric."""
    n = draw(st.integers(min_value=1, max_value=999))
    qualifier, expected_q = draw(st.sampled_from([("", None), ("около ", "approx"), ("более ", "more"),
                                                  ("менее ", "less"), ("почти ", "approx")]))  # fmt: skip
    unit, lemma = draw(st.sampled_from([("%", "процент"), (" млн тенге", "тенге"), (" млрд долларов", "доллар"),
                                        (" тыс. тонн", "тонна"), (" процентов", "процент")]))  # fmt: skip
    scale = {" млн тенге": 1e6, " млрд долларов": 1e9, " тыс. тонн": 1e3}.get(unit, 1.0)
    subject = draw(st.sampled_from(["Экспорт", "Объем торговли", "Бюджет"]))
    text = f"{subject} составил {qualifier}{n}{unit}."
    return text, n * scale, lemma, expected_q


@given(stated_amounts())
def test_generated_amounts(case: tuple[str, float, str, str | None]) -> None:
    """A generated sentence yields exactly its amount with unit and qualifier."""
    text, value, lemma, qualifier = case
    (m,) = metrics_of(text)
    assert m.value == pytest.approx(value)
    assert (m.unit, m.qualifier) == (lemma, qualifier)


# One rule family per case, in invented news sentences: compound figures,
# shares, units past adjectives, fixed and technical units, currencies of the
# region, editorial units, fused adjectives, listed and bracketed counts.
RULE_CASES = [
    # of two readings as likely the lemma that reads first as itself; an unknown word in "-ов" is a masculine's
    # genitive plural
    (
        "lemma-that-reads-as-itself-and-masculine-plural",
        "Учёные дали имена [семи экзопланетам] и [пяти планетам]. Теннисист выполнил [13 эйсов].",
        [(7, None, "экзопланета", None), (5, None, "планета", None), (13, None, "эйс", None)],
    ),
    # a month's adjective is no date; a participle's place between the number and the noun counted
    (
        "month-adjective-and-participle-place",
        "Команда одержала [три ноябрьские победы] в [пяти ноябрьских встречах]. В лагеря поместили [более 100 тыс. "
        "проживавших в Америке японцев]. Встреча прошла 20 ноября.",
        [(3, None, "победа", None), (5, None, "встреча", None), (100000, None, "японец", "more")],
    ),
    # "ближайших" picks the next ones in time, no group by rank; a half added keeps the numeral's agreement;
    # "наполовину" is a half
    (
        "next-in-time-and-half-added",
        "Он сыграет в [трёх ближайших матчах]. Команда создала [два с половиной опасных момента]. Работу сделали "
        "только [наполовину]. Это четыре крупнейших порта.",
        [(3, None, "матч", None), (2.5, None, "момент", None), (0.5, None, None, None)],
    ),
    # a part of a whole written in words, the whole in figures: both count the same noun
    (
        "part-in-words-of-a-whole-in-figures",
        "Только [пятеро] из [20 курсантов] выдержали тренировки, а [пять] из [30 солдат] сдались.",
        [
            (5, None, "курсант", None),
            (20, None, "курсант", None),
            (5, None, "солдат", None),
            (30, None, "солдат", None),
        ],
    ),
    # fixed names of counted things and units: "голевая передача", "миллиметр ртутного столба"
    (
        "fixed-names-of-assists-and-pressure",
        "Он отдал [четыре голевые передачи]. Давление упало до [740 мм ртутного столба].",
        [(4, None, "голевая передача", None), (740, None, "миллиметр ртутного столба", None)],
    ),
    # "один" counts the one harmed before a verb of a toll after it, or after "зарезал"
    (
        "toll-verb-after-one",
        "[Один человек] погиб, [десять] пострадали. Нападавший зарезал [одну женщину]. Одна компания закрылась. "
        "Когда один боевик погиб, другой сдался. В одном случае госпитализированы, в другом нет.",
        [(1, None, "человек", None), (10, None, "человек", None), (1, None, "женщина", None)],
    ),
    # a word of doubt set off by commas between a number and its noun
    (
        "doubt-set-off-before-the-noun",
        "Приехали [17, кажется, человек].",
        [(17, None, "человек", None)],
    ),
    # the whole after "из" past the part's own adjunct: "33 броска по своим воротам из 36"
    (
        "whole-after-the-part-adjunct",
        "Вратарь отразил [33 броска] по своим воротам из [36].",
        [(33, None, "бросок", None), (36, None, "бросок", None)],
    ),
    # numbers in brackets with a place each break down the count before them, "один" among them too
    (
        "breakdown-by-places-in-brackets",
        "Известно [шесть примеров] ([пять] в НХЛ и [один] в КХЛ) и [7 случаев] ([3] в Москве, [4] в Казани).",
        [(6, None, "пример", None), (5, None, "пример", None), (1, None, "пример", None), (7, None, "случай", None),
         (3, None, "случай", None), (4, None, "случай", None)],
    ),
    # half a unit in one word, also with a hyphen: "пол-литра", "полкилометра"
    (
        "half-a-unit-hyphenated",
        "Хватит [пол-литра] кислоты, до реки [полкилометра].",
        [(0.5, None, "литр", None), (0.5, None, "километр", None)],
    ),
    # "погибли 5 и ранены 12 человек": two counts of one noun, each after its own verb
    (
        "parallel-verbs-share-a-noun",
        "Погибли [5] и ранены [12 человек]. Задержаны [13] и осуждены [19 контрабандистов].",
        [(5, None, "человек", None), (12, None, "человек", None), (13, None, "контрабандист", None),
         (19, None, "контрабандист", None)],
    ),
    # a bare number that goes on from the figure before it after "после чего" counts what that one counts
    (
        "goes-on-after-poslie-chego",
        "Индекс достиг отметки [2303 пункта], после чего опустился до уровня [2285].",
        [(2303, None, "пункт", None), (2285, None, "пункт", None)],
    ),
    # a unit before "на" or "по" and a number is approximate, as with no preposition; "на двоих" counts people
    (
        "inverted-with-preposition",
        "И [процентов на 80] это моя ошибка. Он звонил [раз по двадцать]. Тур стоит [150 тыс. рублей] на двоих.",
        [(80, None, "процент", "approx"), (20, None, "раз", "approx"), (150_000, None, "рубль", None)],
    ),
    # "в 14 и 8 раз": a bare number joined by "и" to times after "в" is times too
    (
        "times-pair",
        "Звёзды массой в [14] и [8 раз] больше Солнца.",
        [(14, None, "раз", None), (8, None, "раз", None)],
    ),
    ("compound-thousands", "В школу пришли [2 тыс. 300 учеников].", [(2300, None, "ученик", None)]),
    ("compound-decimal-part", "Шахта выдала [4 млн 215,5 тыс. тонн] угля.", [(4_215_500, None, "тонна", None)]),
    ("compound-billion", "Поставлено [1 млрд 20 млн кубометров] газа.", [(1_020_000_000, None, "кубометр", None)]),
    ("share-third", "Сбор зерна вырос [на треть].", [(1 / 3, None, None, None)]),
    ("fused-kilograms", "Он победил [61-килограммового] соперника.", [(61, None, "килограмм", None)]),
    # "-ю" before a plural noun in the instrumental is a cardinal's ending; before "годовщину" an ordinal's
    ("instrumental-ending", "Закон принят [187-ю голосами].", [(187, None, "голос", None)]),
    # a decimal a verb of change reaches is a figure with no unit, as a whole number is
    (
        "reached-decimal",
        "Коэффициент рождаемости за год снизился до [1,48].",
        [(1.48, None, None, None)],
    ),
    ("share-quarter-approx", "Тарифы снизились [почти на четверть].", [(0.25, None, None, "approx")]),
    # a participle before a share is no part of a period, as an adjective is ("в первой половине года")
    ("nights-are-a-count", "Он провёл там [три ночи] подряд.", [(3.0, None, "ночь", None)]),
    ("share-after-participle", "Он вспомнил шедшую [четверть века] передачу.", [(0.25, None, "век", None)]),
    ("share-two-thirds", "[Две трети] фермеров получили субсидии.", [(2 / 3, None, None, None)]),
    ("share-every-fifth", "[Каждый пятый] житель села работает в теплицах.", [(0.2, None, None, None)]),
    ("share-less-than-half", "Отремонтировано [меньше половины] дорог района.", [(0.5, None, None, "less")]),
    ("half-million", "Порт перевалил [полмиллиона тонн] руды.", [(5e5, None, "тонна", None)]),
    ("one-and-a-half-tens", "Прибыли [полтора десятка инженеров] из Бишкека.", [(15, None, "инженер", None)]),
    (
        "tens-of-thousands",
        "Завод даст [почти три десятка тысяч рабочих мест].",
        [(3e4, None, "рабочее место", "approx")],
    ),
    # a collective numeral as a subject counts people, named by a number before it in the sentence if one did
    (
        "collective-subject",
        "При взрыве [трое] ранены, ещё [двое] пострадали.",
        [(3, None, "человек", None), (2, None, "человек", None)],
    ),
    (
        "collective-after-a-count",
        "Всего [118 депутатов] проголосовали «за», [двое] – «против», а [трое] воздержались.",
        [(118, None, "депутат", None), (2, None, "депутат", None), (3, None, "депутат", None)],
    ),
    # "десятки тысяч" counts no number of tens: vague, no metric
    ("vague-tens-of-thousands", "На площадь вышли десятки тысяч человек.", []),
    ("unit-past-adjectives", "Спортсмены привезли [12 золотых медалей].", [(12, None, "медаль", None)]),
    ("unit-abbreviation-after-adjective", "Город получит [30 новых ТЭЦ].", [(30, None, "ТЭЦ", None)]),
    ("unit-fixed-two-words", "Фабрика создала [10 новых рабочих мест].", [(10, None, "рабочее место", None)]),
    ("unit-legal-entity", "Налог заплатили [468 юридических лиц].", [(468, None, "юридическое лицо", None)]),
    ("unit-hyphenated-noun", "Отправлено [150 блок-поездов] в Китай.", [(150, None, "блок-поезд", None)]),
    ("unit-technical-as-written", "Лимит — [700 кВт/ч], станция даёт [500 МВт] и [3 ГВт·ч].",
     [(700, None, "кВт/ч", None), (500, None, "МВт", None), (3, None, "ГВт·ч", None)]),
    ("unit-frequency-as-written", "Ритм с частотой [30–100 Гц], процессор на [2,4 ГГц], радио на [101,5 МГц].",
     [(30, 100, "Гц", None), (2.4, None, "ГГц", None), (101.5, None, "МГц", None)]),
    ("share-of-a-scale", "Сервисом пользуются [более чем половиной миллиарда пользователей], продано [четверть "
     "миллиона билетов].", [(5e8, None, "пользователь", "more"), (2.5e5, None, "билет", None)]),
    ("unit-square-feet", "Склад займёт [около 198 тыс. кв. футов].", [(198000, None, "квадратный фут", "approx")]),
    ("unit-noun-and-its-genitive", "Спор свёлся к [двум точкам зрения].", [(2, None, "точка зрения", None)]),
    ("unit-model-with-a-version", "Полк получил [шесть Ту-22М3] и [12 Т-90].",
     [(6, None, "Ту-22М3", None), (12, None, "Т-90", None)]),
    ("unit-square-miles", "Боевики удерживают [около 1,9 тыс. квадратных миль], а раньше [17 тыс. кв. миль].",
     [(1900, None, "квадратная миля", "approx"), (17000, None, "квадратная миля", None)]),
    ("clause-count-after-still", "В аварии [88 человек] погибли, еще [120] ранены.",
     [(88, None, "человек", None), (120, None, "человек", None)]),
    ("parallel-from", "Приглашают мужчин от [50 лет] и старше, женщин от [40] и старше.",
     [(50, None, "год", None), (40, None, "год", None)]),
    ("second-dimension", "Плита [14 метров] в длину и [5] в ширину.",
     [(14, None, "метр", None), (5, None, "метр", None)]),
    ("one-opens-a-count-past-its-verb", "[Один горняк] погиб, ещё [двое] были ранены.",
     [(1, None, "горняк", None), (2, None, "человек", None)]),
    ("one-opens-a-list-of-counts", "У министра [один сын], [три дочери] и [четверо внуков].",
     [(1, None, "сын", None), (3, None, "дочь", None), (4, None, "внук", None)]),
    ("unit-containers", "Терминал обработал [1,2 млн TEU] и [300 тыс. ДФЭ].",
     [(1.2e6, None, "TEU", None), (3e5, None, "ДФЭ", None)]),
    ("unit-region-currencies", "Цены: [500 драмов], [12 лей], [40 сомов], [9 тысяч сумов], [7 манатов].",
     [(500, None, "драм", None), (12, None, "лей", None), (40, None, "сом", None), (9000, None, "сум", None),
      (7, None, "манат", None)]),
    ("unit-belarusian-rouble", "Пособие — [300 белорусских рублей], взнос [15 Br], билет [90 ₽] и [5 €].",
     [(300, None, "рубль", None), (15, None, "рубль", None), (90, None, "рубль", None), (5, None, "евро", None)]),
    ("unit-editorial-brackets", "Бюджет программы — [48 (миллиардов рублей – ред.)].", [(48e9, None, "рубль", None)]),
    ("scale-in-brackets", "Урожай составит [около 60 (млн тонн)] зерна.", [(60e6, None, "тонна", "approx")]),
    ("fused-pages", "Опубликован [90-страничный] доклад.", [(90, None, "страница", None)]),
    ("fused-floors-and-age", "В [9-этажном] доме живет [45-летний] сторож.",
     [(9, None, "этаж", None), (45, None, "год", None)]),
    # a number in words fused into an adjective counts as its digits do; not inside a name, not in an idiom
    ("fused-word-adjectives", "Суд дал ему [пятилетний] срок в [двадцатипятиэтажном] доме, визит был [двухдневным].",
     [(5, None, "год", None), (25, None, "этаж", None), (2, None, "день", None)]),
    # a capitalised number in words opening a quotation with no verb is a title; words said keep their figure
    ("title-opening-with-a-number", "Премьера ленты «Четыре зимы в Туле» прошла. «[Два года]», — ответил режиссёр.",
     [(2, None, "год", None)]),
    ("votes-against", "Закон принят при [238 голосах] «за» и [54] «против»; [43 сенатора] были за и [17] против.",
     [(238, None, "голос", None), (54, None, "голос", None), (43, None, "сенатор", None), (17, None, "сенатор", None)]),
    ("fused-days-and-points", "Суд назначил [10-суточный] арест, а экзамен оценят по [стобалльной] шкале.",
     [(10, None, "сутки", None), (100, None, "балл", None)]),
    ("fused-word-times", "[Трёхкратная] чемпионка выступит, спрос вырос стопятидесятикратно.",
     [(3, None, "раз", None)]),
    ("fused-word-name-and-idiom", "Уроки Тридцатилетней войны ясны, одиннадцатиметровый удар назначен.", []),
    ("fused-word-hundred-percent", "Нет [стопроцентной] гарантии, этап закончен со [стопроцентным] результатом.",
     [(100, None, "процент", None), (100, None, "процент", None)]),
    ("bracketed-signed-change", "Гостей из Армении больше ([+ 12,4%]), из Турции меньше ([- 8,7%]).",
     [(12.4, None, "процент", None), (-8.7, None, "процент", None)]),
    ("hour-of-a-weekday", "Ответа не было на 17 часов пятницы, переговоры длились [18 часов].",
     [(18, None, "час", None)]),
    ("about-an-hour-of-the-day", "Авария случилась в районе 7 часов 40 минут, спасатели работали [3 часа].",
     [(3, None, "час", None)]),
    ("road-kilometre-post", "На 842 км трассы водитель сбил пешехода, а дорогу удлинили на [120 км].",
     [(120, None, "километр", None)]),
    ("unit-speed-abbreviated-in-words", "Поезд идёт [320 км в час], ракета — [свыше 2 км/с], ветер — [37 миль в час].",
     [(320, None, "километр в час", None), (2, None, "км/с", "more"), (37, None, "миля в час", None)]),
    ("unit-fixed-names-of-things", "Закрыли [9 контрольно-пропускных пунктов], доставили [27 пусковых установок] за "
     "[20 рабочих дней].", [(9, None, "контрольно-пропускной пункт", None), (27, None, "пусковая установка", None),
                           (20, None, "рабочий день", None)]),
    ("look-alike-letters-in-unit", "Инициатива должна набрать [61 гол\u03bfс].", [(61, None, "голос", None)]),
    ("participle-as-unit", "За сутки выявили [37 заболевших] гриппом.", [(37, None, "заболевший", None)]),
    ("listed-after-dash", "За проект проголосовали [61 депутат], против — [12].",
     [(61, None, "депутат", None), (12, None, "депутат", None)]),
    ("bracketed-count", "Партия набрала [41,5%] ([8 200 голосов]), блок — [3,1%] ([610]).",
     [(41.5, None, "процент", None), (8200, None, "голос", None), (3.1, None, "процент", None),
      (610, None, "голос", None)]),
    ("inverted-approximation", "Ремонт длится [недель пять – шесть], не больше.", [(5, 6, "неделя", "approx")]),
    ("counted-before-scale", "Число туристов из Китая выросло до [2,4 млн].", [(2.4e6, None, "турист", None)]),
    ("three-part-range", "Ставка будет выше инфляции на [2-3-5 процентных пунктов].",
     [(2, 5, "процентный пункт", None)]),
    ("reach-left-out-after-dash", "Добыча угля может снизиться до [30 млн тонн], руды — до [12 млн тонн].",
     [(30e6, None, "тонна", None), (12e6, None, "тонна", None)]),
    ("reach-after-bracketed-aside", "Тариф вырос с [0,5 сома] ([около $0,01]) до [0,6 сома].",
     [(0.5, None, "сом", None), (0.01, None, "доллар", "approx"), (0.6, None, "сом", None)]),
    ("participle-before-verb", "Еще [двое задержанных] были отпущены.", [(2, None, "задержанный", None)]),
    ("two-adjectives-before-noun", "Откроются [два новых театральных здания].", [(2, None, "здание", None)]),
    ("speed-and-litres", "Порывы ветра [до 14 м/с]; [1 л] бензина стоит [60 рублей], мотор — [250 л.с.]",
     [(14, None, "м/с", "less"), (1, None, "литр", None), (60, None, "рубль", None),
      (250, None, "л.с.", None)]),
    ("parallel-preposition", "На [10 процентов] выросло число дорог, а на [5] – число мостов.",
     [(10, None, "процент", None), (5, None, "процент", None)]),
    ("abbreviation-dot-without-space", "Намолот превысил [2,7 млн.тонн] зерна.", [(2.7e6, None, "тонна", None)]),
    ("scaled-figure-repeats-unit", "Год назад собрали [38 млн т], а сейчас – уже [42,7 млн].",
     [(38e6, None, "тонна", None), (42.7e6, None, "тонна", None)]),
    ("degrees-and-lengths", "Ночью [до -3°C], снега выпало [12 см], стекло толщиной [от 3 до 12 мм].",
     [(-3, None, "градус", "less"), (12, None, "сантиметр", None), (3, 12, "миллиметр", None)]),
    ("real-count-of-one", "Привиты хотя бы [одним компонентом] вакцины многие.", [(1, None, "компонент", None)]),
    ("inverted-digits", "Завод простоял [лет 15], пока его не купили.", [(15, None, "год", "approx")]),
    ("inverted-after-preposition", "Колонна вернулась [часа через 3] после выезда.", [(3, None, "час", "approx")]),
    ("inverted-not-after-a-number", "Из [12 спасателей] [4] остались на месте.",
     [(12, None, "спасатель", None), (4, None, "спасатель", None)]),
    ("one-ends-a-list", "Школа получила [два компьютера], [три принтера] и [один проектор].",
     [(2, None, "компьютер", None), (3, None, "принтер", None), (1, None, "проектор", None)]),
    ("share-of-every", "[Трое из каждых десяти] жителей пользуются банком.", [(0.3, None, None, None)]),
    ("share-of-every-digits", "Услугой пользуются [около 8 из каждых 10] клиентов.", [(0.8, None, None, "approx")]),
    # The parts of a sum in brackets take the unit of the figure they add up to, in the same sentence; a sum that
    # adds up to none counts nothing.
    ("sum-in-brackets", "На его счету [53 балла] в [52 матчах] ([22]+[31]).",
     [(53.0, None, "балл", None), (52.0, None, "матч", None), (22.0, None, "балл", None), (31.0, None, "балл", None)]),
    ("sum-adding-up-to-nothing", "Он сыграл [12 матчей] (3+4).", [(12.0, None, "матч", None)]),
    ("sum-before-the-noun", "Нападающий набрал [4 (1+3) очка].", [(4.0, None, "очко", None)]),
    # "семь из десяти" told as a share in words; "два из трёх кандидатов" counts the candidates.
    ("share-of-ten", "[Семь из десяти] жителей поддержали закон.", [(0.7, None, None, None)]),
    ("two-of-three-counts", "[Два] из [трёх кандидатов] снялись.",
     [(2.0, None, "кандидат", None), (3.0, None, "кандидат", None)]),
    ("frost-range-spaced-ellipsis", "Ночью [не выше -3 …-5 °С].", [(-5, -3, "градус", "less")]),
    ("compared-with-instead", "Дорога занимает [шесть часов] в день вместо [двух с половиной].",
     [(6, None, "час", None), (2.5, None, "час", None)]),
    ("compared-with-against", "Инфляция составила [5%] против [3] годом ранее.",
     [(5, None, "процент", None), (3, None, "процент", None)]),
    ("half-a-hundred", "Режиссёр снял [почти полусотни картин], в зале [полсотни зрителей].",
     [(50, None, "картина", "approx"), (50, None, "зритель", None)]),
    ("one-of-after-a-list", "Завод выпустил [5 тонн], и одна из линий уже стоит.", [(5, None, "тонна", None)]),
    # a collective numeral ending its clause after a verb or a group's pronoun counts people
    ("collective-after-verb", "Против поправки проголосовали всего [двое]. Погибли [четверо], ранены [трое].",
     [(2, None, "человек", None), (4, None, "человек", None), (3, None, "человек", None)]),
    ("collective-of-a-group", "Их было [пятеро], и все молчали.", [(5, None, "человек", None)]),
    # "до" after a noun of change and the genitives it heads is the level reached, no "up to"
    ("change-noun-phrase-to", "Банк ждёт увеличения выпуска зерна до [4,2%].",
     [(4.2, None, "процент", None)]),
    ("change-noun-elsewhere", "Власти обсудили рост числа семей с доходом [до 90 тыс. рублей].",
     [(90_000, None, "рубль", "less")]),
    ("extended-to", "Компания продлила контракт с поставщиком до [пяти лет].", [(5, None, "год", None)]),
    ("micrograms-and-concentration", "Норма — [400 мкг] в сутки, порог — [не более 250 нг/мл].",
     [(400, None, "микрограмм", None), (250, None, "нг/мл", "less")]),
    ("kilovolts", "К заводу подвели линию [35 кВ].", [(35, None, "кВ", None)]),
    ("conventional-units", "Победитель получит [500 у.е.]", [(500, None, "у.е.", None)]),
    ("older-and-not-older", "Льготу получат жители [старше 70 лет] и дети [не старше 3 лет].",
     [(70, None, "год", "more"), (3, None, "год", "less")]),
    ("raising-to", "Банк объявил о повышении ставки до [9,5%].", [(9.5, None, "процент", None)]),
    ("part-of-qualified-whole", "Поправку поддержали [41] из [чуть более 50 депутатов].",
     [(41, None, "депутат", None), (50, None, "депутат", "more")]),
    # a time in hours and minutes is no citation
    ("hours-and-minutes", "Рейс длился 2 ч. [30 мин.]", [(30, None, "минута", None)]),
    # the words after a number's sentence give it no unit
    ("count-word-next-sentence", "Серия побед дошла до [трёх]. Число болельщиков растёт.",
     [(3, None, "победа", None)]),
    # a scaled figure with no unit: the same figure named again in the next sentence, or a list closed by a unit
    ("this-figure-next-sentence", "В лицей приняли [12 тыс. учеников]. Годом ранее эта цифра составила [11 тыс].",
     [(12_000, None, "ученик", None), (11_000, None, "ученик", None)]),
    ("scaled-list-closed-by-unit", "Бюджет получит [4 млрд], в 2031-м — [6 млрд], а в 2032 году — [9 млрд тенге].",
     [(4e9, None, "тенге", None), (6e9, None, "тенге", None), (9e9, None, "тенге", None)]),
    ("younger-and-not-younger", "Водители [моложе 21 года] и пилоты [не моложе 25 лет].",
     [(21, None, "год", "less"), (25, None, "год", "more")]),
    ("collective-eight", "Суд оправдал [восьмерых фермеров] и [шестерым рыбакам] смягчил приговор.",
     [(8, None, "фермер", None), (6, None, "рыбак", None)]),
    # a list joined by "а где-то и", and the ends of a change written one in digits, one in words
    ("list-joined-somewhere", "Цены выросли на [3], [4], а где-то и [6%].",
     [(3, None, "процент", None), (4, None, "процент", None), (6, None, "процент", None)]),
    ("change-digits-to-words", "Очередь сократилась с [40] до [десяти дней].",
     [(40, None, "день", None), (10, None, "день", None)]),
    ("somewhere-about", "Рост составит [где-то 4–5%], пришли [где-то 100 человек], цена выросла "
     "[практически на 300 тенге].",
     [(4, 5, "процент", "approx"), (100, None, "человек", "approx"), (300, None, "тенге", "approx")]),
    ("oil-equivalent", "Выработка — [12 млн т н.э.], потребление — [3 тонны нефтяного эквивалента].",
     [(12e6, None, "тонна нефтяного эквивалента", None), (3, None, "тонна нефтяного эквивалента", None)]),
    # a bare number after its holder in the dative and "было", "исполнилось": an age; a body has none
    ("age-in-dative", "Ему исполнилось [61]. Сомову было [48], а Орлову – [52]. Компании было 5.",
     [(61, None, "год", None), (48, None, "год", None), (52, None, "год", None)]),
    # half a scale in an oblique case; an amount each after "по" takes no unit of the scaled figure before it
    ("half-scale-oblique", "В районе живут [около полумиллиона жителей], то есть по [30 тыс]. на каждый посёлок.",
     [(500_000, None, "житель", "approx"), (30_000, None, None, None)]),
    ("unit-then-count", "Ремонт моста займёт [месяц-полтора], а проверка опор [неделю-две].",
     [(1, 1.5, "месяц", None), (1, 2, "неделя", None)]),
    ("scale-adjective", "В регионе создана [25-тысячная] группировка, а [1,5-миллионный] город окружён.",
     [(25_000, None, None, None), (1_500_000, None, None, None)]),
    ("scale-adjective-in-words", "Там стоит [двухмиллионная] армия, а в двухтысячном году было тихо.",
     [(2_000_000, None, None, None)]),
    ("measured-with-no-unit", "В 2023 году коэффициент рождаемости составил [1,7], а доход — [5 млн рублей].",
     [(1.7, None, None, None), (5e6, None, "рубль", None)]),
    ("year-dash-figure-is-no-range",
     "В 2014 году открыли [255 тыс. магазинов], в 2015 — [302 тыс]., а цены выросли на [100–150 тыс. рублей].",
     [(255_000, None, "магазин", None), (302_000, None, "магазин", None), (100_000, 150_000, "рубль", None)]),
    # the unit's noun alone after "от" is one of it, the low end of a range up to the figure after "до"
    (
        "one-unit-noun-opens-a-range",
        "Срок составит [от года до семи лет]. Работы займут [от месяца до трёх месяцев]. Штраф [до 5 тыс. рублей].",
        [(1, 7, "год", None), (1, 3, "месяц", None), (5000, None, "рубль", "less")],
    ),
    # a small count in words of legislators or armies counts participants; a count in digits counts
    (
        "participant-legislators-and-armies",
        "Два конгрессмена направили письмо. Наступление двух армий продолжается. В город вошли [20 тыс. военных].",
        [(20000, None, "военный", None)],
    ),
    # what "число" counts may be a noun that is also an adjective, after an adjective of its own
    (
        "number-of-a-noun-that-is-also-an-adjective",
        "Число профессиональных военных достигало [30 тыс]. Число новых компаний составило [5 тыс]. Число новых "
        "рабочих мест составило [535].",
        [(30000, None, "военный", None), (5000, None, "компания", None), (535, None, "рабочее место", None)],
    ),
    # a number fused into an adjective after a comma is no count of a list that "одна" opens
    (
        "one-before-an-age-adjective-is-no-list",
        "Об этом рассказала ещё одна основательница группы, [42-летняя] Анна Котова.",
        [(42, None, "год", None)],
    ),
    # one of the unit a price is given for, right after the price, is the rate's divisor
    (
        "rate-divisor-is-no-figure",
        "Курс установился на отметке [60 рублей] за $1. Бензин подорожал до [50,92 руб.] за один литр.",
        [(60, None, "рубль", None), (50.92, None, "рубль", None)],
    ),
    # "полутора-" fused into an adjective is 1.5 of its unit
    (
        "one-and-a-half-fused-into-an-adjective",
        "Банк ожидает [почти полуторапроцентный] рост после [полуторамесячного] перерыва.",
        [(1.5, None, "процент", "approx"), (1.5, None, "месяц", None)],
    ),
    # a share is feminine ("две пятых"); "два четвёртых (места)" counts ordinals, no share
    (
        "masculine-two-before-an-ordinal-is-no-share",
        "На Олимпиаде у него два четвёртых. Бюджет потратил [две пятых] средств.",
        [(0.4, None, None, None)],
    ),
    # a model's name with two version groups, also after an adjective the dictionary reads as a noun too
    (
        "model-after-an-adjective",
        "На базу прибыли [12 новых Су-24] и [12 стареющих Су-24М2С].",
        [(12, None, "Су-24", None), (12, None, "Су-24М2С", None)],
    ),
    # numbers after "блок" designate blocks, the last of a list too; "5 блоков" counts them
    (
        "designated-blocks-in-a-list",
        "Компании принадлежат [25 процентов] в блоках 4 и 5 северных залежей, отменены рейсы 1234 и 1235, построено "
        "[5 блоков].",
        [(25, None, "процент", None), (5, None, "блок", None)],
    ),
    # a participle's place of one or two nouns after "с"/"из" stands between it and the noun counted
    (
        "participle-place-of-two-nouns",
        "В ответ на [десяток выпущенных с территории Ливана ракет] армия ответила. Задержаны [5 прибывших из Турции "
        "граждан].",
        [(10, None, "ракета", None), (5, None, "гражданин", None)],
    ),
    # a bare part after "Из N noun" and the clause's predicate counts that noun; a whole of four digits right after a
    # count and "из" is no year
    (
        "whole-predicate-part",
        "Из [40 проектов] одобрены только [12]. Проверено [1195 проб] из [1710], а в 1710 году — ни одной.",
        [
            (40, None, "проект", None),
            (12, None, "проект", None),
            (1195, None, "проба", None),
            (1710, None, "проба", None),
        ],
    ),
    # "с лишним" between a number and its scale: a little more than the scaled number; bare counts denied one after
    # another repeat the noun of the count before them
    (
        "excess-before-a-scale-and-denied-alternatives",
        "Мигрантов стало больше на [100 с лишним миллионов человек]. У него было не [два счёта], и не [пять], и не "
        "[шесть].",
        [(1e8, None, "человек", "more"), (2, None, "счёт", None), (5, None, "счёт", None), (6, None, "счёт", None)],
    ),
    # "каждый третий" in the prepositional or the dative is a share too; a count in words of its noun after "часть"
    # cites nothing
    (
        "every-nth-in-any-case-and-a-count-after-part",
        "Меню есть в [каждом третьем] кафе, подарки достались [каждому пятому]. Открыли воздушную часть [четыре "
        "военно-транспортных вертолёта].",
        [(1 / 3, None, None, None), (0.2, None, None, None), (4, None, "вертолёт", None)],
    ),
    ("idiom-heads-above", "Мы всегда должны быть на три головы выше остальных.", []),
    ("idiom-four-hands", "Братья сыграли сонату в четыре руки.", []),
    # nights are a length of time: one of them counts like one day
    (
        "one-night-is-a-length",
        "Мост могли бы построить за [одну ночь], номер на [две ночи] стоит [90 евро], а взрыв прогремел в ночь на "
        "понедельник.",
        [(1, None, "ночь", None), (2, None, "ночь", None), (90, None, "евро", None)],
    ),
    # a numeral in words set against a count takes its unit; "один" sets one against another
    (
        "contrasted-numeral-in-words",
        "Он забил [12 голов], а его партнёр — всего [пять]. Один ушёл, другой остался.",
        [(12, None, "гол", None), (5, None, "гол", None)],
    ),
    # the figure replaced after "вместо" stands first, the bare number right after it
    (
        "instead-of-before",
        "Город потребовал вместо [двух мостов] [четыре].",
        [(2, None, "мост", None), (4, None, "мост", None)],
    ),
    # a unit of force, written as in the text, shared with the number before "и"
    (
        "force-kilonewton",
        "Опоры рассчитаны на [600] и [900 кН] соответственно.",
        [(600, None, "кН", None), (900, None, "кН", None)],
    ),
    # a print run abbreviated
    ("print-run-abbreviated", "Сборник издан тиражом [300 экз.] в прошлом году.", [(300, None, "экземпляр", None)]),
    # half a unit in one word: a percentage, a degree, a season
    (
        "half-unit-percent-degree-season",
        "Ставка выросла на [полпроцента], вода остыла на [полградуса], а он пропустил [полсезона].",
        [(0.5, None, "процент", None), (0.5, None, "градус", None), (0.5, None, "сезон", None)],
    ),
    # years of an era, however few digits they have, are no count of years
    (
        "years-before-the-era",
        "Войны шли с 499 по 449 год до нашей эры и в 5500–4000 гг. до н. э., а мир длился [30 лет].",
        [(30, None, "год", None)],
    ),
    # the noun of a multiplying verb is a multiplier too
    ("times-noun", "Власти добиваются [удвоения] выпуска к 2030 году.", [(2, None, "раз", None)]),
    # a ring above for the degree sign, on a range and at both ends of one
    (
        "degree-ring-above",
        "Днём [+13...+15 ˚С], ночью [от +2 ˚С до +5 ˚С].",
        [(13, 15, "градус", None), (2, 5, "градус", None)],
    ),
    # the plural scale adjective with no noun after it is a decade, no figure; before a noun it is a size
    (
        "decade-not-a-figure",
        "Движение родилось в двухтысячных, и на площадь выходили [двухтысячные] толпы.",
        [(2000, None, None, None)],
    ),
    # a count with its own plural noun after a designation's number is no designation of the list
    (
        "count-after-a-designation",
        "Заказаны [12 фрегатов] проекта 22350, [28 эсминцев] проекта 23560; рейсы 1234, 1235 и 1236 отменены.",
        [(12, None, "фрегат", None), (28, None, "эсминец", None)],
    ),
    # a participle's clause after a comma is no adjective of the counted noun: the participle before it counts people
    (
        "participle-clause-after-the-counted",
        "Сообщается о [двух подозреваемых], придерживающихся радикальных взглядов.",
        [(2, None, "подозреваемый", None)],
    ),
    # a country's name after an adjective standing for people is no unit: the people are counted
    ("country-after-the-counted-people", "На базу прибыли [около 30 военных] США.", [(30, None, "военный", "approx")]),
    ("unit-then-count-not-a-count-off", "Раз-два, и всё готово: он выпил рюмку-другую.", []),
]  # fmt: skip


#: Expected (value, high, unit, qualifier) of each bracketed span.
Expected = list[tuple[float, float | None, str | None, str | None]]


def assert_marked_metrics(source: str, expected: Expected) -> None:
    """Every bracketed span of *source* is a metric with the value, range end, unit and qualifier *expected*."""
    text, surfaces = marked(source)
    found = metrics_of(text)
    assert [m.surface for m in found] == surfaces
    assert [m.value for m in found] == pytest.approx([float(v) for v, _, _, _ in expected], rel=1e-12)
    assert [(m.high, m.unit, m.qualifier) for m in found] == [
        (None if h is None else float(h), u, q) for _, h, u, q in expected
    ]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in RULE_CASES], ids=[c[0] for c in RULE_CASES])
def test_rule_examples(source: str, expected: Expected) -> None:
    """Each rule family: every bracketed span is a metric with its value, range end, unit and qualifier."""
    assert_marked_metrics(source, expected)


NOT_METRICS = [
    "Министр внес одно предложение по тарифам.",
    "Все трое молчали, и никто не ушёл.",
    "Проверка проведена по ст. 144 Уголовно-процессуального кодекса.",
    "Его сосед (1964 рождения) уехал в город.",
    "Строительство одного завода отложили.",
    "Одним словом, проект закрыт.",
    "Стороны подписали еще один договор о транзите.",
    "Эти три страны договорились о квотах.",
    "Все три инвестпроекта стартуют весной.",
    "Слова одного корня пишутся одинаково.",
    "Хозяева победили со счетом 3:1.",
    "Тем не менее один из участников отказался.",
    "В первой половине года экспорт оживился.",
    "Встреча начнется в половине шестого.",
    "Запах стоял с трёх ночи, около семи утра приехали спасатели.",
    "Авария произошла около двух часов дня на трассе.",
    "Она не хотела прыгать вторую и третью попытки на этой высоте.",
    "Двое последних уже уехали домой.",
    "Депутаты предлагают исключить из праздничных дней 4, 5, 6 и 8 января.",
    "Неизвестные в один день с поджогом разбили окна.",
    "Задержан капитан 2 ранга запаса.",
    "В Библиотеке № 2 им. Трифонова выступит поэт.",
    "Этап марафона En+ Group «360 минут» прошёл на Байкале.",
    "Встреча началась в семь часов вечера по местному времени.",
    "Отель стоит в двух шагах от моря.",
    "Сюжет держится на трёх китах: интрига, юмор и музыка.",
    "Пятый раунд переговоров прошел в Баку.",
    "Отмечено 20-летие со дня открытия завода.",
    "Город отметил 312-ю годовщину основания.",
]


@pytest.mark.parametrize("text", NOT_METRICS)
def test_not_metrics(text: str) -> None:
    """Not metrics: "a"/"one of", back references, idioms, scores, parts of periods and ordinals are not metrics."""
    assert metrics_of(text) == ()


def test_huge_number_is_not_a_metric() -> None:
    """A hundred digit groups give no metric, no OverflowError and no infinite value."""
    text = "Сумма " + "1" + " 000" * 103 + " тенге, а штраф 5 тенге."
    found = metrics_of(text)
    assert [m.value for m in found] == [5.0]


def test_period_start_and_end_come_from_the_sentence_dates() -> None:
    """A figure dated by its sentence carries that period's first and last day; others carry none."""
    text = "За первое полугодие 2024 года экспорт составил 5 млн тонн. Импорт — 2 млн тонн."
    first = text.index("за первое") if "за первое" in text else 0
    period = DateMention(
        start=first,
        end=text.index(" экспорт"),
        surface=text[first : text.index(" экспорт")],
        value=dt.date(2024, 1, 1),
        high=dt.date(2024, 6, 30),
        granularity="half",
    )
    dated, undated = extract_metrics(text, (Paragraph(0, len(text), "body"),), dates=(period,))
    assert (dated.period, dated.period_start, dated.period_end) == (period, dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert (undated.period, undated.period_start, undated.period_end) == (None, None, None)


def test_period_fields_round_trip_and_old_json_reads() -> None:
    """period_start/period_end survive to_dict/from_dict; a record saved without them still loads."""
    m = Metric(0, 5, "5 %", 5.0, unit="процент", period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31))
    data = m.to_dict()
    assert (data["period_start"], data["period_end"]) == ("2024-01-01", "2024-12-31")
    assert Metric.from_dict(data) == m
    old = {k: v for k, v in data.items() if k not in ("period_start", "period_end")}
    assert Metric.from_dict(old).period_start is None


def test_article_dates_its_metrics() -> None:
    """Article.from_text links a figure to the year its sentence names."""
    a = Article.from_text("date 2025-03-01 В 2024 году экспорт хлопка составил 5 млн тонн.", id="p")
    (m,) = a.metrics
    assert (m.period_start, m.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_compound_figures_are_one_metric(high: int, low: int) -> None:
    """A compound figure "N млн M тыс. тонн" is one metric with the summed value, whatever the parts."""
    text = f"Добыча составила {high} млн {low} тыс. тонн нефти."
    (m,) = metrics_of(text)
    assert (m.value, m.unit) == (high * 1e6 + low * 1e3, "тонна")


def test_rule_names_stay_on_the_record() -> None:
    """A bare number made a metric names the rule that accepted it; others keep the number's rule."""
    text = "За проект проголосовали 61 депутат, против — 12. Тарифы снизились на треть."
    assert [(m.surface, m.rule) for m in metrics_of(text)] == [
        ("61 депутат", "digits"),
        ("12", "digits/listed"),
        ("на треть", "words/fraction"),
    ]


def test_dash_without_label_is_no_list() -> None:
    """A figure right after a counted figure and a dash is not a list item ("14 выпускников — 100")."""
    text = "По итогам экзамена 14 выпускников — 100, а остальные ниже."
    assert [m.surface for m in metrics_of(text)] == ["14 выпускников"]


def test_breakdown_in_brackets_before_the_noun() -> None:
    """A breakdown in words in brackets stands between a number and its noun; a number alone in brackets does not."""
    text = "Он второй с 31 (12 шайб и 19 передач) очками, у выпускников 11 (12) классов экзамен."
    found = [(m.value, m.unit) for m in Article.from_text(text, id="x").metrics]
    assert found == [(31.0, "очко"), (12.0, "шайба"), (19.0, "передача")]
