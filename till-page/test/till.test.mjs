// Browser tests of the till page (quality.md R12): Debian's Chromium, headless, driven by playwright-core, against a
// running Sales Core server. The Maven test TillPageBrowserTest starts the server (embedded PostgreSQL) and runs this
// script; it moves the server's clock when the script prints "@clock <ISO duration>" and answers "ok" on stdin.
//
//   SALESCORE_URL   the server (required)
//   SCREENSHOTS     folder for one screenshot per step (default ../target/till-page-screenshots)
//   CHROMIUM        the browser (default /usr/bin/chromium)
//   SALESCORE_CLOCK "stdin" when the harness moves the server's clock on request (the hold-expiry scenario)
//
// Every scenario registers its own business through the public API, so the script can run against any server.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const BASE = process.env.SALESCORE_URL;
if (!BASE) throw new Error('SALESCORE_URL is required');
const HERE = dirname(fileURLToPath(import.meta.url));
const SHOTS = resolve(process.env.SCREENSHOTS || join(HERE, '..', 'target', 'till-page-screenshots'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(SHOTS, { recursive: true });

// ---------------------------------------------------------------- the harness's clock

const stdin = createInterface({ input: process.stdin });
const answers = [];
const waiting = [];
stdin.on('line', (line) => (waiting.length ? waiting.shift()(line) : answers.push(line)));

/** Moves the server's clock (the Maven test owns it): prints the request, waits for "ok". */
async function advanceServerClock(isoDuration) {
  if (process.env.SALESCORE_CLOCK !== 'stdin') {
    throw new Error('moving the server clock needs the Maven harness (TillPageBrowserTest sets SALESCORE_CLOCK=stdin)');
  }
  process.stdout.write(`@clock ${isoDuration}\n`);
  const answer = answers.length ? answers.shift() : await new Promise((r) => waiting.push(r));
  assert.equal(answer.trim(), 'ok', `the harness did not move the clock: ${answer}`);
}

// ---------------------------------------------------------------- API set-up (as the shop's owner)

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function call(method, path, token, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Token ${token}`;
  if (method === 'POST') headers['Idempotency-Key'] = unique();
  const r = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  const json = text ? JSON.parse(text) : null;
  if (!r.ok) throw new Error(`${method} ${path} -> ${r.status} ${text}`);
  return json;
}
const items = (body) => (Array.isArray(body) ? body : body.results);

/** A business with two storefronts, a catalogue, customers and a cashier: what a scenario sells from. */
async function shop() {
  const id = unique();
  const password = 'owner-pass-' + id;
  const reg = await call('POST', '/accounts/api/auth/register/', null, {
    name: 'Olivia Owner', email: `owner-${id}@till.test`, password, business_name: 'Corner Shop', currency: 'USD',
  });
  const owner = reg.token;
  const main = await call('POST', '/inventory/api/storefronts/', owner, { name: 'Main Street', location: 'Main' });
  const kiosk = await call('POST', '/inventory/api/storefronts/', owner, { name: 'Airport Kiosk', location: 'T1' });
  const warehouse = await call('POST', '/inventory/api/warehouses/', owner, { name: 'Back Store', location: 'Yard' });
  const products = {};
  const stock = async (name, barcode, price, quantity, wholesale = null) => {
    const p = await call('POST', '/inventory/api/products/', owner,
      { name, sku: name.toUpperCase().replace(/\W+/g, '-'), barcode, unit: 'pcs' });
    const batch = await call('POST', '/inventory/api/stock-products/', owner,
      { product: p.id, warehouse: warehouse.id, quantity, unit_cost: '0.50', retail_price: price, wholesale_price: wholesale });
    await call('POST', '/inventory/api/transfers/', owner, { stock_product: batch.id, storefront: main.id, quantity });
    products[name] = { ...p, barcode };
  };
  const code = () => `20${Math.floor(Math.random() * 1e11).toString().padStart(11, '0')}`;
  await stock('Cola 500ml', code(), '1.20', 10);
  await stock('Bread Loaf', code(), '1.75', 1);
  await stock('Rice 1kg', code(), '2.40', 20, '2.00');
  const customer = (name, phone, limit) => call('POST', '/sales/api/customers/', owner,
    { name, phone, customer_type: 'RETAIL', credit_limit: limit });
  const fred = await customer('Fred Amugi', `0${id.length}1${Math.floor(Math.random() * 1e8)}`, '500.00');
  const ama = await customer('Ama Owusu', `0${id.length}2${Math.floor(Math.random() * 1e8)}`, '0.00');
  const cashierEmail = `cashier-${id}@till.test`;
  const cashierPassword = 'cashier-pass-' + id;
  await call('POST', '/accounts/api/staff/', owner, {
    name: 'Cara Cashier', email: cashierEmail, password: cashierPassword, role: 'CASHIER', storefronts: [main.id, kiosk.id],
  });
  return {
    owner, ownerEmail: `owner-${id}@till.test`, ownerPassword: password, main, kiosk, products, fred, ama,
    cashier: { email: cashierEmail, password: cashierPassword },
    async inventory(name) {
      const lines = items(await call('GET', `/inventory/api/storefronts/${main.id}/inventory/?search=${encodeURIComponent(name)}`, owner));
      return lines.find((l) => l.product_name === name);
    },
    async sales(query = '') {
      return items(await call('GET', `/sales/api/sales/?storefront=${main.id}&page_size=200${query}`, owner));
    },
  };
}

// ---------------------------------------------------------------- browser helpers

// launch() gives every run a fresh, throw-away user-data dir; each till below is its own context (own sessionStorage).
const browser = await chromium.launch({
  executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
});
let shotNo = 0;
const problems = [];

async function newTill({ clock = false, width = 1024, height = 768 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`); });
  if (clock) await page.clock.install();
  await page.goto(`${BASE}/pos/`);
  return page;
}

