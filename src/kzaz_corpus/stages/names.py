"""
Person names: find them in running text and put them in the nominative case.

Facts:
- A speaker is reported by full name in the nominative (guidelines, "Quotes",
  ``speaker``): ``Касым-Жомарта Токаева`` -> ``Касым-Жомарт Токаев``.
- The Russian dictionary lacks many Kazakh, Azerbaijani and other names, so
  each word of a name is read by three sources: the dictionary (pymorphy3,
  only for words it knows), the first-name table ``data/first_names.tsv`` and
  the ending rules of ``data/name_endings.tsv`` (``-ова`` is a man's genitive
  or a woman's nominative, ``-енко`` never declines, ...).
- The words of one name share a gender and a case: every (gender, case) pair
  is scored over all words at once and the best wins, so ``Евгения Фридмана``
  reads as a man's genitive (``Евгений Фридман``), not ``Евгения`` + ``Фридмана``.
- ``оглу``/``кызы`` (Azerbaijani and Turkic patronymics) never decline, and
  the father's name before them stays in the nominative.
- In a hyphenated first name only the last part declines
  (``Касым-Жомарта``); in a hyphenated surname every part may.
- Initials are written ``И. Рустамов`` whatever the spacing in the text;
  names in capitals (``СВЕТЛАНА МОРОЗОВА``) come out in title case.
- pymorphy3 is asked only about capitalised candidate words, and every word
  reading is cached.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

import regex
from attrs import evolve, frozen

from .. import cache
from ..lexicon.morph import CACHE_SIZE, NAME_TAGS, known_parses, parse
from ..lexicon.names import CASES, endings_of, first_names, stopwords
from ..lexicon.quotes import CITING_VERBS, INSERTIONS, TOPIC_OPENING, titles
from ..lexicon.scripts import consonant_outline, consonant_outlines
from ..text.chars import fold, one_edit_apart
from ..text.doc import (
    Word,
    iter_words_in,
    spaced_word_after,
    spaced_word_before,
    spaces_between,
    word_after,
    word_before,
)

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

    from ..text.doc import Doc

__all__ = [
    "PersonMention",
    "capitalised_after",
    "could_be_surname",
    "feminine_noun",
    "find_persons",
    "fixed_surname",
    "gender_of",
    "is_first_name",
    "is_patronymic",
    "looks_like_person",
    "nominative",
    "opens_sentence",
    "persons_of",
    "subject_after_verb",
]

Gender = Literal["m", "f"]

# A reading of one word: (gender or None for either, cases it may be in,
# lower-cased nominative, weight).
_Hyp = tuple[Gender | None, frozenset[str], str, float]

_ALL_CASES = frozenset(CASES)
_GENDERS: tuple[Gender, Gender] = ("m", "f")
_VOWELS = frozenset("аеёиоуыэюяaeiouy")
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# Evidence from the first-name table, and from the dictionary (which adds
# half the pymorphy score of the reading, so frequent readings win ties).
_KNOWN = 3.0
_DICTIONARY = 2.5
# An indeclinable dictionary reading of a word that also declines loses this much.
_RARE_FIXED = 0.2
# A dictionary reading of a first name in the other gender than the word's own
# nominative (``Дина`` read as the genitive of ``Дин``) loses this much.
_OTHER_GENDER = 1.0
# A dictionary reading of a first name given under this share of the form's use, while another reading has at least
# _COMMON_SCORE of it, loses _RARE_READING: as much as a context hint gives.
_RARE_SCORE = 0.05
_COMMON_SCORE = 0.5
_RARE_READING = 2.5
# A word that no reading of the chosen gender and case explains stays as written.
_UNEXPLAINED = -2.0
# The best reading of a (gender, case) before any is found.
_NO_READING = (_UNEXPLAINED, "")
# A surname that has readings, none of them in the chosen gender and case, costs more:
# its ending says more about the person than a first name the dictionary genders
# (``Айнагуль Сейтова``: the surname is a woman's, whatever the first name reads as).
_UNEXPLAINED_SURNAME = -3.5
# Turkic patronymic markers (``Ильхам Гейдар оглу Алиев``): never declined.
_PATRONYMIC_MARKERS = frozenset({"оглу", "оглы", "кызы", "гызы", "улы", "уулу"})
# Lower-case name particles (``Шарль де Голль``, ``Ахмед ибн Сауд``).
_PARTICLES = frozenset(
    {"ибн", "бин", "бен", "фон", "ван", "дер", "тер", "тен", "де", "ди", "да", "дос", "дю", "дель", "делла", "ла", "ле",
     "аль", "эль"}
)  # fmt: skip

# --- tokens --------------------------------------------------------------
# One initial: a capital letter and a full stop (``А.``, ``И.Рустамов``).
_INITIAL = r"\p{Lu}\."
# The capitalised words themselves come from the article's one tokenisation (see _capitalised_words).
# Lower-case words that may stand inside a name (patronymic markers, particles).
_LINK = r"(?:" + "|".join(sorted(_PATRONYMIC_MARKERS | _PARTICLES, key=lambda w: (-len(w), w))) + r")"
# A link word right after a token: one to three spaces, or nothing after an
# initial's full stop (``Ильхам Гейдар оглу``, ``А.ибн``).
_LINK_AFTER_RE = cache.pattern(rf"[^\S\r\n]{{0,3}}+(?<!\p{{L}})(?P<link>{_LINK})(?![\p{{L}}-])", regex.V1)
# Between two words of one name: spaces (any Unicode space, no line break);
# after an initial also nothing at all (``И.Рустамов``).
_GAP_RE = cache.pattern(r"[^\S\r\n]{1,3}+")
# Particles between a first name and a surname, with the spaces around them: " де ", " фон дер ".
_PARTICLE_GAP_RE = cache.pattern(
    rf"(?:[^\S\r\n]{{1,3}}+(?:{'|'.join(sorted(_PARTICLES, key=lambda w: (-len(w), w)))})){{1,2}}+[^\S\r\n]{{1,3}}+"
)
_WS_RE = cache.pattern(r"\s++")
_NAME_TOKEN_RE = cache.pattern(rf"{_INITIAL}|[^\s.]++", regex.V1)
# The patronymic shape of a middle word (``Сергеевича``, ``Ивановной``).
_PATRONYMIC_RE = cache.pattern(r"(?:[ое]вич|[ое]вн|ичн|инич)\p{Ll}{0,3}+", regex.V1 | regex.IGNORECASE)
# A longer run of capitalised words is a list or a headline, not a name:
# cutting runs here also keeps the search linear on hostile input.
_MAX_RUN = 8
# Words before a name that make it part of a place or an institution
# (``на проспекте Абая``, ``университет имени Назарбаева``), not a mention of
# the person. Matched on the text just before a run, so bounded.
_PLACE_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:имени|им\.|ул\.|пр\.|пр-т|улиц\p{L}{0,2}|проспект\p{L}{0,2}|бульвар\p{L}{0,2}"
    r"|площад\p{L}{0,2}|переул\p{L}{0,3}|шоссе|набережн\p{L}{0,3}|памятник\p{L}{0,3}"
    # "в 115 км северо-восточнее Дейр эз-Зора": a direction from a place.
    r"|(?:(?:северо|юго)-)?+(?:север|юж|запад|восточ)нее)[^\S\r\n]{0,3}+$"
)
# A settlement or a site in an oblique case, whose own name follows it (``в районе аэродрома Дейр эз-Зор``,
# ``жители деревни Малые Вязёмы``), or ends a list of such names after it (``в провинциях Идлиб и Дейр эз-Зор``);
# the name after it belongs to a person only when a title heads the phrase (``глава села Иван Петров``, see
# _site_before).
_SITE_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:аэродром|аэропорт|авиабаз|город|сел|деревн|посел|посёл|станиц|кишлак|аул|провинци|мухафаз"
    r"|месторождени|лагер)(?:а|у|е|ом|и|ей|ю|ой|[ая]х|[ая]м|[ая]ми)[^\S\r\n]{1,3}+"
    r"(?-i:\p{Lu}[\p{L}-]*+(?:,[^\S\r\n]|[^\S\r\n]и[^\S\r\n]))*+$"
)
# A territorial unit whose own name follows it (``округа Грин``, ``штата Огайо``): before a name of
# two more words, that first word is the unit's name (``округа Грин Дэн Паттерсон``).
_UNIT_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:округ|штат|графств|провинци|префектур|кантон|район|город|муниципалитет|коммун|департамент)"
    r"\p{L}{0,3}+[^\S\r\n]{1,3}+$"
)
# Token kinds after which an ordinary word may be a surname (``Игорь Ковальский``).
_BEFORE_SURNAME = frozenset({"given", "weakgiven", "patronymic", "init"})
# The kinds of a lone word after a person's title that may be a first name the dictionary does not know, when a
# word it reads as ordinary or as a place closes the name: ``журналист Кавья Шах.``, ``помощник Тахсин Бегу предложил``.
_TITLED_OPENING = frozenset({"unknown", "surname"})


@frozen
class PersonMention:
    """
    A mention of a person by name in a text.

    Attributes:
        start, end: The span of the mention (absolute offsets).
        name: The full name in the nominative (``Касым-Жомарт Токаев``); a bare
            surname resolves to the full name found elsewhere in the text.
        surname: The surname in the nominative (``Токаев``).
        gender: ``"m"``, ``"f"`` or ``None`` when the words do not tell.
        case: The pymorphy case of the mention (``"nomn"``, ``"gent"``, ...),
            or ``None`` when the name does not decline. When the form fits
            several cases (``Асель Нурлановой``), the first of ``nomn``,
            ``gent``, ``datv``, ``accs``, ``ablt``, ``loct`` is given.

    >>> PersonMention(start=0, end=6, name="Иван Петров", surname="Петров", gender="m", case="nomn").surname
    'Петров'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    name: str
    surname: str
    gender: Gender | None
    case: str | None


# --- one word ------------------------------------------------------------


# A word in Cyrillic letters, hyphens and an apostrophe inside (``О'Нил``, ``Д’Аламбер``).
_CYRILLIC_RE = cache.pattern(r"[\p{Cyrillic}-]{1,60}+(?:['’]\p{Cyrillic}[\p{Cyrillic}-]{0,60}+)?+")


def _parse(word: str) -> tuple[Parse, ...]:
    """
    Dictionary readings of a Cyrillic word (lower case), only those of forms the dictionary knows.

    Other words have none and never reach pymorphy3; nor do words the
    dictionary lacks (see :func:`._morph.known_parses`).
    """
    return known_parses(word) if _CYRILLIC_RE.fullmatch(word) else ()


def _title(word: str) -> str:
    """Title-case an all-capital word part by part (``МОРОЗОВА`` -> ``Морозова``)."""
    if len(word) > 1 and word.isupper():
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return word


def _after_ok(stem: str, after: str) -> bool:
    if len(stem) < 2:
        return False
    last = stem[-1]
    if after == "-":
        return True
    if after == "C":
        return last in _CONSONANTS
    if after == "V":
        return last in _VOWELS
    return last in after


@functools.lru_cache(maxsize=CACHE_SIZE)
def _known_names(word: str) -> tuple[tuple[Gender | None, frozenset[str], str, float], ...]:
    """Dictionary readings of *word* (lower case) as a first name: (gender, cases, nominative, score)."""
    out = []
    for p in _parse(word):
        tag = p.tag
        if "Name" not in tag.grammemes or "plur" in tag.grammemes:
            continue
        gender: Gender | None = "m" if "masc" in tag.grammemes else "f" if "femn" in tag.grammemes else None
        cases = _ALL_CASES if "Fixd" in tag.grammemes else frozenset({str(tag.case)})
        out.append((gender, cases, str(p.normal_form), float(p.score)))
    return tuple(out)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _known_surnames(word: str) -> tuple[tuple[Gender | None, frozenset[str], str], ...]:
    """Dictionary readings of *word* (lower case) as a surname: (gender, cases, nominative)."""
    out = []
    for p in _parse(word):
        tag = p.tag
        if "Surn" not in tag.grammemes or "plur" in tag.grammemes:
            continue
        gender: Gender | None = "m" if "masc" in tag.grammemes else "f" if "femn" in tag.grammemes else None
        cases = _ALL_CASES if "Fixd" in tag.grammemes else frozenset({str(tag.case)})
        # A reading in the nominative is its own nominative: no paradigm to generate.
        nom = p if tag.case == "nomn" else p.inflect({"nomn"})
        out.append((gender, cases, str(nom.word) if nom is not None else str(p.normal_form)))
    return tuple(out)


def _is_known_name(nom: str, gender: Gender | None) -> bool:
    """Is *nom* (lower case) a first name of *gender* in the table or the dictionary?"""
    table = first_names().get(nom)
    if table is not None:
        return gender is None or table == gender
    return any("nomn" in c for g, c, n, _ in _known_names(nom) if n == nom and (gender is None or g == gender))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _hyps(word: str, role: str) -> tuple[_Hyp, ...]:
    """
    Every reading of one word (lower case, no hyphen) in a name slot.

    *role* is ``given``, ``patronymic``, ``surname``, or ``prefix`` (a
    non-final part of a hyphenated first name, which may stay as written).
    """
    rule_role = "given" if role == "prefix" else role
    out = _ending_hyps(word, rule_role)
    if rule_role == "given":
        out = _given_hyps(word, out)
    elif rule_role == "surname":
        out.extend((gender, cases, nom, _DICTIONARY) for gender, cases, nom in _known_surnames(word))
    if role == "prefix":
        out.append((None, _ALL_CASES, word, 1.0))
    return tuple(out)


def _ending_hyps(word: str, role: str) -> list[_Hyp]:
    """The readings of *word* by the ending rows of *role* (``name_endings.tsv``)."""
    matched = [e for e in endings_of(word, role) if _after_ok(word[: len(word) - len(e.ending)], e.after)]
    if role == "surname" and any(e.shape for e in matched):
        matched = [e for e in matched if e.shape or e.weight > 1]
    out: list[_Hyp] = []
    for e in matched:
        nom = word[: len(word) - len(e.ending)] + e.nominative
        gender, weight = e.gender, e.weight
        if role == "given":
            gender, weight = _known_given(nom, gender, weight)
        out.append((gender, e.cases, nom, weight))
    return out


def _known_given(nom: str, gender: Gender | None, weight: float) -> tuple[Gender | None, float]:
    """Raise an ending reading whose nominative *nom* is a known first name of a compatible gender."""
    table = first_names().get(nom)
    if table is not None:
        return (table, _KNOWN) if gender in (None, table) else (gender, weight)
    if not _is_known_name(nom, gender):
        return gender, weight
    if gender is None:
        known_genders = {g for g, c, n, _ in _known_names(nom) if n == nom and "nomn" in c}
        gender = known_genders.pop() if len(known_genders) == 1 else None
    return gender, _DICTIONARY


def _given_hyps(word: str, out: list[_Hyp]) -> list[_Hyp]:
    """Add the first-name table and the dictionary to the ending readings of a first name."""
    table = first_names().get(word)
    if table is not None:
        # Table names ending in a vowel other than -а/-я do not decline (``Гурбангулы``).
        fixed = word[-1] in _VOWELS and word[-1] not in "ая"
        out.append((table, _ALL_CASES if fixed else frozenset({"nomn"}), word, _KNOWN))
    readings = _known_names(word)
    if readings and table is None:
        # A word the dictionary knows as a first name is read only as the dictionary
        # and the table say: ``Георгием`` is not a nominative.
        out = [h for h in out if h[3] >= _DICTIONARY]
    declines = any(cases != _ALL_CASES for _, cases, _, _ in readings)
    if readings and not declines and table is None:
        # A name the dictionary knows only as indeclinable (``Рене``) is that name before it is the dative of a
        # table name of the other gender (``Рена``): the context may still say so.
        out = [h if h[2] == word else (h[0], h[1], h[2], min(h[3], _DICTIONARY)) for h in out]
    for gender, cases, nom, score in readings:
        table_gender = first_names().get(nom)
        if table_gender is None or table_gender == gender:
            # ``Анне`` is the dative of Анна far more often than the name Анне.
            penalty = _RARE_FIXED if declines and cases == _ALL_CASES else 0.0
            out.append((gender, cases, nom, _DICTIONARY + score / 2 - penalty))
    # A word that is a first name in the nominative more often than anything else
    # (``Андрей``) is rarely a form of a name of the other gender (``Андра``). The
    # first-name table settles the names the dictionary's frequencies get wrong
    # (``Дина`` is not read as the genitive of ``Дин``).
    out = _without_rare(out, readings)
    own = _dominant_gender(readings, word)
    if own is not None:
        out = [
            h if h[0] is None or h[0] == own or h[2] in first_names() else (h[0], h[1], h[2], h[3] - _OTHER_GENDER)
            for h in out
        ]
    return out


def _without_rare(out: list[_Hyp], readings: Sequence[tuple[Gender | None, frozenset[str], str, float]]) -> list[_Hyp]:
    """
    *out* with the rare readings of :func:`_rare_readings` lowered: ``Дмитрия`` as the woman's name the dictionary
    lists for 2% of the form is not its reading after a verb that wants a subject (``поддержала Дмитрия Медведева``).
    """
    rare = _rare_readings(readings)
    # The first-name table settles what the dictionary's frequencies get wrong ("Дина" is a woman's name).
    return [
        (h[0], h[1], h[2], h[3] - _RARE_READING) if (h[0], h[2]) in rare and first_names().get(h[2]) != h[0] else h
        for h in out
    ]


def _rare_readings(
    readings: Sequence[tuple[Gender | None, frozenset[str], str, float]],
) -> frozenset[tuple[Gender | None, str]]:
    """
    The (gender, nominative) of the dictionary's readings of a first name that it gives under ``_RARE_SCORE`` of the
    form's use while another reading has most of it (``дмитрия`` as a woman's name beside the genitive of Дмитрий).
    """
    share: dict[tuple[Gender | None, str], float] = {}
    for g, _, n, score in readings:
        share[g, n] = share.get((g, n), 0.0) + score  # an indeclinable name has a reading for every case
    if not any(score >= _COMMON_SCORE for score in share.values()):
        return frozenset()
    return frozenset(key for key, score in share.items() if score < _RARE_SCORE)


def _dominant_gender(readings: Sequence[tuple[Gender | None, frozenset[str], str, float]], word: str) -> Gender | None:
    """
    The gender of *word* as a nominative first name, when that reading is its most frequent one.

    *readings* are the dictionary's readings of *word* (see :func:`_known_names`).
    """
    best: dict[Gender, float] = {}
    nominative: set[Gender] = set()
    for gender, cases, nom, score in readings:
        if gender is None:
            continue
        best[gender] = max(best.get(gender, 0.0), score)
        if nom == word and "nomn" in cases:
            nominative.add(gender)
    if len(nominative) != 1:
        return None
    own = nominative.pop()
    other: Gender = "f" if own == "m" else "m"
    return own if best.get(own, 0.0) >= best.get(other, 0.0) else None


def _restyle(surface: str, nom: str) -> str:
    """
    Give the lower-case nominative *nom* the letter case of *surface*, and its spelling of ``е`` for ``ё``: a
    name is written as the document writes it (``Петр Гринев``, not the dictionary's ``Пётр Гринёв``).
    """
    low = surface.lower()
    if "ё" not in low:
        nom = nom.replace("ё", "е")
    n = 0
    while n < len(nom) and n < len(surface) and low[n] == nom[n]:
        n += 1
    if n:
        return surface[:n] + nom[n:]
    return nom[:1].upper() + nom[1:] if surface[:1].isupper() else nom


# --- a whole name --------------------------------------------------------


@frozen
class _Reading:
    words: tuple[str, ...]
    surname: str
    gender: Gender | None
    case: str | None


_NAME_WORD_RE = cache.pattern(r"[\p{L}'’-]++")


def _roles(tokens: Sequence[str]) -> list[str]:
    """Assign each token a slot: initial, fixed, given, patronymic or surname."""
    roles = []
    for i, t in enumerate(tokens):
        if t.endswith(".") or not (t[:1].isupper() or _ARTICLE_NAME_RE.match(t)) or not _NAME_WORD_RE.fullmatch(t):
            roles.append("fixed")
        elif i + 1 < len(tokens) and tokens[i + 1].lower() in _PATRONYMIC_MARKERS:
            roles.append("fixed")
        else:
            roles.append("given")
    words = [i for i, r in enumerate(roles) if r == "given"]
    if words:
        last = words[-1]
        single_given = len(words) == 1 and not any(
            r == "fixed" and tokens[i].endswith(".") for i, r in enumerate(roles)
        )
        # A first name alone stays one, also one shaped like a surname in an oblique case (``Татьяна``).
        lone = single_given and _given_score(tokens[last]) >= _DICTIONARY
        if not (lone and (not _surname_shaped(tokens[last]) or _is_known_name(tokens[last].lower(), None))):
            roles[last] = "surname"
        for i in words[1:-1]:
            if _PATRONYMIC_RE.fullmatch(tokens[i][-9:]) or _PATRONYMIC_RE.search(tokens[i].lower()[-8:]):
                roles[i] = "patronymic"
    return roles


#: What the words around a name say about it: the gender (a past-tense verb
#: after it, ``заявила``) and the cases it can be in (a nominative title before
#: it, a finite verb after it). ``NO_HINT`` says nothing.
Hint = tuple[Gender | None, frozenset[str]]
NO_HINT: Hint = (None, _ALL_CASES)
# What a hint adds to the (gender, case) pairs it agrees with.
_HINT = 2.5
# A slot of a name: (token index, part index, part, role).
_Slot = tuple[int, int, str, str]


def _slots(tokens: Sequence[str], roles: Sequence[str]) -> list[_Slot]:
    """The declinable parts of a name: every word but the fixed ones, hyphenated words part by part."""
    slots: list[_Slot] = []
    for i, (tok, role) in enumerate(zip(tokens, roles, strict=True)):
        if role == "fixed":
            continue
        parts = tok.split("-")
        for j, part in enumerate(parts):
            if j == 0 and part.islower():
                continue  # the article of "ас-Сабаху" stays as written
            slots.append((i, j, part, "prefix" if role == "given" and j < len(parts) - 1 else role))
    return slots


def _slot_tops(
    hyps: Iterable[_Hyp], bonus_for: frozenset[str], written: frozenset[str] = frozenset()
) -> dict[tuple[str, str], tuple[float, str]]:
    """
    The best reading of one slot for every (gender, case) it has one for.

    The first of the heaviest wins, as hypotheses come in order; a nominative in
    *bonus_for* (a surname the text names elsewhere) counts one more, one in
    *written* (a word the text writes elsewhere) less than that.
    """
    tops: dict[tuple[str, str], tuple[float, str]] = {}
    for g, cases, nom, weight in hyps:
        w = weight + (1.0 if nom in bonus_for else _WRITTEN_BONUS if nom in written else 0.0)
        for hg in _GENDERS if g is None else (g,):
            for c in cases:
                if w > tops.get((hg, c), _NO_READING)[0]:
                    tops[hg, c] = (w, nom)
    return tops


def _hint_bonus(hint: Hint, gender: str, case: str) -> float:
    """What *hint* adds to the pair (*gender*, *case*)."""
    if hint == NO_HINT:
        return 0.0
    agrees = (hint[0] is None or hint[0] == gender) and case in hint[1]
    return _HINT if agrees else 0.0


@functools.lru_cache(maxsize=CACHE_SIZE)
def _read(
    tokens: tuple[str, ...],
    known: frozenset[str] = frozenset(),
    hint: Hint = NO_HINT,
    written: frozenset[str] = frozenset(),
) -> _Reading:
    """Read a tokenised name as one person: pick the gender and case that explain it best."""
    roles = _roles(tokens)
    slots = _slots(tokens, roles)
    slot_best = [
        _slot_tops(_hyps(part.lower(), r), *((known, written) if r == "surname" else (frozenset(), frozenset())))
        for _, _, part, r in slots
    ]
    as_written = [part.lower() for _, _, part, _ in slots]
    unexplained = [
        _UNEXPLAINED_SURNAME if s[3] == "surname" and slot_best[k] else _UNEXPLAINED for k, s in enumerate(slots)
    ]
    best: tuple[float, int, int, Gender, str, list[str]] | None = None
    totals: dict[tuple[str, str], float] = {}
    for gender in _GENDERS:
        for ci, case in enumerate(CASES):
            picks = [tops.get((gender, case), (unexplained[k], as_written[k])) for k, tops in enumerate(slot_best)]
            total = sum(top for top, _ in picks) + _hint_bonus(hint, gender, case)
            choice = [pick for _, pick in picks]
            totals[gender, case] = total
            key = (total, int(choice == as_written), -ci)
            if best is None or key > best[:3]:
                best = (total, key[1], -ci, gender, case, choice)
    out = list(tokens)
    gender_out: Gender | None = None
    case_out: str | None = None
    if best is not None and slots:
        total, _, _, gender_out, case_out, choice = best
        parts_by_token: dict[int, list[str]] = {}
        for (i, j, part, _), nom in zip(slots, choice, strict=True):
            parts_by_token.setdefault(i, tokens[i].split("-"))[j] = _restyle(part, nom)
        for i, parts in parts_by_token.items():
            out[i] = "-".join(parts)
        gender_out, case_out = _agreement(totals, gender_out, case_out, total)
    surname = next((out[i] for i, r in reversed(list(enumerate(roles))) if r == "surname"), "")
    if not surname:
        surname = next((t for t in reversed(out) if not t.endswith(".")), "")
    return _Reading(words=tuple(out), surname=surname, gender=gender_out, case=case_out)


def _agreement(
    totals: Mapping[tuple[str, str], float],
    gender: Gender | None,
    case: str | None,
    total: float,
) -> tuple[Gender | None, str | None]:
    """
    Say which gender and case the words commit to: None for either when they do not.

    *totals* holds the score of every (gender, case) pair, as summed by
    :func:`_read`; *gender*, *case* and *total* are the winning pair and its score.
    """
    other = "f" if gender == "m" else "m"
    gender_out = gender if max(totals[other, c] for c in CASES) < total - 1e-9 else None
    case_out = case if any(totals[gender or "m", c] < total - 1e-9 for c in CASES) else None
    return gender_out, case_out


def _given_score(word: str) -> float:
    """How strongly *word* reads as a first name: the best weight of its given-name readings."""
    return max((h[3] for part in word.split("-")[-1:] for h in _hyps(part.lower(), "given")), default=0.0)


