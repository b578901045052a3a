/**
 * The build settings webpack.config.js takes from scripts/addin-build.cjs: where office.js comes
 * from and the page's Content-Security-Policy (DOMAIN §13: own origin only, plus what Office needs).
 */
const build = require("../../../scripts/addin-build.cjs") as {
  LOCAL_OFFICE_JS: string;
  officeJsUrl: (raw?: string) => string;
  contentSecurityPolicy: (options?: { officeJs?: string; devSocket?: string }) => string;
};

const directives = (csp: string): Record<string, string> => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));

test("office.js is the local copy unless the deployer names an https URL", () => {
  expect(build.officeJsUrl(undefined)).toBe("office-js/office.js");
  expect(build.officeJsUrl("  ")).toBe("office-js/office.js");
  expect(build.officeJsUrl("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(() => build.officeJsUrl("http://example.cn/office.js")).toThrow('CERTDESK_OFFICE_JS_URL "http://example.cn/office.js" must use https');
  expect(() => build.officeJsUrl("office.js")).toThrow('CERTDESK_OFFICE_JS_URL "office.js" is not a URL');
});

test("the default policy allows scripts, connections and everything else only from 'self'", () => {
  const d = directives(build.contentSecurityPolicy());
  expect(d).toEqual({
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
  });
});

test("a remote office.js adds exactly its origin to script-src, nothing else", () => {
  const d = directives(build.contentSecurityPolicy({ officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" }));
  expect(d["script-src"]).toBe("'self' https://appsforoffice.microsoft.com");
  expect(d["connect-src"]).toBe("'self'");
  expect(d["default-src"]).toBe("'self'");
});

test("the dev server's live-reload socket is allowed only when given", () => {
  expect(directives(build.contentSecurityPolicy({ devSocket: "wss://localhost:3000" }))["connect-src"]).toBe("'self' wss://localhost:3000");
});
