/**
 * Masking ID numbers in lists and logs (DOMAIN §13): first 6 and last 4 characters kept,
 * `420106********123X`. Shorter values are masked entirely: too little would stay hidden otherwise.
 */
import { isBlank, normalizeCode } from "../input/normalize";
import { numberText } from "./raw";

const KEEP_START = 6;
const KEEP_END = 4;

export function maskId(value: unknown): string {
  if (isBlank(value)) return "";
  const text =
    typeof value === "number" && Number.isFinite(value)
      ? numberText(value)
      : typeof value === "string"
        ? normalizeCode(value).text
        : "";
  if (text.length <= KEEP_START + KEEP_END) return "*".repeat(text.length);
  return `${text.slice(0, KEEP_START)}${"*".repeat(text.length - KEEP_START - KEEP_END)}${text.slice(-KEEP_END)}`;
}
