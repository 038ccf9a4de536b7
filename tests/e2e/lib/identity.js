// Helpers for the identity and access tests: the demo accounts, logging in and out, the second
// factor, invitations, and fresh accounts created through invitations.
//
// Every page these helpers open goes through visit()/submitForm()/followLink(), hence through
// checkPage() (status, CSP, no inline script, axe-core, no console error).
//
// Failed logins: the server refuses a login (429) after 5 failures within 15 minutes for one
// account or one address, and every browser here comes from 127.0.0.1. No helper here ever fails
// a login; the tests that do so on purpose say so.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { openSync, closeSync, writeFileSync, readFileSync, existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BASE_URL, visit, checkPage, submitForm, clickAndWaitForLoad, withPage } from './browser.js';
import { totpNow } from './totp.js';

// Created by `primowork demo` (src/app/demo.cpp); run.sh loads them before starting the server.
export const DEMO = {
  admin: { login: 'admin@demo.primowork.be', password: 'Demo-Admin-Liege-2026', name: 'Alex Admin' },
  coordinator: { login: 'coordination@demo.primowork.be', password: 'Demo-Coordination-Liege-2026', name: 'Marie Coordination' },
  counsellor: { login: 'conseillere@demo.primowork.be', password: 'Demo-Conseil-Liege-2026', name: 'Nadia Conseillère' },
  employer: { login: 'employeur@demo.primowork.be', password: 'Demo-Employeur-Liege-2026', name: 'Luc Employeur' },
  candidate: { login: 'candidat@demo.primowork.be', password: 'Demo-Candidat-Liege-2026', name: 'Amina Candidate' },
};

// Demo organisations (names as in src/app/demo.cpp; matched by substring in the <select>).
export const ORG = {
  coordination: 'IBEFE Liège (démonstration)',
  operator: "Service d'insertion Meuse (démonstration)",
  company: 'Hôpital du Val (démonstration)',
  platform: 'PrimoWork (démonstration)',
};

export const ENROLMENT_PATH = '/compte/double-authentification';
export const INVITATION_CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;
export const RECOVERY_CODE = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/;

// A short lower-case suffix unique to this run and call: for logins, e-mail addresses, names.
export function unique(prefix) {
  return `${prefix}-${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export function uniqueEmail(prefix) {
  return `${unique(prefix)}@e2e.primowork.test`;
}

// A password the server accepts (>= 12 characters, not common, not like the login).
export function newPassword() {
  return `Quai-de-la-Batte ${randomBytes(4).toString('hex')} Liege`;
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

export async function h1Text(page) {
  const h1 = page.locator('main h1');
  assert.equal(await h1.count(), 1, `${page.url()}: expected one <h1> in <main>`);
  return (await h1.innerText()).trim();
}

export async function expectH1(page, expected) {
  const text = await h1Text(page);
  if (expected instanceof RegExp) assert.match(text, expected, `${page.url()}: <h1>`);
  else assert.equal(text, expected, `${page.url()}: <h1>`);
}

// Follows a link (or clicks any element that navigates) and checks the new document.
export async function followLink(page, link, { status = 200 } = {}) {
  assert.equal(await link.count(), 1, `${page.url()}: expected exactly one link to follow`);
  await clickAndWaitForLoad(page, link);
  return checkPage(page, { status });
}

// Every form that posts has a hidden _csrf field with a value.
export async function expectCsrfFields(page) {
  const forms = await page.$$eval('form', (fs) => fs.map((f) => ({
    method: (f.getAttribute('method') || 'get').toLowerCase(),
    action: f.getAttribute('action'),
    csrf: [...f.querySelectorAll('input[type="hidden"][name="_csrf"]')].map((i) => i.value),
  })));
  for (const f of forms.filter((x) => x.method === 'post')) {
    assert.equal(f.csrf.length, 1, `${page.url()}: the form posting to ${f.action} has no hidden _csrf field`);
    assert.ok(f.csrf[0].length >= 20, `${page.url()}: the form posting to ${f.action} has an empty _csrf value`);
  }
  return forms;
}

// The error summary (role=alert) links to the field, the field has aria-invalid="true" and is
// described by a .field-error next to it. Returns that error's text.
export async function expectFieldError(page, fieldId) {
  const summary = page.locator('.error-summary[role="alert"]');
  assert.equal(await summary.count(), 1, `${page.url()}: expected one .error-summary[role=alert]`);
  const targets = await summary.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(targets.includes(`#${fieldId}`), `${page.url()}: the error summary should link to #${fieldId}, links: ${targets.join(', ')}`);
  const field = page.locator(`#${fieldId}`);
  assert.equal(await field.getAttribute('aria-invalid'), 'true', `#${fieldId} should have aria-invalid="true"`);
  const error = await field.evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    const errors = ids.map((id) => document.getElementById(id)).filter((e) => e && e.classList.contains('field-error'));
    if (errors.length !== 1) return { problem: `aria-describedby="${input.getAttribute('aria-describedby')}" names ${errors.length} .field-error` };
    const e = errors[0];
    const sameField = e.closest('.field') !== null && e.closest('.field') === input.closest('.field');
    return { text: e.textContent.trim(), sameField };
  });
  assert.ok(!error.problem, `#${fieldId}: ${error.problem}`);
  assert.ok(error.sameField, `#${fieldId}: its .field-error is not next to it (same .field)`);
  assert.ok(error.text.length > 0, `#${fieldId}: its .field-error is empty`);
  return error.text;
}

