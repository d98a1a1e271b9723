"""HTML and text rendering: escaping, nesting, colours, hover titles, and text fidelity."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzaz_corpus import Article, Corpus, DateMention, Metric, Paragraph, Quote
from kzaz_corpus.model import ParagraphKind
from kzaz_corpus.views.html import (
    PALETTE,
    format_article_html,
    format_article_text,
    format_corpus_html,
    format_metric_html,
    format_quote_html,
)

_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr"})
_ALLOWED_TAGS = frozenset({"style", "div", "span", "b", "p", "br", "table", "thead", "tbody", "tr", "th", "td"})
_ALLOWED_ATTRS = frozenset({"class", "title", "lang", "colspan"})


class _Reader(HTMLParser):
    """
    Parse our HTML strictly: balanced tags, known tags and attributes only.

    Collects, for the article body (``div.kz-text``), each text chunk with the
    classes and titles of the elements around it.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.body_depth: int | None = None
        self.chunks: list[tuple[str, tuple[dict[str, str], ...]]] = []
        self.all_text: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in _ALLOWED_TAGS, tag
        got = {k: v or "" for k, v in attrs}
        assert set(got) <= _ALLOWED_ATTRS, got
        self.tags.append((tag, got))
        if tag in _VOID:
            return
        self.stack.append((tag, got))
        if tag == "div" and "kz-text" in got.get("class", "").split() and self.body_depth is None:
            self.body_depth = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        assert self.stack, f"stray </{tag}>"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"<{open_tag}> closed by </{tag}>"
        if self.body_depth is not None and len(self.stack) < self.body_depth:
            self.body_depth = -1  # body closed

    def handle_data(self, data: str) -> None:
        self.all_text.append(data)
        if self.body_depth is not None and self.body_depth > 0 and len(self.stack) >= self.body_depth:
            inner = tuple(a for _, a in self.stack[self.body_depth :])
            self.chunks.append((data, inner))


def read(markup: str) -> _Reader:
    r = _Reader()
    r.feed(markup)
    r.close()
    assert not r.stack, f"unclosed: {[t for t, _ in r.stack]}"
    return r


def body_text(markup: str) -> str:
    return "".join(c for c, _ in read(markup).chunks)


def classes_at(markup: str) -> list[set[str]]:
    """For each character of the body, the set of classes of the elements around it."""
    out: list[set[str]] = []
    for chunk, attrs in read(markup).chunks:
        cls = {c for a in attrs for c in a.get("class", "").split()}
        out.extend(cls for _ in chunk)
    return out


def titles_at(markup: str) -> list[list[str]]:
    out: list[list[str]] = []
    for chunk, attrs in read(markup).chunks:
        titles = [a["title"] for a in attrs if "title" in a]
        out.extend(titles for _ in chunk)
    return out


