"""Speaker resolution, the lexicon tables, and corpus-level speaker helpers."""

from __future__ import annotations

import datetime as _dt
import itertools

import pytest

from kzaz_corpus import Article
from kzaz_corpus.corpus.queries import QuoteGroup, Speaker, group_quotes, speakers_of
from kzaz_corpus.lexicon.quotes import countries, country_of, office_terms, titles, verb_forms
from kzaz_corpus.stages.quotes.speakers import Mention, SpeakerContext, title_of

RESOLUTIONS = {
    "genitive-initials": (
        "Вице-министр Арман Ержанов выступил. По словам А. Ержанова, рост продолжится.",
        "Арман Ержанов",
    ),
    "bare-surname-later-full": (
        "Экспорт зерна вырастет вдвое, заявил Ержанов.\n\nВице-министр Арман Ержанов выступил на форуме.",
        "Арман Ержанов",
    ),
    "pronoun-gender": (
        "Сергей Волков и министр Ольга Соколова провели встречу.\n\nОна отметила, что планы выполнены.",
        "Ольга Соколова",
    ),
    "title-with-country": (
        "Президент Турции Реджеп Тайип Эрдоган осмотрел верфь.\n\n«Корабли будут готовы», – сказал президент Турции.",
        "Реджеп Тайип Эрдоган",
    ),
}


ORG_HEADS = {
    "glava-fonda-not-nearest": (
        "Рустам Каримов, глава фонда развития, выступил на форуме. Министр Павел Орлов открыл сессию.\n\n"
        "Глава фонда подчеркнул, что инвестиции вырастут.",
        ["Рустам Каримов"],
    ),
    "predsedatel-then-glava-then-pronoun": (
        "«Экспорт меда снизился на треть», – говорит председатель Ассоциации пчеловодов Алтынбек Жумагулов.\n\n"
        "Мэр города Игорь Панов на прошлой неделе посетил пасеки.\n\n"
        "Глава ассоциации отметил, что отрасль просит льготные кредиты. Он напомнил, что такие меры уже "
        "действуют в соседних странах.",
        ["Алтынбек Жумагулов", "Алтынбек Жумагулов", "Алтынбек Жумагулов"],
    ),
    "two-heads-by-organisation": (
        "Председатель правления АО «Кокше Агро» Виктор Лаптев представил отчет. Руководитель ассоциации "
        "фермеров Ержан Сагинтаев выступил следом.\n\n"
        "«Урожай в этом году хороший», – сказал председатель правления.\n\n"
        'Как подчеркнул руководитель ассоциации, "цены на зерно стабилизируются".',
        ["Виктор Лаптев", "Ержан Сагинтаев"],
    ),
    "she-after-unknown-first-name": (
        "Продавщица Бурулкан Сыдыкова торгует на рынке десять лет. Цены растут каждый месяц.\n\n"
        '"Покупателей стало вдвое меньше", - сказала она.',
        ["Бурулкан Сыдыкова"],
    ),
}


@pytest.mark.parametrize(("text", "speakers"), list(ORG_HEADS.values()), ids=list(ORG_HEADS))
def test_title_goes_to_its_holder(text: str, speakers: list[str]) -> None:
    """A bare title goes to the person named as head of that organisation, not to the nearest person."""
    assert [q.speaker for q in Article.from_text(text).quotes] == speakers


@pytest.mark.parametrize(("text", "speaker"), list(RESOLUTIONS.values()), ids=list(RESOLUTIONS))
def test_resolution(text: str, speaker: str) -> None:
    """Names in any case, pronouns and titles resolve to the full nominative name."""
    art = Article.from_text(text)
    assert art.quotes, text
    assert art.quotes[0].speaker == speaker


def test_plural_speaker_is_unnamed() -> None:
    """A plural speaker keeps its descriptor and is unnamed."""
    (q,) = Article.from_text("Главы государств отметили, что сотрудничество расширяется.").quotes
    assert (q.speaker, q.speaker_named) == ("Главы государств", False)


def test_home_head_of_state_from_dateline() -> None:
    """A dateline city sets the home country for "Глава государства"."""
    ctx = SpeakerContext("БАКУ, 3 дек. Текст.", _dt.date(2024, 1, 1))
    assert ctx.home == "Азербайджан"
    mention = Mention(0, 4, "title", "Глава государства", head="президент", country="home")
    assert ctx.resolve(mention, 10) == ("Ильхам Алиев", True)


HOMES = {
    "dateline": ("ТАШКЕНТ, 4 апр. Совещание прошло в столице.", "Узбекистан"),
    "outlet": ("Совещание прошло в столице, сообщает корреспондент Trend.", "Азербайджан"),
    "our-country": ("Экспорт Кыргызстана растет. Для нашей страны это важный рынок.", "Кыргызстан"),
    "counterpart-excluded": (
        "Казахстан расширяет торговлю. Глава нашего государства поблагодарил Президента Армении.",
        "Казахстан",
    ),
    "president-most": ("Президент Беларуси посетил завод. Белорусский президент осмотрел цех.", "Беларусь"),
    "head-named": ("По приглашению Главы государства Шавката Мирзиёева прибыла делегация.", "Узбекистан"),
    "no-evidence": ("Совещание прошло в столице. Глава государства выступил с речью.", None),
}


@pytest.mark.parametrize(("text", "home"), list(HOMES.values()), ids=list(HOMES))
def test_home_country_from_evidence(text: str, home: str | None) -> None:
    """The home country comes from the text: dateline, outlet, "наша страна", presidents, a named head."""
    assert SpeakerContext(text).home == home


