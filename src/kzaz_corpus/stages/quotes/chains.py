"""
Person chains: every person of an article with all their mentions.

Facts:
- A chain (:class:`~kzaz_corpus.model.PersonChain`) is one person: every
  mention of the name in any case (completed to the fullest form the article
  gives, see :class:`~kzaz_corpus.stages.quotes.persons.PersonIndex`), the
  titles the article gives them in apposition, and the pronouns and titles
  that attributed a quote to them.
- The chains are in order of first mention; a chain's canonical name is its
  fullest nominative form.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...model import PersonChain, Quote
from .persons import PersonIndex
from .roles import RoleIndex

__all__ = ["person_chains"]


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
