/**
 * Tests for src/env.ts: Getenv, Setenv, Unsetenv, Clearenv, Environ.
 *
 * Every change is checked in three views: process.env, the C library's
 * environment (getenv(3) through bun:ffi), and what a child process sees.
 * Bun.spawn without `env` passes Bun's startup snapshot of the environment
 * (oven-sh/bun PR #34972), so the child views are Bun.spawn with
 * `env: process.env` and node:child_process with its default environment.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { dlopen } from "bun:ffi";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { Clearenv, EINVAL, Environ, Errno, Getenv, Setenv, Unsetenv } from "../src/index.ts";
import * as S from "../src/index.ts";
import { zombieChildren } from "./helpers.ts";

const libc = dlopen("libc.so.6", { getenv: { args: ["cstring"], returns: "cstring" } });

/** The C library's view: getenv(3), or null when unset. */
function cGetenv(key: string): string | null {
  const r = libc.symbols.getenv(Buffer.from(key + "\0"));
  return r === null ? null : String(r);
}

function parseEnv0(out: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const kv of out.split("\0")) {
    if (kv === "") continue;
    const i = kv.indexOf("=");
    m.set(kv.slice(0, i), kv.slice(i + 1));
  }
  return m;
}

/** A child started by Bun.spawn with process.env: its whole environment. */
async function bunChildEnv(): Promise<Map<string, string>> {
  const p = Bun.spawn(["/usr/bin/env", "-0"], { env: process.env, stdout: "pipe", stderr: "inherit" });
  const out = await new Response(p.stdout).text();
  expect(await p.exited).toBe(0);
  return parseEnv0(out);
}

/** A child started by node:child_process with its default environment. */
function nodeChildEnv(): Map<string, string> {
  return parseEnv0(execFileSync("/usr/bin/env", ["-0"]).toString());
}

/** Asserts that key holds value (or is unset, for null) in every view. */
async function expectEverywhere(key: string, value: string | null): Promise<void> {
  const found = value !== null;
  expect(Getenv(key)).toEqual([value ?? "", found]);
  expect(Object.hasOwn(process.env, key)).toBe(found);
  if (found) expect(process.env[key]).toBe(value);
  expect(Environ().includes(`${key}=${value}`)).toBe(found);
  expect(Environ().some((kv) => kv.startsWith(`${key}=`))).toBe(found);
  expect(cGetenv(key)).toBe(value);
  const bun = await bunChildEnv();
  expect(bun.get(key)).toBe(value ?? undefined);
  expect(bun.has(key)).toBe(found);
  const node = nodeChildEnv();
  expect(node.get(key)).toBe(value ?? undefined);
  expect(node.has(key)).toBe(found);
}

// The original environment, restored after the Clearenv tests so later test files are unaffected.
const saved: [string, string][] = Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === "string");

const P = "BUNSC_ENVTEST_";

beforeAll(() => {
  expect(saved.length).toBeGreaterThan(0);
});

afterAll(() => {
  Clearenv();
  for (const [k, v] of saved) {
    const err = Setenv(k, v);
    if (err) throw new Error(`restoring ${k}: ${err.message}`);
  }
  expect(Environ().length).toBe(saved.length);
  expect(zombieChildren()).toEqual([]);
});

describe("Getenv", () => {
  test("finds a variable present at startup", () => {
    const [k, v] = saved.find(([k]) => k === "PATH") ?? saved[0]!;
    expect(Getenv(k)).toEqual([v, true]);
    expect(cGetenv(k)).toBe(v);
  });

  test("a missing variable is [\"\", false]", () => {
    expect(Getenv(P + "MISSING")).toEqual(["", false]);
    expect(cGetenv(P + "MISSING")).toBeNull();
  });

  test("Object.prototype members are not variables", () => {
    for (const k of ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__", "__defineGetter__"]) {
      expect(Getenv(k)).toEqual(["", false]);
    }
  });

  test("an empty key, a key holding = or NUL is never found", () => {
    expect(Setenv(P + "NUL", "x")).toBeNull();
    try {
      expect(Getenv("")).toEqual(["", false]);
      expect(Getenv(P + "NUL\0")).toEqual(["", false]);
      expect(Getenv(P + "NUL\0junk")).toEqual(["", false]);
      expect(Getenv(P + "NUL=x")).toEqual(["", false]);
      expect(Getenv(P + "NUL")).toEqual(["x", true]);
    } finally {
      Unsetenv(P + "NUL");
    }
  });

  test("wrong types throw TypeError", () => {
    for (const bad of [undefined, null, 1, 1n, {}, ["PATH"], Symbol("PATH")]) {
      expect(() => Getenv(bad as unknown as string)).toThrow(TypeError);
    }
  });
});

