"""The on-disk cache of compiled grammars and derived tables: reused when sound, rebuilt when not, never fatal."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from kzaz_corpus import cache

WORDS = r"(?<!\w)(?:тонн\w*|баррел\w*)(?!\w)"
LETTERS = "абвгдеёжзийклмнопрстуфхцчшщьыэюя"


@pytest.fixture
def cache_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    return tmp_path


def _entries(root: Path) -> list[Path]:
    return sorted(root.rglob("*.pickle"))


def test_a_pattern_is_kept_and_reused_without_compiling(cache_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = cache.pattern(WORDS, regex.IGNORECASE)
    assert len(_entries(cache_root)) == 1

    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex, "compile", no_compile)
    again = cache.pattern(WORDS, regex.IGNORECASE)
    assert again is not first
    assert (again.pattern, again.flags) == (first.pattern, first.flags)
    text = "Добыли 5 ТОНН нефти и 7 баррелей; тоннель закрыт."
    assert again.findall(text) == first.findall(text) == ["ТОНН", "баррелей", "тоннель"]


def test_flags_are_part_of_the_key(cache_root: Path) -> None:
    plain = cache.pattern(WORDS)
    folded = cache.pattern(WORDS, regex.IGNORECASE)
    assert len(_entries(cache_root)) == 2
    assert plain.findall("ТОНН") == []
    assert folded.findall("ТОНН") == ["ТОНН"]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps(("другой ключ", regex.compile("x")))])
def test_a_damaged_or_foreign_entry_is_compiled_again(cache_root: Path, damage: bytes) -> None:
    cache.pattern(WORDS)
    (entry,) = _entries(cache_root)
    entry.write_bytes(damage)
    again = cache.pattern(WORDS)
    assert again.findall("5 тонн") == ["тонн"]
    # The entry is written anew and is sound again.
    with entry.open("rb") as f:
        key, stored = pickle.load(f)
    assert key.endswith(WORDS) and stored.pattern == WORDS


def test_an_empty_setting_keeps_nothing_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, "")
    assert cache.cache_dir() is None
    assert cache.pattern(WORDS).findall("5 тонн") == ["тонн"]
    assert cache.table("t", "k", lambda: [1, 2]) == [1, 2]


def test_an_unwritable_directory_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache root cannot be made under a file")
    monkeypatch.setenv(cache.ENV_VAR, str(blocker / "cache"))
    assert cache.pattern(WORDS).findall("5 тонн") == ["тонн"]
    assert not list(tmp_path.rglob("*.pickle"))
    assert not list(tmp_path.rglob("*.tmp"))


def test_the_default_directory_is_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(cache.ENV_VAR, raising=False)
    folder = cache.cache_dir()
    assert folder is not None
    assert folder.parent == Path(platformdirs.user_cache_dir("kzaz_corpus", appauthor=False))
    assert regex.__version__ in folder.name


def test_a_table_is_built_once_per_key(cache_root: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, str]:
        calls.append(1)
        return {"заявил": "заявить"}

    assert cache.table("verbs", "v1", build) == {"заявил": "заявить"}
    assert cache.table("verbs", "v1", build) == {"заявил": "заявить"}
    assert len(calls) == 1
    cache.table("verbs", "v2", build)
    assert len(calls) == 2


def test_a_damaged_table_is_built_again(cache_root: Path) -> None:
    cache.table("verbs", "v1", lambda: ["a"])
    (entry,) = _entries(cache_root)
    entry.write_bytes(b"\x80\x05garbage")
    assert cache.table("verbs", "v1", lambda: ["b"]) == ["b"]


def test_the_verb_tables_read_from_the_cache_equal_the_ones_built(
    cache_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzaz_corpus.lexicon import quotes

    quotes._derived.cache_clear()
    built = quotes._derived()  # derived, and kept in this test's cache directory
    quotes._derived.cache_clear()
    monkeypatch.setattr(quotes, "_derive", lambda: pytest.fail("tables derived again"))
    try:
        assert quotes._derived() == built
    finally:
        quotes._derived.cache_clear()
    assert built.verbs["speech"]["заявила"] == ("заявить", "speech", False, "f")
    assert ("давал", "понять") in built.phrases


def test_a_derived_table_is_derived_again_when_what_it_comes_from_changes(cache_root: Path) -> None:
    calls: list[str] = []

    def build(value: str) -> Callable[[], str]:
        def derive() -> str:
            calls.append(value)
            return value

        return derive

    assert cache.derived("rules", ("titles.tsv rows", b"rules v1"), build("a")) == "a"
    assert cache.derived("rules", ("titles.tsv rows", b"rules v1"), build("b")) == "a"
    assert cache.derived("rules", ("titles.tsv rows", b"rules v2"), build("c")) == "c"
    assert cache.derived("rules", ("other rows", b"rules v1"), build("d")) == "d"
    assert calls == ["a", "c", "d"]


def _cache_entries_of_a_fresh_process(root: Path, seed: str) -> set[str]:
    env = {**os.environ, cache.ENV_VAR: str(root), "PYTHONHASHSEED": seed}
    code = "import kzaz_corpus; kzaz_corpus.Article.from_text('Иван ибн Петров заявил, что всё хорошо.', id='x')"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return {p.name for p in root.rglob("*.pickle")}


def test_every_grammar_is_the_same_pattern_in_every_process(tmp_path: Path) -> None:
    # A pattern built from a set in the set's order would differ from one process to the next (string hashes are
    # salted): compiled again in every process, and kept again on disk each time.
    first = _cache_entries_of_a_fresh_process(tmp_path / "a", "1")
    second = _cache_entries_of_a_fresh_process(tmp_path / "b", "2")
    assert len(first) > 100
    assert first == second


@settings(max_examples=40, deadline=None)
@given(
    words=st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=6), min_size=1, max_size=6),
    text=st.text(alphabet=LETTERS + " АБВ.,", max_size=60),
)
def test_a_reused_pattern_matches_as_the_compiled_one(words: list[str], text: str) -> None:
    import tempfile

    source = r"(?<!\w)(?:" + "|".join(map(regex.escape, sorted(set(words), key=len, reverse=True))) + r")(?!\w)"
    with tempfile.TemporaryDirectory() as root, pytest.MonkeyPatch.context() as mp:
        mp.setenv(cache.ENV_VAR, root)
        cache.pattern(source, regex.IGNORECASE)
        reused = cache.pattern(source, regex.IGNORECASE)
    fresh = regex.compile(source, regex.IGNORECASE)
    assert [m.span() for m in reused.finditer(text)] == [m.span() for m in fresh.finditer(text)]
