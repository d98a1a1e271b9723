"""The analysed document: one sentence splitter, one tokeniser, computed once and shared by the stages."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kzaz_corpus
from kzaz_corpus import Article, Paragraph
from kzaz_corpus.text import doc as doc_module
from kzaz_corpus.text import sentences
from kzaz_corpus.text.doc import Doc
from kzaz_corpus.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Экспорт вырос на 5%.Он отметил рост.", ["Экспорт вырос на 5%.", "Он отметил рост."]),
        ("Это «большой шаг».Он добавил детали.", ["Это «большой шаг».", "Он добавил детали."]),
        # glued to a word of one capital letter: "зерна.В июле"
        ("Экспорт зерна вырос.В июле спрос упал.", ["Экспорт зерна вырос.", "В июле спрос упал."]),
        ("Офис в г.Омск открыт.", ["Офис в г.Омск открыт."]),
        # glued to a quotation that opens with a figure
        ('Нужен 51 голос."54 голоса есть", - сказал он.', ["Нужен 51 голос.", '"54 голоса есть", - сказал он.']),
        # a full stop inside an editor's note in brackets ends nothing
        ("Сомов (слева — Иванов. — Ред.) заявил это. Всё.", ["Сомов (слева — Иванов. — Ред.) заявил это.", "Всё."]),
        ("Сказал И. Петров. Потом ушел.", ["Сказал И. Петров.", "Потом ушел."]),
        # initials written together end nothing; an abbreviation in capitals does end a sentence
        ("Работает в вузе им. Г.В. Плеханова. Он доцент.", ["Работает в вузе им. Г.В. Плеханова.", "Он доцент."]),
        ("Так сказал президент США. В ответ промолчали.", ["Так сказал президент США.", "В ответ промолчали."]),
        ("Офис на ул. Ленина открыт.", ["Офис на ул. Ленина открыт."]),
        ("Собрали 2 тыс. 300 подписей.", ["Собрали 2 тыс. 300 подписей."]),
        ("Итог — $2 млрд. Казахстан доволен.", ["Итог — $2 млрд.", "Казахстан доволен."]),
        # "т." for tonnes ends a sentence before a capital, not before a figure; "т. е." ends nothing.
        ("Собрали 1,1 млрд т. Экспорт вырос.", ["Собрали 1,1 млрд т.", "Экспорт вырос."]),
        ("Собрали 5 т. 300 кг зерна, т. е. много.", ["Собрали 5 т. 300 кг зерна, т. е. много."]),
        ("Там живут 900 человек. 87 % из них заняты.", ["Там живут 900 человек.", "87 % из них заняты."]),
        ("В 2020 г. 15 семей уехали.", ["В 2020 г. 15 семей уехали."]),
        # A year's "г." before a word that never goes on a sentence in capitals ends it; before a name it does not.
        ("Стройка начнётся в 2027 г. Как пишет газета, денег хватит.",
         ["Стройка начнётся в 2027 г.", "Как пишет газета, денег хватит."]),
        ("Мост открыли в 1990–1995 гг. Он стоит до сих пор.", ["Мост открыли в 1990–1995 гг.", "Он стоит до сих пор."]),
        ("В 2027 г. Норвегия построит мост.", ["В 2027 г. Норвегия построит мост."]),
        # a quotation that opens with a figure opens a sentence too
        ("Он так считает. «90% уже сделано», — сказал он.", ["Он так считает.", "«90% уже сделано», — сказал он."]),
        ("В 2020 г. «15 семей» уехали.", ["В 2020 г. «15 семей» уехали."]),
        # A capitalised word of four letters or more closes a sentence before a figure; a short capitalised
        # abbreviation does not.
        ("Прибыли из Соединённых Штатов. 11 октября их показали.", ["Прибыли из Соединённых Штатов.",
                                                                   "11 октября их показали."]),
        ("См. Гл. 5 и табл. 2.", ["См. Гл. 5 и табл. 2."]),
        # An abbreviation in capitals closes one too; a Roman numeral does not.
        ("Их осмотрели члены ОНК. 7 февраля его отпустили.", ["Их осмотрели члены ОНК.", "7 февраля его отпустили."]),
        ("См. главу XII. 5 пунктов в ней.", ["См. главу XII. 5 пунктов в ней."]),
        # A name in mixed case closes one before a figure too.
        ("Сообщает телеканал bTV. 7 марта он выступил.", ["Сообщает телеканал bTV.", "7 марта он выступил."]),
        ("Он ответил. — Да, согласен.", ["Он ответил.", "— Да, согласен."]),
        ("Цены, т.е. тарифы, вырастут.", ["Цены, т.е. тарифы, вырастут."]),
        ("Правда? Да! Конечно…", ["Правда?", "Да!", "Конечно…"]),
        # a "!" inside a short name in quotation marks ends nothing
        ("Пишет сайт «Yahoo! Sports» Дэн Ветцел. Всё.", ["Пишет сайт «Yahoo! Sports» Дэн Ветцел.", "Всё."]),
        # nor inside a short exclamation quoted in a sentence that goes on in lower case
        ("Он крикнул «Стой! Назад!» и убежал. Всё.", ["Он крикнул «Стой! Назад!» и убежал.", "Всё."]),
        # nor at the end of a name quoted after a lower-case word, before a person's full name; a quotation after a
        # colon ends its sentence
        ("Пришла активистка группы «Сохраним парк!» Анна Громова. Всё.",
         ["Пришла активистка группы «Сохраним парк!» Анна Громова.", "Всё."]),
        ("Он сказал: «Стой!» Анна Громова ушла.", ["Он сказал: «Стой!»", "Анна Громова ушла."]),
        # A mark of words left out closes the sentence before it.
        ("Путь труден. <...> И всё же мы идём.", ["Путь труден. <...>", "И всё же мы идём."]),
        ("Путь труден. […] Но мы идём.", ["Путь труден. […]", "Но мы идём."]),
        ("   ", []),
    ],
)
def test_sentence_table(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


@given(st.text(alphabet=st.sampled_from(list("аБв .!?…«»\"5%—-тыс")), max_size=300))
def test_sentences_are_ordered_disjoint_and_trimmed(text: str) -> None:
    spans = split_sentences(text, 0, len(text))
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    # Nothing but white space is left out.
    covered = set().union(*(range(s, e) for s, e in spans)) if spans else set()
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@pytest.fixture()
def splits(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every call of the sentence splitter made by a document, as ``(start, end)``."""
    calls: list[tuple[int, int]] = []
    real = sentences.split_sentences

    def counting(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
        calls.append((start, end))
        return real(text, start, end)

    monkeypatch.setattr(doc_module, "split_sentences", counting)
    return calls


def test_doc_splits_each_paragraph_once(splits: list[tuple[int, int]]) -> None:
    d = Doc("Первый абзац. Второе предложение.\nВторой абзац.")
    for _ in range(3):
        d.sentence_at(0)
        d.sentence_at(d.text.index("Второй"))
    assert splits == [(0, 33), (34, 47)]


def test_article_splits_sentences_once_per_paragraph(splits: list[tuple[int, int]]) -> None:
    """Quotes and metrics read the same sentences: the splitter runs at most once per paragraph."""
    text = (
        "date 2025-03-04 Экспорт растет\n\n"
        "Министр Иван Петров заявил, что экспорт вырос на 12% и достиг 3 млн тонн. Он отметил рост цен.\n"
        "По его словам, импорт упал на 5%.Это меньше прогноза.\n"
    )
    article = Article.from_text(text, id="x")
    assert article.quotes and article.metrics
    assert splits and len(splits) == len(set(splits))


def test_words_and_their_offsets() -> None:
    d = Doc("Премьер-министр д'Эстен, 5 мая: «Да».")
    assert [(w.text, d.text[w.start : w.end]) for w in d.words][:2] == [
        ("Премьер-министр", "Премьер-министр"),
        ("д'Эстен", "д'Эстен"),
    ]
    assert [w.text for w in d.words_in(0, 15)] == ["Премьер-министр"]
    assert d.words_in(100, 200) == ()


def test_paragraphs_default_to_non_blank_lines() -> None:
    d = Doc("а\r\n\r\n б \rв")
    assert [(p.start, p.end) for p in d.paragraphs] == [(0, 1), (5, 8), (9, 10)]
    assert d.paragraph_at(3) is None
    assert d.body == d.paragraphs
    header_only = Doc("x", (Paragraph(0, 1, "credit"),))
    assert header_only.body == ()


def test_lower_is_computed_once() -> None:
    d = Doc("АСТАНА")
    assert d.lower is d.lower == "астана"


def test_stages_are_public_through_run() -> None:
    """Each stage has a run(doc) entry point, and the public helpers give the same answer."""
    from kzaz_corpus.stages import dates, metrics
    from kzaz_corpus.stages.quotes import extract

    text = "Министр Иван Петров заявил, что 5 мая экспорт вырос на 12%."
    d = Doc(text)
    assert metrics.run(d) == metrics.extract_metrics(text, d.paragraphs)
    assert dates.run(d) == dates.extract_dates(text, d.paragraphs)
    assert extract.run(d) == extract.extract_quotes(text, d.paragraphs)
    assert kzaz_corpus.Article.from_text(text).quotes == extract.run(d)


def test_article_searches_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quotes and the entities read the same person mentions: the name search runs once per article."""
    from kzaz_corpus.stages import names

    calls: list[str] = []
    real = names._runs

    def counting(source: str, text: str, start: int, end: int) -> list[names._Run]:
        calls.append(text)
        return real(source, text, start, end)

    monkeypatch.setattr(names, "_runs", counting)
    text = "Министр Иван Петров заявил, что экспорт вырос. Петров добавил, что «рост продолжится»."
    article = Article.from_text(text, id="x")
    assert article.quotes and any(e.kind == "person" for e in article.entities)
    assert calls == [text]


def test_article_is_tokenised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every stage reads the words of one tokenisation: the word pattern runs once, over the whole text."""
    calls: list[tuple[str, int, int]] = []
    real = doc_module.WORD_RE

    class Spy:
        def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> object:
            calls.append((text, pos, len(text) if endpos is None else endpos))
            return real.finditer(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(doc_module, "WORD_RE", Spy())
    text = (
        "Экспорт зерна вырос\n\n"
        "АСТАНА, 4 марта. Министр сельского хозяйства Жанар Оспанова заявила, что экспорт зерна вырос "
        "на 12% и достиг 3 млн тонн. «Мы довольны», — добавила она. По её словам, в среду откроют новый "
        "элеватор на 5 тыс. тонн, а накануне его визита глава ведомства дважды встречался с фермерами."
    )
    article = Article.from_text(text, id="x")
    assert article.quotes and article.metrics and article.dates and article.entities
    assert calls == [(text, 0, len(text))]


def test_no_stage_tokenises_on_its_own() -> None:
    """
    Word patterns live in one place: the stages read words from text.doc, not from patterns of their own.

    The patterns left elsewhere match given words or shapes (``, что``, a capitalised word glued to the
    previous one) or measure a header line or a file's encoding, and are listed here by name: a new one
    must be added knowingly.
    """
    import ast
    from pathlib import Path

    allowed = {
        ("corpus/sources.py", "_CYRILLIC_WORD_RE"),  # guessing a file's encoding, before any article exists
        ("stages/header_dates.py", "_WORD_RE"),  # the metadata tokens on one header line
        ("stages/names.py", "_NAME_WORD_RE"),  # the shape of one token of a name
        ("stages/quotes/extract.py", "_CHTO_WORD_RE"),
        ("stages/quotes/extract.py", "_GLUED_WORD_RE"),
        ("stages/quotes/extract.py", "_QUESTION_WORD_RE"),
        ("text/doc.py", "WORD_RE"),
    }
    root = Path(kzaz_corpus.__file__).parent
    found = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id.endswith("WORD_RE"):
                        found.add((path.relative_to(root).as_posix(), target.id))
            elif isinstance(node, ast.ImportFrom) and any(a.name == "WORD_RE" for a in node.names):
                found.add((path.relative_to(root).as_posix(), "import WORD_RE"))
    assert found == allowed


def test_window_words_come_from_the_whole_text() -> None:
    """A stretch yields whole words only, from the text's one tokenisation."""
    text = "Премьер-министр заявил, что АИ-92 подорожал на 5 м2"
    assert [w.text for w in doc_module.words_in(text, 3, 29)] == ["заявил", "что"]
    before, after = doc_module.word_before(text, text.index("что")), doc_module.word_after(text, 16)
    assert before is not None and before.text == "заявил"
    assert after is not None and after.text == "заявил"
    assert doc_module.word_at(text, 16) is not None and doc_module.word_at(text, 17) is None
    codes = [w.text for w in doc_module.words(text) if doc_module.in_code(text, w)]
    assert codes == ["АИ", "м2"]
    assert list(doc_module.iter_words_in(text, 0, 30)) == list(doc_module.words_in(text, 0, 30))


def test_memo_builds_once() -> None:
    d = Doc("Текст.")
    built: list[int] = []

    def build() -> int:
        built.append(1)
        return 7

    assert [d.memo("k", build) for _ in range(3)] == [7, 7, 7]
    assert built == [1]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a bracket opened at a line's end, and the lines of its aside up to the closing bracket
        ("Конкуренция была серьёзнее, чем здесь (\nСмеётся\n). Сейчас это ясно.", True),
        # an editor's note after a dash, on its own line before the closing bracket
        ("Мы выделили деньги (на оружие.\n— ред.\n), в том числе в регионе.", True),
        # the note's dash left at the end of the line before
        ("Пришёл на кассу, а тут они стоят (бутылки. —\nТАСС\n) и просятся в руки.", True),
        # a link's words on a line of their own between the parts of a sentence
        ("Последним из них был\nИван Сидоров\n, который ушёл из сборной.", True),
        # an interview's dash on a line of its own
        ("—\nПочему академии не подготовили смену?", True),
        # a short line after a full stop is a line of its own, whatever follows
        ("Матч окончен.\nИван Сидоров\n, запасной вратарь.", False),
        # a dash ending a line with no bracket open is no note
        ("Он ответил коротко —\nред.\n) и ушёл.", False),
        # a line opened by a bracket and a lower-case word
        ("Он не отказывается от своих слов\n(про гастроли в Европе).", True),
        # a preposition or a conjunction ends no sentence before a link's short line
        ("Она написала в\nTwitter\nи\nFacebook\n: «Круто».", True),
        # a cut-off line before a new paragraph of full length stays apart
        (
            "Как подготовиться к зиме, чтобы сэкономить на\nВ Кишиневе организация граждан подала первый "
            "коллективный иск против поставщика тепла.",
            False,
        ),
    ],
)
def test_lines_broken_inside_a_sentence(text: str, joined: bool) -> None:
    """Lines broken by a page's links or an aside in brackets run on; a new paragraph after a cut line does not."""
    from kzaz_corpus.text.doc import soft_break

    breaks = [i for i, c in enumerate(text) if c == "\n"]
    assert all(soft_break(text, i, i + 1) for i in breaks) == joined


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a link's words opening in lower case run on into a short line that ends the sentence
        ("«Удалось принять 24 февраля\nрезолюцию Совета Безопасности\nООН 2401», — говорится в сообщении.", 1),
        # the verb of an attribution a dash opened runs on into the rest of it
        ("«Это будет лучше», —\nприводит\nThe Washington Post слова президента США.", 1),
        # rubric words in lower case before a dateline stay apart from it
        ("мировая экономика\nармения\nЕРЕВАН, 25 фев - АГЕНТСТВО. Оборот страны вырос на 12% за месяц.", 2),
    ],
)
def test_fragment_of_a_link_runs_on(text: str, lines: int) -> None:
    """A short piece opened in lower case after a break goes on into a short line closing its quotation and sentence."""
    from kzaz_corpus.model import Paragraph
    from kzaz_corpus.text.doc import _unbroken

    assert len(_unbroken(text, [Paragraph(start=0, end=len(text))]).splitlines()) == lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link's words on a line of their own inside a sentence, the sentence going on indented with a capital
        (
            "Санкции сняты\n\nОб этом заявила на пресс-конференции в Вене глава дипломатии \nЕС\n Федерика "
            "Могерини.\nВсё.",
            [
                "Санкции сняты",
                "Об этом заявила на пресс-конференции в Вене глава дипломатии \nЕС\n Федерика Могерини.",
                "Всё.",
            ],
        ),
        # a short line before it is a heading; a label before a colon opens what follows it
        ("Итоги\n\nСанкции США \nЕС\n Сняли санкции.", ["Итоги", "Санкции США", "ЕС", "Сняли санкции."]),
        (
            "Итоги\n\nNew track record for Ivan Petrov in the 5000m \nFull results:\n Https link.",
            ["Итоги", "New track record for Ivan Petrov in the 5000m", "Full results:", "Https link."],
        ),
    ],
)
def test_link_line_inside_a_sentence(text: str, expected: list[str]) -> None:
    """A short line between a long line that goes on and an indented capital is a link's words: one paragraph."""
    paragraphs = Article.from_text(text, id="x").paragraphs
    assert [text[p.start : p.end] for p in paragraphs] == expected


def test_quotes_keep_the_texts_line_breaks() -> None:
    """A quote read across a link's line keeps the text as written, line breaks included; its speaker is found."""
    text = (
        "Санкции сняты\n\nНаступил день реализации соглашения, заявила на пресс-конференции в Вене глава "
        "дипломатии \nЕС\n Федерика Могерини. Переговоры шли долго."
    )
    quotes = Article.from_text(text, id="x").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Наступил день реализации соглашения", "Федерика Могерини")]
    assert all(q.text == text[q.start : q.end] for q in quotes)