describe("Setenv", () => {
  test("sets a variable in all three views", async () => {
    const k = P + "SET";
    expect(Setenv(k, "hello world")).toBeNull();
    await expectEverywhere(k, "hello world");
    Unsetenv(k);
  });

  test("overwrites a variable in all three views", async () => {
    const k = P + "OVER";
    expect(Setenv(k, "one")).toBeNull();
    expect(Setenv(k, "two")).toBeNull();
    await expectEverywhere(k, "two");
    expect(Environ().filter((kv) => kv.startsWith(k + "=")).length).toBe(1);
    Unsetenv(k);
  });

  test("an empty value is found: [\"\", true]", async () => {
    const k = P + "EMPTY";
    expect(Setenv(k, "")).toBeNull();
    expect(Getenv(k)).toEqual(["", true]);
    expect(Environ()).toContain(`${k}=`);
    await expectEverywhere(k, "");
    Unsetenv(k);
  });

  test("a value may hold '=' and newlines", async () => {
    const k = P + "EQ";
    expect(Setenv(k, "a=b=c\nd")).toBeNull();
    await expectEverywhere(k, "a=b=c\nd");
    Unsetenv(k);
  });

  test("UTF-8 keys and values reach C and children intact", async () => {
    const k = P + "ÜNÏ_日本";
    const v = "välue ✓ 🐹";
    expect(Setenv(k, v)).toBeNull();
    await expectEverywhere(k, v);
    Unsetenv(k);
  });

  test("a long value (past the scratch buffer) round-trips", async () => {
    const k = P + "LONG";
    const v = "x".repeat(20000) + "ü".repeat(5000) + "end";
    expect(Setenv(k, v)).toBeNull();
    await expectEverywhere(k, v);
    Unsetenv(k);
  });

  test("a key named like an Object.prototype member works", async () => {
    const k = "constructor";
    expect(Setenv(k, "ctor")).toBeNull();
    try {
      await expectEverywhere(k, "ctor");
      expect(Unsetenv(k)).toBeNull();
      await expectEverywhere(k, null);
    } finally {
      Unsetenv(k);
    }
  });

  test("a variable named __proto__ (which Bun's process.env cannot hold) in Getenv, Environ, the C library and a child; unset everywhere", async () => {
    const k = "__proto__";
    expect(Setenv(k, "x1")).toBeNull();
    try {
      expect(Getenv(k)).toEqual(["x1", true]);
      expect(Environ().filter((kv) => kv.startsWith(`${k}=`))).toEqual(["__proto__=x1"]);
      expect(cGetenv(k)).toBe("x1");
      expect(Object.getPrototypeOf(process.env)).toBe(Object.prototype);
      // A child given Environ() has it.
      const r = Bun.spawnSync(["/usr/bin/env", "-0"], { env: Object.fromEntries(Environ().map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])) });
      expect(parseEnv0(r.stdout.toString()).get(k)).toBe("x1");
      expect(Unsetenv(k)).toBeNull();
      expect(Getenv(k)).toEqual(["", false]);
      expect(Environ().some((kv) => kv.startsWith(`${k}=`))).toBe(false);
      expect(cGetenv(k)).toBeNull();
    } finally {
      Unsetenv(k);
    }
  });

  // It starts Bun again, through ForkExec: not possible under qemu-user (scripts/qemu-arm64.sh), where the child would not be emulated.
  const rebunReason = (() => {
    const [pid, err] = S.ForkExec(process.execPath, ["bun", "--version"], { Files: [-1, -1, -1] });
    if (err !== null) return `cannot start Bun again here: ${err.message}`;
    const ws = new S.WaitStatus();
    S.Wait4(pid, ws, 0, null);
    return ws.ExitStatus() === 0 ? null : `cannot start Bun again here (emulated?): it exited ${ws.ExitStatus()}`;
  })();
  /** Runs script (which imports the package as S) in a Bun started with env as its whole environment; its JSON line. */
  const rebun = (env: string[], script: string): unknown => {
    const { ForkExec, Wait4, Pipe2, Close, Read, O_CLOEXEC } = S;
    const p = [0, 0];
    Pipe2(p, O_CLOEXEC);
    const src = `import * as S from ${JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"))};\n${script}`;
    const [pid, err] = ForkExec(process.execPath, ["bun", "-e", src], { Env: [...env, `PATH=${process.env.PATH}`], Files: [0, p[1]!, 2] });
    Close(p[1]!);
    expect(err).toBeNull();
    let text = "";
    const buf = new Uint8Array(4096);
    for (;;) {
      const [n] = Read(p[0]!, buf);
      if (n <= 0) break;
      text += new TextDecoder().decode(buf.subarray(0, n));
    }
    Close(p[0]!);
    expect(Wait4(pid, null, 0, null)).toEqual([pid, null]);
    return JSON.parse(text);
  };
  test.skipIf(rebunReason !== null)(`a key the startup environment holds twice: Go's first value (as getenv(3)), not the last that process.env took, until set again; a startup __proto__ is found${rebunReason ? ` (skip: ${rebunReason})` : ""}`, () => {
    const script = `
      const out = { bun: process.env.DUPV, get: S.Getenv("DUPV"), environ: S.Environ().filter((kv) => kv.startsWith("DUPV=")), proto: S.Getenv("__proto__") };
      S.Setenv("DUPV", "third");
      out.after = [S.Getenv("DUPV"), S.Environ().filter((kv) => kv.startsWith("DUPV="))];
      console.log(JSON.stringify(out));`;
    expect(rebun(["DUPV=first", "DUPV=second", "__proto__=p0"], script)).toEqual({
      bun: "second", get: ["first", true], environ: ["DUPV=first"], proto: ["p0", true],
      after: [["third", true], ["DUPV=third"]],
    });
  });

  test.skipIf(rebunReason !== null)(`Environ in Go's order (keys like integers and a startup __proto__ in their places, new keys at the end), entries with no '=' as they are and not found, as a Go program sees the same environment${rebunReason ? ` (skip: ${rebunReason})` : ""}`, () => {
    // The expected values are what go1.19's syscall gives a program started with the same environment.
    const script = `
      const own = (xs) => xs.filter((kv) => !kv.startsWith("PATH="));
      const out = { start: own(S.Environ()), noeq: S.Getenv("NOEQ"), empty: S.Getenv(""), proto: S.Getenv("__proto__") };
      S.Setenv("A", "3"); S.Setenv("10", "ten"); S.Setenv("__proto__", "q"); S.Setenv("NOEQ", "now");
      out.set = own(S.Environ());
      S.Unsetenv("A"); S.Unsetenv(""); S.Unsetenv("__proto__"); S.Unsetenv("NOEQ");
      out.unset = own(S.Environ());
      S.Setenv("A", "again");
      out.again = own(S.Environ());
      console.log(JSON.stringify(out));`;
    expect(rebun(["A=1", "B=x", "A=2", "9=nine", "EMPTY=", "NOEQ", "=lead", "C==eq", "__proto__=p"], script)).toEqual({
      start: ["A=1", "B=x", "9=nine", "EMPTY=", "NOEQ", "=lead", "C==eq", "__proto__=p"],
      noeq: ["", false], empty: ["", false], proto: ["p", true],
      set: ["A=3", "B=x", "9=nine", "EMPTY=", "NOEQ", "=lead", "C==eq", "__proto__=q", "10=ten", "NOEQ=now"],
      unset: ["B=x", "9=nine", "EMPTY=", "NOEQ", "C==eq", "10=ten"],
      again: ["B=x", "9=nine", "EMPTY=", "NOEQ", "C==eq", "10=ten", "A=again"],
    });
    // An empty entry is no variable; "K=v" then a bare "K" (which Bun's process.env reads as K=""): Go keeps v.
    expect(rebun(["A=1", "", "K=v", "K"], `console.log(JSON.stringify({ env: S.Environ().filter((kv) => !kv.startsWith("PATH=")), k: S.Getenv("K") }));`)).toEqual({
      env: ["A=1", "K=v", "K"], k: ["v", true],
    });
  });

  test("EINVAL (the interned Errno) for an empty key, '=' or NUL in the key, NUL in the value", () => {
    const einval = Errno.of(22);
    expect(EINVAL).toBe(einval);
    const cases: [string, string][] = [
      ["", "v"],
      ["=", "v"],
      [P + "A=B", "v"],
      ["=" + P + "LEAD", "v"],
      [P + "KNUL\0", "v"],
      [P + "KNUL\0tail", "v"],
      ["\0", "v"],
      [P + "VNUL", "a\0b"],
      [P + "VNUL", "\0"],
    ];
    for (const [k, v] of cases) {
      const err = Setenv(k, v);
      expect(err).toBe(EINVAL);
      expect(err).toBeInstanceOf(Errno);
      expect(err?.errno).toBe(22);
      expect(err?.message).toBe("invalid argument");
    }
    // Nothing was set, in any form (no truncation at the NUL, no split at '=').
    for (const k of [P + "A", P + "A=B", P + "KNUL", P + "VNUL", "=" + P + "LEAD"]) {
      expect(Getenv(k)).toEqual(["", false]);
      expect(cGetenv(k)).toBeNull();
    }
  });

  test("a failed Setenv leaves an existing value alone", async () => {
    const k = P + "KEEP";
    expect(Setenv(k, "old")).toBeNull();
    expect(Setenv(k, "new\0value")).toBe(EINVAL);
    await expectEverywhere(k, "old");
    Unsetenv(k);
  });

  test("re-entry: a process.env Proxy whose get trap calls Setenv cannot make the outer Setenv set the inner variable in the C environment", async () => {
    const outer = P + "REENTER_OUTER", inner = P + "REENTER_INNER";
    const real = process.env;
    let calls = 0;
    // process.env can be replaced; Setenv reads it to learn whether the key is new.
    (process as { env: NodeJS.ProcessEnv }).env = new Proxy(real, {
      get(t, k) {
        if (k === outer && calls++ === 0) expect(Setenv(inner, "inner-value")).toBeNull();
        return Reflect.get(t, k);
      },
    });
    try {
      expect(Setenv(outer, "outer-value")).toBeNull();
    } finally {
      (process as { env: NodeJS.ProcessEnv }).env = real;
    }
    expect(calls).toBeGreaterThan(0);
    // Before the fix the inner call refilled the scratch buffers between their
    // encoding and setenv(3): C had inner set (twice) and outer not at all.
    expect(cGetenv(outer)).toBe("outer-value");
    expect(cGetenv(inner)).toBe("inner-value");
    await expectEverywhere(outer, "outer-value");
    await expectEverywhere(inner, "inner-value");
    Unsetenv(outer);
    Unsetenv(inner);
  });

  test("wrong types throw TypeError", () => {
    const k = P + "TYPE";
    for (const bad of [undefined, null, 1, 1n, {}, ["x"], true]) {
      expect(() => Setenv(bad as unknown as string, "v")).toThrow(TypeError);
      expect(() => Setenv(k, bad as unknown as string)).toThrow(TypeError);
    }
    expect(Getenv(k)).toEqual(["", false]);
    expect(cGetenv(k)).toBeNull();
  });
});

