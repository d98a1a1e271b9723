"""
Reading the data tables in ``kzaz_corpus/lexicon/data/``, once per process.

Facts:

- A table is UTF-8 text: one entry per line, fields separated by tabs.
- ``#`` starts a comment, on a line of its own or after the fields; blank
  lines are skipped. No entry contains ``#``.
- Each extractor's lexicon module builds its own views (mappings, sets,
  patterns) from these rows, cached with :func:`functools.cache`.
"""

from __future__ import annotations

import functools

__all__ = ["read_table"]


@functools.cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """
    Return the entry rows of ``data/<name>`` as tuples of stripped fields.

    >>> ("полтора", "1.5", "half") in read_table("numerals.tsv")
    True
    >>> all(not row[0].startswith("#") for row in read_table("units.tsv"))
    True
    """
    from importlib.resources import files  # here: ``import kzaz_corpus`` does not pay for it

    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        body = line.split("#", 1)[0].rstrip()
        if body.strip():
            rows.append(tuple(field.strip() for field in body.split("\t")))
    return tuple(rows)
