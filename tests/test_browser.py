"""
An article's HTML rendered in a real headless Chromium: highlights are there, visible and hoverable.

Needs the ``browser`` extra (Selenium) and Debian's ``chromium`` and
``chromium-driver`` packages; no browser or driver is ever downloaded. The
test is skipped, saying why, only when no Chromium binary can be found.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kzaz_corpus import Article, DateMention, Metric, Paragraph, Quote
from kzaz_corpus.views.html import format_article_html

_BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
_DRIVERS = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")


def _first(env: str, candidates: tuple[str, ...], name: str) -> str | None:
    explicit = os.environ.get(env)
    if explicit:
        return explicit
    for path in candidates:
        if os.access(path, os.X_OK):
            return path
    return shutil.which(name)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    """A headless Chromium driven by Selenium through the system chromedriver."""
    binary = _first("KZAZ_CHROMIUM", _BROWSERS, "chromium")
    if binary is None:
        pytest.skip("no Chromium binary found (apt-get install chromium chromium-driver, or set KZAZ_CHROMIUM)")
    chromedriver = _first("KZAZ_CHROMEDRIVER", _DRIVERS, "chromedriver")
    assert chromedriver is not None, (
        f"Chromium is at {binary} but chromedriver is missing (apt-get install chromium-driver)"
    )
    try:
        webdriver: Any = importlib.import_module("selenium.webdriver")
        service_mod: Any = importlib.import_module("selenium.webdriver.chrome.service")
    except ImportError:
        # A browser is there, so only a missing driver library stops us: fine on a
        # developer's machine, an error on CI, where the `browser` extra is installed.
        message = "Chromium is installed but selenium is not: pip install 'kzaz_corpus[browser]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    profile = tempfile.mkdtemp(prefix="kz-chromium-")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1200,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SE_OFFLINE", "true")  # Selenium Manager must never fetch a browser or driver
        browser = webdriver.Chrome(service=service_mod.Service(executable_path=chromedriver), options=options)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


TEXT = (
    "Экспорт & <импорт>\n"
    'Посол Иван Петров заявил: «Товарооборот вырос на 12 процентов в 2025 году». <script>document.title="x"</script>\n'
    "По словам Анны Сидоровой, поставки достигнут 4,5 миллиона тонн."
)


def _at(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def _article() -> Article:
    qs, qe = _at("Товарооборот вырос на 12 процентов в 2025 году")
    q2s, q2e = _at("поставки достигнут 4,5 миллиона тонн")
    ys, ye = _at("2025 году")
    year = DateMention(
        start=ys, end=ye, surface=TEXT[ys:ye], value=dt.date(2025, 1, 1), high=dt.date(2025, 12, 31), granularity="year"
    )
    m1s, m1e = _at("12 процентов")
    m2s, m2e = _at("4,5 миллиона тонн")
    lines = TEXT.split("\n")
    return Article(
        id="browser<&>",
        text=TEXT,
        paragraphs=(
            Paragraph(0, len(lines[0]), "title"),
            Paragraph(len(lines[0]) + 1, len(lines[0]) + 1 + len(lines[1])),
            Paragraph(len(TEXT) - len(lines[2]), len(TEXT)),
        ),
        quotes=(
            Quote(
                start=qs,
                end=qe,
                text=TEXT[qs:qe],
                kind="direct",
                speaker="Иван Петров",
                mention_start=_at("Посол Иван Петров")[0],
                mention_end=_at("Посол Иван Петров")[1],
            ),
            Quote(
                start=q2s,
                end=q2e,
                text=TEXT[q2s:q2e],
                kind="indirect",
                speaker="Анна Сидорова",
                mention_start=_at("Анны Сидоровой")[0],
                mention_end=_at("Анны Сидоровой")[1],
            ),
        ),
        metrics=(
            Metric(start=m1s, end=m1e, surface=TEXT[m1s:m1e], value=12, unit="процент", kind="change", period=year),
            Metric(start=m2s, end=m2e, surface=TEXT[m2s:m2e], value=4.5e6, unit="тонна", kind="target"),
        ),
        dates=(year,),
    )


@pytest.fixture(scope="module")
def page(driver: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The rendered article loaded from a file:// URL."""
    path: Path = tmp_path_factory.mktemp("html") / "article.html"
    head = '<!doctype html><html><head><meta charset="utf-8"><title>kz</title></head>'
    document = f"{head}<body>{format_article_html(_article())}</body></html>"
    path.write_text(document, encoding="utf-8")
    driver.get(path.as_uri())
    return driver


