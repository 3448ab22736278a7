/**
 * Tests for src/sys/unix.ts: the golang.org/x/sys/unix calls (Setns, Prctl,
 * PrctlRetInt, Prlimit, Capget, Capset, MemfdCreate, CloseRange, Openat2,
 * PidfdGetfd and the terminal ioctls), on the real kernel. Each is checked
 * against what the kernel shows elsewhere (/proc/PID/limits, status, fd,
 * fdinfo, ns, comm, a real `stty size`), not against itself.
 *
 * Calls that would change the test runner (Setns, PR_SET_*, CloseRange,
 * Capset, Prlimit of itself) run in test/fixtures/sys-unix-child.ts;
 * children whose limits, caps and fds are read or taken are started with
 * the package's ForkExec and reaped here. There is no Go oracle: x/sys/unix
 * is not in Go's standard library, and this machine has no module download.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { ptr } from "bun:ffi";
import { existsSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AT_FDCWD, BRKINT, CLONE_NEWNET, CLONE_NEWUTS, CS8, CSIZE, CapUserData, CapUserHeader, Capget, Capset, Close,
  CloseRange, FcntlInt, F_GETFD, F_GETFL, F_GETPIPE_SZ, F_SETPIPE_SZ, F_DUPFD_CLOEXEC, FD_CLOEXEC, O_NONBLOCK, EBADF, EEXIST, EFAULT, EINVAL, ELOOP, ENOTTY, EPERM, ESRCH, EXDEV, ECHO, ECHONL, Errno, ForkExec, Fstat, Getrlimit,
  ICANON, ICRNL, IEXTEN, IGNBRK, IGNCR, INLCR, ISIG, IXON, IoctlGetInt, IoctlGetTermios, IoctlGetWinsize, IoctlSetInt,
  IoctlSetPointerInt, IoctlSetTermios, IoctlSetWinsize, Kill, LINUX_CAPABILITY_VERSION_1, LINUX_CAPABILITY_VERSION_3,
  MFD_ALLOW_SEALING, MFD_CLOEXEC, MemfdCreate, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_NOCTTY, O_RDONLY, O_RDWR, OPOST,
  Open, OpenHow, Openat2, PARENB, PR_GET_DUMPABLE, PR_GET_NAME, PR_GET_NO_NEW_PRIVS, PidfdGetfd, PidfdOpen, Pipe2,
  Prctl, PrctlRetInt, Pread, Prlimit, RESOLVE_BENEATH, RESOLVE_IN_ROOT, RESOLVE_NO_SYMLINKS, RLIMIT_NOFILE, Read,
  Rlimit, SIGKILL, SetNonblock, Setns, Stat_t, TCFLSH, TCGETS, TCGETS2, TCSETS, TCSETS2, TIOCGPTN, TIOCGWINSZ, TIOCINQ,
  TIOCSPTLCK, TIOCSWINSZ, Termios, WNOHANG, WaitStatus, Wait4, Winsize, Write,
} from "../src/index.ts";
import { capEff, hasCap, inChild, isRoot, needRoot, noFdLeak, scratchDir } from "./helpers.ts";

const FIXTURE = new URL("./fixtures/sys-unix-child.ts", import.meta.url).pathname;
const EAGAIN = Errno.of(11);
const bad = <T>(v: unknown) => v as T;
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** Runs the fixture in mode; its one JSON line. */
function child(mode: string): Record<string, any> {
  const r = Bun.spawnSync([process.execPath, FIXTURE, mode], { stdout: "pipe", stderr: "pipe", timeout: 15_000 });
  if (r.exitCode !== 0) throw new Error(`fixture ${mode} exited ${r.exitCode}: ${r.stderr.toString()}`);
  return JSON.parse(r.stdout.toString().trim().split("\n").pop()!);
}

/** Unwraps [value, err], failing the test on an error. */
function ok<T>([v, err]: [T, Errno | Error | null]): T {
  expect(err).toBeNull();
  return v;
}

/** A `sleep` child of ForkExec with extra fds (child fd 3, 4, ...); kill() kills and reaps it. */
function sleeper(extra: number[] = []): { pid: number; kill: () => void } {
  const pid = ok(ForkExec("/bin/sleep", ["sleep", "30"], { Files: [0, 1, 2, ...extra] }));
  return {
    pid,
    kill: () => {
      Kill(pid, SIGKILL);
      Wait4(pid, new WaitStatus(), 0, null);
    },
  };
}

/** The O_CLOEXEC bit of fd, from /proc/self/fdinfo. */
function cloexec(fd: number): boolean {
  const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))![1]!;
  return (parseInt(flags, 8) & O_CLOEXEC) !== 0;
}

/** A field of /proc/PID/status (thread-self by default). */
function status(field: string, of = "thread-self"): string {
  return new RegExp(`^${field}:\\s*(.*)$`, "m").exec(readFileSync(`/proc/${of}/status`, "utf8"))![1]!.trim();
}

/** An fd that is not a terminal, a closed fd and an fd outside the C int range, for errno paths. */
function notTty(): { fd: number; closed: number; done: () => void } {
  const fd = ok(Open("/dev/null", O_RDONLY | O_CLOEXEC, 0));
  const closed = ok(Open("/dev/null", O_RDONLY | O_CLOEXEC, 0));
  Close(closed);
  return { fd, closed, done: () => Close(fd) };
}

// ------------------------------------------------------------ terminals

const noPtmx = existsSync("/dev/ptmx") ? null : "no /dev/ptmx";
const stty = ["/bin/stty", "/usr/bin/stty"].find((p) => existsSync(p));

