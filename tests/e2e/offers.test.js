// Employers and offers in Chromium: posting an offer without an account (at most eight required
// fields, timed; the confirmation link read from the real SMTP sink, refused when used again),
// the coordinator's approval of the company and the offer, a flagged offer reaching the
// coordinator with its reasons, the public page with its JobPosting JSON-LD, the search, and the
// employer's space (mark filled, edit). axe-core runs on every page (checkPage).
//
// Needs the demo data (`primowork demo`: fifteen approved companies, forty offers, the demo
// employer linked to "Hôpital du Val (démonstration)"): tests/e2e/run.sh loads it.
//
// Contract under test (French pages):
// - /offres/publier: #field-email, #field-enterprise_number, #field-company_name,
//   #field-occupation (autocomplete), #field-postcode, #field-contract_type, #field-french_level;
//   "Envoyer l'offre" shows the occupation's core skills ticked (name="skills"), a second
//   "Envoyer l'offre" leads to /offres/publier/envoyee; the mail "Confirmez votre offre d'emploi"
//   holds /offres/confirmer/TOKEN; "Confirmer l'offre" shows #confirmed (and #flags when
//   screening raised something); the link again answers 409.
// - /coordination/revue: li#company-ID with "Valider l'entreprise", li#offer-ID linking to
//   /coordination/offres/ID with its flags; "Publier" there publishes.
// - /offres/ID: <script type="application/ld+json"> with a JobPosting.
// - /offres: #field-metier, #field-commune, #field-rayon, #field-contrat, "Rechercher",
//   #results-count, ul#results, nav "Pages de résultats".
// - /entreprises/offres: table rows tr#offer-ID[data-status], a button per action.
// - /entreprises/fiche (linked from the dashboard and the employer's space): #field-street,
//   #field-postcode, #field-sector, #field-contact_name, #field-contact_email,
//   #field-contact_phone, "Enregistrer la fiche"; #saved after a save; table#changes (the log).
// - /entreprises/collegues: ul#colleagues, #field-display_name, #field-email, "Envoyer
//   l'invitation"; the mail "Invitation à PrimoWork Liège" holds /invitation/TOKEN.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, withPage, visit, submitForm, checkPage } from './lib/browser.js';
import { DEMO, sessionState, newCoordinator, pathOf, expectH1, followLink, expectNoErrors, expectCsrfFields, uniqueEmail, unique, tableRows, newPassword, acceptInvitation } from './lib/identity.js';
import { waitForMail, urlsIn } from './lib/mail.js';

