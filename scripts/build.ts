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

const result = await Bun.build({
  entrypoints: [join(root, "src", "index.ts")],
  target: "bun",
  format: "esm",
  sourcemap: "linked",
  minify: { whitespace: false, syntax: true, identifiers: false },
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
    writeFileSync(join(out, "bun-syscall.js"), text.replace(/\/\/# sourceMappingURL=\S+/, "//# sourceMappingURL=bun-syscall.js.map"));
  } else if (o.path.endsWith(".map")) {
    // Sources relative to dist/, as they sit in the package; the map carries their text.
    const map = JSON.parse(text) as { sources: string[] };
    // Bun writes them relative to the working directory; the package has them at ../src/.
    map.sources = map.sources.map((s) => `../${relative(root, resolve(s))}`);
    writeFileSync(join(out, "bun-syscall.js.map"), JSON.stringify(map));
  }
}

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
