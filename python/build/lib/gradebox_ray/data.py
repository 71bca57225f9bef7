"""Ray Data: grade the responses a Dataset already holds.

    from gradebox_ray import GradeBatch, make_job
    job = make_job("sample-tasks", put=ray.put)          # on the driver: tasks packed once
    graded = ds.map_batches(GradeBatch, fn_constructor_kwargs={"job": job},
                            concurrency=2, batch_size=64)

Each actor sets its node up once (binary, tasks, runtimes installed and compiled) when
it starts, so batches only pay for starting `gradebox run`. Rows need the columns of a
responses line (task, response, language, code); the result is appended as the columns
of a results.jsonl line: schema, verdict, score, passed, total, compile_error, error,
and tests, flags and provenance as JSON text (their shape varies from row to row, which
Arrow tables do not take). A row that cannot be graded gets `error` (as an input-error
record says it) and empty result columns; the batch goes on.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid

from .grade import forget, grade_lines
from .job import Job
from .node import prepare

INPUT_COLUMNS = ("task", "response", "language", "code")
SCALAR_COLUMNS = ("schema", "verdict", "score", "passed", "total", "compile_error", "error")
JSON_COLUMNS = ("tests", "flags", "provenance")


def _rows(batch) -> list[dict]:
    if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # a pandas DataFrame
        batch = {c: batch[c].tolist() for c in batch.columns}
    n = len(next(iter(batch.values()))) if batch else 0
    return [{c: _plain(batch[c][i]) for c in INPUT_COLUMNS if c in batch} for i in range(n)]


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def _columns(records: list[dict]) -> dict[str, list]:
    cols: dict[str, list] = {c: [] for c in SCALAR_COLUMNS + JSON_COLUMNS}
    for r in records:
        for c in SCALAR_COLUMNS:
            cols[c].append(r.get(c))
        for c in JSON_COLUMNS:
            cols[c].append(json.dumps(r[c], separators=(",", ":")) if c in r else None)
    return cols


class GradeBatch:
    """A callable class for `Dataset.map_batches` (run as an actor pool: `concurrency=`)."""

    def __init__(self, job: Job):
        self.job = job
        self.setup = prepare(job)
        self.scratch = os.path.join(self.setup.home, "ray", "data", uuid.uuid4().hex[:12])

    def __call__(self, batch):
        rows = _rows(batch)
        data = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)
        lines = list(range(1, len(rows) + 1))
        workdir = tempfile.mkdtemp(dir=_ensure(self.scratch))
        try:
            out = grade_lines(self.setup, workdir, data, lines, self.job.jobs, "batch", self.job.tasks_name)
        finally:
            forget(workdir)
        records: list[dict] = [{} for _ in rows]
        graded = []
        for raw in out.splitlines():
            record = json.loads(raw)
            if "line" in record:
                records[record["line"] - 1] = record
            else:
                graded.append(record)
        # A graded pair belongs to the one row with its key that is not an input error.
        row_of = {}
        for i, r in enumerate(rows):
            if not records[i]:
                row_of.setdefault((r.get("task"), r.get("response")), i)
        for record in graded:
            records[row_of[(record["task"], record["response"])]] = record
        cols = _columns(records)
        if hasattr(batch, "assign"):  # pandas in, pandas out
            return batch.assign(**cols)
        return {**batch, **cols}


def _ensure(path: str) -> str:
    os.makedirs(path, exist_ok=True)
    return path
