/**
 * Tests for src/signal.ts (Signal, the SIG* constants, Go's signal names),
 * against Go's own output (test/fixtures/go-tables-amd64.json, Signal(n).String()
 * for n = 0..70) and against real processes.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { join } from "node:path";
import * as S from "../src/index.ts";
import { EINVAL, ESRCH, Kill, SIGABRT, SIGCHLD, SIGCLD, SIGINT, SIGIO, SIGIOT, SIGKILL, SIGPOLL, SIGSYS, SIGTERM, SIGUNUSED, SIGUSR1, Signal } from "../src/index.ts";
import { signalArg } from "../src/signal.ts";
import { inChild, noChildBun } from "./helpers.ts";

interface GoTables {
  goos: string;
  goarch: string;
  go: string;
  signal: string[];
}
const fixture = JSON.parse(readFileSync(join(import.meta.dir, "fixtures", "go-tables-amd64.json"), "utf8")) as GoTables;
const onAmd64 = process.arch === "x64";

/** A test title that carries the skip reason when (and only when) the test is skipped. */
function titled(title: string, skipped: boolean, reason: string): string {
  return skipped ? `${title} [skipped: ${reason}]` : title;
}

/**
 * Linux's signal numbers (x86_64's asm/signal.h; aarch64 uses
 * asm-generic/signal.h, which has the same numbers for all of these), written
 * out independently of the generated tables.
 */
const KERNEL_SIGNAL: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16,
  SIGCHLD: 17, SIGCLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23,
  SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30,
  SIGSYS: 31, SIGUNUSED: 31,
};

const exported: [string, unknown][] = Object.entries(S).filter(([k]) => /^SIG[A-Z0-9]+$/.test(k));

describe("SIG* constants", () => {
  test("the exported set is Go's, each an interned Signal with the kernel number", () => {
    expect(exported.map(([k]) => k).sort()).toEqual(Object.keys(KERNEL_SIGNAL).sort());
    const bad: string[] = [];
    for (const [name, v] of exported) {
      if (!(v instanceof Signal)) {
        bad.push(`${name} is not a Signal`);
        continue;
      }
      if (v.signo !== KERNEL_SIGNAL[name]) bad.push(`${name}.signo = ${v.signo}, kernel says ${KERNEL_SIGNAL[name]}`);
      if (Signal.of(v.signo) !== v) bad.push(`${name} is not the interned Signal.of(${v.signo})`);
    }
    expect(bad).toEqual([]);
  });

  test("each constant Node knows has Node's number on this machine", () => {
    const node = osConstants.signals as Record<string, number>;
    let compared = 0;
    for (const [name, v] of exported) {
      if (!(name in node)) continue;
      compared++;
      expect({ name, signo: (v as Signal).signo }).toEqual({ name, signo: node[name]! });
    }
    expect(compared).toBeGreaterThan(25);
  });

  test("aliases are the same object", () => {
    expect(SIGIOT).toBe(SIGABRT);
    expect(SIGCLD).toBe(SIGCHLD);
    expect(SIGPOLL).toBe(SIGIO);
    expect(SIGUNUSED).toBe(SIGSYS);
    expect(SIGKILL).not.toBe(SIGTERM);
  });
});

describe("String() against Go", () => {
  test.skipIf(!onAmd64)(
    titled("Signal(n).String() equals Go's linux/amd64 text for every n in 0..70", !onAmd64, `this is ${process.arch}; the fixture is linux/amd64 output`),
    () => {
      expect(fixture.goarch).toBe("amd64");
      expect(fixture.signal).toHaveLength(71);
      const bad: string[] = [];
      for (let n = 0; n <= 70; n++) {
        const want = fixture.signal[n]!;
        const s = Signal.of(n);
        if (s.String() !== want) bad.push(`${n}: String() ${JSON.stringify(s.String())} != Go's ${JSON.stringify(want)}`);
        if (s.toString() !== want) bad.push(`${n}: toString() ${JSON.stringify(s.toString())} != Go's ${JSON.stringify(want)}`);
        if (`${s}` !== want) bad.push(`${n}: template ${JSON.stringify(`${s}`)} != Go's ${JSON.stringify(want)}`);
      }
      expect(bad).toEqual([]);
    },
  );

  test("names that hold on both architectures", () => {
    expect(SIGKILL.String()).toBe("killed");
    expect(SIGTERM.String()).toBe("terminated");
    expect(SIGINT.String()).toBe("interrupt");
    expect(SIGUSR1.String()).toBe("user defined signal 1");
    expect(Signal.of(0).String()).toBe("signal 0");
    expect(Signal.of(99).String()).toBe("signal 99");
    expect(String(Signal.of(99))).toBe("signal 99");
    expect(Signal.of(0x7fffffff).String()).toBe("signal 2147483647");
  });
});

