/**
 * Audit type spellings (DOMAIN §3.4): 初次/初审/初次认证/initial/I; 一阶段/stage1; 二阶段/stage2;
 * 监督/监督审核/surveillance/S; 再认证/复评/recertification/R. Also the CNCA activity codes of
 * DOMAIN §9 (01, 0101, 0102, 02, 03, 0301…) so a report cell can be passed as it stands.
 * Matching is NFKC and case-insensitive, ignoring spaces, `-` and `_` ("Stage 1", "ＳＴＡＧＥ-1").
 */
import { fail } from "../problem";
import { normalizeText } from "../input/normalize";
import { showValue, toWord } from "../input/coerce";
import type { AuditType } from "./types";

const SPELLINGS: Record<AuditType, readonly string[]> = {
  initial: ["初次", "初审", "初次认证", "初次审核", "初次认证审核", "initial", "i", "01"],
  stage1: ["一阶段", "第一阶段", "一阶段审核", "第一阶段审核", "初次认证第一阶段", "stage1", "0101"],
  stage2: ["二阶段", "第二阶段", "二阶段审核", "第二阶段审核", "初次认证第二阶段", "stage2", "0102"],
  surveillance: ["监督", "监督审核", "surveillance", "s", "03", "0301", "0302", "0303"],
  recertification: ["再认证", "复评", "再认证审核", "复评审核", "recertification", "recert", "r", "02"],
};

const BY_KEY = new Map<string, AuditType>();
for (const [type, words] of Object.entries(SPELLINGS) as [AuditType, readonly string[]][])
  for (const word of words) BY_KEY.set(word, type);

export const AUDIT_TYPE_ACCEPTED =
  "初次/初审/初次认证/initial/I；一阶段/stage1；二阶段/stage2；监督/监督审核/surveillance/S；再认证/复评/recertification/R";

const CLAUSE = "本工具约定";

export function parseAuditType(value: unknown): AuditType {
  // Canonical spellings skip normalisation: this runs once per cell in bulk calculations.
  if (typeof value === "string") {
    const direct = BY_KEY.get(value);
    if (direct) return direct;
  }
  const word = toWord(value, "auditType", CLAUSE);
  const key = normalizeText(word)
    .text.toLowerCase()
    .replace(/[\s_-]/g, "");
  return (
    BY_KEY.get(key) ??
    fail("auditTime.typeUnknown", CLAUSE, { value: showValue(value), accepted: AUDIT_TYPE_ACCEPTED })
  );
}
