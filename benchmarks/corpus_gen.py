"""
A synthetic news corpus of any size, built from the packaged sample articles.

Each synthetic article gets a fresh ``date`` header and title, then body
paragraphs drawn at random from every sample article, in a random order, with
their numbers re-drawn and their surnames swapped for others (consistently
within one article, so that a person quoted twice is still one person).
Optionally some files are written in Windows-1251 or with CRLF line ends, as
real archives are.

Nothing is downloaded: the material is whatever ``kzaz_corpus.load_seeds()``
returns, so the corpus is reproducible from a seed number alone.

Usage::

    python benchmarks/corpus_gen.py benchmarks/_data/corpus-100mb --mb 100
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

import kzaz_corpus

# Surname stems used to re-name people: common Russian and Kazakh stems, so
# that every suffix below still makes a plausible surname in any case form.
_STEMS = (
    "Иван", "Петр", "Смирн", "Кузнец", "Сокол", "Лебед", "Козл", "Новик", "Мороз", "Волк",
    "Зайц", "Павл", "Семен", "Голуб", "Виноград", "Богдан", "Воробь", "Федор", "Михайл", "Беляк",
    "Тарас", "Белоус", "Комар", "Орл", "Киселё", "Макар", "Андре", "Ковал", "Иль", "Гусе",
    "Тит", "Кузьм", "Кудрявц", "Баран", "Кулик", "Алексе", "Степан", "Яковл", "Сорок", "Серге",
    "Роман", "Захар", "Борис", "Королё", "Герасим", "Пономар", "Григорь", "Лазар", "Медвед", "Ерш",
    "Нургали", "Сарсенб", "Жумаб", "Касым", "Ахмет", "Бекмухамед", "Оспан", "Тулеген", "Абдулл", "Мус",
)  # fmt: skip

# A capitalised word ending in a surname suffix plus an optional case ending:
# "Петровым", "Алиева", "Путину". The stem is swapped, the rest is kept.
_SURNAME_RE = regex.compile(
    r"\b(?P<stem>\p{Lu}\p{Ll}{2,15}?)(?P<suffix>ов|ев|ёв|ин|ын)(?P<ending>а|у|ым|ом|е|ой|ых|ыми|им)?\b"
)
_NUMBER_RE = regex.compile(r"\d++")
# A word long enough to take a changed letter and keep its ending: "экспорта" -> "эксшорта".
_LONG_WORD_RE = regex.compile(r"(?<!\p{L})\p{L}{5,}+")
_LETTERS = "абвгдежзиклмнопрстуфхцчшщыэюя"


@dataclass(frozen=True)
class Pool:
    """Material drawn from the sample articles."""

    titles: tuple[str, ...]
    paragraphs: tuple[str, ...]
    header_lines: tuple[str, ...]


def load_pool() -> Pool:
    """Split the packaged sample articles into titles, body paragraphs and header lines."""
    titles: list[str] = []
    paragraphs: list[str] = []
    header_lines: list[str] = []
    for article in kzaz_corpus.load_seeds():
        for p in article.paragraphs:
            line = article.text[p.start : p.end].strip()
            if not line:
                continue
            if p.kind in ("title", "subheading"):
                titles.append(line)
            elif p.kind == "body":
                paragraphs.append(line)
            else:
                header_lines.append(line)
    if not titles:
        titles = [p[:80].rsplit(" ", 1)[0] for p in paragraphs[:10]]
    return Pool(tuple(titles), tuple(paragraphs), tuple(header_lines))


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: regex.Match[str]) -> str:
        digits = m[0]
        n = len(digits)
        if n == 4 and digits[:2] in ("19", "20"):
            return str(rng.randint(2000, 2030))  # keep years plausible
        if n <= 2:
            return str(rng.randint(1, 28))  # keep days and months plausible
        return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))

    return _NUMBER_RE.sub(repl, text)


def _vary_names(text: str, rng: random.Random, mapping: dict[str, str]) -> str:
    def repl(m: regex.Match[str]) -> str:
        stem = m["stem"]
        if stem not in mapping:
            mapping[stem] = rng.choice(_STEMS)
        return mapping[stem] + m["suffix"] + (m["ending"] or "")

    return _SURNAME_RE.sub(repl, text)


def vary_words(text: str, rng: random.Random, share: float) -> str:
    """
    Change one inner letter of a *share* of the words of five letters or more (a large vocabulary).

    The first letter and the last three are kept, so capitals, case endings
    and sentence shapes stay as they were while the word forms are new.
    """
    if share <= 0:
        return text

    def repl(m: regex.Match[str]) -> str:
        w = m[0]
        if rng.random() >= share:
            return w
        i = rng.randrange(1, len(w) - 3)
        c = rng.choice(_LETTERS)
        return w[:i] + (c.upper() if w[i].isupper() else c) + w[i + 1 :]

    return _LONG_WORD_RE.sub(repl, text)


def make_article(pool: Pool, rng: random.Random, target_chars: int) -> str:
    """
    Return one synthetic article of about *target_chars* characters.

    The text opens with a ``date YYYY-MM-DD`` header and a title, may carry a
    photo credit or closing metadata line, and has shuffled body paragraphs
    with varied numbers and names.
    """
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
    names: dict[str, str] = {}
    parts = [f"date {day.isoformat()} {_vary_names(rng.choice(pool.titles), rng, names)}"]
    if pool.header_lines and rng.random() < 0.3:
        parts.append(_vary_names(rng.choice(pool.header_lines), rng, names))
    size = sum(len(p) for p in parts)
    while size < target_chars:
        para = _vary_names(_vary_numbers(rng.choice(pool.paragraphs), rng), rng, names)
        if rng.random() < 0.1:
            para = _vary_names(rng.choice(pool.titles), rng, names)  # a subheading
        parts.append(para)
        size += len(para) + 2
    if pool.header_lines and rng.random() < 0.2:
        parts.append(_vary_names(rng.choice(pool.header_lines), rng, names))
    return "\n\n".join(parts) + "\n"


def iter_articles(pool: Pool, rng: random.Random, mean_chars: int = 6000) -> Iterator[str]:
    """Yield synthetic articles forever, sizes log-normally spread around *mean_chars*."""
    while True:
        size = int(min(max(rng.lognormvariate(0, 0.6) * mean_chars * 0.85, 800), mean_chars * 10))
        yield make_article(pool, rng, size)


def make_text(chars: int, seed: int = 0) -> list[str]:
    """Return a list of synthetic articles totalling at least *chars* characters."""
    pool = load_pool()
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    for text in iter_articles(pool, rng):
        out.append(text)
        total += len(text)
        if total >= chars:
            return out
    raise AssertionError("unreachable")  # pragma: no cover


def write_corpus(
    out_dir: str | Path,
    megabytes: float,
    *,
    seed: int = 0,
    mean_chars: int = 6000,
    crlf: float = 0.1,
    cp1251: float = 0.0,
) -> tuple[int, int, int]:
    """
    Write synthetic articles to *out_dir* until they total *megabytes* MB on disk.

    Returns:
        ``(files, bytes, characters)`` written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pool = load_pool()
    rng = random.Random(seed)
    limit = int(megabytes * 1_000_000)
    files = nbytes = nchars = 0
    for text in iter_articles(pool, rng, mean_chars):
        if rng.random() < crlf:
            text = text.replace("\n", "\r\n")
        encoding = "cp1251" if rng.random() < cp1251 else "utf-8"
        data = text.encode(encoding, errors="replace")
        name = f"{files:07d}_{hashlib.sha1(data).hexdigest()[:12]}.txt"
        (out / name).write_bytes(data)
        files += 1
        nbytes += len(data)
        nchars += len(text)
        if nbytes >= limit:
            break
    return files, nbytes, nchars


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic corpus."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("out_dir", help="directory to write .txt files to (created if missing)")
    ap.add_argument("--mb", type=float, default=10.0, help="total size on disk in MB (default 10)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--mean-chars", type=int, default=6000, help="typical article length (default 6000)")
    ap.add_argument("--crlf", type=float, default=0.1, help="share of files with CRLF line ends (default 0.1)")
    ap.add_argument("--cp1251", type=float, default=0.0, help="share of files in Windows-1251 (default 0)")
    args = ap.parse_args(argv)
    files, nbytes, nchars = write_corpus(
        args.out_dir, args.mb, seed=args.seed, mean_chars=args.mean_chars, crlf=args.crlf, cp1251=args.cp1251
    )
    print(f"wrote {files} files, {nbytes / 1e6:.1f} MB, {nchars / 1e6:.1f} M chars to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
