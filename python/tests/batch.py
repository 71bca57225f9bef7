"""Test batches built from sample-tasks/responses.jsonl, and comparing result files.

Shared by the cluster check (python/tests/cluster_check.py) and scripts/ray-bench.
"""

from __future__ import annotations

import json
import os
import subprocess

# Waits 6 s of wall clock for nothing; every other verdict (wrong answers, runtime
# errors, fuel and memory limits, floods, input errors) stays in.
SLOW = {"hostile-sleep"}


def make_batch(sample: str, out: str, copies: int, extras: bool = True) -> int:
    """`copies` copies of the sample lines, each copy's responses renamed; with
    `extras`, a blank line, a line that is not UTF-8 and a late repeat of the first pair
    (graded once, the repeat an input error). Returns the number of lines."""
    with open(sample, "rb") as f:
        lines = f.read().splitlines()
    rows: list[bytes] = []
    for k in range(copies):
        for raw in lines:
            try:
                value = json.loads(raw)
            except ValueError:
                rows.append(raw)
                continue
            if value.get("response") in SLOW:
                continue
            if k:
                value["response"] = f"{value['response']}~{k}"
            rows.append(json.dumps(value).encode())
        if extras and k == 0:
            rows += [b"", b'{"task": "two-sum", "response": "\xff\xfe"}']
    if extras:
        rows.append(lines[0])
    with open(out, "wb") as f:
        f.write(b"\n".join(rows) + b"\n")
    return len(rows)


def gradebox_run(gradebox: str, tasks: str, responses: str, out: str, jobs: int, env=None) -> None:
    """A plain `gradebox run`: exit 1 only says some lines were input errors (recorded)."""
    done = subprocess.run(
        [gradebox, "run", "--tasks", tasks, "--responses", responses, "--out", out, "--jobs", str(jobs)],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    if done.returncode not in (0, 1):
        raise subprocess.CalledProcessError(done.returncode, done.args)


def answers(path: str) -> tuple[dict, dict]:
    """(graded pairs -> what must not change between runs, input-error line -> record),
    refusing a second record for any pair or line."""
    graded, errors = {}, {}
    with open(path, "rb") as f:
        for raw in f:
            r = json.loads(raw)
            if "error" in r:
                key = r["line"]
                assert key not in errors, f"{path}: two records for line {key}"
                errors[key] = r
                continue
            key = (r["task"], r["response"])
            assert key not in graded, f"{path}: two results for {key}"
            tests = [(t["name"], t["verdict"], t["score"], t["fuel"], t["outcome"]) for t in r["tests"]]
            graded[key] = (r["verdict"], r["score"], r["passed"], r["total"], tests, r["flags"])
    return graded, errors


def same_answers(got: str, want: str) -> None:
    g_graded, g_errors = answers(got)
    w_graded, w_errors = answers(want)
    assert g_graded.keys() == w_graded.keys(), (
        f"pairs differ: missing {sorted(w_graded.keys() - g_graded.keys())[:5]}, "
        f"extra {sorted(g_graded.keys() - w_graded.keys())[:5]}"
    )
    for key, value in w_graded.items():
        assert g_graded[key] == value, f"{key}: {g_graded[key]} != {value}"
    assert g_errors.keys() == w_errors.keys(), f"input-error lines differ: {sorted(g_errors)} != {sorted(w_errors)}"
    for line, record in w_errors.items():
        assert g_errors[line] == record, f"line {line}: {g_errors[line]} != {record}"


def node_home(real_home: str, path: str) -> str:
    """A fresh gradebox home for the nodes that shares the installed runtimes."""
    os.makedirs(path, exist_ok=True)
    for name in os.listdir(real_home):
        if name not in ("ray", "venvs") and not os.path.exists(os.path.join(path, name)):
            os.symlink(os.path.join(real_home, name), os.path.join(path, name))
    return path
