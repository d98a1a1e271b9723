"""
Low-level text helpers for quote detection: quotation marks and prefixes.

Facts (*What counts*, docs/explanation/what-counts.md, "Quotes"):
- Quotation marks come as ``«…»``, ``"…"``, ``„…“``, English ``“…”`` and
  German-order ``»…«`` (``»`` before a word, ``«`` after one), and nest
  (``«… "…" …»``); one ``»`` may close an inner and an outer quotation at
  once (``«… «…», — сказал он``). The straight ``"`` opens or closes depending on its
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

from ... import cache
from ...text.chars import HSPACE

__all__ = [
    "DASHES",
    "HS",
    "LINE_QUOTATION",
    "QUOTED_LINE_RE",
    "content_start",
    "quote_spans",
    "trim_span",
]

# Dashes that open dialogue or set off an attribution (What counts, "Quotes", kind "direct"); "―" is the
# horizontal bar some outlets write for a dash.
DASHES = "-–—−―"
# Horizontal white space as files carry it: NBSP, thin spaces.
HS = HSPACE
#: A quotation of a line's own, with no marks inside (its words in group ``inner``): a headline or subheading that
#: quotes someone (``«Петров и Сидоров уже не новички»``).
LINE_QUOTATION = r"[«\"“„](?P<inner>[^\n«»\"“”„]{8,300}?)[»\"”“]"
#: A line that is wholly one quotation, perhaps with a full stop after it: a headline or subheading.
QUOTED_LINE_RE = cache.pattern(LINE_QUOTATION + r"[.!?…]?\s*")


_OPENERS = "«„“"
_MARKS_RE = cache.pattern(r"[«»„“”\"]")

# Datelines: "АСТАНА, 5 окт (Рейтер) - ", "ТАШКЕНТ, 14 ноя - ПРАЙМ. ", "ЕРЕВАН, 9 мар – Sputnik. ",
# "Ташкент, 14.09.19. /Имя Фамилия - Кабар/. ", "Грузия, 12 мая, ГРУЗИНФОРМ. ".
_DATELINE_RE = cache.pattern(
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
_LEADING_DATE_RE = cache.pattern(rf"{HS}*+\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}+(?:{HS}*+г\.)?+{HS}++")


_Stack = list[tuple[str, int]]
_Spans = list[tuple[int, int, int]]
# How far down the stack a closing mark looks for its opener: bounded, so the scan stays linear.
_DEPTH_LIMIT = 8


def _close(stack: _Stack, out: _Spans, i: int, pos: int) -> None:
    """Pair the opener at stack index *i* with the closing mark at *pos*; openers above it stay unpaired."""
    o = stack[i][1]
    del stack[i:]
    out.append((o, pos, len(stack)))


def _close_curly(stack: _Stack, out: _Spans, ch: str, pos: int) -> None:
    """» closes «; ” and “ close “ or „; with no such opener, any closing mark closes the nearest opener."""
    want = "«" if ch == "»" else "„“"
    for i in range(len(stack) - 1, max(-1, len(stack) - 1 - _DEPTH_LIMIT), -1):
        if stack[i][0] in want:
            _close(stack, out, i, pos)
            return
    if stack:
        # Mismatched marks ("«…”") still delimit a quote (What counts, settled questions).
        _close(stack, out, len(stack) - 1, pos)


def _straight(stack: _Stack, out: _Spans, pos: int, prev: str, nxt: str) -> None:
    """The straight ``"`` opens or closes depending on its neighbours."""
    # A mark glued to a sentence's end before a capital or a digit opens: "… сообщил он."Конкурс вырос …".
    opening = (prev.isspace() or prev in "([{«„“-–—/:" or (prev in ".!?" and (nxt.isupper() or nxt.isdigit()))) and (
        not nxt.isspace()
    )
    closing = not prev.isspace()
    if stack and stack[-1][0] == '"' and (closing or not opening):
        _close(stack, out, len(stack) - 1, pos)
    elif opening:
        stack.append(('"', pos))
    elif any(c == '"' for c, _ in stack[-3:]):
        while stack[-1][0] != '"':
            stack.pop()
        _close(stack, out, len(stack) - 1, pos)
    elif stack and closing and not nxt.isalnum():
        # «…": a straight mark closing a curly opener.
        _close(stack, out, len(stack) - 1, pos)


