"""Tests for kzaz_corpus.stages.names: normalising person names and finding them in text."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from kzaz_corpus.lexicon import names as _names_data
from kzaz_corpus.lexicon.tables import read_table
from kzaz_corpus.stages.names import PersonMention, find_persons, gender_of, looks_like_person, nominative
from tests.strategies_names import DeclinedName, declined_names, paradigm_names, sentences_with_names

# --- examples: nominative -------------------------------------------------

NOMINATIVE = {
    "hyphenated-first-name-dative": ("Касым-Жомарту Токаеву", "Касым-Жомарт Токаев"),
    # A first name alone, though shaped like the genitive of a surname in -ян.
    "lone-first-name-shaped-like-a-surname": ("Татьяна", "Татьяна"),
    "hyphenated-first-name-genitive": ("Касым-Жомарта Токаева", "Касым-Жомарт Токаев"),
    "hyphenated-first-name-nominative": ("Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),
    "table-woman-instrumental": ("Асель Нурлановой", "Асель Нурланова"),
    "indeclinable-woman": ("Назели Манукян", "Назели Манукян"),
    "armenian-man-genitive": ("Ашота Манукяна", "Ашот Манукян"),
    "instrumental-ov": ("Ильхамом Алиевым", "Ильхам Алиев"),
    "oglu-genitive": ("Ильхама Гейдар оглу Алиева", "Ильхам Гейдар оглу Алиев"),
    "oglu-nominative": ("Ильхам Гейдар оглу Алиев", "Ильхам Гейдар оглу Алиев"),
    "kyzy-dative": ("Лейле Ариф кызы Гасановой", "Лейла Ариф кызы Гасанова"),
    "table-man-genitive": ("Солтана Бекенова", "Солтан Бекенов"),
    "indeclinable-first-name-genitive": ("Али Серикбаева", "Али Серикбаев"),
    "two-first-names": ("Реджепа Тайипа Эрдогана", "Реджеп Тайип Эрдоган"),
    "genitive-ambiguity": ("Евгения Фридмана", "Евгений Фридман"),
    "female-nominative": ("Мария Петрова", "Мария Петрова"),
    "frequent-reading-wins": ("Вячеслава Лебедева", "Вячеслав Лебедев"),
    "initial-glued": ("И.Азимова", "И. Азимов"),
    "initial-spaced": ("Х. Каримов", "Х. Каримов"),
    "two-initials": ("А.Б. Петровым", "А. Б. Петров"),
    "capitals": ("СВЕТЛАНА МОРОЗОВА", "Светлана Морозова"),
    "photo-credit": ("Аманкула Сериккалиева", "Аманкул Сериккалиев"),
    "author-credit": ("Марии Соболевой", "Мария Соболева"),
    "enko": ("Анастасии Назаренко", "Анастасия Назаренко"),
    "shvili": ("Ираклия Квиташвили", "Ираклий Квиташвили"),
    "patronymic-man": ("Сергея Ивановича Петрова", "Сергей Иванович Петров"),
    "patronymic-woman": ("Анной Сергеевной Петровой", "Анна Сергеевна Петрова"),
    "sky-man": ("Игорем Зарецким", "Игорь Зарецкий"),
    "sky-woman": ("Марии Зарецкой", "Мария Зарецкая"),
    "consonant-surname-dative": ("Умиту Озтюрку", "Умит Озтюрк"),
    "consonant-surname-woman": ("Анны Фридман", "Анна Фридман"),
    "consonant-first-name-instrumental": ("Игорем Петровым", "Игорь Петров"),
    "vowel-surname": ("Таира Алескерли", "Таир Алескерли"),
    "woman-a-instrumental": ("Гульнарой Ахметовой", "Гульнара Ахметова"),
    "woman-consonant-name": ("Айгерим Сапаровой", "Айгерим Сапарова"),
    "nbsp": ("Анна\u00a0Петрова", "Анна Петрова"),
    "kazakh-surname-in-y-indeclinable": ("Бауыржану Айтбаты", "Бауыржан Айтбаты"),
    "uly-surname-genitive": ("Ерлана Серикулы", "Ерлан Серикулы"),
    "kyzy-surname-dative": ("Айжан Мараткызы", "Айжан Мараткызы"),
    "uzbek-woman-genitive": ("Нигоры Юсуповой", "Нигора Юсупова"),
    "tajik-woman-instrumental": ("Фарзоной Рахмоновой", "Фарзона Рахмонова"),
    "azerbaijani-woman-dative": ("Улькер Гасановой", "Улькер Гасанова"),
    "east-asian-soft-syllable-instrumental": ("Юн Сок Ёлем", "Юн Сок Ёль"),
    "east-asian-hard-syllable-dative": ("Ким Чен Ыну", "Ким Чен Ын"),
    "empty": ("", ""),
    "not-a-name": ("123", "123"),
}


@pytest.mark.parametrize(("name", "expected"), NOMINATIVE.values(), ids=NOMINATIVE.keys())
def test_nominative(name: str, expected: str) -> None:
    """Names in any case come back as nominative full names, in their own order."""
    assert nominative(name) == expected


GENDER = {
    "table-woman": ("Асель Нурлановой", "f"),
    "indeclinable-name-decides": ("Али Серикбаева", "m"),
    "indeclinable-surname": ("Назаренко", None),
    "genitive-ambiguity": ("Евгения Фридмана", "m"),
    "armenian-woman": ("Назели Манукян", "f"),
    "sky-woman": ("Зарецкая", "f"),
    "ov-man": ("Петров", "m"),
    "ova-surname-unknown-first-name": ("Айнагуль Сейтова", "f"),
    "ova-surname-outweighs-dictionary-gender": ("Бурулкан Сыдыкова", None),
    "foreign-words-that-do-not-tell": ("Саули Ниинистё", None),
    # the dictionary's indeclinable name, not the dative of a table name of the other gender ("Рена")
    "indeclinable-dictionary-name": ("Рене Нюберг", "m"),
}


@pytest.mark.parametrize(("name", "expected"), GENDER.values(), ids=GENDER.keys())
def test_gender_of(name: str, expected: str | None) -> None:
    """The gender comes from all words together, or is None when they do not tell."""
    assert gender_of(name) == expected


LOOKS = {
    "full-name": ("Анастасия Назаренко", True),
    "initial": ("А. Жумабаев", True),
    "subheading": ("Цифровой вектор", False),
    "organisation": ("Милли Меджлис", False),
    "one-word": ("Петров", False),
}


@pytest.mark.parametrize(("words", "expected"), LOOKS.values(), ids=LOOKS.keys())
def test_looks_like_person(words: str, expected: bool) -> None:
    """Two to four name-like words read as a person; titles and organisations do not."""
    assert looks_like_person(words) is expected


# --- examples: find_persons ------------------------------------------------


def marked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Read ``[...]`` marks out of *text*: return the clean text and the marked spans."""
    spans = []
    out = []
    pos = 0
    for m in regex.finditer(r"\[([^\]]*)\]", text):
        out.append(text[pos : m.start()])
        start = sum(map(len, out))
        out.append(m[1])
        spans.append((start, start + len(m[1])))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


