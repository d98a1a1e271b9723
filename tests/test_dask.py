"""Dask integration: the tables written to Parquet match a serial run."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kzaz_corpus import Corpus, SourceError, load_seeds
from kzaz_corpus.corpus import distributed as kd
from kzaz_corpus.views.frames import to_pandas

dask: Any = pytest.importorskip("dask", reason="needs the 'dask' extra")
db: Any = pytest.importorskip("dask.bag", reason="needs the 'dask' extra")
pd: Any = pytest.importorskip("pandas", reason="needs the 'dask' extra")
pytest.importorskip("pyarrow", reason="needs the 'dask' extra")


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The packaged sample articles as files, plus one file that cannot be loaded."""
    d = tmp_path_factory.mktemp("seeds")
    for a in load_seeds():
        (d / f"{a.id}.txt").write_text(a.text, encoding="utf-8", newline="")
    (d / "zz_binary.txt").write_bytes(b"\x00\x01binary")
    return d


@pytest.fixture(scope="module")
def serial(seed_dir: Path) -> Corpus:
    return Corpus.from_directory(seed_dir)


def _normalised(frame: Any) -> Any:
    """Parquet stores datetimes in ms: compare at that unit, with a fresh index."""
    out = frame.reset_index(drop=True).copy()
    for col in out.columns:
        if str(out[col].dtype).startswith("datetime64"):
            out[col] = out[col].astype("datetime64[ms]")
    return out


# -- examples -------------------------------------------------------------


@pytest.mark.parametrize("per_partition", [1, 2, 64], ids=["one-file-tasks", "two-file-tasks", "one-task"])
def test_to_parquet_from_directory_matches_serial(
    seed_dir: Path, serial: Corpus, tmp_path: Path, per_partition: int
) -> None:
    """Every table read back from Parquet equals the serial run's table, row for row and in order."""
    paths = kd.to_parquet(seed_dir, tmp_path / "out", files_per_partition=per_partition, scheduler="synchronous")
    assert sorted(paths) == sorted(kd.TABLES)
    expected = to_pandas(serial)
    for name in ("articles", "quotes", "metrics", "dates"):
        got = pd.read_parquet(paths[name])
        want = getattr(expected, name)
        assert list(got.columns) == list(kd.TABLES[name])
        assert len(got) == len(want)
        pd.testing.assert_frame_equal(_normalised(got), _normalised(want), check_dtype=False)
    errors = pd.read_parquet(paths["errors"])
    assert [Path(p).name for p in errors["path"]] == ["zz_binary.txt"]
    assert list(errors["reason"]) == [e.reason for e in serial.errors]


def test_to_parquet_counts_on_threads_scheduler(seed_dir: Path, serial: Corpus, tmp_path: Path) -> None:
    """The local threaded scheduler writes the same counts as the serial run."""
    paths = kd.to_parquet(seed_dir, tmp_path / "out", files_per_partition=2, scheduler="threads")
    articles = pd.read_parquet(paths["articles"])
    assert articles["article_id"].tolist() == list(serial.ids)
    assert articles["n_quotes"].sum() == sum(len(a.quotes) for a in serial)
    assert len(pd.read_parquet(paths["metrics"])) == sum(len(a.metrics) for a in serial)
    assert len(pd.read_parquet(paths["dates"])) == sum(len(a.dates) for a in serial)


def test_to_parquet_overwrites(seed_dir: Path, tmp_path: Path) -> None:
    """Writing twice to one place replaces the tables instead of appending to them."""
    out = tmp_path / "out"
    kd.to_parquet(seed_dir, out, scheduler="synchronous")
    paths = kd.to_parquet(seed_dir, out, scheduler="synchronous")
    assert len(pd.read_parquet(paths["articles"])) == 5


def test_bag_of_pairs_and_texts(serial: Corpus, tmp_path: Path) -> None:
    """A bag of (id, text) pairs or bare texts is analysed like files; bare texts get content ids."""
    pairs = [(a.id, a.text) for a in serial]
    bag = db.from_sequence([*pairs, "Ещё одна заметка."], npartitions=3)
    paths = kd.to_parquet(bag, tmp_path / "out", scheduler="synchronous")
    ids = pd.read_parquet(paths["articles"])["article_id"].tolist()
    bare_id = hashlib.sha1("Ещё одна заметка.".encode()).hexdigest()[:16]
    assert ids == [*serial.ids, bare_id]
    want = to_pandas(serial).quotes
    got = pd.read_parquet(paths["quotes"])
    pd.testing.assert_frame_equal(_normalised(got), _normalised(want), check_dtype=False)


