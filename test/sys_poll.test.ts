/**
 * Tests for src/sys/poll.ts: epoll (EpollCreate, EpollCreate1, EpollCtl,
 * EpollWait, EpollEvent), inotify (InotifyInit, InotifyInit1,
 * InotifyAddWatch, InotifyRmWatch, InotifyEvent) and Select with FdSet,
 * against the real kernel. EpollWait and Select block the thread, so every
 * wait here has a timeout of 0 or a few milliseconds.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  Close, Dup3, EBADF, EEXIST, EINVAL, ENOENT, EPERM, EPOLL_CLOEXEC, EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD, EPOLLIN, EPOLLONESHOT,
  EPOLLOUT, EpollCreate, EpollCreate1, EpollCtl, EpollEvent, EpollWait, FdSet, IN_CLOEXEC, IN_CREATE, IN_IGNORED,
  IN_NONBLOCK, InotifyAddWatch, InotifyEvent, InotifyInit, InotifyInit1, InotifyRmWatch, O_CLOEXEC, O_RDONLY, Open, Pipe2,
  Read, Select, SizeofInotifyEvent, Timeval, Write, type Errno, EPOLLET, IN_MODIFY, IN_ONESHOT,
} from "../src/index.ts";
import { noFdLeak, scratchDir } from "./helpers.ts";

const bad = <T>(v: unknown) => v as T;

/** A pipe, closed after fn. */
function withPipe<T>(fn: (r: number, w: number) => T): T {
  const p = [-1, -1];
  expect(Pipe2(p, O_CLOEXEC)).toBeNull();
  try {
    return fn(p[0]!, p[1]!);
  } finally {
    Close(p[0]!);
    Close(p[1]!);
  }
}
/** An fd from a [fd, err] result, checked. */
function ok(r: [number, Errno | null]): number {
  expect(r[1]).toBeNull();
  expect(r[0]).toBeGreaterThanOrEqual(0);
  return r[0];
}
/** The flags line of /proc/self/fdinfo/fd, as a number. */
const fdFlags = (fd: number) => parseInt(/^flags:\s*(\d+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))![1]!, 8);
const FD_CLOEXEC_FLAG = 0o2000000;

describe("EpollCreate, EpollCreate1", () => {
  test("make epoll fds; EPOLL_CLOEXEC is honoured; size <= 0 and unknown flags are EINVAL", async () => {
    await noFdLeak(() => {
      const a = ok(EpollCreate(1));
      expect(readFileSync(`/proc/self/fdinfo/${a}`, "utf8")).toContain("flags");
      expect(fdFlags(a) & FD_CLOEXEC_FLAG).toBe(0);
      const b = ok(EpollCreate1(EPOLL_CLOEXEC));
      expect(fdFlags(b) & FD_CLOEXEC_FLAG).not.toBe(0);
      Close(a);
      Close(b);
      expect(EpollCreate(0)).toEqual([-1, EINVAL]);
      expect(EpollCreate(-1)).toEqual([-1, EINVAL]);
      expect(EpollCreate(2 ** 31)).toEqual([-1, EINVAL]); // int: the kernel sees a negative size, as from Go's amd64
      expect(EpollCreate1(1)).toEqual([-1, EINVAL]);
    });
  });

  test("bad input throws", () => {
    expect(() => EpollCreate(bad("1"))).toThrow(TypeError);
    expect(() => EpollCreate(NaN)).toThrow(TypeError);
    expect(() => EpollCreate(2 ** 53)).toThrow(RangeError);
    expect(() => EpollCreate1(bad(null))).toThrow(TypeError);
  });
});

