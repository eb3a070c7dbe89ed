// The workshop front end's one way to the API: same origin (through the gateway), a bearer token,
// RFC 9457 problems turned into errors with their detail, and a fetch-based Server-Sent Events
// reader that sends the token and Last-Event-ID, so a phone that lost its network catches up.

export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

export function api(token) {
  async function call(method, path, body, headers = {}) {
    const h = { Accept: 'application/json', ...headers };
    if (token) h.Authorization = `Bearer ${token}`;
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const res = await fetch(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const type = res.headers.get('Content-Type') || '';
    const data = res.status === 204 ? null : type.includes('json') ? await res.json() : await res.text();
    if (!res.ok) throw new Problem(res.status, typeof data === 'object' ? data : { detail: data });
    return { data, etag: res.headers.get('ETag') };
  }
  return {
    get: async (p) => (await call('GET', p)).data,
    getWithTag: (p) => call('GET', p),
    post: async (p, b) => (await call('POST', p, b)).data,
    put: async (p, b, headers) => (await call('PUT', p, b, headers)).data,
    del: async (p) => (await call('DELETE', p)).data,
    /** A picture or download as an object URL (an <img> cannot send the token). */
    blobUrl: async (p) => {
      const res = await fetch(p, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!res.ok) throw new Problem(res.status, null);
      return URL.createObjectURL(await res.blob());
    },
    stream: (p, onEvent, onState) => liveStream(p, token, onEvent, onState),
  };
}

/**
 * Reads a text/event-stream with fetch (EventSource cannot send a bearer token); reconnects after
 * a lost connection with Last-Event-ID, backing off up to 5 s. Answers a function that stops it.
 * The server comments every 15 s, so silence means a dead connection.
 */
export function liveStream(path, token, onEvent, onState = () => {}) {
  let lastId = null;
  let stopped = false;
  let controller = null;
  let delay = 500;
  let heard = Date.now();
  // a connection that went quiet (no event and no keep-alive comment for 40 s), or a device back
  // online, is dropped and opened again, catching up from the last event received
  const restart = () => { if (controller) controller.abort(); };
  const watchdog = setInterval(() => { if (Date.now() - heard > 40000) restart(); }, 5000);
  window.addEventListener('online', restart);
  async function connect() {
    while (!stopped) {
      controller = new AbortController();
      try {
        const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
        if (lastId) headers['Last-Event-ID'] = lastId;
        const res = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
        if (!res.ok) throw new Problem(res.status, null);
        // resumed: what was missed is replayed, but work the page started while offline may have failed
        onState('live', lastId !== null);
        heard = Date.now();
        delay = 500;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          heard = Date.now();
          buffer += value.replace(/\r\n?/g, '\n');
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = parse(frame);
            if (event) {
              if (event.id) lastId = event.id;
              onEvent(event);
            }
          }
        }
      } catch (e) {
        if (stopped) return;
        if (e instanceof Problem && (e.status === 401 || e.status === 404)) {
          onState('refused');
          return;
        }
      }
      if (stopped) return;
      onState('reconnecting');
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }
  connect();
  return () => {
    stopped = true;
    clearInterval(watchdog);
    window.removeEventListener('online', restart);
    if (controller) controller.abort();
  };
}

function parse(frame) {
  let name = 'message';
  let id = null;
  const data = [];
  for (const line of frame.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'id') id = value;
    else if (field === 'data') data.push(value);
  }
  if (!data.length) return null;
  let json = null;
  try {
    json = JSON.parse(data.join('\n'));
  } catch (e) {
    json = data.join('\n');
  }
  return { name, id, data: json };
}

/** Settings carried in the page's fragment (never sent to a server): #workshop=…&token=… */
export function fragment() {
  return Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/**
 * Replaces a container's children for a live update from the room without taking what the person
 * is typing: a field (input or text area with an id) changed from what was drawn keeps its value in
 * the new drawing, and the focused field keeps the focus.
 */
export function redrawKeepingEdits(container, ...children) {
  const edited = [...container.querySelectorAll('input[id], textarea[id]')]
    .filter((f) => f.value !== f.defaultValue).map((f) => [f.id, f.value]);
  const focused = container.contains(document.activeElement) ? document.activeElement.id : '';
  container.replaceChildren(...children);
  for (const [id, value] of edited) {
    const field = document.getElementById(id);
    if (field && container.contains(field)) field.value = value;
  }
  if (focused) document.getElementById(focused)?.focus();
}

/** Runs fn after the last of a burst of calls (a room's ratings arrive many at a time). */
export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

export function countdown(node, deadline, t) {
  clearInterval(node._timer);
  if (!deadline) {
    node.textContent = '';
    return;
  }
  const tick = () => {
    const left = Math.round((new Date(deadline) - Date.now()) / 1000);
    node.textContent = left <= 0 ? t('timeUp') : `${t('timeLeft')} ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    node.classList.toggle('over', left <= 0);
    if (left <= 0) clearInterval(node._timer);
  };
  tick();
  node._timer = setInterval(tick, 1000);
}
