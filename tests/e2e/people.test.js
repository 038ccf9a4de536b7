// The person file in the browser, as the demo counsellor: the worklist (most urgent first,
// search), a new file (refused empty with each field named, then created with the occupation
// chosen in the autocomplete), the file page (sections, journey, action plan), editing, and the
// worklist on a phone.
//
// Needs the demo data (`primowork demo`: the counsellor and about thirty files): tests/e2e/run.sh
// loads it before starting the server.
//
// Contract under test (French pages):
// - /accompagnement: <h1> "Mes dossiers", a table (Personne, Urgence, Étape, Métier visé), most
//   urgent first (a residence document expiring in 10 days before one expiring in 15), a search
//   form (#field-q, #field-etape, #field-metier, "Filtrer"), a link "Nouveau dossier".
// - /accompagnement/nouveau: fieldsets (Identité et contact, Mobilité, Droit au travail, Langues,
//   Expérience et projet professionnel, Disponibilités et contraintes); "Créer le dossier" with
//   nothing filled answers 422 naming #field-given_name, #field-family_name, #field-postcode.
//   #field-target1 is an occupation autocomplete (/api/v1/taxonomy/occupations).
// - Sharing (file page, "Partages avec d'autres organisations"): #field-organisation, the parts
//   as checkboxes (#field-scope-languages...), #field-ends_on, "Partager"; the other organisation's
//   counsellor then sees the name, a notice "Dossier partagé par ...", only the shared parts, the
//   file under "Dossiers partagés avec nous"; before the share and once it ends: 404.
// - The person (demo candidate, linked to Amina Diallo's file): /mon-dossier shows the file,
//   the consents with "Retirer mon accord"; in English after the language switch.
// - Created: 303 to /accompagnement/ID?cree=1, "Le dossier est créé.", the <h1> is the name, the
//   target shows as "Cariste (N1101)"; "Ajouter la tâche" (#field-title, #field-due) lists the
//   task, "(en retard)" when due in the past, "Marquer comme fait" strikes it; "Changer d'étape"
//   (#field-stage) updates #current-stage; "Modifier le dossier" re-opens the form filled in.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, withPage, visit, submitForm, checkPage } from './lib/browser.js';
import {
  DEMO,
  sessionState,
  pathOf,
  expectH1,
  followLink,
  expectFieldError,
  expectNoErrors,
  expectCsrfFields,
  tableRows,
  unique,
} from './lib/identity.js';

const OURTHE = { login: 'conseiller.ourthe@demo.primowork.be', password: 'Demo-Ourthe-Liege-2026', name: 'Karim Conseiller' };

