/**
 * The factors for adjusting audit time, as listed in 001 附录B 注4 (the note DOMAIN §3.3 calls
 * "App. B note 4"; 004's own note 4 gives only the risk percentages, which the profile applies).
 * The seeds give no percentage for any factor: each is the scheduler's documented judgement, so
 * the pane asks for it and records it. Labels shorten the seed's wording without changing it.
 */
export type FactorDirection = "increase" | "reduce";

export interface AdjustFactor {
  id: string;
  direction: FactorDirection;
  label: string;
  clause: string;
}

export const FACTORS_CLAUSE = "001 附录B 注4";

export const ADJUST_FACTORS: readonly AdjustFactor[] = [
  { id: "inc-a", direction: "increase", label: "多场所审核", clause: "001 附录B 注4 1)a" },
  {
    id: "inc-b",
    direction: "increase",
    label: "受法规管制程度较高（如食品、金融、电力、电信、建筑）",
    clause: "001 附录B 注4 1)b",
  },
  {
    id: "inc-c",
    direction: "increase",
    label: "工作语言超过一种（需要翻译或影响审核员独立工作）",
    clause: "001 附录B 注4 1)c",
  },
  {
    id: "inc-d",
    direction: "increase",
    label: "复杂的后勤条件（不止一座建筑物或一处工作地点）",
    clause: "001 附录B 注4 1)d",
  },
  {
    id: "inc-e",
    direction: "increase",
    label: "体系覆盖高度复杂的过程或数量大、独特的活动",
    clause: "001 附录B 注4 1)e",
  },
  { id: "inc-f", direction: "increase", label: "需要访问临时场所", clause: "001 附录B 注4 1)f" },
  { id: "red-a", direction: "reduce", label: "体系成熟", clause: "001 附录B 注4 2)a" },
  { id: "red-b", direction: "reduce", label: "业务过程低风险", clause: "001 附录B 注4 2)b" },
  {
    id: "red-c",
    direction: "reduce",
    label: "对客户管理体系已有了解（如已依据另一标准认证）",
    clause: "001 附录B 注4 2)c",
  },
  {
    id: "red-d",
    direction: "reduce",
    label: "客户为认证所作的准备（如已获其他第三方认证）",
    clause: "001 附录B 注4 2)d",
  },
  {
    id: "red-e",
    direction: "reduce",
    label: "活动复杂程度低（如仅包含单一的一般性活动）",
    clause: "001 附录B 注4 2)e",
  },
  {
    id: "red-f",
    direction: "reduce",
    label: "各班次活动相同且有证据表明表现相同",
    clause: "001 附录B 注4 2)f",
  },
  {
    id: "red-g",
    direction: "reduce",
    label: "相当一部分员工从事相似的简单职能",
    clause: "001 附录B 注4 2)g",
  },
  {
    id: "red-h",
    direction: "reduce",
    label: "部分员工在场所外工作，可通过记录审查充分审核",
    clause: "001 附录B 注4 2)h",
  },
];
