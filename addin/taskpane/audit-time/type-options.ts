/** Audit types the panes offer; values are spellings the core accepts (DOMAIN §3.4) and go into formulas as written. */
export const AUDIT_TYPE_OPTIONS = [
  { value: "初次", label: "初次认证" },
  { value: "一阶段", label: "第一阶段" },
  { value: "二阶段", label: "第二阶段" },
  { value: "监督", label: "监督审核" },
  { value: "再认证", label: "再认证" },
] as const;

export function typeLabel(value: string): string {
  return AUDIT_TYPE_OPTIONS.find((o) => o.value === value)?.label ?? value;
}
