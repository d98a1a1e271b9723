"""
Low-level text helpers for quote detection: quotation marks and prefixes.

Facts (*What counts*, docs/explanation/what-counts.md, "Quotes"):
- Quotation marks come as ``«…»``, ``"…"``, ``„…“`` and English ``“…”``, and
  nest (``«… "…" …»``). The straight ``"`` opens or closes depending on its
  neighbours. Marks are paired per paragraph with a stack, so the scan is one
  pass and linear; an unclosed mark simply pairs with nothing.
- Sentences come from the document's one splitter
  (:func:`~kzaz_corpus.text.sentences.split_sentences`).
- A wire-service dateline (``АСТАНА, 5 окт (Рейтер) -``, ``ТАШКЕНТ, 14 ноя -
  ПРАЙМ.``) or a leading ``26.09.2011`` is not part of the first sentence's
  content.
"""

from __future__ import annotations

import regex

from ...text.chars import HSPACE
from ...text.doc import WORD_RE

__all__ = [
    "DASHES",
    "HS",
    "WORD_RE",
    "content_start",
    "quote_spans",
    "trim_span",
]

# Dashes that open dialogue or set off an attribution (What counts, "Quotes", kind "direct").
DASHES = "-–—−"
# Horizontal white space as files carry it: NBSP, thin spaces.
HS = HSPACE


_OPENERS = "«„“"
_MARKS_RE = regex.compile(r"[«»„“”\"]")
_CLOSE_FOR = {"«": "»", "„": "“”", "“": "”“", '"': '"'}

# Datelines: "АСТАНА, 5 окт (Рейтер) - ", "ТАШКЕНТ, 14 ноя - ПРАЙМ. ", "ЕРЕВАН, 9 мар – Sputnik. ",
# "Ташкент, 14.09.19. /Имя Фамилия - Кабар/. ", "Грузия, 12 мая, ГРУЗИНФОРМ. ".
_DATELINE_RE = regex.compile(
    rf"""{HS}*+
    \p{{Lu}}[\p{{L}}-]{{1,30}}+(?:{HS}\p{{Lu}}[\p{{L}}-]{{1,30}}+){{0,2}}+ ,{HS}*+
    (?:\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}+ | \d{{1,2}}{HS}++\p{{Ll}}{{3,8}}+\.?+(?:{HS}++\d{{4}})?+)
    (?:
        \.?{HS}*+/[^/\n]{{1,80}}+/\.?+
      | {HS}*+\([^()\n]{{1,40}}+\){HS}*+[{DASHES}]
      | {HS}*+[{DASHES}]{HS}*+[\p{{L}}\p{{N}}][\p{{L}}\p{{N}} .]{{0,30}}?\.(?=\s)
      | ,{HS}*+\p{{Lu}}[\p{{L}}\p{{N}} .-]{{0,30}}?\.(?=\s)
    )
    {HS}*+
    # A city in capitals and an agency without a date: "ШЫМКЕНТ. KAZINFORM — ", "БАКУ. Trend – ".
    | {HS}*+\p{{Lu}}{{2,30}}+(?:[{HS}-]\p{{Lu}}{{2,30}}+){{0,2}}+\.{HS}++
      [\p{{Lu}}A-Z][\p{{L}}\p{{N}}.-]{{1,30}}+(?:{HS}\p{{Lu}}[\p{{L}}\p{{N}}.-]{{1,20}}+)?+{HS}*+[{DASHES}]{HS}*+""",
    regex.VERBOSE,
)
_LEADING_DATE_RE = regex.compile(rf"{HS}*+\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}+(?:{HS}*+г\.)?+{HS}++")


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """
    Pair the quotation marks of ``text[start:end]``.

    Returns ``(open, close, depth)`` triples sorted by ``open``: the content is
    ``text[open + 1:close]``; ``depth`` is 0 for outermost quotes.

    >>> t = 'Он сказал: «Проект "Шелковый путь" готов».'
    >>> [t[o + 1:c] for o, c, _ in quote_spans(t, 0, len(t))]
    ['Проект "Шелковый путь" готов', 'Шелковый путь']
    """
    stack: list[tuple[str, int]] = []
    out: list[tuple[int, int, int]] = []
    pos = start
    for m in _MARKS_RE.finditer(text, start, end):
        pos = m.start()
        ch = m.group()
        prev = text[pos - 1] if pos > start else " "
        nxt = text[pos + 1] if pos + 1 < end else " "
        if ch in "«„":
            stack.append((ch, pos))
            continue
        if (
            ch == "“"
            and not (stack and stack[-1][0] == "„")
            and not (stack and stack[-1][0] == "“" and not nxt.isalnum())
        ):
            stack.append((ch, pos))
            continue
        if ch == '"':
            opening = (prev.isspace() or prev in "([{«„“-–—/:") and not nxt.isspace()
            closing = not prev.isspace()
            if stack and stack[-1][0] == '"' and (closing or not opening):
                o = stack.pop()[1]
                out.append((o, pos, len(stack)))
            elif opening:
                stack.append((ch, pos))
            elif stack and any(c == '"' for c, _ in stack[-3:]):
                while stack and stack[-1][0] != '"':
                    stack.pop()
                o = stack.pop()[1]
                out.append((o, pos, len(stack)))
            continue
        # A closing mark: » closes «; ” and “ close “ or „.
        want = "«" if ch == "»" else "„“"
        depth_limit = 8
        for i in range(len(stack) - 1, max(-1, len(stack) - 1 - depth_limit), -1):
            if stack[i][0] in want:
                o = stack[i][1]
                del stack[i:]
                out.append((o, pos, len(stack)))
                break
    out.sort()
    return out


def content_start(text: str, start: int, end: int) -> int:
    """
    Return where the content of a paragraph begins, past a dateline or leading date.

    >>> t = "ТАШКЕНТ, 14 ноя - ПРАЙМ. Узбекистан ожидает роста."
    >>> t[content_start(t, 0, len(t)):][:10]
    'Узбекистан'
    """
    m = _DATELINE_RE.match(text, start, end)
    if m:
        return m.end()
    m = _LEADING_DATE_RE.match(text, start, end)
    if m:
        return m.end()
    return start


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """
    Strip white space, dashes, commas, colons and one final period from a content span.

    A period that closes an abbreviation (``и т.д.``) stays.

    >>> t = " Рост составит 5%, "
    >>> s, e = trim_span(t, 0, len(t)); t[s:e]
    'Рост составит 5%'
    """
    while start < end and (text[start].isspace() or text[start] in DASHES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in DASHES + ",:;"):
        end -= 1
    if end > start and text[end - 1] == ".":
        w = end - 1
        while w > max(start, end - 12) and (text[w - 1].isalpha() or text[w - 1] == "."):
            w -= 1
        word = text[w : end - 1].lower()
        if not (word.endswith((".д", ".п", ".е", "др")) or word in ("т.д", "т.п")):
            end -= 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
                end -= 1
    return start, end
