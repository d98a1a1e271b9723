"""
The one entry point to pymorphy3: one record per distinct word form, shared by every stage.

Facts:

- Loading the Russian dictionary costs tens of milliseconds and some memory,
  so nothing here runs at import time.
- pymorphy3 reads its dictionary through a DAWG. The C reader (the ``dawg``
  module of the ``DAWG2`` package, installed with ``pymorphy3[fast]``) is
  about five times faster than the pure-Python one; pymorphy3 picks it when
  it is installed and falls back to the pure-Python reader otherwise, with
  identical results.
- Every look-up of a word form (its analyses, whether the dictionary knows
  it, its known analyses, its lemma) goes through one :class:`WordMorph`
  record per form, so a form is looked up once whichever stage asks first.
- The records live in one least-recently-used cache of :data:`CACHE_SIZE`
  forms: news text repeats its words, and memory stays bounded however large
  the vocabulary of a stream of text is.
- Most analyses of a word the dictionary lacks are guesses by analogy, the
  costliest thing pymorphy3 does; a record computes them only when a caller
  asks for every analysis (:func:`parse`), never for :func:`known_parses`.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3
    from pymorphy3.analyzer import Parse

__all__ = [
    "CACHE_SIZE",
    "NAME_TAGS",
    "PROPER_TAGS",
    "WordMorph",
    "analyzer",
    "dictionary_version",
    "fast_reader",
    "finite_verb_in",
    "is_finite_verb",
    "is_known",
    "known_parses",
    "lemma",
    "parse",
    "reads_as",
    "record",
]

#: Distinct word forms each per-word cache keeps, morphology records and the stages' word caches alike
#: (least recently used first out): memory stays bounded whatever the vocabulary.
CACHE_SIZE = 20_000

#: The dictionary's grammemes of a person's name: a first name, a surname, a patronymic.
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
#: The grammemes of any proper name: a person's, a place's (``Geox``) or an organisation's (``Orgn``).
PROPER_TAGS = NAME_TAGS | {"Geox", "Orgn"}


@functools.cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """Return the process-wide morphological analyser, created on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.cache
def dictionary_version() -> str:
    """
    Return the versions of pymorphy3 and of its dictionary: what a table derived from the dictionary depends on.

    >>> dictionary_version().count(":")
    2
    """
    import pymorphy3

    meta = analyzer().dictionary.meta
    return f"{pymorphy3.__version__}:{meta['format_version']}:{meta['source_revision']}"


def fast_reader() -> bool:
    """
    Whether pymorphy3 reads its dictionary with the C DAWG reader (``pymorphy3[fast]``).

    >>> isinstance(fast_reader(), bool)
    True
    """
    from pymorphy3 import dawg

    return str(dawg.DAWG.__module__).split(".")[0] == "dawg"


class WordMorph:
    """
    Everything the stages ask pymorphy3 about one word form, computed at most once.

    >>> r = record("тонны")
    >>> r.known, r.lemma, [p.normal_form for p in r.known_parses][:1]
    (True, 'тонна', ['тонна'])
    >>> record("токаевым").known_parses
    ()
    """

    __slots__ = ("_known_parses", "_lemma", "_parses", "known", "word")

    def __init__(self, word: str) -> None:
        self.word = word
        #: Whether the dictionary knows the form as written (lower-cased).
        self.known: bool = bool(analyzer().word_is_known(word.lower()))
        self._parses: tuple[Parse, ...] | None = None
        self._known_parses: tuple[Parse, ...] | None = None
        self._lemma: str | None = None

    @property
    def parses(self) -> tuple[Parse, ...]:
        """Every analysis of the form, guesses for unknown words included."""
        if self._parses is None:
            try:
                self._parses = tuple(analyzer().parse(self.word))
            except ValueError:
                # pymorphy3 names each letter with ``unicodedata.name``, which fails for letters
                # without a name in this Python's Unicode tables (some ideographs): no analysis.
                self._parses = ()
        return self._parses

    @property
    def known_parses(self) -> tuple[Parse, ...]:
        """The analyses whose form the dictionary knows (none for an unknown word)."""
        if self._known_parses is None:
            if not self.known:
                self._known_parses = ()
            else:
                word = self.word
                self._known_parses = tuple(p for p in self.parses if p.word == word or is_known(p.word))
        return self._known_parses

    @property
    def lemma(self) -> str:
        """The most likely normal form, lower-cased."""
        if self._lemma is None:
            parses = self.parses
            self._lemma = str(parses[0].normal_form) if parses else self.word.lower()
        return self._lemma


