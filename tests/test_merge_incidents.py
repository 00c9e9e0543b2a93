"""Merging hand-coded reports of the fixture incidents (no extractor, no database)."""

from __future__ import annotations

import random

from merge_cases import documents, expected, merge_events_of

from eventcoder.merge import canonical_record, merge_events


def _groups_by_article() -> tuple[list, dict[str, str]]:
    groups, _stats = merge_events(merge_events_of(documents()))
    owner = {}
    for k, g in enumerate(groups):
        for e in g.main:
            owner.setdefault(e.article_id, k)
    return groups, owner


def test_merge_groups_fixture_reports_into_exactly_the_right_incidents() -> None:
    """Merge groups fixture reports into exactly the right incidents."""
    groups, owner = _groups_by_article()
    got = sorted(sorted(a for a, k in owner.items() if k == g) for g in set(owner.values()))
    want = sorted(sorted(ids) for ids in expected().values())
    assert got == want
    assert len([g for g in groups if g.main]) == 4


def test_merge_keeps_same_day_same_city_bombings_apart() -> None:
    """Merge keeps same day same city bombings apart."""
    _groups, owner = _groups_by_article()
    assert owner["mdg-ied-0618"] != owner["mdg-reuters-0618"]
    assert owner["knd-sahara-0619"] != owner["mdg-reuters-0618"]


def test_merge_canonical_shows_toll_range_and_every_attribution_with_its_source() -> None:
    """Merge canonical shows toll range and every attribution with its source."""
    groups, owner = _groups_by_article()
    group = groups[owner["mdg-reuters-0618"]]
    record = canonical_record(group.main, group.followups)
    fat = record["fatalities"]
    assert (fat["low"], fat["high"]) == (12, 19)
    assert fat["best"] == 19  # the revised toll ("has risen to 19") outweighs the first 12
    assert sorted(r["best"] for r in fat["reports"]) == [12, 15, 17, 19, 19, 19]
    claims = {(a["actor"], a["attribution"], a["article_id"]) for a in record["attributions"]}
    assert ("Boko Haram", "suspected", "mdg-reuters-0618") in claims
    assert ("Islamic State West Africa Province", "suspected", "mdg-afp-0618") in claims
    assert ("Islamic State West Africa Province", "claimed", "mdg-premium-0619") in claims
    assert ("Boko Haram", "accused", "mdg-dailytrust-0619") in claims
    assert ("Islamic State West Africa Province", "claimed", "mdg-bbc-0620") in claims
    by = {a["attributed_by"] for a in record["attributions"]}
    assert {"police", "Security sources", "Governor Babagana Zulum"} <= by
    assert record["date"]["start"] == "2019-06-18" and record["date"]["precision"] == "day"
    assert "fatalities" in record["conflicts"]


def test_merge_links_followup_arrests_to_their_incident_instead_of_new_ones() -> None:
    """Merge links followup arrests to their incident instead of new ones."""
    groups, owner = _groups_by_article()
    group = groups[owner["mdg-reuters-0618"]]
    assert sorted(f.uid for f in group.followups) == ["mdg-guardian-0621:e2", "mdg-vanguard-0624:e1"]
    record = canonical_record(group.main, group.followups)
    assert [f["sub_event_type"] for f in record["followups"]] == ["Arrests", "Arrests"]
    assert record["arrested"]["low"] == 3 and record["arrested"]["high"] == 4
    assert record["n_reports"] == 7
    assert all(e.uid != "mdg-guardian-0621:e2" for g in groups for e in g.main)


def test_merge_is_deterministic_whatever_the_input_order() -> None:
    """Merge is deterministic whatever the input order."""
    events = merge_events_of(documents())
    first = [g.uids for g in merge_events(events)[0]]
    for seed in range(3):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert [g.uids for g in merge_events(shuffled)[0]] == first


def test_merge_never_joins_two_events_of_one_article() -> None:
    """Merge never joins two events of one article."""
    groups, _ = _groups_by_article()
    assert any(len(g.main) > 1 for g in groups)  # some reports did merge, so the check bites
    for g in groups:
        arts = [e.article_id for e in g.main]
        assert len(arts) == len(set(arts))


def test_merge_locked_groups_stay_apart() -> None:
    """Merge locked groups stay apart."""
    events = merge_events_of(documents())
    a = ["mdg-reuters-0618:e1", "mdg-afp-0618:e1"]
    b = ["mdg-premium-0619:e1"]
    groups, _ = merge_events(events, locked=[a, b])
    owner = {u: k for k, g in enumerate(groups) for u in g.uids}
    assert owner[a[0]] == owner[a[1]] != owner[b[0]]