def test_home_title_without_evidence_stays_descriptor() -> None:
    """With no home country in evidence, "Глава государства" is not guessed from the office table."""
    ctx = SpeakerContext("Министр Ержан Ахметов выступил. Глава государства сказал, что …", _dt.date(2024, 1, 1))
    mention = Mention(32, 49, "title", "Глава государства", role="Глава государства", head="президент", country="home")
    assert ctx.resolve(mention, 32) == ("Глава государства", False)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("По словам экспертов отраслевого союза, спрос растет.", "эксперты отраслевого союза"),
        ("По мнению ведущих аналитиков, курс останется стабильным.", "аналитики"),
    ],
    ids=["experts-genitive", "analysts"],
)
def test_plural_descriptor_after_po_slovam(text: str, speaker: str) -> None:
    """A plural descriptor after "по словам"/"по мнению" is an unnamed speaker in the nominative."""
    (q,) = Article.from_text("Министр Ержан Ахметов открыл форум.\n\n" + text).quotes
    assert (q.speaker, q.speaker_named) == (speaker, False)


UNNAMED_NOMINATIVE = {
    # A person noun after adjectives names the one speaking, not the body in its tail; an age glued to its figure
    # is no part of it.
    "person-noun-after-an-adjective": (
        "Новости дня.\nПо словам молодого программиста МГТУ, его избили в отделе полиции.",
        "молодой программист МГТУ",
    ),
    "age-glued-to-its-figure": (
        "Новости дня.\nПо словам 25-летнего аспиранта, его избили в отделе полиции.",
        "аспирант",
    ),
    "locative-head-genitive-tail": (
        "В акимате Костанайской области сообщили, что отопительный сезон начнется раньше.",
        "акимат Костанайской области",
    ),
    "federation-adjective-in-tail-unchanged": (
        "В Федерации легкой атлетики Узбекистана заявили, что сборная поедет на турнир.",
        "Федерация легкой атлетики Узбекистана",
    ),
    "unknown-noun-guessed-as-name": (
        "В хокимияте Ферганской области сообщили, что рынок закроют на ремонт.",
        "хокимият Ферганской области",
    ),
    "adjective-before-head": (
        "В Национальном банке сообщили, что резервы выросли.",
        "Национальный банк",
    ),
    # "По словам одного из X": one of a group, in the nominative.
    "one-of-a-group-after-po-slovam": (
        "Новости дня.\nПо словам одного из советников губернатора, торг шёл долго.",
        "один из советников губернатора",
    ),
    # A demonstrative before the document, which the dictionary reads first as the pronoun "это".
    "demonstrative-read-as-a-pronoun": (
        "Новости дня.\nВ этом контракте говорится, что турнир пройдёт в Алматы.",
        "этот контракт",
    ),
}


@pytest.mark.parametrize(("text", "speaker"), list(UNNAMED_NOMINATIVE.values()), ids=list(UNNAMED_NOMINATIVE))
def test_unnamed_speaker_is_nominative(text: str, speaker: str) -> None:
    """An unnamed source is given in the nominative; only its head and the adjectives before it change."""
    (q,) = Article.from_text(text).quotes
    assert (q.speaker, q.speaker_named) == (speaker, False)


def test_title_of_compounds() -> None:
    """Hyphenated titles count by their last part; ordinary words are not titles."""
    assert title_of("экс-президент") == ("президент", "head")
    assert title_of("замминистра") == ("замминистра", "person")
    assert title_of("дорога") is None


def test_speakers_of_orders_by_count() -> None:
    """Speakers are listed most quoted first, each with (article_id, quote) pairs."""
    a = Article.from_text("Сергей Волков заявил, что цены снизятся. Он добавил, что спрос растет.", id="a")
    b = Article.from_text("Ольга Соколова отметила, что урожай высокий.", id="b")
    result = speakers_of([b, a])
    assert [(s.name, s.count) for s in result] == [("Сергей Волков", 2), ("Ольга Соколова", 1)]
    assert isinstance(result[0], Speaker) and result[0].named
    assert [aid for aid, _ in result[0].quotes] == ["a", "a"]


def test_group_quotes_across_articles() -> None:
    """A lightly edited repeat of a quote in another article joins its group."""
    q1 = "– Мы построим новый порт и две железные дороги к концу года, – заявил министр Сергей Волков."
    q2 = "– Мы построим новый порт и две железные дороги к концу года вместе с партнерами, – заявил Сергей Волков."
    other = "– Погода сегодня хорошая для прогулок по городу, – сказала Ольга Соколова."
    groups = group_quotes([Article.from_text(q1, id="x"), Article.from_text(q2 + "\n\n" + other, id="y")])
    assert all(isinstance(g, QuoteGroup) for g in groups)
    assert [[aid for aid, _ in g.places] for g in groups] == [["x", "y"], ["y"]]


# --- the tables ----------------------------------------------------------------------


def test_verb_table_shape() -> None:
    """Every listed lemma yields attributing forms, and no first-person form sneaks in."""
    forms = verb_forms()
    lemmas = {f.lemma for f in forms.values()}
    assert {"заявить", "сказать", "отметить", "говориться"} <= lemmas
    assert not {"скажу", "отмечу", "заявлю", "сказать"} & set(forms)
    assert forms["сказано"].cls == "passive"


def test_title_table_shape() -> None:
    """Titles are lower-case single entries with a known class."""
    for lemma, cls in titles().items():
        assert lemma == lemma.lower() and "\t" not in lemma and " " not in lemma
        assert cls in ("person", "head", "org", "group")


