"""Quote and speaker rules for further patterns of real news (invented sentences and names)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzaz_corpus import Article
from kzaz_corpus.lexicon.scripts import unmix_scripts


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every quote found in *text* parsed as an article."""
    return [(q.kind, q.text, q.speaker) for q in Article.from_text(text).quotes]


# Greek omicron (U+03BF) and Latin a/o inside Russian words.
OMICRON = "\u03bf"


def test_look_alike_letters_do_not_hide_a_quote() -> None:
    """A Greek ``ο`` in ``что`` still opens the что-clause; the quote keeps the letters as written."""
    text = f"Глава компании Тимур Жаксыбеков заявил, чт{OMICRON} завод откроется в{OMICRON}время."
    assert quotes_of(text) == [("indirect", f"завод откроется в{OMICRON}время", "Тимур Жаксыбеков")]


def test_look_alike_letters_in_the_speaker() -> None:
    """A Latin ``o`` in a speaker's name and in the verb: the speaker is read in Cyrillic."""
    latin_o, latin_a = "o", "a"
    text = f"Министр Аскар Жумабек{latin_o}в з{latin_a}явил: «Тарифы не вырастут»."
    quotes = Article.from_text(text).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Аскар Жумабеков")]
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (f"чт{OMICRON}", "что"),
        ("рынкa", "рынка"),
        ("IT-компания", "IT-компания"),
        ("Kyiv Food Market", "Kyiv Food Market"),
        ("iPhoneы", "iPhoneы"),
    ],
)
def test_unmix_scripts(text: str, plain: str) -> None:
    """Only a word with Cyrillic letters that becomes all Cyrillic changes."""
    assert unmix_scripts(text) == plain


@given(st.text(alphabet="аоеxрoсaeοκρ -.,\nZ", max_size=40))
def test_unmix_scripts_keeps_offsets(text: str) -> None:
    """One letter for one: the length never changes and a changed letter was a look-alike."""
    plain = unmix_scripts(text)
    assert len(plain) == len(text)
    assert all(a == b or a in "xoaeοκρ" for a, b in zip(text, plain, strict=True))


