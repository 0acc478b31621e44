#!/usr/bin/env python3
"""A TCP relay that fails the way networks do (R8, issue #24; Python standard library only).

Usage: faultproxy.py <listen port> <target host:port> <control port>
Relays every connection made to 127.0.0.1:<listen port> to the target. A line sent to 127.0.0.1:<control port>
changes what it does, for connections open and new alike, and is answered "ok":
  pass            relay (the default)
  latency <ms>    hold every chunk of bytes, each way, that long before relaying it
  hang            relay nothing and answer nothing, keep every connection open (a partition: no reset, no answer)
  reset           close every open connection at once with a TCP reset (then relay again)
  refuse          close every open connection with a reset and every new one as soon as it is accepted
  stats           "connections=<accepted> open=<open> mode=<mode>"
"""
import asyncio
import socket
import struct
import sys

LISTEN, TARGET, CONTROL = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
TARGET_HOST, TARGET_PORT = TARGET.rsplit(":", 1)
state = {"mode": "pass", "latency": 0.0, "accepted": 0}
open_writers = set()


def abort(writer):
    """Closes with a reset (SO_LINGER 0), as a middlebox that drops the connection does."""
    sock = writer.get_extra_info("socket")
    try:
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
    except OSError:
        pass
    open_writers.discard(writer)


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            while state["mode"] == "hang" and writer in open_writers:
                await asyncio.sleep(0.02)
            if writer not in open_writers:
                break
            if state["mode"] == "latency":
                await asyncio.sleep(state["latency"])
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        abort(writer)


async def client(reader, writer):
    state["accepted"] += 1
    if state["mode"] == "refuse":
        abort(writer)
        return
    open_writers.add(writer)
    while state["mode"] == "hang" and writer in open_writers:  # a connection made during a partition gets nothing
        await asyncio.sleep(0.02)
    try:
        up_reader, up_writer = await asyncio.open_connection(TARGET_HOST, int(TARGET_PORT))
    except OSError:
        abort(writer)
        return
    open_writers.add(up_writer)
    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def control(reader, writer):
    line = (await reader.readline()).decode().split()
    answer = "ok"
    if not line:
        answer = "empty"
    elif line[0] in ("pass", "hang"):
        state["mode"] = line[0]
    elif line[0] == "latency":
        state["mode"], state["latency"] = "latency", int(line[1]) / 1000.0
    elif line[0] in ("reset", "refuse"):
        for w in list(open_writers):
            abort(w)
        state["mode"] = "refuse" if line[0] == "refuse" else "pass"
    elif line[0] == "stats":
        answer = "connections=%d open=%d mode=%s" % (state["accepted"], len(open_writers), state["mode"])
    else:
        answer = "unknown command"
    writer.write((answer + "\n").encode())
    await writer.drain()
    writer.close()


async def main():
    relay = await asyncio.start_server(client, "127.0.0.1", LISTEN)
    ctl = await asyncio.start_server(control, "127.0.0.1", CONTROL)
    async with relay, ctl:
        await asyncio.gather(relay.serve_forever(), ctl.serve_forever())


asyncio.run(main())
