// Identity and access in the browser: login and logout, the second factor, invitations, password
// reset through real mail, the account page and the audit log.
//
// Needs the demo accounts (`primowork demo`) and the loopback SMTP sink whose maildir is
// PRIMOWORK_E2E_MAILDIR: tests/e2e/run.sh sets both up.
//
// Contract under test (French pages; every form that posts has a hidden _csrf field; a refused
// form answers 401/422 with .error-summary[role=alert] and a .field-error next to the field):
// - /connexion: #field-login, #field-password, "Se connecter" -> 303 to /tableau-de-bord (or next);
//   refused: 401. Links to /mot-de-passe-oublie and /invitation. With a second factor: 303 to
//   /connexion/code (#field-code: the TOTP code or a recovery code xxxx-xxxx-xxxx).
// - Logged in, the header shows the name (link to /tableau-de-bord), "Mon compte" (/compte) and a
//   POST /deconnexion form ("Se déconnecter") -> 303 to /; the session then no longer works.
// - /tableau-de-bord: "Bonjour, NAME"; counsellor and coordinator: "Inviter une personne";
//   coordinator and admin: "Consulter le journal d'audit".
// - Admin and coordinator must enrol a second factor: after login every page outside /compte...
//   leads to /compte/double-authentification (QR, #totp-secret, #field-code, "Activer" -> 10
//   recovery codes in #recovery-codes code).
// - /invitations/nouvelle -> #invitation-link, #invitation-code, QR; mailed when it has an e-mail.
//   /invitation (code) or the link -> "Créer mon compte" -> dashboard. Used: refused / 410.
// - /mot-de-passe-oublie -> the same confirmation whatever the account; a mail with a single-use
//   link /reinitialiser/TOKEN.
// - /compte: language, password change link, second-factor status, API tokens table.
// - /audit: filters (#field-acteur, #field-action, #field-resultat, #field-du, #field-au), entries.
// - Keyboard: Tab reaches the login fields and button in order; 375 px: no horizontal scroll.
//
// Throttling (5 failures per account or per address in 15 minutes give a 429, and every request
// comes from 127.0.0.1): this file fails exactly 3 password logins (tests g, e, f), 1 second-factor
// code (test c), 1 invitation code (test b), and asks for 2 reset links (test e); it never tests
// the 429 itself (the C++ tests do).
//
// Accounts: each test uses its own demo account or fresh accounts made through invitations (the
// demo admin, enrolled once by lib/identity.js adminState(), invites the coordinators), so each
// can run alone (--test-name-pattern).

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  launchBrowser,
  withPage,
  visit,
  checkPage,
  submitForm,
  htmlLang,
} from './lib/browser.js';
import { STEP_SECONDS, hotp, base32Decode, totpNow, waitForStepAfter } from './lib/totp.js';
import { waitForMail, urlsIn } from './lib/mail.js';
import {
  DEMO,
  ORG,
  ENROLMENT_PATH,
  unique,
  uniqueEmail,
  newPassword,
  pathOf,
  expectH1,
  followLink,
  expectCsrfFields,
  expectFieldError,
  expectNoErrors,
  optionsOf,
  loginButton,
  submitLogin,
  login,
  submitSecondFactor,
  expectLoggedOutHeader,
  expectDashboard,
  logout,
  sessionState,
  enrolSecondFactor,
  adminState,
  createInvitation,
  acceptInvitation,
  newAccount,
  newCoordinator,
  tableRows,
} from './lib/identity.js';

const RESET_SUBJECT = 'Réinitialisation de votre mot de passe PrimoWork';
const INVITATION_SUBJECT = 'Invitation à PrimoWork Liège';
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

