"""
Sentences: one splitter shared by the extractors.

Facts:

- razdel's ``sentenize`` is fast but glues a subheading to the next sentence,
  so sentences are split inside each paragraph (line), never across lines.
- razdel is only called where it could split: a paragraph with no sentence
  delimiter followed by more text is one sentence as it stands.
- Offsets are absolute offsets into the article text.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["paragraph_sentences"]


def paragraph_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """
    Return the ``(start, end)`` spans of the sentences of ``text[start:end]``.

    >>> t = "Первое. Второе предложение!"
    >>> [t[s:e] for s, e in paragraph_sentences(t, 0, len(t))]
    ['Первое.', 'Второе предложение!']
    """
    if _delimiter().search(text, start, end) is None:
        # Nothing razdel could split at: the paragraph, trimmed, is one sentence.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return ((start, end),) if start < end else ()
    from razdel import sentenize

    return tuple((start + s.start, start + s.stop) for s in sentenize(text[start:end]))


@functools.cache
def _delimiter() -> regex.Pattern[str]:
    """Where razdel may split: a delimiter it knows, then white space and more text."""
    from razdel.segmenters.sentenize import DELIMITER

    return regex.compile(DELIMITER + r"\s++\S", regex.VERSION0)
