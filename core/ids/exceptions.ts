/**
 * Real registrations whose code fails its own checksum (DOMAIN §8). Rejecting them would make a
 * clerk "correct" a code that is right on the licence and in the national register, so each is
 * passed with a note instead. Add an entry only after checking the national enterprise credit
 * information system (国家企业信用信息公示系统), and say so here.
 */
export interface UsccException {
  code: string;
  note: string;
}

export const USCC_EXCEPTIONS: ReadonlyArray<UsccException> = [
  {
    // Issued in Xiamen (350203 思明区) with check character B where GB 32100 computes 9; the
    // registration is real and cited in DOMAIN §8 as the example of this case.
    code: "91350203M0001QAY9B",
    note: "实际登记代码，校验位与 GB 32100 计算值不一致（本工具所列例外）",
  },
];

export function usccException(code: string): UsccException | undefined {
  return USCC_EXCEPTIONS.find((e) => e.code === code);
}
