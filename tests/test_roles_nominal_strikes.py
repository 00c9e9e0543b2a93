"""The "by" phrase of a strike, bombardment or shooting names its doer.

"A drone strike by X", "the bombardment of the town by X" and "a shooting by police" make X the
perpetrator, as "an attack by X" already did: the noun is the deed, the by-phrase its agent.
Sentences written for several countries and outlets.
"""

from __future__ import annotations

import pytest
from actor_labels import primary_roles

from eventcoder.pipeline import Pipeline

CASES: list[tuple[str, str, str]] = [
    ("A drone strike by Ukrainian forces hit a fuel depot in Belgorod region, Russia, on "
     "4 May 2024. No casualties were reported.", "2024-05-05", "Military Forces of Ukraine"),
    ("On 2 February 2023, an airstrike by the Myanmar military hit a monastery in Magway "
     "region, killing four monks.", "2023-02-03", "Military Forces of Myanmar"),
    ("A missile strike by Russian forces destroyed a grain silo in Odesa on 9 August 2023.",
     "2023-08-10", "Military Forces of Russia"),
    ("Residents of Idlib said the bombardment of the town by Syrian government forces lasted "
     "all night on 12 March 2020, killing three people.", "2020-03-13", "Military Forces of Syria"),
    ("Two teenagers were killed in a shooting by police in Kisumu, Kenya, on 7 July 2023, "
     "witnesses said.", "2023-07-08", "Police Forces of Kenya"),
]


@pytest.mark.parametrize(("text", "published", "label"), CASES)
def test_by_phrase_of_a_strike_is_its_doer(
    pipeline: Pipeline, text: str, published: str, label: str
) -> None:
    """The agent of a nominal strike or shooting is its perpetrator."""
    found = primary_roles(pipeline, text, published)
    doers = [name for name, role in found.items() if name.startswith(label)]
    assert doers and all(found[n] == "perpetrator" for n in doers), (text, found)
