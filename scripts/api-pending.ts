// Lists what Go's syscall (test/fixtures/go-api-linux-amd64.json) exports and this package does not yet:
// the content test/fixtures/api-pending.json must have (test/api.test.ts). Review the diff before you write it:
// a name leaving the list is work done; a name joining it is a regression.
//   bun scripts/api-pending.ts > test/fixtures/api-pending.json
import { readFileSync } from "node:fs";
import ts from "typescript";
const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const go = JSON.parse(readFileSync(`${root}/test/fixtures/go-api-linux-amd64.json`, "utf8"));
const P = ["BytePtrFromString", "ByteSliceFromString", "StringBytePtr", "StringByteSlice", "StringSlicePtr", "SlicePtrFromStrings"];
const program = ts.createProgram([`${root}/src/index.ts`], { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, noEmit: true, types: ["bun"], skipLibCheck: true });
const c = program.getTypeChecker();
const names = new Set(c.getExportsOfModule(c.getSymbolAtLocation(program.getSourceFile(`${root}/src/index.ts`)!)!).map((s) => s.getName()));
const S = await import(`${root}/src/index.ts`) as Record<string, any>;
const out: Record<string, string[]> = {};
for (const k of ["funcs", "types", "consts", "vars"]) out[k] = go[k].filter((n: string) => !names.has(n) && !P.includes(n)).sort();
out.methods = go.methods.filter((m: string) => { const [t, f] = m.split("."); return typeof S[t!]?.prototype?.[f!] !== "function"; }).sort();
console.log(JSON.stringify(out, null, 1));
