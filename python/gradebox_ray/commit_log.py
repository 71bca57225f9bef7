"""Exactly-once commits of shard results into the --out file.

Beside OUT the driver keeps OUT.shards, a JSONL commit log: a header naming the batch
(the responses file's and the tasks' SHA-256, the shard size), then one record per
committed shard: its byte range in OUT and the SHA-256 of those bytes.

Committing a shard: append its lines to OUT and fsync, then append its record to the
log and fsync. The record is the commit point. A driver killed between the two leaves
an uncommitted tail in OUT, which `open(resume=True)` cuts off; killed while writing the
record, it leaves a torn last log line, also cut off (and the shard runs again). So
after any kill a shard is either wholly in OUT, once, or not at all.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time

LOG_FORMAT = "gradebox_ray.commits/1"


class CommitLogError(Exception):
    """OUT and its log cannot be continued as they are; the message says why and what to do."""


def log_path(out: str) -> str:
    return out + ".shards"


def _complete_lines(path: str) -> tuple[list[bytes], int]:
    """The complete lines of a file and the byte length they span (a torn tail excluded)."""
    with open(path, "rb") as f:
        data = f.read()
    end = data.rfind(b"\n") + 1
    return data[:end].splitlines(), end


class CommitLog:
    def __init__(self, out: str, header: dict, resume: bool):
        self.out = out
        self.header = {"format": LOG_FORMAT, **header}
        self.committed: dict[int, dict] = {}
        self.end = 0
        self._log = open(log_path(out), "ab+")
        try:
            self._open(resume)
        except BaseException:
            self._log.close()
            raise
        self._out = open(out, "ab")

    def _open(self, resume: bool) -> None:
        try:
            fcntl.flock(self._log, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CommitLogError(
                f"another gradebox_ray driver is writing {self.out} (its log {log_path(self.out)} is locked)"
            ) from None
        if resume:
            self._recover()
        else:
            self._fresh()

    def _fresh(self) -> None:
        for path in (self.out, log_path(self.out)):
            if os.path.exists(path) and os.path.getsize(path) > 0:
                raise CommitLogError(
                    f"{path} already exists; pass --resume to continue that batch, or choose another --out"
                )
        self._append_log(self.header)

    def _recover(self) -> None:
        lines, length = _complete_lines(log_path(self.out))
        out_size = os.path.getsize(self.out) if os.path.exists(self.out) else 0
        if not lines:
            if out_size > 0:
                raise CommitLogError(
                    f"{self.out} holds results but has no commit log {log_path(self.out)}: it was not written "
                    "by gradebox_ray, so it cannot be resumed here (resume it with `gradebox run --resume`, "
                    "or choose another --out)"
                )
            os.ftruncate(self._log.fileno(), 0)
            self._append_log(self.header)
            return
        os.ftruncate(self._log.fileno(), length)
        header = json.loads(lines[0])
        for name in ("responses_sha256", "tasks_sha256", "shard_size"):
            if header.get(name) != self.header.get(name):
                raise CommitLogError(
                    f"{self.out} was started with a different {name} ({header.get(name)} now {self.header.get(name)}); "
                    "resume with the same --responses, --tasks and --shard-size, or choose another --out"
                )
        for raw in lines[1:]:
            record = json.loads(raw)
            self.committed[record["shard"]] = record
            self.end = max(self.end, record["end"])
        self._check_out(out_size)

    def _check_out(self, out_size: int) -> None:
        if out_size < self.end:
            raise CommitLogError(
                f"{self.out} is {out_size} bytes but its commit log records {self.end}: the file was changed "
                f"outside gradebox_ray; start again with another --out"
            )
        with open(self.out, "rb+") as f:
            for record in self.committed.values():
                f.seek(record["start"])
                if hashlib.sha256(f.read(record["end"] - record["start"])).hexdigest() != record["sha256"]:
                    raise CommitLogError(
                        f"{self.out}: the lines of shard {record['shard']} differ from what was committed; "
                        "the file was changed outside gradebox_ray; start again with another --out"
                    )
            # Lines appended after the last commit belong to no committed shard.
            f.truncate(self.end)
            f.flush()
            os.fsync(f.fileno())

    def _append_log(self, record: dict) -> None:
        self._log.write(json.dumps(record, separators=(",", ":")).encode() + b"\n")
        self._log.flush()
        os.fsync(self._log.fileno())

    def commit(self, shard: int, payload: bytes, node: str = "") -> None:
        if shard in self.committed:
            return
        start = self.end
        self._out.write(payload)
        self._out.flush()
        os.fsync(self._out.fileno())
        record = {
            "shard": shard,
            "start": start,
            "end": start + len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
            "node": node,  # the Ray node that graded it, for the record
            "time": round(time.time(), 3),
        }
        self._append_log(record)
        self.committed[shard] = record
        self.end = record["end"]

    def close(self) -> None:
        self._out.close()
        self._log.close()

    def remove(self) -> None:
        """Deletes OUT and its log (closed, with nothing committed)."""
        for path in (self.out, log_path(self.out)):
            if os.path.exists(path):
                os.remove(path)
