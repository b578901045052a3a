import {
  DEFAULT_PROFILE_ID,
  getProfile,
  listProfiles,
  loadProfile,
  profileForScheme,
  resolveProfile,
} from "../../../core/profiles";
import { InputError, formatProblem } from "../../../core/problem";
import hgHy from "../../../core/profiles/data/HG-HY.json";

function problemOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("profile registry (DOMAIN §2)", () => {
  test("three built-in profiles, HG-HY the default", () => {
    expect(listProfiles().map((p) => p.id)).toEqual(["HG-HY", "HG-ZGLY", "SR-GGBZ"]);
    expect(DEFAULT_PROFILE_ID).toBe("HG-HY");
    expect(resolveProfile(undefined).id).toBe("HG-HY");
    expect(resolveProfile(null).id).toBe("HG-HY");
    expect(resolveProfile("  ").id).toBe("HG-HY");
  });

  test.each(["HG-HY", "hg-hy", "Hg-Zgly", "ＳＲ－ＧＧＢＺ", " sr-ggbz "])(
    "getProfile(%s) is case- and width-insensitive",
    (id) => {
      expect(getProfile(id).id).toBe(id.normalize("NFKC").trim().toUpperCase());
    },
  );

  test("an unknown id names the value and the known ids", () => {
    const error = problemOf(() => getProfile("HG-XX"));
    expect(error.problem.code).toBe("profile.unknown");
    expect(error.message).toBe(
      "规则配置「HG-XX」不存在，可用的规则配置：HG-HY、HG-ZGLY、SR-GGBZ（依据 本工具约定）",
    );
    expect(formatProblem(error.problem, "en")).toBe(
      'Rule profile "HG-XX" does not exist; known profiles: HG-HY, HG-ZGLY, SR-GGBZ (CertDesk\'s own rule)',
    );
    expect(problemOf(() => getProfile(42)).problem.params.value).toBe("42");
    expect(problemOf(() => getProfile({ id: "HG-HY" })).problem.params.value).toBe('{"id":"HG-HY"}');
  });

  test("loaded profiles are frozen throughout (calculations cache their numbers)", () => {
    expect(Object.isFrozen(getProfile("HG-HY").table.rows[0])).toBe(true);
    expect(Object.isFrozen(getProfile("SR-GGBZ").dates.surveillance)).toBe(true);
  });

  test("a profile object from loadProfile is accepted as it is; other objects are not", () => {
    const custom = loadProfile({ ...hgHy, id: "HG-TEST" }, "test");
    expect(resolveProfile(custom)).toBe(custom);
    expect(problemOf(() => resolveProfile({ ...hgHy })).problem.code).toBe("profile.unknown");
  });

  test("profileForScheme: HG → chosen HG profile (default HG-HY), SR → SR-GGBZ", () => {
    expect(profileForScheme("HG").id).toBe("HG-HY");
    expect(profileForScheme("hg", "HG-ZGLY").id).toBe("HG-ZGLY");
    expect(profileForScheme("SR").id).toBe("SR-GGBZ");
    // The HG choice does not touch SR rows.
    expect(profileForScheme("SR", "HG-ZGLY").id).toBe("SR-GGBZ");
    const unknown = problemOf(() => profileForScheme("QM"));
    expect(unknown.problem.code).toBe("profile.schemeUnknown");
    expect(unknown.message).toContain("「QM」");
    expect(unknown.message).toContain("HG、SR");
    const mismatch = problemOf(() => profileForScheme("HG", "SR-GGBZ"));
    expect(mismatch.problem.code).toBe("profile.schemeMismatch");
    expect(formatProblem(mismatch.problem, "en")).toBe(
      "Rule profile SR-GGBZ belongs to scheme SR, not to scheme HG (CertDesk's own rule)",
    );
  });
});

describe("loadProfile validates with the schema and names the broken field", () => {
  const REMOVE = Symbol("remove");
  /** A copy of HG-HY with the value at `path` replaced (or removed). */
  const broken = (path: (string | number)[], value: unknown): unknown => {
    const copy: unknown = JSON.parse(JSON.stringify(hgHy));
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (value === REMOVE) delete node[last];
    else node[last] = value;
    return copy;
  };

  test.each([
    ["a table value that is not a half day", ["table", "rows", 3, "days"], 5.3, "table.rows.3.days"],
    ["bands out of order", ["table", "rows", 5, "upTo"], 10, "table.rows.5.upTo"],
    ["an unknown rounding rule", ["rounding", "rule"], "bankers", "rounding.rule"],
    ["a fraction written as a float", ["surveillance", "fraction"], 0.333, "surveillance.fraction"],
    ["a category code of one digit", ["categories", "items", 2, "code"], "3", "categories.items.2.code"],
    ["a duplicate category", ["categories", "items", 2, "code"], "01", "categories.items.2.code"],
    ["missing date rules", ["dates", "suspensionMaxMonths"], REMOVE, "dates.suspensionMaxMonths"],
    ["a risk factor that is not a number", ["risk", "factorsPct", "high"], "10%", "risk.factorsPct.high"],
    ["a linear table without its start", ["table", "shape"], "linear", "table.start"],
  ])("%s", (_what, at, value, path) => {
    const error = problemOf(() => loadProfile(broken(at, value), "data/HG-BROKEN.json"));
    expect(error.problem.code).toBe("profile.invalid");
    expect(error.problem.params.path).toBe(path);
    expect(error.message).toContain(`规则配置 data/HG-BROKEN.json 无效：字段 ${path}`);
  });

  test("not an object at all", () => {
    expect(problemOf(() => loadProfile("HG-HY", "cell")).problem.params.path).toBe("(根)");
  });
});
