"""Quote and speaker rules for patterns of real news the earlier rules missed (invented sentences)."""

from __future__ import annotations

import pytest

from kzaz_corpus import Article


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every quote found in *text* parsed as an article."""
    return [(q.kind, q.text, q.speaker) for q in Article.from_text(text).quotes]


EXAMPLES = {
    # "Как сообщили X в Y, Имя отметила, что …": the person inside speaks, not the source of the report.
    "kak-source-then-person": (
        "Как сообщили агентству в аппарате омбудсмена, Марина Орлова отметила, что права граждан нарушены.",
        [("indirect", "права граждан нарушены", "Марина Орлова")],
    ),
    "kak-source-then-person-direct-after": (
        "Как сообщили в министерстве, Ерлан Касымов подчеркнул, что тарифы не изменятся.\n\n"
        "«Мы будем следить за ценами».",
        [
            ("indirect", "тарифы не изменятся", "Ерлан Касымов"),
            ("direct", "Мы будем следить за ценами", "Ерлан Касымов"),
        ],
    ),
    # A date set off by commas between a postposed verb and its speaker.
    "postposed-verb-weekday-date": (
        "- Экспорт масла вырос вдвое, - заявил в пятницу, 12 мая, вице-губернатор Андрей Морозов.",
        [("direct", "Экспорт масла вырос вдвое", "Андрей Морозов")],
    ),
    "postposed-verb-date-marks": (
        "«Дорогу откроют осенью», – сообщил во вторник, 3 июня, аким района Ерлан Касымов.",
        [("direct", "Дорогу откроют осенью", "Ерлан Касымов")],
    ),
    # "Но в любом случае, отметил X, B": the part after an inserted attribution is the indirect quote.
    "inserted-attribution-indirect": (
        "Министр Сергей Волков выступил в парламенте. Но в любом случае, отметил Волков, "
        "реформа начнется в следующем году.",
        [("indirect", "реформа начнется в следующем году", "Сергей Волков")],
    ),
    # An outlet reporting at the end of a sentence: "…, сообщает Агентство."
    "postposed-outlet": (
        "Экспорт овощей за полгода вырос на 14%, сообщает Вести-Агро.",
        [("indirect", "Экспорт овощей за полгода вырос на 14%", "Вести-Агро")],
    ),
    "postposed-outlet-next-line": (
        "Экспорт овощей за полгода вырос на 14%, сообщает\nAgroNews.",
        [("indirect", "Экспорт овощей за полгода вырос на 14%", "AgroNews")],
    ),
    # "по предварительным данным X": an adjective before the noun.
    "po-adjective-dannym": (
        "По предварительным данным Минэкономики, урожай составит 2 млн тонн.",
        [("indirect", "урожай составит 2 млн тонн", "Минэкономики")],
    ),
    # A listener between the verb and "что": "убеждал губернатора Y, что", "попытался пояснить депутатам, что".
    "chto-after-addressee": (
        "Министр Сергей Волков убеждал губернатора области Андрея Морозова, что денег хватит.",
        [("indirect", "денег хватит", "Сергей Волков")],
    ),
    "chto-after-infinitive": (
        "Депутат Ерлан Касымов попытался пояснить депутатам, что закон не нужен.",
        [("indirect", "закон не нужен", "Ерлан Касымов")],
    ),
    # A quotation filling its line (after a list dash) with a caption line under it.
    "caption-line-under-quotation": (
        "- «Мы готовы принять делегацию осенью. Переговоры уже идут».\nминистр обороны Андрей Морозов, Минобороны",
        [("direct", "Мы готовы принять делегацию осенью. Переговоры уже идут", "Андрей Морозов")],
    ),
    # A closing mark whose opener went to a name in quotation marks: the quotation runs back to the attribution.
    "stray-closing-mark": (
        "Министр Сергей Волков заявил, что порт откроют весной. «Северный путь» - мы готовим его к сезону. "
        "Грузы уже заявлены», - сказал он.",
        [
            ("indirect", "порт откроют весной", "Сергей Волков"),
            ("direct", "«Северный путь» - мы готовим его к сезону. Грузы уже заявлены", "Сергей Волков"),
        ],
    ),
    "stray-closing-mark-over-paragraphs": (
        "Об этом сообщил министр Сергей Волков. «Мы увеличили посевы вдвое.\n\n"
        "Урожая хватит на всю страну», - сказал Сергей Волков.",
        [
            ("direct", "Мы увеличили посевы вдвое.\n\nУрожая хватит на всю страну", "Сергей Волков"),
        ],
    ),
    # A line ending in a colon with no speech verb: a name heading an answer, or "Из поздравления X:".
    "panel-answer-under-name": (
        "Расспросили педагогов о прошедшем учебном годе.\n\nАнна Белова, учитель истории (Казань):\n\n"
        "— Программа стала жестче. Времени на обсуждение почти не осталось.",
        [("direct", "Программа стала жестче. Времени на обсуждение почти не осталось", "Анна Белова")],
    ),
    "words-from-greeting": (
        "Строителям вручили награды.\n\nИз поздравления министра Сергея Волкова:\n\n«Строители работают без выходных.",
        [("direct", "Строители работают без выходных", "Сергей Волков")],
    ),
    "podelilsya-chto": (
        "Директор завода Андрей Морозов поделился, что заказы выросли вдвое.",
        [("indirect", "заказы выросли вдвое", "Андрей Морозов")],
    ),
    # Reported speech inside a direct quote is a quote of its own; "Это говорит о том, что" is not speech.
    "reported-inside-direct": (
        "– Комиссия проверила закон. Андрей Морозов сказал, что нарушений нет. Это говорит о том, что "
        "закон работает, – заявил депутат Сергей Волков.",
        [
            (
                "direct",
                "Комиссия проверила закон. Андрей Морозов сказал, что нарушений нет. Это говорит о том, что "
                "закон работает",
                "Сергей Волков",
            ),
            ("indirect", "нарушений нет", "Андрей Морозов"),
        ],
    ),
    # Organisations and groups as speakers: the adjectives before the noun, a plural person noun after an object.
    "org-with-adjectives": (
        "Цены на гречку снизились на 3%.\n\nЭти данные приводит Северо-Озерская товарно-сырьевая биржа.",
        [("indirect", "Цены на гречку снизились на 3%", "Северо-Озерская товарно-сырьевая биржа")],
    ),
    "plural-people-after-object": (
        "«Не выходите на лед!» – предупреждают горожан спасатели.",
        [("direct", "Не выходите на лед!", "спасатели")],
    ),
    "ob-etom-listener-then-place": (
        "В районе завершили посадку лука.\n\nОб этом корреспонденту агентства «Вести» сообщили в "
        "министерстве водного хозяйства.",
        [("indirect", "В районе завершили посадку лука", "министерство водного хозяйства")],
    ),
    "postposed-verb-discourse-insertion": (
        "Блокады не будет, подчеркнул, в свою очередь, глава МИД Андрей Морозов.",
        [("indirect", "Блокады не будет", "Андрей Морозов")],
    ),
    "parenthetical-impersonal": (
        "Кроме того, отмечается в обращении, закон противоречит конституции.",
        [("indirect", "закон противоречит конституции", "обращение")],
    ),
    # An interview: answers after questions that address the interviewee by name; questions are no quotes.
    "interview-answers": (
        "Директор театра Эгил Бержис ответил на вопросы корреспондента.\n\n– Эгил, что будет с театром?\n\n"
        "– Театр будет работать. Мы готовим премьеру.\n\n– А когда премьера?\n\n– Весной, в апреле.",
        [
            ("direct", "Театр будет работать. Мы готовим премьеру", "Эгил Бержис"),
            ("direct", "Весной, в апреле", "Эгил Бержис"),
        ],
    ),
    # A chain of quotation paragraphs after one attribution: each is a quote of that speaker.
    "chain-of-quotation-paragraphs": (
        "Министр Сергей Волков заявил, что порт откроют весной.\n\n«Работы идут по графику».\n\n"
        "«Грузы уже заявлены».\n\n«Суда придут в мае».",
        [
            ("indirect", "порт откроют весной", "Сергей Волков"),
            ("direct", "Работы идут по графику", "Сергей Волков"),
            ("direct", "Грузы уже заявлены", "Сергей Волков"),
            ("direct", "Суда придут в мае", "Сергей Волков"),
        ],
    ),
    "po-dannym-still-plain": (
        "По данным Госкомпании, добыча выросла на 4%.",
        [("indirect", "добыча выросла на 4%", "Госкомпания")],
    ),
    "postposed-outlet-abbreviation-as-written": (
        "Урожай зерна в области превысил 2 млн тонн, пишет КазТАГ.",
        [("indirect", "Урожай зерна в области превысил 2 млн тонн", "КазТАГ")],
    ),
    # Titles resolved through the article: the office a title names, not the nearest official.
    "head-of-country-named-later": (
        "Глава Узбекистана заявил, что за два года откроют 300 школ.\n\n"
        "В Самарканде Шавкат Мирзиёев осмотрел новую больницу.",
        [("indirect", "за два года откроют 300 школ", "Шавкат Мирзиёев")],
    ),
    "head-of-government-not-governor": (
        "Совещание в Доме правительства провел Михаил Мишустин. Потом слово взял губернатор области "
        "Андрей Морозов.\n\nГлава кабмина сказал, что поддержка села вырастет.",
        [("indirect", "поддержка села вырастет", "Михаил Мишустин")],
    ),
    # The outlet's attribution that closes the sentence is no part of the что-clause.
    "chto-clause-ends-before-closing-outlet": (
        "Композитор Арвид Лейманис заявил, что возглавит жюри фестиваля, пишет портал Ритмика.",
        [("indirect", "возглавит жюри фестиваля", "Арвид Лейманис")],
    ),
    "chto-clause-keeps-a-verb-with-an-object": (
        "Критик Олег Ветров считает, что новый закон, принятый наспех, напоминает заплатку на старом кафтане.",
        [("indirect", "новый закон, принятый наспех, напоминает заплатку на старом кафтане", "Олег Ветров")],
    ),
    # "О том, что …, X заявил": the content opens the sentence, its speaker follows.
    "about-that-then-speaker": (
        "О том, что переговоры о поставках зерна продолжатся, министр Ерлан Касымов сообщил вчера журналистам.",
        [("indirect", "переговоры о поставках зерна продолжатся", "Ерлан Касымов")],
    ),
    "about-that-then-postposed-verb": (
        "Однако о том, что вопрос тарифов поднимался на встрече, сказал депутат Андрей Морозов.",
        [("indirect", "вопрос тарифов поднимался на встрече", "Андрей Морозов")],
    ),
    # A profession is a title: it stands for the person the article is about.
    "profession-noun-resolves": (
        "Астроном Виктор Зорин выступил с новой гипотезой.\n\n"
        "Однако физик полагает, что кометы приносят воду на планеты.",
        [("indirect", "кометы приносят воду на планеты", "Виктор Зорин")],
    ),
    # A name inside the words said is no candidate for their speaker.
    "name-inside-the-quote-is-no-speaker": (
        "Пианист Арвид Лейманис считает, что эстрада стареет. "
        "Когда-то певец Томас Вилкс совершил переворот в музыке, а сейчас таких явлений нет, считает маэстро.",
        [
            ("indirect", "эстрада стареет", "Арвид Лейманис"),
            (
                "indirect",
                "Когда-то певец Томас Вилкс совершил переворот в музыке, а сейчас таких явлений нет",
                "Арвид Лейманис",
            ),
        ],
    ),
    # "«…», — призвал X": an appeal in quotation marks is the speaker's words.
    "appeal-in-marks": (
        "«Отведите технику от границы», — призвал президент Иван Дорошенко.",
        [("direct", "Отведите технику от границы", "Иван Дорошенко")],
    ),
    # "В заявлении X, опубликованном на сайте Y, говорится: «…»": the statement's author speaks, not the site.
    "document-author-before-participial-clause": (
        "В заявлении Олега Сарычева, опубликованном на портале ведомства, говорится: "
        "«Переговоры возможны только после отвода техники».",
        [("direct", "Переговоры возможны только после отвода техники", "Олег Сарычев")],
    ),
    "document-author-chto": (
        "В заявлении Олега Сарычева говорится, что переговоры возможны только после отвода техники.",
        [("indirect", "переговоры возможны только после отвода техники", "Олег Сарычев")],
    ),
    # A verb that acts on an object attributes no quotation marks in its sentence: the outlet reports it all.
    "object-verb-then-outlet-fragment": (
        'Учёные призвали министерство не вносить фонд в реестр "нежелательных", пишет портал Naukainfo.kz.',
        [
            (
                "indirect",
                'Учёные призвали министерство не вносить фонд в реестр "нежелательных"',
                "портал Naukainfo.kz",
            )
        ],
    ),
    # The same words read by two rules (a dash and the quotation marks) are one quote.
    "dash-and-marks-one-quote": (
        "«Это важный шаг для наших стран, — сказал Иван Петров. — Мы хотим, чтобы бизнес работал вместе», "
        "— цитирует слова министра пресс-служба ведомства.",
        [
            ("direct", "Это важный шаг для наших стран", "Иван Петров"),
            ("direct", "Мы хотим, чтобы бизнес работал вместе", "Иван Петров"),
        ],
    ),
    # "«…», – цитирует слова X агентство": a lone surname after a noun of words is the one cited.
    "cited-lone-surname": (
        "«Рекорды ещё впереди», – цитирует слова Гуско агентство Спорт-Инфо.\n\n"
        "Министр отметил, что сборная готова к играм.",
        [("direct", "Рекорды ещё впереди", "Гуско"), ("indirect", "сборная готова к играм", "Гуско")],
    ),
    "cited-declined-surname": (
        "«Рекорды ещё впереди», – цитирует слова Варламова агентство.",
        [("direct", "Рекорды ещё впереди", "Варламов")],
    ),
    # A pronoun whose gender no named person has: the name's gender was misread, the current speaker is meant.
    "pronoun-of-a-misread-foreign-name": (
        "К таким режимам следует относиться с осторожностью, отмечает профессор Доминик Ламбер. "
        "Однако не стоит забывать об общих интересах, считает она.",
        [
            ("indirect", "К таким режимам следует относиться с осторожностью", "Доминик Ламбер"),
            ("indirect", "Однако не стоит забывать об общих интересах", "Доминик Ламбер"),
        ],
    ),
    "pronoun-after-a-woman-noun-is-not-the-speaker": (
        "Инспектор Олег Дымов рассказал, что задержал курьера. Деньги курьер забрал у девушки 23 лет. "
        "Её обманули мошенники. Она рассказала, что дома хранятся сбережения семьи.",
        [("indirect", "задержал курьера", "Олег Дымов"), ("indirect", "дома хранятся сбережения семьи", "Она")],
    ),
    # "Такой позиции придерживается X", "X придерживается мнения, что …".
    "such-an-opinion-holds": (
        "Рынок зерна будет расти. Такой позиции придерживается аналитик Олег Ветров.",
        [("indirect", "Рынок зерна будет расти", "Олег Ветров")],
    ),
    "holds-the-opinion-that": (
        "Аналитик Олег Ветров придерживается мнения, что рынок зерна будет расти.",
        [("indirect", "рынок зерна будет расти", "Олег Ветров")],
    ),
    # A capital or a country before the verb speaks for its government.
    "capital-speaks": (
        "Варшава уже предупредила, что заблокирует проекты соседей.",
        [("indirect", "заблокирует проекты соседей", "Варшава")],
    ),
    # "сообщил, что A: «B»": the что-clause ends at the colon, the quotation is direct.
    "chto-then-colon-quotation": (
        "Начальник штаба Иван Лисовой сообщил, что военные провели 17 учений: «Три – дома, 14 – за рубежом».",
        [
            ("indirect", "военные провели 17 учений", "Иван Лисовой"),
            ("direct", "Три – дома, 14 – за рубежом", "Иван Лисовой"),
        ],
    ),
    # An abbreviation in brackets between a title and the name.
    "abbreviation-between-title-and-name": (
        "Рост продолжится. Об этом заявил руководитель Службы погоды (СП) Давид Гелашвили.",
        [("indirect", "Рост продолжится", "Давид Гелашвили")],
    ),
    # "член" is a title: "заявление члена суда X" names X.
    "member-is-a-title": (
        "«Нужны новые шаги», — приводится в докладе комиссии заявление члена палаты Сабольча Немеша.",
        [("direct", "Нужны новые шаги", "Сабольч Немеш")],
    ),
    # A participle of another number than the source's verb opens the quote.
    "kak-then-participle-of-the-content": (
        "Как сообщает представитель компании, принятые диспетчерами вызовы передавались автоматически, "
        "а затем проверялись вручную.",
        [
            (
                "indirect",
                "принятые диспетчерами вызовы передавались автоматически, а затем проверялись вручную",
                "представитель компании",
            )
        ],
    ),
    # "Вопреки заявлениям X о том, что A, B": the statement's author in the genitive; A ends before the main clause.
    "statement-of-author-about-that": (
        "Отряд вернулся на базу. Вопреки заявлениям штаба о том, что командир ранен и лежит в госпитале, "
        "он встретил бойцов сам. Врач сказал, что командир здоров.",
        [
            ("indirect", "командир ранен и лежит в госпитале", "штаб"),
            ("indirect", "командир здоров", "Врач"),
        ],
    ),
    # "сделал вывод, что", "пришла к выводу, что": a conclusion its subject states.
    "made-a-conclusion": (
        "Изучив отчёты, аудитор Олег Ветров сделал вывод, что склад работал в убыток.",
        [("indirect", "склад работал в убыток", "Олег Ветров")],
    ),
    "came-to-a-conclusion": (
        "Комиссия пришла к выводу, что пожар начался из-за проводки.",
        [("indirect", "пожар начался из-за проводки", "Комиссия")],
    ),
    "interviewer-meets-an-expert": (
        "Мы встретились с экологом Анной Серовой, которая считает, что озеро удастся спасти.",
        [("indirect", "озеро удастся спасти", "Анна Серова")],
    ),
    "colon-after-a-dative-is-content": (
        "Министр Ерлан Касымов заявил журналистам: рост цен на хлеб продолжится и в следующем году.",
        [("indirect", "рост цен на хлеб продолжится и в следующем году", "Ерлан Касымов")],
    ),
    # "по свидетельству X", "по признанию X": the same attribution as "по словам X".
    "po-svidetelstvu": (
        "По свидетельству одного из руководителей союза Степана Жарова, из союза вышли около 300 человек.",
        [("indirect", "из союза вышли около 300 человек", "Степан Жаров")],
    ),
    "po-priznaniyu": (
        "По признанию Веры Соколовой, выставка окупилась за месяц.",
        [("indirect", "выставка окупилась за месяц", "Вера Соколова")],
    ),
    # An opinion held through a verb of phase: "продолжает придерживаться мнения, что".
    "phase-verb-holds-an-opinion": (
        "Олжас Бекетов продолжает придерживаться мнения, что порт нужно расширять.",
        [("indirect", "порт нужно расширять", "Олжас Бекетов")],
    ),
    # A quotation set as a block under an attribution that ends in a colon, its marks left out.
    "colon-paragraph": (
        "Адвокат Олжас Беков попросил суд о снисхождении и заявил:\n\n"
        "Мой подзащитный раскаялся и готов возместить ущерб полностью.",
        [("direct", "Мой подзащитный раскаялся и готов возместить ущерб полностью", "Олжас Беков")],
    ),
    "colon-paragraph-runs-on-in-the-voice": (
        "Позже Арман Тулеев написал на своей странице:\n\nЯ ухожу из команды после этого сезона.\n\n"
        "Я благодарен всем, с кем мы работали эти годы.\n\nСезон начнётся в мае.",
        [
            (
                "direct",
                "Я ухожу из команды после этого сезона.\n\nЯ благодарен всем, с кем мы работали эти годы",
                "Арман Тулеев",
            )
        ],
    ),
    "colon-paragraph-first-person-no-speech-verb": (
        "Прокурор, признав вину незначительной, просил суд о штрафе:\n\n"
        "Я прошу назначить наказание в виде штрафа в сто тысяч рублей.",
        [("direct", "Я прошу назначить наказание в виде штрафа в сто тысяч рублей", "Прокурор")],
    ),
    "colon-paragraph-after-a-chto-clause": (
        "В полиции уточнили, что Артём Дронов задержан в Омске:\n\n"
        "Он является исполнителем нападения, его доставят в Москву.",
        [
            ("indirect", "Артём Дронов задержан в Омске", "полиция"),
            ("direct", "Он является исполнителем нападения, его доставят в Москву", "полиция"),
        ],
    ),
    # "«…», — эти слова X, сказанные …, цитирует агентство": the words are X's.
    "words-of-cited-by-an-agency": (
        "«Главное в короткой схеме то, что экипаж не успевает устать», — эти слова командира корабля "
        "Павла Громова, сказанные им накануне полета, цитирует агентство.",
        [("direct", "Главное в короткой схеме то, что экипаж не успевает устать", "Павел Громов")],
    ),
    "po-ego-slovam-without-comma": (
        "Актер Иван Карпов снялся в сорока фильмах. По его словам он доволен своей работой.",
        [("indirect", "он доволен своей работой", "Иван Карпов")],
    ),
    "words-of-x-about-that": (
        "Президент Ирана Хасан Рухани выступил в Тегеране. Агентства привели слова Хасана Рухани о том, что "
        "переговоры продолжатся.",
        [("indirect", "переговоры продолжатся", "Хасан Рухани")],
    ),
    "imperfective-zamechat-splits-a-quotation": (
        "«Артист должен говорить со зрителем, — замечает Олег Лавров. — Мои герои лучше меня»",
        [
            ("direct", "Артист должен говорить со зрителем", "Олег Лавров"),
            ("direct", "Мои герои лучше меня", "Олег Лавров"),
        ],
    ),
    # A coordinated verb shares the subject of the first, not a name inside the first что-clause.
    "coordinated-verb-keeps-its-subject": (
        "Губернатор Ринат Абаев напомнил, что Олжас Сеитов был вовлечен в кризис, и добавил, что работа продолжится.",
        [
            ("indirect", "Олжас Сеитов был вовлечен в кризис", "Ринат Абаев"),
            ("indirect", "работа продолжится", "Ринат Абаев"),
        ],
    ),
    # "объяснил тем, что …" right after the verb; the title before it speaks, not the fronted object.
    "explained-by-that": (
        "Папа Римский Бенедикт XVI объявил об отставке. Своё решение понтифик объяснил тем, что силы "
        "не позволяют ему служить.",
        [("indirect", "силы не позволяют ему служить", "Бенедикт XVI")],
    ),
    # The person who issued the document a source phrase names speaks through it.
    "document-issued-by-a-person": (
        "Брифинг провел прокурор Эрик Доусон. Еще трое задержаны в Риге, говорится в заявлении, выпущенном Доусоном.",
        [("indirect", "Еще трое задержаны в Риге", "Эрик Доусон")],
    ),
    # A headline quotes an organisation or a group named before its colon.
    "headline-organisation": (
        "Минтранс: новые правила вступят в силу в марте\n\nВедомство подготовило проект.",
        [("direct", "новые правила вступят в силу в марте", "Минтранс")],
    ),
    # The colon ends the content of a что-clause, not an attribution: the next paragraph is no quote.
    "colon-ends-a-chto-clause": (
        "Министр подчеркнул, что требование о масках распространяется на:\n\n"
        "Это требование обязательно для медиков во всех клиниках.",
        [("indirect", "требование о масках распространяется на", "Министр")],
    ),
    "headline-group": (
        "Эксперты: зима будет теплой\n\nПрогноз опубликован вчера.",
        [("direct", "зима будет теплой", "Эксперты")],
    ),
    # A post embedded from a social network: its text above the signature, its author a person of the article.
    "embedded-post-latin-signature": (
        "Министр Рустам Зияев ответил критикам.\n\nOur roads will be ready before winter!\n\n"
        "— Rustam Ziyaev (@rziyaev)\n\n12 октября 2023 г.",
        [("direct", "Our roads will be ready before winter!", "Рустам Зияев")],
    ),
    "embedded-post-handle-inside": (
        "Команда выиграла.\n\nПервый мяч\n\n@FCVostok\n\nзабил Ильдар Галиев!\n\npic.twitter.com/AbCd\n\n"
        "— ФК Восток (@FCVostok)",
        [("direct", "Первый мяч\n\n@FCVostok\n\nзабил Ильдар Галиев!", "ФК Восток")],
    ),
    "embedded-post-publication": (
        "Вратарь Павел Сухов поблагодарил болельщиков.\n\nСпасибо всем!!! #победа\n\n"
        "Публикация от Pavel Sukhov (@suhov1)",
        [("direct", "Спасибо всем!!! #победа", "Павел Сухов")],
    ),
    # A block quotation may hold a name in quotation marks; the colon line may name the words, not a speech verb.
    "colon-paragraph-with-a-quoted-name": (
        "Депутат Канат Мусин обратился к делегатам:\n\n"
        "Мы предлагаем выдвинуть кандидатом партии «Новый путь» нашего председателя.",
        [("direct", "Мы предлагаем выдвинуть кандидатом партии «Новый путь» нашего председателя", "Канат Мусин")],
    ),
    "colon-paragraph-following-words": (
        "После назначения Руслан Жаков поблагодарил губернатора следующими словами:\n\n"
        "Благодарю за доверие, приложу все силы, чтобы оправдать его.",
        [("direct", "Благодарю за доверие, приложу все силы, чтобы оправдать его", "Руслан Жаков")],
    ),
    "colon-paragraph-document-speaks": (
        "В сообщении министерства, выпущенном в пятницу, говорится:\n\n"
        "Работы на трассе продлятся до конца месяца. Водителей просят выбирать объезды.",
        [
            (
                "direct",
                "Работы на трассе продлятся до конца месяца. Водителей просят выбирать объезды",
                "сообщение министерства",
            )
        ],
    ),
    # With no speech verb, the subject of the colon's sentence speaks, not a name after its verb.
    "colon-paragraph-subject-not-object": (
        "Мэр Алматы Ерлан Досаев наградил врача Айгуль Серикову. Мэр назвал её так:\n\n"
        "Это наш лучший доктор, я горжусь такими людьми.",
        [("direct", "Это наш лучший доктор, я горжусь такими людьми", "Ерлан Досаев")],
    ),
    # An object fronted before the verb is no subject when it does not agree with it.
    "fronted-plural-object": (
        "Впечатления от встречи резюмировал журналист Марат Ахметов:\n\nРазговор получился долгим и честным.",
        [("direct", "Разговор получился долгим и честным", "Марат Ахметов")],
    ),
    # Backward attribution by "Это" and by a topic right after the lede; a body no table lists speaks.
    "this-said-by": (
        "Спортсменка завершила карьеру.\n\nЭто сообщила её мать Дана Серикова.",
        [("indirect", "Спортсменка завершила карьеру", "Дана Серикова")],
    ),
    "topic-after-the-lede": (
        "На трассе под Омском столкнулись два автобуса.\n\nО происшествии сообщила полиция региона.",
        [("indirect", "На трассе под Омском столкнулись два автобуса", "полиция региона")],
    ),
    "ob-etom-unlisted-body": (
        "Завод остановили на ремонт. Об этом сообщила инспекция труда.",
        [("indirect", "Завод остановили на ремонт", "инспекция труда")],
    ),
    # A headline glued to a first sentence opening with a date: an abbreviation is no glued word.
    "ob-etom-abbreviation-in-the-lede": (
        "3 мая умер Павел Лунин — основатель компании ЭКОС Михаила Лунина. Об этом сообщила Ольга Лунина.",
        [
            (
                "indirect",
                "3 мая умер Павел Лунин — основатель компании ЭКОС Михаила Лунина",
                "Ольга Лунина",
            )
        ],
    ),
    # A title whose nominative is another word (``политика``) is no subject in the genitive.
    "genitive-title-is-no-subject": (
        "Повстанцы, сообщившие о смерти политика утром, утверждают, что он ехал в столицу.",
        [("indirect", "он ехал в столицу", "Повстанцы")],
    ),
    # the words of a party's name in quotation marks name nobody: the party speaks
    "party-name-in-marks": (
        "«Мы поддержим законопроект», — заявили в партии «Зеленые люди».",
        [("direct", "Мы поддержим законопроект", "партия «Зеленые люди»")],
    ),
    # a name with two surnames: the first alone, or both without the first names, is the same person
    "two-surnames-first-alone": (
        "Президент Венесуэлы Николас Мадуро Морос выступил в парламенте.\n\n«Мы не отступим», — сказал Мадуро.",
        [("direct", "Мы не отступим", "Николас Мадуро Морос")],
    ),
    "two-surnames-without-first-names": (
        "Андрес Мануэль Лопес Обрадор прибыл в Мадрид.\n\n«Переговоры прошли хорошо», — отметил Лопес Обрадор.",
        [("direct", "Переговоры прошли хорошо", "Андрес Мануэль Лопес Обрадор")],
    ),
    # an organisation's name goes on through its "по" phrase; "по итогам" says when, not what it is for
    "organisation-po-phrase": (
        "Первый абзац.\n\nТарифы в будущем году вырастут на пять процентов, заявили в Комитете по регулированию "
        "естественных монополий.",
        [("indirect", "Тарифы в будущем году вырастут на пять процентов",
          "Комитет по регулированию естественных монополий")],
    ),
    "organisation-po-adverbial": (
        "Первый абзац.\n\nТарифы в будущем году вырастут на пять процентов, сообщил Минтранс по итогам совещания.",
        [("indirect", "Тарифы в будущем году вырастут на пять процентов", "Минтранс")],
    ),
    # a participle with its own phrase before the noun of the source: the noun speaks
    "participle-before-source": (
        "Первый абзац.\n\nЦены на зерно в регионе выросли на треть, говорится в поступившем в редакцию документе.",
        [("indirect", "Цены на зерно в регионе выросли на треть", "документ")],
    ),
    # a post's hashtags on lines of their own belong to it, a line of punctuation does not
    "embedded-post-hashtag-lines": (
        "Взрыв прогремел у рынка.\nFirst photos from the market\n#Jableh\n#Syria\n.\npic.twitter.com/AbCdEf\n"
        "— John Smith (@jsmith)\n5 января 2017 г.",
        [("direct", "First photos from the market\n#Jableh\n#Syria", "John Smith")],
    ),
    # an interview whose questions address nobody by name: the answers are the person introduced before it;
    # a question may end with a remark, a dash may be the horizontal bar, and a line drawn from the answers
    # stands above the questions
    "interview-introduced-person": (
        "Своими ожиданиями от сезона поделился тренер Игорь Мельников.\n"
        "«Мы готовы ко всему»\n"
        "― Матч перенесли на пятницу. Насколько это правильно? Ведь клубы в Европе играют чаще.\n"
        "― Так решили, чтобы сберечь силы игроков. Я считаю это нормальным.\n"
        "― Чего вы ждете от новичков?\n"
        "― Уверен, они быстро освоятся в команде.",
        [
            ("direct", "Мы готовы ко всему", "Игорь Мельников"),
            ("direct", "Так решили, чтобы сберечь силы игроков. Я считаю это нормальным", "Игорь Мельников"),
            ("direct", "Уверен, они быстро освоятся в команде", "Игорь Мельников"),
        ],
    ),
    # "судя по рассказу X" attributes like "по словам X"; "как поведала X" inserted mid-sentence
    "sudya-po-rasskazu": (
        "Пресс-секретарь суда Анна Белова выступила на брифинге.\n\nСудя по рассказу Беловой, "
        "следствие изучило переписку обвиняемых.",
        [("indirect", "следствие изучило переписку обвиняемых", "Анна Белова")],
    ),
    "kak-povedala": (
        "Из склада, как поведала представитель полиции Анна Белова, были изъяты оружие и рации.",
        [("indirect", "были изъяты оружие и рации", "Анна Белова")],
    ),
    # a movement's spokesman named with one title, then called by another
    "spokesman-titles-link": (
        "Представитель движения Ахмад Карими сообщил о потерях. Губернатор провинции Олег Лис осудил нападение. "
        "Позже спикер движения заявил, что противник отступил.",
        [("indirect", "противник отступил", "Ахмад Карими")],
    ),
    # "Об этом …" after a sentence that names its speaker with a что-clause: the что-clause stands
    "ob-etom-after-own-attribution": (
        "Премьер-министр Мария Ковальчук заявила, что переговоры продолжатся. Об этом глава правительства "
        "рассказала в парламенте. Она также сообщила, что визит состоится весной.",
        [
            ("indirect", "переговоры продолжатся", "Мария Ковальчук"),
            ("indirect", "визит состоится весной", "Мария Ковальчук"),
        ],
    ),
    # "В Кремле заявили, что …. Об этом сказал Имя Фамилия": the named person speaks for the place
    "ob-etom-names-the-person": (
        "Первая строка.\n\nВ министерстве заявили, что не будут комментировать слухи о реформе.\n\n"
        "Об этом журналистам сказал пресс-секретарь министерства Олег Сидоров.",
        [("indirect", "В министерстве заявили, что не будут комментировать слухи о реформе", "Олег Сидоров")],
    ),
    # an apposition set off by dashes between the subject and the verb names someone else
    "dash-aside-before-verb": (
        "Иван Коваль — советник президента Шевченко — сообщил журналистам, что переговоры начнутся.",
        [("indirect", "переговоры начнутся", "Иван Коваль")],
    ),
    # "Отмечается, что …" with no source right after a document quoted: the document goes on
    "impersonal-goes-on-with-document": (
        "«Средства распределены между регионами», — говорится в сообщении правительства.\n"
        "Отмечается, что выплаты начнутся в январе.",
        [
            ("direct", "Средства распределены между регионами", "сообщение правительства"),
            ("indirect", "выплаты начнутся в январе", "сообщение правительства"),
        ],
    ),
    # a Latin name after a plural speaker is their organisation's
    "group-with-latin-organisation": (
        "По оценке аналитиков Morgan Stanley, спрос на медь вырастет.",
        [("indirect", "спрос на медь вырастет", "аналитики Morgan Stanley")],
    ),
    # a person named in the nominative right before the colon of a quotation, with no speech verb
    "name-right-before-colon": (
        "С ней согласен и аналитик Олег Волков: «Снижение ставки неизбежно».",
        [("direct", "Снижение ставки неизбежно", "Олег Волков")],
    ),
    # a title before a quoted company name attaches to the name after it ("«Спецстроя»" is no verb)
    "title-with-quoted-company": (
        "«Решение принято», – пояснил вице-президент «Спецстроя» Олег Гринев. «Работы хватит», – заключил "
        "вице-президент «Спецстроя».",
        [("direct", "Решение принято", "Олег Гринев"), ("direct", "Работы хватит", "Олег Гринев")],
    ),
    # a fragment in quotation marks inside a что-clause stays part of the one indirect quote
    "fragment-inside-chto-clause": (
        "Министр Олег Гринев уточнил, что участники платили «не за участие, а за документы».",
        [("indirect", "участники платили «не за участие, а за документы»", "Олег Гринев")],
    ),
    # "говорится в его телеграмме": the one the pronoun stands for
    "possessive-document": (
        "Команду поздравил губернатор Олег Гринев. «Вами гордится вся область», — говорится в его телеграмме.",
        [("direct", "Вами гордится вся область", "Олег Гринев")],
    ),
    # clergy and monarchs are named by one name after their title
    "one-name-after-title": (
        "Патриарх Кирилл заявил, что мир важен. «Молитесь», — сказал схиархимандрит Илий.",
        [("indirect", "мир важен", "Кирилл"), ("direct", "Молитесь", "Илий")],
    ),
    "mentioned-that": (
        "Местный священник упомянул, что гость приехал издалека.",
        [("indirect", "гость приехал издалека", "священник")],
    ),
}

NOT_QUOTES = {
    "chain-without-attribution": "Порт откроют весной.\n\n«Работы идут по графику».\n\n«Грузы уже заявлены».",
    "dialogue-without-addressed-question": (
        "Мы приехали в село.\n\n– А как вы определяете, что начнется паводок?\n\n– Никак. Сами здесь живем второй год."
    ),
    "author-we-wrote": "Ранее мы писали, что в области откроют новую школу.",
    "first-person-said": "Я говорил о том, что мэр отвечает за город.",
    "dash-list-under-colon-no-speaker": (
        "Фестиваль завершился в воскресенье.\nГлавные призы достались:\n"
        "– Гран-при – фильму «Зимний сад», режиссёр Анна Белова\n"
        "– Приз зрителей – фильму «Дорога», режиссёр Андрей Морозов"
    ),
    "dash-list-semicolons": (
        "Администрация утвердила сборы.\nТак, плата за стоянку составит:\n"
        "- для легковых машин — 60 рублей;\n- для грузовых машин — 90 рублей."
    ),
    "caption-line-is-a-sentence": "«Мы готовы принять делегацию».\nВ переговорах участвовал Андрей Морозов.",
    "author-own-estimate": "В целом, по моей оценке, 70% гостей были студентами.",
    "outlet-reports-an-attribution": "Подробности озвучил министр Андрей Морозов, пишет Агроинформ.",
    "nobody-said": "Андрей Морозов издал роман. Никто из зрителей не полагал, что в его основе лежит личный опыт.",
    "nobody-claimed": "При этом никто пока не заявлял, что сделка сорвана.",
    "a-thing-indicates": "Андрей Морозов выступил на форуме. Это говорит о том, что рынок зерна растёт.",
    "much-in-it-indicates": (
        "Андрей Морозов выступил на форуме. Однако многое в его докладе говорит о том, что рынок растёт."
    ),
    "credit-line-before-ob-etom": "Ерлан Касымов выиграл турнир.\n\nТАСС\n\nОб этом рассказал его тренер.",
    "author-among-those-who": (
        "Я отношусь к тем немногим экономистам, которые полагают, что кризис уже позади."
    ),
    "author-one-of-those-who": "Я из тех, кто считает, что реформа запоздала.",
    "a-conclusion-one-can-draw": "Из этого можно сделать вывод, что реформа запоздала.",
    "interview-introduction": (
        "На вопросы корреспондента о том, как приход ведет работу, отвечает настоятель Иоанн Светлов."
    ),
    # A headline whose words before the colon are no title: "Не день Иванова:" quotes no one.
    "headline-phrase-ending-in-a-name": "Не день Кулагина: команда проиграла финал\n\nМатч прошёл в субботу.",
    "headline-label": "Исследование: рынок жилья растёт\n\nФото: пресс-служба банка",
    "watch-over-what-is-said": "Министр призвал следить за тем, что говорится в эфире.",
    "headline-country-topic": "Алжир: стабилизация оказалась непрочной\n\nВ стране прошли выборы.",
    "headline-label-without-a-verb": "Вратари: Иванов – Петров\n\nМатч прошёл в субботу.",
    "topic-deep-in-the-article": (
        "Суд арестовал Павла Лунина.\n\nВ 2010 году его уже задерживали.\n\nО нынешнем аресте сообщили СМИ."
    ),
    "this-indicates-about": "Цены выросли на 5%. Это говорит о росте спроса.",
    "colon-lists-the-object": (
        "Стороны отметили три направления работы: транспортное, энергетическое и аграрное."
    ),
    # one question in dash paragraphs is no interview
    "one-dash-question": (
        "Тренер Игорь Мельников провел сбор.\n— Кто виноват? Никто не знает.\n— Команда сыграет в пятницу."
    ),
    "impersonal-with-no-document-before": "Министр выступил на форуме.\nОтмечается, что выплаты начнутся в январе.",
}


@pytest.mark.parametrize("text", list(NOT_QUOTES.values()), ids=list(NOT_QUOTES))
def test_not_quotes(text: str) -> None:
    """The author's own voice and an outlet reporting an attribution are no quotes."""
    assert quotes_of(text) == []


@pytest.mark.parametrize(("text", "expected"), list(EXAMPLES.values()), ids=list(EXAMPLES))
def test_unseen_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each pattern gives the quotes and speakers the guidelines ask for."""
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text", ["В Жогорку Кенеше обсудили новый бюджет.", "Депутаты Олий Мажлиса собрались."])
def test_parliament_names_are_no_persons(text: str) -> None:
    """A parliament's name (two capitalised words) is not read as a person, so no pronoun goes to it."""
    from kzaz_corpus.stages.names import find_persons

    assert find_persons(text) == ()