def _surname_shaped(word: str) -> bool:
    """Does *word* end like a surname in some case (``-ова``, ``-енко``, ``-швили``, ...)?"""
    low = word.split("-")[-1].lower()
    return len(low) >= 4 and any(
        e.shape and _after_ok(low[: len(low) - len(e.ending)], e.after) for e in endings_of(low, "surname")
    )


def _tokens_spaced(name: str) -> list[str]:
    """Split a name into words and initials (``И.Рустамов`` -> ``И.``, ``Рустамов``)."""
    return [t for t in _NAME_TOKEN_RE.findall(_WS_RE.sub(" ", name)) if t]


def _normal(
    name: str, known: frozenset[str] = frozenset(), hint: Hint = NO_HINT, written: frozenset[str] = frozenset()
) -> _Reading:
    """
    Read *name* to a fixed point, so that reading the result again changes nothing; *known* surnames and *written*
    words of the text weigh for the nominatives they hold (:func:`_slot_tops`).
    """
    tokens = _name_tokens(name)
    if not tokens or len(tokens) > 8:
        return _Reading(words=tokens, surname=tokens[-1] if tokens else "", gender=None, case=None)
    return _normal_tokens(
        tokens, _relevant(tokens, known) if known else known, hint, _relevant(tokens, written) if written else written
    )


