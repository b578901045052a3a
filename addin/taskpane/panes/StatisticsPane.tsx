/**
 * 年报统计 (DOMAIN §10). The core has no statistics module yet, so the pane says plainly that the
 * feature comes later and what it will do, rather than showing controls that do nothing.
 */
import { usePaneStyles } from "../shell/styles";
import { Notice } from "../shell/Notice";

export function StatisticsPane() {
  const styles = usePaneStyles();
  return (
    <div className={styles.pane}>
      <h2 className={styles.heading}>年报统计</h2>
      <Notice message={{ intent: "info", text: "此功能将在后续版本提供。" }} />
      <p className={styles.text}>
        届时将按 000 4.3.5 由证书台账生成年度分类统计：截至 12 月 31
        日的证书状态、按业务范围大类、按省份和按认证项目统计的有效证书数，输出到新工作表，不修改台账。
      </p>
    </div>
  );
}
