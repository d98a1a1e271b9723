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
"""

from __future__ import annotations

import collections
import datetime as _dt
import multiprocessing.context
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from ..article import Article
from .sources import KnownDates, LoadError, known_date, load_path

__all__ = ["analyse_paths", "load_path"]

#: Chunks kept in flight per worker: enough to keep every worker busy while
#: the consumer handles a finished chunk, few enough to bound memory.
_PREFETCH = 2


def _load_chunk(paths: Sequence[tuple[str, _dt.date | None]], strict: bool) -> list[Article | LoadError]:
    """Worker task: analyse a chunk of files (each with its known date, if any) in order."""
    return [load_path(p, strict=strict, date=d) for p, d in paths]


def _init_worker() -> None:
    """Worker initialiser: load the morphological dictionary once per process."""
    from ..lexicon import morph as _morph

    _morph.analyzer()


def _chunks(
    paths: Iterable[str | Path], size: int, dates: KnownDates | None
) -> Iterator[list[tuple[str, _dt.date | None]]]:
    chunk: list[tuple[str, _dt.date | None]] = []
    for p in paths:
        chunk.append((str(p), known_date(dates, Path(p).stem)))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyse_paths(
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    chunksize: int = 4,
    strict: bool = False,
    mp_context: multiprocessing.context.BaseContext | None = None,
    dates: KnownDates | None = None,
) -> Iterator[Article | LoadError]:
    """
    Analyse files, in worker processes if asked, yielding results in input order.

    Each path gives an :class:`~kzaz_corpus.Article` (its id is the file
    stem) or, if the file cannot be read, decoded or parsed, a
    :class:`~kzaz_corpus.LoadError`. The output is the same, item for item,
    whatever *workers* is.

    Args:
        paths: The files to analyse; consumed lazily.
        workers: ``None`` or ``1`` analyses in this process; ``N >= 2`` starts
            *N* worker processes.
        chunksize: How many files a worker analyses per task. Larger chunks
            cost less communication; smaller ones give the first result sooner.
        strict: Raise on the first bad file (in input order) instead of
            yielding a :class:`~kzaz_corpus.LoadError`.
        mp_context: A ``multiprocessing`` context (for example
            ``multiprocessing.get_context("spawn")``); the platform default if
            ``None``.
        dates: Known publication dates by article id (the file stem): a
            mapping or a function, asked in this process. A known date
            overrides the header's.

    Raises:
        ValueError: if *workers* or *chunksize* is less than 1.
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
    if workers is None or workers == 1:
        return (load_path(p, strict=strict, date=known_date(dates, Path(p).stem)) for p in paths)
    return _analyse_in_pool(paths, workers, chunksize, strict, mp_context, dates)


def _analyse_in_pool(
    paths: Iterable[str | Path],
    workers: int,
    chunksize: int,
    strict: bool,
    mp_context: multiprocessing.context.BaseContext | None,
    dates: KnownDates | None,
) -> Iterator[Article | LoadError]:
    chunks = _chunks(paths, chunksize, dates)
    pending: collections.deque[Future[list[Article | LoadError]]] = collections.deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context, initializer=_init_worker) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(_load_chunk, chunk, strict))
                if len(pending) >= workers * _PREFETCH:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            # Stopped early (an error, or the consumer closed the generator):
            # drop the queued work instead of finishing it.
            for f in pending:
                f.cancel()
