"""Statements made, opinions after a quotation, colons that go on for a speaker, and titles that rule a person out."""

from __future__ import annotations

import pytest

from kzaz_corpus import Article

from .test_quotes_reports import quotes_of

EXAMPLES = {
    # Verbs of joking, hinting and asking attribute like any speech verb.
    "joked-that": (
        "Актёр Иван Петров пошутил, что пришёл на работу с собакой, а ушёл с медведем.",
        [("indirect", "пришёл на работу с собакой, а ушёл с медведем", "Иван Петров", "chto")],
    ),
    "hinted-that": (
        "Министр Иван Петров намекнул, что ставку снижать не будут.",
        [("indirect", "ставку снижать не будут", "Иван Петров", "chto")],
    ),
    "asked-in-marks": (
        "«Когда откроют мост?» — поинтересовался депутат Иван Петров.",
        [("direct", "Когда откроют мост?", "Иван Петров", "marks-after")],
    ),
    # A statement made, with its content in a что-clause.
    "made-a-statement": (
        "Министр связи Олжас Кенжебаев сделал заявление о том, что тарифы заморозят.",
        [("indirect", "тарифы заморозят", "Олжас Кенжебаев", "statement-chto")],
    ),
    "came-out-with-a-statement": (
        "Вчера судья Дана Ержанова выступила с заявлением, что процесс будет открытым.",
        [("indirect", "процесс будет открытым", "Дана Ержанова", "statement-chto")],
    ),
    "limited-to-a-statement": (
        "Пресс-секретарь Вадим Ержанов сегодня ограничился заявлением, что состав утвердят позже.",
        [("indirect", "состав утвердят позже", "Вадим Ержанов", "statement-chto")],
    ),
    "refuted-a-claim-is-not-theirs": ("Экономисты опровергли утверждение, что цены вырастут.", []),
    # "и др." before a capital ends the sentence: the next one has its own attribution.
    "etc-ends-sentence": (
        "По его словам, войдут компании Zetta, Fennia и др. Директор Матвей Орлов подтверждает, что приглашения "
        "разосланы.",
        [
            # no one is named before "его": the person named right after it is taken
            ("indirect", "войдут компании Zetta, Fennia и др.", "Матвей Орлов", "po-slovam"),
            ("indirect", "приглашения разосланы", "Матвей Орлов", "chto"),
        ],
    ),
    "repeated-a-thought": (
        "Глава фонда Ерлан Сатпаев повторил мысль о том, что вклады застрахованы.",
        [("indirect", "вклады застрахованы", "Ерлан Сатпаев", "chto")],
    ),
    # A backward attribution with an adjective, and an outlet after it: the attribution is no quote.
    "backward-with-adjective": (
        "Склады откроют к зиме. С таким резким заявлением в Актау выступил аким Тимур Оспанов, сообщает "
        "агентство.",
        [("indirect", "Склады откроют к зиме", "Тимур Оспанов", "ob-etom")],
    ),
    # An opinion verb right after a quotation attributes it.
    "opinion-after-quotation": (
        "«Рынок жилья оживёт к весне», — считает экономист Асель Нурова.",
        [("direct", "Рынок жилья оживёт к весне", "Асель Нурова", "marks-after")],
    ),
    "opinion-in-dash-dialogue": (
        "Экономист Асель Нурова ответила на вопросы.\n– Рынок жилья оживёт к весне, – уверена она.",
        [("direct", "Рынок жилья оживёт к весне", "Асель Нурова", "dash")],
    ),
    # "Слова X: «…»" and a quotation after a colon that goes on for the speaker of the paragraph before.
    "words-of-before-colon": (
        "Слова Марата Искакова из интервью: «Через десять лет здесь будет новый город с парками».",
        [("direct", "Через десять лет здесь будет новый город с парками", "Марат Искаков", "marks-colon")],
    ),
    "colon-goes-on-for-speaker": (
        "Профессор Марат Искаков сказал, что проект устарел.\n"
        "Поэтому его вывод прост: «Строить такие мосты сегодня уже никто не станет».",
        [
            ("indirect", "проект устарел", "Марат Искаков", "chto"),
            ("direct", "Строить такие мосты сегодня уже никто не станет", "Марат Искаков", "marks-colon"),
        ],
    ),
    # Bloggers and eyewitnesses are speakers, even after a participle.
    "bloggers-report": (
        "Освещающие акцию блогеры сообщили, что мост закрыт.",
        [("indirect", "мост закрыт", "блогеры", "chto")],
    ),
    "eyewitness": ("– Мост закрыт, – рассказал очевидец.", [("direct", "Мост закрыт", "очевидец", "dash")]),
    # "не исключил, что": an opinion under negation only.
    "did-not-rule-out": (
        "Министр Олжас Кенжебаев не исключил, что тарифы заморозят.",
        [("indirect", "тарифы заморозят", "Олжас Кенжебаев", "chto")],
    ),
    "ruled-out-is-no-opinion": ("Комиссия исключила, что пожар был поджогом.", []),
    "in-the-sense-that": (
        "Аким Тимур Оспанов высказался в том смысле, что дороги отремонтируют.",
        [("indirect", "дороги отремонтируют", "Тимур Оспанов", "chto")],
    ),
    # "Как сообщил X, «…»": the quotation is direct speech.
    "as-said-then-quotation": (
        "Как сообщил А. Жумабаев, «работы завершат до конца года».",
        [("direct", "работы завершат до конца года", "А. Жумабаев", "kak")],
    ),
    # A second speech verb in the sentence ends the что-clause before it: of the same subject or of a new one.
    "but-admitted-that": (
        "Министр Олжас Кенжебаев отметил, что тарифы сохранят, но признал, что срок пока неясен.",
        [
            ("indirect", "тарифы сохранят", "Олжас Кенжебаев", "chto"),
            ("indirect", "срок пока неясен", "Олжас Кенжебаев", "chto"),
        ],
    ),
    "while-another-noted-that": (
        "Посол Дана Ержанова заявила, что визит откладывается, а глава МИДа Тимур Оспанов отметил, что даты обсудят.",
        [
            ("indirect", "визит откладывается", "Дана Ержанова", "chto"),
            ("indirect", "даты обсудят", "Тимур Оспанов", "chto"),
        ],
    ),
    "but-did-not-say": (
        "Директор Арман Жаксылыков подтвердил, что завод продан, но не сообщил, кому именно.",
        [("indirect", "завод продан", "Арман Жаксылыков", "chto")],
    ),
    # A quotation filling its paragraph, attributed on the next line that opens with the verb in lower case.
    "next-line-verb-no-dash": (
        "«Мы продолжим работу в том же составе и с теми же целями».\nзаявил после встречи аким Тимур Оспанов.",
        [("direct", "Мы продолжим работу в том же составе и с теми же целями", "Тимур Оспанов", "marks-own-line")],
    ),
    # A name after an organisation noun is its owner: the organisation speaks.
    "press-service-of-a-surname": (
        "Пресс-служба Оспанова заявила, что встреча прошла успешно.",
        [("indirect", "встреча прошла успешно", "Пресс-служба Оспанова", "chto")],
    ),
    # "приводит его агентство": the one cited is the person the pronoun stands for.
    "cites-him": (
        "Депутат Айдын Мамедов выступил в парламенте. «Отношения находятся на высоком уровне», — приводит его "
        "агентство.",
        [("direct", "Отношения находятся на высоком уровне", "Айдын Мамедов", "marks-cited")],
    ),
    # An accusation reports what the accuser says.
    "accused-of-that": (
        "Премьер Юхан Лехтинен обвинил корпорацию в том, что она разрушила рынок труда.",
        [("indirect", "она разрушила рынок труда", "Юхан Лехтинен", "chto")],
    ),
    "parting-words": (
        "«Никогда не загоняйте соперника в угол», — напутствовал участников предприниматель Ерлан Сатпаев.",
        [("direct", "Никогда не загоняйте соперника в угол", "Ерлан Сатпаев", "marks-after")],
    ),
    # A Latin word before a name in Cyrillic is no part of it: "банка Nordea Налле Валруса".
    "latin-word-before-name": (
        "Премьер согласился со словами главы банка Fennia Тапио Маттссона, который заявил, что спрос упал.",
        [("indirect", "спрос упал", "Тапио Маттссон", "chto")],
    ),
    # "Об этом говорится в статье X": the author of the document speaks.
    "article-of-author": (
        "Марат Искаков предложил заморозить тарифы. Об этом говорится в статье Искакова, опубликованной в газете.",
        [("indirect", "Марат Искаков предложил заморозить тарифы", "Марат Искаков", "ob-etom")],
    ),
    # A negated speech verb in reported content attributes nothing: the outlet reports the sentence.
    "negated-verb-in-content": (
        "Депутат не указал, кого именно он имеет в виду, пишет агентство.",
        [("indirect", "Депутат не указал, кого именно он имеет в виду", "агентство", "postposed")],
    ),
    "inserted-attribution-by-a-noun": (
        "Реформа судов, заметил оппозиционер, была проведена наспех.",
        [("indirect", "была проведена наспех", "оппозиционер", "parenthetical")],
    ),
    # A comma right after "что" opens no quote.
    "comma-after-chto": (
        "Спикер Джефф Ланкастер заявил, что, несмотря на усилия, сдвигов пока нет.",
        [("indirect", "несмотря на усилия, сдвигов пока нет", "Джефф Ланкастер", "chto")],
    ),
    # More impersonal reflexive verbs with a source: "утверждалось", "уточняется".
    "impersonal-claimed-in-article": (
        "В статье газеты «Вечер» утверждалось, что проверку провели формально.",
        [("indirect", "проверку провели формально", "статья газеты «Вечер»", "chto")],
    ),
    # A question about an opinion attributes nothing: the speech verb after it does.
    "question-about-opinion": (
        "На вопрос о том, считает ли он, что рынок растёт, министр Ерлан Сатпаев сказал, что спрос стабилен.",
        [("indirect", "спрос стабилен", "Ерлан Сатпаев", "chto")],
    ),
    # A surname alone, the subject of a verb, names the same person in a headline.
    "headline-of-a-titled-surname": (
        "Лундквист: рынок жилья «скорее всего» восстановится к осени\n"
        "В понедельник президент Лундквист заявил, что рынок восстановится.",
        [
            ("direct", "рынок жилья «скорее всего» восстановится к осени", "Лундквист", "headline"),
            ("indirect", "рынок восстановится", "Лундквист", "chto"),
        ],
    ),
    # A body's headline states with no verb too: a dash between subject and predicate, or a figure.
    "headline-of-a-body-with-a-dash": (
        "УЕФА: Модрич — лучший игрок сезона\nГолосование прошло в Ницце.",
        [("direct", "Модрич — лучший игрок сезона", "УЕФА", "headline")],
    ),
    "headline-of-a-body-with-a-figure": (
        "Минздрав: за неделю 412 новых случаев\nДанные опубликованы в пятницу.",
        [("direct", "за неделю 412 новых случаев", "Минздрав", "headline")],
    ),
    # An abbreviation whose letters spell a word for a living being is a body; a thing in capitals is a rubric.
    "headline-of-a-spelt-abbreviation": (
        "ФИФА: Месси — лучший игрок года\nЦеремония прошла в Лондоне.",
        [("direct", "Месси — лучший игрок года", "ФИФА", "headline")],
    ),
    "rubric-in-capitals": ("ИТОГИ: 25 лет спустя\nЦеремония прошла в Лондоне.", []),
    # A foreign surname that does not decline, the subject of a speech verb, is a name.
    "indeclinable-foreign-surname": (
        "Ярвинто считает, что кризис продлится. «Реформы не проведены», — оценивает ситуацию Ярвинто.",
        [
            ("indirect", "кризис продлится", "Ярвинто", "chto"),
            ("direct", "Реформы не проведены", "Ярвинто", "marks-after"),
        ],
    ),
    # An opinion verb with a thing after it is no attribution of that thing: "…, ожидает крах".
    "opinion-verb-awaits-a-thing": (
        "Если реформ не будет, страну, по мнению Ярвинто, ожидает крах.",
        [("indirect", "ожидает крах", "Ярвинто", "po-slovam")],
    ),
    # The subject of the sentence before a colon speaks, past a speech verb of a clause before it.
    "colon-after-subject-sentence": (
        "Когда министерство объявило об отводе техники, Арман Жаксылыков связал своё решение с условием: «База "
        "продолжит работу. Она должна быть надёжно защищена».",
        [("direct", "База продолжит работу. Она должна быть надёжно защищена", "Арман Жаксылыков", "marks-colon")],
    ),
    "journal-reports": (
        "Ссылаясь на собственные данные, журнал пишет, что техника отведена.",
        [("indirect", "техника отведена", "журнал", "chto")],
    ),
    # Unquoted words after an attribution and a colon.
    "colon-content": (
        "Министр Иван Сомов заявил журналистам: рост экономики продолжится.",
        [("indirect", "рост экономики продолжится", "Иван Сомов", "colon-content")],
    ),
    "postposed-then-colon-content": (
        "Власти годами ужесточают политику, пишет Ларсен: общество задыхается, критиков преследуют.",
        [
            ("indirect", "Власти годами ужесточают политику", "Ларсен", "postposed"),
            ("indirect", "общество задыхается, критиков преследуют", "Ларсен", "colon-content"),
        ],
    ),
    # An opinion reports unquoted words only when its colon follows it; one that names its object does not.
    "opinion-then-colon-content": (
        "Министр Иван Сомов уверен: рост экономики продолжится. Посол Анна Серова считает важными три "
        "направления: транспорт, энергетику и связь.",
        [("indirect", "рост экономики продолжится", "Иван Сомов", "colon-content")],
    ),
    "colon-before-a-linked-headline": ("Ранее издание писало, Протесты не стихают: что предлагает министр.", []),
    # A Latin outlet name of several words is the speaker whole; "и даже издание … признает" is a new subject.
    "latin-outlet-and-another": (
        "Вчера Morning Star Gazette написала, что «рынок ожил», и даже такое скептическое издание, как "
        "Fennia Times, признает, что «спрос растёт».",
        [
            ("indirect", "«рынок ожил»", "Morning Star Gazette", "chto"),
            ("indirect", "«спрос растёт»", "такое скептическое издание", "chto"),
        ],
    ),
    # "что указывает на …" after a speech verb is a relative clause of a thing that indicates.
    "relative-chto-indicates": (
        "Министерство выразило готовность пересмотреть тарифы, что указывает на смену позиции.",
        [],
    ),
    # Two people joined by "и" before a plural verb speak together: a plural speaker, unnamed.
    "two-people-together": (
        "Министр Иван Сомов и посол Анна Серова заявили, что проект одобрен.",
        [("indirect", "проект одобрен", "Иван Сомов и посол Анна Серова", "chto")],
    ),
    # "…, передает слова министра агентство": the words are the minister's.
    "passes-on-words-of": (
        "Министр энергетики Тимур Оспанов выступил. Это необходимо для баланса рынка, передает слова министра "
        "агентство.",
        [("indirect", "Это необходимо для баланса рынка", "Тимур Оспанов", "postposed")],
    ),
    # "Как только …" opens a clause of time, not an attribution: the sentence is content.
    "as-soon-as-is-content": (
        "Канцлер Анна Берг выступила. Как только ситуация нормализуется, санкции отменят, добавила Берг.",
        [("indirect", "Как только ситуация нормализуется, санкции отменят", "Анна Берг", "postposed")],
    ),
    # "…, процитировали ее участники": the one cited speaks.
    "cited-her": (
        "Канцлер Анна Берг выступила. ЕС должен действовать решительнее, процитировали ее члены комиссии.",
        [("indirect", "ЕС должен действовать решительнее", "Анна Берг", "postposed")],
    ),
    # "сообщили несколько членов комиссии": a plural speaker, unnamed.
    "some-participants": (
        "Вчера канцлер Анна Берг выступила на встрече за новые пошлины. Об этом сообщили несколько "
        "участников встречи.",
        [
            ("indirect", "Вчера канцлер Анна Берг выступила на встрече за новые пошлины",
             "несколько участников встречи", "ob-etom"),
        ],
    ),
    # the что-clause of a named speaker stands; those who report it are not its speaker
    "some-participants-after-named-chto": (
        "Вчера канцлер Анна Берг заявила на встрече, что пошлины нужны. Об этом сообщили несколько "
        "участников встречи.",
        [("indirect", "пошлины нужны", "Анна Берг", "chto")],
    ),
    # A quotation that is a whole sentence right after an attributed one goes on in the same voice.
    "next-sentence-quotation": (
        "«Пока мы не создадим базу, полёты будут краткими», сказал астронавт Скотт Хоровиц. «Пройдёт несколько "
        "лет, прежде чем база заработает».",
        [
            ("direct", "Пока мы не создадим базу, полёты будут краткими", "Скотт Хоровиц", "marks-after"),
            ("direct", "Пройдёт несколько лет, прежде чем база заработает", "Скотт Хоровиц", "marks-inherit"),
        ],
    ),
    "name-in-marks-after-attributed-sentence": (
        "«Рост продолжится», сказал министр Иван Сомов. «Проект Зенит» запустят весной.",
        [("direct", "Рост продолжится", "Иван Сомов", "marks-after")],
    ),
    # An inserted opinion attributes the part after it ("Такой переход, считает X, повысит …").
    "inserted-opinion": (
        "Такая реформа, считает вице-губернатор Ерлан Сатпаев, ускорит работу ведомств.",
        [("indirect", "ускорит работу ведомств", "Ерлан Сатпаев", "parenthetical")],
    ),
    # A participial or relative clause after the source belongs to it, not to the quote.
    "as-noted-by-experts-who": (
        "Как отмечают аналитики, составлявшие обзор, спрос на жильё снизился.",
        [("indirect", "спрос на жильё снизился", "аналитики", "kak")],
    ),
    "as-said-by-minister-who": (
        "Как заявил министр, который посетил комбинат, выпуск стали вырос.",
        [("indirect", "выпуск стали вырос", "министр", "kak")],
    ),
    "words-of-experts-asked": (
        "По словам экспертов, опрошенных порталом, спрос на жильё снизился.",
        [("indirect", "спрос на жильё снизился", "эксперты", "po-slovam")],
    ),
    # A gerund after any verb: its subject speaks.
    "gerund-after-any-verb": (
        "Еврокомиссия изначально выступала против сделки, заявив, что она навредит рынку.",
        [("indirect", "она навредит рынку", "Еврокомиссия", "chto-gerund")],
    ),
    # "пришли к выводу": the verb of arriving, not the imperative of "прислать" that reads first.
    "group-came-to-a-conclusion": (
        "Доклад вышел в среду.\nЭкономисты пришли к выводу, что инфляция замедлится к осени.",
        [("indirect", "инфляция замедлится к осени", "Экономисты", "statement-chto")],
    ),
    # A shared opinion: "солидарны во мнении", "едины во мнении".
    "agree-in-the-opinion": (
        "Доклад вышел в среду.\nЭкономисты солидарны во мнении, что инфляция замедлится к осени.",
        [("indirect", "инфляция замедлится к осени", "Экономисты", "statement-chto")],
    ),
    # A statement noun and a colon: the unquoted words after it.
    "remark-and-colon": (
        "Доклад вышел в среду.\nДепутат Арман Жаксылыков сделал ремарку: комитет вернётся к законопроекту осенью.",
        [("indirect", "комитет вернётся к законопроекту осенью", "Арман Жаксылыков", "statement-chto")],
    ),
    "reservation-and-chto": (
        "Доклад вышел в среду.\nДепутат Арман Жаксылыков сделал оговорку, что сроки могут сдвинуться.",
        [("indirect", "сроки могут сдвинуться", "Арман Жаксылыков", "statement-chto")],
    ),
    # "…, о чём сообщил X": the clause before it is X's.
    "relative-backward-attribution": (
        "Доклад вышел в среду.\nЗавод в Темиртау остановил вторую домну, о чём сообщил его директор Арман Жаксылыков.",
        [("indirect", "Завод в Темиртау остановил вторую домну", "Арман Жаксылыков", "o-chem")],
    ),
    "relative-backward-attribution-to-a-site": (
        "Доклад вышел в среду.\nЗавод в Темиртау остановил вторую домну, о чём ранее писал Zakon.kz.",
        [("indirect", "Завод в Темиртау остановил вторую домну", "Zakon.kz", "o-chem")],
    ),
    # A finding reported: "установило, что".
    "investigation-established": (
        "Доклад вышел в среду.\nСледствие установило, что подозреваемый взломал почту жертв.",
        [("indirect", "подозреваемый взломал почту жертв", "Следствие", "chto")],
    ),
    # "С точки зрения X, …" like "по мнению X", when X can speak.
    "point-of-view-of-a-person": (
        "Доклад вышел в среду.\nС точки зрения экономиста Армана Жаксылыкова, сделка выгодна обеим сторонам.",
        [("indirect", "сделка выгодна обеим сторонам", "Арман Жаксылыков", "po-slovam")],
    ),
    # "Таким образом, по словам X, …": a connective may open the sentence before "по словам"; a backward
    # attribution after it leaves the paragraph to X.
    "po-slovam-after-a-connective": (
        "Доклад вышел в среду.\nТаким образом, по словам министра Армана Жаксылыкова, сделка выгодна обеим сторонам."
        "\nДанную информацию подтвердил и премьер Ерлан Сатпаев.",
        [("indirect", "сделка выгодна обеим сторонам", "Арман Жаксылыков", "po-slovam")],
    ),
    # A relative clause after the source, opened by a preposition, belongs to the source.
    "po-slovam-relative-with-preposition": (
        "Доклад вышел в среду.\nПо словам источников, на которые ссылается агентство, сделка выгодна обеим сторонам.",
        [("indirect", "сделка выгодна обеим сторонам", "источники", "po-slovam")],
    ),
    # A body that speaks, in lower case, also can: "С точки зрения организации" (not "с точки зрения закона").
    "point-of-view-of-a-body": (
        "Доклад вышел в среду.\nРанее союз выступил против реформы. С точки зрения организации, сделка невыгодна.",
        [("indirect", "сделка невыгодна", "организация", "po-slovam")],
    ),
    # "О них рассказал X" points back like "Об этом", anywhere in the article; one of a group named is that person.
    "about-them-one-of-named": (
        "Доклад вышел в среду.\nВторой абзац без цифр.\nПервыми о протестах объявили в комитете «Выбор». О них "
        "газете рассказал один из лидеров комитета Арман Жаксылыков.",
        [("indirect", "Первыми о протестах объявили в комитете «Выбор»", "Арман Жаксылыков", "ob-etom")],
    ),
    # "Именно так охарактеризовал X": a backward attribution with "именно"; "охарактеризовать" speaks.
    "exactly-so-characterised": (
        "Доклад вышел в среду.\nВторой абзац без цифр.\nВыход книги – настоящая авантюра. Именно так "
        "охарактеризовал публикацию главный редактор Арман Жаксылыков.",
        [("indirect", "Выход книги – настоящая авантюра", "Арман Жаксылыков", "ob-etom")],
    ),
    # "по её наблюдениям" like "по её словам".
    "by-her-observations": (
        "Доклад вышел в среду.\nЭкономист Анна Берг изучила рынок. Цены, по её наблюдениям, растут быстрее зарплат.",
        [("indirect", "растут быстрее зарплат", "Анна Берг", "po-slovam")],
    ),
    # An opinion as the object of a verb of saying stays the subject's.
    "voiced-an-opinion": (
        "Доклад вышел в среду.\nЭксперт Арман Жаксылыков высказал мнение, что маршал ошибся.",
        [("indirect", "маршал ошибся", "Арман Жаксылыков", "chto")],
    ),
    # A site's address is one name wherever it stands.
    "site-address-before-verb": (
        "Доклад вышел в среду.\nЗавод в Темиртау остановил домну. Об этом tengrinews.kz написал вчера.",
        [("indirect", "Завод в Темиртау остановил домну", "tengrinews.kz", "ob-etom")],
    ),
    "site-address-in-digits": (
        "Доклад вышел в среду.\nЗавод в Темиртау остановил домну. Об этом сообщает 24.kg.",
        [("indirect", "Завод в Темиртау остановил домну", "24.kg", "ob-etom")],
    ),
    "site-address-after-kak": (
        "Доклад вышел в среду.\nКак сообщает Report.az, завод остановил домну.",
        [("indirect", "завод остановил домну", "Report.az", "kak")],
    ),
}

