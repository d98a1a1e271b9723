"""
Sentences: the one splitter every stage reads.

Facts:

- Sentences are split inside a paragraph (a line), never across lines: a
  subheading is never glued to the next sentence.
- A sentence ends at ``.``/``!``/``?``/``…`` (with any closing marks)
  followed by white space and an upper-case letter, possibly behind an
  opening mark or a dialogue dash (``…». — В настоящее время``), or glued to
  an upper-case word with no space (``вырос на 5%.Он отметил``, ``зерна.В июле``, a
  frequent slip of real pages), or to a quotation that opens with a figure (``возможного."63 голосами …``).
- A sentence may also start with a figure, also behind an opening mark (``…живут 500 человек. 87 % из
  них…``, ``…политикой Грузии. «0,01% приговоров …»``), when the word before the full stop is a lower-case word of two
  letters or more, a capitalised one of four letters or more
  (``…Соединённых Штатов. 11 октября …``) or one in capitals (``…члены ОНК. 7 февраля …``), and no
  abbreviation.
- A full stop after an initial (``С.Мамедов``, ``Т. Иванов``, ``Г.В. Плеханов``) or an
  abbreviation (``г.``, ``т.е.``) ends nothing, except a year's ``г.``/``гг.`` before a capitalised word that never
  goes on a sentence (``в 2018 г. Как сообщает …``, not ``В 2018 г. Россия …``); after a scale or unit
  abbreviation (``тыс.``, ``млрд.``, ``т.`` for tonnes: ``до 1,1 млрд т. Грузооборот …``) or after ``и др.`` it
  ends a sentence only before a capital.
- A ``!`` or ``?`` inside a short name in quotation marks ends nothing (``сайта «Yahoo! Sports» Дэн Ветцел``),
  nor inside a short exclamation quoted in a sentence that goes on in lower case (``крикнул «Стой! Назад!» и
  побежал``), nor at the end of a name quoted after a lower-case word before a person's full name (``группы
  «Сохраним обсерваторию!» Анастасия Плюто``);
  nor does a full stop after a company's legal form before a full name that ends the sentence (``представитель
  Planet Inc. Анна Смит.``), nor a full stop inside brackets that close a few characters after it (an editor's
  note: ``Сомов (слева — Иванов. — Ред.) заявил``).
- The scan is one regex pass over the paragraph: linear in its length
  whatever it holds (``1 тыс. 1 тыс. …``).
- Offsets are absolute offsets into the article text.
"""

from __future__ import annotations

import regex

from .. import cache

__all__ = ["split_sentences"]

#: Abbreviations after which a full stop does not end a sentence (lower case, without the dot).
_ABBREV = frozenset("д п е г гг см им ул ст кв т.д т.п т.е".split())
#: Abbreviations that a figure often follows (``2 тыс. 300``, ``с. 15``): before a
#: figure they end nothing, before a capital they end a sentence (``$2 млрд. Казахстан``).
_BEFORE_FIGURE = _ABBREV | frozenset(
    "с обл р-н пос тыс млн млрд трлн руб долл коп ед шт чел мин макс св ок рис табл стр изд др пр т".split()
)

#: A boundary candidate: final punctuation, closing marks, white space, then an
#: upper-case letter (behind an opening mark or a dash) or a digit; or final
#: punctuation glued to an upper-case word. A mark of words left out (``<...>``,
#: ``[…]``) closes the sentence before it.
_BOUNDARY_RE = cache.pattern(
    r"[.!?…]++(?:[»\"”“)]|\s*+[<\[](?:\.{3}|…)[>\]])*+\s++(?=[«\"„“(\-–—]?\s*+\p{Lu}|[«\"„“]?+(?P<digit>\d))"
    r"|(?<=[а-яё\d%»\"”)])[.!?…]++(?=[«\"„“]?[А-ЯЁ](?:[а-яё]|[^\S\n])|[«\"„“]\d)"
)

