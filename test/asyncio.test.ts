/**
 * PollAsync, ReadAsync, WriteAsync, the fd streams and Openpty, on real fds:
 * pipes, a pty with a real shell, a socket pair, an eventfd, an inotify fd,
 * a pidfd. The event loop must keep running throughout (a timer counts).
 */
import { describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  Close, EBADF, EFAULT, EINVAL, EIO, EPERM, EPOLLIN, EPOLLOUT, EPOLLHUP, FdReadableStream, FdWritableStream, ForkExec, O_CLOEXEC, O_NONBLOCK,
  F_GETFL, Openpty, Pipe2, PidfdOpen, PollAsync, ReadAsync, Wait4Async, Read, Write, WriteAsync, Open, O_RDONLY,
  AF_UNIX, SOCK_STREAM, SOCK_CLOEXEC, TIOCSWINSZ, TIOCGWINSZ,
} from "../src/index.ts";
import { C } from "../src/libc.ts";
import { sysCall } from "../src/sysdef.ts";
import { inChild, noFdLeak as noFdLeakNow, scratchDir, seededRandom, zombieChildren } from "./helpers.ts";
import { waiterIdle } from "../src/waitasync.ts";

/** noFdLeak, once the waiter thread has stopped (it lingers a second on the main thread otherwise). */
const noFdLeak = (fn: () => unknown) => noFdLeakNow(async () => {
  await fn();
  await waiterIdle();
});

const eventfd = sysCall("eventfd", "eventfd", ["uint", "int"], "int");
const inotifyInit1 = sysCall("inotify_init1", "inotify_init1", ["int"], "int");
const inotifyAddWatch = sysCall("inotify_add_watch", "inotify_add_watch", ["fd", "path", "uint"], "int");
const socketpair = sysCall("socketpair", "socketpair", ["int", "int", "int", "buf"], "err");
const ioctl = sysCall("ioctl", "ioctl", ["fd", "uintptr", "buf"], "int");
const enc = new TextEncoder();
const dec = new TextDecoder();

function pipe(): [number, number] {
  const p: [number, number] = [0, 0];
  expect(Pipe2(p, O_CLOEXEC)).toBeNull();
  return p;
}
/** Counts timer ticks while fn runs: the event loop must keep turning. */
async function ticking<T>(fn: () => Promise<T>): Promise<[T, number]> {
  let ticks = 0;
  const iv = setInterval(() => ticks++, 2);
  try {
    return [await fn(), ticks];
  } finally {
    clearInterval(iv);
  }
}

