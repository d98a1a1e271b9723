"""
The command line: ``kzaz-corpus [PATH ...]`` (or ``python -m kzaz_corpus``).

Facts:

- Inputs: files and directories (``--pattern`` picks the files inside a
  directory); ``-`` is standard input, which is also read when no path is
  given and standard input is a pipe or a file. With no path and nothing
  piped in, the built-in sample articles are analysed.
- Ids are paths relative to the common parent of the inputs, without the
  extension (``x`` for ``news/x.txt`` given alone; ``a/x`` and ``b/x`` for
  two directories ``a`` and ``b`` that both hold ``x.txt``); standard input
  is ``<stdin>``.
- Output: ``--format text`` (a readable report, the default), ``jsonl``
  (``json`` is the same: one article per line, then one line per problem),
  ``csv`` (one table, ``--table``) or ``parquet`` (every table, into the
  directory ``-o``). ``-o FILE`` writes to a file, replaced only when the run
  is complete.
- Every file that fails is named on standard error as it happens, and so is
  every warning. Exit status: 0 when every input was read, 1 when some
  failed (or ``--strict`` stopped, or the output could not be written), 2 for
  a usage error, 3 when nothing could be read (nothing matched, or every
  input failed).
- A progress bar (rate and time left) goes to standard error, only when it is
  a terminal, or with ``--progress always``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as _dt
import math
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._version import version
from .article import Article
from .corpus import Corpus, LoadError
from .errors import KzazError

__all__ = ["EXIT_NOTHING_READ", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "format_report", "main"]

PROG = "kzaz-corpus"

#: Every input was read (warnings allowed).
EXIT_OK = 0
#: Some input failed, ``--strict`` stopped at one, or the output could not be written.
EXIT_SOME_FAILED = 1
#: The command line itself is wrong.
EXIT_USAGE = 2
#: Nothing could be read: nothing matched, or every input failed.
EXIT_NOTHING_READ = 3

#: The id of the article read from standard input.
STDIN_ID = "<stdin>"

_FORMATS = ("text", "jsonl", "json", "csv", "parquet")
_TABLES = ("articles", "quotes", "metrics", "dates", "texts", "errors")


class _UsageError(Exception):
    """A problem with the command line, reported with exit status 2."""


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Find quotes with their speakers, stated figures and dates in Russian news.",
        epilog="Exit status: 0 all read, 1 some failed, 2 usage error, 3 nothing read.",
    )
    ap.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="files or directories; '-' reads standard input (default: standard input if piped, else the seeds)",
    )
    ap.add_argument("--format", "-f", choices=_FORMATS, default="text", help="output format (default: text)")
    ap.add_argument("--table", choices=_TABLES, default="articles", help="the table --format csv writes")
    ap.add_argument("-o", "--output", type=Path, help="write here instead of standard output (a directory for parquet)")
    ap.add_argument("--pattern", default="*.txt", help="files to read inside directories (default: *.txt)")
    ap.add_argument("--encoding", help="decode every file with this codec instead of detecting it")
    ap.add_argument(
        "--errors",
        choices=("replace", "strict"),
        default="replace",
        help="undecodable bytes: replace them and warn (default), or reject the file",
    )
    ap.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    ap.add_argument(
        "--date",
        type=_dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the publication date of a single input (overrides its header's date)",
    )
    ap.add_argument("--workers", type=int, default=None, metavar="N", help="analyse files in N worker processes")
    ap.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on standard error (auto: when it is a terminal)",
    )
    ap.add_argument("--version", action="version", version=f"kzaz_corpus {version()}")
    return ap


# -- inputs ------------------------------------------------------------------------


def _stdin_has_data() -> bool:
    """Whether standard input is a pipe, a socket or a file (not a terminal, /dev/null or closed)."""
    try:
        mode = os.fstat(0).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def _seed_paths() -> list[Path]:
    from .corpus.corpus import _seed_dir

    return [_seed_dir()]


def _collect(paths: Sequence[Path], pattern: str) -> tuple[list[tuple[Path, str]], list[str]]:
    """The files to read, with their ids, and notes on directories where nothing matched."""
    from .corpus.sources import list_files, path_ids

    files: list[Path] = []
    notes: list[str] = []
    bases: list[str] = []
    for p in paths:
        if p.is_dir():
            found = list_files(p, pattern)
            if not found:
                notes.append(f"no file matches {pattern!r} in {p}")
            files.extend(found)
            bases.append(os.path.abspath(p))
        else:
            files.append(p)
            bases.append(os.path.abspath(p.parent))
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.path.abspath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    base = os.path.commonpath(bases) if bases else "."
    ids = path_ids([Path(os.path.abspath(f)) for f in unique], base)
    return list(zip(unique, ids, strict=True)), notes


def _read_stdin(args: argparse.Namespace) -> tuple[Article | LoadError, ...]:
    from .corpus.sources import decode

    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        return (LoadError(path="-", reason="standard input is closed"),)
    try:
        decoded = decode(stream.read(), "-", encoding=args.encoding, errors=args.errors)
        article = Article.from_text(decoded.text, id=STDIN_ID, date=args.date)
    except KzazError as exc:
        return (LoadError(path="-", reason=getattr(exc, "reason", str(exc))),)
    except Exception as exc:  # a bug in an extractor
        return (LoadError(path="-", reason=f"internal error: {type(exc).__name__}: {exc}"),)
    warning = decoded.warning()
    return (article,) if warning is None else (LoadError(path="-", reason=warning, severity="warning"), article)


# -- progress and messages -----------------------------------------------------------


class _Reporter:
    """Progress bar and per-file messages on standard error."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar: Any = None
        if enabled and total > 0:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", file=sys.stderr)
        self.failed = 0
        self.read = 0

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        elif sys.stderr is not None:
            print(message, file=sys.stderr)

    def item(self, item: Article | LoadError) -> None:
        if isinstance(item, Article):
            self.read += 1
            if self.bar is not None:
                self.bar.update(1)
        elif item.is_warning:
            self.say(f"{PROG}: warning: {item.path}: {item.reason}")
        else:
            self.failed += 1
            self.say(f"{PROG}: {item.path}: {item.reason}")
            if self.bar is not None:
                self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# -- outputs -------------------------------------------------------------------------


