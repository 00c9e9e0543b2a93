"""Deeds a clause sets ahead of the telling: intended, expected, called for or banned.

A report that a deed is wanted, awaited or forbidden asserts none took place:

- the infinitive of a verb of intending, expecting or urging: "expected tens of thousands of
  people to march through London", "called on their supporters to join nationwide
  demonstrations next week", "threatened to strike", "vowed to take to the streets" (the act is
  the infinitive, or the object of a verb of taking part the infinitive names: "to join",
  "to stage", "to hold");
- a deed announced or threatened with its start still to come: "announced an indefinite strike
  starting on 20 January", "threatened a walkout beginning next week";
- a deed a ban or an order forbids: "a ban on opposition rallies", "a prohibition of protests";
- the deed of a purpose to help: "landed in the capital to help the police fight the gangs"
  (the arrival is told, the fighting is what it is for; "helped police fight off" is done);
- the deed forces are sent for: "deployed 1,000 soldiers to Cabo Delgado to fight the
  insurgency" (``deployment_purpose``; not a crowd's deed, which police sent "to disperse
  protesters" meet).

Verbs of trying or being forced ("tried to march", "were forced to flee") are not here: those
acts were begun. 'decide' and 'agree' are left out too: a decision to march is usually told with
the march.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import children

# Verbs whose infinitive complement has not happened yet (ordinary English).
INTENT_VERBS = frozenset({"expect", "plan", "intend", "threaten", "vow", "pledge", "promise",
                          "hope", "want", "aim", "seek", "call", "urge", "appeal", "ask",
                          "encourage", "invite", "mobilise", "mobilize", "prepare"})
# Nouns of an order, a plan or a threat (data/event_cues.yaml).
ORDER_NOUNS = frozenset(cues()["order_nouns"])
# Verbs of taking part whose object is the deed itself ("to join demonstrations").
_TAKE_PART = frozenset({"join", "stage", "hold", "attend", "launch", "organise", "organize",
                        "mount", "start", "begin", "take"})
# Verbs that announce a deed, and participles that set its start ("starting on 20 January").
_ANNOUNCE = frozenset({"announce", "threaten", "declare"})
_START = frozenset({"start", "begin", "commence"})
# Nouns of forbidding whose 'on'/'of' object is the forbidden deed.
_BANS = frozenset({"ban", "prohibition", "moratorium"})


def _governing_verb(token: Token) -> Token:
    """The trigger itself when a verb, else the verb of taking part whose object it is."""
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" \
            and token.head.lemma_.lower() in _TAKE_PART:
        return token.head
    return token


def _intender(verb: Token) -> Token:
    """The verb an infinitive hangs on; past a phrase the parse may have hung it on ("vowed in
    a message posted on Saturday to kill": the parse takes "posted" for its head)."""
    head = verb.head
    for _ in range(4):
        if head.lemma_.lower() in INTENT_VERBS or head.dep_ not in {"acl", "pobj", "prep"} \
                or head.head.i == head.i:
            return head
        head = head.head
    return head


def _intended_infinitive(verb: Token) -> bool:
    """ "expected them to march", "called on supporters to join protests", "threatened in a
    televised speech on Thursday to strike": an infinitive clause of a verb of intending, with its
    'to' marker."""
    return (verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"xcomp", "ccomp", "advcl"}
            and _intender(verb).lemma_.lower() in INTENT_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)))


def _announced_ahead(token: Token) -> bool:
    """ "announced an indefinite strike starting on 20 January": announced, its start ahead."""
    return (token.pos_ == "NOUN" and token.dep_ == "dobj"
            and token.head.lemma_.lower() in _ANNOUNCE
            and any(c.dep_ == "acl" and c.lemma_.lower() in _START and c.tag_ == "VBG"
                    for c in children(token)))


def _banned(token: Token) -> bool:
    """ "a ban on opposition rallies": the deed a ban forbids."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ in {"on", "of"}
            and prep.head.lemma_.lower() in _BANS and prep.head.pos_ == "NOUN")


def ordered_infinitive(token: Token) -> bool:
    """ "received orders to kill drug suspects", "a plot to assassinate the president", "calls
    to attack the embassy": the infinitive a noun of ordering, planning or threatening governs
    names a deed wanted, not done ("an attempt to kill the governor" was begun: not here)."""
    verb = token.head if token.dep_ == "dobj" else token  # "a bill to extend the state of emergency"
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # "orders to arrest and kill"
    return (verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"acl", "relcl"}
            and verb.head.lemma_.lower() in ORDER_NOUNS and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)))


# Verbs of undertaking a deed, and the auxiliaries that put it ahead ("would resume aerial
# bombing", "will launch an offensive").
_UNDERTAKE = _TAKE_PART | {"resume", "conduct", "carry", "intensify", "continue", "step",
                           "renew", "escalate", "expand"}
# The auxiliaries of the future tense (the dates stage's "ahead" reads them too).
FUTURE_AUX = frozenset({"will", "'ll", "shall"})
_AHEAD_AUX = FUTURE_AUX | {"would"}


def _undertaken_ahead(token: Token) -> bool:
    """ "the government would resume aerial bombing of guerrilla camps", "the army will launch
    an offensive": the deed is the object of an undertaking still to come."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "dobj":
        return False
    verb = token.head
    return verb.lemma_.lower() in _UNDERTAKE and any(
        c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in children(verb))


_HELP = frozenset({"help", "assist", "support", "enable"})


def help_purpose(token: Token) -> bool:
    """ "to help the police fight the gangs": the deed a 'to help' purpose clause names (any
    kind of deed, not only a crowd's)."""
    verb = _governing_verb(token)
    helper = verb.head
    return (verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"xcomp", "ccomp"}
            and helper.lemma_.lower() in _HELP
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(helper)))


# Verbs of sending forces somewhere: their 'to' infinitive is what the forces are sent for.
_SEND = frozenset({"deploy", "redeploy", "send", "dispatch", "despatch", "airlift", "station"})


def deployment_purpose(token: Token) -> bool:
    """ "deployed 1,000 soldiers to Cabo Delgado to fight the insurgency", "sent police officers
    to Haiti to fight the gangs": the deed of the purpose a sending of forces names is still to
    come (the sending is told; a crowd's deed the forces meet is read by the caller)."""
    verb = _governing_verb(token)
    sender = verb.head
    return (verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"advcl", "xcomp"}
            and sender.i != verb.i and sender.lemma_.lower() in _SEND
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)))


def intended(token: Token) -> bool:
    """True when the trigger is a deed wanted, awaited, announced ahead or banned (module doc)."""
    return (_intended_infinitive(_governing_verb(token)) or _announced_ahead(token)
            or _banned(token) or _undertaken_ahead(token) or help_purpose(token))