def test_office_table_terms_do_not_overlap() -> None:
    """Within one role and country, terms are in order and never overlap."""
    by_office: dict[tuple[str, str], list[tuple[_dt.date, _dt.date | None]]] = {}
    for t in office_terms():
        by_office.setdefault((t.role, t.country), []).append((t.start, t.end))
        assert t.end is None or t.start <= t.end
        assert t.country in {c for c, _, _ in countries()}
    for terms in by_office.values():
        for (_, end), (start, _) in itertools.pairwise(terms):
            assert end is not None and end < start


def test_countries() -> None:
    """Country stems and abbreviations resolve; other words do not."""
    assert country_of("азербайджанской") == "Азербайджан"
    assert country_of("РФ") == "Россия"
    assert country_of("рф") is None


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Малайзии", "Малайзия"),
        ("филиппинский", "Филиппины"),
        ("Дании", "Дания"),
        ("Кубы", "Куба"),
        ("чилийского", "Чили"),
        # whole words where a stem would take a name or a common word
        ("Даниила", None),
        ("кубок", None),
        ("Катарина", None),
        ("мальчик", None),
    ],
)
def test_countries_of_the_world(word: str, country: str | None) -> None:
    """Countries beyond the region resolve by stem or, where a stem would take other words, by the whole word."""
    assert country_of(word) == country


def test_a_head_of_state_of_the_country_named() -> None:
    """A head of a country named in the title is that country's, not another's named before."""
    text = (
        "Новости.\nПрезидент Филиппин Иван Сомов и премьер-министр Малайзии Ахмад Рахим встретились.\n"
        "«Мы не хотим войны», — сказал глава Малайзии."
    )
    assert [q.speaker for q in Article.from_text(text).quotes] == ["Ахмад Рахим"]


# --- the discourse: pronouns, bare titles and organisations --------------------------