export async function expectNoErrors(page) {
  assert.equal(await page.locator('.error-summary').count(), 0, `${page.url()}: unexpected error summary`);
}

// An <img> that has loaded (the QR codes are data: URIs, allowed by img-src) and has an alt text.
export async function expectImageLoaded(img, what) {
  assert.equal(await img.count(), 1, `expected one ${what} <img>`);
  const info = await img.evaluate((el) => ({ complete: el.complete, width: el.naturalWidth, alt: el.getAttribute('alt') || '', src: el.getAttribute('src') || '' }));
  assert.ok(info.complete && info.width > 0, `${what}: the image did not load (src ${info.src.slice(0, 40)}...)`);
  assert.ok(info.alt.trim().length > 0, `${what}: the image has no alt text`);
}

// Chooses the <option> whose label contains `text`.
export async function selectOptionContaining(select, text) {
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })));
  const match = options.filter((o) => o.label.includes(text));
  assert.equal(match.length, 1, `expected one option containing "${text}", options: ${options.map((o) => o.label).join(' | ')}`);
  await select.selectOption(match[0].value);
  return match[0];
}

export async function optionsOf(select) {
  return select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })));
}

// --- logging in and out --------------------------------------------------------------------------

export function loginButton(page) {
  return page.locator('main form[action="/connexion"]').getByRole('button', { name: 'Se connecter', exact: true });
}

// Fills the login form on the current page and submits it; `status` is the expected status of
// the document it leads to (401 for a refused login).
export async function submitLogin(page, login, password, { status = 200 } = {}) {
  assert.equal(pathOf(page), '/connexion', `expected the login page, got ${page.url()}`);
  await page.locator('#field-login').fill(login);
  await page.locator('#field-password').fill(password);
  return submitForm(page, loginButton(page), { status });
}

// Opens /connexion and logs in with a password. Returns the path the browser lands on
// (/tableau-de-bord, /connexion/code when the account has a second factor, ...).
export async function login(page, account, { next } = {}) {
  await visit(page, next ? `/connexion?next=${encodeURIComponent(next)}` : '/connexion');
  await expectCsrfFields(page);
  await submitLogin(page, account.login, account.password);
  return pathOf(page);
}

// On /connexion/code: submits a TOTP or recovery code.
export async function submitSecondFactor(page, code, { status = 200 } = {}) {
  assert.equal(pathOf(page), '/connexion/code', `expected the code page, got ${page.url()}`);
  await expectH1(page, 'Code de vérification');
  await expectCsrfFields(page);
  await page.locator('#field-code').fill(code);
  return submitForm(page, page.locator('main form[action="/connexion/code"]').getByRole('button', { name: 'Vérifier' }), { status });
}

