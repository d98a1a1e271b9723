"""
The organisation a common noun stands for: ``в ведомстве`` for the state body named before it, ``издание`` for the
outlet, ``в компании`` for the company.

Facts:
- The nouns and the kind of name each takes are in ``org_anaphors.tsv``: a state body (an abbreviation such as
  ``ФАС``, a word such as ``Минфин`` or ``Роспатент``, with the country after it: ``Минобороны России``), an outlet
  (a name in Latin letters, ``The Daily Star``) or a company (a name in Latin letters or an abbreviation). A name
  in quotation marks right after a noun of the same kind (``издание «Вечерний курьер»``) is one for each kind.
- Only a noun standing alone, adjectives before it at most (``американская газета``, ``оборонное ведомство``), is
  read this way; ``пресс-служба ведомства Бета`` names its own.
- The name is the last one of the noun's kind in the ``_REACH`` characters before the noun: not a person's name,
  not a country's or an alliance's abbreviation (``США``, ``ООН``: ``not_bodies.tsv``), and not Latin words on a
  line without Cyrillic (an embedded post in English).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ... import cache
from ...lexicon.dates import months
from ...lexicon.morph import is_finite_verb, parse, reads_as
from ...lexicon.quotes import country_of, not_bodies, org_anaphors
from ...text.chars import fold
from ...text.doc import word_before
from .words import NETWORKS, nominative_phrase

__all__ = ["anaphor_kind", "organisation_before"]

# How far back the organisation's name is looked for.
_REACH = 1_500

_LATIN = r"[A-Z][A-Za-z0-9&'-]*+(?:\.[a-z]{2,4}+)?+"
# A word inside a Latin name after its first: a capitalised one, a number, a small word (``The Voice of Riga``).
_LATIN_NEXT = rf"(?:{_LATIN}|[0-9]{{1,4}}+|(?:on|of|the|and|de|du|des|la|le)(?=[^\S\n]++[A-Z]))"
# A name in Latin letters (``Financial Times``, ``The Verge``, ``Kun.uz``), not part of a handle, an address or a
# tag; an abbreviation in Cyrillic capitals (``ФАС``); a state body's word (``Минфина``, ``Госдепе``,
# ``Роспатента``) with the country after it; a name in quotation marks, with the word before it.
_CANDIDATE_RE = cache.pattern(
    rf"(?<![\w@/.#&'-])(?P<latin>(?:(?:The|Le|La|Les|Die|Der|El|Il)[^\S\n]++)?+{_LATIN}(?:[^\S\n]++{_LATIN_NEXT}){{0,4}}+)"
    r"(?![\w@])"
    r"|(?<![\p{L}\p{N}«])(?P<caps>[А-ЯЁ]{2,6}+)(?![\p{L}\p{N}]|-\p{L})"
    r"|(?<!\p{L})(?P<body>(?:Мин(?!истерств)\p{Ll}{2,}+|Госдеп\p{Ll}*+|Рос(?!си)\p{Ll}{4,}+|Центробанк\p{Ll}*+|Пентагон\p{Ll}*+"
    r"|Генпрокуратур\p{Ll}++)(?:[^\S\n]++(?P<tail>\p{Lu}\p{L}{1,20}+))?+)(?!\p{L})"
    r"|(?<!\p{L})(?P<head>\p{Ll}{4,}+)[^\S\n]++«(?P<quoted>\p{Lu}[^«»\n]{0,40}?)»"
    r"|«(?P<brand>\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+)»"
)
_CYRILLIC_RE = cache.pattern(r"[а-яё]")
# Abbreviations of state bodies: federal services ("ФАС", "ФСБ", "ФНС") and ministries.
_STATE_ABBREVIATION_RE = cache.pattern(r"Ф[А-ЯЁ]{1,4}+|МИД|МВД|МЧС|СК|ЦБ|ЦИК|ГП")
# A model's number after a hyphen: "Airbus-320", "F-16".
_MODEL_RE = cache.pattern(r"-\d")


def _place(word: str) -> bool:
    """Whether *word* reads first as a place's name (``КАЗАНЬ``, ``МОСКВА``)."""
    first = parse(word.lower())[:1]
    return bool(first) and "Geox" in first[0].tag


