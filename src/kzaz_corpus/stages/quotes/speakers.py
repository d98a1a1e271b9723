"""
Speakers: who a quote's attributing mention denotes.

Facts (the rules in *What counts*, docs/explanation/what-counts.md, "Speakers";
the model in docs/explanation/speakers.md):
- A quote's speaker is the full name in the nominative. The attributing
  mention may be a name in any case (``А. Жумабаева``), a title (``посол``,
  ``Глава государства``), a pronoun (``он``, ``по его словам``) or a source
  that is not a person (``пресс-служба``, ``сайт Акорды``).
- A name is completed to the fullest form the article gives (``Рахимов`` ->
  ``Жамшид Рахимов``).
- A title goes, in order: to the head of the same organisation
  (``глава союза``); to the person the article names with that title
  (``посол Азербайджана в Казахстане Агалар Атамогланов``); to the person
  named with a title it may stand for (``глава ведомства`` for the minister,
  ``дипломат`` for the ambassador; the current speaker first); to the
  office-holder table at the article's date (``президент Казахстана``); to
  the most salient person (:mod:`.discourse`).
- A pronoun goes to the most salient person of its gender, and never stays
  the speaker itself while the article names a compatible person; a pronoun
  opening a sentence after one whose subject is a speaking body of its gender
  (``Комиссия … . Она отметила``) stands for the body, unless a person of
  that gender is named in between.
- Whatever stays unresolved keeps its descriptor in the nominative with
  ``speaker_named=False``.
- ``Глава государства``, ``Глава нашего государства`` and ``наш президент``
  name the head of state of the article's home country (:mod:`.home`); with
  no evidence of the home country the title stays a descriptor.

The parts: :class:`~.persons.PersonIndex` (names), :class:`~.roles.RoleIndex`
(titles given to names), :func:`~.home.home_country`, :mod:`.offices`
(office-holders by date), :class:`~.discourse.Discourse` (who is speaking),
and the resolution rules below, one per kind of mention.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

import attrs
import regex
from attrs import frozen

from ... import cache
from ...lexicon.morph import CACHE_SIZE, is_finite_verb, known_parses, parse, reads_as
from ...lexicon.quotes import DOCUMENT_NOUNS, country_of, not_bodies, org_nouns
from ...model import Quote
from ...text.chars import fold
from ...text.doc import spaced_word_after, spaced_word_before, word_before, words_in
from ...text.sentences import split_sentences
from ..names import PersonMention, feminine_noun, gender_of, is_first_name, opens_sentence
from .antecedents import anaphor_kind, organisation_before
from .discourse import Discourse
from .home import home_country
from .offices import holds_other_office, named_holder, office_holder, office_role, surname_holder
from .persons import Gender, PersonIndex
from .roles import DEPUTY, FORMER, RoleIndex, is_title, title_links
from .words import (
    HOME,
    NETWORKS,
    PROPER_GRAMMEMES,
    SUBJECT_DEMONSTRATIVES,
    head_and_orgs,
    nominative_phrase,
    title_of,
)

__all__ = ["Mention", "SpeakerContext", "Speakers", "title_of"]

MentionKind = Literal["person", "title", "pronoun", "org", "group"]

# Pronouns that can stand for a speaker, with the gender they require ("p": plural).
_PRONOUNS: dict[str, Literal["m", "f", "p"] | None] = {
    "он": "m",
    "его": "m",
    "него": "m",
    "она": "f",
    "её": "f",
    "ее": "f",
    "нее": "f",
    "неё": "f",
    "они": "p",
    "их": "p",
    "них": "p",
    "тот": "m",
    "та": "f",
}


@frozen
class Mention:
    """
    The words that attribute a quote: a name, a title, a pronoun or a source.

    Attributes:
        start, end: The span of the mention in the text.
        kind: ``"person"``, ``"title"``, ``"pronoun"``, ``"org"`` or ``"group"``.
        text: The mention as written.
        role: The title or role as written (``посол Азербайджана``), if any.
        person: The person named, when the mention holds a name.
        head: The lemma of the title's head word (``посол``), if any.
        country: The country the title names (``Казахстан``), if any.

    >>> Mention(0, 3, "pronoun", "Он").kind
    'pronoun'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    kind: MentionKind
    text: str
    role: str | None = None
    person: PersonMention | None = None
    head: str | None = None
    country: str | None = None


class SpeakerContext:
    """
    What an article says about people: names, the titles given to them, its home country and date.

    Built once per article and never changed after; the state of reading
    (who spoke last) lives in a :class:`Speakers` made by :meth:`discourse`.

    >>> t = "Посол Азербайджана Агалар Атамогланов прибыл. Дипломат отметил, что …"
    >>> ctx = SpeakerContext(t)
    >>> ctx.resolve(Mention(46, 54, "title", "Дипломат", head="дипломат"), 46)
    ('Агалар Атамогланов', True)

    .. versionadded:: 0.1.0
    """

    def __init__(self, text: str, date: _dt.date | None = None, persons: Sequence[PersonMention] | None = None) -> None:
        self.text = text
        self.date = date
        self.people = PersonIndex(text, persons)
        self.roles = RoleIndex(self.people)

    @property
    def persons(self) -> tuple[PersonMention, ...]:
        """Every person mention of the text, in order."""
        return self.people.persons

    @functools.cached_property
    def home(self) -> str | None:
        """
        The country the article is written from, on the evidence of the text, else None.

        >>> SpeakerContext("АСТАНА, 5 мая. Глава государства выступил.").home
        'Казахстан'
        """
        return home_country(self.text, self.roles.appositions)

    def canonical(self, name: str) -> str:
        """
        Return the fullest form of *name* that the article gives.

        >>> SpeakerContext("Вице-министр Арман Жумабаев сказал.").canonical("А. Жумабаева")
        'Арман Жумабаев'
        """
        return self.people.canonical(name)

    def person_at(self, start: int, end: int) -> PersonMention | None:
        """Return the first person mention that starts inside ``[start, end)``."""
        return self.people.person_at(start, end)

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        """Return the person mentions inside ``[start, end)``."""
        return self.people.persons_in(start, end)

    def role_before(self, pm: PersonMention) -> tuple[str, str | None, int] | None:
        """A title right before a name: ``(head lemma, country, start of the title)``."""
        return self.roles.role_before(pm)

    def holder(self, role: str, country: str | None) -> str | None:
        """The office-holder of *role* in *country* (``HOME``: the article's) on the article's date."""
        return office_holder(role, self.home if country == HOME else country, self.date)

    def fits(self, mention: Mention, pm: PersonMention) -> bool:
        """
        Whether the person *pm* can be the one a pronoun or a title *mention* stands for.

        A pronoun of the person's gender; a title the person holds in the
        article, or an office the table knows them in (``российский президент``
        and ``Владимир Путин``).
        """
        name = self.canonical(pm.name)
        if mention.kind == "pronoun":
            gender = _PRONOUNS.get(fold(mention.text))
            return gender != "p" and gender in (None, pm.gender or gender_of(name))
        if mention.kind != "title" or not mention.head:
            return False
        if mention.head in self.roles.heads_of.get(name, frozenset()):
            return True
        role = office_role(mention.head, mention.role or mention.text)
        country = self.home if mention.country == HOME else mention.country
        return role is not None and named_holder(role, country, self.date, [name]) is not None

    def surname_holder(self, role: str, country: str | None) -> str | None:
        """The one holder of *role* in *country* (``HOME``: the article's) whose surname the article writes."""
        return surname_holder(role, self.home if country == HOME else country, self.text)

    def named_holder(self, role: str, country: str | None) -> str | None:
        """The one person the article names who held *role* (in *country*; ``HOME``: the article's, if known)."""
        if country == HOME:
            country = self.home
        # "главу правительства Дмитрия Медведева" beside "Владимир Путин": one the article gives another office of
        # the table is not the president it means, whatever offices the table knows them in.
        names = [n for n in self._names if not self._in_other_office(n, role)]
        return named_holder(role, country, self.date, names)

    def _in_other_office(self, name: str, role: str) -> bool:
        """Whether the article gives *name* an office of the table other than *role*."""
        offices = (office_role(h, h) for h in self.roles.heads_of.get(name, ()))
        return any(other is not None and other != role for other in offices)

    @functools.cached_property
    def _names(self) -> tuple[str, ...]:
        """Every person's name as the article gives it at its fullest, once each (a lone surname: "Путин")."""
        return tuple(dict.fromkeys(self.canonical(p.name) for p in self.people.persons))

    def discourse(self, excluded: Sequence[tuple[int, int]] = (), bodies: BodyFinder | None = None) -> Speakers:
        """
        Start reading the article's attributions in order; *excluded* spans (direct quotes) hold no candidates.

        *bodies* finds the organisation a pronoun opening a sentence stands for
        (``Комиссия … . Она отметила``; the quotes stage passes
        :func:`~kzaz_corpus.stages.quotes.mentions.body_antecedent`); without
        it pronouns stand for people only.

        >>> s = SpeakerContext("Министр Али Сарсенов выступил. Он сказал, что …").discourse()
        >>> s.attribute(Mention(31, 33, "pronoun", "Он"), 31)
        ('Али Сарсенов', True)
        """
        return Speakers(self, Discourse(self.people, excluded), bodies)

    def resolve(self, mention: Mention | None, pos: int) -> tuple[str | None, bool]:
        """
        Return ``(speaker, named)`` for a mention attributing a quote at *pos*, with no discourse before it.

        >>> ctx = SpeakerContext("Министр Али Сарсенов выступил. Он сказал, что …")
        >>> ctx.resolve(Mention(30, 32, "pronoun", "Он"), 30)
        ('Али Сарсенов', True)
        """
        return self.discourse().resolve(mention, pos)


