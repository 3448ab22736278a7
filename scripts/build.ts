// Builds dist/, what the package ships (package.json "exports"):
//  - dist/bun-syscall.js: the ES module entry, a few lines: the names of
//    dist/bun-syscall.cjs, which loads the package itself, one CommonJS
//    module bundled from src/ with the C halves inlined as strings (so no .c
//    file needs to sit beside it: bundles and `bun build --compile`
//    executables work), in two forms: bun-syscall.bun.js with Bun's bytecode
//    cache beside it (.jsc), which Bun loads from node_modules, and
//    bun-syscall.impl.cjs, which bundlers and Node get (details below). Both
//    have source maps to src/, so that stack traces name src/ lines. Not
//    minified: Bun maps the stack but prints the bundle's own line above the
//    message, and a whitespace-minified line is a kilobyte long;
//  - dist/types/: declaration files emitted by tsc from src/, with relative
//    imports spelled `./x.js`, so consumers type-check under NodeNext,
//    Node16 and bundler resolution without allowImportingTsExtensions.
// test/dist.test.ts fails when dist/ is not what this script makes from src/.
//
//   bun scripts/build.ts [OUTDIR]      (default: dist)
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = join(import.meta.dir, "..");
const out = resolve(process.argv[2] ?? join(root, "dist"));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** A source map (version 3), the fields this script reads and writes. */
interface SourceMap { version: number; file?: string; sources: string[]; sourcesContent?: (string | null)[]; names: string[]; mappings: string }
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** A map's mappings as lines of segments [column, source, line, column, name?], absolute. */
function decodeMappings(mappings: string): number[][][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(";").map((line) => {
    state[0] = 0;
    return line.split(",").filter(Boolean).map((seg) => {
      const out: number[] = [];
      let v = 0, shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        if (d < 0) throw new Error(`build: bad source map character ${ch}`);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          const n = v & 1 ? -(v >>> 1) : v >>> 1;
          const i = out.length;
          state[i] = state[i]! + n;
          out.push(state[i]!);
          v = 0;
          shift = 0;
        }
      }
      return out;
    });
  });
}
function encodeMappings(lines: number[][][]): string {
  const prev = [0, 0, 0, 0, 0];
  const vlq = (n: number) => {
    let v = n < 0 ? (-n << 1) | 1 : n << 1, s = "";
    do {
      let d = v & 31;
      v >>>= 5;
      if (v > 0) d |= 32;
      s += B64[d];
    } while (v > 0);
    return s;
  };
  return lines.map((segs) => {
    prev[0] = 0;
    return segs.map((seg) => seg.map((x, i) => {
      const d = x - prev[i]!;
      prev[i] = x;
      return vlq(d);
    }).join("")).join(",");
  }).join(";");
}
/**
 * outer maps a file to its sources; inner[i], where not null, maps outer's
 * source i on to its own sources: the result maps the file through both.
 * A segment of a mapped source takes the inner segment at or before its
 * column on its line; sources without an inner map are kept as they are.
 */
function composeMaps(outer: SourceMap, inner: (SourceMap | null)[], file: string): SourceMap {
  const sources: string[] = [], contents: (string | null)[] = [], names: string[] = [];
  const srcIndex = new Map<string, number>(), nameIndex = new Map<string, number>();
  const addSource = (s: string, c: string | null) => {
    let i = srcIndex.get(s);
    if (i === undefined) srcIndex.set(s, (i = sources.push(s) - 1)), contents.push(c);
    return i;
  };
  const addName = (n: string) => {
    let i = nameIndex.get(n);
    if (i === undefined) nameIndex.set(n, (i = names.push(n) - 1));
    return i;
  };
  const innerLines = inner.map((m) => (m === null ? null : decodeMappings(m.mappings)));
  const lines = decodeMappings(outer.mappings).map((segs) => segs.flatMap((seg): number[][] => {
    if (seg.length < 4) return [[seg[0]!]];
    const [col, src, line, column, name] = seg as [number, number, number, number, number | undefined];
    const im = inner[src], il = innerLines[src];
    if (im === null || im === undefined || il === null || il === undefined) {
      const out = [col, addSource(outer.sources[src]!, outer.sourcesContent?.[src] ?? null), line, column];
      return [name === undefined ? out : [...out, addName(outer.names[name]!)]];
    }
    let hit: number[] | undefined;
    for (const s of il[line] ?? []) if (s[0]! <= column && s.length >= 4) hit = s;
    if (hit === undefined) return [[col]];
    const out = [col, addSource(im.sources[hit[1]!]!, im.sourcesContent?.[hit[1]!] ?? null), hit[2]!, hit[3]!];
    const nm = hit.length >= 5 ? im.names[hit[4]!] : name === undefined ? undefined : outer.names[name];
    return [nm === undefined ? out : [...out, addName(nm)]];
  }));
  return { version: 3, file, sources, sourcesContent: contents, names, mappings: encodeMappings(lines) };
}

