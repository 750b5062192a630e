"""Flat binary min-heap of packed int64 keys, shared by the Numba kernels.

Each entry is ``(key << shift) | node``: one int64, so the heap stays a plain array.
Not inlined at Numba's level (``inline="always"``): LLVM inlines them into each kernel anyway
(same speed), and a fresh install compiles the kernels about 20 % faster (issue 15).
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)
def heap_push(heap: np.ndarray, size: int, key: np.int64) -> int:
    """Push ``key`` on the binary min-heap of ``size`` entries; return the new size."""
    i = size
    while i > 0:
        p = (i - 1) >> 1
        if heap[p] <= key:
            break
        heap[i] = heap[p]
        i = p
    heap[i] = key
    return size + 1


@njit(cache=True, nogil=True)
def heap_pop(heap: np.ndarray, size: int) -> tuple[np.int64, int]:
    """Pop the smallest key; return it and the new size."""
    top = heap[0]
    size -= 1
    last = heap[size]
    i = 0
    while True:
        c = 2 * i + 1
        if c >= size:
            break
        if c + 1 < size and heap[c + 1] < heap[c]:
            c += 1
        if heap[c] >= last:
            break
        heap[i] = heap[c]
        i = c
    if size > 0:
        heap[i] = last
    return top, size
