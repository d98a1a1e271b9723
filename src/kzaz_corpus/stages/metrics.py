"""
Stated quantities: which figures an article gives, and what they measure.

Facts (the rules in *What counts*, docs/explanation/what-counts.md, "Metrics"):

- A metric is a number (digits or words, see :mod:`kzaz_corpus.stages.numbers`) with
  what it measures: money, physical quantities, percentages, durations,
  counts of things and multipliers (``в пять раз``, ``вдвое``, ``удвоить``:
  unit ``раз``).
- ``surface`` is the qualifier right before the number (``почти``, ``более
  чем на``, ``до`` meaning "up to"), the number, the scale word and the unit
  with any adjectives before it (``порядка 15 кирпичных заводов``).
- ``до`` after a verb of reaching or change (``довести … до``, ``подорожал
  до``, ``с 17% до 19%``) is not a qualifier and stays out of the surface.
- ``unit`` is a lemma: symbols and abbreviations come from ``units.tsv``
  (``%`` -> ``процент``, ``$`` -> ``доллар``), words from morphology
  (``тонн`` -> ``тонна``); a scale word alone gives no unit (``1,5 млрд``).
- Excluded: years (``в 2024 году``, ``2025–2027 годы``), days (``20
  января``, ``7 числа``), ordinals and numbers in names (dropped by the
  number reader), bare numbers that measure nothing (``Россия 24``) and
  numbers in words that count participants (``двух стран``, ``обоих
  народов``).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex
from attrs import frozen

from ..lexicon import morph as _morph
from ..lexicon.numbers import alternation, exclusions, numerals, qualifiers, scales, unit_kinds, units, verbs
from ..model import TEXT_KINDS, DateMention, Metric, MetricKind, Paragraph, Qualifier
from ..text.chars import HSPACE
from ..text.doc import Doc
from .numbers import NumberMention, extract_numbers

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse


__all__ = ["extract_metrics", "run"]

# Case is ignored only around words (``(?i:…)`` or ``_F``): the regex engine
# is many times slower on letter classes when the whole pattern ignores case.
_F = regex.IGNORECASE | regex.VERSION1
_V = regex.VERSION1
_HS = HSPACE
_END_WORD = r"(?![\p{L}\p{N}_])"
_BODY_KINDS = TEXT_KINDS

_WORD_RE = regex.compile(r"[\p{L}][\p{L}\-]{0,40}+")
# Where a clause starts, looking back from a number.
_CLAUSE_BREAK = frozenset('.;:!?()«»"“”„\n,')
# What may stand between a change and the level it leads to: "с 17% до 19%",
# "на 2,3% — до 512 тенге", "на 5%, до 120 млрд".
_AFTER_CHANGE = " \t\u00a0\u2009\u202f,\u2013\u2014-"
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
_MODIFIER_POS = frozenset({"ADJF", "PRTF"})
_VERB_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct", "gen2", "loc2"})
_PRONOUNS = frozenset({"его", "ее", "её", "их", "он", "она", "оно", "они", "это", "этот", "эта", "эти", "нему", "него"})


class _Patterns:
    """The patterns and word sets built from the tables, compiled once on first use (see :func:`_rx`)."""

    def __init__(self) -> None:
        qualifier_words = alternation(qualifiers())
        # "до 5 тысяч человек": the qualifier phrase right before the number, with
        # "чем" after a comparative and "на"/"в" before the number ("более чем на 27 %",
        # "примерно на 45 миллиардов лари", "почти в два раза").
        self.qualifier_before = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}_])(?i:(?P<q>{qualifier_words})(?:{_HS}++чем)?+"
            rf"(?:{_HS}++(?P<prep>на|в))?+){_HS}++\Z",
            _V,
        )
        # The last words of every qualifier phrase, and the prepositions the grammar takes in.
        self.qualifier_tails = frozenset(p.split()[-1] for p in qualifiers()) | {"чем", "на", "в"}
        # "в пять раз", "В десять раз": the preposition of a multiplier.
        self.times_prep = regex.compile(rf"(?<![\p{{L}}\p{{N}}_])во?+{_HS}++\Z", _F)
        # "до 415 выросло число судов", "увеличилось на 12": a bare number governed by a verb.
        self.to_or_by_before = regex.compile(rf"(?<![\p{{L}}])(?:до|на){_HS}++\Z", _F)
        # "вырос на 62 процента": "на" before the number marks a change.
        self.na_before = regex.compile(rf"(?<![\p{{L}}\p{{N}}_])на{_HS}++\Z", _F)
        # "в том числе более 460", "из них 20": a part of the figure just given.
        self.part_of = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}_])(?:в{_HS}++том{_HS}++числе|в{_HS}++т\.{_HS}*+ч\.|из{_HS}++(?:них|которых))"
            rf"{_HS}*+\p{{P}}?+{_HS}*+(?:{qualifier_words}{_HS}++)?+\Z",
            _F,
        )
        # "20 января", "24-25 января", "2 сен", "7 числа": a day of a month.
        self.date_after = regex.compile(
            rf"{_HS}*+(?:(?i:{alternation(exclusions('date-stem'))})\p{{L}}*+"
            rf"|(?i:{alternation(exclusions('date-abbr'))})\.?+{_END_WORD})",
            _V,
        )
        # "40-процентный рост": a hyphenated percent adjective is the unit.
        self.percent_adj = regex.compile(r"[-\u2010\u2011](?i:процентн)\p{L}{0,6}+", _V)
        # Unit symbols and abbreviations from units.tsv ("%", "млн. тонн", "долл.", "кв. м").
        self.symbol_forms = {form.lower(): u for form, u in units().items() if not form.isalpha() or len(form) <= 3}
        self.unit_symbol = regex.compile(
            rf"{_HS}*+(?P<u>{alternation(self.symbol_forms)})(?:(?<=\.)|{_END_WORD})",
            _F,
        )
        # "23 миллиарда в лари": a currency after a scale word and "в".
        self.in_currency = regex.compile(rf"{_HS}++[вВ]{_HS}++(?P<w>\p{{L}}++)", _V)
        # A word after the number, separated by spaces only ("IT-компаний" included).
        self.next_word = regex.compile(rf"{_HS}++(?P<w>[\p{{L}}][\p{{L}}\-]{{0,40}}+){_END_WORD}", _V)
        # A year or a span of years: "2024", "2025–2027".
        self.year = regex.compile(r"\A\d{4}(?:\s*+[-\u2010-\u2014\u2212]\s*+\d{4})?+\Z")
        self.participants = exclusions("participant")
        self.references = exclusions("reference")
        self.year_units = exclusions("year")


@functools.cache
def _rx() -> _Patterns:
    """The compiled patterns, built on first use so that importing stays cheap."""
    return _Patterns()


@frozen
class _Unit:
    lemma: str
    kind: str  # a units.tsv kind, or "count" for a counted noun
    end: int


def _parse_agrees(parse: Parse, n: NumberMention) -> bool:
    """Whether a noun parse can be what *n* counts (case and number after a numeral)."""
    tag = parse.tag
    case = tag.case
    if n.scale is not None or (n.high is not None and n.high != int(n.high)) or n.value != int(n.value):
        return case in ("gent", "gen2")
    if tag.number == "plur" and case in _OBLIQUE:
        return True
    v = abs(int(n.high if n.high is not None else n.value))
    last, last2 = v % 10, v % 100
    if tag.number == "sing":
        if last == 1 and last2 != 11:
            return True
        return case in ("gent", "gen2") and 2 <= last <= 4 and not 12 <= last2 <= 14
    return tag.number == "plur" and 2 <= last <= 4 and not 12 <= last2 <= 14


def _noun_lemma(word: str, n: NumberMention | None) -> tuple[str, Parse] | None:
    """The lemma of *word* read as a common noun agreeing with *n* (any noun if *n* is None)."""
    for parse in _morph.parse(word.lower()):
        if parse.tag.POS != "NOUN" or _NAME_TAGS & parse.tag.grammemes:
            continue
        if n is None or _parse_agrees(parse, n):
            return str(parse.normal_form), parse
    return None


def _is_modifier(word: str) -> bool:
    """Whether *word* can be an adjective or participle (not a pronoun like "этот")."""
    return any(p.tag.POS in _MODIFIER_POS and "Apro" not in p.tag.grammemes for p in _morph.parse(word.lower()))


def _unit_kind(lemma: str) -> str:
    return unit_kinds().get(lemma, "count")


# After a reference noun: a number of what it cites ("статьи 189", "части 2-й").
_CITED_NUMBER_RE = regex.compile(r"[^\S\r\n]{1,3}+(?:№[^\S\r\n]?+)?+\d")
# "т. е.", "т.д.", "т.к.", "т.н.", "т.п.": abbreviations a one-letter unit must not swallow.
_ABBREVIATION_RE = regex.compile(r"т\.[^\S\r\n]?+[едкнп]\.")


def _unit_after(text: str, n: NumberMention, stop: int) -> _Unit | None:
    """Find the unit written after number *n*: a symbol, an abbreviation or a counted noun."""
    rx = _rx()
    p = n.end
    m = rx.percent_adj.match(text, p, stop)
    if m is not None:
        return _Unit("процент", "percent", m.end())
    if n.currency is not None:
        return _Unit(n.currency, "currency", p)
    if n.scale is not None and p < stop and text[p] == ".":
        p += 1  # "6,4 млн. тонн": the abbreviation's dot belongs to the unit only if one follows
    m = rx.unit_symbol.match(text, p, stop)
    if m is not None and _ABBREVIATION_RE.match(text, m.start("u"), stop) is not None:
        m = None  # "5 т. е.", "и т.д.": a Russian abbreviation, not the tonne
    if m is not None:
        u = rx.symbol_forms[m.group("u").lower()]
        return _Unit(u.lemma, u.kind, m.end())
    if n.scale is not None:
        m = rx.in_currency.match(text, p, stop)
        if m is not None:
            word = m.group("w").lower()
            lemma = units()[word].lemma if word in units() else _morph.lemma(word)
            if _unit_kind(lemma) == "currency":
                return _Unit(lemma, "currency", m.end())
    modifiers: list[str] = []
    for _ in range(3):
        m = rx.next_word.match(text, p, stop)
        if m is None:
            return None
        word = m.group("w")
        head = word.rsplit("-", 1)[-1] if "-" in word else word
        if not head or not head[0].islower() or (word[0].isupper() and "-" not in word):
            return None
        low = head.lower()
        if low in units() and _ABBREVIATION_RE.match(text, m.start("w"), stop) is not None:
            return None  # "5 т. е.", "и т.д.": a Russian abbreviation, not the tonne
        if low in units():
            u = units()[low]
            return _Unit(u.lemma, u.kind, m.end())
        found = _noun_lemma(low, n)
        if found is not None and len(modifiers) < 2 and _is_modifier(low):
            ahead = rx.next_word.match(text, m.end(), stop)
            if ahead is not None and ahead.group("w")[0].islower() and _noun_lemma(ahead.group("w"), n):
                found = None  # "четыре новые линии": an adjective that could be a noun
        if found is not None:
            lemma = found[0]
            if modifiers:
                phrase = f"{_morph.lemma(modifiers[-1])} {lemma}"
                if phrase in unit_kinds():
                    return _Unit(phrase, unit_kinds()[phrase], m.end())
            end = m.end()
            kind = _unit_kind(lemma)
            if kind == "classifier":
                more = rx.next_word.match(text, end, stop)
                if more is not None and _noun_lemma(more.group("w"), None) is not None:
                    end = more.end()  # "40 видов перчаток"
            return _Unit(lemma, kind, end)
        if len(modifiers) == 2 or not _is_modifier(low):
            return None
        modifiers.append(low)
        p = m.end()
    return None


def _word_before(text: str, lo: int, pos: int) -> str:
    """The word that ends right before *pos* (after white space), lower-cased, or ""."""
    i = pos - 1
    while i >= lo and text[i] in " \t\u00a0\u2009\u202f\u2007":
        i -= 1
    j = i
    while j >= lo and j > i - 16 and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1].lower()


def _clause_start(text: str, lo: int, pos: int) -> int:
    """The start of the clause that holds *pos*, at most 160 characters back."""
    i = pos - 1
    floor = max(lo, pos - 160)
    while i >= floor:
        if text[i] in _CLAUSE_BREAK and not (
            text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        ):
            break  # a decimal comma ("на 2,3%") does not end a clause
        i -= 1
    return i + 1


def _words(text: str, lo: int, hi: int) -> list[regex.Match[str]]:
    return list(_WORD_RE.finditer(text, lo, hi))


@functools.lru_cache(maxsize=100_000)
def _verb_role(word: str) -> tuple[str, bool] | None:
    """The role of *word* in verbs.tsv and whether it looks ahead (infinitive or future)."""
    for parse in _morph.parse(word.lower()):
        role = verbs().get(str(parse.normal_form))
        if role is None:
            continue
        if role == "change-noun":
            if parse.tag.POS == "NOUN":
                return role, False
            continue
        if parse.tag.POS not in _VERB_POS:
            continue
        ahead = parse.tag.POS == "INFN" or (parse.tag.tense == "futr")
        return role, ahead
    return None


@frozen
class _Governor:
    start: int
    end: int
    role: str
    ahead: bool


def _governor(text: str, lo: int, pos: int, after: int, hi: int) -> _Governor | None:
    """The nearest verb of change, reaching or level before *pos* in its clause, or right after *after*."""
    start = _clause_start(text, lo, pos)
    for m in reversed(_words(text, start, pos)[-8:]):
        found = _verb_role(m.group())
        if found is not None and found[0] != "change-noun":
            return _Governor(m.start(), m.end(), found[0], found[1])
    for m in _words(text, after, min(hi, after + 40))[:2]:
        found = _verb_role(m.group())
        if found is not None and found[0] != "change-noun":
            return _Governor(m.start(), m.end(), found[0], found[1])
    return None


def _change_noun_before(text: str, lo: int, pos: int) -> bool:
    """Whether a noun naming a change stands in the clause before *pos* ("рост составил 2 процента")."""
    start = _clause_start(text, lo, pos)
    for m in _words(text, start, pos)[-10:]:
        found = _verb_role(m.group())
        if found is not None and found[0] == "change-noun":
            return True
    return False


def _anaphoric_unit(text: str, lo: int, n: NumberMention, hi: int, prev: Sequence[Metric]) -> str | None:
    """The unit of a bare number, from its context ("в том числе более 460", "было более десяти")."""
    if prev and _rx().part_of.search(text, max(lo, n.start - 40), n.start):
        return prev[-1].unit
    words = _words(text, n.end, min(hi, n.end + 80))[:5]
    for i, m in enumerate(words[:-1]):
        if _morph.lemma(m.group().lower()) in ("число", "количество"):
            for m2 in words[i + 1 :]:
                found = _noun_lemma(m2.group(), None)
                if found is not None:
                    return found[0]
            break
    window = max(lo, n.start - 120)
    taken = []
    for x in reversed(prev):  # only figures inside the window matter; prev is in text order
        if x.end <= window:
            break
        taken.append((x.start, x.end))
    for m in reversed(_words(text, window, n.start)[-10:]):
        if any(a <= m.start() < b for a, b in taken) or m.group().lower() in _PRONOUNS:
            continue
        for parse in _morph.parse(m.group().lower()):
            if parse.tag.POS == "NOUN" and parse.tag.number == "plur" and parse.tag.case == "gent":
                if not _NAME_TAGS & parse.tag.grammemes:
                    return str(parse.normal_form)
    return None


def _noun_phrase_at(text: str, words: Sequence[regex.Match[str]], i: int) -> tuple[int, int]:
    """The span of the noun phrase whose head is ``words[i]``: adjectives before, genitives after."""
    head = words[i]
    start = head.start()
    j = i - 1
    while j >= 0 and _is_modifier(words[j].group()) and text[words[j].end() : start].strip() == "":
        start = words[j].start()
        j -= 1
    end = head.end()
    k = i + 1
    while k < len(words) and k <= i + 3 and text[end : words[k].start()].strip() == "":
        w = words[k].group().lower()
        parses = _morph.parse(w)
        if len(w) > 1 and parses and parses[0].tag.POS in ("NOUN", "ADJF", "PRTF") and parses[0].tag.case == "gent":
            end = words[k].end()
            k += 1
            continue
        break
    return start, end


def _is_noun(word: str, case: str | None = None) -> bool:
    low = word.lower()
    if low in _PRONOUNS:
        return False
    for p in _morph.parse(low)[:2]:
        if p.tag.POS == "NOUN" and not _NAME_TAGS & p.tag.grammemes and (case is None or p.tag.case == case):
            return True
    return False


def _subject(
    text: str, s_lo: int, s_hi: int, start: int, end: int, gov: _Governor | None, times_verb: bool
) -> str | None:
    """The noun phrase measured: an object after a verb, a subject before it, or a genitive after the figure."""
    if times_verb:  # "удвоить двусторонний товарооборот"
        words = _words(text, end, min(s_hi, end + 80))[:4]
        for i, m in enumerate(words):
            if _is_noun(m.group()):
                a, b = _noun_phrase_at(text, words, i)
                return text[a:b]
            if not _is_modifier(m.group()):
                break
        return None
    if gov is not None and gov.end <= start:
        between = _words(text, gov.end, start)
        for i, m in enumerate(between):
            if any(ch.isdigit() for ch in text[between[i - 1].end() if i else gov.end : m.start()]):
                continue  # "за последние 3 года": a period, not the object
            if _is_noun(m.group(), "accs") or _is_noun(m.group(), "nomn"):
                a, b = _noun_phrase_at(text, between, i)
                if b <= start:
                    return text[a:b]
        before = _words(text, max(s_lo, gov.start - 120), gov.start)
        for i in range(len(before) - 1, -1, -1):
            gap_start = before[i - 1].end() if i else max(s_lo, gov.start - 120)
            if any(ch.isdigit() for ch in text[gap_start : before[i].start()]):
                continue  # "на 2026 год": part of a date, not the subject
            if i and any(p.tag.POS == "PREP" for p in _morph.parse(before[i - 1].group().lower())[:1]):
                continue  # "в Грузии": a prepositional phrase
            if _is_noun(before[i].group(), "nomn"):
                a, b = _noun_phrase_at(text, before, i)
                return text[a:b]
        return None
    words = _words(text, end, min(s_hi, end + 80))[:4]
    for i, m in enumerate(words):
        if text[end if i == 0 else words[i - 1].end() : m.start()].strip():
            break
        if _is_noun(m.group(), "gent"):
            a, b = _noun_phrase_at(text, words, i)
            return text[a:b]
        if not _is_modifier(m.group()):
            break
    return None


def _bare_scale(n: NumberMention) -> str | None:
    """The grammatical number of a lone scale word ("миллиарду" -> "sg"), else None."""
    s = scales().get(n.surface.lower())
    return s.number if s is not None else None


def _metric(
    text: str, par: Paragraph, n: NumberMention, prev: Sequence[Metric], sentences: _Sentences
) -> Metric | None:
    """Decide whether number *n* is a metric, and build it."""
    rx = _rx()
    lo, hi = par.start, par.end
    if rx.date_after.match(text, n.end, hi) and not n.multiplier:
        return None
    word = n.surface.lower()
    numeral = numerals().get(word)
    if numeral is not None and numeral.cls == "both":
        return None
    unit = None if n.multiplier else _unit_after(text, n, hi)
    if rx.year.match(n.surface) and 1000 <= n.value <= 2100 and (unit is None or unit.lemma in rx.year_units):
        return None
    if unit is not None and n.in_words and unit.lemma in rx.participants and n.value <= 3:
        return None  # "двух стран", "обоих народов", "три стороны"; but "в десять стран" is a count
    if unit is not None and unit.lemma in rx.references and _CITED_NUMBER_RE.match(text, unit.end, hi):
        return None  # "по части 4 статьи 189", "пункту 3 статьи 12": a citation of a legal text
    start, end = n.start, (unit.end if unit is not None else n.end)
    is_times = n.multiplier or (unit is not None and unit.kind == "multiplier")
    times_prep = False
    if is_times and not n.multiplier:
        m = rx.times_prep.search(text, max(lo, start - 4), start)
        if m is not None:
            start, times_prep = m.start(), True  # "в пять раз"
    qualifier: Qualifier | None = None
    gov: _Governor | None = None
    q = None
    if _word_before(text, lo, start) in rx.qualifier_tails:
        q = rx.qualifier_before.search(text, max(lo, start - 40), start)
    if q is not None:
        phrase = q.group("q").lower()
        value = qualifiers()[phrase]
        prep = "в" if times_prep else (q.group("prep") or "").lower()
        if prep == "в" and (value != "approx" or not is_times):
            q = None  # "стало больше в 2,6 раза": a comparative, not a qualifier
        elif phrase == "до":
            gov = _governor(text, lo, q.start(), end, hi)
            # Only the nearest earlier figure can end right before "до" (a later
            # one would stand in between); the gap is short or it is not "right before".
            last = prev[-1] if prev else None
            follows = (
                last is not None
                and 0 <= q.start() - last.end <= 40
                and text[last.end : q.start()].strip(_AFTER_CHANGE) == ""
            )
            noun = _verb_role(_word_before(text, lo, q.start()) or "-")
            if (gov is not None and gov.role in ("change", "reach")) or follows or noun == ("change-noun", False):
                q = None  # "довести его до …", "с 17% до 19%", "на 2,3%, до 512 тенге", "рост до 5%"
            else:
                gov = None
    if q is not None:
        qualifier = qualifiers()[q.group("q").lower()]  # type: ignore[assignment]
        start = q.start()
    bare = _bare_scale(n)
    if bare == "pl" or bare == "abbr" or (bare == "amb" and qualifier is None):
        return None
    unit_lemma = unit.lemma if unit is not None else ("раз" if n.multiplier else None)
    if unit is None and n.scale is None and not n.multiplier:
        governed = gov is not None or (
            q is None
            and rx.to_or_by_before.search(text, max(lo, start - 4), start) is not None
            and _governor(text, lo, start, end, hi) is not None
        )
        if qualifier is None and not governed:
            return None
        if n.value != int(n.value) and qualifier is None:
            return None
        unit_lemma = _anaphoric_unit(text, lo, n, hi, prev)
    # Kind: multiplier, change, target, count or level.
    if gov is None:
        gov = _governor(text, lo, start, end, hi)
    kind: MetricKind
    if is_times:
        kind = "multiplier"
        unit_lemma = "раз"
    elif (q is not None and q.group("prep") and q.group("prep").lower() == "на") or (
        rx.na_before.search(text, max(lo, start - 4), start) is not None
        and ((gov is not None and gov.role == "change") or _change_noun_before(text, lo, start))
    ):
        kind = "change"
    elif _change_noun_before(text, lo, start) and gov is not None and gov.role == "level":
        kind = "change"  # "рост составил 2 процента"
    elif gov is not None and gov.role in ("reach", "change") and gov.ahead:
        kind = "target"  # "довести … до одного миллиарда долларов"
    elif unit_lemma is not None and _unit_kind(unit_lemma) in ("count", "classifier"):
        kind = "count"
    elif unit_lemma is None and n.scale is None:
        kind = "count"
    else:
        kind = "level"
    sentence = sentences.of(n.start)
    subject = _subject(text, sentence[0], sentence[1], start, end, gov, n.rule == "times-verb")
    return Metric(
        start=start,
        end=end,
        surface=text[start:end],
        value=n.value,
        high=n.high,
        unit=unit_lemma,
        qualifier=qualifier,
        kind=kind,
        subject=subject,
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        rule=n.rule,
    )


class _Sentences:
    """
    The sentences of one paragraph, split only when a metric asks for its sentence.

    Most paragraphs with numbers hold no metric (dates, years): their
    sentences are never split.
    """

    def __init__(self, doc: Doc, par: Paragraph) -> None:
        self.doc, self.par = doc, par
        self.spans: tuple[tuple[int, int], ...] | None = None
        self.starts: list[int] = []

    def of(self, pos: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence that holds *pos*."""
        if self.spans is None:
            self.spans = self.doc.sentences(self.par)
            self.starts = [s for s, _ in self.spans]
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        return self.par.start, self.par.end


