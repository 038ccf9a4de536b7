// The coordination's outcome page in Chromium at phone width: a coordinator of the demo
// coordination (a fresh one: the demo coordinator's second factor belongs to identity.test.js)
// opens it from /coordination, sees the default period (the last 12 months), asks for the period
// ending yesterday (the placements journey may add proposals today), checks figures of the demo
// placements (src/app/demo_placements.cpp; computed by hand in tests/demo/demo_outcomes_test.cpp),
// and downloads the CSV. axe-core runs on every page (checkPage); the page does not scroll
// sideways at 375 px (the wide tables scroll inside their own region).
//
// Contract under test (French pages):
// - /coordination links /coordination/resultats; the coordinator's dashboard too.
// - /coordination/resultats: <h1> "Résultats des mises à l'emploi"; form #outcomes-period with
//   #field-from (du) and #field-to (au), "Afficher"; table#outcomes-overall with a row
//   tr#figure-ID per figure (th = label, td = value); table#outcomes-organisations and
//   table#outcomes-sectors, one row per group (th = name), with captions; a#outcomes-csv.
// - /coordination/resultats.csv?du=..&au=..: text/csv, Content-Disposition attachment.
// - a date that is not one: 422 naming #field-from.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, withPage, visit, submitForm, BASE_URL } from './lib/browser.js';
import { newCoordinator, pathOf, expectH1, followLink, expectFieldError } from './lib/identity.js';

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

// The demo figures over the last 12 months (tests/demo/demo_outcomes_test.cpp).
const OVERALL = {
  people_proposed: '16',
  interviews: '11',
  internships: '6',
  interns: '7',
  interns_hired: '5',
  intern_hire_share: '71\u00a0%',
};
// The CISP Ourthe's row: only demo proposals (the journey is the Meuse counsellor's).
const OURTHE = ['4', '2', '1', '0', '2', '50\u00a0%', '1', '1', '100\u00a0%', '35'];

function dayBefore(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

async function expectNoSidewaysScroll(page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 375, `${page.url()}: scrollWidth ${scrollWidth} > 375 (horizontal scroll)`);
}

describe('outcomes of placements', () => {
  let browser;
  let coordinator;

  before(async () => {
    browser = await launchBrowser();
    coordinator = await newCoordinator(browser);
  });
  after(async () => {
    await browser?.close();
  });

  test('the coordinator reads the demo figures on a phone and downloads them as CSV', async () => {
    await withPage(browser, { storageState: coordinator.state, acceptDownloads: true, ...PHONE }, async (page) => {
      await visit(page, '/tableau-de-bord');
      assert.equal(await page.locator('main a[href="/coordination/resultats"]').count(), 1, 'the dashboard should link the outcomes');
      await visit(page, '/coordination');
      await followLink(page, page.locator('main a[href="/coordination/resultats"]'));
      assert.equal(pathOf(page), '/coordination/resultats');
      await expectH1(page, "Résultats des mises à l'emploi");
      await expectNoSidewaysScroll(page);

      const from = await page.locator('#field-from').inputValue();
      const to = await page.locator('#field-to').inputValue();
      assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(to, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(Number(to.slice(0, 4)) - Number(from.slice(0, 4)), 1, `default period ${from}..${to} should be 12 months`);
      assert.ok(await page.locator('table#outcomes-overall caption').count() === 1, 'the overall table has a caption');

      const yesterday = dayBefore(to);
      await page.locator('#field-to').fill(yesterday);
      await submitForm(page, page.getByRole('button', { name: 'Afficher' }));
      assert.equal(new URL(page.url()).searchParams.get('au'), yesterday);
      await expectNoSidewaysScroll(page);
      for (const [id, value] of Object.entries(OVERALL)) {
        const cell = (await page.locator(`#figure-${id} td`).innerText()).trim();
        assert.equal(cell, value, `overall ${id}`);
      }
      const ourthe = page.locator('table#outcomes-organisations tbody tr', { hasText: 'CISP Ourthe' });
      assert.equal(await ourthe.count(), 1);
      const cells = (await ourthe.locator('td').allInnerTexts()).map((c) => c.trim());
      assert.deepEqual(cells, OURTHE, 'the CISP Ourthe row');
      const sectors = await page.locator('table#outcomes-sectors tbody th').allInnerTexts();
      assert.ok(sectors.includes('Métal') && sectors.includes('Automobile'), `sectors: ${sectors.join(', ')}`);
      for (const id of ['outcomes-overall', 'outcomes-organisations', 'outcomes-sectors']) {
        assert.ok(await page.locator(`table#${id} th[scope="col"]`).count() >= 2, `${id} has column headers`);
      }

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#outcomes-csv').click()]);
      assert.match(download.suggestedFilename(), /^resultats-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile(await download.path(), 'utf8');
      const lines = csv.trim().split('\r\n');
      assert.match(lines[0], /^Du,Au,Regroupement,Groupe,Personnes proposées,Entretiens,Stages,PFI,Embauches,/);
      assert.match(lines[1], new RegExp(`^${from},${yesterday},Ensemble,Ensemble,16,11,6,`));
      assert.ok(lines.some((l) => l.includes(',CISP Ourthe (démonstration),4,2,1,0,2,')), 'the CSV has the CISP Ourthe row');

      const response = await page.request.get(`${BASE_URL}/coordination/resultats.csv?du=${from}&au=${yesterday}`);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'], /^text\/csv/);
      assert.match(response.headers()['content-disposition'], /^attachment; filename="resultats-/);
    });
  });

  test('a date that is not one is refused and named', async () => {
    await withPage(browser, { storageState: coordinator.state }, async (page) => {
      await visit(page, '/coordination/resultats?du=2025-02-30&au=2025-12-31', { status: 422 });
      await expectFieldError(page, 'field-from');
    });
  });
});
