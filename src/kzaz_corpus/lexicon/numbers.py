"""
Tables for the number and metric grammar, read once from ``data/*.tsv``.

Facts:
- Each table holds one entry per line, tab-separated; ``#`` starts a comment.
- Word forms are matched case-insensitively, so the word tables hold lower
  case; unit symbols and abbreviations keep their case (``МВт``).
- Alternations are built longest first, so a longer form wins over its
  prefix (``миллиарда`` before ``миллиард``, ``не более`` before ``более``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any, Literal

from attrs import frozen

from ..text.chars import literal
from .tables import read_table

__all__ = [
    "Numeral",
    "NumeralClass",
    "Scale",
    "Unit",
    "alternation",
    "elliptic",
    "exclusions",
    "fused",
    "livestock",
    "measures",
    "numerals",
    "qualifiers",
    "read_table",
    "scales",
    "trie",
    "units",
    "verbs",
]

NumeralClass = Literal[
    "unit", "teen", "ten", "hundred", "half", "both", "times", "times-verb", "fraction", "ordinal", "denominator",
    "half-unit",
]  # fmt: skip


@frozen
class Numeral:
    """A number word: its value and its place in a compound numeral."""

    value: float
    cls: NumeralClass


@frozen
class Scale:
    """A scale word (``миллиона``) or abbreviation (``млн``)."""

    value: float
    number: Literal["sg", "pl", "amb", "abbr"]


@frozen
class Unit:
    """A unit form mapped to its lemma and kind (``%`` -> ``процент``, percent)."""

    lemma: str
    kind: str


@functools.cache
def numerals() -> MappingProxyType[str, Numeral]:
    """
    Return the number words mapped to their value and class.

    >>> numerals()["двух"]
    Numeral(value=2.0, cls='unit')
    """
    out: dict[str, Numeral] = {}
    for form, value, cls in read_table("numerals.tsv"):
        out[form] = Numeral(_ratio(value), cls)  # type: ignore[arg-type]
    return MappingProxyType(out)


def _ratio(value: str) -> float:
    """A table value: a decimal number or a ratio ("1/3").

    >>> _ratio("1/3") == 1 / 3
    True
    """
    top, slash, bottom = value.partition("/")
    return float(top) / float(bottom) if slash else float(value)


@functools.cache
def scales() -> MappingProxyType[str, Scale]:
    """
    Return the scale words and abbreviations mapped to their value.

    >>> scales()["млрд"].value
    1000000000.0
    """
    out: dict[str, Scale] = {}
    for form, value, number in read_table("scales.tsv"):
        out[form] = Scale(float(value), number)  # type: ignore[arg-type]
    return MappingProxyType(out)


@functools.cache
def units() -> MappingProxyType[str, Unit]:
    """
    Return the unit forms (symbols, abbreviations and lemmas) mapped to lemma and kind.

    >>> units()["%"]
    Unit(lemma='процент', kind='percent')
    """
    return MappingProxyType({form: Unit(lemma, kind) for form, lemma, kind in read_table("units.tsv")})


@functools.cache
def unit_kinds() -> MappingProxyType[str, str]:
    """
    Return every unit lemma mapped to its kind.

    >>> unit_kinds()["тонна"]
    'mass'
    """
    return MappingProxyType({u.lemma: u.kind for u in units().values()})


@functools.cache
def elliptic() -> MappingProxyType[str, str]:
    """
    Return adjective lemmas that stand for a noun left out, mapped to that noun.

    >>> elliptic()["серебряный"]
    'медаль'
    """
    return MappingProxyType(dict(read_table("elliptic.tsv")))  # type: ignore[arg-type]


@functools.cache
def fused() -> MappingProxyType[str, str]:
    """
    Return the adjective stems a number fuses with, mapped to the unit lemma.

    >>> fused()["этажн"]
    'этаж'
    """
    return MappingProxyType(dict(read_table("fused.tsv")))  # type: ignore[arg-type]


@functools.cache
def livestock() -> tuple[str, ...]:
    """
    Return the word stems that make "голов" count heads of livestock.

    >>> "поголовь" in livestock()
    True
    """
    return tuple(row[0] for row in read_table("livestock.tsv"))


@functools.cache
def measures() -> MappingProxyType[str, str]:
    """
    Return the nouns naming a measured quantity, mapped to the unit of a bare number they give.

    >>> measures()["магнитуда"]
    'магнитуда'
    """
    return MappingProxyType(dict(read_table("measures.tsv")))  # type: ignore[arg-type]


@functools.cache
def qualifiers() -> MappingProxyType[str, str]:
    """
    Return the qualifier phrases mapped to ``approx``, ``more`` or ``less``.

    >>> qualifiers()["свыше"]
    'more'
    """
    return MappingProxyType(dict(read_table("qualifiers.tsv")))  # type: ignore[arg-type]


@functools.cache
def exclusions(reason: str) -> frozenset[str]:
    """
    Return the words of ``exclusions.tsv`` listed for *reason*.

    >>> "страна" in exclusions("participant")
    True
    """
    return frozenset(word for word, why in read_table("exclusions.tsv") if why == reason)


@functools.cache
def verbs() -> MappingProxyType[str, str]:
    """
    Return the lemmas that govern a figure mapped to their role.

    >>> verbs()["довести"]
    'reach'
    """
    return MappingProxyType(dict(read_table("verbs.tsv")))  # type: ignore[arg-type]


def alternation(words: Iterable[str]) -> str:
    """
    Return a regex alternation of *words*, escaped, longest first.

    >>> alternation(["млн", "млн.", "а"])
    '(?:млн\\\\.|млн|а)'
    """
    return "(?:" + "|".join(literal(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def trie(words: Iterable[str]) -> str:
    """
    Return a regex matching any of *words*, as a prefix tree (fast to scan with).

    The pattern is greedy, so with a word-end check after it the longest
    word wins, as with :func:`alternation`.

    >>> trie(["млн", "млрд", "миллион"])
    'м(?:иллион|л(?:н|рд))'
    >>> trie(["тыс", "тысяч"])
    'тыс(?:яч)?+'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [literal(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A word that is a prefix of others: the rest is optional. Possessive is
        # safe because a word-end check follows the whole pattern.
        return f"(?:{body})?+" if "" in node else body

    return build(root)
