"""Tolls of a whole war or insurgency, which no single incident has.

"The insurgency in Cabo Delgado has killed more than 4,000 people", "the conflict has claimed
over 10,000 lives", "the war, now in its ninth year, has left 150,000 dead": a perfect-aspect
verb whose subject is a long campaign of violence sums up the campaign, whatever date or
'since' clause it has or lacks. The report's own incident is never the subject of such a verb
under these names (an attack or a clash is, and stays counted).
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.grammar import is_perfect
from eventcoder.nlp.subjects import grammatical_subject
from eventcoder.text.words import word_list

CAMPAIGN_NOUNS = word_list("campaign_nouns")

def cumulative_toll(verb: Any) -> bool:
    """The verb states the toll of a whole campaign ('the insurgency has killed 4,000 people')."""
    if verb.pos_ not in ("VERB", "AUX") or not is_perfect(verb):
        return False
    subject = grammatical_subject(verb, through={"conj"})  # "began ... and has killed"
    if subject is None:
        return False
    return subject.lemma_.lower() in CAMPAIGN_NOUNS  # 'the civil war': its head is 'war'
