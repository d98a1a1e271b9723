"""
The command line: ``python -m kzaz_corpus [PATH ...]``.

With no path it analyses the built-in seeds; with paths it analyses those
files and directories. ``--format text`` (the default) prints a readable
report; ``--format json`` writes JSON Lines (one article per line, then one
line per file that failed) for pipelines. Files that fail are reported on
stderr and do not stop the run (``--strict`` makes the first one fatal).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ._version import version
from .article import Article
from .corpus import Corpus, LoadError, load_seeds
from .errors import KzazError

__all__ = ["format_report", "main"]


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m kzaz_corpus",
        description="Find quotes with their speakers, stated figures and dates in Russian news.",
    )
    ap.add_argument("paths", nargs="*", type=Path, help="files or directories (default: the built-in seeds)")
    ap.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    ap.add_argument("--pattern", default="*.txt", help="file pattern inside directories (default: *.txt)")
    ap.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    ap.add_argument(
        "--date",
        type=_dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the publication date of a single input file (overrides its header's date)",
    )
    ap.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="analyse files in N worker processes (default: in this process); output order is unchanged",
    )
    ap.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (auto: when stderr is a terminal)",
    )
    ap.add_argument("--version", action="version", version=f"kzaz_corpus {version()}")
    return ap


def _expand(paths: Sequence[Path], pattern: str) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(x for x in p.glob(pattern) if x.is_file()))
        else:
            files.append(p)
    return files


class _Progress:
    """A one-line progress bar on a stream; silent when disabled."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.enabled = enabled and total > 0

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _load(
    files: Sequence[Path], *, strict: bool, workers: int | None, progress: _Progress, date: _dt.date | None = None
) -> Iterator[Article | LoadError]:
    from .corpus.parallel import analyse_paths

    dates = None if date is None else (lambda _id: date)
    for item in analyse_paths(files, workers=workers, strict=strict, dates=dates):
        progress.step()
        yield item


def _fmt_value(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}".replace(",", " ") if x == int(x) else f"{x:,.3f}".rstrip("0").replace(",", " ")


def _first_line(article: Article) -> str:
    for p in article.paragraphs:
        if p.kind in ("body", "title"):
            return article.text[p.start : p.end]
    return ""


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
    lines: list[str] = [f"Articles: {len(corpus)}"]
    width = max([len(a.id) for a in corpus] + [2])
    lines.append(f"{'id':<{width}}  {'date':<10}  quotes  metrics  title")
    for a in corpus:
        date = a.date.isoformat() if a.date else "-"
        title = " ".join((a.title or _first_line(a)).split())
        if len(title) > 70:
            title = title[:69] + "…"
        lines.append(f"{a.id:<{width}}  {date:<10}  {len(a.quotes):>6}  {len(a.metrics):>7}  {title}".rstrip())
    if corpus.errors:
        lines.append("")
        lines.append(f"Files that could not be read: {len(corpus.errors)}")
        lines.extend(f"  {e.path}: {e.reason}" for e in corpus.errors)

    speakers = corpus.speakers()
    unattributed = sum(1 for a in corpus for q in a.quotes if not q.speaker)
    lines.append("")
    if speakers:
        lines.append("Speakers by number of quotes:")
        sw = max(len(s.name) for s in speakers)
        for spk in speakers:
            mark = "" if spk.named else "  (unnamed)"
            lines.append(f"  {spk.name:<{sw}}  {spk.count:>4}{mark}")
        if unattributed:
            lines.append(f"  {'(unattributed)':<{sw}}  {unattributed:>4}")
    else:
        lines.append("Speakers by number of quotes: none found")

    lines.append("")
    rows = [(a.id, m) for a in corpus for m in a.metrics]
    if rows:
        lines.append("Metrics:")
        lines.append(f"  {'article':<{width}}  {'value':>18}  {'high':>18}  {'unit':<14}  {'qual':<6}  surface")
        for aid, m in rows:
            lines.append(
                f"  {aid:<{width}}  {_fmt_value(m.value):>18}  {_fmt_value(m.high):>18}  "
                f"{(m.unit or '-'):<14}  {(m.qualifier or '-'):<6}  {m.surface}"
            )
    else:
        lines.append("Metrics: none found")
    return "\n".join(lines)


def _write_json(items: Iterable[Article | LoadError], out: TextIO) -> int:
    failures = 0
    for it in items:
        failures += isinstance(it, LoadError)
        out.write(it.to_json() + "\n")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; return the process exit code.

    Exit codes: 0 on success (files that failed are listed but do not fail
    the run), 1 when ``--strict`` stopped at a bad file or no input could be
    read at all, 2 for usage errors.

    >>> main(["--format", "json", "/nonexistent/file.txt"])
    {"type": "error", "path": "/nonexistent/file.txt", "reason": "cannot read file: No such file or directory"}
    1
    """
    args = _build_parser().parse_args(argv)
    out = sys.stdout
    try:
        if args.date is not None and len(args.paths) != 1:
            print("kzaz_corpus: error: --date needs exactly one input file", file=sys.stderr)
            return 2
        if not args.paths:
            corpus = load_seeds()
            if args.format == "json":
                for line in corpus.iter_json():
                    out.write(line + "\n")
            else:
                out.write(format_report(corpus) + "\n")
            return 0

        files = _expand(args.paths, args.pattern)
        if args.date is not None and len(files) != 1:
            print("kzaz_corpus: error: --date needs exactly one input file", file=sys.stderr)
            return 2
        enabled = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty() and len(files) > 20)
        progress = _Progress(len(files), sys.stderr, enabled)
        if args.workers is not None and args.workers < 1:
            print("kzaz_corpus: error: --workers must be at least 1", file=sys.stderr)
            return 2
        items = _load(files, strict=args.strict, workers=args.workers, progress=progress, date=args.date)
        if args.format == "json":
            failures = _write_json(items, out)
            progress.close()
            ok = len(files) - failures
        else:
            arts: list[Article] = []
            errs: list[LoadError] = []
            for it in items:
                (errs if isinstance(it, LoadError) else arts).append(it)  # type: ignore[arg-type]
            progress.close()
            corpus = Corpus(articles=arts, errors=errs)
            out.write(format_report(corpus) + "\n")
            ok = len(arts)
        if files and ok == 0:
            print("kzaz_corpus: no file could be read", file=sys.stderr)
            return 1
        return 0
    except KzazError as exc:
        print(f"kzaz_corpus: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return 0

