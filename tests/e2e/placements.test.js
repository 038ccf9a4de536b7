// A placement across four roles in Chromium (issue #8): the demo counsellor proposes Amina
// Diallo from the engine's suggestions on her file, the demo employer (Hôpital du Val) sees the
// anonymised profile (no name anywhere on the page) and is interested, the person agrees to
// disclose her identity (at phone width), the employer sees her name, plans the interview
// (.ics as text/calendar), records it held, a PFI, then a hire as CDI; the counsellor finds the
// follow-ups at 1, 3, 6 and 12 months in their worklist (/accompagnement) and in /propositions,
// and records the first. The person reads her proposal in English too. axe-core runs on
// every page (visit, followLink and submitForm call checkPage).
//
// Needs the demo data (tests/e2e/run.sh loads it). people.test.js may have withdrawn Amina's
// consent "Profil anonyme visible par des employeurs": the counsellor records it again first
// (a proposal is refused without it).
//
// Contract under test (French pages):
// - the file (/accompagnement/ID) links "Offres proposables" (/propositions/personne/ID): one
//   li.card per offer (#suggestion-OFFER), its explanation (ul.explanation li), a checkbox
//   "J'ai vérifié ce profil pour cette offre" and "Proposer"; without the check: 422 and nothing
//   proposed.
// - /propositions/ID: #proposal-state[data-state], #next-step, #decision (counsellor),
//   #profile (employer: "Profil anonyme — PW-..." before disclosure, #identity-name after),
//   one section#move-STATE per move with its fields (named as the API's data) and a button;
//   #interview with a link to /propositions/ID/entretien.ics; #facts (PFI, contract).
// - /entreprises/offres: per offer the proposals received and how many wait for an answer.
// - /propositions (counsellor): li#follow-up-ID[data-months] with a form "Enregistrer le suivi".

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, withPage, visit, submitForm, checkPage } from './lib/browser.js';
import { DEMO, sessionState, expectH1, followLink, pathOf, newCoordinator } from './lib/identity.js';
import { waitForMail, readMailbox } from './lib/mail.js';

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

function isoInDays(days) {
  return new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
}

async function stateOf(page) {
  return page.locator('#proposal-state').getAttribute('data-state');
}

// Submits the form of one move (section#move-STATE) and expects to land on the proposal again.
async function move(page, to) {
  const section = page.locator(`#move-${to}`);
  assert.equal(await section.count(), 1, `${page.url()}: no form for the move to ${to}`);
  await submitForm(page, section.getByRole('button'));
  assert.equal(await stateOf(page), to);
}

