#!/usr/bin/env python3
"""Resident memory the on-screen keyboard adds to the kiosk window (offscreen, 1920x1080).

Runs bench_keyboardmemory with the keyboard off and on, a few times each, and prints the
medians. A benchmark: it asserts nothing.

    tests/bench/keyboard_memory.py [BUILD_DIR]      (default: build/bench)

The benchmark needs the test support library, so it is not in build/release; build it with
    cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build/bench --target bench_keyboardmemory
"""
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/bench"))
BENCH = os.path.join(BUILD, "tests/bench/bench_keyboardmemory")
RUNS = 3


def measure(mode):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.debug=false")
    figures = []
    for _ in range(RUNS):
        out = subprocess.run([BENCH, mode], env=env, check=True, capture_output=True, text=True)
        line = out.stdout.strip().splitlines()[-1]
        figures.append(dict(part.split("=") for part in line.split()))
    return {key: statistics.median(int(f[key]) for f in figures)
            for key in ("rss_kb", "hwm_kb")}


def main():
    off = measure("off")
    on = measure("on")
    print("| keyboard | resident (MiB) | peak resident (MiB) |")
    print("|---|---|---|")
    for name, figures in (("off", off), ("on, open", on)):
        print(f"| {name} | {figures['rss_kb'] / 1024:.1f} | {figures['hwm_kb'] / 1024:.1f} |")
    print(f"| added by the keyboard | {(on['rss_kb'] - off['rss_kb']) / 1024:.1f} | "
          f"{(on['hwm_kb'] - off['hwm_kb']) / 1024:.1f} |")


if __name__ == "__main__":
    main()
