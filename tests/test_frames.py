"""Row builders and data frames: ids that link the tables, columns, dtypes and the Parquet round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzaz_corpus import Article, Corpus, DateMention, Metric, Quote
from kzaz_corpus.views.frames import (
    ARTICLE_COLUMNS,
    DATE_COLUMNS,
    METRIC_COLUMNS,
    QUOTE_COLUMNS,
    TABLE_COLUMNS,
    article_rows,
    column_dtype,
    date_rows,
    metric_rows,
    quote_rows,
    to_pandas,
    to_parquet,
)

TEXT = "В 2024 году посол Иван Петров заявил: «Экспорт вырос на 12 процентов». Импорт составил 3 млн тонн."


def _at(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def sample_article(article_id: str = "a1") -> Article:
    """An article with a quote (holding a metric), a metric outside it, and a date linked as a period."""
    qs, qe = _at("Экспорт вырос на 12 процентов")
    ms, me = _at("Иван Петров")
    ds, de = _at("2024 году")
    year = DateMention(
        start=ds,
        end=de,
        surface=TEXT[ds:de],
        value=dt.date(2024, 1, 1),
        high=dt.date(2024, 12, 31),
        granularity="year",
    )
    m1s, m1e = _at("12 процентов")
    m2s, m2e = _at("3 млн тонн")
    return Article(
        id=article_id,
        text=TEXT,
        date=dt.date(2025, 10, 21),
        title="Заголовок",
        # Given out of text order on purpose: rows come out in text order.
        metrics=(
            Metric(start=m2s, end=m2e, surface=TEXT[m2s:m2e], value=3e6, unit="тонна", kind="level"),
            Metric(
                start=m1s,
                end=m1e,
                surface=TEXT[m1s:m1e],
                value=12,
                unit="процент",
                kind="change",
                subject="экспорт",
                period=year,
            ),
        ),
        quotes=(
            Quote(
                start=qs,
                end=qe,
                text=TEXT[qs:qe],
                kind="direct",
                speaker="Иван Петров",
                role="посол",
                mention_start=ms,
                mention_end=me,
                verb="заявить",
            ),
        ),
        dates=(year,),
    )


# -- row builders (no pandas needed) --------------------------------------------


def test_article_row() -> None:
    """The article row carries the header fields and counts."""
    (row,) = article_rows(sample_article())
    assert list(row) == list(ARTICLE_COLUMNS)
    assert (row["article_id"], row["date"], row["title"]) == ("a1", dt.date(2025, 10, 21), "Заголовок")
    assert (row["n_quotes"], row["n_speakers"], row["n_metrics"], row["n_dates"]) == (1, 1, 2, 1)
    assert row["n_chars"] == len(TEXT)


def test_quote_rows() -> None:
    """A quote row has its id, span, speaker and the text of its attributing mention."""
    (row,) = quote_rows(sample_article())
    assert list(row) == list(QUOTE_COLUMNS)
    assert row["quote_id"] == "a1#q0"
    assert TEXT[row["start"] : row["end"]] == row["text"] == "Экспорт вырос на 12 процентов"
    assert (row["speaker"], row["role"], row["mention"], row["verb"]) == (
        "Иван Петров",
        "посол",
        "Иван Петров",
        "заявить",
    )
    assert row["article_date"] == dt.date(2025, 10, 21)


def test_metric_rows_link_quotes_and_periods() -> None:
    """Metrics come in text order; one inside a quote names it and its speaker; a period links to its date row."""
    rows = metric_rows(sample_article())
    assert [r["metric_id"] for r in rows] == ["a1#m0", "a1#m1"]
    assert [r["surface"] for r in rows] == ["12 процентов", "3 млн тонн"]
    inside, outside = rows
    assert (inside["quote_id"], inside["speaker"]) == ("a1#q0", "Иван Петров")
    assert (outside["quote_id"], outside["speaker"]) == (None, None)
    assert inside["period_id"] == date_rows(sample_article())[0]["date_id"] == "a1#d0"
    assert (inside["period_start"], inside["period_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert inside["period_granularity"] == "year" and outside["period"] is None
    assert list(inside) == list(METRIC_COLUMNS)


def test_metric_in_nested_quote_names_the_innermost() -> None:
    """A figure inside a quote within a quote belongs to the inner one."""
    text = "«Он сказал "
    inner = "рост на 5 процентов"
    text += inner + "», – пишет автор."
    s = text.index(inner)
    ms = text.index("5 процентов")
    article = Article(
        id="x",
        text=text,
        quotes=(
            Quote(start=1, end=s + len(inner), text=text[1 : s + len(inner)], kind="direct", speaker="Автор"),
            Quote(start=s, end=s + len(inner), text=inner, kind="direct", speaker="Он"),
        ),
        metrics=(Metric(start=ms, end=ms + 11, surface="5 процентов", value=5),),
    )
    (row,) = metric_rows(article)
    assert (row["quote_id"], row["speaker"]) == ("x#q1", "Он")


def test_period_not_among_dates_has_no_id() -> None:
    """A period that is not one of the article's date mentions keeps its values but gets no id."""
    a = sample_article()
    bare = Article(id=a.id, text=a.text, metrics=a.metrics)
    rows = metric_rows(bare)
    assert rows[0]["period_id"] is None and rows[0]["period"] == "2024 году"


