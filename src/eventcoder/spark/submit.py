"""Entry script for ``spark-submit``: the ``eventcoder`` command line (``run ...`` on a cluster)."""

from __future__ import annotations

import sys

from eventcoder.cli import main

if __name__ == "__main__":
    sys.exit(main())
