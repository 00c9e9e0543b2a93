"""Violence a report only names, not reports: weapons in a haul, a crowd's grievance, a crime tried.

- "troops recovered two assault rifles and a 60mm mortar", "12 mortars were seized": the
  weapon words are the objects of a seizure, not weapons fired;
- "marched ..., protesting the killing of two teenagers by soldiers during clashes last month",
  "gathered to mourn a young man killed by police", "demanding justice for the murder of a
  teacher": the deed is what the crowd protests, an earlier incident, not the crowd's own (nor
  are the words inside it: the "clashes" of the grievance make no riot of a march);
- "a truce held on Thursday", "violated the ceasefire", "despite a ceasefire": a truce told of
  as holding, broken or in force is no agreement made (a signing or a deal struck still is);
- "will be put on trial for murder", "charged with the killing of a journalist": the crime is
  what someone is held to account for, told from the court or the police, not reported.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of taking, handing over or holding weapons as goods ("seized", "handed over").
SEIZING_VERBS = frozenset({
    "seize", "recover", "confiscate", "capture", "impound", "intercept", "surrender", "collect",
    "smuggle", "traffic", "possess", "stockpile", "hand", "cache", "retrieve",
})
# Verbs whose object is a grievance: the deed a crowd or a statement speaks against.
# (Not "condemn" or "denounce": a statement condemning an attack is often its only report.)
GRIEVANCE_VERBS = frozenset({"protest", "mourn", "commemorate"})
# Words of protest or outrage that take the grievance after "over" or "against".
PROTEST_WORDS = frozenset({
    "protest", "march", "rally", "demonstration", "demonstrate", "sit-in", "vigil", "strike",
    "anger", "outrage", "fury", "indignation", "grief", "uproar",
})
# Nouns of holding someone to account; the crime follows "for", "with", "of" or "over".
ACCOUNT_WORDS = frozenset({
    "trial", "try", "charge", "indict", "prosecute", "convict", "sentence", "accuse", "jail",
    "imprison", "justice", "accountability",
})
# (Not "an investigation into the killing of three farmers on Monday": that reports the deed.)
_ACCOUNT_PREPS = frozenset({"for", "with", "of", "over"})


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


def seized_weapon(token: Token) -> bool:
    """True when a weapon noun is the object of a seizure: "recovered two mortars"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ in {"compound", "nmod", "amod"}:
        token = token.head  # "mortar rounds", "grenade launchers"
    head_noun = _up_lists(token)
    if head_noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = head_noun.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in SEIZING_VERBS


def _grievance_noun(noun: Token) -> bool:
    """Whether a noun (or a participle's noun) is what a crowd protests or a court tries."""
    noun = _up_lists(noun)
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in GRIEVANCE_VERBS
    if noun.dep_ == "pobj":
        governor = head.head.lemma_.lower()
        if head.lower_ in {"over", "against"} and governor in PROTEST_WORDS:
            return True
        return head.lower_ in _ACCOUNT_PREPS and governor in ACCOUNT_WORDS
    if noun.dep_ == "pcomp" and head.lower_ in _ACCOUNT_PREPS:
        return head.head.lemma_.lower() in ACCOUNT_WORDS  # "accused of killing"
    return False


def grievance_or_charge(token: Token) -> bool:
    """True when a trigger lies inside a deed that is protested or tried, not reported."""
    if token.dep_ == "pcomp" and _grievance_noun(token):
        return True
    for node in (token, *token.ancestors):
        if node.pos_ in {"NOUN", "PROPN"} and _grievance_noun(node):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "relcl", "pcomp"}:
            return False  # a clause of its own: what it tells is reported
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


def named_deed(token: Token) -> bool:
    """True when a trigger word only names violence or a truce (a haul, a grievance, a charge,
    a truce in force)."""
    return seized_weapon(token) or grievance_or_charge(token) or truce_in_force(token)
