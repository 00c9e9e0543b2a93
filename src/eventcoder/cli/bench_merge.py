"""`eventcoder bench-merge`: time merging on synthetic events at several sizes."""

from __future__ import annotations

import argparse
import time


def run(args: argparse.Namespace) -> int:
    """Merge n/2, n and 2n synthetic events; print time, pairs and grouping quality."""
    from eventcoder.merge.engine import merge_events
    from eventcoder.merge.synthetic import pairwise_quality, synthetic_events

    sizes = [args.n // 2, args.n, args.n * 2] if not args.single else [args.n]
    previous = None
    print(f"{'events':>8} {'pairs':>10} {'incidents':>9} {'seconds':>8} {'cpu s':>7} "
          f"{'x prev':>7} {'precision':>9} {'recall':>7}")
    for n in sizes:
        events, truth = synthetic_events(n, seed=args.seed)
        cpu = time.process_time()
        groups, stats = merge_events(events)
        cpu = time.process_time() - cpu
        quality = pairwise_quality([g.uids for g in groups], truth)
        # CPU time is the fairer ratio on a shared machine; wall time is what a user waits.
        ratio = f"{cpu / previous:.2f}" if previous else "-"
        previous = cpu
        print(f"{n:>8} {stats.pairs:>10} {stats.groups:>9} {stats.seconds:>8.2f} {cpu:>7.2f} "
              f"{ratio:>7} {quality['precision']:>9.3f} {quality['recall']:>7.3f}", flush=True)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `bench-merge` command."""
    p = subparsers.add_parser(
        "bench-merge",
        help="benchmark merging on synthetic events",
        description="Merge n/2, n and 2n synthetic events (several reports per incident, with "
        "differing tolls, suspects, wording and date precision) and print the time of each, "
        "its CPU time's ratio to the previous size and the pairwise precision/recall of the grouping. "
        "Example: eventcoder bench-merge -n 100000",
    )
    p.add_argument("-n", type=int, default=100_000, help="middle size (default 100000)")
    p.add_argument("--single", action="store_true", help="only run size n")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    p.set_defaults(func=run)
