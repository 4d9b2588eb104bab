import { api, el, start, status } from './app.js';

// The map is plain SVG drawn here: no tile server, no library, nothing from another origin.
// Longitude and latitude are projected equirectangularly, longitudes shrunk by the cosine of
// the middle latitude so shapes keep their look at these latitudes.

const SVG = 'http://www.w3.org/2000/svg';
const VIEW = { minLon: 21.5, minLat: 43.5, maxLon: 41.5, maxLat: 53.5 };
const COUNTRIES = 'UA,RU,BY,PL,SK,HU,RO,MD,LT,LV,GE,TR,BG';
const WIDTH = 1000;
const main = document.getElementById('main');
const scaleX = Math.cos(((VIEW.minLat + VIEW.maxLat) / 2) * Math.PI / 180);
const HEIGHT = Math.round(WIDTH * (VIEW.maxLat - VIEW.minLat) / ((VIEW.maxLon - VIEW.minLon) * scaleX));

function x(lon) { return ((lon - VIEW.minLon) / (VIEW.maxLon - VIEW.minLon)) * WIDTH; }
function y(lat) { return ((VIEW.maxLat - lat) / (VIEW.maxLat - VIEW.minLat)) * HEIGHT; }

/** An SVG element; attribute values and text go in as values and text nodes, never markup. */
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function ringPath(ring) {
  return ring.map(([lon, lat], i) => (i ? 'L' : 'M') + x(lon).toFixed(1) + ' ' + y(lat).toFixed(1)).join('') + 'Z';
}

function pathOf(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(ringPath).join('')).join('');
}

async function drawAreas(layer, codes, level, cls) {
  const areas = await api('GET', '/api/geo/areas?codes=' + encodeURIComponent(codes) + '&level=' + level);
  layer.replaceChildren(...areas.features.map((f) => svg('path', { d: pathOf(f.geometry), class: cls, 'fill-rule': 'evenodd', 'data-code': f.properties.code },
    svg('title', {}, f.properties.code))));
  return areas.features.length;
}

async function drawSightings(layer) {
  const bbox = [VIEW.minLon, VIEW.minLat, VIEW.maxLon, VIEW.maxLat].join(',');
  const sightings = await api('GET', '/api/sightings?limit=1000&bbox=' + bbox);
  layer.replaceChildren(...sightings.map((s) => svg('a', { href: '/sightings/' + encodeURIComponent(s.id), class: 'sighting', 'data-id': s.id },
    svg('circle', { cx: x(s.lon).toFixed(1), cy: y(s.lat).toFixed(1), r: 6 }),
    svg('title', {}, s.id + ': ' + (s.equipment || s.equipmentType || 'equipment') + (s.observed ? ', ' + s.observed : '')))));
  return sightings.length;
}

async function run() {
  await start();
  const picker = el('select', { id: 'transfer' }, el('option', { value: '' }, '— none —'));
  main.append(el('form', { class: 'filters', 'aria-label': 'Permitted territory' },
    el('div', { class: 'field' }, el('label', { for: 'transfer' }, 'Show the permitted territory of'), picker)));
  const countries = svg('g', { class: 'countries' });
  const regions = svg('g', { class: 'regions' });
  const permitted = svg('g', { class: 'permitted' });
  const points = svg('g', { class: 'sightings' });
  const map = svg('svg', { id: 'map', viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, role: 'img', 'aria-label': 'Map of sightings over country and region borders' },
    countries, regions, permitted, points);
  main.append(el('div', { class: 'map' }, map), el('p', { class: 'hint' },
    'Internationally recognised borders from the bundled geodata. Dots are sightings with coordinates; select one to open it.'));
  try {
    await drawAreas(countries, COUNTRIES, 'country', 'country');
    await drawAreas(regions, 'UA', 'region', 'region');
    const n = await drawSightings(points);
    status(n === 1 ? '1 sighting on the map' : n + ' sightings on the map');
    for (const t of await api('GET', '/api/transfers')) picker.append(el('option', { value: t.id }, (t.name || t.id) + ' (' + t.donor + ' to ' + t.recipient + ')'));
  } catch (e) {
    status('Could not load the map: ' + e.message, true);
  }
  picker.addEventListener('change', async () => {
    permitted.replaceChildren();
    if (!picker.value) return;
    try {
      const t = await api('GET', '/api/transfers/' + encodeURIComponent(picker.value));
      const codes = (t.terms && t.terms.permittedTerritory) || [];
      if (!codes.length) { status('This transfer states no territorial limit.'); return; }
      await drawAreas(permitted, codes.join(','), 'country', 'permitted-area');
      status('Permitted territory: ' + codes.join(', '));
    } catch (e) {
      status('Could not load the territory: ' + e.message, true);
    }
  });
}

run();
