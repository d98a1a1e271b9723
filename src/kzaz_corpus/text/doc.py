"""
The analysed document: one article's text, read once and shared by every stage.

Facts:

- A :class:`Doc` is built once per article, after the header stage has
  classified its lines into paragraphs; every later stage reads it instead of
  re-reading the text its own way.
- Sentences come from one splitter (:func:`~kzaz_corpus.text.sentences.split_sentences`),
  run at most once per paragraph and only when a stage asks for them.
- Words come from one tokeniser (:data:`WORD_RE`), run at most once per
  article and only when a stage asks for them; a rule that reads the words
  of a stretch of text (:func:`words_in`, :func:`word_at`) gets them from
  that one tokenisation of the whole text, never by tokenising the stretch.
- Everything is computed lazily and kept on the document: a stage that needs
  nothing pays nothing.
- What a stage finds that later stages read too (the person mentions of the
  names stage) is kept on the document with :meth:`Doc.memo`, found once.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, cast

import attrs
from attrs import frozen

from .. import cache
from ..model import TEXT_KINDS, Paragraph
from .chars import HSPACES
from .sentences import split_sentences

__all__ = [
    "WORD_RE",
    "Doc",
    "Word",
    "in_code",
    "iter_words_in",
    "spaced_word_after",
    "spaced_word_before",
    "spaces_between",
    "word_after",
    "word_at",
    "word_before",
    "words",
    "words_in",
]

_T = TypeVar("_T")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_R = TypeVar("_R", bound=_Spanned)

#: The one word pattern, letters and digits with up to four inner hyphens or apostrophes
#: (``Алма-Аты``, ``д'Эстен``).
WORD_RE = cache.pattern(r"\p{L}[\p{L}\p{N}]*+(?:[-'’]\p{L}[\p{L}\p{N}]*+){0,4}+")

#: A line of text, without its line break.
_LINE_RE = cache.pattern(r"[^\r\n]++")


@frozen
class Word:
    """
    A word of the document with its offsets.

    >>> Word(0, 5, "Всего").text
    'Всего'
    """

    start: int
    end: int
    text: str


class Doc:
    """
    One article's text with its paragraphs, sentences and words, computed once.

    Args:
        text: The article text, exactly as given to :meth:`Article.from_text
            <kzaz_corpus.Article.from_text>`.
        paragraphs: Its classified lines (from the header stage). Left out
            (``None``), every non-blank line is a body paragraph.

    >>> doc = Doc("Заголовок\\nРост составил 5%.Он отметил это.")
    >>> [p.kind for p in doc.paragraphs]
    ['body', 'body']
    >>> [doc.text[s:e] for s, e in doc.sentences(doc.paragraphs[1])]
    ['Рост составил 5%.', 'Он отметил это.']
    >>> doc.sentence_at(doc.text.index("отметил"))
    (27, 42)
    >>> [w.text for w in doc.words_in(0, 25)]
    ['Заголовок', 'Рост', 'составил']
    """

    __slots__ = ("_lower", "_memo", "_sentences", "_starts", "paragraphs", "source", "text")

    def __init__(self, text: str, paragraphs: Sequence[Paragraph] | None = None) -> None:
        self.paragraphs: tuple[Paragraph, ...] = _lines(text) if paragraphs is None else tuple(paragraphs)
        #: The text as given; ``text`` reads a line break inside a paragraph as a space (same offsets).
        self.source = text
        self.text = _unmarked(_unbroken(text, self.paragraphs))
        self._sentences: dict[int, tuple[tuple[int, int], ...]] = {}
        self._starts = [p.start for p in self.paragraphs]
        self._lower: str | None = None
        self._memo: dict[str, object] = {}

    def __repr__(self) -> str:
        return f"Doc({len(self.text)} chars, {len(self.paragraphs)} paragraphs)"

    def exact(self, records: Sequence[_R], attr: str) -> tuple[_R, ...]:
        """
        The *records* with their text field *attr* as the text was given.

        A stage reads ``text``, where a line break inside a paragraph is a
        space; what it returns quotes the text exactly as given.

        >>> from kzaz_corpus.model import Paragraph, Quote
        >>> d = Doc("Об этом\\nсообщил.", [Paragraph(start=0, end=16)])
        >>> q = Quote(start=0, end=15, text=d.text[0:15], kind="direct")
        >>> d.exact([q], "text")[0].text
        'Об этом\\nсообщил'
        """
        if self.source is self.text:
            return tuple(records)
        out = []
        for r in records:
            here, given = self.text[r.start : r.end], self.source[r.start : r.end]
            if here != given and getattr(r, attr) == here:
                r = cast(_R, attrs.evolve(cast(Any, r), **{attr: given}))
            out.append(r)
        return tuple(out)

    @property
    def lower(self) -> str:
        """
        The text in lower case, computed once.

        Lower-casing keeps offsets for Cyrillic and Latin text; where it does
        not (a rare letter such as ``İ``), the result is longer than the text
        and callers must not read offsets from it.

        >>> Doc("Астана").lower
        'астана'
        """
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """
        The paragraphs that hold the article's own text (body, title, subheadings).

        >>> [p.kind for p in Doc("x", (Paragraph(0, 1, "header"),)).body]
        []
        """
        return tuple(p for p in self.paragraphs if p.kind in TEXT_KINDS)

    def paragraph_at(self, pos: int) -> Paragraph | None:
        """
        The paragraph that holds offset *pos*, if any.

        >>> Doc("а\\nб").paragraph_at(2)
        Paragraph(start=2, end=3, kind='body')
        """
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def sentences(self, paragraph: Paragraph) -> tuple[tuple[int, int], ...]:
        """
        The ``(start, end)`` spans of the sentences of *paragraph*, split on first use.

        >>> d = Doc("Да. Нет.")
        >>> d.sentences(d.paragraphs[0])
        ((0, 3), (4, 8))
        """
        spans = self._sentences.get(paragraph.start)
        if spans is None:
            spans = self._sentences[paragraph.start] = split_sentences(self.text, paragraph.start, paragraph.end)
        return spans

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        """
        The ``(start, end)`` of the sentence that holds offset *pos*, if any.

        >>> Doc("Да. Нет.").sentence_at(5)
        (4, 8)
        """
        paragraph = self.paragraph_at(pos)
        if paragraph is None:
            return None
        spans = self.sentences(paragraph)
        i = bisect.bisect_right(spans, (pos, len(self.text) + 1)) - 1
        if i >= 0 and pos < spans[i][1]:
            return spans[i]
        return None

    @property
    def words(self) -> tuple[Word, ...]:
        """
        Every word of the text, in order, found on first use (:func:`words`).

        >>> [w.text for w in Doc("Алма-Ата, 5 мая").words]
        ['Алма-Ата', 'мая']
        """
        return words(self.text)

    def memo(self, key: str, build: Callable[[], _T]) -> _T:
        """
        The analysis named *key*, built by *build* on first use and kept for every later stage.

        Stages share what they find this way (the names stage keeps the
        person mentions under ``"persons"``): each analysis runs once per
        document, whoever asks first.

        >>> d = Doc("Текст.")
        >>> d.memo("length", lambda: len(d.text)), d.memo("length", lambda: -1)
        (6, 6)
        """
        if key not in self._memo:
            self._memo[key] = build()
        return cast(_T, self._memo[key])

    def words_in(self, start: int, end: int) -> tuple[Word, ...]:
        """
        The words that lie wholly within ``[start, end)`` (:func:`words_in`).

        >>> [w.text for w in Doc("один два три").words_in(4, 12)]
        ['два', 'три']
        """
        return words_in(self.text, start, end)


@functools.lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[tuple[Word, ...], tuple[int, ...]]:
    """The words of *text* and their start offsets: the one tokenisation, kept for the last few texts."""
    found = tuple(Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text))
    return found, tuple(w.start for w in found)


def words(text: str) -> tuple[Word, ...]:
    """
    Every word of *text*, in order (:data:`WORD_RE`).

    The text is tokenised once: every later call with the same text, from
    any stage, reads the same words (the last 16 texts are kept).

    >>> [w.text for w in words("Курс д'Эстена — 5 лет")]
    ['Курс', "д'Эстена", 'лет']
    """
    return _tokens(text)[0]


def words_in(text: str, start: int, end: int) -> tuple[Word, ...]:
    """
    The words of *text* that lie wholly within ``[start, end)``, from its one tokenisation.

    A word cut by either bound is left out: a stretch never yields part of a word.

    >>> [w.text for w in words_in("Министр заявил, что", 3, 19)]
    ['заявил', 'что']
    """
    found, starts = _tokens(text)
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and found[hi - 1].end > end:
        hi -= 1
    return found[lo:hi]


def iter_words_in(text: str, start: int, end: int) -> Iterator[Word]:
    """
    The words of :func:`words_in`, one at a time: a search that stops at its first answer reads no further.

    >>> next(w.text for w in iter_words_in("Рост 5%, спад 2%", 0, 16) if w.text.islower())
    'спад'
    """
    found, starts = _tokens(text)
    for i in range(bisect.bisect_left(starts, start), len(found)):
        if found[i].end > end:
            return
        yield found[i]


def in_code(text: str, word: Word) -> bool:
    """
    Whether *word* is part of a code with digits (``м2``, ``АИ-92``, ``COVID-19``) rather than a word of its own.

    >>> t = "бензин АИ-92 и 5 м2"
    >>> [(w.text, in_code(t, w)) for w in words(t)]
    [('бензин', False), ('АИ', True), ('и', False), ('м2', True)]
    """
    return (not word.text.isalpha() and any(c.isdigit() for c in word.text)) or (
        text[word.end : word.end + 1] == "-" and text[word.end + 1 : word.end + 2].isdigit()
    )


def word_at(text: str, pos: int) -> Word | None:
    """
    The word of *text* that starts at offset *pos*, if one does.

    >>> word_at("Он сказал", 3)
    Word(start=3, end=9, text='сказал')
    >>> word_at("Он сказал", 4) is None
    True
    """
    found, starts = _tokens(text)
    i = bisect.bisect_left(starts, pos)
    return found[i] if i < len(found) and starts[i] == pos else None


def word_after(text: str, pos: int) -> Word | None:
    """
    The first word of *text* that starts at or after offset *pos*, if any.

    >>> word_after("Он сказал", 1)
    Word(start=3, end=9, text='сказал')
    """
    found, starts = _tokens(text)
    i = bisect.bisect_left(starts, pos)
    return found[i] if i < len(found) else None


def word_before(text: str, pos: int) -> Word | None:
    """
    The last word of *text* that ends at or before offset *pos*, if any.

    >>> word_before("Он сказал, что", 11)
    Word(start=3, end=9, text='сказал')
    """
    found, starts = _tokens(text)
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0 and found[i].end > pos:
        i -= 1
    return found[i] if i >= 0 else None


def spaced_word_after(text: str, pos: int, most: int | None = 3) -> Word | None:
    """
    The word after offset *pos* when one to *most* horizontal spaces stand between (any number for ``None``).

    >>> spaced_word_after("2-х  лет", 3).text, spaced_word_after("2-х\\nлет", 3)
    ('лет', None)
    """
    w = word_after(text, pos)
    return w if w is not None and spaces_between(text, pos, w.start, most) else None


def spaced_word_before(text: str, pos: int, most: int | None = 3) -> Word | None:
    """
    The word before offset *pos* when one to *most* horizontal spaces stand between (any number for ``None``).

    >>> spaced_word_before("министр  Иван", 9).text
    'министр'
    """
    w = word_before(text, pos)
    return w if w is not None and spaces_between(text, w.end, pos, most) else None


def spaces_between(text: str, start: int, end: int, most: int | None = 3) -> bool:
    """
    Whether ``text[start:end]`` is one to *most* horizontal spaces (any number for ``None``), no line break.

    >>> spaces_between("а,  б", 2, 4), spaces_between("а,\\nб", 2, 3)
    (True, False)
    """
    if end <= start or (most is not None and end - start > most):
        return False
    i = start
    while i < end and text[i] in HSPACES:
        i += 1
    return i == end


# A line broken inside a sentence (a link stripped from the page): the line ends in no sentence punctuation and
# the next, after one line break, opens with a lower-case Cyrillic letter ("Об этом \nсообщил"), or a short
# fragment that itself opened in lower case runs on into the next line, indented ("— \nзаявил\n Спайсер.").
_OPEN_END_RE = cache.pattern(r"[\p{L}\p{N},«—–-]")
_ONE_BREAK_RE = cache.pattern(r"[^\S\n\r]*+(?:\r\n|\n|\r)[^\S\n\r]*+")
_LOWER_CYRILLIC_RE = cache.pattern(r"[а-яё]")
_LETTER_RE = cache.pattern(r"[а-яёА-ЯЁa-zA-Z]")
_BREAK_RE = cache.pattern(r"[^\S\n\r]*+(?:\r\n|\n|\r)\s*+")
# A short line after a break with a space before it, then a break with a space after it and the sentence going on in
# lower case or a bracket: the words of a link, put on a line of their own by the page's markup ("город \nАфрин\n в
# …", "министр \nШотландии\n (где …").
_LINK_LINE_RE = cache.pattern(r"[^\n\r]{1,60}+(?:\r\n|\n|\r)[^\S\n\r]++[а-яё,;:(]")
# A short line, then a break and the sentence going on indented with a capital: a link's words inside a sentence
# ("дипломатии \nЕС\n Федерика Могерини"); a label before a colon opens what follows it ("Full results:").
_CAPITAL_LINK_LINE_RE = cache.pattern(r"(?=\S)[^\n\r.!?…:]{1,40}+(?:\r\n|\n|\r)[^\S\n\r]++\p{Lu}")
# The fewest characters the line before such a link holds: a shorter one is a heading or a label.
_LINK_LINE_BEFORE = 40
# Punctuation that closes what comes before it: a line opening with it goes on the line before.
_CLOSING_PUNCTUATION = frozenset(",.;:!?)")
# A footnote's asterisk before punctuation or a word in small letters: "«Аль-Каида»*, то …" (not a list's bullet).
_FOOTNOTE_MARK_RE = cache.pattern(r"\*++(?:[,.;:!?)]|[^\S\n\r]++\p{Ll})")
# A short line opened by a dash right before a line opened by a closing bracket: an editor's note (`— RT`).
_NOTE_TAIL = r"[^\n\r()]{1,40}+(?:\r\n|\n|\r)[^\S\n\r]*+\)"
_NOTE_LINE_RE = cache.pattern(r"[—–][^\S\n\r]*+" + _NOTE_TAIL)
# The same note with its dash left at the end of the line before: "(бутылки. —" / "RT" / ")".
_NOTE_AFTER_DASH_RE = cache.pattern(_NOTE_TAIL)
# How far an editor's note and the bracket after it, or a link's short line, may reach (bounded: a pattern with a
# required character scans to the end of the text it is given).
_LINE_REACH = 64
# A line opened by a bracket or a quotation mark and a lower-case word: an aside or a quotation inside the sentence
# of the line before ("слов\n(про", "проявляла\n«железное терпение»").
_ASIDE_LINE_RE = cache.pattern(r"[(«][а-яё]")
# A short line (a link's words): at most 40 characters to its end.
_SHORT_LINE_RE = cache.pattern(r"[^\n\r]{1,40}+(?:\r\n|\n|\r|\Z)")
# The rest of an attribution on a line of its own: at most 60 characters to a sentence's end.
_ATTRIBUTION_LINE_RE = cache.pattern(r"[^\n\r]{1,60}?[.!?…][^\S\n\r]*+(?:\r\n|\n|\r|\Z)")
# A short line that closes a quotation and ends a sentence: "ООН 2401», — говорится в сообщении.".
_SHORT_CLOSING_END_RE = cache.pattern(r"[^\n\r»]{0,20}+»[^\n\r]{0,40}?[.!?…][^\S\n\r]*+(?:\r\n|\n|\r|\Z)")
# How far back an open quotation is looked for.
_QUOTE_REACH = 600
# A line that is a dash alone.
_DASH_LINE_RE = cache.pattern(r"(?:\A|[\n\r])[^\S\n\r]*+[—–]\Z")
# A short line whose next line opens with a comma or a full stop: a link's words inside a sentence.
_LINK_BEFORE_PUNCTUATION_RE = cache.pattern(r"[^\n\r.!?…]{1,40}+(?:\r\n|\n|\r)[^\S\n\r]*+[,.;:]")
# A short line whose next line opens with a lower-case word.
_LINK_BEFORE_LOWER_RE = cache.pattern(r"[^\n\r.!?…«»]{1,40}+(?:\r\n|\n|\r)[а-яё]")
# A short line that is a name in quotation marks before a lower-case word: "армии\n«Северный ветер»\nне".
_QUOTED_LINK_BEFORE_LOWER_RE = cache.pattern(r"«[^\n\r«»]{1,40}+»[^\S\n\r]*+(?:\r\n|\n|\r)[а-яё]")
# "что" ending a line: the clause it opens is on the next.
_CHTO_END_RE = cache.pattern(r"(?<![\p{L}\p{N}])что\Z")
# A preposition or a conjunction of one or two letters ending a line, after a space: "в", "на", "и".
_SMALL_WORD_END_RE = cache.pattern(r"(?<![\p{L}\p{N}])(?:в|во|на|и|с|со|к|ко|по|о|об|из|у|за|от|а|но|до)\Z")
# How far back the start of a line is looked for.
_PAREN_REACH = 200
# How long a line that opens in lower case may be to run on into an indented line with a capital.
_FRAGMENT = 40


def soft_break(text: str, end: int, start: int, fragment: bool = False) -> bool:
    """
    Whether the line ending at *end* runs on into the line starting at *start* (one sentence broken in two).

    *fragment* says that the line before is a short piece that opened in lower case after such a break.

    >>> t = "Об этом \\nсообщил министр.\\nЦены растут."
    >>> soft_break(t, 7, 9), soft_break(t, 25, 26)
    (True, False)
    """
    if not 0 < end <= start < len(text) or _ONE_BREAK_RE.fullmatch(text, end, start) is None:
        return False
    lo = max(0, end - _PAREN_REACH)
    if text[start] == ")" and text.rfind("(", lo, end) > text.rfind(")", lo, end):
        return True  # "(про гастроли.\n— ред.\n)": the bracket closes an aside opened on the lines before
    if (text[start] in _CLOSING_PUNCTUATION or _FOOTNOTE_MARK_RE.match(text, start)) and _punctuation_runs_on(
        text, end, start
    ):
        # "по его словам\n, соотношение …", "нет\n. ": punctuation opens no line of its own, nor does the footnote
        # mark after a name set on a line of its own ("«Аль-Каида»\n*, то …").
        return True
    if text[end - 1] == "(" or _NOTE_LINE_RE.match(text, start, min(len(text), start + _LINE_REACH)) is not None:
        return True  # "чем здесь (\nСмеётся\n).", "(оружия.\n— RT\n)": an aside in brackets set on lines of its own
    if (
        text[end - 1] in "—–"
        and text.rfind("(", lo, end) > text.rfind(")", lo, end)
        and _NOTE_AFTER_DASH_RE.match(text, start, min(len(text), start + _LINE_REACH)) is not None
    ):
        return True  # "(бутылки. —\nRT\n)": the note's dash ends the line before
    if text[end - 1] in "—–" and _DASH_LINE_RE.search(text, max(0, end - _LINE_REACH), end) is not None:
        return True  # "—\nПочему …": an interview's dash set on a line of its own
    if _goes_on(text, end, start):
        return True
    if _OPEN_END_RE.match(text, end - 1) is None:
        return False
    if _LOWER_CYRILLIC_RE.match(text, start) is not None or _ASIDE_LINE_RE.match(text, start, start + 2) is not None:
        return True  # "своих\nслов", "своих слов\n(про …)", "проявляла\n«железное терпение»"
    if _link_between(text, end, start):
        return True
    # The line may open with a name in quotation marks: "», —" / "приводит" / "«Украинская правда» слова …".
    letter = start + 1 if text[start] in "«\"„“" else start
    return fragment and _LETTER_RE.match(text, letter) is not None and _fragment_runs_on(text, end, start)


def _fragment_runs_on(text: str, end: int, start: int) -> bool:
    """
    Whether a short piece that opened in lower case (its line ends at *end*) runs on into the line at *start*: an
    indented one (``— \nзаявил\n Спайсер.``), a short one after a piece that a dash opened (``», —\nприводит\nThe
    Washington Post слова президента.``), or a short line that closes the quotation left open before the piece and
    ends the sentence (``«… 2018 года\nрезолюцию Совета Безопасности\nООН 2401», — говорится в сообщении.``).
    """
    if text[start - 1] in HSPACES:
        return True
    piece = text.rfind("\n", max(0, end - _LINE_REACH), end)
    if piece > 0 and text[max(0, piece - 3) : piece].rstrip()[-1:] in ("—", "–") and (
        _ATTRIBUTION_LINE_RE.match(text, start, min(len(text), start + _LINE_REACH)) is not None
    ):
        return True
    lo = max(0, start - _QUOTE_REACH)
    if text.rfind("«", lo, start) <= text.rfind("»", lo, start):
        return False
    return _SHORT_CLOSING_END_RE.match(text, start, min(len(text), start + _LINE_REACH)) is not None


def _goes_on(text: str, end: int, start: int) -> bool:
    """
    Whether the sentence of the line ending at *end* goes on at *start* whatever the line before ends with: after
    ``что`` (``отметил, что\nКоржов …``), or past a short line that is a name in quotation marks into a lower-case
    line (``армии\n«Северный ветер»\nне остановится``).
    """
    if _CHTO_END_RE.search(text, max(0, end - 5), end) is not None:
        return True
    short_line = "\n" in text[max(0, end - _FRAGMENT - 1) : end]
    return text[end - 1] == "»" and short_line and _LOWER_CYRILLIC_RE.match(text, start) is not None


def _link_between(text: str, end: int, start: int) -> bool:
    """
    Whether the line at *start* holds a link's words between the parts of a sentence: before a comma or a full stop
    (``Последним был\nАрьен Роббен\n, который …``), after a preposition or a conjunction (``в\nTwitter\nи``), indented
    (``город \nАфрин\n в …``), a name in quotation marks before a lower-case line (``наступление
    армии\n«Северный ветер»\nне остановится``), or any short line before a lower-case one inside a quotation the line
    ending at *end* opened (``«Прошу учесть письмо\nМинфина\nо том, что …``).
    """
    stop = min(len(text), start + _LINE_REACH)
    if _LINK_BEFORE_PUNCTUATION_RE.match(text, start, stop) is not None:
        return True
    if _SMALL_WORD_END_RE.search(text, max(0, end - 4), end) and _SHORT_LINE_RE.match(text, start, stop) is not None:
        return True  # "написала в\nTwitter\nи": a preposition or a conjunction ends no sentence, before a link's words
    if text[end] in HSPACES and _LINK_LINE_RE.match(text, start) is not None:
        return True  # "город \nАфрин\n в ближайшие дни": a link's words set on a line of their own
    if capital_link(text, end, start):
        return True  # "глава дипломатии \nЕС\n Федерика Могерини": the sentence goes on indented, with a capital
    if _QUOTED_LINK_BEFORE_LOWER_RE.match(text, start, stop) is not None:
        return True
    return _LINK_BEFORE_LOWER_RE.match(text, start, stop) is not None and _open_quotation(text, end)


def _open_quotation(text: str, end: int) -> bool:
    """Whether the line ending at *end* opens a quotation that it leaves open (``«Прошу учесть письмо``)."""
    line = text.rfind("\n", max(0, end - _PAREN_REACH), end) + 1
    return text.rfind("«", line, end) > text.rfind("»", line, end)


def _punctuation_runs_on(text: str, end: int, start: int) -> bool:
    """
    Whether the punctuation opening the line at *start* closes the line ending at *end*: not an ellipsis
    (``...`` of a teaser), nor after punctuation or a line of tags (``#Syria``, ``@handle``).
    """
    if text[end - 1] in _CLOSING_PUNCTUATION or text[start + 1 : start + 2] == ".":
        return False
    line = text.rfind("\n", max(0, end - _PAREN_REACH), end) + 1
    while line < end and text[line] in HSPACES:
        line += 1
    return text[line : line + 1] not in ("#", "@")


def capital_link(text: str, end: int, start: int) -> bool:
    """
    Whether the line at *start* is a link's words inside the sentence of the line ending at *end* (a long line that
    ends with a space before its break), the sentence going on after it indented, with a capital (``глава
    дипломатии \\nЕС\\n Федерика Могерини``): both breaks are read as spaces.

    >>> t = "заявила на пресс-конференции в Вене глава дипломатии \\nЕС\\n Федерика Могерини."
    >>> capital_link(t, t.index("\\n") - 1, t.index("ЕС"))
    True
    """
    if text[end] not in HSPACES or _CAPITAL_LINK_LINE_RE.match(text, start) is None:
        return False
    lo = max(0, end - _LINE_REACH)
    line = text.rfind("\n", lo, end) + 1
    return (line == 0 and lo > 0) or len(text[line:end].strip()) > _LINK_LINE_BEFORE


def joined_fragment(text: str, end: int, start: int, line_end: int) -> bool:
    """
    Whether the line ``text[start:line_end]``, joined to the line ending at *end*, is a piece whose own break may join
    too: one that opens in lower case (:func:`opens_fragment`) or a link's words (:func:`capital_link`).
    """
    return opens_fragment(text, start, line_end) or capital_link(text, end, start)


def opens_fragment(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a short piece opening in lower case (see :func:`soft_break`)."""
    return end - start <= _FRAGMENT and _LOWER_CYRILLIC_RE.match(text, start) is not None