FIND = {
    # A monk's name after a clergy title, then the surname he was born with in brackets: one name, in any case.
    "monk-name-with-surname-in-brackets": (
        "Службу вёл иеромонах [Герасим (Войцеховский)], встреча с митрополитом [Иларионом (Алфеевым)] прошла.",
        ["Герасим Войцеховский", "Иларион Алфеев"],
    ),
    # A first name alone before "из" and a place names an ordinary person; the place after "из" is no surname.
    "first-name-from-a-place": (
        "Так, [Алексей] из Кирова побывал на пяти матчах.",
        ["Алексей"],
    ),
    # One word opening its sentence, a plural noun before a plural verb, is the verb's object, no surname.
    "plural-noun-opening-before-a-plural-verb": (
        "Болельщиков перевозят в поездах. [Иванов] заявил, что всё хорошо.",
        ["Иванов"],
    ),
    # A first name alone after a noun of kin and the relative's name takes the relative's surname, in its gender.
    "first-name-after-a-noun-of-kin": (
        "Вдова офицера [Олега Громова] (погибшего в 2010 году) [Марина] рассказала о нём. Жена министра "
        "[Петра Литвиненко] [Анна] промолчала.",
        ["Олег Громов", "Марина Громова", "Петр Литвиненко", "Анна Литвиненко"],
    ),
    # A surname the dictionary reads only as a gerund is a name inside its sentence; opening one it is the gerund.
    "surname-read-only-as-a-gerund": (
        "Поборов страх, он вышел на поле. После матча [Смолов] заявил, что останется. «Да», — сказал [Смолов].",
        ["Смолов", "Смолов"],
    ),
    # A clergy title's see stands between the title and the one name it gives its holder.
    "one-name-after-a-title-and-its-see": (
        "Патриарх Московский и всея Руси [Кирилл] встретился с верующими. С митрополитом Казанским [Феофаном] "
        "он обсудил планы.",
        ["Кирилл", "Феофан"],
    ),
    # A name after an adverb of direction is a place's ("северо-восточнее Дейр эз-Зора"), no person.
    "place-after-a-direction": (
        "Самолёты вошли в пространство в 115 км северо-восточнее Дейр эз-Зора. Об этом рассказал [Иван Петров].",
        ["Иван Петров"],
    ),
    # The last of the places a plural settlement noun lists ("в провинциях Идлиб и Дейр эз-Зор") is a place's name.
    "place-listed-after-a-plural-site": (
        "Бои шли в провинциях Хомс и Дейр эз-Зор, в городах Пальмира и Абу Кемаль. Об этом рассказал [Иван Петров].",
        ["Иван Петров"],
    ),
    # A noun for a living being after a first name the dictionary does not know, before a verb that agrees with
    # one person, is the surname ("Эвандро Кузнец дал", "Гилмар Пастуха рассказал").
    "person-noun-surname-before-a-verb": (
        "«Мы сыграем в финале»: [Эвандро Кузнец] дал интервью RT\n\nТекст. Позже [Гилмар Пастуха] рассказал о планах.",
        ["Эвандро Кузнец", "Гилмар Пастуха"],
    ),
    # A title's owner in the genitive ("представитель Додона") is a form of the surname the text gives in full.
    "known-surname-after-a-title-in-the-genitive": (
        "Президент [Игорь Додон] встретился с послом. «Всё плохо», — отметил представитель [Додона].",
        ["Игорь Додон", "Игорь Додон"],
    ),
    # A plural noun shaped like a surname is no name: a label before its figure, a noun a plural relative clause
    # goes on, one opening a quotation before a plural verb; a headline's surname before its colon stays one.
    "plural-noun-shaped-like-a-surname": (
        "Просмотров: 190\nИностранцев, у которых нет визы, выслали.\n«Спортсменов отстраняют незаконно», — "
        "сказал [Иван Петров].\n[Песков]: в Кремле всё спокойно.",
        ["Иван Петров", "Песков"],
    ),
    # A surname the dictionary reads as a plural noun, after a headline's quotation and before a topic that opens
    # with a capital, is the one quoted, in the nominative.
    "headline-surname-before-capital-topic": (
        "«Мы готовы»: [Клопп] о «Ливерпуле»\n«Сезон начался»: [Гвардиола] о АПЛ",
        ["Клопп", "Гвардиола"],
    ),
    # A word read only as a thing in the genitive after a title before a quotation's verb is what the title is of.
    "genitive-thing-after-a-title-is-no-surname": (
        "«Мы победим», — заявила лидер Нацфронта.\n«Так и будет», — сказал тренер [Гончаренко].",
        ["Гончаренко"],
    ),
    # A word no table knows, alone, that is the first name of a full name the text gives (before or after it), is
    # that person: a story may name someone by the first name alone.
    "lone-first-name-of-a-full-name": (
        "[Гонсало] рос в бедной семье. Позже [Гонсало Фернандес] стал мэром. [Гонсало] в городе любят.",
        ["Гонсало Фернандес", "Гонсало Фернандес", "Гонсало Фернандес"],
    ),
    # A word the dictionary reads as a place is the surname after a first name before a headline's topic.
    "place-word-surname-before-a-headline-topic": (
        "«Пусть все покаются»: [Иоланда Чен] о допинговых скандалах\n\nТекст.",
        ["Иоланда Чен"],
    ),
    # One word read only as a surname in the locative right after "в" (past adjectives) is a town, no person; the
    # surname of a full name the text gives is the person still.
    "surname-shaped-town-after-v": (
        "Саммит прошёл в итальянской Таормине. [Иван Петров] выступил. В [Петрове] все уверены.",
        ["Иван Петров", "Иван Петров"],
    ),
    # A word that is also an abbreviation (``кон``: a stake, and an abbreviation in capitals) is a surname after a
    # first name.
    "word-that-is-also-an-abbreviation-as-a-surname": (
        "Днём ранее глава совета [Гэри Кон] заявил, что позиции нет.",
        ["Гэри Кон"],
    ),
    # An adjective agreeing with a place's name after it is a word of that name: "Власти" opening the sentence is no
    # first name, nor "Северной" a surname.
    "adjective-of-a-place-after-an-opening-word": (
        "Власти Северной Кореи утверждают, что практика отменена. Глава Южной Осетии [Анатолий Бибилов] согласился.",
        ["Анатолий Бибилов"],
    ),
    # A word the dictionary reads as a place ends a name as its surname after a first name that a quotation's verb
    # has before it as its subject.
    "place-word-surname-after-a-quotation-verb": (
        "«Мы готовы», — заявил [Хоакин Флорес].",
        ["Хоакин Флорес"],
    ),
    # A word of the dictionary read as a verb in the plural is no surname, whatever its ending ("-ули"), also opening
    # a headline.
    "plural-verb-opening-a-headline": (
        "Затянули волынку: почему страна готовится к референдуму\n\nРанее депутат [Иван Сомов] заявил об этом.",
        ["Иван Сомов"],
    ),
    # A surname in -ьи does not decline (Hungarian -ньи): alone it is the surname of the full name, not the genitive
    # of a name in -ья.
    "surname-in-soft-sign-and-i": (
        "Форвард [Ласло Мараньи] прибыл в Москву. [Мараньи] рассказал о планах.",
        ["Ласло Мараньи", "Ласло Мараньи"],
    ),
    # A French man's first name the dictionary gives only as a woman's ("Мартена") is a man's in the genitive when the
    # text writes his surname alone as a man's.
    "french-first-name-in-the-genitive": (
        "Выходки со стороны [Мартена Бельмонда] омрачили гонку. В итоге [Бельмонд] решил уйти.",
        ["Мартен Бельмонд", "Мартен Бельмонд"],
    ),
    # An Italian man's first name in -е does not decline: not the dative of a woman's name in -а.
    "italian-first-name-in-e": (
        "Сотрудник пресс-службы [Даниэле Бертолли] заявил, что всё в порядке. Встреча с [Микеле Ферранти] прошла.",
        ["Даниэле Бертолли", "Микеле Ферранти"],
    ),
    # Two words no dictionary knows as a name, set off by commas beside a noun for a person or after one of a group
    # of people, are a name; one of a group of things names no one.
    "name-set-off-beside-a-noun-for-a-person": (
        "[Вэнни Рилли], студентка колледжа, родилась в Турции. Один из участников протеста, [Иен Лоттерман], "
        "рассказал о встрече. Один из городов области, Нижний Тагил, вырос.",
        ["Вэнни Рилли", "Иен Лоттерман"],
    ),
    # A word no dictionary knows after a noun for a thing in the genitive names what the thing is of, though a verb
    # of a quotation comes before it.
    "body-after-a-genitive-after-a-quote-verb": (
        "«Мы ответим», — подчеркнул глава комитета Совфеда.",
        [],
    ),
    # A capitalised word of the dictionary right after an honorific is a surname ("морено" is a form of "морить").
    "word-of-the-dictionary-after-an-honorific": (
        "— Господин [Морено], это ваш дебют в ООН?",
        ["Морено"],
    ),
    # A word no dictionary knows before a place's name in the genitive names a body of that place, no person.
    "body-of-a-place-after-a-title": (
        "Он был командующим Нацгвардии Молдовы, а потом ушёл в отставку.",
        [],
    ),
    # A first name alone, set off by commas beside a noun for a person, is a name.
    "first-name-set-off-beside-a-noun-for-a-person": (
        "[Светлана], житель микрорайона, заявила, что свалку надо закрыть.",
        ["Светлана"],
    ),
    # A place in the genitive after a noun for a person is no part of the name after it; "гражданку" reads as a
    # thing first and as a person too.
    "place-after-a-noun-for-a-person": (
        "Суд оставил под стражей гражданку Израиля [Ривку Шамир]. [Шамир] подтвердила, что везла посылку.",
        ["Ривка Шамир", "Ривка Шамир"],
    ),
    # Straight quotes: a closing mark before a name and an opening one after it set off no name between them.
    "between-straight-quoted-names": (
        '"Мы рады", - сказал главный тренер "Арсенала" [Унаи Эмери]. Суарес, игравший за "Барселону", провел сезон в '
        "клубе.",
        ["Унаи Эмери"],
    ),
    # A full name in the instrumental is read against the same first name's full name in the nominative.
    "oblique-full-name-read-against-the-nominative": (
        "Проректор [Валерия Касамара] выступила. Корреспондент [Илья Жегулев] поговорил с [Валерией Касамарой].",
        ["Валерия Касамара", "Илья Жегулев", "Валерия Касамара"],
    ),
    # A surname the dictionary reads only as a possessive adjective ("Калинка's") is a surname.
    "possessive-shaped-surname": (
        "Как пояснил [Калинкин], рейды продолжатся. [Лисицын] с ним согласился.",
        ["Калинкин", "Лисицын"],
    ),
    # The one a citing verb cites is its object, not its subject: no rare woman's name "Дмитрия".
    "cited-object": ("«Мы готовы», — цитирует агентство [Дмитрия Медведева].", ["Дмитрий Медведев"]),
    "title-then-name": (
        "Президент [Касым-Жомарт Токаев] встретился с [Ильхамом Алиевым].",
        ["Касым-Жомарт Токаев", "Ильхам Алиев"],
    ),
    "oglu": ("Выступил [Ильхам Гейдар оглу Алиев].", ["Ильхам Гейдар оглу Алиев"]),
    "initials": ("Как сообщил [И.Рустамов], а затем [А. Жумабаев], план готов.", ["И. Рустамов", "А. Жумабаев"]),
    "bare-shaped-surname": ("[Айтжанов] отметил рост.", ["Айтжанов"]),
    "bare-surname-resolved": (
        "[Умит Озтюрк] выступил первым. По словам [Озтюрка], цены снизятся.",
        ["Умит Озтюрк", "Умит Озтюрк"],
    ),
    "bare-genitive-resolved": (
        "Визит [Ильхама Алиева] завершился. У [Алиева] были планы.",
        ["Ильхам Алиев", "Ильхам Алиев"],
    ),
    "capitals": ("[СВЕТЛАНА МОРОЗОВА]: Добрый вечер.", ["Светлана Морозова"]),
    "places-and-organisations": ("В Астане Милли Меджлис и Казахстан обсудили планы.", []),
    "sentence-initial-word": ("Сегодня Правительство утвердило план.", []),
    "adjective-surname-after-first-name": ("Об этом сказал [Игорь Ковальский].", ["Игорь Ковальский"]),
    "adjective-alone": ("В Талгарском районе открыли цех.", []),
    "quoted-organisation": ("Компания «Ахметов Групп» выросла.", []),
    "street-and-institution": ("На проспекте Абая и в университете имени Сатпаева открыли выставку.", []),
    "title-word-not-in-name": ("Хоким [Улугбек Каримов] открыл мост.", ["Улугбек Каримов"]),
    "organisation-before-name": ("Директор фирмы Тимур [Наталья Серова] выступила.", ["Наталья Серова"]),
    "unknown-word-before-name": ("Компания Кайнар [Айгерим Ким] наняла.", ["Айгерим Ким"]),
    "double-first-name-kept": ("Выступил [Мухаммад Али Джинна].", ["Мухаммад Али Джинна"]),
    "indeclinable-surname-nominative": ("Вчера [Дархан Айтбаты] выступил.", ["Дархан Айтбаты"]),
    "two-names-in-a-row": (
        "Лидеры [Касым-Жомарт Токаев] [Ильхам Алиев] подписали.",
        ["Касым-Жомарт Токаев", "Ильхам Алиев"],
    ),
    # One word before a verb it is the subject of: a surname the dictionary knows
    # as this nominative, or a patronymic-shaped nominative (never a person alone).
    "lone-dictionary-surname-before-verb": ("[Шушкевич] заявил о поддержке.", ["Шушкевич"]),
    "lone-patronymic-shaped-before-verb": ("Вчера [Лукашевич] предположил обратное.", ["Лукашевич"]),
    "lone-adjective-shaped-unknown-before-verb": ("Вечером [Тихоновецкая] заявила о победе.", ["Тихоновецкая"]),
    # Two people in a row: a first name and another word, then a first name and a surname.
    "two-names-first-name-and-word-then-name": (
        "Встречу провели [Мария Сандулеску] [Зинаида Гречко] и другие.",
        ["Мария Сандулеску", "Зинаида Гречко"],
    ),
    # A first name the dictionary knows as no surname stays a first name whatever its ending.
    "first-name-ending-like-a-surname": (
        "Лидеры [Олег Ротару] [Ирина Кожокару] приехали.",
        ["Олег Ротару", "Ирина Кожокару"],
    ),
    "adjective-before-its-noun-is-no-name": ("Тихоновецкий маршрут заработал.", []),
    # An oblique form before a verb is not its subject (``имени X получил Y``).
    "oblique-surname-before-verb-of-another": (
        "Премию имени Шушкевича получил [Арман Жумабаев].",
        ["Арман Жумабаев"],
    ),
    "lone-patronymic-without-verb": ("Документ подписан: Лукашевич, 2024.", []),
    # The generation a name carries declines with it and stays in the name, also where a later mention omits it.
    "generation-suffix": (
        "Слово взял [Гордон Уэллс-младший]. По словам [Уэллса], суд закончен.",
        ["Гордон Уэллс-младший", "Гордон Уэллс-младший"],
    ),
    "generation-suffix-oblique": ("Встреча с [Гордоном Уэллсом-старшим] прошла.", ["Гордон Уэллс-старший"]),
    # The suffix's ending tells a woman's generation, whatever the name tells.
    "generation-suffix-feminine": ("Слово взяла [Дженни Уэллс-младшая].", ["Дженни Уэллс-младшая"]),
    "generation-suffix-feminine-oblique": ("Встреча с [Дженни Уэллс-младшей] прошла.", ["Дженни Уэллс-младшая"]),
    # A surname written alone with a generation is another of the family than the full name before it, unless the
    # text gives that name with the generation.
    "generation-of-another-of-the-family": (
        "Поздравила сестра [Винус Уэллс]. Позже [Уэллс-младшая] объявила о помолвке.",
        ["Винус Уэллс", "Уэллс-младшая"],
    ),
    "generation-of-the-same-name": (
        "Выступил [Гордон Уэллс-младший]. Позже [Уэллс-младший] уехал.",
        ["Гордон Уэллс-младший", "Гордон Уэллс-младший"],
    ),
    "english-first-name-read-as-a-participle": ("Ранее [Серена Уэллс] заявляла о планах.", ["Серена Уэллс"]),
    # An English first name in -и does not decline: no genitive of a name in -а.
    "english-first-name-in-i": ("На слова министра [Джули Уэллс] ответили.", ["Джули Уэллс"]),
    # A noun for a person in an oblique case before a full name is its apposition, of its gender and case; one in
    # the nominative may own it, and a thing (``роману``) says nothing.
    "oblique-person-noun-before-a-full-name": (
        "Она пропустила вперёд украинку [Юлию Левченко].",
        ["Юлия Левченко"],
    ),
    "nominative-kin-before-an-owner": ("Пришла дочь [Ивана Петрова].", ["Иван Петров"]),
    "thing-before-a-name": ("Спектакль по роману [Ф.М. Достоевского].", ["Ф. М. Достоевский"]),
    # A surname alone, then a first name and a surname: the owner, then the holder of the title.
    "owner-then-holder": ("По данным пресс-секретаря Навального [Киры Ярмыш], дело закрыто.", ["Кира Ярмыш"]),
    "owner-then-holder-known-surname": ("По словам пресс-секретаря [Жапарова] [Аскара Алиева], всё спокойно.",
                                        ["Жапаров", "Аскар Алиев"]),
    "surname-first-with-patronymic": ("Выступил [Иванов Иван Иванович].", ["Иванов Иван Иванович"]),
    # A first name that may be read alone as another name's nominative (Хасана) is the known one's oblique form.
    "oblique-first-name-of-a-known-name": (
        "Выступил [Хасан Рухани]. Журналисты привели слова [Хасана Рухани].",
        ["Хасан Рухани", "Хасан Рухани"],
    ),
    # A regnal number belongs to the name; the title before it gives the case.
    "regnal-number": ("Визит короля [Карла III] завершился.", ["Карл III"]),
    "regnal-two-first-names": ("Папа [Иоанн Павел II] посетил Краков.", ["Иоанн Павел II"]),
    "regnal-after-a-title-of-two-words": ("Папа Римский [Бенедикт XVI] ушёл.", ["Бенедикт XVI"]),
    "roman-numeral-after-a-noun": ("Глава IV закона вступила в силу.", []),
    # A place in the genitive between a title and an unknown two-word name is no part of the name.
    "title-place-then-unknown-name": ("Мэр Дреммонда [Кейли Бартон] открыла мост.", ["Кейли Бартон"]),
    # A middle initial between a first name and a surname keeps one name.
    "middle-initial": ("Сценарист [Дэвид О. Расселл] пришёл.", ["Дэвид О. Расселл"]),
    "middle-initials-before-a-first-name-surname": ("Писатель [Джордж Р. Р. Мартин] приехал.", ["Джордж Р. Р. Мартин"]),
    "initial-after-a-surname-starts-a-name": ("Пришли [Петров] [А. Иванов] и другие.", ["Петров", "А. Иванов"]),
    # A plural adjective shaped like "Черных" before its noun is no surname.
    "adjective-in-yh-before-its-noun": ("Командование Вооружённых сил сообщило о потерях.", []),
    "pronoun-adjective-before-its-noun": ("Многих участников задержали.", []),
    "surname-in-yh-before-a-verb": ("[Черных] заявил о потерях.", ["Черных"]),
    "surname-in-yh-after-a-first-name": ("[Ольга Седых] выиграла забег.", ["Ольга Седых"]),
    # An Arabic name with its article after a first name; the article name alone is an organisation's.
    "arabic-article-name": ("Премьер [Хайдар аль-Джабури] объявил о победе.", ["Хайдар аль-Джабури"]),
    "arabic-article-name-dative": ("Слово дали [Салиму ас-Сабаху].", ["Салим ас-Сабах"]),
    "arabic-article-name-alone": ("Боевики аль-Харакат взяли город.", []),
    # A noun of kin names a relative by a first name alone, over genitive words between.
    "kin-over-a-genitive": ("В суде выступила дочь погибшей [Светлана].", ["Светлана"]),
    # A second first name that is also a place's name, inside a three-word name.
    "middle-name-that-is-a-place": ("Выступил тренер [Улоф Туре Сваннберг], бывший игрок.", ["Улоф Туре Сваннберг"]),
    # A compound title counts by its first part when its last is no title.
    "compound-title-first-part": (
        "Выступил тренер-консультант сборной [Улоф Туре Сваннберг].",
        ["Улоф Туре Сваннберг"],
    ),
    "kin-over-two-genitives": ("На вечер пришёл и сын покойного актёра [Иван].", ["Иван"]),
    # A place whose name is plural ends in -ов like a surname, but the dictionary knows it as a place.
    "plural-place-before-a-name": ("Посол Нидерландов [Хенк Ваутерс] выступил.", ["Хенк Ваутерс"]),
    # Capitalised plural adjectives and the plural noun they agree with name a place, not a person.
    "plural-adjective-and-noun": ("Посол Соединённых Штатов [Джон Миллер] вручил грамоты.", ["Джон Миллер"]),
    "plural-place-after-an-opening-word": ("Власти Объединённых Арабских Эмиратов ответили отказом.", []),
    "plural-adjective-before-a-capitalised-noun": ("Командующий Вооружённых Сил [Иван Сомов] ушёл.", ["Иван Сомов"]),
    # After a particle an ordinary word is the surname; "тер" is a particle too.
    "ordinary-word-after-a-particle": ("Выступил аналитик [Хенк ван дер Вир].", ["Хенк ван дер Вир"]),
    # A place that is also a rare first name, before a name of its own.
    "place-that-is-a-first-name": ("Посол Израиля [Ханс Миллер] вручил грамоты.", ["Ханс Миллер"]),
    # A surname in the genitive (a woman's form in the nominative) before a man's full name is someone else's.
    "genitive-surname-before-a-full-name": (
        "Пресс-секретарь Сомова [Дмитрий Волков] заявил.", ["Дмитрий Волков"],
    ),
    # A first name the tables lack and a Russian-shaped surname close a name: the two words after are another's.
    "speaker-then-listener": (
        "– Ходи пешком! – сказал [Ермаганбет Булекпаев] [Ералы Оспанову].",
        ["Ермаганбет Булекпаев", "Ералы Оспанов"],
    ),
    "particle-ter": ("Вратарь [Юрген тер Бекке] пропустил гол.", ["Юрген тер Бекке"]),
    # A surname of two letters that the dictionary reads as an abbreviation in small letters ("ан").
    "two-letter-surname": ("Чемпион [Виктор Ан] выступит, как и [Уэсли Со].", ["Виктор Ан", "Уэсли Со"]),
    "abbreviation-in-capitals-is-no-surname": ("Учёные АН заявили о прорыве.", []),
    # A surname written first where the text writes the name in its usual order elsewhere.
    "surname-first-after-the-usual-order": (
        "Певица [Жанна Веске] родила сына. Подруга [Веске Жанна] поздравила её.",
        ["Жанна Веске", "Жанна Веске"],
    ),
    # A preposition right before a name governs its case; it finds no name by itself ("из Антони", a town).
    "case-after-a-preposition": ("Суд принял иск от [Леха Бжезины] и его брата.", ["Лех Бжезина"]),
    # An organisation's original name in brackets between a title and the name.
    "title-then-latin-gloss": (
        "Как заявил глава «Союза фермеров» (Unión de Agricultores del Sur) [Эстебан Кордеро], урожай погиб.",
        ["Эстебан Кордеро"],
    ),
    # A name that begins the longer name the text introduced first is that name; one written first stays short.
    "second-surname-introduced-first": (
        "Кандидат [Хуан Ортега Салинас] проиграл. [Хуан Ортега] признал поражение.",
        ["Хуан Ортега Салинас", "Хуан Ортега Салинас"],
    ),
    "short-name-written-first": (
        "Кандидат [Хуан Ортега] проиграл. Лозунг гласил: «Голосуй за [Хуан Ортега Салинас]».",
        ["Хуан Ортега", "Хуан Ортега Салинас"],
    ),
    # A first name and a surname in the instrumental end before the next name: two people, not one.
    "instrumental-pair-then-subject": (
        "Канцлер [Ангела Меркель] прибыла. После встречи с генсеком [Йенсом Столтенбергом] [Меркель] дала понять, "
        "что готова.",
        ["Ангела Меркель", "Йенс Столтенберг", "Ангела Меркель"],
    ),
    # An adjective the dictionary does not know before a noun for a thing names a state, not a person.
    "unknown-adjective-and-thing": (
        "Президент [Николас Мадуро] выступил. Лидер Боливарианской Республики несёт ответственность за кризис.",
        ["Николас Мадуро"],
    ),
    # A surname the dictionary reads as a word ("тук"), in the genitive: the nominative the text writes elsewhere
    # ("Туку", "Тука") wins over the form as written, and its forms are found alone, not opening a sentence.
    "surname-read-by-its-forms-elsewhere": (
        "По мнению замминистра [Георгия Туки], мост нарушает нормы. «Это изоляция», — цитирует [Туку] издание. Сам "
        "[Тука] позже промолчал.",
        ["Георгий Тука", "Георгий Тука", "Георгий Тука"],
    ),
    # A man and a woman of one surname: the surname alone stands for the one its verb agrees with, and its two words
    # are one name ("Ле Пен"), not two people.
    "surname-shared-by-a-man-and-a-woman": (
        "Основатель партии [Жан-Мари Ле Пен] ушёл. Глава партии [Марин Ле Пен] выступила. Граждане не хотят, чтобы "
        "[Ле Пен] выдвигала свою кандидатуру.",
        ["Жан-Мари Ле Пен", "Марин Ле Пен", "Марин Ле Пен"],
    ),
    # Two unknown words, the second alone later with a verb that tells its gender: the pair is read in that gender.
    "pair-read-in-the-gender-of-the-surname-alone": (
        "«Книга готова», — признался телекомпании Franceinfo [Тьери Вержоль]. [Вержоль] выпустил три книги.",
        ["Тьери Вержоль", "Тьери Вержоль"],
    ),
    # A first name in no nominative after a noun for a thing is its owner, whatever verb follows.
    "oblique-first-name-owner-before-verb": (
        "Дневник [Ирины Залла] хранится в музее.",
        ["Ирина Залла"],
    ),
    # One word after a title in an oblique case, ending in a vowel of a name that does not decline, is a surname.
    "oblique-title-lone-foreign-surname": (
        "Встреча с президентом Гвинеи [Бамбаре] прошла вчера.",
        ["Бамбаре"],
    ),
    # One word after a capitalised noun for an institution names it, no person; after a lower-case one it is the
    # person who heads it.
    "word-naming-an-institution": (
        "Так считает доцент Университета Карпин в Омске [Ольга Ремизова], а ректор университета [Ремизов] молчит.",
        ["Ольга Ремизова", "Ремизов"],
    ),
    # An adjective-shaped surname alone before a headline's topic or interview: the preposition is no noun after it.
    "adjective-surname-before-headline-topic": (
        "«Всё решат выборы»: [Жириновский] о планах партии",
        ["Жириновский"],
    ),
    "adjective-surname-before-headline-interview": (
        "«Всё решат выборы»: [Жириновский] в интервью газете",
        ["Жириновский"],
    ),
    # A title's owner in the genitive before a first name the tables lack and a surname the dictionary knows.
    "owner-before-unknown-first-name-and-known-surname": (
        "Суд выслушал адвоката Фарнажа [Розеллы Тейлор].",
        ["Розелла Тейлор"],
    ),
}


