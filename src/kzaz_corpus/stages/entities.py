"""
Entities: who and what an article names, with every name it uses for each.

Facts:

- A *mention* is a span of the text that names something: a person
  (:func:`~kzaz_corpus.stages.names.find_persons` and the quotes' speakers),
  a name from the alias table (``lexicon/data/aliases.tsv``), a country by
  any word of its stem (``казахстанский``, ``РК``), a name in quotation marks
  after the word that says what it is (``компания «Казахстан темир жолы»``,
  ``проект «Зеленый мост»``), a state body (``Министерство энергетики``,
  ``Минэнерго``), a place after ``город``/``порт``, or a name that an
  abbreviation in brackets follows (``Евразийский банк развития (ЕАБР)``).
- Each rule is a small named function; every rule is one pass of one regular
  expression over the text, and overlapping mentions keep the one that starts
  first (then the longest), so the stage is linear in the text.
- Mentions are joined into entities by their names: one mention per key in a
  dictionary, joined with a union-find, never by comparing mentions pairwise.
  Names are joined when they are the same name (folded), when the alias table
  lists them together, when an abbreviation in brackets follows a name, and
  when ``так называемый`` or a name in brackets follows a name.
- After the stage, quotes get the id of their speaker's entity and metrics the
  ids of the entities named in their sentence and their indicator (what is
  measured), by :func:`link_quotes` and :func:`link_metrics`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from .. import cache
from ..lexicon import morph
from ..lexicon.entities import alias_names, alias_pattern, alias_starts, known_entity
from ..lexicon.numbers import trie
from ..lexicon.quotes import countries, country_words
from ..model import Entity, EntityKind, Metric, Quote
from ..text.chars import HSPACE, fold, literal
from ..text.doc import Word, in_code, iter_words_in, words_in
from .names import PersonMention, find_persons, persons_of

if TYPE_CHECKING:  # pragma: no cover
    from ..text.doc import Doc

__all__ = ["Mention", "find_mentions", "indicator_of", "link_metrics", "link_quotes", "run"]

_V = regex.V1
_I = regex.IGNORECASE | regex.V1
_S = HSPACE + "{1,3}+"
_OPEN = '[«"„“]'
_CLOSE = '[»"“”]'
_QUOTED = _OPEN + r"(?P<name>[^«»\"“”„\n]{2,80}+)" + _CLOSE


@attrs.frozen
class Mention:
    """
    A span of the text that names something, before mentions are joined into entities.

    Attributes:
        start, end: The span.
        kind: The entity kind.
        name: The name in the nominative.
        canonical: The table's canonical name, when the alias table lists it.
        rule: The name of the rule that found it.
        alias: Another name this mention gives (a person's surname, when the
            mention is the surname alone).

    >>> Mention(0, 3, "country", "Казахстан", "Казахстан", "table").kind
    'country'
    """

    start: int
    end: int
    kind: EntityKind
    name: str
    canonical: str | None = None
    rule: str = ""
    alias: str | None = None


# --- the rules --------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """*text* folded (lower case, ``ё`` as ``е``) with its offsets kept."""
    low = text.lower()
    if len(low) != len(text):  # a letter such as ``İ`` that lower-cases to two
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("ё", "е")


@functools.cache
def _table_starts() -> regex.Pattern[str]:
    """Where a name of the table may start: its first letters, capitals exact, lower case folded."""
    starts = alias_starts()
    prefixes = sorted(starts | {p[:1].upper() + p[1:] for p in starts}, key=lambda p: (-len(p), p))
    return cache.pattern(r"(?<![\p{L}\p{N}])(?:" + "|".join(literal(p) for p in prefixes) + ")", _V)


def _table(text: str) -> list[Mention]:
    """Names of the alias table, in any case (``по Среднему коридору``)."""
    names = alias_names()
    out = []
    reach = 0
    plain = text.replace("ё", "е").replace("Ё", "Е")
    for candidate in _table_starts().finditer(plain):
        start = candidate.start()
        if start < reach:
            continue
        key = candidate.group()
        tried = (alias_pattern(key), alias_pattern(key.lower()) if key[:1].isupper() else None)
        m = next((x for p in tried if p is not None and (x := p.match(text, start)) is not None), None)
        if m is None:
            continue
        reach = m.end()
        entry, name = names[int(str(m.lastgroup)[1:])]
        out.append(Mention(m.start(), m.end(), entry.kind, name, entry.name, "table"))  # type: ignore[arg-type]
    return out


@functools.cache
def _country_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Country stems (on folded text) and country abbreviations (exact)."""
    stems, abbreviations, _ = _country_stems()
    # Prefix trees, not alternations: the engine tries a hundred stems at every position otherwise.
    whole = "|" + trie(country_words()) if country_words() else ""
    words = cache.pattern(
        r"(?<![\p{L}\p{N}])(?:(?:" + trie(stems) + r")\p{L}{0,12}+" + whole + r")(?![\p{L}\p{N}])", _V
    )
    exact = cache.pattern(r"(?<![\p{L}\p{N}])(?:" + trie(abbreviations) + r")(?![\p{L}\p{N}])", _V)
    return words, exact