describe.skipIf(noPtmx !== null)(`terminal ioctls on a pty ${noPtmx ?? ""}`, () => {
  let master = -1;
  let slave = -1;
  let n = -1;
  beforeAll(() => {
    master = ok(Open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC, 0));
  });
  afterAll(() => {
    if (slave >= 0) Close(slave);
    if (master >= 0) Close(master);
  });

  /**
   * Runs stty with args on the slave (its stdin, stdout, stderr), a session
   * leader with the slave as its controlling terminal; waits for it, at most
   * 5 s; with output, returns what it wrote, read from the master without
   * blocking (at most 2 s).
   */
  async function sttyOn(args: string[], output: boolean): Promise<string> {
    const pid = ok(ForkExec(stty!, ["stty", ...args], { Files: [slave, slave, slave], Sys: { Setsid: true, Setctty: true, Ctty: 0 } }));
    const ws = new WaitStatus();
    const deadline = Date.now() + 5000;
    while (ok(Wait4(pid, ws, WNOHANG, null)) === 0) {
      if (Date.now() > deadline) {
        Kill(pid, SIGKILL);
        Wait4(pid, ws, 0, null);
        throw new Error(`stty ${args.join(" ")} did not exit within 5 s`);
      }
      await Bun.sleep(5);
    }
    expect(ws.Exited() && ws.ExitStatus() === 0).toBe(true);
    if (!output) return "";
    expect(SetNonblock(master, true)).toBeNull();
    let out = "";
    const buf = new Uint8Array(512);
    const until = Date.now() + 2000;
    while (!out.includes("\n") && Date.now() < until) {
      const [k, err] = Read(master, buf);
      if (err === EAGAIN) await Bun.sleep(5);
      else out += dec(buf.subarray(0, ok([k, err])));
    }
    expect(SetNonblock(master, false)).toBeNull();
    return out;
  }

  test("IoctlSetPointerInt(TIOCSPTLCK, 0) unlocks, IoctlGetInt(TIOCGPTN) names the slave /dev/pts/N", async () => {
    // Locked, the slave cannot be opened (EIO); unlocked, it can.
    expect(IoctlSetPointerInt(master, TIOCSPTLCK, 1)).toBeNull();
    n = ok(IoctlGetInt(master, TIOCGPTN));
    expect(Number.isInteger(n) && n >= 0).toBe(true);
    expect(Open(`/dev/pts/${n}`, O_RDWR | O_NOCTTY | O_CLOEXEC, 0)[1]).toBe(Errno.of(5));
    expect(IoctlSetPointerInt(master, TIOCSPTLCK, 0)).toBeNull();
    slave = ok(Open(`/dev/pts/${n}`, O_RDWR | O_NOCTTY | O_CLOEXEC, 0));
    // The slave's minor number is N (Unix98 ptys: major 136 + N / 256).
    const st = new Stat_t();
    expect(Fstat(slave, st)).toBeNull();
    const minor = Number((st.Rdev & 0xffn) | ((st.Rdev >> 12n) & 0xfff00n));
    const major = Number((st.Rdev >> 8n) & 0xfffn);
    expect((major - 136) * 256 + minor).toBe(n);
    await noFdLeak(() => {
      // A slave has no pty number: ENOTTY; not a tty, closed, out of range.
      expect(IoctlGetInt(slave, TIOCGPTN)).toEqual([0, ENOTTY]);
      const t = notTty();
      expect(IoctlGetInt(t.fd, TIOCGPTN)).toEqual([0, ENOTTY]);
      expect(IoctlSetPointerInt(t.fd, TIOCSPTLCK, 0)).toBe(ENOTTY);
      expect(IoctlGetInt(t.closed, TIOCGPTN)).toEqual([0, EBADF]);
      expect(IoctlSetPointerInt(2 ** 31, TIOCSPTLCK, 0)).toBe(EBADF);
      t.done();
    });
  });

  test("IoctlSetWinsize on the master, IoctlGetWinsize on the slave sees it", () => {
    expect(slave).toBeGreaterThanOrEqual(0);
    expect(IoctlSetWinsize(master, TIOCSWINSZ, { Row: 33, Col: 101, Xpixel: 640, Ypixel: 65535 })).toBeNull();
    const [ws, err] = IoctlGetWinsize(slave, TIOCGWINSZ);
    expect(err).toBeNull();
    expect(ws).toBeInstanceOf(Winsize);
    expect({ ...ws }).toEqual({ Row: 33, Col: 101, Xpixel: 640, Ypixel: 65535 });
    // Not a tty: a zero Winsize and ENOTTY, as Go's &value, err.
    const t = notTty();
    expect(IoctlGetWinsize(t.fd, TIOCGWINSZ)).toEqual([new Winsize(), ENOTTY]);
    expect(IoctlSetWinsize(t.fd, TIOCSWINSZ, new Winsize())).toBe(ENOTTY);
    expect(IoctlGetWinsize(t.closed, TIOCGWINSZ)[1]).toBe(EBADF);
    t.done();
    // nil: the kernel sees NULL.
    expect(IoctlSetWinsize(master, TIOCSWINSZ, null)).toBe(EFAULT);
  });

  test("IoctlSetTermios(TCSETS) raw mode on the slave reads back, on the slave and through the master", () => {
    const t = ok(IoctlGetTermios(slave, TCGETS));
    expect(t).toBeInstanceOf(Termios);
    expect(t.Cc).toBeInstanceOf(Uint8Array);
    expect(t.Cc.length).toBe(19);
    expect(t.Lflag & ICANON).toBe(ICANON); // a new pty starts cooked
    expect([...t.Cc]).toEqual([3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0]); // the kernel's INIT_C_CC
    // cfmakeraw's changes, and VMIN 1, VTIME 0.
    t.Iflag &= ~(IGNBRK | BRKINT | INLCR | IGNCR | ICRNL | IXON);
    t.Oflag &= ~OPOST;
    t.Lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.Cflag = (t.Cflag & ~(CSIZE | PARENB)) | CS8;
    t.Cc[6] = 1;
    t.Cc[5] = 0;
    expect(IoctlSetTermios(slave, TCSETS, t)).toBeNull();
    const back = ok(IoctlGetTermios(slave, TCGETS));
    expect({ ...back, Cc: [...back.Cc] }).toEqual({ ...t, Cc: [...t.Cc] });
    const viaMaster = ok(IoctlGetTermios(master, TCGETS));
    expect(viaMaster.Lflag).toBe(t.Lflag);
    // TCGETS moves 36 bytes (no speeds); TCGETS2 the whole termios2, speeds at offsets 36 and 40.
    expect([back.Ispeed, back.Ospeed]).toEqual([0, 0]);
    const t2 = ok(IoctlGetTermios(slave, TCGETS2));
    expect([t2.Ispeed, t2.Ospeed]).toEqual([38400, 38400]);
    expect(t2.Lflag).toBe(t.Lflag);
    // Errno paths.
    const nt = notTty();
    expect(IoctlGetTermios(nt.fd, TCGETS)).toEqual([new Termios(), ENOTTY]);
    expect(IoctlSetTermios(nt.fd, TCSETS, t)).toBe(ENOTTY);
    expect(IoctlSetTermios(nt.closed, TCSETS, t)).toBe(EBADF);
    nt.done();
    expect(IoctlSetTermios(slave, TCSETS, null)).toBe(EFAULT);
  });

  test.skipIf(stty === undefined)("`stty size` started by ForkExec with Setsid, Setctty, Ctty on the slave prints rows cols to the master", async () => {
    await noFdLeak(async () => {
      expect(IoctlSetWinsize(master, TIOCSWINSZ, { Row: 42, Col: 117, Xpixel: 0, Ypixel: 0 })).toBeNull();
      expect(await sttyOn(["size"], true)).toBe("42 117\n"); // OPOST is off: no \r
    });
  });

  test.skipIf(stty === undefined)("`stty -g` sees the termios IoctlSetTermios wrote: flags and all 19 Cc bytes", async () => {
    const t = ok(IoctlGetTermios(slave, TCGETS));
    t.Cc[0] = 7; // VINTR ^G
    t.Cc[16] = 9; // VEOL2, the last byte but two
    t.Cc[18] = 0x55; // the 19th
    t.Iflag |= IGNCR;
    expect(IoctlSetTermios(slave, TCSETS, t)).toBeNull();
    // iflag:oflag:cflag:lflag:cc[0]:cc[1]:... in hex (glibc's 32 cc, the kernel's 19 first).
    const g = (await sttyOn(["-g"], true)).trim().split(":").map((x) => parseInt(x, 16));
    expect(g.slice(0, 4)).toEqual([t.Iflag, t.Oflag, t.Cflag, t.Lflag]);
    expect(g.slice(4, 4 + 19)).toEqual([...t.Cc]);
  });

  test("Ispeed and Ospeed: TCGETS2 decodes the kernel's split speeds, TCSETS2 encodes them", () => {
    const CBAUD = 0o010017;
    const [B4800, B9600, BOTHER] = [0o14, 0o15, 0o010000];
    const t = ok(IoctlGetTermios(slave, TCGETS));
    // Old TCSETS: speeds only as baud codes, input (CIBAUD) above bit 16; the kernel works out the numbers.
    t.Cflag = ((t.Cflag & ~CBAUD & ~(CBAUD << 16)) | B9600 | (B4800 << 16)) >>> 0;
    expect(IoctlSetTermios(slave, TCSETS, t)).toBeNull();
    const got = ok(IoctlGetTermios(slave, TCGETS2));
    expect([got.Ispeed, got.Ospeed]).toEqual([4800, 9600]);
    // TCSETS2, BOTHER for output and no input code: the kernel takes Ospeed for both, and ignores Ispeed.
    got.Cflag = ((got.Cflag & ~CBAUD & ~(CBAUD << 16)) | BOTHER) >>> 0;
    got.Ispeed = 4800;
    got.Ospeed = 19200;
    expect(IoctlSetTermios(slave, TCSETS2, got)).toBeNull();
    const both = ok(IoctlGetTermios(slave, TCGETS2));
    expect([both.Ispeed, both.Ospeed]).toEqual([19200, 19200]);
    // Back to the raw mode and 38400 of the tests before.
    got.Cflag = ((got.Cflag & ~CBAUD) | 0o17) >>> 0;
    expect(IoctlSetTermios(slave, TCSETS, got)).toBeNull();
  });

  test("a request that writes more than the Go type holds lands in the package's buffer: the first bytes are the value", () => {
    // TCGETS2 writes a 44-byte termios2; Go would let it run past an 8-byte int or Winsize.
    const t = ok(IoctlGetTermios(slave, TCGETS2));
    expect(IoctlGetInt(slave, TCGETS2)).toEqual([t.Iflag + t.Oflag * 2 ** 32, null]);
    expect({ ...ok(IoctlGetWinsize(slave, TCGETS2)) }).toEqual({ Row: t.Iflag & 0xffff, Col: t.Iflag >>> 16, Xpixel: t.Oflag & 0xffff, Ypixel: t.Oflag >>> 16 });
  });

  test("IoctlSetInt passes the value itself: TCFLSH", () => {
    expect(IoctlSetInt(slave, TCFLSH, 2 /* TCIOFLUSH */)).toBeNull();
    expect(IoctlSetInt(slave, TCFLSH, 7)).toBe(EINVAL);
    const t = notTty();
    expect(IoctlSetInt(t.fd, TCFLSH, 0)).toBe(ENOTTY);
    expect(IoctlSetInt(t.closed, TCFLSH, 0)).toBe(EBADF);
    t.done();
  });

  test("bad input throws before the call", () => {
    const ws = { Row: 1, Col: 1, Xpixel: 0, Ypixel: 0 };
    expect(() => IoctlSetWinsize(master, TIOCSWINSZ, { ...ws, Row: 65536 })).toThrow(RangeError);
    expect(() => IoctlSetWinsize(master, TIOCSWINSZ, { ...ws, Col: -1 })).toThrow(RangeError);
    expect(() => IoctlSetWinsize(master, TIOCSWINSZ, { ...ws, Col: bad<number>("80") })).toThrow(TypeError);
    expect(() => IoctlSetWinsize(master, TIOCSWINSZ, { ...ws, Xpixel: NaN })).toThrow(TypeError);
    expect(() => IoctlSetWinsize(master, TIOCSWINSZ, bad<Winsize>(5))).toThrow(TypeError);
    const t = new Termios();
    expect(() => IoctlSetTermios(slave, TCSETS, { ...t, Cc: new Uint8Array(18) })).toThrow(TypeError);
    expect(() => IoctlSetTermios(slave, TCSETS, { ...t, Cc: bad<Uint8Array>([...new Array(18).fill(0), 256]) })).toThrow(RangeError);
    expect(() => IoctlSetTermios(slave, TCSETS, { ...t, Cc: bad<Uint8Array>("x".repeat(19)) })).toThrow(TypeError);
    expect(() => IoctlSetTermios(slave, TCSETS, { ...t, Line: 256 })).toThrow(RangeError);
    expect(() => IoctlSetTermios(slave, TCSETS, { ...t, Lflag: 2 ** 32 })).toThrow(RangeError);
    expect(() => IoctlSetTermios(slave, TCSETS, { ...t, Iflag: bad<number>(1n) })).toThrow(TypeError);
    for (const f of [() => IoctlGetInt(master, -1), () => IoctlGetWinsize(master, 2 ** 32), () => IoctlSetPointerInt(master, TIOCSPTLCK, 2 ** 32), () => IoctlSetPointerInt(master, TIOCSPTLCK, 2 ** 53)]) {
      expect(f).toThrow(RangeError);
    }
    expect(() => IoctlGetInt(bad<number>("0"), TIOCGPTN)).toThrow(TypeError);
    expect(() => IoctlGetTermios(1.5, TCGETS)).toThrow(TypeError);
    expect(() => IoctlSetInt(master, TCFLSH, 2 ** 53)).toThrow(RangeError);
    expect(() => IoctlSetInt(master, TCFLSH, NaN)).toThrow(TypeError);
    // The terminal is as the last test left it.
    expect(ok(IoctlGetWinsize(slave, TIOCGWINSZ)).Row).toBe(42);
  });

  // A Cc whose length is a sparse array of 2^32-1 holes: its error message
  // made it a string (four billion commas, a hang); now it says "array".
  test("a Cc whose length is an object is a TypeError at once that describes it (in a child, with a time limit: a hang fails)", async () => {
    const code = `import { IoctlSetTermios, Termios, TCSETS } from ${JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"))};
      const huge = new Proxy([], { get: (o, k, r) => (k === "length" ? new Array(2 ** 32 - 1) : Reflect.get(o, k, r)) });
      let msg = null;
      try { IoctlSetTermios(0, TCSETS, { ...new Termios(), Cc: huge }); } catch (e) { msg = e.constructor.name + ": " + e.message; }
      console.log(JSON.stringify({ msg }));`;
    expect(await inChild(["-e", code], 10000)).toEqual({ msg: "TypeError: value.Cc must hold exactly 19 bytes, got array" });
  }, 15000);
});

