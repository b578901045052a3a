/**
 * What a CNCA activity code (认证审核活动类别, DOMAIN §9) means for the checks: whether it is an
 * audit at all, which audit type of DOMAIN §3.4 it is, whether it leads to a certificate being
 * issued, and which certification cycle its certificate number must carry (001 C.4).
 */
import type { AuditType } from "../audit-time";
import { itemValue, enumLabel, getSpec } from "./specs";

/** 04 变更 and 99 其他 are not audits: no dates, no person-days, no team (DOMAIN §9). */
export function isAudit(activity: string): boolean {
  return activity !== "04" && activity !== "99";
}

export function auditTypeOf(activity: string): AuditType | null {
  if (activity === "01") return "initial";
  if (activity === "0101") return "stage1";
  if (activity === "0102") return "stage2";
  if (activity === "02") return "recertification";
  if (activity === "03" || /^03\d\d$/.test(activity)) return "surveillance";
  return null;
}

/** Activities that end in a certification decision and a certificate issued after them. */
export function leadsToIssue(activity: string): boolean {
  const type = auditTypeOf(activity);
  return type === "initial" || type === "stage1" || type === "stage2" || type === "recertification";
}

/** The cycle a certificate of this activity must carry: R0 for initial certification, R1+ for re-certification (001 C.4). */
export function requiredCycle(activity: string): "R0" | "R1+" | null {
  const type = auditTypeOf(activity);
  if (type === "initial" || type === "stage1" || type === "stage2") return "R0";
  if (type === "recertification") return "R1+";
  return null;
}

const activityList = getSpec("monthly").columns.find((c) => c.key === "activity")?.enum;
const englishOf = new Map((activityList?.items ?? []).map((item) => [itemValue(item), item.en]));

/** "0101 初次认证第一阶段" / "initial stage 1" for messages. */
export function activityParams(activity: string): { activity: string; activityEn: string } {
  const label = activityList ? enumLabel(activityList, activity) : activity;
  return {
    activity: label === activity ? activity : `${activity} ${label}`,
    activityEn: englishOf.get(activity) ?? activity,
  };
}
