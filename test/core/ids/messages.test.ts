/** zh and en of every message in this module use the same placeholders (xxxEn stands for xxx in English). */
import { ID_MESSAGES } from "../../../core/ids/messages";

const placeholders = (text: string, en: boolean) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1]!)
    .filter((p) => en || !p.endsWith("En"))
    .map((p) => p.replace(/En$/, ""))
    .sort();

test.each(Object.entries(ID_MESSAGES))("%s", (_code, { zh, en }) => {
  expect(zh.length).toBeGreaterThan(0);
  expect(placeholders(en, true)).toEqual(placeholders(zh, false));
});
