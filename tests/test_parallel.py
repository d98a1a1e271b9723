"""Parallel analysis: worker processes give the serial results, in the same order."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzaz_corpus import Article, Corpus, LoadError, SourceError, load_seeds
from kzaz_corpus.corpus import iter_directory
from kzaz_corpus.corpus.parallel import _PREFETCH, analyse_paths, load_path


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The packaged sample articles, written out as files."""
    d = tmp_path_factory.mktemp("seeds")
    for a in load_seeds():
        (d / f"{a.id}.txt").write_text(a.text, encoding="utf-8", newline="")
    return d


@pytest.fixture()
def mixed_dir(tmp_path: Path) -> Path:
    """Good files in several encodings, an empty one and two bad ones, out of name order on disk."""
    files = {
        "c_cp1251.txt": "date 2024-03-05 Заголовок\n\n«Мы готовы», — заявил министр Иван Петров.".encode("cp1251"),
        "a_utf8.txt": "date 2025-10-21 Новости\r\n\r\nЭкспорт вырос на 12 процентов в 2024 году.\r\n".encode(),
        "b_binary.txt": b"\x00\x01\x02binary",
        "d_empty.txt": b"",
        "e_bom.txt": "\ufeffАвтор: Анна Смирнова\n\nТекст без цифр.".encode(),
        "f_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "ignored.md").write_text("not a .txt file")
    return tmp_path


def _paths(d: Path) -> list[Path]:
    return sorted(d.glob("*.txt"))


# -- examples -------------------------------------------------------------


def test_two_workers_match_serial_on_seeds(seed_dir: Path) -> None:
    """workers=2 yields the very articles a serial run yields, in the same order."""
    serial = list(analyse_paths(_paths(seed_dir)))
    parallel = list(analyse_paths(_paths(seed_dir), workers=2))
    assert parallel == serial
    assert [a.id for a in parallel if isinstance(a, Article)] == [p.stem for p in _paths(seed_dir)]


def test_two_workers_match_serial_with_bad_files(mixed_dir: Path) -> None:
    """Bad files become LoadErrors in place, with the same reasons, whatever the worker count."""
    serial = list(analyse_paths(_paths(mixed_dir)))
    parallel = list(analyse_paths(_paths(mixed_dir), workers=2, chunksize=1))
    assert parallel == serial
    errors = [x for x in parallel if isinstance(x, LoadError)]
    assert [Path(e.path).name for e in errors] == ["b_binary.txt", "f_binary.txt"]
    assert all("binary" in e.reason for e in errors)
    assert [x.id for x in parallel if isinstance(x, Article)] == ["a_utf8", "c_cp1251", "d_empty", "e_bom"]


def test_corpus_from_directory_with_workers(mixed_dir: Path) -> None:
    """Corpus.from_directory(workers=2) equals the serial corpus, errors included."""
    serial = Corpus.from_directory(mixed_dir)
    parallel = Corpus.from_directory(mixed_dir, workers=2)
    assert parallel == serial
    assert len(parallel.errors) == 2
    assert parallel.ids == ("a_utf8", "c_cp1251", "d_empty", "e_bom")


def test_iter_directory_with_workers(seed_dir: Path) -> None:
    """iter_directory(workers=2) streams the serial items in name order."""
    assert list(iter_directory(seed_dir, workers=2)) == list(iter_directory(seed_dir))


@pytest.mark.parametrize("workers", [None, 2], ids=["serial", "two-workers"])
def test_strict_raises_for_first_bad_file(mixed_dir: Path, workers: int | None) -> None:
    """With strict=True the first bad file in name order raises, serial or not."""
    with pytest.raises(SourceError) as info:
        list(analyse_paths(_paths(mixed_dir), workers=workers, strict=True))
    assert Path(info.value.path).name == "b_binary.txt"
    assert "binary" in info.value.reason


@pytest.mark.parametrize("chunksize", [1, 2, 100], ids=["chunk-1", "chunk-2", "chunk-100"])
def test_chunksize_does_not_change_results(mixed_dir: Path, chunksize: int) -> None:
    """Any chunk size gives the serial results."""
    serial = list(analyse_paths(_paths(mixed_dir)))
    assert list(analyse_paths(_paths(mixed_dir), workers=2, chunksize=chunksize)) == serial


def test_spawn_start_method(mixed_dir: Path) -> None:
    """Workers started with 'spawn' (nothing inherited from the parent) give the serial results."""
    ctx = multiprocessing.get_context("spawn")
    serial = list(analyse_paths(_paths(mixed_dir)))
    assert list(analyse_paths(_paths(mixed_dir), workers=2, mp_context=ctx)) == serial


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"workers": 0}, "workers"), ({"workers": -2}, "workers"), ({"chunksize": 0}, "chunksize")],
    ids=["workers-0", "workers-negative", "chunksize-0"],
)
def test_bad_arguments(kwargs: dict[str, Any], message: str) -> None:
    """Worker and chunk counts below 1 are refused up front."""
    with pytest.raises(ValueError, match=message):
        analyse_paths([], **kwargs)


def test_empty_input() -> None:
    """No paths, no results, with or without workers."""
    assert list(analyse_paths([])) == []
    assert list(analyse_paths([], workers=2)) == []