def _unbroken(text: str, paragraphs: Sequence[Paragraph]) -> str:
    """
    *text* with each line break inside a paragraph that :func:`soft_break` joins read as a space.

    >>> _unbroken("Об этом\\r\\nсообщил.\\n1/10\\nФото", [Paragraph(start=0, end=21)])
    'Об этом  сообщил.\\n1/10\\nФото'
    """
    if "\n" not in text and "\r" not in text:
        return text
    chars: list[str] | None = None
    for p in paragraphs:
        fragment = False
        for m in _BREAK_RE.finditer(text, p.start, p.end):
            joined = soft_break(text, m.start(), m.end(), fragment)
            if joined:
                chars = list(text) if chars is None else chars
                for i in range(m.start(), m.end()):
                    if text[i] in "\r\n":
                        chars[i] = " "
            fragment = joined and joined_fragment(text, m.start(), m.end(), _line_end(text, m.end(), p.end))
    return text if chars is None else "".join(chars)


# Wiki markup for italics, two apostrophes, around a quotation's marks: "''«…»''".
_WIKI_ITALICS_RE = cache.pattern(r"''(?=[«\"„“])|(?<=[»\"“”])''")


def _unmarked(text: str) -> str:
    """
    *text* with wiki italics (``''``) right around a quotation's marks read as spaces.

    >>> _unmarked("журналистам: ''«Не знаю»'', — сказала она.")
    'журналистам:   «Не знаю»  , — сказала она.'
    """
    if "''" not in text:
        return text
    return _WIKI_ITALICS_RE.sub("  ", text)


def _line_end(text: str, start: int, stop: int) -> int:
    """The end of the line starting at *start*, before its trailing white space, at most *stop*."""
    m = _LINE_TAIL_RE.search(text, start, stop)
    return m.start() if m is not None else stop


_LINE_TAIL_RE = cache.pattern(r"[^\S\n\r]*+[\n\r]")


def _lines(text: str) -> tuple[Paragraph, ...]:
    """Every non-blank line as a body paragraph (when no paragraphs are given)."""
    return tuple(Paragraph(m.start(), m.end(), "body") for m in _LINE_RE.finditer(text) if not m.group().isspace())