describe("EpollCtl, EpollWait", () => {
  test("EPOLLIN and EPOLLOUT of a pipe; Fd and Pad come back as given (the struct layout matches the kernel's)", async () => {
    await noFdLeak(() => withPipe((r, w) => {
      const ep = ok(EpollCreate1(EPOLL_CLOEXEC));
      try {
        expect(EpollCtl(ep, EPOLL_CTL_ADD, r, new EpollEvent(EPOLLIN, r, -7))).toBeNull();
        expect(EpollCtl(ep, EPOLL_CTL_ADD, w, { Events: EPOLLOUT, Fd: 0x7fffffff, Pad: -0x80000000 })).toBeNull();
        // The kernel shows each item's 64-bit data word: Fd is its low half, Pad its high half, as in Go's layout.
        const data = (fd: number) => new RegExp(`^tfd:\\s*${fd}\\s.*data:\\s*([0-9a-f]+)`, "m").exec(readFileSync(`/proc/self/fdinfo/${ep}`, "utf8"))?.[1];
        expect(data(r)).toBe(`fffffff9${r.toString(16).padStart(8, "0")}`);
        expect(data(w)).toBe("800000007fffffff");
        const events = Array.from({ length: 4 }, () => new EpollEvent());
        // Only the write end is ready.
        expect(EpollWait(ep, events, 0)).toEqual([1, null]);
        expect(events[0]).toEqual(new EpollEvent(EPOLLOUT, 0x7fffffff, -0x80000000));
        expect(Write(w, Uint8Array.of(1))[1]).toBeNull();
        const [n, err] = EpollWait(ep, events, 10);
        expect(err).toBeNull();
        expect(n).toBe(2);
        const got = events.slice(0, 2).map((e) => ({ ...e })).sort((a, b) => a.Events - b.Events);
        expect(got).toEqual([{ Events: EPOLLIN, Fd: r, Pad: -7 }, { Events: EPOLLOUT, Fd: 0x7fffffff, Pad: -0x80000000 }]);
        expect(events[2]).toEqual(new EpollEvent()); // untouched past n
        // MOD, then DEL with Go's nil event.
        expect(EpollCtl(ep, EPOLL_CTL_MOD, w, { Events: EPOLLIN, Fd: 5 })).toBeNull();
        expect(EpollCtl(ep, EPOLL_CTL_DEL, r, null)).toBeNull();
        expect(EpollWait(ep, events, 0)).toEqual([0, null]);
        expect(EpollCtl(ep, EPOLL_CTL_DEL, w, new EpollEvent())).toBeNull();
      } finally {
        Close(ep);
      }
    }));
  });

  test("EpollWait fills holes with new EpollEvents, and returns 0 after a short timeout", () => {
    withPipe((r, w) => {
      const ep = ok(EpollCreate1(EPOLL_CLOEXEC));
      try {
        expect(EpollWait(ep, new Array<EpollEvent>(3), 5)).toEqual([0, null]);
        expect(EpollCtl(ep, EPOLL_CTL_ADD, w, new EpollEvent(EPOLLOUT, 9))).toBeNull();
        const sparse = new Array<EpollEvent>(3);
        expect(EpollWait(ep, sparse, 0)).toEqual([1, null]);
        expect(sparse[0]).toBeInstanceOf(EpollEvent);
        expect(sparse[0]).toEqual(new EpollEvent(EPOLLOUT, 9, 0));
        expect(sparse[2]).toEqual(new EpollEvent());
        void r;
      } finally {
        Close(ep);
      }
    });
  });

  test("errno paths: EBADF (bad, closed, huge fds), EEXIST, ENOENT, EPERM, EINVAL", async () => {
    await noFdLeak(() => withPipe((r, w) => {
      const ep = ok(EpollCreate1(EPOLL_CLOEXEC));
      const ev = new EpollEvent(EPOLLIN);
      try {
        expect(EpollCtl(-1, EPOLL_CTL_ADD, r, ev)).toBe(EBADF);
        expect(EpollCtl(2 ** 31, EPOLL_CTL_ADD, r, ev)).toBe(EBADF);
        expect(EpollCtl(ep, EPOLL_CTL_ADD, 2 ** 40, ev)).toBe(EBADF);
        expect(EpollCtl(ep, EPOLL_CTL_ADD, r, ev)).toBeNull();
        expect(EpollCtl(ep, EPOLL_CTL_ADD, r, ev)).toBe(EEXIST);
        expect(EpollCtl(ep, EPOLL_CTL_DEL, w, null)).toBe(ENOENT);
        expect(EpollCtl(ep, 99, r, ev)).toBe(EINVAL);
        expect(EpollCtl(ep, EPOLL_CTL_ADD, ep, ev)).toBe(EINVAL); // itself
        expect(EpollCtl(w, EPOLL_CTL_ADD, r, ev)).toBe(EINVAL); // not an epoll fd
        const [file] = Open("/etc/passwd", O_RDONLY | O_CLOEXEC, 0);
        expect(EpollCtl(ep, EPOLL_CTL_ADD, file, ev)).toBe(EPERM); // regular files cannot be polled
        Close(file);
        expect(EpollWait(ep, [], 0)).toEqual([-1, EINVAL]);
        expect(EpollWait(w, [new EpollEvent()], 0)).toEqual([-1, EINVAL]);
        expect(EpollWait(-1, [new EpollEvent()], 0)).toEqual([-1, EBADF]);
        expect(EpollWait(ep, new Array(2 ** 31), 0)).toEqual([-1, EINVAL]); // past EP_MAX_EVENTS, checked first
      } finally {
        Close(ep);
      }
      expect(EpollWait(ep, [new EpollEvent()], 0)).toEqual([-1, EBADF]); // closed
      expect(EpollCtl(ep, EPOLL_CTL_ADD, r, ev)).toBe(EBADF);
    }));
  });

  test("bad input throws before any call, and no event is lost to a frozen element", () => {
    withPipe((r, w) => {
      const ep = ok(EpollCreate1(EPOLL_CLOEXEC));
      try {
        expect(() => EpollCtl(ep, EPOLL_CTL_ADD, r, bad("x"))).toThrow(TypeError);
        expect(() => EpollCtl(ep, EPOLL_CTL_ADD, r, bad(undefined))).toThrow(TypeError);
        expect(() => EpollCtl(ep, EPOLL_CTL_ADD, r, { Events: -(2 ** 31) - 1, Fd: 0, Pad: 0 })).toThrow(RangeError);
        expect(() => EpollCtl(ep, EPOLL_CTL_ADD, r, { Events: 2 ** 32, Fd: 0, Pad: 0 })).toThrow(RangeError);
        expect(() => EpollCtl(ep, EPOLL_CTL_ADD, r, { Events: NaN, Fd: 0, Pad: 0 })).toThrow(TypeError);
        expect(() => EpollCtl(ep, EPOLL_CTL_ADD, r, { Events: 1, Fd: 2 ** 31, Pad: 0 })).toThrow(RangeError);
        expect(() => EpollCtl(ep, EPOLL_CTL_ADD, r, bad({ Events: 1n }))).toThrow(TypeError);
        expect(() => EpollCtl(bad("3"), EPOLL_CTL_ADD, r, null)).toThrow(TypeError);
        expect(() => new EpollEvent(-(2 ** 31) - 1)).toThrow(RangeError);
        expect(() => EpollWait(ep, bad({ length: 1 }), 0)).toThrow(TypeError);
        expect(() => EpollWait(ep, [new EpollEvent()], 2 ** 32)).toThrow(RangeError);
        expect(() => EpollWait(ep, [new EpollEvent()], bad("0"))).toThrow(TypeError);
        expect(() => EpollWait(ep, bad([1]), 0)).toThrow(TypeError);
        expect(() => EpollWait(ep, bad(Object.freeze(new Array<EpollEvent>(1))), 0)).toThrow(TypeError);
        // Nothing registered was consumed: the throws happened before the call.
        expect(EpollCtl(ep, EPOLL_CTL_ADD, w, new EpollEvent(EPOLLOUT | EPOLLONESHOT, 3))).toBeNull();
        expect(() => EpollWait(ep, [Object.freeze(new EpollEvent())], 0)).toThrow(TypeError);
        const evs = [new EpollEvent()];
        expect(EpollWait(ep, evs, 0)).toEqual([1, null]);
        expect(evs[0]!.Fd).toBe(3);
      } finally {
        Close(ep);
      }
    });
  });
});

