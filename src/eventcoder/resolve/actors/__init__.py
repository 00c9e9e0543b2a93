"""Actors stage: finds actor mentions (knowledge base, people, communal groups) in the text.

Fills ``Document.actors`` with canonical names, kinds and countries.
"""
