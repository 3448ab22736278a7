/**
 * Tests for src/errno.ts (Errno, the E* constants, Go's message table).
 *
 * The reference is Go itself: test/fixtures/go-tables-amd64.json is what
 * scripts/oracle/ printed under a real Go toolchain for Errno(n).Error(),
 * Temporary(), Timeout() and errors.Is against the fs sentinels, for
 * n = 0..140. When `go` is on PATH the oracle is also run live.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { join } from "node:path";
import * as S from "../src/index.ts";
import {
  E2BIG, EAGAIN, EDEADLK, EDEADLOCK, EEXIST, EINVAL, ENOENT, ENOSYS, ENOTEMPTY, ENOTSUP, EOPNOTSUPP, EPERM, EACCES,
  EWOULDBLOCK, Errno, ErrExist, ErrNotExist, ErrPermission, ErrUnsupported, Mkdir, O_RDONLY, Open, Rmdir,
} from "../src/index.ts";
import { errnoErr } from "../src/errno.ts";
import { inChild, scratchDir } from "./helpers.ts";

interface ErrnoFacts {
  msg: string;
  temporary: boolean;
  timeout: boolean;
  permission: boolean;
  exist: boolean;
  notExist: boolean;
  unsupported: boolean | null;
}
interface GoTables {
  goos: string;
  goarch: string;
  go: string;
  errno: ErrnoFacts[];
  signal: string[];
}

const FIXTURE_PATH = join(import.meta.dir, "fixtures", "go-tables-amd64.json");
const fixture = JSON.parse(readFileSync(FIXTURE_PATH, "utf8")) as GoTables;
const onAmd64 = process.arch === "x64";
const MAX = 140;

/** A test title that carries the skip reason when (and only when) the test is skipped. */
function titled(title: string, skipped: boolean, reason: string): string {
  return skipped ? `${title} [skipped: ${reason}]` : title;
}

/**
 * Linux's errno numbers by name (include/uapi/asm-generic/errno-base.h and
 * errno.h), which x86_64 and aarch64 share. Written out here, independent of
 * the generated tables, so that a generator mistake shows.
 */
const KERNEL_ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9, ECHILD: 10,
  EAGAIN: 11, EWOULDBLOCK: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, ENOTBLK: 15, EBUSY: 16, EEXIST: 17, EXDEV: 18,
  ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25, ETXTBSY: 26, EFBIG: 27,
  ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32, EDOM: 33, ERANGE: 34, EDEADLK: 35, EDEADLOCK: 35,
  ENAMETOOLONG: 36, ENOLCK: 37, ENOSYS: 38, ENOTEMPTY: 39, ELOOP: 40, ENOMSG: 42, EIDRM: 43, ECHRNG: 44,
  EL2NSYNC: 45, EL3HLT: 46, EL3RST: 47, ELNRNG: 48, EUNATCH: 49, ENOCSI: 50, EL2HLT: 51, EBADE: 52, EBADR: 53,
  EXFULL: 54, ENOANO: 55, EBADRQC: 56, EBADSLT: 57, EBFONT: 59, ENOSTR: 60, ENODATA: 61, ETIME: 62, ENOSR: 63,
  ENONET: 64, ENOPKG: 65, EREMOTE: 66, ENOLINK: 67, EADV: 68, ESRMNT: 69, ECOMM: 70, EPROTO: 71, EMULTIHOP: 72,
  EDOTDOT: 73, EBADMSG: 74, EOVERFLOW: 75, ENOTUNIQ: 76, EBADFD: 77, EREMCHG: 78, ELIBACC: 79, ELIBBAD: 80,
  ELIBSCN: 81, ELIBMAX: 82, ELIBEXEC: 83, EILSEQ: 84, ERESTART: 85, ESTRPIPE: 86, EUSERS: 87, ENOTSOCK: 88,
  EDESTADDRREQ: 89, EMSGSIZE: 90, EPROTOTYPE: 91, ENOPROTOOPT: 92, EPROTONOSUPPORT: 93, ESOCKTNOSUPPORT: 94,
  EOPNOTSUPP: 95, ENOTSUP: 95, EPFNOSUPPORT: 96, EAFNOSUPPORT: 97, EADDRINUSE: 98, EADDRNOTAVAIL: 99,
  ENETDOWN: 100, ENETUNREACH: 101, ENETRESET: 102, ECONNABORTED: 103, ECONNRESET: 104, ENOBUFS: 105,
  EISCONN: 106, ENOTCONN: 107, ESHUTDOWN: 108, ETOOMANYREFS: 109, ETIMEDOUT: 110, ECONNREFUSED: 111,
  EHOSTDOWN: 112, EHOSTUNREACH: 113, EALREADY: 114, EINPROGRESS: 115, ESTALE: 116, EUCLEAN: 117, ENOTNAM: 118,
  ENAVAIL: 119, EISNAM: 120, EREMOTEIO: 121, EDQUOT: 122, ENOMEDIUM: 123, EMEDIUMTYPE: 124, ECANCELED: 125,
  ENOKEY: 126, EKEYEXPIRED: 127, EKEYREVOKED: 128, EKEYREJECTED: 129, EOWNERDEAD: 130, ENOTRECOVERABLE: 131,
  ERFKILL: 132, EHWPOISON: 133,
};

