"""
Numbers in Russian text: digits, words, scales, ranges and multipliers.

Facts (the rules in *What counts*, docs/explanation/what-counts.md, "Metrics":
``value`` is the number with scale applied):

- Digits group thousands with a space, a no-break or thin space, or a dot
  (``1 800``, ``85 000``, ``1.000.000``); the decimal mark is a comma or a
  point (``4,5``, ``2.8``), and a space may follow the comma before a scale
  word (``31, 4 триллиона``).
- Scale words and their abbreviations multiply (``4,5 миллиона``, ``615 тыс.``,
  up to ``септиллион``; ``полмиллиона`` is half a scale, ``полтора десятка``
  is 15); parts with falling scales add up to one number (``$3 млрд. 517
  млн``, ``3 млн 912,822 тыс.``, ``2 тыс. 300``).
- Shares: ``треть``, ``четверть``, ``половина`` (``две трети`` = 2/3) and
  ``каждый пятый`` (1/5); a share of a scale word is that share of it
  (``четверть миллиона`` = 250000).
- Numbers in words come in every case and gender and combine
  (``двадцать пять тысяч``, ``одного миллиарда``, ``полутора миллионов``).
- A sign is a character (``-5``, ``+3,2``; after a bracket a space may follow it: ``(- 8,7%)``) or the
  word ``минус`` or ``плюс`` before digits (``минус 15``, ``плюс 25``).
- A number in words fused into an adjective with a stem of ``fused.tsv`` is a number as its digits are
  (``пятилетний`` = 5, ``двадцатипятиэтажного`` = 25, ``трёхкратная`` = 3), not capitalised inside a
  sentence (``Тридцатилетней войны``, a name) nor in an idiom of ``exclusions.tsv`` (``одиннадцатиметровый удар``).
- Ranges: ``15–18``, ``20-30``, ``3-3,5 млрд``, ``от 200 до 400 млрд``; a
  scale after the high end applies to a bare low end.
- Multipliers: ``вдвое``, ``втрое`` and the verbs ``удвоить``, ``утроиться``
  (value 2.0, 3.0).
- Not numbers: ordinals and hyphenated endings (``26-е``, ``20-летия``; unit
  adjectives from ``fused.tsv`` are kept: ``40-процентный``, ``9-этажный``), scores
  (``3:1``), digit runs too long for a quantity, digits glued to letters, slashes or underscores
  (``vesti24``, ``G20``, URL paths; a unit's abbreviation glued on is read: ``115кг``), dates such as ``24.06.2025`` or
  ``2025-12-03`` and times such as ``10:38``.
- Every pattern is possessive or bounded, so a scan is linear in the text.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable
from decimal import Decimal

import regex
from attrs import field, frozen

from .. import cache
from ..errors import ParseError
from ..lexicon import morph as _morph
from ..lexicon.numbers import Numeral, alternation, exclusions, fused, numerals, scales, trie, unit_kinds, units
from ..text.chars import DEGREE, HSPACE, fold, readable_digits
from ..text.doc import spaced_word_after

__all__ = ["NumberMention", "extract_numbers", "parse_number"]

# Horizontal white space as real files carry it: NBSP, thin and figure spaces.
_HS = HSPACE
#: "с лишним", "с небольшим", "с гаком" after a number: a little more than it ("100 с лишним миллионов"); the number
#: reader lets a scale word follow it, the metrics give the figure the qualifier "more".
A_LITTLE_MORE = rf"с{_HS}++(?:лишним|небольшим|гаком)"
# Thousands separators between digit groups ("1 800", "85\u00a0000", "1\u2009000").
_GROUP_SEP = r"[ \u00a0\u2009\u202f\u2007]"
# Range dashes: hyphen, non-breaking hyphen, en and em dash, minus ("15–18 дней").
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2212]"
# Characters that glue a digit to something that is not a number on its left
# (letters, digits and "_" are ruled out by the word boundary of the scan):
# URL and handle parts ("/2025/", "@x1", "id=5"), a preceding number part
# (",5", "2.8"); hyphens are checked apart ("COVID-19", "--865162050").
_GLUE_BEFORE_DIGIT = frozenset("/\\@#№.,:=")
# The space a currency sign may have before its digits ("$ 5").
_CURRENCY_GAP = frozenset(" \u00a0\u2009\u202f")
# Signs and hyphens right before a digit: a sign after a space ("-5%"), else
# glue ("COVID-19", "15-18" read from its second half, "--865162050").
_SIGNS = "-\u2212+"
# The parts of a sum in brackets before a "+": "(22", "(1+3".
_IN_SUM_RE = cache.pattern(r"\((?:\d{1,4}+\+)*+\d{1,4}+\Z")
_HYPHENS = "-\u2010\u2011\u2212+"

_F = regex.IGNORECASE | regex.VERSION1
# The endings of an adjective, after the stem of its unit ("пятилетн|ий", "двухдневн|ого").
_ADJECTIVE_ENDINGS = frozenset(
    "ий ый ой ая яя ое ее ого его ому ему ом ем ую юю ые ие ых их ым им ыми ими ей".split()
)
# The classes of number words that may open a fused adjective ("пяти-", "двадцати-", "двухсот-").
_FUSED_PREFIX_CLASSES = frozenset({"unit", "teen", "ten", "hundred"})
_END_WORD = r"(?![\p{L}\p{N}_])"


def _case_trie(words: Iterable[str]) -> str:
    """
    A prefix tree of *words* in lower case, capitalised or in capitals.

    Listing the three spellings keeps the scan as fast as a case-sensitive
    one ("двадцать", "Двадцать", "ДВАДЦАТЬ").
    """
    forms = set(words)
    forms |= {w[:1].upper() + w[1:] for w in forms} | {w.upper() for w in forms}
    return trie(forms)


# "25-тысячной", "двухмиллионный": the stems of a scale word's adjective, the size of what the noun names.
_SCALE_ADJECTIVE_VALUES = {"тысячн": 1e3, "миллионн": 1e6, "миллиардн": 1e9}


class _Patterns:
    """Every pattern of the number grammar, compiled once on first use (see :func:`_rx`)."""

    def __init__(self) -> None:
        table = numerals()
        self.currency = {form: u.lemma for form, u in units().items() if u.kind == "currency" and len(form) == 1}
        self.times_verbs = {w: n.value for w, n in table.items() if n.cls == "times-verb"}
        self.keep_hyphen_tails = tuple(fused())
        # The stems an adjective with a number fused in ends with: a unit's, or a scale's ("двухмиллионный").
        self.fused_tails = (*self.keep_hyphen_tails, *_SCALE_ADJECTIVE_VALUES)
        number_words = [w for w, n in table.items() if n.cls != "times-verb"]
        scale_words = alternation(scales())
        # The numbers an adjective may open with, as their genitive stems ("пяти-", "двадцати-", "двухсот-")
        # or any form of a compound's part ("стопятилетний"), and "дву-" ("двукратный"), "полутора-"
        # ("полуторапроцентный": 1.5).
        self.fused_prefixes = {
            w: n.value for w, n in table.items() if n.cls in _FUSED_PREFIX_CLASSES and n.value >= 2
        } | {"дву": 2.0, "полутора": 1.5}
        self.fused_idioms = tuple(exclusions("fused-idiom"))
        fused_stems = trie(self.fused_tails)
        prefixes = trie(self.fused_prefixes)
        # Where a number may start, in one scan over the whole text: a digit
        # at a word start (a currency sign before it is looked up from
        # there), a number or scale word, a multiplier adverb, or a
        # multiplying verb (stems: the first four letters of each listed
        # verb, "удво", "утра"). Word lists are prefix trees behind a word
        # boundary. Every branch of a prefix tree starts with a different
        # letter and the letter run is bounded, so backtracking is bounded by
        # the word length. (The standard ``re`` engine scans this pattern
        # twice as fast, about 1 % of the whole analysis, but compiles it
        # afresh in every process: 20 to 40 ms before the first result.)
        self.candidate = cache.pattern(
            rf"""
            \b(?:
                (?P<digit>\d)
              | (?P<word>{_case_trie([*number_words, *scales()])})(?!\w)
              | (?P<verb>{_case_trie({w[:4] for w in self.times_verbs})}[^\W\d_]{{0,12}})(?!\w)
                # "пятилетний", "двадцатипятиэтажного", "Трёхкратная": a number fused into an adjective
              | (?P<fused>{_case_trie(self.fused_prefixes)}(?:{prefixes}){{0,2}}{fused_stems}\p{{Ll}}{{0,4}}+)(?!\w)
            )
            """,
            regex.VERSION1 | regex.VERBOSE,
        )
        # Dates, times and scores that are never numbers: "24.06.2025",
        # "14.09.19", "2025-11-04T10:38", "10:38", "со счетом 3:1".
        self.not_a_number = cache.pattern(
            r"""
              \d{1,2}[./]\d{1,2}[./]\d{2,4}+(?!\d)
            | \d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?+)?+
            | \d{1,2}:\d{2}(?!\d)
            | \d{1,3}:\d{1,3}(?!\d)
            | \d{1,2}/\d{1,2}(?=\s*+финал)   # "1/8 финала": a stage of a tournament
            # "эстафете 4 × 10 км": a relay's legs
            | (?<=(?i:эстафет)\p{L}{0,3}[^\S\n]{1,3})\d[^\S\n]?+[×xх][^\S\n]?+\d{1,2}(?:,\d)?+
            """,
            regex.VERSION1 | regex.VERBOSE,
        )
        # Digits: an integer part with optional thousands groups, then an optional
        # fraction ("1 800", "1.000.000", "14200000", "4,5", "31, 4 триллиона").
        self.digits = cache.pattern(
            rf"""
            (?P<sign>[-\u2212+])?+
            (?:(?<=\([-\u2212+])\x20)?+                          # "(- 8,7%)": a change in brackets
            (?P<int>
                \d{{1,3}}+(?:{_GROUP_SEP}\d{{3}}(?!\d))++      # 1 800, 85 000
              | \d{{1,3}}+(?:\.\d{{3}}(?!\d))++(?![.,]\d)       # 1.000.000 (or 19.385 before a scale)
              | \d{{1,15}}+(?!\d)                               # 14200000
            )
            (?:
                [,.](?P<frac>\d{{1,12}}+)(?![.,]?\d)            # 4,5  2.8
              | ,{_HS}(?P<frac2>\d{{1,2}})(?={_HS}*+{scale_words}{_END_WORD})   # 31, 4 триллиона
            )?+
            """,
            _F | regex.VERBOSE,
        )
        # A scale word right after a number ("4,5 миллиона", "615 тыс."), also past "с лишним" ("100 с лишним
        # миллионов": a little more, which the metric's qualifier says).
        self.scale_after = cache.pattern(
            rf"{_HS}*+(?:{A_LITTLE_MORE}{_HS}++)?+(?P<scale>{scale_words}){_END_WORD}", _F
        )
        # A scale word in brackets: "48 (миллиардов рублей – ред.)", "около 60 [млн тонн]".
        self.bracket_scale = cache.pattern(rf"{_HS}*+[(\[]{_HS}*+(?P<scale>{scale_words}){_END_WORD}", _F)
        # "каждый пятый", "каждую третью": an ordinal or a fraction after "каждый".
        # "пятая часть", "десятой части": a share named by an ordinal and "часть".
        self.part_after = cache.pattern(rf"{_HS}++(?i:част(?:ь|и|ью|ей)){_END_WORD}", regex.VERSION1)
        # What makes "третья часть" a share: a qualifier or "на" right before it.
        self.share_lead = cache.pattern(
            rf"(?<![\p{{L}}\p{{N}}_])(?i:на|почти|около|более|менее|примерно|свыше|лишь|только|порядка){_HS}++\Z",
            regex.VERSION1,
        )
        # "1/3 населения": the denominator of a share written with a slash (not "1/8 финала", not a date).
        self.slash_share = cache.pattern(r"/(?P<den>\d{1,2}+)(?![\d/.,:])(?!\s*+финал)", regex.VERSION1)
        self.address_before = cache.pattern(
            rf"(?:№|(?<![\p{{L}}])(?i:дом|д\.|корп\.|корпус|кв\.|ул\.\p{{L}}*+|стр\.)){_HS}*+\p{{L}}*+,?+{_HS}*+\Z",
            regex.VERSION1,
        )
        # "сто (100)": the digits of a number in words, in brackets after it.
        self.digits_in_brackets = cache.pattern(
            rf"{_HS}?+\((?P<n>\d{{1,3}}+(?:{_GROUP_SEP}\d{{3}})*+)\)", regex.VERSION1
        )
        self.each_before = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])(?i:кажд\p{{L}}{{1,4}}+){_HS}++\Z", regex.VERSION1)
        # One more part with a smaller scale: "$3 млрд. 517 млн".
        self.compound_gap = cache.pattern(rf"\.?+{_HS}++(?=\d)")
        # A number word, a scale word, or the gap between two of them.
        skipped = ("times", "times-verb", "ordinal", "denominator")
        words = trie([*(w for w, n in table.items() if n.cls not in skipped), *scales()])
        # "одна пятая", "две пятых", "одной десятой": an ordinal after a cardinal is a denominator.
        self.denominator = cache.pattern(
            rf"(?i:{trie(w for w, n in table.items() if n.cls == 'denominator' or _feminine_ordinal(w, n))})"
            rf"{_END_WORD}",
            regex.VERSION1,
        )
        self.word_token = cache.pattern(rf"(?i:{words}){_END_WORD}", regex.VERSION1)
        self.word_gap = cache.pattern(rf"\.?+{_HS}{{1,3}}+")
        # "с половиной" after a number in words adds a half ("двух с половиной миллионов").
        self.and_a_half = cache.pattern(
            rf"{_HS}{{1,3}}+(?i:с){_HS}{{1,3}}+(?i:половиной){_END_WORD}", regex.VERSION1
        )
        # "минус 15 градусов": a sign in words before digits.
        # "плюс 25 градусов", "плюс 3°": "плюс" is a sign before a temperature only.
        self.degrees_after = cache.pattern(rf"{_HS}*+(?:{DEGREE}|(?i:градус))", regex.VERSION1)
        self.minus_before = cache.pattern(
            rf"(?<![\p{{L}}\p{{N}}_])(?i:(?P<minus>минус)|плюс){_HS}++\Z", regex.VERSION1
        )
        # A range dash; spaces around it are allowed between digits only.
        # "+17..+19", "-3 …-5": dots or an ellipsis join the ends of a range (weather reports).
        # "трое из каждых десяти", "семь из десяти": a share of every so many.
        self.of_every = cache.pattern(
            rf"{_HS}++(?i:из){_HS}++(?P<every>(?i:каждых){_HS}++)?+(?=[\dдс])", regex.VERSION1
        )
        # "$13 600— $14 500": a space after the dash before a currency sign.
        self.tight_dash = cache.pattern(
            rf"{_DASH}(?:{_HS}{{1,2}}+(?=[$€£₽¥]))?+|\.{{2,3}}+(?![.\d])|{_HS}{{0,2}}+\u2026{_HS}{{0,2}}+(?=[-+\u2212]?+\d)"
        )
        self.spaced_dash = cache.pattern(rf"{_HS}{{0,2}}+{_DASH}{_HS}{{0,2}}+")
        self.or_join = cache.pattern(rf"{_HS}++(?i:или|либо){_HS}++", regex.VERSION1)
        # "от 200 до 400 млрд": "от" before the low end, "до" before the high end.
        self.from_before = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])от{_HS}++\Z", _F)
        self.up_to = cache.pattern(rf"{_HS}++до{_HS}++", _F)
        # A unit written after each end of a range: "от 11% до 15%", "5 тонн – 7 тонн".
        self.range_unit = cache.pattern(
            rf"(?:{_HS}?+(?P<u>%|{DEGREE}[CС]?+)|{_HS}++(?P<u>\p{{L}}{{1,20}}+\.?+))(?![\p{{L}}\p{{N}}_])",
            regex.VERSION1,
        )
        # A hyphenated ending glued to a number ("20-летия", "26-е"); the endings in
        # exclusions.tsv marked "metric" are kept ("40-процентный").
        self.hyphen_word = cache.pattern(r"[-\u2010\u2011](?P<tail>\p{L}{1,20}+)")
        self.non_digit = cache.pattern(r"\D")


@functools.cache
def _rx() -> _Patterns:
    """The compiled patterns, built on first use so that importing stays cheap."""
    return _Patterns()


@frozen
class NumberMention:
    """
    A number found in text: a single number, a range or a multiplier.

    Attributes:
        start, end: Offsets of the number in the text searched.
        surface: The text between them (currency sign, number, scale word;
            ``от … до …`` for such ranges).
        value: The number with scale applied (the low end of a range).
        high: The high end of a range, else ``None``.
        scale: The scale applied (``1e6`` for ``млн``), if any.
        currency: The lemma of a currency sign written with the number
            (``$`` -> ``доллар``), if any.
        in_words: True when the number is written in words.
        multiplier: True for ``вдвое``-style adverbs and multiplying verbs.
        bracketed: True when the scale word opens a bracket after the
            digits (``48 (миллиардов рублей – ред.)``); the bracket closes
            after the unit.
        fused_unit: The unit lemma of the adjective a number in words is
            fused into (``пятилетний`` -> ``год``, from ``fused.tsv``), if any.

    >>> NumberMention(0, 7, "4,5 млн", 4.5e6, scale=1e6).value
    4500000.0

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    surface: str
    value: float
    high: float | None = None
    scale: float | None = None
    currency: str | None = None
    in_words: bool = False
    multiplier: bool = False
    bracketed: bool = False
    fused_unit: str | None = None
    rule: str = field(default="", repr=False, eq=False)


@frozen
class _Simple:
    """One number, not yet a range: its value, span and how it was written."""

    start: int
    end: int
    value: float
    scale: float | None
    currency: str | None
    in_words: bool
    digits: bool
    bracketed: bool = False


def _digits_value(m: regex.Match[str], scaled: bool) -> Decimal:
    """Read the integer and fraction groups of a ``digits`` match, exactly."""
    int_part = m.group("int")
    frac = m.group("frac") or m.group("frac2")
    if "." in int_part and int_part.count(".") == 1 and scaled and frac is None:
        # "17.246 тыс. га": one dot group before a scale word is a decimal point.
        whole, _, frac = int_part.partition(".")
    else:
        whole = _rx().non_digit.sub("", int_part)
    number = Decimal(f"{whole}.{frac}") if frac else Decimal(whole)
    return -number if m.group("sign") in ("-", "\u2212") else number


# Largest quantity a number may state; a longer digit run is a code or noise
# ("1 000 000 … 000" with a hundred groups), never a quantity, and reading it
# as a float would overflow.
_LIMIT = Decimal("1e27")
# Where a number word stands in a compound numeral: hundreds, tens, then units or teens.
_ORDER = {"hundred": 1, "ten": 2, "teen": 3, "unit": 3, "half": 4}


class _TooLarge(Exception):
    """A digit run too long to be a quantity; reading goes on at :attr:`end`."""

    def __init__(self, end: int) -> None:
        super().__init__(end)
        self.end = end


class _Words:
    """The state of a number in words being read: groups closed by scale words of falling value."""

    def __init__(self) -> None:
        self.total, self.group, self.stage = 0.0, 0.0, 0
        self.last_scale: float | None = None
        self.last_end = -1
        self.closed = False  # nothing but a scale word may follow ("с половиной", a fraction)
        self.vague = False  # the last scale word was a plural with no count before it ("десятки")

    def numeral(self, numeral: Numeral) -> bool:
        """Add a number word; False if it cannot go on this number."""
        if numeral.cls == "fraction":
            if self.closed or self.stage == 4:
                return False
            self.group = (self.group if self.stage else 1.0) * numeral.value  # "две трети"
            self.stage, self.closed = 5, True
            return True
        order = _ORDER.get(numeral.cls, 4)
        if self.closed or order <= self.stage or (order == 4 and self.stage):
            return False
        if numeral.cls == "unit" and self.stage == 2 and numeral.value == 0:
            return False
        self.group += numeral.value
        self.stage = order
        return True

    def scale(self, value: float, number: str = "sg") -> bool:
        """Close the group with a scale word (of grammatical *number*); False if the scale does not fall."""
        if self.stage == 5 and self.last_scale is None and not self.total and value >= 1000:
            # "четверть миллиона", "половиной миллиарда": a share of the scale, and nothing may follow.
            self.total, self.group, self.last_scale = self.group * value, 0.0, value
            return True
        if self.last_scale == _TENS and value >= 1000 and not self.stage and not self.group and not self.vague:
            # "три десятка тысяч" = 30 000, "полтора десятка миллионов": tens of a larger scale multiply it
            # (not "десятки тысяч", which counts no number of tens).
            self.total *= value
            self.last_scale = value
            return True
        if self.stage == 5 or (self.last_scale is not None and value >= self.last_scale):
            return False
        self.vague = number == "pl" and not self.stage
        self.total += (self.group if self.stage else 1.0) * value
        self.group, self.stage, self.last_scale, self.closed = 0.0, 0, value, False
        return True


# The value of "десяток" as a scale word: tens of a larger scale multiply it ("три десятка тысяч").
_TENS = 10.0


def _read_words(text: str, pos: int, end: int) -> tuple[float, int, float | None] | None:
    """
    Read a number in words at *pos*: value, end offset, last scale applied.

    The grammar is that of Russian compound numerals: within a group, hundreds,
    then tens, then units or teens, each at most once, and at most one "с
    половиной" (a half) after tens, units or teens; groups are closed by scale
    words of falling value. A fraction word ends the number and multiplies the
    count before it ("две трети" = 2/3).
    """
    table, scale_table, rx = numerals(), scales(), _rx()
    state = _Words()
    p = pos
    while True:
        m = rx.word_token.match(text, p, end)
        if m is None:
            break
        word = m.group().lower()
        numeral = table.get(word)
        if numeral is not None:
            ok = state.numeral(numeral)
        else:
            ok = state.scale(scale_table[word].value, scale_table[word].number)
        if not ok:
            break
        state.last_end = m.end()
        half = rx.and_a_half.match(text, m.end(), end) if state.stage in (2, 3) else None
        if half is not None:
            state.group += 0.5  # "двух с половиной миллионов": nothing but a scale may follow
            state.closed, state.last_end = True, half.end()
        gap = rx.word_gap.match(text, state.last_end, end)
        if gap is None:
            break
        p = gap.end()
    if state.last_end < 0:
        return None
    _read_denominator(text, state, end)
    return state.total + state.group, state.last_end, state.last_scale


def _feminine_ordinal(word: str, numeral: Numeral) -> bool:
    """Whether *word* is an ordinal that can be a denominator: "пятая", "пятую", "пятой" (feminine)."""
    return numeral.cls == "ordinal" and word.endswith(("ая", "ую", "ой", "ья", "ью", "ей")) and numeral.value > 1


def _read_denominator(text: str, state: _Words, end: int) -> None:
    """Rule: "одна пятая" = 1/5, "три десятых" = 0.3: an ordinal after a count of units divides it."""
    if state.stage != 3 or state.closed or state.total or not 1 <= state.group <= 9:
        return
    gap = _rx().word_gap.match(text, state.last_end, end)
    m = _rx().denominator.match(text, gap.end(), end) if gap is not None else None
    if m is None:
        return
    word = m.group().lower()
    cardinal = text[: state.last_end].rsplit(None, 1)[-1].lower()
    if word.endswith(("ой", "ей")) and not cardinal.endswith("ой"):
        return  # "один восьмой": a masculine ordinal, no fraction; "одной пятой" is one
    if cardinal == "два":
        return  # "два четвёртых (места)": a masculine count of ordinals; a share is feminine ("две пятых")
    state.group /= numerals()[word].value
    state.stage, state.closed, state.last_end = 5, True, m.end()


def _currency_sign(text: str, pos: int, end: int) -> tuple[str | None, int]:
    """A currency sign at *pos* ("$5", "$ 5"): its lemma and where the digits start."""
    rx = _rx()
    if pos < end and text[pos] in rx.currency:
        currency = rx.currency[text[pos]]
        pos += 1
        if pos < end and text[pos] in _CURRENCY_GAP:
            pos += 1
        return currency, pos
    return None, pos


def _next_part(text: str, p: int, end: int, scale: float) -> tuple[Decimal, float | None, int] | None:
    """
    One more part of a compound number after a scale word: its value, scale and end.

    ``$3 млрд. 517 млн`` and ``3 млн 912,822 тыс.`` add a part with a smaller
    scale (a whole or decimal part below the scale before it); ``2 тыс. 300``
    adds a bare whole remainder below a thousand, and ``2 млн. 172 491`` a
    remainder written out to the units below a million or more.
    """
    rx = _rx()
    gap = rx.compound_gap.match(text, p, end)
    if gap is None:
        return None
    m = rx.digits.match(text, gap.end(), end)
    if m is None or m.group("sign") or m.group("frac2"):
        return None
    sm = rx.scale_after.match(text, m.end(), end)
    if sm is None:
        return _bare_remainder(text, m, end, scale)
    if len(m.group("int")) > 3:
        return None
    scale2 = scales()[sm.group("scale").lower()].value
    part = _digits_value(m, True) * Decimal(scale2)
    if scale2 >= scale or part >= Decimal(scale):
        return None
    return part, scale2, sm.end()


def _bare_remainder(text: str, m: regex.Match[str], end: int, scale: float) -> tuple[Decimal, None, int] | None:
    """A whole remainder with no scale word: below a thousand after "тыс.", written to the units after more."""
    digits = len(_rx().non_digit.sub("", m.group("int")))
    if m.group("frac") or _rx().not_a_number.match(text, m.start(), end):
        return None
    grouped = digits > 4 or (digits == 4 and not m.group("int").isdigit())
    if not (scale == 1e3 and digits <= 3) and not (scale >= 1e6 and grouped):
        return None  # "2 млн 300 человек", "5 млн 2024 года": no remainder written to the units
    after = m.end()
    if after < end and (text[after].isalnum() or text[after] in _HYPHENS):
        return None  # "2 тыс. 300-летие", "5 тыс. 20x"
    value = _digits_value(m, False)
    return (value, None, after) if value < Decimal(scale) else None


def _scaled_digits(
    text: str, m: regex.Match[str], end: int, after: int | None = None
) -> tuple[Decimal, float | None, int, bool]:
    """The value of digits *m* with any scale words after them (from *after*): value, last scale, end, bracketed."""
    rx = _rx()
    p = m.end() if after is None else after
    sm = rx.scale_after.match(text, p, end)
    bracketed = False
    if sm is None:
        sm = rx.bracket_scale.match(text, p, end)  # "48 (миллиардов рублей – ред.)"
        bracketed = sm is not None
    exact = _digits_value(m, sm is not None)
    if sm is None:
        return exact, None, p, False
    first_scale = scales()[sm.group("scale").lower()].value
    exact *= Decimal(first_scale)
    scale: float | None = first_scale
    p = sm.end()
    while scale is not None and not bracketed:
        part = _next_part(text, p, end, scale)
        if part is None:
            break
        exact += part[0]
        scale, p = part[1], part[2]
    return exact, scale, p, bracketed


# Case endings written after digits that only a cardinal takes: "5-ти" (пяти), "14-и", "7-ми", "2-мя",
# "2-ух", "3-ёх". "-х" is a cardinal only after 2, 3, 4 (also 22, 34, …) and before a period or people ("2-х лет",
# "3-х человек", "от 2-х до 3-х"); elsewhere it is an ordinal ("5-х классов", "90-х годов").
_CARDINAL_TAILS = frozenset({"ти", "ми", "мя", "ух", "ёх", "ех", "и"})
_CASE_ENDING_RE = cache.pattern(r"[-\u2010\u2011](?P<tail>\p{Ll}{1,2}+)(?!\p{L})")


# Nouns after which "2-х", "3-х" are ordinals: "учеников 2-х классов", "студентов 3-х курсов".
_ORDINAL_NOUNS = frozenset({"класс", "курс", "разряд", "созыв", "год", "место", "тур", "этап", "период"})


def _plural_noun(word: str, case: str | None = None) -> bool:
    """Whether *word* reads as a plural common noun ("школах", "детей"), in *case* if given ("голосами": ablt)."""
    return any(
        p.tag.POS == "NOUN" and p.tag.number == "plur" and (case is None or p.tag.case == case)
        for p in _morph.parse(word)[:2]
    )


def _case_ending(text: str, p: int, end: int, value: Decimal) -> int:
    """Where a whole number in digits ends with its case ending ("5-ти", "2-х лет"), else *p*."""
    m = _CASE_ENDING_RE.match(text, p, end) if p < end and text[p] in "-\u2010\u2011" else None
    if m is None or value != int(value):
        return p
    tail = m.group("tail")
    if tail in _CARDINAL_TAILS:
        return m.end()
    if tail == "х" and int(value) % 10 in (2, 3, 4) and int(value) % 100 not in (12, 13, 14):
        # "3-х", and "24-х" (двадцати четырёх); "12-ти" takes another ending, "90-х" is an ordinal.
        after = _word_after_space(text, m.end(), end)
        word = after.lower()
        lemma = _morph.lemma(word) if word else ""
        if lemma in ("человек", "до") or unit_kinds().get(lemma) == "time":  # "от 2-х до 3-х лет"
            return m.end()
        listed = bool(after) and after in units()  # "3-х МРП"
        if listed or word in scales() or (lemma and _plural_noun(word) and lemma not in _ORDINAL_NOUNS):
            return m.end()  # "2-х тысяч", "в 3-х школах"; not "2-х классов" (of the second grades)
        if word.startswith(_rx().keep_hyphen_tails):
            return m.end()  # "54-х летний": an adjective of a unit written apart from its number
    if tail == "ю" and _plural_noun(_word_after_space(text, m.end(), end).lower(), "ablt"):
        return m.end()  # "187-ю голосами" (восемьюдесятью семью); "312-ю годовщину" is an ordinal
    return p


def _word_after_space(text: str, pos: int, end: int) -> str:
    """The letters of the word after one to three spaces at *pos* on the same line ("" if there is none)."""
    w = spaced_word_after(text, pos)
    if w is None or w.start > end:
        return ""
    letters = "".join(itertools.takewhile(str.isalpha, w.text))
    return letters[: max(0, end - w.start)]


def _past_case_ending(text: str, m: regex.Match[str], end: int, currency: str | None) -> int | None:
    """Where a scale word may start after a case ending: "5-ти тысяч", "2-х млн"; None when there is none."""
    if currency is not None or m.end() >= end or text[m.end()] not in "-\u2010\u2011" or m.group("frac"):
        return None
    tail_end = _case_ending(text, m.end(), end, _digits_value(m, False))
    return tail_end if tail_end != m.end() and _rx().scale_after.match(text, tail_end, end) else None


def _past_spelled_out(text: str, m: regex.Match[str], end: int, currency: str | None) -> int | None:
    """Where the number goes on past its value spelled out in brackets: "100 (сто) МРП", "15 (пятнадцать) тысяч"."""
    opens = text.startswith(("(", " ("), m.end())
    if currency is not None or m.group("frac") or not opens:
        return None
    open_at = text.index("(", m.end())
    words = _read_words(text, open_at + 1, min(end, open_at + 60))
    if words is None or Decimal(str(words[0])) != _digits_value(m, False):
        return None
    close = words[1]
    return close + 1 if text.startswith(")", close) else None


# Cyrillic letters glued to digits, up to a word's end: a unit's abbreviation when the units table knows it.
_GLUED_LETTERS_RE = cache.pattern(r"\p{Cyrillic}{2,3}+(?![\p{L}\p{N}])")


def _glued_unit(text: str, p: int, end: int) -> bool:
    """Whether the letters glued to digits at *p* are a unit's abbreviation of two letters or three (``115кг``)."""
    m = _GLUED_LETTERS_RE.match(text, p, min(end, p + 4))
    return m is not None and units().get(m.group()) is not None


def _read_simple(text: str, pos: int, end: int) -> _Simple | None:
    """Read one number (no range) at *pos*, with a currency sign and scale if present."""
    rx = _rx()
    start = pos
    currency, pos = _currency_sign(text, pos, end)
    m = rx.digits.match(text, pos, end)
    if m is not None:
        if rx.not_a_number.match(text, m.start("int"), end):
            return None
        if len(rx.non_digit.sub("", m.group("int"))) > 27:
            raise _TooLarge(m.end())
        after = _past_case_ending(text, m, end, currency) or _past_spelled_out(text, m, end, currency)
        exact, scale, p, bracketed = _scaled_digits(text, m, end, after)
        if abs(exact) >= _LIMIT:
            raise _TooLarge(p)
        if (
            scale is None
            and p < end
            and (text[p].isalpha() or text[p] == "_")
            and text[p] != "\u00ba"
            and not _glued_unit(text, p, end)
        ):
            return None  # "1600x0", "5G": a code, not a number ("19ºС" is a temperature; "115кг" a unit glued on)
        if scale is None and currency is None:
            p = _case_ending(text, p, end, exact)
        return _Simple(start, p, float(exact), scale, currency, False, True, bracketed)
    if currency is not None:
        return None
    w = _read_words(text, pos, end)
    if w is None:
        return None
    value, p, scale = w
    digits = _rx().digits_in_brackets.match(text, p, end)  # "сто (100) МРП", "пятнадцать тысяч (15 000) тенге"
    if digits is not None and float(_rx().non_digit.sub("", digits.group("n")) or "nan") == value:
        p = digits.end()
    return _Simple(start, p, value, scale, None, True, False)


def _hyphen_tail_ok(text: str, pos: int, end: int) -> bool:
    """False if a hyphenated word ending is glued at *pos* ("20-летия", "26-е")."""
    m = _rx().hyphen_word.match(text, pos, end)
    if m is None:
        return True
    tail = m.group("tail").lower()
    return tail.startswith(_rx().keep_hyphen_tails) or tail in numerals()  # "пять-шесть": a range


def _connector(text: str, pos: int, end: int, from_start: int | None) -> regex.Match[str] | None:
    """The dash, or ``до`` after ``от``, at *pos* that joins the two ends of a range."""
    rx = _rx()
    if from_start is not None:
        return rx.up_to.match(text, pos, end)
    # A bounded end: a pattern that needs a literal lets the engine look for it to the end of the text first.
    near = min(end, pos + _CONNECTOR_REACH)
    m = rx.tight_dash.match(text, pos, near)
    return m if m is not None else rx.spaced_dash.match(text, pos, near)  # "15 – 18", "шесть – девять"


# How far a range's dash may stand from the number before it ("15 … 18", "5  –  7").
_CONNECTOR_REACH = 12


def _same_unit(a: str, b: str) -> bool:
    """Whether two unit words are one unit: the same form, or two forms of one word ("года", "лет")."""
    return a == b or (a.isalpha() and b.isalpha() and _morph.lemma(a) == _morph.lemma(b))


def _range_end(text: str, first: _Simple, end: int, from_start: int | None) -> _Simple | None:
    """The number after the dash or ``до`` that closes a range starting with *first*.

    The unit may stand on both ends: "от 11% до 15%", "5 тонн – 7 тонн" (the same
    symbol or word form after each number).
    """
    rx = _rx()
    token = None
    pos = first.end + 1 if first.scale is not None and text.startswith(".", first.end) else first.end  # "5 тыс. до"
    m = _connector(text, pos, end, from_start)
    if m is None and from_start is None and first.in_words and first.scale is None:
        # "три или четыре минуты": two counts in words, one after the other, joined by "или" are a range.
        joined = rx.or_join.match(text, pos, min(end, pos + _CONNECTOR_REACH))
        second = _read_simple(text, joined.end(), end) if joined is not None else None
        if second is not None and second.in_words and second.scale is None and second.value == first.value + 1:
            return second
    if m is None:
        unit = rx.range_unit.match(text, first.end, end)
        if unit is None:
            return None
        token = unit.group("u").lower().rstrip(".")
        m = _connector(text, unit.end(), end, from_start)
        if m is None:
            return None
    second = _read_simple(text, m.end(), end)
    if second is None or (from_start is None and second.digits != first.digits):
        return None
    if first.scale is not None and second.scale is None:
        return None
    if token is not None:
        again = rx.range_unit.match(text, second.end, end)
        if again is None or not _same_unit(again.group("u").lower().rstrip("."), token):
            return None
    return second


def _read_range(text: str, first: _Simple, end: int, from_start: int | None) -> tuple[_Simple, int] | None:
    """Read the high end of a range after *first*; return it and the range's start."""
    second = _range_end(text, first, end, from_start)
    if second is None:
        return None
    if from_start is None:
        # "на 2-3-5 процентных пунктов": a run of rising values is one range, to the last.
        while second.scale is None and first.scale is None:
            third = _range_end(text, second, end, None)
            if third is None or third.value <= second.value:
                break
            second = third
    return second, first.start if from_start is None else from_start


def _combine(first: _Simple, second: _Simple, start: int) -> tuple[float, float] | None:
    """The low and high ends of a range, sharing the high end's scale; None if low > high."""
    low = first.value
    if first.scale is None and second.scale is not None:
        if low * second.scale <= second.value:
            low *= second.scale
        elif start == first.start:
            # "в 2015 — 302 тыс.": a dash between a figure that cannot share the scale after it and that figure is
            # no range ("от 500 до 2 млн" is one).
            return None
    if low > second.value:
        if low < 0 and first.scale is None and second.scale is None:
            return second.value, low  # "-17..-19°": frost written from the milder end
        return None
    return low, second.value


def _times_verb(word: str) -> float | None:
    """The factor of a multiplying verb form or its noun ("удвоить", "удвоение" -> 2.0), else None."""
    for parse in _morph.parse(word.lower()):
        if parse.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND", "NOUN"):
            value = _rx().times_verbs.get(str(parse.normal_form))
            if value is not None:
                return value
    return None


# A rule reading the candidate *m*: None if it does not apply, else the
# mention found (or None) and where to go on.
_Read = tuple[NumberMention | None, int]


def _glued_word(text: str, m: regex.Match[str], end: int) -> _Read | None:
    """Skip "Казахстан-2050"-style names and the tail of "пяти-шести" are no new number."""
    if m.group("word") is not None and m.start() >= 2:
        if text[m.start() - 1] in "-\u2010\u2011" and text[m.start() - 2].isalpha():
            return None, m.end()
    return None


def _times_adverb(text: str, m: regex.Match[str], end: int) -> _Read | None:
    """Read a multiplier adverb: "вдвое", "втрое"."""
    word = m.group("word")
    numeral = numerals().get(word.lower()) if word is not None else None
    if numeral is None or numeral.cls != "times":
        return None
    nxt = spaced_word_after(text, m.end(), most=None)
    if nxt is not None and fold(_morph.lemma(nxt.text.lower())) in exclusions("title-held"):
        # "дважды лауреат", "трижды Герой": a title held more than once, not a count of events.
        return None, m.end()
    return NumberMention(m.start(), m.end(), word, numeral.value, multiplier=True, rule="times"), m.end()


def _times_verb_rule(text: str, m: regex.Match[str], end: int) -> _Read | None:
    """Read a multiplying verb: "удвоить", "утроится" (value 2.0, 3.0)."""
    if m.group("verb") is None:
        return None
    factor = _times_verb(m.group("verb"))
    if factor is None:
        return None, m.end()
    return NumberMention(m.start(), m.end(), m.group(), factor, multiplier=True, rule="times-verb"), m.end()


def _every_nth(text: str, m: regex.Match[str], end: int) -> _Read | None:
    """Read a share after "каждый": "каждый пятый" = 1/5, "каждую третью" = 1/3; a lone ordinal is no number."""
    word = m.group("word")
    numeral = numerals().get(word.lower()) if word is not None else None
    if numeral is None or numeral.cls not in ("ordinal", "fraction"):
        return None
    each = _rx().each_before.search(text, max(0, m.start() - 16), m.start())
    if each is None:
        if numeral.cls == "ordinal":
            return _nth_part(text, m, numeral, end) or (None, m.end())
        return None
    value = numeral.value if numeral.cls == "fraction" else 1 / numeral.value
    return NumberMention(each.start(), m.end(), text[each.start() : m.end()], value, rule="every-nth"), m.end()


def _nth_part(text: str, m: regex.Match[str], numeral: Numeral, end: int) -> _Read | None:
    """
    Read a share named with "часть": "пятая часть" = 1/5, "около десятой части" = 0.1.

    "третья часть" is a share only after a qualifier or "на" ("почти третья часть"):
    alone it is as often the third part of a work.
    """
    word = m.group("word")
    if not _feminine_ordinal(word.lower(), numeral) or numeral.value < 3:
        return None
    part = _rx().part_after.match(text, m.end(), end)
    if part is None:
        return None
    if numeral.value < 4 and _rx().share_lead.search(text, max(0, m.start() - 16), m.start()) is None:
        return None
    surface = text[m.start() : part.end()]
    return NumberMention(m.start(), part.end(), surface, 1 / numeral.value, rule="nth-part"), part.end()


def _number_start(text: str, m: regex.Match[str]) -> int | tuple[None, int]:
    """Where the number of candidate *m* starts (with a sign or currency sign), or a skip."""
    rx = _rx()
    pos = m.start()
    if m.group("digit") is None or not pos:
        return pos
    before = text[pos - 1]
    if before in _GLUE_BEFORE_DIGIT:
        return None, pos + 1  # "/2025/", "id=5", ",5"
    if before in rx.currency:
        return pos - 1  # "$5"
    if pos >= 2 and before in _CURRENCY_GAP and text[pos - 2] in rx.currency:
        return pos - 2  # "$ 5"
    if before == " " and pos >= 3 and text[pos - 2] in _SIGNS and text[pos - 3] == "(":
        return pos - 2  # "(- 8,7%)", "(+ 12,4%)": a signed change in brackets
    if before in _HYPHENS:
        glue = text[pos - 2] if pos >= 2 else " "
        if before == "+" and glue.isdigit() and _IN_SUM_RE.search(text, max(0, pos - 12), pos - 1) is not None:
            return pos  # "(22+31)": a part of a sum in brackets
        if glue.isalnum() or glue in _HYPHENS or glue in "_/.,":
            return None, pos + 1  # "COVID-19", "--865162050"
        if before in _SIGNS:
            return pos - 1  # "-5%", "+3,2"
    return pos


def _range_mention(text: str, first: _Simple, end: int) -> NumberMention | None:
    """The range that starts with *first* ("15–18", "от 200 до 400 млрд"), if one does."""
    rx = _rx()
    from_word = rx.from_before.search(text, max(0, first.start - 8), first.start)
    from_start = from_word.start() if from_word is not None else None
    rng = _read_range(text, first, end, from_start)
    if rng is None and from_start is not None:
        rng = _read_range(text, first, end, None)
    if rng is None:
        return None
    second, start = rng
    ends = _combine(first, second, start) if _hyphen_tail_ok(text, second.end, end) else None
    if ends is None:
        return None
    return NumberMention(
        start,
        second.end,
        text[start : second.end],
        ends[0],
        ends[1],
        scale=second.scale,
        currency=first.currency or second.currency,
        in_words=first.in_words,
        rule="range",
    )


# How far back the bracket that opens a list of signed figures may stand.
_LIST_REACH = 80


def _en_dash_minus(text: str, start: int, end: int) -> bool:
    """
    Whether an en dash glued to the digits at *start* (to *end*), after an opening bracket, at a line's start or
    after a comma inside brackets, or after a space before degrees, is their minus sign (``(–7,2%)``, ``(–0,7%,
    –3,2%)``, ``к ночи ниже –25 °С``; not ``газодобычи –7%``, a dash for a verb left out).
    """
    if start < 1 or text[start - 1] != "\u2013":
        return False
    if start == 1 or text[start - 2] in "\n(":
        return True
    if text[start - 2] in " \u00a0" and _rx().degrees_after.match(text, end) is not None:
        return True  # "ниже –25 °С": a temperature below zero
    # "(–0,7% в 2014 году, –3,2% в 2015-м и –5,8% …)": the next item of a list in brackets.
    opened = text.rfind("(", max(0, start - _LIST_REACH), start)
    before = text[max(0, start - 4) : start - 1]
    listed = before.endswith(", ") or before.endswith(" и ")
    return listed and opened >= 0 and ")" not in text[opened:start]


def _single_mention(text: str, first: _Simple) -> NumberMention:
    """A single number, with ``минус`` or ``плюс`` before digits read as its sign."""
    start, value = first.start, first.value
    before = text[max(0, start - 8) : start]
    if first.digits and first.currency is None and value > 0 and ("инус" in before or "люс" in before):
        sign = _rx().minus_before.search(text, max(0, start - 12), start)
        degrees = _rx().degrees_after.match(text, first.end) is not None
        if sign is not None and (sign.group("minus") or degrees):  # "минус 15", "плюс 25 градусов" (not "плюс 0,3%")
            start, value = sign.start(), (-value if sign.group("minus") else value)
    elif first.digits and first.currency is None and value > 0 and _en_dash_minus(text, start, first.end):
        start, value = start - 1, -value  # "(–0,8% за январь–октябрь)": an en dash set as a minus
    return NumberMention(
        start,
        first.end,
        text[start : first.end],
        value,
        scale=first.scale,
        currency=first.currency,
        in_words=first.in_words,
        bracketed=first.bracketed,
        rule="words" if first.in_words else "digits",
    )


def _slash_share(text: str, first: _Simple, end: int) -> NumberMention | None:
    """
    A share written with a slash: "1/3 населения" = 1/3, "3/4 бюджета" = 0.75.

    Only a proper fraction with a denominator up to 10; "24/7", "50/50" and a
    stage of a tournament ("1/8 финала") are no share.
    """
    if not first.digits or first.scale is not None or first.currency is not None or first.value != int(first.value):
        return None
    m = _rx().slash_share.match(text, first.end, end)
    if m is None:
        return None
    low, high = int(first.value), int(m.group("den"))
    if not 1 <= low < high <= 10 or _rx().address_before.search(text, max(0, first.start - 12), first.start):
        return None  # "приказ № 1/3", "дом 1/2": a number of a document or a building
    line_start, line_end = text.rfind("\n", 0, first.start) + 1, text.find("\n", m.end())
    if not any(ch.isalpha() for ch in text[line_start : line_end if line_end >= 0 else len(text)]):
        return None  # "1/10" alone on its line: a photo counter
    return NumberMention(first.start, m.end(), text[first.start : m.end()], low / high, rule="slash-share")


# The wholes a share is told of in words without "каждых": "семь из десяти", "девяносто из ста".
_SHARE_WHOLES = frozenset({10, 100})


def _of_every(text: str, first: _Simple, end: int) -> NumberMention | None:
    """
    A share "N из каждых M": "трое из каждых десяти" = 0.3, "8 из каждых 10" = 0.8; and of ten or a hundred in
    words without "каждых", as a share is told ("семь из десяти американцев" = 0.7; "два из трёх кандидатов" and
    "5 из 10 матчей" count).
    """
    m = _rx().of_every.match(text, first.end, min(end, first.end + 24))
    if m is None or first.scale is not None or first.currency is not None:
        return None
    try:
        whole = _read_simple(text, m.end(), end)
    except _TooLarge:
        return None
    if whole is None or whole.scale is not None or not 0 < first.value < whole.value:
        return None
    if m.group("every") is None and not (first.in_words and whole.in_words and whole.value in _SHARE_WHOLES):
        return None  # "5 из 10 матчей": a count of matches, not a share told
    return NumberMention(
        first.start, whole.end, text[first.start : whole.end], first.value / whole.value, rule="of-every"
    )


# "год-полтора", "неделю-две", "час-три": a unit noun in the singular, a hyphen and a small count in words, one to
# that count of the unit (of time or measure only: "раз-два" is a count-off, "рюмку-другую" no number).
_UNIT_RANGE_HIGHS = frozenset({1.5, 2.0, 3.0})
_UNIT_RANGE_KINDS = frozenset({"time", "length", "mass", "volume", "area"})
_NOUN_BEFORE_HYPHEN_RE = cache.pattern(r"(?<![\p{L}\p{N}_-])(?P<noun>\p{Ll}{3,8}+)[-\u2010\u2011]\Z", regex.VERSION1)


def _unit_range(text: str, m: regex.Match[str], end: int) -> _Read | None:
    """Read "год-полтора" (1 to 1.5 years): a count in words after a unit noun and a hyphen."""
    word = m.group("word")
    numeral = numerals().get(word.lower()) if word is not None else None
    if numeral is None or numeral.value not in _UNIT_RANGE_HIGHS:
        return None
    before = _NOUN_BEFORE_HYPHEN_RE.search(text, max(0, m.start() - 10), m.start())
    if before is None:
        return None
    noun = before.group("noun")
    parse = next((p for p in _morph.known_parses(noun) if p.tag.POS == "NOUN"), None)
    if parse is None or parse.tag.number != "sing" or parse.tag.case not in {"nomn", "accs"}:
        return None
    lemma = parse.normal_form
    if unit_kinds().get(lemma) not in _UNIT_RANGE_KINDS:
        return None
    start = before.start()
    mention = NumberMention(
        start, m.end(), text[start : m.end()], 1.0, high=numeral.value, in_words=True, fused_unit=lemma,
        rule="unit-range",
    )
    return mention, m.end()


def _number(text: str, m: regex.Match[str], end: int) -> _Read:
    """A number in digits or words, maybe a range (the last rule: it always answers)."""
    rx = _rx()
    pos = _number_start(text, m)
    if isinstance(pos, tuple):
        return pos
    skip = rx.not_a_number.match(text, pos, end)
    if skip is not None:
        return None, skip.end()
    try:
        first = _read_simple(text, pos, end)
    except _TooLarge as too_large:
        return None, too_large.end
    if first is None:
        return None, m.end()
    if not _hyphen_tail_ok(text, first.end, end):
        tail = rx.hyphen_word.match(text, first.end, end)
        scaled = _scale_adjective(text, first, tail)
        if scaled is not None:
            return scaled, scaled.end
        return None, tail.end() if tail is not None else first.end
    share = _slash_share(text, first, end) or _of_every(text, first, end)
    if share is not None:
        return share, share.end
    try:
        rng = _range_mention(text, first, end)
    except _TooLarge:
        rng = None
    if rng is not None:
        return rng, rng.end
    return _single_mention(text, first), first.end


def _scale_adjective(text: str, first: _Simple, tail: regex.Match[str] | None) -> NumberMention | None:
    """Read "25-тысячной армии" (25,000): digits and a scale's adjective after a hyphen; no unit follows from it."""
    if tail is None or not first.digits or first.scale is not None or first.currency is not None:
        return None
    word = tail.group("tail").lower()
    stem = next((s for s in _SCALE_ADJECTIVE_VALUES if word.startswith(s)), None)
    if stem is None or word[len(stem) :] not in _ADJECTIVE_ENDINGS:
        return None
    value = first.value * _SCALE_ADJECTIVE_VALUES[stem]
    return NumberMention(first.start, tail.end(), text[first.start : tail.end()], value, rule="scale-adjective")


def _fused_value(word: str) -> tuple[float, str] | None:
    """
    The number that opens the adjective *word* and the stem of ``fused.tsv`` after it ("двадцатипятилетний" ->
    25, "летн"), else None.

    Its parts are read longest first and must fall in size (hundreds, tens, units), as a numeral's do.
    """
    prefixes = _rx().fused_prefixes
    low, pos, total, last = word.lower(), 0, 0.0, math.inf
    while True:
        part = next((low[pos:i] for i in range(min(len(low), pos + 12), pos, -1) if low[pos:i] in prefixes), None)
        if part is None:
            break
        value = prefixes[part]
        if value >= last or (last < 100 and value >= 10):  # "пятидесяти" is one part, "десятипяти" no number
            return None
        total, last, pos = total + value, value, pos + len(part)
    if not pos:
        return None
    stem = max((t for t in _rx().fused_tails if low.startswith(t, pos)), key=len, default=None)
    # An adjective's ending after the stem: "пятиминутка", a noun, is a meeting, not five minutes.
    return (total, stem) if stem is not None and low[pos + len(stem) :] in _ADJECTIVE_ENDINGS else None


def _in_a_name(text: str, start: int) -> bool:
    """True if the word at *start* is capitalised inside a sentence: part of a name ("Тридцатилетней войны")."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \u00a0")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


def _fused_word(text: str, m: regex.Match[str], end: int) -> _Read | None:
    """Read a number fused into an adjective: "пятилетний" (5), "Трёхкратная" (3), "стопятилетнего" (105)."""
    word = m.group("fused")
    if word is None:
        return None
    found = _fused_value(word)
    if found is None or word.lower().startswith(_rx().fused_idioms) or _in_a_name(text, m.start()):
        return None, m.end()
    value, stem = found
    scale = _SCALE_ADJECTIVE_VALUES.get(stem)
    if scale is not None:
        # "двухмиллионной армии": a size, no unit; "в двухтысячном году" is a year's ordinal, no number.
        nxt = spaced_word_after(text, m.end())
        if nxt is not None and nxt.text.lower().startswith("год"):
            return None, m.end()
        if _decade(word, value * scale, nxt.text if nxt is not None else None):
            return None, m.end()  # "в двухтысячных": the decade, no number
        return NumberMention(m.start(), m.end(), word, value * scale, in_words=True, rule="scale-adjective"), m.end()
    mention = NumberMention(m.start(), m.end(), word, value, in_words=True, fused_unit=fused()[stem], rule="fused-word")
    return mention, m.end()


def _decade(word: str, value: float, after: str | None) -> bool:
    """
    Whether *word*, the scale adjective of *value*, is the plural that names a decade with no noun after it
    (``в двухтысячных``), not a size (``двухтысячные толпы``).
    """
    if value != _DECADE_VALUE or not word.lower().endswith(_PLURAL_ADJECTIVE_ENDINGS):
        return False
    return after is None or not any(p.tag.POS == "NOUN" for p in _morph.parse(after.lower())[:1])


# The one scale adjective that names a decade: "двухтысячные" (the 2000s).
_DECADE_VALUE = 2000.0
_PLURAL_ADJECTIVE_ENDINGS = ("ые", "ых", "ым", "ыми")


# The readers of a candidate, in order; the first that answers wins.
_READERS = (
    ("fused-word", _fused_word),
    ("unit-range", _unit_range),
    ("glued-word", _glued_word),
    ("times", _times_adverb),
    ("times-verb", _times_verb_rule),
    ("every-nth", _every_nth),
    ("number", _number),
)


def _read_at(text: str, m: regex.Match[str], end: int) -> _Read:
    """Read the number whose candidate is *m*; return it (or None) and where to go on."""
    for _name, rule in _READERS:
        found = rule(text, m, end)
        if found is not None:
            return found
    return None, m.end()  # unreachable: the last reader always answers


def extract_numbers(text: str, start: int = 0, end: int | None = None) -> tuple[NumberMention, ...]:
    """
    Find every number in ``text[start:end]``, in text order.

    Numbers in digits, in words or both, with scale words applied, ranges,
    multiplier adverbs and multiplying verbs are found; ordinals, dates,
    times and digits glued into codes or URLs are not. Offsets are offsets
    into *text*. Whether a number is a metric is decided by
    :func:`kzaz_corpus.stages.metrics.extract_metrics`.

    Args:
        text: The text to search.
        start: Where to start searching.
        end: Where to stop searching (default: the end of *text*).

    Returns:
        The numbers found, possibly none.

    >>> [(n.surface, n.value) for n in extract_numbers("Экспорт вырос на 62 процента и составил 4,5 миллиона тонн.")]
    [('62', 62.0), ('4,5 миллиона', 4500000.0)]
    >>> n = extract_numbers("за 15–18 дней")[0]
    >>> (n.value, n.high)
    (15.0, 18.0)
    >>> [n.value for n in extract_numbers("31-е заседание, удвоить оборот до $3 млрд. 517 млн")]
    [2.0, 3517000000.0]

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_numbers expects str, got {type(text).__name__}")
    stop = len(text) if end is None else max(0, min(end, len(text)))
    text = readable_digits(text, max(0, start), stop)
    out: list[NumberMention] = []
    pos = max(0, start)
    candidate = _rx().candidate
    restart = True
    while restart:
        restart = False
        for m in candidate.finditer(text, pos, stop):
            if m.start() < pos:
                if m.end() <= pos:
                    continue  # inside the number just read
                restart = True  # overlaps where reading goes on: scan again from there
                break
            found, nxt = _read_at(text, m, stop)
            if found is not None:
                out.append(found)
            pos = max(nxt, m.end(), pos + 1)
    return tuple(out)


def parse_number(text: str) -> float:
    """
    Read a Russian number written in digits, words or both, with scale applied.

    The whole of *text*, apart from surrounding white space, must be one
    number; a range gives its low end.

    Args:
        text: The number as written.

    Returns:
        The value as a float.

    Raises:
        ParseError: if *text* holds no number, or more than a number.

    >>> parse_number("полтора миллиона")
    1500000.0
    >>> parse_number("одного миллиарда")
    1000000000.0
    >>> parse_number("1\\u00a0800")
    1800.0
    >>> parse_number("$529,4 млн")
    529400000.0
    >>> parse_number("двадцать пять тысяч")
    25000.0
    >>> parse_number("тонна")
    Traceback (most recent call last):
    ...
    kzaz_corpus.errors.ParseError: expected a number, got 'тонна'

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects str, got {type(text).__name__}")
    stripped = text.strip()
    offset = text.find(stripped) if stripped else 0
    found = extract_numbers(stripped)
    if len(found) == 1 and found[0].start == 0 and not found[0].multiplier:
        rest = stripped[found[0].end :]
        if not rest or (rest == "." and found[0].scale is not None):  # "615 тыс."
            return found[0].value
    pos = offset + (found[0].end if found and found[0].start == 0 else 0)
    raise ParseError(f"expected a number, got {text[:80]!r}", text=text, pos=pos)
