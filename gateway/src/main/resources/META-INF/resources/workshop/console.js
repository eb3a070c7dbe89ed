// The facilitator's console: groups (dealt so municipalities mix, a person dragged or moved to
// another group), the room's join code and QR code, the projector's link, phases with their guards
// shown, the phase timer, each group's progress live, revealing votes, confirming axes, results.
import { api, countdown, debounce, el, fragment, Problem, redrawKeepingEdits } from './api.js';
import { languageLink, phaseName, t } from './i18n.js';

const PHASES = ['SETUP', 'FOCAL_QUESTION', 'DRIVERS', 'RATING', 'AXES', 'SCENARIOS', 'STRATEGIES', 'COMPLETED'];
const main = document.getElementById('main');
const errorBox = document.getElementById('error');
document.querySelector('header').append(languageLink());
const given = fragment();
let token = given.token || sessionStorage.getItem('rln.console.token');
let workshopId = given.workshop || sessionStorage.getItem('rln.console.workshop');
let client = null;
let stopStream = null;
const join = { code: null, url: null, qr: null, projector: null };

function fail(e) {
  errorBox.textContent = e instanceof Problem ? e.message : String(e);
}

function act(fn) {
  return async (e) => {
    if (e && e.preventDefault) e.preventDefault();
    errorBox.textContent = '';
    try {
      await fn(e);
      await draw();
    } catch (err) {
      fail(err);
    }
  };
}

async function start() {
  if (!token) return askToken();
  sessionStorage.setItem('rln.console.token', token);
  client = api(token);
  if (!workshopId) return choose();
  sessionStorage.setItem('rln.console.workshop', workshopId);
  history.replaceState(null, '', location.pathname + location.search);
  await draw();
  // a change in the room redraws the console, keeping what the facilitator is typing (a timer's minutes, say)
  const later = debounce(() => draw(true).catch(fail), 300);
  stopStream = client.stream(`/api/v1/workshops/${workshopId}/stream`, () => later(),
    (s, resumed) => {
      document.getElementById('state').textContent = t(s);
      if (resumed) later();
    });
}

function askToken() {
  const input = el('input', { id: 'token', name: 'token', type: 'password', required: true, autocomplete: 'off' });
  main.replaceChildren(el('form', { onsubmit: (e) => { e.preventDefault(); token = input.value.trim(); start().catch(fail); } },
    el('label', { for: 'token', text: t('token') }), input, el('p', {}, el('button', { type: 'submit', text: t('open') }))));
}

async function choose() {
  const page = await client.get('/api/v1/workshops?limit=100');
  const select = el('select', { id: 'workshop', name: 'workshop' },
    page.items.map((w) => el('option', { value: w.id, text: `${w.title} – ${phaseName(w.phase)}` })));
  const title = el('input', { id: 'new-title', name: 'title', required: true, maxlength: 200 });
  main.replaceChildren(
    page.items.length ? el('form', { onsubmit: (e) => { e.preventDefault(); workshopId = select.value; start().catch(fail); } },
      el('label', { for: 'workshop', text: t('choose') }), select, el('p', {}, el('button', { type: 'submit', text: t('open') }))) : null,
    el('form', { onsubmit: act(async () => {
      workshopId = (await client.post('/api/v1/workshops', { title: title.value })).id;
      await start();
    }) }, el('h2', { text: t('create') }), el('label', { for: 'new-title', text: t('title') }), title,
    el('p', {}, el('button', { type: 'submit', class: 'secondary', text: t('create') }))));
}

/** Draws the workshop afresh (after the facilitator's own action) or, for a live update, keeping their edits. */
async function draw(live = false) {
  const base = `/api/v1/workshops/${workshopId}`;
  const w = await client.get(base);
  const groups = await client.get(`${base}/groups`);
  const members = await client.get(`${base}/members`);
  document.getElementById('title').textContent = w.title;
  document.getElementById('phase').textContent = phaseName(w.phase);
  countdown(document.getElementById('timer'), w.phaseDeadline, t);
  const progress = await Promise.all(groups.map((g) => groupProgress(base, w, g)));
  const passes = await client.get(`${base}/passes`);
  const sections = [phaseControls(base, w), roomControls(base, w, passes), groupSection(base, w, groups, members),
    el('section', { 'aria-labelledby': 'progress-h' }, el('h2', { id: 'progress-h', text: t('progress') }),
      el('div', { class: 'cards' }, progress)), resultsSection(base, w, groups)];
  if (live) redrawKeepingEdits(main, ...sections);
  else main.replaceChildren(...sections);
}

