"""Quote detection: every attribution pattern, span rules, and properties."""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzaz_corpus import Article
from kzaz_corpus.errors import KzazError
from kzaz_corpus.model import Paragraph
from kzaz_corpus.stages.quotes.extract import extract_quotes
from kzaz_corpus.stages.quotes.text import quote_spans, trim_span
from kzaz_corpus.text.sentences import split_sentences
from tests.strategies_quotes import PATTERNS, Sample, attributed_quotes


def quotes_of(text: str, date: _dt.date | None = None) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every quote found in *text* parsed as an article."""
    art = Article.from_text(text if date is None else f"date {date.isoformat()} {text}")
    return [(q.kind, q.text, q.speaker) for q in art.quotes]


# --- examples: one per pattern -------------------------------------------------

EXAMPLES = {
    "dash-after": (
        "– Мы завершим строительство моста к осени, – заявил министр транспорта Ерлан Касымов.",
        [("direct", "Мы завершим строительство моста к осени", "Ерлан Касымов")],
    ),
    "dash-split": (
        "– Порт готов, – сказал директор порта Андрей Морозов. – Первые суда придут в мае.",
        [("direct", "Порт готов", "Андрей Морозов"), ("direct", "Первые суда придут в мае", "Андрей Морозов")],
    ),
    "dash-own-line": (
        "– Урожай в этом году будет выше прошлогоднего.\n\n– Нурлан Оспанов",
        [("direct", "Урожай в этом году будет выше прошлогоднего", "Нурлан Оспанов")],
    ),
    "marks-after": (
        "«Цены на хлеб останутся прежними», – отметила Ольга Соколова.",
        [("direct", "Цены на хлеб останутся прежними", "Ольга Соколова")],
    ),
    "straight-marks": (
        '"Тарифы не вырастут", - сообщил Сергей Волков.',
        [("direct", "Тарифы не вырастут", "Сергей Волков")],
    ),
    "marks-colon": (
        "Дмитрий Лебедев добавил: «Работы начнутся весной».",
        [("direct", "Работы начнутся весной", "Дмитрий Лебедев")],
    ),
    "chto": (
        "Министр финансов Алексей Павлов заявил, что бюджет будет исполнен полностью.",
        [("indirect", "бюджет будет исполнен полностью", "Алексей Павлов")],
    ),
    "o-tom-chto": (
        "Ирина Козлова рассказала о том, что завод выпустит новую продукцию.",
        [("indirect", "завод выпустит новую продукцию", "Ирина Козлова")],
    ),
    "po-slovam": (
        "По словам Марины Орловой, спрос на зерно растет.",
        [("indirect", "спрос на зерно растет", "Марина Орлова")],
    ),
    "po-ego-slovam": (
        "Министр Сергей Волков выступил на форуме. По его словам, экспорт вырос вдвое.",
        [("indirect", "экспорт вырос вдвое", "Сергей Волков")],
    ),
    "kak-soobshil": (
        "Как сообщил Андрей Морозов, новый терминал откроется летом.",
        [("indirect", "новый терминал откроется летом", "Андрей Морозов")],
    ),
    "postposed": (
        "Экспорт пшеницы вырастет на треть, заявил вице-министр Нурлан Оспанов.",
        [("indirect", "Экспорт пшеницы вырастет на треть", "Нурлан Оспанов")],
    ),
    "ob-etom": (
        "Строительство дороги завершится в будущем году.\n\nОб этом сообщил аким области Ерлан Касымов.",
        [("indirect", "Строительство дороги завершится в будущем году", "Ерлан Касымов")],
    ),
    "ob-etom-same-paragraph": (
        "Цены на бензин не изменятся. Об этом заявила Елена Новикова.",
        [("indirect", "Цены на бензин не изменятся", "Елена Новикова")],
    ),
    "pronoun": (
        "Министр Ольга Соколова посетила завод.\n\nОна отметила, что производство выросло.",
        [("indirect", "производство выросло", "Ольга Соколова")],
    ),
    "coordinated": (
        "Алексей Павлов признал, что расходы выросли, а также подчеркнул, что дефицит снизится.",
        [("indirect", "расходы выросли", "Алексей Павлов"), ("indirect", "дефицит снизится", "Алексей Павлов")],
    ),
    "parenthetical": (
        "Сергей Волков выступил вчера. В частности, сказал он, цены стабилизируются.",
        [("indirect", "цены стабилизируются", "Сергей Волков")],
    ),
    "medium-in-interview": (
        "Порт станет крупнейшим в регионе.\n\nОб этом в интервью агентству Report заявил Андрей Морозов.",
        [("indirect", "Порт станет крупнейшим в регионе", "Андрей Морозов")],
    ),
    "dash-verb-own-line-title": (
        "Борец Тимур Абдрахманов завоевал золото чемпионата Азии.\n\n"
        "– Я готовился к этому турниру два года. Спасибо тренерам.\n\n"
        "– признался спортсмен журналистам Sports.kz.",
        [("direct", "Я готовился к этому турниру два года. Спасибо тренерам", "Тимур Абдрахманов")],
    ),
    "dash-verb-own-line-name": (
        "– Новый сорт пшеницы устойчив к засухе.\n\n– рассказала агроном Зарина Касымова.",
        [("direct", "Новый сорт пшеницы устойчив к засухе", "Зарина Касымова")],
    ),
    "dash-inline-title": (
        "Пловчиха Мадина Сейтказиева установила рекорд страны.\n\n– Вода сегодня была быстрой, – сказала чемпионка.",
        [("direct", "Вода сегодня была быстрой", "Мадина Сейтказиева")],
    ),
    "quote-inside-quote": (
        '«Образование определяет будущее. Как писал Ибрай Алтынсарин, "свет знаний рассеет тьму". '
        "Мы строим новые школы», – сказал министр просвещения Ерлан Касымов.",
        [
            (
                "direct",
                'Образование определяет будущее. Как писал Ибрай Алтынсарин, "свет знаний рассеет тьму". '
                "Мы строим новые школы",
                "Ерлан Касымов",
            ),
            ("direct", "свет знаний рассеет тьму", "Ибрай Алтынсарин"),
        ],
    ),
    "postposed-one-word-organisation": (
        "Средняя цена бензина за месяц выросла на 3%, сообщил Росстат.",
        [("indirect", "Средняя цена бензина за месяц выросла на 3%", "Росстат")],
    ),
    "chto-after-quoted-listener": (
        "Экономист Олег Барсуков сказал «Коммерсанту», что кредиты подорожают к осени.",
        [("indirect", "кредиты подорожают к осени", "Олег Барсуков")],
    ),
    "ob-etom-person-beats-occasion": (
        "Пассажиропоток аэропорта вырос на 15%. Об этом на коллегии министерства доложил вице-министр "
        "промышленности Марат Ибраев.",
        [("indirect", "Пассажиропоток аэропорта вырос на 15%", "Марат Ибраев")],
    ),
    "dateline-city-agency": (
        "ШЫМКЕНТ. KAZINFORM — Новый мост через реку откроют в июне. Об этом сообщил аким города Болат Жумабаев.",
        [("indirect", "Новый мост через реку откроют в июне", "Болат Жумабаев")],
    ),
    "po-mneniyu-latin-organisation": (
        "По мнению аналитика Eurasia Capital Айгуль Нуриевой, ставка останется высокой. "
        "«Инфляция пока не замедлилась», – пояснила она.",
        [
            ("indirect", "ставка останется высокой", "Айгуль Нуриева"),
            ("direct", "Инфляция пока не замедлилась", "Айгуль Нуриева"),
        ],
    ),
    "colon-intro-names-speaker": (
        "Вице-министр Сергей Волков открыл форум.\n\n«Мы продолжим реформы», – сказал он.\n\n"
        "Начальник управления Феруза Алиева пояснила журналистам:\n\n– Очередь на границе сократилась вдвое.",
        [
            ("direct", "Мы продолжим реформы", "Сергей Волков"),
            ("direct", "Очередь на границе сократилась вдвое", "Феруза Алиева"),
        ],
    ),
    "indeclinable-kazakh-surname-pronoun": (
        "Председатель комитета Бауыржан Айтбаты провел совещание. «Сроки сорваны не будут», – сказал он.",
        [("direct", "Сроки сорваны не будут", "Бауыржан Айтбаты")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(EXAMPLES.values()), ids=list(EXAMPLES))
def test_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each attribution pattern yields exactly the expected quotes."""
    assert quotes_of(text) == expected


