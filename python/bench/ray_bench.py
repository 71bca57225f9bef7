"""Throughput of gradebox_ray against plain `gradebox run` on the same batch, same run.

Run by scripts/ray-bench inside a network namespace (loopback only). Measures, end to
end as a user would (driver start to exit, Ray connection and node set-up included):

  - plain `gradebox run --jobs 1` and `--jobs 2`: the baselines;
  - the Ray driver with one worker node of one CPU, for several shard sizes (where the
    per-shard cost, a `gradebox run` process and a Ray task, stops mattering);
  - the Ray driver with two worker nodes of one CPU each.

Every Ray run's answers are checked against the baseline's before its time counts.
Prints one line per configuration and a closing table in Markdown.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

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


def main() -> None:
    p = argparse.ArgumentParser()
    for name in ("--gradebox", "--tasks", "--sample", "--home", "--work"):
        p.add_argument(name, required=True)
    p.add_argument("--copies", type=int, default=20)
    p.add_argument("--shard-sizes", default="4,16,64,256")
    args = p.parse_args()
    sizes = [int(s) for s in args.shard_sizes.split(",")]
    batch = os.path.join(args.work, "responses.jsonl")
    lines = make_batch(args.sample, batch, copies=args.copies, extras=False)
    home = node_home(args.home, os.path.join(args.work, "node-home"))
    rows: list[tuple[str, float]] = []

    def record(name: str, seconds: float) -> None:
        rows.append((name, seconds))
        print(f"{name:<44} {seconds:6.1f} s  {lines / seconds:6.1f} lines/s", flush=True)

    base = os.path.join(args.work, "plain-1.jsonl")
    record("gradebox run --jobs 1", timed(gradebox_run, args.gradebox, args.tasks, batch, base, 1))
    plain2 = os.path.join(args.work, "plain-2.jsonl")
    record("gradebox run --jobs 2", timed(gradebox_run, args.gradebox, args.tasks, batch, plain2, 2))

    from ray.cluster_utils import Cluster

    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "node_ip_address": LOOPBACK})
    try:
        cluster.add_node(num_cpus=1, node_ip_address=LOOPBACK)
        cluster.wait_for_nodes()
        for size in sizes:
            out = os.path.join(args.work, f"ray-1-{size}.jsonl")
            record(
                f"ray, 1 worker node, --shard-size {size}", timed(driver, args, cluster.address, home, batch, out, size)
            )
            same_answers(out, base)
        cluster.add_node(num_cpus=1, node_ip_address=LOOPBACK)
        cluster.wait_for_nodes()
        for size in sizes[1:3]:
            out = os.path.join(args.work, f"ray-2-{size}.jsonl")
            record(
                f"ray, 2 worker nodes, --shard-size {size}",
                timed(driver, args, cluster.address, home, batch, out, size),
            )
            same_answers(out, base)
    finally:
        cluster.shutdown()
    one = dict(rows)["gradebox run --jobs 1"]
    two = dict(rows)["gradebox run --jobs 2"]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\n{lines} lines ({args.copies} copies of the sample batch, hostile-sleep left out), "
        f"{os.cpu_count()} cores, load average at the end {load}\n"
    )
    print("| configuration | seconds | lines/s | vs plain, same CPUs |")
    print("|---|---|---|---|")
    for name, seconds in rows:
        same_cpus = two if ("2 worker" in name or "--jobs 2" in name) else one
        print(f"| {name} | {seconds:.1f} | {lines / seconds:.1f} | {same_cpus / seconds:.0%} |")


if __name__ == "__main__":
    main()
