"""Sources named past phrases, relative clauses and line breaks; documents, posts and questions that report nothing."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kzaz_corpus import Article
from kzaz_corpus.stages.names import find_persons

from .test_quotes import quotes_of

EXAMPLES = {
    # A chain of descriptors after a prepositional phrase ("в интервью RT") ends in the name of the one speaking,
    # not in whoever the paragraph before named.
    "chain-of-titles-after-a-medium": (
        "Глава ведомства Пётр Сомов отказался от переговоров.\n"
        "«Это лишь повод не ехать в регион», — отметил в интервью RT американист, профессор МГУ Олег Ветров.",
        [("direct", "Это лишь повод не ехать в регион", "Олег Ветров")],
    ),
    # A name before a relative clause is the subject of the verb after it, not content the verb reports.
    "name-before-a-relative-clause": (
        "Против выступил сенатор Адам Вайнер.\n"
        "Вайнер, который возглавляет комитет по разведке, призвал Минфин отклонить запрос компании.",
        [],
    ),
    # A surname opening its sentence is the new subject a pronoun after it stands for.
    "surname-opening-a-sentence": (
        "Против выступили сенаторы Ричард Блейк и Адам Вайнер.\n«Они с ума сошли?» — сказал Блейк.\n"
        "Вайнер призвал отклонить запрос. По его словам, санкции нельзя ослаблять.",
        [
            ("direct", "Они с ума сошли?", "Ричард Блейк"),
            ("indirect", "санкции нельзя ослаблять", "Адам Вайнер"),
        ],
    ),
    # "Как сказано в предисловии" names a document, not someone called "в".
    "document-after-a-preposition": (
        "Историк Михаил Вайсман считает, что город изменился. Как сказано в авторском предисловии, «число книг о "
        "городе заметно увеличилось».",
        [
            ("indirect", "город изменился", "Михаил Вайсман"),
            ("direct", "число книг о городе заметно увеличилось", "Михаил Вайсман"),
        ],
    ),
    # A user named in Latin letters, with the numeral after the name.
    "user-with-a-latin-name": (
        "«Климат меняется быстрее, чем мы думаем», — говорится в публикации пользователя John Brown III.",
        [("direct", "Климат меняется быстрее, чем мы думаем", "John Brown III")],
    ),
    # A document after an introductory word ("В частности, в постановлении …") speaks for itself.
    "document-after-a-connective": (
        "«Нам закрыли счета», — заявила директор канала Анна Лесная.\n"
        "В частности, в постановлении сообщается: «Банк пересмотрел договор о предоставлении услуг».",
        [
            ("direct", "Нам закрыли счета", "Анна Лесная"),
            ("direct", "Банк пересмотрел договор о предоставлении услуг", "постановление"),
        ],
    ),
    # "Со ссылкой на" and a long name of the source between the verb and "что".
    "long-source-referred-to-before-chto": (
        "Агентство Reuters сообщило со ссылкой на Сирийский центр мониторинга за соблюдением прав человека, что "
        "самолёты нанесли удар по городу.",
        [("indirect", "самолёты нанесли удар по городу", "Агентство Reuters")],
    ),
    # An imperfective verb of pointing out: "обращают внимание, что".
    "pointing-out-in-the-imperfective": (
        "Специалисты обращают внимание, что на снимках не видно ни одной воронки.",
        [("indirect", "на снимках не видно ни одной воронки", "Специалисты")],
    ),
    # A representative of an institution named after someone ("имени … Гагарина") is not that person.
    "name-an-institution-carries": (
        "Под санкции попал институт гражданской авиации имени главного маршала авиации Ю. А. Гагарина.\n"
        "«Мы давно живём в режиме санкций», — приводит слова представителя компании агентство.",
        [("direct", "Мы давно живём в режиме санкций", "представитель компании")],
    ),
    # A suspicion reported with "что" is an opinion quoted.
    "suspicion-reported": (
        "Местные жители подозревают, что вратарь оказался втянут в войну двух банд.",
        [("indirect", "вратарь оказался втянут в войну двух банд", "Местные жители")],
    ),
    # "По словам X" with the comma after the name left out.
    "po-slovam-without-its-comma": (
        "Компания расширит бизнес. По словам главы концерна Марио Мерано побережье страны представляет собой "
        "богатый нефтеносный регион.",
        [("indirect", "побережье страны представляет собой богатый нефтеносный регион", "Марио Мерано")],
    ),
    # A remark addressed to someone by an honorific ("— Господин Чевин, …") is answered by that person.
    "answer-to-a-remark-addressed-by-name": (
        "«Мы не уйдём»: советник президента в интервью\n"
        "— Господин Чевин, силы оппозиции установили контроль над городом.\n— Верно, контроль установлен.\n"
        "— Что будет дальше?\n— Мы не планируем там оставаться.\n— А что потом?\n— Посмотрим по обстановке в регионе.",
        [
            ("direct", "Мы не уйдём", "Чевин"),
            ("direct", "Верно, контроль установлен", "Чевин"),
            ("direct", "Мы не планируем там оставаться", "Чевин"),
            ("direct", "Посмотрим по обстановке в регионе", "Чевин"),
        ],
    ),
    # A question asks what someone thinks; it reports nothing.
    "question-reports-nothing": (
        "— Почему президент так уверен в союзниках и убежден, что им удастся быстро взять город?",
        [],
    ),
    # A verb of citing on a line of its own before a name in quotation marks: one sentence.
    "citing-verb-on-its-own-line": (
        "Генпрокурор Юрий Лученко прокомментировал дело.\n«Это уже пятое производство против меня», —\nприводит\n"
        "«Украинская правда» слова генпрокурора.",
        [("direct", "Это уже пятое производство против меня", "Юрий Лученко")],
    ),
    # "известил, что": a verb of announcing.
    "announcing-verb": (
        "Кадыров от лица властей известил, что к терактам причастна запрещённая группировка.",
        [("indirect", "к терактам причастна запрещённая группировка", "Кадыров")],
    ),
    # "— как пишет газета, …": an inserted attribution after a dash.
    "inserted-attribution-after-a-dash": (
        "В центрах будут оказывать помощь — как пишет газета, сейчас мигранты не получают этого.",
        [("indirect", "сейчас мигранты не получают этого", "газета")],
    ),
    # A quotation after a sentence opened by "По данным X" goes on in the source's voice.
    "quotation-after-a-sourced-sentence": (
        "По данным корреспондента телеканала, внутри здания стоял едкий дым. «Непонятно, что применили. Очень печёт».",
        [
            ("indirect", "внутри здания стоял едкий дым", "корреспондент телеканала"),
            ("direct", "Непонятно, что применили. Очень печёт", "корреспондент телеканала"),
        ],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(EXAMPLES.values()), ids=list(EXAMPLES))
def test_sources(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each pattern gives the quotes and speakers the guidelines ask for."""
    assert quotes_of(text) == expected


def test_post_text_that_closes_a_quotation_above() -> None:
    """An embedded post's text runs up over a line that closes a quotation opened above and a sentence in Latin."""
    text = (
        'Сенатор ответил в Twitter.\nAre they crazy?\n@WSJ\n: "Exxon Seeks Waiver to Resume\n#Russia\nOil Venture"\n'
        "https://t.co/AbCdEf\n— John Hale (@SenJohnHale)\nApril 19, 2017"
    )
    found = [t for _, t, _ in quotes_of(text)]
    assert found == ['Are they crazy?\n@WSJ\n: "Exxon Seeks Waiver to Resume\n#Russia\nOil Venture"']


