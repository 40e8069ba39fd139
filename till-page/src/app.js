// The reference till: seed 004's integration blueprint and seed 000's customer selector, on the public API only.
// Plain DOM code, one module per concern: api.js (HTTP habits), money.js (cents), this file (the screens).
import { Api, ApiError, NetworkError, listItems, newIdempotencyKey } from './api.js';
import { money, qty, setCurrency, toCents, fromCents } from './money.js';

const api = new Api();
const $ = (id) => document.getElementById(id);
const STOREFRONT_KEY = 'salescore.storefront';
const SALE_KEY = 'salescore.sale';
const POLL_MS = 30_000;

const state = {
  me: null,
  storefronts: [],
  storefront: null,
  customers: [],
  sale: null,            // the current sale as the server last answered it
  version: null,         // its version (the ETag), sent as If-Match on every edit
  serverOffset: 0,       // server clock minus this device's clock, in ms (hold countdowns use the server's time)
  updatingCustomer: false,
  expiredNoticeFor: '',  // line ids already reported as expired
  checkoutKey: null,     // {body, key}: a repeated Complete with the same payments reuses its Idempotency-Key
};

// ---------------------------------------------------------------- messages

function notify(text) {
  $('notice').textContent = text;
}

function clearProblem() {
  $('problem').hidden = true;
  $('problem-text').textContent = '';
  $('problem-detail').textContent = '';
  $('problem-holders').replaceChildren();
}

function showProblem(text, detail = '') {
  $('problem-text').textContent = text;
  $('problem-detail').textContent = detail;
  $('problem-holders').replaceChildren();
  $('problem').hidden = false;
}

/** An error of any action, shown to the cashier: the API's `error` sentence, else a network message. */
function showError(e) {
  if (e instanceof ApiError) {
    const b = e.body;
    showProblem(b.error || b.detail || `The server answered ${e.status}.`, b.message || '');
  } else if (e instanceof NetworkError) {
    showProblem(e.message);
  } else {
    console.error(e);
    showProblem('Something went wrong on this page. Reload it to go on.', String(e && e.message || e));
  }
}

function confirmDialog({ title, message, yes, no }) {
  const dialog = $('confirm-dialog');
  $('confirm-title').textContent = title;
  $('confirm-message').textContent = message;
  $('confirm-yes').textContent = yes;
  $('confirm-no').textContent = no;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    dialog.returnValue = 'no';
    dialog.showModal();
    $('confirm-yes').focus();
  });
}

// ---------------------------------------------------------------- screens

function show(view) {
  for (const id of ['login-view', 'storefront-view', 'till-view']) $(id).hidden = id !== view;
  const loggedIn = view !== 'login-view';
  $('logout').hidden = !loggedIn;
  $('who').hidden = !loggedIn;
}

function showLeft(panel) {
  for (const id of ['products-view', 'checkout-view', 'receipt-view']) $(id).hidden = id !== panel;
}

// ---------------------------------------------------------------- log in, storefront

async function boot() {
  if (!api.token) return showLogin();
  try {
    state.me = await api.get('/accounts/api/me/');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      api.token = null;
      return showLogin();
    }
    showError(e);
    return showLogin();
  }
  await afterLogin();
}

function showLogin() {
  show('login-view');
  $('login-email').focus();
}

async function login(event) {
  event.preventDefault();
  clearProblem();
  try {
    const { body } = await api.request('POST', '/accounts/api/auth/login/', {
      auth: false, body: { email: $('login-email').value.trim(), password: $('login-password').value },
    });
    api.token = body.token;
    state.me = body;
    $('login-password').value = '';
    await afterLogin();
  } catch (e) {
    showError(e);
    $('login-password').select();
  }
}

async function afterLogin() {
  setCurrency(state.me.business.currency);
  state.storefronts = await api.list('/inventory/api/storefronts/?page_size=200');
  const stored = sessionStorage.getItem(STOREFRONT_KEY);
  const known = state.storefronts.find((s) => s.id === stored);
  if (known) return startTill(known);
  const select = $('storefront-select');
  select.replaceChildren(...state.storefronts.map((s) => new Option(s.name, s.id)));
  show('storefront-view');
  renderWho();
  if (state.storefronts.length === 0) {
    showProblem('You are not assigned to any storefront. Ask the owner to assign you one.');
    return;
  }
  select.focus();
}

