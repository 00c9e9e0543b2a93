"""Re-parse a headline-style sentence whose deed verb the parser read as a noun.

Coders' notes are often written like headlines, in the present tense and without articles ("A
US drone fires 2 missiles at a compound", "Youths torch police post in Kasese", "Residents ...
block the main road and throw stones at police"). The parser then reads the whole sentence as
one noun phrase ("drone fires", "Youths torch police post"): the sentence's root is a noun and
the deed is lost to every stage that asks for a verb, a subject or an object. The same words in
the past tense ("fired", "torched", "blocked") parse as a clause. So a sentence whose root is a
noun, with a word after a noun that is the present form of a deed verb of the trigger lexicon, is
parsed again with that word in the past tense; when the new parse has a verb for its root, its
tags, heads and labels are copied onto the original words (the text itself is unchanged).

Notes also drop the article before a past verb's object after a comma ("Wives of soldiers ...,
blocked highway leading to the airport to demand their benefits"): the parser reads the verb as
an adjective of that bare noun and the sentence again has no verb. When such a sentence says what
its doers wanted (an infinitive of purpose, "to demand"), it is parsed again with the comma read
as 'then'; a list of things ("heavy rain, blocked roads and fallen trees") has no purpose.

A headline's claim verb in the present ("Islamic State claims attack on army post") may be tagged
a verb yet hung on the deed noun as a compound, the deed noun made the root: the claimant is then
no subject. Such a sentence is parsed again with the claim verb in the past ("claimed").
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventcoder.extract.lexicon import trigger_lexicon

_NOUN_TAGS = {"NN", "NNS", "NNP"}
# A deed verb misread as a noun follows a noun ("Youths torch"); after a preposition, a
# determiner or an adjective it is a noun's ("during protest", "the attack", "his arrest").
_BEFORE_DEED = _NOUN_TAGS | {"NNPS"}
_PIPES = ("tok2vec", "tagger", "parser")


@functools.cache
def deed_verbs() -> frozenset[str]:
    """One-word lemmas of the trigger lexicon's entries that may be verbs, and 'kill'."""
    words = {"kill"}
    for entry in trigger_lexicon()[1]:
        if entry.pos and "VERB" not in entry.pos:
            continue
        words |= {w for w in entry.lemmas if " " not in w and "-" not in w}
    return frozenset(words)


def past_form(word: str) -> str:
    """The regular past of a present form ('fires' → 'fired', 'torch' → 'torched')."""
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if stem.endswith("e"):
        return stem + "d"
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + "ed"


def _present_deed(word: str, verbs: frozenset[str]) -> bool:
    lower = word.lower()
    return lower in verbs or (lower.endswith("s") and lower[:-1] in verbs) or (
        lower.endswith("es") and lower[:-2] in verbs)


def english_verbs(nlp: Language) -> frozenset[str]:
    """The verbs of the lemmatiser's word list (WordNet's), or none when it has no such list."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb") or ())


def _deed_word(sent: Span, verbs: frozenset[str]) -> int | None:
    """The index in ``sent`` of the first present-tense deed verb the tagger read as a noun."""
    for k, token in enumerate(sent):
        if k == 0 or token.tag_ not in _NOUN_TAGS or not token.is_lower \
                or not _present_deed(token.text, verbs):
            continue
        before = sent[k - 1]
        if before.tag_ not in _BEFORE_DEED:
            continue
        if _object_of_preposition(sent, k) or k + 1 >= len(sent) or sent[k + 1].is_punct:
            continue  # a list's last item or a noun ending its phrase ("82 mm mortars,")
        return k
    return None


# What a noun phrase is built of, back from its head: "the 2011 Oslo massacre".
_PHRASE_TAGS = {"NN", "NNS", "NNP", "NNPS", "CD", "JJ", "HYPH"}
_DETERMINERS = {"DT", "PRP$", "POS", "WDT"}
_IN_PHRASE = _PHRASE_TAGS | _DETERMINERS
_OPENS_OBJECT = _DETERMINERS | {"CD"}


def _object_of_preposition(sent: Span, k: int) -> bool:
    """ "killed in PKK bomb attack", "in the 2011 Oslo massacre": a word ending a phrase after a
    preposition is that phrase's noun, unless an object follows it ("without tap water block the
    main road")."""
    j = k - 1
    while j >= 0 and sent[j].tag_ in _IN_PHRASE:
        j -= 1
    after = sent[k + 1] if k + 1 < len(sent) else None
    takes_object = after is not None and after.tag_ in _OPENS_OBJECT
    return j >= 0 and sent[j].tag_ in {"IN", "TO"} and not takes_object


