"""Quote and speaker rules for patterns of real news the earlier rules missed (invented sentences)."""

from __future__ import annotations

import pytest

from kzaz_corpus import Article


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every quote found in *text* parsed as an article."""
    return [(q.kind, q.text, q.speaker) for q in Article.from_text(text).quotes]


EXAMPLES = {
    # After an inserted attribution, "и" and a clause with a subject of its own go on with the speaker's words.
    "and-a-new-subject-after-an-inserted-attribution": (
        "Все нововведения уже были прописаны в правилах, отметил обозреватель журнала Иван Петров, и большинство "
        "водителей эти требования соблюдали.",
        [
            ("indirect", "Все нововведения уже были прописаны в правилах", "Иван Петров"),
            ("indirect", "и большинство водителей эти требования соблюдали", "Иван Петров"),
        ],
    ),
    # Words after a colon whose thing implies something (`изменение … не предполагает, что`) hold no attribution of
    # their own: the outlet before the colon reports them.
    "thing-implies-after-a-colon": (
        "Но газета Global Times, ссылаясь на авторитетный источник, пишет: изменение конституции не предполагает, что "
        "председатель получил возможность править.",
        [
            (
                "indirect",
                "изменение конституции не предполагает, что председатель получил возможность править",
                "газета Global Times",
            )
        ],
    ),
    # A finding reported by its subject ("Учёные выяснили, что …") is a quote; "выяснилось, что" is no one's, and an
    # outlet's own inquiry ("Газета выяснила, что …") is its author's voice.
    "finding-found-out": (
        "Учёные из университета выяснили, что занятия йогой облегчают симптомы депрессии. Позднее выяснилось, что "
        "выборка была мала. Газета выяснила, что авторы работали бесплатно.",
        [("indirect", "занятия йогой облегчают симптомы депрессии", "Учёные")],
    ),
    # A plural noun for people right after the verb of "Как сообщили X" speaks, with its genitives, past the ones
    # told; a time after it ("во время допроса") is no source.
    "group-after-kak": (
        "Как выяснили правоохранители во время допроса, ранее между ними произошел конфликт. Как сообщили "
        "журналистам сотрудники МЧС России, воды станет больше.",
        [
            ("indirect", "ранее между ними произошел конфликт", "правоохранители"),
            ("indirect", "воды станет больше", "сотрудники МЧС России"),
        ],
    ),
    # A noun for a country's people (`итальянец`) stands for a person named in full as a subject since the current
    # speaker spoke, as a pronoun does.
    "nation-noun-after-a-new-subject": (
        "«Арбитр испортил этот матч», — заявил негодующий Юрий Сёмин.\nГлавный тренер «Спартака» Массимо Каррера "
        "пребывал в ином настроении. Итальянец заверил, что его подопечные отметят успех спокойно.",
        [
            ("direct", "Арбитр испортил этот матч", "Юрий Сёмин"),
            ("indirect", "его подопечные отметят успех спокойно", "Массимо Каррера"),
        ],
    ),
    # After "несмотря на то, что" the subject, an inserted source and a verb of opinion with no что-clause: the source
    # reports the clause after it.
    "opinion-verb-after-an-inserted-source": (
        "Вице-премьер Николай Азаров выступил. Переговоры сорвались. И это несмотря на то, что Украина, по словам "
        "Азарова, согласилась на все выдвинутые условия.",
        [("indirect", "согласилась на все выдвинутые условия", "Николай Азаров")],
    ),
    # An indirect question between the verb and the colon ("пояснил, как видит этот путь: …").
    "indirect-question-before-a-colon": (
        "Министр Иван Петров пояснил, как видит этот путь: в регион вводится миссия ООН, которая работает в "
        "несколько этапов.",
        [("indirect", "в регион вводится миссия ООН, которая работает в несколько этапов", "Иван Петров")],
    ),
    # A pronoun after a subject that describes someone named in the genitive ("Адвокат Ивана Петрова") stands for the
    # subject, not for the one described.
    "pronoun-after-a-described-subject": (
        "Президент Иван Петров выступил. Адвокат Ивана Петрова обратился в суд. Он рассказал, что клиент невиновен.",
        [("indirect", "клиент невиновен", "адвокат")],
    ),
    # A short passive of emphasis after a document ("в заявлении подчёркнуто, что") quotes the document.
    "passive-emphasised-in-a-statement": (
        (
            "Посольство выступило с заявлением.\nПри этом в заявлении посольства подчёркнуто, что в стране "
            "будут приняты все меры безопасности."
        ),
        [
            ("indirect", "в стране будут приняты все меры безопасности", "заявление посольства"),
        ],
    ),
    # A title joined by "и" before another, with its country ("вице-премьер России и президент союза Имя"), is the
    # person's too.
    "deputy-title-joined-before-another": (
        (
            "Заголовок новости\nК журналистам вышел вице-премьер России и президент футбольного союза Иван "
            "Петров.\n«Игрок хороший», — заявил вице-премьер."
        ),
        [
            ("direct", "Игрок хороший", "Иван Петров"),
        ],
    ),
    # A particle in capitals before another one ("Ван дер") is part of the name.
    "capitalised-particle-in-a-name": (
        (
            "Заголовок новости\nС заявлением выступил и президент Австрии Александр Ван дер Беллен.\nОн отметил, "
            "что власти отдалились от ценностей Европы."
        ),
        [
            ("indirect", "власти отдалились от ценностей Европы", "Александр Ван дер Беллен"),
        ],
    ),
    # A second verb that reports no content of its own stays in the что-clause, which runs to the sentence's end.
    "coordinated-verb-without-content": (
        (
            "Лидер автономии Иван Петров подчеркнул, что правительство нарушало права жителей, и призвал "
            "всех реализовать своё право."
        ),
        [
            ("indirect", "правительство нарушало права жителей, и призвал всех реализовать своё право", "Иван Петров"),
        ],
    ),
    # A noun after a preposition ("позвонил в ведомство и рассказал") is no subject.
    "noun-after-a-preposition-is-no-subject": (
        (
            "Сосед стрелка Иван Петров проинформировал бюро о подозрениях. Он позвонил в ведомство и рассказал, "
            "что у стрелка есть оружие."
        ),
        [
            ("indirect", "у стрелка есть оружие", "Иван Петров"),
        ],
    ),
    # An abbreviation defined in brackets links a title's organisation to its spelt-out noun ("ЕВС" -> "союз").
    "abbreviation-defined-in-brackets": (
        (
            "Европейский вещательный союз (ЕВС) наложил штраф. Об этом сообщил представитель ЕВС Дэвид "
            "Гудман. По словам представителя союза, внимание было отвлечено от конкурса."
        ),
        [
            ("indirect", "Европейский вещательный союз (ЕВС) наложил штраф", "Дэвид Гудман"),
            ("indirect", "внимание было отвлечено от конкурса", "Дэвид Гудман"),
        ],
    ),
    # A line of the article in Cyrillic with a hashtag in it, above a post of hashtags only, is no post's text.
    "hashtag-in-a-line-of-the-article": (
        (
            "Заголовок\n«Мы сожалеем», — заявили в сети ресторанов.\nВ интернете появились призывы, сопровождаемые "
            "хэштегом #BoycottShop. Многие покупатели недовольны.\n#boycott_shop\npic.twitter.com/kwhpxIbzzB\n— "
            "to_kaliρτero (@batza69) \nMay 10, 2017\nКомпания извинилась."
        ),
        [
            ("direct", "Мы сожалеем", "сеть ресторанов"),
        ],
    ),
    # A signature spelt letter by letter ("H a y a") is one name.
    "signature-spelt-letter-by-letter": (
        (
            "Заголовок\nShop mocked prisoners on hunger strike and used their struggles.\n#BoycottShop\n"
            "pic.twitter.com/EpoR8aCFHP\n— H a y a   ♚   هيا (@Haya_Nadir) \nMay 9, 2017\nКомпания удалила пост."
        ),
        [
            ("direct", "Shop mocked prisoners on hunger strike and used their struggles", "Haya"),
        ],
    ),
    # In an interview whose answers stand under label lines, an answer runs to the next label; the interviewer's turn
    # is no quote, and its "Вы сказали, что" reports the one interviewed.
    "interview-answers-under-label-lines": (
        (
            "Советник в интервью RT: Запад направляет террористов\nRT: Сегодня состоялись переговоры. Не "
            "могли бы прокомментировать эту встречу?\nБусейна Шаабан:\n Во-первых, нет ничего необычного "
            "в этой встрече: мы союзники.\nВстреча прошла крайне конструктивно, министры говорили о борьбе "
            "с терроризмом.\nRT: Почему вас критикуют?\nБусейна Шаабан:\n Эти нападки — часть информационной "
            "войны против нас, мы это знаем.\nRT: Вы сказали, что боевики хлынут в Сирию. Не могли бы Вы "
            "остановиться на этом подробнее?"
        ),
        [
            ("direct", (
                "Во-первых, нет ничего необычного в этой встрече: мы союзники.\nВстреча прошла крайне конструктивно, "
                "министры говорили о борьбе с терроризмом"
            ), "Бусейна Шаабан"),
            ("direct", "Эти нападки — часть информационной войны против нас, мы это знаем", "Бусейна Шаабан"),
            ("indirect", "боевики хлынут в Сирию", "Бусейна Шаабан"),
        ],
    ),
    # Sources ("источники, близкие к …") suppose; they do not imply as a thing does.
    "sources-close-to-an-office-suppose": (
        (
            "Накануне послания источники, близкие к администрации президента, предполагали, что президент "
            "объявит об отмене выборов."
        ),
        [
            ("indirect", "президент объявит об отмене выборов", "источники"),
        ],
    ),
    # "чиновник" stands for a secretary too.
    "official-for-a-secretary": (
        (
            "Начальник генштаба Виктор Муженко утверждал, что поставки будут через два месяца.\n«Мы ожидаем "
            "поставки к лету», — сообщил источник в министерстве.\nСекретарь совета Александр Турчинов заявил, "
            "что поверит в поставку, когда потрогает их.\n«Сотрудничество продвигается, но оружия нет», "
            "— подчеркнул чиновник в своей речи."
        ),
        [
            ("indirect", "поставки будут через два месяца", "Виктор Муженко"),
            ("direct", "Мы ожидаем поставки к лету", "источник"),
            ("indirect", "поверит в поставку, когда потрогает их", "Александр Турчинов"),
            ("direct", "Сотрудничество продвигается, но оружия нет", "Александр Турчинов"),
        ],
    ),
    # A statement after the verb is its object; the name closing the chain of titles after it speaks.
    "statement-object-before-the-speaker": (
        (
            "«Какой там сепаратизм?» — прокомментировал RT заявление украинского министра специалист по "
            "Венгрии, ведущий научный сотрудник института Александр Стыкалин."
        ),
        [
            ("direct", "Какой там сепаратизм?", "Александр Стыкалин"),
        ],
    ),
    # A figure inside an organisation's name ("Nord Stream 2 AG") keeps the title before the name.
    "figure-inside-an-organisations-name": (
        (
            "Об этом заявил технический директор Nord Stream 2 AG Сергей Сердюков.\n«Подрядчики не испугались», "
            "— утверждает директор NordStream 2 AG."
        ),
        [
            ("direct", "Подрядчики не испугались", "Сергей Сердюков"),
        ],
    ),
    # A perfective gerund of opinion ("предположив, что") states a view once, as speech does.
    "perfective-opinion-gerund": (
        (
            "«Расстояние не играет роли», — сказал Петров, предположив, что протяжённость может увеличиться "
            "на десяток километров."
        ),
        [
            ("direct", "Расстояние не играет роли", "Петров"),
            ("indirect", "протяжённость может увеличиться на десяток километров", "Петров"),
        ],
    ),
    # The subject of a gerund's verb agrees with it in gender: the object may open the sentence.
    "gerund-subject-agrees-with-the-verb": (
        (
            "Слияние трех компаний, занятых нефтегазовым бизнесом, одобрила Европейская комиссия, посчитав, "
            "что это не создаст проблем с конкуренцией."
        ),
        [
            ("indirect", "это не создаст проблем с конкуренцией", "Европейская комиссия"),
        ],
    ),
    # "Так считают X" with the plural subject after the verb points back at what precedes.
    "so-believe-a-plural-subject": (
        (
            "Рост потребления через мобильные устройства стал главным трендом отрасли. Так считают влиятельные "
            "аналитики рынка, которые участвовали в форуме."
        ),
        [
            ("indirect", "Рост потребления через мобильные устройства стал главным трендом отрасли", "аналитики рынка"),
        ],
    ),
    # An abbreviation among the title words after a quoted headline's colon ("глава МПК Имя").
    "headline-title-with-an-abbreviation": (
        (
            "Заголовок новости\n Также по теме \n «Ожидаем кардинальных перемен не позднее сентября»: глава "
            "МПК Крэйвен дал интервью RT \n Президент комитета Филип Крэйвен в эксклюзивном интервью RT "
            "объяснил, почему организация оставила ограничения."
        ),
        [
            ("direct", "Ожидаем кардинальных перемен не позднее сентября", "Филип Крэйвен"),
        ],
    ),
    # "мнение X о том, что …" reports X's view, also inside a quotation.
    "opinion-of-someone-about-that": (
        (
            "«Мы разделяем мнение президента комитета Филипа Крейвена о том, что российский комитет продолжает "
            "демонстрировать прогресс», — говорится в тексте письма."
        ),
        [
            ("direct", (
                "Мы разделяем мнение президента комитета Филипа Крейвена о том, что российский комитет продолжает "
                "демонстрировать прогресс"
            ), "текст письма"),
            ("indirect", "российский комитет продолжает демонстрировать прогресс", "Филип Крейвен"),
        ],
    ),
    # The author's aside in brackets ("(примечательно, что …)") closes a что-clause.
    "authors-aside-closes-a-clause": (
        (
            "Президент Австрии Иван Петров отметил, что власти отдалились от ценностей Европы, что скажется "
            "на переговорах (примечательно, что сам премьер заявил о возможности референдума). Однако всё "
            "хорошо."
        ),
        [
            ("indirect", "власти отдалились от ценностей Европы, что скажется на переговорах", "Иван Петров"),
        ],
    ),
    # After "По словам X," a clause with a short participle for predicate is the quote, no title set off.
    "short-predicate-after-po-slovam": (
        (
            "По словам президента федерации тенниса России, члены Международного олимпийского комитета "
            "сами заинтересованы в том, чтобы восстановление команды произошло в ближайшее время."
        ),
        [
            ("indirect", (
                "члены Международного олимпийского комитета сами заинтересованы в том, чтобы восстановление "
                "команды произошло в ближайшее время"
            ), "президент федерации тенниса России"),
        ],
    ),
    # A verb in the future on a condition reports nothing said yet, and "как только" opens no source; one in the
    # main clause announces a position.
    "future-verb-on-a-condition-reports-nothing": (
        (
            "Компания проинформирует партнёров, что не согласна расторгнуть контракты. Отстранение снимут, как "
            "только ассоциация подтвердит, что нарушений не было. Министр Иван Петров заявил, что цены вырастут."
        ),
        [
            ("indirect", "не согласна расторгнуть контракты", "Компания"),
            ("indirect", "цены вырастут", "Иван Петров"),
        ],
    ),
    # Two genitives joined by "и" inside a body's name ("Совета безопасности и обороны") are one title.
    "genitive-pair-inside-a-bodys-name": (
        (
            "Начальник генштаба Виктор Муженко утверждал, что поставки будут через два месяца.\nСекретарь "
            "Совета национальной безопасности и обороны Украины Александр Турчинов заявил, что поверит "
            "в поставку, когда потрогает их.\n«Сотрудничество продвигается, но оружия нет», — подчеркнул "
            "чиновник в своей речи."
        ),
        [
            ("indirect", "поставки будут через два месяца", "Виктор Муженко"),
            ("indirect", "поверит в поставку, когда потрогает их", "Александр Турчинов"),
            ("direct", "Сотрудничество продвигается, но оружия нет", "Александр Турчинов"),
        ],
    ),
    # A speaker named inside a quotation is current only inside it: the descriptor after it goes back to the
    # quotation's own speaker.
    "speaker-named-inside-a-quotation-stays-inside": (
        (
            "«Ставка останется прежней, — рассказал начальник аналитического отдела Иван Манаенко. — Намерение "
            "регулятора подтвердил и глава государства Владимир Путин, заявив, что снижение ставки вызовет "
            "инфляцию».\nПо мнению аналитика, в перспективе рубль будет торговаться в узком диапазоне."
        ),
        [
            ("direct", "Ставка останется прежней", "Иван Манаенко"),
            ("direct", (
                "Намерение регулятора подтвердил и глава государства Владимир Путин, заявив, что снижение ставки "
                "вызовет инфляцию"
            ), "Иван Манаенко"),
            ("indirect", "снижение ставки вызовет инфляцию", "Владимир Путин"),
            ("indirect", "в перспективе рубль будет торговаться в узком диапазоне", "Иван Манаенко"),
        ],
    ),
    # A noun of speech pointing back with a verb of making it public ("С таким заявлением выступил X", "Такое
    # заявление сделал X") quotes what precedes it; a view held with no words next to it ("Страна считает …
    # причиной …") is no attribution of its own; a statement that does something is no attribution at all.
    "statement-made-pointing-back": (
        "Заголовок новости\nСтрана считает существование иностранных баз причиной дестабилизации. С таким "
        "заявлением выступил помощник секретаря совета Иван Петров.",
        [("indirect", "Страна считает существование иностранных баз причиной дестабилизации", "Иван Петров")],
    ),
    "such-statement-made": (
        "Заголовок новости\nСтрана считает существование иностранных баз причиной дестабилизации.\nТакое "
        "заявление сделал министр Иван Петров.",
        [("indirect", "Страна считает существование иностранных баз причиной дестабилизации", "Иван Петров")],
    ),
    "statement-that-does-something": (
        "Заголовок новости\nМинистр Иван Петров заявил, что страна выйдет из договора. Это заявление вызвало волну "
        "критики.",
        [("indirect", "страна выйдет из договора", "Иван Петров")],
    ),
    # The author of a statement the sentence before names (in the genitive) is the one a pronoun goes on with; one
    # named after another person of that sentence is not.
    "pronoun-after-a-statements-author": (
        "Новости.\nПрезидент Иван Петров заявил, что рубль укрепится. Цены на нефть растут. Подорожание сырья "
        "связано с заявлением министра энергетики Павла Сидоренко. Он сообщил, что страны продлят соглашение.",
        [
            ("indirect", "рубль укрепится", "Иван Петров"),
            ("indirect", "страны продлят соглашение", "Павел Сидоренко"),
        ],
    ),
    "pronoun-after-an-answer-to-a-statement": (
        "Новости.\nПрезидент Иван Петров ответил на заявление министра Павла Сидоренко. Он сказал, что страны "
        "продлят соглашение.",
        [("indirect", "страны продлят соглашение", "Иван Петров")],
    ),
    # "по её словам" between a place and a verb whose subject follows it: the source reports the whole event, and
    # the words before it are no content of the verb's subject.
    "source-before-a-verb-and-its-subject": (
        "Новости.\nДиректор школы Анна Петрова рассказала о драке. В полицию, по ее словам, обратился отец мальчика, "
        "который увидел видео.",
        [("indirect", "обратился отец мальчика, который увидел видео", "Анна Петрова")],
    ),
    # A word only shaped like a patronymic after a first name is the surname the article gives, not a patronymic of
    # another person with that first name.
    "surname-shaped-like-a-patronymic": (
        "Новости.\nПосол Павел Лупеневич заявил журналистам, что переговоры пройдут в декабре. Вчера Павел Сидоренко "
        "говорил о помощи.",
        [("indirect", "переговоры пройдут в декабре", "Павел Лупеневич")],
    ),
    # After a quotation closed by a colon the subject of the verb stands after the colon, not in the quotation.
    "subject-after-a-quoted-headline": (
        "«Выход был вынужденным»: в штабе заявили, что наблюдатели покинули город\nТекст новости.",
        [("direct", "Выход был вынужденным", "штаб"), ("indirect", "наблюдатели покинули город", "штаб")],
    ),
    # A noun of another gender than the past-tense verb is its object: the subject follows the verb.
    "object-first-then-verb-and-subject": (
        "Новости.\nНамерение регулятора подтвердил и глава государства Иван Петров, заявив, что понижение ставки "
        "может вызвать скачки цен.",
        [("indirect", "понижение ставки может вызвать скачки цен", "Иван Петров")],
    ),
    # A что-clause that opens a quotation runs to the quotation's closing mark when a later sentence ends there.
    "chto-clause-through-its-quotation": (
        "Новости.\nМинистр Иван Петров заявил, что обвинять служащих – это «все равно что рубить хвост ящерице. Если "
        "нарушение было, мы должны рассказать правду». Потом он уехал.",
        [
            (
                "indirect",
                "обвинять служащих – это «все равно что рубить хвост ящерице. Если нарушение было, мы должны "
                "рассказать правду»",
                "Иван Петров",
            )
        ],
    ),
    # A noun of words or a question pointing back at the quotation, then its subject and verb: the subject spoke.
    "words-pointing-back-subject-first": (
        "Новости.\n«Мы никогда не сдадимся», — с такими словами министр Иван Петров обратился к депутатам.",
        [("direct", "Мы никогда не сдадимся", "Иван Петров")],
    ),
    "question-pointing-back": (
        "Новости.\n«Вы знаете, что в ноябре пройдут выборы?» — с таким вопросом корреспондент газеты обращался к "
        "прохожим.",
        [("direct", "Вы знаете, что в ноябре пройдут выборы?", "корреспондент газеты")],
    ),
    # A name right after a settlement or a site in an oblique case is the place's own ("аэродрома Дейр эз-Зор"), so
    # the bare title after it stands for the person named before.
    "name-of-a-site-is-no-person": (
        "Новости.\nТак прокомментировал глава комиссии Павел Рогов обстрел позиций в районе аэродрома Дейр эз-Зор. "
        "«Это было ошибкой пилотов», — заявил генерал.",
        [("direct", "Это было ошибкой пилотов", "Павел Рогов")],
    ),
    # The field after "по" belongs to the title phrase before the name ("директор по управлению продуктами").
    "title-with-its-field": (
        "Новости.\n«Мы вводим новую политику», — сказал директор по управлению продуктами компании Facebook Роб "
        "Летерн.",
        [("direct", "Мы вводим новую политику", "Роб Летерн")],
    ),
    # A change of script ends one name and lets the next open: "компании Facebook Роба Летерна".
    "name-after-a-latin-name": (
        "Новости.\n«Мы вводим новую политику», — указывается в сообщении директора компании Facebook Роба Летерна.",
        [("direct", "Мы вводим новую политику", "Роб Летерн")],
    ),
    # After "По словам X, …" a connective and a whole quotation go on in X's voice.
    "quotation-after-po-slovam-and-a-connective": (
        "Новости.\nПо словам главы отделения Александра Гуськова, вопрос обсуждается. Впрочем, «есть и другие "
        "кандидаты – решение мы примем в июне».",
        [
            ("indirect", "вопрос обсуждается", "Александр Гуськов"),
            ("direct", "есть и другие кандидаты – решение мы примем в июне", "Александр Гуськов"),
        ],
    ),
    # "сообщения об отставке X": X is the topic of the words, not their author; the subject speaks.
    "topic-of-words-is-no-author": (
        "Новости.\nМинистр Иван Петров, комментируя сообщения об отставке Сергея Смирнова, был сдержан: «Все такие "
        "истории подавались с большой помпой, но потом всё возвращалось».",
        [("direct", "Все такие истории подавались с большой помпой, но потом всё возвращалось", "Иван Петров")],
    ),
    # "премьер-министр … о визите X": no title reaches past "о"; the head of government is the premier.
    "headline-title-before-a-topic": (
        "«Встретим как друзей»: премьер-министр Норвегии о визите Петрова\nПосле встречи с главой правительства "
        "Норвегии Ларсом Хольмом министр Иван Петров отметил рост торговли.",
        [("direct", "Встретим как друзей", "Ларс Хольм")],
    ),
    # "глава МИД Чехии" is not the head of the Slovak ministry named before.
    "head-of-a-body-of-its-country": (
        "Новости.\nОб этом на встрече с министром иностранных дел Чехии Яном Новаком заявил глава МИД Словакии Петер "
        "Грегор. Подчеркнув важность диалога, глава МИД Чехии напомнил, что Прага придерживается нейтралитета.",
        [
            ("indirect", "Прага придерживается нейтралитета", "Ян Новак"),
        ],
    ),
    # "главком" stands for the commander-in-chief named before, not for whoever spoke last.
    "commander-in-chief-short": (
        "Новости.\nГлавнокомандующий силами альянса генерал Джон Смит заявил, что угроза растёт. Министр обороны Иван "
        "Петров ответил, что это не так. Но, утверждает главком альянса, сотрудничество угрожает интересам соседей.",
        [
            ("indirect", "угроза растёт", "Джон Смит"),
            ("indirect", "это не так", "Иван Петров"),
            ("indirect", "сотрудничество угрожает интересам соседей", "Джон Смит"),
        ],
    ),
    # "приводит слова X-gen Outlet": the words are the genitive noun's, the outlet cites them.
    "words-of-a-source-cited-by-an-outlet": (
        "Новости.\n«Нельзя поднимать панику», — приводит слова разведывательного источника The Sunday Times. «Он "
        "отвлекал внимание», — приводит слова разведчика газета.",
        [
            ("direct", "Нельзя поднимать панику", "разведывательный источник"),
            ("direct", "Он отвлекал внимание", "разведчик"),
        ],
    ),
    # The statement's author in the genitive before "речь идет о том, что" speaks.
    "statement-of-a-person-speaks-of": (
        "Новости.\nВ неожиданном заявлении Игоря Сомова речь идет о том, что действия властей усугубляют обстановку.",
        [("indirect", "действия властей усугубляют обстановку", "Игорь Сомов")],
    ),
    # A paragraph opening with a figure: a capitalised name after a preposition is no headline's glued end.
    "figure-opens-the-paragraph-before-ob-etom": (
        "Битва за Олимпиаду\n32 атлета подали иск с требованием допустить их к участию в Играх-2018. Об этом "
        "говорится в заявлении компании.",
        [("indirect", "32 атлета подали иск с требованием допустить их к участию в Играх-2018", "заявление компании")],
    ),
    # The medium of an interview before the subject is no subject.
    "medium-before-the-subject": (
        "Новости.\nИгорь Сомов сыграл вничью. В эксклюзивном интервью RT россиянин рассказал, что доволен "
        "результатом.",
        [("indirect", "доволен результатом", "Игорь Сомов")],
    ),
    # A body right before a participle of speech set off by a comma speaks.
    "participle-after-a-body": (
        "Новости.\nИздания опровергали версию западной прессы, писавшей, что лидер будет править всю жизнь.",
        [("indirect", "лидер будет править всю жизнь", "западная пресса")],
    ),
    # "опровергнуть, что …" denies in the speaker's words; "опроверг информацию о том, что …" denies another's.
    "denied-that": (
        "Новости.\nМинистр Игорь Сомов опроверг, что уходит в отставку. Он также опроверг информацию о том, что "
        "продал дом.",
        [("indirect", "уходит в отставку", "Игорь Сомов")],
    ),
    # "по сообщению X" between a subject and its speech verb: the subject's words, which the source reports.
    "source-between-subject-and-verb": (
        "Новости.\nПрезидент Игорь Сомов, по сообщению агентства, сказал сторонникам, что выборы пройдут в срок.",
        [("indirect", "выборы пройдут в срок", "Игорь Сомов")],
    ),
    # "тех, кто говорил, что …": anyone's words, no one's; the main clause's own что-clause is the quote.
    "relative-who-said": (
        "Новости.\nОтвечая на упреки тех, кто говорил о том, что власть ошиблась, прокурор Игорь Сомов заявил, что "
        "доказательства будут.",
        [("indirect", "доказательства будут", "Игорь Сомов")],
    ),
    # A chain of titles set off by commas after the verb closes with the name they all describe.
    "chain-of-titles-closed-by-a-name": (
        "Новости.\n«Мы выбрали этот город», – отметил модератор встречи, сопредседатель общества, декан факультета "
        "профессор Игорь Сомов.",
        [("direct", "Мы выбрали этот город", "Игорь Сомов")],
    ),
    # "гарантировать, что …" reports a promise; "не гарантирует, что …" reports nothing.
    "guaranteed-that": (
        "Новости.\nМинистр Игорь Сомов гарантировал, что выплаты продолжатся. Рост цен не гарантирует, что спрос "
        "упадет.",
        [("indirect", "выплаты продолжатся", "Игорь Сомов")],
    ),
    # "делиться" reports speech: a quotation over three paragraphs attributed in its last.
    "run-on-quotation-shared": (
        "Новости.\n«Я просила ордер, они сказали, что показали его мужу. С мужем я говорила по телефону.\nЧто-то "
        "говорили про вирус», — делится женщина.",
        [
            ("direct", "Я просила ордер, они сказали, что показали его мужу. С мужем я говорила по телефону.\nЧто-то "
             "говорили про вирус", "женщина"),
            ("indirect", "показали его мужу", "они"),
        ],
    ),
    # An attribution inserted after a conjunction and an intro of four words attributes the part after it.
    "inserted-attribution-after-a-conjunction": (
        "Доклад представил эксперт Олег Рябов. И если ничего не предпринимать, рассуждает эксперт, мы «рискуем "
        "отстать навсегда».",
        [("indirect", "мы «рискуем отстать навсегда»", "Олег Рябов")],
    ),
    # "отрапортовать" reports speech.
    "reported-by-a-ministry": (
        "«За сутки призвано более 300 человек», – отрапортовало Министерство обороны.",
        [("direct", "За сутки призвано более 300 человек", "Министерство обороны")],
    ),
    # A list of news items with dashes, its line breaks lost, is no dialogue, though an attributed quote stands
    # far before it.
    "inline-dash-news-items": (
        "Сводка дня.\n«Выздоровели 120 человек», - сказала вице-мэр. Медики проверяют всех прибывших из-за рубежа, "
        "а в аэропортах дежурят бригады. Ограничения продлены до конца месяца, а штрафы за нарушения выросли "
        "вдвое. Власти просят жителей не выходить из дома без необходимости и носить маски в транспорте. - За "
        "сутки выявлено 907 заболевших. В Москве - 3 855. - Еще 71 пациент скончался.",
        [("direct", "Выздоровели 120 человек", "вице-мэр")],
    ),
    # Line breaks lost in a dialogue: a dash after a sentence's end opens the next line of it, attributed on its
    # own; an unattributed line after an attributed one goes on as before, and the one who answers a question is
    # not the one who asked it.
    "inline-dialogue-lines": (
        "Скандал на трассе.\nЧиновник отказался выйти из машины. – А ты кто такой? – спросил Кайрат Ахметов. – Я "
        "инспектор, – ответил полицейский. – Меня избрали люди. Что ты мне сделаешь?! – Вы не имеете права. – Это ты "
        "не имеешь права, – сказал Ахметов. Позже он извинился.",
        [
            ("direct", "А ты кто такой?", "Кайрат Ахметов"),
            ("direct", "Я инспектор", "полицейский"),
            ("direct", "Меня избрали люди. Что ты мне сделаешь?!", "полицейский"),
            ("direct", "Это ты не имеешь права", "Кайрат Ахметов"),
        ],
    ),
    # Line breaks lost in an interview: the answer after a question is a line of its own.
    "inline-interview-answer": (
        "Тренер Игорь Сомов: «Мы готовы»\nНаставник сборной ответил на вопросы. – Ждали победы в группе? – Нет. "
        "Все думали, что лидером будет Испания, – сказал Сомов.",
        [
            ("direct", "Мы готовы", "Игорь Сомов"),
            ("direct", "Нет. Все думали, что лидером будет Испания", "Игорь Сомов"),
        ],
    ),
    # Line breaks lost: a dash quote inside a paragraph ends before the author's next attributed sentence, and a
    # dash sentence that ends with words in marks is one quote.
    "inline-dash-quotes": (
        "Новости.\nСпрос на квартиры растет, сообщил глава департамента Олег Рябов. - Покупают половину квартир, "
        "- уточняет Рябов, - примерно 55 процентов. А доля котлованов снижается. Олег Рябов отметил, что цены "
        "стабильны. - Планируем ввести 2 млн «квадратов», - говорит Рябов.",
        [
            ("indirect", "Спрос на квартиры растет", "Олег Рябов"),
            ("direct", "Покупают половину квартир", "Олег Рябов"),
            ("direct", "примерно 55 процентов. А доля котлованов снижается", "Олег Рябов"),
            ("indirect", "цены стабильны", "Олег Рябов"),
            ("direct", "Планируем ввести 2 млн «квадратов»", "Олег Рябов"),
        ],
    ),
    # Quotations listed before the one a verb after them attributes are quotes of the same attribution.
    "quotations-listed-before-an-attribution": (
        "Новости.\nСнимок собрал комментарии. «Живая кукла», «Ты прекрасна», «Это лучший костюм, который я видел», "
        "– написали фолловеры модели.",
        [
            ("direct", "Живая кукла", "фолловеры модели"),
            ("direct", "Ты прекрасна", "фолловеры модели"),
            ("direct", "Это лучший костюм, который я видел", "фолловеры модели"),
        ],
    ),
    # "Как сообщают в X" with no comma after the source: the place speaks, the content follows it.
    "kak-place-without-a-comma": (
        "Новости.\nКак сообщают в управлении Роспотребнадзора РБ тест-системы имеются в достаточном количестве.",
        [("indirect", "тест-системы имеются в достаточном количестве", "управление Роспотребнадзора РБ")],
    ),
    # A name in marks opening a headline's statement is part of it: the statement is the quote.
    "headline-statement-opening-with-a-name-in-marks": (
        'Купер: "Тампа" выросла как команда в Стокгольме\nГлавный тренер Джон Купер подвёл итоги матчей.',
        [("direct", '"Тампа" выросла как команда в Стокгольме', "Джон Купер")],
    ),
    # A body in the genitive inside the place after a plural verb is the place's own.
    "postposed-press-service-of-a-body": (
        "Новости.\nРусло расчистят к осени, сообщили в пресс-службе администрации Волгоградской области.",
        [("indirect", "Русло расчистят к осени", "пресс-служба администрации Волгоградской области")],
    ),
    # The body in the genitive after "в пресс-службе" is the place's own, no subject of the plural verb.
    "press-service-of-a-body": (
        "Новости.\nВ пресс-службе краевой прокуратуры уточнили, что дело направлено в суд.",
        [("indirect", "дело направлено в суд", "пресс-служба краевой прокуратуры")],
    ),
    # "Звезда" speaks for the celebrity named before.
    "star-is-the-celebrity": (
        "Новости.\nПевица Анна Петрова выступила в Москве. Звезда призналась со сцены, что счастлива.",
        [("indirect", "счастлива", "Анна Петрова")],
    ),
    # A gerund of speech with its own что-clause ends the что-clause before it; a reason ("объяснив это тем, что")
    # does not.
    "chto-then-a-speaking-gerund": (
        "Новости.\nПевица призналась, что счастлива, отметив при этом, что в зале её семья.",
        [("indirect", "счастлива", "Певица"), ("indirect", "в зале её семья", "Певица")],
    ),
    "chto-then-a-reason": (
        "Новости.\nМинистр сказала, что не хватает учителей, объяснив это тем, что губернаторы не помогают.",
        [("indirect", "не хватает учителей, объяснив это тем, что губернаторы не помогают", "Министр")],
    ),
    # A document that reports the whole sentence at its end is no part of the что-clause.
    "chto-then-a-document-at-the-end": (
        "Новости.\nМинистр заявил, что цены вырастут, говорится в сообщении ведомства.",
        [("indirect", "цены вырастут", "Министр")],
    ),
    # "Управление …" is an organisation whose name runs past its adjectives and genitives.
    "administration-as-a-source": (
        "Новости.\nЗапасы нефти в США выросли, сообщило Управление энергетической информации в среду.",
        [("indirect", "Запасы нефти в США выросли", "Управление энергетической информации")],
    ),
    # A time glued to a name after a full stop is no part of a site's address.
    "glued-time-after-a-source": (
        "Новости.\nВоду дадут к утру, сообщает администрация Орска.22:45 Авария устранена.",
        [("indirect", "Воду дадут к утру", "администрация Орска")],
    ),
    # A decimal comma ends no title set off after the source: the content runs from the comma after it.
    "kak-then-a-title-word-and-a-decimal": (
        "Новости.\nКак отметили в мэрии, правительством края выделено 12,5 миллиона рублей на ремонт школ.",
        [("indirect", "правительством края выделено 12,5 миллиона рублей на ремонт школ", "мэрия")],
    ),
    # A sentence that opens with a short name in marks and ends with another before "пишет X": the outlet's report.
    "name-in-marks-opens-a-reported-sentence": (
        'Новости.\n"Северный банк" открыл отделение в торговом центре "Радуга", пишет «Деловая газета».',
        [("indirect", '"Северный банк" открыл отделение в торговом центре "Радуга"', "Деловая газета")],
    ),
    # A name in marks inside the subject's relative clause: the words after the colon are the quote, nothing before.
    "relative-clause-with-a-title-in-marks": (
        "После встречи Гусев, который станет советником «Городского проекта», заявил: «Я доволен».",
        [("direct", "Я доволен", "Гусев")],
    ),
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
    # "…, об этом рассказал X" within a sentence points back like "…, о чём рассказал X"; an attribution before
    # it is no content ("Как передает агентство, об этом сказал X").
    "ob-etom-after-comma": (
        "Новости дня.\nВ регионе открывается окно возможностей, об этом в интервью рассказал депутат Сергей Волков.",
        [("indirect", "В регионе открывается окно возможностей", "Сергей Волков")],
    ),
    "ob-etom-after-an-attribution": (
        "Новости дня.\nЗавод закрыт на ремонт.\nКак передает агентство, об этом сказал депутат Сергей Волков.",
        [("indirect", "Завод закрыт на ремонт", "Сергей Волков")],
    ),
    # A что-clause opened inside parentheses ends at their closing one.
    "chto-in-parentheses": (
        "Новости дня.\nСтавка снизится до 20% (министр Сергей Волков отметил, что возможно и до 15%) уже в мае.",
        [("indirect", "возможно и до 15%", "Сергей Волков")],
    ),
    # "продолжает заявлять, что": a verb of going on with a speech verb in the infinitive; "заключает", "уведомил".
    "goes-on-saying": (
        "Новости дня.\nМинистерство продолжает заявлять, что закон не нарушен.",
        [("indirect", "закон не нарушен", "Министерство")],
    ),
    "concludes-and-notifies": (
        "Новости дня.\nКомиссия заключает, что нарушений нет. Ведомство уведомило компанию, что лицензию отзовут.",
        [("indirect", "нарушений нет", "Комиссия"), ("indirect", "лицензию отзовут", "Комиссия")],
    ),
    "opinion-heading": (
        "Рынок меняется.\n\nТочка зрения аналитика Сергея Волкова:\n\n«Цены вырастут к осени.",
        [("direct", "Цены вырастут к осени", "Сергей Волков")],
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
    # A stage direction in brackets or a quoted subheading inside an interview leaves its run of answers unbroken.
    "interview-with-interludes": (
        "Директор театра Эгил Бержис ответил на вопросы корреспондента.\n\n– Что будет с театром?\n\n"
        "– Театр будет работать.\n\n(Смеётся.)\n\n– А когда премьера?\n\n– Весной, в апреле.\n\n"
        "«Зрители ждут»\n\n– Кто сыграет?\n\n– Вся труппа.",
        [
            ("direct", "Театр будет работать", "Эгил Бержис"),
            ("direct", "Весной, в апреле", "Эгил Бержис"),
            # A quoted subheading between the answers is drawn from them.
            ("direct", "Зрители ждут", "Эгил Бержис"),
            ("direct", "Вся труппа", "Эгил Бержис"),
        ],
    ),
    # In an interview's run, the turns of the lines with a question mark are questions; the others are answers, also
    # the first line after the introduction and one after a question with no question mark.
    "interview-by-turns": (
        "Тренер Виктор Гончаренко не скрывал радости.\n— Довольны победой.\n— Назовите причину успеха.\n"
        "— Всё дело в характере.\n— Почему не получилась атака?\n— Причин много.\n— Что дальше?\n— Работа.",
        [
            ("direct", "Довольны победой", "Виктор Гончаренко"),
            ("direct", "Всё дело в характере", "Виктор Гончаренко"),
            ("direct", "Причин много", "Виктор Гончаренко"),
            ("direct", "Работа", "Виктор Гончаренко"),
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
    # Two words of its own are enough for a post to say something.
    "embedded-post-of-two-words": (
        "Команда забила.\n\nКакой гол! ⚽️ #Лига\n\n— ФК Восток (@FCVostok)",
        [("direct", "Какой гол! ⚽️ #Лига", "ФК Восток")],
    ),
    "embedded-post-publication": (
        "Вратарь Павел Сухов поблагодарил болельщиков.\n\nСпасибо всем!!! #победа\n\n"
        "Публикация от Pavel Sukhov (@suhov1)",
        [("direct", "Спасибо всем!!! #победа", "Павел Сухов")],
    ),
    # A video post signs "Видео опубликовано Name (@handle)".
    "embedded-video-post": (
        "Футболисты записали ролик.\n\nWe did it again! #Challenge\n\n"
        "Видео опубликовано Rapid Wien (@skrapid)\n\nНоя 9 2016 в 6:03 PST",
        [("direct", "We did it again! #Challenge", "Rapid Wien")],
    ),
    # A flag on a line of its own among a post's hashtags is no line of its words.
    "embedded-post-flag-line": (
        "Гонка началась.\n\nOne hour to go! Who will win?\n#AustinGP\n 🇺🇸 \npic.twitter.com/AbCd\n"
        "— Formula 1 (@F1) \n27 октября 2017 г.\nГонщики вышли на старт.",
        [("direct", "One hour to go! Who will win?", "Formula 1")],
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
    # a quotation split by its attribution and going on in the next paragraph: its second part runs on
    "split-quotation-runs-on": (
        "«Это политика министерства, — объяснил эксперт Иван Петров. — Если закон примут, школ станет меньше.\n"
        "Язык будут вытеснять из учебных заведений».",
        [
            ("direct", "Это политика министерства", "Иван Петров"),
            (
                "direct",
                "Если закон примут, школ станет меньше.\nЯзык будут вытеснять из учебных заведений",
                "Иван Петров",
            ),
        ],
    ),
    # answers with their questions left out: an answer that goes on without a dash, that holds an opinion verb of
    # its own words, or that opens with a quotation mark, does not end the run
    "answers-run-on": (
        "Режиссёр Иван Петров рассказал журналисту о том, как удержать зрителя.\n"
        "– Вопрос сложный. Многие коллеги считают, что система не работает.\n"
        "Мы бы хотели вернуться к плану.\n"
        "– «Москва» – да, это был конкурс сценариев.",
        [
            (
                "direct",
                "Вопрос сложный. Многие коллеги считают, что система не работает.\nМы бы хотели вернуться к плану",
                "Иван Петров",
            ),
            ("indirect", "система не работает", "коллеги"),
            ("direct", "«Москва» – да, это был конкурс сценариев", "Иван Петров"),
        ],
    ),
    # four small words between the dash and the verb after a quotation
    "four-words-before-verb": (
        "«Интересы собственника будут учтены», – уже в который раз повторил Иван Петров.",
        [("direct", "Интересы собственника будут учтены", "Иван Петров")],
    ),
    # a sentence that opens with a figure and holds a quoted fragment before a postposed attribution; a gerund
    # after the postposed verb speaks for its subject after it
    "figure-opens-partial-quote": (
        "54-летний актёр заболел «сердечным расстройством», сообщило агентство Reuters, добавив, что операция "
        "прошла успешно.",
        [
            ("indirect", "54-летний актёр заболел «сердечным расстройством»", "агентство Reuters"),
            ("indirect", "операция прошла успешно", "агентство Reuters"),
        ],
    ),
    # the speaker's own account inside a quotation: no quote of its own
    "own-account-in-quotation": (
        "Капитан Олег Серов рассказал, как шли: «Мы долго смотрели на карту и в итоге заметили, что льды ушли на "
        "север».",
        [("direct", "Мы долго смотрели на карту и в итоге заметили, что льды ушли на север", "Олег Серов")],
    ),
    # the subject set off by commas before the verb is the speaker, not content
    "subject-between-commas-before-verb": (
        "Один из авторов проекта, Юрий Марков, рассказал RT, как всё началось: «Мы хотели посмеяться над выборами».",
        [("direct", "Мы хотели посмеяться над выборами", "Юрий Марков")],
    ),
    # what a request is for, quoted after what it asks
    "request-purpose-in-marks": (
        "Депутаты попросили министра подготовить план ремонта дорог, «чтобы жители не ждали до осени».",
        [("direct", "чтобы жители не ждали до осени", "Депутаты")],
    ),
    # an organisation's name in the genitive may go on after a comma inside a chain of titles
    "title-chain-genitive-list": (
        "«Реформа запоздала», — сказал директор Центра правовых исследований, международных отношений и публичной "
        "политики Пётр Сомов.",
        [("direct", "Реформа запоздала", "Пётр Сомов")],
    ),
    # the full stops of "им." and of initials end no link of a chain of titles
    "title-chain-with-initials": (
        "«Реформа запоздала», — сказал профессор, заведующий кафедрой университета им. И.И. Мечникова Пётр Сомов.",
        [("direct", "Реформа запоздала", "Пётр Сомов")],
    ),
    # hashtags inside a post's text break it into lines: a line going on in small letters is still the post's
    "embedded-post-hashtags-inside": (
        "Жители спорят о погоде.\nSending greetings to all who doubt\n#Climate\n is changing and we know it\n#Storm\n"
        "pic.twitter.com/AbCdEf\n— John Smith (@jsmith)\n5 января 2017 г.",
        [("direct", "Sending greetings to all who doubt\n#Climate\n is changing and we know it\n#Storm", "John Smith")],
    ),
    # handles and punctuation inside a post's text break it into lines: a line after a comma goes on with it
    "embedded-post-handles-inside": (
        "Матч перенесли.\nThe league has decided to postpone \n@ClubA\n / \n@ClubB\n, and to hold a minute of "
        "silence\npic.twitter.com/AbCdEf\n— League (@league)\n9 марта 2018 г.",
        [
            (
                "direct",
                "The league has decided to postpone \n@ClubA\n / \n@ClubB\n, and to hold a minute of silence",
                "League",
            )
        ],
    ),
    # a Latin signature goes to the article's person whose surname it spells: "Kh" written "Кх" too
    "embedded-post-signature-kh": (
        "С этим согласился конгрессмен Ро Кханна.\nHave we not learned from Iraq?\npic.twitter.com/AbCdEf\n"
        "— Ro Khanna (@RoKhanna)\n7 апреля 2017 г.",
        [("direct", "Have we not learned from Iraq?", "Ро Кханна")],
    ),
    # a signature's name ends at an emoji or at the same name in another script
    "embedded-post-signature-with-an-emoji": (
        "Суд вынес решение.\nHistory is made today\npic.twitter.com/AbCdEf\n— Jun Park🎗 (@junpark)\n10 марта 2017 г.",
        [("direct", "History is made today", "Jun Park")],
    ),
    "embedded-post-signature-in-two-scripts": (
        "Суд вынес решение.\nPeople are watching the verdict\npic.twitter.com/AbCdEf\n— Jihye Lee 이지혜 (@jlee)\n"
        "10 марта 2017 г.",
        [("direct", "People are watching the verdict", "Jihye Lee")],
    ),
    # a post in two languages above Latin hashtags is a post, not a line of the article
    "embedded-post-two-scripts": (
        "Пилот пришёл на шоу.\nTonight on TV! / Сегодня вечером на канале!\n#show\npic.twitter.com/AbCdEf\n"
        "— John Smith (@jsmith)\n5 января 2017 г.",
        [("direct", "Tonight on TV! / Сегодня вечером на канале!", "John Smith")],
    ),
    # a handle tagged after the post's text, then its hashtags: the post ends before the handle
    "embedded-post-handle-line": (
        "Игрок ответил поклонникам.\nBe brave\n@fanclub\n#goals\npic.twitter.com/AbCdEf\n"
        "— John Smith (@jsmith)\n5 января 2017 г.",
        [("direct", "Be brave", "John Smith")],
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
    # a quotation broken into lines mid-sentence (a link's text on a line of its own) is one quote
    "quotation-broken-into-lines": (
        "Начало.\n«Мы спросим депутатов (в парламенте. — \nТВ\n) и больше не будем ждать», — сказал Олег Гринев.",
        [("direct", "Мы спросим депутатов (в парламенте. — \nТВ\n) и больше не будем ждать", "Олег Гринев")],
    ),
    "quotation-broken-at-comma": (
        "Начало.\n«На любые угрозы нашим союзникам, \nбудет дан ответ», — сказал министр Олег Гринев.",
        [("direct", "На любые угрозы нашим союзникам, \nбудет дан ответ", "Олег Гринев")],
    ),
    # a title chain whose link names two projects in Latin letters joined by "и"
    "title-chain-latin-names": (
        "«Планету видно всю ночь», — пояснил руководитель обсерватории «Ка-Дар», создатель проектов Science "
        "и AstroAlert Олег Гринев.",
        [("direct", "Планету видно всю ночь", "Олег Гринев")],
    ),
    # "А вот по мнению X, …" opens an attribution like "А по мнению X"
    "a-vot-po-mneniyu": (
        "А вот по мнению переводчика книги Анны Беловой, роман вовсе не устарел.",
        [("indirect", "роман вовсе не устарел", "Анна Белова")],
    ),
    # one of a group, unnamed, after the verb; "выразиться" is a speech verb
    "one-of-a-group": (
        "Как выразился один из источников, он «добывал золото у старателей». «Все решено», — сказала одна из "
        "участниц встречи.",
        [
            ("indirect", "он «добывал золото у старателей»", "один из источников"),
            ("direct", "Все решено", "одна из участниц"),
        ],
    ),
    # a что-clause in a subordinate clause ends where the main clause goes on, past a dash aside
    "chto-in-when-clause": (
        "Когда Анна Белова написала, что заметила эту публикацию, для меня это было неожиданностью.",
        [("indirect", "заметила эту публикацию", "Анна Белова")],
    ),

    # three full stops before an inserted attribution split a quotation like "…"
    "three-dots-before-dash-attribution": (
        "Олег Гринев покинул страну.\n«Я переоделся и оставил Киев... — сообщил оппозиционер. — Ночью перешел "
        "границу».",
        [("direct", "Я переоделся и оставил Киев", "Олег Гринев"), ("direct", "Ночью перешел границу", "Олег Гринев")],
    ),
    # verbs of threatening and agreeing report a что-clause
    "threatened-that": (
        "Депутат Олег Гринев пригрозил, что активисты займут здания.",
        [("indirect", "активисты займут здания", "Олег Гринев")],
    ),
    "agree-in-opinion": (
        "Эксперты сходятся во мнении, что судно затонуло из-за перегрузки.",
        [("indirect", "судно затонуло из-за перегрузки", "Эксперты")],
    ),
    # "По мнению X, A: «B»": the quotation after the colon is a direct quote of its own
    "po-mneniyu-then-colon-quotation-unattributed": (
        "По мнению Олега Гринева, аварию подстроил злой дух: «Это доказывало, что я должен вернуться». По его "
        "словам, дух был зол: «Он не отпускал меня».",
        [
            ("indirect", "аварию подстроил злой дух", "Олег Гринев"),
            ("direct", "Это доказывало, что я должен вернуться", "Олег Гринев"),
            ("indirect", "дух был зол", "Олег Гринев"),
            ("direct", "Он не отпускал меня", "Олег Гринев"),
        ],
    ),
    "po-mneniyu-then-colon-quotation": (
        "По мнению Олега Гринева, аварию подстроил злой дух: «Это доказывало, что я должен вернуться», — сказал он.",
        [
            ("indirect", "аварию подстроил злой дух", "Олег Гринев"),
            ("direct", "Это доказывало, что я должен вернуться", "Олег Гринев"),
        ],
    ),
    # a title set off after the source of "как …" names it; the quote starts after it
    "kak-source-apposition": (
        "Закон уже четвертый, но, как надеется автор, глава комитета по здравоохранению Олег Гринев, станет "
        "последним.",
        [("indirect", "станет последним", "Олег Гринев")],
    ),
    # words of manner between the dash and the verb of an inserted attribution; "одна из них" stays unnamed
    "inserted-attribution-with-manner": (
        "Учительницы писали за кукол диктанты. «Журнал у меня и сейчас такой же, — со смехом признаётся одна из "
        "них, — доигралась!»",
        [
            ("direct", "Журнал у меня и сейчас такой же", "одна из них"),
            ("direct", "доигралась!", "одна из них"),
        ],
    ),
    "doubt-that": (
        "Сотрудники службы безопасности сомневаются в том, что эти жертвы станут последними.",
        [("indirect", "эти жертвы станут последними", "Сотрудники службы безопасности")],
    ),
    # reproach and regret report a что-clause
    "reproach-and-regret": (
        "Президент Иван Петров попенял соседям на то, что они не настояли на его участии. Более того, он "
        "сожалеет о том, что предшественники допустили ошибку.",
        [
            ("indirect", "они не настояли на его участии", "Иван Петров"),
            ("indirect", "предшественники допустили ошибку", "Иван Петров"),
        ],
    ),
    # two surnames of the text's people side by side are two people, not one name
    "two-known-surnames-side-by-side": (
        "Тренер Хосе Гарсиа сказал Олегу Гриневу, что сезон будет трудным. О своем разговоре с Гарсиа Гринев "
        "рассказал журналистам.\n\nГринев сообщил, что общался с Гарсиа неделю.",
        [
            ("indirect", "сезон будет трудным", "Хосе Гарсиа"),
            ("indirect", "общался с Гарсиа неделю", "Олег Гринев"),
        ],
    ),
    # a title with the name of an organisation points to the one titled so with that organisation
    "title-with-the-same-organisation": (
        "Главный тренер «Зенита» Хосе Гарсиа похвалил наставника «Спартака» Олега Гринева. Тренер «Спартака» "
        "подчеркнул, что рад похвале.",
        [("indirect", "рад похвале", "Олег Гринев")],
    ),
    # the one speaking keeps a title the article gave him, or one that stands for it
    "title-of-the-current-speaker": (
        "Главный тренер «Зенита» Хосе Гарсиа выступил. Наставник «Спартака» Олег Гринев выразил уверенность, что "
        "команда победит. По словам тренера, с составом приятно работать.",
        [
            ("indirect", "команда победит", "Олег Гринев"),
            ("indirect", "с составом приятно работать", "Олег Гринев"),
        ],
    ),
    # a title set off by commas between the subject and the verb names someone else
    "comma-apposition-before-verb": (
        "Андрей Иванов, бывший советник г-на Путина, сказал о своей отставке: «Это одно дело».",
        [("direct", "Это одно дело", "Андрей Иванов")],
    ),
    # a content clause that opens with a title noun of its own is no apposition of the source
    "parenthetical-content-with-title-subject": (
        'Теперь же, заявил Олег Гринев "Интерфаксу", депутаты готовы принять закон о времени.',
        [("indirect", "депутаты готовы принять закон о времени", "Олег Гринев")],
    ),
    # "в то же время", "в свою очередь" open an adverbial phrase, not the place that speaks
    "adverbial-phrase-before-place": (
        'В то же время в "Зеленой партии" считают, что вопрос должно решать правительство.',
        [("indirect", "вопрос должно решать правительство", "Зеленая партия")],
    ),
    # reported speech of a group inside a direct quote is a quote of its own
    "group-reported-inside-direct-quote": (
        "«Эксперты сказали, что вода уйдет», — добавила Мария Петрова.",
        [("direct", "Эксперты сказали, что вода уйдет", "Мария Петрова"), ("indirect", "вода уйдет", "Эксперты")],
    ),
    # a first name and a patronymic stand for the full name with that first name
    "first-name-and-patronymic": (
        "Бывший президент Виктор Янукович живет в России. В феврале Виктор Федорович дал интервью газете, "
        "в котором рассказал, что расстался с женой.",
        [("indirect", "расстался с женой", "Виктор Янукович")],
    ),
    # a transcript with its punctuation left out under an attribution ending in a colon; "мать одной из девушек"
    # a transcript at the end of the text is no excerpt cut off mid-sentence
    "colon-paragraph-transcript-last": (
        "Убийство потрясло страну.\n\nПресс-секретарь МИДа Норвегии Анне Лунде сообщила журналистам следующее:\n"
        " Наше посольство принимает активное участие в расследовании этого ужасного инцидента Мы делаем все "
        "чтобы установить детали произошедшего\n",
        [("direct", "Наше посольство принимает активное участие в расследовании этого ужасного инцидента Мы делаем "
          "все чтобы установить детали произошедшего", "Анне Лунде")],
    ),
    "colon-paragraph-transcript": (
        "Убийство потрясло страну.\n\nМать одной из девушек сказала в интервью:\n Мы не советовали ей ехать мы "
        "слышали что это неспокойное место и там уже убивали людей вся семья сломлена наша дочь не заслужила "
        "такого \n\nПолиция вышла на след.",
        [("direct", "Мы не советовали ей ехать мы слышали что это неспокойное место и там уже убивали людей вся "
          "семья сломлена наша дочь не заслужила такого", "Мать одной из девушек")],
    ),
    # a post that opens with a handle after a finished sentence of the article
    "embedded-post-opening-with-handle": (
        "Это крупнейшая сделка в истории, отмечает представитель Белого дома Джон Смит в микроблоге.\n@POTUS\n"
        " and King Salman sign a statement \npic.twitter.com/vA9vT\n— John Smith (@PressSec) \nMay 20, 2017",
        [
            ("indirect", "Это крупнейшая сделка в истории", "Джон Смит"),
            ("direct", "@POTUS\n and King Salman sign a statement", "Джон Смит"),
        ],
    ),
    # a journalist introduced as a correspondent; the listener after a name is no title of it
    "journalist-after-correspondent": (
        "В квартале побывала корреспондент RT Анна Белова.\n«Операция продолжается», — рассказала она по "
        "телефону.\nПо словам журналистки, сотни семей вернулись домой.",
        [
            ("direct", "Операция продолжается", "Анна Белова"),
            ("indirect", "сотни семей вернулись домой", "Анна Белова"),
        ],
    ),
    "listener-is-no-title": (
        "«Бюджет сократят», — сказал министр Олег Гринев журналистам. Решение принято, передает корреспондент "
        "Bestnews.kz.",
        [("direct", "Бюджет сократят", "Олег Гринев")],
    ),
    # the document goes on after a short intro, in the same paragraph; a place inside what it says is no source
    "impersonal-after-intro-same-paragraph": (
        "«Средства распределены», — говорится в сообщении правительства. В частности, сообщается, что выплаты "
        "начнутся в январе.",
        [
            ("direct", "Средства распределены", "сообщение правительства"),
            ("indirect", "выплаты начнутся в январе", "сообщение правительства"),
        ],
    ),
    # answers in dash paragraphs after "X рассказал о том, как …" are X's, also with the questions left out
    "answers-after-a-talk-intro": (
        "Министр Олег Гринев рассказал журналистам о том, как будет развиваться отрасль.\n"
        "– Мы построим три новых завода. Работы начнутся весной.\n"
        "– Инвесторы уже готовы вложить средства.",
        [
            ("direct", "Мы построим три новых завода. Работы начнутся весной", "Олег Гринев"),
            ("direct", "Инвесторы уже готовы вложить средства", "Олег Гринев"),
        ],
    ),
    # the intro's sentence broken into lines (a name lost with its link): the answers are quotes, unnamed
    "answers-after-a-broken-intro": (
        "Общество выбирает путь. Праправнук великого писателя \n рассказал журналисту «НГ» \n о том, какой опыт "
        "нужен России.\n– Национальная идея России в запросе на справедливость.\n– У России собственный путь "
        "развития.",
        [
            ("direct", "Национальная идея России в запросе на справедливость", None),
            ("direct", "У России собственный путь развития", None),
        ],
    ),
    # "«…», – улыбнулся X": the punctuation of direct speech and a person after any verb.
    "marks-after-any-verb": (
        "«Мы будем работать дальше», – улыбнулся министр Сергей Волков.",
        [("direct", "Мы будем работать дальше", "Сергей Волков")],
    ),
    "marks-after-so-began": (
        "«Время сейчас непростое!» – так начал свою речь настоятель Иоанн Светлов.",
        [("direct", "Время сейчас непростое!", "Иоанн Светлов")],
    ),
    "marks-after-verb-and-object": (
        "«Дорогу откроют осенью, а мост – весной», – подписал видео аким Ерлан Касымов.",
        [("direct", "Дорогу откроют осенью, а мост – весной", "Ерлан Касымов")],
    ),
    # "К такому выводу пришли X": a conclusion pointed back at, like "Такие данные привел X".
    "backward-conclusion": (
        "Спрос на жильё упадёт на треть. К такому выводу пришли аналитики банка.",
        [("indirect", "Спрос на жильё упадёт на треть", "аналитики банка")],
    ),
    # "Надпись гласит: «…»", "Закон гласит, что …": what a text says.
    "text-says-colon": (
        "На стене висит плакат. Надпись гласит: «Берегите лес от пожара!»",
        [("direct", "Берегите лес от пожара!", "Надпись")],
    ),
    # "A, говорит он, B": an attribution inserted between two clauses gives both.
    "postposed-resumed": (
        "Экономист Булат Ахметов выступил на форуме.\n"
        "В следующем году прибыли почти не будет, говорит он, стоило бы передать регионам часть НДС.",
        [
            ("indirect", "В следующем году прибыли почти не будет", "Булат Ахметов"),
            ("indirect", "стоило бы передать регионам часть НДС", "Булат Ахметов"),
        ],
    ),
    "postposed-not-resumed-by-a-second-attribution": (
        "Цены на хлеб в этом году сохранят, заявила министр Алия Сейтова, передаёт корреспондент агентства.",
        [("indirect", "Цены на хлеб в этом году сохранят", "Алия Сейтова")],
    ),
    # an interview after a link to another article: the person the link names is not the one answering;
    # the link's own headline quotes them
    "interview-after-a-related-link": (
        "Также по теме\n"
        "«Мы готовы ко всему»: Мельников о новом сезоне\n"
        "— Почему вы выбрали гандбол?\n"
        "— В моём городе этот вид спорта всегда был очень популярен.\n"
        "— Что вам нравится в игре?\n"
        "— Разумеется, скорость и борьба.",
        [("direct", "Мы готовы ко всему", "Мельников")],
    ),
    # a participle after a title in its own case attributes the что-clause to the title's holder
    "participle-after-an-oblique-title": (
        "Президент Сирии Иван Сомов дал интервью. Депутат Николя Дюик повторил слова сирийского президента, "
        "утверждавшего, что санкции не работают.",
        [("indirect", "санкции не работают", "Иван Сомов")],
    ),
    # an opinion verb inserted with a dash splits a quotation as a speech verb does
    "split-by-an-opinion-verb": (
        "Патриарх Кирилл выступил на совете.\n«Храмы в вузах нужны, – считает патриарх. – Священник поможет "
        "студентам».",
        [
            ("direct", "Храмы в вузах нужны", "Кирилл"),
            ("direct", "Священник поможет студентам", "Кирилл"),
        ],
    ),
    # "Между тем," is a connective before an inserted "как пояснили X", not a comparison ("тем, как")
    "kak-after-mezhdu-tem": (
        "Индекс вырос.\nМежду тем, как пояснили вчера «Газете» в пресс-службе Росстата, ведомство считает "
        "индекс по данным о производстве.",
        [("indirect", "ведомство считает индекс по данным о производстве", "пресс-служба Росстата")],
    ),
    # a relative of the other gender than the name after it owns that name: the relative speaks, unnamed
    "po-slovam-of-a-relative": (
        "По словам жены Ивана Петрова, он вернулся поздно.",
        [("indirect", "он вернулся поздно", "жена Ивана Петрова")],
    ),
    "po-slovam-of-a-titled-name": (
        "По словам адвоката Ивана Петрова, суд перенесен.",
        [("indirect", "суд перенесен", "Иван Петров")],
    ),
    # a name in marks that ends a sentence is no quotation the next sentence's "приводит слова X" attributes
    "name-in-marks-before-words-of": (
        "Председатель клуба Олег Ветров расплакался.\n«Победа важна для всех болельщиков «Спартака». "
        "Мы счастливы», — приводит слова Ветрова «Спорт».",
        [("direct", "Победа важна для всех болельщиков «Спартака». Мы счастливы", "Олег Ветров")],
    ),
    # a transcript: lines opening with a speaker's label (initials or a name) and a colon quote that speaker;
    # initials stand for the one person the text names so
    "transcript-with-initials": (
        "Интервью с министром Андреем Ветровым ведёт Ольга Сомова.\n"
        "О.С.: Доброе утро! Вы волнуетесь перед первым сентября?\n"
        "А.В.: Всегда волнуюсь, сфера очень чувствительная.\n"
        "Е. И.: Родители всегда работали в строительной сфере.",
        [
            ("direct", "Доброе утро! Вы волнуетесь перед первым сентября?", "Ольга Сомова"),
            ("direct", "Всегда волнуюсь, сфера очень чувствительная", "Андрей Ветров"),
            ("direct", "Родители всегда работали в строительной сфере", "Е. И."),
        ],
    ),
    # in a transcript a turn of one word is a quote too
    "transcript-short-turns": (
        "Интервью с министром Андреем Ветровым ведёт Ольга Сомова.\n"
        "О.С.: Новые школы откроются к осени?\n"
        "А.В.: Да.\n"
        "О.С.: Почему?\n"
        "А.В.: Подрядчики закончили стройку раньше срока.",
        [
            ("direct", "Новые школы откроются к осени?", "Ольга Сомова"),
            ("direct", "Да", "Андрей Ветров"),
            ("direct", "Почему?", "Ольга Сомова"),
            ("direct", "Подрядчики закончили стройку раньше срока", "Андрей Ветров"),
        ],
    ),
    # an interview whose questions open with a dash and whose answers do not: the answers are the person
    # introduced before the first question
    "interview-with-plain-answers": (
        "Специально для газеты судья Олег Ветров пересмотрел спорные моменты.\n"
        "— Давайте начнём с первого эпизода. Удаление было заслуженным?\n"
        "Конечно, удалять защитника не стоило. Никакой агрессии в его действиях не было.\n"
        "— Может быть, арбитр плохо видел сам эпизод?\n"
        "Мне кажется, у арбитра была отличная позиция для обзора.",
        [
            ("direct", "Конечно, удалять защитника не стоило. Никакой агрессии в его действиях не было", "Олег Ветров"),
            ("direct", "Мне кажется, у арбитра была отличная позиция для обзора", "Олег Ветров"),
        ],
    ),
    # words a crowd chants
    "crowd-chants": (
        "На площади собрались сотни человек. Люди скандировали: «Долой налог на безработицу!»",
        [("direct", "Долой налог на безработицу!", "Люди")],
    ),
    # a subject left out before "в интервью X": the outlet is the medium, the verb's gender finds the speaker
    "left-out-subject-before-an-interview-medium": (
        "Тренер Игорь Мельников возглавил команду.\n"
        "Жёсткая критика — результат недовольства своей работой, рассказал в интервью RT.",
        [("indirect", "Жёсткая критика — результат недовольства своей работой", "Игорь Мельников")],
    ),
    "postposed-not-resumed-by-a-relative-clause": (
        "Цены на хлеб в этом году сохранят, заявила министр Алия Сейтова, слова которой приводит агентство.",
        [("indirect", "Цены на хлеб в этом году сохранят", "Алия Сейтова")],
    ),
    "postposed-not-resumed-by-a-gerund": (
        "Цены на хлеб в этом году сохранят, заявила министр Алия Сейтова, выступая в парламенте.",
        [("indirect", "Цены на хлеб в этом году сохранят", "Алия Сейтова")],
    ),
    # "Если верить X, (то) …": the source believed speaks.
    "if-we-believe": (
        "Штурм шёл долго. Если верить Минобороны, то город освобождён в конце января.",
        [("indirect", "город освобождён в конце января", "Минобороны")],
    ),
    # A passive "отмечен" inside the content of a document's words is content, not a second attribution.
    "postposed-document-with-passive-inside": (
        "Миграционный прирост отмечен и в городах, и в сёлах, говорится в отчете статистического ведомства.",
        [("indirect", "Миграционный прирост отмечен и в городах, и в сёлах", "отчет статистического ведомства")],
    ),
    "press-mentions": (
        "В частности, пресса упоминает о том, что министр летал в Лондон.",
        [("indirect", "министр летал в Лондон", "пресса")],
    ),
    "experts-predicted": (
        "Еще в марте эксперты предсказывали, что губернаторов переназначат.",
        [("indirect", "губернаторов переназначат", "эксперты")],
    ),
    "fans-shouted": (
        "Болельщики выбежали на поле. Они кричали: «Это наши цвета! Снимайте!»",
        [("direct", "Это наши цвета! Снимайте!", "болельщики")],
    ),
    "passive-declared": (
        "В документе заявлено, что филиалам оставлена возможность вещать.",
        [("indirect", "филиалам оставлена возможность вещать", "документ")],
    ),
    "postposed-outlet-opinion-verb-inside": (
        "В зоопарке умерла верблюдица, которая много лет предсказывала исходы матчей, сообщает Associated Press.",
        [
            (
                "indirect",
                "В зоопарке умерла верблюдица, которая много лет предсказывала исходы матчей",
                "Associated Press",
            )
        ],
    ),
    # "Правда, X утверждает": a parenthetical word opening the sentence is no subject.
    "parenthetical-word-is-no-subject": (
        "Министр побывал в Ярославле. Правда, секретарь партии утверждает, что тема отставки не обсуждалась.",
        [("indirect", "тема отставки не обсуждалась", "секретарь партии")],
    ),
    # An outlet before the verb and a person after it: the outlet is the one told.
    "outlet-told-chto": (
        "RT рассказал заместитель директора центра Олег Ветров, что похолодание будет плавным.",
        [("indirect", "похолодание будет плавным", "Олег Ветров")],
    ),
    "outlet-told-about-that": (
        "О том, что похолодание будет плавным, RT рассказал синоптик Олег Ветров.",
        [("indirect", "похолодание будет плавным", "Олег Ветров")],
    ),
    "organisation-tells-a-listener": (
        "Посольство сообщило главе МИД Ивану Петрову, что визы выдадут в срок.",
        [("indirect", "визы выдадут в срок", "Посольство")],
    ),
    # "X, заявивший, что …": a speaking participle attributes the что-clause to the person it follows.
    "participle-to-sentence-end": (
        "С ним согласен и лыжник Олег Ветров, заявивший, что сборная готова, пока не доказано обратное.",
        [("indirect", "сборная готова, пока не доказано обратное", "Олег Ветров")],
    ),
    "participle-phrase-ends-before-the-main-verb": (
        "Свидетельница Ассоль Нгуема, утверждающая, что видела нападавших, неоднократно меняла показания.",
        [("indirect", "видела нападавших", "Ассоль Нгуема")],
    ),
    "participle-after-an-oblique-name": (
        "Он встретился с министром Иваном Петровым, заявившим, что реформа продолжится, и обсудил бюджет.",
        [("indirect", "реформа продолжится", "Иван Петров")],
    ),
    # A quotation ending its paragraph does not run on into one that holds a quotation of its own.
    "voice-stops-at-a-quotation-of-its-own": (
        "Брат позвонил и сказал: «Я всё улажу».\n\nСестра так описывает увиденное: «Я всё поняла сразу».",
        [("direct", "Я всё улажу", "Брат")],
    ),
    # A linked headline "«…»: Title" names its speaker by a title, with a place or topic after it.
    "headline-quote-then-title": (
        "Форум открылся.\n«Экономика выдержит любые санкции»: генсек ООН на форуме\nДискуссия продолжилась.",
        [("direct", "Экономика выдержит любые санкции", "генсек ООН")],
    ),
    "headline-quote-then-titled-name": (
        "«Мы готовы ко всему»: министр обороны Иван Сомов\nУчения завершились.",
        [("direct", "Мы готовы ко всему", "Иван Сомов")],
    ),
    # "полагают что …": a что-clause with its comma left out, right after the verb.
    "chto-without-comma": (
        "Некоторые аналитики полагают что у губернатора есть все шансы.",
        [("indirect", "у губернатора есть все шансы", "аналитики")],
    ),
    # An opening mark never closed before an attribution that ends the paragraph: the quote ends at the dash.
    "unclosed-quotation-before-attribution": (
        "Правительство расширило список запрещённых товаров.\n"
        "«Ограничения не скажутся на ценах, — отмечается в документе.\n"
        "Новые меры вступят в силу через десять дней.",
        [("direct", "Ограничения не скажутся на ценах", "документ")],
    ),
    # A short quotation alone on its line with no sentence punctuation is a subheading, not a quote going on: its
    # speaker is the section's below it (none here), not the one quoted above it.
    "quoted-subheading-after-a-quote": (
        "«Проблемы с импортом решим до конца года», — заявил министр Олег Ветров.\n"
        "«С рынком всё будет в порядке»\n"
        "Новые ограничения вступят в силу в марте.",
        [
            ("direct", "Проблемы с импортом решим до конца года", "Олег Ветров"),
            ("direct", "С рынком всё будет в порядке", None),
        ],
    ),
    # A linked headline "«…»: Body verb …" quotes the body that the verb's subject names.
    "headline-quote-then-body-verb": (
        "«Пока не покажут образцы, отвечать не будем»: Москва отказалась отвечать на ультиматум\nСанкции ввели.",
        [("direct", "Пока не покажут образцы, отвечать не будем", "Москва")],
    ),
    "headline-quote-then-place-verb": (
        "«Мы ответим на санкции»: в Кремле пообещали ответ\nСанкции ввели.",
        [("direct", "Мы ответим на санкции", "Кремль")],
    ),
    # "В этой статье указывается, что …": a demonstrative before a document is a place, not a time.
    "demonstrative-document-speaks": (
        "Регистрацию приостановили по статье 20 закона. В этой статье указывается, что устав нарушает закон.",
        [("indirect", "устав нарушает закон", "эта статья")],
    ),
    # A paragraph under a colon that opens with an attribution of its own is no block quotation of the colon.
    "colon-then-paragraph-with-its-own-source": (
        "Тренер Олег Ветров добавил, что клуб не нуждается в услугах игрока:\n\n"
        "Как сообщает «Спорт-Экспресс», изначально игрок не должен был ехать на турнир.",
        [
            ("indirect", "клуб не нуждается в услугах игрока", "Олег Ветров"),
            ("indirect", "изначально игрок не должен был ехать на турнир", "Спорт-Экспресс"),
        ],
    ),
    # A name in brackets after a postposed source: "…, сообщила федерация хоккея (ФХР)."
    "postposed-source-then-brackets": (
        "Нападающий Павел Зуев покинул расположение сборной, сообщила федерация хоккея (ФХР).",
        [("indirect", "Нападающий Павел Зуев покинул расположение сборной", "федерация хоккея")],
    ),
    # "Так считает X": an opinion verb after "так" attributes what was said before it.
    "so-thinks-backward": (
        "Власти не планируют строить новую стену, речь идёт о комплексе мер по защите границ. "
        "Так считает политолог Феликс Санаев.",
        [("indirect", "Власти не планируют строить новую стену, речь идёт о комплексе мер по защите границ",
          "Феликс Санаев")],
    ),
    # ", но при этом отметила, что …": an adverb after the conjunction still starts a second clause.
    "coordinated-clause-with-an-adverb": (
        "Премьер Ольга Дымова добавила, что понимает разницу подходов, но при этом отметила, что ищет компромисс.",
        [
            ("indirect", "понимает разницу подходов", "Ольга Дымова"),
            ("indirect", "ищет компромисс", "Ольга Дымова"),
        ],
    ),
    # An auxiliary in the short passive before a speech verb: "был вынужден пояснить, что …"; and a document noun
    # before a title in the nominative does not own it ("После сообщения глава …").
    "short-passive-auxiliary": (
        "После громкого сообщения глава Белого дома был вынужден пояснить, что он лично принял решение.",
        [("indirect", "он лично принял решение", "глава Белого дома")],
    ),
    "document-noun-before-a-title": (
        "После громкого сообщения министр поспешил заявить, что тарифы не вырастут.",
        [("indirect", "тарифы не вырастут", "министр")],
    ),
    "never-failed-to-remind": (
        "Министр Иван Серов не преминул напомнить, что тарифы не вырастут.",
        [("indirect", "тарифы не вырастут", "Иван Серов")],
    ),
    # "Такое предположение высказал X", "Эту версию выдвинул X": backward attribution by a noun of a guess.
    "guess-pointed-back-at": (
        "Граждане могут оказаться фигурантами расследования. Такое предположение высказал директор Ричард Дикер.",
        [("indirect", "Граждане могут оказаться фигурантами расследования", "Ричард Дикер")],
    ),
    "version-pointed-back-at": (
        "Самолёт упал из-за ошибки пилота. Эту версию выдвинул следователь Иван Серов.",
        [("indirect", "Самолёт упал из-за ошибки пилота", "Иван Серов")],
    ),
    # "Однако как сообщают X, …": a conjunction before "как".
    "however-as-reported": (
        "Однако как сообщают американские СМИ, двое подозреваемых приехали в страну из Казахстана.",
        [("indirect", "двое подозреваемых приехали в страну из Казахстана", "СМИ")],
    ),
    # A link's verb on a line of its own, then an indented Latin name: one sentence.
    "link-verb-then-latin-outlet": (
        "Новости\n\n«Они начали злиться, когда мы заключили сделку», — \nприводит\n Hürriyet слова президента "
        "Реджепа Эрдогана.",
        [("direct", "Они начали злиться, когда мы заключили сделку", "Реджеп Эрдоган")],
    ),
    # The subject before an auxiliary ("поторопились объявить") and past a span of time ("Спустя два дня СМИ").
    "subject-of-an-auxiliary": (
        "Спустя два дня спортивные СМИ поторопились объявить, что Веа одержал победу.",
        [("indirect", "Веа одержал победу", "СМИ")],
    ),
    # A pronoun closes a prepositional phrase: "При этом" takes no genitive after it.
    "subject-after-a-connective-phrase": (
        "При этом СМИ сообщили, что Веа одержал победу.",
        [("indirect", "Веа одержал победу", "СМИ")],
    ),
    "subject-after-a-span-of-time": (
        "Спустя два дня СМИ сообщили, что Веа одержал победу.",
        [("indirect", "Веа одержал победу", "СМИ")],
    ),
    # A quotation after a colon closed by its mark ends there: the next paragraph in "наши" is the author's.
    "closed-colon-quotation-does-not-run-on": (
        "Заголовок\n\nГлава ОКР Александр Жуков повторял: «Россияне выступать не будут, они будут выступать за "
        "свою страну».\nЕсли наши спортсмены поедут, то не как сборная России.",
        [("direct", "Россияне выступать не будут, они будут выступать за свою страну", "Александр Жуков")],
    ),
    # A name in marks closing a participle's phrase before "заявляют, что": no quotation, and the subject stands
    # before the phrase (past "Между тем").
    "participle-phrase-with-a-name-in-marks": (
        "Заголовок\n\nМежду тем СМИ, контролируемые группировкой \"Северный фронт\", заявляют, что \"это только "
        "начало\": в ближайшем будущем премьер тоже уйдёт.",
        [("indirect", '"это только начало": в ближайшем будущем премьер тоже уйдёт', "СМИ")],
    ),
    # "Как отметил X, «Газпром» должен …": a name in marks opens the quoted clause; it is no quotation itself.
    "as-said-then-a-name-in-marks": (
        "Как отметил премьер Иван Серов, «Газпром» должен выполнять вердикт арбитража. Поручения выданы.",
        [("indirect", "«Газпром» должен выполнять вердикт арбитража", "Иван Серов")],
    ),
    # A topic with a possessive pronoun right after the lede: "О его смерти сообщили в приходе".
    "topic-with-a-possessive": (
        "Князь скончался\n\nВчера скончался князь Владимир Голицын. О его смерти сообщили в приходе собора.",
        [("indirect", "Вчера скончался князь Владимир Голицын", "приход собора")],
    ),
    # "объяснил это тем, что …", "мотивировал своё решение тем, что …": an object before "тем".
    "explained-it-by": (
        "Министр объяснил это тем, что цены выросли.",
        [("indirect", "цены выросли", "Министр")],
    ),
    "motivated-the-decision-by": (
        "Судья Кристиан Хаммел мотивировал своё решение тем, что обвиняемые опасны.",
        [("indirect", "обвиняемые опасны", "Кристиан Хаммел")],
    ),
    # "дал понять, что …": an auxiliary with an infinitive of its own; "не скрывал, что …" under negation only.
    "gave-to-understand": (
        "Глава комитета Александр Жуков дал понять журналистам, что такая формулировка – это уже победа.",
        [("indirect", "такая формулировка – это уже победа", "Александр Жуков")],
    ),
    # a name in quotation marks inside a sentence that a conclusion or a dash attributes: the sentence is the quote
    "name-in-marks-before-a-conclusion": (
        "Армии нужен комплекс наподобие российского «Ястреб-М». К такому выводу пришёл эксперт Иван Седов.",
        [("indirect", "Армии нужен комплекс наподобие российского «Ястреб-М»", "Иван Седов")],
    ),
    # a passive of speech addressed to people in the dative: the one who presented to them in the sentence before
    "reported-to-the-addressees": (
        "Советник Айгерим Сатпаева представила министрам Ерлану Жумабаеву и Олжасу Нурову план.\n"
        "Министрам было доложено, что грузопоток вырастет вдвое.",
        [("indirect", "грузопоток вырастет вдвое", "Айгерим Сатпаева")],
    ),
    # "во время совещания" is a time, no place that speaks
    "during-a-meeting-no-source": (
        "Выручка рынков выросла на 4%.\nОб этом сообщили во время брифинга в мэрии Москвы.",
        [("indirect", "Выручка рынков выросла на 4%", "мэрия Москвы")],
    ),
    # a headline that names its speaker after a dash at its end quotes them; a sentence of the article does not
    "headline-speaker-after-a-dash": (
        "Тарифы на воду снизятся к весне - Сидоров\nОб этом заявил министр энергетики Олжас Сидоров.",
        [("direct", "Тарифы на воду снизятся к весне", "Олжас Сидоров")],
    ),
    "sentence-ending-with-a-dash-and-a-name": (
        "Против выступил его коллега — биатлонист Иван Седов.\nТренер Олег Ветров заявил, что команда готова.",
        [("indirect", "команда готова", "Олег Ветров")],
    ),
    # words after a colon that go on past the quotation opening them: one indirect quote with its fragments
    "colon-words-past-quoted-fragments": (
        'Министр Иван Седов добавил: "новые станции" нужно "строить быстрее и дешевле".',
        [("indirect", '"новые станции" нужно "строить быстрее и дешевле"', "Иван Седов")],
    ),
    "summed-up": (
        "Сезон закончился.\n«Этот год вышел тяжёлым для всех», — подвели итог уставшие лыжники.",
        [("direct", "Этот год вышел тяжёлым для всех", "лыжники")],
    ),
    "did-not-hide": (
        "Белый дом не скрывал, что рассматривает трибунал как угрозу.",
        [("indirect", "рассматривает трибунал как угрозу", "Белый дом")],
    ),
    # A present gerund's phrase set off by commas between the verb and "что".
    "gerund-phrase-before-chto": (
        "Министр Иван Серов подчеркнул, выступая на форуме, что тарифы не вырастут.",
        [("indirect", "тарифы не вырастут", "Иван Серов")],
    ),
    "announced": (
        "Аким Иван Серов анонсировал, что мост откроют в мае, и отчитался, что школа построена.",
        [("indirect", "мост откроют в мае", "Иван Серов"), ("indirect", "школа построена", "Иван Серов")],
    ),
    # "Со слов X, …", "С его слов, …" attribute like "По словам X, …".
    "from-the-words-of": (
        "Со слов министра Ивана Серова, тарифы не вырастут. С его слов, цены тоже не изменятся.",
        [("indirect", "тарифы не вырастут", "Иван Серов"), ("indirect", "цены тоже не изменятся", "Иван Серов")],
    ),
    # "Об этом, как сообщает ТАСС, заявил X": the outlet's aside reports the backward attribution; X speaks.
    "about-this-with-an-outlet-aside": (
        "Заголовок\n\nСтраны намерены объединить усилия. Об этом, как сообщает ТАСС, заявил председатель парламента "
        "Андриан Канду.",
        [("indirect", "Страны намерены объединить усилия", "Андриан Канду")],
    ),
    # "Такой прогноз дал X", "Такое обещание дал X", "Такую информацию распространил X".
    "forecast-given-pointed-back-at": (
        "Тарифы не вырастут в этом году. Такой прогноз дал министр Иван Серов.",
        [("indirect", "Тарифы не вырастут в этом году", "Иван Серов")],
    ),
    "promise-given-pointed-back-at": (
        "Тарифы не вырастут в этом году. Такое обещание дал министр Иван Серов.",
        [("indirect", "Тарифы не вырастут в этом году", "Иван Серов")],
    ),
    # "Последний заявил": the latter, the person named last.
    "the-latter-said": (
        "Заголовок\n\nМинистр Иван Серов встретился с коллегой Петром Ивановым. Последний заявил, что тарифы не "
        "вырастут.",
        [("indirect", "тарифы не вырастут", "Петр Иванов")],
    ),
    # A noun for a person that stands for a title named before: "законодатель" for a senator, "медик" for a doctor.
    "lawmaker-after-a-senator": (
        "Заголовок\n\nСенатор Иван Серов выступил. Законодатель подчеркнул, что тарифы не вырастут.",
        [("indirect", "тарифы не вырастут", "Иван Серов")],
    ),
    "medic-after-a-doctor": (
        "Заголовок\n\nВрач Анна Петрова осмотрела пациента. Медик подчеркнула, что угрозы нет.",
        [("indirect", "угрозы нет", "Анна Петрова")],
    ),
    # "«…» — так прокомментировал ситуацию X": the verb after any of up to three lower-case words after the dash.
    "so-commented-after-a-quotation": (
        "Заголовок\n\n«Тарифы не вырастут» — так прокомментировал ситуацию министр Иван Серов.",
        [("direct", "Тарифы не вырастут", "Иван Серов")],
    ),
    # "– …, – уверенно сказал X": up to three lower-case words between the dash and the verb of a dash line.
    "dash-line-with-an-adverb": (
        "Заголовок\n\n– Тарифы не вырастут, – в свою очередь отметил министр Иван Серов. – Мы проследим.",
        [("direct", "Тарифы не вырастут", "Иван Серов"), ("direct", "Мы проследим", "Иван Серов")],
    ),
    # "Так, во всяком случае, считает X": an aside after "Так" of a backward attribution; it is no content.
    "so-at-least-thinks": (
        "Заголовок\n\nТарифы не вырастут в этом году. Так, во всяком случае, считает министр Иван Серов.",
        [("indirect", "Тарифы не вырастут в этом году", "Иван Серов")],
    ),
    # "Таково мнение X-gen": a noun of opinion points back, its owner speaks.
    "such-is-the-opinion-of": (
        "Заголовок\n\nТарифы не вырастут в этом году. Таково мнение министра Ивана Серова.",
        [("indirect", "Тарифы не вырастут в этом году", "Иван Серов")],
    ),
    # The words of a link set on a line of their own ("город \nАфрин\n в …") stay in their sentence.
    "link-words-on-a-line-of-their-own": (
        "Рост экспорта\n\nВойска могут занять пограничный город \nАфрин\n в ближайшие дни, "
        "заявил министр обороны Павел Зуев.",
        [("indirect", "Войска могут занять пограничный город \nАфрин\n в ближайшие дни", "Павел Зуев")],
    ),
    # "напомнил, что A и подчеркнул, что B": a coordinated speech verb after "и" with no comma ends the first clause.
    "and-stressed-with-no-comma": (
        "Заголовок\n\nМинистр Иван Серов напомнил, что закон уже внесён в парламент и подчеркнул, что тарифы не "
        "вырастут.",
        [("indirect", "закон уже внесён в парламент", "Иван Серов"), ("indirect", "тарифы не вырастут", "Иван Серов")],
    ),
    # "X сообщил, что A. При этом B. Об этом он заявил": the что-clause stands, the sentence after it is pointed at.
    "backward-after-a-reported-clause": (
        "Заголовок\n\nМинистр Иван Серов сообщил, что цены стабильны. При этом тарифы не вырастут. Об этом он "
        "заявил журналистам.",
        [("indirect", "цены стабильны", "Иван Серов"), ("indirect", "При этом тарифы не вырастут", "Иван Серов")],
    ),
    # "По предположениям X," attributes like "по словам X"; a court's ruling "постановил, что" is stated.
    "by-the-assumptions-of": (
        "Заголовок\n\nПо предположениям учёных, эти объекты молоды. Суд Парижа постановил, что газету закроют.",
        [("indirect", "эти объекты молоды", "учёные"), ("indirect", "газету закроют", "Суд Парижа")],
    ),
    # "— приводит X слова Y, …": a surname before a comma; "слова одного из знакомых Y" is one of a group, and the
    # outlet after it closes the group.
    "words-of-a-surname-or-one-of-a-group": (
        "Заголовок\n\n«Мы обеспокоены», — приводит агентство Reuters слова Клинтон, сказанные в самолёте.\n\n"
        "«Я был один», — приводит слова одного из знакомых спортсмена РИА Новости.",
        [("direct", "Мы обеспокоены", "Клинтон"), ("direct", "Я был один", "один из знакомых спортсмена")],
    ),
    # "Такие данные предоставили в министерстве": a verb of handing over data attributes backward.
    "such-data-were-provided": (
        "Заголовок\n\nРаботодатели ищут инженеров. Такие данные предоставили в Министерстве труда.",
        [("indirect", "Работодатели ищут инженеров", "Министерство труда")],
    ),
    # "первая леди", "кандидат": roles held by one person, resolved like titles.
    "first-lady-and-candidate": (
        "Заголовок\n\nПервая леди Анна Серова посетила школу. По словам первой леди, дети готовы.\n\n"
        "Кандидат в президенты Иван Петров выступил. По словам кандидата, тарифы не вырастут.",
        [("indirect", "дети готовы", "Анна Серова"), ("indirect", "тарифы не вырастут", "Иван Петров")],
    ),
    # A gerund's phrase set off by commas before the verb holds no subject; past it, the verb's number still decides.
    "gerund-aside-before-the-verb": (
        "Заголовок\n\nДругой политолог, Тарас Березовец, анализируя шансы проекта Саакашвили, указывает, что "
        "выборы будут трудными. Рособрнадзор, опираясь на данные, заявил, что слухи ложны.",
        [("indirect", "выборы будут трудными", "Тарас Березовец"), ("indirect", "слухи ложны", "Рособрнадзор")],
    ),
    # "Глава российского государства": the head of a state named by an adjective of its country is its president.
    "head-of-the-russian-state": (
        "Заголовок\n\nДмитрий Медведев прибыл на форум.\n\nГлава российского государства заявил, что система "
        "заработает.",
        [("indirect", "система заработает", "Дмитрий Медведев")],
    ),
    # With no date, a title of an office goes to the one holder of the table whose surname the article writes.
    "office-holder-by-surname": (
        "Заголовок\n\nМеры Трампа\n\nВашингтон занял жёсткую позицию. Президент США заявлял, что справится сам.",
        [("indirect", "справится сам", "Дональд Трамп")],
    ),
    "office-holder-by-two-surnames": (
        "Заголовок\n\nОбама и Трамп встретились. Президент США заявил, что угрозы нет.",
        [("indirect", "угрозы нет", "Президент США")],
    ),
    # "обрисовать ситуацию": a verb of speech after a quotation; a place with its plural verb speaks.
    "outlined-the-situation": (
        "Заголовок\n\n«Безработных больше, чем вакансий», — обрисовали ситуацию в министерстве.",
        [("direct", "Безработных больше, чем вакансий", "министерство")],
    ),
    # "Канцлер Германии": an office of the table, the holder the article names.
    "chancellor-of-germany": (
        "Заголовок\n\nАнгела Меркель прибыла в Брюссель. Жан-Клод Юнкер заявил, что рад визиту. Канцлер Германии "
        "считает, что переговоров не будет.",
        [("indirect", "рад визиту", "Жан-Клод Юнкер"), ("indirect", "переговоров не будет", "Ангела Меркель")],
    ),
    # Person nouns that stand for a title named before: "литератор" for a writer, "народный избранник" for a deputy,
    # "исполнительница" for a singer, "постановщик" for a director.
    "writer-deputy-singer-director": (
        "Заголовок\n\nПисатель Иван Серов выступил. Литератор отметил, что книга выйдет.\n\nДепутат Пётр Ильин внёс "
        "закон. Народный избранник отметил, что закон нужен.",
        [("indirect", "книга выйдет", "Иван Серов"), ("indirect", "закон нужен", "Пётр Ильин")],
    ),
    # A plural title is no subject of a singular verb ("призвал стороны …, а также заявил"); an indeclinable capital
    # speaks for its government ("Баку заявил").
    "plural-object-and-indeclinable-capital": (
        "Заголовок\n\nПрезидент Иван Серов призвал стороны к диалогу, а также заявил, что встреча состоится. "
        "Официальный Тбилиси заявил, что готов.",
        [("indirect", "встреча состоится", "Иван Серов"), ("indirect", "готов", "Тбилиси")],
    ),
    # A government body with no name is the body named last ("По данным ведомства" after "по данным Минтруда").
    "the-body-named-before": (
        "Заголовок\n\nПо данным Минтруда, безработица снизилась. По данным ведомства, спрос тоже вырос.",
        [("indirect", "безработица снизилась", "Минтруд"), ("indirect", "спрос тоже вырос", "Минтруд")],
    ),
    "the-organisation-named-before": (
        "Заголовок\n\nСпутник выведут на орбиту в пятницу. Об этом сообщили в «Роскосмосе».\n\nЗапуск займёт "
        "четыре часа, отметили в организации.",
        [
            ("indirect", "Спутник выведут на орбиту в пятницу", "Роскосмос"),
            ("indirect", "Запуск займёт четыре часа", "Роскосмос"),
        ],
    ),
    # An insertion set off by commas before a postposed verb is no part of the content; after a subject alone it
    # leaves no content ("США, в свою очередь, подчеркнули необходимость …").
    "insertion-before-a-postposed-verb": (
        "Заголовок\n\nМессенджер должен исполнять решение суда, в свою очередь, заявил министр Иван Серов. США, в "
        "свою очередь, подчеркнули необходимость диалога.",
        [("indirect", "Мессенджер должен исполнять решение суда", "Иван Серов")],
    ),
    # A document no owner is named for is the one who spoke last.
    "a-document-named-before": (
        "Заголовок\n\nЦены не изменятся. Об этом говорится в заявлении пресс-секретаря Анны Петровой. «Тарифы не "
        "вырастут», — говорится в заявлении.",
        [("indirect", "Цены не изменятся", "Анна Петрова"), ("direct", "Тарифы не вырастут", "Анна Петрова")],
    ),
    # An outlet with no name is the outlet named last; a person it quoted in between is not.
    "the-outlet-named-before": (
        "Заголовок\n\nКак сообщила газета The Morning Star, тарифы не вырастут. По словам источника издания, "
        "решение принято. По данным издания, оно окончательное.",
        [
            ("indirect", "тарифы не вырастут", "газета The Morning Star"),
            ("indirect", "решение принято", "источник издания"),
            ("indirect", "оно окончательное", "газета The Morning Star"),
        ],
    ),
    # "— цитируют «Газета» заявление X.": the one whose words are cited, a surname at the sentence's end.
    "outlet-cites-the-statement-of": (
        "Заголовок\n\n«Мы выполняем три контракта», — цитируют «Известия» заявление Дегтяря.",
        [("direct", "Мы выполняем три контракта", "Дегтярь")],
    ),
    # A clause in quotation marks right after the one speech verb of its sentence and the verb's object.
    "request-verb-quoted-infinitive": (
        "Глава делегации Самир Хадад призвал ООН «ответить на действия соседей признанием границ».",
        [("direct", "ответить на действия соседей признанием границ", "Самир Хадад")],
    ),
    "request-verb-with-adverb": (
        "Депутат Олег Гранин направил письмо. Парламентарий просит срочно «провести слушание по делу о закупках».",
        [("direct", "провести слушание по делу о закупках", "Олег Гранин")],
    ),
    "speech-gerund-quoted-clause": (
        "Активист Марк Смит завершил беседу рассказом о поддержке, сказав «мы принялись за сохранение нашей работы».",
        [("direct", "мы принялись за сохранение нашей работы", "Марк Смит")],
    ),
    # "Согласно X, …" with X a person or a body in the dative, like "по словам X".
    "according-to-a-person": (
        "Согласно Ивану Ершову, рабочих к забастовке подтолкнули письма поддержки.",
        [("indirect", "рабочих к забастовке подтолкнули письма поддержки", "Иван Ершов")],
    ),
    "according-to-a-report-of-an-outlet": (
        "Согласно отчёту Guardian, низкий спрос вызван долгим процессом согласований.",
        [("indirect", "низкий спрос вызван долгим процессом согласований", "Guardian")],
    ),
    "according-to-a-source-with-a-dative-adjective": (
        "По официальному заявлению FIA, гонщик был наказан лишением быстрых кругов.",
        [("indirect", "гонщик был наказан лишением быстрых кругов", "FIA")],
    ),
    "according-to-a-cabinet-report": (
        "Согласно отчету кабинета министров, рост расходов связан с новыми программами.",
        [("indirect", "рост расходов связан с новыми программами", "кабинет министров")],
    ),
    # A statement a person named earlier in its sentence issued is that person's.
    "statement-issued-by-a-person-with-an-initial": (
        "Представитель министерства И. Белова распространила заявление, в котором сообщается, что груз задержан.",
        [("indirect", "груз задержан", "И. Белова")],
    ),
    "statement-issued-by-a-person": (
        "Представитель министерства Ирина Белова распространила заявление, в котором сообщается, что груз задержан.",
        [("indirect", "груз задержан", "Ирина Белова")],
    ),
    # A document of a person or a title named after it in the genitive is that person's words.
    "document-of-a-title": (
        "Конгрессмен Тед Лью направил письмо в комитет.\n\n«Следует запросить стратегию», — говорится в письме "
        "конгрессмена.",
        [("direct", "Следует запросить стратегию", "Тед Лью")],
    ),
    "document-of-a-surname": (
        "Министр Иван Петров направил письмо.\n\n«Следует запросить стратегию», — говорится в письме Петрова.",
        [("direct", "Следует запросить стратегию", "Иван Петров")],
    ),
    # A title after a comma and "а вот" is the next name's, and a premier of one country is no other's.
    "title-of-the-next-name-after-a-conjunction": (
        "Заголовок Беньямин Нетаньяху отменил визит\n\nПремьер-министр Израиля заявил, что не полетит в Вашингтон."
        "\n\nНа саммит приедет председатель КНР Ху Цзиньтао, а вот британский премьер Гордон Браун отказался.",
        [("indirect", "не полетит в Вашингтон", "Беньямин Нетаньяху")],
    ),
    # A companion or a defector is a title for a person named before.
    "companion-stands-for-a-person-named-before": (
        "Перебежчик Хван Чжан Еп дал интервью.\n\nДиалог с Пекином важен, считает бывший соратник вождя.",
        [("indirect", "Диалог с Пекином важен", "Хван Чжан Еп")],
    ),
    # A connective and a quotation after a sentence reporting speech go on in that voice.
    "connective-and-quotation-after-a-chto-clause": (
        "Заголовок\n\nЧиновники министерства подчёркивают, что экономика связана с мировой. Поэтому «эффект от "
        "санкций может затронуть всех инвесторов».",
        [
            ("indirect", "экономика связана с мировой", "Чиновники министерства"),
            ("direct", "эффект от санкций может затронуть всех инвесторов", "Чиновники министерства"),
        ],
    ),
    # A plural title is no subject of a singular verb ("визита главы МИДа": a genitive).
    "genitive-title-before-a-singular-verb": (
        "Глава МИД Японии Сейдзи Маэда прибыл в Москву. Премьер-министр Японии Наото Канно накануне визита главы "
        "японского МИДа пообещал, что правительство будет настаивать на своём.",
        [("indirect", "правительство будет настаивать на своём", "Наото Канно")],
    ),
    # ", который заверяет, что": the one the relative clause is about speaks, named after a title with a first
    # name the dictionary knows as a word.
    "relative-clause-speaker": (
        "Агентство цитирует министра финансов страны Таро Кимото, который заверяет, что проверка защитит клиентов.",
        [("indirect", "проверка защитит клиентов", "Таро Кимото")],
    ),
    # "Как считает X, …" after a connective such as "Более того,".
    "kak-after-a-connective": (
        "Более того, как считает научный сотрудник института Олег Васин, проверка — обычная обязанность штаба.",
        [("indirect", "проверка — обычная обязанность штаба", "Олег Васин")],
    ),
    # A short passive of an opinion verb other than a state of opinion is no second speech verb ("не исключены").
    "short-passive-that-is-no-opinion": (
        "Источники отмечают, что переговоры будут сложными, но при этом не исключены их положительные итоги.",
        [("indirect", "переговоры будут сложными, но при этом не исключены их положительные итоги", "Источники")],
    ),
    # "A — об этом сообщил X": a clause pointing back at the start of its own sentence; an aside in brackets
    # between the title and the name is read past.
    "back-pointer-after-a-dash": (
        "Заголовок\n\nПричём военный погиб от пули снайпера — об этом сообщил защитник народа (омбудсмен по правам "
        "человека) Иван Сидоров.",
        [("indirect", "Причём военный погиб от пули снайпера", "Иван Сидоров")],
    ),
    "bracketed-aside-between-a-title-and-a-name": (
        "Заголовок\n\n«Всё хорошо», — сказал министр (он вернулся из отпуска) Иван Петров.",
        [("direct", "Всё хорошо", "Иван Петров")],
    ),
    # A gerund after a quotation's postposed verb: the verb's speaker, named after it, speaks.
    "gerund-after-a-postposed-verb": (
        "Председатель Иван Лосев выступил.\n\n«Наши народы поддерживали друг друга, они соратники», — отметил "
        "председатель, подчеркнув, что работа продолжится.",
        [
            ("direct", "Наши народы поддерживали друг друга, они соратники", "Иван Лосев"),
            ("indirect", "работа продолжится", "Иван Лосев"),
        ],
    ),
    "lone-surname-after-a-quotation-verb-and-its-object": (
        "Заголовок\n\n«Посмотрим», — сказал журналистам Эрдоган.",
        [("direct", "Посмотрим", "Эрдоган")],
    ),
    # A short name in marks inside a dash line's speech belongs to the speech.
    "name-in-marks-inside-a-dash-line": (
        "Заголовок\n\n— Напиши про юбилей «Торпедо», — сказал мне редактор Петр Сомов.",
        [("direct", "Напиши про юбилей «Торпедо»", "Петр Сомов")],
    ),
    # A title of another country's office than the one a later name holds is not that person's.
    "title-of-another-country": (
        "Спецпредставитель США Курт Велкер выступил в Вашингтоне. По словам американского представителя, "
        "переговоры продолжатся.\n\nРанее представитель Кремля Дмитрий Песков заявил, что итогов нет.",
        [("indirect", "переговоры продолжатся", "Курт Велкер"), ("indirect", "итогов нет", "Дмитрий Песков")],
    ),
    # A headline that is wholly a quotation repeating words of a quote below is a quote of its speaker.
    "headline-echoes-a-quote": (
        "«Мы построим этот мост за два года»\nМинистр Иван Сомов выступил в парламенте.\n"
        "«Финансирование найдено. Мы построим этот мост за два года. Работы начнутся весной», — сказал Сомов.",
        [
            ("direct", "Мы построим этот мост за два года", "Иван Сомов"),
            ("direct", "Финансирование найдено. Мы построим этот мост за два года. Работы начнутся весной",
             "Иван Сомов"),
        ],
    ),
    # A headline opening with a short phrase in quotation marks pulled word for word from a quote below.
    "headline-phrase-echoes-a-quote": (
        "«Честный обмен опытом»: в министерстве обсудили реформу школ\nВстреча прошла в столице.\n"
        "«Нам нужен честный обмен опытом с регионами», — сказала министр Дина Арсланова.",
        [
            ("direct", "Честный обмен опытом", "Дина Арсланова"),
            ("direct", "Нам нужен честный обмен опытом с регионами", "Дина Арсланова"),
        ],
    ),
    # The phrase stands in quotation marks of its own once in the quote, and as plain words later: it echoes.
    "headline-phrase-echoes-a-later-place": (
        "«Честный обмен опытом»: в министерстве обсудили реформу школ\nВстреча прошла в столице.\n"
        "«Проект «честный обмен опытом» закрыт, но нужен честный обмен опытом с регионами», — сказала министр "
        "Дина Арсланова.",
        [
            ("direct", "Честный обмен опытом", "Дина Арсланова"),
            ("direct", "Проект «честный обмен опытом» закрыт, но нужен честный обмен опытом с регионами",
             "Дина Арсланова"),
        ],
    ),
    # The phrase ends a longer fragment in quotation marks inside an indirect quote: it echoes that quote.
    "headline-phrase-ends-a-quoted-fragment": (
        "«Спланированная провокация»: у здания мэрии прошла акция\nАкцию разогнали.\n"
        "Глава района Олег Миров считает, что это была «явно спланированная провокация».",
        [
            ("direct", "Спланированная провокация", "Олег Миров"),
            ("indirect", "это была «явно спланированная провокация»", "Олег Миров"),
        ],
    ),
    # A manner ("«По новой схеме»") or a name in quotation marks below echoes no one's words.
    "headline-manner-echoes-no-quote": (
        "«По новой схеме»: как будут выдавать визы\nВстреча прошла в столице.\n"
        "«Визы выдают по новой схеме», — сказала министр Дина Арсланова.",
        [("direct", "Визы выдают по новой схеме", "Дина Арсланова")],
    ),
    "headline-name-in-marks-echoes-no-quote": (
        "«Зелёная долина»: в области открыли парк\nВстреча прошла в столице.\n"
        "«Парк «зелёная долина» ждёт гостей», — сказала министр Дина Арсланова.",
        [("direct", "Парк «зелёная долина» ждёт гостей", "Дина Арсланова")],
    ),
    # A numbered list of headlines: each item opens its line after its number.
    "numbered-headline-list": (
        "Самое читаемое\n  4. Курс валют на неделю\n"
        "  5. «Я не собираюсь уходить». Гулев — о своей отставке\n"
        "  6. «Цены вырастут к весне». Ковалевич заявил, что бензин подорожает\n",
        [("direct", "Я не собираюсь уходить", "Гулев"), ("direct", "Цены вырастут к весне", "Ковалевич")],
    ),
    # A headline "Жители района: «…»" quotes the group.
    "headline-group-colon-quotation": (
        "Жители поселка: «Воды нет уже третью неделю»\n\nВ поселке Береговом отключили воду.",
        [("direct", "Воды нет уже третью неделю", "жители поселка")],
    ),
    # An organisation's headline whose statement is a short participle: "Минздрав: выявлено …".
    "headline-body-short-participle": (
        "Минздрав: за неделю выявлено 312 новых случаев\nВ стране растёт число заболевших.",
        [("direct", "за неделю выявлено 312 новых случаев", "Минздрав")],
    ),
    # "отличает Станислава Бруса" read as a woman's name is his name in the accusative: his surname alone is his.
    "oblique-full-name-read-as-a-womans": (
        "Глава компании Станислав Брус заявил, что база нужна. Только на Марсе, по мнению Бруса, можно выжить.\n"
        "Этот принцип всегда отличает Станислава Бруса. «Мы полетим», — сказал он.",
        [
            ("indirect", "база нужна", "Станислав Брус"),
            ("indirect", "можно выжить", "Станислав Брус"),
            ("direct", "Мы полетим", "Станислав Брус"),
        ],
    ),
    # A verb of opinion inside the words after a colon that says what awaits a thing is no attribution of its own.
    "colon-content-with-what-awaits": (
        "Глава фонда Анна Ковыль подтвердила: если взнос не поступит до 1 мая, то клуб ожидает исключение.",
        [("indirect", "если взнос не поступит до 1 мая, то клуб ожидает исключение", "Анна Ковыль")],
    ),
    # An interview whose answers do without a dash, but one answer opens with a dash after all.
    "plain-interview-answer-with-a-dash": (
        "Тренер Игорь Мельников рассказал о сезоне.\n— Как вы оцениваете игру команды?\n"
        "Команда играла хорошо, но не хватило сил.\n— Что дальше?\nДальше у нас сборы в Турции.\n"
        "— Кто станет лидером?\n— Лидером станет тот, кто лучше всех проведёт сборы.",
        [
            ("direct", "Команда играла хорошо, но не хватило сил", "Игорь Мельников"),
            ("direct", "Дальше у нас сборы в Турции", "Игорь Мельников"),
            ("direct", "Лидером станет тот, кто лучше всех проведёт сборы", "Игорь Мельников"),
        ],
    ),
    # The head of an organisation is not the president the quotation names ("глава Госдепа" vs "президента X").
    "head-of-an-organisation-is-no-president": (
        "Госсекретарь США Рекс Тиллерсон выступил. Тиллерсон отметил, что давление на режим Николаса Мадуро "
        "сохранится.\n«Мы не выступаем за отстранение от власти президента Мадуро», — заявил глава Госдепа.",
        [
            ("indirect", "давление на режим Николаса Мадуро сохранится", "Рекс Тиллерсон"),
            ("direct", "Мы не выступаем за отстранение от власти президента Мадуро", "Рекс Тиллерсон"),
        ],
    ),
    # "вспоминать" attributes, also inserted in the middle of a sentence.
    "inserted-recalled": (
        "Министр финансов Иван Петров выступил в парламенте.\nСтав министром, вспоминал Петров, он первым делом "
        "сократил расходы.",
        [("indirect", "он первым делом сократил расходы", "Иван Петров")],
    ),
    # A sentence that is one quotation right after "X заявил, что …" goes on in X's voice.
    "quotation-sentence-after-a-chto-clause": (
        "Министр Иван Петров выступил в парламенте. Петров заявил, что расходы сокращены. «Вторым делом было "
        "узнать, где деньги. Оказалось, что их нет». Затем он уехал.",
        [
            ("indirect", "расходы сокращены", "Иван Петров"),
            ("direct", "Вторым делом было узнать, где деньги. Оказалось, что их нет", "Иван Петров"),
        ],
    ),
    # One closing mark for a name and the quotation, and another name in marks after the attribution.
    "shared-closing-mark-then-a-name-in-marks": (
        "«Отрадно, что отрасль демонстрирует передовую практику. Двигателем прогресса был именно «Росатом», – "
        "заявил заместитель руководителя ФАС Рачик Петросян на форуме «Атомекс-2017».",
        [
            ("direct", "Отрадно, что отрасль демонстрирует передовую практику. Двигателем прогресса был именно "
             "«Росатом", "Рачик Петросян"),
        ],
    ),
    # An abbreviation in capitals after a title is no one-word name ("фифа" is also a word).
    "title-of-an-abbreviated-organisation": (
        "Встреча президента России Владимира Путина и главы ФИФА Джанни Инфантино стала не первой. Инфантино "
        "остался доволен.\nТакже президент ФИФА отметил, что сомнений в готовности России нет.",
        [("indirect", "сомнений в готовности России нет", "Джанни Инфантино")],
    ),
    # "добавил" with a title after a quote of the same paragraph: who adds is who spoke.
    "added-by-a-title": (
        "Вратарь хозяев Энтони Столарц расстроился.\n«Мы должны по-другому начинать матчи», — сказал Бен Бишоп. "
        "«Не имеем права ждать», — добавил американский вратарь.",
        [
            ("direct", "Мы должны по-другому начинать матчи", "Бен Бишоп"),
            ("direct", "Не имеем права ждать", "Бен Бишоп"),
        ],
    ),
    # A что-clause runs on over a line broken mid-sentence.
    "chto-clause-over-a-broken-line": (
        "Министр заявил, что критика неизбежно повернется против\nпарламента, поскольку специалистов нет.\n"
        "Потом он уехал.",
        [("indirect", "критика неизбежно повернется против\nпарламента, поскольку специалистов нет", "Министр")],
    ),
    # A backward attribution after a paragraph that opens with a source of its own takes the sentences after it.
    "ob-etom-after-a-sourced-sentence": (
        "По данным Организации экономического сотрудничества и развития, школы в стране неравны. Реформа это "
        "исправит. Об этом рассказал руководитель ведомства Сергей Кравцов.",
        [
            ("indirect", "школы в стране неравны", "Организация экономического сотрудничества и развития"),
            ("indirect", "Реформа это исправит", "Сергей Кравцов"),
        ],
    ),
    # An excerpt that lost its first name: a pronoun or a verb with no subject goes to the person named next.
    "pronoun-before-any-name": (
        "Снегопад обрушился на город.\n заявил вчера, что крыши надо очистить. «Сосульки опасны», – сказал он. "
        "Бирюков сообщил, что дал поручения.",
        [
            ("indirect", "крыши надо очистить", "Бирюков"),
            ("direct", "Сосульки опасны", "Бирюков"),
            ("indirect", "дал поручения", "Бирюков"),
        ],
    ),
    "pronoun-before-a-name-in-its-own-words": (
        "Он сказал, что Иван Петров уволен.",
        [("indirect", "Иван Петров уволен", "Он")],
    ),
    # "лидер" of a party is no head of state.
    "leader-of-a-party": (
        "Глава партии Олег Ляшко выступил. По словам Ляшко, он ставил на футбол. «Выиграл, оплатил налоги», — "
        "признался лидер радикалов. Президент Украины Петр Порошенко промолчал.",
        [
            ("indirect", "он ставил на футбол", "Олег Ляшко"),
            ("direct", "Выиграл, оплатил налоги", "Олег Ляшко"),
        ],
    ),
    # A title word after a first name that ends the clause is a surname.
    "title-word-as-a-surname": (
        "Работа имеет свою специфику, отметил вице-президент компании Михаил Аким.",
        [("indirect", "Работа имеет свою специфику", "Михаил Аким")],
    ),
    # A related article's headline: a quotation, a colon, a title and a name, a dash and a topic.
    "headline-quote-title-name-dash-topic": (
        "Текст статьи.\n«Все должны извлечь из этого урок»: врач сборной по биатлону Сергей Гилев — об "
        "отстранении\nВрач рассказал о ситуации.",
        [("direct", "Все должны извлечь из этого урок", "Сергей Гилев")],
    ),
    # A quotation after a colon goes to the pronoun that is its sentence's subject.
    "colon-quotation-after-a-pronoun-subject": (
        "Режиссёр Марсилу Феликс приехал на фестиваль. Больше всего он был поражен зрителями: «Качество фильмов "
        "очень вдохновляет».",
        [("direct", "Качество фильмов очень вдохновляет", "Марсилу Феликс")],
    ),
    # "девушка" is the one woman the article names (the noun that named her opened its sentence).
    "girl-is-the-one-woman-named": (
        "Израильтянку Нааму Иссахар задержали в аэропорту. Премьер Биньямин Нетаньяху обратился к президенту.\n"
        "По словам девушки, она везла лекарство.",
        [("indirect", "она везла лекарство", "Наама Иссахар")],
    ),
    # A subject after "Накануне этой встречи": not the genitive of the preposition's phrase.
    "subject-after-a-genitive-preposition": (
        "Накануне этой встречи российские официальные лица заявили, что не ожидают многого.",
        [("indirect", "не ожидают многого", "российские официальные лица")],
    ),
    # Speech reported inside a quotation is no one a later quote with no attribution goes on from.
    "nested-speaker-not-inherited": (
        "Правозащитник Илларион Гирс подал иск.\n«Они всё время говорят: «Это ложь!». Мы проверим факты в суде», — "
        "заявил Гирс.\n«Они перешли на личности вместо того, чтобы разобрать мои утверждения».",
        [
            ("direct", "Они всё время говорят: «Это ложь!». Мы проверим факты в суде", "Илларион Гирс"),
            ("direct", "Это ложь!", "Они"),
            ("direct", "Они перешли на личности вместо того, чтобы разобрать мои утверждения", "Илларион Гирс"),
        ],
    ),
    # A lone surname the dictionary does not know after a quotation's verb.
    "lone-unknown-surname-after-a-quotation-verb": (
        "«Офисные программы уязвимы, — прокомментировал ситуацию Массух. — Нужно их заменить».",
        [("direct", "Офисные программы уязвимы", "Массух"), ("direct", "Нужно их заменить", "Массух")],
    ),
    # A book's imprint on a dash line is no quote, nor are the names after a verb of naming and a colon.
    "book-review-imprint-and-names": (
        "В нынешнем «Книжном обзоре» сошлись,\xa0 как всегда, почти случайно три темы: море, горы, люди. Приятного "
        "чтения.\n– Москва: издательство «Наука», 2019. – 240 с., ил. – 20 х 13 см. Тираж не указан\nДоктор наук, "
        "старший научный сотрудник института Иван Петров написал книгу, которую можно сравнить с классикой. «Море "
        "всегда меняется. Над этим думали еще древние», – пишет Петров. Ивану Сергеевичу и карты в руки (в том числе "
        "морские карты: две главы его книги так и называются: «Морские карты и атласы», «Из истории лоций»; кстати, "
        "первая лоция издана давно).",
        [("direct", "Море всегда меняется. Над этим думали еще древние", "Иван Петров")],
    ),
    # A participle after "по оценкам X," that is not in X's case opens the quote; the outlet at the end is no content.
    "po-otsenkam-participle-and-outlet": (
        "По оценкам экспертов, аккредитованный государством союз сможет собирать до 100 млн долларов в год, "
        "сообщает РБК.",
        [("indirect", "аккредитованный государством союз сможет собирать до 100 млн долларов в год", "эксперты")],
    ),
    # Speech denied inside what an outlet reports is part of the report, no quote of its own.
    "negated-speech-inside-a-report": (
        "Как сообщают СМИ, полицейские отвезли ребёнка домой, но не рассказали родителям о том, что его сбила "
        "машина.",
        [
            (
                "indirect",
                "полицейские отвезли ребёнка домой, но не рассказали родителям о том, что его сбила машина",
                "СМИ",
            )
        ],
    ),
    # A name set off by commas after "по словам одного из …" is who spoke.
    "po-slovam-one-of-then-a-name": (
        "По словам одного из исследователей, Гюнтера Эккарда, надёжный источник рассказал ему о тайнике.",
        [("indirect", "надёжный источник рассказал ему о тайнике", "Гюнтер Эккард")],
    ),
    # A medium named in capitalised Cyrillic words after its noun, at the clause's end.
    "medium-name-in-cyrillic": (
        "Правительство подписало указ о новом кабинете, сообщает агентство Ассошиэйтед Пресс.",
        [("indirect", "Правительство подписало указ о новом кабинете", "агентство Ассошиэйтед Пресс")],
    ),
    # "было объявлено в эфире телеканала X": the channel on whose air it was said.
    "announced-on-a-channels-air": (
        "Конституционный суд утвердил решение парламента. Об этом было объявлено в прямом эфире телеканала YTN.",
        [("indirect", "Конституционный суд утвердил решение парламента", "телеканал YTN")],
    ),
    # An interview printed without its questions, introduced by "рассказывает" and the speaker after it.
    "answers-after-a-postposed-intro": (
        "О результатах года рассказывает директор департамента по экологии Иван РЕБРИК.\n"
        "– И да и нет. Год экологии – очень важное событие для всех нас.\n"
        "– Мне кажется, что наступило время общих ценностей.",
        [
            ("direct", "И да и нет. Год экологии – очень важное событие для всех нас", "Иван Ребрик"),
            ("direct", "Мне кажется, что наступило время общих ценностей", "Иван Ребрик"),
        ],
    ),
    # "автор" of a work in quotation marks is the one speaking, not an organisation's spokesman.
    "author-of-a-work": (
        "Режиссёр Дэвид Линч объявил, что перестанет снимать кино.\nВ беседе с изданием автор «Диких сердцем» "
        "сказал, что его последним фильмом останется «Внутренняя империя».",
        [
            ("indirect", "перестанет снимать кино", "Дэвид Линч"),
            ("indirect", "его последним фильмом останется «Внутренняя империя»", "Дэвид Линч"),
        ],
    ),
    # A "!" inside a short name in quotation marks ends no sentence, and the name after the title still counts.
    "exclamation-inside-a-name-in-marks": (
        "«Русские издеваются», — отреагировал на появление пары журналист сайта «Yahoo! Sports» Дэн Ветцел.",
        [("direct", "Русские издеваются", "Дэн Ветцел")],
    ),
    # "по их мнению" after a colon inside a sentence.
    "po-mneniyu-after-a-colon": (
        "Демократы бьют тревогу: по их мнению, под угрозой оказалась безопасность страны.",
        [("indirect", "под угрозой оказалась безопасность страны", "демократы")],
    ),
    # A quoted headline, a full stop, then the one it quotes described before "— о …".
    "quoted-headline-then-a-description-and-topic": (
        "Читайте также:\n3. «Я устала ждать». Жительница затопленного села — о паводке и помощи\nВода ушла.",
        [("direct", "Я устала ждать", "жительница затопленного села")],
    ),
    "quoted-headline-then-a-title-and-name-and-topic": (
        "«Цены будут расти». Экономист Андрей Васильев — о новых санкциях\nВчера он выступил в парламенте.",
        [("direct", "Цены будут расти", "Андрей Васильев")],
    ),
    # A noun of speech pointing back with "на этот счёт", then a verb that reports it.
    "information-on-this-published-by": (
        "С начала года в области построено 120 новых школ.\n\n"
        "Данные на этот счёт привело министерство образования области.",
        [("indirect", "С начала года в области построено 120 новых школ", "министерство образования области")],
    ),
    # "Как пишет Y, сведения об этом обнародовал X": the outlet reports an attribution, no content.
    "kak-outlet-then-noun-pointing-back": (
        "С начала года в области построено 120 новых школ.\n\n"
        "Как пишет газета «Вести», сведения об этом обнародовало министерство образования области.",
        [("indirect", "С начала года в области построено 120 новых школ", "министерство образования области")],
    ),
    # A headline's question about what the one named said: the quotation is theirs.
    "headline-what-did-they-say": (
        "«Бюджет выдержит»: о чём рассказал министр финансов Иван Сомов на форуме\nФорум прошёл в среду.",
        [("direct", "Бюджет выдержит", "Иван Сомов")],
    ),
    # Answers with their questions left out, after a line that says who answers.
    "interview-answers-after-who-answers": (
        "На вопросы нашего обозревателя отвечает Никита Петров, экономист, профессор университета и автор книги "
        "о рынке труда.\n"
        "– Рынок труда меняется быстрее, чем школы.\n– Поэтому нужны короткие курсы.",
        [
            ("direct", "Рынок труда меняется быстрее, чем школы", "Никита Петров"),
            ("direct", "Поэтому нужны короткие курсы", "Никита Петров"),
        ],
    ),
    # "С X-ins побеседовала Y": the one talked with answers, not the interviewer.
    "interview-talked-with": (
        "О новом спектакле с Иваном Петровым побеседовала Анна Смирнова.\n"
        "– Репетиции шли всё лето.\n– Как вы выбрали пьесу?\n– Пьеса выбрала меня сама.",
        [
            ("direct", "Репетиции шли всё лето", "Иван Петров"),
            ("direct", "Пьеса выбрала меня сама", "Иван Петров"),
        ],
    ),
    # Each item of a dash list that a speaker's colon opens is a quote of its own.
    "dash-list-under-a-speakers-colon": (
        "Река вышла из берегов.\nГидрометцентр напоминает:\n- не выезжайте на затопленные дороги;\n"
        "- держите документы в непромокаемом пакете;\n- следите за сообщениями властей.",
        [
            ("direct", "не выезжайте на затопленные дороги", "Гидрометцентр"),
            ("direct", "держите документы в непромокаемом пакете", "Гидрометцентр"),
            ("direct", "следите за сообщениями властей", "Гидрометцентр"),
        ],
    ),
    # A headline's statement in the first person before its colon, its speaker after it with a verb of speech.
    "headline-statement-then-speaker": (
        "Надеемся на помощь: мэр Андрей Волков рассказал о ремонте дорог\n\nРемонт начнётся весной.",
        [("direct", "Надеемся на помощь", "Андрей Волков")],
    ),
    # A body's words reported inside a direct quote, the place right after the opening mark.
    "body-reported-inside-a-quotation": (
        "«В министерстве подчеркнули, что тарифы не вырастут. Мы рады этому», — сказал депутат Иван Петров.",
        [
            ("direct", "В министерстве подчеркнули, что тарифы не вырастут. Мы рады этому", "Иван Петров"),
            ("indirect", "тарифы не вырастут", "министерство"),
        ],
    ),
    # Reported speech inside a direct quote: a body named by a proper name, "как говорил X", "…, отмечая, что".
    "union-reported-inside-a-quotation": (
        "«Всемирный банк сообщил нам, что кредит поступит весной. Мы ждём», — заявил министр Али Демир.",
        [
            ("direct", "Всемирный банк сообщил нам, что кредит поступит весной. Мы ждём", "Али Демир"),
            ("indirect", "кредит поступит весной", "Всемирный банк"),
        ],
    ),
    "kak-inside-a-quotation": (
        "«Расходы вырастут. Как подчеркнул министр финансов Иван Сомов, бюджет их выдержит», — сказал "
        "депутат Андрей Ветров.",
        [
            ("direct", "Расходы вырастут. Как подчеркнул министр финансов Иван Сомов, бюджет их выдержит",
             "Андрей Ветров"),
            ("indirect", "бюджет их выдержит", "Иван Сомов"),
        ],
    ),
    # An editor's note in brackets between a subject and its verb.
    "editors-note-before-the-verb": (
        "Министр Иван Сомов (рядом с ним стоит Андрей Ветров. — Ред.) заявил, что цены не вырастут.",
        [("indirect", "цены не вырастут", "Иван Сомов")],
    ),
    # A headline's quotation, then the one who gave an interview.
    "headline-quote-then-an-interview-given": (
        "«Мы готовы к бою»: глава комитета Андрей Ветров дал интервью изданию\nОн выступил.",
        [("direct", "Мы готовы к бою", "Андрей Ветров")],
    ),
    # "что говорили X": a group that said the headline's words.
    "headline-what-did-a-group-say": (
        "«Поле было тяжёлым»: что сказали футболисты после ничьей\nКоманда вернулась домой.",
        [("direct", "Поле было тяжёлым", "футболисты")],
    ),
    # An editor's note that names the one a pronoun stands for is the subject.
    "editors-note-naming-the-pronoun": (
        "Министр Иван Сомов выступил на форуме. Рядом стоял Андрей Ветров. Позже он (Сомов. — Ред.) сказал, что "
        "цены снизятся.",
        [("indirect", "цены снизятся", "Иван Сомов")],
    ),
    # A headline's quotation, then a body that names or condemns with "в X".
    "headline-quote-then-a-place-that-names": (
        "«Угроза для всех»: в министерстве назвали новые пошлины опасными\nПошлины вводят с марта.",
        [("direct", "Угроза для всех", "министерство")],
    ),
    # A headline's quotation, then a body that speaks named before the topic.
    "headline-quote-then-a-body-and-topic": (
        "«Так держать»: Генпрокуратура о проверке счетов\nПроверка завершена.",
        [("direct", "Так держать", "Генпрокуратура")],
    ),
    "headline-quote-then-a-named-body-and-topic": (
        "«Так держать»: МИД Турции о визите\nВизит завершён.",
        [("direct", "Так держать", "МИД Турции")],
    ),
    "headline-quote-then-the-networks-and-topic": (
        "«Так держать»: соцсети о бронзе сборной на чемпионате\nКоманда вернулась.",
        [("direct", "Так держать", "соцсети")],
    ),
    # A backward attribution points past a sentence that ends in an attribution of its own.
    "backward-attribution-past-an-attributed-sentence": (
        "В регионе выпал снег\nНа севере области выпал первый снег, сообщил синоптик Анна Петрова. Толщина "
        "покрова составила 5 сантиметров. Об этом пишет агентство «Север».\nДороги расчищают.",
        [
            ("indirect", "На севере области выпал первый снег", "Анна Петрова"),
            ("indirect", "Толщина покрова составила 5 сантиметров", "агентство «Север»"),
        ],
    ),
    # A list of quotations after a dash: one quote each.
    "dash-list-of-quotations": (
        "Ураган застал город врасплох.\n\n"
        '– "Крышу сорвало за минуту", "мы едва успели спрятаться в подвале", – вспоминают горожане.',
        [
            ("direct", "Крышу сорвало за минуту", "горожане"),
            ("direct", "мы едва успели спрятаться в подвале", "горожане"),
        ],
    ),
    # A name right after a verb whose subject is the pronoun before it is the verb's object, not the speaker.
    "pronoun-subject-before-an-object-name": (
        "Мэр Олег Ситников уволил директора парка Тимура Гелашвили.\n"
        "«Парк нужно спасать», — заявил Ситников.\n"
        "Он поблагодарил Гелашвили за работу, но отметил, что реформы запоздали.",
        [
            ("direct", "Парк нужно спасать", "Олег Ситников"),
            ("indirect", "реформы запоздали", "Олег Ситников"),
        ],
    ),
    # "заявил что, …": the comma after the conjunction still opens the clause.
    "comma-after-chto": (
        "Депутат Ирина Белова заявила что, тарифы вырастут весной.",
        [("indirect", "тарифы вырастут весной", "Ирина Белова")],
    ),
    # "выражать уверенность, что …" reports a view as "выразить" does.
    "imperfective-expressed-confidence": (
        "Ранее губернатор Павел Рудин выражал уверенность, что завод откроют в срок.",
        [("indirect", "завод откроют в срок", "Павел Рудин")],
    ),
    # "…, если верить X, …" inside a sentence: the part after it is X's, as after "по словам X".
    "believe-aside-inside-a-sentence": (
        "Защитник, если верить газете «Спорт-Экспресс», продлит контракт с клубом.",
        [("indirect", "продлит контракт с клубом", "газета «Спорт-Экспресс»")],
    ),
    # "согласно заявлению X" with no comma before the content, like "по словам X".
    "according-to-statement-unpunctuated": (
        "При этом согласно заявлению Игоря Лаптева переговоры затянутся до весны.",
        [("indirect", "переговоры затянутся до весны", "Игорь Лаптев")],
    ),
    # "её заявление о том, что …": the statement's owner is the pronoun's antecedent.
    "possessive-statement-about": (
        "Депутат Ольга Жукова вернулась из поездки. Всех удивило её заявление о том, что мост построят за год.",
        [("indirect", "мост построят за год", "Ольга Жукова")],
    ),
    # "Эту новость сообщил X", "Такие цифры назвал X": the sentence before is X's.
    "backward-news-told": (
        "Порт начнёт принимать танкеры весной. Эту новость сообщил на брифинге министр Тимур Бекешев.",
        [("indirect", "Порт начнёт принимать танкеры весной", "Тимур Бекешев")],
    ),
    # A quotation that opens its paragraph and a name that signs it after the closing mark.
    "quotation-signed-by-a-name": (
        "Аким опубликовал поздравление.\n\n"
        '"Нашему посёлку исполнилось 90 лет. Спасибо всем, кто строил его". Ерлан Жакупов\n\n'
        "Далее аким пожелал горожанам счастья.",
        [("direct", "Нашему посёлку исполнилось 90 лет. Спасибо всем, кто строил его", "Ерлан Жакупов")],
    ),
    # An opening mark glued to a sentence's end, never closed in its paragraph: the quotation runs to its end.
    "glued-opener-left-open": (
        "Министр Олжас Бектенов заявил, что занятия начнутся в срок.\n\n"
        "Об этом сообщает агентство.«Занятия пройдут очно. Учителя уже вернулись из отпусков.\n\nПодробнее",
        [
            ("indirect", "занятия начнутся в срок", "Олжас Бектенов"),
            ("direct", "Занятия пройдут очно. Учителя уже вернулись из отпусков", "Олжас Бектенов"),
        ],
    ),
    # A straight mark glued to a sentence's end before a capital opens a quotation.
    "straight-mark-glued-after-a-full-stop": (
        'Заявок стало больше, сообщил ректор Олег Вершинин."Конкурс вырос вдвое по сравнению с прошлым летом", '
        "- добавил он.",
        [
            ("indirect", "Заявок стало больше", "Олег Вершинин"),
            ("direct", "Конкурс вырос вдвое по сравнению с прошлым летом", "Олег Вершинин"),
        ],
    ),
    # A headline's body named by a capitalised adjective and a noun: the whole phrase speaks.
    "headline-body-adjective-and-noun": (
        "«Помощь будет»: Красный крест заявил о поставках в регион",
        [("direct", "Помощь будет", "Красный крест")],
    ),
    # A hyphenated title known whole in the genitive is no nominative, whatever its first part is.
    "hyphenated-title-in-the-genitive": (
        "По словам премьер-министра Словакии Мирослава Кадлеца, реформу отложат.",
        [("indirect", "реформу отложат", "Мирослав Кадлец")],
    ),
    # "отмечать" with a thing after it keeps a feast: the sentence is content an outlet reports, no attribution.
    "feast-kept-before-an-outlet": (
        "Аким опубликовал пост. Сегодня город отмечает свой юбилей, сообщает агентство.",
        [("indirect", "Сегодня город отмечает свой юбилей", "агентство")],
    ),
    # ... also before a figure, the sentence before it ending there
    "straight-mark-glued-before-a-figure": (
        'Для решения нужен 51 голос из 101."54 голоса у нас уже есть", - сказала депутат Ирина Белова.',
        [("direct", "54 голоса у нас уже есть", "Ирина Белова")],
    ),
    "backward-figures-named": (
        "Урожай пшеницы вырос на пятую часть. Такие цифры назвал на брифинге аким области Нурлан Сеитов.",
        [("indirect", "Урожай пшеницы вырос на пятую часть", "Нурлан Сеитов")],
    ),
    # An adverb of manner between the dash and the verb: "«…», — спокойно улыбнулся X".
    "marks-after-adverb-and-verb": (
        "Совещание длилось час.\n«Цены весной снизятся, а тарифы останутся прежними», — спокойно улыбнулся министр "
        "Арман Сейткали.",
        [("direct", "Цены весной снизятся, а тарифы останутся прежними", "Арман Сейткали")],
    ),
    # "«…» — так X подвёл итог …", "«…», — такое сообщение разослала Y": the sentence after the dash points back.
    "marks-so-subject-before-verb": (
        "Совещание длилось час.\n«Мы довольны итогами визита» — так министр Арман Сейткали подвёл итог поездки.",
        [("direct", "Мы довольны итогами визита", "Арман Сейткали")],
    ),
    "marks-such-statement": (
        "Совещание длилось час.\n«Кризис в отрасли преодолён», — такое сообщение разослала пресс-служба завода.",
        [("direct", "Кризис в отрасли преодолён", "пресс-служба завода")],
    ),
    "marks-such-answer-of": (
        "Совещание длилось час.\n«Кризис в отрасли преодолён», — таким оказался ответ Армана Сейткали на вопрос.",
        [("direct", "Кризис в отрасли преодолён", "Арман Сейткали")],
    ),
    # A что-clause that opens a quotation runs to the sentence where the quotation closes.
    "chto-clause-quotation-of-sentences": (
        "В аэропорту певец Арман Сейткали сказал, что «гастроли пройдут в пяти городах. Билеты уже проданы. "
        "Нас ждёт долгий путь». Концерт начнётся вечером.",
        [("indirect", "«гастроли пройдут в пяти городах. Билеты уже проданы. Нас ждёт долгий путь»", "Арман Сейткали")],
    ),
    # ", со ссылкой на X," set off by commas between the verb and its что-clause.
    "chto-after-reference-aside": (
        "Жанна Орлова сообщила «Вестнику», со ссылкой на письмо из суда, что против неё возбудят дело.",
        [("indirect", "против неё возбудят дело", "Жанна Орлова")],
    ),
    # "Ранее эти же сведения приводил X": a backward attribution after "ранее", with "же".
    "backward-earlier-same-information": (
        "Сводка за день.\nВоенные заняли здание штаба округа.\n\nРанее эти же сведения приводил министр "
        "Арман Сейткали.",
        [("indirect", "Военные заняли здание штаба округа", "Арман Сейткали")],
    ),
    # "Сам/Сама" before a noun for a person is no part of the subject; a feminine noun tells the gender.
    "emphatic-pronoun-before-a-person-noun": (
        "Народному артисту Павлу Громову исполнилось 85 лет.\n\nСпектакль по пьесе Веры Лозиной пройдёт "
        "вечером. Сама именинница признаётся: «Сегодня у меня обычный рабочий день».",
        [("direct", "Сегодня у меня обычный рабочий день", "Вера Лозина")],
    ),
    "emphatic-pronoun-before-a-masculine-noun": (
        "Народному артисту Павлу Громову исполнилось 85 лет.\n\nСам юбиляр скромно признаётся: «Сегодня у "
        "меня обычный рабочий день».",
        [("direct", "Сегодня у меня обычный рабочий день", "Павел Громов")],
    ),
    # "В поздравлении говорится: …" after "X поздравил …": the document's author is the verb's subject.
    "document-named-after-its-verb": (
        "Ветеранам вручили награды. С праздником их поздравил губернатор Олег Ремизов.\n\nВ поздравлении, в "
        "частности, говорится:\nВаш подвиг навсегда останется в памяти всех поколений.",
        [("direct", "Ваш подвиг навсегда останется в памяти всех поколений", "Олег Ремизов")],
    ),
    # "X сообщил об этом …": the subject first, then the verb and "об этом", points back like "Об этом сообщил X".
    "subject-verb-about-this": (
        "Тарифы на воду вырастут на пять процентов. Министр Павел Громов сообщил об этом журналистам.",
        [("indirect", "Тарифы на воду вырастут на пять процентов", "Павел Громов")],
    ),
    # A forecast of what X will announce points back at nothing said yet: only the source's words are a quote.
    "forecast-of-an-announcement": (
        "Завод закроют летом. По данным СМИ, министр объявит об этом в среду.",
        [("indirect", "министр объявит об этом в среду", "СМИ")],
    ),
    # A paragraph under a colon may open with a figure; "по словам X" in the colon's sentence names its speaker.
    "colon-paragraph-opening-with-a-figure": (
        "Театр готовит сезон.\n\nКак сообщила пресс-секретарь театра Вера Лозина, программа готова:\n"
        "18 мая оркестр выступит в большом зале.",
        [
            ("indirect", "программа готова", "Вера Лозина"),
            ("direct", "18 мая оркестр выступит в большом зале", "Вера Лозина"),
        ],
    ),
    "colon-paragraph-after-po-slovam": (
        "Театр готовит сезон.\n\nПремьеру зрители, по словам директора Павла Громова, увидят в октябре:\n\n"
        "Спектакль покажут в новом зале.",
        [
            ("indirect", "увидят в октябре", "Павел Громов"),
            ("direct", "Спектакль покажут в новом зале", "Павел Громов"),
        ],
    ),
    # "По словам врачей X находился …, которое …": the comma after the source left out; the source is the genitive
    # run after the noun, the quote the rest of the sentence.
    "po-slovam-comma-left-out": (
        "Его доставили в клинику.\n\nПо словам врачей Павел Громов находился в тяжёлом состоянии, которое "
        "постепенно улучшается.",
        [("indirect", "Павел Громов находился в тяжёлом состоянии, которое постепенно улучшается", "врачи")],
    ),
    # "Сообщается, что …, сообщает X.": the outlet that reports the impersonal verb's clause speaks.
    "impersonal-reported-by-an-outlet": (
        "Крыша склада обрушилась вечером. Сообщается, что пострадали трое рабочих, сообщает агентство Вести.",
        [("indirect", "пострадали трое рабочих", "агентство Вести")],
    ),
    # "давал понять, что": the imperfective of "дать понять" attributes like it.
    "auxiliary-gave-to-understand": (
        "Ранее Павел Громов давал понять, что не будет выдвигаться снова.",
        [("indirect", "не будет выдвигаться снова", "Павел Громов")],
    ),
    # "успел сообщить, что": "успеть" takes a speech verb in the infinitive; "выкрикнуть" is a speech verb.
    "auxiliary-managed-to": (
        "Перед арестом Павел Громов успел выкрикнуть в толпу, что невиновен.",
        [("indirect", "невиновен", "Павел Громов")],
    ),
    # "пресс-секретарь главы государства Имя": the head of state's title after another title is whose the first one
    # is; a later "глава государства" is not the spokesman.
    "title-of-a-title-holder": (
        "Экономика важнее всего, заявил президент Олег Сорокин на встрече.\n"
        "«Это прежде всего рост доходов», — заявил глава государства.\n"
        "План развития страны уже выполняется, сообщил пресс-секретарь главы государства Павел Громов.",
        [
            ("indirect", "Экономика важнее всего", "Олег Сорокин"),
            ("direct", "Это прежде всего рост доходов", "Олег Сорокин"),
            ("indirect", "План развития страны уже выполняется", "Павел Громов"),
        ],
    ),
    # "…, добавил Имя:" before a quotation: the verb after the words it attributes has its subject after it.
    "colon-after-a-postposed-verb": (
        "Ремонт займёт ещё сутки, сообщил директор завода Павел Громов. Пуск линии намечен на понедельник, "
        "добавил Громов:\n«Мы успеем к сроку».",
        [
            ("indirect", "Ремонт займёт ещё сутки", "Павел Громов"),
            ("indirect", "Пуск линии намечен на понедельник", "Павел Громов"),
            ("direct", "Мы успеем к сроку", "Павел Громов"),
        ],
    ),
    # "Как он сообщал журналистам, …": the pronoun before the verb speaks, not those told.
    "kak-pronoun-before-the-verb": (
        "По словам Павла Громова, закон не примут. Как он сообщал журналистам накануне, это стало причиной "
        "протеста.",
        [
            ("indirect", "закон не примут", "Павел Громов"),
            ("indirect", "это стало причиной протеста", "Павел Громов"),
        ],
    ),
    # "вспомнил о том, что": a verb of recalling aloud attributes its clause.
    "recalled-that": (
        "Павел Громов вспомнил о том, что его отец работал на этом заводе.",
        [("indirect", "его отец работал на этом заводе", "Павел Громов")],
    ),
    # "Имя Фамилия приехал …. И сказал, что …": a verb with no subject goes on with the subject named since the last
    # quote, not with whoever spoke before.
    "subjectless-verb-after-a-new-subject": (
        "«Завод откроется весной», — отметил министр Олег Сорокин.\n"
        "Павел Громов, глава профсоюза, приехал на открытие. И сказал, что рабочие ждут зарплату.",
        [
            ("direct", "Завод откроется весной", "Олег Сорокин"),
            ("indirect", "рабочие ждут зарплату", "Павел Громов"),
        ],
    ),
    # "— приводит пресс-служба его слова.": the noun of words may end the sentence after its possessive.
    "his-words-at-the-sentence-end": (
        "Об отказе от контракта заявил директор компании Павел Громов.\n"
        "«Мы направили партнёрам требование о пересмотре цены», — приводит пресс-служба компании его слова.",
        [("direct", "Мы направили партнёрам требование о пересмотре цены", "Павел Громов")],
    ),
    # "Менеджер Имени Фамилии: …": a title that reads as an inanimate noun in the accusative ("менеджер", software)
    # is still a person's, in the nominative: the manager speaks, not the one named in the genitive.
    "headline-title-of-a-genitive-name": (
        "Менеджер Сорокина: Олег готов к новому бою\n"
        "Павел Громов, менеджер чемпиона Олега Сорокина, заявил, что его клиент вернётся на ринг осенью.",
        [
            ("direct", "Олег готов к новому бою", "Павел Громов"),
            ("indirect", "его клиент вернётся на ринг осенью", "Павел Громов"),
        ],
    ),
    # "Главным итогом, о чём говорил X, стало решение …": an inserted "о чём говорил X" gives the part after it when
    # the words before it are no clause.
    "o-chem-inserted-in-the-middle": (
        "Главным итогом встречи, о чём с удовлетворением говорил глава ведомства Павел Громов, стало решение "
        "партнёров продлить соглашение.",
        [("indirect", "стало решение партнёров продлить соглашение", "Павел Громов")],
    ),
    # "«A, – таксист Имя разводит руками. – B»": the author's remark inside a quotation, with a person doing anything,
    # attributes both parts.
    "remark-inside-a-quotation": (
        "«Вы опоздали, – пожилой водитель Павел Громов разводит руками. – Митинг был вчера у мэрии».",
        [
            ("direct", "Вы опоздали", "Павел Громов"),
            ("direct", "Митинг был вчера у мэрии", "Павел Громов"),
        ],
    ),
    # An unnamed person described by a noun speaks again under the same noun, however far on, and "наш
    # собеседник" is the one just speaking, when the article names no one with that noun.
    "unnamed-speaker-under-the-same-noun": (
        "«Вы опоздали, – пожилой таксист разводит руками. – Митинг был вчера». Много ли людей пришло? «Народу "
        "было немного, – отвечает наш собеседник. – Полиции больше».\n"
        "«Комментариев пока не даём», – сказал сотрудник мэрии Павел Громов.\n"
        "Город готовится к стройке.\n"
        "На набережной стоят старые дома.\n"
        "«Все эти дома снесут», – указывает таксист.",
        [
            ("direct", "Вы опоздали", "пожилой таксист"),
            ("direct", "Митинг был вчера", "пожилой таксист"),
            ("direct", "Народу было немного", "пожилой таксист"),
            ("direct", "Полиции больше", "пожилой таксист"),
            ("direct", "Комментариев пока не даём", "Павел Громов"),
            ("direct", "Все эти дома снесут", "пожилой таксист"),
        ],
    ),
    # A post broken into lines by its inline hashtags and handles: a line that opens with a digit or a full stop
    # under a hashtag goes on with the post, and a handle among hashtags above words is inside the text.
    "post-with-inline-hashtags": (
        "Команда вела в счёте.\n\"Восток\" забил \"Тоболу\" на 30-й минуте \n@fc_vostok #Лига\n#ВостокТобол\n"
        " 1:0 Ильдар Галиев \npic.twitter.com/AbCdEf\n— Лига (@liga_kz) \n1 ноября 2017 г.\nМатч продолжился.",
        [
            (
                "direct",
                '"Восток" забил "Тоболу" на 30-й минуте \n@fc_vostok #Лига\n#ВостокТобол\n 1:0 Ильдар Галиев',
                "Лига",
            )
        ],
    ),
    # "Такие данные приводятся на сайте X": the passive of citing after a noun of words names where they stand.
    "such-data-given-on-a-site": (
        "Лидерами роста стали акции трёх крупных банков. Такие данные приводятся на официальном сайте биржи.",
        [("indirect", "Лидерами роста стали акции трёх крупных банков", "официальный сайт биржи")],
    ),
    # "…, сообщили вчера местные органы статистики": a time word between the verb and the body that speaks.
    "postposed-body-after-a-time-word": (
        "Жители области сократили свои расходы на четверть. Такие данные сообщили вчера местные органы статистики.",
        [("indirect", "Жители области сократили свои расходы на четверть", "местные органы статистики")],
    ),
    # "сообщил о переброске войск США: …": a topic between the verb and the colon; its genitives are no object, and
    # the name inside it is no speaker.
    "colon-after-a-topic": (
        "Министр обороны Павел Громов сообщил о переброске войск США: бригада дислоцирована у трёх городов.",
        [("indirect", "бригада дислоцирована у трёх городов", "Павел Громов")],
    ),
    # "высказывал опасения, что": the imperfective of "высказать".
    "voiced-fears-imperfective": (
        "Ранее министр Павел Громов высказывал опасения, что половина газет может закрыться.",
        [("indirect", "половина газет может закрыться", "Павел Громов")],
    ),
    # "Как сказала газете активистка группы «Сохраним парк!» Имя Фамилия, «…»": a verb or a "!" inside a name in
    # quotation marks opens no clause and ends no sentence.
    "kak-past-a-name-with-a-verb-in-it": (
        "Как сказала газете активистка движения «Сохраним парк!» Анна Громова, «мы победили, но опасность не "
        "миновала».",
        [("direct", "мы победили, но опасность не миновала", "Анна Громова")],
    ),
    # "Как говорил X: «A, B»": the comma inside the quotation is no end of a source.
    "kak-before-a-quotation-with-a-comma": (
        "Как говорил философ Павел Громов: «Сеющий рознь умножает тьму, тот, кто ненавидит, играет на руку злу».",
        [("direct", "Сеющий рознь умножает тьму, тот, кто ненавидит, играет на руку злу", "Павел Громов")],
    ),
    # "в госкорпорации «Олимпстрой»": a name in quotation marks that reads as a verb ("строй") ends no place.
    "place-with-a-verb-like-name": (
        "Контракты получат иностранные компании, сообщили в госкорпорации «Олимпстрой».",
        [("indirect", "Контракты получат иностранные компании", "госкорпорация «Олимпстрой»")],
    ),
    # An interview whose questions did not reach the page: the headline opens with the one interviewed, and the dash
    # paragraphs, none attributed, are that person's answers.
    "interview-without-questions": (
        "Павел Громов – о том, что ждёт город\nРазговор начался с семьи.\n"
        "– Жена меня поддерживает, хотя и ворчит иногда.\n"
        "– Нет, мы вместе решили переехать в этот город.",
        [
            ("direct", "Жена меня поддерживает, хотя и ворчит иногда", "Павел Громов"),
            ("direct", "Нет, мы вместе решили переехать в этот город", "Павел Громов"),
        ],
    ),
    # The one interviewed, named in the headline after a body in quotation marks by a name no table knows, answers
    # every question, also after words reported in one.
    "interview-named-after-a-quoted-body": (
        "«Его можно вылечить»: бывший врач «Ротора» Мбеки о травме форварда\n"
        "— Слышали, что случилось с форвардом?\n"
        "— Слышал, но игру не смотрел. Нужна операция.\n"
        "— Олег Сорокин признался, что испытывает разочарование из-за травмы. Справится ли он?\n"
        "— У него сильный характер, он справится.",
        [
            ("direct", "Его можно вылечить", "Мбеки"),
            ("direct", "Слышал, но игру не смотрел. Нужна операция", "Мбеки"),
            ("indirect", "испытывает разочарование из-за травмы", "Олег Сорокин"),
            ("direct", "У него сильный характер, он справится", "Мбеки"),
        ],
    ),
    # "посол в Германии Имя": the country after "в" is where the ambassador serves, not whose he is; a later
    # "российский посол" may be him.
    "ambassador-in-a-host-country": (
        "Выступили аналитик Алексей Груздев и посол в Германии Сергей Нечаев.\n"
        "Председатель палаты Мартин Ванслебен заявил, что санкции имеют свою цену.\n"
        "Российский посол утверждал, что Россия не относится к сторонам конфликта.",
        [
            ("indirect", "санкции имеют свою цену", "Мартин Ванслебен"),
            ("indirect", "Россия не относится к сторонам конфликта", "Сергей Нечаев"),
        ],
    ),
    # "Президент Hotel Okura": a president of a named company is no head of state the article names.
    "company-president-is-no-head-of-state": (
        "Президент России Владимир Путин открыл форум. Президент Hotel Okura выразил надежду, что город поможет "
        "с проектом.",
        [("indirect", "город поможет с проектом", "Президент")],
    ),
    # "По сообщению журналистов, X пообещал, что …": an outlet reports how the words reached the text; they are X's.
    "outlet-reports-an-attribution": (
        "По сообщению журналистов, Иван Петров пообещал, что завод откроют весной. Как отмечает издание, эксперты "
        "считают, что сделка невыгодна.",
        [
            ("indirect", "завод откроют весной", "Иван Петров"),
            ("indirect", "сделка невыгодна", "эксперты"),
        ],
    ),
    # "По его словам, подрядчики уверены, что …": a person's words keep what they say of others.
    "person-reports-others-view": (
        "Министр Иван Петров выступил на форуме. По его словам, подрядчики считают, что смогут начать работы.",
        [("indirect", "подрядчики считают, что смогут начать работы", "Иван Петров")],
    ),
    # "глава кабмина" heads a government: the premier, not the president named before.
    "head-of-cabinet-is-the-premier": (
        "Президент Олег Сидоров провёл совещание. «Рост есть», – рассказал премьер Иван Петров. Как отметил глава "
        "кабмина, доходы выросли на 20%.",
        [("direct", "Рост есть", "Иван Петров"), ("indirect", "доходы выросли на 20%", "Иван Петров")],
    ),
    # "Манёвры Олафа:": a noun that a name owns is no speaker of the headline's words.
    "headline-noun-owned-by-a-name": (
        "Манёвры Олафа: Германия не будет поддерживать соседей\nКанцлер Олаф Шольц заявил, что Берлин не готов "
        "поддержать соседей.",
        [("indirect", "Берлин не готов поддержать соседей", "Олаф Шольц")],
    ),
    # An outlet's post "Имя: слова" quotes the one it names, not the outlet that signs it.
    "post-quotes-a-named-person": (
        "Постпред Олег Сидоров выступил на форуме.\nСидоров: наши страны ждут новых проектов\nhttps://t.co/abc\n"
        "— Агентство новостей (@agency_news) \n18 января 2024 г.",
        [("direct", "наши страны ждут новых проектов", "Олег Сидоров")],
    ),
    # "Реализация, по его словам, потребует …": a thing is the subject of the verb; the source reports the clause.
    "source-inside-a-clause-of-a-thing": (
        "Министр Иван Петров выступил на форуме. Реализация проекта, по его словам, потребует 5 млрд рублей.",
        [("indirect", "потребует 5 млрд рублей", "Иван Петров")],
    ),
    # "«A, — приводит ТАСС слова адвоката Имя Фамилия. — B»": the words are the lawyer's, the outlet between.
    "report-of-words-inside-a-quotation": (
        "Прокурор прибыла в посольство.\n«Мы делаем всё возможное, — приводит ТАСС слова адвоката Ивана Сидорова. "
        "— Мы убеждены, что дело закроют».",
        [
            ("direct", "Мы делаем всё возможное", "Иван Сидоров"),
            ("direct", "Мы убеждены, что дело закроют", "Иван Сидоров"),
        ],
    ),
    # "— пояснила RT девушка": the outlet right after the verb is the one told; the noun after it speaks.
    "outlet-told-then-noun": (
        "Свидетельница Анна Петрова рассказала, что все помогали. «Когда я вышла на платформу, уже вытаскивали "
        "тела», — пояснила RT девушка.",
        [
            ("indirect", "все помогали", "Анна Петрова"),
            ("direct", "Когда я вышла на платформу, уже вытаскивали тела", "Анна Петрова"),
        ],
    ),
    # An interview's answers are the interviewee's, also one whose words tell what others said and one after a
    # question that does.
    "interview-answer-after-question-reporting-others": (
        "«Было тяжело»: Анна Петрова о работе в клинике\nРасскажите про тот день?\n— Это был обычный рабочий день, "
        "утром пришёл пациент.\nЧто было дальше?\n— Потом мне сообщили о его смерти, это было шоком.\nВрач "
        "клиники сказал, что процедуру делал студент. Что вы думаете?\n— Я приношу соболезнования родственникам. "
        "Они так видят ситуацию.\nОб этом я уже говорила раньше.",
        [
            ("direct", "Было тяжело", "Анна Петрова"),
            ("direct", "Это был обычный рабочий день, утром пришёл пациент", "Анна Петрова"),
            ("direct", "Потом мне сообщили о его смерти, это было шоком", "Анна Петрова"),
            ("indirect", "процедуру делал студент", "Врач клиники"),
            ("direct", "Я приношу соболезнования родственникам. Они так видят ситуацию", "Анна Петрова"),
        ],
    ),
    # An interview's run of questions and answers goes on past a post embedded in it.
    "interview-goes-on-past-a-post": (
        "«Матч будет весёлым»: Иван Петров о шансах клуба\n— Команда проиграла четыре матча. Стоит ли волноваться?\n"
        "— Конечно, нет, армейцы фавориты и обязательно выиграют.\n— Готовы ли игроки играть первым номером?\n"
        "— А почему нет? Команда летела вперёд и создавала моменты.\nКадры с тренировки накануне матча\n"
        "https://t.co/abc\n— ПФК Клуб (@pfc_club) \n21 ноября 2017 г.\n— Не кажется ли вам, что проще играть на "
        "выезде?\n— Это объяснимо, ведь армейцы любят врываться в свободные зоны.",
        [
            ("direct", "Матч будет весёлым", "Иван Петров"),
            ("direct", "Конечно, нет, армейцы фавориты и обязательно выиграют", "Иван Петров"),
            ("direct", "А почему нет? Команда летела вперёд и создавала моменты", "Иван Петров"),
            ("direct", "Кадры с тренировки накануне матча", "ПФК Клуб"),
            ("direct", "Это объяснимо, ведь армейцы любят врываться в свободные зоны", "Иван Петров"),
        ],
    ),
    # "Что заставило вас уйти? – редактор задала вопрос депутату Имя Фамилия" / "– …": the one asked answers.
    "answer-of-the-one-asked": (
        "Почему я ушёл из партии\nПо словам Ивана Сидорова, из партии вышли многие. Что заставило вас уйти? – "
        "редактор Анна Петрова задала прямой вопрос депутату Олегу Иванову\n– Я вступил в партию молодым и по "
        "убеждениям, но времена изменились.",
        [
            ("indirect", "из партии вышли многие", "Иван Сидоров"),
            ("direct", "Я вступил в партию молодым и по убеждениям, но времена изменились", "Олег Иванов"),
        ],
    ),
    # "Если вина подтвердится, настаивают эмигранты, власти должны …": the condition is no quote, the part after is.
    "inserted-attribution-after-a-condition": (
        "Эмигранты провели акцию.\nЕсли вина подтвердится, настаивают эмигранты, власти должны выслать дипломатов.",
        [("indirect", "власти должны выслать дипломатов", "эмигранты")],
    ),
    # "Исследования требуют воплощения": a demand with no words next to it attributes nothing; the conclusion after
    # it points back at it.
    "conclusion-after-a-demand-of-a-thing": (
        "Потепление опасно для Арктики\nИсследования по адаптации требуют скорейшего воплощения.\nК такому выводу "
        "пришли участники секции по климату.",
        [("indirect", "Исследования по адаптации требуют скорейшего воплощения", "участники секции")],
    ),
    # "распространила заявление, согласно которому …": the content of a statement made public is its maker's.
    "statement-according-to-which": (
        "Новости дня\nСлужба безопасности распространила официальное заявление, согласно которому к атаке причастны "
        "хакеры. Депутат готовит законопроект, согласно которому штрафы вырастут.",
        [("indirect", "к атаке причастны хакеры", "Служба безопасности")],
    ),
    # "В связи с этим Пауэр призвала …. Она заявила, что …": a surname that is the subject after an adverbial
    # opening is the new subject the pronoun goes on with, not the one whose words were recalled.
    "surname-subject-after-adverbial-opening": (
        "Постпред Саманта Пауэр выступила. Дипломат вспомнила слова Маргариты Симоньян о том, что вещание "
        "необходимо. В связи с этим Пауэр призвала американцев противостоять. Она заявила, что Америке необходимо "
        "дать отпор.",
        [
            ("indirect", "вещание необходимо", "Маргарита Симоньян"),
            ("indirect", "Америке необходимо дать отпор", "Саманта Пауэр"),
        ],
    ),
    # A link to another article set inside the text makes no one the current speaker and counts no paragraphs.
    "related-link-leaves-the-speaker": (
        "Главный тренер Станислав Черчесов и полузащитник Денис Глушаков выступили.\n«Всё идёт своим чередом», — "
        "заявил Черчесов.\n Также по теме \n «Сборная на всё готова»: Черчесов и Глушаков ответили на вопросы \n "
        "Главный тренер Станислав Черчесов и полузащитник Денис Глушаков ответили на вопросы... \nОзвучивать состав "
        "при этом он не стал.\n«Как можно назвать состав заранее? Он соберёт вещи», — отметил 54-летний специалист.",
        [
            ("direct", "Всё идёт своим чередом", "Станислав Черчесов"),
            ("direct", "Сборная на всё готова", "Денис Глушаков"),
            ("direct", "Как можно назвать состав заранее? Он соберёт вещи", "Станислав Черчесов"),
        ],
    ),
    # "студентов, которые выкрикивали лозунги «A», «B»": slogans shouted, each a quote of those who shouted them.
    "slogans-shouted-by-those-named-before": (
        "Новости\nСреди демонстрантов было много студентов, которые выкрикивали лозунги «Поднимайся и борись!», «Я "
        "не буду жить в страхе».",
        [
            ("direct", "Поднимайся и борись!", "студенты"),
            ("direct", "Я не буду жить в страхе", "студенты"),
        ],
    ),
    # "бывший баскетболист": what someone was is the noun the article named them with, no office another holds.
    "former-noun-is-the-one-named-with-it": (
        "Победителя поздравили пловец Майкл Фелпс и баскетболист Шакил О'Нил.\n«Поздравляю», — написал Фелпс.\n"
        "«Поздравляю чемпиона с нокаутом», — сказал бывший баскетболист.",
        [
            ("direct", "Поздравляю", "Майкл Фелпс"),
            ("direct", "Поздравляю чемпиона с нокаутом", "Шакил О'Нил"),
        ],
    ),
    # "— Lennox Lewis (@handle)" under a post in an article that writes "Леннокс Льюис": a "w" spelt as a vowel.
    "signature-w-spelt-as-a-vowel": (
        "Новости\nБывший чемпион Леннокс Льюис похвалил соперника.\nHe was outboxed. I like him even more now!\n"
        "— Lennox Lewis (@LennoxLewis) \n27 августа 2017 г.",
        [("direct", "He was outboxed. I like him even more now!", "Леннокс Льюис")],
    ),
    # "Согласно заключению X", "По выводам X": a body's findings are its words; an examination's are no one's.
    "findings-of-a-body": (
        "Новости\nСогласно заключению Счётной палаты, из-за отсутствия учений страдает боеспособность частей. По "
        "заключению экспертизы, смерть наступила мгновенно.",
        [("indirect", "из-за отсутствия учений страдает боеспособность частей", "Счётная палата")],
    ),
    # "«…»: адвокат X-gen — о …" over an interview: the one described answers, not the one he is related to.
    "interview-of-one-described-in-the-headline": (
        "«Дело затянулось»: адвокат Петра Сомова — о новом иске\nЧто изменилось после решения суда?\n— Суд "
        "оставил меру пресечения прежней, это видно из \nпостановления\n. Мы подадим жалобу.\n— И никто не "
        "возражал?\n— Нет. Прокурор промолчал, а судья ушла на перерыв.\nЧто будет дальше?\n— Я думаю, что "
        "дело дойдёт до Верховного суда.",
        [
            ("direct", "Дело затянулось", "адвокат Петра Сомова"),
            (
                "direct",
                "Суд оставил меру пресечения прежней, это видно из \nпостановления\n. Мы подадим жалобу",
                "адвокат Петра Сомова",
            ),
            ("direct", "Нет. Прокурор промолчал, а судья ушла на перерыв", "адвокат Петра Сомова"),
            ("direct", "Я думаю, что дело дойдёт до Верховного суда", "адвокат Петра Сомова"),
        ],
    ),
    # "«…»: история жительницы села, пережившей …": the one the story is of answers; an answer may ask a question
    # of its own and go on, and a photo's credit between the answers breaks no run.
    "interview-of-one-whose-story-the-headline-tells": (
        "«Вода пришла ночью»: история жительницы села, пережившей паводок\n— Где вы живёте сейчас?\n— У сестры в "
        "городе, она приютила нас с детьми.\n— Вернётесь ли вы домой?\n— Я люблю своё село. Вернуться? Дома "
        "больше нет, его унесла река.\n Reuters \n— Расскажите о той ночи.\n— Я проснулась от того, что залаяла "
        "собака, и увидела воду на полу.",
        [
            ("direct", "Вода пришла ночью", "жительница села, пережившая паводок"),
            ("direct", "У сестры в городе, она приютила нас с детьми", "жительница села, пережившая паводок"),
            (
                "direct",
                "Я люблю своё село. Вернуться? Дома больше нет, его унесла река",
                "жительница села, пережившая паводок",
            ),
            (
                "direct",
                "Я проснулась от того, что залаяла собака, и увидела воду на полу",
                "жительница села, пережившая паводок",
            ),
        ],
    ),
    # A post embedded in an interview, its signature opening with a dash, takes no turn of its questions and
    # answers: the question after it, going on past its question mark, is still the interviewer's.
    "post-in-an-interview-takes-no-turn": (
        "Новости\nТренер Олег Панов ответил на вопросы о матче.\n— Почему команда проиграла?\n— Мы плохо начали "
        "матч и не успели отыграться.\n— Что изменится к следующей игре?\n— Мы будем больше работать в защите."
        "\nWe are ready for the next game!\n— FC Sokol (@fcsokol) \n5 января 2017 г.\n— Не кажется ли вам, что "
        "дома играть проще? В гостях команда выиграла все матчи сезона.\n— Это объяснимо, ведь на выезде "
        "соперники сами открываются.",
        [
            ("direct", "Мы плохо начали матч и не успели отыграться", "Олег Панов"),
            ("direct", "Мы будем больше работать в защите", "Олег Панов"),
            ("direct", "We are ready for the next game!", "FC Sokol"),
            ("direct", "Это объяснимо, ведь на выезде соперники сами открываются", "Олег Панов"),
        ],
    ),
    # "собеседник NBC" after "NBC показал интервью с … Имя Фамилия-ins": the one the outlet interviewed.
    "outlets-interlocutor-is-the-one-interviewed": (
        "Новости\nТелеканал NBC показал интервью с мужчиной, который называет себя бывшим охранником завода "
        "Петром Сомовым.\n«Мне угрожали, поэтому я уехал», — заявил собеседник NBC.\nГлавным виновником он назвал "
        "директора завода Игоря Белова. «Он знал обо всём», — добавил он.",
        [
            ("direct", "Мне угрожали, поэтому я уехал", "Петр Сомов"),
            ("direct", "Он знал обо всём", "Петр Сомов"),
        ],
    ),
    # "— Andrew Brown (@handle)" under a post in an article that writes "Эндрю Браун": a "w" after a vowel spelt
    # as one.
    "signature-w-after-a-vowel": (
        "Новости\nБывший аналитик Эндрю Браун поддержал решение.\nThanks for the good news!\n— Andrew Brown "
        "(@abrown) \n27 августа 2017 г.",
        [("direct", "Thanks for the good news!", "Эндрю Браун")],
    ),
    # "Как заявил журналистам X, первый заместитель министра Имя Фамилия, …": those told are no speaker, and the
    # title set off after the source, closed by the name, belongs to it.
    "as-said-to-journalists-by-titles-and-name": (
        "Новости\nКак заявил журналистам начальник штаба округа, первый заместитель министра обороны Олег Сомов, "
        "сегодня из города вывезут ещё тысячу жителей. Как рассказал журналистам глава района, эвакуация идёт по "
        "плану.",
        [
            ("indirect", "сегодня из города вывезут ещё тысячу жителей", "Олег Сомов"),
            ("indirect", "эвакуация идёт по плану", "Олег Сомов"),
        ],
    ),
    # An interview's answer goes on over paragraphs without a dash up to the next question, whatever they tell;
    # the text after the last answer is the author's.
    "answer-of-several-paragraphs": (
        "Новости\nНа вопросы ответил директор школы Олег Панов.\n— Что случилось в школе?\n— Утром прорвало трубу в "
        "подвале.\nСантехники сказали, что ремонт займёт неделю.\n— Расскажите о ремонте.\n— Трубы заменят "
        "целиком, от подвала до крыши.\nДеньги на это выделил город.\n— Когда начнутся уроки?\n— Уроки начнутся "
        "в понедельник.\nРанее в городе закрыли ещё две школы.",
        [
            ("direct", "Утром прорвало трубу в подвале.\nСантехники сказали, что ремонт займёт неделю", "Олег Панов"),
            ("indirect", "ремонт займёт неделю", "Сантехники"),
            ("direct", "Трубы заменят целиком, от подвала до крыши.\nДеньги на это выделил город", "Олег Панов"),
            ("direct", "Уроки начнутся в понедельник", "Олег Панов"),
        ],
    ),
    # "«A? — удивился он. — B»": surprise voiced is said, split by its attribution.
    "split-by-surprise": (
        "Новости\nМы пригласили тренера Ивана Петрова на интервью. «О женщинах? — удивился он. — Я ничего о них не "
        "знаю, так и напишите».",
        [
            ("direct", "О женщинах?", "Иван Петров"),
            ("direct", "Я ничего о них не знаю, так и напишите", "Иван Петров"),
        ],
    ),
    # "президент Microsoft" after "президент корпорации Имя Фамилия" spoke: the company's head, speaking on.
    "company-president-speaking-on": (
        "Новости\nОб этом заявил президент корпорации Джон Смит.\n«Мы ищем. Пока ничего не нашли», — заявил Смит."
        "\n«Нам нужно подготовиться к выборам», — подчеркнул президент Microsoft.",
        [
            ("direct", "Мы ищем. Пока ничего не нашли", "Джон Смит"),
            ("direct", "Нам нужно подготовиться к выборам", "Джон Смит"),
        ],
    ),
    # "Об этом сообщается на сайте X со ссылкой на заявление Y-gen": the one referred to speaks, not the site.
    "reported-on-a-site-referring-to-someone": (
        "Новости\nМинистр обороны Иван Петров отдал распоряжение провести пересмотр программы. Об этом сообщается на "
        "сайте ведомства со ссылкой на заявление официального представителя министерства Анны Сомовой.",
        [("indirect", "Министр обороны Иван Петров отдал распоряжение провести пересмотр программы", "Анна Сомова")],
    ),
    # "«…», — заявили в ведомстве, отметив, что …": the place after the plural verb speaks on in the gerund.
    "place-speaking-on-in-a-gerund": (
        "Новости\n«Санкции были применены к восьми предприятиям», — заявили в министерстве, отметив, что эти санкции "
        "не связаны с прежними ограничениями.",
        [
            ("direct", "Санкции были применены к восьми предприятиям", "министерство"),
            ("indirect", "эти санкции не связаны с прежними ограничениями", "министерство"),
        ],
    ),
    # "X дисквалифицирован …, сообщает пресс-служба Y. «…», — говорится в сообщении": the statement is the press
    # service's, not that of the one it reports on before its verb.
    "statement-of-a-postposed-reporter": (
        "Новости\nБоксёр Иван Сомов дисквалифицирован на два года, сообщает пресс-служба федерации. «Спортсмен не "
        "явился на сдачу проб», — говорится в сообщении.",
        [
            ("indirect", "Боксёр Иван Сомов дисквалифицирован на два года", "пресс-служба федерации"),
            ("direct", "Спортсмен не явился на сдачу проб", "пресс-служба федерации"),
        ],
    ),
    # "она" where the text names no woman (a foreign name misread as a man's): the one named since the current
    # speaker spoke, not the current speaker.
    "pronoun-of-a-misread-gender-is-the-one-named-since": (
        "Новости\n«Мы купим комплексы», — сказал президент Турции Реджеп Тайип Эрдоган.\nМежду тем постпред США при "
        "альянсе Кэй Бэйли Хатчисон придерживается другой точки зрения. Она назвала проблемой это решение.\n«Это "
        "очень тревожит альянс», — заявила она.",
        [
            ("direct", "Мы купим комплексы", "Реджеп Тайип Эрдоган"),
            ("direct", "Это очень тревожит альянс", "Кэй Бэйли Хатчисон"),
        ],
    ),
    # "Глава европейской дипломатии отметила, что …": a woman's title, and the text names one woman.
    "womans-title-is-the-one-woman-named": (
        "Новости\nНа встрече выступил госсекретарь Джон Керри. Заявление сделали верховный представитель союза Анна "
        "Линдберг и министр Иван Сомов. Глава европейской дипломатии отметила, что соглашение выгодно всем.",
        [("indirect", "соглашение выгодно всем", "Анна Линдберг")],
    ),
    # "— говорится в твите": a tweet with no author named is the words of the one who wrote last.
    "tweet-of-the-one-who-wrote": (
        "Новости\nПозднее в Twitter президент Джон Смит написал, что все его мысли с моряками.\n«Мысли и молитвы с "
        "нашими моряками», — говорится в твите.",
        [
            ("indirect", "все его мысли с моряками", "Джон Смит"),
            ("direct", "Мысли и молитвы с нашими моряками", "Джон Смит"),
        ],
    ),
    # "Как пояснил X, доцент университета Имя Фамилия, …": a noun for a person set off before a name belongs to the
    # source; "По данным X, девочке 15 лет, …" opens the content.
    "as-explained-by-a-described-person": (
        "Новости\nКак пояснил журналистам политолог, доцент университета Борис Межов, союз хочет вернуть регионы. По "
        "данным СМИ, девочке 15 лет, точный возраст мальчика неизвестен.",
        [
            ("indirect", "союз хочет вернуть регионы", "Борис Межов"),
            ("indirect", "девочке 15 лет, точный возраст мальчика неизвестен", "СМИ"),
        ],
    ),
    # A quoted subheading between an interview's answers is drawn from them: the one answering.
    "subheading-inside-an-interview": (
        "Новости\nТренер Олег Панов ответил на вопросы.\n— Как вы оцениваете сезон?\n— Сезон был трудным, но мы "
        "справились.\n— Что дальше?\n— Мы будем готовиться к новому турниру.\n«Молодёжь нас выручит»\n— Кто заменит "
        "лидеров?\n— Молодые игроки уже готовы выйти на поле.",
        [
            ("direct", "Сезон был трудным, но мы справились", "Олег Панов"),
            ("direct", "Мы будем готовиться к новому турниру", "Олег Панов"),
            ("direct", "Молодёжь нас выручит", "Олег Панов"),
            ("direct", "Молодые игроки уже готовы выйти на поле", "Олег Панов"),
        ],
    ),
    # "То, что заявляет X, считает он, является …": the words before an inserted attribution are no clause of their
    # own (the verb in them qualifies them), the clause after it is the content.
    "subject-with-a-qualifying-clause-before-the-attribution": (
        "Новости\nДепутат Олег Панов выступил в парламенте. То, что заявляет соседняя страна, считает он, является "
        "лишь проявлением истерии. Цены растут слишком быстро, отметил он, и жители теряют терпение.",
        [
            ("indirect", "является лишь проявлением истерии", "Олег Панов"),
            ("indirect", "Цены растут слишком быстро", "Олег Панов"),
            ("indirect", "и жители теряют терпение", "Олег Панов"),
        ],
    ),
    # "— ответил Блюменталю Мутко": a person of the article in the dative after the verb is the one told, the
    # surname in the nominative after it speaks.
    "the-one-told-in-the-dative-before-the-speaker": (
        "Новости\nСенатор Ричард Розенталь потребовал лишить страну турнира. Вице-премьер Виктор Бутко ответил.\n«Это "
        "бесперспективные вещи», — ответил Розенталю Бутко, подчеркнув, что никаких разговоров нет.",
        [
            ("direct", "Это бесперспективные вещи", "Виктор Бутко"),
            ("indirect", "никаких разговоров нет", "Виктор Бутко"),
        ],
    ),
    # "Президент подчеркнул" right after the one speaking, with the only president titled named later in the text:
    # the one speaking, who has no title of their own.
    "title-named-only-later-is-the-one-speaking": (
        "Новости\nИван Сомов намерен выдвинуть свою кандидатуру. «Я буду баллотироваться», — сказал Сомов. Президент "
        "подчеркнул, что лучшего места для этого нет.\nВ 1999 году первый президент Пётр Лавров ушёл в отставку.",
        [
            ("direct", "Я буду баллотироваться", "Иван Сомов"),
            ("indirect", "лучшего места для этого нет", "Иван Сомов"),
        ],
    ),
    # "высказываниями министра Ивана Котова, заявившего, что …": the participle's что-clause is the words the subject
    # answers; the title after it stands for the one the discourse follows.
    "participle-of-a-person-in-the-genitive-is-no-current-speaker": (
        "Новости\nПосол Олег Гусев встретился с коллегами. По словам дипломата, встреча была полезной.\nГусев "
        "выразил недовольство высказываниями министра Ивана Котова, заявившего, что страна несёт ответственность за "
        "кризис.\n«Главное внимание было уделено миру», — сказал дипломат.",
        [
            ("indirect", "встреча была полезной", "Олег Гусев"),
            ("indirect", "страна несёт ответственность за кризис", "Иван Котов"),
            ("direct", "Главное внимание было уделено миру", "Олег Гусев"),
        ],
    ),
    # "… и заявила, что …" with no subject read, after a man's words: the verb's gender rules him out, the woman the
    # text names speaks.
    "feminine-verb-after-a-mans-words": (
        "Новости\nЗа рулём находилась Ольга Сомова. Отец мальчика Роман Шимко рассказал, что свидетелей запугивали.\n"
        "В Подмосковье автоледи сбила мальчика во дворе и заявила, что тот был виноват сам.",
        [
            ("indirect", "свидетелей запугивали", "Роман Шимко"),
            ("indirect", "тот был виноват сам", "Ольга Сомова"),
        ],
    ),
    # "Собеседник RT уверен, что …" after the one who spoke to RT: the one speaking; after an unnamed source, that
    # source.
    "outlets-interviewee-is-the-one-speaking": (
        "Новости\n«Мы ничего не будем платить», — сказал в интервью RT депутат Сергей Жиляк.\nСобеседник RT уверен, "
        "что корабли придётся утилизировать.",
        [
            ("direct", "Мы ничего не будем платить", "Сергей Жиляк"),
            ("indirect", "корабли придётся утилизировать", "Сергей Жиляк"),
        ],
    ),
    # "Эрик Ривз объяснил свою позицию RT." and a paragraph that is one quotation: the words of the one who told his
    # view, though no one spoke before.
    "quotation-after-one-who-told-his-view": (
        "Новости\nОтдельную группу составили пенсионеры. Эрик Ривенс объяснил свою позицию журналистам.\n«Мы с "
        "партнёром не хотели спешить. Мы в полной растерянности».",
        [("direct", "Мы с партнёром не хотели спешить. Мы в полной растерянности", "Эрик Ривенс")],
    ),
    # "Зампостпреда России Имя Фамилия", later "По мнению зампостпреда России": a deputy's title written as one word
    # is a title the one named holds.
    "deputys-title-in-one-word": (
        "Заголовок\nЗампостпреда России при ООН Олег Сафин раскритиковал удар.\nПриоритет\nПо мнению зампостпреда "
        "России, успеха можно добиться только при формировании коалиции.",
        [("indirect", "успеха можно добиться только при формировании коалиции", "Олег Сафин")],
    ),
    # One question after a headline quoting the one it describes ("«…»: глава МИД о …"): the answer is theirs, and
    # goes on in a paragraph whose verb of speech stands in a relative clause ("о которых заявляет президент").
    "one-question-under-a-quoting-headline": (
        "«Нам осталось только ждать»: глава МИД Кубы об ужесточении риторики соседей\n— Сегодня мы наблюдаем регресс. "
        "Есть ли возможность прийти к консенсусу?\n— Правительство полностью расположено к диалогу.\nПолитика "
        "соседей всегда была прагматичной, я не вижу прагматизма в мерах, о которых заявляет их президент Иван "
        "Сомов.\nОн повторяет ошибки прошлого.",
        [
            ("direct", "Нам осталось только ждать", "глава МИД Кубы"),
            (
                "direct",
                "Правительство полностью расположено к диалогу.\nПолитика соседей всегда была прагматичной, я не вижу "
                "прагматизма в мерах, о которых заявляет их президент Иван Сомов",
                "глава МИД Кубы",
            ),
        ],
    ),
    # A headline's quotation of nine words or more that a quote below holds in other forms and order is that
    # quote's speaker's.
    "long-headline-paraphrasing-a-quote-below": (
        "«Её бросили в условия, где она не сможет выжить»: приставы выселили пенсионерку\nПенсионерке дали "
        "квартиру.\n«Дорог нет. Её фактически бросили в такие условия, где она физически не сможет выжить», — "
        "рассказывает юрист Андрей Соломкин.",
        [
            ("direct", "Её бросили в условия, где она не сможет выжить", "Андрей Соломкин"),
            (
                "direct",
                "Дорог нет. Её фактически бросили в такие условия, где она физически не сможет выжить",
                "Андрей Соломкин",
            ),
        ],
    ),
    # "— сказала Рамиля RT.": a name in Latin letters after a capitalised word that ends the clause is the outlet
    # told, not part of the speaker's name.
    "outlet-told-after-a-first-name": (
        "Новости\nСкульптору помогала вдова лётчика.\n«Нам очень понравился бюст», — сказала Рамиля RT.",
        [("direct", "Нам очень понравился бюст", "Рамиля")],
    ),
    # "— заявил Дутерте в ответ на …": a surname no dictionary knows after a quotation's verb is its subject also
    # when the sentence goes on with when or why it was said.
    "unknown-surname-after-the-verb-before-an-adverbial": (
        "Новости\n«Им надо сначала понять проблемы моей страны», — заявил Дутерке в ответ на обвинения соседей.",
        [("direct", "Им надо сначала понять проблемы моей страны", "Дутерке")],
    ),
    # "«…»: учёные объявили о …": the subject before the verb, not the verb with it, is the one the headline quotes.
    "headline-quotation-then-a-group-and-its-verb": (
        "«Эра новой астрономии»: учёные объявили о втором открытии\nОткрытие было сделано в феврале.",
        [("direct", "Эра новой астрономии", "учёные")],
    ),
    # "При этом во время интервью Карелин рассказал о …. «…», — отметил россиянин.": a surname with a verb of speech
    # after an adverbial opening is the new subject the title stands for.
    "surname-speaking-after-an-adverbial-opening": (
        "Новости\nВ финале сыграли Сергей Карелин и Магнус Ларсен.\n«Мне будет нелегко», — парировал Ларсен.\n"
        "При этом во время своего интервью по итогам дня Карелин рассказал о конфузе. «Я мог опоздать на начало "
        "блица», — с улыбкой отметил россиянин.",
        [
            ("direct", "Мне будет нелегко", "Магнус Ларсен"),
            ("direct", "Я мог опоздать на начало блица", "Сергей Карелин"),
        ],
    ),
    # "По его словам, правительству необходимо время" / "По его мнению, авторы обвинений в адрес Петрова, подобно
    # X, создали …": the words after the source's comma are no title of it unless in its genitive; they open the
    # content, names in them included.
    "content-after-po-slovam-opening-with-a-person-noun": (
        "Новости\nПрезидент Олег Петров подписал указ. Министр Майк Конвей вспомнил писателя Тома Кленси. По его "
        "мнению, авторы обвинений в адрес Петрова, подобно Кленси, создали историю из несвязанных фактов. По его "
        "словам, правительству необходимо время, чтобы провести консультации.",
        [
            (
                "indirect",
                "авторы обвинений в адрес Петрова, подобно Кленси, создали историю из несвязанных фактов",
                "Майк Конвей",
            ),
            ("indirect", "правительству необходимо время, чтобы провести консультации", "Майк Конвей"),
        ],
    ),
    # "— сказала Королёва" beside "Игорь Королёв": the verb's gender makes her a woman of his surname, not him.
    "woman-of-a-mans-surname": (
        "Новости\nИгорь Королин завершил карьеру и остался работать тренером.\n«Я не знала, как сказать "
        "девочкам», — сказала Королина журналистам.",
        [("direct", "Я не знала, как сказать девочкам", "Королина")],
    ),
    # "«Я сказал брату: «…»»": the one quoted reports their own words, a quote of its own inside theirs; the author
    # saying so outside a quotation quotes no one.
    "own-words-after-a-colon-inside-a-quote": (
        "Новости\n«Я сказал брату: «Давай я с ним подерусь, ты за это время подготовишься». Я понимал, что иду на "
        "риск», — рассказал Иван Сомов.\nЯ сказал брату: «Давай я с ним поговорю, а ты подготовишься».",
        [
            (
                "direct",
                "Я сказал брату: «Давай я с ним подерусь, ты за это время подготовишься». Я понимал, что иду на риск",
                "Иван Сомов",
            ),
            ("direct", "Давай я с ним подерусь, ты за это время подготовишься", "Иван Сомов"),
        ],
    ),
    # "Потом Минфин заявил": an adverb opening the sentence governs no name after it ("потом" is also "пот" in the
    # instrumental), so the name is the verb's subject.
    "adverb-before-an-organisation": (
        "Новости\nПотом Минфин заявил, что закон служит идеалам.",
        [("indirect", "закон служит идеалам", "Минфин")],
    ),
    # "«…»: на Украине назвали …": a place after "на" speaks as one after "в" does, named in the nominative.
    "headline-quotation-then-a-place-after-na": (
        "«Предали жителей»: на Украине назвали виновных\nРешение принимали бывшие чиновники.",
        [("direct", "Предали жителей", "Украина")],
    ),
    # A short quotation with no verb that closes its bracket ("норма («Доходная статья»)") glosses a name: the
    # что-clause goes on past it to the sentence's end.
    "bracketed-name-inside-a-chto-clause": (
        "Новости\nДемократы считают, что в стране действует норма («Доходная статья»), которая запрещает чиновникам "
        "брать подарки.",
        [
            (
                "indirect",
                "в стране действует норма («Доходная статья»), которая запрещает чиновникам брать подарки",
                "Демократы",
            )
        ],
    ),
    # "«…»: в Самаре зарезали …": a place before a verb of a deed is where it was done, no body that speaks; the
    # headline's words are someone's in the story, their speaker not told there, or the one of a quote below that
    # holds them. A body after "в" speaks whatever its verb ("«…»: в СК не нашли …").
    "headline-quotation-then-a-deed-in-a-place": (
        "«Все его успехи были ещё впереди»: в Самаре зарезали легкоатлета\nВ ночь на субботу произошла трагедия.",
        [("direct", "Все его успехи были ещё впереди", None)],
    ),
    "headline-quotation-then-a-deed-echoed-below": (
        "«Все его успехи были ещё впереди»: в Самаре зарезали легкоатлета\nПроизошла трагедия. «Все его успехи были "
        "ещё впереди», — сказал тренер Иван Сомов.",
        [
            ("direct", "Все его успехи были ещё впереди", "Иван Сомов"),
            ("direct", "Все его успехи были ещё впереди", "Иван Сомов"),
        ],
    ),
    # A noun pointing back may have a long adjunct before its verb of making a statement.
    "statement-noun-with-a-long-adjunct-before-its-verb": (
        "Запрет на двигатели\nВласти соседней страны ввели запрет на поставки двигателей. Такое заявление в ходе "
        "выступления на заседании комитета в парламенте сделал заместитель министра Олег Сомов.",
        [("indirect", "Власти соседней страны ввели запрет на поставки двигателей", "Олег Сомов")],
    ),
    # "Так утверждают в X": a plural verb after "так" with the body that speaks after it.
    "so-and-a-plural-verb-in-a-body": (
        "Реформа выборов\nПокупка голосов — главная причина для смены системы. Так утверждают в руководстве партии.",
        [("indirect", "Покупка голосов — главная причина для смены системы", "руководство партии")],
    ),
    # An attribution inside guillemets may go on with a new sentence and no dash after it.
    "split-by-an-attribution-with-no-dash-after-it": (
        "Итоги года\n«Мы стали лидерами по поставкам зерна, — заявил Иван Сомов. Главное, что рост устойчив».",
        [
            ("direct", "Мы стали лидерами по поставкам зерна", "Иван Сомов"),
            ("direct", "Главное, что рост устойчив", "Иван Сомов"),
        ],
    ),
    # A verb of speech set off by dashes inside a quotation, its subject the quotation's own, splits nothing.
    "dashed-apposition-before-a-verb-of-demand": (
        "Итоги года\n«Развитие отрасли — задача, поставленная правительством, — потребует новых кадров. Здесь не "
        "обойтись без молодёжи», — сказал Иван Сомов.",
        [
            (
                "direct",
                "Развитие отрасли — задача, поставленная правительством, — потребует новых кадров. Здесь не обойтись "
                "без молодёжи",
                "Иван Сомов",
            )
        ],
    ),
    # "и ещё раз повторил, что …" ends the что-clause before it and opens one of its own.
    "and-once-more-repeated-that": (
        "Итоги года\nПрезидент ответил, что ему не сообщают конкретных дат, и ещё раз повторил, что чем скорее всё "
        "закончится, тем лучше.",
        [
            ("indirect", "ему не сообщают конкретных дат", "Президент"),
            ("indirect", "чем скорее всё закончится, тем лучше", "Президент"),
        ],
    ),
    # An interview's answers belong to the one the headline names, though the lede names others after him.
    "interviewee-named-by-the-headline": (
        "«Жаль, что сезон закончился»: Мараньи — о друзьях и карьере\nФорвард Ласло Мараньи прибыл в Москву. Россию "
        "на турнире представят Алексей Сомов и Дмитрий Лавров.\n— Вы завершили карьеру?\n— Да, теперь я работаю на "
        "телевидении.\n— Чем вы заняты?\n— Я много работаю с молодёжью.",
        [
            ("direct", "Жаль, что сезон закончился", "Ласло Мараньи"),
            ("direct", "Да, теперь я работаю на телевидении", "Ласло Мараньи"),
            ("direct", "Я много работаю с молодёжью", "Ласло Мараньи"),
        ],
    ),
    # A numeral and a noun for people in the genitive are a plural verb's subject, past a prepositional phrase.
    "numeral-and-people-as-the-subject": (
        "Вывод войск\nТрое местных чиновников на условиях анонимности сообщили, что войска уйдут весной.",
        [("indirect", "войска уйдут весной", "Трое местных чиновников")],
    ),
    # "приводит слова спортсменки «Издание»": the outlet in quotation marks after the one whose words it gives is
    # no organisation of hers.
    "words-of-a-person-noun-then-an-outlet": (
        "Итоги дня\nПервой финишировала Ольга Лаврова, второй — Анна Сомова. Сомова, например, отметила, что "
        "набралась опыта.\n«Я работаю над этим и надеюсь, что исправлю», — приводит слова спортсменки «Спорт».",
        [
            ("indirect", "набралась опыта", "Анна Сомова"),
            ("direct", "Я работаю над этим и надеюсь, что исправлю", "Анна Сомова"),
        ],
    ),
    # "По мнению эксперта" right after a director spoke: a word for one who comments, whatever their office, is the
    # one speaking, not an expert named later.
    "expert-is-the-one-speaking": (
        "Оружие для соседей\nДиректор Центра конъюнктуры Иван Сомов отметил, что склады опустеют.\nПо мнению "
        "эксперта, поставка не повлияет на ход конфликта.\nВоенный эксперт Олег Лавров отметил, что решение "
        "политическое.",
        [
            ("indirect", "склады опустеют", "Иван Сомов"),
            ("indirect", "поставка не повлияет на ход конфликта", "Иван Сомов"),
            ("indirect", "решение политическое", "Олег Лавров"),
        ],
    ),
    # "оправдываться" after a quotation attributes it.
    "justified-itself-after-a-quotation": (
        "Сбой системы\nСистема не работала.\n«Работы будут завершены к пятнице», — оправдывалось агентство по "
        "вопросам связи.",
        [("direct", "Работы будут завершены к пятнице", "агентство по вопросам связи")],
    ),
    # A manner given two ways between the dash and the verb.
    "either-or-manner-before-the-verb": (
        "Выбор тренера\nОн отвечал за состав.\n«Я в шоке, честно! Верните ветеранов!» — то ли в шутку, то ли "
        "всерьёз сказал Иван Сомов.",
        [("direct", "Я в шоке, честно! Верните ветеранов!", "Иван Сомов")],
    ),
    # "— приводит агентство сообщение.": a statement no one is named for goes on with the one speaking.
    "outlet-gives-a-statement-of-no-one-named": (
        "Покушение\nПолиция области подтвердила факт покушения, сообщив, что расследование начато.\n«Полиция "
        "обращается к гражданам, которые могут иметь информацию по делу», — приводит агентство сообщение.",
        [
            ("indirect", "расследование начато", "Полиция области"),
            ("direct", "Полиция обращается к гражданам, которые могут иметь информацию по делу", "Полиция области"),
        ],
    ),
    # A subject set off before a gerund, its verb after the gerund's что-clause, which ends before it.
    "subject-set-off-before-a-gerund": (
        "Экспертиза\nПервый абзац.\nМестная сторона, утверждая, что после допроса задержанный подрался с "
        "охраной, отказалась от экспертизы. Иван Сомов, отметив, что «все скорбят о жертвах», вместе с тем "
        "поспешил переложить вину на соседей.",
        [
            ("indirect", "после допроса задержанный подрался с охраной", "Местная сторона"),
            ("indirect", "«все скорбят о жертвах»", "Иван Сомов"),
        ],
    ),
    # A backward attribution naming a person gives its speaker to a что-clause whose own subject names no one.
    "statement-made-by-a-person-for-a-body": (
        "Ответные меры\nВ Кремле не исключили, что могут быть приняты ответные меры. Такое заявление сделал "
        "пресс-секретарь президента Иван Сомов.",
        [("indirect", "могут быть приняты ответные меры", "Иван Сомов")],
    ),
    # A photo's caption titles someone; the one speaking with that title goes on speaking.
    "caption-title-not-the-speaker": (
        "Архив\nПрезидент США Джон Смит подписал указ.\nПрезидент США Джордж Вуд\nglobalphoto.com\n© Photo "
        "Agency\nСам Смит полагает, что народ должен всё узнать.\n«У меня сегодня нет выбора», — добавил президент "
        "США.",
        [
            ("indirect", "народ должен всё узнать", "Джон Смит"),
            ("direct", "У меня сегодня нет выбора", "Джон Смит"),
        ],
    ),
    # "— приводит агентство данные источника", "— приводит заявление суда агентство": whose data or statement.
    "data-of-a-source-and-statement-of-a-court": (
        "Ранение\nПервый абзац.\n«Он был легко ранен в ногу», — приводит агентство данные источника.\n«Депутатам "
        "было указано воздержаться от действий», — приводит заявление суда «Новое агентство».",
        [
            ("direct", "Он был легко ранен в ногу", "источник"),
            ("direct", "Депутатам было указано воздержаться от действий", "суд"),
        ],
    ),
    # One named in a relative clause about the speaker ("которого принимал X") is no one the next words are of.
    "name-in-an-object-relative-clause": (
        "Тайная миссия\nПредставитель организации, которого в Париже принимал президент страны Иван Сомов, уверяет, "
        "что спасатели ведут законную деятельность.\nПри этом волонтёр отметил, что организация получает помощь.",
        [
            ("indirect", "спасатели ведут законную деятельность", "Представитель организации"),
            ("indirect", "организация получает помощь", "волонтёр"),
        ],
    ),
    # "полпред" is a title: "— добавил полпред СНР" stands for the one who holds it, not for the republic.
    "envoy-is-a-title": (
        "Миротворцы\nПолпред Северной народной республики Денис Сомов подчеркнул, что конфликт мог быть "
        "урегулирован.\n«На территории СНР ситуация спокойная», — добавил полпред СНР.",
        [
            ("indirect", "конфликт мог быть урегулирован", "Денис Сомов"),
            ("direct", "На территории СНР ситуация спокойная", "Денис Сомов"),
        ],
    ),
    # An outlet's question before a guest's label alone is no quote; the answer under the label, with a word cited
    # in it, is the guest's.
    "outlet-question-then-a-guests-label": (
        "Планы партии\nЛидер партии Маттео Сомини рассказал RT о планах.\nRT: Какие шаги планирует предпринять "
        "партия?\nМаттео Сомини:\n Вчера люди показали, что не желают терпеть правительство. Мы сказали «нет» "
        "правительству.",
        [
            (
                "direct",
                "Вчера люди показали, что не желают терпеть правительство. Мы сказали «нет» правительству",
                "Маттео Сомини",
            )
        ],
    ),
    # A one-word surname read as a woman's after a man's title and a man's verb is the genitive of a man's surname:
    # his assistant speaks, the one speaking now; a woman's verb keeps her.
    "assistant-of-a-man-named-after-the-verb": (
        "Сборная\nТренер Харис Витолс сообщил, что в воротах будет Андрей Сомов.\n«Ребята провели хороший сезон», — "
        "заявил помощник Петрова.\nМинистр Анна Лаврова сообщила, что всё хорошо.\n«Работа идёт», — заявила "
        "министр Лаврова.",
        [
            ("indirect", "в воротах будет Андрей Сомов", "Харис Витолс"),
            ("direct", "Ребята провели хороший сезон", "Харис Витолс"),
            ("indirect", "всё хорошо", "Анна Лаврова"),
            ("direct", "Работа идёт", "Анна Лаврова"),
        ],
    ),
    # "— сказал студент и спросил у министра, что …": the "что" asks, nothing is reported, and "и" ends the title.
    "said-and-asked-what": (
        "Диалог\nОбсуждение продолжилось. «Мы видим, что студенты выходят на улицы», — сказал студент и спросил у "
        "министра, что движет молодёжью.",
        [("direct", "Мы видим, что студенты выходят на улицы", "студент")],
    ),
    # One named in a relative clause about a thing ("позицию, которую выразил X") is the one the text goes on with.
    "name-in-a-relative-clause-about-a-thing": (
        "Позиция\nКанцлер прокомментировала позицию, которую в начале августа выразил лидер партии Иван Сомов. Тогда "
        "политик заявил, что отношения с соседями важны.",
        [("indirect", "отношения с соседями важны", "Иван Сомов")],
    ),
    # A bare noun for a person the dictionary knows, opening the sentence, stands for the one just named, as after
    # a verb; one it only guesses at (a surname) does not.
    "bare-person-noun-opening-a-sentence": (
        "Информатор\nГлавный герой фильма Андрей Лавров не собирался уезжать. Бегун, чьи результаты не были "
        "блестящими, отмечал, что не боится мести.",
        [("indirect", "не боится мести", "Андрей Лавров")],
    ),
    # "в одном из пунктов доклада": the document the part is of speaks, not "одном".
    "one-of-the-parts-of-a-report": (
        "Доклад\nЗавод остановят на ремонт. «Ремонт займёт два месяца», — говорится в одном из разделов доклада.",
        [("direct", "Ремонт займёт два месяца", "доклад")],
    ),
    # "советский лидер" names an office of a state that is no more: "президент" is the one speaking, not he.
    "soviet-leader-is-no-president": (
        "Интервью\nРежиссёр взял интервью у Ивана Сомова. Ему удалось найти общий язык с советским лидером Петром "
        "Громовым.\nОтвечая на вопрос, Сомов заявил, что не верит в заговор.\n«Не верю в заговор», — сказал президент.",
        [("indirect", "не верит в заговор", "Иван Сомов"), ("direct", "Не верю в заговор", "Иван Сомов")],
    ),
    # "не стал скрывать, что …" says it openly.
    "did-not-hide-that": (
        "Турнир\nСамый молодой член сборной, 22-летний Иван Сомов, не стал скрывать, что очень волновался.",
        [("indirect", "очень волновался", "Иван Сомов")],
    ),
    # A man's verb after a first name that reads as a woman's: the surname alone later is the same man.
    "mans-verb-over-a-womans-first-name": (
        "Лига\nГлава лиги Дана Уолтерс обещал провести шоу ещё в 2013 году. По его словам, уже тогда были созданы "
        "все условия. Позже Уолтерс при каждом удобном случае убеждал, что помнит о своём обещании.",
        [
            ("indirect", "уже тогда были созданы все условия", "Дана Уолтерс"),
            ("indirect", "помнит о своём обещании", "Дана Уолтерс"),
        ],
    ),
    # A surname after the verb, ending its sentence, is that verb's subject: "он" goes on with it.
    "postposed-subject-goes-on": (
        "Бой\nГлава лиги Иван Петров обещал провести шоу. Позже Петров при каждом удобном случае убеждал, что помнит "
        "о своём обещании. Свою лепту в разговор внёс Сидоров. Перед боем он сказал журналистам, что готов драться на "
        "родине соперника.",
        [
            ("indirect", "помнит о своём обещании", "Иван Петров"),
            ("indirect", "готов драться на родине соперника", "Сидоров"),
        ],
    ),
    # "— сказал президент" while a president the office-holder table lists speaks, another president named before.
    "listed-president-speaking": (
        "Интервью\nРежиссёр взял интервью у Владимира Путина. Он рассказал, что президент Франции Жан Дюпон читал "
        "каждую речь.\nОтвечая на вопрос, Путин заявил, что не верит в заговор.\n«Не верю в заговор», — сказал "
        "президент.",
        [
            ("indirect", "президент Франции Жан Дюпон читал каждую речь", "Владимир Путин"),
            ("indirect", "не верит в заговор", "Владимир Путин"),
            ("direct", "Не верю в заговор", "Владимир Путин"),
        ],
    ),
    # A company's legal form with a full stop ("Inc.") before its spokesman's name ends no sentence.
    "company-form-before-a-name": (
        "Спутники\n«Мы пока не можем это комментировать», — заявила представитель Orbit Labs Inc. Анна Смит.",
        [("direct", "Мы пока не можем это комментировать", "Анна Смит")],
    ),
    # "ссылаясь на X — бывшего помощника Y": X, before the description, is the one referred to.
    "referred-before-a-dash-description": (
        "Свобода слова\nКремль использует свободу слова в своих интересах. Об этом пишет газета «Вести», ссылаясь на "
        "Ивана Петрова — старшего директора института, а также бывшего помощника Сергея Сидорова.",
        [("indirect", "Кремль использует свободу слова в своих интересах", "Иван Петров")],
    ),
    # "В ней говорится": the document the pronoun stands for, and its author.
    "in-it-the-document-before": (
        "Статья\nМинистр Иван Петров опубликовал статью. В ней говорится, что цены вырастут.",
        [("indirect", "цены вырастут", "Иван Петров")],
    ),
    "in-it-a-report-with-its-adjective": (
        "Отчёт\nЭту версию подтверждает полицейский отчёт, который нам показали. В нём говорится, что машина "
        "стояла у ворот.",
        [("indirect", "машина стояла у ворот", "полицейский отчёт")],
    ),
    # A company's Latin name between the title and a surname the dictionary does not know.
    "latin-company-before-a-surname": (
        "Поставки\n«Рейсы пойдут каждый день», — сказал представитель компании Sky Air Нушани.",
        [("direct", "Рейсы пойдут каждый день", "Нушани")],
    ),
    # A man named only inside the quote is no one "мужчина" stands for.
    "man-named-only-in-the-quote": (
        "Туристы\nБолельщики остались довольны поездкой.\n«Мы посмотрели собор Василия Блаженного», — отметил мужчина.",
        [("direct", "Мы посмотрели собор Василия Блаженного", "мужчина")],
    ),
    # The second of two verbs of a relative clause has the relative pronoun's antecedent for subject.
    "relative-clause-second-verb": (
        "Реакция\nТак представитель северокорейского МИД отреагировал на слова австралийского министра иностранных "
        "дел Анны Петровой, которая ранее выразила поддержку действиям администрации Ивана Сомова в отношении "
        "Северной Кореи и заявила, что цены вырастут.",
        [("indirect", "цены вырастут", "Анна Петрова")],
    ),
    # A subheading that quotes someone names no one the next title stands for.
    "quoted-subheading-names-no-subject": (
        "Клуб\n«Петров и Сидоров уже не мальчики»\nПоводы говорить о недовольстве ими со стороны нового главного "
        "тренера «Зенита» Роберто Манчини имеются. На первой же пресс-конференции итальянский специалист отметил, что "
        "Петров должен работать усерднее.",
        [("indirect", "Петров должен работать усерднее", "Роберто Манчини")],
    ),
    # A gerund of citing after an inserted attribution is the attribution's, not the content.
    "inserted-attribution-citing-again": (
        "Пленники\nПленники, уточняет газета, снова ссылаясь на анонимные источники, всё это время находились в Иране.",
        [("indirect", "всё это время находились в Иране", "газета")],
    ),
    # An interview's answer goes on past a photo's caption and credit set inside it.
    "answer-past-a-photo-caption": (
        "«Всё решает команда»: директор завода Иван Петров о планах\n— Как вам удаётся всё успевать?\n— Завод — дело "
        "коллективное. Когда я пришёл, сразу обратил внимание на людей.\nСделать так, чтобы люди поверили в тебя, — "
        "это важно.\n Директор завода Иван Петров  \n photobank.com \nВы знаете, на заводе за всё отвечает "
        "директор.\n— А что с зарплатами?\n— Зарплаты растут каждый год.",
        [
            ("direct", "Всё решает команда", "Иван Петров"),
            (
                "direct",
                "Завод — дело коллективное. Когда я пришёл, сразу обратил внимание на людей.\nСделать так, чтобы "
                "люди поверили в тебя, — это важно",
                "Иван Петров",
            ),
            ("direct", "Вы знаете, на заводе за всё отвечает директор", "Иван Петров"),
            ("direct", "Зарплаты растут каждый год", "Иван Петров"),
        ],
    ),
    # A verb that only names a topic inside the content ("объявила о …") reports an event the outlet tells of.
    "event-announced-reported-by-an-outlet": (
        "Картель\nНа встрече не обошлось без новости: Мальта объявила о приостановке членства в картеле, сообщил "
        "телеканал Sky Sport.",
        [
            (
                "indirect",
                "На встрече не обошлось без новости: Мальта объявила о приостановке членства в картеле",
                "телеканал Sky Sport",
            )
        ],
    ),
    # "предложили «…»": a proposal in its own words, of the one who proposes; a proposal to act ("предложила соседям
    # обсудить …") is no attribution inside the content an outlet reports.
    "proposed-in-quotation-marks": (
        "Инициатива\nДепутаты предложили «создать единый механизм координации программ развития». В частности, "
        "Мальта предложила соседям обсудить вопросы рыболовства, сообщает агентство «Вести».",
        [
            ("direct", "создать единый механизм координации программ развития", "Депутаты"),
            ("indirect", "В частности, Мальта предложила соседям обсудить вопросы рыболовства", "агентство «Вести»"),
        ],
    ),
    # A что-clause after an infinitive of no verb of speech is the infinitive's: nothing is reported; the future of a
    # verb of speech after its past ("отрицали и будут отрицать, что …") governs its clause.
    "chto-after-an-infinitive-asked-for": (
        "Реклама\nПосольство призвало представителей компании задуматься, что будет, если рекламу скроют. Дипломат "
        "Иван Сомов отметил, что американцы всегда отрицали и будут отрицать, что система направлена против России.",
        [
            (
                "indirect",
                "американцы всегда отрицали и будут отрицать, что система направлена против России",
                "Иван Сомов",
            )
        ],
    ),
    # "в том, что касается …": "as for", no clause of anyone's words.
    "what-concerns-is-no-clause": (
        "Помощь\nМинистр поблагодарил ведомства, которые сообщили о помощи в том, что касается ремонта дорог.",
        [],
    ),
    # "О том, что …, стало известно вчера, …": "о том" is another predicate's, the later verb's subject no speaker.
    "about-that-of-another-predicate": (
        "Выборы\nО том, что кандидатом будет именно он, стало известно 10 декабря, днём позже министр Иван Сомов "
        "предложил коллеге новый пост. Тогда же он предложил «провести выборы в один тур».",
        [("direct", "провести выборы в один тур", "Иван Сомов")],
    ),
    # A noun for a country's people after a sentence that names one person, in the genitive, and no subject: that
    # person.
    "nation-noun-after-a-genitive-name": (
        "Биатлон\nСвоё 25-летие отметил биатлонист Иван Сомов. Среди пожеланий оказалось сообщение звезды биатлона "
        "Жана Дюбуа. Француз снова напомнил, что Сомов попадался на допинге.",
        [("indirect", "Сомов попадался на допинге", "Жан Дюбуа")],
    ),
    # "…, ранее сообщил X": an adverb of time between the comma and a postposed verb.
    "postposed-verb-after-an-adverb-of-time": (
        "Турне\nТурне президента станет самым долгим за четверть века, ранее сообщил журналистам министр Иван Сомов.",
        [("indirect", "Турне президента станет самым долгим за четверть века", "Иван Сомов")],
    ),
    # "…, следует из доклада X", "Как следует из документа, …": what a document says, its source after "из"; not
    # data ("из данных биржи").
    "follows-from-a-document": (
        "Доклад\nЦены на бензин вырастут к весне, следует из доклада министерства. Как следует из опубликованного "
        "документа, налоги тоже изменятся. Цена топлива обновила рекорд, следует из данных биржи.",
        [
            ("indirect", "Цены на бензин вырастут к весне", "доклад министерства"),
            ("indirect", "налоги тоже изменятся", "опубликованный документ"),
        ],
    ),
    # "— Вы говорили, что …?": an interviewer's question recalls the words of the one interviewed.
    "interviewer-recalls-your-words": (
        "«Мы готовы к сезону»: пилот Иван Сомов о новой команде\n— Как прошли тесты?\n— Хорошо, машина быстрая.\n"
        "— Во время тестов в Абу-Даби вы обмолвились, что ближайшие дни будут самыми важными. Так и вышло?\n"
        "— Да, так и вышло.",
        [
            ("direct", "Мы готовы к сезону", "Иван Сомов"),
            ("direct", "Хорошо, машина быстрая", "Иван Сомов"),
            ("indirect", "ближайшие дни будут самыми важными", "Иван Сомов"),
            ("direct", "Да, так и вышло", "Иван Сомов"),
        ],
    ),
    # "Как сообщает X, материал которого публикует Y, к такому выводу пришли Z": past the outlet's relative clause,
    # a backward attribution to Z.
    "backward-attribution-past-an-outlets-relative-clause": (
        "Учения\nНАТО не сможет защитить союзников, а танки дойдут до границы менее чем за три дня. Как сообщает "
        "газета The Herald, материал которой публикует Obzor, к такому выводу пришли эксперты центра RAND.",
        [
            (
                "indirect",
                "НАТО не сможет защитить союзников, а танки дойдут до границы менее чем за три дня",
                "эксперты центра RAND",
            )
        ],
    ),
    # "Такая информация размещена на сайте X": a backward attribution with a passive of publishing.
    "backward-attribution-posted-on-a-site": (
        "Беспорядки\nПострадали свыше 70 сотрудников полиции, около 40 госпитализированы. Такая информация размещена "
        "на официальном сайте министерства.",
        [
            (
                "indirect",
                "Пострадали свыше 70 сотрудников полиции, около 40 госпитализированы",
                "официальный сайт министерства",
            )
        ],
    ),
    # A title before a dash aside that names the person: the person speaks.
    "title-before-a-dash-aside-naming-the-person": (
        "Инициатива\nОрганизация предлагает изменить закон. Автор инициативы — президент организации Марат Иванов — "
        "рассказал, что меры не являются ощутимыми.",
        [("indirect", "меры не являются ощутимыми", "Марат Иванов")],
    ),
    # "пообщался по итогам поединка с главой компании «X» Имя Фамилия": the one talked with answers the interview,
    # not a boxer the lede names.
    "interviewee-talked-with-after-a-po-phrase": (
        "«Весь мир видел»: Петров о поражении Сидорова\nБой между Иваном Сидоровым и Андре Вардом завершился "
        "скандалом. Вард нанёс несколько ударов ниже пояса.\nRT пообщался по итогам поединка с главой компании "
        "«Ринг» Андреем Петровым.\n— Вы резко высказались об итогах боя?\n— Конечно, это беспредельная история.\n"
        "— Что дальше?\n— Будем подавать протест.",
        [
            ("direct", "Весь мир видел", "Андрей Петров"),
            ("direct", "Конечно, это беспредельная история", "Андрей Петров"),
            ("direct", "Будем подавать протест", "Андрей Петров"),
        ],
    ),
    # "в нём" for an act named in the paragraph before: the act speaks, not "нём".
    "in-it-an-act-in-the-paragraph-before": (
        "Совет\nСовет принял постановление по итогам совещания.\nПри этом в нём подчёркивается, что выводы комиссии "
        "не поддерживаются.",
        [("indirect", "выводы комиссии не поддерживаются", "постановление")],
    ),
    # A title's quoted clause before a topic is someone's words with no speaker told; a preposition read as a rarer
    # noun ("после" as the locative of "посол") names no one.
    "headline-topic-after-a-preposition": (
        "«В раздевалке стояла тишина»: эмоции после поражения в полуфинале\n\nКоманда вернулась домой.",
        [("direct", "В раздевалке стояла тишина", None)],
    ),
    "headline-what-is-known": (
        "«Победа будет за нами»: что известно о форуме\nФорум прошёл в среду.",
        [("direct", "Победа будет за нами", None)],
    ),
    # A title's quoted clause may have no finite verb: a predicate makes it one ("нужно", "нет").
    "headline-quotation-with-a-predicate": (
        "«Нам больше не нужно членство в союзе»: что стоит за словами президента\n\nПарламент собрался в среду.",
        [("direct", "Нам больше не нужно членство в союзе", None)],
    ),
    # A bare title with no one speaking stands for the person already named (the headline's subject), not for one
    # given the same title only further on.
    "title-prefers-the-one-already-named": (
        (
            "Иван Сомов выдвинул свою кандидатуру на выборах\n\nВ понедельник сенатор от штата объявил, что намерен "
            "бороться за президентский пост. Среди других кандидатов называют сенатора Петра Лаврова из Огайо."
        ),
        [("indirect", "намерен бороться за президентский пост", "Иван Сомов")],
    ),
    # A dash aside that ends in a name in quotation marks, then a verb with its own что-clause: the clause is the
    # quote, the aside none.
    "verb-with-its-own-chto-after-a-dash-aside": (
        (
            "Ранее Сомов, ставший сенатором в 2013 году, — один из лидеров консервативного «Движения чаепития» — "
            "недвусмысленно намекал, что не исключает участия в гонке."
        ),
        [("indirect", "не исключает участия в гонке", None)],
    ),
    # A title set off by commas after the name, then a phrase of where, before the verb: the name is the subject.
    "apposition-then-a-phrase-of-where": (
        "Иван Сомов, президент Microsoft, в своём письме акционерам написал: «Рынок растёт быстрее, чем ожидалось».",
        [("direct", "Рынок растёт быстрее, чем ожидалось", "Иван Сомов")],
    ),
    # The head of state is the one the table knows in that office, not one the article gives another office of
    # the table.
    "head-of-state-not-one-of-another-office": (
        (
            "Владимир Путин поручил главе правительства Дмитрию Медведеву подготовить доклад. «Вы что, с ума сошли?» — "
            "обратился тогда глава государства к министрам."
        ),
        [("direct", "Вы что, с ума сошли?", "Владимир Путин")],
    ),
    # "В нём" stands for the document before it, and a document"s words are its owner"s.
    "pronoun-for-a-document-and-its-owner": (
        (
            "На сайте опубликовано поручение губернатора Ивана Сомова. В нём отмечается, что нужно решить вопрос с "
            "транспортом."
        ),
        [("indirect", "нужно решить вопрос с транспортом", "Иван Сомов")],
    ),
    # A participle of opinion after a group set off by a comma attributes its что-clause to the group.
    "participle-after-a-group": (
        "Против выступали представители партии, считавшие, что раздавать лекарства расточительно.",
        [("indirect", "раздавать лекарства расточительно", "представители партии")],
    ),
    # A present participle of an imperfective verb of opinion ("считающий") attributes as the past one does.
    "imperfective-participle": (
        "Против выступил депутат Иван Петров, считающий, что закон вреден.",
        [("indirect", "закон вреден", "Иван Петров")],
    ),
    # "отмечают тот факт, что": the fact said is the verb's что-clause.
    "fact-said": (
        "Специалисты отмечают тот факт, что это первый полёт корабля к станции.",
        [("indirect", "это первый полёт корабля к станции", "Специалисты")],
    ),
    # "обратил внимание на тот факт, что" as "обратил внимание на то, что".
    "attention-to-a-fact": (
        "Министр обратил внимание на тот факт, что бюджет вырос.",
        [("indirect", "бюджет вырос", "Министр")],
    ),
    # An article"s title that opens with a quoted clause before a colon quotes someone"s words, whoever the
    # story says spoke.
    "headline-quotation-with-no-speaker": (
        "«Выходим на новый уровень»: какие задачи решит новая программа\n\nПрограмма утверждена в среду.",
        [("direct", "Выходим на новый уровень", None)],
    ),
    # A title's quotation with no verb is still someone's sentence when it has a subject (``это``, a pronoun) or a
    # dash between two phrases.
    "headline-quotation-with-a-subject-and-no-verb": (
        "«Это чистой воды авантюра»: как принимали новый бюджет\n\nБюджет приняли в пятницу.",
        [("direct", "Это чистой воды авантюра", None)],
    ),
    "headline-quotation-with-a-pronoun-and-no-verb": (
        "«Теперь мы в самом начале пути»: как строили первую линию метро\n\nЛинию открыли в 1935 году.",
        [("direct", "Теперь мы в самом начале пути", None)],
    ),
    "headline-quotation-with-a-dash": (
        "«Стадион — наш второй дом»: фанаты клуба провели акцию у арены\n\nАкция прошла в субботу.",
        [("direct", "Стадион — наш второй дом", None)],
    ),
    # A title that asks how people reacted quotes one of the answers, even a phrase with no predicate.
    "headline-phrase-before-the-reactions-asked": (
        "«Позорное решение»: как в клубе отреагировали на дисквалификацию вратаря\n\nВратаря отстранили на год.",
        [("direct", "Позорное решение", None)],
    ),
    # A title may open its sentence after the colon with a number.
    "headline-quotation-before-a-number": (
        "«Мы не сдадим крепость»: 300 лет назад началась осада Азова\n\nОсада длилась два месяца.",
        [("direct", "Мы не сдадим крепость", None)],
    ),
    # A subheading that is wholly a quoted sentence is someone's words: the speaker of the first quote of the section
    # below it, up to the next such line.
    "subheading-quote-of-the-section-below": (
        (
            "Сборная начала сборы\n\nКоманда провела первую тренировку в Новогорске.\n\n«Мы не боимся соперников»\n\n"
            "Главный тренер Олег Воронов остался доволен. «Ребята работают с полной отдачей», — сказал Воронов."
        ),
        [
            ("direct", "Мы не боимся соперников", "Олег Воронов"),
            ("direct", "Ребята работают с полной отдачей", "Олег Воронов"),
        ],
    ),
    "subheading-quote-with-no-quote-below": (
        (
            "Сборная начала сборы\n\nКоманда провела первую тренировку.\n\n«Всё решится в последнем матче»\n\n"
            "Матч пройдёт в мае."
        ),
        [("direct", "Всё решится в последнем матче", None)],
    ),
    # One question and its answer after a line saying who granted the talk: the answer is theirs.
    "answer-after-a-talk-granted": (
        (
            "Итоги турнира\n\nПосле церемонии Пётр Сомов любезно согласился уделить несколько минут нашему изданию.\n"
            "— Вы ожидали такого результата?\n— Честно говоря, нет. Соперники были очень сильны."
        ),
        [("direct", "Честно говоря, нет. Соперники были очень сильны", "Пётр Сомов")],
    ),
    # A gerund of speech that opens its sentence: the subject after its что-clause speaks.
    "fronted-gerund-subject-after-the-clause": (
        "Подчеркнув, что переговоры продолжатся, министр иностранных дел Иван Петров покинул зал.",
        [("indirect", "переговоры продолжатся", "Иван Петров")],
    ),
    # A question that goes on in a paragraph with no dash, ending with a question mark, is answered by the dash
    # paragraph after it, of the one it addresses.
    "question-going-on-without-a-dash": (
        (
            "Выборы в ассамблее\n\nМинистр Анна Лебедева дала интервью газете.\n"
            "— Анна Викторовна, об этом вы говорите нечасто. Поговорим о главном.\n"
            "Вас выдвинули на пост председателя. Что будет входить в ваши обязанности?\n"
            "— Ассамблея собирается раз в год и решает основные задачи."
        ),
        [("direct", "Ассамблея собирается раз в год и решает основные задачи", "Анна Лебедева")],
    ),
    # A social network after a preposition is where the words were written, not who wrote them: the subject set off
    # before the verb speaks, and the words before the verb are no postposed quote.
    "network-is-where-not-who": (
        "Анна Петрова, дочь министра финансов, написала в Twitter и Facebook: «Это очень красиво».",
        [("direct", "Это очень красиво", "Анна Петрова")],
    ),
    # A day set off by commas between the verb and its "что" leaves the clause the verb's.
    "chto-past-day-set-off": (
        "Министр финансов Иван Петров заявил в пятницу, 14 марта, что бюджет будет исполнен.",
        [("indirect", "бюджет будет исполнен", "Иван Петров")],
    ),
    # "стараться" with a speech verb in the infinitive attributes like "пытаться".
    "chto-tried-to-assure": (
        "Глава компании Ольга Седова старалась заверить инвесторов, что выплаты продолжатся.",
        [("indirect", "выплаты продолжатся", "Ольга Седова")],
    ),
    # A participle's phrase before the postposed verb closes no subject when a clause with its own verb opens the
    # sentence: the outlet reports the whole sentence.
    "postposed-past-participle-phrase": (
        "Военные публиковали снимки, на которых был виден пистолет Макарова, используемый охраной, пишет The Guardian.",
        [
            (
                "indirect",
                "Военные публиковали снимки, на которых был виден пистолет Макарова, используемый охраной",
                "The Guardian",
            )
        ],
    ),
    # An outlet in quotation marks after an adjective of its country still speaks.
    "postposed-adjective-quoted-outlet": (
        "Новый мост откроют к осени, сообщает итальянская «Ла Стампа».",
        [("indirect", "Новый мост откроют к осени", "Ла Стампа")],
    ),
    # A person named right before the sentence's first verb is the subject of a colon's quotation, however long the
    # title before the name.
    "colon-named-after-long-title": (
        "Заместитель министра по делам молодёжи, спорта, туризма и культурного наследия Олег Рябов видит итоги года "
        "так: «Мы сделали больше, чем планировали».",
        [("direct", "Мы сделали больше, чем планировали", "Олег Рябов")],
    ),
    # A title of a named organisation that opens the account, with no one named before it, is the person the
    # article then names with no title of their own.
    "title-introduces-surname": (
        "Глава «Стройтреста» заявил, что сроки сорваны.\nПри этом Кудрин подчеркнул, что виновных накажут.\n"
        "По словам Олега Кудрина, работы продолжатся.",
        [
            ("indirect", "сроки сорваны", "Олег Кудрин"),
            ("indirect", "виновных накажут", "Олег Кудрин"),
            ("indirect", "работы продолжатся", "Олег Кудрин"),
        ],
    ),
    # "согласно материалу X", "согласно публикации X": an outlet's report, like "по данным X".
    "according-to-outlet-material": (
        "Согласно материалу журнала, мэр проводит на работе по 14 часов в день.",
        [("indirect", "мэр проводит на работе по 14 часов в день", "журнал")],
    ),
    # "связался с X": the one the outlet got in touch with answers the interview's questions, not a person the
    # questions speak of.
    "interview-got-in-touch-with": (
        "Турнир в Казани\n\nЧтобы узнать подробности, редакция связалась с менеджером команды Ильёй Гусевым.\n"
        "— Вчера Орлов сказал, что готов сыграть за сборную. Что вы об этом думаете?\n"
        "— Мы будем рады видеть его в составе. Решение за тренером.\n"
        "— Когда начнутся сборы?\n"
        "— В конце мая, как обычно.",
        [
            ("indirect", "готов сыграть за сборную", "Орлов"),
            ("direct", "Мы будем рады видеть его в составе. Решение за тренером", "Илья Гусев"),
            ("direct", "В конце мая, как обычно", "Илья Гусев"),
        ],
    ),
    # An answer may open with a name in quotation marks or a figure.
    "interview-answer-opens-with-quotation": (
        "Тренер перед матчем\n\nГлавный тренер «Ротора» Иван Петров ответил на вопросы журналистов.\n"
        "— Как вы оцениваете соперника?\n— Это сильная команда, мы её уважаем.\n— Изменится ли тактика?\n"
        "— «Ротор» всегда играет на победу. Мы готовы.\n— Каковы шансы?\n— 50 на 50, как всегда.",
        [
            ("direct", "Это сильная команда, мы её уважаем", "Иван Петров"),
            ("direct", "«Ротор» всегда играет на победу. Мы готовы", "Иван Петров"),
            ("direct", "50 на 50, как всегда", "Иван Петров"),
        ],
    ),
    # A title "Имя Фамилия: …" may say two sentences; the dash paragraphs that open the body with no question are
    # the answers of the one it quotes.
    "title-quote-then-answers": (
        "Пётр Зуев: Завод не стоит. Он работает\n\n– Весной у нас был простой, но мы его пережили. "
        "Сейчас заказов хватает.\nЗавод выпускает станки с 1956 года.",
        [
            ("direct", "Завод не стоит. Он работает", "Пётр Зуев"),
            ("direct", "Весной у нас был простой, но мы его пережили. Сейчас заказов хватает", "Пётр Зуев"),
        ],
    ),
    # A person the questions speak of answers none of them when the lines before the interview name another.
    "interview-not-the-one-spoken-of": (
        "Матч в Казани\n\nГлавный тренер «Ротора» Иван Петров выглядел довольным. Защитник Олег Сомов получил травму.\n"
        "— Сомов захромал ещё в первом тайме. Почему его не заменили?\n"
        "— Мы надеялись, что он доиграет. Он очень важен для команды.\n"
        "— Чего ждать от следующего матча?\n"
        "— Только победы, как всегда.",
        [
            ("direct", "Мы надеялись, что он доиграет. Он очень важен для команды", "Иван Петров"),
            ("direct", "Только победы, как всегда", "Иван Петров"),
        ],
    ),
    # A title's quotation before an adjective-shaped surname alone and "в интервью": the interview's answers are his.
    "headline-lone-surname-in-interview": (
        "«Выборы всё решат»: Жириновский в интервью газете\n\n"
        "— Владимир Вольфович, чего ждать от осени?\n"
        "— Мы ждём хорошего результата. Партия готова.",
        [
            ("direct", "Выборы всё решат", "Жириновский"),
            ("direct", "Мы ждём хорошего результата. Партия готова", "Жириновский"),
        ],
    ),
    # A year's "г." ends its sentence before "Как": the attribution opens the next one.
    "year-abbreviation-ends-sentence-before-kak": (
        "Завод откроют в 2027 г. Как сообщает компания «Омскнефть», заказы уже получены.",
        [("indirect", "заказы уже получены", "компания «Омскнефть»")],
    ),
    # "О том, что …, сказано в письме X": the document after the passive verb is the source; "говорили давно"
    # with no subject: people the text does not name.
    "about-that-passive-document": (
        "О том, что сроки стройки сорваны, сказано в открытом письме Олимпийского комитета (ОК).",
        [("indirect", "сроки стройки сорваны", "открытое письмо Олимпийского комитета")],
    ),
    "about-that-plural-no-subject": (
        "О том, что парку нужен новый хозяин, говорили давно. Теперь его нашли.",
        [("indirect", "парку нужен новый хозяин", None)],
    ),
    "about-that-modal-passive-not-a-quote": (
        "О том, что концерт пройдёт в закрытом зале, должно быть указано на билете.",
        [],
    ),
    # A headline's speaker stands before its topic, not in it.
    "headline-speaker-before-topic-naming-another": (
        "«Его любят за шоу»: Гендлин о реванше Ковалёва\n\nПромоутер рассказал о бое.",
        [("direct", "Его любят за шоу", "Гендлин")],
    ),
    # Answers under a "Name: …" title whose questions were left out may ask on their way.
    "headline-answerer-rhetorical-question": (
        "Иван Петров: кино стало смелее\n\n"
        "– Мы посмотрели все работы. Жюри заседало дважды.\n"
        "– Документальное кино – что это такое? Для меня это точка зрения автора.\n"
        "– Да, конечно. Спорить будем на собрании.",
        [
            ("direct", "кино стало смелее", "Иван Петров"),
            ("direct", "Мы посмотрели все работы. Жюри заседало дважды", "Иван Петров"),
            ("direct", "Документальное кино – что это такое? Для меня это точка зрения автора", "Иван Петров"),
            ("direct", "Да, конечно. Спорить будем на собрании", "Иван Петров"),
        ],
    ),
    # "«…»: полная версия интервью с X": the one the interview is with, after a title of a place, says the words.
    "headline-interview-with-titled-surname": (
        "«Мы ни перед кем не склонимся»: полная версия интервью с президентом Гвинеи Бамбаре\n\n"
        "— Господин президент, чего вы ждёте от саммита?\n"
        "— Честного разговора. Другого нам не нужно.",
        [
            ("direct", "Мы ни перед кем не склонимся", "Бамбаре"),
            ("direct", "Честного разговора. Другого нам не нужно", "Бамбаре"),
        ],
    ),
    # An introduction whose names were lost with the page's links ("с" / "побеседовала"): the answers after it are
    # of the one it tells of first, not of those it lists.
    "interview-after-lost-names": (
        "Тихий голос\n\n"
        "Ирина Залла пишет стихи тридцать лет, её хвалят Иван Петров и Олег Сомов. О новой книге с \n"
        " побеседовала \n"
        "– Стихи я люблю с детства. Писать начала поздно.\n"
        "– Москва для меня главное место. Я редко уезжаю.",
        [
            ("direct", "Стихи я люблю с детства. Писать начала поздно", "Ирина Залла"),
            ("direct", "Москва для меня главное место. Я редко уезжаю", "Ирина Залла"),
        ],
    ),
    # A descriptor of several words that speaks stands for the one person the title names, when no one else is
    # named before it.
    "descriptor-for-the-title-person": (
        "Иван Петров: Самобытность – наше достояние\n\n"
        "Общество выбирает путь. Праправнук великого писателя рассказал журналисту о том, чем живёт страна.\n"
        "– Национальная идея содержится в запросе на справедливость.\n"
        "– Мы не терпим, если на наших глазах обижают слабых.",
        [
            ("direct", "Самобытность – наше достояние", "Иван Петров"),
            ("direct", "Национальная идея содержится в запросе на справедливость", "Иван Петров"),
            ("direct", "Мы не терпим, если на наших глазах обижают слабых", "Иван Петров"),
        ],
    ),
    # A postposed attribution after a dash whose comma was left out, the speaker right after the verb.
    "postposed-after-bare-dash": (
        "Уже весной завод намерен перейти на новое топливо — рассказал RT источник в отрасли.",
        [("indirect", "Уже весной завод намерен перейти на новое топливо", "источник")],
    ),
    # A plural speaker after the set phrase "обращают внимание".
    "postposed-set-phrase-plural": (
        "Рынок растёт быстрее прогноза, обращают внимание аналитики банка.",
        [("indirect", "Рынок растёт быстрее прогноза", "аналитики банка")],
    ),
    # "Его ответ был коротким: «…»": the reply of the one the pronoun stands for.
    "his-reply-before-colon": (
        "Иван Петров вышел к журналистам. Его ответ был коротким: «Мы не сдадимся».",
        [("direct", "Мы не сдадимся", "Иван Петров")],
    ),
    # A short family name alone ("заявление Пак") stands for the full name the article gave ("Пак Кын Хе").
    "short-family-name-alone": (
        "Президент Южной Кореи Пак Кын Хе выступила с обращением.\n"
        "«Я готова уйти в отставку», — приводит агентство заявление Пак.",
        [("direct", "Я готова уйти в отставку", "Пак Кын Хе")],
    ),
    # A soft hyphen a page left before the attribution's dash is no character of the text.
    "soft-hyphen-before-the-dash": (
        "«Каналы заблокированы колючей проволокой», \u00ad— говорится в заявлении компании.",
        [("direct", "Каналы заблокированы колючей проволокой", "заявление компании")],
    ),
    # A name in the genitive before another subject (a noun for a person and its verb) is no antecedent of "он".
    "genitive-name-before-another-subject": (
        "В июне Иван Петров дал интервью RT.\n"
        "В программе телеведущего Сергея Смирнова британский учёный поделился взглядами на мир.\n"
        "Тогда он сообщил, что проблемы за эти годы только усугубились.",
        [("indirect", "проблемы за эти годы только усугубились", "Иван Петров")],
    ),
    # "глава российского государства" is the president named before, not another "глава" named after.
    "head-of-state-is-the-president": (
        "За полётом наблюдал президент РФ Иван Петров.\n"
        "«Хорошая работа», — сказал глава российского государства экипажу.\n"
        "Глава корпорации Сергей Смирнов рассказал о планах.",
        [("direct", "Хорошая работа", "Иван Петров")],
    ),
    # A question with no dash after the interviewer's remark keeps the run of the interview: the guest answers on,
    # not one a question named.
    "interview-question-with-no-dash": (
        "«Мы готовы к сезону»: Иван Петров о новом клубе\n\n"
        "— Иван, как прошли сборы?\n"
        "— Хорошо. Мы много работали.\n"
        "— На сборы приезжал Сергей Смирнов. Видели его?\n"
        "— Да, видел, мы долго говорили.\n"
        "А какие цели у команды на сезон?\n"
        "— Бороться за медали.\n"
        "— Что скажете о новичках?\n"
        "— Они быстро освоились.",
        [
            ("direct", "Мы готовы к сезону", "Иван Петров"),
            ("direct", "Хорошо. Мы много работали", "Иван Петров"),
            ("direct", "Да, видел, мы долго говорили", "Иван Петров"),
            ("direct", "Бороться за медали", "Иван Петров"),
            ("direct", "Они быстро освоились", "Иван Петров"),
        ],
    ),
    # One a clause of a question word after the introduction's verb speaks of ("рассказал, когда вновь выйдет на
    # поле Имя Фамилия") is no guest of the interview.
    "interview-guest-not-one-spoken-of": (
        "«Трофей заслужен»: президент клуба о победе\n\n"
        "Ранее работавший в «Зените» Иван Петров пришёл в клуб летом. Не прошло и года, как команда взяла трофей. "
        "В интервью RT Петров отметил, что информация о новом контракте для тренера появится после окончания "
        "сезона, прокомментировал произошедшую в конце матча драку и рассказал, когда вновь выйдет на поле Сергей "
        "Смирнов.\n"
        "«Не ожидали победы»\n"
        "Как команда отметила победу?\n"
        "— Весело, но скромно. Попели песни.\n"
        "Были ли у вас предчувствия перед финалом?\n"
        "— Я бы так не сказал. Всякое бывает.",
        [
            ("direct", "Трофей заслужен", "Иван Петров"),
            (
                "indirect",
                "информация о новом контракте для тренера появится после окончания сезона, прокомментировал "
                "произошедшую в конце матча драку и рассказал, когда вновь выйдет на поле Сергей Смирнов",
                "Иван Петров",
            ),
            ("direct", "Не ожидали победы", "Иван Петров"),
            ("direct", "Весело, но скромно. Попели песни", "Иван Петров"),
            ("direct", "Я бы так не сказал. Всякое бывает", "Иван Петров"),
        ],
    ),
    # A post embedded between the introduction and the first question: its signature is no guest of the interview.
    "interview-after-an-embedded-post": (
        "Болельщики создали страницу менеджера\n\n"
        "В день отдыха менеджер команды Иван Петров нашёл время пообщаться с RT и рассказать о ситуации.\n"
        "Fans love the manager!! \npic.twitter.com/abc123\n— Chess Fan (@chessfan) \n24 ноября 2016 г.\n"
        "– С чего вы стали так популярны?\n"
        "– Для меня это загадка.\n"
        "– Что вы ответили болельщикам?\n"
        "– Я поблагодарил их.",
        [
            ("direct", "Fans love the manager!!", "Chess Fan"),
            ("direct", "Для меня это загадка", "Иван Петров"),
            ("direct", "Я поблагодарил их", "Иван Петров"),
        ],
    ),
    # "глава «Клуба»" is no player the article titled with the same club: a head stands for a leader's title.
    "head-of-a-club-is-no-player-of-it": (
        "Защитник «Орбиты» Иван Петров может перейти в другой клуб.\n"
        "С заявлением выступил президент команды Сергей Смирнов, отметивший, что не хочет отпускать игрока.\n"
        "«Мы не намерены отпускать Петрова», — заявил глава «Орбиты».",
        [
            ("indirect", "не хочет отпускать игрока", "Сергей Смирнов"),
            ("direct", "Мы не намерены отпускать Петрова", "Сергей Смирнов"),
        ],
    ),
    # "представитель Дорнана" is the spokesman who speaks, not Дорнан, whose surname the title reads in the genitive.
    "representative-of-a-named-person": (
        "Президент Игорь Дорнан встретился с послом.\n"
        "Пресс-секретарь президента Ион Чебук отметил, что встреча прошла хорошо. Чебук объяснил причины планов.\n"
        "«Экспорт падает, в торговле всё плохо», — отметил представитель Дорнана.",
        [
            ("indirect", "встреча прошла хорошо", "Ион Чебук"),
            ("direct", "Экспорт падает, в торговле всё плохо", "Ион Чебук"),
        ],
    ),
    # A surname after its verb and a particle of emphasis ("прокомментировал и сам Петров") is the new subject a
    # noun for what he is then stands for.
    "subject-after-emphasis-takes-over": (
        "Клуб «Орбита» не хочет отпускать защитника Ивана Петрова.\n"
        "«Мы не намерены отпускать Петрова», — заявил президент клуба Сергей Смирнов.\n"
        "Позднее слухи прокомментировал и сам Петров. Футболист заверил, что сосредоточен на работе в клубе.",
        [
            ("direct", "Мы не намерены отпускать Петрова", "Сергей Смирнов"),
            ("indirect", "сосредоточен на работе в клубе", "Иван Петров"),
        ],
    ),
    # A surname in a list of names ("Алексей Петухов") is no plural noun ("петухи") a plural pronoun stands for.
    "plural-pronoun-past-a-surname-shaped-like-a-noun": (
        "Отстранёнными оказались Александр Лесков, Алексей Петухов и Юлия Ивашова. Все они выразили несогласие с "
        "обвинениями, заявив, что никогда не употребляли запрещённых препаратов.",
        [("indirect", "никогда не употребляли запрещённых препаратов", "они")],
    ),
    # A title after a headline's colon, the subject of its verb, says the words: the holder the body names with it
    # ("адвокат Лескова и Белова Имя Фамилия", past the two the lawyer serves), else the title itself.
    "headline-title-subject": (
        "«Спортсменов отстраняют незаконно»: адвокат нашёл ошибки в докладе\n\n"
        "Отстранёнными оказались Александр Лесков и Евгений Белов.\n"
        "В ходе разбирательства адвокат Лескова и Белова Кристоф Вишеманн обнаружил ряд ошибок.",
        [("direct", "Спортсменов отстраняют незаконно", "Кристоф Вишеманн")],
    ),
    "headline-title-subject-unnamed": (
        "«Решение несправедливо»: тренер нашёл ошибки в протоколе\n\nМатч завершился скандалом.",
        [("direct", "Решение несправедливо", "тренер")],
    ),
    # A quotation whose closing mark was left out, before an attribution that names an outlet in quotation marks.
    "unclosed-before-attribution-with-a-quoted-outlet": (
        "Фигуристы пропустят церемонию.\n"
        "«Дело в том, что у спортсменов в этот день соревнования. Плюс турнир проходит в другом городе, — объяснил "
        "«Спорт-Экспрессу» президент федерации Александр Горшков.\n"
        "Другие тоже отказались.",
        [
            (
                "direct",
                "Дело в том, что у спортсменов в этот день соревнования. Плюс турнир проходит в другом городе",
                "Александр Горшков",
            )
        ],
    ),
    # An everyday form of a first name ("Катя") stands for the one person named in full with that first name.
    "diminutive-first-name": (
        "В больнице лежит 22-летняя Екатерина Ларина.\n"
        "Здесь Катя поступила в педучилище.\n"
        "«Хотела стать психологом», — шепчет Катя с больничной койки.",
        [("direct", "Хотела стать психологом", "Екатерина Ларина")],
    ),
    # A title in a relative clause after a name ("Имя Фамилия, с которым президент обсудил …") is no apposition of it.
    "title-in-a-relative-clause-after-a-name": (
        "Губернатор Иван Петров посетил Казань.\n"
        "Там его встретил верховный муфтий Талгат Тагиров, с которым губернатор обсудил вопросы образования.\n"
        "В полночь Петров посетил управление мусульман, где встретился с муфтиями.\n"
        "Губернатор отметил, что поддерживал идею академии.",
        [("indirect", "поддерживал идею академии", "Иван Петров")],
    ),
    # A rank ("Генерал армии") stands for the minister named just before: the rank his office carries.
    "rank-after-an-office": (
        "Итог кампании подвёл министр обороны РФ Сергей Шойгин. Генерал армии заявил, что за два месяца армия "
        "освободила большую территорию.",
        [("indirect", "за два месяца армия освободила большую территорию", "Сергей Шойгин")],
    ),
    # "народный комиссар" is a title, and stands for the one the article gave it in the genitive before.
    "peoples-commissar": (
        "Согласно приказу народного комиссара внутренних дел Николая Ежикова, репрессии начались в августе.\n"
        "За несколько месяцев до этого народный комиссар отправил записку, в которой отметил, что преступления "
        "совершаются рецидивистами.",
        [("indirect", "преступления совершаются рецидивистами", "Николай Ежиков")],
    ),
    # A particle of reported speech ("мол", "дескать") opens the words reported, to the end of the sentence.
    "particle-mol": (
        "После матча тренер Иван Петров грустно пошутил, мол, в таких случаях лучше один раз проиграть.",
        [("indirect", "в таких случаях лучше один раз проиграть", "Иван Петров")],
    ),
    "particle-deskat": (
        "Мужик моется в ванной и давай орать оттуда жене. А жена ему из кухни кричит, дескать, ты мойся быстрее, а "
        "то воду отключат.",
        [("indirect", "ты мойся быстрее, а то воду отключат", "жена")],
    ),
    # Hearsay set off by commas (", говорят, ") reports words of no one named.
    "particle-hearsay": (
        "Об этом не слышно. Хотя, говорят, Центральный банк выпустил памятные монеты.",
        [("indirect", "Центральный банк выпустил памятные монеты", None)],
    ),
    # Two unknown words opening a story, whose first stands alone later as a verb's subject: a full name, then the
    # first name alone, as a story names an ordinary person.
    "full-name-then-first-name-alone": (
        "Бахрам Тавакол уже десять лет присматривает за старым кладбищем. Работу выполнял его отец.\n"
        "Корреспонденту RT Бахрам рассказал, что кладбищу больше ста лет.",
        [("indirect", "кладбищу больше ста лет", "Бахрам Тавакол")],
    ),
    # A gerund of speech opening its sentence, its subject a pronoun after the clause: the one spoken of before.
    "fronted-gerund-pronoun-subject": (
        "Министр Иван Петров выступил на форуме. Напомнив, что экспорт вырос, он заявил, что рынки открыты.",
        [("indirect", "экспорт вырос", "Иван Петров"), ("indirect", "рынки открыты", "Иван Петров")],
    ),
    # A title's quotation, a colon, a surname no dictionary knows and a topic opening with a capital: the surname
    # speaks, and answers the interview below.
    "headline-surname-capital-topic": (
        "«Зимы мы не боимся»: Моуринью о Кубке Англии\n\n— Чего вы ждёте от турнира?\n— Мы готовы к любому сопернику.",
        [("direct", "Зимы мы не боимся", "Моуринью"), ("direct", "Мы готовы к любому сопернику", "Моуринью")],
    ),
    # An inanimate noun whose accusative is its nominative, then a noun for a person in the nominative: the object
    # first, the subject after it.
    "object-first-person-noun-subject": (
        "Шотландец Шон Мёрфи проиграл финал. Однако успех соперника шотландец назвал случайным и заявил, что "
        "готов к реваншу.",
        [("indirect", "готов к реваншу", "Шон Мёрфи")],
    ),
    # A noun in the instrumental after a linking verb says what someone is: no one a pronoun stands for.
    "predicative-noun-is-no-antecedent": (
        "Детство\nМальчик не был отличником. По его признанию, «учёба давалась с трудом».",
        [("indirect", "«учёба давалась с трудом»", "мальчик")],
    ),
    # A name in the dative opening a sentence before an impersonal predicate is whom the sentence goes on with.
    "dative-experiencer-then-pronoun": (
        "«Я готов», — сказал Иван Петров.\nСергею Смирнову не удалось выйти в финал, но он заверил, что был готов.",
        [("direct", "Я готов", "Иван Петров"), ("indirect", "был готов", "Сергей Смирнов")],
    ),
    # A title, a relative clause set off by commas, then a name closing the sentence: the title's holder speaks.
    "name-after-a-relative-clause-aside": (
        "Заголовок\n\nДепутаты просят начать проверку в отношении Анны Смирновой, сообщил глава комиссии, в которую "
        "входят семь экспертов, Иван Петров.",
        [("indirect", "Депутаты просят начать проверку в отношении Анны Смирновой", "Иван Петров")],
    ),
    # A headline's quotation, then a title with an event's abbreviation and year, a surname and a topic: the
    # surname speaks; a name a noun in the genitive owns does not.
    "headline-title-event-year-surname-topic": (
        "«Мне всё равно»: бронзовый призёр ЧЕ-2016 Смирнов о своей медали\n\nБиатлонист Пётр Смирнов доволен.\n"
        " Также по теме \n «Виновные должны ответить»: родные погибшего боксёра Гаврилко о суде \n Текст.",
        [("direct", "Мне всё равно", "Пётр Смирнов"), ("direct", "Виновные должны ответить", None)],
    ),
    # "По данным X": a body whose name holds a word for a document still speaks; a document does not.
    "according-to-a-body-of-studies": (
        "По данным Института экономических исследований, инфляция замедлилась. По данным исследования компании, "
        "спрос вырос.",
        [("indirect", "инфляция замедлилась", "Институт экономических исследований")],
    ),
    # An adjective used as a noun for a person closes the attribution ("российский военный", "пострадавшая"); one
    # described as "другой" is someone else than the person named before.
    "substantive-speaker-and-another": (
        "Об успехах рассказал представитель центра Иван Петров.\nПереправа через реку, отметил российский военный, "
        "прошла без потерь.\n«Я всё видел», — говорит другой молодой москвич.",
        [
            ("indirect", "прошла без потерь", "Иван Петров"),
            ("direct", "Я всё видел", "другой молодой москвич"),
        ],
    ),
    # "приводит слова X «Издание»": X a noun for a person in the genitive (also read as a plural nominative), the
    # one just spoken of.
    "words-of-a-person-noun-before-an-outlet": (
        "Спортсменка Анна Смирнова финишировала второй.\n«Трасса была тяжёлой», — приводит слова россиянки "
        "«Спорт-Экспресс».",
        [("direct", "Трасса была тяжёлой", "Анна Смирнова")],
    ),
    # Of the people a caption between an interview's answers names, the one holding the headline's title answers.
    "interview-caption-headline-title": (
        "«Живые люди»: продюсер картины рассказала о работе в горах\n\n— Как шла работа?\nНам помогали во всём.\n"
        " Продюсер картины Анна Смирнова, звукорежиссёр Иван Петров, редактор Пётр Сидоров. \n © Фото: личный архив \n"
        "— Кто помогал?\n— Министерство, которое курирует съёмки.\n— Оно большое?\n— Очень большое.",
        [
            ("direct", "Живые люди", "Анна Смирнова"),
            ("direct", "Министерство, которое курирует съёмки", "Анна Смирнова"),
            ("direct", "Очень большое", "Анна Смирнова"),
        ],
    ),
    # An answer with no dash right after a question is an answer too: a name in it is no one introduced to answer.
    "name-in-a-plain-answer-answers-nothing": (
        "«Идеи приходят сами»: Франсуа Лебрен рассказал о новой картине\n\n— Откуда берутся ваши истории?\n"
        "Из жизни. Недавно я прочёл роман Мэри Энн Коул — она пишет удивительные вещи.\n"
        "— Что изменилось в сценарии?\n— Многое пришлось переписать.\n— Что дальше?\n— Новый фильм.",
        [
            ("direct", "Идеи приходят сами", "Франсуа Лебрен"),
            ("direct", "Многое пришлось переписать", "Франсуа Лебрен"),
            ("direct", "Новый фильм", "Франсуа Лебрен"),
        ],
    ),
    # "С таким предложением выступил X", "Такие опасения высказал X" point back at what was said; a proposal a verb
    # does not voice ("С этой инициативой не согласились") does not.
    "voiced-proposal-points-back": (
        "Пенсии следует индексировать дважды в год. С таким предложением выступил депутат Иван Петров.\n"
        "Цены на зерно могут упасть вдвое. Такие опасения высказал министр Пётр Сидоров.\n"
        "Парламент надо распустить. С этой инициативой не согласились депутаты.",
        [
            ("indirect", "Пенсии следует индексировать дважды в год", "Иван Петров"),
            ("indirect", "Цены на зерно могут упасть вдвое", "Пётр Сидоров"),
        ],
    ),
    # A woman's title before a name gives a woman, and a woman's title after a quotation goes to the one woman
    # named before it, though other women are named further on.
    "womans-title-the-one-woman-before": (
        "Зимний сезон\n\nО своём решении первой сообщила шведская лыжница, олимпийская чемпионка Ингвильд Флугстад.\n"
        "«Я не поеду», — сказала спортсменка журналистам.\nЕё поддержала норвежка Кари Хансен.",
        [("direct", "Я не поеду", "Ингвильд Флугстад")],
    ),
    # The words before a colon and lower-case words name no subject of a что-verb after it.
    "no-subject-before-a-headline-colon": (
        "Старые друзья: в Молдавии не исключили, что партия оружия могла попасть в Приднестровье\n\nТекст новости.",
        [("indirect", "партия оружия могла попасть в Приднестровье", "Молдавия")],
    ),
    # A title's quotation with no speaker takes the unnamed speaker of the quote below that repeats it.
    "headline-echo-unnamed": (
        (
            "«Это подрывает веру в государство»: как прошло заседание\n\nЗаседание прошло в среду. «Это подрывает веру "
            "в государство», — заявил заместитель генерального прокурора."
        ),
        [
            ("direct", "Это подрывает веру в государство", "заместитель генерального прокурора"),
            ("direct", "Это подрывает веру в государство", "заместитель генерального прокурора"),
        ],
    ),
    # A title's phrase runs through "о" after a noun of content ("системы предупреждения о …"), so the later
    # title finds its holder.
    "title-through-a-topic-of-its-noun": (
        (
            "Об этом сообщил генеральный конструктор системы предупреждения о ракетном нападении Сергей Боев. Затем "
            "выступил министр Иван Петров. Генеральный конструктор также рассказал, что станция заработает в срок."
        ),
        [("indirect", "станция заработает в срок", "Сергей Боев")],
    ),
    # A generation after a spaced dash ("Трамп — младший") is part of the name.
    "generation-after-a-spaced-dash": (
        "Дональд Трамп — младший признался, что согласился на встречу.",
        [("indirect", "согласился на встречу", "Дональд Трамп-младший")],
    ),
    # A dash before "старший" and a noun says what someone is: no generation.
    "generation-dash-before-a-title": (
        "Иван Иванов — старший научный сотрудник института. Он заявил, что опыт удался.",
        [("indirect", "опыт удался", "Иван Иванов")],
    ),
    # A name in mixed case ("bTV") before a full stop and a figure ends the sentence, and with it the
    # что-clause.
    "sentence-after-a-mixed-case-name": (
        (
            "Вице-премьер Иван Сомов объявил, что не собирается извиняться за свои слова, сообщает телеканал bTV. 7 "
            "марта в эфире политик назвал критика «второсортным агентом»."
        ),
        [("indirect", "не собирается извиняться за свои слова", "Иван Сомов")],
    ),
    # "отрывок интервью X" after a verb of citing is X's words, as "отрывок из интервью X" is.
    "words-of-an-interview-excerpt": (
        "«Мы не можем соглашаться», — приводит ТАСС отрывок интервью Ивана Петрова, вышедшего в свежем номере.",
        [("direct", "Мы не можем соглашаться", "Иван Петров")],
    ),
    # A surname after the verb's object, in the genitive of one the text writes in the nominative, owns the
    # object: its nominative is the speaker.
    "owner-of-the-object-after-a-quotation-verb": (
        (
            "Качиньский выступил в Варшаве. «Мы не можем соглашаться», — приводит ТАСС отрывок интервью Качиньского, "
            "вышедшего в свежем номере."
        ),
        [("direct", "Мы не можем соглашаться", "Качиньский")],
    ),
    # A link's words on a line of their own inside a sentence, the sentence going on indented with a capital, are
    # read as part of it: the title before them reaches the name after them.
    "a-link-on-a-line-of-its-own": (
        (
            "Санкции сняты\n\nНаступил день реализации соглашения, заявила на пресс-конференции в Вене глава "
            "дипломатии \nЕС\n Федерика Могерини. \n«Сегодня мы достигли дня реализации плана», — сказала она."
        ),
        [
            ("indirect", "Наступил день реализации соглашения", "Федерика Могерини"),
            ("direct", "Сегодня мы достигли дня реализации плана", "Федерика Могерини"),
        ],
    ),
    # A name in a case it does not show right after a noun for a thing owns it; the subject after the verb
    # speaks for the gerund.
    "owner-of-the-object-before-a-postposed-subject": (
        (
            "Майк Помпео выступил в сенате. Заявление Помпео раскритиковал глава комитета Константин Косачёв, отметив, "
            "что глава ведомства вводит общественность в заблуждение."
        ),
        [("indirect", "глава ведомства вводит общественность в заблуждение", "Константин Косачёв")],
    ),
    # A thing a relative clause before a colon stands for says nothing: the one speaking goes on.
    "a-thing-before-a-colon-says-nothing": (
        (
            "Эксперт Иван Петров добавил, что микробиота — это орган. Существуют параметры, которые характеризуют "
            "нормальное состояние микробиоты: «композиция определённых видов бактерий»."
        ),
        [
            ("indirect", "микробиота — это орган", "Иван Петров"),
            ("direct", "композиция определённых видов бактерий", "Иван Петров"),
        ],
    ),
    # "взял интервью у X": the one asked, in the genitive past a dash and a name in quotation marks, answers.
    "interview-taken-from-someone": (
        (
            "Корреспондент взял интервью у одного из участников — лидера движения «Суверенное государство Боринкен» "
            "Ивана Сомова.\n— Что такое государство Боринкен?\n— Это изначальное имя нашей земли, нашего острова.\n— "
            "Почему так важна независимость?\n— Наш остров страдает от колониального гнёта."
        ),
        [
            ("direct", "Это изначальное имя нашей земли, нашего острова", "Иван Сомов"),
            ("direct", "Наш остров страдает от колониального гнёта", "Иван Сомов"),
        ],
    ),
    # A speech verb with a thing as its object right after it is a predicate of the sentence's own subject,
    # no postposed attribution: the sentence is what the backward attribution after it points at.
    "a-verb-with-its-object-is-no-postposed-attribution": (
        (
            "Может ли президент потерять власть\n\nПрезидент болен: он эмоционален, отрицает объективность "
            "американской прессы и не признаёт другие точки зрения. Об этом в интервью телеканалу заявил сенатор Иван "
            "Франков."
        ),
        [
            (
                "indirect",
                "Президент болен: он эмоционален, отрицает объективность американской прессы и не признаёт другие "
                "точки зрения",
                "Иван Франков",
            )
        ],
    ),
    # "«A, — приводит его слова сайт RT. — B»": the words are those of the one the pronoun stands for, not
    # the outlet's.
    "split-quotation-with-the-words-of-a-pronoun": (
        (
            "Дональд Трамп выступил в Огайо. «Мы не можем позволить этому злу продолжаться, — приводит его слова сайт "
            "RT. — Также мы не можем позволить ненависти распространяться»."
        ),
        [
            ("direct", "Мы не можем позволить этому злу продолжаться", "Дональд Трамп"),
            ("direct", "Также мы не можем позволить ненависти распространяться", "Дональд Трамп"),
        ],
    ),
    # A title won at a named event ("чемпион Australian Open") is no organisation's spokesman: it stands for
    # the one just named.
    "a-title-won-at-an-event-names-no-employer": (
        (
            "Матч дня\n\nИспанец Рафаэль Надаль испытал серьёзные трудности в матче. Не зря чемпион Australian Open — "
            "2009 перед встречей нахваливал оппонента, отмечая, что в будущем тот может выиграть турнир."
        ),
        [("indirect", "в будущем тот может выиграть турнир", "Рафаэль Надаль")],
    ),
    # An inserted attribution after an opening of hyphenated words ("Из-за этого, отметил он, …") gives the part
    # after it.
    "inserted-attribution-after-a-hyphenated-opening": (
        (
            "Министр Олжас Бектенов выступил в сенате. Из-за этого, отметил он, страдают сотни фермеров на юге "
            "страны."
        ),
        [("indirect", "страдают сотни фермеров на юге страны", "Олжас Бектенов")],
    ),
    # A headline's quotation may write a pronoun where the quote below names the one spoken of: it is the quote's
    # speaker's still.
    "headline-echo-with-a-pronoun-for-a-name": (
        (
            "«Не было дня, чтобы я не думал о нём»: как тренер поддержал юного болельщика\n\nТренер Марат Оспанов "
            "рассказал о дружбе с мальчиком. «Не было дня, чтобы я не думал о маленьком Ерлане», — сказал Оспанов."
        ),
        [
            ("direct", "Не было дня, чтобы я не думал о нём", "Марат Оспанов"),
            ("direct", "Не было дня, чтобы я не думал о маленьком Ерлане", "Марат Оспанов"),
        ],
    ),
    # A что-clause ends with its sentence before a mark of words left out ("<...>"); a quotation ends before one.
    "clause-ends-before-an-omission-mark": (
        (
            "Договор в тупике\n\nДепутат Аскар Жумагулов говорит, что договор исчерпал себя. <...> И всё же стороны "
            "продолжат переговоры. «Мы не сдадимся <…>», — добавил Жумагулов."
        ),
        [
            ("indirect", "договор исчерпал себя", "Аскар Жумагулов"),
            ("direct", "Мы не сдадимся", "Аскар Жумагулов"),
        ],
    ),
    # A word the dictionary does not know inside the first sentence of a lead that opens with a date is a name,
    # not the start of a sentence glued to a headline: the attribution after it takes the whole lead.
    "unknown-name-inside-a-lead-opening-with-a-date": (
        (
            "Итоги операции\n\n13 апреля армия нанесла удар по провинции Нангархар. Целью было уничтожение складов. "
            "Информацию об этом распространило агентство Reuters."
        ),
        [
            (
                "indirect",
                "13 апреля армия нанесла удар по провинции Нангархар. Целью было уничтожение складов",
                "агентство Reuters",
            )
        ],
    ),
    # A name after a title that ends its sentence is the subject of the verb that opens the title's words, of that
    # verb's gender: a pronoun after it goes to her, not to the one who spoke before.
    "inverted-subject-after-a-title-takes-the-verb-gender": (
        (
            "Беженцы в лагере\n\n«Людей не выпускают», — добавила Айгерим Сапарова.\nТу же позицию обозначила и "
            "представитель совета по делам беженцев Элисабет Кук. По её оценкам, в городе остаются 7 тыс. жителей."
        ),
        [
            ("direct", "Людей не выпускают", "Айгерим Сапарова"),
            ("indirect", "в городе остаются 7 тыс. жителей", "Элисабет Кук"),
        ],
    ),
    # A surname shaped like an adjective before a noun it does not agree with in case is a name: the one cited.
    "cited-surname-before-an-organisation": (
        (
            "Тренер о кризисе\n\nТренер Леонид Слуцкий ответил на критику.\n«Мы близки к хорошим результатам», — "
            "цитирует Слуцкого пресс-служба клуба."
        ),
        [("direct", "Мы близки к хорошим результатам", "Леонид Слуцкий")],
    ),
    # Words quoted after the verb of one whom a reported clause names are a quote inside that clause; the clause
    # stays the reporter's.
    "quoted-words-inside-a-reported-clause": (
        (
            "Спор оппозиции\n\nПо мнению Гарри Каспарова, Михаил Ходорковский фактически предложил «признать "
            "статус-кво в обмен на уход президента»."
        ),
        [
            (
                "indirect",
                "Михаил Ходорковский фактически предложил «признать статус-кво в обмен на уход президента»",
                "Гарри Каспаров",
            ),
            ("direct", "признать статус-кво в обмен на уход президента", "Михаил Ходорковский"),
        ],
    ),
    # "Из сообщения X следует, что …": the source opens the sentence after "из", the clause is its words; as after "как
    # следует из", the person a document holds the words of speaks.
    "source-before-follows-from": (
        (
            "Связь потеряна\n\nИз официального сообщения агентства «Казкосмос» следует, что связь со спутником "
            "потеряна. Как следует из интервью министра Ивана Петрова, работы продолжатся."
        ),
        [
            ("indirect", "связь со спутником потеряна", "официальное сообщение агентства «Казкосмос»"),
            ("indirect", "работы продолжатся", "Иван Петров"),
        ],
    ),
    # An interview goes on past a post embedded between its answers (the post's lines, signature and date): the one
    # answering before it answers after it too, not the post's author.
    "interview-goes-on-past-an-embedded-post": (
        (
            "«Трасса скользкая»: Нуртас Исаев о первой гонке\n\n— Что случилось на повороте?\n— Заблокировались "
            "колёса, вот и всё.\n— Как вам трасса?\n— Она скользкая, нужно разобраться с резиной.\nRace recap\n"
            "Vettel : 💪\nMassa, Ocon : 👏\n#F1\npic.twitter.com/AbCdEf\n— John Smith (@jsmith) \n28 апреля 2017 г.\n"
            "— Как действовать на скользкой трассе?\n— Поменьше скользить и найти ритм."
        ),
        [
            ("direct", "Трасса скользкая", "Нуртас Исаев"),
            ("direct", "Заблокировались колёса, вот и всё", "Нуртас Исаев"),
            ("direct", "Она скользкая, нужно разобраться с резиной", "Нуртас Исаев"),
            ("direct", "Race recap\nVettel : 💪\nMassa, Ocon : 👏", "John Smith"),
            ("direct", "Поменьше скользить и найти ритм", "Нуртас Исаев"),
        ],
    ),
    # "Как отмечается, …" with no source goes on with the document the sentence before quoted; "Как сообщалось, …"
    # stays a reminder.
    "as-noted-goes-on-with-the-document": (
        (
            "Петиция против закона\n\n«Закон нужно отменить», — говорится в тексте петиции.\nКак отмечается, «его "
            "авторы действовали в интересах лоббистов». Как сообщалось, петицию подписали тысячи человек."
        ),
        [
            ("direct", "Закон нужно отменить", "текст петиции"),
            ("direct", "его авторы действовали в интересах лоббистов", "текст петиции"),
        ],
    ),
    # A footnote's asterisk after a name set on a line of its own ("«Аль-Каида»\n*, то …") goes on the sentence: the
    # quotation runs through those lines.
    "footnote-mark-after-a-linked-name-goes-on": (
        (
            "Война в Ираке\n\nЭксперт Кирилл Семёнов дал интервью.\n«Если вторжение в Афганистан было мотивировано "
            "тем, что там находились лидеры боевиков и \n«Аль-Каида»\n*, то вторжение в Ирак было менее обосновано, — "
            "отмечает эксперт. — Это звенья одной цепи»."
        ),
        [
            (
                "direct",
                "Если вторжение в Афганистан было мотивировано тем, что там находились лидеры боевиков и \n«Аль-Каида»"
                "\n*, то вторжение в Ирак было менее обосновано",
                "Кирилл Семёнов",
            ),
            ("direct", "Это звенья одной цепи", "Кирилл Семёнов"),
        ],
    ),
    # Reported speech inside a direct quote is a quote of its own, however much of the quote it takes.
    "reported-clause-filling-most-of-a-direct-quote": (
        (
            "Детский труд\n\n«Власти Северной Кореи утверждают, что практика детского труда была ликвидирована "
            "70 лет назад, однако школьников и студентов до сих пор обязывают бесплатно работать на стройках и полях "
            "во благо государства», — говорится в докладе организации."
        ),
        [
            (
                "direct",
                "Власти Северной Кореи утверждают, что практика детского труда была ликвидирована 70 лет назад, однако "
                "школьников и студентов до сих пор обязывают бесплатно работать на стройках и полях во благо "
                "государства",
                "доклад организации",
            ),
            (
                "indirect",
                "практика детского труда была ликвидирована 70 лет назад, однако школьников и студентов до сих пор "
                "обязывают бесплатно работать на стройках и полях во благо государства",
                "Власти Северной Кореи",
            ),
        ],
    ),
    # "сошлись во мнении, что …": an opinion the subject shares and states.
    "agreed-in-opinion": (
        "Итоги саммита\n\nЭксперты в разговоре с газетой сошлись во мнении, что переговоры провалились.",
        [("indirect", "переговоры провалились", "Эксперты")],
    ),
    # A word in small letters is no name: "вели" is the verb of the headline's clause, not the name "Вели".
    "headline-clause-with-a-verb-the-dictionary-reads-as-a-name": (
        "«Боевики вели по ним огонь»: двое детей смогли выбраться из города\n\nДети добрались до блокпоста.",
        [("direct", "Боевики вели по ним огонь", None)],
    ),
    # The title of another article linked under "Также по теме" is read as a title: a clause quoted before a
    # lower-case topic, or a name with the occasion of the words ("по итогам").
    "linked-headlines-quote-as-titles-do": (
        (
            "Переговоры в Москве\n\nМинистры встретились в четверг.\n Также по теме \n «Санкциями никто не "
            "угрожал»: Лавров по итогам переговоров с госсекретарём \n Глава МИД Сергей Лавров заявил... \n Также по "
            "теме \n «Пиарщики недоработали»: почему фонды проиграли выборы \nДалее текст."
        ),
        [
            ("direct", "Санкциями никто не угрожал", "Сергей Лавров"),
            ("direct", "Пиарщики недоработали", None),
        ],
    ),
    # A predicate with no finite verb after an inserted attribution is a clause it reports ("надо действовать").
    "inserted-attribution-before-a-predicate": (
        "Климат\n\nПрезидент Касым-Жомарт Токаев выступил на саммите. Наоборот, считает он, надо действовать.",
        [("indirect", "надо действовать", "Касым-Жомарт Токаев")],
    ),
    # A backward attribution may point back with a noun of a demand, a calculation, a claim or a conclusion.
    "backward-attribution-with-more-nouns-of-speech": (
        (
            "Рынок акций\n\nКанал обязан зарегистрироваться до понедельника. Такое требование выдвинул Минюст США.\n"
            "Росту бумаг способствует скидка к индексу. Такие расчёты приводят аналитики банка."
        ),
        [
            ("indirect", "Канал обязан зарегистрироваться до понедельника", "Минюст США"),
            ("indirect", "Росту бумаг способствует скидка к индексу", "аналитики банка"),
        ],
    ),
    # "власти", the authorities, speak as a group though the dictionary reads the word first as "of the power".
    "the-authorities-speak": (
        "Экономика\n\nЭкономика страны переходит к фазе роста, отмечают власти. Оппозиция рвётся к власти.",
        [("indirect", "Экономика страны переходит к фазе роста", "власти")],
    ),
    # The one an interview's intro names inside a что-clause is spoken of, not the one answering.
    "interviewee-is-not-the-one-spoken-of-in-the-intro": (
        (
            "Перед матчем\n\nТренер Виктор Гончаренко заявил, что Марат Исаев, скорее всего, сыграет.\n— Как вы "
            "оцениваете соперника?\n— Это сильная команда.\n— Готовы ли игроки?\n— Да, все готовы."
        ),
        [
            ("indirect", "Марат Исаев, скорее всего, сыграет", "Виктор Гончаренко"),
            ("direct", "Это сильная команда", "Виктор Гончаренко"),
            ("direct", "Да, все готовы", "Виктор Гончаренко"),
        ],
    ),
    # A name of no clear case after "в письме" ends the clause of the verb of speech before it: its subject, in the
    # nominative (after "В письме" that opens a sentence the name is the letter's owner).
    "name-after-a-document-ends-the-verbs-clause": (
        "Комитет Sci прислал письмо.\n«Если сопоставить факты, станет ясно, что всё плохо», — \nпишет\n в письме "
        "Ламар Смит.",
        [("direct", "Если сопоставить факты, станет ясно, что всё плохо", "Ламар Смит")],
    ),
    # "передает" relays another's words as a verb of reporting does: past the outlet, "слова" names the speaker.
    "relaying-verb-past-the-outlet-then-words-of": (
        "«Мы должны навести порядок на стадионах», — передает ТАСС слова председателя комитета Ивана Петрова.",
        [("direct", "Мы должны навести порядок на стадионах", "Иван Петров")],
    ),
    # "защитник" after "адвокат Имя Фамилия" is that lawyer, whoever was named after him.
    "defender-stands-for-the-lawyer": (
        "За отказ выступил адвокат Иван Петров, который представлял акционеров. Вторым противником стал член совета "
        "Пётр Сидоров.\n«Эти требования не противоречат закону», – указал защитник. Сидоров же призвал согласиться.",
        [("direct", "Эти требования не противоречат закону", "Иван Петров")],
    ),
    # A person's name alone on a line before a colon labels who speaks next in a transcript, whatever the voice of
    # the words; a label that names no person ("Итоги:") labels no speech.
    "transcript-label-of-a-person": (
        "— Как прошёл этап?\nКотова:\n Для меня заезд вышел неоднозначным, я стартовала плохо.\nКотов:\n Если "
        "пилоты делятся на тех, кому нравится дождь, и кому нет, то механики его не любят.\nИтоги:\n Первое место "
        "заняла команда из Казани, второе — из Перми.",
        [
            ("direct", "Для меня заезд вышел неоднозначным, я стартовала плохо", "Котова"),
            (
                "direct",
                "Если пилоты делятся на тех, кому нравится дождь, и кому нет, то механики его не любят",
                "Котов",
            ),
        ],
    ),
    # Writing to someone and offering something, with no words of their own, are acts the outlet reports.
    "writing-to-someone-reported-by-the-outlet": (
        "Директор центра Иван Петров написал лидерам партий и предложил им помощь в защите сетей, сообщает газета "
        "The Times.",
        [
            (
                "indirect",
                "Директор центра Иван Петров написал лидерам партий и предложил им помощь в защите сетей",
                "газета The Times",
            )
        ],
    ),
    # An insertion set off by commas between the verb and its что-clause ("однако", "правда") is no part of it.
    "insertion-between-the-verb-and-chto": (
        "Фильм основан на биографии автора, чего режиссёр Анна Петрова не отрицает, уточняя, правда, что "
        "автобиографичность здесь эмоциональная. Актёр Иван Петров заявил, однако, что сходства нет.",
        [
            ("indirect", "автобиографичность здесь эмоциональная", "Анна Петрова"),
            ("indirect", "сходства нет", "Иван Петров"),
        ],
    ),
    # After "по данным X," a clause that attributes the quotation after its colon to someone else is that one's
    # attribution, not X's words.
    "po-dannym-before-an-attribution-with-a-colon": (
        "В 2013 году, по данным издания Politico, отвечая на вопрос об угрозах, генерал Иван Петров ответил: «Иран, "
        "Иран, Иран».",
        [("direct", "Иран, Иран, Иран", "Иван Петров")],
    ),
    # Words with no verb before an insertion and the verb are the verb's subject set off, not content; a quoted
    # negated infinitive after a verb of demand is what was demanded, in the demander's words.
    "subject-set-off-by-an-insertion-demands-a-quoted-infinitive": (
        "Националистическое крыло эмиграции, в свою очередь, потребовало «не признавать выборов» от союза.",
        [("direct", "не признавать выборов", "Националистическое крыло эмиграции")],
    ),
    # "глава государства" in an article of no home country is the president speaking, not another one his words name.
    "head-of-state-is-the-president-speaking": (
        "Президент США Иван Смит объявил о санкциях.\nВ ответ президент Ирана Хасан Рахими заявил, что ни "
        "американский лидер Иван Смит, ни его преемники не смогут отнять выгоду.\n«Мы показали миру свою силу», — "
        "отметил глава государства.",
        [
            ("indirect", "ни американский лидер Иван Смит, ни его преемники не смогут отнять выгоду", "Хасан Рахими"),
            ("direct", "Мы показали миру свою силу", "Хасан Рахими"),
        ],
    ),
    # "В то же время" is a prepositional phrase with its demonstrative and particle: "время" is no subject.
    "at-the-same-time-is-no-subject": (
        "В то же время украинская сторона уверяет, что непричастна к поставкам.",
        [("indirect", "непричастна к поставкам", "украинская сторона")],
    ),
    # A headline's descriptor may be closed by the outlet the words were given to ("— RT") instead of a topic.
    "headline-descriptor-closed-by-an-outlet": (
        "«Золото Олимпиады — главная мотивация на три года»: первый российский чемпион мира по тхэквондо — RT\n\n— "
        "В детстве вы занимались карате?\n— Я занимался карате недолго.",
        [
            (
                "direct",
                "Золото Олимпиады — главная мотивация на три года",
                "первый российский чемпион мира по тхэквондо",
            ),
            ("direct", "Я занимался карате недолго", "первый российский чемпион мира по тхэквондо"),
        ],
    ),
    # A title's quoted clause before a colon and a sentence of its own is someone's words; a body's representative
    # with no one named before stays a descriptor.
    "title-clause-before-a-sentence-and-a-representative": (
        "«Президент ясно дал понять»: США не намерены ослаблять санкции\n\nСША не намерены ослаблять санкции. Об "
        "этом сообщил журналистам представитель Белого дома. Президент Иван Смит прибудет в Рим.",
        [
            ("direct", "Президент ясно дал понять", None),
            ("indirect", "США не намерены ослаблять санкции", "представитель Белого дома"),
        ],
    ),
    # A surname that shows no case after a noun for a person in the genitive is that person's ("представитель
    # боксёра Руденко": the boxer); the representative the article names is the one who speaks.
    "representative-of-a-person-with-a-fixed-surname": (
        "«Спасибо болельщикам»: представитель боксёра Руденко о реакции зрителей\n\nМы обсудили с представителем "
        "украинского боксёра Иваном Петровым ход поединка.\n— Как он оценил итоги?\n— Он не до конца доволен собой.",
        [
            ("direct", "Спасибо болельщикам", "Иван Петров"),
            ("direct", "Он не до конца доволен собой", "Иван Петров"),
        ],
    ),
    # A noun of speech with a demonstrative after a dash inside the sentence points back at the words before it.
    "dash-then-such-data-reported": (
        "Китай развернул активность. Именно на КНР приходится 80% торговли — такие данные ранее обнародовал посол "
        "Иван Петров.\n«Китай был крупнейшим партнёром», — заявил дипломат.",
        [
            ("indirect", "Именно на КНР приходится 80% торговли", "Иван Петров"),
            ("direct", "Китай был крупнейшим партнёром", "Иван Петров"),
        ],
    ),
    # "верить, что" states a view held, as "считать, что" does; "не верили, что" a disbelief, no view.
    "believed-that-and-not-disbelief": (
        "Тренер Иван Петров удивился неудаче. Специалист верил, что команда дойдёт до финала. Соперники не верили, "
        "что она выстоит.",
        [("indirect", "команда дойдёт до финала", "Иван Петров")],
    ),
    # "интервью с" and a noun for a person in the instrumental after a headline's colon names the one who answers.
    "headline-interview-with-a-described-person": (
        "«Это один из величайших подвигов»: интервью с режиссёром фильма «Подвиг»\n\n— Что говорят документы?\n— "
        "Архивные документы подвиг не опровергают.",
        [
            ("direct", "Это один из величайших подвигов", "режиссёр фильма «Подвиг»"),
            ("direct", "Архивные документы подвиг не опровергают", "режиссёр фильма «Подвиг»"),
        ],
    ),
    # The one named after a verb that follows "в беседе с корреспондентом" is spoken of, not the one talked with.
    "talked-with-then-a-verb-then-a-name": (
        "«Такого ажиотажа не помню»: гроссмейстер Петров о матче Сидорова\n\nГроссмейстер Иван Петров в беседе с "
        "корреспондентом разобрался в причинах поражения Олега Сидорова.\n— Вам не показалось, что он устал?\n— "
        "Безусловно, он мог играть лучше.\n— А что с соперником?\n— Соперник был силён.",
        [
            ("direct", "Такого ажиотажа не помню", "Иван Петров"),
            ("direct", "Безусловно, он мог играть лучше", "Иван Петров"),
            ("direct", "Соперник был силён", "Иван Петров"),
        ],
    ),
    # A deputy's title written as one word with its genitive ("зампостпреда") is a nominative that does not decline.
    "deputy-title-with-its-genitive-is-a-nominative": (
        "Заместитель постоянного представителя страны при ООН Иван Петров выступил.\n«Ситуация достигла критической "
        "отметки», — заявил зампостпреда КНДР при ООН.",
        [("direct", "Ситуация достигла критической отметки", "Иван Петров")],
    ),
    # A headline's quotation before a colon, a title of lower-case words and a name that a verb follows quotes that
    # person: the one the story is about.
    "headline-titled-subject-of-a-verb": (
        "«Бил, бью, буду бить»: лучший бомбардир в истории клуба Иван Петров завершил карьеру\n\nНападающий "
        "завершил карьеру в июле.",
        [("direct", "Бил, бью, буду бить", "Иван Петров")],
    ),
    # A name right after a title's colon, the subject of a verb that is no verb of speech, says the quoted clause.
    "title-clause-then-a-named-subject-of-a-deed": (
        "«Мы готовы к переговорам»: Иван Петров подписал указ\n\nТекст статьи.",
        [("direct", "Мы готовы к переговорам", "Иван Петров")],
    ),
    # An outlet right after the verb is the one told; the descriptor after it leads to the person who speaks.
    "outlet-told-then-a-descriptor-and-a-name": (
        "Клуб открылся в 2019 году. Об этом рассказала RT одна из основательниц клуба, 35-летняя Анна Котова.",
        [("indirect", "Клуб открылся в 2019 году", "Анна Котова")],
    ),
    # "президент комитета" is the president of the body an abbreviation names ("МОК"), though a sentence of no one
    # stands between.
    "title-of-a-body-its-abbreviation-named": (
        "Президент МОК Томас Бах заявил, что дела открыты.\nМОК проверит все пробы.\n"
        "«Это продолжение доклада», — добавил президент комитета.",
        [("indirect", "дела открыты", "Томас Бах"), ("direct", "Это продолжение доклада", "Томас Бах")],
    ),
    # A short passive of "изложить" with the source after it attributes like "указано в документе".
    "set-out-in-a-report": (
        "Британия может подписать с ЕС особое соглашение, изложено в докладе Центра европейской политики.",
        [("indirect", "Британия может подписать с ЕС особое соглашение", "доклад Центра европейской политики")],
    ),
    # A surname that does not decline after a preposition is no subject; the one a relative clause tells of goes on.
    "pronoun-past-a-relative-clause-and-an-indeclinable-name": (
        "В городе прошли похороны тренера Олега Дурново. Газета связалась с врачом команды Игорем Саловым, который "
        "работал вместе с Дурново. Он пояснил, что ждёт решения суда.",
        [("indirect", "ждёт решения суда", "Игорь Салов")],
    ),
    # An impersonal verb right after a report in the same paragraph goes on with it, past tense and "При этом" too.
    "impersonal-verb-goes-on-with-a-report": (
        "Минздрав сообщил, что больницы работают в обычном режиме. При этом отмечалось, что запасов хватит на год.",
        [
            ("indirect", "больницы работают в обычном режиме", "Минздрав"),
            ("indirect", "запасов хватит на год", "Минздрав"),
        ],
    ),
    # A surname in the genitive after "заявление" is the person the text named in full, in the nominative.
    "statement-of-a-surname-the-text-named-in-full": (
        "Об этом заявил секретарь кабинета Ёсико Муга.\n«Премьер дал инструкции», — приводит агентство заявление "
        "Муги со ссылкой на телеканал.",
        [("direct", "Премьер дал инструкции", "Ёсико Муга")],
    ),
    # A plural verb with no subject before a colon and unquoted words: the place named before it speaks.
    "place-speaks-before-a-colon": (
        "Накануне матча в РФПЛ констатировали: спрос на билеты существенно превышает предложение.",
        [("indirect", "спрос на билеты существенно превышает предложение", "РФПЛ")],
    ),
    # "Такого же мнения придерживается и X": X shares a view said before by someone else; no backward attribution.
    "same-view-held-as-well": (
        "Кёрлингист Олег Панов решил не подавать иск. По словам атлета, суд не мог вынести оправдательный вердикт. "
        "Такого же мнения придерживается и президент федерации Дмитрий Свищёв.",
        [("indirect", "суд не мог вынести оправдательный вердикт", "Олег Панов")],
    ),
    # "ответ представителя спецслужбы" names whose answer is cited; "спецслужба" stands for the agency named before.
    "answer-of-an-agencys-representative": (
        "«Обращайтесь к президенту»: в ЦРУ отказались комментировать арест\n\nОфициальный представитель ЦРУ Анна Грин "
        "заявила, что спецслужба не будет комментировать подробности \nареста, проведённого в Канаде.\n«Просим "
        "обратиться к заявлению Белого дома», — приводит РИА Новости ответ представителя спецслужбы на вопрос о "
        "подробностях.",
        [
            ("direct", "Обращайтесь к президенту", "ЦРУ"),
            ("indirect", "спецслужба не будет комментировать подробности \nареста, проведённого в Канаде", "Анна Грин"),
            ("direct", "Просим обратиться к заявлению Белого дома", "Анна Грин"),
        ],
    ),
    # A surname alone in a dash aside before the verb, of a person named in full before in another case, speaks.
    "surname-in-a-dash-aside-named-in-full-before": (
        "Красные карточки получили Ари и Кураев с Артёмом Фидлером.\nОдин из зачинщиков потасовки — Фидлер — "
        "отметил, что будет хорошо, если Ари приедет в Екатеринбург.",
        [("indirect", "будет хорошо, если Ари приедет в Екатеринбург", "Артём Фидлер")],
    ),
    # Reports that came out ("появились сообщения, что …") quote the place they came out in, or no one named.
    "reports-came-out-in-a-place": (
        "Район оцепили. Позже в СМИ появились сообщения, что там проводится спецоперация. Ещё в мае звучали "
        "заявления о том, что к осени мост откроют.",
        [
            ("indirect", "там проводится спецоперация", "СМИ"),
            ("indirect", "к осени мост откроют", None),
        ],
    ),
    # "зять президента Имя Фамилия": the noun heading the phrase is the name's role, the title in the genitive its
    # owner's; "Зять Трампа" later stands for him.
    "kin-noun-heads-a-title-in-the-genitive": (
        "Советник и зять президента США Давид Гроссман выступил с речью. Гроссман признался, что санкции не "
        "обсуждались.\nЗять Брауна подчеркнул, что готов к слушаниям.",
        [
            ("indirect", "санкции не обсуждались", "Давид Гроссман"),
            ("indirect", "готов к слушаниям", "Давид Гроссман"),
        ],
    ),
    # "По словам" with a long title ending in a name names its own source: "Такое мнение он высказал" after it
    # attributes nothing more, and the words after the comma stay the quote.
    "po-slovam-long-title-before-a-pointer": (
        "Министр провёл встречу в Вене.\nПо словам члена комитета Госдумы по обороне и безопасности Петра "
        "Смирнова, подобные шаги обернутся против самих авторов. Такое мнение он высказал в беседе с журналистами.",
        [("indirect", "подобные шаги обернутся против самих авторов", "Петр Смирнов")],
    ),
    # A post broken into lines by a handle goes on after it with "?"; a post in Latin letters goes on line by line;
    # hashtags after its last finished sentence tag it and stay out, hashtags inside a sentence stay in.
    "posts-broken-by-handles-and-tags": (
        "Министр выложил фото.\nА ви пробували сніданок від \n@ministr\n? Ми чекаємо😉 \npic.twitter.com/AbCdE\n"
        "— Maria Ivanenko (@m_ivanenko) \n12 июня 2017 г.\nТеннисист прошёл дальше.\nVAMOS! \n#Nadal\n is through! "
        "\nMilos \n#Raonic\n awaits. \n#AusOpen\npic.twitter.com/AbCdE\n— Open (@open) \n12 июня 2017 г.\nЕщё пост."
        "\nGreat news at the \n#Oscars\npic.twitter.com/AbCdE\n— Ann Lee (@annlee) \n12 июня 2017 г.",
        [
            ("direct", "А ви пробували сніданок від \n@ministr\n? Ми чекаємо😉", "Maria Ivanenko"),
            ("direct", "VAMOS! \n#Nadal\n is through! \nMilos \n#Raonic\n awaits", "Open"),
            ("direct", "Great news at the \n#Oscars", "Ann Lee"),
        ],
    ),
    # "замминистра" stands for "заместитель министра" named before; an ordinal in digits stays inside a title.
    "deputy-title-shortened": (
        "Бывший заместитель командира 800-й авиабазы полковник запаса Пётр Смирнов рассказал, что экипаж готовился.\n"
        "Майор Иван Ковалёв родился в Омске.\n«Он был открытым человеком», — рассказал бывший замкомандира авиабазы.\n"
        "Заместитель министра финансов Олег Белов выступил.\nПилот Иван Ковалёв родился в Омске.\n«Всё в порядке», — "
        "сказал замминистра.",
        [
            ("indirect", "экипаж готовился", "Пётр Смирнов"),
            ("direct", "Он был открытым человеком", "Пётр Смирнов"),
            ("direct", "Всё в порядке", "Олег Белов"),
        ],
    ),
    # A person noun that also reads as a genitive ("стрелок") after a prepositional phrase is the verb's subject.
    "person-noun-read-as-a-genitive-after-a-phrase": (
        "Огонь открыл местный житель Лука Трайани.\nВо время задержания стрелок вскинул руку и прокричал «Да "
        "здравствует Италия!». Позже он замолчал.",
        [("direct", "Да здравствует Италия!", "Лука Трайани")],
    ),
    # "— приводит агентство заявление российской компании": the owner of the words past its adjective, or in marks.
    "statement-of-an-organisation-with-an-adjective": (
        "«Возник существенный дисбаланс», — приводит агентство заявление российской компании. «Решение "
        "окончательное», — приводит агентство заявление «Газпрома».",
        [
            ("direct", "Возник существенный дисбаланс", "российская компания"),
            ("direct", "Решение окончательное", "Газпром"),
        ],
    ),
    # An attribution inserted after a full stop inside a quotation ("«A. — считает X. — B»") splits it as a comma would.
    "inserted-attribution-after-a-full-stop": (
        "Эксперт Мария Гассер выступила.\n«Операции используют в политических целях, и это мешает работе. — считает "
        "Гассер. — Потому я соглашусь с критикой».",
        [
            ("direct", "Операции используют в политических целях, и это мешает работе", "Мария Гассер"),
            ("direct", "Потому я соглашусь с критикой", "Мария Гассер"),
        ],
    ),
    # "С точки зрения X" names a source only when X heads the phrase and no clause follows inside it; a long answer
    # right after a question answers it, ending with a question of its own.
    "point-of-view-of-a-topic-and-a-long-answer-asking": (
        "«Санкции ожидаемы»: Иван Орлов о лишении статуса\n\n— Лишение было ожидаемым?\n— Всё это было прогнозируемо."
        "\n— И с точки зрения результатов спортсменов, и с точки зрения политики. Как вы оцените год?\n— Если "
        "говорить о спорте, то ребята выступили очень успешно, и я поздравляю их тренеров. С точки зрения политики "
        "ничего не было сделано, мне это непонятно. Странные решения, необъяснимые. Когда ставятся какие-то задачи, их "
        "надо выполнять, иначе зачем их ставить?",
        [
            ("direct", "Санкции ожидаемы", "Иван Орлов"),
            ("direct", "Всё это было прогнозируемо", "Иван Орлов"),
            (
                "direct",
                "Если говорить о спорте, то ребята выступили очень успешно, и я поздравляю их тренеров. С точки зрения "
                "политики ничего не было сделано, мне это непонятно. Странные решения, необъяснимые. Когда ставятся "
                "какие-то задачи, их надо выполнять, иначе зачем их ставить?",
                "Иван Орлов",
            ),
        ],
    ),
    # "По оценкам, опубликованным X, …": the source in the participle's phrase (two adjectives may stand before the
    # noun); "…, согласно китайским СМИ, …" inside a sentence names a body past its adjective; two sees of a clergy
    # title joined by "и" stand before the name.
    "source-published-by-and-according-to-inside": (
        "По самым последним оценкам, опубликованным ООН, число мигрантов выросло. Однако, согласно китайским СМИ, "
        "жертвами стихии стали два человека. Архиепископ Львовский и Галицкий Филарет заявил, что считает это "
        "странным.",
        [
            ("indirect", "число мигрантов выросло", "ООН"),
            ("indirect", "жертвами стихии стали два человека", "СМИ"),
            ("indirect", "считает это странным", "Филарет"),
        ],
    ),
    # One "»" closes an inner and an outer quotation when a new one opens right after the sentence ends
    # ("«… «Имя»*. «…"); a quotation left open to the paragraph's end may hold pairs of marks of its own.
    "shared-close-before-a-new-quotation-left-open": (
        "Министр Сергей Лавров выступил.\nЛавров также добавил, что проблема заключается в «полной неспособности "
        "США провести размежевание с группировкой «Джабхат ан-Нусра»*. «Согласно договорённостям, это приоритет. Они "
        "так и не отделили группировку «Джабхат ан-Нусра» от умеренных.\nНаступление по ошибке\nГоворя о причинах, "
        "министр напомнил об инциденте.",
        [
            (
                "indirect",
                "проблема заключается в «полной неспособности США провести размежевание с группировкой «Джабхат "
                "ан-Нусра»*",
                "Сергей Лавров",
            ),
            (
                "direct",
                "Согласно договорённостям, это приоритет. Они так и не отделили группировку «Джабхат ан-Нусра» от "
                "умеренных",
                "Сергей Лавров",
            ),
        ],
    ),
    # A post's lines in Latin letters go on from one to the next, lines of figures with Latin units and emoji too.
    "post-of-latin-lines-with-emoji": (
        "Гонщик сошёл.\n🏁 END OF FP2, P5 for Max Verstappen 🏁\n⏱ 1m 13s 388ms\n❌ Max parked his car after 25 "
        "laps...\n#FP2\npic.twitter.com/AbCdE\n— MaxStats (@MaxStats_33) \n9 июня 2017 г.",
        [
            (
                "direct",
                "🏁 END OF FP2, P5 for Max Verstappen 🏁\n⏱ 1m 13s 388ms\n❌ Max parked his car after 25 laps",
                "MaxStats",
            )
        ],
    ),
    # "Об этом RT рассказала мать девушки, Имя Фамилия": the outlet told, the person set off after the verb spoke,
    # in the nominative.
    "told-an-outlet-person-in-apposition": (
        "Студентка даёт уроки детям беженцев. Об этом RT рассказала мать девушки, Яна Петрова из Кошице.",
        [("indirect", "Студентка даёт уроки детям беженцев", "Яна Петрова")],
    ),
}

NOT_QUOTES = {
    # A relative clause whose verb of speech takes "внимание" and a place before its subject attributes nothing.
    "set-phrase-in-relative-clause": (
        "Эти деньги помогли решить ряд проблем страны, на которые, как правило, обращают внимание в заявлениях "
        "местные политики."
    ),
    # The second dash of a pair, or a lead listing the questions an interview answers, sets off no attribution.
    "bare-dash-closing-a-pair": "Сразу две страны — Норвегия и Дания — выразили мощную поддержку ООН.",
    "bare-dash-after-questions": "Почему цены растут и к чему это приведёт — рассказывает Иван Петров, экономист.",
    # The materials of a case are a file, no one speaking.
    "case-file-materials": "По материалам дела, подсудимый скрывался в соседней области.",
    # A post of tags, a score and emoji, with fewer than two words of its own, says nothing.
    "embedded-post-of-tags-and-a-score": (
        "Команда сыграла вничью.\n\nСомов 46' 🔥\n\n#ВостокЗапад 0:0 #Лига\n\n— Лига (@liga_official)"
    ),
    # "Заметив, что …" opening a sentence tells what one saw.
    "fronted-gerund-of-noticing": "Заметив, что мальчик упал, тренер бросился к нему.",
    # A quoted subheading with no predicate names its section.
    "subheading-phrase": (
        "Сборная начала сборы\n\nКоманда провела первую тренировку.\n\n«Дорожная карта»\n\nМатч пройдёт в мае."
    ),
    # A title's phrase with no predicate and no reactions asked after it names a topic, not someone's words.
    "headline-phrase-before-a-topic": "«Большая вода»: как в Сибири готовятся к весеннему паводку\n\nВода поднялась.",
    # Things that "говорят, что …" indicate it: no one's words.
    "things-that-indicate": "Сейчас все эти ограничения, санкции говорят, что нам нужно менять деловой климат.",
    # What someone is asked to say ("просит X сообщить, что …") is not said; a paragraph of more than 300 characters
    # above a tweet's signature is the article's own (the tweet a picture).
    "asked-to-say-chto": "Сенатор Пётр Грей просит прокуроров сообщить до 25 августа, что было сделано для проверки.",
    "long-paragraph-above-a-picture-tweet": (
        "Итоги дня\nРублёв оказался сильнее в первом сете, однако во втором дело дошло до тай-брейка, где больше "
        "повезло сопернику. Решающей оказалась третья партия, в которой россиянин взял две подачи соперника подряд и "
        "уже не упустил своего преимущества. На четвёртый сет соперника не хватило. Как итог, 6:4, 6:7, 6:4, 6:2 в "
        "пользу нашего спортсмена, который теперь сыграет с третьей ракеткой мира.\npic.twitter.com/AbCdE\n"
        "— doublefault (@doublefault28) \n17 января 2018 г."
    ),
    # ", как утверждают X" after "так …" compares with what they say; "в связи с тем, что" gives a cause.
    "comparison-with-what-they-say": "Однако на деле не всё так радужно, как утверждают чиновники.",
    "chto-of-a-cause": "Иванов пожаловался на канал в связи с тем, что канал усомнился в его выводах.",
    # "столько …, что" opens a clause of result; "несмотря на то, что" a concession: no words reported.
    "chto-of-result-after-a-degree-word": "Курьер передал журналистам столько документов, что хватило на книгу.",
    "chto-of-a-concession": "Депутаты обвиняют Москву в эскалации несмотря на то, что Россия не выступала стороной.",
    # "Сообщалось, что …" in a paragraph of its own is a reminder of what was reported before, no one's words here.
    "reported-before-in-a-paragraph-of-its-own": "Министр выступил в парламенте.\nСообщалось, что больницы закрыты.",
    # A что-clause in a question of a dialogue is asked, not reported.
    "not-chto-in-a-dialogue-question": (
        "Интервью\n\nРежиссёр Иван Петров снял фильм.\n— Документы подтверждают, что бойцов было именно 28?\n"
    ),
    # What is yet to be published after a dash ("— эти сведения будут опубликованы") is no one's words.
    "not-data-yet-to-be-published-after-a-dash": (
        "Выборы\n\nО том, сколько избирателей проголосует на дому, можно будет узнать вечером — эти сведения будут "
        "опубликованы в издании «Вестник»."
    ),
    # A film's title in marks before a colon and "премьера фильма" (the premiere, not the genitive of "премьер")
    # quotes no one.
    "not-title-before-a-premiere": "«Олимп духа»: премьера фильма о советских чемпионах\n\nКанал рассказывает истории.",
    # A verb of speech followed by its topic ("говорится о необходимости …") has its source before it: what stands
    # before the comma is that source, not content.
    "not-source-before-a-verb-that-names-its-topic": (
        "Доклад\n\nКроме того, в тексте доклада, который появился в сети два дня назад, говорится о необходимости "
        "выявить «схему связей на уровне организаций»."
    ),
    # A noun of speech pointing back with no verb of speech reports nothing.
    "not-a-calculation-that-proved-wrong": "Прогноз\n\nЦены вырастут. Этот расчёт оказался неверным.",
    # Data are no one's words: "Из данных биржи следует, что …" reports nothing.
    "not-data-before-follows-from": "Итоги торгов\n\nИз данных биржи следует, что цены выросли.",
    # A headline's topic opened by a question word after a colon reports no words.
    "not-headline-question-topic": (
        "Ошиблись с «Ла-Ла Лендом», пошутили над ведущим: как прошёл «Оскар»\n\nЦеремония прошла в воскресенье."
    ),
    # A noun after a preposition before a headline's colon is no speaker ("Попросят из политики: …").
    "not-headline-noun-after-preposition": (
        "Попросят из политики: малые партии могут лишить регистрации\n\nСегодня в России зарегистрировано много партий."
    ),
    # "говорит тот факт, что": the fact is the verb's subject, no one speaks.
    "not-fact-as-subject": "О важности реформы говорит тот факт, что бюджет вырос.",
    # "О намерении …, заявили X": the verb's "о" phrase put first is the topic, no content.
    "topic-put-first-before-a-postposed-verb": (
        "Реформа\nО намерении добиться того, чтобы реформа была названа незаконной, заявили и в партии «Родина»."
    ),
    # "по данным" a country's system that keeps records: a table, no one speaking.
    "records-of-a-country": (
        "Споры не утихают. По последним данным пенитенциарной системы Канады, голосовать не смогут почти 6 млн человек."
    ),
    # "о том, что" after another noun than the statement's author: the clause is that noun's.
    "statement-made-amid-news": (
        "Игорь Сомов выступил. Это заявление Сомов сделал на фоне новостей о том, что соседи провели переговоры."
    ),
    # "по мнению многих": many, no one named.
    "view-of-many": "Сестра, по мнению многих, все же затаила обиду на родственницу.",
    # "немногие" before a verb of opinion: few, no one named.
    "few-supposed": "Немногие предполагали, что чемпион согласится на ничью.",
    # A fact tells of something; no one speaks.
    "a-fact-tells-of-it": (
        "Новости дня.\nО важности, которую стороны придают переговорам, говорит тот факт, что на них прилетел сам "
        "премьер."
    ),
    # A view supposed under "если" is no view held.
    "opinion-under-if": "Правительство глубоко заблуждается, если считает, что жители будут терпеть это.",
    # a post of hashtags only: its words did not reach the page
    "embedded-post-of-hashtags": (
        "Пользователь поддержал акцию.\n#Climate\n#Storm\n#Vote\npic.twitter.com/AbCdEf\n"
        "— John Smith (@jsmith)\n5 января 2017 г."
    ),
    # a thing that points at something after the words before it: no backward attribution
    "this-points-at": (
        "Операторы должны удалять шифрование по первому запросу властей.\nЭто указывает на обязательство компаний."
    ),
    # "the latter" indicates, no one speaks
    "the-latter-indicates": (
        "Жители нашли у реки зелёные кости. Последнее говорило о том, что рядом лежало много медных украшений."
    ),
    # someone unnamed in a question
    "someone-in-a-question": "— Если бы вам кто-то заранее сказал, что вы выиграете турнир, что бы вы ответили?",
    # a relative clause of the verb's object, and testimony that names no one
    "said-all-that-he-wanted": "Заголовок\n\nСказал всё, что хотел\nПрезидент выступил перед депутатами.",
    "some-testimony": "По некоторым свидетельствам, в 1346 году чума лютовала в войске.",
    # a quoted term after a speech verb's object, and a document that speaks for no one
    "term-in-marks-after-a-verb": "Министр назвал эту политику «политикой стратегического терпения».",
    "according-to-a-law": "Согласно Конституции, президент избирается на пять лет.",
    "according-to-a-protocol": "Согласно протоколу FIA, гонщик стартовал последним.",
    "subject-then-participle-aside-then-verb": (
        "Заголовок\n\nМатематик Иван Серов в выступлении, посвящённом награждению коллеги, отметил его вклад в "
        "развитие математики."
    ),
    "turned-to-a-work-before-a-colon": (
        "Заголовок\n\nРежиссёр Иван Серов обратился к творчеству писателя ещё при его жизни: в 2006 году вышел фильм."
    ),
    "by-some-assumptions": "Причиной, по некоторым предположениям, стали проблемы со здоровьем.",
    "a-hope-before-a-colon": "Заголовок\n\nМожет, они на соседей надеются: дочка рано или поздно вырастет.",
    "such-is-the-opinion-with-nothing-before": "Заголовок\n\nТаково мнение многих.",
    "a-thing-gave-a-push": "Цены выросли. Такой рост дал толчок экономике.",
    "by-the-data-of-a-year": "Финский ВВП, по данным 2015 года, составлял 232 млрд долларов.",
    # "в новогоднюю ночь: тогда сообщалось, что …": a time after an adjective is no place that speaks.
    "time-after-an-adjective-is-no-source": (
        "Заголовок\n\nГород отмечал праздник в новогоднюю ночь: тогда сообщалось, что в городке сожгли церковь."
    ),
    "begin-with-words": "Начнём со слов благодарности, которые прозвучали вчера.",
    "hid-without-negation": "Министр скрыл, что тарифы выросли.",
    "understood-alone": "Министр Иван Серов понял, что тарифы вырастут.",
    # "мало кто сомневается, что …": few doubt it, no one named says it.
    "few-doubt": "Заголовок\n\nОднако мало кто сомневается, что Веа выйдет во второй тур.",
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
    # A plural verb of blame with no subject: no one the article names blames.
    "blame-by-no-one-named": "Олег Сомов вернулся домой.\n\nЕго обвиняют в том, что он украл деньги.",
    # One person's name right before a plural verb is its object, not its subject.
    "name-before-a-plural-verb": "Олег Сомов вернулся домой.\n\nСомова обвиняют в том, что он украл деньги.",
    "topic-deep-in-the-article": (
        "Суд арестовал Павла Лунина.\n\nВ 2010 году его уже задерживали.\n\nО нынешнем аресте сообщили СМИ."
    ),
    "this-indicates-about": "Цены выросли на 5%. Это говорит о росте спроса.",
    "colon-lists-the-object": (
        "Стороны отметили три направления работы: транспортное, энергетическое и аграрное."
    ),
    # one label line is no transcript
    "one-label-line": "Матч прошёл в субботу.\nА.С.: Наш папа был обычным плотником, строителем.",
    # one question in dash paragraphs is no interview
    "one-dash-question": (
        "Тренер Игорь Мельников провел сбор.\n— Кто виноват? Никто не знает.\n— Команда сыграет в пятницу."
    ),
    "impersonal-with-no-document-before": "Министр выступил на форуме.\nОтмечается, что выплаты начнутся в январе.",
        "title-in-marks-then-dash-verb": "Фильм «Горячий снег», – вышел в 1972 году и стал классикой.",
    "marks-then-dash-verb-of-a-group": "«Надо ехать в Москву», – решили друзья.",
    "if-we-believe-forecasts": "Если верить прогнозам, зима будет тёплой.",
    "headline-quote-then-a-place": "«Итоги недели»: Эстония за неделю\nЦены выросли.",
    # one who talked with residents is no interviewee of the lines after
    "talked-with-residents": (
        "Глава района Иван Петров побеседовал с жителями.\n– Вода пришла ночью.\n– Нам обещали помощь."
    ),
    # a country before a headline's topic is the topic's place, no body that speaks
    "headline-quote-then-a-country-and-topic": "«Так держать»: Россия о проверке счетов\nПроверка завершена.",
    # a rubric or an address to the reader before a colon is no statement of the one after it
    "headline-rubric-then-speaker": "Итоги года: министр Андрей Волков рассказал о планах\n\nМинистр выступил.",
    "headline-read-also-then-speaker": "Читайте также: министр Андрей Волков рассказал о планах\n\nОн выступил.",
    # an expectation in the past under "не" tells of a surprise, no view held
    "did-not-expect": "Водитель не ожидал, что дорогу занесёт снегом, и застрял.",
    # an interview's introduction whose names the page lost introduces no one
    "interview-intro-that-lost-its-names": "Беседа с художницей Анной Орловой.\nС\nпобеседовала\n– Работа заняла год.",
    "said-something": "Министр заявил что угодно, лишь бы уйти от ответа.",
    "headline-label-then-place-verb": "«Виртуальная подготовка»: в Киеве не исключают силового сценария\nДалее.",
    "promised-to-clarify-later": "Эксперт Иван Сомов пообещал позднее уточнить, что именно ему прислали.",
# "что" after what the verb speaks of ("о выходе") opens a relative clause, past an aside.
    "relative-chto-after-an-object-of-speech": (
        "Фракции заявили о выходе из коалиции, что, как предполагается, позволит распустить парламент."
    ),
"relative-chto-of-consequence": "Теннисистка допускала много ошибок, что в итоге позволило сопернице победить.",
    "author-guesses-with-vryad-li": "Фанатов ждут санкции, но вряд ли они сожалеют, что оказались рядом с кумиром.",
    "hearsay-with-no-subject": "Поэтому уже много лет говорят о том, что лекарства должны входить в страховку.",
    "announced-a-holiday": "День рождения президента, 21 февраля, объявлен государственным праздником в стране.",
    "announced-a-creation": "Сейчас, что выглядит логичным, объявлено о создании первой в России коллекции.",
        "impersonal-place-inside-content": (
        "Туристы ехали на море. Сообщается, что за полгода в республику съездили тысячи путешественников."
    ),
    # Marks inside a sentence hold a name: "фильм «Х», — так начинается книга" is no quotation.
    "marks-name-then-so": "Он видел фильм «Кризис», — так начинается книга.",
    # The colon of a time introduces nothing; "настолько уверен …, что" opens a result, not what is thought.
    "time-colon-after-a-verb": (
        "Сессия продолжит работу завтра в 10:00 по местному времени, и не факт, что закон примут."
    ),
    "degree-before-an-opinion": "Он был настолько уверен в своей победе, что не стал готовиться к матчу.",
    # "об этом же" tells the same news again: no backward attribution.
    "subject-verb-about-the-same": "Завод закроют летом. Местная газета сообщила об этом же.",
    # With the comma left out and no source after the noun, nothing is attributed.
    "po-soobshcheniyam-no-source": (
        "Его доставили в клинику. По некоторым сообщениям у пациента остановилось сердце, и врачам пришлось его "
        "реанимировать."
    ),
    # A colon followed by two blank lines: the block it introduced was left out, the next paragraph is the article's.
    "colon-then-a-block-left-out": (
        "Министр Павел Громов прокомментировал решение. В своем микроблоге он написал:\n\n\n"
        "Павел Громов родился в 1960 году в Омске.\n\nПотом он уехал."
    ),
    # The reader addressed ("Вы, наверное, замечали, что …") reports nothing.
    "reader-noticed": "Гороскопы в моде. Вы, наверное, замечали, что в них нет негатива.",
    # A pun on a place before a headline's colon ("Кибер-Вашингтон: …") is a topic, no body that speaks.
    "pun-on-a-place-before-a-colon": (
        "Новости дня\n Также по теме \n Кибер-Вашингтон: США выделяют деньги на защиту сетей \n Вашингтон намерен "
        "развивать систему."
    ),
    # A thing the dictionary knows before an impersonal plural verb ("Деньги пытались передать …:") is its object.
    "thing-before-an-impersonal-verb-and-colon": (
        "Роджер прислал второе письмо. Деньги пытались передать целый месяц: никто не хотел рисковать жизнью и "
        "ехать в посёлок."
    ),
    # A verb in the future on a condition reports nothing said yet.
    "future-verb-on-a-condition": "Если министр Иван Петров заявит, что цены вырастут, рынок упадёт.",
    # "в мозг" (where to, in the accusative) is no place that speaks for a plural verb.
    "direction-is-no-place": "В серии всем, кто получил письмо, угрожают дроны-пчелы, проникающие в мозг.",
    # "тот факт, что" is a fact's clause, nothing said by the verb before it.
    "the-fact-that": "Масла в огонь добавил и тот факт, что певицу заподозрили в дружбе с моделью.",
    # What a verb of blame's "в" phrase names is the charge, no body that speaks.
    "blame-with-a-charge": "Жители района, недовольные стройкой, обвиняют мэрию в нарушении закона.",
    # A name in marks ends the subject of the verb after it, with no source named after the verb.
    "name-in-marks-ends-a-subject": (
        'Жители во главе с активистом Иваном Гусевым, поддержавшим кампанию "Город без свалки", пишут петиции.'
    ),
    # A headline's question word after a topic with no question mark tells what the story explains.
    "headline-topic-and-what-the-story-explains": (
        "Станкозамещение: как заводы обходятся без деталей соседей\nЗаводы работают на местных деталях."
    ),
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


def test_a_subordinate_chto_clause_is_not_cut_inside_a_dash_aside() -> None:
    """The comma of a dash aside ("— например, в аварию —") is no end of the что-clause."""
    text = (
        "Когда аферисты убеждали пенсионеров, что родственник попал в беду — например, в аварию — и просили "
        "денег, курьеры приезжали за ними."
    )
    assert [q.text for q in Article.from_text(text).quotes] == [
        "родственник попал в беду — например, в аварию — и просили денег"
    ]


def test_no_resumption_after_a_long_attribution() -> None:
    """A full stop after a long attribution with a comma in it resumes no quotation: the closing mark was left out."""
    text = (
        "Переселение народа\n«Вероятно, настало время сказать соседям во Франции: «Это не ваша страна, это не ваша "
        "земля, уезжайте», — цитирует The Daily Post Сомова, выступавшего на собрании партии «Наш дом». Призыв "
        "прозвучал в контексте обсуждения конференции, которая пройдёт во Франции."
    )
    assert not any(q.text.startswith("Призыв") for q in Article.from_text(text, id="x").quotes)


def test_a_long_interview_keeps_its_interviewee_past_a_name_in_an_answer() -> None:
    """A name inside an earlier answer, on a line of its own, is no one introduced: the answers stay the coach's."""
    pairs = [
        ("Что с защитником?", "У него микротравма, но мы на него рассчитываем."),
        ("Будет ли команде не хватать опытных игроков?", "Конечно, их будет не хватать."),
        ("Насколько важна сплочённость?", "Здесь самое главное — сделать команду."),
        ("Насколько важна роль защитников?", "В команде должен быть баланс."),
        ("Как оцените состояние вратаря?", "Сейчас я его оценить не могу."),
        ("Кто из соперников опаснее?", "Все. Здесь ко всем нужно относиться с уважением."),
        ("Кто сыграет в ближайших матчах?", "На лёд выйдет молодой вратарь."),
        ("Возьмёте ли семьи на Игры?", "Такие вопросы лучше задавать руководству."),
    ]
    text = (
        "«Все знают, откуда мы»: хоккеисты сборной о подготовке к Играм\n"
        "Тренировка сборной вызвала интерес у журналистов. Первым выступил главный тренер команды Олег Жаров.\n"
        "— Кто будет капитаном сборной?\n— Им будет \nИван Сомов\n, а ассистентов назовём позже.\n"
        + "".join(f"— {q}\n— {a}\n" for q, a in pairs)
    )
    answers = [q for q in Article.from_text(text, id="interview").quotes if q.rule == "interview"]
    assert len(answers) == len(pairs) + 1
    assert {q.speaker for q in answers} == {"Олег Жаров"}


