import { readSettings, SETTINGS_KEY } from "../../../addin/taskpane/shell/settings";

const storage = (raw: string | null) => ({
  getItem: (key: string) => (key === SETTINGS_KEY ? raw : null),
  setItem: () => undefined,
});

describe("reading settings", () => {
  test("nothing stored, or no storage: the default profile HG-HY", () => {
    expect(readSettings(storage(null))).toEqual({ settings: { defaultProfile: "HG-HY" }, problem: null });
    expect(readSettings(null)).toEqual({ settings: { defaultProfile: "HG-HY" }, problem: null });
  });

  test("a stored known profile is used", () => {
    expect(readSettings(storage('{"defaultProfile":"SR-GGBZ"}')).settings.defaultProfile).toBe("SR-GGBZ");
  });

  test("an unknown profile or unreadable text falls back to the default and says so", () => {
    expect(readSettings(storage('{"defaultProfile":"XX-YY"}'))).toEqual({
      settings: { defaultProfile: "HG-HY" },
      problem: "已保存的默认规则「XX-YY」不存在，已改用 HG-HY",
    });
    expect(readSettings(storage("{oops")).problem).toMatch(/^无法读取已保存的设置/);
  });
});
