/** `certdesk --version`: the program's version and the vintage of the data it carries. */
import cliPackage from "../package.json";
import { dataVintage, describeDataVintage } from "../../core";

export function formatVersion(json: boolean): string {
  if (json) return JSON.stringify({ version: cliPackage.version, data: dataVintage() });
  const zh = describeDataVintage("zh");
  const en = describeDataVintage("en");
  return [`certdesk ${cliPackage.version}`, ...zh.map((line, i) => `${line} / ${en[i] ?? ""}`)].join("\n");
}