test("IoctlGetInt(TIOCINQ) on a pipe: the bytes waiting", async () => {
  await noFdLeak(() => {
    const p = [0, 0];
    expect(Pipe2(p, O_CLOEXEC)).toBeNull();
    expect(ok(Write(p[1]!, enc("hello")))).toBe(5);
    expect(IoctlGetInt(p[0]!, TIOCINQ)).toEqual([5, null]);
    Close(p[0]!);
    Close(p[1]!);
  });
});

// ------------------------------------------------------------ memfd, close_range, openat2, pidfd_getfd

describe("MemfdCreate", () => {
  test("an anonymous file: /memfd:name in /proc/self/fd, Write then Pread, MFD_CLOEXEC honoured", async () => {
    await noFdLeak(() => {
      const fd = ok(MemfdCreate("bunsys-memfd", MFD_CLOEXEC | MFD_ALLOW_SEALING));
      expect(readlinkSync(`/proc/self/fd/${fd}`)).toBe("/memfd:bunsys-memfd (deleted)");
      expect(cloexec(fd)).toBe(true);
      expect(ok(Write(fd, enc("hello, memfd")))).toBe(12);
      const buf = new Uint8Array(5);
      expect(ok(Pread(fd, buf, 7))).toBe(5);
      expect(dec(buf)).toBe("memfd");
      Close(fd);
      const plain = ok(MemfdCreate("", 0));
      expect(cloexec(plain)).toBe(false);
      Close(plain);
    });
  });
  test("errno: unknown flag, a name past 249 bytes, NUL in the name", async () => {
    await noFdLeak(() => {
      expect(MemfdCreate("x", 0x4000)).toEqual([-1, EINVAL]);
      expect(MemfdCreate("x", -1)).toEqual([-1, EINVAL]); // a Go int may be negative: the kernel refuses it
      expect(MemfdCreate("a".repeat(250), 0)).toEqual([-1, EINVAL]);
      expect(MemfdCreate("a\0b", 0)).toEqual([-1, EINVAL]);
      Close(ok(MemfdCreate("a".repeat(249), MFD_CLOEXEC))); // the limit itself is fine
    });
  });
  test("bad input", () => {
    expect(() => MemfdCreate(bad<string>(5), 0)).toThrow(TypeError);
    expect(() => MemfdCreate("x", NaN)).toThrow(TypeError);
    expect(() => MemfdCreate("x", 2 ** 32)).toThrow(RangeError);
    expect(() => MemfdCreate("x", 2 ** 53)).toThrow(RangeError);
  });
});

