"""
Quickstart: load the sample articles, look at one, and save its highlighted HTML.

Run it as ``python examples/quickstart.py [OUTPUT_DIR]``; the HTML page goes to
OUTPUT_DIR (a temporary directory by default).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kzaz_corpus import Article, load_seeds
from kzaz_corpus.views.html import format_article_html, format_article_text


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp(prefix="kzaz-quickstart-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    corpus = load_seeds()
    print(corpus)
    for article in corpus:
        print(f"  {article.id}: {article.date}, {len(article.quotes)} quotes, {len(article.metrics)} metrics")

    # Any text works too: parse a document of your own.
    mine = Article.from_text("date 2025-11-03 Министр энергетики заявил, что добыча выросла на 4 процента.", id="mine")
    print()
    print(format_article_text(mine))

    article = corpus[0]
    print()
    print(format_article_text(article))

    page = out_dir / f"{article.id}.html"
    page.write_text(
        f'<!doctype html><meta charset="utf-8"><title>{article.id}</title>{format_article_html(article)}',
        encoding="utf-8",
    )
    print(f"\nwrote {page}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
