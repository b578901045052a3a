/**
 * The current pane, kept in `location.hash` so a reload returns to it. A hash route of our own:
 * office.js sets history.pushState/replaceState to null, which breaks history-based routers.
 */
import { useCallback, useEffect, useState } from "react";
import { hashOf, paneFromHash, type PaneId } from "./routes";

export function useHashRoute(): [PaneId, (pane: PaneId) => void] {
  const [pane, setPane] = useState<PaneId>(() => paneFromHash(window.location.hash));
  useEffect(() => {
    const follow = () => setPane(paneFromHash(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const go = useCallback((next: PaneId) => {
    setPane(next);
    if (window.location.hash !== hashOf(next)) window.location.hash = hashOf(next);
  }, []);
  return [pane, go];
}
