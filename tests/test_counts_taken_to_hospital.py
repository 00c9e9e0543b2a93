"""The wounded told by their way to hospital: "Three more guests were taken to hospital with
gunshot wounds", "Seven others were taken to the provincial hospital", "Four soldiers were
airlifted to a military hospital" (being taken into hospital after an attack is an injury, as GTD
codes nwound). Taking a town, hostages or prisoners, and bodies taken to a morgue, are no injury.
Sentences written for several countries and outlets.
"""

from __future__ import annotations

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

# (text, published, injuries)
TAKEN: list[tuple[str, str, int]] = [
    ("Armed men opened fire on a party in Celaya on Sunday, killing 12. Three more guests were "
     "taken to hospital with gunshot wounds.", "2024-05-06", 3),
    ("A bomb exploded near a mosque in Jalalabad on Friday, killing two worshippers. Seven others "
     "were taken to the provincial hospital.", "2021-05-16", 7),
    ("Militants ambushed an army convoy in Kurram on Tuesday. Four soldiers were airlifted to a "
     "military hospital in Peshawar.", "2023-10-12", 4),
    # no injury: a town, hostages, prisoners, the dead
    ("Gunmen took control of the town hall in Bunia on Monday and took two officials hostage.",
     "2022-03-10", 0),
    ("Rebels seized the town of Kiwanja on Saturday and took 14 soldiers prisoner, the army said.",
     "2022-11-01", 0),
    ("Police said the bodies of five men were taken to the hospital morgue after the shootout in "
     "Culiacan on Friday.", "2023-06-12", 0),
]


def _injured(pipeline: Pipeline, text: str, published: str) -> int:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None, text
    return 0 if event.injuries is None or event.injuries.best is None else int(event.injuries.best)


def test_taken_to_hospital_are_injured(pipeline: Pipeline) -> None:
    """People taken or airlifted to hospital are the injured; taking a town or hostages is not."""
    got = [_injured(pipeline, text, published) for text, published, _ in TAKEN]
    assert got == [hurt for _, _, hurt in TAKEN]