@functools.cache
def _country_stems() -> tuple[dict[str, tuple[str, bool]], dict[str, str], tuple[int, ...]]:
    """Each country stem with its country and whether it names a city; abbreviations; stem lengths, longest first."""
    stems: dict[str, tuple[str, bool]] = {}
    abbreviations: dict[str, str] = {}
    places = {fold(n) for e in _places() for n in e}
    for name, country_stems, abbr in countries():
        for s in country_stems:
            is_place = any(p.startswith(s) for p in places) and not fold(name).startswith(s)
            stems.setdefault(fold(s), (name, is_place))
        for a in abbr:
            abbreviations[a] = name
    return stems, abbreviations, tuple(sorted({len(s) for s in stems}, reverse=True))


def _places() -> list[tuple[str, ...]]:
    from ..lexicon.entities import known_entities

    return [e.names for e in known_entities() if e.kind == "place"]


_ADJECTIVE_RE = cache.pattern(r"(?:ск|цк|ий|ый)(?:ий|ая|ое|ого|ой|ому|им|ом|ую|ие|их|ими|ые|ым|ых)?\Z", _V)


def _countries(text: str) -> list[Mention]:
    """A country by any word of its stem or its abbreviation (``Казахстана``, ``казахстанский``, ``РК``)."""
    stems, abbreviations, lengths = _country_stems()
    words, exact = _country_patterns()
    out = [
        Mention(m.start(), m.end(), "country", abbreviations[m.group()], None, "country") for m in exact.finditer(text)
    ]
    for m in words.finditer(_folded(text)):
        low = m.group()
        country = country_words().get(low)
        found = (country, False) if country is not None else next(stems[low[:k]] for k in lengths if low[:k] in stems)
        if found[1]:
            continue  # a city (``Астаны``): the alias table names places
        word = text[m.start() : m.end()]
        if word[0].islower() and not _ADJECTIVE_RE.search(word):
            continue
        out.append(Mention(m.start(), m.end(), "country", found[0], None, "country"))
    out.sort(key=lambda x: x.start)
    return out


_ORG_HEAD = (
    r"(?:компани|корпораци|холдинг|банк|фонд|концерн|групп|ассоциаци|агентств|оператор|предприяти|"
    r"завод|биржа|университет|(?-i:АО|ТОО|ПАО|ОАО|ЗАО|ООО|НК|АО[^\S\r\n]НК))\p{L}{0,4}+"
)
_PROJECT_HEAD = (
    r"(?:проект|маршрут|коридор|трубопровод|нефтепровод|газопровод|программ|инициатив|магистрал|"
    r"железн\p{L}{2,3}[^\S\r\n]дорог)\p{L}{0,4}+"
)
_QUOTED_RE = cache.pattern(
    rf"(?<![\p{{L}}])(?:(?P<org>{_ORG_HEAD})|(?P<project>{_PROJECT_HEAD})){_S}(?P<quoted>{_QUOTED})", _I
)
_OPEN_RE = cache.pattern(_OPEN)
# A letter and the space before an opening mark, as the head noun of a quoted name ends.
_WORD_BEFORE_RE = cache.pattern(r"\p{L}" + _S + r"\Z")


