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

import functools
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

import regex
from attrs import frozen

from ..lexicon.morph import known_parses
from ..lexicon.names import CASES, endings_of, first_names, stopwords
from ..text.chars import fold, one_edit_apart

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

__all__ = ["PersonMention", "find_persons", "gender_of", "looks_like_person", "nominative"]

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
_PARTICLES = frozenset({"ибн", "бин", "бен", "фон", "ван", "дер", "де", "ди", "да", "дос", "ла", "ле", "аль", "эль"})

# --- tokens --------------------------------------------------------------
# One initial: a capital letter and a full stop (``А.``, ``И.Рустамов``).
_INITIAL = r"\p{Lu}\."
# A capitalised (or all-capital) word, hyphenated parts allowed
# (``Касым-Жомарт``, ``Римский-Корсаков``), apostrophes inside (``Д'Артаньян``).
_WORD = r"\p{Lu}[\p{L}'’]{0,40}+(?:-\p{Lu}[\p{L}'’]{0,40}+){0,3}+"
# Lower-case words that may stand inside a name (patronymic markers, particles).
_LINK = r"(?:" + "|".join(sorted(_PATRONYMIC_MARKERS | _PARTICLES, key=len, reverse=True)) + r")"
# A capitalised token: an initial or a word. Lower-case name links are only
# looked for right after such a token (see ``_LINK_AFTER_RE``), so plain
# lower-case prose is skipped at the speed of one character-class test.
_TOKEN_RE = regex.compile(
    rf"(?P<init>{_INITIAL})|(?P<word>(?<![\p{{L}}\p{{N}}-]){_WORD}(?![\p{{L}}\p{{N}}]))",
    regex.V1,
)
# A link word right after a token: one to three spaces, or nothing after an
# initial's full stop (``Ильхам Гейдар оглу``, ``А.ибн``).
_LINK_AFTER_RE = regex.compile(rf"[^\S\r\n]{{0,3}}+(?<!\p{{L}})(?P<link>{_LINK})(?!\p{{L}})", regex.V1)
# Between two words of one name: spaces (any Unicode space, no line break);
# after an initial also nothing at all (``И.Рустамов``).
_GAP_RE = regex.compile(r"[^\S\r\n]{1,3}+")
_WS_RE = regex.compile(r"\s++")
_NAME_TOKEN_RE = regex.compile(rf"{_INITIAL}|[^\s.]++", regex.V1)
# The patronymic shape of a middle word (``Сергеевича``, ``Ивановной``).
_PATRONYMIC_RE = regex.compile(r"(?:[ое]вич|[ое]вн|ичн|инич)\p{Ll}{0,3}+", regex.V1 | regex.IGNORECASE)
# A longer run of capitalised words is a list or a headline, not a name:
# cutting runs here also keeps the search linear on hostile input.
_MAX_RUN = 8
# Words before a name that make it part of a place or an institution
# (``на проспекте Абая``, ``университет имени Назарбаева``), not a mention of
# the person. Matched on the text just before a run, so bounded.
_PLACE_BEFORE_RE = regex.compile(
    r"(?i)(?<!\p{L})(?:имени|им\.|ул\.|пр\.|пр-т|улиц\p{L}{0,2}|проспект\p{L}{0,2}|бульвар\p{L}{0,2}"
    r"|площад\p{L}{0,2}|переул\p{L}{0,3}|шоссе|набережн\p{L}{0,3}|памятник\p{L}{0,3})[^\S\r\n]{0,3}+$"
)
# Token kinds after which an ordinary word may be a surname (``Игорь Ковальский``).
_BEFORE_SURNAME = frozenset({"given", "weakgiven", "patronymic", "init"})
# Quotation marks before a word: names of organisations and ships, not people.
_OPEN_QUOTES = frozenset("«\"„“'")


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


_CYRILLIC_RE = regex.compile(r"[\p{Cyrillic}-]{1,60}+")


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


@functools.lru_cache(maxsize=100_000)
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


@functools.lru_cache(maxsize=100_000)
def _known_surnames(word: str) -> tuple[tuple[Gender | None, frozenset[str], str], ...]:
    """Dictionary readings of *word* (lower case) as a surname: (gender, cases, nominative)."""
    out = []
    for p in _parse(word):
        tag = p.tag
        if "Surn" not in tag.grammemes or "plur" in tag.grammemes:
            continue
        gender: Gender | None = "m" if "masc" in tag.grammemes else "f" if "femn" in tag.grammemes else None
        cases = _ALL_CASES if "Fixd" in tag.grammemes else frozenset({str(tag.case)})
        nom = p.inflect({"nomn"})
        out.append((gender, cases, str(nom.word) if nom is not None else str(p.normal_form)))
    return tuple(out)


