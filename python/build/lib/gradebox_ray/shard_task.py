"""The Ray task: one shard graded on whichever node Ray picks."""

from __future__ import annotations

import os

import ray

from .grade import forget, grade_lines
from .job import Job
from .node import prepare


def work_folder(home: str, plan_id: str, shard: int) -> str:
    return os.path.join(home, "ray", "work", plan_id[:16], f"shard-{shard:06d}")


def grade_shard(job: Job, plan_id: str, shard: int, lines: list[int], data: bytes) -> tuple[bytes, str]:
    """The shard's result lines, input errors numbered as in the original file, and the
    id of the Ray node that graded them.

    Pure as far as the driver can tell: the same shard always gives the same lines (up
    to their order), so a retry after a lost node changes nothing but where it ran.
    """
    setup = prepare(job)
    workdir = work_folder(setup.home, plan_id, shard)
    payload = grade_lines(setup, workdir, data, lines, job.jobs, job.responses_name, job.tasks_name)
    forget(workdir)
    return payload, ray.get_runtime_context().get_node_id()
