"""Grade gradebox batches on a Ray cluster (see docs/scale-out.md).

`python -m gradebox_ray run ...` grades a responses file exactly once per line;
`GradeBatch` grades the rows of a Ray Dataset with `map_batches`.
"""

from .data import GradeBatch
from .job import Job, make_job

__all__ = ["GradeBatch", "Job", "make_job"]
