import { api, el, isTyping, may, start, status } from './app.js';

// The review queue: extracted candidates waiting for a person. Keyboard: j / k move, a accepts,
// r rejects, Enter opens the source. Each decision goes to the API and leaves the list.

const main = document.getElementById('main');
let items = [];
let current = 0;

function render(list) {
  list.replaceChildren(...items.map((c, i) => el('li', {
    id: 'cand-' + i, tabindex: i === current ? '0' : '-1', 'aria-selected': i === current ? 'true' : 'false',
    class: i === current ? 'candidate current' : 'candidate', onclick: () => select(list, i),
  }, el('strong', {}, c.summary || c.id), el('p', { class: 'quote' }, c.quote || ''), el('span', { class: 'muted' }, c.sourceTitle || ''))));
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
  try {
    await api('POST', '/api/review/candidates/' + encodeURIComponent(c.id) + '/' + decision);
    items.splice(current, 1);
    status((decision === 'accept' ? 'Accepted ' : 'Rejected ') + (c.summary || c.id) + '. ' + items.length + ' left.');
    select(list, current);
  } catch (e) {
    status('Could not ' + decision + ': ' + e.message, true);
  }
}

async function run() {
  await start();
  main.append(el('p', { class: 'muted' }, 'Keys: j / k next and previous, a accept, r reject.'));
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
  });
}

run();