/** The exported E* constants of the package that are Errnos, by name (ECHO, EPOLLIN and ETH_P_* are numbers named E*, as in Go). */
const exported: [string, unknown][] = Object.entries(S).filter(([k, v]) => /^E[A-Z0-9]+$/.test(k) && typeof v !== "number");

/** Compares Errno.of(n) with one row of Go's facts; returns the differences. */
function diffFacts(n: number, go: ErrnoFacts, withMessage: boolean): string[] {
  const e = Errno.of(n);
  const out: string[] = [];
  const got = {
    temporary: e.Temporary(), timeout: e.Timeout(),
    permission: e.Is(ErrPermission), exist: e.Is(ErrExist), notExist: e.Is(ErrNotExist),
  };
  if (withMessage && e.Error() !== go.msg) out.push(`${n}: Error() ${JSON.stringify(e.Error())} != ${JSON.stringify(go.msg)}`);
  if (withMessage && e.message !== go.msg) out.push(`${n}: message ${JSON.stringify(e.message)} != ${JSON.stringify(go.msg)}`);
  for (const k of ["temporary", "timeout", "permission", "exist", "notExist"] as const) {
    if (got[k] !== go[k]) out.push(`${n}: ${k} ${got[k]} != Go's ${go[k]}`);
  }
  if (go.unsupported !== null && e.Is(ErrUnsupported) !== go.unsupported) {
    out.push(`${n}: Is(ErrUnsupported) ${e.Is(ErrUnsupported)} != Go's ${go.unsupported}`);
  }
  return out;
}

describe("the Go fixture", () => {
  test("is linux/amd64 output for errno 0..140 and signals 0..70", () => {
    expect(fixture.goos).toBe("linux");
    expect(fixture.goarch).toBe("amd64");
    expect(fixture.errno).toHaveLength(MAX + 1);
    expect(fixture.signal).toHaveLength(71);
    // Sanity: it is Go's text, not something else.
    expect(fixture.errno[2]!.msg).toBe("no such file or directory");
    expect(fixture.errno[0]!.msg).toBe("errno 0");
  });
});