# --- news in several agency styles, topics and naming traditions ----------------------

NEWS = {
    "energy-interfax-postposed": (
        "Добыча газа на месторождении вырастет в следующем году, сообщил журналистам министр энергетики "
        "Алмасадам Саткалиев.",
        [("indirect", "Добыча газа на месторождении вырастет в следующем году", "Алмасадам Саткалиев")],
    ),
    "diplomacy-trend-dash": (
        "– Мы рассчитываем на расширение сотрудничества в сфере логистики, – заявил Trend посол Грузии в "
        "Азербайджане Зураб Патарадзе.",
        [("direct", "Мы рассчитываем на расширение сотрудничества в сфере логистики", "Зураб Патарадзе")],
    ),
    "sport-marks-after-fem": (
        "«Команда готова к сезону, и болельщики увидят новый футбол», – сказала генеральный директор клуба "
        "Гульнара Бекмуратова.",
        [("direct", "Команда готова к сезону, и болельщики увидят новый футбол", "Гульнара Бекмуратова")],
    ),
    "uzbek-chto-patronymic-later": (
        "Министр экономики Узбекистана Джамшид Кучкаров провел брифинг.\n\nКучкаров отметил, что инфляция в "
        "стране замедлилась.",
        [("indirect", "инфляция в стране замедлилась", "Джамшид Кучкаров")],
    ),
    "region-po-slovam-genitive": (
        "По словам акима области Ерлана Нурбаева, ремонт дорог завершится к концу лета.",
        [("indirect", "ремонт дорог завершится к концу лета", "Ерлан Нурбаев")],
    ),
    "collective-po-slovam": (
        "Министр торговли Арман Шаккалиев открыл выставку.\n\nПо словам экспертов отраслевого союза, цены на "
        "зерно стабилизируются.",
        [("indirect", "цены на зерно стабилизируются", "эксперты отраслевого союза")],
    ),
    "collective-po-mneniyu": (
        "Глава банка Тимур Сулейменов выступил на форуме.\n\nПо мнению аналитиков, курс тенге останется стабильным.",
        [("indirect", "курс тенге останется стабильным", "аналитики")],
    ),
    "press-service-org": (
        "Поставки электроэнергии восстановлены во всех районах, сообщила пресс-служба компании.",
        [("indirect", "Поставки электроэнергии восстановлены во всех районах", "пресс-служба компании")],
    ),
    "colon-marks-georgian": (
        "Министр культуры Грузии Леван Чхеидзе заявил: «Театры получат новые сцены к осени».",
        [("direct", "Театры получат новые сцены к осени", "Леван Чхеидзе")],
    ),
    "head-of-state-no-evidence": (
        "Глава государства подчеркнул, что строительство завода начнется в мае.",
        [("indirect", "строительство завода начнется в мае", "Глава государства")],
    ),
    "head-of-state-dateline": (
        "ТАШКЕНТ, 12 мар – Kun.uz. Глава государства заявил, что выпуск шелковой пряжи удвоился.",
        [("indirect", "выпуск шелковой пряжи удвоился", "Шавкат Мирзиёев")],
    ),
    "azeri-oglu-dash-split": (
        "– Транзит через порт растет, – сказал Тофик Рашид оглу Мамедов. – Мы ждем новых контрактов.",
        [
            ("direct", "Транзит через порт растет", "Тофик Рашид оглу Мамедов"),
            ("direct", "Мы ждем новых контрактов", "Тофик Рашид оглу Мамедов"),
        ],
    ),
    "pronoun-she-kak": (
        "Председатель комитета Динара Алимбекова посетила Шымкент.\n\nКак сообщила она, финансирование "
        "программы будет увеличено.",
        [("indirect", "финансирование программы будет увеличено", "Динара Алимбекова")],
    ),
    "ob-etom-ria": (
        "Тарифы на воду пересмотрят осенью. Об этом сообщил РИА Новости заместитель министра Сергей Кравченко.",
        [("indirect", "Тарифы на воду пересмотрят осенью", "Сергей Кравченко")],
    ),
}


