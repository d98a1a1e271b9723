"""
Quotes: finding direct and indirect quotes, the mentions around them, and their speakers.

>>> from kzaz_corpus.model import Paragraph
>>> from kzaz_corpus.stages.quotes import extract_quotes
>>> t = "Министр Иван Петров заявил, что цены снизятся."
>>> [(q.kind, q.speaker) for q in extract_quotes(t, (Paragraph(0, len(t)),))]
[('indirect', 'Иван Петров')]
"""

from __future__ import annotations

from .extract import extract_quotes

__all__ = ["extract_quotes"]
