"""Passing mentions in long reports: violence named once, with nothing that dates or places it.

A speech, an interview, a communiqué or a policy piece names violence in passing (the shelling
of villages beside poverty and exile, the killers of a bishop a decade ago still unpunished, an
opponent blamed for an ambush on an aid convoy). A report of an
incident tells when, where or whom: it names a day or a time, a place below the country, or a
number of victims, or it comes back to the incident in another sentence. In a report longer than
a short note (``LONG_REPORT_SENTENCES``, the length of 99.9% of ACLED's notes), an incident told
in one sentence with none of these is a passing mention, not an event of the report.

Past the lead, a deed told in the past perfect passive ("said this month that several of its camps had been targeted in
air strikes") lies before the report's time: the day and place of the sentence then belong to the
saying, so only those inside the deed's own clause tell its when and where.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract import grammar
from eventcoder.extract.events.incidents import Incident
from eventcoder.extract.events.tally import tally_mention


def passing_mention(inc: Incident, sents: list[Span], long_report: int) -> bool:
    """True for an incident of a long report told once, without a day, a place or victims."""
    if len(sents) <= long_report or len(inc.sents) != 1 or inc.refs or inc.refers_to:
        return False
    if all(tally_mention(m.token) for m in inc.mentions):
        return True  # a toll over months or years: its victims and dates are the period's
    clauses = {_pluperfect_clause(m.token) for m in inc.mentions}
    if None not in clauses and min(inc.sents) >= _LEAD_SENTENCES:
        # the sentence's day and place may be the saying's: only the deed's own clause counts
        return inc.count <= 1 and not any(_told_in_clause(c) for c in clauses if c is not None)
    if inc.places or inc.recent or inc.count > 1:
        return False
    sent = sents[next(iter(inc.sents))]
    return not (
        grammar.specific_dates(sent)
        or grammar.sentence_places(sent)
        or grammar.has_victim_count(sent)
    )


# The headline and lead, where a report tells its news in whatever tense its source used.
_LEAD_SENTENCES = 2


def _pluperfect_clause(token: Token) -> Token | None:
    """The verb of the clause that tells the mention, when it is in the past perfect passive
    ("had been targeted", "had been shelled"), else None."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    has_had = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb if has_had and passive and verb.tag_ == "VBN" else None


def _told_in_clause(verb: Token) -> bool:
    """The past perfect clause names its own day, place or victims."""
    tokens = list(verb.subtree)
    lo, hi = tokens[0].i, tokens[-1].i + 1
    inside = [e for e in verb.doc.ents if lo <= e.start and e.end <= hi]
    dated = any(e in grammar.specific_dates(verb.sent) for e in inside)
    placed = any(e.text.lower() in grammar.sentence_places(verb.sent) for e in inside)
    return dated or placed or grammar.has_victim_count(tokens)
