/// <reference types="node" />
// The panel's modules import one another without a cycle (panel.ts imports
// its elements; they share types.ts, never panel.ts).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "src");

function modules(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? modules(join(folder, entry.name))
      : entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")
        ? [join(folder, entry.name)]
        : [],
  );
}

/** The modules of src/ a module imports (type-only imports too: a cycle of types is still a knot). */
function imports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"/gms)]
    .map((m) => m[1] ?? m[2])
    .filter((target) => !target.endsWith(".json") && !target.endsWith(".css"))
    .map((target) => resolve(dirname(file), `${target}.ts`));
}

describe("imports", () => {
  it("form no cycle", () => {
    const graph = new Map(modules().map((file) => [file, imports(file)]));
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(" → "));
        return;
      }
      state.set(file, "visiting");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("name modules that exist", () => {
    const missing = modules().flatMap((file) => imports(file).filter((target) => !modules().includes(target)));
    expect(missing).toEqual([]);
  });
});
