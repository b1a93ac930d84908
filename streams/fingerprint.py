"""Near-duplicate detection for syndicated copies: a compact MinHash fingerprint per article.

A wire story republished with small edits shares most of its word 5-shingles; the MinHash
(datasketch) of those shingles estimates their Jaccard similarity. Each of the 64 hash values
is kept to 16 bits, so a fingerprint is 128 bytes (172 base64 chars) and travels inside each
mention; the incident agent compares the fingerprints of an incident's sources, so no global
index is needed: copies of one story report the same incidents and meet in the same place.
"""

import base64
import re
import zlib

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)
_SCHEME = "affine32"
_HASHER = MinHash(
    num_perm=NUM_PERM, seed=7, scheme=_SCHEME
)  # permutations built once, reused by copy
_HASHFUNC = zlib.crc32
"""Shingle hash: CRC-32 is a C call, stable across processes; datasketch's default SHA-1 (in
Python) made fingerprinting cost half as much as extracting the incidents."""


def fingerprint(text: str) -> str:
    """Base64 of the 64 MinHash values (16 bits each) of the text's word 5-shingles."""
    words = _WORD.findall(text.lower())
    shingles = [
        " ".join(words[i : i + SHINGLE]).encode("utf-8")
        for i in range(max(1, len(words) - SHINGLE + 1))
    ]
    m = MinHash(
        num_perm=NUM_PERM,
        seed=7,
        permutations=_HASHER.permutations,
        scheme=_SCHEME,
        hashfunc=_HASHFUNC,
    )
    m.update_batch(shingles)
    compact = (m.hashvalues & 0xFFFF).astype("<u2")
    return base64.b64encode(compact.tobytes()).decode("ascii")


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of the two articles' shingle sets (0..1)."""
    va = np.frombuffer(base64.b64decode(a), dtype="<u2")
    vb = np.frombuffer(base64.b64decode(b), dtype="<u2")
    if va.shape != vb.shape or va.size == 0:
        return 0.0
    return float(np.count_nonzero(va == vb)) / va.size


def is_near_duplicate(a: str | None, b: str | None) -> bool:
    """True when both fingerprints exist and the estimated similarity reaches the threshold."""
    return a is not None and b is not None and similarity(a, b) >= NEAR_DUPLICATE_JACCARD