@functools.lru_cache(maxsize=CACHE_SIZE)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The words and initials of *name*, words in capitals in title case (cached)."""
    return tuple(_title(t) for t in _tokens_spaced(name))


def _relevant(tokens: tuple[str, ...], known: frozenset[str]) -> frozenset[str]:
    """
    The part of *known* that can matter for *tokens*: surnames some word may be a form of.

    Reading a name only consults *known* for nominatives its surname slot
    could take, so narrowing it first lets cached readings serve every
    article that knows the same few surnames.
    """
    return _surname_noms(tokens) & known


@functools.lru_cache(maxsize=CACHE_SIZE)
def _surname_noms(tokens: tuple[str, ...]) -> frozenset[str]:
    """Every nominative a word of *tokens* may stand for as a surname, and the words themselves (lower case)."""
    noms = {part.lower() for tok in tokens for part in tok.split("-")}
    for tok in tokens:
        for part in tok.split("-"):
            noms.update(h[2] for h in _hyps(part.lower(), "surname"))
    return frozenset(noms)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _normal_tokens(
    tokens: tuple[str, ...], known: frozenset[str], hint: Hint = NO_HINT, written: frozenset[str] = frozenset()
) -> _Reading:
    east = _east_asian(tokens)
    if east is not None:
        return east
    first = reading = _read(tokens, known, hint, written)
    previous = tokens
    # The reading is a nominative: read again, it keeps the gender the first reading found.
    again: Hint = (first.gender or hint[0], frozenset({"nomn"})) if first.gender or hint[0] else NO_HINT
    for _ in range(4):
        if reading.words == previous:
            return _Reading(words=reading.words, surname=reading.surname, gender=first.gender, case=first.case)
        previous = reading.words
        reading = _read(reading.words, known, again, written)
    return _Reading(words=tokens, surname=tokens[-1], gender=None, case=None)


# The case endings of an East Asian name's last syllable, declined as a masculine noun, and their cases; the soft
# ones follow only "ль", whose soft sign they replace ("Ёля", "Ёлем" -> "Ёль").
_SYLLABLE_ENDINGS = (("ом", "ablt"), ("ём", "ablt"), ("ем", "ablt"), ("а", "gent"), ("я", "gent"), ("у", "datv"),
                     ("ю", "datv"), ("е", "loct"))  # fmt: skip
_SOFT_ENDINGS = frozenset({"ём", "ем", "я", "ю"})
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюя")


# The longest syllable of an East Asian name, with a case ending (``Гюном``): :func:`_east_asian`.
_SYLLABLE_LETTERS = 6


def _east_asian(tokens: Sequence[str]) -> _Reading | None:
    """
    Read an East Asian name of three or four syllables (``Ким Чен Ын``, ``Мун Сан Гюн``, ``Аун Сан Су Чжи``):
    capitalised words of at most four letters (the last of three may carry a case ending). Only the last syllable
    declines, as a masculine noun: ``Ким Чен Ыном`` -> ``Ким Чен Ын``, ``Мун Сан Гюна`` -> ``Мун Сан Гюн``,
    ``Юн Сок Ёлем`` -> ``Юн Сок Ёль``; one that ends in a vowel does not (``Пак Кын Хе``). With no case ending
    the name is read as written, of either gender (``Аун Сан Су Чжи`` is a woman's). None for other words.

    >>> _east_asian(("Ким", "Чен", "Ыном")).words, _east_asian(("Юн", "Сок", "Ёлем")).words
    (('Ким', 'Чен', 'Ын'), ('Юн', 'Сок', 'Ёль'))
    >>> _east_asian(("Аун", "Сан", "Су", "Чжи")).gender is None
    True
    """
    if len(tokens) not in (3, 4) or not all(t[:1].isupper() and t.isalpha() for t in tokens):
        return None
    if any(len(t) > 4 for t in tokens[:-1]) or len(tokens[-1]) > (_SYLLABLE_LETTERS if len(tokens) == 3 else 4):
        return None
    last = tokens[-1]
    for ending, case in _SYLLABLE_ENDINGS if len(tokens) == 3 else ():
        stem = last[: len(last) - len(ending)]
        if not last.endswith(ending) or len(stem) < 2 or stem[-1].lower() in _CYRILLIC_VOWELS:
            continue
        if stem[-1].lower() == "л":
            stem += "ь"  # the final "л" of these names is soft: "Ёль"
        elif ending in _SOFT_ENDINGS:
            continue
        if len(stem) > 4:
            return None
        return _Reading(words=(tokens[0], tokens[1], stem), surname=stem, gender="m", case=case)
    if len(last) > 4:
        return None
    return _Reading(words=tuple(tokens), surname=last, gender=None, case=None)


def nominative(name: str, *, case: str | None = None) -> str:
    """
    Return *name* (a personal name in any case) as a nominative full name.

    The words keep their order and letter case (names in capitals come out in
    title case); initials are written ``И. Рустамов``. The gender is decided
    over all the words together, then each word is put in the nominative of
    that gender. Never raises: input that does not read as a name comes back
    with its spacing cleaned.

    Args:
        name: One to four words of a name, possibly with initials,
            hyphenated parts or ``оглу``/``кызы``.
        case: The pymorphy case the context puts the name in (``"gent"``
            after ``слова``), when it is known; it settles forms that read
            in several cases (``Варламова``).

    Returns:
        The name in the nominative.

    >>> nominative("Касым-Жомарту Токаеву")
    'Касым-Жомарт Токаев'
    >>> nominative("Евгения Фридмана")
    'Евгений Фридман'
    >>> nominative("Асель Жанасовой")
    'Асель Жанасова'
    >>> nominative("Ильхама Гейдар оглу Алиева")
    'Ильхам Гейдар оглу Алиев'
    >>> nominative("И.Азимова")
    'И. Азимов'
    >>> nominative("Варламова"), nominative("Варламова", case="gent")
    ('Варламова', 'Варламов')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       The *case* argument.
    """
    hint: Hint = NO_HINT if case is None else (None, frozenset({case}))
    try:
        return " ".join(_normal(name, hint=hint).words)
    except Exception:  # pragma: no cover - a last guard: never raise on odd input
        return _WS_RE.sub(" ", name).strip()


def could_be_surname(word: str) -> bool:
    """
    Whether one capitalised *word* may be a surname: not an ordinary word, a place or an organisation.

    >>> could_be_surname("Сечина"), could_be_surname("Гуско"), could_be_surname("Правительства")
    (True, True, False)
    >>> could_be_surname("Москвы")
    False

    .. versionadded:: 0.2.0
    """
    return _kind(word) in ("surname", "dictsurname", "weaksurname", "unknown")


def fixed_surname(word: str) -> bool:
    """
    Whether the surname *word* reads the same in the nominative and the genitive (``Руденко``, ``Черных``), so that
    its form shows no case.

    >>> fixed_surname("Руденко"), fixed_surname("Петров")
    (True, False)

    .. versionadded:: 0.2.0
    """
    low = word.lower()
    return any({"nomn", "gent"} <= cases and nom == low for _, cases, nom, _ in _hyps(low, "surname"))


def gender_of(name: str) -> Gender | None:
    """
    Return the gender of the person *name* refers to, or ``None`` if the words do not tell.

    >>> gender_of("Асель Жанасовой")
    'f'
    >>> gender_of("Али Сарсенова")
    'm'
    >>> gender_of("Назаренко") is None
    True

    .. versionadded:: 0.1.0
    """
    try:
        words = name.split()
        if len(words) > 1 and _kind(words[0]) == "lexical":
            # A first name the dictionary does not know (``Ара``): its ending says nothing of the gender.
            return _normal(words[-1]).gender
        if len(words) > 1 and all(_kind(w) in ("unknown", "surname") and _normal(w).gender is None for w in words):
            # No word is known and none tells alone (``Саули Ниинистё``): the pair does not either.
            return None
        return _normal(name).gender
    except Exception:  # pragma: no cover - a last guard: never raise on odd input
        return None


def is_patronymic(word: str) -> bool:
    """
    Whether *word* reads as a patronymic (``Фёдорович``, ``Петровна``), not a surname of the same shape.

    >>> is_patronymic("Фёдорович"), is_patronymic("Янукович")
    (True, False)
    """
    return _kind(word) == "patronymic"


def is_first_name(word: str) -> bool:
    """
    Whether one capitalised *word* reads as a first name and nothing else (``Ольга``; not ``Роман``).

    >>> is_first_name("Ольга"), is_first_name("Роман"), is_first_name("Петров")
    (True, False, False)
    """
    return _kind(word) == "given"


def looks_like_person(words: str) -> bool:
    """
    Say whether *words* (2-4 capitalised words or initials) read as a person's name.

    >>> looks_like_person("Анастасия Назаренко")
    True
    >>> looks_like_person("Цифровой вектор")
    False

    .. versionadded:: 0.1.0
    """
    tokens = _tokens_spaced(words)
    names = [t for t in tokens if not t.endswith(".")]
    if not 1 < len(tokens) <= 4 or not names:
        return False
    if any(not t[:1].isupper() and t.lower() not in _PATRONYMIC_MARKERS | _PARTICLES for t in tokens):
        return False
    infos = [_info(_title(t)) for t in names]
    if any(i == "common" for i in infos):
        return False
    return any(i in ("given", "surname", "patronymic") for i in infos) or len(names) < len(tokens)


# --- finding names in text ------------------------------------------------


@functools.lru_cache(maxsize=CACHE_SIZE)
def _info(word: str) -> str:
    """
    Classify a capitalised word (title case).

    ``given`` (a first name), ``surname`` (surname-shaped), ``dictsurname`` (a
    surname the dictionary knows, not surname-shaped), ``patronymic``,
    ``weakgiven``/``weaksurname`` (a name that is more often an ordinary word,
    like ``Роман``), ``unknown`` (not in the dictionary), ``lexical`` (an
    ordinary word, which may still be a surname right after a first name:
    ``Игорь Ковальский``) or ``common`` (never part of a name: places,
    organisations, titles).
    """
    low = word.lower()
    if low in stopwords() or len(low) < 2:
        return "common"
    last = low.split("-")[-1]
    parses = list(_parse(last))
    if _surname_shaped(word):
        # ``Токаев`` is also the genitive plural of a rare noun, ``Уралов`` of a mountain range: ignore plurals,
        # but not a place's that has no singular (``Нидерландов``), nor a verb's (``Затянули``).
        parses = [
            p for p in parses if "plur" not in p.tag.grammemes or "Pltm" in p.tag.grammemes or p.tag.POS == "VERB"
        ]
    given = last in first_names() or any(w >= _DICTIONARY for *_, w in _hyps(last, "given"))
    if any("Patr" in p.tag.grammemes for p in parses) or (
        len(last) > 6 and _PATRONYMIC_RE.search(last[-8:]) and not parses
    ):
        return "patronymic"
    in_dictionary = any("Surn" in p.tag.grammemes for p in parses)
    possessive = bool(parses) and all("Poss" in p.tag.grammemes for p in parses)
    if possessive and _surname_shaped(word) and not _pet_possessive(last):
        return "surname"  # "Калинкин", read only as a possessive adjective ("Калинка's"): a surname
    if _mostly_ordinary(parses):
        return _ordinary_kind(parses, given=given, in_dictionary=in_dictionary)
    return _name_kind(word, last, parses, given=given, in_dictionary=in_dictionary)


def _pet_possessive(word: str) -> bool:
    """Whether *word* is a possessive of a first name (``сашин``, ``катин``: Саша's, Катя's), no surname."""
    stem = word[:-2] if word.endswith(("ин", "ын")) else ""
    return bool(stem) and any(
        stem + end in first_names() or any("Name" in p.tag.grammemes for p in _parse(stem + end)[:2])
        for end in ("а", "я")
    )


def _mostly_ordinary(parses: Sequence[Parse]) -> bool:
    """Whether the dictionary reads a word as an ordinary word more often than as a name."""
    name_score = sum(p.score for p in parses if NAME_TAGS & p.tag.grammemes)
    other_score = sum(p.score for p in parses if not NAME_TAGS & p.tag.grammemes)
    return bool(parses) and other_score > name_score


# The longest surname that reads as an abbreviation in small letters: ``Ан``, ``Ли``.
_SHORT_SURNAME = 2


def _ordinary_kind(parses: Sequence[Parse], *, given: bool, in_dictionary: bool) -> str:
    """The kind of a word that is more often an ordinary word (``Роман``, ``Москва``, ``Работа``)."""
    if given or in_dictionary:
        return "weakgiven" if given else "weaksurname"
    if any({"Geox", "Orgn", "Trad"} & p.tag.grammemes for p in parses):
        return "common"
    if "Abbr" in parses[0].tag.grammemes and len(parses[0].word) > _SHORT_SURNAME:
        # An abbreviation first ("Мид"), not a word that is also one ("Кон": a stake, after "Гэри" a surname).
        return "common"
    # A word of two letters read as an abbreviation in small letters (``ан``) may be a surname after a first name
    # (``Виктор Ан``); in capitals it is an abbreviation still (:func:`_kind`).
    return "lexical"


def _name_kind(word: str, last: str, parses: Sequence[Parse], *, given: bool, in_dictionary: bool) -> str:
    """The kind of a word that reads as a name more often than as anything else, or is unknown."""
    if given and (last in first_names() or not in_dictionary):
        # A first name the dictionary knows as no surname stays one, whatever its ending (``Ирина``, ``Марина``).
        return "given"
    if _surname_shaped(word) and len(word) >= 4:
        return "surname"
    if given:
        return "given"
    if in_dictionary:
        return "dictsurname"
    if parses and all({"Name", "plur"} <= p.tag.grammemes for p in parses):
        return "unknown"  # "Маринетт", read only as the genitive plural of a first name: a name of its own
    return "lexical" if parses else "unknown"


@frozen
class _Run:
    """Adjacent name-like tokens: their spans, surfaces and kinds (see :func:`_info`)."""

    spans: tuple[tuple[int, int], ...]
    tokens: tuple[str, ...]
    kinds: tuple[str, ...]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@functools.lru_cache(maxsize=CACHE_SIZE)
def _kind(word: str) -> str:
    """
    The kind of a capitalised word as written in the text (cached).

    Its :func:`_info`, except that an unknown word in capitals is an
    abbreviation (``ЕАЭС``) and ``common``.
    """
    kind = _info(_title(word))
    if (kind == "unknown" or len(word) <= _ABBREVIATION_LETTERS) and len(word) > 1 and word.isupper():
        return "common"  # "ЕАЭС", and "УФСИН" though it ends like a surname
    if _MIXED_CAPS_RE.search(word):
        # ``БелТА``, ``АзерТАдж``: an outlet's name (``МакКейн`` has one capital inside, not two).
        return "common"
    if _LATIN_CAMEL_RE.search(word):
        # ``IntelDems``, ``YouTube``: an account's or a brand's name (``McCain``, ``DiCaprio`` are names).
        return "common"
    return kind


_MIXED_CAPS_RE = cache.pattern(r"\p{Ll}\p{Lu}{2}")
# A capital inside a Latin word past its first syllable, not after a name's prefix ("Mc", "Mac", "Di", "De", "Le",
# "La", "Van", "Von", "Du", "O'"): "IntelDems", not "McCain" or "DiCaprio".
_LATIN_CAMEL_RE = cache.pattern(r"\A(?!(?:Mc|Mac|Di|De|Da|Le|La|Van|Von|Du|Del|Della|Fitz)\p{Lu})[A-Z][a-z]{2,}[A-Z]")
# A word in capitals this short is an abbreviation, whatever its ending.
_ABBREVIATION_LETTERS = 5


def _runs(source: str, text: str, start: int, end: int) -> list[_Run]:
    """
    Group adjacent name-like tokens of text[start:end] into runs.

    Capitalised words and initials come from the words of *source* (the
    article's one tokenisation; *text* is *source* with first names typed in
    lower case capitalised, same offsets); a lower-case link word is only a
    token right after one of them (elsewhere it could never join a run), and
    is not looked for after a word that ends the run anyway (a ``common``
    word, or a ``lexical`` one with no run open).
    """
    runs: list[_Run] = []
    cur: list[tuple[int, int, str, str]] = []

    def flush() -> None:
        while cur and cur[-1][3] == "link" and cur[-1][2].lower() not in _PATRONYMIC_MARKERS:
            cur.pop()
        while cur and cur[0][3] == "link":
            cur.pop(0)
        if (
            len(cur) >= 3
            and cur[0][3] not in ("given", "init")
            and cur[1][3] == "given"
            and _UNIT_BEFORE_RE.search(text, max(0, cur[0][0] - 20), cur[0][0])
        ):
            cur.pop(0)
        if cur:
            runs.append(_Run(tuple((t[0], t[1]) for t in cur), tuple(t[2] for t in cur), tuple(t[3] for t in cur)))
        cur.clear()

    def add(s: int, e: int, surface: str, kind: str) -> None:
        joined = False
        if cur:
            gap = text[cur[-1][1] : s]
            joined = (gap == "" and cur[-1][3] == "init") or (_GAP_RE.fullmatch(gap) is not None)
        if kind == "lexical":
            # After a particle ("ван дер Вир", "де Ла Фуэнте") an ordinary word is the surname too.
            after_particle = joined and cur[-1][3] == "link" and cur[-1][2].lower() in _PARTICLES
            kind = "weaksurname" if joined and (cur[-1][3] in _BEFORE_SURNAME or after_particle) else "common"
        if cur and (not joined or kind == "common" or len(cur) >= _MAX_RUN or _latin(surface) != _latin(cur[-1][2])):
            # A change of script ends a name too: "банка Nordea Налле Валруса".
            flush()
        if kind == "common":
            return
        if kind == "link" and not cur:
            return
        if not cur and s > 0 and (_PLACE_BEFORE_RE.search(text, max(0, s - 16), s) or _site_before(text, s)):
            return
        cur.append((s, e, surface, kind))

    tokens = _capitalised_words(source, text, start, end)
    syllables = _syllable_names(text, tokens)
    for i, m in enumerate(tokens):
        word = m.text
        # Only an initial ends in a full stop.
        # An Arabic name with its article (``аль-Абади``) is a name whatever the dictionary says of its stem, but
        # only after a first name: alone it is mostly an organisation's (``аль-Каида``).
        if word[0].islower() and not cur:
            continue
        if i in syllables:
            kind = syllables[i]
        else:
            kind = "init" if word[-1] == "." else "surname" if word[0].islower() else _kind(word)
            kind = _kind_in_context(text, cur, m, tokens[i + 1] if i + 1 < len(tokens) else None, kind)
        if kind == "common" or (kind == "lexical" and not cur):
            # The word is dropped and closes any open run; links after it could not join one.
            if cur:
                flush()
            continue
        s, e = m.start, m.end
        add(s, e, word, kind)
        while (link := _LINK_AFTER_RE.match(text, e, end)) is not None:
            s, e = link.span("link")
            add(s, e, link["link"], "link")
    flush()
    return runs


def _syllable_names(text: str, tokens: Sequence[Word]) -> dict[int, str]:
    """
    The kinds of the words of East Asian names of two to four syllables among *tokens*, by their index.

    Three or four capitalised words one space apart, each of at most four letters and the first no first name
    of four (the last of three may carry a case ending: :func:`_east_asian`), with no capitalised name right
    before or after them, are one name, whatever the dictionary makes of each (``Ким Ир Сен``, ``Юн Сок Ёль``,
    ``Аун Сан Су Чжи``): the words are kept as unknown ones and the last as the surname, so that the run
    neither splits nor loses a word. Two syllables of up to three letters are a name only after a person's title
    or before a verb that agrees with one (:func:`_spoken_of`).
    """
    out: dict[int, str] = {}
    # A word that could be a syllable, and whether the next word follows it one space apart: each checked once.
    short = [w.text.isalpha() and w.text.istitle() and 1 < len(w.text) <= _SYLLABLE_LETTERS for w in tokens]
    spaced = [text[a.end : b.start] in (" ", "\u00a0") for a, b in itertools.pairwise(tokens)]
    for size in (4, 3, 2):
        for i in range(len(tokens) - size + 1):
            if not (short[i] and short[i + 1] and spaced[i]):
                continue
            if any(j in out for j in range(i, i + size)) or not _syllables(tokens[i : i + size], short, spaced, i):
                continue
            if size == 2 and not _spoken_of(text, tokens[i], tokens[i + 1]):
                continue
            if (i > 0 and _name_joins(text, tokens[i - 1], tokens[i], tokens[i - 1])) or (
                i + size < len(tokens) and _name_joins(text, tokens[i + size - 1], tokens[i + size], tokens[i + size])
            ):
                continue  # part of a longer name
            out.update({j: "unknown" for j in range(i, i + size - 1)})
            out[i + size - 1] = "surname"
    return out


def _spoken_of(text: str, first: Word, last: Word) -> bool:
    """
    Whether two syllables of at most three letters each stand as a person: right after a person's title or before
    a verb that agrees with one (``выпускница факультета Ма Лин``, ``Ли Пэн заявил``).
    """
    if len(first.text) > 3 or len(last.text) > 3:
        return False
    return _title_cases_before(text, first.start) is not None or _verb_after(text, last.end)[0]


def _syllables(words: Sequence[Word], short: Sequence[bool], spaced: Sequence[bool], i: int) -> bool:
    """
    Whether *words*, the tokens from index *i*, are syllables of one East Asian name (:func:`_syllable_names`):
    one space apart (*spaced*), each a capitalised word of two to six letters (*short*), the first no first name
    of four, and three or four of them of the shape :func:`_east_asian` reads.
    """
    if not all(short[i : i + len(words)]) or not all(spaced[i : i + len(words) - 1]):
        return False
    if len(words[0].text) == 4 and _kind(words[0].text) == "given":
        return False  # "Хван Чжан Еп", but "Иван Ким Ли" opens with a first name
    return len(words) == 2 or _east_asian(tuple(w.text for w in words)) is not None


def _name_joins(text: str, left: Word, right: Word, outer: Word) -> bool:
    """Whether *left* and *right* stand one gap apart and *outer*, one of them, is a name (not ``Вчера``, ``Кореи``)."""
    return _GAP_RE.fullmatch(text, left.end, right.start) is not None and _kind(outer.text) not in ("common", "lexical")


def _gerund_surname(text: str, m: Word) -> bool:
    """
    Whether the capitalised word *m*, which the dictionary reads only as a gerund, is a surname: shaped like one and
    inside its sentence, where no gerund is capitalised (``заявил Смолов``; not ``Поборов страх, он …``).
    """
    parses = _parse(m.text.lower())
    return (
        bool(parses)
        and all(p.tag.POS == "GRND" for p in parses)
        and _surname_shaped(m.text)
        and not opens_sentence(text, m.start)
    )


def _kind_in_context(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word, nxt: Word | None, kind: str) -> str:
    """The kind of the capitalised word *m* (of dictionary kind *kind*) given the open run *cur* and the next word."""
    word = m.text
    # An open run counts only if this word would join it (a run far back in the sentence is closed by now, and so is
    # one in another script: "компании Facebook Роба Летерна").
    joined = (
        bool(cur) and _GAP_RE.fullmatch(text, cur[-1][1], m.start) is not None and _latin(word) == _latin(cur[-1][2])
    )
    if kind == "lexical":
        return _lexical_in_context(text, cur, m, nxt, joined=joined)
    if (
        joined
        and cur[-1][3] in ("given", "init")
        and word.lower() in _PARTICLES
        and nxt is not None
        and _PARTICLE_GAP_RE.fullmatch(text, m.end, nxt.start) is not None
    ):
        return "link"  # "Александр Ван дер Беллен": a particle in capitals before another one
    if kind == "common" and word.isupper() and cur and cur[-1][3] == "given" and len(word) > 2:
        # "Анна НИМ": a surname in capitals after a first name (a byline); two capitals are an abbreviation
        # ("Алана Эшли АР": the agency).
        kind = _info(_title(word))
    if kind == "common" and _common_surname(text, cur, m, joined=joined):
        return "weaksurname"
    if kind == "common" and _middle_place_name(text, cur, m, nxt):
        return "unknown"  # "Кнут Туре Берланд": a second first name that is also a place's name
    if kind in ("common", "lexical") and _clan_name(text, m, nxt):
        return "unknown"  # "Си Цзиньпин", "Пак Кын Хе": a one-syllable family name before an unknown given name
    if kind in ("common", "lexical") and _stage_name(text, m) is not None:
        return "unknown"  # "певица Мадонна": a name that is also a word, after a person's title
    if kind == "common" and not joined and _common_given(text, m, nxt):
        return "weakgiven"  # "журналист Род Кэмпбелл": a word of the dictionary, no organisation, opens a name
    return kind


def _common_given(text: str, m: Word, nxt: Word | None) -> bool:
    """
    Whether *m*, a word in title case read as no name (an abbreviation's reading aside), opens a name right after
    a person's title, before a surname the dictionary does not know (:func:`_titled_pair`), when no reading of it is
    an organisation or a place.
    """
    if nxt is None or not m.text.istitle() or _kind(nxt.text) != "unknown":
        return False  # "представитель ОБСЕ Имя Фамилия": an organisation in capitals
    parses = _parse(m.text.lower())
    # An abbreviation's reading ("МАК") is no reading of a word in title case.
    if not parses or any({"Orgn", "Geox"} & p.tag.grammemes and "Abbr" not in p.tag.grammemes for p in parses):
        return False
    return _titled_pair(text, m, nxt)


def _common_surname(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word, *, joined: bool) -> bool:
    """Whether *m*, a word the dictionary reads as no name, is the surname that ends the open run *cur*."""
    if _town_surname(text, cur, m):
        return True  # "Василий Кашин", "Антон Чехов": a surname that is also a town's name
    if not joined:
        return False
    if cur[-1][3] in _BEFORE_SURNAME and _title_case_abbreviation(m.text):
        return True  # "Хасан Али Мид": an abbreviation of the dictionary ("МИД") written as a name
    if _titled_place_surname(text, cur, m) or _place_surname_before_verb(text, cur, m):
        return True  # "министр юстиции Эйко Рейн заявил", "Тереза Лима заявила": a place's name after a name
    if _place_ends_name(text, cur, m):
        return True  # "«…», — заявил Хоакин Флорес.": a place's name ends the name the verb has as its subject
    # "заявил Михаил Аким.": a title word that ends the name after a first name
    return cur[-1][3] == "given" and _title_surname(text, m)


def _person_noun_surname(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word) -> bool:
    """
    Whether *m*, a noun for a living being in title case (``Кузнец``), is the surname right after a lone first name
    the dictionary does not know, a person's title before them (``голкипер Джанкарло Кузнец (Торино) признан``) or a
    verb that agrees with one person after them (``Жулио Баптиста дал интервью``).
    """
    first = cur[-1]
    if len(cur) != 1 or first[3] != "unknown" or not m.text.istitle():
        return False
    told = _title_cases_before(text, first[0]) is not None or _verb_after(text, m.end)[0]
    return told and any(
        p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and not {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in _parse(m.text.lower())[:1]
    )


def _surname_by_place(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word) -> bool:
    """
    Whether *m*, a word of the dictionary, is a surname by where it stands: after ``господин`` opening a name (``—
    Господин Морено, …``), or read only as a gerund inside its sentence (``заявил Смолов``).
    """
    return (not cur and _after_honorific(text, m)) or _gerund_surname(text, m)


def _lexical_in_context(
    text: str, cur: Sequence[tuple[int, int, str, str]], m: Word, nxt: Word | None, *, joined: bool
) -> str:
    """
    The kind of *m*, a word the dictionary reads as an ordinary one, in its place: a first name before a name
    (``weakgiven``), a surname after one (``Румен Радев``: a gerund of ``радеть``), else ``lexical``.
    """
    if _surname_by_place(text, cur, m):
        return "surname"
    if _adjective_of_place(text, m, nxt):
        return "common"  # "Власти Северной Кореи": an adjective of the place's name after it, no surname
    if not joined and (
        _lexical_given(text, m, nxt) or _titled_pair(text, m, nxt) or _pair_after_quote_verb(text, m, nxt)
    ):
        return "weakgiven"
    if joined and cur[-1][3] in _BEFORE_VERBAL and _verbal_surname(m.text):
        return "surname"
    if joined and cur[-1][3] == "weakgiven" and _closing_word(text, m):
        return "weaksurname"  # "мэр Лондона Садик Хан,": two words of the dictionary after a title close a name
    if joined and _person_noun_surname(text, cur, m):
        return "weaksurname"  # "голкипер Джанкарло Кузнец": a noun for a living being after an unknown first name
    if (
        joined
        and len(cur) == 1
        and cur[0][3] in _TITLED_OPENING
        and (_closing_word(text, m) or _clause_word_after(text, m))
        and (_title_cases_before(text, cur[0][0]) is not None or _set_off_beside_person(text, cur[0][0], m.end))
    ):
        # "журналист CNN Кавья Шах.", "Аналитик Гарет Кузнец в интервью": a word of the dictionary closes a name
        # after a title
        return "weaksurname"
    if _clan_name(text, m, nxt) or _stage_name(text, m) is not None:
        return "unknown"  # "Си Цзиньпин", "певица Мадонна"
    return "lexical"


def _pair_after_quote_verb(text: str, m: Word, nxt: Word | None) -> bool:
    """
    Whether *m*, a word of the dictionary, and a name's word after it end their sentence right after a quotation's
    verb (``«…», — написала Виола Хоббс.``): the verb's subject, a first name and a surname.
    """
    if nxt is None or _GAP_RE.fullmatch(text, m.end, nxt.start) is None or _kind(nxt.text) not in _NAME_AFTER_TITLE:
        return False
    prev = _prev_word(text, m.start)
    if prev is None or not prev.text.islower():
        return False  # "пояснил РИА Новости Иванов": an outlet's name before the surname
    return _verb_of_quote_before(text, m.start, nxt.end)[0]


def _adjective_of_place(text: str, m: Word, nxt: Word | None) -> bool:
    """
    Whether *m* is an adjective that agrees in case, number and gender with the capitalised name of a place or an
    organisation right after it (``Северной Кореи``, ``Южной Осетии``): a word of that name.
    """
    if nxt is None or text[m.end : nxt.start] != " " or not nxt.text[:1].isupper():
        return False
    places = [
        p.tag for p in _parse(nxt.text.lower()) if p.tag.POS == "NOUN" and {"Geox", "Orgn"} & p.tag.grammemes
    ]
    if not places:
        return False
    forms = {(t.case, t.number, t.gender) for t in places}
    parses = _parse(m.text.lower())
    return any(p.tag.POS == "ADJF" and (p.tag.case, p.tag.number, p.tag.gender) in forms for p in parses)


def _closing_word(text: str, m: Word) -> bool:
    """
    Whether *m*, a capitalised word the dictionary reads as an ordinary word and no place or organisation, ends its
    clause: after a first name that opens a name after a title it is the surname (``мэр Лондона Садик Хан,``).
    """
    return m.text.istitle() and _kind(m.text) == "lexical" and _CLAUSE_END_AFTER_RE.match(text, m.end) is not None


def _clause_word_after(text: str, m: Word) -> bool:
    """
    Whether *m*, a capitalised word the dictionary reads as an ordinary word (:func:`_lexical_in_context` asks), is
    followed after one space by a preposition, a conjunction or a verb: no noun phrase goes on (``Гарет Кузнец в
    интервью``).
    """
    if not m.text.istitle():
        return False
    nxt = _next_lower_word(text, m.end)
    if nxt is None or text[m.end : nxt.start] not in (" ", "\u00a0"):
        return False
    return any(p.tag.POS in _CLAUSE_POS for p in _parse(nxt.text)[:1])


# Parts of speech that open the rest of a clause after a name: "Гарет Кузнец в интервью", "… заявил".
_CLAUSE_POS = frozenset({"PREP", "CONJ", "VERB"})


def _title_surname(text: str, m: Word) -> bool:
    """
    Whether *m*, a capitalised word of ``name_stopwords.tsv`` (``Аким``), ends its clause, so that after a first name
    it is a surname, not the title of a phrase (``Аким области``).
    """
    return m.text.istitle() and m.text.lower() in stopwords() and _CLAUSE_END_AFTER_RE.match(text, m.end) is not None


# The end of a clause right after a word: a punctuation mark, a line's end, the text's end.
_CLAUSE_END_AFTER_RE = cache.pattern(r"[^\S\n]*+(?:[.,;:!?…)]|\n|\Z)")


def _titled_pair(text: str, m: Word, nxt: Word | None) -> bool:
    """
    Whether *m*, a word the dictionary knows in the nominative singular and no genitive of a declined noun, opens
    a name right after a person's title or a noun for a person, one space before a name word: ``министра финансов
    Таро Асо`` (``таро`` is a card game), ``Пенсионерка Донна Эшли``.
    """
    if nxt is None or text[m.end : nxt.start] not in (" ", "\u00a0"):
        return False
    verbal = _verbal_surname(nxt.text)
    if _kind(nxt.text) not in _TITLED_PAIR_ENDS and not verbal and not _closing_word(text, nxt):
        return False
    parses = _parse(m.text.lower())
    # "Пенсионерка Донна Эшли": a noun for a person heads the name as a title does
    head = _title_cases_before(text, m.start) or _person_noun_before(text, m.start)
    # Before a surname read only as a verb's form (``Румен Радев``), a first name the dictionary reads first as a
    # short adjective, with a rare plural genitive besides, opens the name too.
    caseless = verbal and bool(parses) and parses[0].tag.case is None
    # The name agrees with its head: "с бельгийцем Батистом Дюкло" (a genitive is the title's own phrase).
    cases = {"nomn"} | (set(head or ()) - {"gent"})
    if _pair_ends_name(text, nxt, parses):
        pass  # "Историк Роли Маккей заявил": a plural's nominative before a surname that ends the name
    elif not (caseless or any(p.tag.case in cases and p.tag.number == "sing" for p in parses)) or any(
        p.tag.case == "gent" and "Fixd" not in p.tag and (p.tag.number == "sing" or not caseless) for p in parses
    ):
        return False  # "представитель Кремля Дмитрий Песков", "в Сейме Андрис Шуваев": the title's own phrase
    return head is not None


def _pair_ends_name(text: str, nxt: Word, parses: Sequence[Parse]) -> bool:
    """
    Whether a word with *parses*, one of them a nominative, and the surname *nxt* after it are a whole name: the
    surname is no first name and a verb, a preposition, a conjunction or the clause's end follows it (``Историк
    Роли Маккей заявил``; ``представитель Кремля Дмитрий Песков`` has no nominative, nor a place or a body).
    """
    if not any(p.tag.case == "nomn" for p in parses) or any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in parses):
        return False
    if _kind(nxt.text) not in ("surname", "unknown"):
        return False
    if _CLAUSE_END_AFTER_RE.match(text, nxt.end) is not None:
        return True
    after = _next_lower_word(text, nxt.end)
    if after is None or text[nxt.end : after.start] not in (" ", "\u00a0"):
        return False
    return any(p.tag.POS in _PREDICATE_START_POS for p in _parse(after.text)[:1])


# Parts of speech that open a clause's predicate after its subject: "… заявил", "… хорошо известен", "… в …".
_PREDICATE_START_POS = frozenset({"PREP", "CONJ", "VERB", "ADVB", "ADJS", "PRTS", "PRCL"})


# The kinds of a name's word after which a surname the dictionary reads only as a verb's form may stand.
_BEFORE_VERBAL = frozenset({"given", "weakgiven", "unknown", "surname"})
# The parts of speech of a word that declines as no noun: a gerund, a verb's form, a short adjective.
_VERBAL_POS = frozenset({"GRND", "VERB", "INFN", "ADJS", "PRTS"})


def _verbal_surname(word: str) -> bool:
    """
    Whether *word*, capitalised and shaped like a surname, is read by the dictionary only as a verb's form or a
    short adjective (``Радев``: a gerund of ``радеть``): after a first name or a title it is a surname.
    """
    parses = _parse(word.lower())
    return word.istitle() and _surname_shaped(word) and bool(parses) and all(p.tag.POS in _VERBAL_POS for p in parses)


_NAME_AFTER_TITLE = frozenset({"surname", "unknown", "given"})
# The kinds of the second word of a pair a title heads: a name word, or a surname the dictionary knows that is
# shaped like none (``адвокат Пирс Гарднер``).
_TITLED_PAIR_ENDS = _NAME_AFTER_TITLE | {"dictsurname"}


def _middle_place_name(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word, nxt: Word | None) -> bool:
    """
    Whether *m*, a word the dictionary reads as a place, stands between a first name and a word it does not
    know, each one space away: the middle of a three-word name (``Кнут Туре Берланд``).
    """
    if not cur or cur[-1][3] not in ("given", "weakgiven", "weaksurname", "unknown") or nxt is None:
        return False
    if _GAP_RE.fullmatch(text[cur[-1][1] : m.start]) is None or _GAP_RE.fullmatch(text[m.end : nxt.start]) is None:
        return False
    parses = _parse(m.text.lower())
    return (
        _kind(nxt.text) == "unknown"
        and any("Geox" in p.tag for p in parses)
        and not any("Orgn" in p.tag or "Abbr" in p.tag for p in parses)
    )


def _clan_name(text: str, m: Word, nxt: Word | None) -> bool:
    """
    Whether *m*, a word of two or three letters the dictionary knows, is an East Asian family name: it stands
    inside a sentence, and a name the dictionary does not know follows it one space away (``председатель КНР Си
    Цзиньпин``, ``экс-президент Пак Кын Хе``).
    """
    if nxt is None or len(m.text) > 3 or not m.text[1:].islower() or text[m.end : nxt.start] not in (" ", "\u00a0"):
        return False
    if m.start == 0 or _SENTENCE_END_RE.search(text, max(0, m.start - 4), m.start):
        return False  # "Бой Джукембаева …" opening a sentence: a word
    if any(
        p.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO", "INTJ") or {"Geox", "Orgn", "Abbr"} & p.tag.grammemes
        for p in _parse(m.text.lower())
    ):
        return False
    return _kind(nxt.text) in ("unknown", "surname")


def _stage_name(text: str, m: Word) -> tuple[Parse, str] | None:
    """
    Whether *m*, a capitalised word the dictionary knows as a common noun, is a one-word name: it stands one space
    after a person's title of ``titles.tsv``, agrees with it in a case, no reading of it is a genitive or an
    adjective, and no capitalised word follows (``певица Мадонна``; not ``председатель Банка``, whose genitive is
    the title's complement, nor ``патриарх Московский``). A word in capitals is an abbreviation
    (``президент ФИФА``, though ``фифа`` is a word).
    Returns the word's reading in that case and the title's gender, or ``None``.
    """
    if len(m.text) > 1 and m.text.isupper():
        return None
    prev = _prev_word(text, m.start)
    if prev is None or text[prev.end : m.start] not in (" ", "\u00a0"):
        return None
    is_title, title_cases, _ = _title_word(prev.text.lower())
    if not is_title or not title_cases:
        return None
    parses = _parse(m.text.lower())
    if _CAPITAL_NEXT_RE.match(text, m.end) or any(
        {"Geox", "Orgn", "Abbr", "ADJF"} & p.tag.grammemes or p.tag.case == "gent" for p in parses
    ):
        return None
    reading = next(
        (
            p
            for p in parses
            if p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case != "gent" and p.tag.case in title_cases
        ),
        None,
    )
    if reading is None:
        return None
    title_gender = next((str(p.tag.gender) for p in _parse(prev.text.lower()) if p.tag.case == reading.tag.case), "")
    return reading, title_gender


def _stage_named(text: str, run: _Run) -> PersonMention | None:
    """A one-word name that is also a word, after a person's title (:func:`_stage_name`): ``певица Мадонна``."""
    if len(run.tokens) != 1:
        return None
    found = _stage_name(text, Word(run.start, run.end, run.tokens[0]))
    if found is None:
        return None
    reading, title_gender = found
    nom = _restyle(run.tokens[0], str(reading.normal_form))
    gender = _TITLE_GENDERS.get(title_gender) or _TITLE_GENDERS.get(str(reading.tag.gender))
    return PersonMention(run.start, run.end, nom, nom, gender, str(reading.tag.case))


def _town_surname(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word) -> bool:
    """Whether *m*, a word the dictionary reads as a place, is the surname-shaped word right after a first name."""
    return (
        bool(cur)
        and cur[-1][3] == "given"
        and _GAP_RE.fullmatch(text[cur[-1][1] : m.start]) is not None
        and _surname_shaped(m.text)
        and not any("Orgn" in p.tag or "Abbr" in p.tag for p in _parse(m.text.lower()))
    )


def _title_case_abbreviation(word: str) -> bool:
    """Whether *word*, in title case, is read by the dictionary only as an abbreviation (``Мид``, not ``МИД``)."""
    parses = _parse(word.lower())
    return word.istitle() and bool(parses) and all("Abbr" in p.tag for p in parses)


def _titled_place_surname(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word) -> bool:
    """
    Whether *m*, a word the dictionary reads as a place (``Рейн``, a river), is the surname after a lone first
    name that a person's title heads and a verb that agrees with one person, the clause's end, or a preposition or
    conjunction follows: ``министр юстиции Эйко Рейн заявил``, ``Так считает министр Хавьер Лима.``.
    """
    return (
        len(cur) == 1
        and cur[0][3] in ("given", *_TITLED_OPENING)
        and _place_word(m.text)
        and _title_cases_before(text, cur[0][0]) is not None
        and (
            _verb_after(text, m.end)[0]
            or _CLAUSE_END_AFTER_RE.match(text, m.end) is not None
            or _clause_word_after(text, m)
        )
    )


def _place_ends_name(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word) -> bool:
    """
    Whether *m*, a word the dictionary reads as a place (``Флорес``, an island), ends its clause right after a lone
    word that is a known first name (``Мария Англия.``) or that a quotation's verb has before it as its subject
    (``«…», — считает Хоакин Флорес.``): the surname.
    """
    if len(cur) != 1 or not _place_word(m.text) or _CLAUSE_END_AFTER_RE.match(text, m.end) is None:
        return False
    if any(h[3] >= _DICTIONARY for h in _hyps(cur[0][2].lower(), "given")):
        return True
    return cur[0][3] != "given" and _verb_of_quote_before(text, cur[0][0], m.end)[0]


def _place_word(word: str) -> bool:
    """Whether the dictionary reads *word* as a place (``Рейн``), and never as an organisation or an abbreviation."""
    parses = _parse(word.lower())
    return any("Geox" in p.tag for p in parses) and not any("Orgn" in p.tag or "Abbr" in p.tag for p in parses)


def _place_surname_before_verb(text: str, cur: Sequence[tuple[int, int, str, str]], m: Word) -> bool:
    """
    Whether *m*, a word the dictionary reads as a place (``Чен``), is the surname after a lone first name that
    a verb agreeing with it in gender follows (``Тереза Лима заявила``), or a headline's topic when the name
    opens its line or follows its quotation's colon (``«…»: Иоланда Чен о …``).
    """
    if len(cur) != 1 or cur[0][3] != "given" or not _place_word(m.text):
        return False
    given = {h[0] for h in _hyps(cur[0][2].lower(), "given") if h[3] >= _DICTIONARY}
    if len(given) == 1 and _HEADLINE_TOPIC_RE.match(text, m.end) is not None and _line_opens_with(text, cur[0][0]):
        return True  # "«…»: Иоланда Чен о допинговых скандалах": a headline's speaker before the topic
    verb, gender = _verb_after(text, m.end)
    return verb and gender is not None and given == {gender}


def _line_opens_with(text: str, start: int) -> bool:
    """Whether the name at *start* opens its line, or follows a headline's quotation and colon there."""
    head = text[text.rfind("\n", 0, start) + 1 : start]
    return not head.strip() or _QUOTE_COLON_RE.search(head) is not None


# A headline's quotation and colon before its speaker: "«…»: ".
_QUOTE_COLON_RE = cache.pattern(r"[»\"“]\s*+:\s*+\Z")


# An Arabic name opening with its article: "аль-Абади", "ад-Дин", "эс-Сиси", "ан-Нахайян"; an Italian or French
# one with an elided particle: "д'Амброзио", "д’Артаньян".
_ARTICLE_NAME_RE = cache.pattern(r"(?:[аэ](?:ль|[лдзнрстш])-|д['’])\p{Lu}\p{Ll}++\Z")


@functools.lru_cache(maxsize=4)
def _capitalised_words(source: str, text: str, start: int, end: int) -> tuple[Word, ...]:
    """
    The initials and capitalised words among the words of ``source[start:end]``, as written in *text* (kept for
    the last few texts: the runs and the forms a text writes read them both).

    An initial is a one-letter capital word and its full stop (``А.``). A
    capitalised word keeps its capitalised hyphenated parts (``Касым-Жомарт``;
    ``Санкт-петербург`` gives ``Санкт``); one right after a digit or a
    hyphen, or with a digit in those parts (``Су57``), is none.
    """
    out: list[Word] = []
    for w in iter_words_in(source, start, end):
        if not text[w.start].isupper():
            if (
                text[w.start] in "аэд"
                and ("-" in text[w.start + 1 : w.start + 4] or text[w.start + 1 : w.start + 2] in "'’")
                and _ARTICLE_NAME_RE.match(text, w.start, w.end)
            ):
                out.append(Word(w.start, w.end, text[w.start : w.end]))  # "аль-Абади", "ас-Сиси"
            continue
        if w.end - w.start == 1 and text[w.end : w.end + 1] == ".":
            out.append(Word(w.start, w.end + 1, text[w.start : w.end + 1]))
            continue
        if w.start > 0 and (text[w.start - 1].isalnum() or text[w.start - 1] == "-"):
            continue
        parts = list(itertools.takewhile(lambda p: p[:1].isupper(), text[w.start : w.end].split("-")))[:4]
        if any(len(p) > 41 or not all(c.isalpha() or c in "'’" for c in p) for p in parts):
            continue
        stop = w.start + len("-".join(parts))
        out.append(Word(w.start, stop, text[w.start : stop]))
    return tuple(out)


def _latin(word: str) -> bool:
    """Whether *word* opens with a Latin letter."""
    return "a" <= word[:1].lower() <= "z"


_SENTENCE_END_RE = cache.pattern(r"(?:\A|[.!?…:\n\"«»„“”(–—-])[^\S\n]*+\Z")


def _lexical_given(text: str, m: Word, nxt: Word | None) -> bool:
    """
    Whether an ordinary word opens a name as its first name: ``глава союза Ара Мкртчян``.

    A capitalised word inside a sentence that the dictionary reads as an ordinary noun which can
    name a being (``Ара``), right before a surname-shaped word, is a first name.
    """
    if nxt is None:
        return False
    # "Карел ван Донк": a particle between two capitalised words makes them a name, whatever the surname's shape.
    particle = _PARTICLE_GAP_RE.fullmatch(text, m.end, nxt.start) is not None
    if particle:
        if _kind(nxt.text) not in ("surname", "unknown"):
            return False
    elif _GAP_RE.fullmatch(text, m.end, nxt.start) is None or _kind(nxt.text) != "surname":
        return False
    if _SENTENCE_END_RE.search(text, max(0, m.start - 4), m.start) and not _verb_after(text, nxt.end)[0]:
        # At a sentence start only as the subject of a verb (``Ара Мкртчян заявил``).
        return False
    # Inside a sentence an animate noun (``Ара``); at its start only an indeclinable one, so that
    # ``Сын Иванова заявил`` stays a son (a particle after it marks a name).
    opens = _SENTENCE_END_RE.search(text, max(0, m.start - 4), m.start) and not particle
    need = {"anim", "Fixd"} if opens else {"anim"}
    return any(need <= p.tag.grammemes and p.tag.POS == "NOUN" for p in _parse(m.text.lower()))


_STRONG = frozenset({"given", "surname", "dictsurname", "patronymic"})


def _split(run: _Run) -> list[_Run]:
    """Split a run holding two names (``Токаев Ильхам Алиев``, ``Петров А. Иванов``, ``В. И. Ленина Вадим Милов``)."""
    if len(run.tokens) == 1:
        return [run]
    pieces: list[_Run] = []
    idx = list(range(len(run.tokens)))
    start = 0
    for i in idx[1:]:
        prev, kind = run.kinds[i - 1], run.kinds[i]
        names_before = sum(1 for k in run.kinds[start:i] if k not in ("init", "link"))
        if _owner_before(run, start, i):
            # "пресс-секретарь Путина Дмитрий Песков": the owner's surname in the genitive is left out; it is
            # no name of its own here (its nominative reading has the other gender).
            start = i
            continue
        if (
            (prev in ("surname", "dictsurname", "weaksurname") and kind in ("given", "init") and names_before >= 2)
            or (prev in ("surname", "dictsurname", "weaksurname") and kind == "given" and "init" in run.kinds[start:i])
            or _owner_then_name(run, start, i)
            or _instrumental_pair_before(run, start, i)
            or _second_name_after(run, i, names_before)
            or (kind == "init" and prev != "init" and not _middle_initial(run, start, i))
            or _leading_word(run, start, i)
        ):
            pieces.append(_sub(run, start, i))
            start = i
    pieces.append(_sub(run, start, len(run.tokens)))
    return [p for p in pieces if p.tokens]


# The endings of a first name and a surname in the instrumental: "Йенсом Столтенбергом", "Ириной Петровой".
_INSTRUMENTAL_END_RE = cache.pattern(r"(?:ом|ем|ым|им|ой|ей)\Z")


def _instrumental_pair_before(run: _Run, start: int, i: int) -> bool:
    """
    Whether a first name and a surname both in the instrumental end at *i*, and the word there is none:
    ``с генсеком Йенсом Столтенбергом Меркель дала понять`` is one person with whom, and the subject after.
    """
    if i - start != 2 or run.kinds[start] != "given":
        return False
    first, second, word = run.tokens[start], run.tokens[start + 1], run.tokens[i]
    return (
        _INSTRUMENTAL_END_RE.search(first) is not None
        and _INSTRUMENTAL_END_RE.search(second) is not None
        and _INSTRUMENTAL_END_RE.search(word) is None
    )


def _owner_then_name(run: _Run, start: int, i: int) -> bool:
    """
    Whether a surname alone at *start* is followed by a first name and a surname of another person at *i*
    (``пресс-секретаря Навального Киры Ярмыш``, ``Жапарова Аскара Алиева``): the owner, then the holder. A
    patronymic after the first name keeps the three one name (``Иванов Иван Иванович``).
    """
    return (
        i == start + 1
        and i + 1 < len(run.kinds)
        and run.kinds[start] in ("surname", "dictsurname", "weaksurname")
        and run.kinds[i] == "given"
        and run.kinds[i + 1] in ("surname", "dictsurname", "unknown")
    )


# The kinds of two words that make a name of their own after a first name and a surname.
_SECOND_NAME_KINDS = (("unknown", "unknown"), ("given", "unknown"), ("unknown", "surname"), ("given", "surname"))
# The same after a surname the dictionary knows: a first name, then a surname the dictionary or its shape tells.
_OWNER_THEN_KINDS = tuple(
    (first, last)
    for first in ("given", "weakgiven", "unknown")
    for last in ("dictsurname", "surname", "unknown", "given")
    if (first, last) != ("given", "given")
)


def _second_name_after(run: _Run, i: int, names_before: int) -> bool:
    """
    Whether a first name and a surname-shaped word before *i* are a whole name, and two words from *i* another.

    ``Мария Захарова Жозепа Борреля`` (a line of tags): a Russian-shaped surname
    closes a name; no name goes on with two more words after it, also after a first name the tables lack
    (``сказал Ермаганбет Булекпаев Ералы Оспанову``: the speaker and the one he spoke to).
    """
    if names_before != 2 or run.kinds[i - 2] not in ("given", "unknown"):
        return False
    if run.kinds[i - 1] == "surname":
        return run.kinds[i:] in _SECOND_NAME_KINDS
    # "Советник Дональда Трампа Джаред Кушнер": a surname the dictionary knows after a first name the tables know
    # closes the owner's name too, before another first name and surname.
    return run.kinds[i - 2] == "given" and run.kinds[i - 1] == "dictsurname" and run.kinds[i:] in _OWNER_THEN_KINDS


def _middle_initial(run: _Run, start: int, i: int) -> bool:
    """
    Whether the initials at *i* stand between a first name and a surname (``Дэвид О. Расселл``).

    The piece so far is one first name, and a surname-like word follows the
    initials (a first name only as the run's last word: ``Джордж Р. Р. Мартин``).
    """
    if i - start != 1 or run.kinds[start] != "given":
        return False
    j = i
    while j < len(run.kinds) and run.kinds[j] == "init":
        j += 1
    if j == len(run.kinds) - 1 and run.kinds[j] == "given":
        return True  # "Джордж Р. Р. Мартин": a surname that is also a first name closes the run
    return j < len(run.kinds) and run.kinds[j] in ("surname", "dictsurname", "weaksurname", "unknown")


def _past_title_genitive(text: str, run: _Run) -> _Run:
    """
    The run without a place in the genitive between a title and a name the dictionary does not know.

    ``Мэр Нэшвилла Меган Бэрри``: three unknown words after a title (none a
    first name or a patronymic; the last may be a surname the dictionary knows,
    ``адвоката Ассанжа Мелинды Тейлор``), the first in a genitive ending, are
    the title's place or owner and a two-word name.
    """
    if _leading_place_or_owner(text, run):
        # The two words after it were read as a name with it: a first name the tables lack opens them.
        rest = _sub(run, 1, 3)
        return evolve(rest, kinds=("weakgiven" if rest.kinds[0] == "unknown" else rest.kinds[0], rest.kinds[1]))
    if (
        len(run.kinds) != 3
        or any(k != "unknown" for k in run.kinds[:2])
        or run.kinds[2] not in ("unknown", "dictsurname")
        or not run.tokens[0].endswith(("а", "я"))
        or _title_cases_before(text, run.start) is None
    ):
        return run
    return _sub(run, 1, 3)


def _leading_place_or_owner(text: str, run: _Run) -> bool:
    """
    Whether the first of three words, before two that make a name, is no part of it: a place in the genitive after
    a preposition or a title (``художник из Милана Имя Фамилия``), a place after a capitalised adjective that
    agrees with it (``от штата Северная Каролина Имя Фамилия``), or a known surname read only in an oblique case
    after a title or a noun for a person (``Коллега Маккейна Имя Фамилия``: the owner).
    """
    if len(run.kinds) != 3 or run.kinds[0] not in _LEADING_KINDS:
        return False
    if any(k not in _NAME_AFTER_TITLE for k in run.kinds[1:]):
        return False
    parses = _parse(run.tokens[0].lower())
    if _place_before_name(text, run.start, [p for p in parses if "Geox" in p.tag.grammemes]):
        return True
    return (
        run.kinds[0] == "dictsurname"
        and bool(parses)
        and all(p.tag.case in ("gent", "accs") for p in parses)
        and (_title_cases_before(text, run.start) is not None or _person_noun_before(text, run.start) is not None)
    )


def _site_before(text: str, start: int) -> bool:
    """
    Whether a settlement or a site in an oblique case stands right before the capitalised word at *start*, with no
    title or noun for a person heading it: the word opens the site's own name (``аэродрома Дейр эз-Зор``), not a
    person's (``мэр города Иван Петров``).
    """
    m = _SITE_BEFORE_RE.search(text, max(0, start - 60), start)
    return (
        m is not None
        and _title_cases_before(text, m.start()) is None
        and _person_noun_before(text, m.start()) is None
    )


def _place_before_name(text: str, start: int, places: Sequence[Parse]) -> bool:
    """
    Whether the word at *start*, with the readings *places* as a place, is one here: in the genitive after a
    preposition, a title or a noun for a person (``гражданку Израиля Имя Фамилия``), or after a capitalised
    adjective that agrees with it (``Северная Каролина``).
    """
    if any(p.tag.case == "gent" for p in places) and (
        _after_preposition(text, start)
        or _title_cases_before(text, start) is not None
        or _person_noun_before(text, start) is not None
    ):
        return True
    prev = _prev_word(text, start)
    if not places or prev is None or not prev.text.istitle() or text[prev.end : start] not in (" ", "\u00a0"):
        return False
    adjectives = [p for p in _parse(prev.text.lower()) if p.tag.POS == "ADJF"]
    return any(a.tag.gender == p.tag.gender and a.tag.case == p.tag.case for a in adjectives for p in places)


# The kinds of a first word of three that may be a place or an owner before a name (see _leading_place_or_owner).
_LEADING_KINDS = frozenset({"weakgiven", "dictsurname", "unknown", "lexical", "weaksurname"})


def _name_runs(source: str, text: str, start: int, stop: int) -> list[_Run]:
    """The runs of :func:`_runs`, past the places in them and split where one name ends and another opens."""
    return [
        piece
        for run in _runs(source, text, start, stop)
        for rest in _past_plural_phrase(run)
        for piece in _split(_past_title_genitive(text, rest))
    ]


def _past_plural_phrase(run: _Run) -> list[_Run]:
    """
    The run without capitalised plural adjectives and the plural noun they agree with: the pieces before and
    after them.

    ``Соединённых Штатов``, ``Власти Объединённых Арабских Эмиратов`` hold a place, not a name; ``Черных Иван``
    (a singular first name after the adjective) stays a name.
    """
    n = len(run.tokens)
    for start in range(n - 1):
        i = start
        while i < n - 1 and _plural_adjective_cases(run.tokens[i]):
            i += 1
        if i > start and _agreeing_plural_noun(run.tokens[i - 1], run.tokens[i]):
            return [piece for piece in (_sub(run, 0, start), _sub(run, i + 1, n)) if piece.tokens]
    return [run]


def _agreeing_plural_noun(adjective: str, noun: str) -> bool:
    """
    Whether *noun* is a plural common noun (by its first reading: "в" is a preposition, not "вольт") in a case
    in which *adjective* reads as a plural adjective (``Вооружённых сил``, ``Соединённых Штатов``).
    """
    cases = _plural_adjective_cases(adjective)
    parses = _parse(noun.lower())
    return (
        bool(cases and parses)
        and parses[0].tag.POS == "NOUN"
        and "plur" in parses[0].tag
        and parses[0].tag.case in cases
        and not NAME_TAGS & parses[0].tag.grammemes
    )


def _plural_adjective_cases(word: str) -> frozenset[str]:
    """The cases in which *word* reads as a plural adjective or participle (``Соединённых``: gen., loc., acc.)."""
    return frozenset(str(p.tag.case) for p in _parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag)


def _leading_word(run: _Run, start: int, i: int) -> bool:
    """
    Whether a first name at *i* with a surname after it starts a new name.

    The words before it are a title or an organisation that reads as no part
    of a name (``Компания Сункар Айгерим Ким``, ``Алтай Наталья Серова``), or a
    first name and another word (``Майя Санду Зинаида Гречаный``): a name has
    one first name, so the run splits before it.
    """
    if run.kinds[i] != "given" or i + 1 >= len(run.kinds) or run.kinds[i + 1] not in _SURNAME_KINDS:
        return False
    before = run.kinds[start:i]
    if all(k == "unknown" for k in before):
        return True
    if all(_mostly_place(w) for w in run.tokens[start:i]):
        # "Посол Израиля Иван Петров": a place that is also a rare first name, before a name of its own.
        return True
    if len(before) == 2 and before[0] in ("given", "weakgiven"):
        # A first name, another word, then a first name and a surname: two people
        # (``Майя Санду Зинаида Гречаный``).
        return True
    # Two first names of different genders cannot open one name (``Алтай Наталья``); a first name in an oblique
    # case has no nominative gender to compare (``Мехмета Тайипа Озтюрка`` is one name).
    own = _given_genders(run.tokens[i].lower())
    others = [_given_genders(w.lower()) for w in run.tokens[start:i]]
    return bool(own) and all(k == "given" for k in before) and all(own.isdisjoint(g) for g in others)


_SURNAME_KINDS = frozenset({"surname", "dictsurname", "weaksurname", "unknown", "given"})


def _owner_before(run: _Run, start: int, i: int) -> bool:
    """
    Whether ``run.tokens[start]``, alone before a first name and a surname or patronymic at *i*, is a surname in
    the genitive whose nominative reading has the other gender (``Путина Дмитрий Песков``, ``Медведева Аркадий
    Дворкович``): the owner of a title, not a part of the name.
    """
    if i - start != 1 or run.kinds[start] not in ("surname", "dictsurname") or run.kinds[i] != "given":
        return False
    if i + 1 >= len(run.kinds) or (run.kinds[i + 1] not in _SURNAME_KINDS and run.kinds[i + 1] != "patronymic"):
        return False
    return _other_gender_surname(run.tokens[start], run.tokens[i])


def _other_gender_surname(surname: str, given: str) -> bool:
    """
    Whether *surname* reads as a nominative only of the other gender than *given* (``Путина Дмитрий``), by the
    surname rows of the endings table.
    """
    genders = _given_genders(given.lower())
    if len(genders) != 1:
        return False
    nominative = {g for g, cases, _, _ in _hyps(surname.lower(), "surname") if g is not None and "nomn" in cases}
    return bool(nominative) and genders.isdisjoint(nominative)


def _mostly_place(word: str) -> bool:
    """Whether the dictionary reads *word* first as a place (``Израиля``, also a rare first name)."""
    parses = _parse(word.lower())
    return bool(parses) and "Geox" in parses[0].tag.grammemes


def _given_genders(word: str) -> frozenset[str]:
    """The genders the table or the dictionary give *word* (lower case) as a first name in the nominative."""
    table = first_names().get(word)
    if table is not None:
        return frozenset({table})
    return frozenset(g for g, cases, nom, _ in _known_names(word) if g is not None and "nomn" in cases and nom == word)


def _sub(run: _Run, i: int, j: int) -> _Run:
    return _Run(run.spans[i:j], run.tokens[i:j], run.kinds[i:j])


def _accept(kinds: Sequence[str]) -> bool:
    """Decide whether a run of token kinds is a person's name."""
    names = [k for k in kinds if k not in ("init", "link")]
    if not names or len(names) > 4:
        return False
    has_init = "init" in kinds
    if len(names) == 1:
        return has_init or names[0] == "surname"
    if any(k in _STRONG for k in names):
        return True
    if "weakgiven" in names and any(k in ("surname", "unknown", "weaksurname") for k in names):
        return True
    return has_init


def find_persons(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    known_surnames: Collection[str] = (),
) -> tuple[PersonMention, ...]:
    """
    Find every mention of a person by name in ``text[start:end]``.

    A mention is a run of capitalised words and initials in which at least
    one word is a known first name, a patronymic or surname-shaped
    (``Касым-Жомарта Токаева``, ``А. Жумабаев``, ``Ильхам Гейдар оглу Алиев``).
    Countries, cities, organisations and ordinary words that open a sentence
    are left out. A bare surname counts when it is surname-shaped
    (``Айтжанов``, ``Маргвелашвили``) or when the text names the same
    surname elsewhere as part of a full name (``Озтюрк`` after
    ``Умит Озтюрк``): the text is read twice, and the second pass resolves
    bare surnames to those full names. *known_surnames* adds surnames (or
    full names, whose last word is the surname) known from elsewhere, such
    as the rest of the article when only a paragraph is searched.

    Args:
        text: The text to search; offsets are absolute offsets into it.
        start, end: The slice of *text* to search.
        known_surnames: Surnames or full names in the nominative.

    Returns:
        The mentions, sorted and non-overlapping.

    >>> t = "Президент Касым-Жомарт Токаев встретился с Ильхамом Алиевым. Токаев отметил..."
    >>> [(m.name, m.case) for m in find_persons(t)]
    [('Касым-Жомарт Токаев', 'nomn'), ('Ильхам Алиев', 'ablt'), ('Касым-Жомарт Токаев', 'nomn')]

    .. versionadded:: 0.1.0
    """
    stop = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= stop:
        return ()
    source = text
    text = _capitalise_lower_given(text, start, stop)
    runs = _name_runs(source, text, start, stop)
    pairs = _usual_orders(runs)
    written = _written_forms(source, text, start, stop) if any(len(r.tokens) > 1 for r in runs) else frozenset()
    full: dict[str, str] = {}
    for item in known_surnames:
        words = item.split()
        if words:
            full.setdefault(fold(words[-1]), item if len(words) > 1 else words[-1])
    accepted: list[tuple[_Run, _Reading, Hint]] = []
    pending: list[_Run] = []
    singles: list[str] = []
    regnal: list[PersonMention] = []
    for run in runs:
        if _names_a_thing(text, run):
            continue
        found_regnal = _by_title_alone(text, run)
        if found_regnal is not None:
            regnal.append(found_regnal)
            continue
        hint = _context_hint(text, run)
        found = _accept(run.kinds) or _accept_in_context(run, hint, _after_capital(text, run), text)
        if not (found or _titled_surname(text, run)) or _adjective_before_noun(text, run):
            pending.append(run)
            continue
        hint = _governed(text, run, hint)
        reading = _latin_gloss(text, run, _run_reading(run, hint, pairs, written))
        if _named_organisation(text, run, reading):
            # "Газета Кларин сообщает": the organisation's own name, unless the text names a person so
            # ("сайт Лукашенко" after "Александр Лукашенко").
            pending.append(run)
            continue
        accepted.append((run, reading, hint))
        if _name_count(run) > 1:
            full.setdefault(fold(reading.surname), " ".join(reading.words))
        elif hint[1] == {"nomn"} and reading.case == "nomn" and "init" not in run.kinds:
            singles.append(reading.surname)
    for run, reading, hint in _pairs_repeated(text, pending):
        accepted.append((run, reading, hint))
        full.setdefault(fold(reading.surname), " ".join(reading.words))
    accepted.sort(key=lambda x: x[0].start)
    _read_by_singles(accepted, singles, full)
    _read_by_full_names(accepted, full)
    _add_first_surnames(full, accepted)
    _add_singles(full, singles)
    # ``А. Жумабаева`` is read against the full names first (``Арман Жумабаев``),
    # and only then stands for its surname itself.
    for run, _, hint in accepted:
        if _name_count(run) == 1 and "init" in run.kinds:
            reading = _normal(_join(run.tokens), frozenset(full), hint)
            full.setdefault(fold(reading.surname), " ".join(reading.words))
    known = frozenset(full)
    kin = _kin(accepted)
    result: list[PersonMention] = []
    for run, reading, hint in accepted:
        result.extend(_accepted_mentions(text, run, reading, hint, known, full, kin))
    result.extend(_lone_surnames(text, (start, stop), pending, known, full, result, kin))
    result.extend(_lone_first_names(text, pending, full, result))
    result = _outside(result, regnal)
    result.extend(regnal)
    result = _with_kin(text, pending, result)
    result = _generations(text, _in_full(result))
    result.sort(key=lambda m: (m.start, m.end))
    return tuple(result)


def _lone_first_names(
    text: str, pending: Sequence[_Run], full: dict[str, str], found: Sequence[PersonMention]
) -> list[PersonMention]:
    """
    The words no table knows that stand alone among *pending* and are the first name of one full name the text
    gives (``Гонсало рос в бедной семье. … Гонсало Фернандес стал мэром``): a story may name a person by the first
    name alone, before the full name or after it. A case ending of up to two letters may follow (``Бахраму``).
    """
    firsts: dict[str, set[str]] = defaultdict(set)
    for name in full.values():
        words = name.split()
        if len(words) > 1 and len(words[0]) >= 4 and "." not in words[0]:
            firsts[fold(words[0])].add(name)
    if not firsts:
        return []
    taken = {(m.start, m.end) for m in found}
    genders = {m.name: m.gender for m in found if m.gender is not None}
    out: list[PersonMention] = []
    for run in pending:
        if run.kinds != ("unknown",) or (run.start, run.end) in taken:
            continue
        word = fold(run.tokens[0])
        names = firsts.get(word) or next((firsts[word[:-k]] for k in (1, 2) if word[:-k] in firsts), None)
        if not names or len(names) != 1 or _PLACE_PREPOSITION_RE.search(text, max(0, run.start - 5), run.start):
            continue
        name = next(iter(names))
        cases = _context_hint(text, run)[1]
        case = "nomn" if word in firsts and (cases is None or "nomn" in cases) else None
        gender = gender_of(name) or genders.get(name)
        out.append(
            PersonMention(start=run.start, end=run.end, name=name, surname=name.split()[-1], gender=gender, case=case)
        )
    return out


def _outside(found: Iterable[PersonMention], spans: Sequence[PersonMention]) -> list[PersonMention]:
    """
    The mentions of *found* outside every mention of *spans*: the surname in brackets of ``митрополит Иларион
    (Алфеев)`` is inside the monk's name, no mention of its own.
    """
    return [m for m in found if not any(r.start <= m.start and m.end <= r.end for r in spans)]


def _with_kin(text: str, pending: Sequence[_Run], found: Sequence[PersonMention]) -> list[PersonMention]:
    """*found*, and the first names alone that a noun of kin before them gives a surname (:func:`_kin_first_names`)."""
    named = [_kin_named_first(text, m, found) for m in found]
    return named + _kin_first_names(text, pending, named) + _first_names_from_a_place(text, pending)


def _first_names_from_a_place(text: str, pending: Sequence[_Run]) -> list[PersonMention]:
    """
    A first name alone in the nominative before ``из`` and a place: how news names an ordinary person (``Алексей из
    Кирова побывал на пяти матчах``).
    """
    out: list[PersonMention] = []
    for run in pending:
        if len(run.tokens) != 1 or run.kinds[0] not in ("given", "weakgiven"):
            continue
        gender = _given_gender(run.tokens[0])
        if gender is not None and _FROM_A_PLACE_RE.match(text, run.end):
            out.append(PersonMention(run.start, run.end, run.tokens[0], run.tokens[0], gender, "nomn"))
    return out


# "из" and a capitalised word after a first name: "Алексей из Кирова".
_FROM_A_PLACE_RE = cache.pattern(r"[^\S\n]++из[^\S\n]++\p{Lu}")


def _kin_first_names(text: str, pending: Sequence[_Run], found: Sequence[PersonMention]) -> list[PersonMention]:
    """
    A first name alone in the nominative right after a noun of kin and the relative's name in the genitive: the
    relative's surname, in the first name's gender, is the person's (``Вдова офицера Александра Литвиненко Марина``
    is ``Марина Литвиненко``, ``Жена министра Ивана Петрова Мария`` ``Мария Петрова``).
    """
    out: list[PersonMention] = []
    for run in pending:
        if len(run.tokens) != 1 or run.kinds[0] not in ("given", "weakgiven", "unknown"):
            continue
        named = _kin_name(text, run.start, run.tokens[0], found)
        if named is not None:
            out.append(PersonMention(run.start, run.end, named[0], named[0].split()[-1], named[1], "nomn"))
    return out


def _kin_named_first(text: str, m: PersonMention, found: Sequence[PersonMention]) -> PersonMention:
    """*m*, a first name alone, with the surname a noun of kin before it gives (see :func:`_kin_first_names`)."""
    if " " in m.name or text[m.start : m.end] != m.name:
        return m
    named = _kin_name(text, m.start, m.name, found)
    return m if named is None else evolve(m, name=named[0], surname=named[0].split()[-1], gender=named[1])


def _kin_name(text: str, start: int, word: str, found: Sequence[PersonMention]) -> tuple[str, Gender] | None:
    """The full name and gender of the first name *word* at *start* after a noun of kin and a relative's name."""
    gap = _KIN_GAP_RE.search(text, max(0, start - _KIN_GAP), start)
    at = gap.start() if gap is not None else start
    relative = next((p for p in found if p.end == at and p.case == "gent" and " " in p.name), None)
    if relative is None or not _KIN_BEFORE_RE.search(text, max(0, relative.start - _KIN_REACH), relative.start):
        return None
    gender = _given_gender(word)
    return None if gender is None else (f"{word} {_surname_of_gender(relative.surname, gender)}", gender)


def _given_gender(word: str) -> Gender | None:
    """The one gender of *word* as a first name in the nominative (:func:`_given_genders`), else None."""
    genders = _given_genders(word.lower())
    return "f" if genders == {"f"} else "m" if genders == {"m"} else None


def _surname_of_gender(surname: str, gender: Gender) -> str:
    """A Russian surname in the form of *gender* (``Петров`` -> ``Петрова``); one that does not change stays."""
    if gender == "f":
        for masc, fem in _SURNAME_GENDER_ENDINGS:
            if surname.endswith(masc):
                return surname[: len(surname) - len(masc)] + fem
        return surname
    for masc, fem in _SURNAME_GENDER_ENDINGS:
        if surname.endswith(fem) and len(surname) > len(fem) + 2:
            return surname[: len(surname) - len(fem)] + masc
    return surname


# A man's and a woman's ending of one surname.
_SURNAME_GENDER_ENDINGS = (
    ("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына")
)  # fmt: skip
# A noun of kin, then up to five lower-case words (``вдова ещё одного изменника родины``), before a relative's name.
_KIN_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:жена|вдова|дочь|сын|муж|вдовец|мать|отец|брат|сестра|супруга|супруг)[^\S\n]++"
    r"(?:[\p{Ll}-]++[^\S\n]++){0,5}?\Z"
)
_KIN_REACH = 80
# What may stand between the relative's name and the first name: spaces, or an aside in brackets.
_KIN_GAP_RE = cache.pattern(r"[^\S\n]*+(?:\([^()\n]{0,120}+\)[^\S\n]*+)?+\Z")
_KIN_GAP = 130