SPEAKERS = {
    # Offices of state, religion and sport are titles that go to the holder the article names.
    "secretary-of-state": (
        "Госсекретарь США Иван Петров прибыл в Берлин.\nГоссекретарь напомнил, что визит продлится два дня.",
        "Иван Петров",
    ),
    # In a list of titles and names, a title after a comma heads the name after it, not the one before; "глава"
    # of a committee is no head of state.
    "title-list-after-names": (
        "Президент России Иван Петров провёл совещание. Приехали министр финансов Олег Сомов, губернатор края "
        "Пётр Волков, мэр города Илья Жуков, глава оргкомитета Семён Лужин.\n«Сроки нужно соблюдать», – отметил "
        "президент.",
        "Иван Петров",
    ),
    # A title goes to an office-holder the article writes by surname alone, as the table names them.
    "office-holder-by-surname": (
        "Мирзиёев провёл совещание в Ташкенте. Приехали министр финансов Олег Сомов и глава комитета Семён Лужин.\n"
        "«Сроки нужно соблюдать», – отметил президент.",
        "Шавкат Мирзиёев",
    ),
    # A relative clause right before a colon: the one it is about speaks.
    "relative-clause-before-colon": (
        "Олег Сомов хотел бы видеть своим преемником Ивана Петрова, который отшучивается словами: «В моём возрасте "
        "пора думать о рыбалке».",
        "Иван Петров",
    ),
    "mufti": ("Муфтий Ахмед Саидов открыл мечеть. Муфтий отметил, что её строили пять лет.", "Ахмед Саидов"),
    # "глава военного ведомства X" is the "глава Минобороны" of a later sentence.
    "generic-organisation-of-a-head": (
        "Министр встретился с главой военного ведомства Ларсом Хольмом. "
        "Позже глава Минобороны заявил, что учения пройдут летом.",
        "Ларс Хольм",
    ),
    # An adjective inside a title phrase keeps the title ("глава казахстанского правительства").
    "adjective-inside-title": (
        "Премьер Олжас Кенжебаев выступил на форуме. Накануне глава казахстанского правительства на брифинге "
        "заявил, что тарифы заморозят.",
        "Олжас Кенжебаев",
    ),
    # A name after a title in the genitive is no subject, even indeclinable and before "и" and a verb.
    "indeclinable-object-before-and": (
        "Певец Марко Бруни написал открытое письмо, в котором раскритиковал министра Луиджи Карузо и обвинил его "
        "во лжи, заявив, что Карузо не справляется с работой.",
        "Марко Бруни",
    ),
    # "Об этом он заявил" after words that open with a person: the subject, not a name inside them.
    "backward-title-to-subject": (
        "Арман Жаксылыков согласился возглавить комиссию, если Ерлан Сатпаев уйдёт.\n"
        "Об этом он заявил на съезде партии.",
        "Арман Жаксылыков",
    ),
    # "По словам дипломата" right after the deputy minister spoke: him, not a spokesman named later.
    "current-speaker-before-forward-title": (
        "Москва не против переговоров.\nОб этом заявил замглавы МИДа Арман Жаксылыков. По словам дипломата, диалог "
        "продолжится.\nНакануне представитель госдепа Джефф Ланкастер выступил с брифингом.",
        "Арман Жаксылыков",
    ),
    # "профессор и глава комитета X": both titles are X's.
    "joined-titles": (
        "Об этом пишет профессор и глава комитета по правам человека Анна Берг. Её коллега Иван Сомов с ней не "
        "согласен. Санкции могут ожесточить политику, прогнозирует профессор.",
        "Анна Берг",
    ),
    # A chain of descriptors with an organisation in quotation marks and a degree: the name after it speaks.
    "descriptor-chain-with-quoted-name": (
        "Несмотря на иронию в такой формулировке, поиск опоры необходим, отмечает директор института «Сфера», "
        "доктор политологических наук Ержан Сапаров.",
        "Ержан Сапаров",
    ),
    # The founder named before is the "создатель сети" who explains.
    "founder-title": (
        "Сервис представил создатель Zetta Арман Жаксылыков. «Это не почта, это новый способ общения», — пояснил "
        "создатель Zetta.",
        "Арман Жаксылыков",
    ),
}

