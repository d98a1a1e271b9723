"""
Lexicons for quotes and speakers, read once from ``data/*.tsv``.

Facts:
- ``speech_verbs.tsv`` lists lemmas; the word forms that can attribute speech
  (past tense, present/future third person, short passive participles for the
  ``passive`` class) are generated from the morphological dictionary on first
  use, so a new lemma needs no code.
- ``titles.tsv`` lists role nouns by class, ``office_holders.tsv`` who held a
  role when, ``countries.tsv`` the stems that name a country.
- Every table is read once per process (``functools.cache``) into immutable
  mappings.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from types import MappingProxyType
from typing import Literal, TypeVar

import regex
from attrs import frozen

from .. import cache
from ..text.chars import HSPACE, fold, literal
from .morph import CACHE_SIZE
from .tables import read_table

__all__ = [
    "ACT_NOUNS",
    "DOCUMENT_NOUNS",
    "INSERTIONS",
    "PUBLISHING",
    "TOPIC_OPENING",
    "OfficeTerm",
    "VerbForm",
    "auxiliary_at",
    "auxiliary_form",
    "auxiliary_regex",
    "countries",
    "country_of",
    "country_words",
    "document_noun",
    "document_source",
    "gerund_forms",
    "gerund_regex",
    "not_bodies",
    "office_terms",
    "org_anaphors",
    "org_nouns",
    "outlets",
    "participle_forms",
    "report_at",
    "report_regex",
    "speaking_bodies",
    "titles",
    "verb_at",
    "verb_forms",
    "verb_regex",
]

_T = TypeVar("_T")

VerbClass = Literal["speech", "opinion", "impersonal", "passive", "report"]
TitleClass = Literal["person", "head", "org", "group"]


@frozen
class VerbForm:
    """One attributing word form of a speech verb."""

    lemma: str
    cls: VerbClass
    plural: bool
    gender: Literal["m", "f"] | None


@frozen
class OfficeTerm:
    """One term of office: who held *role* in *country* from *start* to *end*."""

    role: str
    country: str
    holder: str
    start: _dt.date
    end: _dt.date | None


_JOINERS = "-'’"


def _yo(word: str) -> str:
    return word.replace("ё", "е")


@functools.cache
def verb_forms() -> MappingProxyType[str, VerbForm]:
    """
    Map each attributing form of every listed speech verb (lower case, ``ё`` as ``е``) to its data.

    >>> verb_forms()["заявила"].lemma, verb_forms()["заявила"].gender
    ('заявить', 'f')
    >>> "отмечу" in verb_forms()
    False
    >>> verb_forms()["уверена"].cls
    'opinion'
    """
    return _verb_table("speech")


@functools.cache
def gerund_forms() -> MappingProxyType[str, VerbForm]:
    """
    Map each gerund of every listed verb of class ``speech`` (lower case, ``ё`` as ``е``) to its data, and each
    perfective gerund of a verb of class ``opinion``.

    A gerund attributes a что-clause to the subject of its sentence
    (``Министр выступил, отметив, что …``).

    >>> gerund_forms()["подчеркнув"].lemma, gerund_forms()["отмечая"].lemma
    ('подчеркнуть', 'отмечать')
    >>> "считая" in gerund_forms(), gerund_forms()["предположив"].lemma
    (False, 'предположить')

    A perfective verb of opinion states a view once, as speech does (``…, предположив, что …``); an imperfective
    one (``считая``) holds a view.

    .. versionadded:: 0.2.0
    """
    return _verb_table("gerund")


# Verbs of opinion whose gerunds state no view: "скрыв, что …" (attributes only after "не"), "считав" (imperfective,
# read as perfective by the dictionary), "уверив"/"убедив" (the short participle states the view).
_NO_GERUND = frozenset({"скрыть", "считать", "уверить", "убедить"})


@functools.cache
def participle_forms() -> MappingProxyType[str, VerbForm]:
    """
    Map each active participle of every listed verb of class ``speech`` or ``opinion`` to its data.

    A participle set off by commas after a person attributes the что-clause after it to that person
    (``Иван Петров, заявивший, что …``).

    >>> participle_forms()["заявивший"].lemma, participle_forms()["утверждающая"].gender
    ('заявить', 'f')
    >>> "заявленный" in participle_forms()
    False

    .. versionadded:: 0.2.0
    """
    return _verb_table("participle")


#: One form of a verb's paradigm: the word, its part of speech and its grammemes.
_Form = tuple[str, str, frozenset[str]]


@functools.cache
def _paradigms() -> MappingProxyType[str, tuple[_Form, ...]]:
    """Map every lemma of the speech tables to the forms of its paradigm, from the morphological dictionary."""
    lemmas = sorted({row[0] for name in ("speech_verbs.tsv", "speech_auxiliaries.tsv") for row in read_table(name)})
    return MappingProxyType({lemma: _lexeme(lemma) for lemma in lemmas})


#: A verb form's data as derived and kept in the cache: lemma, class, plural, gender (see :class:`VerbForm`).
_VerbRow = tuple[str, VerbClass, bool, Literal["m", "f"] | None]
#: An auxiliary's form's data: plural, gender.
_AuxRow = tuple[bool, Literal["m", "f"] | None]


@frozen
class _Derived:
    """
    Every table derived from the paradigms of the speech lemmas, as plain data.

    *verbs* maps a table's name (``speech``, ``report``, ``gerund``, ``participle``) to its forms;
    *auxiliaries* maps ``single`` (the auxiliaries of one lemma) and ``phrase`` (those with an infinitive of their
    own) to theirs; *phrases* maps an auxiliary's form and its infinitive to the phrase.
    """

    verbs: dict[str, dict[str, _VerbRow]]
    auxiliaries: dict[str, dict[str, _AuxRow]]
    phrases: dict[tuple[str, str], str]


@functools.cache
def _derived() -> _Derived:
    """
    The tables derived from the paradigms of the speech lemmas (:class:`_Derived`).

    Generating paradigms and sorting their forms costs tens of milliseconds, a large part of a fresh process's
    time to its first result, so the tables are kept in the cache between processes
    (:func:`kzaz_corpus.cache.derived`), keyed by the two word tables, the versions of pymorphy3 and of its
    dictionary, and the source of this module (whose rules pick the forms). A source that cannot be read (a
    frozen application) derives them in every process.
    """
    return _kept("speech-forms", ("speech_verbs.tsv", "speech_auxiliaries.tsv"), _derive)


def _kept(name: str, tables: tuple[str, ...], build: Callable[[], _T]) -> _T:
    """
    ``build()`` of a value derived from the dictionary, the word *tables* and this module's rules, kept in the cache
    between processes under *name* (:func:`kzaz_corpus.cache.derived`).
    """
    from .morph import dictionary_version

    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return build()
    return cache.derived(name, (dictionary_version(), *(read_table(t) for t in tables), source), build)


def _derive() -> _Derived:
    """Derive the tables of :class:`_Derived` from the paradigms."""
    phrases: dict[tuple[str, str], str] = {}
    for row in read_table("speech_auxiliaries.tsv"):
        if len(row) > 1:
            for word, _, _ in _paradigms()[row[0]]:
                phrases.setdefault((_yo(word), _yo(row[1])), f"{row[0]} {row[1]}")
    return _Derived(
        verbs={name: _form_table(keep) for name, keep in _VERB_TABLES.items()},
        auxiliaries={"single": _aux_table(lambda row: len(row) == 1), "phrase": _aux_table(lambda row: len(row) > 1)},
        phrases=phrases,
    )


def _verb_table(name: str) -> MappingProxyType[str, VerbForm]:
    """The verb table *name* of :class:`_Derived`, each distinct form's data made once."""
    made: dict[_VerbRow, VerbForm] = {}
    table: dict[str, VerbForm] = {}
    for word, row in _derived().verbs[name].items():
        vf = made.get(row)
        if vf is None:
            vf = made[row] = VerbForm(*row)
        table[word] = vf
    return MappingProxyType(table)