EXAMPLES = {
    # "Так X прокомментировал …": "так" and a subject point back at what was just said.
    "so-subject-verb": (
        "Тарифы вырастут на 5% в следующем году. Так вице-министр энергетики Нуржан Оспанов "
        "прокомментировал журналистам решение правительства.",
        [("indirect", "Тарифы вырастут на 5% в следующем году", "Нуржан Оспанов")],
    ),
    "so-subject-verb-next-paragraph": (
        "Тарифы вырастут на 5% в следующем году.\n\nТак вице-министр Нуржан Оспанов прокомментировал решение.",
        [("indirect", "Тарифы вырастут на 5% в следующем году", "Нуржан Оспанов")],
    ),
    # A verb right after "что" in the content heads an object clause, it attributes nothing.
    "so-content-with-object-clause": (
        "Мы хотим, чтобы каждый знал, что говорит министр. Так пресс-секретарь Игорь Носов "
        "прокомментировал приглашение блогеров.",
        [("indirect", "Мы хотим, чтобы каждый знал, что говорит министр", "Игорь Носов")],
    ),
    # A backward attribution with a stray comma before its verb.
    "backward-noun-stray-comma": (
        "Мы предлагаем соседям подписать соглашение о мире. Подобное мнение в беседе с журналистами, "
        "высказал президент Иван Петров.",
        [("indirect", "Мы предлагаем соседям подписать соглашение о мире", "Иван Петров")],
    ),
    "backward-noun-in-content": (
        "Министр не ответит на вопросы. Это выступление будет коротким, добавил пресс-секретарь Иван Петров.",
        [("indirect", "Это выступление будет коротким", "Иван Петров")],
    ),
    # "По словам X, …. Об этом он рассказал": the sentence names its source; with "по его словам" the backward
    # attribution names the speaker.
    "po-slovam-then-backward-pronoun": (
        "Министр Алмас Сатказиев выступил в парламенте.\n"
        "По словам министра, тарифы не вырастут до конца года. Об этом он рассказал журналистам.",
        [("indirect", "тарифы не вырастут до конца года", "Алмас Сатказиев")],
    ),
    "po-ego-slovam-then-backward-name": (
        "По его словам, тарифы не вырастут до конца года. Об этом министр Алмас Сатказиев рассказал журналистам.",
        [("indirect", "По его словам, тарифы не вырастут до конца года", "Алмас Сатказиев")],
    ),
    # ", как заявил X, B" inside a sentence: B is the quote (What counts, inserted attribution).
    "kak-inside-sentence": (
        "Тарифы останутся прежними до лета и, как заявил вице-министр Нуржан Оспанов, будут пересмотрены осенью.",
        [("indirect", "будут пересмотрены осенью", "Нуржан Оспанов")],
    ),
    "kak-after-however": (
        "Однако, как заметил Игорь Носов, рост цен замедлится.",
        [("indirect", "рост цен замедлится", "Игорь Носов")],
    ),
    # "Как сообщает X" with the comma after the source missing: the content starts after the source.
    "kak-source-without-comma": (
        "Как сообщает агентство «Вести» в пятницу министр Иван Петров осмотрел Талдыкорган, где строят школу.",
        [("indirect", "в пятницу министр Иван Петров осмотрел Талдыкорган, где строят школу", "агентство «Вести»")],
    ),
    "kak-capitals-source-without-comma": (
        "Как сообщает ТАСС министр Иван Петров прибыл в Гюмри, где строят школу.",
        [("indirect", "министр Иван Петров прибыл в Гюмри, где строят школу", "ТАСС")],
    ),
    # "сообщили агентству «X» в Y": the place speaks, the outlet listens.
    "postposed-plural-listener-then-place": (
        "Тарифы вырастут на 5% в следующем году, сообщили «Агентству» в Минэнерго.",
        [("indirect", "Тарифы вырастут на 5% в следующем году", "Минэнерго")],
    ),
    # "«…», — цитирует X-acc издание": the one cited speaks.
    "cites-person": (
        "«Урожай будет высоким», — цитирует министра сельского хозяйства Сергея Сидорова агентство «Вести».",
        [("direct", "Урожай будет высоким", "Сергей Сидоров")],
    ),
    "cited-after-outlet": (
        "Министр Сергей Сидоров выступил на форуме.\n«Мы готовы к переговорам», — процитировало агентство министра.",
        [("direct", "Мы готовы к переговорам", "Сергей Сидоров")],
    ),
    # A pronoun for an organisation inside the speaker's own dash quote: the что-clause ends with the quote.
    "pronoun-for-organisation-inside-dash-quote": (
        "– Палата предвзятая? Она сказала, что проект сырой, – заявил депутат Сергей Волков.",
        [
            ("direct", "Палата предвзятая? Она сказала, что проект сырой", "Сергей Волков"),
            ("indirect", "проект сырой", "Палата"),
        ],
    ),
    # A verb of manner closing a dash quote is its attribution.
    "dash-closed-by-manner-verb": (
        "Планерку вел председатель облисполкома Иван Дорошко.\n\n"
        "– Все тракторы должны выйти в поле к понедельнику, – развел руками губернатор.",
        [("direct", "Все тракторы должны выйти в поле к понедельнику", "Иван Дорошко")],
    ),
    "dash-closed-by-smile": (
        "– Мы справимся, – улыбнулся министр Иван Петров.",
        [("direct", "Мы справимся", "Иван Петров")],
    ),
    # A quotation opened once and closed paragraphs later is one quote, of the speaker of its attribution.
    "run-on-closed-with-attribution": (
        "Директор завода Эльдар Сейтказиев рассказал о планах.\n"
        "«Мы ждем хороших новостей. Завод откроется весной.\n"
        "Всё готово к запуску, осталось подписать акты.\n"
        "Работы завершим в мае», — сказал он.",
        [
            (
                "direct",
                "Мы ждем хороших новостей. Завод откроется весной.\nВсё готово к запуску, осталось подписать акты.\n"
                "Работы завершим в мае",
                "Эльдар Сейтказиев",
            ),
        ],
    ),
    # The closing paragraph may hold a pair of quotation marks of its own before the closing mark.
    "run-on-closed-after-a-quoted-name": (
        "Директор завода Эльдар Сейтказиев рассказал о планах.\n"
        "«Мы ждем хороших новостей. Завод откроется весной.\n"
        "Первым заказчиком станет «Казмунайгаз», осталось подписать акты», — сказал он.",
        [
            (
                "direct",
                "Мы ждем хороших новостей. Завод откроется весной.\n"
                "Первым заказчиком станет «Казмунайгаз», осталось подписать акты",
                "Эльдар Сейтказиев",
            ),
        ],
    ),
    "run-on-after-colon": (
        "Аким района Эльдар Сейтказиев заявил: «Мы ждем хороших новостей.\nЗавод откроется весной».\n"
        "Потом он уехал в Астану.",
        [("direct", "Мы ждем хороших новостей.\nЗавод откроется весной", "Эльдар Сейтказиев")],
    ),
    # "говорит о том, что" said by a body or a person stays a quote.
    "body-says-about-that": (
        "Министерство говорит о том, что толчки были слабыми.",
        [("indirect", "толчки были слабыми", "Министерство")],
    ),
    # A headline whose speaker phrase holds a name in quotation marks.
    "headline-title-with-quoted-name": (
        "Глава «Автопрома» Петренко: продажи машин выросли вдвое\n"
        "Продажи выросли почти в два раза. Об этом сообщил президент компании Максим Петренко.",
        [
            ("direct", "продажи машин выросли вдвое", "Максим Петренко"),
            ("indirect", "Продажи выросли почти в два раза", "Максим Петренко"),
        ],
    ),
}

