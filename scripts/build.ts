// Builds dist/: the package's runtime entry, one file bundled from src/ (no
// comments, no TypeScript), plus the two C files it compiles at run time.
// Importing one pre-built module costs about a millisecond less than
// importing src/'s twenty, which keeps the package's import under 5 ms.
// test/dist.test.ts fails when dist/ is not what this script makes from src/.
//
//   bun scripts/build.ts [OUTDIR]      (default: dist)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dir, "..");
const out = process.argv[2] ?? join(root, "dist");
mkdirSync(out, { recursive: true });
const result = await Bun.build({
  entrypoints: [join(root, "src", "index.ts")],
  target: "bun",
  format: "esm",
  minify: { whitespace: true, syntax: true, identifiers: false },
});
if (!result.success) {
  for (const m of result.logs) console.error(m);
  process.exit(1);
}
const code = await result.outputs[0]!.text();
// Bun's "// @bun" pragma (already transpiled) must stay the first line.
const banner = "// bun-syscall: built from src/ by scripts/build.ts. Do not edit; edit src/ and run `bun run build`.\n";
const nl = code.startsWith("// @bun") ? code.indexOf("\n") + 1 : 0;
writeFileSync(join(out, "bun-syscall.js"), code.slice(0, nl) + banner + code.slice(nl));
copyFileSync(join(root, "src", "exec", "child.c"), join(out, "child.c"));
copyFileSync(join(root, "src", "waiter.c"), join(out, "waiter.c"));
console.log(`built ${join(out, "bun-syscall.js")} (${readFileSync(join(out, "bun-syscall.js")).length} bytes)`);
