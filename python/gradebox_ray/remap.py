"""Result lines from a shard, told in the original file's terms.

gradebox numbers input errors by their line in the file it read (the shard) and names
that file in the message. The record is rewritten to carry the original line number
and the original --responses name, exactly as one `gradebox run` of the whole file
would have written it. Graded results carry no line and pass through byte for byte.
"""

from __future__ import annotations

import json


class ShardOutputError(Exception):
    """gradebox's output for a shard is not one record per line (never expected)."""


def remap_line(raw: bytes, lines: list[int], local_name: str, original_name: str) -> bytes:
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
    prefix = f"{local_name}:{local}:"
    if record["error"].startswith(prefix):
        record["error"] = f"{original_name}:{original}:" + record["error"][len(prefix) :]
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()


def remap(output: bytes, lines: list[int], local_name: str, original_name: str) -> bytes:
    """All complete lines of a shard's results, remapped, checked to hold one record per
    pair and per input-error line."""
    out = []
    pairs, error_lines = set(), set()
    for raw in output.splitlines():
        if not raw.strip():
            continue
        line = remap_line(raw, lines, local_name, original_name)
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