// Go's numeric constants (about 1,900 of src/zconsts_linux.ts's exports) go
// to a CommonJS module that the entry re-exports with `export *`: an ES
// module's `export const` costs Bun about 2.4 µs per name at import (a module
// of 1,900 of them alone adds 4.5 ms), where the keys of one JSON.parse'd
// object re-exported from CommonJS cost about a third of that. The values are
// the generated file's own: each line is a literal or `arm64 ? A : B`, and
// any other shape stops the build. test/types.test.ts compares every value.
const ZCONSTS = join(root, "src", "zconsts_linux.ts");
/** The text of each of src/'s TypeScript modules, read once for the scans below. */
const srcTexts = walk(join(root, "src")).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(f, "utf8"));
const ZCJS = "zconsts_linux.cjs";
const NUMERIC = /^export const ([A-Za-z_][A-Za-z0-9_]*): number = (.*);$/;
function splitConsts(text: string): { esm: string; cjs: string } {
  const amd64: Record<string, number> = {}, arm64: Record<string, number> = {};
  const lit = (s: string): number => {
    if (!/^-?(0x[0-9a-f]+|[0-9]+)$/.test(s)) throw new Error(`build: ${ZCONSTS}: not a literal: ${s}`);
    const n = Number(s.replace(/^-/, "")) * (s.startsWith("-") ? -1 : 1);
    if (!Number.isSafeInteger(n)) throw new Error(`build: ${ZCONSTS}: not a safe integer: ${s}`);
    return n;
  };
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const m = NUMERIC.exec(line);
    if (m === null) {
      kept.push(line);
      continue;
    }
    const [, name, expr] = m as unknown as [string, string, string];
    const alt = /^arm64 \? (\S+) : (\S+)$/.exec(expr);
    amd64[name] = lit(alt === null ? expr : alt[2]!);
    const a = lit(alt === null ? expr : alt[1]!);
    if (a !== amd64[name]) arm64[name] = a;
  }
  const q = (o: object) => JSON.stringify(JSON.stringify(o));
  const cjs = [
    "// bun-syscall: Go's numeric constants, made by scripts/build.ts from src/zconsts_linux.ts. Do not edit.",
    '"use strict";',
    `const k = JSON.parse(${q(amd64)});`,
    `if (process.arch === "arm64") Object.assign(k, JSON.parse(${q(arm64)}));`,
    "module.exports = k;",
    "",
  ].join("\n");
  // src/'s own modules import some of the numbers from zconsts_linux.ts: it
  // passes those on from the CommonJS module, and the entry re-exports all.
  const used = new Set<string>();
  for (const text of srcTexts) {
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"[./]*\/zconsts_linux\.ts"/g)) {
      // `X as Y` imports X.
      for (const n of m[1]!.split(",").map((x) => x.trim().split(/\s+as\s+/)[0]!).filter(Boolean)) if (n in amd64) used.add(n);
    }
  }
  // Through the default import, not named ones: Node links named imports
  // from CommonJS by a lexer that cannot see through JSON.parse, and there
  // the package must get as far as saying that it needs Bun.
  const names = [...used].sort().map((n) => `${n} = K.${n}`).join(", ");
  // The doc comments of the moved lines stay behind, harmlessly.
  return { esm: `${kept.join("\n")}\nimport K from "./${ZCJS}";\nexport const ${names};\n`, cjs };
}
const split = splitConsts(readFileSync(ZCONSTS, "utf8"));

