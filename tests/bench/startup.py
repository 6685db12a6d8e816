#!/usr/bin/env python3
"""Time to the first frame, and memory on the way there: the kiosk against Chromium.

Both start cold from a process spawn and are timed to the first frame of the same home screen:

- the kiosk (municipal-kiosk over a synced cache) tells systemd it is ready once its first
  frame is painted, through sd_notify: the harness binds the datagram socket that NOTIFY_SOCKET
  names and takes the time when READY=1 arrives;
- Chromium (headless, 1920x1080, a fresh profile each run) opens home-screen.html, the same
  screen as a static page; opened as home-screen.html#first-frame, the page logs "first-frame"
  to the console two animation frames after its load event, Chromium copies console messages
  to stderr (--enable-logging=stderr), and the harness takes the time when that line arrives.

While each program runs, a thread sums the resident memory of its process and of all its
descendants (Chromium forks a zygote, a renderer, a GPU and utility processes) every 5 ms and
keeps the peak; it keeps sampling for a second after the first frame, then the whole process
tree is stopped. Sums of RSS count pages shared between processes (libraries, Chromium's shared
memory) once per process, so the figure is an upper bound of what the tree costs; the summed
PSS (each shared page split between its sharers), read once at the end of that second, is the
lower figure to set beside it. Each side has one untimed run first, so both start with the
files in the page cache.

    tests/bench/startup.py --kiosk BUILD/app/kiosk/municipal-kiosk --config kiosk.conf
    tests/bench/startup.py --chromium [--page tests/bench/home-screen.html]

prints the figures as JSON. A benchmark: it asserts nothing about time.
"""
import argparse
import json
import os
import re
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CHROMIUM = "/usr/bin/chromium"
PAGE = os.path.join(HERE, "home-screen.html")
SETTLE_SECONDS = 1.0
FIRST_FRAME_TIMEOUT = 60.0
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def _read_stat(pid):
    """(ppid, start time, rss in KiB) of a process, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:  # gone between the listing and the read (ENOENT, ESRCH)
        return None
    # The command name may hold spaces and parentheses: the fields start after the last ')'.
    fields = stat[stat.rfind(b")") + 2:].split()
    if len(fields) < 22:
        return None
    return int(fields[1]), int(fields[19]), int(fields[21]) * PAGE_KIB


class tree_rss_sampler(threading.Thread):
    """Samples the summed RSS of a process and all its descendants until stop().

    Starts at once. stop() returns the peak sum in KiB; `processes` is the most processes seen
    at once, `seen` every (pid, start time) that belonged to the tree, for cleaning up after.
    """

    def __init__(self, pid, interval=0.005):
        super().__init__(name=f"rss-{pid}", daemon=True)
        self.root = pid
        self.interval = interval
        self.peak_kib = 0
        self.processes = 0
        self.seen = set()
        self._parents = {}   # pid -> (ppid, start time), read once: a parent does not change
        self._tree = set()
        self._stopping = threading.Event()
        self.start()

    def run(self):
        while not self._stopping.is_set():
            self.sample()
            self._stopping.wait(self.interval)

    def sample(self):
        listed = {int(name) for name in os.listdir("/proc") if name.isdigit()}
        # A pid that left the listing may come back as another process: forget it.
        for pid in self._parents.keys() - listed:
            del self._parents[pid]
        self._tree &= listed
        for pid in listed - self._parents.keys():
            stat = _read_stat(pid)
            if stat is not None:
                self._parents[pid] = stat[:2]
        if self.root in self._parents:
            self._tree.add(self.root)
        # New children may be listed before their new parents: grow the tree until it stops.
        grown = True
        while grown:
            grown = False
            for pid, (ppid, _) in self._parents.items():
                if ppid in self._tree and pid not in self._tree:
                    self._tree.add(pid)
                    grown = True
        total = 0
        count = 0
        for pid in list(self._tree):
            stat = _read_stat(pid)
            if stat is None:
                self._tree.discard(pid)
                continue
            total += stat[2]
            count += 1
            self.seen.add((pid, stat[1]))
        self.peak_kib = max(self.peak_kib, total)
        self.processes = max(self.processes, count)

    def pss_kib(self):
        """Summed proportional set size of the tree now: shared pages split between sharers."""
        total = 0
        for pid in list(self._tree):
            try:
                with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
                    for line in f:
                        if line.startswith(b"Pss:"):
                            total += int(line.split()[1])
                            break
            except OSError:
                pass
        return total

    def stop(self):
        self._stopping.set()
        self.join()
        self.sample()  # the last moment counts as well
        return self.peak_kib


def _kill_tree(process, sampler, term_grace=None):
    """Stops the process group, then any process of the tree that left the group."""
    if term_grace is not None:
        _signal_group(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + term_grace
        while time.monotonic() < deadline and _reap(process, os.WNOHANG) is None:
            time.sleep(0.01)
    _signal_group(process.pid, signal.SIGKILL)
    for pid, started in sampler.seen if sampler else ():
        stat = _read_stat(pid)
        if stat is not None and stat[1] == started:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    return _reap(process, 0)


def _signal_group(pgid, signum):
    try:
        os.killpg(pgid, signum)
    except ProcessLookupError:
        pass


def _reap(process, options):
    """os.wait4 on the child; its rusage, or None if it has not exited (WNOHANG)."""
    if process.returncode is not None:
        return getattr(process, "rusage", None)
    pid, status, rusage = os.wait4(process.pid, options)
    if pid == 0:
        return None
    # Popen did not reap it: tell it, or it would try to later.
    process.returncode = os.waitstatus_to_exitcode(status)
    process.rusage = rusage
    return rusage


def _summary(runs, method, version):
    first_frames = [run["ms"] for run in runs]
    return {
        "first_frame_ms": [round(ms, 1) for ms in first_frames],
        "median_ms": round(statistics.median(first_frames), 1),
        "peak_rss_kib": max(run["peak"] for run in runs),
        "processes": max(run["processes"] for run in runs),
        "pss_kib": max(run["pss"] for run in runs),
        "method": method,
        "version": version,
    }


# ---------------------------------------------------------------------------------- Chromium

def chromium_version(chromium=CHROMIUM):
    out = subprocess.run([chromium, "--version"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _chromium_command(chromium, version, profile, url):
    major = re.search(r"(\d+)\.\d+\.\d+", version)
    # --headless=new is the full browser without a window (Chromium 112 on); the old headless
    # shell is another, smaller program, and not what a kiosk would run.
    headless = "--headless=new" if major and int(major.group(1)) >= 112 else "--headless"
    command = [chromium, headless, "--window-size=1920,1080", f"--user-data-dir={profile}",
               "--no-first-run", "--disable-extensions", "--disable-background-networking",
               "--disable-component-update", "--no-default-browser-check",
               "--enable-logging=stderr", "--v=0"]
    if os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to start as root otherwise
    return command + [url]


def _chromium_run(chromium, version, url, settle):
    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    process = None
    sampler = None
    reader = None
    try:
        arrived = threading.Event()
        when = []
        log = []

        def read_stderr(stream):
            # Drains to the end: a full pipe would stall Chromium after the frame.
            for line in stream:
                if not arrived.is_set() and b'"first-frame"' in line:
                    when.append(time.monotonic())
                    arrived.set()
                log.append(line)

        start = time.monotonic()
        process = subprocess.Popen(_chromium_command(chromium, version, profile, url),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
        sampler = tree_rss_sampler(process.pid)
        reader = threading.Thread(target=read_stderr, args=(process.stderr,), daemon=True)
        reader.start()
        if not arrived.wait(FIRST_FRAME_TIMEOUT):
            raise RuntimeError("Chromium did not log the first frame within "
                               f"{FIRST_FRAME_TIMEOUT:.0f} s:\n"
                               + b"".join(log[-40:]).decode(errors="replace"))
        time.sleep(settle)
        pss = sampler.pss_kib()
        peak = sampler.stop()
        _kill_tree(process, sampler)
        reader.join(10)
        return {"ms": (when[0] - start) * 1000, "peak": peak, "processes": sampler.processes,
                "pss": pss}
    finally:
        if sampler is not None and sampler.is_alive():
            sampler.stop()
        if process is not None:
            if process.returncode is None:
                _kill_tree(process, sampler)
            # Closing under a reader still blocked in read() would wait for it forever.
            if reader is None or not reader.is_alive():
                process.stderr.close()
        shutil.rmtree(profile, ignore_errors=True)


def chromium_first_frame(html_path=PAGE, runs=5, chromium=CHROMIUM, settle=SETTLE_SECONDS):
    """Spawn-to-first-frame time and peak tree RSS of headless Chromium showing html_path."""
    version = chromium_version(chromium)
    url = "file://" + os.path.abspath(html_path) + "#first-frame"
    _chromium_run(chromium, version, url, 0)  # untimed: fills the page cache
    measured = [_chromium_run(chromium, version, url, settle) for _ in range(runs)]
    return _summary(measured, "console.log after load + 2 requestAnimationFrame, read from "
                              "--enable-logging=stderr", version)


# ------------------------------------------------------------------------------------ kiosk

def _offscreen_screen(directory, width, height):
    """QT_QPA_PLATFORM value for an offscreen screen of the given size."""
    path = os.path.join(directory, "offscreen.json")
    with open(path, "w") as f:
        json.dump({"screens": [{"name": "bench", "x": 0, "y": 0, "width": width,
                                "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                "dpr": 1}]}, f)
    return f"offscreen:configfile={path}"


def _kiosk_run(kiosk_binary, config_path, environment, arguments, directory, settle):
    notify_path = os.path.join(directory, "notify")
    if os.path.exists(notify_path):
        os.unlink(notify_path)
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
    notify.bind(notify_path)
    environment = dict(environment, NOTIFY_SOCKET=notify_path)
    process = None
    sampler = None
    with notify, tempfile.TemporaryFile() as stderr:
        try:
            start = time.monotonic()
            process = subprocess.Popen([kiosk_binary, "--config", config_path] + arguments,
                                       env=environment, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=stderr,
                                       start_new_session=True)
            sampler = tree_rss_sampler(process.pid)
            ready = None
            deadline = start + FIRST_FRAME_TIMEOUT
            while ready is None:
                # Short waits: the loop also notices a kiosk that died before saying anything.
                left = deadline - time.monotonic()
                if select.select([notify], [], [], max(min(left, 0.1), 0))[0]:
                    message = notify.recv(4096)
                    if b"READY=1" in message.split(b"\n"):
                        ready = time.monotonic()
                    continue
                exited = process.poll() is not None
                if exited or left <= 0:
                    stderr.seek(0)
                    raise RuntimeError(
                        ("the kiosk exited" if exited else
                         f"no READY=1 from the kiosk within {FIRST_FRAME_TIMEOUT:.0f} s")
                        + ":\n" + stderr.read().decode(errors="replace")[-4000:])
            time.sleep(settle)
            pss = sampler.pss_kib()
            peak = sampler.stop()
            rusage = _kill_tree(process, sampler, term_grace=10)
            return {"ms": (ready - start) * 1000, "peak": peak, "processes": sampler.processes,
                    "pss": pss, "ru_maxrss": rusage.ru_maxrss}
        finally:
            if sampler is not None and sampler.is_alive():
                sampler.stop()
            if process is not None and process.returncode is None:
                _kill_tree(process, sampler)


def kiosk_first_frame(kiosk_binary, config_path, runs=5, env=None, windowed=True,
                      settle=SETTLE_SECONDS):
    """Spawn-to-first-frame time and peak tree RSS of the kiosk over the cache of config_path.

    env overrides the environment; QT_QPA_PLATFORM is 'offscreen' unless env says otherwise.
    windowed=True runs it with --windowed (a 1280x800 window); with windowed=False on the
    offscreen platform it goes full screen on a 1920x1080 screen, the size of the Chromium page.
    """
    directory = tempfile.mkdtemp(prefix="bench-kiosk-")
    try:
        environment = dict(os.environ)
        # systemd's watchdog is not under test: without WATCHDOG_USEC the kiosk sends no pings.
        for name in ("WATCHDOG_USEC", "WATCHDOG_PID", "NOTIFY_SOCKET"):
            environment.pop(name, None)
        environment["QT_QPA_PLATFORM"] = "offscreen"
        environment.update(env or {})
        arguments = ["--windowed"] if windowed else []
        if not windowed and environment["QT_QPA_PLATFORM"] == "offscreen":
            environment["QT_QPA_PLATFORM"] = _offscreen_screen(directory, 1920, 1080)
        version = subprocess.run([kiosk_binary, "--version"], env=environment,
                                 capture_output=True, text=True).stdout.strip()
        _kiosk_run(kiosk_binary, config_path, environment, arguments, directory, 0)  # untimed
        measured = [_kiosk_run(kiosk_binary, config_path, environment, arguments, directory,
                               settle) for _ in range(runs)]
        result = _summary(measured, "sd_notify READY=1 after first paint", version)
        # The kiosk process alone, as the kernel counted it until the end (wait4).
        result["ru_maxrss_kib"] = max(run["ru_maxrss"] for run in measured)
        sized = "configfile=" in environment["QT_QPA_PLATFORM"]
        result["window"] = ("1280x800 (--windowed)" if windowed else
                            "1920x1080 full screen" if sized else "full screen")
        return result
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--kiosk", metavar="BIN", help="municipal-kiosk to time")
    parser.add_argument("--config", metavar="FILE", help="kiosk.conf with a synced cache")
    parser.add_argument("--full-screen", action="store_true",
                        help="run the kiosk full screen (1920x1080 offscreen), not --windowed")
    parser.add_argument("--chromium", action="store_true", help="time Chromium on the page")
    parser.add_argument("--page", default=PAGE, help="page for Chromium (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.chromium and not args.kiosk:
        parser.error("say --kiosk BIN --config FILE, --chromium, or both")
    if args.kiosk and not args.config:
        parser.error("--kiosk needs --config")
    results = {}
    if args.kiosk:
        results["kiosk"] = kiosk_first_frame(args.kiosk, args.config, args.runs,
                                             windowed=not args.full_screen)
    if args.chromium:
        results["chromium"] = chromium_first_frame(args.page, args.runs)
    json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
