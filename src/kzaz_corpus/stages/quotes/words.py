"""
Words that stand for speakers: titles, organisation nouns, and noun phrases put in the nominative.

Facts:
- A title or source noun is one of ``titles.tsv`` by its lemma; a hyphenated
  compound counts by its last part (``вице-министр``, ``пресс-службы``).
- An unnamed speaker is reported by its descriptor in the nominative: only
  the head noun and the adjectives before it change case, a genitive tail
  stays as written (``в Федерации легкой атлетики`` -> ``Федерация легкой
  атлетики``).
- The heads of an organisation that a text uses interchangeably
  (``председатель союза`` is later ``глава союза``) are one group.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ... import cache
from ...lexicon.morph import CACHE_SIZE, NAME_TAGS
from ...lexicon.quotes import country_of, titles
from ...text.chars import fold

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

__all__ = ["HOME", "head_and_orgs", "nominative_phrase", "title_of"]

# "Глава государства", "глава нашего государства", "лидер страны", "наш президент": the home head of state.
HEAD_OF_STATE_RE = cache.pattern(
    r"(?i)\A(?:(?:глав\p{L}{0,3}|лидер\p{L}{0,3})\s++(?:нашего\s++|нашей\s++)?(?:государства|страны|республики)\b"
    r"|наш\p{L}{0,2}\s++президент)"
)
# "Глава государства", "Глава нашего государства", "наш президент": the head of state of the article's home country.
HOME_HEAD_RE = cache.pattern(r"(?i)\A(?:глав\p{L}{0,3}\s++(?:нашего\s++)?государства\b|наш\p{L}{0,2}\s++президент)")
# The country a home title ("Глава государства") refers to: resolved per article.
HOME = "home"
#: The impersonal verbs whose source stands after "из": "…, следует из доклада", "как следует из документа".
FOLLOWS_FROM = r"(?:следует|следовало|вытекает)"
#: A weekday after "в", as a date set off by commas names it: "в четверг".
WEEKDAY_AFTER_V = r"(?:в|во)\s++(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
#: A day of a month, perhaps with its year: "20 апреля", "20 апреля 2017 года".
DAY_OF_MONTH = r"\d{1,2}\s++\p{Ll}++(?:\s++\d{4}(?:\s++(?:года|г\.))?+)?+"
# "главы государств", "главы делегаций": a plural speaker.
PLURAL_HEAD_RE = cache.pattern(r"(?i)\Aглавы\s++(?:государств|стран|правительств|делегаций)\b")
# Heads of an organisation that a text uses interchangeably: "председатель союза" is
# later "глава союза", "руководитель фонда" is "глава фонда".
ORG_HEADS = frozenset({"глава", "председатель", "руководитель", "директор", "гендиректор", "начальник", "президент"})
# Parts of speech of words that never name an organisation.
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})
# An organisation's abbreviation in capitals: "СПЧ", "МВД", "ЦИК".
_ABBREVIATION_RE = cache.pattern(r"\p{Lu}{2,6}")
# The grammemes of a proper noun (a person's, a place's or a body's name): no common noun.
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


# The oblique forms of "он", "она", "они", which are also their possessives: "по его словам", "О его смерти".
THIRD_PERSON_FORMS = frozenset({"его", "её", "ее", "их"})
# Demonstratives that stand for the person named last as a verb's subject: "тот заявил", "та ответила", and the
# latter, "последний заявил".
#: Prepositions of a topic, which no title phrase holds and no author follows (``премьер-министр о визите``,
#: ``сообщения об отставке``).
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
SUBJECT_DEMONSTRATIVES = frozenset({"тот", "та", "последний", "последняя"})
# Networks named after a noun for a user ("пользователь Twitter"): where the user writes, not who; and no outlet.
NETWORKS = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "reddit", "vk", "vkontakte", "x",
     "livejournal", "lj", "ok", "weibo", "threads", "snapchat", "linkedin", "twitch", "discord", "whatsapp",
     "viber", "google", "yandex", "tumblr", "pinterest", "quora", "medium", "substack", "bluesky"}
)  # fmt: skip


@functools.lru_cache(maxsize=CACHE_SIZE)
def country_after_title(word: str) -> str | None:
    """
    The country a capitalised word after a title names: one of ``countries.tsv``, or a place the dictionary knows
    by name, in the genitive (``президент Суринама``: another country than one the table knows, not none).

    >>> country_after_title("Казахстана"), country_after_title("Суринама"), country_after_title("Сбербанка")
    ('Казахстан', 'Суринам', None)
    """
    from ...lexicon.morph import parse

    found = country_of(word)
    if found is not None or not word[:1].isupper():
        return found
    first = parse(word.lower())[:1]
    if first and "Geox" in first[0].tag and first[0].tag.case == "gent":
        return str(first[0].normal_form).capitalize()
    return None


# Titles of a head of state or government (not "глава", also a region's): their country may be any the dictionary
# knows.
STATE_HEADS = frozenset({"президент", "премьер", "премьер-министр"})


def title_country_readers(head: str) -> tuple[Callable[[str], str | None], Callable[[str], str | None]]:
    """
    How the country of a title with the lemma *head* is read from a word after it and from an adjective before it:
    any place the dictionary knows for a head of state or government, a country of ``countries.tsv`` otherwise.

    >>> after, before = title_country_readers("президент")
    >>> after("Суринама"), before("суринамского"), title_country_readers("мэр")[0]("Суринама")
    ('Суринам', 'Суринам', None)
    """
    if head in STATE_HEADS:
        return country_after_title, country_before_title
    return country_of, country_of


# Endings a place's name may take in place of an adjective's "-ский" ("суринамский" -> "Суринам").
_PLACE_ENDINGS = ("ы", "ия", "а", "")


@functools.lru_cache(maxsize=CACHE_SIZE)
def country_before_title(word: str) -> str | None:
    """
    The country an adjective before a title names: one of ``countries.tsv``, or a place the dictionary knows whose
    name the adjective is made from (``суринамский президент``: the same country as ``президент Суринама``).

    >>> country_before_title("казахстанский"), country_before_title("суринамского"), country_before_title("новый")
    ('Казахстан', 'Суринам', None)
    """
    from ...lexicon.morph import parse

    found = country_of(word)
    if found is not None:
        return found
    first = parse(word.lower())[:1]
    lemma = str(first[0].normal_form) if first and first[0].tag.POS == "ADJF" else ""
    if not lemma.endswith("ский") or len(lemma) < 8:
        return None
    for ending in _PLACE_ENDINGS:
        place = parse(lemma[:-4] + ending)[:1]
        if place and "Geox" in place[0].tag and place[0].tag.POS == "NOUN":
            return str(place[0].normal_form).capitalize()
    return None


@functools.lru_cache(maxsize=CACHE_SIZE)
def title_of(word: str) -> tuple[str, str] | None:
    """
    Return ``(lemma, class)`` when *word* is a title or source noun from ``titles.tsv``.

    Hyphenated compounds count by their last part (``вице-министр``), else by their first
    (``тренер-консультант``).

    >>> title_of("Вице-министр"), title_of("пресс-службы"), title_of("стол")
    (('министр', 'person'), ('пресс-служба', 'org'), None)
    >>> title_of("тренера-консультанта")
    ('тренер', 'person')
    """
    from ...lexicon.morph import is_function_word, parse

    table = titles()
    low = fold(word)
    candidates = [low]
    if "-" in low:
        candidates.append(low.rsplit("-", 1)[1])
    for cand in candidates:
        if cand in table:
            return cand, table[cand]
        if is_function_word(cand):
            continue  # "после" (a preposition first, the locative of "посол" last): no title
        for p in parse(cand)[:4]:
            lem = fold(str(p.normal_form))
            if lem in table and p.tag.POS == "NOUN":
                return lem, table[lem]
    if "-" in low:
        # "тренер-консультант", "тренера-консультанта": a person's title first, both parts declined.
        for p in parse(low.split("-", 1)[0])[:4]:
            lem = fold(str(p.normal_form))
            if table.get(lem) == "person" and p.tag.POS == "NOUN" and "anim" in p.tag:
                return lem, "person"
    return None


@functools.lru_cache(maxsize=CACHE_SIZE)
def can_be_nominative(word: str, lemma: str | None = None, *, singular: bool = False) -> bool:
    """
    Whether *word* (its last hyphenated part) can be a noun in the nominative (in the singular, if *singular*).

    Given a *lemma*, only the readings of that noun count: ``политика`` is a
    nominative of ``политика`` but not of the title ``политик``.

    >>> can_be_nominative("министр"), can_be_nominative("министра")
    (True, False)
    >>> can_be_nominative("политика"), can_be_nominative("политика", "политик")
    (True, False)
    >>> can_be_nominative("главы"), can_be_nominative("главы", singular=True)
    (True, False)
    >>> can_be_nominative("зампостпреда", "зампостпреда")
    True
    """
    from ...lexicon.morph import parse

    if lemma is not None and fold(word) == lemma:
        return True  # a title as the table writes it: "замдиректора", "зампостпреда" do not decline
    part = word.rsplit("-", 1)[-1]
    parses = parse(part.lower())
    if not parses:
        return True
    nouns = [p for p in parses if p.tag.POS == "NOUN"] or list(parses)
    if lemma is not None:
        last = lemma.rsplit("-", 1)[-1]
        nouns = [p for p in nouns if fold(str(p.normal_form)) == last] or nouns
    return any("nomn" in p.tag and not (singular and "plur" in p.tag) for p in nouns)


@functools.lru_cache(maxsize=CACHE_SIZE)
def can_be_case(word: str, case: str) -> bool:
    """
    Whether *word* can be a noun in *case* (a pymorphy case name); unknown words can be anything.

    >>> can_be_case("послом", "ablt"), can_be_case("послом", "nomn")
    (True, False)
    """
    from ...lexicon.morph import parse

    parses = parse(word.rsplit("-", 1)[-1].lower())
    return not parses or any(case in p.tag for p in parses if p.tag.POS == "NOUN")


# A capital letter after a lower-case one inside a word ("БелТА", "SeaNews"), or a full stop between letters (a
# site's address: "Газета.ру").
_AS_WRITTEN_RE = cache.pattern(r"\p{Ll}\p{Lu}|\p{L}\.\p{L}")


def as_written(word: str) -> bool:
    """
    Whether *word* keeps its form in any case: a brand or an abbreviation in mixed case, or a site's address.

    >>> [as_written(w) for w in ("БелТА", "Фонтанка.ру", "Газеты")]
    [True, True, False]
    """
    return _AS_WRITTEN_RE.search(word) is not None


def nominative_phrase(words: Sequence[str]) -> str:
    """
    Put the head noun (and the adjectives before it) of a short noun phrase in the nominative.

    Only the head changes case; a genitive tail after it stays as written.

    >>> nominative_phrase("в Федерации легкой атлетики".split()[1:])
    'Федерация легкой атлетики'
    >>> nominative_phrase(["Национальном", "банке"])
    'Национальный банк'
    >>> nominative_phrase("товарно-сырьевой биржи".split())
    'товарно-сырьевая биржа'
    >>> nominative_phrase(["вице-премьера"]), nominative_phrase("Санкт-Петербургской биржи".split())
    ('вице-премьер', 'Санкт-Петербургская биржа')
    >>> nominative_phrase(["БелТА"])
    'БелТА'
    >>> nominative_phrase(["Газета.ру"])
    'Газета.ру'
    >>> nominative_phrase(["Кремле", "и", "правительстве"])
    'Кремль и правительство'
    >>> nominative_phrase("жительницы села, пострадавшей от паводка".split())
    'жительница села, пострадавшая от паводка'
    """
    from ...lexicon.morph import is_known, parse

    out = list(words)
    pending: list[tuple[int, Parse]] = []
    for i, w in enumerate(words):
        if as_written(w):
            # An abbreviation, a brand or a site ("БелТА", "КазТАГ", "Газета.ру") stays as written.
            break
        if w == "и" and pending:
            continue  # "продовольственная и сельскохозяйственная организация": adjectives joined
        bare = w.rstrip(",")
        # A compound the dictionary knows whole ("вице-премьера") is read whole; else by its last part ("экс-министра").
        low = bare.lower()
        parses = parse(low) if "-" in low and is_known(low) else parse(low.rsplit("-", 1)[-1])
        if not parses:
            break
        if parses[0].tag.POS == "NPRO" and i + 1 < len(words):
            # "этом контракте": before a noun the demonstrative, not the pronoun "это".
            parses = tuple(sorted(parses, key=lambda p: p.tag.POS != "ADJF"))
        if _is_modifier(bare, i, parses):
            if bare != w:
                break
            pending.append((i, parses[0]))
            continue
        clause = _described_clause(words, i, parses)
        head = clause[0] if clause is not None else _head_parse(bare, i, parses, pending)
        if head is not None:
            _inflect_head(out, words, i, head, pending)
            if clause is not None:
                # "женщины, потерявшей …": the participle describing the head agrees with it.
                out[clause[1]] = restyle(words[clause[1]], clause[2])
            if i + 2 < len(words) and words[i + 1] == "и" and head.tag.case in _OBLIQUE_NOT_GENITIVE:
                # "в Кремле и правительстве": a noun joined by "и" in the head's case is a head too.
                out[i + 2 :] = nominative_phrase(words[i + 2 :]).split()
        break
    return " ".join(out)


_OBLIQUE_NOT_GENITIVE = frozenset({"datv", "accs", "ablt", "loct", "loc2"})


def _is_modifier(word: str, i: int, parses: Sequence[Parse]) -> bool:
    """An adjective or participle before the head noun (``Национальном``, ``ведущих``)."""
    adj = parses[0].tag.POS in ("ADJF", "PRTF") and (word[:1].islower() or i == 0)
    return adj and title_of(word) is None


def _head_parse(word: str, i: int, parses: Sequence[Parse], pending: Sequence[tuple[int, Parse]]) -> Parse | None:
    """The noun reading of the head of a phrase, or None when the phrase has no head to change."""
    nouns = [p for p in parses if p.tag.POS == "NOUN" and not (NAME_TAGS & p.tag.grammemes)]
    if not nouns and word[:1].islower():
        # An unknown lower-case word guessed as a name is still a common noun ("в хокимияте").
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
    title = title_of(word)
    is_title = title is not None
    if title is not None and title[1] != "org":
        # "Критики Алиева": the title's plural ("критик"), before a word it also spells ("критика"); not "премьера".
        nouns.sort(key=lambda p: fold(str(p.normal_form)) != title[0] or p.tag.number != "plur")
    if not nouns or (not is_title and i > 0 and word[:1].isupper() and not pending):
        return None
    if "nomn" in nouns[0].tag and not pending and not is_title:
        return None
    return nouns[0]


def _described_clause(words: Sequence[str], i: int, parses: Sequence[Parse]) -> tuple[Parse, int, str] | None:
    """
    The reading of head *i* that the participle opening the clause after it (past its genitive tail and a comma)
    agrees with, with the participle's index and its nominative: ``женщины, потерявшей …`` reads ``женщины`` as a
    genitive singular, and ``потерявшей`` becomes ``потерявшая``.
    """
    from ...lexicon.morph import parse

    comma = next((j for j in range(i, len(words)) if words[j].endswith(",")), len(words))
    if comma + 1 >= len(words) or (i > 0 and words[i][:1].isupper()):
        return None
    for a in parse(words[comma + 1].lower()):
        if a.tag.POS != "PRTF" or a.tag.case is None:
            continue
        for p in parses:
            if p.tag.POS != "NOUN" or p.tag.case != a.tag.case or NAME_TAGS & p.tag.grammemes:
                continue
            number = p.tag.number or "sing"
            wanted = {number} | ({str(p.tag.gender)} if number == "sing" and p.tag.gender else set())
            g = a.inflect(wanted | {"nomn"}) if wanted <= a.tag.grammemes else None
            if g is not None:
                return p, comma + 1, str(g.word)
    return None


def _restyle_parts(written: str, form: str) -> str:
    """*form* in the letter case of *written*, part by part for a hyphenated word ("Санкт-Петербургской")."""
    parts, new = written.split("-"), form.split("-")
    if len(parts) != len(new):
        return restyle(written, form)
    return "-".join(restyle(a, b) for a, b in zip(parts, new, strict=True))


def _inflect_head(out: list[str], words: Sequence[str], i: int, p: Parse, pending: Sequence[tuple[int, Parse]]) -> None:
    """Write the head at *i* and its pending modifiers into *out* in the nominative."""
    number = p.tag.number or "sing"
    nom = None if "Pltm" in p.tag else p.inflect({"nomn", number})
    head = str(nom.word) if nom is not None else str(p.normal_form)
    w = words[i].rstrip(",")
    if "-" in w and "-" not in head:
        head = w.rsplit("-", 1)[0] + "-" + head
    out[i] = _restyle_parts(w, head) + words[i][len(w) :]
    grammemes = {"nomn", number}
    if number == "sing" and p.tag.gender:
        grammemes.add(str(p.tag.gender))
    for j, a in pending:
        # A superlative stays one ("лучшего" -> "лучший", not "наихороший").
        degree = {"Supr"} & set(a.tag.grammemes)
        g = a.inflect(grammemes | degree) or a.inflect({"nomn", number} | degree)
        stem = words[j].rsplit("-", 1)[-1].lower()[:3]
        if g is not None and degree and not g.word.startswith(stem):
            # The dictionary gives one lexeme for "лучший" and "наихороший": keep the form of the word written.
            g = next((x for x in a.lexeme if x.word.startswith(stem) and g.tag.grammemes <= x.tag.grammemes), g)
        if g is not None:
            # The first part of a compound adjective stays: "товарно-сырьевой" -> "товарно-сырьевая".
            if "-" in str(g.word):
                out[j] = _restyle_parts(words[j], str(g.word))  # read whole by the dictionary
            else:
                prefix = words[j].rsplit("-", 1)[0] + "-" if "-" in words[j] else ""
                out[j] = prefix + restyle(words[j].rsplit("-", 1)[-1], str(g.word))


@functools.lru_cache(maxsize=CACHE_SIZE)
def is_verb(word: str) -> bool:
    """
    Whether *word* reads first as a verb form (and is no title).

    >>> is_verb("заявил"), is_verb("министр")
    (True, False)
    """
    from ...lexicon.morph import parse

    ps = parse(word.lower())
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS") and title_of(word) is None


def restyle(surface: str, new: str) -> str:
    """
    Give *new* the initial capital of *surface*, and ``е`` for ``ё`` unless *surface* writes ``ё``.

    >>> restyle("Министра", "министр")
    'Министр'
    """
    if len(surface) > 1 and surface.isupper():
        # An abbreviation keeps its capitals: "МЧС", "МИД".
        return surface
    if new.lower() == surface.lower():
        return surface  # "Нур-Султан": a word in its own form keeps every capital it has
    if "ё" not in surface.lower():
        new = new.replace("ё", "е")
    if surface[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


@functools.lru_cache(maxsize=CACHE_SIZE)
def org_noun(word: str) -> str | None:
    """
    The lemma of *word* when it can be a noun in the genitive (``фонда``, ``Союза``), else None. An
    abbreviation in capitals does not decline and stands for itself (``ФИФА``: ``фифа``).

    >>> org_noun("фонда"), org_noun("Казахстана"), org_noun("ФИФА")
    ('фонд', None, 'фифа')
    """
    from ...lexicon.morph import parse

    if country_of(word) is not None:
        return None
    if len(word) > 1 and word.isupper() and word.isalpha():
        return fold(word)
    parses = parse(fold(word))
    if parses and parses[0].tag.POS in _FUNCTION_POS:
        return None  # "по", "при": a preposition, never the river or the letter the dictionary also knows
    for p in parses[:3]:
        if p.tag.POS == "NOUN" and "gent" in p.tag and "Name" not in p.tag and "Surn" not in p.tag:
            return fold(str(p.normal_form))
    return None


def head_and_orgs(words: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """
    The first person title in *words* and the organisation nouns after it: a title after it is whose the first one
    is (``пресс-секретарь главы государства`` is no head of state).

    An abbreviation further on names the same organisation (``глава Совета по делам молодёжи (СДМ)``).

    >>> head, orgs = head_and_orgs("председатель правления фонда".split()) or ("", frozenset())
    >>> head, sorted(orgs)
    ('председатель', ['правление', 'фонд'])
    >>> sorted(head_and_orgs("глава Совета по делам молодёжи СДМ".split())[1])
    ['сдм', 'совет']
    """
    for i, word in enumerate(words):
        t = title_of(word)
        if t is None or t[1] not in ("person", "head"):
            continue
        orgs: list[str] = []
        rest = words[i + 1 :]
        for w in rest[:5]:
            lem = org_noun(w)
            if lem is None and _genitive_adjective(w):
                # "министр сельского хозяйства": the adjective is part of the organisation's name.
                continue
            if lem is None:
                break
            orgs.append(lem)
        orgs.extend(fold(w) for w in rest if _ABBREVIATION_RE.fullmatch(w) and country_of(w) is None)
        return t[0], frozenset(orgs)
    return None


@functools.lru_cache(maxsize=CACHE_SIZE)
def _genitive_adjective(word: str) -> bool:
    """Whether *word* reads first as an adjective in the genitive (``сельского``, ``Национального``)."""
    from ...lexicon.morph import parse

    ps = parse(fold(word))
    return bool(ps) and ps[0].tag.POS == "ADJF" and "gent" in ps[0].tag