// From the checkout's root, wherever the script is started: Bun names each
// module in a comment by its path from the working directory.
process.chdir(root);
const result = await Bun.build({
  entrypoints: [join(root, "src", "index.ts")],
  target: "bun",
  format: "esm",
  sourcemap: "linked",
  minify: { whitespace: false, syntax: true, identifiers: false },
  plugins: [{
    name: "zconsts-cjs",
    setup(b) {
      b.onLoad({ filter: /zconsts_linux\.ts$/ }, () => ({ contents: split.esm, loader: "ts" }));
      b.onLoad({ filter: /src\/index\.ts$/ }, () => {
        const text = readFileSync(join(root, "src", "index.ts"), "utf8");
        const star = 'export * from "./zconsts_linux.ts";';
        if (!text.includes(star)) throw new Error(`build: src/index.ts no longer has ${star}`);
        return { contents: text.replace(star, `${star}\nexport * from "./${ZCJS}";`), loader: "ts" };
      });
      b.onResolve({ filter: /zconsts_linux\.cjs$/ }, () => ({ path: `./${ZCJS}`, external: true }));
    },
  }],
});
if (!result.success) {
  for (const m of result.logs) console.error(m);
  process.exit(1);
}
// Bun spells require() in an ES module import.meta.require; the CommonJS form spells it require.
const REQ_ESM = "var __require = import.meta.require;";
let esm = "", esmMap: SourceMap | null = null, bannerLine = 0;
for (const o of result.outputs) {
  let text = await o.text();
  if (o.path.endsWith(".js")) {
    // Bun's "// @bun" pragma (already transpiled) must stay the first line.
    const banner = "// bun-syscall: built from src/ by scripts/build.ts. Do not edit; edit src/ and run `bun run build`.\n";
    const nl = text.startsWith("// @bun") ? text.indexOf("\n") + 1 : 0;
    text = text.slice(0, nl) + banner + text.slice(nl);
    bannerLine = nl > 0 ? 1 : 0;
    const left = text.split("\n").filter((l) => l.includes("import.meta") && !l.includes(REQ_ESM));
    if (left.length > 0) throw new Error(`build: import.meta left in the bundle (a CommonJS module cannot hold it): ${left.join(" | ")}`);
    esm = text;
  } else if (o.path.endsWith(".map")) {
    esmMap = JSON.parse(text) as SourceMap;
    // Bun writes them relative to the working directory; the package has them at ../src/.
    esmMap.sources = esmMap.sources.map((s) => `../${relative(root, resolve(s))}`);
  }
}
if (esm === "" || esmMap === null) throw new Error("build: Bun.build gave no module or no source map");
// The banner's line has no mapping.
esmMap.mappings = ";".repeat(bannerLine) + esmMap.mappings;