describe("CloseRange", () => {
  test("in a child Bun: closes 100..200 of 99..201, and CLOSE_RANGE_CLOEXEC marks instead of closing", () => {
    const r = child("closerange");
    expect(r).toEqual({ before: 103, err: null, after: [99, 201], cloErr: null, cloexec99: true, cloexec201: false });
  });
  test("errno paths (nothing is closed): first > last, unknown flags; a range holding no fd succeeds", async () => {
    await noFdLeak(() => {
      expect(CloseRange(5, 3, 0)).toBe(EINVAL);
      expect(CloseRange(0, 0xffffffff, 0x100)).toBe(EINVAL);
      expect(CloseRange(0xfffffff0, 0xffffffff, 0)).toBeNull();
    });
  });
  test("bad input: the kernel's unsigned int range", () => {
    expect(() => CloseRange(-1, 5, 0)).toThrow(RangeError);
    expect(() => CloseRange(3, 2 ** 32, 0)).toThrow(RangeError);
    expect(() => CloseRange(3, 2 ** 53, 0)).toThrow(RangeError);
    expect(() => CloseRange(bad<number>("3"), 5, 0)).toThrow(TypeError);
    expect(() => CloseRange(3, 5, NaN)).toThrow(TypeError);
  });
});

describe("FcntlInt", () => {
  test("reads and sets what fcntl(2) keeps in an int: flags, close-on-exec, a pipe's size; F_DUPFD_CLOEXEC returns a new fd", async () => {
    await noFdLeak(() => {
      const p = [0, 0];
      expect(Pipe2(p, O_CLOEXEC)).toBeNull();
      const [r, w] = p as [number, number];
      try {
        expect(FcntlInt(r, F_GETFD, 0)).toEqual([FD_CLOEXEC, null]);
        const [fl, e1] = FcntlInt(r, F_GETFL, 0);
        expect(e1).toBeNull();
        expect(fl & O_NONBLOCK).toBe(0);
        expect(FcntlInt(r, F_GETPIPE_SZ, 0)).toEqual([65536, null]);
        // The kernel rounds the size up to a power of two pages.
        const [sz, e2] = FcntlInt(r, F_SETPIPE_SZ, 200_000);
        expect(e2).toBeNull();
        expect(sz).toBe(262144);
        expect(FcntlInt(w, F_GETPIPE_SZ, 0)).toEqual([262144, null]);
        const [d, e3] = FcntlInt(r, F_DUPFD_CLOEXEC, 100);
        expect(e3).toBeNull();
        expect(d).toBeGreaterThanOrEqual(100);
        expect(FcntlInt(d, F_GETFD, 0)).toEqual([FD_CLOEXEC, null]);
        expect(Close(d)).toBeNull();
      } finally {
        Close(r);
        Close(w);
      }
    });
  });
  test("a command whose argument is a pointer (F_GETLK, F_OFD_SETLK, F_GETOWN_EX, ...) is EINVAL: the kernel never touches memory at the number given", async () => {
    const { ptr } = await import("bun:ffi");
    const { F_GETLK, F_SETLK, F_SETLKW, F_GETOWN_EX, F_SETOWN_EX } = await import("../src/index.ts");
    await noFdLeak(() => {
      const [fd, oe] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0);
      expect(oe).toBeNull();
      // A struct flock asking about a whole-file write lock: F_GETLK would write F_UNLCK (2) over its type.
      const flock = new Uint8Array(32);
      flock[0] = 1; // F_WRLCK
      const at = ptr(flock) as unknown as number;
      for (const cmd of [F_GETLK, F_SETLK, F_SETLKW, 36, 37, 38, F_SETOWN_EX, F_GETOWN_EX, 17, 1035, 1036, 1037, 1038]) {
        expect([cmd, ...FcntlInt(fd, cmd, at)]).toEqual([cmd, -1, EINVAL]);
      }
      expect([...flock]).toEqual([1, ...Array(31).fill(0)]);
      expect(() => FcntlInt(fd, F_GETLK, "1" as unknown as number)).toThrow(TypeError);
      Close(fd);
    });
  });
  test("errno paths: a closed fd, -1 and 2^31 are EBADF, an unknown command EINVAL, a pipe size on /dev/null EBADF", async () => {
    await noFdLeak(() => {
      const p = [0, 0];
      expect(Pipe2(p, O_CLOEXEC)).toBeNull();
      const [r, w] = p as [number, number];
      Close(w);
      expect(FcntlInt(w, F_GETFD, 0)).toEqual([-1, EBADF]);
      expect(FcntlInt(-1, F_GETFD, 0)).toEqual([-1, EBADF]);
      expect(FcntlInt(2 ** 31, F_GETFD, 0)).toEqual([-1, EBADF]);
      expect(FcntlInt(r, 0x7fffffff, 0)).toEqual([-1, EINVAL]);
      Close(r);
      // A pipe's size on what is not a pipe: EBADF, as the kernel says.
      const [nul, oe] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0);
      expect(oe).toBeNull();
      expect(FcntlInt(nul, F_SETPIPE_SZ, 4096)).toEqual([-1, EBADF]);
      Close(nul);
    });
  });
  test("bad input throws before any call", () => {
    expect(() => FcntlInt(bad<number>("3"), F_GETFD, 0)).toThrow(TypeError);
    expect(() => FcntlInt(0, F_GETFD, NaN)).toThrow(TypeError);
    expect(() => FcntlInt(0, F_GETFD, 2 ** 53)).toThrow(RangeError);
    expect(() => FcntlInt(0, 2 ** 32, 0)).toThrow(RangeError);
    expect(() => (FcntlInt as (...a: unknown[]) => unknown)(0, F_GETFD)).toThrow(TypeError);
  });
});