@pytest.mark.parametrize(("text", "names"), FIND.values(), ids=FIND.keys())
def test_find_persons(text: str, names: list[str]) -> None:
    """Person mentions are found with their spans and nominative names; places and titles are not."""
    clean, spans = marked(text)
    found = find_persons(clean)
    assert [(m.start, m.end) for m in found] == spans
    assert [m.name for m in found] == names


def test_find_persons_reports_case_and_gender() -> None:
    """A mention carries the gender and the first case its form fits (here gent/datv/ablt/loct)."""
    (m,) = find_persons("Встреча с Асель Нурлановой прошла.")
    assert (m.surname, m.gender, m.case) == ("Нурланова", "f", "gent")


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        # The verb of a quote before a surname tells its gender, also where the sentence goes on with where it was
        # said; a woman's first name ending would not.
        ("По мнению депутата Манделы Барнса, всё плохо. «Это так», — подчеркнул Барнс в разговоре с RT.", "m"),
        ("По мнению депутата Манделы Барнс, всё плохо. «Это так», — подчеркнула Барнс журналистам.", "f"),
    ],
)
def test_quote_verb_before_a_surname_tells_its_gender(text: str, gender: str) -> None:
    """A lone surname after a quotation's verb is that verb's subject, of its gender."""
    assert find_persons(text)[-1].gender == gender