def quote_spans(text: str, start: int, end: int, *, opened: int | None = None) -> list[tuple[int, int, int]]:
    """
    Pair the quotation marks of ``text[start:end]``.

    Returns ``(open, close, depth)`` triples sorted by ``open``: the content is
    ``text[open + 1:close]``; ``depth`` is 0 for outermost quotes. *opened* is
    the offset of an opening mark before *start* that is still open there (a
    ``«`` alone on the line above): a closing mark may pair with it.

    >>> t = 'Он сказал: «Проект "Шелковый путь" готов».'
    >>> [t[o + 1:c] for o, c, _ in quote_spans(t, 0, len(t))]
    ['Проект "Шелковый путь" готов', 'Шелковый путь']
    >>> t = "«Рост продолжится”, – сказал он."
    >>> [t[o + 1:c] for o, c, _ in quote_spans(t, 0, len(t))]
    ['Рост продолжится']

    .. versionchanged:: 0.2.0
       Any closing mark closes an opener of another kind; *opened*.
    """
    stack: _Stack = [(text[opened], opened)] if opened is not None else []
    out: _Spans = []
    for m in _MARKS_RE.finditer(text, start, end):
        pos = m.start()
        ch = m.group()
        prev = text[pos - 1] if pos > start else " "
        nxt = text[pos + 1] if pos + 1 < end else " "
        if ch == "»" and nxt.isalnum() and not prev.isalnum():
            # German order, »…«, inside a quotation: » opens here.
            stack.append((ch, pos))
        elif ch == "«" and prev.isalnum() and not nxt.isalnum() and _reversed_open(stack):
            _close(stack, out, _reversed_open(stack) - 1, pos)
        elif ch in "«„" or (ch == "“" and _opens(stack, nxt)):
            stack.append((ch, pos))
        elif ch == '"':
            _straight(stack, out, pos, prev, nxt)
        else:
            _close_curly(stack, out, ch, pos)
    if stack and out:
        _shared_close(text, stack, out, start, end)
    out.sort()
    return out


# A headline's colon after the closing mark of the quotation it opens with: "«…»: министр о …".
_COLON_AFTER_RE = cache.pattern(rf":{HS}++\S")
# What follows a closing mark that ends a quotation before its attribution: "», — сказал он".
_ATTRIBUTION_AFTER_RE = cache.pattern(rf"[,.!?…]?+{HS}*+[{DASHES}]{HS}*+\p{{Ll}}")


