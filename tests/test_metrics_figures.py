"""Tests for kzaz_corpus.stages.metrics: ranges with a unit on both ends, measured quantities, repeated units."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .test_metrics import Expected, assert_marked_metrics, metrics_of

# (rule, marked text, expected (value, high, unit, qualifier) per bracketed span)
CASES = [
    ("speed-in-full", "Ветер [до 12 м/с], поезд шёл [80 километров в час], а не [90 км/ч].",
     [(12, None, "м/с", "less"), (80, None, "километр в час", None), (90, None, "км/ч", None)]),
    ("fixed-multiword-count", "Построят [2 линии электропередачи] и [4 линии электропередач].",
     [(2, None, "линия электропередачи", None), (4, None, "линия электропередачи", None)]),
    ("declined-abbreviation-word", "Студенты [28 ведущих вузов] и [3 загсов] района.",
     [(28, None, "вуз", None), (3, None, "загс", None)]),
    ("cardinal-case-ending-i", "Проект объединяет [14-и космических агентств] и [три часовых пояса].",
     [(14, None, "агентство", None), (3, None, "часовой пояс", None)]),
    ("a-couple", "Он отдыхал [пару дней], в город ввели [пару батальонов].",
     [(2, None, "день", None), (2, None, "батальон", None)]),
    ("two-word-day-off", "Предусмотрены [два выходных дня].", [(2, None, "выходной день", None)]),
    ("breakdown-after-colon", "Учтено [12 нарушений], из них в областях: Омская — [пять], Томская — [четыре].",
     [(12, None, "нарушение", None), (5, None, "нарушение", None), (4, None, "нарушение", None)]),
    ("noun-with-fixed-genitive", "Лот оценили в [300-500 тыс. фунтов стерлингов].",
     [(300_000, 500_000, "фунт стерлингов", None)]),
    ("range-percent-both-ends", "Ставки по вкладам составят [от 9% до 12%] годовых.", [(9, 12, "процент", None)]),
    ("range-percent-dash-both-ends", "Налог снизят на [3%–5%], пообещал Бекназаров.", [(3, 5, "процент", None)]),
    ("range-spaced-percent", "Маржа банка составит [4 % – 6 %].", [(4, 6, "процент", None)]),
    ("fused-millimetre", "Катер несёт [76-мм] орудие и [30-мм] пушку.",
     [(76, None, "миллиметр", None), (30, None, "миллиметр", None)]),
    ("whole-then-participle-aside", "Из [40 автобусов], выпущенных на линию утром, [12] вышло из строя.",
     [(40, None, "автобус", None), (12, None, "автобус", None)]),
    ("scaled-part-of-whole", "Язык учили [985 тыс]. из [4,1 млн школьников].",
     [(985_000, None, "школьник", None), (4_100_000, None, "школьник", None)]),
    ("scaled-count-of-adjectives", "В стране живут [более 250 тыс. этнических русских].",
     [(250_000, None, "русский", "more")]),
    ("en-dash-minus-in-brackets", "Ванино — [7,2 млн тонн] ([–7,2%]), газодобычи –[7%] за год.",
     [(7_200_000, None, "тонна", None), (-7.2, None, "процент", None), (7, None, "процент", None)]),
    ("short-forms-of-counted-nouns", "Пришли [300 чел.], закупили [500 шт.] масок, население — [144 млн чел.]",
     [(300, None, "человек", None), (500, None, "штука", None), (144_000_000, None, "человек", None)]),
    ("adjective-before-substantive", "Выявлено [42 новых заболевших].", [(42, None, "заболевший", None)]),
    ("scaled-clause-count", "Пострадали [около 300 человек], [более двух тысяч] получили помощь врачей.",
     [(300, None, "человек", "approx"), (2000, None, "человек", "more")]),
    ("range-word-unit-both-ends", "Улов составит [от 40 тонн до 55 тонн] за рейс.", [(40, 55, "тонна", None)]),
    ("range-degrees-both-ends", "Днем [от +8° до +11°], ночью [от -4°С до -1°С].",
     [(8, 11, "градус", None), (-4, -1, "градус", None)]),
    ("range-two-dots", "В Полесье ожидается [+21..+24ºС], в горах [-2..-6°].",
     [(21, 24, "градус", None), (-6, -2, "градус", None)]),
    ("range-ellipsis", "Ночью [-5…-3°] и гололед.", [(-5, -3, "градус", None)]),
    ("magnitude-instrumental", "Землетрясение магнитудой [5,4] произошло у берегов Итурупа.",
     [(5.4, None, "магнитуда", None)]),
    ("magnitude-level", "Магнитуда толчков составила [4,1], сообщили сейсмологи.", [(4.1, None, "магнитуда", None)]),
    ("magnitude-two-figures", "Зафиксированы толчки магнитудой [3,2] и [4,0].",
     [(3.2, None, "магнитуда", None), (4.0, None, "магнитуда", None)]),
    ("temperature-bare", "Вечером температура воздуха будет [-4], а ночью [до -9].",
     [(-4, None, "градус", None), (-9, None, "градус", "less")]),
    ("temperature-parallel", "В Талгаре [до +6 градусов], в горах [до -3].",
     [(6, None, "градус", "less"), (-3, None, "градус", "less")]),
    ("temperature-signed-after", "Днем [+7 градусов], ночью [-1].",
     [(7, None, "градус", None), (-1, None, "градус", None)]),
    ("average-score", "Средний балл по химии составил [64,8], по физике — [59,4].",
     [(64.8, None, "балл", None), (59.4, None, "балл", None)]),
    ("percent-parallel-after-comma", "Цены в столице выросли на [12%], в селах на [14].",
     [(12, None, "процент", None), (14, None, "процент", None)]),
    ("paired-repeated-preposition", "Банк снижал ставку и на [25], и на [50 базисных пунктов].",
     [(25, None, "базисный пункт", None), (50, None, "базисный пункт", None)]),
    ("basis-points-abbreviation", "Ставку подняли на [50 б.п.], до [9%].", [(50, None, "базисный пункт", None),
                                                                          (9, None, "процент", None)]),
    ("head-of-livestock", "На фермах района [4,5 тыс. голов крупного рогатого скота] и [800 голов скота] у частников.",
     [(4500, None, "голова скота", None), (800, None, "голова скота", None)]),
    ("square-metres-plain-digit", "Кафе занимает [85 м2], склад — [2 км2], бак на [30 м3].",
     [(85, None, "квадратный метр", None), (2, None, "квадратный километр", None), (30, None, "кубометр", None)]),
    ("nth-part", "Уехала [пятая часть] сельчан, [почти десятой части] хватило субсидий.",
     [(0.2, None, None, None), (0.1, None, None, "approx")]),
    ("third-part-after-qualifier", "На ремонт ушла [почти третья часть] средств.", [(1 / 3, None, None, "approx")]),
    ("counted-subject", "За неделю новых обращений поступило [1 240], жалоб в суд было подано [75].",
     [(1240, None, "обращение", None), (75, None, "жалоба", None)]),
    ("whole-after-from", "Гости забросили [четыре шайбы] из [семи] в последнем периоде.",
     [(4, None, "шайба", None), (7, None, "шайба", None)]),
    ("whole-after-from-adjective", "Жилье подешевело в [12 городах] из опрошенных [40].",
     [(12, None, "город", None), (40, None, "город", None)]),
    ("part-after-whole", "Из [20 подсудимых] [пятеро] обжаловали приговор.",
     [(20, None, "подсудимый", None), (5, None, "подсудимый", None)]),
    ("and-more", "Льготы получат семьи, где [четыре и более детей], и ветераны со стажем [25 или больше лет].",
     [(4, None, "ребёнок", "more"), (25, None, "год", "more")]),
    ("substantive-in-oblique-case", "Автобус столкнулся с фурой, обошлось [тремя пострадавшими].",
     [(3, None, "пострадавший", None)]),
    ("size-sides", "Плита размером [40] на [60 сантиметров].",
     [(40, None, "сантиметр", None), (60, None, "сантиметр", None)]),
    ("frost-and-thermometer", "Столбик термометра опустится до [-8], а ночью мороз [до -15].",
     [(-8, None, "градус", None), (-15, None, "градус", "less")]),
    ("hundreds-as-scale", "В цехе открыто [около трех сотен вакансий], [две сотни] уже заняты.",
     [(300, None, "вакансия", "approx"), (200, None, "вакансия", None)]),
    ("listed-measure", "Литр АИ-92 стоит [48 рублей], АИ-95 – [53], дизель – [61].",
     [(48, None, "рубль", None), (53, None, "рубль", None), (61, None, "рубль", None)]),
    ("listed-share", "Доля Турции – [21%], Китая – [18].", [(21, None, "процент", None), (18, None, "процент", None)]),
    ("listed-after-scaled-stays-open", "Экспорт в Китай – [$3,1 млн], в Иран – [2,4].",
     [(3.1e6, None, "доллар", None), (2.4, None, None, None)]),
    ("listed-past-bracketed-aside", "Турция — [$5,2 млн] ([14%]) и Иран — [3,1] ([8%]).",
     [(5.2e6, None, "доллар", None), (14, None, "процент", None), (3.1, None, None, None),
      (8, None, "процент", None)]),
    ("parallel-after-dash", "Экспорт вырос на [12%], импорт – на [7].",
     [(12, None, "процент", None), (7, None, "процент", None)]),
    ("heat-units", "Котельная дала [300 Гкал] тепла при мощности [12 Гкал/ч].",
     [(300, None, "Гкал", None), (12, None, "Гкал/ч", None)]),
    ("decimal-in-oblique-case", "Осужденного приговорили к [4,5 годам] колонии.", [(4.5, None, "год", None)]),
    ("inverted-length", "Снега выпало [сантиметров двадцать], не меньше.", [(20, None, "сантиметр", "approx")]),
    ("clause-count", "В аварии [3 человека] погибли, [7] пострадали, а [двоих] госпитализировали.",
     [(3, None, "человек", None), (7, None, "человек", None), (2, None, "человек", None)]),
    ("currency-codes", "Фонд вложил [USD 40 млн], банк — [15 млн EUR], область — [2 млрд KZT].",
     [(40e6, None, "доллар", None), (15e6, None, "евро", None), (2e9, None, "тенге", None)]),
    ("plus-after-number", "На форум приехали [200+ делегатов].", [(200, None, "делегат", "more")]),
    ("part-after-scaled-whole", "В области [2,4 тысячи фермеров], [900] из которых получили кредиты.",
     [(2400, None, "фермер", None), (900, None, "фермер", None)]),
    ("points", "Команда идет третьей с [21 очком], у лидера [30 очков], отрыв — [9 очков].",
     [(21, None, "очко", None), (30, None, "очко", None), (9, None, "очко", None)]),
    ("course-count", "Пациенты прошли [2 курса] терапии в [5 классах] школы.",
     [(2, None, "курс", None), (5, None, "класс", None)]),
    ("their-number", "Сейчас открыто [14 пунктов] обогрева, к зиме их число вырастет до [20].",
     [(14, None, "пункт", None), (20, None, "пункт", None)]),
    ("listed-in-words", "У партии власти [41 мандат], у оппозиции — [пять].",
     [(41, None, "мандат", None), (5, None, "мандат", None)]),
    ("range-word-unit-at-sentence-end", "Ставки по займам — [от 14 процентов до 16 процентов].",
     [(14, 16, "процент", None)]),
    ("range-scaled-abbreviation-dot", "Выплата — [от 5 тыс. до 7 тыс. тенге] в месяц.", [(5000, 7000, "тенге", None)]),
    ("range-scaled-both-ends", "Проект стоит [от 5 млн тенге до 7 млн тенге].", [(5e6, 7e6, "тенге", None)]),
    ("range-two-forms-of-a-word", "Ему грозит [от 1 года до 4 лет] колонии.", [(1, 4, "год", None)]),
    ("reached-weather", "Ветер усилится до [18 м/с], воздух прогреется до [+27 градусов], ночью [до +15].",
     [(18, None, "м/с", None), (27, None, "градус", None), (15, None, "градус", "less")]),
    ("plus-in-words", "Днем [плюс 22 градуса], ночью [минус 4 градуса].",
     [(22, None, "градус", None), (-4, None, "градус", None)]),
    # an en dash glued to the digits of a temperature after a space is its minus
    ("en-dash-minus-before-degrees", "Днём было [–12 °С], а к ночи термометр показал [ниже –25 °С].",
     [(-12, None, "градус", None), (-25, None, "градус", "less")]),
    # a bare count alone in brackets in a list of them takes the noun of the last one
    ("bracketed-list-ahead", "Лидеры сезона: Петров ([12]), Иванов ([9]) и Сидоров ([7 голов]).",
     [(12, None, "гол", None), (9, None, "гол", None), (7, None, "гол", None)]),
    # a list of dashes goes on past a semicolon
    ("listed-past-a-semicolon", "Продажи: в мае – [2,5 тыс. тонн], в июне – [3,1]; в июле – [3,4].",
     [(2500, None, "тонна", None), (3.1, None, None, None), (3.4, None, None, None)]),
    ("range-three-dots", "В Шымкенте [+31...+33°], в горах [+18].",
     [(31, 33, "градус", None), (18, None, "градус", None)]),
    ("list-tail", "Ставки составили [12%], [14%] и [16] соответственно.",
     [(12, None, "процент", None), (14, None, "процент", None), (16, None, "процент", None)]),
    ("listed-each", "Доля Турции — [21%], Ирана и Китая — по [9].",
     [(21, None, "процент", None), (9, None, "процент", None)]),
    ("possessive-before-noun", "Задержали водителя и [трех его пассажиров].", [(3, None, "пассажир", None)]),
    ("seismic-intensity", "Магнитуда толчка — [3,7], интенсивность на побережье достигла [4].",
     [(3.7, None, "магнитуда", None), (4, None, "балл", None)]),
    ("slash-share", "В селах живет [около 1/3] населения, [2/5] бюджета уходит на дороги.",
     [(1 / 3, None, None, "approx"), (0.4, None, None, None)]),
    ("heat-and-frost", "Обещают жару [до +38], в горах заморозки [до -2], затем похолодание до [-10].",
     [(38, None, "градус", "less"), (-2, None, "градус", "less"), (-10, None, "градус", None)]),
    ("heads-in-a-livestock-sentence", "Поголовье овец выросло до [2,1 млн голов], на ферме [450 голов] коров.",
     [(2.1e6, None, "голова", None), (450, None, "голова", None)]),
    ("figures-by-place", "В Таразе открыли [14 кружков], в Кордае [6], а в Мерке — [3].",
     [(14, None, "кружок", None), (6, None, "кружок", None), (3, None, "кружок", None)]),
    ("case-ending-before-scale", "Семьи получат [свыше 2-х тысяч тенге], а фермеры — [5-ти млн тенге].",
     [(2000, None, "тенге", "more"), (5e6, None, "тенге", None)]),
    ("case-ending-before-noun", "Ремонт прошел в [3-х школах], штраф — [2-х МРП].",
     [(3, None, "школа", None), (2, None, "МРП", None)]),
    ("and-tail", "Тарифы вырастут на [4%] и [6].", [(4, None, "процент", None), (6, None, "процент", None)]),
    ("spelled-out-in-brackets",
     "Штраф [50 (пятьдесят) МРП], выплата [20 (двадцать) тысяч тенге] и [3 000 (три тысячи) сом].",
     [(50, None, "МРП", None), (20000, None, "тенге", None), (3000, None, "сом", None)]),
    ("digits-in-brackets", "Пособие — [сорок (40) МРП], грант — [двадцать тысяч (20 000) тенге].",
     [(40, None, "МРП", None), (20000, None, "тенге", None)]),
    ("units-of-account-spelled-out", "Штраф — [300 базовых расчётных величин] или [50 месячных расчетных показателей].",
     [(300, None, "базовая расчётная величина", None), (50, None, "месячный расчётный показатель", None)]),
    ("percentage-points-spaced", "Разрыв сократился на [1,4 п. п.]", [(1.4, None, "процентный пункт", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figure_rules(source: str, expected: Expected) -> None:
    """Each rule: every bracketed span is a metric with its value, range end, unit and qualifier."""
    assert_marked_metrics(source, expected)


NOT_METRICS = [
    "Счет матча 4-5, броски 23-17.",
    "Занятия пройдут с 2 сентября – 5 сентября.",
    "Матч закончился со счетом 3:2 в пользу гостей.",
    "Магнитуда шкалы Рихтера растет логарифмически.",
    "Третья часть трилогии выйдет весной.",
    "Вторая часть фильма выйдет весной.",
    "Сотни жителей пришли на площадь, сотни тысяч смотрели трансляцию.",
    "USD 481.20 -0.35 EUR 512.04 +1.1",
    "Фурам запрещен въезд с 7 утра до 10 вечера.",
    "Гимназия № 5 (пять) и лицей 3 (три) открылись.",
    "Для учеников 2-х классов и 3-х курсов провели урок.",
    "Программа рассчитана на 2021 год – 2025 год, то есть от 2021 года до 2025 года.",
    "Митинг начнется в 11 часов, к 15 часам его закончат.",
    "Авария произошла в 9 часов 40 минут.",
    "Колонна стояла у моста ещё с 16 часов дня.",
    "Начало матчей — 14 часов 30 минут (16 часов 30 минут местного времени).",
    "В преддверии 80-летней годовщины победы и 100-летнего юбилея школы прошёл концерт.",
    "Начало шествия было назначено на 18 часов.",
    "Участки откроются с 8 часов утра до 20 часов, а магазины работают с 9 часов до 21 часа.",
    "Связь восстановили до 7 часов по местному времени.",
    "Клуб вышел в 1/8 финала, кафе работает 24/7, шансы 50/50.",
    "Приказ № 1/3 подписан, офис в доме 1/2.",
    "Открытие цеха\n1/10\nФото пресс-службы",
    "Советник 1 класса выступил перед студентами 3 курса.",
    "Лекции для слушателей 1-2 курса техникумов отменили.",
    "Коалиции придётся позвать третью партию.",
    "Третью же партию выиграли гости.",
    "Нельзя долго сидеть на двух стульях.",
    "Обе лодки шли почти в одном и том же направлении.",
]


@pytest.mark.parametrize("text", NOT_METRICS)
def test_not_metrics(text: str) -> None:
    """No figure is read from scores, dates, or a quantity named without a number."""
    assert metrics_of(text) == ()


def test_goals_stay_goals() -> None:
    """Without "скота" the counted "голов" keeps the sports reading."""
    (m,) = metrics_of("Нападающий забил 5 голов за сезон.")
    assert m.unit == "гол"


def test_magnitude_not_taken_past_another_unit() -> None:
    """A figure with its own unit after the quantity name keeps it."""
    (m,) = metrics_of("Толчок магнитудой 4 балла ощутили в Бишкеке.")
    assert (m.value, m.unit) == (4, "балл")


_UNITS = [("%", "процент", ""), ("°", "градус", ""), (" тонн", "тонна", " "), (" рублей", "рубль", " ")]


@given(
    low=st.integers(min_value=1, max_value=400),
    width=st.integers(min_value=1, max_value=400),
    unit=st.sampled_from(_UNITS),
    style=st.sampled_from(["от {a} до {b}", "{a}–{b}", "{a} – {b}"]),
)
def test_range_with_unit_on_both_ends(low: int, width: int, unit: tuple[str, str, str], style: str) -> None:
    """A range whose unit is written after each end is one metric from the low end to the high end."""
    form, lemma, _ = unit
    a, b = f"{low}{form}", f"{low + width}{form}"
    text = f"Показатель составил {style.format(a=a, b=b)} за год."
    (m,) = metrics_of(text)
    assert (m.value, m.high, m.unit) == (low, low + width, lemma)
    assert m.surface == style.format(a=a, b=b)


@given(low=st.integers(min_value=1, max_value=50), other=st.sampled_from([" тонн", " рублей", "%"]))
def test_different_units_make_no_range(low: int, other: str) -> None:
    """Two figures with different units around a dash stay two figures."""
    text = f"Показатель составил {low}° – {low + 1}{other} за год."
    assert [m.value for m in metrics_of(text)] == [low, low + 1]


def test_clause_count_stays_in_its_sentence() -> None:
    """A bare number with a verb in the next sentence does not repeat the count before."""
    assert [m.value for m in metrics_of("Завод собрал 40 машин. Потом 3 уволились.")] == [40]


def test_plus_is_a_sign_before_degrees_only() -> None:
    """The word плюс joins the surface before a temperature; elsewhere it is an ordinary word."""
    found = metrics_of("Штат вырос до 40 человек, плюс 3 стажера, доля — плюс 0,3%.")
    assert [m.surface for m in found] == ["40 человек", "3 стажера", "0,3%"]


def test_list_tail_of_counts_stays_bare() -> None:
    """A bare last item after counts of different things is no metric: the list names no shared unit."""
    assert [m.surface for m in metrics_of("Построили 5 домов, 3 школы и 2.")] == ["5 домов", "3 школы"]


def test_durations_of_hours_after_na_stay() -> None:
    """ "продлили на 19 часов" is a duration: only a time set for an event is an hour of the day."""
    (m,) = metrics_of("Срок поиска продлили на 19 часов.")
    assert (m.value, m.unit) == (19, "час")


def test_durations_in_hours_stay() -> None:
    """A duration in hours and minutes is a metric; only the clock time after в/к is not."""
    found = metrics_of("Спасатели работали 6 часов 20 минут, к 18 часам всех эвакуировали.")
    assert [(m.value, m.unit) for m in found] == [(6, "час"), (20, "минута")]


def test_or_restates_another_quantity() -> None:
    """A bare number after "или" restates the figure in another measure: it takes no unit from it."""
    found = metrics_of("Выпуск кирпича вырос на 14,5% или 27318, сообщили на заводе.")
    assert [(m.value, m.unit) for m in found] == [(14.5, "процент")]


def test_listed_figure_of_another_size_takes_no_measure() -> None:
    """A bare list item far larger than the share before it is another quantity: no percent for it."""
    found = metrics_of("Доля экспорта — 12%, в натуральном выражении — 45000.")
    assert [(m.value, m.unit) for m in found] == [(12, "процент"), (45000, None)]
