/**
 * A bug hunt over src/sys/unix.ts, files.ts, misc.ts and raw.ts: what
 * reaches the kernel is what the caller gave, whatever built-in a program
 * replaced (in a child: test/fixtures/hunt-unix-builtins.ts). On the old
 * code: FcntlInt let F_GETOWNER_UIDS write at a caller's number with
 * Set.prototype.has answering false; Openat2 dropped RESOLVE_BENEATH (../
 * escaped) with DataView.prototype.setBigUint64, Array.prototype.forEach or
 * map, or BigInt replaced; Syscall closed fd 1.5 with Number.isInteger
 * replaced, and dup'ed another fd with BigInt.asIntN replaced; FcntlFlock
 * set no lock or another range; Utimes, UtimesNano, Utime and Futimes set
 * the previous call's times; Sendfile sent from offset 0; IoctlSetTermios,
 * IoctlSetWinsize and IoctlSetPointerInt sent zeros; PtracePeekData looped
 * forever with Math.min answering 0, PtracePokeData wrote another word,
 * PtraceSetRegs other registers (EIO); Capset dropped every capability.
 * The getters: IoctlGetTermios reported zero modes and IoctlGetWinsize a
 * 0x0 size with Array.prototype's iterator or forEach, or DataView's
 * getters, replaced, and FcntlFlock the getters' lock. And Prlimit with a Proxy old whose set trap threw left SetChildRlimitNofile's
 * saved limit in force after setting RLIMIT_NOFILE.
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { mkdirSync, writeFileSync } from "node:fs";
import { inChild, isRoot, scratchDir } from "./helpers.ts";
import {
  CapUserData, CapUserHeader, Capget, Close, EOVERFLOW, F_RDLCK, F_UNLCK, F_WRLCK, FcntlFlock, Flock_t, Ftruncate, LINUX_CAPABILITY_VERSION_3, MemfdCreate,
  O_DIRECTORY, O_RDONLY, O_RDWR, Open, Openat2, OpenHow, Prlimit, RESOLVE_BENEATH, RLIMIT_NOFILE, RLIMIT_STACK, Rlimit, Seek, EXDEV,
} from "../src/index.ts";

let result: Promise<Record<string, unknown>> | null = null;
const run = () => (result ??= inChild([join(import.meta.dir, "fixtures", "hunt-unix-builtins.ts")], 20000));

describe("a replaced built-in does not change what the calls give the kernel (in a child)", () => {
  test("FcntlInt refuses a pointer command (EINVAL, nothing written) with Set.prototype.has answering false", async () => {
    expect((await run()).fcntlInt).toEqual({ r: [-1, "invalid argument"], untouched: true });
  }, 25000);

  test("Openat2's RESOLVE_BENEATH reaches the kernel (EXDEV for ../) with DataView.prototype.setBigUint64, Array.prototype.forEach or map, or BigInt replaced", async () => {
    const x = "invalid cross-device link";
    expect((await run()).openat2).toEqual({ plain: x, setBigUint64: x, forEach: x, map: x, BigInt: x });
  }, 25000);

  test("Syscall refuses fd 1.5 with Number.isInteger replaced (the fd stays open), and passes a bigint as it is with BigInt.asIntN replaced", async () => {
    expect((await run()).raw).toEqual({ close: "TypeError", open: true, dupOf: "/dev/null" });
  }, 25000);

  test("FcntlFlock sets the write lock over the whole file it was given, with DataView's setters no-ops or BigInt replaced", async () => {
    const one = { r: null, locks: ["WRITE 0 EOF"] };
    expect((await run()).flock).toEqual({ setInt16: one, setBigInt64: one, BigInt: one });
  }, 25000);

  test("FcntlFlock reports the conflicting lock the kernel answered with DataView's getters lying", async () => {
    const one = [null, F_WRLCK, 2, 3, -1];
    expect((await run()).flockGet).toEqual({ getInt16: one, getInt32: one, getUint32: one });
  }, 25000);

  test("Utimes, UtimesNano, Utime and Futimes set the times given, with DataView.prototype.setBigInt64 a no-op or BigInt replaced", async () => {
    expect((await run()).times).toEqual({ Utimes: [null, 6000], UtimesNano: [null, 8000], Utime: [null, 9500], Futimes: [null, 4000], BigInt: [null, 6000] });
  }, 25000);

  test("Sendfile sends from the offset given, and advances it, with BigInt replaced", async () => {
    expect((await run()).sendfile).toEqual({ r: [4, null], got: "3456", off: 7 });
  }, 25000);

  test("IoctlSetTermios, IoctlSetWinsize and IoctlSetPointerInt send the caller's values with Array.prototype's iterator, map, forEach, Array.from or DataView's setters replaced", async () => {
    const r = (await run()).ioctl;
    if (r === "no pty") return void expect(r).toBe("no pty");
    const t = [null, true], w = [null, 24, 80];
    expect(r).toEqual({
      termiosIterator: t, termiosMap: t, termiosForEach: t, termiosSetUint32: t, termiosFrom: t,
      winsizeMap: w, winsizeForEach: w, winsizeSetUint16: w, nonblock: [null, true],
    });
  }, 25000);

  test("IoctlGetTermios and IoctlGetWinsize report the kernel's answer with Array.prototype's iterator or forEach, or DataView's getters, replaced", async () => {
    const r = (await run()).ioctlGet;
    if (r === undefined) return void expect((await run()).ioctl).toBe("no pty");
    expect(r).toEqual({ termiosIterator: [null, true], termiosGetUint32: [null, true], winsizeForEach: [null, 24, 80], winsizeGetUint16: [null, 24, 80] });
  }, 25000);

  test("PtracePeekData ends with Math.min answering 0, PtracePokeData writes the caller's bytes with getBigInt64 lying, PtraceSetRegs sets the registers given with map replaced", async () => {
    const r = (await run()).ptrace as Record<string, unknown> | string;
    if (r === "no ptrace") return void expect(r).toBe("no ptrace"); // ptrace refused here
    const regs = process.arch === "x64" ? [null, true] : "amd64 only";
    expect(r).toEqual({ peek: [16, null, true], poke: [16, null, true], setRegs: regs });
  }, 25000);

  test("Klogctl's READ_ALL copies the log's bytes into buf with Math.min answering 0", async () => {
    const r = (await run()).klogctl;
    if (r === "unreadable") return void expect(r).toBe("unreadable"); // dmesg_restrict without CAP_SYSLOG
    expect(r).toEqual({ zeros: false });
  }, 25000);

  test("Prlimit clears SetChildRlimitNofile's saved limit when it sets RLIMIT_NOFILE, even when writing old throws (a Proxy)", async () => {
    expect((await run()).prlimit).toEqual({ saved: "100", threw: true, child: true });
  }, 25000);

  test.skipIf(!isRoot)(`Capset sets the sets given with Array.prototype's forEach or flatMap, or DataView.prototype.setUint32, replaced${isRoot ? "" : " (skipped: needs root for capabilities to drop)"}`, async () => {
    expect((await run()).capset).toEqual({ nonzero: true, forEach: [null, true], flatMap: [null, true], setUint32: [null, true] });
  }, 25000);
});

describe("int64 answers past 2^53", () => {
  test("FcntlFlock's F_OFD_GETLK of a lock starting at 2^54-3 is EOVERFLOW with lk untouched (it was rounded to 2^54-4)", () => {
    const F_OFD_GETLK = 36, F_OFD_SETLK = 37;
    const [fd, merr] = MemfdCreate("hunt-unix-lock", 0);
    expect(merr).toBeNull();
    try {
      expect(Ftruncate(fd, 16)).toBeNull();
      expect(Seek(fd, 2 ** 53 - 1, 0)).toEqual([2 ** 53 - 1, null]);
      // SEEK_CUR: the lock's absolute start is 2^53-1 + 2^53-2 = 2^54-3, odd, past any exact number.
      expect(FcntlFlock(fd, F_OFD_SETLK, new Flock_t({ Type: F_WRLCK, Whence: 1, Start: 2 ** 53 - 2, Len: 1 }))).toBeNull();
      const [fd2] = Open(`/proc/self/fd/${fd}`, O_RDWR, 0); // another open file description: the lock conflicts
      try {
        const lk = new Flock_t({ Type: F_WRLCK, Whence: 0, Start: 0, Len: 0 });
        expect(FcntlFlock(fd2, F_OFD_GETLK, lk)).toBe(EOVERFLOW);
        expect({ ...lk }).toEqual({ Type: F_WRLCK, Whence: 0, Start: 0, Len: 0, Pid: 0 });
        // A range that fits is still reported: F_UNLCK where nothing conflicts.
        const free = new Flock_t({ Type: F_WRLCK, Whence: 0, Start: 0, Len: 8 });
        expect(FcntlFlock(fd2, F_OFD_GETLK, free)).toBeNull();
        expect(free.Type).toBe(F_UNLCK);
      } finally {
        Close(fd2);
      }
    } finally {
      Close(fd);
    }
  });
});

/** obj behind a Proxy whose set trap runs once(), the first time, before the write. */
function onFirstSet<T extends object>(obj: T, once: () => void): T {
  let fired = false;
  return new Proxy(obj, {
    set(t, k, v) {
      if (!fired) (fired = true), once();
      (t as Record<PropertyKey, unknown>)[k] = v;
      return true;
    },
  });
}

