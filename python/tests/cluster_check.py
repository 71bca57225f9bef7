"""gradebox_ray on a real local Ray cluster: a head and two worker nodes of one CPU each.

Run by scripts/ray-check inside a network namespace where loopback is the only
interface, so no connection can leave the machine. Usage:

    python cluster_check.py --gradebox BIN --tasks DIR --sample FILE --home DIR --work DIR

Each check prints `ok NAME` or `FAIL NAME: why`; the last line is `N passed, N failed`
and the exit status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import traceback

from batch import gradebox_run, make_batch, node_home, same_answers

RESULTS = {"passed": 0, "failed": 0}

# Every node and driver says it is on loopback, so Ray never probes for another address.
LOOPBACK = "127.0.0.1"


def check(name: str, fn, *args) -> None:
    started = time.monotonic()
    try:
        fn(*args)
    except Exception as e:  # noqa: BLE001 - any failure is this check's failure
        RESULTS["failed"] += 1
        print(f"FAIL {name}: {e}", flush=True)
        traceback.print_exc(limit=3, file=sys.stderr)
        return
    RESULTS["passed"] += 1
    print(f"ok   {name} ({time.monotonic() - started:.1f} s)", flush=True)


class Env:
    def __init__(self, args, cluster):
        self.args = args
        self.cluster = cluster
        self.batch = os.path.join(args.work, "responses.jsonl")
        self.lines = make_batch(args.sample, self.batch, copies=args.copies)
        self.baseline = os.path.join(args.work, "baseline.jsonl")
        self.home = node_home(args.home, os.path.join(args.work, "node-home"))
        gradebox_run(args.gradebox, args.tasks, self.batch, self.baseline, jobs=2)

    def driver(self, out: str, *extra: str) -> subprocess.Popen:
        cmd = [sys.executable, "-m", "gradebox_ray", "run", "--address", self.cluster.address]
        cmd += ["--tasks", self.args.tasks, "--responses", self.batch, "--out", out]
        cmd += ["--shard-size", str(self.args.shard_size), "--ship-binary", self.args.gradebox]
        cmd += ["--node-home", self.home, *extra]
        return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def shards(self) -> int:
        return -(-self.lines // self.args.shard_size)


def committed(out: str) -> int:
    try:
        with open(out + ".shards", "rb") as f:
            return max(0, f.read().count(b"\n") - 1)
    except FileNotFoundError:
        return 0


def commit_records(out: str) -> list[dict]:
    import json

    with open(out + ".shards", "rb") as f:
        return [json.loads(raw) for raw in f.read().splitlines()[1:]]


def wait_for_commits(out: str, n: int, proc: subprocess.Popen, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while committed(out) < n:
        assert proc.poll() is None, f"the driver ended before {n} commits: {proc.stderr.read()[-1500:]}"
        assert time.monotonic() < deadline, f"no {n} commits in {timeout} s"
        time.sleep(0.05)
    return committed(out)


def finish(proc: subprocess.Popen, timeout: float = 240) -> str:
    _, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"driver exited {proc.returncode}: {err[-2000:]}"
    return err


def worker_killed_mid_batch(env: Env) -> None:
    out = os.path.join(env.args.work, "worker-killed.jsonl")
    proc = env.driver(out)
    wait_for_commits(out, 1, proc)
    victim, shard = busy_worker_node(env, proc)
    env.cluster.remove_node(victim, allow_graceful=False)
    at_kill = committed(out)
    assert at_kill <= env.shards() - 2, f"the batch was nearly done ({at_kill} of {env.shards()}) when the node died"
    finish(proc)
    env.cluster.add_node(num_cpus=1, node_ip_address=LOOPBACK)
    assert committed(out) == env.shards()
    same_answers(out, env.baseline)
    graded_by = {r["shard"]: r["node"] for r in commit_records(out)}
    print(f"     node {victim.node_id[:8]} killed while grading shard {shard}; committed from {graded_by[shard][:8]}")


def busy_worker_node(env: Env, proc: subprocess.Popen):
    """A worker node with a `gradebox run` grading a shard right now, and that shard."""
    raylets = {n.all_processes["raylet"][0].process.pid: n for n in env.cluster.worker_nodes}
    deadline = time.monotonic() + 60
    while True:
        for pid, worker in gradebox_processes(env.home).items():
            node = raylets.get(parent_of(worker))
            shard = shard_of(pid)
            if node is not None and shard is not None:
                return node, shard
        assert proc.poll() is None and time.monotonic() < deadline, "no worker node seen grading a shard"
        time.sleep(0.01)


def parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return int(f.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def shard_of(pid: int) -> int | None:
    """The shard a `gradebox run` process grades, from its work folder (shard-NNNNNN)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = f.read().split(b"\0")
    except OSError:
        return None
    for arg in args:
        for part in arg.split(b"/"):
            if part.startswith(b"shard-") and part[6:].isdigit():
                return int(part[6:])
    return None


