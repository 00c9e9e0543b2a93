"""Named organisations the knowledge base does not list, found by what the text makes them do.

A proper name becomes an armed-group actor when the grammar around it says it acts as one: the
members or fighters of it ("terrorists of the FMLN", "FMLN urban guerrillas"), its claim or denial
("the Extraditables admitted responsibility"), an accusation aimed at it ("police attributed the
attack to the Manuel Rodriguez Patriotic Front", "officials blamed X", "X is suspected"), or the
attack it carried out ("planted by the Ricardo Franco Front"). A name with no such context stays
unread here: most proper names in a report are places, people and institutions.

Names are spaCy's ORG, NORP and PERSON entities (PERSON often holds a group the tagger has not
seen, "Jamaat Nusrat al-Islam") and runs of proper nouns or acronyms it left unlabelled.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventcoder.geoparser.countries import capital_code, code_for_name, demonym_code
from eventcoder.nlp.clock_zones import is_clock_zone
from eventcoder.nlp.dateline_ents import dateline_separator
from eventcoder.nlp.doc_cache import doc_ents, doc_tokens, memo
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, group_kind, group_label, overlaps
from eventcoder.resolve.actors.loyalty import sympathy_deed
from eventcoder.resolve.actors.nationality import nation_with_nouns
from eventcoder.resolve.actors.not_names import not_a_name
from eventcoder.resolve.actors.unit_police import unit_police
from eventcoder.resolve.attribution.rules import ATTACK
from eventcoder.text.words import word_list

# Member nouns naming people, never part of a group's name ("Red Star rebels"): a group's fighters
# (words.yaml) and its other men ("dissidents of the former FARC", "remnants of the IS").
MEMBER_PEOPLE = word_list("fighter_nouns") | {"gunman", "gunmen", "member", "dissident", "remnant"}
# Nouns naming people or organs that belong to a group: "guerrillas of X", "X's spokesman".
MEMBER_NOUNS = MEMBER_PEOPLE | {
    "guerrila", "commando", "cell", "unit", "faction", "wing", "column", "squad", "leader",
    "commander", "spokesman", "spokesperson", "communique", "communiqué", "statement", "command",
    "leadership", "cadre", "operative", "hitman", "assassin", "bomber", "kidnapper", "subversive",
    "urban", "group", "organization", "organisation", "movement", "network", "front", "army",
    "cartel", "gang", "militia", "sect", "officer", "soldier", "element", "agent"}
# Members named by their trade, who also come "from" a group ("hitmen from the X gang").
_HIRED_HANDS = {"hitman", "hitmen", "assassin", "kidnapper", "bomber", "commando", "operative"}
# Nouns of an attack a group's name may own ("a Shining Path attack").
ATTACK_NOUNS = {"attack", "bombing", "ambush", "raid", "massacre", "assault", "offensive",
                "kidnapping", "killing", "murder", "assassination", "incursion", "shelling",
                "abduction", "arson", "sabotage", "onslaught", "strike", "airstrike",
                "bombardment", "barrage", "shooting"}
# Member nouns that also follow a person's name ("the militant leader Karowei").
PERSON_ROLES = {"leader", "commander", "spokesman", "spokesperson", "member"}
# Verbs whose subject takes or rejects the act for itself.
SELF_VERBS = {"claim", "admit", "deny", "assume", "accept", "take", "acknowledge", "bear"}
RESPONSIBILITY = {"responsibility", "authorship", "credit"}
# Verbs that ask someone else to act: the clause under them is the one asked's, not the asker's.
_URGING = {"call", "urge", "ask", "demand", "appeal", "press", "invite", "encourage", "challenge",
           "implore", "beg"}
SUSPECT_VERBS = {"suspect", "blame", "accuse", "believe", "attribute", "hold", "link", "tie"}
ATTRIBUTE_PREPS = {("attribute", "to"), ("blame", "on"), ("link", "to"), ("tie", "to"),
                   ("hallmark", "of"), ("responsibility", "of"), ("work", "of")}
# Trailing words that name an organ of the group, not the group ("the FMLN General Command").
ORGAN_WORDS = {"general", "command", "high", "leadership", "spokesman", "central", "committee",
               "national", "directorate"}
# Capitalised words that name a state's forces in general, not a group of its own name
# ("Israeli Police forces arrested", "Govt soldiers", "Zambia's Army").
GENERIC_FORCE_WORDS = {"the", "police", "forces", "force", "army", "military", "gendarmerie",
                       "gendarmes", "soldiers", "troops", "security", "officers", "govt",
                       "government", "regime", "authorities", "policemen", "navy", "naval",
                       "sailors", "marines", "air", "coast", "guard", "coastguard"}
_ENT_LABELS = {"ORG", "NORP", "PERSON"}
_TITLE_LABELS = {"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
# FAC is left out: the tagger often reads an unknown group as a building ("the Jeshi la Mzee")
_NOT_ACTORS = {"DATE", "TIME", "GPE", "LOC", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY",
               "PERCENT", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT"}


@functools.cache
def _attack_verbs() -> frozenset[str]:
    return frozenset(ATTACK - {"take", "set", "open", "hold", "conduct", "block", "protest"})


def _candidates(doc: Any) -> Iterator[Any]:
    """Entity spans and unlabelled proper-noun or acronym runs, longest first."""
    seen: set[int] = set()
    words = actor_kb.terms()["group_words"]
    for ent in doc_ents(doc):
        # the tagger often takes a case-restored group name for a title ("The Cinchonero
        # Popular Liberation Movement" as WORK_OF_ART): a group word at its end tells
        if ent.label_ in _ENT_LABELS or (ent.label_ in _TITLE_LABELS and ent[-1].lower_ in words):
            seen.update(range(ent.start, ent.end))
            yield ent
    run: list[Any] = []
    for t in [*doc_tokens(doc), None]:
        named = t is not None and t.i not in seen and t.ent_type_ not in _NOT_ACTORS and (
            t.pos_ == "PROPN" or (t.is_upper and t.is_alpha and len(t) >= 2))
        if named or (run and t is not None and t.i not in seen and _continues_name(run, t)):
            run.append(t)
            continue
        if run:
            yield doc[run[0].i:run[-1].i + 1]
        run = []


# Particles joined by hyphens inside South Asian and Arabic group names ("Tehreek-i-Jihad",
# "Jamaat-ul-Ahrar", "Ansar-e-Hezbollah"): the list place names share (words.yaml).
_NAME_PARTICLES = word_list("hyphen_name_particles")


def _continues_name(run: list[Any], t: Any) -> bool:
    """A token that carries on a proper name without being a name itself: a hyphen or a
    particle written tight between its words ("Tehreek-i-Jihad"), or the country that closes a
    hyphenated name ("Tehreek-i-Jihad Pakistan")."""
    prev = run[-1]
    if t.text == "-" or (t.lower_ in _NAME_PARTICLES and prev.text == "-"):
        return not prev.whitespace_ and not t.whitespace_
    if prev.text == "-" and not prev.whitespace_:
        return t.is_alpha and t.text[:1].isupper()  # "-Azadi", whatever the tagger calls it
    hyphenated = any(r.text == "-" for r in run)
    return hyphenated and t.ent_type_ == "GPE" and t.pos_ == "PROPN" and run[-1].text != "-"


def noun_lemma(token: Any) -> str:
    """A noun's lower-case lemma, also for a plural member noun the tagger took for a name
    (case-restored wire copy opens a sentence with "Guerrillas of the MRTA ...")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and lemma.endswith("s") and lemma not in MEMBER_NOUNS \
            and lemma[:-1] in MEMBER_NOUNS:
        return lemma[:-1]
    return lemma


