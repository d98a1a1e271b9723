"""
Titles the article gives to named people, and the person a bare title stands for.

Facts:
- An apposition is a title right before a name, with only spaces and
  quotation marks between (``посол Азербайджана в Казахстане Агалар
  Атамогланов``; the title agrees in case with the name), or a role after a
  name (``Ержан Ахметов, министр энергетики``). A genitive name between a
  title and its holder is the holder's principal (``пресс-секретарь Садыра
  Жапарова Аскар Алиев``: the title is Алиев's).
- A person noun right before a name that is not a title (``жительница
  Мария``) is an apposition too, matched only by the same noun later.
- A bare title goes to the person the article names with that title, nearest
  first (preceding mentions before following ones); the head of an
  organisation to the person named as head of the same organisation
  (``глава союза`` after ``председатель Союза … Имя Фамилия``); and a title a
  text uses for someone introduced with another (``глава ведомства`` for the
  minister, ``дипломат`` for the ambassador) by ``title_links.tsv``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from types import MappingProxyType

from ... import cache
from ...lexicon.morph import CACHE_SIZE, parse, reads_as
from ...lexicon.quotes import speaking_bodies, titles
from ...lexicon.tables import read_table
from ...text.chars import fold
from ...text.doc import Word, words_in
from ..names import PersonMention, fixed_surname
from .home import Apposition
from .offices import office_role
from .persons import Gender, PersonIndex
from .words import (
    HEAD_OF_STATE_RE,
    HOME,
    HOME_HEAD_RE,
    TOPIC_PREPOSITIONS,
    can_be_case,
    can_be_nominative,
    head_and_orgs,
    is_verb,
    title_country_readers,
    title_of,
)

__all__ = ["RoleIndex", "person_owning", "title_links"]

# Between a title and the name it precedes only space and quotation marks may stand.
_QUOTE_MARKS = '«»"“”„'
# An ordinal in digits inside a title, its ending a word of its own: "командира 800-й авиабазы"; its endings.
_ORDINAL_ENDINGS = ("й", "я", "е", "го", "му", "м", "ой", "ую")
_ORDINAL_GAP_RE = cache.pattern(r"[^\S\n]++\d++-\Z")
# A figure inside a name counts as one of its words: "директор Nord Stream 2 AG Имя Фамилия", "800-й".
_MARKS_ONLY_RE = cache.pattern(
    rf"[\s«»\"“”„]*+(?:\d++(?:-(?:{'|'.join(_ORDINAL_ENDINGS)}))?+[\s«»\"“”„]*+)?+"
)
# How far after a title the name it heads may stand, and what ends a title's phrase before one.
_NEXT_NAME_REACH = 100
_BREAK_RE = cache.pattern(r"[,;.:!?()\n«»]")
# A role after a name: "Ержан Ахметов, министр энергетики", "Ержан Ахметов – министр".
_ROLE_AFTER_RE = cache.pattern(r"\s*+(?:,|[-–—])\s*+((?:[\p{L}-]++\s++){0,3}[\p{L}-]++)")
# Words that open a new clause after a comma, not an apposition: "X, а вот британский премьер Y".
_CLAUSE_OPENERS = frozenset({"а", "но", "и", "однако", "зато", "же", "вот", "тогда", "или"})
# A title joined by "и" to the title before a name: "профессор и глава комитета …".
# "профессор и глава …", "вице-премьер России и президент РФС Имя": the title joined before "и", with its country.
_JOINED_TITLE_RE = cache.pattern(r"(\p{L}[\p{L}-]*+)(?:\s++(\p{Lu}\p{Ll}++))?\s++и\s++\Z")
# How many appositions around a position a look-up considers: keeps each constant.
_WINDOW = 20
# Words for one who comments, which anyone speaking as one may be called whatever their office: "По мнению эксперта".
_COMMENTATORS = frozenset({"эксперт", "аналитик", "специалист"})
# A mention after the position counts as this many times farther than one before it.
_FORWARD = 10
# Organisation nouns that stand for any organisation: "глава ведомства", "представитель
# внешнеполитического ведомства", "руководитель учреждения".
_GENERIC_ORGS = frozenset(
    {
        "ведомство",
        "министерство",
        "организация",
        "учреждение",
        "структура",
        "компания",
        "орган",
        "государство",
        "республика",
        "страна",
        "спецслужба",
    }
)
# Words inside a body's name that tell no body from another ("комитет по …").
_LINK_WORDS = frozenset({"по", "и", "в", "при"})
# Offices that never stand for one another: a person titled with one is not meant by another.
_DISTINCT_OFFICES = frozenset(
    {"министр", "президент", "тренер", "посол", "губернатор", "мэр", "аким", "прокурор", "судья", "депутат", "сенатор",
     "журналист", "адвокат", "врач", "актер", "актриса", "певец", "певица", "режиссер", "писатель", "спортсмен",
     "сценарист", "продюсер", "композитор", "художник", "поэт", "поэтесса", "музыкант"}
)  # fmt: skip
# The chambers whose members are deputies, as organisation lemmas (``head_and_orgs``).
_PARLIAMENTS = frozenset({"госдума", "дума", "парламент", "мажилис", "меджлис", "рада", "сейм", "кенеш", "хурал"})
# "комитета по образованию и науке": a body's field of two nouns joined by "и", after "по" (the text before "и").
_TOPIC_PAIR_RE = cache.pattern(r"(?<!\p{L})по[^\S\n]++(?:\p{Ll}++[^\S\n]++){0,2}?\p{Ll}++[^\S\n]++\Z")
# A team's players named by their coach: "подопечные Олега Знарка", "воспитанников Карпина".
_CHARGES_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:подопечн|воспитанник)\p{Ll}{0,3}+[^\S\n]++\Z")
#: The class of a person noun that is no title (``жительница``): matched only by itself.
GENERIC = "generic"


@functools.cache
def title_links() -> MappingProxyType[str, frozenset[str]]:
    """
    Map a title to the titles of an earlier apposition it may stand for (``title_links.tsv``).

    >>> "министр" in title_links()["глава"], "посол" in title_links()["дипломат"]
    (True, True)
    """
    out = {fold(r[0]): frozenset(fold(x) for x in r[1].split(",")) for r in read_table("title_links.tsv")}
    return MappingProxyType(out)


@functools.lru_cache(maxsize=CACHE_SIZE)
def person_noun(word: str) -> str | None:
    """
    The lemma of *word* when it is a singular animate common noun (``жительницей``), else None.

    >>> person_noun("жительницей"), person_noun("столом"), person_noun("Марией")
    ('жительница', None, None)
    """
    from ...lexicon.morph import parse

    parses = parse(word.lower())
    if not parses or not word[:1].islower():
        return None
    p = parses[0]
    grammemes = p.tag.grammemes
    if p.tag.POS != "NOUN" or "anim" not in grammemes or "sing" not in grammemes:
        return None
    if {"Name", "Surn", "Patr"} & grammemes:
        return None
    return fold(str(p.normal_form))


def _owner_noun(text: str, pm: PersonMention, run: Sequence[Word]) -> str | None:
    """The :func:`person_owning` noun that ends the words *run* before the name *pm*, past a head word of its own."""
    return person_owning(text, pm, run[-1].text) if len(run) > 1 else None


def person_owning(text: str, pm: PersonMention, word: str) -> str | None:
    """
    The lemma of *word*, right before the name *pm*, when it is a noun for a person in the genitive and the name as
    written shows no case (a surname alone such as ``Руденко``): the name is that person's (``представитель боксёра
    Руденко``), not the title's before it; ``представитель боксёра Иван Петров`` is the representative.
    """
    written = text[pm.start : pm.end]
    shows_no_case = pm.case is None or (" " not in written and fixed_surname(written))
    return _person_in_genitive(word) if shows_no_case else None


def _person_in_genitive(word: str) -> str | None:
    """The lemma of *word* when it reads first as a singular noun for a person in the genitive (``боксёра``)."""
    from ...lexicon.morph import parse

    first = parse(word.lower())[:1]
    return person_noun(word) if first and first[0].tag.case == "gent" else None


def _ordinal_ending(text: str, w: Word) -> bool:
    """Whether *w* is the ending of an ordinal in digits: the ``й`` of ``800-й``."""
    return w.text in _ORDINAL_ENDINGS and _ORDINAL_GAP_RE.search(text, max(0, w.start - 12), w.start) is not None


def _title_gap(text: str, w: Word, gap: str) -> bool:
    """
    Whether *gap* after *w* may stand inside a title before a name: spaces, quotation marks, a figure
    (``Nord Stream 2 AG``, ``800-й``) or a bracket around an abbreviation.
    """
    return not gap.strip() or _MARKS_ONLY_RE.fullmatch(gap) is not None or _abbreviation_bracket(text, w, gap)


def _closes_abbreviation(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` is the bracket that closes an abbreviation: the ``)`` of ``банка развития (ЕАБР)``."""
    opened = text.rfind("(", max(0, pos - 12), pos)
    return text[pos : pos + 1] == ")" and opened >= 0 and text[opened + 1 : pos].isupper()


