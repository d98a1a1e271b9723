"""
Speakers: who a quote's attributing mention denotes, and speakers across a corpus.

Facts (the rules in *What counts*, docs/explanation/what-counts.md, "Speakers"):
- A quote's speaker is the full name in the nominative. The attributing
  mention may be a name in any case (``А. Жумабаева``), a title (``посол``,
  ``Глава государства``), a pronoun (``он``, ``по его словам``) or a source
  that is not a person (``пресс-служба``, ``сайт Акорды``).
- Resolution order: a name is completed to the fullest form the article gives
  (``Рахимов`` -> ``Жамшид Рахимов``); a title goes to the person the article
  names with that title (``посол Азербайджана в Казахстане Агалар
  Атамогланов``), then to the office-holder table at the article's date, then
  to the most recent speaker or subject; a pronoun goes to the nearest
  preceding person of the same gender. Whatever stays unresolved keeps its
  descriptor in the nominative with ``speaker_named=False``.
- ``Глава государства`` and ``Глава нашего государства`` name the head of
  state of the article's home country, taken from evidence in the text: a
  dateline city, a country named next to ``наша страна``, an outlet the
  text names, or the country whose president it mentions most. With no
  such evidence the title stays an unnamed descriptor.

Corpus level (:mod:`kzaz_corpus.corpus.queries`): ``speakers_of`` lists each
speaker with their quotes, and ``group_quotes`` groups a quote repeated
across articles.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import regex
from attrs import frozen

from ...lexicon.quotes import country_of, office_terms, outlets, titles
from ...text.chars import fold, one_edit_apart
from ..names import PersonMention, find_persons
from .text import WORD_RE

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse


__all__ = ["Mention", "SpeakerContext"]

MentionKind = Literal["person", "title", "pronoun", "org", "group"]

# Pronouns that can stand for a speaker, with the gender they require.
_PRONOUNS: dict[str, Literal["m", "f", "p"] | None] = {
    "он": "m",
    "его": "m",
    "него": "m",
    "она": "f",
    "её": "f",
    "ее": "f",
    "нее": "f",
    "неё": "f",
    "они": "p",
    "их": "p",
    "них": "p",
}
# "Глава государства", "глава нашего государства", "лидер страны": the home head of state.
_HEAD_OF_STATE_RE = regex.compile(
    r"(?i)\A(?:глав\p{L}{0,3}|лидер\p{L}{0,3})\s++(?:нашего\s++|нашей\s++)?(?:государства|страны|республики)\b"
)
# "Глава государства", "Глава нашего государства": the head of state of the article's home country.
_HOME_HEAD_RE = regex.compile(r"(?i)\Aглав\p{L}{0,3}\s++(?:нашего\s++)?государства\b")
# The country a home title ("Глава государства") refers to: resolved per article.
HOME = "home"
# A dateline city at the start of a line: "БАКУ, 3 дек", "Астана, 5 мая".
_DATELINE_CITY_RE = regex.compile(r"(?m)^[ \t\u00a0]*+(\p{Lu}[\p{L}-]{2,30}+),[ \t\u00a0]*+\d")
# The author's own country: "наша страна", "нашего государства", "в нашей республике".
# Singular only: "наших стран" means both sides of a visit.
_OUR_COUNTRY_RE = regex.compile(
    r"(?i)\bнаш(?:а|ей|у|ем|его|ему|им)\s++"
    r"(?:стран(?:а|ы|е|у|ой)|государств(?:о|а|у|ом|е)|республик(?:а|и|е|у|ой))\b"
)
# A country named as a president's ("Президенту Азербайджана") is a counterpart, not the home.
_PRESIDENT_OF_RE = regex.compile(r"(?i)президент\p{L}{0,3}+\s++(?:республики\s++)?+\Z")
# How far from "наша страна" the country it means may be named.
_NEAR = 200
_COUNTRY_WORD_RE = regex.compile(r"\b\p{L}{2,30}+\b")
# "Президент Узбекистана", "президентом РФ", "узбекский президент", "Президента Республики Казахстан".
_PRESIDENT_RE = regex.compile(
    r"(?i)(?:\b(?P<before>\p{L}{3,30}+)\s++)?\bпрезидент\p{L}{0,3}+"
    r"(?:\s++(?:республики\s++)?+(?P<after>\p{L}{2,30}+))?+"
)


@functools.cache
def _outlet_re() -> regex.Pattern[str]:
    names = sorted(outlets(), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(n) for n in names) + r")(?![\p{L}\p{N}])")


_PLURAL_HEAD_RE = regex.compile(r"(?i)\Aглавы\s++(?:государств|стран|правительств|делегаций)\b")
# Between a title and the name it precedes only space and quotation marks may stand.
_QUOTE_MARKS = '«»"“”„'
_MARKS_ONLY_RE = regex.compile(r"[\s«»\"“”„]*+")
# A role after a name: "Ержан Ахметов, министр энергетики", "Ержан Ахметов – министр".
_ROLE_AFTER_RE = regex.compile(r"\s*+(?:,|[-–—])\s*+((?:[\p{L}-]++\s++){0,3}[\p{L}-]++)")


@frozen
class Mention:
    """
    The words that attribute a quote: a name, a title, a pronoun or a source.

    Attributes:
        start, end: The span of the mention in the text.
        kind: ``"person"``, ``"title"``, ``"pronoun"``, ``"org"`` or ``"group"``.
        text: The mention as written.
        role: The title or role as written (``посол Азербайджана``), if any.
        person: The person named, when the mention holds a name.
        head: The lemma of the title's head word (``посол``), if any.
        country: The country the title names (``Казахстан``), if any.

    >>> Mention(0, 3, "pronoun", "Он").kind
    'pronoun'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    kind: MentionKind
    text: str
    role: str | None = None
    person: PersonMention | None = None
    head: str | None = None
    country: str | None = None


