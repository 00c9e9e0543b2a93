"""KB entries with a public source: Ireland's Garda Síochána and Cuba's National Revolutionary
Police as their states' police, the Caucasus Emirate (Imarat Kavkaz) as an armed group in Russia;
Brazil's Comando Vermelho and PCC were already known: hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors import kb as actor_kb


def labels(pipeline: Any, text: str, published: str) -> dict[str, str]:
    """ACLED labels (or names) of the primary event's actors, with their roles."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return {a.acled_name or a.name: a.role for a in event.actors}


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("Gardaí arrested twelve people after youths set fire to a patrol car and looted "
                 "shops in Limerick city on Friday night.", "2023-11-25",
                 "Police Forces of Ireland", id="gardai"),
    pytest.param("Agents of the National Revolutionary Police detained dozens of protesters who "
                 "marched through the centre of Santa Clara, Cuba, on Sunday.", "2021-07-12",
                 "Police Forces of Cuba", id="cuba_pnr"),
    pytest.param("The Policía Nacional Revolucionaria arrested two dissidents outside a church "
                 "in Holguin, Cuba, on Monday.", "2019-03-05", "Police Forces of Cuba",
                 id="cuba_spanish_name"),
    pytest.param("A suicide bomber blew himself up at a police checkpoint in Nalchik, "
                 "Kabardino-Balkaria, killing two officers; the Caucasus Emirate claimed "
                 "responsibility.", "2012-05-04", "Caucasus Emirate", id="caucasus_emirate"),
    pytest.param("Russian investigators said the bombing of a bus in Volgograd was carried out "
                 "by a militant linked to Imarat Kavkaz.", "2013-10-21", "Caucasus Emirate",
                 id="imarat_kavkaz"),
])
def test_known_as_doers(pipeline: Any, text: str, published: str, expected: str) -> None:
    assert labels(pipeline, text, published).get(expected) == "perpetrator"


def test_short_names_need_their_country() -> None:
    # "Garda" and "PNR" alone are the Irish and Cuban police only in their own countries
    assert actor_kb.lookup("Garda", "ZA") is None
    assert actor_kb.lookup("PNR", "MX") is None
    assert actor_kb.lookup("Garda", "IE") is not None


def test_brazil_factions_known() -> None:
    assert actor_kb.lookup("Comando Vermelho", "BR") is not None
    assert actor_kb.lookup("Primeiro Comando da Capital", "BR") is not None
