"""
Read the name tables in ``data/`` once per process.

Facts:
- ``first_names.tsv``: one nominative first name and its gender per line.
- ``name_endings.tsv``: the case endings of first names, patronymics and
  surnames, each with the nominative ending that replaces it.
- ``name_stopwords.tsv``: capitalised words that are never part of a name.
- ``#`` starts a comment; blank lines are skipped.
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import Literal, NamedTuple

from ._lexicon import read_table

__all__ = ["CASES", "Ending", "endings", "first_names", "stopwords"]

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
def stopwords() -> frozenset[str]:
    """Return lower-cased capitalised words that never belong to a name."""
    return frozenset(fields[0].lower() for fields in read_table("name_stopwords.tsv"))
