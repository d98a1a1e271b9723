"""Corpus loading: encodings, bad files, lookup, filtering and the JSONL round trip."""

from __future__ import annotations

import codecs
import datetime as dt
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzaz_corpus import Article, Corpus, KzazError, LoadError, SourceError, load_seeds
from kzaz_corpus.corpus import decode_bytes, iter_directory, read_article

BODY = "date 2025-03-04 Министр заявил, что экспорт вырос.\n\nВторой абзац с ёлкой и «кавычками»."


# -- the seeds ----------------------------------------------------------------


def test_seeds_load_from_the_package() -> None:
    """The five seeds ship inside the package with their header dates."""
    corpus = load_seeds()
    assert len(corpus) == 5
    assert [a.date.isoformat() if a.date else None for a in corpus] == [
        "2025-10-22",
        "2025-10-21",
        None,
        "2025-12-29",
        None,
    ]
    assert not corpus.errors


def test_seed_ids_are_file_stems_in_order() -> None:
    """Ids are file stems and iteration follows id order."""
    ids = load_seeds().ids
    assert list(ids) == sorted(ids)
    assert all(i[:3].isdigit() for i in ids)


# -- decoding -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("cp1251", b""),
        ("utf-16", b""),
    ],
    ids=["utf8", "utf8-bom", "windows-1251", "utf16"],
)
def test_decode_common_encodings(encoding: str, prefix: bytes) -> None:
    """Every encoding real Russian files come in decodes to the same text."""
    assert decode_bytes(prefix + BODY.encode(encoding)) == BODY


def test_decode_koi8r() -> None:
    """KOI8-R (which has no guillemets) decodes too."""
    text = "Президент Казахстана заявил, что товарооборот вырос на пять процентов."
    assert decode_bytes(text.encode("koi8_r")) == text


def test_decode_rejects_binary() -> None:
    """Bytes with NUL are binary, and the error names the file."""
    with pytest.raises(SourceError) as info:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "pic.png")
    assert info.value.path == "pic.png"
    assert "binary" in info.value.reason


def test_crlf_and_exotic_spaces_keep_offsets(tmp_path: Path) -> None:
    """CRLF and NBSP/thin spaces are kept, so offsets index the text as read."""
    text = "date 2025-03-04 Заголовок\r\n\r\nЭкспорт\u00a0вырос на\u202f5\u2009%.\r\n"
    p = tmp_path / "crlf.txt"
    p.write_bytes(text.encode("utf-8"))
    art = read_article(p)
    assert art.text == text
    assert art.date == dt.date(2025, 3, 4)
    for para in art.paragraphs:
        chunk = art.text[para.start : para.end]
        assert chunk == chunk.strip()
        assert "\r" not in chunk and "\n" not in chunk


# -- directories and bad input --------------------------------------------------


def _mixed_directory(root: Path) -> None:
    (root / "a_utf8.txt").write_text(BODY, encoding="utf-8")
    (root / "b_cp1251.txt").write_bytes(BODY.replace("«", '"').replace("»", '"').encode("cp1251"))
    (root / "c_empty.txt").write_bytes(b"")
    (root / "d_binary.txt").write_bytes(bytes(range(256)) * 4)


def test_directory_with_a_bad_file_loads_the_rest(tmp_path: Path) -> None:
    """A good UTF-8 file, a Windows-1251 file, an empty file and a binary file: 3 articles, 1 error."""
    _mixed_directory(tmp_path)
    corpus = Corpus.from_directory(tmp_path)
    assert corpus.ids == ("a_utf8", "b_cp1251", "c_empty")
    assert len(corpus.errors) == 1
    error = corpus.errors[0]
    assert error.path.endswith("d_binary.txt")
    assert "binary" in error.reason
    assert corpus["c_empty"].text == ""
    assert corpus["b_cp1251"].date == dt.date(2025, 3, 4)


def test_strict_raises_naming_the_file(tmp_path: Path) -> None:
    """strict=True turns the first bad file into a SourceError that names it."""
    _mixed_directory(tmp_path)
    with pytest.raises(SourceError) as info:
        Corpus.from_directory(tmp_path, strict=True)
    assert info.value.path.endswith("d_binary.txt")
    assert isinstance(info.value, KzazError) and isinstance(info.value, ValueError)


