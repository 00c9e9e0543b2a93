"""The trained event typer: ACLED event and sub-event type learnt from labelled events.

``features`` (what it reads) → ``model`` (parameters, prediction, explanation) → ``stage`` (the
pipeline stage 'typing'); ``train``/``run``/``report`` fit a model and write its card;
``store_data`` turns analysts' corrections into training examples.
"""
