// Lists the exports that have only the fuzzer's generic property (test/fixtures/fuzz-generic-only.json, checked by test/fuzz.test.ts).
// Review the diff before writing it: a name leaving the list gained a property; a name joining it is a new export without one.
//   bun scripts/fuzz-generic-only.ts > test/fixtures/fuzz-generic-only.json
import * as S from "../src/index.ts";
import { SPECS, EXCLUDED } from "../test/fixtures/fuzz-specs.ts";
// same enumeration as the test
function exportedCallables(): string[] {
  const out: string[] = [];
  for (const [name, v] of Object.entries(S)) {
    if (typeof v !== "function") continue;
    out.push(name);
    for (const k of Object.getOwnPropertyNames(v)) { if (["length", "name", "prototype", "caller", "arguments"].includes(k)) continue; if (typeof Object.getOwnPropertyDescriptor(v, k)?.value === "function") out.push(`${name}.${k}`); }
    const proto = (v as any).prototype; if (proto && Object.getOwnPropertyNames(proto).length > 1) for (const k of Object.getOwnPropertyNames(proto)) if (k !== "constructor" && typeof Object.getOwnPropertyDescriptor(proto, k)?.value === "function") out.push(`${name}.prototype.${k}`);
  }
  for (const [name, v] of Object.entries(S)) if (typeof v === "object" && v !== null && !(v instanceof Error) && typeof (v as any).Lock === "function") out.push(name);
  return out;
}
const covered = new Set(SPECS.flatMap((s) => s.covers));
console.log(JSON.stringify(exportedCallables().filter((n) => !covered.has(n) && !(n in EXCLUDED)).sort(), null, 1));