NOT_QUOTES = {
    # A name in quotation marks after a colon is no quotation of the speaker before.
    "short-name-after-colon": "Министр Олжас Кенжебаев сказал, что проект одобрен.\nЕго назвали так: «Степной путь».",
    # A quotation after a colon in a paragraph that attributes itself stays in its own attribution.
    "words-left-out": "Министерство объявило, что .. .",
}

NO_QUOTE_AT_ALL = {
    # "о чём" after a verb of knowing opens a question, not a backward attribution.
    "question-after-knowing": "Доклад вышел в среду.\nЖурналисты не знали, о чём говорил министр Арман Жаксылыков.",
    # "Как мы сообщали, …", "как я считал": the voice of the author or of the one speaking.
    "as-we-reported": "Доклад вышел в среду.\nКак мы сообщали, завод в Темиртау остановил вторую домну.",
    "as-i-thought-inside-a-sentence": "Доклад вышел в среду.\nЭто тот случай, где, как я считал, нужна реформа.",
    # Opinions voiced by no one named: the opinion is the subject of a reflexive verb.
    "opinions-are-voiced": "Доклад вышел в среду.\nВысказываются мнения, что маршал Арман Жаксылыков ошибся.",
    # "после того, как X объявил": a time clause, not "как сообщил X".
    "after-x-announced": "Доклад вышел в среду.\nВозвращение пианиста спустя шесть лет после того, как музыкант "
    "объявил об уходе, вызвало ажиотаж.",
    # "высказались за X, что было …", "ожидает утверждения, что может …": "что" is a relative subject.
    "which-after-spoke-for": "Доклад вышел в среду.\nБольшинство высказалось за вхождение района в состав "
    "области, что было оформлено в марте.",
    "which-after-awaits": "Доклад вышел в среду.\nСделка ожидает утверждения регуляторами, что может задержать "
    "её завершение.",
    # A thing that indicates, with a capital only because it opens the sentence; a figure pointed back at that
    # indicates something in a clause of its own.
    "thing-opening-the-sentence-indicates": "Доклад вышел в среду.\nПерестрелка в мечети говорит о том, что "
    "власти будут жёстко бороться с ними.",
    "figure-pointed-back-indicates": "Доклад вышел в среду.\nЦены выросли. Такой показатель говорит о том, что "
    "рынок перегрет.",
    # "с точки зрения" of a thing names no one who speaks.
    "point-of-view-of-a-law": "Доклад вышел в среду.\nС точки зрения закона, сделка выгодна обеим сторонам.",
}


