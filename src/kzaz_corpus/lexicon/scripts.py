"""
Latin and Greek letters that look like Cyrillic ones inside Russian words (``чтο`` with a Greek omicron).

The table is ``homoglyphs.tsv``: a look-alike letter, the Cyrillic letter it
stands for, and a comment.
"""

from __future__ import annotations

import functools

import regex

from .. import cache
from ..text.chars import fold
from ..text.doc import Doc, words
from .tables import read_table

__all__ = ["consonant_outline", "consonant_outlines", "cyrillic_doc", "unmix_scripts"]

# A letter of another script touching a Cyrillic one: the cheap test that most texts fail.
_MIXED_RE = cache.pattern(r"(?<=\p{Cyrillic})[\p{Latin}\p{Greek}]|[\p{Latin}\p{Greek}](?=\p{Cyrillic})")
_LETTERS_RE = cache.pattern(r"\p{L}++")


@functools.cache
def _look_alikes() -> dict[int, str]:
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
    # The words of the article's one tokenisation; inside each, every run of letters is read alone.
    chars = list(text)
    for w in words(text):
        if _MIXED_RE.search(w.text):
            chars[w.start : w.end] = _LETTERS_RE.sub(_unmix_word, w.text)
    unmixed = "".join(chars)
    # No word became Cyrillic (``IT-компания``): the text itself, so a caller can test ``is``.
    return text if unmixed == text else unmixed


def cyrillic_doc(doc: Doc) -> Doc:
    """
    *doc* with look-alike letters inside Russian words read as Cyrillic (:func:`unmix_scripts`), or *doc* itself
    when it has none; built once per document and shared by the stages that read words (quotes, metrics).

    Offsets are those of *doc*; a stage that reads the returned document gives its records the text of
    ``doc.source`` between their offsets.

    >>> d = Doc("Он заявил, чт\u03bf цены упали.")
    >>> cyrillic_doc(d).text, cyrillic_doc(d) is cyrillic_doc(d)
    ('Он заявил, что цены упали.', True)
    >>> plain = Doc("Он заявил.")
    >>> cyrillic_doc(plain) is plain
    True
    """

    def build() -> Doc:
        plain = unmix_scripts(doc.text)
        return doc if plain is doc.text else Doc(plain, doc.paragraphs)

    return doc.memo("cyrillic", build)


@functools.cache
def _latin_consonants() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], "" if row[1] == "-" else row[1]) for row in read_table("latin_consonants.tsv"))


# The Cyrillic consonants of an outline, and the letters Russian spells one sound with, read as one.
_OUTLINE_LETTERS = frozenset("бвдклмнпрстфш")
_CYRILLIC_OUTLINE = str.maketrans({"ж": "ш", "щ": "ш", "ч": "ш", "з": "с", "ц": "с", "г": None, "х": None})


def consonant_outline(word: str) -> str:
    """
    The consonant outline of a name, the same for its Latin and its Cyrillic spelling (``latin_consonants.tsv``).

    >>> consonant_outline("Glushakov") == consonant_outline("Глушаков"), consonant_outline("Trump")
    (True, 'трмп')
    >>> consonant_outline("Khanna") == consonant_outline("Кханна")
    True
    >>> consonant_outline("Bernstein") == consonant_outline("Бернштейн")
    True
    """
    low = word.lower()
    if "a" <= low[:1] <= "z":
        for latin, cyrillic in _latin_consonants():
            low = low.replace(latin, cyrillic)
    else:
        low = low.replace("кх", "х")  # "Кханна" spells the "kh" of "Khanna" with both letters
    # "Бернштейн", "Шпигель": a German "st", "sp" that Russian spells with "ш"
    low = low.replace("шт", "ст").replace("шп", "сп")
    letters = [c for c in fold(low).translate(_CYRILLIC_OUTLINE) if c in _OUTLINE_LETTERS]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


# A "w" between vowels, which Russian spells as "в" or as a vowel: "Howard" is "Ховард", "Lewis" is "Льюис".
_W_AFTER_VOWEL_RE = cache.pattern(r"(?i)(?<=[aeiou])w")


def consonant_outlines(word: str) -> frozenset[str]:
    """
    The consonant outlines a name's Cyrillic spelling may have (:func:`consonant_outline`): a Latin ``w`` after a
    vowel may be spelt as ``в`` or as a vowel.

    >>> consonant_outline("Льюис") in consonant_outlines("Lewis")
    True
    >>> consonant_outline("Ховард") in consonant_outlines("Howard")
    True
    >>> consonant_outline("Сноуден") in consonant_outlines("Snowden")
    True

    .. versionadded:: 0.2.0
    """
    return frozenset({consonant_outline(word), consonant_outline(_W_AFTER_VOWEL_RE.sub("", word))})