def _is_known_name(nom: str, gender: Gender | None) -> bool:
    """Is *nom* (lower case) a first name of *gender* in the table or the dictionary?"""
    table = first_names().get(nom)
    if table is not None:
        return gender is None or table == gender
    return any("nomn" in c for g, c, n, _ in _known_names(nom) if n == nom and (gender is None or g == gender))


@functools.lru_cache(maxsize=200_000)
def _hyps(word: str, role: str) -> tuple[_Hyp, ...]:
    """
    Every reading of one word (lower case, no hyphen) in a name slot.

    *role* is ``given``, ``patronymic``, ``surname``, or ``prefix`` (a
    non-final part of a hyphenated first name, which may stay as written).
    """
    out: list[_Hyp] = []
    rule_role = "given" if role == "prefix" else role
    matched = [e for e in endings_of(word, rule_role) if _after_ok(word[: len(word) - len(e.ending)], e.after)]
    if rule_role == "surname" and any(e.shape for e in matched):
        matched = [e for e in matched if e.shape or e.weight > 1]
    for e in matched:
        nom = word[: len(word) - len(e.ending)] + e.nominative
        gender = e.gender
        weight = e.weight
        if rule_role == "given":
            table = first_names().get(nom)
            if table is not None and gender in (None, table):
                gender, weight = table, _KNOWN
            elif table is None and _is_known_name(nom, gender):
                weight = _DICTIONARY
                if gender is None:
                    known_genders = {g for g, c, n, _ in _known_names(nom) if n == nom and "nomn" in c}
                    gender = known_genders.pop() if len(known_genders) == 1 else None
        out.append((gender, e.cases, nom, weight))
    if rule_role == "given":
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
        for gender, cases, nom, score in readings:
            table_gender = first_names().get(nom)
            if table_gender is None or table_gender == gender:
                # ``Анне`` is the dative of Анна far more often than the name Анне.
                penalty = _RARE_FIXED if declines and cases == _ALL_CASES else 0.0
                out.append((gender, cases, nom, _DICTIONARY + score / 2 - penalty))
    elif rule_role == "surname":
        for gender, cases, nom in _known_surnames(word):
            out.append((gender, cases, nom, 2.5))
    if role == "prefix":
        out.append((None, _ALL_CASES, word, 1.0))
    return tuple(out)


def _restyle(surface: str, nom: str) -> str:
    """Give the lower-case nominative *nom* the letter case of *surface*."""
    n = 0
    low = surface.lower()
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


_NAME_WORD_RE = regex.compile(r"[\p{L}'’-]++")


def _roles(tokens: Sequence[str]) -> list[str]:
    """Assign each token a slot: initial, fixed, given, patronymic or surname."""
    roles = []
    for i, t in enumerate(tokens):
        if t.endswith(".") or not t[:1].isupper() or not _NAME_WORD_RE.fullmatch(t):
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
        if not (single_given and _given_score(tokens[last]) >= _DICTIONARY and not _surname_shaped(tokens[last])):
            roles[last] = "surname"
        for i in words[1:-1]:
            if _PATRONYMIC_RE.fullmatch(tokens[i][-9:]) or _PATRONYMIC_RE.search(tokens[i].lower()[-8:]):
                roles[i] = "patronymic"
    return roles


