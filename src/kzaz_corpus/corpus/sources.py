"""
Reading files: listing a directory, reading bytes safely, decoding them, and
turning a path into an article.

Facts:

- Real files are UTF-8 with or without a BOM, Windows-1251, KOI8-R, UTF-16
  or UTF-32 with a BOM, with CRLF line ends and exotic spaces. Bytes are
  decoded once here; the decoded text is kept exactly, so offsets stay true
  to what the user reads back.
- Without a BOM and when the bytes are not valid UTF-8, every candidate
  decoding is judged by Russian letter statistics (letter frequencies,
  letter case inside words, vowels in words): the right code page spells
  common letters in words that look like words, the wrong ones spell rare
  letters, symbols and mixed case. This works on texts of a few words.
- A file with a few undecodable bytes is kept: the bytes become U+FFFD (one
  character each, so offsets do not move) and a warning with the byte offset
  goes into the corpus's errors. ``errors="strict"`` rejects it instead.
- One bad file never loses the others: it becomes a :class:`LoadError`,
  unless ``strict=True`` asks for an exception. An error inside the analysis
  itself (a bug) is recorded the same way, with the exception type.
- Only regular files are read. A symbolic link loop, a dangling link, a
  device, a FIFO or a socket is an error entry, never a hang; so is a file
  larger than :data:`MAX_BYTES`.
- Article ids are file paths relative to the directory read, without the
  extension, so they are unique by construction; bytes of a file name that
  are not UTF-8 are written as ``\\xNN``.
- An empty file is an article with an empty body, not an error.
"""

from __future__ import annotations

import codecs
import collections
import datetime as _dt
import functools
import math
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PurePath
from typing import Literal, TypeAlias

from attrs import frozen

from ..article import Article
from ..errors import KzazError, SourceError
from ..model import json_line

__all__ = [
    "MAX_BYTES",
    "Decoded",
    "KnownDates",
    "LoadError",
    "check_options",
    "check_pattern",
    "decode",
    "decode_bytes",
    "known_date",
    "list_files",
    "load_file",
    "load_path",
    "path_ids",
    "read_article",
    "read_bytes",
]

#: The largest file read, in bytes (64 MiB), where a news article is a few kilobytes.
MAX_BYTES = 64 * 1024 * 1024

Severity = Literal["error", "warning"]

#: Single-byte code pages tried when the bytes are not UTF-8, with a prior
#: (added to the score) that breaks near ties in favour of the common ones.
_SINGLE_BYTE = (("cp1251", 0.0), ("koi8_r", -1.0), ("cp866", -3.0), ("iso8859_5", -3.0), ("mac_cyrillic", -8.0))

#: The ``errors=`` values the loaders accept.
_ERROR_MODES = ("strict", "replace")

#: Bytes of a file judged, at most: the statistics settle long before.
_SAMPLE = 1 << 16

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_NAMES = {"utf-32": "UTF-32", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}


@frozen
class LoadError:
    """
    A file that could not be turned into an article, or a warning about one that was.

    Attributes:
        path: The file (or the id of a text) concerned.
        reason: What went wrong, in words.
        severity: ``"error"`` when the file gave no article; ``"warning"``
            when it did, with a problem worth knowing (bytes that could not
            be decoded and were replaced).

    >>> LoadError(path="a.txt", reason="binary content")
    LoadError(path='a.txt', reason='binary content', severity='error')

    .. versionadded:: 0.1.0
    """

    path: str
    reason: str
    severity: Severity = "error"

    @property
    def is_warning(self) -> bool:
        """
        Whether the file still gave an article.

        >>> LoadError(path="a.txt", reason="1 byte replaced", severity="warning").is_warning
        True
        """
        return self.severity == "warning"

    def to_dict(self) -> dict[str, str]:
        """
        Return the record as the dict :meth:`to_json` writes.

        >>> LoadError(path="a.txt", reason="r", severity="warning").to_dict()["severity"]
        'warning'
        """
        out = {"type": "error", "path": self.path, "reason": self.reason}
        if self.severity != "error":
            out["severity"] = self.severity
        return out

    def to_json(self) -> str:
        """
        Return the error as the JSON line that :meth:`Corpus.to_jsonl` writes.

        >>> LoadError(path="a.txt", reason="binary content").to_json()
        '{"type": "error", "path": "a.txt", "reason": "binary content"}'
        """
        return json_line(self.to_dict())


# -- decoding -----------------------------------------------------------------


