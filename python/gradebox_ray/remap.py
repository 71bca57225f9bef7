"""Result lines from a shard, told in the original file's terms.

gradebox numbers input errors by their line in the file it read (the shard) and names
that file in the message. The record is rewritten to carry the original line number
and the original --responses name, exactly as one `gradebox run` of the whole file
would have written it. Graded results carry no line and pass through byte for byte.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


class ShardOutputError(Exception):
    """gradebox's output for a shard is not one record per line (never expected)."""


@dataclass(frozen=True)
class Names:
    """How gradebox on the node named the files, and how the user named them."""

    responses: str
    original_responses: str
    tasks: str = ""
    original_tasks: str = ""


def remap_line(raw: bytes, lines: list[int], names: Names) -> bytes:
    # A graded result has no top-level "error" key; inside JSON strings a quote is
    # always escaped, so this byte pattern only appears as a key.
    if b'"error":' not in raw:
        return raw
    record = json.loads(raw)
    local = record.get("line")
    if "error" not in record or not isinstance(local, int):
        return raw
    if not 1 <= local <= len(lines):
        raise ShardOutputError(f"gradebox reported line {local} of a shard of {len(lines)} lines")
    original = lines[local - 1]
    record["line"] = original
    error = record["error"]
    prefix = f"{names.responses}:{local}:"
    if error.startswith(prefix):
        error = f"{names.original_responses}:{original}:" + error[len(prefix) :]
    if names.tasks:  # "unknown task ... (not found in DIR)", a task that failed to load
        error = error.replace(names.tasks, names.original_tasks)
    record["error"] = error
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()


def remap(output: bytes, lines: list[int], names: Names) -> bytes:
    """All complete lines of a shard's results, remapped, checked to hold one record per
    pair and per input-error line.

    A `gradebox_fault` record (gradebox failed on a pair) that a retried attempt's
    `--resume` graded again is dropped: the pair keeps only its later result."""
    out = []
    pairs, error_lines = set(), set()
    raws = [raw for raw in output.splitlines() if raw.strip()]
    records = [json.loads(raw) for raw in raws]
    regraded = {(r.get("task"), r.get("response")) for r in records if "error" not in r}
    for raw, record in zip(raws, records, strict=True):
        if record.get("gradebox_fault") and (record.get("task"), record.get("response")) in regraded:
            continue
        line = remap_line(raw, lines, names)
        record = json.loads(line)
        if "error" in record:
            seen, key = error_lines, record.get("line")
        else:
            seen, key = pairs, (record.get("task"), record.get("response"))
        if key in seen:
            raise ShardOutputError(f"two records for {key} in one shard's results")
        seen.add(key)
        out.append(line + b"\n")
    return b"".join(out)