DISCOURSE = {
    "pronoun-two-paragraphs-later": (
        "Министр труда Гульмира Сапарова открыла форум в Астане.\n\n"
        "На форуме обсудили занятость молодежи и новые программы.\n\n"
        "Она отметила, что безработица снизилась.",
        ["Гульмира Сапарова"],
    ),
    "title-before-the-name-feminine-verb": (
        "date 2023-03-01 Меры ослабят\n\n"
        "За эти годы ведомство научилось заранее планировать ограничения, заявила глава ведомства.\n\n"
        "Министр здравоохранения Ажаргуль Темирова ответила на вопросы журналистов.",
        ["Ажаргуль Темирова"],
    ),
    "minister-then-bare-title": (
        "Министр энергетики Дамир Ахметжанов посетил станцию.\n\nПо словам министра, ремонт закончат к зиме.",
        ["Дамир Ахметжанов"],
    ),
    "official-is-the-deputy-akim": (
        "Заместитель акима области Ерлан Бекжанов провел совещание.\n\nЧиновник добавил, что дороги отремонтируют.",
        ["Ерлан Бекжанов"],
    ),
    "diplomat-is-current-speaker-not-the-president-between": (
        "Посол Грузии Леван Чиладзе выступил в университете.\n\n"
        "По словам дипломата, торговля растет. Он напомнил, что президент Казахстана Касым-Жомарт Токаев "
        "хвалил обмен студентами.\n\n"
        "«Мы откроем новое консульство», – пообещал он.",
        ["Леван Чиладзе", "Леван Чиладзе", "Леван Чиладзе"],
    ),
    "new-subject-takes-over": (
        "Председатель правления фонда Арман Жумабеков открыл заседание.\n\n"
        "– Фонд вырос вдвое, – сказал он.\n\n"
        "Затем выступил министр финансов Серик Калиев.\n\n"
        "– Бюджет сбалансирован, – отметил он.",
        ["Арман Жумабеков", "Серик Калиев"],
    ),
    "our-president-in-a-russian-outlet": (
        "date 2024-05-02\nМОСКВА, 2 мая. Наш президент заявил, что экономика растет.",
        ["Владимир Путин"],
    ),
    "president-named-later-no-date": (
        "Центр города отдадут туристам. Об этом сказал президент во время обхода площади.\n\n"
        "Шавкат Мирзиёев заявил, что машин в центре не будет.",
        ["Шавкат Мирзиёев", "Шавкат Мирзиёев"],
    ),
    "other-ministry-stays-unnamed": (
        "Министр экономики Нурлан Тасмаганбетов заявил, что экспорт вырос.\n\n"
        "Министр сельского хозяйства ранее подчеркнул, что урожай хороший.",
        ["Нурлан Тасмаганбетов", "Министр сельского хозяйства"],
    ),
    "screenwriter-is-not-the-actor": (
        "На церемонию пришёл сценарист Дэвид О. Расселл.\n\nВыступая на церемонии, актёр признался, что гордится "
        "наградой.",
        ["актёр"],
    ),
    # A former office is not the one a bare title names, and a former title names its former holder.
    "former-leader-is-no-president": (
        "Президент страны Николас Мадуро выступил в музее, где покоятся останки бывшего лидера Уго Чавеса. "
        "Президент заявил, что армия готова.",
        ["Николас Мадуро"],
    ),
    "ex-president-is-the-former-one": (
        "Экс-президент Грузии Михаил Саакашвили прибыл в Киев. Президент Украины Петр Порошенко встретил гостя. "
        "Экс-президент заявил, что останется.",
        ["Михаил Саакашвили"],
    ),
    "former-word-on-the-line-before": (
        "Аким района – о ценах: «Цены останутся прежними»\n\nАким района Ерлан Сарсенов выступил на сессии.",
        ["Ерлан Сарсенов"],
    ),
    "genitive-principal-is-not-the-speaker": (
        "Пресс-секретарь Нурлана Сапарова Аскар Бекенов сообщил, что встреча состоится в мае.",
        ["Аскар Бекенов"],
    ),
    "title-and-organisation-before-name": (
        "Председатель Нацбанка Натия Кварцхава заявила, что курс стабилен.",
        ["Натия Кварцхава"],
    ),
    "outlet-after-comma": ("«Инфляция замедлится», — сказала Елена Маркова, БелТА.", ["Елена Маркова"]),
    "chairwoman-after-minister": (
        "Министр Ержан Сапаров открыл форум. Глава ведомства отметил, что экспорт вырос. Председатель комитета "
        "Асель Нурланова добавила, что импорт сократился. Председатель подчеркнула, что работы продолжатся.",
        ["Ержан Сапаров", "Асель Нурланова", "Асель Нурланова"],
    ),
    "deputy-chair-by-short-title": (
        "Как рассказал журналистам зампредседателя комиссии Павел Звягинцев, бюллетени доставлены. Кроме того, "
        "по словам зампреда комиссии, участки откроются вовремя.",
        ["Павел Звягинцев", "Павел Звягинцев"],
    ),
    "first-name-alone": (
        "У рынка сотрудники полиции Григорий Сомов и Виталий Кречет остановили фургон.\n\n"
        "— Водитель нервничал, — рассказывает Григорий. — Мы решили проверить груз.",
        ["Григорий Сомов", "Григорий Сомов"],
    ),
    # The speech a quote reports has its own quote, recorded after the quote it stands in but
    # attributed before it: the attribution at the end of the quote is the latest, and "Он" is its speaker.
    "pronoun-after-a-quote-reporting-speech": (
        "Реформу могут отложить без министра Тиграна Саакяна, заявил политолог Мартиросян.\n"
        '"По-моему, он (Саакян - ред.) считал, что проект сорвут. Это был бы провал", - сказал Мартиросян.\n'
        "Он добавил, что время для решения еще есть.",
        ["Мартиросян", "Мартиросян", "Тигран Саакян", "Мартиросян"],
    ),
    "reference-keeps-the-speaker": (
        "Вылов рыбы сократился на четверть. Об этом сообщил министр финансов Думитру Гырлянска, передает агентство "
        'со ссылкой на "Вечерний курьер".',
        ["Думитру Гырлянска"],
    ),
    # Two people of one surname with different first names stay two people.
    "same-surname-other-first-name": (
        "Сенатор Джон Кеннеди заявил, что закон примут.\nНа приёме была и его супруга Жаклин Кеннеди.",
        ["Джон Кеннеди"],
    ),
    # A noun for a person opening a sentence, capitalised there, is what a pronoun after it stands for.
    "pronoun-after-a-capitalised-person-noun": (
        "Пенсионерка из Твери пожаловалась на тарифы. По ее словам, платить за свет стало нечем.",
        ["пенсионерка"],
    ),
    # A title of an organisation is not the salient speaker the office-holder table lists as holding another office.
    "organisation-title-is-not-a-listed-president": (
        "Президент Касым-Жомарт Токаев заявил, что порядок восстановлен.\n"
        "«Обстановка в городе стабильная», — сказал представитель комендатуры.",
        ["Касым-Жомарт Токаев", "представитель комендатуры"],
    ),
    "head-of-republic-is-the-listed-president": (
        "Президент Касым-Жомарт Токаев провёл переговоры в Москве.\n"
        "«Товарооборот вырос на треть», — отметил руководитель республики.",
        ["Касым-Жомарт Токаев"],
    ),
    # A pronoun with no person before it stands for the title before it, whose holder the article names later.
    "pronoun-for-a-title-named-later": (
        "Губернатор области подвёл итоги года. «Нам многое удалось», – заявил он.\n"
        "«Жители следят за нашей работой», – подчеркнул губернатор Олег Ветров.",
        ["Олег Ветров", "Олег Ветров"],
    ),
    # A verb after a comma and before a colon names its speaker after it, not the noun opening the sentence.
    "postposed-verb-before-a-colon": (
        "Губернатор Олег Ветров выступил с обращением.\n"
        "Приоритет – условия для предпринимателей, подчеркнул губернатор: «Область – лучшее место для бизнеса».",
        ["Олег Ветров", "Олег Ветров"],
    ),
    # A title in the genitive after a noun for a person owns that subject; it is not the subject itself.
    "title-owning-the-subject": (
        "Актриса Анна Светлова погибла в своей квартире.\n"
        "Дочь актрисы утверждает, что брат был пьющим человеком.",
        ["Дочь актрисы"],
    ),
    # "один из …" after the verb, past words of time or place, is the person named in an apposition after it.
    "one-of-a-group-named-in-apposition": (
        "Доклад представили в центре Анны Беловой. «Вызовы серьезные», – рассказал вчера на презентации один из "
        "авторов доклада, директор института Олег Ветров.",
        ["Олег Ветров"],
    ),
    "one-of-a-group-unnamed": (
        "Доклад представили в центре Анны Беловой. «Вызовы серьезные», – рассказал вчера один из авторов доклада.",
        ["один из авторов"],
    ),
    # A document's owner named by an initial and a surname, which a preposition-like initial splits off.
    "document-of-an-initialled-name": (
        "Глава компании Олег Ветров ушел в отставку. В сообщении О.Ветрова сказано, что замену искать не будут.",
        ["Олег Ветров"],
    ),
    # A title after a verb that follows a name is the verb's subject's, not the name's apposition; a bracketed
    # abbreviation inside a title keeps it attached to the name.
    "title-after-a-verb-and-a-bracketed-abbreviation": (
        "Спрос на золото растёт из-за политики Дональда Трампа, считает главный экономист Евразийского банка "
        "развития (ЕАБР) Ярослав Сомов.\nПо прогнозам экономиста, цены на золото вырастут до $1300.",
        ["Ярослав Сомов", "Ярослав Сомов"],
    ),
    # "музыкант" stands for the person introduced as "певец"; a newspaper's name after its noun is no person.
    "musician-for-a-singer": (
        "Британский певец Элтон Вуд заявил, что ему повезло.\n\nГазета Кларин сообщает, что турне отменено.\n\n"
        "Музыкант добавил, что очень рад тому, что остался жив.",
        ["Элтон Вуд", "Газета Кларин", "Элтон Вуд"],
    ),
    # "собеседник издания" after an unnamed source stays that source, not a person named before it.
    "interlocutor-after-an-unnamed-source": (
        "Министр финансов Олег Сомов не собирается работать в правительстве. Об этом пишет газета «Вестник».\n\n"
        "«Он очень хотел возглавить партию», - сказал изданию информированный источник.\n\n"
        "Также собеседник издания сообщил, что в отставку уйдет и глава МЧС.",
        ["газета «Вестник»", "информированный источник", "собеседник издания"],
    ),
    # A noun for a person set off by commas after the name is an aside; the listener after "с" is no speaker.
    "relative-aside-before-the-verb": (
        "Пресс-секретарь группы Александра Панфилова, жена Ветрова, сказала: «Ему уже лучше».",
        ["Александра Панфилова"],
    ),
    "listener-after-a-manager-title": (
        "Пианист Евгений Кисин выступил. «Важно помнить», — заявил музыкант в ходе брифинга с главным менеджером "
        "фестиваля Соной Ованнисян.",
        ["Евгений Кисин"],
    ),
    # A source who asked not to be named is no one the article names.
    "anonymous-source": (
        "Тарифы на проезд выросли, заявил глава администрации Василий Ветров. «Наценки росли», — рассказал "
        "руководитель торговой сети, пожелавший остаться неназванным.",
        ["Василий Ветров", "руководитель торговой сети"],
    ),
    # A bare title of one country is not the salient person the article titles for another.
    "title-of-another-country": (
        "Президент США Дональд Трамп подписал закон. «Это ошибка», – сказал газете китайский чиновник.",
        ["чиновник"],
    ),
    # A feminine title tells the gender a verb in the present does not.
    "feminine-title-with-a-present-verb": (
        "Мать пациента Ксения Белова обратилась в суд. Врач Артём Ветров отказался от комментариев. "
        "«Дело хотят замять», — вспоминает собеседница.",
        ["Ксения Белова"],
    ),
    # A military rank heads a name after the force it commands; a participle the dictionary knows is no name.
    "rank-before-a-force-and-a-name": (
        "«Самолёты укрепляют мощь альянса», — заявил верховный главнокомандующий Объединённых вооружённых сил "
        "альянса в Европе Кёртис Бэрроу.",
        ["Кёртис Бэрроу"],
    ),
    "admiral-before-an-abbreviation-and-a-name": (
        "«Важно тренироваться вместе», — заявил адмирал ВМС США Тод Уолтерс.",
        ["Тод Уолтерс"],
    ),
    # "главред" stands for the person introduced as "главный редактор".
    "chief-editor-short-title": (
        "Главный редактор RT Анна Белова выступила. Главред RT отметила, что работа продолжится.",
        ["Анна Белова"],
    ),
    # A demonstrative subject stands for the person named last, not for the salient speaker.
    "demonstrative-for-the-last-named": (
        "Пресс-секретарь Анна Белова заявила, что жалоба подана. Ее направил депутат Иван Петров. "
        "Напомним, что в среду тот заявил, что потребовал проверки.",
        ["Анна Белова", "Иван Петров"],
    ),
    "demonstrative-feminine-object-before": (
        "Журналист спросил Анну Белову о проекте. Та ответила, что проект закрыт.",
        ["Анна Белова"],
    ),
    "demonstrative-after-a-preposition-is-no-subject": (
        "Министр Иван Петров выступил в Москве. В тот же день министр заявил, что проект закрыт.",
        ["Иван Петров"],
    ),
    # An outlet named before the verb is the listener of the person named after it.
    "outlet-before-the-verb": (
        "RT рассказал директор центра Олег Ветров, что похолодание будет плавным.",
        ["Олег Ветров"],
    ),
    # A short form of an organisation stands for its full one ("Госдепа" for "Госдепартамента").
    "short-form-of-an-organisation": (
        "Заголовок\n\nСША не намерены предъявлять доказательства атаки, заявила официальный представитель "
        "Госдепартамента Хезер Нойер.\n«Мы не "
        "обязаны их предъявлять», — отметила представитель Госдепа.\nНакануне постоянный представитель США при ООН "
        "Никки Хаили выступила в Совбезе.",
        ["Хезер Нойер", "Хезер Нойер"],
    ),
    # A noun for a country's people is the one speaking.
    "nationality-noun-is-the-current-speaker": (
        "Заголовок\n\n«Это допинг», — отметил Майк Бисли.\nПо словам британца, соперник проиграл из-за "
        "самоуверенности.",
        ["Майк Бисли", "Майк Бисли"],
    ),
    # A woman's gender from her verb wins over a man's a surname's ending gave an earlier mention.
    "woman-by-her-verb-after-a-caption": (
        "Заголовок\nАктриса Фань Бинбин, 2013 год\nКитайская актриса Фань Бинбин согласилась на штраф.\n\n"
        "Актриса заявила о верности партии, отметив, что всем обязана государству.",
        ["Фань Бинбин"],
    ),
    # A subject further back than the paragraph before gives way to a person named in it in any case; a former
    # head is the one the discourse titles so; a bare surname for a full name is no new subject.
    "person-named-in-the-paragraph-before-a-former-head": (
        "Суд допросил бывшего премьер-министра Арсения Яценко. На заседании выступил министр Арсен Авдеев.\n\n"
        "Показания экс-премьера\nАрсения Яценко\nбыли самыми ожидаемыми. Он сделал несколько признаний. Например, "
        "заявил, что приказ отдал глава совета.\n\nТакже экс-глава правительства заявил, что не видел заявления "
        "президента Виктора Янушевича.\nПри этом он не смог ответить, почему президент Янушевич был отстранён.\n"
        "Экс-глава кабмина подтвердил, что решение приняли в феврале.",
        ["Арсений Яценко", "Арсений Яценко", "Арсений Яценко"],
    ),
}


