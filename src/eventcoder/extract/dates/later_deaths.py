"""A day on a later death dates that death, not the deed: "Four soldiers died at the scene and two
more died on Sunday in a military hospital", "a third victim succumbed to his wounds on Friday".
Once the grouping joins such a sentence to its incident (extract/events/one_deed.py), the day is
still a candidate, but not one attached to the incident's trigger: the deed's own day, told
earlier, goes first, and the death's day serves only when nothing else dates the incident.
"""

from __future__ import annotations

from typing import Any

from eventcoder.nlp.doc_cache import children

_DYING = frozenset({"die", "succumb"})
# Subjects that count victims beyond those already told ("two more", "a third", "another").
_MORE = frozenset({"more", "other", "others", "another", "third", "fourth", "fifth", "sixth",
                   "second"})
# Words of a death that came after the wounding ("of his wounds", "later", "in hospital").
_AFTER = frozenset({"later", "wound", "wounds", "injury", "injuries", "subsequently", "hospital"})


def later_death(gov: Any) -> bool:
    """The date's governor is a verb of dying told as a death after the deed (module doc)."""
    if gov.lemma_.lower() not in _DYING:
        return False
    for c in children(gov):
        if c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in _MORE or any(
                g.lower_ in _MORE for g in children(c))):
            return True
    return any(t.lower_ in _AFTER or t.lemma_.lower() in _AFTER for t in gov.subtree)
