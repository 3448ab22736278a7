/**
 * Bug-hunt regressions for the plain misc calls (src/sys/files.ts,
 * src/sys/mount.ts): re-entrancy through a Proxy's traps into calls that
 * share one scratch buffer per module. Each test makes the hostile trap
 * call the same function on different input in the middle of the outer
 * call's decoding, and checks that the outer call still reports its own
 * kernel answer. Also: Statfs checks a frozen Fsid before the call.
 */
import { describe, test, expect } from "bun:test";
import {
  Statfs, Fstatfs, Statfs_t, Fsid, Ustat, Ustat_t, Stat, Stat_t, Sysinfo, Sysinfo_t,
  Splice, Sendfile, Pipe2, Open, Close, MemfdCreate, Fallocate, O_RDONLY, ESPIPE,
} from "../src/index.ts";

/** A Proxy over target whose set trap runs hook once, the first time key is set. */
function onFirstSet<T extends object>(target: T, key: string, hook: () => void): T {
  let fired = false;
  return new Proxy(target, {
    set(t, k, v) {
      if (!fired && k === key) {
        fired = true;
        hook();
      }
      (t as Record<string | symbol, unknown>)[k] = v;
      return true;
    },
  });
}

describe("re-entrancy through Proxy traps, and out-parameters checked before the call", () => {
  test("Statfs: a set trap that calls Statfs on another path does not change the outer result", () => {
    const plain = new Statfs_t();
    expect(Statfs("/", plain)).toBeNull();
    const proc = new Statfs_t();
    expect(Statfs("/proc", proc)).toBeNull();
    // The test needs two file systems that differ in a field that does not move: the fsid.
    expect(proc.Fsid.X__val).not.toEqual(plain.Fsid.X__val);
    const buf = onFirstSet(new Statfs_t(), "Type", () => Statfs("/proc", new Statfs_t()));
    expect(Statfs("/", buf)).toBeNull();
    expect(buf.Type).toBe(plain.Type);
    expect(buf.Bsize).toBe(plain.Bsize);
    expect(buf.Blocks).toBe(plain.Blocks);
    expect(buf.Fsid.X__val).toEqual(plain.Fsid.X__val);
    expect(buf.Namelen).toBe(plain.Namelen);
  });

  test("Fstatfs: a set trap that calls Statfs on another path does not change the outer result", () => {
    const [fd, err] = Open("/", O_RDONLY, 0);
    expect(err).toBeNull();
    try {
      const plain = new Statfs_t();
      expect(Fstatfs(fd, plain)).toBeNull();
      const buf = onFirstSet(new Statfs_t(), "Bsize", () => Statfs("/proc", new Statfs_t()));
      expect(Fstatfs(fd, buf)).toBeNull();
      expect(buf.Blocks).toBe(plain.Blocks);
      expect(buf.Fsid.X__val).toEqual(plain.Fsid.X__val);
    } finally {
      Close(fd);
    }
  });

  test("Statfs: a frozen Fsid throws TypeError before the call, leaving buf untouched", () => {
    const buf = new Statfs_t();
    buf.Fsid = Object.freeze(new Fsid());
    expect(() => Statfs("/", buf)).toThrow(TypeError);
    expect(buf.Type).toBe(0);
    expect(buf.Blocks).toBe(0n);
    // An Fsid that is not one is replaced, as before.
    const other = new Statfs_t();
    (other as { Fsid: unknown }).Fsid = null;
    expect(Statfs("/", other)).toBeNull();
    expect(other.Fsid).toBeInstanceOf(Fsid);
  });

  const root = new Stat_t(), proc = new Stat_t();
  Stat("/", root);
  Stat("/proc", proc);
  const u = new Ustat_t();
  const ustatOk = Ustat(Number(root.Dev), u) === null && u.Tinode !== 0n && root.Dev !== proc.Dev;
  test.skipIf(!ustatOk)("Ustat: a set trap that calls Ustat on another device does not change the outer result (skipped where ustat(2) is missing)", () => {
    const ub = onFirstSet(new Ustat_t(), "Tfree", () => Ustat(Number(proc.Dev), new Ustat_t()));
    expect(Ustat(Number(root.Dev), ub)).toBeNull();
    // /proc reports 0 free inodes; the root file system does not.
    expect(ub.Tinode).not.toBe(0n);
  });

  test("Sysinfo: a set trap that calls Sysinfo after the system changed does not change the outer result", () => {
    const inner = new Sysinfo_t();
    const [mfd, merr] = MemfdCreate("hunt-misc", 0);
    expect(merr).toBeNull();
    try {
      const big = 256 * 1024 * 1024;
      // Between the outer sysinfo(2) and its decoding, 256 MiB of shmem appear, and the trap reads them.
      let fallocated = false;
      const info = onFirstSet(new Sysinfo_t(), "Uptime", () => {
        fallocated = Fallocate(mfd, 0, 0, big) === null;
        expect(Sysinfo(inner)).toBeNull();
      });
      expect(Sysinfo(info)).toBeNull();
      if (!fallocated) return; // no room for 256 MiB of shmem here (a memory cgroup): nothing to compare
      const unit = BigInt(inner.Unit || 1);
      // The trap's call saw the shmem; the outer result is from before it (other processes' noise is far below 128 MiB).
      expect(inner.Sharedram - info.Sharedram).toBeGreaterThan(BigInt(big / 2) / unit);
    } finally {
      Close(mfd);
    }
  });

  test("Splice: a get trap on woff that calls Sendfile does not change the roff written back", () => {
    const [fd, err] = Open("/etc/passwd", O_RDONLY, 0);
    expect(err).toBeNull();
    const p = [0, 0];
    expect(Pipe2(p, 0)).toBeNull();
    try {
      const roff = { value: 5 };
      const woff = new Proxy({ value: 0 }, {
        get(t, k) {
          if (k === "value") Sendfile(p[1]!, fd, { value: 100 }, 3);
          return (t as Record<string | symbol, unknown>)[k];
        },
      });
      // A pipe's offset must be nil: the kernel refuses, and roff is left as it was.
      const [, e] = Splice(fd, roff, p[1]!, woff, 10, 0);
      expect(e).toBe(ESPIPE);
      expect(roff.value).toBe(5);
    } finally {
      Close(fd);
      Close(p[0]!);
      Close(p[1]!);
    }
  });
});