describe("Openat2", () => {
  let dir = "";
  let dirfd = -1;
  let cleanup = () => {};
  beforeAll(() => {
    ({ dir, cleanup } = scratchDir("bun-syscall-openat2-"));
    writeFileSync(join(dir, "f"), "inside");
    symlinkSync("f", join(dir, "link"));
    symlinkSync("..", join(dir, "up"));
    dirfd = ok(Open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0));
  });
  afterAll(() => {
    if (dirfd >= 0) Close(dirfd);
    cleanup();
  });
  const read = (fd: number) => {
    const b = new Uint8Array(64);
    const k = ok(Read(fd, b));
    Close(fd);
    return dec(b.subarray(0, k));
  };

  test("a Resolve getter that calls Openat2 with O_CREAT does not make the outer call create (it opened with the inner call's Flags and Mode)", async () => {
    await noFdLeak(() => {
      const how = {
        Flags: O_RDONLY | O_CLOEXEC,
        Mode: 0,
        get Resolve() {
          Close(ok(Openat2(dirfd, "inner", new OpenHow(O_CREAT | O_RDWR | O_CLOEXEC, 0o600, 0))));
          return RESOLVE_BENEATH;
        },
      };
      expect(Openat2(dirfd, "absent-outer", bad<OpenHow>(how))).toEqual([-1, Errno.of(2)]);
      expect(existsSync(join(dir, "inner"))).toBe(true);
      expect(existsSync(join(dir, "absent-outer"))).toBe(false);
    });
  });
  test("opens beneath dirfd; RESOLVE_BENEATH refuses ../x, an absolute path and a symlink out (EXDEV)", async () => {
    await noFdLeak(() => {
      expect(read(ok(Openat2(dirfd, "f", new OpenHow(O_RDONLY | O_CLOEXEC, 0, RESOLVE_BENEATH))))).toBe("inside");
      expect(read(ok(Openat2(dirfd, "link", { Flags: O_RDONLY | O_CLOEXEC, Mode: 0, Resolve: RESOLVE_BENEATH })))).toBe("inside");
      for (const p of ["../x", "/etc/hostname", "up/x"]) expect(Openat2(dirfd, p, new OpenHow(O_RDONLY, 0, RESOLVE_BENEATH))).toEqual([-1, EXDEV]);
      // Without RESOLVE_BENEATH, openat2 follows them.
      expect(read(ok(Openat2(dirfd, `up/${dir.split("/").pop()}/f`, new OpenHow(O_RDONLY | O_CLOEXEC))))).toBe("inside");
    });
  });
  test("RESOLVE_NO_SYMLINKS refuses a symbolic link (ELOOP); RESOLVE_IN_ROOT makes dirfd the root", async () => {
    await noFdLeak(() => {
      expect(Openat2(dirfd, "link", new OpenHow(O_RDONLY, 0, RESOLVE_NO_SYMLINKS))).toEqual([-1, ELOOP]);
      expect(read(ok(Openat2(dirfd, "/f", new OpenHow(O_RDONLY | O_CLOEXEC, 0, RESOLVE_IN_ROOT))))).toBe("inside");
      expect(read(ok(Openat2(dirfd, "/up/up/f", new OpenHow(O_RDONLY | O_CLOEXEC, 0, RESOLVE_IN_ROOT))))).toBe("inside");
    });
  });
  test("errno: openat2's strictness, nil how, NUL, bad dirfd", async () => {
    await noFdLeak(() => {
      expect(Openat2(dirfd, "f", new OpenHow(O_RDONLY, 0o644, 0))).toEqual([-1, EINVAL]); // mode without O_CREAT
      expect(Openat2(dirfd, "f", new OpenHow(O_RDONLY, 0, 0x1000))).toEqual([-1, EINVAL]); // unknown resolve bit
      expect(Openat2(dirfd, "f", new OpenHow(2 ** 40, 0, 0))).toEqual([-1, EINVAL]); // upper flag bits
      expect(Openat2(dirfd, "f", new OpenHow(O_CREAT | 0o200 /* O_EXCL */, 0o600))).toEqual([-1, EEXIST]);
      expect(Openat2(dirfd, "f", null)).toEqual([-1, EFAULT]);
      expect(Openat2(dirfd, "f\0g", new OpenHow())).toEqual([-1, EINVAL]);
      expect(Openat2(2 ** 31, "f", new OpenHow())).toEqual([-1, EBADF]);
      expect(Openat2(-1, "f", new OpenHow())).toEqual([-1, EBADF]);
    });
  });
  test("bad input", () => {
    expect(() => Openat2(dirfd, "f", new OpenHow(-1))).toThrow(RangeError);
    expect(() => Openat2(dirfd, "f", new OpenHow(2 ** 53))).toThrow(RangeError);
    expect(() => Openat2(dirfd, "f", { Flags: 0, Mode: bad<number>("0"), Resolve: 0 })).toThrow(TypeError);
    expect(() => Openat2(dirfd, "f", bad<OpenHow>({ Flags: 0, Mode: 0 }))).toThrow(TypeError);
    expect(() => Openat2(dirfd, "f", bad<OpenHow>(0))).toThrow(TypeError);
    expect(() => Openat2(dirfd, bad<string>(1), new OpenHow())).toThrow(TypeError);
    expect(() => Openat2(bad<number>(null), "f", new OpenHow())).toThrow(TypeError);
  });
});

