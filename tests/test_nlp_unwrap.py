"""Hard-wrapped wire copy is read as running text; ordinary paragraphs are left alone."""

from __future__ import annotations

from eventcoder.nlp.unwrap import hard_wrapped, unwrap

WIRE = ("QUITO, 4 FEB 91 -- [TEXT] TWO FARMERS DIED AND FIVE\n"
        "WOUNDED WERE COUNTED AFTER RAIDERS STRUCK TONIGHT AT A\n"
        "COMMUNITY IN NAPO PROVINCE, THE GOVERNOR OF TENA REPORTED.  THE\n"
        "RAIDERS ESCAPED DOWNRIVER.\n\n"
        "   ARMY PATROLS WERE FLOWN INTO THE VALLEY FROM TENA AND\n"
        "COCA ON SATURDAY.\n")
PARAGRAPHS = ("Gunmen killed 12 people in Kano on Monday.\n"
              "Police said the attackers fled on motorbikes.\n"
              "No group has claimed the attack.\n"
              "Residents said the gunmen arrived at dawn.\n")


def test_wrapped_lines_become_spaces_with_offsets_kept() -> None:
    out = unwrap(WIRE)
    assert len(out) == len(WIRE)
    assert "FIVE WOUNDED" in out and "A COMMUNITY" in out
    assert "\n\n   ARMY" in out  # the paragraph break stays


def test_paragraph_per_line_text_is_not_wrapped() -> None:
    assert not hard_wrapped(PARAGRAPHS)
    assert unwrap(PARAGRAPHS) == PARAGRAPHS


def test_short_texts_are_left_alone() -> None:
    assert unwrap("Gunmen killed two\npeople in Kano.") == "Gunmen killed two\npeople in Kano."
