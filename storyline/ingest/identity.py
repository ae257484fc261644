"""Article identity: stable ids from normalised content, and near-duplicate detection.

Near-duplicates use MinHash over word 5-shingles with datasketch's LSH index,
the standard tool for Jaccard-threshold search at corpus scale.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Return ``text`` case-folded, NFKC-normalised, with punctuation and spacing removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text))


def article_id(text: str) -> str:
    """Return the 16-hex-digit id of an article body (same words → same id)."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def shingles(text: str, size: int = 5) -> set[str]:
    """Return the word ``size``-shingles of ``text`` (the whole text when shorter)."""
    words = normalise(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


class NearDuplicates:
    """MinHash LSH index of article bodies; finds the first stored copy of a near-duplicate."""

    NUM_PERM = 128
    SCHEME = "affine32"  # stored signatures are only comparable under the same scheme

    def __init__(self, threshold: float = 0.8):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=self.NUM_PERM)
        self._hashes: dict[str, object] = {}

    def signature(self, text: str):
        """Return the MinHash of ``text``'s shingles."""
        from datasketch import MinHash

        mh = MinHash(num_perm=self.NUM_PERM, seed=1, scheme=self.SCHEME)
        mh.update_batch([s.encode("utf-8") for s in shingles(text)])
        return mh

    @staticmethod
    def to_bytes(minhash) -> bytes:
        return minhash.hashvalues.astype("<u8").tobytes()

    def from_bytes(self, data: bytes):
        import numpy as np
        from datasketch import MinHash

        return MinHash(num_perm=self.NUM_PERM, seed=1, scheme=self.SCHEME,
                       hashvalues=np.frombuffer(data, dtype="<u8").astype(np.uint64))

    def add(self, article_id: str, minhash) -> None:
        if article_id not in self._hashes:
            self._lsh.insert(article_id, minhash)
            self._hashes[article_id] = minhash

    def match(self, article_id: str, minhash) -> tuple[str, float] | None:
        """Return (id, estimated Jaccard) of the most similar other article above the threshold."""
        best = None
        for other in self._lsh.query(minhash):
            if other == article_id:
                continue
            score = minhash.jaccard(self._hashes[other])
            if score >= self.threshold and (best is None or score > best[1] or
                                            (score == best[1] and other < best[0])):
                best = (other, score)
        return best
