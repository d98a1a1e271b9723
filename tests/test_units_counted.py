"""Things counted by their abbreviation, and fixed two-word names of counted things."""

from __future__ import annotations

import pytest

from kzaz_corpus import Article


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Две ЛЭП повреждены после грозы.", "Две ЛЭП", 2.0, "ЛЭП"),
        ("Ремонт трех НПЗ завершат к осени.", "трех НПЗ", 3.0, "НПЗ"),
        ("В области открыли 12 АЗС.", "12 АЗС", 12.0, "АЗС"),
        ("За выходные произошло 7 ДТП.", "7 ДТП", 7.0, "ДТП"),
        ("Над районом сбили 14 БПЛА.", "14 БПЛА", 14.0, "БПЛА"),
        ("Аэропорт принял десять воздушных судов.", "десять воздушных судов", 10.0, "воздушное судно"),
        ("Пособие составит два прожиточных минимума.", "два прожиточных минимума", 2.0, "прожиточный минимум"),
        ("Сгорел дом с 15 членами семьи.", "15 членами семьи", 15.0, "член семьи"),
        ("Дефицит составил 150 млрд грн, сообщили в Киеве.", "150 млрд грн", 150e9, "гривна"),
        ("Кольцо из 14-каратного золота.", "14-каратного", 14.0, "карат"),
        ("Страна ввела 200-мильную зону.", "200-мильную", 200.0, "миля"),
        ("Команде нужно отыграть 9-очковое отставание.", "9-очковое", 9.0, "очко"),
        ("Во второй 20-минутке хозяева забили.", "20-минутке", 20.0, "минута"),
        ("Ударил 30-градусный мороз.", "30-градусный", 30.0, "градус"),
        ("Снаряд 100-миллиметровой пушки нашли в поле.", "100-миллиметровой", 100.0, "миллиметр"),
        # an adjective in quotation marks among the modifiers
        ("Это одна из семи «провинциальных» пирамид.", "семи «провинциальных» пирамид", 7.0, "пирамида"),
        ("Построили 5 новых «умных» домов.", "5 новых «умных» домов", 5.0, "дом"),
        # adjectives joined by "и" or commas fill one place before the noun
        ("Суд допросил четырех действующих и бывших чиновников.", "четырех действующих и бывших чиновников",
         4.0, "чиновник"),
        ("Работают около 60 различных федеральных, целевых и отраслевых научных программ.",
         "около 60 различных федеральных, целевых и отраслевых научных программ", 60.0, "программа"),
        # fixed names of counted things (units.tsv)
        ("Созданы 109 муниципальных образований.", "109 муниципальных образований", 109.0, "муниципальное образование"),
        ("Открыты четыре пункта наблюдения.", "четыре пункта наблюдения", 4.0, "пункт наблюдения"),
        # a noun the dictionary knows whole, capitalised part and all
        ("Остались три заключительных Гран-при сезона.", "три заключительных Гран-при", 3.0, "гран-при"),
        # past the noun in the instrumental that an adjective or a participle governs
        ("Отмечено 950 мотивированных ненавистью преступлений.", "950 мотивированных ненавистью преступлений",
         950.0, "преступление"),
        # past a personal pronoun a participle governs
        ("Суд снял три предъявленных ему обвинения.", "три предъявленных ему обвинения", 3.0, "обвинение"),
        # pronoun adjectives in the dative and instrumental; a noun in the number's own case is the one counted
        ("Он владеет двумя другими домами на побережье.", "двумя другими домами", 2.0, "дом"),
        ("Решение принято четырьмя своими членами правления.", "четырьмя своими членами", 4.0, "член"),
        # a currency written with a capital
        ("Билет стоит 15 Евро.", "15 Евро", 15.0, "евро"),
        # things named in quotation marks: the noun past its adjectives, agreeing with the number
        ("Картина получила два «Оскара».", "два «Оскара»", 2.0, "Оскар"),
        ("Сериал взял пять «Золотых глобусов».", "пять «Золотых глобусов»", 5.0, "глобус"),
        # a unit's abbreviation glued to the digits
        ("Мой вес перед боем 115кг.", "115кг", 115.0, "килограмм"),
        ("Трассу длиной 10км откроют летом.", "10км", 10.0, "километр"),
        # the lira sign, written for the pound
        ("Экспорт составил ₤3 млрд за год.", "₤3 млрд", 3e9, "фунт"),
        # an adjective and a noun
        ("Ракета упала в 200 морских милях от берега.", "200 морских милях", 200.0, "морская миля"),
    ],
)
def test_counted_things(text: str, surface: str, value: float, unit: str) -> None:
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == [(surface, value, unit)]