def test_dedicated_name_is_no_person() -> None:
    """A name an institution is named after, past the person's title, is no mention of a person of the article."""
    text = "Институт имени главного маршала авиации Юрия Гагарина попал под санкции."
    assert find_persons(text) == ()


# States of opinion, statements of a group, chains of titles and an attribution after a dash give quotes.
STATES_STATEMENTS_AND_CHAINS = [
    # a short adjective of a state of opinion
    (
        "В концерне согласны с тем, что рейс был сбит ракетой.",
        [("indirect", "рейс был сбит ракетой", "концерн")],
    ),
    ("Эксперт согласен, что рынок вырос.", [("indirect", "рынок вырос", "Эксперт")]),
    # the statements of a group, with "о том, что"
    (
        "Суд не учёл неоднократные заявления чиновников о том, что средства брались при прежней власти.",
        [("indirect", "средства брались при прежней власти", "чиновники")],
    ),
    # a chain of titles set off by commas after the source
    (
        "Как считает Татьяна Клюева, директор центра экономики образования, доктор экономических наук, экзамен "
        "изменил состав студентов.",
        [("indirect", "экзамен изменил состав студентов", "Татьяна Клюева")],
    ),
    # "по его словам" after a dash inside a sentence
    (
        "Министр Иван Сомов обещал сократить расходы — по его словам, страна вынуждена тратить слишком много.",
        [("indirect", "страна вынуждена тратить слишком много", "Иван Сомов")],
    ),
]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an owner's full name in the genitive, then the name of the one who holds the title
        ("Советник Дональда Трампа Джаред Кушнер заявил.", ["Дональд Трамп", "Джаред Кушнер"]),
        ("Менеджер кампании Дональда Трампа Пол Манафорт заявил.", ["Дональд Трамп", "Пол Манафорт"]),
        ("Помощник Хиллари Клинтон Хума Абедин заявила.", ["Хиллари Клинтон", "Хума Абедин"]),
        # two first names and two surnames are one name
        ("Президент Мексики Андрес Мануэль Лопес Обрадор заявил.", ["Андрес Мануэль Лопес Обрадор"]),
        # a surname the dictionary reads as a town's adjective, alone after its full name
        (
            "Директор Збигнев Ивановский выступил. По мнению Ивановского, риторика и политика не одно и то же.",
            ["Збигнев Ивановский", "Збигнев Ивановский"],
        ),
        # the same adjective of a place is no one's surname
        ("Министр Иван Ивановский приехал в Ивановскую область.", ["Иван Ивановский"]),
    ],
)
def test_names_side_by_side(text: str, names: list[str]) -> None:
    """An owner's name and the holder's, and a surname read as an ordinary word, are told apart."""
    assert [p.name for p in find_persons(text)] == names


# A short title, a pronoun owning the words, and a topic before the verb are read as the guidelines ask.
TITLES_PRONOUNS_AND_TOPICS = [
    # "комбат" stands for the commander of a battalion named before
    (
        "Командир батальона «Север» Сулим Ямаев ответил на критику.\nПо словам комбата, бойцы готовы к проверке.",
        [("indirect", "бойцы готовы к проверке", "Сулим Ямаев")],
    ),
    # the words a possessive pronoun names before a colon
    (
        "Накануне выступил спецпредставитель Курт Волнер. СМИ процитировали его слова: «Эти образования должны "
        "исчезнуть».",
        [("direct", "Эти образования должны исчезнуть", "Курт Волнер")],
    ),
    # a topic before the verb is no content
    (
        "По поводу же мотивов, которыми руководствовался Лондон при введении санкций, высказался министр "
        "Сергей Лавров.",
        [],
    ),
]


# Interviewees, headline speakers, inserted attributions and names past media and honorifics.
INTERVIEWS_HEADLINES_AND_NAMES = [
    # the interviewee is the one the headline names, not a name inside a quoted subheading
    (
        "«Двойные стандарты»: Васильев о бойкоте этапа в Тюмени\n«Шипулин показал себя молодцом»\n"
        "— Антон Шипулин победил в спринте. Вышел ли он на пик формы?\n— Здесь сошлось несколько факторов.\n"
        "— Виноват ли соперник в падении?\n— В гонке всякое бывает, судить сложно.",
        [
            ("direct", "Двойные стандарты", "Васильев"),
            ("direct", "Шипулин показал себя молодцом", "Васильев"),
            ("direct", "Здесь сошлось несколько факторов", "Васильев"),
            ("direct", "В гонке всякое бывает, судить сложно", "Васильев"),
        ],
    ),
    # an agency in two capitals after a name is no part of it
    (
        "«Мы проанализируем выступление сборной», — приводит слова главы отдела НОК США Алана Эшли АР.",
        [("direct", "Мы проанализируем выступление сборной", "Алан Эшли")],
    ),
    # with no home country in evidence, "Глава государства" is the head of state just named
    (
        "За манёврами наблюдал президент Белоруссии Александр Лукашенко. Глава государства заявил, что учения "
        "прошли успешно.\nДнём раньше за учениями наблюдал президент России Владимир Путин.",
        [("indirect", "учения прошли успешно", "Александр Лукашенко")],
    ),
    # a headline's speaker described by a club's name in quotation marks
    (
        "«Народы с теплотой относятся друг к другу»: легенда «Барселоны» Стоичков — в интервью RT\nТекст.",
        [("direct", "Народы с теплотой относятся друг к другу", "Стоичков")],
    ),
    # a headline's speaker described before the topic: the one described, not the one spoken of
    (
        "«Понимала, что там не будет развития»: гандболистка сборной России о Трефилове и допинге\nТекст.",
        [("direct", "Понимала, что там не будет развития", "гандболистка сборной России")],
    ),
    # a headline's descriptor stands for the one the first lines name
    (
        "«Понимала, что там не будет развития»: гандболистка сборной о тренере и допинге\n"
        "Одной из героинь турнира стала Юлия Манагарова.",
        [("direct", "Понимала, что там не будет развития", "Юлия Манагарова")],
    ),
    # an attribution inserted with a dash and no comma
    (
        "«Мы одна из самых активных стран — подчеркнул Моравецкий. — Мы выделили сотни миллионов злотых».",
        [
            ("direct", "Мы одна из самых активных стран", "Моравецкий"),
            ("direct", "Мы выделили сотни миллионов злотых", "Моравецкий"),
        ],
    ),
    # a name after an honorific in an oblique case, then a relative clause that reports
    (
        "Вы видели отчёт главы организации госпожи Фурнейрон, которая отметила, что дело рассматривалось "
        "индивидуально.",
        [("indirect", "дело рассматривалось индивидуально", "Фурнейрон")],
    ),
    # a medium in Latin letters right after the verb, then a chain of titles and the name
    (
        "«Мы считаем, что товарооборот будет расти», — сообщил RT соавтор исследования, атташе посольства "
        "Индонезии Кики Купрабово.",
        [("direct", "Мы считаем, что товарооборот будет расти", "Кики Купрабово")],
    ),
]