_PLACE_PREPOSITION_RE = cache.pattern(r"(?i)(?<!\p{L})(?:в|во|на|из|под|над)[^\S\n]++\Z")
_MARKS = frozenset("«\"„“'")


# A name an organisation is named after: "им. А.С. Пушкина", "имени Абая" (initials may stand between, and the
# person's title: "имени главного маршала авиации Ю. А. Гагарина", "имени академика Павлова").
_DEDICATION = r"(?<!\p{L})(?i:им\.|имени)(?:[^\S\n]++\p{Ll}++){0,3}+[^\S\n]*+(?:\p{Lu}\.[^\S\n]*+){0,2}+"
_DEDICATION_RE = cache.pattern(rf"{_DEDICATION}\Z")
# The same before a surname read apart from its first name: "имени Ивана Петрова".
_DEDICATION_GIVEN_RE = cache.pattern(rf"{_DEDICATION}\p{{Lu}}\p{{Ll}}++[^\S\n]++\Z")
# How far before a name its dedication may start.
_DEDICATION_REACH = 48
# A capitalised noun for an institution right before one word, which names it: "профессор Университета Кукмин в
# Сеуле Имя Фамилия", "Института Гайдара" (a person's name lower case after it is the one who heads it: "ректор
# университета Петров").
_INSTITUTION_RE = cache.pattern(
    r"(?<!\p{L})(?:Университет|Институт|Колледж|Академи|Фонд|Музе|Театр|Центр)\p{Ll}{0,3}+[^\S\n]++\Z"
)


# A name's original spelling in Latin letters in brackets right after it: "Ренато Беллана (Renato Bellan)".
_LATIN_GLOSS_RE = cache.pattern(
    r"[^\S\n]*+\((?:\p{Latin}[\p{Latin}.'’-]*+[^\S\n]++){0,3}+(\p{Latin}[\p{Latin}'’-]*+)\)"
)


def _governed(text: str, run: _Run, hint: Hint) -> Hint:
    """
    *hint*, or with none the case a preposition right before *run* governs (``иск от Леха Валенсы``); read only for a
    name found by its words (it finds no name: ``из Антони`` is a place).
    """
    governed = _preposition_cases(text, run.start) if hint == NO_HINT else None
    if (
        governed is None
        and hint[1] == {"nomn"}
        and _oblique_first_name(run)
        and _thing_before(text, run.start)
        and _title_cases_before(text, run.start) is None
    ):
        # "Календарь Ольги Балла измеряется …": a first name in no nominative is no subject of the verb after it; the
        # name is the genitive owner of the noun before it.
        return (hint[0], _ALL_CASES - {"nomn"})
    return hint if governed is None else (None, governed)


def _oblique_first_name(run: _Run) -> bool:
    """
    Whether *run* opens with a first name the dictionary reads in the singular in an oblique case only (``Ольги``,
    ``Ивана``).
    """
    if len(run.tokens) < 2 or run.kinds[0] != "given":
        return False
    names = [p for p in _parse(run.tokens[0].lower()) if "Name" in p.tag.grammemes and p.tag.number == "sing"]
    return bool(names) and not any(p.tag.case == "nomn" for p in names)


def _thing_before(text: str, start: int) -> bool:
    """
    Whether the word right before *start* reads first as a noun for a thing (``Календарь``, ``речь``), no
    abbreviation (``МИД``).
    """
    prev = _prev_word(text, start)
    return prev is not None and not prev.text.isupper() and _reads_as_thing(prev.text)


