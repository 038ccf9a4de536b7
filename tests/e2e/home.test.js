// The public home page, the entry points, the language choice and the 404 page.
//
// Contract under test:
// - GET / with Accept-Language fr (the default language): <html lang="fr">, an <h1>, <main id="main">,
//   a skip link to #main as the first focusable element, a language switch in the header
//   (<a hreflang="en" lang="en" href="/lang/en?next=...">English</a>), links to the entry points
//   /entreprises, /conseillers, /candidats, /coordination.
// - The switch reloads the same path in the other language and the choice persists (cookie lang).
// - Without a cookie, Accept-Language en gives English; a language the site lacks (de) gives French.
// - Each entry point answers 200 with an <h1> and a link home, in both languages.
// - An unknown path answers 404 with an HTML page (an <h1>, a link home), in French.
// - 375x667 phone: no horizontal scroll. Keyboard: the first Tab focuses the skip link.
// - The site has a favicon (otherwise the browser's request for it is a console error).
// - Every page: no console error, no axe-core violation, CSP with script-src 'self', no inline script
//   (checked by visit()/checkPage() in lib/browser.js).

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  launchBrowser,
  withPage,
  visit,
  checkPage,
  clickAndWaitForLoad,
  htmlLang,
} from './lib/browser.js';

const ENTRY_POINTS = ['/entreprises', '/conseillers', '/candidats', '/coordination'];
// Browser locale (sent as Accept-Language) for each site language.
const LOCALE = { fr: 'fr-BE', en: 'en-US' };
const SWITCH = {
  en: { selector: 'header a[hreflang="en"]', label: 'English' },
  fr: { selector: 'header a[hreflang="fr"]', label: 'Français' },
};

function pathOf(page) {
  return new URL(page.url()).pathname;
}

async function expectLang(page, lang) {
  assert.equal(await htmlLang(page), lang, `${page.url()}: <html lang> should be "${lang}"`);
}

async function expectHeading(page) {
  const h1 = page.locator('h1');
  assert.ok((await h1.count()) >= 1, `${page.url()}: no <h1>`);
  const text = (await h1.first().innerText()).trim();
  assert.ok(text.length > 0, `${page.url()}: the <h1> is empty`);
}

// A link whose target is the home page of this site (href "/" or its absolute form).
async function expectHomeLink(page) {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  const home = hrefs.filter((href) => {
    const u = new URL(href);
    return u.origin === new URL(BASE_URL).origin && u.pathname === '/' && u.search === '';
  });
  assert.ok(home.length >= 1, `${page.url()}: no link to the home page "/"`);
}

// The language switch to `lang`: in the header, with hreflang and lang, its label, and an href
// /lang/<lang>?next=<the current path>.
async function expectLanguageSwitch(page, lang) {
  const { selector, label } = SWITCH[lang];
  const link = page.locator(selector);
  assert.equal(await link.count(), 1, `${page.url()}: expected one "${selector}" in the header`);
  assert.equal(await link.getAttribute('lang'), lang, `${selector}: lang attribute`);
  assert.equal((await link.innerText()).trim(), label, `${selector}: label`);
  const href = new URL(await link.getAttribute('href'), page.url());
  assert.equal(href.pathname, `/lang/${lang}`, `${selector}: href ${href}`);
  assert.equal(href.searchParams.get('next'), pathOf(page), `${selector}: next= should be the current path`);
  return link;
}

async function langCookie(context) {
  const cookies = await context.cookies(BASE_URL);
  return cookies.find((c) => c.name === 'lang')?.value;
}

// The first element a keyboard user can reach, in document order.
async function firstFocusable(page) {
  return page.evaluate(() => {
    const selector = [
      'a[href]', 'area[href]', 'button:not([disabled])', 'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])', 'textarea:not([disabled])', 'iframe', 'summary',
      '[tabindex]:not([tabindex="-1"])', '[contenteditable="true"]',
    ].join(',');
    const el = [...document.querySelectorAll(selector)]
      .find((e) => e.checkVisibility({ visibilityProperty: true }));
    return el ? { tag: el.tagName.toLowerCase(), href: el.getAttribute('href'), html: el.outerHTML.slice(0, 160) } : null;
  });
}