def marked(source: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Read ``[outer]`` and ``{inner}`` marks out of *source*: the plain text and the two spans."""
    plain: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for ch in source:
        if ch in "[{":
            opened[ch] = len(plain)
        elif ch in "]}":
            key = "[" if ch == "]" else "{"
            spans["outer" if key == "[" else "inner"] = (opened[key], len(plain))
        else:
            plain.append(ch)
    return "".join(plain), spans


def q(text: str, start: int, end: int, speaker: str | None = "Иван Петров", **kw: object) -> Quote:
    return Quote(start=start, end=end, text=text[start:end], kind="direct", speaker=speaker, **kw)  # type: ignore[arg-type]


def m(text: str, start: int, end: int, value: float = 1.0, **kw: object) -> Metric:
    return Metric(start=start, end=end, surface=text[start:end], value=value, **kw)  # type: ignore[arg-type]


def d(text: str, start: int, end: int, day: dt.date = dt.date(2025, 10, 21), **kw: object) -> DateMention:
    return DateMention(start=start, end=end, surface=text[start:end], value=day, high=day, **kw)  # type: ignore[arg-type]


# -- examples -------------------------------------------------------------------


HOSTILE = [
    pytest.param('<script>alert("x")</script>', id="script-tag"),
    pytest.param("AT&T &amp; &lt;b&gt;", id="ampersands-and-entities"),
    pytest.param("<img src=x onerror=alert(1)>", id="img-onerror"),
    pytest.param('" onmouseover="alert(1)', id="attribute-breakout"),
    pytest.param("</div></span><!-- -->", id="closing-tags-and-comment"),
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_article_text_and_names_are_escaped(payload: str) -> None:
    """Markup in the text, in speaker names, roles and metric fields shows as text, never as markup."""
    text = f"Он сказал: «{payload}» и добавил 5 тонн {payload}."
    start = text.index("«") + 1
    metric_start = text.index("5 тонн")
    a = Article(
        id=payload,
        text=text,
        title=payload,
        author=payload,
        quotes=(q(text, start, start + len(payload), speaker=payload, role=payload, mention_start=0, mention_end=2),),
        metrics=(m(text, metric_start, metric_start + 6, 5, unit=payload, subject=payload),),
    )
    out = format_article_html(a)
    assert "<script" not in out
    assert "<img" not in out
    assert "<!--" not in out
    assert body_text(out) == text
    reader = read(out)  # only known tags and attributes: no handler attribute survived
    assert any(payload in a.get("title", "") for _, a in reader.tags)


def test_quote_metric_and_corpus_reprs_escape() -> None:
    """The compact reprs escape every field too."""
    bad = "<script>x</script>&"
    quote = Quote(start=0, end=len(bad), text=bad, kind="direct", speaker=bad, role=bad, verb=bad, medium=bad)
    metric = Metric(start=0, end=len(bad), surface=bad, value=1, unit=bad, subject=bad)
    corpus = Corpus(articles=[Article(id=bad, text=bad, title=bad, quotes=(quote,))])
    for out in (format_quote_html(quote), format_metric_html(metric), format_corpus_html(corpus)):
        read(out)
        assert "<script" not in out
        assert html.escape(bad) in out


def test_no_javascript_anywhere() -> None:
    """The HTML is self-contained: no script, no event handlers, no external resources."""
    text = "Министр сказал: «Экспорт вырос на 12 процентов в 2025 году»."
    a = Article(
        id="a",
        text=text,
        quotes=(q(text, 17, 59),),
        metrics=(m(text, 34, 46, 12, unit="процент"),),
        dates=(d(text, 49, 58),),
    )
    for out in (format_article_html(a), format_corpus_html([a]), format_quote_html(a.quotes[0])):
        read(out)  # only known tags and attributes: no script element, no event handler
        low = out.lower()
        assert "javascript:" not in low and "url(" not in low and "@import" not in low and "://" not in low


NESTING = [
    pytest.param("Он сказал: «[Экспорт вырос на {12 процентов}]».", "kz-quote", "kz-metric", id="metric-in-quote"),
    pytest.param("Рост составил [5 процентов за {2025 год}].", "kz-metric", "kz-date", id="date-in-metric"),
    pytest.param("[Так {говорил}] он.", "kz-quote", "kz-mention", id="mention-in-quote"),
]


@pytest.mark.parametrize(("source", "outer", "inner"), NESTING)
def test_nested_spans_nest(source: str, outer: str, inner: str) -> None:
    """An element inside another is rendered as a child of it, with no split."""
    text, marks = marked(source)
    spans = {outer: marks["outer"], inner: marks["inner"]}
    quotes, metrics, dates = [], [], []
    if "kz-quote" in spans:
        ms, me = spans.get("kz-mention", (None, None))
        quotes.append(q(text, *spans["kz-quote"], mention_start=ms, mention_end=me))
    if "kz-metric" in spans:
        metrics.append(m(text, *spans["kz-metric"]))
    if "kz-date" in spans:
        dates.append(d(text, *spans["kz-date"]))
    out = format_article_html(Article(id="a", text=text, quotes=quotes, metrics=metrics, dates=dates))
    assert body_text(out) == text
    chunks = read(out).chunks
    outer_elements = {id(a) for _, attrs in chunks for a in attrs if outer in a.get("class", "").split()}
    assert len(outer_elements) == 1, "outer element was split"
    for chunk, attrs in chunks:
        names = [a.get("class", "").split()[0] for a in attrs]
        if inner in names:
            assert outer in names and names.index(outer) < names.index(inner), (chunk, names)
    at = classes_at(out)
    assert {i for i, c in enumerate(at) if inner in c} == set(range(*spans[inner]))
    assert {i for i, c in enumerate(at) if outer in c} == set(range(*spans[outer]))


def test_crossing_spans_stay_balanced() -> None:
    """A metric crossing a quote boundary is split into elements that still cover exactly its span."""
    text = "«Выросло на 5» процентов, сказал он."
    quote = q(text, 1, 13)
    metric = m(text, 12, 24, 5, unit="процент")
    out = format_article_html(Article(id="a", text=text, quotes=(quote,), metrics=(metric,)))
    at = classes_at(out)
    assert body_text(out) == text
    assert [i for i, c in enumerate(at) if "kz-quote" in c] == list(range(1, 13))
    assert [i for i, c in enumerate(at) if "kz-metric" in c] == list(range(12, 24))


def test_quote_over_two_paragraphs() -> None:
    """A quote running from a title line into the body crosses the paragraph element cleanly."""
    text = "Заголовок статьи\n– Первая часть\nвторая часть."
    paragraphs = (Paragraph(0, 16, "title"), Paragraph(17, 31), Paragraph(32, 45))
    quote = q(text, 19, 44)
    out = format_article_html(Article(id="a", text=text, paragraphs=paragraphs, quotes=(quote,)))
    at = classes_at(out)
    assert body_text(out) == text
    assert all("kz-p-title" in at[i] for i in range(16))
    assert all("kz-quote" in at[i] for i in range(19, 44))


def test_speakers_get_palette_colours_in_order_of_first_quote() -> None:
    """Each speaker gets the next palette colour, in text order, and the legend lists them in that order."""
    text = "«Раз», «два», «три», «четыре»."
    spans = [(1, 4), (8, 11), (15, 18), (22, 28)]
    speakers = ["Бета", "Альфа", "Бета", None]
    # Records given out of text order: colours still follow the text.
    quotes = [q(text, s, e, speaker=who) for (s, e), who in zip(spans, speakers, strict=True)][::-1]
    out = format_article_html(Article(id="a", text=text, quotes=quotes))
    at = classes_at(out)
    assert "kz-s0" in at[1] and "kz-s1" in at[8] and "kz-s0" in at[15] and "kz-sx" in at[22]
    legend = out[out.index("kz-legend") :]
    assert legend.index("Бета: 2") < legend.index("Альфа: 1") < legend.index("unattributed: 1")


def test_palette_wraps_around() -> None:
    """More speakers than colours reuse the palette instead of failing."""
    n = len(PALETTE) + 2
    text = " ".join(f"«{i}»" for i in range(n))
    quotes = [
        q(text, text.index(f"«{i}»") + 1, text.index(f"«{i}»") + 1 + len(str(i)), speaker=f"С{i}") for i in range(n)
    ]
    out = format_article_html(Article(id="a", text=text, quotes=quotes))
    assert f'class="kz-key kz-s0" title="С{len(PALETTE)}: 1"' in out


def test_hover_titles() -> None:
    """Quotes carry the speaker, metrics their value, unit and kind, dates the days they cover."""
    text = "Посол заявил: «Товарооборот достиг 4,5 миллиона тонн в 2025 году»."
    s = text.index("«") + 1
    e = text.index("»")
    ms = text.index("4,5")
    ds = text.index("2025")
    year = DateMention(
        start=ds,
        end=ds + 9,
        surface="2025 году",
        value=dt.date(2025, 1, 1),
        high=dt.date(2025, 12, 31),
        granularity="year",
    )
    a = Article(
        id="a",
        text=text,
        quotes=(q(text, s, e, speaker="Иван Петров", role="посол", verb="заявить", mention_start=0, mention_end=5),),
        metrics=(m(text, ms, ms + 17, 4.5e6, unit="тонна", kind="level", subject="товарооборот", period=year),),
        dates=(year,),
    )
    out = format_article_html(a)
    titles = titles_at(out)
    assert titles[0] == ["mention of Иван Петров"]
    assert titles[s][0].startswith("Иван Петров, посол\ndirect quote · заявить")
    metric_title = titles[ms][1]
    assert "value: 4 500 000" in metric_title and "unit: тонна" in metric_title and "kind: level" in metric_title
    assert "period: 2025 году = 2025-01-01 – 2025-12-31 (year)" in metric_title
    assert titles[ds][-1] == "2025-01-01 – 2025-12-31 (year)"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        pytest.param(
            DateMention(start=0, end=5, surface="вчера", value=None, relative=True),
            "unresolved (day, relative)",
            id="unresolved",
        ),
        pytest.param(
            DateMention(
                start=0, end=5, surface="с мая", value=dt.date(2025, 5, 1), granularity="month", open_ended=True
            ),
            "2025-05-01 onwards (month)",
            id="open-ended",
        ),
        pytest.param(
            DateMention(
                start=0, end=5, surface="вчера", value=dt.date(2025, 5, 1), high=dt.date(2025, 5, 1), relative=True
            ),
            "2025-05-01 (day, relative)",
            id="relative-day",
        ),
    ],
)
def test_date_titles(mention: DateMention, expected: str) -> None:
    """Unresolved, open-ended and relative dates say so on hover."""
    out = format_article_html(Article(id="a", text="abcdef", dates=(mention,)))
    assert titles_at(out)[0] == [expected]


def test_bad_spans_are_clipped_or_skipped() -> None:
    """Spans outside the text or empty ones never break the markup."""
    text = "Короткий текст."
    a = Article(
        id="a",
        text=text,
        quotes=(Quote(start=5, end=500, text="", kind="direct", mention_start=3, mention_end=3),),
        metrics=(Metric(start=-4, end=3, surface="", value=1), Metric(start=9, end=2, surface="", value=1)),
    )
    out = format_article_html(a)
    at = classes_at(out)
    assert body_text(out) == text
    assert all("kz-quote" in at[i] for i in range(5, len(text)))
    assert [i for i, c in enumerate(at) if "kz-metric" in c] == [0, 1, 2]
    assert not any("kz-mention" in c for c in at)


def test_header_lines_are_marked() -> None:
    """Header paragraphs get their own class; body paragraphs add no markup."""
    text = "Фото: автор\nТекст."
    out = format_article_html(Article(id="a", text=text, paragraphs=(Paragraph(0, 11, "credit"), Paragraph(12, 18))))
    at = classes_at(out)
    assert "kz-p-credit" in at[0] and not at[13]


def test_empty_article() -> None:
    """An empty article renders an empty body and a legend with the style keys only."""
    out = format_article_html(Article(id="", text=""))
    assert body_text(out) == ""
    assert "0 quotes by 0 speakers" in out


def test_corpus_summary_counts_and_truncates() -> None:
    """The corpus table counts quotes, distinct speakers, metrics and dates, and shows at most max_rows rows."""
    text = "«Да», «нет» и 5 тонн."
    arts = [
        Article(
            id=f"a{i}",
            text=text,
            date=dt.date(2025, 1, 1 + i),
            quotes=(q(text, 1, 3, speaker="Иван Петров"), q(text, 7, 10, speaker=f"Другой {i}")),
            metrics=(m(text, 14, 20, 5),),
        )
        for i in range(4)
    ]
    out = format_corpus_html(Corpus(articles=arts), max_rows=2)
    read(out)
    assert "<b>4 articles</b> · 2025-01-01..2025-01-04 · 8 quotes by 5 speakers · 4 metrics · 0 dates" in out
    assert out.count("<tr>") == 1 + 2 + 1  # header, two rows, "more"
    assert "… and 2 more articles" in out
    assert "Иван Петров (4)" in out


def test_repr_html_hooks() -> None:
    """Jupyter's _repr_html_ hooks return the render functions' output."""
    text = "«Да»."
    quote = q(text, 1, 3)
    metric = m(text, 1, 3)
    a = Article(id="a", text=text, quotes=(quote,), metrics=(metric,))
    c = Corpus(articles=[a])
    assert a._repr_html_() == format_article_html(a)
    assert c._repr_html_() == format_corpus_html(c)
    assert quote._repr_html_() == format_quote_html(quote)
    assert metric._repr_html_() == format_metric_html(metric)


def test_metric_repr_shows_range_and_period() -> None:
    """A range shows both ends; the period shows its surface and days."""
    period = DateMention(
        start=0, end=4, surface="2024", value=dt.date(2024, 1, 1), high=dt.date(2024, 12, 31), granularity="year"
    )
    out = format_metric_html(
        Metric(start=0, end=9, surface="15–18 дней", value=15, high=18, unit="день", period=period)
    )
    assert "<td>15 – 18</td>" in out and "<td>день</td>" in out
    assert "2024 (2024-01-01 – 2024-12-31 (year))" in out


def test_article_text_summary() -> None:
    """The plain-text summary lists quotes, metrics and dates in text order."""
    text = "В 2025 году «рост» составил 5%."
    a = Article(
        id="a",
        text=text,
        date=dt.date(2025, 10, 21),
        quotes=(q(text, 13, 17, speaker=None),),
        metrics=(m(text, 28, 30, 5, high=7, unit="процент", kind="level"),),
        dates=(d(text, 2, 11, dt.date(2025, 1, 1)),),
    )
    assert format_article_text(a).splitlines() == [
        "a · 2025-10-21 · 1 quote · 1 metric · 1 date",
        "quotes:",
        "  unattributed (direct): «рост»",
        "metrics:",
        "  5% = 5–7 (процент, level)",
        "dates:",
        "  2025 году = 2025-01-01 (day)",
    ]


# -- properties -----------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.sampled_from(list("абв АБВ.,«»–\"'<>&;#\n\r\u00a0\u2009xyz019")) | st.characters(codec="utf-8"),
    max_size=120,
)
_NAMES = st.one_of(st.none(), st.sampled_from(["Иван Петров", "<b>Злой</b> & Co", "пресс-служба", "\"x\" 'y'"]))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Any text with random spans of every kind (nested, crossing, empty or out of range)."""
    text = draw(_TEXT)
    n = len(text)
    bound = st.integers(-2, n + 2)

    def span() -> tuple[int, int]:
        a, b = draw(bound), draw(bound)
        return (a, b) if draw(st.booleans()) else (min(a, b), max(a, b))

    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        s, e = span()
        ms, me = span() if draw(st.booleans()) else (None, None)
        quotes.append(
            Quote(
                start=s,
                end=e,
                text=text[max(0, s) : max(0, e)],
                kind=draw(st.sampled_from(["direct", "indirect"])),
                speaker=draw(_NAMES),
                speaker_named=draw(st.booleans()),
                mention_start=ms,
                mention_end=me,
            )
        )
    metrics = []
    for _ in range(draw(st.integers(0, 4))):
        s, e = span()
        metrics.append(
            Metric(
                start=s,
                end=e,
                surface=text[max(0, s) : max(0, e)],
                value=draw(st.floats(allow_nan=False, allow_infinity=False)),
                unit=draw(_NAMES),
            )
        )
    dates = []
    for _ in range(draw(st.integers(0, 3))):
        s, e = span()
        dates.append(
            DateMention(start=s, end=e, surface=text[max(0, s) : max(0, e)], value=draw(st.none() | st.dates()))
        )
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            kind: ParagraphKind = draw(st.sampled_from(["body", "title", "credit", "subheading"]))
            paragraphs.append(Paragraph(pos, pos + len(line), kind))
        pos += len(line) + 1
    return Article(id=draw(_TEXT), text=text, paragraphs=paragraphs, quotes=quotes, metrics=metrics, dates=dates)


def _covered(article: Article, kind: str) -> set[int]:
    spans: list[tuple[int | None, int | None]] = []
    if kind == "kz-quote":
        spans = [(x.start, x.end) for x in article.quotes]
    elif kind == "kz-mention":
        spans = [(x.mention_start, x.mention_end) for x in article.quotes]
    elif kind == "kz-metric":
        spans = [(x.start, x.end) for x in article.metrics]
    elif kind == "kz-date":
        spans = [(x.start, x.end) for x in article.dates]
    out: set[int] = set()
    for s, e in spans:
        if s is not None and e is not None:
            out.update(range(max(0, s), min(len(article.text), e)))
    return out


@given(articles())
@example(Article(id="x", text="a\r\nb", quotes=(Quote(start=0, end=4, text="a\r\nb", kind="direct"),)))
def test_rendered_body_is_the_text_and_marks_exactly_the_spans(article: Article) -> None:
    """Tags stripped and unescaped, the body is the article text; each character is marked iff a span covers it."""
    out = format_article_html(article)
    assert body_text(out) == article.text
    at = classes_at(out)
    for kind in ("kz-quote", "kz-mention", "kz-metric", "kz-date"):
        assert {i for i, c in enumerate(at) if kind in c} == _covered(article, kind), kind


@given(st.lists(articles(), max_size=4), st.integers(0, 5))
def test_corpus_html_is_well_formed(items: list[Article], max_rows: int) -> None:
    """The corpus summary parses with balanced known tags for any articles."""
    out = format_corpus_html(items, max_rows=max_rows)
    read(out)
    assert "<script" not in out


@given(articles())
def test_record_reprs_are_well_formed(article: Article) -> None:
    """Quote and metric reprs parse with balanced known tags and show their text escaped."""
    for quote in article.quotes:
        read(format_quote_html(quote))
    for metric in article.metrics:
        out = format_metric_html(metric)
        read(out)
        assert html.escape(metric.surface) in out
    format_article_text(article)


def test_every_value_is_escaped_even_numbers() -> None:
    """Records built by hand may hold markup where numbers belong: it is shown as text, never as markup."""
    evil = '<img src=x onerror="alert(1)">'
    quote = Quote(start=evil, end=evil, text="Да", kind="direct")  # type: ignore[arg-type]
    metric = Metric(start=evil, end=evil, surface="5", value=5, high=evil)  # type: ignore[arg-type]
    article = Article(id=evil, text="Да", quotes=(quote,), metrics=(metric,))
    for out in (format_quote_html(quote), format_metric_html(metric), format_corpus_html([article])):
        assert "<img" not in out and "&lt;img" in out
