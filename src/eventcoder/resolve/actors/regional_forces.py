"""Unnamed police and soldiers where a de facto state keeps its own forces, named as its forces.

ACLED codes Somalia's events inside Somaliland and Puntland under the country Somalia, but the
police and troops there are the region's own: "police shot two smugglers in Baligubadle" is
"Police Forces of Somaliland" (acled_train.jsonl: "police guards opened fire on prisoners ... in
Burco" → "Police Forces of Somaliland (2010-)"), as "Somaliland forces" and "Puntland forces"
already are in ``data/actors.yaml``. Only the regions each one holds undisputed are read; Sool and
Sanaag, which both claim, and Mudug, shared with Galmudug, are left to the national label. A
mention that names the nation ("Somali police", "federal troops") stays national. By 2020 ACLED
codes Puntland's forces as branches of Somalia's ("Military Forces of Somalia (2017-) Puntland
Security Force", acled_train.jsonl, Bari), so Puntland is read only for events before 2019.
The African Union's mission never deployed in either (its sectors lie from Hiraan and Galgaduud
southwards: Wikipedia, "African Union Mission to Somalia"), so a contingent there ("Ethiopian
troops" in Borama) is its own country's military.

Why a table of de facto states, not a rule for every federal member state: ACLED names the
forces of a member state as a branch of the nation's ("Military Forces of Somalia (2017-)
Jubaland Security Force", acled_train.jsonl, 3 records), which the national label already gives;
only an authority that runs its own state apart from the nation gets its own label. Another
such authority is one more ``_REGIONS``/``_SINCE``/``_STATE`` entry with its source.
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.resolve.actors.periods import dated_state_label
from eventcoder.text.fold import fold_name

# admin1 regions (as the gazetteer spells them, folded) → the authority that polices them.
# Source: Wikipedia "Somaliland" (regions: Awdal, Maroodi Jeex/Woqooyi Galbeed, Togdheer, Sahil;
# Sool and Sanaag disputed with Puntland) and "Puntland" (Bari, Nugaal; Mudug shared).
_REGIONS: dict[str, dict[str, str]] = {
    "SO": {"awdal": "Somaliland", "woqooyi galbeed": "Somaliland", "maroodi jeex": "Somaliland",
           "togdheer": "Somaliland", "sahil": "Somaliland",
           "bari": "Puntland", "nugaal": "Puntland", "nugal": "Puntland"},
}
# The regime bracket as the knowledge base writes these authorities' forces (data/actors.yaml).
_SINCE = {"Somaliland": "1991-", "Puntland": "1998-"}
_STATE = {"SO": "Somalia"}
# ACLED's 2019 codebook; its 2020 records name Puntland's forces as Somalia's branches.
_UNTIL = {"Puntland": "2019-01-01"}
_NATIONAL = re.compile(r"^(?P<cls>Police|Military) Forces of (?P<state>[A-Z][\w ]+?)"
                       r"(?: \(\d{4}-(?:\d{4})?\))?$")
_CONTINGENT = re.compile(r"^(?:AMISOM|ATMIS): .*\((?P<country>[^()]+)\)$")
_NATIONAL_WORDS = re.compile(r"\b(?:somali|federal|national|government)\b", re.IGNORECASE)


def regional_authority(country_code: str | None, admin1: str | None) -> str | None:
    """The de facto state whose forces police an admin1 region ("Togdheer" → Somaliland)."""
    if not country_code or not admin1:
        return None
    return _REGIONS.get(country_code, {}).get(fold_name(admin1))


def label_regional_forces(event: Event, day: str | None) -> None:
    """Name unnamed police and soldiers in Somaliland or Puntland as that authority's forces, and
    a peace mission's contingent there as its own country's military."""
    loc = event.location
    authority = regional_authority(loc.country_code, loc.admin1) if loc else None
    if authority is None or loc is None or loc.country_code is None:
        return
    for ea in event.actors:
        contingent = _CONTINGENT.match(ea.acled_name or "")
        if contingent:
            label = dated_state_label(f"Military Forces of {contingent.group('country')}", day)
            ea.name = label if ea.name == ea.acled_name else ea.name
            ea.acled_name = label
    if authority in _UNTIL and (not day or day >= _UNTIL[authority]):
        return
    for ea in event.actors:
        m = _NATIONAL.match(ea.acled_name or "")
        if m is None or ea.mention is None or _NATIONAL_WORDS.search(ea.mention):
            continue  # a named unit, an implied actor, or the nation's own forces
        if m.group("state") != _STATE[loc.country_code]:
            continue  # a foreign force, or already the authority's
        label = f"{m.group('cls')} Forces of {authority} ({_SINCE[authority]})"
        if ea.name == ea.acled_name:
            ea.name = label
        ea.acled_name = label
        event.notes.setdefault("actors", f"unnamed forces in {authority}: its own")
