/**
 * The user's settings (today: the default rule profile), kept in the pane's localStorage: they
 * belong to the user, not to the workbook, and stay on this machine (DOMAIN §13). Storage may be
 * unavailable (privacy settings); then settings still work for the session and the settings pane
 * says why they were not saved.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { DEFAULT_PROFILE_ID, listProfiles } from "../../../core";

export interface Settings {
  defaultProfile: string;
}

export const DEFAULT_SETTINGS: Settings = { defaultProfile: DEFAULT_PROFILE_ID };
export const SETTINGS_KEY = "certdesk.settings.v1";

/** The part of Web Storage we use, so tests can pass a Map-backed one or one that throws. */
export type SettingsStorage = Pick<Storage, "getItem" | "setItem">;

const knownProfile = (id: unknown): id is string =>
  typeof id === "string" && listProfiles().some((p) => p.id === id);

/** Stored settings, or the defaults for anything missing, unreadable or naming an unknown profile. */
export function readSettings(storage: SettingsStorage | null): {
  settings: Settings;
  problem: string | null;
} {
  if (!storage) return { settings: DEFAULT_SETTINGS, problem: null };
  try {
    const raw = storage.getItem(SETTINGS_KEY);
    if (raw === null) return { settings: DEFAULT_SETTINGS, problem: null };
    const parsed = JSON.parse(raw) as Partial<Settings>;
    if (!knownProfile(parsed.defaultProfile)) {
      return {
        settings: DEFAULT_SETTINGS,
        problem: `已保存的默认规则「${String(parsed.defaultProfile)}」不存在，已改用 ${DEFAULT_PROFILE_ID}`,
      };
    }
    return { settings: { defaultProfile: parsed.defaultProfile }, problem: null };
  } catch (error) {
    return {
      settings: DEFAULT_SETTINGS,
      problem: `无法读取已保存的设置（${(error as Error).message}），已使用默认设置`,
    };
  }
}

interface SettingsValue {
  settings: Settings;
  update(change: Partial<Settings>): void;
  /** Why settings could not be read or saved, for the settings pane to show. */
  problem: string | null;
}

const SettingsContext = createContext<SettingsValue | null>(null);

function browserStorage(): SettingsStorage | null {
  try {
    return typeof window !== "undefined" ? window.localStorage : null;
  } catch {
    return null; // localStorage itself can throw (SecurityError) when storage is blocked
  }
}

export function SettingsProvider({
  storage = browserStorage(),
  children,
}: {
  storage?: SettingsStorage | null;
  children: ReactNode;
}) {
  const [initial] = useState(() => readSettings(storage));
  const [settings, setSettings] = useState<Settings>(initial.settings);
  const [problem, setProblem] = useState<string | null>(
    initial.problem ?? (storage ? null : "本机不允许保存设置，设置仅在本次打开期间有效"),
  );
  const update = useCallback(
    (change: Partial<Settings>) => {
      const next = { ...settings, ...change };
      setSettings(next);
      try {
        if (!storage) throw new Error("本机不允许保存设置");
        storage.setItem(SETTINGS_KEY, JSON.stringify(next));
        setProblem(null);
      } catch (error) {
        setProblem(`设置未能保存（${(error as Error).message}），仅在本次打开期间有效`);
      }
    },
    [settings, storage],
  );
  const value = useMemo(() => ({ settings, update, problem }), [settings, update, problem]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error("useSettings() needs a <SettingsProvider> above it");
  return value;
}
