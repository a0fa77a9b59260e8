#!/usr/bin/env python3
"""Startup benchmark: vpc-peering-wizard against a bare QWizard with one QLineEdit.

Both executables carry the startup probe (tools/startupprobe.h): given the launch time in
VPW_STARTUP_PROBE, they print the time to the first window exposed and painted and the peak
RSS at that moment, then (VPW_STARTUP_SETTLE_MS) the peak RSS two seconds later, with the
demo's in-process sandbox and first poll included, then quit. Runs alternate between the two so that both see the same
machine load; medians over the runs are compared. Run it inside a display (scripts/bench.sh
starts Xvfb and a private D-Bus session with a keyring, so the app starts as on a desktop).

Usage: bench_startup.py BUILD_DIR [RUNS] [NAME=EXECUTABLE...]
(NAME=EXECUTABLE adds another build of the app to the same alternating runs, e.g. the build
before a change, to compare under the same load.)
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = re.compile(rb"vpw-startup-probe ms=([0-9.]+) cpu-ms=([0-9.]+) maxrss-kb=([0-9]+)")
SETTLED = re.compile(rb"vpw-startup-settled maxrss-kb=([0-9]+)")
# The second RSS figure: the peak this long after the first window shows (the demo's in-process
# sandbox and first poll included).
SETTLE_MS = 2000


def run_once(command, home):
    env = dict(os.environ)
    # A new user each time: no profiles, no settings (the first start shows the demo).
    env.update(HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_DATA_HOME=home + "/.local/share",
               XDG_CACHE_HOME=home + "/.cache", LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8")
    # ...and its own runtime folder, so a running instance of the user's is not the one raised.
    os.makedirs(home + "/runtime", mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = home + "/runtime"
    env["VPW_STARTUP_SETTLE_MS"] = str(SETTLE_MS)
    env["VPW_STARTUP_PROBE"] = str(time.clock_gettime_ns(time.CLOCK_REALTIME))
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=60)
    match = PROBE.search(done.stderr)
    settled = SETTLED.search(done.stderr)
    if not match or not settled:
        sys.exit("no probe line from %s (exit %d): %s" % (command[0], done.returncode,
                                                          done.stderr.decode(errors="replace")))
    return float(match.group(1)), float(match.group(2)), int(match.group(3)), int(settled.group(1))


def main():
    build = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    commands = {
        "baseline": [os.path.join(build, "tools", "startup-baseline")],
        "vpc-peering-wizard": [os.path.join(build, "vpc-peering-wizard")],
    }
    for extra in sys.argv[3:]:
        name, _, path = extra.partition("=")
        commands[name] = [path]
    results = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="vpw-bench-") as scratch:
        for name, command in commands.items():  # warm the page cache once, not measured
            run_once(command, tempfile.mkdtemp(dir=scratch))
        for _ in range(runs):
            for name, command in commands.items():
                results[name].append(run_once(command, tempfile.mkdtemp(dir=scratch)))

    print("%-24s %10s %8s %12s %12s %16s" % ("", "median ms", "min ms", "median CPU ms",
                                              "median RSS", "RSS after %.0f s" % (SETTLE_MS / 1e3)))
    medians = {}
    for name, samples in results.items():
        times = [t for t, _, _, _ in samples]
        cpu = [c for _, c, _, _ in samples]
        rss = [r for _, _, r, _ in samples]
        settled = [s for _, _, _, s in samples]
        medians[name] = (statistics.median(times), statistics.median(cpu), statistics.median(rss),
                         statistics.median(settled))
        print("%-24s %10.1f %8.1f %12.1f %8d KiB %12d KiB" % (
            name, medians[name][0], min(times), medians[name][1], medians[name][2],
            medians[name][3]))
    base = medians["baseline"]
    for name, app in medians.items():
        if name == "baseline":
            continue
        print("%s / baseline: time %.2fx (target <= 1.3x), CPU %.2fx, RSS %.2fx at the first "
              "frame, %.2fx after %.0f s (target <= 1.5x)"
              % (name, app[0] / base[0], app[1] / base[1], app[2] / base[2], app[3] / base[3],
                 SETTLE_MS / 1e3))
    print("runs: %d each, alternating" % runs)


if __name__ == "__main__":
    main()
