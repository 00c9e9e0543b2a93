"""Blocks of the Spark merge computed on the driver: the rules of eventcoder.spark.blocks."""

from __future__ import annotations

from eventcoder.spark.blocking import block_index, deal_blocks, partition_summary
from eventcoder.spark.blocks import document_frequencies

WINDOW = 7  # days: starts further apart than this never pair


def _blocks(events: list[tuple], window: int = WINDOW) -> dict[str, str]:
    index = block_index(events, window)
    return {uid: index.block(country, start, place) for uid, country, start, place, _p in events}


def test_a_gap_longer_than_the_window_cuts_a_country_into_segments() -> None:
    events = [
        ("ng-1", "Nigeria", 100, "Maiduguri", None),
        ("ng-2", "Nigeria", 106, "Kano", None),  # 6 days after: same segment
        ("ng-3", "Nigeria", 113, "Kano", None),  # 7 days after ng-2: still the same
        ("ng-4", "Nigeria", 121, "Jos", None),  # 8 days after ng-3: a new segment
        ("so-1", "Somalia", 104, "Mogadishu", None),  # another country, same days
        ("xx-1", None, 101, None, None),  # no country: a segment of its own
    ]
    blocks = _blocks(events)
    assert blocks["ng-1"] == blocks["ng-2"] == blocks["ng-3"]
    assert blocks["ng-4"] != blocks["ng-1"]
    assert len({blocks["ng-1"], blocks["so-1"], blocks["xx-1"]}) == 3


def test_an_undated_event_joins_every_segment_with_an_event_at_its_place() -> None:
    events = [
        ("ml-1", "Mali", 10, "Gao", None),
        ("ml-2", "Mali", 200, "Gao", None),  # months later, far from ml-1's segment
        ("ml-3", "Mali", 400, "Mopti", None),
        ("ml-4", "Mali", None, "Gao", None),  # undated, in Gao
        ("ml-5", "Mali", None, None, None),  # undated and placeless: links nothing
    ]
    blocks = _blocks(events)
    assert blocks["ml-1"] == blocks["ml-2"] == blocks["ml-4"]
    assert blocks["ml-3"] != blocks["ml-1"]
    assert blocks["ml-5"] not in {blocks["ml-1"], blocks["ml-3"]}


def test_a_follow_up_sits_in_the_block_of_the_event_it_follows() -> None:
    events = [
        ("ke-1", "Kenya", 50, "Garissa", None),
        ("ke-2", "Kenya", 90, "Nairobi", "ke-1"),  # an arrest weeks later, following ke-1
        ("ke-3", "Kenya", 130, "Lamu", None),
        ("ph-1", "Philippines", 90, "Marawi", "gone"),  # its parent is not in the corpus
    ]
    blocks = _blocks(events)
    assert blocks["ke-1"] == blocks["ke-2"] != blocks["ke-3"]
    assert blocks["ph-1"] not in {blocks["ke-1"], blocks["ke-3"]}


def test_the_index_names_events_it_never_saw() -> None:
    index = block_index([("af-1", "Afghanistan", 30, "Kandahar", None)], WINDOW)
    # Workers key the events themselves: a day inside the known run lands in its segment.
    assert index.block("Afghanistan", 33, "Kandahar") == index.block("Afghanistan", 30, None)


def test_a_partition_counts_the_words_of_main_events_only() -> None:
    rows = [
        ("a", "Iraq", 5, "Mosul", None, True, "a car bomb exploded in Mosul"),
        ("b", "Iraq", 6, "Mosul", "a", False, "police arrested two suspects"),
        ("c", "Iraq", None, None, None, True, None),
    ]
    [(frequencies, n_docs, light)] = list(partition_summary(rows))
    assert n_docs == 2
    assert frequencies == document_frequencies(["a car bomb exploded in Mosul", ""])
    assert [e[0] for e in light] == ["a", "b", "c"] and light[1][4] == "a"


def test_blocks_are_dealt_to_partitions_by_size_largest_first() -> None:
    sizes = {"D\x1fSomalia\x1f0": 900, "D\x1fNigeria\x1f0": 500, "D\x1fMali\x1f0": 400,
             "D\x1fKenya\x1f0": 300, "U\x1fGao": 20}
    dealt = deal_blocks(sizes, 2)
    load = [sum(n for block, n in sizes.items() if dealt[block] == k) for k in (0, 1)]
    assert sorted(load) == [920, 1200]  # the best split; hashing could pair Somalia and Nigeria
    assert dealt["D\x1fSomalia\x1f0"] != dealt["D\x1fNigeria\x1f0"]
    assert set(deal_blocks(sizes, 1).values()) == {0}