describe("Signal values", () => {
  test("Signal.of interns: one object per number", () => {
    expect(Signal.of(9)).toBe(SIGKILL);
    expect(Signal.of(15)).toBe(SIGTERM);
    expect(Signal.of(99)).toBe(Signal.of(99));
    expect(Signal.of(0)).toBe(Signal.of(0));
    expect(Signal.of(99)).not.toBe(Signal.of(98));
  });

  test("Signal() is os.Signal's marker method: exists and returns undefined", () => {
    expect(typeof SIGKILL.Signal).toBe("function");
    expect(SIGKILL.Signal()).toBeUndefined();
    expect(Signal.of(99).Signal()).toBeUndefined();
  });

  test("valueOf and signo", () => {
    expect(SIGTERM.signo).toBe(15);
    expect(+SIGTERM).toBe(15);
    expect(SIGTERM.valueOf()).toBe(15);
    expect(SIGKILL < SIGTERM).toBe(true);
    expect(SIGKILL).not.toBeInstanceOf(Error); // Go's Signal is not an error
  });

  test("Signal.of rejects what Go's conversion would not compile", () => {
    const of = Signal.of as (n: unknown) => Signal;
    expect(() => of(1.5)).toThrow(TypeError);
    expect(() => of(NaN)).toThrow(TypeError);
    expect(() => of(Infinity)).toThrow(TypeError);
    expect(() => of("9")).toThrow(TypeError);
    expect(() => of(9n)).toThrow(TypeError);
    expect(() => of(null)).toThrow(TypeError);
    expect(() => of(undefined)).toThrow(TypeError);
    expect(() => of(2 ** 31)).toThrow(RangeError);
    expect(() => of(-(2 ** 31) - 1)).toThrow(RangeError);
  });

  test.skipIf(noChildBun !== null)(`Signal.of(-0) is Signal(0), with a signo of +0 even when -0 is the first ask (in a fresh child, where nothing has made Signal(0) yet)${noChildBun ? ` [skipped: ${noChildBun}]` : ""}`, async () => {
    const src = join(import.meta.dir, "..", "src", "index.ts");
    const code = `const { Signal } = await import(${JSON.stringify(src)}); const s = Signal.of(-0); console.log(JSON.stringify({ neg: Object.is(s.signo, -0), same: s === Signal.of(0), str: s.String() }));`;
    expect(await inChild(["-e", code])).toEqual({ neg: false, same: true, str: "signal 0" });
  });

  test("negative signals exist, as in Go (WaitStatus.Signal() is Signal(-1) when not signaled)", () => {
    expect(Signal.of(-1).signo).toBe(-1);
    expect(Signal.of(-1)).toBe(Signal.of(-1));
    expect(Signal.of(-1).String()).toBe("signal -1"); // Go: "signal " + itoa(-1)
    expect(Signal.of(-(2 ** 31)).String()).toBe("signal -2147483648");
  });

  test("signalArg: a Signal or a C int; out of range becomes -1, never a wrapped real signal", () => {
    expect(signalArg(SIGTERM)).toBe(15);
    expect(signalArg(15)).toBe(15);
    expect(signalArg(0)).toBe(0);
    expect(signalArg(2 ** 32 + 15)).toBe(-1);
    expect(signalArg(2 ** 31)).toBe(-1);
    expect(signalArg(-(2 ** 31))).toBe(-(2 ** 31));
    expect(() => signalArg("15")).toThrow(TypeError);
    expect(() => signalArg(1.5)).toThrow(TypeError);
    expect(() => signalArg(null)).toThrow(TypeError);
    expect(() => signalArg({ signo: 15 })).toThrow(TypeError);
  });
});

describe("Kill with real children", () => {
  /** Starts `sleep 5`, lets fn signal it, and returns how it ended. */
  async function sleeper(fn: (pid: number) => void): Promise<{ exitCode: number | null; signalCode: string | number | null }> {
    const p = Bun.spawn(["sleep", "5"], { stdio: ["ignore", "ignore", "ignore"] });
    try {
      fn(p.pid);
      await p.exited;
      return { exitCode: p.exitCode, signalCode: p.signalCode };
    } finally {
      p.kill(9);
      await p.exited;
    }
  }

  test("SIGTERM from the package ends the child with SIGTERM", async () => {
    const end = await sleeper((pid) => {
      expect(Kill(pid, 0)).toBeNull(); // the probe signal: it exists
      expect(Kill(pid, SIGTERM)).toBeNull();
    });
    expect(end).toEqual({ exitCode: null, signalCode: "SIGTERM" });
  });

  test("SIGKILL and SIGUSR1, as Signal and as a plain number", async () => {
    expect(await sleeper((pid) => expect(Kill(pid, SIGKILL)).toBeNull())).toEqual({ exitCode: null, signalCode: "SIGKILL" });
    expect(await sleeper((pid) => expect(Kill(pid, 10)).toBeNull())).toEqual({ exitCode: null, signalCode: "SIGUSR1" });
  });

  test("an invalid signal is EINVAL and leaves the child alive; 2^32+15 is not SIGTERM", async () => {
    const end = await sleeper((pid) => {
      expect(Kill(pid, Signal.of(99))).toBe(EINVAL);
      expect(Kill(pid, 2 ** 32 + 15)).toBe(EINVAL);
      expect(Kill(pid, -1)).toBe(EINVAL);
      expect(Kill(pid, 0)).toBeNull(); // still there
      expect(Kill(pid, SIGINT)).toBeNull();
    });
    expect(end).toEqual({ exitCode: null, signalCode: "SIGINT" });
  });

  test("a reaped child is ESRCH; bad argument types throw", async () => {
    const p = Bun.spawn(["true"], { stdio: ["ignore", "ignore", "ignore"] });
    await p.exited;
    expect(Kill(p.pid, 0)).toBe(ESRCH);
    const kill = Kill as (pid: unknown, sig: unknown) => unknown;
    expect(() => kill(p.pid, "SIGTERM")).toThrow(TypeError);
    expect(() => kill(String(p.pid), SIGTERM)).toThrow(TypeError);
  });
});