# Gerunds and relative clauses before a verb, future predicates, and names with brackets or particles.
ASIDES_PREDICATES_AND_PARTICLES = [
    # a gerund's phrase set off by commas before the verb holds no content
    (
        "Его стараниями стало известно, что комитеты сразу 19 стран, сославшись на доклад, потребовали полной "
        "изоляции команды, в том числе лишения её всех соревнований.",
        [],
    ),
    # a verb in the future among the predicates of one subject attributes nothing
    (
        "Предполагается, что эксперты из США проведут лекции для иракских студентов, расскажут о демократических "
        "ценностях и политике США, сформируют новую политическую элиту в стране и создадут сеть взаимодействия.",
        [],
    ),
    # a name with a relative clause before the verb, after an introduction
    (
        "Суд арестовал Дарью Мастикову.\nМежду тем в понедельник, 16 октября, Дарья Мастикова, которая находится "
        "в СИЗО, обвинила следствие в давлении и начала голодовку в знак протеста против намерения следователей "
        "взять у неё образцы ДНК.",
        [],
    ),
    # an abbreviation in brackets between a title and the name, the subject set off by dashes
    (
        "После заседания один из участников — глава агентства (USADA) Трэвис Тайгер — заявил, что Россия не "
        "демонстрирует прогресса.",
        [("indirect", "Россия не демонстрирует прогресса", "Трэвис Тайгер")],
    ),
    # a surname with an elided particle
    (
        "«Занятость остаётся низкой», — пояснил RT аналитик Роберто д'Амбрози.",
        [("direct", "Занятость остаётся низкой", "Роберто д'Амбрози")],
    ),
]


# A letter written, an action gone on with and a group quoted in a headline are read as the guidelines ask.
OBJECTS_GOINGS_ON_AND_GROUPS = [
    # a similar letter written by someone: the object of the verb, no content
    (
        "Ан отправил в МОК публичное письмо. Аналогичное письмо в МОК, правда, не публичное, написал и Устинов.",
        [],
    ),
    # a verb of going on before a quoted infinitive: what goes on
    ('Российские лётчики продолжают "вырывать клыки и когти" у боевиков\nТекст статьи.', []),
    # a headline quoting a group described before the topic; the что-clause inside ends with the quotation
    (
        "«Объяснил, что происходит в стране»: политологи о послании президента\nПослание было длинным.",
        [("direct", "Объяснил, что происходит в стране", "политологи")],
    ),
]


# Headlines naming a group or a titled name, and a conclusion drawn after a quotation.
HEADLINE_GROUPS_TITLES_AND_CONCLUSIONS = [
    # a group with adjectives and names in quotation marks before the topic
    (
        "«Красно-белые вернулись в гонку»: главные тренеры «Спартака» и «Зенита» об итогах дерби\nТекст.",
        [("direct", "Красно-белые вернулись в гонку", "главные тренеры «Спартака» и «Зенита»")],
    ),
    # a conclusion drawn after a closing mark and a comma
    (
        "«Страна уже не может жить за счёт экспорта сырья», к такому выводу приходят авторы прогноза.",
        [("direct", "Страна уже не может жить за счёт экспорта сырья", "авторы прогноза")],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Так, 17 ноября Ространснадзор в ходе инспекции выявил, что самолёт обслуживается с недочётами.",
        "В ноябре Ространснадзор выявил, что самолёт обслуживается с недочётами.",
    ],
)
def test_a_body_after_a_date_finds(text: str) -> None:
    """A body named after a month (which governs no name) is the subject of a verb of finding."""
    assert quotes_of(text) == [("indirect", "самолёт обслуживается с недочётами", "Ространснадзор")]


# A deal concluded, an attribution between dashes and a described headline speaker.
DEALS_DASHES_AND_DESCRIBED_NAMES = [
    # a deal concluded is no speech: the outlet's report of the sentence is a quote
    (
        "Заголовок новости\nКомпания Eurosport Events заключила долгосрочное соглашение на участие команды в "
        "гонках, - сообщает пресс-служба WTCC.",
        [
            (
                "indirect",
                "Компания Eurosport Events заключила долгосрочное соглашение на участие команды в гонках",
                "пресс-служба WTCC",
            )
        ],
    ),
    # an attribution after a dash inside a sentence ends at the dash that closes it
    (
        "Несмотря на рост — по прогнозам Всемирного банка, ВВП страны повысится на 5,8% к концу года — власти "
        "недосчитываются миллиардов.",
        [("indirect", "ВВП страны повысится на 5,8% к концу года", "Всемирный банк")],
    ),
]


# An interviewer named in the dative, an insertion after a name and an unowned view.
INTERVIEWERS_INSERTIONS_AND_VIEWS = [
    # the interviewer in the dative between the subject and the verb
    (
        "В конце года Генри Киссинджер в интервью главному редактору журнала «Атлантик» Джеффри Голдбергу "
        "сказал, что регион должен остаться частью страны.",
        [("indirect", "регион должен остаться частью страны", "Генри Киссинджер")],
    ),
    # an insertion between a name and its verb
    (
        "Глава партии Найджел Фарадж заявил, что это день независимости.\nМэттью Эллери, в свою очередь, "
        "подчеркнул, что в стране прочно обосновался евроскептицизм.",
        [
            ("indirect", "это день независимости", "Найджел Фарадж"),
            ("indirect", "в стране прочно обосновался евроскептицизм", "Мэттью Эллери"),
        ],
    ),
    # a view held by no one named
    ("Министр выступил. А теперь, как полагают, он будет присматривать за оппозицией.", []),
]


def test_signed_figures_listed_in_brackets() -> None:
    """En dashes glued to the figures of a list in brackets are their minus signs; a dash for a verb is none."""
    text = "Падение составило 11% (–0,7% в 2014 году, –3,2% в 2015-м и –5,8% в 2016-м). Рост газодобычи –7%."
    found = [(text[m.start : m.end], m.value) for m in Article.from_text(text).metrics]
    assert found == [("11%", 11.0), ("–0,7%", -0.7), ("–3,2%", -3.2), ("–5,8%", -5.8), ("7%", 7.0)]


def test_a_genitive_owner_closing_a_headline_description_is_no_speaker() -> None:
    """A headline's description that ends in its owner's name in the genitive names the one described."""
    text = (
        "«Много шума из ничего»: адвокат Трампа-младшего о встрече с юристом\n"
        "Об этом заявил адвокат сына президента Алан Фьютерфас."
    )
    assert quotes_of(text)[0] == ("direct", "Много шума из ничего", "Алан Фьютерфас")


def test_a_headline_name_before_a_time_word() -> None:
    """A headline's name followed by "перед"/"после" and the occasion is its speaker."""
    text = "«Большинство народа с нами»: Махмуд Аббас перед визитом в Москву\nТекст интервью."
    assert quotes_of(text) == [("direct", "Большинство народа с нами", "Махмуд Аббас")]


def test_a_report_inserted_between_the_verb_and_the_speaker() -> None:
    """ "– сказал, как сообщают РИА Новости, глава ведомства": the report is set off; the title after it speaks."""
    text = (
        "Страна хотела бы расследовать отравление, заявил министр иностранных дел Борис Джонсон. «Мы бы хотели "
        "сотрудничать», – сказал, как сообщают РИА Новости, глава британского внешнеполитического ведомства."
    )
    assert quotes_of(text) == [
        ("indirect", "Страна хотела бы расследовать отравление", "Борис Джонсон"),
        ("direct", "Мы бы хотели сотрудничать", "Борис Джонсон"),
    ]


