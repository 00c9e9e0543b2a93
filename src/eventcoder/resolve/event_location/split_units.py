"""ACLED's parts of a unit the gazetteer keeps whole: Myanmar's Shan State is coded 'Shan-North',
'Shan-South' or 'Shan-East' and Bago Region 'Bago-East' or 'Bago-West' (MIMU's boundaries,
data/geo_admin1_split.yaml). A place's district tells its part; a place that is the whole unit
takes the part its text names ('northern Shan state'); else the undivided name stays."""

from __future__ import annotations

import functools
import re

from eventcoder.datafiles import load_data
from eventcoder.document import Location


@functools.cache
def _splits() -> dict[tuple[str, str], dict[str, dict[str, str]]]:
    """(country, gazetteer unit) -> its districts' and compass words' parts."""
    return {(str(e["country"]), str(e["unit"])): {
        "districts": dict(e.get("districts") or {}), "compass": dict(e.get("compass") or {})}
        for e in load_data("geo_admin1_split.yaml").get("split") or []}


def split_admin1(loc: Location, text: str) -> str | None:
    """ACLED's part of the location's unit where the unit is split and the part is known."""
    split = _splits().get((loc.country_code or "", loc.admin1 or ""))
    if split is None:
        return None
    if loc.admin2 and loc.admin2 in split["districts"]:
        return split["districts"][loc.admin2]
    if loc.precision != "admin1":
        return None  # a town of an unlisted district: its part is not known
    # the whole unit: 'northern Shan state', 'in eastern Bago region'
    words = "|".join(sorted(split["compass"], key=len, reverse=True))
    found = {split["compass"][m.group(1).lower()] for m in re.finditer(
        rf"\b({words})\s+{re.escape(loc.admin1)}\b", text, flags=re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None
