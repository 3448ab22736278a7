/**
 * Go's exported API of syscall for linux/amd64 (go1.19, listed with
 * go/types by scripts/oracle/api), against what this package exports:
 * every function, method, type, constant and variable, by Go's name. The
 * list is kept in test/fixtures/go-api-linux-amd64.json and checked against
 * a live Go when `go` is on PATH.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import * as S from "../src/index.ts";

const root = join(import.meta.dir, "..");
const fixture = join(import.meta.dir, "fixtures", "go-api-linux-amd64.json");
type Api = Record<"funcs" | "types" | "methods" | "consts" | "vars", string[]>;
const go = JSON.parse(readFileSync(fixture, "utf8")) as Api;

/** Go's six pointer helpers, which mean nothing in JavaScript (a string is never a *byte here). */
const POINTER_HELPERS = ["BytePtrFromString", "ByteSliceFromString", "StringBytePtr", "StringByteSlice", "StringSlicePtr", "SlicePtrFromStrings"];

/**
 * What is not exported yet, by name: each entry is work still to do (see
 * the README's coverage note). The test fails when something missing is not
 * listed here, and when something listed here has been added, so the list
 * cannot drift.
 */
const PENDING: Record<keyof Api, string[]> = JSON.parse(readFileSync(join(import.meta.dir, "fixtures", "api-pending.json"), "utf8"));

/** Every symbol src/index.ts exports, values and types, from the TypeScript checker. */
function exportedSymbols(): { checker: ts.TypeChecker; symbols: ts.Symbol[] } {
  const program = ts.createProgram([join(root, "src", "index.ts")], {
    target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true, noEmit: true, types: ["bun"], skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const sym = checker.getSymbolAtLocation(program.getSourceFile(join(root, "src", "index.ts"))!)!;
  return { checker, symbols: checker.getExportsOfModule(sym) };
}
const exported = exportedSymbols();
const exportedNames = () => new Set(exported.symbols.map((s) => s.getName()));

test("every export has a TSDoc comment", () => {
  const { checker, symbols } = exported;
  const bare = symbols.filter((s) => {
    const t = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    return ts.displayPartsToString(t.getDocumentationComment(checker)).trim() === "";
  }).map((s) => s.getName());
  expect(symbols.length).toBeGreaterThan(2000);
  expect(bare).toEqual([]);
});

describe("Go's syscall API for linux/amd64 is exported", () => {
  const names = exportedNames();
  const missing = (list: string[]) => list.filter((n) => !names.has(n) && !POINTER_HELPERS.includes(n)).sort();

  for (const kind of ["funcs", "types", "consts", "vars"] as const) {
    test(`every Go ${kind.slice(0, -1)} but the pointer helpers, or it is listed as pending (${go[kind].length} in Go)`, () => {
      expect(missing(go[kind])).toEqual([...(PENDING[kind] ?? [])].sort());
    });
  }

  test(`every Go method is a method of the exported class of that name (${go.methods.length} in Go)`, () => {
    const absent = go.methods.filter((m) => {
      const [type, method] = m.split(".") as [string, string];
      const cls = (S as Record<string, unknown>)[type];
      if (typeof cls !== "function") return true;
      const proto = (cls as { prototype?: Record<string, unknown> }).prototype;
      return typeof proto?.[method] !== "function";
    });
    expect(absent.sort()).toEqual([...(PENDING.methods ?? [])].sort());
  });

  test("the six pointer helpers are left out, on purpose", () => {
    for (const n of POINTER_HELPERS) expect(go.funcs).toContain(n);
    for (const n of POINTER_HELPERS) expect(names.has(n)).toBe(false);
  });

  const noGo = Bun.which("go") === null ? "`go` is not on PATH" : null;
  test.skipIf(noGo !== null)(`the fixture is what a live Go lists${noGo === null ? "" : ` [skipped: ${noGo}]`}`, () => {
    const r = Bun.spawnSync(["go", "run", "."], {
      cwd: join(root, "scripts", "oracle", "api"), env: { ...process.env, GOOS: "linux", GOARCH: "amd64", GOFLAGS: "-mod=mod" }, stdout: "pipe", stderr: "pipe",
    });
    expect(r.stderr.toString()).toBe("");
    const live = JSON.parse(r.stdout.toString()) as Api & { version?: string };
    // The fixture is go1.19's; a newer Go may add names, never take them away.
    for (const k of Object.keys(go) as (keyof Api)[]) for (const n of go[k]) expect(live[k]).toContain(n);
  }, 60000);
});

describe("syscall numbers", () => {
  const header = process.arch === "x64" ? "/usr/include/x86_64-linux-gnu/asm/unistd_64.h" : "/usr/include/asm-generic/unistd.h";
  let text: string | null = null;
  try {
    text = readFileSync(header, "utf8");
  } catch {
    text = null;
  }
  test.skipIf(text === null)(`every SYS_* this arch has is the kernel's number (${header})${text === null ? " [skipped: no kernel headers (linux-libc-dev)]" : ""}`, () => {
    const kernel = new Map([...text!.matchAll(/^#define __NR(?:3264)?_([a-z0-9_]+)\s+(\d+)\s*$/gm)].map((m) => [`SYS_${m[1]!.toUpperCase()}`, Number(m[2])]));
    const bad: string[] = [];
    for (const [k, v] of Object.entries(S)) {
      if (!k.startsWith("SYS_") || typeof v !== "number") continue;
      const want = kernel.get(k);
      if (want !== undefined ? v !== want : v !== -1) bad.push(`${k} = ${v}, kernel: ${want ?? "none (so -1)"}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("constant values against Go", () => {
  const goroot = Bun.which("go") === null ? null : Bun.spawnSync(["go", "env", "GOROOT"]).stdout.toString().trim();
  const arch = process.arch === "x64" ? "amd64" : "arm64";
  test.skipIf(goroot === null)(`every integer constant of Go's zerrors_linux_${arch}.go and ztypes_linux_${arch}.go has Go's value here${goroot === null ? " [skipped: `go` is not on PATH]" : ""}`, () => {
    const bad: string[] = [];
    let checked = 0;
    for (const f of [`zerrors_linux_${arch}.go`, `ztypes_linux_${arch}.go`, `zsysnum_linux_${arch}.go`]) {
      const src = readFileSync(join(goroot!, "src", "syscall", f), "utf8");
      for (const m of src.matchAll(/^(?:\t|const )([A-Z][A-Za-z0-9_]*)\s+=\s+(-?0x[0-9a-f]+|-?\d+)\s*$/gm)) {
        const v = (S as Record<string, unknown>)[m[1]!];
        const want = Number(BigInt(m[2]!.replace(/^-/, "")) * (m[2]!.startsWith("-") ? -1n : 1n));
        if (v === undefined) continue; // (names Go has twice, as a constant and in another form, are checked where exported)
        checked++;
        // RLIM_INFINITY is Go's untyped -1 given to a uint64 field: 2^64-1, a bigint here (Rlimit's fields are).
        const got = typeof v === "number" ? v : v instanceof S.Errno ? v.errno : v instanceof S.Signal ? v.signo : typeof v === "bigint" ? Number(BigInt.asIntN(64, v)) : v;
        if (got !== want) bad.push(`${m[1]}: Go ${m[2]}, here ${String(got)}`);
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect(bad).toEqual([]);
  });
});
