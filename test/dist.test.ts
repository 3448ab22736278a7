import { expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import * as src from "../src/index.ts";

// dist/ is what users import (package.json "exports"): one pre-built module,
// because importing it costs about a millisecond less than src/'s twenty.
const root = join(import.meta.dir, "..");

// Bun's bundler output differs between releases (names, source maps): the
// byte-for-byte check holds for the pinned dev dependency's Bun only.
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies.bun as string;
const otherBun = Bun.version === pinned ? null : `dist/ is built by the pinned Bun ${pinned}; this is Bun ${Bun.version}`;

test.skipIf(otherBun !== null)(`dist/ is exactly what scripts/build.ts makes from src/ (run \`bun run build\` after changing src/)${otherBun === null ? "" : ` [skipped: ${otherBun}]`}`, () => {
  const out = mkdtempSync(join(tmpdir(), "bun-syscall-dist-"));
  try {
    const r = Bun.spawnSync([process.execPath, join(root, "scripts", "build.ts"), out], { stdout: "pipe", stderr: "pipe" });
    expect(r.stderr.toString()).toBe("");
    expect(r.exitCode).toBe(0);
    const files = (dir: string, at = ""): string[] =>
      readdirSync(join(dir, at)).sort().flatMap((n) => (statSync(join(dir, at, n)).isDirectory() ? files(dir, join(at, n)) : [join(at, n)]));
    expect(files(join(root, "dist"))).toEqual(files(out));
    // Bytes, not text: the bytecode cache is binary.
    for (const f of files(out)) expect({ f, same: readFileSync(join(root, "dist", f)).equals(readFileSync(join(out, f))) }).toEqual({ f, same: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 30000);

test("the package entry exports what src/index.ts exports, and works", async () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  expect(pkg.exports["."].default).toBe("./dist/bun-syscall.js");
  const dist = await import(join(root, pkg.exports["."].default));
  expect(Object.keys(dist).sort()).toEqual(Object.keys(src).sort());
  // Every number's value: test/types.test.ts (which qemu-arm64.sh also runs).
  // A fresh process that imports the package by name: the C halves travel inside the bundle.
  const code = `
    const S = await import("bun-syscall");
    const [pid, err] = S.ForkExec("/bin/sh", ["sh", "-c", "exit 5"], {});
    const ws = new S.WaitStatus();
    const r = await S.Wait4Async(pid, ws, null);
    const st = new S.Stat_t();
    console.log(JSON.stringify([err, r[0] === pid, r[1], ws.ExitStatus(), S.Stat("/", st), st.Ino > 0n, S.ENOENT === S.Errno.of(2)]));`;
  const r = Bun.spawnSync([process.execPath, "-e", code], { cwd: root, stdout: "pipe", stderr: "pipe" });
  expect(r.stderr.toString()).toBe("");
  expect(JSON.parse(r.stdout.toString())).toEqual([null, true, null, 5, null, true, true]);
});

// The package is a CommonJS module (see scripts/build.ts), whose names reach
// an ES module importer as they were at load: the one name whose value
// changes (Go's `var SocketDisableIPv6`) is a live binding of the entry, and
// its setter updates it, for import, import * and require alike.
test("through the package entry, SocketDisableIPv6 is live after SetSocketDisableIPv6, and import and require give the same functions", () => {
  const code = `
    import * as S from "bun-syscall";
    import { SocketDisableIPv6, SetSocketDisableIPv6, ForkExec } from "bun-syscall";
    const C = require("bun-syscall");
    const seen = [SocketDisableIPv6, S.SocketDisableIPv6, C.SocketDisableIPv6];
    SetSocketDisableIPv6(true);
    seen.push(SocketDisableIPv6, S.SocketDisableIPv6, C.SocketDisableIPv6, S.Socket(S.AF_INET6, S.SOCK_STREAM, 0)[1] === S.EAFNOSUPPORT);
    C.SetSocketDisableIPv6(false);
    seen.push(SocketDisableIPv6, S.SocketDisableIPv6, C.SocketDisableIPv6);
    let threw = null;
    try { S.SetSocketDisableIPv6(1); } catch (e) { threw = e.constructor.name; }
    console.log(JSON.stringify({ seen, threw, same: C.ForkExec === ForkExec && C.Errno === S.Errno && C.SetSocketDisableIPv6 === SetSocketDisableIPv6 }));`;
  const dir = mkdtempSync(join(tmpdir(), "bun-syscall-live-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules", "bun-syscall"));
    writeFileSync(join(dir, "live.mjs"), code);
    const r = Bun.spawnSync([process.execPath, join(dir, "live.mjs")], { cwd: dir, stdout: "pipe", stderr: "pipe" });
    expect(r.stderr.toString()).toBe("");
    expect(JSON.parse(r.stdout.toString())).toEqual({ seen: [false, false, false, true, true, true, true, false, false, false], threw: "TypeError", same: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
