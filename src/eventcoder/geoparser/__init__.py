"""Geoparser: finds place names in a spaCy Doc and resolves them to gazetteer places.

Stand-alone: a parsed text in, resolved toponyms out; it knows nothing of events or Documents.
"""
