"""Worker processes forked from a loaded coder: how they end with the process that made them."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

# Linux's prctl option that signals a process when its parent dies.
_PR_SET_PDEATHSIG = 1


def end_with_parent(parent: int) -> None:
    """Make this worker end when the process that started it dies, even by kill -9, rather
    than live on holding its model's memory. Linux only; elsewhere the pool's own shutdown
    is all there is."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