// A valid Belgian enterprise number never used before: 8 random digits starting with 0, then
// 97 - (that number mod 97).
function freshEnterpriseNumber() {
  const base = 1000000 + Math.floor(Math.random() * 8999999);
  const check = 97 - (base % 97);
  const digits = `0${base}${String(check).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

async function chooseOccupation(page, typed, label) {
  const field = page.locator('#field-occupation');
  await field.fill(typed);
  await page.getByRole('option', { name: label, exact: true }).waitFor();
  await field.press('ArrowDown');
  await field.press('Enter');
  assert.equal(await field.inputValue(), label);
}

// Fills the shortest path of the posting form and sends it (twice: the skills to confirm).
async function postOffer(page, { email, number, company, description }) {
  await page.locator('#field-email').fill(email);
  await page.locator('#field-enterprise_number').fill(number);
  if (company) await page.locator('#field-company_name').fill(company);
  await chooseOccupation(page, 'caris', 'Cariste');
  await page.locator('#field-postcode').selectOption('4040');
  await page.locator('#field-contract_type').selectOption('CDI');
  await page.locator('#field-french_level').selectOption('A2');
  if (description) await page.locator('#field-description').fill(description);
  await submitForm(page, page.getByRole('button', { name: "Envoyer l'offre" }));
  await expectNoErrors(page);
  const skills = page.locator('input[name="skills"]');
  assert.ok(await skills.count() > 0, 'the core skills of the occupation should be offered');
  assert.equal(await page.locator('input[name="skills"]:checked').count(), await skills.count(),
    'the core skills start ticked');
  await skills.first().uncheck();  // the employer unticks what does not matter
  await submitForm(page, page.getByRole('button', { name: "Envoyer l'offre" }));
  assert.equal(pathOf(page), '/offres/publier/envoyee');
  await expectH1(page, 'Vérifiez votre boîte mail');
}

const seenMails = [];

async function confirmFromMail(page, email) {
  const mail = await waitForMail({ to: email, subject: "Confirmez votre offre d'emploi", exclude: seenMails });
  seenMails.push(mail.file);
  const link = urlsIn(mail.body).find((u) => u.includes('/offres/confirmer/'));
  assert.ok(link, `no confirmation link in the mail:\n${mail.body}`);
  await visit(page, link);
  await expectH1(page, 'Confirmer votre offre');
  await expectCsrfFields(page);
  await submitForm(page, page.getByRole('button', { name: "Confirmer l'offre" }));
  await expectH1(page, 'Offre confirmée');
  return link;
}

describe('employers and offers', () => {
  let browser;
  let coordinator;
  const company = `Entrepôt ${unique('e2e')}`;
  const number = freshEnterpriseNumber();
  const email = uniqueEmail('rh');
  let publishedId;

  before(async () => {
    browser = await launchBrowser();
    coordinator = await newCoordinator(browser);
  });
  after(async () => {
    await browser?.close();
  });

  test('an employer posts an offer without an account in under two minutes, at most eight required fields', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/offres/publier');
      await expectH1(page, "Publier une offre d'emploi");
      await expectCsrfFields(page);
      const required = await page.locator('main form [required]').count();
      assert.ok(required <= 8, `at most eight required fields, found ${required}`);
      const hint = await page.locator('#french_level-hint').innerText();
      assert.match(hint, /langue maternelle/, 'the form explains why a level, not a mother tongue');
      const started = Date.now();
      await postOffer(page, { email, number, company });
      const seconds = (Date.now() - started) / 1000;
      // The company name is asked for only when the number is new: one more field then.
      console.log(`# posting: ${required} required fields, ${required + 1} for a new company; ${seconds.toFixed(1)} s to fill and send`);
      assert.ok(required + 1 <= 8, 'at most eight fields to fill for a new company');
      assert.ok(seconds < 120, `the shortest path took ${seconds} s`);

      const link = await confirmFromMail(page, email);
      assert.match(await page.locator('#confirmed').innerText(), /vérifie avant de la publier/);
      // The link serves once.
      await visit(page, link, { status: 409 });
      await expectH1(page, 'Lien déjà utilisé');
    });
  });

  test('bad input is refused with each field named', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/offres/publier');
      await page.locator('#field-email').fill('pas-une-adresse');
      await page.locator('#field-enterprise_number').fill('0123.456.748');
      await page.locator('#field-positions').fill('0');
      await submitForm(page, page.getByRole('button', { name: "Envoyer l'offre" }), { status: 422 });
      for (const id of ['field-email', 'field-enterprise_number', 'field-occupation', 'field-postcode', 'field-contract_type', 'field-french_level', 'field-positions']) {
        assert.equal(await page.locator(`.error-summary a[href="#${id}"]`).count(), 1, `the summary names #${id}`);
        assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true', `#${id} is marked invalid`);
      }
    });
  });

  test('the coordinator approves the company and publishes its offer', async () => {
    await withPage(browser, { storageState: coordinator.state }, async (page) => {
      await visit(page, '/coordination/revue');
      await expectH1(page, 'Validation des entreprises et des offres');
      const item = page.locator('li[id^="company-"]', { hasText: company });
      assert.equal(await item.count(), 1, 'the new company waits in the queue');
      await submitForm(page, item.getByRole('button', { name: `Valider l'entreprise ${company}` }));
      assert.equal(await page.locator('li[id^="company-"]', { hasText: company }).count(), 0);
      const offer = page.locator('li[id^="offer-"]', { hasText: company });
      assert.equal(await offer.count(), 1, 'its offer waits for review');
      await followLink(page, offer.getByRole('link'));
      publishedId = pathOf(page).split('/').pop();
      await submitForm(page, page.getByRole('button', { name: 'Publier', exact: true }));
      assert.equal(pathOf(page), '/coordination/revue');
    });
    await withPage(browser, {}, async (page) => {
      await visit(page, `/offres/${publishedId}`);
      await expectH1(page, 'Cariste');
    });
  });

  test('a flagged offer reaches the coordinator with its reasons, even for an approved company', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/offres/publier');
      await postOffer(page, { email, number, description: 'Cariste de langue maternelle française, moins de 35 ans.' });
      await confirmFromMail(page, email);
      const flags = await page.locator('#flags li').allInnerTexts();
      assert.ok(flags.some((f) => /Langue maternelle/i.test(f)), `flags shown: ${flags.join(' | ')}`);
    });
    await withPage(browser, { storageState: coordinator.state }, async (page) => {
      await visit(page, '/coordination/revue');
      const offer = page.locator('li[id^="offer-"]', { hasText: company });
      assert.equal(await offer.count(), 1);
      assert.match(await offer.innerText(), /Langue maternelle/);
      await followLink(page, offer.getByRole('link'));
      assert.ok(await page.locator('#flags li').count() >= 2, 'mother tongue and age are flagged');
      // Sending back needs a reason.
      await submitForm(page, page.getByRole('button', { name: 'Renvoyer pour correction' }), { status: 422 });
      await page.locator('#field-reason').fill('Demandez un niveau de français (B1), pas une langue maternelle ; pas de limite d\'âge.');
      await submitForm(page, page.getByRole('button', { name: 'Renvoyer pour correction' }));
      assert.equal(pathOf(page), '/coordination/revue');
    });
  });

  test('the public page carries a JobPosting in JSON-LD and no personal data', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, `/offres/${publishedId}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      assert.equal(blocks.length, 1);
      const ld = JSON.parse(blocks[0]);
      assert.match(ld['@context'], /^https:\/\/schema\.org\/?$/);
      assert.equal(ld['@type'], 'JobPosting');
      assert.equal(ld.title, 'Cariste');
      assert.equal(ld.hiringOrganization.name, company);
      assert.equal(ld.jobLocation.address.addressLocality, 'Herstal');
      assert.equal(ld.jobLocation.address.postalCode, '4040');
      assert.equal(ld.occupationalCategory.codeValue, 'N1101');
      assert.match(ld.datePosted, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(ld.validThrough > ld.datePosted, 'validThrough after datePosted');
      assert.deepEqual(ld.employmentType, ['FULL_TIME']);
      const french = ld.skills.find((s) => typeof s === 'object' && s.termCode === 'fr-A2');
      assert.ok(french, `the French level is in skills: ${JSON.stringify(ld.skills)}`);
      const html = await page.content();
      assert.ok(!html.includes(email), 'the contact address never appears on the public page');
    });
  });

  test('candidates and counsellors search by occupation, commune and radius, contract, with pages', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/offres');
      await expectH1(page, "Offres d'emploi");
      assert.ok(await page.locator('nav[aria-label="Pages de résultats"]').count() === 1, 'forty offers make several pages');
      await followLink(page, page.getByRole('link', { name: 'Page suivante' }));
      assert.match(await page.locator('nav[aria-label="Pages de résultats"]').innerText(), /Page 2 sur/);

      await visit(page, '/offres');
      await page.locator('#field-metier').fill('Aide-soignant / Aide-soignante');
      await page.locator('#field-commune').selectOption('4100');
      await page.locator('#field-rayon').selectOption('20');
      await page.locator('#field-contrat').selectOption('CDI');
      await submitForm(page, page.getByRole('button', { name: 'Rechercher' }));
      const results = await page.locator('#results li').allInnerTexts();
      assert.ok(results.length >= 1, 'the demo hospital offer is within 20 km of Seraing');
      assert.ok(results.every((r) => r.includes('CDI')), results.join(' | '));
      assert.ok(results.some((r) => r.includes('Hôpital du Val')), results.join(' | '));

      await page.locator('#field-commune').selectOption('4920');
      await page.locator('#field-rayon').selectOption('0');
      await submitForm(page, page.getByRole('button', { name: 'Rechercher' }));
      assert.equal(await page.locator('#results li').count(), 0, 'no nursing offer in Aywaille itself');
      assert.match(await page.locator('#results-count').innerText(), /^0 offre/);
    });
  });

  test("the employer's space lists the company's offers; one is marked filled, another edited", async () => {
    const employer = await sessionState(browser, DEMO.employer);
    await withPage(browser, { storageState: employer }, async (page) => {
      await visit(page, '/entreprises/offres');
      await expectH1(page, 'Mes offres');
      assert.match(await page.locator('#company-status').innerText(), /Validée/i);
      const rows = await tableRows(page);
      assert.ok(rows.length >= 4, `the demo hospital has four offers, got ${rows.length}`);
      const published = page.locator('tr[data-status="published"]');
      const first = published.first();
      const id = (await first.getAttribute('id')).replace('offer-', '');
      await submitForm(page, first.getByRole('button', { name: 'Marquer comme pourvue' }));
      await expectNoErrors(page);
      assert.equal(await page.locator(`#offer-${id}`).getAttribute('data-status'), 'filled');
      await visit(page, `/offres/${id}`, { status: 404 });

      await visit(page, '/entreprises/offres');
      const otherId = (await page.locator('tr[data-status="published"]').first().getAttribute('id')).replace('offer-', '');
      await visit(page, `/entreprises/offres/${otherId}/modifier`);
      await expectH1(page, "Modifier l'offre");
      await page.locator('#field-positions').fill('5');
      await submitForm(page, page.getByRole('button', { name: 'Enregistrer' }));
      assert.equal(pathOf(page), '/entreprises/offres');
      await visit(page, `/offres/${otherId}`);
      assert.match(await page.locator('main').innerText(), /Nombre de postes\s*5/);
    });
  });

  test('the employer edits the company file and invites a colleague, who manages the same company', async () => {
    const employer = await sessionState(browser, DEMO.employer);
    const colleague = { email: uniqueEmail('collegue'), name: `Collègue ${unique('e2e')}`, password: newPassword() };
    const contact = `Claire ${unique('contact')}`;
    await withPage(browser, { storageState: employer }, async (page) => {
      await visit(page, '/tableau-de-bord');
      await followLink(page, page.getByRole('link', { name: /^Fiche de l'entreprise/ }));
      assert.equal(pathOf(page), '/entreprises/fiche');
      await expectH1(page, "Fiche de l'entreprise");
      await expectCsrfFields(page);
      assert.match(await page.locator('main .lead').innerText(), /Hôpital du Val/);

      // Bad input: refused, each field named, in French.
      await page.locator('#field-street').fill('');
      await page.locator('#field-contact_name').fill(contact);
      await page.locator('#field-contact_phone').fill('12');
      await submitForm(page, page.getByRole('button', { name: 'Enregistrer la fiche' }), { status: 422 });
      for (const id of ['field-street', 'field-contact_phone']) {
        assert.equal(await page.locator(`.error-summary a[href="#${id}"]`).count(), 1, `the summary names #${id}`);
        assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true', `#${id} is marked invalid`);
      }
      assert.match(await page.locator('.error-summary').innerText(), /Numéro de téléphone invalide/);

      await page.locator('#field-street').fill('Boulevard du Rectorat 15');
      await page.locator('#field-postcode').selectOption('4100');
      await page.locator('#field-sector').fill('Soins de santé');
      await page.locator('#field-contact_name').fill(contact);
      await page.locator('#field-contact_phone').fill('+32 4 366 00 00');
      await submitForm(page, page.getByRole('button', { name: 'Enregistrer la fiche' }));
      await expectNoErrors(page);
      assert.equal(pathOf(page), '/entreprises/fiche');
      assert.match(await page.locator('#saved').innerText(), /enregistrée/);
      const changes = await page.locator('#changes tbody tr').allInnerTexts();
      assert.ok(changes.some((c) => c.includes('Seraing')), `the commune change is logged: ${changes.join(' | ')}`);
      assert.ok(changes.some((c) => c.includes(contact)), 'the contact person change is logged');

      // A colleague of the same company, invited by mail.
      await followLink(page, page.getByRole('link', { name: "Inviter un ou une collègue de l'entreprise" }));
      assert.equal(pathOf(page), '/entreprises/collegues');
      await expectH1(page, 'Mes collègues');
      await expectCsrfFields(page);
      await page.locator('#field-display_name').fill(colleague.name);
      await page.locator('#field-email').fill('pas-une-adresse');
      await submitForm(page, page.getByRole('button', { name: "Envoyer l'invitation" }), { status: 422 });
      assert.equal(await page.locator('.error-summary a[href="#field-email"]').count(), 1);
      await page.locator('#field-email').fill(colleague.email);
      await submitForm(page, page.getByRole('button', { name: "Envoyer l'invitation" }));
      await expectNoErrors(page);
      assert.equal(pathOf(page), '/entreprises/collegues');
      assert.match(await page.locator('#colleagues').innerText(), new RegExp(`${colleague.email}.*invitation en attente`));
    });

    const mail = await waitForMail({ to: colleague.email, subject: 'Invitation à PrimoWork Liège' });
    const link = urlsIn(mail.body).find((u) => u.includes('/invitation/'));
    assert.ok(link, `no invitation link in the mail:\n${mail.body}`);
    await withPage(browser, {}, async (page) => {
      await acceptInvitation(page, { link, password: colleague.password, displayName: colleague.name });
      assert.equal(pathOf(page), '/tableau-de-bord');
      await followLink(page, page.getByRole('link', { name: /^Mes offres/ }));
      await expectH1(page, 'Mes offres');
      assert.match(await page.locator('main .lead').innerText(), /Hôpital du Val/, 'the colleague manages the same company');
      await followLink(page, page.getByRole('link', { name: "Fiche de l'entreprise", exact: true }));
      assert.equal(await page.locator('#field-contact_name').inputValue(), contact);
      assert.equal(await page.locator('#field-postcode').inputValue(), '4100');
    });
  });
});