def test_find_persons_known_surnames() -> None:
    """Surnames known from elsewhere resolve bare mentions in a slice of the text."""
    text = "Итоги подвел Озтюрк."
    assert find_persons(text) == ()
    (m,) = find_persons(text, known_surnames=["Умит Озтюрк"])
    assert (text[m.start : m.end], m.name) == ("Озтюрк", "Умит Озтюрк")


def test_find_persons_slice_offsets_are_absolute() -> None:
    """Searching a slice reports offsets into the whole text."""
    text = "Первый абзац.\nЗаявил Сергей Петров."
    start = text.index("\n") + 1
    (m,) = find_persons(text, start)
    assert text[m.start : m.end] == "Сергей Петров"


# --- examples: data tables -------------------------------------------------


def test_first_names_table_shape() -> None:
    """Each first-name entry is one capitalised word (hyphens allowed) and a gender, listed once."""
    seen: set[str] = set()
    for fields in read_table("first_names.tsv"):
        assert len(fields) == 2, fields
        name, gender = fields
        assert regex.fullmatch(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*", name), name
        assert gender in ("m", "f"), fields
        assert name not in seen, name
        seen.add(name)


def test_endings_table_shape() -> None:
    """Each ending row has eight well-formed fields."""
    rows = list(read_table("name_endings.tsv"))
    assert rows
    for fields in rows:
        assert len(fields) == 8, fields
        role, gender, ending, nom, cases, after, weight, shape = fields
        assert role in ("given", "patronymic", "surname"), fields
        assert gender in ("m", "f", "-"), fields
        assert regex.fullmatch(r"-|\p{Ll}+", ending) and regex.fullmatch(r"-|\p{Ll}+", nom), fields
        assert cases == "*" or set(cases.split(",")) <= set(_names_data.CASES), fields
        assert after in ("C", "V", "-") or regex.fullmatch(r"\p{Ll}+", after), fields
        assert 0 < float(weight) <= 3 and shape in ("0", "1"), fields


def test_stopwords_table_shape() -> None:
    """Stop words are single lower-case words."""
    for fields in read_table("name_stopwords.tsv"):
        assert len(fields) == 1 and regex.fullmatch(r"\p{Ll}+", fields[0]), fields


# --- properties ------------------------------------------------------------


@given(st.text())
@example("«" * 1000)
@example("А." * 500)
def test_never_raises(text: str) -> None:
    """No string makes the name functions raise."""
    nominative(text)
    gender_of(text)
    looks_like_person(text)
    find_persons(text)


@given(st.one_of(st.text(), declined_names().map(lambda n: n.text)))
@example("Евгения Фридмана")
@example("Токаева")
@example("Евгения Петрова")
def test_nominative_is_idempotent(name: str) -> None:
    """Normalising a normalised name changes nothing."""
    once = nominative(name)
    assert nominative(once) == once


@given(declined_names())
def test_nominative_recovers_declined_names(name: DeclinedName) -> None:
    """A name declined into any case by an independent decliner comes back in the nominative."""
    assert nominative(name.text) == name.nominative
    assert gender_of(name.text) == name.gender


@given(sentences_with_names())
def test_find_persons_finds_generated_names(item: tuple[str, DeclinedName]) -> None:
    """A name put in a sentence is found with its span, nominative, gender and case."""
    text, name = item
    found = find_persons(text)
    assert [(text[m.start : m.end], m.name, m.gender) for m in found] == [(name.text, name.nominative, name.gender)]
    assert found[0].case in name.cases


@given(st.text(alphabet=st.sampled_from("АБВаб Иванов.-«»\n\u00a0оглу"), max_size=200), st.integers(0, 50))
def test_find_persons_spans(text: str, start: int) -> None:
    """Mentions lie inside the searched slice, sorted, non-overlapping, each slicing to a name."""
    found = find_persons(text, start)
    last = min(start, len(text))
    for m in found:
        assert isinstance(m, PersonMention)
        assert last <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        assert m.name
        last = m.end


# --- news in several agency styles: every mention, resolved -----------------

# id: (text, [(surface, name), ...])
NEWS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "energy-kz-dative": (
        "Министр энергетики Алмасадам Саткалиев рассказал о планах. Вопрос задали и Саткалиеву.",
        [("Алмасадам Саткалиев", "Алмасадам Саткалиев"), ("Саткалиеву", "Алмасадам Саткалиев")],
    ),
    "diplomacy-az-ru": (
        "Глава МИД Азербайджана Джейхун Байрамов провел переговоры с Сергеем Лавровым.",
        [("Джейхун Байрамов", "Джейхун Байрамов"), ("Сергеем Лавровым", "Сергей Лавров")],
    ),
    "initial-resolves-to-full-name": (
        "Как сообщил Арман Жумабаев, работы завершены. По словам А. Жумабаева, сроки сдвинулись.",
        [("Арман Жумабаев", "Арман Жумабаев"), ("А. Жумабаева", "Арман Жумабаев")],
    ),
    "misspelt-georgian-surname": (
        "Премьер Ираклий Маргвелашвили посетил Батуми. Позже Маргвелашивили заявил о новом проекте.",
        [("Ираклий Маргвелашвили", "Ираклий Маргвелашвили"), ("Маргвелашивили", "Ираклий Маргвелашвили")],
    ),
    "adjective-before-noun-uz": (
        "Транскаспийский маршрут становится популярнее, отметил Шавкат Мирзиёев.",
        [("Шавкат Мирзиёев", "Шавкат Мирзиёев")],
    ),
    "adjective-known-surname-before-noun": (
        "Об этом сообщил Ерлан Жаркентский. Жаркентский район расширят.",
        [("Ерлан Жаркентский", "Ерлан Жаркентский")],
    ),
    "sport-bare-surname": (
        "Тренер сборной Станислав Черчесов назвал состав. Черчесов доволен игрой.",
        [("Станислав Черчесов", "Станислав Черчесов"), ("Черчесов", "Станислав Черчесов")],
    ),
    "region-kz-female-instrumental": (
        "Аким области Ерлан Карин встретился с Гульнарой Сеитовой.",
        [("Ерлан Карин", "Ерлан Карин"), ("Гульнарой Сеитовой", "Гульнара Сеитова")],
    ),
    "uz-agency-latin-word": (
        "Заместитель министра Нодирбек Турсунов сообщил Kun.uz, что проект одобрен.",
        [("Нодирбек Турсунов", "Нодирбек Турсунов")],
    ),
    "adjective-opening-sentence": (
        "Южнокорейская компания подписала соглашение, сообщила Айгерим Тажибаева.",
        [("Айгерим Тажибаева", "Айгерим Тажибаева")],
    ),
    "georgian-genitive": (
        "Президент Ильхам Алиев принял Ираклия Кобахидзе.",
        [("Ильхам Алиев", "Ильхам Алиев"), ("Ираклия Кобахидзе", "Ираклий Кобахидзе")],
    ),
    # The word after a territorial unit is the unit's name, not a first word of the name after it.
    "unit-name-before-name": (
        "Прокурор округа Кинг Эндрю Соммерс заявил, что дело передано в суд.",
        [("Эндрю Соммерс", "Эндрю Соммерс")],
    ),
    "unit-noun-before-given-name": (
        "Глава района Тимур Оспанов открыл школу.",
        [("Тимур Оспанов", "Тимур Оспанов")],
    ),
    # An outlet's Latin name inside the title phrase: the title still gives the name its case.
    "latin-outlet-in-title": (
        "Выделяется комментарий издателя еженедельника Die Woche Тео Вангера. Вангер предлагает рецепт.",
        [("Тео Вангера", "Тео Вангер"), ("Вангер", "Тео Вангер")],
    ),
    # Two words the tables lack are a name when the second stands alone elsewhere; not after "в" (a place).
    "unknown-pair-surname-repeated": (
        "Вчера Дрейвен Кольтрекс в наручниках доставлен в суд. Адвокат Кольтрекса промолчал.",
        [("Дрейвен Кольтрекс", "Дрейвен Кольтрекс"), ("Кольтрекса", "Дрейвен Кольтрекс")],
    ),
    "unknown-pair-place-repeated": (
        "Открылась фабрика Нури Зарвашан. Президент побывал в Зарвашане.",
        [],
    ),
    # Initials and a surname, then a first name: two names (the owner of a title, in the genitive, and its holder).
    "initials-owner-then-full-name": (
        "Рассказал сотрудник музея А. С. Пушкина Вадим Милов.",
        [("А. С. Пушкина", "А. С. Пушкина"), ("Вадим Милов", "Вадим Милов")],
    ),
    # A word the dictionary guesses to be a surname, the subject of a speech verb, is one; an organisation is not.
    "guessed-surname-before-a-speech-verb": (
        "В то же время Кройцман признаёт, что ситуация изменится. Роскомнадзор заявил, что сайт закроют.",
        [("Кройцман", "Кройцман")],
    ),
    # A name an organisation is named after is no person of the text.
    "dedication-in-an-organisation-name": (
        "Выступил декан института им. А.С. Пушкина Андрей Щербаков, а школа имени Абая закрылась.",
        [("Андрей Щербаков", "Андрей Щербаков")],
    ),
    "short-word-no-typo-match": (
        "Глава Минфина Ерлан Карин выступил. Карнн не пришел.",
        [("Ерлан Карин", "Ерлан Карин")],
    ),
    # A name right after a document's noun is its owner, in the genitive; an impersonal verb after it has no
    # subject.
    "owner-of-a-statement": (
        "В заявлении Шона Ковальского говорится, что сделка отменена.",
        [("Шона Ковальского", "Шон Ковальский")],
    ),
    "owner-of-a-statement-past-a-title": (
        "Так, в заявлении помощника прокурора Тома Мельника отмечается, что дело закрыто.",
        [("Тома Мельника", "Том Мельник")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), NEWS.values(), ids=NEWS.keys())
def test_find_persons_in_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[m.start : m.end], m.name) for m in find_persons(text)] == expected


