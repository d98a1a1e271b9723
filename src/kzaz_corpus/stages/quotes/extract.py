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
- Quotation marks around names and terms (``агентству "Казинформ"``) carry no
  attribution and are not quotes; a verbatim fragment inside indirect speech
  stays part of it.
- Content spans exclude quotation marks, the attribution, and trailing
  commas, dashes and the sentence-final period.

Each rule below is a small function over one paragraph that returns
candidates; overlapping candidates are settled by rule priority (direct
speech first), then speakers are resolved in text order
(:mod:`kzaz_corpus.stages.quotes.speakers`). All patterns are possessive or bounded, and the
scan visits every paragraph a fixed number of times, so the work is linear in
the text.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
from collections.abc import Sequence

import regex
from attrs import define, field

from ...lexicon.quotes import VerbForm, verb_at, verb_regex
from ...model import TEXT_KINDS, Paragraph, Quote, QuoteKind
from ...text.doc import Doc
from .mentions import WINDOW, medium_in, mention_after, mention_anywhere, mention_before, source_place
from .speakers import Mention, SpeakerContext
from .text import DASHES, HS, content_start, quote_spans, trim_span

__all__ = ["extract_quotes", "run"]

_TEXT_KINDS = TEXT_KINDS

# What counts, "direct": a paragraph that opens with a dash ("– …", "-Напомню …").
_DASH_OPEN_RE = regex.compile(rf"{HS}*+[{DASHES}]{HS}*+(?=\S)")
# The attribution after a dash-quote piece: ", – заявил", "! – воскликнул", "… – сказал".
_DASH_ATTR_BEFORE_RE = regex.compile(rf"([,!?…])[»\"”“]?+{HS}*+[{DASHES}]++{HS}*+\Z")
# After a closing quotation mark: "», – сказал", "",- заявил", "», указано", "»,— заявил".
_AFTER_CLOSE_RE = regex.compile(rf"[»\"”“]{{0,8}}+{HS}*+(?:[,.!?…]{HS}*+[{DASHES}]*+|[{DASHES}]++){HS}*+")
# What counts, "indirect": a verb, at most eight words, then ", что" (not "за то, что": a reason clause).
# A listener in quotation marks may stand among the words: "сказал «Известиям», что".
_CHTO_RE = regex.compile(
    r"(?:\s++(?!(?:то|того|тем|том|тому)\b)(?:[^\s,.;:!?«»\"„“”()]++|«[^«»\n]{1,40}+»|\"[^\"\n]{1,40}+\")){0,8}?"
    r"(?:\s++(?:о|об|на)\s++(?:том|то))?+\s*+,\s*+что\b\s*+"
)
# "По словам X, …", "По его мнению, …", optionally after "Также", "Однако", "При этом".
_PO_SLOVAM_RE = regex.compile(
    r"(?i)(?:(?:также|однако|при\s++этом|кроме\s++того|а|и|но|вместе\s++с\s++тем),?+\s++)?+"
    # "по оценке X" weighs like "по мнению X"; "по информации пресс-службы" like "как сообщила пресс-служба".
    r"по\s++(?P<pron>(?:его|её|ее|их)\s++)?+(?:словам|мнению|утверждению|заявлению|оценке|информации)"
    r"(?P<who>[^,\n]{0,150}?),\s*+"
)
# "Как сообщил X, …": a sentence opening with "как" and a speech verb.
_KAK_RE = regex.compile(r"(?i)\Aкак\s++(?:\p{L}++\s++){0,2}?\Z")
# What counts, backward attribution: "Об этом сказал X", "Как передает Y, об этом сказал X".
_OB_ETOM_RE = regex.compile(
    r"(?i)(?:как\s++(?:\p{L}++\s++){0,2}?\p{L}++\s++[^,\n]{1,60}?,\s*+)?+"
    r"(?:об\s++этом|такое\s++(?:заявление|мнение)|так\s++считает)\b"
)
# An intro of at most three words before a parenthetical attribution: "В частности, сказал он, …".
_INTRO_RE = regex.compile(r"\A(?:\p{L}++\s++){0,2}\p{L}++,\s*+\Z")
# A line holding only an attribution: "– Nordline Logistics", "— Касым-Жомарт Токаев".
_OWN_LINE_RE = regex.compile(
    rf"{HS}*+[{DASHES}]{HS}*+(?P<who>[\p{{Lu}}A-Z][^\s.!?,;:]*+(?:{HS}++(?:[\p{{Lu}}A-Z][^\s.!?,;:]*+|оглу|кызы)){{0,4}}+)"
    rf"{HS}*+\Z"
)  # First and second person: a paragraph in the speaker's voice continues a dash quote.
_VOICE_RE = regex.compile(
    r"\b(?:[Мм]ы|[Нн]а[сш]\p{L}*|[Нн]ам(?:и)?|[Яя]|[Мм]не|[Мм]еня|[Мм]о[йяеи]\p{L}*|Вы|Ва[сш]\p{L}*|Вам(?:и)?)\b"
)
# Coordinated speech clauses inside one sentence: ", а также подчеркнул, что …".
_COORD_RE = regex.compile(r"(?i),\s*+(?:а\s++также|а\s++и|а|и|но\s++и|также)(?:\s++(?:он|она|еще|ещё|также))?\s++\Z")


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
    doc: Doc | None = field(default=None, repr=False)
    _sentences: list[tuple[int, int]] | None = field(default=None, init=False)
    _sentence_starts: list[int] = field(factory=list, init=False)

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

    def verbs_in(self, start: int, end: int) -> list[tuple[int, int, VerbForm]]:
        """The speech verbs starting inside ``[start, end)``."""
        i = bisect.bisect_left(self.verb_starts, start)
        j = bisect.bisect_left(self.verb_starts, end)
        return self.verbs[i:j]


