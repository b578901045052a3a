/** The built-in profile data files and the path each is cited by when it fails the schema. */
import hgHy from "./data/HG-HY.json";
import hgZgly from "./data/HG-ZGLY.json";
import srGgbz from "./data/SR-GGBZ.json";

export const BUILT_IN_FILES: ReadonlyArray<readonly [unknown, string]> = [
  [hgHy, "core/profiles/data/HG-HY.json"],
  [hgZgly, "core/profiles/data/HG-ZGLY.json"],
  [srGgbz, "core/profiles/data/SR-GGBZ.json"],
];
