"""Sources stage: who said what (reported speech, quotes) in the article.

Fills ``Document.sources`` with speakers, their kinds and quotes.
"""
