import { api, el, fillList, formatDate, start, status } from './app.js';

const main = document.getElementById('main');

function section(id, title) {
  const body = el('div', { id: id + '-body' });
  main.append(el('section', { id, 'aria-labelledby': id + '-title' }, el('h2', { id: id + '-title' }, title), body));
  return body;
}

async function run() {
  await start();
  const tiles = el('ul', { class: 'tiles', id: 'tiles' });
  main.append(tiles);
  try {
    for (const t of await api('GET', '/api/dashboard')) {
      const figure = el('span', { class: 'count' }, t.count.toLocaleString());
      tiles.append(el('li', { dataset: { key: t.key } }, t.link ? el('a', { href: t.link }, figure, el('span', {}, t.label)) : [figure, el('span', {}, t.label)]));
    }
  } catch (e) {
    status('Could not load the figures: ' + e.message, true);
  }
  fillList(section('violations', 'Newest potential violations'), '/api/alerts?verdict=potential_violation&limit=10',
    (a) => el('a', { href: '/sightings/' + encodeURIComponent(a.sightingId) }, a.summary || a.sightingId), 'None.');
  fillList(section('open-inquiries', 'Open inquiries'), '/api/inquiries?state=open',
    (i) => el('a', { href: '/inquiries/' + encodeURIComponent(i.id) }, i.subject, ' — due ', formatDate(i.deadline)), 'None open.');
  fillList(section('overdue', 'Overdue'), '/api/inquiries?overdue=true',
    (i) => el('a', { href: '/inquiries/' + encodeURIComponent(i.id) }, i.subject, ' — was due ', formatDate(i.deadline)), 'Nothing overdue.');
}

run();