// The package is one CommonJS module, in two files made from the bundle
// above: IMPL, the bundle's own lines made CommonJS line for line (its source
// map is the bundle's), and BYTECODE, IMPL compiled with Bun's bytecode
// cache beside it. An installed package loads BYTECODE, whose cache spares
// Bun the parse (an import adds about 7.5 ms against 16 for the ES module);
// the cache is Bun's, for the Bun that wrote it (the pinned dev dependency),
// and any other Bun finds its build hash differs and parses the same text
// instead, as it would IMPL. A bundler is handed IMPL (it cannot bundle the
// bytecode form). Why CommonJS: Bun's import of a CommonJS module's names
// costs about a third of what an ES module's exports cost (below), and
// bytecode outside --compile is CommonJS only.
const IMPL = "bun-syscall.impl.cjs", BYTECODE = "bun-syscall.bun.js", SHIM = "bun-syscall.cjs", ENTRY = "bun-syscall.js";
// `export let` in src/: the names whose value changes. A CommonJS module's
// names reach an importer as they were at load, so these are getters on the
// CommonJS side, and ENTRY exports each as a live binding that its setter
// (Go's `X = v` is `SetX(v)` here) updates.
const live = srcTexts.flatMap((text) => [...text.matchAll(/^export let ([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]!));
const lines = esm.split("\n");
const swap = (from: string, to: string) => {
  const i = lines.indexOf(from);
  if (i < 0 || lines.indexOf(from, i + 1) >= 0) throw new Error(`build: the bundle has not exactly one line ${from}`);
  lines[i] = to;
};
swap("// @bun", "// bun-syscall (CommonJS)");
swap(REQ_ESM, "var __require = require;");
swap(`import K from "./${ZCJS}";`, `var K = require("./${ZCJS}");`);
swap(`export * from "./${ZCJS}";`, "");
const at = lines.findIndex((l) => l === "export {");
if (at < 0) throw new Error("build: no export list at the end of the bundle");
const close = lines.indexOf("};", at);
const strays = lines.slice(0, at).filter((l) => /^(import|export)\b/.test(l));
if (strays.length > 0) throw new Error(`build: ES module syntax left outside the export list: ${strays.join(" | ")}`);
const exported = lines.slice(at + 1, close).map((l) => l.trim().replace(/,$/, "")).filter(Boolean).map((e) => {
  const m = /^(\S+) as (\S+)$/.exec(e);
  return m === null ? { local: e, name: e } : { local: m[1]!, name: m[2]! };
});
for (const n of live) if (!exported.some((e) => e.name === n) || !exported.some((e) => e.name === `Set${n}`)) throw new Error(`build: src/ exports let ${n}, which needs Set${n} beside it`);
const plain = exported.filter((e) => !live.includes(e.name)).map((e) => (e.local === e.name ? e.name : `${e.name}: ${e.local}`));
const getters = exported.filter((e) => live.includes(e.name)).map((e) => `${e.name}: { get: () => ${e.local}, enumerable: true }`);
const tail = lines.slice(close + 1).join("\n").replace(/\/\/# sourceMappingURL=\S+/, `//# sourceMappingURL=${IMPL}.map`);
const impl = [
  ...lines.slice(0, at),
  // Into K itself, the numbers' object (private to the package): a copy of its 2,000 names cost 0.2 ms.
  `module.exports = Object.defineProperties(Object.assign(K, { ${plain.join(", ")} }), { ${getters.join(", ")} });`,
  tail,
].join("\n");
writeFileSync(join(out, IMPL), impl);
writeFileSync(join(out, `${IMPL}.map`), JSON.stringify({ ...esmMap, file: IMPL }));
writeFileSync(join(out, ZCJS), split.cjs);

// From inside OUTDIR: Bun names each file in a comment by its path from the
// working directory, and the cache holds for that text, so the output must
// not depend on where OUTDIR is.
const cwd = process.cwd();
process.chdir(out);
const bc = await Bun.build({ entrypoints: [join(out, IMPL)], target: "bun", format: "cjs", bytecode: true, sourcemap: "linked", naming: BYTECODE.replace(/\.js$/, ".[ext]") });
process.chdir(cwd);
if (!bc.success) {
  for (const m of bc.logs) console.error(m);
  process.exit(1);
}
for (const o of bc.outputs) {
  if (o.path.endsWith(".jsc")) writeFileSync(join(out, `${BYTECODE}.jsc`), new Uint8Array(await o.arrayBuffer()));
  else if (o.path.endsWith(".map")) {
    // Bun maps BYTECODE to IMPL (and the constants' file); through IMPL's
    // map, to src/, so that a stack trace names src/ lines either way.
    const m = JSON.parse(await o.text()) as SourceMap;
    writeFileSync(join(out, `${BYTECODE}.map`), JSON.stringify(composeMaps(m, m.sources.map((s) => (resolve(out, s) === resolve(out, IMPL) ? esmMap : null)), BYTECODE)));
  } else {
    const text = await o.text();
    if (!text.startsWith("// @bun @bytecode @bun-cjs\n")) throw new Error("build: Bun's bytecode build no longer starts with its pragma");
    // Written as Bun wrote it: the cache holds for this text only.
    if (!text.includes(`\n//# sourceMappingURL=${BYTECODE}.map`)) throw new Error(`build: Bun's bytecode build does not link ${BYTECODE}.map`);
    writeFileSync(join(out, BYTECODE), text);
  }
}

// SHIM picks the file. Not under Bun (Node, say), IMPL, which says in one
// line what it needs. A bundler sees the static require of IMPL and bundles
// that; the path to BYTECODE is computed, so it leaves that alone, and in
// the bundle \`module\` is the bundler's own \`{ exports }\` with no filename,
// so the bundle never reaches for BYTECODE (Bun's bundler writes the
// package's absolute __dirname into the bundle: an executable would
// otherwise load whatever version node_modules holds later).
writeFileSync(join(out, SHIM), `// bun-syscall: made by scripts/build.ts. Do not edit.
"use strict";
let m = null;
if (typeof process === "object" && process !== null && typeof process.versions?.bun === "string" && module.filename === __filename) {
  try {
    m = require(__dirname + "/${BYTECODE}");
  } catch (e) {
    if (e?.code !== "MODULE_NOT_FOUND" || !String(e.message).includes("${BYTECODE}")) throw e;
  }
  // A Bun older than its pragma (1.1.0, say) runs the file as plain CommonJS:
  // the wrapper function is never called and the module is empty. IMPL then
  // says which Bun the package needs.
  if (m !== null && typeof m.ForkExec !== "function") m = null;
}
module.exports = m ?? require("./${IMPL}");
`);
// ENTRY is the package's ES module entry ("exports"): the CommonJS module's
// names, and the live ones as bindings.
writeFileSync(join(out, ENTRY), [
  "// @bun",
  "// bun-syscall: made by scripts/build.ts. Do not edit.",
  `import S from "./${SHIM}";`,
  `export * from "./${SHIM}";`,
  ...live.flatMap((n) => [`export let ${n} = S.${n};`, `export function Set${n}(v) {`, `  S.Set${n}(v);`, `  ${n} = S.${n};`, "}"]),
  "",
].join("\n"));

// Declarations: tsc from src/, then relative specifiers from .ts to .js.
const types = join(out, "types");
const tsc = Bun.spawnSync([
  process.execPath, join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json"), "--outDir", types,
], { stdout: "pipe", stderr: "pipe" });
if (tsc.exitCode !== 0) {
  console.error(tsc.stdout.toString() + tsc.stderr.toString());
  process.exit(1);
}
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
for (const f of walk(types)) {
  const d = readFileSync(f, "utf8").replace(/(from\s+|import\()(["'])(\.\.?\/[^"']*)\.ts\2/g, "$1$2$3.js$2");
  writeFileSync(f, d);
}
console.log(`built ${join(out, ENTRY)} and the module it loads (${readFileSync(join(out, IMPL)).length} bytes, ${readFileSync(join(out, `${BYTECODE}.jsc`)).length} bytes of bytecode) and ${walk(types).length} declaration files`);
