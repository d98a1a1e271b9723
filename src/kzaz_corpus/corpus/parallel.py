"""
Analysing many files at once, in worker processes.

Facts:

- Analysis is CPU-bound pure Python, so threads do not help; processes do.
  Each worker reads its own files: only paths go to a worker and only the
  finished records come back, so the parent never holds the raw bytes.
- Every worker creates the morphological analyser once, when it starts,
  rather than once per file.
- Results come back in input order, identical to a serial run: the same
  function turns a path into an :class:`~kzaz_corpus.Article` or a
  :class:`~kzaz_corpus.LoadError` in both cases.
- Only a bounded number of chunks are in flight at a time, so a slow consumer
  never makes finished articles pile up in memory.
- Worker processes are started with the platform's default start method, or
  with the one passed in; everything sent to them is importable by name, so
  ``spawn`` and ``forkserver`` work as well as ``fork``.
- Workers die with their parent: each one watches its parent process and
  exits as soon as it is gone, even when the parent was killed with SIGKILL
  and could not stop them.
"""

from __future__ import annotations

import collections
import datetime as _dt
import multiprocessing.context
import os
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from ..article import Article
from .sources import KnownDates, LoadError, check_options, known_date, load_items, load_path, path_ids

__all__ = ["analyse_paths", "load_path"]

#: Chunks kept in flight per worker: enough to keep every worker busy while
#: the consumer handles a finished chunk, few enough to bound memory.
_PREFETCH = 2


#: Seconds between a worker's checks that its parent is alive.
_WATCH_INTERVAL = 0.2

#: A path, or a ``(path, id)`` pair.
PathOrEntry = str | Path | tuple[str | Path, str]


#: What a worker is sent per file: its path, its id and its known publication date.
_Entry = tuple[str, str, "_dt.date | None"]


def _load_chunk(
    entries: Sequence[_Entry], strict: bool, encoding: str | None = None, errors: str = "replace"
) -> list[Article | LoadError]:
    """Worker task: analyse a chunk of files in order."""
    return list(load_items(entries, strict=strict, encoding=encoding, errors=errors))


def _watch_parent(parent: int) -> None:
    """Exit this process as soon as its parent is gone (it is then adopted by another process)."""
    while True:
        time.sleep(_WATCH_INTERVAL)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker() -> None:
    """Worker initialiser: die with the parent, and load the morphological dictionary once."""
    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="kzaz-parent-watch", daemon=True).start()
    from ..lexicon import morph as _morph

    _morph.analyzer()


def _entry(item: PathOrEntry) -> tuple[str, str]:
    if isinstance(item, tuple):
        path, id = item
        return str(path), id
    return str(item), path_ids([Path(item)])[0]


def _chunks(entries: Iterable[_Entry], size: int) -> Iterator[list[_Entry]]:
    chunk: list[_Entry] = []
    for p in entries:
        chunk.append(p)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyse_paths(
    paths: Iterable[PathOrEntry],
    *,
    workers: int | None = None,
    chunksize: int = 4,
    strict: bool = False,
    mp_context: multiprocessing.context.BaseContext | None = None,
    encoding: str | None = None,
    errors: str = "replace",
    dates: KnownDates | None = None,
) -> Iterator[Article | LoadError]:
    """
    Analyse files, in worker processes if asked, yielding results in input order.

    Each path gives an :class:`~kzaz_corpus.Article` (its id is the file
    name without its extension, unless the path comes as a ``(path, id)``
    pair) or, if the file cannot be read, decoded or analysed, a
    :class:`~kzaz_corpus.LoadError`. A file decoded with replaced bytes gives
    a warning (a :class:`~kzaz_corpus.LoadError` with ``severity="warning"``)
    just before its article. The output is the same, item for item, whatever
    *workers* is.

    Args:
        paths: The files to analyse, or ``(path, id)`` pairs; consumed lazily.
        workers: ``None`` or ``1`` analyses in this process; ``N >= 2`` starts
            *N* worker processes.
        chunksize: How many files a worker analyses per task. Larger chunks
            cost less communication; smaller ones give the first result sooner.
        strict: Raise on the first bad file (in input order) instead of
            yielding a :class:`~kzaz_corpus.LoadError`.
        mp_context: A ``multiprocessing`` context (for example
            ``multiprocessing.get_context("spawn")``); the platform default if
            ``None``.
        encoding: A codec for every file instead of detection.
        errors: ``"replace"`` (keep files with undecodable bytes, with a
            warning) or ``"strict"`` (reject them).
        dates: Publication dates known from elsewhere, by article id: a
            mapping or a function, asked in this process. A known date
            overrides the header's.

    Raises:
        ValueError: if *workers* or *chunksize* is less than 1, or for an
            unknown *encoding* or *errors*.
        SourceError: with ``strict=True``, for the first bad file.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("a", "b"):
    ...         _ = open(os.path.join(d, name + ".txt"), "w").write("date 2025-01-02 Текст.")
    ...     paths = sorted(os.path.join(d, n) for n in os.listdir(d))
    ...     [(a.id, str(a.date)) for a in analyse_paths(paths, workers=2)]
    [('a', '2025-01-02'), ('b', '2025-01-02')]

    .. versionadded:: 0.1.0
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be None or at least 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    check_options(encoding, errors)
    entries = ((path, id, known_date(dates, id)) for path, id in map(_entry, paths))
    if workers is None or workers == 1:
        return load_items(entries, strict=strict, encoding=encoding, errors=errors)
    return _analyse_in_pool(entries, workers, chunksize, strict, mp_context, encoding, errors)


def _analyse_in_pool(
    entries: Iterable[_Entry],
    workers: int,
    chunksize: int,
    strict: bool,
    mp_context: multiprocessing.context.BaseContext | None,
    encoding: str | None,
    errors: str,
) -> Iterator[Article | LoadError]:
    chunks = _chunks(entries, chunksize)
    pending: collections.deque[Future[list[Article | LoadError]]] = collections.deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context, initializer=_init_worker) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(_load_chunk, chunk, strict, encoding, errors))
                if len(pending) >= workers * _PREFETCH:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            # Stopped early (an error, or the consumer closed the generator):
            # drop the queued work instead of finishing it.
            for f in pending:
                f.cancel()
