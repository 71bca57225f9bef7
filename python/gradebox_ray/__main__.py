"""python -m gradebox_ray run --address ADDRESS --tasks DIR --responses FILE --out FILE"""

from __future__ import annotations

import argparse
import sys

from .commit_log import CommitLogError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m gradebox_ray", description="Grade a gradebox batch on a Ray cluster.")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run",
        help="grade a responses file on the cluster, exactly once per line, resumable",
        description="Split --responses into shards of consecutive lines, grade each shard with `gradebox run` "
        "on a cluster node, and commit each shard's result lines to --out once.",
    )
    run.add_argument("--address", required=True, help="the Ray cluster: HOST:PORT of the head, or 'auto'")
    run.add_argument("--tasks", required=True, help="folder of task folders (sent to the nodes with the job)")
    run.add_argument("--responses", required=True, help="JSONL, one response a line (as for `gradebox run`)")
    run.add_argument("--out", required=True, help="results JSONL; its commit log is written beside it as OUT.shards")
    run.add_argument("--shard-size", type=int, default=64, help="lines per shard (default 64)")
    run.add_argument("--resume", action="store_true", help="continue a killed run: skip committed shards")
    run.add_argument(
        "--gradebox", default="gradebox", help="the gradebox binary on each node: a name on PATH or an absolute path"
    )
    run.add_argument(
        "--ship-binary", metavar="FILE", help="send this gradebox binary to every node with the job instead"
    )
    run.add_argument(
        "--node-home", help="gradebox home on each node (default: the node's $GRADEBOX_HOME or ~/.cache/gradebox)"
    )
    run.add_argument("--jobs-per-shard", type=int, default=1, help="gradebox --jobs per shard = CPUs each shard takes")
    run.add_argument("--max-retries", type=int, default=4, help="attempts after the first for a shard (default 4)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from .driver import RunOptions, run

    opts = RunOptions(**{k: v for k, v in vars(args).items() if k != "command"})
    if opts.jobs_per_shard < 1:
        print("gradebox_ray: --jobs-per-shard must be at least 1", file=sys.stderr)
        return 2
    try:
        return run(opts)
    except (CommitLogError, FileNotFoundError, ValueError) as e:
        print(f"gradebox_ray: {e}", file=sys.stderr)
        return 2
    except ConnectionError as e:
        print(f"gradebox_ray: cannot reach the Ray cluster at {opts.address}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