#: Finds the organisation a pronoun at a position stands for, given its gender: ``(start, phrase)`` or None.
BodyFinder = Callable[[str, int, "Gender | None"], "tuple[int, str] | None"]


class Speakers:
    """
    The speakers of an article's quotes, attributed in text order.

    ``attribute`` resolves each quote's mention against the article and the
    discourse so far, and records the answer as the current speaker.

    .. versionadded:: 0.2.0
    """

    def __init__(self, ctx: SpeakerContext, discourse: Discourse, bodies: BodyFinder | None = None) -> None:
        self.ctx = ctx
        self.state = discourse
        self.bodies = bodies
        self._last: tuple[str | None, bool] = (None, True)
        # Where the quote that gave ``_last`` was attributed.
        self._last_at = -1
        # The words of the quote being attributed, if known: no name inside them is its speaker.
        self.span: tuple[int, int] | None = None

    def attribute(
        self,
        mention: Mention | None,
        pos: int,
        *,
        inherit: bool = False,
        gender: Gender | None = None,
        span: tuple[int, int] | None = None,
        subjectless: bool = False,
        known: tuple[str, bool] | None = None,
        aside: bool = False,
    ) -> tuple[str | None, bool]:
        """
        The ``(speaker, named)`` of a quote attributed by *mention* at *pos*, recorded as the current speaker
        unless it stands *aside* from the article's discourse (in a link to another article set inside it).

        With no mention, a quote that *inherit*\\ s takes the previous quote's
        speaker. *gender* is the gender of the attributing verb (``заявила``);
        *span* the quoted words, whose names are no candidates for the speaker
        of this quote (``…Джексон совершил переворот, считает маэстро``) nor for later pronouns.
        A *subjectless* singular verb (``Также отметил, что …``) goes to a person
        named in full as a subject since the last quote, else to the previous
        quote's speaker, else to the most salient person of its gender. A speaker
        already *known* from the discourse (the author of a document quoted
        before) is taken as it is.
        """
        speaker: str | None
        self.span = span
        if span is not None:
            self.state.quote(span)
        if known is not None:
            speaker, named = known
        elif mention is not None:
            speaker, named = self.resolve(mention, pos, gender)
        elif inherit:
            speaker, named = self._last
            if speaker is not None and named and gender is not None and self.state.persons.gender(speaker) not in (
                None,
                gender,
            ):
                # "… и заявила, что …" after a man's words: the verb's gender rules the last speaker out.
                speaker, named = self.state.salient(pos, gender), True
            if subjectless and (newer := self.state.new_subject(pos, gender, since=self._last_at)) is not None:
                # "Имя Фамилия приехал на презентацию. И сказал, что …": the verb goes on with the subject named
                # since the last quote, not with whoever spoke before.
                speaker, named = newer, True
            if speaker is None and subjectless:
                speaker, named = self.state.salient(pos, gender) or _named_next(self, pos, pos, gender), True
        else:
            speaker, named = None, True
        if aside:
            return speaker, named
        if speaker is not None:
            # "Она сказала об этом, добавив, что …": with no gender in the verb, the pronoun's tells it.
            told = _PRONOUNS.get(fold(mention.text)) if mention is not None and mention.kind == "pronoun" else None
            self.state.record(pos, speaker, named=named, gender=gender or (told if told in ("m", "f") else None))
        if span is None or not self.state.nested(span):
            # Speech reported inside a quotation ("«Они говорят: «…». …», — заявил X") is no one a later quote
            # with no attribution of its own goes on from.
            self._last = (speaker, named)
            self._last_at = pos
        return speaker, named

    def resolve(self, mention: Mention | None, pos: int, gender: Gender | None = None) -> tuple[str | None, bool]:
        """Return ``(speaker, named)`` for *mention* at *pos*, without recording it."""
        if mention is None:
            return None, True
        return _RULES[mention.kind](self, mention, pos, gender)


# --- resolution, one rule per kind of mention -----------------------------------------


