import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_PATH, migrationOrder, renderMigrations } from "../../scripts/db-schema";

describe("src/worker/db/migrations.generated.ts", () => {
  it("is up to date with migrations/*.sql (regenerate with npm run db:schema)", () => {
    const committed = readFileSync(new URL(`../../${GENERATED_PATH}`, import.meta.url), "utf8");
    expect(committed, "stale: run `npm run db:schema` and commit the result").toBe(renderMigrations());
  });

  it("orders migration files by name, as wrangler applies them, and ignores other files", () => {
    expect(migrationOrder(["0010_b.sql", "0002_a.sql", "README.md", "0001_x.sql"])).toEqual(["0001_x.sql", "0002_a.sql", "0010_b.sql"]);
  });
});
