import { api, el, pathId, start, status } from './app.js';
import { fillTimeline } from './timeline.js';

const main = document.getElementById('main');

function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

/**
 * The text cut at the spans' edges into text nodes, each span a <mark> (only those the sighting
 * rests on; other recognised names get a lighter class). Built from text nodes only: the article
 * text is hostile and never becomes markup. Overlapping spans: the first one wins.
 */
function highlighted(text, spans) {
  const nodes = [];
  let at = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    if (s.start > at) nodes.push(text.slice(at, s.start));
    nodes.push(el('mark', { class: s.aboutSighting ? 'about' : 'other', title: s.kind + (s.name ? ': ' + s.name : '') }, text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

function source(src) {
  const title = el('h3', {}, src.title || src.id, ' ', el('span', { class: 'muted' }, [src.outlet, src.language, src.published && src.published.slice(0, 10)].filter(Boolean).join(' · ')));
  if (!src.text) return el('section', { class: 'source' }, title, el('p', { class: 'muted' }, 'Text not shown: ' + (src.textUnavailable || 'not available') + '.'));
  const onlyAbout = src.spans.filter((s) => s.aboutSighting);
  return el('section', { class: 'source', dataset: { source: src.id } }, title,
    el('p', { class: 'hint' }, onlyAbout.length + ' passages about this sighting highlighted; other recognised names underlined.'),
    el('div', { class: 'source-text' }, highlighted(src.text, src.spans)));
}

function assessment(a) {
  if (!a) return el('p', { class: 'muted' }, 'No assessment.');
  const out = [el('p', {}, 'Verdict of the most likely source: ', el('strong', { id: 'verdict' }, a.verdict.replace(/_/g, ' ')))];
  if (a.attribution.ruledOut.length) out.push(el('p', { class: 'muted' }, 'Ruled out: ' + a.attribution.ruledOut.join('; ')));
  for (const x of a.assessments) {
    out.push(el('section', { class: 'candidate' },
      el('h3', {}, (x.transferId ? x.transferId + '/' + x.lineId : 'No candidate line') + ': ' + x.verdict.replace(/_/g, ' ') + ', score ' + x.score),
      x.causes.length ? el('p', {}, 'Causes: ' + x.causes.join(', ')) : null,
      el('ul', { class: 'explanation' }, x.explanation.map((line) => el('li', {}, line)))));
  }
  return out;
}

async function run() {
  await start();
  const id = pathId();
  try {
    const d = await api('GET', '/api/sightings/' + encodeURIComponent(id));
    const s = d.sighting;
    document.querySelector('h1').textContent = 'Sighting ' + s.id;
    main.append(facts([
      ['Equipment', [s.equipment, s.equipmentType && '(' + s.equipmentType + ')'].filter(Boolean).join(' ')],
      ['Quantity', s.quantity], ['Observed', s.observed], ['Place', [s.place, s.region, s.country].filter(Boolean).join(', ')],
      ['Holder', s.holder], ['Status', s.status], ['Verification', s.verification], ['Serials', s.serials.join(', ')], ['Note', s.note]]));
    main.append(el('h2', {}, 'Attribution and verdict'), el('div', { id: 'assessment' }, assessment(d.assessment)));
    main.append(el('h2', {}, 'Sources'), el('div', { id: 'sources' }, d.sources.map(source)));
    for (const serial of s.serials) {
      const list = el('div');
      main.append(el('h2', {}, 'Item ' + serial + ' over time'), list);
      fillTimeline(list, '/api/items/' + encodeURIComponent(serial) + '/timeline');
    }
  } catch (e) {
    status(e.status === 404 ? 'No sighting ' + id + ' (or it is not available yet).' : 'Could not load: ' + e.message, true);
  }
}

run();