def _person(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> tuple[str | None, bool]:
    if m.person is None:
        return nominative_phrase(m.text.split()), False
    name = s.ctx.canonical(m.person.name)
    if _other_gender(s.ctx, m.person, name, gender):
        return m.person.name, True  # "— сказала Королёва" beside "Игорь Королёв": a woman of his surname
    if m.role is not None and _owner_of_role(s.ctx, m.person, name):
        # "— говорит пресс-секретарь Левашова" after "Пётр Левашов": the one the title belongs to, in the
        # genitive, is not the one speaking.
        return nominative_phrase(f"{m.role} {m.text}".split()), False
    return name, True


def _other_gender(ctx: SpeakerContext, pm: PersonMention, name: str, gender: Gender | None) -> bool:
    """
    Whether the one word *pm*, in the nominative right after the verb, is someone other than the person *name* its
    surname reads as: the verb's *gender* is not theirs (not ``слова Чугунова привела пресс-служба``).
    """
    if gender is None or " " in pm.name or name == pm.name or pm.case != "nomn":
        return False
    verb = word_before(ctx.text, pm.start)
    if verb is None or ctx.text[verb.end : pm.start] != " " or not is_finite_verb(verb.text):
        return False
    return ctx.people.gender(name) not in (None, gender)


def _owner_of_role(ctx: SpeakerContext, pm: PersonMention, name: str) -> bool:
    """
    Whether the one word *pm*, read after a title, is the genitive of the person *name* the article names: its
    reading's gender is not theirs (``Левашова``, ``Петра`` read as a woman's names, ``Пётр Левашов`` named).
    """
    if " " in pm.name or name == pm.name or pm.gender is None:
        return False
    g = ctx.people.gender(name)
    return g is not None and g != pm.gender


def _pronoun(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> tuple[str | None, bool]:
    g = _PRONOUNS.get(fold(m.text))
    if g == "p":
        return s.state.group(pos) or m.text, False
    g = g or gender
    if fold(m.text) in SUBJECT_DEMONSTRATIVES:
        # "… лидер партии Имя Фамилия. … тот заявил": the person named last, whoever is salient.
        last = s.state.last_named(m.start, g)
        if last is not None:
            return last, True
    body = _body(s, m, g)
    if body is not None:
        return body, False
    name = s.state.salient(pos, g)
    if name is not None:
        return name, True
    unnamed = s.state.unnamed(pos, g)
    if unnamed is not None:
        return unnamed, False
    titled = _title_before(s, pos, g)
    if titled is not None:
        return titled
    misread = _misread_gender(s, m, pos, g)
    if misread is not None:
        return misread, True
    ahead = _named_next(s, m.start, m.end, g)
    if ahead is not None:
        return ahead, True
    return m.text, False


def _misread_gender(s: Speakers, m: Mention, pos: int, g: Gender | None) -> str | None:
    """
    The person a pronoun of gender *g* stands for when no one of that gender is named, so a name's gender was
    misread (a foreign name), before any unnamed speaker of that gender: the one named since the current speaker
    spoke, else the current speaker, unless a person noun of that gender came since.
    """
    if g is None or any(v == g for v in s.ctx.people.genders.values()):
        return None
    # "Бенедикт Бернер … , считает она" ("…», — сказал Эрдоган. … представитель США Кэй Бэйли Хатчисон … . Она
    # назвала …"; "целый ряд экспертов … . Профессор Эллис Кэшмор … — заявил он").
    ev = s.state.current_event(pos)
    if ev is None or s.state.person_noun_between(ev.pos, m.start, g):
        return None
    newer = s.state.new_subject(pos, None)
    return newer if newer is not None and newer != ev.speaker else ev.speaker


# How far after a pronoun with no one named before it the person it stands for may be named.
_AHEAD_REACH = 300


def _named_next(s: Speakers, start: int, end: int, gender: Gender | None) -> str | None:
    """
    The person a pronoun (or a verb with no subject) at ``start:end`` stands for when the article names no one
    before it: the first person named after it in the nominative, close by, of its gender (``…, – сказал он.
    Бирюков сообщил Интерфаксу, что …`` in an excerpt whose first lines lost the name).
    """
    people = s.ctx.people
    said = s.span or (start, start)
    if any(not said[0] <= p.start < said[1] for p in people.before(start, _NAMED_BEFORE)):
        return None  # someone named before, past the quote's own words ("«Игорю Сомову …»: посол" names no one)
    after = max(end, s.span[1]) if s.span is not None else end  # past the quote's own words
    limit = after + _AHEAD_REACH
    if s.span is not None and _in_headline(s.ctx.text, start) and not _in_headline(s.ctx.text, s.span[0]):
        # A headline's title for the words of the body ("«…»: глава МИД Кубы об …" / "— …"): the one the first lines
        # name before those words.
        after, limit = end, s.span[0]
    for p in people.persons_in(after, limit):
        if s.state.quoted_apart(p.start, start):
            continue  # "«…»: главный тренер о победе / — … когда Дима Комбаров спас ворота": someone spoken of
        name = people.canonical(p.name)
        if p.case in (None, "nomn") and (gender is None or (people.gender(name) or p.gender) in (None, gender)):
            return name
    return None


# How many people named before a pronoun are looked at for one outside the words it attributes.
_NAMED_BEFORE = 4
# The longest first line read as a headline.
_HEADLINE_CHARS = 200


def _in_headline(text: str, pos: int) -> bool:
    """Whether *pos* is on the text's first line and that line is a headline: short, with no full stop at its end."""
    end = text.find("\n")
    if end < 0 or pos >= end:
        return False
    line = text[:end].strip()
    return len(line) <= _HEADLINE_CHARS and not line.endswith(".")


def _title_before(s: Speakers, pos: int, gender: Gender | None) -> tuple[str | None, bool] | None:
    """
    A pronoun with no person before it stands for the title before it, and so for its holder named anywhere
    in the article (``Губернатор области … «…», – заявил он. … губернатор Имя Фамилия``).
    """
    found = s.state.title_before(pos, gender)
    if found is None:
        return None
    start, end, head = found
    mention = Mention(start, end, "title", s.ctx.text[start:end], role=head, head=head)
    return _title(s, mention, pos, gender)


def _body(s: Speakers, m: Mention, gender: Gender | None) -> str | None:
    """An organisation the pronoun stands for (``Комиссия … . Она отметила``) with no person of its gender since."""
    if s.bodies is None:
        return None
    found = s.bodies(s.ctx.text, m.start, gender)
    if found is None or s.state.quoted_apart(found[0], m.start):
        # A body named inside a quotation is what was said: "– Фонд вырос. … – сказал он."
        return None
    for p in s.ctx.persons_in(found[0], m.start):
        if gender is None or (p.gender or gender_of(p.name)) in (None, gender):
            return None
    return nominative_phrase(found[1].split())


# A user's handle in Latin letters after a noun for a user: "Пользователь ЖЖ zyalt сообщает", "блогер drugoi".
_HANDLE_NOUNS = frozenset({"пользователь", "пользовательница", "блогер", "блогерша", "блоггер", "юзер"})
# A capitalised one goes on over the capitalised Latin words of a name: "пользователя Jim Robinson III".
_HANDLE_AFTER_RE = cache.pattern(
    r"[^\S\n]++@?+(?P<h>[a-z][\w.-]{1,30}+|[A-Z][\w.-]{1,30}+(?:[^\S\n]++[A-Z][\w.-]{0,30}+){0,3}+)(?![\w@])"
)


def _title(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> tuple[str | None, bool]:
    if m.text.split()[:1] and m.text.split()[0].lower() in _HANDLE_NOUNS:
        handle = _HANDLE_AFTER_RE.match(s.ctx.text, m.end, min(len(s.ctx.text), m.end + 60))
        words = handle.group("h").rstrip(".").split() if handle is not None else []
        while words and words[0].lower() in NETWORKS:
            words.pop(0)  # "пользователь Twitter Jim Robinson": the network, then the user
        if words:
            return " ".join(words), True
    if not m.head:
        return nominative_phrase(m.text.split()), False
    if gender is None and feminine_noun(m.text.split()[0]):
        gender = "f"  # "— вспоминает собеседница": the title tells what the verb in the present does not
    same = _described_before(s, m, pos)
    if same is not None:
        return same, False
    name = _title_holder(s, m, pos, gender)
    if name is not None:
        return name, True
    if (
        _in_headline(s.ctx.text, m.start)
        and not s.ctx.persons_in(m.start, m.end)
        and (ahead := _named_next(s, m.start, m.end, gender)) is not None
    ):
        # "«…»: гандболистка сборной России о допинге" / "Одной из героинь стала Имя Фамилия": a headline describes
        # the one its first lines name; "адвокат Имя Фамилия-gen" relates its speaker to the one named.
        return ahead, True
    woman = _titled_woman(s, m, pos, gender)
    if woman is not None:
        return woman, True
    if (introduced := _named_after_title(s, m, gender)) is not None:
        return introduced, True
    if (
        m.role is None
        and not _answers_a_question(s, m)
        and _ANOTHER_RE.match(m.text) is None  # "— говорит другой москвич": someone else than whoever spoke
        and (salient := s.state.salient(pos, gender)) is not None
    ):
        # "с местной жительницей Марией …» — сказала горожанка", "— заявил генерал": a common noun for a person
        # stands for the one speaking or just named; with no one named it is the speaker's description
        # ("маленький мальчик").
        return salient, True
    return nominative_phrase((m.role or m.text).split()), False


# Words that describe someone other than the one just spoken of: "другой москвич", "ещё одна жительница".
_ANOTHER_RE = cache.pattern(r"(?i)(?:друг(?:ой|ая)|ещ[её][^\S\n]++од(?:ин|на)|очередн(?:ой|ая))(?!\p{L})")


def _named_after_title(s: Speakers, m: Mention, gender: Gender | None) -> str | None:
    """
    The person the article names right after a title of a named organisation that opens its account, with no one
    named before (``Глава «Компании» заявил, что … При этом Фамилия подчеркнул …``): named with no title of
    their own, the title's holder.
    """
    if m.head in _SOURCE_PERSONS or _named_org_after(s.ctx.text, m, m.head or "") is None:
        return None  # "собеседник «Газеты»": an outlet's source, whom the article need not name
    if s.ctx.persons_in(0, m.start):
        return None  # "Имя Фамилия рассказал …, передает корреспондент Агентства": the title introduces no one
    name = _named_next(s, m.start, m.end, gender)
    if name is None:
        return None
    first = next((p for p in s.ctx.persons_in(m.end, len(s.ctx.text)) if s.ctx.people.canonical(p.name) == name), None)
    return name if first is not None and s.ctx.role_before(first) is None else None


def _titled_woman(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> str | None:
    """
    The one woman the text names in full, salient, whom a title of a woman's verb stands for: "Глава европейской
    дипломатии отметила" after "Федерика Могерини" (a man's title, "представитель МИД заявил", may stand for one
    the text does not name; "Дочь актрисы" is no title).
    """
    if gender != "f" or m.role is None or not is_title(m.head or ""):
        return None
    woman = s.ctx.people.only_of_gender.get("f")
    if woman is None and not _plural_reading(m.text.split()[0]):
        # "— сказала спортсменка" after "чемпионка Имя Фамилия", other women named further on: the one named before.
        woman = _only_woman_before(s, m.start)
    if woman is None or s.state.salient(pos, gender) != woman or _answers_a_question(s, m):
        return None
    return woman


def _plural_reading(word: str) -> bool:
    """Whether the dictionary reads *word* as a plural among its first readings (``Участницы``)."""
    return any(p.tag.number == "plur" for p in parse(word.lower())[:3])


def _only_woman_before(s: Speakers, pos: int) -> str | None:
    """The one woman the text names in full among the last people named before *pos*, if only one is."""
    people = s.ctx.people
    women = {
        name
        for p in people.before(pos, _WOMEN_BEFORE)
        if " " in (name := people.canonical(p.name)) and people.gender(name) == "f"
    }
    return women.pop() if len(women) == 1 else None


# How many people named before a woman's title are looked at for the one woman among them.
_WOMEN_BEFORE = 10


def _described_before(s: Speakers, m: Mention, pos: int) -> str | None:
    """
    The unnamed speaker a bare noun for what someone is stands for: the one the same noun described before
    (``«…», – сочинский таксист бросает …. … «…», – указывает таксист``), or for ``наш собеседник`` the one just
    speaking; not when the article gives a named person that title.
    """
    head = m.head or ""
    if [w.lower() for w in m.text.split()[:-1]] not in ([], ["наш"], ["наша"]):
        return None  # "другой ребёнок": someone else
    # A noun for what someone is, no office ("таксист", not "министр", whom the office-holder rules find).
    same = s.state.unnamed_like(pos, head) if not is_title(head) else None
    if head in _SOURCE_PERSONS and not _NAMED_ORG_AFTER_RE.match(s.ctx.text, m.end, m.end + 80):
        last = s.state.last_unnamed(pos)
        same = last if last is not None and _singular_person(last.split()[-1]) else None
    if same is None or any(head in heads for heads in s.ctx.roles.heads_of.values()):
        return None
    return _common_phrase(same)


def _common_phrase(phrase: str) -> str:
    """*phrase* with its first word in lower case unless it is a proper name (``Автомобилист`` opening a sentence)."""
    first = phrase.split()[0]
    if first[:1].islower() or any(PROPER_GRAMMEMES & p.tag.grammemes for p in parse(first.lower())[:2]):
        return phrase
    return phrase[:1].lower() + phrase[1:]


@functools.lru_cache(maxsize=CACHE_SIZE)
def _singular_person(word: str) -> bool:
    """Whether *word* reads first as a noun for one person (``таксист``, not ``жители`` nor ``агентство``)."""
    first = parse(word.lower())[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and {"sing", "anim"} <= first[0].tag.grammemes


# Titles of the one who made a work, whose name in quotation marks may follow: "автор «Диких сердцем»".
_CREATORS = frozenset({"автор", "создатель"})
# Titles won at a named event: "чемпион Australian Open — 2009" names a tournament, no employer.
_WINNERS = frozenset({"чемпион", "победитель", "призёр", "призер", "финалист", "обладатель", "лауреат"})
# "собеседник «Газеты»": a named outlet's unnamed source, no one the article names.
_SOURCE_PERSONS = frozenset({"собеседник", "собеседница"})
# Titles one of many hold ("участник акции"): they stand for the one the text names with them, never for whoever
# was named last.
_ONE_OF_MANY = frozenset({"участник", "участница", "аспирант", "аспирантка", "студент", "студентка"})
# Titles of one who speaks for a body: the salient person only when the article names them as one who acts
# ("озвучил замминистра X … — сказал представитель министерства"), not a painter whose work is named.
_REPRESENTATIVES = frozenset({"представитель", "представительница"})
# An unnamed person who is a source: "информированный источник", "собеседник агентства".
_UNNAMED_SOURCE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:источник|собеседни)")
# An organisation named right after a title: in Latin letters or in quotation marks.
def _addressee(named: str) -> bool:
    """Whether a name in quotation marks after a title is in the dative only: the outlet told (``«Вестнику»``)."""
    words = named.strip(" \t«»\"„“”").split()
    if not words:
        return False
    parses = parse(words[0].lower())
    return any(p.tag.case == "datv" for p in parses[:2]) and not any(p.tag.case == "gent" for p in parses)


_NAMED_ORG_AFTER_RE = cache.pattern(r"[^\S\n]++(?:[A-Z][\w&.-]*+|[«\"„“][^»\"“”\n]{1,60}+[»\"“”])")


# A source who asked not to be named: ", пожелавший остаться неназванным", ", попросившая не называть её имени".
_ANONYMOUS_AFTER_RE = cache.pattern(
    r"(?i)[^\S\n]*+,[^\S\n]*+(?:пожелавш|попросивш)\p{L}++[^\S\n]++"
    r"(?:остаться[^\S\n]++(?:неназванн|анонимн|инкогнито)|не[^\S\n]++называть)"
)


def _of_named_org(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> str | None:
    """
    The one a source or a president of a named organisation stands for: ``собеседник «Газеты»`` is the outlet's
    source ("собеседница агентства" is its interviewee), named only where the article tells whom it interviewed;
    ``Президент Hotel Okura`` is the company's, no head of state, but the company's president who speaks on
    (``президент корпорации Имя Фамилия … — подчеркнул президент Microsoft``).
    """
    if m.head in _SOURCE_PERSONS:
        interviewed = _interviewed_before(s, m.start, gender)
        if interviewed is not None:
            return interviewed
        # "— сказал в интервью RT Имя Фамилия. … Собеседник RT уверен, что …": else the one speaking now, or the
        # unnamed source that spoke last ("— сообщил источник RT … — сказал собеседник RT").
        ev = s.state.latest(pos)
        return ev.speaker if ev is not None and (ev.named or _UNNAMED_SOURCE_RE.match(ev.speaker)) else None
    current = s.state.current(pos, gender)
    return current if current is not None and _holds_title(s.ctx, current, m.head or "") else None


# Talk with someone: "интервью с мужчиной, который представляется … Имя Фамилия-ins", "в беседе с Имя Фамилия-ins".
_INTERVIEW_WITH_RE = cache.pattern(r"(?i)(?<!\p{L})(?:интервью|бесед[аеуы]|разговор[аеу]?+)[^\S\n]++(?:с|со)[^\S\n]")
# How far before a title the interview it refers to is looked for, and how far after "интервью с" the name.
_INTERVIEW_BACK = 3000
_INTERVIEW_NAME_REACH = 200
# Where the sentence of "интервью с" ends.
_SENTENCE_STOP_RE = cache.pattern(r"[.!?\n]")


def _interviewed_before(s: Speakers, pos: int, gender: Gender | None) -> str | None:
    """
    The person the article says was interviewed, before *pos*: named in the instrumental in the sentence of
    ``интервью с`` (``показали интервью с мужчиной, который представляется … Имя Фамилия-ins``), the last such.
    """
    text = s.ctx.text
    found = None
    for m in _INTERVIEW_WITH_RE.finditer(text, max(0, pos - _INTERVIEW_BACK), pos):
        stop = min(pos, m.end() + _INTERVIEW_NAME_REACH)
        ends = _SENTENCE_STOP_RE.search(text, m.end(), stop)
        end = ends.start() if ends is not None else stop
        for p in s.ctx.persons_in(m.end(), end):
            name = s.ctx.people.canonical(p.name)
            if p.case == "ablt" and (gender is None or (s.ctx.people.gender(name) or p.gender) in (None, gender)):
                found = name
                break
    return found


# The noun of someone's words right before them: "приводит слова спортсменки".
_WORDS_OF_BEFORE_RE = cache.pattern(r"(?i)(?<!\p{L})(?:слова|слов|цитату|цитаты)\s++\Z")


def _named_org_after(text: str, m: Mention, head: str) -> regex.Match[str] | None:
    """The organisation named right after the title *m* (head *head*) whose it is (``тренер «Спартака»``), if any."""
    org_after = _NAMED_ORG_AFTER_RE.match(text, m.end, min(len(text), m.end + 80))
    if org_after is None or head in _CREATORS | _WINNERS:
        return None  # "автор «Диких сердцем»", "чемпион Australian Open": a work or an event, no organisation
    if not reads_as(m.text.split()[0], ("NOUN", "ADJF"), "nomn"):
        return None  # "цитирует биатлониста «Спортивная неделя»": the one cited, then the outlet that cites
    if _addressee(org_after.group()):
        return None  # "— сказал испанский специалист «Вестнику»": the outlet told, no organisation of theirs
    if _WORDS_OF_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
        return None  # "— приводит слова спортсменки «Спорт»": the one whose words, then the outlet
    return org_after


def _title_holder(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> str | None:
    """The named person a title stands for, by the title rules in order, else None."""
    ctx, head, phrase = s.ctx, m.head or "", m.role or m.text
    if _ANONYMOUS_AFTER_RE.match(ctx.text, m.end, min(len(ctx.text), m.end + 80)):
        return None  # "руководитель сети, пожелавший остаться неназванным": no one the article names
    org_after = _named_org_after(ctx.text, m, head)
    named_org = org_after is not None
    if org_after is not None and (name := _titled_with_org(s, org_after.group().strip(), pos, gender, head)):
        # "Тренер «Спартака» подчеркнул" after "наставнику «Спартака» Валерию Карпину": the same organisation.
        return name
    if named_org and head in _SOURCE_PERSONS | _STATE_HEADS:
        return _of_named_org(s, m, pos, gender)
    if head in _SOURCE_PERSONS and _UNNAMED_SOURCE_RE.search(s.state.last_unnamed(m.start) or ""):
        return None  # "…, – сказал изданию источник. … собеседник издания сообщил": the same unnamed source
    home = ctx.home
    found = head_and_orgs(phrase.split())
    if found is not None and found[1] and (name := ctx.roles.by_org(found[0], found[1], pos, gender, m.country)):
        return name
    orgs = found[1] if found is not None else frozenset()
    current = s.state.current(pos, gender)
    if current is not None and not named_org and (speaking := _current_titled(ctx, m, current, orgs)) is not None:
        return speaking
    # "Тед Круз объявил … (headline) Сенатор от Техаса объявил, что …" before "сенаторы Имя Фамилия" further on:
    # with no one speaking, the person already named is the one the title stands for, not one named only after it.
    prefer = None if named_org else current or s.state.salient(pos, gender)
    if name := _by_office_title(s, _Titled(m, pos, gender, orgs, named_org, current), prefer):
        return name
    if name := ctx.roles.by_title(head, m.country, pos, home, gender, orgs, prefer):
        return name
    return _office_or_salient(s, _Titled(m, pos, gender, orgs, named_org, current))


def _by_office_title(s: Speakers, t: _Titled, prefer: str | None) -> str | None:
    """
    The person a title that names an office in other words stands for, by the office's own title: "— сказал глава
    российского государства" after "президент РФ Имя Фамилия", not another "глава" ("Глава ОАК Имя Фамилия" further
    on); the one speaking first, if the title is theirs.
    """
    m, ctx = t.m, s.ctx
    head = m.head or ""
    role = office_role(head, m.role or m.text)
    if role is None or role == head:
        return None
    if t.current is not None and not t.named_org and _holds_title(ctx, t.current, role):
        return t.current
    return ctx.roles.by_title(role, m.country, t.pos, ctx.home, t.gender, t.orgs, prefer)


def _current_titled(ctx: SpeakerContext, m: Mention, current: str, orgs: frozenset[str]) -> str | None:
    """
    The person the title *m* stands for when it is the one speaking (*current*), or whom the office-holder table
    lists in that office while they speak; else ``None``.
    """
    head, phrase = m.head or "", m.role or m.text
    if _current_holds(ctx, m, current, head, orgs, phrase):
        return current
    if m.country == HOME and ctx.home is None and _holds_title(ctx, current, head):
        # "— отметил глава государства" while the president of Iran speaks, in an article of no home country: the
        # head of state speaking, not another president the quotation named.
        return current
    listed = _listed_in_office(ctx, m, current, head, phrase)
    if listed is not None and not orgs:
        # "— сказал президент" while Путин speaks, the article giving a president of the past a title: the
        # office-holder table lists the one speaking in that office.
        return listed
    return None


def _acts_in_text(ctx: SpeakerContext, name: str) -> bool:
    """Whether the article names *name* in the nominative or with a title, not only as an owner or an object."""
    return bool(ctx.roles.heads_of.get(name)) or any(
        p.case in (None, "nomn") and ctx.canonical(p.name) == name for p in ctx.persons
    )


def _current_holds(
    ctx: SpeakerContext, m: Mention, current: str, head: str, orgs: frozenset[str], phrase: str
) -> bool:
    """Whether the one speaking is the one the title *m* stands for: by its head or by the body it names."""
    # An abbreviation the article may have spelt out for the one speaking ("глава ГПСУ" after "глава Государственной
    # пограничной службы Украины Олег Слободян") does not rule the current speaker out.
    spelt = orgs - {fold(w) for w in phrase.split() if len(w) > 1 and w.isupper()}
    own_country = m.country is None or m.country in ctx.roles.countries_of.get(current, frozenset())
    if own_country and not spelt and _holds_title(ctx, current, head):
        # "Карпин выразил уверенность, что … . По словам тренера, …": the one speaking holds the title; "—
        # добавил президент США" while the president of the US named before speaks, not one in a photo's caption.
        return True
    # "Представитель МВД добавил" while "глава департамента коммуникаций МВД Имя Фамилия" is speaking: the one
    # speaking is of that body.
    return ctx.roles.titled_of(current, orgs)


def _listed_in_office(ctx: SpeakerContext, m: Mention, name: str, head: str, phrase: str) -> str | None:
    """
    The one speaking, *name*, in full, if the office-holder table lists them in the office the title *m* names (its
    country, on the article's date).
    """
    role = office_role(head, phrase)
    country = ctx.home if m.country == HOME else m.country
    return named_holder(role, country, ctx.date, [name]) if role is not None else None


@frozen
class _Titled:
    """What a title mention is resolved with: the mention, where and with what verb gender, its organisations, whether
    a named organisation follows it, and the one speaking now."""

    m: Mention
    pos: int
    gender: Gender | None
    orgs: frozenset[str]
    named_org: bool
    current: str | None


def _office_or_salient(s: Speakers, t: _Titled) -> str | None:
    """The title rules after the appositions: a former office, the office, a linked title, the salient person."""
    m, ctx, pos, gender, current = t.m, s.ctx, t.pos, t.gender, t.current
    head, phrase, home = m.head or "", m.role or m.text, s.ctx.home
    if head.startswith(FORMER):
        # "Экс-министр финансов отметил": no office-holder table names a former holder; the discourse does.
        return s.state.salient(pos, gender)
    if head.startswith(DEPUTY):
        return None  # "вице-премьер заявил" with no vice-premier named: not the premier, nor whoever spoke last
    if not is_title(head):
        return _noun_holder(s, t)
    role = office_role(head, phrase)
    if role is not None and (name := ctx.named_holder(role, m.country)):
        # "Глава кабмина сказал" in an article naming a former prime minister: the office, not a governor.
        return name
    if name := ctx.roles.by_link(
        head, m.country, pos, home, gender, prefer=current, skip=_unlinked(head, t.orgs), said=s.span
    ):
        return name
    if role is not None and (name := ctx.holder(role, m.country) or ctx.surname_holder(role, m.country)):
        # "Президент США заявлял" with no date, in an article that writes "Трампа": the one holder it writes.
        return name
    if m.country == HOME and home is None:
        # A home title with no home country in evidence stays a descriptor.
        return None
    if t.named_org or head in _ONE_OF_MANY:
        # "Представитель Zetta Capital": a named organisation's spokesman is no one named before; "участник
        # батальона" is one of many.
        return None
    if _answers_a_question(s, m):
        return None  # "«…?» – спросил Имя Фамилия. «…», – ответил чиновник": not the one who asked
    name = s.state.salient(pos, gender)
    if name is not None and head in _REPRESENTATIVES and not _acts_in_text(ctx, name):
        return None
    return name if name is not None and _salient_fits(ctx, m, name, t.orgs, role, current) else None


def _noun_holder(s: Speakers, t: _Titled) -> str | None:
    """The person a noun for what someone is (no title) stands for: one of a nation, the one speaking, else named."""
    m, ctx, current = t.m, s.ctx, t.current
    head = m.head or ""
    # "— заявил Y. Главный тренер Имя Фамилия … Итальянец заверил, что …": a person named in full as a subject
    # since the current speaker spoke takes over, as for a pronoun.
    speaking = s.state.salient(t.pos, t.gender) if current is not None else None
    found = _of_nation(ctx, head, speaking)
    if found is not None and found != speaking and not s.state.named_outside_quotes(found):
        # "«… собор Василия Блаженного», — отметил мужчина": a man the quote names is no one the text tells of.
        found = None
    nation = nation_of(head)
    if found is None and nation is not None and current is None and not t.named_org:
        # "главный тренер Имя Фамилия … итальянец заявил": with no one speaking, the person just named, unless
        # the article gives them another country
        near = _just_named(s, t.pos, t.gender)
        if near is not None and not _of_other_country(ctx, near, nation):
            return near if _salient_fits(ctx, m, near, t.orgs, None, None) else None
    if found is not None or head in _PLAIN_PERSONS or nation is not None or t.named_org:
        return found
    if len(m.text.split()) > 1 or not (m.text[:1].islower() or _common_noun_opening(s.state.text, m)):
        # "Базарбек рассказал": a capitalised word read as a noun is a name the finder missed; "ветеран
        # Вооруженных сил" describes someone of its own, unless the title names the one person the text has named
        # so far ("Имя Фамилия: …" / "Праправнук великого писателя рассказал …").
        return _title_person_alone(s, t.pos, m)
    # "Блум заявил, что … При этом республиканец выразил уверенность": a bare noun for what someone is stands
    # for the one speaking.
    if _answers_a_question(s, m):
        return None
    if current is None:
        # "Имя Фамилия представит … «…», — цитирует биатлониста агентство": with no one speaking, the person
        # the text just named.
        near = s.state.salient(t.pos, t.gender)
        return near if near is not None and _salient_fits(ctx, m, near, t.orgs, None, current) else None
    return current if _salient_fits(ctx, m, current, t.orgs, None, current) else None


def _title_person_alone(s: Speakers, pos: int, m: Mention) -> str | None:
    """
    The person a title ``Имя Фамилия: …`` quotes, when no one else is named before *pos* and the descriptor *m* has
    words of its own (one capitalised word is a name the finder missed); not a title line that tells of the person
    (``Актриса Имя Фамилия погибла …`` / ``Дочь актрисы утверждает …``: someone else).
    """
    text, ctx = s.state.text, s.ctx
    if len(m.text.split()) < 2:
        return None
    persons = ctx.persons_in(0, pos)
    if not persons or text[: persons[0].start].strip() or not text[persons[0].end :].lstrip(" ").startswith(":"):
        return None
    names = {ctx.canonical(pm.name) for pm in persons}
    return names.pop() if len(names) == 1 else None


def _just_named(s: Speakers, pos: int, gender: Gender | None) -> str | None:
    """
    The person just named before *pos*: the salient one, or the one the sentence before ends with whatever its
    case, when that sentence has no subject (``… сообщение звезды биатлона Имя Фамилия-gen. Француз напомнил …``).
    """
    near = s.state.salient(pos, gender)
    last = s.state.last_named(pos, gender)
    if last is not None and last != near and _named_in_sentence_before(s, last, pos):
        return last
    return near


def _named_in_sentence_before(s: Speakers, name: str, pos: int) -> bool:
    """
    Whether *name* is named last in the sentence right before the one of *pos*, and no one in that sentence in the
    nominative.
    """
    text = s.ctx.text
    lo = max(0, pos - _SENTENCE_BEFORE_REACH)
    sentences = split_sentences(text, text.rfind("\n", lo, pos) + 1 or lo, pos)
    if sentences and not text[sentences[-1][0] : sentences[-1][1]].rstrip().endswith((".", "!", "?", "…")):
        sentences = sentences[:-1]  # the start of the sentence of *pos* itself ("Затем француз …")
    if not sentences:
        return False
    before, start = sentences[-1]
    persons = s.ctx.persons_in(before, start)
    # "Антон расположился выше Имя Фамилия-gen. Россиянин …": a subject in the nominative, or a first name alone,
    # keeps the floor.
    subject = any(p.case in (None, "nomn") for p in persons) or any(
        is_first_name(w.text) and not any(p.start <= w.start < p.end for p in persons)
        for w in words_in(text, before, start)
    )
    return bool(persons) and not subject and s.ctx.canonical(persons[-1].name) == name


# How far back the sentence before a noun for a country's people is looked for.
_SENTENCE_BEFORE_REACH = 400


def _answers_a_question(s: Speakers, m: Mention) -> bool:
    """
    Whether the noun *m* is the subject of a verb of answering right after a question was quoted
    (``– Кто вы? – спросил Иванов. – Гражданин, – ответил полицейский.``): the one who answers is not the one
    who asked.
    """
    text = s.state.text
    verbs = [w for w in (spaced_word_before(text, m.start), spaced_word_after(text, m.end)) if w is not None]
    if not any(p.normal_form in _ANSWERING for w in verbs for p in parse(w.text.lower())):
        return False
    asked = s.state.quoted_before(m.start if s.span is None else s.span[0])
    if asked is None:
        return False
    after = text[asked[1] : asked[1] + _ASKED_REACH]
    return text[asked[1] - 1 : asked[1] + 1].find("?") >= 0 or _ASKED_VERB_RE.search(after) is not None


_ANSWERING = frozenset({"ответить", "отвечать", "парировать", "возразить"})
# How far after a quote the verb of asking that attributes it is looked for.
_ASKED_REACH = 40
_ASKED_VERB_RE = cache.pattern(r"(?i)^\W{0,6}(?:спросил|поинтересовал)")


def _common_noun_opening(text: str, m: Mention) -> bool:
    """
    Whether the capitalised one-word mention *m* opens its sentence and is a common noun the dictionary knows, no
    name (``Миллиардер обвинил …``, ``Атлет подчеркнул …``; not ``Базарбек``, which it does not know).
    """
    if not opens_sentence(text, m.start):
        return False
    parses = known_parses(m.text.lower())
    if not parses or parses[0].tag.POS != "NOUN" or any(PROPER_GRAMMEMES & p.tag.grammemes for p in parses):
        return False
    # "В письме Кузнеца … Кузнец заявил": written with a capital inside a sentence nearby, the word is a name.
    lemma = parses[0].normal_form
    stem = m.text[: max(3, len(m.text) - 2)]
    lo, hi = max(0, m.start - _NAME_ELSEWHERE_REACH), min(len(text), m.end + _NAME_ELSEWHERE_REACH)
    for w in words_in(text, lo, hi):
        if w.start != m.start and w.text.startswith(stem) and not opens_sentence(text, w.start):
            if any(p.normal_form == lemma for p in parse(w.text.lower())):
                return False
    return True


# How far around a capitalised noun the text is searched for the same word capitalised inside a sentence.
_NAME_ELSEWHERE_REACH = 3000


def _salient_fits(
    ctx: SpeakerContext, m: Mention, name: str, orgs: frozenset[str], role: str | None, current: str | None
) -> bool:
    """Whether the salient person *name* can be the one title *m* (of *orgs*, office *role*) stands for."""
    head = m.head or ""
    if _owner_in_title(ctx, m, name):
        return False  # "представитель Додона" is not Додон
    if ctx.roles.holds_other(name, head, orgs) or ctx.roles.titled_apart(name, head):
        # "Министр сельского хозяйства" is not the minister of economy who spoke last.
        return False
    if name != current and head not in _SOURCE_PERSONS and ctx.roles.of_other_orgs(name, orgs):
        # "представитель американской спецслужбы" is not the founder of a private company named before, who has
        # not spoken (the one speaking may be titled by another name of the same body: "НАТО", "альянс"); an
        # outlet's interviewee ("собеседница агентства") is titled by the outlet, not by a body of their own.
        return False
    if m.country not in (None, HOME) and _of_other_country(ctx, name, m.country):
        # "китайский чиновник" is not the "Президент США" who was spoken of last.
        return False
    # "Генсек ООН", "представитель комендатуры": a title of an organisation is not the president who spoke
    # last, whom the office-holder table lists ("дипломат" may be the foreign minister the table lists).
    return not (orgs and holds_other_office(name, role))


def _owner_in_title(ctx: SpeakerContext, m: Mention, name: str) -> bool:
    """
    Whether the title *m* names *name* after its head, in an oblique case: the one it serves (``представитель
    Додона``).
    """
    return any(
        ctx.canonical(p.name) == name
        and p.case not in (None, "nomn")
        and (p.end <= m.end or not ctx.text[m.end : p.start].strip())
        for p in ctx.persons_in(m.start, m.end + _OWNER_REACH)
    )


# How far past a title the name of the one it serves may end.
_OWNER_REACH = 60


# The titles of a head of state, which the head of an organisation does not stand for.
_STATE_HEADS = frozenset({"президент"})


def _unlinked(head: str, orgs: frozenset[str]) -> frozenset[str]:
    """
    The linked titles a title does not stand for: ``глава Госдепа`` heads an organisation, not a state, so it is
    not the president named in between.
    """
    return _STATE_HEADS if head == "глава" and any(_organisation(o) for o in orgs) else frozenset()


@functools.lru_cache(maxsize=CACHE_SIZE)
def _organisation(word: str) -> bool:
    """
    Whether *word* (a lemma) names an organisation, not a place: an organisation the dictionary knows
    (``госдеп``, ``мид``) or a source noun of ``titles.tsv`` (``компания``).

    >>> _organisation("госдеп"), _organisation("компания"), _organisation("крым")
    (True, True, False)
    """
    found = title_of(word)
    return (found is not None and found[1] == "org") or any("Orgn" in p.tag.grammemes for p in parse(word)[:2])


def _of_nation(ctx: SpeakerContext, noun: str, current: str | None) -> str | None:
    """
    The person a noun that is no title stands for: none (``женщина`` names only who the text called so), except
    that one for a country's people (``британец``) is the one speaking, unless the article gives them another
    country.
    """
    nation = nation_of(noun)
    if nation is None or current is None or _of_other_country(ctx, current, nation):
        return _only_one_of(ctx, noun)
    return current


# Nouns that say only a person's sex and age: the one person of that sex the article names.
_PLAIN_PERSONS: Mapping[str, Gender] = {"девушка": "f", "женщина": "f", "мужчина": "m", "парень": "m"}


def _only_one_of(ctx: SpeakerContext, noun: str) -> str | None:
    """
    The person a noun that says only sex and age stands for (``По словам девушки``): the one person of that sex the
    article names, if it names exactly one.
    """
    gender = _PLAIN_PERSONS.get(noun)
    return ctx.people.only_of_gender.get(gender) if gender is not None else None


@functools.lru_cache(maxsize=CACHE_SIZE)
def nation_of(noun: str) -> str | None:
    """
    The country of a noun for its people (``британец``, ``японка``, ``француз``, ``россиянин``), by the country
    stems of ``countries.tsv``, else None.

    >>> nation_of("британец"), nation_of("француз"), nation_of("китаец"), nation_of("женщина")
    ('Великобритания', 'Франция', 'Китай', None)
    """
    if not noun.endswith(("ец", "ка", "янин", "анин", "уз", "ин")):
        return None
    for form in (noun, noun + "ск", noun[:-2] + "ск", noun[:-2] + "й", noun + "к"):
        found = country_of(form)
        if found is not None:
            return found
    return None


def _of_other_country(ctx: SpeakerContext, name: str, country: str | None) -> bool:
    """Whether the article titles *name* only as an office-holder of countries other than *country*."""
    own = ctx.roles.countries_of.get(name, frozenset()) - {HOME}
    return bool(own) and country not in own


def _holds_title(ctx: SpeakerContext, name: str, head: str) -> bool:
    """Whether the article titles *name* with *head* or a title *head* stands for (``title_links.tsv``)."""
    own = ctx.roles.heads_of.get(name, frozenset())
    return head in own or bool(own & title_links().get(head, frozenset()))


# How many named people before a title, and how far back, are looked at for one given the same organisation.
_ORG_REACH = 12
_ORG_REACH_CHARS = 5_000


def _titled_with_org(s: Speakers, org: str, pos: int, gender: Gender | None, head: str) -> str | None:
    """
    The person named last before *pos* whose title right before the name holds the organisation *org* (a
    name in quotation marks or in Latin letters), compared by its first five letters; when the title *head* stands
    for other titles (``title_links.tsv``), that title is one of them (``глава «Клуба»`` is no ``защитник «Клуба»``).
    """
    key = fold(org.strip("«»\"„“”"))[:5]
    if len(key) < 3:
        return None
    text = s.ctx.text
    links = title_links().get(fold(head))
    before = s.ctx.persons_in(max(0, pos - _ORG_REACH_CHARS), pos)[-_ORG_REACH:]
    for p in reversed(before):
        role = s.ctx.role_before(p)
        if role is None or (gender is not None and s.ctx.people.gender(s.ctx.canonical(p.name)) not in (None, gender)):
            continue
        if links is not None and fold(role[0]) != fold(head) and fold(role[0]) not in links:
            continue
        if key in fold(text[role[2] : p.start]):
            return s.ctx.canonical(p.name)
    return None


def _group(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> tuple[str | None, bool]:
    return m.text, False


def _org(s: Speakers, m: Mention, pos: int, gender: Gender | None) -> tuple[str | None, bool]:
    words = m.text.split()
    if len(words) == 1 and words[0].istitle() and (full := s.ctx.canonical(words[0])) != words[0]:
        # "– поясняет Шу." after "посол Шу Чжан": a word of a name the article gave in full, not a body.
        return full, True
    lemma = _bare_noun(words)
    if lemma in DOCUMENT_NOUNS:
        author = _document_author(s, m)
        if author is not None:
            return author, True
        # "«…», — говорится в заявлении": a document no one is named for is the one who spoke last.
        ev = s.state.latest(pos)
        if ev is not None:
            return ev.speaker, ev.named
    if lemma in org_nouns("outlet"):
        # "По данным издания, …" after "Как сообщила газета The Telegraph, …": the outlet named last.
        for ev in s.state.recent(pos):
            if not ev.named and _names_outlet(s.ctx.text, ev.speaker):
                return ev.speaker, False
    if lemma in org_nouns("body"):
        # "По данным ведомства, …" after "по данным Минтруда": the body named last, by its name.
        for ev in s.state.recent(pos):
            body = ev.speaker[:1].isupper() and ev.speaker not in not_bodies()  # not "СМИ"
            if not ev.named and body and not _names_outlet(s.ctx.text, ev.speaker):
                return ev.speaker, False
    kind = anaphor_kind(words)
    if kind is not None and _stands_for_one(s.ctx.text, m, words):
        # "В ведомстве уточнили" after "инспекторы ФТС проверили склад": the organisation of its kind named last.
        people = s.ctx.persons_in
        name = organisation_before(s.ctx.text, m.start, kind, lambda a, b: bool(people(a, b)))
        if name is not None:
            return name, False
    return nominative_phrase(words), False


# A name right after a noun: "компания Бета-Трейд", "издание «Вестник»", "агентство AP", "издание, как The Star".
_NAMED_AFTER_RE = cache.pattern(r"(?:,[^\S\n]*+как)?+[^\S\n]*+[«\"„“A-Z0-9]")


def _stands_for_one(text: str, m: Mention, words: Sequence[str]) -> bool:
    """
    Whether the noun phrase *m* (its *words*) stands for an organisation named before: no name follows it, and no
    adjective of it is capitalised inside its sentence (``Северная речная компания`` is a name).
    """
    if _NAMED_AFTER_RE.match(text, m.end) is not None:
        return False
    if any(w[:1].isupper() for w in words[1:-1]):
        return False
    return len(words) == 1 or not words[0][:1].isupper() or opens_sentence(text, m.start)


# How far back in its sentence the author of a document is looked for.
_AUTHOR_REACH = 200


def _document_author(s: Speakers, m: Mention) -> str | None:
    """
    The person named in the nominative earlier in the sentence of a document noun: ``Виктория Нуланд
    распространила заявление, в котором сообщается, что …`` is her statement.
    """
    text = s.ctx.text
    lo = max(text.rfind("\n", 0, m.start) + 1, m.start - _AUTHOR_REACH)
    sentences = split_sentences(text, lo, m.start)
    persons = s.ctx.persons_in(sentences[-1][0] if sentences else lo, m.start)
    named = [p for p in persons if p.case in (None, "nomn")]
    if not named or "," in text[named[-1].end : m.start]:
        # "Вайскопф сделал, как утверждает издательская аннотация, прорыв": a document in a clause of its own
        # is no statement the person gave.
        return None
    return s.ctx.canonical(named[-1].name)


def _bare_noun(words: Sequence[str]) -> str | None:
    """The lemma of a mention of one common noun (``заявлении``, ``Издание``, ``пресс-релизе``), else None."""
    if len(words) != 1 or not words[0].replace("-", "").isalpha():
        return None
    return next((str(p.normal_form) for p in parse(fold(words[0]))[:1]), None)


# An outlet's name: Latin letters ("The Telegraph", "газета Die Zeit").
_LATIN_RE = cache.pattern(r"[A-Za-z]")


def _names_outlet(text: str, speaker: str) -> bool:
    """Whether an unnamed *speaker* names an outlet: in Latin letters, in quotation marks in the text, or after
    an outlet noun (``газета «Закон и Бизнес»``)."""
    first = speaker.split()[0].lower() if speaker.split() else ""
    return (
        _LATIN_RE.search(speaker) is not None
        or any(fold(str(p.normal_form)) in org_nouns("outlet") for p in parse(first)[:1])
        or f"«{speaker}»" in text
    )


_Rule = Callable[[Speakers, Mention, int, "Gender | None"], tuple["str | None", bool]]
#: How each kind of mention resolves.
_RULES: Mapping[MentionKind, _Rule] = {
    "person": _person,
    "pronoun": _pronoun,
    "title": _title,
    "group": _group,
    "org": _org,
}


def same_title_named_later(quotes: Sequence[Quote]) -> list[Quote]:
    """
    *quotes*, where a quote that only a title attributes (``…, заявил министр спорта.``, the article's first line)
    takes the named person that later quotes attributed by the same title stand for (``Министр отметил, что …``
    after the minister's words were cited by surname), when they all stand for one person.

    >>> from kzaz_corpus.model import Quote
    >>> first = Quote(
    ...     start=0, end=4, text="Рост", kind="indirect", speaker="министр финансов", speaker_named=False,
    ...     role="министр финансов",
    ... )
    >>> later = Quote(
    ...     start=50, end=54, text="Спад", kind="indirect", speaker="Иван Петров", speaker_named=True, role="Министр"
    ... )
    >>> same_title_named_later([first, later])[0].speaker
    'Иван Петров'
    """
    out = list(quotes)
    # The offices the named quotes after each point stand for, by head, read once from the end (distinct ones only).
    named_after: dict[str, set[tuple[_Office, str]]] = {}
    for i in range(len(out) - 1, -1, -1):
        q = out[i]
        office = _office_of(q.role) if q.role else None
        if office is None or q.speaker is None:
            continue
        if q.speaker_named:
            named_after.setdefault(office[0], set()).add((office, q.speaker))
            continue
        later = {name for theirs, name in named_after.get(office[0], ()) if _same_office(office, theirs)}
        if len(later) == 1:
            out[i] = attrs.evolve(q, speaker=later.pop(), speaker_named=True)
    return out


# An office as a title phrase gives it: its head lemma, organisation lemmas and countries.
_Office = tuple[str, frozenset[str], frozenset[str]]


def _office_of(role: str) -> _Office | None:
    """The office *role* (a title phrase as written) names, if its last title is one an office holder has."""
    words = role.split()
    found = head_and_orgs(words)
    if found is None or not is_title(found[0]) or found[0] in _ONE_OF_MANY | _SOURCE_PERSONS | _CREATORS:
        return None
    countries = frozenset(c for w in words if (c := country_of(w)) is not None)
    return found[0], found[1], countries


def _same_office(ours: _Office, theirs: _Office | None) -> bool:
    """Whether two offices may be one: the same head, and no organisations or countries that differ."""
    if theirs is None or ours[0] != theirs[0]:
        return False
    return all(not (a and b) or bool(a & b) for a, b in ((ours[1], theirs[1]), (ours[2], theirs[2])))
