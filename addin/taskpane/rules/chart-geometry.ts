/**
 * The rules pane's chart as geometry: each distinct time table drawn as the table defines it —
 * 附录B as stairs (a band's days hold up to its upper bound, DOMAIN §3.2), 表A.1 as the curve
 * through its rows from (1 person, 1.5 days) (003 表A.1 注1) — on a logarithmic headcount axis,
 * so the small bands are not squeezed into the corner. Pure, so it is tested in node; the SVG
 * component only draws these numbers.
 */
import { distinctTables, type RuleProfile } from "../../../core";

export interface Series {
  profile: string;
  label: string;
  shape: "step" | "linear";
  /** Table points (headcount, days) in drawing order. */
  points: Array<[number, number]>;
}

export function tableSeries(chosen: RuleProfile, all: readonly RuleProfile[]): Series[] {
  return distinctTables(chosen, all).map((p) => {
    const { table } = p;
    const points: Array<[number, number]> = [];
    if (table.shape === "linear") {
      if (table.start) points.push([table.start.employees, table.start.days]);
      for (const row of table.rows) points.push([row.upTo, row.days]);
    } else {
      let from = 1;
      for (const row of table.rows) {
        points.push([from, row.days], [row.upTo, row.days]);
        from = row.upTo;
      }
    }
    const shape = table.shape === "linear" ? "连续插值" : "按档取值";
    return { profile: p.id, label: `${p.id} ${table.name}（${shape}）`, shape: table.shape, points };
  });
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  maxEmployees: number;
  maxDays: number;
}

export function frameFor(series: readonly Series[], width = 300, height = 200): Frame {
  const xs = series.flatMap((s) => s.points.map(([x]) => x));
  const ys = series.flatMap((s) => s.points.map(([, y]) => y));
  return {
    width,
    height,
    left: 30,
    right: 8,
    top: 8,
    bottom: 26,
    maxEmployees: Math.max(10, ...xs),
    maxDays: Math.ceil(Math.max(1, ...ys) / 5) * 5,
  };
}

/** Headcount → x on a log scale from 1 person; below 1 sits at the axis. */
export function xOf(frame: Frame, employees: number): number {
  const span = frame.width - frame.left - frame.right;
  const t = Math.log10(Math.max(1, Math.min(employees, frame.maxEmployees))) / Math.log10(frame.maxEmployees);
  return round(frame.left + t * span);
}

export function yOf(frame: Frame, days: number): number {
  const span = frame.height - frame.top - frame.bottom;
  return round(frame.height - frame.bottom - (Math.min(days, frame.maxDays) / frame.maxDays) * span);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function pathOf(frame: Frame, series: Series): string {
  return series.points
    .map(([x, y], i) => `${i === 0 ? "M" : "L"}${xOf(frame, x)} ${yOf(frame, y)}`)
    .join(" ");
}

/** Axis ticks: powers of ten people, every 5 days. */
export function ticks(frame: Frame): { x: number[]; y: number[] } {
  const x: number[] = [];
  for (let v = 1; v <= frame.maxEmployees; v *= 10) x.push(v);
  const y: number[] = [];
  for (let v = 0; v <= frame.maxDays; v += 5) y.push(v);
  return { x, y };
}
