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
  (``%`` -> ``процент``, ``$`` -> ``доллар``; technical ones as written:
  ``МВт``, ``кВт/ч``, ``TEU``), words from morphology (``тонн`` -> ``тонна``)
  past adjectives (``12 золотых медалей`` -> ``медаль``), with fixed
  two-word names kept (``рабочее место``); a scale word alone gives no unit
  (``1,5 млрд``). Shares (``на треть``, ``две трети``, ``каждый пятый``)
  are metrics with no unit.
- ``subject`` is the measured thing as a lemma phrase with its parties
  (``товарооборот Узбекистана и Кыргызстана``); ``period_start`` and
  ``period_end`` are the days of the date mention the sentence gives it.
- Each decision is an ordered tuple of small named rules, the first answer
  winning: the unit, the exclusions, the acceptance of a bare number and
  the kind.
- Excluded: years (``в 2024 году``, ``2025–2027 годы``), days (``20
  января``, ``7 числа``), ordinals and numbers in names (dropped by the
  number reader), bare numbers that measure nothing (``Россия 24``) and
  numbers in words that count participants (``двух стран``, ``обоих
  народов``), ``один`` saying "a" or "one of" (``еще один договор``) and a
  group pointed back at (``эти три страны``).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex
from attrs import define, evolve, frozen

from .. import cache
from ..lexicon import morph as _morph
from ..lexicon.numbers import (
    alternation,
    elliptic,
    exclusions,
    fused,
    livestock,
    measures,
    numerals,
    qualifiers,
    scales,
    unit_kinds,
    units,
    verbs,
)
from ..lexicon.quotes import country_of
from ..lexicon.scripts import cyrillic_doc
from ..model import DateMention, Metric, MetricKind, Paragraph, Qualifier
from ..text.chars import DEGREE, HSPACE
from ..text.doc import Doc, Word, in_code, iter_words_in, spaced_word_after, word_at, words_in
from .numbers import A_LITTLE_MORE, NumberMention, extract_numbers

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse


__all__ = ["extract_metrics", "run"]

# Case is ignored only around words (``(?i:…)`` or ``_F``): the regex engine
# is many times slower on letter classes when the whole pattern ignores case.
_F = regex.IGNORECASE | regex.VERSION1
_V = regex.VERSION1
_HS = HSPACE
# Words that narrow a part to "only" before it: "Из 40 проектов одобрены только 12", "Из 120 кардиналов лишь 62".
_ONLY_WORDS = ("только", "лишь", "всего", "ещё", "еще")
_END_WORD = r"(?![\p{L}\p{N}_])"



def _next_word(text: str, p: int, stop: int) -> Word | None:
    """
    The word after the horizontal spaces at *p*, if it ends by *stop* (from the article's one tokenisation).

    A word with a digit in it (``м2``) is no word here.
    """
    w = spaced_word_after(text, p, most=None)
    return w if w is not None and w.end <= stop and not in_code(text, w) else None


def _word_after_dot(text: str, p: int, stop: int) -> Word | None:
    """The word right after a full stop at ``p - 1`` and any spaces: ``5 т.сырья``."""
    if p == 0 or text[p - 1] != ".":
        return None
    w = word_at(text, p) or spaced_word_after(text, p, most=None)
    return w if w is not None and w.end <= stop and not in_code(text, w) else None
# Where a clause starts, looking back from a number.
_CLAUSE_BREAK = frozenset('.;:!?()«»"“”„\n,')
# What may stand between a change and the level it leads to: "с 17% до 19%",
# "на 2,3% — до 512 тенге", "на 5%, до 120 млрд".
_AFTER_CHANGE = " \t\u00a0\u2009\u202f,\u2013\u2014-)"
_NAME_TAGS = _morph.PROPER_TAGS | {"Trad", "Abbr"}
_MODIFIER_POS = frozenset({"ADJF", "PRTF"})
_VERB_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct", "gen2", "loc2"})
# "будет увеличена": a future auxiliary before a participle makes the figure a target.
_FUTURE_AUX = frozenset({"будет", "будут", "будем", "будете", "буду", "будешь"})
# Prepositions between a qualifier and its number: "почти в 50 странах", "более чем за год", "как минимум к 20".
_QUALIFIED_PREPOSITIONS = frozenset(
    {"на", "в", "во", "за", "через", "для", "до", "из", "от", "по", "с", "со", "к", "ко"}
)
_PRONOUNS = frozenset({"его", "ее", "её", "их", "он", "она", "оно", "они", "это", "этот", "эта", "эти", "нему", "него"})


class _Patterns:
    """The patterns and word sets built from the tables, compiled once on first use (see :func:`_rx`)."""

    def __init__(self) -> None:
        qualifier_words = alternation(qualifiers())
        # "до 5 тысяч человек": the qualifier phrase right before the number, with
        # "чем" after a comparative and a preposition before the number ("более чем на 27 %",
        # "примерно на 45 миллиардов лари", "почти в два раза", "более чем в 130 фильмах",
        # "менее чем через три дня", "примерно до 3,2 трлн").
        self.qualifier_before = cache.pattern(
            rf"(?<![\p{{L}}\p{{N}}_])(?i:(?P<q>{qualifier_words})(?:{_HS}++(?P<than>чем))?+"
            rf"(?:{_HS}++(?P<prep>{alternation(_QUALIFIED_PREPOSITIONS)}))?+){_HS}++\Z",
            _V,
        )
        # The last words of every qualifier phrase (a hyphenated one's last part: "где-то"), and the prepositions the
        # grammar takes in.
        tails = frozenset(p.split()[-1].rsplit("-", 1)[-1] for p in qualifiers())
        self.qualifier_tails = tails | {"чем"} | _QUALIFIED_PREPOSITIONS
        # "в пять раз", "В десять раз": the preposition of a multiplier.
        self.times_prep = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])во?+{_HS}++\Z", _F)
        # "до 415 выросло число судов", "увеличилось на 12": a bare number governed by a verb.
        self.to_or_by_before = cache.pattern(rf"(?<![\p{{L}}])(?:до|на){_HS}++\Z", _F)
        # "вырос на 62 процента": "на" before the number marks a change.
        self.na_before = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])на{_HS}++\Z", _F)
        # "в том числе более 460", "из них 20": a part of the figure just given.
        self.part_of = cache.pattern(
            rf"(?<![\p{{L}}\p{{N}}_])(?:в{_HS}++том{_HS}++числе|в{_HS}++т\.{_HS}*+ч\.|из{_HS}++(?:них|которых))"
            rf"{_HS}*+\p{{P}}?+{_HS}*+(?:{qualifier_words}{_HS}++)?+\Z",
            _F,
        )
        # "20 января", "24-25 января", "2 сен", "7 числа": a day of a month.
        # Not a month's adjective: "три ноябрьские победы" counts wins.
        self.date_after = cache.pattern(
            rf"{_HS}*+(?:(?i:{alternation(exclusions('date-stem'))})(?![\p{{L}}]*?ск)\p{{L}}*+"
            rf"|(?i:{alternation(exclusions('date-abbr'))})\.?+{_END_WORD})",
            _V,
        )
        # "40-процентный рост", "16-этажного дома": an adjective fused with the number names the unit.
        self.fused_adj = cache.pattern(rf"[-\u2010\u2011](?P<stem>(?i:{alternation(fused())}))\p{{L}}{{0,6}}+", _V)
        # "85-ти летний", "5-ти этажный": a number with its case ending, then the adjective as a word of its own.
        self.fused_spaced = cache.pattern(rf"{_HS}++(?P<stem>(?i:{alternation(fused())}))\p{{L}}{{0,6}}+", _V)
        # Unit symbols and abbreviations from units.tsv ("%", "млн. тонн", "долл.", "кв. м", "кВт/ч").
        self.symbol_forms = {form.lower(): u for form, u in units().items() if not form.isalpha() or len(form) <= 3}
        # Two-letter symbols whose case tells them from a word's abbreviation: "кВ" (kilovolt), not "3 кв. 2019 г."
        self.case_symbols = {f.lower(): f for f in units() if len(f) == 2 and f.isalpha() and not f.islower()}
        self.unit_symbol = cache.pattern(
            rf"{_HS}*+(?P<u>{alternation(self.symbol_forms)})(?:(?<=[.²])|{_END_WORD})",
            _F,
        )
        # "в рублях более 3,5 миллиона": a currency with "в" right before a figure.
        self.in_currency_before = cache.pattern(
            rf"(?<![\p{{L}}\p{{N}}_])[вВ]{_HS}++(?P<w>\p{{L}}++)[,{_HS[1:-1]}]*+\Z", _V
        )
        # "23 миллиарда в лари": a currency after a scale word and "в".
        self.in_currency = cache.pattern(rf"{_HS}++[вВ]{_HS}++(?P<w>\p{{L}}++)", _V)
        # A word after the number, separated by spaces only ("IT-компаний" included).
        # After an abbreviation's dot the space may be missing: "2,7 млн.тонн".
        # A year or a span of years: "2024", "2025–2027".
        self.year = cache.pattern(r"\A\d{4}(?:\s*+[-\u2010-\u2014\u2212]\s*+\d{4})?+\Z")
        # "2020 год – 2025 год", "2021 г. – 2025 г.": a span of years with the unit on both ends.
        self.years_with_unit = cache.pattern(
            r"\A(?:от\s++)?+\d{4}\s++\p{L}++\.?+\s*+(?:[-\u2010-\u2014\u2212]|до)\s*+\d{4}\Z", _F
        )
        # The bracket that closes an editorial unit: "48 (миллиардов рублей – ред.)".
        self.bracket_close = cache.pattern(r"[^()\[\]\r\n]{0,30}+[)\]]")
        # "против — 49", "Кыргызстан — 61,1", "остальным — по 10": a figure in a list after a dash.
        self.dash_before = cache.pattern(rf"[\u2013\u2014-]{_HS}*+(?:(?i:по){_HS}++)?+\Z")
        # "(31,4%) из 2 615 избирательных участков": a share of a whole stated right after.
        self.share_of = cache.pattern(rf"{_HS}*+\([^()\r\n]{{1,24}}+\){_HS}*+из{_HS}++[\d{_HS[1:-1]}]++", _F)
        # "число", "количество": a new counted thing is named.
        # Not "в том числе": that names a part, not a new counted thing.
        self.count_word = cache.pattern(r"(?<!\p{L})(?i:числ(?:о|а|у|ом)|количеств\p{L}*+)(?!\p{L})")
        # The word right before a number: "месяцев шесть – девять".
        self.word_before = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])(?P<w>\p{{L}}{{2,20}}+){_HS}++\Z", _V)
        # "лет 20", "минут через десять": a unit before a number, with at most a preposition of time between.
        self.unit_before = cache.pattern(
            rf"(?<![\p{{L}}\p{{N}}_])(?P<w>\p{{L}}{{2,20}}+){_HS}++(?:(?P<prep>(?i:через|около|на|по)){_HS}++)?+\Z", _V
        )
        # The number a unit belongs to, right before it: "из 10 человек 3", "пяти лет 20".
        self.number_end = cache.pattern(rf"(?:\d|(?<![\p{{L}}])(?P<w>\p{{L}}{{2,15}}+)){_HS}*+\Z", _V)
        self.participants = exclusions("participant")
        self.references = exclusions("reference")
        self.year_units = exclusions("year")
        self.back_references = exclusions("back-reference")
        self.generic_parties = exclusions("generic-party")
        self.counted_one = exclusions("counted-one")
        self.counted_one_units = exclusions("counted-one-unit")
        self.counted_one_verbs = exclusions("counted-one-verb")
        self.legal_codes = exclusions("legal-code")
        self.roads = exclusions("road")
        self.grades = exclusions("grade")
        self.works = exclusions("work")
        self.designations = exclusions("designation")
        # Set phrases whose number counts nothing: "в двух шагах от", "на трёх китах".
        idioms = "|".join(f"{_HS}++".join(regex.escape(w) for w in p.split()) for p in sorted(exclusions("idiom")))
        self.idioms = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])(?i:{idioms}){_END_WORD}", _V)
        self.livestock = cache.pattern(rf"(?<![\p{{L}}])(?i:{alternation(livestock())})", _V)
        self.determiners = exclusions("determiner")
        # What stands between "Из 50 парков" and its part: nothing, a dash, or a clause set off by commas (relative
        # or participle) and a particle ("Из 120 кардиналов — 62", "Из 50 парков, которые появятся в этом году,
        # только 20", "Из 49 машин, подготовленных к бою, 17").
        self.after_whole = cache.pattern(
            rf"{_HS}*+(?:[\u2013\u2014-]{_HS}*+|,{_HS}*+\p{{Ll}}[^,.;:!?()«»\n]{{0,80}}+,{_HS}*+)?+"
            rf"(?:(?i:{'|'.join(_ONLY_WORDS)}){_HS}++)?+",
            _V,
        )
        # "три из которых", "20 из них": a part of the figure just given, named after the number.
        self.part_of_after = cache.pattern(rf"{_HS}++из{_HS}++(?:них|которых){_END_WORD}", _F)
        # "94 — шпаргалками": a label after a dash names what a bare number in a list stands for.
        self.dash_label = cache.pattern(rf"{_HS}*+[\u2013\u2014-]{_HS}*+\p{{L}}", _V)
        self.one_forms = frozenset(w for w, n in numerals().items() if n.value == 1 and n.cls == "unit")


@functools.cache
def _rx() -> _Patterns:
    """The compiled patterns, built on first use so that importing stays cheap."""
    return _Patterns()


@frozen
class _Unit:
    lemma: str
    kind: str  # a units.tsv kind, or "count" for a counted noun
    end: int


# A unit rule's answer that ends the search with no unit.
_NO_UNIT = _Unit("", "", -1)


#: What of a number decides the form of the noun it counts: "genitive" (a
#: fraction or a scaled figure), else its last digit and last two digits.
_Agreement = tuple[int, int] | None


def _agreement(n: NumberMention) -> _Agreement:
    """The part of *n* the counted noun agrees with (see :func:`_parse_agrees`)."""
    if n.scale is not None or (n.high is not None and n.high != int(n.high)) or n.value != int(n.value):
        return None
    v = abs(int(n.high if n.high is not None else n.value))
    return v % 10, v % 100


def _parse_agrees(parse: Parse, agreement: _Agreement) -> bool:
    """Whether a noun parse can be what a number counts (case and number after a numeral)."""
    tag = parse.tag
    case = tag.case
    if agreement is None:  # "3,5 года", "к 3,5 годам": genitive, or a plural in the case the phrase takes
        return case in ("gent", "gen2") or (tag.number == "plur" and case in _OBLIQUE)
    if tag.number == "plur" and case in _OBLIQUE:
        return True
    if tag.number == "sing":
        return _one(agreement) or (case in ("gent", "gen2") and _few(agreement))
    return tag.number == "plur" and _few(agreement)


def _noun_lemma(word: str, n: NumberMention | None) -> tuple[str, Parse] | None:
    """The lemma of *word* read as a common noun agreeing with *n* (any noun if *n* is None)."""
    return _noun_lemma_of(word.lower(), None if n is None else (_agreement(n),))


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
def _noun_lemma_of(low: str, agreement: tuple[_Agreement] | None) -> tuple[str, Parse] | None:
    nouns = [
        parse
        for parse in _morph.parse(low)
        if parse.tag.POS == "NOUN" and not (_NAME_TAGS & parse.tag.grammemes and not _word_abbreviation(parse))
    ]
    # Of two readings the dictionary finds as likely, the one whose lemma reads first as itself ("семи планетам":
    # "планета", not the rare "планет"); a word it does not know ending in "-ов" is a masculine's genitive plural
    # ("13 эйсов": "эйс", not "эйсова").
    nouns.sort(key=lambda parse: _lemma_rank(low, parse))
    if agreement is not None and _few(agreement[0]):
        # "четыре гранаты": after 2, 3, 4 the singular genitive ("граната") before a plural reading ("гранат").
        nouns.sort(key=lambda parse: not (parse.tag.number == "sing" and parse.tag.case in ("gent", "gen2")))
    for parse in nouns:
        if agreement is None or _parse_agrees(parse, agreement[0]):
            return str(parse.normal_form), parse
    return None


def _lemma_rank(low: str, parse: Parse) -> tuple[bool, float, bool]:
    """How a noun reading of *low* ranks as its lemma: masculine for an unknown "-ов" first, then by score, then own."""
    lemma = str(parse.normal_form)
    masculine_ov = parse.tag.gender == "masc" and low.endswith(_MASCULINE_PLURALS) and not _morph.is_known(low)
    return (not masculine_ov, -round(parse.score, 2), _morph.lemma(lemma) != lemma)


# The genitive plural endings of masculine nouns ("эйсов", "хедлайнеров").
_MASCULINE_PLURALS = ("ов", "ев", "ёв")


def _few(agreement: _Agreement) -> bool:
    """Whether the number ends in 2, 3 or 4 (not 12–14): the noun it counts is a singular genitive."""
    return agreement is not None and 2 <= agreement[0] <= 4 and not 12 <= agreement[1] <= 14


def _one(agreement: _Agreement) -> bool:
    """Whether the number ends in 1 (not 11): the noun it counts agrees in the singular."""
    return agreement is not None and agreement[0] == 1 and agreement[1] != 11


def _word_abbreviation(parse: Parse) -> bool:
    """An abbreviation read as an ordinary word, declined (``вузов``): a counted noun, unlike ``руб``."""
    return bool(parse.tag.grammemes & _NAME_TAGS == {"Abbr"}) and str(parse.word) != str(parse.normal_form)


def _is_modifier(word: str) -> bool:
    """Whether *word* can be an adjective or participle (not a pronoun like "этот")."""
    return any(p.tag.POS in _MODIFIER_POS and "Apro" not in p.tag.grammemes for p in _morph.parse(word.lower()))


def _is_counted_modifier(word: str) -> bool:
    """Whether *word* may stand between a number and its noun: a modifier, or "таких", "своих" (exclusions.tsv)."""
    return word.lower() in _rx().determiners or _is_modifier(word)


def _unit_kind(lemma: str) -> str:
    return unit_kinds().get(lemma, "count")


# What may stand between the items of a list of numbers: ",", ";" and spaces.
_LIST_CHARS = ",; \t\u00a0\u2009\u202f"
# After a reference noun: a number of what it cites ("статьи 189", "части 2-й").
_CITED_NUMBER_RE = cache.pattern(r"[^\S\r\n]{1,3}+(?:№[^\S\r\n]?+)?+\d")
# "т. е.", "т.д.", "т.к.", "т.н.", "т.п.": abbreviations a one-letter unit must not swallow.
_ABBREVIATION_RE = cache.pattern(r"т\.[^\S\r\n]?+[едкнп]\.")
# A Cyrillic or Latin abbreviation in capitals: "ТЭЦ", "АЭС".
_CAPS_RE = cache.pattern(r"\A[\p{Lu}]{2,5}\Z")