describe('home page, entry points and language', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('GET / in French by default: lang, h1, main, skip link, language switch, entry points', async () => {
    await withPage(browser, { locale: LOCALE.fr }, async (page) => {
      await visit(page, '/');
      await expectLang(page, 'fr');
      await expectHeading(page);
      assert.equal(await page.locator('main#main').count(), 1, 'expected one <main id="main">');

      const first = await firstFocusable(page);
      assert.ok(first, 'no focusable element on the page');
      assert.ok(first.tag === 'a' && first.href === '#main',
        `the first focusable element should be the skip link <a href="#main">, got ${first.html}`);

      await expectLanguageSwitch(page, 'en');
      for (const path of ENTRY_POINTS) {
        assert.ok((await page.locator(`a[href="${path}"]`).count()) >= 1, `no link to ${path} on the home page`);
      }
    });
  });

  test('the language switch reloads the same path in the other language, and the choice persists', async () => {
    await withPage(browser, { locale: LOCALE.fr }, async (page, context) => {
      await visit(page, '/');
      await expectLang(page, 'fr');

      await clickAndWaitForLoad(page, await expectLanguageSwitch(page, 'en'));
      await checkPage(page);
      assert.equal(pathOf(page), '/', 'the English switch should lead back to /');
      await expectLang(page, 'en');
      assert.equal(await langCookie(context), 'en', 'expected the cookie lang=en');

      await visit(page, '/conseillers');
      await expectLang(page, 'en');

      await clickAndWaitForLoad(page, await expectLanguageSwitch(page, 'fr'));
      await checkPage(page);
      assert.equal(pathOf(page), '/conseillers', 'the Français switch should lead back to /conseillers');
      await expectLang(page, 'fr');
      assert.equal(await langCookie(context), 'fr', 'expected the cookie lang=fr');

      await visit(page, '/');
      await expectLang(page, 'fr');
    });
  });

  test('without a cookie, Accept-Language en gives English', async () => {
    await withPage(browser, { locale: 'en-US' }, async (page) => {
      await visit(page, '/');
      await expectLang(page, 'en');
      await expectLanguageSwitch(page, 'fr');
    });
  });

  test('without a cookie, Accept-Language de falls back to French', async () => {
    await withPage(browser, { locale: 'de-DE' }, async (page) => {
      await visit(page, '/');
      await expectLang(page, 'fr');
    });
  });

  for (const lang of ['fr', 'en']) {
    for (const path of ENTRY_POINTS) {
      test(`entry point ${path} (${lang}): 200, h1, link home`, async () => {
        await withPage(browser, { locale: LOCALE[lang] }, async (page) => {
          await visit(page, path);
          await expectLang(page, lang);
          await expectHeading(page);
          await expectHomeLink(page);
        });
      });
    }
  }

  test('an unknown path answers 404 with an HTML page in French, with h1 and a link home', async () => {
    await withPage(browser, { locale: LOCALE.fr }, async (page) => {
      await visit(page, '/page-qui-nexiste-pas', { status: 404 });
      await expectLang(page, 'fr');
      await expectHeading(page);
      await expectHomeLink(page);
    });
  });

  for (const lang of ['fr', 'en']) {
    test(`phone 375x667 (${lang}): the home page has no horizontal scroll`, async () => {
      const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
      await withPage(browser, { locale: LOCALE[lang], ...phone }, async (page) => {
        await visit(page, '/');
        await expectLang(page, lang);
        const { scrollWidth, viewportMeta } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          viewportMeta: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? null,
        }));
        assert.ok(scrollWidth <= 375,
          `scrollWidth ${scrollWidth} > 375 (meta viewport: ${viewportMeta === null ? 'missing' : `"${viewportMeta}"`})`);
      });
    });
  }

  // Browsers ask for the icon of every site; a 404 there is a console error on the first page.
  test('the site has a favicon (the <link rel="icon"> or /favicon.ico answers 200 with an image)', async () => {
    await withPage(browser, { locale: LOCALE.fr }, async (page, context) => {
      await visit(page, '/');
      const declared = await page.$$eval('link[rel~="icon"][href]', (ls) => ls.map((l) => l.href));
      const icons = declared.length > 0 ? declared : [new URL('/favicon.ico', BASE_URL).href];
      for (const icon of icons) {
        const res = await context.request.get(icon);
        assert.equal(res.status(), 200, `${icon} answered ${res.status()}`);
        assert.match(res.headers()['content-type'] || '', /^image\//, `${icon}: content-type is not image/*`);
      }
    });
  });

  test('keyboard: the first Tab from page load focuses the skip link', async () => {
    await withPage(browser, { locale: LOCALE.fr }, async (page) => {
      await page.goto('/');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? { tag: el.tagName.toLowerCase(), href: el.getAttribute('href'), html: el.outerHTML.slice(0, 160) } : null;
      });
      assert.ok(focused && focused.tag === 'a' && focused.href === '#main',
        `Tab should focus the skip link <a href="#main">, focused ${focused?.html ?? 'nothing'}`);
      await checkPage(page);
    });
  });
});
