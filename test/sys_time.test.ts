/**
 * Tests for src/sys/time.ts: Gettimeofday, Settimeofday, Time, Times,
 * Nanosleep, Adjtimex, TimespecToNsec and TimevalToNsec, against the real
 * kernel.
 *
 * The clock is never changed: Settimeofday and a setting Adjtimex run only
 * in a child as an unprivileged user (fixtures/sys-misc-unpriv.ts, which
 * refuses to run as root), where the kernel refuses them; here Adjtimex
 * only reads (Modes 0). Nanosleep sleeps 1 ms; its EINTR path is in
 * test/sys_misc.test.ts (fixtures/sys-misc-pause.ts).
 */
import { describe, expect, test } from "bun:test";
import {
  EFAULT, EINVAL, Adjtimex, Gettimeofday, Nanosleep, NsecToTimespec, NsecToTimeval, Settimeofday, Time, Timespec,
  TimespecToNsec, Timeval, TimevalToNsec, Times, Timex, Tms,
} from "../src/index.ts";
import { join } from "node:path";
import { inChild, isRoot } from "./helpers.ts";
import { runUnprivileged } from "./fixtures/sys-misc-run.ts";

const bad = <T>(v: unknown) => v as T;

describe("Gettimeofday, Time", () => {
  test("Gettimeofday fills a Timeval in place: now, Usec in range", () => {
    const tv = new Timeval();
    expect(Gettimeofday(tv)).toBeNull();
    expect(Math.abs(tv.Sec - Date.now() / 1000)).toBeLessThan(5);
    expect(tv.Usec).toBeGreaterThanOrEqual(0);
    expect(tv.Usec).toBeLessThan(1e6);
    expect(tv).toBeInstanceOf(Timeval);
    const plain = { Sec: 0, Usec: 0 };
    expect(Gettimeofday(bad(plain))).toBeNull();
    expect(plain.Sec).toBeGreaterThan(0);
  });

  test("Time returns the seconds and fills Go's *Time_t ({ value }) when given one", () => {
    const tv = new Timeval();
    Gettimeofday(tv);
    const [tt, err] = Time(null);
    expect(err).toBeNull();
    expect(tt - tv.Sec).toBeGreaterThanOrEqual(0);
    expect(tt - tv.Sec).toBeLessThanOrEqual(1);
    const t = { value: 0 };
    const [tt2] = Time(t);
    expect(t.value).toBe(tt2);
  });

  test("bad input throws before any call: not an object, frozen", () => {
    expect(() => Gettimeofday(bad(null))).toThrow(TypeError);
    expect(() => Gettimeofday(bad(5))).toThrow(TypeError);
    expect(() => Gettimeofday(Object.freeze(new Timeval()))).toThrow(TypeError);
    expect(() => Time(bad(5))).toThrow(TypeError);
    expect(() => Time(Object.freeze({ value: 0 }))).toThrow(TypeError);
  });
});

describe("Settimeofday (only refused, never succeeding)", () => {
  test("as an unprivileged user (a child): EPERM for a valid time, EINVAL for a Usec past 999999", () => {
    const r = runUnprivileged("sys-misc-unpriv.ts");
    expect(r.uid).not.toBe(0);
    expect(r.settimeofday).toBe(1); // EPERM
    expect(r.settimeofdayBadUsec).toBe(EINVAL.errno);
    expect(r.settimeofdayNil).toBe(1); // Go's nil sets nothing, and is still refused without CAP_SYS_TIME
    expect(r.adjtimexTick).toBe(1); // EPERM: setting needs CAP_SYS_TIME
    expect(r.adjtimexAdjtime).toBe(EINVAL.errno); // ADJ_ADJTIME without ADJ_OFFSET_SINGLESHOT
  }, 20000);

  test("bad input throws before any call (nothing reaches the kernel)", () => {
    expect(() => Settimeofday(bad(5))).toThrow(TypeError);
    expect(() => Settimeofday(bad({ Sec: "1", Usec: 0 }))).toThrow(TypeError);
    expect(() => Settimeofday(bad({ Sec: 2 ** 53, Usec: 0 }))).toThrow(RangeError);
    expect(() => Settimeofday(bad({ Sec: 1, Usec: NaN }))).toThrow(TypeError);
    if (!isRoot) expect(Settimeofday(new Timeval(Math.floor(Date.now() / 1000), 0))).not.toBeNull();
  });
});