describe("bit 31 in a mask, as JavaScript spells it (`A | B` with bit 31 set is a negative int32; EPOLLET is Go's -0x80000000 on amd64)", () => {
  test("EPOLLIN | EPOLLET: EpollEvent and EpollCtl take it as its uint32, and the registration is edge-triggered (one report for one write)", () => {
    expect(EPOLLIN | EPOLLET).toBeLessThan(0);
    expect(new EpollEvent(EPOLLIN | EPOLLET, 3).Events).toBe(0x80000001);
    const [ep] = EpollCreate1(EPOLL_CLOEXEC);
    const p = [0, 0];
    Pipe2(p, O_CLOEXEC);
    try {
      expect(EpollCtl(ep, EPOLL_CTL_ADD, p[0]!, { Events: EPOLLIN | EPOLLET, Fd: p[0]! })).toBeNull();
      Write(p[1]!, new Uint8Array(1));
      const evs = [new EpollEvent()];
      expect(EpollWait(ep, evs, 0)).toEqual([1, null]);
      expect(evs[0]!.Events).toBe(EPOLLIN);
      // Edge-triggered: the byte is still there, but no new edge, so no report.
      expect(EpollWait(ep, evs, 0)).toEqual([0, null]);
    } finally {
      Close(p[0]!);
      Close(p[1]!);
      Close(ep);
    }
  });

  test("IN_MODIFY | IN_ONESHOT: InotifyAddWatch takes it (go1.19 returns a watch descriptor), and the watch is one-shot", () => {
    const { dir, cleanup } = scratchDir();
    const [fd] = InotifyInit1(IN_CLOEXEC | IN_NONBLOCK);
    try {
      expect(IN_MODIFY | IN_ONESHOT).toBeLessThan(0);
      const f = join(dir, "f");
      writeFileSync(f, "");
      const [wd, err] = InotifyAddWatch(fd, f, IN_MODIFY | IN_ONESHOT);
      expect([wd > 0, err]).toEqual([true, null]);
      writeFileSync(f, "a");
      writeFileSync(f, "b");
      const buf = new Uint8Array(4096);
      const [n] = Read(fd, buf);
      // One IN_MODIFY, then the kernel's IN_IGNORED for the one-shot watch: two events, no second IN_MODIFY.
      const masks: number[] = [];
      for (let o = 0; o < n; ) {
        const dv = new DataView(buf.buffer, o);
        masks.push(dv.getUint32(4, true));
        o += SizeofInotifyEvent + dv.getUint32(12, true);
      }
      expect(masks).toEqual([IN_MODIFY, IN_IGNORED]);
    } finally {
      Close(fd);
      cleanup();
    }
  });
});