def _lexeme(lemma: str) -> tuple[_Form, ...]:
    """
    Every form of the verb *lemma*: its infinitive's lexeme; for an adjective of a state of opinion (``согласный``)
    its lexeme, whose short forms attribute (``согласен, что``); else none.
    """
    from .morph import analyzer

    found = [p for p in analyzer().parse(lemma) if p.tag.POS == "INFN"]
    if not found:
        found = [p for p in analyzer().parse(lemma) if p.tag.POS == "ADJF" and p.normal_form == lemma][:1]
    # Every lexeme of the infinitive: "считать" is a perfective ("count up") and an imperfective verb, and only the
    # imperfective has "считающий".
    forms = {(str(f.word), str(f.tag.POS), frozenset(f.tag.grammemes)): None for p in found for f in p.lexeme}
    return tuple(forms)


#: Discourse insertions set off by commas ("США, в свою очередь, подчеркнули", "подчеркнул, однако, глава МИД"):
#: a regex alternation, shared by the quote rules and the name finder.
INSERTIONS = (
    r"в\s++свою\s++очередь|в\s++частности|при\s++этом|кроме\s++того|однако|впрочем|со\s++своей\s++стороны"
    r"|тем\s++не\s++менее|например"
)
#: The opening of a headline's topic after its speaker, a dash allowed before it ("Будько о тарифах", "Мэр — об
#: отставке", "Эксперт про цены"): a regex, shared by the quote rules and the name finder.
#: Verbs of citing, whose object is the one cited: "…, цитирует министра агентство".
CITING_VERBS = frozenset({"цитировать", "процитировать"})
TOPIC_OPENING = rf"{HSPACE}++(?:[–—-]{HSPACE}++)?+(?:о|об|про){HSPACE}++"
# The opinion verbs whose short passive participle is a state of opinion ("уверен, что"); "исключены" is none.
_OPINION_STATES = frozenset({"уверить", "убедить"})
#: Verbs of publishing whose short passive reports too, after a noun of speech only, naming the place it was
#: published: "Такая информация опубликована на сайте министерства", "Эти данные размещены на сайте".
PUBLISHING = frozenset({"опубликовать", "разместить"})


