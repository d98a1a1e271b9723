"""
Finding the attributing mention next to a speech verb.

Facts:
- After the verb (``…, – заявил министр финансов Али Сарсенов на брифинге``)
  the speaker is the first name, pronoun, title or source in the nominative;
  obliques in between (``журналистам``, ``на совещании президента РФ``) are
  skipped, and a Latin-script or all-capitals word right after the verb is the
  medium (``сказал Trend депутат …``, ``сказал ТАСС …``).
- Before the verb (``Вице-министр затем отметил, что``) the speaker is the
  nearest such mention going back.
- ``со ссылкой на (слова) X`` names the real source (``сообщает агентство со
  ссылкой на экономиста Евгения Фридмана``).
- With an impersonal or plural verb the source is a place: ``говорится в
  сообщении``, ``в Минфине заявляли``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import regex

from ...lexicon.quotes import (
    ACT_NOUNS,
    DOCUMENT_NOUNS,
    INSERTIONS,
    VerbForm,
    country_of,
    document_noun,
    org_nouns,
    speaking_bodies,
)
from ...text.chars import fold
from ...text.doc import Word, word_after, word_at, words_in

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse
from ... import cache
from ...lexicon.morph import CACHE_SIZE, NAME_TAGS, is_finite_verb, is_function_word, is_known, parse, reads_as
from ..names import PersonMention, capitalised_after, opens_sentence
from .roles import DEPUTY, FORMER, former_title, person_noun
from .speakers import Mention, SpeakerContext, nation_of
from .words import (
    DAY_OF_MONTH,
    FOLLOWS_FROM,
    HEAD_OF_STATE_RE,
    HOME,
    HOME_HEAD_RE,
    PLURAL_HEAD_RE,
    PROPER_GRAMMEMES,
    SUBJECT_DEMONSTRATIVES,
    THIRD_PERSON_FORMS,
    WEEKDAY_AFTER_V,
    as_written,
    can_be_nominative,
    nominative_phrase,
    title_country_readers,
    title_of,
)

__all__ = [
    "body_antecedent",
    "medium_in",
    "mention_after",
    "mention_anywhere",
    "mention_before",
    "nominative_group",
    "one_of_group",
    "referred_source",
    "set_phrase_object",
    "source_place",
]

_STOP_CHARS = frozenset(",;:!?()\n")
# Mentions sit next to their verb: every search looks at most this many characters away,
# which keeps the work per verb constant however long a sentence is.
WINDOW = 300
_NOM_PRONOUNS = {"он", "она", "они"}
_PREPOSITIONS = frozenset("в во на при с со по для о об за из от до к у под над перед между через".split())
_SSYLKA_RE = cache.pattern(r"(?i)\b(?:со\s++ссылкой|ссылаясь)\s++на\s++(?:слова\s++|данные\s++)?")
# "в интервью Report", "в интервью агентству "Казинформ"", "в интервью телеканалу «Вести 24»".
_MEDIUM_RE = cache.pattern(
    r"(?i)\bв\s++(?:эксклюзивном\s++)?интервью(?:\s++(?:агентству|телеканалу|изданию|газете|порталу|радио|журналу|"
    r"информагентству|сайту|телеграм-каналу))?+\s++(?:«[^»\n]{1,40}+»|\"[^\"\n]{1,40}+\"|[\p{L}\p{N}.-]{1,30}+)"
)
# A quotation closed by a dash ("…», — сказал он") or by a colon ("«…»: в штабе заявили").
_QUOTE_CLOSE_RE = cache.pattern(r"[»\"”“]\s*+(?:,?\s*+[—–-]|:)")
# An organisation's name after its noun: "телеканал «Россия 24»", "агентство Trend".
_ORG_QUOTED_NAME_RE = cache.pattern(r"\s*+(«[^»\n]{1,40}+»|\"[^\"\n]{1,40}+\")")
# A Latin name after an organisation noun, with inner full stops but no final one ("газета The Times.", "Gazeta.ru").
_ORG_LATIN_NAME_RE = cache.pattern(r"(?:\s++[A-Z][\w&-]*+(?:\.[\w&-]++)*+){1,5}+")
_OPENING_MARKS = frozenset('«„“"')
# A medium's name in capitalised Cyrillic words that end the clause: "агентство Ассошиэйтед Пресс.", "газета Известия,".
_ORG_CYRILLIC_NAME_RE = cache.pattern(r"(?:[^\S\n]++\p{Lu}[\p{Ll}-]++){1,3}+(?=[^\S\n]*+(?:[.,;:!?)]|\Z|\n))")

_LATIN_OR_CAPS_RE = cache.pattern(r"\A(?:[A-Za-z][\w.-]*+|\p{Lu}{2,}+(?:[.-]\p{Lu}++)*+)\Z")


def _title_phrase(text: str, words: list[Word], i: int, limit: int) -> tuple[str, int]:
    """Extend the title at ``words[i]`` over its modifiers; return (phrase, end)."""
    from ...lexicon.morph import parse

    end = words[i].end
    for j, w in enumerate(words[i + 1 :], start=i + 1):
        if w.start >= limit:
            break
        gap = text[end : w.start]
        if any(c in _STOP_CHARS for c in gap) or "«" in gap or '"' in gap:
            break
        word = w.text
        low = word.lower()
        joined = _conjunction_in_title(words, i, j)
        if joined is not None:
            if joined:
                continue
            break
        if low in _PREPOSITIONS:
            # "посол Азербайджана в Казахстане": a preposition before a country stays in the role.
            if low == "в" and j + 1 < len(words) and country_of(words[j + 1].text):
                end = words[j + 1].end
                continue
            break
        if word[:1].isupper() and not country_of(word) and title_of(word) is None:
            # An abbreviation does not decline ("пресс-службы регионального ГУ МВД"); a capitalised adjective may
            # read as the accusative first ("управления Следственного комитета").
            if not _abbreviation_in_phrase(words, j) and not _capital_genitive(low):
                break
        else:
            ps = parse(low)
            if not ps or not any("gent" in p.tag for p in ps):
                break
        end = w.end
    return text[words[i].start : end], end


def _conjunction_in_title(words: list[Word], i: int, j: int) -> bool | None:
    """
    For a conjunction at ``words[j]`` in the phrase of the title at ``words[i]``: False when a verb follows it
    (``— сказал студент и спросил …``: the phrase ends), True when it joins two genitives (``Организации
    экономического сотрудничества и развития``: the phrase goes on), None for any other word.
    """
    low = words[j].text.lower()
    if low not in _CONJUNCTIONS:
        return None
    nxt = words[j + 1].text if j + 1 < len(words) else None
    if nxt is not None and is_finite_verb(nxt):
        return False
    if low == "и" and j > i + 1 and nxt is not None and _thing_in_genitive(nxt):
        return True
    return None


# Conjunctions, which before a verb end a title's phrase: "и" reads also as a letter's name in the genitive.
_CONJUNCTIONS = frozenset({"и", "а", "но", "или"})


def _capital_genitive(low: str) -> bool:
    """Whether a capitalised word (*low*, in lower case) reads first as a genitive, or as an adjective that may be."""
    from ...lexicon.morph import parse

    ps = parse(low)
    return bool(ps) and ("gent" in ps[0].tag or (ps[0].tag.POS == "ADJF" and any("gent" in p.tag for p in ps)))


def _abbreviation_in_phrase(words: list[Word], j: int) -> bool:
    """
    Whether ``words[j]`` is an abbreviation in Cyrillic capitals that stands in any case inside a title's phrase
    (``пресс-службы ГУ МВД России``), not the first word of an outlet's name (``министра РИА Новости``).
    """
    word = words[j].text
    if len(word) < 2 or not word.isupper() or _CYRILLIC_CAPS_RE.fullmatch(word) is None:
        return False
    nxt = words[j + 1].text if j + 1 < len(words) else ""
    return not (nxt[:1].isupper() and not nxt.isupper() and not country_of(nxt))


_CYRILLIC_CAPS_RE = cache.pattern(r"\p{Cyrillic}++")
_OUR_RE = cache.pattern(r"(?i)наш\p{L}{0,2}")
_ONE_FORMS = frozenset({"одного", "одной", "одному", "одним", "одном", "одну"})


def _make_title(ctx: SpeakerContext, text: str, words: list[Word], i: int, limit: int) -> Mention | None:
    word = words[i].text
    t = title_of(word)
    if t is None:
        return None
    head, cls = t
    phrase, pend = _title_phrase(text, words, i, limit)
    start = words[i].start
    if PLURAL_HEAD_RE.match(phrase) or cls == "group":
        return Mention(start, pend, "group", phrase)
    if cls in ("person", "head") and _plural_title(word, head):
        # What counts, "Speakers": a plural speaker ("по словам экспертов отраслевого союза") stays unnamed,
        # in the nominative; a Latin name after it is their organisation's ("по оценке экспертов Bloomberg").
        latin = _ORG_LATIN_NAME_RE.match(text, pend, pend + 60)
        tail = text[pend : latin.end()] if latin is not None else ""
        return Mention(start, pend + len(tail), "group", nominative_phrase(phrase.split()) + tail)
    if cls == "org":
        start = _org_modifiers_start(words, i, text)
        pend = _org_name_end(text, words, i, pend)
        return Mention(start, pend, "org", text[start:pend])
    country = _title_country(text, words, i, pend, head)
    adjacent = i > 0 and not text[words[i - 1].end : start].strip()
    former = former_title(words[i - 1 : i + 1] if adjacent else words[i : i + 1])
    if fold(words[i].text).startswith(DEPUTY):
        # "вице-президент заявил": the deputy the article titles so, never the holder of the office itself.
        return Mention(start, pend, "title", phrase, role=phrase, head=DEPUTY + head, country=country)
    if cls == "head":
        seat = _STATE_SEAT_RE.match(phrase)
        if seat is not None:
            # "Глава Белого дома заявил": the seat of a head of state stands for its country.
            country = next(c for stem, c in _STATE_SEATS if fold(seat.group(1)).startswith(stem))
        elif _head_of_no_state(head, country, phrase):
            # "Экс-глава кабмина заявил": a former head is the one the discourse titles so, not the holder;
            # "признался лидер радикалов": the leader of a party or a team.
            head = FORMER + head if former else head
            return Mention(start, pend, "title", phrase, role=phrase, head=head, country=country)
        head = "президент"
        if HOME_HEAD_RE.match(phrase) or (i > 0 and _OUR_RE.fullmatch(words[i - 1].text)):
            # "Глава государства", "наш президент": the head of state of the article's country.
            country = HOME
    elif head in ("премьер", "премьер-министр"):
        head = "премьер-министр"
    if former:
        # "Экс-президент заявил": the one the article titles with the former office, not the holder.
        head = FORMER + head
    return Mention(start, pend, "title", phrase, role=phrase, head=head, country=country)


def _title_country(text: str, words: list[Word], i: int, pend: int, head: str) -> str | None:
    """
    The country of the title *head* at ``words[i]`` (its phrase ends at *pend*): in its phrase, or an adjective
    before (:func:`~kzaz_corpus.stages.quotes.words.title_country_readers`: ``президент Уругвая``).
    """
    after, before = title_country_readers(head)
    for w in words[i + 1 :]:
        if w.start >= pend:
            break
        country = after(w.text)
        if country:
            return country
    if i > 0 and not text[words[i - 1].end : words[i].start].strip():
        # "казахстанский лидер", "Азербайджанский лидер", "уругвайский президент"
        return before(words[i - 1].text)
    return None


def _between_title_and_name(text: str, end: int, start: int) -> str:
    """What stands between a title phrase and the name after it, past brackets and names in quotation marks."""
    return _QUOTED_NAME_IN_CHAIN_RE.sub("", _BRACKETS_RE.sub("", text[end:start]))


# The seat of a head of state after "глава" or "хозяин": the country it stands for, by the start of its name.
_STATE_SEATS = (("белого", "США"), ("кремл", "Россия"), ("елисейск", "Франция"))
_STATE_SEAT_RE = cache.pattern(
    r"(?i)\A(?:глав|хозя)\p{L}{0,3}\s++(Белого\s++дома|Кремля|Елисейского\s++дворца)\Z"
)


def _head_of_no_state(head: str, country: str | None, phrase: str) -> bool:
    """
    Whether a head's title names no state: ``глава`` or ``хозяин`` of anything but a state (``глава кабмина``,
    ``хозяин фермы``), ``лидер`` with a genitive that is no country (``лидер радикалов``; not ``лидер страны``,
    ``лидер Казахстана`` or a bare ``лидер``).
    """
    if HEAD_OF_STATE_RE.match(phrase):
        return False
    return head in ("глава", "хозяин") or (head == "лидер" and country is None and " " in phrase)


def _org_name_end(text: str, words: list[Word], i: int, pend: int) -> int:
    """
    The end of an organisation's name whose title phrase at ``words[i]`` ends at *pend*: past its name in
    quotation marks or in Latin (``телеканал «Россия 24»``), else past its ``по`` phrase (``Министерство по
    инвестициям и развитию``).
    """
    m = _ORG_QUOTED_NAME_RE.match(text, pend, pend + 45) or _ORG_LATIN_NAME_RE.match(text, pend, pend + 60)
    if m:
        return m.end()
    found = title_of(words[i].text)
    if found is not None and found[0] in org_nouns("outlet") and pend == words[i].end:
        # "сообщает агентство Ассошиэйтед Пресс.": a medium's name in capitalised Cyrillic words that end the clause.
        m = _ORG_CYRILLIC_NAME_RE.match(text, pend, pend + 60)
        if m and not any(country_of(w) for w in m.group().split()):
            return m.end()
    last = next((j for j in range(i, len(words)) if words[j].end >= pend), i)
    return words[_po_tail(text, words, last)].end if words[last].end == pend else pend


def _plural_people(w: Word) -> Mention | None:
    """A plural person noun in the nominative after a verb: "– предупреждают горожан спасатели" (a group)."""
    word = w.text
    if not word[:1].islower() or not _plural_nominative_person(word):
        return None
    return Mention(w.start, w.end, "group", word)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _plural_nominative_person(word: str) -> bool:
    """
    Whether *word* reads first as an animate plural noun in the nominative (``спасатели``, not ``врачей``), or is
    ``власти``, the authorities, which the dictionary reads first as the genitive of ``власть``.
    """
    from ...lexicon.morph import parse

    if word.lower() in _SPEAKING_COLLECTIVES:
        return True
    readings = parse(word.lower())[:1]
    return any(
        p.tag.POS == "NOUN" and {"anim", "plur", "nomn"} <= p.tag.grammemes and not NAME_TAGS & p.tag.grammemes
        for p in readings
    )


# Plural nouns for a body of people that speaks though the dictionary reads them as things first.
_SPEAKING_COLLECTIVES = frozenset({"власти"})


def nominative_group(text: str, start: int, end: int) -> Mention | None:
    """
    A plural noun for people in the nominative among the first words of ``text[start:end]``, past adjectives (``Как
    выяснили правоохранители во время допроса``): the group that speaks.

    >>> t = "Как сообщили местные полицейские, всё спокойно."
    >>> nominative_group(t, 12, 33).text
    'местные полицейские'
    """
    words = list(words_in(text, start, end))
    for i, w in enumerate(words[:_GROUP_WORDS]):
        if _plural_nominative_person(w.text) and w.text[:1].islower():
            first = _modifiers_start(words, i, number="plur")
            tail = _phrase_end(text, words, i)  # "сотрудники МЧС России": with its genitives
            return Mention(words[first].start, tail, "group", text[words[first].start : tail])
        if not reads_as(w.text, ("ADJF", "PRTF"), "nomn") and not reads_as(w.text, ("NOUN",), "datv", first=True):
            return None  # past adjectives, and the ones told ("сообщили журналистам местные полицейские")
    return None


# The most words a group's phrase may open with before its noun.
_GROUP_WORDS = 4


def _org_modifiers_start(words: list[Word], i: int, text: str) -> int:
    """The start of the adjectives right before an organisation noun: "Московская товарная биржа"."""
    from ...lexicon.morph import parse

    j = i
    while j > 0 and j > i - 8:
        gap = text[words[j - 1].end : words[j].start]
        if gap.strip() == "-" and len(gap) == 1:
            # The first part of a compound: "товарно-сырьевая", "Санкт-Петербургская".
            j -= 1
            continue
        ps = parse(words[j - 1].text.lower())
        if gap.strip() or not ps or ps[0].tag.POS not in ("ADJF", "PRTF"):
            break
        j -= 1
    return words[j].start


@functools.lru_cache(maxsize=CACHE_SIZE)
def _plural_title(word: str, head: str) -> bool:
    """Whether every reading of a title word as its lemma *head* is plural (``экспертов``, ``аналитики``)."""
    from ...lexicon.morph import parse

    part = word.rsplit("-", 1)[-1].lower()
    readings = [p for p in parse(part) if p.tag.POS == "NOUN" and str(p.normal_form).replace("ё", "е") == head]
    return bool(readings) and all("plur" in p.tag and "Pltm" not in p.tag for p in readings)


def _person_mention(ctx: SpeakerContext, text: str, pm: PersonMention) -> Mention:
    role = None
    r = ctx.role_before(pm)
    if r is not None:
        role = text[r[2] : pm.start].strip() or None
    return Mention(pm.start, pm.end, "person", text[pm.start : pm.end], role=role, person=pm)


def _fuzzy_person(ctx: SpeakerContext, w: Word) -> Mention | None:
    """
    A capitalised word that names a person of the article in a form the name finder missed, also a short family
    name (``заявление Пак`` after ``Пак Кын Хе``).
    """
    word = w.text
    if not word[:1].isupper() or len(word) < 3 or title_of(word) is not None or country_of(word):
        return None
    if len(word) == 3 and capitalised_after(ctx.text, w.end):
        return None  # "Ояр Рубенис": a short first name before the rest of the name, which is read whole
    full = ctx.canonical(word)
    if full == word:
        return None
    pm = PersonMention(start=w.start, end=w.end, name=full, surname=full.split()[-1], gender=None, case=None)
    return Mention(w.start, w.end, "person", word, person=pm)


def medium_in(text: str, start: int, end: int) -> str | None:
    """
    Return where the words were said (``в интервью Report``), if stated in ``text[start:end]``.

    >>> t = "Об этом в интервью Report заявил посол."
    >>> medium_in(t, 0, len(t))
    'в интервью Report'
    """
    m = _MEDIUM_RE.search(text, start, min(end, start + WINDOW))
    return m.group() if m else None


def _past_inserts(text: str, start: int, end: int) -> int:
    """
    Where the words after a speech verb at *start* may name its speaker: past a date set off by commas ("заявил во
    вторник, 4 марта, министр …") and past the object of a set phrase ("…, обращают внимание специалисты").
    """
    when = _WHEN_INSERT_RE.match(text, start, end)
    if when is not None:
        start = when.end()
    fixed = _FIXED_OBJECT_RE.match(text, start, end)
    return fixed.end() if fixed is not None else start


# The objects of set phrases of speech right after their verb: "обращают внимание", "акцентировал внимание".
_SET_PHRASE_OBJECTS = frozenset({"внимание"})
_FIXED_OBJECT_RE = cache.pattern(rf"[^\S\n]++(?:{'|'.join(sorted(_SET_PHRASE_OBJECTS))})(?=[^\S\n])")


def set_phrase_object(word: str) -> bool:
    """
    Whether *word* is the object a verb of speech takes in a set phrase, after which its speaker may follow.

    >>> set_phrase_object("внимание"), set_phrase_object("объективность")
    (True, False)
    """
    return word in _SET_PHRASE_OBJECTS


def mention_after(ctx: SpeakerContext, text: str, start: int, end: int) -> tuple[Mention | None, str | None]:
    """
    Find the speaker named after a speech verb in ``text[start:end]``; also return a bare medium.

    >>> t = ", – сказал журналистам министр финансов Али Сарсенов на брифинге."
    >>> ctx = SpeakerContext(t)
    >>> m, _ = mention_after(ctx, t, 10, len(t)); (m.kind, m.person.name, m.role)
    ('person', 'Али Сарсенов', 'министр финансов')
    """
    end = min(end, start + WINDOW)
    start = _past_inserts(text, start, end)
    ref = _SSYLKA_RE.search(text, start, end)
    limit = ref.start() if ref else end
    found, medium = _scan_forward(ctx, text, start, limit)
    found = _completed(ctx, text, found, (start, limit), end)
    if ref and (found is None or found.kind in ("org", "group")):
        # "сообщает агентство со ссылкой на экономиста …": the source is the one referred to;
        # "сообщил министр …, передает агентство со ссылкой на …" keeps the person who spoke.
        other = _referred(ctx, text, ref, end)
        if other is not None:
            return other, medium
    if found is None and (quoted := _QUOTED_AFTER_RE.match(text, _past_adjectives(text, start, limit), limit)):
        # "Об этом сообщает "Р-Спорт"": an outlet named in quotation marks, past its adjectives ("пишет китайская
        # «Жэньминь жибао»").
        return Mention(quoted.start(1), quoted.end(1), "org", quoted.group(1)[1:-1]), medium
    one = _one_of_group_after(ctx, text, start, limit, found)
    if one is not None:
        return one, medium
    if found is None and (some := _SOME_PEOPLE_RE.match(text, start, limit)) is not None and _people(some[2]):
        # "сообщили несколько членов комиссии": a plural speaker, unnamed.
        phrase = text[some.start(1) : some.end()].rstrip()
        return Mention(some.start(1), some.start(1) + len(phrase), "group", phrase), medium
    if found is None or found.kind == "org":
        noun = _person_noun_after(text, start, limit)
        if noun is not None and (found is None or _noun_over_org(text, noun, found)):
            found = noun
        elif found is not None and _ADDRESSEE_RE.fullmatch(text, start, found.end) is not None:
            # "— пояснила RT девушка": the outlet right after the verb is the one told, the noun after it speaks.
            # "рассказала RT одна из основательниц группы Имя Фамилия": a person named past it speaks too.
            found = _person_noun_after(text, found.end, limit) or _person_after(ctx, text, found.end, limit) or found
    if found is None:
        found = _body_after(text, start, limit)
    return found, medium


def _person_after(ctx: SpeakerContext, text: str, start: int, end: int) -> Mention | None:
    """
    The first person named in ``text[start:end]`` in the nominative with no finite verb before them: the one a
    descriptor after the verb leads to (``одна из основательниц группы, 42-летняя Имя Фамилия``).
    """
    person = next(iter(ctx.persons_in(start, end)), None)
    if person is None or person.case not in (None, "nomn"):
        return None
    if any(is_finite_verb(w.text) for w in words_in(text, start, person.start)):
        return None
    return _person_mention(ctx, text, person)


def _noun_over_org(text: str, noun: Mention, found: Mention) -> bool:
    """
    Whether the noun for a person *noun* (no title) speaks rather than the organisation *found* after it: the place's
    name after a preposition is no one's (``поделилась мать заболевших детей из села Калачи``), an outlet right
    after one of a nation is the one told, in the dative (``— заявил француз RT``).
    """
    if title_of(noun.head or "") is not None:
        return False
    if any(fold(w.text) in _PREPOSITIONS for w in words_in(text, noun.end, found.start)):
        return True
    return (
        found.start >= noun.end
        and nation_of(noun.head or "") is not None
        and _ADDRESSEE_RE.fullmatch(text, noun.end, found.end) is not None
    )


# An outlet in Latin letters or capitals right after a noun for one of a nation: the one told ("заявил француз
# RT"); after other nouns it may be a nickname in apposition ("инсайдер PSErebus").
_ADDRESSEE_RE = cache.pattern(r"[^\S\n]++(?:[A-Z][\w.-]*+|\p{Lu}{2,}+)")
# A possessive before the body that speaks after the verb: "подтвердила его партия".
_POSSESSIVE_RE = cache.pattern(r"[^\S\n]*+(?:его|её|ее|их)(?=[^\S\n])")
_NAME_IN_MARKS_RE = cache.pattern(r"[^\S\n]++«[^«»\n]{1,40}+»")


def _body_after(text: str, start: int, end: int) -> Mention | None:
    """
    A body of ``speaking_bodies.tsv`` in the nominative singular right after a speech verb, past a possessive and
    adjectives, with its genitives and a name in quotation marks: ``…, подтвердила его партия.`` -> ``партия``,
    ``…, сообщила партия «Рассвет».``.
    """
    possessive = _POSSESSIVE_RE.match(text, start, end)
    found = _modified_head_after(text, possessive.end() if possessive else start, end, _speaking_body_noun)
    if found is None:
        return None
    words, i = found
    phrase_end = _phrase_end(text, list(words_in(text, words[i].start, min(end, words[i].end + 80))), 0)
    named = _NAME_IN_MARKS_RE.match(text, phrase_end, end)
    phrase_end = named.end() if named is not None else phrase_end
    return Mention(words[0].start, phrase_end, "org", text[words[0].start : phrase_end])


def _speaking_body_noun(word: str) -> bool:
    """Whether *word* reads first as a noun of ``speaking_bodies.tsv`` in the nominative singular (``партия``)."""
    first = parse(word.lower())[:1]
    return (
        bool(first)
        and first[0].tag.POS == "NOUN"
        and {"nomn", "sing"} <= first[0].tag.grammemes
        and fold(str(first[0].normal_form)) in speaking_bodies()
    )


# Nouns for those a speaker tells something, in the dative right after the verb, besides the outlets' nouns:
# "рассказал прессе посол".
_TOLD_NOUNS = frozenset({"пресса", "журналист", "корреспондент"})


def _told_noun(text: str, found: Mention) -> bool:
    """Whether the organisation *found* is one word, a noun for the press in the dative only (``прессе``)."""
    words = words_in(text, found.start, found.end)
    if len(words) != 1:
        return False
    parses = parse(words[0].text.lower())
    if any(p.tag.case == "nomn" for p in parses):
        return False
    told = _TOLD_NOUNS | org_nouns("outlet")
    return any(p.tag.case == "datv" and fold(str(p.normal_form)) in told for p in parses)


# Up to three lower-case words right after a verb: a common noun for a person or a body with up to two adjectives
# before it ("рассказал маленький мальчик", "сообщила правящая партия «…»"), fewer before a name in marks.
_NOUN_PHRASE_RE = cache.pattern(r"[^\S\n]*+((?:\p{Ll}[\p{Ll}-]*+[^\S\n]++){0,2}\p{Ll}[\p{Ll}-]*+)(?![\p{L}-])")


def _person_noun_after(text: str, start: int, end: int) -> Mention | None:
    """
    An unnamed person right after a speech verb, as a descriptor in the nominative: ``— рассказал маленький
    мальчик.`` -> ``маленький мальчик``; ``— поделилась мать заболевших детей`` -> ``мать заболевших детей``.
    """
    hit = _modified_head_after(text, start, end, lambda word: person_noun(word) is not None)
    if hit is None:
        return _substantive_after(text, start, end)
    found, i = hit
    head = person_noun(found[i].text)
    if head is None or not reads_as(found[i].text, ("NOUN",), "nomn", first=True):
        return None
    phrase_end = found[i].end
    tail = _GENITIVE_TAIL_RE.match(text, phrase_end, min(end, phrase_end + 40))
    if tail is not None and all(
        reads_as(w, ("NOUN", "ADJF", "PRTF"), "gent") and reads_as(w, ("NOUN", "ADJF", "PRTF"), first=True)
        for w in tail.group(1).split()
    ):
        phrase_end = tail.end(1)
    # No role: a common noun, which the resolution reads as the one speaking only when the article described them so.
    return Mention(found[0].start, phrase_end, "title", text[found[0].start : phrase_end], head=head)


def _substantive_after(text: str, start: int, end: int) -> Mention | None:
    """
    An adjective or participle used as a noun for a person, closing the clause right after a speech verb, past
    adjectives: ``— сказал российский военный.``, ``— рассказала пострадавшая,``.
    """
    hit = _modified_head_after(text, start, end, _substantive_person)
    if hit is None:
        return None
    found, i = hit
    if text[found[i].end : end].strip() and _SENTENCE_CLOSE_RE.match(text, found[i].end) is None:
        return None  # "— сказал главный тренер": an adjective before its noun; a comma may open a chain to a name
    phrase = text[found[0].start : found[i].end]
    return Mention(found[0].start, found[i].end, "title", phrase, head=fold(found[i].text))


def _substantive_person(word: str) -> bool:
    """
    Whether *word* reads, in the nominative singular, as an adjective or participle used as a noun for a person
    (``пострадавшая``, ``задержанный``) or as such a noun among its first readings (``военный``).
    """
    from ...lexicon.morph import parse

    if not word[:1].islower() or not is_known(word.lower()):
        return False
    for p in parse(word.lower())[:3]:
        tag = p.tag
        if "nomn" not in tag or "sing" not in tag:
            continue
        if (tag.POS == "NOUN" and "anim" in tag) or ("Subx" in tag and "Apro" not in tag):
            return True
    return False


# What closes a sentence right after a word: a stop, a line's end or the end of the text.
_SENTENCE_CLOSE_RE = cache.pattern(r"[^\S\n]*+(?:[.;!?]|\n|\Z)")


def _modified_head_after(
    text: str, start: int, end: int, is_head: Callable[[str], bool]
) -> tuple[Sequence[Word], int] | None:
    """
    Up to three lower-case words right after *start*, and the index of the first that *is_head* accepts, when only
    adjectives or participles in the nominative stand before it (``маленький мальчик``, ``правящая партия``).
    """
    m = _NOUN_PHRASE_RE.match(text, start, min(end, start + 60))
    if m is None:
        return None
    found = words_in(text, m.start(1), m.end(1))
    i = next((j for j, w in enumerate(found) if is_head(w.text)), None)
    if i is None or not all(reads_as(w.text, ("ADJF", "PRTF"), "nomn") for w in found[:i]):
        return None
    return found, i


# Up to two lower-case words in the genitive after the noun: "мать заболевших детей".
_GENITIVE_TAIL_RE = cache.pattern(r"[^\S\n]++((?:\p{Ll}++[^\S\n]++)?+\p{Ll}++)(?=[^\p{L}]|\Z)")


# An unnamed source after "со ссылкой на": "источники", "свои источники", "неназванный источник в министерстве"
# (not one described by a clause of its own: "источники, близкие к следствию").
_UNNAMED_SOURCE_RE = cache.pattern(
    r"(?:\p{Ll}++[^\S\n]++){0,2}?источник\p{Ll}*+(?:[^\S\n]++(?:в|во)[^\S\n]++[^,.;:!?()\n«»\"]*+)?+"
    r"(?![^\S\n]*+,[^\S\n]*+\p{Ll}++(?<=ие|ые)(?!\p{L}))"
)


# A dash set off by spaces that opens a description of the one named before it.
_APPOSITION_DASH_RE = cache.pattern(r"[^\S\n]++[—–][^\S\n]")


def _referred(ctx: SpeakerContext, text: str, ref: regex.Match[str], end: int) -> Mention | None:
    """
    The source a "со ссылкой на" match *ref* refers to, up to *end*; none for an unnamed source, whose report is the
    outlet's (``сообщила газета со ссылкой на свои источники``).
    """
    if _UNNAMED_SOURCE_RE.match(text, ref.end(), end) is not None:
        return None
    aside = _APPOSITION_DASH_RE.search(text, ref.end(), end)
    if aside is not None and ctx.persons_in(ref.end(), aside.start()):
        # "ссылаясь на Ивана Петрова — бывшего помощника Сергея Сидорова": the one named before the description.
        end = aside.start()
    other = mention_anywhere(ctx, text, ref.end(), end)
    if other is not None and other.kind == "org" and other.start > ref.end():
        # "со ссылкой на прокуратуру Озерской области": the whole phrase, not its capitalised word.
        other = _place_at(text, ref.end(), end) or other
    return other


def referred_source(ctx: SpeakerContext, text: str, start: int, end: int) -> Mention | None:
    """
    The source that ``text[start:end]`` refers to after "со ссылкой на", if it does: an outlet before its verb
    reports the one it refers to (``Агентство со ссылкой на министра Ивана Петрова сообщает, что …``).

    >>> t = "Агентство со ссылкой на министра Ивана Петрова сообщает"
    >>> referred_source(SpeakerContext(t), t, 9, 47).text
    'Ивана Петрова'
    """
    ref = _SSYLKA_RE.search(text, start, end)
    return _referred(ctx, text, ref, end) if ref is not None else None


# The parts of a site's address glued by full stops to a name: "Report" + ".az", "24." + "kg", "aif" + ".ru".
# A part of digits alone is no domain: "администрация Орска.22:45" is a name and a glued time.
_ADDRESS_TAIL_RE = cache.pattern(r"(?<=\w)(?:\.(?=[\d-]*+\p{L})[\p{L}\d-]++)++")
_ADDRESS_HEAD_RE = cache.pattern(r"(?<![\w.])(?:[\p{L}\d-]++\.)++\Z")
# How far a site's address may reach on either side of the word found.
_ADDRESS_REACH = 40


def address_span(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """
    ``text[start:end]`` grown, within ``lo``..``hi``, over the rest of a site's address: a site's address is one
    name (``aif.ru``, ``Газета.Ru``, ``Report.az``, ``24.kg``).

    >>> t = "Об этом пишет 24.kg."
    >>> address_span(t, 17, 19, 0, len(t))
    (14, 19)
    """
    if site := _ADDRESS_TAIL_RE.match(text, end, min(hi, end + _ADDRESS_REACH)):
        end = site.end()
    if head := _ADDRESS_HEAD_RE.search(text, max(lo, start - _ADDRESS_REACH), start):
        start = head.start()
    return start, end


def _whole_address(text: str, found: Mention, lo: int, hi: int) -> Mention:
    """*found* grown over the rest of a site's address (:func:`address_span`)."""
    start, end = address_span(text, found.start, found.end, lo, hi)
    if (start, end) == (found.start, found.end):
        return found
    return attrs.evolve(found, start=start, end=end, text=text[start:end])


# A quantity of people after a verb: "несколько участников встречи", "ряд экспертов".
# The words of a quantity of people: "несколько участников", "ряд экспертов", "двое чиновников".
_SOME = r"(?i:несколько|многие|некоторые|ряд|часть|большинство|двое|трое|четверо|пятеро)"
_SOME_PEOPLE_RE = cache.pattern(
    rf"\s*+({_SOME}\s++(\p{{Ll}}++))"
    r"(?:\s++\p{Ll}++(?=[.,;!?]|\s*+\Z))?+"
)


def _one_of_group_after(
    ctx: SpeakerContext, text: str, start: int, limit: int, found: Mention | None
) -> Mention | None:
    """
    ``один из …`` after a verb, before any other mention *found*: the person it is named as (in the same phrase or
    an apposition), else the one of the group, unnamed.
    """
    one = one_of_group(text, start, limit)
    if one is None:
        return None
    if found is None:
        found = _apposition_after(ctx, text, one.end, limit)
    if found is not None and found.start < one.start:
        return None
    if found is not None and found.kind == "person" and _one_named(text, one, found):
        return found  # "рассказал один из лидеров партии Имя Фамилия": the one of the group, named
    return one


def _apposition_after(ctx: SpeakerContext, text: str, start: int, end: int) -> Mention | None:
    """The mention in an apposition that opens with the first comma after *start* (``…, директор центра Имя``)."""
    comma = text.find(",", start, end)
    if comma < 0 or _STOP_CHARS & set(text[start:comma]):
        return None
    return _scan_forward(ctx, text, comma + 1, end)[0]


def _one_named(text: str, one: Mention, found: Mention) -> bool:
    """
    Whether the person *found* after ``один из …`` is that one: in the same phrase (``один из лидеров партии Имя
    Фамилия``) or in an apposition after one comma (``один из авторов доклада, директор центра Имя Фамилия``).
    """
    between = text[one.end : found.start]
    if not _STOP_CHARS & set(between):
        return True
    return (
        between.count(",") == 1
        and not _STOP_CHARS & set(between.replace(",", ""))
        and found.person is not None
        and found.person.case in (None, "nomn")
    )


# One of a group after a verb: "один из источников", "одна из участниц".
# Words of time or place may stand between ("рассказал вчера на презентации один из авторов").
_ONE_OF_RE = cache.pattern(r"(?:\s++\p{Ll}++){0,4}?\s*+((?<!\p{L})(?i:один|одна)\s++из\s++(\p{Ll}++))")


def _one_of_group_before(text: str, start: int, verb_start: int) -> Mention | None:
    """One of a group as the subject right before the verb: ``Один из авторов рассказал, что …`` (not ``Одна из них``,
    which counts things); or a quantity of people: ``Несколько европейских дипломатов сказали, что …``."""
    one = one_of_group(text, start, verb_start)
    if one is None or text[one.end : verb_start].strip() or fold(one.text.split()[-1]) == "них":
        return _some_people_before(text, start, verb_start)
    return one


# A quantity of people, their adjectives and the noun right before a verb: "Несколько европейских дипломатов".
_SOME_PEOPLE_BEFORE_RE = cache.pattern(rf"(?<!\p{{L}})({_SOME}(?:[^\S\n]++\p{{Ll}}[\p{{Ll}}-]*+){{1,3}}+)[^\S\n]*+\Z")
# How far before a verb a quantity of people may open.
_SOME_PEOPLE_REACH = 80


def _some_people_before(text: str, start: int, verb_start: int) -> Mention | None:
    """A quantity of people (``несколько``, ``ряд``, ``двое`` … and a genitive plural of people) right before a verb."""
    m = _SOME_PEOPLE_BEFORE_RE.search(text, max(start, verb_start - _SOME_PEOPLE_REACH), verb_start)
    if m is None or not _of_people(m.group(1).split()[-1]):
        return None
    return Mention(m.start(1), m.end(1), "group", m.group(1))


def one_of_group(text: str, start: int, end: int) -> Mention | None:
    """
    One of a group right after a verb (words of time or place may stand between), unnamed: ``один из
    источников``, ``одна из участниц``.

    >>> one_of_group("сказал один из депутатов.", 6, 25).text
    'один из депутатов'
    """
    one = _ONE_OF_RE.match(text, start, end)
    if one is None or not (one[2] == "них" or _of_people(one[2])):
        return None
    return Mention(one.start(1), one.end(), "group", one.group(1))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _of_people(word: str) -> bool:
    """Whether *word* is a genitive plural of people or of a source (``участниц``, ``источников``)."""
    from ...lexicon.morph import parse

    return any(
        p.tag.POS == "NOUN" and {"plur", "gent"} <= p.tag.grammemes
        and ("anim" in p.tag or title_of(str(p.normal_form)) is not None)
        for p in parse(word.lower())[:2]
    )


def _people(word: str) -> bool:
    """Whether *word* is a plural of a person title or noun (``участников``, ``экспертов``)."""
    from ...lexicon.morph import parse

    for p in parse(word.lower())[:2]:
        if p.tag.POS != "NOUN" or "plur" not in p.tag:
            continue
        plural = p.inflect({"plur", "nomn"})
        # A group noun is listed in the plural ("участники"), a title in the singular ("эксперт").
        if title_of(str(p.normal_form)) is not None or (plural is not None and title_of(str(plural.word)) is not None):
            return True
    return False


_QUOTED_AFTER_RE = cache.pattern(r"\s*+(«[^»\n]{1,40}+»|\"[^\"\n]{1,40}+\")")
# A day set off by commas right after a verb: "в понедельник, 8 сентября,", "накануне, 3 июня 2024 года,".
# Or a discourse insertion: "подчеркнул, в свою очередь, глава МИД …".
_WHEN_INSERT_RE = cache.pattern(
    rf"(?i)\s*+(?:{WEEKDAY_AFTER_V}|сегодня|вчера|накануне)\s*+,\s*+{DAY_OF_MONTH}\s*+,"
    rf"|\s*+,\s*+(?:{INSERTIONS}|в\s++ответ)\s*+,"
    # "– сказал, как сообщают РИА Новости, глава ведомства": the report of the attribution, set off by commas.
    r"|\s*+,\s*+как\s++(?:сообща\p{L}++|переда\p{L}++|пиш\p{L}++)\s++[^,\n]{1,40}+,"
)


# How long an aside in brackets after a speech verb may be, to be read past.
_BRACKET_REACH = 80
# An aside in brackets on one line: "(омбудсмен по правам человека)".
_BRACKETS_RE = cache.pattern(r"\([^()\n]{0,80}+\)")


def _scan_forward(ctx: SpeakerContext, text: str, start: int, end: int) -> tuple[Mention | None, str | None]:
    """
    The speaker after a verb, and a bare medium: the rules of :class:`_Forward` in order.

    A pronoun right after the verb (``сказал он``) wins; then a name in the
    nominative anywhere before the next comma (``сообщил на совещании …
    министр Дмитрий Голубев``); then the words one by one.
    """
    words = _outside_markup(text, list(words_in(text, start, end)), start, end)
    if words and words[0].text.lower() in _NOM_PRONOUNS:
        w = words[0]
        return Mention(w.start, w.end, "pronoun", w.text), None
    named = _nominative_person_first(ctx, text, words, start, end)
    if named is not None:
        return named
    return _Forward(ctx, text, words, start, end).scan()


# Markup left in a scraped text: ``<#LINK href="…" text="…">``, ``<b>``.
_MARKUP_RE = cache.pattern(r"<[#/]?+[\p{L}][^<>\n]{0,300}+>")


def _outside_markup(text: str, words: list[Word], start: int, end: int) -> list[Word]:
    """*words* without those inside markup tags, which name nobody (``рассказала<#LINK href="…">начальник``)."""
    if "<" not in text[start:end]:
        return words
    tags = [m.span() for m in _MARKUP_RE.finditer(text, start, end)]
    return [w for w in words if not any(a <= w.start < b for a, b in tags)]


def _clause_end(text: str, words: list[Word], end: int) -> int:
    """
    The end of the last word before the first clause break (a comma, a colon, …) among *words*.

    An abbreviation in brackets is no break (``руководитель Службы разведки (СРГ) Имя Фамилия``).
    """
    for i in range(1, len(words)):
        gap = text[words[i - 1].end : words[i].start]
        if gap.strip() == "(" and _LATIN_OR_CAPS_RE.match(words[i].text) and text.startswith(")", words[i].end):
            continue
        if gap.strip() == ")" and _LATIN_OR_CAPS_RE.match(words[i - 1].text):
            continue
        if any(c in _STOP_CHARS for c in gap):
            return words[i - 1].end
    return end


def _nominative_person_first(
    ctx: SpeakerContext, text: str, words: list[Word], start: int, end: int
) -> tuple[Mention, str | None] | None:
    """A person named in the nominative before the clause ends, with a Latin or capitals medium before it."""
    for person in ctx.persons_in(start, _clause_end(text, words, end)):
        if person.case in (None, "nomn"):
            medium = None
            if words and _LATIN_OR_CAPS_RE.match(words[0].text) and words[0].end <= person.start:
                medium = words[0].text
            return _person_mention(ctx, text, person), medium
    return None


# How far after a title a chain of further titles may run to the name (``, заведующий лабораторией … Иван Петров``).
_CHAIN_REACH = 200
# The most words of a prepositional phrase before a chain of descriptors: "в интервью RT".
_CHAIN_PHRASE_WORDS = 3
_QUOTED_NAME_IN_CHAIN_RE = cache.pattern(r"«[^«»\n]{1,60}+»|\"[^\"\n]{1,60}+\"")
_CHAIN_SPLIT_RE = cache.pattern(r",|\s++и\s++(?![A-Z])")  # "проектов Science и AstroAlert": one link
_ABBREVIATION_DOT_RE = cache.pattern(r"(?<=(?<!\p{L})(?:им|\p{Lu}))\.")
_CHAIN_BREAK_RE = cache.pattern(r"[.!?;:«»\"“”„()\n–—]")
_BRACKETED_ABBREVIATION_RE = cache.pattern(r"\((?:\p{Lu}{2,}+|[A-Z][\w&-]{1,15}+)\)")
_CHAIN_END_RE = cache.pattern(r"\s*+(?:[,.;!?)]|\Z)")


def _genitives(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` goes on an organisation's name in the genitive after a comma: adjectives and nouns
    in the genitive and ``и`` only (``директор Центра востоковедных исследований, международных отношений и
    публичной дипломатии Имя Фамилия``).
    """
    words = words_in(text, start, end)
    if not words:
        return False
    if all(_genitive_link_word(w.text) for w in words):
        return True
    # The list under "по" of a committee's name goes on in the dative: "комитета по делам СНГ, евразийской
    # интеграции и связям с соотечественниками".
    if "по" not in text[max(0, start - _TAIL_BACK) : start].split():
        return False
    return all(
        w.text in ("и", "с", "со")
        or reads_as(w.text, ("NOUN", "ADJF"), "datv", first=True)
        or reads_as(w.text, ("NOUN", "ADJF"), "ablt", first=True)
        for w in words
    )


def _genitive_link_word(word: str) -> bool:
    """
    A word of an organisation's name going on in the genitive: ``и``, a noun or adjective that may be genitive
    (``социологии`` reads first as locative), or an abbreviation (``кафедры экономики и финансов СГУ``).
    """
    return word == "и" or _LATIN_OR_CAPS_RE.match(word) is not None or reads_as(word, ("NOUN", "ADJF"), "gent")


# How far back before a link of a chain its "по" may stand.
_TAIL_BACK = 60


def _opens_with_person_noun(text: str, start: int, end: int) -> bool:
    """
    Whether one of the first three words of ``text[start:end]`` is a title or a person noun (``ведущий автор …``,
    ``ведущий научный сотрудник …``).
    """
    words = [w.text for w in words_in(text, start, end)[:3]]
    return any(w.islower() and (title_of(w) is not None or person_noun(w) is not None) for w in words)


def _completed(
    ctx: SpeakerContext, text: str, found: Mention | None, bounds: tuple[int, int], end: int
) -> Mention | None:
    """
    The speaker *found* after a verb, completed: an organisation with the rest of its address, a title with the
    name its relative clause is followed by (:func:`_named_past_relative`).
    """
    if found is not None and found.kind == "org":
        return _whole_address(text, found, *bounds)
    if found is not None and found.kind == "title":
        return _named_past_relative(ctx, text, found, end) or found
    return found


def _named_past_relative(ctx: SpeakerContext, text: str, title: Mention, end: int) -> Mention | None:
    """
    The person named in the nominative right after a relative clause set off by commas after *title*, the name
    closing the sentence or its clause (``сообщил глава комиссии, в которую входят семь экспертов, Имя Фамилия.``):
    the title's holder.
    """
    aside = _RELATIVE_ASIDE_RE.match(text, title.end, end)
    if aside is None:
        return None
    pm = ctx.person_at(aside.end(), end)
    if pm is None or pm.start != aside.end() or pm.case not in (None, "nomn"):
        return None
    if _CHAIN_END_RE.match(text, pm.end) is None:
        return None
    return _person_mention(ctx, text, pm)


# A relative clause set off by commas: ", в которую входят семь экспертов, ".
_RELATIVE_ASIDE_RE = cache.pattern(
    r",[^\S\n]*+(?:(?:в|во|на|из|с|со|у|к|о|об|для|при)[^\S\n]++)?+котор\p{Ll}++[^,.;:!?«»\n]{1,80}+,[^\S\n]*+"
)


class _Forward:
    """
    The word-by-word search for a speaker after a verb, up to the first clause break.

    Each word is tried by the rules in order (a name, a pronoun, a
    preposition to skip, a title, a name in a form the finder missed, an
    organisation); the first that answers ends the search. An organisation is
    only a fallback: a person or title later in the clause wins over it.
    """

    def __init__(self, ctx: SpeakerContext, text: str, words: list[Word], start: int, end: int) -> None:
        self.ctx, self.text, self.words, self.end = ctx, text, words, end
        self.prev_end = self.skip_to = start
        self.fallback: Mention | None = None
        self.oblique: Mention | None = None
        self.medium: str | None = None

    def scan(self) -> tuple[Mention | None, str | None]:
        for i, w in enumerate(self.words):
            if w.start < self.skip_to:
                continue
            if i > 0 and self._past_brackets(w):
                continue  # "защитник народа (омбудсмен по правам человека) Имя Фамилия": an aside in brackets
            if i > 0 and any(c in _STOP_CHARS for c in self.text[self.prev_end : w.start]):
                chained = self._chain_at_break(i)
                if chained is not None:
                    return chained, self.medium
                break
            self.prev_end = w.end
            found = self._person(w)
            if found is None and w.start < self.skip_to:
                # A name in an oblique case: skipped whole.
                continue
            found = found or self._pronoun(w)
            if found is None and w.text.lower() in _PREPOSITIONS:
                # Skip a prepositional phrase: "на совещании президента РФ", "в ходе визита".
                continue
            if found is None and self._in_quoted_name(w):
                # "заявили в партии «Новые люди»": the words of a name in quotation marks name nobody.
                continue
            found = found or self._title(i) or self._fuzzy(w) or _plural_people(w)
            if found is not None:
                return found, self.medium
            self._organisation(i)
        if self.fallback is None and self.oblique is not None:
            return self.oblique, None
        medium = self.medium if self.fallback is None or self.medium != self.fallback.text else None
        return self.fallback, medium

    def _fuzzy(self, w: Word) -> Mention | None:
        """
        A person of the article in a form the name finder missed; one in another form than the nominative is the
        one told, kept only if no one else is named (``— ответил Блюменталю Мутко``).
        """
        found = _fuzzy_person(self.ctx, w)
        if found is None or found.person is None or fold(w.text) == fold(found.person.surname):
            return found
        if self.oblique is None:
            self.oblique = found
        return None

    def _chain_at_break(self, i: int) -> Mention | None:
        """
        The name after a chain of descriptors when the clause breaks before ``words[i]`` with no speaker found: also
        past a medium right after the verb (``сообщил RT``) or an organisation a person noun opening the clause is
        of (``доцент кафедры … РГГУ, директор …``).
        """
        medium_only = self.fallback is not None and self.fallback.text == self.medium
        owned = self.fallback is not None and _opens_with_person_noun(self.text, self.words[0].start, self.words[0].end)
        return self._after_chain(i) if self.fallback is None or medium_only or owned else None

    def _past_brackets(self, w: Word) -> bool:
        """Whether *w* opens an aside in brackets, of one line and at most 80 characters: it is skipped whole."""
        gap = self.text[self.prev_end : w.start]
        if gap.strip() != "(":
            return False
        close = self.text.find(")", w.end, min(self.end, w.end + _BRACKET_REACH))
        if close < 0 or "\n" in self.text[w.start : close]:
            return False
        self.skip_to = self.prev_end = close + 1
        return True

    def _in_quoted_name(self, w: Word) -> bool:
        """Whether *w* stands inside a ``«…»`` opened after the verb."""
        start = self.words[0].start
        return self.text.count("«", start, w.start) > self.text.count("»", start, w.start)

    def _person(self, w: Word) -> Mention | None:
        pm = self.ctx.person_at(w.start, w.end)
        if pm is None or pm.start != w.start:
            return None
        if pm.case in (None, "nomn"):
            return _person_mention(self.ctx, self.text, pm)
        self.skip_to = self.prev_end = pm.end
        return None

    def _pronoun(self, w: Word) -> Mention | None:
        if w.text.lower() not in _NOM_PRONOUNS:
            return None
        return Mention(w.start, w.end, "pronoun", w.text)

    def _title(self, i: int) -> Mention | None:
        word = self.words[i].text
        found_title = title_of(word)
        if found_title is None or not can_be_nominative(word, found_title[0]):
            return None
        title = _make_title(self.ctx, self.text, self.words, i, self.end)
        if (
            title is not None
            and title.kind == "org"
            and document_noun(word, 2)
            and any(p.case in (None, "nomn") for p in self.ctx.persons_in(title.end, self.end))
        ):
            # "прокомментировал RT заявление министра специалист … Имя Фамилия": the statement is the verb's
            # object, the name after it its subject ("«…», — гласит заявление министерства" names no one after).
            self.skip_to = self.prev_end = title.end
            return None
        if title is None or title.kind != "title":
            return title
        # A name right after the title phrase: "министр сельского хозяйства Дмитрий Голубев".
        after = self.ctx.person_at(title.end, min(self.end, title.end + 80 + _BRACKET_REACH))
        if (
            after is not None
            and after.case in (None, "nomn")
            # A name in quotation marks may hold a stop of its own: "журналист сайта «Yahoo! Sports» Дэн Ветцел".
            and not any(c in _STOP_CHARS for c in _between_title_and_name(self.text, title.end, after.start))
        ):
            return _person_mention(self.ctx, self.text, after)
        # "руководитель проекта, заведующий отделом … Иван Петров": a chain of titles before the name.
        return self._chain_from(title.start, title.end) or title

    def _after_chain(self, i: int) -> Mention | None:
        """
        The name after a chain of descriptors (see :meth:`_chain_from`) whose first link ends before ``words[i]``.

        The chain may open after a prepositional phrase of up to three words (``отметил в интервью RT американист,
        профессор … Имя Фамилия``): it opens at the first title or person noun after the preposition; or after the
        medium in Latin letters or capitals right after the verb (``сообщил RT соавтор исследования, атташе …``).
        """
        start = 0
        if i > 1 and _LATIN_OR_CAPS_RE.match(self.words[0].text):
            start = 1  # "сообщил RT соавтор исследования, атташе … Имя Фамилия": the medium, then the chain
        elif self.words[0].text.lower() in _PREPOSITIONS:
            start = next(
                (
                    j
                    for j in range(1, min(i, _CHAIN_PHRASE_WORDS + 1))
                    if _opens_with_person_noun(self.text, self.words[j].start, self.words[j].end)
                ),
                0,
            )
        return self._chain_from(self.words[start].start, self.words[i].start)

    def _chain_from(self, start: int, first_break: int) -> Mention | None:
        """
        The name after a chain of descriptors set off by commas, opening at *start*.

        ``сказал руководитель проекта, заведующий отделом и доцент
        МГУ Иван Петров``: each link opens with a person noun or title (in its
        first three words), and no full stop, colon, dash or quotation mark
        breaks the chain before the name, which is in the nominative.
        """
        # The name ends the chain; a name inside a link is another's ("лабораторией имени Ивана Павлова и …").
        after = next(
            (
                p
                for p in self.ctx.persons_in(first_break, min(self.end, start + _CHAIN_REACH))
                if p.case in (None, "nomn") and _CHAIN_END_RE.match(self.text, p.end) is not None
            ),
            None,
        )
        if after is None:
            return None
        # A name in quotation marks inside a link belongs to it ("директор института «Сфера», доктор наук …").
        chain = _QUOTED_NAME_IN_CHAIN_RE.sub(lambda q: "N" * len(q.group()), self.text[start : after.start])
        # The full stop of an initial or of "им." ends no link: "факультета МГУ им. М.В. Ломоносова".
        chain = _ABBREVIATION_DOT_RE.sub("N", chain)
        # An abbreviation in brackets spells out the body before it: "при Федеральной службе … (ФСИН)".
        chain = _BRACKETED_ABBREVIATION_RE.sub(lambda q: "N" * len(q.group()), chain)
        if _CHAIN_BREAK_RE.search(chain):
            return None
        cuts = [x for m in _CHAIN_SPLIT_RE.finditer(chain) for x in m.span()]
        bounds = [start, *(start + x for x in cuts), after.start]
        links = list(zip(bounds[::2], bounds[1::2], strict=True))
        if len(links) < 2 or not _opens_with_person_noun(self.text, *links[0]):
            return None
        # Each later link opens with a title or a person noun, or goes on the name of an organisation in the genitive.
        if not all(
            _opens_with_person_noun(self.text, s, e) or _genitives(self.text, s, e)
            for s, e in links[1:]
            if self.text[s:e].strip()
        ):
            return None
        return _person_mention(self.ctx, self.text, after)

    def _organisation(self, i: int) -> None:
        """Keep the first organisation as the fallback: "…, сообщил Минтранс.", "сказал Trend …"."""
        w = self.words[i]
        word = w.text
        if self.fallback is not None or self.skip_to > w.start or (self.oblique and self.oblique.start == w.start):
            return  # a person of the article in an oblique case is no organisation's name
        after_preposition = i > 0 and self.words[i - 1].text.lower() in _PREPOSITIONS
        if i > 0 and _MEDIUM_RE.match(self.text, self.words[max(0, i - 3)].start, w.end):
            return  # "рассказал в интервью RT": the medium the words were given to, not the speaker
        if word[:1].isupper() and _org_noun(word) and not after_preposition:
            j = self._run_end(i, lambda x: x[:1].isupper())
            latin = False
        elif _LATIN_OR_CAPS_RE.match(word):
            j = self._run_end(i, lambda x: _LATIN_OR_CAPS_RE.match(x) is not None)
            if self._name_tail(j):
                j += 1  # "передает РИА Новости.": a capitalised word that ends the clause is part of the name
            latin = True
        elif (
            i == 0
            and word[:1].isupper()
            and self.text[w.start - 1] not in _OPENING_MARKS
            and self._ends_clause(j := self._run_end(i, lambda x: x[:1].isupper()))
        ):
            # "…, сообщает Вести-Агро.": capitalised words that fill the clause after the verb name the source; a
            # name in Latin letters after Cyrillic ones is the outlet told ("— сказала Рамиля RT.").
            latin = False
            while j > i and _LATIN_OR_CAPS_RE.match(self.words[j].text) and not _LATIN_OR_CAPS_RE.match(word):
                j -= 1
        else:
            return
        if not latin:
            j = _po_tail(self.text, self.words, j)
        end = self.words[j].end
        unclosed = self.text.count("«", w.start, end) > self.text.count("»", w.start, end)
        if unclosed and self.text[end : end + 1] == "»":
            end += 1  # "РИА «Новости»": the closing mark of a name in the run
        self.fallback = Mention(w.start, end, "org", self.text[w.start : end])
        if latin and i == 0:
            # Right after the verb a Latin or capitals name is the medium: "сказал Trend депутат …".
            self.medium = self.fallback.text
        self.skip_to = self.prev_end = self.words[j].end

    def _name_tail(self, j: int) -> bool:
        """Whether ``words[j + 1]`` is a capitalised word, no person's, that ends the clause after ``words[j]``."""
        if j + 1 >= len(self.words):
            return False
        nxt = self.words[j + 1]
        return (
            nxt.text[:1].isupper()
            and not any(c in _STOP_CHARS for c in self.text[self.words[j].end : nxt.start])
            and self.ctx.person_at(nxt.start, nxt.end) is None
            and self._ends_clause(j + 1)
        )

    def _ends_clause(self, j: int) -> bool:
        """Whether ``words[j]`` is the last word of the clause searched."""
        if j + 1 >= len(self.words):
            return True
        return any(c in _STOP_CHARS for c in self.text[self.words[j].end : self.words[j + 1].start])

    def _run_end(self, i: int, joins: Callable[[str], bool]) -> int:
        """The last word of the run starting at ``words[i]`` whose words satisfy *joins* with no break between."""
        j = i
        while (
            j + 1 < len(self.words)
            and joins(self.words[j + 1].text)
            and not any(c in _STOP_CHARS for c in self.text[self.words[j].end : self.words[j + 1].start])
        ):
            j += 1
        return j


# An editor's note in brackets right before a verb, signed after a dash: "Сомов (глава фонда. — Ред.) сказал"
# (not a name's abbreviation: "Национальная топливная компания (НТК) заявила").
_BRACKET_BEFORE_RE = cache.pattern(r"\([^()]{1,120}?[—–-]\s*+[\p{L}.]{1,12}+\s*+\)\s*+\Z")
_NOTE_REACH = 130


def _subject_end(ctx: SpeakerContext, text: str, start: int, verb_start: int) -> int:
    """Where the subject of the verb at *verb_start* may end: before an aside or an editor's note right before it."""
    aside = _DASH_ASIDE_RE.search(text, max(start, verb_start - 100), verb_start) or _comma_apposition(
        ctx, text, max(start, verb_start - 100), verb_start
    )
    if aside is not None:
        # "Константин Елисеев — замглавы администрации Порошенко — сообщил", "Андрей Илларионов, бывший советник
        # г-на Путина, сказал": the subject stands before the aside.
        verb_start = aside.start()
    bracket = _BRACKET_BEFORE_RE.search(text, max(start, verb_start - _NOTE_REACH), verb_start)
    if bracket is None or text[bracket.start() + 1 : bracket.start() + 2].isupper():
        # "он (Сомов. — Ред.) считал": a note that names the one a pronoun stands for is the subject.
        return verb_start
    # "Сомов (глава фонда. — Ред.) сказал": an editor's note between the subject and its verb.
    return bracket.start()


def _governed(text: str, words: Sequence[Word], j: int) -> bool:
    """
    Whether ``words[j]`` stands after a preposition, so no subject (``позвонил в ведомство и рассказал``); the one
    cited after ``со ссылкой на`` still is the source (``со ссылкой на источник пишет, что``).
    """
    if j == 0 or words[j - 1].text.lower() not in _PREPOSITIONS:
        return False
    cited = _SSYLKA_RE.search(text, max(0, words[j - 1].start - 12), words[j].start)
    return cited is None or cited.end() != words[j].start


def mention_before(ctx: SpeakerContext, text: str, start: int, verb_start: int) -> Mention | None:
    """
    Find the subject of a speech verb going back from *verb_start* to *start*.

    A person named in a dash aside right before the verb is the one a title or a noun before it describes
    (``Автор инициативы — президент организации Имя Фамилия — рассказал``).

    >>> t = "Вице-министр сельского хозяйства также отметил, что"
    >>> m = mention_before(SpeakerContext(t), t, 0, 38); (m.kind, m.head, m.role)
    ('title', 'вице-министр', 'Вице-министр сельского хозяйства')
    """
    found = _subject_before_verb(ctx, text, start, verb_start)
    if found is not None and found.kind == "person":
        return found
    return _named_in_dash_aside(ctx, text, start, verb_start) or found


def _named_in_dash_aside(ctx: SpeakerContext, text: str, start: int, verb_start: int) -> Mention | None:
    """The person named in the nominative at the end of a dash aside right before the verb at *verb_start*."""
    aside = _DASH_ASIDE_RE.search(text, max(start, verb_start - 100), verb_start)
    if aside is None:
        return None
    named = [p for p in ctx.persons_in(aside.start(), aside.end()) if p.case in (None, "nomn")]
    if not named or " " not in named[-1].name:
        return None  # a name the text gives in full, here or before (``Один из зачинщиков — Фидлер — отметил``)
    return mention_anywhere(ctx, text, named[-1].start, named[-1].end)


def _subject_before_verb(ctx: SpeakerContext, text: str, start: int, verb_start: int) -> Mention | None:
    """The subject of a speech verb going back from *verb_start* to *start*, past an aside right before the verb."""
    start = max(start, verb_start - WINDOW)
    one = _one_of_group_before(text, start, verb_start)
    if one is not None:
        return one
    verb = _verb_word(text, verb_start)
    verb_start = _subject_end(ctx, text, start, verb_start)
    words = list(words_in(text, start, verb_start))
    n = 0
    i = len(words) - 1
    while i >= 0 and n < 16:
        w = words[i]
        n += 1
        pm = None
        for p in ctx.persons_in(max(start, w.start - 60), w.end):
            if p.start <= w.start < p.end:
                pm = p
        if pm is not None:
            found = _named_subject(ctx, text, (words, i), pm, (verb, verb_start))
            if found is not None:
                return found
            while i >= 0 and words[i].start >= pm.start:
                i -= 1
            continue
        word = w.text
        if _pronoun_subject(text, words, i, verb_start):
            return Mention(w.start, w.end, "pronoun", word)
        t = title_of(word)
        # Before a singular verb only a singular title is its subject ("визита главы МИДа пообещал": a genitive).
        singular = verb is not None and not verb.plural
        if (
            t is not None
            and can_be_nominative(word, t[0], singular=singular)
            and not _owned_by_noun_before(text, words, i)
        ):
            # The head of a title phrase is its first title word: go back over "Пресс-секретарь премьер-министра".
            j = _title_head(text, words, i)
            m = None if _governed(text, words, j) else _make_title(ctx, text, words, j, verb_start)
            if m is not None and not (m.kind == "group" and verb is not None and not verb.plural):
                return m  # not a plural one before a singular verb: "призвал стороны к диалогу, а также заявил"
        fz = _fuzzy_person(ctx, w)
        if fz is not None and not _object_of_pronoun_subject(text, words, i, fz.start):
            if not _object_before_plural(text, fz.end, verb, verb_start):
                return fz
        i -= 1
    # Past an aside, the verb's number still decides ("Рособрнадзор, опираясь на данные, заявил").
    return subject_before(text, start, verb_start, plural=verb.plural if verb is not None else None)


def _pronoun_subject(text: str, words: list[Word], i: int, verb_start: int) -> bool:
    """
    Whether ``words[i]`` is a pronoun that is the verb's subject: "он", "она", "они", a demonstrative (``тот
    заявил``), or "вы" right before the verb, the one addressed (``в Абу-Даби вы обмолвились, что``).
    """
    low = words[i].text.lower()
    if low in _NOM_PRONOUNS or _demonstrative_subject(text, words, i, verb_start):
        return True
    return i == len(words) - 1 and low == "вы"


def _object_of_pronoun_subject(text: str, words: list[Word], i: int, start: int) -> bool:
    """
    Whether the name that starts at *start* (its word ``words[i]``) stands right after a verb whose subject is the
    pronoun before it (``Он поблагодарил Гелашвили``): an object of that verb, in a case its form does not show.
    """
    j = i
    while j >= 0 and words[j].start >= start:
        j -= 1
    if j < 1 or words[j - 1].text.lower() not in _NOM_PRONOUNS:
        return False
    if text[words[j - 1].end : words[j].start].strip() or text[words[j].end : start].strip():
        return False
    return reads_as(words[j].text.lower(), ("VERB",), first=True)


def _object_after_verb(text: str, words: list[Word], i: int) -> bool:
    """
    Whether ``words[i]``, a lower-case word, stands right after a transitive verb (only spaces between): that
    verb's object (``дал интервью``), no subject of a later one; after an intransitive verb a noun is its subject
    (``подходят коллеги и говорят``).
    """
    if i < 1 or not words[i].text[:1].islower() or text[words[i - 1].end : words[i].start].strip():
        return False
    verb = parse(words[i - 1].text.lower())[:1]
    # An infinitive's object is none either ("обязательство не принимать участие … и указывает").
    return bool(verb) and verb[0].tag.POS in ("VERB", "INFN") and "tran" in verb[0].tag


def _demonstrative_subject(text: str, words: list[Word], i: int, verb_start: int) -> bool:
    """
    Whether demonstrative ``words[i]`` is the subject itself: it stands right before the verb (``… канала тот
    заявил``), or past particles and adverbs only (``Тот же постоянно повторял``), after no preposition (``в тот
    день``) and before no noun it would modify.
    """
    from ...lexicon.morph import reads_as

    if words[i].text.lower() not in SUBJECT_DEMONSTRATIVES:
        return False
    between = words[i + 1 :]
    if len(between) > 2 or not all(reads_as(w.text.lower(), ("PRCL", "ADVB"), first=True) for w in between):
        return False
    if any(c in _STOP_CHARS for c in text[words[i].end : verb_start]):
        return False
    return i == 0 or words[i - 1].text.lower() not in _PREPOSITIONS


def _owned_by_noun_before(text: str, words: list[Word], i: int) -> bool:
    """
    Whether title ``words[i]`` is the genitive owner of a noun for a person right before it (``Дочь актрисы
    утверждает``): that noun heads the subject, not the title; or a genitive in the name of a body (``Ученые из
    Института генетики заявили``: "генетики" is no plural of "генетик").
    """
    from ...lexicon.morph import parse

    if i == 0 or text[words[i - 1].end : words[i].start].strip():
        return False
    if not any(p.tag.case == "gent" for p in parse(words[i].text.lower())):
        return False
    head = parse(words[i - 1].text.lower())[:1]
    if head and head[0].tag.POS == "NOUN" and "anim" in head[0].tag and head[0].tag.case == "nomn":
        return True
    return _in_body_name(text, words, i)


def _in_body_name(text: str, words: list[Word], i: int) -> bool:
    """
    Whether ``words[i]`` continues the name of a body in the genitive: a capitalised noun in the genitive before
    it, over genitives and "и" only (``Института молекулярной биологии и генетики``).
    """
    for j in range(i - 1, max(-1, i - 6), -1):
        if text[words[j].end : words[j + 1].start].strip():
            return False
        low = words[j].text.lower()
        if words[j].text[:1].isupper():
            first = parse(low)[:1]
            head = bool(first) and first[0].tag.POS == "NOUN" and first[0].tag.case == "gent"
            return head and not opens_sentence(text, words[j].start)
        if low != "и" and not any(p.tag.case == "gent" for p in parse(low)[:2]):
            return False
    return False


def _comma_apposition(ctx: SpeakerContext, text: str, lo: int, verb_start: int) -> regex.Match[str] | None:
    """
    A title or a noun for a person set off by commas right after a name in the nominative and before the verb
    (``Андрей Илларионов, бывший экономический советник г-на Путина, сказал``, ``Имя Фамилия, жена Кинчева,
    сказала``), or a gerund's phrase set off by commas before the verb (``…, анализируя шансы проекта X,
    указывает``), or None.
    """
    m = _COMMA_ASIDE_RE.search(text, lo, verb_start)
    if m is None:
        return None
    words = words_in(text, m.start(), m.end())
    if words and reads_as(words[0].text, ("GRND",), first=True):
        return m  # "Тарас Березовец, анализируя шансы проекта Саакашвили, указывает": a gerund's phrase
    if not any(title_of(w.text) is not None or person_noun(w.text) is not None for w in words[:4]):
        return None  # a title or a noun for a person opens the aside ("…, жена Кинчева, сказала")
    named = ctx.persons_in(max(lo, m.start() - 60), m.start())
    if not named or named[-1].case not in (None, "nomn") or text[named[-1].end : m.start()].strip():
        return None
    return m


# A stretch set off by commas right before a verb: ", бывший экономический советник г-на Путина, ", also with a
# phrase of where or how between it and the verb (", президент компании, в своём письме акционерам ").
_COMMA_ASIDE_RE = cache.pattern(
    r",[^\S\n]*+\p{Ll}[^,.!?:;«»\n]{2,80}?,[^\S\n]*+"
    r"(?:(?:в|во|на|по|при|после|перед|с|со)[^\S\n]++(?:[^\s,.!?:;«»–—]++[^\S\n]++){1,4}+)?+\Z"
)
# An apposition set off by dashes right before a verb: " — замглавы администрации Порошенко — ".
_DASH_ASIDE_RE = cache.pattern(r"[^\S\n][–—][^\S\n][^–—\n]{2,80}?[^\S\n][–—][^\S\n]*+\Z")


def _title_head(text: str, words: list[Word], i: int) -> int:
    """
    The first title word of the title phrase that ends with ``words[i]``, going back over title words
    (``Пресс-секретарь премьер-министра``) and the adjectives between them (``глава казахстанского правительства``).
    """
    from ...lexicon.morph import parse

    j = i
    k = i
    while k > 0 and k >= j - 2:
        prev = words[k - 1]
        if any(c in _STOP_CHARS for c in text[prev.end : words[k].start]):
            break
        word = prev.text
        if title_of(word) is not None:
            if not can_be_nominative(word) or not any(p.tag.case == "gent" for p in parse(words[k].text.lower())):
                # "После громкого сообщения министр заявил": a title not in the genitive is no other title's owner.
                break
            j = k = k - 1
            continue
        if not any(p.tag.POS == "ADJF" and "gent" in p.tag for p in parse(word.lower())[:2]):
            break
        k -= 1
    return j


# "Имя Фамилия и (посол) Имя Фамилия": "и" and at most three lower-case words of a title before the second name.
_AND_BEFORE_RE = cache.pattern(r"[^\S\n]++и[^\S\n]++(?:\p{Ll}[\p{L}-]*+[^\S\n]++){0,3}+\Z")


def _object_before_plural(text: str, end: int, verb: VerbForm | None, verb_start: int) -> bool:
    """
    Whether one person's name ending at *end*, right before a plural verb, is its object, put first (``Сомова
    обвиняют в том, что …``): one person is no subject of a plural verb.
    """
    return verb is not None and verb.plural and not text[end:verb_start].strip()


def _named_subject(
    ctx: SpeakerContext,
    text: str,
    at: tuple[list[Word], int],
    pm: PersonMention,
    verb: tuple[VerbForm | None, int],
) -> Mention | None:
    """
    The subject a person's name *pm* (its word ``words[i]``) gives the verb: the person, or the pair it closes
    (``Миксер и Восман считают``); None when the name is no subject (an oblique case, an object).
    """
    words, i = at
    if pm.case not in (None, "nomn") or _object_of_pronoun_subject(text, words, i, pm.start):
        return None
    pair = _pair_before(ctx, text, pm, verb[1])
    if pair is None and _object_before_plural(text, pm.end, verb[0], verb[1]):
        return None
    return pair or _person_mention(ctx, text, pm)


def _pair_before(ctx: SpeakerContext, text: str, pm: PersonMention, verb_start: int) -> Mention | None:
    """
    Two people joined by "и" before a plural verb: a plural speaker, unnamed (``Миксер и Восман считают``).
    """
    verb = _verb_word(text, verb_start)
    joined = _AND_BEFORE_RE.search(text, max(0, pm.start - 60), pm.start)
    if verb is None or not verb.plural or joined is None:
        return None
    before = ctx.persons_in(max(0, joined.start() - 60), joined.start())
    if not before or before[-1].end != joined.start():
        return None
    first = before[-1]
    return Mention(first.start, pm.end, "group", text[first.start : pm.end])


# The author's own voice is no speaker: "Я сказал, что", "Ранее мы писали, что".
_FIRST_PERSON = frozenset({"я", "мы"})
# Sentence ends stop the search for a subject.
# A sentence stop; a full stop inside a site's address ("aif.ru") is none.
_SUBJECT_STOP_RE = cache.pattern(r"(?!(?<=\w)\.\w)[.!?…\n]")
_CONTRAST_OPEN_RE = cache.pattern(r"(?i),\s*+(?:а|но|однако)\s++")
_QUOTED_NAME_RE = cache.pattern(r"«[^»\n]{1,40}+»|\"[^\"\n]{1,40}+\"")


def subject_before(text: str, start: int, verb_start: int, plural: bool | None = None) -> Mention | None:
    """
    The subject of a speech verb that is no name, pronoun or title: an organisation or a person noun.

    The leftmost noun phrase in the nominative of the verb's number before it
    in its clause, outside prepositional phrases: an organisation or document
    (``Минздрав сообщает``, ``Озерское самоуправление сообщает``, ``РЖД
    объявила``, ``«Карабах» объявил``) is an ``org``; a person noun is a
    ``title`` whose head is the noun (``Позвонивший мужчина сообщил``,
    ``градоначальник отметил``); a plural one is a ``group`` (``Адвокаты
    считают``). The author's ``я``/``мы`` is nobody.

    >>> t = "Вчера Минздрав сообщил, что"
    >>> subject_before(t, 0, 15).text
    'Минздрав'
    >>> t = "Приехавший мужчина сообщил, что"
    >>> m = subject_before(t, 0, 19); (m.kind, m.head, m.text)
    ('title', 'мужчина', 'Приехавший мужчина')

    Any other verb is given by its number (*plural*): ``Комиссия выступала
    против, заявив, что …``.
    """
    verb = _verb_word(text, verb_start)
    if verb is None and plural is None:
        return None
    plural = verb.plural if verb is not None else bool(plural)
    lo = max(start, verb_start - WINDOW)
    lo = max((m.end() for m in _SUBJECT_STOP_RE.finditer(text, lo, verb_start)), default=lo)
    # "Принято обвинять Россию, а временная комиссия говорит": the clause that "а"/"но" opens has the subject.
    lo = max((m.end() for m in _CONTRAST_OPEN_RE.finditer(text, lo, verb_start)), default=lo)
    # After a quotation closed by a dash ("…», — сказал он") the speaker follows the verb; after one closed by a
    # colon ("«…»: в ДНР заявили") the subject does.
    lo = max((m.end() for m in _QUOTE_CLOSE_RE.finditer(text, lo, verb_start)), default=lo)
    quoted = _QUOTED_NAME_RE.search(text, max(0, lo - 1), verb_start)
    words = list(words_in(text, lo, verb_start))
    # "В интервью RT россиянин рассказал": the medium the words were given to is no subject.
    media = [(m.start(), m.end()) for m in _MEDIUM_RE.finditer(text, lo, verb_start)]
    for w in _outside_prepositions(words):
        low = w.text.lower()
        if low in _FIRST_PERSON:
            return None
        if any(a <= w.start < b for a, b in media):
            continue
        if quoted is not None and quoted.start() < w.start < quoted.end():
            return Mention(quoted.start(), quoted.end(), "org", quoted.group()[1:-1])
        if text[w.end : w.end + 1] == "," and _parenthetical_word(low):
            continue  # "Правда, секретарь партии утверждает": a parenthetical word, not "Правда" the paper
        i = words.index(w)
        if _object_after_verb(text, words, i):
            continue  # "Иван Петров дал интервью газете, … и подтвердил": the object of another verb
        found = _subject_at(text, words, i, plural)
        if found is not None and not (verb is not None and _gender_clash(found, verb.gender)):
            return _person_after_object(text, words, i, found, plural) or found
    return None


def _person_after_object(text: str, words: list[Word], i: int, found: Mention, plural: bool) -> Mention | None:
    """
    A noun for a person in the nominative after the body *found* (its head ``words[i]``) in the same clause: the
    inanimate noun whose accusative is its nominative is the verb's object, the person its subject (``Впрочем,
    триумф бойца соперник поставил под сомнение``).
    """
    from ...lexicon.morph import parse

    if found.kind != "org" or not found.text[:1].islower():
        return None
    if not any(p.tag.case == "accs" and "inan" in p.tag for p in parse(words[i].text.lower())):
        return None
    for j in range(i + 1, len(words)):
        w = words[j]
        if _CLAUSE_BREAK_RE.search(text, words[j - 1].end, w.start) or is_finite_verb(w.text):
            return None
        if w.start < found.end:
            continue
        parses = parse(w.text.lower())
        if parses and all(p.tag.case == "nomn" for p in parses):
            p = parses[0]
            if "anim" in p.tag and _common_nominative(p.tag, "plur" if plural else "sing"):
                return _noun_phrase_subject(text, words, j, p, plural)
    return None


def _common_nominative(tag: Any, number: str) -> bool:
    """Whether *tag* is of a common noun (no name, no place) in the nominative of *number*."""
    return (
        tag.POS == "NOUN"
        and "nomn" in tag
        and number in tag
        and not {"Name", "Surn", "Patr", "Geox"} & tag.grammemes
    )


# What ends a clause between two words: a comma, a dash or a sentence's end.
_CLAUSE_BREAK_RE = cache.pattern(r"[,;:.!?–—]")


def _parenthetical_word(low: str) -> bool:
    """Whether the dictionary reads *low* as a parenthetical word (``правда``, ``впрочем``, ``конечно``)."""
    from ...lexicon.morph import parse

    return any("Prnt" in p.tag for p in parse(low))


# The grammatical genders a past-tense verb of each gender agrees with.
_AGREEING_GENDERS = {"m": "masc", "f": "femn"}


def _gender_clash(found: Mention, gender: str | None) -> bool:
    """
    Whether the body *found* cannot be the subject of a past-tense verb of *gender*: its head noun, known to the
    dictionary, has another gender (``Намерение регулятора подтвердил глава государства``: the object, the verb's
    subject follows it). People and abbreviations are left alone (``министр заявила``, ``ЦБ заявил``).
    """
    from ...lexicon.morph import known_parses

    written = found.text.split()[0] if found.text else ""
    if found.kind != "org" or gender not in _AGREEING_GENDERS or written.isupper():
        return False  # an abbreviation takes either gender ("ЦБ заявил", "РЖД сообщили")
    nouns = [
        p
        for p in known_parses(written.lower())
        if p.tag.POS == "NOUN" and "nomn" in p.tag and p.tag.gender and "Abbr" not in p.tag.grammemes
    ]
    return bool(nouns) and all(p.tag.gender != _AGREEING_GENDERS[gender] for p in nouns)


def _verb_word(text: str, verb_start: int) -> VerbForm | None:
    """The speech verb, or the auxiliary before one (``поспешили объявить``), that starts at *verb_start*."""
    from ...lexicon.quotes import auxiliary_form, verb_forms

    m = word_at(text, verb_start)
    if m is None:
        return None
    return verb_forms().get(m.text.lower().replace("ё", "е")) or auxiliary_form(m.text)


def _determines(ps: Sequence[Any], nxt: str, *, emphatic: bool = False) -> bool:
    """
    Whether a pronoun adjective read as *ps* modifies the noun *nxt* in its case (``этой встречи``); with
    *emphatic* (a particle between them: ``то же время``) by any of its readings, not only its first (``то`` is a
    conjunction first).
    """
    from ...lexicon.morph import parse

    if not ps or ("Apro" not in ps[0].tag and not emphatic):
        return False
    cases = {p.tag.case for p in ps if "Apro" in p.tag}
    return any(p.tag.POS == "NOUN" and p.tag.case in cases for p in parse(nxt.lower())[:3])


def _phrase_head(p: Any) -> bool:
    """Whether reading *p* can close a prepositional phrase: a noun, or a pronoun used as one (``тем``, ``этом``)."""
    return p.tag.POS in ("NOUN", "NPRO", "CONJ") or "Subx" in p.tag


# Prepositions that govern the genitive, past which no subject stands ("Накануне этой встречи официальные лица
# заявили": not "встречи").
_GENITIVE_PREPOSITIONS = frozenset(
    "после накануне вокруг около вместо кроме среди возле против ради вне без помимо вследствие насчёт насчет".split()
)


# Emphatic words between a demonstrative and its noun: "в то же время", "в тот самый день".
_EMPHATIC_PARTICLES = frozenset({"же", "самое", "самый", "самая", "самой", "самом", "самым", "самого"})


def _outside_prepositions(words: list[Word]) -> list[Word]:
    """The words not inside a prepositional phrase (a preposition up to its first noun)."""
    from ...lexicon.morph import parse

    out: list[Word] = []
    inside = tail = False
    for i, w in enumerate(words):
        low = w.text.lower()
        if low in _PREPOSITIONS or low in _GENITIVE_PREPOSITIONS:
            inside = True
            continue
        if inside and low in _EMPHATIC_PARTICLES:
            continue  # "В то же время": the particle stays inside the phrase
        ps = parse(low)
        nxt = i + 1
        while nxt < len(words) and words[nxt].text.lower() in _EMPHATIC_PARTICLES:
            nxt += 1
        if inside and nxt < len(words) and _determines(ps, words[nxt].text, emphatic=nxt > i + 1):
            continue  # "Накануне этой встречи", "В то же время": the demonstrative goes with the noun after it
        if inside:
            # The phrase runs to its noun ("в ходе", "В Федерации") or to a pronoun standing for one ("Между тем",
            # "При этом": the words after them are no part of the phrase) ...
            inside = not (ps and _phrase_head(ps[0])) and not w.text[:1].isupper()
            # A pronoun takes no genitives after it ("Между тем СМИ сообщили").
            tail = not inside and (w.text[:1].isupper() or ps[0].tag.POS == "NOUN")
            continue
        if tail and any("gent" in p.tag for p in ps[:3]) and not _person_in_nominative(ps[:3]):
            # ... and over the genitives after it ("в Федерации легкой атлетики Узбекистана"), not a person in the
            # nominative that reads as one too ("Во время задержания стрелок прокричал").
            continue
        tail = False
        out.append(w)
    return out


def _person_in_nominative(parses: Sequence[Parse]) -> bool:
    """Whether one of *parses* is an animate noun in the nominative singular ("стрелок", not "стрелок" of arrows)."""
    return any(p.tag.POS == "NOUN" and {"anim", "nomn", "sing"} <= p.tag.grammemes for p in parses)


def _unknown_capital_at(words: list[Word], i: int) -> Mention | None:
    """``Эр-Рияд отрицает …``: a capital the dictionary does not know at ``words[i]``, for its government."""
    word = words[i].text
    if _unknown_capital(word) and _only_adverbs_after(words, i):
        return Mention(words[i].start, words[i].end, "org", word)
    return None


def _known_person_noun(text: str, w: Word) -> bool:
    """
    Whether the capitalised word *w* is a noun for a person the dictionary knows (``Бегун``) and no title, not a
    name it only guesses at (``Базарбек``) nor one the text writes capitalised inside a sentence nearby too
    (``письме Кузнеца``).
    """
    word = w.text
    low = word.lower()
    if not is_known(low) or person_noun(low) is None or title_of(word) is not None:
        return False
    stem = regex.escape(word[: max(3, len(word) - 2)])
    # A bounded stretch around the word, so that a text of many such sentences costs no more than its length.
    lo, hi = max(0, w.start - _NAME_ELSEWHERE_REACH), min(len(text), w.end + _NAME_ELSEWHERE_REACH)
    return regex.search(rf"(?<=\p{{Ll}}[,]?[^\S\n]){stem}", text, pos=lo, endpos=hi) is None


# How far around a bare noun for a person the text is searched for the same word capitalised inside a sentence.
_NAME_ELSEWHERE_REACH = 3000


def _counted_people(text: str, words: list[Word], i: int) -> Mention | None:
    """
    A number of people as a plural verb's subject: a numeral in the nominative at ``words[i]``, then a noun for people
    in the genitive, past its adjectives (``Трое местных чиновников сообщили``, ``Несколько депутатов
    заявили``).
    """
    low = words[i].text.lower()
    if low != "несколько" and not any(p.tag.POS == "NUMR" and "nomn" in p.tag for p in parse(low)[:2]):
        return None
    for j in range(i + 1, min(len(words), i + 1 + _COUNTED_ADJECTIVES + 1)):
        if text[words[j - 1].end : words[j].start].strip():
            return None  # a comma or a mark: no phrase
        first = parse(words[j].text.lower())[:1]
        if not first or "gent" not in first[0].tag:
            return None
        if first[0].tag.POS == "NOUN":
            if "anim" not in first[0].tag:
                return None  # "два источника" may be documents; "пять лет" is no one
            end = _phrase_end(text, words, j)
            return Mention(words[i].start, end, "group", text[words[i].start : end])
        if first[0].tag.POS not in ("ADJF", "PRTF"):
            return None
    return None


# The most adjectives between a numeral and the noun for the people it counts.
_COUNTED_ADJECTIVES = 2


def _subject_at(text: str, words: list[Word], i: int, plural: bool) -> Mention | None:
    """The subject noun phrase whose head is ``words[i]``, if it is a nominative noun of the verb's number."""
    from ...lexicon.morph import parse

    word = words[i].text
    if _governed_name(words, i):
        return None
    if _LATIN_OR_CAPS_RE.match(word) or (word[:1].isupper() and _org_noun(word, plural)):
        start, end = words[i].start, _phrase_end(text, words, _latin_name_last(text, words, i))
        start, end = address_span(text, start, end, words[0].start, words[-1].end)
        return Mention(start, end, "org", nominative_phrase(text[start:end].split()))
    number = "plur" if plural else "sing"
    special = _counted_people(text, words, i) if plural else _unknown_capital_at(words, i)
    if special is not None:
        return special
    for p in parse(word.lower())[:2]:
        tag = p.tag
        if _place_speaks_for_state(word, tag, number) and _only_adverbs_after(words, i):
            # "Варшава предупредила, что …", "Москва заявила": a capital or country for its government.
            return Mention(words[i].start, words[i].end, "org", word)
        if (
            "Subx" in tag.grammemes
            and "Apro" not in tag.grammemes  # "Другая обвиняет …": a pronoun for a thing named before, no person
            and "nomn" in tag
            and number in tag
            and tag.POS in ("ADJF", "PRTF")
            and not plural
        ):
            # A substantivised adjective or participle: "Задержанный сознался, что".
            head = _substantive_lemma(p)
            return Mention(words[i].start, words[i].end, "title", word, role=word, head=head)
        if not _common_nominative(tag, number) or p.score < _RARE_READING:
            continue  # "здоровья" is a genitive, its plural nominative a dictionary's rarity
        return _noun_phrase_subject(text, words, i, p, plural)
    return None


def _noun_phrase_subject(text: str, words: list[Word], i: int, p: Any, plural: bool) -> Mention:
    """The subject whose head is the nominative noun ``words[i]`` (its reading *p*): a group, a body or a person."""
    number = "plur" if plural else "sing"
    first = _modifiers_start(words, i, number=number)
    end = _phrase_end(text, words, i)
    # The head and its modifiers are in the nominative already; the tail is a genitive.
    phrase = text[words[first].start : end]
    start = words[first].start
    if plural:
        return Mention(start, end, "group", phrase)
    if "anim" not in p.tag:
        return Mention(start, end, "org", phrase)
    # "Бегун, чьи результаты …, отмечал": a bare noun for a person, no title, is read as a noun after a verb is.
    bare = first == i and end == words[i].end and _known_person_noun(text, words[i])
    return Mention(start, end, "title", phrase, role=None if bare else phrase, head=fold(str(p.normal_form)))


# A reading the dictionary gives this small a share of a word's uses is no subject's.
_RARE_READING = 0.05


def _place_speaks_for_state(word: str, tag: Any, number: str) -> bool:
    """
    Whether *word* is a capitalised place name in the nominative of the verb's number (``Варшава``); an
    indeclinable one is in every case (``Баку``, ``Тбилиси``).
    """
    nominative = "nomn" in tag or "Fixd" in tag.grammemes
    return word[:1].isupper() and tag.POS == "NOUN" and "Geox" in tag.grammemes and nominative and number in tag


def _unknown_capital(word: str) -> bool:
    """
    Whether *word*, hyphenated and capitalised, is the name of a state or its capital that the dictionary does not
    know (``Эр-Рияд``, ``Нур-Султан``; ``countries.tsv`` does).
    """
    if "-" not in word or not word[:1].isupper() or country_of(word) is None:
        return False
    return not any("Geox" in p.tag.grammemes or p.tag.POS == "ADJF" for p in parse(word.lower())[:3])


def _only_adverbs_after(words: list[Word], i: int) -> bool:
    """Whether only adverbs and particles stand between ``words[i]`` and the verb (``Москва уже заявила``)."""
    from ...lexicon.morph import parse

    return all((ps := parse(w.text.lower())[:1]) and ps[0].tag.POS in ("ADVB", "PRCL") for w in words[i + 1 :])


def _latin_name_last(text: str, words: list[Word], i: int) -> int:
    """The last word of a Latin or capitals name opening at ``words[i]``: "Wall Street Journal написала"."""
    last = i
    if _LATIN_OR_CAPS_RE.match(words[i].text) is None:
        return last
    while last + 1 < len(words) and _LATIN_OR_CAPS_RE.match(words[last + 1].text):
        if text[words[last].end : words[last + 1].start].strip():
            break
        last += 1
    return last


def _governed_name(words: list[Word], i: int) -> bool:
    """
    Whether the name at ``words[i]`` (with the Latin or capitalised words before it) depends on a noun before it:
    ``в интервью журналисту The Morning``, ``агентству Trend`` name a medium, not the subject; a span of time, a
    month or a weekday governs nothing (``Спустя два дня СМИ сообщили``, ``17 ноября Ространснадзор выявил``).
    """
    first = i
    while first > 0 and _LATIN_OR_CAPS_RE.match(words[first].text) and _LATIN_OR_CAPS_RE.match(words[first - 1].text):
        first -= 1
    return first > 0 and _governs(words[first - 1].text) and not _time_unit(words[first - 1].text)


def _time_unit(word: str) -> bool:
    """
    Whether *word* is a unit of time as counted (``дня``, ``недель``, ``лет``: ``offset_units.tsv``), a month or a
    weekday (``17 ноября Ространснадзор выявил``, ``В среду Минфин сообщил``).
    """
    from ...lexicon.dates import months, offset_units, weekdays

    low = word.lower()
    return low in offset_units()[0] or low in months()[0] or low in weekdays()[0]


@functools.lru_cache(maxsize=CACHE_SIZE)
def _governs(word: str) -> bool:
    """Whether *word* is a noun that cannot be in the nominative, so a name after it depends on it."""
    from ...lexicon.morph import parse

    readings = parse(word.lower())[:3]
    if readings and readings[0].tag.POS == "ADVB":
        return False  # "Потом Минфин заявил": an adverb first ("пот" in the instrumental a rarity)
    ps = [p for p in readings if p.tag.POS == "NOUN"]
    return bool(ps) and not any("nomn" in p.tag for p in ps)


# The emphatic pronoun that may stand before a noun phrase: "Сам именинник признаётся".
_EMPHATIC_WORDS = frozenset({"сам", "сама", "сами", "само"})


def _modifiers_start(words: list[Word], i: int, case: str = "nomn", number: str | None = None) -> int:
    """The first of the adjectives and participles in *case* (and *number*, if given) right before ``words[i]``."""
    from ...lexicon.morph import parse

    j = i
    while j > 0:
        if j > 1 and words[j - 1].text == "и" and j < i:
            j -= 1  # "продовольственной и сельскохозяйственной организации": joined adjectives
            continue
        low = words[j - 1].text.lower()
        if low in _EMPHATIC_WORDS:
            break  # "Сам именинник признаётся": the emphatic pronoun is no part of the subject's phrase
        ps = parse(low)
        if not ps or ps[0].tag.POS not in ("ADJF", "PRTF") or not any(case in p.tag for p in ps[:3]):
            break
        if number is not None and not any(case in p.tag and number in p.tag for p in ps[:3]):
            break  # "Позднее экстремисты заявили": an adverb read first as a neuter adjective agrees with nothing
        j -= 1
    return j if words[j].text != "и" else j + 1


def _phrase_end(text: str, words: list[Word], i: int) -> int:
    """The end of a noun phrase headed at ``words[i]``: its genitive tail (``Администрация … Клайпеды``)."""
    from ...lexicon.morph import parse

    end = words[i].end
    tail = words[i + 1 : i + 5]
    for k, w in enumerate(tail):
        if any(c in _STOP_CHARS for c in text[end : w.start]):
            break
        low = w.text.lower()
        if low == "из" and k > 0 and tail[k - 1].text.lower() in _ONE_FORMS:
            continue  # "Мать одной из девушек": "one of" and the group stay in the phrase
        if low == "и" and k > 0 and k + 1 < len(tail) and _thing_in_genitive(tail[k + 1].text):
            continue  # "Организации экономического сотрудничества и развития": two genitives joined
        ps = parse(low)
        if low in _PREPOSITIONS or not ps or not any("gent" in p.tag for p in ps):
            break
        if ps[0].tag.POS in ("VERB", "GRND", "PRTS", "ADVB", "PREP", "CONJ"):
            break
        end = w.end
    return end


def _thing_in_genitive(word: str) -> bool:
    """Whether *word* reads first as a noun for a thing in the genitive (``развития``; not ``министра``)."""
    from ...lexicon.morph import parse

    first = parse(word.lower())[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and "gent" in first[0].tag and "inan" in first[0].tag


# Where a sentence ends: a full stop, question or exclamation mark (closing marks after it), or a line break.
_SENTENCE_BREAK_RE = cache.pattern(r"[.!?…][»\"”]?+\s++|\n\s*+")
# How far back the sentence before a pronoun is looked for.
_BODY_REACH = 400
_GENDERS = {"m": "masc", "f": "femn"}


# "По её данным": a pronoun that names the source of what follows, at the start of its sentence.
_BY_PRONOUN_RE = cache.pattern(r"\s*+[Пп]о\s++")


def body_antecedent(text: str, pos: int, gender: str | None) -> tuple[int, str] | None:
    """
    The organisation a pronoun at *pos* stands for: the subject of the sentence before it, if a speaking body.

    The pronoun opens its sentence. The subject is the first noun in the nominative outside
    prepositional phrases; its lemma must be in
    ``speaking_bodies.tsv`` and its gender the pronoun's (*gender* ``m`` or ``f``). Returns the
    subject's start and its noun phrase (in the nominative, as written), else None.

    >>> body_antecedent("Бюджетная комиссия парламента рассмотрела проект. Она отметила это.", 50, "f")
    (0, 'Бюджетная комиссия парламента')
    >>> body_antecedent("Суд рассмотрел дело. Она отметила это.", 21, "f") is None
    True
    """
    from ...lexicon.morph import parse
    from ...lexicon.quotes import speaking_bodies

    want = _GENDERS.get(gender or "")
    if want is None:
        return None
    lo = max(0, pos - _BODY_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK_RE.finditer(text, lo, pos)]
    own = breaks[-1] if breaks else lo
    if regex.search(r"\p{L}", text[own:pos]) and not _BY_PRONOUN_RE.fullmatch(text, own, pos):
        # Only a pronoun that opens its sentence is its subject ("Она отметила"; not "– …, – сказал он"), or
        # its source ("По её данным, …").
        return None
    start, end = (breaks[-2] if len(breaks) > 1 else lo), own
    words = list(words_in(text, start, end))
    for w in _outside_prepositions(words)[:9]:
        if w.text.lower() in _NOM_PRONOUNS:
            return None  # "Он раскритиковал весь парламент. Он напомнил …": a person is the subject, the body no one
        ps = parse(w.text.lower())
        if not ps or ps[0].tag.POS != "NOUN":
            continue
        tag = ps[0].tag
        if "anim" in tag:
            return None
        if "nomn" not in tag or "sing" not in tag:
            continue  # "Похожие оценки представила компания IHS Markit": the object opens the sentence
        if fold(str(ps[0].normal_form)) not in speaking_bodies() or want not in tag:
            return None
        i = words.index(w)
        first = _modifiers_start(words, i)
        end = _phrase_end(text, words, i)
        named = _ORG_LATIN_NAME_RE.match(text, end, own) or _ORG_QUOTED_NAME_RE.match(text, end, own)
        if named is not None:
            end = named.end()  # "компания IHS Markit", "партия «Новые люди»": with its name
        return words[first].start, text[words[first].start : end]
    return None


def mention_anywhere(ctx: SpeakerContext, text: str, start: int, end: int) -> Mention | None:
    """
    Find a name (any case), pronoun, title or source in ``text[start:end]`` (``по словам X``).

    >>> t = "По словам А. Жумабаева, экспорт вырос."
    >>> mention_anywhere(SpeakerContext(t), t, 10, 22).kind
    'person'
    """
    end = min(end, start + WINDOW)
    persons = ctx.persons_in(start, end)
    if persons:
        return _person_mention(ctx, text, _holder(persons))
    # "25-летнего аспиранта": an age glued to its figure is no word of a descriptor.
    words = [w for w in words_in(text, start, end) if not _glued_to_figure(text, w)]
    for i, w in enumerate(words):
        low = w.text.lower()
        if low in _NOM_PRONOUNS or low in THIRD_PERSON_FORMS:
            return Mention(w.start, w.end, "pronoun", w.text)
        if i == 0 and w.text[:1].isupper() and len(words) > 1 and title_of(w.text) is None:
            body = _body_with_tail(text, words, 0)
            if body is not None:
                return body  # "По данным Союза банков": the body the capitalised noun names, not a noun in its tail
        if title_of(w.text) is not None:
            m = _make_title(ctx, text, words, i, end)
            if m is not None and m.kind == "org" and _told_noun(text, m):
                continue  # "Как рассказал прессе посол": the press is told, the one after it speaks
            if m is not None:
                if m.kind == "org":
                    return Mention(m.start, m.end, "org", _nominal(m.text), role=None)
                return m
        fz = _fuzzy_person(ctx, w)
        if fz is not None and not _object_of_pronoun_subject(text, words, i, fz.start):
            return fz
    return _described_person(text, words) or _named_source(text, words, start, end) or _genitive_descriptor(text, words)


def _described_person(text: str, words: list[Word]) -> Mention | None:
    """
    A person named by a common noun, past its adjectives, not the body after it: ``По мнению ветерана Вооруженных
    сил``, ``По словам молодого аспиранта МГТУ``.
    """
    head = _past_modifiers(words)
    if head == len(words) or not words[head].text[:1].islower() or person_noun(words[head].text) is None:
        return None
    described = _genitive_descriptor(text, words)
    return described if described is not None and described.kind in ("title", "group") else None


def _glued_to_figure(text: str, w: Word) -> bool:
    """Whether word *w* is the tail of a figure written with a hyphen (``летнего`` in ``25-летнего``)."""
    return w.start >= 2 and text[w.start - 1] == "-" and text[w.start - 2].isdigit()


def _past_adjectives(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on past the adjectives and participles in lower case that open it."""
    words = words_in(text, start, end)
    i = _past_modifiers(words)
    return words[i - 1].end if i else start


def _past_modifiers(words: Sequence[Word]) -> int:
    """The index of the first of *words* that is no adjective or participle in lower case."""
    i = 0
    while i < len(words) and words[i].text[:1].islower() and reads_as(words[i].text, ("ADJF", "PRTF"), first=True):
        i += 1
    return i


def _named_source(text: str, words: list[Word], start: int, end: int) -> Mention | None:
    """The first source *words* name by an address or a capitalised name (``aif.ru``, ``«Вечерний вестник»``)."""
    for i, w in enumerate(words):
        site = address_span(text, w.start, w.end, start, end) if w.text.isascii() else (w.start, w.end)
        if site != (w.start, w.end):
            return Mention(*site, "org", text[site[0] : site[1]])  # "как писал aif.ru", "как сообщает 24.kg"
        if w.text[:1].isupper():
            quoted = _QUOTED_NAME_RE.match(text, w.start - 1, end) if w.start > start else None
            if quoted is not None:
                # "как сообщает «Вечерний вестник»": the name in quotation marks, whole.
                return Mention(quoted.start(), quoted.end(), "org", quoted.group()[1:-1])
            j = i
            while j + 1 < len(words) and words[j + 1].text[:1].isupper():
                j += 1
            if j == i and j + 1 < len(words) and (phrase := _capitalised_phrase(text, words[i:])) is not None:
                # "по данным Жилищного фонда области": a capitalised adjective opens the name of the body.
                return phrase
            if j == i and j + 1 < len(words) and (body := _body_with_tail(text, words, i)) is not None:
                # "по данным Организации экономического сотрудничества и развития": its genitive tail names it.
                return body
            # "Газета.Ru": a site's address is one name.
            s, e = address_span(text, w.start, words[j].end, start, end)
            return Mention(s, e, "org", _nominal(text[s:e]))
    return None


def _body_with_tail(text: str, words: list[Word], i: int) -> Mention | None:
    """
    A capitalised noun for a thing with a genitive tail in lower case (``Организации экономического сотрудничества
    и развития``, ``Фонда развития``), in the nominative: the body it names.
    """
    from ...lexicon.morph import is_known, parse

    low = words[i].text.lower()
    ps = parse(low)[:1]
    if not ps or ps[0].tag.POS != "NOUN" or "inan" not in ps[0].tag or PROPER_GRAMMEMES & ps[0].tag.grammemes:
        return None
    if not is_known(low):
        return None  # "БЛОГоустройство парламента": a pun in a headline, no body the dictionary knows
    if not words[i + 1].text[:1].islower() or any(c in _STOP_CHARS for c in text[words[i].end : words[i + 1].start]):
        return None
    end = _phrase_end(text, words, i)
    if end == words[i].end:
        return None
    return Mention(words[i].start, end, "org", nominative_phrase(text[words[i].start : end].split()))


def _capitalised_phrase(text: str, words: list[Word]) -> Mention | None:
    """The body a capitalised genitive adjective and the lower-case noun after it name, in the nominative."""
    from ...lexicon.morph import parse

    first, nxt = words[0].text, words[1].text
    if not nxt[:1].islower() or any(c in _STOP_CHARS for c in text[words[0].end : words[1].start]):
        return None
    if not any(p.tag.POS == "ADJF" and "gent" in p.tag for p in parse(first.lower())[:2]):
        return None
    found = _genitive_descriptor(text, words[:6])
    if found is None or found.kind != "org" or found.start != words[0].start:
        return None
    return Mention(found.start, found.end, "org", found.text[:1].upper() + found.text[1:])


def _holder(persons: list[PersonMention]) -> PersonMention:
    """
    The person an attribution names as the speaker, of several: the holder after a title's owner.

    ``Как сообщил помощник президента Имя Фамилия-gen Имя Фамилия``: the last person in the nominative;
    ``По словам советника министра X-gen Y-gen``: with none in the nominative, the last in the case of the
    first. A later person in another case is a listener (``в интервью Имя Фамилия-dat``).
    """
    nominative = [p for p in persons if p.case in (None, "nomn")]
    if nominative:
        return nominative[-1]
    return [p for p in persons if p.case == persons[0].case][-1]


def _genitive_descriptor(text: str, words: list[Word]) -> Mention | None:
    """
    The noun phrase after ``по словам``/``по мнению``/``по информации`` that is no name or title.

    A person noun is a ``title`` whose head is the noun (``По словам
    госслужащей``: a later look-up may find whom the text called so); a
    plural one a ``group`` (``По мнению опытных водителей``); any other noun an
    ``org`` (``По информации суда``). Each in the nominative.

    >>> t = "По мнению опытных водителей, трасса опасна."
    >>> m = _genitive_descriptor(t, list(words_in(t, 10, 27))); (m.kind, m.text)
    ('group', 'опытные водители')
    """
    from ...lexicon.morph import parse

    for i, w in enumerate(words[:6]):
        if i >= 4 and "и" not in {x.text for x in words[:i]}:
            break  # past four words only over adjectives joined by "и"
        if is_function_word(w.text):
            continue  # "в": a preposition, not the abbreviation of a noun its second reading may be
        for p in parse(w.text.lower())[:2]:
            tag = p.tag
            if "Subx" in tag.grammemes and "gent" in tag and tag.POS in ("ADJF", "PRTF"):
                # A substantivised adjective: "госслужащей", "задержанного".
                head = _substantive_lemma(p)
                return Mention(w.start, w.end, "title", head, role=head, head=head)
            if tag.POS != "NOUN" or "gent" not in tag or {"Name", "Surn", "Patr", "Geox"} & tag.grammemes:
                continue
            first = _modifiers_start(words, i, "gent")
            end = _phrase_end(text, words, i)
            phrase = _nominative_with(p, [w.text for w in words[first : i + 1]]) + text[words[i].end : end]
            start = words[first].start
            if "anim" not in tag:
                return Mention(start, end, "org", phrase)
            if "plur" in tag:
                return Mention(start, end, "group", phrase)
            return Mention(start, end, "title", phrase, role=phrase, head=fold(str(p.normal_form)))
    return None


def _substantive_lemma(p: Parse) -> str:
    """The masculine nominative of a substantivised adjective or participle (``госслужащей`` -> ``госслужащий``)."""
    form = p.inflect({"masc", "sing", "nomn"})
    return fold(str(form.word)) if form is not None else fold(str(p.normal_form))


def _nominative_with(head: Parse, words: list[str]) -> str:
    """*words* (modifiers, then the head read as *head*) in the nominative (``опытных водителей``)."""
    from ...lexicon.morph import parse

    number = "plur" if "plur" in head.tag else "sing"
    nom = head.inflect({"nomn", number})
    out = [str(nom.word) if nom is not None else str(head.normal_form)]
    grammemes = {"nomn", number} | ({str(head.tag.gender)} if number == "sing" and head.tag.gender else set())
    for w in reversed(words[:-1]):
        ps = parse(w.lower())
        form = ps[0].inflect(grammemes) if ps else None
        out.insert(0, str(form.word) if form is not None else w)
    return " ".join(out)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _org_noun(word: str, plural: bool | None = None) -> bool:
    """
    Whether a capitalised Cyrillic *word* reads as an organisation noun in the nominative (``Минфин``).

    Given the verb's number (*plural*), the noun must agree with it: ``Впечатления … резюмировал
    журналист`` has its subject after the verb.
    """
    from ...lexicon.morph import parse

    if not regex.fullmatch(r"\p{Lu}\p{Ll}[\p{Ll}-]++", word) or country_of(word):
        return False
    if person_noun(word.lower()) is not None:
        return False  # "Бегун, чьи результаты …, отмечал": a noun for a person, though also a thing's ("жернов")
    ps = parse(word.lower())
    if not ps:
        return False
    if _ORG_STEM_RE.match(word):
        return any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in ps)
    tag = ps[0].tag
    return (
        tag.POS == "NOUN"
        and "nomn" in tag
        and (plural is None or ("plur" in tag) == plural)
        and ("Orgn" in tag or "inan" in tag)
        and not any(g in tag for g in ("Name", "Surn", "Patr", "Geox"))
    )


# Compound names of agencies: "Минтранс", "Росстат", "Госкомстат", "Нацбанк", "Генпрокуратура".
_ORG_STEM_RE = cache.pattern(r"(?:Мин|Рос|Гос|Нац|Ген)\p{Ll}{3,}+\Z")


def _verb_like(word: str) -> bool:
    from ...lexicon.morph import parse
    from ...lexicon.quotes import verb_forms

    if word.lower().replace("ё", "е") in verb_forms():
        return True
    ps = parse(word.lower())
    return bool(ps) and ps[0].tag.POS in ("VERB", "PRTS", "GRND")


def _nominal(phrase: str) -> str:
    words = phrase.split()
    if len(words) == 1 and len(words[0]) > 1 and (any(c.isupper() for c in words[0][1:]) or as_written(words[0])):
        # An abbreviation stays as written: "ЦБ", "МИД", also in mixed case: "УзА", "БелТА"; so does a site's
        # address ("Фонтанка.ру").
        return words[0]
    if len(words) == 1 and words[0][:1].isupper():
        from ...lexicon.morph import parse

        ps = parse(words[0].lower())
        if ps and ps[0].tag.POS == "NOUN":
            nf = str(ps[0].normal_form)
            return nf[:1].upper() + nf[1:]
        return words[0]
    return nominative_phrase(words)


# "в самой же партии": the emphatic pronoun and particle are no part of the place.
_EMPHATIC = r"(?:сам(?:ом|ой|их|ого)\s++(?:же\s++)?+)?+"
# (Also right after an opening quotation mark: "«В министерстве подчеркнули, что …»" reports a body's words.)
# "из" opens the source of "следует из доклада" only.
_PLACE_START_RE = cache.pattern(
    rf"(?i)[\s«„“\"]*+(?:в|во|на|(?<={FOLLOWS_FROM}[^\S\n]{{1,3}})из)\s++{_EMPHATIC}"
)
_PLACE_ANY_RE = cache.pattern(rf"(?i)(?<![^\s«„“\"])(?:в|во|на)\s++{_EMPHATIC}")
# "Из сообщения X следует, что …": the source opens the sentence after "из".
_FROM_START_RE = cache.pattern(rf"(?i)[\s«„“\"]*+из\s++{_EMPHATIC}")


_NUMBER_FIRST_RE = cache.pattern(r"\s*+\d")


def source_place(
    ctx: SpeakerContext, text: str, start: int, end: int, *, near_end: bool = False, from_source: bool = False
) -> Mention | None:
    """
    Find the place-like source of an impersonal or plural verb: ``в сообщении``, ``в Минэнерго``; with
    *from_source*, also one after "из" that opens the stretch (``Из сообщения X следует, что …``).

    >>> t = "говорится в годовом отчете банка."
    >>> source_place(SpeakerContext(t), t, 9, len(t) - 1).text
    'годовой отчет банка'
    """
    # Only the words next to the verb: the end of a stretch before it (*near_end*), or the start of one after.
    if end - start > WINDOW:
        start, end = (end - WINDOW, end) if near_end else (start, start + WINDOW)
    m = _PLACE_START_RE.match(text, start, end) or (_FROM_START_RE.match(text, start, end) if from_source else None)
    starts = [m.end()] if m is not None else []
    starts.extend(x.end() for x in _PLACE_ANY_RE.finditer(text, start, end) if m is None or x.end() > m.end())
    for s in starts[:4]:
        if _NUMBER_FIRST_RE.match(text, s, end):
            continue  # "намечено на 19 часов": a time or an amount is no place
        first = word_at(text, s)
        if first is not None and _adverbial_start(text, first, end):
            continue  # "В то же время в «Единой России» считают": an adverbial phrase, not the place
        if first is None or first.end > end or not _is_time_word(first.text) or fold(first.text) in _DEMONSTRATIVES:
            # "сообщили в четверг, 3 августа, в «Космоцентре»": a time is no place; a demonstrative before a word
            # of no time is a place ("В этой статье указывается"; "в этот день" was ruled out above).
            if first is not None and fold(first.text) in _RELATIVES:
                # "с заявлением, в котором говорится": the place right before the verb is the noun it stands for.
                return _antecedent(text, first) if near_end else None
            if first is not None and _direction_only(first.text):
                continue  # "дроны, проникающие в мозг": where to, in the accusative, is no place that speaks
            return _place_at(text, s, end)
    return None


def _direction_only(word: str) -> bool:
    """Whether *word* is a known lower-case noun read only as a direction's case (``мозг``, not ``министерстве``)."""
    from ...lexicon.morph import parse

    if not word[:1].islower():
        return False
    parses = [p for p in parse(word.lower()) if p.tag.POS == "NOUN"]
    return bool(parses) and all(p.tag.case in ("accs", "nomn") for p in parses)


def document_owner(ctx: SpeakerContext, text: str, place: Mention) -> Mention | None:
    """
    The person, the title or the group a document is the words of, named right after its noun in the genitive:
    ``говорится в письме конгрессмена`` -> ``конгрессмена``, ``в заявлении Петрова`` -> ``Петрова``, ``в письме
    демократов`` -> ``демократы``.

    >>> t = "говорится в письме конгрессмена."
    >>> m = document_owner(SpeakerContext(t), t, source_place(SpeakerContext(t), t, 9, len(t) - 1)); m.kind, m.head
    ('title', 'конгрессмен')
    """
    if place.kind != "org":
        return None
    first = word_after(text, place.start)
    if first is None or first.end >= place.end:
        return None

    if not document_noun(first.text):
        return None
    owner = mention_anywhere(ctx, text, first.end, place.end)
    if owner is None or owner.kind not in ("person", "title", "group") or text[first.end : owner.start].strip():
        return None
    return owner


# Relative pronouns after "в": "с заявлением, в котором говорится" names the place before the comma.
_RELATIVES = frozenset({"котором", "которой", "которых"})


def _antecedent(text: str, relative: Word) -> Mention | None:
    """
    The noun a relative clause's "в котором" stands for, in the nominative: ``выступил с заявлением, в
    котором говорится`` -> ``заявление``.
    """
    from ...lexicon.morph import parse

    comma = text.rfind(",", max(0, relative.start - 12), relative.start)
    before = words_in(text, max(0, comma - 40), comma)[-1:] if comma > 0 else []
    if not before:
        return None
    w = before[0]
    noun = next((p for p in parse(w.text.lower())[:3] if p.tag.POS == "NOUN"), None)
    if noun is None or {"Name", "Surn", "Patr", "Geox"} & noun.tag.grammemes:
        return None
    return Mention(w.start, w.end, "org", str(noun.normal_form))


# Words after "в"/"на" that open an adverbial phrase, not a place: "в то же время", "в свою очередь".
_NOT_PLACE_WORDS = frozenset(
    {"то", "свою", "целом", "итоге", "частности", "общем", "результате", "связи", "случае", "ходе", "рамках",
     "противном", "числе", "первую", "конечном"}
)  # fmt: skip
# Demonstratives that open a time, not a place, when "же" or a time word follows: "в тот же день", "в этот день".
_DEMONSTRATIVES = frozenset({"тот", "той", "том", "те", "этот", "эту", "этой", "этом", "это", "эти"})


def _adverbial_start(text: str, first: Word, end: int) -> bool:
    """Whether the words after "в"/"на" at *first* open an adverbial phrase or a time, not a place."""
    from ...lexicon.morph import reads_as

    low = first.text.lower()
    if low in _NOT_PLACE_WORDS:
        return True
    nxt = word_after(text, first.end)
    if nxt is None or nxt.end > end:
        return False
    if low not in _DEMONSTRATIVES:
        # "в новогоднюю ночь", "в ближайшие дни": an adjective before a word of time.
        return _is_time_word(nxt.text) and reads_as(low, ("ADJF",), first=True)
    return nxt.text.lower() == "же" or _is_time_word(nxt.text)
# Words of a time after "в"/"на" that the date tables do not list: the forms after a preposition
# ("на этой неделе", "в этом году") and the parts of a period ("в начале октября", "в течение дня", "во время
# совещания").
_PERIOD_WORDS = frozenset(
    {"неделе", "году", "месяце", "днях", "дни", "выходные", "утро", "вечер", "ночь", "течение", "ходе", "начале",
     "конце", "середине", "время"}
)  # fmt: skip
# The endings a date modifier's stem takes (``прошл|ом``, ``эт|ой``).
_MODIFIER_END_RE = cache.pattern(
    r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей|от|у|а|о|и)"
)


@functools.cache
def _time_words() -> frozenset[str]:
    """The month, weekday and offset-unit forms of the date tables, and the words of :data:`_PERIOD_WORDS`."""
    from ...lexicon.dates import months, offset_units, weekdays

    return frozenset(months()[0]) | frozenset(weekdays()[0]) | frozenset(offset_units()[0]) | _PERIOD_WORDS


@functools.lru_cache(maxsize=4_096)
def _is_time_word(word: str) -> bool:
    """Whether *word* opens a time after "в"/"на" (``пятницу``, ``октябре``, ``прошлом``, ``этой``), not a place."""
    from ...lexicon.dates import modifiers

    low = fold(word)
    if low in _time_words():
        return True
    return any(low.startswith(stem) and _MODIFIER_END_RE.fullmatch(low, len(stem)) for stem in modifiers())


# Words that end a place phrase: verbs of the attribution, negation and particles ("в ведомстве не считают").
_PLACE_STOP_WORDS = frozenset(
    {"заявили", "сообщили", "говорится", "сообщается", "отмечается", "не", "ни", "также", "же", "уже", "тоже"}
)


# "по" phrases that say how or when, not what an organisation is for ("сообщил Минфин по итогам совещания").
_PO_ADVERBIAL = frozenset(
    {"итогам", "результатам", "словам", "данным", "мнению", "оценкам", "поводу", "случаю", "просьбе", "приглашению",
     "инициативе", "телефону", "видеосвязи", "сравнению", "состоянию", "традиции", "сути", "факту", "причине",
     "окончании", "завершении", "прибытии", "возвращении", "меньшей", "крайней", "всей", "всему", "всем", "этому",
     "этой", "его", "ее", "её", "их", "линии", "сообщению", "информации", "версии", "требованию", "решению"}
)  # fmt: skip
# The most words of an organisation's "по" phrase (``Центр по примирению враждующих сторон``).
_PO_TAIL_WORDS = 6


def _po_tail(text: str, words: Sequence[Word], j: int) -> int:
    """
    The last word of the ``по`` phrase that names what an organisation ending at ``words[j]`` is for
    (``Комитет по регулированию естественных монополий``), else *j*.

    ``по`` and a dative right after the name, then its words up to a break, a preposition or a verb.
    """
    if j + 2 >= len(words) or words[j + 1].text.lower() != "по" or not _org_head(words[j].text):
        return j
    first = words[j + 2].text
    if (
        _stops(text, words[j].end, words[j + 2].start)
        or first.lower() in _PO_ADVERBIAL
        or not reads_as(first, ("NOUN", "ADJF"), "datv")
    ):
        return j
    k = j + 2
    while k + 1 < len(words) and k - j < _PO_TAIL_WORDS and not _stops(text, words[k].end, words[k + 1].start):
        nxt = words[k + 1].text
        if nxt.lower() in _PREPOSITIONS or nxt.lower() in _PLACE_STOP_WORDS or _verb_like(nxt):
            break
        k += 1
    return k


def _stops(text: str, start: int, end: int) -> bool:
    """Whether a break (comma, colon, bracket, line end …) stands in ``text[start:end]``."""
    return any(c in _STOP_CHARS for c in text[start:end])


@functools.lru_cache(maxsize=CACHE_SIZE)
def _org_head(word: str) -> bool:
    """Whether *word* is an inanimate noun that may head an organisation's name (``Комитете``, ``Центр``)."""
    from ...lexicon.morph import parse

    return any(p.tag.POS == "NOUN" and "inan" in p.tag and "Geox" not in p.tag for p in parse(word.lower())[:2])


def _participle_head(text: str, words: Sequence[Word], i: int) -> Word | None:
    """The last noun in the prepositional case among the few words from ``words[i]`` before a break or a verb."""
    head = None
    for k in range(i, min(len(words), i + _PO_TAIL_WORDS)):
        if _stops(text, words[k - 1].end, words[k].start) or _verb_like(words[k].text):
            break
        word = words[k].text
        if word[:1].islower() and reads_as(word, ("NOUN", "ADJF"), "loct") and reads_as(word, ("NOUN",), first=True):
            head = words[k]
    return head


# The words of a place phrase: any five, then genitives only, up to eight.
_PLACE_HEAD_WORDS = 5
_PLACE_WORDS = 8


def _ends_place(text: str, w: Word, inside: bool) -> bool:
    """
    Whether the word *w* ends a place phrase: a verb, or an adverb after its first word (*inside*); not a name in
    quotation marks that reads as a verb (``в госкорпорации «Олимпстрой»``).
    """
    if inside and text[w.start - 1 : w.start] in _OPENING_MARKS:
        return False
    return _verb_like(w.text) or (inside and reads_as(w.text, ("ADVB",), first=True))



def _place_at(text: str, s: int, end: int) -> Mention | None:
    """The place phrase starting at *s* (after its preposition), up to a stop or a verb."""
    words = list(words_in(text, s, end))
    if not words:
        return None
    part = _part_of_document(text, words)
    if part:
        # "в одном из пунктов доклада": the document the part is of.
        return _place_at(text, words[part].start, end)
    out = _place_words(text, s, words)
    if not out:
        return None
    if len(out) == 1 and out[0].text.lower() in _LOCATIVE_PRONOUNS:
        # "опубликовал заявление. В нём говорится …": the document the pronoun stands for.
        return _document_before(text, out[0].start) or Mention(out[0].start, out[0].end, "org", out[0].text)
    if len(out) > 1 and out[0].text.lower() in THIRD_PERSON_FORMS:
        # "говорится в его телеграмме": the document is the words of the one the pronoun stands for.
        return Mention(out[0].start, out[0].end, "pronoun", out[0].text)
    participles = all(reads_as(w.text, ("PRTF",), "loct", first=True) for w in out)
    if participles and (head := _participle_head(text, words, len(out))) is not None:
        # "в поступившем в распоряжение агентства документе": the noun after the participle's own phrase, with its
        # own words after it ("в обнародованном в пятницу заявлении главы ведомства").
        return _place_at(text, head.start, end) or Mention(head.start, head.end, "org", _nominal(head.text))
    end = words[_po_tail(text, words, len(out) - 1)].end
    if text.count("«", out[0].start, end) > text.count("»", out[0].start, end) and text[end : end + 1] == "»":
        end += 1  # "в статье газеты «Вечер»": the closing mark of a name belongs to it
    start = out[0].start
    air = next((k for k, w in enumerate(out[:-1]) if w.text.lower() in _AIR_FORMS), None)
    if air is not None:
        start = out[air + 1].start  # "в прямом эфире телеканала YTN": the channel on whose air it was said
    return Mention(start, end, "org", _nominal(text[start:end]))


def _place_words(text: str, s: int, words: Sequence[Word]) -> list[Word]:
    """The words of a place phrase from *s*: up to a stop, a preposition, a verb, or past five words no genitive."""
    out: list[Word] = []
    for k, w in enumerate(words[:_PLACE_WORDS]):
        if any(c in _STOP_CHARS for c in text[(out[-1].end if out else s) : w.start]):
            break
        low = w.text.lower()
        if low in _PREPOSITIONS or low in _PLACE_STOP_WORDS:
            break
        if k >= _PLACE_HEAD_WORDS and not reads_as(w.text, ("NOUN", "ADJF"), "gent"):
            break  # past five words only a genitive goes on: "на сайте местного управления Следственного комитета"
        if _ends_place(text, w, bool(out)):
            break  # "в России неоднократно напоминали": an adverb of the verb ends the place
        out.append(w)
    return out


def _part_of_document(text: str, words: Sequence[Word]) -> int:
    """
    The index of the word the words of a place phrase go on with past "one of" and a part of a document, or 0:
    ``одном из пунктов доклада`` -> ``доклада``, ``одном из интервью`` -> ``интервью``, ``разделе отчёта`` ->
    ``отчёта``.
    """
    k = 0
    if len(words) > 2 and words[0].text.lower() in _ONE_FORMS and words[1].text.lower() == "из":
        k = 2
    if k + 1 < len(words) and words[k].text.lower().startswith(_PART_STEMS) and document_noun(words[k + 1].text):
        k += 1
    return k if k and not _stops(text, words[0].end, words[k].start) else 0


# The parts of a document: "в разделе отчёта", "в одном из пунктов доклада".
_PART_STEMS = ("пункт", "раздел", "глав", "параграф", "абзац", "част", "фрагмент", "страниц")


# The nouns a pronoun after "в" may stand for: documents, acts and resolutions.
_SPOKEN_FOR = DOCUMENT_NOUNS | ACT_NOUNS
# The pronouns after "в" that stand for a thing named before: "В нём говорится", "в ней отмечается".
_LOCATIVE_PRONOUNS = frozenset({"нём", "нем", "ней"})
# How far back a document a pronoun stands for is looked for.
_DOCUMENT_REACH = 200


def _document_before(text: str, pos: int) -> Mention | None:
    """
    The document noun a pronoun at *pos* stands for: the last one before it in its paragraph or the one before,
    within reach and after any quotation (``Министр опубликовал статью. В ней говорится …`` -> ``статья``), in the
    nominative.
    """
    floor = max(0, pos - _DOCUMENT_REACH)
    line = text.rfind("\n", floor, pos)
    lo = max(text.rfind("\n", floor, line) + 1 if line > floor else floor, floor)
    # Not past a quotation: its words are no document of the text's ("«… в пригородном сообщении», — цитирует
    # агентство поручение. В нём …").
    lo = max(lo, *(text.rfind(c, lo, pos) + 1 for c in "»\"”"))
    words = words_in(text, lo, pos)
    for i in range(len(words) - 1, -1, -1):
        if words[i].text[:1].islower() and document_noun(words[i].text, nouns=_SPOKEN_FOR):
            # With its adjectives: "полицейский отчёт, который нам показали. В нём …".
            j = i
            while j > 0 and i - j < 2 and reads_as(words[j - 1].text, ("ADJF", "PRTF")):
                j -= 1
            # With the one whose it is after it: "опубликовано поручение президента. В нём …" (the phrase stops at
            # its sentence's end).
            phrase = _place_at(text, words[j].start, pos)
            if phrase is not None and phrase.start == words[j].start and phrase.end > words[i].end:
                return phrase
            return Mention(words[j].start, words[i].end, "org", _nominal(text[words[j].start : words[i].end]))
    return None



# "в эфире", "в прямом эфире X": a broadcast, whose channel speaks.
_AIR_FORMS = frozenset({"эфире", "эфир"})
