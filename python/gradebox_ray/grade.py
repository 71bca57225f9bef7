"""Grading some lines of responses with the gradebox binary on this node.

`gradebox run --resume` in a work folder that belongs to the shard: a retry on the same
node (the Ray worker died, the node did not) keeps every result line gradebox already
flushed and grades only the rest. The folder's lock is handed to the gradebox process
itself, so a gradebox left running by a dead worker still holds it and a retry waits
for it instead of writing the same file at the same time; gradebox is also asked to die
with the worker (PR_SET_PDEATHSIG), so it rarely has to.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import signal
import subprocess

from .node import NodeSetup
from .remap import Names, remap

RESPONSES = "responses.jsonl"
RESULTS = "results.jsonl"


def _libc_prctl():
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


# Looked up here, not in the forked child: a Ray worker has threads, and the child of a
# threaded process should do as little as possible before exec.
_PRCTL = _libc_prctl()


def _die_with_parent() -> None:
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _complete(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return b""
    return data[: data.rfind(b"\n") + 1]


def _stage(workdir: str, data: bytes) -> None:
    """The shard's responses in the work folder; results of other input are dropped."""
    path = os.path.join(workdir, RESPONSES)
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except FileNotFoundError:
        pass
    if os.path.exists(os.path.join(workdir, RESULTS)):
        os.remove(os.path.join(workdir, RESULTS))
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def grade_lines(
    setup: NodeSetup, workdir: str, data: bytes, lines: list[int], jobs: int, responses_name: str, tasks_name: str
) -> bytes:
    """Result lines for `data` (the responses lines numbered `lines` in the original
    file), input errors remapped to those numbers and to the names the user gave."""
    os.makedirs(workdir, exist_ok=True)
    lock = open(os.path.join(workdir, "lock"), "a")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _stage(workdir, data)
        responses = os.path.join(workdir, RESPONSES)
        results = os.path.join(workdir, RESULTS)
        done = subprocess.run(
            [setup.gradebox, "run", "--tasks", setup.tasks_dir, "--responses", responses, "--out", results]
            + ["--resume", "--jobs", str(jobs)],
            env=setup.env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(lock.fileno(),),
            preexec_fn=_die_with_parent,
        )
        # 1: some lines could not be graded (each is recorded); 2 or a signal: gradebox failed.
        if done.returncode not in (0, 1):
            tail = done.stderr.decode(errors="replace")[-2000:]
            raise RuntimeError(f"gradebox run exited with {done.returncode} on {os.uname().nodename}: {tail}")
        names = Names(responses, responses_name, setup.tasks_dir, tasks_name)
        return remap(_complete(results), lines, names)
    finally:
        lock.close()


def forget(workdir: str) -> None:
    shutil.rmtree(workdir, ignore_errors=True)