def _noun(word: str) -> bool:
    """Whether *word* reads first as a noun (``фильма``, ``операции``: a title in quotation marks after it)."""
    return reads_as(word, ("NOUN",), first=True)


def _lemma(word: str) -> str:
    return next((fold(str(p.normal_form)) for p in parse(word.lower())[:1]), "")


def anaphor_kind(words: Sequence[str]) -> str | None:
    """
    The kind of organisation (``body``, ``outlet``, ``company``) a noun phrase that stands for one names: a noun of
    ``org_anaphors.tsv`` with adjectives before it at most.

    >>> anaphor_kind(["ведомстве"]), anaphor_kind(["американская", "газета"]), anaphor_kind(["газета", "Бета"])
    ('body', 'outlet', None)
    """
    if not words or not all(w.isalpha() for w in words[:-1]):
        return None
    kind = org_anaphors().get(_lemma(words[-1]))
    if kind is None or not all(reads_as(w, ("ADJF",), first=True) for w in words[:-1]):
        return None
    return kind


def organisation_before(text: str, pos: int, kind: str, person_at: Callable[[int, int], bool]) -> str | None:
    """
    The name, in the nominative, of the last organisation of *kind* named in the ``_REACH`` characters before *pos*
    that is no person's (*person_at* tells whether a span holds a person's name).

    >>> t = "Ведомство ЦКТ выпустило приказ. Позже в ведомстве уточнили, что …"
    >>> organisation_before(t, t.index("ведомстве"), "body", lambda s, e: False)
    'ЦКТ'
    """
    found = None
    # A body's word with its country ("Минобороны России"), by the word: what the word alone later stands for.
    fuller: dict[str, str] = {}
    for m in _CANDIDATE_RE.finditer(text, max(0, pos - _REACH), pos):
        name = _name(text, m, kind)
        if name is None or _told(text, m.start()) or _other_kind(text, m.start(), kind):
            continue
        if person_at(m.start(), m.end()):
            continue
        first = name.split()[0]
        if name != first:
            fuller[first] = name
        found = fuller.get(name, name)
    return found


# A number right before a name in Latin letters, a scale's abbreviation between: a unit ("20 TEU", "430 тыс. TEU").
_NUMBER_BEFORE_RE = cache.pattern(r"\d[^\S\n]*+(?:(?:тыс|млн|млрд)\.?+[^\S\n]*+)?+\Z")
# A dash right before a name: an outlet that signs a dateline ("МОСКВА, 1 июн — Бета.") or a post.
_DASH_BEFORE_RE = cache.pattern(r"[—–-][^\S\n]*+\Z")


def _other_kind(text: str, start: int, kind: str) -> bool:
    """Whether a noun of another kind names the name at *start* (``агентства Zeta`` for a company)."""
    before = word_before(text, start)
    if before is None or start - before.end > 2:
        return False
    other = org_anaphors().get(_lemma(before.text))
    return other is not None and other != kind


# Nouns that name a company by its own name after them: "сервис Quickpost", "соцсеть Zeta".
_COMPANY_INTRODUCERS = frozenset(
    {"сервис", "соцсеть", "платформа", "мессенджер", "производитель", "оператор", "ритейлер", "сеть", "банк",
     "стартап", "разработчик", "микроблог", "поисковик", "перевозчик", "авиакомпания", "автопроизводитель"}
)  # fmt: skip


def _named_by_other_noun(text: str, start: int, allowed: frozenset[str] = frozenset()) -> bool:
    """
    Whether a noun other than one of the name's own kind (an outlet's, or one of *allowed* and a company's noun for
    a company) names the name at *start* (``системы Orion``; not ``газете FT``).
    """
    before = word_before(text, start)
    if before is None or start - before.end > 2 or text.startswith("The ", start) or not _noun(before.text):
        return False  # "статье The Herald": an outlet's own article
    low = before.text.lower()
    if allowed and not reads_as(low, ("NOUN",), "gent"):
        return False  # "На этой неделе Zeta закрыла …": a time, not a thing the company's name is of
    lemma = _lemma(low)
    if allowed:
        own = lemma in allowed or org_anaphors().get(lemma) == "company"
    else:
        own = org_anaphors().get(lemma) == "outlet"
    return not own and low not in months()[0]  # "5 марта Reuters сообщило"


