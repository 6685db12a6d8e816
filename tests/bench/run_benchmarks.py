#!/usr/bin/env python3
"""Every benchmark of the kiosk and its server at municipal scale, each beside its reference.

Generates a large municipality (generate_municipality.py, deterministic from a seed), loads it
into the real server, and measures on this machine, in this one run:

  full sync       empty cache to complete: items/s and bytes on the wire, beside the same rows
                  inserted by the sqlite3 command line in one transaction, and the same pages
                  fetched by curl
  idle sync       a synced kiosk left alone: requests and bytes per minute
  legal search    p50/p95/p99 of typical queries, beside the same statement in sqlite3
  start-up        process start to first painted frame and peak memory with the large cache,
                  beside a static page of the same home screen in headless Chromium
  sections        touching each section of the kiosk over the large cache, the first time
                  (sections are built on their first touch) and again: touch to window painted
  UI stall        the longest stall of the kiosk's event loop during the full sync
  outbox          submissions/s through upload, beside what the server accepts from wrk
  change feed     the server's requests/s for kiosks' checks under 100 connections (wrk),
                  beside nginx serving the same answer as a static file

Benchmarks are not tests: nothing here passes or fails on time. Prints a Markdown table and
writes it, with the machine it ran on, to WORK/results.md.

    run_benchmarks.py [--build build/release] [--work build/bench] [--scale 1.0] [--seed 2017]
                      [--only name,...] [--quick]
"""
import argparse
import asyncio
import gzip
import json
import os
import platform
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import startup  # noqa: E402  (beside this file)

TYPED_QUERIES = [
    ("one word", "vivienda "),
    ("two words", "licencia construcción "),
    ("a phrase as typed (its words, in any order)", "registro civil "),
    ("a rare term", "xilófono "),
]
# What the search box holds after each key while a person types "propiedad", from the third
# letter, where the kiosk starts searching.
TYPING = ["pro", "prop", "propi", "propie", "propied", "propieda", "propiedad"]


def log(*words):
    print(*words, file=sys.stderr, flush=True)


