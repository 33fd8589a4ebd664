import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The rules of where code lives, checked on the source rather than remembered.

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.(ts|tsx|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [relative] : [];
  });
}

/** The `@/…` modules a file imports, as paths from the root ("lib/api/body"). */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  return [...source.matchAll(/^(?:import|export)\b[^;]*?from\s+"([^"]+)"/gms)].flatMap(([, target = ""]) => {
    if (target.startsWith("@/")) return [target.slice(2)];
    if (target.startsWith(".")) return [path.join(path.dirname(file), target)];
    return [];
  });
}

/** lib/<folder> of a path, or the file itself for the few files at lib's top (lib/errors.ts). */
const libUnit = (file: string) =>
  file
    .split("/")
    .slice(0, 2)
    .join("/")
    .replace(/\.(ts|tsx|js)$/, "");

const libFiles = sourceFiles("lib");

describe("lib/", () => {
  it("has imports to check (so the checks below cannot pass on nothing)", () => {
    expect(libFiles.length).toBeGreaterThan(50);
    expect(importsOf("lib/api/handle.ts")).toContain("lib/api/body");
  });

  it("has no two folders importing each other", () => {
    const edges = new Set(
      libFiles.flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith("lib/") && libUnit(target) !== libUnit(file))
          .map((target) => `${libUnit(file)} -> ${libUnit(target)}`),
      ),
    );
    const mutual = [...edges].filter((edge) => edges.has(edge.split(" -> ").reverse().join(" -> ")));
    expect(mutual).toEqual([]);
  });

  it("keeps features below the HTTP layer: only lib/api and lib/openapi import lib/api", () => {
    const offenders = libFiles.filter(
      (file) => !/^lib\/(api|openapi)\//.test(file) && importsOf(file).some((target) => target.startsWith("lib/api/")),
    );
    expect(offenders).toEqual([]);
  });

  it("marks every module of the HTTP layer server-only", () => {
    const unmarked = libFiles
      .filter((file) => file.startsWith("lib/api/"))
      .filter((file) => !readFileSync(path.join(root, file), "utf8").startsWith('import "server-only";'));
    expect(unmarked).toEqual([]);
  });
});

describe("browser code", () => {
  // Client islands, the browser's API client and what both read (declarations and schemas).
  const browserFiles = [
    ...sourceFiles("components"),
    ...libFiles.filter((file) => /^lib\/(api-client|endpoints)\/|\/(endpoints|schemas)\.ts$/.test(file)),
  ];

  it("never imports the HTTP layer or the database", () => {
    const offenders = browserFiles.filter((file) =>
      importsOf(file).some((target) => /^lib\/(api|db)(\/|$)/.test(target)),
    );
    expect(browserFiles.length).toBeGreaterThan(30);
    expect(offenders).toEqual([]);
  });
});