@frozen
class Decoded:
    """
    Bytes decoded to text, with how.

    Attributes:
        text: The text (without a byte order mark).
        encoding: The codec used (``"utf-8"``, ``"cp1251"``, …).
        replaced: How many undecodable bytes became U+FFFD.
        first_bad: The byte offset of the first of them, or ``None``.

    >>> decode("Да".encode("cp1251"))
    Decoded(text='Да', encoding='cp1251', replaced=0, first_bad=None)

    .. versionadded:: 0.1.0
    """

    text: str
    encoding: str
    replaced: int = 0
    first_bad: int | None = None

    def warning(self) -> str | None:
        """
        The warning to record when bytes were replaced, else ``None``.

        >>> decode("Рост на 5% ".encode() + b"\\xff", errors="replace").warning()
        'decoded as utf-8 with 1 undecodable byte replaced by U+FFFD (first at byte 17)'
        """
        if not self.replaced:
            return None
        plural = "byte" if self.replaced == 1 else "bytes"
        return (
            f"decoded as {self.encoding} with {self.replaced} undecodable {plural} replaced by U+FFFD "
            f"(first at byte {self.first_bad})"
        )


@functools.cache
def _letters() -> tuple[dict[str, float], frozenset[str]]:
    from ..lexicon.tables import read_table

    logp = {row[0]: math.log(float(row[1]) / 100) for row in read_table("letters.tsv")}
    vowels = frozenset(row[0] for row in read_table("letters.tsv") if row[2] == "v")
    return logp, vowels


#: Non-ASCII characters that are common in Russian news but are not letters.
_PUNCT = frozenset("«»—–…„“”’‘\u00a0\u2009\u202f\u2011•·")
_NUMERO = "№"


#: Character classes of the letter statistics, one byte per character of a decoded text:
#: vowels ``a``/``A``, ``ы`` ``y``/``Y``, ``ь ъ`` ``s``/``S``, ``й`` ``j``/``J``, other letters
#: ``b``/``B`` (upper case in capitals), anything else ``o``.
_PENALTIES = (
    (re.compile(rb"[absjy][ABSJY]"), 6.0),  # upper case inside a lower-case word
    (re.compile(rb"(?<=[ABSJY])[ABSJY]"), 0.3),  # capitals: rarer than lower case
    (re.compile(rb"(?<![aAbBsSjJyY])[sSyY]"), 6.0),  # ь, ъ or ы opening a word
    (re.compile(rb"(?<=[aAyYsS])[sSyY]"), 6.0),  # ... or after a vowel or a sign
    (re.compile(rb"(?<=[bBsSjJ])[jJ]"), 4.0),  # й after a consonant
    (re.compile(rb"(?<![aAbBsSjJyY])[bBsSjJ]{3,}(?![aAbBsSjJyY])"), 6.0),  # a long word without a vowel
)


def _char_class(ch: str) -> tuple[float, int, bool]:
    """The score, class byte and junk flag of one decoded character."""
    logp, vowels = _letters()
    low = ch.lower()
    if low in logp:
        cls = "y" if low == "ы" else "s" if low in "ьъ" else "j" if low == "й" else "a" if low in vowels else "b"
        return logp[low], ord(cls.upper() if ch != low else cls), False
    if ch < "\x80":
        ok = ch.isprintable() or ch in "\t\n\r\f\v"
        return (0.0 if ok else -20.0), ord("o"), not ok
    if ch in _PUNCT:
        return -3.0, ord("o"), False
    if ch == _NUMERO:
        return -6.0, ord("o"), False
    return (-8.0 if ch.isalpha() else -20.0), ord("o"), not ch.isalnum()


@functools.cache
def _byte_tables(encoding: str) -> tuple[tuple[float, ...], bytes, frozenset[int]]:
    """For a single-byte code page: each byte's score, class byte, and the bytes that are junk."""
    scores, classes, junk = [], bytearray(), set()
    for b in range(256):
        score, cls, bad = _char_class(bytes([b]).decode(encoding, "replace"))
        scores.append(score)
        classes.append(cls)
        if bad:
            junk.add(b)
    return tuple(scores), bytes(classes), frozenset(junk)


def _score_bytes(data: bytes, encoding: str) -> float:
    """Russian letter statistics of *data* read in a single-byte *encoding*: higher is more like Russian."""
    scores, classes, _ = _byte_tables(encoding)
    total = sum(n * scores[b] for b, n in collections.Counter(data).items())
    shape = data.translate(classes)
    return total - sum(weight * len(rx.findall(shape)) for rx, weight in _PENALTIES)


