"""Save and compare the library's full output on real texts ("golden outputs").

A refactoring must not change what the library extracts, except where a change
is a named fix.  This script writes the JSON of every article of the built-in
seeds and, when they are present, of the evaluation texts kept beside the
repository (``../shared/gold/*.json`` and ``../shared/corpus/news.jsonl``;
they are third-party texts and are never copied into the repository).  Run it
once before a change and once after::

    python benchmarks/golden.py save  .golden        # before
    python benchmarks/golden.py check .golden        # after: lists every change

``check`` exits with status 1 when any output differs and prints, for each
changed article, which fields changed.  Sets whose texts are absent are
skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import kzaz_corpus

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _sets(shared: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    yield "seeds", [(a.id, a.text) for a in kzaz_corpus.load_seeds()]
    for name in ("seeds", "dev", "dev2"):
        path = shared / "gold" / f"{name}.json"
        if name == "seeds" or not path.is_file():
            continue
        docs = json.loads(path.read_text(encoding="utf-8"))
        yield f"gold-{name}", [(d["id"], d["text"]) for d in docs if "text" in d]
    news = shared / "corpus" / "news.jsonl"
    if news.is_file():
        with news.open(encoding="utf-8") as lines:
            yield "news", [(r["id"], r["text"]) for r in map(json.loads, lines)]


def outputs(shared: Path) -> dict[str, dict[str, object]]:
    """Every article's dictionary, keyed by set name and article id."""
    result: dict[str, dict[str, object]] = {}
    for name, texts in _sets(shared):
        result[name] = {doc_id: kzaz_corpus.Article.from_text(text, id=doc_id).to_dict() for doc_id, text in texts}
    return result


def _diff(old: dict[str, object], new: dict[str, object]) -> list[str]:
    return sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("directory", type=Path)
    parser.add_argument("--shared", type=Path, default=SHARED, help="gold/ and corpus/ (default: ../shared)")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"note: {args.shared} is absent; only the seeds are compared", file=sys.stderr)
    current = outputs(args.shared)
    if args.action == "save":
        args.directory.mkdir(parents=True, exist_ok=True)
        for name, articles in current.items():
            path = args.directory / f"{name}.json"
            path.write_text(json.dumps(articles, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
            print(f"{name}: {len(articles)} articles -> {path}")
        return 0
    changed = 0
    for name, articles in current.items():
        path = args.directory / f"{name}.json"
        if not path.is_file():
            print(f"{name}: no saved output at {path}; skipped")
            continue
        saved = json.loads(path.read_text(encoding="utf-8"))
        diffs = {i: _diff(saved.get(i, {}), articles.get(i, {})) for i in saved.keys() | articles.keys()}
        diffs = {i: d for i, d in diffs.items() if d}
        changed += len(diffs)
        print(f"{name}: {len(articles)} articles, {len(diffs)} changed")
        for doc_id in sorted(diffs):
            print(f"  {doc_id}: {', '.join(diffs[doc_id])}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