def _write_jsonl(items: Iterator[Article | LoadError], out: TextIO) -> None:
    for it in items:
        out.write(it.to_json() + "\n")


def _write_text(items: Iterator[Article | LoadError], out: TextIO) -> None:
    articles: list[Article] = []
    problems: list[LoadError] = []
    for it in items:
        (problems if isinstance(it, LoadError) else articles).append(it)  # type: ignore[arg-type]
    out.write(format_report(Corpus(articles=articles, errors=problems)) + "\n")


def _write_csv(items: Iterator[Article | LoadError], out: TextIO, table: str) -> None:
    from .views import frames

    builders = {
        "articles": frames.article_rows,
        "quotes": frames.quote_rows,
        "metrics": frames.metric_rows,
        "dates": frames.date_rows,
        "texts": frames.text_rows,
    }
    writer = csv.DictWriter(out, fieldnames=list(frames.TABLE_COLUMNS[table]), lineterminator="\n")
    writer.writeheader()
    for it in items:
        if isinstance(it, LoadError):
            if table == "errors":
                writer.writerows(frames.error_rows([it]))
        elif table != "errors":
            writer.writerows(builders[table](it))


def _write_parquet(items: Iterator[Article | LoadError], directory: Path) -> None:
    articles: list[Article] = []
    problems: list[LoadError] = []
    for it in items:
        (problems if isinstance(it, LoadError) else articles).append(it)  # type: ignore[arg-type]
    Corpus(articles=articles, errors=problems).to_pandas().to_parquet(directory)


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a temporary file that replaces *path* only when writing succeeded."""
    if path is None:
        if sys.stdout is None:
            raise OSError("standard output is closed")
        yield sys.stdout
        sys.stdout.flush()
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent if str(path.parent) else ".")
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _silence_stdout() -> None:
    """After a failed write, point standard output at /dev/null so the exit flush cannot fail again."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