@pytest.mark.parametrize(("text", "speakers"), list(DISCOURSE.values()), ids=list(DISCOURSE))
def test_discourse_resolution(text: str, speakers: list[str]) -> None:
    """Pronouns and bare titles go to the most salient compatible person, never stay the speaker."""
    assert [q.speaker for q in Article.from_text(text).quotes] == speakers


UNNAMED_SOURCES = {
    "po-informatsii-ministry": ("По информации Минфина, дефицит сократился.", "Минфин"),
    "press-service": ("По информации пресс-службы, работы завершены.", "пресс-служба"),
    "investigation": ("По информации следствия, деньги вывели за рубеж.", "следствие"),
    "in-the-company": ("Добыча выросла на 5%, сообщили в компании.", "компания"),
    "organisation-subject": ("Вчера Минтранс сообщил, что мост откроют летом.", "Минтранс"),
    "latin-outlet-subject": ("KZNews сообщает, что курс стабилен.", "KZNews"),
    "person-noun-subject": ("Позвонивший мужчина рассказал, что у соседей дымится сарай.", "Позвонивший мужчина"),
    "person-noun-after-po-slovam": ("По словам женщины, её отца пытались обмануть.", "женщина"),
    "plural-noun": ("По мнению опытных водителей, трасса опасна.", "опытные водители"),
    "plural-pronoun-to-people": (
        "Аким посетил школу и встретился с жителями села. Они говорят, что стены крепкие.",
        "жители",
    ),
    "quoted-outlet-after-verb": ("Матч закончился вничью. Об этом сообщает «Спорт Дня».", "Спорт Дня"),
    "subject-of-a-clause-after-a": (
        "Принято последнее время обвинять Россию, а временная комиссия парламента говорит, что явку снизят.",
        "временная комиссия парламента",
    ),
    "joined-places": ("В Кремле и правительстве заявили, что реформа продолжится.", "Кремль и правительство"),
}


