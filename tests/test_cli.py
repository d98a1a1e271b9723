"""The command line: seeds report, JSON Lines, paths and failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    assert main([str(tmp_path), "--progress", "never"]) == 0
    out = capsys.readouterr().out
    assert "Articles: 1" in out and "bad.txt" in out


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
    assert "3/3 files" in captured.err
    assert len(captured.out.splitlines()) == 3


def test_module_entry_point() -> None:
    """``python -m kzaz_corpus`` runs the main job."""
    proc = subprocess.run([sys.executable, "-m", "kzaz_corpus"], capture_output=True, text=True, check=True)
    assert proc.stdout.startswith("Articles: 5")


def test_workers_give_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 2 writes the same JSON Lines, in the same order, as a serial run."""
    for i in range(4):
        text = f"date 2025-01-0{i + 1} Министр заявил, что рост составил {i + 2}%."
        (tmp_path / f"{i}.txt").write_text(text, "utf-8")
    (tmp_path / "9.txt").write_bytes(b"\x00\x01")
    assert main([str(tmp_path), "--format", "json"]) == 0
    serial = capsys.readouterr().out
    assert main([str(tmp_path), "--format", "json", "--workers", "2"]) == 0
    assert capsys.readouterr().out == serial
    assert len(serial.splitlines()) == 5


def test_workers_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 0 is a usage error."""
    assert main(["x.txt", "--workers", "0"]) == 2
    assert "--workers" in capsys.readouterr().err