def _trim(span: Any) -> Any | None:
    """The span without a leading article or a trailing organ ("General Command")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    # case-restored copy may run a name into the next word ("the Salvadoran Army Against")
    while end - start > 1 and doc[end - 1].pos_ in {"ADP", "CCONJ", "DET", "PART", "SCONJ"}:
        end -= 1
    while end - start > 1 and (doc[end - 1].lower_ in ORGAN_WORDS
                               or doc[end - 1].lemma_.lower() in MEMBER_PEOPLE):
        end -= 1
    if start >= end or doc[end - 1].lower_ in ORGAN_WORDS:
        return None
    return doc[start:end]


def _group_noun_after(span: Any) -> Any:
    """Extend "the Haqqani network" / "the Zetas cartel" over the group noun it modifies."""
    doc = span.doc
    words = set(actor_kb.terms()["group_words"]) | {"network", "cartel", "organization",
                                                    "organisation"}
    if span.end < len(doc) and doc[span.end].lower_ in words and span.root.dep_ == "compound" \
            and span.root.head.i == span.end:
        return doc[span.start:span.end + 1]
    return span


@functools.cache
def _weapon_words() -> frozenset[str]:
    """Single weapon nouns of the weapons lexicon, and the device nouns they come in."""
    from eventcoder.extract.lexicon import weapon_words

    words = {w for _kind, terms in weapon_words() for w in terms if " " not in w}
    return frozenset(words | {"device", "devices", "ied", "ieds", "vbied", "mine", "drone"})


@functools.cache
def _community_words() -> frozenset[str]:
    return frozenset(w.lower() for c in actor_kb.terms().get("communities", [])
                     for w in c["words"])


_JURISDICTIONS = frozenset({"federal", "national", "provincial", "state", "municipal", "regional",
                            "metropolitan", "county", "district", "city", "local", "judicial"})


def _not_a_group(span: Any) -> bool:
    """True for names that denote places, nations, agencies or generic nouns."""
    text = span.text
    words = re.findall(r"[\w'’-]+", text)
    if not words or all(w.lower() in {"the", "of", "and"} for w in words) \
            or sympathy_deed(span.doc.text[span.start_char:]):
        return True  # "pro-Hamas attacks": a sympathy's deeds, read by loyalty.py
    if demonym_code(text) or code_for_name(text) or capital_code(text) or not_a_name(span):
        return True
    if is_clock_zone(span[-1]):
        return True  # "10:02 GMT - Gunmen killed ...": a live blog's time stamp
    if all(w.lower() in GENERIC_FORCE_WORDS for w in words) \
            or nation_with_nouns(words, GENERIC_FORCE_WORDS) or unit_police(words):
        return True  # "Police forces", "the Sri Lankan army", "Sindh Police": the generic nouns
    if text in actor_kb.agencies() or text.upper() in {a.upper() for a in actor_kb.agencies()}:
        return True
    last = span[-1].lemma_.lower()
    if last in _weapon_words() or (span[-1].is_upper and last.endswith("ied")):
        return True  # "an Improvised Explosive Device killed ...", "an RCIED exploded"
    if text.lower() in _community_words():
        return True  # "Shia militiamen": a community, read by the community finder
    if len(span) == 1 and span[0].pos_ == "ADJ" and span[0].ent_type_ == "NORP":
        return True  # "Islamic militants", "Kurdish fighters": a description, not a name
    if len(span) == 1 and span[0].lower_ in _JURISDICTIONS and span.root.head.lower_ in \
            GENERIC_FORCE_WORDS | {"officers", "agents"}:
        return True  # "Federal police officers", "Provincial police": the state's force
    # a one-word name opening a sentence that the tagger does not read as a name ("Members")
    return len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN" \
        and not span[0].is_upper


def _head_in_phrase(token: Any) -> tuple[Any, bool]:
    """The noun the name sits in (climbing compounds and appositions), and whether the climb
    passed an apposition ("Karowei, the militant leader": the name is the leader)."""
    cur, appos = token, False
    for _ in range(4):
        if cur.dep_ in {"compound", "appos", "flat", "nmod", "amod", "poss"} \
                and cur.head.i != cur.i and cur.head.pos_ in {"NOUN", "PROPN"}:
            appos = appos or cur.dep_ == "appos"
            cur = cur.head
        else:
            break
    return cur, appos


def responsibility_claim(verb: Any) -> Any | None:
    """The verb by which a subject takes responsibility: the verb itself ("X admitted
    responsibility") or a subjectless clause below it ("X distributed leaflets claiming
    responsibility"); None when there is none."""
    # Asked again for each name in the clause (a root verb's subtree is its whole sentence).
    return memo(verb.doc, "responsibility_claim", verb.i, lambda: _responsibility_claim(verb))


def _responsibility_claim(verb: Any) -> Any | None:
    """responsibility_claim, computed."""
    for low in verb.subtree:
        if low.i != verb.i and (low.dep_ not in {"advcl", "xcomp", "acl", "relcl"} or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in low.children)):
            continue
        if low.dep_ == "xcomp" and low.head.lemma_.lower() in _URGING:
            continue  # "called on the authorities to take responsibility": theirs to take
        objects = {c.lemma_.lower() for c in low.children if c.dep_ == "dobj"}
        if low.lemma_.lower() in SELF_VERBS - {"deny"} and objects & RESPONSIBILITY \
                and not bears_for_another(low):
            return low
        if low.lemma_.lower() == "claim" and objects & ATTACK_NOUNS:
            return low  # "X claimed the bombing", "leaflets claiming the attacks"
    return None