async function shot(page, name) {
  shotNo += 1;
  await page.screenshot({ path: join(SHOTS, `${String(shotNo).padStart(2, '0')}-${name}.png`) });
}

const notice = (page) => page.getByRole('status').filter({ hasText: /\S/ }).first();
const alert = (page) => page.locator('#problem');

async function loginAs(page, who, storefront = 'Main Street') {
  await page.getByLabel('Email', { exact: true }).fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await page.getByLabel('Storefront', { exact: true }).selectOption({ label: storefront });
  await page.getByLabel('Storefront', { exact: true }).press('Enter');
  await page.getByRole('heading', { name: 'Cart' }).waitFor();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'scan'), 'till ready');
}

async function scan(page, code) {
  await page.keyboard.press('F2');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

function productRow(page, name) {
  return page.getByRole('table', { name: 'Products' }).getByRole('row').filter({ hasText: name });
}

function cartRow(page, name) {
  return page.getByRole('table', { name: 'Cart lines' }).getByRole('row').filter({ hasText: name });
}

async function assertAvailable(page, name, expected) {
  await page.keyboard.press('F2');
  await page.getByLabel('Scan barcode or search', { exact: true }).fill(name);
  await eventually(async () => assert.equal(
    (await productRow(page, name).locator('td').nth(3).textContent()).trim(), String(expected)), `${name} available`);
}

async function eventually(check, what, timeout = 5000) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw new Error(`${what}: ${e.message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const results = [];
async function scenario(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n${e.stack}`);
  }
}

// ---------------------------------------------------------------- scenarios

const s = await shop();

