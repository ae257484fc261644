"""storyline: raw news articles in, sourced and structured knowledge out."""
__version__ = "0.1.0"
