/** 设置: the default rule profile, kept on this machine only (DOMAIN §13). */
import { ProfileOptions } from "../shell/ProfileOptions";
import { useId, useState } from "react";
import { Field, Select } from "@fluentui/react-components";
import { listProfiles } from "../../../core";
import { Notice, type NoticeMessage } from "../shell/Notice";
import { useSettings } from "../shell/settings";
import { usePaneStyles } from "../shell/styles";

export function SettingsPane() {
  const styles = usePaneStyles();
  const { settings, update, problem } = useSettings();
  const [saved, setSaved] = useState<NoticeMessage | null>(null);
  const hint = useId();
  return (
    <div className={styles.pane}>
      <h2 className={styles.heading}>设置</h2>
      <Field label="默认规则配置" hint="审核时间面板打开时使用此规则；每次计算仍可另选。">
        <Select
          className={styles.full}
          value={settings.defaultProfile}
          aria-describedby={hint}
          onChange={(_, data) => {
            update({ defaultProfile: data.value });
            const profile = listProfiles().find((p) => p.id === data.value);
            setSaved({ intent: "success", text: `默认规则已设为 ${data.value}（${profile?.name ?? ""}）` });
          }}
        >
          <ProfileOptions />
        </Select>
      </Field>
      {problem ? (
        <Notice message={{ intent: "warning", text: problem }} />
      ) : saved ? (
        <Notice message={saved} />
      ) : null}
      <p id={hint} className={`${styles.text} ${styles.muted}`}>
        设置只保存在本机，不会发送到任何地方；计算全部在本机完成。
      </p>
    </div>
  );
}
