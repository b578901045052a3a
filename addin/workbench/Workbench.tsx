/**
 * The browser workbench (issue 11): the task-pane app outside Office, over a workbook the user
 * opens here (file picker or drag-and-drop; the bundled example until then). The panes are the
 * same components as in Excel; they get the workbench's Workbook and a Downloader. Opening a file
 * happens in the worker with a progress bar; a file that cannot be opened leaves the open one as
 * it was and says why.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type DragEvent,
} from "react";
import {
  Button,
  Field,
  FluentProvider,
  ProgressBar,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { detectLayout, detectSheetType } from "../../core";
import { App } from "../taskpane/App";
import { Notice, messageOf, type NoticeMessage } from "../taskpane/shell/Notice";
import type { Downloader } from "../taskpane/shell/workbook-context";
import type { BookClient } from "./book-client";
import { annotatedName, saveFile } from "./download";
import type { ViewStore } from "./view-store";
import { SheetGrid } from "./SheetGrid";
import { WorkbenchWorkbook } from "./workbench-workbook";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    alignContent: "start",
    "@media (min-width: 760px)": {
      gridTemplateColumns: "minmax(0, 1fr) 360px",
      gridTemplateRows: "auto 1fr",
    },
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    "@media (min-width: 760px)": { gridColumn: "1 / 3" },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  file: {
    flex: "1 1 8em",
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  status: { padding: `0 ${tokens.spacingHorizontalS}`, "@media (min-width: 760px)": { gridColumn: "1 / 3" } },
  panes: {
    minWidth: 0,
    "@media (min-width: 760px)": {
      gridColumn: "2",
      gridRow: "3",
      borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  grid: {
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    "@media (min-width: 760px)": { gridColumn: "1", gridRow: "3" },
  },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  hidden: { display: "none" },
});

export interface WorkbenchProps {
  client: BookClient;
  view: ViewStore;
  /** The example opened when the user has chosen nothing: its bytes and the name shown. */
  example?: { name: string; bytes: () => ArrayBuffer };
}

interface Busy {
  phase: string;
  fraction: number | null;
}

export function Workbench({ client, view, example }: WorkbenchProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(view.subscribe, view.get);
  const workbook = useMemo(() => new WorkbenchWorkbook(client, view), [client, view]);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [dragging, setDragging] = useState(false);
  // A new file starts the panes afresh: their results and marks belonged to the previous one.
  const [generation, setGeneration] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const open = useCallback(
    async (name: string, read: () => Promise<ArrayBuffer>) => {
      setBusy({ phase: `正在打开「${name}」…`, fraction: 0 });
      setNotice(null);
      // The progress bar and the outcome sit at the top of the page: bring them into view.
      window.scrollTo({ top: 0 });
      try {
        const opened = await client.open(await read(), (phase, fraction) => setBusy({ phase, fraction }));
        view.update((s) => ({
          fileName: name,
          sheets: opened.sheets,
          active: opened.sheets[0]?.name ?? null,
          selection: null,
          version: s.version + 1,
        }));
        setGeneration((g) => g + 1);
        setNotice(
          await reportSheetsNotice(
            workbook,
            name,
            opened.sheets.map((s) => s.name),
          ),
        );
      } catch (error) {
        const kept = view.get().fileName;
        setNotice({
          intent: "error",
          text: `无法打开「${name}」：${messageOf(error)}${kept ? `（仍显示「${kept}」）` : ""}`,
        });
        if (!kept) {
          // Nothing open yet: the panes get an empty workbook rather than none.
          await client.blank();
          setGeneration((g) => Math.max(g, 1));
        }
      } finally {
        setBusy(null);
      }
    },
    [client, view, workbook],
  );

  const openFile = useCallback(
    (file: File) => {
      if (file.size === 0) {
        setNotice({
          intent: "error",
          text: `无法打开「${file.name}」：文件是空的（0 字节），不是 .xlsx 工作簿`,
        });
        return;
      }
      void open(file.name, () => file.arrayBuffer());
    },
    [open],
  );

  useEffect(() => {
    if (example) void open(example.name, async () => example.bytes());
    else void client.blank().then(() => setGeneration(1));
  }, [client, example, open]);

  const downloader = useMemo<Downloader>(
    () => ({
      download: async (fileName, sheets) => {
        saveFile(fileName, await client.call("save", sheets));
      },
    }),
    [client],
  );

  const downloadAll = async () => {
    setNotice(null);
    try {
      const name = annotatedName(state.fileName);
      await downloader.download(name);
      setNotice({
        intent: "success",
        text: `已下载「${name}」：包含所有工作表、标记、新写入的工作表和图表。`,
      });
    } catch (error) {
      setNotice({ intent: "error", text: `下载失败：${messageOf(error)}` });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) openFile(file);
  };

  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <div
        className={`${styles.page} ${dragging ? styles.dropping : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className={styles.bar} role="toolbar" aria-label="工作簿">
          <h1 className={styles.title}>认证工作台</h1>
          <span className={styles.file} data-testid="file-name">
            {state.fileName ?? "未打开工作簿"}
          </span>
          <Button
            size="small"
            appearance="primary"
            disabled={busy !== null}
            onClick={() => input.current?.click()}
          >
            打开工作簿
          </Button>
          <Button
            size="small"
            disabled={busy !== null || state.sheets.length === 0}
            onClick={() => void downloadAll()}
          >
            下载工作簿
          </Button>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="选择 .xlsx 工作簿"
            data-testid="file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) openFile(file);
            }}
          />
        </div>
        <div className={styles.status}>
          {busy ? (
            <Field label={busy.phase} validationState="none">
              <ProgressBar
                aria-label={busy.phase}
                value={busy.fraction ?? undefined}
                max={1}
                thickness="large"
              />
            </Field>
          ) : null}
          {notice ? <Notice message={notice} /> : null}
        </div>
        <div className={styles.panes}>
          {generation > 0 ? <App key={generation} workbook={workbook} downloader={downloader} /> : null}
        </div>
        <div className={styles.grid}>
          <SheetGrid client={client} view={view} />
        </div>
      </div>
    </FluentProvider>
  );
}

/** After opening: say so, and warn when no sheet looks like a report (the panes still work). */
async function reportSheetsNotice(
  workbook: WorkbenchWorkbook,
  name: string,
  sheets: string[],
): Promise<NoticeMessage> {
  const recognised: string[] = [];
  for (const sheet of sheets) {
    const grid = { name: sheet, cells: await workbook.readHead(sheet) };
    // A friendly report sheet or a sheet in one of CNCA's upload layouts.
    if (detectSheetType(grid).type !== null || detectLayout(grid) !== null) recognised.push(sheet);
  }
  if (recognised.length === 0)
    return {
      intent: "warning",
      text: `已打开「${name}」，但没有识别出报表工作表（${sheets.join("、")}）：请在「报表校验」中为工作表指定报表类型，或打开 CNCA 上报工作簿。`,
    };
  return {
    intent: "info",
    text: `已打开「${name}」：报表工作表 ${recognised.join("、")}。文件只在本机处理。`,
  };
}