def test_date_rows() -> None:
    """Date rows carry both ends and the flags."""
    (row,) = date_rows(sample_article())
    assert list(row) == list(DATE_COLUMNS)
    assert (row["value"], row["high"], row["relative"], row["open_ended"]) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
        False,
        False,
    )


def test_mention_out_of_range_is_none() -> None:
    """A mention span outside the text gives no mention text rather than a wrong slice."""
    a = Article(
        id="x", text="Да.", quotes=(Quote(start=0, end=2, text="Да", kind="direct", mention_start=5, mention_end=9),)
    )
    assert quote_rows(a)[0]["mention"] is None


# -- data frames ----------------------------------------------------------------


def test_frames_columns_and_dtypes() -> None:
    """Every table has exactly its declared columns, in order, with the declared dtypes."""
    pd: Any = pytest.importorskip("pandas")
    frames = to_pandas([sample_article("a1"), sample_article("a2")])
    for table, columns in TABLE_COLUMNS.items():
        frame = getattr(frames, table)
        assert list(frame.columns) == list(columns)
        for name in columns:
            assert frame[name].dtype == pd.Series([], dtype=column_dtype(pd, table, name)).dtype, name
    assert len(frames.articles) == 2 and len(frames.metrics) == 4
    assert set(ARTICLE_COLUMNS) <= set(frames.articles.columns) and QUOTE_COLUMNS and DATE_COLUMNS


def test_low_cardinality_columns_are_categorical() -> None:
    """Kinds, qualifiers and granularities are categoricals with fixed categories, even in empty tables."""
    pd: Any = pytest.importorskip("pandas")
    for frames in (to_pandas([sample_article("a1")]), to_pandas([])):
        assert isinstance(frames.quotes["kind"].dtype, pd.CategoricalDtype)
        assert list(frames.quotes["kind"].cat.categories) == ["direct", "indirect"]
        assert list(frames.metrics["qualifier"].cat.categories) == ["approx", "more", "less"]
        assert "level" in list(frames.metrics["kind"].cat.categories)
        assert "year" in list(frames.dates["granularity"].cat.categories)


def test_texts_table_and_rule_column() -> None:
    """The texts table holds each article's text, so offsets point at something; quotes and metrics keep their rule."""
    pytest.importorskip("pandas")
    article = sample_article("a1")
    frames = to_pandas([article])
    assert frames.texts.to_dict("records") == [{"article_id": "a1", "text": article.text}]
    text = frames.texts.set_index("article_id").loc["a1", "text"]
    for row in frames.quotes.itertuples():
        assert text[row.start : row.end] == row.text
    assert list(frames.quotes["rule"]) == [q.rule for q in article.quotes]
    assert "rule" in frames.metrics.columns


def test_lone_surrogates_in_tables(tmp_path: Path) -> None:
    """An id or text with lone surrogates gives tables (and Parquet files) with U+FFFD in their place."""
    pd: Any = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    corpus = Corpus.from_texts({"x_\udcff": "Рост\udcfe на 5%."})
    frames = corpus.to_pandas()
    assert frames.articles["article_id"].tolist() == ["x_\ufffd"]
    assert frames.texts["text"].tolist() == ["Рост\ufffd на 5%."]
    paths = frames.to_parquet(tmp_path)
    assert pd.read_parquet(paths[0])["article_id"].tolist() == ["x_\ufffd"]


def test_frames_join_on_ids() -> None:
    """Metrics join to quotes on quote_id and to dates on period_id."""
    pytest.importorskip("pandas")
    frames = to_pandas([sample_article("a1"), sample_article("a2")])
    joined = frames.metrics.merge(frames.quotes[["quote_id", "verb"]], on="quote_id", how="inner")
    assert sorted(joined["metric_id"]) == ["a1#m0", "a2#m0"]
    assert set(joined["verb"]) == {"заявить"}
    periods = frames.metrics.merge(frames.dates[["date_id", "granularity"]], left_on="period_id", right_on="date_id")
    assert list(periods["granularity"]) == ["year", "year"]
    assert frames.metrics.loc[0, "period_start"].year == 2024


def test_empty_corpus_gives_typed_empty_frames() -> None:
    """An empty corpus gives empty tables that still have their columns."""
    pytest.importorskip("pandas")
    frames = Corpus(articles=[]).to_pandas()
    assert len(frames.articles) == 0 and list(frames.quotes.columns) == list(QUOTE_COLUMNS)


