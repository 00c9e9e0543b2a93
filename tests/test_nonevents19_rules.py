"""Rules written after probe 19 (news that must not become events), each tested on sentences
written for several countries and outlets, with sentences that look alike and must stay events:
a disaster as the subject of a killing participle ("floods swept ..., killing 14"); threats and
other intended infinitives whatever the deed ("threatened in a speech on Thursday to strike");
weapons modifying a drill, an exercise or a test; clashes of words (lawmakers, a debate); sport
(a score, a goalkeeper); kinds of act stopped or cited ("would suspend kidnappings", "citing
kidnapping"); infinitives of orders and plans ("orders to kill"); records in a span subject
("has cost 600 lives since 2010"); deeds in a clause "N years after" the news; deeds and tolls
under a commemoration; and the typer creating no event for such notes or for a plan told in the
future."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


def read(pipeline: Pipeline, text: str, published: str = "2024-07-22") -> Event | None:
    """The primary event of one hand-written item (no publisher: the text alone decides)."""
    document: Document = pipeline(Article(id="t", text=text, published=published))
    return primary_event(document)


NOT_EVENTS = {
    "disaster": [
        "A cyclone tore through coastal districts of Bangladesh on Thursday, killing at least 16 "
        "people and flattening thousands of huts.",
        "Heavy rains lashed Mindanao on Monday, leaving 9 dead and thousands displaced, disaster "
        "officials said.",
        "Monsoon floods submerged large parts of Sindh on Friday, killing 37 people, the "
        "provincial disaster agency said.",
        "An earthquake hit the mountain town of Al Haouz on Friday night, killing 12.",
    ],
    "threat": [
        "The Islamic State Sahel Province threatened in a leaflet on Monday to attack any village "
        "that cooperates with the army in Menaka.",
        "A Mexican cartel vowed in a message posted on social media on Saturday to kill police "
        "officers in Culiacan.",
        "The separatist leader warned on state radio on Friday that his fighters would target "
        "any convoy entering the region unless the government withdraws its troops.",
    ],
    "drill": [
        "Turkish and Azerbaijani forces held live-fire artillery exercises near Nakhchivan on "
        "Monday, the defence ministry said.",
        "The Indian navy carried out a missile test off the coast of Odisha on Wednesday.",
    ],
    "words": [
        "Kenyan lawmakers clashed bitterly in the National Assembly on Thursday over a finance "
        "bill that raises fuel taxes.",
        "The two presidential candidates clashed in a televised debate in Bogota on Sunday over "
        "security policy.",
        "The interior minister and the governor of Jalisco clashed verbally on Monday over the "
        "handling of missing persons cases.",
    ],
    "sport": [
        "Salah fired a shot past the goalkeeper in stoppage time as Egypt beat Ghana 2-1 in "
        "Abidjan on Friday.",
        "Pakistan's fast bowlers attacked from the first over as the hosts beat Sri Lanka in the "
        "Rawalpindi Test on Sunday, taking the championship lead.",
    ],
    "kinds": [
        "Negotiators met in Havana on Monday, days after the guerrillas said they would suspend "
        "kidnappings and attacks on oil pipelines.",
        "Canada on Tuesday advised its citizens against travel to northern Mozambique, citing "
        "kidnapping, terrorism and armed banditry.",
    ],
    "orders": [
        "A former soldier told a tribunal in Dhaka on Monday that he had received orders to kill "
        "detained suspects in 2015.",
        "Prosecutors in Berlin on Thursday charged three men over a plot to bomb a synagogue.",
    ],
    "record": [
        "A new report by a Lagos think tank found that banditry in Zamfara has cost more than "
        "4,000 lives since 2011.",
    ],
    "lapse": [
        "The mayor reopened the market in Mubi on Saturday, two years after it was burned down by "
        "insurgents.",
    ],
    "commemoration": [
        "Residents of Beslan marked the 20th anniversary of the school siege on Sunday, lighting "
        "candles in the gym where the hostages were killed.",
        "Hundreds of relatives gathered in Oslo on Monday to mark ten years since the Utoya "
        "massacre, laying flowers at the lakeside where 69 young people died.",
    ],
    "future": [
        "Kenya will deploy a further 400 police officers to Haiti next month to support the "
        "multinational mission, the interior ministry said on Friday.",
        "The Nigerian air force will resume air strikes on bandit camps in Zamfara, its "
        "spokesman said on Monday.",
        "The Sudanese army said on Sunday it would stop air strikes on Nyala once the RSF "
        "withdraws from the city.",
    ],
    "tally": [
        "Armed gangs have abducted 180 travellers on the Abuja-Kaduna highway so far this year, "
        "police said on Monday.",
    ],
}


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in NOT_EVENTS.items() for t in ts])
def test_not_an_event(pipeline: Pipeline, kind: str, text: str) -> None:
    event = read(pipeline, text)
    assert event is None, (kind, event.event_type, event.trigger)


STILL_EVENTS = [
    ("Gunmen threatened villagers in Kurram on Sunday and then shot two of them dead, police "
     "said.", "Violence against civilians"),
    ("An attempt to kill the governor of Zamfara failed on Tuesday when a bomb was found under "
     "his car.", "Explosions/Remote violence"),
    ("Rebels and soldiers clashed near the town of Kamituga on Monday, the army said.",
     "Battles"),
    ("Floods hampered the army's advance in Mandera on Sunday, and al-Shabaab militants killed "
     "three soldiers in an ambush.", None),
    ("Fans attacked the referee with bottles after the match in Lusaka on Saturday, injuring "
     "him badly, police said.", None),
    ("Gunmen opened fire on spectators at a football match in Mogadishu on Friday, killing "
     "four.", None),
    ("Supporters of the two candidates clashed with stones and sticks outside a polling "
     "station in Kisumu on Tuesday, police said.", None),
    ("A suicide bomber struck a military parade in Quetta on Sunday, killing seven cadets.",
     "Explosions/Remote violence"),
    ("Protesters clashed with police near the summit venue in Nairobi on Monday.", None),
    ("The Nigerian air force resumed air strikes on bandit camps in Zamfara on Monday, killing "
     "20 bandits, its spokesman said.", None),
    ("Youths clashed after a football match in Bouake on Sunday, breaking shop windows.",
     None),
    ("Police said they would question witnesses after gunmen killed five traders in Jos on "
     "Sunday.", "Violence against civilians"),
]


@pytest.mark.parametrize(("text", "event_type"), STILL_EVENTS)
def test_still_an_event(pipeline: Pipeline, text: str, event_type: str | None) -> None:
    event = read(pipeline, text)
    assert event is not None
    if event_type:
        assert event.event_type == event_type


def test_commemorated_toll_is_not_the_news(pipeline: Pipeline) -> None:
    """A protest that marks an old deed may stay, but the old deed's dead are not its toll."""
    event = read(pipeline, "Hundreds of survivors gathered in Dhaka on Sunday to mark eleven "
                           "years since the factory collapse and to demand compensation, at the "
                           "site where more than 1,100 workers died.")
    assert event is None or not (event.fatalities and event.fatalities.best)


def test_lapse_clause_deed_is_historical(pipeline: Pipeline) -> None:
    """The deed 'three years after' counts from is background, the news is the main clause."""
    document = pipeline(Article(id="t", published="2023-04-18", text=(
        "The governor opened a new health centre in Kumba on Monday, three years after the old "
        "one was burned down by separatists.")))
    assert document.events and all(e.historical for e in document.events)
