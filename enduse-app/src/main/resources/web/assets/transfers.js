import { api, el, start, status } from './app.js';
import { fillTimeline } from './timeline.js';

const main = document.getElementById('main');

async function run() {
  await start();
  const params = new URLSearchParams(location.search);
  const field = (name, label, hint) => el('div', { class: 'field' },
    el('label', { for: 'f-' + name }, label),
    el('input', { id: 'f-' + name, name, value: params.get(name) || '', placeholder: hint }));
  const form = el('form', { class: 'filters', method: 'get', action: '/transfers', role: 'search', 'aria-label': 'Filter transfers' },
    field('donor', 'Donor', 'BE'), field('recipient', 'Recipient', 'UA'), field('equipment', 'Equipment', 'FN SCAR'), el('button', { type: 'submit' }, 'Filter'));
  const table = el('table', { class: 'list' },
    el('caption', { class: 'visually-hidden' }, 'Transfers'),
    el('thead', {}, el('tr', {}, ['Transfer', 'Donor', 'Recipient', 'Announced', 'Value', 'Lines'].map((h) => el('th', { scope: 'col' }, h)))));
  const rows = el('tbody');
  table.append(rows);
  main.append(form, table);
  const query = new URLSearchParams([...params].filter(([, v]) => v));
  try {
    const transfers = await api('GET', '/api/transfers' + (query.size ? '?' + query : ''));
    for (const t of transfers) {
      // The name opens the transfer's timeline, loaded the first time it is opened.
      const events = el('div', { class: 'muted' });
      const details = el('details', { dataset: { transfer: t.id } }, el('summary', {}, t.name || t.id), events);
      details.addEventListener('toggle', () => {
        if (details.open && !events.dataset.loaded) {
          events.dataset.loaded = 'yes';
          fillTimeline(events, '/api/transfers/' + encodeURIComponent(t.id) + '/timeline');
        }
      });
      rows.append(el('tr', {}, el('td', {}, details), el('td', {}, t.donor), el('td', {}, t.recipient),
        el('td', {}, t.announced || '—'), el('td', {}, t.value || '—'), el('td', {}, t.lines)));
    }
    status(transfers.length === 1 ? '1 transfer' : transfers.length + ' transfers');
  } catch (e) {
    status(e.status === 404 ? 'The transfer registry is not available yet.' : 'Could not load transfers: ' + e.message, e.status !== 404);
  }
}

run();
