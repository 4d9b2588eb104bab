import { api, el, isTyping, may, start, status } from './app.js';

// The review queue: extracted candidates waiting for a person. Keyboard: j / k move, a accepts,
// e edits a field, r rejects (asking why). Each decision goes to the API and leaves the list.

const main = document.getElementById('main');
let items = [];
let current = 0;

function render(list) {
  list.replaceChildren(...items.map((c, i) => el('li', {
    id: 'cand-' + i, tabindex: i === current ? '0' : '-1', 'aria-selected': i === current ? 'true' : 'false',
    class: i === current ? 'candidate current' : 'candidate', onclick: () => select(list, i),
  }, el('strong', {}, c.kind + ' of ' + (c.fields.equipment || c.fields.description || 'unnamed equipment') + ': ' + (c.summary || c.id)),
  el('p', { class: 'quote' }, c.quote || ''), el('span', { class: 'muted' }, (c.sourceTitle || c.sourceId) + ' · ' + c.language + ' · confidence ' + c.confidence))));
}

function select(list, i) {
  current = Math.max(0, Math.min(items.length - 1, i));
  render(list);
  const node = document.getElementById('cand-' + current);
  if (node) node.focus();
}

async function decide(list, decision) {
  const c = items[current];
  if (!c) return;
  let body;
  if (decision === 'reject') {
    const reason = window.prompt('Why reject this candidate?');
    if (!reason) return;
    body = { reason };
  }
  try {
    await api('POST', '/api/review/candidates/' + encodeURIComponent(c.id) + '/' + decision, body);
    items.splice(current, 1);
    status((decision === 'accept' ? 'Accepted ' : 'Rejected ') + (c.summary || c.id) + '. ' + items.length + ' left.');
    select(list, current);
  } catch (e) {
    status('Could not ' + decision + ': ' + e.message, true);
  }
}

// "place=Shebekino": one field at a time, checked by the server as the record's own input would be.
async function edit(list) {
  const c = items[current];
  if (!c) return;
  const change = window.prompt('Change a field (name=value), e.g. place=Shebekino or observed=2023-06');
  if (!change || change.indexOf('=') < 1) return;
  const name = change.slice(0, change.indexOf('=')).trim();
  const fields = {};
  fields[name] = change.slice(change.indexOf('=') + 1).trim();
  try {
    items[current] = await api('PATCH', '/api/review/candidates/' + encodeURIComponent(c.id), { fields });
    status('Changed ' + name + '.');
    select(list, current);
  } catch (e) {
    status('Could not change ' + name + ': ' + e.message, true);
  }
}

async function run() {
  await start();
  main.append(el('p', { class: 'muted' }, 'Keys: j / k next and previous, a accept, e edit a field, r reject.'));
  const list = el('ol', { class: 'queue', role: 'listbox', 'aria-label': 'Candidates' });
  main.append(list);
  try {
    items = await api('GET', '/api/review/candidates');
    status(items.length ? items.length + ' candidates to review.' : 'Nothing to review.');
    render(list);
  } catch (e) {
    status(e.status === 404 ? 'The review queue is not available yet.' : 'Could not load: ' + e.message, e.status !== 404);
  }
  document.addEventListener('keydown', (e) => {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j') select(list, current + 1);
    else if (e.key === 'k') select(list, current - 1);
    else if (e.key === 'a' && may('review')) decide(list, 'accept');
    else if (e.key === 'r' && may('review')) decide(list, 'reject');
    else if (e.key === 'e' && may('review')) edit(list);
  });
}

run();
