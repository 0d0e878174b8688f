"""Routing quality on the held-aside split of the routing dev set: Tandem's difficulty
score against a prompt-length rule and random routing (RouteLLM's APGR, CPT(50%),
CPT(80%)). It is `tandem router eval --heldout` on the shared dev files; the split
(sha256(prompt) % 5 == 0) was never used to fit or tune anything.

Then, whole, `tests/data/routing/chat_heldout.jsonl`: open-ended chat and Slack questions
with judged weak / strong scores, written blind and never trained on.

Run: `.venv/bin/python -m bench.bench_router [FILE.jsonl ...]`
(default: ../shared/routing/{mmlu,gsm8k}.dev.jsonl next to the project).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.common import ROOT, machine

DEV = ROOT.parent / "shared" / "routing"
DEFAULT_FILES = [DEV / "mmlu.dev.jsonl", DEV / "gsm8k.dev.jsonl"]
CHAT_HELDOUT = ROOT / "tests" / "data" / "routing" / "chat_heldout.jsonl"


def main() -> int:
    files = [Path(a) for a in sys.argv[1:]] or DEFAULT_FILES
    missing = [str(f) for f in files if not f.exists()]
    print(f"machine: {machine()}")
    if missing:
        print(f"skipped: no dev set at {', '.join(missing)}")
        return 0
    command = [sys.executable, "-m", "bot", "router", "eval", "--heldout", *map(str, files)]
    code = subprocess.run(command, cwd=ROOT, check=False).returncode
    if sys.argv[1:]:
        return code
    print()
    chat = [sys.executable, "-m", "bot", "router", "eval", str(CHAT_HELDOUT)]
    return code or subprocess.run(chat, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