def _quoted(text: str) -> list[Mention]:
    """A name in quotation marks after what it is (``компания «Казахстан темир жолы»``, ``проект «Зеленый мост»``)."""
    out = []
    for q in _OPEN_RE.finditer(text):
        if not _WORD_BEFORE_RE.search(text, max(0, q.start() - 4), q.start()):
            continue  # no word right before the mark: no head noun (and one pattern call less per mark)
        m = next(
            (
                x
                for x in _QUOTED_RE.finditer(text, max(0, q.start() - 48), q.end() + 82)
                if x.start("quoted") == q.start()
            ),
            None,
        )
        if m is None:
            continue
        name = m.group("name").strip()
        if not name or not name[0].isupper():
            continue
        kind: EntityKind = "organisation" if m.group("org") else "project"
        entry = known_entity(name)
        s, e = m.span("name")
        out.append(Mention(s, e, entry.kind if entry else kind, name, entry.name if entry else None, "quoted"))  # type: ignore[arg-type]
    return out


_BODY_RE = cache.pattern(
    r"(?<![\p{L}])(?P<head>(?:Министерств|Агентств|Комитет|Правительств|Администраци|Национальн\p{L}{1,3}+"
    + _S
    + r"банк|Нацбанк|Центральн\p{L}{1,3}+"
    + _S
    + r"банк|Центробанк)\p{L}{0,3}+)"
    r"(?P<rest>(?:" + _S + r"(?:и" + _S + r")?+(?:по" + _S + r")?+[\p{L}-]{1,30}+){0,7}+)",
    _V,
)
_MINISTRY_RE = cache.pattern(
    r"(?<![\p{L}])(?:Мин(?:эконом|энерг|фин|транс|сельхоз|здрав|юст|оборон|промторг|цифр|труд|культ|обрнаук|строй|"
    r"природ|просвещ|индустр|торг|нац)\p{L}{0,8}+|МИД|МВД|МЧС)(?![\p{L}])",
    _V,
)
_JOINERS = frozenset({"и", "по"})


def _complement_ok(word: str) -> bool:
    """A word that continues a state body's name: a genitive (``экономики``) or a country (``Казахстана``)."""
    if word in _JOINERS:
        return True
    if word[0].isupper():
        return word.startswith("Республик") or _country_word(word)
    parses = morph.parse(word)
    return any("gent" in p.tag or "datv" in p.tag or "loct" in p.tag for p in parses[:3]) and not any(
        p.tag.POS in {"VERB", "INFN", "PRTS", "PRTF", "GRND", "PREP", "CONJ", "ADVB"} for p in parses[:1]
    )


def _country_word(word: str) -> bool:
    from ..lexicon.quotes import country_of

    return country_of(word) is not None


def _state_bodies(text: str) -> list[Mention]:
    """A state body and what it is for (``Министерства энергетики Казахстана``, ``Минэнерго``)."""
    out = []
    for m in _BODY_RE.finditer(text):
        kept: list[tuple[str, int]] = [(m.group("head"), m.end("head"))]
        for w in words_in(text, m.start("rest"), m.end("rest")):
            if not _complement_ok(w.text):
                break
            kept.append((w.text, w.end))
        while len(kept) > 1 and kept[-1][0] in _JOINERS:
            kept.pop()
        name = nominative_phrase(" ".join(" ".join(w for w, _ in kept).split()))
        entry = known_entity(name)
        out.append(Mention(m.start(), kept[-1][1], "organisation", name, entry.name if entry else None, "state body"))
    for m in _MINISTRY_RE.finditer(text):
        word = m.group()
        name = word if word.isupper() else _nominative_word(word)
        entry = known_entity(name)
        out.append(Mention(m.start(), m.end(), "organisation", name, entry.name if entry else None, "ministry"))
    return out


_PLACE_RE = cache.pattern(
    rf"(?<![\p{{L}}])(?:город|порт|поселок|посёлок|станци|област|регион)\p{{L}}{{0,3}}+{_S}(?P<name>\p{{Lu}}[\p{{L}}-]{{1,30}}+)",
    _I,
)


_PLACE_HEADS_RE = cache.pattern(r"(?<![\p{L}])(?:город|порт|поселок|станци|област|регион)", _V)


def _named_places(text: str) -> list[Mention]:
    """A place named after ``город``, ``порт``, ``станция``… (``в порту Курык``)."""
    out = []
    for head in _PLACE_HEADS_RE.finditer(_folded(text)):
        m = _PLACE_RE.match(text, head.start())
        if m is None:
            continue
        word = m.group("name")
        if not word[0].isupper():
            continue
        entry = known_entity(word)
        name = entry.name if entry else _nominative_word(word, place=True)
        out.append(Mention(m.start("name"), m.end("name"), "place", name, entry.name if entry else None, "place"))
    return out


