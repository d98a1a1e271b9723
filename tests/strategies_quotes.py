"""Hypothesis strategies for quotes: invented names in any case, speech verbs, Cyrillic content."""

from __future__ import annotations

from typing import Literal

from attrs import frozen
from hypothesis import strategies as st

Case = Literal["nomn", "gent", "datv", "ablt"]

# Invented people: (first name, surname, gender). Regular declension only, so the
# writer below can decline them without a dictionary.
PEOPLE: tuple[tuple[str, str, Literal["m", "f"]], ...] = (
    ("Сергей", "Волков", "m"),
    ("Андрей", "Морозов", "m"),
    ("Дмитрий", "Лебедев", "m"),
    ("Алексей", "Павлов", "m"),
    ("Ерлан", "Касымов", "m"),
    ("Нурлан", "Оспанов", "m"),
    ("Ольга", "Соколова", "f"),
    ("Елена", "Новикова", "f"),
    ("Ирина", "Козлова", "f"),
    ("Марина", "Орлова", "f"),
)

# Past-tense speech verbs, masculine and feminine.
VERBS: tuple[tuple[str, str, str], ...] = (
    ("заявил", "заявила", "заявить"),
    ("сказал", "сказала", "сказать"),
    ("отметил", "отметила", "отметить"),
    ("подчеркнул", "подчеркнула", "подчеркнуть"),
    ("сообщил", "сообщила", "сообщить"),
    ("добавил", "добавила", "добавить"),
)

# Lower-case content words: no names, no speech verbs, no "что".
CONTENT_WORDS = (
    "экономика",
    "растет",
    "быстро",
    "проект",
    "завершен",
    "срок",
    "порт",
    "принял",
    "новые",
    "грузы",
    "линии",
    "работают",
    "стабильно",
    "урожай",
    "будет",
    "высоким",
    "тарифы",
    "останутся",
    "прежними",
    "строительство",
    "дороги",
    "начнется",
    "весной",
    "цены",
    "снизятся",
    "осени",
    "завод",
    "выпустит",
    "больше",
    "продукции",
)


def _first(name: str, gender: str, case: Case) -> str:
    if gender == "f":
        stem = name[:-1]
        soft = stem[-1] in "гкхжшчщ"
        return {"nomn": name, "gent": stem + ("и" if soft else "ы"), "datv": stem + "е", "ablt": stem + "ой"}[case]
    if name.endswith("й"):
        stem = name[:-1]
        return {"nomn": name, "gent": stem + "я", "datv": stem + "ю", "ablt": stem + "ем"}[case]
    return {"nomn": name, "gent": name + "а", "datv": name + "у", "ablt": name + "ом"}[case]


def _surname(name: str, gender: str, case: Case) -> str:
    if gender == "f":
        stem = name[:-1]
        return {"nomn": name, "gent": stem + "ой", "datv": stem + "ой", "ablt": stem + "ой"}[case]
    return {"nomn": name, "gent": name + "а", "datv": name + "у", "ablt": name + "ым"}[case]


def decline(first: str, surname: str, gender: str, case: Case) -> str:
    """
    Write an invented full name in a case (an oracle independent of the library).

    >>> decline("Ольга", "Соколова", "f", "gent")
    'Ольги Соколовой'
    """
    return f"{_first(first, gender, case)} {_surname(surname, gender, case)}"


@frozen
class Sample:
    """A generated text with the quote it must yield."""

    text: str
    content: str
    speaker: str
    kind: str
    pattern: str


def _sentence(words: list[str]) -> str:
    s = " ".join(words)
    return s[:1].upper() + s[1:]


content_words = st.lists(st.sampled_from(CONTENT_WORDS), min_size=3, max_size=12)
people = st.sampled_from(PEOPLE)
verbs = st.sampled_from(VERBS)

PATTERNS = ("dash", "marks", "colon", "chto", "po-slovam", "ob-etom", "postposed", "pronoun", "title")


@st.composite
def attributed_quotes(draw: st.DrawFn, pattern: str | None = None) -> Sample:
    """Draw a name, a case, a verb, content and an attribution pattern; return the text and the answer."""
    first, sur, gender = draw(people)
    full = f"{first} {sur}"
    vm, vf, _ = draw(verbs)
    verb = vf if gender == "f" else vm
    words = draw(content_words)
    content = _sentence(words)
    low = " ".join(words)
    pat = pattern or draw(st.sampled_from(PATTERNS))
    intro_case: Case = draw(st.sampled_from(["datv", "datv"]))
    # A sentence that mentions the person in an oblique case first.
    intro = f"Журналисты встретились с {decline(first, sur, gender, 'ablt')} в столице."
    if pat == "dash":
        text = f"– {content}, – {verb} {full}."
        return Sample(text, content, full, "direct", pat)
    if pat == "marks":
        text = f"«{content}», – {verb} {full}."
        return Sample(text, content, full, "direct", pat)
    if pat == "colon":
        text = f"{full} {verb}: «{content}»."
        return Sample(text, content, full, "direct", pat)
    if pat == "chto":
        text = f"{full} {verb}, что {low}."
        return Sample(text, low, full, "indirect", pat)
    if pat == "po-slovam":
        text = f"По словам {decline(first, sur, gender, 'gent')}, {low}."
        return Sample(text, low, full, "indirect", pat)
    if pat == "ob-etom":
        text = f"{content}.\n\nОб этом {verb} директор завода {full}."
        return Sample(text, content, full, "indirect", pat)
    if pat == "postposed":
        text = f"{content}, {verb} {full}."
        return Sample(text, content, full, "indirect", pat)
    if pat == "pronoun":
        pron = "Она" if gender == "f" else "Он"
        other = decline(first, sur, gender, intro_case)
        text = f"{intro} Газеты много писали о визите к {other}.\n\n{pron} {verb}, что {low}."
        return Sample(text, low, full, "indirect", pat)
    title = "министр"
    text = f"Вчера {title} экономики {full} открыл завод.\n\n– {content}, – {verb} {title}."
    return Sample(text, content, full, "direct", pat)
