/**
 * Last line of defence: a rendering bug shows its message and a way back instead of a blank pane.
 * Bad input never gets here (the panes show the core's messages); this is for real defects.
 */
import { Component, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { Notice } from "./Notice";

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div>
        <Notice
          message={{
            intent: "error",
            text: `出现意外错误：${this.state.error.message}。请重试；若仍出现，请将此信息告知维护人员。`,
          }}
        />
        <Button onClick={() => this.setState({ error: null })}>重试</Button>
      </div>
    );
  }
}