# -- main ------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> None:
    from .corpus.sources import check_options, check_pattern

    if args.workers is not None and args.workers < 1:
        raise _UsageError("--workers must be at least 1")
    if args.format == "parquet" and args.output is None:
        raise _UsageError("--format parquet needs -o DIRECTORY")
    if args.format != "csv" and args.table != "articles":
        raise _UsageError("--table goes with --format csv")
    try:
        check_pattern(args.pattern)
        check_options(args.encoding, args.errors)
    except (KzazError, ValueError) as exc:
        raise _UsageError(str(exc)) from exc


def _items(
    args: argparse.Namespace, use_stdin: bool, entries: list[tuple[Path, str]], reporter: _Reporter
) -> Iterator[Article | LoadError]:
    from .corpus.parallel import analyse_paths

    if use_stdin:
        for it in _read_stdin(args):
            reporter.item(it)
            yield it
    known = args.date
    stream = analyse_paths(
        entries,
        workers=args.workers,
        strict=args.strict,
        encoding=args.encoding,
        errors=args.errors,
        dates=None if known is None else (lambda _id: known),
    )
    for it in stream:
        reporter.item(it)
        yield it


def _write(args: argparse.Namespace, items: Iterator[Article | LoadError]) -> None:
    if args.format == "parquet":
        _write_parquet(items, args.output)
        return
    with _output(args.output) as out:
        if args.format in ("jsonl", "json"):
            _write_jsonl(items, out)
        elif args.format == "csv":
            _write_csv(items, out, args.table)
        else:
            _write_text(items, out)


def _plan(args: argparse.Namespace) -> tuple[bool, list[tuple[Path, str]], list[str]]:
    paths: list[Path] = list(args.paths)
    use_stdin = any(str(p) == "-" for p in paths) or (not paths and _stdin_has_data())
    paths = [p for p in paths if str(p) != "-"]
    if not paths and not use_stdin:
        paths = _seed_paths()
    try:
        entries, notes = _collect(paths, args.pattern)
    except KzazError as exc:
        raise _UsageError(str(exc)) from exc
    return use_stdin, entries, notes


def _status(reporter: _Reporter, nothing: bool) -> int:
    if reporter.read == 0:
        if nothing:
            reporter.say(f"{PROG}: nothing to read")
        elif reporter.failed:
            reporter.say(f"{PROG}: no input could be read")
        return EXIT_NOTHING_READ
    return EXIT_SOME_FAILED if reporter.failed else EXIT_OK


def _run(args: argparse.Namespace) -> int:
    _check(args)
    use_stdin, entries, notes = _plan(args)
    if args.date is not None and (len(args.paths) > 1 or len(entries) + use_stdin != 1):
        raise _UsageError("--date needs exactly one input file")
    enabled = args.progress == "always" or (
        args.progress == "auto" and sys.stderr is not None and sys.stderr.isatty()
    )
    reporter = _Reporter(len(entries) + use_stdin, enabled)
    for note in notes:
        reporter.say(f"{PROG}: {note}")
    try:
        _write(args, _items(args, use_stdin, entries, reporter))
    finally:
        reporter.close()
    return _status(reporter, nothing=not entries and not use_stdin)