describe("InotifyInit, InotifyInit1, InotifyAddWatch, InotifyRmWatch", () => {
  test("a watch reports IN_CREATE with the name; removing it reports IN_IGNORED", async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await noFdLeak(() => {
        const fd = ok(InotifyInit1(IN_CLOEXEC | IN_NONBLOCK));
        try {
          expect(fdFlags(fd) & FD_CLOEXEC_FLAG).not.toBe(0);
          const wd = ok(InotifyAddWatch(fd, dir, IN_CREATE));
          expect(wd).toBeGreaterThan(0);
          expect(InotifyAddWatch(fd, dir, IN_CREATE)).toEqual([wd, null]); // the same inode: the same wd
          writeFileSync(join(dir, "made"), "");
          const buf = new Uint8Array(4096);
          const [n, rerr] = Read(fd, buf);
          expect(rerr).toBeNull();
          expect(n).toBeGreaterThanOrEqual(SizeofInotifyEvent);
          const dv = new DataView(buf.buffer);
          const ev = new InotifyEvent();
          ev.Wd = dv.getInt32(0, true);
          ev.Mask = dv.getUint32(4, true);
          ev.Cookie = dv.getUint32(8, true);
          ev.Len = dv.getUint32(12, true);
          expect(ev.Wd).toBe(wd);
          expect(ev.Mask & IN_CREATE).toBe(IN_CREATE);
          expect(SizeofInotifyEvent + ev.Len).toBe(n);
          const name = new TextDecoder().decode(buf.subarray(SizeofInotifyEvent, SizeofInotifyEvent + ev.Len)).replace(/\0+$/, "");
          expect(name).toBe("made");
          expect(InotifyRmWatch(fd, wd)).toEqual([0, null]);
          const [m] = Read(fd, buf);
          expect(m).toBe(SizeofInotifyEvent);
          expect(dv.getUint32(4, true) & IN_IGNORED).toBe(IN_IGNORED);
          expect(InotifyRmWatch(fd, wd)).toEqual([-1, EINVAL]);
        } finally {
          Close(fd);
        }
        const plain = ok(InotifyInit());
        expect(fdFlags(plain) & FD_CLOEXEC_FLAG).toBe(0);
        Close(plain);
      });
    } finally {
      cleanup();
    }
  });

  test("InotifyEvent has Go's four fields, zeroed", () => {
    expect({ ...new InotifyEvent() }).toEqual({ Wd: 0, Mask: 0, Cookie: 0, Len: 0 });
    expect(SizeofInotifyEvent).toBe(16);
  });

  test("errno paths: ENOENT, EINVAL (no mask, not an inotify fd, NUL, bad flags), EBADF", async () => {
    await noFdLeak(() => withPipe((r) => {
      const fd = ok(InotifyInit1(IN_CLOEXEC));
      try {
        expect(InotifyAddWatch(fd, "/nonexistent/bun-syscall", IN_CREATE)).toEqual([-1, ENOENT]);
        expect(InotifyAddWatch(fd, "/", 0)).toEqual([-1, EINVAL]);
        expect(InotifyAddWatch(fd, "/tmp\0x", IN_CREATE)).toEqual([-1, EINVAL]);
        expect(InotifyAddWatch(r, "/", IN_CREATE)).toEqual([-1, EINVAL]);
        expect(InotifyAddWatch(-1, "/", IN_CREATE)).toEqual([-1, EBADF]);
        expect(InotifyAddWatch(2 ** 31, "/", IN_CREATE)).toEqual([-1, EBADF]);
        expect(InotifyRmWatch(fd, 12345)).toEqual([-1, EINVAL]);
        expect(InotifyRmWatch(-1, 1)).toEqual([-1, EBADF]);
        expect(InotifyInit1(-1)).toEqual([-1, EINVAL]);
      } finally {
        Close(fd);
      }
      expect(InotifyAddWatch(fd, "/", IN_CREATE)).toEqual([-1, EBADF]); // closed
    }));
  });

  test("bad input throws", () => {
    expect(() => InotifyAddWatch(0, bad(1), IN_CREATE)).toThrow(TypeError);
    expect(() => InotifyAddWatch(0, "/", -(2 ** 31) - 1)).toThrow(RangeError);
    expect(() => InotifyAddWatch(0, "/", 2 ** 32)).toThrow(RangeError);
    expect(() => InotifyRmWatch(0, -1)).toThrow(RangeError);
    expect(() => InotifyInit1(bad("0"))).toThrow(TypeError);
  });
});