def substitute(sql, values):
    """The statement with its ? placeholders replaced by the SQL literals given, in order."""
    values = iter(values)
    return re.sub(r"\?", lambda _: next(values), sql)


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = fraction * (len(ordered) - 1)
    low = int(index)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (index - low)


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build)
        self.work = os.path.abspath(args.work)
        self.server_bin = os.path.join(self.build, "app/server/municipal-server")
        self.kiosk_bin = os.path.join(self.build, "app/kiosk/municipal-kiosk")
        self.bench_dir = os.path.join(self.build, "tests/bench")
        self.extension = os.path.join(self.bench_dir, "mk_spanish_fts")
        tag = f"s{args.scale:g}-seed{args.seed}"
        self.data_dir = os.path.join(self.work, f"data-{tag}")
        self.store_dir = os.path.join(self.work, f"server-{tag}")
        self.run_dir = os.path.join(self.work, "run")
        self.rows = []  # (measure, figure, reference, ratio, target)
        self.notes = []
        self.server = None
        self.port = None
        self.tokens = []
        self.synced_dir = None  # a kiosk data dir holding the complete large cache

    # ---------------------------------------------------------------- set-up

    def row(self, measure, figure, reference="", ratio="", target=""):
        self.rows.append((measure, figure, reference, ratio, target))
        log(f"  {measure}: {figure}  |  {reference}  |  {ratio}")

    def generate(self):
        stamp = os.path.join(self.data_dir, ".complete")
        if os.path.exists(stamp):
            return
        shutil.rmtree(self.data_dir, ignore_errors=True)
        log(f"generating the municipality (scale {self.args.scale:g}, seed {self.args.seed})")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_municipality.py"),
                        self.data_dir, "--seed", str(self.args.seed),
                        "--scale", str(self.args.scale)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        open(stamp, "w").close()

    def server_config(self):
        # The defaults, but for the per-token rate limit, which would otherwise turn a load
        # test into a measure of 429 answers.
        path = os.path.join(self.work, "server.conf")
        with open(path, "w") as f:
            f.write(f"[storage]\ndata_dir={self.store_dir}\n"
                    "[limits]\nrequests_per_minute=1000000\nrequest_burst=1000000\n"
                    "max_connections=5000\n")
        return path

    def load_store(self):
        stamp = os.path.join(self.store_dir, ".complete")
        config = self.server_config()
        if not os.path.exists(stamp):
            shutil.rmtree(self.store_dir, ignore_errors=True)
            os.makedirs(self.store_dir)
            log("loading it into the server's store")
            start = time.monotonic()
            subprocess.run([self.server_bin, "--config", config, "load-demo", "--demo",
                            self.data_dir], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            seconds = time.monotonic() - start
            with open(os.path.join(self.store_dir, "load-seconds"), "w") as f:
                f.write(f"{seconds:.1f}\n")
            open(stamp, "w").close()
        with open(os.path.join(self.store_dir, "load-seconds")) as f:
            self.load_seconds = float(f.read())
        # Twenty kiosks' tokens, issued once with the store and kept beside it.
        tokens = os.path.join(self.store_dir, "tokens")
        if not os.path.exists(tokens):
            issued = [subprocess.run(
                [self.server_bin, "--config", config, "token", "issue", f"bench-{i}"],
                check=True, capture_output=True, text=True).stdout.strip() for i in range(20)]
            with open(tokens, "w") as f:
                f.write("\n".join(issued) + "\n")
        with open(tokens) as f:
            self.tokens = f.read().split()

    def start_server(self):
        config = self.server_config()
        self.server = subprocess.Popen(
            [self.server_bin, "--config", config, "serve", "--no-demo", "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            start_new_session=True)
        line = self.server.stdout.readline()
        self.port = int(line.rsplit(":", 1)[1])
        # Keep reading its stdout so that it never blocks on a full pipe.
        threading.Thread(target=self.server.stdout.read, daemon=True).start()

    def stop_server(self):
        if self.server:
            self.server.terminate()
            try:
                self.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
            self.server = None

    def get(self, path, token=None):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}")
        request.add_header("Authorization", f"Bearer {token or self.tokens[0]}")
        request.add_header("Accept-Encoding", "gzip")
        with urllib.request.urlopen(request, timeout=120) as answer:
            body = answer.read()
            if answer.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            return json.loads(body)

    def kiosk_config(self, name, url=None, extra=""):
        directory = os.path.join(self.run_dir, name)
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)
        with open(os.path.join(directory, "token"), "w") as f:
            f.write(self.tokens[0])
        os.chmod(os.path.join(directory, "token"), 0o600)
        config = os.path.join(directory, "kiosk.conf")
        with open(config, "w") as f:
            f.write(f"[server]\nurl={url or f'http://127.0.0.1:{self.port}'}\n"
                    f"token_file=token\ntimeout_seconds=120\n"
                    f"[storage]\ndata_dir=data\n{extra}")
        return config, os.path.join(directory, "data")

    # ---------------------------------------------------------------- full and idle sync

    def full_sync(self):
        proxy = CountingProxy(self.port)
        proxy.start()
        try:
            config, data = self.kiosk_config("full-sync", url=f"http://127.0.0.1:{proxy.port}")
            log("full sync")
            start = time.monotonic()
            result = subprocess.run([self.kiosk_bin, "--config", config, "--sync-once"],
                                    capture_output=True, text=True)
            seconds = time.monotonic() - start
            said = result.stdout.strip().splitlines()
            line = next((l for l in said if l.startswith("sync ")), "")
            if result.returncode != 0 or not line.startswith("sync ok"):
                raise RuntimeError(f"full sync failed: {result.stdout} {result.stderr[-2000:]}")
            time.sleep(0.3)  # the proxy counts the last bytes of closed connections
            up, down, requests = proxy.take()
            changes = int(re.search(r"(\d+) changes", line).group(1))
            pages = int(re.search(r"(\d+) pages", line).group(1))
            store_ms = int(re.search(r"(\d+) ms storing", line).group(1))
            cursor = int(re.search(r"cursor (\d+)", line).group(1))
            self.synced_dir = data
            self.full = dict(changes=changes, pages=pages, seconds=seconds, up=up, down=down,
                             requests=requests, store_ms=store_ms, cursor=cursor)
            with open(os.path.join(os.path.dirname(data),
                                   "synced-" + os.path.basename(self.data_dir)), "w") as f:
                json.dump(self.full, f)

            idle_start = time.monotonic()
            result = subprocess.run([self.kiosk_bin, "--config", config, "--sync-once"],
                                    capture_output=True, text=True)
            idle_seconds = time.monotonic() - idle_start
            time.sleep(0.3)
            idle_up, idle_down, idle_requests = proxy.take()
            idle_said = next((l for l in result.stdout.splitlines() if l.startswith("sync ")), "")
        finally:
            proxy.stop()

        reference = self.sqlite_insert_reference(data)
        curl = self.curl_reference(pages)
        rate = changes / seconds
        self.row("Full sync, end to end (empty cache to complete)",
                 f"{changes:,} items in {seconds:.1f} s: **{rate:,.0f} items/s**",
                 f"curl, same {curl['requests']} pages: {curl['seconds']:.1f} s",
                 f"{curl['seconds'] / seconds:.2f} of curl's speed", "")
        store_rate = changes / (store_ms / 1000.0)
        self.row("Full sync, storing (parse excluded; FTS upkeep included)",
                 f"{store_ms / 1000:.1f} s: **{store_rate:,.0f} items/s**",
                 f"sqlite3, same rows, one transaction: {reference['seconds']:.1f} s, "
                 f"{reference['rate']:,.0f} items/s",
                 f"{store_rate / reference['rate']:.2f} of sqlite3's rate", "≥ 0.5")
        self.row("Full sync, bytes on the wire",
                 f"{down / 1e6:,.1f} MB down, {up / 1e3:,.1f} kB up, {requests} requests",
                 f"curl: {curl['down'] / 1e6:,.1f} MB down",
                 f"{down / curl['down']:.3f} of curl's bytes", "")
        self.row("Idle sync (nothing new), one pass",
                 f"{idle_requests} request(s), {idle_up} B up, {idle_down} B down, "
                 f"{idle_seconds * 1000:.0f} ms", "", "", "1 request, < 1 KB each way")
        self.notes.append(f"Idle `--sync-once` said: `{idle_said}`")

    def reuse_sync(self):
        """The cache of an earlier full sync of the same data, for runs of single steps."""
        data = os.path.join(self.run_dir, "full-sync", "data")
        stamp = os.path.join(self.run_dir, "full-sync", "synced-" + os.path.basename(self.data_dir))
        if not os.path.exists(stamp):
            return False
        with open(stamp) as f:
            self.full = json.load(f)
        self.synced_dir = data
        log("reusing the cache of the last full sync")
        return True

    def sqlite_insert_reference(self, data_dir):
        """The same rows as the synced cache holds, inserted by the sqlite3 command line in
        one transaction into the same schema (the same tokenizer, loaded as an extension)."""
        cache = find_cache_file(data_dir)
        sql_path = os.path.join(self.run_dir, "reference-insert.sql")
        source = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
        schema = [row[0] for row in source.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT IN "
            "('legal_fts_data', 'legal_fts_idx', 'legal_fts_content', 'legal_fts_docsize', "
            "'legal_fts_config', 'legal_titles_data', 'legal_titles_idx', "
            "'legal_titles_content', 'legal_titles_docsize', 'legal_titles_config') "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        with open(sql_path, "w", encoding="utf-8") as out:
            out.write(f".load {self.extension}\nPRAGMA journal_mode=WAL;\n"
                      "PRAGMA synchronous=NORMAL;\n")
            for statement in schema:
                out.write(statement + ";\n")
            out.write("BEGIN;\n")
            for row in source.execute("SELECT * FROM items"):
                out.write("INSERT INTO items VALUES(" + ",".join(sql_literal(v) for v in row)
                          + ");\n")
            for row in source.execute("SELECT id, legal_id, part FROM legal_fts_rows"):
                out.write("INSERT INTO legal_fts_rows VALUES(" +
                          ",".join(sql_literal(v) for v in row) + ");\n")
            # FTS5 keeps its columns in legal_fts_content (c0..c3), readable without the
            # tokenizer that this connection lacks.
            for row in source.execute("SELECT id, c0, c1, c2, c3 FROM legal_fts_content"):
                out.write("INSERT INTO legal_fts(rowid, title, body, legal_id, label) VALUES(" +
                          ",".join(sql_literal(v) for v in row) + ");\n")
            for row in source.execute("SELECT id, c0 FROM legal_titles_content"):
                out.write("INSERT INTO legal_titles(rowid, title) VALUES(" +
                          ",".join(sql_literal(v) for v in row) + ");\n")
            out.write("COMMIT;\n")
        items = source.execute("SELECT count(*) FROM items").fetchone()[0]
        source.close()
        target = os.path.join(self.run_dir, "reference.sqlite")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        with open(sql_path, "rb") as script:
            start = time.monotonic()
            subprocess.run(["sqlite3", "-bail", target], stdin=script, check=True,
                           stdout=subprocess.DEVNULL)
            seconds = time.monotonic() - start
        return dict(seconds=seconds, rate=items / seconds)

    def curl_reference(self, pages):
        """The pages a full sync asks for (the kiosk's page size), fetched by one curl over one
        connection, compressed as the kiosk asks for them."""
        since, urls = 0, []
        while True:
            page = self.get(f"/api/v1/changes?since={since}&limit=500")
            urls.append(f"http://127.0.0.1:{self.port}/api/v1/changes?since={since}&limit=500")
            if not page.get("more") or page["next"] <= since:
                break
            since = page["next"]
        command = ["curl", "-s", "-H", f"Authorization: Bearer {self.tokens[0]}",
                   "-H", "Accept-Encoding: gzip",
                   "-w", "%{size_download} %{size_header} %{size_request}\\n"]
        for url in urls:
            command += ["-o", "/dev/null", url]
        start = time.monotonic()
        result = subprocess.run(command, check=True, capture_output=True, text=True)
        seconds = time.monotonic() - start
        down = up = 0
        for line in result.stdout.strip().splitlines():
            body, header, request = (int(x) for x in line.split())
            down += body + header
            up += request
        return dict(seconds=seconds, down=down, up=up, requests=len(urls))

    def idle_minutes(self):
        """A synced kiosk, window and all, left alone: what it asks of the server per minute
        (long polls and heartbeats at their configured intervals)."""
        seconds = 30 if self.args.quick else 130
        proxy = CountingProxy(self.port)
        proxy.start()
        try:
            config, data = self.kiosk_config(
                "idle", url=f"http://127.0.0.1:{proxy.port}",
                extra="[access]\non_screen_keyboard=false\n")
            shutil.copytree(self.synced_dir, data, dirs_exist_ok=True)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            kiosk = subprocess.Popen([self.kiosk_bin, "--config", config, "--windowed"],
                                     env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            time.sleep(seconds)  # the measuring window itself, not a synchronisation
            kiosk.terminate()
            try:
                kiosk.wait(timeout=30)
            except subprocess.TimeoutExpired:
                kiosk.kill()
                kiosk.wait()
            time.sleep(0.3)
            up, down, requests = proxy.take()
            paths = proxy.take_paths()
        finally:
            proxy.stop()
        minutes = seconds / 60
        kinds = ", ".join(f"{count}× {path}" for path, count in sorted(paths.items()))
        self.row(f"Idle kiosk over {seconds} s (window up, long poll 55 s, heartbeat 5 min)",
                 f"{requests / minutes:.2f} requests/min, {up / minutes:,.0f} B/min up, "
                 f"{down / minutes:,.0f} B/min down", kinds, "", "")

    # ---------------------------------------------------------------- legal search

    def legal_search(self):
        iterations = 30 if self.args.quick else 200
        typed = [t for _, t in TYPED_QUERIES] + TYPING
        result = subprocess.run([os.path.join(self.bench_dir, "bench_legalsearch"),
                                 self.synced_dir, str(iterations)] + typed,
                                check=True, capture_output=True, text=True)
        ours = {}
        for line in result.stdout.strip().splitlines():
            entry = json.loads(line)
            ours[entry["typed"]] = entry
        statement = json.loads(subprocess.run(
            [os.path.join(self.bench_dir, "bench_legalsearch"), "--statement"], check=True,
            capture_output=True, text=True).stdout)
        reference = self.sqlite_search_reference(
            statement, [(ours[t]["match"], ours[t]["title_hits"], len(ours[t]["micros"]))
                        for t in typed])

        def describe(label, texts):
            mine = [m / 1000 for t in texts for m in ours[t]["micros"]]
            theirs = [r for t in texts for r in reference[ours[t]["match"]]]
            hits = "/".join(str(ours[t]["hits"]) for t in texts)
            p = [percentile(mine, f) for f in (0.5, 0.95, 0.99)]
            q = [percentile(theirs, f) for f in (0.5, 0.95, 0.99)]
            self.row(f"Legal search, {label} ({hits} hits)",
                     f"p50 {p[0]:.2f} / **p95 {p[1]:.2f}** / p99 {p[2]:.2f} ms",
                     f"sqlite3: p50 {q[0]:.2f} / p95 {q[1]:.2f} / p99 {q[2]:.2f} ms",
                     f"p95 {p[1] / max(q[1], 1e-3):.2f}× sqlite3's", "p95 < 20 ms, ≤ 1.5×")
            return mine, theirs

        every_mine, every_theirs = [], []
        for label, text in TYPED_QUERIES:
            m, t = describe(f"{label} «{text.strip()}»", [text])
            every_mine += m
            every_theirs += t
        m, t = describe("typing «propiedad», each key from the 3rd", TYPING)
        every_mine += m
        every_theirs += t
        p95, q95 = percentile(every_mine, 0.95), percentile(every_theirs, 0.95)
        self.row("Legal search, all of the above",
                 f"**p95 {p95:.2f} ms**, p99 {percentile(every_mine, 0.99):.2f} ms",
                 f"sqlite3: p95 {q95:.2f} ms", f"{p95 / max(q95, 1e-3):.2f}×",
                 "p95 < 20 ms, ≤ 1.5×")

    def sqlite_search_reference(self, statement, matches):
        """The statements LegalSearch runs, run by the sqlite3 command line on the same cache
        file with the same tokenizer; each timed by the shell's own timer."""
        cache = find_cache_file(self.synced_dir)
        script = [f".load {self.extension}", ".timer on"]
        order = []
        for match, title_hits, iterations in matches:
            # The statements LegalSearch runs, with its binds in order: the titles' (the match
            # query, the hits wanted, the match query), then, where the titles leave room, the
            # articles' (the match query, the candidates ranked, the hits wanted plus the
            # titles found, the match query). Timed as one run, as the kiosk's search is.
            quoted = "'" + match.replace("'", "''") + "'"
            run = [substitute(statement["titles"], [quoted, "50", quoted])]
            if title_hits < 50:
                run.append(substitute(statement["articles"],
                                      [quoted, str(statement["candidates"]),
                                       str(50 + title_hits), quoted]))
            for _ in range(3):  # untimed warm-up, as on the kiosk's side
                script.append(".timer off")
                script += [sql + ";" for sql in run]
                script.append(".timer on")
            for _ in range(iterations):
                script += [sql + ";" for sql in run]
                order.append((match, len(run)))
        result = subprocess.run(["sqlite3", "-readonly", cache], input="\n".join(script) + "\n",
                                capture_output=True, text=True, check=True)
        times = [float(x) * 1000 for x in
                 re.findall(r"^Run Time: real ([0-9.]+)", result.stdout, re.M)]
        expected = sum(statements for _, statements in order)
        if len(times) != expected:
            raise RuntimeError(f"sqlite3 printed {len(times)} times for {expected} statements")
        by_match, at = {}, 0
        for match, statements in order:
            by_match.setdefault(match, []).append(sum(times[at:at + statements]))
            at += statements
        return by_match

    # ---------------------------------------------------------------- start-up

    def start_up(self):
        runs = 3 if self.args.quick else 7
        config, data = self.kiosk_config("startup")
        shutil.copytree(self.synced_dir, data, dirs_exist_ok=True)
        # Full screen at 1920x1080, the size of the page Chromium draws.
        kiosk = startup.kiosk_first_frame(self.kiosk_bin, config, runs=runs,
                                          env={"QT_QPA_PLATFORM": "offscreen"}, windowed=False)
        chromium = startup.chromium_first_frame(os.path.join(HERE, "home-screen.html"),
                                                runs=runs)
        self.row("Start-up to first frame, large cache (median)",
                 f"**{kiosk['median_ms']:.0f} ms**",
                 f"Chromium, static page of the home screen: {chromium['median_ms']:.0f} ms",
                 f"{kiosk['median_ms'] / chromium['median_ms']:.2f}× Chromium's",
                 "< 500 ms, ≤ 0.2×")
        # Summed RSS counts every shared page once per process (an upper bound for Chromium's
        # ten processes); summed PSS splits them (the lower figure). Both are shown.
        self.row("Start-up, peak resident memory (RSS; PSS)",
                 f"**{kiosk['peak_rss_kib'] / 1024:.0f} MiB**; {kiosk['pss_kib'] / 1024:.0f} MiB "
                 f"(1 process)",
                 f"Chromium: {chromium['peak_rss_kib'] / 1024:.0f} MiB; "
                 f"{chromium['pss_kib'] / 1024:.0f} MiB ({chromium['processes']} processes)",
                 f"{kiosk['peak_rss_kib'] / chromium['peak_rss_kib']:.2f}× Chromium's; "
                 f"{kiosk['pss_kib'] / chromium['pss_kib']:.2f}×", "≤ 0.2×")
        self.notes.append(f"Start-up: kiosk {kiosk['method']}; Chromium "
                          f"({chromium['version']}): {chromium['method']}.")

    # ---------------------------------------------------------------- touching a section

    def sections(self):
        config, data = self.kiosk_config("sections")
        shutil.copytree(self.synced_dir, data, dirs_exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([os.path.join(self.bench_dir, "bench_sectionopen"), "--config",
                                 config], env=env, capture_output=True, text=True)
        lines = [l for l in result.stdout.splitlines() if l.startswith("{")]
        if result.returncode != 0 or not lines:
            raise RuntimeError(f"bench_sectionopen failed: {result.stdout} "
                               f"{result.stderr[-2000:]}")
        touched = json.loads(lines[-1])
        first = sorted(touched.items(), key=lambda entry: -entry[1]["first_ms"])
        again = max(touched.items(), key=lambda entry: entry[1]["again_ms"])
        self.row("Touching a section, large cache: the first time (slowest three)",
                 "; ".join(f"**{name} {times['first_ms']:.0f} ms**" for name, times in first[:3]),
                 "", "", "")
        self.row("Touching a section again (slowest)",
                 f"**{again[0]} {again[1]['again_ms']:.0f} ms**", "", "", "")
        self.notes.append("Touching a section, from the touch to the window painted, the first "
                          "time and again: " + "; ".join(
                              f"{name} {times['first_ms']:.0f}/{times['again_ms']:.0f} ms"
                              for name, times in touched.items()) + ".")

    # ---------------------------------------------------------------- UI stall

    def ui_stall(self):
        config, data = self.kiosk_config("uistall")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([os.path.join(self.bench_dir, "bench_uistall"), "--config",
                                 config], env=env, capture_output=True, text=True)
        lines = [l for l in result.stdout.splitlines() if l.startswith("{")]
        if result.returncode != 0 or not lines:
            raise RuntimeError(f"bench_uistall failed: {result.stdout} {result.stderr[-2000:]}")
        stall = json.loads(lines[-1])
        if stall.get("slowest_events"):
            self.notes.append("UI stall, the slowest deliveries of events on the UI thread: " +
                              "; ".join(f"`{event}`" for event in stall["slowest_events"][:4]))
        self.row(f"UI event loop during the full sync ({stall['changes']:,} changes, "
                 f"{stall['sync_ms'] / 1000:.0f} s)",
                 f"**longest stall {stall['longest_stall_ms']:.0f} ms**, "
                 f"{stall['stalls_over_16ms']} over 16 ms, {stall['stalls_over_32ms']} over 32 ms",
                 "", "", "< 32 ms")

    # ---------------------------------------------------------------- outbox and change feed

    def outbox(self):
        count = 200 if self.args.quick else 2000
        config, data = self.kiosk_config("outbox")
        os.makedirs(data)
        subprocess.run([os.path.join(self.bench_dir, "bench_outboxfill"),
                        os.path.join(data, "outbox.sqlite"), str(count)], check=True,
                       stdout=subprocess.DEVNULL)
        start = time.monotonic()
        result = subprocess.run([self.kiosk_bin, "--config", config, "--upload-once"],
                                capture_output=True, text=True)
        seconds = time.monotonic() - start
        if result.returncode != 0:
            raise RuntimeError(f"upload failed: {result.stdout} {result.stderr[-2000:]}")
        wrk_one = self.wrk_submissions(connections=1)
        wrk_many = self.wrk_submissions(connections=16)
        rate = count / seconds
        self.row(f"Outbox upload, {count} suggestions one after another",
                 f"**{rate:,.0f} submissions/s**",
                 f"wrk, same request, 1 connection: {wrk_one:,.0f}/s; 16: {wrk_many:,.0f}/s",
                 f"{rate / wrk_one:.2f} of wrk's", "")

    def wrk_submissions(self, connections):
        script = os.path.join(self.run_dir, "submit.lua")
        with open(script, "w") as f:
            f.write(SUBMIT_LUA.replace("TOKEN", self.tokens[1])
                    .replace("NONCE", str(time.time_ns())))
        return self.wrk(script, f"http://127.0.0.1:{self.port}/api/v1/submissions",
                        connections, threads=1)

    def wrk(self, script, url, connections, threads=2):
        seconds = 3 if self.args.quick else 10
        result = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d",
                                 f"{seconds}s", "-s", script, url],
                                capture_output=True, text=True, check=True)
        match = re.search(r"Requests/sec:\s*([0-9.]+)", result.stdout)
        if "Non-2xx" in result.stdout or not match:
            raise RuntimeError(f"wrk saw errors: {result.stdout}")
        return float(match.group(1))

    def change_feed(self):
        # The head of the feed, where a synced kiosk stands: past the full sync's cursor, the
        # outbox step's submissions published their statuses.
        cursor = self.full["cursor"]
        while True:
            page = self.get(f"/api/v1/changes?since={cursor}&limit=5000")
            if page["next"] <= cursor:
                break
            cursor = page["next"]
        script = os.path.join(self.run_dir, "changes.lua")
        with open(script, "w") as f:
            f.write(CHANGES_LUA.replace("TOKENS", ", ".join(f'"{t}"' for t in self.tokens)))
        url = f"http://127.0.0.1:{self.port}/api/v1/changes?since={cursor}"
        ours = self.wrk(script, url, connections=100)
        # The same answer, bytes and headers as near as a static file gets, from nginx.
        answer = urllib.request.Request(url, headers={
            "Authorization": f"Bearer {self.tokens[0]}", "Accept-Encoding": "gzip"})
        with urllib.request.urlopen(answer) as response:
            body = response.read()
        nginx = NginxStatic(self.run_dir, body)
        try:
            theirs = self.wrk(script, f"http://127.0.0.1:{nginx.port}/changes", connections=100)
        finally:
            nginx.stop()
        self.row("Change feed, a kiosk's check with nothing new, 100 connections (wrk)",
                 f"**{ours:,.0f} requests/s**",
                 f"nginx, the same {len(body)} bytes as a static file: {theirs:,.0f}/s",
                 f"{ours / theirs:.2f} of nginx's", "≥ 5,000/s")

    # ---------------------------------------------------------------- the run

    def run(self):
        only = set(self.args.only.split(",")) if self.args.only else None
        os.makedirs(self.run_dir, exist_ok=True)
        self.generate()
        self.load_store()
        try:
            self.start_server()
            self.row("Server: publish the municipality (load-demo)",
                     f"{self.load_seconds:.0f} s", "", "", "")
            if not only or "sync" in only or not self.reuse_sync():
                self.full_sync()
            steps = [("idle", self.idle_minutes), ("search", self.legal_search),
                     ("startup", self.start_up), ("sections", self.sections),
                     ("stall", self.ui_stall),
                     ("outbox", self.outbox), ("feed", self.change_feed)]
            for name, step in steps:
                if only and name not in only:
                    continue
                log(name)
                step()
        finally:
            self.stop_server()
        return self.table()

    def table(self):
        counts = self.dataset_counts()
        lines = [f"Measured {time.strftime('%Y-%m-%d')} on {machine()}; data set: {counts} "
                 f"(scale {self.args.scale:g}, seed {self.args.seed}).", "",
                 "| measure | the kiosk / server | reference, same run | ratio | target |",
                 "|---|---|---|---|---|"]
        for measure, figure, reference, ratio, target in self.rows:
            lines.append(f"| {measure} | {figure} | {reference} | {ratio} | {target} |")
        lines.append("")
        lines += [f"- {note}" for note in self.notes]
        return "\n".join(lines) + "\n"

    def dataset_counts(self):
        counts = {}
        for name in ("news", "legal", "services", "events"):
            with open(os.path.join(self.data_dir, f"{name}.json"), encoding="utf-8") as f:
                counts[name] = len(json.load(f))
        legal_bytes = sum(os.path.getsize(os.path.join(self.data_dir, "legal", name))
                          for name in os.listdir(os.path.join(self.data_dir, "legal")))
        return (f"{counts['news']:,} news, {counts['legal']:,} legal texts "
                f"({legal_bytes / 1e6:,.0f} MB of text), {counts['services']:,} services, "
                f"{counts['events']:,} events")


SUBMIT_LUA = r"""
-- Each request a new suggestion with its own idempotency key, as kiosks send them (NONCE is
-- new for every run of wrk, so no key is ever a replay).
local counter = 0
request = function()
  counter = counter + 1
  local key = "bench-NONCE-" .. counter
  local body = '{"type":"suggestion","created_at":"2026-11-28T10:15:00Z","locale":"es",' ..
    '"payload":{"text":"Propuesta ' .. counter .. ': poner bancos a la sombra en la parada ' ..
    'de ómnibus del parque.","topic":"transporte"}}'
  return wrk.format("POST", nil, {["Authorization"] = "Bearer TOKEN",
    ["Content-Type"] = "application/json", ["Idempotency-Key"] = key}, body)
end
"""

CHANGES_LUA = r"""
-- Many kiosks, each with its own token, asking whether anything is new.
local tokens = {TOKENS}
local next_token = 0
request = function()
  next_token = next_token % #tokens + 1
  return wrk.format("GET", nil, {["Authorization"] = "Bearer " .. tokens[next_token],
    ["Accept-Encoding"] = "gzip"})
end
"""


def sql_literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def find_cache_file(data_dir):
    """The current cache generation: the one the pointer file names, else the first."""
    pointer = os.path.join(data_dir, "cache.current")
    name = "content-1.sqlite"
    if os.path.exists(pointer):
        with open(pointer) as f:
            name = f.read().strip()
    return os.path.join(data_dir, name)


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = 0
    with open("/proc/meminfo") as f:
        memory = int(f.readline().split()[1]) // (1024 * 1024)
    return (f"{os.cpu_count()} cores of {cpu}, {memory} GiB, "
            f"{platform.freedesktop_os_release().get('PRETTY_NAME', 'Linux')}, "
            f"SQLite {sqlite3.sqlite_version}")


class CountingProxy:
    """A TCP proxy on loopback that counts bytes each way and the requests that pass."""

    def __init__(self, server_port):
        self.server_port = server_port
        self.up = self.down = self.requests = 0
        self.paths = {}
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.port = None

    def start(self):
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self.loop)
        self.port = future.result(timeout=10)

    async def _listen(self):
        self.listener = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self.listener.sockets[0].getsockname()[1]

    async def _handle(self, client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1",
                                                                     self.server_port)
        await asyncio.gather(self._pipe(client_reader, server_writer, True),
                             self._pipe(server_reader, client_writer, False))

    async def _pipe(self, reader, writer, upward):
        try:
            while True:
                data = await reader.read(262144)
                if not data:
                    break
                if upward:
                    self.up += len(data)
                    for match in re.finditer(rb"(?:^|\r\n)(GET|POST|PUT|DELETE) (/[^ ?]*)",
                                             data):
                        self.requests += 1
                        path = match.group(2).decode()
                        self.paths[path] = self.paths.get(path, 0) + 1
                else:
                    self.down += len(data)
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    def take(self):
        taken = (self.up, self.down, self.requests)
        self.up = self.down = self.requests = 0
        return taken

    def take_paths(self):
        taken, self.paths = self.paths, {}
        return taken

    def stop(self):
        self.loop.call_soon_threadsafe(self.listener.close)
        self.loop.call_soon_threadsafe(self.loop.stop)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited before listening on {port}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


class Nginx:
    """Debian's nginx on a free loopback port, in a folder of its own, with the site that
    site(folder, port) writes (what goes inside nginx's http block)."""

    def __init__(self, run_dir, site, workers="1"):
        self.dir = tempfile.mkdtemp(dir=run_dir, prefix="nginx-")
        os.chmod(self.dir, 0o755)  # nginx's workers run as another user when started as root
        self.port = free_port()
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as f:
            f.write(f"""
daemon off;
worker_processes {workers};
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {self.dir}/body;
    proxy_temp_path {self.dir}/proxy;
    fastcgi_temp_path {self.dir}/fastcgi;
    uwsgi_temp_path {self.dir}/uwsgi;
    scgi_temp_path {self.dir}/scgi;
{site(self.dir, self.port)}
}}
""")
        self.process = subprocess.Popen(["nginx", "-c", conf, "-p", self.dir],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port, self.process)

    def stop(self):
        self.process.send_signal(signal.SIGQUIT)
        self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


class NginxStatic(Nginx):
    """nginx on loopback serving one file as the change feed's answer, gzip and all."""

    def __init__(self, run_dir, body):
        def site(directory, port):
            with open(os.path.join(directory, "changes"), "wb") as f:
                f.write(body)
            return (f"    server {{\n        listen 127.0.0.1:{port};\n"
                    f"        location / {{ root {directory}; default_type application/json; }}\n"
                    "    }")
        super().__init__(run_dir, site)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build/release"))
    parser.add_argument("--work", default=os.path.join(ROOT, "build/bench"))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--only", help="comma-separated: sync,idle,search,startup,sections,stall,outbox,"
                        "feed (without sync, the cache of the last full sync is reused)")
    parser.add_argument("--quick", action="store_true", help="shorter runs, for a smoke test")
    args = parser.parse_args()
    bench = Bench(args)
    table = bench.run()
    os.makedirs(bench.work, exist_ok=True)
    with open(os.path.join(bench.work, "results.md"), "w") as f:
        f.write(table)
    print(table)


if __name__ == "__main__":
    main()