def test_place_of_another_predicate_does_not_speak() -> None:
    """A place before "и" and a plural verb belongs to another predicate ("лежащим в пижаме … и считают")."""
    text = "Тело жертвы обнаружили лежащим в пижаме на кровати и считают, что её убили."
    (q,) = Article.from_text(text).quotes
    assert q.speaker is None


def test_rare_plural_reading_is_no_subject() -> None:
    """A genitive whose plural nominative is a dictionary's rarity ("здоровья") does not speak for a percentage."""
    text = "Половина россиян оценивают состояние своего здоровья как плохое, еще 33% ответили, что болеют редко."
    (q,) = Article.from_text(text).quotes
    assert q.speaker is None


@pytest.mark.parametrize(("text", "speaker"), list(UNNAMED_SOURCES.values()), ids=list(UNNAMED_SOURCES))
def test_unnamed_sources(text: str, speaker: str) -> None:
    """Organisations and unnamed people speak as descriptors in the nominative, unnamed."""
    (q,) = Article.from_text(text).quotes
    assert (q.speaker, q.speaker_named) == (speaker, False)


def test_article_persons_link_mentions() -> None:
    """A person chain holds the name in any case, the surname alone, and the pronoun that attributed a quote."""
    text = (
        "Министр финансов Ерлан Сапаров встретился с Айгуль Нурлановой. По словам Ерлана Сапарова, "
        "бюджет выполнен. Сапаров отметил, что долг снизился. Он добавил, что налоги не вырастут."
    )
    art = Article.from_text(text)
    chains = {c.name: c for c in art.persons}
    assert set(chains) == {"Ерлан Сапаров", "Айгуль Нурланова"}
    sap = chains["Ерлан Сапаров"]
    assert [text[s:e] for s, e in sap.mentions] == ["Ерлан Сапаров", "Ерлана Сапарова", "Сапаров", "Он"]
    assert (sap.gender, sap.titles, sap.aliases) == ("m", ("министр",), ("Сапаров",))
    assert chains["Айгуль Нурланова"].gender == "f"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Рост составит 5%, говорится в сообщении.", "сообщение"),
        ("По информации ЦБ, ставка не изменится.", "ЦБ"),
    ],
    ids=["document-alone", "abbreviation-kept"],
)
def test_document_descriptor(text: str, speaker: str) -> None:
    """A document speaks as an unnamed descriptor in the nominative; an abbreviation keeps its capitals."""
    (q,) = Article.from_text(text).quotes
    assert (q.speaker, q.speaker_named) == (speaker, False)


