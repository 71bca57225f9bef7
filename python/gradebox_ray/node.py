"""Setting a node up to grade, once per node: the binary, the tasks, the runtimes.

Everything lives under the node's gradebox home, in `ray/`. Concurrent Ray workers on a
node take one file lock for set-up, and every piece is made in a temporary place and
renamed into place, so a worker killed half-way leaves nothing half-made behind.
"""

from __future__ import annotations

import fcntl
import io
import os
import shutil
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass

from .job import Job


@dataclass(frozen=True)
class NodeSetup:
    home: str
    gradebox: str
    tasks_dir: str

    def env(self) -> dict:
        return {**os.environ, "GRADEBOX_HOME": self.home}


def node_home(job: Job) -> str:
    home = (
        job.node_home or os.environ.get("GRADEBOX_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "gradebox")
    )
    return os.path.abspath(home)


@contextmanager
def locked(path: str):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield f
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _fetch(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    import ray

    return ray.get(value)


def _install_binary(job: Job, root: str) -> str:
    if job.binary_sha256 is None:
        found = shutil.which(job.gradebox)
        if found is None:
            raise FileNotFoundError(
                f"gradebox binary {job.gradebox!r} not found on node {os.uname().nodename} "
                f"(PATH={os.environ.get('PATH')}); put it on every node's PATH (container image or "
                "`ray up` setup_commands) or pass --ship-binary FILE"
            )
        return found
    path = os.path.join(root, "bin", f"gradebox-{job.binary_sha256[:16]}")
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=os.path.dirname(path), delete=False) as tmp:
            tmp.write(_fetch(job.binary))
        os.chmod(tmp.name, 0o755)
        os.replace(tmp.name, path)
    return path


def _install_tasks(job: Job, root: str) -> str:
    path = os.path.join(root, "tasks", job.tasks_sha256[:16])
    if not os.path.isdir(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = tempfile.mkdtemp(dir=os.path.dirname(path), prefix=".tmp-")
        with tarfile.open(fileobj=io.BytesIO(_fetch(job.tasks_tar))) as tar:
            # Member paths stay inside the folder (the "data" filter, Python >= 3.10.12;
            # older Pythons lack it, and the tar is the driver's own).
            if hasattr(tarfile, "data_filter"):
                tar.extractall(tmp, filter="data")
            else:
                tar.extractall(tmp)
        os.replace(tmp, path)
    return path


def _install_runtimes(gradebox: str, home: str, root: str) -> None:
    # gradebox itself skips runtimes already installed; the marker saves the process
    # start (and names the binary, so a new gradebox checks its runtimes again).
    marker = os.path.join(root, "runtimes-ok", os.path.basename(gradebox) + "-" + str(os.stat(gradebox).st_mtime_ns))
    if os.path.exists(marker):
        return
    done = subprocess.run(
        [gradebox, "runtime", "install", "all"],
        env={**os.environ, "GRADEBOX_HOME": home},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"`gradebox runtime install all` failed on {os.uname().nodename}: {done.stderr[-2000:]}")
    os.makedirs(os.path.dirname(marker), exist_ok=True)
    open(marker, "w").close()


_prepared: dict[tuple, NodeSetup] = {}


def prepare(job: Job) -> NodeSetup:
    """The binary, tasks and runtimes on this node, installed once per node."""
    home = node_home(job)
    key = (home, job.gradebox, job.binary_sha256, job.tasks_sha256)
    if key in _prepared:
        return _prepared[key]
    root = os.path.join(home, "ray")
    with locked(os.path.join(root, "setup.lock")):
        gradebox = _install_binary(job, root)
        tasks_dir = _install_tasks(job, root)
        _install_runtimes(gradebox, home, root)
    setup = NodeSetup(home=home, gradebox=gradebox, tasks_dir=tasks_dir)
    _prepared[key] = setup
    return setup