describe("Errno table against Go", () => {
  test.skipIf(!onAmd64)(
    titled(`Error() and .message equal Go's linux/amd64 text for every n in 0..${MAX}`, !onAmd64, `this is ${process.arch}; the fixture is linux/amd64 output`),
    () => {
      const bad: string[] = [];
      let checked = 0;
      for (let n = 0; n <= MAX; n++) {
        const go = fixture.errno[n]!;
        const e = Errno.of(n);
        if (e.Error() !== go.msg) bad.push(`${n}: Error() ${JSON.stringify(e.Error())} != Go's ${JSON.stringify(go.msg)}`);
        if (e.message !== go.msg) bad.push(`${n}: message ${JSON.stringify(e.message)} != Go's ${JSON.stringify(go.msg)}`);
        if (String(e) !== go.msg) bad.push(`${n}: String() ${JSON.stringify(String(e))} != Go's ${JSON.stringify(go.msg)}`);
        checked++;
      }
      expect(bad).toEqual([]);
      expect(checked).toBe(MAX + 1);
    },
  );

  // Temporary, Timeout and Is are defined by name in Go; the numbers are the
  // same on x86_64 and aarch64, so these rows hold on both.
  test(`Temporary, Timeout, Is(ErrPermission/ErrExist/ErrNotExist) equal Go's for every n in 0..${MAX}`, () => {
    const bad: string[] = [];
    for (let n = 0; n <= MAX; n++) bad.push(...diffFacts(n, fixture.errno[n]!, false));
    expect(bad).toEqual([]);
    // The fixture is not vacuous: each predicate is true somewhere.
    for (const k of ["temporary", "timeout", "permission", "exist", "notExist"] as const) {
      expect(fixture.errno.some((r) => r[k])).toBe(true);
    }
  });

  const fixtureHasUnsupported = fixture.errno.every((r) => r.unsupported !== null);
  test.skipIf(!fixtureHasUnsupported)(
    titled("Is(ErrUnsupported) equals Go's for every n", !fixtureHasUnsupported, `the fixture comes from ${fixture.go}, which has no errors.ErrUnsupported`),
    () => {
      const bad: string[] = [];
      for (let n = 0; n <= MAX; n++) {
        const want = fixture.errno[n]!.unsupported;
        if (Errno.of(n).Is(ErrUnsupported) !== want) bad.push(`${n}`);
      }
      expect(bad).toEqual([]);
    },
  );

  test("Is(ErrUnsupported) holds for exactly ENOSYS, ENOTSUP and EOPNOTSUPP (Go 1.21's Errno.Is)", () => {
    const yes: number[] = [];
    for (let n = 0; n <= 4096; n++) if (Errno.of(n).Is(ErrUnsupported)) yes.push(n);
    expect(yes).toEqual([38, 95]);
    expect(ENOSYS.Is(ErrUnsupported)).toBe(true);
    expect(ENOTSUP.Is(ErrUnsupported)).toBe(true);
    expect(EOPNOTSUPP.Is(ErrUnsupported)).toBe(true);
  });

  test("Is matches the sentinel objects only, not look-alikes", () => {
    expect(EPERM.Is(ErrPermission)).toBe(true);
    expect(EACCES.Is(ErrPermission)).toBe(true);
    expect(EEXIST.Is(ErrExist)).toBe(true);
    expect(ENOTEMPTY.Is(ErrExist)).toBe(true);
    expect(ENOENT.Is(ErrNotExist)).toBe(true);
    expect(ENOENT.Is(new Error("file does not exist"))).toBe(false);
    expect(ENOENT.Is(ErrExist)).toBe(false);
    expect(ENOENT.Is(null)).toBe(false);
    expect(ENOENT.Is(undefined)).toBe(false);
    expect(ENOENT.Is(ENOENT)).toBe(false); // Go's method: identity is errors.Is's job, not Is's
    expect(ErrPermission.message).toBe("permission denied");
    expect(ErrExist.message).toBe("file already exists");
    expect(ErrNotExist.message).toBe("file does not exist");
    expect(ErrUnsupported.message).toBe("unsupported operation");
  });

  test("Temporary and Timeout on the named errnos", () => {
    expect(EAGAIN.Timeout()).toBe(true);
    expect(EAGAIN.Temporary()).toBe(true);
    expect(S.ETIMEDOUT.Timeout()).toBe(true);
    expect(S.EINTR.Temporary()).toBe(true);
    expect(S.EINTR.Timeout()).toBe(false);
    expect(S.EMFILE.Temporary()).toBe(true);
    expect(S.ENFILE.Temporary()).toBe(true);
    expect(ENOENT.Temporary()).toBe(false);
    expect(ENOENT.Timeout()).toBe(false);
  });

  const goBin = Bun.which("go");
  test.skipIf(goBin === null)(
    titled("the live Go oracle (go run ./scripts/oracle/) matches the fixture and this package", goBin === null, "`go` is not on PATH"),
    () => {
      const cwd = join(import.meta.dir, "..", "scripts", "oracle");
      const r = Bun.spawnSync([goBin!, "run", "."], { cwd, stdout: "pipe", stderr: "pipe", env: { ...process.env, GOTOOLCHAIN: "local" } });
      if (r.exitCode !== 0) throw new Error(`go run failed (${r.exitCode}): ${r.stderr.toString()}`);
      const live = JSON.parse(r.stdout.toString()) as GoTables;
      expect(live.goos).toBe("linux");
      expect(live.errno).toHaveLength(MAX + 1);
      expect(live.signal).toHaveLength(71);

      // Live Go against this package, when Go runs for this arch (the tables
      // differ between amd64 and arm64; a host Go under an emulator does not).
      if (live.goarch === (process.arch === "x64" ? "amd64" : process.arch)) {
        const bad: string[] = [];
        for (let n = 0; n <= MAX; n++) bad.push(...diffFacts(n, live.errno[n]!, true));
        for (let n = 0; n <= 70; n++) {
          const s = S.Signal.of(n).String();
          if (s !== live.signal[n]) bad.push(`signal ${n}: ${JSON.stringify(s)} != Go's ${JSON.stringify(live.signal[n])}`);
        }
        expect(bad).toEqual([]);
      }

      // Live Go against the stored fixture, when they come from the same arch.
      if (live.goarch === fixture.goarch) {
        expect(live.signal).toEqual(fixture.signal);
        for (let n = 0; n <= MAX; n++) {
          const { unsupported: lu, ...l } = live.errno[n]!;
          const { unsupported: fu, ...f } = fixture.errno[n]!;
          expect({ n, ...l }).toEqual({ n, ...f });
          if (lu !== null && fu !== null) expect({ n, u: lu }).toEqual({ n, u: fu });
        }
      }
    },
    120_000,
  );
});

