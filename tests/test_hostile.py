"""
Hostile input: nothing the library raises is outside KzazError, for any text, any bytes and any JSON Lines.

In the "ci" hypothesis profile, decoding any bytes (the layer every file goes through: random
bytes, and cuts of an invented text in every supported encoding with arbitrary bytes spliced in)
runs 30,000 examples; reading JSON records with any field set to any value runs 10,000,
arbitrary JSON structures 300 and the full analysis of arbitrary strings 2,000. Hypothesis itself
costs about a millisecond of CPU per example, and the full analysis a few more, so 100,000
examples of every property would take far longer than the rest of CI together; the counts keep the
suite within a few minutes on two cores. ``KZAZ_HOSTILE_EXAMPLES`` overrides every count, for a
longer run: ``KZAZ_HOSTILE_EXAMPLES=100000 pytest tests/test_hostile.py``.
"""

from __future__ import annotations

import json
import math
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzaz_corpus import Article, KzazError, ParseError, SourceError
from kzaz_corpus.corpus.sources import decode

_CI = os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev") == "ci"


def _examples(ci: int, dev: int) -> int:
    override = os.environ.get("KZAZ_HOSTILE_EXAMPLES")
    if override:
        return int(override)
    return ci if _CI else dev


def _hostile(ci: int, dev: int) -> settings:
    return settings(
        max_examples=_examples(ci, dev),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# -- bytes ------------------------------------------------------------------------------

_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ «»—–-.,:;!?0123456789%№\n"
_SAMPLE = (
    "date 2025-03-14 Экспорт зерна вырос на 12%.\r\n\r\n«Мы готовы», — заявил министр Иван Петров.\n"
    "Цены на хлеб выросли на 3%, сообщили в ведомстве. Ёлка, щука, объём, подъезд, ЭКСПОРТ №5."
)
#: One invented text in every encoding a file may come in (generated once: cheap examples).
_ENCODED = tuple(
    _SAMPLE.encode(codec, "replace")
    for codec in ("utf-8", "cp1251", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic", "utf-16", "utf-32", "utf-8-sig")
)


def _spliced(base: bytes, start: int, length: int, junk: bytes) -> bytes:
    """A cut of an encoded text with a few arbitrary bytes put in: truncations, bad bytes, joined files."""
    start %= len(base) + 1
    return base[start : start + length] + junk + base[:start]


_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(_spliced, st.sampled_from(_ENCODED), st.integers(0, 400), st.integers(0, 400), st.binary(max_size=6)),
)


@_hostile(ci=30_000, dev=300)
@given(data=_bytes, errors=st.sampled_from(["strict", "replace"]))
def test_any_bytes_decode_or_raise_source_error(data: bytes, errors: str) -> None:
    """Any bytes decode (offsets of replaced bytes within the data) or raise SourceError; nothing else escapes."""
    try:
        decoded = decode(data, "x.txt", errors=errors)
    except SourceError as exc:
        assert exc.path == "x.txt" and exc.reason
        return
    assert isinstance(decoded.text, str)
    if decoded.replaced:
        assert errors == "replace"
        assert decoded.first_bad is not None and 0 <= decoded.first_bad < len(data)
        assert decoded.warning() is not None


# -- JSON records -------------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
_FIELDS = ["start", "end", "text", "kind", "value", "surface", "date", "speaker", "high", "period", "granularity"]
_record = st.fixed_dictionaries(
    {"id": st.text(max_size=8), "text": st.text(max_size=30)},
    optional={
        "date": _json | st.dates().map(str),
        "author": _json,
        "paragraphs": st.lists(st.dictionaries(st.sampled_from(["start", "end", "kind"]), _json), max_size=3),
        "quotes": st.lists(st.dictionaries(st.sampled_from(_FIELDS), _json | st.integers(0, 40)), max_size=3),
        "metrics": st.lists(st.dictionaries(st.sampled_from(_FIELDS), _json | st.integers(0, 40)), max_size=3),
        "dates": st.lists(st.dictionaries(st.sampled_from(_FIELDS), _json | st.integers(0, 40)), max_size=3),
    },
)
_lines = st.one_of(
    st.text(max_size=80),
    _json.map(lambda v: json.dumps(v)),
    _record.map(lambda r: json.dumps(r)),
    st.builds(lambda n, s: s * n, st.integers(0, 3000), st.sampled_from(["[", "{\"a\":", "-"])),
)


_VALID = {
    "id": "a",
    "text": "Министр заявил: «Рост 5%» в 2024 году.",
    "date": "2025-01-02",
    "author": None,
    "paragraphs": [{"start": 0, "end": 38, "kind": "body"}],
    "quotes": [{"start": 17, "end": 23, "text": "Рост 5", "kind": "direct", "speaker": None}],
    "metrics": [
        {
            "start": 22,
            "end": 24,
            "surface": "5%",
            "value": 5.0,
            "unit": "процент",
            "period": {"start": 27, "end": 36, "surface": "2024 году", "value": "2024-01-01"},
        }
    ],
    "dates": [{"start": 27, "end": 36, "surface": "2024 году", "value": "2024-01-01", "granularity": "year"}],
}
_PLACES = [
    (), ("id",), ("text",), ("date",), ("author",), ("paragraphs",), ("paragraphs", 0), ("paragraphs", 0, "start"),
    ("paragraphs", 0, "kind"), ("quotes",), ("quotes", 0), ("quotes", 0, "start"), ("quotes", 0, "end"),
    ("quotes", 0, "kind"), ("quotes", 0, "speaker"), ("quotes", 0, "speaker_named"), ("metrics", 0, "value"),
    ("metrics", 0, "high"), ("metrics", 0, "qualifier"), ("metrics", 0, "period"), ("metrics", 0, "period", "value"),
    ("metrics", 0, "period", "end"), ("dates", 0, "granularity"), ("dates", 0, "relative"), ("dates", 0, "high"),
    ("metrics", 0, "sentence_start"), ("quotes", 0, "mention_end"), ("metrics", 0, "rule"),
]  # fmt: skip
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-3, 60),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["2025-13-01", "2025-02-30", "direct", "year", "approx", "<img src=x>", "1e999", "NaN", ""]),
    st.just([]),
    st.just({}),
    st.just([5]),
    st.just({"start": 0}),
)


