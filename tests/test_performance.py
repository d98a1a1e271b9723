"""Speed work that must not change results: shared morphology records, bounded caches, warm workers."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from kzaz_corpus import Article
from kzaz_corpus.corpus import parallel
from kzaz_corpus.lexicon import morph

# --- morphology: one record per form, bounded ------------------------------


def test_one_record_per_form_shared_by_every_question() -> None:
    r = morph.record("сообщила")
    assert morph.record("сообщила") is r
    assert morph.parse("сообщила") is r.parses
    assert morph.known_parses("сообщила") is r.known_parses
    assert morph.lemma("сообщила") == r.lemma == "сообщить"
    assert morph.is_known("сообщила") is r.known is True


def test_record_answers_equal_pymorphy3() -> None:
    m = morph.analyzer()
    for word in ("тонны", "заявил", "петрову", "крюкозябликов", "ёлки", "елки"):
        assert morph.parse(word) == tuple(m.parse(word))
        assert morph.known_parses(word) == tuple(p for p in m.parse(word) if m.word_is_known(p.word))
        assert morph.lemma(word) == m.parse(word)[0].normal_form


def test_unknown_word_is_never_guessed_for_known_parses() -> None:
    r = morph.WordMorph("трямзиков")
    assert r.known_parses == ()
    assert r._parses is None  # the costly guesses were not made


def test_record_cache_is_bounded() -> None:
    info = morph.record.cache_info()
    assert info.maxsize == morph.CACHE_SIZE
    assert info.currsize <= morph.CACHE_SIZE


def test_fast_reader_flag_matches_the_installed_reader() -> None:
    import importlib.util

    assert morph.fast_reader() == (importlib.util.find_spec("dawg") is not None)


# --- quotes: nested quotation marks ------------------------------------------


def test_nested_closing_marks_keep_the_attribution() -> None:
    text = "date 2025-01-01 Заголовок\n\n«Он ответил: «нет»», — заявил министр Семён Трубников.\n"
    quotes = Article.from_text(text, id="n").quotes
    assert quotes and all(q.speaker == "Семён Трубников" for q in quotes)


# --- workers: start-up work done once, before the workers start ---------------


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method")
def test_parent_is_warm_before_the_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = parallel._warm_up

    def spy() -> None:
        calls.append(multiprocessing.current_process().name)
        real()

    monkeypatch.setattr(parallel, "_warm_up", spy)
    (tmp_path / "a.txt").write_text("date 2025-01-02 Текст.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2025-01-03 Текст.", encoding="utf-8")
    ctx = multiprocessing.get_context("fork")  # the spy is a local function: only fork can hand it over
    out = list(parallel.analyse_paths(sorted(tmp_path.glob("*.txt")), workers=2, mp_context=ctx))
    assert [a.id for a in out if isinstance(a, Article)] == ["a", "b"]
    assert calls and calls[0] == multiprocessing.current_process().name


# --- quotes: the work per attribution is bounded --------------------------------


def test_gerund_subject_search_reads_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each gerund's subject is looked for in a window of fixed size, not back to the start of its sentence."""
    from kzaz_corpus.stages.quotes import extract
    from kzaz_corpus.stages.quotes.mentions import WINDOW
    from kzaz_corpus.text.doc import Word, words_in

    windows: list[int] = []
    real = words_in

    def spy(text: str, start: int, end: int) -> tuple[Word, ...]:
        windows.append(end - start)
        return real(text, start, end)

    monkeypatch.setattr(extract, "words_in", spy)
    sentence = "Министр выступил, отметив, что рост есть, " * 400 + "и закончил."
    Article.from_text(sentence, id="g")
    assert len(windows) >= 400
    assert max(windows) <= WINDOW


def test_unit_search_reads_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words after a number are matched in a short window, not up to the end of a long sentence."""
    import regex

    from kzaz_corpus.stages import metrics

    windows: list[int] = []
    real = metrics._EXCESS_RE

    class Spy:
        def match(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
            windows.append(endpos - pos)
            return real.match(text, pos, endpos)

    monkeypatch.setattr(metrics, "_EXCESS_RE", Spy())
    Article.from_text("Итоги: " + "24 кубка (7, 8, 9), из них " * 300 + "все золотые.", id="m")
    assert len(windows) >= 300
    assert max(windows) <= 40
