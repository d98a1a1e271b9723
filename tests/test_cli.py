"""The command line: seeds report, JSON Lines, paths and failures."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kzaz_corpus.cli import main


def test_no_arguments_reports_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    """With no path the command analyses the five built-in seeds."""
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Articles: 5")
    assert "2025-10-22" in out and "Speakers by number of quotes" in out and "Metrics" in out


def test_json_lines_for_pipelines(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes one article per line."""
    assert main(["--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert [json.loads(x)["id"][:3] for x in lines] == ["000", "001", "002", "003", "004"]


def test_paths_and_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Files and directories are analysed; a bad file is listed, not fatal."""
    (tmp_path / "good.txt").write_text("date 2025-01-02 Текст.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    assert main([str(tmp_path), "--progress", "never"]) == 1
    captured = capsys.readouterr()
    assert "Articles: 1" in captured.out and "bad.txt" in captured.out
    assert "kzaz-corpus: " in captured.err and "bad.txt: binary content" in captured.err


def test_strict_stops_with_exit_code_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--strict turns the first bad file into exit code 1 and a message on stderr."""
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    assert main([str(tmp_path), "--strict"]) == 1
    assert "bad.txt" in capsys.readouterr().err


def test_progress_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--progress always draws the bar on stderr, keeping stdout clean for pipes."""
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("Текст.", encoding="utf-8")
    assert main([str(tmp_path), "--format", "json", "--progress", "always"]) == 0
    captured = capsys.readouterr()
    assert "3/3" in captured.err and "file/s" in captured.err
    assert len(captured.out.splitlines()) == 3


def test_module_entry_point() -> None:
    """``python -m kzaz_corpus`` runs the main job."""
    proc = subprocess.run(
        [sys.executable, "-m", "kzaz_corpus"], capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL
    )
    assert proc.stdout.startswith("Articles: 5")


def test_workers_give_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 2 writes the same JSON Lines, in the same order, as a serial run."""
    for i in range(4):
        text = f"date 2025-01-0{i + 1} Министр заявил, что рост составил {i + 2}%."
        (tmp_path / f"{i}.txt").write_text(text, "utf-8")
    (tmp_path / "9.txt").write_bytes(b"\x00\x01")
    assert main([str(tmp_path), "--format", "json"]) == 1
    serial = capsys.readouterr().out
    assert main([str(tmp_path), "--format", "json", "--workers", "2"]) == 1
    assert capsys.readouterr().out == serial
    assert len(serial.splitlines()) == 5


def test_workers_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 0 is a usage error."""
    assert main(["x.txt", "--workers", "0"]) == 2
    assert "--workers" in capsys.readouterr().err


# -- Unix conventions ---------------------------------------------------------------

GOOD = "date 2025-01-02 Министр Иван Петров заявил, что экспорт вырос на 5% в 2024 году."


def _run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run the command in a fresh interpreter, with no terminal on standard input unless given."""
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(
        [sys.executable, "-m", "kzaz_corpus", *args], capture_output=True, text=True, timeout=300, **kwargs
    )


def test_dash_and_pipe_read_standard_input(tmp_path: Path) -> None:
    """'-' reads standard input, and so does a pipe when no path is given (not the seeds)."""
    piped = _run("--format", "jsonl", stdin=None, input=GOOD)
    dashed = _run("-", "--format", "jsonl", stdin=None, input=GOOD)
    for proc in (piped, dashed):
        assert proc.returncode == 0, proc.stderr
        (line,) = proc.stdout.splitlines()
        assert json.loads(line)["id"] == "<stdin>" and json.loads(line)["date"] == "2025-01-02"


def test_cp1251_on_standard_input() -> None:
    """Bytes on standard input are decoded like a file's."""
    proc = subprocess.run(
        [sys.executable, "-m", "kzaz_corpus", "-f", "jsonl"], input=GOOD.encode("cp1251"), capture_output=True
    )
    assert json.loads(proc.stdout)["text"] == GOOD


@pytest.mark.parametrize(
    ("setup", "args", "status"),
    [
        ("good", [], 0),
        ("mixed", [], 1),
        ("bad", [], 3),
        ("empty", [], 3),
        ("good", ["--workers", "0"], 2),
        ("good", ["--pattern", "../*.py"], 2),
        ("good", ["--pattern", ""], 2),
        ("good", ["--pattern", "/etc/*"], 2),
        ("good", ["--format", "xml"], 2),
        ("good", ["--encoding", "no-such-codec"], 2),
        ("mixed", ["--strict"], 1),
    ],
    ids=["all-read", "some-failed", "all-failed", "nothing-matched", "workers-0", "pattern-parent", "pattern-empty",
         "pattern-absolute", "bad-format", "bad-encoding", "strict"],
)  # fmt: skip
def test_exit_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, args: list[str], status: int
) -> None:
    """0 all read, 1 some failed, 2 usage, 3 nothing read; usage errors are one clean line, no traceback."""
    if setup in ("good", "mixed"):
        (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    if setup in ("mixed", "bad"):
        (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    assert main([str(tmp_path), "--progress", "never", *args]) == status
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if status == 2:
        assert "error" in err
    if setup == "empty":
        assert "no file matches '*.txt'" in err


def test_each_failure_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every file that fails gets a line on standard error; warnings get one too."""
    (tmp_path / "a.txt").write_bytes(b"\x00")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    (tmp_path / "c.txt").write_bytes(GOOD.encode() + b"\xff")
    assert main([str(tmp_path), "-f", "jsonl"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert sum("a.txt: binary" in x for x in err) == 1 and sum("b.txt: binary" in x for x in err) == 1
    assert any(x.startswith("kzaz-corpus: warning: ") and "c.txt" in x for x in err)


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    """-o writes the file; a run stopped by --strict leaves neither a partial file nor a temporary one."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main([str(tmp_path / "in"), "-f", "jsonl", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00")
    assert main([str(tmp_path / "in"), "-f", "jsonl", "--strict", "-o", str(tmp_path / "new.jsonl")]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]


@pytest.mark.parametrize("table", ["articles", "quotes", "metrics", "dates", "texts", "errors"])
def test_csv_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str) -> None:
    """--format csv writes the chosen table with its columns."""
    import csv

    from kzaz_corpus.views.frames import TABLE_COLUMNS

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    main([str(tmp_path), "-f", "csv", "--table", table])
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows, table
    assert list(rows[0]) == list(TABLE_COLUMNS[table])


def test_parquet_output(tmp_path: Path) -> None:
    """--format parquet writes every table into the -o directory."""
    pd: Any = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main([str(tmp_path), "-f", "parquet", "-o", str(tmp_path / "out")]) == 0
    assert pd.read_parquet(tmp_path / "out" / "texts.parquet")["text"].tolist() == [GOOD]
    assert len(pd.read_parquet(tmp_path / "out" / "metrics.parquet")) >= 1


def test_two_directories_with_the_same_file_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two directories each holding x.txt give ids a/x and b/x, not two x."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(GOOD, encoding="utf-8")
    assert main([str(tmp_path / "a"), str(tmp_path / "b"), "-f", "jsonl"]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["a/x", "b/x"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_is_a_clean_message(tmp_path: Path) -> None:
    """Standard output on /dev/full: one message, status 1, no traceback."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "kzaz_corpus", str(tmp_path)], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert proc.returncode == 1
    assert proc.stderr.strip() == "kzaz-corpus: error: cannot write the output: No space left on device"


def test_closed_and_broken_stdout(tmp_path: Path) -> None:
    """A closed standard output is a clean message; a reader that goes away is no traceback."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    cmd = f"{sys.executable} -m kzaz_corpus {tmp_path} >&-"
    proc = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "kzaz-corpus: error: cannot write the output: standard output is closed"
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(GOOD * 20, encoding="utf-8")
    cmd = f"{sys.executable} -m kzaz_corpus -f jsonl {tmp_path} | head -c 10"
    proc = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert "Traceback" not in proc.stderr and "Exception" not in proc.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a pseudo-terminal")
def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    """auto: a bar with rate and time left when standard error is a terminal, none when it is not."""
    import fcntl
    import pty
    import struct
    import termios

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(GOOD, encoding="utf-8")
    assert "file/s" not in _run(str(tmp_path), "-f", "jsonl").stderr
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.run(
        [sys.executable, "-m", "kzaz_corpus", str(tmp_path), "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=slave,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    os.close(slave)
    seen = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(master, 4096):
            seen += chunk
    os.close(master)
    assert proc.returncode == 0
    assert b"3/3" in seen and b"file/s" in seen and b"<00:00" in seen


def test_entry_point_is_declared() -> None:
    """The kzaz-corpus command is declared in the package metadata."""
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.scripts]\nkzaz-corpus = "kzaz_corpus.cli:main"\n' in pyproject


# -- the reference page's examples ----------------------------------------------------

_PAGE = Path(__file__).resolve().parents[1] / "docs" / "reference" / "cli.md"


def _console_examples(page: Path) -> list[tuple[str, list[str]]]:
    """The ``$ command`` lines of the page's console blocks, each with the output lines shown after it."""
    examples: list[tuple[str, list[str]]] = []
    inside = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line.strip() == "```console"
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            examples.append((line[2:], []))
        elif examples:
            examples[-1][1].append(line)
    return examples


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the examples use a POSIX shell")
def test_reference_page_examples(tmp_path: Path) -> None:
    """Every command on the command-line reference page prints exactly what the page shows."""
    examples = _console_examples(_PAGE)
    assert len(examples) >= 10
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "kzaz-corpus"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kzaz_corpus "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "LC_ALL": "C.UTF-8"}
    for command, expected in examples:
        proc = subprocess.run(
            ["bash", "-c", "{ " + command + "\n} 2>&1"],
            cwd=work,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.stdout.splitlines() == expected, command


def test_report_formats_huge_and_non_finite_values() -> None:
    """Huge values print in short form and non-finite ones do not crash the report."""
    from kzaz_corpus import Article, Corpus, Metric
    from kzaz_corpus.cli import _fmt_value, format_report

    metric = Metric(start=0, end=1, surface="1", value=1e300, unit="тонна")
    report = format_report(Corpus(articles=[Article(id="x", text="1", metrics=(metric,))]))
    assert "1e+300" in report
    assert _fmt_value(float("inf")) == "inf" and _fmt_value(float("nan")) == "nan"
    assert _fmt_value(4_500_000.0) == "4 500 000"


def test_internal_error_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug in an extractor on one file: reported with the exception type, the others analysed, status 1."""
    from kzaz_corpus.stages import metrics

    original = metrics.run

    def broken(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if "ОШИБКА" in doc.text:
            raise KeyError("unit")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(metrics, "run", broken)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("ОШИБКА", encoding="utf-8")
    assert main([str(tmp_path), "-f", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "b.txt: internal error: KeyError: 'unit'" in captured.err
    assert [json.loads(x).get("id") for x in captured.out.splitlines()] == ["a", None]