def bears_for_another(verb: Any) -> bool:
    """'al-Shabaab bears full responsibility' with a named subject is blame laid on it by the
    voice around it; only a pronoun owner ('it bears responsibility') takes it on itself."""
    return verb.lemma_.lower() == "bear" and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children)


def acting_context(head: Any, is_person: bool) -> bool:
    """True if the grammar makes the name's phrase an acting, claiming or accused group.

    ``is_person`` is set for names that may be a person or a thing (PERSON entities, unlabelled
    proper-noun runs): those are a group by membership, claim or accusation, never merely for
    being the subject or agent of an attack ("Karowei shot", "an Improvised Explosive Device
    killed").
    """
    phrase, appos = _head_in_phrase(head)
    lemma = noun_lemma(phrase)
    if phrase.i != head.i and phrase.text == "front" and phrase.head.lower_ in {"on", "at", "along"}:
        return False  # "clashed on the Kabani front": a front line in lower case, not a group
    if phrase.i != head.i:
        # the name modifies another noun: a group only when that noun is one of its members
        # ("FMLN guerrillas", "the FMLN General Command"), not "the Ismaili community"
        if lemma in ATTACK_NOUNS and not is_person and not appos:
            return True  # "an FMLN ambush", "the ELN's attack"
        return lemma in MEMBER_NOUNS - (PERSON_ROLES if is_person or appos else set())
    gov = phrase.head
    if phrase.dep_ == "pobj":
        prep, owner = gov.lower_, gov.head
        if prep == "of" and noun_lemma(owner) in MEMBER_NOUNS | {"hallmark", "responsibility"}:
            return True  # "terrorists of the FMLN", "a communique of X"
        if prep == "from" and noun_lemma(owner) in MEMBER_PEOPLE | _HIRED_HANDS:
            return True  # "gunmen from the X gang", "fighters from X": its people, as with "of"
        if (owner.lemma_.lower(), prep) in ATTRIBUTE_PREPS:
            return True  # "attributed to X", "blamed on X"
        if prep == "by" and gov.dep_ == "agent" and owner.lemma_.lower() in _attack_verbs():
            return not is_person  # "planted by X"; a person named as agent stays a person
        if prep == "by" and not is_person:
            return nominal_attack_of_by(phrase) is not None  # "the attack on X by Y"
    if phrase.dep_ in {"nsubj", "nsubjpass"}:
        vl = gov.lemma_.lower()
        objects = {c.lemma_.lower() for c in gov.children if c.dep_ == "dobj"}
        if vl in SELF_VERBS and (objects & (RESPONSIBILITY | {"involvement"}) or vl == "claim"):
            return True
        if phrase.dep_ == "nsubj" and responsibility_claim(gov) is not None:
            return True
        if phrase.dep_ == "nsubjpass" and vl in SUSPECT_VERBS:
            return True  # "X is suspected", "X was blamed"
        if phrase.dep_ == "nsubj" and vl in _attack_verbs() and not is_person:
            return True
    if phrase.dep_ == "dobj" and gov.lemma_.lower() in SUSPECT_VERBS - {"believe", "hold"}:
        return True  # "officials blamed X", "police accused X"
    return False