/** Why pidfd_getfd of our own child may be refused here (Yama ptrace_scope), or null. */
function ptraceRefused(): string | null {
  const p = "/proc/sys/kernel/yama/ptrace_scope";
  const scope = existsSync(p) ? Number(readFileSync(p, "utf8").trim()) : 0;
  if (scope >= 3) return `ptrace is disabled (yama ptrace_scope ${scope})`;
  if (scope === 2 && !isRoot) return "yama ptrace_scope 2 needs CAP_SYS_PTRACE";
  return null;
}

describe.skipIf(ptraceRefused() !== null)(`PidfdGetfd ${ptraceRefused() ?? ""}`, () => {
  test("steals the write end of a pipe from a child: what we write through it arrives at our read end", async () => {
    await noFdLeak(() => {
      const p = [0, 0];
      expect(Pipe2(p, O_CLOEXEC)).toBeNull();
      const [r, w] = [p[0]!, p[1]!];
      const c = sleeper([w]); // the child's fd 3
      Close(w); // now only the child holds the write end
      const pidfd = ok(PidfdOpen(c.pid, 0));
      try {
        const fd = ok(PidfdGetfd(pidfd, 3, 0));
        expect(cloexec(fd)).toBe(true); // the kernel makes it close-on-exec
        expect(ok(Write(fd, enc("stolen")))).toBe(6);
        const buf = new Uint8Array(16);
        expect(dec(buf.subarray(0, ok(Read(r, buf))))).toBe("stolen");
        // errno: no such fd in the child, flags must be 0, not a pidfd.
        expect(PidfdGetfd(pidfd, 77, 0)).toEqual([-1, EBADF]);
        expect(PidfdGetfd(pidfd, 3, 1)).toEqual([-1, EINVAL]);
        expect(PidfdGetfd(r, 3, 0)).toEqual([-1, EBADF]);
        expect(PidfdGetfd(2 ** 31, 3, 0)).toEqual([-1, EBADF]);
        Close(fd);
      } finally {
        c.kill();
      }
      // The process is gone: ESRCH.
      expect(PidfdGetfd(pidfd, 3, 0)).toEqual([-1, ESRCH]);
      Close(pidfd);
      Close(r);
    });
  });
  test("bad input", () => {
    expect(() => PidfdGetfd(bad<number>("3"), 3, 0)).toThrow(TypeError);
    expect(() => PidfdGetfd(3, 1.5, 0)).toThrow(TypeError);
    expect(() => PidfdGetfd(3, 3, 2 ** 32)).toThrow(RangeError);
    expect(() => PidfdGetfd(3, 3, NaN)).toThrow(TypeError);
  });
});

// ------------------------------------------------------------ Prlimit

describe("Prlimit", () => {
  test("sets a child's NOFILE soft limit and reads it back; /proc/PID/limits agrees", async () => {
    await noFdLeak(() => {
      const c = sleeper();
      try {
        const mine = new Rlimit();
        expect(Getrlimit(RLIMIT_NOFILE, mine)).toBeNull();
        const old = new Rlimit();
        expect(Prlimit(c.pid, RLIMIT_NOFILE, new Rlimit(77n, mine.Max), old)).toBeNull();
        expect(old.Cur).toBe(mine.Cur); // it inherited ours
        const now = new Rlimit();
        expect(Prlimit(c.pid, RLIMIT_NOFILE, null, now)).toBeNull();
        expect([now.Cur, now.Max]).toEqual([77n, mine.Max]);
        const line = readFileSync(`/proc/${c.pid}/limits`, "utf8").split("\n").find((l) => l.startsWith("Max open files"))!;
        expect(line.split(/\s{2,}/).slice(1, 3)).toEqual(["77", String(mine.Max)]);
        // Both null: a plain existence check. Numbers work for the fields too.
        expect(Prlimit(c.pid, RLIMIT_NOFILE, null, null)).toBeNull();
        expect(Prlimit(c.pid, RLIMIT_NOFILE, bad<Rlimit>({ Cur: 64, Max: mine.Max }), null)).toBeNull();
        // errno: soft above hard, an unknown resource, a raise of the hard limit without CAP_SYS_RESOURCE.
        expect(Prlimit(c.pid, RLIMIT_NOFILE, new Rlimit(mine.Max + 1n, mine.Max), null)).toBe(EINVAL);
        expect(Prlimit(c.pid, 999, null, now)).toBe(EINVAL);
        if (!hasCap("CAP_SYS_RESOURCE")) expect(Prlimit(c.pid, RLIMIT_NOFILE, new Rlimit(64n, mine.Max + 1n), null)).toBe(EPERM);
        else expect(Prlimit(c.pid, RLIMIT_NOFILE, new Rlimit(64n, mine.Max + 1n), null)).toBeNull(); // raised: the kernel allows it
      } finally {
        c.kill();
      }
      expect(Prlimit(c.pid, RLIMIT_NOFILE, null, new Rlimit())).toBe(ESRCH);
    });
  });
  test("of this process (pid 0), in a child Bun: the soft limit changes and SetChildRlimitNofile is cleared, as by Setrlimit", () => {
    const r = child("prlimit-self");
    expect(r.err).toBeNull();
    expect(r.oldCur).toBe(r.wasCur);
    expect(r.nowCur).toBe(r.lowered);
    expect([r.hookBefore, r.hookAfter]).toEqual([true, false]);
  });
  test("a Max getter that calls Prlimit (another resource) does not change the Cur set (it set the inner call's)", () => {
    const RLIMIT_STACK = 3, RLIMIT_CORE = 4;
    const c = sleeper();
    try {
      const core = new Rlimit(), stack = new Rlimit();
      expect(Prlimit(c.pid, RLIMIT_CORE, null, core)).toBeNull();
      expect(Prlimit(c.pid, RLIMIT_STACK, null, stack)).toBeNull();
      expect(stack.Cur).not.toBe(0n); // the inner call's Cur, which must not be what the outer one sets
      const newlimit = {
        Cur: 0n,
        get Max() {
          expect(Prlimit(c.pid, RLIMIT_STACK, new Rlimit(stack.Cur, stack.Max), null)).toBeNull();
          return core.Max;
        },
      };
      expect(Prlimit(c.pid, RLIMIT_CORE, bad<Rlimit>(newlimit), null)).toBeNull();
      const now = new Rlimit();
      expect(Prlimit(c.pid, RLIMIT_CORE, null, now)).toBeNull();
      expect(now).toEqual(new Rlimit(0n, core.Max));
    } finally {
      c.kill();
    }
  });
  test("reading our own limit agrees with Getrlimit", () => {
    const a = new Rlimit();
    const b = new Rlimit();
    expect(Prlimit(0, RLIMIT_NOFILE, null, a)).toBeNull();
    expect(Getrlimit(RLIMIT_NOFILE, b)).toBeNull();
    expect(a).toEqual(b);
  });
  test("bad input", () => {
    const old = new Rlimit();
    expect(() => Prlimit(0, RLIMIT_NOFILE, bad<Rlimit>({ Cur: "1", Max: 1n }), null)).toThrow(TypeError);
    expect(() => Prlimit(0, RLIMIT_NOFILE, new Rlimit(-1n, 1n), null)).toThrow(RangeError);
    expect(() => Prlimit(0, RLIMIT_NOFILE, new Rlimit(1n, 2n ** 64n), null)).toThrow(RangeError);
    expect(() => Prlimit(0, RLIMIT_NOFILE, bad<Rlimit>({ Cur: 1.5, Max: 2n }), null)).toThrow(TypeError);
    expect(() => Prlimit(0, RLIMIT_NOFILE, null, Object.freeze(new Rlimit()))).toThrow(TypeError);
    expect(() => Prlimit(0, RLIMIT_NOFILE, null, bad<Rlimit>(7))).toThrow(TypeError);
    expect(() => Prlimit(bad<number>("0"), RLIMIT_NOFILE, null, old)).toThrow(TypeError);
    expect(() => Prlimit(2 ** 32, RLIMIT_NOFILE, null, old)).toThrow(RangeError);
    expect(() => Prlimit(0, NaN, null, old)).toThrow(TypeError);
  });
});

