import { makeCertNo, parseCertNo } from "../../../core";
import type { Command } from "../command";
import { valueOptions } from "../options";

export const certnoCommand: Command = {
  name: "certno",
  summary: "生成证书编号（001 附录C）/ make a certificate number",
  usage: "certno --cb CODE --year YYYY --seq N [--cycle R] [--accreditation AA] [--sub n] [--scheme HG]",
  optionHelp: [
    "--cb CODE          机构批准号 CNCA-R-2021-812 或 4 位代码 0812 / approval number or 4-digit code",
    "--year YYYY        颁证年份 / issue year",
    "--seq N            当年该认证项目流水号 / running number in that year",
    "--cycle R          认证周期：0 初次，1 第一次再认证…（默认 0）/ certification cycle",
    "--accreditation AA 认可标识代码（默认 00 未认可）/ accreditation body code",
    "--sub n            子证书序号 / sub-certificate number",
    "--scheme HG        认证项目简称（默认 HG）/ scheme abbreviation",
  ],
  examples: [
    "certdesk certno --cb CNCA-R-2021-812 --year 2026 --seq 17",
    "certdesk certno --cb 0812 --year 2026 --seq 17 --cycle 1 --sub 2 --json",
  ],
  options: valueOptions("cb", "year", "seq", "cycle", "accreditation", "sub", "scheme"),
  required: { cb: "cbCode", year: "year", seq: "seq" },
  run({ values }) {
    const certNo = makeCertNo({
      cbCode: values.cb,
      year: values.year,
      seq: values.seq,
      cycle: values.cycle,
      accreditation: values.accreditation,
      sub: values.sub,
      scheme: values.scheme,
    });
    return { json: { certNo }, text: certNo };
  },
};

export const certparseCommand: Command = {
  name: "certparse",
  summary: "解析证书编号 / parse a certificate number into its parts",
  usage: "certparse <number>",
  optionHelp: ["<number>         证书编号，如 081226HG00017R000-1 / the certificate number"],
  examples: ["certdesk certparse 081226HG00017R000-1", "certdesk certparse 081226HG00017R000 --json"],
  options: {},
  positionals: ["number"],
  run({ positionals }) {
    const parts = parseCertNo(positionals[0]);
    const text = [
      `机构代码 ${parts.cbCode}`,
      `年份 ${parts.year}`,
      `认证项目 ${parts.scheme}`,
      `流水号 ${parts.seq}`,
      `认证周期 R${parts.cycle}`,
      `认可标识 ${parts.accreditation}`,
      `子证书 ${parts.sub ?? "无"}`,
    ].join("\n");
    // The seven parts DOMAIN §11 CERTPARSE returns, by name (DOMAIN §12 "its parts").
    const { cbCode, year, scheme, seq, cycle, accreditation, sub } = parts;
    return { json: { cbCode, year, scheme, seq, cycle, accreditation, sub }, text };
  },
};
