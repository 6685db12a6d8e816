#!/usr/bin/env python3
"""Bytes on the wire and time for a kiosk sync against the real server on loopback.

Starts municipal-server with the demo content, puts a byte-counting TCP proxy between it and
the kiosk, and runs `municipal-kiosk --sync-once` twice: a full sync into an empty cache, then
an idle one (nothing new). Prints a table; it asserts nothing (a benchmark, not a test).

    tests/bench/sync_wire.py [BUILD_DIR]      (default: build/release)
"""
import asyncio
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build/release"))
SERVER = os.path.join(BUILD, "app/server/municipal-server")
KIOSK = os.path.join(BUILD, "app/kiosk/municipal-kiosk")


class Counter:
    def __init__(self):
        self.up = 0      # kiosk -> server
        self.down = 0    # server -> kiosk
        self.connections = 0


async def pipe(reader, writer, counter, attribute):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            setattr(counter, attribute, getattr(counter, attribute) + len(data))
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


async def run(server_port, data_dir):
    counter = Counter()

    async def handle(client_reader, client_writer):
        counter.connections += 1
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", server_port)
        await asyncio.gather(pipe(client_reader, server_writer, counter, "up"),
                             pipe(server_reader, client_writer, counter, "down"))

    proxy = await asyncio.start_server(handle, "127.0.0.1", 0)
    proxy_port = proxy.sockets[0].getsockname()[1]
    config = os.path.join(data_dir, "kiosk.conf")
    with open(config, "w") as f:
        f.write(f"[server]\nurl=http://127.0.0.1:{proxy_port}\ntoken_file=token\n"
                f"[storage]\ndata_dir=kiosk\n")
    rows = []
    for label in ("full sync (empty cache)", "idle sync (nothing new)"):
        counter.up = counter.down = counter.connections = 0
        start = time.monotonic()
        process = await asyncio.create_subprocess_exec(
            KIOSK, "--config", config, "--sync-once",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        output, _ = await process.communicate()
        elapsed = time.monotonic() - start
        await asyncio.sleep(0.2)  # let the proxy count the last bytes of closed connections
        lines = output.decode().strip().splitlines()
        rows.append((label, counter.up, counter.down, elapsed,
                     next((l for l in lines if l.startswith("sync ")), lines[-1] if lines else "")))
    proxy.close()
    return rows


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        token = subprocess.run([SERVER, "token", "issue", "bench", "--data-dir", data_dir],
                               check=True, capture_output=True, text=True).stdout.strip()
        with open(os.path.join(data_dir, "token"), "w") as f:
            f.write(token)
        server = subprocess.Popen([SERVER, "serve", "--data-dir", data_dir, "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            line = server.stdout.readline()
            port = int(line.rsplit(":", 1)[1])
            rows = asyncio.run(run(port, data_dir))
        finally:
            server.terminate()
            server.wait()
    print(f"{'what':26} {'bytes up':>10} {'bytes down':>11} {'seconds':>8}  kiosk says")
    for label, up, down, seconds, said in rows:
        print(f"{label:26} {up:>10} {down:>11} {seconds:>8.3f}  {said}")


if __name__ == "__main__":
    main()
