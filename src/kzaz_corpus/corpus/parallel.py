"""
Analysing many files at once, in worker processes.

Facts:

- Analysis is CPU-bound pure Python, so threads do not help; processes do.
  Each worker reads its own files: only paths go to a worker and only the
  finished records come back, so the parent never holds the raw bytes.
- The start-up work (the morphology dictionary, the grammars each stage
  compiles on first use) is done once, in this process, before the workers
  start: a worker started by ``fork`` inherits all of it and starts analysing
  at once. A worker started another way (``spawn``, ``forkserver``) does the
  same work once, when it starts, rather than once per file.
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
- A worker that dies (killed, out of memory, a crash in native code) loses
  no file but the one it was analysing: the chunks in flight are analysed
  again one file at a time, and the file during which a worker dies again
  becomes an error entry.
"""

from __future__ import annotations

import collections
import datetime as _dt
import os
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from ..article import Article
from ..errors import SourceError
from .sources import KnownDates, LoadError, check_options, known_date, load_items, load_path, path_ids

if TYPE_CHECKING:  # pragma: no cover - imported when a pool starts, so that ``import kzaz_corpus`` stays cheap
    import multiprocessing.context
    from concurrent.futures import Future

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


#: A short invented news item that reaches every stage's grammars.
_WARM_UP_TEXT = (
    "date 2025-03-14 Экспорт зерна вырос\n\n"
    "АСТАНА, 14 марта. Экспорт зерна за январь-февраль вырос на 12 процентов, до 1,5 миллиона тонн.\n\n"
    "«Мы рассчитываем сохранить этот темп до конца года», — заявил журналистам министр Иван Петров. "
    "По его словам, в прошлом году страна отправила за рубеж около 9 млн тонн, что на 5% больше.\n"
)


def _warm_up() -> None:
    """
    Load the morphology dictionary and compile every grammar (once per process; cheap when done already).

    >>> _warm_up()
    """
    from ..lexicon import morph as _morph

    _morph.analyzer()
    Article.from_text(_WARM_UP_TEXT, id="warm-up")


def _init_worker() -> None:
    """Worker initialiser: die with the parent, and be warm (a forked worker inherits the parent's warm-up)."""
    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="kzaz-parent-watch", daemon=True).start()
    _warm_up()


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
    _warm_up()  # before the workers start: forked ones inherit it
    options = _Options(strict, mp_context, encoding, errors)
    while (yield from _pool_pass(chunks, workers, options)):
        pass  # a worker died: go on with the rest in a fresh pool


@frozen
class _Options:
    strict: bool
    mp_context: multiprocessing.context.BaseContext | None
    encoding: str | None
    errors: str


def _pool_pass(
    chunks: Iterator[list[_Entry]], workers: int, options: _Options
) -> Generator[Article | LoadError, None, bool]:
    """Analyse chunks in one pool until they run out (``False``) or a worker process dies (``True``)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pending: collections.deque[tuple[list[_Entry], Future[list[Article | LoadError]]]] = collections.deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=options.mp_context, initializer=_init_worker) as pool:
        try:
            try:
                for chunk in chunks:
                    future = pool.submit(_load_chunk, chunk, options.strict, options.encoding, options.errors)
                    pending.append((chunk, future))
                    if len(pending) >= workers * _PREFETCH:
                        yield from pending[0][1].result()
                        pending.popleft()
                while pending:
                    yield from pending[0][1].result()
                    pending.popleft()
            except BrokenProcessPool:
                # Finished chunks keep their results; the others are run again one file at a
                # time, so that only the file that kills a worker is lost, as an error entry.
                while pending:
                    chunk, future = pending.popleft()
                    if future.done() and not future.cancelled() and future.exception() is None:
                        yield from future.result()
                    else:
                        yield from _isolate(chunk, options)
                return True
            return False
        finally:
            # Stopped early (an error, or the consumer closed the generator):
            # drop the queued work instead of finishing it.
            for _, f in pending:
                f.cancel()


def _isolate(entries: list[_Entry], options: _Options) -> Iterator[Article | LoadError]:
    """Analyse files one per task in a single worker; the file during which the worker dies gets an error."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    queue = collections.deque(entries)
    while queue:
        with ProcessPoolExecutor(max_workers=1, mp_context=options.mp_context, initializer=_init_worker) as pool:
            futures = [pool.submit(_load_chunk, [e], options.strict, options.encoding, options.errors) for e in queue]
            for future in futures:
                try:
                    items = future.result()
                except BrokenProcessPool:
                    path = queue.popleft()[0]
                    reason = "internal error: the worker process died while analysing this file"
                    if options.strict:
                        raise SourceError(path, reason) from None
                    yield LoadError(path=path, reason=reason)
                    break  # the pool is broken: a fresh one for the rest
                queue.popleft()
                yield from items
