"""Violence a report only names, not reports: a crowd's grievance, a truce, a label (weapons in
a haul are ``extract/weapon_goods.py``).

- "marched ..., protesting the killing of two teenagers by soldiers during clashes last month",
  "gathered to mourn a young man killed by police", "demanding justice for the murder of a
  teacher": the deed is what the crowd protests, an incident of its own, not the crowd's: its
  words make no riot of a march ("clashes" inside the grievance) and its dead are not the
  protest's toll; so is the death a protest broke out after: "the protests began after Mahsa
  Amini died in custody";
- "a truce held on Thursday", "violated the ceasefire", "despite a ceasefire": a truce told of
  as holding, broken or in force is no agreement made (a signing or a deal struck still is);
- "gathered to demand the cancellation of the peace treaty", "calling for a ceasefire": an accord
  a crowd or a statement asks for or against is sought, not made;
- 'the police chief blamed "rioters"': a word in quotation marks that someone pins on others
  is their label, not a riot;
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.nlp.doc_cache import ancestors, children

# Verbs whose object is a grievance: the deed a crowd or a statement speaks against.
# (Not "condemn" or "denounce": a statement condemning an attack is often its only report.)
GRIEVANCE_VERBS = frozenset({"protest", "mourn", "commemorate"})
# Gatherings held for the dead: whose death they mark is the crowd's cause, not its toll.
MOURNING_NOUNS = frozenset({"funeral", "burial", "memorial", "commemoration", "vigil", "wake",
                            "anniversary"})
# Words of protest or outrage that take the grievance after "over" or "against".
PROTEST_WORDS = frozenset({
    "protest", "march", "rally", "demonstration", "demonstrate", "sit-in", "vigil", "strike",
    "anger", "outrage", "fury", "indignation", "grief", "uproar",
})
# A crowd's gathering verbs, which take its grievance after "over" just as "protest" does:
# "gathered outside the police station over the rape of a girl".
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass"})
# Verbs of anger whose cause follows "by" or "over": "angered by the death of a man in custody".
ANGER_VERBS = frozenset({"anger", "enrage", "outrage", "incense", "infuriate", "inflame"})


def _up_lists(token: Token) -> Token:
    """The head of the list or the measure a noun stands in ("rifles and a mortar",
    "40 kilogrammes of explosives", "a haul of grenades")."""
    current = token
    for _ in range(6):
        if current.dep_ in {"conj", "appos"} and current.head.i != current.i:
            current = current.head
        elif current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.pos_ in {
                "NOUN", "NUM"}:
            current = current.head.head
        else:
            break
    return current


def _mourned(noun: Token) -> bool:
    """ "the funeral (ceremony) of a student who was shot last week": the one a gathering mourns."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    gathering = prep.head
    words = {gathering.lemma_.lower()} | {c.lemma_.lower() for c in children(gathering)
                                          if c.dep_ == "compound"}
    return bool(words & MOURNING_NOUNS)


def _grievance_noun(noun: Token) -> bool:
    """Whether a noun (or a participle's noun) is what a crowd protests or seeks justice for."""
    if _mourned(noun):
        return True
    noun = _up_lists(noun)
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in GRIEVANCE_VERBS
    if noun.dep_ == "pobj":
        governor = head.head.lemma_.lower()
        if head.lower_ in {"over", "against"} and governor in PROTEST_WORDS | GATHERING_VERBS:
            return True
        if head.lower_ in {"by", "over"} and governor in ANGER_VERBS:
            return True
        return governor in {"justice", "accountability"} and head.lower_ == "for"
    return False


# Verbs of a protest's start, and what sets one off: "the protests began after X died".
_PROTEST_START = frozenset({"begin", "erupt", "start", "break", "spread", "flare", "spark",
                            "trigger", "ignite", "prompt", "fuel", "follow"})
_AFTER = frozenset({"after", "since", "following", "over"})


# Crowds whose deeds answer a grievance: "youths set cars alight after police shot a teenager".
_CROWD_WORDS = frozenset({"youth", "rioter", "crowd", "mob", "resident", "villager"})


def _protest_word(token: Token) -> bool:
    return token.lemma_.lower() in PROTEST_WORDS | {"unrest", "riot", "demonstrator", "protester"}


def _crowd_deed(verb: Token) -> bool:
    """A crowd's own deed: "youths set cars alight", "residents stormed the station"."""
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CROWD_WORDS
                                       for c in children(verb))


