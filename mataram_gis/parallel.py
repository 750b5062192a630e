"""Running independent per-group jobs on all cores (the numba kernels release the GIL).

One pool of worker threads lives for the whole process: starting threads for every call
cost more than a whole re-rank's field searches on a busy machine.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_PREFIX = "mataram-engine"
_pool: ThreadPoolExecutor | None = None
_lock = threading.Lock()


def workers(n_tasks: int) -> int:
    """Threads to use: the kernels release the GIL, so groups run on all cores."""
    return max(1, min(os.cpu_count() or 1, n_tasks))


def deal(tasks: list[int], *, workers: int) -> list[list[int]]:
    """Deal tasks round-robin into ``workers`` lists (the first task is the largest)."""
    return [tasks[i::workers] for i in range(workers)]


def _shared_pool() -> ThreadPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix=_PREFIX)
        return _pool


def parallel_map(fn: Callable[[T], R], items: list[T]) -> list[R]:
    """``[fn(x) for x in items]``: the first item in this thread, the rest on the shared pool.

    Called from a pool thread (a job inside a job), everything runs in that thread, so
    nested calls can never wait on a pool they occupy.
    """
    if len(items) <= 1 or threading.current_thread().name.startswith(_PREFIX):
        return [fn(x) for x in items]
    futures = [_shared_pool().submit(fn, x) for x in items[1:]]
    try:
        first = fn(items[0])
    except BaseException:
        for f in futures:
            f.cancel()
        wait(futures)
        raise
    return [first, *(f.result() for f in futures)]