describe("PollAsync: readiness on any fd, served by the waiter thread", () => {
  test("a pipe: pending until written, then EPOLLIN; EPOLLOUT at once; EPOLLHUP when the writer closes", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      let settled = false;
      const p = PollAsync(r, EPOLLIN).then((x) => ((settled = true), x));
      await Bun.sleep(30);
      expect(settled).toBe(false);
      Write(w, enc.encode("x"));
      expect(await p).toEqual([EPOLLIN, null]);
      expect(await PollAsync(w, EPOLLOUT)).toEqual([EPOLLOUT, null]);
      Close(w);
      const [rev] = await PollAsync(r, EPOLLIN);
      expect(rev & EPOLLHUP).toBe(EPOLLHUP);
      Close(r);
    });
  });

  test("two waits on one fd for different events share one registration and each gets its own", async () => {
    await noFdLeak(async () => {
      const fds = new Uint8Array(8);
      expect(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds)).toBeNull();
      const [a, b] = [new DataView(fds.buffer).getInt32(0, true), new DataView(fds.buffer).getInt32(4, true)];
      const rd = PollAsync(a, EPOLLIN);
      const wr = PollAsync(a, EPOLLOUT);
      expect(await wr).toEqual([EPOLLOUT, null]);
      Write(b, enc.encode("ping"));
      expect(await rd).toEqual([EPOLLIN, null]);
      Close(a);
      Close(b);
    });
  });

  test("an eventfd, an inotify fd and a pidfd", async () => {
    await noFdLeak(async () => {
      const [efd] = eventfd(0, O_CLOEXEC);
      const pe = PollAsync(efd, EPOLLIN);
      Write(efd, new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]));
      expect(await pe).toEqual([EPOLLIN, null]);
      Close(efd);

      const { dir, cleanup } = scratchDir();
      const [ifd] = inotifyInit1(O_CLOEXEC);
      expect(inotifyAddWatch(ifd, dir, 0x100 /* IN_CREATE */)[1]).toBeNull();
      const pi = PollAsync(ifd, EPOLLIN);
      writeFileSync(join(dir, "new"), "");
      expect(await pi).toEqual([EPOLLIN, null]);
      Close(ifd);
      cleanup();

      const [pid] = ForkExec("/bin/sh", ["sh", "-c", "sleep 0.05"]);
      const [pidfd] = PidfdOpen(pid, 0);
      expect(await PollAsync(pidfd, EPOLLIN)).toEqual([EPOLLIN, null]);
      Close(pidfd);
      expect((await Wait4Async(pid, null, null))[0]).toBe(pid);
    });
  });

  test("abort rejects with the reason and leaves nothing watched; the fd is still usable", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      const ac = new AbortController();
      const p = PollAsync(r, EPOLLIN, { signal: ac.signal });
      setTimeout(() => ac.abort(new Error("enough")), 10);
      await expect(p).rejects.toThrow("enough");
      Write(w, enc.encode("y"));
      expect(await PollAsync(r, EPOLLIN)).toEqual([EPOLLIN, null]);
      await expect(PollAsync(r, EPOLLIN, { signal: AbortSignal.abort("pre") })).rejects.toBe("pre");
      Close(r);
      Close(w);
    });
  });

  test("an fd closed (not by the package) while a wait is pending, its number then reused by a new pipe: a wait on the new pipe works", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      const first = PollAsync(r, EPOLLIN);
      await Bun.sleep(5); // registered
      // Closed behind the package's back (libc directly): the watch is not told.
      C.close(r);
      C.close(w);
      const [r2, w2] = pipe();
      expect(r2).toBe(r); // the lowest free number
      const second = PollAsync(r2, EPOLLIN);
      expect(Write(w2, new Uint8Array([1]))).toEqual([1, null]);
      expect(await second).toEqual([EPOLLIN, null]);
      // The pending wait is for the number too (as poll(2)'s): it sees the new pipe.
      expect(await first).toEqual([EPOLLIN, null]);
      Close(r2);
      Close(w2);
    });
  });

  test("the package's Close, CloseRange, Dup2 and Dup3 end the waits on the numbers they end: EBADF at once", async () => {
    await noFdLeak(async () => {
      const { CloseRange, Dup2, Dup3 } = await import("../src/index.ts");
      const ends: [string, (r: number, w: number) => void][] = [
        ["Close", (r) => Close(r)],
        ["CloseRange", (r) => expect(CloseRange(r, r, 0)).toBeNull()],
        ["Dup2", (r, w) => expect(Dup2(w, r)).toBeNull()],
        ["Dup3", (r, w) => expect(Dup3(w, r, O_CLOEXEC)).toBeNull()],
      ];
      for (const [name, end] of ends) {
        const [r, w] = pipe();
        const poll = PollAsync(r, EPOLLIN);
        const read = ReadAsync(r, new Uint8Array(4));
        await Bun.sleep(5);
        end(r, w);
        const t = Bun.sleep(500).then(() => "pending");
        expect([name, await Promise.race([poll, t])]).toEqual([name, [-1, EBADF]]);
        expect([name, await Promise.race([read, t])]).toEqual([name, [-1, EBADF]]);
        if (name !== "Close" && name !== "CloseRange") Close(r); // Dup2/Dup3 left a copy of w there
        Close(w);
      }
      // CloseRange with CLOSE_RANGE_CLOEXEC closes nothing: the wait goes on.
      const [r, w] = pipe();
      const poll = PollAsync(r, EPOLLIN);
      await Bun.sleep(5);
      expect(CloseRange(r, r, 4 /* CLOSE_RANGE_CLOEXEC */)).toBeNull();
      Write(w, new Uint8Array([1]));
      expect(await poll).toEqual([EPOLLIN, null]);
      Close(r);
      Close(w);
      // A stream whose fd the caller closes under a pending read errors with EBADF.
      const [r2, w2] = pipe();
      const rd = FdReadableStream(r2).getReader();
      const pending = rd.read().then(() => "read", (e) => e);
      await Bun.sleep(5);
      Close(r2);
      expect(await pending).toBe(EBADF);
      Close(w2);
    });
  });

  test("seeded sequences of pipes opened, polled, written, closed (numbers reused) and waits aborted: every wait ends ready, aborted, or EBADF after its fd was closed", async () => {
    await noFdLeak(async () => {
      for (let seq = 0; seq < Number(process.env.POLL_SEQS || 40); seq++) {
        const r = seededRandom(20261201 + seq);
        const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
        const open: { r: number; w: number }[] = [];
        // closed: the wait's fd was closed while it was pending (EBADF is then a documented end).
        const waits: { fd: number; ac: AbortController; p: Promise<unknown>; closed: boolean }[] = [];
        const log: string[] = [];
        for (let step = 0; step < 30; step++) {
          const op = pick(["open", "open", "poll", "poll", "write", "close", "abort"]);
          if (op === "open" || open.length === 0) {
            const [a, b] = pipe();
            open.push({ r: a, w: b });
            log.push(`open ${a}`);
          } else if (op === "poll") {
            const x = pick(open);
            const ac = new AbortController();
            waits.push({ fd: x.r, ac, p: PollAsync(x.r, EPOLLIN, { signal: ac.signal }).then((v) => v, (e) => e), closed: false });
            log.push(`poll ${x.r}`);
            await Bun.sleep(1); // registered
          } else if (op === "write") {
            const x = pick(open);
            Write(x.w, new Uint8Array([1]));
            log.push(`write ${x.r}`);
          } else if (op === "close") {
            const x = open.splice(Math.floor(r() * open.length), 1)[0]!;
            Close(x.r);
            Close(x.w);
            for (const wt of waits) if (wt.fd === x.r) wt.closed = true;
            log.push(`close ${x.r}`);
          } else if (waits.length > 0) {
            const x = pick(waits);
            x.ac.abort("aborted");
            log.push(`abort a wait on ${x.fd}`);
          }
        }
        // The end: every open pipe becomes readable; a wait whose fd was closed
        // under it (documented to stay pending unless the package notices) is aborted.
        for (const x of open) Write(x.w, new Uint8Array([1]));
        for (const x of waits) if (x.closed) x.ac.abort("aborted");
        const results = await Promise.race([Promise.all(waits.map((x) => x.p)), Bun.sleep(2000).then(() => "some wait did not settle")]);
        const ok = (v: unknown, i: number) => v === "aborted" || (Array.isArray(v) && v[1] === null && (v[0] & EPOLLIN) !== 0) || (waits[i]!.closed && Array.isArray(v) && v[1] === EBADF);
        const bad = Array.isArray(results) ? results.filter((v, i) => !ok(v, i)) : [results];
        if (bad.length > 0) throw new Error(`sequence ${seq}: ${log.join(", ")}: ${bad.map((b) => Bun.inspect(b)).join("; ")}`);
        for (const x of open) {
          Close(x.r);
          Close(x.w);
        }
      }
    });
  });

  test("bad input: an Errno or a TypeError, nothing leaked", async () => {
    await noFdLeak(async () => {
      expect(await PollAsync(-1, EPOLLIN)).toEqual([-1, EBADF]);
      expect(await PollAsync(2 ** 31, EPOLLIN)).toEqual([-1, EBADF]);
      expect(await PollAsync(987654, EPOLLIN)).toEqual([-1, EBADF]);
      const [fd] = Open("/etc/hostname", O_RDONLY | O_CLOEXEC, 0);
      expect(await PollAsync(fd, EPOLLIN)).toEqual([-1, EPERM]); // a regular file: always ready, epoll refuses it
      Close(fd);
      const [r, w] = pipe();
      expect((await PollAsync(r, 0))[1]?.errno).toBe(22);
      expect((await PollAsync(r, 1 << 30))[1]?.errno).toBe(22);
      // Beyond 32 bits: not truncated into EPOLLIN.
      expect(await PollAsync(r, 2 ** 32 + EPOLLIN)).toEqual([-1, EINVAL]);
      expect(await PollAsync(r, -(2 ** 31) - 1)).toEqual([-1, EINVAL]);
      expect(() => PollAsync("3" as unknown as number, EPOLLIN)).toThrow(TypeError);
      expect(() => PollAsync(r, NaN)).toThrow(TypeError);
      expect(() => PollAsync(r, EPOLLIN, { signal: {} as AbortSignal })).toThrow(TypeError);
      Close(r);
      Close(w);
    });
  });
});