function pickStorefront(event) {
  event.preventDefault();
  const storefront = state.storefronts.find((s) => s.id === $('storefront-select').value);
  if (storefront) startTill(storefront).catch(showError);
}

function renderWho() {
  const parts = [state.me.user.name, state.me.business.name];
  if (state.storefront) parts.push(state.storefront.name);
  $('who').textContent = parts.join(' · ');
}

async function logout() {
  try {
    await api.request('POST', '/accounts/api/auth/logout/');
  } catch { /* the token is forgotten here whatever the server says */ }
  api.token = null;
  sessionStorage.removeItem(STOREFRONT_KEY);
  sessionStorage.removeItem(SALE_KEY);
  state.sale = null;
  state.storefront = null;
  notify('Logged out.');
  showLogin();
}

// ---------------------------------------------------------------- the till

async function startTill(storefront) {
  state.storefront = storefront;
  sessionStorage.setItem(STOREFRONT_KEY, storefront.id);
  renderWho();
  show('till-view');
  showLeft('products-view');
  state.customers = await api.list('/sales/api/customers/?page_size=200');
  renderCustomerOptions();
  await restoreOrStartSale();
  await searchProducts('');
  $('scan').focus();
}

/** Seed 004 step 1: the sale id is kept (here in sessionStorage) so a reload restores the cart. */
async function restoreOrStartSale() {
  const id = sessionStorage.getItem(SALE_KEY);
  if (id) {
    try {
      const { body, version } = await api.request('GET', `/sales/api/sales/${id}/`);
      if (body.status === 'DRAFT' && body.storefront === state.storefront.id) {
        setSale(body, version);
        return;
      }
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
  }
  await newSale();
}

async function newSale() {
  const { body, version } = await api.request('POST', '/sales/api/sales/', {
    body: { storefront: state.storefront.id, type: 'RETAIL' },
  });
  noteServerTime(body.created_at);
  setSale(body, version);
}

function setSale(sale, version) {
  state.sale = sale;
  state.version = version ?? sale.version;
  if (sale.status === 'DRAFT') sessionStorage.setItem(SALE_KEY, sale.id);
  renderSale();
}

async function reloadSale() {
  const { body, version } = await api.request('GET', `/sales/api/sales/${state.sale.id}/`);
  setSale(body, version);
  return body;
}

/** A server timestamp of something that just happened: how far the server's clock is from ours. */
function noteServerTime(iso) {
  const t = Date.parse(iso);
  if (!Number.isNaN(t)) state.serverOffset = t - Date.now();
}

const serverNow = () => Date.now() + state.serverOffset;

/**
 * Every edit of the sale goes through here: it sends If-Match with the version last seen and, when someone else
 * changed the sale meanwhile (412), reloads the cart and says so. Any other error is shown as the API worded it.
 */
async function editSale(action) {
  clearProblem();
  try {
    return await action(state.version);
  } catch (e) {
    if (e instanceof ApiError && e.status === 412) {
      promptIfClosed(await reloadSale());
      showProblem('This sale was changed on another till or tab: the cart has been reloaded. Check it and try again.');
      return null;
    }
    if (e instanceof ApiError && e.code === 'INVALID_SALE_STATUS') {
      promptIfClosed(await reloadSale());
    }
    throw e;
  }
}

/** Seed 004: a sale completed or abandoned on another till cannot be edited here: say so, offer a new one. */
function promptIfClosed(sale) {
  if (sale.status === 'DRAFT') return;
  $('expired-text').textContent = `This sale is now ${sale.status} (changed on another till or tab). `
    + 'Reload the cart to start a new sale.';
  $('expired').hidden = false;
}

// ---------------------------------------------------------------- products

let searchTimer = null;

async function searchProducts(term) {
  const path = `/inventory/api/storefronts/${state.storefront.id}/inventory/?page_size=50`
    + (term ? `&search=${encodeURIComponent(term)}` : '');
  const lines = await api.list(path);
  renderProducts(lines);
  return lines;
}

function renderProducts(lines) {
  const rows = lines.map((line) => {
    const tr = document.createElement('tr');
    const price = line.retail_price;
    tr.append(cell(line.product_name), cell(line.sku), cell(price == null ? '—' : money(price), 'num'),
      cell(qty(line.unreserved_quantity), 'num'));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Add';
    button.setAttribute('aria-label', `Add ${line.product_name}`);
    button.addEventListener('click', () => addToCart(line).catch(showError));
    const td = document.createElement('td');
    td.append(button);
    tr.append(td);
    return tr;
  });
  $('products-table').tBodies[0].replaceChildren(...rows);
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/** A scanner types the code and presses Enter: an exact barcode adds at once, anything else searches. */
async function scanned(event) {
  event.preventDefault();
  const code = $('scan').value.trim();
  if (!code) return;
  clearTimeout(searchTimer);
  clearProblem();
  try {
    const exact = await api.list(`/inventory/api/storefronts/${state.storefront.id}/inventory/?barcode=${encodeURIComponent(code)}`);
    if (exact.length === 1) {
      await addToCart(exact[0]);
      $('scan').value = '';
      return;
    }
    const found = await searchProducts(code);
    if (found.length === 0) showProblem(`No product matches "${code}".`);
    else if (found.length === 1) {
      await addToCart(found[0]);
      $('scan').value = '';
    }
  } catch (e) {
    showError(e);
  }
}

function quantityToAdd() {
  const text = $('add-quantity').value.trim() || '1';
  if (!/^\d+(\.\d{1,2})?$/.test(text) || Number(text) <= 0) {
    throw new RangeError('quantity');
  }
  return text;
}

/** Seed 004 step 3: add_item reserves the stock; INSUFFICIENT_STOCK shows the error and who holds the stock. */
async function addToCart(line) {
  let quantity;
  try {
    quantity = quantityToAdd();
  } catch {
    showProblem('Enter a quantity above 0 with at most 2 decimals.');
    $('add-quantity').focus();
    return;
  }
  try {
    const result = await editSale((version) => api.request('POST', `/sales/api/sales/${state.sale.id}/add_item/`, {
      body: { product: line.product, quantity }, ifMatch: version,
    }));
    if (!result) return;
    noteServerTime(result.body.created_at);
    await reloadSale();
    notify(`Added ${qty(quantity)} × ${line.product_name}.`);
    $('add-quantity').value = '1';
  } catch (e) {
    if (e instanceof ApiError && e.code === 'INSUFFICIENT_STOCK') {
      await showHolders(e.body, line.product, line.product_name);
    } else {
      throw e;
    }
  } finally {
    await searchProducts($('scan').value.trim()).catch(() => {});
  }
}

async function showHolders(body, productId, productName) {
  const d = body.details || {};
  showProblem(body.error, `${productName}: available ${qty(d.available)}, requested ${qty(d.requested)}.`);
  try {
    const availability = await api.get(
      `/inventory/api/storefronts/${state.storefront.id}/stock-products/${productId}/availability/`);
    const items = (availability.reservations || []).map((r) => {
      const li = document.createElement('li');
      const mine = r.sale_id === state.sale.id ? ' (this sale)' : '';
      const until = new Date(Date.parse(r.expires_at) - state.serverOffset).toLocaleTimeString();
      li.textContent = `${qty(r.quantity)} held by ${r.user_name || 'a cashier'} for ${r.customer_name || 'a customer'}`
        + `${mine}, until ${until}`;
      return li;
    });
    $('problem-holders').replaceChildren(...items);
  } catch { /* the error itself is already shown */ }
}

// ---------------------------------------------------------------- cart

function renderSale() {
  const sale = state.sale;
  const draft = sale.status === 'DRAFT';
  $('sale-customer').textContent = sale.customer_name || 'Not selected';
  $('sale-type').textContent = sale.type;
  $('sale-status').textContent = sale.status;
  renderCustomerSelector();
  const rows = sale.line_items.map((line) => lineRow(line, draft));
  $('cart-table').tBodies[0].replaceChildren(...rows);
  $('cart-empty').hidden = rows.length > 0;
  $('subtotal').textContent = money(sale.subtotal);
  $('total').textContent = money(sale.total_amount);
  $('toggle-type').textContent = sale.type === 'WHOLESALE' ? 'Switch to retail' : 'Switch to wholesale';
  $('toggle-type').disabled = !draft;
  $('checkout').disabled = !draft || rows.length === 0;
  $('abandon').disabled = !draft;
  tick();
}

function lineRow(line, draft) {
  const tr = document.createElement('tr');
  tr.dataset.line = line.id;
  const name = cell(line.product_name);
  const qtyCell = document.createElement('td');
  qtyCell.className = 'num';
  const input = document.createElement('input');
  input.type = 'text';
  input.inputMode = 'decimal';
  input.className = 'num short';
  input.value = qty(line.quantity);
  input.disabled = !draft;
  input.setAttribute('aria-label', `Quantity of ${line.product_name}`);
  input.addEventListener('change', () => changeQuantity(line, input.value.trim()).catch(showError));
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') input.blur(); });
  qtyCell.append(input);
  const hold = cell('', 'hold');
  hold.dataset.expires = line.reservation ? line.reservation.expires_at : '';
  hold.dataset.status = line.reservation ? line.reservation.status : 'NONE';
  const removeCell = document.createElement('td');
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = '✕';
  remove.disabled = !draft;
  remove.setAttribute('aria-label', `Remove ${line.product_name}`);
  remove.addEventListener('click', () => removeLine(line).catch(showError));
  removeCell.append(remove);
  tr.append(name, qtyCell, cell(money(line.unit_price), 'num'), cell(money(line.total_price), 'num'), hold, removeCell);
  return tr;
}

/** Seed 004 step 4: a PATCH moves the hold with the quantity (raising needs stock, lowering frees it at once). */
async function changeQuantity(line, text) {
  if (!/^\d+(\.\d{1,2})?$/.test(text) || Number(text) <= 0) {
    showProblem('Enter a quantity above 0 with at most 2 decimals, or remove the line.');
    renderSale();
    return;
  }
  try {
    const result = await editSale((version) => api.request('PATCH', `/sales/api/sale-items/${line.id}/`, {
      body: { quantity: text }, ifMatch: version,
    }));
    if (!result) return;
    noteServerTime(result.body.updated_at);
    await reloadSale();
    notify(`${line.product_name}: quantity ${qty(text)}.`);
  } catch (e) {
    renderSale();
    if (e instanceof ApiError && e.code === 'INSUFFICIENT_STOCK') {
      await showHolders(e.body, line.product, line.product_name);
    } else {
      throw e;
    }
  } finally {
    await searchProducts($('scan').value.trim()).catch(() => {});
  }
}

async function removeLine(line) {
  const result = await editSale((version) => api.request('DELETE', `/sales/api/sale-items/${line.id}/`, { ifMatch: version }));
  if (!result) return;
  await reloadSale();
  notify(`Removed ${line.product_name}; its hold is released.`);
  await searchProducts($('scan').value.trim()).catch(() => {});
  $('scan').focus();
}

/** Seed 000's "works with the wholesale/retail toggle": lines priced from a batch are re-priced by the server. */
async function toggleType() {
  const type = state.sale.type === 'WHOLESALE' ? 'RETAIL' : 'WHOLESALE';
  const result = await editSale((version) => api.request('POST', `/sales/api/sales/${state.sale.id}/toggle_sale_type/`, {
    body: { type }, ifMatch: version,
  }));
  if (!result) return;
  setSale(result.body.sale, result.version);
  const changed = (result.body.updated_items || []).length;
  notify(`${result.body.message || `Sale type is now ${type}.`} ${changed} line(s) re-priced.`);
}

// ---------------------------------------------------------------- holds: countdowns and expiry

/** Seed 004 step 7: a countdown to each line's expires_at; when one runs out, ask the server and prompt a reload. */
function tick() {
  if (!state.sale) return;
  let due = false;
  for (const td of document.querySelectorAll('#cart-table td.hold')) {
    const status = td.dataset.status;
    if (status === 'ACTIVE' && td.dataset.expires) {
      const left = Math.floor((Date.parse(td.dataset.expires) - serverNow()) / 1000);
      if (left <= 0) {
        td.textContent = 'expiring…';
        due = true;
      } else {
        td.textContent = `held ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
      }
    } else if (status === 'EXPIRED' || status === 'RELEASED') {
      td.textContent = 'not held';
    } else if (status === 'COMMITTED') {
      td.textContent = 'sold';
    } else {
      td.textContent = '';
    }
  }
  if (due) checkHolds().catch(() => {});
}

let checking = false;

async function checkHolds() {
  if (checking || !state.sale || state.sale.status !== 'DRAFT') return;
  checking = true;
  try {
    const { body } = await api.request('GET', `/sales/api/sales/${state.sale.id}/`);
    const lost = body.line_items.filter((l) => l.reservation && l.reservation.status !== 'ACTIVE');
    const key = lost.map((l) => l.id).sort().join(',');
    if (body.version !== state.version || body.status !== state.sale.status) {
      $('expired-text').textContent = body.status === 'DRAFT'
        ? 'This sale was changed elsewhere.' : `This sale is now ${body.status}.`;
      $('expired').hidden = false;
    }
    if (lost.length > 0 && key !== state.expiredNoticeFor) {
      state.expiredNoticeFor = key;
      const names = lost.map((l) => l.product_name).join(', ');
      $('expired-text').textContent = `The hold on ${names} has expired: that stock is no longer kept for this sale. `
        + 'Reload the cart; checkout reserves it again if it is still there.';
      $('expired').hidden = false;
      for (const td of document.querySelectorAll('#cart-table td.hold')) {
        if (lost.some((l) => l.id === td.parentElement.dataset.line)) td.dataset.status = 'EXPIRED';
      }
      tick();
      await searchProducts($('scan').value.trim()).catch(() => {}); // the expired stock is free again
    }
  } finally {
    checking = false;
  }
}

async function reloadCart() {
  $('expired').hidden = true;
  clearProblem();
  const sale = await reloadSale();
  if (sale.status !== 'DRAFT') {
    notify(`That sale is ${sale.status}; a new sale is started.`);
    await newSale();
  } else {
    notify('Cart reloaded.');
  }
  await searchProducts($('scan').value.trim()).catch(() => {});
  $('scan').focus();
}

// ---------------------------------------------------------------- seed 000: the customer selector

function renderCustomerOptions() {
  const active = state.customers.filter((c) => c.is_active !== false);
  const walkIn = active.filter((c) => c.is_walk_in);
  const options = [...walkIn, ...active.filter((c) => !c.is_walk_in)]
    .map((c) => new Option(`${c.name} (${c.customer_type})`, c.id));
  $('customer-select').replaceChildren(new Option('Select Customer', ''), ...options);
}

function renderCustomerSelector() {
  const sale = state.sale;
  const select = $('customer-select');
  if (!state.updatingCustomer) select.value = (sale && sale.customer) || '';
  select.disabled = !sale || sale.status !== 'DRAFT' || state.updatingCustomer;
  $('customer-selector').classList.toggle('editable', !select.disabled);
  $('customer-selector').classList.toggle('locked', !sale || sale.status !== 'DRAFT');
  $('customer-selector').classList.toggle('loading', state.updatingCustomer);
  $('customer-loading').hidden = !state.updatingCustomer;
}

/** The seed's handleCustomerUpdateError: the messages a cashier reads, by what went wrong. */
function customerErrorMessage(e) {
  const body = e instanceof ApiError ? e.body : {};
  if (body.current_status === 'COMPLETED') return 'Sale is already completed. Customer cannot be changed.';
  if (body.error && body.error.includes('not found')) return 'Customer not found or does not belong to your business';
  if (body.error && body.error.includes('required')) return 'Please select a customer';
  if (body.error) return body.error;
  return 'Failed to update customer. Please try again.';
}

async function customerChanged() {
  const select = $('customer-select');
  const customerId = select.value;
  const sale = state.sale;
  if (!sale) {
    showProblem('No active sale');
    return;
  }
  if (sale.status !== 'DRAFT') {
    showProblem('Cannot change customer on completed sale');
    renderCustomerSelector();
    return;
  }
  // The seed's "Confirmation for Changes": a cart with items asks before its customer changes.
  if (sale.customer && sale.line_items.length > 0 && customerId) {
    const name = state.customers.find((c) => c.id === customerId)?.name || 'the selected customer';
    const confirmed = await confirmDialog({
      title: 'Change Customer?',
      message: `This sale already has items. Change customer from "${sale.customer_name}" to "${name}"?`,
      yes: 'Change Customer', no: 'Keep Current',
    });
    if (!confirmed) {
      renderCustomerSelector();
      select.focus();
      return;
    }
  }
  state.updatingCustomer = true;
  renderCustomerSelector();
  clearProblem();
  try {
    const { body, version } = await api.request('PATCH', `/sales/api/sales/${sale.id}/update_customer/`, {
      body: { customer: customerId }, ifMatch: state.version,
    });
    state.updatingCustomer = false;
    if (body.sale.updated_at) noteServerTime(body.sale.updated_at);
    setSale(body.sale, version);
    notify(body.message);
  } catch (e) {
    state.updatingCustomer = false;
    if (e instanceof ApiError && e.status === 412) {
      await reloadSale().catch(() => {});
      showProblem('This sale was changed on another till or tab: the cart has been reloaded. Check it and try again.');
    } else {
      showProblem(customerErrorMessage(e));
      renderCustomerSelector(); // revert the selection to the sale's customer
    }
  } finally {
    state.updatingCustomer = false;
    renderCustomerSelector();
    select.focus();
  }
}

// ---------------------------------------------------------------- checkout

function method() {
  return document.querySelector('input[name="method"]:checked').value;
}

function openCheckout() {
  if (!state.sale || state.sale.status !== 'DRAFT' || state.sale.line_items.length === 0) return;
  clearProblem();
  notify('');
  state.checkoutKey = null;
  $('checkout-total').textContent = money(state.sale.total_amount);
  for (const id of ['cash-tendered', 'reference', 'split-cash', 'split-card', 'split-mobile', 'deposit']) $(id).value = '';
  document.querySelector('input[name="method"][value="CASH"]').checked = true;
  showLeft('checkout-view');
  methodChanged();
  $('cash-tendered').focus();
}

function closeCheckout() {
  showLeft('products-view');
  $('scan').focus();
}

function methodChanged() {
  const m = method();
  for (const div of document.querySelectorAll('#checkout-form [data-for]')) {
    div.hidden = !div.dataset.for.split(' ').includes(m);
  }
  updateCheckoutFigures();
}

function updateCheckoutFigures() {
  const total = toCents(state.sale.total_amount);
  const tendered = toCents($('cash-tendered').value || state.sale.total_amount);
  $('change').textContent = tendered === null ? '—' : money(Math.max(0, tendered - total));
  const parts = ['split-cash', 'split-card', 'split-mobile'].map((id) => toCents($(id).value || '0') ?? 0);
  const paid = parts.reduce((a, b) => a + b, 0);
  $('split-left').textContent = paid >= total ? `${money(0)} (change ${money(paid - total)})` : money(total - paid);
  const deposit = toCents($('deposit').value || '0') ?? 0;
  $('on-account').textContent = money(Math.max(0, total - deposit));
}

function amountOf(id, fallback) {
  const text = $(id).value.trim() || fallback;
  if (!text) return null;
  const cents = toCents(text);
  if (cents === null || cents < 0) throw new RangeError(id);
  return cents;
}

function paymentBody() {
  const m = method();
  const total = toCents(state.sale.total_amount);
  const pay = (cents, paymentMethod, reference) => {
    const p = { amount_paid: fromCents(cents), payment_method: paymentMethod };
    if (reference) p.reference = reference;
    return p;
  };
  if (m === 'CASH') {
    const tendered = amountOf('cash-tendered', state.sale.total_amount);
    return { payment_type: 'CASH', payments: [pay(tendered, 'CASH')] };
  }
  if (m === 'CARD' || m === 'MOBILE') {
    return { payment_type: m, payments: [pay(total, m, $('reference').value.trim())] };
  }
  if (m === 'MIXED') {
    const payments = [['split-cash', 'CASH'], ['split-card', 'CARD'], ['split-mobile', 'MOBILE']]
      .map(([id, pm]) => [amountOf(id, ''), pm]).filter(([cents]) => cents).map(([cents, pm]) => pay(cents, pm));
    return { payment_type: 'MIXED', payments };
  }
  const deposit = amountOf('deposit', '');
  return { payment_type: 'CREDIT', payments: deposit ? [pay(deposit, 'CASH')] : [] };
}

/** Seed 004 step 6. A network failure is retried with the same Idempotency-Key: the sale completes once. */
async function complete(event) {
  event.preventDefault();
  clearProblem();
  let body;
  try {
    body = paymentBody();
  } catch {
    showProblem('Enter amounts as numbers with at most 2 decimals, for example 12.50.');
    return;
  }
  const json = JSON.stringify(body);
  if (!state.checkoutKey || state.checkoutKey.body !== json) state.checkoutKey = { body: json, key: newIdempotencyKey() };
  $('complete').disabled = true;
  try {
    const result = await editSale((version) => api.request('POST', `/sales/api/sales/${state.sale.id}/complete/`, {
      body, ifMatch: version, key: state.checkoutKey.key,
    }));
    if (!result) {
      closeCheckout();
      return;
    }
    sessionStorage.removeItem(SALE_KEY);
    setSale(result.body, result.version);
    await showReceipt(result.body);
  } catch (e) {
    showError(e);
    if (e instanceof ApiError && e.code === 'INSUFFICIENT_STOCK') {
      await reloadSale().catch(() => {});
    }
  } finally {
    $('complete').disabled = false;
  }
}

// ---------------------------------------------------------------- receipt

async function showReceipt(sale) {
  const receipt = await api.get(`/sales/api/sales/${sale.id}/receipt/?format=json`);
  const box = $('receipt');
  const line = (label, value, className = '') => {
    const p = document.createElement('p');
    p.className = `row ${className}`;
    const a = document.createElement('span');
    a.textContent = label;
    const b = document.createElement('span');
    b.className = 'num';
    b.textContent = value;
    p.append(a, b);
    return p;
  };
  const head = document.createElement('header');
  const title = document.createElement('h3');
  title.textContent = receipt.business.name;
  const sub = document.createElement('p');
  sub.textContent = `${receipt.storefront.name} · Receipt ${receipt.receipt_number}`;
  const meta = document.createElement('p');
  meta.textContent = `${new Date(receipt.completed_at).toLocaleString()} · Cashier: ${receipt.cashier}`
    + ` · Customer: ${receipt.customer ? receipt.customer.name : ''}`;
  head.append(title, sub, meta);
  const lines = receipt.lines.map((l) => line(`${qty(l.quantity)} × ${l.product_name} @ ${money(l.unit_price)}`, money(l.total_price)));
  const payments = (receipt.payments || []).map((p) => line(`Paid (${p.payment_method})`, money(p.amount_paid)));
  box.replaceChildren(head, ...lines, line('Subtotal', money(receipt.subtotal), 'sep'),
    ...(toCents(receipt.discount_amount) ? [line('Discount', money(receipt.discount_amount))] : []),
    ...(toCents(receipt.tax_amount) ? [line('Tax', money(receipt.tax_amount))] : []),
    line('Total', money(receipt.total_amount), 'total'), ...payments,
    line('Change', money(receipt.change_given)),
    ...(toCents(receipt.amount_due) ? [line('Due on account', money(receipt.amount_due), 'total')] : []),
    line('Status', receipt.status));
  const link = $('receipt-link');
  link.hidden = !sale.receipt_url;
  if (sale.receipt_url) link.href = sale.receipt_url;
  $('receipt-title').textContent = `Sale complete: ${receipt.receipt_number}`;
  notify(`Sale ${receipt.receipt_number} complete. Change: ${money(receipt.change_given)}.`);
  showLeft('receipt-view');
  $('new-sale').focus();
}

async function startNextSale() {
  clearProblem();
  $('expired').hidden = true;
  await newSale();
  showLeft('products-view');
  $('scan').value = '';
  await searchProducts('');
  $('scan').focus();
}

// ---------------------------------------------------------------- abandon

/** Seed 004 step 5: abandon frees every hold at once; the freed stock shows in the product list. */
async function abandon() {
  if (!state.sale || state.sale.status !== 'DRAFT') return;
  const confirmed = await confirmDialog({
    title: 'Abandon sale?', message: 'The cart is cancelled and its reserved stock is released.',
    yes: 'Abandon sale', no: 'Keep selling',
  });
  if (!confirmed) return;
  const result = await editSale((version) => api.request('POST', `/sales/api/sales/${state.sale.id}/abandon/`, {
    body: {}, ifMatch: version,
  }));
  if (!result) return;
  sessionStorage.removeItem(SALE_KEY);
  const released = result.body.released;
  await newSale();
  await searchProducts('');
  $('scan').value = '';
  notify(`Sale abandoned: ${released.count} hold(s) released (${qty(released.total_quantity)} units).`);
  $('scan').focus();
}

// ---------------------------------------------------------------- wiring

function onKey(event) {
  if ($('till-view').hidden || $('confirm-dialog').open) return;
  if (event.key === 'F2') {
    event.preventDefault();
    if ($('products-view').hidden && !$('checkout-view').hidden) closeCheckout();
    $('scan').focus();
    $('scan').select();
  } else if (event.key === 'F9') {
    event.preventDefault();
    if (!$('products-view').hidden) openCheckout();
  } else if (event.key === 'Escape' && !$('checkout-view').hidden) {
    event.preventDefault();
    closeCheckout();
  }
}

function wire() {
  $('login-form').addEventListener('submit', login);
  $('storefront-form').addEventListener('submit', pickStorefront);
  $('storefront-select').addEventListener('keydown', (e) => { if (e.key === 'Enter') pickStorefront(e); });
  $('logout').addEventListener('click', logout);
  $('scan-form').addEventListener('submit', (e) => e.preventDefault());
  // A scanner "types" the code and presses Enter.
  $('scan').addEventListener('keydown', (e) => { if (e.key === 'Enter') scanned(e); });
  // Arrow keys move between the scan field and the products' Add buttons (several matches, no mouse).
  $('scan').addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = document.querySelector('#products-table tbody button');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  $('products-table').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...document.querySelectorAll('#products-table tbody button')];
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    e.preventDefault();
    const next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) $('scan').focus();
    else if (next < buttons.length) buttons[next].focus();
  });
  $('add-quantity').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      $('scan').focus();
    }
  });
  $('scan').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => searchProducts($('scan').value.trim()).catch(showError), 250);
  });
  $('customer-select').addEventListener('change', () => customerChanged().catch(showError));
  $('checkout').addEventListener('click', openCheckout);
  $('checkout-back').addEventListener('click', closeCheckout);
  $('checkout-form').addEventListener('submit', (e) => complete(e).catch(showError));
  $('checkout-form').addEventListener('input', updateCheckoutFigures);
  for (const radio of document.querySelectorAll('input[name="method"]')) radio.addEventListener('change', methodChanged);
  $('abandon').addEventListener('click', () => abandon().catch(showError));
  $('toggle-type').addEventListener('click', () => toggleType().catch(showError));
  $('new-sale').addEventListener('click', () => startNextSale().catch(showError));
  $('print').addEventListener('click', () => window.print());
  $('reload-cart').addEventListener('click', () => reloadCart().catch(showError));
  document.addEventListener('keydown', onKey);
  setInterval(tick, 1000);
  setInterval(() => checkHolds().catch(() => {}), POLL_MS);
}

wire();
boot().catch(showError);
