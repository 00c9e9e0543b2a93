"""People arrested and then beaten, tortured or killed in custody suffered violence, not arrests.

ACLED codes an arrest as a Strategic development only when nothing else happens to the people
held; detainees beaten, tortured, raped or killed by their captors are Violence against civilians
/ Attack ("was arrested by militiamen ... held in prison, where he was beaten"; "police tortured
the man whilst in their custody, and he died"). The trigger rules make two events of such a note,
the arrest first, and the arrest is read as its main event. So in a short note whose event is an
arrest, a sentence that tells of custody (custody, detention, prison, jail, a cell, held) and of
an abuse done to someone (a passive "was beaten", the state's "police tortured", "died") makes
the arrest an attack. A killing the arrested are suspected of ("arrested two men suspected of
killing a trader; they are held in custody") is no abuse: its verb is neither passive nor the
captors'.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document, Event
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children, doc_sents

ARRESTS = ("Strategic developments", "Arrests")
_CUSTODY = {"custody", "detention", "prison", "jail", "gaol", "cell", "held", "detain", "hold",
            "captivity"}
_ABUSE = {"beat", "torture", "kill", "rape", "whip", "flog", "mistreat", "maltreat", "assault",
          "electrocute", "die"}


def _abuse(token: Any) -> bool:
    """An abuse verb told of a victim: passive, done by the state, or a death."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ABUSE:
        return False
    if token.lemma_.lower() == "die":
        return True
    kids = children(token)
    if any(c.dep_ == "nsubjpass" for c in kids) or (token.tag_ == "VBN" and token.dep_ == "conj"):
        return True  # "where he was beaten (and tortured)"
    return any(c.dep_ == "nsubj" and kind_of(c, True) == "state" for c in kids)


def abused_in_custody(document: Document, event: Event, short: bool) -> bool:
    """True for a short note's arrest whose text tells of the detainee abused in custody."""
    if not short or (event.event_type, event.sub_event_type) != ARRESTS \
            or document.spacy_doc is None:
        return False
    for sent in doc_sents(document.spacy_doc):
        if not any(t.lemma_.lower() in _CUSTODY or t.lower_ in _CUSTODY for t in sent):
            continue
        if any(_abuse(t) for t in sent):
            return True
    return False
