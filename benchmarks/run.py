"""
Throughput, latency, memory and scaling figures for kzaz_corpus.

Usage::

    python benchmarks/run.py --quick          # small sizes, under a minute
    python benchmarks/run.py                  # full run (100 MB corpus, 10 MB article)
    python benchmarks/run.py --json out.json  # also write the figures as JSON

The first figures are on distinct real text: ``../shared/corpus/news.jsonl``
beside the repository (real news, one JSON object with a ``text`` per line;
it is read where it lies and never copied), in a fresh process, first pass
(cold caches) and second pass (warm), with natasha's segmenter + NER on the
same texts in the same process. Without that file the section is skipped with
a note. Every other figure is measured on a synthetic corpus built from the
packaged sample articles (see ``corpus_gen.py``); nothing is downloaded.
Measurements that need a fresh interpreter (import time, time to first
result, peak memory, hostile inputs with a time limit) run in child processes
of this script. natasha is optional (``pip install -e ".[bench]"``); without
it the comparisons say "skipped".
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import hashlib
import json
import math
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: Real news beside the repository (never copied into it).
NEWS = HERE.parent.parent / "shared" / "corpus" / "news.jsonl"
#: One thread for every numeric library in the child processes: the figures
#: are per core, natasha's included.
ONE_THREAD = {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}
sys.path.insert(0, str(HERE))

SIZES: dict[str, dict[str, Any]] = {
    "quick": {
        "from_text_chars": 1_000_000,
        "profile_chars": 300_000,
        "natasha_chars": 100_000,
        "corpus_mb": 5,
        "single_chars": (100_000, 1_000_000),
        "patho_chars": (10_000, 100_000),
        "news_runs": 1,
        "vocab_mb": 2,
        "timeout": 60,
    },
    "full": {
        "from_text_chars": 20_000_000,
        "profile_chars": 2_000_000,
        "natasha_chars": 1_000_000,
        "corpus_mb": 100,
        "single_chars": (1_000_000, 10_000_000),
        "patho_chars": (200_000, 2_000_000),
        "news_runs": 5,
        "vocab_mb": 100,
        "timeout": 300,
    },
}


def _repeat(unit: str) -> Callable[[int], str]:
    """A builder of *unit* repeated up to a number of characters."""
    return lambda chars: (unit * (chars // len(unit) + 1))[:chars]


def _in_paragraph(build: Callable[[int], str]) -> Callable[[int], str]:
    """A builder whose payload stands inside one ordinary paragraph."""
    return lambda chars: "Начало абзаца " + build(chars) + " конец."


def _distinct_names(chars: int) -> str:
    """
    Sentences naming distinct people in full, each surname later misspelt by one letter: every name is new,
    so a search that compares a name with every other one grows with the square of the text.

    The stems are drawn in a scrambled order (a step prime to their number), so that a short text holds
    the same mix of syllables as a long one: counted in order, the last syllable would only change
    every 196 lines, and some stems (``…маев`` holds the date word ``мае``) would appear in the long
    text alone.
    """
    letters = "бвгдклмнпрстфх"
    count = len(letters) ** 3
    out: list[str] = []
    size = 0
    i = 0
    while size < chars:
        j = i * 1003 % count
        stem = "".join(letters[(j // len(letters) ** k) % len(letters)] + "а" for k in range(3))
        line = f"Министр Иван {stem.title()}ев заявил, что рост есть. {stem.title()}иев добавил детали.\n"
        out.append(line)
        size += len(line)
        i += 1
    return "".join(out)[:chars]


#: A paragraph of ordinary news, repeated: the reference for the hostile inputs' cost per character.
NORMAL_UNIT = "Министр Иван Петров заявил, что рост составил 5 % за год. «Мы готовы», — сказал он 3 марта.\n\n"

#: Hostile inputs: name -> (description, builder of the article body from a character count).
PATHOLOGICAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "normal": ("ordinary news paragraphs (reference)", _repeat(NORMAL_UNIT)),
    "open_guillemets": ("unmatched «", _in_paragraph(_repeat("«"))),
    "open_guillemets_words": ("«слово , repeated", _in_paragraph(_repeat("«слово "))),
    "nested_guillemets": ("«««…»»» nested", _in_paragraph(lambda c: "«" * (c // 2) + "»" * (c // 2))),
    "nested_quotes_words": (
        "«a «b «c …»»», with words",
        _in_paragraph(lambda c: "«слово " * (c // 14) + "»" * (c // 14)),
    ),
    "dash_reply": ("– а, – сказал он. in one paragraph", _repeat("– а, – сказал он. ")),
    "dash_reply_lines": ("– а, – сказал он. paragraphs", _repeat("– а, – сказал он.\n")),
    "abbreviations": ("1 тыс. repeated (razdel)", _in_paragraph(_repeat("1 тыс. "))),
    "cr_line_ends": ("\\r-only line ends", _repeat("Экспорт вырос на 5 % к 3 марта.\r")),
    "em_dashes": ("—, repeated", _in_paragraph(_repeat("—"))),
    "hyphens_spaced": ("- , repeated", _in_paragraph(_repeat("- "))),
    "digits": ("one run of digits", _in_paragraph(_repeat("7"))),
    "digit_groups": ("1 000 , repeated", _in_paragraph(_repeat("1 000 "))),
    "ascii_quotes": ('", repeated', _in_paragraph(_repeat('"'))),
    "mixed_quotes": ('«„“”»" cycling', _in_paragraph(_repeat('«„“”»"'))),
    "dash_line_names": ("— «Имя», repeated in a dash line", lambda c: "— " + _repeat("«Торпедо», ")(c)),
    "connective_quotes": (
        "Поэтому «…». repeated",
        _in_paragraph(_repeat("Он заявил, что рост есть. Поэтому «рост продолжится всегда». ")),
    ),
    "capitalised_words": ("Иван Петров , repeated", _in_paragraph(_repeat("Иван Петров "))),
    "count_breakdowns": (
        "24 кубка (7, 8, 9), из них  repeated",
        _in_paragraph(_repeat("24 кубка (7, 8, 9), из них ")),
    ),
    "figures_by_place": (
        "в Городе 45 случаев, в Поселке 30,  repeated",
        _in_paragraph(_repeat("в Городе 45 случаев, в Поселке 30, ")),
    ),
    "shares_of_a_whole": ("12 (3%) из 40 , repeated", _in_paragraph(_repeat("12 (3%) из 40 , "))),
    "measured_quantities": ("магнитудой 5,2 и 4, repeated", _in_paragraph(_repeat("магнитудой 5,2 и 4, "))),
    "dash_price_lists": (
        "АИ-92 — 50 рублей, АИ-95 — 55,  repeated",
        _in_paragraph(_repeat("АИ-92 — 50 рублей, АИ-95 — 55, ")),
    ),
    "gerund_clauses": (
        "…, отметив, что … in one sentence",
        _in_paragraph(_repeat("Министр выступил, отметив, что рост есть, ")),
    ),
    "backward_attributions": (
        "X заявил, что … Об этом он рассказал. paragraphs",
        _repeat("Министр Иван Петров заявил, что рост есть.\nОб этом он рассказал журналистам.\n"),
    ),
    "interview_lines": (
        "– Как дела? / – Хорошо. lines after a name",
        lambda c: "Своим мнением поделился Иван Петров.\n" + _repeat("– Как дела? Все ли готово?\n– Хорошо.\n")(c),
    ),
    "post_tag_lines": ("#Тег lines, repeated", _repeat("#Тег\n")),
    "quoted_lines": (
        "«…» headline lines and quotes, repeated",
        _repeat("«Мы построим этот мост за год»\n«Мы построим этот мост за год», – сказал министр.\n"),
    ),
    "short_quoted_lines": (
        "short «…» statements over quotes in other words, repeated",
        _repeat("«Я так рада за неё»\n«Соперница — я так за неё рада! Она молодец», — заявила Белова.\n"),
    ),
    "chto_chain": ("Он заявил, что рост  in one sentence", _in_paragraph(_repeat("Он заявил, что рост "))),
    "broken_lines": ("lines broken inside a sentence", _repeat("Об этом \nсообщил Петров, что \nрост \n")),
    "link_lines": (
        "написала в\\nTwitter\\n: «…» and (…\\n— RT\\n) lines",
        _repeat("Она написала в\nTwitter\nи\nFacebook\n: «Очень круто».\n«Мы (про оружие.\n— ред.\n)», — сказал он.\n"),
    ),
    "unnamed_interview": (
        "— Как дела? / — Хорошо. with no one named, past related links",
        _repeat("— Как дела?\n— Хорошо, спасибо.\nТакже по теме\nЗаголовок\nТизер...\n"),
    ),
    "latin_signatures": (
        "posts signed in Latin letters no one of the text bears",
        _repeat("Текст новости.\nGreat news today\n— John Smith (@jsmith)\n1 марта 2017 г.\n"),
    ),
    "own_words_quoted": (
        "«… Я сообщил ему, что …», — сказал X. in one paragraph",
        _repeat("«Встреча была долгой. Я сообщил ему, что склад построен», — сказал аким Иван Петров. "),
    ),
    "headline_verbs": (
        "«…»: глава ведомства обвинил … headline lines",
        _repeat("«Пора менять правила»: глава ведомства обвинил коллег в затягивании\n"),
    ),
    "backward_in_one_paragraph": (
        "«Так считает эксперт» after each sentence of one paragraph",
        _in_paragraph(_repeat("Рост стал трендом. Так считает эксперт рынка. ")),
    ),
    "interview_labels": (
        "«Имя Фамилия:» label lines over answers and «RT: …» turns",
        _repeat("Иван Петров:\n Мы готовы (примечательно, что мы устали).\nRT: Вы сказали, что цены растут?\n"),
    ),
    "distinct_names": ("distinct full names, then their surnames misspelt", lambda c: _distinct_names(c)),
    "article_repeated": ("a real article repeated (metrics x dates)", lambda c: _repeat(_article_body())(c)),
}


def _article_body() -> str:
    """The body of a real article rich in figures and dates: the news file's, else a packaged sample's."""
    texts = _news_texts()[:80] or [a.text for a in __import__("kzaz_corpus").load_seeds()]
    best = max(texts, key=lambda t: sum(ch.isdigit() for ch in t))
    return best.split("\n", 1)[-1].strip() + "\n\n"


def _news_texts() -> list[str]:
    """The texts of ``news.jsonl`` beside the repository, or none."""
    if not NEWS.is_file():
        return []
    with NEWS.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


# -- helpers ---------------------------------------------------------------


def _child(*args: str, timeout: float | None = None, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run this script as a child measuring one thing; return its JSON answer."""
    full_env = {**os.environ, **ONE_THREAD, **(env or {})}
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "child", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=full_env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss * scale / 1e6


