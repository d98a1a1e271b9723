"""Corpus loading: encodings, bad files, lookup, filtering and the JSONL round trip."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kzaz_corpus import Article, Corpus, KzazError, LoadError, SourceError, load_seeds
from kzaz_corpus.corpus import decode_bytes, iter_directory, read_article
from kzaz_corpus.errors import DuplicateIdError

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


# -- decoding: Russian letter statistics, BOMs, replacements --------------------

SHORT_PROBES = (
    "Минск и Ташкент подписали соглашение.",
    "Шымкент принял делегацию из Баку.",
    "Он сказал: да, мы готовы.",
    "Ёлку поставили на площади.",
    "Цены на хлеб выросли.",
    "ЭКСПОРТ ЗЕРНА ВЫРОС",
    "Товарооборот достиг 5 млрд.",
    "Щедрый урожай: 12% прироста",
    "Эхо саммита в Астане",
    "Юрий Фёдоров ответил журналистам",
    # In KOI8-R these capitals score next to Mac Cyrillic: the dictionary still decides.
    "ПШЕНИЦЫ ПШЕНИЦЫ ПШЕНИЦЫ ПШЕНИЦЫ ПШЕНИЦЫ",
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("text", SHORT_PROBES)
def test_short_single_byte_texts_decode_exactly(text: str, encoding: str) -> None:
    """Short Windows-1251 and KOI8-R texts decode exactly, never as Mac Cyrillic or the other code page."""
    assert decode_bytes(text.encode(encoding)) == text


_WORDS = (
    "министр президент заявил сообщил экспорт урожай пшеницы тонн процентов соглашение встреча "
    "делегация вырос снизился город области компания переговоры газ нефть цены рынок банк году "
    "марте октябре Астана Баку Минск Ташкент Алматы Иван Петров Анна Смирнова и в на с по о что"
).split()
_sentences = (
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=10)
    .map(" ".join)
    .filter(lambda t: sum(c.isalpha() for c in t) >= 20)
)


@given(text=_sentences, encoding=st.sampled_from(["cp1251", "koi8_r"]), case=st.sampled_from(["", "title", "caps"]))
def test_russian_sentences_decode_exactly(text: str, encoding: str, case: str) -> None:
    """
    Any sentence of twenty letters or more round-trips through Windows-1251 and KOI8-R; in capitals, of 25 or more.

    KOI8-R capitals are the bytes of Windows-1251 lower-case letters, so a text in capitals needs
    more letters to tell the two apart (``ПО ЦЕНЫ ЦЕНЫ С ЦЕНЫ ПШЕНИЦЫ``, 22 letters, stays ambiguous).
    """
    assume(case != "caps" or sum(c.isalpha() for c in text) >= 25)
    text = {"": text, "title": text[0].upper() + text[1:], "caps": text.upper()}[case]
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "text",
    ["ПРЕЗИДЕНТ ПРЕЗИДЕНТ ПРОЦЕНТОВ", "ПШЕНИЦЫ ПШЕНИЦЫ ПШЕНИЦЫ КОМПАНИЯ", "экспорт пшеницы вырос"],
)
@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_capitals_and_lower_case_are_told_apart_by_the_dictionary(text: str, encoding: str) -> None:
    """Windows-1251 and KOI8-R swap the cases: the reading whose words the dictionary knows wins."""
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-be", "utf-16-le"])
def test_unicode_with_a_bom(codec: str) -> None:
    """UTF-32 and UTF-16 with a byte order mark decode exactly (UTF-32 is not taken for UTF-16)."""
    bom = {
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
    }.get(codec, b"")
    assert decode_bytes(bom + BODY.encode(codec)) == BODY


def test_bad_byte_in_utf8_keeps_the_file_with_a_warning(tmp_path: Path) -> None:
    """One bad byte in a UTF-8 file: the article is kept (U+FFFD in place) and a warning names the byte offset."""
    data = BODY.encode("utf-8")
    cut = data.index("экспорт".encode())
    (tmp_path / "a.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    corpus = Corpus.from_directory(tmp_path)
    assert corpus.ids == ("a",)
    text = corpus["a"].text
    assert text == BODY.replace("экспорт", "\ufffdэкспорт")
    (warning,) = corpus.errors
    assert warning.severity == "warning" and warning.is_warning
    assert f"first at byte {cut}" in warning.reason and "1 undecodable byte" in warning.reason
    strict = Corpus.from_directory(tmp_path, errors="strict")
    assert len(strict) == 0 and f"invalid UTF-8 at byte {cut}" in strict.errors[0].reason
    assert strict.errors[0].severity == "error"


def test_encoding_option(tmp_path: Path) -> None:
    """encoding= forces a codec; an unknown codec or errors value is a ValueError up front."""
    (tmp_path / "a.txt").write_bytes("Цены выросли.".encode("cp866"))
    assert Corpus.from_directory(tmp_path, encoding="cp866")["a"].text == "Цены выросли."
    with pytest.raises(ValueError, match="unknown encoding"):
        Corpus.from_directory(tmp_path, encoding="no-such-codec")
    with pytest.raises(ValueError, match="not a text encoding"):
        Corpus.from_directory(tmp_path, encoding="rot13")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe-")
    corpus = Corpus.from_directory(tmp_path, encoding="idna")  # a codec with its own kind of error
    assert len(corpus) + sum(not e.is_warning for e in corpus.errors) == 2
    with pytest.raises(ValueError, match="errors must be"):
        Corpus.from_directory(tmp_path, errors="ignore")


def test_warning_round_trips_through_jsonl(tmp_path: Path) -> None:
    """A warning is written with its severity and read back."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes("Рост на 5%.".encode() + b"\xfe")
    corpus = Corpus.from_directory(tmp_path / "in")
    corpus.to_jsonl(tmp_path / "c.jsonl")
    assert '"severity": "warning"' in (tmp_path / "c.jsonl").read_text(encoding="utf-8")
    assert Corpus.from_jsonl(tmp_path / "c.jsonl") == corpus


