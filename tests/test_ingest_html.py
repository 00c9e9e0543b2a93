"""HTML pages: boilerplate removal and metadata on the reference page and small hand-made pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.ingest import article_from_input
from eventcoder.ingest.clean import clean_paragraphs
from eventcoder.ingest.html import extract_html, fragment_paragraphs, looks_like_html


@pytest.fixture(scope="module")
def gold_article(shared_dir: Path) -> dict[str, Any]:
    """The seed article's gold expectations: phrases the body must and must not contain."""
    return json.loads((shared_dir / "fixtures/seed/gold.json").read_text("utf-8"))["article"]


@pytest.fixture(scope="module")
def seed_article(seed_html: str) -> Article:
    """The seed HTML page read as an article."""
    return article_from_input(seed_html)


def test_seed_page_boilerplate_is_gone(seed_article: Article, gold_article: dict[str, Any]) -> None:
    """Seed page boilerplate is gone."""
    for phrase in gold_article["must_not_contain"]:
        assert phrase not in seed_article.text, phrase


def test_seed_page_keeps_every_article_paragraph(
    seed_article: Article, gold_article: dict[str, Any], seed_html: str
) -> None:
    """Seed page keeps every article paragraph."""
    for phrase in gold_article["body_must_contain"]:
        assert phrase in seed_article.text
    paragraphs = seed_article.text.split("\n\n")
    # Every <p> of the page's entry-content is one paragraph of the text, in order.
    content = seed_html.split('class="entry-content"')[1].split("</div>")[0]
    assert len(paragraphs) == content.count("<p>")
    assert paragraphs[0].startswith("KARACHI: Investigators probing")
    assert paragraphs[-1].endswith("Institute of Business Administration.")


def test_seed_page_metadata(seed_article: Article) -> None:
    """The seed page gives title, publisher, byline, date, URL and language."""
    assert seed_article.status == "ok"
    assert seed_article.title == "Karachi bus attack points to growing IS influences"
    assert seed_article.publisher == "Kashmir Observer"
    assert seed_article.byline == "Observer News Service"
    assert seed_article.published == "2015-06-03"
    assert seed_article.url.startswith("https://kashmirobserver.example/2015/06/03/")
    assert seed_article.language == "en"
    assert seed_article.title not in seed_article.text


def test_seed_page_and_text_file_give_the_same_body(seed_article: Article, seed_txt: str) -> None:
    """Seed page and text file give the same body."""
    assert article_from_input(seed_txt).text == seed_article.text


def test_fallback_paragraphs_also_drop_page_furniture(
    seed_html: str, gold_article: dict[str, Any]
) -> None:
    """Fallback paragraphs also drop page furniture."""
    # When trafilatura finds no article container, the plain fallback must still be clean.
    cleaned = clean_paragraphs(fragment_paragraphs(seed_html))
    for phrase in gold_article["must_not_contain"]:
        assert phrase not in cleaned.text, phrase
    for phrase in gold_article["body_must_contain"]:
        assert phrase in cleaned.text


PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Blast hits market | Daily Sun</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Daily Sun"},
  {"@type": "NewsArticle", "headline": "Blast hits market in Maiduguri",
   "datePublished": "2021-03-04T23:40:00-05:00", "author": [{"@type": "Person", "name": "Ada Obi"}],
   "publisher": {"@type": "Organization", "name": "Daily Sun"}}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Blast hits market in Maiduguri</h1>
<p>A bomb exploded at a crowded market in Maiduguri on Thursday evening, killing at least
seven people and wounding twenty others, police said.</p>
<p>No group has claimed the attack, but officials blamed Boko Haram, which has carried out
similar bombings in the city in recent years.</p>
<p>Share this:</p>
</article><footer>Copyright 2021 Daily Sun. All rights reserved.</footer></body></html>"""


def test_json_ld_graph_gives_metadata_and_local_date() -> None:
    """A JSON-LD @graph gives the metadata and the local publication date."""
    article = article_from_input(PAGE)
    assert article.title == "Blast hits market in Maiduguri"
    assert article.byline == "Ada Obi"
    assert article.publisher == "Daily Sun"
    # 23:40 on the 4th in New York is the 5th in UTC; the local calendar date is kept.
    assert article.published == "2021-03-04"
    assert article.text.startswith("A bomb exploded at a crowded market")
    assert "Share this" not in article.text
    assert "All rights reserved" not in article.text
    assert "Home" not in article.text
    assert "\n\n" in article.text


def test_given_published_and_url_override_the_page() -> None:
    """Given published and URL override the page."""
    article = article_from_input(PAGE, url="https://example.org/x", published="2021-03-05")
    assert article.published == "2021-03-05"
    assert article.url == "https://example.org/x"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!doctype html><html><body><p>x</p></body></html>", True),
        ("<p>First paragraph.</p><p>Second paragraph.</p>", True),
        ("Police said 3 < 4 and the toll > 2 on Monday.", False),
        ("Gunmen killed 3 people in Kano on Monday.", False),
    ],
)
def test_html_is_told_apart_from_text(text: str, expected: bool) -> None:
    """HTML is told apart from text."""
    assert looks_like_html(text) is expected


def test_page_without_article_text_is_skipped_not_crashed() -> None:
    """Page without article text is skipped not crashed."""
    article = article_from_input("<html><head><title>Nothing</title></head><body></body></html>")
    assert article.status == "skipped"
    assert "no article text" in article.reason


def test_extract_html_survives_broken_markup() -> None:
    """Extract HTML survives broken markup."""
    parts = extract_html("<html><body><p>Unclosed <b>bold <div>and <p>nested</body>")
    assert isinstance(parts.text, str)


def test_headline_date_and_by_lines_inside_the_container_are_metadata() -> None:
    """Headline date and by lines inside the container are metadata."""
    page = (
        "<html><head><title>Clashes in Goma | Kivu Times</title></head><body><article>"
        "<h1>Clashes in Goma</h1><p>Published on 12 March 2019</p><p>By Jean-Paul Mbeki</p>"
        "<p>Clashes broke out between M23 rebels and the army near Goma on Tuesday, residents "
        "said, and thousands fled toward the city.</p><p>The army said it had repelled the "
        "attack.</p></article></body></html>"
    )
    article = article_from_input(page)
    assert article.title == "Clashes in Goma"
    assert article.published == "2019-03-12"
    assert article.byline == "Jean-Paul Mbeki"
    assert article.text.startswith("Clashes broke out between M23 rebels")


def test_html_fragment_keeps_its_paragraphs() -> None:
    """HTML fragment keeps its paragraphs."""
    article = article_from_input(
        '<div><b>Kano:</b> Gunmen killed 3 people in <a href="/kano">Kano</a> on Monday.'
        "<br>Police said the attackers fled.</div>"
    )
    assert article.text == (
        "Kano: Gunmen killed 3 people in Kano on Monday.\n\nPolice said the attackers fled."
    )