def _as_cp1251(text: str) -> bytes:
    """Text as Windows-1251 bytes for scoring: U+FFFD becomes a control byte (junk), unknown characters '?'."""
    return text.replace("\ufffd", "\x00").encode("cp1251", "replace")


def russian_score(text: str) -> float:
    """
    Score how much *text* looks like Russian: the log-probability of its letters, less penalties.

    >>> russian_score("Минск и Ташкент") > russian_score("ћинск и “ашкент")
    True
    """
    return _score_bytes(_as_cp1251(text), "cp1251")


_ESCAPED = re.compile("[\udc80-\udcff]")


def _utf8_with_replacements(data: bytes) -> Decoded:
    """Decode UTF-8, each undecodable byte becoming one U+FFFD; count them and note the first offset."""
    text = data.decode("utf-8", "surrogateescape")  # one escape character per bad byte
    first = _ESCAPED.search(text)
    if first is None:
        return Decoded(text, "utf-8")
    replaced = len(_ESCAPED.findall(text))
    offset = len(text[: first.start()].encode("utf-8", "surrogateescape"))
    return Decoded(_ESCAPED.sub("\ufffd", text), "utf-8", replaced, offset)


def _with_codec(data: bytes, encoding: str, errors: str, path: str | Path, label: str) -> Decoded:
    """Decode with a known codec, counting replacements, or raise naming the byte offset."""
    name = _BOM_NAMES.get(encoding, encoding)
    try:
        return Decoded(data.decode(encoding), name)
    except UnicodeError as exc:  # UnicodeDecodeError, or a codec's own complaint
        start = getattr(exc, "start", 0)
        reason = getattr(exc, "reason", str(exc))
        if errors == "strict":
            raise SourceError(path, f"undecodable {label} ({reason} at byte {start})") from exc
        try:
            text = data.decode(encoding, "replace")
        except UnicodeError as again:
            raise SourceError(path, f"undecodable {label} ({reason} at byte {start})") from again
        return Decoded(text, name, max(1, text.count("\ufffd")), start)


def check_options(encoding: str | None, errors: str) -> None:
    """
    Check the ``encoding=`` and ``errors=`` options of the loaders.

    Raises:
        ValueError: for an unknown codec or an *errors* other than ``"strict"`` or ``"replace"``.

    >>> check_options("cp1251", "replace")
    >>> check_options(None, "ignore")
    Traceback (most recent call last):
      ...
    ValueError: errors must be one of strict, replace, got 'ignore'
    """
    if errors not in _ERROR_MODES:
        raise ValueError(f"errors must be one of {', '.join(_ERROR_MODES)}, got {errors!r}")
    if encoding is not None:
        try:
            info = codecs.lookup(encoding)
        except LookupError as exc:
            raise ValueError(f"unknown encoding {encoding!r}") from exc
        if not getattr(info, "_is_text_encoding", True):  # rot13, hex, zlib: not bytes to text
            raise ValueError(f"unknown encoding {encoding!r}: not a text encoding")


#: The code pages whose readings are also checked against the dictionary: Windows-1251 and
#: KOI8-R swap upper and lower case, so a text in capitals read in the wrong one has
#: plausible letter statistics (``ПРЕЗИДЕНТ`` in Windows-1251 reads ``опегхдемр`` in KOI8-R).
_DICTIONARY_CHECKED = frozenset({"cp1251", "koi8_r"})
#: What each word the dictionary knows adds to a reading's score.
_KNOWN_WORD_BONUS = 6.0
_CYRILLIC_WORD_RE = re.compile(r"[а-яё]{3,}")


def _known_words(text: str, limit: int = 24) -> int:
    """
    How many of the first *limit* Cyrillic words of *text* (three letters or more, any case) the dictionary knows.

    >>> _known_words("ПРЕЗИДЕНТ ПРОВЕЛ ВСТРЕЧУ"), _known_words("опегхдемр опнбек бярпевс")
    (3, 0)
    """
    from ..lexicon.morph import analyzer

    known = analyzer().word_is_known
    words = _CYRILLIC_WORD_RE.findall(text[: limit * 40].lower())[:limit]
    return sum(1 for w in words if known(w))