def test_corpus_method_matches_function() -> None:
    """Corpus.to_pandas is the frames module's to_pandas."""
    pytest.importorskip("pandas")
    corpus = Corpus(articles=[sample_article("b"), sample_article("a")])
    left, right = corpus.to_pandas(), to_pandas(corpus)
    assert left.metrics.equals(right.metrics)
    assert list(left.articles["article_id"]) == ["a", "b"]


def test_parquet_round_trip(tmp_path: Path) -> None:
    """The Parquet files read back to the same values."""
    pd: Any = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    corpus = Corpus(articles=[sample_article("a1")])
    paths = to_parquet(corpus, tmp_path / "out")
    assert [p.name for p in paths] == [f"{name}.parquet" for name in TABLE_COLUMNS]
    frames = corpus.to_pandas()
    back = pd.read_parquet(paths[2])
    assert list(back.columns) == list(METRIC_COLUMNS)
    assert back["value"].tolist() == frames.metrics["value"].tolist()
    assert back["period_start"].tolist() == frames.metrics["period_start"].tolist()
    assert pd.read_parquet(paths[1])["speaker"].tolist() == ["Иван Петров"]


# -- properties -----------------------------------------------------------------

_SCALARS = (str, int, float, bool, dt.date, type(None))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article with random records whose surfaces are slices of its text."""
    text = draw(st.text(max_size=60))
    n = len(text)

    def span() -> tuple[int, int]:
        a, b = sorted((draw(st.integers(0, n)), draw(st.integers(0, n))))
        return a, b

    quotes = []
    for _ in range(draw(st.integers(0, 3))):
        s, e = span()
        quotes.append(
            Quote(start=s, end=e, text=text[s:e], kind="direct", speaker=draw(st.none() | st.text(max_size=5)))
        )
    metrics = []
    for _ in range(draw(st.integers(0, 3))):
        s, e = span()
        value = draw(st.floats(allow_nan=False, allow_infinity=False))
        metrics.append(Metric(start=s, end=e, surface=text[s:e], value=value))
    dates = []
    for _ in range(draw(st.integers(0, 3))):
        s, e = span()
        dates.append(DateMention(start=s, end=e, surface=text[s:e], value=draw(st.none() | st.dates())))
    return Article(
        id=draw(st.text(max_size=8)),
        text=text,
        date=draw(st.none() | st.dates()),
        quotes=quotes,
        metrics=metrics,
        dates=dates,
    )


@given(articles())
def test_rows_are_plain_and_faithful(article: Article) -> None:
    """Rows hold plain values only, one per record, ids unique, and every span slices to its surface."""
    tables = [
        (article_rows(article), ARTICLE_COLUMNS, None, None),
        (quote_rows(article), QUOTE_COLUMNS, "quote_id", "text"),
        (metric_rows(article), METRIC_COLUMNS, "metric_id", "surface"),
        (date_rows(article), DATE_COLUMNS, "date_id", "surface"),
    ]
    counts = [1, len(article.quotes), len(article.metrics), len(article.dates)]
    for (rows, columns, id_key, surface_key), count in zip(tables, counts, strict=True):
        assert len(rows) == count
        for row in rows:
            assert list(row) == list(columns)
            assert all(isinstance(v, _SCALARS) for v in row.values()), row
            if surface_key is not None:
                assert article.text[row["start"] : row["end"]] == row[surface_key]
        if id_key is not None:
            ids = [r[id_key] for r in rows]
            assert len(set(ids)) == len(ids)
            assert [(r["start"], -r["end"]) for r in rows] == sorted((r["start"], -r["end"]) for r in rows)
    quote_ids = {r["quote_id"]: r for r in quote_rows(article)}
    for row in metric_rows(article):
        if row["quote_id"] is not None:
            quote = quote_ids[row["quote_id"]]
            assert quote["start"] <= row["start"] and row["end"] <= quote["end"]
            assert row["speaker"] == quote["speaker"]
        else:
            assert not any(q.start <= row["start"] and row["end"] <= q.end for q in article.quotes)


@given(st.lists(articles(), max_size=3))
def test_frames_have_one_row_per_record(items: list[Article]) -> None:
    """The data frames have as many rows as there are records."""
    pytest.importorskip("pandas")
    frames = to_pandas(items)
    assert len(frames.articles) == len(items)
    assert len(frames.quotes) == sum(len(a.quotes) for a in items)
    assert len(frames.metrics) == sum(len(a.metrics) for a in items)
    assert len(frames.dates) == sum(len(a.dates) for a in items)


def test_frames_repr_is_compact() -> None:
    """Frames show their table sizes, not the tables."""
    pytest.importorskip("pandas")
    assert repr(to_pandas([sample_article()])) == "Frames(articles=1, quotes=1, metrics=2, dates=1, texts=1, errors=0)"
