"""
The home country of an article: the country "Глава государства" and "наш президент" refer to.

Facts:
- The evidence, in order, first answer wins: a dateline city (``БАКУ, 3
  дек``); the country of the head of state the text calls ``Глава
  государства`` (``Главы государства Касым-Жомарта Токаева``, by the
  office-holder table); a country named near ``наша страна``/``нашего
  государства`` other than as a president's (``Президенту Азербайджана`` is
  the counterpart); an outlet the text names (``МИА «Казинформ»``,
  ``Trend``); the country whose president the text mentions most, if one
  leads.
- With no such evidence there is no home country, and a home title stays an
  unnamed descriptor.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence

import regex

from ... import cache
from ...lexicon.quotes import country_of, office_terms, outlets
from ...text.chars import fold
from ...text.doc import words_in
from .words import HOME

__all__ = ["home_country"]

# A dateline city at the start of a line: "БАКУ, 3 дек", "Астана, 5 мая".
_DATELINE_CITY_RE = cache.pattern(r"(?m)^[ \t\u00a0]*+(\p{Lu}[\p{L}-]{2,30}+),[ \t\u00a0]*+\d")
# The author's own country: "наша страна", "нашего государства", "в нашей республике".
# Singular only: "наших стран" means both sides of a visit.
_OUR_COUNTRY_RE = cache.pattern(
    r"(?i)\bнаш(?:а|ей|у|ем|его|ему|им)\s++"
    r"(?:стран(?:а|ы|е|у|ой)|государств(?:о|а|у|ом|е)|республик(?:а|и|е|у|ой))\b"
)
# A country named as a president's ("Президенту Азербайджана") is a counterpart, not the home.
_PRESIDENT_OF_RE = cache.pattern(r"(?i)президент\p{L}{0,3}+\s++(?:республики\s++)?+\Z")
# How far from "наша страна" the country it means may be named.
_NEAR = 200
# "Президент Узбекистана", "президентом РФ", "узбекский президент", "Президента Республики Казахстан".
_PRESIDENT_RE = cache.pattern(
    r"(?i)(?:\b(?P<before>\p{L}{3,30}+)\s++)?\bпрезидент\p{L}{0,3}+"
    r"(?:\s++(?:республики\s++)?+(?P<after>\p{L}{2,30}+))?+"
)

#: (position, head lemma, country or HOME or None, canonical name) of a title given to a named person.
Apposition = tuple[int, str, "str | None", str]


@functools.cache
def _outlet_re() -> regex.Pattern[str]:
    names = sorted(outlets(), key=len, reverse=True)
    return cache.pattern(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(n) for n in names) + r")(?![\p{L}\p{N}])")


def _dateline(text: str, appositions: Sequence[Apposition]) -> str | None:
    for m in _DATELINE_CITY_RE.finditer(text, 0, 3000):
        c = country_of(m.group(1))
        if c:
            return c
    return None


def _named_head(text: str, appositions: Sequence[Apposition]) -> str | None:
    for _, _, acountry, aname in appositions:
        if acountry == HOME:
            for term in office_terms():
                if term.role == "президент" and fold(term.holder.split()[-1]) == fold(aname.split()[-1]):
                    return term.country
    return None


def _our_country(text: str, appositions: Sequence[Apposition]) -> str | None:
    for m in _OUR_COUNTRY_RE.finditer(text):
        best: tuple[int, str] | None = None
        lo, hi = max(0, m.start() - _NEAR), min(len(text), m.end() + _NEAR)
        for w in words_in(text, lo, hi):
            c = country_of(w.text)
            if c is None or _PRESIDENT_OF_RE.search(text, max(0, w.start - 30), w.start):
                continue
            dist = m.start() - w.end if w.end <= m.start() else w.start - m.end()
            if best is None or dist < best[0]:
                best = (dist, c)
        if best is not None:
            return best[1]
    return None


def _outlet(text: str, appositions: Sequence[Apposition]) -> str | None:
    m = _outlet_re().search(text)
    return outlets()[m.group()] if m else None


def _most_presidents(text: str, appositions: Sequence[Apposition]) -> str | None:
    counts: Counter[str] = Counter()
    for m in _PRESIDENT_RE.finditer(text):
        c = country_of(m.group("after") or "") or country_of(m.group("before") or "")
        if c is not None:
            counts[c] += 1
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


#: The evidence for the home country, in order: the first that answers wins.
HOME_RULES: tuple[Callable[[str, Sequence[Apposition]], str | None], ...] = (
    _dateline,
    _named_head,
    _our_country,
    _outlet,
    _most_presidents,
)


def home_country(text: str, appositions: Sequence[Apposition] = ()) -> str | None:
    """
    The country *text* is written from, on its own evidence, else None.

    *appositions* are the titles the text gives to named people (see
    :class:`~kzaz_corpus.stages.quotes.roles.RoleIndex`), for a head of state
    called ``Глава государства`` by name.

    >>> home_country("АСТАНА, 5 мая. Глава государства выступил.")
    'Казахстан'
    >>> home_country("Совещание прошло в столице.") is None
    True
    """
    for rule in HOME_RULES:
        found = rule(text, appositions)
        if found is not None:
            return found
    return None