await scenario('seed 004 blueprint: log in, storefront, search and scan, add, change, remove, cash checkout with change, receipt', async () => {
  const page = await newTill();
  await shot(page, 'login');
  await page.getByLabel('Email', { exact: true }).fill(s.cashier.email);
  await page.getByLabel('Password', { exact: true }).fill('wrong-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await alert(page).getByText('Invalid email or password.').waitFor();
  await page.getByLabel('Password', { exact: true }).fill(s.cashier.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Storefront', { exact: true }).waitFor();
  assert.ok(await page.evaluate(() => sessionStorage.getItem('salescore.token')), 'the token is kept in sessionStorage');
  assert.deepEqual(await page.getByLabel('Storefront', { exact: true }).locator('option').allTextContents(), ['Airport Kiosk', 'Main Street']);
  await shot(page, 'storefront');
  await page.getByLabel('Storefront', { exact: true }).selectOption({ label: 'Main Street' });
  await page.getByRole('button', { name: 'Start selling' }).click();
  await page.getByRole('heading', { name: 'Cart' }).waitFor();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'scan'),
    'the scan field has the focus');

  // search shows unreserved stock
  await assertAvailable(page, 'Cola 500ml', '10');
  await shot(page, 'search');
  // a scanner types the barcode and Enter: the line is added and the stock it holds is no longer available
  await page.getByLabel('Scan barcode or search', { exact: true }).fill('');
  await scan(page, s.products['Cola 500ml'].barcode);
  await cartRow(page, 'Cola 500ml').waitFor();
  await notice(page).getByText('Added 1 × Cola 500ml.').waitFor();
  await assertAvailable(page, 'Cola 500ml', '9');
  assert.match(await cartRow(page, 'Cola 500ml').locator('td.hold').textContent(), /held (29|30):\d\d/);
  await shot(page, 'scanned');

  // change the quantity: the hold follows
  await page.getByLabel('Quantity of Cola 500ml', { exact: true }).fill('3');
  await page.getByLabel('Quantity of Cola 500ml', { exact: true }).press('Enter');
  await notice(page).getByText('Cola 500ml: quantity 3.').waitFor();
  await assertAvailable(page, 'Cola 500ml', '7');
  assert.match(await page.locator('#total').textContent(), /3\.60/);
  // more than there is: INSUFFICIENT_STOCK with its error sentence and who holds the stock
  await page.getByLabel('Quantity of Cola 500ml', { exact: true }).fill('50');
  await page.getByLabel('Quantity of Cola 500ml', { exact: true }).press('Enter');
  await alert(page).getByText('Unable to add item due to stock restrictions.').waitFor();
  await alert(page).getByText('available 10, requested 50').waitFor();
  await alert(page).getByRole('listitem').filter({ hasText: /^3 held by (Cara Cashier|a cashier) for Walk-in Customer \(this sale\), until / }).waitFor();
  assert.equal(await page.getByLabel('Quantity of Cola 500ml', { exact: true }).inputValue(), '3', 'the line keeps its quantity');
  await shot(page, 'insufficient-stock');

  // remove a line: its hold is released at once
  await page.getByLabel('Quantity', { exact: true }).first().fill('2');
  await scan(page, s.products['Rice 1kg'].barcode);
  await cartRow(page, 'Rice 1kg').getByLabel('Quantity of Rice 1kg', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Quantity of Rice 1kg', { exact: true }).inputValue(), '2');
  await assertAvailable(page, 'Rice 1kg', '18');
  await page.getByRole('button', { name: 'Remove Rice 1kg' }).click();
  await notice(page).getByText('Removed Rice 1kg; its hold is released.').waitFor();
  assert.equal(await cartRow(page, 'Rice 1kg').count(), 0);
  await assertAvailable(page, 'Rice 1kg', '20');

  // cash with change, keyboard only: F9, the amount, Enter
  await page.keyboard.press('F9');
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  assert.match(await page.locator('#checkout-total').textContent(), /3\.60/);
  await page.keyboard.type('10');
  await page.locator('#change').getByText(/6\.40/).waitFor();
  await shot(page, 'checkout-cash');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Sale complete/ }).waitFor();
  const receipt = page.getByRole('article', { name: 'Receipt' });
  await receipt.getByText('3 × Cola 500ml @ $1.20').waitFor();
  assert.match(await receipt.textContent(), /Change\$6\.40/);
  assert.match(await receipt.textContent(), /Paid \(CASH\)\$10\.00/);
  assert.equal(await page.getByLabel('Customer:', { exact: true }).isDisabled(), true, 'the customer dropdown is disabled on a completed sale');
  assert.equal(await page.locator('#sale-status').textContent(), 'COMPLETED');
  await shot(page, 'receipt');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'receipt-print-view');
  assert.equal(await page.getByRole('heading', { name: 'Cart' }).isVisible(), false, 'the print view shows the receipt alone');
  await page.emulateMedia({ media: 'screen' });
  // (the print emulation hid the buttons, which took the focus away from "New sale"; a real print does not)
  await page.getByRole('button', { name: 'New sale' }).focus();
  const link = await page.getByRole('link', { name: 'Printable receipt (80 mm)' }).getAttribute('href');
  const html = await fetch(new URL(link, BASE));
  assert.equal(html.status, 200, 'the signed receipt link opens without a token');

  const done = (await s.sales('&status=COMPLETED')).filter((x) => x.total_amount === '3.60');
  assert.equal(done.length, 1);
  assert.equal(done[0].change_given, '6.40');
  assert.equal((await s.inventory('Cola 500ml')).quantity, 7);

  // Enter starts the next sale, with the scan field focused
  await page.keyboard.press('Enter');
  await page.getByText('The cart is empty').waitFor();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'scan'), 'focus');
  await page.context().close();
});