def context_group_hits(doc: Any, text: str, taken: list[tuple[int, int]],
                       doc_country: str | None) -> list[Hit]:
    """Named groups outside the KB that the text makes perpetrators, claimants or suspects."""
    found: dict[str, tuple[str, int, int]] = {}
    filed = dateline_separator(text)  # "DAJABON.- Soldiers ...": the place filed from names no group
    for span in _candidates(doc):
        trimmed = _trim(span)
        if trimmed is None:
            continue
        trimmed = _group_noun_after(trimmed)
        start, end = trimmed.start_char, trimmed.end_char
        if overlaps(start, end, taken) or _not_a_group(trimmed) or (filed and start < filed[1]):
            continue
        label = getattr(span, "label_", "")
        acronym = len(trimmed) == 1 and trimmed[0].is_upper
        # a name headed by a group word is no person, whatever the tagger says ("the Camilo
        # Torres Front destroyed ...")
        group_headed = trimmed[-1].lower_ in actor_kb.terms()["group_words"]
        is_person = (label == "PERSON" or (not label and not acronym)) and not group_headed
        if not any(acting_context(t, is_person) for t in (trimmed.root, trimmed[-1])):
            continue
        surface = re.sub(r"['’]s$", "", text[start:end])
        key = actor_kb._norm(surface)
        if key not in found or len(surface) > len(found[key][0]):
            found[key] = (surface, start, start + len(surface))
    return _all_mentions(found, text, taken, doc_country)