def test_a_cited_article_is_no_count() -> None:
    assert Article.from_text("Дело возбуждено по статье 5 УК.").metrics == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пострадали около десятка пассажиров.", [("около десятка пассажиров", 10.0, "пассажир", "approx")]),
        ("Задержали десяток нарушителей.", [("десяток нарушителей", 10.0, "нарушитель", None)]),
        ("Он вернулся с сотней саженцев.", [("сотней саженцев", 100.0, "саженец", None)]),
        ("Пришли более сотни зрителей.", [("более сотни зрителей", 100.0, "зритель", "more")]),
        ("Произошла дюжина атак.", [("дюжина атак", 12.0, "атака", None)]),
        ("Погибли две дюжины человек.", [("две дюжины человек", 24.0, "человек", None)]),
        ("Страна живет в десяти часовых зонах.", [("десяти часовых зонах", 10.0, "часовая зона", None)]),
        # Vague or a ranking: no count.
        ("Пришли сотни зрителей.", []),
        ("Команда вошла в первую десятку.", []),
        ("Погибли десятки тысяч деревьев.", []),
    ],
)
def test_tens_and_hundreds(text: str, expected: list[tuple[str, float, str | None, str | None]]) -> None:
    found = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in Article.from_text(text).metrics]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    ["Поезд разгоняется до 250 км/ч.", "Состав разогнался до 250 км/ч."],
)
def test_reaching_a_speed_is_no_upper_bound(text: str) -> None:
    (m,) = Article.from_text(text).metrics
    assert (text[m.start : m.end], m.value, m.qualifier) == ("250 км/ч", 250.0, None)


def test_a_quoted_name_that_does_not_agree_is_no_unit() -> None:
    """A team named after a score ("2 «Зенит»") is no thing counted: the noun does not agree with the number."""
    assert [m.unit for m in Article.from_text("Итог матча: «Спартак» 1, 2 «Зенит».").metrics if m.unit] == []


@pytest.mark.parametrize(
    "text",
    [
        # letters glued to digits that the units table does not know make a code
        "Сеть 5ГБ запустят в мае.",
        "Бланк 12ст заполнен.",
        "Клуб дошёл до 1/4 финала Кубка.",  # a stage of a tournament
        "Мы сделали лишь половину дела.",  # half the job, a figure of speech
        "Команда играла на половине поля соперника.",  # a side of the pitch, a place
    ],
)
def test_codes_stages_and_idioms_count_nothing(text: str) -> None:
    """A code, a tournament's stage and an idiom of a half hold no figure."""
    assert Article.from_text(text).metrics == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relay's legs are no figures
        ("Сборная стала второй в эстафете 4 × 10 км.", []),
        # a party's name holds no count
        ("Второе место у Движения пяти звёзд.", []),
        # teams, clubs and capitals that meet are participants, not a count
        ("Дерби двух столиц пройдёт в субботу.", []),
        ("В финале сыграют две команды из Испании.", []),
        # armoured vehicles counted by their abbreviation
        ("Бригада включает 144 БМП и 20 БТР.", [("144 БМП", 144.0, "БМП"), ("20 БТР", 20.0, "БТР")]),
    ],
)
def test_relays_parties_and_vehicles(text: str, expected: list[tuple[str, float, str]]) -> None:
    """A relay's format and a party's name count nothing; БМП and БТР are counted things."""
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == expected


def test_a_yield_in_kilograms_per_hectare() -> None:
    """A yield in kilograms per hectare keeps its unit as written."""
    text = "Урожайность составила от 80 до 130 кг/га."
    assert [(m.value, m.high, m.unit) for m in Article.from_text(text).metrics] == [(80.0, 130.0, "кг/га")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пассажиры рейса 1234 прибыли вовремя.", []),
        ("Тральщики проекта 12700 построены.", []),
        ("Стоимость проекта 300 долларов.", [("300 долларов", 300.0, "доллар")]),
    ],
)
def test_designations_count_nothing(text: str, expected: list[tuple[str, float, str]]) -> None:
    """A number that names a flight or a project counts nothing, unless a unit follows it."""
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "единица" counts whatever its genitive names ("единиц техники", "единиц продукции").
        ("Противник потерял 33 единицы техники.", "единица"),
        ("На подиуме два «Мерседеса».", "Мерседес"),
    ],
)
def test_units_of_equipment_and_brands(text: str, unit: str) -> None:
    """Units of equipment keep their genitive; a brand in quotation marks keeps its capital."""
    assert [m.unit for m in Article.from_text(text).metrics] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second clause joined by "и ещё" without a comma counts what the first counted
        (
            "Не менее 12 человек погибли и ещё 30 пострадали при обрушении.",
            [("Не менее 12 человек", 12.0, "человек"), ("30", 30.0, "человек")],
        ),
        # past a word in quotation marks; a number ending in one takes a singular verb
        (
            "Из 450 депутатов 300 проголосовали «за», 31 воздержался.",
            [("450 депутатов", 450.0, "депутат"), ("300", 300.0, "депутат"), ("31", 31.0, "депутат")],
        ),
        # a number with adjectives and no noun takes the noun of the figures it is listed with
        (
            "Показали 5 игровых, 4 анимационных и 3 документальных фильма.",
            [("5", 5.0, "фильм"), ("4", 4.0, "фильм"), ("3 документальных фильма", 3.0, "фильм")],
        ),
        # counts by place in brackets, of the noun the sentence counts
        (
            "Больше всего новых школ построено в Татарстане (14) и Ростовской области (9).",
            [("14", 14.0, "школа"), ("9", 9.0, "школа")],
        ),
    ],
)
def test_counts_that_leave_their_noun_out(text: str, expected: list[tuple[str, float, str]]) -> None:
    """A bare number in a second clause or in brackets after a place counts what the sentence counts."""
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Урожайность составила 28,4 центнера/га.", [("28,4 центнера/га", 28.4, "центнер/га")]),
        ("Скважина даёт 140 тонн/сутки нефти.", [("140 тонн/сутки", 140.0, "тонна/сутки")]),
    ],
)
def test_a_divisor_glued_on_by_a_slash(text: str, expected: list[tuple[str, float, str]]) -> None:
    """A unit with a divisor glued on after a slash is a rate, written as in the text."""
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == expected