def test_load_path_strict(mixed_dir: Path) -> None:
    """load_path returns a LoadError, or raises it as SourceError with strict=True."""
    bad = mixed_dir / "b_binary.txt"
    assert isinstance(load_path(bad), LoadError)
    with pytest.raises(SourceError):
        load_path(bad, strict=True)
    missing = load_path(mixed_dir / "missing.txt")
    assert isinstance(missing, LoadError) and "cannot read" in missing.reason


def _counting(paths: list[Path], pulled: list[int]) -> Iterator[Path]:
    for p in paths:
        pulled[0] += 1
        yield p


@pytest.mark.parametrize("workers", [None, 2], ids=["serial", "two-workers"])
def test_input_is_consumed_lazily(tmp_path: Path, workers: int | None) -> None:
    """Only a bounded window of paths is taken before the first result: results stream."""
    for i in range(40):
        (tmp_path / f"{i:03d}.txt").write_text(f"Текст номер {i}.", encoding="utf-8")
    pulled = [0]
    items = analyse_paths(_counting(_paths(tmp_path), pulled), workers=workers, chunksize=2)
    first = next(items)
    assert isinstance(first, Article) and first.id == "000"
    bound = 1 if workers is None else 2 * _PREFETCH * 2
    assert pulled[0] <= bound
    items.close()  # type: ignore[attr-defined]


def test_closing_early_stops_the_pool(seed_dir: Path) -> None:
    """A consumer that stops after one item does not wait for the whole directory."""
    items = iter_directory(seed_dir, workers=2)
    first = next(items)
    assert isinstance(first, Article)
    items.close()  # type: ignore[attr-defined]
    # The generator is finished: asking again gives nothing more.
    assert list(items) == []


# -- properties -----------------------------------------------------------

_FILE_CONTENT = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя «»—-.,:0123456789\n", max_size=300).map(
        lambda t: t.encode("cp1251")
    ),
)


@settings(max_examples=15)
@given(contents=st.lists(_FILE_CONTENT, max_size=8))
def test_parallel_equals_serial_on_any_files(tmp_path_factory: pytest.TempPathFactory, contents: list[bytes]) -> None:
    """For any files, two workers give the serial items in order: per path one article or error, after any warning."""
    d = tmp_path_factory.mktemp("any")
    paths = []
    for i, data in enumerate(contents):
        p = d / f"{i:03d}.txt"
        p.write_bytes(data)
        paths.append(p)
    serial = list(analyse_paths(paths))
    parallel = list(analyse_paths(paths, workers=2, chunksize=3))
    assert parallel == serial
    results = [x for x in parallel if not (isinstance(x, LoadError) and x.is_warning)]
    assert len(results) == len(paths)
    for p, item in zip(paths, results, strict=True):
        assert (item.path == str(p)) if isinstance(item, LoadError) else (item.id == p.stem)
    warned = [x.path for x in parallel if isinstance(x, LoadError) and x.is_warning]
    assert all(isinstance(r, Article) for p, r in zip(paths, results, strict=True) if str(p) in warned)


# -- workers die with their parent ------------------------------------------------

_ORPHAN_SCRIPT = """
import os, sys, time
from pathlib import Path
from kzaz_corpus.corpus.parallel import analyse_paths
d = Path(sys.argv[1])
paths = sorted(d.glob("*.txt"))
items = analyse_paths(paths * 50, workers=2, chunksize=1)
next(items)
import multiprocessing
print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead: it only waits for its new parent to reap it
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_workers_die_with_their_parent(seed_dir: Path, sig: int) -> None:
    """Killing the parent of two workers (SIGTERM or SIGKILL) leaves no worker behind."""
    parent = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN_SCRIPT, str(seed_dir)],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    assert parent.stdout is not None
    workers = [int(x) for x in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(w) for w in workers)
    parent.send_signal(sig)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:  # pragma: no cover - clean up after a failure
        os.kill(w, signal.SIGKILL)
    assert left == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fault is injected through fork")
def test_a_dying_worker_loses_only_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that kills its worker process becomes an error entry; every other file is analysed, in order."""
    from kzaz_corpus.lexicon import morph
    from kzaz_corpus.stages import metrics

    morph.analyzer()  # loaded once here, shared by every forked worker
    chunksize = 3

    original = metrics.run

    def fatal(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if "КРАХ" in doc.text:
            os._exit(13)  # a worker dying as from a crash in native code
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(metrics, "run", fatal)
    for i in range(8):
        text = "КРАХ" if i == 3 else f"Экспорт вырос на {i + 1}%."
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    items = list(analyse_paths(_paths(tmp_path), workers=2, chunksize=chunksize, mp_context=ctx))
    assert [x.id if isinstance(x, Article) else Path(x.path).name for x in items] == [
        "0", "1", "2", "3.txt", "4", "5", "6", "7"
    ]  # fmt: skip
    assert "worker process died" in items[3].reason  # type: ignore[union-attr]
    with pytest.raises(SourceError, match="worker process died"):
        list(analyse_paths(_paths(tmp_path), workers=2, chunksize=chunksize, mp_context=ctx, strict=True))
