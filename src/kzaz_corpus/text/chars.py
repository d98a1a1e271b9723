"""
Characters: regex fragments and word folding shared by the extractors.

Facts:

- Real files carry no-break, thin and figure spaces where a plain space would
  stand (``5\u00a0%``, ``1\u202f800``); every rule that allows a space on a line
  allows these too, and none of them crosses a line break.
- Some pages put Latin or Greek look-alike letters inside Russian words
  (``чтο`` with a Greek omicron, ``Сеймa`` with a Latin ``a``); such a word
  is read as the Cyrillic word it looks like (:func:`unmix_scripts`, table
  ``homoglyphs.tsv``), one letter for one, so offsets stay those of the text.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["HSPACE", "fold", "one_edit_apart", "unmix_scripts"]

#: One horizontal white-space character: space, tab, no-break, thin, narrow
#: no-break and figure spaces (never a line break).
HSPACE = "[ \t\u00a0\u2009\u202f\u2007]"


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


# A letter of another script touching a Cyrillic one: the cheap test that most texts fail.
_MIXED_RE = regex.compile(r"\p{Cyrillic}[\p{Latin}\p{Greek}]|[\p{Latin}\p{Greek}]\p{Cyrillic}")
_WORD_RE = regex.compile(r"\p{L}++")


@functools.cache
def _look_alikes() -> dict[int, str]:
    from ..lexicon.tables import read_table  # here: the text layer reads one table only on demand

    return {ord(row[0]): row[1] for row in read_table("homoglyphs.tsv")}


def _unmix_word(m: regex.Match[str]) -> str:
    word = m.group()
    if not regex.search(r"\p{Cyrillic}", word):
        return word
    unmixed = word.translate(_look_alikes())
    # Only a word that becomes all Cyrillic was a disguised Russian word (not ``IT-компания`` parts).
    return unmixed if not regex.search(r"[\p{Latin}\p{Greek}]", unmixed) else word


def unmix_scripts(text: str) -> str:
    """
    Read Latin and Greek look-alike letters inside Russian words as the Cyrillic letters they look like.

    Only a word that has Cyrillic letters and becomes all Cyrillic changes; the result has the
    length of *text*, so every offset into it is an offset into *text*. A text with no mixed
    word is returned as it is.

    >>> unmix_scripts("Он заявил, чт\u03bf цены упали в iPhone-магазинах.")
    'Он заявил, что цены упали в iPhone-магазинах.'
    """
    if not _MIXED_RE.search(text):
        return text
    return _WORD_RE.sub(_unmix_word, text)