_ABBR_RE = cache.pattern(
    rf"{HSPACE}?+\((?:далее{HSPACE}*+[–—-]{HSPACE}*+)?+{_OPEN}?+(?P<abbr>\p{{Lu}}[\p{{Lu}}\p{{N}}&-]{{1,9}}+){_CLOSE}?+\)",
    _V,
)


def abbreviations_defined(text: str) -> Iterator[tuple[Sequence[Word], regex.Match[str]]]:
    """
    Each name *text* follows with its abbreviation in brackets (``Евразийский банк развития (ЕАБР)``): the words of
    the name, from the one that opens with the abbreviation's first letter, and the match of the brackets (its
    ``abbr`` group).

    >>> found = abbreviations_defined("Кредит дал Евразийский банк развития (ЕАБР).")
    >>> [(" ".join(w.text for w in ws), m["abbr"]) for ws, m in found]
    [('Евразийский банк развития', 'ЕАБР')]
    """
    for m in _ABBR_RE.finditer(text):
        abbr = m.group("abbr")
        if sum(c.isupper() for c in abbr) < 2:
            continue
        lo = max(0, m.start() - 160)
        segment = text[lo : m.start()]
        cut = max(segment.rfind(c) for c in ".;:!?()\n,–—")
        words = words_in(text, lo + cut + 1, m.start())[-10:]
        first = next((i for i, w in enumerate(words) if w.text[0] == abbr[0] and w.text[0].isupper()), None)
        if first is not None and len(words) - first >= 2:
            yield words[first:], m


def _defined_abbreviations(text: str) -> list[Mention]:
    """A name followed by its abbreviation in brackets (``Евразийский банк развития (ЕАБР)``)."""
    out = []
    for words, m in abbreviations_defined(text):
        abbr = m.group("abbr")
        phrase = " ".join(w.text for w in words)
        kind: EntityKind = "project" if regex.search(_PROJECT_HEAD, phrase, _I) else "organisation"
        name = nominative_phrase(phrase)
        entry = known_entity(name) or known_entity(abbr)
        canonical = entry.name if entry else None
        out.append(Mention(words[0].start, m.start(), kind, name, canonical, "abbreviation"))
        out.append(Mention(m.start("abbr"), m.end("abbr"), kind, abbr, canonical, "abbreviation"))
    return out


_SO_CALLED_NAME_RE = cache.pattern(
    rf"(?<![\p{{L}}])так{_S}называем\p{{L}}{{2,4}}+{_S}(?:{_QUOTED}|(?P<word>\p{{Lu}}[\p{{L}}-]{{1,30}}+(?:{_S}\p{{Ll}}[\p{{L}}-]{{1,30}}+)?+))",
    _I,
)


def _so_called(text: str) -> list[Mention]:
    """The name after ``так называемый`` (``так называемого «Среднего коридора»``): another name of what precedes."""
    out = []
    for m in _SO_CALLED_NAME_RE.finditer(text):
        group = "name" if m.group("name") else "word"
        name = nominative_phrase(m.group(group).strip())
        if not name[:1].isupper():
            continue
        entry = known_entity(name)
        kind: EntityKind = entry.kind if entry else "project"  # type: ignore[assignment]
        out.append(Mention(m.start(group), m.end(group), kind, name, entry.name if entry else None, "so called"))
    return out


def _persons(text: str, people: Sequence[PersonMention] | None = None) -> list[Mention]:
    """People named in the text (*people*, when already found), by their full name in the nominative."""
    out = []
    for p in find_persons(text) if people is None else people:
        alone = " " not in text[p.start : p.end].strip() and " " in p.name
        out.append(Mention(p.start, p.end, "person", p.name, None, "person", p.surname if alone else None))
    return out


#: The mention rules, in order of precedence when two mentions start at the same place and are as long.
RULES: tuple[Callable[[str], list[Mention]], ...] = (
    _table,
    _quoted,
    _defined_abbreviations,
    _state_bodies,
    _countries,
    _named_places,
    _so_called,
    _persons,
)


