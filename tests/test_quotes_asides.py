"""Attributions past asides: gerunds in relative clauses, coordinated titles, insertions, outlets told, notes."""

from __future__ import annotations

import pytest

from kzaz_corpus.stages.names import find_persons

from .test_quotes import quotes_of

EXAMPLES = {
    # A document that refers to someone ("со ссылкой на") gives that person's words.
    "document-referring-to-someone": (
        "«Условия позволили компенсировать потери», — говорится в сообщении регулятора в Facebook со ссылкой на "
        "зампреда банка Олега Чурова.",
        [("direct", "Условия позволили компенсировать потери", "Олег Чуров")],
    ),
    # One of a group as the subject before the verb, with an outlet told after it.
    "one-of-a-group-before-the-verb": (
        "Учёные запатентовали электрический глаз. Один из авторов рассказал RT, что устройство помогает лечить.",
        [("indirect", "устройство помогает лечить", "Один из авторов")],
    ),
    # A post above a club's signature with links under its words: the words only, the club's name whole.
    "post-of-a-club-with-links-under-it": (
        "Клуб выложил видео.\nМы готовы к матчу!\nhttps://t.co/AbCdEf\npic.twitter.com/XyZ\n"
        "— ФК «Заря» (@zarya_fc)\n1 октября 2017 г.",
        [("direct", "Мы готовы к матчу!", "ФК «Заря»")],
    ),
    # A line labelling the post's link ("Full results:") is no words of the post: they stand above it.
    "post-with-a-label-over-its-link": (
        "Рекорд побит.\nNew track record for Ivan Petrov in the 5000m\nFull results:\nhttps://t.co/AbCdEf\npic.twitter.com/XyZ\n"
        "— Speed Skating (@speedskating)\n1 октября 2017 г.",
        [("direct", "New track record for Ivan Petrov in the 5000m", "Speed Skating")],
    ),
    # A post that quotes someone ("Name: «…»") gives that person's words, not the post's author's.
    "post-quoting-someone": (
        "Тренер Роберт Манчеро подвёл итоги.\nРоберт Манчеро: «Возможно, чувствовали усталость»\n"
        "pic.twitter.com/XyZ\n— ФК «Заря» (@zarya_fc)\n1 октября 2017 г.",
        [("direct", "Возможно, чувствовали усталость", "Роберт Манчеро")],
    ),
    # A word of a name given in full before stands for that person, not a body: "– поясняет Шу."
    "first-word-of-a-full-name": (
        "Бывший посол Шу Вэймин говорит, что дипломатов не хватает. «Связи становятся все теснее», – поясняет Шу.",
        [
            ("indirect", "дипломатов не хватает", "Шу Вэймин"),
            ("direct", "Связи становятся все теснее", "Шу Вэймин"),
        ],
    ),
    # A common noun for a person after the verb, with no one named, is the speaker's description.
    "unnamed-person-described-by-a-noun": (
        "В селе поселилась сонная болезнь.\n«Я не знаю, что со мной», — рассказал маленький мальчик.\n"
        "«Рвота у них была», — поделилась мать заболевших детей из села Калачики.",
        [
            ("direct", "Я не знаю, что со мной", "маленький мальчик"),
            ("direct", "Рвота у них была", "мать заболевших детей"),
        ],
    ),
    # The same noun after someone was named stands for that person.
    "person-noun-for-the-one-named": (
        "Журналисты пообщались с местной жительницей Марией Коваль. «Дочь не хотела учиться», — сказала горожанка.",
        [("direct", "Дочь не хотела учиться", "Мария Коваль")],
    ),
    # A statement's author named in a long genitive phrase before "о том, что".
    "statement-of-an-author-with-a-long-title": (
        "Анна Зорина назвала дикостью заявление главы британского Министерства иностранных дел Бориса Джонсона о "
        "том, что страна ведёт враждебную деятельность.",
        [("indirect", "страна ведёт враждебную деятельность", "Борис Джонсон")],
    ),
    # The one the questions were addressed to, named after a verb of asking, answers them.
    "interview-of-the-one-asked": (
        "Тренер Олег Чернов и вратарь Игорь Акимов ответили на вопросы.\n"
        "Большая часть вопросов адресовалась Чернову.\n"
        "— Как вы оцените готовность команды?\n"
        "— Мы получили полную информацию о состоянии футболистов.\n"
        "— Восстановились ли игроки от травм?\n"
        "— На сегодняшний день все здоровы.",
        [
            ("direct", "Мы получили полную информацию о состоянии футболистов", "Олег Чернов"),
            ("direct", "На сегодняшний день все здоровы", "Олег Чернов"),
        ],
    ),
    # A parenthetical phrase before a sentence that points back at the words before it.
    "backward-attribution-after-a-parenthetical-phrase": (
        "Паспорт находится в кабинете президента. По крайней мере, такой версии придерживается Михаил Сакадзе.",
        [("indirect", "Паспорт находится в кабинете президента", "Михаил Сакадзе")],
    ),
    # A surname alone after "как сообщил" is a name, not a verb the dictionary guesses.
    "surname-alone-after-kak-soobshchil": (
        "Министр Карлис Бадурскис выразил надежду, что сейм одобрит поправки.\n"
        "На реализацию реформы, как сообщил Бадурскис, было выделено финансирование.",
        [
            ("indirect", "сейм одобрит поправки", "Карлис Бадурскис"),
            ("indirect", "было выделено финансирование", "Карлис Бадурскис"),
        ],
    ),
    # A quotation of several sentences after an inserted attribution is one direct quote, to its closing mark.
    "quotation-of-sentences-after-an-inserted-attribution": (
        "Поэт Иван Тредин, пишет Анна Абрамова, «совершил прорыв в поэзии. Он предложил учитывать ударения». "
        "Потом пришли другие.",
        [("direct", "совершил прорыв в поэзии. Он предложил учитывать ударения", "Анна Абрамова")],
    ),
    # A first name the dictionary knows only in the plural of another (Маринетт, of Маринетта) opens a name.
    "first-name-read-only-as-a-plural": (
        "«Это одна из причин», — объяснила пресс-секретарь министерства Маринетт Бордебу.",
        [("direct", "Это одна из причин", "Маринетт Бордебу")],
    ),
    # A chain of titles runs past an abbreviation in brackets to the name.
    "title-chain-past-a-bracketed-abbreviation": (
        "Ассоциация предлагает выдавать заключённым 50 тысяч рублей. Об этом рассказал глава ассоциации, член "
        "совета при Федеральной службе исполнения наказаний (ФСИН) Алексей Лобанцев.",
        [("indirect", "Ассоциация предлагает выдавать заключённым 50 тысяч рублей", "Алексей Лобанцев")],
    ),
    # Words in quotation marks after an inserted attribution are a direct quote.
    "quotation-after-an-inserted-attribution": (
        "Министр Иван Петров назвал ряд условий. Так, сказал он, «обязательным условием должно быть перемирие».",
        [("direct", "обязательным условием должно быть перемирие", "Иван Петров")],
    ),
    # An interviewer's question that holds "говорит о том, что" attributes nothing: the answer is the interviewee's.
    "question-with-a-speech-verb-before-an-answer": (
        "На пресс-конференцию пришёл вратарь Марк Штегер.\n"
        "— В команде много молодых. Это говорит о том, что она будет доминировать долгие годы?\n"
        "— Для нас большое удовольствие выиграть этот турнир.\n"
        "— Как удалось справиться с давлением?\n"
        "— Мы всё равно очень хороши.",
        [
            ("direct", "Для нас большое удовольствие выиграть этот турнир", "Марк Штегер"),
            ("direct", "Мы всё равно очень хороши", "Марк Штегер"),
        ],
    ),
    # An emphatic "самой же" before the place that speaks is no part of it.
    "emphatic-pronoun-before-the-place": (
        "В самой же партии заявили, что после выборов партия будет в оппозиции.",
        [("indirect", "после выборов партия будет в оппозиции", "партия")],
    ),
    # "функционер" stands for the head of a body named before.
    "functionary-for-the-president-of-a-union": (
        "Президент международного союза биатлонистов Андерс Бессберг рассказал, что получил новые доказательства. "
        "«Лично я считаю, что доказательства веские», — цитирует функционера NRK.",
        [
            ("indirect", "получил новые доказательства", "Андерс Бессберг"),
            ("direct", "Лично я считаю, что доказательства веские", "Андерс Бессберг"),
        ],
    ),
    # An answer that goes on in a paragraph with no dash leaves the interview's run of questions unbroken.
    "interview-answer-over-two-paragraphs": (
        "«Мы не готовы к современному футболу»: экс-нападающий сборной о проблемах клуба\n"
        "— Команда не вышла на два турнира. В чём причина?\n"
        "— В стране нет игроков высокого класса.\n"
        "— Почему академии не подготовили смену?\n"
        "— Наши игроки славились техникой.\n"
        "Потом соседи переняли нашу систему.\n"
        "— Неудачи кроются в нежелании развиваться?\n"
        "— Когда тебе кажется, что ты лучший, ты начинаешь лениться.",
        [
            ("direct", "Мы не готовы к современному футболу", "экс-нападающий сборной"),
            ("direct", "В стране нет игроков высокого класса", "экс-нападающий сборной"),
            ("direct", "Наши игроки славились техникой.\nПотом соседи переняли нашу систему", "экс-нападающий сборной"),
            ("direct", "Когда тебе кажется, что ты лучший, ты начинаешь лениться", "экс-нападающий сборной"),
        ],
    ),
    # "по словам X" opening a direct quote reports X's words inside it: a quote of its own.
    "reported-by-a-source-inside-a-quotation": (
        "«По прогнозам синоптиков, в городе ожидается сильный снег», — говорится в сообщении пресс-службы.",
        [
            ("direct", "По прогнозам синоптиков, в городе ожидается сильный снег", "сообщение пресс-службы"),
            ("indirect", "в городе ожидается сильный снег", "синоптики"),
        ],
    ),
    # A title of the body the one speaking was titled with is that speaker, not someone named in between.
    "title-of-the-speakers-body": (
        "Задержанных не унижали, заявил глава департамента коммуникаций МВД Иван Петров.\n"
        "Пресс-секретарь МВД также выразил удивление тем фактом, что «таких правил не знает нардеп Олег Сидоров, "
        "который сам набирал полицейских».\n"
        "Представитель МВД добавил, что задержанным позволяли курить.",
        [
            ("indirect", "Задержанных не унижали", "Иван Петров"),
            ("indirect", "задержанным позволяли курить", "Иван Петров"),
        ],
    ),
    # A capitalised body noun with a genitive tail names the body, not the noun of its tail.
    "body-named-by-a-capitalised-noun": (
        "По данным Ассоциации компаний интернет-торговли, в этом году рынок вырастет на четверть.",
        [("indirect", "в этом году рынок вырастет на четверть", "Ассоциация компаний интернет-торговли")],
    ),
    # A phrase quoted inside a quotation whose closing mark closes both is part of it, not a quote of its own.
    "phrase-quoted-inside-sharing-the-closing-mark": (
        "«Я бы обратил внимание на то, что стоит за словами «мы будем» и «мы хотим», – сказал депутат Олаф Гуттке. "
        "– Последнее предполагает деньги».",
        [
            ("direct", "Я бы обратил внимание на то, что стоит за словами «мы будем» и «мы хотим»", "Олаф Гуттке"),
            ("direct", "Последнее предполагает деньги", "Олаф Гуттке"),
        ],
    ),
    # The news agency after the words of someone named before is no part of the name.
    "agency-after-the-words-of": (
        "Президент Джон Хаммонд выступил в Бангкоке. «Угроза сохраняется, и все страны должны работать вместе», - "
        "передает слова Хаммонда Рейтер.",
        [("direct", "Угроза сохраняется, и все страны должны работать вместе", "Джон Хаммонд")],
    ),
    # An English first name the dictionary only guesses, before an unknown surname, after "слова".
    "english-first-name-after-words-of": (
        "«Потребуется время, чтобы завоевать доверие», — приводит газета слова Дженни Бракке, специалиста управления.",
        [("direct", "Потребуется время, чтобы завоевать доверие", "Дженни Бракке")],
    ),
    # An inserted plural verb with a place for its source: the body speaks the part after it.
    "inserted-plural-verb-with-a-place": (
        "Прокуратура подвела итоги года. В результате, считают в министерстве юстиции, за прошлый год "
        "снизилось число жалоб на полицию.",
        [("indirect", "за прошлый год снизилось число жалоб на полицию", "министерство юстиции")],
    ),
    # A quotation over paragraphs, with an editor's note broken over lines inside it, is one quote of the one
    # its closing paragraph names; a dash inside the note's brackets opens no quote. "депутат" is the one
    # titled by a parliament's committee, whose name holds "и".
    "run-on-quotation-with-a-note-and-a-deputy": (
        "«Запрет нужен. Дети видят этот товар», — пояснил глава союза Марат Бекмуратов.\n"
        "Зампред комитета Госдумы по охране здоровья и спорту Павел Орлов инициативу поддержал.\n"
        "«Это нужная мера. Доступность вовлекает людей.\n"
        "Пришёл на кассу, а тут они стоят (бутылки. —\nТАСС\n) и просятся в руки. Нужна проверка», — считает "
        "депутат.\n"
        "Другие эксперты не согласны.",
        [
            ("direct", "Запрет нужен. Дети видят этот товар", "Марат Бекмуратов"),
            (
                "direct",
                "Это нужная мера. Доступность вовлекает людей.\nПришёл на кассу, а тут они стоят (бутылки. —\nТАСС\n) "
                "и просятся в руки. Нужна проверка",
                "Павел Орлов",
            ),
        ],
    ),
    # A gerund before the colon speaks for the subject of its clause, also in a relative clause whose
    # relative word is the verb's object: the subject follows the verb.
    "gerund-in-relative-clause-before-colon": (
        "Премьеру открыла повесть «Тихий дом», которую представила писательница Марина Климова, попутно "
        "заметив: «Я пишу о людях, которых знаю».",
        [("direct", "Я пишу о людях, которых знаю", "Марина Климова")],
    ),
    # The one cited may stand past a title of two coordinated parts.
    "cited-past-coordinated-titles": (
        "Депутаты Игорь Лапин и Ольга Смирнова пришли на митинг.\n"
        "«Мы требуем остановить реформу», — цитирует ТАСС представителя Комитета защиты сельских школ и "
        "сопредседателя СРЛ Виктора Головина.",
        [("direct", "Мы требуем остановить реформу", "Виктор Головин")],
    ),
    # "…, в свою очередь рассказал X": an insertion with no comma of its own before a postposed verb.
    "insertion-before-postposed-verb": (
        "Глава ведомства Павел Орлов заявил, что тарифы не вырастут.\n"
        "До конца года планируется принять новый закон, в свою очередь рассказал журналистам министр связи "
        "Игорь Белов.\n"
        "«Мы подготовим поправки к весне», — заявил министр.",
        [
            ("indirect", "тарифы не вырастут", "Павел Орлов"),
            ("indirect", "До конца года планируется принять новый закон", "Игорь Белов"),
            ("direct", "Мы подготовим поправки к весне", "Игорь Белов"),
        ],
    ),
    # A verb that repeats another's words: the quotation is the one's whose words they are.
    "citing-verb-with-words-of": (
        "Он упомянул слова прокурора: «Вы всё равно проиграете».",
        [("direct", "Вы всё равно проиграете", "прокурор")],
    ),
    # A second title set off after the source of "по мнению", then the name.
    "second-title-after-po-mneniyu": (
        "По мнению доцента кафедры истории РГГУ, специалиста по Японии Анны Ковалёвой, этот шаг говорит о смене "
        "курса.",
        [("indirect", "этот шаг говорит о смене курса", "Анна Ковалёва")],
    ),
    # A committee's name whose list under "по" goes on in the dative, then the holder.
    "committee-list-in-the-dative": (
        "Город закрыл школы. Об этом заявил председатель комитета по делам молодёжи, спорта и связям с "
        "общественностью Олег Нуров.",
        [("indirect", "Город закрыл школы", "Олег Нуров")],
    ),
    # The one cited called by a common noun for a person, with no one speaking before to inherit from: the person
    # the text just named (the outlet after the noun is the one citing, no organisation of theirs).
    "cited-person-noun": (
        "Россию в финале представит Никита Серов. Фаворитом спортсмен не считается.\n"
        "«Хочется попасть в финал», — цитирует биатлониста «Спортивная неделя».",
        [("direct", "Хочется попасть в финал", "Никита Серов")],
    ),
    # With no one named, the noun describes the one cited.
    "cited-person-noun-unnamed": (
        "Фаворитом спортсмен не считается.\n«Хочется попасть в финал», — цитирует биатлониста «Спортивная неделя».",
        [("direct", "Хочется попасть в финал", "биатлонист")],
    ),
    # A titled source of another body is not the subject of what it reported.
    "source-of-another-body-is-not-the-subject": (
        "Основатель фонда «Рассвет» Пётр Ланской предложил создать частную школу, сообщил РБК представитель "
        "городской мэрии.",
        [
            (
                "indirect",
                "Основатель фонда «Рассвет» Пётр Ланской предложил создать частную школу",
                "представитель городской мэрии",
            )
        ],
    ),
    # A dash inside a quotation its marks delimit goes on that quotation: no second, longer quote.
    "dash-inside-marks": (
        "Инвестиции выросли. «Город, на мой взгляд, приспособился к новым условиям, – уверен мэр Олег Панин. – По "
        "многим показателям мы видим рост вложений. Думаю, он продолжится». Экспорт тоже растёт. «В прошлом году "
        "рост был 30%, – заявил градоначальник. – В этом году уже больше».",
        [
            ("direct", "Город, на мой взгляд, приспособился к новым условиям", "Олег Панин"),
            ("direct", "По многим показателям мы видим рост вложений. Думаю, он продолжится", "Олег Панин"),
            ("direct", "В прошлом году рост был 30%", "Олег Панин"),
            ("direct", "В этом году уже больше", "Олег Панин"),
        ],
    ),
    # A topic, then where it was told, then the verb; the lede is the paragraph under a headline line.
    "topic-and-place-before-the-verb-under-a-headline": (
        "Город свернул программу ремонта дорог\n"
        "Мэрия прекратила финансирование программы ремонта дорог. О таком решении на заседании сообщил мэр "
        "города Артём Сизов.\n"
        "«Денег больше нет», — сказал он.",
        [
            ("indirect", "Мэрия прекратила финансирование программы ремонта дорог", "Артём Сизов"),
            ("direct", "Денег больше нет", "Артём Сизов"),
        ],
    ),
    # An interview whose questions open with no dash and whose answers open with one.
    "interview-with-dash-answers": (
        "Учитель года Вера Ланская о школе и учениках\n"
        "Расскажите о первом уроке. Помните ли вы тот день?\n"
        "— Это был обычный осенний день. Я очень волновалась.\n"
        "Что было самым трудным?\n"
        "— Найти общий язык с родителями учеников.",
        [
            ("direct", "Это был обычный осенний день. Я очень волновалась", "Вера Ланская"),
            ("direct", "Найти общий язык с родителями учеников", "Вера Ланская"),
        ],
    ),
    # A title phrase with "на" before the name; "Об этом заявил" gives the name the verb's gender.
    "title-with-na-and-his-words": (
        "Налоги надо поднять. Об этом заявил глава миссии фонда на Украине Йоста Лундберг. По его словам, "
        "бюджет пуст.\nТакже по теме\nМинистр Олег Панин провёл встречу с коллегами.",
        [
            ("indirect", "Налоги надо поднять", "Йоста Лундберг"),
            ("indirect", "бюджет пуст", "Йоста Лундберг"),
        ],
    ),
    # A lone surname later takes its verb's gender, not the first name's ending ("Йоста"), for the whole article.
    "lone-surname-takes-its-verbs-gender": (
        "Налоги надо поднять. Об этом заявил глава миссии фонда Йоста Ренман. По его словам, бюджет пуст.\n"
        "Также по теме\nМинистр Олег Панин провёл встречу с коллегами.\n"
        "Ренман отметил, что реформа неизбежна.",
        [
            ("indirect", "Налоги надо поднять", "Йоста Ренман"),
            ("indirect", "бюджет пуст", "Йоста Ренман"),
            ("indirect", "реформа неизбежна", "Йоста Ренман"),
        ],
    ),
    # Two words of the dictionary after a title close a name before a comma; an indeclinable name after a person's
    # title is one; a paragraph that tells what the author said, above a post's signature, is no post.
    "dictionary-words-and-indeclinable-names": (
        "Уличный художник Мэнкси сделал британцам предложение.\n«Просто пришлите фото», — написал Мэнкси на своём "
        "сайте.\nПри этом он уточнил, что акция идёт не везде.\nПубликация от Manksy (@manksy)\n"
        "Выборы пройдут в срок, заявил мэр Лондона Садик Ворон, отметив, что власти не уступят.",
        [
            ("direct", "Просто пришлите фото", "Мэнкси"),
            ("indirect", "акция идёт не везде", "Мэнкси"),
            ("indirect", "Выборы пройдут в срок", "Садик Ворон"),
            ("indirect", "власти не уступят", "Садик Ворон"),
        ],
    ),
    # A subject pronoun after a sentence whose subject is a title stands for the title's holder, not the one who spoke
    # before; "ветерана" names a person, not the body after it; a capitalised name inside a sentence is no verb
    # ("Бахрави", which the dictionary guesses is an imperative).
    "pronoun-after-a-title-subject": (
        "Поездка главы Пентагона Джеймса Рида важна. Об этом заявил сенатор Джон Тейт.\n"
        "Глава Пентагона прибыл в Киев вечером. Перед визитом он заявил, что готов подтвердить партнёрство.\n"
        "По мнению ветерана Вооруженных сил, сравнение оскорбительно.\n"
        "Как пояснил в интервью RT представитель партии Бахрави Зебари, решение примет парламент.",
        [
            ("indirect", "Поездка главы Пентагона Джеймса Рида важна", "Джон Тейт"),
            ("indirect", "готов подтвердить партнёрство", "Джеймс Рид"),
            ("indirect", "сравнение оскорбительно", "ветеран Вооруженных сил"),
            ("indirect", "решение примет парламент", "Бахрави Зебари"),
        ],
    ),
    # A gerund's clause with its object first: the name before the verb owns the object, the subject follows it.
    "gerund-after-an-object-first-clause": (
        "Первым о встрече заявил аналитик Ян Брукер. Слова Брукера подтвердил и сенатор Крис Кейн, подчеркнув, "
        "что слышал об этом от проверенных людей.",
        [("indirect", "слышал об этом от проверенных людей", "Крис Кейн")],
    ),
    # The seat of a head of state stands for its country.
    "head-of-the-white-house": (
        "Дональд Трамп заявил, что указ не изменится. Судья Анна Белова с ним не согласилась. Глава Белого дома "
        "заявил также, что суды работают медленно.",
        [
            ("indirect", "указ не изменится", "Дональд Трамп"),
            ("indirect", "суды работают медленно", "Дональд Трамп"),
        ],
    ),
    "master-of-the-white-house": (
        "Дональд Трамп заявил, что указ не изменится. Судья Анна Белова с ним не согласилась. Хозяин Белого дома "
        "заявил также, что суды работают медленно.",
        [
            ("indirect", "указ не изменится", "Дональд Трамп"),
            ("indirect", "суды работают медленно", "Дональд Трамп"),
        ],
    ),
    # A name after "хозяин" and its genitives is the title's holder, who speaks after the colon.
    "owner-of-a-farm-then-a-colon": (
        "Фермеры жалуются на новые пошлины.\nХозяин большой фермы Джино Ферранти:\nМы просто в шоке. Придётся "
        "менять все планы.",
        [("direct", "Мы просто в шоке. Придётся менять все планы", "Джино Ферранти")],
    ),
    # The noun right after a transitive verb is its object, never the subject of a later coordinated verb.
    "object-of-an-earlier-verb": (
        "Весной Иван Соколов дал интервью немецкой газете Die Welt, в котором рассказал, что уехал из страны, после "
        "долгих лет работы в столице, и подтвердил, что живёт в Берлине.",
        [
            ("indirect", "уехал из страны, после долгих лет работы в столице", "Иван Соколов"),
            ("indirect", "живёт в Берлине", "Иван Соколов"),
        ],
    ),
    # Wiki italics around the marks ("''«…»''") are no part of the quotation and do not hide its verb.
    "wiki-italics-around-marks": (
        "Певица Ольга Смирнова узнала новость от журналистов: ''«Я ничего об этом не слышала»'', — тихо сказала она.",
        [("direct", "Я ничего об этом не слышала", "Ольга Смирнова")],
    ),
    # A name that does not decline is the source of an unpunctuated "По словам X …".
    "unpunctuated-source-that-does-not-decline": (
        "Нападающий Луиш Карвалью стал отцом. По словам Карвалью ни одна из клиник не знала его имени, и никто не "
        "спрашивал об этом.",
        [("indirect", "ни одна из клиник не знала его имени, и никто не спрашивал об этом", "Луиш Карвалью")],
    ),
    # "…, однако по данным X, …": the source after a conjunction inside the sentence.
    "source-after-a-conjunction": (
        "Театр не пояснил причину отмены, однако по данным источника «Вестника» в полиции, концерт сорвали активисты.",
        [("indirect", "концерт сорвали активисты", "источник «Вестника»")],
    ),
    # A participle's phrase after a clause with its own verb closes no subject: the clause is content.
    "participle-phrase-after-a-clause": (
        "О решении Кравченко остаться болельщики узнали из его письма, опубликованного на сайте клуба, сообщает "
        "обозреватель Пётр Сомов.",
        [
            (
                "indirect",
                "О решении Кравченко остаться болельщики узнали из его письма, опубликованного на сайте клуба",
                "Пётр Сомов",
            )
        ],
    ),
    # ", как заметил X." closing a sentence attributes the words before it; going on, it attributes those after.
    "as-noted-at-the-end": (
        "Руководство клуба сделало игроку щедрое предложение, как заметил директор «Звезды» Олег Панов.",
        [("indirect", "Руководство клуба сделало игроку щедрое предложение", "Олег Панов")],
    ),
    "as-reported-in-the-middle": (
        "В Казани, например, как сообщает агентство «Татар-информ», цены выросли на треть.",
        [("indirect", "цены выросли на треть", "агентство «Татар-информ»")],
    ),
    # "по словам X" opening a quotation inside a sentence: the quotation's close ends the quote.
    "source-opening-a-quotation": (
        "Газета публикует снимок водителя: «По словам очевидцев, он ехал очень быстро». Затем машину увезли.",
        [("indirect", "он ехал очень быстро", "очевидцы")],
    ),
    # "где по её словам, …": a relative adverb before the source, no comma between.
    "source-after-a-relative-adverb": (
        "Анна Белова купила билет до Риги, где по её словам, её ждал брат.",
        [("indirect", "её ждал брат", "Анна Белова")],
    ),
    # A что-clause ends before ", по его словам," that follows a whole clause; a relative clause keeps its source.
    "source-after-a-whole-clause": (
        "Олег Панов заявил, что реформа провалилась, по его словам, деньги ушли на зарплаты.",
        [
            ("indirect", "реформа провалилась", "Олег Панов"),
            ("indirect", "деньги ушли на зарплаты", "Олег Панов"),
        ],
    ),
    "source-inside-a-relative-clause": (
        "Олег Панов заявил, что министерство, которое, по его словам, отвечает за реформу, бездействует.",
        [("indirect", "министерство, которое, по его словам, отвечает за реформу, бездействует", "Олег Панов")],
    ),
    # "участница группы" stands for the one the text names so, never for whoever was named last.
    "participant-named-so-before": (
        "Участница группы Ольга Зорина объявила голодовку. Бывшая участница группы заявила, что суд нарушил её права.",
        [("indirect", "суд нарушил её права", "Ольга Зорина")],
    ),
    "graduate-student-named-so-before": (
        "Обвиняемый по делу аспирант МГУ Глеб Рыжов написал статью.\n\nРыжова задержали в феврале. По словам "
        "25-летнего аспиранта МГУ, его били в полиции.",
        [("indirect", "его били в полиции", "Глеб Рыжов")],
    ),
    "participant-named-nowhere": (
        "Депутат Иван Рябов сообщил о блокаде. «Мы всех предупреждали», — цитирует агентство участника акции.",
        [("direct", "Мы всех предупреждали", "участник акции")],
    ),
    # A title word that is also a genitive inside a body's name is no subject ("генетики": of genetics).
    "genitive-inside-a-body-name": (
        "Биологи из Института клеточной биологии и генетики заявили, что нашли новый ген.",
        [("indirect", "нашли новый ген", "Биологи")],
    ),
    # A capital the dictionary does not know speaks for its state, kept as written.
    "capital-unknown-to-the-dictionary": (
        "Нур-Султан отверг обвинения, заявив, что сделка была законной.",
        [("indirect", "сделка была законной", "Нур-Султан")],
    ),
    # A body after the verb speaks, with its possessive, its name in marks, past a date set off by commas.
    "body-after-the-verb": (
        "Бывший губернатор области Олег Рябов задержан, подтвердила во вторник, 5 мая 2020 года, его партия после "
        "обысков в офисе.",
        [("indirect", "Бывший губернатор области Олег Рябов задержан", "партия")],
    ),
    "body-named-in-marks-after-the-verb": (
        "Съезд перенесён на осень, сообщила партия «Рассвет».",
        [("indirect", "Съезд перенесён на осень", "партия «Рассвет»")],
    ),
    # "его слова": the one the pronoun stands for, not the outlet named after the words.
    "his-words-cited-by-an-outlet": (
        "О проблеме заявил и сенатор Джон Кроу.\n«Мы теряем больше людей на учениях, чем в бою», — приводит его "
        "слова Fox News.",
        [("direct", "Мы теряем больше людей на учениях, чем в бою", "Джон Кроу")],
    ),
    # An outlet that refers to sources before its verb: the sources speak.
    "outlet-referring-to-sources": (
        "Fox News со ссылкой на источники, близкие к следствию, пишет, что причиной аварии стал отказ двигателя.",
        [("indirect", "причиной аварии стал отказ двигателя", "источники")],
    ),
    # Unnamed sources, with no clause of their own: the outlet that refers to them reports.
    "outlet-referring-to-unnamed-sources": (
        "Министр финансов подал в отставку. Об этом сообщила газета «Вечерний курьер» со ссылкой на свои источники в "
        "правительстве.",
        [("indirect", "Министр финансов подал в отставку", "газета «Вечерний курьер»")],
    ),
    # A verb of acknowledgement with an object and no words of its own is content an outlet reports.
    "outlet-reporting-a-declaration": (
        "Новости дня.\nСуд признал бывшего мэра виновным в растрате, сообщает агентство «Вечерний курьер».",
        [("indirect", "Суд признал бывшего мэра виновным в растрате", "агентство «Вечерний курьер»")],
    ),
    # Excerpts from someone's letters, cited by an outlet, are that person's words.
    "excerpts-from-letters": (
        "Инженер Ольга Сомова уехала в Канаду.\n«Я не могу вернуться», — приводит агентство выдержки из писем "
        "Сомовой.",
        [("direct", "Я не могу вернуться", "Ольга Сомова")],
    ),
    # A bare document's noun stands for the document the sentence before says someone wrote.
    "letter-written-before": (
        "Новости дня.\nКанцлер Анна Майер в телеграмме с соболезнованиями назвала произошедшее трагедией.\n"
        "«С болью я узнала о взрывах в городе», — говорится в тексте письма.",
        [("direct", "С болью я узнала о взрывах в городе", "Анна Майер")],
    ),
    # Words shouted need no colon; the one in the verb's own clause shouts, a quote inside the one reported.
    "shouted-words": (
        "Новости дня.\nИнженер Павел Сомов выкрикнул «Стой! Назад!» и побежал к выходу.",
        [("direct", "Стой! Назад!", "Павел Сомов")],
    ),
    "shouted-inside-reported-words": (
        "Новости дня.\nСвидетели утверждают, что хулиганы кричали «Долой!».",
        [
            ("indirect", "хулиганы кричали «Долой!»", "Свидетели"),
            ("direct", "Долой!", "хулиганы"),
        ],
    ),
    # "по данным X" with no comma in the sentence at all: the source is the run of genitives (or a name in marks)
    # after the noun; a word the verb after it governs opens the quote; no source, no quote.
    "po-dannym-with-no-comma": (
        "Новости дня.\nПо сообщениям СМИ обстановка в городе остаётся неспокойной.",
        [("indirect", "обстановка в городе остаётся неспокойной", "СМИ")],
    ),
    "po-dannym-a-name-in-marks-with-no-comma": (
        "Новости дня.\nПо данным «Вестника» мэр подал в отставку.",
        [("indirect", "мэр подал в отставку", "Вестник")],
    ),
    "po-dannym-object-of-the-verb-after": (
        "Новости дня.\nПо информации СМИ певца пришлось госпитализировать.",
        [("indirect", "певца пришлось госпитализировать", "СМИ")],
    ),
    "po-dannym-no-source-before-the-verb": ("Новости дня.\nПо разным данным власти задержали 200 человек.", []),
    "po-dannym-a-name-is-the-subject": ("Новости дня.\nПо официальным данным Хуан Сомес скончался в больнице.", []),
    # A connective may open "по его словам" with its comma left out.
    "po-ego-slovam-after-a-connective": (
        "Новости дня.\nМинистр Иван Сомов выступил на форуме. А по его словам цены уже растут.",
        [("indirect", "цены уже растут", "Иван Сомов")],
    ),
    # "не отрицает, что …" admits what follows.
    "not-denying": (
        "Новости дня.\nЗащита не отрицает, что подсудимый подписал договор.",
        [("indirect", "подсудимый подписал договор", "Защита")],
    ),
    # "ссылаясь на" refers like "со ссылкой на": the one named reports.
    "outlet-citing-a-person": (
        "Певец умер в своём доме, о чём сообщила «Курьер.ру», ссылаясь на его сестру Анну Сомову.",
        [("indirect", "Певец умер в своём доме", "Анна Сомова")],
    ),
    # The source cited after "Как сообщила X," is no part of what X reports; a site's address is its name.
    "kak-with-a-cited-source": (
        "Как сообщил Курьер.ру, ссылаясь на собственные источники, утром министр был доставлен в больницу.",
        [("indirect", "утром министр был доставлен в больницу", "Курьер.ру")],
    ),
    # One question: an interview when the line before it says who comments, past a quoted subheading.
    "one-question-after-a-spoken-intro": (
        "Тур прокомментировал один из ветеранов тренерского цеха Валерий Сомин, много работавший за рубежом.\n"
        "«Неудача мотивирует «Торпедо»»\n"
        "— Какой игры ждёте от «Ротора»?\n"
        "— В вашем вопросе содержится часть ответа. Потеря лидеров очень ощутима.",
        [
            (
                "direct",
                "В вашем вопросе содержится часть ответа. Потеря лидеров очень ощутима",
                "Валерий Сомин",
            )
        ],
    ),
    # "Тот же постоянно повторял": the demonstrative subject past a particle and an adverb.
    "demonstrative-past-particle-and-adverb": (
        "Лех Мазур давно требовал от Ярослава Новицкого опубликовать запись. Тот же постоянно повторял, что "
        "речь шла о матери.",
        [("indirect", "речь шла о матери", "Ярослав Новицкий")],
    ),
    # "Другая обвиняет …": a pronoun adjective for a thing named before is no person.
    "pronoun-adjective-is-no-speaker": (
        "Блогер Лех Мазур выложил две записи. Одна из них утверждает, что министр болен. Другая обвиняет министра "
        "в том, что именно он начал скандал.",
        [
            ("indirect", "министр болен", "Лех Мазур"),
            ("indirect", "именно он начал скандал", "Лех Мазур"),
        ],
    ),
    # The coach of "подопечные X" is the "главный тренер" a later sentence speaks of, not the goalkeeper named since;
    # "Зварка" is read against "Зварок", which the text writes alone.
    "coach-of-his-players": (
        "Подопечные Олега Зварка забросили шесть шайб, позволив соперникам лишь раз огорчить голкипера Василия "
        "Рощина.\nПосле матча главный тренер команды заявил, что недочёты есть.\n«Приедем, обсудим», — сказал "
        "Зварок.",
        [
            ("indirect", "недочёты есть", "Олег Зварок"),
            ("direct", "Приедем, обсудим", "Олег Зварок"),
        ],
    ),
    # A link to another article inside an interview leaves its run of questions unbroken.
    "interview-past-a-related-link": (
        "Лыжник Павел Сомов дал интервью после гонки.\n"
        "— Как вы готовились к гонке?\n"
        "— Много тренировался на высоте. Это помогло.\n"
        "Также по теме\n"
        "Сомов завоевал бронзу на этапе Кубка мира\n"
        "Российский лыжник Павел Сомов стал третьим в гонке на 15 км...\n"
        "— А что вы скажете о трассе?\n"
        "— Трасса была очень тяжёлой, много подъёмов.",
        [
            ("direct", "Много тренировался на высоте. Это помогло", "Павел Сомов"),
            ("direct", "Трасса была очень тяжёлой, много подъёмов", "Павел Сомов"),
        ],
    ),
    # The answers of an interview with someone the text does not name are quotes still.
    "interview-of-someone-unnamed": (
        "«Мы выжили чудом»: история жительницы прифронтового села\n"
        "— Где вы живёте сейчас?\n"
        "— У знакомых в соседнем городе. Вернуться пока не можем.\n"
        "— Что стало с вашим домом?\n"
        "— Снаряд попал прямо в крышу, дом сгорел.",
        [
            ("direct", "Мы выжили чудом", "жительница прифронтового села"),
            ("direct", "У знакомых в соседнем городе. Вернуться пока не можем", "жительница прифронтового села"),
            ("direct", "Снаряд попал прямо в крышу, дом сгорел", "жительница прифронтового села"),
        ],
    ),
    # Lines broken by a page's links and an editor's note in brackets are one sentence.
    "quotation-broken-by-link-lines": (
        "Белова о гастролях\nПевица Анна Белова тогда написала в\nTwitter\nи\nFacebook\n: «Очень круто».\n"
        "«Мы не отказываемся от своих\nслов\n(про гастроли в Европе.\n— ред.\n)», — подчеркнула Белова.",
        [
            ("direct", "Очень круто", "Анна Белова"),
            (
                "direct",
                "Мы не отказываемся от своих\nслов\n(про гастроли в Европе.\n— ред.\n)",
                "Анна Белова",
            ),
        ],
    ),
}


