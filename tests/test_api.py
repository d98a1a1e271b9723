"""The public surface: names, laziness, reprs and records."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import attrs
import pytest

import kzaz_corpus
from kzaz_corpus import Article, DateMention, Metric, Paragraph, Quote


def test_all_names_exist_and_are_documented() -> None:
    """Every name in __all__ exists and public classes/functions carry a docstring with an example."""
    for name in kzaz_corpus.__all__:
        obj = getattr(kzaz_corpus, name)
        if name == "__version__":
            assert isinstance(obj, str)
            continue
        assert obj.__doc__, name
        assert ">>>" in obj.__doc__, f"{name} has no example"


def test_star_import_matches_all() -> None:
    """``from kzaz_corpus import *`` gives exactly __all__."""
    ns: dict[str, object] = {}
    exec("from kzaz_corpus import *", ns)
    assert sorted(k for k in ns if k != "__builtins__") == sorted(kzaz_corpus.__all__)


def test_import_is_cheap() -> None:
    """Importing the package loads neither the morphology dictionary nor pandas."""
    code = (
        "import sys, kzaz_corpus; "
        "print(sorted(m for m in ('pymorphy3', 'pandas', 'dask', 'razdel') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


RECORDS: dict[str, Any] = {
    "Quote": Quote(start=0, end=1, text="а", kind="direct"),
    "Metric": Metric(start=0, end=1, surface="5", value=5),
    "DateMention": DateMention(start=0, end=4, surface="2025", value=dt.date(2025, 1, 1)),
    "Paragraph": Paragraph(start=0, end=1),
    "Article": Article(id="x", text="а"),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_records_are_frozen(name: str) -> None:
    """Every record is an immutable, hashable attrs class."""
    inst = RECORDS[name]
    assert attrs.has(type(inst))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        inst.start = 3
    assert hash(inst) == hash(attrs.evolve(inst))


def test_article_repr_is_compact() -> None:
    """The article repr leaves the text and the extracted tuples out."""
    a = Article(id="x", text="очень длинный текст " * 100)
    assert "очень" not in repr(a)
    assert repr(a).startswith("Article(id='x'")


def test_record_dict_round_trip() -> None:
    """to_dict/from_dict invert each other, dates as ISO strings."""
    period = DateMention(
        start=0, end=4, surface="2024", value=dt.date(2024, 1, 1), high=dt.date(2024, 12, 31), granularity="year"
    )
    m = Metric(start=5, end=16, surface="62 процента", value=62, unit="процент", kind="change", period=period)
    d = m.to_dict()
    assert d["period"]["value"] == "2024-01-01"
    assert Metric.from_dict(d) == m
    q = Quote(start=0, end=3, text="Да.", kind="indirect", speaker="Ильхам Алиев", verb="заявить")
    assert Quote.from_dict(q.to_dict()) == q


def test_from_dict_rejects_unknown_fields() -> None:
    """Unknown keys are an error, not silently dropped."""
    with pytest.raises(TypeError, match="unknown fields"):
        Paragraph.from_dict({"start": 0, "end": 1, "colour": "red"})


def test_from_text_rejects_non_strings() -> None:
    """A wrong argument type is a TypeError, as the style guide asks."""
    with pytest.raises(TypeError, match="expects str"):
        Article.from_text(b"bytes", id="x")  # type: ignore[arg-type]


def test_from_dict_checks_field_types() -> None:
    """A record whose id or text is not a string is a ParseError, like any bad record."""
    from kzaz_corpus import ParseError

    with pytest.raises(ParseError, match="strings"):
        Article.from_dict({"id": 1, "text": ""})
