/**
 * 规则, for trainers: choose a profile and see, all read from the profile data and the core,
 * its time table drawn together with the other shape (附录B stairs, 表A.1 curve), a calculator
 * that shows each step of the record, the risk categories, sampling, the figures with their
 * clauses, the columns deliberately not used (SR-GGBZ column D, DOMAIN §3.2), the reference data
 * this build carries, and the demo workbook. Nothing here computes a rule itself.
 */
import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { getProfile, listProfiles, type RuleProfile } from "../../../core";
import { computeAudit } from "../audit-time/calculate";
import { tableSeries } from "../rules/chart-geometry";
import { DemoAction } from "../rules/DemoAction";
import { RuleCalculator, type CalculatorForm } from "../rules/RuleCalculator";
import { TableChart } from "../rules/TableChart";
import { ProfileOptions } from "../shell/ProfileOptions";
import { useSettings } from "../shell/settings";
import { usePaneStyles } from "../shell/styles";
import {
  categoryClauses,
  categoryRows,
  dataVintages,
  ruleFacts,
  samplingLines,
  tableView,
  unusedColumnNotes,
} from "./rules-view";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      textAlign: "left",
    },
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  note: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function TimeTable({ profile }: { profile: RuleProfile }) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const view = tableView(profile);
  return (
    <div className={pane.section}>
      <table className={styles.table} aria-label={`${profile.id} ${profile.table.name} 审核时间表`}>
        <caption className={pane.muted} style={{ textAlign: "left" }}>
          {profile.table.name}（{profile.table.shape === "step" ? "按档取值" : "连续插值"}，
          {profile.table.clause}）
        </caption>
        <thead>
          <tr>
            {view.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className={`${pane.text} ${pane.muted}`}>
        {view.legend.map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li>
          超过末档按递进规律：每档上限按末两档之比增长，每档加一档的人日（{profile.table.progression.clause}）
        </li>
      </ul>
    </div>
  );
}

function Facts({ items }: { items: Array<{ label: string; text: string }> }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {items.map((fact) => (
        <div key={fact.label} style={{ display: "contents" }}>
          <dt>{fact.label}</dt>
          <dd>{fact.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Categories({ profile }: { profile: RuleProfile }) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const rows = categoryRows(profile);
  if (rows.length === 0) return <p className={pane.text}>规则 {profile.id} 没有业务范围分类。</p>;
  return (
    <table className={styles.table} aria-label={`${profile.id} 业务范围分类与风险`}>
      <caption className={pane.muted} style={{ textAlign: "left" }}>
        {categoryClauses(profile)}
      </caption>
      <thead>
        <tr>
          <th scope="col">大类</th>
          <th scope="col">名称</th>
          <th scope="col">风险</th>
          <th scope="col">依据</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <td>{row.code}</td>
            <td>{row.name}</td>
            <td>{row.risk}</td>
            <td>{row.basis}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const SECTIONS = ["calculator", "table", "categories", "sampling", "facts", "data", "demo"] as const;

export function RulesPane() {
  const pane = usePaneStyles();
  const styles = useStyles();
  const { settings } = useSettings();
  const [chosen, setChosen] = useState<string | null>(null);
  const profileId = chosen ?? settings.defaultProfile;
  const profile = getProfile(profileId);
  const [form, setForm] = useState<CalculatorForm>({ employees: "180", risk: "中", type: "初次" });
  const outcome = useMemo(
    () => computeAudit({ ...form, profile: profile.id, factors: {} }),
    [form, profile.id],
  );
  const series = useMemo(() => tableSeries(profile, listProfiles()), [profile]);
  const marker = outcome.ok ? { employees: outcome.result.employees, days: outcome.result.tableDays } : null;
  const notes = unusedColumnNotes(profile);
  return (
    <div className={pane.pane}>
      <h2 className={pane.heading}>规则配置</h2>
      <Field label="查看的规则" hint="每项计算都按所选规则进行；下列数值均取自规则数据，并注明出处条款。">
        <Select className={pane.full} value={profile.id} onChange={(_, d) => setChosen(d.value)}>
          <ProfileOptions />
        </Select>
      </Field>
      {notes.map((note) => (
        <p key={note} className={styles.note} role="note">
          {note}
        </p>
      ))}
      <TableChart series={series} marker={marker} />
      <Accordion collapsible multiple defaultOpenItems={["calculator"]}>
        <AccordionItem value={SECTIONS[0]}>
          <AccordionHeader>逐步计算</AccordionHeader>
          <AccordionPanel>
            <p className={`${pane.text} ${pane.muted}`}>图中的点是此处人数对应的表值。</p>
            <RuleCalculator
              form={form}
              outcome={outcome}
              onChange={(c) => setForm((f) => ({ ...f, ...c }))}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value={SECTIONS[1]}>
          <AccordionHeader>
            {profile.table.name} 审核时间表（{profile.table.clause}）
          </AccordionHeader>
          <AccordionPanel>
            <TimeTable profile={profile} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value={SECTIONS[2]}>
          <AccordionHeader>业务范围分类与风险（{profile.categories.clause}）</AccordionHeader>
          <AccordionPanel>
            <Categories profile={profile} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value={SECTIONS[3]}>
          <AccordionHeader>多场所抽样</AccordionHeader>
          <AccordionPanel>
            <ul className={pane.text}>
              {samplingLines().map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value={SECTIONS[4]}>
          <AccordionHeader>主要数值与条款</AccordionHeader>
          <AccordionPanel>
            <Facts items={ruleFacts(profile)} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value={SECTIONS[5]}>
          <AccordionHeader>数据版本</AccordionHeader>
          <AccordionPanel>
            <Facts items={dataVintages()} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value={SECTIONS[6]}>
          <AccordionHeader>演示工作簿</AccordionHeader>
          <AccordionPanel>
            <DemoAction profile={profile.id} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
