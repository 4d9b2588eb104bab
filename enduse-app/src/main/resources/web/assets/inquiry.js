import { api, el, formatDate, may, pathId, start, status } from './app.js';

// One inquiry: who asked whom about what, its state and deadline, the timeline of its steps and
// the correspondence log; a case officer logs the responder's replies here.

const main = document.getElementById('main');
// Re-rendered after each reply; the page's heading and status line stay.
const body = el('div', { id: 'inquiry' });

function render(inquiry) {
  main.querySelector('h1').textContent = inquiry.subject;
  body.replaceChildren(
    el('p', {}, inquiry.requester, ' → ', inquiry.responder, ' · ', inquiry.state.replace('_', ' '),
      inquiry.deadline ? ' · answer due ' + formatDate(inquiry.deadline) : '',
      inquiry.overdue ? el('strong', { class: 'overdue' }, ' · overdue') : ''),
    el('p', { class: 'muted' }, 'Sightings: ', inquiry.sightings.length ? inquiry.sightings.map((s) =>
      el('a', { href: '/sightings/' + encodeURIComponent(s) }, s)) : 'none', ' · transfers: ', inquiry.transfers.join(', ') || 'none'),
    el('h2', {}, 'Timeline'),
    el('ol', { class: 'timeline' }, inquiry.events.map((ev) =>
      el('li', {}, el('time', {}, formatDate(ev.at)), ' ', ev.action, ev.to ? ' → ' + ev.to.replace('_', ' ') : '', ' — ', ev.user,
        ev.detail ? ': ' + ev.detail : ''))),
    el('h2', {}, 'Correspondence'),
    el('ol', { class: 'correspondence' }, inquiry.correspondence.map((c) =>
      el('li', {}, el('time', {}, formatDate(c.date)), ' ', c.direction, ' — ', c.summary,
        c.attachments.length ? el('span', { class: 'muted' }, ' (' + c.attachments.map((a) => a.name + ', sha256 ' + a.sha256.slice(0, 12) + '…').join('; ') + ')') : ''))));
  if (may('manage_inquiries') && inquiry.state !== 'closed') body.append(replyForm(inquiry));
}

function replyForm(inquiry) {
  const event = el('select', { name: 'event', 'aria-label': 'Reply' },
    ['acknowledged', 'investigation-opened', 'answered'].map((v) => el('option', { value: v }, v.replace('-', ' '))));
  const date = el('input', { type: 'date', name: 'date', 'aria-label': 'Date of the reply' });
  const note = el('input', { type: 'text', name: 'note', 'aria-label': 'What was said', placeholder: 'What was said, in short' });
  return el('form', {
    class: 'reply', onsubmit: async (e) => {
      e.preventDefault();
      try {
        render(await api('POST', '/api/inquiries/' + encodeURIComponent(inquiry.id) + '/replies',
          { event: event.value, date: date.value || null, note: note.value || null }));
        status('Reply logged.');
      } catch (err) {
        status('Could not log the reply: ' + err.message, true);
      }
    },
  }, el('h2', {}, 'Log a reply'), event, ' ', date, ' ', note, ' ', el('button', { type: 'submit' }, 'Log reply'));
}

async function run() {
  await start();
  main.append(body);
  const id = pathId();
  try {
    render(await api('GET', '/api/inquiries/' + encodeURIComponent(id)));
  } catch (e) {
    status(e.status === 404 ? 'No inquiry ' + id + '.' : 'Could not load: ' + e.message, true);
  }
}

run();