def _abbreviation_bracket(text: str, w: Word, gap: str) -> bool:
    """
    Whether *gap* after *w* is a bracket around an abbreviation in a title: "банка развития (ЕАБР) Имя"
    (``(`` after ``развития``, ``)`` after ``ЕАБР``).
    """
    mark = gap.strip()
    if mark == ")":
        return _closes_abbreviation(text, w.end + gap.index(")"))
    return mark == "(" and _closes_abbreviation(text, text.find(")", w.end, w.end + 12))


class RoleIndex:
    """
    The titles an article gives to named people, and look-ups of a bare title's holder.

    >>> idx = RoleIndex(PersonIndex("Посол Азербайджана Агалар Атамогланов прибыл."))
    >>> idx.by_title("посол", None, 60)
    'Агалар Атамогланов'

    .. versionadded:: 0.2.0
    """

    def __init__(self, persons: PersonIndex) -> None:
        self.persons = persons
        self.text = persons.text

    def _owners_pair(self, words: Sequence[Word], k: int) -> bool:
        """
        Whether "и" at ``words[k]`` joins a name in the genitive and a capitalised word, the ones a title serves
        (``адвокат Лескова и Белова Имя Фамилия``).
        """
        if k == 0 or k + 1 >= len(words):
            return False
        left = self.persons.person_at(words[k - 1].start, words[k - 1].end)
        # The second name may be one the finder left out ("Белова", also a woman's surname in the nominative).
        return left is not None and left.case == "gent" and words[k + 1].text.istitle()

    def _run_before(self, pm: PersonMention) -> list[Word]:
        """The run of words directly before a name, with no punctuation in between."""
        start = max(0, pm.start - 120)
        text = self.text
        j = pm.start - 1
        while j >= start and text[j] != "\n" and (text[j].isspace() or text[j] in _QUOTE_MARKS):
            j -= 1
        if j < start or not (text[j].isalnum() or _closes_abbreviation(text, j)):
            # Punctuation, a line's end (a headline's title is no apposition of the next line's first name) or
            # nothing right before the name: no title is attached ("(ЕАБР) Имя" keeps one).
            return []
        run: list[Word] = []
        nxt = pm.start
        words = words_in(text, start, pm.start)
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            gap = text[w.end : nxt]
            if _ordinal_ending(text, w):
                continue  # "800-й": the ending of an ordinal in digits, the gap before it a figure
            if not _title_gap(text, w, gap):
                break
            other = self.persons.person_at(w.start, w.end)
            # A capitalised word is a name ("«Олимпстроя»" reads as a gerund of "строить"), never a verb.
            verb = w.text[:1].islower() and is_verb(w.text)
            if w.text == "и" and not (
                run
                and (
                    _TOPIC_PAIR_RE.search(text, max(0, w.start - 60), w.start)
                    or _name_pair(text, w, run[-1])
                    or self._owners_pair(words, k)
                )
            ):
                # "профессор и глава комитета Имя": two titles; "комитета по науке и образованию Имя", "Совета
                # национальной безопасности и обороны Украины Имя": one.
                break
            if verb or (other is not None and other.case != "gent"):
                break
            if w.text.lower() in TOPIC_PREPOSITIONS and not (k > 0 and _governs_about(words[k - 1].text)):
                # "премьер-министр Японии о визите Имя Фамилия": a topic after "о" holds no one's title; "конструктор
                # системы предупреждения о ракетном нападении Имя Фамилия": a noun of content before it governs it.
                break
            run.append(w)
            nxt = w.start
            if len(run) >= 8:
                break
        run.reverse()
        return run

    def _phrase_to(self, run: list[Word], i: int) -> list[Word]:
        """The words of *run* up to ``run[i]`` that stand with it on one line with only spaces between."""
        j = i
        while j > 0 and self.text[run[j - 1].end : run[j].start].isspace() and "\n" not in (
            self.text[run[j - 1].end : run[j].start]
        ):
            j -= 1
        return run[j : i + 1]

    def role_before(self, pm: PersonMention) -> tuple[str, str | None, int] | None:
        """
        A title right before a name: ``(head lemma, country or HOME or None, start of the title)``.

        ``посол Азербайджана в Казахстане Агалар …`` -> ``('посол', 'Азербайджан', …)``.
        """
        run = self._run_before(pm)
        owner = _owner_noun(self.text, pm, run)
        if owner is not None:
            # "представитель боксёра Руденко": a name that shows no case goes with the noun for a person right
            # before it (the boxer), not with the title that governs that noun.
            own = _title_in_run(run, len(run) - 1, "gent")
            return (own[0], own[1], run[-1].start) if own is not None else (owner, None, run[-1].start)
        for i, w in enumerate(run):
            found = _title_in_run(run, i, pm.case)
            if found is not None:
                kin = _head_noun_before(run, i)
                if kin is not None:
                    # "зять президента США Джаред Кушнер": the noun that heads the phrase is the name's, the title
                    # in the genitive its owner's.
                    return kin
                if former_title(self._phrase_to(run, i)):
                    # "бывшего венесуэльского лидера Уго Чавеса": an office held before is not the one a bare
                    # title of the article names.
                    return FORMER + found[0], found[1], w.start
                if fold(w.text).startswith(DEPUTY):
                    return DEPUTY + found[0], found[1], w.start  # "вице-президент Имя Фамилия": not the president
                return found[0], found[1], w.start
        if run and (noun := person_noun(run[-1].text)) is not None and title_of(run[-1].text) is None:
            return noun, None, run[-1].start
        return _head_noun_before(run, len(run) - 1) if len(run) > 1 else None

    @functools.cached_property
    def appositions(self) -> list[Apposition]:
        """(position, head lemma, country, canonical name) for every title attached to a name."""
        out: list[Apposition] = []
        for pm in self.persons.persons:
            name = self.persons.canonical(pm.name)
            r = self.role_before(pm)
            if r is not None:
                out.append((pm.start, r[0], r[1], name))
                office = office_role(r[0], self.text[r[2] : pm.start])
                if office is not None and office != r[0] and office in titles():
                    # "главой правительства Японии Имя Фамилия" is the "премьер-министр Японии" of another sentence.
                    out.append((pm.start, office, r[1], name))
                joined = self._joined_title(r[2])
                if joined is not None:
                    out.append((pm.start, *joined, name))
            after = self._title_after(pm)
            if after is not None:
                out.append((pm.start, after, None, name))
            if _CHARGES_BEFORE_RE.search(self.text, max(0, pm.start - 20), pm.start) is not None:
                # "Подопечные Олега Знарка": the one whose players they are is their coach.
                out.append((pm.start, "тренер", None, name))
        # "зампред комитета Госдумы Имя Фамилия" is the "депутат" of a later sentence.
        out.extend((apos, "депутат", None, aname) for apos, _, aorgs, aname in self.org_heads if aorgs & _PARLIAMENTS)
        out.sort(key=lambda a: a[0])
        return out

    def _joined_title(self, at: int) -> tuple[str, str | None] | None:
        """
        The title joined by "и" before the title at *at* (``профессор и глава комитета Имя``, ``вице-премьер
        России и президент РФС Имя``): the person's too, with its country.
        """
        joined = _JOINED_TITLE_RE.search(self.text, max(0, at - 40), at)
        t = title_of(joined.group(1)) if joined is not None else None
        if joined is None or t is None or t[1] != "person":
            return None
        country = title_country_readers(t[0])[0](joined.group(2)) if joined.group(2) else None
        return (DEPUTY if fold(joined.group(1)).startswith(DEPUTY) else "") + t[0], country

    def _title_after(self, pm: PersonMention) -> str | None:
        """
        The head of a title set off after the name of *pm* (``Имя Фамилия, министр …``), unless the title heads the
        next name (``Дмитрий Козак, губернатор Краснодарского края Александр Ткачев``).
        """
        m = _ROLE_AFTER_RE.match(self.text, pm.end, min(len(self.text), pm.end + 80))
        if m is None:
            return None
        for w in words_in(self.text, m.start(1), m.end(1)):
            if w.text[:1].islower() and is_verb(w.text):
                return None  # "политикой Дональда Трампа, считает главный экономист …": the title is the verb's
            if w.text.lower() in _CLAUSE_OPENERS:
                return None  # "Ху Цзиньтао, а вот британский премьер Гордон Браун": the next name's title
            if fold(w.text).startswith("котор"):
                return None  # "Имя Фамилия, с которым президент обсудил …": the title of a relative clause's subject
            t = title_of(w.text)
            # "Имя Фамилия, министр …", not the listener of "сказал Имя Фамилия журналистам".
            if t is None or t[1] not in ("person", "head") or not can_be_nominative(w.text, t[0]):
                continue
            nxt = next(iter(self.persons.persons_in(w.end, w.end + _NEXT_NAME_REACH)), None)
            if nxt is not None and not _BREAK_RE.search(self.text, w.end, nxt.start):
                return None  # the title of the name that follows it
            if t[1] == "head" and t[0] == "глава" and not HEAD_OF_STATE_RE.match(self.text, w.start, m.end(1) + 20):
                return "глава"  # "глава оргкомитета": no head of state
            return "президент" if t[1] == "head" else t[0]
        return None

    @functools.cached_property
    def _by_head(self) -> dict[str, list[tuple[int, str, str, str]]]:
        out: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
        for apos, ahead, acountry, aname in sorted(self.appositions, key=lambda a: a[0]):
            out[ahead].append((apos, ahead, acountry or "", aname))
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
        for pm in self.persons.persons:
            run = self._run_before(pm)
            # "представитель боксёра Руденко": the boxer, whom no organisation has at its head.
            words = [] if _owner_noun(self.text, pm, run) is not None else [w.text for w in run]
            after = _ROLE_AFTER_RE.match(self.text[pm.end : pm.end + 80])
            for ws in (words, after.group(1).split() if after else []):
                found = head_and_orgs(ws)
                if found is not None:
                    # "представитель ЕВС Имя Фамилия" is the "представитель союза" of a later sentence.
                    orgs = found[1].union(*(self._defined.get(o, ()) for o in found[1]))
                    out.append((pm.start, found[0], orgs, self.persons.canonical(pm.name)))
        return out

    @functools.cached_property
    def _defined(self) -> dict[str, frozenset[str]]:
        """
        The organisation nouns of the names the article defines abbreviations for (``Европейский вещательный союз
        (ЕВС)``: ``евс`` -> ``союз``), found once.
        """
        from ..entities import abbreviations_defined

        out: dict[str, set[str]] = defaultdict(set)
        for words, m in abbreviations_defined(self.text):
            out[fold(m["abbr"])].update(lem for w in words if (lem := _thing_noun(w.text)) is not None)
        return {abbr: frozenset(nouns) for abbr, nouns in out.items() if nouns}

    def by_org(
        self, head: str, orgs: frozenset[str], pos: int, gender: Gender | None = None, country: str | None = None
    ) -> str | None:
        """
        The person the article names as head of one of *orgs*, nearest to *pos* (preceding first); of *country*
        when one is given and the article names that person's country (``глава МИД России`` is not the ``глава МИД
        Катара`` named before).
        """
        from .words import ORG_HEADS

        heads = self.org_heads
        i = bisect.bisect_right(heads, (pos, "\uffff"))
        found = (
            (apos, name)
            for apos, ahead, aorgs, name in heads[max(0, i - 2 * _WINDOW) : i + _WINDOW]
            if _orgs_meet(orgs, aorgs)
            and (ahead == head or (ahead in ORG_HEADS and head in ORG_HEADS))
            and (country is None or country in self.countries_of.get(name, frozenset({country})))
        )
        return self._nearest(found, pos, gender)

    def titled_apart(self, name: str, head: str) -> bool:
        """
        Whether the article titles *name* only with offices other than *head*, all of them distinct offices.

        A ``тренер`` named earlier is not the ``министр`` a later sentence
        speaks of; titles that may stand for one another (``глава``,
        ``руководитель``) never rule anyone out.
        """
        if head not in _DISTINCT_OFFICES:
            return False
        own = self.heads_of.get(name, frozenset())
        return bool(own) and own <= _DISTINCT_OFFICES and head not in own

    @functools.cached_property
    def heads_of(self) -> dict[str, frozenset[str]]:
        """The title heads the article gives each person (canonical name), found once."""
        out: dict[str, set[str]] = defaultdict(set)
        for _, ahead, _, aname in self.appositions:
            out[aname].add(ahead)
        return {name: frozenset(heads) for name, heads in out.items()}

    @functools.cached_property
    def countries_of(self) -> dict[str, frozenset[str]]:
        """The countries of the titles the article gives each person (``Президент США`` -> США), found once."""
        out: dict[str, set[str]] = defaultdict(set)
        for _, _, acountry, aname in self.appositions:
            if acountry:
                out[aname].add(acountry)
        return {name: frozenset(c) for name, c in out.items()}

    def holds_other(self, name: str, head: str, orgs: frozenset[str]) -> bool:
        """
        Whether the article gives *name* the title *head* of other organisations than *orgs*.

        ``министр экономики`` is not the ``министр сельского хозяйства`` a later
        sentence speaks of.
        """
        if not orgs or orgs & _GENERIC_ORGS:
            return False
        own = [aorgs for _, ahead, aorgs, aname in self.org_heads if aname == name and ahead == head and aorgs]
        if any(aorgs & _GENERIC_ORGS for aorgs in own):
            return False  # "глава военного ведомства X" may be the "глава Минобороны" of a later sentence
        return bool(own) and all(not (orgs & aorgs) for aorgs in own)

    def titled_of(self, name: str, orgs: frozenset[str]) -> bool:
        """
        Whether the article titles *name* as one of *orgs*, whatever the title.

        ``глава департамента коммуникаций МВД`` is the ``представитель МВД`` of a later sentence.
        """
        wanted = orgs - _GENERIC_ORGS - _LINK_WORDS
        return bool(wanted) and any(aname == name and aorgs & wanted for _, _, aorgs, aname in self.org_heads)

    def of_other_orgs(self, name: str, orgs: frozenset[str]) -> bool:
        """
        Whether the article titles *name* only as one of other organisations than *orgs*, whatever the title.

        The ``основатель ЧВК`` named before is not the ``представитель спецслужбы`` a later sentence speaks of.
        """
        if not orgs or orgs & _GENERIC_ORGS:
            return False
        own = [aorgs for _, _, aorgs, aname in self.org_heads if aname == name and aorgs]
        if any(aorgs & _GENERIC_ORGS for aorgs in own):
            return False
        return bool(own) and all(not (orgs & aorgs) for aorgs in own)

    def by_title(
        self,
        head: str,
        country: str | None,
        pos: int,
        home: str | None = None,
        gender: Gender | None = None,
        orgs: frozenset[str] = frozenset(),
        prefer: str | None = None,
    ) -> str | None:
        """
        The person the article names with the title *head* (of *country*), nearest to *pos*, preceding first.

        *prefer* (the one speaking, with no title of their own) wins when all of them are named only after *pos*:
        ``«…», — сказал Путин. Президент подчеркнул …`` before ``первый президент РФ Борис Ельцин``; so does one
        with a title of their own for a word that says only that they comment (``эксперт``).
        """
        same = self._by_head.get(head, [])
        i = bisect.bisect_right(same, (pos, "\uffff", "", ""))
        found = [
            (apos, name)
            for apos, _, stored, name in same[max(0, i - _WINDOW) : i + _WINDOW]
            if _country_fits(head, country, stored or None, home) and not self.holds_other(name, head, orgs)
        ]
        if prefer is not None and found and min(found)[0] > pos:
            # A title of the one speaking's own is another office, unless the word says only that they comment:
            # "По мнению эксперта, …" right after the director of a centre spoke.
            if not self.heads_of.get(prefer) or head in _COMMENTATORS:
                return prefer
        return self._nearest(found, pos, gender)

    def by_link(
        self,
        head: str,
        country: str | None,
        pos: int,
        home: str | None = None,
        gender: Gender | None = None,
        prefer: str | None = None,
        skip: frozenset[str] = frozenset(),
        said: tuple[int, int] | None = None,
    ) -> str | None:
        """
        The person named with a title that *head* may stand for (``title_links.tsv``), nearest to *pos*.

        *prefer* (the current speaker) wins when it is among them, or when all of them are named only
        after *pos* (``По словам дипломата`` right after the deputy minister spoke, with a spokesman of
        another country named later). The titles in *skip* are not looked at, nor the persons named inside
        the words *said* (``«Мы обратились к его президенту Имя Фамилия …», — приводит агентство слова функционера``).
        """
        links = title_links().get(head, frozenset()) - skip
        found: list[tuple[int, str]] = []
        for other in sorted(links):
            same = self._by_head.get(other, [])
            i = bisect.bisect_right(same, (pos, "\uffff", "", ""))
            found.extend(
                (apos, name)
                for apos, _, stored, name in same[max(0, i - _WINDOW) : i + _WINDOW]
                if _country_fits(other, country, stored or None, home)
                and (gender is None or self.persons.gender(name) in (None, gender))
                and (said is None or not said[0] <= apos < said[1])
            )
        if prefer is not None and found and (any(name == prefer for _, name in found) or min(found)[0] > pos):
            return prefer
        return self._nearest(found, pos, gender)

    def _nearest(self, found: Iterable[tuple[int, str]], pos: int, gender: Gender | None) -> str | None:
        best: tuple[int, str] | None = None
        for apos, name in found:
            if gender is not None and self.persons.gender(name) not in (None, gender):
                continue
            dist = pos - apos if apos <= pos else _FORWARD * (apos - pos)
            if best is None or dist < best[0]:
                best = (dist, name)
        return best[1] if best else None


