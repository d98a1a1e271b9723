"""Tests for kzaz_corpus.stages.metrics: figures whose unit or bound comes from the words around them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzaz_corpus.stages.numbers import parse_number

from .test_metrics import Expected, assert_marked_metrics, metrics_of

# (rule, marked text, expected (value, high, unit, qualifier) per bracketed span)
CASES = [
    # A noun that does not agree with the adjective before it is not what the number counts: the substantivised
    # adjective is ("четверых обвиняемых меры": "меры" is no genitive plural); "два новых здания" agrees.
    ("noun-not-agreeing-is-not-counted", "Суд избрал в отношении [четверых обвиняемых] меры пресечения.",
     [(4, None, "обвиняемый", None)]),
    ("paucal-noun-after-plural-adjectives", "Построены [два новых театральных здания].",
     [(2, None, "здание", None)]),
    # A figure fused into an adjective is a measure even after a noun that designates by number ("проект 12700").
    # Tonnes of standard fuel, abbreviated, and a temperature named by its scale alone.
    ("standard-fuel-tonnes", "Запасы оцениваются в [71,21 млрд т у. т.], добыча – [5 млн т.у.т.].",
     [(71.21e9, None, "тонна условного топлива", None), (5e6, None, "тонна условного топлива", None)]),
    ("celsius-scale-alone", "Ночью было [минус 13 по Цельсию].", [(-13, None, "градус", None)]),
    ("fused-figure-after-a-designating-noun", "Мы поддерживаем проект [878-километрового] газопровода.",
     [(878, None, "километр", None)]),
    ("adjectives-leave-the-noun-out", "Уничтожены [117 советских объектов] и [32 американских].",
     [(117, None, "объект", None), (32, None, "объект", None)]),
    ("a-time-before-is-no-count", "В течение этих суток призвано [более 300] военнообязанных из запаса.",
     [(300, None, None, "more")]),
    ("elliptic-adjectives", "Сборная увезла [7 золотых], [4 серебряные] и [11 бронзовых].",
     [(7, None, "медаль", None), (4, None, "медаль", None), (11, None, "медаль", None)]),
    ("elliptic-adjective-before-noun", "В хранилище лежат [3 золотых слитка].", [(3, None, "слиток", None)]),
    ("elliptic-adjective-agrees", "Страна так и не получила [30 млн] золотом.", [(30_000_000, None, None, None)]),
    ("adverb-before-participle", "Из [40 тысяч ежегодно принимаемых] в колледжи доучиваются не все.",
     [(40_000, None, "принимаемый", None)]),
    ("adverb-before-adjective", "Клинику открыли [12 очень опытных хирургов].", [(12, None, "хирург", None)]),
    ("breakdown-in-brackets", "Команда взяла [23 кубка] ([8], [7], [8]) за сезон.",
     [(23, None, "кубок", None), (8, None, "кубок", None), (7, None, "кубок", None), (8, None, "кубок", None)]),
    ("part-of-figure", "Завод выпустил [900 тракторов], из них [310] – на экспорт.",
     [(900, None, "трактор", None), (310, None, "трактор", None)]),
    ("paired-and", "Осуждённым дали [8] и [9 лет] колонии.", [(8, None, "год", None), (9, None, "год", None)]),
    ("paired-list", "Пенсионеркам было [71], [83] и [95 лет].",
     [(71, None, "год", None), (83, None, "год", None), (95, None, "год", None)]),
    ("paired-from-to", "Ставку подняли с [9,5] до [10,25%] годовых.",
     [(9.5, None, "процент", None), (10.25, None, "процент", None)]),
    ("paired-or-even", "Урожай вырос до [25-28] и даже [31 центнера] с гектара.",
     [(25, 28, "центнер", None), (31, None, "центнер", None)]),
    ("from-to-is-no-bound", "Выручка выросла с [0,2 миллиона евро] в 2023-м до [4,1 миллиона евро] в 2025-м.",
     [(2e5, None, "евро", None), (4.1e6, None, "евро", None)]),
    ("to-then-from-is-no-bound", "Банк поднял прогноз на этот год до [7,4 миллиона тонн] с [7,1 миллиона].",
     [(7.4e6, None, "тонна", None), (7.1e6, None, "тонна", None)]),
    ("up-to-with-origin", "Слёт соберёт [до 3 тысяч человек] с [40 стран].",
     [(3000, None, "человек", "less"), (40, None, "страна", None)]),
    ("higher-is-more", "Инфляция может оказаться [выше 9 процентов], а спрос [ниже 3 процентов].",
     [(9, None, "процент", "more"), (3, None, "процент", "less")]),
    ("bound-phrases", "Дефицит — [не выше 3%], рост — [не ниже 2%], пришли [по меньшей мере 40 человек], "
     "срок — [минимум 5 дней] и [в пределах 2 процентов].",
     [(3, None, "процент", "less"), (2, None, "процент", "more"), (40, None, "человек", "more"),
      (5, None, "день", "more"), (2, None, "процент", "less")]),
    ("comparative-by-is-exact", "Это больше на [40 тонн], чем год назад; сбор вырос [более чем на 5%].",
     [(40, None, "тонна", None), (5, None, "процент", "more")]),
    ("bound-through-preposition", "Фильм вышел [более чем в 30 странах] и окупился [менее чем за две недели], "
     "а выручка выросла [более чем в 3 раза], хотя стало больше [в 2 раза] и меньше.",
     [(30, None, "страна", "more"), (2, None, "неделя", "less"), (3, None, "раз", "more"), (2, None, "раз", None)]),
    ("part-after-whole-and-clause", "Из [40 скверов], которые откроют весной, только [15] построит город, а ещё [25] – "
     "инвесторы. Из нынешних [90 депутатов] — [47] представляют юг.",
     [(40, None, "сквер", None), (15, None, "сквер", None), (25, None, "сквер", None), (90, None, "депутат", None),
      (47, None, "депутат", None)]),
    ("among-the-group", "Подано [1,2 млн заявок]. Среди этих заявок, [375000] из Германии, [147000] из Нидерландов. "
     "Среди ветеранов призы взяли Иван Серов (7,5) и Пётр Ильин (6).",
     [(1.2e6, None, "заявка", None), (375000, None, "заявка", None), (147000, None, "заявка", None)]),
    ("fixed-two-word-names", "Закрыты [47 детских садов] в [четырёх федеральных округах], спущены [две подводные "
     "лодки].",
     [(47, None, "детский сад", None), (4, None, "федеральный округ", None), (2, None, "подводная лодка", None)]),
    ("from-to-across-a-unit", "Гранты — [от 250 тыс. рублей до 2,5 млн], цены [от 5 тыс. рублей до 12 тыс]. "
     "Выручка выросла с [5 млн рублей] до [7 млн].",
     [(250e3, 2.5e6, "рубль", None), (5e3, 12e3, "рубль", None), (5e6, None, "рубль", None),
      (7e6, None, "рубль", None)]),
    ("case-ending-then-fused-word", "Папа, [85-ти летний] епископ, живёт в [5-ти этажном] доме.",
     [(85, None, "год", None), (5, None, "этаж", None)]),
    # "-х" before a unit's adjective written apart is a cardinal's ending; a singular adjective after a number a
    # plural one would follow is that unit's too.
    ("kh-ending-then-fused-word", "Задержан [34-х летний] водитель, он жил в [3-х этажном] доме.",
     [(34, None, "год", None), (3, None, "этаж", None)]),
    ("singular-fused-word-after-digits", "Врачи осмотрели [27 летнего] пациента и ребёнка [4 месячного] возраста.",
     [(27, None, "год", None), (4, None, "месяц", None)]),
    # After 2, 3, 4 the counted noun is a singular genitive: "гранаты" is of "граната", "граната" of "гранат".
    ("few-take-the-singular-genitive", "Изъяли [четыре гранаты] и купили [три граната].",
     [(4, None, "граната", None), (3, None, "гранат", None)]),
    ("plural-adjective-after-digits-counts-the-noun", "Открылись [5 летних лагерей] и [21 летний лагерь].",
     [(5, None, "лагерь", None), (21, None, "лагерь", None)]),
    ("approx-through-preposition", "Запасы оцениваются [примерно в 5 млн тонн], бренд продают [почти в 50 странах].",
     [(5e6, None, "тонна", "approx"), (50, None, "страна", "approx")]),
    ("named-before-fixed-phrase", "Вложат [4 миллиарда тенге], число новых рабочих мест – [412].",
     [(4e9, None, "тенге", None), (412, None, "рабочее место", None)]),
    ("named-before-noun", "Число проданных путёвок составило [8800], в июне – [9100].",
     [(8800, None, "путёвка", None), (9100, None, "путёвка", None)]),
    ("half-unit-measured", "Стройка шла [полгода], а приёмка заняла [почти полчаса].",
     [(0.5, None, "год", None), (0.5, None, "час", "approx")]),
    ("half-unit-extension", "Контракт продлили на [полгода].", [(0.5, None, "год", None)]),
    ("share-with-denominator", "Налоги дали [почти одну пятую] доходов казны.", [(0.2, None, None, "approx")]),
    ("scaled-past-unscaled", "Вывезено [2,1 млн тонн] (плюс [4%]), по железной дороге — [870 тысяч].",
     [(2.1e6, None, "тонна", None), (4, None, "процент", None), (870_000, None, "тонна", None)]),
    ("scaled-after-eto", "Фонд выделил [12 млрд тенге]. Это в дополнение к [3 млрд], выделенным весной.",
     [(12e9, None, "тенге", None), (3e9, None, "тенге", None)]),
    ("currency-named-before", "Вор унёс в долларах [почти 2 миллиона], сообщила полиция.",
     [(2e6, None, "доллар", "approx")]),
    ("dash-list-with-qualifier", "Первый сорт купили [более 9 000 фермеров], второй — [около 4 000], третий — [1 200].",
     [(9000, None, "фермер", "more"), (4000, None, "фермер", "approx"), (1200, None, "фермер", None)]),
    ("three-adjectives", "Сдадут [24 новых многоэтажных жилых дома].", [(24, None, "дом", None)]),
    ("part-named-after", "Привезли [40 тракторов], [шесть] из которых – японские.",
     [(40, None, "трактор", None), (6, None, "трактор", None)]),
    ("level-at-a-mark", "Акции подешевели, опустившись до отметки в [22,62] за акцию.", [(22.62, None, None, None)]),
    ("whole-after-an-ordinal-part", "Боксёр проиграл третий бой из [18].", [(18, None, "бой", None)]),
    ("label-after-dash", "[120 студентов] сдали зачёт досрочно, [45] — в срок.",
     [(120, None, "студент", None), (45, None, "студент", None)]),
    ("determiner-before-noun", "Нашли [17 таких колодцев] и [4 других родника].",
     [(17, None, "колодец", None), (4, None, "родник", None)]),
    ("share-of-votes-and-seats", "Партия взяла [две трети голосов] и [три четверти мест], но лишь [треть] жителей.",
     [(2 / 3, None, "голос", None), (0.75, None, "место", None), (1 / 3, None, None, None)]),
    ("first-person-possessive", "Напечатали [две мои книги] и [три твоих рассказа].",
     [(2, None, "книга", None), (3, None, "рассказ", None)]),
    ("share-of-whole", "Прошли [четверо] из [шестерых кандидатов], а [12] из [15 депутатов] поддержали.",
     [(4, None, "кандидат", None), (6, None, "кандидат", None), (12, None, "депутат", None),
      (15, None, "депутат", None)]),
    ("a-little-more", "Стройка заняла [3 с лишним года], пришли [200 с небольшим человек].",
     [(3, None, "год", "more"), (200, None, "человек", "more")]),
    ("units-of-account", "Штраф — [200 МРП], пособие — [2 МРОТ].",
     [(200, None, "МРП", None), (2, None, "МРОТ", None)]),
    ("cardinal-case-endings", "Приговоры — [от 3-х до 15-ти лет], погибли [2-х человек], вода поднимется до "
     "[9-ти] или даже до [12 метров].",
     [(3, 15, "год", None), (2, None, "человек", None), (9, None, "метр", None), (12, None, "метр", None)]),
    # "-х" after a compound ending in 2, 3 or 4 is a cardinal too (двадцати четырёх), not after 12-14 or 90.
    ("compound-cardinal-case-ending", "Журналисты арестованы в [24-х странах] за [32-х года].",
     [(24, None, "страна", None), (32, None, "год", None)]),
    # A superlative after a number in digits is a count, as "все 200 человек" (in words it picks a group).
    ("superlative-in-digits", "В опросе участвовали [103 самых влиятельных экономиста] из [40 крупнейших банков].",
     [(103, None, "экономист", None), (40, None, "банк", None)]),
    # A year-like number that a count amounts to is a figure, not a year.
    ("year-like-count", "Число туристов составило [1850], а в 1850 году их не было вовсе.",
     [(1850, None, "турист", None)]),
    ("label-after-the-whole", "Из [300 выпускников] [120] — отличники.",
     [(300, None, "выпускник", None), (120, None, "выпускник", None)]),
    ("scaled-part-in-that-number", "Засеяли [4,1 млн га], в том числе ячменём — [1,2 млн].",
     [(4.1e6, None, "гектар", None), (1.2e6, None, "гектар", None)]),
    ("abbreviated-adjective-units", "Закачали [2,4 млрд куб. метров] газа в хранилища на [900 кв. метров].",
     [(2.4e9, None, "кубометр", None), (900, None, "квадратный метр", None)]),
    ("freight-work", "Грузооборот составил [1520,4 млрд тарифных ткм].", [(1520.4e9, None, "ткм", None)]),
    ("noun-before-abbreviation", "На сборы прибыли [свыше 2 400 военнослужащих] армии ПВО и [40 новых АЭС].",
     [(2400, None, "военнослужащий", "more"), (40, None, "АЭС", None)]),
    ("noun-before-abbreviation-alone", "К учениям привлекли [1 200 военнослужащих] ВМФ.",
     [(1200, None, "военнослужащий", None)]),
    ("count-of-times", "Мост [дважды] закрывали, а цены за год поднимали [трижды].",
     [(2, None, "раз", None), (3, None, "раз", None)]),
    ("light-years", "Звезда лежит в [12 световых годах] от Солнца.", [(12, None, "световой год", None)]),
    ("quoted-figure-is-no-title", "Он сказал: «[30 процентов] — это много».", [(30, None, "процент", None)]),
    ("quoted-list-that-speaks", "Лидер заявил: «Мы получили [5 мандатов]», «Это успех».", [(5, None, "мандат", None)]),
    ("partitive-noun", "Вчера [двое из нападавших] скрылись, а [трое из задержанных] отпущены.",
     [(2, None, "нападавший", None), (3, None, "задержанный", None)]),
    ("partitive-noun-past-adjective", "[Две из главных задач] решены.", [(2, None, "задача", None)]),
    ("collective-partitive-pronoun", "Ракета упала на склад. Однако [двое из них] выписаны.", [(2, None, None, None)]),
    ("scaled-part-left-unsaid", "В бюджете заложено [9,5 трлн рублей]. Девять из них пойдут на пенсии.",
     [(9.5e12, None, "рубль", None)]),
    ("collective-before-adjective", "На пост напали [трое неизвестных].", [(3, None, "неизвестный", None)]),
    ("years-with-let-are-no-year", "Города стояли рядом в течение последних [2000 лет].", [(2000, None, "год", None)]),
    ("half-hour-after", "Медаль украли через [полчаса] после награждения.", [(0.5, None, "час", None)]),
    ("three-days-every", "Поезда ходят раз в [3 дня].", [(3, None, "день", None)]),
    ("milligrams", "Норму снизят с [200] до [50 мг] на кубометр.", [(200, None, "миллиграмм", None),
     (50, None, "миллиграмм", None)]),
    ("scale-shared-from-one-level-to-another", "Долг уменьшился с [114] до [81,5 миллиарда долларов].",
     [(114e9, None, "доллар", None), (81.5e9, None, "доллар", None)]),
    ("scale-not-shared-by-a-level-of-another-order", "Штат вырос с 800 до [1,2 тыс. человек].",
     [(1200, None, "человек", None)]),
    ("pages-in-an-imprint", "Будда. – М.: Молодая гвардия, 2017. – [476 с.] (серия ЖЗЛ).",
     [(476, None, "страница", None)]),
    ("sides-of-a-size-with-x", "Формат книги – [21] х [14 см].",
     [(21, None, "сантиметр", None), (14, None, "сантиметр", None)]),
    ("range-dash-then-currency-sign", "Доход составлял [$13 600— $14 500] в год.",
     [(13600, 14500, "доллар", None)]),
    ("kilometres-per-second", "Выброс летит со скоростью [300-1200 километров в секунду].",
     [(300, 1200, "километр в секунду", None)]),
    ("crew-members", "На борту были [шесть членов экипажа].", [(6, None, "член экипажа", None)]),
    ("model-name-counted", "Страна вернёт [четыре неисправных МиГ-21] и купит [12 Су-27].",
     [(4, None, "МиГ-21", None), (12, None, "Су-27", None)]),
    ("scale-not-shared-by-a-pair-with-and", "Там живут 10 и [20 млн человек].", [(20e6, None, "человек", None)]),
    ("grams-without-full-stop", "Порция содержит [25 г] сахара, кольцо весом [10 г] лежит в шкатулке.",
     [(25, None, "грамм", None), (10, None, "грамм", None)]),
    ("compound-nouns-by-their-parts", "У них [две дочери-погодки], в приюте [175 детей-сирот], продано [14 сим-карт].",
     [(2, None, "дочь-погодка", None), (175, None, "ребёнок-сирота", None), (14, None, "сим-карта", None)]),
    ("adverb-read-as-a-short-adjective", "Зарегистрировано [948 лабораторно подтверждённых случаев].",
     [(948, None, "случай", None)]),
    ("tenge-and-units-abbreviated", "Уголь стоит [18,5 тыс. тг], продано [1105 ед.] техники, BMW — [883 ед.].",
     [(18_500, None, "тенге", None), (1105, None, "единица", None), (883, None, "единица", None)]),
    ("abbreviation-counted", "Осталось ввести [15 КНС], зарегистрировано [7 ДТП], в телефоне [4 ГБ] памяти.",
     [(15, None, "КНС", None), (7, None, "ДТП", None), (4, None, "ГБ", None)]),
    ("cubic-metres-are-cubometres", "Вывезли [около 25 тыс. кубических метров] грунта.",
     [(25_000, None, "кубометр", "approx")]),
    ("coordinated-adjective-that-is-also-a-noun", "Субсидию получат [9 авторских и экспериментальных лент].",
     [(9, None, "лента", None)]),
    ("only-one-with-a-determiner", "Пока назван только [один такой спектакль].", [(1, None, "спектакль", None)]),
    ("only-one-after-a-preposition", "Зарплаты поднимут лишь в [одном случае], налоги — только по [одной причине].",
     [(1, None, "случай", None), (1, None, "причина", None)]),
    # What is scored, and the ones harmed after a verb of a toll, count after a bare "один".
    ("one-scored-or-harmed", "Команда пропустила [один гол]. При обстреле погиб [один мирный житель].",
     [(1, None, "гол", None), (1, None, "житель", None)]),
    # Two counts in words, one after the other, joined by "или" are a range ("5 или 6" in digits stay two figures).
    ("consecutive-counts-joined-by-or", "Ремонт займёт [три или четыре дня], приедут [двое или трое рабочих].",
     [(3, 4, "день", None), (2, 3, "рабочий", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_context_rules(source: str, expected: Expected) -> None:
    """Every bracketed span is a metric with its value, range end, unit (lemma) and qualifier."""
    assert_marked_metrics(source, expected)


NOT_METRICS = [
    "Банк входит в первую сотню по активам, команда — во вторую десятку.",
    "Напомним, три крупнейших банка региона сменили владельцев.",
    "Жюри отобрало пять лучших фильмов фестиваля.",
    "Рейтинг составлен по трём крупнейшим городам страны.",
    "Грант получат восемь наиболее активных школ.",
    "Двое временно замещавших заведующего склада переведены.",
    "Заседания прошли 14 и 15 мая.",
    "Ракета вывела спутник «Зенит» № 3-1 на орбиту.",
    "Музыканты выступят на сцене клуба «16 тонн».",
    "Он выиграл конкурс «5 звёзд».",
    "За полгода склад опустел.",
    "Полгода назад мост закрыли.",
    "Через полгода откроют школу.",
    "Первые толчки ощутили около 6.40 утра.",
    "Поезд отправится в 23.15 с третьего пути.",
    "Толчок записан в 04.12 по местному времени.",
    "Один уехал, трое других остались.",
    "Учащиеся 5-х и 2-х классов сдали тесты.",
    "В 90-х годах завод закрыли.",
    "В 1990-х и 2010-х годах завод перестраивали, ученики 22-х классов учились.",
    "Открыли памятник дважды лауреату премии Степану Жарову.",
    "Выступил трижды чемпион мира по борьбе.",
    "Он снялся в фильме «12 стульев» и в картине «Три толстяка».",
    "Известен по ролям в фильмах: «Служебный роман» (1977), «9 рот» (2005), «Два бойца» (1943).",
    "Известными стали «Три мушкетёра и кот», «Клуб „12 стульев“» и другие.",
    "Прозвучал отрывок поэмы А. С. Пушкина «Царь Никита и сорок его дочерей».",
    "Героя взяли из романа Ильи Ильфа и Евгения Петрова «Двенадцать стульев».",
    'Фильм вышел вместе с премьерой "50 оттенков серого".',
    "Это случилось в 1998 г в Москве.",
    "Груз доставят во вторник в 3 дня.",
    "Его обвинили по Статье 283 уголовного кодекса.",
    "Пророчество называет концом эпохи 2242 год, а в 3797 году обещан апокалипсис.",
    "Между двумя учениками произошла драка.",
    "Активисты призвали не давать ни одной гривны владельцу фабрики.",
    "Дело квалифицировали по более тяжкой четвертой части 111-й статьи.",
    "Нападающий воспользовался ошибкой на своей половине поля.",
    "За прошедшие полгода совет так и не определился.",
    "Переговоры идут уже не один месяц, и он ждал не один год.",
    "Выступление прошло в одном из городов.",
    "Выручка за 3 кв. 2019 г. выросла.",
    "Команда третью подряд игру заканчивает вдесятером, а вторую кряду неделю не тренируется.",
    "Дело возбуждено по статье 158 УК, а в 2019 ГОДА его закрыли.",
]


def test_part_of_a_scaled_figure_keeps_no_wrong_value() -> None:
    """After "7 трлн рублей", "шесть из них" leaves its scale unsaid: it is not read as 6 roubles."""
    found = metrics_of("Фонду выделят 7 трлн рублей. Шесть из них уйдут на дороги.")
    assert [m.value for m in found] == [7e12]


@pytest.mark.parametrize("text", NOT_METRICS)
def test_not_metrics(text: str) -> None:
    """A superlative picks a group; days, a collective numeral with a participle's object and names count nothing."""
    assert metrics_of(text) == ()


