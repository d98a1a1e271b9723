"""Entities with their aliases, links from quotes and figures, and figures followed across articles."""

from __future__ import annotations

import datetime as dt
import time

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzaz_corpus import Article, Corpus, CorpusEntity, Entity, Metric, Quote, TimelinePoint
from kzaz_corpus.lexicon.entities import known_entities, known_entity
from kzaz_corpus.stages.entities import find_mentions, indicator_of, nominative_phrase
from kzaz_corpus.views.html import format_article_html

CORRIDOR = "Транскаспийский международный транспортный маршрут"

ARTICLE_A = (
    "date 2025-02-10 Грузы идут по Среднему коридору\n\n"
    "Объем перевозок по Транскаспийскому международному транспортному маршруту (ТМТМ) в 2024 году "
    "составил 4,1 млн тонн, сообщила национальная компания «Каспий жолдары» (КЖД).\n"
    "«Мы удвоим перевозки по Среднему коридору к 2027 году», – заявил председатель правления КЖД "
    "Даурен Ермекбаев.\n"
    "По словам Ермекбаева, казахстанский экспорт зерна в январе вырос на 12%."
)

ARTICLE_B = (
    "date 2025-03-02 Транскаспийский маршрут\n\n"
    "В 2024 году объем перевозок по ТМТМ составил 4,1 млн тонн. Компания «Каспий жолдары» (КЖД) "
    "ждет роста. Республика Казахстан и Азербайджанская Республика подписали план."
)

ARTICLE_C = (
    "date 2025-04-15 Новые данные\n\n"
    "Объем перевозок по Среднему коридору в 2024 году составил 4,3 млн тонн, уточнили в РК. "
    "В 2023 году объем перевозок по ТМТМ составил 2,8 млн тонн."
)


def _by_name(article: Article) -> dict[str, Entity]:
    return {e.name: e for e in article.entities}


# --- per article --------------------------------------------------------------


def test_alias_group_from_table_and_brackets() -> None:
    a = Article.from_text(ARTICLE_A, id="a")
    corridor = _by_name(a)[CORRIDOR]
    assert corridor.kind == "project"
    assert {"ТМТМ", "Средний коридор"} <= set(corridor.aliases)
    surfaces = {a.text[s:e] for s, e in corridor.mentions}
    assert {"ТМТМ", "Среднему коридору"} <= surfaces
    assert all(a.text[s:e] for s, e in corridor.mentions)


def test_abbreviation_defined_in_brackets_joins_the_name() -> None:
    a = Article.from_text(ARTICLE_A, id="a")
    company = _by_name(a)["Каспий жолдары"]
    assert company.kind == "organisation"
    assert "КЖД" in company.aliases
    # Every КЖД in the text is the same entity.
    assert sum(a.text[s:e] == "КЖД" for s, e in company.mentions) == 2


def test_unknown_name_with_abbreviation_is_an_organisation() -> None:
    t = "Степной банк развития (СБР) выдал кредит. СБР планирует новые займы."
    entities = Article.from_text(t, id="x").entities
    bank = next(e for e in entities if "СБР" in e.aliases)
    assert bank.name == "Степной банк развития" and bank.kind == "organisation"
    assert len(bank.mentions) == 3


def test_oblique_case_names_come_out_in_the_nominative() -> None:
    t = "Кредит выдан Степным банком развития (СБР). Министерства энергетики Республики Казахстан нет."
    names = {e.name for e in Article.from_text(t, id="x").entities}
    assert "Степной банк развития" in names
    assert "Министерство энергетики Республики Казахстан" in names
    assert nominative_phrase("Национального банка") == "Национальный банк"


def test_so_called_joins_two_names() -> None:
    t = "Порт Берикольск, так называемые «Морские ворота», принял суда. «Морские ворота» расширят."
    entities = Article.from_text(t, id="x").entities
    port = next(e for e in entities if e.kind == "place")
    assert port.name == "Берикольск"
    assert "Морские ворота" in port.aliases


def test_countries_in_any_form() -> None:
    t = "Экспорт из РК вырос. Республика Казахстан и казахстанские компании, а также Казахстану."
    (country,) = [e for e in Article.from_text(t, id="x").entities if e.kind == "country"]
    assert country.name == "Казахстан"
    assert len(country.mentions) == 4
    assert "РК" in country.aliases and "Республика Казахстан" in country.aliases