# A clause of another speaker ends the что-clause; a mediator is a title.
OTHER_SPEAKERS_AND_MEDIATORS = [
    # a что-clause ends before a clause in which someone else speaks
    (
        "Защитник Михаил Сергачёв заявил, что команда должна была победить, а форвард Денис Гурьянов упомянул "
        "о везении соперника.",
        [("indirect", "команда должна была победить", "Михаил Сергачёв")],
    ),
    # a mediator is a person
    (
        "Зампред совета Галина Назарова отметила, что потребуется полгода.\n«Будем стараться снизить количество "
        "разводов», — пояснила медиатор загса, директор центра правовой помощи Татьяна Шибанова.",
        [
            ("indirect", "потребуется полгода", "Галина Назарова"),
            ("direct", "Будем стараться снизить количество разводов", "Татьяна Шибанова"),
        ],
    ),
]

HEADLINE_VERBS_ECHOES_AND_SHARED_MARKS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # a headline's quotation, then a title and a verb of speech
    (
        "«Пора менять правила»: глава Еврокомиссии обвинил Брюссель в затягивании реформы\nТекст.",
        [("direct", "Пора менять правила", "глава Еврокомиссии")],
    ),
    # then a group the dictionary reads as an adjective
    (
        "«Она всегда была честной»: соседи и знакомые рассказали о задержанной\nТекст.",
        [("direct", "Она всегда была честной", "соседи и знакомые")],
    ),
    # then a place that answers
    (
        "«Очередной недружественный шаг»: в Минске отреагировали на новые пошлины\nТекст.",
        [("direct", "Очередной недружественный шаг", "Минск")],
    ),
    # then a body that refutes
    (
        "«Эти снимки — монтаж»: ведомство опровергло данные о пожаре на складе\nТекст.",
        [("direct", "Эти снимки — монтаж", "ведомство")],
    ),
    # or a group that demands
    (
        "«Верните вклады»: вкладчики банка требуют вернуть деньги\nТекст.",
        [("direct", "Верните вклады", "вкладчики банка")],
    ),
    # a headline that asks how someone replied quotes one of the replies, its speaker not told
    ("«Полный провал»: как в Минске отреагировали на новые пошлины\nТекст.", [("direct", "Полный провал", None)]),
    # what someone will say is not yet a quote
    ("«Нужные специалисты»: ЕС расскажет чиновникам о пользе мигрантов\nТекст.", []),
    # "опроверг утверждение, что …" reports the claim refuted, no one's words
    ("Экономисты опровергли утверждение, что цены вырастут.", []),
    # the descriptor's noun past its adjective
    (
        "«Мяч просто залетел в ворота»: главный тренер «Ротора» о победе над «Уралом»\nТекст.",
        [("direct", "Мяч просто залетел в ворота", "главный тренер «Ротора»")],
    ),
    # one closing mark ends a name in quotation marks and the headline's quotation before its colon
    (
        "«Команда не обречена в матче с «Ураном»: бывший форвард Пётр Гусляков о дерби\nТекст.",
        [("direct", "Команда не обречена в матче с «Ураном", "Пётр Гусляков")],
    ),
    # a headline's quotation the body quotes again is the words of the one quoted there
    (
        "«Мы с удовольствием поддержим»: президент Болгарии выступил против пошлин\n"
        "«Если будет такое предложение, мы с удовольствием поддержим», — сказал президент Иван Радков.",
        [
            ("direct", "Мы с удовольствием поддержим", "Иван Радков"),
            ("direct", "Если будет такое предложение, мы с удовольствием поддержим", "Иван Радков"),
        ],
    ),
    # a post's Latin signature names the person the article writes in Cyrillic, though one spelling drops a sound
    (
        "Основатель сайта Пьер Ламанж ответил на критику.\nThey call us a hostile service\n"
        "— Pierre Lamange (@PLamange)\n14 апреля 2017 г.",
        [("direct", "They call us a hostile service", "Пьер Ламанж")],
    ),
    # a signature spelt in Cyrillic by the article in words the name finder does not read as a name
    (
        "Об этом сообщил шеф полиции города Джеррод Колван.\nTwo people were injured in the classroom\n"
        "— Chief Jarrod Kolvan (@PoliceChief)\nApril 10, 2017",
        [("direct", "Two people were injured in the classroom", "Джеррод Колван")],
    ),
    # a German "st" the article spells with "ш", and a person it names by surname alone
    (
        "Журналиста Клауса Бернштейна задержали.\nPolice took my camera\n— Klaus Bernstein (@kbern)\n3 марта 2017 г.",
        [("direct", "Police took my camera", "Клаус Бернштейн")],
    ),
    (
        "Заявление приводит Тэрби в своём аккаунте.\nThe bridge was closed today\n— Mark Tarby (@mtarby)\n"
        "3 марта 2017 г.",
        [("direct", "The bridge was closed today", "Тэрби")],
    ),
    # Polish letters in a signature
    (
        "Премьер Марта Шкло ответила коротко.\nNic nie zrobił dla Polski\n— Marta Szkło (@MartaSzklo)\n"
        "20 ноября 2017 г.",
        [("direct", "Nic nie zrobił dla Polski", "Марта Шкло")],
    ),
    # an unknown first name and a word of the dictionary after a title, at the clause's end, are a name
    (
        "«Цены выросли вдвое», — сообщила из Майами журналист CNN Кавья Шах.",
        [("direct", "Цены выросли вдвое", "Кавья Шах")],
    ),
    # a noun for a person heads a name as a title does: a first name that is also a word opens it
    (
        "Пенсионерка Донна Эшли рассказала, что дорогу не чистят.",
        [("indirect", "дорогу не чистят", "Донна Эшли")],
    ),
    # so are they before a preposition or a verb that goes on with the clause
    (
        "Аналитик Гарет Кузнец в интервью отметил, что спрос упадёт.",
        [("indirect", "спрос упадёт", "Гарет Кузнец")],
    ),
    # a superlative in a headline's descriptor stays as written
    (
        "«Мы сыграли достойно»: лучший бомбардир турнира о финале\nТекст.",
        [("direct", "Мы сыграли достойно", "лучший бомбардир турнира")],
    ),
    # a name inside the answers of an interview is someone spoken of, not the one a headline describes
    (
        "«Нам просто повезло»: главный тренер «Ротора» о победе\n— Когда вы поняли, что победите?\n"
        "— Когда Пётр Сомов спас наши ворота. Это был трудный матч.\n— А что дальше?\n— Готовимся к кубку.",
        [
            ("direct", "Нам просто повезло", "главный тренер «Ротора»"),
            ("direct", "Когда Пётр Сомов спас наши ворота. Это был трудный матч", "главный тренер «Ротора»"),
            ("direct", "Готовимся к кубку", "главный тренер «Ротора»"),
        ],
    ),
    # a quoted line under a headline that quotes a group is a subheading, not the group's words: someone's the section
    # below does not tell
    (
        "«Уезжай домой»: болельщики клуба требуют отставки тренера\n«Мы развалились, как дети»\nТекст.",
        [("direct", "Уезжай домой", "болельщики клуба"), ("direct", "Мы развалились, как дети", None)],
    ),
    # a place's name after a title and a first name is the surname when a verb of one person follows
    (
        "Министр юстиции Эйко Рейн заявил, что расследование ведёт полиция.",
        [("indirect", "расследование ведёт полиция", "Эйко Рейн")],
    ),
]

