"""
Queries across the articles of a corpus: speakers, repeated quotes, metrics.

Facts:

- A person is the same across articles when surname and first initial agree
  (``Ильхам Гейдар оглу Алиев`` and ``Ильхам Алиев``).
- Two quotes are one repeated quote when enough of the shorter one's
  five-word sequences occur in the other; repeated quotes are found through an
  index of those sequences, never by comparing every pair.
- Subjects match by text or, word by word, by lemma.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from attrs import field, frozen

from ..lexicon import morph as _morph
from ..model import Metric, MetricKind, Quote
from ..text.chars import fold

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

__all__ = ["MetricRow", "QuoteGroup", "Speaker", "group_quotes", "metrics_table", "speakers_of"]

#: A word of a subject phrase (compiled on first use: ``import kzaz_corpus`` does not load ``regex``).
_WORD_PATTERN = r"[\p{L}][\p{L}\-]{0,40}+"


@frozen
class Speaker:
    """
    A speaker across a corpus with every quote attributed to them.

    Attributes:
        name: The speaker as :attr:`Quote.speaker <kzaz_corpus.model.Quote.speaker>` gives it.
        named: Whether the speaker is a resolved person (not a descriptor).
        quotes: ``(article_id, quote)`` pairs in corpus order.

    >>> Speaker("Агалар Атамогланов", True, ()).count
    0

    .. versionadded:: 0.1.0
    """

    name: str
    named: bool
    quotes: tuple[tuple[str, Quote], ...] = field(converter=tuple[tuple[str, Quote], ...])

    @property
    def count(self) -> int:
        """
        The number of quotes.

        >>> Speaker("Х", True, ()).count
        0
        """
        return len(self.quotes)


@frozen
class QuoteGroup:
    """
    One quote that appears in several places (the same words, possibly lightly edited).

    Attributes:
        text: The quote's text at its first place.
        speaker: The speaker at its first place.
        places: ``(article_id, quote)`` for every place, in corpus order.

    >>> QuoteGroup("Да", None, ()).places
    ()

    .. versionadded:: 0.1.0
    """

    text: str
    speaker: str | None
    places: tuple[tuple[str, Quote], ...] = field(converter=tuple[tuple[str, Quote], ...])


def speakers_of(articles: Iterable[Article]) -> tuple[Speaker, ...]:
    """
    Group the quotes of *articles* by speaker, most quoted first.

    Quotes without a speaker are left out. Ties keep the order of first appearance.

    >>> from kzaz_corpus import Article
    >>> a = Article.from_text("Министр Али Сарсенов заявил, что бюджет вырос.", id="a")
    >>> [(s.name, s.count) for s in speakers_of([a])]
    [('Али Сарсенов', 1)]

    .. versionadded:: 0.1.0
    """
    quotes: dict[tuple[str, ...], list[tuple[str, Quote]]] = defaultdict(list)
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    named: dict[tuple[str, ...], bool] = {}
    for art in articles:
        for q in art.quotes:
            if q.speaker:
                key = _person_key(q.speaker) if q.speaker_named else ("", q.speaker)
                quotes[key].append((art.id, q))
                forms[key][q.speaker] += 1
                named[key] = named.get(key, False) or q.speaker_named
    order = {key: i for i, key in enumerate(quotes)}
    ranked = sorted(quotes, key=lambda k: (-len(quotes[k]), order[k]))
    return tuple(Speaker(_display_form(forms[k]), named[k], quotes[k]) for k in ranked)


def _person_key(name: str) -> tuple[str, ...]:
    """
    Identify a person across articles: surname plus first initial.

    ``Ильхам Гейдар оглу Алиев`` and ``Ильхам Алиев`` are one person.

    >>> _person_key("Ильхам Гейдар оглу Алиев") == _person_key("Ильхам Алиев")
    True
    """
    words = fold(name).replace(".", ". ").split()
    if not words:
        return ("", name)
    return (words[-1], words[0][:1] if len(words) > 1 else "")


def _display_form(forms: Counter[str]) -> str:
    """The most frequent spelling of a speaker; ties go to the fuller one."""
    return max(forms, key=lambda f: (forms[f], len(f)))


_SHINGLE = 5


def _shingles(text: str, q: Quote) -> set[tuple[str, ...]]:
    """The runs of five words of quote *q*, read from the words of its article's *text*."""
    # Imported here: the text package compiles its patterns on import, which ``import kzaz_corpus`` must not pay.
    from ..text.doc import words, words_in

    found = words_in(text, q.start, q.end) if text[q.start : q.end] == q.text else words(q.text)
    words_ = [fold(w.text) for w in found]
    if len(words_) < _SHINGLE:
        return {tuple(words_)} if words_ else set()
    return {tuple(words_[i : i + _SHINGLE]) for i in range(len(words_) - _SHINGLE + 1)}


