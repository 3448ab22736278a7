// Builds dist/, what the package ships (package.json "exports"):
//  - dist/bun-syscall.js: the runtime entry, one module bundled from src/
//    with the C halves inlined as strings (so no .c file needs to sit beside
//    it: bundles and `bun build --compile` executables work), with a linked
//    source map, so that stack traces name src/ lines. Not minified: Bun
//    maps the stack but prints the bundle's own line above the message, and
//    a whitespace-minified line is a kilobyte long;
//  - dist/types/: declaration files emitted by tsc from src/, with relative
//    imports spelled `./x.js`, so consumers type-check under NodeNext,
//    Node16 and bundler resolution without allowImportingTsExtensions.
// Importing one pre-built module costs less than importing src/'s modules.
// test/dist.test.ts fails when dist/ is not what this script makes from src/.
//
//   bun scripts/build.ts [OUTDIR]      (default: dist)
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = join(import.meta.dir, "..");
const out = process.argv[2] ?? join(root, "dist");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Go's numeric constants (about 1,900 of src/zconsts_linux.ts's exports) go
// to a CommonJS module that the entry re-exports with `export *`: an ES
// module's `export const` costs Bun about 2.4 µs per name at import (a module
// of 1,900 of them alone adds 4.5 ms), where the keys of one JSON.parse'd
// object re-exported from CommonJS cost about a third of that. The values are
// the generated file's own: each line is a literal or `arm64 ? A : B`, and
// any other shape stops the build. test/types.test.ts compares every value.
const ZCONSTS = join(root, "src", "zconsts_linux.ts");
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
  for (const f of walk(join(root, "src")).filter((f) => f.endsWith(".ts"))) {
    for (const m of readFileSync(f, "utf8").matchAll(/import\s*\{([^}]*)\}\s*from\s*"[./]*\/zconsts_linux\.ts"/g)) {
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
for (const o of result.outputs) {
  let text = await o.text();
  if (o.path.endsWith(".js")) {
    // Bun's "// @bun" pragma (already transpiled) must stay the first line.
    const banner = "// bun-syscall: built from src/ by scripts/build.ts. Do not edit; edit src/ and run `bun run build`.\n";
    const nl = text.startsWith("// @bun") ? text.indexOf("\n") + 1 : 0;
    text = text.slice(0, nl) + banner + text.slice(nl);
    // Bun's bundler spells require() in an ES module import.meta.require,
    // which a CommonJS bundle of this file (bun build --format=cjs, or
    // --compile --bytecode) cannot parse: there the same bundler folds this
    // test to plain require, and in the ES module require is undefined.
    const REQ = "var __require = import.meta.require;";
    if (text.includes(REQ)) text = text.replace(REQ, 'var __require = typeof require === "function" ? require : import.meta.require;');
    const left = text.split("\n").filter((l) => l.includes("import.meta") && !l.includes('typeof require === "function"'));
    if (left.length > 0) throw new Error(`build: import.meta left in the bundle (a CommonJS bundle of it would not parse): ${left.join(" | ")}`);
    writeFileSync(join(out, "bun-syscall.js"), text.replace(/\/\/# sourceMappingURL=\S+/, "//# sourceMappingURL=bun-syscall.js.map"));
  } else if (o.path.endsWith(".map")) {
    // Sources relative to dist/, as they sit in the package; the map carries their text.
    const map = JSON.parse(text) as { sources: string[] };
    // Bun writes them relative to the working directory; the package has them at ../src/.
    map.sources = map.sources.map((s) => `../${relative(root, resolve(s))}`);
    writeFileSync(join(out, "bun-syscall.js.map"), JSON.stringify(map));
  }
}

writeFileSync(join(out, ZCJS), split.cjs);

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
console.log(`built ${join(out, "bun-syscall.js")} (${readFileSync(join(out, "bun-syscall.js")).length} bytes) and ${walk(types).length} declaration files`);