def find_mentions(
    text: str, *, persons: bool = True, people: Sequence[PersonMention] | None = None
) -> tuple[Mention, ...]:
    """
    Every mention of an entity in *text*, sorted and not overlapping.

    With ``persons=False`` people are not searched for (the costliest rule);
    *people* are the text's person mentions when they are already found
    (:func:`~kzaz_corpus.stages.names.persons_of`).

    >>> [(m.kind, m.name) for m in find_mentions("Грузы идут по Среднему коридору через Казахстан.")]
    [('project', 'Средний коридор'), ('country', 'Казахстан')]

    .. versionadded:: 0.2.0
    """
    found: list[tuple[int, int, int, Mention]] = []
    for rank, rule in enumerate(RULES):
        if rule is _persons and not persons:
            continue
        found.extend((m.start, -m.end, rank, m) for m in (_persons(text, people) if rule is _persons else rule(text)))
    found.sort(key=lambda item: item[:3])
    out: list[Mention] = []
    reach = -1
    for start, _, _, m in found:
        if start >= reach:
            out.append(m)
            reach = m.end
    return tuple(_repeated(text, out))


def _repeated(text: str, mentions: list[Mention]) -> list[Mention]:
    """Later uses of a name the text itself defines (an abbreviation in brackets, a name in quotes)."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        if m.rule in {"abbreviation", "quoted", "so called"} and len(m.name) >= 2:
            defined.setdefault(m.name, m)
    if not defined:
        return mentions
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = []
    for start, end in _occurrences(text, defined):
        if not any(covered[start:end]):
            m = defined[text[start:end]]
            extra.append(attrs.evolve(m, start=start, end=end, rule="repeated"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _occurrences(text: str, names: Collection[str]) -> list[tuple[int, int]]:
    """
    The spans of *names* as whole words in *text*, left to right, not overlapping (the longest of two at one place).

    >>> _occurrences("ЕАЭС и ЕАЭС-2, ЕАЭС.", ["ЕАЭС", "ЕАЭС-2"])
    [(0, 4), (7, 13), (15, 19)]
    """
    found: list[tuple[int, int]] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at > 0 and _is_word_char(text[at - 1])) and not (end < len(text) and _is_word_char(text[end])):
                found.append((at, -end))
            at = text.find(name, at + 1)
    found.sort()
    out: list[tuple[int, int]] = []
    reach = 0
    for start, neg_end in found:
        if start >= reach:
            out.append((start, -neg_end))
            reach = -neg_end
    return out


def _is_word_char(ch: str) -> bool:
    """A letter or a digit (``\\p{L}``/``\\p{N}``): what a whole word may not touch."""
    return ch.isalpha() or ch.isnumeric()


# --- nominative forms ---------------------------------------------------------


def _nominative_word(word: str, *, place: bool = False) -> str:
    """A single name word in the nominative, its capitals kept (``Минфина`` → ``Минфин``)."""
    for p in morph.parse(word)[:3]:
        if place and "Geox" not in p.tag:
            continue
        if p.tag.POS == "NOUN" and p.tag.case != "nomn":
            form = p.inflect({"nomn", p.tag.number or "sing"})
            if form is not None:
                return _restyle(word, form.word)
        if p.tag.POS == "NOUN":
            break
    return word


def _restyle(surface: str, new: str) -> str:
    if surface.isupper():
        return new.upper()
    if surface[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def nominative_phrase(phrase: str) -> str:
    """
    A name in the nominative: the words up to its head noun are put in the nominative, the rest kept.

    >>> nominative_phrase("Министерства энергетики Республики Казахстан")
    'Министерство энергетики Республики Казахстан'
    >>> nominative_phrase("Евразийским банком развития")
    'Евразийский банк развития'
    """
    words = phrase.split()
    head = None
    case = None
    for i, w in enumerate(words):
        parses = [p for p in morph.parse(w)[:4] if p.tag.POS == "NOUN"]
        if parses:
            head, case = i, parses[0].tag.case
            break
    if head is None or case is None or case == "nomn":
        return phrase
    out = list(words)
    noun = next(p for p in morph.parse(words[head]) if p.tag.POS == "NOUN" and p.tag.case == case)
    number = noun.tag.number or "sing"
    form = noun.inflect({"nomn", number})
    if form is None:
        return phrase
    out[head] = _restyle(words[head], form.word)
    gender = noun.tag.gender
    for i in range(head):
        adj = next((p for p in morph.parse(words[i]) if p.tag.POS in {"ADJF", "PRTF"} and p.tag.case == case), None)
        if adj is None:
            continue
        grams = {"nomn", number} | ({gender} if number == "sing" and gender else set())
        f = adj.inflect(grams)
        if f is not None:
            out[i] = _restyle(words[i], f.word)
    return " ".join(out)


# --- joining mentions -------------------------------------------------------


class _Union:
    """A union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _keys(m: Mention) -> Iterable[tuple[str, str]]:
    if m.kind == "person":
        yield ("person", fold(m.name))
        yield ("surname", fold(m.name.split()[-1]))
        return
    if m.canonical:
        yield ("name", fold(m.canonical))
    yield ("name", m.name if m.name.isupper() else fold(m.name))


