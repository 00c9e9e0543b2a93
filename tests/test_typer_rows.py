"""The typer predicts from plain rows exactly as from the sparse matrix training builds."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from eventcoder.typer import stage as typer_stage
from eventcoder.typer.features import TypingInput

ITEMS = [
    TypingInput("Gunmen killed three villagers and burned houses in Dikwa, Borno, on Monday.",
                "Violence against civilians", "Attack", ["death"]),
    TypingInput("Hundreds of teachers marched in Nairobi to demand unpaid salaries.",
                "Protests", "Peaceful protest", ["protest"]),
    TypingInput("Troops clashed with ADF rebels near Beni; two soldiers died.", "Battles",
                "Armed clash", ["battle", "death"]),
    TypingInput("Police fired tear gas at stone-throwing youths in Dakar.", None, None, []),
    TypingInput("", None, None, []),
]


def test_row_probabilities_equal_the_sparse_product_bit_for_bit() -> None:
    model = typer_stage.current_model()
    assert model is not None
    x = model.vectorize(ITEMS)
    rows = model.rows(ITEMS)
    assert [len(cols) for cols, _ in rows] == np.diff(x.indptr).tolist()
    for head in model.heads.values():
        assert np.array_equal(head.probabilities(x), head.row_probabilities(rows))
    predicted = model.predict(ITEMS[:3])
    assert [p.event_type for p in predicted][:2] == ["Violence against civilians", "Protests"]
    assert all(p.words for p in predicted)


def test_typing_an_event_does_not_import_scipy() -> None:
    code = ("import sys\nfrom eventcoder.typer.stage import current_model\n"
            "from eventcoder.typer.features import TypingInput\n"
            "current_model().predict([TypingInput('Gunmen killed two people in Kano.')])\n"
            "print('scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