describe("buffers that lie or change under a call (in a child process: a failure writes past a buffer, or faults)", () => {
  test("ReadAsync and WriteAsync pass the kernel the buffer's true length, whatever its own properties or prototype say; an empty ReadAsync makes its read(2); Munmap after ArrayBuffer.prototype.transfer", async () => {
    expect(await inChild([join(import.meta.dir, "fixtures", "hostile-buffers.ts")], 20000)).toEqual({
      // A byteLength of 60000 defined on a 16-byte p while the read waited: 16 bytes read, the next allocation intact.
      readLies: { n: 16, err: null, guard: true },
      // Its prototype swapped for one whose byteLength says 1 MiB: 8.
      readProto: 8,
      // An own subarray returning a view that claims 4096 bytes: 16 written, all p's.
      writeSubarray: { n: 16, err: null, inPipe: 16, bytes: true },
      // Read's errors: EBADF on a pipe's write end, EISDIR on a directory; 0 on a read end.
      readEmpty: { writeEnd: [EBADF.errno, EBADF.errno], directory: [21, 21], readEnd: [0, null] },
      // The old (detached) view is empty: EINVAL; the moved one unmaps, is detached, and no GC faults.
      transfer: { first: 7, viaOld: EINVAL.errno, viaMoved: null, length: 0, read: null },
      transferKept: 9,
      transferKeptUnmap: null,
    });
  }, 30000);
});

