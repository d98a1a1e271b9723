"""
Compiled grammars and derived tables, kept on disk between processes.

Facts:

- The stages' grammars are large patterns of the ``regex`` package, built
  from the word tables when first needed. ``regex`` parses a pattern in
  Python: compiling all of them costs about half a second, most of a fresh
  process's time to its first result.
- A compiled ``regex`` pattern pickles as its compiled program, not as its
  source, and unpickles without parsing: a few milliseconds for all of them.
  :func:`pattern` keeps each compiled pattern in the cache directory and
  reuses it in the next process; :func:`table` does the same for a table
  derived from the dictionary (the forms of the speech verbs).
- The cache is an optimisation only. A missing, unreadable, unwritable or
  damaged cache entry is compiled or built again, with identical results;
  entries are keyed by their full source (or what the table is derived
  from), and the directory by the versions of Python and of ``regex``.
- The directory is ``$KZAZ_CORPUS_CACHE_DIR`` if that variable is set
  (set it to an empty string to keep nothing on disk), otherwise the user's
  cache directory (``~/.cache/kzaz_corpus`` on Linux). The entries are
  pickles: like any cache of this kind, the directory must be writable by
  its owner only, and it is created so.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import regex

__all__ = ["ENV_VAR", "cache_dir", "derived", "pattern", "table"]

#: The environment variable that names the cache directory; an empty value turns the cache off.
ENV_VAR = "KZAZ_CORPUS_CACHE_DIR"

_T = TypeVar("_T")


def cache_dir() -> Path | None:
    """
    Return the directory of this version's cache entries, or ``None`` when the cache is off.

    >>> folder = cache_dir()
    >>> folder is None or folder.name.endswith("-regex" + regex.__version__)
    True
    """
    folder = _folder(os.environ.get(ENV_VAR))
    return None if folder is None else Path(folder)


@functools.lru_cache(maxsize=8)
def _folder(setting: str | None) -> str | None:
    """The cache directory for a value of :data:`ENV_VAR` (``None``: the variable is not set), as a string."""
    root = setting
    if root is None:
        import platformdirs

        root = platformdirs.user_cache_dir("kzaz_corpus", appauthor=False)
    if not root:
        return None
    return os.path.join(root, f"{sys.implementation.cache_tag}-regex{regex.__version__}")


def _entry(kind: str, key: str) -> str | None:
    """The file of the entry for *key*, or ``None`` when the cache is off (plain strings: this runs per pattern)."""
    folder = _folder(os.environ.get(ENV_VAR))
    if folder is None:
        return None
    import hashlib  # here and below: ``import kzaz_corpus`` does not pay for them

    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return os.path.join(folder, f"{kind}-{digest}.pickle")


def _load(path: str | None, key: str) -> Any:
    """The value stored under *key* at *path*, or ``None`` if there is none or it cannot be read."""
    if path is None:
        return None
    import pickle

    try:
        with open(path, "rb") as f:
            stored_key, value = pickle.load(f)  # our own entry, in a directory only its owner may write
    except FileNotFoundError:
        return None
    except Exception:  # a damaged entry, whatever the damage, is built again: never fatal
        return None
    return value if stored_key == key else None


def _store(path: str | None, key: str, value: object) -> None:
    """Write *value* under *key* at *path*, atomically; a cache that cannot be written is skipped."""
    if path is None:
        return
    import pickle

    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump((key, value), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """
    Return ``regex.compile(source, flags)``, reusing the compiled pattern an earlier process kept.

    >>> p = pattern(r"(?<!\\w)\\d+ тонн\\w*", regex.IGNORECASE)
    >>> p.findall("Собрали 5 тонн и 7 ТОНН.")
    ['5 тонн', '7 ТОНН']
    """
    key = f"{flags}:{source}"
    path = _entry("rx", key)
    found = _load(path, key)
    if isinstance(found, regex.Pattern):
        return found
    compiled: regex.Pattern[str] = regex.compile(source, flags)
    _store(path, key, compiled)
    return compiled


def table(name: str, key: str, build: Callable[[], _T]) -> _T:
    """
    Return ``build()``, reusing the value an earlier process built under the same *name* and *key*.

    *key* must change whenever the value would: it holds whatever the value
    is derived from (the text of a table, the version of a dictionary).

    >>> table("doc-example", "v1", lambda: {"заявил": "заявить"})
    {'заявил': 'заявить'}
    """
    full_key = f"{name}:{key}"
    path = _entry("table", full_key)
    found = _load(path, full_key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    value = build()
    _store(path, full_key, value)
    return value


def derived(name: str, inputs: tuple[object, ...], build: Callable[[], _T]) -> _T:
    """
    Return ``build()``, reusing the value an earlier process derived from the same *inputs*.

    *inputs* is everything the value is derived from, each by its ``repr``
    (word tables as rows, versions as strings) or as ``bytes`` (the source
    of the module whose rules derive it): a change to any of them derives the
    value again.

    >>> derived("doc-example", ("v1", b"rules"), lambda: ("заявил", "заявить"))
    ('заявил', 'заявить')
    """
    import hashlib

    digest = hashlib.blake2b(digest_size=16)
    for part in inputs:
        digest.update(part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return table(name, digest.hexdigest(), build)