def _on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; return the exit status.

    Exit status: 0 when every input was read, 1 when some failed (or
    ``--strict`` stopped at one, or the output could not be written), 2 for a
    usage error, 3 when nothing could be read.

    >>> main(["--format", "jsonl", "/nonexistent/file.txt"])
    {"type": "error", "path": "/nonexistent/file.txt", "reason": "cannot read file: No such file or directory"}
    3
    """
    try:
        args = _build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse reported
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    previous = None
    with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(args)
    except _UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KzazError as exc:  # --strict stopped at a bad file
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        _silence_stdout()
        return EXIT_SOME_FAILED
    except OSError as exc:
        _silence_stdout()
        print(f"{PROG}: error: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 128 + signal.SIGINT
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _fmt_value(x: float | None) -> str:
    """A value for the report: grouped digits, at most 3 decimals; huge or non-finite values in short form."""
    if x is None:
        return ""
    if not math.isfinite(x) or abs(x) >= 1e15:
        return f"{x:.6g}"
    return f"{x:,.0f}".replace(",", " ") if x == int(x) else f"{x:,.3f}".rstrip("0").replace(",", " ")


def _first_line(article: Article) -> str:
    for p in article.paragraphs:
        if p.kind in ("body", "title"):
            return article.text[p.start : p.end]
    return ""


def _article_lines(corpus: Corpus, width: int) -> list[str]:
    lines: list[str] = [f"Articles: {len(corpus)}"]
    lines.append(f"{'id':<{width}}  {'date':<10}  quotes  metrics  title")
    for a in corpus:
        date = a.date.isoformat() if a.date else "-"
        title = " ".join((a.title or _first_line(a)).split())
        if len(title) > 70:
            title = title[:69] + "…"
        lines.append(f"{a.id:<{width}}  {date:<10}  {len(a.quotes):>6}  {len(a.metrics):>7}  {title}".rstrip())
    return lines


def _problem_lines(corpus: Corpus) -> list[str]:
    lines: list[str] = []
    failed = [e for e in corpus.errors if not e.is_warning]
    warned = [e for e in corpus.errors if e.is_warning]
    if failed:
        lines.append("")
        lines.append(f"Files that could not be read: {len(failed)}")
        lines.extend(f"  {e.path}: {e.reason}" for e in failed)
    if warned:
        lines.append("")
        lines.append(f"Files read with warnings: {len(warned)}")
        lines.extend(f"  {e.path}: {e.reason}" for e in warned)
    return lines


def _speaker_lines(corpus: Corpus) -> list[str]:
    speakers = corpus.speakers()
    unattributed = sum(1 for a in corpus for q in a.quotes if not q.speaker)
    lines = [""]
    if not speakers:
        return [*lines, "Speakers by number of quotes: none found"]
    lines.append("Speakers by number of quotes:")
    sw = max(len(s.name) for s in speakers)
    for spk in speakers:
        mark = "" if spk.named else "  (unnamed)"
        lines.append(f"  {spk.name:<{sw}}  {spk.count:>4}{mark}")
    if unattributed:
        lines.append(f"  {'(unattributed)':<{sw}}  {unattributed:>4}")
    return lines


def _metric_lines(corpus: Corpus, width: int) -> list[str]:
    rows = [(a.id, m) for a in corpus for m in a.metrics]
    if not rows:
        return ["", "Metrics: none found"]
    lines = ["", "Metrics:"]
    lines.append(f"  {'article':<{width}}  {'value':>18}  {'high':>18}  {'unit':<14}  {'qual':<6}  surface")
    for aid, m in rows:
        lines.append(
            f"  {aid:<{width}}  {_fmt_value(m.value):>18}  {_fmt_value(m.high):>18}  "
            f"{(m.unit or '-'):<14}  {(m.qualifier or '-'):<6}  {m.surface}"
        )
    return lines


def format_report(corpus: Corpus) -> str:
    """
    Return the readable report the command prints for *corpus*.

    >>> print(format_report(Corpus.from_texts({"x": "date 2025-01-02 Заголовок"})))
    ... # doctest: +NORMALIZE_WHITESPACE
    Articles: 1
    id  date        quotes  metrics  title
    x   2025-01-02       0        0  Заголовок
    <BLANKLINE>
    Speakers by number of quotes: none found
    <BLANKLINE>
    Metrics: none found
    """
    width = max([len(a.id) for a in corpus] + [2])
    lines = _article_lines(corpus, width) + _problem_lines(corpus) + _speaker_lines(corpus)
    lines += _metric_lines(corpus, width)
    return "\n".join(lines)


