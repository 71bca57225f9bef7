"""What every node needs to grade: the gradebox binary, the tasks, where to keep them.

Built on the driver, sent with each Ray task. The tasks travel with the job (a tar in
Ray's object store, content-addressed); the binary is either on each node's PATH (a
container image or `ray up` setup commands) or shipped the same way as the tasks.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Job:
    tasks_sha256: str
    tasks_tar: Any  # ray.ObjectRef of the tar bytes (or the bytes themselves)
    # A program name looked up on each node's PATH, or an absolute path there.
    gradebox: str = "gradebox"
    # When the binary is shipped: its SHA-256 and an ObjectRef of its bytes.
    binary_sha256: str | None = None
    binary: Any = None
    # gradebox's home on each node (runtimes, compiled code, shard work); None: the
    # node's $GRADEBOX_HOME, else ~/.cache/gradebox.
    node_home: str | None = None
    # gradebox --jobs inside one shard (and the CPUs each shard asks Ray for).
    jobs: int = 1
    # --responses and --tasks as the user wrote them: input-error messages name them.
    responses_name: str = "responses.jsonl"
    tasks_name: str = "tasks"


def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Same bytes for the same files, whoever packs them and when.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = 0
    return info


def pack_tasks(tasks_dir: str) -> bytes:
    """A deterministic tar of a tasks folder (symlinks followed, hidden files skipped)."""
    if not os.path.isdir(tasks_dir):
        raise FileNotFoundError(f"--tasks {tasks_dir}: not a folder (give the folder of task folders)")
    if not any("task.toml" in files for _, _, files in os.walk(tasks_dir, followlinks=True)):
        raise FileNotFoundError(f"--tasks {tasks_dir}: no tasks in it (a task is a folder with a task.toml)")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT, dereference=True) as tar:
        for root, dirs, files in os.walk(tasks_dir, followlinks=True):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(f for f in files if not f.startswith(".")):
                full = os.path.join(root, name)
                arc = os.path.relpath(full, tasks_dir)
                tar.add(full, arcname=arc, recursive=False, filter=_reset)
    return buf.getvalue()


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def make_job(
    tasks_dir: str,
    *,
    gradebox: str = "gradebox",
    ship: str | None = None,
    node_home: str | None = None,
    jobs: int = 1,
    responses_name: str = "responses.jsonl",
    put=None,
) -> Job:
    """`put` stores a large value once for every node (ray.put); without Ray the bytes
    travel inline."""
    put = put or (lambda v: v)
    tar = pack_tasks(tasks_dir)
    binary_sha = binary = None
    if ship is not None:
        if not os.path.isfile(ship):
            raise FileNotFoundError(f"--ship-binary {ship}: no such file")
        binary_sha = sha256_file(ship)
        with open(ship, "rb") as f:
            binary = put(f.read())
    return Job(
        tasks_sha256=hashlib.sha256(tar).hexdigest(),
        tasks_tar=put(tar),
        gradebox=gradebox,
        binary_sha256=binary_sha,
        binary=binary,
        node_home=node_home,
        jobs=jobs,
        responses_name=responses_name,
        tasks_name=tasks_dir,
    )
