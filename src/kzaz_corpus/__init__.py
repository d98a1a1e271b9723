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

from importlib.metadata import PackageNotFoundError, version

from .article import Article
from .corpus import Corpus, LoadError, load_seeds
from .dates import parse_date
from .errors import KzazError, ParseError, SourceError
from .model import DateMention, Header, Metric, Paragraph, Quote
from .numbers import parse_number

try:
    __version__ = version("kzaz_corpus")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "Corpus",
    "DateMention",
    "Header",
    "KzazError",
    "LoadError",
    "Metric",
    "Paragraph",
    "ParseError",
    "Quote",
    "SourceError",
    "__version__",
    "load_seeds",
    "parse_date",
    "parse_number",
]