RANKS_NOUNS_AND_AGREEMENT = [
    # an account's name with a capital inside a word is no person, whom a later pronoun could stand for
    (
        "Комитет опубликовал документы.\nNEW Documents Confirming payments\n— Senate IntelDems (@IntelDems)\n"
        "16 марта 2017 г.\nГазета взяла интервью у Майкла Флинна. Тогда он рассказал, что не получал денег.",
        [
            ("direct", "NEW Documents Confirming payments", "Senate IntelDems"),
            ("indirect", "не получал денег", "Майкл Флинн"),
        ],
    ),
    # a quotation that opens a sentence inside a paragraph and closes paragraphs later, with an attribution
    # inserted between dashes
    (
        "Новость пришла утром. «Это очень печально, – признал Иван Петров, представитель компании. – У компании "
        "большая поддержка.\nХотя команда добилась прогресса, решения нет».",
        [
            ("direct", "Это очень печально", "Иван Петров"),
            ("direct", "У компании большая поддержка.\nХотя команда добилась прогресса, решения нет", "Иван Петров"),
        ],
    ),
    # a link to another article set inside the text names no one a later pronoun stands for
    (
        "Министр Иван Петров выступил в парламенте с речью о санкциях.\nТакже по теме\n"
        "Суд заочно арестовал бывшего директора Сергея Волкова\n"
        "Суд заочно арестовал бывшего директора лаборатории Сергея Волкова, который в 2016...\n"
        "Он отметил, что страна ответит на санкции.",
        [("indirect", "страна ответит на санкции", "Иван Петров")],
    ),
    # a general is a title: it stands for the one the article named before
    (
        "Об этом сообщил глава военного комитета альянса Иван Петров. Наибольшую опасность представляет база "
        "данных, так как она, по мнению генерала, может «попасть в чужие руки».",
        [("indirect", "может «попасть в чужие руки»", "Иван Петров")],
    ),
    # a bare noun for what someone is stands for the one speaking; the verb's agreement tells the speaker's sex
    # where a first name ("Линдси") would tell another
    (
        "Министр Олег Сомов назвал проект проблемным.\nСенатор Линдси Блум заявил, что конгресс примет закон. "
        "При этом республиканец выразил уверенность, что президент его подпишет.",
        [
            ("indirect", "конгресс примет закон", "Линдси Блум"),
            ("indirect", "президент его подпишет", "Линдси Блум"),
        ],
    ),
    # a noun for a country's people, with no one speaking yet, is the person just named
    (
        "Главный тренер гостей Игорь Ломов после матча пошутил. После вопроса о бразильских футболистах, которых в "
        "клубе пятеро, итальянец заявил, что ценит отдых.",
        [("indirect", "ценит отдых", "Игорь Ломов")],
    ),
    # a headline's title before a name in an oblique case quotes the title's holder, not its principal
    (
        "Текст о визите президента страны Арсена Погосяна.\n«Переговоры прошли в деловой обстановке», — заявил "
        "советник президента Давид Мкртчян.\nТакже по теме\nСоветник Погосяна: торговля с соседями выросла на "
        "треть\nСоветник президента рассказал...",
        [
            ("direct", "Переговоры прошли в деловой обстановке", "Давид Мкртчян"),
            ("direct", "торговля с соседями выросла на треть", "Давид Мкртчян"),
        ],
    ),
    # an outlet in the dative after a title is the one told, no organisation of the speaker's
    (
        "Главный тренер клуба Игорь Ломов остался доволен.\n«Поле было тяжёлым, но ребята старались», — сказал "
        "испанский специалист «Вестнику».",
        [("direct", "Поле было тяжёлым, но ребята старались", "Игорь Ломов")],
    ),
    # so does one that opens its sentence with a capital, when the dictionary knows it as a common noun
    (
        "Бизнесмен Глеб Осинцев выступил в Твери.\nМиллиардер обвинил соперника в том, что налоги слишком высоки.",
        [("indirect", "налоги слишком высоки", "Глеб Осинцев")],
    ),
    # not one written with a capital inside a sentence nearby: that word is a name
    (
        "Министр Игорь Ломов выступил. В письме Кузнеца говорится о выборах.\nКузнец заявил, что штаб ошибся.",
        [("indirect", "штаб ошибся", "Кузнец")],
    ),
]

OUTLET_ASIDES_AND_ELLIPSES = [
    # an outlet's aside opening the sentence reports the one who speaks after it, whom the discourse tells
    (
        "Певец Олег Глазов выступил на шоу.\nКак сообщает газета The Daily Star, в ходе разговора молодой человек "
        "признался, что был удивлён.",
        [("indirect", "был удивлён", "Олег Глазов")],
    ),
    # with no subject of its own after the aside, the outlet is the source
    ("Как сообщает ТАСС, министерство заявило, что всё идёт по плану.",
     [("indirect", "всё идёт по плану", "министерство")]),
    # an agency that reports someone's words with their own attribution: the words are the quote
    (
        "Агентство ТАСС сообщило, что министр Пётр Сомов во время встречи заявил, что приветствует решение.",
        [("indirect", "приветствует решение", "Пётр Сомов")],
    ),
    # a что-clause ends before words quoted in brackets after it
    (
        "Режиссёр Иван Петров сказал, что на курсах преобладают женщины («Режиссура – тяжёлый труд»).",
        [("indirect", "на курсах преобладают женщины", "Иван Петров")],
    ),
    # "В этом уверен X" points back at what was just said, as "Об этом сказал X" does
    (
        "Спор о криптовалютах напоминает спор о вебе в 1990-х. В этом уверен глава банка Олег Сомов.",
        [("indirect", "Спор о криптовалютах напоминает спор о вебе в 1990-х", "Олег Сомов")],
    ),
    ("В этом году рост составил пять процентов. В этом уверенном темпе мы и пойдём.", []),
    # a quotation cut off with an ellipsis ends before it and the comma
    (
        "Министр Иван Петров заявил, что реформы нужны. «Экономика хорошо перенесла кризис,...",
        [
            ("indirect", "реформы нужны", "Иван Петров"),
            ("direct", "Экономика хорошо перенесла кризис", "Иван Петров"),
        ],
    ),
]


def test_a_reason_cited_with_a_gerund() -> None:
    """ "сославшись на то, что …": the clause cited as a reason is the subject's words."""
    text = (
        "Глава совета Дональд Туск не стал комментировать ситуацию, сославшись на то, что главным он считает договор."
    )
    assert quotes_of(text) == [("indirect", "главным он считает договор", "Дональд Туск")]


def test_an_inserted_attribution_after_a_colon() -> None:
    """ ": как отметил X, …" inside a sentence: the part after the insertion is X's."""
    text = (
        "Неясно, о чём идёт речь: как отметил ранее директор департамента Андрей Келин, армия страны насчитывает "
        "чуть более 2 тыс. человек."
    )
    assert quotes_of(text) == [("indirect", "армия страны насчитывает чуть более 2 тыс. человек", "Андрей Келин")]


