// The occupation catalogue in the browser: the search page /metiers (with and without JavaScript),
// the autocomplete (static/js/combobox.js) for a logged-in counsellor and an anonymous visitor, and
// the occupation pages /metiers/CODE.
//
// Needs the demo accounts (`primowork demo`) and the starter taxonomy the server loads on first
// start (167 ROME 4.0 occupations): tests/e2e/run.sh sets both up.
//
// Contract under test (French pages):
// - GET /metiers (public): <form role="search" method="get" action="/metiers"> with #field-q inside
//   [data-combobox="/api/v1/taxonomy/occupations"][data-combobox-link="/metiers/"] and a "Chercher"
//   button. Without JavaScript the results are links to /metiers/CODE ("technicienne de surface"
//   -> K2205, "aide soignante" -> J1501, "cariste" -> N1101, "sodeur" (typo) -> H2913); nothing
//   found -> a role=status message "Aucun métier ne correspond".
// - With JavaScript and a session: #field-q gets role=combobox, aria-expanded, aria-controls
//   (combobox-list-0); typing >= 2 characters asks /api/v1/taxonomy/occupations?limit=8&q=... and
//   shows a listbox (#combobox-list-0, role=option items) under the field; ArrowDown/ArrowUp move
//   aria-activedescendant and aria-selected; Enter on an option opens /metiers/CODE; Escape closes.
// - Anonymous, the API answers 401 and the field stays a plain search box, without any error in the
//   page (Chromium's own "Failed to load resource ... 401" line for that fetch is the only console
//   error allowed, in that test only, and only for that URL).
// - GET /metiers/CODE (public): <h1> with the label and "(CODE)", a breadcrumb link to /metiers before
//   it, sections "Compétences principales", "Conditions de travail", "Métiers proches" (links to other
//   /metiers/CODE with a coverage "NN %"), "Métier réglementé" notice for regulated occupations
//   (J1506), footer attribution "ROME, France Travail, Licence Ouverte". Unknown code -> 404 page.
// - 375 px phone: no horizontal scroll.
// - Every page: no console error, no axe-core violation, CSP with script-src 'self', no inline script
//   (checkPage() in lib/browser.js). Exception: axe-core cannot run in a page whose JavaScript is
//   disabled (its timers never fire, it hangs), so the pages of the no-JavaScript test are checked
//   again by visit() in a twin context where the site's own scripts are replaced by empty ones, after
//   asserting that the twin's <main> is the same HTML as the no-JavaScript one.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  launchBrowser,
  withPage,
  newPage,
  visit,
  checkPage,
  expectNoAxeViolations,
  problemsOf,
} from './lib/browser.js';
import { DEMO, sessionState, pathOf, h1Text, followLink } from './lib/identity.js';

const API_PATH = '/api/v1/taxonomy/occupations';
const LIST_ID = 'combobox-list-0';
const ATTRIBUTION = 'ROME, France Travail, Licence Ouverte';
const ROME_CODE = /^\/metiers\/([A-Z]\d{4})$/;
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

// --- helpers -------------------------------------------------------------------------------------

function isApiRequest(url, q) {
  const u = new URL(url);
  return u.pathname === API_PATH && (q === undefined || u.searchParams.get('q') === q);
}

// The search form of /metiers, as the contract describes it.
async function expectSearchForm(page) {
  const form = page.locator('main form[role="search"]');
  assert.equal(await form.count(), 1, `${page.url()}: expected one <form role="search"> in <main>`);
  assert.equal((await form.getAttribute('method') || 'get').toLowerCase(), 'get', 'the search form should use GET');
  assert.equal(new URL(await form.evaluate((f) => f.action)).pathname, '/metiers', 'the search form should submit to /metiers');
  const box = form.locator(`[data-combobox="${API_PATH}"][data-combobox-link="/metiers/"]`);
  assert.equal(await box.count(), 1, `expected the combobox container [data-combobox="${API_PATH}"][data-combobox-link="/metiers/"]`);
  assert.equal(await box.locator('#field-q').count(), 1, 'expected #field-q inside the combobox container');
  assert.equal(await page.locator('#field-q').getAttribute('name'), 'q', '#field-q should be named q');
  const button = form.getByRole('button', { name: 'Chercher', exact: true });
  assert.equal(await button.count(), 1, 'expected a "Chercher" button in the search form');
  return { form, button, input: page.locator('#field-q') };
}