await scenario('seed 000 UI checklist: the customer selector', async () => {
  const page = await newTill();
  await loginAs(page, s.cashier);
  const select = page.getByLabel('Customer:', { exact: true });
  assert.equal(await select.isDisabled(), false);
  assert.deepEqual(await select.locator('option').allTextContents(),
    ['Select Customer', 'Walk-in Customer (RETAIL)', 'Ama Owusu (RETAIL)', 'Fred Amugi (RETAIL)']);
  assert.equal(await page.locator('#sale-customer').textContent(), 'Walk-in Customer');

  // a loading indicator shows during the update (the answer is held back a little to see it)
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/update_customer/', async (route) => { await held; await route.continue(); }, { times: 1 });
  await select.selectOption({ label: 'Fred Amugi (RETAIL)' });
  await page.getByText('Updating...').waitFor();
  assert.equal(await select.isDisabled(), true, 'the dropdown is disabled while updating');
  await shot(page, 'customer-updating');
  release();
  // success message, and the name updates at once
  await notice(page).getByText('Customer updated successfully to Fred Amugi').waitFor();
  assert.equal(await page.locator('#sale-customer').textContent(), 'Fred Amugi');
  assert.equal(await page.getByText('Updating...').isVisible(), false);
  await shot(page, 'customer-updated');

  // clear, helpful errors: "Select Customer" sends "" -> the seed's message, and the selection reverts
  await select.selectOption({ label: 'Select Customer' });
  await alert(page).getByText('Please select a customer').waitFor();
  assert.equal(await select.inputValue(), s.fred.id, 'the selection reverts to the sale\'s customer');
  // an inactive customer (deactivated after the list was loaded)
  await call('DELETE', `/sales/api/customers/${s.ama.id}/`, s.owner);
  await select.selectOption({ label: 'Ama Owusu (RETAIL)' });
  await alert(page).getByText('Customer is inactive').waitFor();
  assert.equal(await select.inputValue(), s.fred.id);
  await shot(page, 'customer-error');

  // persists through a page refresh
  await page.reload();
  await page.getByRole('heading', { name: 'Cart' }).waitFor();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 'scan'), 'till ready');
  assert.equal(await page.getByLabel('Customer:', { exact: true }).inputValue(), s.fred.id);
  assert.equal(await page.locator('#sale-customer').textContent(), 'Fred Amugi');

  // a cart with items asks before the customer changes ("Keep Current" keeps it)
  await scan(page, s.products['Rice 1kg'].barcode);
  await cartRow(page, 'Rice 1kg').waitFor();
  await page.getByLabel('Customer:', { exact: true }).selectOption({ label: 'Walk-in Customer (RETAIL)' });
  const dialog = page.getByRole('dialog', { name: 'Change Customer?' });
  await dialog.getByText('This sale already has items. Change customer from "Fred Amugi" to "Walk-in Customer"?').waitFor();
  await shot(page, 'customer-confirm');
  await dialog.getByRole('button', { name: 'Keep Current' }).click();
  // the dialog's close event reverts the selection a moment after the click
  await eventually(async () => assert.equal(await page.getByLabel('Customer:', { exact: true }).inputValue(), s.fred.id),
    'Keep Current reverts the selection');
  assert.equal(await page.locator('#sale-customer').textContent(), 'Fred Amugi');

  // prices are the shop's: a cashier may not switch a retail customer to wholesale until the shop allows it
  await page.getByRole('button', { name: 'Switch to wholesale' }).click();
  await alert(page).getByText(/Ask a manager/).waitFor();
  assert.equal(await page.locator('#sale-type').textContent(), 'RETAIL');
  await shot(page, 'wholesale-refused');
  await call('PATCH', '/accounts/api/business/', s.owner, { cashier_may_sell_wholesale: true });
  // works with the wholesale/retail toggle: the line is re-priced, the customer stays
  await page.getByRole('button', { name: 'Switch to wholesale' }).click();
  await notice(page).getByText(/1 line\(s\) re-priced/).waitFor();
  assert.equal(await page.locator('#sale-type').textContent(), 'WHOLESALE');
  assert.match(await page.locator('#total').textContent(), /2\.00/);
  assert.equal(await page.locator('#sale-customer').textContent(), 'Fred Amugi');
  await shot(page, 'wholesale');
  await page.getByRole('button', { name: 'Switch to retail' }).click();
  await page.locator('#sale-type').getByText('RETAIL').waitFor();
  assert.match(await page.locator('#total').textContent(), /2\.40/);

  // credit for the named customer: nothing paid, all on account; the receipt names the customer
  await page.keyboard.press('F9');
  await page.getByLabel('Credit (named customer)', { exact: true }).check();
  await page.getByText(/On the customer's account:\s*\$2\.40/).waitFor();
  await page.getByRole('button', { name: 'Complete sale' }).click();
  const receipt = page.getByRole('article', { name: 'Receipt' });
  await receipt.getByText('Customer: Fred Amugi').waitFor();
  assert.match(await receipt.textContent(), /Due on account\$2\.40/);
  assert.match(await receipt.textContent(), /StatusPENDING/);
  // the dropdown is disabled on the completed sale
  assert.equal(await page.getByLabel('Customer:', { exact: true }).isDisabled(), true);
  await shot(page, 'credit-sale');
  const fred = await call('GET', `/sales/api/customers/${s.fred.id}/`, s.owner);
  assert.equal(fred.outstanding_balance, '2.40');
  await page.context().close();
});