def _corpus_dir(mb: float, seed: int = 0) -> Path:
    from corpus_gen import write_corpus

    d = HERE / "_data" / f"corpus-{mb:g}mb-s{seed}"
    marker = d / "COMPLETE"
    if not marker.exists():
        print(f"  generating a {mb:g} MB synthetic corpus in {d} ...", flush=True)
        files, nbytes, nchars = write_corpus(d, mb, seed=seed)
        marker.write_text(f"{files} {nbytes} {nchars}\n")
    return d


def _fmt_rate(chars: float, seconds: float) -> str:
    return f"{chars / seconds / 1e6:6.2f} M chars/s" if seconds > 0 else "   inf"


def _check(ok: bool) -> str:
    return "ok  " if ok else "MISS"


# -- child measurements ----------------------------------------------------


def child_import() -> dict[str, Any]:
    t0 = time.perf_counter()
    import kzaz_corpus  # noqa: F401

    return {"seconds": time.perf_counter() - t0}


#: A short news item of our own for the first-result timing (the sample
#: articles cannot be read without analysing them, which would warm up).
FIRST_TEXT = (
    "date 2025-03-14 Экспорт зерна вырос\n\n"
    "АСТАНА, 14 марта. Экспорт зерна за январь-февраль вырос на 12 процентов, "
    "до 1,5 миллиона тонн.\n\n"
    "«Мы рассчитываем сохранить этот темп до конца года», — заявил журналистам "
    "министр сельского хозяйства Иван Петров. По его словам, в прошлом году "
    "страна отправила за рубеж около 9 млн тонн.\n"
)