# --- paradigms and context ---------------------------------------------------

PARADIGM_TABLE = {
    "georgian-ia-nominative": ("Гиорги Квашилия", "Гиорги Квашилия"),
    "georgian-ia-instrumental": ("Гиорги Квашилией", "Гиорги Квашилия"),
    "georgian-ava-woman-genitive": ("Натии Кварцхавы", "Натия Кварцхава"),
    "georgian-ava-woman-nominative": ("Натия Кварцхава", "Натия Кварцхава"),
    "georgian-ua-fixed": ("Гелой Мебуа", "Гела Мебуа"),
    "armenian-man-instrumental": ("Тиграном Сарксяном", "Тигран Сарксян"),
    "armenian-woman-fixed": ("Анаит Сарксян", "Анаит Сарксян"),
    "azerbaijani-kyzy": ("Севиндж Ариф кызы Мамедовой", "Севиндж Ариф кызы Мамедова"),
    "kazakh-ai-genitive": ("Нурдаулета Жолыбая", "Нурдаулет Жолыбай"),
    "kazakh-uly-fixed": ("Ерболу Серикулы", "Ербол Серикулы"),
    "lithuanian-man-genitive": ("Андриуса Жемайтиса", "Андриус Жемайтис"),
    "lithuanian-woman-fixed": ("Ингриды Жемайтите", "Ингрида Жемайтите"),
    "moldovan-first-fixed": ("Думитру Лупану", "Думитру Лупан"),
    "adjectival-man-genitive": ("Андрея Крутого", "Андрей Крутой"),
    "adjectival-man-nominative": ("Андрей Крутой", "Андрей Крутой"),
    "adjectival-woman-accusative": ("Анну Крутую", "Анна Крутая"),
    "woman-not-read-as-man": ("Дина Жанасова", "Дина Жанасова"),
    "ukrainian-enko": ("Олегу Кравченко", "Олег Кравченко"),
}