describe('placement journey', () => {
  let browser;
  let counsellor;
  let employer;
  let person;
  let proposalPath;
  let offerId;
  let offerTitle;

  before(async () => {
    browser = await launchBrowser();
    counsellor = await sessionState(browser, DEMO.counsellor);
    employer = await sessionState(browser, DEMO.employer);
    person = await sessionState(browser, DEMO.candidate);
  });
  after(async () => {
    await browser?.close();
  });

  test('the counsellor proposes Amina Diallo from the suggestions on her file', async () => {
    await withPage(browser, { storageState: counsellor }, async (page) => {
      await visit(page, '/accompagnement?q=diallo');
      await followLink(page, page.getByRole('link', { name: 'Diallo Amina' }));
      await expectH1(page, 'Amina Diallo');
      const consents = await page.locator('#consents').innerText().catch(() => '');
      const live = consents.split('\n').some((line) =>
        line.includes('Profil anonyme visible par des employeurs') && !line.includes('retiré'));
      if (!live) {
        await page.locator('#field-kind').selectOption('employer_visibility');
        await page.locator('#field-on_paper').check();
        await submitForm(page, page.getByRole('button', { name: 'Enregistrer le consentement' }));
      }

      await followLink(page, page.getByRole('link', { name: 'Offres proposables' }));
      await expectH1(page, 'Offres proposables');
      // The best offer of the demo hospital (offers.test.js may have marked one as filled).
      const card = page.locator('li.card').filter({ has: page.locator('h2', { hasText: '— Hôpital du Val' }) }).first();
      assert.equal(await card.count(), 1, 'a hospital offer is among the suggestions');
      offerTitle = (await card.locator('h2').innerText()).split(' — ')[0].trim();
      assert.ok(await card.locator('ul.explanation li').count() > 0, 'the suggestion is explained');
      const cardId = await card.getAttribute('id');
      offerId = cardId.replace(/^suggestion-/, '');

      // Without the human check, nothing is proposed.
      await submitForm(page, card.getByRole('button', { name: 'Proposer' }), { status: 422 });
      assert.match(await page.locator('.error-summary').innerText(), /Confirmez que vous avez vérifié ce profil/);

      const again = page.locator(`#${cardId}`);
      await again.getByLabel("J'ai vérifié ce profil pour cette offre").check();
      const nearMiss = again.locator('input[name="confirm_near_miss"]');
      if (await nearMiss.count()) await nearMiss.check();
      await submitForm(page, again.getByRole('button', { name: 'Proposer' }));
      assert.match(pathOf(page), /^\/propositions\/[a-z]+_[A-Za-z0-9]+$/);
      proposalPath = pathOf(page);
      assert.equal(await stateOf(page), 'proposed');
      await expectH1(page, offerTitle);
      assert.ok(await page.locator('#decision ul.explanation li').count() > 0, 'the decision record is shown');

      const before = (await readMailbox()).map((m) => m.file);
      await move(page, 'sent');
      const mail = await waitForMail({ to: 'employeur@demo.primowork.be', exclude: before });
      assert.match(mail.subject, /proposition avance/);
    });
  });

  test('the employer sees the anonymised profile and is interested', async () => {
    await withPage(browser, { storageState: employer }, async (page) => {
      await visit(page, '/entreprises/offres');
      const row = page.locator(`#offer-${offerId}`);
      assert.match(await row.locator('td.proposals').innerText(), /^1\b[\s\S]*1 attendent votre réponse/);
      await followLink(page, row.locator('td.proposals a'));
      await expectH1(page, 'Propositions');
      await followLink(page, page.locator(`a[href="${proposalPath}"]`));
      assert.equal(await stateOf(page), 'sent');
      const profile = await page.locator('#profile').innerText();
      assert.match(profile, /Profil anonyme — PW-/);
      assert.match(profile, /Langues/);
      const main = await page.locator('main').innerText();
      for (const forbidden of ['Amina', 'Diallo', 'candidat@']) {
        assert.ok(!main.includes(forbidden), `the anonymised page shows "${forbidden}"`);
      }
      assert.equal(await page.locator('#decision').count(), 0, 'the employer does not see the decision record');
      await move(page, 'interested');
    });
  });

  test('the person agrees to disclose her identity, on a phone', async () => {
    await withPage(browser, { storageState: person, ...PHONE }, async (page) => {
      await visit(page, '/mon-dossier');
      await followLink(page, page.getByRole('link', { name: 'Mes candidatures proposées aux employeurs' }));
      await followLink(page, page.locator(`a[href="${proposalPath}"]`));
      assert.equal(await stateOf(page), 'interested');
      assert.match(await page.locator('#next-step').innerText(), /acceptez-vous que l'employeur voie votre nom/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      const form = page.locator('#move-disclosed');
      await form.locator('input[name="consent"]').check();
      await submitForm(page, form.getByRole('button', { name: "J'accepte de dévoiler mon identité" }));
      assert.equal(await stateOf(page), 'disclosed');
      // In her language: the same page in English after the language switch.
      await followLink(page, page.locator('.lang-switch a[hreflang="en"]'));
      assert.equal(pathOf(page), proposalPath);
      assert.match(await page.locator('#next-step').innerText(), /The employer now sees the identity/);
    });
  });

  test('the employer sees the identity, plans the interview, records a PFI and a hire as CDI', async () => {
    await withPage(browser, { storageState: employer }, async (page) => {
      await visit(page, proposalPath);
      assert.equal((await page.locator('#identity-name').innerText()).trim(), 'Amina Diallo');

      const interview = page.locator('#move-interview_planned');
      await interview.locator('input[name="interview_at"]').fill(`${isoInDays(7)}T10:30`);
      await interview.locator('input[name="interview_place"]').fill('Hôpital du Val, rue de la Santé 1, Liège');
      await submitForm(page, interview.getByRole('button'));
      assert.equal(await stateOf(page), 'interview_planned');
      const ics = await page.request.get(await page.locator('#interview a').getAttribute('href'));
      assert.equal(ics.status(), 200);
      assert.match(ics.headers()['content-type'], /^text\/calendar/);
      const body = await ics.text();
      assert.match(body, /BEGIN:VEVENT\r\n/);
      assert.match(body, /DTSTART:\d{8}T\d{6}Z\r\n/);
      assert.match(body, /LOCATION:Hôpital du Val\\, rue de la Santé 1\\, Liège/);

      await move(page, 'interview_held');

      const pfi = page.locator('#move-pfi');
      await pfi.locator('input[name="pfi_start"]').fill(isoInDays(14));
      await pfi.locator('input[name="pfi_weeks"]').fill('8');
      await submitForm(page, pfi.getByRole('button'));
      assert.equal(await stateOf(page), 'pfi');
      assert.match(await page.locator('#facts').innerText(), /Fin minimale du contrat qui suit/);

      const hire = page.locator('#move-hired');
      await hire.locator('select[name="contract_type"]').selectOption('CDI');
      await hire.locator('input[name="contract_start"]').fill(isoInDays(14 + 56));
      await hire.locator('input[name="weekly_hours"]').fill('38');
      await submitForm(page, hire.getByRole('button'));
      assert.equal(await stateOf(page), 'hired');
      assert.match(await page.locator('#facts').innerText(), /CDI/);
    });
  });

  test('the follow-ups appear in the counsellor\'s list and one is recorded', async () => {
    await withPage(browser, { storageState: counsellor }, async (page) => {
      await visit(page, '/accompagnement');
      const upcoming = page.locator('#worklist-follow-ups li', { hasText: 'Diallo Amina' });
      // The worklist shows the ten soonest (demo placements have some too): the first is there.
      assert.equal((await upcoming.evaluateAll((els) => els.map((e) => e.dataset.months)))[0], '1');
      await followLink(page, page.getByRole('link', { name: 'Mes propositions et suivis après embauche' }));
      await expectH1(page, 'Propositions');
      const row = page.locator(`a[href="${proposalPath}"]`).first();
      assert.equal(await row.count(), 1);
      const followUps = page.locator('ul.follow-ups li', { has: page.locator(`a[href="${proposalPath}"]`) });
      assert.deepEqual(await followUps.evaluateAll((els) => els.map((e) => e.dataset.months)), ['1', '3', '6', '12']);
      const first = followUps.first();
      await first.locator('select[name="status"]').selectOption('still_employed');
      await submitForm(page, first.getByRole('button', { name: 'Enregistrer le suivi' }));
      assert.ok(await page.getByText("C'est enregistré.").isVisible());
      const left = page.locator('ul.follow-ups li', { has: page.locator(`a[href="${proposalPath}"]`) });
      assert.deepEqual(await left.evaluateAll((els) => els.map((e) => e.dataset.months)), ['3', '6', '12']);

      await visit(page, proposalPath);
      assert.equal(await stateOf(page), 'hired');
      await checkPage(page);

      // From the public offer page, a counsellor reaches the best people of their files for it.
      await visit(page, `/offres/${offerId}`);
      await followLink(page, page.locator('#offer-matches'));
      await expectH1(page, 'Personnes à proposer');
      assert.ok(await page.locator('li.card').count() > 0, 'suggestions for the offer');
    });
  });
  test('the coordinator\'s outcome page counts this placement', async () => {
    // A fresh coordinator: the demo coordinator's second factor belongs to identity.test.js.
    const coordinator = await newCoordinator(browser);
    await withPage(browser, { storageState: coordinator.state }, async (page) => {
      await visit(page, '/coordination/resultats');
      const from = await page.locator('#field-from').inputValue();
      // Up to 100 days ahead: the interview (in 7 days), the PFI (in 14) and the CDI (in 70)
      // count on their own dates.
      await visit(page, `/coordination/resultats?du=${from}&au=${isoInDays(100)}`);
      await expectH1(page, "Résultats des mises à l'emploi");
      const figure = async (id) => (await page.locator(`#figure-${id} td`).innerText()).trim();
      // The demo placements alone: 16 people proposed, 11 interviews, 2 PFIs, 8 hires of which
      // 4 CDI, all dated in the past (tests/demo/demo_outcomes_test.cpp); this journey adds
      // Amina, her interview, her PFI and her CDI.
      assert.equal(await figure('people_proposed'), '17');
      assert.equal(await figure('interviews'), '12');
      assert.equal(await figure('pfis'), '3');
      assert.equal(await figure('hires'), '9');
      assert.equal(await figure('hires_CDI'), '5');
      await checkPage(page);
    });
  });
});
