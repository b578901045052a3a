/**
 * zh and en of every message in a module's table use the same placeholders (xxxEn stands for xxx
 * in English). Called at the top level of a module's messages.test.ts: one test per code.
 */
import type { MessageTemplate } from "../../core/messages";

const placeholders = (text: string, en: boolean) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1]!)
    .filter((p) => en || !p.endsWith("En"))
    .map((p) => p.replace(/En$/, ""))
    .sort();

export function testPlaceholderParity(table: Readonly<Record<string, MessageTemplate>>): void {
  test.each(Object.entries(table))("%s", (_code, { zh, en }) => {
    expect(zh.length).toBeGreaterThan(0);
    expect(placeholders(en, true)).toEqual(placeholders(zh, false));
  });
}