#: What a head lemma starts with when the office was held before (``экс-президент``, ``бывший министр``).
FORMER = "экс-"
#: What a head lemma starts with for a deputy's office (``вице-президент``), never the office itself.
DEPUTY = "вице-"
# Words that make a title one held before: "бывший президент"; a state that is no more ("советский лидер").
_FORMER_WORDS = frozenset({"бывший", "прежний", "покойный", "советский", "югославский", "чехословацкий"})


def _thing_noun(word: str) -> str | None:
    """The lemma of *word* when it reads first as a common noun in any case (``союз``, ``телерадиокомпанию``)."""
    first = parse(word.lower())[:1]
    if not first or first[0].tag.POS != "NOUN" or {"Name", "Surn", "Patr", "Geox", "Abbr"} & first[0].tag.grammemes:
        return None
    return fold(str(first[0].normal_form))


def _name_pair(text: str, conj: Word, after: Word) -> bool:
    """
    Whether "и" at *conj* joins two nouns in the genitive inside a capitalised body's name (``Совета национальной
    безопасности и обороны``): the words on both sides in lower case, a capitalised word shortly before.
    """
    before = words_in(text, max(0, conj.start - 60), conj.start)[-3:]
    if len(before) < 2 or not before[-1].text.islower() or not after.text.islower():
        return False
    if not any(w.text[:1].isupper() for w in before[:-1]):
        return False
    return all(any(p.tag.POS == "NOUN" and "gent" in p.tag for p in parse(w.text)[:2]) for w in (before[-1], after))


