import { launchBrowser, withPage, visit } from '/work/main/tests/e2e/lib/browser.js';
const b = await launchBrowser();
try {
  await withPage(b, { javaScriptEnabled: false }, async (page) => {
    await visit(page, '/metiers');
    console.log('ok no-js', await page.locator('#field-q').getAttribute('role'));
  });
} catch (e) { console.log('ERR', e.message); }
await b.close();