await scenario('card, mobile and split payments; credit refused for the walk-in customer', async () => {
  const page = await newTill();
  await loginAs(page, s.cashier);
  const sell = async (method, fill) => {
    await scan(page, s.products['Rice 1kg'].barcode);
    await cartRow(page, 'Rice 1kg').waitFor();
    await page.keyboard.press('F9');
    await page.getByLabel(method, { exact: true }).check();
    if (fill) await fill();
    await page.getByRole('button', { name: 'Complete sale' }).click();
    await page.getByRole('heading', { name: /Sale complete/ }).waitFor();
    const text = await page.getByRole('article', { name: 'Receipt' }).textContent();
    await page.getByRole('button', { name: /New sale/ }).click();
    await page.getByText('The cart is empty').waitFor();
    return text;
  };
  assert.match(await sell('Card', () => page.getByLabel('Reference (optional)', { exact: true }).fill('AUTH-1')), /Paid \(CARD\)\$2\.40/);
  assert.match(await sell('Mobile money'), /Paid \(MOBILE\)\$2\.40/);
  const split = await sell('Split', async () => {
    await page.getByLabel('Cash part', { exact: true }).fill('1.00');
    await page.getByLabel('Card part', { exact: true }).fill('1.40');
    await page.getByText(/Still to pay:\s*\$0\.00/).waitFor();
    await shot(page, 'checkout-split');
  });
  assert.match(split, /Paid \(CASH\)\$1\.00/);
  assert.match(split, /Paid \(CARD\)\$1\.40/);
  const types = (await s.sales('&status=COMPLETED')).map((x) => x.payment_type);
  for (const t of ['CARD', 'MOBILE', 'MIXED']) assert.ok(types.includes(t), `a ${t} sale was recorded`);

  // credit needs a named customer: the server's sentence is shown and the sale stays a draft
  await scan(page, s.products['Rice 1kg'].barcode);
  await cartRow(page, 'Rice 1kg').waitFor();
  await page.keyboard.press('F9');
  await page.getByLabel('Credit (named customer)', { exact: true }).check();
  await page.getByRole('button', { name: 'Complete sale' }).click();
  await alert(page).locator('#problem-text').filter({ hasText: /\S/ }).waitFor();
  assert.equal(await page.locator('#sale-status').textContent(), 'DRAFT');
  await shot(page, 'credit-refused');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Products' }).waitFor();
  await page.context().close();
});