def _short_passive(pos: str, grammemes: frozenset[str]) -> bool:
    """Whether a form is a past short passive participle that agrees with a person (``уверен``, ``вынуждена``)."""
    return pos == "PRTS" and "pssv" in grammemes and "past" in grammemes and "neut" not in grammemes


def _attributing(pos: str, grammemes: frozenset[str], cls: str, lemma: str = "") -> bool:
    """Whether a word form (part of speech *pos*) can attribute speech for a lemma of class *cls*."""
    short_passive = pos == "PRTS" and "pssv" in grammemes and "past" in grammemes
    if cls == "opinion" and short_passive:
        # A state of opinion: "уверен, что", "убеждена, что" read like "считает, что" ("не исключены их
        # результаты" says nothing of anyone's opinion).
        return _short_passive(pos, grammemes) and lemma in _OPINION_STATES
    if cls == "passive" or (cls == "report" and lemma in PUBLISHING and short_passive):
        return short_passive
    if cls == "opinion" and pos == "ADJS":
        return "neut" not in grammemes  # "согласен, что", "согласны с тем, что"
    return pos == "VERB" and ("past" in grammemes or "3per" in grammemes) and "impr" not in grammemes


#: What each verb table of :class:`_Derived` keeps of a form, given its lemma's class, its part of speech, its
#: grammemes and its lemma: the attributing forms of every lemma but the ``report`` ones (``speech``) and of those
#: (``report``); the gerunds of verbs of speech and the perfective ones of verbs of opinion (``gerund``); the active
#: participles of both (``participle``).
_VERB_TABLES: dict[str, Callable[[str, str, frozenset[str], str], bool]] = {
    "speech": lambda cls, pos, g, lemma: cls != "report" and _attributing(pos, g, cls, lemma),
    "report": lambda cls, pos, g, lemma: cls == "report" and _attributing(pos, g, cls, lemma),
    "gerund": lambda cls, pos, g, lemma: pos == "GRND"
    and (cls == "speech" or (cls == "opinion" and "perf" in g and lemma not in _NO_GERUND)),
    "participle": lambda cls, pos, g, _lemma: cls in ("speech", "opinion") and pos == "PRTF" and "actv" in g,
}