def _told(text: str, start: int) -> bool:
    """
    Whether the name at *start* is one told something, a unit or a signature: right after a finite verb
    (``рассказали FTV``, ``сообщили ТАСС``), after a number (``20 TEU``) or after a dash (a dateline's outlet).
    """
    if _NUMBER_BEFORE_RE.search(text, max(0, start - 12), start) is not None:
        return True
    if _DASH_BEFORE_RE.search(text, max(0, start - 3), start) is not None:
        return True  # "МОСКВА, 1 июн — Бета.": the outlet signing the dateline
    before = word_before(text, start)
    return before is not None and start - before.end <= 2 and is_finite_verb(before.text)


def _name(text: str, m: regex.Match[str], kind: str) -> str | None:
    """The organisation's name the candidate *m* gives for *kind*, if it is one."""
    if m.group("quoted") is not None:
        same_kind = org_anaphors().get(_lemma(m.group("head"))) == kind
        return nominative_phrase(m.group("quoted").split()) if same_kind else None
    if m.group("brand") is not None:
        return _brand(text, m, kind)
    if m.group("latin") is not None:
        return _latin(text, m, kind)
    if m.group("caps") is not None:
        return _abbreviation(m.group("caps"), kind)
    if kind != "body":
        return None
    tail = m.group("tail")
    words = m.group("body").split()
    if tail is not None and country_of(tail) is None and not tail.isupper():
        words = words[:1]
    return nominative_phrase(words)


def _brand(text: str, m: regex.Match[str], kind: str) -> str | None:
    """«Бетапром» оценил потери, в «Бетапроме» заявили: a company's one word in quotation marks, no noun before it."""
    before = word_before(text, m.start())
    if kind != "company" or (before is not None and m.start() - before.end <= 2 and _noun(before.text)):
        return None
    return nominative_phrase([m.group("brand")])


# How far around a name in Latin letters its line is looked at for Cyrillic letters.
_LINE_REACH = 160


def _latin(text: str, m: regex.Match[str], kind: str) -> str | None:
    """A name in Latin letters, unless it stands in a post in English, is a model, or names no outlet."""
    name = m.group("latin")
    lo = max(0, m.start() - _LINE_REACH)
    line = text.rfind("\n", lo, m.start()) + 1 or lo
    hi = min(len(text), m.end() + _LINE_REACH)
    end = text.find("\n", m.end(), hi)
    if _CYRILLIC_RE.search(text, line, end if end >= 0 else hi) is None:
        return None  # a post in English: its words are no organisation of the article's
    if (kind == "body" and not (name.isupper() and len(name) > 2)) or _MODEL_RE.search(name) is not None:
        return None  # "Airbus-320", "F-16": a model, no organisation
    if kind == "outlet" and (_named_by_other_noun(text, m.start()) or name.lower() in NETWORKS):
        return None  # "системы Orion", "комплексов Falcon": a thing named, no outlet
    if kind == "company" and _named_by_other_noun(text, m.start(), _COMPANY_INTRODUCERS):
        return None  # "автомобилей Zeta": a product named, no company
    return name


def _abbreviation(name: str, kind: str) -> str | None:
    """An abbreviation in Cyrillic capitals, unless of a country, a bloc or a term; a state body's is no company's."""
    if kind == "outlet" or name in not_bodies() or country_of(name) is not None or _place(name):
        return None  # "КАЗАНЬ, 2 мар — …": a dateline's city in capitals
    if kind == "company" and _STATE_ABBREVIATION_RE.fullmatch(name) is not None:
        return None  # "ФАС", "МВД": a state body, no company
    return name
