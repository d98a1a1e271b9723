"""
Render articles, corpora, quotes and metrics as HTML (for Jupyter) or plain text.

Facts:

- Every function returns a ``str`` and has no side effects; the
  ``_repr_html_`` methods of :class:`~kzaz_corpus.Article`,
  :class:`~kzaz_corpus.Corpus`, :class:`~kzaz_corpus.Quote` and
  :class:`~kzaz_corpus.Metric` call them.
- The HTML is self-contained: one ``<style>`` element whose selectors all
  start with a ``kz-`` class, no JavaScript, no external resources.
- Every value shown goes through :func:`html.escape`: slices of text, names,
  attribute values and numbers too (a record built by hand, or read from a
  file, may hold a string where a number belongs), so markup shows as text.
- In an article, the body ``<div class="kz-text">`` holds exactly the
  article text (``white-space: pre-wrap``): strip its tags and unescape it and
  you get :attr:`~kzaz_corpus.Article.text` back.
- Highlights may nest (a metric inside a quote, a date inside a metric) or
  cross (a quote running over two paragraphs). Elements are opened outermost
  first and an element that would cross another is closed and reopened, so
  the tags always balance.
- Speakers get colours from a fixed palette in order of their first quote.
"""

from __future__ import annotations

import heapq
import html
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from ..model import DateMention, Metric, Quote

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

__all__ = [
    "PALETTE",
    "format_article_html",
    "format_article_text",
    "format_corpus_html",
    "format_metric_html",
    "format_quote_html",
]

#: Speaker colours as ``(background, text)`` pairs, given out in order of first quote.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#ffe08a", "#7a5200"),
    ("#b9e6c9", "#1e6b3a"),
    ("#c9dcff", "#1f4fa3"),
    ("#ffc9c2", "#a3271a"),
    ("#e3d0ff", "#5b2ca0"),
    ("#bff0f0", "#0f6b6b"),
    ("#ffd3ea", "#9c1f63"),
    ("#dde7b0", "#54661a"),
    ("#f6d6b8", "#8a4a12"),
    ("#d5dbe3", "#3a4a5e"),
)

#: Colours for quotes nobody is credited with.
_UNATTRIBUTED = ("#e6e6e6", "#555555")

_HEADER_KINDS = frozenset({"title", "subheading", "credit", "author", "source", "dateline"})


#: The underline colour of each entity kind in the article view.
_ENTITY_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "person": "#6a1b9a",
        "organisation": "#00838f",
        "country": "#2e7d32",
        "place": "#9e9d24",
        "project": "#ef6c00",
    }
)


def _entity_spans(article: Article) -> list[_Span]:
    """
    Every entity mention as a highlight: the class says the kind, the title gives the canonical name.

    >>> from kzaz_corpus import Article, Entity
    >>> e = Entity(id="e0", kind="country", name="Казахстан", mentions=((8, 10),))
    >>> a = Article(id="x", text="Экспорт РК вырос.", entities=(e,))
    >>> [(s.start, s.end, s.attrs) for s in _entity_spans(a)]
    [(8, 10, 'class="kz-entity kz-e-country" title="country: Казахстан"')]
    """
    n = len(article.text)
    out = []
    for e in article.entities:
        attrs = f'class="kz-entity kz-e-{_e(e.kind)}" title="{_e(e.kind + ": " + e.name)}"'
        for start, end in e.mentions:
            start, end = max(0, start), min(n, end)
            if start < end:
                out.append(_Span(start, end, 5, attrs))
    return out


def _palette_css() -> str:
    rules = []
    for i, (bg, fg) in enumerate(PALETTE):
        rules.append(f".kz-quote.kz-s{i},.kz-key.kz-s{i}{{background-color:{bg}}}")
        rules.append(f".kz-mention.kz-s{i}{{color:{fg};border-bottom-color:{fg}}}")
    bg, fg = _UNATTRIBUTED
    rules.append(f".kz-quote.kz-sx,.kz-key.kz-sx{{background-color:{bg}}}")
    rules.append(f".kz-mention.kz-sx{{color:{fg};border-bottom-color:{fg}}}")
    return "\n".join(rules)


