/** What `--json` prints of a finding or a conversion note (DOMAIN §12): these fields, in this order. */
export interface FindingFields {
  id: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  clause: string;
}

export function findingJson({ id, severity, sheet, cell, message, clause }: FindingFields): FindingFields {
  return { id, severity, sheet, cell, message, clause };
}