def _guess(data: bytes, errors: str, path: str | Path) -> Decoded:
    """Choose among UTF-8 with replacements and the single-byte code pages by letter statistics."""
    sample = data[:_SAMPLE]
    utf8 = _utf8_with_replacements(sample)
    best, best_score = "utf-8", russian_score(utf8.text) - 10 * utf8.replaced
    scores = {encoding: _score_bytes(sample, encoding) + prior for encoding, prior in _SINGLE_BYTE}
    if _DICTIONARY_CHECKED <= set(sorted(scores, key=scores.__getitem__)[-3:]):
        # The two code pages that swap upper and lower case lead (Mac Cyrillic, close to Windows-1251 in lower
        # case, may stand between them): the dictionary tells them apart.
        for encoding in _DICTIONARY_CHECKED:
            scores[encoding] += _KNOWN_WORD_BONUS * _known_words(sample[:2048].decode(encoding, "replace"))
    for encoding, score in scores.items():
        if score > best_score:
            best, best_score = encoding, score
    if best == "utf-8":
        full = _utf8_with_replacements(data)
        if errors == "strict" or full.replaced * 4 > len(data):
            raise SourceError(
                path,
                f"invalid UTF-8 at byte {full.first_bad} ({full.replaced} undecodable "
                f"{'byte' if full.replaced == 1 else 'bytes'})",
            )
        return full
    junk = _byte_tables(best)[2]
    if sum(n for b, n in collections.Counter(sample).items() if b in junk) > 0.05 * len(sample):
        raise SourceError(path, "could not detect a text encoding (not UTF-8, Windows-1251 or KOI8-R)")
    return _with_codec(data, best, errors, path, best)


