/**
 * The benchmark's Markdown table, with every column as wide as its widest
 * cell (headers included), so that every `|` lines up in a monospace font.
 * @module
 */

/** Display width in a monospace font (µ, ≤, ✓ are one column; wide CJK two). */
const width = (s: string) => Bun.stringWidth(s);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
/** A `|` inside a cell would split it: Markdown's escape keeps it one cell. */
const cell = (s: string) => s.replaceAll("|", "\\|");

/** The lines of a left-aligned Markdown table: header, separator, body. */
export function markdownTable(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const head = header.map(cell);
  const rows = body.map((r) => head.map((_, c) => cell(r[c] ?? "")));
  // Markdown wants at least three dashes in each separator cell.
  const widths = head.map((h, c) => rows.reduce((m, r) => Math.max(m, width(r[c]!)), Math.max(3, width(h))));
  const line = (cells: readonly string[]) => `| ${cells.map((s, c) => pad(s, widths[c]!)).join(" | ")} |`;
  return [line(head), line(widths.map((n) => "-".repeat(n))), ...rows.map(line)];
}

/** One figure of a `--runs N` summary (bench/multirun.ts), as its JSON keeps it. */
export interface RunsFigure {
  figure: string;
  runs: number;
  min: number;
  max: number;
  iqr?: number;
  bimodalRuns: number;
  unit?: string;
  target?: string;
  met?: boolean;
}

/** The Markdown table of a `--runs N` summary: what the README's performance table is (a test checks it against bench/published/). */
export function runsTable(summary: readonly RunsFigure[]): string[] {
  return markdownTable(
    ["comparison", "ratio over runs", "IQR (median)", "target", "bimodal runs"],
    summary.map((x) => [
      x.figure,
      x.unit !== undefined
        ? `${x.min.toFixed(2)}–${x.max.toFixed(2)} ${x.unit}`
        : x.min === x.max ? x.min.toFixed(3) : `${x.min.toFixed(3)}–${x.max.toFixed(3)}`,
      x.iqr === undefined ? "" : `±${(x.iqr / 2).toFixed(x.unit === undefined ? 3 : 2)}`,
      x.target ? `${x.target} ${x.met ? "✓" : "✗"}` : "",
      x.bimodalRuns > 0 ? `${x.bimodalRuns}/${x.runs}` : "",
    ]),
  );
}