# Any quotation mark: a paragraph without one skips pairing.
_MARK_RE = regex.compile(r"[«»„“”\"]")
# What an indirect rule without a speech verb needs: "по словам", "по его мнению".
_TRIGGER_RE = regex.compile(
    r"(?i)\bпо\s++(?:(?:его|её|ее|их)\s++)?+(?:словам|мнению|утверждению|заявлению|оценке|информации)\b"
)


def _paragraph(doc: Doc, i: int, p: Paragraph, all_verbs: list[tuple[int, int, VerbForm]], starts: list[int]) -> _Para:
    text = doc.text
    cs = content_start(text, p.start, p.end)
    verbs = all_verbs[bisect.bisect_left(starts, p.start) : bisect.bisect_left(starts, p.end)]
    dash = _DASH_OPEN_RE.match(text, p.start, p.end) is not None
    marks = quote_spans(text, p.start, p.end) if _MARK_RE.search(text, p.start, p.end) else []
    trigger = bool(verbs) or _TRIGGER_RE.search(text, p.start, p.end) is not None
    para = _Para(i, p.start, p.end, cs, p.kind, dash, marks, verbs, text, trigger, doc=doc)
    para.verb_at = {v[0]: v for v in verbs}
    para.verb_starts = [v[0] for v in verbs]
    para.mark_spans = sorted((o, c + 1) for o, c, _ in marks)
    para.mark_at = {o: c for o, c, _ in marks}
    return para


def _all_verbs(doc: Doc) -> list[tuple[int, int, VerbForm]]:
    """Every attributing speech-verb form in the document, in order."""
    out = []
    text, low = doc.text, doc.lower
    # Lower-casing keeps offsets for Cyrillic and Latin; a text where it does not is searched as it is.
    found = verb_regex(lower=True).finditer(low) if len(low) == len(text) else verb_regex().finditer(text)
    for m in found:
        vf = verb_at(text, m.start(), m.end())
        if vf is not None:
            out.append((m.start(), m.end(), vf))
    return out