def group_quotes(articles: Iterable[Article], *, min_overlap: float = 0.5) -> tuple[QuoteGroup, ...]:
    """
    Group quotes repeated across articles (the same words, possibly lightly edited).

    Two quotes go together when at least *min_overlap* of the shorter one's
    five-word sequences also occur in the other. Groups are listed in corpus
    order; a quote that appears once is a group with one place.

    >>> from kzaz_corpus import Article
    >>> t = "– Мы договорились построить новый порт на Каспии, – заявил министр Али Сарсенов."
    >>> groups = group_quotes([Article.from_text(t, id="a"), Article.from_text(t, id="b")])
    >>> [[aid for aid, _ in g.places] for g in groups]
    [['a', 'b']]

    .. versionadded:: 0.1.0
    """
    found = [(a.id, a.text, q) for a in articles for q in a.quotes]
    places: list[tuple[str, Quote]] = [(id, q) for id, _, q in found]
    parent = list(range(len(places)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sh = [_shingles(text, q) for _, text, q in found]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(sh):
        hits: Counter[int] = Counter()
        for g in s:
            for j in index[g][:50]:
                hits[j] += 1
        for j, n in hits.items():
            if n >= min_overlap * min(len(s), len(sh[j])) and places[j][0] != places[i][0]:
                parent[find(i)] = find(j)
        for g in s:
            index[g].append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(places)):
        groups[find(i)].append(i)
    out = []
    for members in sorted(groups.values(), key=lambda m: m[0]):
        first = places[members[0]][1]
        out.append(QuoteGroup(first.text, first.speaker, [places[i] for i in members]))
    return tuple(out)


@frozen
class MetricRow:
    """
    One row of a corpus-wide metrics table: a metric and the article it came from.

    Attributes:
        article_id: The article's identifier.
        article_date: The article's date, if known.
        metric: The metric itself.

    >>> row = MetricRow("a1", None, Metric(0, 3, "5 %", 5.0, unit="процент"))
    >>> row.metric.unit
    'процент'

    .. versionadded:: 0.1.0
    """

    article_id: str
    article_date: _dt.date | None
    metric: Metric


def _lemmas(phrase: str) -> list[str]:
    import regex  # its cache keeps the compiled pattern

    return [_morph.lemma(w.lower()).replace("ё", "е") for w in regex.findall(_WORD_PATTERN, phrase)]


def _subject_matches(subject: str | None, query: str, query_lemmas: Sequence[str]) -> bool:
    if not subject:
        return False
    low = subject.lower().replace("ё", "е")
    if query in low:
        return True
    have = _lemmas(subject)
    return all(any(q == h or h.endswith(q) for h in have) for q in query_lemmas) if query_lemmas else False


def metrics_table(
    articles: Iterable[Article],
    *,
    unit: str | None = None,
    kind: MetricKind | None = None,
    subject: str | None = None,
) -> tuple[MetricRow, ...]:
    """
    Return every metric of *articles* as a flat table, optionally filtered.

    Rows are ordered by article date (undated articles last), then article
    id, then position in the article.

    Args:
        articles: The articles to collect from.
        unit: Keep metrics with this unit lemma (``"тонна"``, ``"процент"``).
        kind: Keep metrics of this kind (``"change"``, ``"level"``, ...).
        subject: Keep metrics whose subject contains this text or, word by
            word, these lemmas (``"товарооборот"`` matches ``товарооборота``
            and ``двусторонний товарооборот``).

    >>> from kzaz_corpus import Article
    >>> a = Article.from_text("date 2025-01-10 Товарооборот вырос на 7% и составил 3 млрд долларов.", id="x")
    >>> [(r.article_id, r.metric.surface) for r in metrics_table([a], subject="товарооборот", unit="процент")]
    [('x', '7%')]

    .. versionadded:: 0.1.0
    """
    query = subject.lower().replace("ё", "е").strip() if subject else None
    query_lemmas = _lemmas(query) if query else []
    rows: list[MetricRow] = []
    for article in articles:
        for m in article.metrics:
            if unit is not None and m.unit != unit:
                continue
            if kind is not None and m.kind != kind:
                continue
            if query is not None and not _subject_matches(m.subject, query, query_lemmas):
                continue
            rows.append(MetricRow(article.id, article.date, m))
    rows.sort(key=lambda r: (r.article_date is None, r.article_date or _dt.date.min, r.article_id, r.metric.start))
    return tuple(rows)
