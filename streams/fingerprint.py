"""Near-duplicate detection for syndicated copies: a compact MinHash fingerprint per article.

A wire story republished with small edits shares most of its word 5-shingles; the MinHash
(datasketch) of those shingles estimates their Jaccard similarity. Each of the 64 hash values
is kept to 16 bits, so a fingerprint is 128 bytes (172 base64 chars) and travels inside each
mention; the incident agent compares the fingerprints of an incident's sources, so no global
index is needed: copies of one story report the same incidents and meet in the same place.
"""

import base64
import zlib

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.7
MAX_WORDS = 400
"""Copies of a story share its opening; hashing only that bounds the cost on long articles."""
_SCHEME = "affine32"
_HASHER = MinHash(
    num_perm=NUM_PERM, seed=7, scheme=_SCHEME
)  # permutations built once, reused by copy
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)
"""Odd 32-bit constants, one per position in a shingle: order matters ("a b" != "b a")."""


def _identity(x: int) -> int:
    return x


def _shingle_hashes(words: list[str]) -> list[int]:
    """32-bit hashes of the word 5-shingles, without building the shingle strings.

    Why: building ~700 strings and hashing each in Python cost as much as extracting the
    incidents. Here each word is hashed once (CRC-32, a C call, stable across processes) and a
    shingle's hash mixes its five word hashes in numpy.
    """
    wh = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    n = max(1, len(words) - SHINGLE + 1)
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(min(SHINGLE, len(words))):
        acc ^= (wh[j : j + n] * _MIX[j]) >> np.uint64(j + 3)
    return ((acc ^ (acc >> np.uint64(29))) & np.uint64(0xFFFFFFFF)).tolist()


def fingerprint(text: str) -> str:
    """Base64 of the 64 MinHash values (16 bits each) of the word 5-shingles of the text's
    first `MAX_WORDS` words (words split at white space: punctuation stays on them)."""
    words = text.lower().split(maxsplit=MAX_WORDS)[:MAX_WORDS]
    m = MinHash(
        num_perm=NUM_PERM,
        seed=7,
        permutations=_HASHER.permutations,
        scheme=_SCHEME,
        hashfunc=_identity,
    )
    m.update_batch(_shingle_hashes(words) if words else [0])
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
