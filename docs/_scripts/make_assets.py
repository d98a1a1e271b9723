"""
Regenerate the documentation's generated assets in docs/_static/.

- ``article.html``: an article of our own, analysed and rendered by
  :func:`kzaz_corpus.views.html.format_article_html` (included inline by
  ``how-to/jupyter.md``);
- ``figures_by_unit.png``: the chart of ``examples/trade_figures.py`` for the
  sample articles.

Run from the repository root after changing the extractors or the renderer::

    python docs/_scripts/make_assets.py

Needs the ``examples`` extra (pandas, matplotlib).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from kzaz_corpus import Article, load_seeds
from kzaz_corpus.views.html import format_article_html

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "docs" / "_static"

#: A short news item written for the documentation (not taken from any source).
SAMPLE = (
    "\n\n".join(
        [
            "date 2025-11-14 Экспорт зерна вырос на треть\nАвтор: Марат Сейткали",
            "В январе–октябре 2025 года страна экспортировала 8,2 миллиона тонн зерна, "
            "что на 33 процента больше, чем годом ранее.",
            "Министр сельского хозяйства Айдар Нурланов заявил, что к 2027 году "
            "объем поставок планируется довести до 12 миллионов тонн.",
            "– Мы открыли три новых рынка и подписали 14 соглашений. Спрос стабилен, "
            "– сказал Нурланов журналистам в Астане.",
            "По словам экспертов отраслевого союза, около 60 процентов зерна уходит по железной дороге.",
        ]
    )
    + "\n"
)


def _trade_figures() -> object:
    path = ROOT / "examples" / "trade_figures.py"
    spec = importlib.util.spec_from_file_location("trade_figures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    STATIC.mkdir(parents=True, exist_ok=True)
    article = Article.from_text(SAMPLE, id="sample")
    (STATIC / "article.html").write_text(format_article_html(article) + "\n", encoding="utf-8")
    figures = _trade_figures()
    table = figures.figures_table(load_seeds())  # type: ignore[attr-defined]
    figures.plot_units(table, STATIC / "figures_by_unit.png")  # type: ignore[attr-defined]
    print(f"wrote {STATIC / 'article.html'} and {STATIC / 'figures_by_unit.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