// The links to /metiers/CODE in the result list of the search page (not the breadcrumb or header).
async function resultCodes(page) {
  const hrefs = await page.locator('main li a[href^="/metiers/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.map((h) => ROME_CODE.exec(h)?.[1]).filter(Boolean);
}

async function noResultMessage(page) {
  const status = page.locator('main [role="status"]').filter({ hasText: 'Aucun métier ne correspond' });
  return status.count();
}

// What follows the <h2> named `name` up to the next <h2> (or its <section>): the list items and links.
async function section(page, name) {
  return page.locator('main').evaluate((main, title) => {
    const h2 = [...main.querySelectorAll('h2')].find((h) => h.textContent.replace(/\s+/g, ' ').trim() === title);
    if (!h2) return null;
    let nodes;
    const parent = h2.parentElement;
    if (parent && parent !== main && ['SECTION', 'ARTICLE'].includes(parent.tagName) && parent.querySelector('h2') === h2) {
      nodes = [parent];
    } else {
      nodes = [];
      for (let n = h2.nextElementSibling; n && !/^H[12]$/.test(n.tagName); n = n.nextElementSibling) nodes.push(n);
    }
    const items = nodes.flatMap((n) => [...n.querySelectorAll('li')]);
    return {
      items: items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
      links: items.flatMap((li) => [...li.querySelectorAll('a[href]')].map((a) => ({
        href: a.getAttribute('href'),
        label: a.textContent.trim(),
        item: li.textContent.replace(/\s+/g, ' ').trim(),
      }))),
    };
  }, name);
}

async function expectAttribution(page) {
  const footer = page.getByRole('contentinfo');
  assert.equal(await footer.count(), 1, `${page.url()}: expected one footer (contentinfo)`);
  const text = (await footer.innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes(ATTRIBUTION), `${page.url()}: the footer should credit "${ATTRIBUTION}", got: ${text}`);
}

// An occupation page: h1 "LABEL (CODE)", the breadcrumb link to /metiers before it, the attribution.
async function expectOccupationPage(page, code, label) {
  assert.equal(pathOf(page), `/metiers/${code}`, `expected the page of ${code}, got ${page.url()}`);
  const h1 = await h1Text(page);
  assert.ok(h1.includes(`(${code})`), `${page.url()}: the <h1> should show the code (${code}), got "${h1}"`);
  if (label) assert.match(h1, label, `${page.url()}: <h1>`);
  const crumb = await page.locator('main').evaluate((main) => {
    const h = main.querySelector('h1');
    return [...main.querySelectorAll('a[href="/metiers"]')]
      .some((a) => a.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(crumb, `${page.url()}: no breadcrumb link to /metiers before the <h1>`);
  await expectAttribution(page);
  return h1;
}

async function regulatedNotice(page) {
  return page.locator('main').getByText('Métier réglementé').count();
}

// The combobox state the ARIA pattern exposes.
async function comboboxState(page) {
  return page.locator('#field-q').evaluate((input, listId) => {
    const list = document.getElementById(listId);
    const options = list ? [...list.querySelectorAll('[role="option"]')] : [];
    return {
      role: input.getAttribute('role'),
      expanded: input.getAttribute('aria-expanded'),
      controls: input.getAttribute('aria-controls'),
      activedescendant: input.getAttribute('aria-activedescendant'),
      listRole: list?.getAttribute('role') ?? null,
      listVisible: !!list && list.checkVisibility(),
      options: options.map((o) => ({ id: o.id, label: o.textContent.trim(), selected: o.getAttribute('aria-selected') })),
    };
  }, LIST_ID);
}

// Types `text` one key at a time like a person (slower than the widget's 150 ms debounce, so every
// prefix of >= 2 characters asks the API) and returns the API response for the whole text.
async function typeSlowly(page, input, text) {
  const response = page.waitForResponse((r) => isApiRequest(r.url(), text));
  await input.pressSequentially(text, { delay: 200 });
  return response;
}

// Presses ArrowDown until the option `label` is the active descendant.
async function arrowDownTo(page, label) {
  const { options } = await comboboxState(page);
  const index = options.findIndex((o) => o.label === label);
  assert.ok(index >= 0, `no option "${label}" among ${options.map((o) => o.label).join(' | ')}`);
  for (let i = 0; i <= index; i++) await page.locator('#field-q').press('ArrowDown');
  return { index, id: options[index].id };
}

function expectActive(state, id, what) {
  assert.equal(state.activedescendant, id, `${what}: aria-activedescendant should be ${id}`);
  for (const o of state.options) {
    assert.equal(o.selected, o.id === id ? 'true' : 'false', `${what}: option "${o.label}" aria-selected`);
  }
}

// The main-frame document response of what `action` does (a goto, a click, a key press).
async function documentOf(page, action) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()),
    action(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

// What checkPage() checks without running scripts in the page: status, HTML, CSP, no inline script.
async function expectDocument(response, status = 200) {
  assert.equal(response.status(), status, `${response.url()} answered ${response.status()}, expected ${status}`);
  const headers = await response.allHeaders();
  assert.match(headers['content-type'] || '', /^text\/html/, `${response.url()}: content-type is not text/html`);
  assert.ok((headers['content-security-policy'] || '').includes("script-src 'self'"),
    `${response.url()}: no content-security-policy with "script-src 'self'"`);
}

// --- the tests -----------------------------------------------------------------------------------

describe('occupation catalogue: search, autocomplete, occupation pages', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('1. search without JavaScript: a plain form whose results link to /metiers/CODE', async () => {
    const searches = [
      { q: 'technicienne de surface', code: 'K2205' },
      { q: 'aide soignante', code: 'J1501' },
      { q: 'cariste', code: 'N1101' },
      { q: 'sodeur', code: 'H2913' }, // typo for "soudeur"
    ];
    const nonsense = 'zqxwvjkplm';
    const visited = new Map(); // URL -> <main> HTML as the no-JavaScript browser got it

    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      const mainHtml = () => page.locator('main').innerHTML();
      await expectDocument(await documentOf(page, () => page.goto('/metiers')));
      visited.set(page.url(), await mainHtml());
      let { button, input } = await expectSearchForm(page);
      const state = await comboboxState(page);
      assert.equal(state.role, null, 'without JavaScript #field-q should stay a plain field (no role=combobox)');
      assert.equal(state.listRole, null, `without JavaScript there should be no #${LIST_ID}`);

      for (const { q, code } of searches) {
        await input.fill(q);
        await expectDocument(await documentOf(page, () => button.click()));
        assert.equal(pathOf(page), '/metiers', `"${q}": the form should lead to /metiers, got ${page.url()}`);
        assert.equal(new URL(page.url()).searchParams.get('q'), q, `"${q}": the query should be in the URL`);
        visited.set(page.url(), await mainHtml());
        const codes = await resultCodes(page);
        assert.ok(codes.includes(code), `"${q}": expected a result link to /metiers/${code}, got ${codes.join(', ') || 'none'}`);
        assert.equal(await noResultMessage(page), 0, `"${q}": "Aucun métier ne correspond" shown with results`);
        ({ button, input } = await expectSearchForm(page));
      }

      await input.fill(nonsense);
      await expectDocument(await documentOf(page, () => button.click()));
      visited.set(page.url(), await mainHtml());
      assert.equal(await noResultMessage(page), 1, `"${nonsense}": expected a role=status "Aucun métier ne correspond"`);
      assert.deepEqual(await resultCodes(page), [], `"${nonsense}": expected no result link`);

      // A result link works without JavaScript too.
      ({ input, button } = await expectSearchForm(page));
      await input.fill('technicienne de surface');
      await expectDocument(await documentOf(page, () => button.click()));
      await expectDocument(await documentOf(page, () => page.locator('main li a[href="/metiers/K2205"]').first().click()));
      await expectOccupationPage(page, 'K2205');
      visited.set(page.url(), await mainHtml());
    });

    // axe-core (and the rest of checkPage) on the same documents, with the site's scripts emptied:
    // the DOM must be the one the no-JavaScript browser had.
    await withPage(browser, {}, async (page, context) => {
      await context.route((url) => url.pathname.startsWith('/static/js/'),
        (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
      for (const [url, html] of visited) {
        await visit(page, url);
        assert.equal(await page.locator('main').innerHTML(), html, `${url}: <main> differs from the no-JavaScript page`);
      }
    });
  });

  test('2. occupation pages: J1501 sections and adjacent occupations, J1506 regulated, Z9999 404', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/metiers/J1501');
      await expectOccupationPage(page, 'J1501', /Aide-soignant/);

      const skills = await section(page, 'Compétences principales');
      assert.ok(skills, 'J1501: no "Compétences principales" section');
      assert.ok(skills.items.length >= 1, 'J1501: "Compétences principales" lists no skill');
      const conditions = await section(page, 'Conditions de travail');
      assert.ok(conditions, 'J1501: no "Conditions de travail" section');
      assert.ok(conditions.items.length >= 1, 'J1501: "Conditions de travail" lists nothing');
      const adjacent = await section(page, 'Métiers proches');
      assert.ok(adjacent, 'J1501: no "Métiers proches" section');
      const others = adjacent.links.filter((l) => ROME_CODE.test(l.href) && l.href !== '/metiers/J1501');
      assert.ok(others.length >= 1, `J1501: "Métiers proches" has no link to another occupation: ${JSON.stringify(adjacent.links)}`);
      for (const l of others) {
        assert.match(l.item, /\d+\s*%/, `J1501: adjacent occupation "${l.label}" shows no coverage percentage: "${l.item}"`);
      }

      // The first adjacent occupation opens its own page.
      const next = others[0];
      const nextCode = ROME_CODE.exec(next.href)[1];
      await followLink(page, page.locator('main').locator(`li a[href="${next.href}"]`).first());
      const h1 = await expectOccupationPage(page, nextCode);
      assert.ok(h1.includes(next.label), `${page.url()}: <h1> "${h1}" should name "${next.label}"`);

      await visit(page, '/metiers/J1506');
      await expectOccupationPage(page, 'J1506', /Infirmier/);
      assert.equal(await regulatedNotice(page), 1, 'J1506 (infirmier) should show the "Métier réglementé" notice');

      await visit(page, '/metiers/K2205');
      await expectOccupationPage(page, 'K2205');
      assert.equal(await regulatedNotice(page), 0, 'K2205 is not regulated: no "Métier réglementé" notice');

      await visit(page, '/metiers/Z9999', { status: 404 });
      assert.ok((await h1Text(page)).length > 0, '/metiers/Z9999: the 404 page should have an <h1>');
      assert.equal(await regulatedNotice(page), 0, '/metiers/Z9999: the 404 page is not an occupation page');
    });
  });

  test('3. autocomplete as a logged-in counsellor: listbox, keyboard, Enter opens the occupation, Escape closes', async () => {
    const state = await sessionState(browser, DEMO.counsellor);
    await withPage(browser, { storageState: state }, async (page) => {
      await visit(page, '/metiers');
      const { input } = await expectSearchForm(page);
      let s = await comboboxState(page);
      assert.equal(s.role, 'combobox', '#field-q should have role=combobox');
      assert.equal(s.expanded, 'false', 'aria-expanded before typing');
      assert.equal(s.controls, LIST_ID, `aria-controls should name the listbox #${LIST_ID}`);
      assert.equal(s.listRole, 'listbox', `#${LIST_ID} should have role=listbox`);
      assert.equal(s.listVisible, false, 'the listbox should be hidden before typing');

      await input.click();
      const response = await typeSlowly(page, input, 'cari');
      assert.equal(response.status(), 200, `GET ${response.url()} answered ${response.status()} for a logged-in counsellor`);
      assert.equal(new URL(response.url()).searchParams.get('limit'), '8', 'the widget should ask for 8 suggestions');
      const labels = (await response.json()).items.map((i) => i.label);
      assert.ok(labels.includes('Cariste'), `the API should suggest "Cariste" for "cari", got ${labels.join(' | ')}`);
      // The listbox shows exactly the latest answer.
      await page.waitForFunction(({ id, want }) => {
        const list = document.getElementById(id);
        return list && !list.hidden &&
          [...list.querySelectorAll('[role="option"]')].map((o) => o.textContent.trim()).join('\n') === want.join('\n');
      }, { id: LIST_ID, want: labels });

      s = await comboboxState(page);
      assert.equal(s.expanded, 'true', 'aria-expanded once the suggestions are shown');
      assert.equal(s.listVisible, true, 'the listbox should be visible');
      assert.ok(s.options.length >= 1 && s.options.length <= 8, `expected 1 to 8 options, got ${s.options.length}`);
      assert.equal(s.activedescendant, null, 'no active option before the arrow keys');
      const [inputBox, listBox] = [await input.boundingBox(), await page.locator(`#${LIST_ID}`).boundingBox()];
      assert.ok(listBox.y >= inputBox.y + inputBox.height - 1 && listBox.x < inputBox.x + inputBox.width && listBox.x + listBox.width > inputBox.x,
        `the listbox should be under the field (field ${JSON.stringify(inputBox)}, listbox ${JSON.stringify(listBox)})`);

      // ArrowDown to "Cariste"; ArrowDown/ArrowUp move the active option.
      const cariste = await arrowDownTo(page, 'Cariste');
      expectActive(await comboboxState(page), cariste.id, 'after ArrowDown to "Cariste"');
      if (s.options.length > cariste.index + 1) {
        await input.press('ArrowDown');
        expectActive(await comboboxState(page), s.options[cariste.index + 1].id, 'after one more ArrowDown');
        await input.press('ArrowUp');
        expectActive(await comboboxState(page), cariste.id, 'after ArrowUp back to "Cariste"');
      }
      await expectNoAxeViolations(page);
      assert.equal((await comboboxState(page)).listVisible, true, 'the listbox should still be open after the axe-core run');

      // Escape closes the list.
      await input.press('Escape');
      s = await comboboxState(page);
      assert.equal(s.expanded, 'false', 'aria-expanded after Escape');
      assert.equal(s.listVisible, false, 'the listbox should be hidden after Escape');
      assert.equal(s.activedescendant, null, 'no aria-activedescendant after Escape');
      assert.equal(pathOf(page), '/metiers', 'Escape should not navigate');

      // Typing again reopens the list (the field is emptied first: Escape clears it, see test 3b);
      // Enter on "Cariste" opens /metiers/N1101.
      await input.fill('');
      const again = await typeSlowly(page, input, 'cari');
      assert.equal(again.status(), 200);
      await page.waitForFunction((id) => !document.getElementById(id).hidden, LIST_ID);
      const chosen = await arrowDownTo(page, 'Cariste');
      expectActive(await comboboxState(page), chosen.id, 'after reopening and ArrowDown to "Cariste"');
      await Promise.all([page.waitForEvent('load'), input.press('Enter')]);
      await checkPage(page);
      await expectOccupationPage(page, 'N1101', /Cariste/);
    });
  });

  // APG combobox pattern: Escape dismisses the listbox when it is displayed; only when it is not
  // displayed may it clear the field (#field-q is an <input type="search">).
  test('3b. Escape closes the suggestions but keeps the typed text', async () => {
    const state = await sessionState(browser, DEMO.counsellor);
    await withPage(browser, { storageState: state }, async (page) => {
      await visit(page, '/metiers');
      const input = page.locator('#field-q');
      await input.click();
      await typeSlowly(page, input, 'cari');
      await page.waitForFunction((id) => !document.getElementById(id).hidden, LIST_ID);
      await input.press('Escape');
      const s = await comboboxState(page);
      assert.equal(s.expanded, 'false', 'aria-expanded after Escape');
      assert.equal(await input.inputValue(), 'cari', 'Escape with the list open should keep the typed text');
    });
  });

  test('4. autocomplete as an anonymous visitor: no listbox, no error, the form still searches', async (t) => {
    // The API answers 401 to anonymous visitors. Only that response may be recorded: as the failed
    // request the page tracker logs, and as Chromium's own console line for a failed resource.
    // The widget does not read the body of a refused answer, so Chromium aborts those loads when the
    // page navigates away (Enter below): "request failed ... net::ERR_ABORTED", same URL, allowed too.
    const allowed = (problem) => {
      const m = /^request answered 401: GET (\S+)$/.exec(problem) ??
        /^request failed: GET (\S+): net::ERR_ABORTED$/.exec(problem) ??
        /^console error on (\S+): Failed to load resource: the server responded with a status of 401\b/.exec(problem);
      return !!m && isApiRequest(new URL(m[1], BASE_URL).href);
    };
    const context = await browser.newContext({ locale: 'fr-BE', baseURL: BASE_URL });
    context.setDefaultTimeout(15_000);
    try {
      const page = await newPage(context);
      await visit(page, '/metiers');
      const { input } = await expectSearchForm(page);

      await input.click();
      // The widget asks once ("ca"); after the 401 it stays a plain search box and asks no more.
      const first = page.waitForResponse((r) => isApiRequest(r.url(), 'ca'));
      const asked = [];
      page.on('request', (r) => { if (isApiRequest(r.url())) asked.push(r.url()); });
      await input.pressSequentially('cari', { delay: 200 });
      const response = await first;
      assert.equal(response.status(), 401, `GET ${response.url()} should answer 401 without a session`);
      await page.waitForTimeout(500); // more than the widget's debounce and a render
      // "ca", "car", "cari" would be 3; one more may leave before the first 401 comes back.
      assert.ok(asked.length <= 2, `after a 401 the widget should stop asking, it asked: ${asked.join(', ')}`);
      const s = await comboboxState(page);
      assert.equal(s.expanded, 'false', 'anonymous: aria-expanded should stay false');
      assert.equal(s.listVisible, false, 'anonymous: no listbox should appear');
      assert.equal(s.options.length, 0, 'anonymous: no option should be rendered');
      await expectNoAxeViolations(page);

      // Enter submits the plain form.
      const result = await documentOf(page, () => input.press('Enter'));
      await expectDocument(result);
      assert.equal(pathOf(page), '/metiers', `Enter should submit the search form, got ${page.url()}`);
      assert.equal(new URL(page.url()).searchParams.get('q'), 'cari');
      const codes = await resultCodes(page);
      assert.ok(codes.includes('N1101'), `"cari": expected a result link to /metiers/N1101, got ${codes.join(', ') || 'none'}`);
      await expectNoAxeViolations(page);

      const problems = problemsOf(page);
      for (const p of problems.filter(allowed)) t.diagnostic(`allowed: ${p}`);
      const unexpected = problems.filter((p) => !allowed(p));
      assert.deepEqual(unexpected, [], `the page had ${unexpected.length} unexpected problem(s):\n  ${unexpected.join('\n  ')}`);
    } finally {
      await context.close();
    }
  });

  test('5. phone 375 px: /metiers/J1501 has no horizontal scroll', async () => {
    await withPage(browser, PHONE, async (page) => {
      await visit(page, '/metiers/J1501');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 375, `/metiers/J1501 at 375 px: scrollWidth ${scrollWidth} > 375`);
    });
  });

  test('5b. phone 375 px: the search results page has no horizontal scroll', async () => {
    await withPage(browser, PHONE, async (page) => {
      await visit(page, '/metiers?q=technicien');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 375, `/metiers?q=technicien at 375 px: scrollWidth ${scrollWidth} > 375`);
    });
  });
});
