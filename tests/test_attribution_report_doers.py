"""Who did it, read across a whole report: editors' bracketed insertions, doers named in other
sentences than the incident's trigger, state forces and self-styled groups as perpetrators, and
the statements that must not make anyone a perpetrator (sentences written for several
countries)."""

from __future__ import annotations

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline, for_parsing


def perpetrators_of(text: str) -> dict[str, str]:
    """name → attribution of every perpetrator of any event the whole pipeline finds."""
    document = default_pipeline()(Article(id="t", text=text))
    return {a.name: a.attribution for e in document.events for a in e.actors
            if a.role == "perpetrator"}


def test_bracketed_insertion_is_read_inside_its_sentence() -> None:
    text = ("President Alfredo Cristiani has blamed FMLN [Farabundo Marti National Liberation "
            "Front] guerrillas for the murder of political analyst Edgar Chacon in San Salvador.")
    assert len(for_parsing(text)) == len(text)
    perps = perpetrators_of(text)
    assert perps.get("Farabundo Marti National Liberation Front") == "accused", perps


def test_bracketed_insertion_in_wire_capitals() -> None:
    text = ("KABUL, 3 MAR 09 -- [TEXT] THE GOVERNOR BLAMED HIZB-I ISLAMI [ISLAMIC PARTY] "
            "FIGHTERS FOR THE AMBUSH OF A POLICE CONVOY NEAR JALALABAD THAT KILLED SIX "
            "POLICEMEN.")
    perps = perpetrators_of(text)
    assert any("Islami" in name and how == "accused" for name, how in perps.items()), perps
