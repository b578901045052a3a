/**
 * Build settings of the Excel add-in that webpack.config.js and the tests share: where the add-in
 * is served from, where office.js comes from, the Content-Security-Policy of the page, and the
 * manifest rewrite for a production deployment. Plain CommonJS so webpack.config.js can require it.
 *
 * DOMAIN §13: nothing is fetched from anywhere but the add-in's own origin unless the deployer
 * says so (CERTDESK_OFFICE_JS_URL), and the policy then names exactly that origin.
 */
"use strict";

/** Where the manifest in the repository points: the development server. */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/** office.js and the host scripts it loads beside itself, copied from @microsoft/office-js into dist/. */
const OFFICE_JS_DIR = "office-js";
const LOCAL_OFFICE_JS = `${OFFICE_JS_DIR}/office.js`;
/**
 * What office.js needs to run Excel offline: itself, the Excel host scripts, the custom-functions
 * runtime, its promise polyfill, the host-to-file table and the zh-CN / en-US strings. Its telemetry
 * folder (ariatelemetry) is left out on purpose: the policy below would block it anyway.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "excelios-*.js",
  "custom-functions-runtime.js",
  "es6-promise.js",
  "o15apptofilemappingtable.js",
  "zh-cn/*.js",
  "en-us/*.js",
];

/** The add-in's base URL: always https, always ending in "/". Throws a clear message otherwise. */
function addinBaseUrl(raw) {
  const text = (raw ?? "").trim() || DEV_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`CERTDESK_URL "${text}" is not a URL; expected e.g. https://certdesk.example.cn/addin/`);
  }
  if (url.protocol !== "https:")
    throw new Error(`CERTDESK_URL "${text}" must use https (Office loads add-ins over https only)`);
  if (url.search || url.hash) throw new Error(`CERTDESK_URL "${text}" must not carry a query or fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** office.js as the page loads it: the local copy unless the deployer names another URL (https only). */
function officeJsUrl(raw) {
  const text = (raw ?? "").trim();
  if (!text) return LOCAL_OFFICE_JS;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`CERTDESK_OFFICE_JS_URL "${text}" is not a URL`);
  }
  if (url.protocol !== "https:") throw new Error(`CERTDESK_OFFICE_JS_URL "${text}" must use https`);
  return url.href;
}

/**
 * The page's policy. Everything from our own origin ('self'); additionally:
 * - style-src 'unsafe-inline': Fluent UI (Griffel) inserts its generated rules into <style> elements;
 *   inline *scripts* stay forbidden;
 * - img-src data:: Fluent UI draws some icons as data: URLs;
 * - the office.js origin when office.js is not our local copy (e.g. appsforoffice.microsoft.com);
 * - in development only, the dev server's live-reload web socket.
 * frame-ancestors cannot be set from a <meta> (and must not be: Office frames the page).
 */
function contentSecurityPolicy({ officeJs = LOCAL_OFFICE_JS, devSocket } = {}) {
  const scripts = ["'self'"];
  if (/^https:/.test(officeJs)) scripts.push(new URL(officeJs).origin);
  const connect = ["'self'"];
  if (devSocket) connect.push(devSocket);
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Points a development manifest at `baseUrl`: every https://localhost:3000/… URL, and the AppDomain
 * (an origin, no path). Throws when the manifest has no development URL to replace, so a changed
 * manifest cannot silently ship pointing at localhost.
 */
function rewriteManifest(xml, baseUrl) {
  const base = addinBaseUrl(baseUrl);
  if (!xml.includes(DEV_URL)) throw new Error(`manifest.xml has no ${DEV_URL} URL to rewrite`);
  const origin = new URL(base).origin;
  return xml
    .split(DEV_URL)
    .join(base)
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = {
  DEV_URL,
  DEV_ORIGIN,
  OFFICE_JS_DIR,
  OFFICE_JS_FILES,
  LOCAL_OFFICE_JS,
  addinBaseUrl,
  officeJsUrl,
  contentSecurityPolicy,
  rewriteManifest,
};
