"""The closing lines of a run: what --out holds, counted as `gradebox run` counts it."""

from __future__ import annotations

import json
from collections import Counter


def summarize(out: str, seconds: float, shards: int, failed: list[int]) -> str:
    verdicts: Counter = Counter()
    errors = 0
    with open(out, "rb") as f:
        for raw in f:
            record = json.loads(raw)
            if "error" in record:
                errors += 1
            else:
                verdicts[record.get("verdict")] += 1
    graded = sum(verdicts.values())
    rate = graded / seconds if seconds > 0 else 0.0
    lines = [
        f"{out} holds {graded} graded responses and {errors} input errors "
        f"({shards - len(failed)} of {shards} shards); this run took {seconds:.1f} s ({rate:.1f}/s overall)"
    ]
    for verdict, n in sorted(verdicts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"  {verdict:<14} {n}")
    if failed:
        shown = ", ".join(map(str, failed[:20])) + (" ..." if len(failed) > 20 else "")
        lines.append(
            f"{len(failed)} shards failed on every attempt (shards {shown}); "
            "their lines are not in the file: fix the cause above, then rerun with --resume"
        )
    return "\n".join(lines)