// ------------------------------------------------------------ capabilities

/** Capability sets of /proc/PID/status as 64-bit values. */
const capsOf = (of: string) => ["CapEff", "CapPrm", "CapInh"].map((f) => BigInt("0x" + status(f, of)));
/** CapUserData[2] as the three 64-bit sets. */
const joined = (d: CapUserData[]) => (["Effective", "Permitted", "Inheritable"] as const).map((k) => (BigInt(d[1]![k]) << 32n) | BigInt(d[0]![k]));

describe("Capget and Capset", () => {
  test("Capget (version 3) of this thread and of a child match /proc/.../status", () => {
    const hdr = new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0);
    const data = [new CapUserData(), new CapUserData()];
    expect(Capget(hdr, data)).toBeNull();
    expect(joined(data)).toEqual(capsOf("thread-self"));
    const c = sleeper();
    try {
      const cd = [new CapUserData(), new CapUserData()];
      expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, c.pid), cd)).toBeNull();
      expect(joined(cd)).toEqual(capsOf(String(c.pid)));
    } finally {
      c.kill();
    }
  });
  test("Capget version 1 fills one CapUserData; one object with version 3 gets the low words", () => {
    const one = new CapUserData();
    expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_1, 0), one)).toBeNull();
    const eff = capsOf("thread-self")[0]!;
    expect(one.Effective).toBe(Number(eff & 0xffffffffn));
    const low = new CapUserData();
    expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0), [low])).toBeNull();
    expect(low.Effective).toBe(Number(eff & 0xffffffffn));
    // A longer array: only the first two are the kernel's.
    const three = [new CapUserData(), new CapUserData(), new CapUserData(9, 9, 9)];
    expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0), three)).toBeNull();
    expect(three[2]).toEqual(new CapUserData(9, 9, 9));
  });
  test("errno: an unknown version (EINVAL, and the kernel's version written back), no such pid, nil pointers", () => {
    const hdr = new CapUserHeader(0x12345678, 0);
    const data = [new CapUserData(1, 2, 3), new CapUserData(4, 5, 6)];
    expect(Capget(hdr, data)).toBe(EINVAL);
    expect(hdr.Version).toBe(LINUX_CAPABILITY_VERSION_3);
    expect(data).toEqual([new CapUserData(1, 2, 3), new CapUserData(4, 5, 6)]); // untouched
    expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0x7ffffffe), data)).toBe(ESRCH);
    expect(Capget(null, data)).toBe(EFAULT);
    expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0), null)).toBeNull(); // data NULL: a version probe
  });
  test("Capset errno paths, in a child Bun: another process, effective beyond the new permitted (EPERM), a bad version (EINVAL)", () => {
    const r = child("capset-errno");
    expect(r).toEqual({ other: EPERM.errno, beyond: EPERM.errno, version: EINVAL.errno, same: true });
  });
  test.skipIf(needRoot("CAP_SYS_ADMIN") !== null)(`Capset in a child Bun drops CAP_SYS_ADMIN from its effective set ${needRoot("CAP_SYS_ADMIN") ?? ""}`, () => {
    const r = child("capset");
    expect([r.get0, r.set, r.get1]).toEqual([null, null, null]);
    expect(r.eff).toEqual(r.want);
    expect((BigInt("0x" + r.capEff) >> 21n) & 1n).toBe(0n);
    expect(BigInt("0x" + r.capEff)).toBe((BigInt(r.want[1]) << 32n) | BigInt(r.want[0]));
  });
  test.skipIf(capEff() === 0n)(`Capset in a child Bun: a getter of data[1] that calls Capget does not undo the drop of data[0]${capEff() === 0n ? " (needs a capability to drop: CapEff is 0)" : ""}`, async () => {
    const src = JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"));
    const r = await inChild(["-e", `import * as S from ${src};
      const V3 = S.LINUX_CAPABILITY_VERSION_3;
      const cur = [new S.CapUserData(), new S.CapUserData()];
      S.Capget(new S.CapUserHeader(V3, 0), cur);
      const eff = cur[0].Effective, hi = cur[1].Effective;
      const low = eff !== 0 ? eff & -eff : 0; // one capability to drop: the lowest of bits 0-31, or none
      const drop = low !== 0 ? (eff & ~low) >>> 0 : eff;
      const dropHi = low !== 0 ? hi : (hi & ~(hi & -hi)) >>> 0;
      const d1 = { get Effective() { S.Capget(new S.CapUserHeader(V3, 0), [new S.CapUserData(), new S.CapUserData()]); return dropHi; },
        Permitted: cur[1].Permitted, Inheritable: cur[1].Inheritable };
      const err = S.Capset(new S.CapUserHeader(V3, 0), [new S.CapUserData(drop, cur[0].Permitted, cur[0].Inheritable), d1]);
      const after = [new S.CapUserData(), new S.CapUserData()];
      S.Capget(new S.CapUserHeader(V3, 0), after);
      console.log(JSON.stringify({ err: String(err), got: [after[0].Effective, after[1].Effective], want: [drop, dropHi], was: [eff, hi] }));`]);
    expect(r.err).toBe("null");
    expect(r.want).not.toEqual(r.was);
    expect(r.got).toEqual(r.want);
  }, 20000);
  test("bad input", () => {
    const hdr = new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0);
    expect(() => Capget(hdr, [])).toThrow(RangeError);
    expect(() => Capget(bad<CapUserHeader>({ Version: "3", Pid: 0 }), [new CapUserData()])).toThrow(TypeError);
    expect(() => Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 2 ** 32), [new CapUserData()])).toThrow(RangeError);
    expect(() => Capget(hdr, [Object.freeze(new CapUserData())])).toThrow(TypeError);
    expect(() => Capget(Object.freeze(new CapUserHeader(LINUX_CAPABILITY_VERSION_3)), null)).toThrow(TypeError);
    expect(() => Capget(hdr, bad<CapUserData[]>([1]))).toThrow(TypeError);
    expect(() => Capset(hdr, [new CapUserData(-1)])).toThrow(RangeError);
    expect(() => Capset(hdr, [new CapUserData(2 ** 32)])).toThrow(RangeError);
    expect(() => Capset(hdr, [new CapUserData(NaN)])).toThrow(TypeError);
    expect(() => Capset(bad<CapUserHeader>("h"), null)).toThrow(TypeError);
  });
});

