"""storyline's exceptions, in one tree.

    StorylineError
    ├── InputError            an input file or record cannot be ingested (names file and reason)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── TooLarge
    │   ├── DecodeFailure
    │   └── MalformedInput    broken HTML, WARC, feed, JSON, gzip …
    ├── ModelMissing          the spaCy model is not installed (says how to install it)
    ├── ComponentError        a pipeline component failed (names the component)
    ├── StoreError            the database cannot be opened or migrated
    └── EvaluationDataError   an evaluation set is missing or not in the expected format

Library code raises these; only the CLI prints them and chooses an exit code.
"""
from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""


class InputError(StorylineError):
    """An input cannot be ingested; ``source`` names it and ``reason`` says why."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class DecodeFailure(InputError):
    pass


class MalformedInput(InputError):
    pass


class ModelMissing(StorylineError):
    pass


class ComponentError(StorylineError):
    def __init__(self, component: str, cause: BaseException):
        super().__init__(f"component {component} failed: {type(cause).__name__}: {cause}")
        self.component = component
        self.cause = cause


class StoreError(StorylineError):
    pass


class EvaluationDataError(StorylineError):
    pass