await scenario('abandon releases the holds', async () => {
  const page = await newTill();
  await loginAs(page, s.cashier);
  const free = (await s.inventory('Rice 1kg')).unreserved_quantity;
  await page.getByLabel('Quantity', { exact: true }).first().fill('4');
  // typed search, then the arrow key to the product's Add button and Enter: still no mouse
  await page.keyboard.press('F2');
  await page.keyboard.type('rice');
  await eventually(async () => assert.deepEqual(
    await page.locator('#products-table tbody tr td:first-child').allTextContents(), ['Rice 1kg']), 'the search');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Add Rice 1kg');
  await page.keyboard.press('Enter');
  await cartRow(page, 'Rice 1kg').waitFor();
  await assertAvailable(page, 'Rice 1kg', free - 4);
  await page.getByRole('button', { name: 'Abandon sale' }).click();
  const dialog = page.getByRole('dialog', { name: 'Abandon sale?' });
  await shot(page, 'abandon-confirm');
  await dialog.getByRole('button', { name: 'Abandon sale' }).click();
  await notice(page).getByText('Sale abandoned: 1 hold(s) released (4 units).').waitFor();
  assert.equal(await page.getByText('The cart is empty').isVisible(), true);
  await assertAvailable(page, 'Rice 1kg', free);
  assert.ok((await s.sales('&status=CANCELLED')).length >= 1);
  await page.context().close();
});

await scenario('two tabs, the last unit: the second sees INSUFFICIENT_STOCK and who holds it', async () => {
  const first = await newTill();
  await loginAs(first, { email: s.ownerEmail, password: s.ownerPassword });
  const second = await newTill();
  await loginAs(second, s.cashier);
  await scan(first, s.products['Bread Loaf'].barcode);
  await cartRow(first, 'Bread Loaf').waitFor();
  await scan(second, s.products['Bread Loaf'].barcode);
  await alert(second).getByText('Unable to add item due to stock restrictions.').waitFor();
  await alert(second).getByText('available 0, requested 1').waitFor();
  await alert(second).getByRole('listitem').filter({ hasText: /^1 held by (Olivia Owner|a cashier) for Walk-in Customer, until / }).waitFor();
  assert.equal(await cartRow(second, 'Bread Loaf').count(), 0);
  await shot(second, 'two-tabs-last-unit');
  // the first tab abandons; the second can sell it now
  await first.getByRole('button', { name: 'Abandon sale' }).click();
  await first.getByRole('dialog').getByRole('button', { name: 'Abandon sale' }).click();
  await notice(first).getByText(/Sale abandoned/).waitFor();
  await scan(second, s.products['Bread Loaf'].barcode);
  await cartRow(second, 'Bread Loaf').waitFor();
  await second.getByRole('button', { name: 'Abandon sale' }).click();
  await second.getByRole('dialog').getByRole('button', { name: 'Abandon sale' }).click();
  await notice(second).getByText(/Sale abandoned/).waitFor();
  await first.context().close();
  await second.context().close();
});

await scenario('edits made elsewhere: If-Match gets 412 and the cart reloads; a sale closed elsewhere offers a new one', async () => {
  const page = await newTill();
  await loginAs(page, s.cashier);
  await scan(page, s.products['Rice 1kg'].barcode);
  await cartRow(page, 'Rice 1kg').waitFor();
  const saleId = await page.evaluate(() => sessionStorage.getItem('salescore.sale'));
  const sale = await call('GET', `/sales/api/sales/${saleId}/`, s.owner);
  // another device adds a line to the same sale
  await call('POST', `/sales/api/sales/${saleId}/add_item/`, s.owner, { product: s.products['Cola 500ml'].id, quantity: 1 });
  const sent = [];
  page.on('request', (r) => { if (r.url().includes('/sale-items/')) sent.push(r.headers()['if-match']); });
  await page.getByLabel('Quantity of Rice 1kg', { exact: true }).fill('2');
  await page.getByLabel('Quantity of Rice 1kg', { exact: true }).press('Enter');
  await alert(page).getByText('This sale was changed on another till or tab: the cart has been reloaded.', { exact: false }).waitFor();
  assert.deepEqual(sent, [`"${sale.version}"`], 'the edit carried If-Match with the version the till had seen');
  await cartRow(page, 'Cola 500ml').waitFor();
  assert.equal(await page.getByLabel('Quantity of Rice 1kg', { exact: true }).inputValue(), '1', 'nothing changed on the 412');
  await shot(page, 'precondition-failed');
  // the retry, now with the current version, works
  await page.getByLabel('Quantity of Rice 1kg', { exact: true }).fill('2');
  await page.getByLabel('Quantity of Rice 1kg', { exact: true }).press('Enter');
  await notice(page).getByText('Rice 1kg: quantity 2.').waitFor();
  // the sale is abandoned on another device: the till says so and starts a new sale on request
  await call('POST', `/sales/api/sales/${saleId}/abandon/`, s.owner, {});
  await scan(page, s.products['Cola 500ml'].barcode);
  await page.locator('#expired').getByText('This sale is now CANCELLED').waitFor();
  assert.equal(await page.locator('#sale-status').textContent(), 'CANCELLED');
  assert.equal(await page.getByRole('button', { name: 'Checkout' }).isDisabled(), true);
  await shot(page, 'sale-closed-elsewhere');
  await page.getByRole('button', { name: 'Reload cart' }).click();
  await notice(page).getByText('That sale is CANCELLED; a new sale is started.').waitFor();
  await page.getByText('The cart is empty').waitFor();
  assert.notEqual(await page.evaluate(() => sessionStorage.getItem('salescore.sale')), saleId);
  await page.context().close();
});