describe("review fixes, in a child process with a time limit (a failure is a blocked thread or a process that never exits)", () => {
  const fixture = join(import.meta.dir, "fixtures", "asyncio-review.ts");
  test("ReadAsync never blocks while another holder toggles O_NONBLOCK (RWF_NOWAIT), nor an empty read or write where read(2) or write(2) of nothing waits; streams with close end fd after a failed write or chunk, never a reused number; WriteAsync of a detached view", async () => {
    expect(await inChild([fixture, "main"], 20000)).toEqual({
      toggled: { calls: true },
      epipe: { e: "broken pipe", closed: true },
      badChunk: { e: "TypeError", closed: true },
      closeUnder: { e: "bad file descriptor", reused: true, stillOpen: true },
      detached: [0, null],
      emptyWaits: ["aborted", "aborted"],
    });
  }, 30000);
  test("an FdReadableStream nobody reads lets the process exit (no read ahead of demand)", async () => {
    expect(await inChild([fixture, "unread"], 10000)).toEqual({ created: true });
  }, 20000);
  test("the first wait with too few fds for the compiler resolves [-1, EMFILE], not an exception or ENOSYS, and a later one compiles", async () => {
    expect(await inChild([fixture, "emfile"], 15000)).toEqual({ emfile: [24, 24, 24], want: 24 });
  }, 20000);
});

