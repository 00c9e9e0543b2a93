"""Rules of the rest25 round (country with source: the last lines), on sentences written for
several countries and outlets.

- A gapped trigger phrase may skip the hyphen inside one word ("passed 15-year prison
  sentences": the tokeniser splits '15-year' at its hyphen); other punctuation still ends it
  (extract/events/triggers.py _gap_word).
- A note that drops the article of a past deed verb's object after a comma ("Families of
  soldiers ..., blocked highway leading to the camp to demand ...") is parsed again with the
  comma read as 'then' when the sentence tells a purpose; a list ("heavy rain, blocked roads and
  fallen trees") is left alone (nlp/headline_reparse.py _comma_deed).
- A person's head dumped, left or found is a beheading (not 'hung': people hang their heads in
  grief, and so does 'hang' alone, a killing only without a head, banner or flag); a person noun must follow 'of',
  so a leader ("the head of the army", "the head of the council") stays one
  (data/event_triggers.yaml).
- Burkina Faso's ruling party 2015-2022, the People's Movement for Progress (MPP), is a known
  party: its name places a clash among supporters (data/political_parties.yaml).

Each rule has negatives that stay quiet.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline

DAY = "2021-06-10"
SD = "Strategic developments"


def _primary(text: str, published: str = DAY) -> Event | None:
    return primary_event(default_pipeline()(Article(id="t", text=text, published=published)))


# (text, the primary event's type, its country)
TYPED = [
    ("A military court in Harare passed 10-year prison sentences on six opposition activists "
     "on Tuesday.", SD, "Zimbabwe"),
    ("The Dhaka tribunal handed down five-year jail sentences to 14 students for setting "
     "buses alight.", SD, "Bangladesh"),
    ("A Quetta anti-terrorism court handed 25-year sentences to three men convicted of the "
     "bus bombing.", SD, "Pakistan"),
    ("A suspected thief was hanged by a mob in Kano on Sunday.", "Riots", "Nigeria"),
]

# a bare-object deed after a comma, in a sentence with a purpose: a road blockade
BLOCKADES = [
    ("Families of soldiers of the Ghana Armed Forces, blocked highway leading to Burma Camp in "
     "Accra to demand compensation for their dead relatives.", "Ghana"),
    ("Wives of dockers of the Tema port authority, blocked road leading to the harbour in Tema "
     "to demand unpaid allowances.", "Ghana"),
    ("Widows of police officers of the Kenya Police Service, blocked road outside Vigilance "
     "House in Nairobi to demand pensions owed to them.", "Kenya"),
]

VAC = "Violence against civilians"
# a head displayed or found: a killing, in either voice
HEADS = [
    ("Al-Shabaab fighters dumped the head of a kidnapped farmer at a market in Bulo Burte on "
     "Friday.", "Somalia"),
    ("Investigators found the head of a woman in a sack on the outskirts of Ciudad Juarez on "
     "Sunday.", "Mexico"),
    ("The head of a young shepherd was found hanging from a tree near Kunduz, police said.",
     "Afghanistan"),
]
# a leader called 'head of': no killing
LEADERS = [
    "President Museveni dumped the head of the army in a reshuffle announced in Kampala on "
    "Monday.",
    "The ruling party left the head of the council in place after the vote in Lusaka.",
]

QUIET = [
    # a list of things after a comma, no purpose: no deed
    "Heavy rain overnight, blocked roads and fallen trees across Nairobi.",
    # a road closed by the police for a convoy
    "The road to the airport was closed by police in Monrovia to make way for the presidential "
    "convoy.",
    # a court adjourning is no sentence
    "The Nairobi high court adjourned the 2-day hearing of the land case until March.",
    # hanging one's head, or a banner, kills no one
    "Villagers hung their heads in grief in Kisumu after the verdict.",
    "Residents hung a flag from the roof of the chief's office in Gulu on Saturday.",
    # a dash between clauses ends the phrase
    "The judge passed - after a long silence - the file back to the prosecution in Accra.",
]


@pytest.mark.parametrize(("text", "kind", "country"), TYPED)
def test_typed(text: str, kind: str, country: str) -> None:
    event = _primary(text)
    assert event is not None and event.event_type == kind
    assert event.location.country == country


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert _primary(text) is None


@pytest.mark.parametrize(("text", "country"), BLOCKADES)
def test_blockade(text: str, country: str) -> None:
    event = _primary(text)
    assert event is not None and event.event_type in {"Protests", "Riots"}
    assert event.location.country == country


def test_blockade_verb_is_root() -> None:
    doc = default_pipeline()(Article(id="t", text=BLOCKADES[0][0], published=DAY)).spacy_doc
    blocked = next(t for t in doc if t.lower_ == "blocked")
    assert blocked.dep_ == "ROOT" and any(c.lower_ == "highway" and c.dep_ == "dobj"
                                          for c in blocked.children)


def test_minister_abroad_not_home() -> None:
    event = _primary("The Minister of Defence of Liberia visited Accra on Tuesday to discuss "
                     "border security.")
    assert event is None or event.location.country != "Liberia"


@pytest.mark.parametrize(("text", "country"), HEADS)
def test_head_displayed(text: str, country: str) -> None:
    event = _primary(text)
    assert event is not None and event.event_type == VAC
    assert event.location.country == country


@pytest.mark.parametrize("text", LEADERS)
def test_head_of_leader(text: str) -> None:
    event = _primary(text)
    assert event is None or event.event_type not in {VAC, "Battles"}


@pytest.mark.parametrize("text", [
    "Supporters of the People's Movement for Progress clashed with opposition youths after the "
    "municipal vote; two were wounded.",
    "An MPP councillor was beaten by rivals after the vote count on Sunday night.",
])
def test_burkina_ruling_party(text: str) -> None:
    event = _primary(text)
    assert event is not None and event.location.country == "Burkina Faso"
