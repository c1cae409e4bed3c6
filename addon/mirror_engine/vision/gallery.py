"""The gallery: every stored embedding, searchable by nearest person.

Exact search (faiss flat index) for household-sized galleries; above
``HNSW_FROM`` embeddings an HNSW graph keeps a query's cost near-flat as the
gallery grows (bench/identity_eval.py measures it to 100,000). A Gallery is
immutable: changes build a new one, swapped in by reference, so the worker
never searches a half-updated index.
"""

from __future__ import annotations

import faiss
import numpy as np
from numpy.typing import NDArray

from .identify import Match, Vector

DIM = 128
HNSW_FROM = 4096
NEIGHBOURS = 64

faiss.omp_set_num_threads(1)  # one query per worker thread; don't oversubscribe 2 cores


class Gallery:
    def __init__(self, owners: NDArray[np.int64], vectors: NDArray[np.float32]) -> None:
        if len(owners) != len(vectors):
            raise ValueError("one owner per embedding")
        self.owners = np.asarray(owners, np.int64)
        self._index = self._build(np.ascontiguousarray(vectors, np.float32))

    @staticmethod
    def _build(vectors: NDArray[np.float32]) -> faiss.Index:
        index: faiss.Index
        if len(vectors) >= HNSW_FROM:
            index = faiss.IndexHNSWFlat(DIM, 32)
            index.hnsw.efConstruction = 40
            index.hnsw.efSearch = 128
        else:
            index = faiss.IndexFlatL2(DIM)
        if len(vectors):
            index.add(vectors)
        return index

    def __len__(self) -> int:
        return len(self.owners)

    @property
    def persons(self) -> int:
        return len(np.unique(self.owners))

    def search(self, vector: Vector) -> list[Match]:
        """Best distance per person among the nearest embeddings, ascending."""
        if not len(self.owners):
            return []
        k = min(NEIGHBOURS, len(self.owners))
        squared, rows = self._index.search(np.asarray(vector, np.float32).reshape(1, DIM), k)
        best: dict[int, float] = {}
        for d2, row in zip(squared[0], rows[0], strict=True):
            if row < 0:
                continue
            owner = int(self.owners[row])
            if owner not in best:  # results come nearest first
                best[owner] = float(np.sqrt(max(d2, 0.0)))
        matches = [Match(p, d) for p, d in best.items()]
        if len(matches) == 1 and len(best) < self.persons:
            # Every neighbour was one person's: the runner-up is at least as far
            # as the farthest neighbour looked at (a conservative margin).
            matches.append(Match(-1, float(np.sqrt(max(squared[0][-1], 0.0)))))
        return matches
