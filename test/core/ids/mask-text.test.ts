import fc from "fast-check";
import { maskIdsInText } from "../../../core/ids/mask-text";
import { validIdCard } from "./generators";
import { unmaskedIds } from "./unmasked";

const ID = "11010519491231002X";
const MASKED = "110105********002X";
const FULL_WIDTH = "１１０１０５１９４９１２３１００２Ｘ";

describe("an ID is masked however it is written (DOMAIN §13)", () => {
  test.each([
    ["plain", `号码 ${ID} 有误`, `号码 ${MASKED} 有误`],
    ["full-width digits", `号码 ${FULL_WIDTH} 有误`, `号码 ${MASKED} 有误`],
    ["lower-case x", `号码 ${ID.toLowerCase()}`, `号码 ${MASKED}`],
    ["spaces inside", "号码 110105 19491231 002X 有误", `号码 ${MASKED} 有误`],
    ["ideographic spaces", "号码 110105\u300019491231\u3000002X", `号码 ${MASKED}`],
    ["dashes inside", "号码 110105-1949-1231-002X", `号码 ${MASKED}`],
    ["full-width dashes", "号码 110105－19491231－002X", `号码 ${MASKED}`],
    ["zero-width characters", "号码 1101\u200B0519491231\u200D002X", `号码 ${MASKED}`],
    ["glued to Chinese", `身份证${ID}号`, `身份证${MASKED}号`],
    ["glued to letters before", `ID${ID}`, `ID${MASKED}`],
    ["glued to letters after", `${ID}abc`, `${MASKED}abc`],
    ["glued to another ID", `${ID}330106198611074600`, `${MASKED}330106********4600`],
    ["glued to a digit", `7${ID}`, `7${MASKED}`],
    ["quoted in a cell value", `值「${ID}」不在可选值中`, `值「${MASKED}」不在可选值中`],
    ["born in 1880 (GB 11643's example)", "440524188001010014", "440524********0014"],
  ])("%s", (_, raw, masked) => {
    expect(maskIdsInText(raw)).toBe(masked);
    expect(unmaskedIds(maskIdsInText(raw))).toEqual([]);
  });

  test("a digit glued in front that makes an earlier date: that window is masked, the ID no longer readable", () => {
    const out = maskIdsInText(`1949${ID}`);
    expect(unmaskedIds(out)).toEqual([]);
    expect(out).toContain("********");
  });

  test.each([
    "统一社会信用代码 91310115MA1FL7Q289",
    "12440300455761025K",
    "证书号 081226HG00017R000",
    "电话 021-58880000",
    "日期 2026-10-31，第 3 行",
    "第 12 行 第 3、7 位",
  ])("left exactly as it was: %s", (text) => {
    expect(maskIdsInText(text)).toBe(text);
  });

  test("the rest of the message keeps its own spelling", () => {
    expect(maskIdsInText(`ＡＢ ${FULL_WIDTH}，第 ３ 行`)).toBe(`ＡＢ ${MASKED}，第 ３ 行`);
  });
});

/** One way of writing a valid ID in a message: how a clerk or a pasted cell may have spelled it. */
const spelled = fc
  .tuple(
    validIdCard,
    fc.array(fc.constantFrom("", "", "", " ", "-", "\u200B", "\u3000", "－", "\uFEFF"), {
      minLength: 18,
      maxLength: 18,
    }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([id, seps, fullWidth, lower]) => {
    const chars = [...id].map((c) => {
      const d = fullWidth ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c;
      return lower ? d.toLowerCase() : d;
    });
    return chars.map((c, i) => (i === 0 ? c : seps[i]! + c)).join("");
  });

const filler = fc.constantFrom("", "值「", "」", "ABC", "号码", " ", "7", "12", "，第 3 行", "X", "-");

test("fuzzed: no valid ID survives in any spelling, alone, glued or several in one message", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(filler, spelled), { minLength: 1, maxLength: 4 }), filler, (parts, end) => {
      const text = parts.map(([f, id]) => f + id).join("") + end;
      expect(unmaskedIds(maskIdsInText(text))).toEqual([]);
    }),
  );
});