def child_first() -> dict[str, Any]:
    t0 = time.perf_counter()
    import kzaz_corpus
    from kzaz_corpus.lexicon import morph as _morph

    t1 = time.perf_counter()
    a = kzaz_corpus.Article.from_text(FIRST_TEXT, id="first")
    t2 = time.perf_counter()
    morph_loaded = _morph.analyzer.cache_info().currsize > 0
    t3 = time.perf_counter()
    kzaz_corpus.Article.from_text(FIRST_TEXT, id="second")
    t4 = time.perf_counter()
    return {
        "import": t1 - t0,
        "first_from_text": t2 - t1,
        "second_from_text": t4 - t3,
        "first_result": t2 - t0,
        "morph_loaded_by_first": morph_loaded,
        "quotes": len(a.quotes),
        "metrics": len(a.metrics),
    }


def child_morph() -> dict[str, Any]:
    from kzaz_corpus.lexicon import morph as _morph

    t0 = time.perf_counter()
    _morph.analyzer()
    t1 = time.perf_counter()
    _morph.parse("заявил")
    return {"dictionary_load": t1 - t0, "first_parse": time.perf_counter() - t1}


def child_corpus(directory: str, workers: int, start_method: str) -> dict[str, Any]:
    import multiprocessing

    import kzaz_corpus  # noqa: F401
    from kzaz_corpus.corpus import LoadError, iter_directory
    from kzaz_corpus.corpus.parallel import analyse_paths

    files = sorted(p for p in Path(directory).glob("*.txt"))
    nbytes = sum(p.stat().st_size for p in files)
    rss_before = _maxrss_mb()
    c0 = time.process_time()
    t0 = time.perf_counter()
    if start_method == "default":
        items = iter_directory(directory, workers=workers if workers > 1 else None)
    else:
        ctx = multiprocessing.get_context(start_method)
        items = analyse_paths(files, workers=workers, mp_context=ctx)
    first = None
    n = errors = chars = quotes = metrics = dates = 0
    digest = hashlib.blake2b(digest_size=16)
    for item in items:
        if first is None:
            first = time.perf_counter() - t0
        n += 1
        if isinstance(item, LoadError):
            errors += 1
        else:
            chars += len(item.text)
            quotes += len(item.quotes)
            metrics += len(item.metrics)
            dates += len(item.dates)
        digest.update(_fingerprint(item).encode())
    seconds = time.perf_counter() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_seconds": time.process_time() - c0 + children.ru_utime + children.ru_stime,
        "files": n,
        "errors": errors,
        "bytes": nbytes,
        "chars": chars,
        "quotes": quotes,
        "metrics": metrics,
        "dates": dates,
        "seconds": seconds,
        "first_item": first,
        "maxrss_before_mb": rss_before,
        "maxrss_mb": _maxrss_mb(),
        "maxrss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
        "digest": digest.hexdigest(),
    }


def _fingerprint(item: Any) -> str:
    """A process-independent summary of one result (``hash`` of ``None`` differs between processes)."""
    if not hasattr(item, "quotes"):
        return repr(item)
    return repr(
        (
            item.id,
            len(item.text),
            item.date,
            item.author,
            item.title,
            item.paragraphs,
            item.dates,
            item.quotes,
            item.metrics,
        )
    )