def test_a_name_in_an_interviewers_question_still_introduces_the_guest() -> None:
    """A name inside a question (``— Иван Сомов, как вы …?``) is the one asked: the answers stay his."""
    text = (
        "Сезон позади\n— Иван Сомов, как вы оцениваете сезон?\n— Сезон был трудным, но мы справились.\n"
        "Что будет дальше с командой?\n— Будем готовиться к новому турниру вместе.\n"
        "Кто поможет вам в подготовке?\n— Поможет весь наш большой коллектив."
    )
    answers = [q for q in Article.from_text(text, id="interview").quotes if q.rule.startswith("interview")]
    assert [(q.text, q.speaker) for q in answers] == [
        ("Сезон был трудным, но мы справились", "Иван Сомов"),
        ("Будем готовиться к новому турниру вместе", "Иван Сомов"),
        ("Поможет весь наш большой коллектив", "Иван Сомов"),
    ]


def test_words_of_a_titled_person_are_read_by_the_rule_of_words() -> None:
    # "— приводит «Издание» слова директора Имя Фамилия-gen": the noun of words names whose they are; the verb of
    # citing is no speech verb whose subject follows it.
    text = (
        "«Квота была выкуплена за час», — приводит «Спорт-Экспресс» слова коммерческого директора лиги Павла Ганина."
    )
    (quote,) = Article.from_text(text, id="words").quotes
    assert (quote.rule, quote.speaker) == ("marks-words-of", "Павел Ганин")


def test_an_infinitive_object_is_no_speaker() -> None:
    """The object of an infinitive (``принимать участие``) is no subject of the verb after ``и``."""
    found = quotes_of("В письме гражданин обещает не принимать участие в торгах и указывает, что сделка законна.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "сделка законна")]
    assert found[0][2] != "участие"
