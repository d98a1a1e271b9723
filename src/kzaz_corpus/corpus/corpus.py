"""
Collections of articles: the :class:`Corpus`, its loaders and its queries.

Facts:

- Files are read and decoded in :mod:`kzaz_corpus.corpus.sources`; one bad
  file never loses the others: it becomes a :class:`LoadError` in
  :attr:`Corpus.errors`, unless ``strict=True`` asks for an exception.
- Queries across articles (metrics, speakers, quote groups) live in
  :mod:`kzaz_corpus.corpus.queries`.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, overload

from attrs import field, frozen

from ..article import Article
from ..errors import DuplicateIdError, KzazError, ParseError, SourceError
from ..model import check_fields, json_load
from .parallel import analyse_paths
from .queries import MetricRow, QuoteGroup, Speaker, group_quotes, metrics_table, speakers_of
from .sources import KnownDates, LoadError, known_date, list_files, path_ids
from .timeline import corpus_entities, timeline

if TYPE_CHECKING:  # pragma: no cover
    from ..model import CorpusEntity, MetricKind, TimelinePoint
    from ..views.frames import Frames

__all__ = ["Corpus", "iter_directory", "load_seeds"]

def _sort_key(article: Article) -> str:
    return article.id


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    out = tuple(sorted(items, key=_sort_key))
    for a, b in itertools.pairwise(out):
        if a.id == b.id:
            raise DuplicateIdError(a.id)
    return out


def _errors(items: Iterable[LoadError]) -> tuple[LoadError, ...]:
    return tuple(items)


@frozen
class Corpus:
    """
    An immutable collection of articles in id order, with load errors kept.

    Build one with :meth:`from_directory`, :meth:`from_texts`,
    :meth:`from_jsonl` or :func:`load_seeds`.

    >>> c = Corpus.from_texts({"b": "date 2025-01-02 Б.", "a": "А."})
    >>> [a.id for a in c], len(c), c["b"].date.isoformat()
    (['a', 'b'], 2, '2025-01-02')

    .. versionadded:: 0.1.0
    """

    articles: tuple[Article, ...] = field(converter=_articles, repr=False)
    errors: tuple[LoadError, ...] = field(default=(), converter=_errors, repr=False)

    # -- sources -----------------------------------------------------------
    @classmethod
    def from_texts(cls, texts: Mapping[str, str], dates: KnownDates | None = None) -> Corpus:
        """
        Parse articles from a mapping of id to text.

        A text that cannot be analysed (an error in the analysis) does not
        lose the others: it becomes a :class:`LoadError` named by its id.

        Args:
            texts: Article id to text.
            dates: Publication dates known from elsewhere: a mapping of id to
                ``datetime.date``, or a function of the id returning a date or
                ``None``. A known date overrides the header's.

        Raises:
            TypeError: if an id or a text is not a ``str``.

        >>> len(Corpus.from_texts({"x": "Текст."}))
        1
        >>> Corpus.from_texts({"x": "Текст."}, dates={"x": _dt.date(2025, 1, 2)})["x"].date
        datetime.date(2025, 1, 2)
        """
        articles: list[Article] = []
        errors: list[LoadError] = []
        for id, text in texts.items():
            if not isinstance(id, str) or not isinstance(text, str):
                raise TypeError(f"from_texts expects str ids and texts, got {type(id).__name__}: {type(text).__name__}")
            try:
                articles.append(Article.from_text(text, id=id, date=known_date(dates, id)))
            except KzazError as exc:
                errors.append(LoadError(path=id, reason=f"cannot parse: {exc}"))
            except Exception as exc:  # a bug in an extractor: keep the other texts
                errors.append(LoadError(path=id, reason=f"internal error: {type(exc).__name__}: {exc}"))
        return cls(articles=articles, errors=errors)

    @classmethod
    def from_directory(
        cls,
        path: str | Path,
        pattern: str = "*.txt",
        *,
        strict: bool = False,
        workers: int | None = None,
        encoding: str | None = None,
        errors: str = "replace",
        dates: KnownDates | None = None,
    ) -> Corpus:
        """
        Load every file matching *pattern* under *path*.

        Article ids are the paths relative to *path* without the extension
        (``"x"``, or ``"2025/x"`` for a pattern such as ``"*/*.txt"``), so
        they are unique.

        Args:
            path: A directory of text files.
            pattern: A glob for the files to read, relative to *path*
                (``"**/*.txt"`` reads subdirectories too).
            strict: Raise on the first bad file instead of collecting it in
                :attr:`errors`.
            workers: ``None`` or ``1`` analyses the files in this process;
                ``N >= 2`` uses *N* worker processes (see
                :func:`kzaz_corpus.corpus.parallel.analyse_paths`). The result is the
                same either way.
            encoding: A codec for every file instead of detection.
            errors: ``"replace"`` keeps a file with undecodable bytes (each
                becomes U+FFFD) and lists a warning with the byte offset in
                :attr:`errors`; ``"strict"`` rejects such a file.
            dates: Publication dates known from elsewhere, by article id: a
                mapping or a function returning a date or ``None``. A known
                date overrides the header's.

        Raises:
            SourceError: if *path* is not a directory, the pattern is bad
                (empty, absolute or with ``..``), or, with ``strict=True``,
                naming the first file that fails.
            ValueError: for an unknown *encoding* or *errors*.

        >>> import tempfile, os
        >>> with tempfile.TemporaryDirectory() as d:
        ...     _ = open(os.path.join(d, "a.txt"), "w").write("Текст.")
        ...     _ = open(os.path.join(d, "b.txt"), "wb").write(b"\\x00\\x01")
        ...     c = Corpus.from_directory(d)
        >>> len(c), [e.reason.split(" (")[0] for e in c.errors]
        (1, ['binary content'])
        """
        articles: list[Article] = []
        problems: list[LoadError] = []
        items = iter_directory(
            path, pattern, strict=strict, workers=workers, encoding=encoding, errors=errors, dates=dates
        )
        for item in items:
            if isinstance(item, LoadError):
                problems.append(item)
            else:
                articles.append(item)
        return cls(articles=articles, errors=problems)

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Corpus:
        """
        Read a corpus written by :meth:`to_jsonl` (no re-analysis).

        Every line is checked: JSON, then each field's type and range. The
        first line that does not fit raises, naming the file, the line and
        the field.

        Raises:
            SourceError: ``"<file>:<line>: <field>: expected …, got …"`` for a
                bad line (invalid JSON, a field of the wrong type or out of
                range, a duplicate id), or if the file cannot be read.

        >>> import tempfile, os
        >>> c = Corpus.from_texts({"x": "date 2025-01-02 Текст."})
        >>> with tempfile.TemporaryDirectory() as d:
        ...     c.to_jsonl(os.path.join(d, "c.jsonl"))
        ...     Corpus.from_jsonl(os.path.join(d, "c.jsonl")) == c
        True
        """
        p = Path(path)
        articles: dict[str, Article] = {}
        problems: list[LoadError] = []
        try:
            with p.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        _read_line(p, n, line, articles, problems)
        except OSError as exc:
            raise SourceError(p, f"cannot read file: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise SourceError(p, f"not UTF-8 JSON Lines (undecodable byte at offset {exc.start} of a line)") from exc
        return cls(articles=articles.values(), errors=problems)

    # -- sinks -------------------------------------------------------------
    def to_jsonl(self, path: str | Path) -> None:
        """
        Write one JSON object per article (then one per load error) to *path*.

        The file round-trips losslessly through :meth:`from_jsonl`.
        """
        with Path(path).open("w", encoding="utf-8") as fh:
            for line in self.iter_json():
                fh.write(line + "\n")

    def iter_json(self) -> Iterator[str]:
        """
        Yield the JSON Lines of :meth:`to_jsonl`, one string per record.

        >>> next(Corpus.from_texts({"x": ""}).iter_json())[:10]
        '{"id": "x"'
        """
        for a in self.articles:
            yield a.to_json()
        for e in self.errors:
            yield e.to_json()

    # -- container protocol ------------------------------------------------
    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __contains__(self, id: object) -> bool:
        return any(a.id == id for a in self.articles)

    @overload
    def __getitem__(self, key: str) -> Article: ...

    @overload
    def __getitem__(self, key: int) -> Article: ...

    def __getitem__(self, key: str | int) -> Article:
        """Look an article up by id (``str``) or position (``int``)."""
        if isinstance(key, int):
            return self.articles[key]
        for a in self.articles:
            if a.id == key:
                return a
        raise KeyError(key)

    @property
    def ids(self) -> tuple[str, ...]:
        """
        The article ids in order.

        >>> Corpus.from_texts({"b": "", "a": ""}).ids
        ('a', 'b')
        """
        return tuple(a.id for a in self.articles)

    def __repr__(self) -> str:
        dated = sorted(a.date for a in self.articles if a.date)
        span = f", {dated[0]}..{dated[-1]}" if dated else ""
        errs = f", {len(self.errors)} errors" if self.errors else ""
        return f"Corpus({len(self.articles)} articles{span}{errs})"

    def _repr_html_(self) -> str:
        from ..views.html import format_corpus_html

        return format_corpus_html(self)

    def to_pandas(self) -> Frames:
        """
        Return the corpus as linked pandas data frames (needs ``kzaz_corpus[pandas]``).

        See :func:`kzaz_corpus.views.frames.to_pandas`; the ``entities`` frame
        lists each article's entities and the ``timeline`` frame holds
        :meth:`timeline` (every figure, by period).

        >>> Corpus.from_texts({"a": "Текст."}).to_pandas().articles["article_id"].tolist()
        ['a']

        .. versionadded:: 0.1.0
        """
        from ..views.frames import to_pandas

        return to_pandas(self, timeline=self.timeline())

    # -- selection ---------------------------------------------------------
    def filter(
        self,
        predicate: Callable[[Article], bool] | None = None,
        *,
        start: _dt.date | None = None,
        end: _dt.date | None = None,
    ) -> Corpus:
        """
        Return the articles dated within ``[start, end]`` that satisfy *predicate*.

        With *start* or *end* given, undated articles are left out.

        >>> c = Corpus.from_texts({"a": "date 2025-01-02 А.", "b": "Б."})
        >>> c.filter(start=_dt.date(2025, 1, 1)).ids
        ('a',)
        >>> c.filter(lambda a: a.date is None).ids
        ('b',)
        """
        out = []
        for a in self.articles:
            if start is not None or end is not None:
                if a.date is None or (start and a.date < start) or (end and a.date > end):
                    continue
            if predicate is not None and not predicate(a):
                continue
            out.append(a)
        return Corpus(articles=out, errors=self.errors)

    # -- corpus-level views ------------------------------------------------
    def metrics(
        self,
        *,
        unit: str | None = None,
        kind: MetricKind | None = None,
        subject: str | None = None,
    ) -> tuple[MetricRow, ...]:
        """
        Every stated figure in the corpus as a flat table, ordered by article date.

        Args:
            unit: Keep figures with this unit lemma (``"тонна"``, ``"процент"``).
            kind: Keep figures of this kind (``"level"``, ``"change"``, ``"target"``, ...).
            subject: Keep figures whose measured noun phrase matches (by text or lemma).

        >>> c = Corpus.from_texts({"x": "date 2025-01-10 Товарооборот вырос на 9%."})
        >>> [(r.article_id, r.metric.value, r.metric.unit) for r in c.metrics(unit="процент")]
        [('x', 9.0, 'процент')]
        """
        return metrics_table(self.articles, unit=unit, kind=kind, subject=subject)

    def speakers(self) -> tuple[Speaker, ...]:
        """
        Every speaker in the corpus with their quotes, most quoted first.

        One person quoted under fuller and shorter names (``Ильхам Гейдар
        оглу Алиев``, ``Ильхам Алиев``) is one speaker.

        >>> c = Corpus.from_texts({"a": "Министр Али Сарсенов заявил, что бюджет вырос."})
        >>> [(s.name, s.count) for s in c.speakers()]
        [('Али Сарсенов', 1)]
        """
        return speakers_of(self.articles)

    def quote_groups(self) -> tuple[QuoteGroup, ...]:
        """
        The corpus's quotes, the same quote repeated across articles grouped once.

        >>> t = "– Мы построим новый порт на Каспии к весне, – заявил министр Али Сарсенов."
        >>> groups = Corpus.from_texts({"a": t, "b": t}).quote_groups()
        >>> [[aid for aid, _ in g.places] for g in groups]
        [['a', 'b']]
        """
        return group_quotes(self.articles)

    def entities(self) -> tuple[CorpusEntity, ...]:
        """
        Every entity the corpus names, the same entity across articles merged once.

        Entities merge when they share a name or an alias (``ТМТМ`` in one
        article, ``Средний коридор`` in another); see
        :func:`kzaz_corpus.corpus.timeline.corpus_entities`.

        >>> c = Corpus.from_texts({"a": "Экспорт из РК вырос.", "b": "Экспорт из Казахстана вырос."})
        >>> [(e.name, e.kind, e.article_ids) for e in c.entities()]
        [('Казахстан', 'country', ('a', 'b'))]

        .. versionadded:: 0.2.0
        """
        return corpus_entities(self.articles)

    def timeline(self, indicator: str | None = None, entity: str | None = None) -> tuple[TimelinePoint, ...]:
        """
        The figures for *indicator* about *entity*, by period, across the corpus.

        The same figure for the same period reported by several articles is one
        point with all its sources; a figure that disagrees with another for
        the same period is kept and flagged (``conflict``). See
        :func:`kzaz_corpus.corpus.timeline.timeline`.

        >>> c = Corpus.from_texts({
        ...     "a": "date 2025-02-01 Товарооборот Казахстана в 2024 году составил 5 млрд долларов.",
        ...     "b": "date 2025-03-01 Товарооборот Казахстана в 2024 году составил 6 млрд долларов.",
        ... })
        >>> [(p.value, p.conflict, p.sources) for p in c.timeline("товарооборот", entity="РК")]
        [(5000000000.0, True, (('a', 61),)), (6000000000.0, True, (('b', 61),))]

        .. versionadded:: 0.2.0
        """
        return timeline(self.articles, indicator=indicator, entity=entity)


def _read_line(p: Path, n: int, line: str, articles: dict[str, Article], problems: list[LoadError]) -> None:
    """Read line *n* of a JSON Lines corpus into *articles* or *problems*; raise naming the line."""
    try:
        data = json_load(line)
        if isinstance(data, dict) and data.get("type") == "error":
            record = {k: v for k, v in data.items() if k != "type"}
            check_fields(LoadError, record)
            problems.append(LoadError(**record))
            return
        article = Article.from_dict(data)
    except ParseError as exc:
        raise SourceError(p, str(exc), line=n) from exc
    if article.id in articles:
        raise SourceError(p, f"id: expected an id not used on an earlier line, got {article.id!r}", line=n)
    articles[article.id] = article


def iter_directory(
    path: str | Path,
    pattern: str = "*.txt",
    *,
    strict: bool = False,
    workers: int | None = None,
    encoding: str | None = None,
    errors: str = "replace",
    dates: KnownDates | None = None,
) -> Iterator[Article | LoadError]:
    """
    Yield each file under *path* as an :class:`Article` or a :class:`LoadError`, lazily, in name order.

    Memory stays bounded by a few articles at a time, whatever the size of the
    directory. Every path that matches and is not a directory gives an item:
    what cannot be read (a dangling link, a link loop, a FIFO, a device) gives
    a :class:`LoadError`. A file decoded with replaced bytes gives a warning
    (``severity="warning"``) just before its article.

    Args:
        path: A directory of text files.
        pattern: A glob for the files to read.
        strict: Raise on the first bad file instead of yielding a
            :class:`LoadError`.
        workers: ``None`` or ``1`` analyses the files in this process;
            ``N >= 2`` uses *N* worker processes, still yielding in name
            order and the same items as a serial run (see
            :func:`kzaz_corpus.corpus.parallel.analyse_paths`).
        encoding: A codec for every file instead of detection.
        errors: ``"replace"`` or ``"strict"``, as for :meth:`Corpus.from_directory`.
        dates: Publication dates known from elsewhere, by article id: a
            mapping or a function returning a date or ``None``.

    Raises:
        SourceError: if *path* is not a directory, the pattern is bad, or with
            ``strict=True`` for the first bad file.
        ValueError: if *workers* is less than 1, or for an unknown *encoding* or *errors*.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = open(os.path.join(d, "a.txt"), "w").write("Текст.")
    ...     [x.id for x in iter_directory(d)]
    ['a']
    """
    root = Path(path)
    files = list_files(root, pattern)
    entries = zip(files, path_ids(files, root), strict=True)
    yield from analyse_paths(
        entries, workers=workers, strict=strict, encoding=encoding, errors=errors, dates=dates
    )


def _seed_dir() -> Path:
    """The seeds shipped inside the installed package (or, in a source checkout, the repo's seeds/)."""
    from importlib import resources  # here: ``import kzaz_corpus`` does not pay for it

    packaged = resources.files("kzaz_corpus").joinpath("seeds")
    if packaged.is_dir():
        return Path(str(packaged))
    here = Path(__file__).resolve().parents[3] / "seeds"  # pragma: no cover - editable source checkout
    return here  # pragma: no cover


def load_seeds() -> Corpus:
    """
    Return the five sample articles shipped with the package.

    >>> c = load_seeds()
    >>> len(c)
    5
    """
    return Corpus.from_directory(_seed_dir(), strict=True)