_STYLE = (
    "<style>\n"
    ".kz-article,.kz-corpus,.kz-rec{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
    "color:#1f1f1f;background:#ffffff;line-height:1.55;text-align:left}\n"
    ".kz-article{border:1px solid #d0d0d0;border-radius:6px;padding:.6em .9em;max-width:60em}\n"
    ".kz-head{color:#555;font-size:.85em;margin-bottom:.4em}\n"
    ".kz-legend{font-size:.85em;margin:.2em 0 .6em 0;display:flex;flex-wrap:wrap;gap:.3em .9em}\n"
    ".kz-key{display:inline-block;padding:0 .35em;border-radius:3px}\n"
    ".kz-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1em}\n"
    ".kz-quote{border-radius:2px}\n"
    ".kz-quote.kz-indirect{font-style:italic}\n"
    ".kz-mention{font-weight:600;border-bottom:2px solid}\n"
    ".kz-metric{color:#8c1d18;text-decoration:underline 2px #c62828;text-underline-offset:3px;"
    "text-decoration-skip-ink:none}\n"
    ".kz-date{color:#0b57d0;border-bottom:1px dotted #0b57d0}\n"
    ".kz-p-title{font-weight:700;font-size:1.12em}\n"
    ".kz-p-subheading{font-weight:700}\n"
    ".kz-p-credit,.kz-p-author,.kz-p-source,.kz-p-dateline{color:#666;font-size:.9em}\n"
    ".kz-corpus table,.kz-rec table{border-collapse:collapse;font-size:.9em}\n"
    ".kz-corpus th,.kz-corpus td,.kz-rec th,.kz-rec td{border-bottom:1px solid #e0e0e0;padding:.15em .6em;"
    "text-align:left;vertical-align:top}\n"
    ".kz-corpus td.kz-n{text-align:right;font-variant-numeric:tabular-nums}\n"
    ".kz-rec{display:inline-block;border:1px solid #d0d0d0;border-radius:6px;padding:.3em .6em}\n"
    ".kz-muted{color:#666}\n"
    ".kz-nw{white-space:nowrap}\n" + _palette_css() + "\n" + "\n".join(
        f".kz-entity.kz-e-{kind}{{box-shadow:inset 0 -3px 0 {colour}}}" for kind, colour in _ENTITY_COLOURS.items()
    ) + "\n</style>"
)


def _e(value: object) -> str:
    """Escape anything for an HTML text node or a double-quoted attribute."""
    return html.escape(str(value), quote=True)


