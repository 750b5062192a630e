"""Running independent per-group jobs on all cores (the numba kernels release the GIL)."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def workers(n_tasks: int) -> int:
    """Threads to use: the kernels release the GIL, so groups run on all cores."""
    return max(1, min(os.cpu_count() or 1, n_tasks))


def deal(tasks: list[int], *, workers: int) -> list[list[int]]:
    """Deal tasks round-robin into ``workers`` lists (the first task is the largest)."""
    return [tasks[i::workers] for i in range(workers)]


def parallel_map(fn: Callable[[T], R], items: list[T]) -> list[R]:
    """``[fn(x) for x in items]`` on a thread pool (numba kernels release the GIL)."""
    if len(items) <= 1:
        return [fn(x) for x in items]
    with ThreadPoolExecutor(max_workers=len(items)) as pool:
        return list(pool.map(fn, items))
