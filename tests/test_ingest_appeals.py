"""Reader-revenue appeals after a story are recognised by their kind, not their wording.

The texts are written for these tests in the styles of several outlets' donation and membership
boxes; none of their sentences is in the data files.
"""

from __future__ import annotations

import pytest

from eventcoder.ingest.clean import clean_paragraphs, is_reader_appeal

STORY = [
    "Gunmen killed four farmers in the village of Kwaga on Sunday, police in Borno said.",
    "Residents said the attackers arrived on motorcycles and set fire to granaries.",
]

APPEALS = [
    # a Lagos daily's box
    ["Back independent reporting",
     "Our newsroom relies on readers like you. Every contribution helps us keep our reporters "
     "in the field in Borno and beyond. Please consider paying what you can today."],
    # a Johannesburg weekly's membership panel
    ["Become a Maverick Insider",
     "We could not do this without you: membership pays for the journalists who hold power to "
     "account. Members get early access and no adverts."],
    # a Delhi site's subscription nudge, one heading
    ["Subscribe for unlimited access"],
    # a Srinagar daily's appeal, in other words than any data file holds
    ["Stand with quality journalism",
     "Independent journalism costs money. Our editors work day and night for you, yet few readers "
     "pay while ad revenue shrinks. Support us from as little as a dollar."],
]


@pytest.mark.parametrize("appeal", APPEALS, ids=["lagos", "johannesburg", "delhi", "srinagar"])
def test_trailing_appeals_are_dropped_and_the_story_kept(appeal: list[str]) -> None:
    cleaned = clean_paragraphs(STORY + appeal)
    assert cleaned.text == "\n\n".join(STORY)


def test_a_story_that_ends_on_donations_keeps_its_ending() -> None:
    """A closing quote, or a report about money for journalists, is the story itself."""
    endings = [
        "“We need donations to support the families,” said the head of the journalists’ union.",
        "The journalists' union said it had raised funds for the families of the victims.",
    ]
    for ending in endings:
        cleaned = clean_paragraphs([*STORY, ending])
        assert cleaned.text.endswith(ending)


@pytest.mark.parametrize(
    ("paragraph", "appeal"),
    [
        ("support our newsroom", True),
        ("be part of independent journalism", False),  # only as the heading over an appeal
        ("donate", True),
        ("support grows for the strike.", False),  # a sentence, not a heading
        ("police said they would pay compensation to the families.", False),
        ("we will support you, the governor told residents of the camp.", False),  # no outlet topic
    ],
)
def test_what_counts_as_an_appeal(paragraph: str, appeal: bool) -> None:
    assert is_reader_appeal(paragraph) is appeal
