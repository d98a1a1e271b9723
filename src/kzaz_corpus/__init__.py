"""
kzaz_corpus: who said what, which figures were stated, and when, in Russian news.

>>> import kzaz_corpus
>>> a = kzaz_corpus.Article.from_text("date 2025-10-21 Текст.", id="x")
>>> a.date.isoformat()
'2025-10-21'
>>> kzaz_corpus.parse_number("полтора миллиона")
1500000.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .article import Article
from .corpus import Corpus, LoadError, load_seeds
from .errors import KzazError, ParseError, SourceError
from .model import CorpusEntity, DateMention, Entity, Header, Metric, Paragraph, Quote, TimelinePoint

if TYPE_CHECKING:
    from .stages.dates import parse_date
    from .stages.numbers import parse_number

    __version__: str

__all__ = [
    "Article",
    "Corpus",
    "CorpusEntity",
    "DateMention",
    "Entity",
    "Header",
    "KzazError",
    "LoadError",
    "Metric",
    "Paragraph",
    "ParseError",
    "Quote",
    "SourceError",
    "TimelinePoint",
    "__version__",
    "load_seeds",
    "parse_date",
    "parse_number",
]


def __getattr__(name: str) -> Any:
    # Loaded on first use, so that ``import kzaz_corpus`` stays cheap.
    if name == "parse_date":
        from .stages.dates import parse_date

        return parse_date
    if name == "parse_number":
        from .stages.numbers import parse_number

        return parse_number
    if name == "__version__":
        from ._version import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