describe("Errno values", () => {
  test("Errno.of interns: one object per number", () => {
    expect(Errno.of(2)).toBe(ENOENT);
    expect(Errno.of(2)).toBe(Errno.of(2));
    expect(Errno.of(7)).toBe(E2BIG);
    expect(Errno.of(200)).toBe(Errno.of(200));
    expect(Errno.of(0)).toBe(Errno.of(0));
    expect(Errno.of(22)).not.toBe(Errno.of(2));
    expect(EWOULDBLOCK).toBe(EAGAIN);
    expect(ENOTSUP).toBe(EOPNOTSUPP);
    expect(EDEADLOCK).toBe(EDEADLK);
  });

  test("a failing call returns the interned constant itself", () => {
    const [fd, err] = Open("/nonexistent-bun-syscall-errno-test/x", O_RDONLY, 0);
    expect(fd).toBe(-1);
    expect(err).toBe(ENOENT);
    const { dir, cleanup } = scratchDir();
    try {
      expect(Mkdir(dir, 0o755)).toBe(EEXIST);
      Mkdir(join(dir, "sub"), 0o755);
      Mkdir(join(dir, "sub", "inner"), 0o755);
      expect(Rmdir(join(dir, "sub"))).toBe(ENOTEMPTY);
      expect(Open("a\0b", O_RDONLY, 0)[1]).toBe(EINVAL);
    } finally {
      cleanup();
    }
  });

  test("every exported E* constant is an interned Errno with its kernel number", () => {
    const names = exported.map(([k]) => k).sort();
    expect(names).toEqual(Object.keys(KERNEL_ERRNO).sort());
    const bad: string[] = [];
    for (const [name, v] of exported) {
      if (!(v instanceof Errno)) {
        bad.push(`${name} is not an Errno`);
        continue;
      }
      if (v.errno !== KERNEL_ERRNO[name]) bad.push(`${name}.errno = ${v.errno}, kernel says ${KERNEL_ERRNO[name]}`);
      if (v !== Errno.of(v.errno)) bad.push(`${name} is not the interned Errno.of(${v.errno})`);
    }
    expect(bad).toEqual([]);
  });

  test("every E* constant that Node knows has Node's number for this machine", () => {
    const node = osConstants.errno as Record<string, number>;
    let compared = 0;
    const bad: string[] = [];
    for (const [name, v] of exported) {
      if (!(name in node)) continue;
      compared++;
      if ((v as Errno).errno !== node[name]) bad.push(`${name}: ${(v as Errno).errno} != node ${node[name]}`);
    }
    expect(bad).toEqual([]);
    expect(compared).toBeGreaterThan(70);
  });

  test("every errno 1..133 has exactly the interned constants that name it", () => {
    for (let n = 1; n <= 133; n++) {
      const named = exported.filter(([, v]) => (v as Errno).errno === n);
      if (n === 41 || n === 58) expect(named).toEqual([]); // unused numbers
      else expect(named.length).toBeGreaterThan(0);
      for (const [, v] of named) expect(v).toBe(Errno.of(n));
    }
  });

  test("Errno is an Error: instanceof, name, throw and catch", () => {
    expect(ENOENT).toBeInstanceOf(Error);
    expect(ENOENT).toBeInstanceOf(Errno);
    expect(ENOENT.name).toBe("Errno");
    expect(ENOENT.errno).toBe(2);
    expect(() => {
      throw ENOENT;
    }).toThrow("no such file or directory");
    let caught: unknown;
    try {
      const err = Open("/nonexistent-bun-syscall-errno-test", O_RDONLY, 0)[1];
      if (err) throw err;
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(ENOENT);
    expect(Object.prototype.toString.call(ENOENT)).toBe("[object Error]");
  });

  test("toString and valueOf", () => {
    expect(ENOENT.toString()).toBe("no such file or directory");
    expect(String(ENOENT)).toBe("no such file or directory");
    expect(`${ENOENT}`).toBe("no such file or directory");
    expect(ENOENT.Error()).toBe("no such file or directory");
    expect(ENOENT.valueOf()).toBe(2);
    expect(+ENOENT).toBe(2);
    expect(Number(EINVAL)).toBe(22);
    expect(EINVAL > ENOENT).toBe(true);
  });

  test("past the table: `errno N`", () => {
    expect(Errno.of(200).Error()).toBe("errno 200");
    expect(Errno.of(200).message).toBe("errno 200");
    expect(String(Errno.of(4095))).toBe("errno 4095");
    expect(Errno.of(0xffffffff).Error()).toBe("errno 4294967295");
    expect(Errno.of(41).Error()).toBe("errno 41"); // a hole in the table
    expect(Errno.of(0).Error()).toBe("errno 0");
    expect(Errno.of(200).Temporary()).toBe(false);
    expect(Errno.of(200).Is(ErrNotExist)).toBe(false);
  });

  test("Errno.of rejects what Go's conversion would not compile", () => {
    const of = Errno.of as (n: unknown) => Errno;
    expect(() => of(1.5)).toThrow(TypeError);
    expect(() => of(NaN)).toThrow(TypeError);
    expect(() => of(Infinity)).toThrow(TypeError);
    expect(() => of("2")).toThrow(TypeError);
    expect(() => of(2n)).toThrow(TypeError);
    expect(() => of(undefined)).toThrow(TypeError);
    expect(() => of(null)).toThrow(TypeError);
    expect(() => of(-1)).toThrow(RangeError);
    expect(() => of(-(2 ** 31))).toThrow(RangeError);
    // A rejected value does not get interned by accident.
    expect(() => of(1.5)).toThrow(TypeError);
  });

  test("errnoErr: 0 is nil, anything else the interned Errno", () => {
    expect(errnoErr(0)).toBeNull();
    expect(errnoErr(2)).toBe(ENOENT);
    expect(errnoErr(300)).toBe(Errno.of(300));
  });
});

describe("the interned Errnos made at import", () => {
  // errno.ts makes the table's Errnos at load with one change of
  // Error.stackTraceLimit for all of them: the program's own limit must be
  // back afterwards, and no Errno may carry the frames of the import.
  for (const [what, path] of [["src/", join(import.meta.dir, "..", "src", "index.ts")], ["the package's entry (dist/)", join(import.meta.dir, "..", "dist", "bun-syscall.js")]] as const) {
    test(`importing ${what} leaves the program's Error.stackTraceLimit, and ENOENT has no stack frames`, async () => {
      const code = `Error.stackTraceLimit = 17;
        const S = await import(${JSON.stringify(path)});
        const limit = Error.stackTraceLimit;
        const e = S.ENOENT, f = S.Errno.of(2), g = S.Errno.of(200);
        console.log(JSON.stringify({ limit, same: e === f, frames: String(e.stack).split("\\n").filter((l) => /^\\s+at /.test(l)).length,
          gFrames: String(g.stack).split("\\n").filter((l) => /^\\s+at /.test(l)).length, msg: e.message, n: e.errno, instance: e instanceof Error }));`;
      expect(await inChild(["-e", code])).toEqual({ limit: 17, same: true, frames: 0, gFrames: 0, msg: "no such file or directory", n: 2, instance: true });
    });
  }
});
