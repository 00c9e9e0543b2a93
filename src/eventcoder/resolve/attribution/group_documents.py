"""A statement from the group's own side tells its deed as a claim: "a statement posted on a
rebel website said fighters of X had blown up the vehicle", "a video released on a militant
channel said ...", "a statement on a Telegram account used by X said the group's fighters had
carried out the attack". A statement of officials ("a police statement said X attacked the post")
stays theirs: only a side word on the outlet that carries it (a rebel website, a jihadist forum)
or the group's own name inside the statement's phrase makes it the group's voice.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor

# Nouns of a written or recorded message, which speak for whoever issued or carried it.
DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "message", "video", "post", "posting",
                  "letter", "email", "e-mail", "audio", "recording", "announcement", "bulletin",
                  "leaflet", "pamphlet", "tweet"}
# Words that put an outlet on the armed side ("a rebel website", "a jihadist forum").
SIDE_WORDS = {"rebel", "militant", "insurgent", "jihadist", "jihadi", "guerrilla", "guerilla",
              "separatist", "islamist", "mujahideen", "mujahedeen", "extremist"}
# Outlets a message is carried on.
OUTLET_NOUNS = {"website", "site", "channel", "account", "outlet", "arm", "agency", "forum",
                "page", "radio", "station", "network", "wing"}


def _side_outlet(token: Any) -> bool:
    """A side word on the message itself or on its outlet ("posted on a rebel website")."""
    if token.lemma_.lower() not in SIDE_WORDS or token.dep_ not in {"amod", "compound", "poss",
                                                                       "nmod"}:
        return False
    return token.head.lemma_.lower() in OUTLET_NOUNS | DOCUMENT_NOUNS


def group_side_document(speaker: Any | None, actor: Actor) -> bool:
    """True when the speaker is a message from the actor's side: carried on a rebel outlet or
    naming the actor within its own phrase ("a statement posted on an account used by X")."""
    if speaker is None or speaker.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    phrase = [t for t in speaker.subtree if t.dep_ not in {"ccomp", "relcl"}]
    if any(_side_outlet(t) for t in phrase):
        return True
    spans = [(m.start, m.end) for m in actor.mentions]
    return any(a <= t.idx < b for t in phrase for a, b in spans)
