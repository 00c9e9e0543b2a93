"""Hard-wrapped wire copy is read as running text; ordinary paragraphs are left alone."""

from __future__ import annotations

from eventcoder.nlp.unwrap import hard_wrapped, unwrap

WIRE = ("LIMA, 11 JAN 90 -- [TEXT] THREE PEOPLE HAVE BEEN KILLED AND FIVE\n"
        "WOUNDED AS A RESULT OF A SHINING PATH ATTACK TODAY AGAINST A\n"
        "COMMUNITY IN JUNIN DEPARTMENT, OFFICIALS IN HUANCAYO SAID.  THE\n"
        "ATTACKERS FLED TOWARD THE JUNGLE.\n\n"
        "   POLICE REINFORCEMENTS WERE SENT TO THE AREA FROM HUANCAYO AND\n"
        "TARMA ON THURSDAY.\n")
PARAGRAPHS = ("Gunmen killed 12 people in Kano on Monday.\n"
              "Police said the attackers fled on motorbikes.\n"
              "No group has claimed the attack.\n"
              "Residents said the gunmen arrived at dawn.\n")


def test_wrapped_lines_become_spaces_with_offsets_kept() -> None:
    out = unwrap(WIRE)
    assert len(out) == len(WIRE)
    assert "FIVE WOUNDED" in out and "A COMMUNITY" in out
    assert "\n\n   POLICE" in out  # the paragraph break stays


def test_paragraph_per_line_text_is_not_wrapped() -> None:
    assert not hard_wrapped(PARAGRAPHS)
    assert unwrap(PARAGRAPHS) == PARAGRAPHS


def test_short_texts_are_left_alone() -> None:
    assert unwrap("Gunmen killed two\npeople in Kano.") == "Gunmen killed two\npeople in Kano."
