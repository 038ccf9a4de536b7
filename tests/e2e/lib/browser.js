// Shared helpers for PrimoWork's browser end-to-end tests.
//
// - launchBrowser(): Debian's Chromium (/usr/bin/chromium) through playwright-core, headless,
//   with a fresh temporary profile (playwright-core creates one for every launch and removes it).
// - withPage(browser, options, fn): a new browser context and page that record every console
//   error, page error and failed request; the test fails if any was recorded.
// - visit(page, path) / checkPage(page): the checks every visited page must pass: status code,
//   Content-Security-Policy with script-src 'self', no inline <script> (JSON-LD data blocks
//   aside), no axe-core violation,
//   no console error.
// - submitForm(page, button, { status }): submits a form by clicking its button, then checkPage
//   on the resulting document (an error status, e.g. 401 or 422, is then not a console error).
// - expectErrorStatus(page, url): declares that the document at `url` may answer an error status.
// - expectNoAxeViolations(page): axe-core with the WCAG 2.0/2.1 A and AA rules.
//
// The server under test is PRIMOWORK_URL (set by tests/e2e/run.sh).

import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE_URL = (process.env.PRIMOWORK_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium tries to reach Google's hosts at every
// start, which this machine's closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// How long one Playwright action or navigation may take before the test fails.
const ACTION_TIMEOUT_MS = 15_000;

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

// What each page recorded: problems (console errors, page errors, failed requests), the
// documents it loaded, and the document URLs for which an error status is expected.
const trackers = new WeakMap();

function tracker(page) {
  const t = trackers.get(page);
  assert.ok(t, 'this page was not made by newPage() from lib/browser.js');
  return t;
}

function sameDocument(a, b) {
  const strip = (u) => u.split('#')[0];
  return strip(a) === strip(b);
}

// A new page in `context` that records what goes wrong on it.
export async function newPage(context) {
  const page = await context.newPage();
  const t = { problems: [], documents: [], expectedErrorDocuments: new Set() };
  trackers.set(page, t);

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url || page.url();
    // Chromium asks for /favicon.ico once per browser, whichever test comes first; its 404 would
    // fail a random test, so it is left to the test that checks the favicon on purpose.
    if (new URL(where, BASE_URL).pathname === '/favicon.ico') return;
    // Chromium logs the error status of a document that was asked for on purpose (the 404 page).
    if (/^Failed to load resource: the server responded with a status of \d+/.test(msg.text()) &&
        [...t.expectedErrorDocuments].some((u) => sameDocument(u, where))) {
      return;
    }
    t.problems.push(`console error on ${where}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => {
    t.problems.push(`page error on ${page.url()}: ${err.message}`);
  });
  page.on('requestfailed', (req) => {
    // A fetch still in flight when the page navigates away (an autocomplete while the form is
    // submitted) is aborted by the browser: not a fault of the page. Every other failure counts.
    const aborted = req.failure()?.errorText === 'net::ERR_ABORTED';
    if (aborted && ['fetch', 'xhr'].includes(req.resourceType())) return;
    t.problems.push(`request failed: ${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    const req = res.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
      if (res.status() < 300 || res.status() >= 400) t.documents.push(res);
      return;
    }
    if (res.status() >= 400) {
      t.problems.push(`request answered ${res.status()}: ${req.method()} ${res.url()}`);
    }
  });
  return page;
}

export function problemsOf(page) {
  return [...tracker(page).problems];
}

export function assertNoProblems(page) {
  const problems = tracker(page).problems;
  assert.deepEqual(problems, [], `the page had ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

// Runs `fn(page, context)` in a fresh browser context, then fails the test if the page
// recorded any console error, page error or failed request. `options` go to browser.newContext
// (locale defaults to fr-BE, i.e. Accept-Language fr).
export async function withPage(browser, options, fn) {
  const context = await browser.newContext({ locale: 'fr-BE', baseURL: BASE_URL, ...options });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  try {
    const page = await newPage(context);
    await fn(page, context);
    assertNoProblems(page);
  } finally {
    await context.close();
  }
}

// Fails with a readable list when axe-core finds any WCAG 2.0/2.1 A or AA violation.
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations;
  if (violations.length === 0) return;
  const lines = [];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]`);
    for (const node of v.nodes.slice(0, 5)) {
      const summary = (node.failureSummary || '').replace(/\s+/g, ' ').trim();
      lines.push(`    at ${node.target.join(' ')}: ${node.html.slice(0, 160)}`);
      if (summary) lines.push(`       ${summary}`);
    }
    if (v.nodes.length > 5) lines.push(`    ... and ${v.nodes.length - 5} more element(s)`);
  }
  assert.fail(`axe-core found ${violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}

// The checks every page must pass, on the document the page shows now (after a goto or a
// click that navigated). `status` is the expected HTTP status of that document.
export async function checkPage(page, { status = 200 } = {}) {
  const t = tracker(page);
  await page.waitForLoadState('load');
  const response = [...t.documents].reverse().find((r) => sameDocument(r.url(), page.url()));
  assert.ok(response, `no document response recorded for ${page.url()}`);
  assert.equal(response.status(), status, `${page.url()} answered ${response.status()}, expected ${status}`);

  const headers = await response.allHeaders();
  assert.match(headers['content-type'] || '', /^text\/html/, `${page.url()}: content-type is not text/html`);
  const csp = headers['content-security-policy'];
  assert.ok(csp, `${page.url()}: no content-security-policy header`);
  assert.ok(csp.includes("script-src 'self'"),
    `${page.url()}: content-security-policy has no "script-src 'self'": ${csp}`);

  // JSON-LD blocks (<script type="application/ld+json">) are data, not executable script.
  const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])',
    (els) => els.map((e) => e.outerHTML.slice(0, 120)));
  assert.deepEqual(inline, [], `${page.url()}: inline <script> without src:\n  ${inline.join('\n  ')}`);

  await expectNoAxeViolations(page);
  assertNoProblems(page);
  return response;
}

// Declares that the document at `url` (absolute, or a path relative to PRIMOWORK_URL) is expected
// to answer an error status: Chromium's console error for it is then not a problem.
export function expectErrorStatus(page, url) {
  tracker(page).expectedErrorDocuments.add(new URL(url, BASE_URL + '/').href);
}

// Clicks `button` (a submit button), waits for the document it leads to and runs checkPage on it
// with the expected `status`. When the status is an error, the form's action (where a form that
// re-renders itself with errors answers) is declared with expectErrorStatus first.
export async function submitForm(page, button, { status = 200 } = {}) {
  if (status >= 400) {
    const action = await button.evaluate((b) =>
      (b.hasAttribute('formaction') ? b.formAction : b.form?.action) || document.URL);
    expectErrorStatus(page, action);
  }
  await clickAndWaitForLoad(page, button);
  return checkPage(page, { status });
}

// Opens `path` (relative to PRIMOWORK_URL) and runs checkPage on it.
export async function visit(page, path, { status = 200 } = {}) {
  const url = new URL(path, BASE_URL + '/').href;
  if (status >= 400) expectErrorStatus(page, url);
  const response = await page.goto(url);
  assert.ok(response, `no response for ${url}`);
  return checkPage(page, { status });
}

// Clicks `locator` and waits until the new document has loaded (also when the click leads,
// through a redirect, back to the same URL).
export async function clickAndWaitForLoad(page, locator) {
  await Promise.all([page.waitForEvent('load'), locator.click()]);
}

// The value of <html lang>.
export async function htmlLang(page) {
  return page.locator('html').getAttribute('lang');
}