LAST_SPEAKER = {
    # A body that is the object of a sentence whose subject is a pronoun is no antecedent of the next pronoun.
    "body-object-of-a-pronoun-subject": (
        "Новости.\nДепутат Вадим Ростов сказал: «Сажать будут». Он раскритиковал весь парламент.\nОн напомнил о "
        "прошлом: «Я призывал не делать иконы».",
        "Вадим Ростов",
    ),
    # "переговорщик" is a title: the chain after it closes with the name.
    "negotiator-title-chain": (
        "Новости.\n«Мы предложили вести переговоры», – сообщил главный переговорщик по ВТО, директор департамента "
        "Максим Ведов.",
        "Максим Ведов",
    ),
    # An outlet right after a noun for one of a nation is the one told, in the dative.
    "outlet-told-after-a-nation-noun": (
        "Пьер Дюваль помог сопернице. «Это нормально», — заявил француз RT.",
        "Пьер Дюваль",
    ),
    # A surname after a title, read as a woman's while the article names a man of that surname, is his genitive:
    # the title's owner is not the one speaking.
    "title-of-a-man-named-before": (
        "Задержан Игорь Лавров.\n«Нам помогает адвокат», — говорит пресс-секретарь Лаврова.",
        "пресс-секретарь Лаврова",
    ),
    "kin-of-a-man-named-before": (
        "Задержан Игорь Лавров.\n«Нам помогает адвокат», — говорит жена Лаврова.",
        "жена Лаврова",
    ),
    "a-woman-of-that-surname-is-herself": (
        "Выступила Анна Лаврова.\n«Нам помогает адвокат», — говорит депутат Лаврова.",
        "Анна Лаврова",
    ),
    # "постпред" is the "постоянный представитель" named before.
    "permanent-representative-shortened": (
        "Новости ООН.\nВ понедельник постоянный представитель Грузии при ООН Ираклий Гелашвили направил заявление. "
        "В письме постпреда Грузии подчеркивается, что шаги предприняты.",
        "Ираклий Гелашвили",
    ),
    # The one who answers a question is not the one who asked it: a bare noun after a verb of answering is
    # someone else.
    "answer-to-a-question-by-someone-else": (
        "– Вы откроете шлагбаум? – спросил Тимур Ахмедов. – Нет, у меня приказ, – ответил охранник.",
        "охранник",
    ),
    "answer-to-a-question-in-marks": (
        "«Когда будет решение?» – спросил Тимур Ахмедов. «Не раньше весны», – ответил чиновник.",
        "чиновник",
    ),
    # A name in a credit line ("© Имя Фамилия") is nobody a later pronoun stands for.
    "credit-line-is-no-antecedent": (
        "Новости дня.\n«Началась блокада завода», — заявил депутат Ерлан Сатпаев.\n © Игорь Волков \n"
        "Он отметил, что всё происходит мирно.",
        "Ерлан Сатпаев",
    ),
    # A sports role is a title: the player named as the new subject, not the one who spoke before.
    "sports-role-after-a-new-subject": (
        "Новости дня.\nНападающий Арман Жаксылыков рассказал, что мечтает об отдыхе.\n"
        "«Матч вышел сложным», — отметил защитник команды.\n"
        "Ерлан Сатпаев поблагодарил болельщиков.\n"
        "«Мы играли как настоящая команда», — заверил самый молодой игрок сборной.",
        "Ерлан Сатпаев",
    ),
    # "По мнению эксперта, экономиста и сотрудника института Имя Фамилия-gen, …": the titles close with the name.
    "titles-closed-by-a-name": (
        "Новости дня.\nМинистр Арман Жаксылыков подписал приказ.\n"
        "По мнению военного эксперта, экономиста и старшего научного сотрудника института Ерлана Сатпаева, "
        "в приказе министра нет ничего необычного.",
        "Ерлан Сатпаев",
    ),
    # "говорится в интервью": the words of the one interviewed.
    "bare-interview-is-the-interviewee": (
        "Новости дня.\nГазета взяла интервью у министра. Цены снизятся, сказал министр Арман Жаксылыков.\n"
        "«Мы справимся», — говорится в интервью.",
        "Арман Жаксылыков",
    ),
    # "…, но в клубе заявили, что …": the place of the clause the conjunction opens speaks.
    "place-in-a-clause-after-but": (
        "Новости дня.\nВ газетах писали о том, что игрок встретился с президентом клуба, но в клубе заявили, "
        "что не желают участвовать в слухах.",
        "клуб",
    ),
    # Professions of the arts and public life are titles: "По мнению скульптора" is the sculptor named before.
    "sculptor-named-before": (
        "Новости дня.\nСкульптор Георгий Волков создал стелу для парка.\nПо мнению скульптора, мрамор живой материал.",
        "Георгий Волков",
    ),
    "activist-named-before": (
        "Новости дня.\nПредседатель организации Ирина Белова направила письмо в правительство.\n"
        "По мнению общественницы, закон нужно изменить.",
        "Ирина Белова",
    ),
    # A relative clause right before the verb is no subject: "Эксперты, которые изучили документы, считают".
    "relative-clause-before-the-verb": (
        "Новости дня.\nЭксперты, которые изучили документы, считают, что рынок вырастет.",
        "Эксперты",
    ),
    # An adverb after a place that speaks belongs to the verb: "в России неоднократно напоминали" -> "Россия".
    "adverb-after-a-place": (
        "Новости дня.\nПри этом в России неоднократно напоминали, что референдум прошёл по закону.",
        "Россия",
    ),
    # "По её данным" after a sentence whose subject, a body, follows its verb: the body.
    "by-her-data-body-after-verb": (
        "Новости дня.\nПохожие оценки представила и консалтинговая компания IHS Markit. По её данным, рынок вырос.",
        "консалтинговая компания IHS Markit",
    ),
    # "с заявлением, в котором говорится, что …": the relative pronoun stands for the document before it.
    "relative-document": (
        "Новости дня.\nГруппа сенаторов выступила с заявлением, в котором говорится, что программа провалилась.",
        "заявление",
    ),
    # A Latin name of several words after an outlet noun is whole; an adverb opening a sentence is no adjective.
    "latin-name-of-four-words": (
        "Новости дня.\nГазета The New York Times писала о том, что бойцы дезертируют.",
        "Газета The New York Times",
    ),
    "adverb-before-a-group": (
        "Новости дня.\nПозднее экстремисты из группировки заявили, что к ним перешли повстанцы.",
        "экстремисты",
    ),
    # A plural title stays plural, not a word its letters also spell ("критики", not "критика").
    "plural-title-that-spells-a-thing": (
        "Новости дня.\nКритики мэра заявили, что отчёт приукрашен.",
        "Критики мэра",
    ),
    # "Пользователь ЖЖ zyalt сообщает": the handle after a noun for a user is who speaks; a network is not.
    "user-handle": (
        "Новости дня.\nАкция прошла в центре.\nПользователь ЖЖ ivanov_k сообщает, что задержаны десять человек.",
        "ivanov_k",
    ),
    "blogger-handle": (
        "Новости дня.\nАкция прошла в центре.\nБлогер petrov пишет, что полиция действовала жестко.",
        "petrov",
    ),
    # "X поговорил с Y": the one talked with answers the interview's questions, not the interviewer.
    "interviewee-after-talked-with": (
        "Новости дня.\nПроректор Валерия Касамара — кандидат на выборах. Корреспондент Илья Жегулев поговорил с "
        "Валерией Касамарой о студентах.\n"
        "— Почему вы так поступили?\n— Для меня это было естественно.\n"
        "— Что будет дальше?\n— Мы продолжим работу.",
        "Валерия Касамара",
    ),
    # A vice-president is not the president, and the president not the vice-president.
    "president-is-no-vice-president": (
        "Новости дня.\nПрезидент Эквадора Луис Мора и вице-президент Хорхе Линарес дадут показания.\n"
        "«Мы готовы сотрудничать», — написал президент в соцсети.",
        "Луис Мора",
    ),
    "vice-president-is-the-one-titled-so": (
        "Новости дня.\nПрезидент Эквадора Луис Мора и вице-президент Хорхе Линарес дадут показания.\n"
        "Вице-президент отметил, что готов сотрудничать.",
        "Хорхе Линарес",
    ),
    # A representative is no one named only as the owner of a work.
    "representative-is-no-author-named-in-passing": (
        "Новости дня.\nГрант получили комедия «Трек» Ильи Северова и сказка «Лис» Анны Стрельцовой. "
        "«Осенью оба проекта начнут съёмки», — добавил представитель студии.",
        "представитель студии",
    ),
    # "По его словам": a singular pronoun never stands for unnamed people who spoke before.
    "singular-pronoun-after-plural-unnamed": (
        "Новости дня.\nПредставители сети заверяют, что к акции не причастны.\n"
        "Тем временем прокурор области назвал ситуацию сложной. По его словам, нарушителей накажут.",
        "прокурор",
    ),
    # "глава СДМ" is the one titled head of the council the abbreviation in brackets stands for, not the
    # chairman of another body named later.
    "head-of-an-abbreviated-organisation": (
        "Новости дня.\nГлава городского Совета по делам молодёжи (СДМ) Олег Карпов выступил на форуме. "
        "Как считает глава СДМ, студентам нужны общежития.\n"
        "С ним согласился председатель комитета думы Игорь Рябов.",
        "Олег Карпов",
    ),
}


@pytest.mark.parametrize(("text", "speaker"), list(LAST_SPEAKER.values()), ids=list(LAST_SPEAKER))
def test_last_quote_speaker(text: str, speaker: str) -> None:
    """The speaker of the last quote of *text*, resolved through the discourse."""
    art = Article.from_text(text)
    assert art.quotes, text
    assert art.quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The first line's title is the person the same title stands for below, named only by surname.
        (
            "Налоги снизят уже весной, заявил министр финансов края.\n"
            "«Бюджет это выдержит», — цитирует слова Орлова агентство.\n"
            "Министр отметил, что дефицита не будет.",
            "Орлов",
        ),
        # A minister of another field below is not the one the first line speaks of.
        (
            "Налоги снизят уже весной, заявил министр финансов края.\n"
            "«Школы готовы», — цитирует слова Орлова агентство.\n"
            "Министр образования Орлов отметил, что ремонт закончен.",
            "министр финансов края",
        ),
    ],
)
def test_first_title_named_by_the_same_title_below(text: str, speaker: str) -> None:
    """A quote only a title attributes takes the one person the same title stands for in later quotes."""
    assert Article.from_text(text).quotes[0].speaker == speaker