describe("ReadAsync and WriteAsync never block the event loop", () => {
  test("4 MiB both ways through cat, while a timer keeps firing; the fds' flags are as they were", async () => {
    await noFdLeak(async () => {
      const [inR, inW] = pipe();
      const [outR, outW] = pipe();
      const [pid, err] = ForkExec("/bin/cat", ["cat"], { Files: [inR, outW, 2] });
      expect(err).toBeNull();
      Close(inR);
      Close(outW);
      const data = new Uint8Array(4 << 20).map((_, i) => (i * 7) & 255);
      const [[written, got], ticks] = await ticking(async () => {
        // cat reads only as we drain its output: the write has to wait on EAGAIN many times.
        const w = WriteAsync(inW, data).then((r) => (Close(inW), r));
        const chunks: Uint8Array[] = [];
        const buf = new Uint8Array(64 * 1024);
        for (;;) {
          const [n, rerr] = await ReadAsync(outR, buf);
          expect(rerr).toBeNull();
          if (n === 0) break;
          chunks.push(buf.slice(0, n));
          await Bun.sleep(0); // a slow reader
        }
        return [await w, Buffer.concat(chunks)];
      });
      expect(written).toEqual([data.length, null]);
      expect(Buffer.compare(got, Buffer.from(data))).toBe(0);
      expect(ticks).toBeGreaterThan(2);
      expect(C.fcntl(outR, F_GETFL, 0) & O_NONBLOCK).toBe(0);
      Close(outR);
      expect((await Wait4Async(pid, null, null))[0]).toBe(pid);
    });
  });

  test("a write to a reader that is gone gives EPIPE with the bytes written so far; closed fds give EBADF", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      Close(r);
      const [n, err] = await WriteAsync(w, new Uint8Array(100));
      expect([n, err?.errno]).toEqual([0, 32]);
      Close(w);
      expect(await ReadAsync(w, new Uint8Array(1))).toEqual([-1, EBADF]);
      expect(await WriteAsync(w, new Uint8Array(1))).toEqual([0, EBADF]);
      await expect(ReadAsync(0, "x" as unknown as Uint8Array)).rejects.toThrow(TypeError);
    });
  });

  test("a buffer detached or shrunk while the call waits gives EFAULT, never a false end of file or a short success", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      // A read waits (the pipe is empty); its buffer is transferred away; then data comes.
      const ab = new ArrayBuffer(16);
      const rd = ReadAsync(r, new Uint8Array(ab));
      const kept = ab.transfer();
      expect(Write(w, new Uint8Array([1, 2, 3]))).toEqual([3, null]);
      expect(await rd).toEqual([-1, EFAULT]);
      // The data is still there for the next read.
      expect(await ReadAsync(r, new Uint8Array(kept))).toEqual([3, null]);
      // A resizable buffer shrunk to nothing while waiting: the same.
      const rab = new ArrayBuffer(8, { maxByteLength: 8 });
      const rd2 = ReadAsync(r, new Uint8Array(rab));
      rab.resize(0);
      Write(w, new Uint8Array([4]));
      expect(await rd2).toEqual([-1, EFAULT]);
      expect(await ReadAsync(r, new Uint8Array(1))).toEqual([1, null]);
      // A write that fills a pipe and waits for room; its buffer is transferred meanwhile.
      const q: [number, number] = [0, 0];
      expect(Pipe2(q, O_CLOEXEC | O_NONBLOCK)).toBeNull();
      const big = new ArrayBuffer(1 << 20);
      const wr = WriteAsync(q[1], new Uint8Array(big));
      await Bun.sleep(5);
      big.transfer();
      // Draining makes room: the write wakes to find its buffer gone.
      const drain = new Uint8Array(1 << 16);
      let got = 0;
      for (let [n] = Read(q[0], drain); n > 0; [n] = Read(q[0], drain)) got += n;
      const [done, werr] = await wr;
      expect(werr).toBe(EFAULT);
      expect(done).toBe(got);
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThan(1 << 20);
      Close(q[0]);
      Close(q[1]);
      Close(r);
      Close(w);
    });
  });

  test("abort stops a pending read", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      const ac = new AbortController();
      setTimeout(() => ac.abort(new Error("stop")), 10);
      await expect(ReadAsync(r, new Uint8Array(8), { signal: ac.signal })).rejects.toThrow("stop");
      Close(r);
      Close(w);
    });
  });
});