describe("Unsetenv", () => {
  test("removes a variable from all three views", async () => {
    const k = P + "UNSET";
    expect(Setenv(k, "v")).toBeNull();
    expect(cGetenv(k)).toBe("v");
    expect(Unsetenv(k)).toBeNull();
    await expectEverywhere(k, null);
  });

  test("removes an empty-valued variable", async () => {
    const k = P + "UNSET_EMPTY";
    expect(Setenv(k, "")).toBeNull();
    expect(Unsetenv(k)).toBeNull();
    await expectEverywhere(k, null);
  });

  test("unsetting a missing variable succeeds", () => {
    const k = P + "NEVER_SET";
    expect(Getenv(k)).toEqual(["", false]);
    expect(Unsetenv(k)).toBeNull();
    expect(Unsetenv(k)).toBeNull();
    expect(Getenv(k)).toEqual(["", false]);
    expect(cGetenv(k)).toBeNull();
  });

  test("odd keys return nil, as Go's does, and touch nothing else", async () => {
    const k = P + "ODD";
    expect(Setenv(k, "stay")).toBeNull();
    // A key holding NUL must not be truncated onto k; a key holding '=' must not be split onto k.
    expect(Unsetenv(k + "\0junk")).toBeNull();
    expect(Unsetenv(k + "=stay")).toBeNull();
    expect(Unsetenv("")).toBeNull();
    expect(Unsetenv("=")).toBeNull();
    await expectEverywhere(k, "stay");
    Unsetenv(k);
  });

  test("wrong types throw TypeError", () => {
    for (const bad of [undefined, null, 1, 1n, {}, ["x"]]) {
      expect(() => Unsetenv(bad as unknown as string)).toThrow(TypeError);
    }
  });
});