// The header of a logged-in page: the name links to the dashboard, "Mon compte", the logout form.
export async function expectLoggedInHeader(page, name) {
  const header = page.locator('header');
  const nameLink = header.locator('a[href="/tableau-de-bord"]');
  assert.equal(await nameLink.count(), 1, `${page.url()}: no link to /tableau-de-bord in the header`);
  assert.equal((await nameLink.innerText()).trim(), name, `${page.url()}: the header link should show the user's name`);
  assert.equal(await header.getByRole('link', { name: 'Mon compte', exact: true }).getAttribute('href'), '/compte');
  const logoutForm = header.locator('form[action="/deconnexion"]');
  assert.equal(await logoutForm.count(), 1, `${page.url()}: no logout form in the header`);
  assert.equal((await logoutForm.getAttribute('method') || '').toLowerCase(), 'post', 'the logout form should POST');
  assert.equal(await logoutForm.getByRole('button', { name: 'Se déconnecter' }).count(), 1, 'no "Se déconnecter" button');
  assert.equal(await header.locator('a[href="/connexion"]').count(), 0, `${page.url()}: "Se connecter" link shown while logged in`);
}

export async function expectLoggedOutHeader(page) {
  const header = page.locator('header');
  assert.equal(await header.locator('a[href="/connexion"]').count(), 1, `${page.url()}: no "Se connecter" link in the header`);
  assert.equal(await header.locator('form[action="/deconnexion"]').count(), 0, `${page.url()}: logout form shown while logged out`);
}

// The dashboard of `name`, with the links that role should (not) have.
export async function expectDashboard(page, name, { canInvite, canAudit } = {}) {
  assert.equal(pathOf(page), '/tableau-de-bord', `expected the dashboard, got ${page.url()}`);
  await expectH1(page, `Bonjour, ${name}`);
  await expectLoggedInHeader(page, name);
  const main = page.locator('main');
  if (canInvite !== undefined) {
    const n = await main.getByRole('link', { name: 'Inviter une personne' }).count();
    assert.equal(n, canInvite ? 1 : 0, `dashboard of ${name}: "Inviter une personne" ${canInvite ? 'missing' : 'should not be there'}`);
    if (canInvite) assert.equal(await main.getByRole('link', { name: 'Inviter une personne' }).getAttribute('href'), '/invitations/nouvelle');
  }
  if (canAudit !== undefined) {
    const n = await main.getByRole('link', { name: "Consulter le journal d'audit" }).count();
    assert.equal(n, canAudit ? 1 : 0, `dashboard of ${name}: "Consulter le journal d'audit" ${canAudit ? 'missing' : 'should not be there'}`);
    if (canAudit) assert.equal(await main.getByRole('link', { name: "Consulter le journal d'audit" }).getAttribute('href'), '/audit');
  }
}

// Logs out with the header button: 303 to the home page, logged out.
export async function logout(page) {
  await submitForm(page, page.locator('header form[action="/deconnexion"]').getByRole('button', { name: 'Se déconnecter' }));
  assert.equal(pathOf(page), '/', `logout should lead to the home page, got ${page.url()}`);
  await expectLoggedOutHeader(page);
}

// Logs `account` in (password only: no second factor) in a new context and returns its storage
// state (the session cookie), for tests that start logged in.
export async function sessionState(browser, account) {
  let state;
  await withPage(browser, {}, async (page, context) => {
    const landed = await login(page, account);
    assert.equal(landed, '/tableau-de-bord', `${account.login} should land on the dashboard, got ${page.url()}`);
    state = await context.storageState();
  });
  return state;
}

// --- the second factor ---------------------------------------------------------------------------