#: The groups of cases above, by theme.
INTERVIEWS_AND_HEADLINE_TOPICS = [
    # a headline's title is no apposition of the name that opens the next line, and the person the headline's own
    # quotation names is no one named before its descriptor: the first lines name the one it describes
    (
        "«С Игорем Сомовым мы обсудили поставки зерна»: посол страны в Польше\n"
        "«Игорь Сомов спрашивал о зерне. Я сообщил ему, что склады полны», — сообщил Ломакин.\n"
        "Дипломат напомнил, что в парламенте обсуждали грузы.",
        [
            ("direct", "С Игорем Сомовым мы обсудили поставки зерна", "Ломакин"),
            ("direct", "Игорь Сомов спрашивал о зерне. Я сообщил ему, что склады полны", "Ломакин"),
            ("indirect", "склады полны", "Ломакин"),
            ("indirect", "в парламенте обсуждали грузы", "Ломакин"),
        ],
    ),
    # a headline "«…»: Фамилия о теме" quotes a surname the dictionary does not know, and the interview below is his
    (
        "«Наш клуб играет честно»: Будько о статьях зарубежных газет\n"
        "— Как вы отнеслись к этим статьям?\n"
        "— Спокойно. Мы знаем, кто стоит за такими материалами.\n"
        "— Проверки на турнире проходили часто? Вам уделяли особое внимание?\n"
        "— Проверки везде одинаковые, особого внимания не было.",
        [
            ("direct", "Наш клуб играет честно", "Будько"),
            ("direct", "Спокойно. Мы знаем, кто стоит за такими материалами", "Будько"),
            ("direct", "Проверки везде одинаковые, особого внимания не было", "Будько"),
        ],
    ),
    ("Будько о тарифах: «Цены вырастут весной»", [("direct", "Цены вырастут весной", "Будько")]),
    # an answer goes on past a link to another article set inside it, as a quote of its own
    (
        "«Мы всё выдержим»: Будько о новом сезоне\n"
        "— Как вы оцениваете шансы команды?\n"
        "— Всё зависит от нас. Мы готовы к любым испытаниям.\n"
        "Также по теме\n"
        "Сменили тренера: клуб объявил о новом назначении\n"
        "Руководство клуба подписало контракт со специалистом...\n"
        "Кто-то в нас не верит. Мы докажем обратное.\n"
        "— Кого вы считаете главным соперником?\n"
        "— Главный соперник для нас — мы сами.",
        [
            ("direct", "Мы всё выдержим", "Будько"),
            ("direct", "Всё зависит от нас. Мы готовы к любым испытаниям", "Будько"),
            ("direct", "Кто-то в нас не верит. Мы докажем обратное", "Будько"),
            ("direct", "Главный соперник для нас — мы сами", "Будько"),
        ],
    ),
    # the one interviewed, not one a preposition governs in the headline, answers the questions
    (
        "«Медаль пришлось ждать долго»: лыжник Олег Сомов о совместном фото с Шевченко\n"
        "— Как отметили успех?\n"
        "— Скромно: поужинали с командой.\n"
        "— Что дальше?\n"
        "— Отдых, потом сборы в горах.",
        [
            ("direct", "Медаль пришлось ждать долго", "Олег Сомов"),
            ("direct", "Скромно: поужинали с командой", "Олег Сомов"),
            ("direct", "Отдых, потом сборы в горах", "Олег Сомов"),
        ],
    ),
    # answers with their questions left out, after a line that says who told whom
    (
        "О планах театра Ирина Сомова рассказала обозревателю Олегу Петрову.\n"
        "– Мы хотим открыть малую сцену. Нам давно хотелось этого.\n"
        "– В этом году театр поддержал молодых режиссёров. Они уже показали работы.",
        [
            ("direct", "Мы хотим открыть малую сцену. Нам давно хотелось этого", "Ирина Сомова"),
            ("direct", "В этом году театр поддержал молодых режиссёров. Они уже показали работы", "Ирина Сомова"),
        ],
    ),
    # a long interview, a link to another article inside it: answers far from its first question are still the
    # interviewee's
    (
        "«Мы готовы ко всему»: Будько о сезоне\n"
        + "".join(f"— Вопрос {i}: как вам это?\n— Отношусь спокойно, это {i}-й ответ.\n" for i in range(1, 5))
        + "Также по теме\nНовый рекорд: Будько выиграл этап\nЛыжник Иван Будько победил на этапе в Норвегии...\n"
        + "— На\nсборах\nвас узнают?\n— Пока нет.\n"
        + "".join(f"— Вопрос {i}: как вам это?\n— Отношусь спокойно, это {i}-й ответ.\n" for i in range(5, 9)),
        [("direct", "Мы готовы ко всему", "Иван Будько")]
        + [("direct", f"Отношусь спокойно, это {i}-й ответ", "Иван Будько") for i in range(1, 5)]
        + [("direct", "Пока нет", "Иван Будько")]
        + [("direct", f"Отношусь спокойно, это {i}-й ответ", "Иван Будько") for i in range(5, 9)],
    ),
    # a backward attribution right after a link to another article points past the link at the text's own words
    (
        "Порт примет новые суда.\nТакже по теме\nНовые причалы: город расширит гавань\n"
        "Власти выделят средства на новые причалы...\nОб этом говорится в документе министерства.",
        [("indirect", "Порт примет новые суда", "документ министерства")],
    ),
    # a chain of titles whose organisation goes on past "и" in the genitive, with an abbreviation
    (
        "Тренер Иван Петров выступил на форуме.\nСпрос на зерно растёт, пояснил в беседе с RT экономист, "
        "заведующий кафедрой экономики и финансов СГУ имени Ломоносова Олег Сомов.",
        [("indirect", "Спрос на зерно растёт", "Олег Сомов")],
    ),
]

