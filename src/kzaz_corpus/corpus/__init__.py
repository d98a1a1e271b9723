"""
Collections of articles: reading files, the :class:`Corpus`, parallel and
distributed analysis, and queries across articles.

>>> from kzaz_corpus.corpus import load_seeds
>>> len(load_seeds())
5
"""

from __future__ import annotations

from .corpus import Corpus, iter_directory, load_seeds
from .sources import LoadError, decode_bytes, read_article

__all__ = ["Corpus", "LoadError", "decode_bytes", "iter_directory", "load_seeds", "read_article"]
