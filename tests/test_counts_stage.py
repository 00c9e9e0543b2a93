"""The counts stage reads killed / wounded / arrested figures from hand-written sentences."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Count, Document, Event
from eventcoder.extract.counts.stage import counts_stage
from eventcoder.nlp.model import load_nlp


def counted(text: str, trigger: str | None = None, published: str | None = None) -> Event:
    """Run the counts stage on one event spanning every sentence of ``text``."""
    document = Document(article=Article(id="t", text=text, published=published))
    document._doc = load_nlp()(text)
    n = len(list(document._doc.sents))
    at = text.index(trigger) if trigger else 0
    end = at + len(trigger) if trigger else 1
    event = Event(id="e1", trigger=trigger, _sentences=list(range(n)), _mentions=[(at, end)])
    document.events = [event]
    counts_stage(document)
    for ev in event.evidence:
        assert text[ev.start : ev.end] == ev.text
    return event


def best(count: Count | None) -> int | None:
    """The count's best value, None for no count."""
    return None if count is None else count.best


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen stormed a bus in Karachi, killing 45 members of the Ismaili community.", 45, None),
        ("45 people were killed in the attack.", 45, None),
        ("The death toll rose to 12 on Friday.", 12, None),
        ("The blast left 3 dead and 10 wounded.", 3, 10),
        ("Two policemen and a civilian were killed.", 3, None),
        ("A civilian was killed and several policemen wounded in the ambush.", 1, 3),
        ("At least 12 people were killed and dozens injured.", 12, 24),
        ("Gunmen killed forty-five passengers.", 45, None),
        ("Fighting in the town left 3 killed and 10 wounded.", 3, 10),
        ("Gunmen killed three people and injured two others in the village.", 3, 2),
        ("A car bomb exploded killing five people. Another 13 were wounded.", 5, 13),
        ("A man was shot and killed by an unidentified gunman.", 1, None),
        ("Militants killed the imam, son and nephew of a village elder.", 3, None),
        ("Police opened fire on protesters, killing five.", 5, None),
        ("No one was killed in the attack.", 0, None),
        ("Protesters marched through the capital on Monday.", None, None),
        ("Eleven soldier deaths were reported.", 11, None),
        ("Nearly 200 people died in the two bombings.", 200, None),
    ],
)
def test_killed_and_wounded(text: str, killed: int | None, wounded: int | None) -> None:
    """Fatalities and injuries are told apart in one sentence."""
    event = counted(text)
    assert (best(event.fatalities), best(event.injuries)) == (killed, wounded)


def test_count_object_follows_the_contract() -> None:
    """The Count object has the low/best/high/approximate shape of the contract."""
    event = counted("Security forces said more than 30 people were killed in the raid.")
    c = event.fatalities
    assert c is not None
    assert (c.low, c.best, c.high, c.approximate) == (30, 30, None, True)
    assert "more than 30 people were killed" in c.text
    assert any(ev.field == "fatalities" for ev in event.evidence)


def test_nearly_bounds_from_above() -> None:
    """Nearly bounds from above."""
    c = counted("Two huge bombings in Quetta together killed nearly 200 people.").fatalities
    assert c is not None and (c.low, c.best, c.high, c.approximate) == (None, 200, 200, True)


def test_restated_figure_is_not_added_twice() -> None:
    """Restated figure is not added twice."""
    text = "The attack killed 12 people. The 12 victims were buried on Sunday, officials said."
    assert best(counted(text).fatalities) == 12


def test_updated_toll_keeps_the_highest() -> None:
    """Updated toll keeps the highest."""
    text = "Ten people were killed in the blast. The death toll later rose to 14."
    assert best(counted(text).fatalities) == 14


def test_attackers_counted_in_fatalities_and_apart() -> None:
    """Attackers counted in fatalities and apart."""
    text = "Three soldiers were killed in the raid. Two attackers were also killed."
    event = counted(text)
    assert best(event.fatalities) == 5
    assert best(event.perpetrators_killed) == 2


def test_suicide_bombers_dead_are_perpetrators() -> None:
    """Suicide bombers dead are perpetrators."""
    event = counted("Explosion in Kolofata: 02 dead (suicide bombers) and 02 injured.")
    assert best(event.fatalities) == 2 and best(event.perpetrators_killed) == 2
    assert best(event.injuries) == 2


def test_arrests_are_counted() -> None:
    """Arrests are counted."""
    event = counted("Police arrested 15 protesters in the capital.", trigger="arrested")
    assert best(event.arrested) == 15 and event.fatalities is None


def test_arrest_with_vague_bound() -> None:
    """Arrest with vague bound."""
    c = counted("Police arrested over 200, including women.", trigger="arrested").arrested
    assert c is not None and (c.low, c.best, c.high, c.approximate) == (200, 200, None, True)


def test_held_a_rally_is_no_arrest() -> None:
    """Held a rally is no arrest."""
    assert counted("Protesters held a rally in the capital.").arrested is None


def test_null_counts_are_explained() -> None:
    """Null counts are explained."""
    event = counted("Protesters marched through the capital on Monday.")
    assert event.fatalities is None and "fatalities" in event.notes


def test_suspects_who_confessed_bound_the_arrests() -> None:
    """Suspects who confessed bound the arrests."""
    text = (
        "On May 20, the chief minister announced the first arrests in connection with the attack. "
        "He said four highly educated suspects had confessed their involvement."
    )
    event = counted(text, trigger="arrests")
    c = event.arrested
    assert c is not None and (c.low, c.best, c.high, c.approximate) == (4, 4, None, True)
    assert c.note and "suspects" in c.note
