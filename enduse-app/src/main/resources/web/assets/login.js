import { api, status } from './app.js';

// Only a path on this site may follow sign-in: never another origin ("//evil.example").
function nextPage() {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const button = form.querySelector('button');
  button.disabled = true;
  status('');
  try {
    await api('POST', '/api/session', { username: form.username.value, password: form.password.value });
    location.assign(nextPage());
  } catch (e) {
    status(e.message, true);
    form.password.value = '';
    form.password.focus();
  } finally {
    button.disabled = false;
  }
});
