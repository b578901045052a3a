import { chooseHgProfile } from "../../../core/profiles";
import { attempt } from "../../../core/problem";

describe("chooseHgProfile: the one choice of the profile for HG rows (CLI, pane, validateWorkbook)", () => {
  test.each([undefined, null, "", " "])("blank %j → the default HG-HY", (value) => {
    expect(chooseHgProfile(value)).toEqual({ profile: expect.objectContaining({ id: "HG-HY" }) });
  });

  test.each([
    ["HG-ZGLY", "HG-ZGLY"],
    ["hg-zgly", "HG-ZGLY"],
    ["ＨＧ－ＨＹ", "HG-HY"],
  ])("an HG profile %s is used as it is", (value, id) => {
    const choice = chooseHgProfile(value);
    expect(choice.profile.id).toBe(id);
    expect(choice.otherScheme).toBeUndefined();
  });

  test("another scheme's profile: HG rows use HG-HY, and the profile asked for is handed back to be named", () => {
    const choice = chooseHgProfile("SR-GGBZ");
    expect(choice.profile.id).toBe("HG-HY");
    expect(choice.otherScheme?.id).toBe("SR-GGBZ");
  });

  test("an unknown profile is refused naming it and the known ones", () => {
    const r = attempt(() => chooseHgProfile("XX-1"));
    expect(!r.ok && r.problem).toMatchObject({
      code: "profile.unknown",
      params: { value: "XX-1", known: "HG-HY、HG-ZGLY、SR-GGBZ" },
    });
  });
});
