"""'The missile hit the parade ground as new recruits marched past': marching in a parade, a
drill or a ceremony is no demonstration. A march word whose sentence names a parade, a drill or
a passing-out ceremony (or whose sentence follows one naming it) tells the ceremony, so it joins no incident as a protest ("protesters
marched on parliament" names none of them and stays one)."""

from __future__ import annotations

from eventcoder.extract.events.triggers import TriggerMention

_MARCH = frozenset({"march", "parade"})
_CEREMONIES = frozenset({"parade", "drill", "ceremony", "graduation", "passing-out", "review"})


def ceremonial_march(m: TriggerMention) -> bool:
    """The mention is a march in a parade or ceremony the sentence names."""
    tok = m.token
    if tok.lemma_.lower() not in _MARCH or tok.pos_ != "VERB":
        return False
    sent = tok.sent
    # the parade may be named in the sentence before ("struck a military parade. ... as cadets
    # marched past the stand")
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lemma_.lower() in _CEREMONIES and t.i != tok.i for t in sent.doc[start:sent.end])