def test_cities_are_places_not_countries() -> None:
    t = "Делегация из Алматы прибыла в Баку."
    kinds = {(e.kind, e.name) for e in Article.from_text(t, id="x").entities}
    assert kinds == {("place", "Алматы"), ("place", "Баку")}


def test_common_words_are_not_table_names() -> None:
    # "бак" must not read as Баку, "поти" is not Поти in lower case.
    assert find_mentions("Бак для воды стоит у двери, потише.") == ()


def test_person_entity_with_surname_alias_and_speaker_link() -> None:
    a = Article.from_text(ARTICLE_A, id="a")
    person = _by_name(a)["Даурен Ермекбаев"]
    assert person.kind == "person"
    assert "Ермекбаев" in person.aliases
    named = [q for q in a.quotes if q.speaker == "Даурен Ермекбаев"]
    assert named and all(q.speaker_entity == person.id for q in named)


def test_unnamed_speaker_links_to_the_organisation_in_its_mention() -> None:
    a = Article.from_text(ARTICLE_A, id="a")
    company = _by_name(a)["Каспий жолдары"]
    linked = [q for q in a.quotes if not q.speaker_named and q.speaker]
    assert linked and linked[0].speaker_entity == company.id


def test_metric_entities_and_indicator() -> None:
    a = Article.from_text(ARTICLE_A, id="a")
    ids = {e.id: e.name for e in a.entities}
    tonnes = next(m for m in a.metrics if m.unit == "тонна")
    assert tonnes.indicator == "объем перевозок"
    assert [ids[i] for i in tonnes.subject_entities] == [CORRIDOR]
    grain = next(m for m in a.metrics if m.unit == "процент")
    assert grain.indicator == "экспорт зерна"
    assert [ids[i] for i in grain.subject_entities] == ["Казахстан"]


def test_indicator_of_drops_names_and_modifiers() -> None:
    assert indicator_of("товарооборот Кыргызстана и Армении") == "товарооборот"
    assert indicator_of("казахстанский экспорт нефти") == "экспорт нефти"
    assert indicator_of(None) is None


def test_ids_are_unique_and_in_text_order() -> None:
    a = Article.from_text(ARTICLE_A, id="a")
    ids = [e.id for e in a.entities]
    assert ids == [f"e{i}" for i in range(len(ids))]
    firsts = [e.mentions[0][0] for e in a.entities if e.mentions]
    assert firsts == sorted(firsts)


def test_json_round_trip_and_old_json() -> None:
    a = Article.from_text(ARTICLE_A, id="a")
    assert a.entities
    again = Article.from_json(a.to_json())
    assert again == a
    assert [q.speaker_entity for q in again.quotes] == [q.speaker_entity for q in a.quotes]
    links = [(m.subject_entities, m.indicator) for m in a.metrics]
    assert [(m.subject_entities, m.indicator) for m in again.metrics] == links
    old = a.to_dict()
    del old["entities"]
    for q in old["quotes"]:
        del q["speaker_entity"]
    for m in old["metrics"]:
        del m["subject_entities"], m["indicator"]
    back = Article.from_dict(old)
    assert back.entities == () and back.quotes[0].speaker_entity is None


def test_table_is_data_and_consistent() -> None:
    kinds = {e.kind for e in known_entities()}
    assert kinds <= {"person", "organisation", "country", "place", "project"}
    for name in ("Средний коридор", "Транскаспийский маршрут", "ТМТМ"):
        entry = known_entity(name)
        assert entry is not None and entry.name == CORRIDOR


# --- across articles ---------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_texts({"a": ARTICLE_A, "b": ARTICLE_B, "c": ARTICLE_C})


def test_corpus_entities_merge_once(corpus: Corpus) -> None:
    entities = corpus.entities()
    corridor = [e for e in entities if e.name == CORRIDOR]
    assert len(corridor) == 1 and corridor[0].article_ids == ("a", "b", "c")
    assert {"ТМТМ", "Средний коридор"} <= set(corridor[0].aliases)
    (kz,) = [e for e in entities if e.name == "Казахстан"]
    assert kz.kind == "country" and kz.article_ids == ("a", "b", "c")
    names = [(e.kind, e.name) for e in entities]
    assert len(names) == len(set(names))