describe("Select, FdSet", () => {
  const isSet = (s: FdSet, fd: number) => ((s.Bits[fd >> 6]! >> BigInt(fd & 63)) & 1n) === 1n;
  const set = (s: FdSet, fd: number) => {
    s.Bits[fd >> 6]! |= 1n << BigInt(fd & 63);
  };

  test("a pipe's read end is ready once written, its write end at once; the sets are rewritten in place", async () => {
    await noFdLeak(() => withPipe((r, w) => {
      const rs = new FdSet(), ws = new FdSet();
      set(rs, r);
      set(ws, w);
      const nfd = Math.max(r, w) + 1;
      const to = new Timeval(0, 0);
      expect(Select(nfd, rs, ws, null, to)).toEqual([1, null]);
      expect(isSet(rs, r)).toBe(false);
      expect(isSet(ws, w)).toBe(true);
      expect(Write(w, Uint8Array.of(1))[1]).toBeNull();
      set(rs, r);
      const es = new FdSet();
      set(es, r);
      const wait = new Timeval(1, 0);
      expect(Select(nfd, rs, ws, es, wait)).toEqual([2, null]);
      expect(isSet(rs, r)).toBe(true);
      expect(isSet(es, r)).toBe(false);
      // amd64 rewrites the timeout to the time left, as Go's (which hands the kernel its pointer); arm64 does not.
      if (process.arch === "x64") expect(wait.Sec * 1e6 + wait.Usec).toBeLessThanOrEqual(1e6);
      else expect(wait).toEqual(new Timeval(1, 0));
      expect(Select(0, null, null, null, new Timeval(0, 2000))).toEqual([0, null]); // a short sleep
    }));
  });

  test("bit 63 of a word, stored as a negative int64, is read and written back", () => {
    // The first free fd that is 63 mod 64.
    let fd = 63;
    while (existsSync(`/proc/self/fd/${fd}`)) fd += 64;
    withPipe((r, w) => {
      expect(Dup3(w, fd, O_CLOEXEC)).toBeNull();
      try {
        const ws = new FdSet();
        set(ws, fd);
        expect(ws.Bits[fd >> 6]).toBe(-(1n << 63n));
        expect(Select(fd + 1, null, ws, null, new Timeval())).toEqual([1, null]);
        expect(ws.Bits[fd >> 6]).toBe(-(1n << 63n));
        void r;
      } finally {
        Close(fd);
      }
    });
  });

  test("nfd past 1024 is taken as 1024 (an FdSet holds no more)", () => {
    withPipe((_r, w) => {
      const ws = new FdSet();
      set(ws, w);
      expect(Select(1 << 20, null, ws, null, new Timeval())).toEqual([1, null]);
      expect(Select(0x7fffffff, null, null, null, new Timeval())).toEqual([0, null]);
    });
  });

  test("errno paths: EINVAL (negative nfd, 2^31, a bad timeout), EBADF (a closed fd in a set)", () => {
    expect(Select(-1, null, null, null, new Timeval())).toEqual([-1, EINVAL]);
    expect(Select(2 ** 31, null, null, null, new Timeval())).toEqual([-1, EINVAL]);
    expect(Select(0, null, null, null, new Timeval(-1, 0))).toEqual([-1, EINVAL]);
    expect(Select(0, null, null, null, new Timeval(0, -1))).toEqual([-1, EINVAL]);
    let closed = 0;
    withPipe((r) => {
      closed = r;
    });
    const rs = new FdSet();
    set(rs, closed);
    expect(Select(closed + 1, rs, null, null, new Timeval())).toEqual([-1, EBADF]);
  });

  test("a getter of w.Bits or of timeout that calls Select does not change the r set Select passes (it passed the inner call's)", async () => {
    await noFdLeak(() => withPipe((r, w) => {
      expect(Write(w, Uint8Array.of(1))).toEqual([1, null]);
      // An inner Select with an empty r set: its (empty) answer was left in the scratch set the outer call had loaded r into.
      const inner = () => expect(Select(0, new FdSet(), null, null, new Timeval())).toEqual([0, null]);
      const rs = new FdSet();
      set(rs, r);
      const ws = { get Bits() { inner(); return new BigInt64Array(16); } };
      expect(Select(r + 1, rs, bad(ws), null, new Timeval())).toEqual([1, null]);
      expect(isSet(rs, r)).toBe(true);
      const rs2 = new FdSet();
      set(rs2, r);
      // amd64 writes the time left back, so timeout must be writable: a Proxy's get trap, not an accessor.
      const to = new Proxy(new Timeval(), { get: (t, k, rc) => (k === "Usec" && inner(), Reflect.get(t, k, rc)) });
      expect(Select(r + 1, rs2, null, null, to)).toEqual([1, null]);
      expect(isSet(rs2, r)).toBe(true);
    }));
  });

  test("bad input throws before any call", () => {
    expect(() => Select(bad("1"), null, null, null, null)).toThrow(TypeError);
    expect(() => Select(2 ** 32, null, null, null, new Timeval())).toThrow(RangeError);
    expect(() => Select(1, bad({}), null, null, new Timeval())).toThrow(TypeError);
    expect(() => Select(1, bad({ Bits: new BigInt64Array(15) }), null, null, new Timeval())).toThrow(TypeError);
    expect(() => Select(1, bad({ Bits: new Array(16).fill(0n) }), null, null, new Timeval())).toThrow(TypeError);
    class Liar extends BigInt64Array {
      override get length() {
        return 16;
      }
    }
    expect(() => Select(1, bad({ Bits: new Liar(1) }), null, null, new Timeval())).toThrow(TypeError);
    expect(() => Select(1, null, null, null, bad({ Sec: "0", Usec: 0 }))).toThrow(TypeError);
    expect(() => Select(1, null, null, null, bad(5))).toThrow(TypeError);
    const frozen = Object.freeze(new Timeval());
    if (process.arch === "x64") expect(() => Select(0, null, null, null, frozen)).toThrow(TypeError);
  });
});