def _sets_off_protest(clause: Token) -> bool:
    """ "The protests began after Mahsa Amini died in custody": a death the protest followed."""
    if clause.dep_ != "advcl":  # asked of every verb up the tree: the cheap test first
        return False
    marker = next((c for c in children(clause) if c.dep_ == "mark"), None)
    if marker is None or marker.lower_ not in _AFTER:
        return False
    governor = clause.head
    if _protest_word(governor) or _crowd_deed(governor):
        return True
    return governor.lemma_.lower() in _PROTEST_START and any(
        c.dep_ in {"nsubj", "nsubjpass"} and _protest_word(c) for c in children(governor))


def grievance(token: Token) -> bool:
    """True when a word lies inside the deed a protest is about (its grievance), which is told
    as the crowd's cause, not as what happened at the protest."""
    for node in (token, *ancestors(token)):
        if node.pos_ in {"NOUN", "PROPN"} and _grievance_noun(node):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "relcl", "pcomp"}:
            return _sets_off_protest(node)  # a clause of its own: reported, unless a grievance
    return False


TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce"})
# verbs of a truce's fate (its subject) or of keeping or breaking it (its object)
_TRUCE_FATE = frozenset({"hold", "collapse", "expire", "fail", "falter", "crumble", "last",
                         "end", "break", "remain", "survive"})
_TRUCE_KEEPING = frozenset({"violate", "breach", "break", "respect", "observe", "honour", "honor",
                            "undermine", "threaten", "test", "flout", "ignore"})
_TRUCE_BACKGROUND = frozenset({"despite", "since", "under", "during", "before", "after", "of"})


def truce_in_force(token: Token) -> bool:
    """True when a ceasefire word tells of a truce holding or broken, not of one agreed."""
    if token.lemma_.lower() not in TRUCE_WORDS and token.lower_ not in TRUCE_WORDS:
        return False
    noun = _up_lists(token)
    head = noun.head
    if noun.dep_ == "nsubj":
        return head.lemma_.lower() in _TRUCE_FATE
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return head.lemma_.lower() in _TRUCE_KEEPING
    if noun.dep_ == "pobj":
        if head.lower_ == "of":
            return head.head.lemma_.lower() in {"violation", "breach", "collapse", "end"}
        return head.lower_ in _TRUCE_BACKGROUND
    return False


# Verbs that put a name on people or deeds: "blamed 'rioters'", "called them 'terrorists'".
LABELLING_VERBS = frozenset({"blame", "accuse", "call", "label", "brand", "describe", "term",
                             "dub", "denounce"})
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def label_only(token: Token) -> bool:
    """True when a trigger word is a label someone puts in quotation marks on others:
    the police chief "blamed 'rioters'" names no riot."""
    doc = token.doc
    quoted = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in _QUOTES \
        and doc[token.i + 1].text in _QUOTES
    if not quoted:
        return False
    noun = _up_lists(token)
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in {"dobj", "pobj", "oprd", "attr"} and head.lemma_.lower() in LABELLING_VERBS


# Accords by name, and the words that ask for one, reject one or seek its end: what they govern
# is wanted, not signed ("demand the cancellation of the peace treaty", "calls for a truce").
ACCORD_WORDS = TRUCE_WORDS | {"agreement", "accord", "treaty", "pact", "deal", "memorandum"}
_SEEKING = frozenset({"demand", "call", "urge", "seek", "want", "appeal", "plea", "push", "press",
                      "reject", "oppose", "denounce", "protest", "cancel", "scrap", "annul",
                      "revoke", "abrogate", "cancellation", "annulment", "abrogation", "end", "against"})
_NOUN_LINKS = frozenset({"dobj", "pobj", "prep", "compound", "conj", "appos", "nsubjpass"})


def accord_sought(token: Token) -> bool:
    """True when an accord word is what someone asks for or against, not one made: "to demand
    the cancellation of the peace treaty", "calling for a ceasefire", "rejected the deal"."""
    if token.lemma_.lower() not in ACCORD_WORDS and token.lower_ not in ACCORD_WORDS:
        return False
    node = token
    for _ in range(6):
        if node.dep_ not in _NOUN_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _SEEKING:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return False
    return False


def named_deed(token: Token) -> bool:
    """True when a trigger word only names violence or a truce (a truce in force, an accord
    sought, a quoted label; a haul of weapons is ``extract/weapon_goods.py``). A grievance is an
    incident of its own, apart from the protest (see ``grievance``)."""
    return truce_in_force(token) or accord_sought(token) or label_only(token)
