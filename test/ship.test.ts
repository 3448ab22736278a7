/**
 * The package works wherever Bun code ships, and fails clearly where it
 * cannot: installed from its packed tarball into a consumer project, built
 * into a `bun build --compile` executable and a `--target=bun` bundle that
 * are moved away from node_modules, after the process chroots, with the C
 * compiler or the JIT turned off, under Node, and under the type checkers
 * of its consumers.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isRoot, scratchDir, staticExitProgram } from "./helpers.ts";
import { MIN_BUN, runtimeProblem } from "../src/layout.ts";

const root = join(import.meta.dir, "..");
const BUN = process.execPath;
const TSC = join(root, "node_modules", "typescript", "bin", "tsc");

function run(argv: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const r = Bun.spawnSync(argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdout: "pipe", stderr: "pipe" });
  return { code: r.exitCode, signal: r.signalCode ?? null, out: r.stdout.toString(), err: r.stderr.toString() };
}
const which = (cmd: string) => Bun.which(cmd);
const named = (name: string, reason: string | null) => (reason === null ? name : `${name} [skipped: ${reason}]`);

/** Every file below dir, relative to it. */
function files(dir: string, at = ""): string[] {
  return readdirSync(join(dir, at)).sort().flatMap((n) => (statSync(join(dir, at, n)).isDirectory() ? files(dir, join(at, n)) : [join(at, n)]));
}

// ------------------------------------------------------------ runtimes and flags

