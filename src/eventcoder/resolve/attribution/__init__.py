"""Attribution stage: who claimed, was blamed for, or denied each event.

Fills the events' actors with roles and evidence, and generic actors' countries.
"""
