// The intercultural kit and requests for support in Chromium, at phone width: an employer opens
// the employers' landing page, reads every kit page, asks for support from the legal page (the
// topic chosen for them, their address prefilled; an empty message refused and named), the
// coordinator gets the mail, finds the request in the queue from the coordination landing page
// and marks it handled with a note. A visitor without an account asks for support too.
// axe-core runs on every page (checkPage); no page scrolls sideways at 375 px.
//
// Contract under test (French pages):
// - /entreprises: links to /offres/publier, /entreprises/offres, /entreprises/kit,
//   /entreprises/demande-accompagnement; /coordination: links to /coordination/revue and
//   /coordination/demandes.
// - /entreprises/kit: ul#kit-pages with one link per page; each page: article#kit-SLUG and a
//   "Demander un accompagnement" link with ?sujet=TOPIC&depuis=SLUG.
// - /entreprises/demande-accompagnement: #field-topic, #field-message, #field-email,
//   "Envoyer la demande" -> /entreprises/demande-accompagnement/envoyee (#support-sent).
// - the mail "Nouvelle demande d'accompagnement" to each coordinator, with the message.
// - /coordination/demandes: li#request-ID in ul#open-requests with a note (#note-ID) and
//   "Marquer comme traitée"; once handled, the request is in ul#handled-requests with its note.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, withPage, visit, submitForm } from './lib/browser.js';
import { DEMO, sessionState, newCoordinator, pathOf, expectH1, followLink, expectNoErrors, expectCsrfFields, expectFieldError, uniqueEmail, unique } from './lib/identity.js';
import { waitForMail } from './lib/mail.js';

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function expectNoSidewaysScroll(page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 375, `${page.url()}: scrollWidth ${scrollWidth} > 375 (horizontal scroll)`);
}

describe('intercultural kit and requests for support', () => {
  let browser;
  let coordinator;
  let employer;
  const message = `Notre nouvelle recrue a une carte « limité » : ${unique('kit')}. Que faire au renouvellement ?`;

  before(async () => {
    browser = await launchBrowser();
    coordinator = await newCoordinator(browser);
    employer = await sessionState(browser, DEMO.employer);
  });
  after(async () => {
    await browser?.close();
  });

  test('an employer reads the kit and asks for support from the legal page', async () => {
    await withPage(browser, { storageState: employer, ...PHONE }, async (page) => {
      await visit(page, '/tableau-de-bord');
      await followLink(page, page.locator('main').getByRole('link', { name: /Le kit interculturel/ }));
      assert.equal(pathOf(page), '/entreprises/kit');

      await visit(page, '/entreprises');
      await expectH1(page, 'Espace entreprises');
      await expectNoSidewaysScroll(page);
      for (const href of ['/offres/publier', '/entreprises/offres', '/entreprises/kit', '/entreprises/demande-accompagnement']) {
        assert.ok(await page.locator(`main a[href="${href}"]`).count() >= 1, `/entreprises should link ${href}`);
      }
      await followLink(page, page.getByRole('link', { name: 'Lire le kit' }));
      await expectH1(page, 'Kit interculturel pour les employeurs');
      await expectNoSidewaysScroll(page);
      const pages = await page.locator('#kit-pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(pages.length >= 3, `at least three kit pages, found ${pages.length}`);
      for (const href of pages) {
        await visit(page, href);
        const slug = href.split('/').pop();
        assert.equal(await page.locator(`article#kit-${slug}`).count(), 1, `${href}: article#kit-${slug}`);
        await expectNoSidewaysScroll(page);
        const ask = page.locator('main').getByRole('link', { name: 'Demander un accompagnement' });
        assert.match(await ask.getAttribute('href'), new RegExp(`depuis=${slug}$`));
      }

      await visit(page, '/entreprises/kit/embaucher-hors-ue');
      assert.match(await page.locator('main').innerText(), /Marché du travail/);
      await followLink(page, page.locator('main').getByRole('link', { name: 'Demander un accompagnement' }));
      await expectH1(page, 'Demander un accompagnement');
      await expectCsrfFields(page);
      await expectNoSidewaysScroll(page);
      assert.equal(await page.locator('#field-topic').inputValue(), 'legal', 'the topic of the page is chosen');
      assert.equal(await page.locator('#field-email').inputValue(), DEMO.employer.login, 'the address is prefilled');

      await submitForm(page, page.getByRole('button', { name: 'Envoyer la demande' }), { status: 422 });
      assert.match(await expectFieldError(page, 'field-message'), /au moins 10 caractères/);
      await page.locator('#field-message').fill(message);
      await submitForm(page, page.getByRole('button', { name: 'Envoyer la demande' }));
      assert.equal(pathOf(page), '/entreprises/demande-accompagnement/envoyee');
      await expectH1(page, 'Demande envoyée');
      await expectNoErrors(page);
    });
  });

  test('a visitor without an account asks for support with an address', async () => {
    await withPage(browser, PHONE, async (page) => {
      await visit(page, '/entreprises/kit');
      await followLink(page, page.locator('main section').getByRole('link', { name: 'Demander un accompagnement' }));
      await page.locator('#field-topic').selectOption('onboarding');
      await page.locator('#field-message').fill('Nous accueillons lundi un cuisinier venu du Maroc.');
      await page.locator('#field-email').fill('pas-une-adresse');
      await submitForm(page, page.getByRole('button', { name: 'Envoyer la demande' }), { status: 422 });
      await expectFieldError(page, 'field-email');
      await page.locator('#field-email').fill(uniqueEmail('resto'));
      await submitForm(page, page.getByRole('button', { name: 'Envoyer la demande' }));
      assert.equal(pathOf(page), '/entreprises/demande-accompagnement/envoyee');
    });
  });

  test('the coordinator gets the mail, finds the request in the queue and marks it handled', async () => {
    const mail = await waitForMail({ to: coordinator.email, subject: "Nouvelle demande d'accompagnement" });
    assert.ok(mail.body.includes('/coordination/demandes'), `the mail links the queue:\n${mail.body}`);
    await withPage(browser, { storageState: coordinator.state, ...PHONE }, async (page) => {
      await visit(page, '/tableau-de-bord');
      assert.equal(await page.locator('main a[href="/coordination/demandes"]').count(), 1, 'the dashboard links the queue');
      await visit(page, '/coordination');
      await expectH1(page, 'Espace coordination');
      await expectNoSidewaysScroll(page);
      await followLink(page, page.getByRole('link', { name: 'Voir les demandes' }));
      await expectH1(page, "Demandes d'accompagnement");
      await expectCsrfFields(page);
      await expectNoSidewaysScroll(page);
      const item = page.locator('#open-requests > li').filter({ hasText: message });
      assert.equal(await item.count(), 1, 'the employer\'s request is in the queue');
      assert.match(await item.innerText(), /Hôpital du Val/);
      const id = (await item.getAttribute('id')).replace('request-', '');
      await item.locator('textarea[name="note"]').fill('Répondu par e-mail : renouvellement à demander deux mois avant.');
      await submitForm(page, item.getByRole('button', { name: 'Marquer comme traitée' }));
      assert.equal(pathOf(page), '/coordination/demandes');
      assert.equal(await page.locator(`#open-requests #request-${id}`).count(), 0);
      const handled = page.locator(`#handled-requests #request-${id}`);
      assert.equal(await handled.count(), 1, 'the request is among those handled');
      assert.match(await handled.innerText(), /renouvellement à demander/);
    });
  });
});