def _orgs_meet(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """
    Whether two sets of organisation lemmas share one, a short form counting for its full one when it begins it
    with five letters or more (``госдеп`` and ``госдепартамент``).
    """
    return bool(ours & theirs) or any(
        (len(short) >= 5 and long.startswith(short)) or _abbreviates(short, long)
        for a in ours
        for b in theirs
        for short, long in ((a, b) if len(a) <= len(b) else (b, a),)
    )


def _abbreviates(short: str, noun: str) -> bool:
    """
    Whether the abbreviation *short* (folded) may stand for a body whose name has the noun *noun*, a body that speaks
    (``speaking_bodies.tsv``): its initial is one of the abbreviation's letters (``мок`` for ``комитет``, ``рфпи``
    for ``фонд``); never a noun for any body (``министерство``).

    >>> _abbreviates("мок", "комитет"), _abbreviates("мок", "фонд"), _abbreviates("мид", "министерство")
    (True, False, False)
    """
    bodies = speaking_bodies()
    return (
        noun in bodies
        and noun not in _GENERIC_ORGS
        and short not in bodies
        and 2 <= len(short) <= 6
        and noun[:1] in short
    )


def former_title(words: Sequence[Word]) -> bool:
    """
    Whether the title phrase *words* (ending with the title) names an office held before.

    >>> from kzaz_corpus.text.doc import words
    >>> former_title(words("бывшего лидера")), former_title(words("экс-министр")), former_title(words("министр"))
    (True, True, False)
    """
    from ...lexicon.morph import parse

    if fold(words[-1].text).startswith(FORMER):
        return True
    return any(
        p.tag.POS == "ADJF" and fold(str(p.normal_form)) in _FORMER_WORDS
        for w in words[:-1]
        for p in parse(w.text.lower())[:1]
    )


def _country_fits(head: str, country: str | None, stored: str | None, home: str | None) -> bool:
    """Whether an apposition's country *stored* fits a title's *country* (HOME: the article's own)."""
    if country == HOME:
        # With no home country in evidence, "Глава государства" is the head of state the text names: "президент
        # Белоруссии Имя Фамилия. Глава государства заявил …".
        return stored in (HOME, home) or home is None
    if country is not None and stored == HOME:
        return country == home
    if country is not None and stored is not None:
        return stored == country
    return not (country is not None and stored is None and head == "президент")


@functools.lru_cache(maxsize=CACHE_SIZE)
def _governs_about(word: str) -> bool:
    """
    Whether *word*, right before "о", is a lower-case noun in the genitive, no title, that "о" completes inside a
    title's phrase (``системы предупреждения о …``).
    """
    if not word[:1].islower() or title_of(word) is not None:
        return False
    first = parse(word)[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and first[0].tag.case == "gent"


def _head_noun_before(run: Sequence[Word], i: int) -> tuple[str, None, int] | None:
    """
    The noun for a person that opens *run* in the nominative, no title itself, when a title or a noun for a person in
    the genitive follows it up to ``run[i]`` (``зять президента``, ``жена премьер-министра``): its lemma and start.
    """
    first = run[0]
    noun = person_noun(first.text)
    if i == 0 or noun is None or title_of(first.text) is not None:
        return None
    if not reads_as(first.text, ("NOUN",), "nomn", first=True):
        return None
    owned = any(
        reads_as(w.text, ("NOUN",), "gent") and (title_of(w.text) is not None or person_noun(w.text) is not None)
        for w in run[1 : i + 1]
    )
    return (noun, None, first.start) if owned else None


def _title_in_run(run: Sequence[Word], i: int, case: str | None) -> tuple[str, str | None] | None:
    """The title at ``run[i]`` with its country, if it is a person's title agreeing in *case* with the name."""
    w = run[i].text
    t = title_of(w)
    if t is None or t[1] in ("org", "group") or (case and not _title_in_case(w, t[0], case)):
        return None
    head, cls = t
    rest = " ".join(x.text for x in run[i : i + 3])
    # A head of state's or government's country may be any the dictionary knows ("президента Уругвая").
    after, before = title_country_readers(head)
    country = next((c for x in itertools.takewhile(_no_host, run[i + 1 :]) if (c := after(x.text))), None)
    if country is None and i > 0:
        country = before(run[i - 1].text)
    if cls == "head" and head == "глава" and not HEAD_OF_STATE_RE.match(rest):
        return "глава", country
    if cls == "head":
        return "президент", HOME if HOME_HEAD_RE.match(rest) else country
    return head, country


# Prepositions after which a country is where the title is held, not whose it is: "посол в Германии".
_HOST_PREPOSITIONS = frozenset({"в", "во", "при"})


def _no_host(w: Word) -> bool:
    """Whether *w* is no preposition of a host country (the words of a title's own country stand before one)."""
    return w.text.lower() not in _HOST_PREPOSITIONS


def _title_in_case(word: str, head: str, case: str) -> bool:
    """
    Whether *word* is the title *head* in *case*: ``политики`` is no genitive of ``политик`` (only of ``политика``,
    policy), so ``политики своего предшественника Питера Грина`` gives him no title; the title of a person reads as
    an animate noun, so ``Менеджер Имени Фамилии`` is the manager's, not the one named.
    """
    last = word.rsplit("-", 1)[-1].lower()
    parses = [p for p in parse(last) if p.tag.POS == "NOUN" and fold(str(p.normal_form)) == head]
    # A person's title reads as an animate noun: "Менеджер" is no accusative of a person's "менеджер".
    parses = [p for p in parses if "anim" in p.tag] or parses
    return any(case in p.tag for p in parses) if parses else can_be_case(word, case)


def is_title(head: str) -> bool:
    """
    Whether *head* is a title (``titles.tsv`` or ``title_links.tsv``), not a generic person noun.

    >>> is_title("министр"), is_title("госслужащий"), is_title("женщина")
    (True, True, False)
    """
    return head in titles() or head in title_links()