def _all_mentions(found: dict[str, tuple[str, int, int]], text: str,
                  taken: list[tuple[int, int]], doc_country: str | None) -> list[Hit]:
    """Every occurrence of each found name becomes a mention of one actor."""

    out: list[Hit] = []
    spans = list(taken)
    for key, (surface, _s, _e) in found.items():
        entry = actor_kb.fuzzy_lookup(surface, doc_country)
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if overlaps(m.start(), m.end(), spans):
                continue
            if entry is not None:
                hit = Hit.of_entry(m.start(), m.end(), m.group(0), entry, doc_country)
            else:
                hit = Hit(m.start(), m.end(), m.group(0), f"new:{key}", surface,
                          group_kind(surface), group_label(surface), doc_country)
            out.append(hit)
            spans.append((m.start(), m.end()))
    return out


@dataclass(frozen=True)
class StateAfter:
    """The state an "of" phrase names after a forces noun: ISO code (None for a state outside
    ISO 3166, "Artsakh"), the name as written, and where the phrase ends."""

    code: str | None
    name: str
    end: int


def state_after(head: Any) -> StateAfter | None:
    """The state named by "of X" after a forces noun ("military forces of Armenia"), or None."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ != "GPE":
            return None
        ent = next(e for e in doc_ents(obj.doc) if e.start <= obj.i < e.end)
        name = re.sub(r"^the\s+", "", ent.text, flags=re.I)
        code = code_for_name(name) or demonym_code(name)
        if code is None and ent.end < len(obj.doc) and obj.doc[ent.end].lower_ == "of":
            return None  # a name cut short by the tagger ("the Democratic Republic | of ...")
        return StateAfter(code, name, ent.end_char)
    return None


def nominal_attack_of_by(token: Any) -> Any | None:
    """The attack noun a by-phrase names the doer of ("this attack on the headquarters by X
    rebels", "the bombing of the bridge by X"), climbing the of/on phrases the parser may
    have hung the by-phrase on; None when the by-phrase belongs to no attack noun."""
    if token.dep_ != "pobj" or token.head.lower_ != "by" or token.head.dep_ == "agent":
        return None
    cur = token.head.head
    # "the mayor, who was kidnapped on Monday, apparently by X": the by-phrase hangs on the
    # noun whose relative clause holds the passive attack verb
    rel = next((c for c in cur.children if c.dep_ == "relcl" and c.lemma_.lower() in ATTACK
                and any(g.dep_ == "auxpass" for g in c.children)), None)
    if rel is not None and cur.pos_ in {"NOUN", "PROPN"}:
        return rel
    for _ in range(3):
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in ATTACK_NOUNS:
            return cur
        if cur.dep_ != "pobj" or cur.head.head.i == cur.head.i:
            return None
        cur = cur.head.head  # "headquarters" ← "on" ← "attack"
    return None
