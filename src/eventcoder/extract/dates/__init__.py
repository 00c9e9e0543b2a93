"""Dates stage: when each event happened, resolved against the publication date.

Fills ``Event.date`` with a start, end, precision and evidence.
"""
