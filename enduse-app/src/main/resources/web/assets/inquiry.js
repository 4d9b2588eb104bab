import { api, el, formatDate, pathId, start, status } from './app.js';

const main = document.getElementById('main');

async function run() {
  await start();
  const id = pathId();
  try {
    const inquiry = await api('GET', '/api/inquiries/' + encodeURIComponent(id));
    document.querySelector('h1').textContent = inquiry.subject;
    main.append(el('p', {}, inquiry.requester, ' → ', inquiry.responder, ' · ', inquiry.state, ' · due ', formatDate(inquiry.deadline)));
    main.append(el('h2', {}, 'Timeline'), el('ol', { class: 'timeline' }, (inquiry.events || []).map((ev) =>
      el('li', {}, el('time', {}, formatDate(ev.at)), ' ', ev.action, ' — ', ev.user, ev.detail ? ': ' + ev.detail : ''))));
  } catch (e) {
    status(e.status === 404 ? 'No inquiry ' + id + ' (or it is not available yet).' : 'Could not load: ' + e.message, true);
  }
}

run();
