"""The data tables: shape, unique keys and known classes (a broken row fails here, not in an extractor)."""

from __future__ import annotations

from importlib.resources import files

import pytest

from kzaz_corpus.lexicon.tables import read_table

# table -> (fewest fields, most fields, whether the first field is a unique key)
SHAPES: dict[str, tuple[int, int, bool]] = {
    "aliases.tsv": (2, 12, False),
    "countries.tsv": (2, 8, True),
    "date_modifiers.tsv": (2, 2, True),
    "diminutives.tsv": (2, 2, True),
    "day_words.tsv": (2, 2, True),
    "document_sources.tsv": (1, 1, True),
    "elliptic.tsv": (2, 2, True),
    "exclusions.tsv": (2, 2, True),
    "first_names.tsv": (2, 2, True),
    "fused.tsv": (2, 2, True),
    "homoglyphs.tsv": (3, 3, True),
    "latin_consonants.tsv": (2, 2, True),
    "speaking_bodies.tsv": (1, 1, True),
    "header_date_words.tsv": (2, 2, True),
    "letters.tsv": (3, 3, True),
    "livestock.tsv": (1, 1, True),
    "measures.tsv": (2, 2, True),
    "months.tsv": (3, 3, True),
    "name_endings.tsv": (8, 8, False),
    "name_stopwords.tsv": (1, 1, True),
    "not_bodies.tsv": (1, 1, True),
    "numerals.tsv": (3, 3, True),
    "offset_units.tsv": (3, 3, True),
    "office_holders.tsv": (4, 5, False),
    "org_anaphors.tsv": (3, 3, True),
    "outlets.tsv": (2, 2, True),
    "qualifiers.tsv": (2, 2, True),
    "scales.tsv": (3, 3, True),
    "speech_auxiliaries.tsv": (1, 2, True),
    "speech_verbs.tsv": (2, 2, False),
    "title_links.tsv": (2, 2, True),
    "titles.tsv": (2, 2, True),
    "units.tsv": (3, 3, True),
    "verbs.tsv": (2, 2, True),
    "weekdays.tsv": (3, 3, True),
}


def test_every_table_is_covered() -> None:
    """Each file in data/ has an expected shape here, so a new table gets checked too."""
    names = {p.name for p in (files("kzaz_corpus.lexicon") / "data").iterdir() if p.name.endswith(".tsv")}
    assert names == set(SHAPES)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_table_shape(name: str) -> None:
    """Rows have the table's number of fields, no empty field, and unique keys where keys are looked up."""
    low, high, unique = SHAPES[name]
    rows = read_table(name)
    assert rows, f"{name} is empty"
    for row in rows:
        assert low <= len(row) <= high, f"{name}: {row!r}"
        assert all(row), f"{name}: empty field in {row!r}"
    if unique:
        keys = [row[0] for row in rows]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        assert not dupes, f"{name}: duplicate keys {dupes}"


@pytest.mark.parametrize(
    ("name", "column", "allowed"),
    [
        ("speech_verbs.tsv", 1, {"speech", "opinion", "impersonal", "passive", "report"}),
        ("first_names.tsv", 1, {"m", "f"}),
        ("homoglyphs.tsv", 2, {"Latin", "Greek"}),
        ("org_anaphors.tsv", 1, {"body", "outlet", "company"}),
        ("org_anaphors.tsv", 2, {"named", "spoke"}),
        ("titles.tsv", 1, None),
    ],
    ids=[
        "speech-verb-classes",
        "first-name-genders",
        "look-alike-scripts",
        "organisation-kinds",
        "organisation-readings",
        "title-kinds",
    ],
)
def test_table_classes(name: str, column: int, allowed: set[str] | None) -> None:
    """Class columns hold only the documented values (titles: a small closed set, whatever it is)."""
    values = {row[column] for row in read_table(name)}
    if allowed is None:
        assert len(values) <= 8, values
    else:
        assert values <= allowed, values - allowed


def test_speech_verbs_are_lemmas_written_in_lower_case() -> None:
    """
    Speech-verb entries are lower-case infinitives, or adjectives of a state of opinion (``согласный``); a typo or
    a glued entry fails here.
    """
    for lemma, cls in read_table("speech_verbs.tsv"):
        assert lemma == lemma.lower()
        verb = lemma.endswith(("ть", "ться", "ти", "чь"))
        assert verb or (cls == "opinion" and lemma.endswith(("ый", "ий", "ой"))), lemma


def test_morphology_of_a_letter_without_a_unicode_name() -> None:
    """A letter the Unicode tables name nothing (an ideograph) has no analysis, and no error."""
    from kzaz_corpus import Article
    from kzaz_corpus.lexicon.morph import parse

    assert parse("\U00017000") == ()
    assert Article.from_text("\U00017000<0").metrics == ()
