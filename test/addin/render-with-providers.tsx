/** Renders a pane the way the shell does: Fluent's theme, the settings and the workbook door around it. */
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SettingsProvider, type SettingsStorage } from "../../addin/taskpane/shell/settings";
import { WorkbookProvider, type Downloader } from "../../addin/taskpane/shell/workbook-context";
import type { Workbook } from "../../addin/workbook/workbook";

export interface PaneContext {
  /** Where settings live; null (the default) is a host that cannot keep them. */
  storage?: SettingsStorage | null;
  downloader?: Downloader | null;
}

export function renderWithProviders(
  pane: ReactElement,
  workbook: Workbook,
  { storage = null, downloader = null }: PaneContext = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SettingsProvider storage={storage}>
        <WorkbookProvider workbook={workbook} downloader={downloader}>
          {pane}
        </WorkbookProvider>
      </SettingsProvider>
    </FluentProvider>,
  );
}
