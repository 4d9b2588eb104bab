import { api, el, pathId, start, status } from './app.js';

const main = document.getElementById('main');

function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

async function run() {
  await start();
  const id = pathId();
  try {
    const s = await api('GET', '/api/sightings/' + encodeURIComponent(id));
    document.querySelector('h1').textContent = 'Sighting ' + s.id;
    main.append(facts([
      ['Equipment', s.equipment && (s.equipment.name || s.equipment.typeId)],
      ['Observed', s.observed], ['Place', s.place && s.place.name], ['Holder', s.holder && s.holder.name],
      ['Status', s.status], ['Verification', s.verification], ['Serials', (s.serials || []).join(', ')], ['Note', s.note]]));
    main.append(el('h2', {}, 'Sources'), el('ul', { class: 'items' }, (s.sourceIds || []).map((src) => el('li', {}, src))));
  } catch (e) {
    status(e.status === 404 ? 'No sighting ' + id + ' (or it is not available yet).' : 'Could not load: ' + e.message, true);
  }
}

run();