_STYLE_JS = """
const el = arguments[0];
const s = getComputedStyle(el);
const r = el.getBoundingClientRect();
return {w: r.width, h: r.height, bg: s.backgroundColor, color: s.color, deco: s.textDecorationLine,
        border: s.borderBottomStyle, weight: s.fontWeight, visible: s.visibility, display: s.display,
        title: el.getAttribute('title'), text: el.textContent};
"""


def _styles(page: Any, selector: str) -> list[dict[str, Any]]:
    elements = page.find_elements("css selector", selector)
    return [page.execute_script(_STYLE_JS, e) for e in elements]


def _plain(page: Any) -> dict[str, Any]:
    (style,) = _styles(page, ".kz-text")
    return style


def test_text_is_shown_exactly_and_no_script_ran(page: Any) -> None:
    """The body shows the article text verbatim; the <script> in it is text, so the title is untouched."""
    assert page.title == "kz"
    assert page.find_elements("css selector", "script") == []
    assert _plain(page)["text"] == TEXT


def test_quotes_are_highlighted_per_speaker(page: Any) -> None:
    """Both quotes are visible, coloured unlike plain text and unlike each other, with the speaker on hover."""
    plain = _plain(page)
    quotes = _styles(page, ".kz-quote")
    assert [q["text"] for q in quotes] == [_article().quotes[0].text, _article().quotes[1].text]
    for q in quotes:
        assert q["w"] > 0 and q["h"] > 0 and q["visible"] == "visible" and q["display"] != "none"
        assert q["bg"] not in (plain["bg"], "rgba(0, 0, 0, 0)")
    assert quotes[0]["bg"] != quotes[1]["bg"]
    assert quotes[0]["title"].startswith("Иван Петров") and quotes[1]["title"].startswith("Анна Сидорова")


def test_mentions_metrics_and_dates_are_marked(page: Any) -> None:
    """Mentions, metrics and dates are visible, styled unlike plain text, and carry hover titles."""
    plain = _plain(page)
    mentions = _styles(page, ".kz-text .kz-mention")
    metrics = _styles(page, ".kz-text .kz-metric")
    dates = _styles(page, ".kz-text .kz-date")
    assert [m["text"] for m in mentions] == ["Посол Иван Петров", "Анны Сидоровой"]
    assert [m["text"] for m in metrics] == ["12 процентов", "4,5 миллиона тонн"]
    assert [d["text"] for d in dates] == ["2025 году"]
    for el in mentions + metrics + dates:
        assert el["w"] > 0 and el["h"] > 0 and el["visible"] == "visible"
        assert el["color"] != plain["color"]
    assert all(m["border"] == "solid" for m in mentions)
    assert all("underline" in m["deco"] for m in metrics)
    assert "value: 12" in metrics[0]["title"] and "unit: процент" in metrics[0]["title"]
    assert "kind: change" in metrics[0]["title"] and "period: 2025 году" in metrics[0]["title"]
    assert dates[0]["title"] == "2025-01-01 – 2025-12-31 (year)"
    assert mentions[0]["title"] == "mention of Иван Петров"


def test_metric_is_nested_inside_its_quote(page: Any) -> None:
    """The metric inside a quote is a descendant of the quote's element."""
    nested = page.find_elements("css selector", ".kz-quote .kz-metric")
    assert [e.text for e in nested] == ["12 процентов", "4,5 миллиона тонн"]


def test_legend_lists_speakers(page: Any) -> None:
    """The legend shows each speaker with their quote count in their colour."""
    keys = _styles(page, ".kz-legend .kz-key")
    quotes = _styles(page, ".kz-quote")
    assert [k["text"] for k in keys] == ["Иван Петров: 1", "Анна Сидорова: 1"]
    assert [k["bg"] for k in keys] == [q["bg"] for q in quotes]
