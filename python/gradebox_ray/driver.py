"""The driver: plan the shards, send them to the cluster, commit each result once."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import sys
import time
from dataclasses import dataclass

from . import shards
from .commit_log import CommitLog
from .job import make_job
from .shard_task import grade_shard
from .summary import summarize


@dataclass
class RunOptions:
    address: str
    tasks: str
    responses: str
    out: str
    shard_size: int = 64
    resume: bool = False
    gradebox: str = "gradebox"
    ship_binary: str | None = None
    node_home: str | None = None
    jobs_per_shard: int = 1
    max_retries: int = 4


def say(msg: str) -> None:
    print(f"gradebox_ray: {msg}", file=sys.stderr, flush=True)


def plan_id(plan: shards.Plan, tasks_sha256: str) -> str:
    key = f"{plan.responses_sha256}\0{tasks_sha256}\0{plan.shard_size}"
    return hashlib.sha256(key.encode()).hexdigest()


def run(opts: RunOptions) -> int:
    """Grades the batch; 0 when every shard is committed, 1 when some failed even after
    their retries (the rest are committed: rerun with --resume)."""
    started = time.monotonic()
    if not os.path.isfile(opts.responses):
        raise FileNotFoundError(f"--responses {opts.responses}: no such file")
    plan = shards.plan(opts.responses, opts.shard_size)
    job = make_job(
        opts.tasks,
        gradebox=opts.gradebox,
        ship=opts.ship_binary,
        node_home=opts.node_home,
        jobs=opts.jobs_per_shard,
        responses_name=opts.responses,
    )
    header = {
        "responses_sha256": plan.responses_sha256,
        "tasks_sha256": job.tasks_sha256,
        "shard_size": plan.shard_size,
        "shards": len(plan.shards),
    }
    log = CommitLog(opts.out, header, opts.resume)
    try:
        todo = [s for s in plan.shards if s.index not in log.committed]
        if opts.resume:
            say(f"resuming: {len(plan.shards) - len(todo)} of {len(plan.shards)} shards already committed")
        failed = _grade(opts, plan, job, log, todo) if todo else []
    except BaseException:
        log.close()
        if not opts.resume and not log.committed:
            # A new run that committed nothing (say, the cluster was unreachable) leaves
            # nothing behind, so it can simply be run again.
            log.remove()
        raise
    log.close()
    say(summarize(opts.out, time.monotonic() - started, len(plan.shards), failed))
    return 1 if failed else 0


def _connect(opts: RunOptions):
    import ray

    # The package travels with the job, so nodes need only Ray itself.
    package = os.path.dirname(os.path.abspath(__file__))
    extra = {}
    if opts.address.split(":")[0] in ("127.0.0.1", "localhost"):
        # A head on loopback is on this machine: skip Ray's probe for an interface address.
        extra["_node_ip_address"] = "127.0.0.1"
    ray.init(
        address=opts.address,
        runtime_env={"py_modules": [package]},
        logging_level=logging.WARNING,
        log_to_driver=False,
        **extra,
    )
    return ray


def _grade(opts: RunOptions, plan: shards.Plan, job, log: CommitLog, todo: list[shards.Shard]) -> list:
    ray = _connect(opts)
    job = dataclasses.replace(
        job,
        tasks_tar=ray.put(job.tasks_tar),
        binary=ray.put(job.binary) if job.binary is not None else None,
    )
    pid = plan_id(plan, job.tasks_sha256)
    task = ray.remote(grade_shard).options(
        num_cpus=opts.jobs_per_shard, max_retries=opts.max_retries, retry_exceptions=True
    )
    # Enough shards in flight to keep every CPU busy, few enough to bound memory.
    cpus = int(ray.cluster_resources().get("CPU", 1))
    window = max(2, 2 * cpus // opts.jobs_per_shard)
    queue = list(reversed(todo))
    pending: dict = {}
    failed = []
    progress = Progress(len(todo))
    while queue or pending:
        while queue and len(pending) < window:
            shard = queue.pop()
            ref = task.remote(job, pid, shard.index, shard.lines, plan.shard_bytes(shard))
            pending[ref] = shard
        [ready], _ = ray.wait(list(pending), num_returns=1)
        shard = pending.pop(ready)
        try:
            payload, node = ray.get(ready)
        except Exception as e:  # the shard failed on every attempt: report, go on
            say(f"shard {shard.index} (lines {shard.lines[0]}-{shard.lines[-1]}) failed: {e}")
            failed.append(shard.index)
            continue
        log.commit(shard.index, payload, node)
        progress.done(len(shard.lines))
    return failed


class Progress:
    """A line every 10 seconds: a batch of hours should not look hung."""

    def __init__(self, shards: int):
        self.shards, self.committed, self.lines = shards, 0, 0
        self.started = self.last = time.monotonic()

    def done(self, lines: int) -> None:
        self.committed += 1
        self.lines += lines
        now = time.monotonic()
        if now - self.last >= 10 and self.committed < self.shards:
            self.last = now
            rate = self.lines / (now - self.started)
            say(f"{self.committed}/{self.shards} shards committed ({self.lines} lines, {rate:.1f} lines/s)")
