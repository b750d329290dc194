#!/usr/bin/env python3
"""Checks that every module under src/ includes only modules listed above it in DESIGN.md's
pipeline, and that check/ and text/ include no I/O headers. Exits 1 naming each violation."""
import os
import re
import sys

ORDER = ["common", "model", "store", "registry", "fetch", "extract", "text", "crawl", "media",
         "messages", "check", "verdict", "report", "farm", "server", "cli"]
# Pure modules: data in, findings out.
PURE = {"check", "text"}
IO_HEADERS = re.compile(r'#include\s*[<"](fstream|curl/curl\.h|sqlite3\.h|httplib\.h|common/files\.hpp|store/)')
INCLUDE = re.compile(r'#include\s*"([a-z_]+)/')


def main() -> int:
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    problems = []
    for module in sorted(os.listdir(root)):
        path = os.path.join(root, module)
        if not os.path.isdir(path) or module not in ORDER:
            continue
        allowed = set(ORDER[: ORDER.index(module) + 1])
        for dirpath, _, files in os.walk(path):
            for name in files:
                if not name.endswith((".hpp", ".cpp", ".in")):
                    continue
                file = os.path.join(dirpath, name)
                rel = os.path.relpath(file, os.path.join(root, ".."))
                with open(file, encoding="utf-8", errors="replace") as f:
                    for lineno, line in enumerate(f, 1):
                        m = INCLUDE.search(line)
                        if m and m.group(1) in ORDER and m.group(1) not in allowed:
                            problems.append(f"{rel}:{lineno}: {module} may not include {m.group(1)}/ (it is below)")
                        if module in PURE and IO_HEADERS.search(line):
                            problems.append(f"{rel}:{lineno}: {module} is pure and may not include {line.strip()}")
    for p in problems:
        print(p)
    print(f"layering: {len(problems)} violation(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
