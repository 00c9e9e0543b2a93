"""The `token`, `merge` and `bench-merge` commands, run through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from merge_cases import documents

from eventcoder.api.auth import token_user
from eventcoder.cli import main
from eventcoder.store import Store


def test_cli_token_create_list_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`eventcoder token` creates a working token, lists it and revokes it."""
    db = str(tmp_path / "tokens.db")
    assert main(["token", "create", "alice", "--db", db]) == 0
    token = capsys.readouterr().out.strip()
    store = Store(db)
    assert token_user(store, token) == "alice"
    assert main(["token", "list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "alice" in listed and token not in listed  # the token itself is never shown again
    assert main(["token", "revoke", "alice", "--db", db]) == 0
    assert token_user(store, token) is None
    assert main(["token", "revoke", "alice", "--db", db]) == 1  # nothing left to revoke
    store.close()


def test_cli_merge_reports_and_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CLI merge reports and is idempotent."""
    db = str(tmp_path / "merge.db")
    store = Store(db)
    for doc in documents():
        store.save_document(doc)
    store.close()
    assert main(["merge", "--db", db]) == 0
    assert "4 incidents (4 new" in capsys.readouterr().out
    assert main(["merge", "--db", db, "--full"]) == 0
    assert "(0 new, 0 updated, 0 removed, 4 unchanged)" in capsys.readouterr().out


def test_cli_bench_merge_prints_each_size(capsys: pytest.CaptureFixture[str]) -> None:
    """CLI bench merge prints each size."""
    assert main(["bench-merge", "-n", "2000"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["1000", "2000", "4000"]
    assert all(float(line.split()[-2]) > 0.9 for line in lines[1:])  # pairwise precision
