"""Event location stage: picks each event's place among the geoparser's resolved toponyms.

Fills ``Event.location`` and the document's toponyms.
"""
