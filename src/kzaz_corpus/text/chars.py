"""
Characters: regex fragments and word folding shared by the extractors.

Facts:

- Real files carry no-break, thin and figure spaces where a plain space would
  stand (``5\u00a0%``, ``1\u202f800``); every rule that allows a space on a line
  allows these too, and none of them crosses a line break.
- Some pages put Latin or Greek look-alike letters inside Russian words
  (``чтο`` with a Greek omicron, ``рынкa`` with a Latin ``a``); the quotes
  stage reads such a word as the Cyrillic word it looks like
  (:func:`kzaz_corpus.lexicon.scripts.unmix_scripts`), one letter for one, so
  offsets stay those of the text.
- The ``regex`` engine may know decimal digits of scripts newer than this
  Python's Unicode tables (Kawi ``\U00011f50``), which ``int`` and ``Decimal``
  cannot read: the number and date stages see such a digit as U+FFFD
  (:func:`readable_digits`), one character for one.
"""

from __future__ import annotations

import unicodedata

from .. import cache

__all__ = ["DEGREE", "HSPACE", "HSPACES", "fold", "literal", "one_edit_apart", "readable_digits"]

#: The horizontal white-space characters: space, tab, no-break, thin, narrow
#: no-break and figure spaces (never a line break); and the soft hyphen, which
#: shows nothing where a page leaves it between words (``», \u00ad— сказал``).
HSPACES = frozenset(" \t\u00a0\u2009\u202f\u2007\u00ad")
#: One of :data:`HSPACES`, as a pattern.
HSPACE = "[ \t\u00a0\u2009\u202f\u2007\u00ad]"
#: A degree sign, as a pattern: the sign itself, and the ordinal indicator and the ring above that pages type for it
#: (``+21..+24ºС``, ``+13...+15 ˚С``).
DEGREE = "[°º˚]"


def literal(text: str) -> str:
    """
    Return *text* as a pattern that matches it literally: ``regex.escape``, with letters and digits passed through.

    A word list's prefix tree escapes thousands of single letters when a grammar is built; a letter or a digit is
    never special, and skipping the escape for it keeps a fresh process's start-up short.

    >>> print(literal("млн."), literal("тонн"))
    млн\\. тонн
    """
    if text.isalnum():
        return text
    import regex

    return regex.escape(text)


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


# A decimal digit other than an ASCII one (rare in news: the search is the whole cost on ordinary text).
_FOREIGN_DIGIT_RE = cache.pattern(r"[^\P{Nd}0-9]")


def readable_digits(text: str, start: int = 0, end: int | None = None) -> str:
    """
    *text* with every decimal digit this Python cannot read as a number replaced by U+FFFD (same length).

    Only ``text[start:end]`` is searched (and changed): a caller that reads one paragraph at a time pays
    for that paragraph, not for the whole text. The text itself is returned when nothing changes.

    >>> readable_digits("5 тонн"), readable_digits("\u0665 тонн"), readable_digits("\U00011f55 тонн") == "\ufffd тонн"
    ('5 тонн', '٥ тонн', True)
    """
    stop = len(text) if end is None else end
    if _FOREIGN_DIGIT_RE.search(text, start, stop) is None:
        return text
    part = _FOREIGN_DIGIT_RE.sub(
        lambda m: m[0] if unicodedata.decimal(m[0], None) is not None else "\ufffd", text[start:stop]
    )
    return text if part == text[start:stop] else text[:start] + part + text[stop:]