def test_from_directory_bag_matches_iter_directory(seed_dir: Path, serial: Corpus) -> None:
    """The bag of a directory holds the serial articles and load errors, in name order."""
    items = kd.from_directory(seed_dir, files_per_partition=2).compute(scheduler="synchronous")
    assert items[:-1] == list(serial.articles)
    assert items[-1] == serial.errors[0]


def test_tables_share_one_analysis(seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Computing the five frames together analyses each partition once."""
    calls: list[int] = []
    original = kd._partition_tables

    def counting(items: Any) -> dict[str, Any]:
        calls.append(1)
        return original(items)

    monkeypatch.setattr(kd, "_partition_tables", counting)
    frames = kd.to_dataframes(seed_dir, files_per_partition=2)
    dask.compute(*frames.values(), scheduler="synchronous")
    assert len(calls) == 3  # six files, two per task


def test_empty_directory(tmp_path: Path) -> None:
    """An empty directory gives empty, typed tables."""
    (tmp_path / "in").mkdir()
    paths = kd.to_parquet(tmp_path / "in", tmp_path / "out", scheduler="synchronous")
    articles = pd.read_parquet(paths["articles"])
    assert len(articles) == 0
    assert list(articles.columns) == list(kd.TABLES["articles"])


def test_not_a_directory(tmp_path: Path) -> None:
    """A missing directory is a SourceError, raised before anything is scheduled."""
    with pytest.raises(SourceError, match="not a directory"):
        kd.to_parquet(tmp_path / "missing", tmp_path / "out", scheduler="synchronous")


def test_bad_bag_item() -> None:
    """A bag item that is neither a text nor an (id, text) pair is a TypeError."""
    with pytest.raises(TypeError, match="expected a text"):
        kd.analyse_texts(db.from_sequence([42])).compute(scheduler="synchronous")


# -- default scheduler, spawn, failures --------------------------------------------


def test_default_scheduler_is_threads_or_synchronous() -> None:
    """Without a configured scheduler or a client: synchronous for one partition, threads for more."""
    assert kd._default_scheduler(1) == "synchronous"
    assert kd._default_scheduler(8) == "threads"
    with dask.config.set(scheduler="processes"):
        assert kd._default_scheduler(8) is None


def test_distributed_is_in_the_dask_extra() -> None:
    """The documented Client() needs distributed, so the dask extra installs it."""
    import re

    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    extra = re.search(r"^dask = \[(.*)\]$", pyproject, re.M)
    assert extra is not None and '"distributed>=' in extra.group(1)


def test_script_on_stdin_with_the_default_scheduler(seed_dir: Path, tmp_path: Path) -> None:
    """A script piped into the interpreter writes the tables with the default scheduler (no process pool to break)."""
    script = (
        "import sys, pandas as pd\n"
        "from kzaz_corpus.corpus.distributed import to_parquet\n"
        f"paths = to_parquet({str(seed_dir)!r}, {str(tmp_path / 'out')!r}, files_per_partition=2)\n"
        "print(len(pd.read_parquet(paths['articles'])))\n"
    )
    proc = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "5"


def test_spawned_process_workers(seed_dir: Path, serial: Corpus, tmp_path: Path) -> None:
    """The process scheduler with the spawn start method gives the serial tables (tasks pickle by name)."""
    with dask.config.set({"multiprocessing.context": "spawn"}):
        paths = kd.to_parquet(seed_dir, tmp_path / "out", files_per_partition=3, scheduler="processes")
    assert pd.read_parquet(paths["articles"])["article_id"].tolist() == list(serial.ids)
    texts = pd.read_parquet(paths["texts"])
    assert texts["text"].tolist() == [a.text for a in serial]


def test_internal_error_becomes_an_error_row(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An extractor bug on one text is a row of the errors table with its type; the other texts are kept."""
    from kzaz_corpus.stages import metrics

    original = metrics.run

    def broken(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if "ОШИБКА" in doc.text:
            raise KeyError("boom")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(metrics, "run", broken)
    bag = db.from_sequence([("a", "Текст."), ("b", "ОШИБКА"), ("c", "Ещё.")], npartitions=2)
    paths = kd.to_parquet(bag, tmp_path / "out", scheduler="synchronous")
    assert pd.read_parquet(paths["articles"])["article_id"].tolist() == ["a", "c"]
    errors = pd.read_parquet(paths["errors"])
    assert errors["path"].tolist() == ["b"] and errors["reason"].str.contains("KeyError").all()
