"""
Analysing archives on Dask: a local machine's cores or a cluster.

Facts:

- Dask is optional (``pip install 'kzaz_corpus[dask]'``) and is imported
  inside the functions here, so ``import kzaz_corpus`` stays cheap.
- Work is split into partitions of files (or texts). A task reads and
  analyses one partition and turns it into the tables of
  :mod:`kzaz_corpus.views.frames` (articles, quotes, metrics, dates, texts) plus a table of
  files that could not be loaded. Files are read by the workers, so only paths
  travel from the client.
- :func:`to_parquet` writes all six tables in one computation: each partition
  is analysed once, however many tables it feeds.
- Row order follows input order: directory files in name order, bag items in
  bag order; Parquet part files are numbered so that reading a table back
  keeps that order.
- The same code runs on any scheduler: ``"synchronous"`` for debugging,
  ``"threads"`` or ``"processes"`` on one machine, or a ``distributed.Client``
  on a cluster (then paths and the output directory must be visible to every
  worker, or be fsspec URLs such as ``s3://bucket/news``). Without a choice,
  an active client is used if there is one, else the synchronous scheduler
  for one partition and threads for more: they start at once and never fork
  or spawn, so a script read from standard input works as well.
- Everything sent to workers is a module-level function, so process
  schedulers work with ``spawn`` as well as ``fork``.
- A text or file whose analysis fails, even with an internal error, becomes a
  row of the errors table; the other partitions and rows are kept.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import KzazError
from ..views.frames import ERROR_COLUMNS, TABLE_COLUMNS, column_dtype, to_pandas
from .sources import LoadError, list_files, load_file, path_ids

__all__ = ["ERROR_COLUMNS", "TABLES", "analyse_texts", "from_directory", "to_dataframes", "to_parquet"]

#: The tables written by :func:`to_parquet`, with their columns and dtypes.
TABLES: Mapping[str, Mapping[str, str]] = TABLE_COLUMNS

#: Files per partition when reading a directory: a few seconds of work per task.
_FILES_PER_PARTITION = 64


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"this needs Dask: pip install 'kzaz_corpus[dask]' (missing {exc.name})") from exc


def from_directory(path: str | Path, pattern: str = "*.txt", *, files_per_partition: int = _FILES_PER_PARTITION) -> Any:
    """
    Return a Dask bag that reads and analyses every file matching *pattern* under *path*.

    Nothing is read until the bag is computed; each task reads its own files.
    Items are :class:`~kzaz_corpus.Article` objects, or
    :class:`~kzaz_corpus.LoadError` for files that cannot be loaded (and
    warnings for files decoded with replaced bytes), in file name order,
    exactly as :func:`kzaz_corpus.corpus.iter_directory` yields them, ids
    included.

    Args:
        path: A directory of text files (listed on the client).
        pattern: A glob for the files to read (not recursive).
        files_per_partition: How many files one task analyses.

    Returns:
        A :class:`dask.bag.Bag` of articles and load errors.

    Raises:
        SourceError: if *path* is not a directory.
        ImportError: if Dask is not installed.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = open(os.path.join(d, "a1.txt"), "w").write("date 2025-10-21 Текст.")
    ...     [a.id for a in from_directory(d).compute(scheduler="synchronous")]
    ['a1']

    .. versionadded:: 0.1.0
    """
    db = _require("dask.bag")
    root = Path(path)
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, got {files_per_partition}")
    files = list_files(root, pattern)
    if not files:
        return db.from_sequence([], npartitions=1)
    entries = [(str(p), id) for p, id in zip(files, path_ids(files, root), strict=True)]
    return db.from_sequence(entries, partition_size=files_per_partition).map(_load_entry).flatten()


def _load_entry(entry: tuple[str, str]) -> tuple[Article | LoadError, ...]:
    """Read and analyse one ``(path, id)`` pair: its warning, if any, and its article or error."""
    return load_file(entry[0], entry[1])


def _text_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _analyse_item(item: Any) -> Article | LoadError:
    """Analyse one bag item: ``(id, text)``, a bare text, or an already analysed record."""
    if isinstance(item, (Article, LoadError)):
        return item
    if isinstance(item, str):
        id, text = _text_id(item), item
    elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], str):
        id, text = item
    else:
        raise TypeError(f"expected a text or an (id, text) pair, got {type(item).__name__}")
    try:
        return Article.from_text(text, id=id)
    except KzazError as exc:
        return LoadError(path=id, reason=f"cannot parse: {exc}")
    except Exception as exc:  # a bug in an extractor: keep the other texts
        return LoadError(path=id, reason=f"internal error: {type(exc).__name__}: {exc}")


def analyse_texts(bag: Any) -> Any:
    """
    Analyse a Dask bag of texts, giving a bag of articles.

    Args:
        bag: A :class:`dask.bag.Bag` whose items are ``(id, text)`` pairs or
            bare texts (a bare text's id is the first 16 hex digits of its
            SHA-1, so it is stable across runs). Items that are already
            articles or load errors pass through.

    Returns:
        A :class:`dask.bag.Bag` of :class:`~kzaz_corpus.Article` (or
        :class:`~kzaz_corpus.LoadError`) in the same order.

    >>> import dask.bag as db
    >>> texts = db.from_sequence([("a1", "date 2025-10-21 Текст."), ("a2", "Ещё текст.")])
    >>> [(a.id, a.date) for a in analyse_texts(texts).compute(scheduler="synchronous")]
    [('a1', datetime.date(2025, 10, 21)), ('a2', None)]

    .. versionadded:: 0.1.0
    """
    return bag.map(_analyse_item)


def _partition_tables(items: Iterable[Article | LoadError]) -> dict[str, Any]:
    """Turn one partition of results into its tables."""
    articles: list[Article] = []
    errors: list[LoadError] = []
    for item in items:
        if isinstance(item, LoadError):
            errors.append(item)
        else:
            articles.append(item)
    frames = to_pandas(articles, errors)
    return {name: getattr(frames, name) for name in TABLES}


def _pick(tables: dict[str, Any], name: str) -> Any:
    return tables[name]


def _meta(name: str) -> Any:
    pd = _require("pandas")
    columns = TABLES[name]
    return pd.DataFrame({c: pd.Series([], dtype=column_dtype(pd, name, c)) for c in columns})


def _as_article_bag(source: Any, pattern: str, files_per_partition: int) -> Any:
    if isinstance(source, (str, Path)):
        return from_directory(source, pattern, files_per_partition=files_per_partition)
    return analyse_texts(source)


def to_dataframes(
    source: Any, *, pattern: str = "*.txt", files_per_partition: int = _FILES_PER_PARTITION
) -> dict[str, Any]:
    """
    Return lazy Dask data frames of the articles, quotes, metrics, dates, texts and load errors.

    The six frames share their analysis tasks: computing them together (for
    instance ``dask.compute(*frames.values())``) analyses every partition once.

    Args:
        source: A directory (``str`` or :class:`~pathlib.Path`), or a Dask
            bag of texts as :func:`analyse_texts` takes.
        pattern: A glob for the files to read, when *source* is a directory.
        files_per_partition: Files per task, when *source* is a directory.

    Returns:
        A dict of :class:`dask.dataframe.DataFrame` keyed by the names in
        :data:`TABLES`, with the columns and dtypes listed there.

    >>> import dask.bag as db
    >>> frames = to_dataframes(db.from_sequence([("a1", "date 2025-10-21 Текст.")]))
    >>> sorted(frames)
    ['articles', 'dates', 'errors', 'metrics', 'quotes', 'texts']
    >>> frames["articles"].compute(scheduler="synchronous")["article_id"].tolist()
    ['a1']

    .. versionadded:: 0.1.0
    """
    dd = _require("dask.dataframe")
    delayed = _require("dask").delayed
    bag = _as_article_bag(source, pattern, files_per_partition)
    tables = [delayed(_partition_tables, pure=True)(part) for part in bag.to_delayed()]
    return {
        name: dd.from_delayed([delayed(_pick, pure=True)(t, name) for t in tables], meta=_meta(name), verify_meta=False)
        for name in TABLES
    }


def _part_name(i: int) -> str:
    return f"part-{i:06d}.parquet"


def _default_scheduler(partitions: int) -> str | None:
    """
    The scheduler to use when none was chosen: ``None`` (Dask's choice) if one
    was configured or a distributed client is active, else ``"synchronous"``
    for one partition and ``"threads"`` for more.

    Threads share one core for this pure-Python analysis, but they start at
    once, never fork or spawn (so nothing breaks when the calling script came
    from standard input) and never copy the results between processes. For
    every core, start a ``distributed.Client`` or pass ``scheduler="processes"``.
    """
    dask = _require("dask")
    if dask.config.get("scheduler", None) is not None:
        return None
    try:
        importlib.import_module("distributed").default_client()
    except (ImportError, ValueError):
        return "synchronous" if partitions <= 1 else "threads"
    return None


def to_parquet(
    source: Any,
    out_dir: str | Path,
    *,
    pattern: str = "*.txt",
    files_per_partition: int = _FILES_PER_PARTITION,
    scheduler: str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> dict[str, str]:
    """
    Analyse a directory or a bag of texts and write each table as a Parquet dataset.

    Writes ``<out_dir>/articles``, ``quotes``, ``metrics``, ``dates``, ``texts`` and
    ``errors``: each a directory of ``part-NNNNNN.parquet`` files that
    ``pandas.read_parquet`` or ``dask.dataframe.read_parquet`` read as one
    table. Existing datasets of those names are replaced.

    Args:
        source: A directory of text files, or a Dask bag of ``(id, text)``
            pairs or texts (see :func:`analyse_texts`).
        out_dir: Where to write; a local path or an fsspec URL.
        pattern: A glob for the files to read, when *source* is a directory.
        files_per_partition: Files per task, when *source* is a directory.
        scheduler: A Dask scheduler name (``"synchronous"``, ``"threads"``,
            ``"processes"``). By default the one configured with
            ``dask.config.set`` or the active ``distributed.Client``, and if
            there is neither, ``"synchronous"`` for one partition and
            ``"threads"`` for more (see the module notes; for all the cores of
            a machine, start a ``distributed.Client()``).
        storage_options: Passed to fsspec for remote *out_dir*.

    Returns:
        The path of each table's dataset, keyed by table name.

    Raises:
        SourceError: if *source* is a path but not a directory.
        ImportError: if Dask, pandas or pyarrow is not installed.

    >>> import tempfile, os, pandas as pd
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = open(os.path.join(d, "a1.txt"), "w").write("date 2025-10-21 Текст.")
    ...     paths = to_parquet(d, os.path.join(d, "out"), scheduler="synchronous")
    ...     pd.read_parquet(paths["articles"])["article_id"].tolist()
    ['a1']

    .. versionadded:: 0.1.0
    """
    dask = _require("dask")
    _require("pyarrow")
    frames = to_dataframes(source, pattern=pattern, files_per_partition=files_per_partition)
    base = str(out_dir).rstrip("/")
    paths = {name: f"{base}/{name}" for name in frames}
    writes = [
        frame.to_parquet(
            paths[name],
            write_index=False,
            overwrite=True,
            compute=False,
            name_function=_part_name,
            storage_options=dict(storage_options or {}),
        )
        for name, frame in frames.items()
    ]
    partitions = frames["articles"].npartitions
    dask.compute(*writes, scheduler=scheduler or _default_scheduler(partitions))
    return paths
