"""The arithmetic every scorer shares: ratios, F1, and precision/recall/F1 from counts."""
from __future__ import annotations

from dataclasses import dataclass


def ratio(part: float, whole: float) -> float:
    """Return ``part / whole``, 0 when ``whole`` is nothing."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Return the harmonic mean of ``precision`` and ``recall`` (0 when both are)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class PRF:
    """Counts of true positives, system items and gold items, with their P, R and F1."""

    true_pos: int
    system: int
    gold: int

    @property
    def precision(self) -> float:
        return ratio(self.true_pos, self.system)

    @property
    def recall(self) -> float:
        return ratio(self.true_pos, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)