function phaseControls(base, w) {
  const i = PHASES.indexOf(w.phase);
  const minutes = el('input', { id: 'minutes', name: 'minutes', type: 'number', min: 1, max: 240, value: 10 });
  return el('section', { 'aria-labelledby': 'phase-h' }, el('h2', { id: 'phase-h', text: phaseName(w.phase) }),
    el('div', { class: 'row' },
      i > 0 && w.phase !== 'COMPLETED' ? el('button', { class: 'secondary', id: 'back', text: `← ${t('back')}`,
        onclick: act(() => client.post(`${base}/phase`, { phase: PHASES[i - 1] })) }) : null,
      i < PHASES.length - 1 ? el('button', { id: 'next', text: `${t('next')}: ${phaseName(PHASES[i + 1])} →`,
        onclick: act(() => client.post(`${base}/phase`, { phase: PHASES[i + 1] })) }) : null),
    w.phase === 'COMPLETED' ? null : el('form', { class: 'row', onsubmit: act(() => client.put(`${base}/timer`, { minutes: Number(minutes.value) })) },
      el('div', {}, el('label', { for: 'minutes', text: `${t('timer')} (${t('minutes')})` }), minutes),
      el('button', { type: 'submit', text: t('start') }),
      w.phaseDeadline ? el('button', { type: 'button', class: 'secondary', text: t('extend'), onclick: act(() => client.put(`${base}/timer`,
        { minutes: Math.max(1, Math.round((new Date(w.phaseDeadline) - Date.now()) / 60000) + 5) })) }) : null,
      w.phaseDeadline ? el('button', { type: 'button', class: 'secondary', text: t('stop'), onclick: act(() => client.del(`${base}/timer`)) }) : null));
}

function roomControls(base, w, passes) {
  const section = el('section', { 'aria-labelledby': 'room-h' }, el('h2', { id: 'room-h', text: t('joined') }));
  const row = el('div', { class: 'row' },
    w.phase === 'COMPLETED' ? null : el('button', { id: 'open-join', text: t('joinOpen'), onclick: act(async () => {
      const code = await client.post(`${base}/join-code`);
      join.code = code.code;
      join.url = code.joinUrl;
      join.qr = await api(null).blobUrl(`/api/v1/workshop-joins/${code.code}/qr.svg`);
    }) }),
    el('button', { id: 'projector-link', class: 'secondary', text: t('projectorLink'), onclick: act(async () => {
      const pass = await client.post(`${base}/view-link`);
      join.projector = `${location.origin}/workshop/projector.html#workshop=${workshopId}&token=${pass.token}${join.code ? `&code=${join.code}` : ''}`;
    }) }));
  section.append(row);
  if (join.code) {
    section.append(el('div', { class: 'row qr' }, el('img', { src: join.qr, alt: `QR: ${join.url}` }),
      el('div', {}, el('p', { class: 'code', id: 'join-code', text: join.code }), el('p', {}, `${t('joinAt')} `, el('a', { href: join.url, text: join.url })))));
  }
  if (join.projector) section.append(el('p', {}, el('a', { id: 'projector-url', href: join.projector, target: '_blank', rel: 'noopener', text: t('openProjector') })));
  // the phones that joined: a pass revoked stops counting at once, and its person may join again
  const phones = passes.filter((p) => p.kind === 'PARTICIPANT' && p.valid);
  if (phones.length) {
    section.append(el('ul', { class: 'plain', id: 'passes' }, phones.map((p) => el('li', { 'data-pass': p.id },
      `${p.displayName || '–'} (${p.municipalityCode || ''}) `,
      el('button', { class: 'secondary', 'aria-label': `${t('revoke')}: ${p.displayName || ''}`, text: t('revoke'),
        onclick: act(() => client.del(`${base}/passes/${p.id}`)) })))));
  }
  return section;
}