@pytest.mark.parametrize(("name", "expected"), PARADIGM_TABLE.values(), ids=PARADIGM_TABLE.keys())
def test_paradigm_table(name: str, expected: str) -> None:
    """Names of each paradigm come back in the nominative."""
    assert nominative(name) == expected


@given(paradigm_names())
def test_paradigm_names_recover_nominative(item: tuple[str, DeclinedName]) -> None:
    """A name of any paradigm, declined into any case, comes back in the nominative."""
    _, name = item
    assert nominative(name.text) == name.nominative


CONTEXT_TABLE = {
    # a verb agreeing in gender picks the reading; the pair is a name by context alone
    "feminine-verb": ("Натия Кварцхава заявила, что курс стабилен.", [("Натия Кварцхава", "f")]),
    "masculine-verb-unknown-pair": ("Гела Мебуа заявил, что переговоры продолжатся.", [("Гела Мебуа", "m")]),
    "verb-after-adverb": ("Дина Жанасова также отметила, что цены растут.", [("Дина Жанасова", "f")]),
    # a title before the name gives its case
    "title-nominative": (
        "Эти цифры огласил министр транспорта Молдовы Думитру Гырлянска на брифинге.",
        [("Думитру Гырлянска", "m")],
    ),
    "outlet-not-glued": ("— сказала Надежда Жанасова БелТА.", [("Надежда Жанасова", "f")]),
    # an active participle after the name, past an adverb, agrees with it as a verb would
    "participle-after-adverb": (
        "Спорить решил и Икер Мендилас, недавно перешедший в «Порту».",
        [("Икер Мендилас", "m")],
    ),
    # an abbreviation that ends a person noun's phrase is no part of the first name after it
    "first-name-after-titled-abbreviation": (
        "Студентка третьего курса КазГУ Айгерим рассказала, что общежитие переполнено.",
        [("Айгерим", "f")],
    ),
    # a noun for a person in the nominative before two words that end in a consonant: its apposition, no owner
    "nominative-noun-then-consonant-pair": ("Судить будет канадка Кэрол Ричардс.", [("Кэрол Ричардс", "f")]),
    # an apostrophe inside a surname keeps it Cyrillic
    "apostrophe-surname": ("Об этом сказал баскетболист Шакил О'Нил.", [("Шакил О'Нил", "m")]),
    # a word of the dictionary after a title opens the name before a surname the dictionary knows
    "titled-pair-dictionary-surname": ("Об этом заявил адвокат Пирс Гарднер.", [("Пирс Гарднер", "m")]),
    # a man's surname in -а declines like a feminine noun: its genitive in -ы is no Kazakh -ы that never declines
    "masculine-a-surname-genitive": ("По мнению Яцека Мазуры, это ошибка.", [("Яцек Мазура", "m")]),
    # a Moldovan first name the dictionary reads as a woman's name in the genitive plural
    "moldovan-first-misread": ("Михай Попа сказал, что", [("Михай Попа", "m")]),
    "organisation-before-name": ("Председатель Нацбанка Натия Кварцхава заявила, что", [("Натия Кварцхава", "f")]),
    "genitive-owner-and-speaker": (
        "пресс-секретарь Нурлана Сапарова Аскар Бекенов сообщил, что",
        [("Нурлан Сапаров", "m"), ("Аскар Бекенов", "m")],
    ),
    "place-pair-is-no-name": ("Рабочая Группа заявила, что", []),
    # a genitive title after a noun for a person: the name may stand for that noun, in the nominative
    "title-genitive-after-a-person-noun": (
        "Об этом сообщила мать спортсменки Даниела Липницкая.",
        [("Даниела Липницкая", "f")],
    ),
    # a first name and a Russian-shaped surname close a name: two more words are another's (a line of tags)
    "tag-line-two-names": ("Ирина Волкова Жозепа Борреля", [("Ирина Волкова", "f")]),
    "three-word-name-kept": ("Габриэль Гарсиа Маркес написал роман.", [("Габриэль Гарсиа Маркес", "m")]),
    # one name after a title of clergy or a monarch, in the title's case
    "one-name-after-title": ("Встреча с патриархом Кириллом прошла.", [("Кирилл", "m")]),
    "roman-pontiff": ("Папа Римский Франциск выступил.", [("Франциск", "m")]),
    # a masculine verb makes a man of a name with no woman's ending, whatever the dictionary gives its first name
    "masculine-verb-keeps-a-womans-ending": ("Министр Ольга Соколова заявил, что.", [("Ольга Соколова", "f")]),
    "french-first-name-of-a-man": ("Президент Эммануэль Дюпон в интервью высказался.", [("Эммануэль Дюпон", "m")]),
    "masculine-verb-after-a-name-of-either-sex": ("Эммануэль Дюпон заявил, что всё.", [("Эммануэль Дюпон", "m")]),
    # a short word in capitals is an abbreviation, whatever its ending; after a first name, a surname
    "abbreviation-with-a-surname-ending": ("По информации регионального УФСИН, побег раскрыт.", []),
    "capitals-surname-after-a-first-name": ("Материал подготовила Анна НИМ.", [("Анна Ним", "f")]),
    # one name that is also a word, after a person's title it agrees with: a stage name
    "stage-name-after-title": ("Об этом рассказала певица Мадонна.", [("Мадонна", "f")]),
    "stage-name-instrumental": ("Встреча с певицей Мадонной прошла.", [("Мадонна", "f")]),
    # a short word the dictionary knows, inside a sentence, before a name it does not know: an East Asian family name
    "clan-name-before-given-name": ("Председатель КНР Си Цзиньпин выступил.", [("Си Цзиньпин", "m")]),
    "clan-name-genitive": ("По словам Си Цзиньпина, встреча прошла.", [("Си Цзиньпин", None)]),
    # a three-syllable East Asian name declines on its last syllable only
    "east-asian-name-instrumental": ("Встреча с Ким Чен Ыном прошла.", [("Ким Чен Ын", "m")]),
    "east-asian-name-genitive": ("По оценке представителя Мун Сан Гюна, всё спокойно.", [("Мун Сан Гюн", "m")]),
    # three short capitalised words are one name, whatever the dictionary makes of each word
    "east-asian-name-of-dictionary-words": ("Вчера Ким Ир Сен выступил.", [("Ким Ир Сен", "m")]),
    "east-asian-name-after-a-place": ("Лидер Южной Кореи Юн Сок Ёль выступил.", [("Юн Сок Ёль", "m")]),
    "east-asian-name-genitive-dictionary-word": ("Слова Ким Ир Сена помнят.", [("Ким Ир Сен", "m")]),
    # a word the dictionary knows, in the nominative, opens a name after a title; not the title's own genitive
    "dictionary-word-first-name-after-a-title": ("Выступил министр финансов Таро Кимото.", [("Таро Кимото", None)]),
    "title-genitive-before-a-name": ("Представитель Кремля Дмитрий Песков заявил, что", [("Дмитрий Песков", "m")]),
    # a postposed verb before a title and a name gives the name its gender
    "postposed-verb-before-a-title": ("Доказательств нет, заявила официальный представитель ведомства Хезер Нойер.",
                                      [("Хезер Нойер", "f")]),
    "verb-gender-over-a-surname-ending": ("Китайская актриса Фань Бинбин согласилась на штраф.",
                                          [("Фань Бинбин", "f")]),
    "east-asian-name-opening-with-four-letters": ("Встреча с Хван Чжан Епом прошла.", [("Хван Чжан Еп", "m")]),
    # two short syllables are a name after a person's title or before a verb
    "two-syllable-name-after-a-title": ("Писала выпускница факультета Ма Лин и её команда.", [("Ма Лин", None)]),
    "two-syllable-name-before-a-verb": ("Вчера Ли Пэн заявил, что рад.", [("Ли Пэн", "m")]),
    "east-asian-name-of-four-syllables": ("Вчера Аун Сан Су Чжи заявила, что рада.", [("Аун Сан Су Чжи", "f")]),
    # the verb of a quotation before a name that ends the sentence has it for its subject, in the nominative
    "indeclinable-name-after-a-quotation-verb": ("«Мы готовы», — сказал Криштиану Роналду.",
                                                 [("Криштиану Роналду", "m")]),
    "name-after-a-quotation-verb-and-its-object": ("«Посмотрим», — сказал журналистам Реджеп Эрдоган.",
                                                  [("Реджеп Эрдоган", "m")]),
    "short-word-opening-a-sentence-is-no-clan-name": ("Бой Джукембаева был долгим.", [("Джукембаева", "f")]),
    "genitive-after-title-is-no-stage-name": ("Председатель Банка России выступил.", []),
    "adjective-after-title-is-no-stage-name": ("Выступил патриарх Московский и всея Руси.", []),
    # a short name in guillemets with no verb is a thing's (a ship, a prize), not a person
    "ship-name-in-guillemets": ("Рабочие на палубе авианосца «Джеральд Р. Форд» трудились.", []),
    "party-name-in-straight-quotes": ('Голоса распределились так: "Батькивщина" - 4, "Голос" - 2.', []),
    # a name at the start of a quotation with a verb is a person's, whole
    "name-opening-a-quotation": ("«Иван Петров сказал нам правду», — заявил Олег Сидоров.",
                                 [("Иван Петров", "m"), ("Олег Сидоров", "m")]),
    # a surname that is also a town's name, right after a first name
    "town-surname-after-first-name": ("— отметил военный эксперт Василий Кашин.", [("Василий Кашин", "m")]),
    # a plural noun in an oblique case before a name has it for its owner, in the genitive: no locative "Конт"
    "indeclinable-name-woman-by-verb": ("Рене Зеллвегер заявила, что фильм удался.", [("Рене Зеллвегер", "f")]),
    "owner-after-oblique-plural": (
        "Матч закончился поражением подопечных Антонио Конте.",
        [("Антонио Конте", "m")],
    ),
    # a pair that ends its sentence right after a finite verb (or its infinitive) is its subject
    "postposed-subject": ("С ним поспорил Икер Касильяс.", [("Икер Касильяс", "m")]),
    "postposed-subject-after-an-infinitive": ("С ним решила поспорить Айгерим Жапсарбаева.",
                                              [("Айгерим Жапсарбаева", "f")]),
    # a verb of the other gender than the first name after a genitive title has another subject
    "genitive-title-verb-of-another-subject": (
        "Встреча президента и главы ФИФА Джанни Инфантино стала первой.",
        [("Джанни Инфантино", "m")],
    ),
    # a surname then a first name (a signature, a list) is the name in its usual order
    "surname-then-first-name": ("— Рябинский Андрей (@ryabinskiy)", [("Андрей Рябинский", "m")]),
    # a name between a title and a full name is the title's owner, in the genitive
    "owner-between-title-and-holder": (
        "— заявил защитник Алёхиной Александр Подрабинёк.",
        [("Алёхина", "f"), ("Александр Подрабинёк", "m")],
    ),
    # a word in capitals after a title is an abbreviation, no one-word name
    "abbreviation-after-a-title": ("Президент ФИФА отметил, что всё готово.", []),
    # an abbreviation of the dictionary written in title case after a first name ends the name
    "abbreviation-in-title-case-ends-a-name": (
        "Генсек Хасан Али Мид считает, что всё готово.",
        [("Хасан Али Мид", "m")],
    ),
    # a place's name after a title and a first name is the surname before a verb of one person
    "place-name-as-a-surname": ("Министр юстиции Эйко Рейн заявил, что всё готово.", [("Эйко Рейн", "m")]),
    # a surname that is also the genitive plural of a place's name with a singular ("Уралов": of the Urals)
    "surname-shaped-plural-of-a-place": ("— уточнил депутат Уралов.", [("Уралов", "m")]),
    # ... but a place with no singular stays a place
    "plural-only-place": ("— уточнил посол Нидерландов.", []),
    # ... and after a lone first name, before a verb that agrees with it in gender
    "place-name-as-a-surname-before-an-agreeing-verb": ("Тереза Лима заявила, что всё готово.", [("Тереза Лима", "f")]),
    "place-name-after-a-first-name-before-a-verb-of-the-other-gender": ("Иван Лима заявила, что всё готово.", []),
    # an account's name with a capital inside a word is no name
    "camel-case-account": ("— Senate IntelDems (@IntelDems)", []),
    # after a title, a word the dictionary does not know as a first name opens a name that a word of the dictionary
    # closes
    "unknown-first-name-then-dictionary-word-after-a-title": (
        "Помощник министра Тахсин Бегу предложил отложить реформу.",
        [("Тахсин Бегу", "m")],
    ),
    # ... or a place's name that ends the clause
    "place-name-as-a-surname-ending-a-clause": ("Так считает министр Хавьер Лима.", [("Хавьер Лима", "m")]),
    # a plural title that a noun owns is part of the organisation's name: no title of the name after it
    "plural-title-owned-by-a-noun": (
        "Так полагает председатель союза юристов Тахсин Кортес.",
        [("Тахсин Кортес", "m")],
    ),
    # a first name that is also a word agrees with the noun for a person before it, in any case
    "dictionary-first-name-in-the-case-of-its-person-noun": (
        "Переговоры с бельгийцем Батистом Дюкло прошли успешно.",
        [("Батист Дюкло", "m")],
    ),
    # a particle between two capitalised words makes a name of them
    # a word of the dictionary and a name's word that end a sentence right after a quotation's verb are a name in
    # the nominative, of the verb's gender
    "dictionary-first-name-after-a-quotation-verb": (
        "«Пора менять правила», — написала Виола Хоббс.",
        [("Виола Хоббс", "f")],
    ),
    # a place glued before a name is no part of it: in the genitive after a preposition, or after an adjective
    # that agrees with it; nor a known surname read only in an oblique case after a person's noun (the owner)
    "place-in-the-genitive-before-a-name": (
        "Художник из Милана Гульельмо Бенетти призывает соотечественников.",
        [("Гульельмо Бенетти", None)],
    ),
    "place-after-its-adjective-before-a-name": (
        "Вопрос задал сенатор от штата Северная Каролина Трент Мэддокс, выступая в сенате.",
        [("Трент Мэддокс", "m")],
    ),
    "oblique-known-surname-before-a-name": (
        "Коллега Маккейна Дэлтон Фриск подчеркнул в заявлении.",
        [("Дэлтон Фриск", "m")],
    ),
    # a place's name after a title and a first name is the surname before a preposition too
    "place-name-as-a-surname-before-a-preposition": (
        "Директор бюро Тимоти Лима в ходе визита посетил завод.",
        [("Тимоти Лима", "m")],
    ),
    # two first names in an oblique case open one name: no nominative gender tells them apart
    "two-oblique-first-names-one-name": (
        "Слова её министра Мехмета Тайипа Озтюрка прозвучали резко.",
        [("Мехмет Тайип Озтюрк", "m")],
    ),
    # a word in title case that the dictionary reads as no name (nor an organisation or a place) opens a name
    # after a title, before a surname it does not know; an organisation in capitals does not
    "dictionary-word-in-title-case-opens-a-titled-name": (
        "Британский журналист Род Кэмпбелл анализирует вбросы.",
        [("Род Кэмпбелл", "m")],
    ),
    "organisation-in-capitals-before-a-titled-name": (
        "Представитель ОБСЕ Мерита Хадзич сообщила, что всё спокойно.",
        [("Мерита Хадзич", "f")],
    ),
    # surnames in -ью and in -еи after a consonant do not decline
    "portuguese-surname-in-yu": ("Команду тренирует Жоау Бентинью.", [("Жоау Бентинью", None)]),
    "surname-in-ei": ("Заявление Али Парвинеи запомнилось.", [("Али Парвинеи", "m")]),
    # a full name whose first name tells no gender is read against the same first name's full name elsewhere
    "full-name-read-against-its-nominative": (
        "Мэром назначен Зелимхи Абреков. Что касается Зелимхи Абрекова, я с ним разговаривал.",
        [("Зелимхи Абреков", "m"), ("Зелимхи Абреков", "m")],
    ),
    "dictionary-first-name-before-a-particle": (
        "Ранее Карел ван Донк заявил, что всё готово.",
        [("Карел ван Донк", "m")],
    ),
    # a title phrase set off by commas between an unknown pair and its verb leaves the pair a name
    "unknown-pair-before-an-apposition-and-a-verb": (
        "Лот продан. Тийс Мелкерт, директор городского музея, сказал, что всё в порядке.",
        [("Тийс Мелкерт", "m")],
    ),
    # a title-case word the dictionary reads only as an abbreviation opens a titled name ("Мак", not "МАК")
    "abbreviation-reading-of-a-title-case-word": (
        "Представитель президента Мак Сингх сообщил, что всё спокойно.",
        [("Мак Сингх", "m")],
    ),
    # a surname read apart from its first name after "имени" is an organisation's name
    "dedication-with-a-first-name": ("Концерт пройдёт во Дворце имени Степана Курбатова в центре.", []),
    "dedication-spares-a-full-name-after-it": (
        "Лауреат премии имени Степана Курбатова Иван Серов заявил, что рад.",
        [("Иван Серов", "m")],
    ),
    # a noun for a living being in title case after a first name the dictionary does not know, a title before them,
    # is its surname
    "person-noun-surname-after-an-unknown-first-name": (
        "Итальянский голкипер Джанкарло Кузнец (Торино) признан лучшим игроком.",
        [("Джанкарло Кузнец", None)],
    ),
    # the original spelling in brackets tells the nominative of a surname in -а: a genitive of one in a consonant
    "latin-gloss-gives-the-nominative": (
        "Движение возникло по инициативе Ренато Беллана (Renato Bellan) из Турина.",
        [("Ренато Беллан", "m")],
    ),
    # one word the dictionary does not know between a noun for a person (no office) and a verb is that person's
    # name; after an office it is the body the office heads
    # a reading the dictionary gives a sliver of the form's use ("Дмитрия" as a woman's name) loses to the common one
    # even after a verb that wants a subject
    "rare-reading-of-a-first-name": (
        "Эксперты рассказали, что ждёт Дмитрия Медведева.",
        [("Дмитрий Медведев", "m")],
    ),
    # past a body in quotation marks, and before a headline's topic
    "unknown-word-after-a-quoted-body-in-a-headline": (
        "«Всё будет хорошо»: бывший врач «Спартака» Лю о травме лидера\nТекст.",
        [("Лю", None)],
    ),
    "unknown-word-after-a-person-noun-before-a-verb": (
        "Пожилой таксист Шаварш разводит руками, а председатель Совфеда констатировала спад.",
        [("Шаварш", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CONTEXT_TABLE.values(), ids=CONTEXT_TABLE.keys())
def test_context_table(text: str, expected: list[tuple[str, str]]) -> None:
    """The words around a name decide whether it is one, its gender and its case."""
    assert [(m.name, m.gender) for m in find_persons(text)] == expected
