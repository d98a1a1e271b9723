"""
Person names: recognise them and put them in the nominative case.

(First version: returns names unchanged; the full normaliser replaces this.)
"""

from __future__ import annotations

__all__ = ["nominative"]


def nominative(name: str) -> str:
    """
    Return *name* (a personal name in any case) in the nominative.

    >>> nominative("Касым-Жомарт Токаев")
    'Касым-Жомарт Токаев'
    """
    return " ".join(name.split())


def looks_like_person(words: str) -> bool:
    """
    Say whether *words* (2-4 capitalised words or initials) read as a person's name.

    >>> looks_like_person("Анастасия Овчаренко")
    True
    >>> looks_like_person("Цифровой вектор")
    False
    """
    from ._morph import parse

    tokens = [t for t in words.replace(".", ". ").split() if t]
    if not 1 < len(tokens) <= 4:
        return False
    for tok in tokens:
        if len(tok) == 2 and tok.endswith(".") and tok[0].isupper():
            continue
        if not tok[:1].isupper():
            return False
        if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parse(tok.split("-")[0])):
            return True
        if tok.lower().endswith(("ов", "ев", "ин", "ова", "ева", "ина", "енко", "ский", "ская")):
            return True
    return False
