// Writes a new migration: the SQL that takes the schema as of the last
// committed migration to prisma/schema.prisma. Usage: npm run db:diff -- <name>
// Commit each migration together with the schema change it was written for.
//
// Prisma's `migrate dev` cannot run with the JavaScript schema engine (its
// shadow-database helper is broken in adapter-pg 6.19), and `migrate diff`
// cannot read a database through an adapter, so this diffs two schema files:
// the one committed with the newest migration, and the current one. The CLI
// still opens its adapter, so a throwaway embedded database serves it.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { prisma, provideDatabase } from "./lib/database.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:diff -- <name_in_snake_case>");
  process.exit(1);
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), "qari-diff-"));
const db = await provideDatabase({ dataDir, port: 0 });
try {
  let from = ["--from-empty"];
  const lastMigrationCommit = git("log", "-1", "--format=%H", "--", "prisma/migrations");
  if (lastMigrationCommit) {
    const previous = path.join(dataDir, "previous.prisma");
    await writeFile(previous, git("show", `${lastMigrationCommit}:prisma/schema.prisma`));
    from = ["--from-schema-datamodel", previous];
  }
  const script = (
    await prisma(["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], db.url, {
      quiet: true,
    })
  ).trim();
  if (!script || /^-- This is an empty migration\.?$/.test(script)) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join("prisma/migrations", `${stamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), `${script}\n`);
    console.log(`Wrote ${folder}/migration.sql:\n\n${script}`);
  }
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}

/** Git's answer, or "" where there is none (no commits yet). @param {string[]} args */
function git(...args) {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}