_SO_CALLED_RE = cache.pattern(
    rf"\A[,\s–—-]*+(?:так{_S}называем\p{{L}}++|или|то{_S}есть|т\.{HSPACE}?+е\.)[^\S\r\n]*+{_OPEN}?+\Z", _I
)
_BRACKET_RE = cache.pattern(rf"\A{HSPACE}*+\((?:далее{HSPACE}*+[–—-]{HSPACE}*+)?+{_OPEN}?+\Z", _V)


def _joined_by_text(text: str, a: Mention, b: Mention) -> bool:
    """Two neighbouring mentions that the text says are one (``ТМТМ, так называемый «Средний коридор»``)."""
    if a.kind in {"person", "country"} or b.kind in {"person", "country"} or b.start - a.end > 40:
        return False
    gap = text[a.end : b.start]
    return bool(_SO_CALLED_RE.match(gap) or _BRACKET_RE.match(gap))


@attrs.frozen
class _Speaker:
    name: str
    start: int | None
    end: int | None


def run(doc: Doc, *, quotes: Sequence[Quote] = (), metrics: Sequence[Metric] = ()) -> tuple[Entity, ...]:
    """
    The entities of an analysed document, with the quotes' named speakers among the persons.

    People are every person name the text gives (the names stage's reading,
    shared with the quotes stage when it has read the same text) and the
    quotes' named speakers. *metrics* are accepted for symmetry with the
    other stages; the entities do not depend on them.

    >>> from kzaz_corpus.text.doc import Doc
    >>> t = "Транскаспийский маршрут (ТМТМ) растет. Объем перевозок по Среднему коридору вырос."
    >>> [(e.id, e.kind, e.name, e.aliases) for e in run(Doc(t))]  # doctest: +NORMALIZE_WHITESPACE
    [('e0', 'project', 'Транскаспийский международный транспортный маршрут',
      ('Транскаспийский маршрут', 'ТМТМ', 'Средний коридор'))]

    .. versionadded:: 0.2.0
    """
    text = doc.text
    mentions = list(find_mentions(text, people=persons_of(doc)))
    spoken = [_Speaker(str(q.speaker), q.mention_start, q.mention_end) for q in quotes if q.speaker and q.speaker_named]
    return _entities(text, mentions, spoken)


def _entities(text: str, mentions: list[Mention], spoken: Sequence[_Speaker]) -> tuple[Entity, ...]:
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    for s in spoken:
        start, end = (s.start, s.end) if s.start is not None and s.end is not None else (-1, -1)
        named = 0 <= start < end and text[start].isupper() and end - start > 3 and not any(covered[start:end])
        mentions.append(Mention(start if named else -1, end if named else -1, "person", s.name, None, "speaker"))
    union = _Union(len(mentions))
    owner: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        for key in _keys(m):
            if key in owner:
                union.join(owner[key], i)
            else:
                owner[key] = i
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    placed = [i for i in ordered if mentions[i].start >= 0]
    # Speakers already named by a mention add only their name to the index.
    for i, j in itertools.pairwise(placed):
        if _joined_by_text(text, mentions[i], mentions[j]):
            union.join(i, j)
    groups: dict[int, list[Mention]] = {}
    for i in ordered:
        groups.setdefault(union.find(i), []).append(mentions[i])
    built = [_entity(group) for group in groups.values()]
    built.sort(key=lambda e: e.mentions[0][0] if e.mentions else len(text) + 1)
    return tuple(attrs.evolve(e, id=f"e{n}") for n, e in enumerate(built))


_KIND_ORDER: tuple[EntityKind, ...] = ("person", "project", "organisation", "country", "place")


_SECONDARY = frozenset({"so called", "repeated"})


def _longest(names: Iterable[str]) -> str:
    return max(names, key=lambda n: (len(n.split()), len(n)))


