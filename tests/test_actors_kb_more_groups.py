"""Known groups the KB lacked (each entry with a public source in data/actors.yaml): Mexico's
Juárez Cartel, Ukraine's Security Service (SBU), al-Qaeda in Iraq (AQI, not al-Qaeda at large)
and Italy's Armed Revolutionary Nuclei (NAR). Hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("Gunmen from the Juarez drug cartel shot dead three people at a party in a "
                 "border city on Saturday, police said.", "2010-03-15", "Juarez Cartel",
                 id="juarez-drug-cartel"),
    pytest.param("The Juárez Cartel was blamed for the killing of two municipal officers in "
                 "Chihuahua on Sunday.", "2009-11-02", "Juarez Cartel", id="juarez-cartel-accent"),
    pytest.param("Ukraine's SBU said it detained two men who planned a bombing in Odesa on Friday.",
                 "2023-05-20", "Security Service of Ukraine", id="sbu-odesa"),
    pytest.param("Officers of the Security Service of Ukraine arrested a suspected saboteur in "
                 "Kharkiv on Tuesday.", "2019-09-10", "Security Service of Ukraine",
                 id="sbu-kharkiv-full-name"),
    pytest.param("A suicide bomber from al-Qaida in Iraq killed 15 people at a recruitment centre "
                 "in Ramadi on Monday.", "2006-04-11", "AQI: Al Qaeda in Iraq", id="aqi-ramadi"),
    pytest.param("Al-Qaeda in Iraq claimed responsibility for a car bomb that killed nine soldiers "
                 "in Baquba.", "2005-08-30", "AQI: Al Qaeda in Iraq", id="aqi-baquba"),
    pytest.param("A bomb exploded at a railway station in Bologna on Saturday; police blamed the "
                 "Armed Revolutionary Nuclei (NAR).", "1980-08-03", "Armed Revolutionary Nuclei",
                 id="nar-bologna"),
    pytest.param("Gunmen of the Armed Revolutionary Nuclei shot dead a policeman in Rome on "
                 "Sunday.", "1979-05-28", "Armed Revolutionary Nuclei", id="nar-rome"),
])
def test_known_group(pipeline: Any, text: str, published: str, label: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    labels = [a.acled_name or a.name for a in event.actors]
    assert any(label in lab for lab in labels), labels
    assert "Al Qaeda" not in labels  # the Iraqi branch, not the whole network
    assert not any(lab.startswith("Unidentified Armed Group") for lab in labels), labels