@pytest.mark.parametrize("text", list(NO_QUOTE_AT_ALL.values()), ids=list(NO_QUOTE_AT_ALL))
def test_no_quote_at_all(text: str) -> None:
    assert Article.from_text(text).quotes == ()


@pytest.mark.parametrize(("text", "expected"), list(EXAMPLES.values()), ids=list(EXAMPLES))
def test_statements_and_opinions(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert quotes_of(text) == expected


def test_short_name_after_colon_is_no_quote() -> None:
    text = NOT_QUOTES["short-name-after-colon"]
    assert [q.text for q in Article.from_text(text).quotes] == ["проект одобрен"]


def test_quote_of_no_words_is_dropped() -> None:
    assert Article.from_text(NOT_QUOTES["words-left-out"]).quotes == ()


def test_hour_set_for_an_event_is_no_source() -> None:
    # "на 19 часов" is a time, not the place a report comes from: the impersonal remark has no source.
    text = "Сбор был намечен на 18 часов; указывалось, что он пройдёт мирно."
    assert Article.from_text(text).quotes == ()


def test_title_of_another_office_is_not_the_person() -> None:
    # The coach named before is no "министр": the title stays unnamed.
    text = (
        "Главный тренер сборной Томас Линдберг раскритиковал судей.\n"
        "Министр отметил, что проверка будет.\n"
    )
    (q,) = [q for q in Article.from_text(text).quotes if q.text == "проверка будет"]
    assert q.speaker == "Министр" and not q.speaker_named


@pytest.mark.parametrize(("text", "speaker"), list(SPEAKERS.values()), ids=list(SPEAKERS))
def test_speakers_of_titles_and_subjects(text: str, speaker: str) -> None:
    assert {q.speaker for q in Article.from_text(text).quotes} == {speaker}


def test_writing_a_thing_is_no_attribution() -> None:
    # "написал письмо" writes a thing: the sentence reported by an outlet is content, the person's verb no source.
    text = "Директор завода Арман Жаксылыков написал заявление об уходе, сообщает агентство."
    assert [(q.text, q.speaker) for q in Article.from_text(text).quotes] == [
        ("Директор завода Арман Жаксылыков написал заявление об уходе", "агентство")
    ]
    letter = "Вчера певец Марко Бруни, известный артист, написал письмо в газету Corriere."
    assert Article.from_text(letter).quotes == ()


def test_outlets_source_stays_unnamed() -> None:
    # "собеседник «Газеты»" is the outlet's unnamed source, not the person the article named last.
    text = "Долю купил Арман Жаксылыков. Сделка обошлась в 5 млн долларов, сообщил собеседник «Вечерней газеты»."
    (q,) = Article.from_text(text).quotes
    assert (q.speaker, q.speaker_named) == ("собеседник", False)


def test_spokesman_of_a_named_organisation_stays_unnamed() -> None:
    # "Представитель Zetta Capital" is nobody the article named before.
    text = (
        "Гендиректор фонда Арман Жаксылыков отказался от комментариев.\n"
        "Представитель Zetta Capital ответил так: «Долю мы не выкупали»."
    )
    (q,) = Article.from_text(text).quotes
    assert (q.speaker, q.speaker_named) == ("Представитель", False)


def test_nearest_person_takes_the_gender_of_the_name_it_stands_for() -> None:
    # A surname read as a woman's ("Сомова является") stands for the man the article names: no "она" for him.
    from kzaz_corpus.stages.names import PersonMention
    from kzaz_corpus.stages.quotes.discourse import Discourse
    from kzaz_corpus.stages.quotes.persons import PersonIndex

    text = "Иван Сомов подписал указ. Политика Сомова является ошибочной. Она добавила это."
    persons = (
        PersonMention(start=0, end=10, name="Иван Сомов", surname="Сомов", gender="m", case="nomn"),
        PersonMention(start=35, end=41, name="Сомова", surname="Сомова", gender="f", case="nomn"),
    )
    state = Discourse(PersonIndex(text, persons))
    assert state.nearest(text.index("Она"), "f") is None
    assert state.nearest(text.index("Она"), "m") == "Иван Сомов"