def _kind_and_name(group: Sequence[Mention]) -> tuple[EntityKind, str]:
    """The kind and canonical name of a group: the alias table's, else the fullest name the text gives."""
    tabled = [m for m in group if m.canonical]
    if tabled:
        return tabled[0].kind, tabled[0].canonical or tabled[0].name
    primary = [m for m in group if m.rule not in _SECONDARY] or list(group)
    kinds = {m.kind for m in primary}
    kind = next(k for k in _KIND_ORDER if k in kinds)
    if kind == "person":
        return kind, _longest(m.name for m in group)
    full = [m.name for m in primary if not m.name.isupper()]
    return kind, _longest(full or [m.name for m in primary])


def _entity(group: Sequence[Mention]) -> Entity:
    kind, name = _kind_and_name(group)
    seen = {fold(name)}
    aliases: list[str] = []
    for m in group:
        for alias in (m.name, m.alias):
            if alias and fold(alias) not in seen:
                seen.add(fold(alias))
                aliases.append(alias)
    spans = sorted({(m.start, m.end) for m in group if m.start >= 0})
    return Entity(id="", kind=kind, name=name, aliases=tuple(aliases), mentions=tuple(spans))


# --- links --------------------------------------------------------------------


def link_quotes(quotes: Sequence[Quote], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """
    The quotes with :attr:`~kzaz_corpus.Quote.speaker_entity` set.

    A named speaker links to the person of that name; an unnamed one
    (``пресс-служба КТЖ``) to the entity named inside its attributing mention.

    >>> e = Entity(id="e0", kind="person", name="Арман Жумабаев", mentions=((20, 34),))
    >>> q = Quote(start=1, end=5, text="Рост", kind="direct", speaker="Арман Жумабаев")
    >>> link_quotes([q], [e])[0].speaker_entity
    'e0'
    """
    by_name = {fold(n): e.id for e in entities if e.kind == "person" for n in e.names}
    spans = sorted((s, t, e.id) for e in entities for s, t in e.mentions)
    starts = [s for s, _, _ in spans]
    out = []
    for q in quotes:
        found = by_name.get(fold(q.speaker)) if q.speaker and q.speaker_named else None
        if found is None and q.mention_start is not None and q.mention_end is not None:
            i = bisect.bisect_left(starts, q.mention_end)
            inside = [eid for s, t, eid in spans[max(0, i - 8) : i] if t > q.mention_start]
            found = inside[-1] if inside else None
        out.append(attrs.evolve(q, speaker_entity=found) if found != q.speaker_entity else q)
    return tuple(out)


def link_metrics(
    doc: Doc, metrics: Sequence[Metric], entities: Sequence[Entity], quotes: Sequence[Quote] = ()
) -> tuple[Metric, ...]:
    """
    The metrics with :attr:`~kzaz_corpus.Metric.subject_entities` and :attr:`~kzaz_corpus.Metric.indicator` set.

    A figure is about the organisations, countries, places and projects its
    sentence names (within the quote, when the figure is quoted: not who
    says it); what it measures comes from its subject (or the noun
    phrase that opens its clause), without those names.

    >>> from kzaz_corpus.text.doc import Doc
    >>> t = "Товарооборот Казахстана и Узбекистана прибавил 9%."
    >>> e = (Entity(id="e0", kind="country", name="Казахстан", mentions=((13, 23),)),
    ...      Entity(id="e1", kind="country", name="Узбекистан", mentions=((26, 37),)))
    >>> m = Metric(start=47, end=49, surface="9%", value=9, unit="процент", subject="товарооборот Казахстана")
    >>> linked = link_metrics(Doc(t), [m], e)[0]
    >>> linked.subject_entities, linked.indicator
    (('e0', 'e1'), 'товарооборот')
    """
    spans = sorted((s, t, e.id) for e in entities if e.kind != "person" for s, t in e.mentions)
    starts = [s for s, _, _ in spans]
    quoted = sorted((q.start, q.end) for q in quotes)
    quote_starts = [s for s, _ in quoted]
    by_stretch: dict[tuple[int, int], tuple[str, ...]] = {}
    out = []
    for m in metrics:
        lo, hi = m.sentence_start, m.sentence_end
        if lo is None or hi is None:
            sentence = doc.sentence_at(m.start)
            lo, hi = sentence if sentence else (m.start, m.end)
        k = bisect.bisect_right(quote_starts, m.start) - 1
        if k >= 0 and quoted[k][1] >= m.end:
            lo, hi = max(lo, quoted[k][0]), min(hi, quoted[k][1])
        # The figures of one sentence share its names: read once per sentence, a long list stays linear.
        ids = by_stretch.get((lo, hi))
        if ids is None:
            ids = by_stretch[(lo, hi)] = _ids_in(spans, starts, lo, hi)
        indicator = indicator_of(m.subject) or _clause_indicator(doc.text, lo, m.start)
        changed = ids or indicator is not None or m.subject_entities or m.indicator is not None
        out.append(attrs.evolve(m, subject_entities=ids, indicator=indicator) if changed else m)
    return tuple(out)


def _ids_in(spans: Sequence[tuple[int, int, str]], starts: Sequence[int], lo: int, hi: int) -> tuple[str, ...]:
    """The ids of the entities mentioned inside ``[lo, hi)``, in the order of their first mention."""
    i = bisect.bisect_left(starts, lo)
    ids: dict[str, None] = {}
    while i < len(spans) and spans[i][0] < hi:
        if spans[i][1] <= hi:
            ids.setdefault(spans[i][2], None)
        i += 1
    return tuple(ids)


_STOP = frozenset({"и", "а", "между", "с", "со", "по", "в", "во", "на", "из", "для", "от", "до", "за", "у", "к", "при"})


def _lemma_word(word: str, *, head: bool) -> str | None:
    """A word of an indicator (lower case, ``ё`` as ``е``), or ``None`` when it is a name or no noun."""
    if not word or (word[0].isupper() and not head):
        return None
    parses = morph.parse(word)
    if not parses:
        return None
    top = parses[0]
    if {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & set(str(top.tag).replace(" ", ",").split(",")):
        return None
    if head:
        nouns = [p for p in parses[:3] if p.tag.POS == "NOUN"]
        if not nouns:
            return None
        return fold(str(nouns[0].normal_form))
    if top.tag.POS != "NOUN" or top.tag.case not in {"gent", "gen2"}:
        return None
    return fold(word)


def indicator_of(subject: str | None) -> str | None:
    """
    What a figure measures, from its subject: the noun and its genitive nouns, without names.

    >>> indicator_of("казахстанский экспорт нефти"), indicator_of("товарооборот Узбекистана и Кыргызстана")
    ('экспорт нефти', 'товарооборот')
    >>> indicator_of("ТМТМ") is None
    True
    """
    if not subject:
        return None
    words = subject.split()
    i = 0
    while i < len(words) and morph.parse(words[i])[0].tag.POS in {"ADJF", "PRTF"} and not words[i][0].isupper():
        i += 1
    return _noun_phrase(words[i:])


def _noun_phrase(words: Sequence[str]) -> str | None:
    if not words or words[0].isupper():
        return None
    head = _lemma_word(words[0].lower(), head=True)
    if head is None:
        return None
    out = [head]
    for w in words[1:3]:
        if w in _STOP or w[0].isupper():
            break
        word = _lemma_word(w, head=False)
        if word is None:
            break
        out.append(word)
    return " ".join(out)


def _tokens(text: str, lo: int, hi: int) -> Iterator[Word | None]:
    """
    The words of ``text[lo:hi]``, a hyphen standing alone (``- на маршруте``) as None.

    A word that is part of a code with digits (``АИ-92``) is None too: it names no noun.
    """
    prev = lo
    for w in iter_words_in(text, lo, hi):
        if "-" in text[prev : w.start].split():
            yield None
        yield None if in_code(text, w) else w
        prev = w.end


def _clause_indicator(text: str, lo: int, start: int) -> str | None:
    """The noun phrase that opens the figure's sentence (``Объем перевозок по ТМТМ вырос на 62%``)."""
    # Only the first six words: a long sentence with many figures stays linear.
    words = [w.text for w in itertools.islice(_tokens(text, lo, start), 6) if w is not None]
    for i, w in enumerate(words):
        if _nominative_noun(w.lower()):
            return _noun_phrase(words[i:])
    return None


@functools.lru_cache(maxsize=morph.CACHE_SIZE)
def _nominative_noun(word: str) -> bool:
    """Whether a lower-case word reads as a noun in the nominative (``объем``)."""
    return word not in _STOP and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in morph.parse(word)[:2])