#: The legal forms of a company written with a full stop (lower case, without it): ``Inc.``, ``Ltd.``, ``Corp.``
_COMPANY_FORMS = frozenset({"inc", "ltd", "corp", "co", "plc"})
#: The abbreviations of a year after its figure (``2018 г.``, ``2017–2018 гг.``).
_YEAR_ABBREV = frozenset({"г", "гг"})
_AFTER_YEAR_RE = cache.pattern(r"\d[^\S\n]?+\Z")
#: A capitalised word that opens a sentence and never goes on one: a preposition, a conjunction, a pronoun, an
#: adverb (``Как сообщает``, ``По данным``, ``Он отметил``), not a name (``В 2018 г. Россия …``).
_OPENER_RE = cache.pattern(
    r"[«\"„“(]?+(?:Как|По|В|Во|На|С|Со|О|Об|Обо|При|После|До|За|Из|К|Ко|Для|Между|Среди|Согласно|Кроме|Помимо"
    r"|Это|Эти|Этот|Эта|Он|Она|Оно|Они|Мы|Я|Его|Ее|Её|Их|Однако|Но|А|И|Также|Так|Тогда|Ранее|Сейчас|Теперь|Там"
    r"|Здесь|Следовательно|Поэтому|Впрочем|Если|Когда|Хотя|Что|Не|Уже|Еще|Ещё|Напомним|Кстати|Сегодня|Вчера)(?!\p{L})"
)
#: A person's full name that ends its sentence: ``Анна Смит.``
_NAME_WORD = r"\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+"
_NAME_ENDS_RE = cache.pattern(rf"{_NAME_WORD}[^\S\n]++{_NAME_WORD}[^\S\n]*+(?:[.!?]|\Z|\n)")

#: A Roman numeral: before a full stop and a figure it may number a chapter (``глава XII. 5``).
_ROMAN_RE = cache.pattern(r"[IVXLCDM]++")
#: The letters and dots just before a full stop (the word it closes).
_WORD_BEFORE = 12


def _word_before(text: str, start: int, dot: int) -> str:
    w = dot
    while w > max(start, dot - _WORD_BEFORE) and (text[w - 1].isalpha() or text[w - 1] in ".-"):
        w -= 1
    return text[w:dot]


def _ends_sentence(text: str, start: int, m: regex.Match[str]) -> bool:
    dot = m.start()
    if _enclosed(text, start, dot, m.end(), "()", _BRACKET_BACK, _BRACKET_AHEAD) is not None:
        return False  # "Сомов (слева — Иванов. — Ред.) заявил": an editor's note closes a few characters on
    word = _word_before(text, start, dot)
    if m.group("digit") is not None:
        # Only a word closes a sentence before a figure: "человек. 87 %", "Штатов. 11 октября" (a capitalised one
        # of four letters or more), "членами ОНК. 7 февраля" (an abbreviation in capitals, not a Roman numeral), a
        # name in mixed case; not "г. 15", "тыс. 300", "Гл. 5".
        return text[dot] != "." or (_closes_before_figure(word) and word.lower() not in _BEFORE_FIGURE)
    if text[dot] != ".":
        return not (_inside_short_name(text, start, dot, m.end()) or _ends_name_before_name(text, start, dot, m.end()))
    if word.lower() in _YEAR_ABBREV and _AFTER_YEAR_RE.search(text, max(start, dot - 8), dot - len(word)):
        # "начнутся в 2018 г. Как сообщает …": a year's "г." before a word that never goes on a sentence in
        # capitals ends it; "В 2018 г. Россия …" goes on.
        return _OPENER_RE.match(text, m.end()) is not None
    if all(len(part) == 1 and part.isupper() for part in word.split(".")) or word.lower() in _ABBREV:
        return False  # an initial, or initials written together ("Г.В. Плеханова")
    if word.lower() in _COMPANY_FORMS and _NAME_ENDS_RE.match(text, m.end()) is not None:
        return False  # "представитель Planet Inc. Анна Смит.": a company's legal form, then its spokesman's name
    return not word.lower().endswith((".д", ".п", ".е"))


def _closes_before_figure(word: str) -> bool:
    """
    Whether *word*, before a full stop and a figure, may end a sentence: a lower-case word, a capitalised one of four
    letters or more, an abbreviation in capitals (not a Roman numeral) or a name in mixed case (``телеканал bTV. 7
    марта``).
    """
    return (
        (len(word) >= 2 and word.islower())
        or (len(word) >= 4 and word[0].isupper() and word[1:].islower())
        or (len(word) >= 2 and word.isalpha() and word.isupper() and _ROMAN_RE.fullmatch(word) is None)
        or (len(word) >= 3 and word.isalpha() and not word.isupper() and any(c.isupper() for c in word[1:]))
    )


