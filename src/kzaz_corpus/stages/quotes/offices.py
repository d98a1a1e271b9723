"""
Office-holders by date: who was president, prime minister or foreign minister of a country on a day.

Facts:
- ``office_holders.tsv`` lists the heads of state, prime ministers and
  foreign ministers of the post-Soviet states (and a few neighbours, and the
  presidents of the United States, China and France) with their terms; a
  title resolves to the holder whose term contains the article's date.
  Without an article date a title resolves to a holder the article names in
  full, else to the one holder whose surname it writes (``Меры Трампа`` …
  ``Президент США заявлял``).
- The role is read from the title phrase: ``президент``, ``глава
  государства`` -> ``президент``; ``премьер``, ``глава правительства`` ->
  ``премьер-министр``; ``канцлер`` -> ``канцлер``; ``министр иностранных дел``, ``глава МИД``,
  ``глава внешнеполитического ведомства`` -> ``министр иностранных дел``.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable

import regex

from ... import cache
from ...lexicon.quotes import OfficeTerm, country_of, office_terms
from ...text.chars import fold

__all__ = ["holds_other_office", "named_holder", "office_holder", "office_role", "surname_holder"]

_FOREIGN_RE = cache.pattern(r"(?i)иностранных\s++дел|\bМИД|внешнеполитическ")
_GOVERNMENT_RE = cache.pattern(
    r"(?i)\bглав\p{L}{0,3}\s++(?:\p{L}++(?<=ого|его)\s++)?+(?:кабинета\s++министров|правительства|кабмина)"
)
# "Глава государства", "глава Узбекистана", "руководитель республики", "Глава российского государства": the head of
# a state (the country checked separately).
_STATE_HEAD_RE = cache.pattern(
    r"(?i)\A(?:глав|руководител|лидер)\p{L}{0,3}\s++"
    r"(?:(?:нашего\s++|\p{L}++(?<=ого|его)\s++)?+(?:государства|страны|республики)|(\p{L}++))\Z"
)


def office_role(head: str, phrase: str) -> str | None:
    """
    The office of ``office_holders.tsv`` a title names, if any.

    >>> office_role("министр", "министр иностранных дел Грузии")
    'министр иностранных дел'
    >>> office_role("глава", "глава правительства"), office_role("премьер", "премьер")
    ('премьер-министр', 'премьер-министр')
    >>> office_role("министр", "министр энергетики") is None
    True
    >>> office_role("глава", "Глава Узбекистана"), office_role("глава", "глава Минздрава")
    ('президент', None)
    >>> office_role("руководитель", "руководитель республики"), office_role("глава", "Глава российского государства")
    ('президент', 'президент')
    """
    if head in ("министр", "глава") and _FOREIGN_RE.search(phrase):
        return "министр иностранных дел"
    if head in ("премьер", "премьер-министр") or (head == "глава" and _GOVERNMENT_RE.match(phrase)):
        return "премьер-министр"
    if head == "президент" or (head in ("глава", "руководитель", "лидер") and _state_head(phrase)):
        return "президент"
    if head == "канцлер":
        return "канцлер"
    return None


def _state_head(phrase: str) -> bool:
    """Whether *phrase* is "глава государства" or "глава" with a country's name: "Глава Узбекистана"."""
    m = _STATE_HEAD_RE.match(phrase)
    return m is not None and (m.group(1) is None or country_of(m.group(1)) is not None)


def surname_holder(role: str, country: str | None, text: str) -> str | None:
    """
    The one holder of *role* in *country* (at any time) whose surname the text writes, in any case, else None.

    ``Президент США заявлял …`` in an article with no date that writes ``Меры Трампа`` as a heading and never the
    full name: the table's Дональд Трамп.

    >>> surname_holder("президент", "США", "Меры Трампа. Президент США заявлял, что …")
    'Дональд Трамп'
    """
    if country is None:
        return None
    found = {
        term.holder
        for term in office_terms()
        if term.role == role and term.country == country and _surname_re(term.holder).search(text) is not None
    }
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=512)
def _surname_re(holder: str) -> regex.Pattern[str]:
    """A holder's surname as a word with a case ending of up to three letters: ``Трамп``, ``Трампа``, ``Трампом``."""
    return regex.compile(rf"(?<!\p{{L}}){regex.escape(holder.split()[-1])}\p{{Ll}}{{0,3}}+(?!\p{{L}})")


def office_holder(role: str, country: str | None, date: _dt.date | None) -> str | None:
    """
    The holder of *role* in *country* on *date*, if the table knows.

    >>> office_holder("президент", "Казахстан", _dt.date(2024, 1, 1))
    'Касым-Жомарт Токаев'
    >>> office_holder("президент", "Казахстан", None) is None
    True
    """
    if date is None or country is None:
        return None
    for term in office_terms():
        if (
            term.role == role
            and term.country == country
            and term.start <= date
            and (term.end is None or date <= term.end)
        ):
            return term.holder
    return None


def named_holder(role: str, country: str | None, date: _dt.date | None, names: Iterable[str]) -> str | None:
    """
    The one person among *names* (an article's names) who held *role* (in *country*, on *date*, if given); a
    surname the article never gives in full is the table's full name.

    ``Об этом сказал президент`` in an article that names ``Шавкат Мирзиёев``
    and gives no country or date: the table knows him as a president.

    >>> named_holder("президент", None, None, ["Айбек Сарсенов", "Шавкат Мирзиёев"])
    'Шавкат Мирзиёев'
    >>> named_holder("президент", None, None, ["Семен Вайншток", "Мирзиёев"])
    'Шавкат Мирзиёев'
    """
    found: list[str] = []
    for name in names:
        words = fold(name).split()
        for term in _terms_by_surname().get(words[-1], ()):
            if term.role != role or (country is not None and term.country != country):
                continue
            if date is not None and not (term.start <= date and (term.end is None or date <= term.end)):
                continue
            if len(words) == 1:
                found.append(term.holder)  # the article writes the surname alone ("Путин"): the table's full name
                break
            if fold(term.holder)[:1] == words[0][:1]:
                found.append(name)
                break
    return found[0] if len(found) == 1 else None


@functools.cache
def _terms_by_surname() -> dict[str, tuple[OfficeTerm, ...]]:
    """The terms of office by their holder's surname (folded)."""
    out: dict[str, list[OfficeTerm]] = {}
    for term in office_terms():
        out.setdefault(fold(term.holder).split()[-1], []).append(term)
    return {surname: tuple(terms) for surname, terms in out.items()}


@functools.cache
def _offices_of() -> dict[str, frozenset[str]]:
    """Every office each listed holder has held (folded name -> roles)."""
    out: dict[str, set[str]] = {}
    for term in office_terms():
        out.setdefault(fold(term.holder), set()).add(term.role)
    return {name: frozenset(roles) for name, roles in out.items()}


def holds_other_office(name: str, role: str | None) -> bool:
    """
    Whether *name* is listed as holding an office, but never *role* (a title's office, or None for a title that
    names none): ``генсек ООН`` is not a president the table lists.

    >>> holds_other_office("Владимир Путин", None), holds_other_office("Владимир Путин", "премьер-министр")
    (True, False)
    >>> holds_other_office("Иван Петров", None)
    False
    """
    roles = _offices_of().get(fold(name))
    return roles is not None and role not in roles