describe("where Bun's compiler, the JIT or Bun itself is missing", () => {
  const dist = join(root, "dist", "bun-syscall.js");

  const noNode = which("node") === null ? "node is not on PATH" : null;
  test.skipIf(noNode !== null)(named("under Node, importing the package throws one Error of one line, saying what is needed", noNode), () => {
    const r = run(["node", "--input-type=module", "-e", `import(${JSON.stringify(dist)}).then(() => console.log("imported"), (e) => console.log(JSON.stringify(e.message)))`]);
    const msg = JSON.parse(r.out.trim()) as string;
    expect(msg).toMatch(/^bun-syscall runs on Bun >= \d+\.\d+\.\d+ \(it uses bun:ffi\); this is Node\.js v?\d+/);
    expect(msg).not.toContain("\n");
  });

  test("an older Bun gets one line naming the version it needs (package.json engines.bun)", () => {
    const engines = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).engines.bun as string;
    expect(engines).toBe(`>=${MIN_BUN}`);
    expect(runtimeProblem({ version: "1.3.14" }, "24.3.0")).toBe(`bun-syscall needs Bun >= ${MIN_BUN}; this is Bun 1.3.14: upgrade Bun (bun upgrade)`);
    expect(runtimeProblem({ version: MIN_BUN }, "24.3.0")).toBeNull();
    expect(runtimeProblem({ version: "1.10.0" }, undefined)).toBeNull();
    expect(runtimeProblem({ version: Bun.version }, undefined)).toBeNull();
    // Versions read as parseInt reads each dot-separated part (by character codes, with no regular expression).
    expect(runtimeProblem({ version: `${MIN_BUN}-canary.3+abc` }, undefined)).toBeNull();
    expect(runtimeProblem({ version: "1.4" }, undefined)).toBeNull();
    expect(runtimeProblem({ version: "2" }, undefined)).toBeNull();
    expect(runtimeProblem({ version: "1.3.99" }, undefined)).toContain("this is Bun 1.3.99");
    expect(runtimeProblem({ version: "1.x.5" }, undefined)).toContain("this is Bun 1.x.5");
    expect(runtimeProblem({ version: "1.4x.0" }, undefined)).toBeNull();
    expect(runtimeProblem({ version: "" }, undefined)).toContain("this is Bun :");
    expect(runtimeProblem(undefined, "20.1.0")).toMatch(/^bun-syscall runs on Bun >= .* this is Node\.js 20\.1\.0: run it with bun$/);
  });

  const probe = `
    const S = await import(${JSON.stringify(dist)});
    const out = {};
    const attempt = (f) => { try { return { value: f() }; } catch (e) { return { threw: e.message, same: e }; } };
    out.getpid = attempt(() => S.Getpid());
    const again = attempt(() => S.Getpid());
    out.sameError = out.getpid.same !== undefined && again.same === out.getpid.same;
    const fe = attempt(() => S.ForkExec("/bin/true", ["true"]));
    out.forkexec = fe.threw ?? (fe.value[1] === null ? "ok" : fe.value[1].errno);
    out.forkexecSame = fe.same === out.getpid.same;
    if (fe.value?.[0] > 0) S.Wait4(fe.value[0], null, 0, null);
    out.failure = S.LastForkExecFailure();
    const pr = attempt(() => S.Prepare());
    out.prepare = pr.threw ?? pr.value?.errno ?? null;
    // A child of this process that Bun does not know of (posix_spawn through
    // bun:ffi; ForkExec is what is missing): a child of Bun.spawn's would be
    // reaped by whichever of Bun and the wait came first.
    // (Without the JIT bun:ffi itself refuses: then pid 1 stands in, and the wait must reject.)
    const pidBuf = new Int32Array([1]);
    try {
      const { dlopen, ptr } = await import("bun:ffi");
      const libc = dlopen("libc.so.6", { posix_spawn: { args: ["ptr", "ptr", "ptr", "ptr", "ptr", "ptr"], returns: "i32" } });
      const z = (t) => Buffer.from(t + "\\0");
      const path = z("/bin/sleep"), a0 = z("sleep"), a1 = z("0.2");
      const argv = new BigUint64Array([BigInt(ptr(a0)), BigInt(ptr(a1)), 0n]), envp = new BigUint64Array([0n]);
      out.spawned = libc.symbols.posix_spawn(pidBuf, path, null, null, argv, envp);
    } catch (e) {
      out.spawned = "no bun:ffi: " + e.message;
    }
    const ws = new S.WaitStatus();
    out.wait4async = await (async () => S.Wait4Async(pidBuf[0], ws, null))().then((r) => r[0] === pidBuf[0] && ws.Exited() ? "ok" : JSON.stringify(r), (e) => "rejected: " + e.message);
    // In a Worker, Wait4Async needs its waiter thread (waiter.c), hence the compiler.
    const workerCode = \`
      const S = await import(\${JSON.stringify(${JSON.stringify(dist)})});
      const child = Bun.spawn(["sleep", "0.2"]);
      const r = await (async () => S.Wait4Async(child.pid, null, null))().then((r) => r[1]?.errno ?? "ok", (e) => "rejected: " + e.message);
      await child.exited;
      postMessage(r);\`;
    const w = new Worker(URL.createObjectURL(new Blob([workerCode], { type: "text/javascript" })));
    out.wait4asyncWorker = await new Promise((resolve) => w.addEventListener("message", (e) => resolve(e.data)));
    w.terminate();
    delete out.getpid.same;
    console.log(JSON.stringify(out));`;

  test("bun --no-ffi-cc: ForkExec, Prepare and a Worker's Wait4Async return ENOSYS with the cause in one sentence; plain calls and the main thread's Wait4Async work", () => {
    const r = run([BUN, "--no-ffi-cc", "-e", probe]);
    expect(r.err).toBe("");
    const o = JSON.parse(r.out);
    expect(o.getpid.value).toBeGreaterThan(1);
    expect(o.forkexec).toBe(38);
    expect(o.failure.Step).toBe("compile");
    expect(o.failure.Cause).toMatch(/^bun:ffi cc is disabled \(--no-ffi-cc or --no-addons\)/);
    expect(o.prepare).toBe(38);
    // On the main thread Wait4Async needs no compiler (SIGCHLD and waitid): it waits, and reaps.
    expect(o.spawned).toBe(0);
    expect(o.wait4async).toBe("ok");
    expect(o.wait4asyncWorker).toBe(38);
  });

  test("no memfd (memfd_create denied, as some container profiles do) and no usable TMPDIR: ForkExec, Prepare and a Worker's Wait4Async return ENOSYS saying so, nothing thrown", () => {
    const nr = process.arch === "arm64" ? 279 : 319;
    const deny = `import { denySyscalls } from ${JSON.stringify(join(import.meta.dir, "fixtures", "seccomp.ts"))}; denySyscalls([${nr}], 38);`;
    const r = run([BUN, "-e", deny + probe], { env: { ...process.env, TMPDIR: "/nonexistent-bun-syscall-tmp" } });
    expect(r.err).toBe("");
    const o = JSON.parse(r.out);
    expect(o.forkexec).toBe(38);
    expect(o.failure.Step).toBe("compile");
    expect(o.failure.Cause).toMatch(/^cannot hand the C source to bun:ffi cc: no memfd .* the temporary directory \/nonexistent-bun-syscall-tmp cannot be used \(ENOENT\): set TMPDIR to a writable directory$/);
    expect(o.prepare).toBe(38);
    expect(["ok", 10]).toContain(o.wait4async);
    expect(o.wait4asyncWorker).toBe(38);
  });

  test("a compile that fails says the compiler's reason, not only its count of errors (after a chroot into a root without the C library's files: library 'c' not found)", async () => {
    const { causeOf } = await import("../src/native.ts");
    const tcc = new Error("1 errors while compiling /proc/self/fd/5\ntcc: error: library 'c' not found\n");
    expect(causeOf(tcc)).toBe("bun:ffi cc failed: tcc: error: library 'c' not found (the compiler's files or the C library are not in this root: after a chroot, call Prepare() first, in every thread that will need it)");
    expect(causeOf(new Error("2 errors while compiling x.c\nx.c:1: error: ';' expected\nx.c:2: error: bad\n"))).toBe("bun:ffi cc failed: x.c:1: error: ';' expected; x.c:2: error: bad");
    expect(causeOf(new Error("something else"))).toBe("bun:ffi cc failed: something else");
  });

  test("BUN_JSC_useJIT=0: every call throws the same one Error that says why and what to do, ForkExec too (nothing could reap its child)", () => {
    const r = run([BUN, "-e", probe], { env: { ...process.env, BUN_JSC_useJIT: "0" } });
    expect(r.err).toBe("");
    const o = JSON.parse(r.out);
    expect(o.getpid.threw).toMatch(/^bun-syscall: bun:ffi cannot call the C library in this process because the JIT is off \(BUN_JSC_useJIT=0.*\); run Bun with the JIT enabled$/);
    expect(o.sameError).toBe(true);
    expect(o.forkexec).toBe(o.getpid.threw);
    expect(o.forkexecSame).toBe(true);
    expect(o.prepare).toBe(o.getpid.threw);
    expect(o.wait4async).toBe(`rejected: ${o.getpid.threw}`);
    expect(o.wait4asyncWorker).toBe(`rejected: ${o.getpid.threw}`);
  });

  // PR_GET_MDWE (66) answers where the kernel has the policy (Linux 6.3+), and changes nothing.
  const mdweReason = (() => {
    const { dlopen } = require("bun:ffi") as typeof import("bun:ffi");
    const l = dlopen("libc.so.6", { prctl: { args: ["i32", "u64", "u64", "u64", "u64"], returns: "i32" } });
    const r = l.symbols.prctl(66, 0n, 0n, 0n, 0n);
    l.close();
    return r < 0 ? "no PR_SET_MDWE here (Linux < 6.3)" : null;
  })();
  test.skipIf(mdweReason !== null)(`a W^X policy (PR_SET_MDWE): ForkExec returns ENOSYS naming it${mdweReason ? ` [skipped: ${mdweReason}]` : ""}`, () => {
    const code = `
      import { dlopen } from "bun:ffi";
      const l = dlopen("libc.so.6", { prctl: { args: ["i32", "u64", "u64", "u64", "u64"], returns: "i32" } });
      if (l.symbols.prctl(65, 1n, 0n, 0n, 0n) !== 0) { console.log(JSON.stringify({ skip: "PR_SET_MDWE refused (Linux < 6.3)" })); process.exit(0); }
      const S = await import(${JSON.stringify(dist)});
      const [, err] = S.ForkExec("/bin/true", ["true"]);
      console.log(JSON.stringify({ err: err?.errno ?? null, cause: S.LastForkExecFailure()?.Cause ?? null }));`;
    const r = run([BUN, "-e", code]);
    const o = JSON.parse(r.out);
    expect(o.skip).toBeUndefined(); // the probe above said the kernel has it
    expect(o.err).toBe(38);
    expect(o.cause).toMatch(/cannot make code executable here \(mprotect refused: a W\^X policy/);
  });
});