def _number(value: float) -> str:
    """A float as people write it: ``4500000.0`` -> ``4 500 000``, ``14.3`` -> ``14.3``; anything else as text."""
    try:
        return format(float(value), ",.12g").replace(",", " ")
    except (TypeError, ValueError, OverflowError):
        return str(value)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count(n: int, noun: str) -> str:
    """``1 quote``, ``2 quotes``: English counts for headers and summaries."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _speaker_label(speaker: str | None) -> str:
    return speaker if speaker is not None else "unattributed"


def _speaker_classes(quotes: Iterable[Quote]) -> dict[str | None, str]:
    """Map each speaker (``None`` for unattributed quotes) to its colour class, in order of first quote."""
    classes: dict[str | None, str] = {}
    n = 0
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if q.speaker in classes:
            continue
        if q.speaker is None:
            classes[None] = "kz-sx"
        else:
            classes[q.speaker] = f"kz-s{n % len(PALETTE)}"
            n += 1
    return classes


def _date_title(d: DateMention) -> str:
    if d.value is None:
        when = "unresolved"
    elif d.open_ended:
        when = f"{d.value.isoformat()} onwards"
    elif d.high is None or d.high == d.value:
        when = d.value.isoformat()
    else:
        when = f"{d.value.isoformat()} – {d.high.isoformat()}"
    flags = [d.granularity] + (["relative"] if d.relative else [])
    return f"{when} ({', '.join(flags)})"


def _metric_title(m: Metric) -> str:
    value = _number(m.value) if m.high is None else f"{_number(m.value)} – {_number(m.high)}"
    lines = [f"value: {value}", f"unit: {m.unit or '—'}", f"kind: {m.kind or '—'}"]
    if m.qualifier:
        lines.append(f"qualifier: {m.qualifier}")
    if m.subject:
        lines.append(f"subject: {m.subject}")
    if m.period is not None:
        lines.append(f"period: {m.period.surface} = {_date_title(m.period)}")
    return "\n".join(lines)


def _quote_title(q: Quote) -> str:
    who = _speaker_label(q.speaker)
    if q.role:
        who += f", {q.role}"
    if q.speaker is not None and not q.speaker_named:
        who += " (unnamed)"
    details = [f"{q.kind} quote"] + [x for x in (q.verb, q.medium) if x]
    return f"{who}\n{' · '.join(details)}"


class _Span(NamedTuple):
    """A highlight: ``text[start:end]`` wrapped in ``<tag attrs>…</tag>``."""

    start: int
    end: int
    layer: int  # tie-break for equal spans: smaller is outer
    attrs: str  # already escaped


def _article_spans(article: Article, classes: dict[str | None, str]) -> list[_Span]:
    n = len(article.text)
    spans: dict[_Span, None] = {}  # ordered set: two quotes may share one mention

    def add(start: int | None, end: int | None, layer: int, attrs: str) -> None:
        if start is None or end is None:
            return
        start, end = max(0, start), min(n, end)
        if start < end:
            spans.setdefault(_Span(start, end, layer, attrs), None)

    for p in article.paragraphs:
        if p.kind in _HEADER_KINDS:
            add(p.start, p.end, 0, f'class="kz-p kz-p-{_e(p.kind)}"')
    for q in article.quotes:
        cls = classes[q.speaker]
        add(q.start, q.end, 1, f'class="kz-quote kz-{_e(q.kind)} {cls}" title="{_e(_quote_title(q))}"')
        add(
            q.mention_start,
            q.mention_end,
            2,
            f'class="kz-mention {cls}" title="{_e("mention of " + _speaker_label(q.speaker))}"',
        )
    for m in article.metrics:
        add(m.start, m.end, 3, f'class="kz-metric" title="{_e(_metric_title(m))}"')
    for d in article.dates:
        add(d.start, d.end, 4, f'class="kz-date" title="{_e(_date_title(d))}"')
    for span in _entity_spans(article):
        spans.setdefault(span, None)
    return list(spans)


def _markup(text: str, spans: Sequence[_Span]) -> str:
    """
    Wrap the spans of *text* in balanced ``<span>`` elements, escaping every slice.

    Open elements form a stack ordered outermost first: earlier start, then
    later end, then layer. At each boundary, the elements whose spans end
    there are closed, together with every element opened after them, which is
    reopened at once (a crossing span is split in two); then the spans that
    start there are opened in order. Spans that nest properly are never split,
    and the work per boundary is proportional to the tags written.
    """
    if not spans:
        return _e(text)
    order = {s: (s.start, -s.end, s.layer, i) for i, s in enumerate(spans)}
    starts = sorted(spans, key=order.__getitem__)
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    depth: dict[_Span, int] = {}  # position of each open span in the stack
    ends: list[tuple[int, int, _Span]] = []  # heap of the open spans by end
    nxt = 0

    def push(span: _Span) -> None:
        depth[span] = len(stack)
        stack.append(span)
        out.append(f"<span {span.attrs}>")

    for lo, hi in itertools.pairwise(bounds):
        ended: set[_Span] = set()
        while ends and ends[0][0] <= lo:
            ended.add(heapq.heappop(ends)[2])
        if ended:
            keep = min(depth[s] for s in ended)
            reopen = [s for s in stack[keep:] if s not in ended]
            out.extend("</span>" for _ in range(len(stack) - keep))
            del stack[keep:]
            for s in ended:
                del depth[s]
            for s in reopen:
                push(s)
        # Spans starting here start after every open one, so they go on top.
        while nxt < len(starts) and starts[nxt].start <= lo:
            span = starts[nxt]
            push(span)
            heapq.heappush(ends, (span.end, order[span][3], span))
            nxt += 1
        out.append(_e(text[lo:hi]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _legend(article: Article, classes: dict[str | None, str]) -> str:
    counts = Counter(q.speaker for q in article.quotes)
    named = {q.speaker: q.speaker_named for q in article.quotes}
    keys = []
    for speaker, cls in classes.items():
        note = " (unnamed)" if speaker is not None and not named[speaker] else ""
        label = f"{_speaker_label(speaker)}{note}: {counts[speaker]}"
        keys.append(f'<span class="kz-key {cls}" title="{_e(label)}">{_e(label)}</span>')
    keys.append('<span class="kz-mention kz-sx">mention</span>')
    keys.append('<span class="kz-metric">metric</span>')
    keys.append('<span class="kz-date">date</span>')
    keys.extend(f'<span class="kz-entity kz-e-{k}">{k}</span>' for k in sorted({e.kind for e in article.entities}))
    return '<div class="kz-legend">' + "".join(keys) + "</div>"


def _article_head(article: Article) -> str:
    parts = [f"<b>{_e(article.id)}</b>" if article.id else "<b>article</b>"]
    if article.date is not None:
        parts.append(_e(article.date.isoformat()))
    if article.author:
        parts.append(_e(article.author))
    speakers = len({q.speaker for q in article.quotes if q.speaker is not None})
    parts.append(
        f"{_e(_count(len(article.quotes), 'quote'))} by {_e(_count(speakers, 'speaker'))} · "
        f"{_e(_count(len(article.metrics), 'metric'))} · {_e(_count(len(article.dates), 'date'))}"
    )
    return '<div class="kz-head">' + " · ".join(parts) + "</div>"


def format_article_html(article: Article) -> str:
    """
    Render an article as self-contained HTML with its quotes, mentions, metrics and dates marked.

    Quotes get a background in their speaker's colour (hover for the speaker,
    role, kind and verb), attributing mentions are bold in that colour,
    metrics are underlined (hover for value, unit, kind, subject and period)
    and dates are dotted (hover for the days they cover). A legend lists the
    speakers with their number of quotes.

    Args:
        article: The article to show.

    Returns:
        An HTML fragment: a ``<style>`` element and a ``<div class="kz-article">``.

    >>> from kzaz_corpus import Article, Quote
    >>> a = Article(id="a1", text="Посол сказал: «Мы <готовы>».",
    ...             quotes=(Quote(start=15, end=26, text="Мы <готовы>", kind="direct",
    ...                           speaker="Иван Петров", mention_start=0, mention_end=5),))
    >>> out = format_article_html(a)
    >>> '<span class="kz-quote kz-direct kz-s0"' in out, "Мы &lt;готовы&gt;" in out, "<script" in out
    (True, True, False)

    .. versionadded:: 0.1.0
    """
    classes = _speaker_classes(article.quotes)
    body = _markup(article.text, _article_spans(article, classes))
    return (
        f"{_STYLE}\n"
        f'<div class="kz-article" lang="ru">{_article_head(article)}{_legend(article, classes)}'
        f'<div class="kz-text">{body}</div></div>'
    )


def format_corpus_html(articles: Iterable[Article], max_rows: int = 30) -> str:
    """
    Render a summary table of a corpus: articles, dates and counts of quotes, speakers and metrics.

    Args:
        articles: A :class:`~kzaz_corpus.Corpus` or any iterable of articles.
        max_rows: Show at most this many article rows; the totals cover all.

    Returns:
        An HTML fragment: a ``<style>`` element and a ``<div class="kz-corpus">``.

    >>> from kzaz_corpus import Corpus
    >>> out = format_corpus_html(Corpus.from_texts({"a1": "date 2025-10-21 Текст.", "b&2": "Ещё."}))
    >>> "2 articles" in out, "b&amp;2" in out, "2025-10-21" in out
    (True, True, True)

    .. versionadded:: 0.1.0
    """
    items = list(articles)
    speakers: Counter[str] = Counter(q.speaker for a in items for q in a.quotes if q.speaker is not None)
    dated = sorted(a.date for a in items if a.date is not None)
    span = f" · {dated[0].isoformat()}..{dated[-1].isoformat()}" if dated else ""
    errors = getattr(articles, "errors", ())
    errs = f" · {_count(len(errors), 'load error')}" if errors else ""
    n_quotes = sum(len(a.quotes) for a in items)
    n_metrics = sum(len(a.metrics) for a in items)
    n_dates = sum(len(a.dates) for a in items)
    summary = (
        f"<p><b>{_e(_count(len(items), 'article'))}</b>{_e(span)} · {_e(_count(n_quotes, 'quote'))} by "
        f"{_e(_count(len(speakers), 'speaker'))} · {_e(_count(n_metrics, 'metric'))} · "
        f"{_e(_count(n_dates, 'date'))}{_e(errs)}</p>"
    )
    head = "".join(f"<th>{h}</th>" for h in ("id", "date", "title", "quotes", "speakers", "metrics", "dates"))
    rows = []
    for a in items[: max(0, max_rows)]:
        n_speakers = len({q.speaker for q in a.quotes if q.speaker is not None})
        cells = [
            f"<td>{_e(a.id)}</td>",
            f'<td class="kz-nw">{_e(a.date.isoformat()) if a.date else ""}</td>',
            f"<td>{_e(_shorten(a.title or '', 80))}</td>",
            *(f'<td class="kz-n">{_e(n)}</td>' for n in (len(a.quotes), n_speakers, len(a.metrics), len(a.dates))),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = len(items) - max(0, max_rows)
    if more > 0:
        rows.append(f'<tr><td class="kz-muted" colspan="7">… and {_e(_count(more, "more article"))}</td></tr>')
    top = ""
    if speakers:
        names = ", ".join(f"{_e(name)} ({n})" for name, n in speakers.most_common(10))
        top = f'<p class="kz-muted">Most quoted: {names}</p>'
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    return f'{_STYLE}\n<div class="kz-corpus">{summary}{top}{table}</div>'


def format_quote_html(quote: Quote, limit: int = 300) -> str:
    """
    Render one quote compactly: speaker, kind, verb and the (shortened) text.

    Args:
        quote: The quote to show.
        limit: Shorten the quoted text to at most this many characters.

    >>> from kzaz_corpus import Quote
    >>> out = format_quote_html(Quote(start=0, end=9, text="Рост & <b>", kind="direct", speaker="Иван Петров"))
    >>> "Иван Петров" in out, "«Рост &amp; &lt;b&gt;»" in out
    (True, True)

    .. versionadded:: 0.1.0
    """
    who = _e(_speaker_label(quote.speaker))
    if quote.role:
        who += f', <span class="kz-muted">{_e(quote.role)}</span>'
    details = " · ".join(_e(x) for x in (f"{quote.kind} quote", quote.verb, quote.medium) if x)
    cls = "kz-s0" if quote.speaker is not None else "kz-sx"
    return (
        f"{_STYLE}\n"
        f'<div class="kz-rec"><b>{who}</b> <span class="kz-muted">{details} · '
        f"{_e(quote.start)}..{_e(quote.end)}</span><br>"
        f'<span class="kz-quote kz-{_e(quote.kind)} {cls}">«{_e(_shorten(quote.text, limit))}»</span></div>'
    )


def format_metric_html(metric: Metric) -> str:
    """
    Render one metric compactly: its surface underlined and a small table of its fields.

    Args:
        metric: The metric to show.

    >>> from kzaz_corpus import Metric
    >>> out = format_metric_html(Metric(start=0, end=17, surface="4,5 миллиона тонн", value=4.5e6,
    ...                                 unit="тонна", kind="level"))
    >>> "4 500 000" in out, "<td>тонна</td>" in out
    (True, True)

    .. versionadded:: 0.1.0
    """
    value = _number(metric.value) if metric.high is None else f"{_number(metric.value)} – {_number(metric.high)}"
    fields = [
        ("value", value),
        ("unit", metric.unit),
        ("qualifier", metric.qualifier),
        ("kind", metric.kind),
        ("subject", metric.subject),
        ("period", f"{metric.period.surface} ({_date_title(metric.period)})" if metric.period else None),
    ]
    rows = "".join(f"<tr><th>{k}</th><td>{_e(v)}</td></tr>" for k, v in fields if v is not None)
    return (
        f"{_STYLE}\n"
        f'<div class="kz-rec"><span class="kz-metric">{_e(metric.surface)}</span> '
        f'<span class="kz-muted">{_e(metric.start)}..{_e(metric.end)}</span><table>{rows}</table></div>'
    )


def format_article_text(article: Article, width: int = 100) -> str:
    """
    Summarise an article as plain text: header, then its quotes, metrics and dates, one per line.

    Args:
        article: The article to summarise.
        width: Shorten quotes to at most this many characters.

    >>> from kzaz_corpus import Article, Quote
    >>> a = Article(id="a1", text="«Да», – сказал он.",
    ...             quotes=(Quote(start=1, end=3, text="Да", kind="direct", speaker="Иван Петров"),))
    >>> print(format_article_text(a))
    a1 · 1 quote · 0 metrics · 0 dates
    quotes:
      Иван Петров (direct): «Да»

    .. versionadded:: 0.1.0
    """
    head = [article.id or "article"]
    if article.date is not None:
        head.append(article.date.isoformat())
    if article.title:
        head.append(_shorten(article.title, width))
    head.append(
        f"{_count(len(article.quotes), 'quote')} · {_count(len(article.metrics), 'metric')} · "
        f"{_count(len(article.dates), 'date')}"
    )
    lines = [" · ".join(head)]
    if article.quotes:
        lines.append("quotes:")
        for q in sorted(article.quotes, key=lambda q: q.start):
            lines.append(f"  {_speaker_label(q.speaker)} ({q.kind}): «{_shorten(q.text, width)}»")
    if article.metrics:
        lines.append("metrics:")
        for m in sorted(article.metrics, key=lambda m: m.start):
            value = _number(m.value) if m.high is None else f"{_number(m.value)}–{_number(m.high)}"
            extra = ", ".join(x for x in (m.unit, m.kind, m.subject) if x)
            lines.append(f"  {m.surface} = {value}" + (f" ({extra})" if extra else ""))
    if article.dates:
        lines.append("dates:")
        for d in sorted(article.dates, key=lambda d: d.start):
            lines.append(f"  {d.surface} = {_date_title(d)}")
    return "\n".join(lines)
