"""A line that ends on a phrase-opening word goes on in the next line, even in copy that is not
wrapped throughout; full stops, paragraph breaks and indented lines still end a line."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.nlp.unwrap import unwrap
from eventcoder.pipeline import default_pipeline


@pytest.mark.parametrize("text, joined", [
    ("She is the second mayor killed this week by commando groups of\nthe Maoist Shining Path.",
     "groups of the Maoist"),
    ("TWO POLICEMEN WERE SHOT IN DERA BUGTI.\nTHE AMBUSH WAS CLAIMED BY\nTHE BALOCH FRONT.",
     "CLAIMED BY THE BALOCH"),
    ("Rebels burned a school in Ituri.\nPupils fled to the\nforest near Bunia.", "to the forest"),
])
def test_break_after_opening_word_is_a_space(text: str, joined: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    assert joined in out


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 people in Kano.\nPolice said the attackers fled.",
    "Troops arrived in the town of\n\nGao on Monday.",  # a paragraph break stays
    "A bomb exploded in Quetta.\n   The police arrived.",
])
def test_other_breaks_stay(text: str) -> None:
    assert unwrap(text) == text


def test_doer_on_the_next_line_is_read_as_doer() -> None:
    text = ("HUANCAYO, 30 JUN 89 -- ALLEGED TERRORISTS TODAY KILLED THE MAYOR OF MULQUI.  SHE "
            "WAS SHOT FIVE TIMES.\n\n   THE KILLERS SHOUTED SLOGANS.\n\n   SHE DID NOT BELONG "
            "TO ANY PARTY.\nSHE IS THE SECOND MAYOR KILLED THIS WEEK BY COMMANDO GROUPS OF\n"
            "THE MAOIST SHINING PATH.")
    document = default_pipeline()(Article(id="t", text=text))
    sentences = [s.text for s in document.spacy_doc.sents]
    assert not any(s.strip().lower().startswith("the maoist") for s in sentences), sentences