SECTION = "Соревнования завершились победой Анны Беловой.\n{line}\nСпортсменка ответила на вопросы.\n{quote}"


@pytest.mark.parametrize(
    ("line", "quote"),
    [
        ("«Я так рада за неё»", "«Соперница — я так за неё рада! Она молодец», — заявила Белова."),
        ("«Периодически бегают…»", "«Эта категория в принципе периодически бегает», — добавила Белова."),
    ],
)
def test_quoted_subheading_paraphrasing_a_quote_below(line: str, quote: str) -> None:
    """A short quoted statement over a section is a quote of the one whose words below it says in other forms."""
    found = quotes_of(SECTION.format(line=line, quote=quote))
    assert found[0] == ("direct", line.strip("«»"), "Анна Белова")
    assert len(found) == 2


@pytest.mark.parametrize("line", ["«Летающее крыло»", "«Дорожная карта»"])
def test_quoted_section_name_is_no_quote(line: str) -> None:
    """A quoted name of a section says nothing, even when the quote below holds its words."""
    quote = f"«Мы построили {line.strip('«»').lower()}, это наше летающее крыло и дорожная карта», — заявила Белова."
    assert len(quotes_of(SECTION.format(line=line, quote=quote))) == 1


@pytest.mark.parametrize(("text", "expected"), list(EXAMPLES.values()), ids=list(EXAMPLES))
def test_attributions_past_asides(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each pattern gives the quotes and speakers the guidelines ask for."""
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы победим»: министр обороны Иван Петров на параде\nПарад прошёл.", "Иван Петров"),
        ("«Мы выжили чудом»: рассказ жительницы села\nСело восстановят.", "жительница села"),
    ],
)
def test_headline_quote_then_its_speaker(text: str, speaker: str) -> None:
    """A headline quotation, a colon and a title or people, then the name or the topic: they spoke."""
    assert [s for *_, s in quotes_of(text)][:1] == [speaker]


def test_headline_quote_then_a_topic_naming_someone() -> None:
    """A topic after the colon that names someone in passing ("допинг у Коротина") names no speaker."""
    text = "«Совпадение странных фактов»: реакция боксёров на допинг у Коротина\nБой отменён из-за допинга."
    assert quotes_of(text) == []


NOT_QUOTES = {
    # A subject with its apposition before a verb of writing is no content of it.
    "subject-and-apposition-before-the-verb": (
        "Елена Мясникова, основатель журнала и топ-менеджер холдинга, написала в МГУ диссертацию «Рамочная "
        "конструкция в нидерландском языке»."
    ),
    # An inserted attribution inside a noun phrase reports no clause.
    "inserted-attribution-in-a-noun-phrase": "Первый в России, как сказано в аннотации, профессиональный писатель.",
    # Exit polls are figures, no one speaking.
    "exit-polls": "По данным экзитполов, правящий блок лидирует с 32,5% голосов.",
    # A passive's subject before a colon is what was announced, not a speaker.
    "passive-before-colon": "Результаты были объявлены вчера: первое место занял Иван Петров, второе — Анна Ким.",
    # "Об этом" with a noun for a thing deep in an article: a topic, not what was said before.
    "ob-etom-with-a-thing": (
        "Министр культуры выступил на форуме.\nСтудия показала новые работы.\n"
        "В октябре студия выпустила короткий мультфильм о космосе. Об этом мультфильме написали многие издания."
    ),
    # A thing's "предполагать" is "to imply".
    "a-thing-implies": "Формат переговоров министров предполагает, что стороны обсудят торговлю.",
    # One question with no dash and a dash line after it is no interview.
    "one-undashed-question": "Мэр Артём Сизов приехал в село.\nЧто будет с дорогой?\n— Дорогу отремонтируют к осени.",
}


@pytest.mark.parametrize("text", list(NOT_QUOTES.values()), ids=list(NOT_QUOTES))
def test_no_quotes(text: str) -> None:
    """Topics and things that imply are no speakers."""
    assert quotes_of(text) == []


def test_outlet_told_after_the_place_that_speaks() -> None:
    """ "В пресс-службе X ТАСС рассказали": the outlet told is no subject of the plural verb; the place speaks."""
    found = quotes_of("Министр выступил.\nВ пресс-службе министерства ТАСС рассказали, что проект завершат к лету.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "проект завершат к лету")]
    assert found[0][2] is not None and found[0][2].startswith("пресс-служба")


def test_answering_verb_quotes_its_subject() -> None:
    """ "прокомментировал заявление X: «…»": the comment is the subject's, not X's."""
    found = quotes_of("Министр прокомментировал заявление коллеги Ивана Петрова: «Это ошибка».")
    assert [speaker for *_, speaker in found] != ["Иван Петров"]


def test_editor_note_broken_over_lines_is_no_attribution() -> None:
    """ "(…\\n— ред.\\n)": a note in brackets broken over lines names no speaker and opens no dash quote."""
    text = (
        "«Мы выделили деньги на разминирование и лёгкое оружие (стрелковое оружие.\n— ред.\n), в том числе в "
        "этом регионе», — говорится в документе ведомства."
    )
    found = quotes_of(text)
    assert all(speaker not in ("ред.", "ред") for *_, speaker in found)
    assert not any(quote.startswith("ред") for _, quote, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр обороны Болгарии Стоян Прозрев заявил, что армия готова.", "Стоян Прозрев"),
        ("Президент страны Румен Одолев заявил, что санкции вредны.", "Румен Одолев"),
    ],
)
def test_surname_read_only_as_a_gerund(text: str, name: str) -> None:
    """A surname-shaped word the dictionary reads only as a gerund is a surname after a title and a first name."""
    assert [p.name for p in find_persons(text)] == [name]


def test_a_minister_is_no_president() -> None:
    """A person the article titles only as a minister is not the president a later sentence speaks of."""
    found = quotes_of("Министр Иван Петров выступил на форуме. Президент США заявил, что пошлины вырастут.")
    assert [speaker for *_, speaker in found] == ["Президент США"]


def test_a_gerund_opening_a_sentence_is_no_name() -> None:
    """The same kind of word opening a sentence, with no first name before it, is no surname."""
    assert find_persons("Прозрев, он понял всё.") == ()


def test_words_reported_after_a_colon_inside_a_quotation() -> None:
    """A quotation opened after a colon inside another is reported speech of its own, though one mark closes both."""
    text = "«Спрашиваешь, что беспокоит, а в ответ: «Ничего. Спать хочу», — рассказала врач."
    found = [t for _, t, _ in quotes_of(text)]
    assert found == ["Спрашиваешь, что беспокоит, а в ответ: «Ничего. Спать хочу", "Ничего. Спать хочу"]