function isoInDays(days) {
  const d = new Date(Date.now() + days * 86400000);
  return d.toISOString().slice(0, 10);
}

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('person file', () => {
  let browser;
  let counsellor;

  before(async () => {
    browser = await launchBrowser();
    counsellor = await sessionState(browser, DEMO.counsellor);
  });
  after(async () => {
    await browser?.close();
  });

  test('the worklist shows the most urgent files first and finds a name', async () => {
    await withPage(browser, { storageState: counsellor }, async (page) => {
      await visit(page, '/tableau-de-bord');
      await followLink(page, page.getByRole('link', { name: 'Mes dossiers : les personnes que je suis' }));
      await expectH1(page, 'Mes dossiers');
      const rows = await tableRows(page);
      assert.ok(rows.length >= 30, `expected the demo files, got ${rows.length} rows`);
      // Demo: Zainab Sultani's card expires in 10 days, Ahmad Rahimi's in 15.
      assert.equal(rows[0].Personne, 'Sultani Zainab');
      assert.match(rows[0].Urgence, /moins de 30 jours/);
      assert.equal(rows[1].Personne, 'Rahimi Ahmad');
      await page.locator('#field-q').fill('kovalenko');
      await submitForm(page, page.getByRole('button', { name: 'Filtrer' }));
      const found = await tableRows(page);
      assert.deepEqual(found.map((r) => r.Personne), ['Kovalenko Oleksandr']);
      assert.equal(found[0]['Métier visé'], 'Cariste (N1101)');
    });
  });

  test('a counsellor opens a file, plans a task, moves the journey on and edits the file', async () => {
    const family = unique('Essai');
    await withPage(browser, { storageState: counsellor }, async (page) => {
      await visit(page, '/accompagnement');
      await followLink(page, page.getByRole('link', { name: 'Nouveau dossier' }));
      await expectH1(page, 'Nouveau dossier');
      await expectCsrfFields(page);
      const legends = await page.locator('main fieldset legend').allInnerTexts();
      assert.deepEqual(legends.map((l) => l.trim()), [
        'Identité et contact', 'Mobilité', 'Droit au travail', 'Langues',
        'Expérience et projet professionnel', 'Disponibilités et contraintes',
      ]);

      await submitForm(page, page.getByRole('button', { name: 'Créer le dossier' }), { status: 422 });
      for (const id of ['field-given_name', 'field-family_name', 'field-postcode']) {
        await expectFieldError(page, id);
      }

      await page.locator('#field-given_name').fill('Leyla');
      await page.locator('#field-family_name').fill(family);
      await page.locator('#field-postcode').selectOption('4100');
      await page.locator('#field-residence_status').selectOption('refugee_recognised');
      await page.locator('#field-document_type').selectOption('A');
      await page.locator('#field-document_expiry').fill('2028-05-01');
      await page.locator('#field-access').selectOption('unlimited');
      await page.locator('#field-fr_speaking').selectOption('B1');
      await page.locator('#field-fr_listening').selectOption('B2');
      await page.locator('#field-lang1_code').selectOption('ar');
      await page.locator('#field-lang1_level').selectOption('C2');
      // The occupation autocomplete, with the keyboard.
      const target = page.locator('#field-target1');
      await target.fill('caris');
      const option = page.getByRole('option', { name: 'Cariste', exact: true });
      await option.waitFor();
      await target.press('ArrowDown');
      await target.press('Enter');
      assert.equal(await target.inputValue(), 'Cariste');
      await page.locator('#field-no_nights').check();
      await submitForm(page, page.getByRole('button', { name: 'Créer le dossier' }));
      assert.match(pathOf(page), /^\/accompagnement\/per_[a-z0-9]+$/);
      await expectH1(page, `Leyla ${family}`);
      await expectNoErrors(page);
      assert.ok(await page.getByText('Le dossier est créé.').isVisible());
      const main = await page.locator('main').innerText();
      assert.match(main, /Cariste \(N1101\)/);
      assert.match(main, /Réfugié reconnu/);
      assert.match(main, /Pas de nuit/);
      const filePath = pathOf(page);

      // The action plan: a task already late, then done.
      await page.locator('#field-title').fill('Inscription au Forem');
      await page.locator('#field-due').fill('2026-01-05');
      await submitForm(page, page.getByRole('button', { name: 'Ajouter la tâche' }));
      const task = page.locator('#tasks li', { hasText: 'Inscription au Forem' });
      assert.match(await task.innerText(), /en retard/);
      await submitForm(page, task.getByRole('button', { name: /Marquer comme fait/ }));
      assert.match(await page.locator('#tasks li', { hasText: 'Inscription au Forem' }).innerText(), /fait/);

      // The journey.
      assert.equal((await page.locator('#current-stage').innerText()).trim(), 'Orientation');
      await page.locator('#field-stage').selectOption('training');
      await submitForm(page, page.getByRole('button', { name: "Changer d'étape" }));
      assert.equal((await page.locator('#current-stage').innerText()).trim(), 'En formation');

      // Consent given on paper, a diploma waiting for its equivalence, a sensitive note, a CV.
      await page.locator('#field-kind').selectOption('processing');
      await page.locator('#field-on_paper').check();
      await submitForm(page, page.getByRole('button', { name: 'Enregistrer le consentement' }));
      assert.match(await page.locator('#consents').innerText(), /Traitement des données du dossier — donné le .* \(sur papier\)/);
      await page.locator('#field-d_title').fill('Certificat de cariste');
      await page.locator('#field-d_country').fill('Ukraine');
      await page.locator('#field-d_level').selectOption('vocational');
      await page.locator('#field-d_status').selectOption('file_submitted');
      await page.locator('#field-d_submitted_on').fill('2026-03-02');
      await submitForm(page, page.getByRole('button', { name: 'Ajouter le diplôme' }));
      assert.match(await page.locator('#diplomas').innerText(), /Certificat de cariste .*Dossier déposé/);
      await page.locator('#field-body').fill('Parle de sa famille restée au pays : à suivre avec tact.');
      await page.locator('#field-sensitive').check();
      await submitForm(page, page.getByRole('button', { name: 'Ajouter la note' }));
      assert.match(await page.locator('#notes').innerText(), /Note sensible .*à suivre avec tact/);
      await page.locator('#field-file').setInputFiles({
        name: 'CV Leyla.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
      });
      await submitForm(page, page.getByRole('button', { name: 'Ajouter le document' }));
      assert.match(await page.locator('#documents').innerText(), /CV Leyla\.pdf — CV/);
      // A disguised file is refused next to the field.
      await page.locator('#field-file').setInputFiles({
        name: 'photo.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]),
      });
      await submitForm(page, page.getByRole('button', { name: 'Ajouter le document' }), { status: 422 });
      assert.match(await page.locator('#file-error').innerText(), /ne correspond pas/);

      // Editing: the form comes back filled in; a bad phone is named; then saved.
      await followLink(page, page.getByRole('link', { name: 'Modifier le dossier' }));
      assert.equal(await page.locator('#field-given_name').inputValue(), 'Leyla');
      assert.equal(await page.locator('#field-target1').inputValue(), 'Cariste (N1101)');
      assert.equal(await page.locator('#field-fr_listening').inputValue(), 'B2');
      await page.locator('#field-phone').fill('appelez-moi');
      await submitForm(page, page.getByRole('button', { name: 'Enregistrer' }), { status: 422 });
      await expectFieldError(page, 'field-phone');
      await page.locator('#field-phone').fill('0470 11 22 33');
      await submitForm(page, page.getByRole('button', { name: 'Enregistrer' }));
      assert.equal(pathOf(page), filePath);
      assert.ok(await page.getByText('Modifications enregistrées.').isVisible());
      assert.match(await page.locator('main').innerText(), /0470 11 22 33/);
    });
  });

  test('a file shared with another organisation shows only the shared parts, and nothing once ended', async () => {
    const other = await sessionState(browser, OURTHE);
    let filePath;
    await withPage(browser, { storageState: counsellor }, async (page) => {
      await visit(page, '/accompagnement?q=kovalenko');
      await followLink(page, page.getByRole('link', { name: 'Kovalenko Oleksandr' }));
      filePath = pathOf(page);
    });
    await withPage(browser, { storageState: other }, async (page) => {
      await visit(page, filePath, { status: 404 });
      await expectH1(page, 'Dossier introuvable');
    });
    await withPage(browser, { storageState: counsellor }, async (page) => {
      await visit(page, filePath);
      await page.locator('#field-organisation').selectOption({ label: 'CISP Ourthe (démonstration)' });
      await page.locator('#field-scope-languages').check();
      await page.locator('#field-scope-journey').check();
      await page.locator('#field-ends_on').fill(isoInDays(30));
      await submitForm(page, page.getByRole('button', { name: 'Partager', exact: true }));
      assert.match(await page.locator('#shares').innerText(), /CISP Ourthe \(démonstration\) — Langues, Parcours et plan d'action/);
    });
    await withPage(browser, { storageState: other }, async (page) => {
      await visit(page, '/accompagnement');
      assert.match(await page.locator('main').innerText(), /Dossiers partagés avec nous/);
      await followLink(page, page.getByRole('link', { name: 'Kovalenko Oleksandr' }));
      await expectH1(page, 'Oleksandr Kovalenko');
      const main = await page.locator('main').innerText();
      assert.match(main, /Dossier partagé par Service d'insertion Meuse \(démonstration\)/);
      assert.match(main, /Français : expression orale/);
      assert.match(main, /Étape actuelle/);
      for (const hidden of ['Protection temporaire', 'Cariste', 'Modifier le dossier', 'Consentements', 'Ajouter la tâche']) {
        assert.ok(!main.includes(hidden), `a shared file should not show "${hidden}"`);
      }
    });
    await withPage(browser, { storageState: counsellor }, async (page) => {
      await visit(page, filePath);
      const share = page.locator('#shares li', { hasText: 'CISP Ourthe' });
      await submitForm(page, share.getByRole('button', { name: /Mettre fin au partage/ }));
      assert.match(await page.locator('#shares li', { hasText: 'CISP Ourthe' }).innerText(), /terminé/);
    });
    await withPage(browser, { storageState: other }, async (page) => {
      await visit(page, filePath, { status: 404 });
    });
  });

  test('the person reads their file in English and withdraws a consent', async () => {
    const person = await sessionState(browser, DEMO.candidate);
    await withPage(browser, { storageState: person }, async (page) => {
      await visit(page, '/mon-dossier');
      await expectH1(page, 'Mon dossier');
      assert.equal((await page.locator('#my-name').innerText()).trim(), 'Amina Diallo');
      await followLink(page, page.locator('.lang-switch a[hreflang="en"]'));
      assert.equal(pathOf(page), '/mon-dossier');
      await expectH1(page, 'My file');
      const consent = page.locator('#consents li', { hasText: 'Anonymous profile visible to employers' });
      await submitForm(page, consent.getByRole('button', { name: /Withdraw my agreement/ }));
      assert.ok(await page.getByText('Your agreement is withdrawn.').isVisible());
      assert.match(await page.locator('#consents li', { hasText: 'Anonymous profile visible to employers' }).innerText(), /withdrawn/);
      assert.equal(await page.locator('a[href="/mon-dossier/export"]').count(), 1);
    });
  });

  test('on a phone the worklist does not scroll sideways', async () => {
    await withPage(browser, { storageState: counsellor, ...PHONE }, async (page) => {
      await visit(page, '/accompagnement');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      await visit(page, '/accompagnement/nouveau');
      const formOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(formOverflow <= 0, `the form is ${formOverflow}px wider than the screen`);
      await checkPage(page);
    });
  });
});