@given(
    st.lists(st.integers(min_value=2, max_value=99), min_size=2, max_size=4),
    st.sampled_from([("лет", "год"), ("тонн", "тонна"), ("%", "процент"), ("километров", "километр")]),
    st.sampled_from([" и ", " или ", ", "]),
)
def test_joined_numbers_share_the_last_unit(values: list[int], unit: tuple[str, str], join: str) -> None:
    """A joined list ("5, 6 и 7 лет"): every number is a metric with the unit written after the last one."""
    head = ", ".join(str(v) for v in values[:-1])
    form = unit[0] if unit[0] == "%" else " " + unit[0]
    text = f"Показатели составили {head}{join}{values[-1]}{form} соответственно."
    found = metrics_of(text)
    assert [m.value for m in found] == [float(v) for v in values]
    assert {m.unit for m in found} == {unit[1]}


_CARDINALS = ["одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_DENOMINATORS = {3: ("третья", "третьих"), 4: ("четвертая", "четвертых"), 5: ("пятая", "пятых"),
                 6: ("шестая", "шестых"), 8: ("восьмая", "восьмых"), 10: ("десятая", "десятых"),
                 100: ("сотая", "сотых")}  # fmt: skip


@given(st.integers(min_value=1, max_value=9), st.sampled_from(sorted(_DENOMINATORS)))
def test_ordinal_denominators(count: int, denominator: int) -> None:
    """A count of units and an ordinal ("одна пятая", "три десятых") is the share count/denominator."""
    singular, plural = _DENOMINATORS[denominator]
    words = f"{_CARDINALS[count - 1]} {singular if count == 1 else plural}"
    assert parse_number(words) == pytest.approx(count / denominator)
    found = metrics_of(f"Решение поддержали {words} опрошенных.")
    assert [(m.surface, m.unit) for m in found] == [(words, None)]
    assert found[0].value == pytest.approx(count / denominator)


@pytest.mark.parametrize("text", ["Учился в одном восьмом классе.", "Встреча прошла двадцать пятого мая."])
def test_ordinals_stay_ordinals(text: str) -> None:
    """A masculine ordinal after "один", or a compound ordinal, is no fraction."""
    assert metrics_of(text) == ()