describe("streams over an fd", () => {
  test("new Response(FdReadableStream(fd)).text() reads a child's output; FdWritableStream feeds its input; close is opt-in", async () => {
    await noFdLeak(async () => {
      const [inR, inW] = pipe();
      const [outR, outW] = pipe();
      const [pid] = ForkExec("/usr/bin/tr", ["tr", "a-z", "A-Z"], { Files: [inR, outW, 2] });
      Close(inR);
      Close(outW);
      const text = new Response(FdReadableStream(outR, { close: true })).text();
      const ws = FdWritableStream(inW, { close: true });
      const writer = ws.getWriter();
      await writer.write(enc.encode("hello "));
      await writer.write(enc.encode("world"));
      await writer.close();
      expect(await text).toBe("HELLO WORLD");
      expect((await Wait4Async(pid, null, null))[0]).toBe(pid);
      // Without close: the fd stays the caller's.
      const [r, w] = pipe();
      Write(w, enc.encode("z"));
      Close(w);
      expect(await new Response(FdReadableStream(r)).text()).toBe("z");
      expect(C.fcntl(r, F_GETFL, 0)).toBeGreaterThanOrEqual(0);
      Close(r);
    });
  });

  test("backpressure: a stream nobody reads reads at most a chunk ahead", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      const big = new Uint8Array(256 * 1024);
      let wrote = 0;
      const writer = WriteAsync(w, big).then((x) => ((wrote = x[0]), x));
      const s = FdReadableStream(r, { chunkSize: 4096 });
      const reader = s.getReader();
      await reader.read();
      await Bun.sleep(50);
      expect(wrote).toBe(0); // the writer is still blocked on a full pipe: nothing drained it
      await reader.cancel();
      Close(r); // the write then fails with EPIPE
      expect((await writer)[1]?.errno).toBe(32);
      Close(w);
    });
  });

  test("short reads reuse the read buffer: every chunk keeps its own bytes after later reads; a full read hands over the buffer itself", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      const reader = FdReadableStream(r, { chunkSize: 8 }).getReader();
      const chunks: Uint8Array[] = [];
      for (const s of ["ab", "cde", "f", "12345678", "xy"]) {
        expect(Write(w, enc.encode(s))[1]).toBeNull();
        const c = await reader.read();
        expect(c.done).toBe(false);
        chunks.push(c.value!);
      }
      // Read after all five: a chunk that shared the buffer with a later read would show that read's bytes.
      expect(chunks.map((c) => dec.decode(c))).toEqual(["ab", "cde", "f", "12345678", "xy"]);
      expect(chunks.map((c) => c.buffer.byteLength)).toEqual([2, 3, 1, 8, 2]);
      // The short chunks are copies, each with an ArrayBuffer of its own; the full one is not copied.
      expect(new Set(chunks.map((c) => c.buffer)).size).toBe(5);
      await reader.cancel();
      Close(r);
      Close(w);
    });
  });

  test("chunkSize is at most 16 MiB: 2^24 streams, 2^24 + 1 and 2^30 are RangeErrors before anything is read", async () => {
    await noFdLeak(async () => {
      const [r, w] = pipe();
      expect(() => FdReadableStream(r, { chunkSize: 2 ** 24 + 1 })).toThrow(RangeError);
      expect(() => FdReadableStream(r, { chunkSize: 2 ** 30 })).toThrow(RangeError);
      const reader = FdReadableStream(r, { chunkSize: 2 ** 24 }).getReader();
      expect(Write(w, enc.encode("z"))[1]).toBeNull();
      expect(dec.decode((await reader.read()).value!)).toBe("z");
      await reader.cancel();
      Close(r);
      Close(w);
    });
  });
});