function groupSection(base, w, groups, members) {
  const count = el('input', { id: 'group-count', name: 'groups', type: 'number', min: 1, max: 20, value: Math.max(1, Math.round(members.length / 6)) });
  const section = el('section', { 'aria-labelledby': 'groups-h' }, el('h2', { id: 'groups-h', text: `${t('groups')} (${members.length} ${t('members').toLowerCase()})` }));
  if (w.phase === 'SETUP') {
    section.append(el('form', { class: 'row', onsubmit: act(() => client.post(`${base}/groups/assignment`, { groups: Number(count.value) })) },
      el('div', {}, el('label', { for: 'group-count', text: t('groupCount') }), count), el('button', { id: 'assign', type: 'submit', text: t('assign') })));
  }
  const move = (participantId, groupId) => act(() => client.post(`${base}/members`, { participantId, groupId }))();
  section.append(el('div', { class: 'cards' }, groups.map((g) => {
    const card = el('div', { class: 'card', 'data-group': g.id }, el('h3', { text: g.name }));
    card.addEventListener('dragover', (e) => { e.preventDefault(); card.classList.add('drop'); });
    card.addEventListener('dragleave', () => card.classList.remove('drop'));
    card.addEventListener('drop', (e) => { e.preventDefault(); move(e.dataTransfer.getData('text/plain'), g.id); });
    card.append(el('ul', { class: 'plain' }, g.members.map((m) => {
      const label = `${m.displayName || '–'} (${m.municipalityCode || ''})`;
      const select = el('select', { 'aria-label': `${t('moveTo')}: ${label}`, onchange: (e) => move(m.participantId, e.target.value) },
        groups.map((o) => el('option', { value: o.id, text: o.name, selected: o.id === g.id })));
      const li = el('li', { draggable: 'true' }, `${label} `, select);
      li.addEventListener('dragstart', (e) => e.dataTransfer.setData('text/plain', m.participantId));
      return li;
    })));
    return card;
  })));
  return section;
}

async function groupProgress(base, w, g) {
  const at = PHASES.indexOf(w.phase);
  const path = `${base}/groups/${g.id}`;
  const drivers = at >= 2 ? (await client.get(`${path}/drivers`)).filter((d) => !d.mergedInto) : [];
  const ratings = drivers.reduce((n, d) => n + (d.ratings ? d.ratings.count : 0), 0);
  const scenarios = at >= 5 ? await client.get(`${path}/scenarios`) : [];
  const strategies = at >= 6 ? await client.get(`${path}/strategies`) : [];
  const card = el('div', { class: 'card', 'data-progress': g.name }, el('h3', { text: g.name }), el('ul', { class: 'plain' },
    el('li', { text: `${t('focal')}: ${g.focalQuestion ? '✓ ' + g.focalQuestion : '–'}` }),
    el('li', { text: `${t('drivers')}: ${drivers.length} (${ratings} ${t('ratings')})` }),
    el('li', { text: `${t('scenarios')}: ${scenarios.filter((s) => s.narrative).length}/4` }),
    el('li', { text: `${t('strategies')}: ${strategies.length}` })));
  if (w.phase === 'RATING' && !g.votesRevealed) {
    card.append(el('button', { class: 'secondary reveal', text: t('revealVotes'), onclick: act(() => client.post(`${path}/votes/reveal`)) }));
  }
  if (w.phase === 'AXES' && !(g.axes && g.axes.horizontal)) {
    card.append(el('button', { class: 'confirm-axes', text: t('confirmAxes'), onclick: act(async () => {
      const s = await client.get(`${path}/axes/suggestion`);
      const pole = (d) => ({ driverId: d.id, lowPole: `${t('low')} ${d.title.toLowerCase()}`.trim(), highPole: `${t('high')} ${d.title.toLowerCase()}`.trim() });
      await client.put(`${path}/axes`, { horizontal: pole(s.horizontal), vertical: pole(s.vertical) });
    }) }));
  }
  return card;
}

function resultsSection(base, w, groups) {
  if (w.phase !== 'COMPLETED' && w.phase !== 'STRATEGIES') return el('span');
  const save = (path, name) => act(async () => {
    const a = el('a', { href: await client.blobUrl(path), download: name });
    document.body.append(a);
    a.click();
    a.remove();
  });
  const download = el('div', { class: 'row' }, el('button', { class: 'secondary', text: t('report'), onclick: save(`${base}/report.md`, 'scenariokorset.md') }),
    el('button', { class: 'secondary', text: t('resultsJson'), onclick: save(`${base}/results`, 'scenariokorset.json') }));
  const pictures = groups.map((g) => {
    const img = el('img', { class: 'picture', alt: `${g.name}: ${t('scenarios')}` });
    client.blobUrl(`${base}/groups/${g.id}/cross.svg?lang=${document.documentElement.lang}`).then((u) => { img.src = u; }).catch(() => {});
    return el('div', { class: 'card' }, el('h3', { text: g.name }), img);
  });
  return el('section', { 'aria-labelledby': 'results-h' }, el('h2', { id: 'results-h', text: t('results') }), download, el('div', { class: 'cards' }, pictures));
}

window.addEventListener('beforeunload', () => stopStream && stopStream());
start().catch(fail);