// ------------------------------------------------------------ chroot

describe("after the process changes its root", () => {
  const noChroot = isRoot ? null : "needs root (CAP_SYS_CHROOT) to chroot the test process";
  let dir = "";
  let cleanup = () => {};
  beforeAll(() => {
    ({ dir, cleanup } = scratchDir("bun-syscall-chroot-"));
  });
  afterAll(() => cleanup());

  const fresh = () => {
    const d = join(dir, String(Math.random()).slice(2));
    mkdirSync(d);
    writeFileSync(join(d, "prog"), staticExitProgram(7));
    chmodSync(join(d, "prog"), 0o755);
    return d;
  };

  test.skipIf(noChroot !== null)(named("Prepare, Chroot into a dir with one static program: ForkExec+Wait4, Wait4Async and Exec work there, and nothing is written into it", noChroot), () => {
    const d = fresh();
    const r = run([BUN, join(import.meta.dir, "fixtures", "ship-chroot.ts"), d, "prepared"]);
    expect(r.err).toBe("");
    const [first, second] = r.out.trim().split("\n");
    expect(JSON.parse(first!)).toEqual({
      prepare: null, prepareAgain: null, chroot: null, chdir: null, stat: [null, 0o100000, true], forkexec: null, cause: null, wait4: 7, wait4async: [true, null, 7],
    });
    expect(second).toBeUndefined(); // Exec replaced the process...
    expect(r.code).toBe(7); // ...with the program, which exited 7
    expect(files(d)).toEqual(["prog"]);
  });

  test.skipIf(noChroot !== null)(named("without Prepare, ForkExec after Chroot returns ENOSYS saying to call Prepare first, and writes nothing into the new root", noChroot), () => {
    const d = fresh();
    const r = run([BUN, join(import.meta.dir, "fixtures", "ship-chroot.ts"), d, "unprepared"]);
    expect(r.err).toBe("");
    const o = JSON.parse(r.out.trim());
    expect(o.stat).toEqual([null, 0o100000, true]);
    expect(o.forkexec).toBe(38);
    expect(o.cause).toMatch(/changed its root directory.*call Prepare\(\) before Chroot/);
    expect(files(d)).toEqual(["prog"]);
  });
});