def test_timeline_merges_duplicates_and_flags_disagreements(corpus: Corpus) -> None:
    points = corpus.timeline("Объем перевозок", entity="Средний коридор")
    assert [p.period_start for p in points] == [dt.date(2023, 1, 1), dt.date(2024, 1, 1), dt.date(2024, 1, 1)]
    old, same, other = points
    assert old.value == 2.8e6 and not old.conflict and old.sources[0][0] == "c"
    assert same.value == 4.1e6 and [s[0] for s in same.sources] == ["a", "b"]
    assert same.conflict and same.disagrees_with == (4.3e6,)
    assert other.value == 4.3e6 and other.conflict and other.disagrees_with == (4.1e6,)
    for p in points:
        assert p.unit == "тонна" and p.indicator == "объем перевозок" and p.entities == (CORRIDOR,)
        assert p.period_end is not None and p.period_end.year == p.period_start.year  # type: ignore[union-attr]
        for aid, start in p.sources:
            assert corpus[aid].text[start:].startswith(("4,1", "4,3", "2,8"))


def test_timeline_by_any_alias(corpus: Corpus) -> None:
    by_abbr = corpus.timeline("объем перевозок", entity="тмтм")
    assert by_abbr == corpus.timeline("объема перевозок", entity=CORRIDOR)
    assert corpus.timeline("объем перевозок", entity="Нигде") == ()
    assert corpus.timeline("добыча угля") == ()


def test_timeline_without_filters_is_sorted(corpus: Corpus) -> None:
    points = corpus.timeline()
    far = dt.date.max
    keys = [(p.period_start or far, p.period_end or far) for p in points]
    assert keys == sorted(keys)
    assert sum(len(p.sources) for p in points) == sum(len(a.metrics) for a in corpus)


def test_records_round_trip() -> None:
    e = CorpusEntity(name="Казахстан", kind="country", aliases=("РК",), article_ids=("a",))
    assert CorpusEntity.from_dict(e.to_dict()) == e
    p = TimelinePoint(period_start=None, period_end=None, value=1.0, sources=(("a", 1),), disagrees_with=(2.0,))
    assert TimelinePoint.from_dict(p.to_dict()) == p


# --- views ----------------------------------------------------------------------


def test_html_highlights_entities_and_escapes() -> None:
    t = "Компания «<b>&Ко» (КЖД) и Казахстан."
    a = Article.from_text(t, id="x")
    page = format_article_html(a)
    assert 'class="kz-entity kz-e-country" title="country: Казахстан"' in page
    assert "<b>&Ко" not in page and "&lt;b&gt;&amp;Ко" in page


def test_frames_have_entities_and_timeline(corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    frames = corpus.to_pandas()
    assert set(frames.entities["article_id"]) == {"a", "b", "c"}
    assert CORRIDOR in set(frames.entities["name"])
    assert len(frames.timeline) == len(corpus.timeline())
    assert frames.timeline["conflict"].any()


# --- robustness -------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="аеКТМ() «»,.-ЖДкзрь\n", max_size=200))
def test_any_text_gives_valid_entities(text: str) -> None:
    a = Article.from_text(text, id="x")
    for e in a.entities:
        assert e.mentions or e.kind == "person"
        for s, t in e.mentions:
            assert 0 <= s < t <= len(text)
    ids = {e.id for e in a.entities}
    assert all(q.speaker_entity is None or q.speaker_entity in ids for q in a.quotes)
    assert all(set(m.subject_entities) <= ids for m in a.metrics)


def test_linear_time_on_long_inputs() -> None:
    unit = "Компания «Альфа» (АЛФ) и Средний коридор в РК, так называемый «Бета». "
    Article.from_text(unit * 20, id="warm")
    t0 = time.perf_counter()
    small = Article.from_text(unit * 200, id="s")
    t1 = time.perf_counter()
    big = Article.from_text(unit * 1600, id="b")
    t2 = time.perf_counter()
    assert len(big.entities) >= len(small.entities)
    assert (t2 - t1) < 8 * 2.5 * max(t1 - t0, 0.01)


def test_evolved_records_keep_their_fields() -> None:
    m = Metric(start=0, end=2, surface="5%", value=5, unit="процент")
    linked = attrs.evolve(m, subject_entities=["e0"], indicator="рост")
    assert linked.subject_entities == ("e0",) and linked.value == 5
    q = Quote(start=0, end=1, text="Д", kind="direct")
    assert attrs.evolve(q, speaker_entity="e1").speaker_entity == "e1"
