"""`python -m bench`: run the benchmarks one after the other and print their tables.

Each benchmark runs in its own process, as it would alone: none of them shares an
interpreter, a warmed cache or a command line with another, and one that fails
does not stop the rest (the exit status says whether any failed).

    .venv/bin/python -m bench                 # all of them (about 7 minutes)
    .venv/bin/python -m bench load route      # some of them
    .venv/bin/python -m bench --quick         # shorter runs, a smoke test
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence

from bench.common import ROOT, machine

BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "route": (["bench.bench_route"], []),
    "overhead": (["bench.bench_overhead"], ["--answers", "100", "--idle-answers", "10"]),
    "tokens": (["bench.bench_tokens"], ["--streams", "3"]),
    "load": (["bench.bench_load"], ["--quick"]),
    "sensitivity": (["bench.bench_sensitivity"], ["--rounds", "5"]),
    "difficulty": (["bench.bench_difficulty"], []),
    "router": (["bench.bench_router"], []),
}
"""name: (module, extra arguments with --quick)."""


def run_one(name: str, quick: bool) -> int:
    module, quick_args = BENCHMARKS[name]
    command = [sys.executable, "-m", *module, *(quick_args if quick else [])]
    shown = " ".join([".venv/bin/python", "-m", *module, *(quick_args if quick else [])])
    print(f"\n=== {name}: {shown}  (load average {os.getloadavg()[0]:.2f})", flush=True)
    start = time.monotonic()
    status = subprocess.run(command, cwd=ROOT, check=False).returncode
    print(f"=== {name}: {time.monotonic() - start:.0f} s, exit {status}", flush=True)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument("--quick", action="store_true", help="shorter runs (a smoke test)")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    print(f"machine: {machine()}")
    failed = [name for name in args.names or list(BENCHMARKS) if run_one(name, args.quick)]
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
