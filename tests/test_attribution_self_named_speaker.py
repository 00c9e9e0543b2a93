"""'In the video, which circulated on WhatsApp, a man who identified himself as a commander of
X said his men were holding them': the parse strands the speaker as an appositive of the fronted
phrase, so "said" has no subject; the stranded appositive is read as the subject, and "a man who
called himself a spokesman for X" speaks for X as "identified himself as" does (sentences written
for DR Congo, Colombia and Nigeria, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


@pytest.mark.parametrize(("text", "name"), [
    # DR Congo: the parse strands the man on "Twitter"
    ("Gunmen abducted nine aid workers near Beni on Monday. In the video, which circulated on "
     "WhatsApp and Twitter, a man who identified himself as a commander of the Allied Democratic "
     "Forces said his men were holding the aid workers.", "Allied Democratic Forces"),
    # Colombia: "called himself" with no "as"
    ("Gunmen kidnapped four engineers near Arauca on Friday. In a recording, which was sent to a "
     "radio station in Cucuta, a man who called himself a spokesman for the National Liberation "
     "Army said his men had carried out the kidnapping.", "National Liberation Army"),
])
def test_self_named_speaker_claims_for_the_group(text: str, name: str) -> None:
    perps = perpetrators_of(text)
    assert perps.get(next((n for n in perps if name in n), ""), None) == "claimed", perps
