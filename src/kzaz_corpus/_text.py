"""
Sentences and words: helpers shared by the extractors.

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

__all__ = ["fold", "one_edit_apart", "paragraph_sentences"]


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


def one_edit_apart(a: str, b: str) -> bool:
    """
    Whether two words differ by at most one letter inserted, deleted or replaced.

    >>> one_edit_apart("гарибашвили", "гарибашивили"), one_edit_apart("алиев", "алиева")
    (True, True)
    >>> one_edit_apart("алиев", "ахмедов")
    False
    """
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def fold(word: str) -> str:
    """
    Fold *word* for look-ups: lower case, ``ё`` read as ``е``.

    >>> fold("Королёв")
    'королев'
    """
    return word.lower().replace("ё", "е")