def _past_deed(word: str, verbs: frozenset[str]) -> bool:
    """A regular past form of a deed verb ('blocked', 'torched', 'stormed'); the lemmatiser has
    not run yet when the parse is mended."""
    lower = word.lower()
    if not lower.endswith("ed"):
        return False
    stems = {lower[:-2], lower[:-1], lower[:-3] + "y"}
    if len(lower) > 4 and lower[-3] == lower[-4]:
        stems.add(lower[:-3])  # 'stopped', 'robbed'
    return bool(stems & verbs)


# Roots of a sentence with no finite verb: a noun, or the infinitive of purpose the parser made
# the root when the deed verb was read as an adjective.
_NO_CLAUSE = _NOUN_TAGS | {"NNPS", "VB"}


def _comma_deed(sent: Span, verbs: frozenset[str]) -> int | None:
    """The index in ``sent`` of a comma before a past deed verb the parser made the modifier of
    the bare noun after it, when an infinitive of purpose follows ("..., blocked highway ... to
    demand")."""
    for k in range(1, len(sent) - 2):
        comma, word, noun = sent[k], sent[k + 1], sent[k + 2]
        if comma.text != "," or word.tag_ not in {"VBN", "VBD", "JJ"} or word.dep_ != "amod" \
                or word.head != noun or noun.tag_ not in _NOUN_TAGS \
                or not _past_deed(word.text, verbs):
            continue
        if any(t.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
               for t in sent[k + 3:]):
            return k
    return None


# Present claim verbs and their past; irregular spellings ('admitted'), so listed.
_CLAIM_PAST = {"claims": "claimed", "claim": "claimed", "admits": "admitted",
               "admit": "admitted", "denies": "denied", "deny": "denied"}


def _compound_claim(sent: Span) -> int | None:
    """The index of a present claim verb the parser tagged a verb but hung as a compound on the
    noun root after it ("Islamic State claims attack on ..."), after a noun (its claimant)."""
    root = sent.root
    if root.tag_ not in _NOUN_TAGS or len(sent) > 40:
        return None
    for k, token in enumerate(sent):
        if 0 < k and token.lower_ in _CLAIM_PAST and token.tag_ in {"VBZ", "VBP"} \
                and token.dep_ == "compound" and sent[k - 1].tag_ in _BEFORE_DEED \
                and token.head.i > token.i:
            return k
    return None


def _reparsed(nlp: Language, sent: Span, k: int, word: str | None = None) -> Doc | None:
    words = [t.text for t in sent]
    words[k] = word or past_form(words[k])
    new = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
    for name in _PIPES:
        new = nlp.get_pipe(name)(new)
    roots = [t for t in new if t.dep_ == "ROOT"]
    if len(roots) != 1 or not roots[0].tag_.startswith("VB"):
        return None
    return new


def _copy_parse(doc: Doc, sent: Span, new: Doc) -> None:
    # heads are stored as offsets, the same within the sentence in both parses
    fields = ["HEAD", "DEP", "TAG"]
    array = doc.to_array(fields)
    array[sent.start : sent.end] = new.to_array(fields)
    doc.from_array(fields, array)


@Language.factory("headline_reparse")
def make_headline_reparse(nlp: Language, name: str) -> HeadlineReparse:
    """The component, holding the pipeline whose tagger and parser it runs again."""
    return HeadlineReparse(nlp)


class HeadlineReparse:
    """Re-parse headline-style sentences whose root is a noun (see the module's doc)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._verbs: frozenset[str] | None = None

    def verbs(self) -> frozenset[str]:
        """The trigger lexicon's deed words that English uses as verbs ('torch', 'stone'; not
        'detonator' or 'explosive', which the lexicon lists for their nouns)."""
        if self._verbs is None:  # the lemmatiser's tables load after the component is made
            self._verbs = deed_verbs() & english_verbs(self.nlp)
        return self._verbs

    def __call__(self, doc: Doc) -> Doc:
        """Copy a past-tense re-parse onto each verbless headline-style sentence of ``doc``."""
        for sent in list(doc.sents):
            if (k := _compound_claim(sent)) is not None:
                if (new := _reparsed(self.nlp, sent, k, _CLAIM_PAST[sent[k].lower_])) is not None:
                    _copy_parse(doc, sent, new)
                continue
            if sent.root.tag_ not in _NO_CLAUSE or len(sent) > 60 \
                    or any(t.tag_ in {"VBP", "VBZ"} for t in sent):
                continue  # a clause, or a headline whose present verb was read ("police disperse")
            k = _deed_word(sent, self.verbs()) if sent.root.tag_ != "VB" else None
            new = _reparsed(self.nlp, sent, k) if k is not None else None
            if k is None and (comma := _comma_deed(sent, self.verbs())) is not None:
                new = _reparsed(self.nlp, sent, comma, "then")
                if new is not None and new[comma + 1].dep_ != "ROOT":
                    new = None  # the re-parse found another verb: not the deed after the comma
            if new is not None:
                _copy_parse(doc, sent, new)
        return doc
