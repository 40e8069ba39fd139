// The till's HTTP client: the only module that talks to the server. It shows the three habits every Sales Core
// frontend needs:
//  - every POST carries an Idempotency-Key and is retried with the same key when the network fails (or the server
//    says the first try is still in flight), so a lost answer never sells twice;
//  - edits of a sale carry If-Match with the version the till last saw; a 412 means someone else changed the sale,
//    and the caller reloads it;
//  - lists are read whether the server answers a bare array or the paged envelope {count, next, previous, results}.

const TOKEN_KEY = 'salescore.token';

/** An error answer of the API, with its body (error, code, developer_message, details, ...). */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.error || body.detail)) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
    this.code = this.body.code || null;
  }
}

/** The network itself failed (no answer) after every retry. */
export class NetworkError extends Error {}

export function newIdempotencyKey() {
  if (globalThis.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/** The items of a list answer: a bare array, or the `results` of the paged envelope. */
export function listItems(body) {
  if (Array.isArray(body)) return body;
  if (body && Array.isArray(body.results)) return body.results;
  return [];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Api {
  constructor({ base = '', retryDelays = [250, 750, 1500, 3000] } = {}) {
    this.base = base;
    this.retryDelays = retryDelays;
  }

  get token() { return sessionStorage.getItem(TOKEN_KEY); }
  set token(value) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  }

  /**
   * One request. `ifMatch` (a version number) adds If-Match; POSTs get an Idempotency-Key (pass `key` to reuse one
   * across a user's own retries). Answers {status, body, etag, version}; throws ApiError on 4xx/5xx and
   * NetworkError when no answer came after the retries.
   */
  async request(method, path, { body, ifMatch, key, auth = true } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && this.token) headers.Authorization = `Token ${this.token}`;
    if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
    const retriable = method === 'GET' || method === 'POST';
    if (method === 'POST') headers['Idempotency-Key'] = key || newIdempotencyKey();
    const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };

    for (let attempt = 0; ; attempt++) {
      let response;
      try {
        response = await fetch(this.base + path, init);
      } catch (e) {
        // No answer: the request may or may not have reached the server. The same Idempotency-Key makes the
        // retry safe (the server replays the stored answer if the first try went through).
        if (retriable && attempt < this.retryDelays.length) {
          await sleep(this.retryDelays[attempt]);
          continue;
        }
        throw new NetworkError('The server cannot be reached. Check the connection and try again.');
      }
      const text = await response.text();
      let parsed = null;
      if (text) {
        try { parsed = JSON.parse(text); } catch { parsed = { error: text }; }
      }
      const inFlight = response.status === 409 && parsed && parsed.code === 'IDEMPOTENCY_KEY_IN_USE';
      const unavailable = response.status === 503;
      if ((inFlight || unavailable) && retriable && attempt < this.retryDelays.length) {
        await sleep(this.retryDelays[attempt]);
        continue;
      }
      const etag = response.headers.get('ETag');
      const version = etag ? Number(etag.replace(/^W\//, '').replace(/"/g, '')) : null;
      if (!response.ok) throw new ApiError(response.status, parsed);
      return { status: response.status, body: parsed, etag, version };
    }
  }

  async get(path) { return (await this.request('GET', path)).body; }

  async list(path) { return listItems(await this.get(path)); }
}