describe("a pty", () => {
  test("Openpty, a real shell on the slave with Setsid/Setctty, type a command, read its output, resize, EIO ends the stream", async () => {
    await noFdLeak(async () => {
      const [m, s, err] = Openpty();
      expect(err).toBeNull();
      const ws = new Uint8Array(8);
      new DataView(ws.buffer).setUint16(0, 33, true); // rows
      new DataView(ws.buffer).setUint16(2, 101, true); // cols
      expect(ioctl(m, TIOCSWINSZ, ws)[1]).toBeNull();
      const [pid, ferr] = ForkExec("/bin/sh", ["sh", "-i"], { Env: ["PS1=$ ", "TERM=dumb"], Files: [s, s, s], Sys: { Setsid: true, Setctty: true, Ctty: 0 } });
      expect(ferr).toBeNull();
      Close(s);
      const chunks: string[] = [];
      const reading = (async () => {
        for await (const c of FdReadableStream(m)) chunks.push(dec.decode(c));
      })();
      const until = async (re: RegExp) => {
        for (let i = 0; i < 400 && !re.test(chunks.join("")); i++) await Bun.sleep(10);
        return re.test(chunks.join(""));
      };
      await WriteAsync(m, enc.encode("stty size; echo marker-$((6*7))\n"));
      expect(await until(/33 101[\s\S]*marker-42/)).toBe(true);
      new DataView(ws.buffer).setUint16(0, 40, true);
      new DataView(ws.buffer).setUint16(2, 120, true);
      expect(ioctl(m, TIOCSWINSZ, ws)[1]).toBeNull();
      const back = new Uint8Array(8);
      expect(ioctl(m, TIOCGWINSZ, back)[1]).toBeNull();
      expect([new DataView(back.buffer).getUint16(0, true), new DataView(back.buffer).getUint16(2, true)]).toEqual([40, 120]);
      await WriteAsync(m, enc.encode("stty size; exit 3\n"));
      await reading; // ends at EIO, once the shell (the last holder of the slave) exits
      expect(chunks.join("")).toMatch(/40 120/);
      const [, , rerr] = [0, 0, (await ReadAsync(m, new Uint8Array(8)))[1]];
      expect(rerr).toBe(EIO); // what Go's Read gives there
      Close(m);
      const [wpid] = await Wait4Async(pid, null, null);
      expect(wpid).toBe(pid);
    });
    expect(zombieChildren()).toEqual([]);
  }, 20000);

  test("Openpty's fds are close-on-exec and not this process's controlling terminal", async () => {
    await noFdLeak(() => {
      const [m, s] = Openpty();
      expect(C.fcntl(m, 1 /* F_GETFD */, 0) & 1).toBe(1);
      expect(C.fcntl(s, 1, 0) & 1).toBe(1);
      Close(m);
      Close(s);
    });


  });
});

describe("the main thread's reports come through a threadsafe callback", () => {
  test("process.exit while waits are pending and their children exit at that moment: a clean exit, every time", () => {
    const index = JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"));
    const code = `
      const S = await import(${index});
      for (let i = 0; i < 20; i++) { const [pid] = S.ForkExec("/bin/sh", ["sh", "-c", "sleep 0.02"]); void S.Wait4Async(pid, null, null); }
      const [r, w] = [[0, 0]].map((p) => (S.Pipe2(p, 0), p))[0];
      void S.PollAsync(r, S.EPOLLIN);
      setTimeout(() => { S.Write(w, new Uint8Array(1)); process.exit(7); }, 20);`;
    for (let i = 0; i < 8; i++) {
      const r = Bun.spawnSync([process.execPath, "-e", code], { stdout: "pipe", stderr: "pipe", timeout: 10000 });
      expect({ code: r.exitCode, signal: r.signalCode ?? null, stderr: r.stderr.toString() }).toEqual({ code: 7, signal: null, stderr: "" });
    }
  }, 30000);
});