def _mutated(place: tuple[Any, ...], value: Any, drop: bool) -> str:
    record = json.loads(json.dumps(_VALID))
    if not place:
        return json.dumps(value)
    target = record
    for key in place[:-1]:
        target = target[key]
    if drop and isinstance(target, dict):
        target.pop(place[-1], None)
    else:
        target[place[-1]] = value
    return json.dumps(record)


_mutations = st.builds(_mutated, st.sampled_from(_PLACES), _VALUES, st.booleans())
_raw = st.one_of(
    st.text(max_size=60),
    st.builds(lambda n, s: s * n, st.integers(0, 3000), st.sampled_from(["[", '{"a":', "-", "9"])),
    st.builds(lambda n: '{"id": "a", "text": "", "quotes": [' + "9" * n + "]}", st.integers(4000, 6000)),
)


def _check_line(line: str) -> None:
    try:
        article = Article.from_json(line)
    except ParseError as exc:
        assert str(exc)
        return
    again = article.to_json()
    json.loads(again, parse_constant=_refuse)
    assert Article.from_json(again) == article
    spans = [(r.start, r.end) for r in article.quotes] + [(r.start, r.end) for r in article.metrics]
    spans += [(r.start, r.end) for r in article.dates] + [(r.start, r.end) for r in article.paragraphs]
    assert all(0 <= start <= end <= len(article.text) for start, end in spans)


@_hostile(ci=10_000, dev=300)
@given(line=st.one_of(_mutations, _raw))
def test_any_json_line_gives_an_article_or_parse_error(line: str) -> None:
    """Any line, or any field of a valid record set to any value, is an article or a ParseError; articles read back."""
    _check_line(line)


@_hostile(ci=300, dev=100)
@given(line=_lines)
def test_any_json_structure_gives_an_article_or_parse_error(line: str) -> None:
    """Arbitrary JSON structures, records with random fields: an article or a ParseError."""
    _check_line(line)


def _refuse(name: str) -> Any:
    raise AssertionError(f"non-strict JSON constant {name}")


# -- the full analysis of any string ------------------------------------------------------

_TOKENS = [
    "1", " 000", "000", ",5", "миллиона", "млрд", "тонн", "%", "процента", "долларов", " ", "\n", "\r\n", "«", "»",
    "—", "–", "-", "заявил", "сказал", "Иван Петров", "министр", "по его словам,", ": ", "2025 года", "в марте",
    "date 2025-01-02 ", "Автор: ", "Фото: ", "КАРАГАНДА, 14 мая. /ТАСС/.", "около", "более", "до", "от", "в",
    "раза", "вдвое", "полтора", "\u00a0", "\u2009", "…", ".", "?", "!", "\ufffd", "\x00", "\udcff",
]  # fmt: skip
_texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_TOKENS), max_size=60).map("".join),
    st.text(alphabet=_RUSSIAN, max_size=300),
)


@_hostile(ci=2_000, dev=200)
@given(text=_texts)
def test_any_text_is_analysed_or_refused_with_kzaz_error(text: str) -> None:
    """Any str: an article whose records slice the text, finite values, strict JSON that reads back; or KzazError."""
    try:
        article = Article.from_text(text, id="x")
    except KzazError:
        return
    assert article.text == text
    for q in article.quotes:
        assert text[q.start : q.end] == q.text
    for m in article.metrics:
        assert text[m.start : m.end] == m.surface
        assert math.isfinite(m.value) and (m.high is None or math.isfinite(m.high))
    for d in article.dates:
        assert text[d.start : d.end] == d.surface
    line = article.to_json()
    json.loads(line, parse_constant=_refuse)
    assert Article.from_json(line) == article