def _fused_unit(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """Rule: "40-процентный", "16-этажного", "39-летнего": the unit of an adjective fused with the number."""
    if n.fused_unit is not None:  # "пятилетний": the number's own word names the unit
        return _Unit(n.fused_unit, _unit_kind(n.fused_unit), n.end)
    m = _rx().fused_adj.match(text, n.end, stop)
    if m is None and (_CASE_ENDING_RE.search(n.surface) is not None or _singular_after_plural_count(text, n, stop)):
        m = _rx().fused_spaced.match(text, n.end, stop)  # "85-ти летний", "29 летнего мужчины"
    if m is None:
        return None
    lemma = fused()[m.group("stem").lower()]
    return _Unit(lemma, _unit_kind(lemma), m.end())


def _singular_after_plural_count(text: str, n: NumberMention, stop: int) -> bool:
    """
    Whether a number in digits that a plural adjective would follow (not one ending in 1) has a singular one
    after it, a unit's adjective written apart: ``29 летнего мужчины`` is 29-летнего; ``5 летних лагерей`` is no such.
    """
    agreement = _agreement(n)
    if n.in_words or agreement is None or _one(agreement):
        return False
    m = _rx().fused_spaced.match(text, n.end, stop)
    if m is None:
        return False
    ps = _morph.parse(m.group().strip().lower())[:1]
    return bool(ps) and ps[0].tag.POS == "ADJF" and ps[0].tag.number == "sing"


# A case ending written after the digits: "85-ти", "2-х", "5-ми".
_CASE_ENDING_RE = cache.pattern(r"\d[-\u2010\u2011]\p{Ll}{1,3}\Z")


# A book's imprint before its number of pages: "М.: Молодая гвардия, 2017. – 476 с.".
_IMPRINT_BEFORE_RE = cache.pattern(rf"(?:19|20)\d\d\.?+{_HS}*+[–—-]{_HS}*+\Z", _V)
_PAGES_AFTER_RE = cache.pattern(rf"{_HS}*+с\.(?=[\s,;(]|\Z)", _V)


def _size_only(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """Rule: "25-тысячной армии": a size read from a scale's adjective has no unit, whatever noun follows."""
    return _NO_UNIT if n.rule == "scale-adjective" else None


def _pages_unit(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """Rule: "2017. – 476 с.": the pages of a book after its year in an imprint (``с.``, not seconds)."""
    if _IMPRINT_BEFORE_RE.search(text, max(0, n.start - 12), n.start) is None:
        return None
    m = _PAGES_AFTER_RE.match(text, p, min(stop, p + 6))
    return _Unit("страница", "count", m.end()) if m is not None else None


def _sign_unit(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """A currency sign written with the number: "$5", "5 000 ₸"."""
    return _Unit(n.currency, "currency", n.end) if n.currency is not None else None


def _symbol_unit(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """A unit symbol or abbreviation from units.tsv: "%", "млн. тонн", "кВт/ч", "TEU"."""
    m = _rx().unit_symbol.match(text, p, stop)
    if m is None or _ABBREVIATION_RE.match(text, m.start("u"), stop) is not None:
        return None  # "5 т. е.", "и т.д.": a Russian abbreviation, not the tonne
    if _MODEL_RE.match(text, p, min(stop, p + _MODEL_REACH)) is not None:
        return None  # "12 Т-90": a model's name, not the tonne
    written = m.group("u")
    if _rx().case_symbols.get(written.lower(), written) != written:
        return None  # "за 3 кв. 2019 г.": a quarter, not the kilovolt "кВ"
    u = _rx().symbol_forms[written.lower()]
    # "320 км в час": an abbreviation with the words that fix it, as its lemma's are ("километр в час")
    return _fixed_tail(text, u.lemma, m.end(), stop) or _Unit(u.lemma, u.kind, m.end())


def _currency_in(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """Rule: "23 миллиарда в лари": a currency after a scale word and "в"."""
    if n.scale is None:
        return None
    m = _rx().in_currency.match(text, p, stop)
    if m is None:
        return None
    word = m.group("w").lower()
    lemma = units()[word].lemma if word in units() else _morph.lemma(word)
    return _Unit(lemma, "currency", m.end()) if _unit_kind(lemma) == "currency" else None


def _phrase_lemma(modifier: str, noun: Parse) -> str | None:
    """The lemma of an adjective and noun as a fixed unit name ("рабочих мест" -> "рабочее место")."""
    return _listed_phrase(modifier.lower(), str(noun.tag.gender or "masc"), str(noun.normal_form))


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
def _listed_phrase(modifier: str, gender: str, noun: str) -> str | None:
    """
    The listed two-word unit an adjective form and a noun lemma make, if any (inflection is costly: cached), as its
    lemma (``кубический метр`` -> ``кубометр``, listed so in ``units.tsv``).
    """
    if not any(p.split()[-1] == noun for p in units() if " " in p):
        return None
    for parse in _morph.parse(modifier):
        if parse.tag.POS not in _MODIFIER_POS:
            continue
        form = parse.inflect({"sing", "nomn", gender})
        if form is not None:
            phrase = f"{form.word} {noun}"
            if phrase in unit_kinds():
                return phrase
            if phrase in units():
                return units()[phrase].lemma
    return None


def _substantive(modifiers: Sequence[Word], n: NumberMention, *, nouns: bool = False) -> _Unit | None:
    """
    Rule: "42 заболевших": a participle standing for the people counted, as a masculine lemma, also after
    adjectives ("250 тыс. этнических русских"); after a collective numeral, which counts people, any adjective
    does ("трое неизвестных"); so does an adjective the dictionary also reads as a noun for people, when a country's
    name follows it (*nouns*: "30 военных США").
    """
    if not modifiers or any(m.text.lower() in _rx().determiners for m in modifiers):
        return None  # "трое других": no people named
    collective = len(modifiers) == 1 and n.in_words and n.surface.lower().endswith(_COLLECTIVE_ENDINGS)
    for parse in _morph.parse(modifiers[-1].text.lower()):
        if nouns and parse.tag.POS == "NOUN" and {"anim", "plur"} <= parse.tag.grammemes:
            return _Unit(parse.normal_form, "count", modifiers[-1].end)
        substantive = _stands_for_people(parse) or (collective and parse.tag.POS == "ADJF")
        if substantive and parse.tag.number == "plur" and parse.tag.case in _OBLIQUE:  # "с четырьмя пострадавшими"
            person = _as_person(parse)
            if person is not None:
                return _Unit(person, "count", modifiers[-1].end)
    return None


def _as_person(parse: Parse) -> str | None:
    """An adjective or participle standing for a person, in the masculine singular nominative (``задержанный``)."""
    form = parse.inflect({"masc", "sing", "nomn"})
    return str(form.word) if form is not None else None


def _listed_word(text: str, m: Word, modifiers: Sequence[Word], n: NumberMention, stop: int) -> _Unit | None:
    """
    A word listed in units.tsv ("тенге", "сомони"; a currency also capitalised: "10 Евро"), or a capitalised
    abbreviation after adjectives ("ТЭЦ").
    """
    word = m.text
    if word in units() or (word.lower() in units() and (word[0].islower() or _currency_capitalised(word))):
        if _ABBREVIATION_RE.match(text, m.start, stop) is not None:
            return _NO_UNIT  # "5 т. е.", "и т.д.": a Russian abbreviation, not the tonne
        u = units()[word] if word in units() else units()[word.lower()]
        return _Unit(u.lemma, u.kind, m.end)
    if modifiers and _CAPS_RE.match(word):
        if country_of(word) is not None:
            # "30 военных США": a country's name after the people counted, no thing counted.
            return _substantive(modifiers, n, nouns=True) or _NO_UNIT
        return _Unit(word, "count", m.end)  # "30 новых ТЭЦ"
    if _counted_abbreviation(word):
        return _Unit(word, "count", m.end)  # "ввести в эксплуатацию 15 КНС", "7 ДТП"
    return None


def _counted_abbreviation(word: str) -> bool:
    """
    Whether *word* is an abbreviation in Cyrillic capitals for things a number counts (``КНС``, ``ДТП``, ``АЗС``):
    one the dictionary does not know or knows as an abbreviation of no organisation; not a country, a code of law
    (``158 УК``) or a word in capitals (``2019 ГОДА``).
    """
    if _CYRILLIC_CAPS_RE.fullmatch(word) is None or country_of(word) is not None or word in _rx().legal_codes:
        return False
    first = _morph.parse(word.lower())[:1]
    if not first or first[0].tag.POS is None:
        return True
    grammemes = first[0].tag.grammemes
    return "Abbr" in grammemes and "Orgn" not in grammemes


# An abbreviation in Cyrillic capitals that a number counts: "15 КНС", "7 ДТП", "3 АЗС".
_CYRILLIC_CAPS_RE = cache.pattern(r"[А-ЯЁ]{2,5}")


def _currency_capitalised(word: str) -> bool:
    """Whether *word* is a listed currency written with a capital (``Евро``), which names no one."""
    u = units().get(word.lower())
    return u is not None and u.kind == "currency" and word[1:].islower()


def _lower_word(word: str) -> bool:
    """Whether *word* can be a counted noun: lower case, or a hyphenated word with a lower-case head."""
    head = word.rsplit("-", 1)[-1] if "-" in word else word
    return bool(head) and head[0].islower() and not (word[0].isupper() and "-" not in word)


def _noun_word(word: str, n: NumberMention) -> tuple[str, Parse] | None:
    """The counted noun *word*: a Russian compound as a whole ("блок-поездов"), else its head ("IT-компаний")."""
    if "-" in word:
        first, _, head = word.rpartition("-")
        # "Гран-при", which the dictionary knows whole, is one noun too.
        whole = _noun_lemma(word, n) if first.isalpha() and (first.islower() or _morph.is_known(word.lower())) else None
        if whole is not None and first.islower():
            return _compound_lemma(first, head, whole[1]), whole[1]
        return whole if whole is not None else _noun_lemma(head, n)
    return _noun_lemma(word, n)


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
def _compound_lemma(first: str, head: str, whole: Parse) -> str:
    """
    The lemma of a compound of two nouns, each part by its own reading in the compound's case and number
    (``дочери-погодки`` -> ``дочь-погодка``, ``вагонов-цистерн`` -> ``вагон-цистерна``); a part that does not decline
    stays as written (``блок-поездов`` -> ``блок-поезд``), and so does a short borrowed stem (``сим-карт`` ->
    ``сим-карта``, ``хот-догов`` -> ``хот-дог``).
    """
    case, number = whole.tag.case, whole.tag.number

    def part(word: str) -> str | None:
        return next(
            (
                str(p.normal_form)
                for p in _morph.parse(word)
                if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == number
            ),
            None,
        )

    tail = str(whole.normal_form).rpartition("-")[2]
    if len(first) < _DECLINED_FIRST_PART:
        return f"{first}-{part(head) or tail}"  # "сим-карт", "хот-догов": a short borrowed stem does not decline
    return f"{part(first) or first}-{part(head) or tail}"


# The fewest letters of a first part of a compound that declines with it ("детей-сирот"; not "сим-", "хот-").
_DECLINED_FIRST_PART = 4


# How many adjectives may stand between a number and its counted noun ("12 новых просторных жилых корпусов").
_MAX_MODIFIERS = 3


def _caps_ahead(text: str, p: int, stop: int) -> bool:
    """Whether the next word is an abbreviation in capitals ("ВСУ", "ТЭЦ")."""
    ahead = _next_word(text, p, stop)
    return ahead is not None and _CAPS_RE.match(ahead.text) is not None


def _noun_ahead(text: str, p: int, n: NumberMention, stop: int) -> bool:
    """Whether a counted noun follows within three words (past more adjectives)."""
    for _ in range(_MAX_MODIFIERS):
        quoted = _QUOTED_MODIFIER_RE.match(text, p, min(stop, p + 40))
        if quoted is not None and _is_modifier(quoted.group(1)):
            p = quoted.end()
            continue
        ahead = _next_word(text, p, stop)
        if ahead is None:
            return False
        word = ahead.text
        if not word[0].islower():
            return word in units() or _CAPS_RE.match(word) is not None
        if _noun_lemma(word, n) is not None:
            return True
        if not _is_modifier(word):
            return False
        p = ahead.end
    return False


# A half added after a numeral in words: "два с половиной".
_HALF_ADDED_RE = cache.pattern(r"\s++с\s++половиной\Z")


def _agrees(modifier: str, noun: str, n: NumberMention) -> bool:
    """
    Whether the adjective *modifier* and the noun *noun* after it may form one phrase counted by *n*: one case and
    number (and animacy in the accusative), or a plural adjective before a genitive singular after a numeral in
    the nominative or accusative (``два новых здания``); after one in another case (``четверых``) the noun is plural
    too. Words the dictionary does not read agree.
    """
    adjectives = [p.tag for p in _morph.parse(modifier.lower()) if p.tag.POS in _MODIFIER_POS]
    nouns = [p.tag for p in _morph.parse(noun.lower()) if p.tag.POS == "NOUN"]
    if not adjectives or not nouns:
        return True
    # The numeral that governs the noun: the last word, before a half added ("два с половиной").
    head = _HALF_ADDED_RE.sub("", n.surface.lower()).split() or n.surface.lower().split()
    paucal = not n.in_words or any(
        p.tag.case == "nomn" or (p.tag.case == "accs" and p.tag.animacy != "anim") for p in _morph.parse(head[-1])
    )
    return any(
        (a.case == b.case and a.number == b.number and (a.case != "accs" or a.animacy in (None, b.animacy)))
        or (paucal and a.number == "plur" and b.case == "gent" and b.number == "sing")
        for a in adjectives
        for b in nouns
    )


def _adjective_before_noun(text: str, m: Word, n: NumberMention, before: int, stop: int) -> bool:
    """
    Whether the word *m*, which may be a noun, is an adjective of the counted noun after it (*before* modifiers
    stand before it): "четыре новые линии", "30 новых ТЭЦ", "два новых театральных здания", "42 новых
    заболевших"; not a noun read first before an organisation's abbreviation ("13 500 военнослужащих ВСУ").
    """
    if before >= _MAX_MODIFIERS or not _is_modifier(m.text):
        return False
    first = _morph.parse(m.text.lower())[0].tag.POS
    return (
        _noun_ahead(text, m.end, n, stop)
        or (first == "ADJF" and _people_ahead(text, m.end, stop))
        # "9 авторских и экспериментальных лент": an adjective of a coordinated run, not the noun "авторские"
        or (first == "ADJF" and _coordinated_modifier(text, m.end, stop) is not None)
    ) and not (first == "NOUN" and _caps_ahead(text, m.end, stop))


def _noun_unit(
    text: str, m: Word, n: NumberMention, modifiers: Sequence[Word], stop: int
) -> _Unit | None:
    """
    The counted noun at *m*, past any adjectives, with a fixed multiword name kept; a noun that does not agree with
    the adjective before it is not counted (``четверых обвиняемых меры пресечения``): the adjective stands for the
    people counted, or nothing is.
    """
    word = m.text
    parses = _morph.parse(word.lower())
    if modifiers and parses and parses[0].tag.POS == "NOUN" and not _agrees(modifiers[-1].text, word, n):
        return _substantive(modifiers, n) or _NO_UNIT
    found = _noun_word(word, n) if not parses or parses[0].tag.POS not in _VERB_POS else None  # not "были"
    if found is None or _adjective_before_noun(text, m, n, len(modifiers), stop):
        return None
    lemma, parse = found
    if lemma == "гол" and _rx().livestock.search(text, max(0, m.start - 160), min(len(text), m.end + 80)):
        lemma = "голова"  # "поголовье достигло 8 млн голов", "300 голов коров"
    if modifiers:
        phrase = _phrase_lemma(modifiers[-1].text, parse)
        if phrase is not None:
            return _Unit(phrase, unit_kinds()[phrase], m.end)
    end = m.end
    fixed = _fixed_tail(text, lemma, end, stop)
    if fixed is not None:
        return fixed
    kind = _unit_kind(lemma)
    per = _PER_RE.match(text, end, stop)
    if per is not None:
        # "35 центнеров/га", "120 тонн/сутки": a rate, its divisor glued on after a slash as written.
        return _Unit(f"{lemma}/{per.group(1).lower()}", kind, per.end())
    if kind == "classifier":
        more = _next_word(text, end, stop)
        if more is not None and _noun_lemma(more.text, None) is not None:
            end = more.end  # "40 видов перчаток"
    return _Unit(lemma, kind, end)


# A divisor glued on to a unit by a slash: "/га", "/сутки", "/ч".
_PER_RE = cache.pattern(r"/(\p{L}{1,6}+)(?![\p{L}\p{N}/])")


def _people_ahead(text: str, end: int, stop: int) -> bool:
    """Whether the next word reads first as a plural participle or adjective that stands for people (``заболевших``)."""
    after = _next_word(text, end, stop)
    parses = _morph.parse(after.text.lower()) if after is not None else []
    return bool(parses) and parses[0].tag.number == "plur" and _stands_for_people(parses[0])


def _stands_for_people(parse: Parse) -> bool:
    """Whether a reading may stand for the people counted: a participle, or an adjective used as a noun."""
    return parse.tag.POS == "PRTF" or (parse.tag.POS == "ADJF" and "Subx" in parse.tag.grammemes)


def _fixed_tail(text: str, lemma: str, end: int, stop: int) -> _Unit | None:
    """
    A listed unit of a noun and the words that fix it, as written after the lemma: ``фунтов стерлингов`` ->
    ``фунт стерлингов``, ``километров в час`` -> ``километр в час``.
    """
    phrase = lemma
    for _ in range(2):
        tail = _next_word(text, end, stop)
        if tail is None:
            return None
        phrase = f"{phrase} {tail.text.lower()}"
        end = tail.end
        if phrase in units():
            return _Unit(units()[phrase].lemma, units()[phrase].kind, end)
    return None


def _elliptic(m: Word, n: NumberMention, text: str, stop: int) -> _Unit | None:
    """Rule: "12 золотых, 9 серебряных": an adjective standing for a noun left out (elliptic.tsv)."""
    word = m.text.lower()
    agreement = _agreement(n)
    for parse in _morph.parse(word):
        # "30 млн золотом" is an amount in gold: an adjective standing for a noun agrees with the number.
        agrees = parse.tag.POS == "ADJF" and _parse_agrees(parse, agreement)
        noun = elliptic().get(str(parse.normal_form)) if agrees else None
        if noun is not None:
            return None if _noun_ahead(text, m.end, n, stop) else _Unit(noun, _unit_kind(noun), m.end)
    return None


def _adverb_before_modifier(text: str, m: Word, stop: int) -> int | None:
    """
    Rule: "40 тысяч ежегодно прибывающих", "5 очень опытных врачей", "948 лабораторно подтверждённых случаев": past
    an adverb before a modifier, or the word of a superlative ("103 самых влиятельных экономистов").
    """
    parses = _morph.parse(m.text.lower())
    # "лабораторно подтверждённых": a neuter short adjective in "-о" before a modifier is its adverb.
    first = parses[0].tag if parses else None
    adverb = first is not None and (
        first.POS == "ADVB" or (first.POS == "ADJS" and "neut" in first and m.text.endswith("о"))
    )
    if not adverb and m.text.lower() not in _SUPERLATIVE_WORDS:
        return None
    after = _next_word(text, m.end, stop)
    if after is None or not _is_modifier(after.text):
        return None
    return m.end


def _counted_noun(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """The counted noun after the number, past up to three adjectives ("12 золотых медалей")."""
    modifiers: list[Word] = []
    adverb_skipped = False
    coordinated = 0
    while len(modifiers) <= _MAX_MODIFIERS:
        quoted = _QUOTED_MODIFIER_RE.match(text, p, min(stop, p + 40))
        if quoted is not None and _is_modifier(quoted.group(1)):
            # "семи известных «провинциальных» пирамид": an adjective in quotation marks among the modifiers.
            modifiers.append(Word(quoted.start(1), quoted.end(1), quoted.group(1)))
            p = quoted.end()
            continue
        model = _model_at(text, p, stop)
        if model is not None:
            return model
        m = _next_word(text, p, stop) or (_word_after_dot(text, p, stop) if not modifiers else None)
        listed = _listed_word(text, m, modifiers, n, stop) if m is not None else None
        if listed is not None:
            return listed
        if m is None or not _lower_word(m.text):
            return _substantive(modifiers, n)
        left_out = _elliptic(m, n, text, stop) if not modifiers else None
        if left_out is not None:
            return left_out
        collective = n.in_words and n.surface.lower().endswith(_COLLECTIVE_ENDINGS)
        skip = _adverb_before_modifier(text, m, stop) if not (modifiers or adverb_skipped or collective) else None
        if skip is not None:
            p, adverb_skipped = skip, True
            continue
        # "12 новых Су-24": the model after an adjective, not the adjective read as a noun ("новое").
        found = (_model_at(text, m.end, stop) if _is_modifier(m.text) else None) or _noun_unit(
            text, m, n, modifiers, stop
        )
        if found is not None:
            return found
        if len(modifiers) == _MAX_MODIFIERS or not _is_counted_modifier(m.text):
            return _substantive(modifiers, n)  # "37 заболевших гриппом"
        modifiers.append(m)
        p = _past_participle_object(text, m, n, stop)
        joined = _coordinated_modifier(text, p, stop) if coordinated < _MAX_COORDINATED else None
        if joined is not None:
            coordinated += 1
            # "четырех действующих и бывших чиновников", "60 федеральных, целевых и отраслевых программ": the
            # adjectives joined by a comma or "и" fill one place before the noun.
            modifiers.pop()
            p = joined
    return None


def _model_at(text: str, p: int, stop: int) -> _Unit | None:
    """A model of aircraft or vehicle named at *p*, which counts as written (``четыре неисправных МиГ-21``)."""
    model = _MODEL_RE.match(text, p, min(stop, p + _MODEL_REACH))
    return _Unit(model.group("m"), "count", model.end("m")) if model is not None else None


def _past_participle_object(text: str, m: Word, n: NumberMention, stop: int) -> int:
    """
    Where the counted noun may start after modifier *m*: past the noun in the instrumental that a participle
    governs, or a personal pronoun in the dative or instrumental, when a noun agreeing with the number follows it
    ("950 мотивированных ненавистью преступлений", "девяти предъявленных ему пунктам").
    """
    if not any(p.tag.POS in ("PRTF", "ADJF") for p in _morph.parse(m.text.lower())[:1]):
        return m.end
    obj = _next_word(text, m.end, stop)
    if obj is None:
        return m.end
    if obj.text.lower() in _PLACE_PREPOSITIONS and _morph.reads_as(m.text, ("PRTF",), first=True):
        # "100 тыс. проживавших в Америке японцев", "десяток выпущенных с территории Сирии снарядов": a participle's
        # place, one or two nouns, then the noun counted.
        for _ in range(2):
            obj = _next_word(text, obj.end, stop) or obj
            if not _morph.reads_as(obj.text, ("NOUN",), first=True):
                return m.end
            head = _next_word(text, obj.end, stop)
            if head is not None and _noun_lemma(head.text, n) is not None:
                return obj.end
        return m.end
    if _morph.reads_as(obj.text, ("NOUN",), "ablt", first=True):
        in_case = _morph.reads_as(n.surface, ("NUMR",), "ablt") and _morph.reads_as(m.text, _MODIFIER_POS, "ablt")
        if n.in_words and in_case:
            return m.end  # "двумя своими членами группировки": a noun in the number's own case is the one counted
    elif not any(p.tag.POS == "NPRO" and p.tag.case in ("datv", "ablt") for p in _morph.parse(obj.text.lower())[:1]):
        return m.end
    head = _next_word(text, obj.end, stop)
    if head is None or _noun_lemma(head.text, n) is None:
        return m.end
    return obj.end


# The prepositions of a participle's place: "проживавших в Америке", "выпущенных с территории Сирии".
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "из"})


# A comma or a conjunction between two adjectives before a counted noun.
_COORDINATION_RE = cache.pattern(rf"(?:,|{_HS}++(?:и|или)(?=\s))", _V)
# The most adjectives joined in one place ("различных федеральных, целевых, отраслевых и государственных").
_MAX_COORDINATED = 6


def _coordinated_modifier(text: str, p: int, stop: int) -> int | None:
    """
    Where the next adjective of a coordinated run starts after the adjective ending at *p*: past ", " or " и "
    when an adjective follows (its end is left for the loop to read); None when no such run goes on.
    """
    j = _COORDINATION_RE.match(text, p, min(stop, p + 6))
    if j is None:
        return None
    after = _next_word(text, j.end(), stop)
    if after is None or not _is_counted_modifier(after.text):
        return None
    if j.group() == "," and _morph.reads_as(after.text, ("PRTF",), first=True):
        # "о двух подозреваемых, придерживающихся экстремистских взглядов": a participle's clause set off by a
        # comma, no adjective of the run.
        return None
    return j.end()


# A model's name: a capital and up to three letters, a hyphen and up to three digits, with a version's capitals and
# digits ("МиГ-21", "Су-27", "F-16", "Т-72", "Ту-22М3", "Су-35С", "Су-24М2С"; not "ЧМ-2018", a year, nor
# "COVID-19").
_MODEL_RE = cache.pattern(
    rf"{_HS}++(?P<m>\p{{Lu}}\p{{L}}{{0,3}}+-\d{{1,3}}+(?:\p{{Lu}}{{1,2}}+\d{{0,2}}+){{0,2}}+)(?![\p{{L}}\d-])", _V
)
_MODEL_REACH = 16


# Things named in quotation marks after a number: "два «Оскара»", "пять «Золотых глобусов»".
_QUOTED_NOUN_RE = cache.pattern(rf"{_HS}*+[«\"„]((?:\p{{L}}++{_HS}++){{0,2}}+\p{{L}}++)[»\"“]")


def _quoted_noun(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """Rule: a count of things named in quotation marks ("два «Оскара»"): the noun, past its adjectives."""
    m = _QUOTED_NOUN_RE.match(text, p, min(stop, p + 60))
    if m is None:
        return None
    *modifiers, head = m.group(1).lower().split()
    agreement = _agreement(n)
    if not all(_is_modifier(w) for w in modifiers):
        return None
    capital = m.group(1).split()[-1][:1].isupper()
    for parse in _morph.parse(head):
        if parse.tag.POS == "NOUN" and _parse_agrees(parse, agreement):
            lemma = str(parse.normal_form)
            if capital:
                # "два «Мерседеса»": a name keeps its capital ("Мерседес").
                lemma = lemma[:1].upper() + lemma[1:]
            return _Unit(lemma, _unit_kind(lemma), m.end())
    return None


# An adjective in quotation marks: " «провинциальных»".
_QUOTED_MODIFIER_RE = cache.pattern(rf"{_HS}++[«\"„](\p{{Ll}}[\p{{Ll}}-]*+)[»\"“]")


def _half_unit(text: str, n: NumberMention, p: int, stop: int) -> _Unit | None:
    """Rule: "полгода", "полчаса": half a unit in one word; the unit is the word after "пол"/"полу"."""
    word = n.surface.lower()
    numeral = numerals().get(word)
    if numeral is None or numeral.cls != "half-unit":
        return None
    rest = word[4:] if word.startswith("полу") else word[3:].lstrip("-")  # "пол-литра"
    lemma = _morph.lemma(rest)
    return _Unit(lemma, _unit_kind(lemma), n.end)


# The rules that find a unit after a number, in order; the first answer wins
# (_NO_UNIT stops the search with no unit).
_UNIT_RULES = (
    ("size-only", _size_only),
    ("pages", _pages_unit),
    ("half-unit", _half_unit),
    ("fused-adjective", _fused_unit),
    ("currency-sign", _sign_unit),
    ("symbol", _symbol_unit),
    ("currency-in", _currency_in),
    ("counted-noun", _counted_noun),
    ("quoted-noun", _quoted_noun),
)


# "100 с лишним человек", "два с небольшим года": a little more than the number, before its unit.
# "2 с лишним года", "четыре и более детей", "10 или больше лет", "100+ компаний": at least the number.
_EXCESS_RE = cache.pattern(
    rf"(?:{_HS}++(?:{A_LITTLE_MORE}|(?:и|или){_HS}++(?:более|больше|свыше)){_END_WORD}"
    rf"|\+(?={_HS}))",
    _F,
)


def _unit_after(text: str, n: NumberMention, stop: int) -> _Unit | None:
    """Find the unit written after number *n*: a symbol, an abbreviation or a counted noun."""
    p = n.end
    if n.scale is not None and p < stop and text[p] == ".":
        p += 1  # "6,4 млн. тонн": the abbreviation's dot belongs to the unit only if one follows
    # A bounded window: the regex engine looks for a pattern's required words up to the end it is given.
    excess = _EXCESS_RE.match(text, p, min(stop, p + 24))
    if excess is not None:
        p = excess.end()  # "2 с лишним года": the qualifier "more" is placed with the others
    aside = _ASIDE_AFTER_RE.match(text, p, min(stop, p + 24))
    if aside is not None:
        p = aside.end()  # "17, кажется, человек": a word of doubt set off between the number and its noun
    summed = _BREAKDOWN_AFTER_RE.match(text, p, min(stop, p + _BREAKDOWN_REACH))
    if summed is not None:
        p = summed.end()  # "4 (1+3) очка", "26 (11 шайб и 15 передач) очками": the breakdown stands before its noun
    for _name, rule in _UNIT_RULES:
        found = rule(text, n, p, stop)
        if found is not None:
            return None if found is _NO_UNIT else found
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


def _words(text: str, lo: int, hi: int) -> list[Word]:
    """The words wholly within ``text[lo:hi]``, from the article's one tokenisation."""
    return [w for w in words_in(text, lo, hi) if not in_code(text, w)]


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
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
        found = _verb_role(m.text)
        if found is not None and found[0] != "change-noun":
            ahead = found[1] or _word_before(text, start, m.start) in _FUTURE_AUX
            return _Governor(m.start, m.end, found[0], ahead)  # "будет увеличена до …" looks ahead
    for m in _words(text, after, min(hi, after + 40))[:2]:
        found = _verb_role(m.text)
        if found is not None and found[0] != "change-noun":
            return _Governor(m.start, m.end, found[0], found[1])
    return None


def _change_noun_before(text: str, lo: int, pos: int) -> bool:
    """Whether a noun naming a change stands in the clause before *pos* ("рост составил 2 процента")."""
    start = _clause_start(text, lo, pos)
    for m in _words(text, start, pos)[-10:]:
        found = _verb_role(m.text)
        if found is not None and found[0] == "change-noun":
            return True
    return False


def _anaphoric_unit(text: str, lo: int, n: NumberMention, hi: int, prev: Sequence[Metric]) -> str | None:
    """The unit of a bare number, from its context ("в том числе более 460", "было более десяти")."""
    if prev and _rx().part_of.search(text, max(lo, n.start - 40), n.start):
        return prev[-1].unit
    stop = _NEXT_SENTENCE_RE.search(text, n.end, min(hi, n.end + 80))
    words = _words(text, n.end, stop.start() if stop else min(hi, n.end + 80))[:5]
    for i, m in enumerate(words[:-1]):
        if _morph.lemma(m.text.lower()) in ("число", "количество"):
            for m2 in words[i + 1 :]:
                found = _noun_lemma(m2.text, None)
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
        if any(a <= m.start < b for a, b in taken) or m.text.lower() in _PRONOUNS:
            continue
        lemma = _genitive_plural_noun(m.text)
        if lemma is not None:
            return _counted(lemma)
    return None


# Where the next sentence begins: "… до трёх. Число семей …" is not "трёх" of "семей".
_NEXT_SENTENCE_RE = cache.pattern(r"[.!?…]\s+(?=[\p{Lu}«„\"])|;", _V)


def _counted_before(text: str, lo: int, pos: int) -> str | None:
    """Rule: "число трудовых мигрантов … сократилось с 4-6 млн": what a scaled figure counts, named before it."""
    start = _clause_start(text, lo, pos)
    words = _words(text, max(start, pos - 160), pos)
    for i, m in enumerate(words[:-1]):
        if _morph.lemma(m.text.lower()) not in ("число", "количество"):
            continue
        after = words[i + 1 : i + 4]
        for k, m2 in enumerate(after):
            if k + 1 < len(after) and _is_modifier(m2.text):
                head = _genitive_noun(after[k + 1].text)
                phrase = _phrase_lemma(m2.text, head) if head is not None else None
                if phrase is not None:
                    return phrase  # "число новых рабочих мест"
                if head is not None and not _modifies_next(after, k + 1):
                    return str(head.normal_form)  # "число профессиональных военных": a noun that is also an adjective
                continue
            head = _genitive_noun(m2.text)
            if head is not None:
                return str(head.normal_form)
    return None


def _modifies_next(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a modifier before a noun in the genitive (``рабочих`` in ``рабочих мест``)."""
    return k + 1 < len(words) and _is_modifier(words[k].text) and _genitive_noun(words[k + 1].text) is not None


def _genitive_noun(word: str) -> Parse | None:
    """The reading of *word* as a common noun in the genitive, if it has one."""
    for parse in _morph.parse(word.lower()):
        if parse.tag.POS == "NOUN" and parse.tag.case == "gent" and not _NAME_TAGS & parse.tag.grammemes:
            return parse
    return None


def _noun_phrase_at(text: str, words: Sequence[Word], i: int) -> tuple[int, int]:
    """The span of the noun phrase headed by ``words[i]``: adjectives before, genitives (parties, "и") after."""
    head = words[i]
    start = head.start
    j = i - 1
    while j >= 0 and _is_modifier(words[j].text) and text[words[j].end : start].strip() == "":
        start = words[j].start
        j -= 1
    return start, _parties_end(text, words, i)


def _parties_end(text: str, words: Sequence[Word], i: int) -> int:
    """Where the parties after head ``words[i]`` end: genitives joined by "и", or "между X и Y"."""
    end = words[i].end
    k = i + 1
    case = "gent"
    while k < len(words) and k <= i + 4 and text[end : words[k].start].strip() == "":
        w = words[k].text.lower()
        if w == "между" and k == i + 1 and k + 1 < len(words) and _is_case(words[k + 1].text, "ablt"):
            end, k, case = words[k + 1].end, k + 2, "ablt"  # "товарооборот между Узбекистаном и Кыргызстаном"
            continue
        if w == "и" and k + 1 < len(words) and k > i + 1 and _is_case(words[k + 1].text, case):
            end = words[k + 1].end  # "товарооборот Узбекистана и Кыргызстана"
            k += 2
            continue
        if len(w) > 1 and case == "gent" and _is_genitive(w):
            end = words[k].end
            k += 1
            continue
        break
    return end


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
def _is_case(word: str, case: str) -> bool:
    """Whether the first reading of *word* is a noun or adjective in *case*."""
    return _morph.reads_as(word, ("NOUN", "ADJF", "PRTF"), case, first=True)


def _is_genitive(word: str) -> bool:
    return _is_case(word, "gent")


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
def _is_genitive_form(word: str) -> bool:
    """Whether any reading of *word* is a noun in the genitive ("страны")."""
    return _morph.reads_as(word, ("NOUN",), "gent")


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
def _is_noun(word: str, case: str | None = None) -> bool:
    low = word.lower()
    if low in _PRONOUNS:
        return False
    parses = _morph.parse(low)[:2]
    if parses and parses[0].tag.POS in _VERB_POS:
        return False  # "были признаны": a verb first, not the noun "быль"
    for p in parses:
        names = _NAME_TAGS - {"Abbr"} if word.isupper() and len(word) > 1 else _NAME_TAGS
        if p.tag.POS == "NOUN" and not names & p.tag.grammemes and (case is None or p.tag.case == case):
            return True  # "ВВП" is an abbreviation that names a measure
    return False


@functools.lru_cache(maxsize=_morph.CACHE_SIZE)
def _nominative(word: str, head: tuple[str, str] | None) -> str:
    """*word* in the nominative, spelt with "ё" only where the text has it ("объема" -> "объем")."""
    form = _nominative_form(word, head)
    return form if "ё" in word.lower() else form.replace("ё", "е")


def _nominative_form(word: str, head: tuple[str, str] | None) -> str:
    """*word* in the nominative: a head noun (*head* None) keeps its number, an adjective agrees with *head*."""
    if word.isupper() and len(word) > 1:
        return word  # "ВВП"
    for parse in _morph.parse(word.lower()):
        if head is None and parse.tag.POS == "NOUN":
            form = parse.inflect({"nomn"} if parse.tag.number == "plur" else {"nomn", "sing"})
            return form.word if form is not None else word.lower()
        if head is not None and parse.tag.POS in _MODIFIER_POS:
            number, gender = head
            wanted = {"nomn", number} | ({gender} if number == "sing" and gender else set())
            form = parse.inflect(wanted)
            return form.word if form is not None else word.lower()
    return word.lower()


def _lemma_phrase(text: str, words: Sequence[Word], i: int) -> str:
    """The measured thing as a lemma phrase: "двусторонний товарооборот Узбекистана и Кыргызстана", "ВВП"."""
    a, b = _noun_phrase_at(text, words, i)
    inside = [m for m in words if a <= m.start and m.end <= b]
    k = next(j for j, m in enumerate(inside) if m.start == words[i].start)
    head_word = inside[k].text
    head_parse = next((p for p in _morph.parse(head_word.lower()) if p.tag.POS == "NOUN"), None)
    head_key = (str(head_parse.tag.number or "sing"), str(head_parse.tag.gender or "")) if head_parse else None
    front = [_nominative(m.text, head_key) for m in inside[:k]] + [_nominative(head_word, None)]
    tail = [m.text for m in inside[k + 1 :]]
    if len(tail) == 1 and tail[0].lower() in _rx().generic_parties:
        tail = []  # "ВВП страны": no party named
    return " ".join(front + tail)


# A subject rule: the words to look in and the index of the head found, or None.
_Found = tuple[list[Word], int]


def _object_of_times_verb(text: str, s_hi: int, start: int, end: int, gov: _Governor | None) -> _Found | None:
    """Rule: "удвоить двусторонний товарооборот": the object after a multiplying verb."""
    words = _words(text, end, min(s_hi, end + 80))[:4]
    for i, m in enumerate(words):
        if _is_noun(m.text):
            return words, i
        if not _is_modifier(m.text):
            break
    return None


def _object_after_verb(text: str, s_lo: int, start: int, end: int, gov: _Governor | None) -> _Found | None:
    """Rule: "довести объем перевозок до …": the object between the verb and the figure."""
    if gov is None or gov.end > start:
        return None
    between = _words(text, gov.end, start)
    for i, m in enumerate(between):
        if any(ch.isdigit() for ch in text[between[i - 1].end if i else gov.end : m.start]):
            continue  # "за последние 3 года": a period, not the object
        if _is_noun(m.text, "accs") or _is_noun(m.text, "nomn"):
            if _noun_phrase_at(text, between, i)[1] <= start:
                return between, i
    return None


def _subject_before_verb(text: str, s_lo: int, start: int, end: int, gov: _Governor | None) -> _Found | None:
    """Rule: "Товарооборот вырос на 9%": the subject before the verb, skipping dates and prepositional phrases."""
    if gov is None or gov.end > start:
        return None
    lo = max(s_lo, gov.start - 120)
    before = _words(text, lo, gov.start)
    candidates = [i for i in range(len(before) - 1, -1, -1) if _subject_candidate(text, before, i, lo)]
    verb = _finite_verb(text[gov.start : gov.end])
    agreeing = [i for i in candidates if verb is None or _agrees_with_verb(before[i].text, verb)]
    for i in agreeing[:1] or candidates[:1]:  # "Число … вакцины россиян составило": the subject agrees
        while i and _is_genitive_form(before[i].text) and _is_noun(before[i - 1].text, "nomn"):
            if text[before[i - 1].end : before[i].start].strip():
                break
            i -= 1  # "ВВП страны вырос": the head, not its genitive
        return before, i
    return None


def _subject_candidate(text: str, before: Sequence[Word], i: int, lo: int) -> bool:
    """Whether ``before[i]`` can be the subject: a nominative noun outside dates and prepositional phrases."""
    gap_start = before[i - 1].end if i else lo
    if any(ch.isdigit() for ch in text[gap_start : before[i].start]):
        return False  # "на 2026 год": part of a date, not the subject
    if i and any(p.tag.POS == "PREP" for p in _morph.parse(before[i - 1].text.lower())[:1]):
        return False  # "в Грузии": a prepositional phrase
    return _is_noun(before[i].text, "nomn")


def _finite_verb(word: str) -> tuple[str, str | None] | None:
    """The number and (in the past singular) gender a finite verb asks of its subject, if *word* is one."""
    parses = _morph.parse(word.lower())
    if not parses or parses[0].tag.POS != "VERB" or parses[0].tag.number is None:
        return None
    tag = parses[0].tag
    gender = str(tag.gender) if tag.tense == "past" and tag.number == "sing" and tag.gender else None
    return str(tag.number), gender


def _agrees_with_verb(word: str, verb: tuple[str, str | None]) -> bool:
    """Whether a nominative reading of noun *word* agrees with the verb's number and gender."""
    if word.isupper() and len(word) > 1:
        return True  # "ВВП": an abbreviation agrees with anything
    number, gender = verb
    for p in _morph.parse(word.lower()):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == number:
            if gender is None or p.tag.gender == gender or "Ms-f" in p.tag.grammemes:
                return True
    return False


def _genitive_after(text: str, s_hi: int, start: int, end: int, gov: _Governor | None) -> _Found | None:
    """Rule: "4,5 млн тонн нефти": the genitive right after the figure, when no verb governs it."""
    if gov is not None and gov.end <= start:
        return None
    words = _words(text, end, min(s_hi, end + 80))[:4]
    for i, m in enumerate(words):
        if text[end if i == 0 else words[i - 1].end : m.start].strip():
            break
        adjective = _is_modifier(m.text) and i + 1 < len(words) and _is_noun(words[i + 1].text, "gent")
        if _is_noun(m.text, "gent") and not adjective:
            return words, i  # "посевных площадей": the adjective is no head
        if not _is_modifier(m.text):
            break
    return None


def _subject(
    text: str, s_lo: int, s_hi: int, start: int, end: int, gov: _Governor | None, times_verb: bool
) -> str | None:
    """The measured thing as a lemma phrase: a verb's object, the subject before it, or a genitive after the figure."""
    found: _Found | None
    if times_verb:
        found = _object_of_times_verb(text, s_hi, start, end, gov)
    else:
        found = (
            _object_after_verb(text, s_lo, start, end, gov)
            or _subject_before_verb(text, s_lo, start, end, gov)
            or _genitive_after(text, s_hi, start, end, gov)
        )
    return _lemma_phrase(text, found[0], found[1]) if found is not None else None


def _is_fraction(n: NumberMention) -> bool:
    """Whether *n* is a share: "на треть", "две трети", "каждый пятый"."""
    if n.rule in ("every-nth", "nth-part", "slash-share", "of-every"):
        return True
    if not n.in_words or n.scale is not None:
        return False
    words = n.surface.lower().split()
    numeral = numerals().get(words[-1])
    if numeral is not None and len(words) > 1 and numeral.cls in ("ordinal", "denominator"):
        return True  # "одна пятая", "две пятых"
    return numeral is not None and numeral.cls == "fraction" and "с" not in words  # not "двух с половиной"


def _bare_scale(n: NumberMention) -> str | None:
    """The grammatical number of a lone scale word ("миллиарду" -> "sg"), else None."""
    s = scales().get(n.surface.lower())
    return s.number if s is not None else None


@define
class _Figure:
    """What is known about one number while it is judged: the rules below read and fill it."""

    text: str
    lo: int
    hi: int
    n: NumberMention
    prev: Sequence[Metric]
    unit: _Unit | None = None
    start: int = 0
    end: int = 0
    is_times: bool = False
    times_prep: bool = False
    q: regex.Match[str] | None = None
    qualifier: Qualifier | None = None
    gov: _Governor | None = None
    unit_lemma: str | None = None
    by_share: bool = False  # "вырос на треть": the share is a change
    accepted_by: str = ""  # the bare-number rule that made a unitless number a metric
    ahead: Sequence[NumberMention] = ()  # the next few numbers of the paragraph ("до 8 и 9 лет")


# Rules that rule a number out before its span is known: (name, test).
def _is_date(f: _Figure) -> bool:
    """Rule: "20 января", "7 числа", "4, 5, 6 и 8 января": a day of a month."""
    if f.n.multiplier:
        return False
    end = f.n.end
    if f.n.high is None and f.n.value in range(1, 32) and (days := _DAY_LIST_RE.match(f.text, end, f.hi)) is not None:
        end = days.end()  # the first of a list of days of one month
    return _rx().date_after.match(f.text, end, f.hi) is not None


# More days of the month after the first: ", 5, 6 и 8" (before "января").
_DAY_LIST_RE = cache.pattern(
    rf"(?:{_HS}*+,{_HS}*+\d{{1,2}}+(?!\d)|{_HS}++(?:и|или){_HS}++\d{{1,2}}+(?!\d)){{1,8}}+", _V
)


def _is_both(f: _Figure) -> bool:
    """Rule: "обоих народов": "оба" only counts participants."""
    numeral = numerals().get(f.n.surface.lower())
    return numeral is not None and numeral.cls == "both"


def _is_year(f: _Figure) -> bool:
    """Rule: "в 2024 году", "2025–2027": a year or a span of years."""
    rx = _rx()
    unit = f.unit
    years = bool(rx.year.match(f.n.surface)) or (
        f.n.high is not None and rx.years_with_unit.match(f.n.surface) is not None  # "2020 год – 2025 год"
    )
    written = f.text[f.n.end : unit.end].strip().lower() if unit is not None else ""
    if written.endswith("лет"):
        return False  # "в течение последних 2000 лет": a count of years, which no year is written with
    if unit is not None and unit.lemma in rx.year_units and _ERA_RE.match(f.text, unit.end, f.hi) is not None:
        return True  # "с 499 по 449 год до нашей эры", "5500–4000 гг. до н. э.": years of an era, however few
    value = int(f.n.value) if f.n.value == int(f.n.value) else 0
    if rx.year.match(f.n.surface) and f.n.high is None and (written == "году" or (
        written == "год" and (value % 10 != 1 or value % 100 == 11)
    )):
        return True  # "5079 год — конец света", "в 2892 году": a year, however far (a count would be "2892 года")
    # "в 1998 г в Москве": a year with its abbreviation's full stop left out, not grams.
    year_unit = unit is None or unit.lemma in rx.year_units or written == "г"
    if unit is None and _amounting(_word_before(f.text, f.lo, f.n.start)):
        return False  # "Число туристов составило 1850": what a count amounts to, no year
    if unit is None and _whole_of_count(f):
        return False  # "1195 проб из 1710": the whole of a count just given, no year
    return years and 1000 <= f.n.value <= 2100 and year_unit


# An era after a year: "до н. э.", "до нашей эры", "н.э.", "от Рождества Христова".
_ERA_RE = cache.pattern(
    rf"\.?+{_HS}*+(?:до{_HS}++)?+(?:н\.{_HS}*+э\.|нашей{_HS}++эры|от{_HS}++Р(?:\.{_HS}*+Х\.|ождества{_HS}++Христова))",
    _V,
)


# Between a count and its whole: "1195 проб из 1710".
_FROM_GAP_RE = cache.pattern(rf"{_HS}++из{_HS}++", _V)


def _whole_of_count(f: _Figure) -> bool:
    """Whether the bare number of *f* follows a count and "из" ("1195 проб из 1710") and no word of years follows it."""
    if not f.prev or f.prev[-1].unit is None or not _FROM_GAP_RE.fullmatch(f.text, f.prev[-1].end, f.n.start):
        return False
    after = _next_word(f.text, f.n.end, f.hi)
    word = after.text.lower() if after is not None else ""
    return word not in ("г", "гг") and (not word or _morph.lemma(word) not in _rx().year_units)


def _amounting(word: str) -> bool:
    """
    Whether *word* is a verb by which a figure is what something amounts to (a ``level`` or ``reach`` verb of
    verbs.tsv: "составило 1850", "достигло 1200"), or ``равно``.
    """
    found = _verb_role(word) if word else None
    return (found is not None and found[0] in ("level", "reach")) or word in ("равно", "равен", "равна", "равны")


def _is_participants(f: _Figure) -> bool:
    """
    Rule: "двух стран", "три стороны": a small count of participants in words; "в десять стран" is a count. So is
    any noun after "между" (``между двумя учениками``), and "ни одной гривны" counts nothing.
    """
    if f.unit is None or not f.n.in_words or f.n.value > 3:
        return False
    before = _word_before(f.text, f.lo, f.n.start)
    if before == "ни" and f.n.value == 1:
        return True  # "не давать ни одной гривны": none
    return f.unit.lemma in _rx().participants or before == "между"


_ANNIVERSARY_RE = cache.pattern(r"[^\S\r\n]++(?i:годовщин|юбиле)\p{L}*+")


def _is_anniversary(f: _Figure) -> bool:
    """Rule: "70-летней годовщины", "100-летний юбилей": an anniversary names a date, it measures nothing."""
    return f.unit is not None and f.unit.lemma == "год" and _ANNIVERSARY_RE.match(f.text, f.unit.end, f.hi) is not None


def _is_citation(f: _Figure) -> bool:
    """Rule: "по части 4 статьи 189", "по четвертой части 111-й статьи": a citation of a legal text."""
    if f.unit is None:
        # "четвертой части 111-й статьи": an ordinal part read as a share, then the number of the article.
        return _is_fraction(f.n) and f.n.surface.lower().endswith(("части", "часть")) and (
            _CITED_NUMBER_RE.match(f.text, f.n.end, f.hi) is not None
        )
    if f.unit.lemma in _rx().references and _CITED_NUMBER_RE.match(f.text, f.unit.end, f.hi) is not None:
        return True
    # "по Статье 283 уголовного кодекса": the number a reference noun right before it cites.
    before = _word_before(f.text, f.lo, f.n.start)
    if _REFERENCE_ABBREVIATION_RE.search(f.text, max(f.lo, f.n.start - 6), f.n.start) is not None:
        return True  # "ст. 91 кодекса", "ч. 2 ст. 105"
    if f.n.in_words and _unit_kind(f.unit.lemma) == "count":
        return False  # "воздушную часть открыли четыре вертолёта": a count in words of its noun cites nothing
    return bool(before) and any(
        str(p.normal_form) in _rx().references and "sing" in p.tag for p in _morph.parse(before)[:1]
    )


# The abbreviation of a reference noun right before a number: "ст. 91", "ч. 2", "п. 3" ("2 ч. 30 мин." is time).
_REFERENCE_ABBREVIATION_RE = cache.pattern(
    r"(?<![\p{L}\p{N}_.]|\p{N}[^\S\r\n]{0,2})(?i:ст|ч|п|пп|подп)\.[^\S\r\n]?+(?:№[^\S\r\n]?+)?+\Z", _V
)


def _is_work_title(f: _Figure) -> bool:
    """Rule: "в фильме «17 мгновений весны»": a number inside a short title of a work in quotation marks."""
    opening = max(f.text.rfind(c, max(f.lo, f.n.start - _TITLE_REACH), f.n.start) for c in "«„“\"")
    if opening < 0 or any(c in ".!?»”\n" for c in f.text[opening + 1 : f.n.start]):
        return False
    closing = min((i for c in "»”“\"" if (i := f.text.find(c, f.n.end, f.n.end + _TITLE_REACH)) >= 0), default=-1)
    if closing < 0 or any(c in ".!?«\n" for c in f.text[f.n.end : closing]):
        return False
    if not _morph.finite_verb_in(f.text, opening + 1, closing):
        if _LISTED_TITLE_BEFORE_RE.search(f.text, max(f.lo, opening - 12), opening) is not None or (
            _LISTED_TITLE_AFTER_RE.match(f.text, closing + 1, min(f.hi, closing + 30)) is not None
        ):
            # "стали «Четыре танкиста и собака», «Кабачок …»": a title in a list of quoted titles (words
            # quoted one after another say something: "«Мы получили 5 мандатов», «Это успех»").
            return True
        if f.text[opening] == "„" and "«" in f.text[max(f.lo, opening - _TITLE_REACH) : opening]:
            # "«Кабачок „13 стульев“»": a title quoted inside a name.
            return True
    if _named_by_figure(f, opening, closing) or _capitalised_title(f, opening, closing):
        return True
    # The noun before the title, or before the list of titles it ends ("по фильмам: «…» (1973), «…»").
    before = _TITLES_BEFORE_RE.search(f.text, max(f.lo, opening - _TITLE_LIST_REACH), opening)
    return before is not None and _morph.lemma(before["noun"].lower()) in _rx().works


def _capitalised_title(f: _Figure, opening: int, closing: int) -> bool:
    """
    Whether the quotation marks open with the number in words, capitalised, and hold no verb, with no colon or dash
    before them, no attribution or colon after them, and not alone on their line: a title (``ленты «Четыре зимы в
    Туле»``), no words said.
    """
    if not f.n.in_words or not f.n.surface[:1].isupper() or f.text[opening + 1 : f.n.start].strip():
        return False
    if _morph.finite_verb_in(f.text, opening + 1, closing):
        return False
    if _SAID_AFTER_RE.match(f.text, closing + 1, min(len(f.text), closing + 6)) is not None:
        return False  # "«Два года», — ответил он", "«Пять дней без света»: …": words said
    if (opening == 0 or f.text[opening - 1] == "\n") and f.text[closing + 1 : closing + 2] in ("", "\n"):
        return False  # a quotation alone on its line: a subheading quoting someone's words
    return _SAID_BEFORE_RE.search(f.text, max(f.lo, opening - 4), opening) is None


# A colon or a dash right before a quotation, or a dash or a colon after it: words said ("заявил: «Пять
# процентов»", "«Два года», — ответил он", a headline's "«Пять дней без света»: …").
_SAID_BEFORE_RE = cache.pattern(r"[:–—-]\s*+\Z")
_SAID_AFTER_RE = cache.pattern(r"[,!?]?+\s*+[–—-]|:")


def _named_by_figure(f: _Figure, opening: int, closing: int) -> bool:
    """
    Whether the quotation marks hold only a short name that opens with the number, right after a noun: ``клуба
    «16 тонн»``, ``конкурс «5 звёзд»`` (not a quoted figure after a verb or a colon: ``заявил: «5 процентов»``).
    """
    if f.text[opening + 1 : f.n.start].strip() or len(f.text[opening + 1 : closing].split()) > 3:
        return False
    words = _words(f.text, max(f.lo, opening - 50), opening)
    if not words or f.text[words[-1].end : opening].strip():
        return False
    i = len(words) - 1
    # "марафона En+ Group «360 минут»": the noun may stand before its organiser's name in Latin letters.
    while i > 0 and _LATIN_RE.match(words[i].text) and _NAME_GAP_RE.fullmatch(f.text, words[i - 1].end, words[i].start):
        i -= 1
    parses = _morph.parse(words[i].text.lower())[:1]
    return bool(parses) and parses[0].tag.POS == "NOUN"


# A word in Latin letters, and what may stand between the words of such a name ("En+ Group").
_LATIN_RE = cache.pattern(r"[A-Za-z]")
_NAME_GAP_RE = cache.pattern(r"[+&]?+\s++")


# A quoted title's neighbour in a list of quoted titles: "«…», «" before it, or "» (1977), «" after it.
_LISTED_TITLE_BEFORE_RE = cache.pattern(r"[»“”\"]\s*+(?:\([^()\n]{1,20}+\)\s*+)?+(?:,|и)\s*+\Z")
_LISTED_TITLE_AFTER_RE = cache.pattern(r"\s*+(?:\([^()\n]{1,20}+\)\s*+)?+(?:,|и)\s*+[«„“\"]")


# How far a title's quotation marks may stand from a number inside it, and a list of titles from its noun.
_TITLE_REACH = 40
_TITLE_LIST_REACH = 400
_TITLES_BEFORE_RE = cache.pattern(
    # The author may stand between the noun and the title: "поэмы А. С. Пушкина «…»", "романа Ильи Ильфа и
    # Евгения Петрова «…»".
    r"(?<!\p{L})(?P<noun>\p{L}{3,20}+)"
    r"(?:\s++(?:\p{Lu}\.\s*+){0,3}+\p{Lu}\p{Ll}++(?:\s++\p{Lu}\p{Ll}++)?+"
    r"(?:\s++и\s++(?:\p{Lu}\.\s*+){0,3}+\p{Lu}\p{Ll}++(?:\s++\p{Lu}\p{Ll}++)?+)?+)?+\s*+:?+\s*+"
    r"(?:[«„“\"][^«»„“”\"\n]{1,60}+[»“”\"](?:\s*+\([^()\n]{1,20}+\))?+\s*+(?:,|и)\s*+){0,8}+\Z"
)


def _is_back_reference(f: _Figure) -> bool:
    """Rule: "эти три страны", "все три инвестпроекта": a group already listed."""
    if not f.n.in_words or f.n.scale is not None or (f.unit is not None and f.unit.kind not in ("count", "classifier")):
        return False  # "все 200 человек" in digits is a count
    if f.unit is not None and f.unit.lemma in _PLACE_IN_GROUP and f.unit.end - f.n.end < _PLACE_REACH:
        return True  # "Двое последних …", "трое остальных": the last or the other ones of a group named before
    return _word_before(f.text, f.lo, f.n.start) in _rx().back_references


# An adjective for a place in a group named before, read as the counted noun: "двое последних", "трое остальных".
_PLACE_IN_GROUP = frozenset({"последний", "первый", "остальной", "другой"})
# Right after the number: the adjective is the next word ("двое последних игроков" has its noun).
_PLACE_REACH = 16


# Words that make the adjective after them a superlative: "10 самых богатых", "шесть наиболее популярных".
_SUPERLATIVE_WORDS = frozenset({"самых", "самые", "самым", "самыми", "наиболее"})
# Endings of collective numerals ("трое", "пятерых"): they count people, a participle after them is no modifier.
_COLLECTIVE_ENDINGS = ("ое", "еро", "оих", "ерых", "оим", "ерым")


def _is_ranked_group(f: _Figure) -> bool:
    """
    Rule: "четыре крупнейших порта", "десять самых богатых": a superlative after a number in words picks a group,
    it measures nothing; in digits it is a count (``103 самых влиятельных экономистов``), as ``все 200 человек``.
    """
    if not f.n.in_words or f.n.scale is not None or f.n.high is not None:
        return False
    if f.unit is None or f.unit.kind not in ("count", "classifier"):
        return False
    after = _next_word(f.text, f.n.end, f.hi)
    if after is None:
        return False
    word = after.text.lower()
    if word.startswith(_NEXT_IN_TIME):
        return False
    return word in _SUPERLATIVE_WORDS or any(
        p.tag.POS == "ADJF" and "Supr" in p.tag.grammemes for p in _morph.parse(word)[:1]
    )


# Superlatives of time that pick no group by rank: "в трёх ближайших матчах" counts the next three.
_NEXT_IN_TIME = ("ближайш",)


def _is_ranked_bracket(f: _Figure) -> bool:
    """Rule: "входит в первую сотню по активам": a scale word after an ordinal is a bracket of a ranking, no count."""
    if f.n.scale is None or not f.n.in_words or scales().get(f.n.surface.lower()) is None:
        return False
    before = _word_before(f.text, f.lo, f.n.start)
    return bool(before) and any("Anum" in p.tag for p in _morph.parse(before)[:1])


# Words around "полгода" that make it the period of something else, not a measured quantity.
_PERIOD_BEFORE = frozenset(
    {"за", "через", "спустя", "течение", "последние", "первые", "ближайшие", "минувшие", "прошедшие", "прошлые",
     "истекшие"}
)  # fmt: skip


def _is_rate_divisor(f: _Figure) -> bool:
    """
    Rule: "60 рублей за $1", "75 рублей за один доллар": one of the unit a price is given for, right after the price,
    is the rate's divisor, no figure of its own.
    """
    if f.n.value != 1 or f.n.high is not None or _word_before(f.text, f.lo, f.n.start) != "за":
        return False
    last = f.prev[-1] if f.prev else None
    za = f.text.rfind("за", f.lo, f.n.start)
    return last is not None and 0 <= za - last.end <= 2 and not f.text[last.end : za].strip()


def _is_half_period(f: _Figure) -> bool:
    """
    Rule: "за полгода", "полгода назад": half a year that only dates or frames another figure (What counts: it
    counts only where it is the measured quantity). Half an hour, a day or a month is a duration like any other
    (``через полчаса после награждения``, like ``через 30 минут``).
    """
    numeral = numerals().get(f.n.surface.lower())
    if numeral is None or numeral.cls != "half-unit" or not f.n.surface.lower().startswith(("полгод", "полугод")):
        return False
    after = _next_word(f.text, f.n.end, f.hi)
    return _word_before(f.text, f.lo, f.n.start) in _PERIOD_BEFORE or (
        after is not None and after.text.lower() in ("назад", "спустя")
    )


# A currency code on a line.
_CODE_RE = cache.pattern(r"(?<![\p{L}\p{N}_])\p{Lu}{3}(?![\p{L}\p{N}_])")


def _lower_word_in(text: str, start: int, end: int) -> bool:
    """Whether a word in lower case (other than a table's "date" header) stands in ``text[start:end]``."""
    return any(
        len(w.text) > 1 and w.text[:2].isalpha() and w.text[:2].islower() and w.text != "date"
        for w in iter_words_in(text, start, end)
    )


_TICKER_REACH = 240


def _is_rate_ticker(f: _Figure) -> bool:
    """Rule: "USD 481.20 -0.35 EUR 512.04": a line of currency codes and rates with no words is a page's ticker."""
    # A ticker is one short line: only the stretch of _TICKER_REACH around the number is looked at, so
    # a long line of numbers costs linear time.
    lo, hi = max(f.lo, f.n.start - _TICKER_REACH), min(f.hi, f.n.end + _TICKER_REACH)
    line_start = f.text.rfind("\n", lo, f.n.start) + 1
    if line_start == 0:
        if lo > f.lo:
            return False
        line_start = f.lo
    line_end = f.text.find("\n", f.n.end, hi)
    if line_end < 0:
        if hi < f.hi:
            return False
        line_end = f.hi
    if _lower_word_in(f.text, line_start, line_end):
        return False  # searched in place: a long paragraph is not copied for each of its numbers
    return any(
        (u := units().get(m.group())) is not None and u.kind == "currency"
        for m in _CODE_RE.finditer(f.text, line_start, line_end)
    )


def _is_grade(f: _Figure) -> bool:
    """Rule: "Советник 1 класса", "студентов 1-2 курса": a rank or a year of study in digits, not a count."""
    if f.unit is None or f.n.in_words or f.unit.lemma not in _rx().grades:
        return False
    noun = _next_word(f.text, f.n.end, f.hi)
    if noun is None or not any(p.tag.number == "sing" for p in _morph.parse(noun.text.lower())[:1]):
        return False
    if f.n.value == 1 and f.n.high is None:
        return True  # a count of one is written in words: "одного класса"
    before = _word_before(f.text, f.lo, f.n.start)
    # "студентов 1-2 курса"; "капитан 2 ранга", "советник 3 класса": a noun for the one ranked, in any number.
    return bool(before) and any(
        (p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.number == "plur") or (p.tag.POS == "NOUN" and "anim" in p.tag)
        for p in _morph.parse(before)[:1]
    )


def _is_idiom(f: _Figure) -> bool:
    """Rule: "в двух шагах от дома", "стоит на трёх китах": a set phrase whose number counts nothing."""
    lo, hi = max(f.lo, f.n.start - _IDIOM_REACH), min(f.hi, f.n.end + _IDIOM_REACH)
    return any(m.start() <= f.n.start and f.n.end <= m.end() for m in _rx().idioms.finditer(f.text, lo, hi))


# How far around a number a set phrase holding it may reach.
_IDIOM_REACH = 16


# A word fused to a number by a hyphen, longer than an ordinal's ending ("-го", "-й"): "878-километрового".
_FUSED_AFTER_RE = cache.pattern(r"-\p{Ll}{4,}")


def _is_numbered(f: _Figure) -> bool:
    """
    Rule: "Библиотека № 2 им. Трифонова", "школа №5", "№ 2-2 и 32 аппаратами": the number of a name, whatever word
    follows; and a number in digits after a noun it designates (``рейса 1234``, ``проекта 12700``, ``маршрута 45``).
    """
    if f.text[max(f.lo, f.n.start - 3) : f.n.start].rstrip()[-1:] in ("№", "#"):
        return True
    if not f.text[f.n.start : f.n.start + 1].isdigit() or f.n.scale is not None or f.n.currency is not None:
        return False
    if _FUSED_AFTER_RE.match(f.text, f.n.end, f.hi) is not None:
        return False  # "проект 878-километрового газопровода": a figure fused into an adjective is a measure
    before = _rx().word_before.search(f.text, max(f.lo, f.n.start - 24), f.n.start)
    listed = None if before is not None else _DESIGNATED_LIST_RE.search(f.text, max(f.lo, f.n.start - 40), f.n.start)
    before = before or listed
    if before is None or _morph.lemma(before["w"].lower()) not in _rx().designations:
        return False
    # "стоимость проекта 300 долларов": a unit after the number makes it a measure.
    after = spaced_word_after(f.text, f.n.end)
    if after is None:
        return True
    if listed is not None and _plural_noun(after.text):
        return False  # "фрегатах проекта 22350, 28 эсминцах": a count of its own after the designation, no next one
    return not (after.text in units() or _morph.lemma(after.text.lower()) in units())


def _plural_noun(word: str) -> bool:
    """Whether the likeliest reading of *word*, in small letters, is a noun in the plural."""
    first = _morph.parse(word)[:1] if word.islower() else ()
    return bool(first) and first[0].tag.POS == "NOUN" and "plur" in first[0].tag.grammemes


# The noun of a list of designations before the last of them: "в блоках 4 и 5", "рейсов 1234, 1235 и 1236".
_DESIGNATED_LIST_RE = cache.pattern(
    rf"(?<![\p{{L}}\p{{N}}_])(?P<w>\p{{L}}{{2,20}}+){_HS}++\d{{1,6}}+(?:{_HS}*+,{_HS}*+\d{{1,6}}+){{0,4}}+"
    rf"{_HS}*+(?:,|и){_HS}*+\Z",
    _V,
)


# A line that is a page's widget: its reading time ("~3 мин", "5 мин читать", "Время чтения: 4 минуты") or its
# counters ("7 новостей, 31 просмотр", "Просмотров: 120").
_WIDGET_LINE_RE = cache.pattern(
    r"\s*+(?:(?:(?i:время\s++)?+(?i:чтения|на\s++чтение)\s*+:?\s*+)?+~?\s*+\d{1,2}\s*+мин(?:\.|ут[аы]?+)?+"
    r"(?:\s++(?:читать|чтения|на\s++чтение))?+"
    r"|(?:[,•|·]?+\s*+(?:\d++\s++(?i:просмотр|комментари|новост)\p{L}*+|(?i:просмотр|комментари)\p{L}*+:?\s*+\d++)\s*+)++)"
    r"\s*+"
)
# The weather in a page's header: a line of a temperature alone, perhaps after a place ("Омск 11.2 °C", "+9°"); in
# the body such lines are a forecast's figures.
_WEATHER_LINE_RE = cache.pattern(
    rf"\s*+(?:\p{{Lu}}[\p{{L}}-]*+\s++)?+[+−-]?\d{{1,2}}(?:[.,]\d)?+\s*+{DEGREE}\s*+[CС]?+\s*+"
)
# How far into the text a page's header may reach.
_HEADER_REACH = 600


# The longest line read as a widget: each number of its paragraph looks at the whole line.
_WIDGET_CHARS = 120


def _is_page_widget(f: _Figure) -> bool:
    """Rule: a line that is a page's widget, its reading time or counters, or the weather in its header."""
    if f.hi - f.lo > _WIDGET_CHARS:
        return False
    if _WIDGET_LINE_RE.fullmatch(f.text, f.lo, f.hi) is not None:
        return True
    return f.lo < _HEADER_REACH and _WEATHER_LINE_RE.fullmatch(f.text, f.lo, f.hi) is not None


# A sum in brackets: "(22+31)", "(1 + 3)".
_SUM = rf"\((?P<sum>\d{{1,4}}(?:{_HS}*+\+{_HS}*+\d{{1,4}}){{1,4}})\)"
_SUM_RE = cache.pattern(_SUM, _V)
# A word of doubt set off by commas between a number and its noun: "17, кажется, человек", "20, наверное, лет".
_ASIDE_AFTER_RE = cache.pattern(
    rf",{_HS}*+(?i:кажется|наверное|по-моему|пожалуй|видимо|по-видимому|вероятно|может{_HS}++быть),(?={_HS}++\p{{Ll}})",
    _V,
)
# A breakdown in brackets right after a number, before its noun: a sum ("4 (1+3) очка"), or figures with nouns of
# their own ("с 31 (12 шайб и 19 передач) очками"); not a number alone ("11 (12) классов" gives another number).
_BREAKDOWN_AFTER_RE = cache.pattern(
    rf"{_HS}++(?:{_SUM}|\(\d[^()\n\p{{L}}]*+\p{{L}}[^()\n]*+\))(?={_HS}++\p{{Ll}})", _V
)
# How far a breakdown in brackets may reach, with its noun.
_BREAKDOWN_REACH = 80
# How far before a sum in brackets the figure it adds up to may end.
_SUM_REACH = 60


def _summed(f: _Figure) -> tuple[bool, str | None]:
    """
    Whether the number is a part of a sum in brackets, and the unit of the figure before it that the sum adds up to
    in the same sentence ("53 балла в 52-х матчах (22+31)": the goals and assists of the points), if one does.
    """
    text, n = f.text, f.n
    if n.in_words:
        return False, None
    opened = text.rfind("(", max(f.lo, n.start - 24), n.start)
    m = _SUM_RE.match(text, opened) if opened >= 0 else None
    if m is None or not m.start("sum") <= n.start < m.end("sum"):
        return False, None
    total = sum(int(part) for part in regex.findall(r"\d++", m["sum"]))
    for x in reversed(f.prev):
        if x.end > opened:
            continue  # the parts before this one
        if opened - x.end > _SUM_REACH or (x.sentence_end is not None and x.sentence_end <= opened):
            break  # in the same sentence only
        if x.unit is not None and x.high is None and x.value == total:
            return True, x.unit
    return True, None


def _summed_unit(f: _Figure) -> str | None:
    """Rule: "53 балла (22+31)": a part of a sum in brackets takes the unit of the figure it adds up to."""
    return _summed(f)[1]


def _is_unsummed_part(f: _Figure) -> bool:
    """Rule: "12 матчей (3+4)": a part of a sum in brackets adding up to no figure before it counts nothing."""
    part, unit = _summed(f)
    return part and unit is None


_EARLY_EXCLUSIONS = (
    ("numbered", _is_numbered),
    ("date", _is_date),
    ("idiom", _is_idiom),
    ("both", _is_both),
    ("year", _is_year),
    ("participants", _is_participants),
    ("anniversary", _is_anniversary),
    ("citation", _is_citation),
    ("work-title", _is_work_title),
    ("back-reference", _is_back_reference),
    ("ranked-group", _is_ranked_group),
    ("half-period", _is_half_period),
    ("rate-divisor", _is_rate_divisor),
    ("rate-ticker", _is_rate_ticker),
    ("page-widget", _is_page_widget),
    ("grade", _is_grade),
    ("ranked-bracket", _is_ranked_bracket),
    ("unsummed-part", _is_unsummed_part),
)


def _place_times(f: _Figure) -> None:
    """Span and multiplier facts: "в пять раз" starts at "в"."""
    f.start, f.end = f.n.start, (f.unit.end if f.unit is not None else f.n.end)
    f.is_times = f.n.multiplier or (f.unit is not None and f.unit.kind == "multiplier")
    if f.is_times and not f.n.multiplier:
        m = _rx().times_prep.search(f.text, max(f.lo, f.start - 4), f.start)
        if m is not None:
            f.start, f.times_prep = m.start(), True
    if f.n.bracketed and f.unit is not None:
        close = _rx().bracket_close.match(f.text, f.end, f.hi)
        if close is not None:
            f.end = close.end()  # "48 (миллиардов рублей – ред.)"


def _reached(text: str, lo: int, m: Metric) -> bool:
    """Whether figure *m* is a level reached: "до" right before it and no qualifier of its own."""
    return m.qualifier is None and _word_before(text, lo, m.start) == "до"


def _reaching_to(f: _Figure, q: regex.Match[str]) -> bool:
    """Whether "до" before the number follows a verb of reaching or change, or a figure ("с 17% до 19%")."""
    text, lo = f.text, f.lo
    f.gov = _governor(text, lo, q.start(), f.end, f.hi)
    last = f.prev[-1] if f.prev else None
    # Only the nearest earlier figure can end right before "до" (a later one
    # would stand in between); the gap is short or it is not "right before".
    follows = (
        last is not None and 0 <= q.start() - last.end <= 40 and text[last.end : q.start()].strip(_AFTER_CHANGE) == ""
    )
    if follows or _from_to(text, lo, last, q.start()) or _to_from(f):
        return True  # "с 17% до 19%", "с 0,1 млн долларов в 2024-м до 6,5 млн", "до 11,2 млн с 11,1 млн"
    if (f.gov is not None and f.gov.role in ("change", "reach")) or _change_noun_heads(text, lo, q.start()):
        return True  # "довести его до …", "с 17% до 19%", "на 2,3%, до 512 тенге", "рост до 5%"
    if (
        last is not None
        and _reached(text, lo, last)
        and _rx().dash_before.search(text, max(lo, q.start() - 4), q.start())
    ):
        return True  # "снизится до 26 млн тонн, свеклы — до 41 млн тонн": the same verb, left out
    f.gov = None
    return False


def _change_noun_heads(text: str, lo: int, pos: int) -> bool:
    """Rule: "рост до 5%", "увеличение выпуска зерна до 4,2%": a noun of change heads the words before "до"."""
    for m in reversed(_words(text, _clause_start(text, lo, pos), pos)[-_CHANGE_NOUN_PHRASE:]):
        if _verb_role(m.text) == ("change-noun", False):
            return True
        if not any(p.tag.case == "gent" for p in _morph.parse(m.text.lower())):
            return False  # "рост числа семей с доходом до …": "до" belongs to another word
    return False


_CHANGE_NOUN_PHRASE = 6


def _from_to(text: str, lo: int, last: Metric | None, to: int) -> bool:
    """Rule: "с 0,1 млн долларов в 2024-м до 6,5 млн": "до" closes a pair opened by "с" before a figure."""
    if last is None or not 0 <= to - last.end <= 60 or _word_before(text, lo, last.start) not in ("с", "со"):
        return False
    return not any(ch in ".;:!?\n" for ch in text[last.end : to])


def _to_from(f: _Figure) -> bool:
    """Rule: "повысила прогноз до 9,42 млн баррелей в сутки с 9,37 млн": "до" paired with a "с" after the figure."""
    nxt = f.ahead[0] if f.ahead else None
    if nxt is None or not 0 <= nxt.start - f.end <= 40 or any(ch in ".;:!?\n" for ch in f.text[f.end : nxt.start]):
        return False
    if _word_before(f.text, f.lo, nxt.start) not in ("с", "со"):
        return False
    unit = _unit_after(f.text, nxt, f.hi)
    return unit is None or (f.unit is not None and unit.lemma == f.unit.lemma)  # not "до 5 тысяч человек с 20 стран"


# Comparatives that state a direction, not a bound, before "на" without "чем": "больше на 130 тыс."
_COMPARATIVES = frozenset({"больше", "меньше", "более", "менее", "выше", "ниже"})


def _place_qualifier(f: _Figure) -> None:
    """The qualifier right before the number ("почти", "более чем на", "до" meaning "up to"), or "с лишним" after it."""
    rx = _rx()
    if (f.unit is not None and _EXCESS_RE.match(f.text, f.n.end, f.unit.end) is not None) or (
        f.n.scale is not None and _EXCESS_RE.search(f.n.surface) is not None
    ):
        f.qualifier = "more"  # "2 с лишним года", "100 с лишним миллионов"
        return
    if _word_before(f.text, f.lo, f.start) not in rx.qualifier_tails:
        return
    q = rx.qualifier_before.search(f.text, max(f.lo, f.start - 40), f.start)
    if q is None:
        return
    phrase = q.group("q").lower()
    value = qualifiers()[phrase]
    prep = "в" if f.times_prep else (q.group("prep") or "").lower()
    if prep and phrase in _COMPARATIVES and q.group("than") is None:
        return  # "больше на 130 тыс.", "стало больше в 2,6 раза": by how much, exact; "более чем на 27 %" is a bound
    if phrase == "до" and _reaching_to(f, q):
        return
    if _word_before(f.text, f.lo, q.start()) == "тем" and phrase in ("не менее", "не более"):
        return  # "тем не менее": "nevertheless", not a bound
    f.q, f.qualifier, f.start = q, value, q.start()  # type: ignore[assignment]


def _place_share(f: _Figure) -> None:
    """A share takes the "на" before it into its surface: "на треть", "почти на четверть"."""
    if f.q is None and _is_fraction(f.n) and f.n.rule != "every-nth":
        m = _rx().na_before.search(f.text, max(f.lo, f.start - 4), f.start)
        if m is not None:
            f.start, f.by_share = m.start(), True


def _place_inverted(f: _Figure) -> None:
    """
    Rule: "месяцев шесть – девять", "лет 20", "секунд через 20", "процентов на 80", "раз по двадцать": a unit
    before a number, approximate.

    A unit right after another number is that number's (``из 10 человек 3``).
    """
    if f.unit is not None or f.q is not None or f.n.scale is not None:
        return
    rx = _rx()
    m = rx.unit_before.search(f.text, max(f.lo, f.start - 32), f.start)
    if m is None or (m.group("prep") and f.n.in_words and f.n.surface.lower().endswith(_COLLECTIVE_ENDINGS)):
        return  # "150 тыс. рублей на двоих": for two people, no amount
    before = rx.number_end.search(f.text, max(f.lo, m.start() - 20), m.start())
    if before is not None and (before.group("w") is None or before.group("w").lower() in numerals()):
        return
    for parse in _morph.parse(m.group("w").lower()):
        lemma = str(parse.normal_form)
        # "часа через 3", "недели две": a singular after a number in words or a preposition.
        paucal = parse.tag.number == "sing" and 2 <= f.n.value <= 4 and (f.n.in_words or m.end() > m.end("w") + 1)
        if parse.tag.POS == "NOUN" and (parse.tag.number == "plur" or paucal) and parse.tag.case == "gent":
            # "раз по двадцать": times before "по" and a number.
            times = lemma == "раз" and (m.group("prep") or "").lower() == "по"
            if _unit_kind(lemma) not in ("count", "classifier", "multiplier") or lemma == "человек" or times:
                f.unit = _Unit(lemma, _unit_kind(lemma), f.n.end)
                f.start, f.qualifier = m.start(), "approx"
                return


def _is_lone_scale(f: _Figure) -> bool:
    """Rule: "миллиарды долларов", "тысячи" without a qualifier: a vague scale word alone."""
    bare = _bare_scale(f.n)
    return bare == "pl" or bare == "abbr" or (bare == "amb" and f.qualifier is None)


def _is_article_one(f: _Figure) -> bool:
    """
    Rule: "одно предложение", "одного завода", "еще один договор": "один" saying "a" or "one of"; "не один месяц"
    saying "many".
    """
    n = f.n
    if n.surface.lower() not in _rx().one_forms or f.qualifier is not None:
        return False
    before = _word_before(f.text, f.lo, n.start)
    if before and _morph.reads_as(before, ("PREP",), first=True):
        # "только в одном случае": the word before the preposition that governs the number
        before = _word_before(f.text, f.lo, f.text.rfind(before, f.lo, n.start))
    if before == "не":
        return True  # "не один месяц", "не одно повышение": more than one, no count
    if before in _rx().counted_one:
        return False  # "хотя бы одним компонентом", "всего один случай"
    if f.unit is not None and f.unit.lemma in _rx().counted_one_units:
        return False  # "пропустили один гол": what is scored is counted
    if before and _morph.lemma(before) in _rx().counted_one_verbs:
        return False  # "погиб один мирный житель": a toll
    after = _next_word(f.text, f.unit.end if f.unit is not None else f.n.end, f.hi)
    subject = n.surface.lower() in _ONE_SUBJECT  # "Один человек погиб", not "В одном случае госпитализированы"
    if subject and after is not None and _morph.lemma(after.text.lower()) in _rx().counted_one_verbs:
        # "Один человек погиб": a toll, its verb after the one harmed; "один погиб, другой …" sets one against another
        return _OTHER_AFTER_RE.search(f.text, after.end, min(len(f.text), after.end + _OTHER_REACH)) is not None
    if _ends_list(f) or _opens_list(f) or _placed_breakdown_unit(f) is not None:
        # "трёх серебряных и одной бронзовой награды", "один сын, три дочери", "(пять в НХЛ и один в КХЛ)": an item
        # of a list of counts
        return False
    return f.unit is None or f.unit.kind in ("count", "classifier")


# "один" as the subject of a verb after it, in the nominative.
_ONE_SUBJECT = frozenset({"один", "одна", "одно"})
# "другой" after "один … погиб": one set against the other, no count.
_OTHER_AFTER_RE = cache.pattern(r"(?i)(?<!\p{L})(?:друг(?:ой|ая|ое|ие)|второй|вторая)(?!\p{L})", _V)
_OTHER_REACH = 24


def _ends_list(f: _Figure) -> bool:
    """Does the number go on a list of figures: the last metric ends right before it, joined by a comma or "и"?"""
    last = f.prev[-1] if f.prev else None
    if last is None or not f.lo <= last.end <= f.n.start or f.n.start - last.end > 16:
        return False
    after = _next_word(f.text, f.n.end, f.hi)
    if after is not None and after.text.lower() == "из":
        return False  # "…, и одной из крупнейших": "one of"
    return _LIST_TAIL_RE.match(f.text, last.end, f.n.start) is not None


def _opens_list(f: _Figure) -> bool:
    """
    Does a count go on after the number and its noun: a comma or "и", then a number ("один сын, три дочери",
    "один сын и три дочери"), also past the clause's verb and before "ещё" ("Один горняк погиб, ещё двое ранены")?
    """
    end = f.unit.end if f.unit is not None and f.unit.end > f.n.end else f.n.end
    # The next number may bound this figure (``f.hi``): read past it, within the text.
    comma = _LIST_COMMA_RE.match(f.text, end, min(len(f.text), end + _LIST_GAP))
    if comma is None:
        return False
    after = comma.group("n")
    if f.text.startswith("-", comma.end("n")):
        return False  # "одна основательница группы, 42-летняя …": a number fused into an adjective, no count
    if after[:1].isdigit():
        return True
    numeral = numerals().get(after.lower())
    return numeral is not None and numeral.cls == "unit" and numeral.value > 1


# How far past a count of one the next count of its list may start.
_LIST_GAP = 40
# A comma or "и", past a few words of the clause (no sentence's end), and the next number, maybe after "ещё".
_LIST_COMMA_RE = cache.pattern(
    rf"(?:{_HS}++[\p{{L}}-]++){{0,3}}?(?:{_HS}*+,|{_HS}++и)(?:{_HS}++(?:еще|ещё))?+{_HS}++(?P<n>[\p{{L}}\d]++)", _V
)


def _is_fraction_of_time(f: _Figure) -> bool:
    """Rule out a part of a period or an hour: "в первой половине года", "в половине шестого"."""
    if not _is_fraction(f.n) or f.n.rule in ("every-nth", "nth-part"):
        return False
    after = _next_word(f.text, f.n.end, f.hi)
    numeral = numerals().get(after.text.lower()) if after is not None else None
    if numeral is not None and numeral.cls == "ordinal":
        return True
    before = _word_before(f.text, f.lo, f.n.start)
    if before and any("Apro" in p.tag for p in _morph.parse(before)[:1]):
        return True  # "на своей половине поля", "в этой половине зала": a part of a place, not a share
    # An adjective makes a part ("в первой половине года"); a participle does not ("шедшую четверть века").
    return bool(before) and _is_modifier(before) and not _morph.reads_as(before, ("PRTF",), first=True)


# "около 9.50": hours and minutes with a dot, which a decimal never is in Russian news (it has a comma).
_DAY_PARTS = frozenset({"утро", "день", "вечер", "ночь", "время"})
_CLOCK_RE = cache.pattern(r"\A(?:[01]?\d|2[0-3])\.[0-5]\d\Z")


# "в 9 часов 40 минут", "15 часов 30 минут": the hour right before the minutes.
_HOUR_BEFORE_RE = cache.pattern(rf"(?<![\p{{L}}\d])\d{{1,2}}+{_HS}++(?i:час\p{{L}}*+){_HS}++\Z", _V)
# "с 7 утра до 10 вечера": an hour of the morning or evening.
_HOUR_OF_RE = cache.pattern(rf"{_HS}++(?i:утра|вечера){_END_WORD}", _V)


# "15 часов дня", "в 10 часов по местному времени", "16 часов 45 минут местного времени", "на 17 часов пятницы":
# the hour of a day.
_OF_DAY_RE = cache.pattern(
    rf"(?:{_HS}++\d{{1,2}}+{_HS}++минут\p{{L}}*+)?+"
    rf"{_HS}++(?i:дня|утра|вечера|ночи|(?:по{_HS}++)?+\p{{L}}++{_HS}++времени"
    rf"|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья){_END_WORD}",
    _V,
)
# "намечено на 19 часов", "Начало туров — 13 часов": a time set for an event.
_SET_FOR_RE = cache.pattern(
    rf"(?:(?i:намечен|назначен|запланирован|перенесен|перенесён)\p{{L}}{{0,3}}+{_HS}++на"
    rf"|(?i:начало|старт)(?:{_HS}++\p{{L}}++){{0,2}}+{_HS}*+[—–-]){_HS}++\Z",
    _V,
)


# An hour in digits with its word: "8 часов", "20.30 часа".
_HOUR = rf"\d{{1,2}}+(?:[:.]\d\d)?+{_HS}++(?i:час\p{{L}}*+)"
# The two ends of a span of the day: "с 8 часов утра до 20 часов" (before the closing hour) and "до 20 часов"
# (after the opening one).
_FROM_HOUR_RE = cache.pattern(
    rf"(?<!\p{{L}})(?i:с|со){_HS}++{_HOUR}(?:{_HS}++(?i:утра|дня|вечера|ночи))?+{_HS}++(?i:до){_HS}++\Z", _V
)
# "в районе 9 часов": about an hour of the day ("в течение" would make it a duration).
_AROUND_HOUR_RE = cache.pattern(rf"(?<!\p{{L}})(?i:в){_HS}++(?i:районе){_HS}++\Z", _V)
_TO_HOUR_RE = cache.pattern(rf"{_HS}++(?i:до){_HS}++{_HOUR}", _V)


def _clock_hour(f: _Figure, hour: int) -> bool:
    """
    Whether the "N часов" at *hour* names an hour of the day (for the hour or the minutes after it): after
    "в"/"к", followed by "дня" or a named time after the figure, set for an event, or closing a span that opens
    at an hour ("с 8 часов утра до 20 часов").
    """
    if _word_before(f.text, f.lo, hour) in ("в", "к"):
        return True
    if _AROUND_HOUR_RE.search(f.text, max(f.lo, hour - 12), hour) is not None:
        return True  # "в районе 7 часов 40 минут": about that hour
    if _FROM_HOUR_RE.search(f.text, max(f.lo, hour - 40), hour) is not None:
        return True
    unit_end = f.unit.end if f.unit is not None else f.n.end
    if _word_before(f.text, f.lo, hour) in ("с", "со") and _TO_HOUR_RE.match(f.text, unit_end, unit_end + 24):
        return True  # "с 8 часов до 20 часов": the span's opening hour
    if _OF_DAY_RE.match(f.text, unit_end, min(len(f.text), unit_end + 60)) is not None:
        return True
    return _SET_FOR_RE.search(f.text, max(0, hour - 30), hour) is not None


# "в 3 дня", "в 2 ночи": an hour of the afternoon or the night, with "в" before and no "раз в" (a frequency).
_IN_BEFORE_RE = cache.pattern(rf"(?<!\p{{L}})(?i:(?<!раз{_HS}++)в){_HS}++\Z", _V)
_DAY_OR_NIGHT_RE = cache.pattern(rf"{_HS}++(?i:дня|ночи){_END_WORD}", _V)


# "с трёх ночи": after a preposition only "ночи" makes an hour ("с одного дня" counts a day).
_NIGHT_RE = cache.pattern(rf"{_HS}++(?i:ночи){_END_WORD}", _V)
# Prepositions of a time span's ends: "с трёх ночи", "до пяти утра", "около семи утра".
_FROM_TO = frozenset({"с", "со", "до", "около", "после", "к"})


def _at_hour_of_day(f: _Figure) -> bool:
    """Whether "в N дня"/"в N ночи" names an hour (``в 3 дня``), not a number of days (``раз в 3 дня``)."""
    return (
        _IN_BEFORE_RE.search(f.text, max(f.lo, f.n.start - 12), f.n.start) is not None
        and _DAY_OR_NIGHT_RE.match(f.text, f.n.end, f.hi) is not None
    )


def _hour_in_words(f: _Figure) -> bool:
    """ "около семи утра", "в пять вечера", "с трёх ночи": an hour in words (not "три ночи подряд": nights)."""
    if f.n.high is not None or f.n.value != int(f.n.value) or not 1 <= f.n.value <= 12 or not f.n.in_words:
        return False
    if _HOUR_OF_RE.match(f.text, f.n.end, f.hi) is not None:
        return True
    return (
        _word_before(f.text, f.lo, f.n.start) in _FROM_TO
        and _NIGHT_RE.match(f.text, f.n.end, f.hi) is not None
    )


def _whole_hour(f: _Figure) -> bool:
    """A whole hour of the day: "в 11 часов", "в 7 утра", "в 3 дня", "около пяти часов утра"."""
    if f.n.high is not None or f.n.value != int(f.n.value) or not 0 <= f.n.value <= 24:
        return False
    hour = f.unit is not None and f.unit.lemma == "час"
    if f.n.in_words:
        # "около пяти часов утра", "в семь часов вечера": an hour in words with its word.
        return hour and f.n.value >= 1 and _clock_hour(f, f.n.start)
    if f.n.value <= 12 and _HOUR_OF_RE.match(f.text, f.n.end, f.hi) is not None:
        return True
    if 1 <= f.n.value <= 12 and f.unit is not None and f.unit.lemma == "день" and _at_hour_of_day(f):
        return True  # "во вторник в 3 дня": at three in the afternoon, not three days
    # "митинг начнется в 11 часов", "к 18 часам", "с 15 часов дня", "намечено на 19 часов"
    return hour and _clock_hour(f, f.n.start)


def _is_clock_time(f: _Figure) -> bool:
    """Rule: "около 8.40", "в 7.30 утра", "с 7 утра до 10 вечера", "в 11 часов": a time of day, not a quantity."""
    minutes = f.unit is not None and f.unit.lemma == "минута"
    before = _HOUR_BEFORE_RE.search(f.text, max(f.lo, f.n.start - 30), f.n.start) if minutes else None
    if before is not None and _clock_hour(f, before.start()):
        return True  # "в 9 часов 40 минут", "16 часов 45 минут местного времени", "Начало — 13 часов 30 минут"
    if _hour_in_words(f) or _whole_hour(f):
        return True
    if f.unit is not None and f.unit.lemma == "час" and _CLOCK_RE.match(f.n.surface) is not None:
        return f.n.high is None and _clock_hour(f, f.n.start)  # "открылось в 9.15 час.": hours and minutes
    if f.unit is not None and f.unit.lemma not in _DAY_PARTS:
        return False
    return f.n.scale is None and f.n.high is None and _CLOCK_RE.match(f.n.surface) is not None


# An ordinal in the accusative feminine and a conjunction right before "третью": "первую, вторую и третью".
_ORDINAL_PAIR_RE = cache.pattern(rf"(?i:первую|вторую|четвертую|четвёртую)(?:,|{_HS}++(?:и|или)){_HS}++\Z", _V)


# Adverbs that follow an ordinal and count a series: "третью подряд игру", "третью кряду победу".
_ORDINAL_ADVERBS = frozenset({"подряд", "кряду"})


def _is_third_ordinal(f: _Figure) -> bool:
    """
    Rule: "привлечь третью партию": "третью" before a feminine noun in the accusative that agrees with it is the
    ordinal, not the fraction ("на треть", "с третью населения").
    """
    if f.n.surface.lower() != "третью":
        return False
    if _ORDINAL_PAIR_RE.search(f.text, max(f.lo, f.n.start - 30), f.n.start) is not None:
        return True  # "вторую и третью попытки": ordinals joined before their noun
    after = _next_word(f.text, f.n.end, f.hi)
    if after is not None and after.text.lower() in _ORDINAL_ADVERBS:
        return True  # "третью подряд игру": a place in a series
    if after is not None and after.text.lower() == "же":
        after = _next_word(f.text, after.end, f.hi)  # "Третью же концовку"
    return after is not None and any(
        p.tag.POS in ("NOUN", "ADJF") and {"femn", "sing", "accs"} <= p.tag.grammemes
        for p in _morph.parse(after.text.lower())[:2]
    )


def _is_road_marker(f: _Figure) -> bool:
    """Rule: "на 842 км трассы А-2": a kilometre post on a road (a road noun of ``exclusions.tsv``), no distance."""
    if f.unit is None or f.unit.lemma != "километр" or f.n.high is not None or f.q is not None:
        return False
    if _word_before(f.text, f.lo, f.n.start) != "на":
        return False
    road = _next_word(f.text, f.unit.end, f.hi)
    return road is not None and _morph.lemma(road.text.lower()) in _rx().roads


_LATE_EXCLUSIONS = (
    ("road-marker", _is_road_marker),
    ("lone-scale", _is_lone_scale),
    ("article-one", _is_article_one),
    ("third-ordinal", _is_third_ordinal),
    ("part-of-period", _is_fraction_of_time),
    ("clock-time", _is_clock_time),
)


# Rules that accept a number with no unit and no scale; each returns the
# unit lemma to use ("" for none) or None when it does not apply.
def _fraction_unit(f: _Figure) -> str | None:
    """Shares are metrics with no unit ("на треть", "две трети", "каждый пятый")."""
    return "" if _is_fraction(f.n) else None


def _governed_unit(f: _Figure) -> str | None:
    """A qualified or governed number: "более 460", "до 415 выросло число судов"."""
    rx = _rx()
    governed = f.gov is not None or (
        f.q is None
        and rx.to_or_by_before.search(f.text, max(f.lo, f.start - 4), f.start) is not None
        and _governor(f.text, f.lo, f.start, f.end, f.hi) is not None
    )
    if f.qualifier is None and not governed:
        return None
    return _listed_unit(f) or _repeated_unit(f) or _anaphoric_unit(f.text, f.lo, f.n, f.hi, f.prev) or ""


# "… и 19 против", "… и 72 «против»", "… и 5 воздержались": the count of a vote after the count for.
_AGAINST_AFTER_RE = cache.pattern(rf"{_HS}++[«\"]?+(?i:против|воздержал\p{{L}}{{0,4}}+)(?![\p{{L}}])", _V)
# "за" as a word (or in quotation marks) near the count for.
_FOR_NEAR_RE = cache.pattern(r"(?<![\p{L}])[«\"]?+(?i:за)[»\"]?+(?![\p{L}])", _V)
# How far back the count for may stand.
_VOTE_REACH = 80


def _votes_unit(f: _Figure) -> str | None:
    """Rule: "41 сенатор проголосовал за и 17 против", "при 238 голосах «за» и 54 «против»": the count against."""
    if f.n.in_words or f.n.scale is not None or not f.prev:
        return None
    if _AGAINST_AFTER_RE.match(f.text, f.n.end, f.hi) is None:
        return None
    last = f.prev[-1]
    if last.unit is None or _unit_kind(last.unit) != "count" or not 0 <= f.n.start - last.end <= _VOTE_REACH:
        return None
    # "за" before the count for ("За проголосовали 120 депутатов, 15 против") or after it
    for_at = _FOR_NEAR_RE.search(f.text, max(f.lo, last.start - _VOTE_REACH // 2), f.n.start)
    return last.unit if for_at is not None else None


def _listed_unit(f: _Figure) -> str | None:
    """Rule: "за высказались 31 депутат, против — 38": a figure after a dash in a list of figures."""
    if not f.prev or (f.n.in_words and f.n.value < 2):
        return None  # "против — один" may be "one of them"; "у оппозиции — пять" counts
    last = f.prev[-1]
    if last.sentence_end is None or last.end > f.n.start or f.n.start >= last.sentence_end:
        return None
    if not _rx().dash_before.search(f.text, max(f.lo, f.start - 8), f.start):
        return None  # the dash stands before the qualifier: "«Веста» — около 75 000"
    gap = f.text[last.end : f.start]
    label = gap.rpartition(":")[2]
    if ":" in gap and len(label.split()) > 4:
        return None  # a breakdown after a colon names each item in a word or two ("12 нарушений: Хама — 4")
    if len(gap) > 60 or any(ch in gap for ch in ".!?") or not any(ch.isalpha() for ch in label):
        return None  # a label names each item ("против — 49"); "256 школьников — 200" is no list
    if ";" in gap and not _rx().dash_before.search(f.text, max(f.lo, last.start - 8), last.start):
        return None  # after a semicolon only the next item of a list of dashes ("в июне – 3,1; в июле – 3,4")
    if last.unit is None:
        return ""
    if _unit_kind(last.unit) == "count":
        return last.unit
    return _listed_measure(f, last.unit)


def _listed_measure(f: _Figure, unit: str) -> str:
    """
    The measure a bare list item repeats: "АИ-92 — 50 рублей, АИ-95 — 55", "Казахстана — 30%, Узбекистана — 25".

    Figures in brackets are asides, not items ("Турция — $5,2 млн (14%) и Иран — 3,1"); after
    a scaled item the bare number leaves its scale unsaid too, so its unit stays open.
    """
    item = next((x for x in reversed(f.prev) if not (x.start > 0 and f.text[x.start - 1] == "(")), None)
    if item is None or item.unit != unit or _is_scaled(item) or _unit_kind(unit) == "multiplier":
        return ""
    return "" if _other_size(f, item) else unit


def _other_size(f: _Figure, last: Metric) -> bool:
    """Whether the bare number is far larger than the measure before it: "16,5% … 40512" restates another."""
    return f.n.value > 100 * max(1.0, abs(last.value))


# A comma and up to three words between two parallel figures: ", в Подмосковье до -2", ", импорт – на 7".
_PARALLEL_GAP_RE = cache.pattern(
    # "от 50 лет и старше, женщин от 40": an open end of the first figure may stand before the comma.
    rf"(?:{_HS}++и{_HS}++(?:старше|младше|более|выше|ниже|меньше))?+"
    rf"{_HS}*+,(?:{_HS}*+\p{{L}}[\p{{L}}\-]*+){{0,3}}+(?:{_HS}*+[\u2013\u2014-])?+{_HS}++\Z",
    _V,
)


def _lead_word(text: str, lo: int, m: Metric) -> str:
    """The preposition that leads figure *m*: the first word of its surface ("до +3 градусов"), else the word before."""
    first = m.surface.split(maxsplit=1)[0].lower() if m.surface[:1].isalpha() else ""
    return first if first in ("на", "до") else _word_before(text, lo, m.start)


def _parallel_unit(f: _Figure) -> str | None:
    """
    Rule: the same preposition repeats a figure's unit for a bare number.

    "на 10 процентов выросло число дорог, а на 5 – мостов"; "до +3 градусов, в
    области до -2" (after a comma and a few words, for units other than counts).
    """
    if not f.prev or f.n.in_words:
        return None
    last = f.prev[-1]
    if last.unit is None or last.sentence_end is None or not last.end <= f.n.start < last.sentence_end:
        return None
    prep = _word_before(f.text, f.lo, f.n.start)
    if prep not in ("на", "до", "от") or _lead_word(f.text, f.lo, last) != prep or f.n.start - last.end > 80:
        return None
    before_prep = f.n.start - len(prep) - 1
    joined = _word_before(f.text, f.lo, before_prep)
    if joined in ("а", "и", "но"):
        return last.unit
    if _unit_kind(last.unit) in ("count", "classifier") or _is_scaled(last):
        return None
    gap = _PARALLEL_GAP_RE.match(f.text, last.end, f.text.rfind(prep, last.end, f.n.start))
    return last.unit if gap is not None else None


def _signed_unit(f: _Figure) -> str | None:
    """Rule: "днем -4°, ночью до -9": a signed bare number after a temperature in the same sentence."""
    if not f.prev or f.n.in_words or f.text[f.n.start] not in "+-\u2212":
        return None
    last = f.prev[-1]
    if last.unit is None or last.sentence_end is None or not last.end <= f.n.start < last.sentence_end:
        return None
    if _unit_kind(last.unit) != "temperature" or f.n.start - last.end > 60:
        return None
    return last.unit


# What closes a list of figures before its last, bare item: ", 7% и 9", "5%, 7%, 9".
_LIST_TAIL_RE = cache.pattern(rf"{_HS}*+(?:,{_HS}*+(?:(?i:и|или){_HS}++)?+|(?i:и|или){_HS}++)\Z", _V)


# "на 5% и 7.": a measure and a bare number joined by "и" alone.
_AND_RE = cache.pattern(rf"{_HS}++(?i:и){_HS}++\Z", _V)  # not "или": "16,5% или 40512" restates it


def _list_tail_unit(f: _Figure) -> str | None:
    """Rule: "5%, 7% и 9", "на 5% и 7.": the last item of a list of measures, left bare, repeats their unit."""
    if not f.prev or f.n.in_words or f.n.scale is not None:
        return None
    last = f.prev[-1]
    if last.unit is None or _unit_kind(last.unit) in ("count", "classifier", "multiplier") or _is_scaled(last):
        return None
    if _LIST_TAIL_RE.match(f.text, last.end, f.start) is None or _other_size(f, last):
        return None  # "16,5%, 40512": a figure of another size restates another quantity
    before = f.prev[-2] if len(f.prev) > 1 else None
    if before is not None and before.unit == last.unit and _LIST_TAIL_RE.match(f.text, before.end, last.start):
        return last.unit  # "5%, 7% и 9"
    joined = _AND_RE.match(f.text, last.end, f.start) is not None
    return last.unit if joined and _ITEM_END_RE.match(f.text, f.n.end, f.hi) is not None else None


# ", в Астане 30", ", а у Казахстана — 12": a comma, a place or party with its preposition, maybe a dash.
_PLACE_LABEL_RE = cache.pattern(
    rf"{_HS}*+,{_HS}*+(?:(?i:а){_HS}++)?+(?i:в|во|на|у|по){_HS}++\p{{L}}[\p{{L}}\-]*+(?:{_HS}++\p{{L}}[\p{{L}}\-]*+)?+"
    rf"{_HS}*+(?:[\u2013\u2014-]{_HS}*+)?+\Z",
    _V,
)
# What may follow the last figure of such a list item: a comma, a full stop, "и", a bracket or the end.
_ITEM_END_RE = cache.pattern(rf"{_HS}*+(?:[,.;)]|(?i:и|а){_HS}|\Z)", _V)


def _place_list_unit(f: _Figure) -> str | None:
    """Rule: "в Алматы 45 случаев, в Астане 30, в Шымкенте 12": figures by place repeat the unit of the first."""
    if not f.prev or f.n.in_words or f.n.scale is not None:
        return None
    last = f.prev[-1]
    if last.unit is None or last.sentence_end is None or not last.end <= f.n.start < last.sentence_end:
        return None
    if _PLACE_LABEL_RE.match(f.text, last.end, f.start) is None or _ITEM_END_RE.match(f.text, f.n.end, f.hi) is None:
        return None
    if _unit_kind(last.unit) == "multiplier" or (_unit_kind(last.unit) != "count" and _other_size(f, last)):
        return None
    return "" if _is_scaled(last) else last.unit


# "13 пакетиков вместо 12", "рост на 5% против 3": the figure compared with, right after "вместо"/"против".
_INSTEAD_RE = cache.pattern(rf"(?:{_HS}++\p{{Ll}}++){{0,3}}?{_HS}*+,?+{_HS}*+(?i:вместо|против){_HS}++\Z", _V)


def _compared_unit(f: _Figure) -> str | None:
    """
    Rule: "в 13 пакетиков вместо 12", "5% против 3", "вместо двух островов четыре": a bare number compared with the
    figure before it.
    """
    if not f.prev or f.n.scale is not None:
        return None
    last = f.prev[-1]
    if last.unit is None or not f.lo <= last.end <= f.start or f.start - last.end > 60 or _is_scaled(last):
        return None
    if _INSTEAD_RE.match(f.text, last.end, f.start) is not None:
        return last.unit
    # "потребовала вместо двух островов четыре": the figure replaced stands first, the bare number right after it.
    replaced = _INSTEAD_BEFORE_RE.search(f.text, max(f.lo, last.start - _INSTEAD_BACK), last.start)
    ends = _ITEM_END_RE.match(f.text, f.n.end, f.hi) is not None
    return last.unit if replaced is not None and not f.text[last.end : f.start].strip() and ends else None


# "вместо" right before a figure.
_INSTEAD_BEFORE_RE = cache.pattern(rf"(?i:вместо){_HS}++\Z", _V)
_INSTEAD_BACK = 8


# What sets a bare number against the figure before it in one sentence ("отметки 2303 пункта, после чего опустился до
# уровня 2285" goes on from it): "убил 86 человек и ранил 434", "поддержали
# 306 выборщиков, а его соперницу — только 232", "2227 преступлений, тогда как в 2017-м — 1871", "в 11 странах, а
# сейчас — в 27": "и"/"а"/"но"/"тогда как" after the figure, up to three words, maybe a dash and a limiting word.
_CONTRAST_RE = cache.pattern(
    rf"(?:{_HS}++\p{{Ll}}++){{0,3}}?{_HS}*+(?:,{_HS}*+)?+"
    rf"(?i:и|а|но|тогда{_HS}++как|в{_HS}++то{_HS}++время{_HS}++как|после{_HS}++чего|затем)"
    rf"(?:{_HS}++[\p{{L}}\d-]++){{1,3}}?{_HS}*+(?:[\u2013\u2014-]{_HS}*+)?+"
    rf"(?:(?i:только|всего|лишь|уже|ещё|еще){_HS}++)?+(?:(?i:в|на|из|до|с){_HS}++)?+\Z",
    _V,
)
# How far after the figure before the contrasted bare number may stand.
_CONTRAST_REACH = 80


def _contrasted_unit(f: _Figure) -> str | None:
    """
    Rule: "убил 86 человек и ранил 434", "306 выборщиков, а его соперницу — только 232": a bare number that ends its
    clause, set against the figure before it in the same sentence by "и", "а", "тогда как", counts what that one
    counts (not a year: "в 2017-м — 1871" keeps the year out of the way).
    """
    if not f.prev or f.n.scale is not None or f.n.high is not None or (f.n.in_words and f.n.value < 2):
        return None  # "один …, другой": one set against another, no count
    last = f.prev[-1]
    if last.unit is None or last.sentence_end is None or not last.end <= f.n.start < last.sentence_end:
        return None
    if f.start - last.end > _CONTRAST_REACH or _is_scaled(last) or _other_size(f, last):
        return None
    if _unit_kind(last.unit) == "multiplier" or _ITEM_END_RE.match(f.text, f.n.end, f.hi) is None:
        return None
    return last.unit if _CONTRAST_RE.match(f.text, last.end, f.start) is not None else None


# Between alternatives denied one after another: ", и не", ", а не", ", ни", " не".
_DENIED_GAP_RE = cache.pattern(rf"{_HS}*+,?+{_HS}*+(?:(?i:и|а|или){_HS}++)?+(?i:не|ни){_HS}++\Z", _V)


def _denied_unit(f: _Figure) -> str | None:
    """
    Rule: "не два счёта, и не пять, и не шесть": bare counts denied one after another right after a count repeat
    its noun.
    """
    if not f.prev or f.n.scale is not None:
        return None
    last = f.prev[-1]
    if last.unit is None or _unit_kind(last.unit) != "count" or f.start - last.end > _DENIED_REACH:
        return None
    if _DENIED_GAP_RE.match(f.text, last.end, f.start) is None:
        return None
    return last.unit if _ITEM_END_RE.match(f.text, f.n.end, f.hi) is not None else None


_DENIED_REACH = 12


def _repeated_unit(f: _Figure) -> str | None:
    """The unit a bare number repeats from the figure before it (see the rules)."""
    return (
        _parallel_unit(f)
        or _signed_unit(f)
        or _list_tail_unit(f)
        or _place_list_unit(f)
        or _compared_unit(f)
        or _dimension_unit(f)
        or _contrasted_unit(f)
        or _denied_unit(f)
    )


# "в длину", "в ширину": the dimension a size is given in.
_DIMENSION = rf"(?i:в){_HS}++(?i:длину|ширину|высоту|глубину|толщину|диаметре|поперечнике)"
_DIMENSION_GAP_RE = cache.pattern(rf"{_HS}++{_DIMENSION}{_HS}*+(?:,{_HS}*+)?+(?:(?i:и|а){_HS}++)?+\Z", _V)
_DIMENSION_AFTER_RE = cache.pattern(rf"{_HS}++{_DIMENSION}(?!\p{{L}})", _V)


def _dimension_unit(f: _Figure) -> str | None:
    """Rule: "14 метров в длину и 5 в ширину": sizes in two dimensions share the unit of the first."""
    if not f.prev or f.n.in_words or f.n.scale is not None:
        return None
    last = f.prev[-1]
    if last.unit is None or _unit_kind(last.unit) != "length":
        return None
    if _DIMENSION_GAP_RE.match(f.text, last.end, f.start) is None:
        return None
    return last.unit if _DIMENSION_AFTER_RE.match(f.text, f.n.end, f.hi) is not None else None


def _measured_unit(f: _Figure) -> str | None:
    """Rule: "землетрясение магнитудой 5,2", "температура будет -4": a quantity named just before (measures.tsv)."""
    if f.n.in_words and f.n.value == 0:
        return None  # "опустится ниже нуля" names no reading
    start = _clause_start(f.text, f.lo, f.start)
    for m in reversed(_words(f.text, start, f.start)[-6:]):
        found = _noun_lemma(m.text, None)
        unit = measures().get(found[0]) if found is not None else None
        if unit is None:
            continue
        between = []
        for x in reversed(f.prev):  # only the figures after the quantity's name; prev is in text order
            if x.start < m.end:
                break
            if x.end <= f.start:
                between.append(x)
        if any(x.unit != unit for x in between) or sum(ch.isdigit() for ch in f.text[m.end : f.start]) > sum(
            ch.isdigit() for x in between for ch in x.surface
        ):
            return None  # "магнитудой 4 балла, … 5": the quantity was given a figure with another unit
        return "" if unit == "-" else unit  # "коэффициент рождаемости составил 1,7": a figure with no unit
    return None


def _bracketed_unit(f: _Figure) -> str | None:
    """Rule: "3,34% (11 810)", "820 (31,4%) из 2 615 участков": a count beside a share in brackets."""
    text, n = f.text, f.n
    if n.in_words or n.value != int(n.value):
        return None
    # A window, not the sentence: the engine looks for the pattern's "из" up to the end it is given.
    share = _rx().share_of.match(text, n.end, min(f.hi, n.end + 80))
    if share is not None:
        words = _words(text, share.end(), min(f.hi, share.end() + 60))[:3]
        for m in words:
            found = _noun_lemma(m.text, None)
            if found is not None:
                return found[0]
        return ""
    opened = n.start > 0 and text[n.start - 1] == "(" and n.end < len(text) and text[n.end] == ")"
    if opened and (ahead := _bracketed_ahead(f)) is not None:
        return ahead
    last = f.prev[-1] if f.prev else None
    if not opened or last is None or not 0 <= n.start - 1 - last.end <= 2:
        return None
    for x in reversed(f.prev):  # "(193 418 голосов) … (11 810)": the count given in brackets before
        if x.unit is not None and x.start > 0 and text[x.start - 1] == "(" and _unit_kind(x.unit) == "count":
            return x.unit
    return _anaphoric_unit(text, f.lo, n, f.hi, f.prev) or ""


def _bracketed_ahead(f: _Figure) -> str | None:
    """
    Rule: "в январе (5 210), в марте (4 120) и в мае (3 980 обращений)": a bare count alone in brackets in a list
    of such brackets takes the counted noun written in the last of them.
    """
    here = f.n
    for nxt in f.ahead[: 2 * _BRACKET_LIST_ITEMS]:
        if nxt.scale is None and _YEAR_RE.fullmatch(nxt.surface) is not None:
            continue  # "в марте 2019 года (4 120)": the year of the next item
        gap = f.text[here.end : nxt.start]
        bracketed = gap.startswith(")") and gap.endswith("(")
        if len(gap) > _BRACKET_LIST_GAP or not bracketed or _END_IN_GAP_RE.search(gap):
            return None
        unit = _unit_after(f.text, nxt, f.hi)
        if unit is not None:
            return unit.lemma if unit.kind == "count" and f.text.startswith(")", unit.end) else None
        if not f.text.startswith(")", nxt.end):
            return None
        here = nxt
    return None


# How many bracketed items ahead, and how far apart, a bare count in brackets looks for its counted noun.
_BRACKET_LIST_ITEMS = 4
_BRACKET_LIST_GAP = 60
_END_IN_GAP_RE = cache.pattern(r"[.;!?\n]")


# How many numbers ahead a bare number may look for the unit it shares ("5, 6 и 7 лет").
_PAIR_AHEAD = 3
# What joins a bare number to the next figure whose unit it shares: "до 8 и 9 лет",
# "с 9,5 до 10,25%", "30-35 и даже 40 центнеров", "5, 6 или 7 дней", "до 11 или даже до 14 метров",
# "и в 15, и в 40 пунктов" (the preposition repeated), "40 на 60 сантиметров", "21 х 14 см" (sides of a size).
_PAIR_JOIN_RE = cache.pattern(
    rf"{_HS}*+(?:,{_HS}*+)?+(?:(?i:и|или|либо|до|из|на|а{_HS}++(?:то|где-то|кое-где|иногда|порой|местами){_HS}++и)"
    rf"(?:{_HS}++(?i:даже))?+(?:{_HS}++(?i:до|в|на))?+{_HS}++)?+\Z"
    rf"|{_HS}*+[хx×]{_HS}*+\Z"
    # "41 из чуть более 50 депутатов": the whole's own qualifier after "из"
    rf"|{_HS}++(?i:из){_HS}++(?i:(?:чуть{_HS}++)?(?:более|менее|свыше|около|почти|примерно)){_HS}++\Z",
    _V,
)


def _paired_unit(f: _Figure) -> str | None:
    """Rule: "до 8 и 9 лет", "с 9,5 до 10,25%": a bare number takes the unit of the figure it is joined to."""
    text, here = f.text, f.n
    for nxt in f.ahead:
        gap = text[here.end : nxt.start]
        if here.scale is not None and gap.startswith(".") and gap[1:].strip()[:1].islower():
            gap = gap[1:]  # "985 тыс. из 4,1 млн": the full stop of an abbreviated scale, no sentence's end
        if (len(gap) > 16 or _PAIR_JOIN_RE.match(gap) is None) and not _parallel_verbs(f, here, gap):
            return None
        if nxt.in_words != f.n.in_words and not _change_ends(f, gap) and gap.strip().lower() != "из":
            # "с 40 до десяти дней": a change from one level to another, however each is written; a part of a whole
            # may be written either way ("пятеро из 20 курсантов").
            return None
        if gap.strip() == "" or _rx().date_after.match(text, nxt.end, f.hi) is not None:
            return None  # "5 6" is no pair; "5 и 6 мая" are days
        if nxt.scale is not None and here.scale is None:
            if here is f.n and _shared_scale(f, gap, nxt):
                # "с 313 до 766,3 млрд руб.": a change from one level to another, both of one scale.
                unit = _unit_after(text, nxt, f.hi)
                if unit is None or unit.kind == "multiplier":
                    return None
                f.n = evolve(f.n, value=f.n.value * nxt.scale, scale=nxt.scale)
                return unit.lemma
            return None  # "10 и 20 млн": the scale may be shared, or not
        unit = _unit_after(text, nxt, f.hi)
        if unit is not None:
            return _pair_partner_unit(f, here, gap, unit)
        if nxt.currency is not None:
            return None
        here = nxt
    return None


# "погибли 5 и ранены 12 человек": "и" and the verb of the next figure, as the first one has its own.
_PARALLEL_VERB_RE = cache.pattern(rf"{_HS}++(?i:и){_HS}++(?P<v>\p{{Ll}}++){_HS}++\Z", _V)


def _parallel_verbs(f: _Figure, here: NumberMention, gap: str) -> bool:
    """
    Whether a bare number and the next figure each follow a verb or a short participle, joined by "и" (``погибли 5 и
    ранены 12 человек``, ``нейтрализованы 13 и задержаны 19 контрабандистов``): two counts of one noun.
    """
    m = _PARALLEL_VERB_RE.match(gap)
    if m is None or here is not f.n:
        return False
    before = _word_before(f.text, f.lo, here.start)
    return _predicate_word(m.group("v")) and bool(before) and _predicate_word(before)


def _predicate_word(word: str) -> bool:
    """Whether *word* reads first as a finite verb or a short participle (``погибли``, ``ранены``)."""
    first = _morph.parse(word.lower())[:1]
    return bool(first) and first[0].tag.POS in ("VERB", "PRTS")


def _pair_partner_unit(f: _Figure, here: NumberMention, gap: str, unit: _Unit) -> str | None:
    """The unit of the figure a bare number is joined to by *gap* (:func:`_paired_unit`), if it may share it."""
    # A part of a whole is a count, also of numbered things ("по двум из девяти пунктов обвинения"), where "3 и 4
    # пункты" are numbers of items.
    part = gap.strip().lower() == "из" and f.n.value >= 2  # not "одной из пяти частей": "one of"
    # "в 14 и 8 раз больше": times too, after "в" and joined by "и".
    times = unit.kind == "multiplier" and gap.strip().lower() == "и" and _word_before(f.text, f.lo, here.start) == "в"
    usable = times or unit.kind not in ("multiplier", "record")
    return unit.lemma if usable and (part or unit.lemma not in _rx().references) else None


# Adjectives after a bare number, then a comma or "и" before the next number: "8 игровых и 6 документальных фильмов".
_ADJECTIVES_THEN_JOIN_RE = cache.pattern(
    rf"(?P<adj>(?:{_HS}++\p{{Ll}}[\p{{Ll}}-]*+){{1,3}}?)(?:,{_HS}*+|{_HS}++(?:и|или){_HS}++)\Z", _V
)


def _adjectival_pair_unit(f: _Figure) -> str | None:
    """
    Rule: "8 игровых и 6 документальных фильмов", "1228 физических и 468 юридических лиц": a number with adjectives
    and no noun takes the counted noun of the figure it is joined to.
    """
    if f.n.scale is not None:
        return None
    here = f.n
    for nxt in f.ahead:  # "8 игровых, 8 анимационных и 8 документальных фильмов": along the list to its noun
        gap = _ADJECTIVES_THEN_JOIN_RE.match(f.text, here.end, nxt.start) if nxt.start - here.end <= 60 else None
        if gap is None or nxt.in_words != f.n.in_words or nxt.scale is not None:
            return None
        if not all(_morph.reads_as(w, ("ADJF", "PRTF"), first=True) for w in gap.group("adj").split()):
            return None
        unit = _unit_after(f.text, nxt, f.hi)
        if unit is not None:
            # "физических и 468 юридических лиц": the noun without the other figure's adjective.
            return unit.lemma.split()[-1] if _unit_kind(unit.lemma) == "count" else None
        here = nxt
    return None


def _adjectival_ellipsis_unit(f: _Figure) -> str | None:
    """
    Rule: "117 советских объектов и 32 американских": a number with adjectives and no noun after a figure joined to
    it takes that figure's counted noun; the adjectives are its surface.
    """
    if not f.prev or f.n.scale is not None:
        return None
    last = f.prev[-1]
    if last.unit is None or _unit_kind(last.unit) != "count":
        return None
    if _ELLIPSIS_JOIN_RE.fullmatch(f.text, last.end, f.start) is None:
        return None
    m = _ADJECTIVES_THEN_END_RE.match(f.text, f.n.end, f.hi)
    if m is None or not all(_morph.reads_as(w, ("ADJF", "PRTF"), first=True) for w in m.group("adj").split()):
        return None
    f.end = m.end("adj")
    return last.unit


# Between a figure and the next that leaves its noun out: "и", "а", a comma.
_ELLIPSIS_JOIN_RE = cache.pattern(rf"{_HS}*+(?:,{_HS}*+)?+(?:(?i:и|а){_HS}++)?+", _V)
# One or two adjectives after a number, then the clause's end: "… и 32 американских."
_ADJECTIVES_THEN_END_RE = cache.pattern(rf"(?P<adj>(?:{_HS}++\p{{Ll}}[\p{{Ll}}-]*+){{1,2}}?)(?=[.,;)!?]|\Z)", _V)


def _change_ends(f: _Figure, gap: str) -> bool:
    """Whether a bare number and the next figure are the ends of a change, ``с … до …``."""
    return gap.strip().lower() == "до" and _word_before(f.text, f.lo, f.n.start) in ("с", "со")


def _shared_scale(f: _Figure, gap: str, nxt: NumberMention) -> bool:
    """
    Whether a bare number opening ``с … до`` shares the scale of the figure that closes it (``с 313 до 766,3 млрд
    руб.``, ``с 114 до 81,5 миллиарда``): read with that scale, the level it changes from is of the same order as
    the level it reaches (``с 800 до 1,2 тыс.`` is 800, and gives no figure).
    """
    if not _change_ends(f, gap):
        return False
    scaled = f.n.value * (nxt.scale or 1)
    return f.n.value > 0 and nxt.value > 0 and 1 / _SAME_ORDER <= scaled / nxt.value <= _SAME_ORDER


# How many times apart two levels of one change may be.
_SAME_ORDER = 10


_MANTISSA_RE = cache.pattern(r"\d[\d\s\u00a0]*+(?:[.,]\d++)?+")


def _mantissa(m: Metric) -> float:
    """The number of a scaled figure before its scale word: 1.2 for "1,2 тыс. предприятий"."""
    found = _MANTISSA_RE.search(m.surface)
    if found is None:
        return m.value
    try:
        return float(regex.sub(r"\s", "", found.group()).replace(",", "."))
    except ValueError:
        return m.value


def _part_of_unit(f: _Figure) -> str | None:
    """Rule: "415 медалей …, из них 176", "32 спутника, три из которых": a part of the figure just given."""
    if not f.prev or f.n.start - f.prev[-1].end > 200:
        return None
    rx = _rx()
    before = rx.part_of.search(f.text, max(f.lo, f.n.start - 40), f.n.start) is not None
    # A window, not the sentence: the engine looks for the pattern's "из" up to the end it is given.
    if not before and rx.part_of_after.match(f.text, f.n.end, min(f.hi, f.n.end + 40)) is None:
        return None
    if not before and _is_scaled(f.prev[-1]) and f.n.value <= _mantissa(f.prev[-1]):
        return None  # "4,2 трлн тенге. Три из них" leaves its scale unsaid ("1,2 тыс. …, 800 из которых" does not)
    return f.prev[-1].unit or ""


# "Среди этих заявок, 375000 из Германии, …": a sentence that opens with the group it counts.
_AMONG_RE = cache.pattern(
    rf"[^\S\n]*+(?i:среди){_HS}++(?:(?i:этих|всех|таких|прочих|поданных|новых){_HS}++)?+(?P<w>\p{{Ll}}++),?+", _V
)
# How far back the opening of a number's sentence is looked for.
_AMONG_REACH = 200


def _among_unit(f: _Figure) -> str | None:
    """Rule: "Среди этих заявок, 375000 из Германии, 260000 из Великобритании": the group the sentence opens with."""
    lo = max(f.lo, f.n.start - _AMONG_REACH)
    stop = max((f.text.rfind(ch, lo, f.n.start) for ch in ".!?\n"), default=-1)
    m = _AMONG_RE.match(f.text, stop + 1 if stop >= lo else lo, f.n.start)
    if m is None or any(ch in f.text[m.end() : f.n.start] for ch in ".!?;:()"):
        return None
    if f.text[m.end() : f.n.start].strip() and not f.text[: f.n.start].rstrip().endswith(","):
        return None  # the number opens the list or an item of it ("…, 260000 из …"), no score after a name
    noun = _genitive_plural_noun(m.group("w"))
    if noun is not None:
        return noun
    for p in _morph.parse(m.group("w"))[:1]:
        # A participle or adjective standing for a noun ("Среди пострадавших 5 – дети").
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" and p.tag.case == "gent":
            single = p.inflect({"masc", "sing", "nomn"})
            return str(single.word) if single is not None else None
    return None


def _labelled_unit(f: _Figure) -> str | None:
    """Rule: "118 выпускников пользовались телефонами, 94 — шпаргалками": a count labelled after a dash."""
    if not f.prev or f.n.in_words or f.qualifier is not None:
        return None
    last = f.prev[-1]
    if last.unit is None or last.sentence_end is None or f.n.start >= last.sentence_end:
        return None
    gap = f.text[last.end : f.n.start]
    after_whole = gap.strip() == "" and _word_before(f.text, f.lo, last.start) == "из"  # "Из 120 участников 45 —"
    if len(gap) > 80 or any(ch in gap for ch in ".;:!?()") or not (gap.rstrip().endswith(",") or after_whole):
        return None
    if _rx().dash_label.match(f.text, f.n.end, f.hi) is None or _unit_kind(last.unit) != "count":
        return None
    return last.unit


# A mark a figure reaches or stands at: "до отметки в 22,62", "на отметке 1500".
_MARK_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})отметк(?:а|и|е|у|ой)[^\S\n]++(?:в[^\S\n]++)?+\Z")


def _mark_unit(f: _Figure) -> str | None:
    """Rule: "опустившись до отметки в 22,62 за акцию": a level a figure reaches counts, with no unit of its own."""
    if f.n.in_words or _MARK_BEFORE_RE.search(f.text, max(f.lo, f.n.start - 16), f.n.start) is None:
        return None
    return ""


def _breakdown_unit(f: _Figure) -> str | None:
    """Rule: "24 кубка (7, 8, 9)": the numbers in brackets right after a count break it down."""
    text, n = f.text, f.n
    if n.in_words or not f.prev:
        return None
    summed = _summed_unit(f)
    if summed is not None:
        return summed
    i = n.start - 1
    floor = max(f.lo, n.start - 40)
    while i >= floor and (text[i].isdigit() or text[i] in _LIST_CHARS):
        i -= 1
    if i < floor or text[i] != "(":
        return None
    after = text[n.end : n.end + 2].lstrip(_LIST_CHARS[2:])
    if not after or after[0] not in ",;)":
        return None
    return _count_before_bracket(f, i)


def _count_before_bracket(f: _Figure, bracket: int) -> str | None:
    """The counted noun of the figure right before the bracket at *bracket*, spaces between (``24 кубка (``)."""
    owner = next((x for x in reversed(f.prev) if x.end <= bracket), None)
    if owner is None or owner.unit is None or f.text[owner.end : bracket].strip(_LIST_CHARS[2:]):
        return None
    return owner.unit if _unit_kind(owner.unit) in ("count", "classifier") else None


def _placed_breakdown_unit(f: _Figure) -> str | None:
    """
    Rule: "шесть примеров (пять в НХЛ и один в КХЛ)", "5 случаев (3 в Москве, 2 в Казани)": the numbers in brackets
    right after a count, each with the place it stands for, break it down.
    """
    text, n = f.text, f.n
    bracket = text.rfind("(", max(f.lo, n.start - _PLACED_BREAKDOWN_REACH), n.start)
    if bracket < 0 or not _PLACED_ITEMS_RE.fullmatch(text, bracket + 1, n.start):
        return None
    if _PLACED_AFTER_RE.match(text, n.end, min(f.hi, n.end + _PLACED_BREAKDOWN_REACH)) is None:
        return None
    return _count_before_bracket(f, bracket)


# The items before a number in such brackets: numbers with a place each, joined by commas or "и" ("пять в НХЛ и ").
_PLACE_OF_ITEM = r"[^\S\n]++(?i:в|во|на|из)[^\S\n]++[\p{L}\d-]++(?:[^\S\n]++(?!и[^\S\n])[\p{L}\d-]++)?+"
_PLACED_ITEMS_RE = cache.pattern(rf"(?:[\p{{L}}\d]++{_PLACE_OF_ITEM}(?:,[^\S\n]*+|[^\S\n]++и[^\S\n]++))*+", _V)
# What follows a number there: its place, then the next item or the closing bracket.
_PLACED_AFTER_RE = cache.pattern(rf"{_PLACE_OF_ITEM}(?:[,)]|[^\S\n]++и[^\S\n])", _V)
# How far a breakdown by places reaches.
_PLACED_BREAKDOWN_REACH = 60


# "их число вырастет до 20": a number of things already counted.
_THEIR_NUMBER_RE = cache.pattern(
    r"(?<![\p{L}])(?i:их)\s++(?i:числ(?:о|а|у|ом)|количеств(?:о|а|у|ом))(?![\p{L}])", _V
)


def _named_before_unit(f: _Figure) -> str | None:
    """Rule: "число новых рабочих мест – 420": what a bare number counts, named before it."""
    found = _counted_before(f.text, f.lo, f.n.start)
    if found is not None or not f.prev:
        return found
    last = f.prev[-1]
    start = _clause_start(f.text, f.lo, f.n.start)
    if last.unit is None or _unit_kind(last.unit) != "count" or f.n.start - last.end > 120:
        return None
    their = _THEIR_NUMBER_RE.search(f.text, start, f.n.start)  # "14 пунктов, … их число"
    return last.unit if their is not None else None


def _is_neuter_predicate(word: str) -> bool:
    """Whether *word* is a neuter singular verb or short participle: "выявлено", "поступило", "было"."""
    return any(
        p.tag.POS in ("VERB", "PRTS") and p.tag.number == "sing" and p.tag.gender == "neut"
        for p in _morph.parse(word.lower())
    )


def _counted(lemma: str) -> str | None:
    """*lemma* as what a bare number counts, unless it is a time (``В течение этих суток призвано более 300``)."""
    return lemma if _unit_kind(lemma) != "time" else None


def _genitive_plural_noun(word: str) -> str | None:
    """The lemma of *word* read as a common noun in the genitive plural, if it has that reading."""
    for parse in _morph.parse(word.lower()):
        tag = parse.tag
        if tag.POS == "NOUN" and tag.number == "plur" and tag.case == "gent" and not _NAME_TAGS & tag.grammemes:
            return str(parse.normal_form)
    return None


# "двое из них", "пятеро из задержанных", "Двое из преступников": a count of the group named after "из".
_PARTITIVE_RE = cache.pattern(rf"{_HS}++из{_HS}++(?:(?P<pron>них|которых){_END_WORD})?+")


def _partitive_unit(f: _Figure) -> str | None:
    """Rule: "Двое из преступников", "двое из них": two or more of a group, counted; the group's noun is the unit."""
    if f.n.value < 2 or f.n.high is not None or f.n.scale is not None:
        return None
    m = _PARTITIVE_RE.match(f.text, f.n.end, min(f.hi, f.n.end + 60))
    if m is None:
        return None
    if m.group("pron"):
        # Only a collective numeral counts people this way: "Девять из них" after "9,5 трлн" leaves its scale unsaid.
        if not f.n.surface.lower().endswith(_COLLECTIVE_ENDINGS):
            return None
        f.end = m.end()
        return ""
    prev, adjective = m.end(), None
    for w in words_in(f.text, m.end(), min(f.hi, m.end() + 60))[:3]:
        # The most likely reading decides: "главных" is an adjective here, though it may be a noun.
        p = next(iter(_morph.parse(w.text.lower())), None)
        if p is None or f.text[prev : w.start].strip() or p.tag.number != "plur" or p.tag.case != "gent":
            break
        if w.text[:1].isupper():
            break  # "147000 из Нидерландов": a place the number comes from, no group
        if p.tag.POS == "NOUN":
            f.end = w.end
            return str(p.normal_form)
        if p.tag.POS not in ("ADJF", "PRTF"):
            break
        adjective, prev = (w, p), w.end
    if adjective is None:
        return None
    # "трое из задержанных": an adjective or participle standing for its noun.
    w, p = adjective
    f.end = w.end
    return _as_person(p) or str(p.normal_form)


# Collective numerals in the nominative: standing alone as a subject, they count people ("трое ранены").
_COLLECTIVE_SUBJECTS = frozenset(
    {"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро", "десятеро"}
)
# The end of a clause right after a number: "… всего двое.".
_CLAUSE_END_AFTER_RE = cache.pattern(rf"{_HS}*+(?:[.,!?;…]|\Z)")
# How many words before a collective numeral at the end of its clause its verb may stand.
_SUBJECT_AFTER_VERB = 6
# Pronouns of a group a collective numeral counts: "нас пятеро".
_GROUP_PRONOUNS = frozenset({"нас", "вас", "их"})
# A dash right after a number: "двое – «против»".
_DASH_AFTER_RE = cache.pattern(rf"{_HS}*+[–—]")


def _people_subject_unit(f: _Figure) -> str | None:
    """
    Rule: "трое ранены", "двое – «против», а трое воздержались": a collective numeral in the nominative as the
    subject of a verb or a short participle, or before a dash, counts people.
    """
    if f.n.surface.lower() not in _COLLECTIVE_SUBJECTS:
        return None
    if _CLAUSE_END_AFTER_RE.match(f.text, f.n.end, min(f.hi, f.n.end + 4)) is not None:
        # "Против проголосовали всего двое.", "нас всего пятеро!": the subject after its verb, or what a group numbers
        before = _words(f.text, _clause_start(f.text, f.lo, f.n.start), f.n.start)[-_SUBJECT_AFTER_VERB:]
        low = [m.text.lower() for m in before]
        if any(w in _GROUP_PRONOUNS or _morph.reads_as(w, ("VERB", "PRTS"), first=True) for w in low):
            return _people_counted_before(f) or "человек"
        return None
    if _DASH_AFTER_RE.match(f.text, f.n.end, min(f.hi, f.n.end + 4)) is None:
        nxt = spaced_word_after(f.text, f.n.end, most=None)
        if nxt is None or nxt.end > f.hi or f.text[f.n.end : nxt.start].strip():
            return None
        if not _morph.reads_as(nxt.text.lower(), ("VERB", "PRTS"), first=True):
            return None
    return _people_counted_before(f) or "человек"


# The verb of an age after its holder in the dative: "Ему исполнилось 61", "Сомову было 48".
_AGE_VERB_RE = cache.pattern(
    rf"(?<!\p{{L}})(?P<who>\p{{L}}++){_HS}++(?i:было|будет|исполнилось|исполнится|стукнуло)"
    rf"(?:{_HS}++(?i:уже|всего|лишь|только|почти))?+{_HS}++\Z",
    _V,
)


def _age_unit(f: _Figure) -> str | None:
    """Rule: "Ему исполнилось 61", "Сомову было 48": a bare number of years after its holder in the dative."""
    if f.n.scale is not None or f.n.high is not None or f.n.value != int(f.n.value) or not 0 < f.n.value < 130:
        return None
    m = _AGE_VERB_RE.search(f.text, max(f.lo, f.start - 40), f.start)
    if m is None:
        return None
    who = m.group("who").lower()
    first = _morph.parse(who)[:1]
    if not first or first[0].tag.case != "datv":
        return None
    tag = first[0].tag
    person = (tag.POS == "NPRO" and "Inan" not in tag.grammemes) or {"Surn", "Name"} & tag.grammemes
    return "год" if person else None


# A number in digits and the noun it counts: "2958 депутатов".
_COUNTED_BEFORE_RE = cache.pattern(rf"\d[\d{_HS}]*+{_HS}++(\p{{Ll}}{{3,30}}+)")
# How far back in its sentence a collective numeral looks for the people counted before it.
_PEOPLE_BACK = 160


def _people_counted_before(f: _Figure) -> str | None:
    """The people a number in the same sentence counted before (``2958 депутатов … двое – «против»``), if any."""
    lo = max(f.lo, f.n.start - _PEOPLE_BACK)
    cut = max(f.text.rfind(c, lo, f.n.start) for c in ".!?\n")
    last = None
    for m in _COUNTED_BEFORE_RE.finditer(f.text, max(lo, cut + 1), f.n.start):
        last = m
    if last is None:
        return None
    p = next(iter(_morph.parse(last.group(1))), None)
    if p is None or p.tag.POS != "NOUN" or "anim" not in p.tag or p.tag.number != "plur":
        return None
    return str(p.normal_form)


def _counted_subject_unit(f: _Figure) -> str | None:
    """Rule: "новых случаев выявлено 1 385", "квартир было продано 900": a genitive count before a neuter verb."""
    start = _clause_start(f.text, f.lo, f.start)
    words = _words(f.text, start, f.start)[-6:]
    if not words or f.text[words[-1].end : f.start].strip() or not _is_neuter_predicate(words[-1].text):
        return None
    i = len(words) - 2
    while i >= 0 and _is_neuter_predicate(words[i].text):
        i -= 1  # "было продано"
    while i >= 0:
        word = words[i].text
        lemma = _genitive_plural_noun(word)
        if lemma is not None:
            return _counted(lemma)
        if i >= 1 and _is_preposition(words[i - 1].text):
            i -= 2  # "жалоб в суд подано": a prepositional phrase in between
            continue
        if not _is_genitive_form(word):
            return None  # only genitive words may stand between the noun and the verb
        i -= 1
    return None


def _is_preposition(word: str) -> bool:
    return any(p.tag.POS == "PREP" for p in _morph.parse(word.lower()))


def _whole_unit(f: _Figure) -> str | None:
    """
    Rule: a part and its whole share the counted noun.

    "4 шайбы из семи", "41 голос из 90 возможных" (the whole after "из");
    "Из 20 подсудимых пятеро" (the part right after the whole).
    """
    if not f.prev:
        return None
    last = f.prev[-1]
    if last.unit is None or _unit_kind(last.unit) not in ("count", "classifier") or f.n.start - last.end > 120:
        return None
    gap = f.text[last.end : f.start]
    words = [w.text.lower() for w in _words(f.text, last.end, f.start)]
    if words and words[0] == "из" and len(words) <= 2 and not any(ch in gap for ch in ".;:!?()"):
        if len(words) == 1 or _is_modifier(words[1]):
            return last.unit  # "в 12 городах из опрошенных 40"
    if 2 <= len(words) <= _PART_ADJUNCT_WORDS + 1 and words[-1] == "из" and not any(ch in gap for ch in ".;:!?()"):
        if _is_preposition(words[0]):
            return last.unit  # "33 броска по своим воротам из 36": the part's own adjunct before the whole
    if _after_from(f.text, f.lo, last.start) and _rx().after_whole.fullmatch(gap) is not None:
        # "Из 20 подсудимых пятеро", "Из 120 кардиналов — 62", "Из 50 парков, которые …, только 20", "Из 49 машин,
        # подготовленных к бою, 17"
        return last.unit
    if _after_from(f.text, f.lo, last.start) and _predicate_gap(f.text, last.end, f.start):
        return last.unit  # "Из 40 проектов одобрены 12", "Из шести участниц финала четыре будут …"
    return None


# How many words may stand between a whole after "из" and its bare part: "Из 40 проектов одобрены только 12".
_PREDICATE_GAP_WORDS = 3


def _predicate_gap(text: str, start: int, end: int) -> bool:
    """
    Whether *text[start:end]* holds, with no punctuation, at most three lowercase words, one of them the clause's
    predicate or a genitive noun the whole is of ("финала"), and nothing a number could count.
    """
    gap = text[start:end]
    words = _words(text, start, end)
    if not words or len(words) > _PREDICATE_GAP_WORDS or any(not ch.isalpha() and not ch.isspace() for ch in gap):
        return False
    if any(not w.text.islower() for w in words):
        return False
    return all(
        w.text in _ONLY_WORDS
        or _morph.reads_as(w.text, ("VERB", "PRTS", "INFN"), first=True)
        or _is_genitive_form(w.text)
        for w in words
    )


# How many words of a part's adjunct (a preposition and its noun) may stand before "из" and its whole.
_PART_ADJUNCT_WORDS = 3


def _ordinal_part_unit(f: _Figure) -> str | None:
    """Rule: "проиграл третий бой из 18": the whole after an ordinal part counts the part's noun."""
    words = _words(f.text, max(f.lo, f.start - 60), f.start)[-3:]
    if len(words) < 3 or words[2].text.lower() != "из" or f.text[words[2].end : f.start].strip():
        return None
    ordinal = _morph.parse(words[0].text.lower())[:1]
    noun = _morph.parse(words[1].text.lower())[:1]
    if not ordinal or "Anum" not in ordinal[0].tag or not noun or noun[0].tag.POS != "NOUN":
        return None
    if f.text[words[0].end : words[1].start].strip() or f.text[words[1].end : words[2].start].strip():
        return None
    return str(noun[0].normal_form)


def _after_from(text: str, lo: int, pos: int) -> bool:
    """Whether "из" stands right before *pos*, or before one modifier there ("из нынешних 120")."""
    words = [w.text.lower() for w in _words(text, max(lo, pos - 40), pos)[-2:]]
    return words[-1:] == ["из"] or (len(words) == 2 and words[0] == "из" and _is_modifier(words[1]))


def _is_plural_verb(word: str) -> bool:
    """Whether *word* reads as a plural finite verb or short participle: "пострадали", "госпитализированы"."""
    return any(
        p.tag.POS in ("VERB", "PRTS") and p.tag.number == "plur" and p.tag.person != "1per"
        for p in _morph.parse(word.lower())[:2]
    )


def _clause_count_unit(f: _Figure) -> str | None:
    """
    Rule: "3 человека погибли, 7 пострадали", "88 человек погибли, еще 120 ранены" (also with a scale: "более
    шести тысяч получили ранения"): a bare number opening the next clause with its verb, or with a dash for the
    verb left out ("20 будут созданы за счет бюджета, а еще 30 – на деньги инвесторов"), counts the same.
    """
    if not f.prev:
        return None
    last = f.prev[-1]
    if last.unit is None or _unit_kind(last.unit) != "count" or last.sentence_end is None:
        return None
    if not last.end <= f.n.start < last.sentence_end or f.n.start - last.end > 60:
        return None
    after = _next_word(f.text, f.n.end, f.hi)
    elided = _rx().dash_label.match(f.text, f.n.end, f.hi) is not None  # ", а еще 30 – на деньги инвесторов"
    if not elided and (after is None or not _agrees_with_count(after.text, f.n)):
        return None
    gap = f.text[last.end : f.start]
    # ", а 7 …", ", и 7 …", ", еще 120 ранены": a conjunction or "ещё" may open the clause; "погибли и ещё 26
    # пострадали" needs no comma.
    head = gap.rstrip(" \t\u00a0")
    joined = False
    for word in (" еще", " ещё", " а", " и"):
        joined = joined or head.endswith(word)
        head = head.removesuffix(word)
    if not (head.rstrip().endswith(",") or joined) or any(ch in _SHORT_QUOTED_RE.sub("", gap) for ch in ".;:!?()«»"):
        return None  # "«против», 24 воздержались": a word in quotation marks may stand between
    return last.unit


# A word or two in quotation marks: "проголосовали «против»".
_SHORT_QUOTED_RE = cache.pattern(r"«[^«»\s]++(?:\s[^«»\s]++)?»")


def _agrees_with_count(word: str, n: NumberMention) -> bool:
    """
    Whether *word* is a finite verb whose subject the number *n* can be: plural ("7 пострадали"), or singular after
    a number ending in one ("21 получил ранения").
    """
    if _is_plural_verb(word):
        return True
    ends_in_one = n.value % 10 == 1 and n.value % 100 != 11 and n.value == int(n.value)
    readings = _morph.parse(word.lower())[:2]
    return ends_in_one and any(
        p.tag.POS == "VERB" and p.tag.number == "sing" and p.tag.person != "1per" for p in readings
    )


# "USD 5 млн", "KZT 500": a currency code in capitals right before the number.
_CODE_BEFORE_RE = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])(?P<c>\p{{Lu}}{{3}}){_HS}++\Z", _V)


def _code_before(f: _Figure) -> str | None:
    """Rule: "USD 5 млн", "KZT 500": a currency code before the number; the surface takes it in."""
    if f.q is not None:
        return None
    m = _CODE_BEFORE_RE.search(f.text, max(f.lo, f.start - 8), f.start)
    unit = units().get(m.group("c")) if m is not None else None
    if m is None or unit is None or unit.kind != "currency":
        return None
    f.start = m.start()
    return unit.lemma


# What a sentence counts by place: "Наибольшее число судовых участков …", "больше всего заявок …".
_COUNTED_BY_RE = cache.pattern(
    rf"(?i)(?<!\p{{L}})(?:число|количество|больше{_HS}++всего|меньше{_HS}++всего)(?P<words>(?:{_HS}++\p{{Ll}}++){{1,3}})",
    _V,
)
# How far before a bracketed count the words of what is counted may stand.
_COUNTED_BY_REACH = 200


def _ranked_places_unit(f: _Figure) -> str | None:
    """
    Rule: "Наибольшее число участков сформировано в Приморье (244), Мурманской области (200)": counts in brackets
    after the names of places, of the noun the sentence counts.
    """
    text, n = f.text, f.n
    bracketed = n.start >= 2 and text[n.start - 1] == "(" and text[n.end : n.end + 1] == ")"
    if n.in_words or n.value != int(n.value) or not bracketed:
        return None
    before = _words(text, max(f.lo, n.start - 40), n.start - 1)[-2:]
    if not before or text[before[-1].end : n.start - 1].strip() or not any(w.text[:1].isupper() for w in before):
        return None  # a place's name, perhaps with its noun: "Мурманской области (200)"
    found = None
    for match in _COUNTED_BY_RE.finditer(text, max(f.lo, n.start - _COUNTED_BY_REACH), n.start):
        found = match  # the last phrase of counting before the brackets
    if found is None:
        return None
    for word in found.group("words").split():
        if _morph.reads_as(word, ("ADJF", "PRTF"), first=True):
            continue  # "больше всего новых школ": past the noun's adjectives
        return _genitive_plural_noun(word)
    return None


def _scale_adjective_unit(f: _Figure) -> str | None:
    """Rule: "25-тысячной армии": a number fused with a scale's adjective gives a size, with no unit."""
    return "" if f.n.rule == "scale-adjective" else None


_BARE_NUMBER_RULES = (
    ("scale-adjective", _scale_adjective_unit),
    ("fraction", _fraction_unit),
    ("currency-code", _code_before),
    ("paired", _paired_unit),
    ("adjectival-pair", _adjectival_pair_unit),
    ("adjectival-ellipsis", _adjectival_ellipsis_unit),
    ("part-of", _part_of_unit),
    ("partitive", _partitive_unit),
    ("whole", _whole_unit),
    ("ordinal-part", _ordinal_part_unit),
    ("among", _among_unit),
    ("breakdown", _breakdown_unit),
    ("placed-breakdown", _placed_breakdown_unit),
    ("named-before", _named_before_unit),
    ("people-subject", _people_subject_unit),
    ("age", _age_unit),
    ("counted-subject", _counted_subject_unit),
    ("clause-count", _clause_count_unit),
    ("labelled", _labelled_unit),
    ("measured", _measured_unit),
    ("governed", _governed_unit),
    ("listed", _listed_unit),
    ("votes", _votes_unit),
    ("parallel", _repeated_unit),
    ("bracketed", _bracketed_unit),
    ("ranked-places", _ranked_places_unit),
    ("mark", _mark_unit),
)


def _is_scaled(m: Metric) -> bool:
    return any(w.lower().rstrip(".") in scales() for w in m.surface.split())


def _scaled_before(f: _Figure) -> str | None:
    """
    The unit of the scaled figure before, which a bare scaled figure repeats.

    The figure is the last scaled one in the sentence, past figures without a
    scale ("1,86 млн человек (плюс 0,7%), … — 93,4 тысячи"), or the last
    of the sentence before when this one opens with "Это" ("3,2 млрд тенге. Это в дополнение к 1,5 млрд").
    """
    if _word_before(f.text, f.lo, f.n.start) == "по":
        return None  # "…полумиллиона человек), то выходит по 40 тыс. на нос": an amount each, of another kind
    for last in reversed(f.prev[-3:]):
        if last.unit is None or last.sentence_end is None or f.n.start - last.end > 100:
            return None
        if not _is_scaled(last):
            continue
        if f.n.start >= last.sentence_end and not _opens_with_this(f.text, last.sentence_end, f.start):
            return None
        between = f.text[last.end : f.n.start]
        return None if _rx().count_word.search(between) else last.unit
    return None


def _opens_with_this(text: str, sentence_start: int, pos: int) -> bool:
    """
    Whether the words from *sentence_start* to *pos* open with "Это" or name the same figure ("этот показатель",
    "эта цифра") and hold no other sentence end.
    """
    head = text[sentence_start:pos]
    if any(ch in head for ch in ".!?\n"):
        return False
    return head.lstrip().startswith(("Это ", "Это\u00a0")) or _THIS_FIGURE_RE.search(head) is not None


# A sentence naming the figure before it again: "этот показатель составил 11 тыс.", "эта цифра выросла до …".
_THIS_FIGURE_RE = cache.pattern(
    rf"(?i)(?<!\p{{L}})(?:этот|эта|данный|данная){_HS}++(?:показатель|цифра|число|объ[её]м|сумма)(?!\p{{L}})", _V
)
# What may stand between figures of a list that share a scale and a unit: punctuation, "а", "и", a year ("в
# 2031-м —", "в 2032 году").
_SCALED_LIST_GAP_RE = cache.pattern(
    r"(?:[\s,;—–-]++|(?i:а|и|в|году|г\.)(?!\p{L})|\d{4}+(?:-\p{L}{1,2})?+)*+\Z", _V
)


# A year in digits.
_YEAR_RE = cache.pattern(r"(?:19|20)\d\d")


def _scaled_ahead(f: _Figure) -> str | None:
    """
    Rule: "бюджет получит 4 млрд, в 2031-м — 6 млрд, а в 2032 году — 9 млрд тенге": a scaled figure with no
    unit in a list of figures of the same scale takes the unit written after the last.
    """
    here = f.n
    for nxt in f.ahead:
        if nxt.scale is None and _YEAR_RE.fullmatch(nxt.surface) is not None:
            continue  # "а в 2032 году — 9 млрд тенге": the year of the next figure
        if nxt.scale != f.n.scale or nxt.start - here.end > 40 or nxt.in_words != f.n.in_words:
            return None
        gap = f.text[here.end : nxt.start]
        if _SCALED_LIST_GAP_RE.match(gap) is None:
            return None
        unit = _unit_after(f.text, nxt, f.hi)
        if unit is not None:
            return unit.lemma if unit.kind != "multiplier" else None
        here = nxt
    return None


def _currency_before(f: _Figure) -> str | None:
    """Rule: "отдала в рублях более 3,5 миллиона": a currency named with "в" just before a scaled figure."""
    code = _code_before(f)
    if code is not None:
        return code
    m = _rx().in_currency_before.search(f.text, max(f.lo, f.start - 30), f.start)
    if m is None:
        return None
    word = m.group("w").lower()
    lemma = units()[word].lemma if word in units() else _morph.lemma(word)
    return lemma if _unit_kind(lemma) == "currency" else None


# What a share of votes or seats counts in, which it keeps as its unit: "две трети голосов", "три четверти мест"
# (not the people it is a share of: "двух третей жителей").
_SHARED_IN = frozenset({"голос", "место", "мандат"})


def _place_unit(f: _Figure) -> bool:
    """Set the unit lemma; False when a bare number measures nothing."""
    n = f.n
    shared_in = f.unit is not None and f.unit.lemma in _SHARED_IN
    if _is_fraction(n) and f.unit is not None and f.unit.kind in ("count", "classifier") and not shared_in:
        f.unit, f.end = None, n.end  # "две трети жителей": the whole, not a unit
    f.unit_lemma = f.unit.lemma if f.unit is not None else ("раз" if n.multiplier else None)
    if f.unit is None and n.scale is not None:
        # "число мигрантов … 4-6 млн"; "38 млн т, а в этом году – уже 42,7 млн"; "погибли 850 человек, более
        # шести тысяч получили ранения"; "985 тыс. из 4,1 млн школьников"
        f.unit_lemma = (
            _counted_before(f.text, f.lo, f.start)
            or _currency_before(f)
            or _scaled_before(f)
            or _scaled_ahead(f)
            or _clause_count_unit(f)
            or _paired_unit(f)
        )
    if f.unit is not None or n.scale is not None or n.multiplier:
        return True
    for name, rule in _BARE_NUMBER_RULES:
        lemma = rule(f)
        if lemma is not None:
            f.unit_lemma, f.accepted_by = lemma or None, name
            return True
    return False


# Kind rules: (name, test); the first that holds names the kind.
def _kind_multiplier(f: _Figure) -> bool:
    return f.is_times


def _kind_change(f: _Figure) -> bool:
    rx = _rx()
    if f.by_share or (f.q is not None and (f.q.group("prep") or "").lower() == "на"):
        return True
    if rx.na_before.search(f.text, max(f.lo, f.start - 4), f.start) is None:
        return False
    return (f.gov is not None and f.gov.role == "change") or _change_noun_before(f.text, f.lo, f.start)


def _kind_change_level(f: _Figure) -> bool:
    """Rule: "рост составил 2 процента"."""
    return f.gov is not None and f.gov.role == "level" and _change_noun_before(f.text, f.lo, f.start)


def _kind_target(f: _Figure) -> bool:
    """Rule: "довести … до одного миллиарда долларов", "будет увеличена до 5 млн тонн"."""
    return f.gov is not None and f.gov.role in ("reach", "change") and f.gov.ahead


def _kind_share(f: _Figure) -> bool:
    """Rule: a share ("треть бюджета") is a level, not a count."""
    return f.unit_lemma is None and _is_fraction(f.n)


def _kind_count(f: _Figure) -> bool:
    if f.unit_lemma is not None:
        return _unit_kind(f.unit_lemma) in ("count", "classifier")
    return f.n.scale is None


_KINDS: tuple[tuple[MetricKind, Callable[[_Figure], bool]], ...] = (
    ("multiplier", _kind_multiplier),
    ("change", _kind_change),
    ("change", _kind_change_level),
    ("target", _kind_target),
    ("level", _kind_share),
    ("count", _kind_count),
)


def _kind(f: _Figure) -> MetricKind:
    if f.gov is None:
        f.gov = _governor(f.text, f.lo, f.start, f.end, f.hi)
    for kind, test in _KINDS:
        if test(f):
            return kind
    return "level"


def _metric(
    text: str,
    par: Paragraph,
    n: NumberMention,
    prev: Sequence[Metric],
    sentences: _Sentences,
    ahead: Sequence[NumberMention] = (),
) -> Metric | None:
    """Decide whether number *n* is a metric, and build it (each step is a list of named rules)."""
    f = _Figure(text, par.start, par.end, n, prev, ahead=ahead)
    f.unit = None if n.multiplier else _unit_after(text, n, par.end)
    if any(test(f) for _name, test in _EARLY_EXCLUSIONS):
        return None
    _place_times(f)
    _place_qualifier(f)
    _place_share(f)
    _place_inverted(f)
    if any(test(f) for _name, test in _LATE_EXCLUSIONS) or not _place_unit(f):
        return None
    kind = _kind(f)
    if kind == "multiplier":
        f.unit_lemma = "раз"
    sentence = sentences.of(n.start)
    subject = _subject(text, sentence[0], sentence[1], f.start, f.end, f.gov, n.rule == "times-verb")
    return Metric(
        start=f.start,
        end=f.end,
        surface=text[f.start : f.end],
        value=f.n.value,
        high=f.n.high,
        unit=f.unit_lemma,
        qualifier=f.qualifier,
        kind=kind,
        subject=subject,
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        rule=f"{n.rule}/{f.accepted_by}" if f.accepted_by else n.rule,
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


# "от 250 тыс. рублей до 2,5 млн": "от" before a figure, "до" alone between it and the next.
_FROM_BEFORE_RE = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])(?i:от){_HS}++\Z", _V)
_TO_BETWEEN_RE = cache.pattern(rf"{_HS}++(?i:до){_HS}++", _V)


def _joined_ranges(text: str, metrics: list[Metric]) -> list[Metric]:
    """
    Rule: "от 250 тыс. рублей до 2,5 млн": two figures of one unit joined by "от … до" are one range.

    The unit written after the first end is the range's; the numbers' own ranges (``от 30 до 50 тыс. рублей``)
    are read by :mod:`~kzaz_corpus.stages.numbers`.
    """
    out: list[Metric] = []
    i = 0
    while i < len(metrics):
        a = metrics[i]
        b = metrics[i + 1] if i + 1 < len(metrics) else None
        if (
            b is not None
            and a.high is None
            and b.high is None
            and a.unit == b.unit
            and a.value < b.value
            and b.qualifier is None
            and _TO_BETWEEN_RE.fullmatch(text, a.end, b.start) is not None
            and (opened := _FROM_BEFORE_RE.search(text, max(0, a.start - 8), a.start)) is not None
        ):
            start = opened.start() if a.qualifier is None else a.start
            out.append(evolve(a, start=start, end=b.end, surface=text[start : b.end], high=b.value))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# "от года до": "от" and a noun alone right before a figure's "до".
_FROM_NOUN_BEFORE_RE = cache.pattern(rf"(?<![\p{{L}}\p{{N}}_])(?i:от){_HS}++(?P<noun>\p{{Ll}}++){_HS}++\Z", _V)


def _one_unit_ranges(text: str, metrics: list[Metric]) -> list[Metric]:
    """
    Rule: "от года до семи лет": the unit's noun alone after "от" is one of it, the low end of the range up to the
    figure after "до" (``от месяца до трёх месяцев``, ``от часа до двух часов``).
    """
    out: list[Metric] = []
    for m in metrics:
        before = None
        if m.qualifier == "less" and m.high is None and m.value > 1 and text[m.start : m.start + 2].lower() == "до":
            before = _FROM_NOUN_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        if before is not None and m.unit is not None and _one_of(before["noun"], m.unit):
            start = before.start()
            m = evolve(m, start=start, surface=text[start : m.end], value=1.0, high=m.value, qualifier=None)
        out.append(m)
    return out


def _one_of(word: str, unit: str) -> bool:
    """Whether *word* is the unit *unit* in the singular genitive (``года`` of ``год``)."""
    found = _noun_lemma_of(word.lower(), None)
    return found is not None and found[0] == unit and {"sing", "gent"} <= found[1].tag.grammemes


def _period(dates: Sequence[DateMention], starts: Sequence[int], metric: Metric) -> DateMention | None:
    """
    The time expression in the metric's sentence nearest to it, preferring one before it.

    *dates* are sorted by start and *starts* are their starts: only the dates
    that start inside the sentence are looked at (found by bisection).
    """
    s_lo, s_hi = metric.sentence_start or 0, metric.sentence_end or 0
    best: tuple[int, DateMention] | None = None
    for d in dates[bisect.bisect_left(starts, s_lo) : bisect.bisect_left(starts, s_hi)]:
        if d.end > s_hi or (d.start < metric.end and metric.start < d.end):
            continue
        distance = metric.start - d.end if d.end <= metric.start else 1000 + d.start - metric.end
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best is not None else None


def _dated(metrics: Sequence[Metric], dates: Sequence[DateMention]) -> list[Metric]:
    """The metrics with the period their sentence gives them, and its first and last day."""
    ordered = sorted(dates, key=lambda d: (d.start, d.end))
    starts = [d.start for d in ordered]
    out = []
    for m in metrics:
        period = _period(ordered, starts, m)
        if period is None:
            out.append(m)
        else:
            out.append(evolve(m, period=period, period_start=period.value, period_end=period.high))
    return out


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
    plain = cyrillic_doc(doc)
    if plain is not doc:
        # Look-alike Latin or Greek letters inside Russian words (``61 голοс``): read the words as
        # Cyrillic (same offsets), and give each metric its surface as written.
        return tuple(evolve(m, surface=doc.source[m.start : m.end]) for m in _run(plain, dates))
    return _run(doc, dates)


def _run(doc: Doc, dates: Sequence[DateMention]) -> tuple[Metric, ...]:
    text = doc.text
    out: list[Metric] = []
    for par in doc.body:
        found = extract_numbers(text, par.start, par.end)
        if not found:
            continue
        sentences = _Sentences(doc, par)
        here: list[Metric] = []
        for i, n in enumerate(found):
            metric = _metric(text, par, n, here, sentences, found[i + 1 : i + 1 + _PAIR_AHEAD])
            if metric is not None:
                here.append(metric)
        out.extend(_one_unit_ranges(text, _joined_ranges(text, here)))
    if dates:
        out = _dated(out, dates)
    out.sort(key=lambda m: (m.start, m.end))
    return doc.exact(out, "surface")
