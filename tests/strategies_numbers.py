"""Hypothesis strategies for Russian numbers, written independently of the library's tables."""

from __future__ import annotations

from hypothesis import strategies as st

# Genitive forms, written out here (not read from the library's data) so they
# can serve as an oracle for oblique cases: "двух тысяч", "одного миллиона".
_GEN_UNITS = ["", "одного", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти"]
_GEN_UNITS_FEM = ["", "одной", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти"]
_GEN_TEENS = [
    "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
    "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати",
]  # fmt: skip
_GEN_TENS = ["", "", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти",
             "восьмидесяти", "девяноста"]  # fmt: skip
_GEN_HUNDREDS = ["", "ста", "двухсот", "трёхсот", "четырёхсот", "пятисот", "шестисот", "семисот",
                 "восьмисот", "девятисот"]  # fmt: skip
# Scale words in the genitive: singular after a group ending in 1, plural otherwise.
_GEN_SCALES = [("тысячи", "тысяч"), ("миллиона", "миллионов"), ("миллиарда", "миллиардов")]

#: Thousands separators a Russian text may use between digit groups.
SEPARATORS = (" ", "\u00a0", "\u2009", "\u202f", ".")


def _genitive_group(n: int, feminine: bool) -> list[str]:
    words = []
    if n >= 100:
        words.append(_GEN_HUNDREDS[n // 100])
    rest = n % 100
    if 10 <= rest <= 19:
        words.append(_GEN_TEENS[rest - 10])
    else:
        if rest >= 20:
            words.append(_GEN_TENS[rest // 10])
        if rest % 10:
            words.append((_GEN_UNITS_FEM if feminine else _GEN_UNITS)[rest % 10])
    return words


def genitive(n: int) -> str:
    """
    Write *n* (1 <= n < 10**12) as a Russian cardinal in the genitive case.

    >>> genitive(2_500_001)
    'двух миллионов пятисот тысяч одного'
    """
    if not 1 <= n < 10**12:
        raise ValueError(n)
    words: list[str] = []
    groups = [(n // 10**9) % 1000, (n // 10**6) % 1000, (n // 10**3) % 1000]
    for group, (sg, pl), feminine in zip(groups, reversed(_GEN_SCALES), (False, False, True), strict=True):
        if group:
            words.extend(_genitive_group(group, feminine))
            one = group % 10 == 1 and group % 100 != 11
            words.append(sg if one else pl)
    if n % 1000:
        words.extend(_genitive_group(n % 1000, False))
    return " ".join(words)


def group_digits(n: int, sep: str) -> str:
    """
    Write *n* in digits with *sep* between groups of three.

    >>> group_digits(1234567, " ")
    '1 234 567'
    """
    s = str(n)
    head = len(s) % 3 or 3
    parts = [s[:head]] + [s[i : i + 3] for i in range(head, len(s), 3)]
    return sep.join(parts)


@st.composite
def digit_numbers(draw: st.DrawFn) -> tuple[str, float]:
    """A number in digits with any separator and maybe a decimal comma, with its value."""
    n = draw(st.integers(min_value=0, max_value=10**12))
    sep = draw(st.sampled_from(SEPARATORS))
    text = group_digits(n, sep)
    if sep != "." and draw(st.booleans()):
        frac = draw(st.integers(min_value=0, max_value=99))
        text += f",{frac:02d}"
        return text, n + frac / 100
    return text, float(n)


#: Text with no digits and no Cyrillic letters: nothing in it can be a number.
number_free_text = st.text(
    alphabet=st.characters().filter(
        lambda c: not c.isdigit() and c not in "$€₽₸£¥₼₾₺₴" and not ("\u0400" <= c <= "\u04ff")
    ),
    max_size=200,
)