def test_knockouts_of_a_record_count_but_the_record_does_not() -> None:
    """A boxer's knockouts count (unit as written); the wins and losses before them take no unit from them."""
    text = "Боксёр (21-2, 14 КО) встретится с дебютантом (2-3, 1 КО)."
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == [("14 КО", 14.0, "КО"), ("1 КО", 1.0, "КО")]


@pytest.mark.parametrize(
    "line",
    [
        "Омск 11.2 °C", "+9°", "+9º", "Томск -4˚", "~3 мин", "5 мин читать", "Время чтения: 4 минуты", "2 мин.",
        ", 7 новостей, 31 просмотр",
    ],
)
def test_a_pages_widget_line_states_no_metric(line: str) -> None:
    """A line that is only a page's reading time, weather or counters states nothing; the body still counts."""
    text = f"Главное за день\n{line}\nЗаседание длилось 40 минут, на улице было +9°."
    found = [text[m.start : m.end] for m in Article.from_text(text).metrics]
    assert found == ["40 минут", "+9°"]


def test_hours_and_minutes_before_chas_are_a_time_of_day() -> None:
    """"в 9.15 час." is a time of day; a duration in hours still counts."""
    text = "Заседание открылось в 9.15 час. и длилось 2,5 часа."
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == [("2,5 часа", 2.5, "час")]


def test_a_forecast_line_in_the_body_still_counts() -> None:
    """A line of a place and a temperature past the page's header is a forecast's figure, not the weather widget."""
    body = "Прогноз на завтра. " + "В большинстве городов будет тепло и сухо. " * 20
    text = f"Главное за день\n\n{body}\nОмск +9°\nТомск -4°"
    found = [text[m.start : m.end] for m in Article.from_text(text).metrics]
    assert found == ["+9°", "-4°"]


def test_a_part_of_numbered_things_is_a_count() -> None:
    """"по двум из семи пунктов": a part of a whole counts the whole's noun, also one that numbers items."""
    text = "Он признал вину по двум из семи пунктов обвинения."
    found = [(m.surface, m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == [("двум", 2.0, "пункт"), ("семи пунктов", 7.0, "пункт")]
    # "one of" them is no count (What counts: "одного завода")
    text = "Закон коснётся всего одной из пяти частей статьи."
    assert [m.surface for m in Article.from_text(text).metrics] == ["пяти частей"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare number set against the figure before it by "и", "а" counts what that one counts.
        ("Взрыв убил 12 человек и ранил 40.", [("12 человек", 12.0, "человек"), ("40", 40.0, "человек")]),
        (
            "Мэра поддержали 306 депутатов, а его соперника — только 32.",
            [("306 депутатов", 306.0, "депутат"), ("32", 32.0, "депутат")],
        ),
        ("Пенсию будут платить с 75 лет, а не с 80.", [("75 лет", 75.0, "год"), ("80", 80.0, "год")]),
        # A number that goes on with a noun of its own is no elided one.
        ("Взрыв убил 12 человек и ранил 40 солдат.", [("12 человек", 12.0, "человек"), ("40 солдат", 40.0, "солдат")]),
    ],
)
def test_a_bare_number_set_against_a_count(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = [(text[m.start : m.end], m.value, m.unit) for m in Article.from_text(text).metrics]
    assert found == expected