describe("the process exits once nothing is waited for", () => {
  // The waiter thread's reader holds the event loop while fd waits are
  // pending; a Wait4Async on the SIGCHLD path that was pending when the last
  // fd wait ended must not keep it (the process then never exited).
  const index = JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"));
  const run = (body: string) => {
    const code = `const S = await import(${index});\nconst p = [0, 0]; S.Pipe2(p, S.O_CLOEXEC);\n${body}\nconsole.log("end");`;
    const t0 = performance.now();
    const r = Bun.spawnSync([process.execPath, "-e", code], { stdout: "pipe", stderr: "pipe", timeout: 8000 });
    return { code: r.exitCode, signal: r.signalCode ?? null, out: r.stdout.toString().trim().split("\n").pop(), stderr: r.stderr.toString(), fast: performance.now() - t0 < 6000 };
  };
  const clean = { code: 0, signal: null, out: "end", stderr: "", fast: true };
  test("a PollAsync, then a Wait4Async started before the poll's reader stops", () => {
    expect(run(`S.Write(p[1], new Uint8Array([1]));
      await S.PollAsync(p[0], S.EPOLLIN);
      const [pid] = S.ForkExec("/bin/sleep", ["sleep", "0.05"], {});
      await S.Wait4Async(pid, null, null);`)).toEqual(clean);
  }, 20000);
  test("an FdReadableStream cancelled while its read waits for data (close: true and false)", () => {
    expect(run(`for (const close of [true, false]) {
        const q = [0, 0]; S.Pipe2(q, S.O_CLOEXEC);
        const rd = S.FdReadableStream(q[0], { close }).getReader();
        const pending = rd.read();
        await Bun.sleep(10);
        await rd.cancel();
        const x = await pending;
        if (!x.done) throw new Error("a cancelled read gave data");
        if (!close) S.Close(q[0]);
        S.Close(q[1]);
      }`)).toEqual(clean);
  }, 20000);
  test("an FdWritableStream aborted while its write waits for room: the write rejects, fd is closed with close: true", () => {
    expect(run(`const wr = S.FdWritableStream(p[1], { close: true }).getWriter();
      const pending = wr.write(new Uint8Array(1 << 20)).then(() => "resolved", (e) => e.message);
      await Bun.sleep(10);
      await wr.abort(new Error("stop"));
      if ((await pending) !== "stop") throw new Error("the write did not reject with the abort's reason");
      if (S.FcntlInt(p[1], S.F_GETFD, 0)[1] !== S.EBADF) throw new Error("fd left open");
      S.Close(p[0]);`)).toEqual(clean);
  }, 20000);
  test("a Wait4Async pending while a PollAsync and a ReadAsync come and go", () => {
    expect(run(`const [pid] = S.ForkExec("/bin/sleep", ["sleep", "0.1"], {});
      const w = S.Wait4Async(pid, null, null);
      setTimeout(() => S.Write(p[1], new Uint8Array([1, 2])), 10);
      await S.PollAsync(p[0], S.EPOLLIN);
      await S.ReadAsync(p[0], new Uint8Array(2));
      await w;`)).toEqual(clean);
  }, 20000);
});

describe("in a Worker (the waiter reports through a pipe there)", () => {
  test("PollAsync, ReadAsync, a stream and Wait4Async", async () => {
    const w = new Worker(new URL("./fixtures/asyncio-worker.ts", import.meta.url).href);
    const got = await new Promise<Record<string, unknown>>((res, rej) => {
      w.onmessage = (e) => res(e.data as Record<string, unknown>);
      w.onerror = (e) => rej(e);
      w.postMessage("go");
    });
    w.terminate();
    expect(got).toEqual({
      poll: [EPOLLIN, null], out: [EPOLLOUT, null], read: [11, null, "from worker"], text: "child\n", waited: true, code: 5,
    });
  }, 20000);
});
