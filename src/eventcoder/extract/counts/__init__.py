"""Counts stage: how many were killed, injured, kidnapped or arrested in each event.

Reads number phrases near each event and fills its counts with evidence.
"""
