/**
 * 附录B stairs and 表A.1 curve drawn together (an SVG drawn by React: no chart library, no remote
 * asset), the chosen profile's table in the brand colour, with a dot at the calculator's headcount.
 * The drawing is described in text for screen readers; the table below it holds the numbers.
 */
import { useId } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { frameFor, pathOf, ticks, xOf, yOf, type Series } from "./chart-geometry";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "16px",
    height: "3px",
    marginRight: "4px",
    verticalAlign: "middle",
  },
});

const COLOURS = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorNeutralForeground3,
];

function thousands(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : String(n);
}

export function TableChart({
  series,
  marker,
}: {
  series: readonly Series[];
  /** The calculator's headcount and the chosen table's value there. */
  marker: { employees: number; days: number } | null;
}) {
  const styles = useStyles();
  const id = useId();
  const frame = frameFor(series);
  const axis = ticks(frame);
  const bottom = frame.height - frame.bottom;
  const description = series
    .map(
      (s) =>
        `${s.label}：${s.points.length} 个点，自 ${s.points[0]?.[0]} 人 ${s.points[0]?.[1]} 人日至 ${s.points.at(-1)?.[0]} 人 ${s.points.at(-1)?.[1]} 人日`,
    )
    .join("；");
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>有效人数与初次审核人日（横轴为对数刻度）</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g stroke={tokens.colorNeutralStroke2} strokeWidth={0.5}>
          {axis.y.map((d) => (
            <line
              key={`y${d}`}
              x1={frame.left}
              x2={frame.width - frame.right}
              y1={yOf(frame, d)}
              y2={yOf(frame, d)}
            />
          ))}
          {axis.x.map((e) => (
            <line key={`x${e}`} x1={xOf(frame, e)} x2={xOf(frame, e)} y1={frame.top} y2={bottom} />
          ))}
        </g>
        <g fontSize={9} fill={tokens.colorNeutralForeground3}>
          {axis.y.map((d) => (
            <text key={`ty${d}`} x={frame.left - 4} y={yOf(frame, d) + 3} textAnchor="end">
              {d}
            </text>
          ))}
          {axis.x.map((e) => (
            <text key={`tx${e}`} x={xOf(frame, e)} y={bottom + 11} textAnchor="middle">
              {thousands(e)}
            </text>
          ))}
          <text x={frame.width - frame.right} y={frame.height - 2} textAnchor="end">
            有效人数（人）
          </text>
          <text x={frame.left + 3} y={frame.top} dominantBaseline="hanging">
            人日
          </text>
        </g>
        {series.map((s, i) => (
          <path
            key={s.profile}
            d={pathOf(frame, s)}
            fill="none"
            stroke={COLOURS[i % COLOURS.length]}
            strokeWidth={i === 0 ? 2 : 1.5}
            strokeDasharray={s.shape === "linear" ? undefined : i === 0 ? undefined : "4 2"}
            data-profile={s.profile}
          />
        ))}
        {marker ? (
          <circle
            cx={xOf(frame, marker.employees)}
            cy={yOf(frame, marker.days)}
            r={3.5}
            fill={COLOURS[0]}
            data-testid="chart-marker"
          />
        ) : null}
      </svg>
      <ul className={styles.legend} aria-label="图例">
        {series.map((s, i) => (
          <li key={s.profile}>
            <span className={styles.swatch} style={{ backgroundColor: COLOURS[i % COLOURS.length] }} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
