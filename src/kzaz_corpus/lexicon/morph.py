"""
Lazy access to pymorphy3, loaded once per process and cached per word.

Facts:
- Loading the Russian dictionary costs tens of milliseconds and some memory,
  so nothing here runs at import time.
- ``parse`` is cached per word form: news text repeats its words a lot.
- Most analyses of a word the dictionary lacks are guesses by analogy, the
  costliest thing pymorphy3 does; ``known_parses`` asks the dictionary first
  and skips them.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3
    from pymorphy3.analyzer import Parse

__all__ = ["analyzer", "is_known", "known_parses", "lemma", "parse"]


@functools.cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """Return the process-wide morphological analyser, created on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=200_000)
def parse(word: str) -> tuple[Parse, ...]:
    """Return every analysis of *word* (cached)."""
    return tuple(analyzer().parse(word))


@functools.lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """
    Whether the dictionary knows *word* as written (cached; ``Parse.is_known`` is not).

    >>> is_known("тонна"), is_known("Токаевым")
    (True, False)
    """
    return bool(analyzer().word_is_known(word.lower()))


@functools.lru_cache(maxsize=200_000)
def known_parses(word: str) -> tuple[Parse, ...]:
    """
    Return the analyses of *word* (lower case) whose form the dictionary knows (cached).

    The same as ``tuple(p for p in parse(word) if is_known(p.word))``, but a
    word the dictionary lacks is never parsed: pymorphy3 stops at its
    dictionary whenever that knows the word (allowing ``е`` for ``ё``), so
    every analysis of an unknown word is a guess made for the word as
    written, and the filter would drop them all.

    >>> [p.normal_form for p in known_parses("тонны")][:1], known_parses("токаевым")
    (['тонна'], ())
    """
    if not is_known(word):
        return ()
    return tuple(p for p in parse(word) if is_known(p.word))


@functools.lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Return the most likely normal form of *word*, lower-cased."""
    parses = parse(word)
    return str(parses[0].normal_form) if parses else word.lower()
