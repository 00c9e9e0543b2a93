"""The nlp stage: one spaCy model per process."""
