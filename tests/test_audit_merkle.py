"""RFC 9162 hashing against known answers, and proofs that must fail when touched."""

from __future__ import annotations

import hashlib

import pytest

from sovereign_guard.audit.merkle import (
    EMPTY_ROOT,
    CompactRange,
    Tree,
    leaf_hash,
    verify_consistency,
    verify_inclusion,
)

# transparency-dev/merkle proof/verify_test.go: 8 leaves and the root of each prefix.
LEAVES = [bytes.fromhex(h) for h in ("", "00", "10", "2021", "3031", "40414243",
                                     "5051525354555657", "606162636465666768696a6b6c6d6e6f")]
ROOTS = {
    1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    2: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    3: "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    4: "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    5: "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    6: "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    7: "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}


def _leaves(n: int) -> list[bytes]:
    return [leaf_hash(i.to_bytes(4, "big")) for i in range(n)]


def test_empty_root_is_sha256_of_nothing():
    assert hashlib.sha256(b"").digest() == EMPTY_ROOT
    assert CompactRange().root() == EMPTY_ROOT


@pytest.mark.parametrize("size", sorted(ROOTS))
def test_known_roots(size):
    hashes = [leaf_hash(x) for x in LEAVES[:size]]
    compact = CompactRange()
    for h in hashes:
        compact.append(h)
    assert compact.root().hex() == ROOTS[size]
    assert Tree(hashes).root().hex() == ROOTS[size]


def test_incremental_root_equals_full_tree_for_every_size():
    hashes = _leaves(70)
    tree, compact = Tree(hashes), CompactRange()
    for n, h in enumerate(hashes, 1):
        compact.append(h)
        assert compact.root() == tree.root(n) == Tree(hashes[:n]).root()


def test_every_inclusion_proof_verifies_and_fails_when_changed():
    hashes = _leaves(19)
    tree = Tree(hashes)
    for size in range(1, 20):
        root = tree.root(size)
        for i in range(size):
            proof = tree.inclusion_proof(i, size)
            assert verify_inclusion(hashes[i], i, size, proof, root)
            assert not verify_inclusion(hashes[i], i, size, proof + [root], root)
            if size > 1:
                assert not verify_inclusion(hashes[i], (i + 1) % size, size, proof, root)
                assert not verify_inclusion(hashes[i], i, size * 2, proof, root)
                assert not verify_inclusion(hashes[(i + 1) % size], i, size, proof, root)
            for k in range(len(proof)):
                bad = list(proof)
                bad[k] = bytes([bad[k][0] ^ 1]) + bad[k][1:]
                assert not verify_inclusion(hashes[i], i, size, bad, root)
                assert not verify_inclusion(hashes[i], i, size, proof[:k] + proof[k + 1:], root)


def test_every_consistency_proof_verifies_and_fails_when_changed():
    hashes = _leaves(17)
    tree = Tree(hashes)
    for new in range(1, 18):
        for old in range(1, new + 1):
            proof = tree.consistency_proof(old, new)
            r1, r2 = tree.root(old), tree.root(new)
            assert verify_consistency(old, new, r1, r2, proof)
            assert not verify_consistency(new, old, r2, r1, proof) or old == new  # time travel
            if old < new:
                assert not verify_consistency(old, new, r2, r1, proof)  # swapped roots
                assert not verify_consistency(old, new, r1, r2, [])
                assert not verify_consistency(old, new, r1, r2, proof + [r1])
                assert not verify_consistency(old, new, r1, r2, proof[:-1])
                assert not verify_consistency(old + 1, new, r1, r2, proof) or old + 1 == new
                for k in range(len(proof)):
                    bad = list(proof)
                    bad[k] = bytes([bad[k][0] ^ 0x80]) + bad[k][1:]
                    assert not verify_consistency(old, new, r1, r2, bad)
            else:
                assert not verify_consistency(old, new, r1, r2, [r1])  # equal roots, proof given


def test_proof_arguments_out_of_range():
    tree = Tree(_leaves(4))
    with pytest.raises(ValueError):
        tree.inclusion_proof(4, 4)
    with pytest.raises(ValueError):
        tree.consistency_proof(0, 4)
    assert not verify_inclusion(_leaves(1)[0], 0, 0, [], EMPTY_ROOT)
