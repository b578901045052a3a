import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECKS, CHECK_IDS } from "../../../core/validation";

const SOURCE = join(__dirname, "../../../core/validation");

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? "").replace(/En$/, "")));
}

describe("validation message table", () => {
  test.each(CHECK_IDS.map((id) => [id]))("%s has Chinese and English wording and a clause", (id) => {
    const def = CHECKS[id];
    expect(def.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(def.en).toMatch(/[a-z]/);
    expect(def.clause.length).toBeGreaterThan(0);
    expect(["error", "warning", "info"]).toContain(def.severity);
    // English may add names (columnEn) but never drops a value the Chinese text shows.
    for (const name of placeholders(def.zh))
      expect([id, name, placeholders(def.en).has(name)]).toEqual([id, name, true]);
  });

  test("every error and warning says what is expected, or carries core's text that does ({detail})", () => {
    const silent = CHECK_IDS.filter(
      (id) =>
        CHECKS[id].severity !== "info" &&
        !/应|须|不得|不能|请/.test(CHECKS[id].zh) &&
        !CHECKS[id].zh.includes("{detail}"),
    );
    expect(silent).toEqual([]);
  });

  test("every id used in core/validation is in the table", () => {
    const used = new Set<string>();
    const files = readdirSync(SOURCE, { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.endsWith("messages.ts"),
    );
    for (const file of files) {
      for (const m of readFileSync(join(SOURCE, file), "utf8").matchAll(
        /"((?:OPTION|WORKBOOK|CHECK|SHEET|HEADER|CELL|CODE|CERT|AUDIT|TIME|ACTIVITY|TEAM|STATUS|AUDITOR|PERIOD|CNCA)-[A-Z0-9-]+)"/g,
      ))
        used.add(m[1] ?? "");
    }
    expect(used.size).toBeGreaterThan(80);
    for (const id of used) expect([id, id in CHECKS]).toEqual([id, true]);
  });
});
