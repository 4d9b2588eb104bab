import { api, el, formatDate, may, start, status } from './app.js';

const main = document.getElementById('main');

async function tokens(me) {
  const box = el('section', { 'aria-labelledby': 'tokens-title' }, el('h2', { id: 'tokens-title' }, 'API tokens'));
  const list = el('ul', { class: 'items' });
  const secret = el('p', { class: 'secret', role: 'status' });
  const load = async () => {
    const all = await api('GET', '/api/tokens');
    list.replaceChildren(...all.map((t) => el('li', {}, t.name, ' · made ', formatDate(t.createdAt),
      t.revokedAt ? ' · revoked' : el('button', { type: 'button', class: 'link', onclick: async () => {
        await api('DELETE', '/api/tokens/' + encodeURIComponent(t.id));
        status('Revoked ' + t.name);
        load();
      } }, 'Revoke'))));
  };
  const form = el('form', { class: 'inline', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const issued = await api('POST', '/api/tokens', { name: e.target.tokenName.value });
      secret.replaceChildren('Copy this token now; it is not shown again: ', el('code', {}, issued.secret));
      e.target.reset();
      load();
    } catch (err) {
      status(err.message, true);
    }
  } }, el('label', { for: 'tokenName' }, 'New token for'), el('input', { id: 'tokenName', name: 'tokenName', required: true, placeholder: 'nightly import' }),
  el('button', { type: 'submit' }, 'Issue token'));
  box.append(el('p', { class: 'muted' }, 'Scripts send a token as "Authorization: Bearer …"; it acts as ', me.username, '.'), form, secret, list);
  main.append(box);
  await load();
}

async function users() {
  const box = el('section', { 'aria-labelledby': 'users-title' }, el('h2', { id: 'users-title' }, 'Users of your organisation'));
  const rows = el('tbody');
  const load = async () => {
    const all = await api('GET', '/api/users');
    rows.replaceChildren(...all.map((u) => el('tr', {}, el('td', {}, u.username), el('td', {}, u.displayName || ''), el('td', {}, u.role),
      el('td', {}, u.disabledAt ? 'disabled' : el('button', { type: 'button', class: 'link', onclick: async () => {
        await api('POST', '/api/users/' + encodeURIComponent(u.id) + '/disable');
        status('Disabled ' + u.username);
        load();
      } }, 'Disable')))));
  };
  const roleSelect = el('select', { id: 'newRole', name: 'newRole' }, ['viewer', 'analyst', 'reviewer', 'admin'].map((r) => el('option', { value: r }, r)));
  const form = el('form', { class: 'inline', onsubmit: async (e) => {
    e.preventDefault();
    const f = e.target;
    try {
      await api('POST', '/api/users', { username: f.newUser.value, displayName: f.newName.value || null, role: f.newRole.value, password: f.newPassword.value });
      status('Added ' + f.newUser.value);
      f.reset();
      load();
    } catch (err) {
      status(err.message, true);
    }
  } }, el('label', { for: 'newUser' }, 'Username'), el('input', { id: 'newUser', name: 'newUser', required: true, autocomplete: 'off' }),
  el('label', { for: 'newName' }, 'Name'), el('input', { id: 'newName', name: 'newName' }),
  el('label', { for: 'newRole' }, 'Role'), roleSelect,
  el('label', { for: 'newPassword' }, 'Password'), el('input', { id: 'newPassword', name: 'newPassword', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' }),
  el('button', { type: 'submit' }, 'Add user'));
  box.append(form, el('table', { class: 'list' }, el('thead', {}, el('tr', {}, ['Username', 'Name', 'Role', ''].map((h) => el('th', { scope: 'col' }, h)))), rows));
  main.append(box);
  await load();
}

async function run() {
  const session = await start();
  main.append(el('p', {}, session.user.displayName || session.user.username, ', ', session.user.role, ' at ', session.organisation, '.'));
  await tokens(session.user);
  if (may('manage_users')) await users();
}

run();
