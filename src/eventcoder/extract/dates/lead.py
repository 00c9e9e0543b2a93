"""The lead of a report dates its news: an incident its own and neighbouring sentences leave
undated takes a date of the report's first sentences that no other incident's trigger holds
("Traffic has been paralysed in the town since 3 March ... The protesters, mostly students, ...")."""

from __future__ import annotations

from typing import Any

from eventcoder.nlp.doc_cache import doc_sents

# the headline and the lead: a report's first two sentences
_LEAD = 2


def lead_sentences(document: Any, event: Any, announced: bool = False) -> list[int]:
    """Indexes of the report's first sentences that are not the event's own (already tried);
    when the event's own best date is an announcement's, only those before its own telling (a
    lead the event opens already dates it by "officials said on Thursday")."""
    n = len(doc_sents(document.spacy_doc))
    own = set(event._sentences)
    first = min(own, default=n)
    return [i for i in range(min(_LEAD, n)) if i not in own and not (announced and i > first)]


def recent(info: Any, published: Any) -> bool:
    """A lead's date of an earlier year tells the background ("accused of a murder in 2012"),
    not the news the lead opens."""
    year = (info.end or info.start or "")[:4]
    return published is None or (year.isdigit() and int(year) >= published.year)


def since_clause(gov: Any) -> bool:
    """ "has not been seen since he was stopped at a checkpoint on Monday": in the lead, the
    clause a 'since' opens tells when the ongoing news began."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in gov.children)
