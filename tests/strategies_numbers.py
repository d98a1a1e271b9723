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


# Compound numbers in digits with abbreviated scales: "3 млрд 871 млн 276,941 тыс.",
# "2 тыс. 300". The parts and their values are built here, independently of the library.
_ABBREVIATED = ((10**9, "млрд"), (10**6, "млн"), (10**3, "тыс."))


@st.composite
def compound_numbers(draw: st.DrawFn) -> tuple[str, int]:
    """
    A compound number in digits with scale abbreviations, and its exact value.

    Parts fall in scale; the last scaled part may carry a decimal comma that
    spells out the lower groups ("3 млн 912,822 тыс." = 3912822), and a bare
    whole remainder may follow "тыс." ("2 тыс. 300" = 2300).
    """
    parts = draw(st.lists(st.integers(min_value=0, max_value=999), min_size=4, max_size=4))
    lead = draw(st.integers(min_value=0, max_value=2))  # the first scale written
    parts[lead] = max(parts[lead], 1)
    words: list[str] = []
    value = 0
    for i in range(lead, 3):
        scale, name = _ABBREVIATED[i]
        if i > lead and parts[i] == 0:
            continue
        words.append(f"{parts[i]} {name}")
        value += parts[i] * scale
    if len(words) == 1 and lead < 2 and draw(st.booleans()):
        # One scaled part with a decimal fraction: "1 млрд 954,781 млн" style tail.
        scale, name = _ABBREVIATED[lead]
        frac = draw(st.integers(min_value=1, max_value=999))
        head = parts[lead]
        words = [f"{head},{frac:03d} {name}"]
        value = head * scale + frac * scale // 1000
    elif lead == 2 or words[-1].endswith("тыс."):
        if parts[3] and words[-1].endswith("тыс."):
            words.append(str(parts[3]))
            value += parts[3]
    return " ".join(words), value


# Shares written as a count and a fraction: "две трети" = 2/3, "три четверти" = 3/4.
_FEMININE = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_FRACTIONS = {3: ("треть", "трети", "третей"), 4: ("четверть", "четверти", "четвертей")}


@st.composite
def fractions(draw: st.DrawFn) -> tuple[str, float]:
    """A share in words ("две трети", "четверть") and its value, written independently."""
    denominator = draw(st.sampled_from(sorted(_FRACTIONS)))
    count = draw(st.integers(min_value=1, max_value=9))
    one, few, many = _FRACTIONS[denominator]
    noun = one if count == 1 else few if count <= 4 else many
    text = noun if count == 1 and draw(st.booleans()) else f"{_FEMININE[count]} {noun}"
    return text, count / denominator
