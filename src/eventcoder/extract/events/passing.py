"""Passing mentions in long reports: violence named once, with nothing that dates or places it.

A speech, an interview, a communiqué or a policy piece names violence in passing (the shelling
of villages beside poverty and exile, the killers of a bishop a decade ago still unpunished, an
opponent blamed for an ambush on an aid convoy). A report of an
incident tells when, where or whom: it names a day or a time, a place below the country, or a
number of victims, or it comes back to the incident in another sentence. In a report longer than
a short note (``LONG_REPORT_SENTENCES``, the length of 99.9% of ACLED's notes), an incident told
in one sentence with none of these is a passing mention, not an event of the report.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.extract import grammar
from eventcoder.extract.events.incidents import Incident
from eventcoder.extract.events.tally import tally_mention


def passing_mention(inc: Incident, sents: list[Span], long_report: int) -> bool:
    """True for an incident of a long report told once, without a day, a place or victims."""
    if len(sents) <= long_report or len(inc.sents) != 1 or inc.refs or inc.refers_to:
        return False
    if all(tally_mention(m.token) for m in inc.mentions):
        return True  # a toll over months or years: its victims and dates are the period's
    if inc.places or inc.recent or inc.count > 1:
        return False
    sent = sents[next(iter(inc.sents))]
    return not (
        grammar.specific_dates(sent)
        or grammar.sentence_places(sent)
        or grammar.has_victim_count(sent)
    )
