"""Text helpers shared by every stage (accent folding, name patterns, word lists)."""
