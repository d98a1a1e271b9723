"""
Who said what: every speaker in a corpus with their quotes, most quoted first.

Run it as ``python examples/who_said_what.py [DIRECTORY]``; without a
directory it reads the sample articles shipped with the package.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from kzaz_corpus import Corpus, Quote, load_seeds


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quotes_by_speaker(corpus: Corpus) -> dict[str, list[tuple[str, Quote]]]:
    """Group every quote of the corpus by speaker (``None`` becomes ``"(unattributed)"``)."""
    groups: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for article in corpus:
        for quote in sorted(article.quotes, key=lambda q: q.start):
            groups[quote.speaker or "(unattributed)"].append((article.id, quote))
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))


def main(argv: list[str]) -> int:
    corpus = Corpus.from_directory(argv[1]) if len(argv) > 1 else load_seeds()
    groups = quotes_by_speaker(corpus)
    total = sum(len(v) for v in groups.values())
    print(f"{corpus}: {total} quotes by {len(groups)} speakers")
    for speaker, quotes in groups.items():
        articles = sorted({article_id for article_id, _ in quotes})
        roles = sorted({q.role for _, q in quotes if q.role})
        role = f" ({', '.join(roles)})" if roles else ""
        print(f"\n{speaker}{role}: {len(quotes)} quotes in {len(articles)} articles")
        for article_id, quote in quotes:
            verb = f" [{quote.verb}]" if quote.verb else ""
            print(f"  {article_id} {quote.kind}{verb}: «{_shorten(quote.text)}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
