"""
Sentences and paragraphs: shared segmentation for the extractors.

Facts:
- razdel's ``sentenize`` is fast but glues a subheading to the next sentence,
  so sentences are split inside each paragraph (line), never across lines.
- Offsets are absolute offsets into the article text.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Paragraph

__all__ = ["one_edit_apart", "paragraph_sentences", "sentences"]


def paragraph_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """
    Return the ``(start, end)`` spans of the sentences of ``text[start:end]``.

    >>> t = "Первое. Второе предложение!"
    >>> [t[s:e] for s, e in paragraph_sentences(t, 0, len(t))]
    ['Первое.', 'Второе предложение!']
    """
    from razdel import sentenize

    return tuple((start + s.start, start + s.stop) for s in sentenize(text[start:end]))


def sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[tuple[int, int], ...]:
    """
    Return the sentence spans of every paragraph, in text order.

    >>> t = "Заголовок\\nРаз. Два."
    >>> ps = (Paragraph(0, 9, "title"), Paragraph(10, 19))
    >>> [t[s:e] for s, e in sentences(t, ps)]
    ['Заголовок', 'Раз.', 'Два.']
    """
    out: list[tuple[int, int]] = []
    for p in paragraphs:
        out.extend(paragraph_sentences(text, p.start, p.end))
    return tuple(out)


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
