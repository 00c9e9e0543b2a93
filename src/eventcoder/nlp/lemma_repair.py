"""Repair the verb lemmas the spaCy lemmatiser is known to get wrong.

The English lemmatiser strips '-ed', '-ing' and '-s' by rule and checks the result against its
word list; for a verb whose stem ends in a silent 'e' or doubles a consonant that the list lacks,
the rule leaves a stem that is another word ('staged' → 'stag') or none ('machinegunned' →
'machinegunne'). Every stage that asks a verb's lemma would need its own list of such misreadings,
so they are repaired here once, right after the lemmatiser, and only on tokens tagged as verbs
(the noun 'stag' and the noun 'wages' keep their lemmas).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# form → lemma; each entry is a misreading seen from en_core_web_md 3.x on a verb tag (VB*).
VERB_LEMMAS: dict[str, str] = {
    # 'stag' is in the word list as a noun, so '-ed'/'-ing'/'-s' stripping stops there
    "staged": "stage", "staging": "stage", "stages": "stage",
    # 'wag' likewise: 'waged war' would read as wagging
    "waged": "wage", "waging": "wage",
    # 'rap' and 'snip' are in the list: 'raped' and 'sniped' stop there ('soldiers raped two
    # women' read as rapping, so no stage saw the soldiers do the deed)
    "raped": "rape", "rapes": "rape", "raping": "rape",
    "sniped": "snipe", "snipes": "snipe", "sniping": "snipe",
    # tagged VBP as a past form, the lemmatiser keeps the whole word
    "maimed": "maim",
    # compounds the word list lacks: the doubled consonant is not undone
    "machinegunned": "machinegun", "machinegunning": "machinegun",
    "teargassed": "teargas", "teargassing": "teargas",
}


@Language.component("lemma_repair")
def lemma_repair(doc: Doc) -> Doc:
    """Give verbs the lemma the lemmatiser is known to miss ('staged' → 'stage', not 'stag')."""
    for token in doc:
        if token.tag_.startswith("VB"):
            lemma = VERB_LEMMAS.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
    return doc
