"""Plain text: headline line, trailing boilerplate, sign-off byline, paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.document import Article
from eventcoder.ingest import article_from_input
from eventcoder.ingest.clean import clean_plain_text, looks_like_title, signoff, split_paragraphs


@pytest.fixture(scope="module")
def seed(seed_txt: str) -> Article:
    """The seed text file read as an article."""
    return article_from_input(seed_txt)


def test_seed_text_title_is_taken_off_the_body(seed: Article) -> None:
    """Seed text title is taken off the body."""
    assert seed.title == "Karachi bus attack points to growing IS influences"
    assert seed.text.startswith("KARACHI: Investigators probing")
    assert "growing IS influences" not in seed.text


def test_seed_text_trailing_boilerplate_removed(seed: Article, shared_dir: Path) -> None:
    """Seed text trailing boilerplate removed."""
    gold = json.loads((shared_dir / "fixtures/seed/gold.json").read_text("utf-8"))["article"]
    for phrase in gold["must_not_contain"]:
        assert phrase not in seed.text, phrase
    for phrase in gold["body_must_contain"]:
        assert phrase in seed.text
    assert "Observer News Service" not in seed.text
    assert seed.text.endswith("Institute of Business Administration.")


def test_seed_text_signoff_is_the_byline_and_date_unknown(seed: Article) -> None:
    """Seed text signoff is the byline and date unknown."""
    assert seed.byline == "Observer News Service"
    assert seed.published is None
    assert seed.publisher is None
    assert seed.status == "ok"


def test_paragraphs_are_separated_by_blank_lines(seed: Article) -> None:
    """Paragraphs are separated by blank lines."""
    assert "\n\n\n" not in seed.text
    assert seed.text.count("\n\n") == 25


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Karachi bus attack points to growing IS influences", True),
        ("Gunmen kill 12 in Zamfara village raid", True),
        ("Gunmen killed 12 people in a village in Zamfara on Sunday.", False),
        ("KARACHI: Investigators probing the first attack", False),
        ("and then the police arrived", False),
        ("A" * 250, False),
    ],
)
def test_headline_detection(line: str, expected: bool) -> None:
    """A short capitalised line reads as a headline; a sentence does not."""
    assert looks_like_title(line) is expected


def test_first_line_without_blank_line_is_body_not_title() -> None:
    """First line without blank line is body not title."""
    cleaned = clean_plain_text("Gunmen attack police post\nThree officers died in the raid.")
    assert cleaned.title is None
    assert cleaned.text.startswith("Gunmen attack police post")


def test_single_sentence_is_kept_as_is() -> None:
    """Single sentence is kept as is."""
    text = "Gunmen killed 3 people in Kano on Monday."
    article = article_from_input(text)
    assert article.text == text
    assert article.title is None


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    """Hard wrapped paragraphs are unwrapped."""
    raw = (
        "Police said the gunmen arrived on motorcycles late on Sunday and\n"
        "opened fire on worshippers leaving the mosque in the town centre,\n"
        "killing at least nine people.\n"
        "\n"
        "A curfew was declared."
    )
    assert split_paragraphs(raw) == [
        "Police said the gunmen arrived on motorcycles late on Sunday and opened fire on "
        "worshippers leaving the mosque in the town centre, killing at least nine people.",
        "A curfew was declared.",
    ]


def test_one_paragraph_per_line_is_kept_apart() -> None:
    """One paragraph per line is kept apart."""
    raw = "Three soldiers were killed.\nTwo more were wounded.\nThe army confirmed it."
    assert split_paragraphs(raw) == [
        "Three soldiers were killed.",
        "Two more were wounded.",
        "The army confirmed it.",
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Observer News Service", "Observer News Service"),
        ("— AFP", "AFP"),
        (
            "(Reporting by Ali Khan; Editing by Jane Doe)",
            "Reporting by Ali Khan; Editing by Jane Doe",
        ),
        ("The army denied the report.", None),
        ("Police Chief Ahmed Khan", None),
    ],
)
def test_signoff_lines(line: str, name: str | None) -> None:
    """A closing agency or reporter line gives the byline name."""
    assert signoff(line) == name


def test_story_ending_with_agency_signoff_and_comment_form() -> None:
    """Story ending with agency signoff and comment form."""
    raw = (
        "Suspected militants ambushed a convoy near Kismayo on Tuesday, killing four soldiers.\n\n"
        "The army said an operation was under way.\n\n"
        "Reuters\n\n"
        "Leave a Comment\n\n"
        "You must be logged in to post a comment."
    )
    cleaned = clean_plain_text(raw)
    assert cleaned.text.endswith("The army said an operation was under way.")
    assert cleaned.byline == "Reuters"


def test_advertisement_line_inside_the_story_is_dropped() -> None:
    """Advertisement line inside the story is dropped."""
    raw = "First paragraph of the story.\n\nADVERTISEMENT\n\nSecond paragraph of the story."
    assert (
        clean_plain_text(raw).text
        == "First paragraph of the story.\n\nSecond paragraph of the story."
    )


def test_windows_line_ends_are_normalised() -> None:
    """Windows line ends are normalised."""
    article = article_from_input("Clashes in Goma\r\n\r\nClashes broke out in Goma.\r\nTwo died.")
    assert article.title == "Clashes in Goma"
    assert "\r" not in article.text


def test_related_links_after_the_story_are_cut() -> None:
    """Related links after the story are cut."""
    story = [
        "Gunmen stormed a police station in Zamfara on Sunday, killing four officers, a spokesman "
        "said, adding that the attackers escaped with weapons from the armoury.",
        "The state governor condemned the attack and ordered a manhunt for the gunmen.",
    ]
    raw = "\n\n".join(
        [*story, "Related", "Gunmen kill dozens in Katsina", "Army repels attack on base"]
    )
    assert clean_plain_text(raw).text == "\n\n".join(story)


def test_a_furniture_word_early_in_the_story_is_not_a_cut() -> None:
    """A furniture word early in the story is not a cut."""
    raw = (
        "Comments\n\n"
        + "Police said the crowd set fire to two cars before troops dispersed it. " * 3
    )
    assert clean_plain_text(raw).text.startswith("Police said")


def test_byline_and_date_lines_before_the_story_become_metadata() -> None:
    """Byline and date lines before the story become metadata."""
    article = article_from_input(
        "Clashes in Goma\n\nBy Jean Mbeki\n\nPublished: Tuesday, 12 March 2019 10:05 IST\n\n"
        "Clashes broke out between rebels and the army near Goma on Tuesday, residents said."
    )
    assert article.title == "Clashes in Goma"
    assert article.byline == "Jean Mbeki"
    assert article.published == "2019-03-12"
    assert article.text.startswith("Clashes broke out between rebels")


def test_a_story_opening_with_by_is_not_a_byline() -> None:
    """A story opening with by is not a byline."""
    text = "By nightfall the fighters had withdrawn from the town, residents said."
    assert article_from_input(text).text == text


def test_a_lone_short_line_is_never_taken_for_a_signoff() -> None:
    """A lone short line is never taken for a signoff."""
    text = "Security agencies raid militant hideout in Kupwara"
    assert article_from_input(text).text == text