# -- files that must not vanish or hang -----------------------------------------


@pytest.fixture()
def no_hang() -> Iterator[None]:
    """Fail the test instead of hanging (a FIFO opened for reading waits for a writer)."""
    import signal

    def boom(signum: int, frame: object) -> None:
        raise TimeoutError("the loader hung")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _hostile_directory(root: Path) -> None:
    (root / "good.txt").write_text(BODY, encoding="utf-8")
    os.symlink(root / "loop_b.txt", root / "loop_a.txt")
    os.symlink(root / "loop_a.txt", root / "loop_b.txt")
    os.symlink(root / "missing", root / "dangling.txt")
    os.symlink("/dev/zero", root / "zero.txt")
    os.mkfifo(root / "fifo.txt")
    (root / "dir.txt").mkdir()


@pytest.mark.parametrize("workers", [None, 2], ids=["serial", "two-workers"])
def test_hostile_files_each_leave_an_entry(tmp_path: Path, workers: int | None, no_hang: None) -> None:
    """A link loop, a dangling link, a link to /dev/zero and a FIFO each give an error; the good file loads."""
    _hostile_directory(tmp_path)
    corpus = Corpus.from_directory(tmp_path, workers=workers)
    assert corpus.ids == ("good",)
    reasons = {Path(e.path).name: e.reason for e in corpus.errors}
    assert reasons == {
        "dangling.txt": "broken symbolic link (its target does not exist)",
        "fifo.txt": "not a regular file (a FIFO (named pipe))",
        "loop_a.txt": "symbolic link loop",
        "loop_b.txt": "symbolic link loop",
        "zero.txt": "not a regular file (a character device)",
    }


def test_explicit_fifo_does_not_hang(tmp_path: Path, no_hang: None) -> None:
    """Reading a FIFO by name raises at once instead of waiting for a writer."""
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(SourceError, match="FIFO"):
        read_article(tmp_path / "pipe.txt")


@pytest.mark.parametrize(
    ("pattern", "message"),
    [("../*.py", "'..' would leave the directory"), ("", "empty"), ("/etc/*.conf", "absolute"), ("a/../../*", "'..'")],
    ids=["parent", "empty", "absolute", "inner-parent"],
)
def test_bad_patterns_are_typed_errors(tmp_path: Path, pattern: str, message: str) -> None:
    """Patterns that would leave the directory, or are empty, raise SourceError, not ValueError tracebacks."""
    (tmp_path / "a.txt").write_text("Текст.", encoding="utf-8")
    with pytest.raises(SourceError, match=message):
        Corpus.from_directory(tmp_path, pattern=pattern)


