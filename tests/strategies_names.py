"""
Hypothesis strategies for person names: names declined into a case, with the answer.

The decliner here is independent of :mod:`kzaz_corpus.stages.names`: dictionary
first names are declined by pymorphy3's ``inflect``, table first names and
surnames by the textbook paradigms written out below.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from hypothesis import strategies as st

Gender = Literal["m", "f"]
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# Russian first names the dictionary knows (declined by pymorphy3). Names whose
# forms are shared by two names (Юлию: Юлий or Юлия) are left out: they are
# ambiguous without context.
DICTIONARY_MEN = ("Сергей", "Иван", "Алексей", "Дмитрий", "Андрей", "Николай", "Олег", "Павел", "Михаил", "Юрий")
DICTIONARY_WOMEN = ("Анна", "Мария", "Ольга", "Елена", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина")
# Central Asian and Caucasian first names (declined by the paradigms below).
TABLE_MEN = ("Ербол", "Нурлан", "Асхат", "Жандос", "Серик", "Алибек", "Талгат", "Бахром", "Вугар", "Исмет")
TABLE_WOMEN = ("Гульнара", "Динара", "Мадина", "Зарина", "Дилноза", "Майра")
# Surname stems; the endings come from the paradigm.
STEMS = ("Жанас", "Сапар", "Бекен", "Кулмаган", "Нурпеис", "Тасмаган", "Смирн", "Абдуллаж", "Курманбек", "Исмаил")
SUFFIXES = ("ов", "ев", "ин")

# Textbook endings of -ов/-ев/-ин surnames, by gender and case.
SURNAME_ENDINGS: dict[Gender, dict[str, str]] = {
    "m": {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"},
    "f": {"nomn": "а", "gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"},
}
# A man's first name ending in a hard consonant, and a woman's ending in -а.
MAN_ENDINGS = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
WOMAN_ENDINGS = {"nomn": "а", "gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}


class DeclinedName(NamedTuple):
    """A name as written in some case, and what it is in the nominative."""

    text: str
    nominative: str
    gender: Gender
    case: str
    cases: frozenset[str]  # every case in which the name is written the same


def decline_first(name: str, gender: Gender, case: str) -> str:
    """Decline a first name: pymorphy3 for dictionary names, the paradigm for the others."""
    if name in DICTIONARY_MEN or name in DICTIONARY_WOMEN:
        from kzaz_corpus.lexicon.morph import parse

        for p in parse(name):
            if "Name" in p.tag.grammemes and p.tag.case == "nomn":
                form = p.inflect({case})
                assert form is not None
                return name[0] + str(form.word)[1:]
        raise AssertionError(name)
    if gender == "m":
        return name + MAN_ENDINGS[case]
    return name[:-1] + WOMAN_ENDINGS[case]


def decline_surname(stem: str, suffix: str, gender: Gender, case: str) -> str:
    """Decline a -ов/-ев/-ин surname by the textbook paradigm."""
    return stem + suffix + SURNAME_ENDINGS[gender][case]


@st.composite
def declined_names(draw: st.DrawFn) -> DeclinedName:
    """Draw a first name and a surname of one gender, declined into one case."""
    gender: Gender = draw(st.sampled_from(("m", "f")))
    pool = DICTIONARY_MEN + TABLE_MEN if gender == "m" else DICTIONARY_WOMEN + TABLE_WOMEN
    first = draw(st.sampled_from(pool))
    stem = draw(st.sampled_from(STEMS))
    suffix = draw(st.sampled_from(SUFFIXES))
    case = draw(st.sampled_from(CASES))

    def write(c: str) -> str:
        return f"{decline_first(first, gender, c)} {decline_surname(stem, suffix, gender, c)}"

    text = write(case)
    same = frozenset(c for c in CASES if write(c) == text)
    return DeclinedName(text=text, nominative=write("nomn"), gender=gender, case=case, cases=same)


# Contexts that govern each case: "{}" is where the name goes.
CONTEXTS = {
    "nomn": "Как заявил {}, работа продолжится.",
    "gent": "По словам {}, работа продолжится.",
    "datv": "Слово предоставили {} на встрече.",
    "accs": "Журналисты спросили {} о планах.",
    "ablt": "Встреча с {} прошла в столице.",
    "loct": "Говорили о {} весь вечер.",
}


@st.composite
def sentences_with_names(draw: st.DrawFn) -> tuple[str, DeclinedName]:
    """Draw a sentence that mentions one person in the case its context governs."""
    name = draw(declined_names())
    return CONTEXTS[name.case].format(name.text), name


# --- names of many paradigms -------------------------------------------------
# Each paradigm: first names by gender and how they decline, surname stems and
# the surname endings per gender and case. The names are invented; the endings
# are the textbook ones, written out here independently of name_endings.tsv.

Endings = dict[str, str]
_FIXED: Endings = dict.fromkeys(CASES, "")
_FEMININE_NOUN: dict[str, Endings] = {
    # -ия: Нодия, Нодии, Нодии, Нодию, Нодией, Нодии
    "ия": {"nomn": "ия", "gent": "ии", "datv": "ии", "accs": "ию", "ablt": "ией", "loct": "ии"},
    # -ава: Турнава, Турнавы, Турнаве, Турнаву, Турнавой, Турнаве
    "ава": {"nomn": "ава", "gent": "авы", "datv": "аве", "accs": "аву", "ablt": "авой", "loct": "аве"},
}
_CONSONANT_MAN: Endings = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_ADJECTIVE: dict[Gender, Endings] = {
    "m": {"nomn": "ой", "gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым", "loct": "ом"},
    "f": {"nomn": "ая", "gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"},
}
_KAZAKH_AI: Endings = {"nomn": "ай", "gent": "ая", "datv": "аю", "accs": "ая", "ablt": "аем", "loct": "ае"}


class Paradigm(NamedTuple):
    """First names of each gender (how they decline), surname stems and surname endings per gender."""

    name: str
    men: tuple[str, ...]
    women: tuple[str, ...]
    stems: tuple[str, ...]
    surname: dict[Gender, Endings]
    suffix: dict[Gender, str]


PARADIGMS = (
    Paradigm(
        "georgian-ia",
        ("Гиорги", "Зураб", "Леван"),
        ("Нино", "Натия"),
        ("Квашил", "Мебур", "Цоцхал"),
        {"m": _FEMININE_NOUN["ия"], "f": _FEMININE_NOUN["ия"]},
        {"m": "", "f": ""},
    ),
    Paradigm(
        "georgian-ava",
        ("Гиорги", "Зураб", "Леван"),
        ("Нино", "Натия"),
        ("Кварцх", "Чачиб", "Гогоб"),
        {"m": _FEMININE_NOUN["ава"], "f": _FEMININE_NOUN["ава"]},
        {"m": "", "f": ""},
    ),
    Paradigm(
        "georgian-shvili",
        ("Зураб", "Леван"),
        ("Нино", "Тамар"),
        ("Квертхе", "Мгелад", "Бердзен"),
        {"m": _FIXED, "f": _FIXED},
        {"m": "швили", "f": "швили"},
    ),
    Paradigm(
        "armenian-yan",
        ("Ашот", "Тигран", "Левон"),
        ("Анаит", "Лусине"),
        ("Мкрт", "Сарк", "Ованнис"),
        {"m": _CONSONANT_MAN, "f": _FIXED},
        {"m": "ян", "f": "ян"},
    ),
    Paradigm(
        "kazakh-uly",
        ("Ербол", "Нурлан", "Жандос"),
        (),
        ("Серик", "Бекен", "Талгат"),
        {"m": _FIXED, "f": _FIXED},
        {"m": "улы", "f": "улы"},
    ),
    Paradigm(
        "kazakh-ai",
        ("Ербол", "Нурлан", "Асхат"),
        (),
        ("Килыб", "Жолыб", "Сарыб"),
        {"m": _KAZAKH_AI, "f": _FIXED},
        {"m": "", "f": ""},
    ),
    Paradigm(
        "baltic-is",
        ("Андриус", "Витаутас", "Гитанас"),
        ("Ингрида",),
        ("Жемайт", "Банайт", "Раудон"),
        {"m": _CONSONANT_MAN, "f": _FIXED},
        {"m": "ис", "f": "ите"},
    ),
    Paradigm(
        "slavic-adjectival",
        ("Андрей", "Олег", "Павел"),
        ("Анна", "Ольга"),
        ("Крут", "Бурн", "Стрельч"),
        _ADJECTIVE,
        {"m": "", "f": ""},
    ),
    Paradigm(
        "slavic-enko",
        ("Сергей", "Олег"),
        ("Ольга", "Ирина"),
        ("Бондар", "Кравч", "Лысен"),
        {"m": _FIXED, "f": _FIXED},
        {"m": "енко", "f": "енко"},
    ),
)


def decline_paradigm_first(name: str, gender: Gender, case: str) -> str:
    """Decline a first name of any paradigm: dictionary and -а/-я names decline, vowel-final others do not."""
    if name in DICTIONARY_MEN or name in DICTIONARY_WOMEN:
        return decline_first(name, gender, case)
    if name[-1] in "оиеу" or (gender == "f" and name[-1] not in "ая"):
        return name  # Нино, Гиорги, Лусине; a woman's consonant-final name (Анаит, Тамар)
    if name.endswith("ия"):
        return name[:-2] + _FEMININE_NOUN["ия"][case]
    if gender == "f":
        return name[:-1] + WOMAN_ENDINGS[case]
    return name + MAN_ENDINGS[case]


@st.composite
def paradigm_names(draw: st.DrawFn) -> tuple[str, DeclinedName]:
    """Draw a name of some paradigm in some case: (paradigm name, the declined name with its nominative)."""
    paradigm = draw(st.sampled_from(PARADIGMS))
    genders: list[Gender] = ["m", "f"] if paradigm.women else ["m"]
    gender: Gender = draw(st.sampled_from(genders))
    first = draw(st.sampled_from(paradigm.men if gender == "m" else paradigm.women))
    stem = draw(st.sampled_from(paradigm.stems))
    case = draw(st.sampled_from(CASES))

    def write(c: str) -> str:
        surname = stem + paradigm.suffix[gender] + paradigm.surname[gender][c]
        return f"{decline_paradigm_first(first, gender, c)} {surname}"

    text = write(case)
    same = frozenset(c for c in CASES if write(c) == text)
    return paradigm.name, DeclinedName(text=text, nominative=write("nomn"), gender=gender, case=case, cases=same)