// ------------------------------------------------------------ Prctl

describe("Prctl and PrctlRetInt", () => {
  test("reads: PR_GET_NAME is /proc/thread-self/comm, PR_GET_NO_NEW_PRIVS is NoNewPrivs, PR_GET_DUMPABLE through PrctlRetInt only", () => {
    const name = new Uint8Array(16);
    expect(Prctl(PR_GET_NAME, ptr(name), 0, 0, 0)).toBeNull();
    expect(dec(name.subarray(0, name.indexOf(0)))).toBe(readFileSync("/proc/thread-self/comm", "utf8").trim());
    expect(PrctlRetInt(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0)).toEqual([Number(status("NoNewPrivs", "self")), null]);
    expect(PrctlRetInt(PR_GET_DUMPABLE, 0, 0, 0, 0)).toEqual([1, null]);
    expect(Prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)).toBeNull(); // Prctl drops the result, as Go's
  });
  test("sets, in a child Bun: PR_SET_NAME, PR_SET_DUMPABLE, PR_SET_PDEATHSIG, each read back", () => {
    expect(child("prctl")).toEqual({
      setName: null, comm: "bunsys-prctl", getName: null, got: "bunsys-prctl",
      dumpable0: 1, setDumpable: null, dumpable1: 0, setPdeath: null, getPdeath: null, pdeathsig: 10,
    });
  });
  test("errno: an unknown option, an address the process has not mapped", () => {
    expect(Prctl(0xdead, 0, 0, 0, 0)).toBe(EINVAL);
    expect(PrctlRetInt(0xdead, 0, 0, 0, 0)).toEqual([-1, EINVAL]);
    expect(Prctl(PR_GET_NAME, 8, 0, 0, 0)).toBe(EFAULT);
    expect(Prctl(PR_GET_DUMPABLE, 1, 0, 0, 0)).toBeNull(); // extra arguments are ignored by this option
  });
  test("bad input", () => {
    expect(() => Prctl(bad<number>("3"), 0, 0, 0, 0)).toThrow(TypeError);
    expect(() => Prctl(PR_GET_DUMPABLE, -1, 0, 0, 0)).toThrow(RangeError);
    expect(() => Prctl(PR_GET_DUMPABLE, 0, 2 ** 53, 0, 0)).toThrow(RangeError);
    expect(() => Prctl(PR_GET_DUMPABLE, 0, 0, bad<number>(1n), 0)).toThrow(TypeError);
    expect(() => PrctlRetInt(2 ** 32, 0, 0, 0, 0)).toThrow(RangeError);
    expect(() => PrctlRetInt(PR_GET_DUMPABLE, 0, 0, 0, NaN)).toThrow(TypeError);
    expect(() => bad<(o: number) => unknown>(Prctl)(PR_GET_DUMPABLE)).toThrow(TypeError);
  });
});

// ------------------------------------------------------------ Setns

describe("Setns", () => {
  test.skipIf(needRoot("CAP_SYS_ADMIN") !== null)(
    `from a child Bun into a ForkExec child's namespaces: UTS, IPC, net and PID join; mount and user are EINVAL (Bun has threads) ${needRoot("CAP_SYS_ADMIN") ?? ""}`,
    () => {
      const r = child("setns");
      expect(r.threads).toBeGreaterThan(1);
      expect(r.uts).toEqual({ err: null, differs: true, joined: true, hostname: "bunsys-ns" });
      for (const k of ["ipc", "net", "pid"]) expect(r[k]).toEqual({ err: null, differs: true, joined: true });
      // mntns_install needs an fs_struct no other thread shares; userns_install a single-threaded process.
      for (const k of ["mnt", "user"]) expect(r[k]).toEqual({ err: EINVAL.errno, differs: true, joined: false });
    },
  );
  test("into its own UTS namespace, in a child Bun: null with CAP_SYS_ADMIN, EPERM without", () => {
    expect(child("setns-self").err).toBe(needRoot("CAP_SYS_ADMIN") === null ? null : EPERM.errno);
  });
  test("errno paths (nothing moves): not a namespace fd, the wrong nstype, bad fds", async () => {
    await noFdLeak(() => {
      const uts = ok(Open("/proc/thread-self/ns/uts", O_RDONLY | O_CLOEXEC, 0));
      const t = notTty();
      const before = readlinkSync("/proc/thread-self/ns/uts");
      expect(Setns(uts, CLONE_NEWNET)).toBe(EINVAL);
      expect(Setns(t.fd, 0)).toBe(EINVAL);
      expect(Setns(t.fd, CLONE_NEWUTS)).toBe(EINVAL);
      expect(Setns(t.closed, 0)).toBe(EBADF);
      expect(Setns(-1, 0)).toBe(EBADF);
      expect(Setns(2 ** 31, 0)).toBe(EBADF);
      expect(readlinkSync("/proc/thread-self/ns/uts")).toBe(before);
      Close(uts);
      t.done();
    });
  });
  test("bad input", () => {
    expect(() => Setns(bad<number>("3"), 0)).toThrow(TypeError);
    expect(() => Setns(1.5, 0)).toThrow(TypeError);
    expect(() => Setns(3, 2 ** 32)).toThrow(RangeError);
    expect(() => Setns(3, NaN)).toThrow(TypeError);
  });
});

test("constants missing from Go's syscall have x/sys/unix's values; TCGETS2 is _IOR('T', 0x2A, struct termios2)", () => {
  const ior = (nr: number, size: number) => ((2 << 30) | (size << 16) | (0x54 << 8) | nr) >>> 0;
  expect(TCGETS2).toBe(ior(0x2a, 44));
  expect([AT_FDCWD, TIOCGPTN, TIOCSPTLCK, TIOCGWINSZ, TIOCSWINSZ, TCGETS, TCSETS]).toEqual([-100, 0x80045430, 0x40045431, 0x5413, 0x5414, 0x5401, 0x5402]);
});
