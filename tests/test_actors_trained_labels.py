"""Groups the KB lacks get the training records' "ACRONYM: Full Name" label, in their country."""

from __future__ import annotations

from stage_docs import actor_labels as labels

from eventcoder.resolve.actors.trained_labels import trained_label


def test_acronym_gets_the_records_label_in_its_country() -> None:
    """An acronym the records code in the DR Congo is labelled there and nowhere else."""
    full = "UPLC: Union of Patriots for the Liberation of Congo"
    assert trained_label("UPLC", "CD") == full
    assert trained_label("Union of Patriots for the Liberation of Congo", "CD") == full
    assert trained_label("UPLC", "KE") is None


def test_two_letter_keys_are_not_read() -> None:
    """'UN' or 'OR' are too often other words or bodies to take a label."""
    assert trained_label("UN", None) is None and trained_label("OR", None) is None


def test_sentence_with_an_unknown_acronym_gets_the_label() -> None:
    """A sentence naming the group only by its acronym yields the records' full label."""
    found = labels("After the UPLC seized the village of Mighobwe, Lubero territory, DR Congo, "
                   "soldiers retook it on Sunday.")
    assert "UPLC: Union of Patriots for the Liberation of Congo" in found


def test_known_group_keeps_its_kb_label() -> None:
    """South Africa's ANC is the KB's African National Congress, not Kenya's Amani party."""
    found = labels("ANC supporters marched through Durban, South Africa, on Saturday.")
    assert not any(x and "Amani" in x for x in found)