DESCRIPTORS_AND_AGREEMENT = [
    # people who open the source of "по версии" speak, even of a document; a poll deep in it is no speaker
    ("По версии авторов доклада, рост продолжится.", [("indirect", "рост продолжится", "авторы доклада")]),
    ("По данным закрытых опросов социологов, явка не превысит 40%.", []),
    # "допустила возможность того, что …": the object's "того" before the что-clause
    (
        "Глава союза Инна Ларина допустила возможность того, что турнир перенесут.",
        [("indirect", "турнир перенесут", "Инна Ларина")],
    ),
    # "на фоне того, что …" is a circumstance of the words, no content of theirs
    (
        "«Мы ждём ответа», — сказал он на фоне того, что переговоры прервались.",
        [("direct", "Мы ждём ответа", "он")],
    ),
    # words that point back and "содержатся в" a document: the document's words
    (
        "Выпуск зерна вырос до 3 млн тонн. Эти цифры содержатся в свежем отчёте агентства.",
        [("indirect", "Выпуск зерна вырос до 3 млн тонн", "свежий отчёт агентства")],
    ),
    ("В колонии содержатся 300 заключённых.", []),
    # a quantity of people before the verb is a plural speaker, unnamed
    (
        "Несколько европейских дипломатов сказали, что встреча отложена.",
        [("indirect", "встреча отложена", "Несколько европейских дипломатов")],
    ),
    # ", об этом" with a few words before the verb: the subject between them speaks
    (
        "Министр Анна Веллер считает план реформы разумным, об этом политик заявила в интервью газете.",
        [("indirect", "Министр Анна Веллер считает план реформы разумным", "Анна Веллер")],
    ),
    (
        "Завод начнёт выпускать тракторы, об этом с гордостью сообщило агентство Рейтер.",
        [("indirect", "Завод начнёт выпускать тракторы", "агентство Рейтер")],
    ),
    # a chain of titles after a person noun whose first link ends in its organisation's abbreviation
    (
        "Спор тянется давно. Об этом в разговоре с RT заявил доцент кафедры права РГГУ, директор Центра "
        "правовых исследований Олег Сомов.",
        [("indirect", "Спор тянется давно", "Олег Сомов")],
    ),
    # a denial reports what is denied; with no что-clause it is an act, not an attribution
    ("В мэрии отрицают, что планировали закрыть рынок.", [("indirect", "планировали закрыть рынок", "мэрия")]),
    (
        "Компания отрицает причастность к аварии, сообщает агентство Рейтер.",
        [("indirect", "Компания отрицает причастность к аварии", "агентство Рейтер")],
    ),
    # a verb of assessment with no words next to it attributes nothing: the sentence is the backward attribution's
    (
        "Аналитики оценивали шансы снижения ставки в 70%. Такие данные приводит банк.",
        [("indirect", "Аналитики оценивали шансы снижения ставки в 70%", "банк")],
    ),
    # a title cited after the words is no one the words themselves name with a title it links to
    (
        "Решение союза поддержал его председатель Иван Сомов.\n"
        "«Мы обратились к совету и его президенту Олегу Бахову с просьбой», — приводит агентство слова функционера.",
        [("direct", "Мы обратились к совету и его президенту Олегу Бахову с просьбой", "Иван Сомов")],
    ),
    # a pronoun tells the gender its attribution's verb does not, so a feminine title later finds her
    (
        "Кандидат Марин Жиро выступил в Лионе.\n"
        "Жиро полагает, что школам нужны перемены. Она сказала об этом, добавив, что учителям надо больше платить.\n"
        "«Я не хочу закрывать сельские школы», — пояснила политик.",
        [
            ("indirect", "школам нужны перемены", "Марин Жиро"),
            ("indirect", "учителям надо больше платить", "Марин Жиро"),
            ("direct", "Я не хочу закрывать сельские школы", "Марин Жиро"),
        ],
    ),
]

ORGANISATIONS_CITED_AND_FOREIGN_HEADS = [
    # "приводит … текст письма X" and "заявление пресс-службы X": the owner of the words after the noun of words
    (
        "Меценат Олег Ранцев написал письмо в лигу.\n«Прошу пересмотреть решение», — приводит текст письма Ранцева "
        "портал.",
        [("direct", "Прошу пересмотреть решение", "Олег Ранцев")],
    ),
    (
        "«Поставки идут по графику», — приводит агентство заявление пресс-службы завода.",
        [("direct", "Поставки идут по графику", "пресс-служба завода")],
    ),
    # the one citing is no owner of the words, nor a document's text
    ("«Поставки идут по графику», — приводит заявление агентство Бета.", []),
    # a link's words on a line of their own inside a quotation: the quotation goes on
    (
        "В мэрии ответили\n«Прошу учесть письмо\nМинфина\nо том, что сборы отменены. Он не был продлён, пояснили "
        "в Минфине, и я прошу это учесть», — заявил Пётр Лавров.",
        [
            (
                "direct",
                "Прошу учесть письмо\nМинфина\nо том, что сборы отменены. Он не был продлён, пояснили в Минфине, и я "
                "прошу это учесть",
                "Пётр Лавров",
            )
        ],
    ),
    # a common noun for a body, an outlet or a company stands for the one of its kind named before it
    (
        "Инспекторы ФТС проверили склад. В ведомстве уточнили, что нарушений нет.",
        [("indirect", "нарушений нет", "ФТС")],
    ),
    (
        "Об этом пишет газета The Morning Ledger. «Рынок растёт», — отмечает издание.",
        [("direct", "Рынок растёт", "The Morning Ledger")],
    ),
    (
        "Сервис Quickpost закрыл доступ. В компании пояснили, что сбой устранён.",
        [("indirect", "сбой устранён", "Quickpost")],
    ),
    # the last named wins; a country's abbreviation, one told and a thing named are no organisation of the kind
    (
        "Минтранс России и ФАС проверили тарифы США. «Нарушений нет», — заявили в ведомстве.",
        [("direct", "Нарушений нет", "ФАС")],
    ),
    (
        "Сделку одобрили, рассказали FTV в компании. «Мы ждём», — отметили в компании.",
        [("direct", "Мы ждём", "компания")],
    ),
    ("Закупка системы Vantor одобрена. «Сроки сжаты», — пишет издание.", [("direct", "Сроки сжаты", "издание")]),
    # the outlet that signs a dateline, a unit after a scaled number and a product a noun names are no body or company
    (
        "КАЗАНЬ, 2 мар — БЕТАИНФОРМ. Выпуск вырос. По данным ведомства, заводы загружены.",
        [("indirect", "заводы загружены", "ведомство")],
    ),
    (
        "Порт обработал 120 тыс. TEU. Завод выпустил 9 тысяч автомобилей Zeta. В компании напомнили, что план "
        "выполнен.",
        [("indirect", "план выполнен", "компания")],
    ),
    # a body's word alone after it was named with its country: the name with the country
    (
        "Учения начало Минобороны Польши. Позднее Минобороны провело смотр. «Угрозы нет», — добавили в ведомстве.",
        [("direct", "Угрозы нет", "Минобороны Польши")],
    ),
    # a line that ends with "что" goes on into the next, whatever it opens with
    (
        "Итоги турнира\nТренер сборной отметил, что\nКоржов бежал уверенно.",
        [("indirect", "Коржов бежал уверенно", "Тренер сборной")],
    ),
    # a quotation opening in lower case on its own line goes on the sentence before it; so does a line that is a name
    # in quotation marks before a lower-case line
    (
        "Итоги саммита\nКак заявил министр Павел Орлов, Нарва слишком долго проявляла\n«железное терпение» к соседям.",
        [("indirect", "Нарва слишком долго проявляла\n«железное терпение» к соседям", "Павел Орлов")],
    ),
    (
        "Итоги саммита\nПавел Орлов подчеркнул, что наступление армии\n«Северный ветер»\nне остановится у реки.",
        [("indirect", "наступление армии\n«Северный ветер»\nне остановится у реки", "Павел Орлов")],
    ),
    # a subject with a participle's phrase after a comma is no content of a verb after it
    (
        "Жители квартала, участвующие в собрании, призвали мэрию учредить комиссию против «давления на выборы».",
        [],
    ),
    (
        "Рыбаки не намерены покидать залив, закрытый властями, заявил староста Павел Орлов.",
        [("indirect", "Рыбаки не намерены покидать залив, закрытый властями", "Павел Орлов")],
    ),
    # an abbreviation glued to a word by a hyphen or opening a name in quotation marks is no body's
    (
        "Рейсы «Сокол-авиа» и «Бриз» задержаны. «Проверка идёт», — заявили в ведомстве.",
        [("direct", "Проверка идёт", "ведомство")],
    ),
    # a first name the dictionary reads as a plural's nominative opens a name before a surname that ends it
    (
        "«Сериал предвзят»: шотландский историк о премьере\nШотландский историк Роли Маккей давно известен "
        "читателям. По словам историка, премьера провалилась.",
        [("direct", "Сериал предвзят", "Роли Маккей"), ("indirect", "премьера провалилась", "Роли Маккей")],
    ),
    (
        "Представитель Кремля Гуров заявил, что визит состоится.",
        [("indirect", "визит состоится", "Гуров")],
    ),
    # a headline's quotation given to no one named goes to the named speaker of the quote below that holds its words
    (
        "«Сроки сдвинутся»: в министерстве сообщили о переносе стройки\nСтройку перенесут на год. «Денег мало, и "
        "сроки сдвинутся на осень», — сказал замминистра Олег Рябинин.",
        [
            ("direct", "Сроки сдвинутся", "Олег Рябинин"),
            ("direct", "Денег мало, и сроки сдвинутся на осень", "Олег Рябинин"),
        ],
    ),
    # a backward attribution may say when or who first: "Ранее об этом …", "Одной из первых об этом …"
    (
        "Итоги дня\nУмер художник Павел Белов. Одной из первых об этом сообщила его ученица Кира Бэйли.",
        [("indirect", "Умер художник Павел Белов", "Кира Бэйли")],
    ),
    (
        "Итоги дня\nЗавод закроют в мае. Ранее об этом сообщил глава района Илья Фомин.",
        [("indirect", "Завод закроют в мае", "Илья Фомин")],
    ),
    # "оговориться, что …" reports words
    (
        "Итоги дня\nТренер Олег Рябинин оговорился, что состав не утверждён.",
        [("indirect", "состав не утверждён", "Олег Рябинин")],
    ),
    # "который" a few words before the verb: the one the relative clause is about speaks
    (
        "Итоги матча\nШум поднялся из-за реплики депутата Ильи Корнеева, который сразу после игры заявил, что "
        "вратарь устал.",
        [("indirect", "вратарь устал", "Илья Корнеев")],
    ),
    # a word that is the title only in another case ("политики" of "политика", policy) titles no one
    (
        "Итоги дня\nСенатор Билли Рэй Уолш утверждает, что торговля поможет. Для этого столица, по мнению "
        "политика, должна снять запрет. Новый мэр отказался от политики своего предшественника Питера Грина.",
        [
            ("indirect", "торговля поможет", "Билли Рэй Уолш"),
            ("indirect", "должна снять запрет", "Билли Рэй Уолш"),
        ],
    ),
    # a noun of words pointing back at the quotation, then any verb: its subject's words
    (
        "Итоги дня\n«Я цела и скоро вернусь», — такое сообщение оставила в своём блоге певица Анна Квитко.\n"
        "«Мы уходим», — с таким заявлением выступил министр Олег Рябинин.",
        [("direct", "Я цела и скоро вернусь", "Анна Квитко"), ("direct", "Мы уходим", "Олег Рябинин")],
    ),
    # information made public by its subject is their statement; information received is no one's
    (
        "Итоги дня\nПрофсоюз распространил информацию о том, что забастовка отложена. Полиция получила информацию о "
        "том, что груз украден.",
        [("indirect", "забастовка отложена", "Профсоюз")],
    ),
    # inside a direct quote, a body that speaks reports words of its own; a country or a thing does not
    (
        "Итоги дня\n«Раз в штабе объявили, что я ухожу в аренду, спорить не буду. Бетания же полагает, что всё "
        "решено», — заявил хавбек Илья Фомин.",
        [
            (
                "direct",
                "Раз в штабе объявили, что я ухожу в аренду, спорить не буду. Бетания же полагает, что всё решено",
                "Илья Фомин",
            ),
            ("indirect", "я ухожу в аренду, спорить не буду", "штаб"),
        ],
    ),
    (
        "«Слухи без почвы»: в министерстве ответили на публикацию\nПубликация вызвала споры. «Эти слухи возникли без "
        "всякой почвы», — заявил генерал Олег Рябинин.",
        [
            ("direct", "Слухи без почвы", "Олег Рябинин"),
            ("direct", "Эти слухи возникли без всякой почвы", "Олег Рябинин"),
        ],
    ),
    # the press told, in the dative right after the verb, is no speaker: the one after it is
    (
        "Итоги дня\nКак сообщил агентству юрист, сделка закрыта в срок. Как рассказал прессе посол, "
        "визит состоится.",
        [
            ("indirect", "сделка закрыта в срок", "юрист"),
            ("indirect", "визит состоится", "посол"),
        ],
    ),
    # a president of a country outside the table is not the president of another named with a title
    (
        "«Мы уходим»: президент Эквадора пригрозил разрывом\n«Прощайте», — цитирует агентство эквадорского "
        "президента.\nРанее Эмилио Кортес заявил, что договор устарел. Кортес назвал президента США Джона Смита "
        "грубияном.",
        [
            ("direct", "Мы уходим", "Эмилио Кортес"),
            ("direct", "Прощайте", "Эмилио Кортес"),
            ("indirect", "договор устарел", "Эмилио Кортес"),
        ],
    ),
]