def test_recursive_pattern_reads_subdirectories(tmp_path: Path) -> None:
    """A recursive pattern finds files in subdirectories; their ids keep the relative path."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text("Текст.", encoding="utf-8")
    (tmp_path / "x.txt").write_text("Текст.", encoding="utf-8")
    assert Corpus.from_directory(tmp_path, pattern="**/*.txt").ids == ("a/x", "b/x", "x")


# -- ids ------------------------------------------------------------------------------


def test_ids_are_unique_by_construction(tmp_path: Path) -> None:
    """Two directories each holding x.txt give ids a/x and b/x; same stem, different extension keep it."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text("Текст.", encoding="utf-8")
    assert Corpus.from_directory(tmp_path, pattern="*/x.txt").ids == ("a/x", "b/x")
    (tmp_path / "y.txt").write_text("Текст.", encoding="utf-8")
    (tmp_path / "y.md").write_text("Текст.", encoding="utf-8")
    assert Corpus.from_directory(tmp_path, pattern="y.*").ids == ("y.md", "y.txt")


def test_corpus_refuses_duplicate_ids() -> None:
    """A corpus with two articles of one id is an error, not a lookup that returns the first."""
    a = Article(id="x", text="а")
    with pytest.raises(DuplicateIdError, match="'x'") as info:
        Corpus(articles=[a, Article(id="x", text="б")])
    assert isinstance(info.value, KzazError) and info.value.id == "x"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_undecodable_file_name(tmp_path: Path) -> None:
    """A file name with a byte that is not UTF-8 gives a clean id; JSON Lines and tables work."""
    name = os.fsdecode(b"x_\xff.txt")
    (tmp_path / name).write_text("Рост на 5%.", encoding="utf-8")
    corpus = Corpus.from_directory(tmp_path)
    assert corpus.ids == ("x_\\xff",)
    corpus.to_jsonl(tmp_path / "c.jsonl")
    assert Corpus.from_jsonl(tmp_path / "c.jsonl") == corpus


def test_lone_surrogates_are_written_safely(tmp_path: Path) -> None:
    """Ids and texts with lone surrogates write to JSON Lines (escaped) and read back equal."""
    corpus = Corpus.from_texts({"x_\udcff": "Рост\udcfe на 5%."})
    corpus.to_jsonl(tmp_path / "c.jsonl")
    raw = (tmp_path / "c.jsonl").read_bytes()
    assert b"\\udcff" in raw and "Рост".encode() in raw
    assert Corpus.from_jsonl(tmp_path / "c.jsonl") == corpus


# -- analysis errors never lose the other files ---------------------------------------


@pytest.fixture()
def buggy_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the metrics extractor fail with an internal error on texts containing 'ОШИБКА'."""
    from kzaz_corpus.stages import metrics

    original = metrics.run

    def broken(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if "ОШИБКА" in doc.text:
            raise IndexError("tuple index out of range")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(metrics, "run", broken)


def test_internal_error_propagates_from_from_text(buggy_extractor: None) -> None:
    """An extractor's bug is not dressed up as a ParseError: it propagates as itself."""
    with pytest.raises(IndexError):
        Article.from_text("ОШИБКА", id="x")


@pytest.mark.parametrize("workers", [None, 2], ids=["serial", "two-workers"])
def test_internal_error_is_recorded_per_file(tmp_path: Path, buggy_extractor: None, workers: int | None) -> None:
    """A file whose analysis hits a bug becomes an error entry with the exception type; the rest load."""
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("ОШИБКА", encoding="utf-8")
    (tmp_path / "c.txt").write_text(BODY, encoding="utf-8")
    corpus = Corpus.from_directory(tmp_path, workers=workers)
    assert corpus.ids == ("a", "c")
    (error,) = corpus.errors
    assert Path(error.path).name == "b.txt"
    assert error.reason == "internal error: IndexError: tuple index out of range"
    with pytest.raises(SourceError, match="IndexError"):
        Corpus.from_directory(tmp_path, strict=True)


def test_internal_error_in_from_texts(buggy_extractor: None) -> None:
    """from_texts keeps the texts that work and records the one that does not."""
    corpus = Corpus.from_texts({"a": "Текст.", "b": "ОШИБКА"})
    assert corpus.ids == ("a",)
    assert corpus.errors == (LoadError(path="b", reason="internal error: IndexError: tuple index out of range"),)


