"""RSS and Atom feed files: one article per entry, HTML content cleaned, local dates."""

from __future__ import annotations

from pathlib import Path

from eventcoder.ingest import read_paths

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Daily Monitor</title><link>https://monitor.example/</link><description>News</description>
<item>
  <title>Gunmen attack bus in Mandera</title>
  <link>https://monitor.example/2019/02/03/bus-attack?utm_source=rss</link>
  <guid>https://monitor.example/2019/02/03/bus-attack</guid>
  <pubDate>Sun, 03 Feb 2019 00:30:00 +0300</pubDate>
  <description><![CDATA[<p>Gunmen suspected to be al Shabaab militants attacked a bus near
  Mandera on Saturday night, killing three passengers, police said.</p>
  <p>The attackers fled towards the Somali border.</p>
  <p>Subscribe to our newsletter for daily updates.</p>]]></description>
</item>
<item>
  <title>Protest in Kisumu</title>
  <link>https://monitor.example/2019/02/02/kisumu</link>
  <pubDate>Sat, 02 Feb 2019 18:00:00 +0300</pubDate>
  <description>Hundreds of traders protested in Kisumu on Friday over new market fees.</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Sahel Wire</title><id>urn:sahelwire</id><updated>2020-06-10T08:00:00Z</updated>
  <entry>
    <title>Soldiers killed in Mali ambush</title>
    <id>urn:sahelwire:1234</id>
    <link href="https://sahel.example/mali-ambush"/>
    <published>2020-06-09T23:15:00-01:00</published>
    <updated>2020-06-10T08:00:00Z</updated>
    <author><name>Amadou Diallo</name></author>
    <content type="html">&lt;p&gt;Suspected jihadists ambushed an army patrol near Bourem,
      killing six soldiers, the army said on Tuesday.&lt;/p&gt;</content>
  </entry>
</feed>"""


def test_rss_entries_become_articles(tmp_path: Path) -> None:
    """RSS entries become articles."""
    path = tmp_path / "monitor.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = list(read_paths([path]))
    assert first.title == "Gunmen attack bus in Mandera"
    assert first.publisher == "Daily Monitor"
    # 00:30 on the 3rd in Nairobi: the local calendar date, not UTC's 2nd.
    assert first.published == "2019-02-03"
    assert first.text.startswith("Gunmen suspected to be al Shabaab militants")
    assert "\n\n" in first.text
    assert "Subscribe" not in first.text
    assert first.origin == f"{path}#1"
    assert first.id.startswith("u:")
    assert second.text == "Hundreds of traders protested in Kisumu on Friday over new market fees."
    assert second.published == "2019-02-02"


def test_atom_entry_becomes_an_article(tmp_path: Path) -> None:
    """Atom entry becomes an article."""
    path = tmp_path / "sahel.xml"
    path.write_text(ATOM, encoding="utf-8")
    [article] = list(read_paths([path]))
    assert article.id == "urn:sahelwire:1234"
    assert article.title == "Soldiers killed in Mali ambush"
    assert article.url == "https://sahel.example/mali-ambush"
    assert article.byline == "Amadou Diallo"
    assert article.publisher == "Sahel Wire"
    assert article.published == "2020-06-09"
    assert article.text.startswith("Suspected jihadists ambushed an army patrol near Bourem,")
    assert "<p>" not in article.text


def test_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    """XML that is not a feed is an error."""
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><catalog><book id="1"/></catalog>', encoding="utf-8")
    [article] = list(read_paths([path]))
    assert article.status == "error"
    assert article.reason.startswith(f"{path}: ")
    assert "feed" in article.reason


def test_feed_ids_are_stable_across_reads(tmp_path: Path) -> None:
    """Feed ids are stable across reads."""
    path = tmp_path / "monitor.rss"
    path.write_text(RSS, encoding="utf-8")
    assert [a.id for a in read_paths([path])] == [a.id for a in read_paths([path])]
