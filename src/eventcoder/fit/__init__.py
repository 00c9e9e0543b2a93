"""Fitting from the training data: the publisher prior and the scorers' weights.

Each module reads gold JSON lines (``../shared/train/``), never the dev files, and writes a table
to ``eventcoder/data/`` that the pipeline reads; ``eventcoder fit`` runs them.
"""