NOT_QUOTES = {
    "dash-closed-by-a-verb-with-no-speaker": "– Погода, – наладилась к вечеру.",
    "thing-indicates": "Сейсмологи сообщили данные. Такой показатель говорит о том, что толчки были слабыми.",
    "headline-company-in-marks": "Компания «Автопром»: продажи машин выросли вдвое",
    "headline-colon-inside-marks": "Глава компании сказал «Итог: рост»",
    "run-on-never-closed": "Аким района заявил о планах.\n«Мы ждем хороших новостей.\nЗавод откроется весной.",
    "so-plural-habit": "Рынок растет. Так обычно пишут аналитики.",
    "so-not-a-speech-verb": "Рынок растет. Так министр назвал итоги года.",
    "kak-comparison": "Мы сделаем всё так, как сказал президент, и выполним план.",
    "kak-such-as": "Такие страны, как Казахстан, растут быстрее.",
    "kak-reminder": "Цены на хлеб, как сообщалось, выросли на 5%.",
    "things-indicate-plural": "Сейсмологи сообщили данные. Наши расчёты говорят о том, что толчки были слабыми.",
    "ob-etom-person-topic": "Памятник открыли в центре города. Об этом человеке говорят разное.",
}


@pytest.mark.parametrize(("text", "expected"), list(EXAMPLES.values()), ids=list(EXAMPLES))
def test_news_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each pattern gives the quotes and speakers the guidelines ask for."""
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text", list(NOT_QUOTES.values()), ids=list(NOT_QUOTES))
def test_not_quotes(text: str) -> None:
    """Look-alikes of these patterns are no quotes."""
    assert quotes_of(text) == []


SPEAKERS = {
    # A verb after a name governed by a preposition agrees with a later subject: the name is no nominative.
    "instrumental-after-preposition-and-title": (
        "С директором театра Улдисом Звайгзнисом встретилась наша корреспондентка. "
        "Он сказал, что сезон начнется в октябре.",
        "Улдис Звайгзнис",
    ),
    "instrumental-right-after-preposition": (
        "С Улдисом Звайгзнисом встретилась наша корреспондентка. Он сказал, что сезон начнется в октябре.",
        "Улдис Звайгзнис",
    ),
    # A preposition inside the title phrase governs the place, not the name.
    "preposition-inside-title": (
        "Посол Латвии в Казахстане Улдис Звайгзнис отметил, что визит пройдет в мае.",
        "Улдис Звайгзнис",
    ),
    "genitive-title-before-holder": (
        "Заместитель министра экономики Улдис Звайгзнис заявил, что визит пройдет в мае.",
        "Улдис Звайгзнис",
    ),
    # "по словам" before an unknown pair of words: a person in the genitive.
    "unknown-name-after-po-slovam": ("По словам Улдиса Звайгзниса, сезон начнется в октябре.", "Улдис Звайгзнис"),
    # The holder of a title whose owner is named before him.
    "kak-holder-after-owner": (
        "Как сообщил советник министра Ивана Петрова по вопросам молодежи Сергей Сидоров, конкурс продлят.",
        "Сергей Сидоров",
    ),
    "po-slovam-holder-after-owner": (
        "По словам помощника президента Ивана Петрова Сергея Сидорова, встреча пройдет в мае.",
        "Сергей Сидоров",
    ),
    "kak-listener-after-speaker": (
        "Как сообщил Иван Петров в интервью Сергею Сидорову, встреча пройдет в мае.",
        "Иван Петров",
    ),
    # A lone first name as the subject of a verb, or after a noun for a person.
    "lone-first-name-subject": ("Айгуль говорит, что воду дали только вчера.", "Айгуль"),
    "lone-first-name-after-person-noun": ("«Воду дали только вчера», – говорит пенсионерка Айгуль.", "Айгуль"),
    "lone-first-name-joins-full-name": (
        "Айгуль Сатпаева приехала в село. Айгуль говорит, что воду дали только вчера.",
        "Айгуль Сатпаева",
    ),
    "lone-first-name-oblique-after-person-noun": (
        "Корреспондент поговорил с молодой жительницей Марией, у которой трое детей. "
        "Она рассказала, что детский сад закрыт.",
        "Мария",
    ),
    # Unknown words in -а before a feminine verb: a woman named as written, not a man in the genitive.
    "unknown-woman-before-feminine-verb": (
        "Министр юстиции Мерле-Ли Тыниссаара заявила, что число краж выросло из-за кризиса.",
        "Мерле-Ли Тыниссаара",
    ),
    # A profession standing for the person the article named with it, or the one speaking.
    "profession-for-named-person": (
        "Режиссёр Иван Петров представил фильм. «Мы снимали его три года», – говорит режиссёр.",
        "Иван Петров",
    ),
    "interviewee-noun": (
        "О толчках рассказала начальник службы Марина Орлова. Собеседница агентства уточнила, что жертв нет.",
        "Марина Орлова",
    ),
    # A first name typed in lower case between a title and a surname (a caption line under a quotation).
    "caption-lower-case-first-name": (
        "- «Мы готовы принять делегацию осенью».\nпрезидент страны андрей Морозов, Канцелярия",
        "Андрей Морозов",
    ),
    # An unknown word ending in a consonant right after a title: a bare surname.
    "bare-surname-after-title": (
        "Запрет действует до осени и, как заявил вице-премьер Сидорчук, будет продлён до весны.",
        "Сидорчук",
    ),
    # A first name in apposition after a comma takes over as the subject for the next pronoun.
    "first-name-apposition-new-subject": (
        "Жительница села Мария рассказала, что воды нет. Другая жительница, Ольга, тоже пожаловалась. "
        "Она убеждена, что насосы сломаны.",
        "{Мария, Ольга}",
    ),
    # A singular speech verb with no subject and no quote before it: the person just named.
    "subjectless-verb": (
        "Министр Армен Тадевосян приехал в Гюмри. В своем выступлении сказал, что город восстановят.",
        "Армен Тадевосян",
    ),
    # "губернатор" for the head of a region introduced by another title, not the last person named.
    "governor-for-regional-chairman": (
        "Планерку вел председатель облисполкома Иван Дорошко. Участие принял помощник президента "
        "Руслан Белов.\n\n– Все тракторы должны выйти в поле к понедельнику, – подчеркнул губернатор.",
        "Иван Дорошко",
    ),
    # A first name that is also an ordinary word, before a surname.
    "lexical-first-name": (
        "Об этом сообщил глава союза предпринимателей Ара Мкртчян. Он добавил, что выборы пройдут спокойно.",
        "Ара Мкртчян",
    ),
    "lexical-first-name-opens-sentence": ("Ара Мкртчян заявил, что выборы пройдут спокойно.", "Ара Мкртчян"),
}


@pytest.mark.parametrize(("text", "speaker"), list(SPEAKERS.values()), ids=list(SPEAKERS))
def test_speakers(text: str, speaker: str) -> None:
    """Every quote of the text goes to the person, named in the nominative."""
    quotes = Article.from_text(text).quotes
    assert quotes
    if speaker.startswith("{"):
        # Several quotes, one speaker each in text order.
        assert [q.speaker for q in quotes] == speaker.strip("{}").split(", ")
    else:
        assert {q.speaker for q in quotes} == {speaker}


def test_lexical_first_name_keeps_the_surname_gender() -> None:
    """The ending of an unknown first name (``Ара``) gives no gender, so ``Он`` may refer to the person."""
    from kzaz_corpus.stages.names import find_persons, gender_of

    assert gender_of("Ара Мкртчян") is None
    assert [m.name for m in find_persons("Вчера выступил Ара Мкртчян.")] == ["Ара Мкртчян"]


@pytest.mark.parametrize("text", ["Сын Сидорова сбежал из дома.", "Кот Сидорова сбежал из дома."])
def test_kin_noun_opening_a_sentence_is_no_first_name(text: str) -> None:
    """At a sentence start only an indeclinable word is read as a first name before a surname."""
    from kzaz_corpus.stages.names import find_persons

    assert all(len(m.name.split()) == 1 for m in find_persons(text))


BODIES = {
    # A pronoun opening a sentence after one whose subject is a speaking body of its gender.
    "pronoun-for-commission": (
        "Бюджетная комиссия парламента рассмотрела проект. Она отметила, что дефицит бюджета сократится вдвое.",
        "Бюджетная комиссия парламента",
        False,
    ),
    "pronoun-for-commission-in-a-quote": (
        "– Вы спрашиваете про подсчет. Счетная комиссия всё проверила. Она заявила, что нарушений нет. "
        "Почему мы молчим? – спросил депутат Сергей Волков.",
        "Счетная комиссия",
        False,
    ),
    # A woman named after the body is who the pronoun stands for.
    "person-named-since": (
        "Комиссия одобрила проект, сообщила министр Анна Белова. Она отметила, что дефицит сократится.",
        "Анна Белова",
        True,
    ),
    # A body of another gender, or one inside the quotation attributed, is no antecedent.
    "body-of-other-gender": (
        "Министр Анна Белова выступила в парламенте. Фонд вырос вдвое. Она отметила, что дефицит сократится.",
        "Анна Белова",
        True,
    ),
    "body-inside-the-quotation": (
        "Председатель правления фонда Арман Жумабеков открыл заседание.\n\n– Фонд вырос вдвое, – сказал он.",
        "Арман Жумабеков",
        True,
    ),
}


@pytest.mark.parametrize(("text", "speaker", "named"), list(BODIES.values()), ids=list(BODIES))
def test_pronoun_for_a_body(text: str, speaker: str, named: bool) -> None:
    """What counts, "speaker": a pronoun for an organisation gives its descriptor, unnamed."""
    last = Article.from_text(text).quotes[-1]
    assert (last.speaker, last.speaker_named) == (speaker, named)


@pytest.mark.parametrize(
    "text",
    [
        "Журналисты Радио Азиза опросили семьи.",
        "Вилла гендиректора МИА «Вести» пустует.",
        "Приз вручили режиссеру Ивану И. Сидорову.",
    ],
)
def test_lone_first_name_inside_a_name_of_a_thing(text: str) -> None:
    """A first-name look-alike after a capitalised word, in capitals or before a capital is no person alone."""
    from kzaz_corpus.stages.names import find_persons

    assert all(m.name not in ("Азиза", "Миа", "Иван") for m in find_persons(text))


def test_known_first_name_in_genitive_before_feminine_verb() -> None:
    """A known first name in an oblique case stays oblique whatever verb follows."""
    from kzaz_corpus.stages.names import find_persons

    found = find_persons("В мастерской художника Николая Сидорова открылась выставка.")
    assert [(m.name, m.case) for m in found] == [("Николай Сидоров", "gent")]


def test_plural_title_in_the_nominative_heads_no_name() -> None:
    """ "Адвокаты Сидорова": the name after a plural title is its owner, in the genitive."""
    from kzaz_corpus.stages.names import find_persons

    found = find_persons("Суд приговорил Олега Сидорова. Адвокаты Сидорова подадут жалобу.")
    assert [m.name for m in found] == ["Олег Сидоров", "Олег Сидоров"]


@pytest.mark.parametrize(
    "text", ["Заместитель акима Северной области выступил.", "Писатель прочел роман Толстого вслух."]
)
def test_lower_case_word_before_a_capital_stays_lower(text: str) -> None:
    """A title or an ordinary word in lower case before a capitalised word is no first name."""
    from kzaz_corpus.stages.names import find_persons

    assert all(not m.name.startswith(("Акима", "Роман")) for m in find_persons(text))


@pytest.mark.parametrize(
    "text", ["\U00017000<0", "Так \U00017000 заявил", "Как сообщает \U00017000 министр прибыл, где"]
)
def test_letters_without_a_unicode_name(text: str) -> None:
    """A letter the Unicode database gives no name (Tangut) reaches the morphology without an error."""
    assert isinstance(Article.from_text(text).quotes, tuple)


def test_organisation_after_a_title_is_no_surname() -> None:
    """An organisation's name after a title stays no person (it would be in the genitive anyway)."""
    from kzaz_corpus.stages.names import find_persons

    assert find_persons("Рост составит 5%, сообщил глава Роскомнадзора.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Город восстановят. Также сообщили, что школа откроется.",
        "Министр Анна Белова приехала в Гюмри. Также отметил, что город восстановят.",
    ],
)
def test_subjectless_verb_without_a_compatible_person(text: str) -> None:
    """A plural verb, or a person of the other gender, gives a subjectless verb no named speaker."""
    assert [q.speaker for q in Article.from_text(text).quotes] == [None]