GROUPS: dict[str, Sequence[tuple[str, Sequence[tuple[str, str, str | None]]]]] = {
    "states-statements-and-chains": STATES_STATEMENTS_AND_CHAINS,
    "titles-pronouns-and-topics": TITLES_PRONOUNS_AND_TOPICS,
    "interviews-headlines-and-names": INTERVIEWS_HEADLINES_AND_NAMES,
    "asides-predicates-and-particles": ASIDES_PREDICATES_AND_PARTICLES,
    "objects-goings-on-and-groups": OBJECTS_GOINGS_ON_AND_GROUPS,
    "headline-groups-titles-and-conclusions": HEADLINE_GROUPS_TITLES_AND_CONCLUSIONS,
    "deals-dashes-and-described-names": DEALS_DASHES_AND_DESCRIBED_NAMES,
    "interviewers-insertions-and-views": INTERVIEWERS_INSERTIONS_AND_VIEWS,
    "other-speakers-and-mediators": OTHER_SPEAKERS_AND_MEDIATORS,
    "headline-verbs-echoes-and-shared-marks": HEADLINE_VERBS_ECHOES_AND_SHARED_MARKS,
    "ranks-nouns-and-agreement": RANKS_NOUNS_AND_AGREEMENT,
    "outlet-asides-and-ellipses": OUTLET_ASIDES_AND_ELLIPSES,
    "interviews-and-headline-topics": INTERVIEWS_AND_HEADLINE_TOPICS,
    "descriptors-and-agreement": DESCRIPTORS_AND_AGREEMENT,
    "organisations-cited-and-foreign-heads": ORGANISATIONS_CITED_AND_FOREIGN_HEADS,
}
_CASES = [
    (f"{group}-{i}", text, expected) for group, cases in GROUPS.items() for i, (text, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in _CASES], ids=[c[0] for c in _CASES])
def test_grouped_cases(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each case of each group gives the quotes and speakers the guidelines ask for."""
    assert quotes_of(text) == expected


def test_a_clause_before_a_gerund_phrase_is_still_content() -> None:
    """A clause with its own verb before a gerund's phrase and a postposed verb is the quote."""
    text = "Обстановка остаётся напряжённой, отвечая на вопрос журналистов, сказал министр обороны Иван Петров."
    assert [(kind, speaker) for kind, _, speaker in quotes_of(text)] == [("indirect", "Иван Петров")]


def test_an_accusation_is_no_view() -> None:
    """"подозревают в том, что …" accuses someone; only "подозревают, что …" reports a view."""
    assert quotes_of("Полиция его подозревает в том, что он украл деньги у соседей.") == []
