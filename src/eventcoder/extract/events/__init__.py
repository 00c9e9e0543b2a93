"""Events stage: finds incidents (trigger words and their arguments) and types them.

Fills ``Document.events`` with typed events and their evidence.
"""
