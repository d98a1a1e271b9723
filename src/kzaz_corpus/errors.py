"""
Exceptions raised by kzaz_corpus on purpose.

Every error the library raises deliberately derives from :class:`KzazError`,
and also from the builtin it refines, so ``except ValueError`` keeps working.

>>> from kzaz_corpus.errors import KzazError, ParseError
>>> issubclass(ParseError, KzazError) and issubclass(ParseError, ValueError)
True
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DuplicateIdError", "KzazError", "ParseError", "SourceError"]


class KzazError(Exception):
    """
    Base of everything kzaz_corpus raises on purpose.

    >>> try:
    ...     raise ParseError("expected a number", text="abc", pos=0)
    ... except KzazError as e:
    ...     print(type(e).__name__)
    ParseError

    .. versionadded:: 0.1.0
    """


class ParseError(KzazError, ValueError):
    """
    A string could not be read as the thing asked for.

    Attributes:
        text: The string that was being read.
        pos: The offset in *text* where reading failed (``0`` if unknown).

    >>> e = ParseError("expected a number, got 'abc'", text="abc", pos=0)
    >>> e.text, e.pos
    ('abc', 0)

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, text: str = "", pos: int = 0) -> None:
        super().__init__(message)
        self.text = text
        self.pos = pos

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, int]]:
        return (type(self), (str(self.args[0]), self.text, self.pos))


class SourceError(KzazError, ValueError):
    """
    A file could not be read, decoded or parsed into an article.

    Attributes:
        path: The file that failed.
        reason: What went wrong, in words.
        line: The line of the file (from 1), for line-based files, else ``None``.

    >>> e = SourceError("a.txt", "binary content (NUL bytes)")
    >>> str(e)
    'a.txt: binary content (NUL bytes)'
    >>> str(SourceError("c.jsonl", "start: expected an integer, got 'x'", line=3))
    "c.jsonl:3: start: expected an integer, got 'x'"

    .. versionadded:: 0.1.0
    """

    def __init__(self, path: str | Path, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {reason}")
        self.path = str(path)
        self.reason = reason
        self.line = line

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str, int | None]]:
        return (type(self), (self.path, self.reason, self.line))


class DuplicateIdError(KzazError, ValueError):
    """
    Two articles of one corpus have the same id.

    Attributes:
        id: The id given twice.

    >>> str(DuplicateIdError("x"))
    "duplicate article id 'x': ids must be unique within a corpus"

    .. versionadded:: 0.1.0
    """

    def __init__(self, id: str) -> None:
        super().__init__(f"duplicate article id {id!r}: ids must be unique within a corpus")
        self.id = id

    def __reduce__(self) -> tuple[type[DuplicateIdError], tuple[str]]:
        return (type(self), (self.id,))