// The document's description of what has focus, for keyboard checks.
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { key: 'body' };
    const text = (el.innerText || el.value || '').trim().slice(0, 40);
    return { key: el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${text}`, tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), text };
  });
}

async function expectNoHorizontalScroll(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `${page.url()}: scrollWidth ${scrollWidth} > ${width} (horizontal scroll)`);
}

function utcDay(date = new Date()) {
  return date.toISOString().slice(0, 10);
}

describe('identity and access', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('the TOTP helper matches the RFC 6238 test vectors (SHA-1)', () => {
    const key = Buffer.from('12345678901234567890');
    assert.deepEqual(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'), key);
    for (const [time, expected] of [[59, '94287082'], [1111111109, '07081804'], [1234567890, '89005924'], [20000000000, '65353130']]) {
      assert.equal(hotp(key, Math.floor(time / STEP_SECONDS), 8), expected, `T=${time}`);
    }
  });

  test('login page: the form, its links, keyboard order, and a keyboard-only login', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/connexion');
      await expectH1(page, 'Se connecter');
      await expectLoggedOutHeader(page);
      await expectCsrfFields(page);
      assert.equal(await page.locator('#field-login').getAttribute('autocomplete'), 'username');
      assert.equal(await page.locator('#field-password').getAttribute('type'), 'password');
      assert.equal(await page.locator('#field-password').getAttribute('autocomplete'), 'current-password');
      assert.equal(await loginButton(page).count(), 1, 'no "Se connecter" button in the form');
      const main = page.locator('main');
      assert.equal(await main.getByRole('link', { name: 'Mot de passe oublié ?' }).getAttribute('href'), '/mot-de-passe-oublie');
      assert.equal(await main.getByRole('link', { name: "J'ai reçu un code d'invitation" }).getAttribute('href'), '/invitation');

      // Tab from the top of the page: the login field, the password field and the button follow
      // one another.
      const order = [];
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        order.push(await focused(page));
      }
      const keys = order.map((f) => f.key);
      const at = keys.indexOf('#field-login');
      assert.ok(at >= 0, `Tab never reached #field-login; focus went: ${keys.join(' > ')}`);
      assert.equal(keys[at + 1], '#field-password', `after #field-login Tab should reach #field-password; focus went: ${keys.join(' > ')}`);
      const button = order[at + 2];
      assert.ok(button && button.tag === 'button' && button.text === 'Se connecter',
        `after #field-password Tab should reach the "Se connecter" button; focus went: ${keys.join(' > ')}`);

      // A keyboard-only login: focus the field by Tab, type, Tab, type, Enter.
      await visit(page, '/connexion');
      for (let i = 0; i <= at; i++) await page.keyboard.press('Tab');
      assert.equal((await focused(page)).key, '#field-login');
      await page.keyboard.type(DEMO.candidate.login);
      await page.keyboard.press('Tab');
      await page.keyboard.type(DEMO.candidate.password);
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await checkPage(page);
      await expectDashboard(page, DEMO.candidate.name, { canInvite: false, canAudit: false });
      await logout(page);

      // The two linked pages.
      await visit(page, '/connexion');
      await followLink(page, page.locator('main').getByRole('link', { name: 'Mot de passe oublié ?' }));
      assert.equal(pathOf(page), '/mot-de-passe-oublie');
      await expectH1(page, 'Mot de passe oublié');
      await expectCsrfFields(page);
      assert.equal(await page.locator('#field-login').count(), 1);
      assert.equal(await page.getByRole('button', { name: 'Envoyer le lien' }).count(), 1);
      await visit(page, '/connexion');
      await followLink(page, page.locator('main').getByRole('link', { name: "J'ai reçu un code d'invitation" }));
      assert.equal(pathOf(page), '/invitation');
      await expectCsrfFields(page);
      assert.equal(await page.locator('#field-code').count(), 1);
      assert.equal(await page.getByRole('button', { name: 'Continuer', exact: true }).count(), 1);
    });
  });

  test('a. the counsellor logs in and out; the old session cookie then no longer works', async () => {
    let sessionCookies;
    await withPage(browser, {}, async (page, context) => {
      // Asking for the dashboard first: the login page, and back to the dashboard afterwards.
      await visit(page, '/tableau-de-bord');
      assert.equal(pathOf(page), '/connexion', `an anonymous visit to /tableau-de-bord should show the login page, got ${page.url()}`);
      assert.equal(new URL(page.url()).searchParams.get('next'), '/tableau-de-bord');
      await expectH1(page, 'Se connecter');
      await submitLogin(page, DEMO.counsellor.login, DEMO.counsellor.password);
      await expectDashboard(page, DEMO.counsellor.name, { canInvite: true, canAudit: false });
      sessionCookies = (await context.cookies(BASE_URL)).filter((c) => c.name === 'pw_session');
      assert.equal(sessionCookies.length, 1, 'expected a pw_session cookie after login');
      assert.ok(sessionCookies[0].httpOnly, 'the session cookie should be HttpOnly');

      await followLink(page, page.locator('header').getByRole('link', { name: 'Mon compte', exact: true }));
      assert.equal(pathOf(page), '/compte');
      await followLink(page, page.locator('header').getByRole('link', { name: DEMO.counsellor.name }));
      assert.equal(pathOf(page), '/tableau-de-bord');

      await logout(page);
      await visit(page, '/tableau-de-bord');
      assert.equal(pathOf(page), '/connexion', `after logout /tableau-de-bord should show the login page, got ${page.url()}`);
    });

    // Someone who copied the cookie before the logout gets nothing with it.
    await withPage(browser, {}, async (page, context) => {
      await context.addCookies(sessionCookies);
      await visit(page, '/tableau-de-bord');
      assert.equal(pathOf(page), '/connexion', `the old session cookie still opens ${page.url()}`);
      await expectH1(page, 'Se connecter');
      await expectLoggedOutHeader(page);
    });
  });

  test('g. a wrong password: 401, error summary, aria-invalid on the password field (one failure)', async () => {
    await withPage(browser, {}, async (page) => {
      await visit(page, '/connexion');
      await submitLogin(page, DEMO.employer.login, 'Pas-le-bon-mot-de-passe-2026', { status: 401 });
      assert.equal(pathOf(page), '/connexion');
      await expectH1(page, 'Se connecter');
      const message = await expectFieldError(page, 'field-password');
      assert.equal(message, 'Identifiant ou mot de passe incorrect.');
      assert.equal(await page.locator('#field-login').inputValue(), DEMO.employer.login, 'the login should be kept');
      assert.equal(await page.locator('#field-password').inputValue(), '', 'the password should not be sent back');
      await expectCsrfFields(page);
      // The error summary's link moves the focus to the field.
      await page.locator('.error-summary a[href="#field-password"]').click();
      assert.equal((await focused(page)).key, '#field-password', 'the error link should focus #field-password');

      // One failure does not lock the account.
      await submitLogin(page, DEMO.employer.login, DEMO.employer.password);
      await expectDashboard(page, DEMO.employer.name, { canInvite: false, canAudit: false });
      await logout(page);
    });
  });

  test('b. a counsellor invites a candidate without e-mail; the candidate joins with the code; the code then fails', async () => {
    const name = `E2E Candidat ${unique('b')}`;
    const chosenLogin = unique('cand');
    const password = newPassword();
    let invitation;
    await withPage(browser, {}, async (page) => {
      await login(page, DEMO.counsellor);
      await expectDashboard(page, DEMO.counsellor.name, { canInvite: true });
      await followLink(page, page.locator('main').getByRole('link', { name: 'Inviter une personne' }));
      assert.equal(pathOf(page), '/invitations/nouvelle');
      assert.deepEqual((await optionsOf(page.locator('#field-role'))).map((o) => o.value), ['candidate'],
        'a counsellor may invite candidates only');
      const orgs = (await optionsOf(page.locator('#field-organisation'))).map((o) => o.label);
      assert.equal(orgs.length, 1, `a counsellor invites into their own organisation only, got ${orgs.join(' | ')}`);
      assert.ok(orgs[0].includes(ORG.operator), `organisation: ${orgs[0]}`);
      invitation = await createInvitation(page, { role: 'candidate', displayName: name });
      assert.equal(invitation.mailedTo, '', 'no mail for an invitation without e-mail');
    });

    await withPage(browser, {}, async (page) => {
      await visit(page, '/connexion');
      await followLink(page, page.locator('main').getByRole('link', { name: "J'ai reçu un code d'invitation" }));
      await acceptInvitation(page, { code: invitation.code, login: chosenLogin, password, displayName: name });
      await expectDashboard(page, name, { canInvite: false, canAudit: false });
      await logout(page);
      // The chosen login and password work.
      await login(page, { login: chosenLogin, password });
      await expectDashboard(page, name);
      await logout(page);
    });

    await withPage(browser, {}, async (page) => {
      // The same code again: refused on the code page (one code failure from this address).
      await visit(page, '/invitation');
      await page.locator('#field-code').fill(invitation.code);
      await submitForm(page, page.getByRole('button', { name: 'Continuer', exact: true }), { status: 422 });
      await expectFieldError(page, 'field-code');
      assert.equal(await page.locator('#field-password').count(), 0, 'a used code must not open the account form');
      // And its link: 410, no longer valid.
      await visit(page, invitation.link, { status: 410 });
      await expectH1(page, 'Lien expiré');
      assert.match(await page.locator('main').innerText(), /n'est plus valable/);
      assert.equal(await page.locator('#field-password').count(), 0);
    });
  });

  test('c. a coordinator without a second factor is sent to the enrolment from every page outside /compte', async () => {
    // A fresh coordinator without a second factor (invited by the demo admin).
    const coordinator = await newCoordinator(browser, { enrol: false });
    const landed = { 'after accepting the invitation': coordinator.landedOn };
    await withPage(browser, {}, async (page) => {
      landed['after login'] = await login(page, coordinator);
      for (const path of ['/tableau-de-bord', '/audit', '/invitations/nouvelle']) {
        await visit(page, path);
        landed[path] = pathOf(page);
      }
      const expected = Object.fromEntries(Object.keys(landed).map((k) => [k, ENROLMENT_PATH]));
      assert.deepEqual(landed, expected, 'a coordinator without a second factor should be sent to the enrolment page');
      for (const path of ['/compte', '/compte/mot-de-passe', ENROLMENT_PATH]) {
        await visit(page, path);
        assert.equal(pathOf(page), path, `${path} should stay reachable before enrolment`);
      }
      assert.match(await page.locator('main').innerText(), /obligatoire/, 'the enrolment page should say it is mandatory');
    });
  });

  test('c. the coordinator enrols a second factor, then logs in with a TOTP code and with a single-use recovery code', async () => {
    const me = DEMO.coordinator;
    await withPage(browser, {}, async (page) => {
      await login(page, me);
      // Forced enrolment (checked on every page in the test above): the audit log leads there.
      await visit(page, '/audit');
      assert.equal(pathOf(page), ENROLMENT_PATH, `/audit before enrolment should lead to ${ENROLMENT_PATH}, got ${page.url()}`);
      const { secret, step, recoveryCodes } = await enrolSecondFactor(page);
      await followLink(page, page.locator('main').getByRole('link', { name: /continuer/ }));
      await expectDashboard(page, me.name, { canInvite: true, canAudit: true });
      // After enrolment /audit answers instead of redirecting (the page itself is test f's).
      const audit = await page.request.get(`${BASE_URL}/audit`, { maxRedirects: 0 });
      assert.equal(audit.status(), 200, `after enrolment GET /audit should answer 200, got ${audit.status()} ${audit.headers().location ?? ''}`);
      await visit(page, '/compte');
      assert.match(await page.locator('main').innerText(), /double authentification est activée\. Codes de secours restants : 10/);
      await logout(page);

      // Password, then the code of the next time step (the one used to enrol cannot be replayed).
      assert.equal(await login(page, me), '/connexion/code', 'with a second factor, the password leads to /connexion/code');
      // Half logged in: the dashboard is not open yet.
      await visit(page, '/tableau-de-bord');
      assert.equal(pathOf(page), '/connexion', `with the code still pending /tableau-de-bord should show the login page, got ${page.url()}`);
      await visit(page, '/connexion/code');
      await waitForStepAfter(step);
      await submitSecondFactor(page, totpNow(secret).code);
      await expectDashboard(page, me.name, { canInvite: true, canAudit: true });
      await logout(page);

      // A recovery code instead of the TOTP code.
      assert.equal(await login(page, me), '/connexion/code');
      await submitSecondFactor(page, recoveryCodes[0]);
      await expectDashboard(page, me.name);
      await visit(page, '/compte');
      assert.match(await page.locator('main').innerText(), /Codes de secours restants : 9/);
      await logout(page);

      // The same recovery code a second time: refused (the one code failure of this file).
      assert.equal(await login(page, me), '/connexion/code');
      await submitSecondFactor(page, recoveryCodes[0], { status: 401 });
      assert.equal(pathOf(page), '/connexion/code');
      await expectFieldError(page, 'field-code');
      // Another recovery code still works.
      await submitSecondFactor(page, recoveryCodes[1]);
      await expectDashboard(page, me.name);
      await visit(page, '/compte');
      assert.match(await page.locator('main').innerText(), /Codes de secours restants : 8/);
      await logout(page);
    });
  });

  test('d. a coordinator invites a counsellor with an e-mail; the mailed link creates the account', async () => {
    const coordinator = await newCoordinator(browser);
    const email = uniqueEmail('conseil');
    const name = `E2E Conseiller ${unique('d')}`;
    const password = newPassword();
    let invitation;
    await withPage(browser, { storageState: coordinator.state }, async (page) => {
      await visit(page, '/tableau-de-bord');
      await expectDashboard(page, coordinator.name, { canInvite: true, canAudit: true });
      await followLink(page, page.locator('main').getByRole('link', { name: 'Inviter une personne' }));
      assert.deepEqual((await optionsOf(page.locator('#field-role'))).map((o) => o.value).sort(), ['counsellor', 'employer'],
        'a coordinator may invite counsellors and employers');
      const orgs = (await optionsOf(page.locator('#field-organisation'))).map((o) => o.label).join(' | ');
      assert.ok(orgs.includes(ORG.operator) && orgs.includes(ORG.company), `organisations offered: ${orgs}`);
      assert.ok(!orgs.includes(ORG.coordination) && !orgs.includes(ORG.platform), `a coordinator should not invite into ${orgs}`);
      invitation = await createInvitation(page, { role: 'counsellor', organisation: ORG.operator, displayName: name, email });
      assert.ok(invitation.mailedTo.includes(email), `the result page should say the invitation is mailed to ${email}: "${invitation.mailedTo}"`);
    });

    const mail = await waitForMail({ to: email, subject: INVITATION_SUBJECT });
    const links = urlsIn(mail.body);
    assert.ok(links.includes(invitation.link), `the mail should hold the link ${invitation.link}; it holds ${links.join(', ')}`);
    assert.ok(mail.body.includes(invitation.code), `the mail should hold the code ${invitation.code}`);

    await withPage(browser, {}, async (page) => {
      await acceptInvitation(page, { link: links.find((l) => l === invitation.link), password, displayName: name });
      await expectDashboard(page, name, { canInvite: true, canAudit: false });
      await logout(page);
      await login(page, { login: email, password });
      await expectDashboard(page, name);
      await logout(page);
      await visit(page, invitation.link, { status: 410 });
      await expectH1(page, 'Lien expiré');
      assert.match(await page.locator('main').innerText(), /n'est plus valable/);
    });
  });

  test('e. password reset through the mail: the link works once, the new password logs in, the old one no longer', async () => {
    const email = uniqueEmail('reset');
    const counsellor = await sessionState(browser, DEMO.counsellor);
    const account = await newAccount(browser, counsellor, { role: 'candidate', prefix: 'reset', email });
    const newPass = newPassword();
    await withPage(browser, { storageState: account.state }, async (oldSession) => {
      await visit(oldSession, '/tableau-de-bord');
      await expectDashboard(oldSession, account.name);

      await withPage(browser, {}, async (page) => {
        await visit(page, '/connexion');
        await followLink(page, page.locator('main').getByRole('link', { name: 'Mot de passe oublié ?' }));
        await page.locator('#field-login').fill(email);
        await submitForm(page, page.getByRole('button', { name: 'Envoyer le lien' }));
        await expectNoErrors(page);
        const confirmation = (await page.locator('main [role="status"]').innerText()).trim();
        assert.ok(confirmation.length > 0, 'no confirmation after asking for a reset link');

        // The same confirmation for an account that does not exist.
        await visit(page, '/mot-de-passe-oublie');
        await page.locator('#field-login').fill(uniqueEmail('personne'));
        await submitForm(page, page.getByRole('button', { name: 'Envoyer le lien' }));
        assert.equal((await page.locator('main [role="status"]').innerText()).trim(), confirmation,
          'the confirmation should not tell whether the account exists');

        const mail = await waitForMail({ to: email, subject: RESET_SUBJECT });
        const link = urlsIn(mail.body).find((u) => u.startsWith(`${BASE_URL}/reinitialiser/`));
        assert.ok(link, `the mail should hold a link ${BASE_URL}/reinitialiser/TOKEN:\n${mail.body}`);
        assert.match(link, /\/reinitialiser\/[A-Za-z0-9_-]{20,}$/);

        await visit(page, link);
        await expectH1(page, 'Nouveau mot de passe');
        await expectCsrfFields(page);
        await page.locator('#field-password').fill(newPass);
        await page.locator('#field-confirm').fill(newPass);
        await submitForm(page, page.getByRole('button', { name: 'Enregistrer le mot de passe' }));
        await expectNoErrors(page);
        await expectH1(page, 'Mot de passe changé');

        // The link works once.
        await visit(page, link, { status: 410 });
        await expectH1(page, 'Lien expiré');

        // The old password is refused (one failed login), the new one works.
        await visit(page, '/connexion');
        await submitLogin(page, email, account.password, { status: 401 });
        await expectFieldError(page, 'field-password');
        await submitLogin(page, email, newPass);
        await expectDashboard(page, account.name);
        await logout(page);
      });

      // The reset closed the sessions that were open.
      await visit(oldSession, '/tableau-de-bord');
      assert.equal(pathOf(oldSession), '/connexion', `a session opened before the reset still works: ${oldSession.url()}`);
    });
  });

  test('f. the audit log, as a coordinator: login events, filtered by action "login"', async () => {
    const coordinator = await newCoordinator(browser);
    const dayBefore = utcDay();
    await withPage(browser, {}, async (page) => {
      // A failed login (one failure) and a successful one for this coordinator.
      await visit(page, '/connexion');
      await submitLogin(page, coordinator.login, 'Mauvais-mot-de-passe-2026', { status: 401 });
      await submitLogin(page, coordinator.login, coordinator.password);
      await submitSecondFactor(page, coordinator.recoveryCodes[0]);
      await expectDashboard(page, coordinator.name, { canAudit: true });
      await followLink(page, page.locator('main').getByRole('link', { name: "Consulter le journal d'audit" }));
      assert.equal(pathOf(page), '/audit');
      await expectH1(page, "Journal d'audit");
      for (const id of ['field-acteur', 'field-action', 'field-resultat', 'field-du', 'field-au']) {
        assert.equal(await page.locator(`#${id}`).count(), 1, `no #${id} on /audit`);
      }

      const all = await tableRows(page);
      assert.ok(all.length > 0, 'the audit log is empty');
      const mine = all.filter((r) => r.Qui === coordinator.login);
      const has = (rows, action, outcome) => rows.some((r) => r.Action === action && r['Résultat'] === outcome);
      assert.ok(has(mine, 'login', 'success'), `no successful login of ${coordinator.login} in:\n${JSON.stringify(mine, null, 1)}`);
      assert.ok(has(mine, 'login', 'failure'), `no failed login of ${coordinator.login} in:\n${JSON.stringify(mine, null, 1)}`);
      assert.ok(all.some((r) => r.Action !== 'login'), 'without a filter the log should show other actions too');
      assert.ok(mine.every((r) => r["D'où"] === '127.0.0.1'), 'each entry should record the address 127.0.0.1');

      // Filter: action "login", this coordinator, today.
      const today = utcDay();
      await page.locator('#field-action').fill('login');
      await page.locator('#field-acteur').fill(coordinator.login);
      await page.locator('#field-du').fill(dayBefore);
      await page.locator('#field-au').fill(today);
      await submitForm(page, page.locator('main form[action="/audit"]').getByRole('button', { name: 'Filtrer' }));
      const url = new URL(page.url());
      assert.equal(url.pathname, '/audit');
      assert.equal(url.searchParams.get('action'), 'login');
      assert.equal(await page.locator('#field-action').inputValue(), 'login', 'the filter should keep its value');
      assert.equal(await page.locator('#field-acteur').inputValue(), coordinator.login);
      const logins = await tableRows(page);
      assert.ok(logins.length >= 2, `expected the coordinator's logins, got ${JSON.stringify(logins)}`);
      assert.ok(logins.every((r) => r.Action === 'login'), `the filter "login" let other actions through: ${JSON.stringify(logins.map((r) => r.Action))}`);
      assert.ok(logins.every((r) => r.Qui === coordinator.login), 'the acteur filter let other people through');
      assert.ok(has(logins, 'login', 'success') && has(logins, 'login', 'failure'), 'the filtered log should show the success and the failure');

      // And only the failures.
      await page.locator('#field-resultat').selectOption('failure');
      await submitForm(page, page.locator('main form[action="/audit"]').getByRole('button', { name: 'Filtrer' }));
      const failures = await tableRows(page);
      assert.ok(failures.length >= 1 && failures.every((r) => r.Action === 'login' && r['Résultat'] === 'failure'),
        `expected only failed logins: ${JSON.stringify(failures)}`);
      await logout(page);
    });
  });

  test('the account page: language, password change, second-factor status, API tokens', async () => {
    const counsellor = await sessionState(browser, DEMO.counsellor);
    const account = await newAccount(browser, counsellor, { role: 'candidate', prefix: 'compte' });
    await withPage(browser, { storageState: account.state }, async (page) => {
      await visit(page, '/compte');
      await expectH1(page, 'Mon compte');
      await expectCsrfFields(page);
      assert.match(await page.locator('main').innerText(), new RegExp(`Identifiant : ${account.login}`));
      const languages = (await optionsOf(page.locator('#field-language'))).map((o) => o.value);
      assert.deepEqual(languages, ['', 'fr', 'en'], 'language choices');
      assert.equal(await page.locator('#field-language').inputValue(), '', 'no language preference yet');
      assert.match(await page.locator('main').innerText(), /La double authentification n'est pas activée/);
      assert.equal(await page.locator('main').getByRole('link', { name: 'Activer la double authentification' }).getAttribute('href'), ENROLMENT_PATH);
      const tokens = page.locator('main table');
      assert.equal(await tokens.count(), 1, 'no API tokens table');
      assert.match(await tokens.locator('caption').innerText(), /jetons/i);
      assert.match(await page.locator('main').innerText(), /Aucun jeton/);

      await followLink(page, page.locator('main').getByRole('link', { name: 'Changer mon mot de passe' }));
      assert.equal(pathOf(page), '/compte/mot-de-passe');
      await expectCsrfFields(page);
      for (const id of ['field-current', 'field-password', 'field-confirm']) {
        assert.equal(await page.locator(`#${id}`).count(), 1, `no #${id} on the password change page`);
      }

      // English as the preference: the pages switch, and it follows the person to a new browser.
      await visit(page, '/compte');
      await page.locator('#field-language').selectOption('en');
      await submitForm(page, page.locator('main form[action="/compte/langue"]').getByRole('button'));
      assert.equal(pathOf(page), '/compte');
      assert.equal(await htmlLang(page), 'en');
      assert.equal(await page.locator('#field-language').inputValue(), 'en');
    });
    await withPage(browser, {}, async (page) => {
      await visit(page, '/');
      assert.equal(await htmlLang(page), 'fr');
      await login(page, account);
      assert.equal(pathOf(page), '/tableau-de-bord');
      assert.equal(await htmlLang(page), 'en', 'after login the preferred language (en) should apply');
    });
  });

  test('phone 375 px: the identity pages have no horizontal scroll', async () => {
    await withPage(browser, PHONE, async (page) => {
      for (const path of ['/connexion', '/mot-de-passe-oublie', '/invitation']) {
        await visit(page, path);
        await expectNoHorizontalScroll(page, 375);
      }
      await visit(page, '/connexion');
      await submitLogin(page, DEMO.counsellor.login, DEMO.counsellor.password);
      for (const path of ['/tableau-de-bord', '/compte', '/compte/mot-de-passe', ENROLMENT_PATH, '/invitations/nouvelle']) {
        await visit(page, path);
        await expectNoHorizontalScroll(page, 375);
      }
      // The invitation with its long link and QR code.
      await createInvitation(page, { role: 'candidate', displayName: `E2E Téléphone ${unique('p')}` });
      await expectNoHorizontalScroll(page, 375);
      await logout(page);
    });
  });

  test('phone 375 px: the audit log has no horizontal scroll', async () => {
    // Its wide table, as the (enrolled) demo admin.
    await withPage(browser, { ...PHONE, storageState: await adminState(browser) }, async (page) => {
      await visit(page, '/audit');
      assert.equal(pathOf(page), '/audit');
      await expectNoHorizontalScroll(page, 375);
    });
  });
});