describe("Times", () => {
  test("fills a Tms in place with this process's CPU ticks; returns the ticks since boot-ish", () => {
    const tms = new Tms();
    const [ticks, err] = Times(tms);
    expect(err).toBeNull();
    expect(ticks).toBeGreaterThan(0);
    // This process has run some user and system code; the numbers are ticks of 10 ms.
    const cpu = process.cpuUsage();
    expect(tms.Utime + tms.Stime).toBeLessThanOrEqual(Math.ceil((cpu.user + cpu.system) / 10_000) + 2);
    for (const k of ["Utime", "Stime", "Cutime", "Cstime"] as const) expect(tms[k]).toBeGreaterThanOrEqual(0);
    const [later] = Times(tms);
    expect(later).toBeGreaterThanOrEqual(ticks);
  });

  test("bad input throws", () => {
    expect(() => Times(bad(null))).toThrow(TypeError);
    expect(() => Times(Object.freeze(new Tms()))).toThrow(TypeError);
  });
});

describe("Nanosleep", () => {
  test("sleeps 1 ms and returns nil, leaving leftover alone", () => {
    const left = new Timespec(5, 5);
    expect(Nanosleep(new Timespec(0, 1_000_000), left)).toBeNull();
    expect(left).toEqual(new Timespec(5, 5));
    expect(Nanosleep(new Timespec(0, 0), null)).toBeNull();
    expect(Nanosleep(bad({ Sec: 0, Nsec: 1000 }), null)).toBeNull();
  });

  test("errno paths: EINVAL for an Nsec past 999999999 or a negative time, EFAULT for Go's nil time", () => {
    expect(Nanosleep(new Timespec(0, 1_000_000_000), null)).toBe(EINVAL);
    expect(Nanosleep(new Timespec(0, -1), null)).toBe(EINVAL);
    expect(Nanosleep(new Timespec(-1, 0), null)).toBe(EINVAL);
    expect(Nanosleep(bad(null), null)).toBe(EFAULT);
  });

  test("bad input throws before any call", () => {
    expect(() => Nanosleep(bad({ Sec: 0, Nsec: "1" }), null)).toThrow(TypeError);
    expect(() => Nanosleep(bad({ Sec: 0.5, Nsec: 0 }), null)).toThrow(TypeError);
    expect(() => Nanosleep(bad({ Sec: 2 ** 60, Nsec: 0 }), null)).toThrow(RangeError);
    expect(() => Nanosleep(new Timespec(0, 0), bad(1))).toThrow(TypeError);
    expect(() => Nanosleep(new Timespec(0, 0), Object.freeze(new Timespec()))).toThrow(TypeError);
  });
});

describe("Adjtimex (Modes 0: read only)", () => {
  test("reads the kernel's clock state into a Timex in place: a state 0..5, a tick, the time", () => {
    const tx = new Timex();
    const time = tx.Time;
    const [state, err] = Adjtimex(tx);
    expect(err).toBeNull();
    expect(state).toBeGreaterThanOrEqual(0);
    expect(state).toBeLessThanOrEqual(5);
    expect(tx.Modes).toBe(0);
    expect(tx.Tick).toBeGreaterThan(0); // 10000 µs at USER_HZ 100
    expect(tx.Tolerance).toBeGreaterThan(0);
    expect(tx.Precision).toBeGreaterThan(0);
    expect(tx.Time).toBe(time); // filled in place
    const usecOrNsec = (tx.Status & 0x2000) !== 0 ? 1e9 : 1e6; // STA_NANO
    expect(tx.Time.Usec).toBeLessThan(usecOrNsec);
    expect(Math.abs(tx.Time.Sec - Date.now() / 1000)).toBeLessThan(5);
  });

  test("bad input throws before any call: the clock cannot be set by a malformed Timex", () => {
    expect(() => Adjtimex(bad(null))).toThrow(TypeError);
    const neg = new Timex();
    neg.Modes = -1;
    expect(() => Adjtimex(neg)).toThrow(RangeError);
    const str = new Timex() as unknown as Record<string, unknown>;
    str.Freq = "1";
    expect(() => Adjtimex(bad(str))).toThrow(TypeError);
    const noTime = new Timex() as unknown as Record<string, unknown>;
    noTime.Time = null;
    expect(() => Adjtimex(bad(noTime))).toThrow(TypeError);
    const big = new Timex();
    big.Status = 2 ** 31;
    expect(() => Adjtimex(big)).toThrow(RangeError);
    expect(() => Adjtimex(Object.freeze(new Timex()))).toThrow(TypeError);
  });
});