def _period(dates: Sequence[DateMention], metric: Metric) -> DateMention | None:
    """The time expression in the metric's sentence nearest to it, preferring one before it."""
    s_lo, s_hi = metric.sentence_start or 0, metric.sentence_end or 0
    best: tuple[int, DateMention] | None = None
    for d in dates:
        if d.end <= s_lo or d.start >= s_hi or (d.start < metric.end and metric.start < d.end):
            continue
        distance = metric.start - d.end if d.end <= metric.start else 1000 + d.start - metric.end
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best is not None else None


def extract_metrics(
    text: str, paragraphs: Sequence[Paragraph], *, dates: Sequence[DateMention] = ()
) -> tuple[Metric, ...]:
    """
    Find every stated quantity in the body of *text*.

    Only ``body``, ``title`` and ``subheading`` paragraphs are searched; with
    no paragraphs at all, every non-blank line is. Each metric carries its
    value (scale applied), range end, unit lemma, qualifier, kind, the noun
    phrase it measures when one is found, the sentence it came from, and the
    time expression from *dates* in that sentence that it refers to.

    Args:
        text: The article text.
        paragraphs: The article's classified lines (see :class:`~kzaz_corpus.model.Paragraph`).
        dates: Time expressions already found in *text*, for linking periods.

    Returns:
        The metrics, sorted by start offset.

    >>> t = "В прошлом году объем грузоперевозок вырос на 62 процента и составил 4,5 миллиона тонн."
    >>> [(m.surface, m.value, m.unit, m.kind) for m in extract_metrics(t, ())]
    [('62 процента', 62.0, 'процент', 'change'), ('4,5 миллиона тонн', 4500000.0, 'тонна', 'level')]
    >>> m = extract_metrics("Решено удвоить товарооборот и довести его до почти полутора миллионов тонн.", ())
    >>> [(x.surface, x.value, x.unit, x.qualifier) for x in m]
    [('удвоить', 2.0, 'раз', None), ('почти полутора миллионов тонн', 1500000.0, 'тонна', 'approx')]

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_metrics expects str, got {type(text).__name__}")
    # With no paragraphs at all, every non-blank line is read.
    return run(Doc(text, tuple(paragraphs) or None), dates=dates)


def run(doc: Doc, *, dates: Sequence[DateMention] = ()) -> tuple[Metric, ...]:
    """
    The metrics stage: every stated quantity of *doc*, linked to the time expression of its sentence.

    Reads the document's text, paragraphs and sentences, and the dates stage's output.

    >>> [m.surface for m in run(Doc("Экспорт вырос на 5%.Импорт упал на 2%."))]
    ['5%', '2%']
    """
    text = doc.text
    out: list[Metric] = []
    for par in doc.body:
        found = extract_numbers(text, par.start, par.end)
        if not found:
            continue
        sentences = _Sentences(doc, par)
        here: list[Metric] = []
        for n in found:
            metric = _metric(text, par, n, here, sentences)
            if metric is not None:
                here.append(metric)
        out.extend(here)
    if dates:
        import attrs

        out = [attrs.evolve(m, period=_period(dates, m)) for m in out]
    out.sort(key=lambda m: (m.start, m.end))
    return tuple(out)