def driver_killed_then_resumed(env: Env) -> None:
    out = os.path.join(env.args.work, "driver-killed.jsonl")
    proc = env.driver(out)
    wait_for_commits(out, 2, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = committed(out)
    assert at_kill < env.shards(), "the driver finished before it was killed"
    err = finish(env.driver(out, "--resume"))
    assert f"resuming: {at_kill} of {env.shards()} shards already committed" in err, err[-1500:]
    assert committed(out) == env.shards()
    same_answers(out, env.baseline)


def gradebox_processes(home: str) -> dict[int, int]:
    """{pid: parent pid} of the `gradebox run` processes grading shards under `home`."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                args = f.read().split(b"\0")
        except OSError:
            continue
        parent = parent_of(int(entry))
        if parent and b"run" in args and any(a.startswith(os.path.join(home, "ray", "work").encode()) for a in args):
            found[int(entry)] = parent
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def worker_process_killed_mid_shard(env: Env) -> None:
    out = os.path.join(env.args.work, "worker-process-killed.jsonl")
    proc = env.driver(out)
    wait_for_commits(out, 1, proc)
    deadline = time.monotonic() + 60
    while not (running := gradebox_processes(env.home)):
        assert proc.poll() is None and time.monotonic() < deadline, "no gradebox process seen grading a shard"
        time.sleep(0.01)
    pid, worker = next(iter(running.items()))
    os.kill(worker, signal.SIGKILL)  # the Ray worker running that shard; its node lives on
    deadline = time.monotonic() + 10
    while alive(pid):
        assert time.monotonic() < deadline, f"gradebox {pid} outlived its Ray worker {worker}"
        time.sleep(0.05)
    finish(proc)
    assert committed(out) == env.shards()
    same_answers(out, env.baseline)


def refuses_to_overwrite(env: Env) -> None:
    out = os.path.join(env.args.work, "driver-killed.jsonl")
    before = os.path.getsize(out)
    proc = env.driver(out)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "--resume" in err, err
    err = finish(env.driver(out, "--resume"))
    assert f"{env.shards()} of {env.shards()} shards already committed" in err, err
    assert os.path.getsize(out) == before


def ray_data_batches(env: Env) -> None:
    import json

    import ray

    from gradebox_ray import GradeBatch, make_job

    ray.init(address=env.cluster.address, log_to_driver=False, _node_ip_address=LOOPBACK)
    try:
        rows = []
        with open(env.batch, "rb") as f:
            for raw in f:
                try:
                    row = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(row, dict) and {"task", "response", "language", "code"} <= row.keys():
                    rows.append(row)
        rows = rows[:80]
        job = make_job(env.args.tasks, ship=env.args.gradebox, node_home=env.home, put=ray.put)
        ds = ray.data.from_items(rows)
        pool = ray.data.ActorPoolStrategy(size=2)
        graded = ds.map_batches(GradeBatch, fn_constructor_kwargs={"job": job}, compute=pool, batch_size=16)
        got = graded.take_all()
    finally:
        ray.shutdown()
    assert len(got) == len(rows), f"{len(got)} rows back for {len(rows)}"
    want = {}
    with open(env.baseline, "rb") as f:
        for raw in f:
            r = json.loads(raw)
            if "verdict" in r:
                want[(r["task"], r["response"])] = r
    seen = set()
    for row in got:
        key = (row["task"], row["response"])
        if key in seen or key not in want:  # a repeat, an unknown task, a wrong language
            assert row["error"] and row["verdict"] is None, f"{key}: {row['error']} {row['verdict']}"
            continue
        seen.add(key)
        w = want[key]
        assert (row["verdict"], row["score"], row["passed"]) == (w["verdict"], w["score"], w["passed"]), key
        fuel = [t["fuel"] for t in json.loads(row["tests"])]
        assert fuel == [t["fuel"] for t in w["tests"]], f"{key}: fuel {fuel}"
    assert len(seen) > 30, f"only {len(seen)} rows graded"


def unit_tests() -> None:
    import unittest

    suite = unittest.defaultTestLoader.loadTestsFromName("test_units")
    result = unittest.TextTestRunner(stream=sys.stderr, verbosity=0).run(suite)
    RESULTS["failed"] += len(result.failures) + len(result.errors)
    RESULTS["passed"] += result.testsRun - len(result.failures) - len(result.errors)
    print(f"unit tests: {result.testsRun} run, {len(result.failures) + len(result.errors)} failed", flush=True)


def main() -> None:
    unit_tests()
    p = argparse.ArgumentParser()
    for name in ("--gradebox", "--tasks", "--sample", "--home", "--work"):
        p.add_argument(name, required=True)
    p.add_argument("--copies", type=int, default=8)
    p.add_argument("--shard-size", type=int, default=12)
    args = p.parse_args()
    from ray.cluster_utils import Cluster

    started = time.monotonic()
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "node_ip_address": LOOPBACK})
    try:
        env = []
        check("a head and two worker nodes come up on loopback", start, cluster, args, env)
        if not env:
            return
        env = env[0]
        check("a worker node killed mid-batch: one result per pair, same answers", worker_killed_mid_batch, env)
        check("the driver killed, then --resume: same answers", driver_killed_then_resumed, env)
        check(
            "a Ray worker process killed mid-shard: gradebox dies with it, the retry gives the same answers",
            worker_process_killed_mid_shard,
            env,
        )
        check("a finished --out is refused without --resume and left as is with it", refuses_to_overwrite, env)
        check("Ray Data map_batches(GradeBatch): same answers", ray_data_batches, env)
    finally:
        cluster.shutdown()
    print(f"cluster checks took {time.monotonic() - started:.0f} s", flush=True)


def start(cluster, args, env: list) -> None:
    for _ in range(2):
        cluster.add_node(num_cpus=1, node_ip_address=LOOPBACK)
    cluster.wait_for_nodes()
    assert cluster.address.startswith("127.0.0.1:"), f"the cluster is not on loopback: {cluster.address}"
    env.append(Env(args, cluster))
    print(f"cluster up at {cluster.address}; batch of {env[0].lines} lines in {env[0].shards()} shards", flush=True)


if __name__ == "__main__":
    main()
    print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
    sys.exit(1 if RESULTS["failed"] else 0)
