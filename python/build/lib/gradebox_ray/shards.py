"""Splitting a responses file into deterministic shards.

A shard is a range of `shard_size` consecutive lines of the original file, numbered
from 1 as `gradebox run` numbers them. One exception keeps the answers identical to a
single `gradebox run`: gradebox grades a (task, response) pair once and records later
copies as input errors, which it can only see if the copies are in the same file. So a
line whose pair already appeared in an earlier shard joins that earlier shard (after its
own lines, so the file order, and with it which copy is "first", is kept).

The plan depends only on the file's bytes and the shard size, so a resumed driver
computes the same shards as the one that was killed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field


@dataclass
class Shard:
    index: int
    # Original line numbers (1-based) of the shard's lines, ascending.
    lines: list[int] = field(default_factory=list)


@dataclass
class Plan:
    path: str
    shard_size: int
    responses_sha256: str
    # Byte span [start, end) of every line, its "\n" excluded; index 0 is line 1.
    spans: list[tuple[int, int]]
    shards: list[Shard]

    def shard_bytes(self, shard: Shard) -> bytes:
        """The shard's lines, each ending in "\\n", read back from the file."""
        out = bytearray()
        with open(self.path, "rb") as f:
            for line in shard.lines:
                start, end = self.spans[line - 1]
                f.seek(start)
                out += f.read(end - start)
                out += b"\n"
        return bytes(out)


def pair_key(raw: bytes) -> tuple[str, str] | None:
    """The (task, response) a line names, or None when it names none (gradebox then
    records the line as an input error, wherever it is graded)."""
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(value, dict):
        return None
    task, response = value.get("task"), value.get("response")
    if isinstance(task, str) and isinstance(response, str):
        return task, response
    return None


def line_spans(data: bytes) -> list[tuple[int, int]]:
    """Lines as gradebox reads them: split on "\\n"; a final "\\n" ends the last line."""
    spans = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end < 0:
            spans.append((start, len(data)))
            break
        spans.append((start, end))
        start = end + 1
    return spans


def plan(path: str, shard_size: int) -> Plan:
    if shard_size < 1:
        raise ValueError("--shard-size must be at least 1")
    with open(path, "rb") as f:
        data = f.read()
    spans = line_spans(data)
    shards: list[Shard] = []
    home_of: dict[tuple[str, str], int] = {}
    for i, (start, end) in enumerate(spans):
        line = i + 1
        own = i // shard_size
        while len(shards) <= own:
            shards.append(Shard(len(shards)))
        key = pair_key(data[start:end])
        target = own
        if key is not None:
            target = home_of.setdefault(key, own)
        shards[target].lines.append(line)
    return Plan(
        path=path,
        shard_size=shard_size,
        responses_sha256=hashlib.sha256(data).hexdigest(),
        spans=spans,
        shards=[s for s in shards if s.lines],
    )