#: How far an open bracket may stand before a full stop, and its closing bracket after it, for the full stop to end
#: nothing: an editor's note (``(слева — Иванов. — Ред.)``).
_BRACKET_BACK = 120
_BRACKET_AHEAD = 12


def _enclosed(text: str, start: int, pos: int, after: int, pair: str, back: int, ahead: int) -> str | None:
    """
    What stands between *after* and the closing mark of *pair* that closes, within *ahead* characters, the one
    opened within *back* characters before *pos* (no other mark of the pair between), or None.
    """
    opening = text.rfind(pair[0], max(start, pos - back), pos)
    if opening < 0 or pair[1] in text[opening:pos]:
        return None
    closing = text.find(pair[1], after, after + ahead)
    return text[after:closing] if closing >= 0 and pair[0] not in text[after:closing] else None


#: How far a name in quotation marks may reach around a "!" or "?" inside it.
_NAME_REACH = 24


def _inside_short_name(text: str, start: int, mark: int, after: int) -> bool:
    """
    Whether the ``!`` or ``?`` at *mark* stands inside a short name in quotation marks (``сайта «Yahoo! Sports»
    Дэн Ветцел``): an opening mark a few characters before it and a closing one a few after, none between.
    """
    inside = _enclosed(text, start, mark, after, "«»", _NAME_REACH, _NAME_REACH)
    if inside is None:
        return False
    body = inside.rstrip(".!?…")
    if any(c in ".!?…" for c in body):
        return False
    # "крикнул «Ня! Пока!» и нажал": a short exclamation quoted inside a sentence that goes on in lower case.
    return body == inside or _GOES_ON_RE.match(text, after + len(inside) + 1) is not None


#: A full name after a quoted name: two capitalised words (``… «Сохраним обсерваторию!» Анастасия Плюто``).
_FULL_NAME_RE = cache.pattern(r"\p{Lu}\p{Ll}++[^\S\n]++\p{Lu}\p{Ll}++")
#: The lower-case word right before a name's opening mark: ``группы «``.
_WORD_BEFORE_MARK_RE = cache.pattern(r"\p{Ll}[^\S\n]*+\Z")


def _ends_name_before_name(text: str, start: int, mark: int, after: int) -> bool:
    """
    Whether the ``!`` or ``?`` at *mark* closes a name in quotation marks after a lower-case word, before a person's
    full name: ``активистка группы «Сохраним обсерваторию!» Анастасия Плюто`` goes on.
    """
    if text[mark + 1 : mark + 2] != "»":
        return False
    opening = text.rfind("«", max(start, mark - 2 * _NAME_REACH), mark)
    if opening < 0 or any(c in ".!?…»" for c in text[opening + 1 : mark]):
        return False
    lead = _WORD_BEFORE_MARK_RE.search(text, max(start, opening - 4), opening)
    return lead is not None and _FULL_NAME_RE.match(text, after) is not None


#: A sentence going on after a closing mark: a lower-case word, perhaps after a comma or a dash.
_GOES_ON_RE = cache.pattern(r"[^\S\n]*+[,;–—-]?[^\S\n]*+\p{Ll}")


def split_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """
    Return the ``(start, end)`` spans of the sentences of ``text[start:end]`` (one paragraph).

    Spans are trimmed of white space at their ends; blank stretches give no sentence.

    >>> t = "Рост составил 5%.Он отметил это. С.Мамедов добавил 3 млн. тенге. Итог."
    >>> [t[s:e] for s, e in split_sentences(t, 0, len(t))]
    ['Рост составил 5%.', 'Он отметил это.', 'С.Мамедов добавил 3 млн. тенге.', 'Итог.']
    >>> t = "Там живут 500 человек. 87 % из них заняты. В 2020 г. 15 семей уехали."
    >>> [t[s:e] for s, e in split_sentences(t, 0, len(t))]
    ['Там живут 500 человек.', '87 % из них заняты.', 'В 2020 г. 15 семей уехали.']
    """
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        if not _ends_sentence(text, start, m):
            continue
        _append(out, text, s, m.end())
        s = m.end()
    _append(out, text, s, end)
    return tuple(out)


def _append(out: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
