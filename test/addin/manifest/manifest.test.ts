/**
 * manifest.xml checked offline (`npm run validate` needs the network): the fields office-addin-manifest
 * reads, then the shared-runtime wiring, the CERT namespace, the zh-CN overrides and the URLs from
 * the XML itself. DOMAIN §11 (functions), §13 (own origin only, least permission).
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { execFileSync } from "node:child_process";
import type { ManifestInfo } from "office-addin-manifest";

const build = require("../../../scripts/addin-build.cjs") as {
  DEV_URL: string;
  rewriteManifest: (xml: string, base: string) => string;
  addinBaseUrl: (raw?: string) => string;
};

const ROOT = join(__dirname, "..", "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;

/**
 * office-addin-manifest's readManifestFile, run in plain node: the package loads ES-module
 * dependencies (uuid, @microsoft/app-manifest) that node requires natively but jest cannot.
 */
function readManifestFile(path: string): ManifestInfo {
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1]).then((info) => process.stdout.write(JSON.stringify(info)))`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, path], { cwd: ROOT, encoding: "utf8" }),
  ) as ManifestInfo;
}

const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string, parent: Document | Element = doc): Element => {
  const found = Array.from(parent.getElementsByTagName(tag));
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0]!;
};
/** Resource definitions (a bt:Image inside an <Icon> is a use, not a definition: it has no id). */
const definitions = (): Element[] =>
  [...all("bt:Url"), ...all("bt:Image"), ...all("bt:String")].filter((e) => e.hasAttribute("id"));
const resource = (id: string): Element => {
  const found = definitions().filter((e) => e.getAttribute("id") === id);
  if (found.length !== 1) throw new Error(`resource ${id}: ${found.length} definitions`);
  return found[0]!;
};
const value = (id: string): string => resource(id).getAttribute("DefaultValue") ?? "";
const zhOverride = (e: Element): string | null =>
  Array.from(e.children)
    .find((c) => c.localName === "Override" && c.getAttribute("Locale") === "zh-CN")
    ?.getAttribute("Value") ?? null;

describe("fields office-addin-manifest reads", () => {
  test("id, names, host, permission, locale, URLs", () => {
    const info = readManifestFile(MANIFEST);
    expect(info.id).toBe("125e37cc-1601-4103-a68b-47f1f97362d9");
    expect(info.displayName).toBe("CertDesk");
    expect(info.providerName).toBe("CertDesk");
    expect(info.defaultLocale).toBe("en-US");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    // Writing formulas, templates and sheets needs ReadWriteDocument; nothing more (DOMAIN §13).
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.appDomains).toEqual(["https://localhost:3000"]);
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
    expect(info.iconUrl).toBe("https://localhost:3000/assets/icon-32.png");
    expect(info.highResolutionIconUrl).toBe("https://localhost:3000/assets/icon-64.png");
  });
});

describe("shared runtime and custom functions", () => {
  test("one long-lived runtime on the task pane page", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(value("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
    expect(one("Set").getAttribute("Name")).toBe("SharedRuntime");
  });

  test("custom functions: script, page, metadata and the CERT namespace", () => {
    const point = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions")!;
    const loc = (tag: string) => one("SourceLocation", one(tag, point)).getAttribute("resid");
    expect(loc("Script")).toBe("Functions.Script.Url");
    expect(loc("Page")).toBe("Taskpane.Url");
    expect(loc("Metadata")).toBe("Functions.Metadata.Url");
    expect(value("Functions.Script.Url")).toBe("https://localhost:3000/functions.js");
    expect(value(one("Namespace", point).getAttribute("resid")!)).toBe("CERT");
    expect(one("FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
  });

  test("metadata: functions.json by default, functions-zh-cn.json for zh-CN", () => {
    const metadata = resource("Functions.Metadata.Url");
    expect(metadata.getAttribute("DefaultValue")).toBe("https://localhost:3000/functions.json");
    expect(zhOverride(metadata)).toBe("https://localhost:3000/functions-zh-cn.json");
  });

  test("a ribbon button on the Home tab opens the pane", () => {
    const button = all("Control").find((c) => c.getAttribute("xsi:type") === "Button")!;
    const action = one("Action", button);
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(one("SourceLocation", action).getAttribute("resid")).toBe("Taskpane.Url");
    expect(one("OfficeTab").getAttribute("id")).toBe("TabHome");
    expect(zhOverride(resource(one("Label", button).getAttribute("resid")!))).toBe("打开认证工作台");
  });
});

describe("zh-CN", () => {
  test("display name and description have zh-CN overrides over English defaults", () => {
    const top = (name: string) => Array.from(doc.documentElement.children).find((e) => e.localName === name)!;
    expect(top("DisplayName").getAttribute("DefaultValue")).toBe("CertDesk");
    expect(zhOverride(top("DisplayName"))).toBe("认证工作台");
    expect(top("Description").getAttribute("DefaultValue")).toMatch(/^Audit time/);
    expect(zhOverride(top("Description"))).toMatch(/^认证机构的审核人日/);
  });

  test("every user-facing string has a zh-CN override (the namespace is not translated)", () => {
    const strings = all("bt:String").filter((s) => s.getAttribute("id") !== "Functions.Namespace");
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings)
      expect([s.getAttribute("id"), zhOverride(s)]).toEqual([
        s.getAttribute("id"),
        expect.stringMatching(/[\u4e00-\u9fff]/),
      ]);
  });

  test("strings fit Office's limits (short 125, long 250 characters)", () => {
    const check = (tag: string, max: number) => {
      const strings = Array.from(one(tag).getElementsByTagName("bt:String"));
      for (const s of strings) {
        for (const text of [s.getAttribute("DefaultValue") ?? "", zhOverride(s) ?? ""])
          expect(text.length).toBeLessThanOrEqual(max);
      }
    };
    check("bt:ShortStrings", 125);
    check("bt:LongStrings", 250);
  });
});

describe("resources and origins (DOMAIN §13)", () => {
  test("every resid used is defined exactly once, and every resource is used", () => {
    const used = new Set(
      all("*").flatMap((e) => (e.getAttribute("resid") ? [e.getAttribute("resid")!] : [])),
    );
    const defined = definitions().map((e) => e.getAttribute("id")!);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].sort()).toEqual([...defined].sort());
  });

  test("every URL is on the add-in's own origin", () => {
    const attributes = all("*").flatMap((e) =>
      Array.from(e.attributes).filter((a) => !a.name.startsWith("xmlns")),
    );
    const urls = attributes.map((a) => a.value).filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBe(11); // 2 icons, the source location, 3 images, 4 URLs and the zh-CN metadata URL
    for (const url of urls) expect(url.startsWith(build.DEV_URL)).toBe(true);
    expect(all("AppDomain").map((e) => e.textContent)).toEqual(["https://localhost:3000"]);
  });

  test("every icon URL names a PNG in assets/ of the declared size", () => {
    const icons = [
      ["https://localhost:3000/assets/icon-32.png", 32],
      ["https://localhost:3000/assets/icon-64.png", 64],
      ...definitions()
        .filter((e) => e.localName === "Image")
        .map(
          (e) =>
            [e.getAttribute("DefaultValue")!, Number(/(\d+)x\d+/.exec(e.getAttribute("id")!)![1])] as const,
        ),
    ] as const;
    for (const [url, size] of icons) {
      const png = readFileSync(join(ROOT, url.slice(build.DEV_URL.length)));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("production rewrite (CERTDESK_URL)", () => {
  test("all URLs move to the deployment base and the AppDomain to its origin", () => {
    const rewritten = build.rewriteManifest(xml, "https://certdesk.example.cn/addin");
    expect(rewritten).not.toContain("localhost");
    const dir = mkdtempSync(join(tmpdir(), "certdesk-manifest-"));
    const file = join(dir, "manifest.xml");
    writeFileSync(file, rewritten);
    const info = readManifestFile(file);
    expect(info.appDomains).toEqual(["https://certdesk.example.cn"]);
    expect(info.defaultSettings?.sourceLocation).toBe("https://certdesk.example.cn/addin/taskpane.html");
    expect(rewritten).toContain('Value="https://certdesk.example.cn/addin/functions-zh-cn.json"');
  });

  test("a base URL that is not https, or not a URL, is refused with a message", () => {
    expect(() => build.addinBaseUrl("http://certdesk.example.cn/")).toThrow(
      'CERTDESK_URL "http://certdesk.example.cn/" must use https',
    );
    expect(() => build.addinBaseUrl("certdesk")).toThrow('CERTDESK_URL "certdesk" is not a URL');
    expect(build.addinBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(build.addinBaseUrl("https://a.example.cn/x")).toBe("https://a.example.cn/x/");
  });

  test("a manifest without the development URL is refused rather than shipped unchanged", () => {
    expect(() => build.rewriteManifest("<OfficeApp/>", "https://a.example.cn/")).toThrow(
      "manifest.xml has no https://localhost:3000/ URL to rewrite",
    );
  });
});
