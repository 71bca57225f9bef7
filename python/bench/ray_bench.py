"""Throughput of gradebox_ray against plain `gradebox run` on the same batch, same run.

Run by scripts/ray-bench inside a network namespace (loopback only). Measures, end to
end as a user would (driver start to exit, Ray connection and node set-up included):

  - a 1-line batch: the fixed cost of a run (Ray connection, node set-up, one shard);
  - the Ray driver with one worker node of one CPU, for several shard sizes (where the
    per-shard cost, a `gradebox run` process and a Ray task, stops mattering), and with
    two worker nodes of one CPU each;
  - right before each Ray run, plain `gradebox run --jobs N` with as many CPUs (N = the
    worker nodes), so both see the same load when the machine is shared.

Every Ray run's answers are checked against its plain run before its time counts.
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
    p.add_argument("--copies", type=int, default=10)
    p.add_argument("--shard-sizes", default="8,32,128")
    args = p.parse_args()
    sizes = [int(s) for s in args.shard_sizes.split(",")]
    batch = os.path.join(args.work, "responses.jsonl")
    lines = make_batch(args.sample, batch, copies=args.copies, extras=False)
    one_line = os.path.join(args.work, "one-line.jsonl")
    with open(batch, "rb") as f, open(one_line, "wb") as g:
        g.write(f.readline())
    home = node_home(args.home, os.path.join(args.work, "node-home"))
    rows: list[tuple[str, float, float]] = []
    n = [0]

    def out() -> str:
        n[0] += 1
        return os.path.join(args.work, f"out-{n[0]}.jsonl")

    def pair(nodes: int, size: int, address: str) -> None:
        """Plain gradebox on as many CPUs, then the Ray driver: back to back, so both
        see the same load on a shared machine."""
        plain = out()
        t_plain = timed(gradebox_run, args.gradebox, args.tasks, batch, plain, nodes)
        ray_out = out()
        t_ray = timed(driver, args, address, home, batch, ray_out, size)
        same_answers(ray_out, plain)
        name = f"{nodes} worker node{'s' if nodes > 1 else ''}, --shard-size {size}"
        rows.append((name, t_plain, t_ray))
        print(
            f"{name:<34} plain --jobs {nodes}: {t_plain:5.1f} s   ray: {t_ray:5.1f} s   "
            f"ray/plain throughput {t_plain / t_ray:4.0%}",
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
            pair(1, size, cluster.address)
        cluster.add_node(num_cpus=1, node_ip_address=LOOPBACK)
        cluster.wait_for_nodes()
        for size in sizes[1:]:
            pair(2, size, cluster.address)
    finally:
        cluster.shutdown()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\n{lines} lines ({args.copies} copies of the sample batch, hostile-sleep left out), "
        f"{os.cpu_count()} cores, load average at the end {load}\n"
    )
    print("| Ray cluster | plain `gradebox run` (s) | gradebox_ray (s) | lines/s | throughput vs plain |")
    print("|---|---|---|---|---|")
    for name, t_plain, t_ray in rows:
        print(f"| {name} | {t_plain:.1f} | {t_ray:.1f} | {lines / t_ray:.1f} | {t_plain / t_ray:.0%} |")


if __name__ == "__main__":
    main()
