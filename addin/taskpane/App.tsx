/**
 * The task pane: Fluent UI provider, the navigation between panes and the panes themselves. It
 * receives the workbook (Excel's in the add-in, a fake in tests, a file in the workbench) and
 * passes it down through context; nothing here touches Office.
 */
import { Suspense, lazy, useState, type ReactNode } from "react";
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Workbook } from "../workbook/workbook";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { Notice } from "./shell/Notice";
import { PaneNav, panelId, tabId } from "./shell/PaneNav";
import { PANES, type PaneId } from "./shell/routes";
import { SettingsProvider, type SettingsStorage } from "./shell/settings";
import { useHashRoute } from "./shell/use-hash-route";
import { WorkbookProvider, type Downloader } from "./shell/workbook-context";
import { AuditTimePane } from "./panes/AuditTimePane";
import { SettingsPane } from "./panes/SettingsPane";

// The validation pane carries the validator and CNCA's layouts and code tables, the statistics pane
// the register reader and the province names, the rules pane the demo workbook and its chart: each
// loads when first opened, so the page Excel loads stays within issue 9's 1.05 MiB of JavaScript
// (from the add-in's own folder, like every other file).
const ValidationPane = lazy(() =>
  import("./panes/ValidationPane").then((m) => ({ default: m.ValidationPane })),
);
const StatisticsPane = lazy(() =>
  import("./panes/StatisticsPane").then((m) => ({ default: m.StatisticsPane })),
);
const RulesPane = lazy(() => import("./panes/RulesPane").then((m) => ({ default: m.RulesPane })));

const PANE_VIEWS: Record<PaneId, () => ReactNode> = {
  "audit-time": () => <AuditTimePane />,
  validation: () => <ValidationPane />,
  statistics: () => <StatisticsPane />,
  rules: () => <RulesPane />,
  settings: () => <SettingsPane />,
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: 0,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  panel: {
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
});

export interface AppProps {
  workbook: Workbook;
  /** Where settings are kept; the browser's localStorage by default. */
  storage?: SettingsStorage | null;
  /** A message shown above every pane, e.g. that the page runs outside Excel. */
  notice?: string;
  /** The workbench's downloads (panes reach it with useDownloader); none in Excel. */
  downloader?: Downloader | null;
}

export function App({ workbook, storage, notice, downloader }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang="zh-CN">
      <SettingsProvider storage={storage}>
        <WorkbookProvider workbook={workbook} downloader={downloader}>
          <Shell notice={notice} />
        </WorkbookProvider>
      </SettingsProvider>
    </FluentProvider>
  );
}

function Shell({ notice }: { notice?: string }) {
  const styles = useStyles();
  const [pane, go] = useHashRoute();
  // Panes stay mounted once opened, so switching away does not lose what was typed.
  const [opened, setOpened] = useState<ReadonlySet<PaneId>>(() => new Set([pane]));
  if (!opened.has(pane)) setOpened(new Set([...opened, pane]));
  return (
    <>
      <header className={styles.header}>
        <PaneNav current={pane} onSelect={go} />
      </header>
      {notice ? (
        <div className={styles.panel}>
          <Notice message={{ intent: "warning", text: notice }} />
        </div>
      ) : null}
      <main>
        {PANES.map(({ id }) => (
          <section
            key={id}
            role="tabpanel"
            id={panelId(id)}
            aria-labelledby={tabId(id)}
            hidden={id !== pane}
            tabIndex={0}
            className={styles.panel}
          >
            {opened.has(id) ? (
              <ErrorBoundary>
                <Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>{PANE_VIEWS[id]()}</Suspense>
              </ErrorBoundary>
            ) : null}
          </section>
        ))}
      </main>
    </>
  );
}