def _reads_as_thing(word: str) -> bool:
    """Whether *word* reads first as a noun for a thing, no name (``календарь``, ``Штатов``; not ``Анна``)."""
    first = _parse(word.lower())[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and "inan" in first[0].tag.grammemes and not (
        NAME_TAGS & first[0].tag.grammemes
    )


def _usual_orders(runs: Iterable[_Run]) -> frozenset[tuple[str, ...]]:
    """The runs of a first name before a word that is none, for a surname written first elsewhere (``Фриске Жанна``)."""
    return frozenset(run.tokens for run in runs if len(run.tokens) == 2 and run.kinds[0] == "given" != run.kinds[1])


def _run_reading(
    run: _Run, hint: Hint, pairs: Collection[tuple[str, ...]], written: frozenset[str] = frozenset()
) -> _Reading:
    """
    How the words of *run* read as a name; a surname written first reads in the usual order (``Рябинский Андрей``,
    ``Фриске Жанна`` where *pairs*, the first names before a word that is none, hold ``Жанна Фриске``). Of the
    nominatives a surname may stand for, one the text writes elsewhere (*written*: its capitalised words) wins over
    the form as written here: ``Георгия Туки`` is of ``Тука`` where the text has ``Тука, известный …``.
    """
    if len(run.tokens) == 2 and run.kinds[1] == "given" and run.tokens[::-1] in pairs:
        return _agreeing(_normal(_join(run.tokens[::-1]), hint=hint), hint)
    # Narrowed to the nominatives this run's words may stand for first, so that no run copies the text's words.
    others = _relevant(run.tokens, written) - {fold(run.tokens[-1])} if len(run.tokens) > 1 else frozenset()
    reading = _feminine_subject(run, _agreeing(_normal(_join(run.tokens), hint=hint, written=others), hint), hint)
    return _surname_first(run, reading)


def _written_forms(source: str, text: str, start: int, stop: int) -> frozenset[str]:
    """The capitalised words of ``source[start:stop]``, folded: the forms the text writes its names in."""
    return frozenset(fold(w.text) for w in _capitalised_words(source, text, start, stop))


def _in_full(found: list[PersonMention]) -> list[PersonMention]:
    """
    *found* with each name of two words or more that begins a longer name the text introduced first, one person's
    only, read as that name: ``Энрике Каприлес`` after ``Энрике Каприлес Радонски`` (a second surname), ``Владимир
    Владимирович`` after ``Владимир Владимирович Путин``. A short name written first stays as it is.
    """
    longer: dict[str, set[str]] = {}
    full: dict[str, PersonMention] = {}
    for m in sorted(found, key=lambda m: m.start):
        full.setdefault(m.name, m)
    for name, first in full.items():
        words = name.split()
        for n in range(2, len(words)):
            short = full.get(" ".join(words[:n]))
            if short is None or short.start > first.start:
                longer.setdefault(" ".join(words[:n]), set()).add(name)
    out: list[PersonMention] = []
    for m in found:
        names = longer.get(m.name, ())
        if len(names) == 1:
            whole = full[next(iter(names))]
            m = evolve(m, name=whole.name, surname=whole.surname, gender=m.gender or whole.gender)
        out.append(m)
    return out


def _latin_gloss(text: str, run: _Run, reading: _Reading) -> _Reading:
    """
    *reading* in the genitive of a surname that ends in a consonant when the original spelling in brackets after the
    name ends in one and the reading's surname in ``-а``/``-я``: ``Ренато Беллана (Renato Bellan)`` is a form of
    ``Беллан``.
    """
    m = _LATIN_GLOSS_RE.match(text, run.end, min(len(text), run.end + 80))
    surname = reading.surname
    if m is None or m.group(1)[-1:].lower() in "aeiouy" or surname[-1:] not in "ая" or len(surname) < 4:
        return reading
    if consonant_outline(surname) not in consonant_outlines(m.group(1)):
        return reading  # the gloss spells another name
    base = surname[:-1] + ("й" if surname[-1] == "я" else "")
    words = tuple(base if w == surname else w for w in reading.words)
    return evolve(reading, words=words, surname=base, gender="m", case="gent")


def _surname_first(run: _Run, reading: _Reading) -> _Reading:
    """
    *reading* with the first name first when *run* writes a surname the dictionary knows, then a first name
    (``Рябинский Андрей``, as a signature or a list has it): the name is ``Андрей Рябинский``.
    """
    if run.kinds != ("dictsurname", "given") or len(reading.words) != 2 or reading.surname != reading.words[1]:
        return reading
    first, last = reading.words
    return evolve(reading, words=(last, first), surname=first)


def _names_a_thing(text: str, run: _Run) -> bool:
    """
    Whether *run* is part of a thing's or an organisation's name: inside a short name in quotation marks
    (``авианосца «Джеральд Р. Форд»``) or after ``им.``/``имени`` (``института им. А.С. Пушкина``).
    """
    lo = max(0, run.start - _DEDICATION_REACH)
    return (
        _inside_quoted_name(text, run)
        or _DEDICATION_RE.search(text, lo, run.start) is not None
        or (len(run.tokens) == 1 and _DEDICATION_GIVEN_RE.search(text, lo, run.start) is not None)
        or (len(run.tokens) == 1 and _INSTITUTION_RE.search(text, lo, run.start) is not None)
        or _adjective_and_thing(run)
        or _body_of_a_place(run)
        or _plural_object_opening(text, run)
    )


def _plural_object_opening(text: str, run: _Run) -> bool:
    """
    Whether *run* is one word opening its sentence that the dictionary reads as a plural noun, before a plural verb
    (``Болельщиков перевозят в поездах``): the verb's object, a surname's shape notwithstanding; one person is no
    subject of a plural verb. Also one after an opening quotation mark (``«Спортсменов отстраняют незаконно»``), and
    one a label's colon or a plural relative clause follows (``Просмотров: 190``, ``Иностранцев, у которых …``).
    """
    start = run.start - 1 if run.start > 0 and text[run.start - 1] in _MARKS else run.start
    if len(run.tokens) != 1 or not opens_sentence(text, start):
        return False
    first = _parse(run.tokens[0].lower())[:1]
    if not first or first[0].tag.POS != "NOUN" or "plur" not in first[0].tag.grammemes:
        return False
    if _NOUN_PHRASE_GOES_ON_RE.match(text, run.end) is not None:
        # "Просмотров: 190", "Иностранцев, у которых …": a label or a plural noun's phrase, no person's name.
        return True
    nxt = _next_lower_word(text, run.end)
    verb = _parse(nxt.text)[:1] if nxt is not None else ()
    return bool(verb) and verb[0].tag.POS == "VERB" and "plur" in verb[0].tag.grammemes


# What labels a figure or goes on a plural noun's phrase right after it: a colon before a number ("Просмотров: 190",
# not a headline's "Песков: …"), or a comma before a plural relative pronoun ("Иностранцев, у которых …").
_NOUN_PHRASE_GOES_ON_RE = cache.pattern(
    r"(?:[^\S\n]*+:[^\S\n]*+\d|,[^\S\n]*+(?:у|в|с|из|для|по)?+[^\S\n]*+котор(?:ых|ые|ым|ыми)(?!\p{L}))"
)


def _body_of_a_place(run: _Run) -> bool:
    """
    Whether *run* is a word the dictionary does not know before a place's name in the genitive: a body of that place
    (``командующим Нацгвардии Украины``), no person.
    """
    if len(run.tokens) != 2 or run.kinds[0] != "unknown":
        return False
    first = _parse(run.tokens[1].lower())[:1]
    return bool(first) and "Geox" in first[0].tag.grammemes and first[0].tag.case == "gent"


# The ending of an adjective the dictionary does not know: "Боливарианской", "Суверенная".
_ADJECTIVE_END_RE = cache.pattern(r"(?:ск|цк|н)(?:ой|ая|ий|ый|ого|ому|им|ым|ом|ую|ие|ые|их|ых)\Z")


def _adjective_and_thing(run: _Run) -> bool:
    """
    Whether *run* is an adjective the dictionary does not know before a noun for a thing: the name of a state or
    a body (``лидер Боливарианской Республики несёт …``), no person.
    """
    if len(run.tokens) != 2 or run.kinds[0] != "unknown" or _ADJECTIVE_END_RE.search(run.tokens[0].lower()) is None:
        return False
    return _reads_as_thing(run.tokens[1])


def _pairs_repeated(text: str, pending: list[_Run]) -> list[tuple[_Run, _Reading, Hint]]:
    """
    Two words the tables do not know, taken for a name when the second stands alone elsewhere.

    ``Джаред Лофнер доставлен в суд. … Лофнер предстал перед судом``: a
    full name first, then the surname alone, is how news names a person.
    The lone word is compared by its first letters, past a case ending.
    """
    alone, places, lone = _lone_unknowns(text, pending)
    out: list[tuple[_Run, _Reading, Hint]] = []
    words: dict[str, list[int]] | None = None
    for run in pending:
        if run.kinds != ("unknown", "unknown") or len(run.tokens[1]) < 4 or text[run.start - 1 : run.start] in _MARKS:
            continue
        last = fold(run.tokens[1])
        stems = {last, last[:-1], last[:-2]}
        repeated = bool(stems & alone and not stems & places)
        if not repeated:
            words = words if words is not None else _capitalised_positions(text)
        if repeated or _first_name_alone(text, run, words or {}):
            hint = _context_hint(text, run)
            if len(hint[1]) == len(CASES) and opens_sentence(text, run.start):
                hint = (hint[0], frozenset({"nomn"}))  # "Мехди Метанат уже десять лет присматривает": the subject
            if hint[0] is None:
                # "Тьери Вималь … Вималь выпустил": the surname's verb alone tells the gender, if it tells one.
                told = {_context_hint(text, r)[0] for stem in stems & alone for r in lone[stem]} - {None}
                hint = (told.pop(), hint[1]) if len(told) == 1 else hint
            reading = _feminine_subject(run, _agreeing(_normal(_join(run.tokens), hint=hint), hint), hint)
            out.append((run, reading, hint))
    if out:
        taken = {id(r) for r, _, _ in out}
        pending[:] = [r for r in pending if id(r) not in taken]
    return out


def _lone_unknowns(text: str, pending: Sequence[_Run]) -> tuple[set[str], set[str], dict[str, list[_Run]]]:
    """
    The words the tables do not know that stand alone among *pending* (folded, also without a case ending of two
    letters): those that name no place, those after a preposition of place, and the runs of the first by form.
    """
    alone: set[str] = set()
    places: set[str] = set()
    lone: dict[str, list[_Run]] = defaultdict(list)
    for r in pending:
        if r.kinds == ("unknown",) and len(r.tokens[0]) >= 4:
            word = fold(r.tokens[0])
            # "в Истаравшане": a word after a preposition of place is a place.
            place = _PLACE_PREPOSITION_RE.search(text, max(0, r.start - 5), r.start) is not None
            forms = (word, word[:-2]) if len(word) >= 6 else (word,)
            (places if place else alone).update(forms)
            if not place:
                for form in forms:
                    lone[form].append(r)
    return alone, places, lone


def _first_name_alone(text: str, run: _Run, words: dict[str, list[int]]) -> bool:
    """
    Whether the first word of *run*, a pair of words the tables do not know, stands alone later in the text as the
    subject of a verb (``Мехди Метанат присматривает за кладбищем. … Мехди рассказал``): how a story names an
    ordinary person, full name first, then the first name alone; not after a preposition of place. *words* holds
    where each capitalised word ends (:func:`_capitalised_positions`); a few of the next places are looked at.
    """
    if _PLACE_PREPOSITION_RE.search(text, max(0, run.start - 5), run.start) is not None:
        return False
    ends = words.get(run.tokens[0], [])
    i = bisect.bisect_right(ends, run.end)
    return any(
        _verb_after(text, end)[0] and not capitalised_after(text, end) for end in ends[i : i + _ALONE_LOOKS]
    )


# How many later places of a first name are looked at for one where it stands alone before a verb.
_ALONE_LOOKS = 4
def _capitalised_positions(text: str) -> dict[str, list[int]]:
    """Where each word of *text* in title case ends, in text order (one pass over the text's words)."""
    out: dict[str, list[int]] = defaultdict(list)
    for w in iter_words_in(text, 0, len(text)):
        if w.text.istitle():
            out[w.text].append(w.end)
    return out


def capitalised_after(text: str, end: int) -> bool:
    """
    Whether a capitalised word follows *end* past spaces on its line: the word before it goes on a name.

    >>> capitalised_after("Ояр Рубенис", 3), capitalised_after("Пак заявил", 3)
    (True, False)
    """
    return _CAPITALISED_AFTER_RE.match(text, end) is not None


# A capitalised word past spaces on the line.
_CAPITALISED_AFTER_RE = cache.pattern(r"[^\S\n]++\p{Lu}")


# A regnal number after a monarch's or a pope's name: "Карл III", "Бенедикт XVI", "Иоанн Павел II".
_ROMAN_AFTER_RE = cache.pattern(r"[^\S\r\n]{1,2}+(?P<n>[IVXL]{1,7}+)(?![\p{L}\p{N}])", regex.V1)
_ROMAN_RE = cache.pattern(r"(?=[IVXL])L?+X{0,3}+(?:IX|IV|V?+I{0,3}+)")


def _regnal(text: str, run: _Run) -> PersonMention | None:
    """
    A name with a regnal number: the first names right before the numeral, in the nominative, and the numeral.

    ``короля Карла III`` -> ``Карл III`` (the title before it gives the case); ``Папа Римский Бенедикт XVI`` ->
    ``Бенедикт XVI``.
    """
    m = _ROMAN_AFTER_RE.match(text, run.end)
    if m is None or _ROMAN_RE.fullmatch(m["n"]) is None:
        return None
    i = len(run.tokens)
    while i > 0 and run.kinds[i - 1] == "given" and len(run.tokens) - i < 2:
        i -= 1
    if i == len(run.tokens):
        return None
    start = run.spans[i][0]
    given = " ".join(run.tokens[i:])
    cases = _title_cases_before(text, start) or frozenset()
    case = next((c for c in CASES if c in cases), None)
    nom = nominative(given, case=case)
    if case is None:
        case = "nomn" if nom == given else None
    return PersonMention(start, m.end(), f"{nom} {m['n']}", nom.split()[0], gender_of(nom), case)


# Titles whose holder is named by one name: clergy and monarchs ("Патриарх Кирилл", "схиархимандрит Илий",
# "Папа Франциск", "король Абдалла").
_ONE_NAME_TITLES = frozenset(
    {"патриарх", "митрополит", "архиепископ", "епископ", "архимандрит", "схиархимандрит", "игумен", "игуменья",
     "иеромонах", "протоиерей", "папа", "король", "королева", "принц", "принцесса", "шейх", "эмир", "султан",
     "император", "императрица", "царь", "царица", "князь", "княгиня", "далай-лама"}
)  # fmt: skip
_TITLE_GENDERS: Mapping[str, Gender] = {"masc": "m", "femn": "f"}
# The adjective of a title's see: "Римский", "Казанским", "Константинопольский".
_SEE_ADJECTIVE = r"\p{Lu}\p{Ll}+(?:ск|цк)(?:ий|ого|ому|им|ом)"
# The see between a clergy title and the name, past the run of the name: "Московский и всея Руси"; the first of two
# sees joined by "и", the second opening the run ("Архиепископ Львовский и Галицкий Филарет").
_SEE_RE = cache.pattern(
    rf"(?<=[^\S\n]){_SEE_ADJECTIVE}(?:[^\S\n]++и[^\S\n]++(?:всея[^\S\n]++\p{{Lu}}\p{{Ll}}++[^\S\n]++)?+)?+[^\S\n]*+\Z"
)
_SEE_REACH = 50
# The see's adjective inside the run of the name: "Папа Римский Франциск", "митрополит Казанский Феофан".
_SEE_ADJECTIVE_RE = cache.pattern(rf"\A{_SEE_ADJECTIVE}\Z")


# How far a name in quotation marks may reach around a run, and how many words it may have.
_QUOTED_NAME_REACH = 40
_QUOTED_NAME_WORDS = 5


def _inside_quoted_name(text: str, run: _Run) -> bool:
    """
    Whether *run* stands inside a short name in quotation marks (``«Джеральд Р. Форд»``, ``"Батькивщина"``), a
    ship's, a prize's, a party's or a company's name: an opening mark a few words before it and a closing one a
    few words after, on its line, and no verb between them.
    """
    for open_mark, close_mark in _NAME_MARKS:
        opening = text.rfind(open_mark, max(0, run.start - _QUOTED_NAME_REACH), run.start)
        if opening < 0 or any(c in close_mark + "\n" for c in text[opening + 1 : run.start]):
            continue
        closing = text.find(close_mark, run.end, run.end + _QUOTED_NAME_REACH)
        if closing < 0 or any(c in open_mark + "\n" for c in text[run.end : closing]):
            continue
        if open_mark == close_mark and not _straight_pair(text, opening, closing):
            continue  # 'тренера "Клуба" Имя Фамилия. Он, игравший за "Спартак"': a closing mark, then an opening one
        if len(text[opening + 1 : closing].split()) > _QUOTED_NAME_WORDS:
            return False
        from ..lexicon.morph import finite_verb_in

        return not finite_verb_in(text, opening + 1, closing)  # "«Иван Петров сказал правду»" is a quotation
    return False


def _straight_pair(text: str, opening: int, closing: int) -> bool:
    """Whether straight quotes at *opening* and *closing* can open and close one quotation, by the spaces around."""
    opens = (opening == 0 or not text[opening - 1].isalnum()) and not text[opening + 1 : opening + 2].isspace()
    closes = not text[closing - 1].isspace() and not text[closing + 1 : closing + 2].isalnum()
    return opens and closes


# The quotation marks that set off a name: guillemets, straight quotes.
_NAME_MARKS = (("«", "»"), ('"', '"'))


def _by_title_alone(text: str, run: _Run) -> PersonMention | None:
    """A name that its regnal number or the title before it makes a name alone (``Карл III``, ``Патриарх Кирилл``)."""
    return _regnal(text, run) or _one_name_titled(text, run) or _stage_named(text, run)


def _one_name_titled(text: str, run: _Run) -> PersonMention | None:
    """
    A first name alone right after a title that names its holder so (``_ONE_NAME_TITLES``), in the title's case.

    ``Патриарх Кирилл`` -> ``Кирилл``; ``с патриархом Кириллом`` -> ``Кирилл`` (instrumental).
    """
    # "Папа Римский Франциск", "митрополит Казанский Феофан": the see between the title and the name.
    i = 1 if len(run.tokens) == 2 and _SEE_ADJECTIVE_RE.match(run.tokens[0]) else 0
    if len(run.tokens) - i != 1 or run.kinds[i] not in ("given", "unknown") or "-" in run.tokens[i]:
        return None
    see = _SEE_RE.search(text, max(0, run.start - _SEE_REACH), run.start)
    # "Патриарх Московский и всея Руси Кирилл": a see the run of the name leaves out.
    at = see.start() if see is not None else run.start
    prev = _prev_word(text, at)
    if prev is None or text[prev.end : at] not in (" ", "\u00a0"):
        return None
    from ..lexicon.morph import parse

    titles = [p for p in parse(prev.text.lower()) if p.tag.POS == "NOUN" and p.normal_form in _ONE_NAME_TITLES]
    case = next((c for c in CASES if any(p.tag.case == c for p in titles)), None)
    if case is None:
        return None
    start, end = run.spans[i]
    nom = nominative(run.tokens[i], case=case)
    # The title's gender where the name tells none ("схиархимандрит Илий").
    gender = gender_of(nom) or _TITLE_GENDERS.get(str(titles[0].tag.gender))
    secular = _SECULAR_SURNAME_RE.match(text, end)
    if secular is not None:
        # "митрополит Иларион (Алфеев)", "с митрополитом Иларионом (Алфеевым)": a monk's name, then the surname he
        # was born with in brackets.
        full = nominative(f"{run.tokens[i]} {secular['s']}", case=case)
        return PersonMention(start, secular.end(), full, full.split()[-1], gender, case)
    return PersonMention(start, end, nom, nom, gender, case)


# A surname in brackets after a monk's name, in the nominative whatever the case: "Иларион (Алфеев)".
_SECULAR_SURNAME_RE = cache.pattern(r"[^\S\n]*+\((?P<s>\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+)\)")


# "Сайрус Вэнс-младший", "Джорджем Бушем-старшим": the generation a name carries, declined with it; also set off
# by a spaced dash ("Дональд Трамп — младший").
_GENERATION_RE = cache.pattern(
    r"(?:-|[^\S\n][—–][^\S\n])(?P<g>младш|старш)(?P<e>\p{Ll}{1,3}+)(?!\p{L})(?P<next>\s*+\p{L}++)?+", regex.V1
)


def _with_generation(text: str, m: PersonMention) -> PersonMention:
    """*m* with the generation after its surname (``-младший``) in its span and, in the nominative, its name."""
    g = _GENERATION_RE.match(text, m.end)
    if g is None:
        return m
    if text[m.end] != "-" and g["next"] and any(p.tag.POS in ("NOUN", "ADJF") for p in parse(g["next"].strip())[:1]):
        return m  # "Иванов — старший научный сотрудник": a dash before a title says what someone is
    g_end = g.end("e")
    # The ending tells a woman's (``Уильямс-младшая``, ``-младшей``, ``-младшую``) where the name does not.
    gender = "f" if text[m.end : g_end].endswith(("ая", "ей", "ую", "ею")) else m.gender
    suffix = g["g"] + ("ая" if gender == "f" else "ий")
    return evolve(m, end=g_end, name=f"{m.name}-{suffix}", surname=f"{m.surname}-{suffix}", gender=gender)


def _generations(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """
    The mentions with the generation their names carry (``-младший``), also where a later mention leaves it out.

    A name that the article gives with two generations (``Буш-старший``, ``Буш-младший``) keeps each only where
    it is written.
    """
    out = [_with_generation(text, m) for m in found]
    written = {a.name for b, a in zip(found, out, strict=True) if b.name != a.name and _written_in_full(text, b)}
    for i, (before, after) in enumerate(zip(found, out, strict=True)):
        if before.name != after.name and not _written_in_full(text, before) and after.name not in written:
            # A surname written alone with a generation ("Уильямс-младшая" after "Винус Уильямс") is no form of
            # the full name before it unless the text gives that name with the generation: another of the family.
            out[i] = evolve(after, name=after.surname)
    variants: dict[str, set[str]] = {}
    for before, after in zip(found, out, strict=True):
        if before.name != after.name and after.name.startswith(before.name):
            variants.setdefault(before.name, set()).add(after.name)
    full = {name: next(iter(v)) for name, v in variants.items() if len(v) == 1}
    return [evolve(m, name=full[m.name]) if m.name in full else m for m in out]


def _written_in_full(text: str, m: PersonMention) -> bool:
    """Whether the text writes *m* with more than its surname (``Сайрус Вэнс``, not ``Вэнс``)."""
    return " " in text[m.start : m.end].strip()


def _as_named(
    m: PersonMention,
    run: _Run,
    full: dict[str, str],
    kin: _Kin | None = None,
) -> PersonMention:
    """
    *m* as the full name the text gives for its surname, when its first name is a form of that one's.

    ``Хасан Рухани выступил. … слова Хасана Рухани``: ``Хасана`` read alone may be a woman's name in the
    nominative; next to the same surname it is ``Хасан`` in the genitive. Of a man and a woman of one surname
    (*kin*), the one of *m*'s gender.
    """
    known = _kin_named(kin, fold(m.surname), m.gender) or full.get(fold(m.surname))
    words = known.split() if known is not None else []
    own = m.name.split()
    if known is not None and 1 < len(own) < len(words) and words[-len(own) :] == own:
        # "Лопес Обрадор" after "Андрес Мануэль Лопес Обрадор": the end of the full name stands for it.
        return evolve(m, name=known)
    if known is None or known == m.name or len(words) < 2 or len(own) != len(words):
        return m
    first, token = words[0], run.tokens[0]
    case = next((c for c in CASES if c != "nomn" and nominative(token, case=c) == first), None)
    if case is None:
        return m
    return evolve(m, name=known, gender=gender_of(known), case=case)


def _read_by_singles(accepted: list[tuple[_Run, _Reading, Hint]], singles: Sequence[str], full: dict[str, str]) -> None:
    """
    Read the full names not in the nominative again against the surnames the text gives alone as a verb's subject:
    ``Подопечные Олега Знарка`` is ``Олег Знарок`` when the text writes ``сказал Знарок`` (a vowel the endings
    alone cannot restore).
    """
    lone = frozenset(fold(s) for s in singles)
    if not lone:
        return
    for i, (run, reading, _) in enumerate(accepted):
        if _name_count(run) < 2 or reading.case == "nomn" or fold(reading.surname) in lone:
            continue
        again = _read_against(accepted, i, lone, full)
        if again is not None:
            full[fold(again.surname)] = " ".join(again.words)


def _read_against(
    accepted: list[tuple[_Run, _Reading, Hint]], i: int, known: frozenset[str], full: dict[str, str]
) -> _Reading | None:
    """
    Read ``accepted[i]`` again against the *known* surnames (folded nominatives) and keep the new reading when its
    surname is one of them, dropping the old reading's entry from *full*; the new reading, or None.
    """
    run, reading, hint = accepted[i]
    again = _agreeing(_normal(_join(run.tokens), known, hint), hint)
    if fold(again.surname) not in known:
        return None
    accepted[i] = (run, again, hint)
    if full.get(fold(reading.surname)) == " ".join(reading.words):
        del full[fold(reading.surname)]
    return again


def _read_by_full_names(accepted: list[tuple[_Run, _Reading, Hint]], full: dict[str, str]) -> None:
    """
    Read again a full name whose case or gender its words leave open against the nominative of a full name with
    the same first name that the text gives elsewhere: ``Что касается Зелимхи Абрекова`` is ``Зелимхи Абреков``
    when the text writes ``назначен Зелимхи Абреков`` (the first name tells no gender).
    """
    nominal = {
        fold(reading.words[0]): fold(reading.surname)
        for run, reading, _ in accepted
        if _name_count(run) == 2 and reading.case == "nomn" and reading.gender is not None
    }
    if not nominal:
        return
    for i, (run, reading, _) in enumerate(accepted):
        if _name_count(run) != 2 or (reading.gender is not None and reading.case == "nomn"):
            continue
        surname = nominal.get(fold(reading.words[0]))
        if surname is not None and surname != fold(reading.surname) and fold(run.tokens[-1]).startswith(_stem(surname)):
            # "с Валерией Касамарой" after "Валерия Касамара": the stem before the vowel that declines.
            _read_against(accepted, i, frozenset({surname}), full)


def _stem(surname: str) -> str:
    """A folded surname without a final vowel that declines (``касамара`` -> ``касамар``), else as it is."""
    return surname[:-1] if len(surname) > 4 and surname.endswith(("а", "я")) else surname


def _add_singles(full: dict[str, str], singles: Iterable[str]) -> None:
    """
    Add the surnames found alone as the subject of a verb (``президент Обама заявил``) to the known names, so
    that they stand for the same person elsewhere (a headline ``Обама: …``), unless a full name the text gives
    has a surname of the same stem.
    """
    index = _SurnameIndex(full)
    for surname in singles:
        key = fold(surname)
        if not index.shares_stem(key) and index.one_typo_away(key) is None:
            full[key] = surname
            index.add(key)


# A lower-case word right before a capitalised one: a first name in lower case (``президент страны андрей Морозов``).
_LOWER_BEFORE_CAPITAL_RE = cache.pattern(r"(?<![\p{L}\p{N}-])(\p{Ll}{3,20}+)(?=[^\S\r\n]{1,3}+\p{Lu}\p{Ll})", regex.V1)


def _capitalise_lower_given(text: str, start: int, stop: int) -> str:
    """
    *text* with a first name typed in lower case capitalised, one letter for one (offsets stay).

    Only a word that is a first name and nothing else (``алар``, ``андрей``; not ``роман``, ``лев`` or
    ``акима``), between a person's title and a capitalised word: ``президент страны андрей Морозов``.
    """
    chars: list[str] | None = None
    for m in _LOWER_BEFORE_CAPITAL_RE.finditer(text, start, stop):
        word = m[1]
        if (
            any(not (NAME_TAGS & p.tag.grammemes) for p in _parse(word))
            or _title_word(word)[0]
            or _kind(word.title()) != "given"
        ):
            # Not a word that is also a title or an ordinary noun ("акима", "лев").
            continue
        if _title_cases_before(text, m.start()) is None:
            continue
        if chars is None:
            chars = list(text)
        chars[m.start()] = chars[m.start()].upper()
    return text if chars is None else "".join(chars)


def persons_of(doc: Doc) -> tuple[PersonMention, ...]:
    """
    The person mentions of a whole document (:func:`find_persons` over its text), found once and kept on it.

    Every stage that needs the people an article names reads them here, so the
    names are searched for once per article.

    >>> from kzaz_corpus.text.doc import Doc
    >>> d = Doc("Министр Али Сарсенов выступил.")
    >>> [m.name for m in persons_of(d)], persons_of(d) is persons_of(d)
    (['Али Сарсенов'], True)

    .. versionadded:: 0.2.0
    """
    return doc.memo("persons", lambda: find_persons(doc.text))


def _agreeing(reading: _Reading, hint: Hint) -> _Reading:
    """
    The reading with the gender of the verb it is the subject of (``Ажар Гиният ответила``: a woman).

    A name the words read as a man's but whose verb is feminine is a woman's:
    the verb agrees with the person, whatever the dictionary knows of the name.
    A masculine verb makes a man's only a name with no woman's ending in any
    word (``Эммануэль Макрон заявил``): it may agree with a title before a
    woman's name (``министр Ольга Соколова заявил``).
    """
    if reading.case not in (None, "nomn"):
        return reading
    if reading.gender is None and hint[0] is not None:
        # "Аун Сан Су Чжи заявила": a name that tells no gender has its verb's.
        return _Reading(words=reading.words, surname=reading.surname, gender=hint[0], case=reading.case)
    if hint[0] == "m" and reading.gender == "f" and not any(w.lower().endswith(("а", "я")) for w in reading.words):
        # "Эммануэль Макрон заявил": a name of either sex (a first name the dictionary gives a woman, a surname
        # with no woman's ending) is a man's before a masculine verb; "Ольга Соколова заявил" stays a woman's.
        return _Reading(words=reading.words, surname=reading.surname, gender="m", case=reading.case)
    if hint[0] != "f" or reading.gender == "f":
        return reading
    return _Reading(words=reading.words, surname=reading.surname, gender="f", case="nomn")


def _feminine_subject(run: _Run, reading: _Reading, hint: Hint) -> _Reading:
    """
    A name ending in ``-а``/``-я`` right before a feminine verb is a woman's, as written (``Мерле-Ли
    Тыниссаара заявила``), when the words alone read best as a man's name in an oblique case.
    """
    if hint != ("f", frozenset({"nomn"})) or reading.case in (None, "nomn") or "init" in run.kinds:
        return reading
    if not run.tokens[-1].endswith(("а", "я")) or _is_known_name(reading.words[0].lower(), reading.gender):
        # A known first name in an oblique case stays one: "в доме художника Николая Сидорова открылась …".
        return reading
    return _Reading(words=run.tokens, surname=run.tokens[-1], gender="f", case="nomn")


def _name_count(run: _Run) -> int:
    """The number of words of *run* that are not initials or links."""
    return sum(1 for k in run.kinds if k not in ("init", "link"))


# For a surname a man and a woman of the text share: where each is first named, the name, and its gender.
_Kin = Mapping[str, Sequence[tuple[int, str, Gender | None]]]


def _kin(accepted: Iterable[tuple[_Run, _Reading, Hint]]) -> _Kin:
    """
    For each surname that full names of a man and of a woman share (``Жан-Мари Ле Пен``, ``Марин Ле Пен``), where
    each is first named, the name, and its gender: the surname alone stands for the one its verb agrees with
    (:func:`_kin_named`).
    """
    names: dict[str, dict[str, tuple[int, str, Gender | None]]] = {}
    for run, reading, _ in accepted:
        if _name_count(run) > 1:
            name = " ".join(reading.words)
            by_name = names.setdefault(fold(reading.surname), {})
            by_name.setdefault(name, (run.start, name, reading.gender or gender_of(name)))
    return {
        key: sorted(by.values())
        for key, by in names.items()
        if {g for _, _, g in by.values()} >= {"m", "f"} and not _forms_of_one(list(by))
    }


def _forms_of_one(names: Sequence[str]) -> bool:
    """Whether a first name of *names* is a case form of another's: one person read twice (``Хасана``, ``Хасан``)."""
    firsts = {name.split()[0] for name in names}
    return any(a != b and any(nominative(a, case=c) == b for c in CASES if c != "nomn") for a in firsts for b in firsts)


def _kin_named(kin: _Kin | None, key: str, gender: Gender | None) -> str | None:
    """The one of the *kin* of surname *key* of *gender* that the surname alone stands for: the first the text names."""
    shared = kin.get(key, ()) if kin and gender is not None else ()
    return next((name for _, name, g in shared if g == gender), None)


def _add_first_surnames(full: dict[str, str], accepted: Iterable[tuple[_Run, _Reading, Hint]]) -> None:
    """
    Add the first of two surnames of each name to the known names (``Мадуро`` for ``Николас Мадуро Морос``),
    unless a name of the text ends in it or it is the first surname of two different names.
    """
    second: dict[str, set[str]] = {}
    for run, reading, _ in accepted:
        if (first_surname := _first_surname(run, reading)) is not None:
            second.setdefault(fold(first_surname), set()).add(" ".join(reading.words))
    for key, names in second.items():
        if len(names) == 1:
            full.setdefault(key, names.pop())


def _first_surname(run: _Run, reading: _Reading) -> str | None:
    """
    The first of two surnames, which also stands for the person alone: ``Мадуро`` of ``Николас Мадуро Морос``.

    A name of three words or more that opens with a first name, whose word before the last is no first name or
    patronymic (``Андрес Мануэль Лопес Обрадор``, not ``Касым-Жомарт Кемелевич Токаев``).
    """
    names = [(k, w) for k, w in zip(run.kinds, reading.words, strict=True) if k not in ("init", "link")]
    if len(names) < 3 or names[0][0] != "given" or names[-2][0] in ("given", "patronymic"):
        return None
    return names[-2][1]


def _accepted_mentions(
    text: str,
    run: _Run,
    reading: _Reading,
    hint: Hint,
    known: frozenset[str],
    full: dict[str, str],
    kin: _Kin | None = None,
) -> tuple[PersonMention, ...]:
    """
    The mention an accepted run makes, read against the text's full names (or two, see below); none for a town's
    name read as a surname (:func:`_in_a_place`).
    """
    pair = _two_known_surnames(text, run, known, full)
    if pair is not None:
        return pair
    if _name_count(run) == 1:
        reading = _agreeing(_normal(_join(run.tokens), known, hint), hint)
        if known and fold(reading.surname) not in known and _title_cases_before(text, run.start) is not None:
            # "представитель Додона" after "Игорь Додон": a form of a surname the text gives in full, in the case
            # its ending tells, rather than a new surname in the case of the title before it.
            free = _normal(_join(run.tokens), known)
            reading = free if fold(free.surname) in known else reading
    mention = _mention(run, _indeclinable_case(run, reading, hint), full, known, context_gender=hint[0], kin=kin)
    named = _as_named(mention, run, full, kin)
    return () if _in_a_place(text, named) else (named,)


def _in_a_place(text: str, m: PersonMention) -> bool:
    """
    Whether *m*, one word read only as a surname in the locative, stands right after "в"/"во": a town's name
    (``в итальянской Таормине``), no person; a surname of one of the text's full names is read as the person still.
    """
    if " " in m.name:
        return False
    if m.case == "loct" and _IN_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None:
        return True
    # "Алексей из Кирова": a word the dictionary reads as a place's name right after a preposition of place.
    return _PLACE_PREPOSITION_RE.search(text, max(0, m.start - 5), m.start) is not None and any(
        "Geox" in p.tag.grammemes for p in _parse(text[m.start : m.end].lower())
    )


# "в"/"во" and any adjectives right before a word: "в итальянской ".
_IN_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:в|во)[^\S\n]++(?:\p{Ll}++[^\S\n]++){0,2}?\Z")


def _two_known_surnames(
    text: str, run: _Run, known: frozenset[str], full: dict[str, str]
) -> tuple[PersonMention, PersonMention] | None:
    """
    Two surnames of two of the text's full names side by side, two people (``с Гвардиолой Карпин рассказал``
    after ``Хосеп Гвардиола`` and ``Валерию Карпину``), not one name.
    """
    if len(run.tokens) != 2 or "init" in run.kinds or "link" in run.kinds:
        return None
    first = _known_surname_mention(text, _sub(run, 0, 1), known, full)
    if first is None or " " not in first.name:
        return None
    second = _known_surname_mention(text, _sub(run, 1, 2), known, full)
    if second is None or second.name == first.name:
        return None
    words = [fold(t) for t in run.tokens]
    if any(len(m.name.split()) > 2 and [fold(w) for w in m.name.split()[-2:]] == words for m in (first, second)):
        return None  # "Ле Пен": the two last words of one name ("Марин Ле Пен"), no two people
    return first, second


def _lone_surnames(
    text: str,
    bounds: tuple[int, int],
    pending: list[_Run],
    known: frozenset[str],
    full: dict[str, str],
    found: list[PersonMention],
    kin: _Kin | None = None,
) -> list[PersonMention]:
    """
    The surnames written alone of names the text gives in full: among the runs left *pending*, then (``По мнению
    Ивановского`` after ``Збигнев Ивановский``) those the dictionary reads as ordinary words, outside *found*.
    """
    out = [m for run in pending if (m := _known_surname_mention(text, run, known, full, kin)) is not None]
    taken = [(m.start, m.end) for m in (*found, *out)]
    lexical = _lexical_surname_runs(text, *bounds, full, taken)
    out.extend(m for run in lexical if (m := _known_surname_mention(text, run, known, full, kin)) is not None)
    return out


def _lexical_surname_runs(
    text: str, start: int, stop: int, full: dict[str, str], taken: list[tuple[int, int]]
) -> list[_Run]:
    """
    One-word runs for the capitalised forms, outside *taken*, of the surnames of the full names in *full* that the
    dictionary reads as ordinary words (``Ивановского`` for ``Збигнев Ивановский``): the first pass left them out.
    """
    surnames = [
        surname
        for name in full.values()
        if len(name.split()) > 1
        and len(surname := name.split()[-1]) >= _SHORT_LEXICAL_LETTERS
        and _kind(surname) == "lexical"
    ]
    stems = {fold(surname)[:-2] for surname in surnames if len(surname) >= _LEXICAL_SURNAME_LETTERS}
    # A short one ("Тука") only in the forms its paradigms give ("Туку", "Туки"), never opening a sentence.
    short = {fold(surname) for surname in surnames if len(surname) < _LEXICAL_SURNAME_LETTERS}
    if not stems and not short:
        return []
    out: list[_Run] = []
    for w in _capitalised_words(text, text, start, stop):
        low = fold(w.text)
        if low[:-2] not in stems and low[:-3] not in stems and low[:-1] not in stems and low not in stems:
            if not short or opens_sentence(text, w.start) or not any(h[2] in short for h in _hyps(low, "surname")):
                continue
        if any(a <= w.start < b for a, b in taken):
            continue
        out.append(_Run(spans=((w.start, w.end),), tokens=(w.text,), kinds=("dictsurname",)))
    return out


# The shortest surname read as an ordinary word that is looked for alone once its full name is known.
_LEXICAL_SURNAME_LETTERS = 6
# The shortest, looked for only in its own forms and never opening a sentence.
_SHORT_LEXICAL_LETTERS = 4
# What a nominative the text writes elsewhere adds to a surname's reading: less than a surname it names in full.
_WRITTEN_BONUS = 0.7
def _known_surname_mention(
    text: str,
    run: _Run,
    known: frozenset[str],
    full: dict[str, str],
    kin: _Kin | None = None,
) -> PersonMention | None:
    """A lone word, or both surnames, of a name the text gives in full elsewhere (or one letter off)."""
    if len(run.tokens) == 2 and known and run.kinds[0] not in ("init", "given"):
        # ``Лопес Обрадор`` after ``Андрес Мануэль Лопес Обрадор``: the two surnames, without the first names.
        reading = _normal(_join(run.tokens), known)
        name = full.get(fold(reading.surname), "")
        # "Ле Пен выдвигала": of a man and a woman of the surname, the one the verb agrees with.
        name = _kin_named(kin, fold(reading.surname), _context_hint(text, run)[0]) or name
        if len(name.split()) > 2 and [fold(w) for w in name.split()[-2:]] == [fold(w) for w in reading.words]:
            return PersonMention(
                start=run.start, end=run.end, name=name, surname=reading.surname, gender=gender_of(name),
                case=reading.case,
            )  # fmt: skip
    if _name_count(run) != 1 or len(run.tokens) != 1 or not known:
        return None
    if _adjective_before_noun(text, run):
        return None
    if _may_be_known(fold(run.tokens[0]), known):
        reading = _normal(run.tokens[0], known)
        if fold(reading.surname) in known:
            hint = _context_hint(text, run)
            governed = _governed(text, run, hint)
            if governed is not hint:
                # "работал вместе с Власко": a surname that does not decline takes the case its preposition governs.
                reading = _indeclinable_case(run, reading, governed)
            return _mention(run, reading, full, known, context_gender=hint[0], kin=kin)
    if run.kinds[0] == "unknown" and (near := _one_typo_away(fold(run.tokens[0]), known)) is not None:
        # ``Маргвелашивили`` for ``Маргвелашвили``: a misspelt surname the text names in full elsewhere.
        surname = full[near].split()[-1]
        reading = _Reading(words=(surname,), surname=surname, gender=None, case=None)
        return _mention(run, reading, full, known, context_gender=_context_hint(text, run)[0])
    return None


def _may_be_known(word: str, known: frozenset[str]) -> bool:
    """
    Whether *word* (folded) may be a form of one of the surnames *known*: it opens as one does, for a case ending
    changes only the end of a surname (two letters of a longer one: ``льва`` is a form of ``лев``).
    """
    short, long_ = _known_openings(known)
    return word[:2] in long_ or word[:1] in short


@functools.lru_cache(maxsize=16)  # one article's names: reused within it, not kept across articles
def _known_openings(known: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first letter of the surnames of three letters or fewer, and the first two of the longer ones."""
    return frozenset(k[:1] for k in known if len(k) <= 3), frozenset(k[:2] for k in known if len(k) > 3)


# --- the context of a name ---------------------------------------------------

# The lower-case word right after a name (``Натия Турнава заявила``).
# The word right before a name, or before a word already passed (``министр экономики Молдовы``).


def _plain_word(text: str, w: Word, *, lower: bool = False) -> bool:
    """Whether *w* is a word of letters and hyphens (in lower case if *lower*), no part of a longer token."""
    return (
        len(w.text) <= 31
        and all((c.islower() if lower else c.isalpha()) or c == "-" for c in w.text)
        and not (w.start > 0 and (text[w.start - 1].isalnum() or text[w.start - 1] == "-"))
    )


def _prev_word(text: str, pos: int) -> Word | None:
    """The word right before *pos*, one to three spaces between (from the article's one tokenisation)."""
    w = spaced_word_before(text, pos)
    return w if w is not None and _plain_word(text, w) else None


def _oblique_plural_before(text: str, pos: int) -> bool:
    """
    Whether the word right before *pos* reads first as a plural noun (or an adjective that stands for one:
    ``подопечных``) in a case other than the nominative.
    """
    w = _prev_word(text, pos)
    if w is None or not w.text[:1].islower():
        return False
    parses = _parse(w.text.lower())
    if not parses or "plur" not in parses[0].tag.grammemes or parses[0].tag.case in (None, "nomn"):
        return False
    return parses[0].tag.POS == "NOUN" or (parses[0].tag.POS == "ADJF" and "Subx" in parses[0].tag.grammemes)


def _prev_word_comma(text: str, pos: int) -> Word | None:
    """A lower-case word, a comma and one to three spaces right before *pos* (``министр, Имя``)."""
    w = word_before(text, pos)
    if w is None or text[w.end : w.end + 1] != "," or not spaces_between(text, w.end + 1, pos):
        return None
    return w if w.text[:1].islower() and _plain_word(text, w) else None


def _next_lower_word(text: str, pos: int) -> Word | None:
    """The lower-case word one to three spaces after *pos*, if one stands there."""
    w = spaced_word_after(text, pos)
    return w if w is not None and _plain_word(text, w, lower=True) else None


_CAPITAL_NEXT_RE = cache.pattern(r"[^\S\r\n]{1,3}+\p{Lu}", regex.V1)
_QUOTED_BEFORE_RE = cache.pattern(r"(?:«[^«»\n]{1,40}+»|\"[^\"\n]{1,40}+\")[^\S\r\n]{1,3}+\Z")
# Words that may stand between a name and its verb (``Турнава также заявила``).
_BETWEEN_POS = frozenset({"ADVB", "PRCL", "CONJ"})
# Small words a title phrase may hold before its name.
_TITLE_LINKS = frozenset({"по", "и", "в", "во", "на"})
# How many words back from a name a title may head its apposition (``глава Национального банка Грузии``).
_TITLE_REACH = 8
# Kinds of words that may form a name by context alone.
_CONTEXT_KINDS = frozenset({"unknown", "given", "weakgiven", "surname", "weaksurname", "dictsurname"})


def _context_hint(text: str, run: _Run) -> Hint:
    """
    What the words around *run* say about the name: a verb after it, a title before it.

    A past-tense verb gives the gender and the nominative (``Натия Турнава
    заявила``); a present-tense one the nominative; a title word before the
    name gives the cases the title can be in (``министра экономики Думитру
    Лупабы``: the genitive).
    """
    if "init" in run.kinds and len(run.tokens) == 1:
        return NO_HINT
    if _org_noun_before(text, run.start):
        # "Пресс-служба Кадырова заявила": a name after an organisation noun is its owner, in the genitive.
        return (None, frozenset({"gent"}))
    if _document_noun_before(text, run.start):
        speaking = _speaking_in_document(text, run.start, run.end)
        if speaking is not None:
            # "«…», — пишет в письме Ламар Смит": the name ends the clause of a verb of speech before "в письме",
            # whose subject it is.
            return speaking
        # "В заявлении Шона Ковальского говорится": a name right after a document's noun is its owner, in the
        # genitive, or whom it was sent to ("в письме Ивану Петрову"); never the subject of the verb after it.
        return (None, frozenset({"gent", "datv"}))
    honorific = _honorific_hint(text, run.start)
    if honorific is not None:
        return honorific
    found, gender = _verb_after(text, run.end)
    # A name right before another is the genitive owner of the title, not its holder
    # (``пресс-секретарь Нурлана Сапарова Аскар Бекенов``).
    owner = _CAPITAL_NEXT_RE.match(text, run.end) is not None
    cases = None if owner else _title_cases_before(text, run.start)
    if found and _after_preposition(text, run.start):
        # "С директором театра Улдисом Звайгзнисом встретилась корреспондентка": the verb agrees with a later
        # subject; the name is governed by the preposition, so it is no nominative.
        return (None, (cases or _ALL_CASES) - {"nomn"} or _ALL_CASES - {"nomn"})
    if found and (oblique := _title_case_over_verb(run, cases, gender)) is not None:
        return oblique
    if found:
        return (gender, frozenset({"nomn"}))
    found, gender = _verb_of_quote_before(text, run.start, run.end)
    if found and (cases is None or _plural_word_before(text, run.start)):
        # "«…», — сказал журналистам Эрдоган.": the verb's subject; a plural title is no apposition of one name.
        # After the verb's object a surname the text writes elsewhere in the nominative may own it ("— приводит
        # ТАСС отрывок интервью Качиньского" beside "Качиньский").
        return (gender, frozenset({"gent"}) if _owner_written(text, run) else frozenset({"nomn"}))
    if (subject := _postposed_subject(text, run.start, run.end, cases)) is not None:
        return subject
    if cases is not None:
        # ", — заявила официальный представитель ведомства Хезер Науэрт.": the verb before the title agrees with the
        # name in the nominative; so does one that opens the title's words when the name ends the sentence ("Ту же
        # позицию обозначила и представитель совета Элисабет Кук.").
        return (_titled_gender(text, run, cases), cases)
    return _hint_of_neighbours(text, run, owner)


def _titled_gender(text: str, run: _Run, cases: frozenset[str]) -> Gender | None:
    """
    The gender of a name after a title in *cases*: of the verb before the title (``— заявила официальный
    представитель ведомства Имя Фамилия``), else of a title that names only a woman (``чемпионка Имя Фамилия``).
    """
    gender = _postposed_gender(text, run.start) if "nomn" in cases else None
    if gender is None and "nomn" in cases and _SENTENCE_END_AFTER_RE.match(text, run.end) is not None:
        gender = _inverted_verb_gender(text, run.start)
    if gender is None and _feminine_title_before(text, run.start):
        gender = "f"  # "олимпийская чемпионка Лиззи Ярнольд": a woman's title names a woman
    return gender


def _feminine_title_before(text: str, start: int) -> bool:
    """Whether the word right before *start* is a title that reads only as a noun for a woman (``чемпионка``)."""
    m = _prev_word(text, start)
    return m is not None and text[m.end : start] == " " and m.text.islower() and feminine_noun(m.text)


@functools.lru_cache(maxsize=CACHE_SIZE)
def feminine_noun(word: str) -> bool:
    """
    Whether *word* reads only as a feminine noun for a person, among its first readings as a noun.

    >>> feminine_noun("журналистка"), feminine_noun("журналист"), feminine_noun("судья")
    (True, False, False)

    .. versionadded:: 0.2.0
    """
    parses = [p for p in parse(word.lower())[:3] if p.tag.POS == "NOUN"]
    return bool(parses) and all({"femn", "anim"} <= p.tag.grammemes for p in parses)


def _hint_of_neighbours(text: str, run: _Run, owner: bool) -> Hint:
    """
    What the words around *run* say when no verb or title does (:func:`_context_hint`): a participle after it, a
    plural or a noun for a person before it, a noun for a person beside it, "по словам" before it, a headline's topic.
    """
    participle = _participle_after(text, run.end)
    if participle is not None:
        # "Нафиссатоу Диалло, утверждающая, что …": a speaking participle agrees with the name it follows.
        return participle
    if _oblique_plural_before(text, run.start):
        # "к поражению подопечных Антонио Конте": a plural noun in an oblique case right before a name is no
        # apposition of one person; the name is its owner, in the genitive (not the locative "Конт").
        return (None, frozenset({"gent"}))
    noun = _noun_apposition(text, run, owner)
    if noun is not None:
        return noun
    if (len(run.tokens) > 1 or run.kinds == ("given",)) and _set_off_beside_person(text, run.start, run.end):
        # "Вэнни Ралли, студентка колледжа,", "Один из участников протеста, Иен Лейерман,": a name set off by commas
        # beside a noun for a person.
        return (None, frozenset({"nomn"}))
    if _WORDS_OF_BEFORE_RE.search(text, max(0, run.start - 30), run.start):
        # "По словам Улдиса Звайгзниса": whose words these are, a person in the genitive.
        return (None, frozenset({"gent"}))
    if _headline_topic_subject(text, run.start, run.end):
        # "«…»: Будько о допинге": the one a headline quotes, before the topic, in the nominative.
        return (None, frozenset({"nomn"}))
    return NO_HINT


# A headline's quotation and its colon before its speaker (``«…»: ``).
_QUOTATION_COLON_END_RE = cache.pattern(r"[»\"“]:[^\S\n]++\Z")
# A headline's topic after its speaker: ``о допинге``, ``— об отставке``, ``про тарифы``.
_HEADLINE_TOPIC_RE = cache.pattern(
    # "Моуринью о Кубке Англии", "Будько о «Спартаке»": a topic may open with a capital, a figure or a quotation mark.
    rf"{TOPIC_OPENING}[\p{{L}}\d«\"]"
    # "«…»: Жириновский в интервью RT": the one a headline's interview quotes.
    r"|[^\S\n]++(?:[–—-][^\S\n]++)?+(?:в|на)[^\S\n]++(?:интервью|эфире)(?!\p{L})"
)
# How far past the name a headline's topic is looked for (" — в интервью").
_HEADLINE_TOPIC_REACH = 16
# The longest line read as a headline.
_HEADLINE_LINE = 250


def _headline_topic_subject(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` opens a headline (or follows its opening quotation and colon) before a topic:
    ``Будько о допинге: «…»``, ``«…»: Будько о допинге`` (a headline ``Name о теме`` quotes Name).
    """
    # Both ends of the line are looked for within a headline's length: a long line is no headline.
    lo = max(0, start - _HEADLINE_LINE)
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return False
    hi = min(len(text), line_start + _HEADLINE_LINE + 1)
    line_end = text.find("\n", end, hi)
    if line_end < 0 and hi < len(text):
        return False
    if start > line_start and _QUOTATION_COLON_END_RE.search(text, max(line_start, start - 8), start) is None:
        return False  # the name opens the line, or follows the headline's quotation and colon
    return _HEADLINE_TOPIC_RE.match(text, end, min(len(text), end + _HEADLINE_TOPIC_REACH)) is not None


def _after_honorific(text: str, m: Word) -> bool:
    """Whether *m*, in title case, stands one space after an honorific (``господин``, ``госпожа``, ``мистер``)."""
    prev = _prev_word(text, m.start)
    return (
        m.text.istitle()
        and prev is not None
        and text[prev.end : m.start] == " "
        and _HONORIFIC_RE.fullmatch(prev.text) is not None
    )


def _honorific_hint(text: str, start: int) -> Hint | None:
    """
    The hint of an honorific in an oblique case right before a name: its gender and cases (``отчёт господина
    Фурнейрона вышел``: the genitive, whatever the verb after agrees with).
    """
    prev = _prev_word(text, start)
    if prev is None or _HONORIFIC_RE.fullmatch(prev.text) is None:
        return None
    _, cases, _ = _title_word(prev.text.lower())
    if cases is None or "nomn" in cases:
        return None
    return ("f" if prev.text.lower().startswith("госпож") else "m", cases)


# An oblique case ending after a consonant: "Голдбергу", "Голдбергом".
_OBLIQUE_ENDING_RE = cache.pattern(r"[бвгджзклмнпрстфхцчшщ](?:у|ом|ым|ем)\Z")


def _title_case_over_verb(run: _Run, cases: frozenset[str] | None, gender: Gender | None) -> Hint | None:
    """
    The hint of a title in an oblique case (*cases*) before a name whose known first name is of the other gender
    than the verb after it (*gender*): the verb has another subject, and the title gives the name its case
    (``Встреча … и главы ФИФА Джанни Инфантино стала …``).
    """
    if cases is None or "nomn" in cases or gender is None:
        return None
    given = next((t for t, k in zip(run.tokens, run.kinds, strict=True) if k == "given"), None)
    found = gender_of(given) if given is not None else None
    if found is not None and found != gender:
        return (None, cases)
    # "в интервью главному редактору Джеффри Голдбергу сказал": a surname with an oblique ending after a consonant
    # agrees with the title, not with the verb (whose subject was named before).
    return (None, cases) if _OBLIQUE_ENDING_RE.search(run.tokens[-1]) is not None else None


def _given_next(text: str, end: int) -> bool:
    """Whether the word right after *end* is a known first name (a full name follows)."""
    nxt = word_after(text, end)
    return nxt is not None and nxt.start - end <= 3 and _kind(nxt.text) == "given"


def _noun_apposition(text: str, run: _Run, owner: bool) -> Hint | None:
    """
    The hint of a noun for a person right before *run*: its apposition in its case and gender (``говорит
    пенсионерка Айгуль``), or, before a full name that follows the run (*owner*), the genitive owner of the title
    (``защитник Алёхиной Александр Подрабинёк``).
    """
    noun = _person_noun_hint(text, run.start)
    if noun is None:
        return None
    if owner and _given_next(text, run.end):
        return (None, frozenset({"gent"}))
    if len(run.tokens) > 1 and "nomn" in noun[1]:
        # "дочь Ивана Петрова": before a full name a noun in the nominative may have it for its genitive owner; an
        # oblique one ("украинку Юлию Левченко") has it for its apposition, and so does a nominative before words
        # that end in a consonant, as no genitive does ("баскетболист Шакил О'Нил").
        return noun if all(t[-1].lower() in _CONSONANTS for t in run.tokens) else None
    # "говорит пенсионерка Айгуль", "с жительницей Марией": a first name after a noun for a person is its
    # apposition, in its case and of its gender.
    return noun


# "по словам", "по мнению", "по оценке" right before a name: the words of a person.
_WORDS_OF_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})по[^\S\n]++(?:словам|мнению|оценке|убеждению|признанию|утверждению)[^\S\n]++\Z"
)


_VERB_GENDERS: dict[str, Gender | None] = {"masc": "m", "femn": "f"}
# Only a comma and spaces between a name and the word after it.
_COMMA_GAP_RE = cache.pattern(r"[^\S\n]*+,[^\S\n]*+")


def _participle_after(text: str, end: int) -> Hint | None:
    """
    The gender and cases of a participle set off by a comma right after a name: a speaking one (``, заявившая``),
    or any active one in the singular, also past an adverb (``, недавно перешедший в клуб``).
    """
    from ..lexicon.quotes import participle_forms

    w = word_after(text, end)
    if w is None or not _COMMA_GAP_RE.fullmatch(text, end, w.start):
        return None
    vf = participle_forms().get(w.text.lower().replace("ё", "е"))
    if vf is not None:
        cases = frozenset(str(p.tag.case) for p in _parse(w.text.lower()) if p.tag.POS == "PRTF") & _ALL_CASES
        return (vf.gender, cases) if cases else None
    parses = _parse(w.text.lower())
    if parses and parses[0].tag.POS == "ADVB" and (nxt := word_after(text, w.end)) is not None:
        w, parses = nxt, _parse(nxt.text.lower())
    found = [p for p in parses if p.tag.POS == "PRTF" and {"actv", "sing"} <= p.tag.grammemes]
    if not found or parses[0].tag.POS != "PRTF":
        return None
    genders = {str(p.tag.gender) for p in found}
    gender = _TITLE_GENDERS.get(genders.pop()) if len(genders) == 1 else None
    return (gender, frozenset(str(p.tag.case) for p in found) & _ALL_CASES or _ALL_CASES)


# A discourse insertion set off by commas right after a name: ", в свою очередь, " (looked for within a bound: a
# pattern with a required word scans to the end of the text it is given).
_INSERTION_REACH = 40
_INSERTION_AFTER_RE = cache.pattern(rf"[^\S\n]*+,[^\S\n]*+(?:{INSERTIONS}|в\s++ответ),[^\S\n]")


# A title phrase set off by commas after a name: ", директор городского музея,".
_APPOSITION_AFTER_RE = cache.pattern(
    r"[^\S\n]*+,[^\S\n]*+(\p{Ll}[\p{Ll}-]++)(?:[^\S\n]++[^\s,.;:!?«»()]++){0,8}?,[^\S\n]"
)
_APPOSITION_REACH = 120


def _apposition_after(text: str, end: int) -> regex.Match[str] | None:
    """A title in the nominative heading a phrase set off by commas right after a name (``Имя Фамилия, директор
    музея, сказал``), past which the verb agrees with the name."""
    m = _APPOSITION_AFTER_RE.match(text, end, min(len(text), end + _APPOSITION_REACH))
    if m is None:
        return None
    is_title, cases, _ = _title_word(m.group(1))
    return m if is_title and cases is not None and "nomn" in cases else None


def _verb_after(text: str, end: int) -> tuple[bool, Gender | None]:
    """
    Whether a finite verb follows a name, and the gender it agrees in (``заявила``: ``f``).

    Adverbs and particles may stand between (``Турнава также заявила``). A
    plural or neuter verb does not agree with one person and counts as none.
    """
    pos = end
    insertion = _INSERTION_AFTER_RE.match(text, end, min(len(text), end + _INSERTION_REACH)) or _apposition_after(
        text, end
    )
    if insertion is not None:
        pos = insertion.end() - 1  # "Мэттью Эллери, в свою очередь, подчеркнул": past an insertion set off by commas
    for _ in range(3):
        m = _next_lower_word(text, pos)
        if m is None:
            return False, None
        parses = _parse(m.text)
        if parses and parses[0].tag.POS == "VERB":
            if _impersonal(m.text):
                return False, None  # "в заявлении Шона Ковальского говорится": the verb has no subject
            return _agrees_with_one(parses[0].tag.grammemes)
        if not parses or parses[0].tag.POS not in _BETWEEN_POS or m.text.lower() in ("и", "или"):
            # "раскритиковал премьера Имя Фамилия и обвинил его": a second verb of the same subject.
            return False, None
        pos = m.end
    return False, None


def _impersonal(word: str) -> bool:
    """Whether *word* is an impersonal form of a speech verb (``говорится``, ``сообщается``), which has no subject."""
    from ..lexicon.quotes import verb_forms

    form = verb_forms().get(word.lower().replace("ё", "е"))
    return form is not None and form.cls == "impersonal"


# A quotation's end and a dash before a verb (``«…», — сказал``), and up to five words of the verb's own between it
# and a name (``сказал журналистам``, ``ответил на вопрос CNN``); the word after a name that ends the sentence.
_QUOTE_VERB_BEFORE_RE = cache.pattern(
    r"(?:[»\"“”][,!?…]?|[,!?…][»\"“”]?)[^\S\n]*+[—–-][^\S\n]*+(?P<verb>\p{Ll}{3,24}+)"
    r"(?P<between>(?:[^\S\n]++[\p{L}\d-]{1,24}+){0,5}?)[^\S\n]++\Z"
)
_SENTENCE_END_AFTER_RE = cache.pattern(r"[^\S\n]*+(?:[.!?…]|\n|\Z)")
# Where, when or to whom it was said, after the name: "— подчеркнул Барнс в разговоре с RT.", "— сказал Петров
# журналистам", "— заявил Дутерте в ответ на обвинения", "— сказал Ли на брифинге", "— заявил Ли, добавив …".
_MEDIUM_AFTER_RE = cache.pattern(
    r"[^\S\n]*+,[^\S\n]++\p{Ll}|[^\S\n]++(?:журналистам|изданию|агентству|телеканалу|газете|радиостанции"
    r"|корреспонденту|в|во|на|по|перед|после|при|накануне|незадолго)(?!\p{L})"
)


def _plural_word_before(text: str, start: int) -> bool:
    """Whether the word before *start* reads only as a plural noun (``журналистам``)."""
    m = _prev_word(text, start)
    parses = [p for p in _parse(m.text.lower()) if p.tag.POS == "NOUN"] if m is not None else []
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


# A verb after a comma or a dash, then words up to a name with no punctuation between: ", заявила официальный
# представитель ведомства " before "Хезер Науэрт".
_POSTPOSED_VERB_RE = cache.pattern(
    r"(?:[,—–-]|(?<!\p{L})(?i:об|о)[^\S\n]++(?i:этом|том|[её]м|ней|них)(?:[^\S\n]++(?i:же|также|и))?+)"
    r"[^\S\n]*+(?P<verb>\p{Ll}{3,24}+)[^\S\n]++[^,.;:!?«»\"\n]{0,100}+\Z"
)


def _postposed_gender(text: str, start: int) -> Gender | None:
    """
    The gender of a past-tense verb of one person after a comma, a dash or a backward attribution's ``Об этом``,
    before a title and the name at *start*.
    """
    m = _POSTPOSED_VERB_RE.search(text, max(0, start - 130), start)
    return _verb_agreement(m["verb"])[1] if m is not None else None


# How many words before a title the verb its name is the subject of may stand.
_INVERTED_WORDS = 8


def _inverted_verb_gender(text: str, start: int) -> Gender | None:
    """
    The gender of the past-tense verb of one person nearest before a title and the name at *start* that ends its
    sentence, with only spaces between the words (the name is its subject: ``Ту же позицию обозначила и
    представитель совета Элисабет Кук.``).
    """
    pos = start
    for _ in range(_INVERTED_WORDS):
        w = _prev_word(text, pos)
        if w is None or text[w.end : pos].strip(" \u00a0"):
            return None
        if w.text.islower():
            found, gender = _verb_agreement(w.text)
            if found:
                return gender
        pos = w.start
    return None


_SUBJECT_PRONOUNS = frozenset({"он", "она", "они", "я", "мы", "вы", "ты"})


def _verb_of_quote_before(text: str, start: int, end: int) -> tuple[bool, Gender | None]:
    """
    Whether a name that ends its sentence (or goes on with where or to whom it was said: ``в интервью …``,
    ``журналистам``) follows a quotation's verb (``«Мы победим», — сказал Криштиану Роналду.``): the verb has no
    other subject, so the name is in the nominative, of the gender the verb agrees in.
    """
    m = _QUOTE_VERB_BEFORE_RE.search(text, max(0, start - 160), start)
    if m is None or (_SENTENCE_END_AFTER_RE.match(text, end) is None and _MEDIUM_AFTER_RE.match(text, end) is None):
        return False, None
    if any(str(p.normal_form) in CITING_VERBS for p in _parse(m["verb"].lower())[:1]):
        return False, None  # "— цитирует агентство Дмитрия Медведева": the one cited is the verb's object
    if any(
        w.lower() in _SUBJECT_PRONOUNS or (w[:1].isupper() and not w.isupper() and not _latin(w))
        for w in m["between"].split()
    ):
        # "— сказал он Петрову": the verb has its subject; "сказал Ивану Петров": a name between (not "CNN", nor a
        # company's Latin name in a title: "представитель компании Iran Air Нушабади").
        return False, None
    return _verb_agreement(m["verb"])


def _owner_written(text: str, run: _Run) -> bool:
    """
    Whether the one word of *run* stands after a verb's object (``отрывок интервью``) and reads as the genitive of a
    surname whose nominative the text writes elsewhere (``Качиньского`` beside ``Качиньский``).
    """
    before = _prev_word(text, run.start)
    if len(run.tokens) != 1 or before is None or not _object_noun(text, before):
        return False
    word = run.tokens[0].lower()
    noms = {nom for _, cases, nom, _ in _hyps(word, "surname") if "gent" in cases and nom != word}
    lo, hi = max(0, run.start - _OWNER_REACH), min(len(text), run.end + _OWNER_REACH)
    near = text[lo:hi]
    return any(regex.search(rf"(?<!\p{{L}}){regex.escape(nom)}(?!\p{{L}})", near, regex.I) for nom in noms)


# How far around a genitive surname its nominative is looked for (bounded: the work per name stays the same in a
# text of any length).
_OWNER_REACH = 3000


def _object_noun(text: str, word: Word) -> bool:
    """
    Whether *word* (between a quotation's verb and a name) is a lower-case noun that may be in the nominative or
    accusative, after no preposition: the verb's object, whose owner the name is (``отрывок интервью``), not a
    listener (``журналистам``) or a place (``в интервью``).
    """
    prev = _prev_word(text, word.start)
    if not word.text[:1].islower() or (prev is not None and _preposition(prev.text.lower())):
        return False
    parses = _parse(word.text.lower())[:3]
    # An indeclinable noun ("интервью") reads in any case; a listener reads first in the dative.
    nouns = [p for p in parses if p.tag.POS == "NOUN" and "inan" in p.tag]  # not "тренер": a title before the name
    return bool(nouns) and parses[0].tag.case != "datv" and any(p.tag.case in ("nomn", "accs") for p in nouns)


def _postposed_subject(text: str, start: int, end: int, cases: frozenset[str] | None) -> Hint | None:
    """
    The hint of a name with no title before it (*cases* None) that ends its sentence right after a finite verb
    agreeing with one person: the verb's subject, in the nominative and of its gender (``С ним поспорил Икер
    Касильяс.``), also past an infinitive the verb governs (``решил поспорить Икер Касильяс.``).
    """
    if cases is not None or _SENTENCE_END_AFTER_RE.match(text, end) is None:
        return None
    prev = _prev_word(text, start)
    for _ in range(2):
        # "прокомментировал и сам Имя": a particle of emphasis between the verb and its subject.
        if prev is None or text[prev.end : start] not in (" ", "\u00a0") or prev.text not in _EMPHASIS_BEFORE_SUBJECT:
            break
        start, prev = prev.start, _prev_word(text, prev.start)
    if prev is None or text[prev.end : start] not in (" ", "\u00a0") or not prev.text.islower():
        return None
    if any(p.tag.POS == "INFN" for p in _parse(prev.text)[:1]):
        verb = _prev_word(text, prev.start)
        if verb is None or text[verb.end : prev.start] not in (" ", "\u00a0"):
            return None
        prev = verb
    found, gender = _verb_agreement(prev.text)
    return (gender, frozenset({"nomn"})) if found else None


# Particles of emphasis between a verb and the subject after it: "прокомментировал и сам Имя".
_EMPHASIS_BEFORE_SUBJECT = frozenset({"и", "сам", "сама", "лично", "также", "тоже"})


def _verb_agreement(word: str) -> tuple[bool, Gender | None]:
    """Whether *word* reads first as a verb that agrees with one person as subject, and in which gender."""
    parses = _parse(word)
    if not parses or parses[0].tag.POS != "VERB":
        return False, None
    return _agrees_with_one(parses[0].tag.grammemes)


def _agrees_with_one(grammemes: Collection[str]) -> tuple[bool, Gender | None]:
    """Whether a verb's grammemes agree with one person as subject, and in which gender."""
    if "sing" not in grammemes:
        return False, None
    if "past" in grammemes:
        gender = next((g for k, g in _VERB_GENDERS.items() if k in grammemes), None)
        return gender is not None, gender
    return "3per" in grammemes, None


def _quoted_name_before(text: str, pos: int) -> int | None:
    """
    Where a name in quotation marks right before *pos* starts, if one stands there.

    ``главный тренер «Клуба» Имя Фамилия``: an organisation in quotation marks
    belongs to the title phrase, which the searches back from a name go over.
    """
    if not text[max(0, pos - 4) : pos].rstrip().endswith(("»", '"')):
        return None
    quoted = _QUOTED_BEFORE_RE.search(text, max(0, pos - 48), pos)
    return quoted.start() if quoted is not None else None


_LATIN_NAME_BEFORE_RE = cache.pattern(r"(?<![\p{L}\d])[A-Z][\w&.-]*+(?:[^\S\r\n]++[A-Z][\w&.-]*+){0,3}+[^\S\r\n]++\Z")


# An abbreviation in brackets right before a name: "(USADA) ", "(ФСБ) "; or an organisation's original name in
# Latin letters: "(Unión Nacional de Ciudadanos Éticos) ".
_BRACKETED_BEFORE_RE = cache.pattern(
    r"\((?:(?:\p{Lu}|[A-Z])[\p{L}&.-]{0,15}+|\p{Latin}[\p{Latin}&.'’-]*+(?:[^\S\r\n]++[\p{Latin}&.'’-]++){1,7}+)\)"
    r"[^\S\r\n]{1,3}+\Z"
)
_BRACKETED_REACH = 80


def _title_cases_before(text: str, start: int) -> frozenset[str] | None:
    """
    The cases of the title that heads a name as its apposition, if one does.

    Going back from the name over at most a few words with only spaces
    between them (``министр экономики Молдовы``), the first title word of
    ``titles.tsv`` (a person's role) gives the cases it can be in.
    """
    pos = start
    for _ in range(_TITLE_REACH):
        quoted = _quoted_name_before(text, pos)
        if quoted is None:
            # "еженедельника Die Woche Тео Вангера": an outlet's Latin name belongs to the title phrase too, and
            # so does an abbreviation in brackets ("агентства (USADA) Трэвис Тайгерт").
            latin = _LATIN_NAME_BEFORE_RE.search(text, max(0, pos - 48), pos) or _BRACKETED_BEFORE_RE.search(
                text, max(0, pos - _BRACKETED_REACH), pos
            )
            quoted = latin.start() if latin is not None else None
        if quoted is not None:
            pos = quoted
            continue
        m = _prev_word(text, pos)
        if m is None:
            return None
        word = m.text.lower().replace("ё", "е")
        title, cases, genitive = _title_word(word)
        if title and _owning_plural(text, m):
            # "председатель союза юристов Имя Фамилия": a plural title that a noun owns is its genitive.
            title = False
        if title:
            if cases is not None and "nomn" not in cases and "nomn" in (_person_noun_before(text, m.start) or ()):
                # "мать спортсменки Даниела Липницкая": the name may stand for the head, in the nominative.
                return cases | {"nomn"}
            return cases
        if word in _TITLE_LINKS:
            # "генеральный директор компании по Центральной Азии и России Имя Фамилия"
            pos = m.start
            continue
        if not m.text[:1].isupper() and not genitive:
            # Only the genitive words of a title phrase stand between it and the name
            # (``министр экономики Молдовы``), or the field after ``по`` (``директор по управлению продуктами``);
            # a verb or another word ends the search.
            field = _field_before(text, m)
            if field is None:
                return None
            pos = field
            continue
        pos = m.start
    return None


# How many lower-case words the field of a title may hold after its ``по`` (``директор по связям с общественностью``).
_FIELD_WORDS = 3


def _field_before(text: str, m: Word) -> int | None:
    """
    The start of the ``по`` that opens the field of a title, when *m* is one of the lower-case words after it
    (``директор по управлению продуктами``), or ``None``.
    """
    pos = m.start
    for _ in range(_FIELD_WORDS):
        w = _prev_word(text, pos)
        if w is None or not w.text[:1].islower():
            return None
        if w.text == "по":
            return w.start
        pos = w.start
    return None


def _owning_plural(text: str, m: Word) -> bool:
    """
    Whether *m*, a title word, reads only as a plural genitive right after a lower-case noun that owns it
    (``союза юристов``, ``союза писателей``): part of an organisation's name, no title of the name after.
    """
    parses = _parse(m.text.lower())
    if not parses or any(p.tag.number != "plur" or p.tag.case not in ("gent", "accs") for p in parses):
        return False
    owner = _prev_word(text, m.start)
    if owner is None or not owner.text[:1].islower():
        return False
    first = _parse(owner.text)[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and not _title_word(owner.text.lower().replace("ё", "е"))[0]


# A noun set off by a comma before a name in apposition: "Другая жительница, Ольга, …".


# A name set off by commas as the apposition of a noun for people: ", студентка колледжа," after it, "Один из
# участников протеста," before it.
_COMMA_WORD_AFTER_RE = cache.pattern(r",[^\S\n]{1,3}+(\p{Ll}++)")
_ONE_OF_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:один|одна)[^\S\n]++из[^\S\n]++(\p{Ll}++)(?:[^\S\n]++\p{Ll}++){0,3}+,[^\S\n]{1,3}+\Z"
)
_ONE_OF_REACH = 80


def _set_off_beside_person(text: str, start: int, end: int) -> bool:
    """
    Whether a name at ``text[start:end]``, in the nominative, is set off by commas beside a noun for a person or a
    title (``Вэнни Ралли, студентка колледжа,``) or after one of a group of people (``Один из участников протеста,
    Иен Лейерман,``).
    """
    after = _COMMA_WORD_AFTER_RE.match(text, end)
    if after is not None:
        word = after.group(1)
        title, cases, _ = _title_word(word.replace("ё", "е"))
        noun = _person_noun_cases(word)
        if (title and cases and "nomn" in cases) or (noun is not None and "nomn" in noun[1]):
            return True
    if _CLAUSE_END_AFTER_RE.match(text, end) is None:
        return False
    one_of = _ONE_OF_BEFORE_RE.search(text, max(0, start - _ONE_OF_REACH), start)
    return one_of is not None and any(
        {"plur", "gent"} <= p.tag.grammemes and ("anim" in p.tag.grammemes or p.tag.POS in ("ADJF", "PRTF"))
        for p in _parse(one_of.group(1))[:2]
    )


def _person_noun_before(text: str, start: int) -> frozenset[str] | None:
    """
    The cases of a lower-case singular noun for a person right before *start* (``жительницей``), if one is;
    also set off by a comma (``жительница, Ольга``).
    """
    found = _person_noun_hint(text, start)
    return found[1] if found is not None else None


def _person_noun_hint(text: str, start: int) -> Hint | None:
    """The gender and cases of the noun for a person before *start* (see :func:`_person_noun_before`), if any."""
    m = _prev_word(text, start) or _prev_word_comma(text, start)
    if m is None:
        return None
    if m.text[:1].islower() or opens_sentence(text, m.start):
        # "Израильтянку Нааму Иссахар задержали": the noun may open its sentence.
        found = _person_noun_cases(m.text)
        if found is not None:
            return found
    return _kin_before(text, m)


def subject_after_verb(text: str, start: int, end: int) -> bool:
    """
    Whether the name at ``text[start:end]`` ends its sentence right after a finite verb that agrees with one person:
    the verb's subject (``Свою лепту в спор внёс Сидоров.``).

    >>> t = "Свою лепту в спор внёс Сидоров."
    >>> subject_after_verb(t, 23, 30), subject_after_verb("Он похвалил Сидорова за игру.", 12, 20)
    (True, False)
    """
    return _postposed_subject(text, start, end, None) is not None


def opens_sentence(text: str, start: int) -> bool:
    """
    Whether the word at *start* opens its sentence: only spaces after a sentence's end or a line break before it.

    >>> opens_sentence("Он ушёл. Атлет остался.", 9), opens_sentence("Он ушёл, атлет остался.", 9)
    (True, False)
    """
    before = text[max(0, start - 4) : start].rstrip(" \u00a0\t")
    return before == "" if start < 4 else before[-1:] in (".", "!", "?", "\n")


def _person_noun_cases(word: str, lemmas: Collection[str] = ()) -> Hint | None:
    """
    The gender and cases of *word* as a singular noun for a person (one of *lemmas* if given), if it reads first
    as one; the gender only of a noun that has one (``жительница``, not ``сирота``).
    """
    parses = _parse(word.lower())
    if not parses or parses[0].tag.POS != "NOUN" or NAME_TAGS & parses[0].tag.grammemes:
        return None
    if lemmas and parses[0].normal_form not in lemmas:
        return None
    if not any(
        p.tag.POS == "NOUN"
        and "anim" in p.tag.grammemes
        and p.normal_form == parses[0].normal_form
        and not NAME_TAGS & p.tag.grammemes
        for p in parses
    ):
        # "роману Ф.М. Достоевского": a thing, its reading as a name no noun for a person; "гражданку" reads
        # as a thing first and as a person too.
        return None
    cases = (
        frozenset(
            str(p.tag.case)
            for p in parses
            if p.tag.POS == "NOUN"
            and {"anim", "sing"} <= p.tag.grammemes
            and not NAME_TAGS & p.tag.grammemes
            and p.normal_form == parses[0].normal_form
        )
        & _ALL_CASES
    )
    return (_TITLE_GENDERS.get(str(parses[0].tag.gender)), cases) if cases else None


# Nouns of kin that name a relative by a first name alone: "дочь погибшей Татьяна", "Сын Иван".
_KIN = frozenset(
    {"жена", "муж", "супруга", "супруг", "вдова", "вдовец", "дочь", "сын", "мать", "отец", "брат", "сестра",
     "внук", "внучка", "племянник", "племянница", "невеста", "жених"}
)  # fmt: skip


def _kin_before(text: str, m: Word) -> Hint | None:
    """
    The gender and cases of a noun of kin before a first name, over at most two genitive words between (``дочь погибшей
    Татьяна``, ``сын покойного актёра Иван``), also opening the sentence (``Сын Иван``); *m* is the word right
    before the name.
    """
    for _ in range(3):
        cases = _person_noun_cases(m.text, _KIN)
        if cases is not None:
            return cases
        if not m.text[:1].islower() or not any(p.tag.case == "gent" for p in _parse(m.text)):
            return None
        prev = _prev_word(text, m.start)
        if prev is None:
            return None
        m = prev
    return None


def _after_preposition(text: str, start: int) -> bool:
    """
    Whether a preposition governs the name at *start*: right before it, or before the title phrase that heads it.

    Going back over capitalised words, titles and genitives (``с директором театра``), a preposition
    (``с``, ``к``, ``о``, ``у``, ``для``) puts the name in an oblique case.
    """
    pos = start
    for _ in range(_TITLE_REACH):
        quoted = _quoted_name_before(text, pos)
        if quoted is not None:
            pos = quoted
            continue
        m = _prev_word(text, pos)
        if m is None:
            return False
        word = m.text.lower().replace("ё", "е")
        if _preposition(word):
            # Right before the name it governs it; further back it stands inside the title phrase.
            return pos == start
        title, _, genitive = _title_word(word)
        if title:
            # Only the word right before the title may govern it (``с директором``; not ``в Эстонии``
            # inside ``посол Великобритании в Эстонии``).
            before = _prev_word(text, m.start)
            return before is not None and _preposition(before.text.lower())
        if not genitive and not m.text[:1].isupper():
            return False
        pos = m.start
    return False


# The cases that prepositions govern, for a name right after one.
_PREPOSITION_CASES = {
    **dict.fromkeys(
        ("от", "у", "из", "без", "для", "до", "около", "против", "после", "вокруг", "среди", "кроме", "возле",
         "ради", "вместо", "из-за", "из-под"),
        frozenset({"gent"}),
    ),
    **dict.fromkeys(("к", "ко", "благодаря", "вопреки"), frozenset({"datv"})),
    **dict.fromkeys(("с", "со", "перед", "между"), frozenset({"ablt"})),
    **dict.fromkeys(("о", "об", "обо", "при"), frozenset({"loct"})),
}  # fmt: skip


def _preposition_cases(text: str, start: int) -> frozenset[str] | None:
    """The cases a preposition right before *start* governs (``от``: the genitive), if one stands there."""
    m = _prev_word(text, start)
    if m is None or text[m.end : start].strip():
        return None
    return _PREPOSITION_CASES.get(m.text.lower())


def _preposition(word: str) -> bool:
    parses = _parse(word)
    return bool(parses) and parses[0].tag.POS == "PREP"


def _named_organisation(text: str, run: _Run, reading: _Reading) -> bool:
    """
    Whether a one-word *run* right after an organisation noun of ``titles.tsv`` in any case is that
    organisation's name: written as its own nominative (``Газета Кларин``), not as an owner's genitive
    (``Пресс-служба Кадырова``), and with no person's title heading the phrase.
    """
    if len(run.tokens) != 1 or run.kinds[0] in ("given", "init") or reading.words[-1] != run.tokens[0]:
        return False
    prev = _prev_word(text, run.start)
    if prev is None or not _org_noun_any_case(prev.text.lower()):
        return False
    # "Директор подрядной компании Орлов": a person's title before the organisation heads the name.
    return _title_cases_before(text, run.start) is None


@functools.lru_cache(maxsize=CACHE_SIZE)
def _org_noun_any_case(word: str) -> bool:
    """Whether *word* (lower case) is a form of an organisation noun of ``titles.tsv`` (``газете``, ``агентство``)."""
    from ..lexicon.quotes import titles

    table = titles()
    return any(
        p.tag.POS == "NOUN" and table.get(str(p.normal_form).replace("ё", "е")) == "org" for p in _parse(word)[:2]
    )


def _org_noun_before(text: str, start: int) -> bool:
    """Whether the word right before *start* is a subject organisation noun of ``titles.tsv`` (``пресс-служба``)."""
    m = _prev_word(text, start)
    return m is not None and _org_title(m.text.lower())


def _document_noun_before(text: str, start: int) -> bool:
    """Whether the word right before *start*, with only spaces between, is a document's noun (``заявлении``)."""
    from ..lexicon.quotes import document_noun

    m = _prev_word(text, start)
    return m is not None and m.text.islower() and not text[m.end : start].strip() and document_noun(m.text, 2)


# A verb, then "в"/"на" before the document's noun, line breaks allowed (a linked verb stands on a line of its own).
# The end of a clause right after a name.
_CLAUSE_END_RE = cache.pattern(r"[^\S\n]*+(?:[.!?,;)]|\n|\Z)")
_VERB_IN_DOCUMENT_RE = cache.pattern(r"(?<!\p{L})(?P<verb>\p{Ll}++)\s{1,3}+(?:в|во|на)\s{1,3}+\Z")


def _speaking_in_document(text: str, start: int, end: int) -> Hint | None:
    """
    The hint for a name that ends the clause of a personal verb of speech through the document it spoke in
    (``«…», — пишет в письме Ламар Смит.``): the nominative, in the verb's gender; ``None`` elsewhere.
    """
    from ..lexicon.quotes import verb_forms

    noun = _prev_word(text, start)
    if noun is None or _CLAUSE_END_RE.match(text, end) is None:
        return None
    m = _VERB_IN_DOCUMENT_RE.search(text, max(0, noun.start - 30), noun.start)
    form = verb_forms().get(m["verb"].replace("ё", "е")) if m is not None else None
    if form is None or form.plural or form.cls not in ("speech", "opinion"):
        return None
    return (form.gender, frozenset({"nomn"}))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _org_title(word: str) -> bool:
    """
    Whether *word* (lower case) is an organisation noun of ``titles.tsv`` in the nominative singular (cached):
    ``пресс-служба``, not the genitive of ``начальник службы``.
    """
    from ..lexicon.quotes import titles

    parses = [p for p in _parse(word) if p.tag.POS == "NOUN"]
    return (
        bool(parses)
        and all({"nomn", "sing"} <= p.tag.grammemes for p in parses)
        and titles().get(str(parses[0].normal_form).replace("ё", "е")) == "org"
    )


@functools.lru_cache(maxsize=CACHE_SIZE)
def _title_word(word: str) -> tuple[bool, frozenset[str] | None, bool]:
    """
    What one word (lower case) before a name says (cached): whether it is a
    title of ``titles.tsv``, the cases it has as one, and whether it can be a genitive.
    """
    from ..lexicon.quotes import titles

    table = titles()
    # "вице-министра" by its last part, "тренера-консультанта" by its first; the whole word first when the
    # dictionary knows it ("премьер-министра" is no nominative, whatever "премьер" is).
    parts = (word, word.rsplit("-", 1)[-1], word.split("-", 1)[0]) if "-" in word else (word,)
    cases: set[str] = set()
    for w in parts:
        cases = {
            str(p.tag.case)
            for p in _parse(w)
            # A plural title in the nominative ("Адвокаты Сидорова") heads no name in apposition: a name after it
            # is its owner (in an oblique case, "экс-акимов … Ерлана Касенова", the names share its case).
            if p.tag.POS == "NOUN"
            and not (p.tag.number == "plur" and p.tag.case == "nomn")
            and table.get(str(p.normal_form).replace("ё", "е")) in ("person", "head")
        }
        if cases:
            break
    if cases:
        return True, frozenset(cases) & _ALL_CASES or None, True
    return False, None, any("gent" in p.tag.grammemes for p in _parse(word))


def _given_in(token: str, hint: Hint) -> bool:
    """
    Whether *token* reads as a first name in a case of *hint*: a known name (table or dictionary).

    In the nominative only as written (``Айгуль``; not a surname that looks like
    an oblique form of a first name).
    """
    low = token.lower()
    for _, cases, nom, weight in _hyps(low, "given"):
        both = cases & hint[1]
        if weight >= _DICTIONARY and both and (both != {"nomn"} or nom == low):
            return True
    return False


# The last letters of a name that does not decline (``Бэнкси``, ``Шойгу``, ``Кусто``).
_INDECLINABLE_ENDS = frozenset("иуоэею")


# An honorific, in any case: only a person's name follows it.
_HONORIFIC_RE = cache.pattern(r"(?i)(?:господ(?:ин|ина|ину|ином|ине)|госпож(?:а|и|е|у|ой)|мистер(?:а|у|ом|е)?+)")


def _titled_surname(text: str, run: _Run) -> bool:
    """
    Whether one unknown word ending in a consonant (or a vowel of a name that does not decline) right after a
    person's title in the nominative is a surname: ``вице-премьер Сидорчук``, ``художник Бэнкси``. An animate
    noun in that form can only be a nominative, and a title is never followed by an organisation's name in the
    nominative. After an honorific any unknown word is one, in any case (``госпожи Фурнейрон``).
    """
    if len(run.tokens) != 1 or run.kinds[0] != "unknown" or len(run.tokens[0]) < 4:
        return False
    last = run.tokens[0][-1].lower()
    if not _CYRILLIC_RE.fullmatch(run.tokens[0]):
        return False
    honorific = _prev_word(text, run.start)
    if honorific is not None and _HONORIFIC_RE.fullmatch(honorific.text) is not None:
        return True  # "госпожи Фурнейрон", "господина Фурнейрона": an honorific is followed by a name, in any case
    if last not in _CONSONANTS and not (last in _INDECLINABLE_ENDS and _verb_after(text, run.end)[0]):
        # "художник Бэнкси сделал": a name that does not decline, as the subject of the verb after it (not the
        # place of "Аким Актобе – о тарифах", which does not decline either).
        return False
    m = _prev_word(text, run.start)
    if m is None:
        return False
    title, cases, _ = _title_word(m.text.lower().replace("ё", "е"))
    return title and cases is not None and "nomn" in cases


def _after_capital(text: str, run: _Run) -> bool:
    """
    Whether a capitalised word stands right before or after *run*: ``Радио Азиза`` (part of a name of a
    thing), ``Ивана И. Твердовского`` (part of a longer name); not a name in the other script before it, which
    ends a title phrase (``представитель компании Iran Air Нушабади``).
    """
    m = _prev_word(text, run.start)
    if (
        m is not None
        and m.text[:1].isupper()
        and _latin(m.text) == _latin(run.tokens[0])
        and not _titled_abbreviation(text, m)
    ):
        return True
    return _CAPITAL_NEXT_RE.match(text, run.end) is not None


# The most lower-case words of a title phrase between a noun for a person and an abbreviation that ends it.
_TITLED_ABBREVIATION_REACH = 3


def _titled_abbreviation(text: str, m: Word) -> bool:
    """
    Whether *m* is an abbreviation that ends the phrase of a noun for a person (``Студентка МГУ``, ``студентка
    третьего курса МГУ``): the first name after it stands alone.
    """
    if len(m.text) > _ABBREVIATION_LETTERS + 1 or sum(c.isupper() for c in m.text) < 2:
        return False  # "МГУ", "КазГУ": two capitals at least
    w = _prev_word(text, m.start)
    for _ in range(_TITLED_ABBREVIATION_REACH):
        if w is None:
            return False
        if _person_noun_cases(w.text) is not None:
            return True
        if not w.text.islower():
            return False
        w = _prev_word(text, w.start)
    return False


def _accept_in_context(run: _Run, hint: Hint, after_capital: bool = False, text: str = "") -> bool:
    """
    A pair of capitalised words the dictionary does not read as a name, which its context makes one.

    Right before a verb that agrees with one person (``Гела Хубуа заявил``) or
    after a person's title (``посол Гела Хубуа``), two or three such words are
    a name, and so is one word the dictionary knows as a surname or shaped like
    a patronymic (``Лукашевич предположил``), or a first name in the nominative
    (``Айгуль говорит``, ``пенсионерка Айгуль``).
    """
    names = [k for k in run.kinds if k not in ("init", "link")]
    if hint == NO_HINT or not all(_CYRILLIC_RE.fullmatch(t) for t in run.tokens):
        # Latin-script pairs are outlets and companies (``Financial Times рассказал``).
        return False
    if len(names) == 1 and len(run.tokens) == 1:
        token = run.tokens[0]
        lone_given = names[0] == "given" and not after_capital and not token.isupper() and _given_in(token, hint)
        return (
            _lone_surname(token, names[0], hint)
            or lone_given
            or _speaking_foreign_surname(text, run, hint)
            or _oblique_titled_surname(text, run, hint)
        )
    return 2 <= len(names) <= 3 and all(k in _CONTEXT_KINDS for k in names)


def _oblique_titled_surname(text: str, run: _Run, hint: Hint) -> bool:
    """
    Whether one word after a person's title in an oblique case is a surname in that case: one the dictionary
    knows as a surname in it (``министру обороны Шойгу``), or an unknown word of four letters or more ending in a
    vowel of a name that does not decline (``с президентом Филиппин Дутерте``).
    """
    cases = hint[1]
    if not cases or "nomn" in cases or _title_cases_before(text, run.start) is None:
        return False
    token, kind = run.tokens[0], run.kinds[0]
    low = token.lower()
    if kind == "dictsurname":
        # Not an adjective's shape, which an oblique case shares with a place's adjective ("выпускников
        # Буда-Кошелевского колледжа").
        return _ADJECTIVE_RE.search(low) is None and any(cases & known for _, known, _ in _known_surnames(low))
    # Not after a title in the genitive, whose complement a place in it is ("главы Гагаузии").
    return (
        kind == "unknown"
        and not cases & {"gent", "accs"}
        and len(token) >= 4
        and _CYRILLIC_RE.fullmatch(token) is not None
        and low.endswith(_FOREIGN_VOWEL_ENDINGS)
        and not low.endswith(("ии", "ия"))
    )



# Endings of foreign surnames that do not decline (``Лиухто``, ``Мутко``, ``Берлускони``).
_FOREIGN_VOWEL_ENDINGS = ("о", "и", "е", "у", "э", "ю")


def _speaking_foreign_surname(text: str, run: _Run, hint: Hint) -> bool:
    """
    Whether one word the dictionary does not know, ending in a vowel that does not decline or guessed to be a
    surname, is a surname: the subject of a speech verb right after it (``Лиухто считает, что …``, ``Мутко
    заявил``, ``Лихтман признаёт, что …``).
    """
    word = run.tokens[0]
    if hint[1] != {"nomn"} or run.kinds[0] != "unknown" or _thing_genitive_before(text, run.start):
        return False
    if _thing_after_title(text, run.start, word):
        return False  # "— заявила лидер Нацфронта": the title's own body in the genitive, the title the subject
    if _verb_of_quote_before(text, run.start, run.end)[0] and _OUTLET_NAME_RE.search(word) is None:
        return True  # "«…», — прокомментировал ситуацию Массух.": the quotation's verb has no other subject
    if _headline_topic_subject(text, run.start, run.end) and _OUTLET_NAME_RE.search(word) is None:
        return True  # "«…»: Будько о допинге": the one the headline quotes
    if _named_after_person_noun(text, run) and _OUTLET_NAME_RE.search(word) is None:
        return True  # "таксист Шаварш бросает баранку": a noun for a person, the name, its verb
    if not word.lower().endswith(_FOREIGN_VOWEL_ENDINGS) and not _guessed_surname(word):
        return False
    from ..lexicon.quotes import verb_forms

    nxt = _next_lower_word(text, run.end)
    return nxt is not None and nxt.text.lower().replace("ё", "е") in verb_forms()


def _thing_after_title(text: str, start: int, word: str) -> bool:
    """
    Whether *word*, at *start* right after a person's title, reads only as a noun for a thing in the genitive
    (``лидер Нацфронта``, ``глава Минфина``): what the title is of, not the holder's surname.
    """
    m = _prev_word(text, start)
    if m is None or text[m.end : start] != " " or not _title_word(m.text.lower())[0]:
        return False
    # The dictionary's guesses too: "нацфронта" is read by its known part.
    return _genitive_thing([p for p in parse(word.lower()) if p.tag.POS == "NOUN"])


def _thing_genitive_before(text: str, start: int) -> bool:
    """
    Whether the word right before *start* is a lower-case noun for a thing read only in the genitive (``комитета``):
    the capitalised word after it names what the noun is of (``глава комитета Совфеда``), not a person.
    """
    m = _prev_word(text, start)
    if m is None or not m.text.islower() or text[m.end : start].strip():
        return False
    return _genitive_thing([p for p in _parse(m.text.lower()) if p.tag.POS == "NOUN"])


def _genitive_thing(nouns: Sequence[Parse]) -> bool:
    """Whether the readings *nouns* of a word as a noun are all of a thing in the genitive (``комитета``)."""
    return bool(nouns) and all(p.tag.case == "gent" and "inan" in p.tag.grammemes for p in nouns)


# How far back a body in quotation marks between a noun for a person and a name may reach ("врач «Спартака» Лю").
_QUOTED_ORG_REACH = 40


def _named_after_person_noun(text: str, run: _Run) -> bool:
    """
    Whether one word the dictionary does not know stands between a noun for a person (no office, which governs
    the body it heads: ``Председатель Совфеда``; a body in quotation marks may stand between) and a finite verb
    agreeing with one person: ``сочинский таксист Шаварш бросает баранку`` names the driver; in a headline a topic
    may follow instead (``бывший врач «Спартака» Лю о травме``).
    """
    at = run.start
    lead = text[max(0, at - _QUOTED_ORG_REACH) : at].rstrip()
    if lead.endswith("»") and (opening := lead.rfind("«")) >= 0:
        at = max(0, at - _QUOTED_ORG_REACH) + opening  # "врач «Спартака» Лю": past the body in quotation marks
    before = _prev_word(text, at)
    if before is None or _person_noun_hint(text, at) is None:
        return False
    if at == run.start and any(fold(str(p.normal_form)) in titles() for p in parse(before.text.lower())[:1]):
        return False  # "Председатель Совфеда констатировала": an office governs the body it heads
    if _HEADLINE_TOPIC_RE.match(text, run.end, min(len(text), run.end + 8)) is not None:
        return text.rfind("\n", 0, run.start) < 0  # "бывший врач «Спартака» Лю о травме": a headline's topic
    nxt = _next_lower_word(text, run.end)
    return nxt is not None and text[run.end : nxt.start].isspace() and _verb_agreement(nxt.text)[0]


# Words that name outlets and agencies, not people ("Казинформ", "Интерфакс", "Медиапресс").
_OUTLET_NAME_RE = cache.pattern(r"(?i)(?:информ|факс|пресс|медиа|ньюс|инфо|тв|ру|кз)\Z|\A(?:ТАСС|РИА)")


def _guessed_surname(word: str) -> bool:
    """Whether the dictionary's guess for a word it does not know reads it first as a surname (``Лихтман``)."""
    first = parse(word.lower())[:1]
    return bool(first) and "Surn" in first[0].tag.grammemes and not {"Orgn", "Geox"} & first[0].tag.grammemes


def _lone_surname(word: str, kind: str, hint: Hint) -> bool:
    """
    Whether one word is a surname by its context: the subject of a verb, in the nominative.

    A surname the dictionary knows in this very form as a nominative
    (``Шушкевич заявил``), a nominative shaped like a patronymic, which never
    stands alone for a person (``Лукашевич предположил``), or an
    adjective-shaped nominative the dictionary lacks (``Зеленский заявил``).
    An oblique form is left out: the verb after it has another subject
    (``имени Дондурея получил режиссер``).
    """
    if "nomn" not in hint[1] or len(hint[1]) != 1:
        return False
    low = word.lower()
    if kind == "patronymic":
        return low.endswith("ич")
    if kind == "unknown":
        # An adjective-shaped nominative the dictionary lacks (``Зеленский заявил``, ``Тихоновецкая заявила``).
        return low.endswith(_ADJECTIVE_SURNAME_ENDINGS)
    return kind == "dictsurname" and any(nom == low and "nomn" in cases for _, cases, nom in _known_surnames(low))


_ADJECTIVE_SURNAME_ENDINGS = ("ский", "цкий", "ская", "цкая")


# A misspelt surname is matched to a known one only when both are this long.
_TYPO_MIN = 6


class _SurnameIndex:
    """
    The known surnames of an article, indexed as they grow: by every prefix (a surname of the same stem) and by
    every form with one letter deleted (a surname one letter off), so that a look-up reads a few entries.
    """

    def __init__(self, known: Iterable[str]) -> None:
        self._prefixes: set[str] = set()
        self._deletions: dict[str, set[str]] = {}
        self._keys: list[str] = []
        for k in known:
            self.add(k)

    def add(self, key: str) -> None:
        """Index one more surname (folded)."""
        self._keys.append(key)
        self._prefixes.update(key[:j] for j in range(len(key) + 1))
        if len(key) >= _TYPO_MIN:
            for form in (key, *(key[:i] + key[i + 1 :] for i in range(len(key)))):
                self._deletions.setdefault(form, set()).add(key)

    def shares_stem(self, key: str) -> bool:
        """Whether a known surname agrees with *key* but for its last two letters (``Зарипова`` after ``Зарипов``)."""
        stem = len(key) - 2
        if stem <= 0:
            return any(k[:stem] == key[:stem] for k in self._keys)
        return key[:stem] in self._prefixes

    def one_typo_away(self, word: str) -> str | None:
        """The known surname *word* misspells by one letter (added, dropped or changed), if exactly one."""
        if len(word) < _TYPO_MIN:
            return None
        candidates = set(self._deletions.get(word, ()))
        for i in range(len(word)):
            candidates.update(self._deletions.get(word[:i] + word[i + 1 :], ()))
        hits = [k for k in candidates if k != word and one_edit_apart(word, k)]
        return hits[0] if len(hits) == 1 else None


def _one_typo_away(word: str, known: Iterable[str]) -> str | None:
    """
    Return the known surname that *word* misspells by one letter (added, dropped or changed), if exactly one.

    The surnames are looked up in an index (:class:`_SurnameIndex`), so a word is compared with the few that can
    be one edit away, not with every name of the text.
    """
    return _surname_index(known if isinstance(known, frozenset) else frozenset(known)).one_typo_away(word)


@functools.lru_cache(maxsize=16)  # one article's names: reused within it, not kept across articles
def _surname_index(known: frozenset[str]) -> _SurnameIndex:
    """The index of a fixed set of known surnames (never added to)."""
    return _SurnameIndex(known)


# An adjective form (``Транскаспийский``, ``Казахстанской``) is a place or a
# thing, not a surname, when a lower-case noun or adjective follows it.
_ADJECTIVE_RE = cache.pattern(r"[сц]к(?:ий|ая|ое|ого|ой|ому|им|ом|ую|ие|их|ими)\Z", regex.V1)


def _adjective_before_noun(text: str, run: _Run) -> bool:
    """
    Is *run* a lone adjective-shaped word followed by a common noun or adjective (``Транскаспийский маршрут``),
    or a plural adjective followed by a plural noun it agrees with (``Вооружённых сил``, ``Многих участников``;
    ``Черных заявил`` stays a name)?
    """
    if len(run.tokens) != 1 or run.kinds[0] == "init":
        return False
    word = run.tokens[0].lower()
    nxt = spaced_word_after(text, run.end)
    if nxt is None or not _plain_word(text, nxt) or nxt.text in _PATRONYMIC_MARKERS | _PARTICLES:
        return False
    if nxt.text[:1].islower() and _ADJECTIVE_RE.search(word, max(0, len(word) - 5)) is not None:
        # A word the dictionary reads agrees in case with its noun: "Слуцкого пресс-служба" is a surname's owner. A
        # preposition is no noun, whatever letter it also names ("Жириновский о выборах", "Жириновский в интервью").
        cases = {p.tag.case for p in _parse(word)} or None
        parses = _parse(nxt.text)
        return not any(p.tag.POS in _FUNCTION_POS for p in parses) and any(
            p.tag.POS in ("NOUN", "ADJF") and (cases is None or p.tag.case in cases) for p in parses
        )
    if nxt.text[:1].islower() and _modifier_before(word, nxt.text.lower()):
        return True  # "главнокомандующий Объединённых вооружённых сил": a participle the dictionary knows
    # A capitalised noun too: "Вооружённых Сил", which the names stage reads as no name.
    return _agreeing_plural_noun(word, nxt.text)


# The parts of speech of a word that is never the noun an adjective goes with.
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})


def _modifier_before(word: str, nxt: str) -> bool:
    """
    Whether *word* reads only as an adjective or participle, no surname (``объединённых``, not ``черных``), and
    agrees with the modifier or noun *nxt* after it in case and number.
    """
    parses = _parse(word)
    if not parses or any(p.tag.POS not in ("ADJF", "PRTF") or "Surn" in p.tag for p in parses):
        return False
    forms = {(p.tag.case, p.tag.number) for p in parses}
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and (p.tag.case, p.tag.number) in forms for p in _parse(nxt))


def _join(tokens: Iterable[str]) -> str:
    return " ".join(tokens)


# Endings of names that do not decline (``Сильвио Берлускони``, ``Шевченко``, ``Черных``).
_INDECLINABLE_ENDINGS = (*_FOREIGN_VOWEL_ENDINGS, "ых", "их")


def _indeclinable_case(run: _Run, reading: _Reading, hint: Hint) -> _Reading:
    """
    The case of a name written as its nominative, from the title before it (``премьер-министра Сильвио
    Берлускони``: not the nominative): an indeclinable name takes the case of its context.
    """
    cases = hint[1]
    if cases == _ALL_CASES or reading.case in cases or tuple(reading.words) != run.tokens:
        return reading
    if not all(t.lower().endswith(_INDECLINABLE_ENDINGS) for t in run.tokens if not t.endswith(".")):
        return reading  # "заместитель губернатора Иван Сомов": a declinable name in the nominative
    return evolve(reading, case="gent" if "gent" in cases else min(cases))


def _mention(
    run: _Run,
    reading: _Reading,
    full: dict[str, str],
    known: frozenset[str] | None = None,
    *,
    context_gender: Gender | None = None,
    kin: _Kin | None = None,
) -> PersonMention:
    name = " ".join(reading.words)
    names = [k for k in run.kinds if k not in ("init", "link")]
    key = fold(reading.surname)
    gender = reading.gender
    if (
        len(run.tokens) > 1
        and _kind(run.tokens[0]) == "lexical"
        and (context_gender is None or reading.gender != context_gender)
    ):
        # The ending of a first name the dictionary knows as a word (``Ара``) says nothing of the gender; the
        # surname's does, unless the words around agree with the reading ("Фань Бинбин согласилась").
        gender = _normal(run.tokens[-1]).gender
    initials = [t[0] for t, k in zip(run.tokens, run.kinds, strict=True) if k == "init"]
    if len(names) == 1 and key not in full and not initials:
        # "Маргвелашивили заявил" after "Ираклий Маргвелашвили"; not "Зарипов" after "Эльмира Зарипова" (another
        # ending is another person or another case).
        typo = _one_typo_away(key, known if known is not None else full)
        key = typo if typo is not None and typo[-2:] == key[-2:] else key
    if len(names) == 1 and key in full and initials == [w[0] for w in full[key].split()[: len(initials)]]:
        # "Ле Пен выдвигала" after "Марин Ле Пен" and "Жан-Мари Ле Пен": the one of the verb's gender.
        name = (None if initials else _kin_named(kin, key, context_gender or gender)) or full[key]
        if gender is None and len(name.split()) > 1:
            # "Люнгман отметил" after "Йоста Люнгман": the verb's gender before the first name's ending.
            gender = context_gender or gender_of(name)
    return PersonMention(
        start=run.start, end=run.end, name=name, surname=reading.surname, gender=gender, case=reading.case
    )