describe("Environ", () => {
  test("lists every variable as key=value, and is a copy", () => {
    const k = P + "ENVIRON";
    expect(Setenv(k, "v=1")).toBeNull();
    const env = Environ();
    expect(env).toContain(`${k}=v=1`);
    for (const kv of env) expect(kv.indexOf("=")).toBeGreaterThan(0);
    expect(env.length).toBe(Object.keys(process.env).length);
    // Every entry agrees with Getenv.
    for (const kv of env) {
      const i = kv.indexOf("=");
      expect(Getenv(kv.slice(0, i))).toEqual([kv.slice(i + 1), true]);
    }
    env.length = 0; // a copy: changing it changes nothing
    expect(Environ()).toContain(`${k}=v=1`);
    expect(Unsetenv(k)).toBeNull();
    expect(Environ()).not.toContain(`${k}=v=1`);
  });

  test("leaves out a value holding NUL set in process.env directly (no execve can carry it: `Env: Environ()` made ForkExec EINVAL)", () => {
    const k = P + "NULVAL";
    process.env[k] = "a\0b";
    try {
      const env = Environ();
      expect(env.some((kv) => kv.startsWith(`${k}=`))).toBe(false);
      const [pid, err] = S.ForkExec("/bin/true", ["true"], { Env: env });
      expect(err).toBeNull();
      const ws = new S.WaitStatus();
      expect(S.Wait4(pid, ws, 0, null)).toEqual([pid, null]);
      expect(ws.ExitStatus()).toBe(0);
    } finally {
      delete process.env[k];
    }
  });
});