def _sentence_of(para: _Para, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(para.sentence_starts, pos) - 1
    if i >= 0 and pos < para.sentences[i][1]:
        return para.sentences[i]
    return para.content, para.end


def _inside(spans: Sequence[tuple[int, int]], pos: int, *, reach: int = 8) -> bool:
    """Whether *pos* falls in one of the sorted *spans* (looking back over at most *reach* spans)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return any(spans[j][0] <= pos < spans[j][1] for j in range(i, max(-1, i - reach), -1))


def _attribution_after(
    ctx: SpeakerContext, text: str, para: _Para, v: tuple[int, int, VerbForm]
) -> tuple[Mention | None, str | None]:
    """The mention after a postposed verb, up to the end of its sentence."""
    _, se = _sentence_of(para, v[0])
    se = min(se, v[1] + WINDOW)
    medium = medium_in(text, v[1], se)
    if v[2].cls in ("impersonal", "passive") or (v[2].plural and v[2].cls != "opinion"):
        place = source_place(ctx, text, v[1], se)
        m, bare = mention_after(ctx, text, v[1], se)
        if v[2].cls in ("impersonal", "passive") or m is None:
            return place or m, medium or bare
        return m, medium or bare
    m, bare = mention_after(ctx, text, v[1], se)
    return m, medium or bare


# --- rules: direct speech --------------------------------------------------------


def _dash_rule(ctx: SpeakerContext, text: str, paras: list[_Para], k: int) -> list[_Cand]:
    """What counts, "direct": dash dialogue with the attribution after, inside or before the quote."""
    para = paras[k]
    if not para.dash or _OWN_LINE_RE.match(text, para.start, para.end):
        return []
    body = _DASH_OPEN_RE.match(text, para.start, para.end)
    assert body is not None
    if _verb_line(para, body.end()) is not None:
        # "— рассказала она журналистам." under a quote: an attribution, not a quote.
        return []
    out: list[_Cand] = []
    piece = body.end()
    attributions = [
        v
        for v in para.verbs
        if v[2].cls != "opinion" and _DASH_ATTR_BEFORE_RE.search(text, max(piece, v[0] - 8), v[0]) is not None
    ]
    idx = 0
    while idx < len(attributions):
        v = attributions[idx]
        idx += 1
        m = _DASH_ATTR_BEFORE_RE.search(text, max(piece, v[0] - 8), v[0])
        if v[0] < piece or m is None:
            continue
        s, e = trim_span(text, piece, m.start() + (1 if m.group(1) in "!?…" else 0))
        _, se = _sentence_of(para, v[0])
        mention, medium = _attribution_after(ctx, text, para, v)
        if e > s:
            out.append(_Cand(s, e, "direct", "dash", 3, mention, v[2], medium, para=k))
        nxt = _DASH_OPEN_RE.match(text, se, para.end)
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
    if out:
        return out
    s, e = trim_span(text, body.end(), para.end)
    if e <= s:
        return []
    # The attribution on a line of its own after the quote: "— рассказал тренер.", "— Имя Фамилия".
    if k + 1 < len(paras) and paras[k + 1].dash:
        nxt_body = _DASH_OPEN_RE.match(text, paras[k + 1].start, paras[k + 1].end)
        v_line = _verb_line(paras[k + 1], nxt_body.end()) if nxt_body is not None else None
        if v_line is not None:
            mention, medium = _attribution_after(ctx, text, paras[k + 1], v_line)
            return [_Cand(s, e, "direct", "dash-own-line", 3, mention, v_line[2], medium, para=k)]
    if k + 1 < len(paras) and (own := _OWN_LINE_RE.match(text, paras[k + 1].start, paras[k + 1].end)):
        who = own.start("who")
        mention = mention_anywhere(ctx, text, who, own.end("who"))
        return [_Cand(s, e, "direct", "dash-own-line", 3, mention, para=k)]
    # The attribution before the quote: "… заявил:" closing the previous paragraph.
    if k > 0 and text[paras[k - 1].start : paras[k - 1].end].rstrip().endswith(":"):
        mention, vf = _colon_intro(ctx, text, paras[k - 1])
        return [
            _Cand(s, e, "direct", "dash-after-colon", 3, mention, vf, inherit=mention is None, runs_to_end=True, para=k)
        ]
    # The quote runs on into the next paragraph(s), which carry the attribution.
    for j in range(k + 1, min(k + 3, len(paras))):
        nxt_para = paras[j]
        if nxt_para.dash or nxt_para.kind not in _TEXT_KINDS:
            break
        for v in nxt_para.verbs:
            m = _DASH_ATTR_BEFORE_RE.search(text, max(nxt_para.start, v[0] - 8), v[0])
            if m is not None and v[2].cls != "opinion":
                s2, e2 = trim_span(text, body.end(), m.start())
                mention, medium = _attribution_after(ctx, text, nxt_para, v)
                return [_Cand(s2, e2, "direct", "dash-multi", 3, mention, v[2], medium, para=k)]
    return []


# "как говорил X, «…»": a quotation introduced by "как" and a speech verb, also inside another quote.
_KAK_VERB_RE = regex.compile(r"(?i)(?<!\p{L})как\s++(?:\p{L}++\s++)?+\Z")
_KAK_TAIL_RE = regex.compile(rf"[^,.!?«»\"„“”\n]{{1,100}}+,{HS}*+\Z")


def _kak_before(ctx: SpeakerContext, text: str, para: _Para, o: int) -> tuple[Mention | None, VerbForm] | None:
    """The speaker of a quotation mark at *o* opened by "как сказал X, …" (What counts, "Quotes")."""
    verbs = para.verbs_in(max(para.start, o - 120), o)
    if not verbs:
        return None
    v = verbs[-1]
    if v[2].cls == "opinion" or not _KAK_VERB_RE.search(text, max(para.start, v[0] - 20), v[0]):
        return None
    if not _KAK_TAIL_RE.match(text, v[1], o):
        return None
    comma = text.rfind(",", v[1], o)
    return mention_anywhere(ctx, text, v[1], comma), v[2]


def _colon_intro(ctx: SpeakerContext, text: str, para: _Para) -> tuple[Mention | None, VerbForm | None]:
    """The speaker a paragraph ending "… пояснил журналистам:" names for the quote under it."""
    colon = text.rfind(":", para.start, para.end)
    cs, _ = _sentence_of(para, colon)
    cs = max(cs, para.content, colon - WINDOW)
    verbs = [v for v in para.verbs_in(cs, colon) if v[2].cls != "opinion"]
    if not verbs:
        return None, None
    v = verbs[-1]
    return mention_before(ctx, text, cs, v[0]) or mention_after(ctx, text, v[1], colon)[0], v[2]


def _verb_line(para: _Para, pos: int) -> tuple[int, int, VerbForm] | None:
    """The speech verb opening a dash line at *pos* ("— сказал он."), if any."""
    v = para.verb_at.get(pos)
    return v if v is not None and v[2].cls != "opinion" else None


# What counts, "not quotes": names and terms in quotation marks. A short capitalised span
# with no verb and no sentence punctuation ("Горное дело", "Связь") that stands in a list
# of such spans ("по программам «Экология» и «Связь»") is a name.
_SHORT_NAME_RE = regex.compile(r"\p{Lu}[\p{L}\p{N}-]{0,40}+(?:\s++[\p{L}\p{N}-]{1,40}+){0,2}+")
_LIST_BEFORE_RE = regex.compile(rf"[»\"”“]{HS}*+(?:,|и|или){HS}*+\Z")
_LIST_AFTER_RE = regex.compile(rf"{HS}*+(?:,|и|или){HS}*+[«\"„“]")


# A headline's speaker before a colon: a title of at most six words ("Главный тренер сборной").
_HEADLINE_TITLE_RE = regex.compile(rf"{HS}*+\p{{L}}[\p{{L}}-]{{0,40}}+(?:{HS}++[\p{{L}}-]{{1,40}}+){{0,5}}+{HS}*+")


def _listed_name(text: str, para: _Para, o: int, c: int, s: int, e: int) -> bool:
    """Whether the quotation marks at *o*..*c* hold a name in a list of quoted names."""
    if not _SHORT_NAME_RE.fullmatch(text, s, e) or para.verbs_in(s, e):
        return False
    if _LIST_BEFORE_RE.search(text, max(para.start, o - 8), o) is not None:
        return True
    return _LIST_AFTER_RE.match(text, c + 1, min(para.end, c + 10)) is not None


def _marks_rule(ctx: SpeakerContext, text: str, paras: list[_Para], k: int) -> list[_Cand]:
    """What counts, "direct": quotation marks with an attribution next to them."""
    para = paras[k]
    out: list[_Cand] = []
    for o, c, _depth in para.marks:
        s, e = trim_span(text, o + 1, c)
        if e <= s or _listed_name(text, para, o, c, s, e):
            continue
        mention: Mention | None
        after = _AFTER_CLOSE_RE.match(text, c, para.end)
        if after is not None:
            v = para.verb_at.get(after.end())
            if v is not None and v[2].cls != "opinion":
                mention, medium = _attribution_after(ctx, text, para, v)
                out.append(_Cand(s, e, "direct", "marks-after", 3, mention, v[2], medium, para=k))
                continue
        kak = _kak_before(ctx, text, para, o)
        if kak is not None:
            out.append(_Cand(s, e, "direct", "marks-kak", 3, kak[0], kak[1], para=k))
            continue
        colon = o - 1
        while colon > max(para.start, o - 12) and text[colon].isspace():
            colon -= 1
        if colon >= para.start and text[colon] == ":":
            cs, _ = _sentence_of(para, colon)
            cs = max(cs, para.content)
            cs = max(cs, colon - WINDOW)
            verbs = para.verbs_in(cs, colon)
            mention = None
            vf: VerbForm | None = None
            if verbs:
                v = verbs[-1]
                vf = v[2]
                mention = mention_before(ctx, text, cs, v[0]) or mention_after(ctx, text, v[1], colon)[0]
            elif (pm := ctx.person_at(cs, colon)) is not None and pm.start - cs < 5:
                mention = mention_anywhere(ctx, text, pm.start, pm.end)
                role = text[pm.end : colon].strip(" ,–—-\u00a0")
                if mention is not None and role:
                    mention = Mention(mention.start, mention.end, mention.kind, mention.text, role, mention.person)
            elif cs <= para.content and c >= para.end - 2 and _HEADLINE_TITLE_RE.fullmatch(text, cs, colon):
                # What counts, "Quotes": a headline line "Ректор: «…»" quotes the holder of the title.
                found = mention_anywhere(ctx, text, cs, colon)
                if found is not None and found.kind == "title" and found.start - cs < 30:
                    mention = found
            if mention is not None or (verbs and c >= para.end - 2):
                out.append(
                    _Cand(
                        s,
                        e,
                        "direct",
                        "marks-colon",
                        3,
                        mention,
                        vf,
                        inherit=mention is None,
                        para=k,
                        runs_to_end=c >= para.end - 2,
                    )
                )
                continue
        at_start = o <= para.content + 1
        at_end = c >= para.end - 2
        if at_start and at_end and k + 1 < len(paras):
            own = _OWN_LINE_RE.match(text, paras[k + 1].start, paras[k + 1].end)
            if own is not None:
                mention = mention_anywhere(ctx, text, own.start("who"), own.end("who"))
                out.append(_Cand(s, e, "direct", "marks-own-line", 3, mention, para=k))
                continue
        if at_start and k > 0 and text[paras[k - 1].start : paras[k - 1].end].rstrip().endswith(":"):
            mention, vf = _colon_intro(ctx, text, paras[k - 1])
            out.append(_Cand(s, e, "direct", "marks-after-colon", 3, mention, vf, inherit=mention is None, para=k))
    return out


# --- rules: indirect speech ------------------------------------------------------


def _chto_rule(ctx: SpeakerContext, text: str, paras: list[_Para], k: int) -> list[_Cand]:
    """What counts, "indirect": a speech verb followed by "что"; the clause to the end of the sentence."""
    para = paras[k]
    out: list[_Cand] = []
    for v in para.verbs:
        if v[0] < para.content:
            continue
        ss, se = _sentence_of(para, v[0])
        m = _CHTO_RE.match(text, v[1], min(se, v[1] + WINDOW))
        if m is None:
            continue
        mention: Mention | None
        if v[2].cls in ("impersonal", "passive"):
            mention = source_place(ctx, text, ss, v[0], near_end=True) or source_place(
                ctx, text, v[1], m.start() + len(m.group())
            )
            if mention is None:
                continue
        else:
            mention = mention_before(ctx, text, ss, v[0])
            if mention is None:
                gap = mention_after(ctx, text, v[1], m.end())[0]
                mention = gap
            if mention is None and v[2].plural:
                mention = source_place(ctx, text, ss, v[0], near_end=True)
        start = m.end()
        out.append(
            _Cand(
                start,
                se,
                "indirect",
                "chto",
                2,
                mention,
                v[2],
                medium_in(text, max(ss, v[0] - WINDOW), start),
                para=k,
                anchor=v[0],
            )
        )
    # A later coordinated clause (", а также подчеркнул, что …") ends the clause before it.
    for a, b in itertools.pairwise(out):
        if a.start < b.anchor < a.end:
            cut = text.rfind(",", a.start, b.anchor)
            if cut > a.start and _COORD_RE.search(text, cut, b.anchor):
                a.end = cut
    for cand in out:
        cand.start, cand.end = trim_span(text, cand.start, cand.end)
    return [c for c in out if c.end > c.start]


def _po_slovam_rule(ctx: SpeakerContext, text: str, paras: list[_Para], k: int) -> list[_Cand]:
    """What counts, "indirect": "по словам X, …", "по мнению X, …", "как сообщил X, …", "В частности, сказал он, …"."""
    para = paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        m = _PO_SLOVAM_RE.match(text, ss, se)
        if m is not None:
            if m.group("pron"):
                mention: Mention | None = Mention(
                    m.start("pron"), m.start("pron") + len(m.group("pron").strip()), "pronoun", m.group("pron").strip()
                )
            else:
                mention = mention_anywhere(ctx, text, m.start("who"), m.end("who"))
            s, e = trim_span(text, m.end(), se)
            if e > s:
                out.append(_Cand(s, e, "indirect", "po-slovam", 2, mention, para=k))
            continue
        for v in para.verbs_in(ss + 1, min(se, ss + 40)):
            if v[2].cls == "opinion":
                continue
            head = text[ss : v[0]]
            comma = text.find(",", v[1], min(se, v[1] + WINDOW))
            if comma < 0:
                break
            if _KAK_RE.match(head):
                rest = text[comma + 1 : se].lstrip()
                if _ABOUT_IT_RE.match(rest):
                    break
                mention = mention_anywhere(ctx, text, v[1], comma)
                if mention is None or v[2].plural or v[2].cls == "impersonal":
                    mention = source_place(ctx, text, v[1], comma) or mention
                s, e = trim_span(text, comma + 1, se)
                if e > s:
                    out.append(_Cand(s, e, "indirect", "kak", 2, mention, v[2], para=k))
            elif _INTRO_RE.match(head) and comma - v[1] < 60:
                mention = mention_after(ctx, text, v[1], comma)[0]
                s, e = trim_span(text, comma + 1, se)
                if mention is not None and e > s:
                    out.append(_Cand(s, e, "indirect", "parenthetical", 2, mention, v[2], para=k))
            break
    return out


# "Как сообщил X, об этом …": the clause after the comma is not the quote.
_ABOUT_IT_RE = regex.compile(r"(?i)(?:об\s++этом|о\s++том|это\b)")
# The comma (and dash) that ends a quote right before a postposed verb: "…, – заявил".
_COMMA_BEFORE_RE = regex.compile(rf",{HS}*+(?:[{DASHES}]{HS}*+)?\Z")
_COLON_AFTER_RE = regex.compile(r"\s*+:")
# A capitalised word after a lower-case one: where a glued headline ends.
_GLUED_WORD_RE = regex.compile(r"(?<=[\p{Ll}\d%)])\s++(\p{Lu}\p{Ll}*+)")
_THREE_WORDS_RE = regex.compile(r"\S++(?:\s++\S++){2}")
_NOT_CONTENT_RE = regex.compile(r"(?i)(?:как\b|по\s++словам|по\s++мнению|об\s++этом|о\s++том\b)")


def _postposed_rule(ctx: SpeakerContext, text: str, paras: list[_Para], k: int) -> list[_Cand]:
    """What counts, "indirect": "…, заявил министр." in a paragraph that does not open with a dash."""
    para = paras[k]
    if para.dash:
        return []
    out: list[_Cand] = []
    done_sentences: set[int] = set()
    for v in para.verbs:
        ss, se = _sentence_of(para, v[0])
        if ss in done_sentences:
            continue
        m = _COMMA_BEFORE_RE.search(text, max(ss, v[0] - 6), v[0])
        if m is None:
            continue
        comma = m.start()
        if _inside(para.mark_spans, comma):
            continue
        if _CHTO_RE.match(text, v[1], min(se, v[1] + WINDOW)) or _COLON_AFTER_RE.match(text, v[1], v[1] + 3):
            continue
        s, e = trim_span(text, ss, comma)
        if e - s < 8 or not _THREE_WORDS_RE.match(text, s, e) or _NOT_CONTENT_RE.match(text, s, e):
            continue
        if any(para.mark_at.get(o, -1) >= e - 1 for o in (s - 1, s, s + 1)):
            continue
        mention, medium = _attribution_after(ctx, text, para, v)
        if mention is None:
            continue
        done_sentences.add(ss)
        out.append(_Cand(s, e, "indirect", "postposed", 1, mention, v[2], medium, para=k))
    return out


def _glue_start(ctx: SpeakerContext, text: str, s: int, e: int) -> int:
    """Past a headline glued to the first sentence: "… экспорт овощей В первом квартале …"."""
    from ...lexicon.morph import parse

    for m in _GLUED_WORD_RE.finditer(text, s, min(e, s + 250)):
        word = m.group(1)
        pos = m.start(1)
        if ctx.person_at(pos, pos + 1) is not None:
            continue
        ps = parse(word.lower())
        if ps and not any(t in ps[0].tag for t in ("Geox", "Name", "Surn", "Orgn", "Abbr", "Patr")):
            return pos
    return s


def _ob_etom_rule(ctx: SpeakerContext, text: str, paras: list[_Para], k: int) -> list[_Cand]:
    """What counts, backward attribution: "Об этом сказал X" quotes what precedes it."""
    para = paras[k]
    out: list[_Cand] = []
    for ss, se in para.sentences:
        m = _OB_ETOM_RE.match(text, ss, se)
        if m is None:
            continue
        verbs = para.verbs_in(m.end(), se)
        if not verbs:
            continue
        v = verbs[0]
        mention: Mention | None = None
        if v[2].cls in ("impersonal", "passive"):
            mention = source_place(ctx, text, v[1], se)
        else:
            mention = mention_before(ctx, text, m.end(), v[0])
            after, _ = mention_after(ctx, text, v[1], se)
            if mention is None or (after is not None and "ссылк" in text[v[1] : se]):
                mention = after
            elif mention.kind in ("org", "group") and after is not None and after.kind in ("person", "title"):
                # "Об этом на заседании кабмина сообщил министр …": the person after the verb, not the occasion.
                mention = after
            if mention is None and v[2].plural:
                mention = source_place(ctx, text, v[1], se)
        medium = medium_in(text, ss, se)
        if ss > para.content:
            cs = para.content
            if text[para.start : para.start + 1].isdigit():
                cs = _glue_start(ctx, text, cs, ss)
            s, e = trim_span(text, cs, ss)
        else:
            j = k - 1
            while j >= 0 and paras[j].kind not in _TEXT_KINDS:
                j -= 1
            if j < 0:
                continue
            s, e = trim_span(text, paras[j].content, paras[j].end)
        if e > s:
            out.append(_Cand(s, e, "indirect", "ob-etom", 2, mention, v[2], medium, para=k, anchor=v[0]))
    return out


_DIRECT_RULES = (_dash_rule, _marks_rule)
_INDIRECT_RULES = (_ob_etom_rule, _chto_rule, _po_slovam_rule, _postposed_rule)


def _continue_voice(text: str, paras: list[_Para], cand: _Cand, taken: list[tuple[int, int]]) -> None:
    """What counts: a dash quote goes on in following paragraphs in the same voice."""
    k = cand.para
    while k + 1 < len(paras):
        nxt = paras[k + 1]
        if nxt.dash or nxt.kind != "body" or text[nxt.start] in '«"„“' or _inside(taken, nxt.start):
            return
        if any(v[2].cls != "opinion" for v in nxt.verbs) or not _VOICE_RE.search(text, nxt.start, nxt.end):
            return
        cand.end = trim_span(text, nxt.start, nxt.end)[1]
        k += 1


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

    Reads the document's text, paragraphs and sentences; *date* is the
    article's date, used to look up office-holders.

    >>> t = "Министр Иван Петров заявил, что цены снизятся."
    >>> [q.speaker for q in run(Doc(t), date=None)]
    ['Иван Петров']
    """
    text = doc.text
    if not text:
        return ()
    verbs = _all_verbs(doc)
    starts = [v[0] for v in verbs]
    paras = [
        _paragraph(doc, i, p, verbs, starts) for i, p in enumerate(doc.body)
    ]
    if not any(p.trigger or p.marks or p.dash for p in paras):
        return ()
    ctx = SpeakerContext(text, date)
    direct: list[_Cand] = []
    for k in range(len(paras)):
        for rule in _DIRECT_RULES:
            direct.extend(rule(ctx, text, paras, k))
    direct_spans = [(c.start, c.end) for c in direct]
    for c in direct:
        if c.runs_to_end:
            _continue_voice(text, paras, c, direct_spans)
    direct_spans = sorted((c.start, c.end) for c in direct)
    indirect: list[_Cand] = []
    for k in range(len(paras)):
        if not paras[k].trigger:
            continue
        for rule in _INDIRECT_RULES:
            for c in rule(ctx, text, paras, k):
                anchor = c.anchor if c.anchor >= 0 else c.start
                if not _inside(direct_spans, anchor):
                    indirect.append(c)
    accepted: list[_Cand] = []
    # Accepted spans that do not nest: sorted and disjoint, so a clash is found next to the insertion point.
    taken: list[tuple[int, int, str]] = []
    for c in sorted(direct + indirect, key=lambda c: (-c.priority, c.start, -c.end)):
        i = bisect.bisect_left(taken, (c.start, c.end, ""))
        near = taken[max(0, i - 1) : i + 1]
        clash = [a for a in near if c.start < a[1] and a[0] < c.end]
        if i + 1 < len(taken) and taken[i + 1][0] < c.end:
            clash.append(taken[i + 1])
        if not clash:
            taken.insert(i, (c.start, c.end, c.kind))
            accepted.append(c)
        elif c.kind == "direct" and all(a[2] == "direct" and a[0] <= c.start and c.end <= a[1] for a in clash):
            accepted.append(c)
    accepted.sort(key=lambda c: (c.start, c.end))
    speakers = ctx.discourse(direct_spans)
    out: list[Quote] = []
    for c in accepted:
        anchor = c.mention.start if c.mention is not None else c.start
        gender = c.verb.gender if c.verb is not None else None
        speaker, named = speakers.attribute(c.mention, anchor, inherit=c.inherit or c.verb is not None, gender=gender)
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
    return tuple(out)