DIALOGUE_AND_HEADLINES = {
    "dash-middle-vozrazil": (
        "Министр сельского хозяйства Фаррух Назаров ответил на вопросы.\n\n"
        "– Цены на удобрения задает рынок, – возразил Назаров. – Но мы поможем фермерам.",
        [
            ("direct", "Цены на удобрения задает рынок", "Фаррух Назаров"),
            ("direct", "Но мы поможем фермерам", "Фаррух Назаров"),
        ],
    ),
    "dash-middle-present-title": (
        "Декан Асель Нурланова рассказала о наборе.\n\n"
        "– Да. Общежитие будет готово к осени, – отвечает декан. – Мы уже закупили мебель.",
        [
            ("direct", "Да. Общежитие будет готово к осени", "Асель Нурланова"),
            ("direct", "Мы уже закупили мебель", "Асель Нурланова"),
        ],
    ),
    "dash-parirovat": (
        "Депутат Олег Смирнов выступил в парламенте.\n\n– Бюджет сбалансирован, – парирует Смирнов.",
        [("direct", "Бюджет сбалансирован", "Олег Смирнов")],
    ),
    "headline-title-colon": (
        "Директор театра: «Мы сохраним весь репертуар»\n\n"
        "Директор областного театра Динара Мусина рассказала о планах на сезон.",
        [("direct", "Мы сохраним весь репертуар", "Динара Мусина")],
    ),
    "po-informacii-press-service": (
        "Тарифы на газ не изменятся. По информации пресс-службы акимата, решение согласовано с ведомством.",
        [("indirect", "решение согласовано с ведомством", "пресс-служба акимата")],
    ),
    "uveren-chto": (
        "Экономист Бахтияр Исмаилов выступил на конференции. Исмаилов, впрочем, уверен, что курс останется стабильным.",
        [("indirect", "курс останется стабильным", "Бахтияр Исмаилов")],
    ),
    "uverena-chto": (
        "Аналитик Ольга Соколова выступила на конференции. Соколова уверена, что ставки снизятся.",
        [("indirect", "ставки снизятся", "Ольга Соколова")],
    ),
    "po-ego-ocenke": (
        "Врач Тимур Алиев рассказал о вакцинации. По его оценке, охват прививками превысит 80%.",
        [("indirect", "охват прививками превысит 80%", "Тимур Алиев")],
    ),
    "po-ocenke-name": (
        "Спрос на жилье вырастет. По оценке Бахтияра Исмаилова, цены поднимутся на 5%.",
        [("indirect", "цены поднимутся на 5%", "Бахтияр Исмаилов")],
    ),
    "predpolozhil-chto": (
        "Аналитик Тимур Сейткали выступил на форуме. Сейткали предположил, что спрос на зерно вырастет.",
        [("indirect", "спрос на зерно вырастет", "Тимур Сейткали")],
    ),
    "opasaetsya-chto": (
        "Фермер Ержан Бекмухамедов опасается, что засуха погубит урожай.",
        [("indirect", "засуха погубит урожай", "Ержан Бекмухамедов")],
    ),
    "dopustil-chto": (
        "Министр Олжас Карибаев допустил, что сроки строительства сдвинутся.",
        [("indirect", "сроки строительства сдвинутся", "Олжас Карибаев")],
    ),
    "dash-prodolzhaet": (
        "– Мы начали сбор в мае, – продолжает Гульнара Ахметова. – К осени закончим.",
        [
            ("direct", "Мы начали сбор в мае", "Гульнара Ахметова"),
            ("direct", "К осени закончим", "Гульнара Ахметова"),
        ],
    ),
    # A speech verb that governs an infinitive says what goes on and attributes nothing:
    # the sentence is the quote of the backward attribution after it.
    "verb-with-infinitive": (
        "Цены на бензин продолжают расти, установив новый рекорд. Эти данные приводит министерство.",
        [("indirect", "Цены на бензин продолжают расти, установив новый рекорд", "министерство")],
    ),
    # A что-clause after a gerund: the subject of the finite verb it depends on speaks.
    "gerund-main-clause-subject": (
        "Министр Иван Петров выступил. Он поблагодарил коллег по кабинету, "
        "подчеркнув, что работа только начинается.",
        [("indirect", "работа только начинается", "Иван Петров")],
    ),
    "gerund-after-postposed-subject": (
        "«Рост продолжится», – отметил Иван Петров, добавив, что цены снизятся.",
        [("direct", "Рост продолжится", "Иван Петров"), ("indirect", "цены снизятся", "Иван Петров")],
    ),
    "gerund-in-relative-clause": (
        "Премьер Асхат Нуриев прокомментировал заявление посла Жозепа Марти, который сравнил два рынка, "
        "отметив, что на первом спрос выше.",
        [("indirect", "на первом спрос выше", "Жозеп Марти")],
    ),
    "gerund-plural-place": (
        "В Нацбанке опровергли слухи о девальвации, указав, что курс останется стабильным.",
        [("indirect", "курс останется стабильным", "Нацбанк")],
    ),
    "headline-quote-then-name-and-verb": (
        "«Тарифы не вырастут»: Сарсенов рассказал о планах акимата\n\nАким Ерлан Сарсенов выступил на сессии.",
        [("direct", "Тарифы не вырастут", "Ерлан Сарсенов")],
    ),
    "headline-quote-full-stop-name-dash-topic": (
        "«Мы не повысим тарифы». Сарсенов — о планах акимата\n\nАким Ерлан Сарсенов выступил на сессии.",
        [("direct", "Мы не повысим тарифы", "Ерлан Сарсенов")],
    ),
    "headline-title-dash-topic": (
        "Аким Актобе – о тарифах: «Цены останутся прежними»\n\nАким Актобе Ерлан Сарсенов выступил на сессии.",
        [("direct", "Цены останутся прежними", "Ерлан Сарсенов")],
    ),
    # A time after "в" is no place that speaks: the place after it is.
    "place-after-a-weekday": (
        "Спутник вывели на орбиту с космодрома. Об этом сообщили в четверг, 3 августа, в «Космоцентре».",
        [("indirect", "Спутник вывели на орбиту с космодрома", "Космоцентр")],
    ),
    "place-after-a-weekday-before-verb": (
        "В понедельник в Минфине заявили, что бюджет исполнен.",
        [("indirect", "бюджет исполнен", "Минфин")],
    ),
    "document-named-by-a-month-adjective": (
        "Выпуск стали снизился на 2%. Об этом говорится в мартовском обзоре отрасли.",
        [("indirect", "Выпуск стали снизился на 2%", "мартовский обзор отрасли")],
    ),
    "so-ssylkoj-whole-phrase": (
        "Суд смягчил наказание бывшему директору, передает агентство со ссылкой на прокуратуру Озерской области.",
        [("indirect", "Суд смягчил наказание бывшему директору", "прокуратура Озерской области")],
    ),
    "markup-between-verb-and-speaker": (
        'Паводок отступил от дамбы, пояснила<#LINK href="https://example.net" text=" Вестник ">'
        "начальник отдела Вера Кулешова.",
        [("indirect", "Паводок отступил от дамбы", "Вера Кулешова")],
    ),
    "lone-patronymic-shaped-surname": (
        "Бывший кандидат в президенты выступил с заявлением. Лукашевич подчеркнул, что не покинет страну.",
        [("indirect", "не покинет страну", "Лукашевич")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(DIALOGUE_AND_HEADLINES.values()), ids=list(DIALOGUE_AND_HEADLINES))
def test_dialogue_headlines_and_opinion(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Dash dialogue split by its attribution, headline quotes of a title, and opinion and estimate triggers."""
    assert quotes_of(text) == expected


def test_listed_names_in_marks_are_not_quotes() -> None:
    """Short quoted names in a list inside a quote stay part of it and make no quotes of their own."""
    text = (
        "Декан Марат Сулейменов выступил.\n\n"
        '– Больше всего заявлений подали на программы "Экология" и "Связь", – говорит Сулейменов.'
    )
    assert quotes_of(text) == [
        ("direct", 'Больше всего заявлений подали на программы "Экология" и "Связь"', "Марат Сулейменов")
    ]


def test_short_quotes_in_dialogue_are_not_names() -> None:
    """Two short attributed quotes joined by "и" are still quotes."""
    text = "Декан Марат Сулейменов выступил. «Рост будет», – сказал он, и «Дальше посмотрим», – добавил он."
    assert [q[1] for q in quotes_of(text)] == ["Рост будет", "Дальше посмотрим"]


@pytest.mark.parametrize(("text", "expected"), list(NEWS.values()), ids=list(NEWS))
def test_news_styles(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Realistic news sentences: names from across the region, plural and unnamed speakers, datelines."""
    assert quotes_of(text, _dt.date(2024, 5, 2)) == expected


NOT_QUOTES = {
    "name-in-marks": 'Делегация посетила резиденцию «Ак Орда» и агентство "Жаңалық".',
    "term-in-marks": 'Эксперты называют маршрут "зеленым" коридором.',
    "reason-clause": "Министр поблагодарил партнеров за то, что они поддержали проект.",
    "speech-act-without-content": "Президент подчеркнул высокий уровень отношений двух стран.",
    "first-person-author": "Отмечу также, что погода в тот день была ясной.",
    "list-dashes": "Итоги года:\n-\nРост экономики составил пять процентов.",
    "unattributed-dash": "– Сколько стоит билет?\n\n– Пятьсот тенге.",
    "gerund-without-subject": "Подчеркнув, что курс стабилен, завершили заседание.",
    # A headline quotation then a colon and a name with no verb: a heading of a digest.
    "headline-quote-then-place": "«Экспорт растет»: Казахстан за неделю\n\nОбзор главных событий.",
    "quote-then-sentence-without-name": "«Мы готовы». Так начал выступление министр.",
}


@pytest.mark.parametrize("text", list(NOT_QUOTES.values()), ids=list(NOT_QUOTES))
def test_not_quotes(text: str) -> None:
    """Names, terms, reasons, bare speech acts and the author's voice are not quotes."""
    assert quotes_of(text) == []


def test_nested_marks_stay_inside_indirect() -> None:
    """A verbatim fragment inside indirect speech is part of that one quote."""
    text = 'Ерлан Касымов добавил, что фонд "позволит нам строить новые заводы".'
    assert quotes_of(text) == [("indirect", 'фонд "позволит нам строить новые заводы"', "Ерлан Касымов")]


def test_nested_name_in_direct_quote_is_not_a_quote() -> None:
    """Quotation marks around a name inside a direct quote do not make a second quote."""
    text = '"Проект "Шелковый путь" будет завершен", - отметил Андрей Морозов.'
    assert quotes_of(text) == [("direct", 'Проект "Шелковый путь" будет завершен', "Андрей Морозов")]


def test_dash_quote_continues_in_speaker_voice() -> None:
    """A dash quote goes on into a following paragraph written in the first or second person."""
    text = "– Мы рады гостям, – сказал Нурлан Оспанов. – Наши страны дружат давно.\n\nМы вместе построим новые дороги."
    found = quotes_of(text)
    assert found[-1] == ("direct", "Наши страны дружат давно.\n\nМы вместе построим новые дороги", "Нурлан Оспанов")


def test_title_resolves_to_apposition() -> None:
    """A bare title resolves to the person the article names with it."""
    text = "Посол Казахстана Ерлан Касымов прибыл в Баку.\n\n«Визит будет полезным», – отметил дипломат."
    assert quotes_of(text)[0][2] == "Ерлан Касымов"


def test_title_resolves_by_office_table() -> None:
    """A head-of-state title with no name in the article resolves through the office-holder table."""
    text = "Президент Казахстана провел совещание по экспорту.\n\n– Мы откроем новые рынки, – сказал Глава государства."
    assert quotes_of(text, _dt.date(2025, 5, 1))[0][2] == "Касым-Жомарт Токаев"
    assert quotes_of(text, _dt.date(2015, 5, 1))[0][2] == "Нурсултан Назарбаев"


def test_unnamed_source_keeps_descriptor() -> None:
    """A quote from an organisation keeps its descriptor and is marked unnamed."""
    art = Article.from_text("Тарифы вырастут с февраля, говорится в сообщении министерства.")
    (q,) = art.quotes
    assert (q.speaker, q.speaker_named, q.verb) == ("сообщение министерства", False, "говориться")


def test_quote_fields() -> None:
    """Role, mention span, verb lemma and medium are filled in."""
    text = "Об этом в интервью Report заявил посол Азербайджана в Казахстане Агалар Атамогланов."
    art = Article.from_text("Торговля выросла на треть.\n\n" + text)
    (q,) = art.quotes
    assert q.role == "посол Азербайджана в Казахстане"
    assert art.text[q.mention_start : q.mention_end] == "Агалар Атамогланов"
    assert (q.verb, q.medium, q.rule) == ("заявить", "в интервью Report", "ob-etom")


def test_crlf_and_nbsp() -> None:
    """Offsets stay exact with \\r\\n line ends and non-breaking spaces."""
    text = "Цены\u00a0снизятся к осени.\r\n\r\nОб этом сообщил министр Сергей\u00a0Волков."
    art = Article.from_text(text)
    (q,) = art.quotes
    assert art.text[q.start : q.end] == "Цены\u00a0снизятся к осени"
    assert q.speaker == "Сергей Волков"


def test_empty_and_no_paragraphs() -> None:
    """No text or no body paragraphs give no quotes."""
    assert extract_quotes("", ()) == ()
    assert extract_quotes("Текст.", (Paragraph(0, 6, "credit"),)) == ()


# --- helpers -----------------------------------------------------------------------


def test_quote_spans_unclosed() -> None:
    """Unclosed marks pair with nothing."""
    t = "«Раз «два» три"
    assert [t[o + 1 : c] for o, c, _ in quote_spans(t, 0, len(t))] == ["два"]


def test_sentence_spans_keep_initials_together() -> None:
    """An initial does not end a sentence."""
    t = "Об этом сказал И. Петров. Потом ушел."
    assert [t[s:e] for s, e in split_sentences(t, 0, len(t))] == ["Об этом сказал И. Петров.", "Потом ушел."]


def test_trim_keeps_abbreviation_period() -> None:
    """A final "и т.д." keeps its period."""
    t = "энергетика, туризм и т.д."
    s, e = trim_span(t, 0, len(t))
    assert t[s:e] == t


# --- properties ------------------------------------------------------------------


@given(attributed_quotes())
@example(Sample("«Да», – ответил Сергей Волков.", "Да", "Сергей Волков", "direct", "marks"))
def test_generated_quote_found_with_speaker(sample: Sample) -> None:
    """A quote built from a random name, verb, content and pattern is found with the right speaker and kind."""
    art = Article.from_text(sample.text)
    hits = [q for q in art.quotes if sample.content in q.text or q.text in sample.content]
    assert hits, (sample.pattern, sample.text, art.quotes)
    assert hits[0].speaker == sample.speaker
    assert hits[0].kind == sample.kind


@pytest.mark.parametrize("pattern", PATTERNS)
@given(data=st.data())
def test_every_pattern_generated(pattern: str, data: st.DataObject) -> None:
    """Each attribution pattern, drawn separately, gives the expected speaker."""
    sample = data.draw(attributed_quotes(pattern))
    art = Article.from_text(sample.text)
    hits = [q for q in art.quotes if sample.content in q.text or q.text in sample.content]
    assert hits and hits[0].speaker == sample.speaker


_HOSTILE = st.text(
    alphabet=st.sampled_from(list('«»"„“”–—-,.:;!? \nаб ВГ Об этом заявил, что По словам')), max_size=400
)


@given(st.one_of(st.text(max_size=300), _HOSTILE))
def test_no_crash_and_spans_slice(text: str) -> None:
    """Any text gives quotes whose spans slice to their text, sorted and inside the text."""
    try:
        art = Article.from_text(text)
    except KzazError:
        return
    last = -1
    for q in art.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last
        last = q.start


# --- attributions beyond the sentence, quotation boundaries, sources -------------------------------------------

RULE_EXAMPLES = {
    "inherit-after-po-slovam": (
        "По словам министра энергетики Нурлана Оспанова, тарифы вырастут на 7%.\n\n"
        "«Мы сделаем всё, чтобы рост был плавным. Льготы сохранятся».",
        [
            ("indirect", "тарифы вырастут на 7%", "Нурлан Оспанов"),
            ("direct", "Мы сделаем всё, чтобы рост был плавным. Льготы сохранятся", "Нурлан Оспанов"),
        ],
    ),
    "inherit-after-chto": (
        'Аким области Ерлан Касымов заявил, что дорогу откроют в мае.\n\n"Подрядчик работает без выходных".',
        [
            ("indirect", "дорогу откроют в мае", "Ерлан Касымов"),
            ("direct", "Подрядчик работает без выходных", "Ерлан Касымов"),
        ],
    ),
    "own-line-lower-case": (
        "«Все школы области будут подключены к интернету до конца года»\n\n– пресс-служба акимата",
        [("direct", "Все школы области будут подключены к интернету до конца года", "пресс-служба акимата")],
    ),
    "marks-verb-line-below": (
        "«Команда готова к финалу и настроена на победу»\n\n— рассказал тренер сборной Сергей Волков журналистам.",
        [("direct", "Команда готова к финалу и настроена на победу", "Сергей Волков")],
    ),
    "headline-colon": (
        "Оспанов: экономика вырастет на 5% в следующем году\n\nМинистр экономики Нурлан Оспанов выступил на форуме.",
        [("direct", "экономика вырастет на 5% в следующем году", "Нурлан Оспанов")],
    ),
    "headline-title-and-name": (
        "Вице-министр Козлова: спрос на жильё вырос на треть\n\nВице-министр Ирина Козлова выступила в сенате.",
        [("direct", "спрос на жильё вырос на треть", "Ирина Козлова")],
    ),
    "headline-topic": (
        "Волков о тарифах: «Рост будет плавным и предсказуемым»\n\nМинистр Сергей Волков ответил журналистам.",
        [("direct", "Рост будет плавным и предсказуемым", "Сергей Волков")],
    ),
    "split-inside-marks": (
        "«Рост будет плавным, — сказал министр Андрей Морозов. — Льготы сохранятся для всех».",
        [
            ("direct", "Рост будет плавным", "Андрей Морозов"),
            ("direct", "Льготы сохранятся для всех", "Андрей Морозов"),
        ],
    ),
    "split-inside-marks-comma": (
        '"Мост откроют в мае, - сообщили в акимате, - а дорогу к нему в июне".',
        [("direct", "Мост откроют в мае", "акимат"), ("direct", "а дорогу к нему в июне", "акимат")],
    ),
    "mismatched-marks": (
        "«Рост будет плавным и предсказуемым”, – сказал министр Дмитрий Лебедев.",
        [("direct", "Рост будет плавным и предсказуемым", "Дмитрий Лебедев")],
    ),
    "stray-opener-line": (
        "Министр Алексей Павлов выступил на форуме.\n«\nРост будет плавным, льготы сохранятся», – сказал он.",
        [("direct", "Рост будет плавным, льготы сохранятся", "Алексей Павлов")],
    ),
    "paragraphs-each-opened": (
        "Министр Елена Новикова заявила, что школы откроют в срок.\n\n"
        "«Строители работают в две смены.\n\n"
        "«Оборудование уже закуплено», — добавила она.",
        [
            ("indirect", "школы откроют в срок", "Елена Новикова"),
            ("direct", "Строители работают в две смены", "Елена Новикова"),
            ("direct", "Оборудование уже закуплено", "Елена Новикова"),
        ],
    ),
    "dash-resumes-after-comma": (
        "– Рост будет плавным, – сказал министр Сергей Волков, – и льготы сохранятся.",
        [("direct", "Рост будет плавным", "Сергей Волков"), ("direct", "и льготы сохранятся", "Сергей Волков")],
    ),
    "dash-inside-paragraph": (
        "Министр Сергей Волков вышел к журналистам. – Мы построим порт к осени, – заявил он. – Работы уже начались.",
        [("direct", "Мы построим порт к осени", "Сергей Волков"), ("direct", "Работы уже начались", "Сергей Волков")],
    ),
    "words-of-reported": (
        "«Прежние руководители думали только о себе», — приводят местные СМИ слова Нурлана Оспанова.",
        [("direct", "Прежние руководители думали только о себе", "Нурлан Оспанов")],
    ),
    "words-of-before-verb": (
        "«Пассажиропоток вырос на 12%», — слова Андрея Морозова привела пресс-служба аэропорта.",
        [("direct", "Пассажиропоток вырос на 12%", "Андрей Морозов")],
    ),
    "headline-title-name-marks": (
        'Министр транспорта Марат Касымов: "Дорожники будут убирать снег круглосуточно".',
        [("direct", "Дорожники будут убирать снег круглосуточно", "Марат Касымов")],
    ),
    "split-expressive-verb": (
        '"У нас трое детей, - сокрушается жительница района Ольга Соколова, - никто не помогает".',
        [
            ("direct", "У нас трое детей", "Ольга Соколова"),
            ("direct", "никто не помогает", "Ольга Соколова"),
        ],
    ),
    "dash-inherit": (
        "Министр энергетики Нурлан Оспанов заявил, что тарифы вырастут на 7%.\n\n"
        "– Мы сделаем всё, чтобы рост был плавным.",
        [
            ("indirect", "тарифы вырастут на 7%", "Нурлан Оспанов"),
            ("direct", "Мы сделаем всё, чтобы рост был плавным", "Нурлан Оспанов"),
        ],
    ),
    "adverbial-before-verb": (
        "«Мы долго спорили, но план одобрили», – на прошлой неделе заявил лидер партии Сергей Волков.",
        [("direct", "Мы долго спорили, но план одобрили", "Сергей Волков")],
    ),
    "second-fragment-same-sentence": (
        "«Экспорт растёт», – заявил министр Нурлан Оспанов и поблагодарил фермеров, благодаря которым "
        "«сделано очень много хороших дел».",
        [
            ("direct", "Экспорт растёт", "Нурлан Оспанов"),
            ("direct", "сделано очень много хороших дел", "Нурлан Оспанов"),
        ],
    ),
    "backward-noun-report-verb": (
        "Экспорт зерна вырос на 12% за год.\n\nТакие данные в понедельник привёл министр Ерлан Касымов.",
        [("indirect", "Экспорт зерна вырос на 12% за год", "Ерлан Касымов")],
    ),
    "backward-tak-after-quotation": (
        "«Рост будет плавным и предсказуемым».\n\nТак прокомментировал ситуацию министр Сергей Волков.",
        [("direct", "Рост будет плавным и предсказуемым", "Сергей Волков")],
    ),
    "backward-noun-far-verb": (
        "Экспорт зерна вырос на 12%.\n\nТакое заявление на пресс-конференции в Астане сделал министр Сергей Волков.",
        [("indirect", "Экспорт зерна вырос на 12%", "Сергей Волков")],
    ),
    "backward-noun-keeps-earlier-attribution": (
        "Министр Сергей Волков заявил, что экспорт вырос на 12%.\n\nТакое заявление министр сделал на форуме.",
        [("indirect", "экспорт вырос на 12%", "Сергей Волков")],
    ),
    # a verb of speech with a topic names what was announced: the backward attribution gives whose words they are
    "backward-noun-after-announced-topic": (
        "Заголовок новости\nМинсельхоз объявил о снятии запрета на вывоз риса. Соответствующее заявление сделал "
        "министр Сергей Волков.",
        [("indirect", "Минсельхоз объявил о снятии запрета на вывоз риса", "Сергей Волков")],
    ),
    # "прозвучать" after a noun of speech attributes to the owner of the words; with no owner, to no one
    "backward-noun-sounded": (
        "Урожай риса будет рекордным. Это заявление акима района Андрея Морозова прозвучало на совещании.",
        [("indirect", "Урожай риса будет рекордным", "Андрей Морозов")],
    ),
    "backward-noun-sounded-from-lips": (
        "Урожай риса будет рекордным. Такие слова прозвучали из уст акима района Андрея Морозова.",
        [("indirect", "Урожай риса будет рекордным", "Андрей Морозов")],
    ),
    "backward-noun-sounded-no-owner": (
        "Аким района Андрей Морозов приехал в село. Урожай будет рекордным. Эти слова прозвучали в эфире канала "
        "«Степь».",
        [],
    ),
    # an outlet after a quotation inside someone's что-clause reports the clause, whose words are theirs
    "outlet-after-chto-clause": (
        "Глава совета Игорь Ломов пообещал, что союз «не оставит фермеров» и продолжит «поддержку сёл», сообщает "
        "агентство.",
        [("indirect", "союз «не оставит фермеров» и продолжит «поддержку сёл»", "Игорь Ломов")],
    ),
    # "однако" joins a second verb of speech with its own что-clause
    "coordinated-however": (
        "Министр Игорь Ломов отметил, что страна готова покупать зерно, однако посетовал, что дорога одна.",
        [
            ("indirect", "страна готова покупать зерно", "Игорь Ломов"),
            ("indirect", "дорога одна", "Игорь Ломов"),
        ],
    ),
    "po-utverzhdeniyam": (
        "По утверждениям источников в полиции, мост откроют весной.",
        [("indirect", "мост откроют весной", "источники")],
    ),
    # the authorities' "предполагать" is their view, not a thing's "to imply"
    "authorities-suppose": (
        "Местные власти предполагают, что пожар начался на складе.",
        [("indirect", "пожар начался на складе", "Местные власти")],
    ),
    "reason-given": (
        "Министр Игорь Ломов обосновал своё решение тем, что бюджет сократился.",
        [("indirect", "бюджет сократился", "Игорь Ломов")],
    ),
    # "подсчитали" reports a finding, as "установили" does
    "postposed-counted": (
        "Заголовок\nУрожай вырастет на 6%, подсчитали аналитики банка.",
        [("indirect", "Урожай вырастет на 6%", "аналитики банка")],
    ),
    # a participle of speech set off by a comma past a few words of time
    "participle-past-time-words": (
        "Не сбылись надежды министра Игоря Ломова, ещё две недели назад уверявшего, что цены не вырастут.",
        [("indirect", "цены не вырастут", "Игорь Ломов")],
    ),
    "backward-noun-speech-verb": (
        "Урожай риса будет рекордным.\n\nЭту информацию озвучил аким района Андрей Морозов.",
        [("indirect", "Урожай риса будет рекордным", "Андрей Морозов")],
    ),
    "po-dannym-org": (
        "По данным Минфина, дефицит бюджета составит 3% ВВП.",
        [("indirect", "дефицит бюджета составит 3% ВВП", "Минфин")],
    ),
    "po-ee-slovam-no-verb": (
        "У Марины Орловой два брата.\n\nПо ее словам, прежде они жили в достатке.",
        [("indirect", "прежде они жили в достатке", "Марина Орлова")],
    ),
    "po-ocenkam-person": (
        "По оценкам Ольги Соколовой, экспорт вырос на 32%.",
        [("indirect", "экспорт вырос на 32%", "Ольга Соколова")],
    ),
    "po-slovam-mid-sentence": (
        "Явка была высокой, к тому же, по словам Марины Орловой, «люди задумались о будущем».",
        [("indirect", "«люди задумались о будущем»", "Марина Орлова")],
    ),
    "kak-opinion": (
        "Как считает министр финансов Алексей Павлов, дефицит сократится вдвое.",
        [("indirect", "дефицит сократится вдвое", "Алексей Павлов")],
    ),
    "plural-postposed": (
        "Рост цен замедлится до 5% к концу года, заявили аналитики банка.",
        [("indirect", "Рост цен замедлится до 5% к концу года", "аналитики банка")],
    ),
    "postposed-dash-voice": (
        "Министр Дмитрий Лебедев выступил в парламенте.\n\nДайте нам достроить мост. Мы почти у цели, – заключил он.",
        [("indirect", "Дайте нам достроить мост. Мы почти у цели", "Дмитрий Лебедев")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(RULE_EXAMPLES.values()), ids=list(RULE_EXAMPLES))
def test_rule_examples(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each rule finds its quote with the span and speaker the guidelines give."""
    assert quotes_of(text) == expected


NOT_QUOTE_EXAMPLES = {
    "scores-under-colon": 'Итоги голосования:\n\n"Партия развития" — 214\n\n"Народный союз" — 51',
    "dash-list-under-colon": "Лучшие бомбардиры:\n\n– Иванов – 5\n\n– Петров – 4",
    "impersonal-bylo-otmecheno": "На совещании было отмечено, что работы завершатся в срок.",
    "statistics": "По данным статистики, население выросло на 1,2%.",
    "data-as-of-date": "По данным на 1 января, население выросло на 1,2%.",
    "reminder": "Как сообщалось, компания добыла 7 млн тонн нефти.",
    "headline-verb-not-name": "Оспанов подписал бюджет: что изменится для жителей\n\nМинистр Нурлан Оспанов выступил.",
    "titles-in-marks": "Фильм «Белая гвардия» и спектакль «Три сестры» покажут в мае.",
    "dash-after-bare-plural-verb": (
        "Про хирурга говорят — он видит больше других.\n\n— Если трудно, он советуется с коллегами."
    ),
    "tak-with-plural-not-backward": "Круглый стол, карточки с фамилиями.\n\nТак обычно подписывают коробки с архивом.",
    "tak-discourse-marker": "Экспорт вырос на 12%. Так же считают и эксперты отрасли.",
    "title-noun-not-backward": "Это заявление прозвучало неожиданно для всех участников встречи.",
}


@pytest.mark.parametrize("text", list(NOT_QUOTE_EXAMPLES.values()), ids=list(NOT_QUOTE_EXAMPLES))
def test_not_quotes_lists_and_sources(text: str) -> None:
    """Lists, scores, impersonal remarks, statistics and titles in marks give no quote."""
    assert quotes_of(text) == []


def test_dash_list_after_attribution_is_not_a_quote() -> None:
    """List items under an attributing paragraph (lower case, ending in ";") are not its speaker's quotes."""
    found = quotes_of(
        "По словам министра Нурлана Оспанова, помощь получат три отрасли.\n\n– строительство дорог;\n\n– ремонт школ."
    )
    assert found == [("indirect", "помощь получат три отрасли", "Нурлан Оспанов")]


def test_backward_plural_place() -> None:
    """ "Об этом рассказали в пресс-службе" quotes the paragraph before it, with the source as speaker."""
    art = Article.from_text("Тарифы на тепло не изменятся до весны.\n\nОб этом рассказали в пресс-службе министерства.")
    assert [(q.kind, q.text, q.rule) for q in art.quotes] == [
        ("indirect", "Тарифы на тепло не изменятся до весны", "ob-etom")
    ]
    assert art.quotes[0].speaker is not None


def test_attribution_sentence_is_not_a_quote() -> None:
    """The backward attribution itself never becomes a quote."""
    found = quotes_of("Урожай риса будет рекордным.\n\nЭту информацию озвучил аким района Андрей Морозов.")
    assert all("озвучил" not in text for _, text, _ in found)


def test_excerpt_cut_off_mid_sentence_drops_the_open_quote() -> None:
    """A quote running into the end of an excerpt cut inside a word is not reported."""
    text = "Школы области\n\nМинистр Сергей Волков отметил, что строительство школ в области продолжится и в следующ"
    assert quotes_of(text) == []
    assert quotes_of(text + "ем году.") == [
        ("indirect", "строительство школ в области продолжится и в следующем году", "Сергей Волков")
    ]


def test_quote_spans_mismatched_and_opened() -> None:
    """Any closing mark closes; an opener on the line above pairs with a closing mark."""
    t = "«Рост» и „план”, «итог“"
    assert [t[o + 1 : c] for o, c, _ in quote_spans(t, 0, len(t))] == ["Рост", "план", "итог"]
    t = "«\nРост будет»."
    assert [(o, c) for o, c, _ in quote_spans(t, 2, len(t), opened=0)] == [(0, 12)]


def test_quote_spans_shared_close_before_a_later_name() -> None:
    """One mark closes a name and the quotation before the attribution; a name in marks after it stands outside."""
    t = "«Двигателем был «Росатом», – заявил он на форуме «Атомекс»."
    assert [(t[o + 1 : c], d) for o, c, d in quote_spans(t, 0, len(t))] == [
        ("Двигателем был «Росатом", 0),
        ("Росатом", 1),
        ("Атомекс", 0),
    ]


def test_quote_spans_inner_quotation_with_its_own_attribution() -> None:
    """A quotation attributed inside an outer one that goes on leaves the outer one open."""
    t = "«Я предупредил: «Выводи!» «Да, вижу!» — ответил ведущий. А потом сказал: «Прыгаю»"
    assert [(t[o + 1 : c], d) for o, c, d in quote_spans(t, 0, len(t))] == [
        ("Выводи!", 1),
        ("Да, вижу!", 1),
        ("Прыгаю", 1),
    ]


@given(st.integers(min_value=1, max_value=3000))
def test_nested_marks_linear(depth: int) -> None:
    """Deeply nested quotation marks pair without error, in bounded work per mark."""
    t = "«" * depth + "слово" + "»" * depth
    spans = quote_spans(t, 0, len(t))
    assert len(spans) == depth
    assert all(t[o] == "«" and t[c] == "»" for o, c, _ in spans)


_RULE_TOKENS = st.sampled_from(
    [
        "«", "»", '"', "„", "“", "”", "– ", "— ", "-", ", ", ". ", ": ", "\n", "\n\n", "«\n",
        "Об этом заявил ", "что ", "По словам ", "по данным ", "Такие цифры привел ", "Иван Петров ",
        "Сапаров", " о тарифах", "слова ", "приводят ", "сказал он", "заявили в ведомстве", "Министр ",
        "было отмечено", "Как сообщалось", "1:0 ", "214", "рост будет", "Мы готовы", "– пресс-служба акимата",
    ]
)  # fmt: skip


@given(st.lists(_RULE_TOKENS, max_size=40).map("".join))
def test_rule_tokens_give_valid_spans(text: str) -> None:
    """Texts built from the words the rules look for give sorted quotes that slice to their text."""
    try:
        art = Article.from_text(text)
    except KzazError:
        return
    last = -1
    for q in art.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last
        last = q.start
