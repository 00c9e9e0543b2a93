"""Later uses of a group's acronym (resolve/actors/hits.acronym_uses)."""

from __future__ import annotations

from eventcoder.resolve.actors.hits import Hit, acronym_uses


def _owner(text: str, name: str) -> Hit:
    start = text.index(name)
    return Hit(start, start + len(name), name, "new:x", name, "rebel", name, "CD")


def test_uses_outside_other_groups_acronyms() -> None:
    text = ("The Allied Democratic Forces (ADF) raided Oicha. ADF-led fighters returned on Friday; "
            "the SPLA-IO and the SPLA met in Juba, and the ADFL was long gone.")
    owner = _owner(text, "Allied Democratic Forces")
    uses = [text[h.start:h.end] for h in acronym_uses(text, "ADF", owner, [])]
    assert uses == ["ADF", "ADF"]  # "(ADF)" and "ADF-led", not "ADFL"
    spla = _owner(text, "SPLA")
    assert [h.start for h in acronym_uses(text, "SPLA", spla, [])] == [text.index("SPLA met")]


def test_taken_spans_are_left_alone() -> None:
    text = "The National Liberation Army (ELN) struck in Arauca; the ELN denied it."
    owner = _owner(text, "National Liberation Army")
    first = text.index("ELN")
    uses = acronym_uses(text, "ELN", owner, [(first, first + 3)])
    assert [h.start for h in uses] == [text.rindex("ELN")]
