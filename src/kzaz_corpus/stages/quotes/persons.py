"""
The people an article names: every name mention, the fullest form of each name, and person chains.

Facts:
- A name is completed to the fullest form the article gives: a bare surname
  (``Рахимов``), initials and a surname (``А. Жумабаева``) or a surname one
  typo or one suffix letter away from a full name's surname link to that full
  name (``Жамшид Рахимов``).
- A person's gender is the one its mentions commit to, else the one its
  fullest name reads as.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Sequence
from typing import Literal

from ...lexicon.morph import known_parses
from ...lexicon.names import diminutives
from ...text.chars import fold, one_edit_apart
from ..names import PersonMention, find_persons, gender_of, is_patronymic

__all__ = ["PersonIndex"]

Gender = Literal["m", "f"]


class PersonIndex:
    """
    Every person mention of a text, searchable by position, and the fullest name for each surname.

    *persons* are the text's person mentions when they are already found
    (:func:`~kzaz_corpus.stages.names.persons_of`); else the text is searched.

    >>> idx = PersonIndex("Вице-министр Арман Жумабаев сказал. По словам А. Жумабаева, рост продолжится.")
    >>> [p.name for p in idx.persons]
    ['Арман Жумабаев', 'Арман Жумабаев']
    >>> idx.canonical("Жумабаева")
    'Арман Жумабаев'

    .. versionadded:: 0.2.0
    """

    def __init__(self, text: str, persons: Sequence[PersonMention] | None = None) -> None:
        self.text = text
        self._canonical: dict[str, str] = {}
        self._given = None if persons is None else tuple(persons)

    @functools.cached_property
    def persons(self) -> tuple[PersonMention, ...]:
        """Every person mention of the text, in order (as given, else found in the text)."""
        return find_persons(self.text) if self._given is None else self._given

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [p.start for p in self.persons]

    @functools.cached_property
    def full_names(self) -> dict[str, str]:
        """The longest full name the text gives for each surname (folded)."""
        out: dict[str, str] = {}
        for p in self.persons:
            words = [w for w in p.name.split() if not w.endswith(".")]
            if len(words) >= 2:
                key = fold(p.surname)
                if key not in out or len(p.name) > len(out[key]):
                    out[key] = p.name
        # "отличает Станислава Бруса" read as a woman's name in the nominative, after "Станислав Брус": his name
        # in the accusative (the other's surname is this one's less its ending of one or two letters).
        return {
            key: name
            for key, name in out.items()
            if not any(_oblique_of(name, out[key[:-n]]) for n in (1, 2) if key[:-n] in out)
        }

    @functools.cached_property
    def _by_prefix(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for key in self.full_names:
            out[key[:2]].append(key)
        return out

    @functools.cached_property
    def genders(self) -> dict[str, Gender | None]:
        """
        The gender of each person the text names, by canonical name.

        The first gender a mention commits to, except that a woman's wins where no ending gives it: it comes from
        her verb, while a man's may be a surname's default (``Актриса Фань Бинбин, 2013 год`` then ``Фань Бинбин
        согласилась``; a woman's ``Сталина`` is a misread genitive); else the gender the fullest name reads as. A
        first name's ending gives a woman's too: then a man's came from his verb (``Дана Уайт обещал``, then
        ``Уайт`` alone, read as the name reads).
        """
        out: dict[str, Gender | None] = {}
        for p in self.persons:
            name = self.canonical(p.name)
            by_verb = p.gender == "f" and not p.name.endswith(("а", "я")) and gender_of(p.name) != "f"
            if out.get(name) is None or (by_verb and out[name] == "m"):
                out[name] = p.gender or (gender_of(name) if " " in name else None)
        return out

    def gender(self, name: str) -> Gender | None:
        """The gender of the person *name* (canonical), if the text tells."""
        return self.genders.get(name)

    @functools.cached_property
    def only_of_gender(self) -> dict[Gender, str]:
        """
        For each gender, the one person of it the text names in full, if it names exactly one (found once).

        >>> people = PersonIndex("Анна Петрова и Иван Сидоров приехали.")
        >>> people.only_of_gender == {"f": "Анна Петрова", "m": "Иван Сидоров"}
        True
        """
        found: dict[Gender, list[str]] = {}
        for name, g in self.genders.items():
            if g is not None and " " in name:
                found.setdefault(g, []).append(name)
        return {g: names[0] for g, names in found.items() if len(names) == 1}

    def canonical(self, name: str) -> str:
        """
        Return the fullest form of *name* that the article gives.

        >>> PersonIndex("Вице-министр Арман Жумабаев сказал.").canonical("А. Жумабаева")
        'Арман Жумабаев'
        """
        cached = self._canonical.get(name)
        if cached is None:
            cached = self._canonical[name] = self._canonical_uncached(name)
        return cached

    def _canonical_uncached(self, name: str) -> str:
        words = name.split()
        if not words:
            return name
        sur = fold(words[-1])
        initials = [w[0] for w in words[:-1] if w.endswith(".")]
        if len(words) == 2 and is_patronymic(words[1]) and (sur not in self.full_names or _listed_patronymic(sur)):
            # "Виктор Фёдорович дал интервью" after "Виктор Янукович": a first name and a patronymic; a word only
            # shaped like one is a surname when the article gives it as one ("Александр Михневич" beside
            # "Александр Лукашенко").
            full = self._by_first_name(words[0])
            if full:
                return full
        if sur in self.full_names:
            full = self.full_names[sur]
            return full if _same_first_name(words, full) else name
        for key in self._by_prefix.get(sur[:2], ()):
            full = self.full_names[key]
            if _close(sur, key) and (not initials or full[:1] == initials[0]) and _same_first_name(words, full):
                return full
        if len(words) == 1:
            return self._by_first_name(words[0]) or name
        return name

    def _by_first_name(self, word: str) -> str | None:
        """
        The one full name whose first name *word* is (in any case): ``рассказывает Алексей`` after
        ``Алексей Дикий``. None when no full name, or several, start with it.
        """
        from ..names import nominative

        by_first = self._by_first
        nom = fold(nominative(word))
        found = by_first.get(nom, set()) | by_first.get(fold(word), set())
        if not found:
            # "Катя" after "Екатерина Ларина": an everyday form of the first name.
            for full in diminutives().get(nom, ()) or diminutives().get(fold(word), ()):
                found |= by_first.get(full, set())
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def _by_first(self) -> dict[str, set[str]]:
        """The full names by their first word (folded), those that end in no patronymic (found once)."""
        out: dict[str, set[str]] = defaultdict(set)
        for full in self.full_names.values():
            words = full.split()
            if not is_patronymic(words[-1]):
                out[fold(words[0])].add(full)
        return out

    def person_at(self, start: int, end: int) -> PersonMention | None:
        """Return the first person mention that starts inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self.persons) and self.persons[i].start < end:
            return self.persons[i]
        return None

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        """Return the person mentions inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.persons) and self.persons[i].end <= end:
            out.append(self.persons[i])
            i += 1
        return out

    def before(self, pos: int, limit: int = 40) -> list[PersonMention]:
        """The person mentions that start before *pos*, nearest first (at most *limit*)."""
        i = bisect.bisect_left(self._starts, pos)
        return list(reversed(self.persons[max(0, i - limit) : i]))


def _listed_patronymic(word: str) -> bool:
    """Whether the dictionary reads *word* (folded) as a patronymic (``федорович``), not only its shape does."""
    return any("Patr" in p.tag.grammemes for p in known_parses(word))


def _same_first_name(words: Sequence[str], full: str) -> bool:
    """
    Whether the first name of *words* (if any, not an initial) can be that of *full*.

    ``Барак Обама`` is not ``Мишель Обама``; a surname alone (``Обама``) can be either.
    """
    first = words[0] if len(words) >= 2 and not words[0].endswith(".") else None
    other = full.split()[0]
    return first is None or fold(first)[:3] == fold(other)[:3]


def _oblique_of(name: str, other: str) -> bool:
    """Whether each word of the full *name* is that of *other* with an ending of one or two letters added."""
    words, others = name.split(), other.split()
    return len(words) == len(others) and all(
        w.startswith(o) and 1 <= len(w) - len(o) <= 2 for w, o in zip(words, others, strict=True)
    )


def _close(sur: str, key: str) -> bool:
    """Whether the surname *sur* is a form or a one-letter misspelling of the full name's surname *key*."""
    return (
        (sur.startswith(key) and len(sur) - len(key) <= 2)
        or (key.startswith(sur) and len(key) - len(sur) <= 2 and len(sur) >= 4)
        or (min(len(sur), len(key)) >= 5 and one_edit_apart(sur, key))
    )
