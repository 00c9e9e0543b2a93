"""What became of people taken: freed (a release), or never seen again (a forced disappearance).

- A note whose deed is the captives' release ("the 79 pupils kidnapped from a school were freed
  by their abductors on 7 November", "gunmen released the two engineers they seized last
  week") tells a release, which ACLED files under Strategic developments / Other; the abduction
  is only told to say who was freed (a participle describing them). A note that tells the
  abduction as a deed of its own ("gunmen abducted three employees ... The hostages were
  released on 15 October") is about the abduction, its end a later fact. Rescues
  by the forces are left as typed: a raid or a clash may free them.
- A person taken away whose "whereabouts remain unknown", who "has not been seen since" or who
  was "forcibly disappeared" is a forced disappearance (ACLED: Violence against civilians /
  Abduction/forced disappearance), whoever took them, security forces included; an arrest the
  text never acknowledges as one is what the sub-type is for.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.document import Event
from eventcoder.nlp.doc_cache import children

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
RELEASE = ("Strategic developments", "Other")
_RELEASE_VERBS = frozenset({"free", "release"})
# Things released that are no people ("released a statement", "a video", "funds").
_NOT_PEOPLE = frozenset({"statement", "video", "report", "list", "figure", "fund", "name",
                         "photo", "image", "footage", "recording", "document", "result", "data"})
_TAKING = frozenset({"kidnap", "abduct", "seize", "take", "snatch", "capture", "hold"})
_CAPTIVES = frozenset({"hostage", "captive", "abductee", "detainee", "prisoner"})
# A person kept from their own: told of the person, not of a place or an object.
_UNSEEN = re.compile(
    r"\b(?:whereabouts\s+(?:remain|remains|are|is|were|was|still)\s+(?:still\s+)?unknown"
    r"|(?:has|have|had)\s+not\s+been\s+(?:seen|heard\s+from)\s+since"
    r"|forcibly\s+disappeared|enforced\s+disappearance|forced\s+disappearance)\b",
    re.IGNORECASE)
_KILLED = frozenset({"kill", "murder", "execute", "behead"})


def _freed_people(verb: Any) -> list[Any]:
    """The people a release verb frees (its passive subject or its object), if people."""
    freed = [c for c in children(verb) if c.dep_ in {"nsubjpass", "dobj"}]
    # "Release: the 79 pupils ... were freed": the parse may hang the people on a label
    freed += [a for c in freed for a in children(c) if a.dep_ == "appos"]
    return [c for c in freed if c.lemma_.lower() not in _NOT_PEOPLE and c.pos_ != "PROPN"
            or c.ent_type_ == "PERSON"]


def _described_as_taken(person: Any) -> bool:
    """'the pupils kidnapped from a school', 'the hostages', 'the abducted engineers'."""
    if person.lemma_.lower() in _CAPTIVES:
        return True
    return any(c.dep_ in {"acl", "amod", "relcl"} and c.lemma_.lower() in _TAKING
               for c in children(person))


def _taken_then_freed(verb: Any) -> bool:
    """'Twelve aid workers abducted last month were released': the parse may make the taking
    the root and the passive release its conjunct, with no subject of its own."""
    head = verb.head
    return verb.dep_ == "conj" and head.lemma_.lower() in _TAKING \
        and any(c.dep_ == "auxpass" for c in children(verb)) \
        and not any(c.dep_ in {"nsubjpass", "dobj"} for c in children(verb)) \
        and not any(c.dep_ == "dobj" for c in children(head))


def _clause_verb(token: Any) -> Any | None:
    """The verb whose clause holds the word (the word itself when a verb)."""
    for node in (token, *token.ancestors):
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _told_as_deed(mention: Any) -> bool:
    """The abduction is a clause's own deed ("gunmen abducted three employees", "took 170
    guests hostage"), not a description of the people freed ("the pupils kidnapped ... were
    freed", "the hostages were released")."""
    verb = _clause_verb(mention.token)
    if verb is None:
        return False
    if verb.lemma_.lower() in _RELEASE_VERBS:
        return False
    if verb.dep_ in {"acl", "amod", "relcl"}:
        return False
    return not any(_taken_then_freed(c) for c in children(verb) if c.dep_ == "conj")


def released_captives(event: Event, sentences: list[Any]) -> bool:
    """An abduction whose sentences' deed is freeing people described as taken, the taking
    itself told nowhere as a deed of its own (then the note is about the abduction)."""
    if (event.event_type, event.sub_event_type) != ABDUCTION:
        return False
    incident = getattr(event, "_incident", None)
    mentions = [m for m in (incident.mentions if incident is not None else [])
                if m.family == "abduction"]
    if any(_told_as_deed(m) for m in mentions):
        return False
    for sent in sentences:
        for tok in sent:
            if tok.lemma_.lower() not in _RELEASE_VERBS or tok.pos_ != "VERB":
                continue
            if _taken_then_freed(tok) or any(_described_as_taken(p) for p in _freed_people(tok)):
                return True
    return False


def disappeared(event: Event, sentences: list[Any]) -> bool:
    """A violence against one person, or an arrest, whose victim the text says is unseen since."""
    if event.event_type not in {"Violence against civilians", "Strategic developments"} \
            or (event.event_type, event.sub_event_type) == ABDUCTION:
        return False
    if event.event_type == "Strategic developments" and event.sub_event_type != "Arrests":
        return False
    if any(t.lemma_.lower() in _KILLED for s in sentences for t in s):
        return False  # a killing told: the attack is the deed
    return any(_UNSEEN.search(s.text) for s in sentences)