@functools.cache
def _report_forms() -> MappingProxyType[str, VerbForm]:
    """The attributing forms of the ``report`` lemmas (``говорится``, ``сообщается``)."""
    return _verb_table("report")


def _form_table(keep: Callable[[str, str, frozenset[str], str], bool]) -> dict[str, _VerbRow]:
    """
    Map the forms of the ``speech_verbs.tsv`` lemmas that *keep* takes (given the lemma's class, the form's part
    of speech, its grammemes and the lemma) to their data, lower case with ``ё`` as ``е``; the first form of a
    spelling wins.
    """
    table: dict[str, _VerbRow] = {}
    for row in read_table("speech_verbs.tsv"):
        lemma, cls = row[0], row[1]
        for word, pos, grammemes in _paradigms()[lemma]:
            if keep(cls, pos, grammemes, lemma):
                table.setdefault(_yo(word), (_yo(lemma), cls, "plur" in grammemes, _gender(grammemes)))  # type: ignore[arg-type]
    return table


def _gender(grammemes: frozenset[str]) -> Literal["m", "f"] | None:
    """The gender a verb form agrees in: ``m`` for masculine, ``f`` for feminine, else None."""
    return "m" if "masc" in grammemes else "f" if "femn" in grammemes else None


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation equivalent to *words*, factored by common prefix (``е`` also matches ``ё``)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = []
        for ch in sorted(node, key=lambda c: (c == "", c)):
            if ch == "":
                continue
            atom = "[её]" if ch == "е" else literal(ch)
            alts.append(atom + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@functools.cache
def verb_regex(*, lower: bool = False) -> regex.Pattern[str]:
    """
    Return one compiled pattern that finds every attributing form of :func:`verb_forms`, in any case.

    With *lower*, the pattern only matches lower-case text (faster: run it
    over ``text.lower()`` when that keeps the offsets). Matches are candidates
    on word boundaries; :func:`verb_at` drops those glued to another word by a
    hyphen or apostrophe (``сказал-то``).

    >>> t = "Он заявил, что министр ОТМЕЧАЕТ рост; заявитель промолчал."
    >>> [m.group() for m in verb_regex().finditer(t)]
    ['заявил', 'ОТМЕЧАЕТ']

    .. versionadded:: 0.1.0
    """
    return _words_regex(verb_forms(), lower=lower)


def _words_regex(words: Iterable[str], *, lower: bool) -> regex.Pattern[str]:
    """One pattern for *words* on word boundaries, factored by prefix; with *lower*, for lower-case text only."""
    flags = "(?V1)" if lower else "(?V1i)"
    return cache.pattern(rf"{flags}\b(?:{_trie_pattern(sorted(words))})\b")


@functools.cache
def gerund_regex(*, lower: bool = False) -> regex.Pattern[str]:
    """
    Return one compiled pattern that finds every form of :func:`gerund_forms` (with *lower*, in lower-case text only).

    >>> [m.group() for m in gerund_regex().finditer("Он выступил, Подчеркнув, что рост есть.")]
    ['Подчеркнув']

    .. versionadded:: 0.2.0
    """
    return _words_regex(gerund_forms(), lower=lower)


def verb_at(text: str, start: int, end: int) -> VerbForm | None:
    """
    Return the verb data of the :func:`verb_regex` match ``text[start:end]``, or None if it is part of a longer word.

    >>> t = "сказал-то"
    >>> verb_at(t, 0, 6) is None
    True

    .. versionadded:: 0.1.0
    """
    if start >= 2 and text[start - 1] in _JOINERS and text[start - 2].isalnum():
        return None
    if end + 1 < len(text) and text[end] in _JOINERS and text[end + 1].isalpha():
        return None
    return verb_forms().get(_yo(text[start:end].lower()))


@functools.cache
def _auxiliary_forms() -> MappingProxyType[str, _AuxRow]:
    """The finite forms of the ``speech_auxiliaries.tsv`` rows of one lemma (lower case, ``ё`` as ``е``)."""
    return MappingProxyType(_derived().auxiliaries["single"])


@functools.cache
def _phrase_forms() -> MappingProxyType[str, _AuxRow]:
    """The finite forms of the rows that take one infinitive of their own (``дать`` + ``понять``)."""
    return MappingProxyType(_derived().auxiliaries["phrase"])


@functools.cache
def _phrase_infinitives() -> frozenset[str]:
    """The infinitives the phrase auxiliaries take (``понять`` of ``дать понять``)."""
    return frozenset(_yo(row[1]) for row in read_table("speech_auxiliaries.tsv") if len(row) > 1)


@functools.cache
def _phrase_lemmas() -> MappingProxyType[tuple[str, str], str]:
    """The phrase (``давать понять``) of each form of its auxiliary with its infinitive (``давал``, ``понять``)."""
    return MappingProxyType(_derived().phrases)


def _aux_table(keep: Callable[[tuple[str, ...]], bool]) -> dict[str, _AuxRow]:
    """The finite forms (and short passives) of the rows of ``speech_auxiliaries.tsv`` that *keep* takes."""
    table: dict[str, _AuxRow] = {}
    for row in read_table("speech_auxiliaries.tsv"):
        if not keep(row):
            continue
        for word, pos, grammemes in _paradigms()[row[0]]:
            # A short passive as well as a finite verb: "был вынужден пояснить" like "поспешил пояснить".
            if _attributing(pos, grammemes, "speech") or _short_passive(pos, grammemes):
                table.setdefault(_yo(word), ("plur" in grammemes, _gender(grammemes)))
    return table


def auxiliary_form(word: str) -> VerbForm | None:
    """
    The number and gender of *word* as an auxiliary of ``speech_auxiliaries.tsv`` (its lemma left as the word).

    >>> auxiliary_form("поспешили")
    VerbForm(lemma='поспешили', cls='speech', plural=True, gender=None)
    """
    low = _yo(word.lower())
    found = _auxiliary_forms().get(low) or _phrase_forms().get(low)
    return VerbForm(low, "speech", found[0], found[1]) if found is not None else None


@functools.cache
def _speech_infinitives() -> frozenset[str]:
    return frozenset(_yo(row[0]) for row in read_table("speech_verbs.tsv") if row[1] == "speech")


@functools.cache
def auxiliary_regex() -> regex.Pattern[str]:
    """
    Return a pattern for an auxiliary verb with a speech verb in the infinitive (``попытался объяснить``).

    Run it over lower-case text; :func:`auxiliary_at` gives the data of a match.

    >>> auxiliary_regex().search("депутат попыталась объяснить коллегам").group()
    'попыталась объяснить'

    .. versionadded:: 0.2.0
    """
    aux = _trie_pattern(sorted(_auxiliary_forms()))
    inf = _trie_pattern(sorted(_speech_infinitives()))
    phrase = _trie_pattern(sorted(_phrase_forms()))
    own = _trie_pattern(sorted(_phrase_infinitives()))
    return cache.pattern(rf"(?V1)\b(?:(?P<aux>{aux})\s++(?P<inf>{inf})|(?P<paux>{phrase})\s++(?P<pinf>{own}))\b")


def auxiliary_at(match: regex.Match[str]) -> VerbForm | None:
    """
    The verb data of an :func:`auxiliary_regex` match: the infinitive's lemma, the auxiliary's number and gender.

    >>> auxiliary_at(auxiliary_regex().search("она поспешила заверить"))
    VerbForm(lemma='заверить', cls='speech', plural=False, gender='f')
    >>> auxiliary_at(auxiliary_regex().search("министр дал понять"))
    VerbForm(lemma='дать понять', cls='speech', plural=False, gender='m')
    >>> auxiliary_at(auxiliary_regex().search("министр давал понять")).lemma
    'давать понять'

    .. versionadded:: 0.2.0
    """
    if match.group("paux") is not None:
        # "дал понять, что …": a phrase of its own, named by its lemmas.
        found = _phrase_forms().get(_yo(match.group("paux")))
        lemma = _phrase_lemmas().get((_yo(match.group("paux")), _yo(match.group("pinf"))))
        return VerbForm(lemma, "speech", found[0], found[1]) if found is not None and lemma is not None else None
    found = _auxiliary_forms().get(_yo(match.group("aux")))
    if found is None:
        return None
    return VerbForm(_yo(match.group("inf")), "speech", found[0], found[1])


@functools.cache
def report_regex() -> regex.Pattern[str]:
    """
    Return a pattern for the verbs that attribute only with a noun of speech before them.

    ``Такие данные привел министр`` attributes what precedes it; ``привел к
    росту`` does not, so these verbs (class ``report`` in ``speech_verbs.tsv``)
    are searched only after such a noun. Use :func:`report_at` on a match.

    >>> t = "Эти цифры привела глава ведомства."
    >>> report_regex().search(t).group()
    'привела'

    .. versionadded:: 0.2.0
    """
    return cache.pattern(rf"(?V1i)\b(?:{_trie_pattern(sorted(_report_forms()))})\b")


def report_at(text: str, start: int, end: int) -> VerbForm | None:
    """
    Return the data of the :func:`report_regex` match ``text[start:end]``.

    >>> report_at("привели", 0, 7).plural
    True

    .. versionadded:: 0.2.0
    """
    return _report_forms().get(_yo(text[start:end].lower()))


@functools.cache
def _document_stems() -> tuple[str, ...]:
    return tuple(_yo(r[0].lower()) for r in read_table("document_sources.tsv"))


def document_source(phrase: str) -> bool:
    """
    Whether *phrase* (the X of ``по данным X``) names statistics or a document, not a speaker.

    >>> document_source("Национального бюро статистики"), document_source("Минфина")
    (True, False)

    A body's name is no document for the words of its complement (``исследований``):

    >>> document_source("института стратегических исследований"), document_source("исследования института")
    (False, True)

    .. versionadded:: 0.2.0
    """
    low = _yo(phrase.lower())
    words = regex.findall(r"\p{L}++", low)
    if any("стат" in w for w in words):
        return True
    stems = _document_stems()
    head = _head_noun(words)
    if head is not None and not head[0].startswith(stems) and titles().get(head[1]) == "org":
        return False  # "Международного института стратегических исследований": a body, whatever it studies
    return any(w.startswith(stems) for w in words)


def _head_noun(words: list[str]) -> tuple[str, str] | None:
    """The first of *words* (lower case) that the dictionary reads first as a noun, and its lemma."""
    from .morph import parse

    for w in words:
        first = parse(w)[:1]
        if not first:
            return None
        if first[0].tag.POS == "NOUN":
            return w, _yo(str(first[0].normal_form))
        if first[0].tag.POS not in ("ADJF", "PRTF"):
            return None
    return None


# A document with no owner named (``говорится в заявлении``, ``—, говорится в статье``): the words of whoever
# issued it, the one who spoke last ("Об этом говорится в заявлении пресс-секретаря X. «…», — говорится в
# заявлении").
DOCUMENT_NOUNS = frozenset(
    {"заявление", "сообщение", "статья", "документ", "доклад", "отчёт", "отчет", "письмо", "материал",
     "публикация", "обращение", "коммюнике", "пресс-релиз", "релиз", "пост", "запись", "текст", "твит", "послание",
     "поручение"}
)  # fmt: skip


#: Acts and resolutions, which a pronoun may stand for as it does for a document ("Совет принял постановление. При
#: этом в нём подчёркивается …"), though no one's words stand behind them.
ACT_NOUNS = frozenset(
    {"постановление", "резолюция", "указ", "декларация", "законопроект", "закон", "соглашение", "договор",
     "приговор", "решение", "протокол", "меморандум"}
)  # fmt: skip


def document_noun(word: str, readings: int = 1, nouns: frozenset[str] = DOCUMENT_NOUNS) -> bool:
    """
    Whether *word* is a form of a noun of *nouns* (:data:`DOCUMENT_NOUNS`, or :data:`ACT_NOUNS`) in one of its first
    *readings*.

    >>> document_noun("заявлении"), document_noun("заявил"), document_noun("постановления", nouns=ACT_NOUNS)
    (True, False, True)

    .. versionadded:: 0.2.0
    """
    from .morph import parse

    return any(fold(str(p.normal_form)) in nouns for p in parse(word.lower())[:readings])


@functools.cache
def titles() -> MappingProxyType[str, TitleClass]:
    """
    Map each title or source lemma (lower case, ``ё`` as ``е``) to its class.

    A deputy's title written as one word counts as a person's title: ``зам`` before a person's title, as the
    dictionary reads it (``зампостпред``, ``замдиректора``).

    >>> titles()["посол"], titles()["пресс-служба"], titles()["зампостпред"], titles()["замдиректора"]
    ('person', 'org', 'person', 'person')
    """
    return MappingProxyType(_kept("titles", ("titles.tsv",), _titles))


def _titles() -> dict[str, TitleClass]:
    """The table of :func:`titles`, derived from ``titles.tsv`` and the dictionary."""
    table: dict[str, TitleClass] = {_yo(r[0]): r[1] for r in read_table("titles.tsv")}  # type: ignore[misc]
    for deputy in _deputy_titles(table):
        table.setdefault(deputy, "person")
    return table


# What a deputy's title written as one word opens with: "зампостпреда", "замдиректора".
_DEPUTY_PREFIX = "зам"


def _deputy_titles(table: dict[str, TitleClass]) -> list[str]:
    """``зам`` before each one-word title of a person or a head, in the nominative and in the genitive."""
    from .morph import parse

    out = []
    for lemma, cls in table.items():
        if cls not in ("person", "head") or "-" in lemma or " " in lemma or lemma.startswith(_DEPUTY_PREFIX):
            continue
        out.append(_DEPUTY_PREFIX + lemma)
        found = parse(lemma)[:1]
        genitive = found[0].inflect({"gent", "sing"}) if found else None
        if genitive is not None:
            out.append(_DEPUTY_PREFIX + _yo(str(genitive.word)))
    return out


@functools.cache
def org_anaphors() -> MappingProxyType[str, str]:
    """
    Map each common noun that stands for an organisation the article named before (``org_anaphors.tsv``, reading
    ``named``) to the kind of name it takes.

    >>> org_anaphors()["ведомство"], org_anaphors()["издание"], org_anaphors()["компания"]
    ('body', 'outlet', 'company')
    >>> "организация" in org_anaphors()
    False
    """
    return MappingProxyType({_yo(r[0]): r[1] for r in read_table("org_anaphors.tsv") if r[2] == "named"})


@functools.cache
def not_bodies() -> frozenset[str]:
    """
    Return the abbreviations of ``not_bodies.tsv``: blocs, armed forces, terms, no body that speaks or is spoken of.

    >>> "НАТО" in not_bodies(), "ФАС" in not_bodies()
    (True, False)
    """
    return frozenset(r[0] for r in read_table("not_bodies.tsv"))


def org_nouns(kind: str) -> frozenset[str]:
    """
    Return the common nouns of ``org_anaphors.tsv`` for an organisation of *kind* (``body``, ``outlet``,
    ``company``), whatever their reading: each stands for the one of its kind that spoke last.

    >>> "газета" in org_nouns("outlet"), "газета" in org_nouns("body")
    (True, False)
    """
    return _org_nouns_by_kind().get(kind, frozenset())


@functools.cache
def _org_nouns_by_kind() -> MappingProxyType[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for noun, kind, _reading in read_table("org_anaphors.tsv"):
        kinds.setdefault(kind, set()).add(_yo(noun))
    return MappingProxyType({k: frozenset(v) for k, v in kinds.items()})


@functools.cache
def speaking_bodies() -> frozenset[str]:
    """
    Return the lemmas of organisations that a personal pronoun may stand for (``комиссия``).

    >>> "комиссия" in speaking_bodies(), "документ" in speaking_bodies()
    (True, False)
    """
    return frozenset(_yo(r[0]) for r in read_table("speaking_bodies.tsv"))


@functools.cache
def office_terms() -> tuple[OfficeTerm, ...]:
    """
    Return every term of office listed in ``office_holders.tsv``.

    >>> any(t.holder == "Касым-Жомарт Токаев" for t in office_terms())
    True
    """
    out = []
    for r in read_table("office_holders.tsv"):
        end = _dt.date.fromisoformat(r[4]) if len(r) > 4 and r[4] else None
        out.append(OfficeTerm(r[0], r[1], r[2], _dt.date.fromisoformat(r[3]), end))
    return tuple(out)


@functools.cache
def outlets() -> MappingProxyType[str, str]:
    """
    Map each news outlet name in ``outlets.tsv`` to its country.

    >>> outlets()["Trend"]
    'Азербайджан'

    .. versionadded:: 0.1.0
    """
    return MappingProxyType({r[0]: r[1] for r in read_table("outlets.tsv")})


@functools.cache
def countries() -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
    """
    Return ``(country, stems, abbreviations)`` for every listed country.

    >>> countries()[0][0]
    'Казахстан'
    """
    out = []
    for r in read_table("countries.tsv"):
        stems = tuple(_yo(c.lower()) for c in r[1:] if not c.isupper() and not c.startswith("="))
        abbr = frozenset(c for c in r[1:] if c.isupper())
        out.append((r[0], stems, abbr))
    return tuple(out)


@functools.cache
def country_words() -> MappingProxyType[str, str]:
    """
    Map the whole words that name a country only as written (``=дании`` in ``countries.tsv``: a stem would take
    ``Даниил`` too), in lower case, to their country.

    >>> country_words()["дании"], "даниил" in country_words()
    ('Дания', False)

    .. versionadded:: 0.2.0
    """
    return MappingProxyType(
        {_yo(c[1:].lower()): r[0] for r in read_table("countries.tsv") for c in r[1:] if c.startswith("=")}
    )


@functools.lru_cache(maxsize=CACHE_SIZE)
def country_of(word: str) -> str | None:
    """
    Return the country a word (``Казахстана``, ``РК``, ``азербайджанский``) names, if any.

    >>> country_of("Казахстана"), country_of("РК"), country_of("дом"), country_of("Даниила")
    ('Казахстан', 'Казахстан', None, None)
    """
    low = _yo(word.lower())
    whole = country_words().get(low)
    if whole is not None:
        return whole
    for name, stems, abbr in countries():
        if word in abbr or low.startswith(stems):
            return name
    return None
