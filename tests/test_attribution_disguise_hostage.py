"""A disguise is no party, and holding hostages is no blame.

- "Gunmen disguised as police officers abducted six passengers": the police took no part, and the
  gunmen did it even when the parse reads "as police officers stopped a bus" as a clause or makes
  the doers the subject of "disguised" (resolve/attribution/disguise.py).
- "held more than 200 passengers hostage": "hold" blames only as "held X responsible"; the
  hostages are no accused doers (resolve/attribution/rules.py).
Texts written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, a name that must be a perpetrator or None, a name that must not be one)
NOTES: list[tuple[str, str | None, str | None]] = [
    ("Gunmen disguised as police officers stopped a bus near Mosul on Monday and abducted six "
     "passengers.", "Unidentified Armed Group", "Police Forces"),
    ("Four assailants disguised as airport staff hijacked an airliner at the airport in Algiers, "
     "Algeria, on Monday and held more than 200 passengers hostage.", "Unidentified Armed Group",
     "Civilians"),
    ("Boko Haram fighters dressed as soldiers stormed a village in Borno on Monday and killed 12 "
     "people.", "Boko Haram", "Military Forces"),
    ("Three men dressed as soldiers robbed a bank in Bamako on Monday.", None, "Military Forces"),
    ("Gunmen seized a school in Beslan on Monday and held hundreds of pupils hostage.",
     "Unidentified Armed Group", "Civilians"),
    # "held X responsible" still blames
    ("A bomb killed 12 people in Kabul on Monday. The government held the Taliban responsible for "
     "the attack.", "Taliban", None),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: roles come from the parse, names from the actor stage."""
    return Pipeline()


@pytest.mark.parametrize(("text", "doer", "not_doer"), NOTES)
def test_disguise_and_hostages_are_no_doers(pipe: Pipeline, text: str, doer: str | None,
                                            not_doer: str | None) -> None:
    """The doer is a perpetrator; the disguise or the hostages are not."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert events
    names = [a.name for a in events[0].actors if a.role == "perpetrator"]
    if doer is not None:
        assert any(n.startswith(doer) for n in names), names
    if not_doer is not None:
        assert not any(n.startswith(not_doer) for n in names), names
