// Shared by every page: the API client (with the CSRF token), the header and navigation, and
// el(), which builds DOM nodes from text only. No page ever puts data into innerHTML: article
// text and every user field are hostile.

let session = null;

/** Builds an element; strings and numbers become text nodes, never markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || ('HTTP ' + status));
    this.status = status;
    this.body = body;
  }
}

/** Calls the API; changes carry the session's CSRF token. A 401 sends the user to sign in. */
export async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (method !== 'GET') {
    if (session && session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (response.status === 401 && path !== '/api/session') {
    location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Shows a message in the page's status line (read out by screen readers). */
export function status(message, isError = false) {
  const line = document.getElementById('status');
  if (!line) return;
  line.textContent = message || '';
  line.classList.toggle('error', Boolean(isError));
}

const NAV = [
  ['/', 'Dashboard'],
  ['/transfers', 'Transfers'],
  ['/map', 'Map'],
  ['/review', 'Review queue'],
  ['/search', 'Search'],
  ['/account', 'Account'],
];

/** Loads the session and draws the header; every page but the sign-in page starts here. */
export async function start() {
  session = await api('GET', '/api/session');
  const here = location.pathname;
  const links = NAV.map(([href, label]) => el('li', {}, el('a', { href, 'aria-current': href === here ? 'page' : null }, label)));
  const search = el('form', { class: 'search', role: 'search', action: '/search', method: 'get' },
    el('label', { for: 'q', class: 'visually-hidden' }, 'Search sources and records'),
    el('input', { id: 'q', name: 'q', type: 'search', placeholder: 'Search…  (/)' }));
  const signOut = el('button', { type: 'button', class: 'link', onclick: async () => {
    await api('DELETE', '/api/session');
    location.assign('/login');
  } }, 'Sign out');
  const who = el('span', { class: 'who' }, session.user.username, ' · ', session.organisation, ' · ', session.user.role, ' ', signOut);
  document.getElementById('top').replaceChildren(
    el('a', { href: '/', class: 'brand' }, 'enduse'),
    el('nav', { 'aria-label': 'Main' }, el('ul', {}, links)), search, who);
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !isTyping(e.target)) {
      e.preventDefault();
      document.getElementById('q').focus();
    }
  });
  return session;
}

export function may(permission) {
  return Boolean(session && session.permissions.includes(permission));
}

export function isTyping(target) {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The id at the end of the page's path (/sightings/{id}). */
export function pathId() {
  return decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
}

/**
 * Fills a section from an API list. Features not built yet answer 404: the section says so
 * instead of failing the page.
 */
export async function fillList(container, path, renderItem, emptyText) {
  container.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const items = await api('GET', path);
    if (!items || items.length === 0) container.replaceChildren(el('p', { class: 'muted' }, emptyText));
    else container.replaceChildren(el('ul', { class: 'items' }, items.map((item) => el('li', {}, renderItem(item)))));
    return items || [];
  } catch (e) {
    container.replaceChildren(el('p', { class: 'muted' }, e.status === 404 ? 'Not available yet.' : 'Could not load: ' + e.message));
    return [];
  }
}

export function formatDate(value) {
  return value ? String(value).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : '—';
}