@functools.lru_cache(maxsize=50_000)
def _read(tokens: tuple[str, ...], known: frozenset[str] = frozenset()) -> _Reading:
    """Read a tokenised name as one person: pick the gender and case that explain it best."""
    roles = _roles(tokens)
    # slots: (token index, part index, part, role)
    slots: list[tuple[int, int, str, str]] = []
    for i, (tok, role) in enumerate(zip(tokens, roles, strict=True)):
        if role == "fixed":
            continue
        parts = tok.split("-")
        for j, part in enumerate(parts):
            r = role
            if role == "given" and j < len(parts) - 1:
                r = "prefix"
            slots.append((i, j, part, r))
    slot_hyps = [_hyps(part.lower(), r) for _, _, part, r in slots]
    surname_slots = {k for k, s in enumerate(slots) if s[3] == "surname"}
    # The best reading of each slot for every (gender, case) it has one for:
    # the first of the heaviest, as hypotheses come in order; a reading must
    # beat ``_UNEXPLAINED`` (the slot then stays as written).
    slot_best: list[dict[tuple[str, str], tuple[float, str]]] = []
    for k, hyps in enumerate(slot_hyps):
        tops: dict[tuple[str, str], tuple[float, str]] = {}
        for g, cases, nom, weight in hyps:
            w = weight + (1.0 if k in surname_slots and nom in known else 0.0)
            for hg in _GENDERS if g is None else (g,):
                for c in cases:
                    if w > tops.get((hg, c), _NO_READING)[0]:
                        tops[hg, c] = (w, nom)
        slot_best.append(tops)
    as_written = [part.lower() for _, _, part, _ in slots]
    unexplained = [
        _UNEXPLAINED_SURNAME if k in surname_slots and slot_best[k] else _UNEXPLAINED for k in range(len(slots))
    ]
    best: tuple[float, int, int, Gender | None, str | None, list[str]] | None = None
    totals: dict[tuple[str, str], float] = {}
    for gender in _GENDERS:
        for ci, case in enumerate(CASES):
            total = 0.0
            choice: list[str] = []
            for k, tops in enumerate(slot_best):
                top, pick = tops.get((gender, case), (unexplained[k], as_written[k]))
                total += top
                choice.append(pick)
            totals[gender, case] = total
            unchanged = int(choice == as_written)
            key = (total, unchanged, -ci)
            if best is None or key > best[:3]:
                best = (total, unchanged, -ci, gender, case, choice)
    out = list(tokens)
    gender_out: Gender | None = None
    case_out: str | None = None
    if best is not None:
        total, _, _, gender_out, case_out, choice = best
        parts_by_token: dict[int, list[str]] = {}
        for (i, j, part, _), nom in zip(slots, choice, strict=True):
            parts_by_token.setdefault(i, tokens[i].split("-"))[j] = _restyle(part, nom)
        for i, parts in parts_by_token.items():
            out[i] = "-".join(parts)
        if slot_hyps:
            gender_out, case_out = _agreement(totals, gender_out, case_out, total)
        else:
            gender_out, case_out = None, None
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


def _normal(name: str, known: frozenset[str] = frozenset()) -> _Reading:
    """Read *name* to a fixed point, so that reading the result again changes nothing."""
    tokens = _name_tokens(name)
    if not tokens or len(tokens) > 8:
        return _Reading(words=tokens, surname=tokens[-1] if tokens else "", gender=None, case=None)
    return _normal_tokens(tokens, _relevant(tokens, known) if known else known)


@functools.lru_cache(maxsize=50_000)
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


@functools.lru_cache(maxsize=50_000)
def _surname_noms(tokens: tuple[str, ...]) -> frozenset[str]:
    """Every nominative a word of *tokens* may stand for as a surname, and the words themselves (lower case)."""
    noms = {part.lower() for tok in tokens for part in tok.split("-")}
    for tok in tokens:
        for part in tok.split("-"):
            noms.update(h[2] for h in _hyps(part.lower(), "surname"))
    return frozenset(noms)


@functools.lru_cache(maxsize=50_000)
def _normal_tokens(tokens: tuple[str, ...], known: frozenset[str]) -> _Reading:
    first = reading = _read(tokens, known)
    previous = tokens
    for _ in range(4):
        if reading.words == previous:
            return _Reading(words=reading.words, surname=reading.surname, gender=first.gender, case=first.case)
        previous = reading.words
        reading = _read(reading.words, known)
    return _Reading(words=tokens, surname=tokens[-1], gender=None, case=None)