def decode(
    data: bytes, path: str | Path = "<bytes>", *, encoding: str | None = None, errors: str = "strict"
) -> Decoded:
    """
    Decode a news file's bytes, detecting the encoding unless *encoding* is given.

    A byte order mark decides first (UTF-32, UTF-8, UTF-16, and is dropped);
    then valid UTF-8; then the decoding that reads most like Russian among
    UTF-8 with replacements, Windows-1251, KOI8-R, CP866, ISO 8859-5 and Mac
    Cyrillic.

    Args:
        data: The bytes.
        path: The name to put in errors.
        encoding: A codec name to use instead of detection.
        errors: ``"strict"`` raises on undecodable bytes; ``"replace"`` turns
            each into U+FFFD and counts them in :attr:`Decoded.replaced`.

    Raises:
        SourceError: if the bytes are binary, undecodable (with
            ``errors="strict"``) or decode to no plausible text.
        ValueError: for an unknown *encoding* or *errors* value.

    >>> decode(codecs.BOM_UTF32_LE + "Да".encode("utf-32-le")).text
    'Да'
    >>> decode("Минск и Ташкент подписали".encode("cp1251")).text
    'Минск и Ташкент подписали'
    """
    check_options(encoding, errors)
    if encoding is not None:
        decoded = _with_codec(data, encoding, errors, path, encoding)
        return Decoded(decoded.text.removeprefix("\ufeff"), decoded.encoding, decoded.replaced, decoded.first_bad)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _with_codec(data, codec, errors, path, _BOM_NAMES[codec])
    if b"\x00" in data:
        raise SourceError(path, "binary content (NUL bytes), not a text file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return _guess(data, errors, path)


def decode_bytes(data: bytes, path: str | Path = "<bytes>", *, encoding: str | None = None) -> str:
    """
    Decode a news file's bytes to text, detecting its encoding (see :func:`~kzaz_corpus.corpus.sources.decode`).

    Undecodable bytes raise; use :func:`~kzaz_corpus.corpus.sources.decode` with ``errors="replace"`` to
    keep such text.

    Raises:
        SourceError: if the bytes are binary or decode to no plausible text.

    >>> decode_bytes("Привет".encode("cp1251"))
    'Привет'
    >>> decode_bytes(codecs.BOM_UTF8 + "Да".encode())
    'Да'
    """
    return decode(data, path, encoding=encoding).text


# -- files ----------------------------------------------------------------------

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    for test, kind in _KINDS:
        if test(mode):
            return f"not a regular file ({kind})"
    return "not a regular file"  # pragma: no cover - other file types


def _stat_reason(path: Path, exc: OSError) -> str:
    import errno

    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return "broken symbolic link (its target does not exist)"
    return f"cannot read file: {exc.strerror or exc}"


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """
    Read a regular file's bytes; anything else (a FIFO, a device, a link loop) is refused without blocking.

    Raises:
        SourceError: naming the file and what it is.

    >>> read_bytes("/dev/zero")
    Traceback (most recent call last):
      ...
    kzaz_corpus.errors.SourceError: /dev/zero: not a regular file (a character device)
    """
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        raise SourceError(p, _stat_reason(p, exc)) from exc
    reason = _not_regular(st.st_mode)
    if reason is None and st.st_size > max_bytes:
        reason = f"file too large ({st.st_size} bytes; the limit is {max_bytes})"
    if reason is not None:
        raise SourceError(p, reason)
    try:
        # O_NONBLOCK: if the file was swapped for a FIFO since stat, opening does not wait for a writer.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise SourceError(p, _stat_reason(p, exc)) from exc
    with os.fdopen(fd, "rb") as fh:
        reason = _not_regular(os.fstat(fh.fileno()).st_mode)
        if reason is not None:
            raise SourceError(p, reason)
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise SourceError(p, f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise SourceError(p, f"file too large (more than {max_bytes} bytes)")
    return data


def check_pattern(pattern: str) -> str:
    """
    Return *pattern* if it is a glob that stays inside a directory; else raise.

    Raises:
        SourceError: for an empty or absolute pattern, or one with ``..``.

    >>> check_pattern("*.txt")
    '*.txt'
    >>> check_pattern("../*.py")
    Traceback (most recent call last):
      ...
    kzaz_corpus.errors.SourceError: ../*.py: bad pattern: '..' would leave the directory
    """
    if not isinstance(pattern, str) or not pattern.strip():
        raise SourceError(str(pattern), "bad pattern: empty (use '*.txt' or '*')")
    pure = PurePath(pattern)
    if pure.is_absolute() or pattern.startswith(("/", "\\")) or pure.drive:
        raise SourceError(pattern, "bad pattern: absolute; give a pattern relative to the directory")
    if ".." in pure.parts:
        raise SourceError(pattern, "bad pattern: '..' would leave the directory")
    return pattern


def list_files(root: str | Path, pattern: str = "*.txt") -> list[Path]:
    """
    Return the paths under *root* matching *pattern*, in name order, leaving out directories.

    Everything else that matches is returned, including what cannot be read
    (link loops, dangling links, devices): reading it gives an error entry,
    so nothing vanishes without a trace.

    Raises:
        SourceError: if *root* is not a directory, cannot be listed, or the
            pattern is bad (see :func:`check_pattern`).

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     os.symlink(os.path.join(d, "gone"), os.path.join(d, "a.txt"))
    ...     [p.name for p in list_files(d)]
    ['a.txt']
    """
    base = Path(root)
    check_pattern(pattern)
    if not base.is_dir():
        raise SourceError(base, "not a directory")
    try:
        found = list(base.glob(pattern))
    except OSError as exc:
        raise SourceError(base, f"cannot list directory: {exc.strerror or exc}") from exc
    except (ValueError, NotImplementedError) as exc:
        raise SourceError(pattern, f"bad pattern: {exc}") from exc
    files = [p for p in found if not p.is_dir()]
    return sorted(files, key=lambda p: p.relative_to(base).as_posix())


def _clean(name: str) -> str:
    """A name from the file system, with the bytes that were not UTF-8 written as ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def path_ids(paths: Sequence[Path], root: str | Path | None = None) -> list[str]:
    """
    Give each path an id: its path relative to *root* (or its name), without the extension, unique.

    Two files that differ only in extension keep it; a name with bytes that
    are not UTF-8 has them written as ``\\xNN``.

    >>> path_ids([Path("d/a/x.txt"), Path("d/b/x.txt"), Path("d/y.txt"), Path("d/y.md")], "d")
    ['a/x', 'b/x', 'y.txt', 'y.md']
    """
    rels = []
    for p in paths:
        rel = PurePath(p.name) if root is None else PurePath(os.path.relpath(p, root))
        rels.append(rel)
    stems = [_clean(r.with_name(r.stem).as_posix() if r.suffix else r.as_posix()) for r in rels]
    counts: dict[str, int] = {}
    for s in stems:
        counts[s] = counts.get(s, 0) + 1
    ids = [s if counts[s] == 1 else _clean(r.as_posix()) for s, r in zip(stems, rels, strict=True)]
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        n = seen.get(i, 0)
        seen[i] = n + 1
        out.append(i if n == 0 else f"{i}~{n}")
    return out


# -- articles -------------------------------------------------------------------

#: Publication dates known from elsewhere, such as a feed or a database, as a mapping
#: of article id to date or a function of the id returning a date or ``None``.
KnownDates: TypeAlias = Mapping[str, _dt.date] | Callable[[str], "_dt.date | None"]


def known_date(dates: KnownDates | None, id: str) -> _dt.date | None:
    """
    Return the known publication date of article *id*, or ``None``.

    >>> known_date({"a": _dt.date(2025, 1, 2)}, "a"), known_date(lambda i: None, "a")
    (datetime.date(2025, 1, 2), None)
    """
    if dates is None:
        return None
    if callable(dates):
        return dates(id)
    return dates.get(id)


def _analyse(text: str, id: str, path: Path, date: _dt.date | None = None) -> Article:
    """Analyse a text; any failure, expected or a bug, becomes a SourceError naming the file."""
    try:
        return Article.from_text(text, id=id, date=date)
    except KzazError as exc:
        raise SourceError(path, f"cannot parse: {exc}") from exc
    except Exception as exc:  # a bug in an extractor: keep the other files
        raise SourceError(path, f"internal error: {type(exc).__name__}: {exc}") from exc


def load_file(
    path: str | Path,
    id: str | None = None,
    *,
    strict: bool = False,
    encoding: str | None = None,
    errors: str = "replace",
    date: _dt.date | None = None,
) -> tuple[Article | LoadError, ...]:
    """
    Read and analyse one file: the article, preceded by a warning if bytes were replaced, or the error.

    Args:
        path: The file to read.
        id: The article id (default: the file name without its extension).
        strict: Raise a :class:`SourceError` instead of returning a
            :class:`LoadError` (warnings are still returned).
        encoding: A codec to use instead of detection.
        errors: ``"replace"`` keeps a file with undecodable bytes (each one
            becomes U+FFFD) and adds a warning; ``"strict"`` rejects it.
        date: The publication date, when known from elsewhere: it overrides
            the header's (see :meth:`kzaz_corpus.Article.from_text`).

    Raises:
        SourceError: with ``strict=True``, if the file cannot be read, decoded or analysed.
        ValueError: for an unknown *encoding* or *errors* value.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "x.txt")
    ...     _ = open(p, "wb").write("Рост на 5%.".encode() + b"\\xff")
    ...     [type(x).__name__ for x in load_file(p)]
    ['LoadError', 'Article']

    .. versionadded:: 0.1.0
    """
    check_options(encoding, errors)
    p = Path(path)
    try:
        decoded = decode(read_bytes(p), p, encoding=encoding, errors=errors)
        article = _analyse(decoded.text, path_ids([p])[0] if id is None else id, p, date)
    except SourceError as exc:
        if strict:
            raise
        return (LoadError(path=str(path), reason=exc.reason),)
    warning = decoded.warning()
    if warning is None:
        return (article,)
    return (LoadError(path=str(path), reason=warning, severity="warning"), article)


def read_article(
    path: str | Path,
    id: str | None = None,
    *,
    encoding: str | None = None,
    errors: str = "strict",
    date: _dt.date | None = None,
) -> Article:
    """
    Read one file and parse it into an :class:`Article` (id: the file name without its extension).

    Raises:
        SourceError: if the file cannot be read, decoded or parsed.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "x.txt")
    ...     _ = open(p, "wb").write("date 2025-01-02 Текст.".encode("cp1251"))
    ...     read_article(p).date
    datetime.date(2025, 1, 2)
    """
    items = load_file(path, id, strict=True, encoding=encoding, errors=errors, date=date)
    article = items[-1]
    assert isinstance(article, Article)
    return article


def load_path(
    path: str | Path,
    *,
    strict: bool = False,
    encoding: str | None = None,
    errors: str = "replace",
    date: _dt.date | None = None,
) -> Article | LoadError:
    """
    Read and analyse one file; a failure becomes a :class:`LoadError` unless *strict*.

    The same as the last item of :func:`~kzaz_corpus.corpus.sources.load_file`, which also gives the
    warning for a file decoded with replacements.

    Raises:
        SourceError: with ``strict=True``, if the file cannot be read,
            decoded or parsed.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "bad.txt")
    ...     _ = open(p, "wb").write(b"\\x00\\x01")
    ...     load_path(p).reason
    'binary content (NUL bytes), not a text file'

    .. versionadded:: 0.1.0
    """
    return load_file(path, strict=strict, encoding=encoding, errors=errors, date=date)[-1]


def load_items(
    entries: Iterable[tuple[str, str, _dt.date | None]], *, strict: bool, encoding: str | None, errors: str
) -> Iterator[Article | LoadError]:
    """Load ``(path, id, known date)`` entries in order, flattening each file's items."""
    for path, id, date in entries:
        yield from load_file(path, id, strict=strict, encoding=encoding, errors=errors, date=date)
