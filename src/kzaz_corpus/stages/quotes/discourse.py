"""
The discourse state of an article while its quotes are attributed in order: who is speaking.

Facts (the design in docs/explanation/speakers.md):
- The current speaker is the person the last attribution named (by name,
  title or pronoun); a quote with no attribution of its own that continues a
  paragraph of speech inherits it.
- A pronoun or a bare title that names nobody by itself goes to the most
  salient person of a compatible gender: the current speaker first (when it
  spoke within the last few paragraphs), unless a new subject was named in
  full in the pronoun's own paragraph; then the nearest person before it
  (a subject in the nominative first); then the latest speaker at any
  distance.
- Names inside direct quotes are not candidates: a speaker's ``мы с
  Ерланом`` does not make Ерлан the next ``он``. A pronoun inside a direct
  quote is the speaker's own: it goes first to the nearest person the quote
  names before it (``«Я спросил Игоря, … Он сказал, что …»``).
- With no named person to go to, a pronoun takes the last unnamed speaker of
  its gender (``горожанка``), or the nearest person noun before it
  (``девушка``), in the nominative and unnamed; it is never the speaker
  itself.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ... import cache
from ...lexicon.morph import is_finite_verb
from ...lexicon.quotes import INSERTIONS, verb_forms
from ...text.chars import fold
from ...text.doc import Word, word_before, words_in
from ..names import PersonMention, is_first_name, opens_sentence, subject_after_verb
from .persons import Gender
from .text import QUOTED_LINE_RE

if TYPE_CHECKING:
    from .persons import PersonIndex

__all__ = ["Discourse", "Event", "noun_gender"]

# How many paragraphs back the current speaker stays current.
_CURRENT_PARAGRAPHS = 3
# How many characters back a person noun may stand for a pronoun.
_NOUN_REACH = 300
# How far after a name in the genitive its sentence's subject may stand, a noun for a person before its verb.
_SUBJECT_AFTER_REACH = 80
_PARAGRAPH_RE = cache.pattern(r"\n\s*+")
# A noun of a statement and the title phrase after it, right before its author's name: "с заявлением министра
# энергетики, промышленности и минеральных ресурсов страны ".
_STATEMENT_BEFORE_RE = cache.pattern(
    r"(?i)(?<!\p{L})(?:заявлени|высказывани|выступлени|обращени)\p{L}{0,3}+\s++[^.!?;:«»\"\n]{0,120}+\Z"
)
_STATEMENT_REACH = 160


# How far after a surname the verb it is the subject of is looked for, and how far before it its sentence opens.
_VERB_REACH = 24
_ASIDE_REACH = 40
# The longest line read as a quotation of its own (its words, the marks and a full stop).
_QUOTED_LINE_REACH = 310
# How far back from a surname the opening of its sentence is looked for.
_OPENING_REACH = 80
#: The relative pronoun in the forms that are its verb's object, not its subject: "которого", "которую".
RELATIVE_OBJECT = r"котор(?:ого|ую|ому|ым|ой|ых|ыми)(?!\p{L})"
# A relative clause whose pronoun is its verb's object, up to a name: ", которого в Париже принимал президент ".
_OBJECT_RELATIVE_RE = cache.pattern(
    rf"(?i),[^\S\n]*+(?:(?!котор)\p{{L}}++[^\S\n]++)?+{RELATIVE_OBJECT}[^,.;:!?«»\n]*+\Z"
)
_RELATIVE_REACH = 80
# A relative clause whose pronoun is its subject, up to a position inside it: ", который работал вместе с".
_SUBJECT_RELATIVE_RE = cache.pattern(r"(?i),[^\S\n]*+котор(?:ый|ая|ые)(?!\p{L})[^,.;:!?«»\n]*+\Z")
# How many words before a relative clause its antecedent and its genitive may take: "Представитель организации".
_ANTECEDENT_WORDS = 2
# An adverbial opening of a sentence right before its subject: a discourse insertion ("При этом", "Кроме того") or
# a word of time or sequence ("В связи с этим", "Позже", "Затем").
_ADVERBIAL_BEFORE_RE = cache.pattern(
    rf"(?i:{INSERTIONS}|в\s++связи\s++с\s++этим|позже|позднее|затем|потом|после\s++этого|также|тогда|в\s++ответ)"
    r"(?:\s*+,)?+\s++\Z"
)


class Event(NamedTuple):
    """One attribution: where, to whom, whether the speaker is a named person, and the gender."""

    pos: int
    speaker: str
    named: bool
    gender: Gender | None


# How many direct quotes starting before a quote are looked at for one that holds it.
_NESTED_REACH = 8


class Discourse:
    """
    Who spoke last, and who a pronoun or bare title can stand for, while an article is read in order.

    Built by :meth:`SpeakerContext.discourse
    <kzaz_corpus.stages.quotes.speakers.SpeakerContext.discourse>`; the
    excluded spans (direct quotes) are fixed at construction.

    >>> from kzaz_corpus.stages.quotes.persons import PersonIndex
    >>> d = Discourse(PersonIndex("Министр Али Сарсенов выступил. Он сказал."))
    >>> d.record(10, "Али Сарсенов", named=True)
    >>> d.current(35, "m")
    'Али Сарсенов'

    .. versionadded:: 0.2.0
    """

    def __init__(self, persons: PersonIndex, excluded: Sequence[tuple[int, int]] = ()) -> None:
        self.persons = persons
        self.text = persons.text
        self._excluded = sorted(excluded)
        self._events: list[Event] = []
        # The content of every quote attributed so far: names in it are what was said, not who says.
        self._quoted: list[tuple[int, int]] = []

    @property
    def events(self) -> tuple[Event, ...]:
        """Every attribution recorded so far, in order."""
        return tuple(self._events)

    def quote(self, span: tuple[int, int]) -> None:
        """Record that the words at *span* were said: the names in them are no speakers."""
        bisect.insort(self._quoted, span)

    def record(
        self, pos: int, speaker: str, *, named: bool, gender: Gender | None = None, span: tuple[int, int] | None = None
    ) -> None:
        """Record that *speaker* spoke at *pos* (the words said at *span*, if given)."""
        if span is not None:
            self.quote(span)
        # The verb's agreement ("Линдси Блум заявил"), else the name's gender.
        g = gender or (self.persons.gender(speaker) if named else None)
        if not named and g is None:
            g = noun_gender(speaker)
        self._events.append(Event(pos, speaker, named, g))

    def _excluded_at(self, pos: int) -> tuple[int, int] | None:
        """The excluded span (a direct quote) that holds *pos*, if one does."""
        i = bisect.bisect_right(self._excluded, (pos, len(self.text) + 1)) - 1
        return self._excluded[i] if i >= 0 and self._excluded[i][0] <= pos < self._excluded[i][1] else None

    def nested(self, span: tuple[int, int]) -> bool:
        """Whether *span* lies inside a direct quote other than itself: speech reported within a quotation."""
        i = bisect.bisect_right(self._excluded, (span[0], len(self.text) + 1))
        return any(
            (a, b) != span and a <= span[0] and span[1] <= b for a, b in self._excluded[max(0, i - _NESTED_REACH) : i]
        )

    def _inside_excluded(self, pos: int) -> bool:
        return self._excluded_at(pos) is not None

    def named_outside_quotes(self, name: str) -> bool:
        """Whether the text names the person *name* (canonical) somewhere outside the direct quotes."""
        return any(
            self.persons.canonical(p.name) == name and not self._inside_excluded(p.start) for p in self.persons.persons
        )

    def quoted_apart(self, pos: int, other: int) -> bool:
        """Whether *pos* stands inside a direct quote that does not hold *other* too."""
        i = bisect.bisect_right(self._excluded, (pos, len(self.text) + 1)) - 1
        return (
            i >= 0
            and self._excluded[i][0] <= pos < self._excluded[i][1]
            and not (self._excluded[i][0] <= other < self._excluded[i][1])
        )

    def quoted_before(self, pos: int) -> tuple[int, int] | None:
        """The words of the last quote attributed so far that ended before *pos*, if any."""
        i = bisect.bisect_right(self._quoted, (pos, len(self.text) + 1)) - 1
        while i >= 0 and self._quoted[i][1] > pos:
            i -= 1
        return self._quoted[i] if i >= 0 else None

    def _inside_quoted(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _paragraphs_between(self, a: int, b: int) -> int:
        """
        The paragraphs that open between *a* and *b*, past those inside the spans the discourse leaves out (a
        quotation over several paragraphs, a link to another article).
        """
        return sum(not self._inside_excluded(m.end()) for m in _PARAGRAPH_RE.finditer(self.text, a, b))

    def _latest_first(self, pos: int) -> list[Event]:
        """
        The recent named attributions before *pos*, the latest in the text first.

        Quotes are recorded in the order of their words, but an attribution may
        come after the words (``«…», – сказал X``), so one nested in a quote is
        recorded after the quote it stands in while standing before its
        attribution: the text order of the attributions decides. An attribution inside a direct quote counts only
        for positions inside the same quote.
        """
        recent = [
            ev
            for ev in itertools.islice(reversed(self._events), 40)
            # Speech reported inside a quotation ("«… подтвердил и Имя Фамилия, заявив, что …»") is part of what was
            # said: its speaker is current only inside that quotation.
            if ev.pos < pos and ev.named and not self.quoted_apart(ev.pos, pos)
        ]
        return sorted(recent, key=lambda ev: ev.pos, reverse=True)

    def current(self, pos: int, gender: Gender | None = None) -> str | None:
        """The current speaker at *pos*: the latest named speaker of a compatible gender, if recent."""
        for ev in self._latest_first(pos):
            if self._paragraphs_between(ev.pos, pos) > _CURRENT_PARAGRAPHS:
                return None
            # The verb's gender, else the name's: a present-tense verb ("пишет") says nothing of it.
            if gender is None or (ev.gender or self.persons.gender(ev.speaker)) in (None, gender):
                return ev.speaker
        return None

    def last_unnamed(self, pos: int) -> str | None:
        """The unnamed speaker of the latest attribution before *pos*, within the current reach, if it named no one."""
        ev = self.latest(pos)
        return None if ev is None or ev.named else ev.speaker

    def unnamed_like(self, pos: int, head: str) -> str | None:
        """
        The unnamed speaker of an attribution before *pos* described by the noun *head* (``сочинский таксист`` for a
        later ``— указывает таксист``), however far back.
        """
        for ev in itertools.islice(reversed(self._events), 40):
            if ev.pos < pos and not ev.named and ev.speaker and fold(ev.speaker.split()[-1]) == head:
                return ev.speaker
        return None

    def recent(self, pos: int) -> list[Event]:
        """The attributions before *pos* within the current reach, named or not, the latest in the text first."""
        found = sorted(
            (ev for ev in itertools.islice(reversed(self._events), 40) if ev.pos < pos),
            key=lambda ev: ev.pos,
            reverse=True,
        )
        return [ev for ev in found if self._paragraphs_between(ev.pos, pos) <= _CURRENT_PARAGRAPHS]

    def latest(self, pos: int) -> Event | None:
        """The latest attribution before *pos*, named or not, within the current reach, if any."""
        found = self.recent(pos)
        return found[0] if found else None

    def current_event(self, pos: int) -> Event | None:
        """The attribution that made the current speaker at *pos* (any gender), if recent."""
        for ev in self._latest_first(pos):
            return ev if self._paragraphs_between(ev.pos, pos) <= _CURRENT_PARAGRAPHS else None
        return None

    def salient(self, pos: int, gender: Gender | None = None) -> str | None:
        """
        The most salient named person at *pos* of *gender*: the current speaker, else the nearest.

        A person named in full in the nominative in the paragraph of *pos* or the
        one before, after the current speaker last spoke, takes over
        (``…также выступил Президент Азербайджана Ильхам Алиев. – …, – отметил он``).
        """
        inner = self._named_in_quote(pos, gender)
        if inner is not None:
            return inner
        current = self.current(pos, gender)
        if current is not None:
            newer = self.new_subject(pos, gender)
            return newer if newer is not None and newer != current else current
        return self.nearest(pos, gender)

    def _named_in_quote(self, pos: int, gender: Gender | None) -> str | None:
        """
        Inside a direct quote, the nearest person the quote itself names before *pos*.

        ``«Я спросил Игоря Смирнова, как он это делает. Он сказал, что …»``: the
        speaker's ``он`` is Смирнов, not someone named before the quote.
        """
        span = self._excluded_at(pos)
        if span is None:
            return None
        opened = span[0]
        for p in self.persons.before(pos, 10):
            if p.start < opened:
                break
            name = self.persons.canonical(p.name)
            if gender is None or (self.persons.gender(name) or p.gender) in (None, gender):
                return name
        return None

    def new_subject(self, pos: int, gender: Gender | None, *, since: int = -1) -> str | None:
        """
        A person named in full in the nominative (of *gender*) in the paragraph of *pos* or the one before, after
        the current speaker last spoke and after *since*, outside what was quoted.
        """
        latest = self._latest_first(pos)
        last = latest[0].pos if latest else -1
        for p in self.persons.before(pos, 10):
            if p.start < max(last, self._paragraph_before(pos)) or p.start <= since:
                break
            if self._inside_excluded(p.start) or self._inside_quoted(p.start):
                continue
            if self._in_object_relative(p.start):
                # "Представитель организации, которого принимал президент Имя Фамилия, уверяет …": the one named in
                # a relative clause about the subject is no new subject.
                continue
            written = self.text[p.start : p.end]
            if self._statement_author(p.start):
                # "Подорожание связано с заявлением министра Имя Фамилия. Он сообщил, что …": the author of a
                # statement the sentence before names is the one the pronoun goes on with.
                return self.persons.canonical(p.name)
            if p.case == "datv" and self._experiencer(p):
                # "Сергею Смирнову не удалось …, но он заверил": the one the impersonal predicate is about.
                return self.persons.canonical(p.name)
            if p.case not in (None, "nomn") or (
                " " not in written.strip()
                and not is_first_name(written.strip())
                and not opens_sentence(self.text, p.start)
                and not self._acts_after_aside(p.start, p.end)
                and not subject_after_verb(self.text, p.start, p.end)
            ):
                # A bare surname is no new subject, also where it stands for a full name ("президент Янукович был
                # отстранён"), unless it opens its sentence ("Шифф призвал …"); a first name alone is ("Другая
                # жительница, Ольга, …").
                continue
            name = self.persons.canonical(p.name)
            if gender is None or (self.persons.gender(name) or p.gender) in (None, gender):
                return name
        return None

    def _experiencer(self, p: PersonMention) -> bool:
        """
        Whether the name *p*, in the dative, opens its sentence before an impersonal predicate (``Сергею Смирнову не
        удалось``, ``Игроку пришлось``): the logical subject, whom the sentence goes on with.
        """
        return opens_sentence(self.text, p.start) and _IMPERSONAL_AFTER_RE.match(self.text, p.end) is not None

    def _in_object_relative(self, start: int) -> bool:
        """
        Whether the name at *start* stands in a relative clause whose pronoun is its verb's object and stands for a
        person (``Представитель организации, которого принимал …``), not a thing (``позицию, которую выразил …``,
        whose holder is the one the text goes on with).
        """
        from .roles import person_noun
        from .words import title_of

        m = _OBJECT_RELATIVE_RE.search(self.text, max(0, start - _RELATIVE_REACH), start)
        if m is None:
            return False
        before = words_in(self.text, max(0, m.start() - _RELATIVE_REACH), m.start())[-_ANTECEDENT_WORDS:]
        return any(title_of(w.text) is not None or person_noun(w.text) is not None for w in before)

    def _in_relative(self, p: PersonMention) -> bool:
        """
        Whether *p* stands in a relative clause that tells of someone else, so it is no antecedent: ``X, которого
        принимал президент Имя Фамилия, …`` (what X says next), ``с врачом Имя Фамилия-ins, который работал вместе
        с Власко. Он …`` (a person the clause's verb governs).
        """
        oblique = p.case not in (None, "nomn")
        return self._in_object_relative(p.start) or (oblique and self._in_subject_relative(p.start))

    def _in_subject_relative(self, start: int) -> bool:
        """
        Whether *start* stands in a relative clause whose pronoun is its verb's subject and stands for a person
        named right before its comma (``…, врачом Имя Фамилия, который работал вместе с …``).
        """
        m = _SUBJECT_RELATIVE_RE.search(self.text, max(0, start - _RELATIVE_REACH), start)
        return m is not None and any(p.end == m.start() for p in self.persons.before(m.start(), 1))

    def _acts_after_aside(self, start: int, end: int) -> bool:
        """
        Whether the surname at ``start:end`` is the subject of the finite verb right after it, its sentence opening
        with an adverbial phrase only (``В связи с этим Пауэр призвала …``, ``Позже Шифф заявил …``).
        """
        nxt = words_in(self.text, end, min(len(self.text), end + _VERB_REACH))[:1]
        if not nxt or self.text[end : nxt[0].start] != " " or not is_finite_verb(nxt[0].text):
            return False
        aside = _ADVERBIAL_BEFORE_RE.search(self.text, max(0, start - _ASIDE_REACH), start)
        if aside is not None and opens_sentence(self.text, aside.start()):
            return True
        # "При этом во время своего интервью по итогам дня Карякин рассказал …": a verb of speech after the surname,
        # only lower-case words with no verb before it in its sentence.
        form = verb_forms().get(fold(nxt[0].text))
        return form is not None and form.cls == "speech" and self._only_adverbial_before(start)

    def _only_adverbial_before(self, start: int) -> bool:
        """Whether the sentence of *start* opens with lower-case words and no finite verb before *start*."""
        words = words_in(self.text, max(0, start - _OPENING_REACH), start)
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if opens_sentence(self.text, w.start):
                rest = words[i + 1 :]
                return all(x.text.islower() and not is_finite_verb(x.text) for x in rest)
        return False

    def _statement_author(self, start: int) -> bool:
        """
        Whether the full name at *start* is the author of a statement its sentence names just before it, in the
        genitive after the noun and its title (``с заявлением министра энергетики Имя Фамилия``), with no other
        person named in that sentence before it.
        """
        lo = max(0, start - _STATEMENT_REACH)
        found = _STATEMENT_BEFORE_RE.search(self.text, lo, start)
        if found is None:
            return False
        sentence = max(self.text.rfind(c, lo, found.start()) for c in ".!?\n") + 1
        return not any(p.start < start for p in self.persons.persons_in(max(sentence, lo), start))

    def _paragraph_before(self, pos: int) -> int:
        """The start of the paragraph before the one holding *pos* (blank lines skipped)."""
        own = self.text.rfind("\n", 0, pos)
        if own < 0:
            return 0
        end = own
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        return self.text.rfind("\n", 0, end) + 1

    def nearest(self, pos: int, gender: Gender | None = None) -> str | None:
        """The nearest person before *pos* (a subject or a speaker), of *gender* if given."""
        best: tuple[int, str] | None = None
        near = self._paragraph_before(pos)
        for p in self.persons.before(pos):
            if best is not None and p.start < near and best[0] >= near:
                # A subject further back than the paragraph before gives way to a person named in it in any
                # case ("Показания экс-премьера Арсения Яценюка были … Например, заявил, что …").
                break
            if self._no_antecedent(p, first=best is None):
                continue
            if p.case == "gent" and self._described_subject(p.start):
                # "Адвокат Ивана Петрова обратился в суд. Он …": the one the subject describes is no antecedent, and
                # no one named before that subject is either.
                if best is None:
                    return None
                continue
            name = self.persons.canonical(p.name)
            g = self.persons.gender(name) or p.gender
            if gender and g and g != gender:
                continue
            best = (p.start, name)
            if p.case in (None, "nomn"):
                break
        for ev in self._latest_first(pos):
            if gender and ev.gender and ev.gender != gender:
                continue
            if best is None or ev.pos > best[0]:
                best = (ev.pos, ev.speaker)
            break
        return best[1] if best else None

    def _no_antecedent(self, p: PersonMention, *, first: bool) -> bool:
        """
        Whether the mention *p* is passed over in the search for the nearest person: quoted, in a relative clause, in
        a subheading that quotes someone, in an oblique case after a nearer person (*first* false), or in the
        genitive before another subject of its sentence.
        """
        if self._inside_excluded(p.start) or (p.case not in (None, "nomn") and not first):
            return True
        if self._in_relative(p):
            return True
        if self._in_quoted_line(p.start):
            return True  # a subheading that quotes someone ("«Петров и Сидоров уже не новички»"): words, no subject
        # "В программе телеведущего Имя Фамилия британский учёный поделился …": another's deed.
        return p.case == "gent" and first and self._other_subject_after(p.end)

    def _in_quoted_line(self, pos: int) -> bool:
        """Whether *pos* stands in a line that is wholly one quotation (a subheading quoting someone)."""
        # A bounded look on either side: a quotation of a line's own is short, and a long line costs no more.
        lo = self.text.rfind("\n", max(0, pos - _QUOTED_LINE_REACH), pos)
        hi = self.text.find("\n", pos, pos + _QUOTED_LINE_REACH)
        if (lo < 0 and pos > _QUOTED_LINE_REACH) or (hi < 0 and len(self.text) - pos > _QUOTED_LINE_REACH):
            return False
        line = self.text[lo + 1 : hi if hi >= 0 else len(self.text)].strip()
        return QUOTED_LINE_RE.fullmatch(line) is not None

    def _described_subject(self, start: int) -> bool:
        """
        Whether the name at *start* (in the genitive) follows a noun for a person that opens its sentence (``Адвокат
        Ивана Петрова …``): the noun's person, unnamed, is the sentence's subject.
        """
        from .roles import person_noun

        before = words_in(self.text, max(0, start - _NOUN_REACH), start)[-1:]
        if not before or self.text[before[0].end : start].strip() or not opens_sentence(self.text, before[0].start):
            return False
        return person_noun(before[0].text.lower()) is not None

    def _other_subject_after(self, end: int) -> bool:
        """
        Whether a noun for a person in the nominative singular, with its adjectives, and a finite verb right after
        it follow the name ending at *end* in its sentence (``В программе телеведущего Имя Фамилия британский учёный
        поделился …``): someone else is the sentence's subject, the name in the genitive only a circumstance of it.
        """
        from ...lexicon.morph import parse

        words = words_in(self.text, end, min(len(self.text), end + _SUBJECT_AFTER_REACH))
        for w, nxt in itertools.pairwise(words):
            if any(c in ".!?\n" for c in self.text[end : w.start]):
                return False
            reading = parse(w.text)[:1]
            if (
                w.text.islower()
                and reading
                and reading[0].tag.POS == "NOUN"
                and {"anim", "nomn", "sing"} <= reading[0].tag.grammemes
                and nxt.text.islower()
                and is_finite_verb(nxt.text)
            ):
                return True
        return False

    def last_named(self, pos: int, gender: Gender | None = None) -> str | None:
        """
        The person named last before *pos*, in any case, of *gender* if given, outside direct quotes: the one a
        demonstrative stands for (``… направил лидер партии Иван Петров. … тот заявил``).
        """
        for p in self.persons.before(pos, 10):
            if self._inside_excluded(p.start):
                continue
            name = self.persons.canonical(p.name)
            g = self.persons.gender(name) or p.gender
            if gender is None or g in (None, gender):
                return name
        return None

    def unnamed(self, pos: int, gender: Gender | None = None) -> str | None:
        """
        An unnamed speaker a pronoun at *pos* can stand for.

        The last unnamed speaker of a compatible gender in the last few paragraphs,
        else the nearest singular person noun before *pos* (``девушку`` -> ``девушка``).
        """
        for ev in itertools.islice(reversed(self._events), 10):
            if ev.pos >= pos or ev.named:
                continue
            if self._paragraphs_between(ev.pos, pos) > _CURRENT_PARAGRAPHS:
                break
            if ev.gender is not None and (gender is None or ev.gender == gender):
                return ev.speaker
        return self._person_noun_before(pos, gender)

    def group(self, pos: int) -> str | None:
        """The people a plural pronoun at *pos* stands for: the nearest plural person noun before it (``жители``)."""
        start = max(0, pos - _NOUN_REACH)
        for w in reversed(words_in(self.text, start, pos)):
            if any(p.end >= w.end for p in self.persons.before(w.end, 1)):
                continue  # "Алексей Петухов": a surname, not the plural noun its letters also read as
            if not self._inside_excluded(w.start) and (noun := _plural_person(w.text)) is not None:
                return noun
        return None

    def person_noun_between(self, start: int, end: int, gender: Gender) -> bool:
        """Whether a common noun for a person of *gender* (any number) stands in ``text[start:end]`` (``у девушки``)."""
        from ...lexicon.morph import parse

        grammeme = {"m": "masc", "f": "femn"}[gender]
        for w in words_in(self.text, start, end):
            p = parse(fold(w.text))[:1]
            if p and p[0].tag.POS == "NOUN" and {"anim", grammeme} <= p[0].tag.grammemes:
                return True
        return False

    def title_before(self, pos: int, gender: Gender | None = None) -> tuple[int, int, str] | None:
        """
        The nearest title word before *pos* that a pronoun may stand for (``Губернатор области … заявил он``):
        its span and lemma, of *gender* when the title has one.
        """
        return self._noun_before(pos, gender, title=True)

    def _person_noun_before(self, pos: int, gender: Gender | None) -> str | None:
        # A title is no descriptor for a pronoun: "сообщил президенту … подчеркнул он".
        found = self._noun_before(pos, gender, title=False)
        return found[2] if found is not None else None

    def _noun_before(self, pos: int, gender: Gender | None, *, title: bool) -> tuple[int, int, str] | None:
        """
        The nearest singular noun for a person before *pos*, a title or not (*title*), of *gender*: its span and
        lemma. A capitalised word counts only where it opens a sentence (``Пенсионерка из Твери …``): a capital
        inside one marks a name (``«Миллионерша»``). A title of no gender fits either.
        """
        from .roles import is_title, person_noun

        start = max(0, pos - _NOUN_REACH)
        for w in reversed(words_in(self.text, start, pos)):
            if self._inside_excluded(w.start):
                continue
            opening = w.text[:1].islower() or opens_sentence(self.text, w.start)
            noun = person_noun(w.text.lower() if opening else w.text)
            if noun is None or is_title(noun) != title or _predicative(self.text, w):
                continue
            if gender is None or noun_gender(noun) == gender or (title and noun_gender(noun) is None):
                return w.start, w.end, noun
        return None


# Linking verbs whose noun in the instrumental says what the subject is: "не был отличником", "стал мэром".
_COPULAS = frozenset({"быть", "стать", "являться", "оставаться", "остаться", "считаться", "становиться"})


def _predicative(text: str, w: Word) -> bool:
    """
    Whether the noun *w* is in the instrumental after a linking verb (``Он не был отличником``): what someone is,
    no one else.
    """
    from ...lexicon.morph import parse

    before = word_before(text, w.start)
    if before is None or not any(p.tag.case == "ablt" for p in parse(w.text.lower())[:1]):
        return False
    return any(p.normal_form in _COPULAS for p in parse(before.text.lower())[:1])


# An impersonal predicate right after a name in the dative: "не удалось", "пришлось", "предстоит".
_IMPERSONAL_AFTER_RE = cache.pattern(
    r"[^\S\n]++(?:(?:так|и|же|всё|все|уже|ещё|не)[^\S\n]++){0,2}+"
    r"(?:удалось|удаётся|удается|удастся|пришлось|придётся|придется|приходится|предстоит|предстояло|хотелось"
    r"|хочется|понравилось|нравится|довелось|посчастливилось)(?!\p{L})"
)


def _plural_person(word: str) -> str | None:
    """The nominative plural of *word* when it is a plural person noun (``жителями`` -> ``жители``), else None."""
    from ...lexicon.morph import parse

    for p in parse(fold(word))[:1]:
        grammemes = p.tag.grammemes
        if p.tag.POS == "NOUN" and "anim" in grammemes and "plur" in grammemes and not {"Name", "Surn"} & grammemes:
            form = p.inflect({"nomn", "plur"})
            return str(form.word) if form is not None else None
    return None


def noun_gender(phrase: str) -> Gender | None:
    """
    The gender of the first noun of a descriptor (``горожанка``: ``f``), if it has one and names one person.

    >>> noun_gender("местная жительница"), noun_gender("пенсионер"), noun_gender("очень"), noun_gender("жители")
    ('f', 'm', None, None)
    """
    from ...lexicon.morph import parse

    for word in phrase.split():
        for p in parse(fold(word))[:1]:
            if p.tag.POS == "NOUN":
                if "plur" in p.tag:
                    return None  # "представители сети": many people, whom no singular pronoun stands for
                g = p.tag.gender
                return "m" if g == "masc" else "f" if g == "femn" else None
    return None