// Enrols a second factor from the enrolment page (opened if the page is elsewhere): reads the key,
// computes the code, activates. Returns { secret, step (of the code used), recoveryCodes }.
export async function enrolSecondFactor(page) {
  if (pathOf(page) !== ENROLMENT_PATH) await visit(page, ENROLMENT_PATH);
  assert.equal(pathOf(page), ENROLMENT_PATH, `expected the enrolment page, got ${page.url()}`);
  await expectH1(page, 'Double authentification');
  await expectCsrfFields(page);
  await expectImageLoaded(page.locator('main .qr img'), 'enrolment QR code');
  const secret = (await page.locator('#totp-secret').innerText()).replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/, `#totp-secret should be a base32 key, got "${secret}"`);
  const { code, step } = totpNow(secret);
  await page.locator('#field-code').fill(code);
  await submitForm(page, page.getByRole('button', { name: 'Activer', exact: true }));
  await expectNoErrors(page);
  await expectH1(page, 'Codes de secours');
  const recoveryCodes = (await page.locator('#recovery-codes code').allInnerTexts()).map((c) => c.trim());
  assert.equal(recoveryCodes.length, 10, `expected 10 recovery codes, got ${recoveryCodes.length}`);
  for (const c of recoveryCodes) assert.match(c, RECOVERY_CODE, `recovery code "${c}"`);
  assert.equal(new Set(recoveryCodes).size, 10, 'the recovery codes should all differ');
  return { secret, step, recoveryCodes };
}

// The demo admin, logged in and enrolled once for the whole run (the admin must have a second
// factor before inviting anyone). Used only to invite coordinators for other tests.
//
// Test files run in separate processes and the demo admin can be enrolled only once: the first
// process to take the lock file (created with 'wx' next to the maildir) enrols and writes the
// recovery codes; the others wait for them and each claims one unused code (again with 'wx').
let adminStatePromise;

function sharedPaths() {
  const maildir = process.env.PRIMOWORK_E2E_MAILDIR;
  if (!maildir) return null;
  const dir = dirname(maildir);
  return { dir, lock: join(dir, 'admin-2fa.lock'), data: join(dir, 'admin-2fa.json') };
}

function takeLock(path) {
  try {
    closeSync(openSync(path, 'wx'));
    return true;
  } catch {
    return false;
  }
}

