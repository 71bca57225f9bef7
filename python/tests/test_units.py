"""Shard planning, remapping and the commit log, on real files (no cluster needed)."""

from __future__ import annotations

import json
import os
import tempfile
import unittest

from gradebox_ray import shards
from gradebox_ray.commit_log import CommitLog, CommitLogError, log_path
from gradebox_ray.remap import Names, ShardOutputError, remap

HEADER = {"responses_sha256": "r", "tasks_sha256": "t", "shard_size": 2, "shards": 3}


def line(task: str, response: str) -> bytes:
    return json.dumps({"task": task, "response": response, "language": "python", "code": ""}).encode()


def read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


class Temp(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def path(self, name: str) -> str:
        return os.path.join(self.dir.name, name)


class PlanTest(Temp):
    def write(self, data: bytes) -> str:
        with open(self.path("r.jsonl"), "wb") as f:
            f.write(data)
        return self.path("r.jsonl")

    def test_line_ranges_keep_every_line_once_in_order(self):
        rows = [line("t", f"r{i}") for i in range(5)] + [b"", b"\xff not utf-8", b"{broken"]
        p = shards.plan(self.write(b"\n".join(rows) + b"\n"), 3)
        self.assertEqual([s.lines for s in p.shards], [[1, 2, 3], [4, 5, 6], [7, 8]])
        self.assertEqual(p.shard_bytes(p.shards[2]), b"\xff not utf-8\n{broken\n")

    def test_a_repeated_pair_joins_the_shard_of_its_first_copy(self):
        rows = [line("t", "a"), line("t", "b"), line("t", "c"), line("t", "a"), line("u", "a")]
        p = shards.plan(self.write(b"\n".join(rows)), 2)
        self.assertEqual([s.lines for s in p.shards], [[1, 2, 4], [3], [5]])

    def test_a_last_line_without_newline_counts(self):
        p = shards.plan(self.write(line("t", "a") + b"\r\n" + line("t", "b")), 1)
        self.assertEqual([s.lines for s in p.shards], [[1], [2]])
        self.assertEqual(p.shard_bytes(p.shards[0]), line("t", "a") + b"\r\n")

    def test_the_plan_depends_on_the_bytes_only(self):
        data = b"\n".join(line("t", str(i)) for i in range(10))
        a, b = shards.plan(self.write(data), 4), shards.plan(self.write(data), 4)
        self.assertEqual(a.shards, b.shards)
        self.assertEqual(a.responses_sha256, b.responses_sha256)


class RemapTest(unittest.TestCase):
    def test_input_errors_get_the_original_line_and_file(self):
        err = (
            b'{"schema":"gradebox.result/1","line":2,"task":"x","response":"y",'
            b'"error":"/w/s.jsonl:2: unknown task \\"x\\" (not found in /n/tasks)"}'
        )
        ok = b'{"schema":"gradebox.result/1","task":"t","response":"r","verdict":"pass"}'
        names = Names("/w/s.jsonl", "responses.jsonl", "/n/tasks", "sample-tasks")
        got = remap(ok + b"\n" + err + b"\n", [10, 37], names).splitlines()
        self.assertEqual(got[0], ok)
        self.assertEqual(
            json.loads(got[1]),
            {
                "schema": "gradebox.result/1",
                "line": 37,
                "task": "x",
                "response": "y",
                "error": 'responses.jsonl:37: unknown task "x" (not found in sample-tasks)',
            },
        )

    def test_a_fault_regraded_by_a_retry_leaves_only_the_result(self):
        fault = (
            b'{"schema":"gradebox.result/1","line":1,"task":"t","response":"r",'
            b'"error":"s:1: gradebox could not grade this response: x","gradebox_fault":true}'
        )
        ok = b'{"schema":"gradebox.result/1","task":"t","response":"r","verdict":"pass"}'
        self.assertEqual(remap(fault + b"\n" + ok + b"\n", [5], Names("s", "r")), ok + b"\n")
        self.assertIn(b'"line":5', remap(fault + b"\n", [5], Names("s", "r")))

    def test_two_records_for_one_pair_are_refused(self):
        ok = b'{"schema":"gradebox.result/1","task":"t","response":"r","verdict":"pass"}\n'
        with self.assertRaises(ShardOutputError):
            remap(ok + ok, [1, 2], Names("s", "r"))


class CommitLogTest(Temp):
    def test_commits_once_and_resume_skips_committed(self):
        out = self.path("out.jsonl")
        log = CommitLog(out, HEADER, resume=False)
        log.commit(0, b"a\nb\n")
        log.commit(0, b"a\nb\n")
        log.commit(2, b"c\n")
        log.close()
        again = CommitLog(out, HEADER, resume=True)
        self.assertEqual(sorted(again.committed), [0, 2])
        again.close()
        self.assertEqual(read(out), b"a\nb\nc\n")

    def test_a_kill_between_the_two_writes_leaves_nothing_of_the_shard(self):
        out = self.path("out.jsonl")
        log = CommitLog(out, HEADER, resume=False)
        log.commit(0, b"a\n")
        log.close()
        with open(out, "ab") as f:  # shard 1 written, its record never was
            f.write(b"b\nc")
        with open(log_path(out), "ab") as f:  # and a record torn mid-write
            f.write(b'{"shard":1,"sta')
        again = CommitLog(out, HEADER, resume=True)
        self.assertEqual(list(again.committed), [0])
        again.commit(1, b"b\nc\n")
        again.close()
        self.assertEqual(read(out), b"a\nb\nc\n")

    def test_refuses_existing_output_without_resume_and_other_batches_with_it(self):
        out = self.path("out.jsonl")
        log = CommitLog(out, HEADER, resume=False)
        log.commit(0, b"a\n")
        log.close()
        with self.assertRaisesRegex(CommitLogError, "--resume"):
            CommitLog(out, HEADER, resume=False)
        with self.assertRaisesRegex(CommitLogError, "shard_size"):
            CommitLog(out, {**HEADER, "shard_size": 5}, resume=True)

    def test_a_changed_output_file_is_refused(self):
        out = self.path("out.jsonl")
        log = CommitLog(out, HEADER, resume=False)
        log.commit(0, b"a\n")
        log.close()
        with open(out, "wb") as f:
            f.write(b"x\n")
        with self.assertRaisesRegex(CommitLogError, "changed outside"):
            CommitLog(out, HEADER, resume=True)

    def test_two_drivers_on_one_output_are_refused(self):
        out = self.path("out.jsonl")
        first = CommitLog(out, HEADER, resume=False)
        with self.assertRaisesRegex(CommitLogError, "another gradebox_ray driver"):
            CommitLog(out, HEADER, resume=True)
        first.close()


if __name__ == "__main__":
    unittest.main()
