"""The scripts and the notebook in examples/ run from start to end."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kzaz_corpus import Article, Corpus, Metric, Quote

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

pytestmark = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/ is not part of this installation")


def run(script: str, *args: str | Path) -> str:
    """Run an example with this interpreter and return its standard output; fail with its stderr."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def load(script: str) -> ModuleType:
    """Import an example script as a module, to call its functions directly."""
    spec = importlib.util.spec_from_file_location(f"example_{Path(script).stem}", EXAMPLES / script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quickstart(tmp_path: Path) -> None:
    """quickstart.py summarises the seeds and writes one article's HTML page."""
    out = run("quickstart.py", tmp_path)
    assert out.startswith("Corpus(5 articles")
    (page,) = tmp_path.glob("*.html")
    assert 'class="kz-text"' in page.read_text(encoding="utf-8")


def test_who_said_what(tmp_path: Path) -> None:
    """who_said_what.py groups quotes by speaker, most quoted first."""
    (tmp_path / "a.txt").write_text(
        "«Мы готовы», – сказал Иван Петров.\n\n«Рост будет», – заявил Иван Петров.\n\n«Нет», – ответила Анна Сидорова.",
        encoding="utf-8",
    )
    first = run("who_said_what.py", tmp_path).splitlines()[0]
    assert first.startswith("Corpus(1 ") and first.endswith(" speakers")
    assert run("who_said_what.py").startswith("Corpus(5 articles")


def test_who_said_what_grouping() -> None:
    """The grouping puts the most quoted speaker first and keeps unattributed quotes."""
    module = load("who_said_what.py")
    text = "«А», «Б», «В»."
    quotes = (
        Quote(start=1, end=2, text="А", kind="direct", speaker="Анна Сидорова"),
        Quote(start=6, end=7, text="Б", kind="direct", speaker="Иван Петров"),
        Quote(start=11, end=12, text="В", kind="direct", speaker="Иван Петров"),
        Quote(start=1, end=2, text="А", kind="indirect"),
    )
    groups = module.quotes_by_speaker(Corpus(articles=[Article(id="x", text=text, quotes=quotes)]))
    assert list(groups) == ["Иван Петров", "(unattributed)", "Анна Сидорова"]
    assert [q.text for _, q in groups["Иван Петров"]] == ["Б", "В"]


def test_trade_figures(tmp_path: Path) -> None:
    """trade_figures.py prints the figures and saves a PNG chart and a CSV table."""
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    out = run("trade_figures.py", tmp_path)
    assert "stated figures" in out
    png = tmp_path / "figures_by_unit.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "figures.csv").read_text(encoding="utf-8").startswith("article_id,surface,value")


def test_trade_figures_chart_with_data(tmp_path: Path) -> None:
    """The chart is drawn from a table of figures with units and kinds."""
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    module = load("trade_figures.py")
    text = "Экспорт вырос на 5 процентов, до 3 млн тонн; подписано 12 документов."
    metrics = (
        Metric(start=17, end=28, surface=text[17:28], value=5, unit="процент", kind="change"),
        Metric(start=33, end=43, surface=text[33:43], value=3e6, unit="тонна", kind="target"),
        Metric(start=55, end=68, surface=text[55:68], value=12, unit="документ", kind="count"),
        Metric(start=55, end=57, surface=text[55:57], value=12),
    )
    figures = module.figures_table(Corpus(articles=[Article(id="x", text=text, metrics=metrics)]))
    assert list(figures["value"]) == [5.0, 12.0, 12.0, 3e6]
    png: Any = module.plot_units(figures, tmp_path / "chart.png")
    assert png.stat().st_size > 5000


def test_notebook_runs_headless() -> None:
    """explore.ipynb executes without errors and shows the article's HTML."""
    nbformat: Any = pytest.importorskip("nbformat")
    nbclient: Any = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    notebook = nbformat.read(EXAMPLES / "explore.ipynb", as_version=4)
    nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    html_outputs = [
        o["data"]["text/html"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for o in cell.outputs
        if "text/html" in o.get("data", {})
    ]
    assert any('class="kz-corpus"' in h for h in html_outputs)
    assert any('class="kz-article"' in h for h in html_outputs)
    errors = [
        o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs if o.output_type == "error"
    ]
    assert errors == []


def test_follow_a_figure(tmp_path: Path) -> None:
    """follow_a_figure.py prints a timeline with a repeated report and a disagreement, and saves a PNG."""
    pytest.importorskip("matplotlib")
    out = run("follow_a_figure.py", tmp_path)
    assert out.startswith("Corpus(5 articles")
    lines = out.splitlines()
    assert any("DISAGREES" in line for line in lines)
    assert any("[s4, s5]" in line for line in lines)
    png = tmp_path / "timeline.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_follow_a_figure_plot_without_points(tmp_path: Path) -> None:
    """The chart of an empty timeline is still drawn."""
    pytest.importorskip("matplotlib")
    module = load("follow_a_figure.py")
    assert module.describe(()) == []
    png: Any = module.plot_timeline((), tmp_path / "empty.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
