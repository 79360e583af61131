// "Your devices": sign in, see every device you are signed in on, sign any of them out.
// No framework and no build step. Everything shown is set with textContent, never as HTML, so a device name or
// user agent such as <img src=x onerror=...> shows as text. The token lives in this tab's sessionStorage only.
'use strict';

const TOKEN_KEY = 'session-service.access-token';
const ICONS = { desktop: '\u{1F5A5}\uFE0F', mobile: '\u{1F4F1}', tablet: '\u{1F4F2}', bot: '\u{1F916}', unknown: '\u2753' };
const TYPE_NAMES = { desktop: 'Computer', mobile: 'Phone', tablet: 'Tablet', bot: 'Program', unknown: 'Device' };

const $ = (id) => document.getElementById(id);

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

function say(text, isError) {
  const message = $('message');
  message.textContent = text;
  message.classList.toggle('error', Boolean(isError));
  message.hidden = !text;
}

/** A problem-details answer in words a person understands. */
async function explain(response, fallback) {
  let problem = {};
  try {
    problem = await response.json();
  } catch (notJson) {
    // no body, or not JSON: the status says enough
  }
  switch (response.status) {
    case 429: {
      const seconds = Number(response.headers.get('Retry-After'));
      return seconds > 0
        ? `Too many attempts. Try again in ${waitInWords(seconds)}.`
        : 'Too many attempts. Try again later.';
    }
    case 503:
      return 'The service is unavailable right now. Please try again in a moment.';
    case 500:
    case 502:
    case 504:
      return 'Something went wrong on our side. Please try again.';
    default:
      return problem.detail ? String(problem.detail) : fallback;
  }
}

function waitInWords(seconds) {
  if (seconds < 90) {
    return `${seconds} second${seconds === 1 ? '' : 's'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function ago(timestamp) {
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(timestamp)) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** This device's session ended (signed out from elsewhere, or expired): back to the sign-in form. */
function signedOut(text) {
  sessionStorage.removeItem(TOKEN_KEY);
  showSignIn();
  say(text, true);
}

function showSignIn() {
  $('devices').hidden = true;
  $('sign-in').hidden = false;
  $('phone').focus();
}

async function signIn(event) {
  event.preventDefault();
  const button = $('sign-in-button');
  button.disabled = true;
  say('');
  try {
    const response = await api('POST', '/api/v1/auth/login', { phone: $('phone').value, password: $('password').value });
    if (!response.ok) {
      say(response.status === 401 ? 'Wrong phone number or password.'
        : await explain(response, 'Signing in did not work.'), true);
      return;
    }
    const result = await response.json();
    sessionStorage.setItem(TOKEN_KEY, result.access_token);
    $('password').value = '';
    await showDevices();
  } catch (offline) {
    say('The service cannot be reached. Check your connection and try again.', true);
  } finally {
    button.disabled = false;
  }
}

const SIGNED_OUT = 'This device was signed out. Sign in again to continue.';

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Calls the API as this device: the answer's JSON, or null once the person was told why not (or sent to sign in). */
async function asThisDevice(method, path, failure) {
  const response = await api(method, path);
  if (response.status === 401) {
    signedOut(SIGNED_OUT);
    return null;
  }
  if (!response.ok) {
    say(await explain(response, failure), true);
    return null;
  }
  return response.json();
}

async function showDevices() {
  const list = await asThisDevice('GET', '/api/v1/sessions/', 'Your devices could not be loaded.');
  if (list === null) return;
  $('sign-in').hidden = true;
  $('devices').hidden = false;
  const count = list.total_devices;
  $('device-count').textContent = `You are signed in on ${plural(count, 'device')}.`;
  const items = list.sessions.map(deviceItem);
  $('device-list').replaceChildren(...items);
  $('sign-out-others').hidden = count < 2;
}

function deviceItem(session) {
  const item = document.createElement('li');
  item.className = 'device';
  item.dataset.sessionId = session.id;
  if (session.is_current) item.dataset.current = 'true';

  const icon = document.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = ICONS[session.device_type] || ICONS.unknown;

  const text = document.createElement('div');
  const name = document.createElement('div');
  name.className = 'name';
  const typeName = TYPE_NAMES[session.device_type] || TYPE_NAMES.unknown;
  name.textContent = [session.device_model, `${session.device_browser} on ${session.device_os}`]
    .filter(Boolean).join(' \u00B7 ');
  name.setAttribute('aria-label', `${typeName}: ${name.textContent}`);
  if (session.is_current) {
    const badge = document.createElement('span');
    badge.className = 'current';
    badge.textContent = 'This device';
    name.append(badge);
  }
  const details = document.createElement('div');
  details.className = 'details';
  const active = document.createElement('time');
  active.dateTime = session.last_active_at;
  active.title = `${session.last_active_at.replace('T', ' ').replace('Z', ' UTC')}`;
  active.textContent = `last active ${ago(session.last_active_at)}`;
  details.append(`${typeName} \u00B7 ${session.ip_address} \u00B7 `, active);
  text.append(name, details);

  item.append(icon, text);
  if (!session.is_current) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary sign-out';
    button.textContent = 'Sign out';
    button.setAttribute('aria-label', `Sign out ${name.textContent}`);
    button.addEventListener('click', () => signOutDevice(session.id, button));
    item.append(button);
  }
  return item;
}

async function signOutDevice(id, button) {
  button.disabled = true;
  const response = await api('DELETE', `/api/v1/sessions/${encodeURIComponent(id)}`);
  if (response.status === 401) {
    signedOut(SIGNED_OUT);
    return;
  }
  if (response.ok || response.status === 404) {
    say(response.ok ? 'That device was signed out.' : 'That device had already been signed out.');
  } else {
    say(await explain(response, 'That device could not be signed out.'), true);
  }
  await showDevices();
}

async function signOutOthers() {
  const result = await asThisDevice('DELETE', '/api/v1/sessions/', 'The other devices could not be signed out.');
  if (result === null) return;
  say(`Signed out of ${plural(result.revoked, 'other device')}.`);
  await showDevices();
}

async function signOutThis() {
  const response = await api('POST', '/api/v1/auth/logout');
  if (response.ok || response.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    showSignIn();
    say('You signed out of this device.');
  } else {
    say(await explain(response, 'Signing out did not work.'), true);
  }
}

function guarded(action) {
  return () => action().catch(() => say('The service cannot be reached. Check your connection and try again.', true));
}

document.addEventListener('DOMContentLoaded', () => {
  $('sign-in').addEventListener('submit', signIn);
  $('refresh').addEventListener('click', guarded(showDevices));
  $('sign-out-others').addEventListener('click', guarded(signOutOthers));
  $('sign-out-this').addEventListener('click', guarded(signOutThis));
  if (token()) {
    guarded(showDevices)();
  } else {
    showSignIn();
  }
});
