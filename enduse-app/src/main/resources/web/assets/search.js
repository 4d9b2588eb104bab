import { el, fillList, start } from './app.js';

const main = document.getElementById('main');

async function run() {
  await start();
  const q = new URLSearchParams(location.search).get('q') || '';
  document.getElementById('q').value = q;
  if (!q) return;
  document.querySelector('h1').textContent = 'Search: ' + q;
  const results = el('div');
  main.append(results);
  fillList(results, '/api/search?q=' + encodeURIComponent(q),
    (r) => el('a', { href: r.link }, el('strong', {}, r.title), ' ', el('span', { class: 'muted' }, r.kind), el('p', {}, r.snippet || '')),
    'Nothing found.');
}

run();
