"""
Quotes and their speakers: who said what in a Russian news article.

Facts (*What counts*, docs/explanation/what-counts.md, "Quotes"):
- Direct speech is marked by quotation marks with an attribution next to
  them (``«…», – сказал он``, ``заявил: «…»``, a ``– Имя`` line under the
  quote), or by dash dialogue: a paragraph that opens with a dash and carries
  an attribution (``– …, – заявил Касым-Жомарт Токаев.``). An attribution in
  the middle (``– A, – сказал он. – B``) gives two quotes; a dash quote goes on
  into following paragraphs that keep the speaker's voice (``мы``, ``Вами``).
- Indirect speech: a speech verb with ``что`` (``отметил, что …``), ``по
  словам X, …``, ``по мнению X, …``, ``как сообщил X, …``, a postposed
  attribution without quotation marks (``…, заявил министр.``) and a
  backward one (``Об этом сказал X.`` makes what precedes it a quote).
- Settled questions: a headline ``Сапаров: …`` quotes the person named; an
  attribution inside a quotation (``«A, — сказал X. — B»``) gives two quotes;
  a quotation paragraph right after an attribution belongs to its speaker; a
  quotation over several paragraphs opens each with ``«``; any closing mark
  closes; ``по данным X``/``по версии X`` attribute when X speaks for itself;
  ``Такие цифры привел X`` attributes backward like ``Об этом сказал X``.
- Quotation marks around names and terms (``агентству "Казинформ"``) carry no
  attribution and are not quotes, nor are lists and scores (``"Партия" —
  214``); a verbatim fragment inside indirect speech stays part of it.
- Content spans exclude quotation marks, the attribution, and trailing
  commas, dashes and the sentence-final period.

Each rule below is a small function over one paragraph (or one pair of
quotation marks, or one dash paragraph) that returns candidates; rules for one
pair of marks or one dash quote stand in ordered tuples where the first answer
wins, and the rule's name is kept as ``Quote.rule``. Overlapping candidates
are settled by rule priority (direct speech first), then speakers are resolved in text order
(:mod:`kzaz_corpus.stages.quotes.speakers`). All patterns are possessive or bounded, and the
scan visits every paragraph a fixed number of times, so the work is linear in
the text.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Literal

import attrs
import regex
from attrs import define, field

from ... import cache
from ...lexicon.dates import day_words
from ...lexicon.morph import (
    NAME_TAGS,
    PROPER_TAGS,
    finite_verb_in,
    is_finite_verb,
    is_function_word,
    is_known,
    lemma,
    parse,
    reads_as,
)
from ...lexicon.quotes import (
    CITING_VERBS,
    DOCUMENT_NOUNS,
    INSERTIONS,
    PUBLISHING,
    TOPIC_OPENING,
    VerbForm,
    auxiliary_at,
    auxiliary_regex,
    country_of,
    document_noun,
    document_source,
    gerund_forms,
    participle_forms,
    report_at,
    report_regex,
    speaking_bodies,
    verb_at,
    verb_forms,
)
from ...lexicon.scripts import consonant_outline, consonant_outlines, cyrillic_doc
from ...model import TEXT_KINDS, Paragraph, Quote, QuoteKind
from ...text.chars import fold
from ...text.doc import Doc, Word, iter_words_in, spaced_word_after, word_after, word_at, word_before, words_in
from ..names import PersonMention, could_be_surname, gender_of, is_patronymic, nominative, opens_sentence, persons_of
from .discourse import RELATIVE_OBJECT, noun_gender
from .mentions import (
    WINDOW,
    body_antecedent,
    document_owner,
    medium_in,
    mention_after,
    mention_anywhere,
    mention_before,
    nominative_group,
    one_of_group,
    referred_source,
    set_phrase_object,
    source_place,
    subject_before,
)
from .roles import is_title, person_noun, person_owning
from .speakers import Mention, SpeakerContext, Speakers, same_title_named_later
from .text import DASHES, HS, LINE_QUOTATION, QUOTED_LINE_RE, content_start, quote_spans, trim_span
from .words import (
    DAY_OF_MONTH,
    FOLLOWS_FROM,
    NETWORKS,
    THIRD_PERSON_FORMS,
    TOPIC_PREPOSITIONS,
    WEEKDAY_AFTER_V,
    can_be_nominative,
    nominative_phrase,
    title_of,
)

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse
    from pymorphy3.tagset import OpencorporaTag

__all__ = ["extract_quotes", "run"]

_OPENERS = '«„“"'
_CLOSERS = '»”“"'

# What counts, "direct": a paragraph that opens with a dash ("– …", "-Напомню …").
_DASH_OPEN_RE = cache.pattern(rf"{HS}*+[{DASHES}]{HS}*+(?=\S)")
# The attribution after a dash-quote piece: ", – заявил", "! – воскликнул", "… – сказал".
_DASH_ATTR = rf"(\.\.\.|[,!?…])[»\"”“]?+{HS}*+[{DASHES}]++{HS}*+"
_DASH_ATTR_BEFORE_RE = cache.pattern(rf"{_DASH_ATTR}\Z")
# The same, maybe with a few lower-case words of manner before the verb: ", — со смехом признаётся".
# Lower-case words (at most three) between the dash of an attribution and its verb: "», – на прошлой неделе указал",
# "» — так прокомментировал ситуацию X", "– …, – в свою очередь отметил X".
_LOWER_GAP = rf"(?:\p{{Ll}}[\p{{Ll}}-]*+{HS}++)"
_DASH_ATTR_GAP_RE = cache.pattern(rf"{_DASH_ATTR}{_LOWER_GAP}{{0,3}}+\Z")
# The same with the comma left out, or a full stop for it, right before the verb: "«A — подчеркнул X. — B»", "«A. —
# считает X. — B»".
_BARE_DASH_ATTR_RE = cache.pattern(rf"(?<=\p{{L}})(\.|(?={HS})){HS}*+[{DASHES}]{HS}++\Z")
_LOWER_GAP_RE = cache.pattern(rf"{_LOWER_GAP}{{1,4}}+")
# After a closing quotation mark: "», – сказал", "",- заявил", "», указано", "»,— заявил".
_AFTER_CLOSE_RE = cache.pattern(rf"[»\"”“]{{0,8}}+{HS}*+(?:[,.!?…]{HS}*+[{DASHES}]*+|[{DASHES}]++){HS}*+")
# Where a quotation resumes after an attribution inside it: "«A, — сказал X. — B»", "…, — сказал X, — B".
_RESUME_RE = cache.pattern(rf"[.,]{HS}*+[{DASHES}]{HS}*+(?=\S)")
# The same with no dash, a new sentence after the attribution's full stop: "«A, — заявил X. B»".
# (not after an initial: "заявил В. Путин").
_STOP_RESUME_RE = cache.pattern(rf"(?<!(?<!\p{{L}})\p{{Lu}})\.{HS}++(?=\p{{Lu}})")
# The same after a comma only: "– A, – сказал он, – B".
_COMMA_RESUME_RE = cache.pattern(rf",{HS}*+[{DASHES}]{HS}*+(?=\S)")
# What counts, "indirect": a verb, at most eight words, then ", что" (not "за то, что": a reason clause; not "сказал
# всё, что хотел": a relative clause of the object).
# A listener in quotation marks may stand among the words: "сказал «Известиям», что".
_CHTO_RE = cache.pattern(
    # "объяснил тем, что …", "объяснил это тем, что …", "мотивировал своё решение тем, что …": an object of at most
    # two words before "тем".
    r"(?:\s++[^\s,.;:!?«»\"„“”()]++){0,2}?\s++тем\s*+,\s*+что\b\s*+"
    # "подчеркнул, выступая на форуме, что …": a phrase of a present gerund set off by commas.
    r"|\s*+,\s*+\p{Ll}{3,}(?:я|ясь)(?:\s++[^\s,.;:!?«»\"„“”()]++){0,8}?\s*+,\s*+что\b\s*+"
    # "полагают что …": the comma left out, right after the verb (not "что угодно", "что попало"). No word between
    # the verb and "что" is "тот": "добавил и тот факт, что …" is a fact that adds, no content said.
    r"|[^\S\n]++что(?![\p{L}-])[^\S\n]++(?!(?:угодно|попало|надо|нужно|делать)\b)(?=\p{L})"
    # "заявил что, …": the comma after the conjunction instead of before it.
    r"|[^\S\n]++что[^\S\n]*+,[^\S\n]*+(?=\p{L}|«)"
    r"|(?:\s++(?!(?:то|того|тем|том|тому|всё|все|всего|многое|тот)\b)(?:[^\s,.;:!?«»\"„“”()]++(?:\.[^\s,.;:!?«»\"„“”()]++)*+"
    r"|«[^«»\n]{1,40}+»|\"[^\"\n]{1,40}+\")){0,8}?"
    # "заявил в четверг, 20 апреля, что …", "сообщил 5 мая, во вторник, что …": the day set off by commas.
    rf"(?:\s*+,\s*+(?:{DAY_OF_MONTH}|{WEEKDAY_AFTER_V})(?=\s*+,))?+"
    # "сообщило со ссылкой на Сирийский центр мониторинга за соблюдением прав человека, что": the source's name
    # may be long, and set off by commas ("сообщила «Вестнику», со ссылкой на письмо из суда, что").
    r"(?:(?:\s*+,)?+\s++со\s++ссылкой\s++на(?:\s++[^\s,.;:!?«»\"„“”()]++){1,10}?(?=\s*+,))?+"
    # "допустила возможность того, что …", "не исключил того, что …": the object's "того" before the clause, after a
    # noun of possibility or a verb of allowing ("на фоне того, что" is a circumstance, no content).
    r"(?:\s++(?:о|об|на)\s++(?:том|то)|\s++в\s++том(?:\s++смысле)?+|\s++с\s++тем"
    r"|(?<=(?<!\p{L})(?:возможност[ьи]|вероятност[ьи]|исключ\p{L}*+|допус[тк]\p{L}*+))\s++того)?+"
    # "уточнил, однако, что …", "добавил, правда, что …": an insertion set off by commas before the clause.
    rf"(?:\s*+,\s*+(?:{INSERTIONS}|правда)(?=\s*+,))?+"
    r"\s*+,\s*+что\b\s*+"
)
# The nouns of "по словам X": speech and opinion, and sources that speak for themselves
# ("по данным Минфина", "по версии следствия"; What counts, settled questions).
_PO_NOUNS = (
    r"(?:словам|мнению|утверждению|утверждениям|заявлению|заявлениям|сообщению|сообщениям|оценке|оценкам|информации|данным|версии"
    r"|сведениям|прогнозу|прогнозам|свидетельству|свидетельствам|заверению|заверениям|признанию"
    r"|расчетам|расчётам|подсчетам|подсчётам|рассказу|рассказам|показаниям|наблюдениям"
    r"|предположению|предположениям|убеждению|отчету|отчёту|докладу|заключению|заключениям|выводам"
    # "согласно материалу газеты", "по материалам СМИ", "согласно публикации издания": an outlet's report.
    r"|материалу|материалам|публикации|публикациям)"
)
# One or two adjectives before the noun: "по предварительным данным", "по самым последним оценкам".
# Not a possessive: "по моей оценке" is the author's own voice.
_PO_ADJ = (
    rf"(?:(?!{_PO_NOUNS}\b|(?:мо|тво|наш|ваш|сво)\p{{Ll}}++\s)\p{{Ll}}{{2,}}+(?<=ым|им|ой|ей|ому|ему)\s++){{0,2}}+"
)
# Nouns after which X must be a speaker, not a table or a document ("по данным статистики"), and must be there
# ("по некоторым предположениям" names no one).
_DATA_NOUNS = frozenset(
    {"данным", "информации", "сведениям", "оценкам", "прогнозу", "прогнозам", "версии", "расчетам", "расчётам",
     "подсчетам", "подсчётам", "предположению", "предположениям", "отчету", "отчёту", "докладу", "свидетельству",
     "свидетельствам", "заключению", "заключениям", "выводам", "материалу", "материалам", "публикации",
     "публикациям"}
)  # fmt: skip
# The connectives that may open a sentence before its attribution ("Однако, по словам X, …", "Более того, как
# считает X, …") or before a quotation going on in the voice before ("Поэтому «…»").
_CONNECTIVES = (
    "также", "однако", "при этом", "кроме того", "а вот", "а", "и", "но", "зато", "впрочем", "вместе с тем",
    "таким образом", "в свою очередь", "между тем", "тем не менее", "в частности", "более того", "помимо этого",
    "поэтому", "ведь",
)  # fmt: skip
# One of them with its comma, as the optional start of an attribution pattern.
_CONNECTIVE_START = r"(?:(?:" + "|".join(c.replace(" ", r"\s++") for c in _CONNECTIVES) + r"),?+\s++)?+"
# "По словам X, …", "По его мнению, …", "Судя по рассказу X, …", "Со слов X, …", "С его слов, …", optionally after
# a connective ("Также", "Однако", "А вот").
_PO_SLOVAM_RE = cache.pattern(
    rf"(?i){_CONNECTIVE_START}(?:по|согласно|судя\s++по|со|с(?=\s++(?:его|её|ее|их)\s++слов))\s++(?P<pron>(?:его|её|ее|их)\s++)?+{_PO_ADJ}(?P<noun>{_PO_NOUNS}|слов)"
    r"(?P<who>[^,\n]{0,150}?),\s*+"
)
# "Если верить X, (то) …": the source believed, named in the dative ("Если верить Багдаду, …").
_BELIEVE_RE = cache.pattern(
    rf"(?i){_CONNECTIVE_START}если\s++верить\s++(?P<noun>)(?P<pron>)(?P<who>[^,\n]{{1,150}}?),\s*+"
    r"(?:(?-i:то)\s++)?+"
)
# "Согласно Роскомнадзору, …": a source named in the dative, like "по словам X" (:func:`_according_to`), past up to
# two adjectives ("согласно китайским СМИ").
_DATIVE_NAME_START = r"(?-i:(?:\p{Ll}{3,}+(?<=ым|им)\s++){0,2}+\p{Lu})"
_ACCORDING_TO_RE = cache.pattern(
    rf"(?i){_CONNECTIVE_START}согласно\s++(?P<pron>)(?P<noun>)(?P<who>{_DATIVE_NAME_START}[^,\n]{{0,80}}?),\s*+"
)
# "С точки зрения X, …", "С его точки зрения, …": a point of view, like "по мнению X".
_POINT_OF_VIEW_RE = cache.pattern(
    rf"(?i){_CONNECTIVE_START}с\s++(?P<pron>(?:его|её|ее|их)\s++)?+точки\s++зрения"
    r"(?P<noun>)(?P<who>[^,\n]{0,150}?),\s*+"
)
# The same attribution inside a sentence, after a comma or a colon: "…, к тому же, по словам зампреда, …", "бьют
# тревогу: по их мнению, …", "Он, если верить газете, …", also after a conjunction ("…, однако по данным X, …"),
# opening a quotation ("…: «По словам X, …»") or after a relative adverb with no comma ("…, где по её словам, …").
_PO_SLOVAM_MID_RE = cache.pattern(
    rf"(?:(?:[,:]|{HS}[—–]){HS}*+[«„“]?+|(?<=(?<!\p{{L}})(?i:где|когда|куда|откуда){HS}))"
    rf"(?=(?:(?:однако|но|а|и)\s++)?+(?:по|По|согласно|судя\s++по)\s++(?:(?:его|её|ее|их)\s++)?+{_PO_ADJ}{_PO_NOUNS}\b"
    r"|если\s++верить\s|согласно\s)"
)
# "Как сообщил X, …": a sentence opening with "как" and a speech verb, also after a conjunction ("Однако как …").
# "как только", "как будто", "как бы" open no source ("…, как только ассоциация подтвердит, что …").
_KAK_RE = cache.pattern(
    rf"(?i)\A{_CONNECTIVE_START}как\s++(?!(?:только|будто|бы)(?!\p{{L}}))(?:\p{{L}}++\s++){{0,2}}?\Z"
)
# What counts, backward attribution: "Об этом сказал X", "Как передает Y, об этом сказал X",
# and a subject that points back at what was said: "Эту информацию озвучил X", "Такие цифры привел X".
# Nouns of what is put forward, which point back at what was said only with a verb of voicing it ("С таким
# предложением выступил X", "Такие опасения высказал X"; not "С этой инициативой не согласились").
_VOICED_NOUN = (
    r"(?:предложени\p{L}++|призыв\p{L}*+|инициатив\p{L}++|опасени\p{L}++|предупреждени\p{L}++|просьб\p{L}++"
    r"|рекомендаци\p{L}++|комментари\p{L}++|пояснени\p{L}++|разъяснени\p{L}++)"
)
_VOICED_NOUN_RE = cache.pattern(rf"(?i)(?<!\p{{L}}){_VOICED_NOUN}")
# The verbs of voicing what such a noun names.
_VOICING = frozenset({"выступить", "высказать", "высказаться", "озвучить", "изложить", "выразить"})
_SPEECH_NOUN = (
    r"(?:информаци\p{L}++|данн\p{L}++|цифр\p{L}*+|сведени\p{L}++|заявлени\p{L}++|слов\p{L}*+|мнени\p{L}++"
    r"|оценк\p{L}++|прогноз\p{L}*+|подробност\p{L}++|факт\p{L}*+|позици\p{L}++|показател\p{L}++|итог\p{L}*+"
    r"|вывод\p{L}*+|предположени\p{L}++|верси\p{L}++|обещани\p{L}++|письм\p{L}*+|обращени\p{L}++|новост\p{L}++"
    r"|требовани\p{L}++|расч[её]т\p{L}*+|утверждени\p{L}++|заключени\p{L}++|сообщени\p{L}++"
    rf"|{_VOICED_NOUN})"
)
# One adjective between a pointing word and its noun: "С таким резким заявлением".
_ADJECTIVE = r"(?:\p{Ll}{2,30}(?:ым|им|ое|ее|ую|юю|ой|ей|ые|ие|ыми|ими|ых|их)\s++)"
# A demonstrative after the noun of speech it points with, in the nominative or accusative: "Заявления эти".
_DEMONSTRATIVE_AFTER = r"(?:эт(?:и|о|от|у|а)|так(?:ие|ое|ой|ую|ая))(?!\p{L})"
# "во всяком случае", "по крайней мере": an aside that limits a claim ("Так, во всяком случае, считает X").
_AT_LEAST = r"(?:во\s++всяком\s++случае|по\s++крайней\s++мере)"
# What points back after a noun of speech: "Данные на этот счёт привёл X", "Сведения на эту тему".
_ON_THIS = r"(?:по\s++этому\s++поводу|на\s++этот\s++сч[её]т|на\s++эту\s++тему|об\s++этом)(?!\p{L})"
_OB_ETOM_RE = cache.pattern(
    # "По крайней мере, такой версии придерживается X": a parenthetical word or two before the pointing words.
    r"(?i)(?:(?:по\s++крайней\s++мере|во\s++всяком\s++случае|впрочем|кстати|тем\s++не\s++менее|между\s++тем)"
    r"\s*+,\s*+)?+"
    # "Как сообщает издание X, материал которого публикует Y, к такому выводу пришли …": past the outlet's clause.
    r"(?:как\s++(?:\p{L}++\s++){0,2}?\p{L}++\s++[^,\n]{1,60}?,\s*+(?:(?:\p{Ll}++\s++)?котор\p{L}++[^,\n]{1,60}?,\s*+)?+)?+"
    # "Ранее об этом сообщил X", "Одной из первых об этом сообщила X": who said it, and when or first among others.
    # Also "Ранее эти же сведения приводил X".
    r"(?:(?:ранее|также|одн(?:ой|им|ими)\s++из\s++первых|первы(?:м|ми)|первой)\s++(?=об\s++этом|(?:эт|так)\p{L}{0,3}+\s))?+"
    r"(?:именно\s++)?+(?:(?:об|о)\s++этом|(?:об|о)\s++(?:них|н[её]м|ней)"
    # "В этом уверен X": a view of what was just said.
    r"|в\s++этом(?=\s++(?:уверен|убежд[её]н)\p{L}{0,2}+\s)"
    r"|(?P<such>таков[оаы]?+\s++(?:мнение|позиция|оценка|вывод|прогноз|заключение|точка\s++зрения))"
    rf"|(?P<noun>(?:[ск]\s++)?+(?:эт|так|данн|подобн|аналогичн|указанн|приведенн|приведённ|соответствующ)\p{{L}}{{0,3}}+\s++"
    rf"(?:же\s++)?+{_ADJECTIVE}?{_SPEECH_NOUN}|{_SPEECH_NOUN}\s++(?:{_DEMONSTRATIVE_AFTER}|{_ON_THIS}))"
    rf"|(?P<so>так)(?=(?:,\s*+{_AT_LEAST},)?+\s++(?!(?:же|как|что|и|или)\b)\p{{L}})"
    r"|(?P<this>это)(?=\s++\p{L})"
    r"|(?P<topic>(?:о|об)(?=\s++\p{Ll})))\b"
)
# An intro of at most four words, after a conjunction, before a parenthetical attribution: "В частности, сказал
# он, …", "Но в любом случае, отметил X, …", "И если ничего не делать, рассуждает X, …", "Из-за этого, отметил он,
# …" (a word may be hyphenated).
_INTRO_RE = cache.pattern(
    r"\A(?:(?i:и|но|а|однако)\s++)?+(?:\p{L}++(?:-\p{L}++)?+\s++){0,3}\p{L}++(?:-\p{L}++)?+,\s*+\Z"
)
# How far into its sentence an inserted attribution is looked for after those words.
_INSERTED_REACH = 40
# A subordinate clause of a condition or a time that opens the sentence before an inserted attribution: "Если вина
# подтвердится, …", "Когда выборы пройдут, …" (no comma inside it).
_SUBORDINATE_HEAD_RE = cache.pattern(
    r"\A(?:(?i:и|но|а|однако)\s++)?+(?i:если|когда|пока|поскольку|как\s++только|так\s++как)\s[^\n,;:.!?]{1,100}+,\s*+\Z"
)
_SUBORDINATE_HEAD_REACH = 110
# A line holding only an attribution: "– Nordline Logistics", "— Касым-Жомарт Токаев".
_OWN_LINE_RE = cache.pattern(
    rf"{HS}*+[{DASHES}]{HS}*+(?P<who>[\p{{Lu}}A-Z][^\s.!?,;:]*+(?:{HS}++(?:[\p{{Lu}}A-Z][^\s.!?,;:]*+|оглу|кызы)){{0,4}}+)"
    rf"{HS}*+\Z"
)
# The same with a title or a source in lower case: "– пресс-служба акимата", "— глава ведомства".
_OWN_LINE_LOWER_RE = cache.pattern(
    rf"{HS}*+[{DASHES}]{HS}*+(?P<who>\p{{Ll}}[\p{{L}}-]*+(?:{HS}++[\p{{L}}\p{{N}}-]++){{0,6}}+)\.?+{HS}*+\Z"
)
# First and second person: a paragraph in the speaker's voice continues a dash quote.
_VOICE_RE = cache.pattern(
    r"\b(?:[Мм]ы|[Нн]а[сш]\p{L}*|[Нн]ам(?:и)?|[Яя]|[Мм]не|[Мм]еня|[Мм]о[йяеи]\p{L}*|Вы|Ва[сш]\p{L}*|Вам(?:и)?)\b"
)
# Coordinated speech clauses inside one sentence: ", а также подчеркнул, что …".
# The words that may follow the conjunction: a pronoun, adverbs, "не".
# Phrases linking a clause to what came before it: "при этом", "вместе с тем", "в то же время".
_LINKING = r"при\s++этом|вместе\s++с\s++тем|в\s++то\s++же\s++время"
_COORD_TAIL = (
    r"(?:\s++(?:он|она|ещ[её]\s++раз|еще|ещё|снова|вновь|опять|также|затем|потом|позже|позднее|тут\s++же|"
    rf"{_LINKING}))"
    r"{0,2}+(?:\s++не)?\s++\Z"
)
_COORD_RE = cache.pattern(rf"(?i),\s*+(?:а\s++также|а\s++и|а|и|но\s++и|но|однако|также){_COORD_TAIL}")
# A clause opened by a conjunction after a comma: ", а глава МИД X отметил, что …".
# The same with no comma, "и" alone: "напомнил, что A и подчеркнул, что B".
_AND_RE = cache.pattern(rf"(?i)(?<=\S)\s++и{_COORD_TAIL}")
_COORD_OPEN_RE = cache.pattern(r"(?i),\s*+(?:а|но|и|тогда\s++как|в\s++то\s++время\s++как)\s")
# A figure opening a coordinated clause right before its verb: ", а 22% предполагают", ", еще 20% сказали".
_FIGURE_SUBJECT_RE = cache.pattern(
    r"(?i),\s*+(?:а|и|но|ещ[её]|тогда\s++как)?+\s*+(?:почти|около|более|менее|лишь|только)?+\s*+\d[\d\s,.]*+"
    r"(?:%|\s*+процент\p{L}*+)(?:\s++\p{Ll}++){0,2}?\s++\Z"
)
# A list item or a score, not speech: "«Партия» — 214", "– Иванов – 5 голов", "1:0 — Иванов".
_LIST_ITEM_RE = cache.pattern(rf"[^.!?\n]{{0,60}}?(?:[{DASHES}:]|\d:\d){HS}*+\d")
_LIST_REST_RE = cache.pattern(rf"[»\"”“]?+{HS}*+[{DASHES}:]{HS}*+\d")


@define
class _Cand:
    start: int
    end: int
    kind: QuoteKind
    rule: str
    priority: int
    mention: Mention | None = None
    verb: VerbForm | None = None
    medium: str | None = None
    inherit: bool = False
    anchor: int = -1
    runs_to_end: bool = False
    para: int = -1


@define
class _Para:
    index: int
    start: int
    end: int
    content: int
    kind: str
    dash: bool
    marks: list[tuple[int, int, int]]
    verbs: list[tuple[int, int, VerbForm]]
    text: str = field(repr=False)
    trigger: bool = False
    verb_at: dict[int, tuple[int, int, VerbForm]] = field(factory=dict)
    verb_starts: list[int] = field(factory=list)
    mark_spans: list[tuple[int, int]] = field(factory=list)
    mark_at: dict[int, int] = field(factory=dict)
    open_end: bool = False
    doc: Doc | None = field(default=None, repr=False)
    gerunds: list[tuple[int, int, VerbForm]] = field(factory=list)
    participles: list[tuple[int, int, VerbForm]] = field(factory=list)
    _sentences: list[tuple[int, int]] | None = field(default=None, init=False)
    _sentence_starts: list[int] = field(factory=list, init=False)
    _closes: frozenset[int] | None = field(default=None, init=False)

    @property
    def closes(self) -> frozenset[int]:
        """The positions of the paragraph's closing marks, gathered on first use."""
        if self._closes is None:
            self._closes = frozenset(c for _, c, _d in self.marks)
        return self._closes

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """The sentence spans of the content, split on first use."""
        if self._sentences is None:
            doc = self.doc if self.doc is not None else Doc(self.text, (Paragraph(self.start, self.end),))
            spans = doc.sentences(Paragraph(self.start, self.end, "body"))
            # The content starts past a dateline: a sentence that begins before it begins there.
            self._sentences = [(max(a, self.content), b) for a, b in spans if b > self.content]
            self._sentence_starts = [s for s, _ in self._sentences]
        return self._sentences

    @property
    def sentence_starts(self) -> list[int]:
        """The start offsets of :attr:`sentences`."""
        if self._sentences is None:
            self.sentences  # noqa: B018
        return self._sentence_starts

    def verbs_in(self, start: int, end: int, limit: int | None = None) -> list[tuple[int, int, VerbForm]]:
        """The speech verbs starting inside ``[start, end)``: the first *limit* of them, if given."""
        i = bisect.bisect_left(self.verb_starts, start)
        j = bisect.bisect_left(self.verb_starts, end)
        return self.verbs[i : j if limit is None else min(j, i + limit)]


@define
class _Env:
    """What every rule reads: the speaker context, the text and its paragraphs."""

    ctx: SpeakerContext
    text: str
    paras: list[_Para]
    starts: list[int] = field(init=False)
    # The transcript speaker labels opening paragraphs, by paragraph index, found on first use.
    labels: dict[int, tuple[Mention, int]] | None = field(default=None, init=False)
    # The first dash question answered by a paragraph without a dash, when two or more are (-1: none).
    plain_qa: int | None = field(default=None, init=False)
    # The first question without a dash answered by a dash paragraph, when two or more are (-1: none).
    dash_qa: int | None = field(default=None, init=False)
    # The paragraphs of links to other articles set inside the text, found on first use.
    related: frozenset[int] | None = field(default=None, init=False)
    # The paragraphs of posts embedded from social networks, with their signatures and dates, found on first use.
    posts: frozenset[int] | None = field(default=None, init=False)
    # The verbs of reporting that give someone's words ("приводит ТАСС слова …"), and their starts, found on first use.
    reports: tuple[list[tuple[int, int, VerbForm]], list[int]] | None = field(default=None, init=False)
    # An interview's paragraphs that are a speaker's label alone ("Имя Фамилия:"), and those that open the other
    # side's turns ("RT: …"), found on first use.
    interview: tuple[tuple[int, ...], frozenset[int]] | None = field(default=None, init=False)
    # Where the first speech of a line opened by a dash closes, by paragraph index, found on first use.
    speech_closes: dict[int, int] = field(factory=dict, init=False)
    # The last interview answer whose speaker was found: its paragraph index and the speaker's mention.
    last_answer: tuple[int, Mention] | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        self.starts = [p.start for p in self.paras]

    def para_at(self, pos: int) -> _Para | None:
        """The paragraph that holds offset *pos*, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.paras[i] if i >= 0 and pos < self.paras[i].end else None


@define
class _Mark:
    """One pair of quotation marks: *o* and *c* the marks, *s*..*e* the trimmed content."""

    o: int
    c: int
    s: int
    e: int


# Any quotation mark: a paragraph without one skips pairing.
_MARK_RE = cache.pattern(r"[«»„“”\"]")
# What an indirect rule without a speech verb needs: "по словам", "по его мнению", "если верить".
_TRIGGER_RE = cache.pattern(
    rf"(?<!\p{{L}})(?:(?:[Пп][Оо]|[Сс]огласно)\s++(?i:(?:его|её|ее|их)\s++)?+(?i:{_PO_ADJ}{_PO_NOUNS})"
    rf"|(?i:если\s++верить|с\s++(?:(?:его|её|ее|их)\s++)?+точки\s++зрения|со?\s++(?:(?:его|её|ее|их)\s++)?+слов)"
    rf"|[Сс]огласно\s++(?={_DATIVE_NAME_START}))\b"
)
# The subject of a backward attribution with a "report" verb: "Такие цифры (привел …)", "Информацию по этому
# поводу (опубликовал …)".
_BACKWARD_NOUN_RE = cache.pattern(
    rf"(?<!\p{{L}})(?:[Ээ]т|[Тт]ак|[Дд]анн|[Пп]одобн|[Уу]казанн|[Пп]риведенн|[Пп]риведённ|[Сс]оответствующ)"
    rf"\p{{L}}{{0,3}}+\s++(?:же\s++)?+{_ADJECTIVE}?{_SPEECH_NOUN}|(?i:{_SPEECH_NOUN})\s++(?i:{_ON_THIS})"
)
# "Заявления эти X сделал": a demonstrative after the noun of speech; looked for from the demonstrative, which is
# rarer than every position a noun of speech may start at.
_DEMONSTRATIVE_AFTER_RE = cache.pattern(rf"(?i)(?<!\p{{L}}){_DEMONSTRATIVE_AFTER}")
_SPEECH_NOUN_RE = cache.pattern(rf"(?i){_SPEECH_NOUN}")
# Only white space back to the line start: what a lone opening mark stands in ("«" on its own line).
_LONE_OPENER_RE = cache.pattern(rf"(?:\A|\n){HS}*+([«„“\"]){HS}*+\n\s*+\Z")


def _lone_opener(text: str, start: int) -> int | None:
    """The offset of a quotation mark alone on the line(s) just before *start*, if any."""
    m = _LONE_OPENER_RE.search(text, max(0, start - 40), start)
    return m.start(1) if m is not None else None


# An opening mark after a colon, or one that opens a sentence after another: "… сессии. «Безусловно, …", also
# glued to the sentence's end before a capital ("…».«Занятия …").
_COLON_OPENER_RE = cache.pattern(rf"(?::{HS}*+|[.!?…]{HS}++|[.!?…](?=[«„“]\p{{Lu}}))[«„“]")


def _colon_opener(text: str, p: Paragraph, marks: list[tuple[int, int, int]]) -> int | None:
    """
    The opening mark after a colon, or opening a sentence, that nothing closes in paragraph *p* and no pair of marks
    holds, or None; pairs after it are inside it (``«Согласно договорённостям, … группировку «Джабхат ан-Нусра» …``
    left open to the paragraph's end).
    """
    for m in _COLON_OPENER_RE.finditer(text, p.start, p.end):
        o = m.end() - 1
        if not any(a <= o <= b for a, b, _ in marks):
            return o
    return None


def _paragraph(doc: Doc, i: int, p: Paragraph, all_verbs: list[tuple[int, int, VerbForm]], starts: list[int]) -> _Para:
    text = doc.text
    cs = content_start(text, p.start, p.end)
    verbs = all_verbs[bisect.bisect_left(starts, p.start) : bisect.bisect_left(starts, p.end)]
    gerunds, participles = _clause_verbs(doc, p)
    dash = _DASH_OPEN_RE.match(text, p.start, p.end) is not None
    marks: list[tuple[int, int, int]] = []
    open_end = False
    if _MARK_RE.search(text, p.start, p.end):
        marks = quote_spans(text, p.start, p.end, opened=_lone_opener(text, p.start))
        # What counts, "Quotes": a quotation over several paragraphs opens each of them and closes only the last.
        if cs < p.end and text[cs] in _OPENERS and not any(o == cs for o, _, _ in marks):
            marks = [(cs, p.end, 0), *marks]
            open_end = True
        elif (o := _colon_opener(text, p, marks)) is not None:
            # "сказал: «A" or ". «A" with no closing mark in the paragraph: the quotation goes on in the next ones.
            marks = [*marks, (o, p.end, 0)]
            open_end = True
    trigger = (
        bool(verbs)
        or bool(gerunds)
        or bool(participles)
        or _TRIGGER_RE.search(text, p.start, p.end) is not None
        or _BACKWARD_NOUN_RE.search(text, p.start, p.end) is not None
        or _noun_then_demonstrative(text, p.start, p.end)
        or _STATEMENT_RE.search(text, p.start, p.end) is not None
        or _STATEMENT_COLON_RE.search(text, p.start, p.end) is not None
        or _STATEMENT_OF_RE.search(text, p.start, p.end) is not None
    )
    para = _Para(i, p.start, p.end, cs, p.kind, dash, marks, verbs, text, trigger, open_end=open_end, doc=doc)
    para.gerunds = gerunds
    para.participles = participles
    para.verb_at = {v[0]: v for v in verbs}
    para.verb_starts = [v[0] for v in verbs]
    para.mark_spans = sorted((o, c + 1) for o, c, _ in marks)
    para.mark_at = {o: c for o, c, _ in marks}
    return para


def _noun_then_demonstrative(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a noun of speech with its demonstrative after it (``Заявления эти``)."""
    for m in _DEMONSTRATIVE_AFTER_RE.finditer(text, start, end):
        before = word_before(text, m.start())
        if before is not None and before.start >= start and _SPEECH_NOUN_RE.fullmatch(before.text) is not None:
            return True
    return False


def _clause_verbs(doc: Doc, p: Paragraph) -> tuple[list[tuple[int, int, VerbForm]], list[tuple[int, int, VerbForm]]]:
    """
    The gerunds of speech verbs (``отметив, что``) and their active participles set off by a comma (``X,
    заявивший, что``) in paragraph *p*: the forms a что-clause may follow, in one pass over its words.
    """
    text, low = doc.text, doc.lower
    if _CHTO_WORD_RE.search(low if len(low) == len(text) else text, p.start, p.end) is None:
        return [], []
    gerunds, participles = gerund_forms(), participle_forms()
    found_gerunds: list[tuple[int, int, VerbForm]] = []
    found_participles: list[tuple[int, int, VerbForm]] = []
    # The document's words, looked up: no pattern of every form to compile.
    for w in doc.words_in(p.start, p.end):
        key = w.text.lower().replace("ё", "е")
        if (vf := gerunds.get(key)) is not None:
            found_gerunds.append((w.start, w.end, vf))
        elif (vf := participles.get(key)) is not None and _set_off_at(text, p.start, w.start) is not None:
            found_participles.append((w.start, w.end, vf))
    return found_gerunds, found_participles


def _set_off_at(text: str, lo: int, at: int) -> int | None:
    """
    Where the phrase of a participle at *at* set off by a comma opens: at the participle, or before a few words of
    time or manner (``X, ещё три недели назад уверявшего, что …``; not past a verb or ``который``); None if no
    comma sets it off.
    """
    if _COMMA_BEFORE_RE.search(text, max(lo, at - 3), at):
        return at
    m = _ADVERBIAL_BEFORE_RE.search(text, max(lo, at - _ADVERBIAL_REACH), at)
    if m is None or finite_verb_in(text, m.start(1), at) or "котор" in m.group(1).lower():
        return None
    return m.start(1)


# A comma and up to five words before a participle: "…, ещё три недели назад уверявшего".
_ADVERBIAL_BEFORE_RE = cache.pattern(rf",{HS}*+((?:[\p{{L}}\p{{N}}-]++{HS}++){{1,5}}+)\Z")
_ADVERBIAL_REACH = 60


_CHTO_WORD_RE = cache.pattern(r"(?i),\s*+что\b")


# "…, что указывает на …", "…, что говорит о …": a relative clause of a thing that indicates.
_INDICATING = frozenset({"указывать", "говорить", "свидетельствовать", "означать", "подтверждать"})
_WHICH_BEFORE_RE = cache.pattern(r"(?i),\s*+что\s++\Z")
_LI_AFTER_RE = cache.pattern(r"[^\S\n]++ли(?!\p{L})")
# Verbs of opinion that state a view only when not negated: "верил, что …", not "не верили, что …".
_AFFIRMED_ONLY = frozenset({"верить"})
# Opinion verbs that report an opinion only under negation: "не исключил, что …", "не скрывал, что …".
_NEGATED_ONLY = frozenset({"исключить", "исключать", "скрывать", "скрыть"})
_NOT_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})не\s++\Z")


# Verbs of addressing, which speak only to someone: "обратился к жителям: …", not "обратился к творчеству".
_ADDRESSING = frozenset({"обратиться", "обращаться"})
# Verbs of suspecting, which report a view only with "что" right after them.
_SUSPECTING = frozenset({"подозревать"})
# Verbs of concluding, which also conclude deals: "заключил договор".
_CONCLUDING = frozenset({"заключить", "заключать"})
# A comma or a dash right before a word: the place of a postposed attribution (", — заключил суд").
_AFTER_BREAK_RE = cache.pattern(r"[,—–-][^\S\n]*+\Z")
# Inanimate nouns for people addressed as a whole: "обратился к властям", "к общественности".
_ADDRESSEES = frozenset(
    {"власть", "общественность", "население", "нация", "страна", "мир", "общество", "сообщество", "аудитория"}
)
_TO_RE = cache.pattern(r"[^\S\n]++к[^\S\n]++(\p{Ll}++)(?:[^\S\n]++(\p{Ll}++))?+")


def _turns_to_a_thing(text: str, end: int) -> bool:
    """Whether "к" and a lower-case inanimate noun follow a verb of addressing that ends at *end*."""
    m = _TO_RE.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    # The noun after "к", past one adjective ("к нынешним властям").
    word = m.group(1) if any(p.tag.POS == "NOUN" for p in parse(m.group(1))[:1]) or not m.group(2) else m.group(2)
    noun = [p for p in parse(word)[:2] if p.tag.POS == "NOUN"]
    if not noun or any("anim" in p.tag or str(p.normal_form) in _ADDRESSEES for p in noun):
        return False
    return not _speaking_body(word)


def _thing_object(text: str, end: int) -> bool:
    """
    Whether an inanimate noun in the accusative follows *end*, past up to two adjectives (``долгосрочный
    договор``).
    """
    pos = end
    for _ in range(3):
        nxt = spaced_word_after(text, pos)
        if nxt is None:
            return False
        parses = parse(nxt.text.lower())[:2]
        if parses and parses[0].tag.POS == "ADJF":
            pos = nxt.end
            continue
        # "соглашение": the nominative first, the accusative its other reading.
        return bool(parses) and all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses) and any(
            "accs" in p.tag.grammemes for p in parses
        )
    return False


def _all_verbs(doc: Doc) -> list[tuple[int, int, VerbForm]]:
    """Every attributing speech-verb form in the document, in order."""
    out = []
    text, low = doc.text, doc.lower
    forms = verb_forms()
    # The document's words, looked up in the table of forms: no pattern of every form to compile.
    for w in doc.words:
        if w.text.lower().replace("ё", "е") not in forms:
            continue
        vf = verb_at(text, w.start, w.end)
        if vf is None or _governs_infinitive(text, w.end) or _LI_AFTER_RE.match(text, w.end, min(len(text), w.end + 8)):
            continue  # "считает ли он, что …": a question about an opinion, no attribution
        if vf.lemma in _PROPOSING and _asks_to_act(text, w.end):
            continue  # "предложила соседям обсудить вопросы": a request to act, no words reported
        if vf.lemma in _INDICATING and _WHICH_BEFORE_RE.search(text, max(0, w.start - 8), w.start):
            continue  # "…, что указывает на перемены": a thing that indicates, no one speaking
        if vf.lemma in _NEGATED_ONLY and not _NOT_BEFORE_RE.search(text, max(0, w.start - 4), w.start):
            continue  # "исключил из списка"; only "не исключил, что …" reports an opinion
        if vf.lemma in _AFFIRMED_ONLY and _NOT_BEFORE_RE.search(text, max(0, w.start - 4), w.start):
            continue  # "не верили, что …": a disbelief, no view held
        if vf.lemma in _ADDRESSING and _turns_to_a_thing(text, w.end):
            continue  # "обратился к творчеству писателя": turned to a thing, spoke to no one
        if vf.lemma in _SUSPECTING and _RIGHT_CHTO_RE.match(text, w.end, min(len(text), w.end + 8)) is None:
            continue  # "его подозревают в том, что …": an accusation; only "подозревают, что …" is a view
        if vf.lemma in _CONCLUDING and _thing_object(text, w.end) and not _AFTER_BREAK_RE.search(
            text, max(0, w.start - 4), w.start
        ):
            continue  # "компания заключила договор": a deal concluded, no words (", — заключил суд" speaks)
        out.append((w.start, w.end, vf))
    if len(low) == len(text):
        # "попытался пояснить депутатам, что …": an auxiliary with a speech verb in the infinitive.
        aux = [(m.start(), m.end(), vf) for m in auxiliary_regex().finditer(low) if (vf := auxiliary_at(m)) is not None]
        # "…, следует из доклада X": what a document says, its source after "из".
        aux.extend(_follows_from(text, low))
        if aux:
            out = sorted(out + aux, key=lambda v: v[0])
    return out


# "следует из доклада", "как следует из документа": an impersonal verb whose source stands after "из".
_FOLLOWS_FROM_RE = cache.pattern(rf"(?<!\p{{L}}){FOLLOWS_FROM}(?=[^\S\n]++из[^\S\n])")
_FOLLOWS = VerbForm("следовать", "impersonal", False, None)
# "Из сообщения X следует, что …": "из" and its source open the clause, "следует, что" closes it.
_FROM_THEN_FOLLOWS_RE = cache.pattern(
    rf"(?<![\p{{L}}\p{{N}}])из[^\S\n]++[^.!?;:,\n]{{3,120}}?[^\S\n](?P<verb>{FOLLOWS_FROM}),[^\S\n]*+что(?!\p{{L}})"
)


def _follows_from(text: str, low: str) -> list[tuple[int, int, VerbForm]]:
    """
    The verbs "следует" whose source is a document or someone's words: after it ("…, следует из доклада X") or
    before it, opening the clause ("Из сообщения X следует, что …").
    """
    out = [(m.start(), m.end(), _FOLLOWS) for m in _FOLLOWS_FROM_RE.finditer(low) if _from_words(text, m.end())]
    out.extend(
        (m.start("verb"), m.end("verb"), _FOLLOWS)
        for m in _FROM_THEN_FOLLOWS_RE.finditer(low)
        if _from_words(text, m.start())
    )
    return out


def _from_words(text: str, end: int) -> bool:
    """
    Whether the "из" phrase after "следует" ending at *end* names someone's words: a document (``из доклада``, ``из
    опубликованного заявления``) or words and speeches (``из слов X``, ``из интервью``); not data or a practice
    (``из данных биржи``).
    """
    words = words_in(text, end, min(len(text), end + _FROM_REACH))[1:4]
    for w in words:
        low = w.text.lower()
        if document_noun(w.text) or low in _WORDS_NOUNS:
            return True
        if not reads_as(low, ("ADJF", "PRTF"), first=True):
            return False
    return False


# Nouns of words and speeches after "следует из": "из слов министра", "из его выступления".
_WORDS_NOUNS = frozenset({"слов", "интервью", "выступления", "ответа", "пояснений", "показаний"})
_FROM_REACH = 80


def _asks_to_act(text: str, end: int) -> bool:
    """
    Whether an infinitive follows a verb of proposing ending at *end* past its object of a word or two, on its line
    and with no break (``предложила Северной обсудить``).
    """
    for w in words_in(text, end, min(len(text), end + _REQUEST_REACH))[1:3]:
        if reads_as(w.text, ("INFN",), first=True):
            return not any(c in ",.;:!?«»\"\n—–" for c in text[end : w.start])
    return False


# How far after a verb of proposing the infinitive it proposes is looked for, and before an infinitive of speech the
# verb of asking that governs it.
_REQUEST_REACH = 60


def _next_pos(text: str, pos: int, end: int) -> str | None:
    """The part of speech of the first reading of the word right after *pos* (``INFN``, ``VERB``, …), if any."""
    m = spaced_word_after(text, pos)
    if m is None or m.end > end or not (2 <= len(m.text) <= 30 and m.text.isalpha()):
        return None
    parses = parse(m.text.lower())
    return str(parses[0].tag.POS) if parses else None


def _governs_infinitive(text: str, end: int) -> bool:
    """
    Whether the verb ending at *end* is followed by an infinitive it governs.

    Such a verb says what goes on, not who speaks: ``цены продолжают расти``,
    ``пообещал построить``, also with an adverb between (``пообещал позднее уточнить``).
    """
    nxt = spaced_word_after(text, end)
    if nxt is None:
        return False
    if reads_as(nxt.text, ("INFN",), first=True):
        return True
    return reads_as(nxt.text, ("ADVB", "COMP")) and _next_pos(text, nxt.end, len(text)) == "INFN"


def _title_subject_before(env: _Env, pronoun: Mention) -> Mention | None:
    """
    The title that opens the sentence before a subject pronoun's, in its paragraph, when it is that sentence's
    subject: ``Глава Пентагона прибыл на Украину. Перед визитом он заявил, что …`` is the head of the Pentagon's,
    not the senator's who spoke before.
    """
    if fold(pronoun.text) not in _SUBJECT_PRONOUNS:
        return None
    para = env.para_at(pronoun.start)
    if para is None:
        return None
    i = bisect.bisect_right(para.sentence_starts, pronoun.start) - 1
    if i < 1:
        return None
    ss, se = para.sentences[i - 1]
    found = mention_anywhere(env.ctx, env.text, ss, min(se, ss + _TITLE_SUBJECT_REACH))
    if found is None or found.kind != "title" or found.start != ss or not found.text[:1].isupper():
        return None
    first = found.text.split()[0]
    if not can_be_nominative(first, found.head) or not _verb_follows(env.text, found.end, se):
        return None
    return found


def _verb_follows(text: str, end: int, se: int) -> bool:
    """Whether a finite verb follows *end*, past at most one adverb or particle ("Глава Пентагона вчера прибыл")."""
    for w in words_in(text, end, min(se, end + _TITLE_SUBJECT_REACH))[:2]:
        if is_finite_verb(w.text):
            return True
        if not reads_as(w.text, ("ADVB", "PRCL"), first=True):
            return False
    return False


# The subject pronouns a title opening the sentence before may stand for.
_SUBJECT_PRONOUNS = frozenset({"он", "она"})
# How far into its sentence a title that is its subject may reach.
_TITLE_SUBJECT_REACH = 60


def _sentence_of(para: _Para, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(para.sentence_starts, pos) - 1
    if i >= 0 and pos < para.sentences[i][1]:
        return para.sentences[i]
    return para.content, para.end


def _inside(spans: Sequence[tuple[int, int]], pos: int, *, reach: int = 8) -> bool:
    """Whether *pos* falls in one of the sorted *spans* (looking back over at most *reach* spans)."""
    return _span_at(spans, pos, reach=reach) is not None


def _span_at(spans: Sequence[tuple[int, int]], pos: int, *, reach: int = 8) -> tuple[int, int] | None:
    """The one of the sorted *spans* that *pos* falls in (looking back over at most *reach* spans), if any."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return next((spans[j] for j in range(i, max(-1, i - reach), -1) if spans[j][0] <= pos < spans[j][1]), None)


def _prev_text(env: _Env, k: int) -> _Para | None:
    """The paragraph before paragraph *k*, if there is one."""
    return env.paras[k - 1] if k > 0 else None


def _attribution_after(
    env: _Env, para: _Para, v: tuple[int, int, VerbForm], end: int | None = None
) -> tuple[Mention | None, str | None]:
    """The mention after a postposed verb, up to the end of its sentence (or *end*)."""
    ctx, text = env.ctx, env.text
    _, se = _sentence_of(para, v[0])
    se = min(se, v[1] + WINDOW, end if end is not None else se)
    medium = medium_in(text, v[1], se)
    if v[2].lemma in _CITING:
        him = _OBJECT_PRONOUN_RE.match(text, v[1], min(se, v[1] + 8))
        if him is not None:
            # "…, процитировали ее члены комиссии": the one cited speaks.
            return Mention(him.start(1), him.end(1), "pronoun", him.group(1)), medium
        cited = _cited_object(env, v[1], se)
        if cited is not None:
            return cited, medium  # "…, — цитирует агентство пресс-службу министерства"
    words_of = _words_of_after_verb(text, v, se)
    if words_of is not None:
        # "…, передает слова министра агентство": the words are the minister's.
        of = mention_anywhere(ctx, text, words_of.end(), se)
        if of is not None and of.kind in ("person", "title"):
            return of, medium
    m, bare = mention_after(ctx, text, v[1], se)
    m = _not_a_network(text, m)
    m = _title_of_owner(env, m, v[2]) or m
    if m is None and not text[v[1] : para.end].strip() and para.index + 1 < len(env.paras):
        # "…, сообщает" at a line end and the source on the next short line: "SeaNews.".
        nxt = env.paras[para.index + 1]
        if nxt.end - nxt.start <= 60:
            m, bare = mention_after(ctx, text, nxt.start, nxt.end)
    if v[2].cls == "speech" and (m is None or m.kind == "org"):
        m = _noun_subject_over(text, v, se, m)
    if (v[2].cls in ("impersonal", "passive") or v[2].plural) and v[2].lemma not in _BLAMING:
        # "…, обвиняют мэрию в нарушении закона": what one is blamed for is no place that speaks.
        place = source_place(ctx, text, v[1], se)
        if place is not None and v[2].cls in ("impersonal", "passive"):
            place = _document_speaker(ctx, text, place, se)
        if place is not None and _place_speaks(v[2], m, place):
            return place, medium or bare
    return m, medium or bare


def _not_a_network(text: str, m: Mention | None) -> Mention | None:
    """
    Mention *m* found after a verb, unless it is a social network (:data:`~.words.NETWORKS`) after a preposition
    (``написала в Twitter``): where the words were written, not who wrote them.
    """
    if m is not None and m.text.split()[0].lower() in NETWORKS and _after_preposition(text, m.start):
        return None
    return m


def _title_of_owner(env: _Env, m: Mention | None, vf: VerbForm) -> Mention | None:
    """
    The title before a one-word surname read as a woman's after a man's verb (``— заявил помощник Петрова``): the
    surname is the genitive of a man's surname, and the title he owns (his assistant) is the speaker.
    """
    if m is None or m.kind != "person" or m.person is None or vf.gender != "m" or vf.plural:
        return None
    text = env.text
    if m.person.gender != "f" or " " in text[m.start : m.end].strip() or text[m.end - 1 : m.end] not in "ая":
        return None
    before = word_before(text, m.start)
    title = title_of(before.text) if before is not None and text[before.end : m.start] == " " else None
    if before is None or title is None or not reads_as(before.text, ("NOUN",), "nomn"):
        return None
    role = text[before.start : m.end]
    return Mention(before.start, m.end, "title", role, role=role, head=title[0])


def _words_of_after_verb(text: str, v: tuple[int, int, VerbForm], se: int) -> regex.Match[str] | None:
    """
    The noun of words right after verb *v* (``передает слова министра``), or past the outlet after a verb of
    reporting (``приводит ТАСС слова адвоката``).
    """
    if text[v[1] : v[1] + 1] == " " and (words_of := _WORDS_OF_RE.match(text, v[1] + 1, se)) is not None:
        return words_of
    if v[2].cls != "report" and v[2].lemma not in _RELAYING:
        return None
    words_of = _WORDS_OF_RE.search(text, v[1], min(se, v[1] + _WORDS_OF_AFTER_REPORT))
    return words_of if words_of is not None and "," not in text[v[1] : words_of.start()] else None


# Verbs of blame, whose "в" phrase is the charge ("обвинить в подлоге"), not a body that speaks.
_BLAMING = frozenset(
    {"обвинять", "обвинить", "подозревать", "заподозрить", "уличать", "уличить", "упрекать", "упрекнуть"}
)


def _document_speaker(ctx: SpeakerContext, text: str, place: Mention, end: int) -> Mention:
    """
    Who speaks in a document named after an impersonal verb: the person whose words it holds (``говорится в
    заявлении прокурора Ивана Петрова``), the one it refers to (``говорится в сообщении регулятора со ссылкой на
    зампреда Олега Чурия``), else the document.
    """
    place = _person_in_source(ctx, text, place) or place
    referred = referred_source(ctx, text, place.end, end)
    if place.kind == "org" and referred is not None and referred.kind in ("person", "title"):
        return referred
    return place


# The words of a subject after a postposed verb: its adjectives and head noun, then what it is of or for.
_HEAD_WORDS = 4
_SUBJECT_WORDS = 9
# The words after a postposed verb up to the end of its clause: "…, сообщил Летний дворец.", also before a name
# in brackets ("…, сообщила федерация лёгкой атлетики (ФЛА).").
_CLAUSE_TAIL_RE = cache.pattern(
    rf"{HS}++((?:[\p{{L}}\d-]++{HS}*+){{1,{_SUBJECT_WORDS}}}?)(?=(?:\([^()\n]{{1,80}}+\){HS}*+)?+(?:[.!?;,]|\Z))"
)


def _noun_subject_over(text: str, v: tuple[int, int, VerbForm], se: int, found: Mention | None) -> Mention | None:
    """
    The noun phrase after a speech verb (:func:`_noun_subject_after`; not after an opinion verb: in ``…, ожидает
    крах`` a thing is awaited) where nothing else was *found*, or where it holds the organisation found (``…,
    сообщает штаб по борьбе с COVID-19``: the phrase, not the name at its end); else *found*.
    """
    noun = _noun_subject_after(text, v, se)
    if noun is not None and (found is None or noun.start < found.start < noun.end):
        return noun
    return found


def _noun_tail(words: Sequence[str]) -> bool:
    """
    Whether *words* can follow the head noun of a subject after a postposed verb: no verb among them, and the
    first one a noun or adjective in the genitive or ``по`` (``штаб по борьбе с COVID-19``, ``суд Москвы``).
    """
    first = words[0].lower()
    if first != "по" and not reads_as(first, ("NOUN", "ADJF"), "gent", first=True):
        return False
    return not any(reads_as(w.lower(), ("VERB", "INFN", "GRND", "PRTS")) for w in words)


# Adverbs of time and of addition that may stand between a postposed verb and its subject, beside the words for a
# day of the dates lexicon ("вчера", "сегодня").
_WHEN_WORDS = frozenset({"накануне", "ранее", "позднее", "позже", "также", "тоже", "уже", "утром"})


def _noun_subject_after(text: str, v: tuple[int, int, VerbForm], se: int) -> Mention | None:
    """
    A noun phrase that fills the clause after a postposed verb and agrees with it: its subject.

    ``…, сообщил Летний дворец.``, ``…, заявило ведомство.``: a nominative
    noun of the verb's number and gender (past tense), with adjectives before it,
    is the speaker even when no table lists it as an organisation.
    """
    m = _CLAUSE_TAIL_RE.match(text, v[1], se)
    if m is None:
        return None
    start = m.start(1)
    words = m.group(1).split()
    while len(words) > 1 and (words[0].lower() in _WHEN_WORDS or words[0].lower() in day_words()):
        # "…, сообщили вчера местные органы статистики": the time, then the subject.
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    for k, w in enumerate(words[:_HEAD_WORDS]):
        parses = parse(w.lower())[:2]
        head = next((p for p in parses if p.tag.POS == "NOUN"), None)
        if head is None:
            if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
                return None  # "…, сообщил вчера суд": only adjectives stand before the noun
            continue
        tag = head.tag
        if "nomn" not in tag or "inan" not in tag or NAME_TAGS & tag.grammemes or not is_known(w.lower()):
            # A person noun ("горожанка") is resolved as a title; an unknown or cut-off word is no subject.
            return None
        if ("plur" in tag) != v[2].plural:
            return None
        if v[2].gender is not None and not v[2].plural and tag.gender != {"m": "masc", "f": "femn"}[v[2].gender]:
            return None
        if k + 1 < len(words) and not _noun_tail(words[k + 1 :]):
            return None
        # The head is in the nominative already: the phrase stays as written.
        phrase = text[start : m.end(1)].rstrip()
        return Mention(start, start + len(phrase), "org", phrase)
    return None


def _place_speaks(vf: VerbForm, m: Mention | None, place: Mention) -> bool:
    """
    Whether the place after a plural or impersonal verb speaks rather than the mention found after the verb.

    It does after an impersonal verb (``говорится в сообщении``), with no other mention, and when the
    mention is an organisation that listens before the place (``сообщили агентству «Вести» в министерстве``)
    or is one word or a phrase inside it (``сообщили в пресс-службе ведомства``, ``в пресс-службе администрации
    области``); an opinion keeps its holder.
    """
    if vf.cls in ("impersonal", "passive") or m is None:
        return True
    if m.kind != "org":
        return False
    if m.end <= place.start:
        return True
    inside = place.start <= m.start and m.end <= place.end  # "в пресс-службе администрации области"
    return vf.cls != "opinion" and (" " not in m.text or inside)


def _person_in_source(ctx: SpeakerContext, text: str, place: Mention) -> Mention | None:
    """
    The person a source phrase names in the genitive (``заявление прокурора Ивана Петрова``), or the title a
    document is the words of (``в письме конгрессмена``: :func:`~.mentions.document_owner`), if any.
    """
    # A name the phrase's word limit cut in two still counts: it starts inside the phrase.
    for pm in ctx.persons_in(place.start, place.end + 40):
        if pm.case != "nomn" and (
            place.start <= pm.start < place.end or (pm.case == "gent" and text[place.end : pm.start].isspace())
        ):
            # "в сообщении С.Балмера": an initial, read as a preposition, ends the place right before its name.
            return mention_anywhere(ctx, text, pm.start, pm.end)
        if pm.start >= place.end and pm.case == "ablt" and _AGENT_GAP_RE.fullmatch(text, place.end, pm.start):
            # "говорится в пресс-релизе, выпущенном Вэнсом": the one who issued the document.
            return mention_anywhere(ctx, text, pm.start, pm.end)
    return document_owner(ctx, text, place)


# Between a document and the person who issued it: a comma and a participle ("…, выпущенном Вэнсом").
_AGENT_GAP_RE = cache.pattern(r"\s*+,\s*+\p{Ll}{3,20}+(?<=ом|ем|ым|им|ой|ей)\s++(?:\p{Ll}{2,20}+\s++){0,3}+")


def _speaking(v: tuple[int, int, VerbForm]) -> bool:
    """Whether the verb can attribute verbatim speech (not an opinion: "считает")."""
    return v[2].cls != "opinion"


# --- rules: dash dialogue --------------------------------------------------------

# A dash rule reads paragraph *k* whose dash quote runs over *s*..*e* (the text after the dash from
# *body*) and returns candidates, or None when it does not apply: the first answer wins.
_DashRule = Callable[[_Env, int, int, int, int], list[_Cand] | None]


def _dash_before(text: str, piece: int, v: tuple[int, int, VerbForm]) -> regex.Match[str] | None:
    """The ``, –`` that sets off verb *v* in a dash paragraph: right before it, or up to three lower-case words back."""
    return _DASH_ATTR_GAP_RE.search(text, max(piece, v[0] - 50), v[0])


def _dash_attributions(env: _Env, para: _Para, piece: int) -> list[tuple[int, int, VerbForm]]:
    """The speech verbs that follow ``, –`` inside a dash paragraph (and other verbs of a closing one)."""
    found = [
        v
        for v in para.verbs
        # "– …, – считает он": an opinion verb set off by the dash attributes the words before it too; up to three
        # lower-case words may stand between ("– …, – уверенно сказал он").
        if _dash_before(env.text, piece, v) is not None
    ]
    if not found:
        last = _manner_attribution(env, para, piece)
        found = [last] if last is not None else []
    return found


# ", – развел руками губернатор." closing a dash paragraph: the verb and the speaker, nothing after.
_MANNER_RE = cache.pattern(rf"[,!?…]{HS}*+[{DASHES}]{HS}*+(\p{{Ll}}++)((?:{HS}++[\p{{L}}-]++){{1,6}}?)[.!…]?+\s*+\Z")


def _verb_form(p: Parse) -> VerbForm:
    """A finite verb's reading as the verb of an attribution: its lemma, number and gender (``улыбнулась``)."""
    gender: Literal["m", "f"] | None = "f" if "femn" in p.tag else "m" if "masc" in p.tag else None
    return VerbForm(str(p.normal_form), "speech", "plur" in p.tag, gender)


def _manner_attribution(env: _Env, para: _Para, piece: int) -> tuple[int, int, VerbForm] | None:
    """
    A verb of manner that closes a dash quote (``– …, – развел руками губернатор.``, ``– улыбнулся он``).

    Only at the end of the paragraph, a finite singular past-tense verb followed by a person, a title or a
    pronoun in the nominative: the punctuation of direct speech makes it the attribution.
    """
    text = env.text
    m = _MANNER_RE.search(text, max(piece, para.end - 120), para.end)
    if m is None:
        return None
    ps = parse(m.group(1))
    if not ps or ps[0].tag.POS != "VERB" or "past" not in ps[0].tag or "sing" not in ps[0].tag:
        return None
    v = (m.start(1), m.end(1), _verb_form(ps[0]))
    mention, _ = _attribution_after(env, para, v)
    if mention is None or mention.kind not in ("person", "title", "pronoun"):
        return None
    return v


def _dash_inline(env: _Env, k: int, piece: int) -> list[_Cand]:
    """``– A, – сказал он. – B``: the pieces around each attribution inside the paragraph."""
    text, para = env.text, env.paras[k]
    attributions = _dash_attributions(env, para, piece)
    out: list[_Cand] = []
    idx = 0
    while idx < len(attributions):
        v = attributions[idx]
        idx += 1
        m = _dash_before(text, piece, v)
        if v[0] < piece or m is None:
            continue
        s, e = trim_span(text, piece, m.start() + (1 if m.group(1) in "!?…" else 0))
        if e > s and text[e - 1] in "»”" and not any(ch in "«„" for ch in text[s : e - 1]):
            # "«A, — сказал он. — B», — цитирует …": the mark closes a quotation opened before the dash.
            s, e = trim_span(text, s, e - 1)
        _, se = _sentence_of(para, v[0])
        # "– A, – сказал он, – B": the quote resumes inside the sentence; else at a next one opening with a dash.
        resume = _COMMA_RESUME_RE.search(text, v[1], min(se, v[1] + WINDOW))
        mention, medium = _attribution_after(env, para, v, resume.start() if resume is not None else None)
        if e > s:
            out.append(_Cand(s, e, "direct", "dash", 3, mention, v[2], medium, para=k))
        nxt = resume if resume is not None else _DASH_OPEN_RE.match(text, se, para.end)
        if nxt is None:
            return out
        piece = nxt.end()
        while idx < len(attributions) and attributions[idx][0] < piece:
            idx += 1
        if idx < len(attributions):
            continue
        # The piece after the attribution shares its speaker.
        s, e = trim_span(text, piece, para.end)
        if e > s:
            out.append(_Cand(s, e, "direct", "dash-split", 3, mention, v[2], medium, runs_to_end=True, para=k))
        return out
    return out


def _dash_verb_line(env: _Env, k: int, s: int, e: int, body: int) -> list[_Cand] | None:
    """
    The attribution on a line of its own after the quote: "— рассказал тренер.", or with no dash, opening
    in lower case: "заявил после встречи министр.".
    """
    if k + 1 >= len(env.paras):
        return None
    nxt = env.paras[k + 1]
    if nxt.dash:
        nxt_body = _DASH_OPEN_RE.match(env.text, nxt.start, nxt.end)
        v_line = _verb_line(nxt, nxt_body.end()) if nxt_body is not None else None
    else:
        v_line = _verb_line(nxt, nxt.content) if env.text[nxt.content : nxt.content + 1].islower() else None
    if v_line is None:
        return None
    mention, medium = _attribution_after(env, nxt, v_line)
    return [_Cand(s, e, "direct", "dash-own-line", 3, mention, v_line[2], medium, para=k)]


def _own_line(env: _Env, k: int) -> tuple[bool, Mention | None]:
    """Whether paragraph *k* holds only an attribution ("— Касым-Жомарт Токаев", "– пресс-служба акимата")."""
    if k >= len(env.paras):
        return False, None
    para, text = env.paras[k], env.text
    if _EMBED_SIGNATURE_RE.match(text, para.start, para.end) is not None:
        return True, _embed_author(env, para)
    own = _OWN_LINE_RE.match(text, para.start, para.end)
    if own is not None:
        return True, mention_anywhere(env.ctx, text, own.start("who"), own.end("who"))
    low = _OWN_LINE_LOWER_RE.match(text, para.start, para.end)
    if low is None:
        return False, None
    found = mention_anywhere(env.ctx, text, low.start("who"), low.end("who"))
    if found is None or found.kind == "pronoun" or found.start > low.start("who"):
        return False, None
    return True, found


def _dash_name_line(env: _Env, k: int, s: int, e: int, body: int) -> list[_Cand] | None:
    """A name alone on the next line: "— Касым-Жомарт Токаев"."""
    own, mention = _own_line(env, k + 1)
    if not own:
        return None
    return [_Cand(s, e, "direct", "dash-own-line", 3, mention, para=k)]


def _list_item(env: _Env, para: _Para, s: int, e: int) -> bool:
    """Whether *s*..*e* reads as an item of a list or a score ("Иванов – 5 голов"), not speech."""
    return not para.verbs and e - s < 80 and _LIST_ITEM_RE.match(env.text, s, e) is not None


def _ends_with(text: str, para: _Para, mark: str) -> bool:
    """Whether paragraph *para* ends in *mark*, past white space."""
    return text[para.start : para.end].rstrip()[-1:] == mark


# The most items of a dash list under a speaker's colon read as their quotes.
_LIST_ITEMS = 12


def _dash_after_colon(env: _Env, k: int, s: int, e: int, body: int) -> list[_Cand] | None:
    """The attribution before the quote: "… заявил:" closing the previous paragraph."""
    prev = _prev_text(env, k)
    items = 0
    while prev is not None and prev.dash and items < _LIST_ITEMS and _ends_with(env.text, prev, ";"):
        # "Спасатели советуют:\n- A;\n- B;\n- C.": each item of a list the colon opens is a quote of its own.
        prev, items = _prev_text(env, prev.index), items + 1
    if prev is None or not _ends_with(env.text, prev, ":"):
        return None
    if _list_item(env, env.paras[k], s, e):
        return []
    mention, vf = _colon_intro(env, prev)
    if items and mention is None:
        return None
    if mention is None and vf is None and _unfinished(env, env.paras[k]):
        # "Главные призы достались:\n– Гран-при – фильму …": list items under a colon that introduces no one.
        return []
    cand = _Cand(s, e, "direct", "dash-after-colon", 3, mention, vf, inherit=mention is None, runs_to_end=True, para=k)
    return [cand]


def _colon_paragraph_rule(env: _Env, k: int) -> list[_Cand]:
    """
    A paragraph of plain words under an attribution that ends in a colon (``… попросил о мягком наказании:``)
    is a direct quote of its speaker: a quotation set as a block, its marks left out.

    The attribution holds a speech verb, or the paragraph speaks in the first person and the sentence of the
    colon opens with its speaker (``Прокурор, признав вину незначительной, просил суд …:`` / ``Я прошу …``).
    """
    text, para = env.text, env.paras[k]
    prev = _prev_text(env, k)
    if para.dash or para.kind != "body" or prev is None or prev.kind != "body" or not _plain_words(env, para):
        return []
    first = text[para.content : para.content + 1]
    if not _ends_with(text, prev, ":") or not (first.isupper() or first.isdigit()):
        return []  # a capital or a figure opens the words ("18 мая оркестр выступит …")
    if text.count("\n", prev.end, para.start) >= _LEFT_OUT_BLOCK_BREAKS:
        return []  # "написал в Twitter:" and two blank lines: the post was left out, the article goes on
    s, e = trim_span(text, para.content, para.end)
    if e - s < 20 or _list_item(env, para, s, e) or _unfinished(env, para) or _attributes_itself(env, para, s):
        return []
    colon = text.rfind(":", prev.start, prev.end)
    before = word_before(text, colon)
    if before is None or (
        before.text.lower() != "так" and any(p.tag.POS in ("PREP", "CONJ") for p in parse(before.text.lower())[:1])
    ):
        # "распространяется на:": a list follows the colon, not a quotation.
        return []
    found = _colon_block_speaker(env, prev, colon, s, e)
    if found is None:
        return []
    mention, vf = found
    # A transcript with its punctuation left out is one paragraph; the next is the article's own.
    goes_on = not _transcript(text, s, e)
    return [
        _Cand(s, e, "direct", "colon-paragraph", 3, mention, vf, inherit=mention is None, runs_to_end=goes_on, para=k)
    ]


def _colon_block_speaker(
    env: _Env, prev: _Para, colon: int, s: int, e: int
) -> tuple[Mention | None, VerbForm | None] | None:
    """
    Who speaks the block ``text[s:e]`` under the paragraph *prev* that ends in *colon*, and by what verb; ``None``
    when *prev* attributes no speech (see :func:`_colon_paragraph_rule`).
    """
    text = env.text
    cs, _ = _sentence_of(prev, colon)
    if any(v[2].cls in ("speech", "impersonal") for v in prev.verbs_in(max(cs, colon - WINDOW), colon)):
        # "… заявил делегатам:", "В сообщении ведомства говорится:".
        return _colon_intro(env, prev)
    if (po := _po_slovam_before_colon(env, prev, cs, colon)) is not None:
        # "Премьеру зрители, по словам директора, увидят в октябре:": the one whose words the sentence gives.
        return po, None
    if (label := _speaker_label(env, prev, colon)) is not None:
        # "Котов:" on a line of its own: a transcript's label of who speaks, whatever voice the words are in.
        return label, None
    if _VOICE_RE.search(text, s, e) is not None or _WORDS_BEFORE_COLON_RE.search(text, cs, colon + 1) is not None:
        mention = _clause_subject(env, cs, colon)
        return (mention, None) if mention is not None and mention.kind != "pronoun" else None
    return None


# Line breaks between a colon and the next paragraph that show a block left out (an embedded post): two blank lines.
_LEFT_OUT_BLOCK_BREAKS = 3


def _po_slovam_before_colon(env: _Env, prev: _Para, cs: int, colon: int) -> Mention | None:
    """The speaker of a ``по словам X`` attribution in the sentence that ends in *colon*, opening it or inside it."""
    text = env.text
    m = _PO_SLOVAM_RE.match(text, cs, colon)
    if m is None:
        mid = _PO_SLOVAM_MID_RE.search(text, cs, colon)
        m = _PO_SLOVAM_RE.match(text, mid.end(), colon) if mid is not None else None
    cand = _po_slovam_at(env, prev.index, m, colon) if m is not None else None
    return cand.mention if cand is not None and cand.mention is not None else None


def _attributes_itself(env: _Env, para: _Para, s: int) -> bool:
    """Whether the paragraph opens with an attribution of its own (``Как сообщает «МК», …``, ``По словам X, …``)."""
    if _PO_SLOVAM_RE.match(env.text, s, para.end) is not None:
        return True
    return any(_speaking(v) and _KAK_RE.match(env.text[s : v[0]]) for v in para.verbs_in(s, min(para.end, s + 40)))


# "… поблагодарил министра следующими словами:": the colon introduces words said, whatever the verb.
_WORDS_BEFORE_COLON_RE = cache.pattern(r"(?<!\p{L})(?:следующими|такими|этими)\s++словами\s*+:\Z")


def _speaker_label(env: _Env, prev: _Para, colon: int) -> Mention | None:
    """
    The person whose name alone fills the paragraph *prev* before its final *colon* (``Котов:``, ``Анна
    Прядкина:``): a transcript's label of who speaks next; else ``None``.
    """
    text = env.text
    if text[colon + 1 : prev.end].strip():
        return None
    found = mention_anywhere(env.ctx, text, prev.content, colon)
    if found is None or found.kind != "person" or text[prev.content : found.start].strip():
        return None
    return found if not text[found.end : colon].strip() else None


def _clause_subject(env: _Env, cs: int, colon: int) -> Mention | None:
    """
    The subject of the sentence at *cs* that ends in a colon with no speech verb: the mention before its
    first verb (``Президент назвал Мелендес так:`` -> ``Президент``), else the first one in its opening words.
    """
    text = env.text
    for w in iter_words_in(text, cs, min(colon, cs + _SUBJECT_REACH)):
        if is_finite_verb(w.text):
            found = mention_before(env.ctx, text, cs, w.start)
            if found is not None:
                return found
            break
    return mention_anywhere(env.ctx, text, cs, min(colon, cs + _SUBJECT_REACH))


def _plain_words(env: _Env, para: _Para) -> bool:
    """
    Whether *para* is plain words: it does not open with a quotation mark, and any marks in it hold names
    (``кандидатом партии «Нур Отан»``, ``компании "Телеспорт"``) or a word or two cited (``сказали «нет»``), not a
    quotation of its own.
    """
    text = env.text
    if text[para.content : para.content + 1] in _OPENERS:
        return False
    return all(
        _name_like(text, para, *trim_span(text, o + 1, c)) or _cited_word(text, o + 1, c) for o, c, _ in para.marks
    )


def _cited_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word or two cited in a sentence (``сказали «нет» правительству``)."""
    return len(words_in(text, start, end)) <= _CITED_WORDS and not any(c in ".!?…:" for c in text[start:end])


# The most words of a cited word in quotation marks.
_CITED_WORDS = 2


# How far into its sentence the subject of an attribution with no speech verb may start.
_SUBJECT_REACH = 60


def _unfinished(env: _Env, para: _Para) -> bool:
    """
    Whether the paragraph ends without a sentence end, as a list item does ("… — 50 сомов;", "… режиссёр Имя");
    a long paragraph of words with its punctuation left out (a transcript) is no list item.
    """
    body = env.text[para.start : para.end].rstrip()
    if body.endswith((".", "!", "?", "…", "»", '"', "”", "“")):
        return False
    return body.endswith((";", ",")) or len(body.split()) < _TRANSCRIPT_WORDS


# How many words a paragraph with no final punctuation needs to be a transcript, not a list item.
_TRANSCRIPT_WORDS = 15


def _dash_multi(env: _Env, k: int, s: int, e: int, body: int) -> list[_Cand] | None:
    """The quote runs on into the next paragraph(s), which carry the attribution."""
    text = env.text
    for j in range(k + 1, min(k + 3, len(env.paras))):
        nxt = env.paras[j]
        # A paragraph of its own quotation ("«…», – сказал он") or dialogue ends the run.
        if nxt.dash or nxt.kind not in TEXT_KINDS or text[nxt.content] in _OPENERS:
            return None
        for v in nxt.verbs:
            m = _DASH_ATTR_BEFORE_RE.search(text, max(nxt.start, v[0] - 8), v[0])
            if m is None or not _speaking(v):
                continue
            if _inside(nxt.mark_spans, m.start()):
                return None
            s2, e2 = trim_span(text, body, m.start())
            mention, medium = _attribution_after(env, nxt, v)
            return [_Cand(s2, e2, "direct", "dash-multi", 3, mention, v[2], medium, para=k)]
    return None


# A closing quotation mark right before a verb: "«…»- говорит X", "», — сказал".
_CLOSE_BEFORE_RE = cache.pattern(rf"[»\"”“][,.!?…]?+{HS}*+[{DASHES}]*+{HS}*+\Z")


def _attributes_speech(env: _Env, prev: _Para | None) -> bool:
    """
    Whether *prev* is a body paragraph that attributes speech ("По словам X, …", "X заявил, что …", "X
    рассказал о том, как …"), also with its sentence broken into lines before it (``рассказал журналисту`` /
    ``о том, какой …``).
    """
    if prev is None or prev.kind != "body":
        return False
    text = env.text
    if _talk_verb(env, prev) is not None:
        return True
    for v in prev.verbs:
        if v[2].cls not in ("speech", "opinion"):
            continue
        # "X заявил, что …", "…, – сказал X.", "«…»- говорит X", not a bare "про него говорят".
        before = max(prev.start, v[0] - 8)
        if (
            _CHTO_RE.match(text, v[1], min(prev.end, v[1] + WINDOW))
            or _COMMA_BEFORE_RE.search(text, before, v[0])
            or _CLOSE_BEFORE_RE.search(text, before, v[0])
        ):
            return True
    return _TRIGGER_RE.search(text, prev.start, prev.end) is not None


def _talk_verb(env: _Env, para: _Para) -> tuple[int, int, VerbForm] | None:
    """The speech verb of *para* (or of the lines its sentence was broken off from) that tells how or what."""
    for p in _broken_lines_before(env, para):
        for v in p.verbs:
            if _speaking(v) and _ABOUT_HOW_RE.match(env.text, v[1], min(para.end, v[1] + WINDOW)):
                return v
    last = para.verbs[-1] if para.verbs else None
    if last is not None and _speaking(last) and _speaker_closes(env, para, last) is not None:
        return last  # "О планах рассказывает директор департамента Иван Ребрик." / "– …": the talk's intro
    if last is not None and _speaking(last) and _told_whom(env, para, last):
        return last  # "О планах Ирина Сомова рассказала обозревателю Олегу Петрову." / "– …": the talk's intro
    return None


# What may follow a talk's verb to its paragraph's end: the one told (``обозревателю Олегу Петрову``,
# ``корреспонденту «НГ»``), a few words with no clause of their own, and a full stop or a colon.
_TOLD_WHOM_RE = cache.pattern(rf"(?:{HS}++(?:[\p{{L}}-]++|«[^«»\n]{{1,40}}+»)){{1,5}}+{HS}*+[.:]?+{HS}*+")


# What one tells of oneself with a speech verb and no content of its own: "объяснил свою позицию", "поделился
# своим мнением", "рассказал свою историю".
_VIEW_NOUNS = frozenset({"позиция", "мнение", "история", "взгляд", "версия", "впечатление", "отношение", "точка"})


def _told_whom(env: _Env, para: _Para, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether a person named in the nominative right before the speech verb *v* tells the one told after it, or
    their view, with nothing else said to the paragraph's end: ``Ирина Сомова рассказала обозревателю Олегу
    Петрову.``, ``Эрик Ривз объяснил свою позицию RT.``
    """
    if _TOLD_WHOM_RE.fullmatch(env.text, v[1], para.end) is None:
        return False
    told = word_after(env.text, v[1])
    if told is None:
        return False
    if not reads_as(told.text, ("NOUN", "ADJF"), "datv") and not any(
        str(p.normal_form) in _VIEW_NOUNS for w in words_in(env.text, v[1], para.end) for p in parse(w.text.lower())[:1]
    ):
        return False  # "рассказал о планах.": what was told, not to whom nor whose view
    subject = mention_before(env.ctx, env.text, para.content, v[0])
    return subject is not None and subject.kind == "person"


def _speaker_closes(env: _Env, para: _Para, v: tuple[int, int, VerbForm]) -> PersonMention | None:
    """The person named in the nominative that ends *para* right after its speech verb *v*, with no verb between."""
    pm = next(reversed(env.ctx.persons_in(v[1], para.end)), None)
    if pm is None or pm.case not in (None, "nomn") or env.text[pm.end : para.end].strip() not in ("", ".", ":"):
        return None
    return None if finite_verb_in(env.text, v[1], pm.start) else pm


# How many answers in a row may follow the paragraph that introduces a talk.
_ANSWER_RUN = 6


def _talk_intro(env: _Env, k: int) -> tuple[int, int, VerbForm] | None:
    """
    The verb of the talk that dash paragraph *k* answers in: the paragraph before it, or before the run of answers
    (no attribution, no question) it goes on, tells how or what (``рассказал журналисту о том, какой опыт …`` /
    ``– A`` / ``– B``).
    """
    j = k
    for _ in range(_ANSWER_RUN):
        prev = _prev_text(env, j)
        if prev is None:
            return None
        if not prev.dash:
            before = _prev_text(env, prev.index)
            if before is None or not before.dash or prev.verbs or _question(env, prev):
                return _talk_verb(env, prev)
            # "– A" / "B" / "– C": an answer that goes on in a paragraph of its own, with no dash.
        elif _question(env, prev) or _dash_attributed(env, prev):
            return None
        j = prev.index
    return None


def _dash_attributed(env: _Env, p: _Para) -> bool:
    """Whether a verb in dash paragraph *p* attributes it after a dash (``– …, – сказал он``), not one in its words."""
    return any(_DASH_ATTR_GAP_RE.search(env.text, max(p.content, v[0] - 50), v[0]) is not None for v in p.verbs)


def _talk_speaker(env: _Env, v: tuple[int, int, VerbForm]) -> Mention | None:
    """The subject of the talk's verb *v* (``Министр X рассказал о том, как …``), when it stands on the verb's line."""
    line = env.para_at(v[0])
    if line is None:
        return None
    after = _speaker_closes(env, line, v)
    if after is not None:
        return mention_anywhere(env.ctx, env.text, after.start, after.end)
    return mention_before(env.ctx, env.text, line.content, v[0])


# A speech verb and the topic it spoke on: "рассказал журналисту о том, какой опыт …", "объяснил, как …".
_ABOUT_HOW_RE = cache.pattern(
    r"(?:\s++[^\s,.;:!?]++){0,4}?\s++(?:о\s++том\s*+,\s*+)?+(?:как|какой|какая|какое|какие|каким|чем|почему|зачем)\s"
)
# How many lines broken off mid-sentence may make up one sentence before a quotation.
_BROKEN_REACH = 3


def _broken_lines_before(env: _Env, para: _Para) -> list[_Para]:
    """*para* and the lines before it that its sentence was broken off from (see :func:`_goes_on`)."""
    out = [para]
    j = para.index
    while j > 0 and len(out) <= _BROKEN_REACH:
        p = env.paras[j - 1]
        if p.kind != "body" or not _goes_on(env, j - 1):
            break
        out.append(p)
        j -= 1
    return out


def _dash_inherit(env: _Env, k: int, s: int, e: int, body: int) -> list[_Cand] | None:
    """A dash paragraph with no attribution right after a paragraph that attributes speech."""
    text = env.text
    talk = _talk_intro(env, k)
    prev = _prev_text(env, k)
    if prev is not None and _question(env, prev):
        return None  # "— Это говорит о том, что …?": an interviewer's question attributes nothing; its answer follows
    if k > 0 and _lost_names(env, k):
        return None  # an interview's first answer after an introduction that lost its names (:func:`_dash_interview`)
    if not (talk is not None or _attributes_speech(env, prev)) or not _THREE_WORDS_RE.match(text, s, e):
        return None
    opens = text[s + 1] if text[s] in _OPENERS and s + 1 < e else text[s]  # "– «Москва слезам не верит» – да, …"
    if not opens.isupper() or text[e - 1] in "?;" or _list_item(env, env.paras[k], s, e) or _request(env, k):
        # A question or a request (an interviewer's), or an item of a list.
        return None
    speaker = _talk_speaker(env, talk) if talk is not None else _answering(env, k, prev)
    return [_Cand(s, e, "direct", "dash-inherit", 3, speaker, None, inherit=speaker is None, runs_to_end=True, para=k)]


def _answering(env: _Env, k: int, prev: _Para | None) -> Mention | None:
    """
    The one interviewed, when dash paragraph *k* answers a question without a dash: the one it names as asked
    (``Что заставило вас уйти? – задала вопрос депутату Имя Фамилия``), or the interviewee of two questions or
    more, also where the question tells what others said (``Врач сказал, что … . Что вы думаете?`` / ``— Я …``).
    """
    if prev is None or prev.dash:
        return None
    asked = [
        pm
        for pm in env.ctx.persons_in(prev.start, prev.end)
        if _ASKED_RE.search(env.text, max(prev.start, pm.start - _ASKED_REACH), pm.start) is not None
    ]
    if asked and _ASKS_RE.search(env.text, prev.start, asked[-1].start) is not None:
        return mention_anywhere(env.ctx, env.text, asked[-1].start, asked[-1].end)
    if not _undashed_question(env, prev):
        return None
    first = _first_undashed_question(env)
    return _introduced(env, first) if 0 <= first < k else None


# A question addressed by name: "– Эгил, начнем с …", "– Г-н Арутюнян, как вы оцениваете …".
_VOCATIVE_RE = cache.pattern(
    rf"{HS}*+[{DASHES}]{HS}*+(?P<hon>(?:Г-н|Г-жа|Господин|Госпожа){HS}++)?+(?P<name>\p{{Lu}}\p{{Ll}}++)(?:{HS}++\p{{Lu}}\p{{Ll}}++)?+,"
)
# How many paragraphs back an interview's first question may stand.
_INTERVIEW_REACH = 12


def _question(env: _Env, para: _Para) -> bool:
    """
    Whether a dash paragraph asks: one of its sentences ends with a question mark (``– Матч перенесли.
    Насколько это правильно? Ведь клубы в Европе играют чаще.``), or the question it opens goes on in the next
    paragraph (:func:`_asks_on`).
    """
    return para.dash and (_ASKS_RE.search(env.text, para.start, para.end) is not None or _asks_on(env, para))


def _question_goes_on(env: _Env, para: _Para) -> bool:
    """Whether *para*, with no dash, is the rest of a question its dash paragraph opened (:func:`_asks_on`)."""
    return not para.dash and para.index > 0 and _asks_on(env, env.paras[para.index - 1])


def _asks_on(env: _Env, para: _Para) -> bool:
    """
    Whether dash paragraph *para* opens a question that goes on in the next paragraph, with no dash, ending with a
    question mark, a dash paragraph right after it (``— Имя Отчество, мы хотели бы поговорить …`` / ``Расскажите,
    что …?`` / ``— Ответ``).
    """
    k = para.index
    if k + 2 >= len(env.paras):
        return False
    goes_on, answer = env.paras[k + 1], env.paras[k + 2]
    return not goes_on.dash and goes_on.kind == "body" and answer.dash and _ends_asking(env, goes_on)


# A sentence that ends with a question mark.
_ASKS_RE = cache.pattern(r"\?[»\"”“)]*+(?=\s|\Z)")
# The longest paragraph ending with a question mark that is the interviewer's right after a question; a longer one
# answers it, ending with a question of its own.
_QUESTION_CHARS = 220


def _interviewee(env: _Env, k: int) -> Mention | None:
    """
    The person an interview's questions address by name, in the run of dash paragraphs before *k*; else, when
    the run holds two questions or more, the last person the text names in the nominative before the run
    (``своими ожиданиями поделился чемпион России Валерий Кечинов``).
    """
    before, after = _dash_run(env, k)
    opening = before[0] if before else k
    if opening > 1 and _question_goes_on(env, env.paras[opening - 1]):
        before = [opening - 2, *before]  # the dash paragraph of a question that went on in one with no dash
    questions = 0
    for j in reversed(before):
        p = env.paras[j]
        m = _VOCATIVE_RE.match(env.text, p.start, p.end)
        if not _question(env, p):
            if m is None or not m.group("hon"):
                continue  # "— Господин Чевик, силы оппозиции установили контроль …": a remark addressed, and answered
        else:
            questions += 1
        if m is None:
            continue
        word = fold(m.group("name"))
        for pm in env.ctx.persons:
            # "— Иван Сомов, как вы …?": the full name the question addresses names the one answering, too (not a
            # first name and patronymic, "— Владимир Вольфович, …", which the headline's surname names in full).
            addressed = m.start("name") <= pm.start < m.end() and not is_patronymic(pm.name.split()[-1])
            if (pm.start < p.start or addressed) and word in fold(env.ctx.canonical(pm.name)).split():
                return mention_anywhere(env.ctx, env.text, pm.start, pm.end)
        if m.group("hon"):
            # "— Господин Чевик, …?" with the name given nowhere before: the surname addressed is the one answering.
            name = m.group("name")
            s, e = m.span("name")
            pm = PersonMention(start=s, end=e, name=name, surname=name, gender=None, case="nomn")
            return Mention(pm.start, pm.end, "person", name, person=pm)
    first = before[0] if before else k
    resumed = _run_before_post(env, first)
    if resumed is not None:
        # "— Ответ." / a post embedded with its signature ("— Имя (@handle)") / "— Вопрос?": the interview goes on.
        return _interviewee(env, resumed)
    if questions + sum(_question(env, env.paras[j]) for j in after) < 2:
        if first > 0 and _lost_names(env, first):
            return _intro_topic(env, first)
        if _intro_names_answerer(env, first):
            # "На вопросы редактора отвечает Имя Фамилия." / "С Имя Фамилия побеседовала …": the answers follow,
            # their questions left out.
            return _introduced(env, first)
        # One question: an interview only when a line before it says who speaks (``Грядущий тур прокомментировал
        # тренер X.`` / ``«Подзаголовок»`` / ``— Вопрос?`` / ``— Ответ.``).
        if questions != 1:
            return None
        # "«…»: глава МИД Кубы об ужесточении риторики" / "— Вопрос?" / "— Ответ.": the headline quoting the one
        # answering says who answers.
        quoting = _opens_with_quotation(env.paras[0])
        return _spoken_intro(env, first) or (_headline_interviewee(env, first) if quoting else None)
    return _introduced(env, first)


# A line that introduces an interview's answers: "На вопросы … отвечает X", "С X побеседовала Y".
_INTERVIEW_INTRO_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:на\s++вопрос\p{L}*+(?:\s++\S++){0,8}?\s++отвеча\p{L}++|(?:по)?+бесед(?:овал|овала|овали)"
    r"|интервью\s++(?:с|со)\s)(?!\p{L})"
)


# A line that is wholly a quotation, perhaps with quotation marks inside: a subheading ("«A «B» C»").
_SUBHEADING_RE = cache.pattern(r"[«\"„“][^\n]{1,300}+(?<=[»\"”“])[.!?…]?+\s*+")


# A line granting a talk, no verb of speech in it: "согласился уделить несколько минут RT", "нашёл время ответить на
# вопросы", "согласилась побеседовать с корреспондентом".
_GRANTED_TALK_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:удел\p{L}*+\s++(?:\S++\s++){0,3}?(?:минут\p{L}*+|времени|время)"
    r"|(?:согласил\p{L}*+|наш[её]л\p{L}*+\s++время)\s++(?:ответить|побеседовать|поговорить|дать\s++интервью))(?!\p{L})"
)


def _spoken_intro(env: _Env, first: int) -> Mention | None:
    """
    The person named by a speech verb in the paragraph before paragraph *first*, past a quoted subheading, or the
    one who granted the talk there (``Иванов согласился уделить несколько минут RT``).
    """
    j = first - 1
    if j >= 0 and _SUBHEADING_RE.fullmatch(env.text, env.paras[j].start, env.paras[j].end) is not None:
        j -= 1
    if j < 0:
        return None
    granted = _GRANTED_TALK_RE.search(env.text, env.paras[j].start, env.paras[j].end)
    if granted is not None:
        # "Иванов любезно согласился уделить несколько минут RT." / "— Вопрос?" / "— Ответ.": the one who gave the
        # talk, named in the nominative before it in its sentence.
        ss, _se = _sentence_of(env.paras[j], granted.start())
        named = [pm for pm in env.ctx.persons_in(ss, granted.start()) if pm.case in (None, "nomn")]
        if named:
            return mention_anywhere(env.ctx, env.text, named[-1].start, named[-1].end)
    if not env.paras[j].verbs:
        return None
    v = env.paras[j].verbs[-1]
    mention = _talk_speaker(env, v)
    if (mention is None or mention.kind != "person") and _WH_CLAUSE_RE.match(env.text, v[1]) is None:
        # "Грядущий тур прокомментировал тренер X, …": the subject after the verb; not one a clause of a question
        # word after it speaks of ("… и рассказал, когда вновь выйдет на поле Имя Фамилия").
        mention = mention_after(env.ctx, env.text, v[1], env.paras[j].end)[0]
    return mention if mention is not None and mention.kind == "person" else None


def _run_before_post(env: _Env, first: int) -> int | None:
    """
    The last dash paragraph before a post embedded right above paragraph *first* (its signature and date lines
    included, at most a post's lines above them), if one stands there: a run of questions and answers broken by it.
    """
    j = first - 1
    if j < 0 or j not in _posts(env):
        return None
    while j >= 0 and j in _posts(env):
        j -= 1
    for i in range(j, max(-1, j - _MAX_POST_LINES), -1):
        if env.paras[i].dash:
            return i if i not in _posts(env) else None
    return None


def _questions_after(env: _Env, k: int) -> int:
    """The questions in the run of dash paragraphs after *k* (up to the reach of an interview)."""
    return sum(_question(env, env.paras[j]) for j in _dash_run(env, k)[1])


def _dash_run(env: _Env, k: int) -> tuple[list[int], list[int]]:
    """
    The dash paragraphs of the run around paragraph *k*, before it and after it, in text order: up to the reach of
    an interview, past interludes, to the first other paragraph.
    """

    def side(step: int) -> list[int]:
        out = []
        j = k + step
        while 0 <= j < len(env.paras) and abs(j - k) < _INTERVIEW_REACH:
            if not _in_run(env, j):
                break
            if env.paras[j].dash and j not in _posts(env):
                out.append(j)  # not a post's signature ("— Клуб (@club)"), no turn of the interview
            j += step
        return out

    return side(-1)[::-1], side(1)


def _in_run(env: _Env, j: int) -> bool:
    """
    Whether paragraph *j* belongs to a run of questions and answers: a dash paragraph, an interlude, a link to another
    article, or an answer going on without a dash.
    """
    p = env.paras[j]
    return (
        p.dash
        or _interlude(env, p)
        or j in _related_links(env)
        or j in _posts(env)
        or _answer_goes_on(env, j)
        or _question_between(env, j)
    )


# The longest question with no dash between two dash paragraphs that stays in their run: the interviewer's, setting
# out a matter before asking.
_QUESTION_BETWEEN_CHARS = 400


def _question_between(env: _Env, j: int) -> bool:
    """
    Whether paragraph *j*, with no dash, is a short question between two dash paragraphs: the interviewer's next
    question after a remark of theirs (``— Бывает интересно.`` / ``А кто ходит на ваши концерты?`` / ``— Ответ``).
    """
    p = env.paras[j]
    return (
        0 < j < len(env.paras) - 1
        and not p.dash
        and p.kind == "body"
        and p.end - p.start <= _QUESTION_BETWEEN_CHARS
        and env.paras[j - 1].dash
        and env.paras[j + 1].dash
        and _ends_asking(env, p)
    )


# A line that dates a post under its signature: "21 ноября 2017 г.", "October 5, 2017".
_POST_DATE_LINE_RE = cache.pattern(rf"{HS}*+[\p{{L}}\d][\p{{L}}\d ,.]{{4,30}}\d{{4}}+{HS}*+(?:г\.?+)?+{HS}*+\Z")


def _posts(env: _Env) -> frozenset[int]:
    """
    The paragraphs of the posts embedded in the text (cached): each post's lines and links, its signature and the
    date under it; an interview's run goes on past them.
    """
    if env.posts is None:
        text, paras = env.text, env.paras
        found: set[int] = set()
        for j, p in enumerate(paras):
            if _EMBED_SIGNATURE_RE.match(text, p.start, p.end) is None:
                continue
            k = j - 1
            while k > 0 and _is_line(_LINK_LINE_RE, text, paras[k]):
                k -= 1
            first = _post_lines(text, paras, k)[0] if k >= 0 else j
            found.update(range(first, j + 1))
            if j + 1 < len(paras) and _is_line(_POST_DATE_LINE_RE, text, paras[j + 1]):
                found.add(j + 1)
        env.posts = frozenset(found)
    return env.posts


# How many paragraphs without a dash an answer may go on over.
_ANSWER_PARAGRAPHS = 3


def _answer_goes_on(env: _Env, j: int) -> bool:
    """
    Whether paragraph *j*, with no dash, goes on an answer: a dash paragraph that asks nothing stands just before,
    past the links to other articles set inside the answer (``Также по теме``).
    """
    related = _related_links(env)
    seen = 0
    i = j - 1
    while i >= max(0, j - _INTERVIEW_REACH) and seen < _ANSWER_PARAGRAPHS:
        p = env.paras[i]
        if p.dash:
            return not _question(env, p)
        if i not in related and not _interlude(env, p):
            if p.kind != "body" or _question(env, p):
                return False
            seen += 1
        i -= 1
    return False


# A line inside an interview that is neither question nor answer: a stage direction ("(Улыбается.)") or a
# subheading quoted from the answers ("«Путин — феномен»").
# A photo's credit set between an interview's paragraphs is one too: a name or two of capitalised words ("Reuters",
# "Global Look Press", "РИА Новости").
# So are a photo's caption, a title and a name with no full stop after them ("Директор завода Иван Петров"), the
# site it comes from ("globallookpress.com") and its copyright line ("© Pool").
_INTERLUDE_RE = cache.pattern(
    r"\s*+(?:\([^()\n]{1,60}+\)|«[^«»\n]{1,80}+»|\p{Lu}[\p{L}.-]{1,20}+(?:[^\S\n]++\p{Lu}[\p{L}.-]{1,20}+){0,2}+"
    r"|\p{Lu}\p{Ll}++(?:[^\S\n]++[\p{L}-]++){1,4}?(?:[^\S\n]++\p{Lu}[\p{Ll}-]++){2}"
    r"|(?:[\w-]++\.)++[a-z]{2,4}+|©[^\n]{1,60}+)\s*+"
)


def _interlude(env: _Env, p: _Para) -> bool:
    """Whether paragraph *p* is an interlude of an interview, which leaves its run of questions unbroken."""
    return _INTERLUDE_RE.fullmatch(env.text, p.start, p.end) is not None


def _related_links(env: _Env) -> frozenset[int]:
    """
    The paragraphs of the links to other articles set inside the text (cached): a label (``Также по теме``), the
    linked headline after it and its teaser cut off with an ellipsis; an interview's run goes on past them.
    """
    if env.related is None:
        found: set[int] = set()
        for j, p in enumerate(env.paras):
            if p.dash or _RELATED_LABEL_RE.match(env.text, p.start, p.end) is None:
                continue
            found.add(j)
            if j + 1 < len(env.paras) and not env.paras[j + 1].dash:
                found.add(j + 1)
                teaser = env.paras[j + 2] if j + 2 < len(env.paras) else None
                if teaser is not None and not teaser.dash and env.text[teaser.start : teaser.end].rstrip().endswith(
                    ("...", "…")
                ):
                    found.add(j + 2)
        env.related = frozenset(found)
    return env.related


# How many paragraphs before an interview's first question may introduce the person answering.
_INTRO_REACH = 3


# A label of links to other articles: "Также по теме", "Читайте также", "По теме:".
_RELATED_LABEL_RE = cache.pattern(
    r"\s*+(?i:(?:также\s++)?+по\s++теме|читайте\s++также|смотрите\s++также|см\.\s*+также)\s*+:?+\s*+\Z"
)


def _introduced(env: _Env, first: int) -> Mention | None:
    """
    The last person named in the nominative in the few paragraphs before the interview's paragraph *first*, past
    a post embedded right above it (its signature names no guest: "— Имя (@handle)").
    """
    top = _above_posts(env, first)
    lo = env.paras[max(0, top - _INTRO_REACH)].start
    hi = env.paras[top].start
    if any(_RELATED_LABEL_RE.match(env.text, p.start, p.end) for p in env.paras[max(0, top - _INTRO_REACH) : top]):
        return None  # "Также по теме": the lines before the answers are a link to another article, no introduction
    # A name inside quotation marks is in someone's words ("«Шипулин показал себя молодцом»", a subheading), and so
    # is one inside an earlier answer ("— Им будет Иван Петров").
    persons = [
        pm
        for pm in env.ctx.persons_in(lo, hi)
        if not _quoted(env, pm.start) and not _in_answer(env, pm.start) and not _named_in_report(env, pm.start)
    ]
    talked = [pm for pm in persons if _TALKED_WITH_RE.match(env.text, pm.end, min(hi, pm.end + _ASKED_REACH))]
    if talked and _WITH_BEFORE_RE.search(env.text, max(lo, talked[-1].start - _ASKED_REACH), talked[-1].start):
        # "С Имя Фамилия-ins побеседовала Имя Фамилия": the one talked with answers, not the interviewer after the verb.
        return mention_anywhere(env.ctx, env.text, talked[-1].start, talked[-1].end)
    # "Большая часть вопросов адресовалась Черчесову", "спросили Петрова о …", "интервью с президентом X": the one
    # asked, named last; not one a preposition governs ("о совместном фото с Шевченко").
    asked = [pm for pm in persons if _asked(env.text, lo, pm)]
    named = [pm for pm in persons if (pm.case in (None, "nomn") and not _governed_name(env.text, pm)) or pm in asked]
    if not named:
        return _headline_interviewee(env, first)
    # "«…»: Каррера и Глушаков — о …" / "— На поле вернулся Денис Глушаков. Не боялись …?": one the questions speak
    # of answers no question, when another is named.
    spoken = _spoken_of_in_questions(env, first)
    named = [pm for pm in named if env.ctx.canonical(pm.name) not in spoken] or named
    # "обсудил с представителем боксёра Имя Фамилия": the one asked or talked with, past a name in the headline.
    chosen = (asked[-1] if asked and asked[-1].case not in (None, "nomn") else None) or (
        _chosen_by_headline(env, named) or named[-1]
    )
    return mention_anywhere(env.ctx, env.text, chosen.start, chosen.end)


def _chosen_by_headline(env: _Env, named: Sequence[PersonMention]) -> PersonMention | None:
    """The one of *named* the headline names (:func:`_named_in_headline`) or describes by a title, if any."""
    return _named_in_headline(env, named) or _described_in_headline(env, named)


def _described_in_headline(env: _Env, named: Sequence[PersonMention]) -> PersonMention | None:
    """
    The last of *named* who holds the title the headline describes the interviewee by (``«…»: продюсер картины
    рассказала о работе`` over a caption ``Продюсер Имя Фамилия, звукорежиссёр …, редактор …``).
    """
    if len(named) < 2 or not env.paras or not _opens_with_quotation(env.paras[0]):
        return None
    described = _described_after_quotation(env, env.paras[0])
    if described is None or described.kind != "title":
        return None
    return next((pm for pm in reversed(named) if env.ctx.fits(described, pm)), None)


def _above_posts(env: _Env, k: int) -> int:
    """
    Paragraph *k*, or the first paragraph of the post embedded right above it: a post's lines, its signature and
    date, at most (posts one after another are not walked past: the walk stays bounded).
    """
    top = max(0, k - _MAX_POST_LINES - 2)
    while k > top and k - 1 in _posts(env):
        k -= 1
    return k


def _spoken_of_in_questions(env: _Env, first: int) -> frozenset[str]:
    """The people the questions of the dash run from paragraph *first* name (the run's first few questions)."""
    _before, after = _dash_run(env, first)
    run = [first, *after][:_SPOKEN_OF_QUESTIONS * 2]
    return frozenset(
        env.ctx.canonical(pm.name)
        for j in run
        if _question(env, env.paras[j])
        for pm in env.ctx.persons_in(env.paras[j].start, env.paras[j].end)
    )


# How many questions of a run are read for the people they speak of.
_SPOKEN_OF_QUESTIONS = 3


def _asked(text: str, lo: int, pm: PersonMention) -> bool:
    """
    Whether the person *pm* is the one asked or talked with (``спросили Петрова``, ``беседа с главой компании Имя
    Фамилия``): after a word of asking or talking, with no verb between that word and the name (``в беседе с
    корреспондентом разобрался в причинах поражения Карякина`` asked the one before the verb).
    """
    m = _ASKED_RE.search(text, max(lo, pm.start - _ASKED_REACH), pm.start)
    if m is None:
        return False
    first = word_at(text, m.start())
    return not finite_verb_in(text, first.end if first is not None else m.start(), pm.start)


def _named_in_report(env: _Env, pos: int) -> bool:
    """
    Whether *pos* stands in the что-clause of a verb of its sentence, or in a clause of a question word right after
    it: someone spoken of (``заявил, что Марио Фернандес, скорее всего, сыграет``, ``рассказал, когда вновь выйдет
    на поле Дмитрий Лоськов``), not the one introduced.
    """
    para = env.para_at(pos)
    if para is None:
        return False
    ss, _ = _sentence_of(para, pos)
    return any(
        _CHTO_RE.match(env.text, v[1], pos) is not None or _WH_CLAUSE_RE.match(env.text, v[1], pos) is not None
        for v in para.verbs_in(ss, pos)
    )


# Words that open a headline's question: "«…»: почему в НАТО заявили о …".
_QUESTION_WORDS = frozenset({"как", "почему", "зачем", "что", "кто", "где", "когда", "чем", "какой", "какие", "ли"})
# A clause of a question word right after a verb: "рассказал, когда …", "объяснил, почему …" (the question words
# but "что", a что-clause's own, and the particle "ли").
_WH_CLAUSE_RE = cache.pattern(
    rf"\s*+,\s*+(?:{'|'.join(sorted(_QUESTION_WORDS - {'что', 'ли'}))})(?!\p{{L}})"
)


def _in_answer(env: _Env, pos: int) -> bool:
    """Whether *pos* stands in an answer: a dash paragraph that asks nothing, or one without a dash that goes on one."""
    j = bisect.bisect_right(env.starts, pos) - 1
    if j < 0:
        return False
    para = env.paras[j]
    if para.dash:
        return not _question(env, para)
    return _answer_goes_on(env, j) or _after_question(env, j)


def _after_question(env: _Env, j: int) -> bool:
    """
    Whether paragraph *j*, with no dash, comes right after a dash paragraph that asks (past interludes): the answer
    to it (``— Откуда берутся ваши истории?`` / ``Из жизни …``).
    """
    i = j - 1
    while i >= max(0, j - _ANSWER_PARAGRAPHS - 1) and _interlude(env, env.paras[i]):
        i -= 1
    return i >= 0 and env.paras[i].dash and env.paras[i].kind == "body" and _question(env, env.paras[i])


def _named_in_headline(env: _Env, named: Sequence[PersonMention]) -> PersonMention | None:
    """
    The last of *named* whom the headline names in the nominative, outside quotation marks (``«…»: Мараньи — о …``
    over a lede that lists ``… представят Сомов, Лавров и Петров``): the headline says who answers.
    """
    head = env.paras[0]
    heading = {
        env.ctx.canonical(pm.name)
        for pm in env.ctx.persons_in(head.start, head.end)
        if pm.case in (None, "nomn") and not _quoted(env, pm.start)
    }
    return next((pm for pm in reversed(named) if pm.start >= head.end and env.ctx.canonical(pm.name) in heading), None)


def _opens_with_quotation(para: _Para) -> bool:
    """Whether paragraph *para* opens with a quotation mark (``«…»: глава МИД Кубы об …``)."""
    return bool(para.marks) and para.marks[0][0] <= para.content + 1


def _headline_interviewee(env: _Env, first: int) -> Mention | None:
    """
    The one an interview's headline describes before its topic, when the lines before the first question name
    no one: ``«…»: адвокат клуба — о санкциях`` (see :func:`_headline_title_after`) or ``Адвокат клуба — о
    санкциях`` (see :func:`_dot_descriptor`).
    """
    if not 0 < first <= _INTRO_REACH:
        return None
    head = env.paras[0]
    if not _opens_with_quotation(head):
        return _dot_descriptor(env, head, head.content)
    return _described_after_quotation(env, head)


def _described_after_quotation(env: _Env, head: _Para) -> Mention | None:
    """The one a headline *head* opening with a quotation describes after its colon (``«…»: адвокат — о …``)."""
    colon = _HEADLINE_SEP_RE.match(env.text, head.marks[0][1] + 1, head.end)
    if colon is None or ":" not in colon.group():
        return None
    return _headline_title_after(env, head, colon.end()) or _story_teller(env, head, colon.end())


def _quoted(env: _Env, pos: int) -> bool:
    """Whether *pos* stands inside a pair of quotation marks of its paragraph."""
    para = env.para_at(pos)
    return para is not None and _inside(para.mark_spans, pos)


def _governed_name(text: str, pm: PersonMention) -> bool:
    """Whether a preposition stands right before the name *pm* (``с Шевченко``): an indeclinable name in no subject."""
    return _after_preposition(text, pm.start)


def _after_preposition(text: str, start: int) -> bool:
    """Whether a preposition stands right before *start* (``с Шевченко``, ``Попросят из политики``)."""
    prev = word_before(text, start)
    return prev is not None and not text[prev.end : start].strip() and reads_as(prev.text, ("PREP",), first=True)


# The one asked, right before the name: a verb or noun of asking ("вопросов адресовалась Черчесову", "спросили
# Петрова"), or an interview with someone and their titles, an organisation's name in quotation marks among them
# ("интервью с президентом страны Имя Фамилия", "поговорил с главой компании «Альфа» Имя Фамилия").
_ASKED_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:(?:адресова|спросил|спрашива|задал|задава)\p{L}*+[^\S\n]++"
    # "задала прямой вопрос экс-депутату и журналисту Имя Фамилия": the question and the titles of the one asked
    r"(?:(?:\p{Ll}++[^\S\n]++)?+вопрос\p{Ll}{0,2}+[^\S\n]++(?:[\p{Ll}-]++[^\S\n]++){0,4}+)?+"
    # "пообщался по итогам поединка с главой компании Имя Фамилия": a "по" phrase may stand before "с" (not "после
    # поединка с X", whose X is no one talked with).
    # "обсудил с представителем боксёра Имя Фамилия ход поединка": the one the matter was discussed with.
    r"|(?:(?:интервью|беседа|беседе|беседы|разговор|(?:по)?+(?:бесед|говор|общ)\p{L}*+|обсу[дж]\p{L}*+|связал\p{L}*+)"
    r"(?:[^\S\n]++по[^\S\n]++[а-яё]++(?:[^\S\n]++[а-яё]++)?+)?+[^\S\n]++(?:с|со)"
    # "взял интервью у одного из участников — лидера движения «…» Имя Фамилия": the one asked, in the genitive.
    r"|интервью[^\S\n]++у)[^\S\n]++"
    r"(?:[\p{Ll}-]++[^\S\n]++|\p{Lu}\p{L}++[^\S\n]++(?=\p{Lu})|«[^«»\n]{1,40}+»[^\S\n]++|[—–][^\S\n]++){0,7}+)\Z"
)
_ASKED_REACH = 120
# "с Имя Фамилия побеседовал", "со своим гостем Имя Фамилия поговорила": the one talked with, before the verb.
_WITH_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:с|со)[^\S\n]++(?:[\p{Ll}-]++[^\S\n]++){0,4}+\Z")
_TALKED_WITH_RE = cache.pattern(
    r"[^\S\n]*+,?+[^\S\n]*+(?:[\p{Ll}-]++[^\S\n]++){0,2}?(?:по)?+(?:бесед|говори|общал|разговарива)\p{L}*+(?!\p{L})"
)


def _dash_interview(env: _Env, k: int, s: int, e: int, body: int) -> list[_Cand] | None:
    """An answer in an interview: a dash paragraph after a question, the questions addressed by name."""
    prev = _prev_text(env, k)
    text = env.text
    if not _ANSWER_OPENS_RE.match(text, s, e):
        return None  # "— сказал он": an answer opens with a capital, a figure or a name in quotation marks
    asked = prev is not None and (_question(env, prev) or _question_goes_on(env, prev))
    if text[e - 1] == "?" and not (asked and e - s > _QUESTION_CHARS):
        return None  # a question; a long paragraph right after one answers it, ending with a question of its own
    if asked or _answer_by_turn(env, k) or _after_intro(env, k):
        mention = _interviewee(env, k) or _same_interviewee(env, k)
    elif (mention := _headline_answerer(env, k)) is None:
        return None
    if mention is not None:
        env.last_answer = (k, mention)
    elif not _asked_twice(env, k):
        return None
    # An interview of someone the text does not name ("история женщины, потерявшей мужа"): the answers are quotes
    # still, of whoever spoke before them (a headline's descriptor) if anyone did.
    return [_Cand(s, e, "direct", "interview", 3, mention, inherit=mention is None, runs_to_end=True, para=k)]


# How an answer opens: a capital letter or a figure, perhaps inside quotation marks ("— «Спартак» играет …", "— 50
# на 50.").
_ANSWER_OPENS_RE = cache.pattern(r"[«\"„“]?+(?:\p{Lu}|\d)")


def _headline_answerer(env: _Env, k: int) -> Mention | None:
    """
    The person a ``Имя Фамилия: …`` title quotes, when the body opens with the run of dash paragraphs that holds
    paragraph *k*, none ending with a question: the answers of an interview whose questions were left out (an answer
    may ask on its way: ``– Публицистика – что это такое? Если …``).
    """
    before, after = _dash_run(env, k)
    run = [*before, k, *after]
    if run[0] != 1 or any(_ends_asking(env, env.paras[j]) for j in run):
        return None
    head = env.paras[0]
    colon = _headline_colon(env.text, head)
    if colon < 0:
        return None
    found = _headline_speaker(env, head, head.content, colon)
    return found if found is not None and found.kind == "person" else None


def _after_intro(env: _Env, k: int) -> bool:
    """
    Whether dash paragraph *k* is in a run of them right after a line that introduces an interview's answers
    and names who answers (``На вопросы … отвечает X.``, ``С X побеседовала Y.``), or lost the names it held
    (:func:`_lost_names`), whose questions were left out.
    """
    before, _after = _dash_run(env, k)
    first = before[0] if before else k
    return (first > 0 and _lost_names(env, first)) or _intro_names_answerer(env, first)


def _intro_names_answerer(env: _Env, first: int) -> bool:
    """Whether the paragraph before paragraph *first*, the first of a run of dash paragraphs, introduces answers."""
    if first == 0:
        return False
    intro = env.paras[first - 1]
    found = _INTERVIEW_INTRO_RE.search(env.text, intro.start, intro.end)
    if found is None:
        return False
    # Its sentence names the one answering: in the nominative after "отвечает", in the instrumental after "с" ("С X
    # побеседовала Y", "интервью с X"; not "X побеседовал с жителями", whose answers are the residents').
    ss, se = _sentence_of(intro, found.start())
    cases = ("ablt",) if "отвеча" not in found.group().lower() else (None, "nomn")
    return any(pm.case in cases for pm in env.ctx.persons_in(ss, se))


def _lost_names(env: _Env, first: int) -> bool:
    """
    Whether the paragraph before dash paragraph *first* ends an introduction to answers whose names were lost with
    the page's links (``…О его новых трудах с`` / ``побеседовала`` / ``– …``).
    """
    intro = env.paras[first - 1]
    return _LOST_NAMES_RE.search(env.text, max(intro.start, intro.end - _LOST_NAMES_REACH), intro.end) is not None


def _intro_topic(env: _Env, first: int) -> Mention | None:
    """
    The person an introduction whose names were lost (:func:`_lost_names`) is about: the first it names, in the
    nominative if any (``Имя Фамилия завоевал любовь критиков …``), else in any case (``Календарь Имя Фамилия-gen
    …``); not the people it lists after.
    """
    intro = env.paras[first - 1]
    persons = [pm for pm in env.ctx.persons_in(intro.start, intro.end) if not _quoted(env, pm.start)]
    if not persons:
        return None
    pm = next((p for p in persons if p.case in (None, "nomn")), persons[0])
    return mention_anywhere(env.ctx, env.text, pm.start, pm.end)


# A preposition "с" right before a verb of talking that ends an introduction to answers: the names between them were
# lost ("с" / "побеседовала" on two lines, joined).
_LOST_NAMES_RE = cache.pattern(r"(?i)(?<!\p{L})(?:с|со)\s++(?:по)?+(?:бесед|говори)\p{L}*+\s*+\Z")
_LOST_NAMES_REACH = 40


def _same_interviewee(env: _Env, k: int) -> Mention | None:
    """
    The speaker of the last answer found, when the run of questions and answers goes on from it to paragraph *k*
    (a long interview, whose first question lies beyond the reach of :func:`_interviewee`).
    """
    if env.last_answer is None:
        return None
    j, mention = env.last_answer
    if k - j > _INTERVIEW_REACH or not all(_in_run(env, i) for i in range(j + 1, k)):
        return None
    return mention


def _asked_twice(env: _Env, k: int) -> bool:
    """
    Whether the run of dash paragraphs around paragraph *k* holds two questions or more, at the other parity, and
    opens under no link to another article (whose answers those would be).
    """
    before, after = _dash_run(env, k)
    first = before[0] if before else k
    if any(j in _related_links(env) for j in range(max(0, first - _INTRO_REACH), first)):
        return False
    return _answers_in_turn(env, before, k, after)


def _answer_by_turn(env: _Env, k: int) -> bool:
    """
    Whether dash paragraph *k* takes an answer's turn in its run: the paragraphs with a question mark, two or more,
    all stand at the other parity (``— Назовите причину …`` asks with no question mark; the first line may answer
    the introduction).
    """
    before, after = _dash_run(env, k)
    return _answers_in_turn(env, before, k, after)


def _answers_in_turn(env: _Env, before: list[int], k: int, after: list[int]) -> bool:
    """Whether paragraph *k* of the dash run ``before + [k] + after`` stands at the other parity of its questions."""
    run = [*before, k, *after]
    asked = [i for i, j in enumerate(run) if _question(env, env.paras[j])]
    other = [i for i in asked if i % 2 != len(before) % 2]
    # An answer may ask a question of its own and go on ("— Перемирие? Мою семью убили во время перемирия."); one
    # that ends asking is the interviewer's.
    return len(other) >= 2 and all(not _ends_asking(env, env.paras[run[i]]) for i in asked if i not in other)


def _ends_asking(env: _Env, para: _Para) -> bool:
    """Whether paragraph *para* ends with a question mark (past closing quotation marks and brackets)."""
    return env.text[para.start : para.end].rstrip(" \t\u00a0»\"”“)").endswith("?")


_DASH_TAIL_RULES: tuple[_DashRule, ...] = (
    _dash_verb_line,
    _dash_name_line,
    _dash_after_colon,
    _dash_multi,
    _dash_inherit,
    _dash_interview,
)


def _dash_rule(env: _Env, k: int) -> list[_Cand]:
    """What counts, "direct": dash dialogue with the attribution after, inside or before the quote."""
    text, para = env.text, env.paras[k]
    if not para.dash or _own_line(env, k)[0] or _IMPRINT_RE.search(text, para.start, para.end) is not None:
        return []  # "– М.: Молодая гвардия, 2017. – 476 с.": a book's imprint, no words said
    body = _DASH_OPEN_RE.match(text, para.start, para.end)
    assert body is not None
    if _verb_line(para, body.end()) is not None:
        # "— рассказала она журналистам." under a quote: an attribution, not a quote.
        return []
    out = _dash_inline(env, k, body.end())
    if out:
        return out
    s, e = trim_span(text, body.end(), para.end)
    if e <= s:
        return []
    for rule in _DASH_TAIL_RULES:
        found = rule(env, k, s, e, body.end())
        if found is not None:
            return found
    return []


# A book's year and number of pages in its imprint: "2018. – 112 с.".
_IMPRINT_RE = cache.pattern(rf"(?:19|20)\d\d\.{HS}*+[{DASHES}]{HS}*+\d++{HS}*+с\.")


# A sentence inside a paragraph that opens with a dash: ". – Мы готовы".
_INNER_DASH_RE = cache.pattern(rf"[.!?…]\s++[{DASHES}]{HS}")


def _dash_inside_rule(env: _Env, k: int) -> list[_Cand]:
    """A dash quote that does not open its paragraph: "Министр вышел к журналистам. – Мы готовы, – сказал он."."""
    text, para = env.text, env.paras[k]
    if para.dash or not para.verbs or _INNER_DASH_RE.search(text, para.content, para.end) is None:
        return []
    for ss, se in para.sentences[1:]:
        m = _DASH_OPEN_RE.match(text, ss, se)
        if m is not None and m.end() > m.start() + 1 and text[m.end() - 1].isspace():
            if _inside(para.mark_spans, m.start()):
                continue  # "«A, – уверен X. – B»": the dash goes on a quotation its marks delimit
            if text.rfind("(", para.content, m.start()) > text.rfind(")", para.content, m.start()):
                continue  # "стоят (бутылки. — RT) и …": an editor's note in brackets
            found = _dash_inline(env, k, m.end())
            if found:
                return found
    return []


# "как говорил X, «…»": a quotation introduced by "как" and a speech verb, also inside another quote.
_KAK_VERB_RE = cache.pattern(r"(?i)(?<!\p{L})как\s++(?:\p{L}++\s++)?+\Z")
_KAK_TAIL_RE = cache.pattern(rf"[^,.!?«»\"„“”\n]{{1,100}}+,{HS}*+\Z")


def _kak_before(env: _Env, para: _Para, o: int) -> tuple[Mention | None, VerbForm] | None:
    """The speaker of a quotation mark at *o* opened by "как сказал X, …" (What counts, "Quotes")."""
    text = env.text
    verbs = para.verbs_in(max(para.start, o - 120), o)
    if not verbs:
        return None
    v = verbs[-1]
    if not _speaking(v) or not _KAK_VERB_RE.search(text, max(para.start, v[0] - 20), v[0]):
        return None
    if not _KAK_TAIL_RE.match(text, v[1], o):
        return None
    comma = text.rfind(",", v[1], o)
    return mention_anywhere(env.ctx, text, v[1], comma), v[2]


# "Из поздравления Президента Имя Фамилия:": a speech noun naming whose words follow; or a heading noun of an
# opinion opening the line: "Точка зрения гитариста Имя Фамилия:", "Мнение эксперта Имя Фамилия:".
_WORDS_FROM_RE = cache.pattern(
    r"(?i)(?:из\s++(?:\p{Ll}++\s++)??(?:поздравлени|обращени|выступлени|заявлени|послани|интервью|письм|сообщени"
    r"|доклад|речи|ответ)\p{L}*+|точка\s++зрения|мнение|позиция|комментарий|оценка|прогноз)\s++"
)


def _colon_label(env: _Env, cs: int, colon: int) -> Mention | None:
    """Who a line without a speech verb ending in a colon introduces: a name opening it, or "Из поздравления X:"."""
    text = env.text
    words_from = _WORDS_FROM_RE.match(text, cs, colon)
    if words_from is not None:
        return mention_anywhere(env.ctx, text, words_from.end(), colon)
    for pm in env.ctx.persons_in(cs, colon):
        # "Имя Фамилия, учитель математики (Москва):" heading an answer in a panel or an interview.
        if pm.start == cs and pm.case in (None, "nomn"):
            return mention_anywhere(env.ctx, text, pm.start, pm.end)
        break
    return None


def _colon_intro(env: _Env, para: _Para) -> tuple[Mention | None, VerbForm | None]:
    """The speaker a paragraph ending "… пояснил журналистам:" names for the quote under it."""
    text = env.text
    colon = text.rfind(":", para.start, para.end)
    cs, _ = _sentence_of(para, colon)
    cs = max(cs, para.content, colon - WINDOW)
    verbs = [v for v in para.verbs_in(cs, colon) if _speaking(v)]
    if not verbs:
        return _colon_label(env, cs, colon), None
    v = verbs[-1]
    if v[2].cls in ("impersonal", "passive"):
        # "В сообщении ведомства, выпущенном в воскресенье, говорится:": the document's source speaks.
        found = source_place(env.ctx, text, cs, v[0], near_end=True) or source_place(env.ctx, text, v[1], colon)
        return (_person_in_source(env.ctx, text, found) or found if found is not None else None), v[2]
    # "уточнили, что X задержан:": the speaker stands before the что-clause, not inside it.
    chto = _CHTO_WORD_RE.search(text, v[1], colon)
    end = chto.start() if chto is not None else colon
    after = mention_after(env.ctx, text, v[1], end)[0]
    mention = mention_before(env.ctx, text, cs, v[0])
    # A comma or a dash right before the verb: it follows the words it attributes.
    postposed = text[cs : v[0]].rstrip(" \t\u00a0")[-1:] in (*DASHES, ",")
    if after is not None and postposed and (mention is None or not _nominative_person(mention)):
        # "Работы займут сутки, добавил Имя:": the verb after the words it attributes has its subject after it
        # ("Прокурор, признав вину, просил:" names it before an aside).
        return after, v[2]
    mention = mention or after
    if mention is None and v[2].plural:
        # "В полиции уточнили, что …:": the place speaks.
        mention = source_place(env.ctx, text, cs, v[0], near_end=True)
    return mention, v[2]


def _verb_line(para: _Para, pos: int) -> tuple[int, int, VerbForm] | None:
    """The speech verb opening a dash line at *pos* ("— сказал он."), if any."""
    v = para.verb_at.get(pos)
    return v if v is not None and _speaking(v) else None


# What counts, "not quotes": names and terms in quotation marks. A short capitalised span
# with no verb and no sentence punctuation ("Горное дело", "Связь") that stands in a list
# of such spans ("по программам «Экология» и «Связь»") is a name.
_SHORT_NAME_RE = cache.pattern(r"\p{Lu}[\p{L}\p{N}-]{0,40}+(?:\s++[\p{L}\p{N}-]{1,40}+){0,2}+")
_LIST_BEFORE_RE = cache.pattern(rf"[»\"”“]{HS}*+(?:,|и|или){HS}*+\Z")
_LIST_AFTER_RE = cache.pattern(rf"{HS}*+(?:,|и|или){HS}*+[«\"„“]")

# What counts, settled questions: a headline "Сапаров: …", "Вице-премьер Голикова: …", "Сапаров о тарифах: …".
# The speaker is at most six words; a topic "о/об/про …" of at most six words may follow it.
_TOPIC = rf"(?:{TOPIC_OPENING}[^:\n]{{1,60}}+)"
_HEADLINE_WHO_RE = cache.pattern(
    rf"{HS}*+(?P<who>[\p{{L}}][\p{{L}}.-]{{0,40}}+(?:{HS}++[«\"]?+[\p{{L}}][\p{{L}}.-]{{0,40}}+[»\"]?+){{0,5}}?)"
    rf"{_TOPIC}?+{HS}*+"
)
_THREE_WORDS_RE = cache.pattern(r"\S++(?:\s++\S++){2}")


def _name_like(text: str, para: _Para, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` (inside quotation marks) reads as a name: a few capitalised words, no verb."""
    return _SHORT_NAME_RE.fullmatch(text, s, e) is not None and not para.verbs_in(s, e)


def _listed_name(text: str, para: _Para, o: int, c: int, s: int, e: int) -> bool:
    """Whether the quotation marks at *o*..*c* hold a name in a list of quoted names."""
    if not _name_like(text, para, s, e):
        return False
    if _LIST_BEFORE_RE.search(text, max(para.start, o - 8), o) is not None:
        return True
    return _LIST_AFTER_RE.match(text, c + 1, min(para.end, c + 10)) is not None


def _headline_speaker(env: _Env, para: _Para, cs: int, colon: int) -> Mention | None:
    """The person or title that a headline "X: …" or "X о теме: …" quotes, if any."""
    m = _HEADLINE_WHO_RE.fullmatch(env.text, cs, colon)
    if m is None:
        return None
    persons = env.ctx.persons_in(m.start("who"), m.end("who"))
    if persons and persons[-1].end >= m.end("who") - 1:
        # "Министр транспорта Марат Сибатулин:": the name after the title; "Не день Иванова:" names no speaker.
        if not _titled_from(env.text, m.start("who"), persons[-1].start):
            return None
        if persons[-1].start > m.start("who") and _oblique_name(env, persons[-1]):
            # "Советник Погосяна:": the name is whose adviser speaks; the title stands for its holder.
            title = mention_anywhere(env.ctx, env.text, m.start("who"), persons[-1].start)
            return title if title is not None and title.kind == "title" else None
        return mention_anywhere(env.ctx, env.text, persons[-1].start, persons[-1].end)
    found = mention_anywhere(env.ctx, env.text, m.start("who"), m.end("who"))
    if found is None or found.kind != "person" or found.start - cs >= 30:
        return None
    if any(is_known(w.text.lower()) for w in words_in(env.text, m.start("who"), found.start)) and not _titled_from(
        env.text, m.start("who"), found.start
    ):
        return None  # "Манёвры Олафа:": a name the article gives in full, owning a noun (not "Ояр Рубенис:")
    # The name closes the speaker phrase: "Вице-премьер Голикова:", not "Токаев подписал бюджет:".
    return found if found.end >= m.end("who") - 1 else None


def _titled_from(text: str, start: int, name: int) -> bool:
    """Whether the words from *start* to a name at *name* are none, or hold a title or a noun for a person."""
    before = words_in(text, start, name)
    return not before or any(title_of(w.text) is not None or person_noun(w.text) is not None for w in before)


def _oblique_name(env: _Env, pm: PersonMention) -> bool:
    """
    Whether the one-word name *pm* is written in an oblique case: its text is not the surname of the person the
    article names in full (``Погосяна`` of ``Арсен Погосян``), or the finder read it in the genitive.
    """
    if pm.case == "gent":
        return True
    written = env.text[pm.start : pm.end]
    if " " in written:
        return False
    full = env.ctx.canonical(pm.name)
    return " " in full and full.split()[-1] != written


# A headline's speaker before a colon: a title of at most six words ("Главный тренер сборной"),
# and the topic ("Мэр столицы – о тарифах").
_HEADLINE_TITLE_RE = cache.pattern(
    rf"{HS}*+\p{{L}}[\p{{L}}-]{{0,40}}+(?:{HS}++[\p{{L}}-]{{1,40}}+){{0,5}}?{_TOPIC}?+{HS}*+"
)


def _headline_title(env: _Env, cs: int, colon: int) -> Mention | None:
    """
    A headline "Ректор: «…»" or "Ректор – о сессии: «…»" quotes the title's holder (What counts, "Quotes"), and
    "Жители района: «…»" the group.
    """
    if not _HEADLINE_TITLE_RE.fullmatch(env.text, cs, colon):
        return None
    found = mention_anywhere(env.ctx, env.text, cs, colon)
    if found is not None and found.kind == "title" and found.start - cs < 30:
        return found
    s, e = trim_span(env.text, cs, colon)
    if (found is None or found.kind in ("group", "org")) and _described_group(env.text[s:e]):
        # "Жители района: «…»": a group, unnamed.
        phrase = env.text[s:e]
        return Mention(s, e, "group", phrase[:1].lower() + phrase[1:])
    return None


# --- rules: quotation marks ------------------------------------------------------

# A marks rule reads one pair of quotation marks in paragraph *k* and returns candidates, or None
# when it does not apply: the first answer wins, so the order of _MARK_RULES is the priority.
_MarkRule = Callable[[_Env, int, _Mark], list[_Cand] | None]


def _marks_split(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """What counts, settled questions: ``«A, — сказал X. — B»`` gives A and B as quotes of X."""
    text, para = env.text, env.paras[k]
    for v in [*para.verbs_in(mk.o + 1, mk.c), *_words_reported_in(env, mk.o + 1, mk.c)]:
        m = _DASH_ATTR_GAP_RE.search(text, max(mk.o + 1, v[0] - 50), v[0]) or _BARE_DASH_ATTR_RE.search(
            text, max(mk.o + 1, v[0] - 5), v[0]
        )
        if m is None:
            # Any verb inserted with a dash attributes, an opinion verb too ("«A, – считает патриарх. – B»").
            continue
        r = _RESUME_RE.search(text, v[1], min(mk.c, v[1] + WINDOW)) or _resumed_after_stop(env, para, mk, v)
        if r is None:
            unclosed = _unclosed_before_attribution(env, k, mk, m, v)
            if unclosed is not None:
                return unclosed
            continue
        s1, e1 = trim_span(text, mk.o + 1, m.start() + (1 if m.group(1) and m.group(1) in "!?…" else 0))
        s2, e2 = trim_span(text, r.end(), mk.c)
        if e1 <= s1 or e2 <= s2:
            continue
        mention, medium = _attribution_after(env, para, v, r.start())
        mention = _possessive_words(text, v[1], r.start()) or mention
        return [
            _Cand(s1, e1, "direct", "marks-split", 3, mention, v[2], medium, para=k),
            _Cand(s2, e2, "direct", "marks-split", 3, mention, v[2], medium, para=k),
        ]
    return _split_by_remark(env, k, mk)


def _possessive_words(text: str, start: int, end: int) -> Mention | None:
    """
    The pronoun whose words the attribution in ``text[start:end]`` says it brings (``— приводит его слова сайт RT.
    —``): the one it stands for speaks, not the outlet named after the words.
    """
    words = _WORDS_OF_RE.search(text, start, min(end, start + _POSSESSIVE_WORDS_REACH))
    return _words_pronoun(text, words) if words is not None else None


# How far after a verb its possessive and noun of words are looked for: "приводит его слова".
_POSSESSIVE_WORDS_REACH = 24


def _resumed_after_stop(env: _Env, para: _Para, mk: _Mark, v: tuple[int, int, VerbForm]) -> regex.Match[str] | None:
    """
    Where ``«A, — заявил X. B»`` resumes with no dash: the new sentence after the attribution, when the attribution
    names its speaker and the marks are guillemets (straight quotation marks pair less surely: the mark taken for
    the closing one may open the next quotation).
    """
    if env.text[mk.o] != "«":
        return None
    r = _STOP_RESUME_RE.search(env.text, v[1], min(mk.c, v[1] + WINDOW))
    if r is None or any(c in _MARKS or c == "," for c in env.text[v[1] : r.start()]):
        return None  # "«A, — цитирует газета X, выступавшего на собрании «…». B»": a stray mark, no quotation resumed
    if len(words_in(env.text, v[1], r.start())) > _STOP_ATTRIBUTION_WORDS:
        return None
    if _attribution_after(env, para, v, r.start())[0] is None:
        return None  # "«A — задача, поставленная правительством, — потребует B. C»": no one named, the verb is A's
    return r


# The most words of such an attribution after its verb: "— заявил замминистра сельского хозяйства Имя Фамилия.".
_STOP_ATTRIBUTION_WORDS = 7


# Verbs of speech that relay another's words, like the verbs of reporting: "передает ТАСС слова министра".
_RELAYING = frozenset({"передавать", "передать"})
# How far after a verb of reporting its noun of words may stand, past the outlet: "приводит ТАСС слова".
_WORDS_OF_AFTER_REPORT = 40


def _words_reported_in(env: _Env, start: int, end: int) -> list[tuple[int, int, VerbForm]]:
    """
    The verbs of reporting in ``text[start:end]`` that give someone's words, past the outlet: ``«A, — приводит ТАСС
    слова адвоката Имя Фамилия. — B»`` (the verbs of speech are the paragraph's own). The text is scanned once, so
    that quotations nested in one another cost no more than their text.
    """
    if env.reports is None:
        text = env.text
        found = []
        for m in report_regex().finditer(text):
            vf = report_at(text, m.start(), m.end())
            if vf is not None and _WORDS_OF_RE.search(text, m.end(), min(len(text), m.end() + _WORDS_OF_AFTER_REPORT)):
                found.append((m.start(), m.end(), vf))
        env.reports = (found, [v[0] for v in found])
    verbs, starts = env.reports
    return verbs[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


# The dash after a comma that opens the author's remark inside a quotation: "«A, – таксист Имя бросает …. – B»".
_REMARK_OPEN_RE = cache.pattern(rf"[,!?…]{HS}*+[{DASHES}]{HS}++")
# How far into the remark its person is named, past the lower-case words of a title; how far after the opening mark
# the remark may open (a bound, so that nested quotations cost no more than their text).
_REMARK_NAME_REACH = 60
_REMARK_REACH = 400


def _split_by_remark(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """
    ``«A, – таксист Имя бросает баранку. – B»``: the author's remark inside a quotation, a person named in it doing
    anything, gives A and B as quotes of that person, as an attribution in the middle does.
    """
    text = env.text
    m = _REMARK_OPEN_RE.search(text, mk.o + 1, min(mk.c, mk.o + 1 + _REMARK_REACH))
    r = _RESUME_RE.search(text, m.end(), min(mk.c, m.end() + WINDOW)) if m is not None else None
    if m is None or r is None:
        return None
    mention = mention_after(env.ctx, text, m.end(), min(r.start(), m.end() + _REMARK_NAME_REACH))[0]
    if mention is None or mention.kind not in ("person", "title"):
        return None
    if mention.person is not None and mention.person.case not in (None, "nomn"):
        return None
    if not finite_verb_in(text, mention.end, r.start()) or finite_verb_in(text, m.end(), mention.start):
        return None  # the one named is the subject: nothing but a title's words before the name ("таксист Имя")
    s1, e1 = trim_span(text, mk.o + 1, m.start() + (1 if m.group()[0] in "!?…" else 0))
    s2, e2 = trim_span(text, r.end(), mk.c)
    if e1 <= s1 or e2 <= s2:
        return None
    return [
        _Cand(s1, e1, "direct", "marks-split", 3, mention, None, para=k),
        _Cand(s2, e2, "direct", "marks-split", 3, mention, None, para=k),
    ]


def _unclosed_before_attribution(
    env: _Env, k: int, mk: _Mark, dash: regex.Match[str], v: tuple[int, int, VerbForm]
) -> list[_Cand] | None:
    """
    ``«A, — отмечается в документе.`` ending its paragraph with the closing mark left out: A is the quote, and
    the attribution ends it (the quotation does not run on into the next paragraph).
    """
    text, para = env.text, env.paras[k]
    if not para.open_end or mk.c != para.end or not _ATTRIBUTION_TAIL_RE.fullmatch(text, v[1], para.end):
        return None
    s, e = trim_span(text, mk.o + 1, dash.start() + (1 if dash.group(1) and dash.group(1) in "!?…" else 0))
    if e <= s:
        return None
    mention, medium = _attribution_after(env, para, v)
    return [_Cand(s, e, "direct", "marks-split", 3, mention, v[2], medium, para=k)]


# The rest of an attribution that closes its paragraph: a few words, a name in quotation marks among them ("газете
# «Вести»"), and a full stop ("в документе.").
_ATTRIBUTION_TAIL_RE = cache.pattern(rf"(?:{HS}++(?:«[^«»\n]{{1,40}}+»|[^\s.!?«»]++)){{0,8}}+[.!]?+{HS}*+")


# "что" right after a verb: its clause says what was said.
_RIGHT_CHTO_RE = cache.pattern(r"\s*+,\s*+что(?!\p{L})")
# Verbs by which an outlet reports what someone said.
_REPORTING = frozenset({"сообщать", "сообщить", "передавать", "передать", "писать", "написать", "информировать"})


def _in_chto_clause(env: _Env, para: _Para, pos: int) -> bool:
    """Whether *pos* stands in the что-clause of a verb of speech earlier in its sentence (``заявил, что … «``)."""
    ss, _ = _sentence_of(para, pos)
    return any(_speaking(v) and _RIGHT_CHTO_RE.match(env.text, v[1], pos) for v in para.verbs_in(ss, pos))


# A conclusion drawn, after a closing mark: "к такому выводу", "к этому выводу" (then its verb).
_CONCLUSION_RE = cache.pattern(rf"(?i)к{HS}++(?:такому|этому|подобному|аналогичному){HS}++выводу{HS}++")


def _marks_after(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """«…», – сказал X (also after a few words: «…», – в минувший четверг указал X)."""
    text, para = env.text, env.paras[k]
    after = _AFTER_CLOSE_RE.match(text, mk.c, para.end)
    if after is None or mk.c >= para.end or _inside_dash_speech(env, k, mk):
        return None
    conclusion = _marks_conclusion(env, k, mk, after.end())
    if conclusion is not None:
        return conclusion
    v = para.verb_at.get(after.end())
    if v is not None and v[2].lemma in _CITING:
        return None  # "«…», — цитирует министра агентство": the rule of citing reads who is cited
    if v is not None and _RIGHT_CHTO_RE.match(text, v[1], para.end):
        # 'СМИ, контролируемые группировкой "Исламский джихад", заявляют, что …': a name in marks ends a
        # subject, and the verb's что-clause holds what was said.
        return None
    # "«…», — считает X": an opinion verb right after the quotation attributes its words too.
    if v is not None:
        mention, medium = _attribution_after(env, para, v)
        if (mention is None or mention.kind == "org") and v[2].lemma in _REPORTING:
            # "X заявил: «…», — сообщает агентство": the outlet reports the words of the one before the colon.
            before = _marks_colon(env, k, mk)
            if before and before[0].mention is not None and before[0].mention.kind in ("person", "title", "pronoun"):
                return before
            if _in_chto_clause(env, para, mk.o):
                return None  # "X пообещал, что … «…», сообщает агентство": the что-clause is X's, the outlet reports it
        return _marks_then_verb(env, k, mk, v, mention, medium)
    if not any(ch in DASHES for ch in after.group()):
        return None
    v = _verb_past_words(text, para, after.end())
    if v is None:
        return _marks_so(env, k, mk, after.end())
    if not _speaking(v) or _RIGHT_CHTO_RE.match(text, v[1], para.end):
        # "X, — один из лидеров «Движения», — намекал, что …": the verb's что-clause holds what was said.
        return None
    mention, medium = _attribution_after(env, para, v)
    mention = mention or mention_before(env.ctx, text, after.end(), v[0])
    named = _name_in_sentence(env, k, mk)
    if named is not None:
        # "приедет выставка «Дом Ветрова» – о ней поведал X": the sentence is what X told, the marks a name.
        return [_Cand(*named, "indirect", "marks-partial", 2, mention, v[2], medium, para=k)]
    return [_Cand(mk.s, mk.e, "direct", "marks-after", 3, mention, v[2], medium, para=k)]


def _marks_then_verb(
    env: _Env, k: int, mk: _Mark, v: tuple[int, int, VerbForm], mention: Mention | None, medium: str | None
) -> list[_Cand] | None:
    """
    «…», – сказал X: the quotation before the verb, or the sentence it stands in when the marks only name a thing
    (``Команда, выигравшая кубок «Лига», заявила …``).
    """
    partial = _partial_quote(env, k, mk)
    if partial is None and (dashed := _dash_sentence_to(env, k, mk)) is not None:
        # "- Планируем достичь 2 млн «квадратов», - говорит X.": the dash speech whose last words are in marks.
        return [_Cand(*dashed, "direct", "dash", 3, mention, v[2], medium, para=k)]
    if partial is None:
        return [_Cand(mk.s, mk.e, "direct", "marks-after", 3, mention, v[2], medium, para=k)]
    if mention is None and medium is None:
        # 'Жители, поддержавшие кампанию "Город без свалки", пишут петиции': a name in marks ends the subject of
        # the verb, and no one is named after it as a source.
        return None
    return [_Cand(*partial, "indirect", "marks-partial", 2, mention, v[2], medium, para=k)]


def _dash_sentence_to(env: _Env, k: int, mk: _Mark) -> tuple[int, int] | None:
    """
    The words from a dash that opens the sentence inside a paragraph (``… процента. - Планируем …``) to the
    closing mark of the quotation *mk* they end with, when words stand between the dash and the mark; else None.
    """
    text, para = env.text, env.paras[k]
    ss, _ = _sentence_of(para, mk.o)
    m = _DASH_OPENS_RE.match(text, ss, mk.o)
    if m is None or para.dash or not text[m.end() : mk.o].strip():
        return None
    s, e = trim_span(text, m.end(), mk.c + 1)
    return (s, e) if e > s else None


# A dash that opens a sentence, then its words: "- Планируем …".
_DASH_OPENS_RE = cache.pattern(rf"[^\S\n]*+[{DASHES}][^\S\n]++(?=\p{{Lu}})")


# "«…» — так …", "— такое сообщение …": a demonstrative right after the dash points back at the quotation.
_POINTS_BACK_RE = cache.pattern(r"(?i)так(?:ое|ой|ую|ая|ие|им|ими)?+(?!\p{L})")


def _marks_so(env: _Env, k: int, mk: _Mark, pos: int) -> list[_Cand] | None:
    """
    ``«…» — так министр подвёл итог визита``, ``«…», — такое сообщение разослала пресс-служба``.

    The sentence after the dash points back at the quotation: its first finite verb attributes it, and the
    one who speaks is the person, title or body before the verb (else the subject after it).
    """
    text, para = env.text, env.paras[k]
    so = _POINTS_BACK_RE.match(text, pos, para.end)
    if so is None or mk.o > _sentence_of(para, mk.o)[0]:
        return None  # "фильм «Х», — так начинается книга": marks inside a sentence hold a name
    _, se = _sentence_of(para, so.end())
    verb = next((w for w in iter_words_in(text, so.end(), min(se, so.end() + WINDOW)) if is_finite_verb(w.text)), None)
    if verb is None or not (ps := parse(verb.text)):
        return None
    v = (verb.start, verb.end, _verb_form(ps[0]))
    found = (
        mention_anywhere(env.ctx, text, so.end(), verb.start),
        _attribution_after(env, para, v)[0],
        mention_anywhere(env.ctx, text, verb.end, se),  # "— таким оказался ответ министра"
    )
    mention = next(
        (
            m
            for m in found
            if m is not None
            and m.kind in ("person", "title", "pronoun", "org")
            and not (_SPEECH_NOUN_RE.match(m.text) or document_noun(m.text.split()[0]))  # "такое заявление"
        ),
        None,
    )
    if mention is None:
        return None
    return [_Cand(mk.s, mk.e, "direct", "marks-so", 3, mention, v[2], None, para=k)]


def _marks_conclusion(env: _Env, k: int, mk: _Mark, pos: int) -> list[_Cand] | None:
    """«…», к такому выводу приходят авторы доклада: the conclusion's verb and its subject after it."""
    text, para = env.text, env.paras[k]
    conclusion = _CONCLUSION_RE.match(text, pos, min(para.end, pos + 40))
    verb = word_at(text, conclusion.end()) if conclusion is not None else None
    if verb is None or (found := report_at(text, verb.start, verb.end)) is None:
        return None
    mention = mention_after(env.ctx, text, verb.end, para.end)[0]
    named = _name_in_sentence(env, k, mk)
    if named is not None:
        # "… наподобие комплекса «Ястреб-М». К такому выводу пришёл X": the sentence is the conclusion.
        return [_Cand(*named, "indirect", "marks-partial", 2, mention, found, para=k)]
    return [_Cand(mk.s, mk.e, "direct", "marks-after", 3, mention, found, para=k)]


def _name_in_sentence(env: _Env, k: int, mk: _Mark) -> tuple[int, int] | None:
    """The sentence around quotation marks that hold a name inside it (``выставка «Дом Ветрова»``), if so."""
    if not _name_like(env.text, env.paras[k], mk.s, mk.e):
        return None
    return _partial_quote(env, k, mk)


# A dash line's speech closed before an attribution: "— …, — сказал", "— …! — воскликнул".
_DASH_SPEECH_CLOSE_RE = cache.pattern(rf"[,!?…]{HS}*+[{DASHES}]")


def _inside_dash_speech(env: _Env, k: int, mk: _Mark) -> bool:
    """
    Whether a quotation of one or two words stands inside the first speech of a line opened by a dash (``— Напиши
    про «Торпедо», — сказал он``): the attribution after it is the line's, the quotation a name in its words.
    """
    text, para = env.text, env.paras[k]
    if text[para.content : para.content + 1] not in DASHES or _THREE_WORDS_RE.match(text, mk.s, mk.e) is not None:
        return False
    close = env.speech_closes.get(k)
    if close is None:
        # One search per paragraph, whatever number of quotations it holds.
        found = _DASH_SPEECH_CLOSE_RE.search(text, para.content + 1, para.end)
        close = env.speech_closes[k] = found.start() if found is not None else para.end
    return para.content + 2 < mk.o < close


def _verb_past_words(text: str, para: _Para, pos: int) -> tuple[int, int, VerbForm] | None:
    """
    The first verb after *pos*, if only one to four lower-case words stand before it (:data:`_LOWER_GAP_RE`):
    ``«…», — уже в который раз повторил X``, or a manner given two ways (``то ли в шутку, то ли всерьёз``).
    """
    ahead = para.verbs_in(pos + 1, min(para.end, pos + 80), 1)
    if not ahead:
        return None
    gap = _LOWER_GAP_RE.fullmatch(text, pos, ahead[0][0]) or _EITHER_OR_GAP_RE.fullmatch(text, pos, ahead[0][0])
    return ahead[0] if gap is not None else None


# A manner given two ways before the verb: "» — то ли в шутку, то ли всерьёз сказал X", "не то …, не то …".
_EITHER_OR = rf"(?:то{HS}++ли|не{HS}++то){HS}++"
_EITHER_OR_GAP_RE = cache.pattern(
    rf"{_EITHER_OR}(?:\p{{Ll}}++{HS}++){{0,2}}+\p{{Ll}}++,{HS}*+{_EITHER_OR}(?:\p{{Ll}}++{HS}++){{1,3}}+"
)


_LETTER_RE = cache.pattern(r"\p{L}")
# A sentence that opens with a word or a figure ("54-летний король …").
_WORD_START_RE = cache.pattern(r"[\p{L}\p{N}]")


def _partial_quote(env: _Env, k: int, mk: _Mark) -> tuple[int, int] | None:
    """
    The whole sentence when the quotation marks hold only a fragment of it (What counts, "indirect").

    ``Состояние здания "очень плохое", заявил инженер``: the sentence before
    the attribution is an indirect quote, the fragment in marks part of it.
    None when the marks open the sentence, follow a colon or a dash, or a
    speech verb before them attributes the quotation itself (not one that acts
    on an object: ``призвали ведомство не включать их в «реестр»``).
    """
    text, para = env.text, env.paras[k]
    ss, _ = _sentence_of(para, mk.o)
    ss = max(ss, content_start(text, ss, mk.o))
    lead = mk.o
    while lead > ss and text[lead - 1].isspace():
        lead -= 1
    # Words before the opening mark, and no colon or dash right before it ("добавил: «…»", "— «…»").
    # The sentence opens with a word, not a dash or another quotation.
    if lead - ss < 3 or text[lead - 1] in DASHES + ":":
        return None
    if _WORD_START_RE.match(text, ss) is None and _NAME_IN_MARKS_START_RE.match(text, ss, mk.o) is None:
        return None  # a quotation opens the sentence, not a short name in marks before its verb
    if any(_attributes(text, para, v) for v in para.verbs_in(ss, mk.o)):
        return None
    s, e = trim_span(text, ss, mk.c + 1)
    return (s, e) if e > s else None


# A sentence that opens with a short name in marks and goes on in lower case: '"Первый канал" договорился …'.
_NAME_IN_MARKS_START_RE = cache.pattern(r'[«"„“](?:[^\s«»"“”„]++\s?+){1,4}+[»"“”][^\S\n]++\p{Ll}')
# "«…», — приводят СМИ слова Пашиняна", "«…», — слова министра привела пресс-служба",
# "«…», — приводит агентство заявление министра", "— приводит агентство выдержки из писем X".
_WORDS_OF_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:слова(?:ми)?+|заявлени(?:[ея]|ем)|сообщени(?:[ея]|ем)|высказывани(?:[ея]|ем)|цитат[уы]"
    r"|вопрос(?:ом)?+|призыв(?:ом)?+|ответ(?:ом)?+|данные"
    r"|комментари(?:[йи]|ем)|письм[оа]|обращени[ея]|текст(?:\s++(?:письма|обращения|заявления|послания|сообщения))?+"
    # "отрывок из интервью", also with no "из": "отрывок интервью".
    r"|(?:выдержк[иу]|фрагмент(?:ы|ов)?+|отрыв(?:ок|ки|ков))\s++(?:из\s++)?+(?:письма|писем|обращени[яй]|заявлени[яй]"
    r"|послани[яй]|сообщени[яй]|выступлени[яй]|интервью|дневника|дневников|записки|записок))"
    # "— приводит пресс-служба его слова.": the noun may end the sentence after its possessive.
    r"(?:\s++|(?=[.!?…]))"
)
# A word pointing back at the quotation before the noun of words: "— такое сообщение разместила X", "— с таким
# заявлением выступил X", "— эти слова произнёс X".
_POINTING_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:с\s++)?+(?:так|эт)\p{Ll}{0,3}+\s++\Z")
# The same nouns after a possessive pronoun, right before a colon: "процитировали его слова:".
_HIS_WORDS_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?P<p>его|её|ее|их)\s++(?:слова|заявлени[ея]|высказывани[ея]|цитат[уы]|комментари[йи]"
    # "Его ответ был коротким: «…»": a reply, and what it was like.
    r"|(?:ответ|вердикт|реакция)(?:\s++(?:был|была|оказался|оказалась)(?:\s++\p{Ll}++)?+)?+)\s*+\Z"
)
# "«…», — приводятся слова министра": the passive names no reporter.
_PASSIVE_REPORT_RE = cache.pattern(r"(?i)(?<!\p{L})привод(?:ятся|ится|ились|илось|илась)(?!\p{L})")
_PASSIVE_REPORT = VerbForm("приводить", "report", False, None)
# The same after a noun of words pointing back: "Такие данные приводятся на сайте X" names where they stand.
_PASSIVE_CITED = VerbForm("приводиться", "impersonal", False, None)


def _report_after(text: str, start: int, end: int) -> tuple[int, VerbForm] | None:
    """The first reporting verb in ``text[start:end]`` (``приводит``, ``приводятся``): its start and its data."""
    found = []
    report = report_regex().search(text, start, end)
    if report is not None and (vf := report_at(text, report.start(), report.end())) is not None:
        found.append((report.start(), vf))
    passive = _PASSIVE_REPORT_RE.search(text, start, end)
    if passive is not None:
        found.append((passive.start(), _PASSIVE_REPORT))
    return min(found, key=lambda x: x[0]) if found else None


# How far after a quotation its "слова X … приводит/цитирует Y" may run.
_WORDS_OF_REACH = 160


# Direct speech closed by its punctuation and a dash: "«…», —", "«…!» —", "«…?», —".
_SPEECH_CLOSE_RE = cache.pattern(
    rf"(?:(?<=[!?…])[»\"”“]{{1,8}}+|[»\"”“]{{0,8}}+{HS}{{0,3}}+,){HS}{{0,3}}+[{DASHES}]{HS}*+"
)
# "так" before the verb: "«…», — так начал свою речь X".
_SO_RE = cache.pattern(rf"(?i:так|вот\p{{Zs}}так){HS}++")


def _marks_after_verb(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """
    «…», – улыбнулся X; «…», – так начал свою речь X: the punctuation of direct speech, any verb, a person.

    A verb that says nothing of speaking still attributes the words when the quotation is closed as direct
    speech is (a comma or its own ``!``/``?`` and a dash) and a person is named after it.
    """
    text, para = env.text, env.paras[k]
    close = _SPEECH_CLOSE_RE.match(text, mk.c, min(para.end, mk.c + 24))
    if close is None or mk.c >= para.end or len(words_in(text, mk.s, mk.e)) < 2:
        return None
    so = _SO_RE.match(text, close.end(), min(para.end, close.end() + 16))
    w = word_after(text, so.end() if so else close.end())
    if w is not None and so is None and w.start == close.end() and (verb := _verb_after_adverb(text, w, para.end)):
        w = verb  # "«…», — спокойно улыбнулся X"
    elif w is None or w.start != (so.end() if so else close.end()):
        return None
    if w.start in para.verb_at:
        return None  # a speech verb is read by the rules of speech verbs ("цитирует", "передает слова")
    if not is_finite_verb(w.text):
        return None
    _, se = _sentence_of(para, w.start)
    after = w.end
    nxt = word_after(text, w.end)
    if nxt is not None and nxt.end <= se and reads_as(nxt.text.lower(), ("ADJS",), first=True):
        after = nxt.end  # "«…», — был лаконичен итальянец": the manner of speaking, then who spoke
    mention, medium = mention_after(env.ctx, text, after, se)
    if mention is None or mention.kind not in ("person", "title", "pronoun"):
        return None
    words = _WORDS_OF_RE.search(text, after, mention.start)
    if words is not None and not words.group().lower().startswith("вопрос"):
        # "— приводит «Издание» слова директора Имя Фамилия": whose words, the rule of words says ("— задал вопрос
        # министр" asks the question itself).
        return None
    return [_Cand(mk.s, mk.e, "direct", "marks-after-verb", 3, mention, None, medium, para=k)]


def _verb_after_adverb(text: str, w: Word, end: int) -> Word | None:
    """The word after *w* when *w* is an adverb of manner ending in ``-о``/``-е`` and the next word a finite verb."""
    if w.text[-1:] not in "ое" or not reads_as(w.text.lower(), ("ADVB",), first=True):
        return None
    nxt = spaced_word_after(text, w.end)
    return nxt if nxt is not None and nxt.end <= end and is_finite_verb(nxt.text) else None


def _marks_words_of(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """«…», — приводит издание слова X (or заявление X; приводятся слова X): the quote is X's."""
    text, para = env.text, env.paras[k]
    after = _AFTER_CLOSE_RE.match(text, mk.c, para.end)
    if after is None or mk.c >= para.end or not any(c in DASHES for c in after.group()):
        # "…болельщиков «Спартака». Сейчас …», — приводит слова X": a name in marks, the sentence ended after it.
        return None
    _, se = _sentence_of(para, after.end())
    end = min(se, after.end() + _WORDS_OF_REACH)
    words = _WORDS_OF_RE.search(text, after.end(), end)
    report = _report_after(text, after.end(), end)
    if words is None:
        return None
    if report is None or report[0] < words.end():
        report = _pointed_verb(text, after.end(), words) or report
    cites = _CITES_RE.search(text, words.end(), end)
    if cites is not None and (report is None or cites.start() < report[0]):
        # "«…», — эти слова командира Имя Фамилия, сказанные им накануне, цитирует агентство" (the citing
        # verb before the words is the other rule's: "цитирует слова Гуско агентство").
        report = cites.start(), _CITES
    if report is None:
        return None
    who_end = report[0] if report[0] > words.end() else end
    owner = _words_pronoun(text, words)
    if owner is not None:
        # "— приводит его слова Fox News": whose words the pronoun says; the name after them is the outlet's.
        return [_Cand(mk.s, mk.e, "direct", "marks-words-of", 3, owner, report[1], para=k)]
    mention = _words_owner(env, words, who_end)
    if mention is None and report[0] < words.start() and not text[words.end() : se].strip(" .!…"):
        # "«…», — приводит РИА Новости сообщение.": no one's words named, those of the one speaking go on.
        return [_Cand(mk.s, mk.e, "direct", "marks-words-of", 3, None, report[1], inherit=True, para=k)]
    if mention is None or mention.kind not in ("person", "title", "group", "org"):
        return None
    return [_Cand(mk.s, mk.e, "direct", "marks-words-of", 3, mention, report[1], para=k)]


def _words_owner(env: _Env, words: regex.Match[str], who_end: int) -> Mention | None:
    """Whose the words of match *words* are, named after them up to *who_end*: ``слова министра Имя Фамилия``."""
    text = env.text
    mention = _cited_surname(env, words.start(), who_end) or _one_of_group(env, words.end(), who_end)
    if mention is None:
        mention = mention_anywhere(env.ctx, text, words.end(), who_end)
    if mention is not None and mention.kind == "org" and not _owner_organisation(text, words.end(), mention):
        # "— приводит слова разведывательного источника The Sunday Times": the outlet cites; the words are the
        # genitive noun's before it.
        outlet = _OUTLET_AFTER_GROUP_RE.search(text, words.end(), who_end)
        mention = _genitive_owner(text, words.end(), outlet.start() if outlet is not None else mention.start)
    return mention


def _genitive_owner(text: str, start: int, end: int) -> Mention | None:
    """
    The noun phrase in the genitive between a noun of words and the outlet citing them (``слова разведывательного
    источника The Sunday Times`` -> ``разведывательный источник``), unnamed, if its last word is an animate noun, a
    title of ``titles.tsv`` or a body that speaks (``заявление суда агентство``).
    """
    words = words_in(text, start, end)
    if not words or len(words) > _OWNER_WORDS or text[words[-1].end : end].strip():
        return None
    # Any reading in the genitive: "слова россиянки «Издание»" (also read as a plural nominative).
    head = [p for p in parse(words[-1].text.lower())[:3] if p.tag.POS == "NOUN" and p.tag.case == "gent"][:1]
    if not head:
        return None
    body = fold(str(head[0].normal_form)) in speaking_bodies()  # "заявление суда агентство"
    if "anim" not in head[0].tag and title_of(words[-1].text) is None and not body:
        return None
    if len(words) == 1 and "anim" in head[0].tag and title_of(words[0].text) is None:
        # "слова россиянки «Издание»": a noun for a person, who the one just spoken of may be.
        noun = str(head[0].normal_form)
        return Mention(words[0].start, words[0].end, "title", noun, head=fold(noun))
    phrase = nominative_phrase([w.text for w in words])
    return Mention(words[0].start, words[-1].end, "org", phrase)


# The most words of a genitive owner between a noun of words and the outlet citing them.
_OWNER_WORDS = 4


def _owner_organisation(text: str, start: int, mention: Mention) -> bool:
    """
    Whether the organisation *mention* owns the words that end at *start*: it follows them in the genitive
    (``заявление пресс-службы завода``, ``заявление российской компании``, ``заявление «Газпрома»``; not ``заявление
    агентство``, the one citing, nor ``текст документа``).
    """
    first = word_after(text, start)
    if first is None or mention.start not in (start, first.start) or text[start : first.start] not in ("", "«", '"'):
        return False
    low = first.text.lower()
    if reads_as(low, ("ADJF",), "gent", first=True):
        # "заявление российской компании": the owner in the genitive past its adjectives, its last word a noun in
        # the genitive too ("слова разведывательного источника The Sunday Times" name an outlet at the end).
        last = text[mention.start : mention.end].split()[-1].lower()
        return reads_as(last, ("NOUN",), "gent") and not document_noun(last)
    # "заявление «Газпрома»", "заявление пресс-службы завода": a noun in the genitive.
    return reads_as(low, ("NOUN",), "gent", first=True) and not document_noun(low)


def _pointed_verb(text: str, start: int, words: regex.Match[str]) -> tuple[int, VerbForm] | None:
    """
    The verb right after a noun of words that points back at the quotation (``— такое сообщение разместила X``, ``— с
    таким заявлением выступил X``): any finite verb, its subject the one whose words they are.
    """
    pointer = _POINTING_BEFORE_RE.search(text, max(start, words.start() - 12), words.start())
    if pointer is None or pointer.start() != start:
        return None
    verb = word_after(text, words.end())
    for _ in range(_POINTED_SUBJECT_WORDS):
        # "— с такими словами министр Имя Фамилия обратился к …": the subject may stand before the verb.
        if verb is None or is_finite_verb(verb.text) or text[verb.end : verb.end + 1] not in (" ", "\u00a0"):
            break
        verb = word_after(text, verb.end)
    if verb is None or not is_finite_verb(verb.text) or not _UNBROKEN_RE.fullmatch(text, words.end(), verb.start):
        return None
    lemma = next((str(p.normal_form) for p in parse(verb.text.lower())[:1]), verb.text.lower())
    return verb.start, VerbForm(lemma, "report", False, None)


# The most words of a subject between a noun of words that points back and its verb ("с такими словами министр Имя
# Фамилия обратился").
_POINTED_SUBJECT_WORDS = 5
# Words with only spaces between them, on one line.
_UNBROKEN_RE = cache.pattern(r"(?:[\p{L}\d-]|[^\S\n])*+")


# A possessive pronoun right before a noun of words: "его слова", "её заявление".
_POSSESSIVE_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:его|её|ее|их)[^\S\n]++\Z")


def _words_pronoun(text: str, words: regex.Match[str]) -> Mention | None:
    """The possessive pronoun right before the noun of someone's words *words* (``его слова``), as a mention."""
    owner = _POSSESSIVE_BEFORE_RE.search(text, max(0, words.start() - 6), words.start())
    return _pronoun_at(owner) if owner is not None else None


def _pronoun_at(m: regex.Match[str]) -> Mention:
    """The pronoun *m* matched (its trailing space left out) as a mention."""
    word = m.group().rstrip()
    return Mention(m.start(), m.start() + len(word), "pronoun", word)


# Where an outlet's name starts after a group: a word in capitals or Latin letters, a name in marks, an outlet noun.
_OUTLET_AFTER_GROUP_RE = cache.pattern(
    r"\s++(?=\p{Lu}{2,}+(?!\p{Ll})|[A-Za-z]|[«\"„“]|(?i:агентств|издани|газет|телеканал|журнал)\p{Ll}*+(?!\p{L}))"
)


def _one_of_group(env: _Env, start: int, end: int, *, cited: bool = True) -> Mention | None:
    """
    "одного из знакомых пауэрлифтера" in ``text[start:end]``: one of a group, unnamed, in the nominative (``один
    из знакомых пауэрлифтера``); when the words are *cited*, an outlet after the group is the one citing them and
    closes it.
    """
    text = env.text
    one = _ONE_OF_GENITIVE_RE.match(text, start, end)
    if one is None or env.ctx.persons_in(one.start(), one.end()):
        return None
    # "… пауэрлифтера РИА Новости", "… агентство «Интерфакс»": the outlet that cites closes the group.
    outlet = _OUTLET_AFTER_GROUP_RE.search(text, one.start(2), one.end()) if cited else None
    group = text[one.start(2) : outlet.start() if outlet is not None else one.end()]
    group = group.strip(" .!?…") if cited else group
    head = "один" if one.group(1).lower() == "одного" else "одна"
    return Mention(one.start(1), one.start(2) + len(group), "group", f"{head} {group}") if group else None


# "«…», — цитирует министра агентство": the one quoted is the verb's object.
_CITES_RE = cache.pattern(r"(?i)(?<!\p{L})(?:про)?+цитир(?:ует|уют|овал|овала|овало|овали)(?!\p{L})")
_CITES = VerbForm("цитировать", "report", False, None)


# How far after a verb of citing the one cited is looked for, and how far a name past a title of two coordinated
# parts may stand ("цитирует ТАСС представителя штаба и сопредседателя РСЛ Мирослава Митрофанова").
_CITED_NEAR = 80
_CITED_REACH = 120


def _marks_cited(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """«…», — цитирует X издание: the quote is X's, the person or title the verb governs."""
    text, para = env.text, env.paras[k]
    after = _AFTER_CLOSE_RE.match(text, mk.c, para.end)
    if after is None or mk.c >= para.end:
        return None
    cites = _CITES_RE.match(text, after.end(), para.end)
    if cites is None:
        return _marks_cites_him(env, k, mk, after.end())
    _, se = _sentence_of(para, after.end())
    reach = min(se, cites.end() + _CITED_NEAR)
    mention = _cited_object(env, cites.end(), reach)
    if mention is None or mention.kind == "title":
        # "цитирует ТАСС представителя штаба и сопредседателя партии X": the name past a title of two parts.
        farther = _cited_object(env, cites.end(), min(se, cites.end() + _CITED_REACH))
        if farther is not None and farther.kind == "person":
            mention = farther
    if mention is None:
        outlet = mention_anywhere(env.ctx, text, cites.end(), reach)
        if outlet is None or outlet.kind != "org":
            return None
        # "«…», — цитирует агентство «Интерфакс»": the outlet names no one it cites; the one speaking goes on.
        return [_Cand(mk.s, mk.e, "direct", "marks-cited", 3, None, _CITES, outlet.text, inherit=True, para=k)]
    return [_Cand(mk.s, mk.e, "direct", "marks-cited", 3, mention, _CITES, para=k)]


def _cited_object(env: _Env, start: int, end: int) -> Mention | None:
    """The one a verb of citing governs, in ``text[start:end]`` after it: a person, a title, or a body after the
    outlet that cites (``цитирует министра агентство``, ``цитирует РБК пресс-службу министерства``)."""
    text = env.text
    first = word_after(text, start)
    noun = person_noun(first.text) if first is not None and first.start - start <= 2 else None
    if first is not None and noun is not None and reads_as(first.text, ("NOUN",), "accs"):
        # "цитирует сноубордиста «Спорт-экспресс»": a person the verb governs, called by a common noun.
        return Mention(first.start, first.end, "title", first.text, role=first.text, head=noun)
    for i in range(3):
        mention = _cited_surname(env, start, end) or mention_anywhere(env.ctx, text, start, end)
        if mention is None:
            return None
        words = _WORDS_OF_RE.match(text, mention.start, mention.end + 1)
        if words is not None:
            # "цитируют «Известия» заявление Гуско": the words are the one's named after them.
            mention = _cited_surname(env, mention.start, end)
            if mention is None:
                start = words.end()
                continue
        first = word_after(text, start)
        after_outlet = i > 0 or (first is not None and first.start < mention.start)
        # A body described in words ("пресс-службу министерства"), not a bare name, which names the outlet
        # itself after its kind ("агентство «Интерфакс»", "издание Reuters").
        described = any(w.text[:1].islower() for w in words_in(text, mention.start, mention.end))
        if mention.kind in ("person", "title", "pronoun") or (after_outlet and mention.kind == "org" and described):
            return mention
        # The outlet that cites ("процитировало агентство министра"): the one cited follows its first word, or
        # its whole name when that is one word ("Infox.ru").
        nxt = word_after(text, mention.start)
        start = mention.end if " " not in mention.text else nxt.end if nxt is not None else end
    return None


# A capitalised word after a noun of words, then more words (the outlet), a comma or the sentence's end:
# "цитирует заявление Гуско агентство", "цитируют «Известия» заявление Гуско.", "приводит слова Клинтон, …"
_SURNAME_NEXT_RE = cache.pattern(r"(\p{Lu}\p{Ll}{2,}+(?:-\p{Lu}\p{Ll}++)?+)(?=\s++\S|[.,;!?…]|\Z)")


def _cited_surname(env: _Env, start: int, end: int) -> Mention | None:
    """
    The person a lone surname names after a noun of words (``цитирует слова Гуско агентство``).

    The name finder takes a lone surname for one only when the article names
    the person in full; here the construction says it is someone's words, in the genitive.
    """
    text = env.text
    while start < end and text[start].isspace():
        start += 1
    words = _WORDS_OF_RE.match(text, start, end)
    m = _SURNAME_NEXT_RE.match(text, words.end(), end) if words is not None else None
    if m is None or not could_be_surname(m.group(1)):
        return None
    found = env.ctx.person_at(m.start(1), m.end(1))
    if found is not None and found.start == m.start(1) and found.case == "gent":
        # "заявление Суги" after "Ёсихидэ Суга": the person the name finder read there, in full.
        return mention_anywhere(env.ctx, text, found.start, found.end)
    full = env.ctx.canonical(nominative(m.group(1), case="gent"))
    pm = PersonMention(start=m.start(1), end=m.end(1), name=full, surname=full.split()[-1], gender=None, case="gent")
    return Mention(m.start(1), m.end(1), "person", m.group(1), person=pm)


# "«…», — приводит его агентство": the verb of citing with a pronoun for the one cited.
_CITES_HIM_RE = cache.pattern(r"(?i)(?:приводит|приводят|привел[аио]?+|привёл)(?!\p{L})")


def _marks_cites_him(env: _Env, k: int, mk: _Mark, at: int) -> list[_Cand] | None:
    """«…», — приводит его «Агентство»: the quote is the words of the person the pronoun stands for."""
    m = _CITES_HIM_RE.match(env.text, at, env.paras[k].end)
    him = _OBJECT_PRONOUN_RE.match(env.text, m.end(), min(env.paras[k].end, m.end() + 8)) if m is not None else None
    if him is None:
        return None
    mention = Mention(him.start(1), him.end(1), "pronoun", him.group(1))
    return [_Cand(mk.s, mk.e, "direct", "marks-cited", 3, mention, _CITES, para=k)]


def _marks_kak(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """как сказал X, «…»."""
    kak = _kak_before(env, env.paras[k], mk.o)
    if kak is None or _CLAUSE_GOES_ON_RE.match(env.text, mk.c + 1):
        # "Как отметил X, «Газпром» должен …": a name in marks opens the clause the attribution quotes.
        return None
    return [_Cand(mk.s, mk.e, "direct", "marks-kak", 3, kak[0], kak[1], para=k)]


# A clause going on after a closing mark: a space and a word in lower case.
_CLAUSE_GOES_ON_RE = cache.pattern(rf"{HS}++\p{{Ll}}")


def _colon_before(text: str, para: _Para, o: int) -> int | None:
    """The colon right before the quotation mark at *o* ("заявил: «…»"), if any."""
    colon = o - 1
    while colon > max(para.start, o - 12) and text[colon].isspace():
        colon -= 1
    return colon if colon >= para.start and text[colon] == ":" else None


# Verbs of shouting and chanting: the words in marks right after them were shouted ("крикнул «…»").
_SHOUT_VERBS = frozenset(
    {"кричать", "крикнуть", "выкрикнуть", "выкрикивать", "прокричать", "закричать", "скандировать"}
)


def _shout_before(env: _Env, para: _Para, o: int) -> int | None:
    """
    The end of a verb of shouting right before the quotation mark at *o* (``кричали «…»``, ``выкрикивали лозунги
    «…»``), if any.
    """
    verbs = para.verbs_in(max(para.start, o - 50), o)
    v = verbs[-1] if verbs else None
    if v is None or v[2].lemma not in _SHOUT_VERBS:
        return None
    if env.text[v[1] : o].strip() and _SLOGANS_RE.fullmatch(env.text, v[1], o) is None:
        return None  # "выкрикивали лозунги «…»": the slogans named, then the words
    return v[1]


def _shouter(env: _Env, start: int, verb: int) -> Mention | None:
    """
    Who shouts the words after a verb of shouting at *verb*: the subject in the verb's own clause (``Очевидцы
    утверждают, что нападавшие кричали «…»``), or the one ``который`` stands for (``студентов, которые
    выкрикивали …``).
    """
    text = env.text
    own = mention_before(env.ctx, text, max(start, text.rfind(",", start, verb) + 1), verb)
    relative = _RELATIVE_RE.search(text, max(start, verb - 16), verb) if own is None else None
    return _relative_antecedent(env, relative.start(), group=True) if relative is not None else own


# The slogans a crowd shouts, named between the verb and the words: "лозунги", "антиправительственные лозунги".
_SLOGANS_RE = cache.pattern(r"\s++(?:\p{Ll}++(?<=ые|ие|ый|ий|ой)\s++)?+лозунг\p{Ll}{0,3}+\s*+")


def _person_colon(env: _Env, cs: int, colon: int) -> Mention | None:
    """A person named right at the start before the colon: "Иван Петров, министр: «…»"."""
    pm = env.ctx.person_at(cs, colon)
    if pm is None or pm.start - cs >= 5:
        return None
    mention = mention_anywhere(env.ctx, env.text, pm.start, pm.end)
    role = env.text[pm.end : colon].strip(" ,–—-\u00a0")
    if mention is not None and role and not regex.match(r"(?:о|об|про)\s", role):
        mention = Mention(mention.start, mention.end, mention.kind, mention.text, role, mention.person)
    return mention


def _po_slovam_colon(env: _Env, cs: int, colon: int) -> Mention | None:
    """The source of a sentence that opens with "По мнению X," and ends in a colon before a quotation."""
    m = _PO_SLOVAM_RE.match(env.text, cs, colon)
    if m is None:
        return None
    if m.group("pron"):
        pron = m.group("pron").strip()
        return Mention(m.start("pron"), m.start("pron") + len(pron), "pronoun", pron)
    return mention_anywhere(env.ctx, env.text, m.start("who"), m.end("who"))


def _name_before_colon(env: _Env, cs: int, colon: int) -> Mention | None:
    """A person named in the nominative right before the colon: "С ней согласен аналитик Петр Волков: «…»"."""
    named = env.ctx.persons_in(cs, colon)
    if not named or named[-1].case not in (None, "nomn") or env.text[named[-1].end : colon].strip():
        return None
    return mention_anywhere(env.ctx, env.text, named[-1].start, named[-1].end)


_PLACE_OPENS_RE = cache.pattern(rf"(?i)\s*+{_CONNECTIVE_START}(?:в|во|на)\s++")


def _colon_verb_mention(env: _Env, cs: int, v: tuple[int, int, VerbForm], colon: int) -> Mention | None:
    """Who the verb of a clause ending in a colon names (``заявил министр: «…»``, ``говорится: «…»``)."""
    text, vf = env.text, v[2]
    if vf.cls in ("impersonal", "passive"):
        # "В заявлении X, опубликованном на портале ведомства, говорится: «…»": the place opening the clause.
        place = source_place(env.ctx, text, cs, v[0])
        if place is not None and _PLACE_OPENS_RE.fullmatch(text, cs, place.start) is not None:
            return _person_in_source(env.ctx, text, place) or place
    if _COMMA_BEFORE_RE.search(text, max(cs, v[0] - 6), v[0]) is not None:
        # "Приоритет – …, подчеркнул губернатор: «…»": a verb after a comma names its speaker after it; not a noun
        # after a preposition ("Анна Петрова, дочь министра, написала в Twitter: «…»": where she wrote).
        after = _not_a_network(text, mention_after(env.ctx, text, v[1], colon)[0])
        mention = after or mention_before(env.ctx, text, cs, v[0])
    else:
        mention = mention_before(env.ctx, text, cs, v[0]) or mention_after(env.ctx, text, v[1], colon)[0]
    if mention is None and (vf.plural or vf.cls in ("impersonal", "passive")):
        # "В пресс-службе ведомства уточнили: «…»": the place that opens the clause speaks.
        place = source_place(env.ctx, text, cs, v[0], near_end=True)
        if place is not None and _PLACE_OPENS_RE.fullmatch(text, cs, place.start) is not None:
            mention = place
    if mention is None and (first := _FIRST_PERSON_BEFORE_RE.search(text, max(cs, v[0] - 40), v[0])) is not None:
        mention = _own_words(first, v)  # "«Я сказал брату: «…»»"
    return mention


def _marks_colon(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """заявил: «…», and a headline "Сапаров: «…»" or "Сапаров о тарифах: «…»"."""
    text, para = env.text, env.paras[k]
    colon = _colon_before(text, para, mk.o)
    shouted = colon is None and (colon := _shout_before(env, para, mk.o)) is not None  # "крикнул «…»": no colon
    if colon is None or _NAMING_BEFORE_RE.search(text, max(0, colon - _NAMING_REACH), colon) is not None:
        return None  # "два параграфа так и называются: «…»": the names of things, no words said
    cs, _ = _sentence_of(para, colon)
    cs = max(cs, para.content, colon - WINDOW)
    verbs = para.verbs_in(cs, colon)
    mention: Mention | None = None
    vf: VerbForm | None = None
    at_end = mk.c >= para.end - 2
    # A quotation closed by its mark ends there; one left open at the paragraph's end goes on in the same voice.
    runs_on = at_end and (mk.c >= len(text) or text[mk.c] not in _CLOSERS)
    if verbs:
        v = verbs[-1]
        vf = v[2]
        if "," in text[v[1] : colon] and (subject := _colon_subject(env, k, colon, pronoun=False)) is not None:
            # "Когда министерство объявило об отводе, X связал решение с условием: «…»": the speech verb of
            # a clause before the main one attributes nothing; the main clause's subject speaks.
            return [_Cand(mk.s, mk.e, "direct", "marks-colon", 3, subject, None, para=k, runs_to_end=runs_on)]
        mention = _colon_verb_speaker(env, cs, v, colon, shouted)
    else:
        mention, vf = _colon_without_verb(env, k, cs, colon)
        if mention is None and cs <= para.content and at_end:
            mention = _headline_speaker(env, para, cs, colon) or _headline_title(env, cs, colon)
    if mention is None and not (verbs and at_end) and not _goes_on_speaking(env, k, mk, at_end):
        return None
    partial = _clause_past_marks(env, k, mk) if verbs and mention is not None and not shouted else None
    if partial is not None:
        # "добавил: «новые станции» нужно «строить быстрее»": fragments in marks inside the words reported.
        return [_Cand(*partial, "indirect", "marks-partial", 2, mention, vf, para=k)]
    rule = "marks-shouted" if shouted else "marks-colon"
    return [_Cand(mk.s, mk.e, "direct", rule, 3, mention, vf, inherit=mention is None, para=k, runs_to_end=runs_on)]


def _colon_verb_speaker(
    env: _Env, cs: int, v: tuple[int, int, VerbForm], colon: int, shouted: bool
) -> Mention | None:
    """Who speaks the quotation after the colon that ends the clause of verb *v*, if anyone."""
    # "Он упомянул слова следователя: «…»": the words are the one's named after them, not the verb's subject's.
    owner = _words_of_colon(env, v[1], colon) if v[2].lemma in _CITING_VERBS else None
    if shouted:
        owner = _shouter(env, cs, v[0])
    mention = owner or _colon_verb_mention(env, cs, v, colon)
    if mention is not None and _common_thing(mention) and _RELATIVE_RE.search(env.text, max(cs, v[0] - 16), v[0]):
        # "Существуют параметры, которые характеризуют …: «…»": a thing a relative clause stands for says nothing;
        # the one speaking goes on ("Надпись гласит: «…»" is the sign's).
        return None
    return mention


def _clause_past_marks(env: _Env, k: int, mk: _Mark) -> tuple[int, int] | None:
    """The words after a colon when they go on past the quotation that opens them, to the sentence's end."""
    text, para = env.text, env.paras[k]
    _, se = _sentence_of(para, mk.o)
    if mk.c + 1 >= se or _CLAUSE_GOES_ON_RE.match(text, mk.c + 1, se) is None:
        return None
    s, e = trim_span(text, mk.o, se)
    return (s, e) if e > s else None



def _colon_without_verb(env: _Env, k: int, cs: int, colon: int) -> tuple[Mention | None, VerbForm | None]:
    """Who a clause with no finite speech verb ending in a colon introduces, and the gerund that does, if any."""
    gerund = _gerund_before(env.text, max(cs, colon - _GERUND_COLON_REACH), colon)
    # "…, которую представила режиссер Элина Суни, попутно сообщив: «…»": the gerund's subject speaks.
    mention = (
        (_gerund_subject(env, cs, gerund[0]) if gerund is not None else None)
        or _relative_colon(env, cs, colon)
        or _person_colon(env, cs, colon)
        or _words_of_colon(env, cs, colon)
        or _po_slovam_colon(env, cs, colon)
        or _colon_subject(env, k, colon)
        or _name_before_colon(env, cs, colon)
    )
    return mention, gerund[2] if gerund is not None else None


# Verbs that repeat someone else's words: "упомянул слова следователя: «…»" quotes the investigator; a verb of
# answering ("прокомментировал заявление X: «…»") quotes its subject.
_CITING_VERBS = frozenset(
    {"упомянуть", "упоминать", "привести", "приводить", "процитировать", "цитировать", "напомнить", "напоминать",
     "вспомнить", "вспоминать", "повторить", "повторять"}
)
# How far before a colon a speech gerund is read as introducing the quotation: "сообщив журналистам:".
_GERUND_COLON_REACH = 32


# A verb of naming right before a colon: what the quotation after it holds is a name ("так и называются: «…»").
_NAMING_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:называ\p{Ll}{1,4}|озаглавлен\p{Ll}{0,2}|под\s++названием)\s*+\Z")
_NAMING_REACH = 24


# At most three words of a verb's own between it and a quotation, with no punctuation: "призвал ООН «…»".
_VERB_OBJECT_RE = cache.pattern(rf"(?:{HS}++[\p{{L}}\d-]++){{0,3}}+{HS}*+")
# Verbs of asking, and what is asked between one and a quoted "чтобы" clause: up to twelve words and a comma.
_REQUESTS = frozenset(
    {"попросить", "просить", "призвать", "призывать", "потребовать", "требовать", "предложить", "предлагать"}
)
# Verbs of proposing: with an infinitive after their object they propose an act, no words ("предложила соседям
# обсудить вопросы").
_PROPOSING = frozenset({"предложить", "предлагать"})
_REQUEST_OBJECT_RE = cache.pattern(rf"(?:{HS}++[\p{{L}}\d-]++){{1,12}}+{HS}*+,{HS}*+")


# Verbs of continuing an action (not "добавить", which goes on with words): before a quoted infinitive they tell
# what goes on, not what is said.
_CONTINUING = frozenset({"продолжать", "продолжить"})


def _marks_verb_object(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """
    призвал ООН «ответить на …», просит «провести слушание …»: a quotation of a clause right after the one
    speech verb of its sentence and the verb's object, with no colon.

    The quotation opens with an infinitive or a pronoun and holds at least three words, so that a quoted name
    or term (``назвал «предательством»``, ``подтвердил приверженность «кампании давления»``) is none; the
    words between the verb and it are no preposition or conjunction (``сказал о «…»`` names a topic).
    """
    text, para = env.text, env.paras[k]
    if not _LOWER_START_RE.match(text, mk.s) or not _THREE_WORDS_RE.match(text, mk.s, mk.e):
        return None
    first = word_after(text, mk.s)
    if first is not None and first.text.lower() == "не":
        first = word_after(text, first.end)  # "потребовало «не признавать выборов»": a negated infinitive
    purpose = first is not None and first.text.lower() == "чтобы"
    if first is None or not (purpose or reads_as(first.text, ("INFN", "NPRO"), first=True)):
        return None  # a clause, not a term: "призвал «ответить …»", "сказал «мы …»"
    cs, _ = _sentence_of(para, mk.o)
    cs = max(cs, para.content, mk.o - WINDOW)
    verbs = para.verbs_in(cs, mk.o)
    gerund = _gerund_before(text, cs, mk.o) if not verbs else None
    if gerund is not None:
        verbs = [gerund]
    if len(verbs) != 1 or verbs[0][2].cls != "speech":
        # One speech verb in the sentence: after "Он напомнил, что …" a second verb's quoted words are the
        # reported clause's ("… и подтвердил приверженность «кампании давления»").
        return None
    v = verbs[0]
    if v[2].lemma in _CONTINUING and not purpose:
        return None  # "лётчики продолжают «вырывать клыки и когти»": what they go on doing, no words said
    if purpose:
        # "попросили министра разработать план, «чтобы …»": what a request is for, after what it asks.
        if v[2].lemma not in _REQUESTS or _REQUEST_OBJECT_RE.fullmatch(text, v[1], mk.o) is None:
            return None
    elif _VERB_OBJECT_RE.fullmatch(text, v[1], mk.o) is None or any(
        reads_as(w.text.lower(), {"PREP", "CONJ", "PRCL"}) for w in words_in(text, v[1], mk.o)
    ):
        return None
    # The words between the verb and the quotation are its object (``ООН``): the speaker is named before the verb,
    # or for a gerund (``завершил беседу, сказав «…»``) the subject of the verb it depends on.
    mention = _gerund_subject(env, cs, v[0]) if gerund is not None else mention_before(env.ctx, text, cs, v[0])
    if mention is None:
        return None
    return [_Cand(mk.s, mk.e, "direct", "marks-verb", 3, mention, v[2], para=k)]


def _gerund_before(text: str, start: int, end: int) -> tuple[int, int, VerbForm] | None:
    """The last gerund of a speech verb among the words of ``text[start:end]`` (``сказав``), if any."""
    forms = gerund_forms()
    for w in reversed(words_in(text, start, end)[-5:]):
        vf = forms.get(w.text.lower().replace("ё", "е"))
        if vf is not None:
            return w.start, w.end, vf
    return None


def _words_of_colon(env: _Env, cs: int, colon: int) -> Mention | None:
    """ "Слова X из интервью: «…»": the person whose words the noun before the colon names."""
    own = _HIS_WORDS_RE.search(env.text, cs, colon)
    if own is not None:
        # "Украинские СМИ процитировали его слова: «…»": the words of the one the pronoun stands for.
        return Mention(own.start("p"), own.end("p"), "pronoun", own.group("p"))
    words = _WORDS_OF_RE.search(env.text, cs, colon)
    if words is None:
        return None
    mention = mention_anywhere(env.ctx, env.text, words.end(), colon)
    if mention is None or mention.kind not in ("person", "title"):
        return None
    if any(fold(w.text) in _NOT_AUTHOR_PREPOSITIONS for w in words_in(env.text, words.end(), mention.start)):
        return None  # "комментируя сообщения об отставке X, был сдержан: «…»": X is the topic, not the author
    return mention


# Prepositions that put a name after a noun of words as its topic or addressee, not its author ("сообщения об
# отставке X", "заявления в адрес X"); "слова из интервью X" keeps X as the author.
_NOT_AUTHOR_PREPOSITIONS = TOPIC_PREPOSITIONS | {"против", "насчет", "относительно", "адрес"}


def _colon_subject(env: _Env, k: int, colon: int, *, pronoun: bool = True) -> Mention | None:
    """
    The person who is the subject of the sentence before the colon: ``Когда министерство объявило об отводе, Путин
    связал это решение с условием: «…»``. The sentence must hold a finite verb (a headline ``Путин: …`` is read
    by its own rule). With no person, a subject pronoun among its first words, if *pronoun* (``Больше всего он
    был поражен зрителями: «…»``).
    """
    ss, _ = _sentence_of(env.paras[k], colon)
    if not finite_verb_in(env.text, ss, colon) or _TRIGGER_RE.search(env.text, ss, colon) is not None:
        return None  # "По её словам, X завершила выступление прогнозом: «…»": the sentence reports someone else
    found = _relative_colon(env, ss, colon) or _sentence_subject(env, ss, colon, reach=60)
    return found or (_pronoun_subject(env, ss) if pronoun else None)


# A sentence whose subject is "он" or "она" among its first words: "Больше всего он был поражен …".
_PRONOUN_SUBJECT_RE = cache.pattern(r"(?i)[^\S\n]*+(?:\p{L}++[^\S\n]++){0,2}?(?P<p>он|она)(?!\p{L})")


def _pronoun_subject(env: _Env, ss: int) -> Mention | None:
    """The pronoun that is the subject of the sentence from *ss*, among its first three words, if one is."""
    m = _PRONOUN_SUBJECT_RE.match(env.text, ss, min(len(env.text), ss + _PRONOUN_SUBJECT_REACH))
    return Mention(m.start("p"), m.end("p"), "pronoun", m.group("p")) if m is not None else None


_PRONOUN_SUBJECT_REACH = 40


def _relative_colon(env: _Env, ss: int, colon: int) -> Mention | None:
    """
    The person a relative clause right before the colon is about: ``… видеть своим наследником Бекенбауэра, который
    отшучивается словами: «…»`` (the clause has a finite verb of its own).
    """
    found = _RELATIVE_IN_RE.finditer(env.text, max(ss, colon - _RELATIVE_REACH), colon)
    relative = max(found, key=_match_start, default=None)  # the last relative clause before the colon
    if relative is None or not finite_verb_in(env.text, relative.end(), colon):
        return None
    return _relative_antecedent(env, relative.start())


def _match_start(m: regex.Match[str]) -> int:
    """Where match *m* starts (a sort key)."""
    return m.start()




def _goes_on_speaking(env: _Env, k: int, mk: _Mark, at_end: bool) -> bool:
    """
    Whether a sentence's closing quotation after a colon goes on for the speaker of the paragraph before.

    ``Поэтому это иллюзия: «…».`` right after a paragraph that attributes
    speech: the quotation of whole sentences is that speaker's (What counts,
    settled questions), a short name in quotation marks is not.
    """
    if not at_end or mk.e - mk.s < 40 or not _SENTENCE_IN_RE.search(env.text, mk.s, mk.e):
        return False
    para = env.paras[k]
    if para.verbs_in(para.start, mk.o) or _TRIGGER_RE.search(env.text, para.start, mk.o) is not None:
        return False  # "По её словам, X завершила выступление прогнозом: «…»": the paragraph attributes itself
    return _attributes_speech(env, _prev_text(env, k))


# A quotation that holds a clause: at least six words.
_SENTENCE_IN_RE = cache.pattern(r"(?:\p{L}++\W++){5}")


_HEADLINE_SEP_RE = cache.pattern(rf"[.!?]?+{HS}*+[:.]?+{HS}*+")
# The number of an item in a list of headlines: "5. ".
_LIST_NUMBER_RE = cache.pattern(rf"{HS}*+\d{{1,2}}\.{HS}++")
# The most characters a list item's number and the spaces around it take before its headline.
_LIST_NUMBER_REACH = 8
_DASH_TOPIC_RE = cache.pattern(rf"{HS}++[–—-]{HS}++(?:о|об|про){HS}")


def _marks_headline_colon_after(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """
    A headline that opens with a quotation, then a colon or a full stop and the person with a verb or a topic:
    ``«Рост продолжится»: Сапаров рассказал о планах``, ``«Мы готовы». Сапаров — о
    тарифах`` quote Сапаров.

    The name must be followed by a verb it is the subject of or by ``— о …``:
    ``«…»: Эстония за неделю`` is a heading, not an attribution.
    """
    text, para = env.text, env.paras[k]
    opens = mk.o <= para.content + 1 or (
        mk.o - para.content <= _LIST_NUMBER_REACH and _LIST_NUMBER_RE.fullmatch(text, para.content, mk.o) is not None
    )
    if not opens or para.end - para.content > 250:
        return None  # a headline of a numbered list of them ("5. «…». Сапаров — о тарифах") opens its line too
    colon = _HEADLINE_SEP_RE.match(text, mk.c + 1, para.end)
    if colon is None or not {":", "."} & set(colon.group()):
        return None
    if ":" in colon.group():
        titled = _headline_title_after(env, para, colon.end())
        if titled is None and finite_verb_in(text, mk.s, mk.e):
            # A body's words are a clause: "«Виртуальная подготовка»: в Киеве не исключают …" names a topic.
            titled = _headline_body_after(env, para, colon.end())
        if titled is None:
            titled = _headline_speech_after(env, para, colon.end()) or _story_teller(env, para, colon.end())
        if titled is not None:
            return [_Cand(mk.s, mk.e, "direct", "headline-quote-first", 3, titled, para=k)]
        if finite_verb_in(text, mk.s, mk.e) and _deed_in_place(env, para, colon.end()):
            # "«…»: в Москве зарезали …": words the headline takes from the story, their speaker not told there.
            return [_Cand(mk.s, mk.e, "direct", "headline-quote-first", 3, None, para=k)]
        subject = _subject_after(env, para, colon.end())
        if subject is not None:
            # "«…»: Сапаров подписал указ", "«…»: лучший бомбардир клуба Имя Фамилия завершил карьеру": the one the
            # story is about says the words (before a title's quoted clause is read as no one's).
            return [_Cand(mk.s, mk.e, "direct", "headline-quote-first", 3, subject, para=k)]
        if _titled_clause(env, k, mk, colon.end()):
            # The article's title "«Выходим на новый уровень»: как …": someone's words, whoever the story tells said
            # them (a rule that finds them there wins); not a digest's rubric before a place ("«…»: Эстония за
            # неделю"). So is the title of another article linked under "Также по теме".
            return [_Cand(mk.s, mk.e, "direct", "headline-quote-first", 1, None, para=k)]
    mention = _subject_after(env, para, colon.end())
    if mention is None and "." in colon.group() and not _name_right_after(env, colon.end()):
        mention = _dot_descriptor(env, para, colon.end())
    return None if mention is None else [_Cand(mk.s, mk.e, "direct", "headline-quote-first", 3, mention, para=k)]


def _subject_after(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    The person a headline's colon or full stop is followed by as the subject of a verb (``«…»: Сапаров подписал
    указ``), also past a title of lower-case words (``«…»: лучший бомбардир клуба Имя Фамилия завершил карьеру``),
    or right before ``— о …`` (``«…». Сапаров — о тарифах``).
    """
    text = env.text
    pm = env.ctx.person_at(at, min(para.end, at + _HEADLINE_REACH))
    if pm is None or text[at : pm.start].strip():
        titled = _title_subject_after(env, para, at)
        if titled is not None:
            return titled
    if pm is None or pm.case not in (None, "nomn"):
        return None
    verb = _next_pos(text, pm.end, para.end) == "VERB"
    if not text[at : pm.start].strip():
        found = verb or _DASH_TOPIC_RE.match(text, pm.end, para.end) is not None
    else:
        # "«…»: бронзовый призёр ЧЕ-2016 Трегубов о своём успехе": a title, the name, a verb or a topic.
        # Not a name a noun in the genitive owns: "«…»: родные погибшего боксёра Гаврилко о суде".
        topic = _TOPIC_AFTER_RE.match(text, pm.end, para.end) is not None and not _after_genitive_noun(text, pm.start)
        found = (verb or topic) and _TITLE_WORDS_RE.fullmatch(text, at, pm.start) is not None
    return mention_anywhere(env.ctx, text, pm.start, pm.end) if found else None


def _after_genitive_noun(text: str, start: int) -> bool:
    """Whether the word right before *start* is a lower-case noun that reads in the genitive, not the nominative."""
    before = word_before(text, start)
    return (
        before is not None
        and before.text.islower()
        and reads_as(before.text, ("NOUN",), "gent")
        and not reads_as(before.text, ("NOUN",), "nomn")
    )


def _title_subject_after(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    A title right after a headline's colon, the subject of the finite verb after it (``«…»: адвокат нашёл ошибки в
    докладе``): the one the story is about says the words, as a name there does.
    """
    text = env.text
    found = mention_after(env.ctx, text, at, para.end)[0]
    if found is None or found.kind != "title" or text[at : found.start].strip() or " " in found.text.strip():
        return None
    verb = word_after(text, found.end)
    return found if verb is not None and verb.start < para.end and is_finite_verb(verb.text) else None


def _name_right_after(env: _Env, at: int) -> bool:
    """Whether a name that may be a nominative stands right after *at* (spaces only between)."""
    pm = env.ctx.person_at(at, at + _NAME_RIGHT_AFTER)
    return pm is not None and pm.case in (None, "nomn") and not env.text[at : pm.start].strip()


# How far after a headline's separator a name counts as right after it.
_NAME_RIGHT_AFTER = 40


def _titled_clause(env: _Env, k: int, mk: _Mark, after: int) -> bool:
    """
    Whether quotation *mk* is a clause that opens a title (the article's, or a linked article's) before a colon and
    a topic in lower case starting at *after*.
    """
    text = env.text
    if not (k == 0 or _linked_headline(env, k)):
        return False
    if not _sentence_in(text, mk.s, mk.e):
        # "«Политическая лихорадка»: как оценили …": a phrase with no predicate, quoted among the reactions asked.
        return _reactions_asked(env, env.paras[k], after)
    # "«…»: почему …", or a sentence of its own: "«Трамп ясно дал понять»: США не намерены ослаблять санкции".
    # "«…»: 295 лет назад Пётр I стал императором": a sentence may open with a number too.
    return text[after : after + 1].islower() or (
        (text[after : after + 1].isupper() or text[after : after + 1].isdigit())
        and _clause_in(text, after, env.paras[k].end)
    )


def _linked_headline(env: _Env, k: int) -> bool:
    """Whether paragraph *k* is the headline of another article linked right under a label (``Также по теме``)."""
    if k < 1 or k not in _related_links(env):
        return False
    label = env.paras[k - 1]
    return _RELATED_LABEL_RE.match(env.text, label.start, label.end) is not None


def _clause_in(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` is a clause: a finite verb, or a predicate with none (``Нам больше не нужно членство``,
    ``Мы готовы``, ``Документов нет``).
    """
    return finite_verb_in(text, start, end) or any(
        w.text.lower() == "нет" or _predicate(w.text) for w in words_in(text, start, end)
    )


# A subject that makes a phrase with no verb a sentence: "это", or a personal pronoun ("Теперь она в наших руках").
_COPULAR_SUBJECTS = frozenset({"это", "я", "ты", "он", "она", "оно", "мы", "вы", "они"})
# A dash between words: "Закон — его кошелёк" says what one thing is.
_COPULAR_DASH_RE = cache.pattern(rf"\p{{L}}{HS}++[{DASHES}]{HS}++\p{{L}}")


def _sentence_in(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` is a sentence: a clause (:func:`_clause_in`), or one with no finite verb, a subject
    ``это`` or a personal pronoun with more words (``Это двойные стандарты``, ``Теперь она в наших руках``), an
    infinitive that opens it (``Осушить болото``), or a dash between two phrases (``Закон — его кошелёк``).
    """
    if _clause_in(text, start, end):
        return True
    words = words_in(text, start, end)
    if len(words) > 1 and any(w.text.lower() in _COPULAR_SUBJECTS for w in words):
        return True
    if len(words) > 1 and reads_as(words[0].text, ("INFN",), first=True):
        return True  # "Осушить вашингтонское болото": what is to be done, a call or a task someone set
    return _COPULAR_DASH_RE.search(text, start, end) is not None


# How many words of a headline's topic may stand before its verb of speech: "как в России отреагировали".
_REACTION_WORDS = 4


def _reactions_asked(env: _Env, para: _Para, at: int) -> bool:
    """
    Whether a headline's topic from *at* asks what was said, a question word and a verb of speech (``как оценили
    победу``, ``что говорили болельщики``): the quotation before it is one of the answers.
    """
    words = words_in(env.text, at, para.end)[: _REACTION_WORDS + 1]
    if not words or words[0].text.lower() not in _QUESTION_WORDS:
        return False
    verbs = (para.verb_at.get(w.start) for w in words[1:])
    return any(v is not None and v[2].cls == "speech" for v in verbs)


# A person described before a dash and a topic, after a quoted headline's full stop: "«…». Жительница села — о …".
_DOT_DESCRIPTOR_RE = cache.pattern(
    rf"(?P<d>\p{{Lu}}[\p{{L}}-]*+(?:{HS}++(?!(?:о|об|про){HS})(?:\p{{L}}[\p{{L}}-]*+|«[^«»\n]{{1,40}}+»)){{0,4}}?)"
    rf"{HS}++[{DASHES}]{HS}++(?:о|об|про){HS}++\S"
)


def _dot_descriptor(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    The person a quoted headline's full stop is followed by, described by a noun for a person before a dash and
    a topic: ``«…». Жительница села — о паводке`` quotes the woman it describes.
    """
    described = _DOT_DESCRIPTOR_RE.match(env.text, at, min(para.end, at + _HEADLINE_REACH))
    # Its role is the whole description: the one speaking is the one described, not whoever the text named last.
    return None if described is None else _described_speaker(env, *described.span("d"), as_role=True)


def _before_verb(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` up to its first finite verb (the whole of it with none), or None if the verb opens it."""
    for w in words_in(text, start, end):
        if is_finite_verb(w.text):
            return trim_span(text, start, w.start) if w.start > start else None
    return start, end


def _described_speaker(env: _Env, start: int, end: int, *, as_role: bool = False) -> Mention | None:
    """
    The speaker a headline's description ``text[start:end]`` names: the name it ends with (``футболист сборной
    Имя Фамилия``), else the description headed by a noun for a person (``гандболистка сборной России``), its
    first word in lower case; with *as_role*, or when it names the one it relates its speaker to (``адвокат
    Имя Фамилия-gen``), the whole description is the role too.
    """
    named = env.ctx.persons_in(start, end)
    if named and named[-1].case in (None, "nomn") and not _owned_by_person_noun(env.text, start, named[-1]):
        return mention_anywhere(env.ctx, env.text, named[-1].start, named[-1].end)
    words = env.text[start:end].split()
    words = [words[0].lower(), *words[1:]]
    head = _descriptor_head(words)
    if head is None:
        return None
    phrase = nominative_phrase(words)
    return Mention(start, end, "title", phrase, role=phrase if as_role or named else None, head=head)


def _owned_by_person_noun(text: str, start: int, pm: PersonMention) -> bool:
    """
    Whether the name *pm*, past the first word of a headline's description from *start*, is the person's of the
    noun right before it (:func:`~.roles.person_owning`: ``представитель боксёра Руденко``), not the speaker's.
    """
    before = word_before(text, pm.start)
    if before is None or before.start <= start or text[before.end : pm.start].strip():
        return False
    return person_owning(text, pm, before.text) is not None


# What may close a headline after its speaker: the line's end, or a topic or a place ("на ПМЭФ", "о тарифах").
# ("— об отстранении": a dash may stand before the topic).
_HEADLINE_TAIL_RE = cache.pattern(
    rf"{HS}*+(?:[{DASHES}]{HS}*+)?+(?:\Z|(?:о|об|про|на|в|во|перед|после|накануне){HS}++\S"
    # "«…»: Лавров по итогам переговоров": the occasion of the words.
    rf"|по{HS}++(?:итогам|поводу|случаю|следам){HS}++\S"
    # "«…»: глава ведомства Имя Фамилия дал интервью …": the one interviewed.
    rf"|да(?:л|ла|ли){HS}++интервью(?!\p{{L}}))"
)


# How far after a headline's colon its speaker's description is read.
_HEADLINE_REACH = 160
# Lower-case words (names in quotation marks, "легенда «Барселоны»", and abbreviations, "глава МПК", also of an
# event with its year, "призёр ЧЕ-2016") between a headline's colon and a name.
_TITLE_WORD = r"\p{Ll}[\p{Ll}-]*+|«[^«»\n]{1,40}+»|\p{Lu}{2,6}+(?:-\d{2,4}+)?+(?![\p{L}\p{N}-])"
_TITLE_WORDS_RE = cache.pattern(rf"{HS}*+(?:(?:{_TITLE_WORD}){HS}++){{0,6}}+")
# The same after a headline's noun of a story, where a capitalised name of the place a title is of may follow a
# lower-case word ("«…»: интервью с президентом Филиппин Имя").
_STORY_TITLE_WORDS_RE = cache.pattern(
    rf"{HS}*+(?:(?:{_TITLE_WORD}|(?<=\p{{Ll}}{HS}++)\p{{Lu}}\p{{Ll}}++){HS}++){{0,6}}+"
)
# A descriptor of a person after a headline's colon, before the topic: "гандболистка сборной России о …",
# "адвокат клуба — о санкциях".
_HEADLINE_DESCRIPTOR_RE = cache.pattern(
    rf"{HS}*+(?P<d>\p{{Ll}}[\p{{Ll}}-]*+(?:{HS}++(?!(?:о|об|про){HS})(?:\p{{L}}[\p{{L}}-]*+|«[^«»\n]{{1,40}}+»)){{0,5}}?)"
    rf"{HS}++(?:(?:[{DASHES}]{HS}++)?+(?:о|об|про){HS}++\S"
    # "«…»: первый российский чемпион мира — RT": the outlet the words were given to closes the headline.
    rf"|[{DASHES}]{HS}++\p{{Lu}}[\p{{L}}\d.-]*+(?:{HS}++\p{{Lu}}[\p{{L}}\d.-]*+){{0,2}}{HS}*+\Z)"
)


def _animate_noun(word: str) -> bool:
    """Whether *word* reads first as a noun for people, singular or plural (``жители``, ``очевидец``)."""
    p = parse(word.lower())[:1]
    return bool(p) and p[0].tag.POS == "NOUN" and "anim" in p[0].tag


# Nouns of a story told by the one it names after them: "«…»: история жительницы села", "«…»: рассказ очевидца".
_STORY_NOUNS = frozenset({"история", "рассказ", "монолог", "исповедь", "интервью"})
# How many words after a headline's colon may stand before its noun of a story ("полная версия интервью").
_STORY_NOUN_REACH = 3
# A story told by the one a headline describes, with no name: "«…»: история женщины, потерявшей …".
_STORY_OF_RE = cache.pattern(
    rf"{HS}*+(?i:{'|'.join(sorted(_STORY_NOUNS))}){HS}++(?:(?P<with>с|со){HS}++)?+(?P<d>\p{{Ll}}[^\n]*?)[.!?]?+{HS}*+\Z"
)


def _story_teller(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    The one who tells a headline's story, described with no name: ``«…»: история женщины, потерявшей мужа``
    quotes ``женщина, потерявшая мужа``, and ``«…»: интервью с режиссёром фильма`` the director.
    """
    m = _STORY_OF_RE.match(env.text, at, para.end)
    if m is None:
        return None
    words = m.group("d").split()
    # "история женщины", "интервью с режиссёром фильма": the teller in the genitive, or the one talked with.
    case = "ablt" if m.group("with") else "gent"
    nouns = [
        p
        for p in parse(words[0].rstrip(",").lower())
        if p.tag.POS == "NOUN" and {"anim", case} <= p.tag.grammemes and not NAME_TAGS & p.tag.grammemes
    ]
    if not nouns:
        return None
    phrase = nominative_phrase(words)
    return Mention(*m.span("d"), "title", phrase, role=phrase, head=fold(str(nouns[0].normal_form)))


def _headline_title_after(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    The title or person that a headline ``«…»: Генсек ООН на ПМЭФ`` names right after its colon, with nothing
    after it but a topic or a place.
    """
    described = _HEADLINE_DESCRIPTOR_RE.match(env.text, at, min(para.end, at + _HEADLINE_REACH))
    span = _before_verb(env.text, *described.span("d")) if described is not None else None
    # "«…»: гандболистка сборной России о Трефилове": the one described speaks, not the one spoken of; "«…»: учёные
    # объявили о …": the subject of the verb before the topic.
    found = _described_speaker(env, *span) if span is not None else None
    if found is not None:
        return found
    if span is not None and _described_group(env.text[span[0] : span[1]]):
        # "«…»: политологи о послании", "«…»: главные тренеры «Спартака» и «Зенита» об итогах": a group, unnamed.
        return Mention(*span, "group", env.text[span[0] : span[1]])
    if (body := _headline_body_named(env, para, at)) is not None:
        return body  # "«…»: Генпрокуратура о проверке": a body that speaks, named before the topic
    end = min(para.end, at + 60)
    # "«…»: Гендлин о реванше Ковалёва": the one before the topic speaks, not the one the topic names.
    topic = _TOPIC_AFTER_RE.search(env.text, at, end)
    found = mention_anywhere(env.ctx, env.text, at, topic.start() if topic is not None else end)
    if found is None or found.kind not in ("person", "title") or finite_verb_in(env.text, at, found.start):
        return None  # "«…»: соседи рассказали о задержанной": the one spoken of, past the verb of a sentence
    between = words_in(env.text, at, found.start)
    # "«…»: интервью с X", "«…»: полная версия интервью с X": the one a story is of or with.
    story = any(w.text.lower() in _STORY_NOUNS for w in between[:_STORY_NOUN_REACH])
    if not (_STORY_TITLE_WORDS_RE if story else _TITLE_WORDS_RE).fullmatch(env.text, at, found.start):
        return None  # only the title of a name between the colon and it ("министр обороны Имя Фамилия")
    if between and not story and title_of(between[0].text) is None and not _animate_noun(between[0].text):
        return None  # "«…»: реакция сообщества на допинг у Поветкина": a topic that names someone, no speaker
    if not story and found.person is not None and found.person.case not in (None, "nomn"):
        return None
    if found.kind == "title" and not _title_in_nominative(env.text, found):
        return None  # "«Олимп духа»: премьера фильма о …": the premiere, not a genitive of "премьер"
    return found if _HEADLINE_TAIL_RE.match(env.text, found.end, para.end) is not None else None


def _title_in_nominative(text: str, found: Mention) -> bool:
    """Whether the first title word of the title mention *found* reads as that title in the nominative."""
    for w in words_in(text, found.start, found.end):
        title = title_of(w.text)
        if title is not None:
            return _nominative_title(w.text, title[0])
    return True


# A capitalised name of a few words before a topic after a headline's colon: "Счётная палата о расходах".
_HEADLINE_NAMED_RE = cache.pattern(
    rf"{HS}*+(?P<d>\p{{Lu}}[\p{{L}}-]*+(?:{HS}++(?!(?:о|об|про){HS})[\p{{L}}-]++){{0,3}}?)"
    rf"{HS}++(?:[{DASHES}]{HS}++)?(?:о|об|про){HS}++\S"
)


def _headline_body_named(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    The body that speaks named whole right after a headline's colon, before a topic (``«…»: Генпрокуратура о
    проверке``, ``«…»: Счётная палата о расходах``); not a country (``«…»: Россия о …``).
    """
    named = _HEADLINE_NAMED_RE.match(env.text, at, min(para.end, at + _HEADLINE_REACH))
    if named is None:
        return None
    start, end = named.span("d")
    found = mention_anywhere(env.ctx, env.text, start, end)
    if found is None or found.kind != "org" or (found.start, found.end) != (start, end):
        return None
    if _speaking_body(found.text) or _speaking_body(found.text.split()[-1]):
        return found
    first = parse(found.text.split()[0].lower())[:1]
    # "«…»: Совбез России о …", "«…»: МИД Турции о …": a body by its name; a country is a topic's place.
    return None if not first or {"Geox", "Name", "Surn"} & first[0].tag.grammemes else found


def _descriptor_head(words: Sequence[str]) -> str | None:
    """
    The noun for a person that heads a headline's descriptor, past its adjectives: ``главный тренер «Спартака»``
    -> ``тренер``; ``нападающий сборной`` -> ``нападающий``.
    """
    for word in words[:3]:
        title = title_of(word)
        if title is not None and not _nominative_title(word, title[0]):
            title = None  # "премьера фильма": the premiere, no genitive of "премьер" heads a descriptor
        head = person_noun(word) or (title[0] if title is not None and title[1] == "person" else None)
        if head is not None:
            return head
        if not reads_as(word, ("ADJF",), "nomn", first=True):
            return None
    return None


def _nominative_title(word: str, lemma: str) -> bool:
    """Whether *word* reads as the title *lemma* in the nominative (``вице-министр``, ``тренеры``; not ``премьера``)."""
    low = fold(word)
    if low == lemma or low.endswith("-" + lemma):
        return True
    part, head = low.rsplit("-", 1)[-1], lemma.rsplit("-", 1)[-1]
    return any(p.tag.case == "nomn" and fold(str(p.normal_form)) == head for p in parse(part))


def _described_group(phrase: str) -> bool:
    """Whether *phrase* opens with a plural noun for people in the nominative, past adjectives (``главные тренеры``)."""
    if any(is_finite_verb(w) for w in phrase.split()):
        return False  # "немецкий тренер Имя Фамилия рассказал о …": a sentence with its subject, read elsewhere
    words = phrase.split()
    for i, word in enumerate(words[:3]):
        if reads_as(word, ("ADJF",), "nomn", first=True):
            if i == len(words) - 1:
                # "знакомые", "близкие": an adjective that stands for people ends the phrase.
                first = parse(word.lower())[:1]
                return bool(first) and {"Subx", "plur", "nomn"} <= first[0].tag.grammemes
            continue
        if any(str(p.normal_form) in _VOICES and {"plur", "nomn"} <= p.tag.grammemes for p in parse(word.lower())):
            return True  # "«…»: соцсети о …": the voices of a network's users
        first = parse(word.lower())[:1]
        return bool(first) and first[0].tag.POS == "NOUN" and {"anim", "plur", "nomn"} <= first[0].tag.grammemes
    return False


# Things in the plural that stand for the people who speak through them: "«…»: соцсети о победе".
_VOICES = frozenset({"соцсеть"})


def _deed_in_place(env: _Env, para: _Para, at: int) -> bool:
    """Whether a headline's words after its colon open with a place and a verb of a deed (``в Москве зарезали``)."""
    words = words_in(env.text, at, min(para.end, at + 80))[:4]
    if len(words) < 2 or not _geographic_place(words):
        return False
    verb = next((w for w in words[1:] if is_finite_verb(w.text)), None)
    found = para.verb_at.get(verb.start) if verb is not None else None
    return verb is not None and (found is None or not _speaking(found))


def _geographic_place(words: Sequence[Word]) -> bool:
    """Whether *words* open with a preposition of place and a place's name (``в Москве``; not ``в СК``, a body)."""
    if len(words) < 2 or words[0].text.lower() not in _PLACE_PREPOSITIONS:
        return False
    return any("Geox" in p.tag.grammemes for p in parse(words[1].text.lower())[:1])


# The prepositions of a place that speaks after a headline's colon: "в Кремле заявили", "на Украине назвали".
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


def _headline_body_after(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    The body a headline ``«…»: Москва отказалась …``, ``«…»: в Кремле пообещали …`` names after its colon: the
    subject of the verb among its first words, a capitalised name or a place the verb's plural speaks from.
    """
    text = env.text
    words = words_in(text, at, min(para.end, at + 80))[:4]
    if len(words) < 2 or not (words[0].text[:1].isupper() or words[0].text.lower() in _PLACE_PREPOSITIONS):
        return None
    if _deed_in_place(env, para, at):
        return None  # "«…»: в Москве зарезали …": what was done there, no place that speaks
    for i, w in enumerate(words[1:], 1):
        if is_finite_verb(w.text):
            return _headline_subject(env, words, i, at)
    return None


def _headline_subject(env: _Env, words: Sequence[Word], i: int, at: int) -> Mention | None:
    """
    The subject that the words after a headline's colon (from *at*) name before their verb ``words[i]``: a place
    after ``в`` (``в Кремле``), a name, a title, an organisation or a group, a body named by its whole phrase
    (``разведка США``, ``болельщики клуба``).
    """
    text, first, verb = env.text, words[0].text, words[i].start
    if first.lower() in _PLACE_PREPOSITIONS:
        return source_place(env.ctx, text, at, verb)
    found = mention_anywhere(env.ctx, text, at, verb)
    phrase = [x.text for x in words[:i]]
    if (
        found is not None
        and found.kind in ("org", "person")
        and found.start == words[0].start
        and _noun_heads_after(text, found.end, verb)
    ):
        # "«…»: Красный крест заявил …": a capitalised adjective of a body's name, the noun it agrees with after it.
        return Mention(words[0].start, words[i - 1].end, "org", nominative_phrase(phrase))
    if found is not None and found.kind in ("org", "group") and found.start > words[0].start:
        # "разведка США", "болельщики клуба": the body is the whole phrase, not the name it ends with
        group = _described_group(" ".join(phrase))
        return Mention(words[0].start, words[i - 1].end, "group" if group else "org", nominative_phrase(phrase))
    if found is not None and found.kind in ("org", "group", "person", "title"):
        return found
    if (head := person_noun(first)) is not None and first[:1].islower():
        return Mention(at, words[i - 1].end, "title", nominative_phrase(phrase), head=head)
    if _described_group(" ".join(phrase)):
        return Mention(words[0].start, words[i - 1].end, "group", " ".join(phrase))
    return None


def _noun_heads_after(text: str, end: int, verb: int) -> bool:
    """Whether a lower-case noun in the nominative ends the subject right after a name ending at *end*."""
    nxt = word_after(text, end)
    return (
        nxt is not None
        and not text[end : nxt.start].strip()
        and not text[nxt.end : verb].strip()
        and nxt.text.islower()
        and reads_as(nxt.text, ("NOUN",), "nomn")
    )


# Verbs that answer a claim or make a demand in a headline, no verbs of speech elsewhere ("опроверг утверждение,
# что …" does not say what follows): "«Эти сообщения — фейк»: Минобороны опровергло данные …", "«…»: болельщики
# требуют отставки тренера".
_HEADLINE_REPLIES = frozenset(
    {"опровергнуть", "опровергать", "требовать", "потребовать", "назвать", "осудить", "раскритиковать"}
)
# The most words a headline's subject may take before its verb of speech: "новый глава ЦРУ обрушился".
_HEADLINE_SUBJECT_WORDS = 6


# "что сказал", "о чём говорил": a headline's question about what the one named next said.
_WHAT_SAID_RE = cache.pattern(rf"{HS}*+(?i:что|о{HS}++ч[её]м){HS}++(?P<verb>\p{{Ll}}++){HS}++")


def _headline_speech_after(env: _Env, para: _Para, at: int) -> Mention | None:
    """
    The subject of a verb of speech right after a headline's colon: ``«…»: глава Евросовета обвинил Польшу …``,
    ``«…»: посольство ответило на заявление …``, ``«…»: в Москве отреагировали …``.

    The verb must be the first finite verb after the colon (``«…»: КНДР испытала ракету`` reports a deed, not
    words), and its subject a name, a title, an organisation, a group or a place that speaks.
    """
    words = words_in(env.text, at, min(para.end, at + _HEADLINE_REACH))[: _HEADLINE_SUBJECT_WORDS + 1]
    asked = _WHAT_SAID_RE.match(env.text, at, para.end)
    if asked is not None:
        # "«…»: о чём говорил Имя Фамилия на форуме", "«…»: что говорили игроки после матча": what the ones named
        # said, the quotation among it.
        verb = para.verb_at.get(asked.start("verb"))
        if verb is None or verb[2].cls != "speech":
            return None
        said = mention_anywhere(env.ctx, env.text, asked.end(), min(para.end, asked.end() + 60))
        if said is None or said.kind not in ("person", "title", "group"):
            return None
        if not _TITLE_WORDS_RE.fullmatch(env.text, asked.end(), said.start):
            return None  # only the title of a name between ("о чём рассказал министр финансов Имя Фамилия")
        if said.text.split()[-1].lower() in ("и", "или"):
            return None  # "что говорили тренеры и футболисты": more than the phrase read names
        return None if said.person is not None and said.person.case not in (None, "nomn") else said
    if not words or words[0].text.lower() in _QUESTION_WORDS:
        return None  # "«…»: как в Москве отреагировали на …": one of the answers quoted, its speaker not told
    for i, w in enumerate(words[1:], 1):
        verb = para.verb_at.get(w.start)
        if verb is None and not is_finite_verb(w.text):
            continue
        reading = parse(w.text.lower())[0]
        if verb is None and reading.normal_form not in _HEADLINE_REPLIES:
            return None
        if (verb is not None and verb[2].cls not in ("speech", "opinion")) or "futr" in reading.tag:
            return None  # "«…»: ЕС расскажет чиновникам о …": what will be said is not yet a quote
        if words[0].text.lower() in _PLACE_PREPOSITIONS and verb is not None and verb[2].cls != "speech":
            return None  # "«Виртуальная подготовка»: в Киеве не исключают …": a view of a place is no reply quoted
        return _headline_subject(env, words, i, at)
    return None


def _whole(para: _Para, mk: _Mark) -> bool:
    """Whether the quotation fills its paragraph (after a list dash: "- «…»")."""
    opens = mk.o <= para.content + 1 or _LIST_DASH_RE.fullmatch(para.text, para.content, mk.o) is not None
    return opens and mk.c >= para.end - 2


# A list dash before a quotation that fills its line: "- «…»".
_LIST_DASH_RE = cache.pattern(rf"{HS}*+[{DASHES}]{HS}*+")
# A caption line under a quotation: "министр обороны Имя Фамилия, Источник" (no verb, no sentence of its own).
_CAPTION_RE = cache.pattern(rf"{HS}*+(?P<who>[^\n,.!?:;«»\"]{{3,80}}+)(?:,{HS}*+[^\n,.!?:;]{{1,40}}+)?+\.?+{HS}*+\Z")


def _caption_line(env: _Env, k: int) -> Mention | None:
    """The named person of a caption line under a quotation: "президент страны Имя Фамилия, Источник"."""
    if k >= len(env.paras) or env.paras[k].verbs:
        return None
    para, text = env.paras[k], env.text
    m = _CAPTION_RE.match(text, para.start, para.end)
    if m is None:
        return None
    found = mention_anywhere(env.ctx, text, m.start("who"), m.end("who"))
    if found is None or found.kind != "person" or found.person is None or found.end < m.end("who") - 1:
        return None
    # Only a name, or a title and a name: not a sentence that merely mentions someone.
    role = env.ctx.role_before(found.person)
    return found if min(found.start, role[2] if role else found.start) <= m.start("who") else None


# After a quotation's closing mark, what leads to the caption that signs it: "«…». Имя Фамилия", "«…» – Имя
# Фамилия, директор школы" (the caption itself as _CAPTION_RE reads a line under a quotation).
_SIGNATURE_LEAD_RE = cache.pattern(rf"[.,]?+{HS}*+[{DASHES}]?+")


# How many words a signed quotation has at least.
_SIGNED_WORDS = 5


def _marks_signed(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """A quotation that opens its paragraph and a name that signs it after the closing mark: "«…». Имя Фамилия"."""
    text, para = env.text, env.paras[k]
    if mk.o > para.content + 1 or mk.c >= para.end - 2 or para.verbs:
        return None
    if len(text[mk.s : mk.e].split()) < _SIGNED_WORDS:
        return None  # "«Война и мир» — Имя Фамилия": a work and its author
    lead = _SIGNATURE_LEAD_RE.match(text, mk.c + 1, para.end)
    m = _CAPTION_RE.match(text, lead.end(), para.end) if lead is not None else None
    if m is None:
        return None
    found = mention_anywhere(env.ctx, text, m.start("who"), m.end("who"))
    if found is None or found.kind != "person" or found.start != m.start("who"):
        return None
    return [_Cand(mk.s, mk.e, "direct", "marks-signed", 3, found, para=k)]


def _marks_own_line(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """A quotation filling its paragraph with "– Имя" on the next line."""
    if not _whole(env.paras[k], mk):
        return None
    own, mention = _own_line(env, k + 1)
    if own:
        return [_Cand(mk.s, mk.e, "direct", "marks-own-line", 3, mention, para=k)]
    # "— рассказал тренер журналистам." on the next line.
    found = _dash_verb_line(env, k, mk.s, mk.e, mk.o)
    if found:
        found[0].rule = "marks-own-line"
        return found
    caption = _caption_line(env, k + 1)
    if caption is not None:
        return [_Cand(mk.s, mk.e, "direct", "marks-caption", 3, caption, para=k)]
    return found


def _marks_after_colon(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """A quotation opening its paragraph under "… заявил:"."""
    text, para = env.text, env.paras[k]
    prev = _prev_text(env, k)
    if mk.o > para.content + 1 or prev is None or not _ends_with(text, prev, ":"):
        return None
    if _LIST_REST_RE.match(text, mk.c, min(para.end, mk.c + 8)) or _SHORT_NAME_RE.fullmatch(text, mk.s, mk.e):
        # A list under a colon: "«Партия» — 214".
        return []
    mention, vf = _colon_intro(env, prev)
    return [_Cand(mk.s, mk.e, "direct", "marks-after-colon", 3, mention, vf, inherit=mention is None, para=k)]


# An earlier quotation attributed in the same sentence: "«…», – заявил он и поблагодарил …, с участием которого «…»".
_LOWER_START_RE = cache.pattern(r"\p{Ll}")


def _marks_same_sentence(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """A second quoted fragment later in a sentence whose attribution follows an earlier quotation."""
    text, para = env.text, env.paras[k]
    if not _LOWER_START_RE.match(text, mk.s) or not _THREE_WORDS_RE.match(text, mk.s, mk.e):
        return None
    ss, _ = _sentence_of(para, mk.o)
    i = bisect.bisect_left(para.mark_spans, (mk.o, -1))
    # The few quotations just before this one (bounded, so the scan stays linear).
    for o2, c2 in reversed(para.mark_spans[max(0, i - 8) : i]):
        c2 -= 1
        if not (ss <= c2 < mk.o) or para.mark_at.get(o2) != c2:
            continue
        after = _AFTER_CLOSE_RE.match(text, c2, mk.o)
        v = para.verb_at.get(after.end()) if after is not None else None
        if v is not None and _speaking(v):
            mention, medium = _attribution_after(env, para, v, mk.o)
            return [_Cand(mk.s, mk.e, "direct", "marks-same-sentence", 3, mention, v[2], medium, para=k)]
    return None


def _marks_continued(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """A paragraph opening a quotation that the next paragraph(s) go on with and attribute."""
    para = env.paras[k]
    if not para.open_end or mk.c != para.end:
        return None
    for j in range(k + 1, min(k + 6, len(env.paras))):
        nxt = env.paras[j]
        if not nxt.marks or nxt.marks[0][0] != nxt.content:
            return None
        o, c, _ = nxt.marks[0]
        s, e = trim_span(env.text, o + 1, c)
        found = _marks_after(env, j, _Mark(o, c, s, e))
        if found:
            f = found[0]
            return [_Cand(mk.s, mk.e, "direct", "marks-continued", 3, f.mention, f.verb, f.medium, para=k)]
        if not nxt.open_end:
            return None
    return None


def _stray_close(para: _Para) -> int | None:
    """The first closing mark of *para* that pairs with no opener in it (a quotation opened earlier), or None."""
    closers = {c for c in para.mark_at.values()}
    for pos in range(para.content, para.end):
        ch = para.text[pos]
        if ch in "«„":
            if pos in para.mark_at:
                continue  # a pair of its own inside the quotation ("«Вардара»"), passed over
            return None
        if ch in _CLOSERS and not _inside(para.mark_spans, pos, reach=0) and pos not in para.mark_at:
            if pos not in closers:
                return pos
    return None


def _run_on(env: _Env, k: int) -> list[tuple[int, int, int]]:
    """The paragraphs a quotation left open at the end of paragraph *k* goes on in, each ``(paragraph, s, e)``.

    What counts, settled questions ("any closing mark closes"): a quotation opened once (``«A`` … ``B», –
    сказал X``) runs over the paragraphs without marks that follow, to the one that closes it; each
    paragraph is a part of it. Empty when no paragraph within reach closes it.
    """
    parts: list[tuple[int, int, int]] = []
    for j in range(k + 1, min(k + 1 + _CHAIN_REACH, len(env.paras))):
        nxt = env.paras[j]
        # A line broken off mid-sentence (``вы (депутаты. — `` / ``RT`` / ``) и …``, a link's text on a line of
        # its own) goes on in the next, whatever that line reads as on its own.
        broken = _goes_on(env, j - 1)
        if (nxt.kind != "body" and not broken) or nxt.dash or (nxt.marks and nxt.marks[0][0] == nxt.content):
            return []
        close = _stray_close(nxt)
        if close is not None:
            s, e = trim_span(env.text, nxt.content, close)
            return [*parts, (j, s, e)] if e > s else []
        if nxt.marks or _MARK_RE.search(env.text, nxt.start, nxt.end) or nxt.verbs:
            return []
        s, e = trim_span(env.text, nxt.content, nxt.end)
        parts.append((j, s, e))
    return []


# What opens a line that goes on the sentence of the line before.
_GOING_ON = frozenset(".,;:)")
# The end of a line broken off mid-sentence: a dash, an opening bracket, a comma or a word, with no full stop.
_BROKEN_OFF_RE = cache.pattern(rf"(?:[{DASHES}(,]|\p{{L}}){HS}*+\Z")


def _goes_on(env: _Env, j: int, *, lower: bool = True) -> bool:
    """
    Whether line *j* is broken off mid-sentence and goes on in the next: it ends in a dash, a bracket, a comma or a
    word (``вы (депутаты. — `` / ``RT`` / ``) и …``), or the next line opens with the punctuation that goes on a
    sentence (``. А вообще …``) or, with *lower*, in lower case (``рассказал журналисту «НГ»`` / ``о том …``; not
    where a line of code may follow an answer's last line).
    """
    p = env.paras[j]
    if _BROKEN_OFF_RE.search(env.text, p.content, p.end) is not None:
        return True
    nxt = env.paras[j + 1] if j + 1 < len(env.paras) else None
    first = env.text[nxt.content : nxt.content + 1] if nxt is not None else ""
    return first in _GOING_ON or (lower and first.islower())


def _run_on_parts(env: _Env, k: int, first: _Cand) -> list[_Cand]:
    """
    *first* (the part in paragraph *k*) run on over the paragraphs the quotation goes on in: one quotation opened
    once and closed paragraphs later is one quote, as a dash quote going on in the next paragraph is.
    """
    parts = _run_on(env, k)
    if parts:
        first.end = parts[-1][2]
    return [first]


def _marks_run_on(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """A quotation opened once and closed paragraphs later, where its closing paragraph attributes it."""
    para = env.paras[k]
    if not para.open_end or mk.c != para.end:
        return None
    parts = _run_on(env, k)
    if not parts:
        return None
    j = parts[-1][0]
    found = [c for c in _postposed_rule(env, j) if c.kind == "direct" and c.start == parts[-1][1]]
    if not found:
        return None
    f = found[0]
    return _run_on_parts(env, k, _Cand(mk.s, mk.e, "direct", "marks-run-on", 3, f.mention, f.verb, f.medium, para=k))


def _marks_inherit(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """What counts, settled questions: a quotation paragraph right after a paragraph that attributes speech."""
    text, para = env.text, env.paras[k]
    if not _whole(para, mk) or not _THREE_WORDS_RE.match(text, mk.s, mk.e) or _quoted_subheading(text, para, mk):
        return None
    prev = _prev_text(env, k)
    if prev is not None and _QUOTED_HEAD_RE.fullmatch(text, prev.start, prev.end) is not None:
        return None  # under a headline "«…»: болельщики требуют …" a quoted line is a subheading, not their words
    if not _attributes_speech(env, prev) and not _attributes_speech(env, _before_chain(env, k)):
        return None
    talk = _talk_verb(env, prev) if prev is not None and prev.kind == "body" else None
    # "Эрик Ривз объяснил свою позицию RT." / "«…»": the words of the one the talk's intro names.
    speaker = _talk_speaker(env, talk) if talk is not None else None
    return [_Cand(mk.s, mk.e, "direct", "marks-inherit", 3, speaker, None, inherit=speaker is None, para=k)]


# How many words a subheading in quotation marks has at most.
_SUBHEADING_WORDS = 8


def _quoted_subheading(text: str, para: _Para, mk: _Mark) -> bool:
    """
    Whether a paragraph that is one short quotation with no punctuation at all, inside the marks or after them,
    is a subheading quoting a line of the text below it (``«С рынком всё будет в порядке»``), not a quote going on.
    """
    if _PUNCTUATION_RE.search(text, mk.s, para.end) is not None:
        return False
    return len(words_in(text, mk.s, mk.e)) <= _SUBHEADING_WORDS


def _before_chain(env: _Env, k: int) -> _Para | None:
    """The paragraph before a chain of paragraphs that are each one whole quotation, ending before *k*, or None."""
    j = k - 1
    while j >= 0 and k - j <= _CHAIN_REACH:
        p = env.paras[j]
        if not p.marks or p.kind != "body":
            break
        o, c, _ = p.marks[0]
        if not _whole(p, _Mark(o, c, o + 1, c)):
            break
        j -= 1
    return env.paras[j] if 0 <= j < k - 1 else None


# How many quotation paragraphs a chain after one attribution may hold.
_CHAIN_REACH = 6


# A sentence that is one quotation: nothing but its final punctuation after the closing mark.
_SENTENCE_CLOSE_RE = cache.pattern(rf"[.!?…]?+{HS}*+(?:\Z|(?=\p{{Lu}}|[«„“\"]))")


def _marks_next_sentence(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """
    A quotation that is a whole sentence right after a sentence attributing speech in the same paragraph:
    ``«A», сказал X. «B».``, ``X заявил, что … . «B».`` or ``По словам X, … . «B».`` — B goes on in X's voice (What
    counts, settled questions). After a connective (``Поэтому «…».``) the sentence before must report speech with
    ``что`` or open with ``по словам``.
    """
    text, para = env.text, env.paras[k]
    ss, _ = _sentence_of(para, mk.o)
    if ss <= para.content or mk.o - ss > _CONNECTIVE_REACH:
        return None
    lead = text[ss : mk.o].strip().rstrip(",").lower()
    if (lead and lead not in _CONNECTIVE_SET) or not _SENTENCE_CLOSE_RE.match(text, mk.c + 1, para.end):
        return None
    if not _THREE_WORDS_RE.match(text, mk.s, mk.e):
        return None
    prev_start, _ = _sentence_of(para, ss - 1)
    if _PO_SLOVAM_RE.match(text, prev_start, ss) is not None:
        # "По данным корреспондента X, внутри стоял дым. «…».", "По словам X, … . Впрочем, «…».": the quotation goes
        # on in the source's voice.
        return [_Cand(mk.s, mk.e, "direct", "marks-inherit", 3, None, None, inherit=True, para=k)]
    for v in para.verbs_in(prev_start, ss):
        if not _speaking(v):
            continue
        if not lead or _RIGHT_CHTO_RE.match(text, v[1], ss) is not None:
            # "«A», сказал X. «B».", "X заявил, что … . «B».", "Чиновники подчёркивают, что … . Поэтому «…».": the
            # quotation goes on in the voice of the sentence before.
            # "Чиновники подчёркивают, что … . Поэтому «…».": a connective and a quotation go on in that voice.
            return [_Cand(mk.s, mk.e, "direct", "marks-inherit", 3, None, None, inherit=True, para=k)]
    return None


_CONNECTIVE_SET = frozenset(_CONNECTIVES)
# The longest start of a sentence before its quotation: a connective and a comma.
_CONNECTIVE_REACH = 24


def _marks_interview(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """
    A quotation that fills its line right before an interview (two questions or more in the dash paragraphs
    after it): a line drawn from the answers, a quote of the person the text introduces before it, or, inside a
    long interview, of the one answering (``«Не вижу Трампа в роли политика»`` between two answers).
    """
    para = env.paras[k]
    if not _whole(para, mk) or k + 1 >= len(env.paras) or not _question(env, env.paras[k + 1]):
        return None
    # Before an interview, two questions or more after it; inside one, its answers before it.
    mention = (_introduced(env, k) if _questions_after(env, k) >= 2 else None) or _same_interviewee(env, k)
    return None if mention is None else [_Cand(mk.s, mk.e, "direct", "marks-interview", 3, mention, para=k)]


# "«…», — был ответ X", "— таков был ответ министра", "— последовал её ответ": a noun of reply after a quotation.
_ANSWER_AFTER_RE = cache.pattern(
    rf"(?i)(?:таков[аоы]?+{HS}++)?(?:был[аио]?+|последовал[аио]?+|прозвучал[аио]?+){HS}++"
    rf"(?:(?P<pron>его|её|ее|их){HS}++)?(?:ответ|комментари[йя]|реакци[яи]|реплик[аи])(?!\p{{L}})"
)


def _marks_answer(env: _Env, k: int, mk: _Mark) -> list[_Cand] | None:
    """
    «…», — был ответ X: a noun of reply after a quotation and a dash; its owner speaks (a person, a title or a body
    in the genitive, or the pronoun before the noun), else the one the text speaks of (``— был ответ.``).
    """
    text, para = env.text, env.paras[k]
    after = _AFTER_CLOSE_RE.match(text, mk.c, para.end)
    if after is None or mk.c >= para.end or not any(c in DASHES for c in after.group()):
        return None
    m = _ANSWER_AFTER_RE.match(text, after.end(), min(para.end, after.end() + _ANSWER_REACH))
    if m is None:
        return None
    _, se = _sentence_of(para, m.end())
    owner = mention_anywhere(env.ctx, text, m.end(), min(se, m.end() + _ANSWER_REACH))
    if owner is None or owner.kind not in ("person", "title", "org"):
        owner = Mention(m.start("pron"), m.end("pron"), "pronoun", m.group("pron")) if m.group("pron") else None
    # With no owner the reply is the one the text speaks of, as a verb with no subject is ("— ответил.").
    return [_Cand(mk.s, mk.e, "direct", "marks-answer", 3, owner, _REPLY, para=k)]


_REPLY = VerbForm("ответить", "speech", False, None)


# How far after a quotation's dash its noun of reply, and after the noun its owner, are looked for.
_ANSWER_REACH = 60


_MARK_RULES: tuple[_MarkRule, ...] = (
    _marks_headline_colon_after,
    _marks_split,
    _marks_after,
    _marks_after_verb,
    _marks_words_of,
    _marks_answer,
    _marks_cited,
    _marks_kak,
    _marks_colon,
    _marks_verb_object,
    _marks_signed,
    _marks_own_line,
    _marks_after_colon,
    _marks_continued,
    _marks_run_on,
    _marks_same_sentence,
    _marks_inherit,
    _marks_next_sentence,
    _marks_interview,
)


def _marks_rule(env: _Env, k: int) -> list[_Cand]:
    """What counts, "direct": quotation marks with an attribution next to them."""
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    closes = {c for o, c, depth in para.marks if depth == 0}
    for o, c, depth in para.marks:
        s, e = trim_span(text, o + 1, c)
        if e <= s or _listed_name(text, para, o, c, s, e):
            continue
        if depth > 0 and c in closes and len(words_in(text, s, e)) <= 6 and not finite_verb_in(text, s, e):
            continue  # "«… НАК «Нафтогаз Украины», — цитирует X": a name closing the quotation, one mark for both
        mk = _Mark(o, c, s, e)
        for rule in _MARK_RULES:
            found = rule(env, k, mk)
            if found is not None:
                if para.open_end and c == para.end and found and found[0].rule != "marks-run-on":
                    # The part that reaches the paragraph's end runs on: the last of «A, — сказал X. — B.
                    found = [*found[:-1], *_run_on_parts(env, k, found[-1])]
                out.extend(found)
                break
    return out


def _headline_colon(text: str, para: _Para) -> int:
    """The colon of a short line without quotation marks or a dash that may be a headline, or -1."""
    if para.dash or para.end - para.content > 250:
        return -1
    colon = text.find(":", para.content, min(para.end, para.content + 120))
    if para.marks and (
        colon < 0 or any(c > colon and not _fragment_after(text, colon, o, c, para.end) for o, c, _d in para.marks)
    ):
        # Only a name in quotation marks before the colon ("Глава «Автопрома» Петренко: …") or a quoted fragment
        # inside the words after it ("Лундквист: рынок «скорее всего» …") leaves it a headline.
        return -1
    return colon


def _fragment_after(text: str, colon: int, o: int, c: int, end: int) -> bool:
    """
    Whether the quotation marks at *o* and *c* hold a fragment inside the words after *colon*, not their whole:
    words stand before it, or a clause goes on after it (``Купер: "Тампа" выросла как команда``).
    """
    return o > colon and (bool(text[colon + 1 : o].strip()) or _WORDS_AFTER_MARK_RE.match(text, c + 1, end) is not None)


# A clause that goes on after a closing mark: two words or more, the first in lower case.
_WORDS_AFTER_MARK_RE = cache.pattern(r"[^\S\n]++\p{Ll}[\p{L}-]*+[^\S\n]++\p{L}")


def _headline_rule(env: _Env, k: int) -> list[_Cand]:
    """What counts, settled questions: a headline "Сапаров: экономика вырастет на 5%" quotes its speaker."""
    text, para = env.text, env.paras[k]
    colon = _headline_colon(text, para)
    if colon < 0 or (len(para.sentences) > 1 and k > 0) or _interviewer_turn(env, k):
        # "RT: Почему …?": the interviewer's question, the outlet's own voice; a title line may say more than one
        # sentence ("Имя Фамилия: Система не летает. Это опасно"), a line of the body that does is no headline.
        return []
    s, e = trim_span(text, colon + 1, para.end)
    if e - s < 8 or not _THREE_WORDS_RE.match(text, s, e):
        return []
    first = word_after(text, s)
    if first is not None and first.text in _QUESTION_WORDS and text[e - 1] != "?":
        return []  # "Импортозамещение: как заводы обходятся без …": what the story tells, asked by no one
    mention = _headline_speaker(env, para, para.content, colon) or _headline_body(env, para.content, colon)
    if mention is None:
        return _statement_then_speaker(env, k, colon)
    return [_Cand(s, e, "direct", "headline", 3, mention, para=k)]


# The most words of a headline's statement before its colon: "Надеемся на помощь: …".
_STATEMENT_WORDS = 8


def _statement_then_speaker(env: _Env, k: int, colon: int) -> list[_Cand]:
    """
    A headline that opens with words in the first person, then after its colon the one who said them
    with a verb of speech (``Надеемся на помощь: мэр рассказал о ремонте …``): those words are theirs. A rubric
    before a colon (``Итоги года: министр рассказал …``) speaks in no person.
    """
    text, para = env.text, env.paras[k]
    s, e = trim_span(text, para.content, colon)
    words = words_in(text, s, e)
    if not 0 < len(words) <= _STATEMENT_WORDS or any(c in _OPENERS for c in text[s:e]):
        return []  # a quotation before the colon is read by the rules of quotation marks
    if not any(_first_person_verb(w.text) for w in words):
        return []  # "Читайте также: …", "Итоги года: …": an address to the reader, a rubric
    mention = _headline_speech_after(env, para, colon + 1)
    return [] if mention is None else [_Cand(s, e, "direct", "headline-statement-first", 3, mention, para=k)]


def _first_person_verb(word: str) -> bool:
    """Whether *word* reads first as a verb in the first person (``ждём``, ``требую``)."""
    first = parse(word.lower())[:1]
    return bool(first) and first[0].tag.POS == "VERB" and "1per" in first[0].tag.grammemes


def _headline_body(env: _Env, cs: int, colon: int) -> Mention | None:
    """
    An organisation or a group that a headline quotes: ``Следствие: …``, ``Эксперты: …``, ``Минфин: …``,
    ``СМИ Германии: …``; the whole phrase before the colon is its name, and a country is a topic, not a speaker
    (``Алжир: непрочная стабилизация``).
    """
    m = _HEADLINE_WHO_RE.fullmatch(env.text, cs, colon)
    if m is None or len(words_in(env.text, m.start("who"), m.end("who"))) > 4:
        return None
    if any(c in _OPENERS for c in m.group("who")):
        return None  # "Компания «Автопром»: …": a company's news, not its words
    found = mention_anywhere(env.ctx, env.text, m.start("who"), m.end("who"))
    if found is None or found.kind not in ("org", "group") or (found.start, found.end) != m.span("who"):
        return None
    written = words_in(env.text, found.start, found.end)[0].text
    head = written.lower()
    if not is_known(head) and "-" in head:
        head = head.rsplit("-", 1)[1]  # "Кибер-Вашингтон: …": a pun on a place, read by its last part
    first = parse(head)[:1]
    if first and is_known(head) and found.kind == "org" and not _spelt_abbreviation(written):
        tag = first[0].tag
        if tag.POS != "NOUN" or "Geox" in tag:
            return None  # "Никакого отвода войск: …", "Алжир: …": a topic, not a speaker
        if not {"Abbr", "Orgn"} & tag.grammemes and fold(str(first[0].normal_form)) not in speaking_bodies():
            return None  # "Исследование: …", "Фото: …": a label, not a body that speaks
    line_end = env.text.find("\n", colon)
    end = len(env.text) if line_end < 0 else line_end
    stated = finite_verb_in(env.text, colon + 1, end) or _short_participle_in(env.text, colon + 1, end)
    # A body states with no verb too ("УЕФА: Модрич — лучший игрок"); a group so is a list ("Вратари: Иванов – Петров").
    nominal = found.kind == "org" and _CYRILLIC_START_RE.match(env.text, colon + 1, end) is not None
    return found if stated or (nominal and _NOMINAL_STATEMENT_RE.search(env.text, colon, end)) else None


# A statement with no verb in Russian: a dash between its subject and what it is ("Роналду — лучший футболист"), or
# a figure before a word ("За сутки 1124 случая").
_NOMINAL_STATEMENT_RE = cache.pattern(
    rf"\p{{Cyrillic}}{HS}++[—–]{HS}++\p{{Cyrillic}}|\d[\d.,]*+{HS}++\p{{Cyrillic}}"
)


# A statement that opens in Russian or with a figure, not in Latin letters ("Ars Coquinaria, 1569 год").
_CYRILLIC_START_RE = cache.pattern(rf"{HS}*+[\p{{Cyrillic}}\d]")


def _spelt_abbreviation(word: str) -> bool:
    """
    Whether *word*, in capitals, is a body's abbreviation though its letters spell a word for a living being
    (``ФИФА``); a word for a thing in capitals is a rubric (``ИТОГИ``, ``ФОТО``).
    """
    if len(word) < 2 or not word.isupper():
        return False
    return not any("inan" in p.tag or p.tag.POS != "NOUN" for p in parse(word.lower())[:3])


def _short_predicate_in(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` has a short participle or adjective for predicate (``заинтересованы``, ``готов``),
    in lower case (a surname may read as one: ``Сомов``).
    """
    return any(w.text.islower() and reads_as(w.text, ("PRTS", "ADJS"), first=True) for w in words_in(text, start, end))


def _short_participle_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states a deed by a short participle: ``за сутки выявлено 1778 случаев``."""
    return any(reads_as(w.text, ("PRTS",), first=True) for w in words_in(text, start, end))


# --- rules: indirect speech ------------------------------------------------------


_WAS_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})было\s++\Z")
# "Я" alone before the verb, with no "бы": "Я уже говорил", "я сообщил ему" (not "Я бы сказал").
_I_SAID_RE = cache.pattern(r"(?i)я(?!\p{L})(?!.*(?<!\p{L})бы(?!\p{L}))")
# The text of the first-person mention a quote inside a quotation is given until the quotation's speaker is known.
_I = "я"
# Verbs of noticing, whose subject "вы" opening a sentence is the reader ("Вы, наверное, замечали, что …"), not one
# who spoke ("Вы сказали, что …?" asks the one interviewed).
_NOTICING = frozenset({"замечать", "заметить", "слышать", "услышать", "видеть", "увидеть", "знать", "помнить"})
# The reader addressed as the subject opening a sentence, an aside allowed: "Вы, наверное, замечали".
_READER_SUBJECT_RE = cache.pattern(
    r"(?i)[\s–—-]*+вы(?:\s*+,[^,.!?«»\"„“\n]{1,30}+,)?+\s++(?:\p{Ll}++\s++){0,2}+"
)
# A first-person subject right before the verb (at most two words between): "мы уже писали", "Я сказал".
_FIRST_PERSON_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:я|мы)\s++(?:\p{Ll}++\s++){0,2}\Z")
_SECOND_PERSON_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})вы\s++(?:\p{Ll}++\s++){0,2}\Z")
# A sentence whose subject is a pronoun for a thing: "Это говорит о том", "Однако всё это подтверждает".
_THING_SUBJECT_RE = cache.pattern(
    r"(?i)[\s«\"]*+(?:(?:однако|но|и|а|ведь|впрочем|при\s++этом)(?:\s*+,\s*+|\s++))?+"
    r"(?:вс[её]\s++это|это|многое|что-то|ничто|такое|подобное|последнее)(?!\p{L})"
)
# The author counting themself among those whose view follows: "Я из тех, кто считает, что",
# "Я отношусь к тем аналитикам, которые уверены, что".
# A sentence whose subject is "я" or "мы", with no comma up to the verb: "Мы следили за выборами и заметили".
_FIRST_PERSON_OPENS_RE = cache.pattern(r"(?i)[\s«\"„“–—-]*+(я|мы)\s[^.!?,;:«»\"]*+\Z")
_AUTHOR_AMONG_RE = cache.pattern(
    r"(?i)[\s«\"–—-]*+(?:я|мы)\s[^.!?]*?(?<!\p{L})(?:к\s++тем|из\s++тех|среди\s++тех|к\s++числу|из\s++числа)"
    r"[^.!?]*?(?<!\p{L})(?:котор\p{L}++|кто)\s++(?:\p{L}++\s++){0,2}?\Z"
)
# A negative subject before a negated verb: "никто не утверждал", "никто из экспертов пока не считает"; "мало
# кто сомневается", "немногие предполагали": few, no one named; and "если бы вам кто-то сказал": someone, no one
# named.
_NOBODY_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:никто\s++(?:из\s++\p{L}++\s++)?+(?:\p{Ll}++\s++){0,2}?не|мало\s++кто(?:\s++\p{Ll}++){0,2}?"
    r"|кто-(?:то|нибудь|либо)(?:\s++\p{Ll}++){0,2}?|немногие(?:\s++\p{Ll}++){0,2}?)\s++\Z"
)


def _impersonal_source(env: _Env, ss: int, v: tuple[int, int, VerbForm], clause: int) -> Mention | None:
    """
    The source of an impersonal or passive verb of speech: a place before it, or after it; none for a passive
    after "было" (``было отмечено, что …``: an impersonal remark) unless a document stands before it (``В
    документе было указано, что …``; ``На совещании было отмечено`` names an occasion).
    """
    ctx, text = env.ctx, env.text
    found = source_place(ctx, text, ss, v[0], near_end=True, from_source=v[2] is _FOLLOWS)
    if v[2].cls != "passive" or _WAS_BEFORE_RE.search(text, max(ss, v[0] - 8), v[0]) is None:
        return found or source_place(ctx, text, v[1], clause)
    return found if found is not None and _a_document(found) else _reporter_before(env, ss, v)


def _reporter_before(env: _Env, ss: int, v: tuple[int, int, VerbForm]) -> Mention | None:
    """
    The one who reported to the people a passive of speech addresses (``Министрам было доложено, что …``): the
    person in the nominative of the sentence before, which names people in the dative too (``советник Имя Фамилия
    представила президентам Имя Фамилия и Имя Фамилия план``).
    """
    text = env.text
    before = words_in(text, ss, v[0])
    if len(before) != 2 or not any(
        {"datv", "anim"} <= p.tag.grammemes and p.tag.POS == "NOUN" for p in parse(before[0].text.lower())
    ):
        return None
    k = bisect.bisect_right(env.starts, ss) - 1
    para = env.paras[k] if k >= 0 else None
    if para is None or ss >= para.end:
        return None
    prev = para if ss > para.content else _prev_text(env, k)
    if prev is None:
        return None
    ps, pe = _sentence_of(prev, (ss if prev is para else prev.end) - 1)
    persons = env.ctx.persons_in(ps, pe)
    named = [pm for pm in persons if pm.case in (None, "nomn")]
    if len(named) != 1 or not any(pm.case == "datv" for pm in persons):
        return None
    return mention_anywhere(env.ctx, text, named[0].start, named[0].end)


def _a_document(place: Mention) -> bool:
    """
    Whether a source place is a document (``в постановлении суда``, ``в заявлении``), not an occasion (``на
    совещании``): a document of ``по данным X`` or one that holds someone's words.
    """
    words = place.text.split()
    if not words:
        return False
    return document_source(words[0]) or document_noun(words[0], 2)


def _own_words(first: regex.Match[str], v: tuple[int, int, VerbForm]) -> Mention | None:
    """
    The mention of "я" when the first-person subject *first* before the verb of speech *v* reports its own words
    (``«… Я сообщил ему, что …»``): a quote of its own inside the one quoted (:func:`_own_words_quoted`); outside a
    quotation it is the author's own voice. ``Я уверен, что …`` (a view held now) and ``мы писали`` report none.
    """
    if v[2].cls != "speech" or _I_SAID_RE.match(first.group()) is None:
        return None
    return Mention(first.start(), first.start() + 1, "pronoun", _I)


def _asked_in_dialogue(env: _Env, v: tuple[int, int, VerbForm]) -> bool:
    """Whether verb *v* stands in a sentence of a dash paragraph that ends with a question mark: a question asked."""
    para = env.para_at(v[0])
    if para is None or not para.dash:
        return False
    _, se = _sentence_of(para, v[0])
    return env.text[max(para.start, se - 8) : se].rstrip(" »\"”“)\n").endswith("?")


def _chto_mention(env: _Env, ss: int, v: tuple[int, int, VerbForm], clause: int) -> tuple[bool, Mention | None]:
    """Whether "X заявил, что …" is a quote (not an impersonal verb with no source), and its speaker."""
    ctx, text = env.ctx, env.text
    if _asked_in_dialogue(env, v):
        return False, None  # "— Документы подтверждают, что их было 28?": a question asks, it reports nothing
    if v[2].cls in ("impersonal", "passive"):
        found = _impersonal_source(env, ss, v, clause)
        if found is None:
            return False, None
        # "В заявлении министра Имя Фамилия говорится, что …": the person whose words the document holds.
        return True, _person_in_source(ctx, text, found) or found
    if _interviewer_recalls(env, ss, v):
        # "RT: Вы сказали, что …": the interviewer recalls the words of the one interviewed.
        return True, _labelled_answerer(env, bisect.bisect_right(env.starts, ss) - 1)
    if (first := _FIRST_PERSON_BEFORE_RE.search(text, max(ss, v[0] - 40), v[0])) is not None:
        # "Ранее мы писали, что …", "Я бы сказал, что …": the author's own voice, or no words reported.
        own = _own_words(first, v)
        return own is not None, own
    if _nobody_reports(env, ss, v, clause):
        return False, None
    mention = _chto_subject(env, ss, v, clause)
    if mention is not None and _thing_indicates(text, v, mention):
        return False, None
    if v[2].lemma in _INQUIRING and _outlet_inquiry(mention):
        return False, None  # "RT выяснил, что …", "Газета выяснила, что …": an outlet's own inquiry, its author's voice
    if mention is None and v[2].plural and v[2].lemma in _HEARSAY and _PLACE_BACK_RE.search(text, ss, v[0]) is None:
        # "Поэтому уже много лет говорят о том, что …": hearsay, no one the article names ("Там говорят, что …"
        # points back at a place named before).
        return False, None
    return True, mention


def _nobody_reports(env: _Env, ss: int, v: tuple[int, int, VerbForm], clause: int) -> bool:
    """
    Whether the sentence of verb *v* tells of no one's words: the author's own voice, opinions or a thing, or words
    still to be said on a condition (``после того, как ассоциация подтвердит, что …``).
    """
    text = env.text
    if _future(text[v[0] : v[1]]) and _CONDITION_BEFORE_RE.search(text, max(ss, v[0] - 100), v[0]):
        # "после того, как ассоциация подтвердит, что …": a statement on a condition, nothing said yet ("Компания
        # проинформирует партнёров, что не согласна …" announces a position and is a quote).
        return True
    if v[2].lemma in _NOTICING and _READER_SUBJECT_RE.fullmatch(text, ss, v[0]) is not None and not _quoted(env, v[0]):
        return True  # "Вы, наверное, замечали, что …": the author speaks to the reader, no words reported
    if v[0] - ss <= 200 and _own_account(text, ss, v):
        return True  # "«Мы следили за выборами и в какой-то момент заметили, что …»": the speaker's own account
    if v[0] - ss <= 200 and _AUTHOR_AMONG_RE.match(text, ss, v[0]):
        return True  # "Я отношусь к тем аналитикам, которые уверены, что …": the author's own view
    if v[2].lemma.endswith(("ся", "сь")) and _OPINIONS_SUBJECT_RE.match(text, v[1], clause):
        return True  # "Высказываются мнения, что …", "звучат предположения, что …": opinions voiced by no one named
    if _NOBODY_BEFORE_RE.search(text, max(ss, v[0] - 60), v[0]):
        return True  # "никто из зрителей не думал, что …", "если бы кто-то сказал, что …": nobody named said it
    # "Это говорит о том, что …", "Многое в рукописи говорит о том, что …": a thing indicates.
    return _THING_SUBJECT_RE.match(text, ss, v[0]) is not None and env.ctx.person_at(ss, v[0]) is None


# A clause of time or condition opening before a verb: "после того, как X подтвердит", "если X заявит".
_CONDITION_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:если|когда|как\s++только|лишь\s++только|после\s++того\s*+,\s*+как|пока|чтобы|до\s++тех\s++пор\s*+,"
    r"\s*+пока)\s[^.!?;,]{0,80}+\Z"
)


# Verbs of finding out, which people and groups report ("Учёные выяснили, что …") and outlets use for their own
# inquiries.
_INQUIRING = frozenset({"выяснить"})


def _outlet_inquiry(mention: Mention | None) -> bool:
    """
    Whether *mention*, the subject of a verb of finding out, is a body that is no speaking one, an outlet (``RT``,
    ``Газета``): its inquiry is the author's (``Следствие выяснило, что …`` reports the investigators' finding).
    """
    return mention is not None and mention.kind == "org" and not _speaking_body(mention.text)


# Verbs of hearsay or blame in the plural with no subject: "говорят, что …", "говорят о том, что …", "Его обвиняют
# в том, что …" (no one the article names blames him).
_HEARSAY = frozenset({"говорить"}) | _BLAMING
# A place where the talk went on, named or pointed back at: "Там говорят, что …", "в лекционном цикле … говорили".
_PLACE_BACK_RE = cache.pattern(r"(?i)(?<!\p{L})(?:там|здесь|тут|(?:в|во|на)\s++\p{L})")


def _own_account(text: str, ss: int, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether the clause of verb *v* (in the sentence from *ss*, or in the quotation or after the colon opened in
    it) has "я" or "мы" for subject, with no comma before the verb, which agrees with it.
    """
    start = max(ss, *(text.rfind(c, ss, v[0]) + 1 for c in "«„“:"))
    opener = _FIRST_PERSON_OPENS_RE.match(text, start, v[0])
    return opener is not None and (opener.group(1).lower() == "мы") == v[2].plural


def _chto_subject(env: _Env, ss: int, v: tuple[int, int, VerbForm], clause: int) -> Mention | None:
    """The speaker of "X заявил, что …" (verb *v* in the sentence from *ss*), if any."""
    ctx, text = env.ctx, env.text
    mention = None
    colon = text.rfind(":", ss, v[0])
    para = env.para_at(v[0])
    if colon >= 0 and _HEADLINE_COLON_RE.match(text, colon) and para and not _inside(para.mark_spans, colon):
        # "Старые друзья: в Молдавии не исключили, что …": the words before a headline's colon name no subject.
        ss = colon + 1
    opened = _clause_opened(text, ss, v[0]) if v[2].plural else None
    if opened is not None:
        # "…, но в клубе заявили, что …": the place that speaks in the clause the conjunction opens.
        mention = source_place(ctx, text, opened, v[0], near_end=True)
    relative = _relative_clause_before(text, ss, v[0])
    if mention is None and relative is not None:
        # "цитирует министра Таро Асо, который заверяет, что …": the one the relative clause is about.
        mention = _relative_antecedent(env, relative.start())
    if mention is None:
        mention = _subject_around(env, ss, v, clause)
        if mention is not None and mention.kind == "org" and v[2].plural:
            mention = _place_before_body(env, ss, mention)
        if mention is not None and mention.kind in ("org", "group") and mention.end < v[0]:
            # "Fox News со ссылкой на источники, близкие к расследованию, пишет, что …": the people referred to
            # (a body named in capitals keeps the one reporting it: its name in another case is not read whole).
            referred = referred_source(ctx, text, mention.end, v[0])
            if referred is not None and (referred.kind in ("person", "title", "group") or referred.text[:1].islower()):
                mention = referred
    if mention is None and v[2].plural:
        mention = source_place(ctx, text, ss, v[0], near_end=True)
        if mention is not None and _OTHER_PREDICATE_RE.search(text, mention.end, v[0]):
            # "Тело обнаружили лежащим в пижаме на кровати и считают, что …": the place is another predicate's.
            mention = None
    return None if mention is not None and _in_kak_aside(env, ss, v, mention) else mention


# A headline's colon before lower-case words: "Старые друзья: в Молдавии не исключили".
_HEADLINE_COLON_RE = cache.pattern(rf":{HS}++(?=\p{{Ll}})")


def _place_before_body(env: _Env, ss: int, mention: Mention) -> Mention:
    """
    The place that speaks opening the sentence at *ss* before the body *mention* a plural verb seems to have for its
    subject, else *mention*: "В пресс-службе Минкомсвязи RT рассказали, что …" (the outlet told is no subject),
    "В пресс-службе краевой прокуратуры уточнили, что …" (the body in the genitive is the place's own).
    """
    ctx, text = env.ctx, env.text
    told = _TOLD_BEFORE_RE.search(text, ss, mention.start)
    place = source_place(ctx, text, ss, told.start() if told is not None else mention.start)
    if place is not None and told is None and _genitive_of_place(text, place, mention):
        place = source_place(ctx, text, ss, mention.end) or place
    if place is not None and _PLACE_OPENS_RE.fullmatch(text, ss, place.start) is not None:
        return place
    return mention


def _genitive_of_place(text: str, place: Mention, mention: Mention) -> bool:
    """Whether the body *mention* right after the place phrase *place* reads in the genitive: the place's own body."""
    first = word_at(text, mention.start)
    return (
        not text[place.end : mention.start].strip()
        and first is not None
        and reads_as(first.text, ("NOUN", "ADJF"), "gent")
    )


def _in_kak_aside(env: _Env, ss: int, v: tuple[int, int, VerbForm], mention: Mention) -> bool:
    """
    Whether *mention* stands in a ``Как сообщает X,`` aside that opens the sentence (read as
    :func:`_kak_or_parenthetical` reads it), with words of the verb's own clause after it: "Как сообщает газета, в
    ходе разговора молодой человек признался, что …" reports the one who admitted, whom the discourse tells.
    """
    text, para = env.text, env.para_at(ss)
    if para is None:
        return False
    first = next(iter(para.verbs_in(ss + 1, min(v[0], ss + 40))), None)
    if first is None or first[0] >= v[0] or not _KAK_RE.match(text[ss : first[0]]):
        return False
    comma = text.find(",", first[1], min(v[0], first[1] + WINDOW))
    return 0 <= comma and mention.end <= comma and bool(text[comma + 1 : v[0]].strip())


_ABOUT_THAT_RE = cache.pattern(r"\s++о\s++том\b")
# The one told, in the dative, before an outlet's name: "корреспонденту НГР", "журналистам RT".
_TOLD_BEFORE_RE = cache.pattern(
    r"(?i)\s++(?:корреспонденту|корреспондентам|журналисту|журналистам|изданию|агентству|порталу|телеканалу)\s*+\Z"
)
# A predicate of its own between a place and a plural verb: "… на кровати и считают", "…, считают".
_OTHER_PREDICATE_RE = cache.pattern(r"(?<!\p{L})и\s|,")
# An opinion as the subject of the verb, right after it: "Высказываются мнения, что …".
_OPINIONS_SUBJECT_RE = cache.pattern(
    r"(?i)\s++(?:мнени[ея]|предположени[ея]|опасени[ея]|версии|сомнения|слухи|призывы)\s*+,"
)


def _clause_opened(text: str, ss: int, verb_start: int) -> int | None:
    """Where a clause opened by ", а", ", но", ", и" before the verb starts, no comma after it; else None."""
    last = None
    for m in _COORD_OPEN_RE.finditer(text, ss, verb_start):
        last = m
    if last is None or "," in text[last.end() : verb_start]:
        return None
    return last.end()


def _authorities(word: str) -> bool:
    """Whether *word* is ``власти`` in the nominative plural: the authorities, a speaking body (``Власти считают``)."""
    return any(str(p.normal_form) == "власть" and {"plur", "nomn"} <= p.tag.grammemes for p in parse(word.lower()))


# The opening of the clause a verb closes: a colon, or a sentence's end.
_CLAUSE_OPENING_RE = cache.pattern(r"[:.!?]\s++(?=[^:.!?]*+\Z)")


def _thing_first(text: str, start: int, end: int) -> bool | None:
    """
    Whether the first word of ``text[start:end]``, a noun for no being in the nominative, names a thing (``изменение
    Конституции``), not one the titles know for who speaks (``источники``); None when it is no such noun.
    """
    head = words_in(text, start, end)[:1]
    p = parse(head[0].text.lower())[:1] if head else []
    if not p or p[0].tag.POS != "NOUN" or "nomn" not in p[0].tag or "anim" in p[0].tag:
        return None
    return title_of(head[0].text) is None


def _thing_opening_clause(text: str, v: tuple[int, int, VerbForm], mention: Mention) -> bool | None:
    """
    Whether the clause verb *v* closes, opened after *mention* by a colon or a sentence's end, has a thing for its
    subject (``X, ссылаясь на источник, пишет: изменение Конституции не предполагает, что …``); None when the
    clause opens before *mention* or with no noun in the nominative.
    """
    clause = _CLAUSE_OPENING_RE.search(text, max(0, v[0] - 60), v[0])
    if clause is None or mention.end > clause.end():
        return None
    return _thing_first(text, clause.end(), v[0])


def _thing_indicates(text: str, v: tuple[int, int, VerbForm], mention: Mention) -> bool:
    """ "Такой показатель говорит о том, что …", "Формат встречи предполагает, что …": a thing that indicates
    or implies something, no one speaking.

    The subject's head is a common noun (lower case) for no person and no speaking body, also in the plural
    (``Наши расчёты говорят о том, что …``).
    """
    indicates = v[2].lemma == "говорить" and _ABOUT_THAT_RE.match(text, v[1], min(len(text), v[1] + 16)) is not None
    # "Формат встречи предполагает, что …": a thing's "предполагать" is "to imply", no one's opinion.
    if not (indicates or v[2].lemma == "предполагать"):
        return False
    own = _thing_opening_clause(text, v, mention)
    if own is not None:
        return own
    if mention.kind not in ("org", "group"):
        return False
    before = text[max(0, mention.start - 8) : mention.start].rstrip(" \t\u00a0")
    opening = (not before and mention.start <= 8) or before.endswith(("\n", ".", "!", "?"))
    for i, word in enumerate(mention.text.split()):
        p = parse(word.lower())[:1]
        if p and p[0].tag.POS == "NOUN":
            # The head noun, in lower case (not a name such as "Газпром"), or opening the sentence with a capital
            # only there ("Перестрелка в мечети говорит о том, что …"), and known to the dictionary as no name.
            lower = word[:1].islower() or (i == 0 and opening and is_known(word.lower()) and "Geox" not in p[0].tag)
            # "источники, близкие к …, предполагали": a noun the titles know for one who speaks (not a document's).
            titled = title_of(word) is not None and not document_noun(word, 2)
            body = fold(str(p[0].normal_form)) in speaking_bodies() or _authorities(word) or titled
            return lower and "anim" not in p[0].tag and not body and not {"Orgn", "Abbr"} & p[0].tag.grammemes
    return False


def _chto_clause(env: _Env, para: _Para, v: tuple[int, int, VerbForm]) -> tuple[int, int, int] | None:
    """
    The sentence start, the start of the что-clause after verb *v* and the sentence end, if one follows it (a
    quotation the clause opens is carried on to its close by :func:`_through_quotations`).
    """
    if v[0] < para.content:
        return None
    ss, se = _sentence_of(para, v[0])
    m = _CHTO_RE.match(env.text, v[1], min(se, v[1] + WINDOW)) or _fact_clause(env.text, v, se)
    if m is None or _relative_chto(env.text, v, m.end(), se):
        return None
    second = _AND_VERB_RE.search(env.text, v[1], m.end())
    if second is not None and (form := verb_at(env.text, *second.span(1))) is not None and form.lemma in _ASKING:
        return None  # "— сказал студент и спросил у министра, что …": the "что" asks, the second verb's
    return ss, m.end(), se


# "тот факт, что" right after a verb, or "на тот факт, что": the fact said ("Эксперты отмечают тот факт, что …").
_FACT_CHTO_RE = cache.pattern(
    rf"{HS}++(?:(?:внимание{HS}++)?+на{HS}++)?+(?:(?:тот|этот){HS}++факт|(?:то|это){HS}++обстоятельство)"
    r"\s*+,\s*+что(?!\p{L})\s*+"
)
# Verbs whose "тот факт" after them is their subject, no object: "О важности говорит тот факт, что …",
# "Напряжённости добавил и тот факт, что …".
_FACT_SUBJECT_VERBS = frozenset(
    {"говорить", "свидетельствовать", "добавить", "добавлять", "подтверждать", "подтвердить", "показывать",
     "показать", "доказывать", "доказать"}
)  # fmt: skip


def _fact_clause(text: str, v: tuple[int, int, VerbForm], se: int) -> regex.Match[str] | None:
    """
    The opening of the что-clause of a fact verb *v* says (``Специалисты отмечают тот факт, что …``, ``обратил
    внимание на тот факт, что …``), or None; not where the fact is the verb's subject (``говорит тот факт, что``).
    """
    m = _FACT_CHTO_RE.match(text, v[1], se)
    if m is None or (v[2].lemma in _FACT_SUBJECT_VERBS and " на " not in f" {m.group().strip()}"):
        return None
    return m


# "и" and a word after a verb of speech, before its "что": "сказал студент и спросил …, что" (a verb of asking).
_AND_VERB_RE = cache.pattern(r"(?<=\s)и\s++(\p{Ll}++)")


def _relative_chto(text: str, v: tuple[int, int, VerbForm], at: int, se: int) -> bool:
    """
    Whether the "что" before *at* is the subject of a relative clause, not the conjunction of verb *v*'s
    что-clause: it heads a verb of indicating (``выразила готовность …, что указывает на перемены``), or a verb
    of its own after what *v* is for or awaits (``большинство высказалось за вхождение …, что было оформлено …``,
    ``Сделка ожидает утверждения регуляторами, что может задержать …``).
    """
    if _CONSEQUENCE_AFTER_RE.match(text, at, se) is not None and _has_object(text, v[1], text.rfind(",", v[1], at)):
        return True  # "допускала много ошибок, что в итоге позволило сопернице …": what the deed led to
    aside = _ASIDE_AFTER_RE.match(text, at, se)
    nxt = word_at(text, aside.end() if aside is not None else at)
    if nxt is None or nxt.end > se:
        return False
    low = nxt.text.lower()
    first = parse(low)[:1]
    if first and first[0].tag.POS == "VERB" and str(first[0].normal_form) in _INDICATING:
        return True
    comma = text.rfind(",", v[1], at)
    gap = words_in(text, v[1], comma) if comma >= 0 else ()
    if not gap:
        return False
    head = gap[0].text.lower()
    awaits = v[2].lemma == "ожидать" and any(p.tag.POS == "NOUN" for p in parse(head)[:1])
    # "заявили о выходе из коалиции, что позволит …": the verb has what it speaks of ("о том, что" is its clause).
    about = head in ("о", "об", "обо") and all(w.text.lower() != "том" for w in gap)
    if head not in ("за", "против") and not awaits and not about:
        return False
    return low in _WHICH_VERBS or bool(first and first[0].tag.POS == "VERB")


# A verb of consequence whose subject is a relative "что", past an adverb of result: "что в итоге позволило …".
_CONSEQUENCE_AFTER_RE = cache.pattern(
    r"(?i)\s*+(?:(?:в\s++итоге|в\s++результате|тем\s++самым|впоследствии)\s++)?+"
    r"(?:позвол(?:ило|ит|яет)|привело|приведет|приведёт|вызвало|вызовет|обернулось|обернется|обернётся)(?!\p{L})"
)


def _has_object(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a noun in the accusative or the genitive: an object, not a listener."""
    firsts = [p for w in words_in(text, start, end) for p in parse(w.text.lower())[:1]] if end > start else []
    return any(p.tag.POS == "NOUN" and p.tag.case in ("accs", "gent") for p in firsts)


# A parenthetical right after a relative "что": ", как предполагается,".
_ASIDE_AFTER_RE = cache.pattern(r"[^\S\n]*+,[^\S\n]*+как[^\S\n]++\p{Ll}++[^\S\n]*+,[^\S\n]*+")


# Verbs that "что" as a subject often has: "…, что было оформлено", "…, что может задержать".
_WHICH_VERBS = frozenset({"было", "будет", "может", "могло", "стало", "является", "позволило", "позволит"})


def _document_goes_on(env: _Env, k: int, ss: int, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether an impersonal verb that opens its sentence with no source (``Отмечается, что …``) goes on with
    the document the paragraph before quoted (``«…», — говорится в сообщении.``): its words, the document's.
    """
    text = env.text
    if v[2].cls != "impersonal":
        return False
    if text[ss : v[0]].strip() and not _INTRO_RE.match(text[ss : v[0]]) and not _GOES_ON_RE.fullmatch(text, ss, v[0]):
        return False  # "В частности, сообщается, что …", "При этом отмечалось": an intro may open the sentence
    para, prev = env.paras[k], _prev_text(env, k)
    if _reported_just_before(env, para, ss):
        return True  # "Минобороны сообщило, что … . При этом отмечалось, что …": the same report goes on
    if not text[v[0] : v[1]].lower().endswith("ся"):
        return False  # "Сообщалось, что …" after a document: a reminder of what was reported before
    verbs: list[tuple[_Para, tuple[int, int, VerbForm]]] = [(para, w) for w in para.verbs_in(para.content, ss)]
    if prev is not None:
        verbs += [(prev, w) for w in prev.verbs]
    for p, w in verbs:
        if w[2].cls != "impersonal":
            continue
        ws, we = _sentence_of(p, w[0])
        comma = text.find(",", w[1], we)
        # "«…», — говорится в сообщении.", "В сообщении говорится, что …": the document next to the verb, not
        # a place inside what it says.
        after = source_place(env.ctx, text, w[1], comma if comma >= 0 else we)
        if after is not None or source_place(env.ctx, text, ws, w[0], near_end=True) is not None:
            return True
    return False


# Words that go on with what was said, opening a sentence with no comma: "При этом отмечалось, что …".
_GOES_ON_RE = cache.pattern(r"(?i)(?:при[^\S\n]++этом|также|кроме[^\S\n]++того|помимо[^\S\n]++этого)[^\S\n]++")


def _reported_just_before(env: _Env, para: _Para, ss: int) -> bool:
    """
    Whether the sentence before *ss*, in its paragraph, reports words with a verb of speech and a что-clause
    (``Минобороны сообщило, что … . При этом отмечалось, что …``): an impersonal verb goes on with them.
    """
    i = bisect.bisect_left(para.sentences, (ss, -1))
    if i == 0:
        return False
    ps, pe = para.sentences[i - 1]
    return any(
        w[2].cls == "speech" and _CHTO_RE.match(env.text, w[1], pe) is not None for w in para.verbs_in(ps, pe)
    )


# Verbs of asking, whose "что" is a question word ("спросил, что движет молодёжью").
_ASKING = frozenset({"спросить", "спрашивать", "поинтересоваться", "интересоваться"})
# Verbs of denial, and a noun between one and its "что": what is denied is another's claim ("опроверг информацию
# о том, что …", "опроверг сообщения, что …"); "опроверг, что …" denies in the speaker's own words.
_DENYING = frozenset({"опровергать", "опровергнуть"})
_CLAUSE_LINKS = frozenset({"о", "об", "в", "том", "что", "и", "также", "же"})
# "кто" right before a verb, or one word before it: the relative clause of anyone ("тех, кто говорил, что …").
_WHO_BEFORE_RE = cache.pattern(r"(?i),\s*+кто\s++(?:\p{Ll}++\s++)?+\Z")
# "если" right before a verb: a condition supposed ("заблуждается, если считает, что …").
_IF_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})если\s++\Z")
# Words of degree, whose "что" opens a clause of result: "настолько уверен, что", "передал столько документов, что".
_DEGREE = r"(?:настолько|столько|столь|так)"
# What makes the "что" after a verb open no clause of what was said: a word of degree in the object ("столько
# документов, что …") or a conjunction ending right before it ("несмотря на то, что …").
_NOT_A_COMPLEMENT_RE = cache.pattern(
    rf"(?i)(?:(?<!\p{{L}}){_DEGREE}(?!\p{{L}})[^.!?;:\n]*+"
    r"|(?<!\p{L})(?:несмотря[^\S\n]++на[^\S\n]++то|вопреки[^\S\n]++тому|благодаря[^\S\n]++тому"
    r"|ввиду[^\S\n]++того|из-за[^\S\n]++того|в[^\S\n]++связи[^\S\n]++с[^\S\n]++тем|в[^\S\n]++силу[^\S\n]++того"
    r"|по[^\S\n]++причине[^\S\n]++того|потому|оттого)[^\S\n]*+,?[^\S\n]*+)\Z"
)
# A word of degree right before a verb or an adjective of opinion: its "что" opens a clause of result.
_DEGREE_BEFORE_RE = cache.pattern(rf"(?i)(?<!\p{{L}}){_DEGREE}\s++\Z")


def _chto_cand(env: _Env, k: int, v: tuple[int, int, VerbForm]) -> _Cand | None:
    """The что-clause of verb *v* in paragraph *k* as a quote, with its speaker's mention, if it is one."""
    clause = _chto_clause(env, env.paras[k], v)
    if clause is None or _denied(env.text, v) or _HEDGED_BEFORE_RE.search(env.text, max(0, v[0] - 24), v[0]):
        # "но не рассказали родителям о том, что …": speech denied reports nothing (a doubt does); "вряд ли они
        # сожалеют, что …": the author's guess at what someone thinks.
        return None
    ss, start, se = clause
    if _no_report(env.text, ss, v, start):
        return None
    if v[2].lemma in _DENYING and any(
        fold(w.text) not in _CLAUSE_LINKS for w in words_in(env.text, v[1], start)
    ):
        return None  # "опроверг информацию о том, что …": the words denied are someone else's
    ok, mention = _chto_mention(env, ss, v, start)
    if _thing_says(v, mention):
        return None  # "все эти ограничения говорят, что …": what things indicate, no one's words
    mention = _addressed(env, k) if _is_you(mention) else mention
    if ok and mention is not None and mention.kind == "org" and _reports_attribution(env, k, start, se):
        # "ТАСС сообщило, что министр … заявил, что …": the agency reports the minister's words, which are the quote.
        return None
    if not ok:
        if _document_goes_on(env, k, ss, v):
            return _Cand(start, se, "indirect", "chto-document", 2, None, v[2], para=k, anchor=v[0])
        return _reported_by_outlet(env, k, v, start, se)
    if env.text[start:se].rstrip().endswith("?") and _QUESTION_OPENS_RE.match(env.text, ss, v[0]) is not None:
        return None  # "Почему X так уверен, что им удастся …?": a question asks what someone thinks, it reports nothing
    medium = medium_in(env.text, max(ss, v[0] - WINDOW), start)
    se = _subordinate_end(env, k, ss, v, start, _past_line_breaks(env, k, se))
    quotation = _span_at(env.paras[k].mark_spans, v[0])
    if quotation is not None and start < quotation[1] - 1 < se:
        # "«Объяснил, что происходит в стране»: …": the clause ends with its quotation.
        se = trim_span(env.text, start, quotation[1] - 1)[1]
    se = _other_speaker_cut(env, k, start, se)
    bracket = _BRACKETED_QUOTATION_RE.search(env.text, start, min(se, start + _BRACKET_REACH))
    if bracket is not None and bracket.start() > start and not _bracketed_name(env.text, bracket.end()):
        # "сказал, что в мастерской преобладают женщины («…»)": the words quoted in brackets are a quote of their own.
        se = trim_span(env.text, start, bracket.start())[1]
    return _Cand(start, se, "indirect", "chto", 2, mention, v[2], medium, para=k, anchor=v[0])


def _thing_says(v: tuple[int, int, VerbForm], mention: Mention | None) -> bool:
    """
    Whether verb *v* means "indicate", its subject *mention* a noun for a thing past a demonstrative (``эти
    ограничения говорят, что …``), no body that speaks.
    """
    if v[2].lemma not in _THING_SAYING or mention is None or not mention.text.split():
        return False
    return _common_thing(attrs.evolve(mention, text=mention.text.split()[-1]))


def _is_you(mention: Mention | None) -> bool:
    """Whether *mention* is the pronoun "вы"."""
    return mention is not None and mention.kind == "pronoun" and fold(mention.text) == "вы"


# Verbs of speech a thing may be the subject of, meaning "indicate".
_THING_SAYING = frozenset({"говорить", "свидетельствовать"})


def _addressed(env: _Env, k: int) -> Mention | None:
    """
    The one "вы" stands for in paragraph *k*: in an interviewer's question, the one interviewed (``— Вы говорили,
    что …?``); else no one the text names, and the speaker is found as for a clause with no subject.
    """
    para = env.paras[k]
    return _interviewee(env, k) if para.dash and _question(env, para) else None


def _no_report(text: str, ss: int, v: tuple[int, int, VerbForm], start: int) -> bool:
    """Whether the что-clause at *start* after verb *v* (its sentence from *ss*) reports no one's words."""
    if _DEGREE_BEFORE_RE.search(text, max(ss, v[0] - 24), v[0]) is not None:
        return True  # "был настолько уверен в успехе, что не стал …": "что" opens the result, nothing said
    if v[2].lemma in _ASKING or _clause_of_infinitive(text, v[1], start) or _requested(text, ss, v, start):
        # "спросил у министра, что движет молодёжью": "что" asks, nothing is reported; "призвали представителей
        # компании задуматься, что будет": the infinitive's clause.
        return True
    if v[2].cls == "opinion" and _IF_BEFORE_RE.search(text, max(ss, v[0] - 8), v[0]) is not None:
        return True  # "ошибается, если считает, что …": a view supposed, no view held
    chto = text.rfind("что", v[1], start)
    if chto > v[1] and _NOT_A_COMPLEMENT_RE.search(text, v[1], chto) is not None:
        # "передал столько документов, что хватило на книгу": a clause of result; "обвиняют …, несмотря на то,
        # что …", "пожаловался в связи с тем, что …": a concession or a cause, no words reported.
        return True
    # "упреки тех, кто говорил о том, что …": whoever said it, no one's words reported
    return _WHO_BEFORE_RE.search(text, max(ss, v[0] - 24), v[0]) is not None


def _requested(text: str, ss: int, v: tuple[int, int, VerbForm], start: int) -> bool:
    """
    Whether the что-clause at *start* is what someone is asked to say (``просит представителей CREW сообщить, что
    было сделано``): verb *v* asks and an infinitive stands before the clause, or *v* is an infinitive a verb of
    asking governs a few words before it.
    """
    if v[2].lemma in _REQUESTS:
        # "просит представителей CREW и генпрокуроров сообщить, что …": the infinitive anywhere before the clause.
        return any(reads_as(w.text.lower(), ("INFN",), first=True) for w in words_in(text, v[1], start))
    if not reads_as(text[v[0] : v[1]].lower(), ("INFN",), first=True):
        return False
    before = words_in(text, max(ss, v[0] - _REQUEST_REACH), v[0])
    return any(lemma(w.text.lower()) in _REQUESTS for w in before[-4:])


def _clause_of_infinitive(text: str, end: int, start: int) -> bool:
    """
    Whether an infinitive of no verb of speech or opinion stands between a verb ending at *end* and its что-clause
    at *start*, or the clause is the idiom ``что касается``: the clause is the infinitive's (``предложили
    представителям задуматься, что будет …``), or none at all (``помощь в том, что касается …``).
    """
    if _WHAT_CONCERNS_RE.match(text, start) is not None:
        return True
    words = words_in(text, end, start)[:_OBJECT_WORDS]
    for i, w in enumerate(words):
        infinitive = next((p for p in parse(w.text.lower())[:1] if p.tag.POS == "INFN"), None)
        if infinitive is None or (i > 0 and fold(words[i - 1].text) in _FUTURE_FORMS):
            continue  # "отрицали и будут отрицать, что …": the future of a verb, no infinitive it governs
        if fold(str(infinitive.normal_form)) not in _lexicon_lemmas():
            return True  # "призвали признать, что …" reports what is to be admitted; "задуматься, что …" nothing
    return False


# The future of "быть" before an infinitive: "будут отрицать".
_FUTURE_FORMS = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут", "станет", "станут"})


@functools.cache
def _lexicon_lemmas() -> frozenset[str]:
    """The lemmas of the verbs of speech and opinion the lexicon lists."""
    return frozenset(fold(vf.lemma) for vf in verb_forms().values())


# "что касается": "as for", no clause of anyone's words.
_WHAT_CONCERNS_RE = cache.pattern(r"(?i)касает(?:ся|ось)(?!\p{L})")
# The words between a verb and its что-clause looked at for an infinitive.
_OBJECT_WORDS = 6


# A bracket that opens with a quotation: "(«Режиссура – это …»)", looked for this far into a что-clause.
_BRACKETED_QUOTATION_RE = cache.pattern(r"\([«\"„“]")
_BRACKET_REACH = 600
# A short quotation that closes its bracket: "(«Доходная статья»)".
_SHORT_BRACKETED_RE = cache.pattern(r"[^«»\"„“()\n]{1,60}+[»\"”“]\)")


def _bracketed_name(text: str, at: int) -> bool:
    """
    Whether the quotation opened in a bracket right before *at* is a short one with no verb and no dash that closes
    the bracket: a name or its gloss (``норма Emoluments Clause («Доходная статья»)``), no words said (not
    ``(«Режиссура – тяжёлый труд»)``).
    """
    m = _SHORT_BRACKETED_RE.match(text, at)
    if m is None or any(c in DASHES for c in m.group()):
        return False
    return not finite_verb_in(text, at, m.end())


# A clause joined by "а" or "но" after a comma: "…, а форвард X упомянул …".
_CONTRAST_JOIN_RE = cache.pattern(r",\s*+(?:а|но)\s++")


def _other_speaker_cut(env: _Env, k: int, start: int, end: int) -> int:
    """
    The end of a что-clause before a clause joined by "а"/"но" in which someone else speaks (``заявил, что команда
    должна была победить, а форвард X упомянул о везении``), else *end*.
    """
    text, para = env.text, env.paras[k]
    # Bounded: a clause's own reach, so that a long sentence of many clauses stays linear.
    for m in _CONTRAST_JOIN_RE.finditer(text, start, min(end, start + _CLAUSE_CUT_REACH)):
        for v in para.verbs_in(m.end(), min(end, m.end() + _OTHER_SPEAKER_REACH)):
            if not _speaking(v) or v[2].lemma in _CONTINUING or _future(text[v[0] : v[1]]):
                continue
            who = mention_before(env.ctx, text, m.end(), v[0])
            opens = who is not None and _TITLE_WORDS_RE.fullmatch(text, m.end(), who.start) is not None
            if who is not None and who.kind in ("person", "title") and opens:
                # The subject opens the joined clause: "…, а форвард Денис Гурьянов упомянул …".
                return trim_span(text, start, m.start())[1]
    return end


# How far after "а"/"но" the verb of another speaker may stand, and how far into a что-clause "а"/"но" is looked for.
_OTHER_SPEAKER_REACH = 80
_CLAUSE_CUT_REACH = 400


# A question word opening a sentence: "Почему …", "Неужели …".
_QUESTION_OPENS_RE = cache.pattern(
    r"(?i)[\s«\"—–-]*+(?:почему|зачем|отчего|неужели|разве|как|когда|где|кто|что|чем|насколько)(?!\p{L})"
)


# How many broken lines a sentence may run on over.
_BROKEN_LINES = 3


def _past_line_breaks(env: _Env, k: int, se: int) -> int:
    """
    The end of a sentence that ends at *se*, the end of line *k*, only because the line is broken there: the line
    ends in a word, a comma, a dash or a bracket (as :func:`_goes_on` reads it) and the next opens in lower case
    (``повернется против`` / ``парламента, поскольку …``). The sentence runs on to its end in the lines after.
    """
    text = env.text
    j = k
    while j + 1 < len(env.paras) and j - k < _BROKEN_LINES:
        para, nxt = env.paras[j], env.paras[j + 1]
        if text[se : para.end].strip() or nxt.kind != "body" or nxt.dash:
            break
        if not _BROKEN_OFF_RE.search(text, para.content, se) or not text[nxt.content : nxt.content + 1].islower():
            break
        first = nxt.sentences[0] if nxt.sentences else None
        if first is None:
            break
        se = trim_span(text, first[0], first[1])[1]
        j += 1
        if first[1] < nxt.end and text[first[1] : nxt.end].strip():
            break  # the sentence ended inside the next line
    return se


# "вряд ли" or "едва ли" before a verb, a subject pronoun between: the author's guess.
_HEDGED_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:вряд|едва)\s++ли\s++(?:\p{Ll}++\s++)?+\Z")
# Verbs that say the opposite under "не": "не преминул напомнить", "не скрывал, что", "не стал скрывать, что",
# "не уставал повторять",
# "не отрицает, что" (admits it).
_NEGATED_AFFIRMING = frozenset(
    {"преминуть", "скрывать", "скрыть", "уставать", "устать", "забыть", "забывать", "отрицать", "стать"}
)


# Verbs of expectation that, in the past under "не", tell of a surprise, no view held: "не ожидал, что …".
_EXPECTING = frozenset({"надеяться", "ожидать", "предполагать"})


def _denied(text: str, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether speech verb *v* stands under "не" and so reports no words (``не рассказали, что``), or an expectation
    in the past does (``водитель не ожидал, что …``: a surprise told, no view of theirs).
    """
    if v[2].cls not in ("speech", "opinion") or _NOT_BEFORE_RE.search(text, max(0, v[0] - 8), v[0]) is None:
        return False
    first = word_at(text, v[0])
    if v[2].cls == "opinion":
        past = first is not None and any("past" in p.tag for p in parse(first.text.lower())[:1])
        # "не гарантирует, что …": nothing guaranteed, no view told
        return (v[2].lemma in _EXPECTING and past) or v[2].lemma == "гарантировать"
    return first is None or not any(str(p.normal_form) in _NEGATED_AFFIRMING for p in parse(first.text.lower())[:2])


# A subordinate clause opening before the verb: "Когда X написала, что A, B", "И если министр сказал, что …".
_SUBORDINATE_RE = cache.pattern(
    r"(?i)(?:\A|,\s*+)(?:(?:и|но|а)\s++)?+(?:когда|если|пока|хотя|после\s++того\s++как|поскольку|так\s++как)\s"
    r"[^,]*+\Z"
)


def _subordinate_end(env: _Env, k: int, ss: int, v: tuple[int, int, VerbForm], start: int, se: int) -> int:
    """
    The end of a что-clause whose verb stands in a subordinate clause (``когда Таня написала, что заметила эту
    публикацию, для меня это было неожиданностью``): the first comma after it, where the main clause goes on.
    """
    text = env.text
    if v[0] - ss > WINDOW or _SUBORDINATE_RE.search(text, ss, v[0]) is None:
        return se
    para = env.paras[k]
    dashes = brackets = 0
    pos = start
    comma = text.find(",", start, se)
    while comma >= 0:
        # The dashes and brackets so far, counted once each: inside an aside a comma ends nothing.
        dashes += len(_SPACED_DASH_RE.findall(text, pos, comma))
        brackets += text.count("(", pos, comma) - text.count(")", pos, comma)
        pos = comma
        if dashes % 2 == 0 and brackets <= 0 and not _inside(para.mark_spans, comma, reach=0):
            return comma
        comma = text.find(",", comma + 1, se)
    return se


# A dash set off by spaces: it opens or closes an aside ("— например, стал виновником ДТП —").
_SPACED_DASH_RE = cache.pattern(rf"{HS}[–—]{HS}")


# Only a comma between two verbs: "считают, пишет агентство, что".
_INSERTED_COMMA_RE = cache.pattern(r"\s*+,\s*+")


def _speaking_or_opinion(v: tuple[int, int, VerbForm]) -> bool:
    return v[2].cls in ("speech", "opinion")


def _outlet_after(env: _Env, v: tuple[int, int, VerbForm]) -> str | None:
    """The name of the outlet after an inserted verb of reporting (``пишет NEWSru.com``), if one stands there."""
    comma = env.text.find(",", v[1], v[1] + WINDOW)
    found = mention_anywhere(env.ctx, env.text, v[1], comma) if comma > v[1] else None
    return found.text if found is not None and found.kind == "org" else None


def _chto_cands(env: _Env, k: int) -> list[_Cand]:
    """The что-clause of each verb of paragraph *k*, before the clauses are cut where the next begins."""
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for i, v in enumerate(para.verbs):
        prev = para.verbs[i - 1] if i > 0 else None
        if prev is not None and _INSERTED_COMMA_RE.fullmatch(text, prev[1], v[0]) and _speaking_or_opinion(prev):
            # "Представители Запада считают, пишет агентство, что …": the outlet's verb inserted between the
            # first verb and its что-clause; the first verb's subject speaks, the outlet is the medium.
            found = _chto_cand(env, k, (prev[0], v[1], prev[2]))
            if found is not None:
                found.medium = found.medium or _outlet_after(env, v)
        else:
            found = _chto_cand(env, k, v)
        if found is not None:
            out.append(found)
    return out


# How many verbs inside a что-clause are tried as the one that ends it.
_VERBS_AHEAD = 24


def _cut_coordinated(text: str, out: list[_Cand]) -> None:
    """
    A later coordinated clause (", а также подчеркнул, что …", "… и подчеркнул, что …", ", а министр отметил, что …",
    ", а 22% считают, что …") ends the clause before it.
    """
    for a, b in itertools.pairwise(out):
        if a.start < b.anchor < a.end:
            cut = text.rfind(",", a.start, b.anchor)
            coordinated = cut > a.start and _COORD_RE.search(text, cut, b.anchor) is not None
            if not coordinated and (bare := _AND_RE.search(text, max(a.start, b.anchor - 40), b.anchor)) is not None:
                cut, coordinated = bare.start(), True  # "напомнил, что A и подчеркнул, что B": no comma before "и"
            if coordinated:
                a.end = cut
                if b.mention is None or a.start <= b.mention.start < b.anchor:
                    # "X напомнил, что Y …, и добавил, что …": the coordinated verb has X for its subject too.
                    b.mention = a.mention
            elif (figure := _FIGURE_SUBJECT_RE.search(text, max(a.start, b.anchor - 60), b.anchor)) is not None:
                # "…, а 22% предполагают, что …": a share of those asked, a subject of its own (no pronoun of the
                # clause before it)
                a.end = figure.start()
                if b.mention is not None and b.mention.start < figure.start():
                    b.mention = None
            elif b.mention is not None and a.start < b.mention.start < b.anchor:
                # ", а глава МИДа X отметил, что …", ", и даже издание, как X, признает, что …": a new subject.
                cut = text.rfind(",", a.start, b.mention.start)
                opened = _COORD_OPEN_RE.match(text, cut, b.mention.start) if cut > a.start else None
                if opened is not None and "," not in text[opened.end() : b.mention.start].replace(", как", ""):
                    a.end = cut


def _chto_rule(env: _Env, k: int) -> list[_Cand]:
    """What counts, "indirect": a speech verb followed by "что"; the clause to the end of the sentence."""
    text, para = env.text, env.paras[k]
    out = _chto_cands(env, k)
    _cut_coordinated(text, out)
    for cand in out:
        # ", но не сообщил, кому …": a second verb of the same subject ends the content; so does the
        # attribution that closes the sentence (", передает агентство.").
        # The first verbs only: a sentence of endless clauses must not cost each candidate all of them.
        for v in para.verbs_in(cand.start, cand.end, _VERBS_AHEAD):
            cut = text.rfind(",", cand.start, v[0])
            if cut <= cand.start or _inside(para.mark_spans, cut):
                continue
            if _closing_attribution(env, cut, v, cand.end) or (
                _COORD_RE.search(text, cut, v[0]) and _CONTENT_AFTER_RE.search(text, v[1], cand.end) is not None
            ):
                cand.end = cut
                break
    for cand in out:
        # "сообщил, что A: «B»": the quotation after the colon is a direct quote of its own.
        colon = _COLON_QUOTATION_RE.search(text, cand.start, min(cand.end, cand.start + _COLON_REACH))
        if colon is not None:
            cand.end = colon.start()
        cand.end = _parenthesis_end(text, para.start, cand.start, cand.end)
        aside = _AUTHOR_ASIDE_RE.search(text, max(cand.start, cand.end - _ASIDE_REACH), cand.end)
        if aside is not None and aside.start() > cand.start:
            cand.end = aside.start()  # "…, что A (примечательно, что сам X …)": the author's aside closes the clause
        cand.start, cand.end = trim_span(text, cand.start, cand.end)
    return [c for c in out if c.end > c.start]


_COLON_QUOTATION_RE = cache.pattern(rf":{HS}*+[«„“\"]")
# How far into a clause a colon before a quotation is looked for (a sentence of endless clauses must not cost
# each of them the rest of it).
_COLON_REACH = 1_000
# How far around a что-clause its opening and closing parentheses are looked for.
_PAREN_REACH = 300


# How far from a clause's end the author's aside that closes it is looked for.
_ASIDE_REACH = 400
# An aside of the author in parentheses that closes a clause: "(примечательно, что …)", "(напомним, …)".
_AUTHOR_ASIDE_RE = cache.pattern(
    r"(?i)\s*+\((?:примечательно|напомним|отметим|заметим|кстати|к\s++слову|для\s++справки)(?!\p{L})[^()]*+\)\W*+\Z"
)


def _parenthesis_end(text: str, lo: int, start: int, end: int) -> int:
    """
    The end of a что-clause opened inside parentheses: their closing one (``(министр отметил, что …) и …``).

    >>> t = "Ставка снизится (министр отметил, что до 15%) и налоги тоже."
    >>> t[37:_parenthesis_end(t, 0, 37, len(t) - 1)]
    ' до 15%'
    """
    opened = text.rfind("(", max(lo, start - _PAREN_REACH), start)
    if opened < 0 or ")" in text[opened:start]:
        return end
    closed = text.find(")", start, min(end, start + _PAREN_REACH))
    return closed if closed > start else end


# The verbs that may attribute a whole sentence after its last comma: "…, сообщает агентство.", "…, говорится в
# сообщении."
_CLOSING_CLASSES = frozenset({"speech", "report", "impersonal", "passive"})


def _closing_attribution(env: _Env, comma: int, v: tuple[int, int, VerbForm], end: int) -> bool:
    """
    Whether verb *v* right after *comma* attributes the sentence and ends it (``…, сообщает агентство.``).

    Its subject follows it to the end of the sentence (``…, напоминает заплатку на кафтане`` has an object).
    """
    text = env.text
    if _COMMA_BEFORE_RE.match(text, comma, v[0]) is None or v[2].cls not in _CLOSING_CLASSES:
        return False
    tail = text[v[1] : end]
    if not 0 < len(tail) <= 60 or "," in tail or _CHTO_RE.search(tail) is not None:
        return False
    if v[2].cls in ("impersonal", "passive"):
        # "…, говорится в сообщении ведомства.": the document reports the sentence.
        return _DOCUMENT_TAIL_RE.fullmatch(tail.rstrip(".!… ")) is not None
    return mention_after(env.ctx, text, v[1], end)[0] is not None or _noun_subject_after(text, v, end) is not None


# A statement and its что-clause: "сделал заявление о том, что", "выступил с заявлением, что", "распространил
# информацию о том, что", "ограничился заявлением, что", "придерживается мнения, что", "пришла к выводу, что"; the
# verb that governs the noun stands at most two words before it.
_STATEMENT_NOUN = (
    r"(?:(?:заявлени|предположени|утверждени|обещани|мнени|уточнени|предупреждени|признани|сообщени|сведени)"
    r"\p{L}{0,3}+|информаци\p{L}{1,2}+"
    r"|(?:ремарк|оговорк)\p{L}{0,2}+|вывод(?:у|ом|а)?+)"
)
_STATEMENT_RE = cache.pattern(
    rf"(?i)(?<!\p{{L}})(?:{_STATEMENT_NOUN}(?:\s++(?:о|об)\s++том)?+\s*+,\s*+что\b"
    # "опубликовало расследование, согласно которому …": the content of a statement or a report made public.
    rf"|(?:{_STATEMENT_NOUN}|(?:расследовани|доклад|отч[её]т|исследовани)\p{{L}}{{0,3}}+)\s*+,\s*+согласно\s++котор"
    rf"(?:ому|ой|ым)(?!\p{{L}}))\s*+"
)
# The same with the content after a colon, unquoted: "сделал ремарку: Госдума оставляет за собой право …".
_STATEMENT_COLON_RE = cache.pattern(rf"(?i)(?<!\p{{L}}){_STATEMENT_NOUN}{HS}*+:{HS}*+(?=\p{{L}})")


# Verbs by which the subject makes a statement its own.
_MAKING = frozenset(
    {"сделать", "делать", "выступить", "выступать", "ограничиться", "распространить", "опубликовать",
     "обнародовать", "огласить", "повторить", "выпустить", "направить", "придерживаться", "прийти", "приходить",
     "сойтись", "сходиться"}  # "сошлись во мнении, что …": a shared opinion stated
)  # fmt: skip


# Short adjectives by which a group shares an opinion: "солидарны во мнении, что", "едины во мнении".
_SHARING = frozenset({"солидарный", "единый", "единодушный"})


# Verbs of phase before an infinitive: "продолжает придерживаться мнения", "стали приходить к выводу".
_PHASE = frozenset({"продолжать", "продолжить", "начать", "начинать", "стать"})


def _governing_verb(text: str, lo: int, at: int) -> tuple[Word, VerbForm] | None:
    """
    The verb among the three words before *at* (past "с"), with its number.

    A finite verb, or an infinitive after a verb of phase (``продолжает придерживаться мнения``): then
    the finite verb, with the infinitive's lemma.
    """
    found = words_in(text, lo, at)[-3:]
    for i in range(len(found) - 1, -1, -1):
        parses = parse(found[i].text.lower())
        # "пришли к выводу": the reading as a verb of making ("прийти") over the first one ("прислать").
        making = [p for p in parses if p.tag.POS == "VERB" and p.normal_form in _MAKING]
        if making or (parses and parses[0].tag.POS == "VERB"):
            best = (making or parses)[0]
            return found[i], VerbForm(str(best.normal_form), "report", "plur" in best.tag, None)
        if parses and parses[0].tag.POS == "ADJS" and parses[0].normal_form in _SHARING:
            return found[i], VerbForm(str(parses[0].normal_form), "report", "plur" in parses[0].tag, None)
        if parses and parses[0].tag.POS == "INFN" and i > 0:
            head = parse(found[i - 1].text.lower())[:1]
            if head and head[0].tag.POS == "VERB" and head[0].normal_form in _PHASE:
                return found[i - 1], VerbForm(str(parses[0].normal_form), "report", "plur" in head[0].tag, None)
    return None


def _statement_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, "indirect": a statement made, with its content in a что-clause.

    ``Министр сделал заявление о том, что …``, ``выступил с предположением,
    что …``, ``ограничился заявлением, что …``: the clause to the end of the
    sentence is a quote of the subject of the verb that governs the noun.
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for m in _STATEMENT_RE.finditer(text, para.content, para.end):
        ss, se = _sentence_of(para, m.start())
        found = _governing_verb(text, max(ss, m.start() - 40), m.start())
        if found is not None and found[1].lemma in _COMING_OUT:
            out.extend(_came_out(env, k, (ss, se), m, found[0]))
            continue
        if (
            found is None
            or (found[1].lemma not in _MAKING and found[1].lemma not in _SHARING)
            or para.verbs_in(found[0].start, m.start())
        ):
            # No verb makes the statement ("опровергли утверждение, что": someone else's), or a speech verb
            # attributes the clause itself.
            continue
        verb, vf = found
        mention = mention_before(env.ctx, text, ss, verb.start) or subject_before(
            text, ss, verb.start, plural=vf.plural
        )
        start, end = trim_span(text, m.end(), se)
        if mention is not None and end > start:
            out.append(_Cand(start, end, "indirect", "statement-chto", 2, mention, vf, para=k, anchor=verb.start))
    for m in _STATEMENT_COLON_RE.finditer(text, para.content, para.end):
        ss, se = _sentence_of(para, m.start())
        found = _governing_verb(text, max(ss, m.start() - 40), m.start())
        if found is None or found[1].lemma not in _MAKING or para.verbs_in(found[0].start, m.start()):
            continue
        mention = mention_before(env.ctx, text, ss, found[0].start) or subject_before(
            text, ss, found[0].start, plural=found[1].plural
        )
        start, end = trim_span(text, m.end(), se)
        if mention is not None and _THREE_WORDS_RE.match(text, start, end):
            anchor = found[0].start
            out.append(_Cand(start, end, "indirect", "statement-chto", 2, mention, found[1], para=k, anchor=anchor))
    for m in _STATEMENT_OF_RE.finditer(text, para.content, para.end):
        # "Вопреки заявлениям министерства о том, что …": the statement names its author in the genitive.
        if _subject_in_source(env, m):
            continue  # "Это заявление X сделал на фоне новостей о том, что …": the clause is the news'
        ss, se = _sentence_of(para, m.start())
        mention = (
            Mention(m.start("pron"), m.end("pron"), "pronoun", m.group("pron"))
            if m.group("pron")
            else mention_anywhere(env.ctx, text, m.start("who"), m.end("who"))
        )
        if not finite_verb_in(text, ss, m.start()):
            # "Вопреки заявлениям X о том, что A, B случилось": the main clause follows the content.
            se = _main_clause_after(text, m.end(), se)
        start, end = trim_span(text, m.end(), se)
        if mention is not None and mention.kind in ("person", "title", "org", "group", "pronoun") and end > start:
            # The author named right before "о том, что" outranks the subject of a citing verb ("процитировало");
            # a plural one is a group ("заявления чиновников о том, что …").
            out.append(_Cand(start, end, "indirect", "statement-chto", 3, mention, None, para=k, anchor=m.start()))
    return out


def _came_out(env: _Env, k: int, sentence: tuple[int, int], m: regex.Match[str], verb: Word) -> list[_Cand]:
    """
    Reports that came out with their content in a что-clause (``В СМИ появились сообщения, что …``, ``Ещё в январе
    звучали заявления о том, что …``): the clause to the end of the sentence is a quote of the place they came out
    in (in the verb's own clause), or of no one named.
    """
    text, para = env.text, env.paras[k]
    ss, se = sentence
    if para.verbs_in(ss, verb.start):
        return []  # "X заявил, что в СМИ появились сообщения, что …": the speech verb's clause holds them
    # "Несмотря на такой обмен любезностями, в американских СМИ появлялись …": the place after the last comma.
    clause = max(ss, text.rfind(",", ss, verb.start) + 1)
    place = source_place(env.ctx, text, clause, verb.start, near_end=True)
    start, end = trim_span(text, m.end(), se)
    if not _THREE_WORDS_RE.match(text, start, end):
        return []
    return [_Cand(start, end, "indirect", "appeared-chto", 2, place, None, para=k, anchor=verb.start)]


# Verbs of reports coming out, whose statement noun is their subject: "появились сообщения, что …".
_COMING_OUT = frozenset({"появиться", "появляться", "звучать", "прозвучать", "поступить", "поступать"})


def _subject_in_source(env: _Env, m: regex.Match[str]) -> bool:
    """
    Whether the words between a statement and its ``о том, что`` hold a clause of their own: a name right before a
    finite verb (``Это заявление Трамп сделал на фоне новостей о том, что …``), not the statement's author in the
    genitive (``В заявлении Имя Фамилия-gen речь идет о том, что …``).
    """
    if not m.group("who"):
        return False
    words = words_in(env.text, m.start("who"), m.end("who"))
    return any(
        a.text[:1].isupper() and not env.text[a.end : b.start].strip() and is_finite_verb(b.text)
        for a, b in itertools.pairwise(words)
    )


# Words that continue a clause after its comma: a conjunction or a relative word.
_CONTINUES_RE = cache.pattern(r"(?i)\s*+(?:а|и|но|или|что|чтобы|котор\p{L}++|кто|где|когда|если|как|пока|хотя)\b")


def _main_clause_after(text: str, start: int, end: int) -> int:
    """The comma after *start* that opens a clause of its own (a finite verb, no conjunction), or *end*."""
    at = text.find(",", start, end)
    while at >= 0:
        nxt = text.find(",", at + 1, end)
        stop = nxt if nxt >= 0 else end
        if not _CONTINUES_RE.match(text, at + 1, stop) and finite_verb_in(text, at + 1, stop):
            return at
        at = nxt
    return end


# A statement, its author in the genitive and its content: "заявления Минобороны о том, что …"; or its author's
# possessive pronoun before it: "её заявление о том, что …".
_STATEMENT_OF_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:(?P<pron>его|её|ее|их)\s++)?+(?:заявлени|утверждени|слов|мнени)\p{L}{0,3}+\s++"
    r"(?P<who>(?(pron)|(?:[^\s,.;:!?«»]++\s++){1,9}?))"
    r"(?:о|об)\s++том\s*+,\s*+что\b\s*+"
)


# Opinions of certainty, which state what follows their colon ("уверен: …"); a hope or a fear does not.
_CERTAIN = frozenset({"считать", "полагать", "уверить", "убедить"})
# After an attribution, a colon and unquoted words: "заявил журналистам: рост продолжится".
# The colon of a time or a score ("в 10:00") introduces nothing.
# An indirect question may stand before the colon: "пояснил, как видит этот путь: …".
_COLON_CONTENT_RE = cache.pattern(
    rf"(?:[^.!?:;,«»\"„“”\n]{{0,80}}?|,{HS}*+(?i:как|почему|зачем|каким{HS}++образом){HS}[^.!?:;,«»\"„“”\n]{{0,60}}?)"
    rf"(?:(?<!\d):|:(?!\d)){HS}*+(?=[\p{{L}}\d])"
)


# A topic right after a verb: "сообщил о переброске войск".
_TOPIC_AFTER_RE = cache.pattern(TOPIC_OPENING)


def _colon_content_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, "indirect": unquoted words after a speech verb and a colon, to the end of the sentence.

    ``Министр заявил журналистам: рост продолжится``, ``…, пишет X: общество
    задыхается``, ``Министр уверен: рост продолжится``: the words after the
    colon are the speaker's, reported without quotation marks; a verb of
    opinion reports them only when it states a certainty and the colon follows
    it (not ``надеются: …``). A quotation or a dash after the colon is read by
    the direct rules; a colon that ends its line opens a list or a paragraph.
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for v in para.verbs:
        ss, se = _sentence_of(para, v[0])
        m = _COLON_CONTENT_RE.match(text, v[1], se)
        if m is not None and not _speaking(v) and (v[2].lemma not in _CERTAIN or text[v[1] : m.end()].strip() != ":"):
            continue  # an opinion of certainty reports the words only right before its colon ("уверен: …")
        if m is None:
            continue
        start, end = trim_span(text, m.end(), se)
        if not _THREE_WORDS_RE.match(text, start, end) or any(
            not (_opinion_of_a_thing(text, u, end) or _thing_implies(text, start, u)) for u in para.verbs_in(start, end)
        ):
            continue  # too short, or an attribution of its own ("…: в Астане ответили", a linked headline)
        if _object_before(text, v[1], m.end()) and not finite_verb_in(text, start, end):
            continue  # "отметили три направления: транспортное, …": the colon lists the object, no words are reported
        if _QUESTION_TOPIC_RE.match(text, start, end) and _headline_line(text, para):
            continue  # "Пошутили над Трампом: как прошёл «Оскар»": a headline's topic, no words reported
        topic = _TOPIC_AFTER_RE.match(text, v[1], m.end()) is not None
        # "сообщил о переброске войск США: …": the topic after the verb names no speaker.
        mention = None if topic else mention_after(env.ctx, text, v[1], m.end() - 1)[0]
        if mention is not None and _after_preposition(text, mention.start):
            mention = None  # "Попросят из политики: …": a noun after a preposition is no subject
        if mention is None and v[2].cls != "passive":
            # "Победители были объявлены заранее: …": a passive's subject is what was announced, no speaker.
            mention = mention_before(env.ctx, text, ss, v[0])
        if mention is None and v[2].plural and not topic:
            # "За неделю до матча в РФПЛ констатировали: …": the place of a verb with no subject speaks.
            mention = source_place(env.ctx, text, ss, v[0], near_end=True)
        if mention is not None and not _common_thing(mention):
            out.append(_Cand(start, end, "indirect", "colon-content", 2, mention, v[2], para=k, anchor=v[0]))
    return out


# A question word opening a headline's topic: "как прошёл …", "почему …", "бойкотирует ли …" is not among them.
_QUESTION_TOPIC_RE = cache.pattern(
    r"(?i)(?:как|почему|зачем|что|кто|где|куда|откуда|когда|сколько|чем|чего|какие|какой|какая|какое|каким|каких)"
    r"(?!\p{L})"
)


def _headline_line(text: str, para: _Para) -> bool:
    """Whether *para* is one line that does not end a sentence (a headline)."""
    line = text[para.content : para.end].rstrip()
    return "\n" not in line and not line.endswith((".", "!", "?", "…"))


def _common_thing(mention: Mention) -> bool:
    """
    Whether *mention*, read as a body, is one word the dictionary knows for a thing (``Деньги пытались передать
    целый месяц: …``: the object before an impersonal verb), no organisation, title or body that speaks.
    """
    if mention.kind not in ("org", "group") or " " in mention.text.strip():
        return False
    word = mention.text.strip()
    first = parse(word.lower())[:1]
    if not first or not is_known(word.lower()) or first[0].tag.POS != "NOUN" or "inan" not in first[0].tag:
        return False
    if {"Orgn", "Abbr", "Geox", "Name", "Surn"} & first[0].tag.grammemes or title_of(word) is not None:
        return False
    return fold(str(first[0].normal_form)) not in speaking_bodies() and not _authorities(word)


def _opinion_of_a_thing(text: str, v: tuple[int, int, VerbForm], end: int) -> bool:
    """
    Whether the verb of opinion *v* states what awaits something, no one's view: ``то страну ожидает дефолт``
    (a verb with no clause or colon after it, before its subject; not ``в Минфине ожидают, что …``).
    """
    if v[2].cls != "opinion" or v[2].plural:
        return False
    after = text[v[1] : end]
    return not any(c in after for c in ",:—–") and "что" not in after.split()


def _thing_implies(text: str, start: int, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether the words from *start* open with a thing that implies or indicates by verb *v* (``…: изменение
    Конституции не предполагает, что …``): no attribution of its own inside words after a colon.
    """
    return v[2].lemma in ("предполагать", "говорить") and bool(_thing_first(text, start, v[0]))


_OBJECT_CASES = frozenset({"accs", "gent", "nomn"})


def _object_before(text: str, start: int, end: int) -> bool:
    """
    Whether a verb's object stands in ``text[start:end]``: a common noun in the accusative.

    The genitive after a numeral (``три направления``) and the accusative plural
    that reads as a nominative count too; a noun after a preposition (``в
    интервью``) with its genitives (``о переброске войск``) or in the dative (``журналистам``) does not.
    """
    after_prep = in_phrase = False
    for w in words_in(text, start, end):
        ps = parse(w.text.lower())[:1]
        if not ps:
            continue
        tag = ps[0].tag
        if in_phrase and tag.case == "gent":
            continue  # "о переброске войск": a genitive inside the prepositional phrase
        if tag.POS == "NOUN" and not after_prep and w.text[:1].islower() and tag.case in _OBJECT_CASES:
            return True
        in_phrase = after_prep and tag.POS == "NOUN"
        after_prep = tag.POS == "PREP"
    return False


def _gerund_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, "indirect": a что-clause after a gerund of a speech verb, the subject of its sentence speaking.

    ``Министр поблагодарил коллег, подчеркнув, что работа продолжится``: the
    clause to the end of the sentence is a quote of the sentence's subject,
    found as a finite verb's is; with no subject there is no quote.
    """
    return _clause_form_rule(env, k, env.paras[k].gerunds, "chto-gerund", _gerund_subject, ends_at_main=False)


def _participle_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, "indirect": "X, заявивший, что …" attributes the что-clause to the person the participle follows.

    The clause ends where the participial phrase does: at a comma after which the sentence goes on with a
    finite verb (``Имя Фамилия, утверждающая, что …, неоднократно лгала``), else at the sentence end.
    """
    return _clause_form_rule(env, k, env.paras[k].participles, "chto-participle", _participle_head, ends_at_main=True)


def _clause_form_rule(
    env: _Env,
    k: int,
    forms: Sequence[tuple[int, int, VerbForm]],
    rule: str,
    speaker: Callable[[_Env, int, int], Mention | None],
    *,
    ends_at_main: bool,
) -> list[_Cand]:
    """
    The что-clauses after gerunds or participles (*forms*) of paragraph *k*, each with the mention *speaker* finds
    for it; a participle's clause ends where the main clause resumes (*ends_at_main*).
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for form in forms:
        clause = _chto_clause(env, para, form)
        if clause is None:
            continue
        ss, clause_start, se = clause
        mention = speaker(env, ss, form[0])
        # "X, утверждая, что …, отказался": the main verb after the clause, as after a participle.
        resumes = ends_at_main or not finite_verb_in(text, ss, form[0])
        end = _main_clause_resumes(text, clause_start, se) if resumes else se
        if mention is None and not ends_at_main and not text[ss : form[0]].strip() and form[2].lemma not in _NOTICING:
            # "Отметив, что …, премьер добавил: …": a gerund that opens its sentence, its subject after the clause.
            fronted = _subject_after_clause(env, clause_start, se)
            if fronted is not None:
                end, mention = fronted
        if mention is None:
            continue
        start, end = trim_span(text, clause_start, end)
        if end > start:
            out.append(_Cand(start, end, "indirect", rule, 2, mention, form[2], para=k, anchor=form[0]))
    return out


def _subject_after_clause(env: _Env, start: int, se: int) -> tuple[int, Mention] | None:
    """
    The first comma of ``text[start:se]`` right after which a person or a title in the nominative is the subject of
    a finite verb (``…, премьер добавил``), and that subject: where the main clause of a sentence opened by a
    gerund begins.
    """
    text = env.text
    comma = text.find(",", start, se)
    while comma >= 0:
        found = mention_after(env.ctx, text, comma + 1, se)[0]
        # Past the title of a name ("…, министр иностранных дел Иван Петров покинул").
        near = found is not None and _TITLE_WORDS_RE.fullmatch(text, comma + 1, found.start) is not None
        # "Отметив, что …, он сообщил": a pronoun stands for the one the text spoke of before.
        if found is not None and near and (_nominative_person(found) or found.kind == "pronoun"):
            verb = word_after(text, found.end)
            if verb is not None and verb.start < se and is_finite_verb(verb.text):
                return comma, found
        comma = text.find(",", comma + 1, se)
    return None


def _participle_head(env: _Env, ss: int, at: int) -> Mention | None:
    """The person a participle at *at* follows, in any case (``министром Иваном Петровым, заявившим``), or a title."""
    at = _set_off_at(env.text, ss, at) or at  # "X, ещё неделю назад заявившим": the phrase opens past its comma
    before = env.ctx.persons_in(max(ss, at - WINDOW), at)
    if before and _COMMA_BEFORE_RE.fullmatch(env.text, before[-1].end, at):
        pm = before[-1]
        return Mention(pm.start, pm.end, "person", env.text[pm.start : pm.end], person=pm)
    found = mention_before(env.ctx, env.text, ss, at - 1)
    if found is not None and (
        found.kind == "title"
        or (found.kind in ("org", "group") and _COMMA_BEFORE_RE.fullmatch(env.text, found.end, at))
    ):
        # "версию западной прессы, писавшей, что …", "представители партии, считавшие, что …": a body or a group
        # right before the participle's comma speaks too
        return found
    # "слова сирийского президента, утверждавшего, что": a title in the participle's case right before its comma.
    comma = env.text.rfind(",", max(ss, at - 4), at)
    last = word_before(env.text, comma) if comma > 0 else None
    if last is None or env.text[last.end : comma].strip() or title_of(last.text) is None:
        return None
    found = mention_anywhere(env.ctx, env.text, last.start, comma)
    return found if found is not None and found.kind == "title" else None


def _main_clause_resumes(text: str, start: int, se: int) -> int:
    """
    Where the main clause goes on after a participial phrase's что-clause: a comma before a finite verb, at most
    two adverbs, particles or "и" between (``…, неоднократно лгала``, ``…, и обсудил``).
    """
    words = words_in(text, start, se)
    for i in range(1, len(words)):
        comma = text.find(",", words[i - 1].end, words[i].start)
        if comma < 0:
            continue
        first = i
        linked = _LINKING_PHRASE_RE.match(text, comma + 1, se)
        if linked is not None:
            # "…, вместе с тем поспешил …": a linking phrase before the main verb.
            first = next((j for j in range(i, len(words)) if words[j].start >= linked.end()), len(words))
        for w in words[first : first + 3]:
            low = w.text.lower()
            if low in _SUBORDINATORS:
                break  # "…, пока не будет доказано обратное": a clause of the content
            if is_finite_verb(w.text):
                return comma
            if low not in ("и", "а") and not reads_as(w.text, ("ADVB", "PRCL"), first=True):
                break
    return se


# A phrase linking the main clause to what came before: ", вместе с тем поспешил", ", при этом добавил".
_LINKING_PHRASE_RE = cache.pattern(rf"{HS}*+(?i:{_LINKING}|тем\s++не\s++менее|в\s++свою\s++очередь)(?!\p{{L}})")
# Words that open a subordinate clause: what follows them is no main clause going on.
_SUBORDINATORS = frozenset(
    {"пока", "когда", "если", "хотя", "чтобы", "где", "куда", "как", "поскольку", "так", "пусть", "раз", "словно"}
)


# The relative pronoun as its clause's subject (any form with a preposition: :data:`_RELATIVE_WORD`).
_RELATIVE_SUBJECT = r"(?:который|которая|которые)"
_RELATIVE_RE = cache.pattern(rf"(?i),\s*+{_RELATIVE_SUBJECT}\s*+\Z")
# The relative pronoun as the object of its clause's verb, right before it: ", которую", ", которым".
_RELATIVE_OBJECT_RE = cache.pattern(rf"(?i),\s*+{RELATIVE_OBJECT}\s*+\Z")
# The plural relative pronoun after its comma: ", которые".
_PLURAL_RELATIVE_RE = cache.pattern(r"(?i),\s*+которые(?!\p{L})")
# A relative clause opening inside a sentence: ", который", ", которая", ", которые".
_RELATIVE_IN_RE = cache.pattern(rf"(?i),\s*+{_RELATIVE_SUBJECT}(?!\p{{L}})")


# A dash right before a word: the attribution after a quotation ("», — отметил").
_DASH_BEFORE_RE = cache.pattern(rf"[{DASHES}]{HS}*+\Z")


# The parts of speech of a predicate a gerund depends on.
_PREDICATE_POS = frozenset({"VERB", "ADJS"})


def _gerund_subject(env: _Env, ss: int, at: int) -> Mention | None:
    """
    The subject of the finite verb a gerund at *at* depends on, in the sentence starting at *ss*.

    The nearest finite verb before the gerund heads its clause: its subject
    speaks (``Он поблагодарил коллег, подчеркнув``: ``Он``, not ``коллег``;
    ``— отметил он, подчеркнув``), or for a plural verb with no subject the
    place that speaks (``в Минфине опровергли …, указав``); after ``, который``
    it is the person the relative clause is about.
    """
    text = env.text
    # Only the words just before the gerund: the work per gerund stays bounded in a sentence of any length.
    for w in reversed(words_in(text, max(ss, at - WINDOW), at)):
        parses = parse(w.text.lower())
        if not parses or parses[0].tag.POS not in _PREDICATE_POS:
            continue  # a verb, or a short adjective as the predicate ("X согласен с ним, отмечая, что …")
        relative = _RELATIVE_RE.search(text, max(ss, w.start - 16), w.start)
        if relative is not None:
            return _relative_antecedent(env, relative.start())
        if _RELATIVE_OBJECT_RE.search(text, max(ss, w.start - 16), w.start) is not None:
            # "картина, которую представила режиссер X, сообщив": the relative word is the verb's object, its
            # subject follows it.
            return mention_after(env.ctx, text, w.end, at)[0]
        if _DASH_BEFORE_RE.search(text, max(ss, w.start - 4), w.start) is not None or (
            _COMMA_BEFORE_RE.search(text, max(ss, w.start - 6), w.start) is not None
            and verb_at(text, w.start, w.end) is not None
        ):
            # "«…», — отметил председатель КНР, подчеркнув, что …": the verb after a quotation names its
            # speaker after it; the words before it are the quotation's; so does a postposed one ("…, сообщило
            # агентство MAP, добавив, что …").
            after = mention_after(env.ctx, text, w.end, at)[0]
            if after is None and "plur" in parses[0].tag:
                # "«…», — заявили в Госдепе, отметив, что …": the place after the verb speaks.
                after = source_place(env.ctx, text, w.end, at)
            if after is not None:
                return after
        found = mention_before(env.ctx, text, ss, w.start)
        named = (found.person or env.ctx.person_at(found.start, found.end)) if found is not None else None
        if named is not None and (
            named.case not in (None, "nomn") or (named.case is None and _owned_thing_before(text, named.start))
        ):
            # "Слова Бреммера подтвердил и сенатор Крис Кунс, подчеркнув", "Заявление Помпео раскритиковал X,
            # отметив": the name before the verb is its object's owner; the subject follows the verb.
            after = mention_after(env.ctx, text, w.end, at)[0]
            if after is not None and _nominative_person(after):
                return after
        if found is None and "plur" in parses[0].tag:
            # "В Минфине опровергли слухи, указав, что …": the place speaks.
            found = source_place(env.ctx, text, ss, w.start, near_end=True)
        found = found or subject_before(text, ss, w.start, plural="plur" in parses[0].tag)
        found = _agreeing(env, found, parses[0].tag, w.end, at)
        return found or mention_after(env.ctx, text, w.end, at)[0] or _sentence_subject(env, ss, w.start)
    return _subject_set_off(env, ss, at)


def _owned_thing_before(text: str, start: int) -> bool:
    """
    Whether a noun for a thing, no title and no preposition, stands right before the name at *start*: the name, in a
    case it does not show (``Помпео``), owns it (``Заявление Помпео``).
    """
    before = word_before(text, start)
    if before is None or text[before.end : start] != " ":
        return False
    titled = title_of(before.text)
    if titled is not None and titled[1] not in ("org", "group"):
        return False  # "глава Помпео": a title before the name is theirs
    first = parse(before.text.lower())[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and "inan" in first[0].tag and is_known(before.text.lower())


def _subject_set_off(env: _Env, ss: int, at: int) -> Mention | None:
    """
    The subject that opens the sentence before a gerund set off by commas, its verb after the gerund's clause
    (``Иван Петров, утверждая, что …, отказался``): the words before the comma, a name or a noun phrase.
    """
    text = env.text
    comma = text.rfind(",", ss, at)
    if comma < 0 or text[comma + 1 : at].strip() or finite_verb_in(text, ss, comma):
        return None
    found = (
        mention_before(env.ctx, text, ss, comma)
        or subject_before(text, ss, comma, plural=False)
        or subject_before(text, ss, comma, plural=True)
    )
    if found is None or found.end < comma - 1 or found.start > ss + _OPENING_REACH:
        return None
    if found.person is not None and found.person.case not in (None, "nomn"):
        return None
    return found


# How far into its sentence a subject set off before a gerund may start ("По мнению экспертов, X, …" is no subject).
_OPENING_REACH = 24


def _agreeing(env: _Env, found: Mention | None, tag: OpencorporaTag, verb_end: int, at: int) -> Mention | None:
    """
    The subject of the verb of tag *tag* ending at *verb_end*: *found*, before it, or the mention after it up to
    *at*: "Слияние компаний одобрила Европейская комиссия, посчитав, что …" opens with the object; the subject that
    agrees with the verb follows it.
    """
    if found is None or found.kind not in ("org", "group") or _gender_fits(tag, found.text):
        return found
    after = mention_after(env.ctx, env.text, verb_end, at)[0]
    return after if after is not None and _gender_fits(tag, after.text) else found


def _gender_fits(verb_tag: OpencorporaTag, phrase: str) -> bool:
    """
    Whether the first noun of *phrase* may be the subject of a singular past-tense verb of tag *verb_tag* by gender
    (``одобрила`` fits ``комиссия``, not ``слияние``); any phrase fits a verb of no gender.
    """
    gender = next((g for g in ("masc", "femn", "neut") if g in verb_tag), None)
    if gender is None:
        return True
    for word in phrase.split()[:3]:
        nouns = [p for p in parse(word.lower())[:3] if p.tag.POS == "NOUN" and "nomn" in p.tag]
        if nouns:
            return any(gender in p.tag or "ms-f" in p.tag for p in nouns)
    return True


def _relative_clause_before(text: str, ss: int, verb: int) -> regex.Match[str] | None:
    """
    The relative pronoun opening the clause of the verb at *verb*, right before it or a few words before it, with no
    comma and no verb between (``министра X, который заверяет``, ``депутата Ильи Корнеева, который сразу после игры
    заявил, что``).
    """
    found = None
    coordinated = _AND_VERB_BEFORE_RE.search(text, max(ss, verb - 30), verb) is not None
    reach = _COORDINATED_RELATIVE_REACH if coordinated else _RELATIVE_REACH
    for m in _RELATIVE_IN_RE.finditer(text, max(ss, verb - reach), verb):
        found = m
    if found is None or "," in text[found.end() : verb]:
        return None
    if finite_verb_in(text, found.end(), verb) and not coordinated:
        # "министра Анны Петровой, которая ранее выразила поддержку … и заявила, что …": a second verb of the
        # relative clause, "и" before it, has the same subject.
        return None
    return found


# "и" and perhaps one word right before a verb: the second of two coordinated verbs ("выразила … и заявила").
_AND_VERB_BEFORE_RE = cache.pattern(r"(?i)[^\S\n]и[^\S\n]++(?:\p{Ll}++[^\S\n]++)?+\Z")
# How far a relative pronoun may stand before the second of two coordinated verbs of its clause.
_COORDINATED_RELATIVE_REACH = 240


def _relative_antecedent(env: _Env, comma: int, *, group: bool = False) -> Mention | None:
    """
    The one right before the comma of ``, который`` (whom the relative clause is about): a person named, or with
    *group*, people called by a plural noun before ``, которые``, as a group in the nominative (``много студентов,
    которые …`` -> ``студенты``).
    """
    before = env.ctx.people.before(comma, 1)
    if before and comma - before[0].end <= 1:
        pm = before[0]
        return mention_anywhere(env.ctx, env.text, pm.start, pm.end) or Mention(
            pm.start, pm.end, "person", env.text[pm.start : pm.end], person=pm
        )
    w = word_before(env.text, comma)
    if not group or w is None or comma - w.end > 1 or _PLURAL_RELATIVE_RE.match(env.text, comma) is None:
        return None
    for p in parse(w.text.lower())[:2]:
        if p.tag.POS == "NOUN" and {"anim", "plur"} <= p.tag.grammemes and (plural := p.inflect({"nomn", "plur"})):
            return Mention(w.start, w.end, "group", str(plural.word))
    return None


def _sentence_subject(env: _Env, ss: int, end: int, reach: int = 40) -> Mention | None:
    """
    The person who opens the sentence as its subject, when the verb is far from it.

    ``Имя Фамилия, певец, написал письмо, в котором раскритиковал премьера и
    обвинил его, заявив, что …``: the name in the nominative before the first verb.
    """
    pm = next(iter(env.ctx.persons_in(ss, end)), None)
    if pm is None or pm.case not in (None, "nomn"):
        return None
    if pm.start - ss <= reach or _opens_the_clause(env.text, ss, pm, end):
        return mention_anywhere(env.ctx, env.text, pm.start, pm.end)
    return None


def _opens_the_clause(text: str, ss: int, pm: PersonMention, end: int) -> bool:
    """
    Whether the person *pm* is named right before the sentence's first finite verb, before *end*: its subject however
    long the title before the name (``Министр … по энергопереходу, сельскому хозяйству и природе Имя Фамилия видит
    перспективы так: «…»``).
    """
    verb = word_after(text, pm.end)
    return (
        verb is not None and verb.end <= end and is_finite_verb(verb.text) and not finite_verb_in(text, ss, pm.start)
    )


# "по данным на 1 января", "согласно данным из открытых баз": a date or a place, no speaker.
# A date after "по данным": "на 1 января", "за 2015 год", "2015 года", "прошлого года".
_DATE_WHO_RE = cache.pattern(r"(?i)\s*+(?:(?:на|за|с|от|из)\s|\d{4}\s++г|(?:\p{L}++\s++)?+(?:года|месяца)(?!\p{L}))")


def _not_a_speaker(who: str) -> bool:
    """
    Whether the X of "по данным X" is no speaker: nothing, a date ("на 1 января") or a document (not a name in
    quotation marks: "по данным «Базы»" names an outlet).
    """
    if _QUOTATION_RE.fullmatch(who.strip()) is not None:
        return False
    return not who.strip() or _DATE_WHO_RE.match(who) is not None or document_source(who)


def _point_of_view(env: _Env, ss: int, se: int) -> regex.Match[str] | None:
    """
    "С точки зрения X, …" whose X can speak: a pronoun, a person, a title, a body or a group (not "с точки
    зрения закона", nor "с точки зрения результатов спортсменов": X heads the phrase).
    """
    m = _POINT_OF_VIEW_RE.match(env.text, ss, se)
    if m is None or m.group("pron"):
        return m
    if finite_verb_in(env.text, m.start("who"), m.end("who")):
        return None  # "С точки зрения политики ничего не было сделано, …": a topic, its clause before the comma
    mention = mention_anywhere(env.ctx, env.text, m.start("who"), m.end("who"))
    if mention is None or (
        mention.kind == "org" and not _CAPITALISED_RE.search(m.group("who")) and not _speaking_body(mention.text)
    ):
        return None
    # "с точки зрения результатов спортсменов": the one speaking heads the phrase (past its adjectives and titles:
    # "российских экономистов", "экономиста Имя Фамилия"), not a noun for a thing before it.
    before = words_in(env.text, m.start("who"), mention.start)
    return m if all(_modifier_or_person(w.text) for w in before) else None


def _modifier_or_person(word: str) -> bool:
    """Whether *word* first reads as an adjective, a participle or an animate noun (``российских``, ``экономиста``)."""
    first = parse(word.lower())[:1]
    if not first:
        return False
    return first[0].tag.POS in ("ADJF", "PRTF") or (first[0].tag.POS == "NOUN" and "anim" in first[0].tag)


def _according_to(env: _Env, ss: int, se: int) -> regex.Match[str] | None:
    """
    "Согласно X, …" whose X, in the dative, is a person or a named body (``Согласно Роскомнадзору``, past its
    adjectives: ``согласно китайским СМИ``), not a document (``Согласно Конституции``, ``Согласно протоколу FIA``).
    """
    m = _ACCORDING_TO_RE.match(env.text, ss, se)
    if m is None or document_source(m.group("who")):
        return None
    mention = mention_anywhere(env.ctx, env.text, m.start("who"), m.end("who"))
    if mention is None or mention.kind not in ("person", "org"):
        return None
    before = words_in(env.text, m.start("who"), mention.start)
    return m if all(reads_as(w.text.lower(), ("ADJF",), "datv") for w in before) else None


def _records(env: _Env, m: regex.Match[str], mention: Mention | None, *, people: bool) -> bool:
    """
    Whether the X of "по данным X" (match *m*, its mention *mention*) keeps records rather than speaks: a table or a
    date ("по данным статистики", "по данным на 1 января"; "по версии авторов доклада" is the authors', *people*),
    or a system of a place ("по данным пенитенциарной системы Канады": not the country's words).
    """
    if not people and _not_a_speaker(m.group("who")):
        return True
    return mention is not None and _system_of_place(env, m.start("who"), mention)


def _system_of_place(env: _Env, start: int, mention: Mention) -> bool:
    """
    Whether the source from *start* is a thing of a place, *mention*, that keeps records (``пенитенциарной системы
    США``, ``статистики Франции``), not a body of it that speaks (``властей США``).
    """
    if mention.kind != "org" or mention.start <= start or " " in mention.text or country_of(mention.text) is None:
        return False
    for w in words_in(env.text, start, mention.start):
        first = parse(w.text.lower())[:1]
        if first and first[0].tag.POS == "NOUN":
            return fold(str(first[0].normal_form)) in _RECORD_NOUNS
    return False


# Things of a place that keep records and speak for no one: "по данным пенитенциарной системы Канады".
_RECORD_NOUNS = frozenset(
    {"система", "статистика", "реестр", "база", "перепись", "учет", "мониторинг", "таблица", "рейтинг", "индекс"}
)


def _speaking_body(phrase: str) -> bool:
    """Whether the first word of *phrase* reads as a body that speaks (``организации``, ``ведомства``)."""
    words = phrase.split()
    return bool(words) and any(fold(str(p.normal_form)) in speaking_bodies() for p in parse(words[0].lower())[:1])


def _titles_closed_by_name(env: _Env, start: int, se: int) -> tuple[Mention, int] | None:
    """
    A clause of titles from *start* to its comma, ending with a person named in the genitive, and no verb: that
    person and the comma, or None.
    """
    text = env.text
    comma = text.find(",", start, min(se, start + WINDOW + 100))
    if comma < 0 or finite_verb_in(text, start, comma):
        return None
    persons = [p for p in env.ctx.persons_in(start, comma) if p.case in (None, "gent")]
    if not persons or text[persons[-1].end : comma].strip():
        return None
    found = mention_anywhere(env.ctx, text, persons[-1].start, persons[-1].end)
    return (found, comma) if found is not None and found.kind == "person" else None


def _name_set_off(env: _Env, comma: int, se: int) -> tuple[Mention, int] | None:
    """A person's name in the genitive set off by commas right after the source of ``по словам X,``, and its comma."""
    for pm in env.ctx.persons_in(comma + 1, min(se, comma + _NAME_SET_OFF_REACH)):
        after = env.text.find(",", pm.end, min(se, pm.end + 2))
        gap = env.text[comma + 1 : pm.start]
        if (gap.strip() and not _title_gap(gap)) or pm.case not in (None, "gent") or after < 0:
            return None
        found = mention_anywhere(env.ctx, env.text, pm.start, pm.end)
        return (found, after) if found is not None else None
    return None


_NAME_SET_OFF_REACH = 120


def _title_gap(gap: str) -> bool:
    """
    Whether *gap*, between the source's comma and a name, is a second title of the same person: a title word in
    lower case and in the source's genitive, then no comma (``По мнению доцента СПбГУ, специалиста по Корее Ирины
    Ланцовой, …``; not ``По его мнению, авторы обвинений в адрес Трампа, …``).
    """
    words = gap.split()
    return (
        bool(words)
        and words[0][:1].islower()
        and title_of(words[0]) is not None
        and reads_as(words[0], ("NOUN",), "gent")
        and "," not in gap
    )


# "одного из советников губернатора": one of a group after "по словам", in the genitive.
_ONE_OF_GENITIVE_RE = cache.pattern(r"(?i)\s*+(одного|одной)\s++(из\s++[^,\n]{1,80}+)")


def _po_slovam_at(env: _Env, k: int, m: regex.Match[str], se: int) -> _Cand | None:
    """The quote after a "по словам X," match *m* in a sentence ending at *se*."""
    text = env.text
    if (
        not m.group("pron")
        and m.group("noun")
        and "(" not in m.group("who")  # "по мнению переводчика книги (она вышла в …) Имя Фамилия-gen, …": an aside
        and finite_verb_in(text, m.start("who"), m.end("who"))
    ):
        return _po_slovam_unset(env, k, m, se)
    who = text[m.start("who") : m.end("who")]
    if fold(who.strip()) in _ANYONE:
        return None  # "по мнению многих, …": many, no one named
    mention = _po_source(env, m)
    # People who open the source ("авторов доклада"), not ones deep in it ("опросов социологов").
    people = (
        mention is not None
        and mention.kind in ("person", "title", "group")
        and not text[m.start("who") : mention.start].strip()
    )
    # "По оценкам, опубликованным ООН, …": the source named in the participle's phrase after the noun.
    published = _published_by(env, m.end(), se) if not who.strip() and not m.group("pron") else None
    if published is not None:
        mention = published[0]
    elif m.group("noun").lower() in _DATA_NOUNS and not m.group("pron") and _records(env, m, mention, people=people):
        return None
    if not m.group("noun") and mention is None and not _CAPITALISED_RE.search(who):
        return None  # "Если верить прогнозам, …": no source named
    comma = m.end() - 1 if published is None else published[1]
    mention, comma = _named_after_source(env, m, se, mention, comma)
    # The source of "по словам", "по оценкам" stands in the genitive; "согласно" takes the dative.
    case = "datv" if m.group().lower().lstrip().startswith("согласно") else "gent"
    s, e = trim_span(text, _past_attributive(text, comma, se, case=case) + 1, se)
    e = _before_reporting_outlet(env, k, s, e)
    if _attributes_a_quotation(env, k, s, e):
        return None  # "По данным издания, отвечая на вопрос, генерал ответил: «…»": the general's words
    # "Согласно заявлению, …" with no one named: the statement just quoted, whose author spoke last.
    inherit = mention is None and not who.strip()
    return _Cand(s, e, "indirect", "po-slovam", 2, mention, inherit=inherit, para=k) if e > s else None


def _named_after_source(
    env: _Env, m: regex.Match[str], se: int, mention: Mention | None, comma: int
) -> tuple[Mention | None, int]:
    """The speaker of a "по словам X," match *m* and the comma its quote opens after, past a name set off after X."""
    named = _name_set_off(env, comma, se)
    if named is not None:
        # "По словам одного из исследователей, Гюнтера Эккарда, …": the name set off after the source is who spoke.
        return named
    if mention is not None and mention.kind == "title":
        # "По мнению военного эксперта, экономиста и научного сотрудника института Имя Фамилия-gen, …": more
        # titles set off by commas, closed by the name they all describe.
        named = _titles_closed_by_name(env, m.end(), se)
        if named is not None:
            return named
    return mention, comma


def _po_source(env: _Env, m: regex.Match[str]) -> Mention | None:
    """The source a "по словам X," match *m* names: its pronoun, one of a group, or the mention of X."""
    if m.group("pron"):
        pron = m.group("pron").strip()
        return Mention(m.start("pron"), m.start("pron") + len(pron), "pronoun", pron)
    # "По словам одного из советников губернатора": one of a group, unnamed, in the nominative.
    one = _one_of_group(env, m.start("who"), m.end("who"), cited=False)
    if one is not None:
        return one
    mention = mention_anywhere(env.ctx, env.text, m.start("who"), m.end("who"))
    return _owner_of_relative(env, mention, m.start("who")) or mention


# A participle of making public after "По данным,": "опубликованным ООН", "приведённым в докладе ВОЗ".
_PUBLISHED_BY_RE = cache.pattern(
    r"(?i)(?:опубликованн|обнародованн|приведённ|приведенн|озвученн|представленн|предоставленн|распространённ"
    r"|распространенн)\p{L}++\s++(?P<who>[^,\n]{1,80}+),"
)


def _published_by(env: _Env, start: int, se: int) -> tuple[Mention, int] | None:
    """
    The source a participle's phrase right after a source noun with no one named names (``По оценкам, опубликованным
    ООН, …``), and the comma that closes the phrase; None if it names no one who speaks.
    """
    m = _PUBLISHED_BY_RE.match(env.text, start, se)
    if m is None:
        return None
    mention = mention_anywhere(env.ctx, env.text, m.start("who"), m.end("who"))
    if mention is None or mention.kind not in ("person", "title", "group", "org") or document_source(mention.text):
        return None
    return mention, m.end() - 1


def _attributes_a_quotation(env: _Env, k: int, s: int, e: int) -> bool:
    """
    Whether ``text[s:e]`` attributes the quotation in it: a colon and an opening mark, a speech verb in the last words
    before them, no comma after it (``генерал ответил: «…»``, ``заявил журналистам: «…»``).
    """
    text, para = env.text, env.paras[k]
    colon = _COLON_OPENS_RE.search(text, s, e)
    if colon is None:
        return False
    c = colon.start()
    return any(
        v[2].cls in ("speech", "opinion") and "," not in text[v[1] : c] and c - v[1] <= _COLON_OBJECT_REACH
        for v in para.verbs_in(s, c)
    )


# A colon and the opening mark of a quotation after it.
_COLON_OPENS_RE = cache.pattern(r":[^\S\n]*+[«„“\"]")
# How many characters a verb's object may take between it and the colon of the quotation it attributes.
_COLON_OBJECT_REACH = 30


# A source that is a quantifier alone: many or some, no one named.
_ANYONE = frozenset({"многих", "немногих", "некоторых", "большинства", "всех", "других", "иных"})


def _po_slovam_unset(env: _Env, k: int, m: regex.Match[str], se: int) -> _Cand | None:
    """
    ``По словам врачей пациент находится в тяжёлом состоянии, …``: the comma after the source left out, so a verb
    stands before the first comma. The source is the run of words in the genitive after the noun; the quote starts
    at the first word that is none (``пациент``). No source (``По некоторым сообщениям у …``), no quote.
    """
    text = env.text
    words = words_in(text, m.start("who"), se)
    n = 0
    # A name that does not decline ("По словам Роналду ни одна …") is read as a genitive too.
    owners = [pm for pm in env.ctx.persons_in(words[0].start, se) if pm.case in (None, "gent")] if words else []
    while n < len(words) and n < _UNSET_SOURCE_WORDS and (
        _source_word(words[n].text)
        or _in_name_marks(text, words[n])
        or any(pm.start <= words[n].start < pm.end for pm in owners)
    ):
        n += 1
    if n == 0 or n == len(words):
        return None
    if any(
        pm.start < words[n].start and (pm.case == "nomn" or pm.end > words[n].start)
        for pm in env.ctx.persons_in(words[0].start, words[n].end)
    ):
        return None  # "По официальным данным Уго Чавес скончался …": the name is the clause's subject, no source
    if reads_as(words[n].text, ("VERB", "PRTS"), first=True):
        # "По разным данным власти убили …", "По информации СМИ певца пришлось увезти …": the last "genitive" belongs
        # to the verb after it, and is the source's only word (no source) or opens the quote.
        if n == 1:
            return None
        n -= 1
    ws, we = words[0].start, words[n - 1].end
    if ws > 0 and text[ws - 1] in _OPENERS and text[we : we + 1] in _CLOSERS:
        ws, we = ws - 1, we + 1  # "По данным «Вестника» …": the name with its marks
    mention = mention_anywhere(env.ctx, text, ws, we)
    if mention is None or (m.group("noun").lower() in _DATA_NOUNS and _not_a_speaker(text[ws:we])):
        return None
    s, e = trim_span(text, words[n].start, se)
    return _Cand(s, e, "indirect", "po-slovam", 2, mention, para=k) if e > s else None


def _in_name_marks(text: str, w: Word) -> bool:
    """Whether word *w* is a name in quotation marks of its own (``«Форбс»``), which need not decline."""
    return w.start > 0 and text[w.start - 1] in _OPENERS and text[w.end : w.end + 1] in _CLOSERS


# The most words of a source whose comma was left out ("По сведениям некоторых изданий").
_UNSET_SOURCE_WORDS = 4


def _source_word(word: str) -> bool:
    """Whether *word* can stand in the source of ``по словам``: a genitive, or a name that does not decline."""
    if word.isupper() or not _CYRILLIC_RE.search(word):
        return True  # "СМИ", "Reuters"
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") for p in parse(word.lower())[:3])


def _reported_by_outlet(env: _Env, k: int, v: tuple[int, int, VerbForm], start: int, se: int) -> _Cand | None:
    """
    ``Сообщается, что …, сообщает РБК.``: an impersonal verb with no source, its что-clause closed by an outlet
    that reports it; the outlet speaks, and its attribution is no part of the quote.
    """
    if v[2].cls != "impersonal":
        return None
    start, end = trim_span(env.text, start, se)
    found = _reporting_outlet(env, k, start, end)
    mention = _attribution_after(env, env.paras[k], found[1])[0] if found is not None else None
    if found is None or mention is None:
        return None
    return _Cand(start, found[0], "indirect", "chto", 2, mention, v[2], para=k, anchor=v[0])


def _before_reporting_outlet(env: _Env, k: int, s: int, e: int) -> int:
    """
    The end of a quote ``text[s:e]`` before the outlet that reports its sentence at its end (``По оценкам экспертов,
    …, сообщает РБК.``): a verb of reporting after a comma, then the outlet's name to the end (else *e*).
    """
    found = _reporting_outlet(env, k, s, e)
    return found[0] if found is not None else e


def _reporting_outlet(env: _Env, k: int, s: int, e: int) -> tuple[int, tuple[int, int, VerbForm]] | None:
    """The end of ``text[s:e]`` before an outlet that reports it at its end, and the outlet's verb, if one does."""
    text = env.text
    for v in env.paras[k].verbs_in(s, e):
        comma = _COMMA_BEFORE_RE.search(text, max(s, v[0] - 4), v[0])
        if comma is None:
            continue
        if v[2].lemma in _REPORTING and _OUTLET_TAIL_RE.fullmatch(text, v[1], e) is not None:
            return trim_span(text, s, comma.start())[1], v
        if v[2].cls in ("impersonal", "passive") and _DOCUMENT_TAIL_RE.fullmatch(text, v[1], e) is not None:
            # "…, что цены вырастут, говорится в сообщении ведомства.": the document reports the whole sentence.
            return trim_span(text, s, comma.start())[1], v
    return None


# The name of an outlet that ends a sentence after its verb: " РБК", " The Guardian".
_OUTLET_TAIL_RE = cache.pattern(r"\s++[^,.!?\n]{1,40}+")
# The document an impersonal verb of saying names at a sentence's end: " в заявлении пресс-службы".
_DOCUMENT_TAIL_RE = cache.pattern(r"\s++(?:в|во|на)\s++[^,.!?\n]{1,60}+")


_MALE_RELATIVES = frozenset({"муж", "сын", "отец", "брат", "дед", "внук", "жених", "племянник", "друг"})


def _owner_of_relative(env: _Env, mention: Mention | None, start: int) -> Mention | None:
    """
    The relative who speaks in "по словам подруги Ли Харви Освальда": a noun for a person (no title) right before
    a name of the other gender owns the name; the speaker is the noun's phrase, unnamed, in the nominative.
    """
    if mention is None or mention.kind != "person" or mention.person is None:
        return None
    first = word_after(env.text, start)
    if first is None or not env.text[first.end : mention.start].isspace() or title_of(first.text) is not None:
        return None
    noun = person_noun(first.text)
    name_gender = mention.person.gender or gender_of(env.ctx.canonical(mention.person.name))
    if noun is None or name_gender is None:
        return None
    # A feminine noun before a man's name, or a man's kinship before a woman's (a masculine noun for a
    # profession names women too: "переводчика Анны Беловой").
    feminine = str(parse(first.text.lower())[0].tag.gender) == "femn"
    if not ((feminine and name_gender == "m") or (noun in _MALE_RELATIVES and name_gender == "f")):
        return None
    phrase = f"{noun} {env.text[mention.start : mention.end]}"
    return Mention(first.start, mention.end, "title", phrase, role=phrase, head=noun)


# "который" in any form, with a preposition before it: "на которые ссылается издание".
_RELATIVE_WORD = r"(?:(?:на|в|во|с|со|о|об|по|от|из|к|у|за|для|при)\s++)?+котор\p{Ll}++"
# A participle or "который" right after a comma: an attributive clause of the source, set off by commas.
# Also a relative clause opened by a noun before "которого" ("материал которого публикует …").
_ATTRIBUTIVE_RE = cache.pattern(
    rf"\s*+(?:(?:\p{{Ll}}++\s++(?=котор(?:ого|ой|ых)(?!\p{{L}})))?{_RELATIVE_WORD}|(\p{{Ll}}++))"
)
# The source cited after the one who reports: "Как сообщила газета, ссылаясь на свои источники, …", "…, уточняет
# газета, снова ссылаясь на источники, …".
_CITING_RE = cache.pattern(
    r"\s*+(?:(?:снова|вновь|опять|также|тоже|вс[её]\s++так\s++же)\s++)?+(?:со\s++ссылкой|ссылаясь)\s++на\b"
)


def _clause_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that is no decimal comma (``390,9``), or -1."""
    i = text.find(",", start, end)
    while i > 0 and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
        i = text.find(",", i + 1, end)
    return i


def _past_attributive(
    text: str, comma: int, se: int, plural: bool | None = None, case: str | None = None, *, apposition: bool = False
) -> int:
    """
    The comma that ends the source phrase of "Как отмечают аналитики, составлявшие обзор, …" (or *comma*).

    A participial or relative clause after the source (``опрошенных агентством``,
    ``который посетил завод``, ``на которые ссылается издание``) belongs to it; the quote starts after the comma
    that closes it, and so does the source it cites (``Как сообщила газета, ссылаясь на свои источники, …``).
    A participle of the other number than the source's verb (*plural*) opens the
    quote instead (``Как сообщает представитель, принятые вызовы …``), and so does one
    not in the source's *case* (``По оценкам экспертов, аккредитованный государством союз
    сможет …``: the source stands in the genitive). With *apposition*, a title set off after the source belongs to
    it too (:func:`_past_apposition`).
    """
    cited = _CITING_RE.match(text, comma + 1, se)
    m = cited or _ATTRIBUTIVE_RE.match(text, comma + 1, se)
    if m is None:
        # "Как заявил X, первый заместитель министра Имя Фамилия, …": a title set off after the source.
        return _past_apposition(text, comma, se) if apposition else comma
    if cited is None and m.group(1) is not None:
        parts = [p for p in parse(m.group(1))[:2] if p.tag.POS == "PRTF"]
        number = None if plural is None else ("plur" if plural else "sing")
        if (
            not parts
            or (number is not None and all(number not in p.tag for p in parts))
            or (case is not None and all(p.tag.case != case for p in parts))
        ):
            return _past_apposition(text, comma, se, case)
    nxt = _clause_comma(text, m.end(), min(se, m.end() + WINDOW))
    return nxt if nxt > 0 else comma


def _past_apposition(text: str, comma: int, se: int, case: str | None = None) -> int:
    """
    The comma that closes a title set off after the source (``как надеется автор, глава комитета Имя
    Фамилия (ЛДПР), станет …``): a stretch that opens with a title and holds no finite verb; else *comma*. A
    source in an oblique *case* has its title in that case (``По мнению X, доцента …``; not ``По его мнению,
    авторы обвинений в адрес Трампа, подобно Клэнси, создали …``).
    """
    first = word_after(text, comma + 1)
    if first is not None and case is not None and not reads_as(first.text, ("NOUN", "ADJF", "PRTF"), case):
        return comma
    title = _title_or_person(first.text) if first is not None and first.text[:1].islower() else None
    if title is None and first is not None and first.text[:1].islower() and reads_as(first.text, ("ADJF",)):
        # "…, первый заместитель министра Имя Фамилия, …": an adjective before the title.
        head = word_after(text, first.end)
        title = _title_or_person(head.text) if head is not None and head.text[:1].islower() else None
    if first is None or title is None:
        return comma
    nxt = _clause_comma(text, first.end, min(se, first.end + WINDOW))
    if nxt < 0 or finite_verb_in(text, first.start, nxt) or _short_predicate_in(text, first.end, nxt):
        return comma  # "По словам X, члены комитета заинтересованы в том, чтобы …": a clause, no title set off
    # A title in an oblique case (the source's: "по словам X, руководителя группы, …"), or one followed by a
    # name; "депутаты готовы принять закон" is the content, with its own subject.
    named = _CAPITALISED_RE.search(text, first.end, nxt) is not None
    if not named and can_be_nominative(first.text, title[0]) and _chained_title(text, nxt, se) is None:
        return comma  # one title alone may open the content: "депутаты готовы принять закон"
    if title_of(first.text) is None and (not named or _SPACED_DASH_RE.search(text, first.end, nxt) is not None):
        # A noun for a person that is no title sets off a description only before a name, with no dash: "…,
        # влиятельный комментатор из Гонконга, …", not "девочке 15 лет, …" or "покупатель — «Газстройпром», …".
        return comma
    for _ in range(_APPOSITIONS):
        # "Как считает Имя Фамилия, директор центра …, доктор экономических наук, …": more titles in a chain.
        more = _chained_title(text, nxt, se)
        if more is None:
            break
        nxt = more
    return nxt


# How many more titles set off by commas a chain of appositions may hold.
_APPOSITIONS = 3


def _title_or_person(word: str) -> tuple[str, str] | None:
    """The title *word* reads as, or a noun for a person read as one (``доцент``, ``житель``)."""
    noun = person_noun(word)
    return title_of(word) or ((noun, "person") if noun is not None else None)


def _chained_title(text: str, comma: int, se: int) -> int | None:
    """The comma closing a title set off after *comma* (a title first, no finite verb up to the next comma), or None."""
    first = word_after(text, comma + 1)
    if first is None or not first.text[:1].islower() or title_of(first.text) is None:
        return None
    nxt = _clause_comma(text, first.end, min(se, first.end + WINDOW))
    if nxt < 0 or finite_verb_in(text, first.start, nxt):
        return None
    return nxt


_CAPITALISED_RE = cache.pattern(r"(?<!\p{L})\p{Lu}\p{Ll}")


def _kak_or_parenthetical(env: _Env, k: int, ss: int, se: int) -> _Cand | None:
    """ "Как сообщил X, …" and "В частности, сказал он, …" opening a sentence."""
    text, para = env.text, env.paras[k]
    for v in para.verbs_in(ss + 1, min(se, ss + _SUBORDINATE_HEAD_REACH)):
        head = text[ss : v[0]]
        subordinate = _SUBORDINATE_HEAD_RE.match(head) is not None
        if v[0] - ss > _INSERTED_REACH and not subordinate:
            return None
        comma = text.find(",", v[1], min(se, v[1] + WINDOW))
        if comma < 0:
            # "Как сообщают в управлении Роспотребнадзора РБ тест-системы имеются …": no comma after the source.
            return _kak_no_comma(env, k, v, se) if _KAK_RE.match(head) else None
        s, e = trim_span(text, _past_attributive(text, comma, se, v[2].plural, apposition=True) + 1, se)
        if e <= s:
            return None
        if _KAK_RE.match(head):
            return _kak_quote(env, k, v, comma, s, e, se)
        # "Такой переход, считает X, повысит …": an inserted opinion attributes the part after it too.
        # "Если вина подтвердится, считает X, власти …": a clause that only sets a condition stands before it.
        if comma - v[1] < 60 and (subordinate or (_INTRO_RE.match(head) and not finite_verb_in(text, ss, v[0]))):
            mention = mention_after(env.ctx, text, v[1], comma)[0]
            if v[2].cls == "impersonal" or (mention is None and v[2].plural):
                # "Кроме того, отмечается в обращении, …": the document speaks; "…, считают в ведомстве, …": the body.
                mention = source_place(env.ctx, text, v[1], comma) or mention
            if mention is None:
                return None
            close = para.mark_at.get(s)
            if close is not None and close >= e - 1:
                # "Так, сказал он, «…»", "X, пишет Y, «… . …»": the words after the inserted attribution are
                # theirs, quoted, to the closing mark.
                return _Cand(s + 1, close, "direct", "parenthetical-marks", 2, mention, v[2], para=k)
            if not _reports_a_clause(text, s, e):
                return None
            return _Cand(s, e, "indirect", "parenthetical", 2, mention, v[2], para=k)
        return None
    return None


# How far into a что-clause the comma after an attribution of its own is looked for.
_ATTRIBUTION_REACH = 200


def _reports_attribution(env: _Env, k: int, s: int, se: int) -> bool:
    """
    Whether the clause at *s* is an attribution of its own, its verb before any comma: "министр во время встречи
    заявил, что …" (not "«рынок ожил», и даже другое издание признает, что …").
    """
    # The attribution's verb stands before the clause's first comma, its что-clause after it.
    comma = env.text.find(",", s, min(se, s + _ATTRIBUTION_REACH))
    para = env.paras[k]
    return comma >= 0 and any(_speaking(v) for v in para.verbs_in(s, comma)) and _inner_attribution(env, para, s, se)


def _inner_attribution(env: _Env, para: _Para, s: int, se: int) -> bool:
    """Whether the clause at *s* opens with an attribution of its own: "Как сообщили в Y, X отметила, что …"."""
    for v in para.verbs_in(s, min(se, s + 80)):
        if _denied(env.text, v):
            continue  # "…, но не рассказали родителям о том, что …": speech denied is part of what was reported
        if _speaking(v) and (
            _CHTO_RE.match(env.text, v[1], min(se, v[1] + WINDOW)) or _COLON_AFTER_RE.match(env.text, v[1], v[1] + 3)
        ):
            return True
    return False


# A source right after "Как сообщает": a few lower-case words, then a name in marks, Latin, capitals or capitalised.
_KAK_SOURCE_RE = cache.pattern(
    rf"{HS}++(?:\p{{Ll}}[\p{{Ll}}-]*+{HS}++){{0,2}}?(?:«[^»\n]{{1,40}}+»|\"[^\"\n]{{1,40}}+\""
    rf"|[A-Z][\w.-]*+(?:{HS}++[A-Z][\w.-]*+)*+|\p{{Lu}}[\p{{L}}-]*+(?:{HS}++\p{{Lu}}[\p{{L}}-]*+)?+)(?={HS})"
)


def _kak_no_comma(env: _Env, k: int, v: tuple[int, int, VerbForm], se: int) -> _Cand | None:
    """ "Как сообщает агентство «Вести» в выходные министр побывал …": the comma after the source is missing."""
    m = _KAK_SOURCE_RE.match(env.text, v[1], se)
    if m is None:
        return None
    s, e = trim_span(env.text, m.end(), se)
    if e - s < 8 or not _THREE_WORDS_RE.match(env.text, s, e):
        return None
    who = env.text[v[1] : m.end()].strip()
    mention = Mention(m.start() + len(m.group()) - len(who), m.end(), "org", who)
    if _PLACE_OPENS_RE.match(env.text, v[1], m.end()):
        # "Как сообщают в управлении X …": the place speaks, named in the nominative.
        mention = source_place(env.ctx, env.text, v[1], m.end()) or mention
    return _Cand(s, e, "indirect", "kak", 2, mention, v[2], para=k)


def _kak_quote(env: _Env, k: int, v: tuple[int, int, VerbForm], comma: int, s: int, e: int, se: int) -> _Cand | None:
    """ "Как сообщил X, …" / "Как считает X, …": the rest of the sentence (not "…, об этом …")."""
    text = env.text
    if _FIRST_PERSON_BEFORE_RE.search(text, max(0, v[0] - 30), v[0]):
        # "Как мы сообщали, …", "где, как я считал, …": the voice of the author (or of the one speaking).
        return None
    quoted = _span_at(env.paras[k].mark_spans, comma)
    if quoted is not None and quoted[0] > v[1]:
        return None  # "Как говорил X: «A, B»": the comma is the quotation's, read by the rules of quotation marks
    if _verb_outside_marks(env.paras[k], text, v[1], comma):
        return _kak_no_comma(env, k, v, se)
    if _points_back(env, k, s, se) or _inner_attribution(env, env.paras[k], s, se):
        return None
    if env.paras[k].verb_at.get(s) is not None:
        return None  # "Об этом, как сообщает ТАСС, заявил X": what follows the aside is an attribution, no content
    mention = _kak_mention(env, v, comma, s)
    rule = "kak"
    if mention is None and v[2].cls in ("impersonal", "passive"):
        if not _document_goes_on(env, k, v[0], v):
            return None  # "Как сообщалось, …": a reminder, not an attribution.
        rule = "kak-document"  # "«…», — говорится в петиции. Как отмечается, «…»": the document goes on
    if v[2].lemma in _INQUIRING and _outlet_inquiry(mention):
        return None  # "Как выяснил RT, …": an outlet's own inquiry, its author's voice
    if mention is None and v[2].plural and not text[v[1] : comma].strip() and v[2].cls == "opinion":
        return None  # "Как полагают, он будет …": a view held by no one named
    # "Как сообщил X, «…»": the rest of the sentence is one quotation, direct speech without its marks.
    kind, (s, e) = _quotation_in(env, (s, e))
    return _Cand(s, e, kind, rule, 2, mention, v[2], para=k)


def _verb_outside_marks(para: _Para, text: str, start: int, end: int) -> bool:
    """
    Whether a finite verb stands in ``text[start:end]`` outside quotation marks: a verb inside a name in quotation
    marks (``группы «Сохраним обсерваторию»``) opens no clause.
    """
    spans = para.mark_spans
    cover = _span_at(spans, start)
    pos = max(start, cover[1]) if cover is not None else start
    i = bisect.bisect_left(spans, (pos, -1))
    while i < len(spans) and spans[i][0] < end:  # the quotations opened in the stretch, nested ones skipped over
        o, c = spans[i]
        if o >= pos:
            if finite_verb_in(text, pos, o):
                return True
            pos = max(pos, c)
        i += 1
    return pos < end and finite_verb_in(text, pos, end)


def _kak_mention(env: _Env, v: tuple[int, int, VerbForm], comma: int, s: int) -> Mention | None:
    """The one "Как сообщил X, …" names between its verb *v* and its *comma* (the quote starting at *s*)."""
    text = env.text
    if _PRONOUN_BEFORE_RE.search(text, max(0, v[0] - 20), v[0]) is not None:
        return None  # "Как он сообщал журналистам, …": the pronoun before the verb speaks, not those told
    # "Как выяснили правоохранители во время допроса, …": a group in the nominative right after the verb speaks.
    group = nominative_group(text, v[1], comma) if v[2].plural else None
    mention = one_of_group(text, v[1], comma) or group or mention_anywhere(env.ctx, text, v[1], comma)
    if mention is not None and mention.kind == "group" and _told_group(text, mention):
        # "Как заявил журналистам глава района, …": those told, in the dative; the one after them speaks.
        mention = mention_anywhere(env.ctx, text, mention.end, comma)
    named = [p for p in env.ctx.persons_in(comma, s) if p.case in (None, "nomn")]
    if named and (mention is None or mention.kind != "person"):
        # "как надеется автор, глава комитета Имя Фамилия, …": the title set off after the source names it.
        mention = mention_anywhere(env.ctx, text, named[0].start, named[0].end) or mention
    if mention is None or v[2].plural or v[2].cls == "impersonal":
        mention = _kak_place(env, v, comma) or mention
    return mention


def _kak_place(env: _Env, v: tuple[int, int, VerbForm], comma: int) -> Mention | None:
    """
    The place after the verb of "Как сообщили в ведомстве, …"; after an impersonal verb, the person whose words the
    document holds ("Как следует из интервью министра Имя Фамилия, …").
    """
    place = source_place(env.ctx, env.text, v[1], comma)
    if place is not None and v[2].cls == "impersonal":
        return _person_in_source(env.ctx, env.text, place) or place
    return place


def _told_group(text: str, mention: Mention) -> bool:
    """Whether the group *mention* opens with a noun that reads only in the dative: those told (``журналистам``)."""
    first = word_after(text, mention.start)
    if first is None:
        return False
    nouns = [p for p in parse(first.text.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.case == "datv" for p in nouns)


# "По его словам он доволен …", "И по их словам …": the comma left out after a possessive, the clause opening in lower
# case.
_PO_PRONOUN_BARE_RE = cache.pattern(
    rf"(?i:{_CONNECTIVE_START})(?i:по|согласно)\s++(?P<pron>(?i:его|её|ее|их)\s++)(?P<noun>словам|мнению)(?P<who>)"
    r"\s++(?=\p{Ll})"
)
# "По словам главы концерна Имя Фамилия побережье …": the comma after the name left out; the name ends the source
# (the match ends at the space after it, where a comma would stand).
_PO_SLOVAM_HEAD_RE = cache.pattern(
    rf"(?i){_CONNECTIVE_START}(?:по|согласно)\s++{_PO_ADJ}(?:словам|мнению|заявлению|заявлениям)(?=\s)"
)
_PO_SLOVAM_TO_NAME_RE = cache.pattern(
    rf"(?i){_CONNECTIVE_START}(?:по|согласно)\s++(?P<pron>){_PO_ADJ}(?P<noun>словам|мнению|заявлению|заявлениям)"
    r"(?P<who>\s[^,:;()«»\n–—]{1,100}?)\s\Z"
)
# How far after "по словам" the name that ends an unpunctuated source may end.
_PO_NAME_REACH = 100


def _po_slovam_unpunctuated(env: _Env, ss: int, se: int) -> regex.Match[str] | None:
    """
    "По словам X …" (or "согласно заявлению X …") with no comma after X: a match ending after the name in the
    genitive that closes X, when a clause in small letters follows it.
    """
    text = env.text
    head = _PO_SLOVAM_HEAD_RE.match(text, ss, se)
    if head is None:
        return None
    for pm in env.ctx.persons_in(head.end(), min(se, head.end() + _PO_NAME_REACH)):
        if pm.case not in (None, "gent") or not _LOWER_AFTER_RE.match(text, pm.end, min(se, pm.end + 2)):
            continue
        m = _PO_SLOVAM_TO_NAME_RE.match(text, ss, pm.end + 1)
        if m is not None and finite_verb_in(text, pm.end, se):
            return m
    return None


_LOWER_AFTER_RE = cache.pattern(r"[^\S\n]\p{Ll}")
# "По сведениям некоторых изданий певец находится в больнице.": a sentence with no comma at all after its source.
_PO_NO_COMMA_RE = cache.pattern(
    rf"(?i){_CONNECTIVE_START}(?:по|согласно)\s++(?P<pron>){_PO_ADJ}(?P<noun>{_PO_NOUNS})(?P<who>\s[^,\n]++)\Z"
)


def _po_slovam_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, "indirect": "по словам X, …", "по мнению X, …", "если верить X, …", "как сообщил X, …", "В частности,
    сказал он, …".
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        found: list[_Cand] = []
        if text[ss : ss + 1] in _OPENERS:
            ss += 1  # "«По прогнозам синоптиков, …», — говорится в сообщении": reported inside the quotation
        m = (
            _PO_SLOVAM_RE.match(text, ss, se)
            or _PO_PRONOUN_BARE_RE.match(text, ss, se)
            or _BELIEVE_RE.match(text, ss, se)
            or _point_of_view(env, ss, se)
            or _according_to(env, ss, se)
            or _po_slovam_unpunctuated(env, ss, se)
        )
        bare = _PO_NO_COMMA_RE.fullmatch(text, ss, se) if m is None else None
        if m is not None:
            first = _po_slovam_at(env, k, m, se)
            found.extend([first] if first is not None else [])
        elif bare is not None:
            # "По сведениям некоторых изданий певец …": with no comma at all, the source is read as unpunctuated.
            first = _po_slovam_unset(env, k, bare, se)
            found.extend([first] if first is not None else [])
        else:
            first = _kak_or_parenthetical(env, k, ss, se)
            found.extend([first] if first is not None else [])
        found.extend(_po_slovam_mid(env, k, ss, se, found))
        found.extend(_kak_mid(env, k, ss, se, found))
        out.extend(found)
    for cand in out:
        # "По мнению X, A: «B»": the quotation after the colon is a direct quote of its own.
        colon = _COLON_QUOTATION_RE.search(text, cand.start, min(cand.end, cand.start + _COLON_REACH))
        if colon is not None and colon.start() > cand.start:
            cand.start, cand.end = trim_span(text, cand.start, colon.start())
    return out


def _particle_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, "indirect": words a particle of reported speech opens, to the end of their sentence (``тренер
    пошутил: мол, в таких случаях говорят …``, ``кричит, дескать, ты мойся``); the speaker is the subject of the
    speech verb before the particle, else the one speaking. Hearsay set off by commas (``Хотя, говорят, …``) is
    no one's.
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        m = _PARTICLE_RE.search(text, ss, se)
        if m is None:
            continue
        s, e = trim_span(text, m.end(), se)
        if e - s < _PARTICLE_MIN_CHARS:
            continue
        if m.group("said") is not None:
            # "Хотя, говорят, …": hearsay set off by commas, no one's words.
            out.append(_Cand(s, e, "indirect", "particle", 2, None, para=k))
            continue
        verbs = para.verbs_in(ss, m.start())
        mention = _talk_speaker(env, verbs[-1]) if verbs else None
        out.append(_Cand(s, e, "indirect", "particle", 2, mention, inherit=mention is None, para=k))
    return out


# A particle that reports someone's words: "мол, …", "дескать, …"; and hearsay set off by commas: ", говорят, …".
_PARTICLE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:мол|дескать|(?<=,\s?)(?P<said>говорят))\s*+,\s*+(?=\p{L})")
# The shortest words a particle reports.
_PARTICLE_MIN_CHARS = 8


# ", как заявил X, …" (or "— как пишет газета, …", ": как отметил X, …") inside a sentence; not a comparison ("так,
# как сказал X", "такие, как …", "тем, как"),
# though "Между тем, как пояснили X, …" opens with a connective.
_KAK_MID_RE = cache.pattern(
    r"(?i)(?<!(?<!\p{L})(?:так|то|такие|такой|такая|такое|таких|(?<!между\s)тем|именно|того|пор))"
    r"(?<=\p{L})(?:[,:]|[^\S\n]++[—–])\s*+(?=как\s)"
)


def _reports_a_clause(text: str, s: int, e: int) -> bool:
    """
    Whether ``text[s:e]``, after an inserted attribution, is a clause it reports: three words or more, or a finite
    verb or a predicate (``надо действовать``; not ``Первый в России, как сказано в аннотации, профессиональный
    писатель``).
    """
    return _THREE_WORDS_RE.match(text, s, e) is not None or _clause_in(text, s, e)


def _kak_mid(env: _Env, k: int, ss: int, se: int, found: list[_Cand]) -> list[_Cand]:
    """What counts, inserted attribution: "A и, как заявил X, B" gives B (the part after it) as X's quote."""
    text, para = env.text, env.paras[k]
    for mid in _KAK_MID_RE.finditer(text, ss + 1, se):
        if any(c.start <= mid.start() < c.end or c.start > mid.start() for c in found):
            continue
        before = word_before(text, mid.start() + 1)
        if before is not None and para.verb_at.get(before.start) is not None:
            continue  # "– сказал, как сообщают РИА Новости, глава ведомства": the report of an attribution
        at = mid.end()
        for v in para.verbs_in(at + 1, min(se, at + 40)):
            comma = text.find(",", v[1], min(se, v[1] + WINDOW))
            if not _KAK_RE.match(text[at : v[0]]) or comma < 0:
                break
            s, e = trim_span(text, _past_attributive(text, comma, se, v[2].plural, apposition=True) + 1, se)
            if not _reports_a_clause(text, s, e):
                return []
            cand = _kak_quote(env, k, v, comma, s, e, se) if e > s else None
            return [cand] if cand is not None else []
    return []


# A dash that closes an aside a dash opened: " — ".
_ASIDE_CLOSE_RE = cache.pattern(rf"{HS}[—–]{HS}")


def _subject_then_verb(para: _Para, ss: int, mid: int, start: int) -> bool:
    """
    Whether ", по словам X," at *mid* stands between a subject and its speech verb: no verb before it in the sentence
    from *ss*, a speech verb first after it at *start* (``Дональд Трамп, по сообщению CNN, сказал, что …``): the
    source reports the subject's words, which the verb attributes. A verb of opinion with no что-clause holds no
    words (``Украина, по словам X, согласилась на все условия``): the source reports the clause.
    """
    v = para.verb_at.get(start)
    if v is None or finite_verb_in(para.text, ss, mid):
        return False
    if _CHTO_RE.match(para.text, v[1], min(para.end, v[1] + WINDOW)) is not None:
        return True
    # A verb of speech with its words next to it, not one a thing is the subject of ("Реализация, по словам X,
    # потребует 5 млрд": the source reports the clause).
    return v[2].cls != "opinion" and _WORDS_NEXT_RE.match(para.text, v[1], min(para.end, v[1] + WINDOW)) is not None


# A verb's words right after it: a colon, a quotation, "о том" or a person it addresses ("сказал журналистам").
_WORDS_NEXT_RE = cache.pattern(r"[^\S\n]*+(?:[:«\"„“]|(?i:о(?:б)?+\s++|(?:\p{L}++\s++)?+\p{Ll}++(?<=ам|ям)(?!\p{L})))")


def _subject_follows(env: _Env, k: int, start: int) -> bool:
    """
    Whether the speech verb at *start* has its subject right after it (``В полицию, по её словам, обратился отец
    мальчика``): then the words before the source are no subject, and the source reports the whole event.
    """
    v = env.paras[k].verb_at[start]
    after = word_after(env.text, v[1])
    if after is None or after.start - v[1] > 1:
        return False
    found = mention_after(env.ctx, env.text, v[1], min(len(env.text), v[1] + _FOLLOWING_SUBJECT_REACH))[0]
    return found is not None and found.start == after.start and found.kind in ("person", "title", "group")


# How far after a verb its following subject is looked for.
_FOLLOWING_SUBJECT_REACH = 60


def _po_slovam_mid(env: _Env, k: int, ss: int, se: int, found: list[_Cand]) -> list[_Cand]:
    """ ", по словам X, …" inside a sentence: the part after it, which also ends an earlier quote there."""
    text = env.text
    out: list[_Cand] = []
    for mid in _PO_SLOVAM_MID_RE.finditer(text, ss + 1, se):
        m = (
            _PO_SLOVAM_RE.match(text, mid.end(), se)
            or _BELIEVE_RE.match(text, mid.end(), se)
            or _according_to(env, mid.end(), se)  # "…, согласно китайским СМИ, …"
        )
        if m is None or any(c.start > mid.start() for c in found):
            continue
        cand = _po_slovam_at(env, k, m, se)
        if cand is None or (
            _subject_then_verb(env.paras[k], ss, mid.start(), cand.start) and not _subject_follows(env, k, cand.start)
        ):
            continue
        opener = mid.end() - 1
        if mid.end() > mid.start() and text[opener] in _OPENERS:
            # "…: «По словам X, A»": the quotation the source opens ends the quote.
            shut = next((c for o, c, _ in quote_spans(text, opener, env.paras[k].end) if o == opener), None)
            if shut is not None and shut <= cand.end:
                cand.end = trim_span(text, cand.start, shut)[1]
        if text[mid.start() : mid.end()].strip()[:1] in ("—", "–"):
            # "— по прогнозам банка, ВВП вырастет на 5% — власти …": the aside a dash opened closes at the next dash.
            close = _ASIDE_CLOSE_RE.search(text, cand.start, min(cand.end, cand.start + _CLAUSE_CUT_REACH))
            if close is not None:
                cand.end = trim_span(text, cand.start, close.start())[1]
        for c in found:
            if c.start < mid.start() < c.end:
                c.end = trim_span(text, c.start, mid.start())[1]
        out.append(cand)
    return out


# "Как сообщил X, об этом …": the clause after the comma is not the quote.
_ABOUT_IT_RE = cache.pattern(r"(?i)(?:об\s++этом|о\s++том|это\b)")
_THIS_RE = cache.pattern(r"(?i)это\b")


def _points_back(env: _Env, k: int, s: int, se: int) -> bool:
    """
    Whether the rest of a "Как сообщил Y, …" sentence attributes to someone else.

    ``…, об этом сказал X`` and ``…, это заявил X`` do; ``…, это произошло в
    пятом туре`` is what Y reported.
    """
    if _ABOUT_IT_RE.match(env.text, s, se) is None:
        # "Как передает Y, информацию об этом опубликовал X": a noun of speech pointing back, then its verb.
        m = _OB_ETOM_RE.match(env.text, s, se)
        return m is not None and bool(m.group("noun")) and _noun_verb(env, env.paras[k], m, se) is not None
    if _THIS_RE.match(env.text, s, se) is None:
        return True
    return any(_speaking(v) for v in env.paras[k].verbs_in(s, min(se, s + 40)))


# The comma (and dash) that ends a quote right before a postposed verb: "…, – заявил".
_COMMA_BEFORE_RE = cache.pattern(rf",{HS}*+(?:([{DASHES}]){HS}*+)?\Z")
# A dash set off by spaces whose comma was left out: "… должны будут его поддерживать — рассказал RT источник".
_BARE_DASH_BEFORE_RE = cache.pattern(rf"(?<=\p{{L}}){HS}++([{DASHES}]){HS}++\Z")
# How far after the verb the speaker of an attribution after a bare dash may stand ("рассказал RT источник").
_BARE_DASH_SPEAKER_REACH = 16


def _bare_dash_attribution(
    text: str, ss: int, dash: int, v: tuple[int, int, VerbForm], mention: Mention | None
) -> bool:
    """
    Whether a dash with no comma before verb *v* sets off an attribution: the only dash of its sentence (not the
    second of a pair: "две страны — A и B — выразили"), the speaker right after the verb, the words before it no
    question ("Почему … — рассказывает X": the topics of what follows).
    """
    first = words_in(text, ss, dash)[:1]
    return (
        mention is not None
        and mention.start - v[1] <= _BARE_DASH_SPEAKER_REACH
        and not any(c in DASHES for c in text[ss:dash])
        and not (first and first[0].text.lower() in _QUESTION_WORDS)
    )
# "…, об этом сообщил X", "… — об этом рассказал X": a clause of the same sentence that points back at its start.
_BACK_POINTER_BEFORE_RE = cache.pattern(
    rf"(?:,|{HS}[{DASHES}]){HS}*+(?i:об{HS}++этом)(?P<between>(?:{HS}++[\p{{L}}-]++){{0,3}}?){HS}++\Z"
)
# How far before a postposed verb its "об этом" may stand, with a few words between ("об этом политик заявила").
_BACK_POINTER_REACH = 60
_COLON_AFTER_RE = cache.pattern(r"\s*+:")
# A capitalised word after a lower-case one: where a glued headline ends.
_GLUED_WORD_RE = cache.pattern(r"(?<=[\p{Ll}\d%)])\s++(\p{Lu}\p{Ll}*+)(?![\p{L}\p{N}])")
_NOT_CONTENT_RE = cache.pattern(
    r"(?i)(?:как\b(?!\s++(?:только|правило|и\b|бы\b|ни\b))|по\s++словам|по\s++мнению|об\s++этом|о\s++том\b"
    # "На вопросы корреспондента о том, как …, отвечает X": what was asked, an interview's introduction.
    r"|на\s++(?:\p{L}++\s++)?вопрос"
    # "По поводу же мотивов Лондона, высказался X": the topic spoken on, not what was said.
    r"|по\s++поводу\b|насч[её]т\b|касательно\b)"
)
# The verb's "о" phrase put first, up to its first comma: "О намерении добиться того, чтобы …, заявили в партии".
_TOPIC_FIRST_RE = cache.pattern(r"(?i)(?:о|об|обо)\s++\p{Ll}[^,]*+,")
# Verbs of citing, and a pronoun for the one cited right after them.
_CITING = CITING_VERBS
_OBJECT_PRONOUN_RE = cache.pattern(r"(?i)\s++(его|её|ее|их)(?!\p{L})")


def _postposed_start(env: _Env, para: _Para, ss: int, dashed: bool, taken: Collection[int]) -> int:
    """Where an unmarked quote before "…, – заявил X." starts.

    With a dash (the punctuation of direct speech) the quote runs back to the paragraph start over
    sentences that attribute nothing, when they open with a quotation mark or speak in the first or
    second person ("Отстаньте от нас. …, – заключил он."); otherwise it is the one sentence.
    """
    if not dashed or ss <= para.content or taken or para.verbs_in(para.content, ss):
        return ss
    text = env.text
    if text[para.content] in _OPENERS or _VOICE_RE.search(text, para.content, ss):
        return para.content
    return ss


def _stray_close_start(env: _Env, para: _Para, ss: int, comma: int) -> int | None:
    """Where a quotation closed by a mark with no opener before ``», – заявил`` starts, or None.

    An opening mark lost (or taken by a name in quotation marks) leaves the closing one alone: the quotation
    runs back over the sentences after the last one that holds a speech verb, and over whole paragraphs
    without one to an opening mark left unclosed there.
    """
    close = comma - 1
    if close < para.content or para.text[close] not in _CLOSERS or close in para.closes:
        return None
    start = para.content
    for a, b in para.sentences:
        if a >= ss:
            break
        if para.verbs_in(a, b):
            start = b
    if start == para.content:
        return _opened_before(env, para.index) or start
    return min(start, ss)


def _opened_before(env: _Env, k: int) -> int | None:
    """An opening mark left unclosed in one of the few paragraphs before paragraph *k*, if no attribution is between."""
    for j in range(k - 1, max(-1, k - 6), -1):
        p = env.paras[j]
        if p.kind not in TEXT_KINDS:
            return None
        for pos in range(p.end - 1, p.content - 1, -1):
            if env.text[pos] in _OPENERS and pos not in p.mark_at and not _inside(p.mark_spans, pos):
                return pos + 1
            if p.open_end and pos == p.content:
                # A paragraph opened and left open is a quotation of its own (the rules for marks read it).
                return None
            if p.verb_at.get(pos) is not None:
                return None
    return None


def _parenthetical(text: str, ss: int, se: int, v: tuple[int, int, VerbForm]) -> bool:
    """Whether verb *v* stands in an attribution inserted after a short intro, with the sentence going on after it."""
    if v[0] - ss > 60 or not _INTRO_RE.match(text[ss : v[0]]) or finite_verb_in(text, ss, v[0]):
        return False
    comma = text.find(",", v[1], min(se, v[1] + 60))
    return comma > 0 and bool(text[v[1] : comma].strip()) and trim_span(text, comma + 1, se)[1] > comma + 1


def _postposed_content(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` before "…, заявил X" can be content: three words or more, no attribution itself."""
    if e - s < 8 or not _THREE_WORDS_RE.match(text, s, e) or _NOT_CONTENT_RE.match(text, s, e):
        return False
    topic = _TOPIC_FIRST_RE.match(text, s, e)
    if topic is not None and not finite_verb_in(text, s, topic.end()):
        return False  # "О намерении добиться того, чтобы …, заявили X": the topic, no clause of its own
    # "Подобное мнение …, выразил X": a backward attribution with a stray comma, not content.
    if _SO_WITH_ASIDE_RE.fullmatch(text, s, e) is not None:
        return False  # "Так, во всяком случае, считает X": a backward attribution's aside, no content
    if _participle_phrase_subject(text, s, e):
        return False
    if _SOURCE_AT_END_RE.search(text, max(s, e - _SOURCE_AT_END_REACH), e) is not None:
        return False  # "В полицию, по её словам, обратился отец": the source inserted before the verb attributes it
    b = _OB_ETOM_RE.match(text, s, e)
    if b is None or not b.group("noun"):
        return True
    # "С таким заявлением выступил X, сообщает агентство": the verb of the attribution right after its
    # noun; "Эти данные будут опубликованы завтра, заявил X" is content.
    for w in words_in(text, b.end(), e)[:4]:
        if report_at(text, w.start, w.end) is not None or verb_at(text, w.start, w.end) is not None:
            return False
    return finite_verb_in(text, s, e)


# A comma and the word after it.
_COMMA_THEN_RE = cache.pattern(r",[^\S\n]*+(\p{L}++)")


def _participle_phrase_subject(text: str, s: int, e: int) -> bool:
    """
    Whether ``text[s:e]`` is a subject with a participle's phrase after a comma and no finite verb (``Жители
    квартала, участвующие в собрании, призвали …``): the verb's own subject, no content before it.
    """
    comma = _COMMA_THEN_RE.search(text, s, e)
    if comma is None or not reads_as(comma.group(1).lower(), ("PRTF",), first=True) or finite_verb_in(text, s, e):
        return False
    # "Рыбаки не намерены покидать залив, закрытый …": a short form before the comma is a predicate.
    predicates = (*_PREDICATES, "INFN")
    return not any(reads_as(w.text.lower(), predicates, first=True) for w in words_in(text, s, comma.start()))



# "(Однако) о том, что …" opening a sentence attributed after its content.
_ABOUT_THAT_LEAD_RE = cache.pattern(r"(?i)(?:\p{L}++[^\S\n]++){0,2}?(?:о|об)\s++том\s*+,\s*+что\s++")


def _about_that_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, "indirect": "О том, что …, X заявил" opens with the content and names its speaker after it.

    The content runs from after ``что`` to the comma before the speaker and
    the verb (``О том, что переговоры продолжатся, министр сообщил вчера``).
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        about = _ABOUT_THAT_LEAD_RE.match(text, ss, se)
        if about is None:
            continue
        for v in para.verbs_in(about.end(), se):
            if not _speaking(v) and v[2].cls != "opinion":
                continue
            cut = text.rfind(",", about.end(), v[0])
            if cut <= about.end() or _inside(para.mark_spans, cut) or "," in text[cut + 1 : v[0]]:
                continue
            mention = _subject_around(env, cut + 1, v, se) or _about_that_source(env, cut, v, se)
            s, e = trim_span(text, about.end(), cut)
            if _predicate_of_about(text, s, e):
                break  # "О том, что …, стало известно вчера, днём позже X предложил …": "о том" is another verb's
            unnamed = mention is None and _told_by_someone(text, v, se)
            if (mention is not None or unnamed) and _THREE_WORDS_RE.match(text, s, e):
                out.append(
                    _Cand(s, e, "indirect", "about-that", 2, mention, v[2], inherit=unnamed, para=k, anchor=v[0])
                )
            break
    return out


def _about_that_source(env: _Env, cut: int, v: tuple[int, int, VerbForm], se: int) -> Mention | None:
    """
    The source after an impersonal or passive verb right after the comma at *cut* of "О том, что …, сказано в письме
    X" (the person it names, else the document; not "должно быть указано на афише"), or the place after a plural
    verb in its clause ("…, сообщили в пресс-службе компании").
    """
    text = env.text
    if v[2].cls in ("impersonal", "passive"):
        if text[cut + 1 : v[0]].strip():
            return None
    elif not v[2].plural:
        return None
    end = min((i for c in ":;" if (i := text.find(c, v[1], se)) >= 0), default=se)
    place = source_place(env.ctx, text, v[1], end)
    return None if place is None else (_person_in_source(env.ctx, text, place) or place)


def _told_by_someone(text: str, v: tuple[int, int, VerbForm], se: int) -> bool:
    """
    Whether the plural verb *v* of "О том, что …, говорили давно" ends its clause with no subject after it: said by
    people the text does not name.
    """
    return v[2].plural and v[2].cls in ("speech", "report") and _NO_SUBJECT_AFTER_RE.match(text, v[1], se) is not None


# What may follow a plural verb with no subject: an adverb or two, then the end of the clause.
_NO_SUBJECT_AFTER_RE = cache.pattern(
    r"(?:[^\S\n]++(?:давно|уже|ещё|еще|не\p{L}*+|раньше|ранее|прежде|часто|много)){0,2}+[^\S\n]*+[:.;]"
)


def _predicate_of_about(text: str, s: int, e: int) -> bool:
    """Whether the last part of ``text[s:e]`` after a comma opens with a finite verb (``…, стало известно вчера``)."""
    comma = text.rfind(",", s, e)
    first = word_after(text, comma + 1) if comma > s else None
    return first is not None and first.start < e and is_finite_verb(first.text)


# "…, о чём сообщил X": a relative attribution after the content, within its sentence.
_O_CHEM_RE = cache.pattern(r",\s*+(?:о\s++ч[её]м|об\s++этом)(?=\s)")
# Parts of speech that govern a question clause ("не знал, о чём", "неизвестно, о чём"), not a relative one.
_ASKING_POS = frozenset({"VERB", "INFN", "PRED", "ADVB", "ADJS", "GRND", "PRTS"})


def _o_chem_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, backward attribution: "…, о чём сообщил X" (or "…, об этом сообщил X") makes the clause
    before it a quote of X.

    The speech verb follows ``о чём`` within a few words; the clause from the
    sentence start to the comma is the content, unless it attributes words of
    its own (``Министр заявил, что …, о чём сообщает агентство``).

    >>> t = "Завод остановил работу, о чём сообщил его директор Иван Петров."
    >>> [(q.speaker, q.text) for q in run(Doc(t), date=None)]
    [('Иван Петров', 'Завод остановил работу')]
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        m = _O_CHEM_RE.search(text, ss, se)
        if m is None:
            continue
        v = next((v for v in para.verbs_in(m.end(), min(se, m.end() + 40)) if _speaking(v)), None)
        if v is None or "," in text[m.end() : v[0]]:
            continue
        span = trim_span(text, ss, m.start())
        if not _THREE_WORDS_RE.match(text, *span) or _attributed(env, span) or _inside(para.mark_spans, m.start()):
            continue
        if any(_speaking(w) for w in para.verbs_in(*span)):
            continue  # "Как передает Day.Az, об этом сказал X": the clause before attributes, it says nothing
        last = parse(words_in(text, *span)[-1].text.lower())[:1]
        if last and last[0].tag.POS in _ASKING_POS:
            continue  # "Он не знал, о чём говорил министр": a question a verb governs
        mention = _ob_etom_mention(env, m, v, se)
        if mention is not None:
            medium = medium_in(text, ss, se)
            span = _after_inserted_o_chem(text, span, v, se) or span
            out.append(_Cand(*span, "indirect", "o-chem", 2, mention, v[2], medium, para=k, anchor=v[0]))
    return out


def _after_inserted_o_chem(
    text: str, span: tuple[int, int], v: tuple[int, int, VerbForm], se: int
) -> tuple[int, int] | None:
    """
    The words after an inserted ``о чём говорил X,`` when the words before it are no clause (``Главным итогом, о чём
    говорил X, стало решение …``): an attribution in the middle gives the part after it (settled questions).
    """
    close = text.find(",", v[1], se)
    if close < 0 or finite_verb_in(text, *span) or not finite_verb_in(text, close + 1, se):
        return None
    s, e = trim_span(text, close + 1, se)
    return (s, e) if _THREE_WORDS_RE.match(text, s, e) else None


# A relative clause set off by commas right before a verb: ", которые видели материалы, говорят".
_RELATIVE_BEFORE_RE = cache.pattern(rf",[^\S\n]*+{_RELATIVE_WORD}[^,.!?;:\n«»]*+,\s*+\Z")
# How far before a verb a relative clause may open: ", которые видели материалы, говорят", "…, который сразу
# после матча заявил, что".
_RELATIVE_REACH = 120


# A phrase set off by commas right before the verb, opening with a word in lower case.
_ASIDE_BEFORE_RE = cache.pattern(r",[^\S\n]*+(?P<w>\p{Ll}++)[^,.!?;:\n«»]*+,\s*+\Z")


# A discourse insertion set off by commas right before a verb: "США, в свою очередь, подчеркнули".
_INSERTION_BEFORE_RE = cache.pattern(rf"(?i),\s*+(?:{INSERTIONS})\s*+\Z")


def _closes_an_aside(env: _Env, ss: int, v: tuple[int, int, VerbForm], insertion: regex.Match[str] | None) -> bool:
    """
    Whether the comma before verb *v* closes a phrase or an insertion right after the verb's own subject, so that
    no content stands before it: "Математик Имя Фамилия в выступлении, посвящённом награждению коллеги, отметил
    …" (a participle's phrase), "США, в свою очередь, подчеркнули …" (an insertion after too few words).
    """
    if insertion is not None and not _THREE_WORDS_RE.match(env.text, ss, insertion.start()):
        return True
    gerund = _ASIDE_BEFORE_RE.search(env.text, max(ss, v[0] - _RELATIVE_REACH), v[0])
    if gerund is not None and reads_as(gerund.group("w"), ("GRND",), first=True):
        # "комитеты 19 стран, сославшись на доклад, потребовали …": a gerund's phrase after the verb's subject, no
        # content ("Обстановка напряжённая, отвечая на вопрос, сказал X" has a clause before the phrase).
        clause = max(env.text.rfind(",", ss, gerund.start()), ss)
        if not finite_verb_in(env.text, clause, gerund.start()):
            return True
    return _subject_before_aside(env, ss, v)


def _subject_before_aside(env: _Env, ss: int, v: tuple[int, int, VerbForm]) -> bool:
    """Whether a participle's phrase set off by commas ends right before verb *v*, after a person or title in the
    nominative that opens the sentence at *ss* (the verb's subject)."""
    aside = _participle_aside(env.text, max(ss, v[0] - _RELATIVE_REACH), v[0])
    if aside is None:
        return False
    before = mention_before(env.ctx, env.text, ss, aside.start())
    if before is None or finite_verb_in(env.text, before.end, aside.start()):
        return False  # "О решении Тарасенко остаться болельщики узнали из письма, выложенного …": a clause of its own
    if finite_verb_in(env.text, ss, before.start):
        return False  # "Они делали снимки, где был пистолет Макарова, используемый …, пишет газета": no subject
    return _nominative_person(before) or before.kind == "pronoun"


def _participle_aside(text: str, lo: int, verb_start: int) -> regex.Match[str] | None:
    """The phrase of a full participle set off by commas right before the verb (``, контролируемые X,``)."""
    m = _ASIDE_BEFORE_RE.search(text, lo, verb_start)
    return m if m is not None and reads_as(m.group("w"), ("PRTF",), first=True) else None


def _subject_around(env: _Env, lo: int, v: tuple[int, int, VerbForm], se: int) -> Mention | None:
    """
    The speaker of verb *v* named before it (from *lo*) or after it (to *se*).

    An outlet before the verb with a person after it is the one told: ``RT рассказал заместитель директора
    Анатолий Цыганков``.
    """
    relative = _RELATIVE_BEFORE_RE.search(env.text, max(lo, v[0] - _RELATIVE_REACH), v[0]) or _participle_aside(
        env.text, max(lo, v[0] - _RELATIVE_REACH), v[0]
    )
    # "Эксперты, которые изучили документы, считают", "СМИ, контролируемые группировкой X, заявляют": the subject
    # stands before the relative clause or the participle's phrase.
    before = None
    if relative is not None:
        before = mention_before(env.ctx, env.text, lo, relative.start()) or subject_before(
            env.text, lo, relative.start(), v[2].plural
        )
    if before is None or before.kind == "org":
        # "Президент X в ходе заседания правительства, которые проводятся …, выразил": the organisation before the
        # relative clause is a genitive; a person before it, found from the verb, speaks.
        whole = mention_before(env.ctx, env.text, lo, v[0])
        if whole is not None and (before is None or whole.kind != "org"):
            before = whole
    if before is not None and before.kind != "org":
        return before
    after = mention_after(env.ctx, env.text, v[1], se)[0]
    if before is None or (after is not None and _nominative_person(after)):
        return after
    return before


def _nominative_person(m: Mention) -> bool:
    """Whether *m* names a person or a title that can be a subject (not ``главе МИД Ивану Петрову``)."""
    if m.kind == "person":
        return m.person is not None and m.person.case in (None, "nomn")
    return m.kind == "title" and can_be_nominative(m.text.split()[0], m.head)


# "тот факт" after a verb: what the verb tells of is shown by a fact ("говорит тот факт, что …").
_FACT_AFTER_RE = cache.pattern(rf"(?i){HS}++(?:и{HS}++|уже{HS}++)?+(?:тот|этот|сам){HS}++факт(?!\p{{L}})")


# A source inserted right before a postposed verb ("В полицию, по её словам, обратился …"): what precedes is no
# content of the verb's subject, the words after the source are the source's.
_SOURCE_AT_END_RE = cache.pattern(
    rf"(?i),\s*+по\s++(?:(?:его|её|ее|их)\s++)?+{_PO_ADJ}{_PO_NOUNS}(?:\s++[^\s,.;:!?]++){{0,4}}+\s*+\Z"
)
_SOURCE_AT_END_REACH = 80


def _postposed_rule(env: _Env, k: int) -> list[_Cand]:
    """What counts, "indirect": "…, заявил министр." in a paragraph that does not open with a dash."""
    text, para = env.text, env.paras[k]
    if para.dash:
        return []
    out: list[_Cand] = []
    done_sentences: set[int] = set()
    for v in para.verbs:
        ss, se = _sentence_of(para, v[0])
        m, dashed = _postposed_break(text, ss, v[0])
        if m is None:
            m = _kak_at_end(text, ss, se, v)
        if ss in done_sentences or m is None or _no_postposed_verb(env, para, v, m, se):
            continue
        insertion = _INSERTION_BEFORE_RE.search(text, max(ss, m.start() - 40), m.start())
        if _closes_an_aside(env, ss, v, insertion):
            continue
        stray = _stray_close_start(env, para, ss, m.start())
        start = stray if stray is not None else _postposed_start(env, para, ss, dashed, done_sentences)
        # "…, в свою очередь, заявил X": the insertion is no part of the content.
        s, e = trim_span(text, start, insertion.start() if insertion else m.start() - (stray is not None))
        if not _postposed_content(text, s, e) or _named_subject(env, s, e):
            continue
        opened = (text[s] in _OPENERS and s < ss) or stray is not None
        if not opened and any(para.mark_at.get(o, -1) >= e - 1 for o in (s - 1, s, s + 1)):
            continue
        if insertion is not None and not any(_predicate(w.text) for w in words_in(text, s, e)):
            continue  # "Националистическое крыло эмиграции, в свою очередь, потребовало …": the subject, set off
        mention, medium = _postposed_attribution(env, para, v, m)
        inner = para.verbs_in(s, e)
        if mention is None or (mention.kind == "org" and any(_names_a_source(text, para, w) for w in inner)):
            # "Подробности озвучил X, пишет агентство": the outlet reports an attribution, not content.
            continue
        done_sentences.add(ss)
        for ps, pe, kind in _postposed_parts(text, (s, e), opened, mention, se):
            out.append(_Cand(ps, pe, kind, "postposed", 1, mention, v[2], medium, para=k))
    return out


def _no_postposed_verb(env: _Env, para: _Para, v: tuple[int, int, VerbForm], m: regex.Match[str], se: int) -> bool:
    """
    Whether the verb *v* after the break *m* attributes nothing before it: it stands in quotation marks, writes a
    thing, names its topic (``…, говорится о необходимости …``: its source stood before it) or introduces more.
    """
    text = env.text
    if _inside(para.mark_spans, m.start()) or _writes_thing(text, v):
        return True
    if _TOPIC_NOUN_AFTER_RE.match(text, v[1]) is not None:
        return True
    # "О важности … говорит тот факт, что …": a fact tells of it, no one speaks.
    ss = _sentence_of(para, v[0])[0]
    return _introduces_more(text, ss, se, v) or _FACT_AFTER_RE.match(text, v[1], se) is not None


# "о", "об" or "обо" right after a verb: what is announced, not who announced it ("объявлено о создании …"); what a
# thing indicates, not what someone said ("говорит о том"); the topic a verb of speech only names ("объявил о
# снятии").
_ABOUT_AFTER_RE = cache.pattern(r"\s++(?i:о|об|обо)\s")
# A topic right after a verb, not the anaphoric "об этом", "о нём" of an attribution ("…, сообщил об этом министр").
_TOPIC_NOUN_AFTER_RE = cache.pattern(r"\s++(?i:о|об|обо)\s++(?!(?i:этом|том|нём|нем|ней|них)(?!\p{L}))")


def _announces_thing(text: str, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether a short passive participle announces a thing rather than attributing words: one that agrees with a
    subject (``объявлен праздником``) or that names what was announced (``объявлено о создании …``).
    """
    if v[2].cls != "passive":
        return False
    return v[2].gender is not None or v[2].plural or _ABOUT_AFTER_RE.match(text, v[1]) is not None


# A relative clause right after a name: ", который …".
_RELATIVE_AFTER_RE = cache.pattern(r",\s*+котор(?:ый|ая|ое|ые)(?!\p{L})")


def _relative_after(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """The relative pronoun opening a clause right at *pos* (looked for within a few characters, before *end*)."""
    return _RELATIVE_AFTER_RE.match(text, pos, min(end, pos + 16))


def _introduces_more(text: str, ss: int, se: int, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether verb *v*, after a comma in the sentence ``text[ss:se]``, attributes what follows it rather than what
    stands before: a что-clause or a colon after it, an inserted attribution (``Но в любом случае, отметил X, B``:
    the part after it is the quote), or a future predicate (``эксперты проведут лекции, расскажут о ценностях``).
    """
    if _CHTO_RE.match(text, v[1], min(se, v[1] + WINDOW)) or _COLON_AFTER_RE.match(text, v[1], v[1] + 3):
        return True
    return _future(text[v[0] : v[1]]) or _parenthetical(text, ss, se, v)


def _future(verb: str) -> bool:
    """
    Whether the verb form *verb* (its first word, for a verb of more) can only be in the future tense (``расскажут``,
    ``заявит``; not ``констатирует``, of both aspects, which reads as the present too).
    """
    words = verb.split()
    verbs = [p for p in parse(words[0].lower()) if p.tag.POS == "VERB"] if words else []
    return bool(verbs) and all("futr" in p.tag for p in verbs)


def _named_subject(env: _Env, s: int, e: int) -> bool:
    """
    Whether ``text[s:e]``, before ``, рассказал …``, is the verb's subject set off by commas, not content: no
    finite verb, and a name in the nominative at its end (``Один из разработчиков игры, Юрий Аммосов, рассказал
    RT, как …``) or at its start before its apposition (``Елена Мясникова, основатель журнала, написала …``);
    or a name at its start before a relative clause (``Шифф, который возглавляет комитет, заявил …``).
    """
    persons = env.ctx.persons_in(s, e)
    if not persons:
        return False
    first, last = persons[0], persons[-1]
    if first.start == s and first.case in (None, "nomn") and _relative_after(env.text, first.end, e):
        return True  # "Шифф, который занимается расследованием, призвал …": the subject and its relative clause
    if last.case in (None, "nomn") and (rel := _relative_after(env.text, last.end, e)) is not None:
        if "," not in env.text[rel.end() : e]:
            return True  # "Между тем в понедельник Имя Фамилия, которая находится в СИЗО, обвинила …"
    if finite_verb_in(env.text, s, e):
        return False
    if first.start == s and first.case in (None, "nomn") and env.text.startswith(",", first.end):
        return True  # "Елена Мясникова, основатель журнала, написала диссертацию": the subject and its apposition
    return last.end == e and last.case in (None, "nomn")


def _postposed_break(text: str, ss: int, verb_start: int) -> tuple[regex.Match[str] | None, bool]:
    """
    The break before a postposed verb in the sentence from *ss* (``, заявил``, ``, — заявил``, ``— об этом
    сообщил``: a clause that points back at the words before it), and whether a dash follows its comma.
    """
    m = _COMMA_BEFORE_RE.search(text, max(ss, verb_start - 6), verb_start) or _BARE_DASH_BEFORE_RE.search(
        text, max(ss, verb_start - 6), verb_start
    )
    if m is not None:
        return m, m.group(1) is not None
    # "…, в свою очередь рассказал X": an insertion with no comma of its own between the comma and the verb.
    m = _INSERTION_THEN_VERB_RE.search(text, max(ss, verb_start - 30), verb_start)
    if m is not None:
        return m, False
    return _BACK_POINTER_BEFORE_RE.search(text, max(ss, verb_start - _BACK_POINTER_REACH), verb_start), False


# Also an adverb of time or of addition: "…, ранее сообщил X", "…, также заявил X".
_INSERTION_THEN_VERB_RE = cache.pattern(
    rf"(?i),[^\S\n]*+(?:{INSERTIONS}|ранее|накануне|позже|позднее|также|вчера|сегодня|затем|потом)[^\S\n]++\Z"
)
# ", как заметил X." closing a sentence: the words before it are X's.
_KAK_BEFORE_RE = cache.pattern(rf"(?i),{HS}*+как{HS}++\Z")


def _kak_at_end(text: str, ss: int, se: int, v: tuple[int, int, VerbForm]) -> regex.Match[str] | None:
    """
    The break before ``, как заметил X.`` when that attribution closes the sentence from *ss* to *se*, with no comma
    after it (``…, как сообщает ТАСС, это …`` goes on: the words after it are the report).
    """
    m = _KAK_BEFORE_RE.search(text, max(ss, v[0] - 8), v[0])
    if m is None or "," in text[v[1] : se] or v[2].cls not in ("speech", "opinion"):
        return None
    if _COMPARED_RE.search(text, max(ss, m.start() - _COMPARED_REACH), m.start()) is not None:
        return None  # "не всё так радужно, как утверждают чиновники": a comparison with what they say, not their words
    return m


# A correlative that ", как …" completes as a comparison: "так радужно, как", "не такой простой, как".
_COMPARED_RE = cache.pattern(r"(?i)(?<!\p{L})(?:так|такой|такая|такое|такие|столь|настолько)[^\S\n]++\p{L}++[^,\n]*+\Z")
_COMPARED_REACH = 40


def _thing_right_after(text: str, v: tuple[int, int, VerbForm], mention: Mention) -> bool:
    """
    Whether a noun for a thing stands right after verb *v*, before its *mention*: the verb's object (``отрицает
    объективность американской прессы``), so the clause is a predicate of its own, no postposed attribution.
    """
    nxt = word_at(text, v[1] + 1) if text[v[1] : v[1] + 1] == " " else None
    if nxt is None or nxt.start >= mention.start or not nxt.text[:1].islower():
        return False
    if _WORDS_OF_RE.match(text, nxt.start) is not None or _SPEECH_NOUN_RE.fullmatch(nxt.text) is not None:
        # "передает слова министра РИА Новости", "подтвердила информацию в кулуарах X": what was said, then who
        # reports it
        return False
    if set_phrase_object(nxt.text) and not text[nxt.end : mention.start].strip():
        return False  # "обращают внимание специалисты": the object of the set phrase, then who speaks
    after = word_after(text, nxt.end)
    if after is None or not after.text[:1].islower():
        return False  # "сообщает телерадиокомпания ERR", "передает радио LRT": a body named after its noun
    return _common_thing(Mention(nxt.start, nxt.end, "org", nxt.text))


def _postposed_attribution(
    env: _Env, para: _Para, v: tuple[int, int, VerbForm], brk: regex.Match[str] | None = None
) -> tuple[Mention | None, str | None]:
    """
    The speaker and medium after a postposed verb; with a medium and no subject (``…, рассказал в интервью
    RT.``), the subject left out, found by the verb's gender as a pronoun would be. A subject between the verb and
    its break *brk* speaks (``…, об этом политик заявила в интервью …``).
    """
    if brk is not None and brk.groupdict().get("between"):
        subject = mention_before(env.ctx, env.text, brk.start("between"), v[0])
        if subject is not None:
            return subject, _attribution_after(env, para, v)[1]
    mention, medium = _attribution_after(env, para, v)
    if mention is not None and _thing_right_after(env.text, v, mention):
        return None, medium  # "он эмоционален, отрицает объективность прессы и …": the verb's object, no attribution
    if brk is not None and brk.re is _BARE_DASH_BEFORE_RE:
        ss, _ = _sentence_of(para, v[0])
        if not _bare_dash_attribution(env.text, ss, brk.start(), v, mention):
            return None, medium
    if mention is None and medium is not None and v[2].gender is not None and not v[2].plural:
        mention = Mention(v[0], v[1], "pronoun", "он" if v[2].gender == "m" else "она")
    return mention, medium


def _postposed_parts(
    text: str, span: tuple[int, int], opened: bool, mention: Mention, se: int
) -> list[tuple[int, int, QuoteKind]]:
    """
    The quotes of a postposed attribution after *span*: the quotation it closes (*opened*), or the words before
    it and a clause resumed after it (``A, говорит он, B``), or only the predicate after it when *span* is a
    subject with no verb (``Погрузка в мае, сообщила компания в понедельник, снизилась на 4,5%``: What counts,
    settled questions, the part after an inserted attribution).
    """
    if opened:
        return [(*span, "direct")]
    predicate = _predicate_after(text, span, mention, se)
    if predicate is not None:
        return [(*predicate, "indirect")]
    resumed = _resumed_after(text, mention, se)
    if resumed is None:
        return [(*span, "indirect")]
    if not text.startswith("и", resumed[0]) and not _main_verb_in(text, span):
        # "А летом, добавил он, в строй будет введена …", "То, что заявляет Киев, считает он, является …": the
        # words before the attribution are no clause of their own, the clause resumed after it is the content.
        return [(*resumed, "indirect")]
    return [(*span, "indirect"), (*resumed, "indirect")]


# A clause that qualifies the words before it: ", что заявляет Киев", ", который …" (a finite verb in it is not the
# verb of the sentence).
_QUALIFYING_CLAUSE_RE = cache.pattern(rf",\s*+(?:что|{_RELATIVE_WORD})(?!\p{{L}})")


def _main_verb_in(text: str, span: tuple[int, int]) -> bool:
    """Whether *span* has a finite verb before any clause that qualifies its words (``То, что заявляет Киев``)."""
    qualifying = _QUALIFYING_CLAUSE_RE.search(text, *span)
    return finite_verb_in(text, span[0], qualifying.start() if qualifying else span[1])


def _predicate_after(text: str, subject: tuple[int, int], mention: Mention, se: int) -> tuple[int, int] | None:
    """
    The predicate after an attribution inserted between a *subject* with no verb of its own and its verb: the
    clause after the comma that closes the attribution (a few words after the speaker at most), opening with a
    finite verb.
    """
    if finite_verb_in(text, *subject):
        return None
    comma = text.find(",", mention.end, min(se, mention.end + 40))
    if comma < 0 or finite_verb_in(text, mention.end, comma):
        return None
    s, e = trim_span(text, comma + 1, se)
    first = word_after(text, s)
    if first is None or first.start != s or not finite_verb_in(text, first.start, first.end):
        return None
    return (s, e) if _THREE_WORDS_RE.match(text, s, e) else None


# Words that open no clause of their own after an inserted attribution: "…, сказал он, и добавил …".
_NO_RESUME = frozenset({"и", "а", "но", "или", "что", "когда", "где", "чей", "чья", "чьё", "чье", "чьи"})


def _resumed_after(text: str, mention: Mention, se: int) -> tuple[int, int] | None:
    """
    The clause after an attribution inserted between two: "A, говорит он, B" gives B too (What counts).

    The attribution ends at its speaker's mention and a comma; B is a clause of three words or more with a
    finite verb, not one that goes on with the speaker ("…, сказал он, и добавил", "…, сказал он, выступая")
    nor a second attribution ("…, заявила она, передаёт агентство").
    """
    comma = _COMMA_RESUME_AT_RE.match(text, mention.end, min(se, mention.end + 8))
    if comma is None:
        return None
    s, e = trim_span(text, comma.end(), se)
    first = word_after(text, s)
    low = first.text.lower() if first is not None else ""
    if low == "и" and first is not None and _new_subject_after(text, first.end, e):
        low = ""  # "…, отметил он, и потенциал этих поисков формирует …": a clause with a subject of its own
    if first is None or first.start != s or low in _NO_RESUME or reads_as(low, ("GRND",)):
        return None
    if _RELATIVE_OPENING_RE.match(text, s, e):
        return None  # "…, сказал министр, которого (слова которого) цитирует агентство": a relative clause
    if verb_at(text, first.start, first.end) is not None:
        return None  # "…, заявила глава ведомства, передаёт корреспондент": a second attribution
    if not _THREE_WORDS_RE.match(text, s, e) or not finite_verb_in(text, s, e):
        return None
    return s, e


def _new_subject_after(text: str, at: int, end: int) -> bool:
    """Whether the word after *at* is a noun or pronoun in the nominative (``и потенциал …``; not ``и добавил``)."""
    nxt = word_after(text, at)
    if nxt is None or nxt.start >= end or is_finite_verb(nxt.text):
        return False
    return reads_as(nxt.text, ("NOUN", "NPRO"), "nomn", first=True)


_COMMA_RESUME_AT_RE = cache.pattern(rf"{HS}*+,{HS}*+(?=\p{{Ll}})")
# A relative clause, its word first or after the noun it owns: "которого", "в котором", "слова которого".
_RELATIVE_OPENING_RE = cache.pattern(rf"(?:\p{{Ll}}++{HS}++)?{_RELATIVE_WORD}(?!\p{{L}})")


def _names_a_source(text: str, para: _Para, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether verb *v* inside the content before "…, пишет агентство" attributes words of its own.

    Not a passive that names no source (``Прирост отмечен в городах, говорится в отчете``), nor an opinion
    verb with no words next to it (``верблюдиха предсказывала результаты матчей, сообщает агентство``), nor a verb
    that only names a topic (``страна объявила о выходе из союза, сообщил телеканал``).
    """
    if v[2].cls == "passive" or (v[2].cls == "opinion" and not _reports_words(text, para, v)):
        return False
    if v[2].lemma in _CELEBRATING and _thing_after(text, v[1]):
        return False  # "город отмечает свой юбилей": a feast kept, no words
    if _ABOUT_AFTER_RE.match(text, v[1]) is not None:
        return False  # "страна объявила о выходе из союза, сообщил телеканал": an event the outlet reports
    if v[2].lemma in _ACTS_TOWARDS and not _reports_words(text, para, v):
        return False  # "Директор написал лидерам партий и предложил им помощь, сообщает издание": acts it reports
    return _attributes(text, para, v)


# Verbs of speech that also name an act towards someone, with no words ("написал лидерам партий", "предложил им
# помощь"): they attribute only words next to them.
_ACTS_TOWARDS = frozenset({"написать", "писать", "предложить", "предлагать"})


# Verbs of speech that also mean keeping a feast ("отмечает юбилей").
_CELEBRATING = frozenset({"отмечать", "отметить"})


def _thing_after(text: str, pos: int) -> bool:
    """Whether a lower-case inanimate noun in the accusative, or a possessive before one, follows *pos*."""
    nxt = word_after(text, pos)
    if nxt is None or text[pos : nxt.start] != " " or not nxt.text.islower():
        return False
    word = nxt
    if nxt.text in ("свой", "своё", "свое", "свою", "свои"):
        if _ANNIVERSARY_RE.match(text, nxt.end + 1) is not None:
            return True  # "свое 92-летие"
        word = word_after(text, nxt.end) or nxt
    return any(p.tag.POS == "NOUN" and p.tag.case == "accs" and "inan" in p.tag for p in parse(word.text.lower())[:2])


_ANNIVERSARY_RE = cache.pattern(r"\d++-(?:лети|тысячелети)\p{L}")


def _attributes(text: str, para: _Para, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether a speech verb inside the content attributes speech: not "не указал, кого …", "написал письмо".

    Nor an appeal, an assessment or a denial with no words reported next to it (``призвали ведомство не включать
    …``, ``отрицает причастность``, :func:`_reports_words`).
    """
    if _NOT_BEFORE_RE.search(text, max(0, v[0] - 4), v[0]) is not None or _writes_thing(text, v):
        return False
    return not _bare_object_verb(text, para, v)


# Verbs of appeal, assessment, acknowledgement and denial: their object is whom they address, what they weigh, what
# they declare or what they deny ("призвал стороны к миру", "аналитики оценивали шансы …", "суд признал его
# виновным", "отрицает причастность"); they attribute words only next to them ("«…», — призвал он", "«…», — оценил
# ситуацию эксперт", "признал, что …", "отрицает, что …").
_OBJECT_VERBS = frozenset(
    {"призвать", "призывать", "оценить", "оценивать", "признать", "признавать", "отрицать", "требовать", "потребовать"}
)


def _bare_object_verb(text: str, para: _Para, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether *v* appeals, demands, weighs, denies or holds a view with no words reported next to it (``призвали
    стороны к миру``, ``Исследования требуют воплощения``, ``отрицает причастность``, ``Россия считает базы
    угрозой``).
    """
    return (v[2].lemma in _OBJECT_VERBS or v[2].cls == "opinion") and not _reports_words(text, para, v)


def _reports_words(text: str, para: _Para, v: tuple[int, int, VerbForm]) -> bool:
    """Whether speech verb *v* has words next to it: a что-clause or colon after it, a comma or quotation before."""
    return (
        _CHTO_RE.match(text, v[1], min(para.end, v[1] + WINDOW)) is not None
        or _COLON_AFTER_RE.match(text, v[1], min(para.end, v[1] + 8)) is not None
        or _COMMA_BEFORE_RE.search(text, max(para.start, v[0] - 6), v[0]) is not None
        or any(v[1] <= o < v[1] + 4 for o in para.mark_at)
    )


_WRITING = frozenset({"написать", "писать"})


def _writes_thing(text: str, v: tuple[int, int, VerbForm]) -> bool:
    """
    "написал заявление об уходе": writing a thing, no attribution (the next word is an inanimate accusative); so is
    announcing one (:func:`_announces_thing`).
    """
    if _announces_thing(text, v):
        return True
    if v[2].lemma not in _WRITING:
        return False
    nxt = word_at(text, v[1] + 1) if text[v[1] : v[1] + 1] == " " else None
    return nxt is not None and any(
        p.tag.POS == "NOUN" and {"accs", "inan"} <= p.tag.grammemes for p in parse(nxt.text.lower())[:1]
    )


# The dictionary's tags of a name or an abbreviation: a capitalised word read so may stand inside a sentence.
_INSIDE_TAGS = PROPER_TAGS | {"Abbr"}


def _glue_start(ctx: SpeakerContext, text: str, s: int, e: int) -> int:
    """Past a headline glued to the first sentence: "… экспорт овощей В первом квартале …"."""
    for m in _GLUED_WORD_RE.finditer(text, s, min(e, s + 250)):
        word = m.group(1)
        pos = m.start(1)
        if ctx.person_at(pos, pos + 1) is not None:
            continue
        before = word_before(text, pos)
        if before is not None and not text[before.end : pos].strip() and reads_as(before.text, ("PREP",), first=True):
            continue  # "к участию в Играх-2018": a name after a preposition, inside the sentence
        ps = parse(word.lower())
        # A word the dictionary does not know is a name it lacks ("провинцию Нангархар"), no sentence's first word.
        if ps and is_known(word.lower()) and not _INSIDE_TAGS & ps[0].tag.grammemes:
            return pos
    return s


# The punctuation that ends the search for the verb after "Такие цифры".
_NOUN_STOPS = frozenset(',.;:!?()«»"')


def _so_subject_word(word: str) -> bool:
    """Whether *word* may stand in the subject between "так" and its verb: a name or a noun phrase word."""
    if word[:1].isupper():
        return True
    return any(p.tag.POS in ("NOUN", "ADJF", "NPRO") and p.tag.case in ("nomn", "gent") for p in parse(word)[:2])


# After a verb of speech, what makes it report content of its own: a colon, a quotation, a clause ("О происшествии
# сообщили в МЧС: …"; "…, и добавил, что …" and "…, но не сообщил, кому …" end the что-clause before them).
_CONTENT_AFTER_RE = cache.pattern(r"[:«\"„“]|,\s*+(?:что|чтобы|как|когда|кому|где|почему)\b|\s[–—]\s")


def _this_verb(env: _Env, para: _Para, start: int, se: int) -> tuple[int, int, VerbForm] | None:
    """
    The speech verb right after "это" in "Это сообщила мать спортсменки" (``Это говорит о том, что`` and ``Это
    указывает на обязательство`` are no attribution: a thing indicates).
    """
    w = word_after(env.text, start)
    v = para.verb_at.get(w.start) if w is not None else None
    if v is None or v[2].cls != "speech" or _ABOUT_AFTER_RE.match(env.text, v[1], se) is not None:
        return None
    if v[2].lemma in _POINTING and _ON_AFTER_RE.match(env.text, v[1], se) is not None:
        return None
    return v


# Verbs that point at something with "на": after "Это" a thing indicates ("Это указывает на …").
_POINTING = frozenset({"указывать", "указать"})
_ON_AFTER_RE = cache.pattern(r"\s++на\s")


def _topic_verb(env: _Env, para: _Para, start: int, se: int) -> tuple[int, int, VerbForm] | None:
    """
    The speech verb of "О несчастном случае сообщила полиция": a topic of one to three nouns and adjectives
    points back at what was just told, when the rest of the sentence only names who told it.
    """
    text = env.text
    for i, w in enumerate(words_in(text, start, se)[:_TOPIC_WORDS]):
        v = para.verb_at.get(w.start)
        if v is not None:
            if i == 0 or v[2].cls != "speech" or _CONTENT_AFTER_RE.search(text, v[1], se) is not None:
                return None
            return v
        low = w.text.lower()
        # "О таком решении на заседании сообщил X": the topic, then where it was told.
        if any(ch in ",;:" for ch in text[start : w.start]) or not (
            low in THIRD_PERSON_FORMS or any(p.tag.POS in ("NOUN", "ADJF", "PRTF", "PREP") for p in parse(low)[:1])
        ):
            return None
    return None


# The most words of a topic and its place before the verb: "О таком решении на заседании сообщил".
_TOPIC_WORDS = 6


def _in_lede(env: _Env, pos: int) -> bool:
    """
    Whether *pos* lies in the article's first body paragraph, past a headline line above it that the layout did
    not set apart (short, with no full stop at its end).
    """
    body = (p for p in env.paras if p.kind == "body")
    lede = next(body, None)
    if lede is not None and _HEADLINE_LINE_RE.fullmatch(env.text, lede.start, lede.end) is not None:
        lede = next(body, None)
    return lede is not None and lede.start <= pos < lede.end


# A line that reads as a headline: at most 200 characters, with no sentence's end mark at its end.
_HEADLINE_LINE_RE = cache.pattern(r"(?s).{1,200}+(?<![.!?…]|[.!?…][»\"”])\s*+")


def _ob_etom_verb(env: _Env, para: _Para, m: regex.Match[str], se: int) -> tuple[int, int, VerbForm] | None:
    """The verb of a backward attribution: a speech verb, or "привел" after "Такие цифры"."""
    if m.group("such"):
        # "Таково мнение X-gen": the noun of opinion stands for the verb, its owner for the speaker.
        return m.start("such"), m.end("such"), VerbForm("считать", "opinion", False, None)
    if m.group("this"):
        return _this_verb(env, para, m.end(), se)
    if m.group("topic"):
        return _topic_verb(env, para, m.end(), se)
    if not m.group("noun") and not m.group("so"):
        # "Об этом, как сообщает ТАСС, заявил X": the outlet's verb set off after "Об этом" reports the attribution.
        aside = _KAK_ASIDE_RE.match(env.text, m.end(), se)
        verbs = para.verbs_in(aside.end() if aside is not None else m.end(), se)
        return verbs[0] if verbs else None
    return _noun_verb(env, para, m, se)


# An outlet's attribution set off by commas: ", как сообщает ТАСС,".
_KAK_ASIDE_RE = cache.pattern(r"\s*+,\s*+(?i:как)\s++[^,!?\n]{1,60}+,")


# How many words after a noun pointing back its verb may be: "Такое заявление в ходе выступления на заседании
# комитета сделал X".
_NOUN_VERB_WORDS = 10


def _noun_verb(env: _Env, para: _Para, m: regex.Match[str], se: int) -> tuple[int, int, VerbForm] | None:
    """
    The verb after "Эту информацию" or "Так": it follows within a few words ("Это заявление будет …, добавил"
    is content, not a backward attribution).
    """
    text, prev = env.text, m.end()
    if m.group("so") and (aside := _SO_ASIDE_RE.match(text, prev, se)) is not None:
        prev = aside.end()  # "Так, во всяком случае, считает X": past the aside
    for w in words_in(text, prev, se)[:_NOUN_VERB_WORDS]:
        stop = next((i for i in range(prev, w.start) if text[i] in _NOUN_STOPS), None)
        if stop is not None:
            # "Подобное мнение в беседе с журналистами, высказал X": a stray comma right before the verb.
            if text[stop] != "," or not m.group("noun") or not text[stop + 1 : w.start].isspace():
                return None
            if finite_verb_in(text, m.end(), stop):
                # "Этот отчет будет подробным, добавил X": a sentence of content.
                return None
            v = para.verb_at.get(w.start)
            return v if v is not None and _speaking(v) else None
        prev = w.end
        v = para.verb_at.get(w.start)
        if m.group("so"):
            # "Так ответил министр", "Так пресс-секретарь Имя Фамилия прокомментировал", "Так считает эксперт": a
            # singular verb of speech or opinion after "так" and its subject ("Так обычно пишут …" is not).
            if v is None and _so_subject_word(w.text):
                continue
            return v if v is not None and _so_verb(env, v, se) else None
        found = v or _reporting_word(text, m, w)
        if found is not None:
            return found
    return None


def _reporting_word(text: str, m: regex.Match[str], w: Word) -> tuple[int, int, VerbForm] | None:
    """The word *w* after a noun pointing back (match *m*) as the verb that reports what the noun points at."""
    r = report_regex().fullmatch(text, w.start, w.end)
    vf = report_at(text, r.start(), r.end()) if r is not None else None
    if r is not None and vf is not None:
        return r.start(), r.end(), vf
    if m.group("noun") and _PASSIVE_REPORT_RE.fullmatch(text, w.start, w.end) is not None:
        return w.start, w.end, _PASSIVE_CITED  # "Такие данные приводятся на сайте биржи": the place speaks
    if m.group("noun") and (vf := _verb_of_pointed_noun(text, m, w)) is not None:
        return w.start, w.end, vf
    return None


def _so_verb(env: _Env, v: tuple[int, int, VerbForm], se: int) -> bool:
    """
    Whether *v* after "Так" attributes what precedes: a verb of speech or opinion, singular ("Так считает эксперт")
    or plural with its subject after it ("Так считают эксперты"; "Так обычно пишут" names no one) or the body that
    speaks ("Так утверждают в руководстве партии").
    """
    if not _speaking_or_opinion(v):
        return False
    if not v[2].plural or mention_after(env.ctx, env.text, v[1], se)[0] is not None:
        return True
    place_next = _PLACE_NEXT_RE.match(env.text, v[1], se) is not None
    return place_next and source_place(env.ctx, env.text, v[1], se) is not None


# A place right after a verb: "Так считают в министерстве".
_PLACE_NEXT_RE = cache.pattern(r"\s++(?:в|во|на)\s++\p{L}")


# Verbs of making a statement public, whose subject made the statement a noun before them points back at: "С
# таким заявлением выступил X", "Такое заявление сделал X", "Этот комментарий дал X".
_MAKING_STATEMENT = frozenset(
    {"выступить", "сделать", "распространить", "опубликовать", "разместить", "обнародовать", "высказать", "дать"}
)


def _verb_of_pointed_noun(text: str, m: regex.Match[str], w: Word) -> VerbForm | None:
    """
    A finite verb *w* of making a statement public of which the noun of speech pointing back (``С таким
    заявлением``, ``Такое заявление``) is no subject, so that the verb's subject made the statement (``С таким
    заявлением выступил X``, ``Такое заявление сделал X``): the noun cannot be in the nominative, or the verb's
    past-tense gender or number is not the noun's (``Это заявление вызвало критику`` is the statement's doing).
    """
    first = parse(w.text.lower())[:1]
    if not first or first[0].tag.POS != "VERB" or str(first[0].normal_form) not in _MAKING_STATEMENT:
        return None
    verb = first[0].tag
    nouns = [
        p.tag
        for x in words_in(text, m.start("noun"), m.end("noun"))
        for p in parse(x.text.lower())
        if p.tag.POS == "NOUN" and p.tag.case == "nomn"
    ]
    if nouns and (
        verb.tense != "past"
        or any(n.number == verb.number and (verb.number == "plur" or n.gender == verb.gender) for n in nouns)
    ):
        return None
    return VerbForm(str(first[0].normal_form), "report", verb.number == "plur", None)


def _names_a_place(text: str, v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether verb *v* of a backward attribution names where the words are, not who said them: an impersonal or a
    passive verb, ``содержаться``, or a short passive of publishing (``опубликована на сайте ведомства``).
    """
    if v[2].cls in ("impersonal", "passive") or v[2].lemma == "содержаться":
        return True
    return v[2].lemma in PUBLISHING and reads_as(text[v[0] : v[1]], ("PRTS",), first=True)


def _ob_etom_mention(env: _Env, m: regex.Match[str], v: tuple[int, int, VerbForm], se: int) -> Mention | None:
    """Who a backward attribution names: after the verb, or before it ("Об этом министр сообщил")."""
    ctx, text = env.ctx, env.text
    if m.groupdict().get("such"):
        return mention_anywhere(ctx, text, v[1], se)  # "Таково мнение министра Имя Фамилия": the owner, any case
    if v[2].lemma == "прозвучать":
        # "Это заявление министра прозвучало …", "Эти слова прозвучали из уст посла": the owner of the words, in
        # the genitive, no place or medium ("прозвучали в эфире канала").
        owner = mention_anywhere(ctx, text, m.end(), se)
        return owner if owner is not None and owner.kind in ("person", "title") else None
    if _names_a_place(text, v):
        referred = mention_after(ctx, text, v[1], se)[0] if "ссылк" in text[v[1] : se] else None
        if referred is not None and referred.kind in ("person", "title"):
            # "Об этом сообщается на сайте ведомства со ссылкой на заявление представителя Имя Фамилия-gen": the
            # one referred to.
            return referred
        # "Эти цифры содержатся в отчёте агентства": the source is where the words are.
        place = source_place(ctx, text, v[1], se)
        # "Об этом говорится в статье Имя Фамилия-gen": the author of the document speaks.
        return _person_in_source(ctx, text, place) or place if place is not None else None
    mention = mention_before(ctx, text, m.end(), v[0])
    after, _ = mention_after(ctx, text, v[1], se)
    if mention is None or (after is not None and "ссылк" in text[v[1] : se]):
        mention = after
    elif mention.kind in ("org", "group") and after is not None and after.kind in ("person", "title"):
        # "Об этом на заседании кабмина сообщил министр …": the person after the verb, not the occasion.
        mention = after
    elif mention.kind == "org" and (named := _apposed_name_after(env, v[1], se)) is not None:
        # "Об этом RT рассказала мать девушки, Имя Фамилия": the medium told, the person set off after the verb spoke.
        mention = named
    if v[2].plural and (mention is None or mention.kind == "org"):
        # "Об этом корреспонденту агентства сообщили в министерстве": the place speaks, not the listener.
        mention = source_place(ctx, text, v[1], se) or mention
    if mention is None and v[2].cls == "speech":
        # "Об этом сообщила полиция Нью-Джерси": a body no table lists, agreeing with the verb.
        mention = _noun_subject_after(text, v, se)
    return mention


def _apposed_name_after(env: _Env, start: int, se: int) -> Mention | None:
    """
    The person named in apposition after a few words and a comma from *start* (``мать девушки, Имя Фамилия``), in
    the nominative as the subject of the verb before it (not in the genitive of ``девушки``).
    """
    for pm in env.ctx.persons_in(start, min(se, start + _APPOSED_REACH)):
        if _APPOSED_GAP_RE.fullmatch(env.text, start, pm.start) is None:
            return None
        name = nominative(env.text[pm.start : pm.end], case="nomn")
        person = attrs.evolve(pm, name=name, surname=name.split()[-1], gender=gender_of(name), case="nomn")
        return Mention(pm.start, pm.end, "person", name, person=person)
    return None


# Up to four words and a comma before a name in apposition, and how far after the verb it may stand.
_APPOSED_GAP_RE = cache.pattern(rf"{HS}++(?:\p{{Ll}}++{HS}++){{0,3}}+\p{{Ll}}++{HS}*+,{HS}*+")
_APPOSED_REACH = 80


# The most sentences of its own paragraph a backward attribution inside it points at.
_SPAN_SENTENCES = 12


def _ob_etom_span(env: _Env, k: int, ss: int) -> tuple[int, int] | None:
    """What a backward attribution opening at *ss* points at: the paragraph so far, or the one before."""
    text, para = env.text, env.paras[k]
    if ss > para.content:
        cs = para.content
        if text[para.start : para.start + 1].isdigit():
            cs = _glue_start(env.ctx, text, cs, ss)
        # A paragraph of endless sentences: the last few before the attribution, so that each costs a bounded stretch.
        i = bisect.bisect_left(para.sentences, (ss, -1))
        if i > _SPAN_SENTENCES:
            cs = max(cs, para.sentences[i - _SPAN_SENTENCES][0])
        return trim_span(text, cs, ss)
    related = _related_links(env)
    # Past a link to another article set between ("Также по теме", its headline and teaser): the text's own words,
    # within the reach of an interview's paragraphs.
    j = next(
        (i for i in range(k - 1, max(-1, k - 1 - _INTERVIEW_REACH), -1)
         if env.paras[i].kind in TEXT_KINDS and i not in related),
        -1,
    )
    if j < 0:
        return None
    s, e = trim_span(text, env.paras[j].content, env.paras[j].end)
    words = text[s:e].split()
    if len(words) <= 3 and all(not w[:1].islower() for w in words):
        # A credit line ("ТАСС", "РИА Новости") says nothing to attribute.
        return None
    return s, e


# A verb right after a question word heads an object clause ("слышал, что говорит президент"), no attribution.
_QUESTION_WORD_RE = cache.pattern(r"(?i)(?<!\p{L})(?:что|как|кто|о\s++чем|о\s++чём)\s++\Z")


def _attributed(env: _Env, span: tuple[int, int]) -> bool:
    """
    Whether *span* holds an attribution of its own: a speech verb (an appeal only with words next to it).

    ``Президент призвал стороны подписать соглашение`` reports an act, not words; ``Минфин объявил о снятии
    ограничений`` names what was announced, whose words a backward attribution after it gives.
    """
    text = env.text
    p = env.para_at(span[0])
    return p is not None and any(
        not _QUESTION_WORD_RE.search(text, max(p.start, v[0] - 12), v[0])
        and not _bare_object_verb(text, p, v)
        and _ABOUT_AFTER_RE.match(text, v[1], min(span[1], v[1] + 6)) is None
        for v in p.verbs_in(*span)
    )




def _reports_named(env: _Env, span: tuple[int, int], mention: Mention | None) -> bool:
    """
    Whether *span* reports words with a что-clause of its own (``X заявил, что …``) whose speaker is named
    before the verb, or the backward attribution names no person (``В Кремле заявили, что …`` keeps the
    person of ``Об этом заявил Дмитрий Песков``).
    """
    text = env.text
    para = env.para_at(span[0])
    if para is None:
        return False
    for v in para.verbs_in(*span):
        if v[2].cls not in ("speech", "opinion") or not _CHTO_RE.match(text, v[1], min(span[1], v[1] + WINDOW)):
            continue
        named = bool(env.ctx.persons_in(para.content, v[0])) or _PRONOUN_BEFORE_RE.search(text, para.content, v[0])
        return bool(named) or mention is None or mention.kind != "person"
    return False


# A pronoun subject right before a verb: "Она заявила, что".
_PRONOUN_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:он|она|они)(?:\s++\p{Ll}++)?+\s++\Z")


def _after_reports(env: _Env, span: tuple[int, int]) -> tuple[int, int] | None:
    """The sentences of *span* after the last one with a verb of speech in it, if any (else None)."""
    para = env.para_at(span[0])
    if para is None:
        return None
    last = max((v[1] for v in para.verbs_in(*span)), default=span[0])
    starts = [ss for ss, _ in para.sentences if last <= ss < span[1]]
    if not starts:
        return None
    s, e = trim_span(env.text, starts[0], span[1])
    return (s, e) if e > s else None


def _after_first_sentence(env: _Env, span: tuple[int, int]) -> tuple[int, int] | None:
    """The sentences of *span* after its first, if any (else None)."""
    para = env.para_at(span[0])
    if para is None:
        return None
    starts = [ss for ss, _ in para.sentences if span[0] < ss < span[1]]
    if not starts:
        return None
    s, e = trim_span(env.text, starts[0], span[1])
    return (s, e) if e > s else None


def _names_its_source(env: _Env, span: tuple[int, int]) -> bool:
    """
    Whether *span* opens with "По словам X," naming a source of a few words before its comma, or of a longer title
    ending in a person's name ("члена комитета Совета Федерации по международным делам Имя Фамилия").
    """
    text = env.text
    m = _PO_SLOVAM_RE.match(text, span[0], span[1])
    if m is None or m.group("pron") or finite_verb_in(text, m.start("who"), m.end("who")):
        return False
    # A named source of a few words ("министра", "главы ведомства Имя Фамилия"), not a pronoun ("по его словам"
    # leaves the naming to the backward attribution) nor a comma lost in a long clause.
    who = m.group("who").split()
    if 0 < len(who) <= _SOURCE_WORDS:
        return True
    ends = m.end("who")
    return len(who) <= 2 * _SOURCE_WORDS and any(
        not text[pm.end : ends].strip() for pm in env.ctx.persons_in(m.start("who"), ends)
    )


# How many words a source after "По словам" may have; twice as many when they end in a person's name.
_SOURCE_WORDS = 6


def _noun_topic(text: str, end: int, se: int) -> str | None:
    """
    What noun "Об этом" ending at *end* goes with, if any: ``"person"`` (``Об этом человеке``) or ``"thing"``
    (``Об этом ролике``), a topic either way, not a pronoun for what was said; a noun of speech
    (``Об этом заявлении``) is none.
    """
    if not text[max(0, end - 4) : end].lower().endswith("этом"):
        return None
    after = words_in(text, end, min(se, end + 30))[:1]
    if not after or after[0].start - end > 2:
        return None
    p = parse(after[0].text.lower())[:1]
    if not p or p[0].tag.POS != "NOUN" or "loct" not in p[0].tag:
        return None
    if "anim" in p[0].tag:
        return "person"
    return None if _SPEECH_NOUN_RE.fullmatch(after[0].text) else "thing"


def _ob_etom_rule(env: _Env, k: int) -> list[_Cand]:
    """What counts, backward attribution: "Об этом сказал X", "Такие цифры привел X" quote what precedes them."""
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        m = _OB_ETOM_RE.match(text, ss, se)
        if m is None:
            after_verb = _ob_etom_after_verb(env, k, ss, se)
            if after_verb is not None:
                out.append(after_verb)
            continue
        topic = _noun_topic(text, m.end(), se)
        if topic == "person":
            continue  # "Об этом человеке говорят разное": a person talked about, nothing said before
        v = _ob_etom_verb(env, para, m, se)
        if v is not None and (_points_elsewhere(text, m, v, se) or _unvoiced(m, v)):
            v = None
        span = _ob_etom_span(env, k, ss) if v is not None else None
        if v is None or span is None or span[1] <= span[0]:
            continue
        if (m.group("topic") or topic == "thing") and not _in_lede(env, span[0]):
            # "О нынешнем аресте сообщили СМИ" deep in an article names an event told anywhere before; right
            # after the lede it attributes the lede.
            continue
        if (m.group("noun") or m.group("so") or m.group("such") or m.group("this") or m.group("topic")) and _attributed(
            env, span
        ):
            # "X заявил, что …. Такое заявление X сделал на форуме": the earlier attribution stands, unless it names
            # no one ("В Кремле не исключили, что …. Такое заявление сделал Имя Фамилия").
            span = _unnamed_clause(env, span, _ob_etom_mention(env, m, v, se))
            if span is None:
                continue
        mention = _span_subject(env, span, _ob_etom_mention(env, m, v, se))
        if mention is None and v[2].lemma == "прозвучать":
            continue  # "Эти слова прозвучали в эфире": whose words is left unsaid
        span = _pointed_at(env, span, mention)
        if span is None:
            continue
        medium = medium_in(text, ss, se)
        kind, span = _quotation_in(env, span)
        out.append(_Cand(span[0], span[1], kind, "ob-etom", 2, mention, v[2], medium, para=k, anchor=v[0]))
    return out


def _unvoiced(m: regex.Match[str], v: tuple[int, int, VerbForm]) -> bool:
    """
    Whether the pointer's noun names something put forward (a proposal, a call: :data:`_VOICED_NOUN`) and its verb
    *v* does not voice it (``С этой инициативой не согласились``, ``Соответствующее предложение опубликовано``).
    """
    noun = m.group("noun")
    return bool(noun) and _VOICED_NOUN_RE.search(noun) is not None and v[2].lemma not in _VOICING


def _points_elsewhere(text: str, m: regex.Match[str], v: tuple[int, int, VerbForm], se: int) -> bool:
    """
    Whether a pointer's noun of speech and its verb *v* attribute nothing before them: ``Такой показатель говорит о
    том, что …`` (what a figure indicates, its own clause after it), ``Такого же мнения придерживается и X`` (X
    agrees with words someone else said before).
    """
    if not m.group("noun"):
        return False
    if _CHTO_RE.match(text, v[1], min(se, v[1] + WINDOW)):
        return True
    return _SAME_AS_WELL_RE.search(m.group()) is not None and _AS_WELL_RE.match(text, v[1], se) is not None


# "же" in a pointer ("Такого же мнения"), and "и" ("also") right after its verb: another holds the same view.
_SAME_AS_WELL_RE = cache.pattern(r"(?i)(?<!\p{L})же(?!\p{L})")
_AS_WELL_RE = cache.pattern(r"[^\S\n]++и[^\S\n]")


def _dash_pointer_rule(env: _Env, k: int) -> list[_Cand]:
    """
    What counts, backward attribution inside a sentence: ``Рост составит 5% — такие данные привёл X`` quotes the
    words before the dash, as ``Такие данные привёл X`` opening the next sentence would (a noun of speech with a
    demonstrative; ``— об этом сообщил X`` is read by the postposed rule).
    """
    text, para = env.text, env.paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        for dash in _DASH_POINTER_RE.finditer(text, ss, se):
            m = _OB_ETOM_RE.match(text, dash.end(), se)
            v = _noun_verb(env, para, m, se) if m is not None and m.group("noun") else None
            s, e = trim_span(text, ss, dash.start())
            if v is None or m is None or not _THREE_WORDS_RE.match(text, s, e) or para.verbs_in(s, e):
                continue  # too short, or a clause with a verb of speech of its own
            if any(fold(w.text) in _FUTURE_FORMS for w in words_in(text, m.end(), v[0])):
                continue  # "— эти сведения будут опубликованы в …": what is yet to be published, no one's words
            mention = _ob_etom_mention(env, m, v, se)
            if mention is not None:
                out.append(_Cand(s, e, "indirect", "ob-etom", 2, mention, v[2], para=k, anchor=v[0]))
                break
    return out


# A dash inside a sentence, spaces around it: "… — такие данные привёл X".
_DASH_POINTER_RE = cache.pattern(rf"{HS}++[{DASHES}]{HS}++")


def _unnamed_clause(env: _Env, span: tuple[int, int], mention: Mention | None) -> tuple[int, int] | None:
    """
    The что-clause of the first verb of speech in *span* whose subject names no one (``В Кремле не исключили, что
    …``), which a backward attribution naming a person (*mention*) gives its speaker; None when its subject is
    named or the attribution names no person.
    """
    para = env.para_at(span[0])
    if para is None or mention is None or mention.kind not in ("person", "title"):
        return None
    text = env.text
    for v in para.verbs_in(*span):
        if v[2].cls not in ("speech", "opinion"):
            continue
        if _inside(para.mark_spans, v[0]):
            return None  # "«… X заявлял, что …»": words in a quotation, whose speaker is the quotation's
        chto = _CHTO_RE.match(text, v[1], min(span[1], v[1] + WINDOW))
        ss, se = _sentence_of(para, v[0])
        if chto is None or env.ctx.persons_in(ss, v[0]) or _PRONOUN_BEFORE_RE.search(text, ss, v[0]):
            return None
        if (found := mention_before(env.ctx, text, ss, v[0])) is not None and found.kind in ("person", "title"):
            return None
        s, e = trim_span(text, chto.end(), min(se, span[1]))
        return (s, e) if e > s else None
    return None


# "об этом" right after a speech verb: "Министр сообщил об этом журналистам".
_ABOUT_THIS_AFTER_RE = cache.pattern(r"[^\S\n]++об[^\S\n]++этом(?!\p{L})(?![^\S\n]++же(?!\p{L}))")
# The most words a subject before such a verb may have ("Представитель штаба кандидата Имя Фамилия").
_SUBJECT_FIRST_WORDS = 8


def _ob_etom_after_verb(env: _Env, k: int, ss: int, se: int) -> _Cand | None:
    """
    ``X сообщил об этом журналистам``, ``Они рассказали об этом в соцсети``: the subject first, then a speech verb
    and ``об этом`` (not ``об этом же``, the same news told again), quote what precedes the sentence as ``Об этом
    сообщил X`` does.
    """
    text, para = env.text, env.paras[k]
    v = next(iter(para.verbs_in(ss, se, 1)), None)
    if v is None or v[2].cls != "speech" or _ABOUT_THIS_AFTER_RE.match(text, v[1], se) is None:
        return None
    if any(c in ":;«»\"" for c in text[ss : v[0]]) or len(words_in(text, ss, v[0])) > _SUBJECT_FIRST_WORDS:
        return None  # the subject before the verb, with at most a time set off by commas ("Во вторник, 6 марта, он")
    if _TRIGGER_RE.search(text, ss, v[0]) is not None or any("futr" in p.tag for p in parse(text[v[0] : v[1]])[:1]):
        return None  # "По данным СМИ, X объявит об этом в среду": a source's forecast of what X will say
    mention = mention_before(env.ctx, text, ss, v[0])
    if mention is None or mention.kind not in ("person", "title", "pronoun", "org", "group"):
        return None
    span = _ob_etom_span(env, k, ss)
    if span is None or span[1] <= span[0] or _attributed(env, span):
        return None  # "X заявил, что …. Он сказал об этом на встрече": the earlier attribution stands
    span = _pointed_at(env, span, mention)
    if span is None:
        return None
    kind, span = _quotation_in(env, span)
    return _Cand(span[0], span[1], kind, "ob-etom", 2, mention, v[2], medium_in(text, ss, se), para=k, anchor=v[0])


def _pointed_at(env: _Env, span: tuple[int, int], mention: Mention | None) -> tuple[int, int] | None:
    """What of *span* a backward attribution naming *mention* points at, past attributions of its own."""
    if _reports_named(env, span, mention):
        # "Тереза Мэй заявила, что …. Об этом глава правительства рассказала …": the что-clause stands; the
        # sentences after it, if any, are what the attribution points at ("X сообщил, что A. При этом B. Об
        # этом он заявил …").
        found = _after_reports(env, span)
        if found is None:
            return None
        span = found
    if _names_its_source(env, span) or _attributed_after(env, span):
        # "По словам министра, …. Об этом он рассказал", "A, сообщила X. B. Об этом пишет Y": the sentence names
        # its source itself; the sentences after it, if any, are what the attribution points at ("По данным ОЭСР,
        # A. B. Об этом рассказал X").
        return _after_first_sentence(env, span)
    return span


def _attributed_after(env: _Env, span: tuple[int, int]) -> bool:
    """Whether the first sentence of *span* ends in an attribution of its own: "A, сообщила синоптик X."."""
    para = env.para_at(span[0])
    if para is None:
        return False
    ss, se = _sentence_of(para, span[0])
    for v in para.verbs_in(ss, min(se, span[1])):
        if v[2].cls == "speech" and _COMMA_BEFORE_RE.search(env.text, max(ss, v[0] - 4), v[0]) is not None:
            after = mention_after(env.ctx, env.text, v[1], se)[0]
            # "…, отрицает объективность прессы": the verb's object, a predicate of the sentence's own subject.
            return after is not None and not _thing_right_after(env.text, v, after)
    return False


def _span_subject(env: _Env, span: tuple[int, int], mention: Mention | None) -> Mention | None:
    """
    The person who opens the words a backward attribution points at, when its pronoun or title fits them.

    ``Владимир Путин согласился … . Об этом российский президент заявил``: the
    subject of what was said is who the title stands for, not a name inside it.
    """
    if mention is None or mention.kind not in ("pronoun", "title"):
        return mention
    for pm in env.ctx.persons_in(span[0], min(span[1], span[0] + 60)):
        if pm.start - span[0] <= 25 and pm.case in (None, "nomn") and env.ctx.fits(mention, pm):
            return mention_anywhere(env.ctx, env.text, pm.start, pm.end) or mention
        break
    return mention


def _quotation_in(env: _Env, span: tuple[int, int]) -> tuple[QuoteKind, tuple[int, int]]:
    """A span that is one quotation ("«…»" then "Так ответил X") is direct speech without its marks."""
    p = env.para_at(span[0])
    close = p.mark_at.get(span[0], -1) if p is not None else -1
    if close >= span[1] - 1:
        inner = trim_span(env.text, span[0] + 1, close)
        if inner[1] > inner[0]:
            return "direct", inner
    return "indirect", span


# An aside right after "Так" of a backward attribution: "Так, во всяком случае, считает X".
_SO_ASIDE_RE = cache.pattern(rf"(?i),\s*+{_AT_LEAST},")
_SO_WITH_ASIDE_RE = cache.pattern(rf"(?i)так\s*+,\s*+{_AT_LEAST}")

_ParaRule = Callable[[_Env, int], list[_Cand]]
# --- rules: embedded posts -------------------------------------------------------

# The signature under a post embedded from a social network: "— Имя Фамилия (@handle)", "Публикация от Name (@handle)",
# "Видео опубликовано Name (@handle)".
_EMBED_SIGNATURE_RE = cache.pattern(
    rf"{HS}*+(?:[{DASHES}]|Публикация{HS}++от|(?:Видео|Фото){HS}++опубликовано){HS}*+(?P<who>[^()\n@]{{2,80}}?){HS}*+\(@[\w.]{{1,40}}+\){HS}*+\Z"
)
# A line that is only a link or a handle, between a post and its signature or inside the post.
_LINK_LINE_RE = cache.pattern(rf"{HS}*+(?:(?:https?://|pic\.twitter\.com/)\S++|@\w{{1,40}}+){HS}*+\Z")
# A line of a post that labels the link below it: "Full results:", "Подробнее:", "Смотрите здесь:".
_LINK_LABEL_RE = cache.pattern(rf"{HS}*+[^\s:]{{1,20}}+(?:{HS}++[^\s:]{{1,20}}+){{0,2}}+{HS}*+:{HS}*+\Z")
# A link that closes the text of a post: "… pic.twitter.com/AbC", "… https://t.co/AbC".
_TRAILING_LINK_RE = cache.pattern(r"\s*+(?:(?:https?://|pic\.twitter\.com/)\S++\s*+)++\Z")


def _embed_rule(env: _Env, k: int) -> list[_Cand]:
    """
    A post embedded from a social network: its text, the paragraph above its signature, is a direct quote
    of the signature's author (What counts, "Quotes").
    """
    text, paras = env.text, env.paras
    j = k + 1
    while j < len(paras) and _is_line(_LINK_LINE_RE, text, paras[j]):
        j += 1
    if j >= len(paras) or _EMBED_SIGNATURE_RE.match(text, paras[j].start, paras[j].end) is None:
        return []
    if k > 0 and _is_line(_LINK_LABEL_RE, text, paras[k]):
        k -= 1  # "… record" / "Full results:" / "https://t.co/…": the label of the post's link; its words are above
    first, last = _post_lines(text, paras, k)
    if _tags_only(text, paras[first : last + 1]):
        return []  # a post of hashtags only ("#MAGA" / "#POTUS"): its words did not reach the page
    para = paras[first]
    opening_handle = first < last and _is_line(_HANDLE_LINE_RE, text, para)  # "@POTUS" / "and King Salman …"
    if (_is_line(_LINK_LINE_RE, text, para) and not opening_handle) or para.dash or _reports_its_author(env, para):
        return []
    if _NAME_COLON_QUOTATION_RE.match(text, para.content, para.end) is not None:
        return []  # "Роберто Манчини: «…»" / "— ФК «Зенит» (@zenit_spb)": the post quotes someone, whose words they are
    k, start = first, para.content
    if text[start : start + 1].islower() and k >= 2 and _is_line(_LINK_LINE_RE, text, paras[k - 1]):
        # "Второй гол" / "@Команда" / "забил Имя Фамилия!": a handle on its own line inside the post; after a
        # finished sentence of the article the post opens with the handle ("@POTUS" / "and King Salman …").
        finished = text[paras[k - 2].start : paras[k - 2].end].rstrip().endswith((".", "!", "?", "…"))
        start = paras[k - 1].content if finished else paras[k - 2].content
    while last > first and _is_line(_LINK_LINE_RE, text, paras[last]):
        last -= 1  # "https://t.co/…" / "pic.twitter.com/…": the post's links, no words
    end = paras[_before_closing_tags(text, paras, first, last)].end
    tail = _TRAILING_LINK_RE.search(text, start, end)
    if tail is not None:
        end = tail.start()
    s, e = trim_span(text, start, end)
    if _not_a_post_text(text, (s, e), paras[j]):
        return []
    if first == last and (named := _post_quoting(env, para, e)) is not None:
        s, e = trim_span(text, named[0] + 1, e)
        return [_Cand(s, e, "direct", "embed", 3, named[1], para=k)] if e > s else []
    return [_Cand(s, e, "direct", "embed", 3, _embed_author(env, paras[j]), para=k)]


def _not_a_post_text(text: str, span: tuple[int, int], signature: _Para) -> bool:
    """
    Whether *span* above a post's *signature* is not the post's text: too long for one (:func:`_too_long_for`), or
    a caption of tags, scores and emoji with fewer than :data:`_POST_WORDS` words of its own (``🇨🇳 #F1``, ``Швец
    46' #РФПЛ 0:0``), which says nothing.
    """
    return _too_long_for(text, span, signature) or _post_words(text, *span) < _POST_WORDS


# A link: a stretch with no white space that holds a slash ("https://t.co/AbC", "pic.twitter.com/AbC").
_LINK_STRETCH_RE = cache.pattern(r"\S*+/\S*+")
# The fewest words of its own a post says something in ("Ох и похожи", "Incoming! Knockdown").
_POST_WORDS = 2


def _post_words(text: str, start: int, end: int) -> int:
    """
    The words of a post's text ``text[start:end]`` that are its own: of two letters or more, no figure in them, not
    a hashtag or a handle (``#НашФутбол``, ``@handle``, ``#12тур``), and not part of a link.
    """
    links = [m.span() for m in _LINK_STRETCH_RE.finditer(text, start, end)]
    own = (w for w in words_in(text, start, end) if len(w.text) > 1 and w.text.isalpha())
    return sum(1 for w in own if not _glued_on(text, w.start) and not any(s <= w.start < e for s, e in links))


def _glued_on(text: str, at: int) -> bool:
    """Whether the word at *at* is glued to a tag's or a handle's sign or to the letters before it (``#12тур``)."""
    before = text[at - 1 : at] if at > 0 else ""
    return bool(before) and (before in "#@_./" or before.isalnum())


# The longest text of a tweet (280 characters), with room for the line breaks of its handles and tags.
_TWEET_CHARS = 300


def _too_long_for(text: str, span: tuple[int, int], signature: _Para) -> bool:
    """
    Whether *span* is empty, or too long for the text of a tweet signed by *signature* (``— Имя (@handle)``, not an
    Instagram post's ``Публикация от``): 280 characters at most, so a longer paragraph above is the article's own,
    the post a picture.
    """
    s, e = span
    return e <= s or (e - s > _TWEET_CHARS and "Публикация" not in text[signature.start : signature.end])


def _before_closing_tags(text: str, paras: Sequence[_Para], first: int, last: int) -> int:
    """
    The last line of a post's words from *first* to *last*: hashtags on lines of their own after a finished
    sentence tag the post and stay out (``Победа!`` / ``#Лига``); after words that go on they are words of it
    (``Great news at the`` / ``#Oscars``).
    """
    words = last
    while words > first and any(_is_line(line, text, paras[words]) for line in (_TAG_LINE_RE, _PUNCT_LINE_RE)):
        words -= 1  # "#MexicoGP" / "🇲🇽" / "#F1": a flag among the tags
    if words < last and _ENDS_SENTENCE_RE.search(text, paras[words].start, paras[words].end):
        return words
    return last


def _post_quoting(env: _Env, para: _Para, end: int) -> tuple[int, Mention] | None:
    """
    The colon and the person of a post of one line that quotes someone as a headline does: ``Имя: слова`` /
    ``https://t.co/…`` / ``— Агентство (@handle)`` quotes the one named, not the outlet that signs it.
    """
    colon = _headline_colon(env.text, para)
    if not 0 <= colon < end:
        return None
    quoted = _headline_speaker(env, para, para.content, colon)
    return (colon, quoted) if quoted is not None and quoted.kind == "person" else None


# A line that is a name, a colon and a quotation: "Роберто Манчини: «Возможно, …»".
_NAME_COLON_QUOTATION_RE = cache.pattern(
    rf"\p{{Lu}}\p{{Ll}}++(?:{HS}++\p{{Lu}}[\p{{Ll}}-]++){{0,2}}+{HS}*+:{HS}*+[«\"„“][^\n]{{2,400}}?[»\"”“][.!?…]?+{HS}*+\Z"
)


def _reports_its_author(env: _Env, para: _Para) -> bool:
    """
    Whether *para*, above a post's signature, is the article telling what the author said (``При этом он уточнил,
    что …``): the post's own words did not reach the page.
    """
    text = env.text
    return any(
        _CHTO_RE.match(text, v[1], min(para.end, v[1] + WINDOW)) is not None
        and _PRONOUN_BEFORE_RE.search(text, max(para.start, v[0] - 40), v[0]) is not None
        for v in para.verbs
    )


def _tags_only(text: str, lines: Sequence[_Para]) -> bool:
    """
    Whether a post's *lines* hold hashtags only: every line is one of hashtags, or the first is a line of the
    article, in Cyrillic only, above hashtags in Latin letters (``… создание мемов`` / ``#ThingsHeCouldSave``; not
    ``Tonight on 1TV! / Сегодня на Первом канале!`` / ``#kvyat``).
    """
    tags = [_is_line(_TAG_LINE_RE, text, p) for p in lines]
    if all(tags):
        return True
    return (
        all(tags[1:])
        and len(tags) > 1
        and _CYRILLIC_RE.search(text, lines[0].start, lines[0].end) is not None
        and _LATIN_OUTSIDE_TAGS_RE.search(text, lines[0].start, lines[0].end) is None
        and not any(_CYRILLIC_RE.search(text, p.start, p.end) for p in lines[1:])
    )


_CYRILLIC_RE = cache.pattern(r"\p{Cyrillic}")
_LATIN_RE = cache.pattern(r"\p{Latin}")
# A word in Latin letters that is no hashtag or handle ("хэштегом #BoycottX" is a line in Cyrillic).
_LATIN_OUTSIDE_TAGS_RE = cache.pattern(r"(?<![#@\w])\p{Latin}")


def _post_lines(text: str, paras: Sequence[_Para], k: int) -> tuple[int, int]:
    """
    The first and last lines of a post whose last line is ``paras[k]``: a post's hashtags stand on lines of
    their own after its text (``First footage`` / ``#Jableh`` / ``#Syria`` / ``.``), and the text is the line
    above them; a line of punctuation only closes no post. A hashtag or a handle inside the text breaks it into
    lines too: a line that goes on in small letters or after a comma is still the post's, and so are the handles
    and punctuation above it (``those who deny`` / ``#GlobalWarming`` / ``might be too late``; ``reporter``
    / ``@ToursFC`` / ``/`` / ``@VAFC`` / ``, et de faire …``).
    """
    first = last = k
    while last > 0 and _is_line(_PUNCT_LINE_RE, text, paras[last]):
        last -= 1
    first = last
    tags = 0
    texted = False  # whether a line of words stands below (then a handle above hashtags is inside the text)
    while first > 0 and last - first < _MAX_POST_LINES and not paras[first - 1].dash:
        cur, prev = paras[first], paras[first - 1]
        tag = _is_line(_TAG_LINE_RE, text, cur)
        tags += tag
        inline = _is_line(_TAG_LINE_RE, text, prev) or _is_line(_HANDLE_LINE_RE, text, prev)
        goes_on = _post_goes_on(text, cur, after_tag=inline) or _latin_below_latin(text, cur, prev)
        if (not tag and not goes_on) or tags > _MAX_TAG_LINES:
            break
        if (
            not tag
            and text[prev.start : prev.end].rstrip().endswith((".", "!", "?", "…"))
            and _CYRILLIC_RE.search(text, prev.start, prev.end) is not None
        ):
            # "… сказал он." / "@POTUS" / "and King Salman …": after a finished sentence of the article the post
            # opens here ("Are they crazy?" / "@WSJ" / …: a sentence in Latin letters is the post's own).
            break
        if _is_line(_LINK_LINE_RE, text, prev):
            if not _is_line(_HANDLE_LINE_RE, text, prev) or first < 2:
                break
            if tag and not texted:
                # "Be strong" / "@handle" / "#tag": a handle tagged after the text; the post ends before it.
                first -= 1
                last = first - 1
        texted = texted or not tag
        first -= 1
    return first, last


def _latin_below_latin(text: str, para: _Para, above: _Para) -> bool:
    """
    Whether the line *para* and the line *above* it both have words in Latin letters and none in Cyrillic: a post in
    a Latin script goes on (``is through to the quarters!`` / ``Milos``), where the article around it is Russian.
    """
    return all(
        _CYRILLIC_RE.search(text, p.start, p.end) is None
        and _LATIN_RE.search(text, p.start, p.end)  # "⏱ 1m 13s": a line of figures with units in Latin letters
        and not _is_line(_TAG_LINE_RE, text, p)
        and not _is_line(_LINK_LINE_RE, text, p)
        and not _is_line(_LINK_LABEL_RE, text, p)  # "Full results:": the label of a link below, no text of the post
        for p in (para, above)
    )


def _is_line(pattern: regex.Pattern[str], text: str, para: _Para) -> bool:
    """Whether the whole line *para* matches *pattern*."""
    return pattern.match(text, para.start, para.end) is not None


def _post_goes_on(text: str, para: _Para, *, after_tag: bool = False) -> bool:
    """
    Whether the line *para* goes on with the line above it inside a post: it opens in small letters or with
    punctuation that opens no sentence (``, et de …``), or is a handle or punctuation alone (``@VAFC``, ``/``);
    *after_tag* (a hashtag or a handle alone on the line above), with a digit or a full stop too (``#Матч`` / ``1:0
    Имя``, ``#Лига`` / ``. 5-й тур.``).
    """
    if _is_line(_HANDLE_LINE_RE, text, para):
        return True
    if _is_line(_LINK_LINE_RE, text, para):
        return False  # "pic.twitter.com/…": a link ends a post's text
    first = text[para.content : para.content + 1]
    return (
        first.islower()
        or (after_tag and (first.isdigit() or first == "."))
        or (first != "" and first in _POST_GOES_ON)
        or _is_line(_PUNCT_LINE_RE, text, para)
        or _closes_quotation_above(text[para.content : para.end].rstrip())
    )


def _closes_quotation_above(line: str) -> bool:
    """
    Whether *line* ends with a quotation mark it does not open: the quotation opened on a line above
    (``: "Exxon Seeks …`` / ``#Russia`` / ``Oil Venture"``).
    """
    if line.endswith("»"):
        return line.count("«") < line.count("»")
    if line.endswith("”"):
        return line.count("“") < line.count("”")
    return line.endswith('"') and line.count('"') % 2 == 1


_POST_GOES_ON = frozenset(",;:/)→…?!")
# The end of a finished sentence of a post: a full stop, "!", "?", "…" or an emoji, then spaces.
_ENDS_SENTENCE_RE = cache.pattern(rf"(?:[.!?…]|\p{{Extended_Pictographic}})[\p{{Emoji_Modifier}}\uFE0F]*+{HS}*+\Z")


# A line of hashtags only (handles may stand among them: "@club #Лига"), and a line of punctuation only, inside an
# embedded post.
_TAG_LINE_RE = cache.pattern(rf"{HS}*+(?:@\w++{HS}++)*+#\w++(?:{HS}*+[#@]\w++)*+{HS}*+\Z")
_HANDLE_LINE_RE = cache.pattern(rf"{HS}*+@\w{{1,40}}+{HS}*+\Z")
# The characters of emoji and flags, with their joiners: "🇲🇽", "👏", "🏳️‍🌈".
_EMOJI = r"\p{So}\p{Sk}\u200d\ufe0f"
# Emoji and flags count as punctuation there ("#MexicoGP" / "🇲🇽" / "pic.twitter.com/…").
_PUNCT_LINE_RE = cache.pattern(rf"{HS}*+(?:[\p{{P}}{_EMOJI}]{HS}*+){{1,8}}+\Z")
# The most lines a post's text and hashtags are looked for over, upwards from its last line, and the most lines of
# hashtags among them.
_MAX_POST_LINES = 16
_MAX_TAG_LINES = 8


def _embed_author(env: _Env, signature: _Para) -> Mention | None:
    """The author a post's signature names: the person of the article it transliterates, or the name as written."""
    m = _EMBED_SIGNATURE_RE.match(env.text, signature.start, signature.end)
    if m is None:
        return None
    start = m.start("who")
    who = _one_script_name(m.group("who").strip())
    end = start + len(who)
    if _SPACED_LETTERS_RE.fullmatch(who) is not None:
        who = who.replace(" ", "")  # "H a y a": a name spelt out letter by letter
    if "a" <= who[:1].lower() <= "z":
        key = consonant_outline(who.split()[-1])
        whole = len(key) < 2  # "Ro Khanna": a surname of one consonant is compared with the first name too
        if whole:
            key = consonant_outline(who)
        keys = consonant_outlines(who if whole else who.split()[-1])  # "Lewis" is "Льюис"
        for pm in env.ctx.persons:
            if "a" <= pm.name[:1].lower() <= "z":
                continue  # the signature's own name, or another Latin one: no Cyrillic spelling
            # "приводит Тэрби": a person the article names by surname alone is compared by it
            own = pm.surname or (pm.name if " " not in pm.name else "")
            theirs = consonant_outline(pm.name if whole else own) if own else ""
            if (len(key) >= 2 and theirs in keys) or (not whole and _same_person_spelt(who, pm.name, key, theirs)):
                return Mention(start, end, "person", env.ctx.canonical(pm.name), person=pm)
        written = None if whole else (
            _cyrillic_spelling(_cyrillic_pairs(signature), who, key) or _cyrillic_surname(signature, key)
        )
        return Mention(start, end, "org", written or who)
    found = mention_anywhere(env.ctx, env.text, start, end)
    if found is None or (found.kind == "org" and "«" in who and found.end - found.start < end - start):
        return Mention(start, end, "org", who)  # "— ФК «Зенит» (@zenit_spb)": the name whole
    return found


# A name spelt out letter by letter, one space apart: "H a y a".
_SPACED_LETTERS_RE = cache.pattern(r"\p{L}(?: \p{L}){2,}+")


# Two capitalised Cyrillic words: a first name and a surname the name finder may not know ("Пьер Доранж").
_CYRILLIC_PAIR_RE = cache.pattern(r"(?<!\p{L})[А-ЯЁ][а-яё]++[^\S\n]++[А-ЯЁ][а-яё]++(?!\p{L})")
# The most pairs of capitalised words a text is searched over for a signature's Cyrillic spelling.
_MAX_PAIRS = 400


def _cyrillic_spelling(pairs: Sequence[tuple[str, str]], latin: str, key: str) -> str | None:
    """
    The article's Cyrillic spelling of a post's Latin signature that the name finder did not read as a person,
    in the nominative: two capitalised words whose outlines are the signature's last two words' (``Jarrod Kolvan``
    and ``шеф полиции Джеррод Колван``).
    """
    words = latin.split()
    given = consonant_outline(words[-2]) if len(words) >= 2 else ""
    if len(key) < 2 or len(given) < 2:
        return None
    for first, last in pairs:
        if consonant_outline(last) == key and consonant_outline(first) == given:
            return nominative(f"{first} {last}")
    return None


def _cyrillic_pairs(para: _Para) -> tuple[tuple[str, str], ...]:
    """The first pairs of capitalised Cyrillic words of the article of *para*, read once for all its signatures."""

    def read(text: str) -> tuple[tuple[str, str], ...]:
        out: list[tuple[str, str]] = []
        for m in itertools.islice(_CYRILLIC_PAIR_RE.finditer(text), _MAX_PAIRS):
            first, last = m.group().split()
            out.append((first, last))
        return tuple(out)

    if para.doc is None:
        return read(para.text)
    doc = para.doc
    return doc.memo("cyrillic_name_pairs", lambda: read(doc.text))


def _cyrillic_surname(para: _Para, key: str) -> str | None:
    """
    The surname the article writes alone in Cyrillic for a post's Latin signature, in the nominative: a capitalised
    word inside a sentence that the dictionary does not know, with the signature surname's outline of three
    consonants or more (``приводит Тэрби`` for ``Mark Tarby``).
    """
    if len(key) < 3:
        return None

    def read(text: str) -> dict[str, str]:
        # The first such word of each outline, read once for all the article's signatures.
        out: dict[str, str] = {}
        for w in itertools.islice(iter_words_in(text, 0, len(text)), _MAX_SURNAME_WORDS):
            word = w.text
            if not _CAPITALISED_CYRILLIC_RE.fullmatch(word) or is_known(word.lower()) or opens_sentence(text, w.start):
                continue
            outline = consonant_outline(word)
            if len(outline) >= 3:
                out.setdefault(outline, word)
        return out

    doc = para.doc
    words = read(para.text) if doc is None else doc.memo("cyrillic_lone_surnames", lambda: read(doc.text))
    found = words.get(key)
    return nominative(found) if found is not None else None


# A capitalised Cyrillic word of three letters or more, and how many words of an article are looked at for one.
_CAPITALISED_CYRILLIC_RE = cache.pattern(r"[А-ЯЁ][а-яё]{2,}+")
_MAX_SURNAME_WORDS = 4000


def _same_person_spelt(latin: str, cyrillic: str, key: str, theirs: str) -> bool:
    """
    Whether a Latin name and a Cyrillic one spell one person when their surnames' outlines differ only by a
    sound one spelling drops at the end (``Pierre Lamange`` and ``Пьер Ламанж``): the first names' outlines
    must then be the same.
    """
    short, long_ = sorted((key, theirs), key=len)
    if len(short) < 2 or len(long_) - len(short) != 1 or not long_.startswith(short):
        return False
    ours, other = latin.split(), cyrillic.split()
    if len(ours) < 2 or len(other) < 2:
        return False
    given = consonant_outline(ours[-2])
    return len(given) >= 2 and given == consonant_outline(other[0])


# Emoji with the spaces around them, between two words of a name: "Netherlands 🇳🇱 MFA".
_EMOJI_INSIDE_RE = cache.pattern(
    rf"(?<=[\p{{Latin}}\p{{Cyrillic}}])\s*+[{_EMOJI}]++\s*+(?=[\p{{Latin}}\p{{Cyrillic}}])"
)
# A signature's name up to an emoji or a script other than Latin and Cyrillic, where it gives the same name again
# ("Jihye Lee 이지혜", "Jun Michael Park🎗"; "RT на русском" stays whole).
_SIGNATURE_NAME_RE = cache.pattern(
    r"[\p{Latin}\p{Cyrillic}\d](?:[\p{Latin}\p{Cyrillic}\p{M}\d.'’&\s-]|«[\p{Latin}\p{Cyrillic}\d\s-]{1,40}+»)*+"
)  # "ФК «Зенит»": a name in quotation marks is part of the signature's name


def _one_script_name(who: str) -> str:
    """
    A signature's name without what follows it in another script or as an emoji.

    An emoji between the words of the name (a flag: ``Netherlands 🇳🇱 MFA``) is left out and the name goes on.

    >>> _one_script_name("Jihye Lee 이지혜"), _one_script_name("Jun Michael Park🎗"), _one_script_name("RT на русском")
    ('Jihye Lee', 'Jun Michael Park', 'RT на русском')
    >>> _one_script_name("Netherlands 🇳🇱 MFA"), _one_script_name("Dan Smith Jr.")
    ('Netherlands MFA', 'Dan Smith Jr.')
    """
    who = _EMOJI_INSIDE_RE.sub(" ", who)
    m = _SIGNATURE_NAME_RE.match(who)
    if m is None or not m.group().strip():
        return who
    name = m.group().rstrip("-’' \t")
    # "Dan Smith Jr.": the full stop of an abbreviation stays.
    return name if _NAME_ABBREVIATION_END_RE.search(name) is not None else name.rstrip(".-’' \t")


# A name's last word that is an abbreviation with its full stop: "Jr.", "Sr.", "Inc.".
_NAME_ABBREVIATION_END_RE = cache.pattern(r"(?<!\S)(?:Jr|Sr|Inc|Ltd|Corp)\.\Z")


# A speaker's label opening a line of a transcript: initials ("А.С.:", "Е. И.:") or a name ("Иван Петров:").
_INITIALS_LABEL_RE = cache.pattern(rf"{HS}*+(?P<who>\p{{Lu}}\.{HS}*+\p{{Lu}}\.(?:{HS}*+\p{{Lu}}\.)?+){HS}*+:{HS}*+")
# How many lines of a transcript must open with a label before any of them counts as one.
_TRANSCRIPT_LABELS = 2


def _transcript_rule(env: _Env, k: int) -> list[_Cand]:
    """
    An interview written as a transcript: a paragraph that opens with its speaker's label, initials or a name in
    the nominative, and a colon (``А.С.: Наш папа был плотником. …``), in a text where two paragraphs or more
    open so, is that speaker's direct quote, to the paragraph's end.
    """
    labels = _transcript_labels(env)
    if k not in labels or len(labels) < _TRANSCRIPT_LABELS:
        return []
    mention, colon_end = labels[k]
    s, e = trim_span(env.text, colon_end, env.paras[k].end)
    if not _LETTER_RE.search(env.text, s, e):
        return []  # in a transcript a turn of one word is a quote too ("О.С.: Почему?")
    return [_Cand(s, e, "direct", "transcript", 3, mention, para=k)]


def _transcript_label(env: _Env, para: _Para) -> tuple[Mention, int] | None:
    """The speaker's label opening *para* and where the words after its colon start, if it opens with one."""
    if para.dash or para.kind != "body":
        return None
    text = env.text
    m = _INITIALS_LABEL_RE.match(text, para.content, para.end)
    if m is not None:
        letters = regex.findall(r"\p{Lu}", m.group("who"))
        pm = _named_by_initials(env, letters)
        if pm is not None:
            # "А.Ф.:" in a transcript of an interview with "Андрей Фурсенко": the one person named so.
            return Mention(m.start("who"), m.end("who"), "person", m.group("who"), person=pm), m.end()
        return Mention(m.start("who"), m.end("who"), "person", " ".join(f"{x}." for x in letters)), m.end()
    colon = text.find(":", para.content, min(para.end, para.content + 40))
    if colon < 0:
        return None
    persons = env.ctx.persons_in(para.content, colon)
    if len(persons) != 1 or persons[0].start != para.content or persons[0].end != colon:
        return None
    pm = persons[0]
    if pm.case not in (None, "nomn") or " " not in env.ctx.canonical(pm.name):
        return None
    found = mention_anywhere(env.ctx, text, pm.start, pm.end)
    return (found, colon + 1) if found is not None else None


def _named_by_initials(env: _Env, letters: Sequence[str]) -> PersonMention | None:
    """
    A mention of the one person the text names in full whose first name and surname open with *letters*
    (``А.Ф.`` for ``с министром Андреем Фурсенко``), if one.
    """
    found: dict[str, PersonMention] = {}
    for pm in env.ctx.persons:
        words = pm.name.split()
        if len(words) >= 2 and words[0][0] == letters[0] and words[-1][0] == letters[-1]:
            found.setdefault(fold(words[-1]), pm)
    return next(iter(found.values())) if len(found) == 1 else None


def _transcript_labels(env: _Env) -> dict[int, tuple[Mention, int]]:
    """The speaker labels that open the text's paragraphs, by paragraph index (found once per text)."""
    if env.labels is None:
        env.labels = {k: label for k, p in enumerate(env.paras) if (label := _transcript_label(env, p)) is not None}
    return env.labels


def _plain_answer_rule(env: _Env, k: int) -> list[_Cand]:
    """
    An interview whose questions open with a dash and whose answers do not (``— Может быть, судья плохо видел
    эпизод?`` / ``Мне кажется, у судьи была отличная позиция.``): with two such pairs or more, an answer is the
    direct quote of the person the text names in the nominative just before the first question. An answer that
    opens with a dash after all is one too, when no verb attributes it (``— Главное, чтобы …``).
    """
    para, prev = env.paras[k], _prev_text(env, k)
    if (para.dash and para.verbs) or para.kind != "body" or prev is None or not _plain_question(env, prev):
        return []
    first = _first_plain_question(env)
    if first < 0 or k <= first:
        return []
    mention = _introduced(env, first)
    if mention is None:
        return []
    opening = _DASH_OPEN_RE.match(env.text, para.start, para.end) if para.dash else None
    s, e = trim_span(env.text, para.content if opening is None else opening.end(), para.end)
    if not _THREE_WORDS_RE.match(env.text, s, e) or env.text[e - 1] == "?":
        return []
    return [_Cand(s, e, "direct", "interview-plain", 3, mention, para=k)]


def _plain_question(env: _Env, para: _Para) -> bool:
    """An interviewer's question: a dash paragraph with no attribution that asks (:func:`_question`)."""
    return _question(env, para) and not para.verbs


def _first_plain_question(env: _Env) -> int:
    """The first dash question answered by a paragraph without a dash, if two or more are (else -1; cached)."""
    if env.plain_qa is None:
        pairs = [
            j
            for j in range(len(env.paras) - 1)
            if _plain_question(env, env.paras[j]) and not env.paras[j + 1].dash and env.paras[j + 1].kind == "body"
        ]
        env.plain_qa = pairs[0] if len(pairs) >= 2 else -1
    return env.plain_qa


def _dash_answer_rule(env: _Env, k: int) -> list[_Cand]:
    """
    An interview whose questions do not open with a dash and whose answers do (``Помните ли вы тот день?`` /
    ``— Это был обычный рабочий день.``): with two such pairs or more, a dash answer that no verb after a dash
    attributes (its words may tell what others said) is the direct quote of the person the text names in the
    nominative just before the first question (the mirror of :func:`_plain_answer_rule`).
    """
    para, prev = env.paras[k], _prev_text(env, k)
    if not para.dash or _dash_attributed(env, para) or para.kind != "body" or prev is None:
        return []
    if not (_undashed_question(env, prev) or _question(env, prev)) or _attributes_speech(env, prev):
        # After a question that tells what others said, the answer runs on (:func:`_answering`); a question may
        # open with a dash too ("— И у них нет претензий?" / "— Нет. …").
        return []
    first = _first_undashed_question(env)
    if first < 0 or k <= first:
        return []
    mention = _introduced(env, first)
    opening = _DASH_OPEN_RE.match(env.text, para.start, para.end)
    if mention is None or opening is None:
        return []
    s, e = trim_span(env.text, opening.end(), para.end)
    if not _THREE_WORDS_RE.match(env.text, s, e) or env.text[e - 1] == "?":
        return []
    return [_Cand(s, e, "direct", "interview-dash-answer", 3, mention, runs_to_end=True, para=k)]


def _undashed_question(env: _Env, para: _Para) -> bool:
    """An interviewer's question with no dash: a body paragraph that ends with a question mark."""
    return not para.dash and para.kind == "body" and _ends_asking(env, para)


def _first_undashed_question(env: _Env) -> int:
    """The first question without a dash answered by a dash paragraph, if two or more are (else -1; cached)."""
    if env.dash_qa is None:
        pairs = [
            j
            for j in range(len(env.paras) - 1)
            if _undashed_question(env, env.paras[j]) and env.paras[j + 1].dash and env.paras[j + 1].kind == "body"
        ]
        env.dash_qa = pairs[0] if len(pairs) >= 2 else -1
    return env.dash_qa


# A headline's speaker after a dash at its end: "Порт откроется к весне - Сапаров" (no dash inside the name;
# no full stop after it either, as a name ends where the line does).
_DASH_CLASS = "".join(regex.escape(c) for c in DASHES)
_HEADLINE_DASH_RE = cache.pattern(rf"{HS}++[{_DASH_CLASS}]{HS}++(?P<who>[^\n{_DASH_CLASS}]{{2,60}}?){HS}*+\Z")
# The longest headline read so.
_HEADLINE_DASH_REACH = 200


def _headline_dash_rule(env: _Env, k: int) -> list[_Cand]:
    """
    A headline that names its speaker after a dash at its end (``Тарифы на воду снизятся к весне - Сидоров``,
    ``Порт откроется к весне – министр транспорта Сапаров``): the statement before the dash is their direct quote,
    as ``Сидоров: …`` is (What counts, settled questions).
    """
    text, para = env.text, env.paras[k]
    if para.dash or para.marks or para.end - para.content > _HEADLINE_DASH_REACH or len(para.sentences) > 1:
        return []
    # A post's line above its signature is the post's words.
    m = _HEADLINE_DASH_RE.search(text, para.content, para.end)
    if m is None or _signed_post_line(env, k):
        return []
    persons = env.ctx.persons_in(m.start("who"), m.end("who"))
    if not persons or persons[-1].end != m.end("who") or persons[-1].case not in (None, "nomn"):
        return []  # the name must end the line: "… участников — Имя Фамилия." is the article's sentence
    mention = mention_anywhere(env.ctx, text, m.start("who"), m.end("who"))
    if mention is None or mention.kind not in ("person", "title"):
        return []
    s, e = trim_span(text, para.content, m.start())
    if not _THREE_WORDS_RE.match(text, s, e) or not finite_verb_in(text, s, e):
        return []
    return [_Cand(s, e, "direct", "headline", 3, mention, para=k)]


def _signed_post_line(env: _Env, k: int) -> bool:
    """Whether paragraph *k* is a line of a post embedded above its signature, a few lines below."""
    text, paras = env.text, env.paras
    return any(_is_line(_EMBED_SIGNATURE_RE, text, p) for p in paras[k + 1 : k + 1 + _POST_TAIL_LINES])


# How many lines below a line of a post its signature may stand (its other lines, hashtags, links).
_POST_TAIL_LINES = 5


_DIRECT_RULES: tuple[_ParaRule, ...] = (
    _dash_rule,
    _dash_inside_rule,
    _marks_rule,
    _headline_rule,
    _headline_dash_rule,
    _transcript_rule,
    _plain_answer_rule,
    _dash_answer_rule,
    _embed_rule,
    _colon_paragraph_rule,
)
_INDIRECT_RULES: tuple[_ParaRule, ...] = (
    _ob_etom_rule,
    _about_that_rule,
    _o_chem_rule,
    _chto_rule,
    _statement_rule,
    _colon_content_rule,
    _gerund_rule,
    _participle_rule,
    _po_slovam_rule,
    _postposed_rule,
    _dash_pointer_rule,
    _particle_rule,
)


def _continue_voice(env: _Env, cand: _Cand, taken: list[tuple[int, int]]) -> list[_Cand]:
    """
    What counts: a dash quote goes on in following paragraphs in the same voice. Past links to other articles set
    inside it (``Также по теме``) it goes on as a quote of its own; those quotes are returned.
    """
    text, paras = env.text, env.paras
    related = _related_links(env)
    out: list[_Cand] = []
    k = cand.para
    # "Имя Фамилия:" on a line of its own above the answer: the turn goes on to the next speaker's label.
    turn = cand.rule == "colon-paragraph" and _label_line(env, k - 1)
    answer = cand.rule in _ANSWER_RULES
    while k + 1 < len(paras):
        j = _past_insets(env, k + 1, answer)
        nxt = paras[j]
        # A line broken off mid-sentence ("это написано в" / "Рапорте о происшествии (…)" / ". А вообще …", a
        # link's text on a line of its own): the sentence goes on, whatever the next line reads as on its own.
        broken = j == k + 1 and _goes_on(env, k, lower=False)
        if j in related or nxt.dash or (nxt.kind != "body" and not broken) or _inside(taken, nxt.start):
            break
        if answer and _interlude(env, nxt):
            break  # the text after the interview's last answer
        if text[nxt.start] in '«"„“' or _undashed_question(env, nxt):
            break  # a quotation of its own, or the interviewer's next question
        # An interview's answer goes on, whatever it tells, up to the next question.
        goes_on = broken or (answer and not _interlude(env, nxt) and _asked_next(env, j))
        if turn:
            if _TURN_LABEL_RE.match(text, nxt.content, nxt.end) is not None:
                break  # "RT: …", "Имя Фамилия:": the next turn
        elif not goes_on and not _same_voice(text, nxt):
            break
        if not goes_on and _holds_quote(text, taken, nxt):
            break  # "Сестра описывает увиденное: «Я …»": a quote of its own, not the voice going on
        s, e = trim_span(text, nxt.start, nxt.end)
        if j > k + 1:
            cand = attrs.evolve(cand, start=s, end=e, para=j)
            out.append(cand)
        else:
            cand.end = e
        k = j
    return out


def _past_insets(env: _Env, j: int, answer: bool) -> int:
    """
    The paragraph from *j* on past the links to other articles set inside a quote, and, in an interview's *answer*,
    past a photo's caption and credit too (the answer goes on under them); the last paragraph at most.
    """
    related = _related_links(env)
    while (j in related or (answer and _interlude(env, env.paras[j]))) and j + 1 < len(env.paras):
        j += 1
    return j


# The rules of an interview's answers.
_ANSWER_RULES = frozenset({"interview", "interview-dash-answer"})
# A relative clause opened before a verb, in its sentence: "в мерах, о которых заявляет президент".
_RELATIVE_OPEN_RE = cache.pattern(rf",[^\S\n]*+{_RELATIVE_WORD}(?!\p{{L}})[^,.!?;:\n]*+\Z")


def _same_voice(text: str, para: _Para) -> bool:
    """
    Whether *para* goes on the voice of a quote before it: the first person speaks in it, and no verb of speech
    attributes it to anyone (one in a relative clause attributes nothing: ``о которых заявляет президент``).
    """
    if not _VOICE_RE.search(text, para.start, para.end):
        return False
    return not any(_speaking(v) and not _in_relative(text, para, v) for v in para.verbs)


def _in_relative(text: str, para: _Para, v: tuple[int, int, VerbForm]) -> bool:
    """Whether verb *v* stands in a relative clause (``о которых заявляет президент``): it attributes nothing here."""
    return _RELATIVE_OPEN_RE.search(text, max(para.start, v[0] - _RELATIVE_REACH), v[0]) is not None


def _asked_next(env: _Env, j: int) -> bool:
    """
    Whether body paragraph *j* stands between an answer and the interview's next question, a dash paragraph after
    body paragraphs only: an answer of several paragraphs (``— Я очнулась …`` / ``Откопал меня сосед …`` /
    ``— Что было дальше?``), not the text after the interview's last answer.
    """
    for i in range(j + 1, min(len(env.paras), j + _INTERVIEW_REACH)):
        p = env.paras[i]
        if p.dash:
            return _question(env, p) or _ends_asking(env, p) or _REQUEST_RE.match(env.text, p.start, p.end) is not None
        if p.kind != "body" and i not in _related_links(env) and not _interlude(env, p):
            return False
    return False


def _request(env: _Env, k: int) -> bool:
    """Whether dash paragraph *k* asks for an answer the dash paragraph after it gives (``— Расскажите о …``)."""
    para = env.paras[k]
    answered = k + 1 < len(env.paras) and env.paras[k + 1].dash
    return answered and _REQUEST_RE.match(env.text, para.start, para.end) is not None


# An interviewer's request with a dash, no question mark: "— Расскажите о …", "— Опишите …".
_REQUEST_RE = cache.pattern(
    rf"{HS}*+[{DASHES}]{HS}*+(?:\p{{Lu}}\p{{Ll}}++{HS}*+,{HS}*+)?+\p{{Lu}}\p{{Ll}}*(?:ите|йте)(?!\p{{L}})"
)


# A speaker's label opening a turn of an interview: a short capitalised name and a colon ("RT:", "Имя Фамилия:").
_TURN_LABEL_RE = cache.pattern(rf"\p{{Lu}}[\p{{L}}.-]{{0,30}}+(?:{HS}++\p{{Lu}}[\p{{L}}.-]{{0,30}}+){{0,2}}+{HS}*+:")


def _interview(env: _Env) -> tuple[tuple[int, ...], frozenset[int]]:
    """
    The paragraphs that are a speaker's label alone (``Имя Фамилия:``), the same label on two lines or more, under
    which an interview's answers stand; and those that open with the other side's label, one on two lines or more
    with words after it (``RT: Почему …?``), or any question right before a label alone. Found once.
    """
    if env.interview is None:
        alone, opening = _turn_labels(env)
        asks = any(len(ks) >= _TRANSCRIPT_LABELS and label not in alone for label, ks in opening.items())
        if asks and sum(len(ks) for ks in alone.values()) >= _TRANSCRIPT_LABELS:
            # "RT: …?" twice or more, each answered under the label of one of several guests, once each.
            lines = tuple(sorted(k for ks in alone.values() for k in ks))
        else:
            lines = tuple(sorted(k for ks in alone.values() if len(ks) >= _TRANSCRIPT_LABELS for k in ks))
        turns = (
            k for label, ks in opening.items() if len(ks) >= _TRANSCRIPT_LABELS and label not in alone for k in ks
        )
        # "RT: Какие шаги …?" right before a label alone: a question the guest under the label answers.
        labels = {k for ks in alone.values() for k in ks}
        asked = (k for ks in opening.values() for k in ks if k + 1 in labels and _ends_asking(env, env.paras[k]))
        env.interview = lines, (frozenset(turns) if lines else frozenset()) | frozenset(asked)
    return env.interview


def _turn_labels(env: _Env) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The paragraphs that are a speaker's label alone, and those that open with one, by label."""
    alone: dict[str, list[int]] = defaultdict(list)
    opening: dict[str, list[int]] = defaultdict(list)
    for k, para in enumerate(env.paras):
        m = _TURN_LABEL_RE.match(env.text, para.content, para.end)
        if m is not None:
            (opening if env.text[m.end() : para.end].strip() else alone)[m.group()].append(k)
    return alone, opening


def _label_line(env: _Env, k: int) -> bool:
    """Whether paragraph *k* is a speaker's label alone (``Имя Фамилия:``) in an interview."""
    lines = _interview(env)[0]
    i = bisect.bisect_left(lines, k)
    return i < len(lines) and lines[i] == k


def _interviewer_turn(env: _Env, k: int) -> bool:
    """
    Whether paragraph *k* is the interviewer's turn in an interview whose answers stand under label lines: it
    opens with the other side's label, words following it on its line (``RT: Почему …?``).
    """
    return k in _interview(env)[1]


def _interviewer_recalls(env: _Env, ss: int, v: tuple[int, int, VerbForm]) -> bool:
    """Whether verb *v* has "вы" for subject in the interviewer's turn of an interview (``RT: Вы сказали, что …``)."""
    if _SECOND_PERSON_BEFORE_RE.search(env.text, max(ss, v[0] - 40), v[0]) is None:
        return False
    k = bisect.bisect_right(env.starts, ss) - 1
    return k >= 0 and _interviewer_turn(env, k)


def _labelled_answerer(env: _Env, k: int) -> Mention | None:
    """The person of the label line answering the interviewer's turn at paragraph *k* (the next one, else the last)."""
    lines = _interview(env)[0]
    i = bisect.bisect_right(lines, k)
    at = lines[i] if i < len(lines) else lines[-1] if lines else None
    if at is None:
        return None
    para = env.paras[at]
    return mention_anywhere(env.ctx, env.text, para.content, para.end)


def _holds_quote(text: str, taken: list[tuple[int, int]], para: _Para) -> bool:
    """
    Whether *para* holds a quote of its own: one found there (*taken*, sorted by start), or a quotation of a
    clause in quotation marks.
    """
    i = bisect.bisect_left(taken, (para.start, -1))
    if i < len(taken) and taken[i][0] < para.end:
        return True
    return any(d == 0 and finite_verb_in(text, o + 1, c) for o, c, d in para.marks)


def _direct_candidates(env: _Env) -> list[_Cand]:
    """Every direct-speech candidate, dash quotes extended over paragraphs in the speaker's voice."""
    direct: list[_Cand] = []
    for k in range(len(env.paras)):
        for rule in _DIRECT_RULES:
            direct.extend(rule(env, k))
    spans = sorted((c.start, c.end) for c in direct)
    resumed: list[_Cand] = []
    for c in direct:
        if c.runs_to_end:
            resumed.extend(_continue_voice(env, c, spans))
    return direct + resumed + _headline_interview(env, direct)


# The fewest answers with no attribution an interview whose questions did not reach the page has.
_BARE_ANSWERS = 2


def _headline_interview(env: _Env, direct: Sequence[_Cand]) -> list[_Cand]:
    """
    An interview whose questions did not reach the page: the headline opens with the one interviewed and a topic
    after a dash (``Имя Фамилия – о …``), and two or more dash paragraphs of the body, none of them attributed by a
    dash (no dialogue of others), are that person's answers.
    """
    text, paras = env.text, env.paras
    dashed = {k for k, p in enumerate(paras) if p.dash and p.kind == "body"}
    if len(dashed) < _BARE_ANSWERS or not paras or any(c.para in dashed for c in direct):
        return []
    first = next(iter(env.ctx.persons_in(paras[0].start, paras[0].end)), None)
    if first is None or first.case not in (None, "nomn") or text[paras[0].content : first.start].strip():
        return []  # the headline opens with the name, in the nominative
    if _DASH_TOPIC_RE.match(text, first.end, paras[0].end) is None:
        return []  # and goes on with a dash and a topic ("Имя Фамилия – о …"), as an interview's headline does
    mention = mention_anywhere(env.ctx, text, first.start, first.end)
    out = []
    for k in sorted(dashed):
        opening = _DASH_OPEN_RE.match(text, paras[k].start, paras[k].end)
        s, e = trim_span(text, opening.end(), paras[k].end) if opening is not None else (0, 0)
        if e > s and _THREE_WORDS_RE.match(text, s, e) and text[e - 1] != "?":
            out.append(_Cand(s, e, "direct", "interview-dash-answer", 3, mention, para=k))
    return out if len(out) >= _BARE_ANSWERS else []


def _reported_inside(c: _Cand) -> bool:
    """
    Whether *c*, found inside a direct quote, is reported speech of its own: "… Она сказала, что …", "«По прогнозам
    синоптиков, …», — говорится в сообщении", "«… в штабе объявили, что …»".
    """
    if c.rule not in _RULES_INSIDE or c.mention is None or c.mention.kind not in _REPORTING_INSIDE:
        return False
    # "«… Раз в штабе объявили, что я ухожу в аренду, …»", "«Всемирный банк сообщил нам, что …»": a body that
    # speaks, or one named by a proper name; not a thing ("«Практика говорит, что …»").
    return c.mention.kind != "org" or _speaking_body(c.mention.text) or c.mention.text[:1].isupper()


# The rules whose reported speech a direct quote may hold: "Она сказала, что …", "по данным X, …", "как говорил
# X, …", "…, отмечая, что …", "мнение X о том, что …".
_RULES_INSIDE = frozenset({"chto", "po-slovam", "kak", "chto-gerund", "statement-chto"})


# The speakers whose speech a direct quote may report.
_REPORTING_INSIDE = frozenset({"person", "pronoun", "group", "title", "org"})


def _indirect_candidates(env: _Env, direct_spans: list[tuple[int, int]]) -> list[_Cand]:
    """Every indirect-speech candidate whose attribution is not inside a direct quote."""
    indirect: list[_Cand] = []
    for k in range(len(env.paras)):
        if not env.paras[k].trigger:
            continue
        for rule in _INDIRECT_RULES:
            for c in rule(env, k):
                anchor = c.anchor if c.anchor >= 0 else c.start
                if not _inside(direct_spans, anchor):
                    indirect.append(c)
                elif c.kind == "indirect" and _reported_inside(c):
                    # (A quotation inside the quote, "как писал X, «…»", is read by the rules of quotation marks.)
                    indirect.append(_clipped(env.text, c, direct_spans))
    _split_at_sources(env.text, indirect)
    _split_at_gerunds(env.text, indirect)
    _through_quotations(env, indirect)
    return _without_reported_attributions(env.text, indirect)


def _without_conditions(text: str, cands: list[_Cand]) -> list[_Cand]:
    """
    The candidates without the condition before an inserted attribution that a parenthetical quote follows: in
    ``Если вина подтвердится, считает X, власти должны …`` the quote is the part after it (What counts: an
    attribution inserted in the middle of indirect speech gives the part after it).
    """
    after = {c.mention.start: c.start for c in cands if c.rule == "parenthetical" and c.mention is not None}
    if not after:
        return cands
    return [
        c
        for c in cands
        if c.rule == "parenthetical"
        or c.mention is None
        or c.end > after.get(c.mention.start, -1)
        or _SUBORDINATE_HEAD_RE.match(text[c.start : after[c.mention.start]].split(",", 1)[0] + ",") is None
    ]


# The most characters a reported clause is carried on past its sentence's end to close the quotation it opened.
_QUOTATION_REACH = 1000


def _through_quotations(env: _Env, indirect: list[_Cand]) -> None:
    """
    A reported clause that opens a quotation and ends with its sentence while the quotation goes on runs to the end
    of the sentence where the quotation closes (``заявил, что это «все равно что … . Если … правду».``): the
    verbatim words are one quote (``сказал, что «A. B».`` too, where the quotation opens the clause).
    """
    for c in indirect:
        if c.kind != "indirect" or not 0 <= c.para < len(env.paras):
            continue
        para = env.paras[c.para]
        spans = para.mark_spans
        i = bisect.bisect_left(spans, (c.start, -1))
        while i < len(spans) and spans[i][0] < c.end:
            close = spans[i][1] - 1
            if c.end < close <= c.end + _QUOTATION_REACH and close < para.end:
                c.end = trim_span(env.text, c.start, _sentence_of(para, close)[1])[1]
                break
            i += 1


def _end_inline_dash(env: _Env, direct: list[_Cand], indirect: list[_Cand]) -> None:
    """
    A dash quote in a paragraph that does not open with a dash (its line breaks lost: ``… Жидкин. - A, - уточняет
    X, - B. C. X отметил, что …``) ends before the next sentence that attributes speech of its own to someone
    named: the text goes on in the author's voice. A dash paragraph keeps the speech it reports inside it.
    """
    attributed = sorted(
        c.mention.start
        for c in indirect
        if c.mention is not None and c.mention.kind in ("person", "title") and c.rule in _OWN_ATTRIBUTIONS
    )
    if not attributed:
        return
    text = env.text
    for c in direct:
        if c.rule not in _INLINE_DASH_RULES or not 0 <= c.para < len(env.paras) or _line_dash(text, env.paras[c.para]):
            continue
        i = bisect.bisect_right(attributed, c.start)
        if i == len(attributed) or attributed[i] >= c.end:
            continue
        ss, _ = _sentence_of(env.paras[c.para], attributed[i])
        if ss > c.start:
            c.end = trim_span(text, c.start, ss)[1]


# The dash quotes that a paragraph's lost line break may leave running on.
_INLINE_DASH_RULES = frozenset({"dash", "dash-split", "dash-inherit"})


def _line_dash(text: str, p: _Para) -> bool:
    """Whether *p* is a dash paragraph that opens its line: not a dialogue turn cut out of a longer line."""
    return p.dash and (p.start == 0 or text[p.start - 1] == "\n")


# The rules whose attribution is a sentence of its own: "X отметил, что …", "По словам X, …".
_OWN_ATTRIBUTIONS = frozenset({"chto", "po-slovam", "kak"})



# How far into the words a source reports their own speaker may stand: "По данным газеты, в ответ министр заявил, что".
_REPORTED_SUBJECT_REACH = 40


def _without_reported_attributions(text: str, cands: list[_Cand]) -> list[_Cand]:
    """
    The candidates without the words a source reports when they are an attribution of their own: in ``По сообщению
    журналистов, министр пообещал, что …`` and ``Как отмечает издание, министр считает, что …`` the quote is what
    follows ``что``, the minister's (an outlet or an informant reports how the speaker's words reached the text).
    A person's words keep what they say of another (``По словам министра, подрядчики уверены, что …``), and so do
    a pronoun's (``По его словам, он не уверен, что …``).
    """
    # The что-clauses by where their subject starts, so that each source looks only at those just after it.
    clauses = sorted(
        (c.mention.start, c.anchor)
        for c in cands
        if c.rule == "chto"
        and c.mention is not None
        and c.mention.kind != "pronoun"
        and c.anchor >= 0
        and _REASON_RE.search(text, c.anchor, c.start) is None
    )
    if not clauses:
        return cands
    out = []
    for c in cands:
        if c.rule in ("po-slovam", "kak") and c.mention is not None and c.mention.kind not in ("person", "pronoun"):
            i = bisect.bisect_left(clauses, (c.start, -1))
            j = bisect.bisect_right(clauses, (c.start + _REPORTED_SUBJECT_REACH, len(text)), i)
            if any(a < c.end and not any(ch in text[c.start : a] for ch in ",:;") for _, a in clauses[i:j]):
                continue
        out.append(c)
    return out


# "объяснил инцидент тем, что …": a reason given, not words reported.
_REASON_RE = cache.pattern(r"(?i)(?<!\p{L})тем(?!\p{L})")


def _split_at_gerunds(text: str, cands: list[_Cand]) -> None:
    """
    A что-clause that runs on past ``, отметив (при этом), что …`` ends before that gerund, whose own что-clause is
    a quote of its own: ``призналась, что счастлива, отметив при этом, что …`` is two quotes (not ``объяснив это
    тем, что …``, a reason that stays in the clause).
    """
    gerunds = [c for c in cands if c.rule == "chto-gerund"]
    for c in cands:
        if c.rule != "chto":
            continue
        for g in gerunds:
            if not c.start < g.anchor < c.end or _GERUND_CHTO_RE.match(text, g.anchor, g.start) is None:
                continue
            comma = text.rfind(",", c.start, g.anchor)
            if comma > c.start and not text[comma + 1 : g.anchor].strip():
                c.end = trim_span(text, c.start, comma)[1]
                break


# "отметив, что", "добавив при этом, что": a gerund and its own "что" (not "объяснив это тем, что", a reason).
_GERUND_CHTO_RE = cache.pattern(rf"\p{{L}}++(?:{HS}++(?:при{HS}++этом|также|же))?+{HS}*+,{HS}*+что(?!\p{{L}})")


def _split_at_sources(text: str, cands: list[_Cand]) -> None:
    """
    A что-clause that runs on past ``, по его словам, …`` ends before that source, which opens a quote of its own:
    ``X заявил, что A, по его словам, B`` is A and B, when the clause right before the source has its verb (not
    ``…, которое, по его словам, является …``).
    """
    sources = [c for c in cands if c.rule == "po-slovam"]
    for c in cands:
        if c.rule != "chto":
            continue
        for p in sources:
            if not c.start < p.start < c.end:
                continue
            mids = list(_PO_SLOVAM_MID_RE.finditer(text, c.start, p.start))
            if not mids:
                continue
            at = mids[-1].start()
            if finite_verb_in(text, max(text.rfind(",", c.start, at), c.start), at):
                c.end = trim_span(text, c.start, at)[1]
                break


def _clipped(text: str, c: _Cand, direct_spans: list[tuple[int, int]]) -> _Cand:
    """A что-clause inside a direct quote ends where the quote ends ("Она сказала, что X, – заявил депутат")."""
    i = bisect.bisect_right(direct_spans, (c.start, len(text) + 1)) - 1
    if i >= 0 and direct_spans[i][0] <= c.start < direct_spans[i][1] < c.end:
        c.start, c.end = trim_span(text, c.start, direct_spans[i][1])
    return c


def _without_fragments(direct: list[_Cand], indirect: list[_Cand]) -> list[_Cand]:
    """
    The direct candidates without the fragments in quotation marks that stand inside a что-clause, which stay
    part of that one indirect quote (What counts: ``фонд, который "позволит нам …"``).
    """
    clauses = sorted((c.start, c.end) for c in indirect if c.rule in ("chto", "chto-gerund"))
    if not clauses:
        return direct
    out = []
    for c in direct:
        i = bisect.bisect_right(clauses, (c.start, 1 << 62)) - 1
        inside = i >= 0 and clauses[i][0] < c.start and c.end <= clauses[i][1]
        if not (inside and c.rule == "marks-same-sentence"):
            out.append(c)
    return out


def _words_reported_within(outer: _Cand, inner: _Cand) -> bool:
    """
    Whether *inner*, a quote inside the indirect quote *outer*, is words that *outer* reports someone else said:
    shouted, or quoted after a verb of one named inside *outer* (``По мнению X, Y предложил «…»``).
    """
    if inner.rule == "marks-shouted":
        return True
    m = inner.mention
    return (
        outer.kind == "indirect"
        and inner.rule == "marks-verb"
        and m is not None
        and m.kind == "person"
        and outer.start <= m.start < m.end <= inner.start
    )


def _attributed_within(c: _Cand, clash: list[tuple[int, int, str]]) -> bool:
    """
    Whether the indirect candidate *c* is attributed inside the direct quotes it clashes with: reported speech of
    its own (``«Власти утверждают, что …», — говорится в анонсе``), however much of the quote it takes.
    """
    m = c.mention
    return (
        c.kind == "indirect"
        and m is not None
        and all(a[2] == "direct" and a[0] <= m.start < a[1] and c.end <= a[1] for a in clash)
    )


def _settle(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Keep the candidates that do not clash with a higher-priority one (a direct quote may nest in another)."""
    accepted: list[_Cand] = []
    # Accepted spans that do not nest: sorted and disjoint, so a clash is found next to the insertion point.
    taken: list[tuple[int, int, str]] = []
    by_span: dict[tuple[int, int], _Cand] = {}
    for c in sorted(cands, key=lambda c: (-c.priority, c.start, -c.end)):
        if _LETTER_RE.search(text, c.start, c.end) is None:
            continue  # "…, что .." with the words left out: nothing was said
        i = bisect.bisect_left(taken, (c.start, c.end, ""))
        near = taken[max(0, i - 1) : i + 1]
        clash = [a for a in near if c.start < a[1] and a[0] < c.end]
        if i + 1 < len(taken) and taken[i + 1][0] < c.end:
            clash.append(taken[i + 1])
        if not clash:
            taken.insert(i, (c.start, c.end, c.kind))
            by_span[c.start, c.end] = c
            accepted.append(c)
        elif all(a[0] >= c.start and a[1] <= c.end and _words_reported_within(c, by_span[a[0], a[1]]) for a in clash):
            # "Очевидцы утверждают, что нападавшие кричали «…»": the words shouted are a quote inside the one
            # reported, and so are words quoted after a verb whose subject the reported clause names ("По мнению X,
            # Y предложил «…»").
            accepted.append(c)
        elif any((c.end - c.start) * 5 >= (a[1] - a[0]) * 4 for a in clash) and not _attributed_within(c, clash):
            continue  # the same words read by two rules (a span of four fifths of another's is no quote inside it)
        elif all(a[2] == "direct" and a[0] <= c.start and c.end <= a[1] for a in clash):
            outers = [by_span[a[0], a[1]] for a in clash]
            colon = _COLON_BEFORE_MARK_RE.search(text, max(0, c.start - 4), c.start) is not None
            if any(_same_attribution(c, o) and (o.rule == "headline" or not colon) for o in outers):
                # "«… под словами «мы будем» и «мы хотим», – сказал он": a phrase quoted inside, one closer;
                # 'Купер: "Тампа" выросла …': a name quoted inside a headline's words.
                continue
            # A quote inside a direct quote (What counts: reported speech inside a direct quote).
            accepted.append(c)
    accepted.sort(key=lambda c: (c.start, c.end))
    return accepted


# A colon before a quotation's opening mark: words reported inside a quote ("а в ответ: «Ничего»").
_COLON_BEFORE_MARK_RE = cache.pattern(r":\s*+[«\"„“]\Z")


def _same_attribution(inner: _Cand, outer: _Cand) -> bool:
    """
    Whether a quote inside the quotation *outer* is attributed by the very mention that attributes *outer*: a phrase
    quoted inside it whose closing mark closes both, or a name quoted inside a headline's words (a dash quote's
    quoted remarks are quotes of their own).
    """
    return (
        (outer.rule.startswith("marks") or outer.rule == "headline")
        and inner.mention is not None
        and outer.mention is not None
        and inner.mention.start == outer.mention.start
    )


# A document named by its kind alone: it points back at one named before.
_BARE_DOCUMENT_RE = cache.pattern(r"(?i)документ|текст(?:\s++документа)?+")
# An interview named by its kind alone: the one interviewed speaks in it.
_BARE_INTERVIEW_RE = cache.pattern(r"(?i)интервью")


def _oblique_participle(c: _Cand) -> bool:
    """
    Whether *c* is the что-clause of a participle after a person named in an oblique case (``высказываниями министра
    Бориса Джонсона, заявившего, что …``): words the sentence's subject answers, not the one the discourse follows.
    """
    person = c.mention.person if c.mention is not None else None
    return c.rule == "chto-participle" and person is not None and person.case not in (None, "nomn")


def _resolve(env: _Env, speakers: Speakers, accepted: list[_Cand]) -> tuple[Quote, ...]:
    """Resolve speakers in text order, following who is speaking in the discourse."""
    text = env.text
    out: list[Quote] = []
    last_para = -1
    # The author of the last document quoted ("говорится в заявлении X"), for "говорится в документе".
    document_author: tuple[str, bool] | None = None
    # The headlines of other articles linked inside the text: their quotes make no one the current speaker.
    related = _related_links(env)
    for c in accepted:
        anchor = c.mention.start if c.mention is not None else c.start
        gender = c.verb.gender if c.verb is not None else None
        if gender is None and c.mention is not None and c.mention.kind == "title":
            gender = _noun_gender_of(c.mention)  # "Сама именинница признаётся": a feminine noun tells
        subjectless = c.verb is not None and not c.verb.plural and c.verb.cls in ("speech", "opinion")
        known = _known_speaker(env, speakers, c, anchor, document_author)
        if known is None and out and _adds_to(c, out[-1], last_para):
            # "«A», — сказал Бишоп. «B», — добавил американский вратарь.": who adds is who spoke.
            known = (out[-1].speaker or "", out[-1].speaker_named)
        speaker, named = speakers.attribute(
            c.mention,
            anchor,
            inherit=c.inherit or c.verb is not None,
            gender=gender,
            span=(c.start, c.end),
            subjectless=subjectless,
            known=known,
            aside=c.para in related or _oblique_participle(c),
        )
        if speaker is not None and c.verb is not None and c.verb.cls in ("impersonal", "passive"):
            document_author = (speaker, named)
        role = None
        if c.mention is not None:
            role = c.mention.role or (c.mention.text if c.mention.kind == "title" else None)
        out.append(
            Quote(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                kind=c.kind,
                speaker=speaker,
                speaker_named=named if speaker is not None else True,
                role=role,
                mention_start=c.mention.start if c.mention is not None else None,
                mention_end=c.mention.end if c.mention is not None else None,
                verb=c.verb.lemma if c.verb is not None else None,
                medium=c.medium,
                rule=c.rule,
            )
        )
        last_para = c.para
    return tuple(out)


def _noun_gender_of(mention: Mention) -> Literal["f"] | None:
    """
    ``f`` for a feminine noun for a person that is no title (``именинница``): a masculine one may stand for a
    woman too (``кандидат``, ``республиканец``), and a title tells nothing (``министр``).
    """
    head = mention.head
    return "f" if head is not None and not is_title(head) and noun_gender(head) == "f" else None


def _known_speaker(
    env: _Env, speakers: Speakers, c: _Cand, anchor: int, document_author: tuple[str, bool] | None
) -> tuple[str, bool] | None:
    """The speaker the discourse already gives a quote attributed to a bare document or interview, if any."""
    if c.mention is None:
        return None
    if _BARE_DOCUMENT_RE.fullmatch(c.mention.text) is not None:
        # "…, – отмечается в документе": the document quoted before, whose author speaks.
        return document_author
    if c.mention.kind == "org" and (
        (author := _deverbal_author(env, c.mention)) is not None
        or (author := _document_antecedent_author(env, c.mention)) is not None
    ):
        return author
    if _BARE_INTERVIEW_RE.fullmatch(c.mention.text) is not None:
        # "…, — говорится в интервью": the words of the one interviewed, the person the discourse is about.
        interviewed = speakers.state.salient(anchor, c.verb.gender if c.verb is not None else None)
        return (interviewed, True) if interviewed is not None else None
    return None


# The nouns of a document made from the verb by which its author issued it ("заявил" -> "заявление"; not
# "обвинение", a party to a case).
_DEVERBAL_DOCUMENTS = frozenset({"заявление", "сообщение", "обращение", "поздравление", "послание", "выступление"})
# How far back the verb a bare document noun comes from may stand: "X поздравил …" before "В поздравлении …".
_DEVERBAL_REACH = 600
# How far after the verb its postposed subject may start ("поздравил президент страны Имя Фамилия").
_POSTPOSED_SUBJECT_REACH = 60


def _deverbal_author(env: _Env, mention: Mention) -> tuple[str, bool] | None:
    """
    The author of a document named by a bare noun made from a verb (``говорится в поздравлении``): the one person
    named in the nominative in the sentence of that verb shortly before (``Юбиляра поздравил министр Имя
    Фамилия.``), if any.
    """
    text = env.text
    words = mention.text.split()
    if len(words) != 1:
        return None
    lemma = next((str(p.normal_form) for p in parse(words[0].lower())[:1] if p.tag.POS == "NOUN"), None)
    if lemma not in _DEVERBAL_DOCUMENTS:
        return None
    root = lemma[:4]
    for w in reversed(words_in(text, max(0, mention.start - _DEVERBAL_REACH), mention.start)):
        low = w.text.lower()
        if not low.startswith(root) or not is_finite_verb(low):
            continue  # the verb ("поздравил"); not the same noun ("подал заявление" may be another document)
        para = env.para_at(w.start)
        if low.endswith(("ся", "сь")) or para is None:
            return None  # "сообщается в заявлении": the verb names no one
        ss, se = _sentence_of(para, w.start)
        # The verb's subject: a name in the nominative before it in its sentence, or right after it; only after it
        # when the verb follows what it reports ("Имя Фамилия дисквалифицирован …, сообщает пресс-служба").
        postposed = _COMMA_BEFORE_RE.search(text, max(ss, w.start - 6), w.start) or _DASH_BEFORE_RE.search(
            text, max(ss, w.start - 4), w.start
        )
        persons = [
            pm
            for pm in _nominative_persons(env, para, ss, se)
            if (pm.end <= w.start and not postposed) or 0 <= pm.start - w.end <= _POSTPOSED_SUBJECT_REACH
        ]
        return (persons[0].name, True) if len(persons) == 1 else None
    return None


# The nouns of a document a person may write or send: a later bare noun of any of them may stand for it ("Х в
# телеграмме назвала …" before "говорится в тексте письма").
_SENT_DOCUMENTS = DOCUMENT_NOUNS | _DEVERBAL_DOCUMENTS | {"телеграмма"}
# "в телеграмме", "в своём письме", "в открытом письме": a document named as where its author said something.
_IN_DOCUMENT_RE = cache.pattern(r"(?i)(?<!\p{L})во?+\s++(?:\p{Ll}++\s++){0,2}?(\p{Ll}++)(?!\p{L})")


def _document_antecedent_author(env: _Env, mention: Mention) -> tuple[str, bool] | None:
    """
    The author of a document named by a bare noun (``говорится в письме``, ``в тексте письма``): the one person
    named in the nominative in the sentence shortly before that says what they wrote in a document (``Канцлер Имя
    Фамилия в телеграмме назвала …``), if that is the last document named.
    """
    words = mention.text.lower().split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[0] != "текст") or not _sent_document(words[-1]):
        return None
    text = env.text
    lo = max(0, mention.start - _DEVERBAL_REACH)
    found = [m for m in _IN_DOCUMENT_RE.finditer(text, lo, mention.start) if _sent_document(m.group(1))]
    if not found:
        return None
    at = found[-1].start(1)
    para = env.para_at(at)
    if para is None or _inside(para.mark_spans, at):
        return None
    ss, se = _sentence_of(para, at)
    if se > mention.start:
        return None  # the document's own sentence: its owner is read there
    persons = _nominative_persons(env, para, ss, se)
    return (persons[0].name, True) if len(persons) == 1 else None


def _nominative_persons(env: _Env, para: _Para, ss: int, se: int) -> list[PersonMention]:
    """The people named in the nominative in the sentence ``ss:se`` of *para*, not inside the words it quotes."""
    return [
        pm for pm in env.ctx.persons_in(ss, se) if pm.case in (None, "nomn") and not _inside(para.mark_spans, pm.start)
    ]


def _sent_document(word: str) -> bool:
    """Whether *word* is a form of a noun of a document a person writes or sends (``телеграмме``, ``письма``)."""
    return any(fold(str(p.normal_form)) in _SENT_DOCUMENTS for p in parse(word)[:1] if p.tag.POS == "NOUN")


# Verbs that add to what was just said: "добавил", "продолжила".
_GOING_ON_VERBS = frozenset({"добавить", "продолжить", "дополнить"})


def _adds_to(c: _Cand, last: Quote, last_para: int) -> bool:
    """
    Whether *c*, attributed by a title with a verb that adds to what was said (``добавил американский вратарь``),
    goes on with the quote *last*, found in paragraph *last_para*, whose named speaker is then its speaker.
    """
    return (
        last.speaker is not None
        and last.speaker_named
        and c.mention is not None
        and c.mention.kind == "title"
        and c.verb is not None
        and c.verb.lemma in _GOING_ON_VERBS
        and c.para >= 0
        and last_para == c.para
    )


# A text that stops inside a word or after a comma: an excerpt cut off mid-sentence.
_CUT_OFF_RE = cache.pattern(r"[\p{L}\d,«„“(–—-]")


def _cut_off(text: str, paras: list[_Para]) -> int | None:
    """Where an excerpt cut off mid-sentence stops (no quote may run up to it), or None.

    The content and the attribution of a quote running into the cut are unknown, so none is reported.
    """
    if not paras or paras[-1].kind == "title":
        return None
    last = paras[-1]
    end = last.end
    while end > last.start and text[end - 1].isspace():
        end -= 1
    if end - last.content < 10 or not _CUT_OFF_RE.fullmatch(text, end - 1, end):
        return None
    if _transcript(text, last.content, end):
        return None  # a transcript with its punctuation left out ends without a full stop, uncut
    return end - 1


def _transcript(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a long stretch of words with no punctuation at all (speech as heard)."""
    return _PUNCTUATION_RE.search(text, start, end) is None and len(text[start:end].split()) >= _TRANSCRIPT_WORDS


# Punctuation within a sentence or at its end: a transcript or a quoted subheading has none.
_PUNCTUATION_RE = cache.pattern(r"[.!?…,;:]")


def extract_quotes(text: str, paragraphs: Sequence[Paragraph], *, date: _dt.date | None = None) -> tuple[Quote, ...]:
    """
    Find every quote in *text* and resolve its speaker.

    Args:
        text: The article text, exactly as given to :meth:`Article.from_text
            <kzaz_corpus.Article.from_text>`.
        paragraphs: Its classified lines; header lines are not searched.
        date: The article's date, used to look up office-holders for titles
            the article never names.

    Returns:
        The quotes, sorted by start offset.

    >>> t = "– Мы построим новый порт, – заявил министр Али Сарсенов. Он отметил, что работы начнутся весной."
    >>> [(q.kind, q.text, q.speaker) for q in extract_quotes(t, (Paragraph(0, len(t)),))]
    [('direct', 'Мы построим новый порт', 'Али Сарсенов'), ('indirect', 'работы начнутся весной', 'Али Сарсенов')]

    .. versionadded:: 0.1.0
    """
    return run(Doc(text, paragraphs), date=date)


def run(doc: Doc, *, date: _dt.date | None = None) -> tuple[Quote, ...]:
    """
    The quotes stage: every quote of *doc* with its speaker resolved.

    Reads the document's text, its lower-case form, paragraphs and sentences;
    *date* is the article's date, used to look up office-holders.

    >>> t = "Министр Иван Петров заявил, что цены снизятся."
    >>> [q.speaker for q in run(Doc(t), date=None)]
    ['Иван Петров']
    """
    if not doc.text:
        return ()
    plain = cyrillic_doc(doc)
    if plain is not doc:
        # Look-alike Latin or Greek letters inside Russian words: read the words as Cyrillic (same
        # offsets), and give each quote its text as written.
        return tuple(attrs.evolve(q, text=doc.source[q.start : q.end]) for q in _run(plain, date))
    return doc.exact(_run(doc, date), "text")


# The shortest clause a first-person speaker reports (``я сказал, что думал`` names no words).
_OWN_WORDS_SHORTEST = 12


def _own_words_quoted(accepted: list[_Cand]) -> list[_Cand]:
    """
    The quotes with a first-person speaker (``Я сообщил ему, что …``) given the speaker of the direct quote that
    holds them; outside a direct quote they are the author's own voice, and dropped.
    """
    if not any(c.mention is not None and c.mention.kind == "pronoun" and c.mention.text == _I for c in accepted):
        return accepted
    direct = sorted((c for c in accepted if c.kind == "direct"), key=lambda c: c.start)
    starts = [d.start for d in direct]
    out = []
    for c in accepted:
        if c.mention is not None and c.mention.kind == "pronoun" and c.mention.text == _I:
            i = bisect.bisect_right(starts, c.start)
            # The nearest direct quotes starting before it, a few back: quotes may nest.
            near = direct[max(0, i - _NESTED_BACK) : i]
            holder = next((d for d in reversed(near) if c.end <= d.end and d is not c), None)
            if holder is None or c.end - c.start < _OWN_WORDS_SHORTEST:
                continue  # "я сказал, что думал": what was thought, no clause
            c.mention = holder.mention
        out.append(c)
    return out


def _dialogue_turns(text: str, p: Paragraph) -> list[Paragraph]:
    """
    The turns of a dialogue whose line breaks were lost, each a paragraph of its own: a dash after a sentence's end
    opens a new turn (``– Кто вы? – спросил X. – Никто, – ответил Y. – Уходите! – …``) when the paragraph attributes
    dash speech (``, – ответил``). A dash inside quotation marks opens no turn.
    """
    if p.kind != "body" or _INLINE_ATTRIBUTION_RE.search(text, p.start, p.end) is None:
        return [p]
    cuts = _open_cuts(text, p.start, list(_TURN_RE.finditer(text, p.start, p.end)))
    if not cuts:
        return [p]
    if _MARK_RE.search(text, p.start, p.end):
        # Sorted by opening; one pass over the cuts and the spans together.
        spans = [(o, e) for o, e, _ in quote_spans(text, p.start, p.end)]
        inside: list[int] = []
        i, reach = 0, -1
        for c in cuts:
            while i < len(spans) and spans[i][0] < c:
                reach = max(reach, spans[i][1])
                i += 1
            if reach <= c:
                inside.append(c)
        cuts = inside
    pieces = list(itertools.pairwise([p.start, *cuts, p.end]))
    # A dash in a list of news items ("… 3,6 балла. - За сутки …") opens no turn, nor one that goes on with the
    # words of the one just attributed ("– A, – сказал X. – B"): a turn is attributed itself, or a question, or the
    # answer to one.
    kept = [
        c
        for (a, c), (_, b) in itertools.pairwise(pieces)
        if _INLINE_ATTRIBUTION_RE.search(text, c, b) is not None
        or "?" in text[a:c].rstrip()[-2:]
        or "?" in text[c:b].rstrip()[-2:]
    ]
    bounds = [p.start, *kept, p.end]
    return [attrs.evolve(p, start=a, end=b) for a, b in itertools.pairwise(bounds) if a < b]


def _open_cuts(text: str, start: int, found: list[regex.Match[str]]) -> list[int]:
    """
    The ends of the *found* turn openings that stand inside no brackets or quotation marks opened after *start*
    and not closed before them: a note (``(бутылки. — ТАСС)``) or a quotation (``«…, — сказал он. — …``). The
    marks are counted once, from one opening to the next.
    """
    cuts: list[int] = []
    brackets = marks = 0
    pos = start
    for m in found:
        brackets += text.count("(", pos, m.start()) - text.count(")", pos, m.start())
        marks += text.count("«", pos, m.start()) - text.count("»", pos, m.start())
        pos = m.start()
        if brackets <= 0 and marks <= 0:
            cuts.append(m.end())
    return cuts


# Dash speech attributed in a paragraph: ", – ответил он", "?! – спросил".
_INLINE_ATTRIBUTION_RE = cache.pattern(rf"[,?!…]{HS}*+[{DASHES}]{HS}++\p{{Ll}}")
# A dash that opens a turn: after a sentence's end, before a capital letter.
_TURN_RE = cache.pattern(rf"(?<=[.?!…»]){HS}++(?=[{DASHES}]{HS}++\p{{Lu}})")


def _persons_in_text(doc: Doc) -> tuple[PersonMention, ...]:
    """The people the article's own text names: not a photographer's credit line or a byline (``© Имя Фамилия``)."""
    persons = persons_of(doc)
    outside = [p for p in doc.paragraphs if p.kind not in TEXT_KINDS]
    if not outside:
        return persons
    return tuple(m for m in persons if not any(p.start <= m.start < p.end for p in outside))


def _run(doc: Doc, date: _dt.date | None) -> tuple[Quote, ...]:
    text = doc.text
    verbs = _all_verbs(doc)
    starts = [v[0] for v in verbs]
    body = [turn for p in doc.body for turn in _dialogue_turns(text, p)]
    paras = [_paragraph(doc, i, p, verbs, starts) for i, p in enumerate(body)]
    if not any(
        p.trigger
        or p.marks
        or p.dash
        or _headline_colon(text, p) >= 0
        or _EMBED_SIGNATURE_RE.match(text, p.start, p.end) is not None
        for p in paras
    ):
        return ()
    env = _Env(SpeakerContext(text, date, _persons_in_text(doc)), text, paras)
    direct = _direct_candidates(env)
    direct_spans = sorted((c.start, c.end) for c in direct)
    indirect = _indirect_candidates(env, direct_spans)
    _end_inline_dash(env, direct, indirect)
    cands = _without_conditions(text, _without_fragments(direct, indirect) + indirect)
    accepted = _own_words_quoted(_quotation_lists(text, _settle(text, cands)))
    for c in accepted:
        if c.mention is not None and c.mention.kind == "pronoun":
            c.mention = _title_subject_before(env, c.mention) or c.mention
    cut = _cut_off(text, paras)
    if cut is not None:
        accepted = [c for c in accepted if c.end < cut]
    # The links to other articles set inside the text name no one a pronoun of the text stands for.
    related = [(paras[j].start, paras[j].end) for j in sorted(_related_links(env))]
    excluded = sorted(direct_spans + related) if related else direct_spans
    resolved = same_title_named_later(_resolve(env, env.ctx.discourse(excluded, body_antecedent), accepted))
    return _with_echoes(text, paras, tuple(resolved))


# Two or more quotations in a row, a comma or a semicolon between them: "«Крышу сорвало», «мы успели спрятаться»".
_ONE_QUOTATION = r"[«\"“„][^\n«»\"“”„]{2,300}+[»\"”“]"
_QUOTATION_LIST_RE = cache.pattern(rf"{_ONE_QUOTATION}(?:{HS}*+[,;]{HS}*+{_ONE_QUOTATION})++")
_QUOTATION_RE = cache.pattern(_ONE_QUOTATION)


def _quotation_lists(text: str, accepted: list[_Cand]) -> list[_Cand]:
    """
    A quote that is wholly a list of quotations (``– «Крышу сорвало», «мы успели спрятаться», – вспоминают они``) is
    one direct quote per quotation, without its marks.
    """
    accepted = accepted + _listed_before(text, accepted) + _shouted_after(text, accepted)
    lists = {
        id(c) for c in accepted if text[c.start] in _OPENERS and _QUOTATION_LIST_RE.fullmatch(text, c.start, c.end)
    }
    if not lists:
        return sorted(accepted, key=lambda c: (c.start, c.end))
    spans = {(c.start, c.end) for c in accepted if id(c) not in lists}
    out: list[_Cand] = []
    for c in accepted:
        if id(c) not in lists:
            out.append(c)
            continue
        for m in _QUOTATION_RE.finditer(text, c.start, c.end):
            s, e = trim_span(text, m.start() + 1, m.end() - 1)
            if e > s and (s, e) not in spans:
                out.append(attrs.evolve(c, start=s, end=e, kind="direct"))
    return sorted(out, key=lambda c: (c.start, c.end))


def _listed_before(text: str, accepted: list[_Cand]) -> list[_Cand]:
    """
    The quotations listed right before a quotation attributed after it, a comma between each (``«A», «B», «C, …», –
    написали подписчики``): quotes of the same attribution, which read only the last.
    """
    taken = sorted((c.start, c.end) for c in accepted)
    out: list[_Cand] = []
    for c in accepted:
        if c.rule != "marks-after" or c.start < 1 or text[c.start - 1] not in _OPENERS:
            continue
        pos = c.start - 1
        for _ in range(_MAX_LISTED):
            m = _LISTED_BEFORE_RE.search(text, max(0, pos - _LISTED_REACH), pos)
            span = _listed_span(text, taken, m) if m is not None else None
            if m is None or span is None:
                break
            out.append(attrs.evolve(c, start=span[0], end=span[1], kind="direct"))
            pos = m.start()
    return out


def _listed_span(text: str, taken: list[tuple[int, int]], m: regex.Match[str]) -> tuple[int, int] | None:
    """The words of a listed quotation *m* (group ``inner``), unless they are empty or clash with a quote *taken*."""
    s, e = trim_span(text, m.start("inner"), m.end("inner"))
    i = bisect.bisect_left(taken, (s, e))
    if e <= s or any(a < e and s < b for a, b in taken[max(0, i - 1) : i + 1]):
        return None
    return s, e


def _shouted_after(text: str, accepted: list[_Cand]) -> list[_Cand]:
    """
    The quotations listed right after words shouted, a comma or ``и`` between each (``выкрикивали лозунги «A»,
    «B» и «C»``): shouted too, by the same people.
    """
    taken = sorted((c.start, c.end) for c in accepted)
    out: list[_Cand] = []
    for c in accepted:
        if c.rule != "marks-shouted":
            continue
        pos = c.end
        for _ in range(_MAX_LISTED):
            m = _LISTED_AFTER_RE.match(text, pos, min(len(text), pos + _LISTED_REACH))
            span = _listed_span(text, taken, m) if m is not None else None
            if m is None or span is None:
                break
            out.append(attrs.evolve(c, start=span[0], end=span[1]))
            pos = m.end("inner")
    return out


# A quotation right after another in a list: "», «B" / "» и «B".
_LISTED_AFTER_RE = cache.pattern(
    rf"[»\"”“]{HS}*+(?:,|и|,{HS}++и){HS}*+[«\"„“](?P<inner>[^\n«»\"“”„]{{1,300}}+)(?=[»\"”“])"
)
# A quotation right before another in a list: "«A», " before the next opening mark.
_LISTED_BEFORE_RE = cache.pattern(rf"[«\"“„](?P<inner>[^\n«»\"“”„]{{1,300}}+)[»\"”“]{HS}*+[,;]{HS}*+\Z")
# How many quotations a list before an attributed one may hold, and how far back each may start.
_MAX_LISTED = 8
_LISTED_REACH = 310


# A headline that opens with a quotation and goes on after a colon: "«…»: министр о переговорах".
_QUOTED_HEAD_RE = cache.pattern(LINE_QUOTATION + r":\h++\S[^\n]{0,200}+")
# The words a headline must hold to echo a quote: not a name in quotation marks (``«Меморандум о взаимопонимании»``).
_ECHO_WORDS = 4
# The most headlines of an article compared with its quotes.
_MAX_ECHO_LINES = 16


def _overlaps(quotes: Sequence[Quote], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether a quote of *quotes* (sorted, their *starts*) overlaps ``start:end``; quotes may nest, so a few before."""
    i = bisect.bisect_left(starts, end)
    return any(q.end > start for q in quotes[max(0, i - _NESTED_BACK) : i])


# How many quotes starting before a line are looked at for one that reaches into it.
_NESTED_BACK = 8


# A short quoted line echoes a quote in its own words when it says something: a verb, a short adjective or
# participle, or a predicative (``«Периодически бегают…»``, ``«Я так рада за неё»``), not a name of a section.
_PREDICATES = ("VERB", "ADJS", "PRTS", "PRED")
# Words of the first or second person, which make a line someone's words: ``«Я так рада за неё»``.
_SPEAKING_PERSONS = frozenset({"я", "мы", "ты", "вы", "мне", "нам", "меня", "нас", "мой", "моя", "наш", "наша"})
# At most this many words, and at least two that are no function word.
_BRIEF_WORDS = 8
# How far below a short quoted line the quote it paraphrases may start.
_ECHO_REACH = 2000


# Pronouns of the third person, which a headline writes for the name its quote says (``«…не думал о нём»`` over
# ``«…не думал о маленьком Брэдли»``): no word an echo must repeat.
_THIRD_PERSON = frozenset(
    "он она оно они его него её ее неё нее ему нему ей ней им ним их них ими ними нём нем".split()
)


def _echo_stems(text: str, start: int, end: int) -> list[str]:
    """The four-letter stems of the words of ``text[start:end]``, past function words and third-person pronouns."""
    found = words_in(text, start, end)
    return [
        w.text.casefold()[:4]
        for w in found
        if w.text.casefold() not in _THIRD_PERSON and not is_function_word(w.text)
    ]


def _said_briefly(text: str, start: int, end: int, most: int = _BRIEF_WORDS) -> bool:
    """
    Whether ``text[start:end]`` is a short statement: *most* words at most, two content words or more, one of them
    a predicate.
    """
    found = words_in(text, start, end)
    return (
        len(found) <= most
        and len(_echo_stems(text, start, end)) >= 2
        and any(w.text.casefold() in _SPEAKING_PERSONS or _predicate(w.text) for w in found)
    )


def _predicate(word: str) -> bool:
    """Whether *word* reads first as a predicate: a verb, a short adjective or participle, or a predicative."""
    return reads_as(word, _PREDICATES, first=True)


# The most words of a quoted line that a quote below may hold in other forms and order: "«Её бросили в условия, где
# она не сможет выжить»" over "«… Её фактически бросили в такие условия, где она физически не сможет выжить»".
_PARAPHRASE_WORDS = 16


def _paraphrased(
    text: str,
    m: regex.Match[str],
    line_end: int,
    quotes: Sequence[Quote],
    starts: Sequence[int],
    stems: dict[int, frozenset[str]],
) -> Quote | None:
    """
    The first quote below a short quoted line, within reach, that holds every content word of it (by stem, in any
    order and form): ``«Я так рада за неё»`` over ``«…я так за неё рада!…» — заявила X``. *stems* caches each
    quote's stems by its index.
    """
    wanted = _echo_stems(text, *m.span("inner"))
    i = bisect.bisect_left(starts, line_end)
    while i < len(quotes) and quotes[i].start < line_end + _ECHO_REACH:
        q = quotes[i]
        if q.speaker is not None:
            if i not in stems:
                stems[i] = frozenset(_echo_stems(text, q.start, q.end))
            if all(w in stems[i] for w in wanted):
                return q
        i += 1
    return None


# How many quotes below a headline are looked at for the one whose words it holds.
_ECHO_QUOTES = 40


def _name_unnamed_headline(
    out: list[Quote], quotes: Sequence[Quote], starts: Sequence[int], m: regex.Match[str]
) -> None:
    """
    Give a headline's quotation attributed to no one named (``«…»: в министерстве сообщили о …``) the speaker of the
    quote below that holds its words (``«…, сроки сдвинутся на осень», — сказал замминистра X``).
    """
    start, end = m.span("inner")
    i = bisect.bisect_left(starts, start)
    if i >= len(quotes) or quotes[i].start != start or quotes[i].end != end:
        return
    if quotes[i].speaker_named and quotes[i].speaker is not None:
        return
    words = m["inner"].strip().rstrip(".!?…").casefold()
    if len(words.split()) < 2:
        return
    # A headline with no speaker at all takes an unnamed one too ("заместитель генерального прокурора").
    anyone = quotes[i].speaker is None
    named = [q for q in quotes[i + 1 : i + 1 + _ECHO_QUOTES] if q.speaker is not None and (q.speaker_named or anyone)]
    source = next((q for q in named if words in q.text.casefold()), None)
    wanted = _echo_stems(m.string, start, end)
    if source is None and len(wanted) >= 2:
        # "«Слухи без почвы»" over "«… слухи возникли без всякой почвы …»": every content word, by stem.
        source = next((q for q in named if set(wanted) <= set(_echo_stems(m.string, q.start, q.end))), None)
    if source is not None:
        k = out.index(quotes[i])
        out[k] = attrs.evolve(out[k], speaker=source.speaker, speaker_named=source.speaker_named, role=source.role)


def _phrase_of_words(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` is a phrase of two or three content words in lower case after the first (``Нерушимый
    принцип взаимности``), which a headline pulls from a quote below it word for word; a name (``«Северный
    Альянс»``) is capitalised throughout, a manner (``«По новой схеме»``) opens with a preposition.
    """
    found = words_in(text, start, end)
    content = [w for w in found if not is_function_word(w.text)]
    opens = bool(found) and not is_function_word(found[0].text)  # "«По упрощённой схеме»": a manner, no words
    return opens and len(content) >= 2 and all(w.text.islower() for w in found[1:])


def _holds(quote: str, words: str, *, whole: bool) -> bool:
    """
    Whether *quote* holds *words* (case-folded); when *whole*, as whole words not quoted as a name of their own: the
    end of a quoted fragment holds them (``«абсолютно проплаченная акция»``), ``«Северный Альянс»`` does not.
    """
    folded = quote.casefold()
    at = folded.find(words)
    if not whole:
        return at >= 0
    while at >= 0:  # each place it stands, until one is whole words outside quotation marks of their own
        end = at + len(words)
        around = folded[at - 1 : at] + folded[end : end + 1]
        if not any(c.isalnum() for c in around) and not (len(around) == 2 and all(c in _MARKS for c in around)):
            return True
        at = folded.find(words, end)
    return False


# Quotation marks that make the words between them a name, not someone's words.
_MARKS = "«»\"„“”"


# A quote of no one named, whose speaker's fields a subheading takes when the section below quotes no one.
_NO_ONE_QUOTED = Quote(0, 0, "", "direct")
# The most words of a subheading that is someone's sentence.
_SAID_SUBHEADING_WORDS = 20


def _subheading(text: str, m: regex.Match[str], p: _Para) -> bool:
    """
    Whether the quoted line *m*, paragraph *p*, is a subheading that is a sentence: no full stop after its closing
    mark (``«Работы идут по графику».`` is a paragraph of someone's words going on), at most
    :data:`_SAID_SUBHEADING_WORDS` words (:func:`_sentence_in`).
    """
    start, end = m.span("inner")
    if text[end + 1 : p.end].strip() or len(words_in(text, start, end)) > _SAID_SUBHEADING_WORDS:
        return False
    return _sentence_in(text, start, end)


def _first_quoted_below(
    text: str, paras: Sequence[_Para], k: int, quotes: Sequence[Quote], starts: Sequence[int]
) -> Quote | None:
    """
    The first quote with a speaker in the section below subheading *k*, up to the next quoted line, within
    :data:`_ECHO_REACH` characters.
    """
    reach = paras[k].end + _ECHO_REACH
    ahead = itertools.takewhile(lambda p: p.start < reach, paras[k + 1 :])
    end = next((p.start for p in ahead if QUOTED_LINE_RE.fullmatch(text, p.start, p.end)), reach)
    i = bisect.bisect_left(starts, paras[k].end)
    below = itertools.takewhile(lambda q: q.start < end, quotes[i:])
    return next((q for q in below if q.speaker is not None), None)


def _with_echoes(text: str, paras: list[_Para], quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """
    *quotes* and the headlines that echo them.

    A title or subheading that is wholly a quotation (or opens with one before a colon, ``«…»: что ждёт …``),
    with no attribution of its own, whose words recur inside a quote of the article is a direct quote of that
    quote's speaker: the outlet pulls the headline from the
    speaker's words (``«Монстр, который держал меня в клетке»`` above ``«… Монстр, который держал меня в
    клетке. …», — написала Гуцу``). A short statement (a predicate or a first-person word, at most eight words)
    may echo a quote below it in other forms and order (``«Периодически бегают…»`` over ``«Данная категория
    периодически бегает», — добавил X``); a short name of a section (``«Летающее крыло»``) echoes nothing.
    """
    out = list(quotes)
    starts = [q.start for q in quotes]
    stems: dict[int, frozenset[str]] = {}
    lines = 0
    for k, p in enumerate(paras):
        head = None
        m = QUOTED_LINE_RE.fullmatch(text, p.start, p.end) or (head := _QUOTED_HEAD_RE.fullmatch(text, p.start, p.end))
        if m is None:
            continue
        if _overlaps(quotes, starts, p.start, p.end):
            _name_unnamed_headline(out, quotes, starts, m)
            continue
        words = m["inner"].strip().rstrip(".!?…").casefold()
        brief = len(words.split()) < _ECHO_WORDS
        phrase = brief and head is not None and _phrase_of_words(text, *m.span("inner"))
        if brief and not phrase and not _said_briefly(text, *m.span("inner")):
            continue
        lines += 1
        if lines > _MAX_ECHO_LINES:
            break  # a text of quoted lines, no headlines: each would be compared with every quote
        source = next((q for q in quotes if q.speaker is not None and _holds(q.text, words, whole=brief)), None)
        if source is None and _said_briefly(text, *m.span("inner"), _PARAPHRASE_WORDS):
            source = _paraphrased(text, m, p.end, quotes, starts, stems)
        rule = "marks-echo"
        if source is None and head is None and k > 0 and _subheading(text, m, p):
            # "«К нам не приходили допинг-офицеры»" over a section: words pulled from someone it quotes, whose words
            # the section below tells first.
            rule = "marks-subheading"
            source = _first_quoted_below(text, paras, k, quotes, starts) or _NO_ONE_QUOTED
        if source is not None:
            start, end = m.span("inner")
            out.append(
                attrs.evolve(
                    source,
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind="direct",
                    mention_start=None,
                    mention_end=None,
                    verb=None,
                    rule=rule,
                )
            )
    return tuple(sorted(out, key=lambda q: q.start)) if out != list(quotes) else quotes