def nominative(name: str) -> str:
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

    .. versionadded:: 0.1.0
    """
    try:
        return " ".join(_normal(name).words)
    except Exception:  # pragma: no cover - a last guard: never raise on odd input
        return _WS_RE.sub(" ", name).strip()


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
        return _normal(name).gender
    except Exception:  # pragma: no cover - a last guard: never raise on odd input
        return None


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


@functools.lru_cache(maxsize=200_000)
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
        # ``Токаев`` is also the genitive plural of a rare noun: ignore plurals.
        parses = [p for p in parses if "plur" not in p.tag.grammemes]
    name_score = sum(p.score for p in parses if {"Name", "Surn", "Patr"} & p.tag.grammemes)
    other_score = sum(p.score for p in parses if not {"Name", "Surn", "Patr"} & p.tag.grammemes)
    given = last in first_names() or any(w >= _DICTIONARY for *_, w in _hyps(last, "given"))
    if any("Patr" in p.tag.grammemes for p in parses) or (
        len(last) > 6 and _PATRONYMIC_RE.search(last[-8:]) and not parses
    ):
        return "patronymic"
    in_dictionary = any("Surn" in p.tag.grammemes for p in parses)
    if parses and other_score > name_score:
        if given or in_dictionary:
            return "weakgiven" if given else "weaksurname"
        if any({"Geox", "Orgn", "Abbr", "Trad"} & p.tag.grammemes for p in parses):
            return "common"
        return "lexical"
    if given and last in first_names():
        return "given"
    if _surname_shaped(word) and len(low) >= 4:
        return "surname"
    if given:
        return "given"
    if in_dictionary:
        return "dictsurname"
    if not parses:
        return "unknown"
    return "lexical"


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


@functools.lru_cache(maxsize=200_000)
def _kind(word: str) -> str:
    """
    The kind of a capitalised word as written in the text (cached).

    Its :func:`_info`, except that an unknown word in capitals is an
    abbreviation (``ЕАЭС``) and ``common``.
    """
    kind = _info(_title(word))
    if kind == "unknown" and len(word) > 1 and word.isupper():
        return "common"
    return kind


def _runs(text: str, start: int, end: int) -> list[_Run]:
    """
    Group adjacent name-like tokens of text[start:end] into runs.

    Capitalised words and initials come from one ``finditer``; a lower-case
    link word is only a token right after one of them (elsewhere it could
    never join a run), and is not looked for after a word that ends the run
    anyway (a ``common`` word, or a ``lexical`` one with no run open).
    """
    runs: list[_Run] = []
    cur: list[tuple[int, int, str, str]] = []

    def flush() -> None:
        while cur and cur[-1][3] == "link" and cur[-1][2].lower() not in _PATRONYMIC_MARKERS:
            cur.pop()
        while cur and cur[0][3] == "link":
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
            kind = "weaksurname" if joined and cur[-1][3] in _BEFORE_SURNAME else "common"
        if cur and (not joined or kind == "common" or len(cur) >= _MAX_RUN):
            flush()
        if kind == "common":
            return
        if kind == "link" and not cur:
            return
        if not cur and s > 0 and (text[s - 1] in _OPEN_QUOTES or _PLACE_BEFORE_RE.search(text, max(0, s - 16), s)):
            return
        cur.append((s, e, surface, kind))

    for m in _TOKEN_RE.finditer(text, start, end):
        word = m[0]
        # Only an initial ends in a full stop.
        kind = "init" if word[-1] == "." else _kind(word)
        if kind == "common" or (kind == "lexical" and not cur):
            # The word is dropped and closes any open run; links after it could not join one.
            if cur:
                flush()
            continue
        s, e = m.span()
        add(s, e, word, kind)
        while (link := _LINK_AFTER_RE.match(text, e, end)) is not None:
            s, e = link.span("link")
            add(s, e, link["link"], "link")
    flush()
    return runs


_STRONG = frozenset({"given", "surname", "dictsurname", "patronymic"})


def _split(run: _Run) -> list[_Run]:
    """Split a run holding two names (``Токаев Ильхам Алиев``, ``Петров А. Иванов``)."""
    if len(run.tokens) == 1:
        return [run]
    pieces: list[_Run] = []
    idx = list(range(len(run.tokens)))
    start = 0
    for i in idx[1:]:
        prev, kind = run.kinds[i - 1], run.kinds[i]
        names_before = sum(1 for k in run.kinds[start:i] if k not in ("init", "link"))
        if (
            (prev in ("surname", "dictsurname", "weaksurname") and kind in ("given", "init") and names_before >= 2)
            or (kind == "init" and prev not in ("init",))
            or _leading_word(run, start, i)
        ):
            pieces.append(_sub(run, start, i))
            start = i
    pieces.append(_sub(run, start, len(run.tokens)))
    return [p for p in pieces if p.tokens]


def _leading_word(run: _Run, start: int, i: int) -> bool:
    """
    Whether a first name at *i* with a surname after it starts a new name.

    The words before it are a title or an organisation that reads as no part
    of a name (``Компания Сункар Айгерим Ким``, ``Алтай Наталья Серова``): a
    name has one first name, so the run splits before it.
    """
    if run.kinds[i] != "given" or i + 1 >= len(run.kinds) or run.kinds[i + 1] not in _SURNAME_KINDS:
        return False
    before = run.kinds[start:i]
    if all(k == "unknown" for k in before):
        return True
    # Two first names of different genders cannot open one name (``Алтай Наталья``).
    own = _given_genders(run.tokens[i].lower())
    return all(k == "given" for k in before) and all(
        own.isdisjoint(_given_genders(w.lower())) for w in run.tokens[start:i]
    )


_SURNAME_KINDS = frozenset({"surname", "dictsurname", "weaksurname", "unknown", "given"})


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
    runs = [piece for run in _runs(text, start, stop) for piece in _split(run)]

    full: dict[str, str] = {}
    for item in known_surnames:
        words = item.split()
        if words:
            full.setdefault(fold(words[-1]), item if len(words) > 1 else words[-1])
    accepted: list[tuple[_Run, _Reading]] = []
    pending: list[_Run] = []
    initialled: list[_Run] = []
    for run in runs:
        if not _accept(run.kinds) or _adjective_before_noun(text, run):
            pending.append(run)
            continue
        reading = _normal(_join(run.tokens))
        accepted.append((run, reading))
        if sum(1 for k in run.kinds if k not in ("init", "link")) > 1:
            full.setdefault(fold(reading.surname), " ".join(reading.words))
        elif "init" in run.kinds:
            initialled.append(run)
    # ``А. Жумабаева`` is read against the full names first (``Арман Жумабаев``),
    # and only then stands for its surname itself.
    for run in initialled:
        reading = _normal(_join(run.tokens), frozenset(full))
        full.setdefault(fold(reading.surname), " ".join(reading.words))
    known = frozenset(full)
    result: list[PersonMention] = []
    for run, reading in accepted:
        names = [k for k in run.kinds if k not in ("init", "link")]
        if len(names) == 1:
            reading = _normal(_join(run.tokens), known)
        result.append(_mention(run, reading, full))
    for run in pending:
        names = [k for k in run.kinds if k not in ("init", "link")]
        if len(names) != 1 or len(run.tokens) != 1 or not known:
            continue
        reading = _normal(run.tokens[0], known)
        if _adjective_before_noun(text, run):
            continue
        if fold(reading.surname) in known:
            result.append(_mention(run, reading, full))
        elif run.kinds[0] == "unknown" and (near := _one_typo_away(fold(run.tokens[0]), known)) is not None:
            # ``Маргвелашивили`` for ``Маргвелашвили``: a misspelt surname the text names in full elsewhere.
            surname = full[near].split()[-1]
            reading = _Reading(words=(surname,), surname=surname, gender=None, case=None)
            result.append(_mention(run, reading, full))
    result.sort(key=lambda m: (m.start, m.end))
    return tuple(result)


# A misspelt surname is matched to a known one only when both are this long.
_TYPO_MIN = 6


def _one_typo_away(word: str, known: Iterable[str]) -> str | None:
    """Return the known surname that *word* misspells by one letter (added, dropped or changed), if exactly one."""
    if len(word) < _TYPO_MIN:
        return None
    hits = [k for k in known if len(k) >= _TYPO_MIN and k != word and one_edit_apart(word, k)]
    return hits[0] if len(hits) == 1 else None


# An adjective form (``Транскаспийский``, ``Казахстанской``) is a place or a
# thing, not a surname, when a lower-case noun or adjective follows it.
_ADJECTIVE_RE = regex.compile(r"[сц]к(?:ий|ая|ое|ого|ой|ому|им|ом|ую|ие|их|ими)\Z", regex.V1)
_NEXT_LOWER_RE = regex.compile(r"[^\S\r\n]{1,3}+(\p{Ll}[\p{Ll}-]{0,40}+)(?![\p{L}\p{N}])", regex.V1)


def _adjective_before_noun(text: str, run: _Run) -> bool:
    """Is *run* a lone adjective-shaped word followed by a common noun or adjective (``Транскаспийский маршрут``)?"""
    if len(run.tokens) != 1 or run.kinds[0] == "init":
        return False
    word = run.tokens[0].lower()
    if _ADJECTIVE_RE.search(word, max(0, len(word) - 5)) is None:
        return False
    nxt = _NEXT_LOWER_RE.match(text, run.end)
    if nxt is None or nxt[1] in _PATRONYMIC_MARKERS | _PARTICLES:
        return False
    return any(p.tag.POS in ("NOUN", "ADJF") for p in _parse(nxt[1]))


def _join(tokens: Iterable[str]) -> str:
    return " ".join(tokens)


def _mention(run: _Run, reading: _Reading, full: dict[str, str]) -> PersonMention:
    name = " ".join(reading.words)
    names = [k for k in run.kinds if k not in ("init", "link")]
    key = fold(reading.surname)
    gender = reading.gender
    initials = [t[0] for t, k in zip(run.tokens, run.kinds, strict=True) if k == "init"]
    if len(names) == 1 and key in full and initials == [w[0] for w in full[key].split()[: len(initials)]]:
        name = full[key]
        if gender is None and len(name.split()) > 1:
            gender = _normal(name).gender
    return PersonMention(
        start=run.start, end=run.end, name=name, surname=reading.surname, gender=gender, case=reading.case
    )
