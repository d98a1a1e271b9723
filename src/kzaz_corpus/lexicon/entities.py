"""
The alias table: entities the library knows by several names (``aliases.tsv``).

Facts:

- Each row of ``aliases.tsv`` is a kind, a canonical name and its other names,
  all in the nominative. A name written in capitals (``ТМТМ``) is an
  abbreviation and matches exactly; any other name matches in any letter case
  and any grammatical case (``по Среднему коридору``).
- The countries of ``countries.tsv`` count too, with their stems, so that
  ``казахстанский`` and ``Казахстана`` name Казахстан.
- Names are looked for only where a word starts with the first letters of
  one of them (:func:`alias_starts`), and then only the names that begin so
  are tried, longest first; matching is linear in the text.
"""

from __future__ import annotations

import functools
from types import MappingProxyType

import attrs
import regex

from .. import cache
from ..text.chars import fold, literal
from .tables import read_table

__all__ = ["KnownEntity", "alias_names", "alias_starts", "known_entities", "known_entity", "stem"]

#: Inflection endings stripped from a name's words before matching (longest first).
_ENDINGS = (
    "ого",
    "его",
    "ому",
    "ему",
    "ий",
    "ый",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ие",
    "ые",
    "а",
    "я",
    "о",
    "е",
    "и",
    "ы",
    "й",
    "ь",
    "у",
)
_QUOTES = {"«": '[«"“„]', "»": '[»"”“]'}
_SPACE = r"[ \t\u00a0\u2009\u202f\u2007]{1,3}+"


@attrs.frozen
class KnownEntity:
    """
    One row of the alias table.

    >>> known_entities()[0].name
    'Казахстан'
    """

    kind: str
    name: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and the aliases."""
        return (self.name, *self.aliases)


@functools.cache
def known_entities() -> tuple[KnownEntity, ...]:
    """
    Every row of ``aliases.tsv``.

    >>> corridor = known_entity("Средний коридор")
    >>> corridor.kind, corridor.name
    ('project', 'Транскаспийский международный транспортный маршрут')

    .. versionadded:: 0.2.0
    """
    return tuple(KnownEntity(r[0], r[1], tuple(r[2:])) for r in read_table("aliases.tsv"))


@functools.cache
def _by_name() -> MappingProxyType[str, KnownEntity]:
    out: dict[str, KnownEntity] = {}
    for entry in known_entities():
        for name in entry.names:
            out.setdefault(name if _is_abbreviation(name) else fold(name), entry)
    return MappingProxyType(out)


def known_entity(name: str) -> KnownEntity | None:
    """
    The table entry that lists *name* (in the nominative, any letter case), if any.

    >>> known_entity("ТМТМ").name
    'Транскаспийский международный транспортный маршрут'
    >>> known_entity("тмтм") is None
    True
    """
    table = _by_name()
    return table.get(name) or (None if _is_abbreviation(name) else table.get(fold(name)))


def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and word.upper() == word


def stem(word: str) -> str:
    """
    The part of a word that stays the same in every case (a crude stemmer for names).

    >>> stem("Средний"), stem("коридор"), stem("Республика")
    ('Средн', 'коридор', 'Республик')
    """
    low = word.lower()
    for ending in _ENDINGS:
        if low.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)]
    return word


def _word_pattern(word: str) -> str:
    if _is_abbreviation(word):
        return "(?-i:" + literal(word) + ")"
    short = len(word) <= 4
    base = word if short else stem(word)
    out = []
    for i, ch in enumerate(base):
        if i == 0 and ch.isupper():
            out.append("(?-i:" + literal(ch) + ")")
        else:
            out.append(_QUOTES.get(ch, literal(ch)))
    tail = "" if short or word[-1] in '»"' else r"\p{L}{0,3}+"
    return "".join(out) + tail


def _name_pattern(name: str) -> str:
    words = name.replace("«", "« ").replace("»", " »").split()
    parts: list[str] = []
    for w in words:
        if w in _QUOTES:
            parts.append(_QUOTES[w])
        else:
            parts.append(_word_pattern(w))
    pattern = ""
    for i, part in enumerate(parts):
        if i and words[i - 1] != "«" and words[i] != "»":
            pattern += _SPACE
        pattern += part
    return pattern


@functools.cache
def alias_names() -> tuple[tuple[KnownEntity, str], ...]:
    """
    Every ``(entry, name)`` of the table, longer names first; group ``n<i>`` of the patterns is name *i*.

    >>> alias_names()[0][1]
    'Министерство цифрового развития и транспорта Азербайджанской Республики'
    """
    names = [(e, n) for e in known_entities() for n in e.names]
    names.sort(key=lambda item: (-len(item[1].split()), -len(item[1])))
    return tuple(names)


@functools.cache
def alias_starts() -> frozenset[str]:
    """
    The first letters of every name of the table, as they must appear in a text.

    Three letters of the first word (two for a shorter word), in their case
    for a capitalised name and folded (lower case, ``ё`` as ``е``) for a name
    written in lower case: a word that starts otherwise starts no name.

    >>> "Сре" in alias_starts(), "ТМТ" in alias_starts(), "сре" in alias_starts()
    (True, True, False)

    .. versionadded:: 0.2.0
    """
    return frozenset(_start_of(name) for entry in known_entities() for name in entry.names)


def _start_of(name: str) -> str:
    first = name.split()[0]
    head = first[:3] if len(first) >= 3 else first
    return head if head[:1].isupper() else fold(head)


@functools.cache
def _sources() -> MappingProxyType[str, str]:
    """The pattern source for each start of :func:`alias_starts`."""
    groups: dict[str, list[str]] = {}
    for i, (_, name) in enumerate(alias_names()):
        groups.setdefault(_start_of(name), []).append(f"(?P<n{i}>{_name_pattern(name)})")
    return MappingProxyType({start: r"(?:" + "|".join(alts) + r")(?![\p{L}\p{N}])" for start, alts in groups.items()})


@functools.cache
def alias_pattern(start: str) -> regex.Pattern[str] | None:
    """
    The pattern of the names of the table that begin with *start* (see :func:`alias_starts`), compiled on first use.

    A match's ``lastgroup`` is ``n<i>``: the name ``alias_names()[i]``.

    >>> m = alias_pattern("Сре").match("Среднему коридору")
    >>> alias_names()[int(m.lastgroup[1:])][1]
    'Средний коридор'
    >>> alias_pattern("Дом") is None
    True

    .. versionadded:: 0.2.0
    """
    source = _sources().get(start)
    return cache.pattern(source, regex.IGNORECASE) if source is not None else None