describe("TimespecToNsec, TimevalToNsec", () => {
  test("Go's values, as bigints, past 2^53 too", () => {
    expect(TimespecToNsec(new Timespec(1, 5))).toBe(1_000_000_005n);
    expect(TimevalToNsec(new Timeval(1, 5))).toBe(1_000_005_000n);
    expect(TimespecToNsec(new Timespec(-1, 0))).toBe(-1_000_000_000n);
    // 2^40 s is past int64 ns: Go wraps (go1.19 prints -7293016645573096961).
    expect(TimespecToNsec(new Timespec(2 ** 40, 999_999_999))).toBe(-7293016645573096961n);
    expect(TimespecToNsec(new Timespec(2 ** 33, 999_999_999))).toBe(2n ** 33n * 1_000_000_000n + 999_999_999n);
    expect(TimespecToNsec(NsecToTimespec(123_456_789_012n))).toBe(123_456_789_012n);
    expect(TimevalToNsec(NsecToTimeval(123_456_789_000n))).toBe(123_456_789_000n);
    expect(TimespecToNsec(bad({ Sec: 2, Nsec: 1 }))).toBe(2_000_000_001n);
  });

  test("bad input throws", () => {
    expect(() => TimespecToNsec(bad(null))).toThrow(TypeError);
    expect(() => TimevalToNsec(bad(1))).toThrow(TypeError);
    expect(() => TimespecToNsec(bad({ Sec: "1", Nsec: 0 }))).toThrow(TypeError);
    expect(() => TimevalToNsec(bad({ Sec: 2 ** 53, Usec: 0 }))).toThrow(RangeError);
  });
});

describe("re-entry through the caller's getters and setters", () => {
  const src = JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"));

  test("Nanosleep: a getter of time.Nsec that calls Gettimeofday does not turn a 1 ms sleep into one of 55 years (it hung)", async () => {
    // Gettimeofday writes the scratch timespec Nanosleep had loaded time.Sec into: the sleep became the epoch seconds.
    const r = await inChild(["-e", `import * as S from ${src};
      const tv = new S.Timeval();
      const time = { Sec: 0, get Nsec() { S.Gettimeofday(tv); return 1000000; } };
      const t0 = performance.now();
      const err = S.Nanosleep(time, null);
      console.log(JSON.stringify({ err: String(err), tvSec: tv.Sec > 1e9, ms: performance.now() - t0 }));`], 10000);
    expect(r.err).toBe("null");
    expect(r.tvSec).toBe(true); // the getter did run Gettimeofday
    expect(r.ms).toBeLessThan(5000);
  }, 15000);

  test("Times: a Proxy whose set trap calls Times again (after a child used CPU) gets the first call's values, not a mix", () => {
    const before = new Tms();
    expect(Times(before)[1]).toBeNull();
    const target = new Tms();
    let inner = false;
    const tms = new Proxy(target, {
      set(t, k, v) {
        if (k === "Utime" && !inner) {
          inner = true;
          // A reaped child's CPU time moves Cutime; the inner call sees it, the outer one was made before.
          Bun.spawnSync(["/bin/sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"]);
          Times(new Tms());
        }
        return Reflect.set(t, k, v);
      },
    });
    expect(Times(tms)[1]).toBeNull();
    expect(inner).toBe(true);
    const after = new Tms();
    Times(after);
    expect(after.Cutime + after.Cstime).toBeGreaterThan(before.Cutime + before.Cstime); // the child did count
    expect(target.Cutime).toBe(before.Cutime);
    expect(target.Cstime).toBe(before.Cstime);
  }, 20000);
});
