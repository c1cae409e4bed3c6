"""Child processes that live and die with the engine.

A ProcessPoolExecutor's worker outlives a parent killed by SIGKILL or the
OOM killer (measured: 7 kills left 14 processes and 1.29 GB for good), and
multiprocessing's resource tracker lives as long as any holder of its pipe:
the orphaned worker kept it alive too. So each worker watches its parent's
sentinel (a pipe that multiprocessing closes only when the parent is gone)
in a daemon thread and exits at once when it fires; the tracker then sees
its pipe close and exits by itself. Linux's PR_SET_PDEATHSIG is not used: it
fires when the *thread* that started the child ends, and pools are started
from worker threads that the supervisor restarts.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import wait


def _exit_with_parent() -> None:
    """In the child: leave the moment the parent process is gone."""
    parent = multiprocessing.parent_process()
    if parent is None:  # pragma: no cover - only ever called in a spawned child
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)  # no cleanup to wait for: the parent that wanted results is gone

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def child_pool() -> ProcessPoolExecutor:
    """A one-process pool (spawned: no copy of the engine's threads or locks)
    whose worker exits when the engine dies, by any signal."""
    return ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_exit_with_parent,
    )
