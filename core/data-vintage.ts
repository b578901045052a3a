/**
 * Which reference data this build carries (holiday schedule, division codes), for `certdesk
 * --version` and the rules pane: a clerk can tell at a glance whether 2027 or a new district is in.
 */
import { holidayVintage, type HolidayVintage } from "./dates/package-calendar";
import { divisionVintage, type DivisionVintage } from "./ids/division-overlay";

export interface DataVintage {
  holidays: HolidayVintage;
  divisions: DivisionVintage;
}

export function dataVintage(): DataVintage {
  return { holidays: holidayVintage(), divisions: divisionVintage() };
}

/** One line per data set, Chinese or English. */
export function describeDataVintage(lang: "zh" | "en" = "zh"): string[] {
  const { holidays: h, divisions: d } = dataVintage();
  return lang === "zh"
    ? [
        `节假日数据：${h.package} ${h.version}，覆盖 ${h.firstYear}–${h.lastYear} 年（其他年份可用节假日表补充）`,
        `行政区划代码：${d.package} ${d.version}（${d.holds.zh}），另补充 ${d.additions} 个新设区县（至 ${d.addedThrough}）`,
      ]
    : [
        `holiday data: ${h.package} ${h.version}, covering ${h.firstYear}–${h.lastYear} (other years from a holiday table)`,
        `division codes: ${d.package} ${d.version} (${d.holds.en}) plus ${d.additions} newer districts and counties (through ${d.addedThrough})`,
      ];
}