@functools.lru_cache(maxsize=CACHE_SIZE)
def record(word: str) -> WordMorph:
    """
    Return the shared morphology record of *word* (a form as written; callers lower-case it).

    >>> record("заявил") is record("заявил")
    True
    """
    return WordMorph(word)


def parse(word: str) -> tuple[Parse, ...]:
    """
    Return every analysis of *word*.

    >>> parse("тонны")[0].normal_form
    'тонна'
    """
    return record(word).parses


def is_known(word: str) -> bool:
    """
    Whether the dictionary knows *word* as written (``Parse.is_known`` is not cached).

    >>> is_known("тонна"), is_known("Токаевым")
    (True, False)
    """
    return record(word).known


def known_parses(word: str) -> tuple[Parse, ...]:
    """
    Return the analyses of *word* (lower case) whose form the dictionary knows.

    The same as ``tuple(p for p in parse(word) if is_known(p.word))``, but a
    word the dictionary lacks is never parsed: pymorphy3 stops at its
    dictionary whenever that knows the word (allowing ``е`` for ``ё``), so
    every analysis of an unknown word is a guess made for the word as
    written, and the filter would drop them all.

    >>> [p.normal_form for p in known_parses("тонны")][:1], known_parses("токаевым")
    (['тонна'], ())
    """
    return record(word).known_parses


def lemma(word: str) -> str:
    """
    Return the most likely normal form of *word*, lower-cased.

    >>> lemma("тонны")
    'тонна'
    """
    return record(word).lemma


def reads_as(word: str, pos: Collection[str], case: str | None = None, *, first: bool = False) -> bool:
    """
    Whether a reading of *word* (its most likely one if *first*) is one of the parts of speech *pos*, in *case*.

    >>> reads_as("чрезвычайным", ("NOUN", "ADJF"), "datv"), reads_as("документе", ("NOUN",), first=True)
    (True, True)
    >>> reads_as("поступившем", ("PRTF",), "loct", first=True), reads_as("заявил", ("NOUN",))
    (True, False)
    """
    parses = record(word.lower()).parses
    return any(p.tag.POS in pos and (case is None or p.tag.case == case) for p in parses[: 1 if first else None])


# Parts of speech of a function word.
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})


def is_function_word(word: str) -> bool:
    """
    Whether the most likely reading of *word* is a preposition, a conjunction or a particle (whatever its rarer
    readings: ``в`` is also read as an abbreviated noun, ``после`` as a form of ``посол``).

    >>> is_function_word("в"), is_function_word("после"), is_function_word("посол")
    (True, True, False)
    """
    parses = record(word.lower()).parses
    return bool(parses) and parses[0].tag.POS in _FUNCTION_POS


def is_finite_verb(word: str) -> bool:
    """
    Whether the most likely reading of *word* is a finite verb, past the readings of a proper name when it is
    written in small letters (``вели`` is no ``Вели``).

    >>> is_finite_verb("заявил"), is_finite_verb("заявление"), is_finite_verb("заявив"), is_finite_verb("вели")
    (True, False, False, True)
    """
    parses = record(word.lower()).parses
    if parses and word.islower() and PROPER_TAGS & parses[0].tag.grammemes:
        parses = tuple(p for p in parses if not PROPER_TAGS & p.tag.grammemes) or parses
    return bool(parses) and parses[0].tag.POS == "VERB"


def finite_verb_in(text: str, start: int, end: int) -> bool:
    """
    Whether a word of ``text[start:end]`` reads first as a finite verb (a clause, not a name or a phrase).

    >>> finite_verb_in("«Мы получили 5 мандатов»", 1, 23), finite_verb_in("«Четыре танкиста и собака»", 1, 26)
    (True, False)
    """
    from ..text.doc import iter_words_in

    return any(
        is_finite_verb(w.text) and not _capitalised_inside(text, start, w.start, w.text)
        for w in iter_words_in(text, start, end)
    )


def _capitalised_inside(text: str, start: int, pos: int, word: str) -> bool:
    """
    Whether *word* at *pos* is capitalised inside a sentence (not at *start*, nor after a sentence's end, an opening
    mark or a dash): a name (``Хошави Бабакр``, which the dictionary guesses is an imperative), no verb.
    """
    if not word[:1].isupper() or pos <= start:
        return False
    # What stands before may lie before *start*: "как сообщил| Шадурскис," is a name after a verb.
    before = text[max(0, pos - 4) : pos].rstrip()
    return bool(before) and before[-1] not in _OPENS_SENTENCE


# What may stand right before a sentence's first word.
_OPENS_SENTENCE = frozenset(".!?…«\"„“(—–-:\n")
