"""Relations stage: alliances, rivalries and other ties between actors stated in the text.

Fills ``Document.relations``.
"""