// ------------------------------------------------------------ the packed package

describe("the packed package, installed into a consumer project", () => {
  const noNpm = which("npm") === null ? "npm is not on PATH" : null;
  let consumer = "";
  let cleanup = () => {};

  beforeAll(() => {
    if (noNpm !== null) return;
    ({ dir: consumer, cleanup } = scratchDir("bun-syscall-consumer-"));
    const pack = run(["npm", "pack", "--silent", "--pack-destination", consumer], { cwd: root });
    if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.err}`);
    const tgz = pack.out.trim().split("\n").pop()!;
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const inst = run(["npm", "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tgz}`], { cwd: consumer });
    if (inst.code !== 0) throw new Error(`npm install of the tarball failed: ${inst.err}`);
    // The consumer's type checker and Bun's types come from this checkout.
    mkdirSync(join(consumer, "node_modules", "@types"), { recursive: true });
    symlinkSync(join(root, "node_modules", "@types", "bun"), join(consumer, "node_modules", "@types", "bun"));
    symlinkSync(join(root, "node_modules", "bun-types"), join(consumer, "node_modules", "bun-types"));
    cpSync(join(import.meta.dir, "fixtures", "consumer-app.ts"), join(consumer, "app.ts"));
  }, 60000);
  afterAll(() => cleanup());

  const expectApp = (r: ReturnType<typeof run>) => {
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toEqual({ wait4: 3, async: [true, null, 4], stat: true });
  };

  test.skipIf(noNpm !== null)(named("the tarball holds dist/, its types and source map, LICENSE and CHANGELOG, and no .c file is needed beside dist/", noNpm), () => {
    const pkg = join(consumer, "node_modules", "bun-syscall");
    const have = files(pkg);
    const dist = ["bun-syscall.js", "bun-syscall.cjs", "bun-syscall.impl.cjs", "bun-syscall.impl.cjs.map", "bun-syscall.bun.js", "bun-syscall.bun.js.jsc", "bun-syscall.bun.js.map", "zconsts_linux.cjs"];
    for (const f of [...dist.map((f) => `dist/${f}`), "dist/types/index.d.ts", "LICENSE", "CHANGELOG.md", "package.json"]) expect(have).toContain(f);
    expect(have.filter((f) => f.startsWith("dist/") && f.endsWith(".c"))).toEqual([]);
  });

  test.skipIf(noNpm !== null)(named("run from node_modules", noNpm), () => {
    expectApp(run([BUN, "app.ts"], { cwd: consumer }));
  });

  // Which of dist/'s files a process loaded, by their names.
  const loadedProbe = `import * as S from "bun-syscall";
const [pid] = S.ForkExec("/bin/true", ["true"], {});
console.log(JSON.stringify({ ok: S.Wait4(pid, null, 0, null)[0] === pid, names: Object.keys(S).length, loaded: Object.keys(require.cache).filter((k) => k.includes("/bun-syscall/dist/")).map((k) => k.slice(k.lastIndexOf("/") + 1)).sort() }));
`;
  test.skipIf(noNpm !== null)(named("from node_modules Bun loads the bytecode form (dist/bun-syscall.bun.js, its cache beside it); a bundle and an executable built beside node_modules load none of dist/, but the copy bundled into them", noNpm), () => {
    writeFileSync(join(consumer, "loaded.ts"), loadedProbe);
    const names = Object.keys(require(join(root, "src", "index.ts"))).length;
    const direct = run([BUN, "loaded.ts"], { cwd: consumer });
    expect(direct.err).toBe("");
    expect(JSON.parse(direct.out)).toEqual({ ok: true, names, loaded: ["bun-syscall.bun.js", "bun-syscall.cjs", "bun-syscall.js"] });
    for (const flags of [["--target=bun", "--outfile", "loaded-bundle.js"], ["--compile", "--production", "--outfile", "loaded-exe"]]) {
      const b = run([BUN, "build", ...flags, "loaded.ts"], { cwd: consumer });
      expect(b.code).toBe(0);
      const r = flags[0] === "--compile" ? run([join(consumer, "loaded-exe")], { cwd: consumer }) : run([BUN, "loaded-bundle.js"], { cwd: consumer });
      expect(r.err).toBe("");
      expect(JSON.parse(r.out)).toEqual({ ok: true, names, loaded: [] });
    }
  }, 60000);

  // Bun checks a bytecode cache against its own build and the file's text,
  // and parses the file where the cache does not hold: another Bun's cache
  // (checked by hand with Bun 1.4.4 from npm) or a damaged one.
  test.skipIf(noNpm !== null)(named("a bytecode cache that does not hold (bytes flipped, truncated, empty, absent), a bytecode form that loads empty, or none, costs speed only: the same exports, the same results, nothing on stderr", noNpm), () => {
    const { dir, cleanup: done } = scratchDir("bun-syscall-badcache-");
    try {
      cpSync(join(consumer, "node_modules"), join(dir, "node_modules"), { recursive: true, dereference: false });
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer2", private: true, type: "module" }));
      writeFileSync(join(dir, "loaded.ts"), loadedProbe);
      const distDir = join(dir, "node_modules", "bun-syscall", "dist");
      const jsc = join(distDir, "bun-syscall.bun.js.jsc");
      const good = readFileSync(jsc);
      const names = Object.keys(require(join(root, "src", "index.ts"))).length;
      let seed = 7;
      const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
      const flipped = (count: number) => {
        const b = Buffer.from(good);
        for (let i = 0; i < count; i++) b[rnd(b.length)]! ^= 1 + rnd(255);
        return b;
      };
      const variants: [string, Buffer | null][] = [
        ["one byte flipped", flipped(1)], ["64 bytes flipped", flipped(64)], ["header flipped", Buffer.concat([Buffer.from(good.subarray(0, 64)).map((x) => x ^ 0xff), good.subarray(64)])],
        ["truncated to half", good.subarray(0, good.length >> 1)], ["empty", Buffer.alloc(0)], ["absent", null],
      ];
      for (const [what, bytes] of variants) {
        rmSync(jsc, { force: true });
        if (bytes !== null) writeFileSync(jsc, bytes);
        const r = run([BUN, "loaded.ts"], { cwd: dir });
        expect({ what, err: r.err, code: r.code }).toEqual({ what, err: "", code: 0 });
        expect(JSON.parse(r.out)).toEqual({ ok: true, names, loaded: ["bun-syscall.bun.js", "bun-syscall.cjs", "bun-syscall.js"] });
      }
      // A bytecode form that loads empty (as a Bun older than the bytecode
      // pragma runs it: Bun 1.1.0 never calls the wrapper), and none at
      // all: the plain CommonJS form (which, under such a Bun, says in one
      // line which Bun the package needs; checked by hand with 1.1.0,
      // 1.1.30, 1.2.0 and 1.3.0 from npm).
      const plain = ["bun-syscall.cjs", "bun-syscall.impl.cjs", "bun-syscall.js", "zconsts_linux.cjs"];
      writeFileSync(join(distDir, "bun-syscall.bun.js"), "module.exports = {};\n");
      rmSync(jsc, { force: true });
      const empty = run([BUN, "loaded.ts"], { cwd: dir });
      expect(empty.err).toBe("");
      expect(JSON.parse(empty.out)).toEqual({ ok: true, names, loaded: [...plain, "bun-syscall.bun.js"].sort() });
      rmSync(join(distDir, "bun-syscall.bun.js"));
      const r = run([BUN, "loaded.ts"], { cwd: dir });
      expect(r.err).toBe("");
      expect(JSON.parse(r.out)).toEqual({ ok: true, names, loaded: plain });
    } finally {
      done();
    }
  }, 60000);

  test.skipIf(noNpm !== null)(named("a `bun build --compile` executable, moved away: ForkExec, Wait4, Wait4Async", noNpm), () => {
    const b = run([BUN, "build", "--compile", "app.ts", "--outfile", "app-exe"], { cwd: consumer });
    expect(b.code).toBe(0);
    const away = join(consumer, "away-exe");
    mkdirSync(away);
    renameSync(join(consumer, "app-exe"), join(away, "app-exe"));
    expectApp(run([join(away, "app-exe")], { cwd: away }));
  }, 60000);

  test.skipIf(noNpm !== null)(named("a `bun build --target=bun` bundle, moved away: the same", noNpm), () => {
    const b = run([BUN, "build", "--target=bun", "app.ts", "--outfile", "bundle.js"], { cwd: consumer });
    expect(b.code).toBe(0);
    const away = join(consumer, "away-bundle");
    mkdirSync(away);
    renameSync(join(consumer, "bundle.js"), join(away, "bundle.js"));
    expect(existsSync(join(away, "node_modules"))).toBe(false);
    expectApp(run([BUN, join(away, "bundle.js")], { cwd: away }));
  }, 60000);

  // Bun's bundler keeps import.meta in a CommonJS bundle, where it does not
  // parse: the package's own bundle must have none.
  test.skipIf(noNpm !== null)(named("a CommonJS bundle (`bun build --format=cjs`), moved away, and a `bun build --compile --bytecode` executable (CommonJS too): the same", noNpm), () => {
    const b = run([BUN, "build", "--target=bun", "--format=cjs", "app.ts", "--outfile", "bundle.cjs"], { cwd: consumer });
    expect(b.code).toBe(0);
    const away = join(consumer, "away-cjs");
    mkdirSync(away);
    renameSync(join(consumer, "bundle.cjs"), join(away, "bundle.cjs"));
    expectApp(run([BUN, join(away, "bundle.cjs")], { cwd: away }));
    const c = run([BUN, "build", "--compile", "--bytecode", "app.ts", "--outfile", join(away, "app-bytecode")], { cwd: consumer });
    expect(c.err.includes("error")).toBe(false);
    expect(c.code).toBe(0);
    expectApp(run([join(away, "app-bytecode")], { cwd: away }));
  }, 60000);

  // The consumer's code and the README's TypeScript examples, under the
  // tsconfigs consumers use: bun init's default, and strict NodeNext, Node16
  // and bundler without allowImportingTsExtensions, with
  // exactOptionalPropertyTypes and noUncheckedIndexedAccess, and without
  // skipLibCheck, so that the package's own declarations are checked too.
  const strict = {
    strict: true, noEmit: true, types: ["bun"], lib: ["ESNext"], target: "ESNext",
    exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false,
  };
  const tsconfigs: Record<string, Record<string, unknown>> = {
    "bun init's default": {
      lib: ["ESNext"], target: "ESNext", module: "Preserve", moduleDetection: "force", jsx: "react-jsx", allowJs: true,
      moduleResolution: "bundler", allowImportingTsExtensions: true, verbatimModuleSyntax: true, noEmit: true,
      strict: true, skipLibCheck: true, noFallthroughCasesInSwitch: true, noUncheckedIndexedAccess: true, noImplicitOverride: true,
      noUnusedLocals: false, noUnusedParameters: false, noPropertyAccessFromIndexSignature: false,
    },
    "strict NodeNext": { ...strict, module: "NodeNext", moduleResolution: "NodeNext" },
    "strict Node16": { ...strict, module: "Node16", moduleResolution: "Node16" },
    "strict bundler": { ...strict, module: "Preserve", moduleResolution: "bundler" },
  };
  for (const [name, options] of Object.entries(tsconfigs)) {
    test.skipIf(noNpm !== null)(named(`type-checks the consumer and every README example under ${name}`, noNpm), () => {
      const readme = readFileSync(join(root, "README.md"), "utf8");
      const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
      expect(blocks.length).toBeGreaterThanOrEqual(4);
      const names = blocks.map((b, i) => {
        writeFileSync(join(consumer, `readme-${i}.ts`), `${b}\nexport {};\n`);
        return `readme-${i}.ts`;
      });
      const cfg = join(consumer, "tsconfig.check.json");
      writeFileSync(cfg, JSON.stringify({ compilerOptions: options, files: ["app.ts", ...names] }));
      const r = run(["node", TSC, "-p", cfg], { cwd: consumer });
      expect(r.out + r.err).toBe("");
      expect(r.code).toBe(0);
    }, 60000);
  }
});