def test_huge_numbers_do_not_take_the_corpus_down(tmp_path: Path) -> None:
    """Numbers of a hundred digit groups and more: every file gives an item, and the JSON stays strict."""
    for groups in (99, 100, 103, 400):
        (tmp_path / f"n{groups}.txt").write_text("Рост составил 1" + " 000" * groups + " тонн.", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    corpus = Corpus.from_directory(tmp_path)
    assert len(corpus) + len(corpus.errors) == 5 and "ok" in corpus
    for line in corpus.iter_json():
        json.loads(line, parse_constant=lambda name: pytest.fail(f"non-strict JSON constant {name}"))
    for a in corpus:
        assert all(math.isfinite(m.value) and (m.high is None or math.isfinite(m.high)) for m in a.metrics)


# -- JSON Lines: every field checked, errors name file, line and field --------------------


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    p = tmp_path / "c.jsonl"
    p.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return p


GOOD = '{"id": "a", "text": "Рост на 5%."}'


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"id": "b", "text": "abcdef", "quotes": [{"start": "1", "end": 3, "text": "bc", "kind": "direct"}]}',
            "quotes[0].start: expected a non-negative integer, got '1'",
        ),
        ('{"id": "b", "text": "", "quotes": [5]}', "quotes[0]: expected a Quote object, got 5"),
        ('{"id": "b", "text": "", "date": 20250101}', "date: expected an ISO date (YYYY-MM-DD), got 20250101"),
        (
            '{"id": "b", "text": "ab", "metrics": [{"start": 0, "end": 1, "surface": "a", "value": 1e999}]}',
            "metrics[0].value: expected a finite number, got inf",
        ),
        ('{"id": "b", "text": "ab", "paragraphs": [{"start": 0, "end": 9}]}', "paragraphs[0].end: expected an offset"),
        ('{"id": "b", "text": "ab", "paragraphs": [{"start": 2, "end": 1}]}', "paragraphs[0].end: expected an offset"),
        (
            '{"id": "b", "text": "", "quotes": [{"start": 0, "end": 0, "text": "", "kind": "shout"}]}',
            "quotes[0].kind: expected one of 'direct', 'indirect', got 'shout'",
        ),
        ('{"id": "b", "text": "", "author": ["x"]}', "author: expected a string, got a JSON array"),
        ('{"id": "a", "text": ""}', "id: expected an id not used on an earlier line, got 'a'"),
        ("[" * 100_000, "invalid JSON: nested too deeply"),
        ('{"id": "b", "text": "", "quotes": [' + "9" * 5000 + "]}", "invalid JSON: Exceeds the limit"),
        ('{"id": "b", "text": "", "metrics": NaN}', "invalid JSON: expected a finite number, got NaN"),
        ('{"type": "error", "path": 3, "reason": "x"}', "path: expected a string, got 3"),
    ],
    ids=[
        "start-string",
        "quote-int",
        "date-int",
        "value-inf",
        "end-past-text",
        "end-before-start",
        "kind-unknown",
        "author-list",
        "duplicate-id",
        "deep-nesting",
        "huge-int",
        "nan",
        "error-record",
    ],
)
def test_from_jsonl_checks_every_field(tmp_path: Path, line: str, message: str) -> None:
    """A bad record raises SourceError 'file:line: field: expected …, got …'."""
    p = _jsonl(tmp_path, GOOD, line)
    with pytest.raises(SourceError) as info:
        Corpus.from_jsonl(p)
    assert str(info.value).startswith(f"{p}:2: ")
    assert message in str(info.value)
    assert isinstance(info.value, KzazError)


def test_html_of_a_checked_record_has_no_live_markup(tmp_path: Path) -> None:
    """A record that smuggles markup in a string field is shown escaped; a non-integer offset never gets in."""
    evil = "<img src=x onerror=alert(1)>"
    line = json.dumps({"id": evil, "text": evil, "author": evil, "quotes": [], "metrics": []})
    corpus = Corpus.from_jsonl(_jsonl(tmp_path, line))
    for html in (corpus._repr_html_(), corpus[0]._repr_html_()):
        assert "<img" not in html and "&lt;img" in html
    bad = json.dumps({"id": "b", "text": "abc", "quotes": [{"start": evil, "end": 1, "text": "a", "kind": "direct"}]})
    with pytest.raises(SourceError, match=r"quotes\[0\]\.start"):
        Corpus.from_jsonl(_jsonl(tmp_path, bad))
