"""
Read the name tables in ``data/`` once per process.

Facts:
- ``first_names.tsv``: one nominative first name and its gender per line.
- ``name_endings.tsv``: the case endings of first names, patronymics and
  surnames, each with the nominative ending that replaces it.
- ``name_stopwords.tsv``: capitalised words that are never part of a name.
- ``diminutives.tsv``: everyday forms of first names (``Катя``) and the full
  first names they stand for (``Екатерина``).
- A word is matched against the ending rows of its slot only: ``endings_of``
  indexes them by role and ending, so a word looks up its own final letters
  instead of scanning every row.
- ``#`` starts a comment; blank lines are skipped.
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import Literal, NamedTuple

from ..text.chars import fold
from .morph import CACHE_SIZE
from .tables import read_table

__all__ = ["CASES", "Ending", "diminutives", "endings", "endings_of", "first_names", "stopwords"]

Gender = Literal["m", "f"]

#: The six cases a name is read in, in the order ties are broken.
CASES: tuple[str, ...] = ("nomn", "gent", "datv", "accs", "ablt", "loct")


class Ending(NamedTuple):
    """One row of ``name_endings.tsv``."""

    role: str
    gender: Gender | None
    ending: str
    nominative: str
    cases: frozenset[str]
    after: str
    weight: float
    shape: bool


@functools.cache
def first_names() -> MappingProxyType[str, Gender]:
    """Return lower-cased nominative first name -> gender."""
    out: dict[str, Gender] = {}
    for fields in read_table("first_names.tsv"):
        out[fields[0].lower()] = "f" if fields[1] == "f" else "m"
    return MappingProxyType(out)


@functools.cache
def diminutives() -> MappingProxyType[str, tuple[str, ...]]:
    """
    Return an everyday form of a first name -> the full first names it stands for, all folded (``ё`` -> ``е``).

    >>> diminutives()["катя"], diminutives()["саша"], diminutives()["леша"]
    (('екатерина',), ('александр', 'александра'), ('алексей',))
    """
    rows = read_table("diminutives.tsv")
    return MappingProxyType({fold(row[0]): tuple(fold(name) for name in row[1].split(",")) for row in rows})


@functools.cache
def endings() -> tuple[Ending, ...]:
    """Return every case-ending row, in file order."""
    out = []
    for role, gender, ending, nom, cases, after, weight, shape in read_table("name_endings.tsv"):
        out.append(
            Ending(
                role=role,
                gender="m" if gender == "m" else "f" if gender == "f" else None,
                ending="" if ending == "-" else ending,
                nominative="" if nom == "-" else nom,
                cases=frozenset(CASES if cases == "*" else cases.split(",")),
                after=after,
                weight=float(weight),
                shape=shape == "1",
            )
        )
    return tuple(out)


@functools.cache
def _endings_index() -> tuple[MappingProxyType[tuple[str, str], tuple[tuple[int, Ending], ...]], int]:
    """Return (role, ending) -> its rows with their file positions, and the longest ending."""
    index: dict[tuple[str, str], list[tuple[int, Ending]]] = {}
    for n, e in enumerate(endings()):
        index.setdefault((e.role, e.ending), []).append((n, e))
    longest = max((len(e.ending) for e in endings()), default=0)
    return MappingProxyType({key: tuple(rows) for key, rows in index.items()}), longest


@functools.lru_cache(maxsize=CACHE_SIZE)
def endings_of(word: str, role: str) -> tuple[Ending, ...]:
    """
    Return the rows of *role* whose ending *word* ends with, in file order (cached).

    The same as ``[e for e in endings() if e.role == role and word.endswith(e.ending)]``,
    found by looking up each final stretch of *word*, not by scanning the table.

    >>> endings_of("бекеновой", "surname")[0][2:4]
    ('овой', 'ова')
    """
    index, longest = _endings_index()
    found: list[tuple[int, Ending]] = []
    for k in range(min(longest, len(word)) + 1):
        found.extend(index.get((role, word[len(word) - k :]), ()))
    found.sort(key=lambda row: row[0])
    return tuple(e for _, e in found)


@functools.cache
def stopwords() -> frozenset[str]:
    """Return lower-cased capitalised words that never belong to a name."""
    return frozenset(fields[0].lower() for fields in read_table("name_stopwords.tsv"))
