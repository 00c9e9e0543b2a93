"""A count of a group's people is those people: "dozens of PKK militants raided", "two of the
gunmen shot": the doer's name hangs on the count through "of"."""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import noun_lemma

# How many of a group took part: "dozens of X fighters", "some 200 of its members".
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score",
                  "scores", "several", "many", "some", "few", "handful", "number"}


def counted_share(owner: Any) -> bool:
    """The word an "of" phrase hangs from counts its people ("dozens", "two", "a handful")."""
    return (owner.pos_ in {"NOUN", "NUM", "PRON", "DET", "ADJ"}
            and (noun_lemma(owner) in QUANTITY_NOUNS or owner.lower_ in QUANTITY_NOUNS
                 or owner.tag_ == "CD"))
