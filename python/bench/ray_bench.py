"""Throughput of gradebox_ray against plain `gradebox run` on the same batch, same run.

Run by scripts/ray-bench inside a network namespace (loopback only). Measures, end to
end as a user would (driver start to exit, Ray connection and node set-up included):

  - the CPU time of plain `gradebox run` on the whole batch and on the same batch cut
    into shards (no Ray): what each extra `gradebox run` process costs, whatever the
    load on the machine;
  - a 1-line batch: the fixed cost of a run (Ray connection, node set-up, one shard);
  - the Ray driver with one worker node of one CPU, for several shard sizes (where the
    per-shard cost, a `gradebox run` process and a Ray task, stops mattering), and with
    two worker nodes of one CPU each;
  - right before each Ray run, plain `gradebox run --jobs N` with as many CPUs (N = the
    worker nodes), so both see the same load when the machine is shared; each pair
    repeated (--repeats, 3) and the median ratio reported.

Every Ray run's answers are checked against its plain run before its time counts.
Prints one line per configuration and a closing table in Markdown.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from statistics import median

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from batch import gradebox_run, make_batch, node_home, same_answers  # noqa: E402

# Every node and driver says it is on loopback, so Ray never probes for another address.
LOOPBACK = "127.0.0.1"


def timed(fn, *args) -> float:
    started = time.monotonic()
    fn(*args)
    return time.monotonic() - started


def driver(args, address: str, home: str, batch: str, out: str, shard_size: int) -> None:
    cmd = [sys.executable, "-m", "gradebox_ray", "run", "--address", address, "--tasks", args.tasks]
    cmd += ["--responses", batch, "--out", out, "--shard-size", str(shard_size)]
    cmd += ["--ship-binary", args.gradebox, "--node-home", home]
    subprocess.run(cmd, check=True, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cpu_seconds(fn, *args) -> float:
    """User + system CPU time of the child processes `fn` runs and waits for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    fn(*args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def sharded_plain(args, batch: str, size: int) -> None:
    """`gradebox run` on each shard in turn, no Ray: what cutting the batch costs."""
    from gradebox_ray import shards

    plan = shards.plan(batch, size)
    for shard in plan.shards:
        part = os.path.join(args.work, "shard.jsonl")
        with open(part, "wb") as f:
            f.write(plan.shard_bytes(shard))
        out = part + ".out"
        if os.path.exists(out):
            os.remove(out)
        gradebox_run(args.gradebox, args.tasks, part, out, 1)


def steady_rate(out: str) -> float:
    """Lines per second between the first and the last commit (the commit log's times):
    the rate once Ray is connected and the nodes are set up."""
    import json

    with open(out + ".shards", "rb") as f:
        records = [json.loads(raw) for raw in f.read().splitlines()[1:]]
    records.sort(key=lambda r: r["time"])
    if len(records) < 2:
        return float("nan")
    with open(out, "rb") as f:
        data = f.read()
    lines = sum(data[r["start"] : r["end"]].count(b"\n") for r in records[1:])
    return lines / max(records[-1]["time"] - records[0]["time"], 1e-3)


def main() -> None:
    p = argparse.ArgumentParser()
    for name in ("--gradebox", "--tasks", "--sample", "--home", "--work"):
        p.add_argument(name, required=True)
    p.add_argument("--copies", type=int, default=6)
    p.add_argument("--shard-sizes", default="8,32,128")
    p.add_argument("--repeats", type=int, default=3)
    args = p.parse_args()
    sizes = [int(s) for s in args.shard_sizes.split(",")]
    batch = os.path.join(args.work, "responses.jsonl")
    lines = make_batch(args.sample, batch, copies=args.copies, extras=False)
    one_line = os.path.join(args.work, "one-line.jsonl")
    with open(batch, "rb") as f, open(one_line, "wb") as g:
        g.write(f.readline())
    home = node_home(args.home, os.path.join(args.work, "node-home"))
    n = [0]

    def out() -> str:
        n[0] += 1
        return os.path.join(args.work, f"out-{n[0]}.jsonl")

    # CPU time does not depend on what else the machine runs; wall time does.
    whole = cpu_seconds(gradebox_run, args.gradebox, args.tasks, batch, out(), 1)
    print(f"CPU time of plain gradebox run --jobs 1 on {lines} lines: {whole:.2f} s", flush=True)
    for size in sizes:
        cut = cpu_seconds(sharded_plain, args, batch, size)
        count = -(-lines // size)
        print(
            f"  cut into {count} shards of {size}: {cut:.2f} s CPU, "
            f"{(cut - whole) / count * 1000:.0f} ms more per shard ({cut / whole - 1:+.0%})",
            flush=True,
        )
    rows: list[tuple[str, float, float, float]] = []

    def pairs(nodes: int, size: int, address: str) -> None:
        """Plain gradebox on as many CPUs, then the Ray driver, back to back and
        repeated, so both see the same load when the machine is shared."""
        plain_times, ray_times, ratios, steady = [], [], [], []
        for _ in range(args.repeats):
            plain = out()
            plain_times.append(timed(gradebox_run, args.gradebox, args.tasks, batch, plain, nodes))
            ray_out = out()
            ray_times.append(timed(driver, args, address, home, batch, ray_out, size))
            same_answers(ray_out, plain)
            ratios.append(plain_times[-1] / ray_times[-1])
            steady.append(steady_rate(ray_out) / (lines / plain_times[-1]))
        name = f"{nodes} worker node{'s' if nodes > 1 else ''}, --shard-size {size}"
        row = (name, median(plain_times), median(ray_times), median(ratios), median(steady))
        rows.append(row)
        print(
            f"{name:<34} plain --jobs {nodes}: {row[1]:5.1f} s   ray: {row[2]:5.1f} s   "
            f"throughput ray/plain {row[3]:4.0%}, after the first commit {row[4]:4.0%} "
            f"(medians of {args.repeats}; each: " + ", ".join(f"{r:.0%}" for r in ratios) + ")",
            flush=True,
        )

    from ray.cluster_utils import Cluster

    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "node_ip_address": LOOPBACK})
    try:
        cluster.add_node(num_cpus=1, node_ip_address=LOOPBACK)
        cluster.wait_for_nodes()
        fixed = timed(driver, args, cluster.address, home, one_line, out(), 1)
        print(f"a 1-line batch through Ray, end to end: {fixed:.1f} s (connection, node set-up, one shard)", flush=True)
        for size in sizes:
            pairs(1, size, cluster.address)
        cluster.add_node(num_cpus=1, node_ip_address=LOOPBACK)
        cluster.wait_for_nodes()
        for size in sizes[1:]:
            pairs(2, size, cluster.address)
    finally:
        cluster.shutdown()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\n{lines} lines ({args.copies} copies of the sample batch, hostile-sleep left out), "
        f"{os.cpu_count()} cores, load average at the end {load}\n"
    )
    print(
        "| Ray cluster | plain `gradebox run` (s) | gradebox_ray (s) | lines/s | "
        "throughput vs plain | after the first commit |"
    )
    print("|---|---|---|---|---|---|")
    for name, t_plain, t_ray, ratio, steady in rows:
        print(f"| {name} | {t_plain:.1f} | {t_ray:.1f} | {lines / t_ray:.1f} | {ratio:.0%} | {steady:.0%} |")


if __name__ == "__main__":
    main()
