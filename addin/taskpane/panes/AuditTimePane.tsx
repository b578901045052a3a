/**
 * 审核时间 (DOMAIN §3): headcount, risk or scope code, audit type, profile and the documented
 * adjustment factors → the person-days, the on-site minimum and the calculation record, live as
 * the user types. Laid out for a 320 × 700 task pane: the four inputs two by two, the result and
 * its record straight under them, the profile's factors folded below, so the answer is in view
 * while typing. Bad input shows the core's Chinese message in place. Actions put the formula or
 * the record at the selected cell, or fill a whole table with formulas.
 */
import { getProfile } from "../../../core";
import { ProfileOptions } from "../shell/ProfileOptions";
import { useEffect, useMemo, useState } from "react";
import { Button, Field, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { AuditInputs } from "../audit-time/AuditInputs";
import { computeAudit, type AuditForm, type FactorEntry } from "../audit-time/calculate";
import { FactorList } from "../audit-time/FactorList";
import { typeLabel } from "../audit-time/type-options";
import { TableFill } from "../audit-time/TableFill";
import { Notice } from "../shell/Notice";
import { useSettings } from "../shell/settings";
import { TAB_BAR_HEIGHT, usePaneStyles } from "../shell/styles";
import { usePaneAction } from "../shell/use-pane-action";
import { useWorkbook } from "../shell/workbook-context";

const useStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  /** While the factor list is open the result stays under the tab bar, in view as percentages are typed. */
  pinned: {
    position: "sticky",
    top: TAB_BAR_HEIGHT,
    zIndex: 1,
    boxShadow: tokens.shadow4,
  },
  days: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  record: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
});

export function AuditTimePane() {
  const pane = usePaneStyles();
  const styles = useStyles();
  const workbook = useWorkbook();
  const { settings } = useSettings();
  const [form, setForm] = useState<AuditForm>(() => ({
    employees: "",
    risk: "",
    type: "初次",
    profile: settings.defaultProfile,
    factors: {},
  }));
  const [profileChosen, setProfileChosen] = useState(false);
  const { busy, notice, act } = usePaneAction();
  const [factorsOpen, setFactorsOpen] = useState(false);

  // Follow the default profile from the settings pane until the user picks one here.
  useEffect(() => {
    if (!profileChosen)
      setForm((f) =>
        f.profile === settings.defaultProfile ? f : { ...f, profile: settings.defaultProfile },
      );
  }, [settings.defaultProfile, profileChosen]);

  const outcome = useMemo(() => computeAudit(form), [form]);
  const tableClause = getProfile(form.profile).table.clause;
  const fixed = useMemo(
    () => ({ risk: form.risk.trim(), type: form.type, profile: form.profile }),
    [form.risk, form.type, form.profile],
  );
  const set = (change: Partial<AuditForm>) => setForm((f) => ({ ...f, ...change }));
  const setFactor = (id: string, entry: FactorEntry) =>
    setForm((f) => ({ ...f, factors: { ...f.factors, [id]: entry } }));

  const insert = (text: string, what: string) =>
    act(`正在插入${what}…`, async () => {
      const at = await workbook.writeAtSelection([[text]]);
      return { intent: "success", text: `已在「${at.sheet}」${at.address} 插入${what}` };
    });

  return (
    <div className={pane.pane}>
      <h2 className={pane.heading}>审核时间</h2>
      <AuditInputs
        values={form}
        labels={{ employees: "有效人数", risk: "风险等级或业务范围代码", type: "审核类型" }}
        placeholders={{ employees: "如 180", risk: "高/中/低 或 03.01" }}
        onChange={set}
      >
        <Field label="规则配置">
          <Select
            className={pane.full}
            value={form.profile}
            onChange={(_, d) => {
              setProfileChosen(true);
              set({ profile: d.value });
            }}
          >
            <ProfileOptions />
          </Select>
        </Field>
      </AuditInputs>
      <p className={`${pane.text} ${pane.muted}`}>
        有效人数含各班次、承包方及兼职折算人员（见 {tableClause} 注）；初次认证含第一、第二阶段。
      </p>

      <section
        className={mergeClasses(styles.result, factorsOpen && styles.pinned)}
        aria-label="计算结果"
        aria-live="polite"
      >
        {outcome.ok ? (
          <>
            <p className={pane.text}>{typeLabel(form.type)}审核时间</p>
            <p className={styles.days} data-testid="audit-days">
              {outcome.result.days} 人日
            </p>
            <p className={pane.text} data-testid="onsite-days">
              现场审核不少于 {outcome.onsiteDays} 人日
            </p>
            {outcome.result.stage1 !== undefined && outcome.result.stage2 !== undefined ? (
              <p className={pane.text}>
                第一阶段 {outcome.result.stage1} 人日，第二阶段 {outcome.result.stage2} 人日
              </p>
            ) : null}
            <p className={styles.record} aria-label="计算记录" data-testid="audit-record">
              {outcome.record}
            </p>
          </>
        ) : (
          <Notice message={{ intent: outcome.prompt ? "info" : "error", text: outcome.message }} />
        )}
      </section>

      <FactorList
        profileId={form.profile}
        factors={form.factors}
        totalPct={outcome.ok ? outcome.adjustPct : null}
        open={factorsOpen}
        onToggle={() => setFactorsOpen((o) => !o)}
        onChange={setFactor}
      />

      <div className={pane.actions}>
        <Button
          appearance="primary"
          disabled={!outcome.ok || busy !== null}
          onClick={() => outcome.ok && insert(outcome.formula, `公式 ${outcome.formula}`)}
        >
          在所选单元格插入公式
        </Button>
        <Button
          disabled={!outcome.ok || busy !== null}
          onClick={() => outcome.ok && insert(outcome.record, "计算记录")}
        >
          插入计算记录
        </Button>
      </div>
      {notice ? <Notice message={notice} /> : null}

      <TableFill fixed={fixed} fixedLabels={{ risk: fixed.risk || "（空）", type: typeLabel(form.type) }} />
    </div>
  );
}
