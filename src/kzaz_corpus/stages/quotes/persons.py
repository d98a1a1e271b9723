"""
The people an article names: every name mention, the fullest form of each name, and person chains.

Facts:
- A name is completed to the fullest form the article gives: a bare surname
  (``Рахимов``), initials and a surname (``А. Жумабаева``) or a surname one
  typo or one suffix letter away from a full name's surname link to that full
  name (``Жамшид Рахимов``).
- A chain (:class:`~kzaz_corpus.model.PersonChain`) is one person: every
  mention of the name, the titles the article gives them in apposition, and
  the pronouns and titles that attributed a quote to them.
- A chain's gender is the one its mentions commit to, else the one its
  fullest name reads as.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Iterable
from typing import Literal

from ...model import PersonChain, Quote
from ...text.chars import fold, one_edit_apart
from ..names import PersonMention, find_persons, gender_of

__all__ = ["PersonIndex", "person_chains"]

Gender = Literal["m", "f"]


class PersonIndex:
    """
    Every person mention of a text, searchable by position, and the fullest name for each surname.

    >>> idx = PersonIndex("Вице-министр Арман Жумабаев сказал. По словам А. Жумабаева, рост продолжится.")
    >>> [p.name for p in idx.persons]
    ['Арман Жумабаев', 'Арман Жумабаев']
    >>> idx.canonical("Жумабаева")
    'Арман Жумабаев'

    .. versionadded:: 0.2.0
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._canonical: dict[str, str] = {}

    @functools.cached_property
    def persons(self) -> tuple[PersonMention, ...]:
        """Every person mention of the text, in order."""
        return find_persons(self.text)

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [p.start for p in self.persons]

    @functools.cached_property
    def full_names(self) -> dict[str, str]:
        """The longest full name the text gives for each surname (folded)."""
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
    def genders(self) -> dict[str, Gender | None]:
        """
        The gender of each person the text names, by canonical name.

        The first gender a mention commits to; else the gender the fullest name reads as.
        """
        out: dict[str, Gender | None] = {}
        for p in self.persons:
            name = self.canonical(p.name)
            if out.get(name) is None:
                out[name] = p.gender or (gender_of(name) if " " in name else None)
        return out

    def gender(self, name: str) -> Gender | None:
        """The gender of the person *name* (canonical), if the text tells."""
        return self.genders.get(name)

    def canonical(self, name: str) -> str:
        """
        Return the fullest form of *name* that the article gives.

        >>> PersonIndex("Вице-министр Арман Жумабаев сказал.").canonical("А. Жумабаева")
        'Арман Жумабаев'
        """
        cached = self._canonical.get(name)
        if cached is None:
            cached = self._canonical[name] = self._canonical_uncached(name)
        return cached

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
            if _close(sur, key) and (not initials or full[:1] == initials[0]):
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

    def before(self, pos: int, limit: int = 40) -> list[PersonMention]:
        """The person mentions that start before *pos*, nearest first (at most *limit*)."""
        i = bisect.bisect_left(self._starts, pos)
        return list(reversed(self.persons[max(0, i - limit) : i]))


def _close(sur: str, key: str) -> bool:
    """Whether the surname *sur* is a form or a one-letter misspelling of the full name's surname *key*."""
    return (
        (sur.startswith(key) and len(sur) - len(key) <= 2)
        or (key.startswith(sur) and len(key) - len(sur) <= 2 and len(sur) >= 4)
        or (min(len(sur), len(key)) >= 5 and one_edit_apart(sur, key))
    )


def person_chains(text: str, quotes: Iterable[Quote] = ()) -> tuple[PersonChain, ...]:
    """
    The people *text* names, one chain each, in order of first mention.

    Every name mention joins the chain of its canonical name; the titles the
    text gives a person in apposition are the chain's titles; and each of
    *quotes* (the article's quotes, as resolved) adds the span of its
    attributing mention (a pronoun, a title) to its speaker's chain.

    >>> t = "Министр Али Сарсенов выступил. Он сказал, что рост продолжится. Сарсенов добавил, что …"
    >>> from kzaz_corpus import Article
    >>> (c,) = person_chains(t, Article.from_text(t).quotes)
    >>> c.name, c.aliases, c.titles, [t[s:e] for s, e in c.mentions]
    ('Али Сарсенов', ('Сарсенов',), ('министр',), ['Али Сарсенов', 'Он', 'Сарсенов'])
    """
    from .roles import RoleIndex

    people = PersonIndex(text)
    order: dict[str, _Chain] = {}
    for p in people.persons:
        chain = order.setdefault(people.canonical(p.name), _Chain())
        chain.spans.add((p.start, p.end))
        if p.name != people.canonical(p.name):
            chain.aliases.setdefault(p.name, None)
        surface = " ".join(text[p.start : p.end].split())
        if p.case in (None, "nomn") and surface != people.canonical(p.name) and surface.endswith(p.surname):
            chain.aliases.setdefault(surface, None)
    for _, head, _, name in sorted(RoleIndex(people).appositions):
        if name in order:
            order[name].titles.setdefault(head, None)
    for q in quotes:
        if q.speaker in order and q.speaker_named and q.mention_start is not None and q.mention_end is not None:
            order[q.speaker].spans.add((q.mention_start, q.mention_end))
    return tuple(
        PersonChain(
            name=name,
            gender=people.gender(name),
            aliases=tuple(chain.aliases.keys()),
            titles=tuple(chain.titles.keys()),
            mentions=tuple(sorted(chain.spans)),
        )
        for name, chain in order.items()
    )


class _Chain:
    """The parts of one chain while it is being built."""

    def __init__(self) -> None:
        self.spans: set[tuple[int, int]] = set()
        self.aliases: dict[str, None] = {}
        self.titles: dict[str, None] = {}