await scenario('a network failure during checkout is retried with the same Idempotency-Key: one sale', async () => {
  const page = await newTill();
  await loginAs(page, s.cashier);
  await scan(page, s.products['Cola 500ml'].barcode);
  await cartRow(page, 'Cola 500ml').waitFor();
  const saleId = await page.evaluate(() => sessionStorage.getItem('salescore.sale'));
  const before = (await s.inventory('Cola 500ml')).quantity;
  const keys = [];
  let lost = false;
  await page.route('**/complete/', async (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    if (!lost) {
      lost = true;
      await route.fetch();           // the server completes the sale...
      await route.abort('failed');   // ...and the answer never reaches the till
    } else {
      await route.continue();
    }
  });
  const replayed = page.waitForResponse((r) => r.url().includes('/complete/'));
  await page.keyboard.press('F9');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Sale complete/ }).waitFor();
  assert.equal((await replayed).headers()['idempotent-replayed'], 'true', 'the retry got the stored answer');
  assert.equal(keys.length, 2);
  assert.ok(keys[0] && keys[0] === keys[1], 'the retry reused the Idempotency-Key');
  const sale = await call('GET', `/sales/api/sales/${saleId}/`, s.owner);
  assert.equal(sale.status, 'COMPLETED');
  assert.equal(sale.payments.length, 1, 'paid once');
  assert.equal((await s.inventory('Cola 500ml')).quantity, before - 1, 'stock taken once');
  await shot(page, 'network-failure-retried');
  await page.context().close();
});

await scenario('a hold expires under an open cart: the countdown runs out and the till prompts a reload', async () => {
  const page = await newTill({ clock: true });
  await loginAs(page, s.cashier);
  await scan(page, s.products['Rice 1kg'].barcode);
  await cartRow(page, 'Rice 1kg').waitFor();
  const hold = cartRow(page, 'Rice 1kg').locator('td.hold');
  await eventually(async () => assert.match(await hold.textContent(), /held (29|30):\d\d/), 'countdown');
  await page.clock.runFor(60_000);
  await eventually(async () => assert.match(await hold.textContent(), /held (28|29):\d\d/), 'countdown after a minute');
  await advanceServerClock('PT31M');
  await page.clock.runFor(30 * 60_000);
  const prompt = page.locator('#expired');
  await eventually(async () => assert.match(await prompt.textContent(), /The hold on Rice 1kg has expired/), 'the reload prompt');
  await shot(page, 'hold-expired');
  await page.getByRole('button', { name: 'Reload cart' }).click();
  await notice(page).getByText('Cart reloaded.').waitFor();
  assert.equal(await hold.textContent(), 'not held');
  // checkout reserves it again when the stock is still there
  await page.keyboard.press('F9');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Sale complete/ }).waitFor();
  await page.context().close();
});

await scenario('readable on a 10" tablet (1280x800) and logs out', async () => {
  const page = await newTill({ width: 1280, height: 800 });
  await loginAs(page, s.cashier, 'Airport Kiosk');
  await shot(page, 'tablet');
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('salescore.token')), null);
  await page.context().close();
});

await browser.close();
stdin.close();
for (const p of problems) console.log(`page problem: ${p}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} of ${results.length} scenarios passed; screenshots in ${SHOTS}`);
process.exit(failed || problems.length ? 1 : 0);
