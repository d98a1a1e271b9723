"""
Reading files: decoding bytes to text and turning a path into an article.

Facts:

- Real files are UTF-8 with or without a BOM, Windows-1251, KOI8-R, with
  CRLF line ends and exotic spaces. Bytes are decoded once here; the decoded
  text is kept exactly, so offsets stay true to what the user reads back.
- One bad file never loses the others: it becomes a :class:`LoadError`,
  unless ``strict=True`` asks for an exception.
- An empty file is an article with an empty body, not an error.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeAlias

from attrs import frozen

from ..article import Article
from ..errors import KzazError, ParseError, SourceError

__all__ = ["KnownDates", "LoadError", "decode_bytes", "known_date", "load_path", "read_article"]

# Publication dates known from elsewhere (a feed, a database): a mapping of
# article id to date, or a function of the id returning a date or ``None``.
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


#: Encodings tried after UTF-8, Cyrillic ones first.
_CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "utf_16", "cp866", "iso8859_5", "mac_cyrillic")


@frozen
class LoadError:
    """
    A file that could not be turned into an article.

    >>> LoadError(path="a.txt", reason="binary content")
    LoadError(path='a.txt', reason='binary content')

    .. versionadded:: 0.1.0
    """

    path: str
    reason: str

    def to_json(self) -> str:
        """
        Return the error as the JSON line that :meth:`Corpus.to_jsonl` writes.

        >>> LoadError(path="a.txt", reason="binary content").to_json()
        '{"type": "error", "path": "a.txt", "reason": "binary content"}'
        """
        return json.dumps({"type": "error", "path": self.path, "reason": self.reason}, ensure_ascii=False)


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> str:
    """
    Decode a news file's bytes to text, detecting its encoding.

    UTF-8 (with or without BOM) is tried first, then a detector restricted to
    Cyrillic encodings (Windows-1251, KOI8-R, ...). The BOM is dropped;
    nothing else is changed.

    Raises:
        SourceError: if the bytes are binary or decode to no plausible text.

    >>> decode_bytes("Привет".encode("cp1251"))
    'Привет'
    >>> decode_bytes(codecs.BOM_UTF8 + "Да".encode())
    'Да'
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"undecodable UTF-16 ({exc.reason} at byte {exc.start})") from exc
    if b"\x00" in data:
        raise SourceError(path, "binary content (NUL bytes), not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_CYRILLIC_ENCODINGS)).best()
    if best is None or best.encoding is None:
        raise SourceError(path, "could not detect a text encoding (not UTF-8, Windows-1251 or KOI8-R)")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise SourceError(path, f"decoded as {best.encoding} but looks binary")
    return text


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return bad / len(text)


def read_article(path: str | Path, id: str | None = None, date: _dt.date | None = None) -> Article:
    """
    Read one file and parse it into an :class:`Article` (id: the file stem).

    A known publication *date* overrides the one the file's header states
    (see :meth:`kzaz_corpus.Article.from_text`).

    Raises:
        SourceError: if the file cannot be read, decoded or parsed.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "x.txt")
    ...     _ = open(p, "wb").write("date 2025-01-02 Текст.".encode("cp1251"))
    ...     read_article(p).date
    datetime.date(2025, 1, 2)
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(p, f"cannot read file: {exc.strerror or exc}") from exc
    text = decode_bytes(data, p)
    try:
        return Article.from_text(text, id=p.stem if id is None else id, date=date)
    except ParseError as exc:
        raise SourceError(p, f"cannot parse: {exc}") from exc


def load_path(path: str | Path, *, strict: bool = False, date: _dt.date | None = None) -> Article | LoadError:
    """
    Read and analyse one file; a failure becomes a :class:`LoadError` unless *strict*.

    Args:
        path: The file to read.
        strict: Raise the :class:`SourceError` instead of returning it as a
            :class:`LoadError`.
        date: The article's publication date, when known from elsewhere.

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
    try:
        return read_article(path, date=date)
    except KzazError as exc:
        if strict:
            raise
        reason = exc.reason if isinstance(exc, SourceError) else str(exc)
        return LoadError(path=str(path), reason=reason)
