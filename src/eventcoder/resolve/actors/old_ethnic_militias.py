"""Before 2015 ACLED named an armed community it could not name an ethnic militia.

"Raiders attacked a village and drove off 300 goats", "inter-communal fighting left four dead":
the finders name such unnamed doers "Unidentified Communal Militia (<country>)", ACLED's label
since 2015. Before it ACLED had one label for them, "Unidentified Ethnic Militia (<country>)"
(acled_train.jsonl: of the unnamed identity militias in notes dated up to 2014, 174 are ethnic
and 8 communal; in 2015, 3 and 5; from 2016, 12 and 75). So on events dated before 2015 the
communal placeholder takes the old label; named militias ("Garabulli Communal Militia") and clan
militias keep theirs.
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.resolve.actors.same_label import relabel_class

# the year ACLED's actor list began to name unnamed identity militias "communal"
COMMUNAL_LABEL_SINCE = "2015"
_COMMUNAL = re.compile(r"^Unidentified Communal Militia(?: \((?P<c>[^()]+)\))?$")


def old_ethnic_militias(event: Event, day: str | None) -> None:
    """Name the unidentified communal militias of an event dated before 2015 "Unidentified
    Ethnic Militia"."""
    if not day or day >= COMMUNAL_LABEL_SINCE:
        return
    relabel_class(event, _COMMUNAL, "Unidentified Ethnic Militia",
                  "an unnamed identity militia before 2015: ethnic")