# --- words -----------------------------------------------------------------


@functools.lru_cache(maxsize=50_000)
def title_of(word: str) -> tuple[str, str] | None:
    """
    Return ``(lemma, class)`` when *word* is a title or source noun from ``titles.tsv``.

    Hyphenated compounds count by their last part (``вице-министр``).

    >>> title_of("Вице-министр"), title_of("пресс-службы"), title_of("стол")
    (('министр', 'person'), ('пресс-служба', 'org'), None)
    """
    table = titles()
    low = fold(word)
    candidates = [low]
    if "-" in low:
        candidates.append(low.rsplit("-", 1)[1])
    from ...lexicon.morph import parse

    for cand in candidates:
        if cand in table:
            return cand, table[cand]
        for p in parse(cand)[:4]:
            lem = fold(str(p.normal_form))
            if lem in table and p.tag.POS == "NOUN":
                return lem, table[lem]
    return None


@functools.lru_cache(maxsize=50_000)
def _can_be_nominative(word: str) -> bool:
    from ...lexicon.morph import parse

    part = word.rsplit("-", 1)[-1]
    parses = parse(part.lower())
    if not parses:
        return True
    nouns = [p for p in parses if p.tag.POS == "NOUN"] or list(parses)
    return any("nomn" in p.tag for p in nouns)


@functools.lru_cache(maxsize=50_000)
def _can_be_case(word: str, case: str) -> bool:
    from ...lexicon.morph import parse

    parses = parse(word.rsplit("-", 1)[-1].lower())
    return not parses or any(case in p.tag for p in parses if p.tag.POS == "NOUN")


def _nominative_phrase(words: Sequence[str]) -> str:
    """
    Put the head noun (and the adjectives before it) of a short noun phrase in the nominative.

    Only the head changes case; a genitive tail after it stays as written
    ("в Федерации легкой атлетики" -> "Федерация легкой атлетики").
    """
    from ...lexicon.morph import parse

    out = list(words)
    pending: list[tuple[int, Parse]] = []
    for i, w in enumerate(words):
        parses = parse(w.rsplit("-", 1)[-1].lower())
        if not parses:
            break
        nouns = [p for p in parses if p.tag.POS == "NOUN" and not ({"Name", "Surn", "Patr"} & p.tag.grammemes)]
        if not nouns and w[:1].islower():
            # An unknown lower-case word guessed as a name is still a common noun ("в хокимияте").
            nouns = [p for p in parses if p.tag.POS == "NOUN"]
        adj = parses[0].tag.POS in ("ADJF", "PRTF") and (w[:1].islower() or i == 0)
        if adj and title_of(w) is None:
            pending.append((i, parses[0]))
            continue
        if not nouns or (title_of(w) is None and i > 0 and w[:1].isupper() and not pending):
            break
        p = nouns[0]
        if "nomn" in p.tag and not pending and title_of(w) is None:
            break
        number = p.tag.number or "sing"
        if "Pltm" in p.tag:
            nom = None
        else:
            nom = p.inflect({"nomn", number})
        head = str(nom.word) if nom is not None else str(p.normal_form)
        if w.count("-"):
            head = w.rsplit("-", 1)[0] + "-" + head
        out[i] = _restyle(w, head)
        grammemes = {"nomn", number}
        if number == "sing" and p.tag.gender:
            grammemes.add(str(p.tag.gender))
        for j, a in pending:
            g = a.inflect(grammemes) or a.inflect({"nomn", number})
            if g is not None:
                out[j] = _restyle(words[j], str(g.word))
        break
    return " ".join(out)