// Last: Clearenv empties the environment; afterAll restores it.
describe("Clearenv", () => {
  const N = 4096;
  const key = (i: number) => `${P}CLR_${i}`;

  test(`clears ${N} variables in all three views (Go's TestClearenv)`, async () => {
    for (let i = 0; i < N; i++) expect(Setenv(key(i), `v${i}`)).toBeNull();
    // All set, in every view.
    const before = await bunChildEnv();
    const beforeNode = nodeChildEnv();
    for (let i = 0; i < N; i++) {
      if (Getenv(key(i))[0] !== `v${i}`) throw new Error(`Getenv ${key(i)}`);
      if (cGetenv(key(i)) !== `v${i}`) throw new Error(`C getenv ${key(i)}`);
      if (before.get(key(i)) !== `v${i}`) throw new Error(`Bun.spawn child ${key(i)}`);
      if (beforeNode.get(key(i)) !== `v${i}`) throw new Error(`child_process child ${key(i)}`);
    }
    expect(Environ().length).toBeGreaterThanOrEqual(N);

    Clearenv();

    expect(Environ()).toEqual([]);
    expect(Object.keys(process.env)).toEqual([]);
    for (let i = 0; i < N; i++) {
      if (Getenv(key(i))[1]) throw new Error(`Getenv still finds ${key(i)}`);
      if (cGetenv(key(i)) !== null) throw new Error(`C getenv still finds ${key(i)}`);
    }
    for (const [k] of saved) {
      expect(Getenv(k)).toEqual(["", false]);
      expect(cGetenv(k)).toBeNull();
    }
    expect((await bunChildEnv()).size).toBe(0);
    expect(nodeChildEnv().size).toBe(0);
  });

  test("Setenv works again after Clearenv, in all three views", async () => {
    Clearenv();
    const k = P + "AFTER_CLEAR";
    expect(Setenv(k, "back")).toBeNull();
    await expectEverywhere(k, "back");
    expect(Environ()).toEqual([`${k}=back`]);
    expect([...(await bunChildEnv())]).toEqual([[k, "back"]]);
    expect(Unsetenv(k)).toBeNull();
    await expectEverywhere(k, null);
    expect(Environ()).toEqual([]);
  });

  test("Clearenv on an empty environment is harmless", () => {
    Clearenv();
    Clearenv();
    expect(Environ()).toEqual([]);
    expect(cGetenv("PATH")).toBeNull();
  });
});
