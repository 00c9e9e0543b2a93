"""Physical features for the gazetteer build: lakes, forests, parks, mountains and valleys.

The gazetteer's packages ship populated places and administrative units only, so "near Lake Chad" or
"in the Sambisa forest" named no place. ``data/geo_features.yaml`` lists the features conflict news
names as a scene, one part per country with that country's first-level unit; each part becomes a
second-level place (a feature is an area, not a point) under that unit.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventcoder.datafiles import load_data
from eventcoder.geoparser.names import norm

# Ids below every package's: the gazetteer's own ids are GeoNames ids (> 0) and, for units the
# packages list without one, small negative row numbers.
_FIRST_ID = -10_000_000
# GeoNames feature codes the curated features use: lake, forest, park, mountain(s), valley.
FEATURE_CODES = frozenset({"LK", "FRST", "PRK", "MT", "MTS", "VAL"})


def feature_rows(places: list[tuple]) -> Iterator[tuple[tuple, list[tuple[str, bool]]]]:
    """(place row, [(name key, primary?)]) per country part of every curated feature; ``places``
    are the rows written so far, whose first-level units the parts hang under."""
    units = {(row[4], row[1]): row[0] for row in places if row[2] == "adm1"}
    for n, feature in enumerate(load_data("geo_features.yaml").get("features") or []):
        names = [str(x) for x in feature["names"]]
        keys = [(norm(name), k == 0) for k, name in enumerate(names)]
        for k, (cc, admin1, lat, lon) in enumerate(feature["parts"]):
            gid = _FIRST_ID - 10 * n - k
            yield ((gid, names[0], "adm2", str(feature["code"]), str(cc), str(admin1), names[0],
                    units.get((cc, admin1)), gid, float(lat), float(lon), 0), keys)
