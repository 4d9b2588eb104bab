import { el, fillList } from './app.js';

/** One timeline entry as a line of text: date, what happened, to which line or in which sighting. */
function entry(e) {
  const what = e.kind === 'sighting'
    ? [el('a', { href: '/sightings/' + encodeURIComponent(e.sightingId) }, 'seen ' + e.status), e.place ? ' at ' + e.place : '']
    : [e.status, ' (', e.transferId, '/', e.lineId, ')'];
  return [el('time', {}, e.date || 'undated'), ' ', ...what, e.note ? ' — ' + e.note : ''];
}

/** Fills the container with the timeline the API path gives. */
export function fillTimeline(container, path) {
  container.classList.add('timeline');
  return fillList(container, path, entry, 'No events recorded.');
}
