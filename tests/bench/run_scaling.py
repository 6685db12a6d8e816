#!/usr/bin/env python3
"""The server's throughput with one and with several processes behind nginx on one store.

For each store (SQLite, one file; PostgreSQL, a cluster of this machine started for the run
with its durable defaults) and each number of server processes, starts the real servers and
the shipped nginx site for several processes (packaging/nginx/municipal-server-cluster.conf,
plain http: TLS costs the same whatever is behind it), then measures with wrk, bounded in
time:

  feed check      a synced kiosk's question "anything new?" (the last page, never cached),
                  100 connections, 20 kiosks' tokens
  feed rebuild    full pages of a kiosk rebuilding its cache (cacheable: nginx answers them
                  after asking a server whether the token is valid)
  submissions     new suggestions, each with its own idempotency key, 16 connections

and, for one process, the same check and submissions straight to the server, without nginx.
Benchmarks are not tests: nothing passes or fails on time. Prints a Markdown table and writes
it, with the machine it ran on, to WORK/scaling.md.

    run_scaling.py [--build build/release] [--work build/bench-scaling] [--processes 1,2,4]
                   [--seconds 10]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

# Beside this file. A kiosk's check is the same request as in the main suite's feed step.
from run_benchmarks import CHANGES_LUA as CHECK_LUA  # noqa: E402
from run_benchmarks import Nginx, free_port, machine  # noqa: E402

REBUILD_LUA = r"""
-- Kiosks rebuilding their caches: the feed's full pages from the start, in turn.
local tokens = {TOKENS}
local pages = {PAGES}
local n = 0
request = function()
  n = n + 1
  local path = "/api/v1/changes?since=" .. pages[(n % #pages) + 1] .. "&limit=50"
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1],
    ["Accept-Encoding"] = "gzip"})