describe("re-entry from a getter or a set trap does not change the outer call's struct or answer", () => {
  test("Openat2: a Resolve getter that calls Openat2 without RESOLVE_BENEATH leaves the outer one's (EXDEV)", () => {
    const { dir, cleanup } = scratchDir("hunt-unix-");
    try {
      mkdirSync(`${dir}/sub`);
      const [dfd] = Open(`${dir}/sub`, O_RDONLY | O_DIRECTORY, 0);
      const how = {
        Flags: O_RDONLY, Mode: 0,
        get Resolve() {
          const [z] = Openat2(dfd, ".", new OpenHow(O_RDONLY | O_DIRECTORY, 0, 0));
          if (z >= 0) Close(z);
          return RESOLVE_BENEATH;
        },
      };
      const [fd, err] = Openat2(dfd, "../../../etc/hostname", how);
      if (fd >= 0) Close(fd);
      Close(dfd);
      expect(err).toBe(EXDEV);
    } finally {
      cleanup();
    }
  });

  test("FcntlFlock: a set trap on lk that makes another F_OFD_GETLK leaves the outer answer (the conflicting lock 2..4)", () => {
    const { dir, cleanup } = scratchDir("hunt-unix-");
    try {
      writeFileSync(`${dir}/f`, "0123456789");
      const [a] = Open(`${dir}/f`, O_RDWR, 0), [b] = Open(`${dir}/f`, O_RDWR, 0);
      expect(FcntlFlock(a, 37 /* F_OFD_SETLK */, new Flock_t({ Type: F_WRLCK, Whence: 0, Start: 2, Len: 3 }))).toBeNull();
      const lk = onFirstSet(new Flock_t({ Type: F_WRLCK, Whence: 0, Start: 0, Len: 0 }), () => {
        FcntlFlock(b, 36, new Flock_t({ Type: F_RDLCK, Whence: 0, Start: 7, Len: 1 })); // no conflict there: F_UNLCK
      });
      expect(FcntlFlock(b, 36 /* F_OFD_GETLK */, lk)).toBeNull();
      expect({ ...lk }).toEqual({ Type: F_WRLCK, Whence: 0, Start: 2, Len: 3, Pid: -1 });
      Close(a);
      Close(b);
    } finally {
      cleanup();
    }
  });

  test("Capget: a set trap that calls Capget with version 1 leaves the outer version 3 answer", () => {
    const plain = [new CapUserData(), new CapUserData()];
    expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0), plain)).toBeNull();
    const first = onFirstSet(new CapUserData(), () => void Capget(new CapUserHeader(0x19980330, 0), new CapUserData()));
    const data = [first, new CapUserData()];
    expect(Capget(new CapUserHeader(LINUX_CAPABILITY_VERSION_3, 0), data)).toBeNull();
    expect(data.map((d) => ({ ...d }))).toEqual(plain.map((d) => ({ ...d })));
  });

  test("Prlimit: a set trap on old that reads RLIMIT_STACK leaves the outer RLIMIT_NOFILE answer", () => {
    const plain = new Rlimit();
    expect(Prlimit(0, RLIMIT_NOFILE, null, plain)).toBeNull();
    const old = onFirstSet(new Rlimit(), () => void Prlimit(0, RLIMIT_STACK, null, new Rlimit()));
    expect(Prlimit(0, RLIMIT_NOFILE, null, old)).toBeNull();
    expect([old.Cur, old.Max]).toEqual([plain.Cur, plain.Max]);
  });
});