def _timed_sizes(build: Callable[[int], str], small: int, big: int) -> dict[str, Any]:
    """
    Time one article of each size in this process: the best of three runs of the small one, of two of the big one.

    Both sizes run in one process after the same warm-up, so the growth
    compares like with like, and the best of several runs keeps a pause of
    the machine from passing for a growth.
    """
    from kzaz_corpus import Article

    out: dict[str, Any] = {}
    for label, chars, runs in (("small", small, 3), ("big", big, 2)):
        text = build(chars)
        best = math.inf
        for _ in range(runs):
            gc.collect()
            t0 = time.perf_counter()
            Article.from_text(text, id=label)
            best = min(best, time.perf_counter() - t0)
        out[label] = {"seconds": best, "chars": len(text)}
    return out


def child_pathological(case: str, small: int, big: int) -> dict[str, Any]:
    from kzaz_corpus import Article

    Article.from_text(FIRST_TEXT, id="w")
    build = PATHOLOGICAL[case][1]
    return _timed_sizes(lambda chars: f"date 2025-01-01 Заголовок\n\n{build(chars)}\n", small, big)


def child_single(small: int, big: int, one_line: bool) -> dict[str, Any]:
    from corpus_gen import make_text

    from kzaz_corpus import Article

    Article.from_text("date 2025-01-01 Заголовок\n\nПрогрев: «Мы готовы», — заявил он. Рост на 5%.", id="w")

    def build(chars: int) -> str:
        texts = make_text(chars, seed=1)
        head, *rest = texts
        body = "\n\n".join(t.split("\n", 1)[1] if "\n" in t else t for t in rest)
        text = head + "\n\n" + body
        if one_line:
            text = text.replace("\n", " ")
        return text[: max(chars, 1)]

    return _timed_sizes(build, small, big)


def child_natasha(chars: int) -> dict[str, Any]:
    from corpus_gen import make_text

    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter  # type: ignore[import-not-found]
    except ImportError as exc:
        return {"skipped": f"natasha is not installed ({exc.name}); pip install -e '.[bench]'"}
    from kzaz_corpus import Article

    texts = make_text(chars, seed=2)
    total = sum(len(t) for t in texts)
    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())
    # Warm both up on one article, then time both on the same texts.
    Article.from_text(texts[0], id="w")
    warm = Doc(texts[0])
    warm.segment(segmenter)
    warm.tag_ner(tagger)
    t0 = time.perf_counter()
    for i, t in enumerate(texts):
        Article.from_text(t, id=str(i))
    t1 = time.perf_counter()
    spans = 0
    for t in texts:
        doc = Doc(t)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        spans += len(doc.spans)
    t2 = time.perf_counter()
    return {"chars": total, "kzaz_seconds": t1 - t0, "natasha_seconds": t2 - t1, "natasha_spans": spans}


def _natasha_tools() -> tuple[Any, Any, Any] | str:
    """natasha's ``Doc`` class, segmenter and NER tagger, or why they are unavailable."""
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError as exc:
        return f"natasha is not installed ({exc.name}); pip install -e '.[bench]'"
    return Doc, Segmenter(), NewsNERTagger(NewsEmbedding())


