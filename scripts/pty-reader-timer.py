#!/usr/bin/env python3
"""Times one terminal reader on a pseudo-terminal of its own (scripts/bench-reader.sh, issue 13).

tmux polls its pane every few milliseconds and parses the output before anyone can read the
screen; that adds more than 100 ms and hides the difference between readers that draw in
5 ms and in 50 ms. Here the reader's output is read straight off the pty master the moment
it is written, so every figure is "bytes on the wire", the way a terminal gets them.

  pty-reader-timer.py --marker TEXT [--open-key K --open-marker T] [--keys K:N[/K2],...] -- CMD...

Prints one line per figure, `name value`:
  first-frame US   exec until the burst of output that carries TEXT is over (the first
                   screen with headlines, drawn to its end: FRAME_GAP_MS without output)
  key-NAME US      each press: key written until the output it caused settles (N presses,
                   each value printed), so the caller takes medians
  bytes-NAME B     bytes the press wrote
  peak-kb KB       VmHWM of the reader after the keys, before it is asked to quit
A key's burst is over when SETTLE_MS pass without output; its end is its last byte's time.
"""
import argparse
import fcntl
import os
import select
import signal
import struct
import sys
import termios
import time

KEYS = {
    "Down": b"\x1bOB",  # screen-256color's kcud1 (keypad mode, as curses readers set it)
    "Up": b"\x1bOA",
    "PgDn": b"\x1b[6~",
    "PgUp": b"\x1b[5~",
    "End": b"\x1b[4~",  # screen-256color's kend
    "Home": b"\x1b[1~",  # screen-256color's khome
    "Enter": b"\r",
    "q": b"q",
}


DEBUG = bool(os.environ.get("PTY_TIMER_DEBUG"))  # each chunk read, to stderr


def now_us():
    return time.monotonic_ns() // 1000


class Reader:
    def __init__(self, command, width, height, env):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.t0 = now_us()
        pid = os.fork()
        if pid == 0:
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.close(master)
            os.close(slave)
            try:
                os.execvpe(command[0], command, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid, self.master = pid, master
        self.output = bytearray()

    def read_burst(self, settle_ms, deadline_us, until=None):
        """Reads until `until` (bytes) has been seen and then nothing comes for settle_ms.
        Returns the time of the last byte read; None at the deadline, or when the reader
        ended before showing `until`."""
        last = None
        start = len(self.output)
        seen = until is None
        while True:
            now = now_us()
            if now > deadline_us:
                return None
            wait = settle_ms / 1000 if (seen and last is not None) else (deadline_us - now) / 1e6
            ready, _, _ = select.select([self.master], [], [], max(wait, 0))
            if not ready:
                if seen and last is not None:
                    return last
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: the reader is gone
                chunk = b""
            if not chunk:
                return last if seen else None
            last = now_us()
            if DEBUG:
                print(f"  +{last - self.t0} us: {len(chunk)} bytes {bytes(chunk[:60])!r}", file=sys.stderr)
            self.output += chunk
            if not seen and until in self.output[max(0, start - len(until)):]:
                seen = True

    def drain(self, quiet_ms):
        while select.select([self.master], [], [], quiet_ms / 1000)[0]:
            try:
                if not os.read(self.master, 65536):
                    return
            except OSError:
                return

    def write(self, data):
        os.write(self.master, data)

    def peak_kb(self):
        try:
            with open(f"/proc/{self.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def stop(self, quit_key):
        try:
            self.write(quit_key)
        except OSError:
            pass
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            self.drain(20)
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.master)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--marker", required=True, help="text of the first useful frame")
    parser.add_argument("--open-key", help="key to press before the keys (say Enter, to open a feed)")
    parser.add_argument("--open-marker", help="text the open key's screen shows")
    parser.add_argument("--keys", default="",
                        help="NAME:COUNT[/OTHER],... pressed in turn, each timed; OTHER is pressed "
                             "(untimed) after each one, so End/Home jumps every time")
    parser.add_argument("--quit", default="q")
    parser.add_argument("--bind", default="", help="NAME=TEXT,...: what this reader takes for a key (End=G)")
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    parser.add_argument("--settle-ms", type=float, default=30,
                        help="quiet time that ends a key's redraw (follow-up redraws count)")
    parser.add_argument("--frame-gap-ms", type=float, default=3,
                        help="quiet time that ends the first frame: a curses frame is written "
                             "back to back, and what a reader draws later (newsroom's unread "
                             "count) is not part of its first useful frame")
    parser.add_argument("--pause-ms", type=float, default=30,
                        help="pause between presses: a person does not type 100 keys a second")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    for spec in filter(None, args.bind.split(",")):
        name, _, text = spec.partition("=")
        KEYS[name] = text.encode()
    env = dict(os.environ)
    env.setdefault("TERM", "screen-256color")

    reader = Reader(command, args.width, args.height, env)
    end = reader.read_burst(args.frame_gap_ms, reader.t0 + 60_000_000, until=args.marker.encode())
    if end is None:
        tail = bytes(reader.output[-400:])
        print(f"pty-reader-timer: {command[0]} showed no {args.marker!r} (ended, or 60 s passed); "
              f"its last output: {tail!r}", file=sys.stderr)
        reader.stop(args.quit.encode())
        sys.exit(1)
    print(f"first-frame {end - reader.t0}")
    reader.drain(200)  # what the reader does right after its first frame is not a key's cost
    if args.open_key:
        reader.write(KEYS[args.open_key])
        if reader.read_burst(args.settle_ms, now_us() + 10_000_000, until=(args.open_marker or "").encode() or None) is None:
            print(f"pty-reader-timer: {args.open_key} did not show {args.open_marker!r}", file=sys.stderr)
        reader.drain(200)
    for spec in filter(None, args.keys.split(",")):
        name, _, count = spec.partition(":")
        count, _, other = count.partition("/")
        for _ in range(int(count or 1)):
            before = len(reader.output)
            started = now_us()
            reader.write(KEYS[name])
            end = reader.read_burst(args.settle_ms, started + 10_000_000)
            if end is None:
                print(f"pty-reader-timer: no output after {name}", file=sys.stderr)
                continue
            print(f"key-{name} {end - started}")
            print(f"bytes-{name} {len(reader.output) - before}")
            time.sleep(args.pause_ms / 1000)
            if other:
                reader.write(KEYS[other])
                reader.drain(args.settle_ms + args.pause_ms)
    print(f"peak-kb {reader.peak_kb()}")
    reader.stop(args.quit.encode())


if __name__ == "__main__":
    main()