async function waitForFile(path, ms = 120000) {
  const until = Date.now() + ms;
  while (!existsSync(path)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${path}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function adminState(browser) {
  adminStatePromise ??= (async () => {
    const shared = sharedPaths();
    const enrolHere = !shared || takeLock(shared.lock);
    let state;
    await withPage(browser, {}, async (page, context) => {
      await login(page, DEMO.admin);
      if (enrolHere) {
        const enrolled = await enrolSecondFactor(page);
        if (shared) {
          // Keep the first code for nobody: the others are claimed one per later process.
          writeFileSync(`${shared.data}.part`, JSON.stringify({ recoveryCodes: enrolled.recoveryCodes }));
          renameSync(`${shared.data}.part`, shared.data);
        }
      } else {
        const { recoveryCodes } = await waitForFile(shared.data);
        const index = recoveryCodes.findIndex((_, i) => takeLock(join(shared.dir, `admin-code-${i}.claim`)));
        assert.ok(index >= 0, 'every demo admin recovery code is used');
        await submitSecondFactor(page, recoveryCodes[index]);
      }
      state = await context.storageState();
    });
    return state;
  })();
  return adminStatePromise;
}

// --- invitations ---------------------------------------------------------------------------------

// On a page logged in as someone who may invite: fills /invitations/nouvelle and creates the
// invitation. Returns { link, code, mailedTo } read from the result page.
export async function createInvitation(page, { role, organisation, displayName, email = '' }) {
  if (pathOf(page) !== '/invitations/nouvelle') await visit(page, '/invitations/nouvelle');
  assert.equal(pathOf(page), '/invitations/nouvelle', `expected the invitation form, got ${page.url()}`);
  await expectH1(page, 'Inviter une personne');
  await expectCsrfFields(page);
  await page.locator('#field-role').selectOption(role);
  if (organisation) await selectOptionContaining(page.locator('#field-organisation'), organisation);
  await page.locator('#field-display_name').fill(displayName);
  await page.locator('#field-email').fill(email);
  await submitForm(page, page.getByRole('button', { name: "Créer l'invitation" }));
  await expectNoErrors(page);
  await expectH1(page, `Invitation pour ${displayName}`);
  const link = (await page.locator('#invitation-link').innerText()).trim();
  const code = (await page.locator('#invitation-code').innerText()).trim();
  assert.ok(link.startsWith(`${BASE_URL}/invitation/`), `#invitation-link should be ${BASE_URL}/invitation/TOKEN, got ${link}`);
  assert.match(link, /\/invitation\/[A-Za-z0-9_-]{20,}$/, `#invitation-link ${link}`);
  assert.match(code, INVITATION_CODE, '#invitation-code');
  await expectImageLoaded(page.locator('main .qr img'), 'invitation QR code');
  const mailed = page.locator('main [role="status"]');
  const mailedTo = (await mailed.count()) > 0 ? (await mailed.innerText()).trim() : '';
  return { link, code, mailedTo };
}

// Accepts an invitation in an anonymous page, by its link or by its code typed on /invitation.
// `login` is for invitations without e-mail (the person chooses it). Lands on the dashboard.
export async function acceptInvitation(page, { link, code, login, password, displayName }) {
  if (link) {
    await visit(page, link);
  } else {
    await visit(page, '/invitation');
    await expectCsrfFields(page);
    await page.locator('#field-code').fill(code);
    await submitForm(page, page.getByRole('button', { name: 'Continuer', exact: true }));
  }
  await expectNoErrors(page);
  await expectH1(page, 'Créer votre compte');
  await expectCsrfFields(page);
  if (displayName) {
    assert.ok((await page.locator('main .lead').innerText()).includes(displayName), 'the acceptance page should greet the invited person by name');
  }
  const loginField = page.locator('#field-login');
  if (login) {
    assert.equal(await loginField.count(), 1, 'an invitation without e-mail should ask for a login (#field-login)');
    await loginField.fill(login);
  } else {
    assert.equal(await loginField.count(), 0, 'an invitation with an e-mail should not ask for a login');
  }
  await page.locator('#field-password').fill(password);
  await page.locator('#field-confirm').fill(password);
  await submitForm(page, page.getByRole('button', { name: 'Créer mon compte' }));
  await expectNoErrors(page);
}

// A fresh account made through an invitation by `inviterState` (a storage state) and accepted in
// a new context. Returns { login, email, password, name, state } (state: the newcomer's session).
// With enrol: true, the second factor is enrolled right after (adds { secret, step, recoveryCodes }).
export async function newAccount(browser, inviterState, { role, organisation, prefix = role, email = '', enrol = false }) {
  const name = `E2E ${unique(prefix)}`;
  const login = email ? email : unique(prefix);
  const password = newPassword();
  let invitation;
  await withPage(browser, { storageState: inviterState }, async (page) => {
    invitation = await createInvitation(page, { role, organisation, displayName: name, email });
  });
  const account = { login, email, password, name, invitation };
  await withPage(browser, {}, async (page, context) => {
    await acceptInvitation(page, { link: invitation.link, login: email ? undefined : login, password, displayName: name });
    account.landedOn = pathOf(page);
    if (enrol) Object.assign(account, await enrolSecondFactor(page));
    account.state = await context.storageState();
  });
  return account;
}

// A fresh coordinator (invited by the demo admin) with an e-mail address; enrolled unless
// enrol: false.
export async function newCoordinator(browser, { enrol = true } = {}) {
  return newAccount(browser, await adminState(browser), {
    role: 'coordinator', organisation: ORG.coordination, prefix: 'coord', email: uniqueEmail('coord'), enrol,
  });
}

// The rows of the first table in <main>, as objects keyed by the column headers.
export async function tableRows(page) {
  return page.locator('main table').first().evaluate((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    return [...table.querySelectorAll('tbody tr')].map((tr) =>
      Object.fromEntries([...tr.cells].map((td, i) => [headers[i] ?? String(i), td.textContent.trim()])));
  });
}