def _timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """Run *fn*; return its wall and CPU seconds."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def child_news(with_natasha: str) -> dict[str, Any]:
    """Distinct real text in a fresh process: cold pass, warm pass, natasha on the same texts."""
    texts = _news_texts()
    t0 = time.perf_counter()
    from kzaz_corpus import Article
    from kzaz_corpus.lexicon import morph

    Article.from_text(FIRST_TEXT, id="first")  # start-up (import, dictionary, grammars): timed on its own
    startup = time.perf_counter() - t0

    def run() -> None:
        for i, t in enumerate(texts):
            Article.from_text(t, id=str(i))

    cold, cold_cpu = _timed(run)
    warm, warm_cpu = _timed(run)
    out: dict[str, Any] = {
        "articles": len(texts),
        "chars": sum(len(t) for t in texts),
        "startup_seconds": startup,
        "cold_seconds": cold,
        "cold_cpu_seconds": cold_cpu,
        "warm_seconds": warm,
        "warm_cpu_seconds": warm_cpu,
        "fast_reader": getattr(morph, "fast_reader", lambda: None)(),
    }
    tools = _natasha_tools() if with_natasha == "1" else "not asked for"
    if isinstance(tools, str):
        out["natasha_skipped"] = tools
        return out
    doc_cls, segmenter, tagger = tools

    def natasha() -> None:
        for t in texts:
            doc = doc_cls(t)
            doc.segment(segmenter)
            doc.tag_ner(tagger)

    warm_doc = doc_cls(FIRST_TEXT)
    warm_doc.segment(segmenter)
    warm_doc.tag_ner(tagger)
    out["natasha_seconds"], out["natasha_cpu_seconds"] = _timed(natasha)
    return out


def child_vocab(megabytes: float) -> dict[str, Any]:
    """Stream articles with a large vocabulary (most long words altered) through ``from_text``; sample RSS."""
    import random

    from corpus_gen import iter_articles, load_pool, vary_words

    from kzaz_corpus import Article

    rng = random.Random(11)
    limit = int(megabytes * 1e6)
    nbytes = chars = 0
    samples: list[tuple[float, float]] = []
    t0 = time.perf_counter()
    for i, text in enumerate(iter_articles(load_pool(), rng)):
        text = vary_words(text, rng, 0.9)
        Article.from_text(text, id=str(i))
        nbytes += len(text.encode())
        chars += len(text)
        if not samples or nbytes >= (len(samples) + 1) * limit / 10:
            samples.append((round(nbytes / 1e6, 1), round(_maxrss_mb(), 1)))
        if nbytes >= limit:
            break
    return {
        "bytes": nbytes,
        "chars": chars,
        "seconds": time.perf_counter() - t0,
        "maxrss_mb": _maxrss_mb(),
        "samples": samples,
    }


CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "news": child_news,
    "vocab": lambda mb: child_vocab(float(mb)),
    "import": child_import,
    "first": child_first,
    "morph": child_morph,
    "corpus": lambda d, w, m: child_corpus(d, int(w), m),
    "patho": lambda c, lo, hi: child_pathological(c, int(lo), int(hi)),
    "single": lambda lo, hi, one: child_single(int(lo), int(hi), one == "1"),
    "natasha": lambda n: child_natasha(int(n)),
}


# -- in-process measurements -----------------------------------------------


def bench_from_text(texts: list[str]) -> dict[str, Any]:
    from kzaz_corpus import Article
    from kzaz_corpus.stages.dates import extract_dates
    from kzaz_corpus.stages.header import parse_header
    from kzaz_corpus.stages.metrics import extract_metrics
    from kzaz_corpus.stages.quotes.extract import extract_quotes

    chars = sum(len(t) for t in texts)
    for i, t in enumerate(texts[: max(1, len(texts) // 20)]):  # warm the caches
        Article.from_text(t, id=str(i))
    c0 = time.process_time()
    t0 = time.perf_counter()
    found = [0, 0, 0]
    for i, t in enumerate(texts):
        a = Article.from_text(t, id=str(i))
        found[0] += len(a.quotes)
        found[1] += len(a.metrics)
        found[2] += len(a.dates)
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0

    stages: dict[str, float] = defaultdict(float)
    try:
        clock = time.perf_counter
        for t in texts:
            s0 = clock()
            h = parse_header(t)
            s1 = clock()
            dates = extract_dates(t, h.paragraphs, anchor=h.date)
            s2 = clock()
            extract_quotes(t, h.paragraphs, date=h.date)
            s3 = clock()
            extract_metrics(t, h.paragraphs, dates=dates)
            s4 = clock()
            stages["header"] += s1 - s0
            stages["dates"] += s2 - s1
            stages["quotes"] += s3 - s2
            stages["metrics"] += s4 - s3
    except TypeError as exc:  # an extractor's signature changed
        stages = {"unavailable": 0.0}
        print(f"  (stage breakdown unavailable: {exc})")
    return {
        "chars": chars,
        "articles": len(texts),
        "seconds": total,
        "chars_per_s": chars / total,
        "cpu_seconds": cpu,
        "chars_per_cpu_s": chars / cpu,
        "quotes": found[0],
        "metrics": found[1],
        "dates": found[2],
        "stages": dict(stages),
    }


def _module_of(filename: str) -> str:
    p = Path(filename)
    parts = p.parts
    if "kzaz_corpus" in parts:
        return "kzaz_corpus." + p.stem
    if "site-packages" in parts:
        i = parts.index("site-packages")
        return parts[i + 1].split(".")[0] if i + 1 < len(parts) else p.stem
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins (C)"
    return "stdlib." + p.stem


def bench_profile(texts: list[str], top: int = 15, warm_up: bool = True) -> dict[str, Any]:
    from kzaz_corpus import Article

    Article.from_text(FIRST_TEXT, id="first")
    for i, t in enumerate(texts[:5] if warm_up else ()):
        Article.from_text(t, id=str(i))
    prof = cProfile.Profile()
    prof.enable()
    for i, t in enumerate(texts):
        Article.from_text(t, id=str(i))
    prof.disable()
    st = pstats.Stats(prof)
    raw: dict[Any, Any] = st.stats  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    charged: dict[str, float] = defaultdict(float)  # C calls charged to the Python caller
    rows = []
    total = 0.0
    for (filename, line, name), (_cc, nc, tt, ct, callers) in raw.items():
        mod = _module_of(filename)
        if mod == "builtins (C)" and "regex" in name.lower():
            mod = "regex (C)"
        by_module[mod] += tt
        total += tt
        rows.append((tt, ct, nc, f"{mod}:{name}:{line}"))
        if mod.endswith("(C)"):
            for (cfile, cline, cname), edge in callers.items():
                charged[f"{_module_of(cfile)}:{cname}:{cline}"] += edge[2]
        else:
            charged[f"{mod}:{name}:{line}"] += tt
    rows.sort(reverse=True)
    return {
        "total_seconds": total,
        "by_module": dict(sorted(by_module.items(), key=lambda kv: -kv[1])),
        "top_with_c_calls": sorted(charged.items(), key=lambda kv: -kv[1])[:top],
        "top_functions": [{"tottime": tt, "cumtime": ct, "calls": nc, "function": fn} for tt, ct, nc, fn in rows[:top]],
    }


def import_breakdown(top: int = 8) -> list[tuple[str, float]]:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import kzaz_corpus"], capture_output=True, text=True, check=False
    )
    rows = []
    for line in out.stderr.splitlines():
        # "import time:  self [us] | cumulative | imported package"
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cum, name = line.split(":", 1)[1].split("|")
        rows.append((name.strip(), int(cum) / 1e6))
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


# -- the report ------------------------------------------------------------


def _spread(values: list[float]) -> str:
    """Median and range of a few measurements."""
    if len(values) == 1:
        return f"{values[0]:.3g}"
    return f"{statistics.median(values):.3g} (median of {len(values)}; {min(values):.3g} to {max(values):.3g})"


def section_news(size: dict[str, Any], args: argparse.Namespace, res: dict[str, Any]) -> None:
    """Distinct real text: news.jsonl beside the repository, fresh processes, against natasha."""
    print(f"\n== Distinct real text: {NEWS.name}, fresh process, one core")
    if not NEWS.is_file():
        print(f"  skipped: {NEWS} is absent (real news is kept beside the repository, never in it)")
        res["news"] = {"skipped": f"{NEWS} is absent"}
        return
    with_natasha = "0" if "natasha" in args.skip else "1"
    runs = [_child("news", with_natasha, timeout=size["timeout"] * 4) for _ in range(size["news_runs"])]
    ok = [r for r in runs if "cold_seconds" in r]
    res["news"] = {"runs": runs}
    if not ok:
        print(f"  failed: {runs[0]}")
        return
    r0 = ok[0]
    chars = r0["chars"]
    cold = [chars / r["cold_seconds"] / 1e6 for r in ok]
    warm = [chars / r["warm_seconds"] / 1e6 for r in ok]
    res["news"].update(cold_mchars_per_s=cold, warm_mchars_per_s=warm)
    print(f"  {r0['articles']} articles, {chars / 1e3:.0f} k chars; C dictionary reader: {r0['fast_reader']}")
    print(f"  start-up (import + first article)  {_spread([r['startup_seconds'] for r in ok])} s")
    print(
        f"  first pass (cold caches)      {_spread(cold)} M chars/s   "
        f"[{_check(statistics.median(cold) >= 1.0)} target 1.0 M chars/s]"
    )
    print(f"  second pass (warm caches)     {_spread(warm)} M chars/s")
    print(f"  per CPU second, first pass    {_spread([chars / r['cold_cpu_seconds'] / 1e6 for r in ok])} M chars/s")
    nat = [r for r in ok if "natasha_seconds" in r]
    if not nat:
        print(f"  natasha: skipped ({r0.get('natasha_skipped', 'not run')})")
        return
    rates = [chars / r["natasha_seconds"] / 1e6 for r in nat]
    ratios = [r["natasha_seconds"] / r["cold_seconds"] for r in nat]
    cpu_ratios = [r["natasha_cpu_seconds"] / r["cold_cpu_seconds"] for r in nat]
    res["news"].update(natasha_mchars_per_s=rates, ratio=ratios, cpu_ratio=cpu_ratios)
    print(f"  natasha segment + NER         {_spread(rates)} M chars/s")
    print(f"  ratio of CPU times            {_spread(cpu_ratios)} x   (the same on a loaded machine)")
    print(
        f"  ratio (first pass)            {_spread(ratios)} x   [{_check(statistics.median(ratios) >= 6)} target 6 x]"
    )


def section_startup(res: dict[str, Any]) -> None:
    imports = [_child("import")["seconds"] for _ in range(5)]
    res["import_seconds"] = statistics.median(imports)
    res["import_breakdown"] = import_breakdown()
    # The compiled grammars are kept on disk between processes (kzaz_corpus.cache): the
    # first process on a machine compiles them, the next ones read them. Both are timed,
    # in a cache directory of this run's own that starts empty.
    with tempfile.TemporaryDirectory() as cache_root:
        env = {"KZAZ_CORPUS_CACHE_DIR": cache_root}
        empty = _child("first", env=env)
        firsts = [_child("first", env=env) for _ in range(3)]
    first = sorted(firsts, key=lambda r: r.get("first_result", 1e9))[1]
    morph = _child("morph")
    res["first"] = first
    res["first_empty_cache"] = empty
    res["first_results"] = [r.get("first_result") for r in firsts]
    res["morph"] = morph
    print("\n== Start-up (fresh interpreter)")
    print(
        f"  import kzaz_corpus              {res['import_seconds'] * 1e3:8.1f} ms (median of 5)   "
        f"[{_check(res['import_seconds'] < 0.1)} target 100 ms]"
    )
    print("    heaviest imports: " + ", ".join(f"{n} {s * 1e3:.0f} ms" for n, s in res["import_breakdown"][:5]))
    print(
        f"  first Article.from_text         {first['first_from_text'] * 1e3:8.1f} ms "
        f"(then {first['second_from_text'] * 1e3:.1f} ms warm; "
        f"morphology loaded by it: {first['morph_loaded_by_first']})"
    )
    print(
        f"  time to first result            {first['first_result'] * 1e3:8.1f} ms (median of 3; import + first "
        f"from_text)   [{_check(first['first_result'] < 0.3)} target 300 ms]"
    )
    if "first_result" in empty:
        print(f"    the first process, grammars not yet cached: {empty['first_result'] * 1e3:.1f} ms")
    print(f"  morphology dictionary load      {morph['dictionary_load'] * 1e3:8.1f} ms")


def section_seeds(size: dict[str, Any], res: dict[str, Any]) -> None:
    from corpus_gen import make_text

    texts = make_text(size["from_text_chars"], seed=0)
    ft = bench_from_text(texts)
    res["from_text"] = ft
    print(f"\n== Seeds repeated: Article.from_text, one core, {ft['articles']} synthetic articles built from the")
    print(f"   packaged samples (a small vocabulary: warm caches), {ft['chars'] / 1e6:.1f} M chars")
    print(
        f"  throughput                      {_fmt_rate(ft['chars'], ft['seconds'])}   "
        f"[{_check(ft['chars_per_s'] >= 3e6)} target 3 M chars/s]"
    )
    print(
        f"  per CPU second                  {_fmt_rate(ft['chars'], ft['cpu_seconds'])}   "
        f"(wall/CPU {ft['seconds'] / ft['cpu_seconds']:.2f}: above 1 means other load on the machine)"
    )
    print(f"  found                           {ft['quotes']} quotes, {ft['metrics']} metrics, {ft['dates']} dates")
    stage_total = sum(ft["stages"].values()) or 1.0
    for name, secs in ft["stages"].items():
        print(f"    {name:<10} {secs / stage_total * 100:5.1f} %   {_fmt_rate(ft['chars'], secs)}")


def section_profile(size: dict[str, Any], res: dict[str, Any]) -> None:
    from corpus_gen import make_text

    news = _news_texts()
    texts = news or make_text(size["profile_chars"], seed=3)
    what = f"{NEWS.name}, first pass" if news else f"{size['profile_chars'] / 1e6:.1f} M synthetic chars"
    prof = bench_profile(texts, warm_up=not news)
    res["profile"] = prof
    print(f"\n== Profile (cProfile, {what}; self time by module)")
    for mod, secs in list(prof["by_module"].items())[:12]:
        print(f"  {mod:<32} {secs / prof['total_seconds'] * 100:5.1f} %")
    print("  top Python functions, self time plus the regex/C calls they make:")
    for fn, secs in prof["top_with_c_calls"][:10]:
        print(f"    {secs / prof['total_seconds'] * 100:5.1f} %  {fn}")
    print("  top functions by self time:")
    for row in prof["top_functions"][:10]:
        share = row["tottime"] / prof["total_seconds"] * 100
        print(f"    {share:5.1f} %  {row['calls']:>8} calls  {row['function']}")


def section_natasha(size: dict[str, Any], res: dict[str, Any]) -> None:
    nat = _child("natasha", str(size["natasha_chars"]), timeout=size["timeout"] * 4)
    res["natasha"] = nat
    mchars = size["natasha_chars"] / 1e6
    print(f"\n== Seeds repeated versus natasha segmenter + NER, same texts, one thread ({mchars:.1f} M chars)")
    if "skipped" in nat or "error" in nat or "timeout" in nat:
        print(f"  skipped: {nat.get('skipped') or nat.get('error') or 'timeout'}")
        return
    ratio = nat["natasha_seconds"] / nat["kzaz_seconds"]
    nat["ratio"] = ratio
    print(f"  kzaz_corpus full analysis       {_fmt_rate(nat['chars'], nat['kzaz_seconds'])}")
    print(f"  natasha segment + NER           {_fmt_rate(nat['chars'], nat['natasha_seconds'])}")
    print(f"  ratio                           {ratio:8.1f} x")


def section_linearity(size: dict[str, Any], res: dict[str, Any]) -> None:
    print("\n== Linearity: one article per run, seconds per M chars (lower is better); 10x text: growth <= 1.1")
    lin: dict[str, Any] = {}
    small, big = size["single_chars"]
    for label, one in (("news, paragraphs", "0"), ("news, one line", "1")):
        a, b = _pair(_child("single", str(small), str(big), one, timeout=size["timeout"] * 2))
        lin[label] = {"small": a, "big": b}
        print("  " + _linearity_line(f"{label} {small / 1e6:g}M -> {big / 1e6:g}M chars", a, b))
    lo, hi = size["patho_chars"]
    for case, (desc, _build) in PATHOLOGICAL.items():
        a, b = _pair(_child("patho", case, str(lo), str(hi), timeout=size["timeout"] * 2))
        lin[case] = {"small": a, "big": b}
        print("  " + _linearity_line(f"{desc}, {lo / 1e3:g}k->{hi / 1e3:g}k chars", a, b))
    normal, nested = lin["normal"]["big"], lin["nested_guillemets"]["big"]
    if "seconds" in normal and "seconds" in nested:
        ratio = (nested["seconds"] / nested["chars"]) / (normal["seconds"] / normal["chars"])
        lin["nested_per_char_vs_normal"] = ratio
        print(f"  nested «««…»»» per character vs ordinary news: {ratio:.2f} x   [{_check(ratio <= 5)} target 5 x]")
    res["linearity"] = lin


def section_memory(size: dict[str, Any], res: dict[str, Any]) -> None:
    mb = size["vocab_mb"]
    r = _child("vocab", str(mb), timeout=size["timeout"] * 20)
    res["vocab"] = r
    print(f"\n== Memory: streaming {mb:g} MB of text with a large vocabulary (most long words altered)")
    if "maxrss_mb" not in r:
        print(f"  failed: {r}")
        return
    print(
        f"  peak RSS                        {r['maxrss_mb']:.0f} MB   "
        f"[{_check(r['maxrss_mb'] < 300)} target < 300 MB]; "
        f"{_fmt_rate(r['chars'], r['seconds'])}"
    )
    print("  peak RSS as the stream goes (MB read: MB): " + ", ".join(f"{a:g}: {b:.0f}" for a, b in r["samples"]))


def section_corpus(size: dict[str, Any], args: argparse.Namespace, res: dict[str, Any]) -> None:
    d = _corpus_dir(size["corpus_mb"])
    serial = _child("corpus", str(d), "1", "default", timeout=size["timeout"] * 20)
    par = _child("corpus", str(d), str(args.workers), args.start_method, timeout=size["timeout"] * 20)
    res["corpus"] = {"serial": serial, "parallel": par, "workers": args.workers}
    print(f"\n== Whole corpus from files: {d.name}")
    for label, r in (("serial (iter_directory)", serial), (f"workers={args.workers}", par)):
        if "seconds" not in r:
            print(f"  {label}: failed: {r}")
            continue
        print(
            f"  {label:<24} {r['files']} files, {r['bytes'] / 1e6:.1f} MB in {r['seconds']:.2f} s: "
            f"{r['bytes'] / 1e6 / r['seconds']:.2f} MB/s, {_fmt_rate(r['chars'], r['seconds'])}; "
            f"CPU {r['cpu_seconds']:.1f} s; "
            f"first article after {r['first_item'] * 1e3:.0f} ms; peak RSS {r['maxrss_mb']:.0f} MB"
            + (f" (+ workers {r['maxrss_children_mb']:.0f} MB each at most)" if r["maxrss_children_mb"] else "")
        )
    if "seconds" not in serial or "seconds" not in par:
        return
    speedup = serial["seconds"] / par["seconds"]
    res["corpus"]["speedup"] = speedup
    same = serial["digest"] == par["digest"] and serial["files"] == par["files"]
    res["corpus"]["identical"] = same
    print(
        f"  speed-up with {args.workers} workers           {speedup:5.2f} x   "
        f"[{_check(speedup >= 1.7)} target 1.7 x on 2 cores]"
    )
    print(f"  results identical, same order   {same}")
    print(
        f"  streaming peak memory           {serial['maxrss_mb']:.0f} MB   "
        f"[{_check(serial['maxrss_mb'] < 300)} target < 300 MB]"
    )
    print(
        f"  first article                   {serial['first_item'] * 1e3:.0f} ms   "
        f"[{_check(serial['first_item'] < 1)} target < 1 s]"
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "child":
        print(json.dumps(CHILDREN[argv[1]](*argv[2:])))
        return 0
    ap = argparse.ArgumentParser(description="kzaz_corpus benchmarks")
    ap.add_argument("--quick", action="store_true", help="small sizes (about a minute), for CI")
    ap.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    ap.add_argument("--workers", type=int, default=2, help="workers for the parallel corpus run (default 2)")
    ap.add_argument("--start-method", default="default", help="multiprocessing start method for the parallel run")
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        help="skip a section: news, seeds, corpus, natasha, linearity, memory, profile",
    )
    args = ap.parse_args(argv)

    mode = "quick" if args.quick else "full"
    size = SIZES[mode]
    started = time.perf_counter()
    res: dict[str, Any] = {
        "mode": mode,
        "date": dt.date.today().isoformat(),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform(terse=True)}",
    }
    from importlib.metadata import version

    res["kzaz_corpus"] = version("kzaz_corpus")
    print(f"kzaz_corpus {res['kzaz_corpus']} benchmarks ({mode}) on {res['machine']}, Python {res['python']}")

    if "news" not in args.skip:
        section_news(size, args, res)
    section_startup(res)
    if "seeds" not in args.skip:
        section_seeds(size, res)
    if "profile" not in args.skip:
        section_profile(size, res)
    if "natasha" not in args.skip and "seeds" not in args.skip:
        section_natasha(size, res)
    if "linearity" not in args.skip:
        section_linearity(size, res)
    if "memory" not in args.skip:
        section_memory(size, res)
    if "corpus" not in args.skip:
        section_corpus(size, args, res)

    res["wall_seconds"] = time.perf_counter() - started
    print(f"\n(benchmark wall time {res['wall_seconds']:.0f} s)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False, default=str))
    return 0


def _pair(r: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The small and the big measurement of one linearity child (its error or timeout for both, if it failed)."""
    if "small" in r and "big" in r:
        return r["small"], r["big"]
    return r, r


def _linearity_line(label: str, a: dict[str, Any], b: dict[str, Any]) -> str:
    def per_m(r: dict[str, Any]) -> str:
        if "timeout" in r:
            return f"TIMEOUT >{r['timeout']:.0f}s"
        if "error" in r:
            return f"ERROR {r['error'][:40]}"
        return f"{r['seconds'] / r['chars'] * 1e6:7.3f} s/M"

    line = f"{label:<58} {per_m(a):>14} -> {per_m(b):>14}"
    if "seconds" in a and "seconds" in b:
        growth = (b["seconds"] / max(a["seconds"], 1e-9)) / (b["chars"] / a["chars"])
        line += f"   growth {growth:4.2f} x  [{_check(growth <= 1.1 or b['seconds'] < 0.05)}]"
    return line


if __name__ == "__main__":
    sys.exit(main())
