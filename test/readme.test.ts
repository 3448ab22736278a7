import { expect, test } from "bun:test";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

// The README's examples are run as written (with the package import pointed
// at this checkout), so that they cannot rot.
const readme = readFileSync(join(import.meta.dir, "..", "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const index = join(import.meta.dir, "..", "src", "index.ts");

const expected: [RegExp, string][] = [
  [/Wait4Async\(pid, ws, null\)/, "true null 3\n"],
  [/echo", "hello"/, "hello\ntrue 0\n"],
  [/sort/, "a\nb\n"],
  [/CLONE_NEWPID/, "pid=1 uid=0\n"],
  [/Bun\.file\(p\[0\]\)\.text\(\)/, '"out\\nerr\\n"\n'],
  [/Kill\(-pid, SIGKILL\)/, "done\n\n"],
  [/Openpty\(\)/, "true\n"],
];

test("the README has its seven examples", () => {
  for (const [re] of expected) expect(blocks.some((b) => re.test(b))).toBe(true);
});

for (const [re, out] of expected) {
  test(`README example ${re} prints what it says`, () => {
    const code = blocks.find((b) => re.test(b))!.replaceAll('"bun-syscall"', JSON.stringify(index));
    const dir = mkdtempSync(join(tmpdir(), "readme-"));
    try {
      const file = join(dir, "example.ts");
      writeFileSync(file, code);
      const r = Bun.spawnSync([process.execPath, file], { stdout: "pipe", stderr: "pipe" });
      expect(r.stderr.toString()).toBe("");
      expect(r.stdout.toString()).toBe(out);
      expect(r.exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("the README's performance table is the published --runs summary, row for row (bench/published/runs-*.json, the newest)", async () => {
  const { readdirSync } = await import("node:fs");
  const { runsTable } = await import("../bench/table.ts");
  const dir = join(import.meta.dir, "..", "bench", "published");
  const newest = readdirSync(dir).filter((f) => /^runs-.*\.json$/.test(f)).sort().pop();
  expect(newest).toBeDefined();
  const summary = JSON.parse(readFileSync(join(dir, newest!), "utf8")).summary;
  const table = runsTable(summary);
  expect(table.length).toBeGreaterThan(10);
  // The published runs' own files are published beside it.
  for (const f of JSON.parse(readFileSync(join(dir, newest!), "utf8")).runs as string[]) expect(readdirSync(dir)).toContain(f.split("/").pop()!);
  const at = readme.indexOf(table[0]!);
  expect(at).toBeGreaterThan(0);
  expect(readme.slice(at).split("\n").slice(0, table.length)).toEqual(table);
});