def test_missing_directory_is_a_source_error(tmp_path: Path) -> None:
    """A path that is not a directory is reported as such."""
    with pytest.raises(SourceError, match="not a directory"):
        Corpus.from_directory(tmp_path / "nope")


def test_iter_directory_is_lazy(tmp_path: Path) -> None:
    """iter_directory yields one item per file without loading them all first."""
    _mixed_directory(tmp_path)
    it = iter_directory(tmp_path)
    first = next(it)
    assert isinstance(first, Article) and first.id == "a_utf8"
    rest = list(it)
    assert [type(x).__name__ for x in rest] == ["Article", "Article", "LoadError"]


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    """A path that cannot be opened becomes a SourceError with the OS reason."""
    with pytest.raises(SourceError, match="cannot read file"):
        read_article(tmp_path / "missing.txt")


def test_errors_pickle() -> None:
    """Errors survive pickling (they cross process boundaries in parallel runs)."""
    err = pickle.loads(pickle.dumps(SourceError("x.txt", "binary")))
    assert (err.path, err.reason) == ("x.txt", "binary")


# -- container protocol and selection -------------------------------------------


def test_lookup_and_filter() -> None:
    """Lookup by id and position, membership, date-range and predicate filters."""
    corpus = Corpus.from_texts(
        {
            "b": "date 2025-02-01 Б.",
            "a": "date 2025-01-01 А.",
            "c": "Без даты.",
        }
    )
    assert corpus["a"].id == corpus[0].id == "a"
    assert "c" in corpus and "z" not in corpus
    with pytest.raises(KeyError):
        corpus["z"]
    assert corpus.filter(start=dt.date(2025, 1, 15)).ids == ("b",)
    assert corpus.filter(end=dt.date(2025, 1, 15)).ids == ("a",)
    assert corpus.filter(lambda a: a.date is None).ids == ("c",)
    assert repr(corpus) == "Corpus(3 articles, 2025-01-01..2025-02-01)"


def test_corpus_is_immutable_and_hashable() -> None:
    """Corpus and Article are frozen; equal corpora hash equal."""
    c1 = Corpus.from_texts({"a": BODY})
    c2 = Corpus.from_texts({"a": BODY})
    assert c1 == c2 and hash(c1) == hash(c2)
    with pytest.raises(AttributeError):
        c1.articles = ()  # type: ignore[misc]


# -- JSON Lines round trip -------------------------------------------------------


def test_jsonl_round_trip_keeps_errors(tmp_path: Path) -> None:
    """Articles and load errors both survive to_jsonl/from_jsonl."""
    (tmp_path / "in").mkdir()
    _mixed_directory(tmp_path / "in")
    corpus = Corpus.from_directory(tmp_path / "in")
    out = tmp_path / "c.jsonl"
    corpus.to_jsonl(out)
    back = Corpus.from_jsonl(out)
    assert back == corpus
    assert back.errors == corpus.errors


def test_from_jsonl_reports_bad_lines(tmp_path: Path) -> None:
    """A broken line is a SourceError naming the file and the line."""
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": ""}\n{not json\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.jsonl:2: invalid JSON") as info:
        Corpus.from_jsonl(p)
    assert info.value.line == 2


_ids = st.text(alphabet="abcdefghij0123456789_-", min_size=1, max_size=12)
_texts = st.text(
    alphabet=st.characters(codec="utf-8"),
    max_size=300,
)
_russian = st.text(
    alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗ «»\"–—-.,:;!?0123456789%$\n\r\u00a0",
    max_size=300,
)


@given(st.dictionaries(_ids, st.one_of(_texts, _russian), max_size=4))
def test_jsonl_round_trips_any_corpus(texts: dict[str, str]) -> None:
    """Any corpus written to JSON Lines reads back equal."""
    import tempfile

    corpus = Corpus.from_texts(texts)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "c.jsonl"
        corpus.to_jsonl(path)
        assert Corpus.from_jsonl(path) == corpus


@given(st.binary(max_size=400))
def test_decoding_never_crashes(data: bytes) -> None:
    """Any bytes either decode or raise SourceError; nothing else escapes."""
    try:
        text = decode_bytes(data, "x.txt")
    except SourceError as exc:
        assert exc.path == "x.txt"
    else:
        assert isinstance(text, str)


def test_load_error_record() -> None:
    """LoadError is a plain frozen record."""
    assert LoadError(path="p", reason="r") == LoadError(path="p", reason="r")
