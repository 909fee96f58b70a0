"""RFC 9162 Merkle tree hashing: incremental root, inclusion and consistency proofs.

leaf = SHA-256(0x00 || entry), node = SHA-256(0x01 || left || right), split at the largest
power of two strictly below n. The writer keeps only the O(log n) right edge of the tree
(`CompactRange`), so appending a record costs one or two hashes, never a recomputation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()


_LEAF = hashlib.sha256(b"\x00")


def leaf_hash(entry: bytes) -> bytes:
    h = _LEAF.copy()  # the prefix hashed once; no copy of a 4 KB line to prepend it
    h.update(entry)
    return h.digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """Largest power of two strictly less than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class CompactRange:
    """Roots of the perfect subtrees that make up the first `size` leaves, largest first."""

    __slots__ = ("size", "_stack")

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[bytes] = []

    @classmethod
    def resume(cls, size: int, stack: tuple[bytes, ...] | list[bytes]) -> CompactRange:
        """The range over `size` leaves from its subtree roots (`stack`), without the leaves:
        what a log whose first `size` records were pruned goes on from."""
        if size < 0 or len(stack) != size.bit_count() or any(len(h) != 32 for h in stack):
            raise ValueError("not the compact range of that many leaves")
        out = cls()
        out.size, out._stack = size, list(stack)
        return out

    @property
    def stack(self) -> tuple[bytes, ...]:
        return tuple(self._stack)

    def append(self, leaf: bytes) -> None:
        self._stack.append(leaf)
        self.size += 1
        # Each trailing 1 bit of the new size is a pair of equal subtrees to merge.
        n = self.size
        while n & 1 == 0:
            right = self._stack.pop()
            self._stack[-1] = node_hash(self._stack[-1], right)
            n >>= 1

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        acc = self._stack[-1]
        for left in reversed(self._stack[:-1]):
            acc = node_hash(left, acc)
        return acc


class Tree:
    """All levels of a tree over known leaf hashes: O(n) to build, O(log n) per proof."""

    def __init__(self, leaves: Sequence[bytes]):
        self.size = len(leaves)
        self.levels: list[list[bytes]] = [list(leaves)]
        while len(self.levels[-1]) > 1:
            prev = self.levels[-1]
            self.levels.append([node_hash(prev[i], prev[i + 1])
                                for i in range(0, len(prev) - 1, 2)])

    def hash(self, start: int, size: int) -> bytes:
        """MTH of leaves [start, start + size); start is aligned as RFC 9162 recursion needs."""
        if size == 0:
            return EMPTY_ROOT
        if size & (size - 1) == 0 and start % size == 0:
            return self.levels[size.bit_length() - 1][start // size]
        k = _split(size)
        return node_hash(self.hash(start, k), self.hash(start + k, size - k))

    def root(self, size: int | None = None) -> bytes:
        return self.hash(0, self.size if size is None else size)

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        """PATH(index, D[0:size]) of RFC 9162 section 2.1.3.1."""
        if not 0 <= index < size <= self.size:
            raise ValueError("index out of range")
        return self._path(index, 0, size)

    def _path(self, m: int, start: int, n: int) -> list[bytes]:
        if n == 1:
            return []
        k = _split(n)
        if m < k:
            return self._path(m, start, k) + [self.hash(start + k, n - k)]
        return self._path(m - k, start + k, n - k) + [self.hash(start, k)]

    def consistency_proof(self, old: int, new: int) -> list[bytes]:
        """PROOF(old, D[0:new]) of RFC 9162 section 2.1.4.1."""
        if not 0 < old <= new <= self.size:
            raise ValueError("sizes out of range")
        return self._subproof(old, 0, new, True) if old < new else []

    def _subproof(self, m: int, start: int, n: int, complete: bool) -> list[bytes]:
        if m == n:
            return [] if complete else [self.hash(start, n)]
        k = _split(n)
        if m <= k:
            return self._subproof(m, start, k, complete) + [self.hash(start + k, n - k)]
        return self._subproof(m - k, start + k, n - k, False) + [self.hash(start, k)]


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes],
                     root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(old: int, new: int, old_root: bytes, new_root: bytes,
                       proof: Sequence[bytes]) -> bool:
    """RFC 9162 section 2.1.4.2 (including the check that `new` is fully consumed)."""
    if not 0 < old <= new:
        return False
    if old == new:
        return not proof and old_root == new_root
    if not proof:
        return False
    path = list(proof)
    if old & (old - 1) == 0:  # old is a power of two: its root is the first node
        path.insert(0, old_root)
    fn, sn = old - 1, new - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0