end
"""

SUBMIT_LUA = r"""
-- Each request a new suggestion with its own idempotency key (NONCE is new for every run, tid
-- tells wrk's threads apart).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local tokens = {TOKENS}
local counter = 0
request = function()
  counter = counter + 1
  local body = '{"type":"suggestion","created_at":"2026-11-28T10:15:00Z","locale":"es",' ..
    '"payload":{"text":"Propuesta ' .. counter .. ': poner bancos a la sombra en la parada ' ..
    'de ómnibus del parque.","topic":"transporte"}}'
  return wrk.format("POST", "/api/v1/submissions", {
    ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "scale-NONCE-" .. tid .. "-" .. counter}, body)
end
"""


def log(*words):
    print(*words, file=sys.stderr, flush=True)


class Postgres:
    """A cluster of this machine for the run, durable (fsync and synchronous commit on)."""

    def __init__(self, work):
        self.dir = os.path.join(work, "postgres")
        self.port = free_port()
        subprocess.run([os.path.join(ROOT, "scripts/test-postgres.sh"), "start", self.dir,
                        str(self.port), "durable"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                        "-qc", "CREATE DATABASE municipal TEMPLATE template0 LC_COLLATE 'C' "
                        "LC_CTYPE 'C'"], check=True)

    def uri(self):
        return f"postgresql://postgres@127.0.0.1:{self.port}/municipal"

    def stop(self):
        subprocess.run([os.path.join(ROOT, "scripts/test-postgres.sh"), "stop", self.dir],
                       check=False)


def cluster_nginx(run_dir, upstream_ports):
    """The shipped cluster site on plain http, in front of the given server ports."""

    def site(directory, port):
        with open(os.path.join(ROOT, "packaging/nginx/municipal-server-cluster.conf")) as f:
            text = f.read()
        servers = "".join(f"server 127.0.0.1:{upstream};\n    " for upstream in upstream_ports)
        text = re.sub(r"(server 127\.0\.0\.1:808\d;\s*)+", servers, text, count=1)
        text = re.sub(r"proxy_cache_path \S+", f"proxy_cache_path {directory}/cache", text)
        text = re.sub(r"server \{\s*listen 80;[^}]*\}", "", text, count=1)
        text = text.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};")
        text = text.replace("listen [::]:443 ssl;", "")
        return "\n".join(line for line in text.splitlines()
                         if not line.strip().startswith(("ssl_", "add_header Strict")))

    return Nginx(run_dir, site, workers="auto")


class Store:
    """One server store (SQLite or PostgreSQL) with the demo content and 20 kiosks' tokens."""

    def __init__(self, args, kind, work):
        self.args = args
        self.kind = kind
        self.dir = os.path.join(work, kind)
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        self.postgres = Postgres(work) if kind == "postgresql" else None
        self.config = os.path.join(self.dir, "server.conf")
        storage = (f"backend=postgresql\ndatabase={self.postgres.uri()}\n"
                   if self.postgres else "")
        with open(self.config, "w") as f:
            # The per-token limit would otherwise turn a load test into a count of 429s.
            f.write(f"[storage]\ndata_dir={self.dir}\n{storage}"
                    "[limits]\nrequests_per_minute=1000000\nrequest_burst=1000000\n"
                    "max_connections=5000\n[log]\naccess_log=false\n")
        self.server_bin = os.path.join(args.build, "app/server/municipal-server")
        subprocess.run([self.server_bin, "--config", self.config, "load-demo", "--demo",
                        os.path.join(ROOT, "data/demo")], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.tokens = [subprocess.run(
            [self.server_bin, "--config", self.config, "token", "issue", f"kiosk-{i}"],
            check=True, capture_output=True, text=True).stdout.strip() for i in range(20)]
        self.servers = []

    def start(self, count):
        ports = []
        for _ in range(count):
            process = subprocess.Popen(
                [self.server_bin, "--config", self.config, "serve", "--no-demo", "--port", "0"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                start_new_session=True)
            ports.append(int(process.stdout.readline().rsplit(":", 1)[1]))
            threading.Thread(target=process.stdout.read, daemon=True).start()
            self.servers.append(process)
        return ports

    def stop_servers(self):
        for process in self.servers:
            process.terminate()
        for process in self.servers:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.servers = []

    def close(self):
        self.stop_servers()
        if self.postgres:
            self.postgres.stop()

    def feed(self, port, since, limit=5000):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/changes?since={since}&limit={limit}",
            headers={"Authorization": f"Bearer {self.tokens[0]}"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.loads(answer.read())

    def head(self, port):
        cursor = 0
        while True:
            page = self.feed(port, cursor)
            if page["next"] <= cursor:
                return cursor
            cursor = page["next"]

    def full_page_starts(self, port):
        starts, cursor = [], 0
        while True:
            page = self.feed(port, cursor, limit=50)
            if not page["more"]:
                return starts
            starts.append(cursor)
            cursor = page["next"]


def wrk(run_dir, name, script, url, connections, seconds):
    path = os.path.join(run_dir, name + ".lua")
    with open(path, "w") as f:
        f.write(script)
    # A long timeout: a slow answer is part of the figure, not an error.
    result = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s",
                             "--timeout", "30s", "-s", path, url], capture_output=True,
                            text=True, check=True)
    match = re.search(r"Requests/sec:\s*([0-9.]+)", result.stdout)
    if "Non-2xx" in result.stdout or "Socket errors" in result.stdout or not match:
        raise RuntimeError(f"wrk saw errors: {result.stdout}")
    return float(match.group(1))


def measure(args, store, run_dir, processes):
    ports = store.start(processes)
    nginx = cluster_nginx(run_dir, ports)
    try:
        tokens = ", ".join(f'"{t}"' for t in store.tokens)
        head = store.head(ports[0])
        starts = store.full_page_starts(ports[0])
        figures = {}
        base = f"http://127.0.0.1:{nginx.port}"
        figures["check"] = wrk(run_dir, "check", CHECK_LUA.replace("TOKENS", tokens),
                               f"{base}/api/v1/changes?since={head}", 100, args.seconds)
        figures["rebuild"] = wrk(run_dir, "rebuild",
                                 REBUILD_LUA.replace("TOKENS", tokens)
                                 .replace("PAGES", ", ".join(map(str, starts))),
                                 f"{base}/api/v1/changes", 100, args.seconds)
        figures["submit"] = wrk(run_dir, "submit",
                                SUBMIT_LUA.replace("TOKENS", tokens)
                                .replace("NONCE", f"{processes}-{time.time_ns()}"),
                                f"{base}/api/v1/submissions", 16, args.seconds)
        if processes == 1:
            direct = f"http://127.0.0.1:{ports[0]}"
            head = store.head(ports[0])
            figures["check direct"] = wrk(run_dir, "check", CHECK_LUA.replace("TOKENS", tokens),
                                          f"{direct}/api/v1/changes?since={head}", 100,
                                          args.seconds)
            figures["submit direct"] = wrk(run_dir, "submit",
                                           SUBMIT_LUA.replace("TOKENS", tokens)
                                           .replace("NONCE", f"direct-{time.time_ns()}"),
                                           f"{direct}/api/v1/submissions", 16, args.seconds)
        return figures
    finally:
        nginx.stop()
        store.stop_servers()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build/release"))
    parser.add_argument("--work", default=os.path.join(ROOT, "build/bench-scaling"))
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    run_dir = tempfile.mkdtemp(dir=args.work, prefix="run-")
    os.chmod(run_dir, 0o755)
    counts = [int(n) for n in args.processes.split(",")]
    rows = []
    for kind in ("sqlite", "postgresql"):
        log(f"store: {kind}")
        store = Store(args, kind, args.work)
        try:
            for processes in counts:
                log(f"  {processes} server process(es)")
                figures = measure(args, store, run_dir, processes)
                log(f"    {figures}")
                rows.append((kind, processes, figures))
        finally:
            store.close()

    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {machine()}; wrk {args.seconds} s per "
             "figure, everything (servers, nginx, PostgreSQL, wrk) on the same machine.", "",
             "| store | server processes | feed check, req/s | feed rebuild (full pages), "
             "req/s | submissions/s |", "|---|---|---|---|---|"]
    for kind, processes, figures in rows:
        name = "SQLite" if kind == "sqlite" else "PostgreSQL"
        lines.append(f"| {name} | {processes} behind nginx | {figures['check']:,.0f} | "
                     f"{figures['rebuild']:,.0f} | {figures['submit']:,.0f} |")
        if "check direct" in figures:
            lines.append(f"| {name} | 1, straight (no nginx) | {figures['check direct']:,.0f} | "
                         f"— | {figures['submit direct']:,.0f} |")
    table = "\n".join(lines) + "\n"
    print(table)
    with open(os.path.join(args.work, "scaling.md"), "w") as f:
        f.write(table)
    shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
