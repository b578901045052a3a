/**
 * Hands bytes to the browser as a file download: a Blob URL clicked through a temporary link.
 * Works from file:// and needs no server; the URL is released once the browser has it.
 */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function saveFile(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "月报.xlsx" → "月报-标注.xlsx"; the example's label drops its （示例）; a name without .xlsx gets it. */
export function annotatedName(fileName: string | null): string {
  const base = (fileName ?? "工作簿").replace(/（示例）$/, "").replace(/\.xlsx$/i, "");
  return `${base}-标注.xlsx`;
}

/** The bundled example, inlined by the build as a data: URL (no request at run time). */
export function dataUrlBytes(url: string): ArrayBuffer {
  const comma = url.indexOf(",");
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
