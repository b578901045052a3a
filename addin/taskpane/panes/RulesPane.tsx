/**
 * 规则: every rule profile the core knows, with its time table and the figures the calculations
 * use, all read from the profile data (listProfiles). The columns a source table has but the
 * rules do not use are stated with the reason — e.g. SR-GGBZ column D (DOMAIN §3.2).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { listProfiles, type RuleProfile } from "../../../core/profiles";
import { useSettings } from "../shell/settings";
import { usePaneStyles } from "../shell/styles";
import { ruleFacts, tableView, unusedColumnNotes } from "./rules-view";

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
});

function ProfileDetails({ profile }: { profile: RuleProfile }) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const view = tableView(profile);
  const notes = unusedColumnNotes(profile);
  return (
    <div className={pane.section}>
      <dl className={styles.facts}>
        {ruleFacts(profile).map((fact) => (
          <div key={fact.label} style={{ display: "contents" }}>
            <dt>{fact.label}</dt>
            <dd>{fact.text}</dd>
          </div>
        ))}
      </dl>
      {notes.map((note) => (
        <p key={note} className={styles.note} role="note">
          {note}
        </p>
      ))}
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

export function RulesPane() {
  const pane = usePaneStyles();
  const { settings } = useSettings();
  const profiles = listProfiles();
  return (
    <div className={pane.pane}>
      <h2 className={pane.heading}>规则配置</h2>
      <p className={`${pane.text} ${pane.muted}`}>
        每项计算都按所选规则配置进行；下列数值均直接取自规则数据，并注明出处条款。
      </p>
      <Accordion collapsible multiple defaultOpenItems={[settings.defaultProfile]}>
        {profiles.map((profile) => (
          <AccordionItem key={profile.id} value={profile.id}>
            <AccordionHeader>
              {profile.id}：{profile.name}
              {profile.id === settings.defaultProfile ? "（默认）" : ""}
            </AccordionHeader>
            <AccordionPanel>
              <ProfileDetails profile={profile} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
