"""Death tolls in long reports (cnt20): a figure the report itself replaces is not added again.

A headline restates the lead's dead, a first or earlier account is corrected ("initial reports
spoke of", "had earlier said", "had initially left"), and a running total ("the number killed had
risen to 11", "taking the death toll to two", "a fourth ... died") replaces the figures told
before it, even from a sentence the events stage gave to no incident. Sentences written for this
test, several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.extract.counts.superseded import headline_end
from eventcoder.pipeline import default_pipeline


def _primary(text: str, published: str = "2024-05-13") -> Event:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=published)))
    assert event is not None
    return event


def _toll(text: str) -> int | None:
    event = _primary(text)
    return event.fatalities.best if event.fatalities is not None else None


@pytest.mark.parametrize(("text", "toll"), [
    # a headline with its own words for the dead of the lead
    ("Three guards, cook killed as gunmen raid mine camp in Zamfara\n\n"
     "GUSAU: Three security guards and a cook were killed when gunmen raided a gold mining camp "
     "near Anka in Zamfara State on Tuesday night, police said. The attackers escaped with "
     "motorcycles and phones.", 4),
    ("Two soldiers die in mortar attack on base in Kidal\n\n"
     "Two members of the Malian army were killed on Sunday when mortar rounds hit their base in "
     "Kidal, the army said in a statement. Several others were wounded.", 2),
    ("Bus bombing kills five near Quetta\n\n"
     "Five passengers were killed and 12 hurt on Monday when a bomb planted under a seat went off "
     "on a bus near Quetta, officials said.", 5),
])
def test_headline_restates_the_lead(text: str, toll: int) -> None:
    """The headline's dead are the lead's, not more."""
    assert _toll(text) == toll


def test_headline_only_when_a_body_follows() -> None:
    """A report opening with a sentence has no headline."""
    assert headline_end("Gunmen killed two farmers near Jos on Friday, police said.\n\nMore.") == 0
    assert headline_end("Farmers killed near Jos\n\nGunmen killed two farmers near Jos on Friday, "
                        "police said.") > 0


@pytest.mark.parametrize(("text", "toll"), [
    ("Twenty-one soldiers were killed on Thursday when insurgents overran an army outpost near "
     "Diapaga in eastern Burkina Faso, the army said on Saturday. A military source had earlier "
     "said that 15 soldiers were dead.", 21),
    ("Gunmen attacked a village in Plateau State on Sunday night, and the state police command "
     "said on Tuesday that 31 villagers had been killed. Initial reports on Monday spoke of at "
     "least 12 dead.", 31),
    ("The car bomb that exploded outside a police station in Diyarbakir on Friday had initially "
     "left four dead, officials said. Nine police officers were killed in the blast, the "
     "governor said on Saturday.", 9),
])
def test_early_figure_yields_to_the_corrected_one(text: str, toll: int) -> None:
    """A figure told as a first or earlier account is replaced, not added."""
    assert _toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Gunmen shot dead six people at a bar in Celaya, Guanajuato, on Saturday night, the state "
     "prosecutor's office said. Two more of the wounded died in hospital on Sunday, taking the "
     "death toll to eight.", 8),
    ("At least five people were killed on Wednesday when a bomb exploded at a market in "
     "Maiduguri, police said. By Thursday the number of people killed had risen to nine after "
     "four of the wounded died, a hospital official said.", 9),
    ("Three villagers were hacked to death and two others shot dead when raiders attacked "
     "Kasanga village in Ituri on Monday, local officials said. On Tuesday a sixth victim, a "
     "boy of 12, died in Bunia hospital, raising the death toll to six.", 6),
    ("Three rangers were killed on Friday when poachers opened fire on a patrol in Garamba "
     "park, the park authority said. Two rangers died at the scene. A third, the patrol's "
     "leader, died on Saturday in hospital.", 3),
])
def test_running_total_replaces_earlier_figures(text: str, toll: int) -> None:
    """A toll that rose ("taking the death toll to eight", "a sixth victim") is the total."""
    assert _toll(text) == toll


def test_running_total_in_a_sentence_of_its_own() -> None:
    """A later paragraph's 'the number rose to N', even when no incident takes its sentence,
    updates the incident before it; a report of two incidents gives it to the nearer one."""
    text = (
        "Suspected rebels killed at least seven people on Sunday night in a raid on Bwera village "
        "in Kasese District, police said.\n\n"
        "The attackers, armed with machetes, went from house to house.\n\n"
        "By Tuesday the number of people killed had risen to 10, after three more bodies were "
        "found in a nearby forest, the district commissioner said.\n\n"
        "In 2021, a raid on a school in the same district killed 20 students.")
    assert _toll(text) == 10


@pytest.mark.parametrize(("text", "toll"), [
    ("Eleven Malian soldiers died on Monday when jihadists ambushed a supply convoy between "
     "Boni and Hombori, the army said. The Islamic State Sahel Province said in a statement "
     "released on Telegram that its fighters had destroyed three trucks and killed 25 soldiers.",
     11),
    ("Police in Mogadishu said four officers were killed when a suicide bomber struck a "
     "checkpoint on Tuesday. Al-Shabaab said in a radio message that its mujahideen had killed "
     "12 members of the apostate forces.", 4),
])
def test_claimed_toll_in_a_message(text: str, toll: int) -> None:
    """A group's toll told in a clause hanging on its message is a claim, not the official count."""
    assert _toll(text) == toll
