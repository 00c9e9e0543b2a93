"""A deed a report counts time from or names by an earlier year: background, not the news.

"as the town marked ten years since the hostage siege in which 334 people died", "on the tenth
anniversary of the bombing", "recalling the 2016 siege of a cafe in which gunmen killed 22
people": the deed is the point a span of years is counted from, or a noun named by a year before
publication, and a relative clause under that noun ("in which ... died") tells the same old deed.
The sentence's own date ("on Tuesday") dates the ceremony or the speech, not the deed, so the
sentence-level distance rules (``extract/events/distant_time.py``) do not see it.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.dates.named_period import named_by_earlier_period
from eventcoder.extract.dates.named_year import named_year
from eventcoder.extract.events.distant_time import refers_back
from eventcoder.extract.lexicon import trigger_lexicon

# nouns of a span counted back from a deed: "ten years since the siege", "decades after the war"
_SPAN_LEMMAS = frozenset({"year", "decade"})
_COUNTED_FROM = frozenset({"since", "after"})
_ANNIVERSARY_LEMMAS = frozenset({"anniversary", "commemoration"})


def deed_noun(token: Any) -> Any:
    """The noun that names the deed the token tells: itself when a noun, else the antecedent
    of the relative clause it lies in ("the siege in which 334 people died" → siege)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        # "the hostage siege": a trigger modifying a noun names that noun's deed
        return token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token
    t = token
    for _ in range(3):
        if t.dep_ == "relcl" and t.head.pos_ in {"NOUN", "PROPN"}:
            return t.head
        if t.dep_ not in {"conj", "xcomp"} or t.head.i == t.i:
            return None
        t = t.head
    return None


def _clause_verb(token: Any) -> Any:
    """The verb a time phrase hangs on ("killed ..., a year after" → killed)."""
    t = token
    for _ in range(6):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def _deed_verb(token: Any) -> bool:
    """A verb that can open an incident on its own ("killed", "bombed", "abducted")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and any(
        e.strong and lemma in e.lemmas for e in trigger_lexicon()[1])


def _counted_from(noun: Any) -> bool:
    """'ten years since the siege', 'two decades after the massacre', 'the anniversary of the
    bombing': a span of years is counted from the deed the noun names."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj":
        return False
    prep, owner = t.head, t.head.head
    if prep.lower_ in _COUNTED_FROM and (owner.lemma_.lower() in _SPAN_LEMMAS or any(
            c.lemma_.lower() in _SPAN_LEMMAS and c.dep_ in {"npadvmod", "dobj"} and c.i < prep.i
            for c in owner.children)):
        # "marked ten years since the siege", not "killed five people on Thursday, a year after
        # a similar raid": a deed timed from the old one is the news, the old one its measure
        return not _deed_verb(_clause_verb(owner))
    return prep.lower_ == "of" and owner.lemma_.lower() in _ANNIVERSARY_LEMMAS


def _phrase_nouns(noun: Any) -> list[Any]:
    """The noun and the nouns whose prepositional phrases it lies in ("the 2016 siege of a cafe
    in the diplomatic quarter" from quarter: quarter, cafe, siege): a relative clause may hang on
    the last place of a deed's phrase."""
    out = [noun]
    t = noun
    for _ in range(4):
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.head.pos_ not in {"NOUN", "PROPN"}:
            break
        t = t.head.head
        out.append(t)
    return out


# Units of a lapse long enough that the deed counted from is not the news week's.
_LONG_UNITS = frozenset({"year", "decade", "month", "century"})


def in_long_lapse_clause(token: Any) -> bool:
    """The token lies in a clause a lapse of months or years counts from ("inaugurated a school
    on Monday, three years after the previous building was burned down"): the clause's deed is
    that long before the main clause's, so it is background ("two days after" is left to
    extract/dates/counted_after.py: a deed of the same week)."""
    conjoined = False
    for clause in [token, *token.ancestors]:
        # "Ten years after gunmen abducted 276 girls, parents gathered on Sunday": the parse may
        # make the fronted lapse clause the root and the main clause its conjunct
        fronted = clause.dep_ == "ROOT" and not conjoined
        conjoined = conjoined or clause.dep_ == "conj"
        if not fronted and (clause.dep_ != "advcl" or clause.head.pos_ not in {"VERB", "AUX"}):
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        return bool(marks & _COUNTED_FROM) and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_UNITS for c in clause.children)
    return False


def commemorating(sent: Any) -> bool:
    """The sentence counts years from a deed or marks its anniversary ("marked the 79th
    anniversary of the atomic bombing", "gathered to mark eleven years since the collapse")."""
    return any(t.pos_ in {"NOUN", "PROPN"} and _counted_from(t) for t in sent)


def _told_in_commemoration(token: Any) -> bool:
    """A verb in a clause describing a noun of a commemorating sentence ("..., the moment the
    bomb exploded over the city", "at the site where 1,100 workers died") tells the deed
    commemorated; the main clause ("on the anniversary of the massacre, gunmen killed three
    farmers") is the news."""
    return token.pos_ in {"VERB", "AUX"} and token.dep_ in {"relcl", "acl"} \
        and commemorating(token.sent)


def old_deed(token: Any, pub_year: int | None, pub_month: int | None = None) -> bool:
    """The token tells a deed counted back from or named by a year (or another period) before
    publication."""
    if in_long_lapse_clause(token) or _told_in_commemoration(token):
        return True
    noun = deed_noun(token)
    if noun is None:
        return False
    for n in _phrase_nouns(noun):
        year = named_year(n)
        if year is not None and pub_year is not None and int(year.text) < pub_year:
            return True
        if _counted_from(n) or named_by_earlier_period(n, pub_month):
            return True
    return False


def counted_back(mentions: list[Any], pub_year: int | None, pub_month: int | None = None) -> bool:
    """Some mention of the incident tells an old deed (:func:`old_deed`) and every other one
    either does too or only names the deed (a noun) without a date of its own or beside the old
    deed ("read the names of the dead on Wednesday, two decades after the bombing")."""
    old = [m.token for m in mentions if old_deed(m.token, pub_year, pub_month)]
    if not old:
        return False
    old_sents = {t.sent.start for t in old}
    return all(old_deed(m.token, pub_year, pub_month) or refers_back(m.token)
               or (m.token.pos_ in {"NOUN", "PROPN", "ADJ"} and m.token.sent.start in old_sents)
               for m in mentions)