def _shared_close(text: str, stack: _Stack, out: _Spans, start: int, end: int) -> None:
    """
    Pair the outermost opener left open with the last closing mark when that mark closes both.

    ``«… поговорки «тише едешь», — сказал он.``: one ``»`` ends the inner
    quotation and the outer one, as Russian typesetting often writes
    ``«…«…»»``. Only when the attribution follows that mark, so a quotation
    that goes on in the next paragraph stays open; the first such mark closes
    it, and a name in quotation marks after it stands outside
    (``«… был «Росатом», – заявил он на форуме «Атомекс».``). A headline that opens with the quotation has its
    colon after that mark: ``«ЦСКА не обречён в матче с «Зенитом»: тренер о дерби``.
    """
    outer = stack[0][1]
    inner = sorted((span for span in out if span[2] > 0 and span[0] > outer), key=lambda span: span[1])
    heading = not text[start:outer].strip()
    opened = {pos for _, pos in stack[1:]}
    attributed = [
        span
        for span in inner
        if _ATTRIBUTION_AFTER_RE.match(text, span[1] + 1, end) is not None
        or (heading and _COLON_AFTER_RE.match(text, span[1] + 1, min(end, span[1] + 9)) is not None)
        or _opener_after_stop(text, span[1] + 1, end, opened)
    ]
    if not attributed:
        return
    shared = attributed[-1] if attributed[-1] == inner[-1] else attributed[0]
    if shared != inner[-1] and not _NAME_INSIDE_RE.fullmatch(text, shared[0] + 1, shared[1]):
        return  # "«… «Да, вижу!» — ответил ведущий. …": a quotation with its own attribution inside the outer one
    o, c, depth = shared
    # The pairs after the shared mark stood one level too deep while the outer quotation seemed open.
    out[:] = [(a, b, d - 1) if a > c and d > 0 else (a, b, d) for a, b, d in out]
    if text[outer + 1 : o].strip():
        out.append((outer, c, 0))
    else:
        # A stray opener alone before the quotation ("“" on a line of its own): the inner pair is the quote.
        out[out.index((o, c, depth))] = (o, c, 0)
    del stack[:]


def _opener_after_stop(text: str, pos: int, end: int, opened: set[int]) -> bool:
    """
    Whether the sentence ends at *pos* and the next one opens a quotation left open (``«… группировки «Джабхат
    ан-Нусра»*. «Согласно …``): a new quotation, so the mark before it closed the outer one too.
    """
    m = _STOP_THEN_OPENER_RE.match(text, pos, end)
    return m is not None and m.end() - 1 in opened


# The end of a sentence (past a footnote's asterisk) and an opening guillemet: "»*. «".
_STOP_THEN_OPENER_RE = cache.pattern(rf"\*?+[.!?…]{HS}*+«")
# A name in quotation marks: at most four words, no punctuation of a sentence ("Росатом", "Наш дом").
_NAME_INSIDE_RE = cache.pattern(r"[^\s.,!?…:;]++(?:\s++[^\s.,!?…:;]++){0,3}+")


def _reversed_open(stack: _Stack) -> int:
    """One more than the stack index of the nearest open ``»`` (German order), or 0 if none is open."""
    for i in range(len(stack) - 1, max(-1, len(stack) - 1 - _DEPTH_LIMIT), -1):
        if stack[i][0] == "»":
            return i + 1
    return 0


def _opens(stack: _Stack, nxt: str) -> bool:
    """Whether “ opens here: not after „ (which it closes), nor before a space or punctuation (a close)."""
    if not stack:
        return True
    return stack[-1][0] != "„" and nxt.isalnum()


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


# A mark of words left out at a span's end: "<...>", "[…]", "(...)".
_OMISSION_END_RE = cache.pattern(r"\s++[<\[(](?:\.{3}|…)[>\])]\Z")


def _before_omission(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` before a mark of words left out there ("… бесперспективны. <...>"), if any."""
    if text[end - 1 : end] not in (">", "]", ")"):
        return end
    omitted = _OMISSION_END_RE.search(text, max(start, end - 12), end)
    return omitted.start() if omitted is not None else end


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """
    Strip white space, dashes, commas, colons and one final period from a content span
    (``заявил, что, несмотря на …`` starts at ``несмотря``).

    A period that closes an abbreviation (``и т.д.``) stays.

    >>> t = " Рост составит 5%, "
    >>> s, e = trim_span(t, 0, len(t)); t[s:e]
    'Рост составит 5%'
    """
    while start < end and (text[start].isspace() or text[start] in DASHES + ","):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in DASHES + ",:;"):
        end -= 1
    end = _before_omission(text, start, end)
    if end > start and (text[end - 1] == "…" or text.endswith("..", start, end)):
        # "«Экономика хорошо перенесла кризис,...": the words cut off, without the ellipsis and the comma before it.
        while end > start and text[end - 1] in ".…":
            end -= 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
            end -= 1
        return start, end
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
