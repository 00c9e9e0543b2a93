"""Exceptions, one per failure mode. Messages name the likely cause and the fix.

EventcoderError
├── InputError          an input file or line cannot be read as an article
├── StoreError          the database cannot be opened or written
└── ConfigError         a setting or argument is wrong
"""

from __future__ import annotations


class EventcoderError(Exception):
    """Base class: the CLI prints these as one clean line."""


class InputError(EventcoderError):
    """An input cannot be read as an article (empty, binary, malformed, missing)."""


class StoreError(EventcoderError):
    """The database cannot be opened or written."""


class ConfigError(EventcoderError):
    """A setting or command-line argument is wrong."""