@functools.lru_cache(maxsize=50_000)
def _is_verb(word: str) -> bool:
    from ...lexicon.morph import parse

    ps = parse(word.lower())
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS") and title_of(word) is None


def _restyle(surface: str, new: str) -> str:
    if "ё" not in surface.lower():
        new = new.replace("ё", "е")
    if surface[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


# Heads of an organisation that a text uses interchangeably: "председатель союза" is
# later "глава союза", "руководитель фонда" is "глава фонда".
_ORG_HEADS = frozenset({"глава", "председатель", "руководитель", "директор", "гендиректор", "начальник", "президент"})


@functools.lru_cache(maxsize=20_000)
def _org_noun(word: str) -> str | None:
    """The lemma of *word* when it can be a noun in the genitive (``фонда``, ``Союза``), else None."""
    from ...lexicon.morph import parse

    if country_of(word) is not None:
        return None
    for p in parse(fold(word))[:3]:
        if p.tag.POS == "NOUN" and "gent" in p.tag and "Name" not in p.tag and "Surn" not in p.tag:
            return fold(str(p.normal_form))
    return None


def _head_and_orgs(words: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """
    The last person title in *words* and the organisation nouns after it.

    >>> head, orgs = _head_and_orgs("председатель правления фонда".split()) or ("", frozenset())
    >>> head, sorted(orgs)
    ('председатель', ['правление', 'фонд'])
    """
    for i in range(len(words) - 1, -1, -1):
        t = title_of(words[i])
        if t is None or t[1] not in ("person", "head"):
            continue
        orgs: list[str] = []
        for w in words[i + 1 : i + 5]:
            lem = _org_noun(w)
            if lem is None:
                break
            orgs.append(lem)
        return t[0], frozenset(orgs)
    return None


# --- the per-article context ----------------------------------------------------


class SpeakerContext:
    """
    What an article says about people: names, appositions, home country, date.

    Built once per article; :meth:`resolve` turns a :class:`Mention` into a
    speaker.

    >>> t = "Посол Азербайджана Агалар Атамогланов прибыл. Дипломат отметил, что …"
    >>> ctx = SpeakerContext(t)
    >>> ctx.resolve(Mention(46, 54, "title", "Дипломат", head="дипломат"), 46)
    ('Агалар Атамогланов', True)

    .. versionadded:: 0.1.0
    """

    def __init__(self, text: str, date: _dt.date | None = None, excluded: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.date = date
        self._canonical: dict[str, str] = {}
        # Speaker events: (position, name, gender) of resolved speakers, for pronouns and bare titles.
        self.events: list[tuple[int, str, Literal["m", "f"] | None]] = []
        self.excluded = sorted(excluded)

    # Everything below is computed on first use: an article whose quotes need no title or
    # pronoun never builds the apposition index or looks for its home country.

    @functools.cached_property
    def persons(self) -> tuple[PersonMention, ...]:
        """Every person mention of the text, in order."""
        return find_persons(self.text)

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [p.start for p in self.persons]

    @functools.cached_property
    def full_names(self) -> dict[str, str]:
        """The longest full name the text gives for each surname (lower case)."""
        out: dict[str, str] = {}
        for p in self.persons:
            words = [w for w in p.name.split() if not w.endswith(".")]
            if len(words) >= 2:
                key = fold(p.surname)
                if key not in out or len(p.name) > len(out[key]):
                    out[key] = p.name
        return out

    @functools.cached_property
    def _by_prefix(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for key in self.full_names:
            out[key[:2]].append(key)
        return out

    @functools.cached_property
    def genders(self) -> dict[str, Literal["m", "f"] | None]:
        """The gender of each person the text names, by canonical name."""
        out: dict[str, Literal["m", "f"] | None] = {}
        for p in self.persons:
            if p.gender is not None:
                out.setdefault(self.canonical(p.name), p.gender)
        return out

    @functools.cached_property
    def home(self) -> str | None:
        """
        The country the article is written from, on the evidence of the text, else None.

        The evidence, in order: a dateline city (``БАКУ, 3 дек``); the country
        of the head of state the text calls ``Глава государства``; a country
        named near ``наша страна``/``нашего государства``; an outlet the text
        names; the country whose president the text mentions most, if one leads.

        >>> SpeakerContext("АСТАНА, 5 мая. Глава государства выступил.").home
        'Казахстан'
        """
        return self._home_country()

    @functools.cached_property
    def appositions(self) -> list[tuple[int, str, str | None, str]]:
        """(position, head lemma, country, canonical name) for every title attached to a name."""
        return self._appositions()

    @functools.cached_property
    def _apposition_index(self) -> dict[str, list[tuple[int, str, str, str]]]:
        out: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
        for apos, ahead, acountry, aname in sorted(self.appositions, key=lambda a: a[0]):
            out[ahead].append((apos, ahead, acountry or "", aname))
        return out

    # names

    def canonical(self, name: str) -> str:
        """
        Return the fullest form of *name* that the article gives.

        >>> SpeakerContext("Вице-министр Арман Жумабаев сказал.").canonical("А. Жумабаева")
        'Арман Жумабаев'
        """
        cached = self._canonical.get(name)
        if cached is not None:
            return cached
        full = self._canonical_uncached(name)
        self._canonical[name] = full
        return full

    def _canonical_uncached(self, name: str) -> str:
        words = name.split()
        if not words:
            return name
        sur = fold(words[-1])
        initials = [w[0] for w in words[:-1] if w.endswith(".")]
        if sur in self.full_names:
            return self.full_names[sur]
        for key in self._by_prefix.get(sur[:2], ()):
            full = self.full_names[key]
            close = (
                (sur.startswith(key) and len(sur) - len(key) <= 2)
                or (key.startswith(sur) and len(key) - len(sur) <= 2 and len(sur) >= 4)
                or (min(len(sur), len(key)) >= 5 and one_edit_apart(sur, key))
            )
            if close and (not initials or full[:1] == initials[0]):
                return full
        return name

    def person_at(self, start: int, end: int) -> PersonMention | None:
        """Return the first person mention that starts inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self.persons) and self.persons[i].start < end:
            return self.persons[i]
        return None

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        """Return the person mentions inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.persons) and self.persons[i].end <= end:
            out.append(self.persons[i])
            i += 1
        return out

    def _home_country(self) -> str | None:
        """
        The country the article is written from, on the evidence of the text, else None.

        In order: a dateline city (``БАКУ, 3 дек``, ``Астана, 5 мая``); the
        country of a head of state the text calls ``Глава государства``
        (``Главы государства Касым-Жомарта Токаева``, by the office-holder
        table); a country named near ``наша страна``/``нашего государства``
        other than as a president's (``Президенту Азербайджана`` is the
        counterpart); an outlet
        the text names (``МИА «Казинформ»``, ``Trend``); the country whose
        president the text mentions most (``Президент Узбекистана``,
        ``узбекский президент``), if one leads.
        """
        text = self.text
        for m in _DATELINE_CITY_RE.finditer(text, 0, 3000):
            c = country_of(m.group(1))
            if c:
                return c
        for _, _, acountry, aname in self.appositions:
            if acountry == HOME:
                for term in office_terms():
                    if term.role == "президент" and fold(term.holder.split()[-1]) == fold(aname.split()[-1]):
                        return term.country
        for m in _OUR_COUNTRY_RE.finditer(text):
            best: tuple[int, str] | None = None
            lo, hi = max(0, m.start() - _NEAR), min(len(text), m.end() + _NEAR)
            for w in _COUNTRY_WORD_RE.finditer(text, lo, hi):
                c = country_of(w.group())
                if c is not None and not _PRESIDENT_OF_RE.search(text, max(0, w.start() - 30), w.start()):
                    dist = m.start() - w.end() if w.end() <= m.start() else w.start() - m.end()
                    if best is None or dist < best[0]:
                        best = (dist, c)
            if best is not None:
                return best[1]
        for m in _outlet_re().finditer(text):
            return outlets()[m.group()]
        counts: Counter[str] = Counter()
        for m in _PRESIDENT_RE.finditer(text):
            c = country_of(m.group("after") or "") or country_of(m.group("before") or "")
            if c is not None:
                counts[c] += 1
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _run_before(self, pm: PersonMention) -> tuple[int, list[regex.Match[str]]]:
        """The run of words directly before a name, with no punctuation in between, and its base offset."""
        start = max(0, pm.start - 120)
        text = self.text
        j = pm.start - 1
        while j >= start and (text[j].isspace() or text[j] in _QUOTE_MARKS):
            j -= 1
        if j < start or not text[j].isalnum():
            # Punctuation (or nothing) right before the name: no title is attached.
            return start, []
        chunk = text[start : pm.start]
        words = list(WORD_RE.finditer(chunk))
        run: list[regex.Match[str]] = []
        nxt = len(chunk)
        for w in reversed(words):
            gap = chunk[w.end() : nxt]
            if gap.strip() and not _MARKS_ONLY_RE.fullmatch(gap):
                break
            if w.group() == "и" or _is_verb(w.group()) or self.person_at(start + w.start(), start + w.end()):
                break
            run.append(w)
            nxt = w.start()
            if len(run) >= 8:
                break
        run.reverse()
        return start, run

    def _role_before(self, pm: PersonMention) -> tuple[str, str | None, int] | None:
        """A title right before a name (``посол Азербайджана в Казахстане Агалар …``)."""
        start, run = self._run_before(pm)
        for i, w in enumerate(run):
            t = title_of(w.group())
            if t is None or t[1] in ("org", "group"):
                continue
            if pm.case and not _can_be_case(w.group(), pm.case):
                continue
            head, cls = t
            rest = " ".join(x.group() for x in run[i : i + 3])
            if cls == "head" and head == "глава" and not _HEAD_OF_STATE_RE.match(rest):
                continue
            country = None
            for x in run[i + 1 :]:
                country = country_of(x.group())
                if country:
                    break
            if country is None and i > 0:
                country = country_of(run[i - 1].group())
            if cls == "head":
                head = "президент"
                if _HOME_HEAD_RE.match(rest):
                    country = HOME
            return head, country, start + w.start()
        return None

    def _appositions(self) -> list[tuple[int, str, str | None, str]]:
        """(position, head lemma, country, canonical name) for every title attached to a name."""
        out: list[tuple[int, str, str | None, str]] = []
        for pm in self.persons:
            r = self._role_before(pm)
            if r is not None:
                out.append((pm.start, r[0], r[1], self.canonical(pm.name)))
            after = self.text[pm.end : pm.end + 80]
            m = _ROLE_AFTER_RE.match(after)
            if m:
                for w in m.group(1).split():
                    t = title_of(w)
                    if t is not None and t[1] in ("person", "head"):
                        out.append((pm.start, "президент" if t[1] == "head" else t[0], None, self.canonical(pm.name)))
                        break
        return out

    @functools.cached_property
    def org_heads(self) -> list[tuple[int, str, frozenset[str], str]]:
        """
        (position, head lemma, organisation lemmas, canonical name) for every head of an organisation.

        ``председатель Союза зернопереработчиков Имя Фамилия`` and ``Имя
        Фамилия, глава фонда`` give the organisation nouns a later bare
        ``глава союза`` or ``глава фонда`` is matched on.
        """
        out: list[tuple[int, str, frozenset[str], str]] = []
        for pm in self.persons:
            _, run = self._run_before(pm)
            words = [w.group() for w in run]
            after = _ROLE_AFTER_RE.match(self.text[pm.end : pm.end + 80])
            for ws in (words, after.group(1).split() if after else []):
                found = _head_and_orgs(ws)
                if found is not None:
                    out.append((pm.start, found[0], found[1], self.canonical(pm.name)))
        return out

    def by_org(self, head: str, orgs: frozenset[str], pos: int) -> str | None:
        """The person the article names as head of one of *orgs*, nearest to *pos* (preceding first)."""
        best: tuple[int, str] | None = None
        heads = self.org_heads
        i = bisect.bisect_right(heads, (pos, "\uffff"))
        # A bounded window around *pos*, like :meth:`by_title`, keeps each look-up constant.
        for apos, ahead, aorgs, name in heads[max(0, i - 40) : i + 20]:
            if not (orgs & aorgs) or not (ahead == head or (ahead in _ORG_HEADS and head in _ORG_HEADS)):
                continue
            dist = pos - apos if apos <= pos else 10 * (apos - pos)
            if best is None or dist < best[0]:
                best = (dist, name)
        return best[1] if best else None

    # resolution

    def add_event(self, pos: int, name: str) -> None:
        """Record that *name* spoke at *pos* (used by later pronouns and titles)."""
        self.events.append((pos, name, self.genders.get(name)))

    def _inside_excluded(self, pos: int) -> bool:
        i = bisect.bisect_right(self.excluded, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self.excluded[i][0] <= pos < self.excluded[i][1]

    def nearest(self, pos: int, gender: Literal["m", "f"] | None = None) -> str | None:
        """The nearest person before *pos* (a subject or a speaker), of *gender* if given."""
        best: tuple[int, str] | None = None
        i = bisect.bisect_left(self._starts, pos) - 1
        seen = 0
        while i >= 0 and seen < 40:
            p = self.persons[i]
            i -= 1
            seen += 1
            if self._inside_excluded(p.start):
                continue
            if p.case not in (None, "nomn") and best is not None:
                continue
            name = self.canonical(p.name)
            g = p.gender or self.genders.get(name)
            if gender and g and g != gender:
                continue
            if p.case in (None, "nomn"):
                best = (p.start, name)
                break
            if best is None:
                best = (p.start, name)
        for epos, name, g in itertools.islice(reversed(self.events), 40):
            if epos >= pos:
                continue
            if gender and g and g != gender:
                continue
            if best is None or epos > best[0]:
                best = (epos, name)
            break
        return best[1] if best else None

    def holder(self, role: str, country: str | None) -> str | None:
        """The office-holder of *role* in *country* on the article's date, if the table knows."""
        if country == HOME:
            country = self.home
        if self.date is None or country is None:
            return None
        for term in office_terms():
            if (
                term.role == role
                and term.country == country
                and term.start <= self.date
                and (term.end is None or self.date <= term.end)
            ):
                return term.holder
        return None

    def by_title(self, head: str, country: str | None, pos: int) -> str | None:
        """The person the article names with this title, nearest to *pos* (preceding first)."""
        best: tuple[int, str] | None = None
        same = self._apposition_index.get(head, [])
        i = bisect.bisect_right(same, (pos, "\uffff", "", ""))
        for apos, _, stored_country, name in same[max(0, i - 20) : i + 20]:
            acountry = stored_country or None
            if country == HOME:
                if acountry not in (HOME, self.home):
                    continue
            elif country is not None and acountry is not None and acountry != country:
                continue
            elif country is not None and acountry is None and head == "президент":
                continue
            dist = pos - apos if apos <= pos else 10 * (apos - pos)
            if best is None or dist < best[0]:
                best = (dist, name)
        return best[1] if best else None

    def resolve(self, mention: Mention | None, pos: int) -> tuple[str | None, bool]:
        """
        Return ``(speaker, named)`` for a mention attributing a quote at *pos*.

        >>> ctx = SpeakerContext("Министр Али Сарсенов выступил. Он сказал, что …")
        >>> ctx.resolve(Mention(30, 32, "pronoun", "Он"), 30)
        ('Али Сарсенов', True)
        """
        if mention is None:
            return None, True
        if mention.kind == "person" and mention.person is not None:
            return self.canonical(mention.person.name), True
        if mention.kind == "pronoun":
            g = _PRONOUNS.get(fold(mention.text))
            if g == "p":
                return mention.text, False
            name = self.nearest(pos, g)
            return (name, True) if name else (mention.text, False)
        if mention.kind == "title" and mention.head:
            head = mention.head
            found = _head_and_orgs((mention.role or mention.text).split())
            name = self.by_org(found[0], found[1], pos) if found is not None and found[1] else None
            name = name or self.by_title(head, mention.country, pos) or self.holder(head, mention.country)
            if name is None and not (mention.country == HOME and self.home is None):
                # A home title with no home country in evidence stays a descriptor.
                name = self.nearest(pos)
            if name:
                return name, True
            return _nominative_phrase((mention.role or mention.text).split()), False
        if mention.kind == "group":
            return mention.text, False
        return _nominative_phrase(mention.text.split()), False
