// The participant's phone: join with the room's code as one of the workshop's members, then the
// current phase's task for their group. Everything is a plain form control, so it works by keyboard.
import { api, countdown, debounce, el, Problem } from './api.js';
import { languageLink, phaseName, steepName, t, verdictName } from './i18n.js';

const STORE = 'rln.workshop.pass';
const main = document.getElementById('main');
const errorBox = document.getElementById('error');
document.querySelector('header').append(languageLink());
let pass = JSON.parse(localStorage.getItem(STORE) || 'null');
let client = null;
let state = { workshop: null, group: null };
const ratings = {};

function fail(e) {
  errorBox.textContent = e instanceof Problem ? e.message : String(e);
}

function clearError() {
  errorBox.textContent = '';
}

async function start() {
  const code = new URLSearchParams(location.search).get('code');
  if (pass && (!code || pass.code === code.toUpperCase())) {
    client = api(pass.token);
    try {
      await client.get(`/api/v1/workshops/${pass.workshopId}`);
      return enter();
    } catch (e) {
      localStorage.removeItem(STORE);
      pass = null;
    }
  }
  code ? lookUp(code) : askCode();
}

function askCode() {
  const input = el('input', { id: 'code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', required: true });
  main.replaceChildren(el('h2', { text: t('joinTitle') }), el('form', { onsubmit: (e) => { e.preventDefault(); lookUp(input.value); } },
    el('label', { for: 'code', text: t('code') }), input, el('p', {}, el('button', { type: 'submit', text: t('find') }))));
}

async function lookUp(code) {
  clearError();
  let join;
  try {
    join = await api(null).get(`/api/v1/workshop-joins/${encodeURIComponent(code.trim())}`);
  } catch (e) {
    fail(e);
    return askCode();
  }
  document.getElementById('title').textContent = join.title;
  const form = el('form', { onsubmit: (e) => { e.preventDefault(); claim(code, form); } });
  const places = el('fieldset', {}, el('legend', { text: t('whoAreYou') }));
  join.named.forEach((p, i) => places.append(el('label', {}, el('input', { type: 'radio', name: 'place', value: `p:${p.participantId}`,
    required: true, checked: i === 0 }), ` ${p.displayName}`)));
  join.municipalities.forEach((m, i) => places.append(el('label', {}, el('input', { type: 'radio', name: 'place',
    value: `m:${m.municipalityCode}`, required: true, checked: !join.named.length && i === 0 }),
  ` ${t('fromMunicipality')} ${m.name} (${m.free} ${t('free')})`)));
  form.append(places, el('label', { for: 'displayName', text: t('yourName') }),
    el('input', { id: 'displayName', name: 'displayName', autocomplete: 'given-name', maxlength: 100 }),
    el('p', {}, el('button', { type: 'submit', text: t('join') })));
  main.replaceChildren(el('h2', { text: t('joinTitle') }), form);
}

async function claim(code, form) {
  clearError();
  const place = new FormData(form).get('place') || '';
  const name = form.displayName.value.trim();
  const body = place.startsWith('p:') ? { participantId: place.slice(2), ...(name ? { displayName: name } : {}) }
    : { municipalityCode: place.slice(2), displayName: name };
  try {
    const given = await api(null).post(`/api/v1/workshop-joins/${encodeURIComponent(code.trim())}`, body);
    pass = { ...given, code: code.trim().toUpperCase() };
    localStorage.setItem(STORE, JSON.stringify(pass));
    client = api(pass.token);
    enter();
  } catch (e) {
    fail(e);
  }
}

async function enter() {
  await refresh();
  const later = debounce(() => refresh().catch(fail), 250);
  const structural = ['workshop.phase-changed', 'workshop.groups-changed', 'workshop.resync', 'workshop.axes-confirmed'];
  client.stream(`/api/v1/workshops/${pass.workshopId}/stream`, (event) => {
    if (structural.includes(event.name)) later();
    else if (event.name === 'workshop.driver-added' && state.group && event.data.driver
      && event.data.driver.groupId === state.group.id) showDriver(event.data.driver);
  }, (s, resumed) => {
    document.getElementById('state').textContent = t(s);
    if (resumed) later();
  });
}

/** Another member's driver appears in the list without touching what this person is typing. */
function showDriver(d) {
  const list = document.getElementById('drivers');
  if (list && !list.querySelector(`[data-id="${d.id}"]`)) list.append(el('li', { 'data-id': d.id, text: `${d.title} (${steepName(d.category)})` }));
}

async function refresh() {
  const w = await client.get(`/api/v1/workshops/${pass.workshopId}`);
  const groups = await client.get(`/api/v1/workshops/${pass.workshopId}/groups`);
  state = { workshop: w, group: groups.find((g) => g.members.some((m) => m.participantId === pass.participantId)) || null };
  document.getElementById('title').textContent = w.title;
  document.getElementById('phase').textContent = phaseName(w.phase);
  countdown(document.getElementById('timer'), w.phaseDeadline, t);
  await render();
}

function groupPath(rest = '') {
  return `/api/v1/workshops/${pass.workshopId}/groups/${state.group.id}${rest}`;
}

async function render() {
  const { workshop: w, group: g } = state;
  const head = el('h2', { text: g ? `${t('yourGroup')}: ${g.name}` : t('noGroupYet') });
  if (!g || w.phase === 'SETUP') return main.replaceChildren(head, el('p', { text: t('waiting') }));
  const task = { FOCAL_QUESTION: focal, DRIVERS: drivers, RATING: rating, AXES: axes, SCENARIOS: scenarios,
    STRATEGIES: strategies, COMPLETED: completed }[w.phase];
  main.replaceChildren(head, ...(await task(g)));
}

function saving(fn) {
  return async (e) => {
    e.preventDefault();
    clearError();
    const status = document.getElementById('state');
    status.textContent = '';
    try {
      await fn(e.target);
      status.textContent = t('saved');
    } catch (err) {
      fail(err);
    }
  };
}

async function focal(g) {
  return [el('form', { onsubmit: saving((f) => client.put(groupPath('/focal-question'), { question: f.question.value, horizon: f.horizon.value })) },
    el('label', { for: 'question', text: t('question') }), el('textarea', { id: 'question', name: 'question', required: true, maxlength: 500 }, g.focalQuestion || ''),
    el('label', { for: 'horizon', text: t('horizon') }), el('input', { id: 'horizon', name: 'horizon', value: g.horizon || '', maxlength: 50 }),
    el('p', {}, el('button', { type: 'submit', text: t('save') })))];
}

async function drivers(g) {
  const list = (await client.get(groupPath('/drivers'))).filter((d) => !d.mergedInto);
  const category = el('select', { id: 'category', name: 'category' },
    ['SOCIAL', 'TECHNOLOGICAL', 'ECONOMIC', 'ENVIRONMENTAL', 'POLITICAL'].map((c) => el('option', { value: c, text: steepName(c) })));
  return [el('p', { text: g.focalQuestion || '' }),
    el('ul', { class: 'plain', id: 'drivers' }, list.map((d) => el('li', { 'data-id': d.id, text: `${d.title} (${steepName(d.category)})` }))),
    el('form', { onsubmit: saving(async (f) => { showDriver(await client.post(groupPath('/drivers'), { title: f.driverTitle.value, category: f.category.value })); f.reset(); }) },
      el('h3', { text: t('addDriver') }), el('label', { for: 'driverTitle', text: t('title') }),
      el('input', { id: 'driverTitle', name: 'driverTitle', required: true, maxlength: 200 }),
      el('label', { for: 'category', text: t('category') }), category, el('p', {}, el('button', { type: 'submit', text: t('add') })))];
}

function scale(name, legend, value) {
  return el('fieldset', { class: 'scale' }, el('legend', { text: legend }),
    [1, 2, 3, 4, 5].map((n) => el('label', {}, el('input', { type: 'radio', name, value: n, required: true, checked: value === n }), ` ${n}`)));
}

async function rating(g) {
  const list = (await client.get(groupPath('/drivers'))).filter((d) => !d.mergedInto);
  const form = el('form', { onsubmit: saving(async (f) => {
    const data = new FormData(f);
    const given = list.map((d) => ({ driverId: d.id, impact: Number(data.get(`i-${d.id}`)), uncertainty: Number(data.get(`u-${d.id}`)) }));
    given.forEach((r) => { ratings[r.driverId] = r; });
    await client.put(groupPath('/ratings'), { ratings: given });
  }) }, el('p', { class: 'status', text: t('blind') }));
  list.forEach((d) => form.append(el('fieldset', {}, el('legend', { text: d.title }),
    scale(`i-${d.id}`, t('impact'), ratings[d.id] && ratings[d.id].impact),
    scale(`u-${d.id}`, t('uncertainty'), ratings[d.id] && ratings[d.id].uncertainty))));
  form.append(el('p', {}, el('button', { type: 'submit', text: t('sendRatings') })));
  const budget = state.workshop.dotBudget;
  const votes = el('form', { onsubmit: saving((f) => client.put(groupPath('/votes'), { votes: list
    .map((d) => ({ driverId: d.id, dots: Number(f[`v-${d.id}`].value || 0) })).filter((v) => v.dots > 0) })) },
  el('h3', { text: `${t('votes')} (${budget} ${t('dotsLeft')})` }),
  list.map((d) => [el('label', { for: `v-${d.id}`, text: d.title }), el('input', { id: `v-${d.id}`, name: `v-${d.id}`, type: 'number', min: 0, max: budget, value: 0 })]),
  el('p', {}, el('button', { type: 'submit', text: t('sendVotes') })));
  return budget > 0 ? [form, votes] : [form];
}

async function axes(g) {
  const a = g.axes;
  return [el('p', { text: t('axesWait') }), a && a.horizontal ? el('ul', {},
    el('li', { text: `${a.horizontal.driverTitle}: ${a.horizontal.lowPole} – ${a.horizontal.highPole}` }),
    el('li', { text: `${a.vertical.driverTitle}: ${a.vertical.lowPole} – ${a.vertical.highPole}` })) : null];
}

async function scenarios() {
  const list = await client.get(groupPath('/scenarios'));
  return list.map((s) => el('form', { class: 'card', onsubmit: saving(async (f) => {
    const saved = await client.put(groupPath(`/scenarios/${s.quadrant}`), { name: f.scenarioName.value, narrative: f.narrative.value },
      { 'If-Match': `"${s.version}"` });
    s.version = saved.version;
  }) }, el('h3', { text: `${s.quadrant}: ${s.horizontalPole || ''} × ${s.verticalPole || ''}` }),
  el('label', { for: `n-${s.quadrant}`, text: t('scenarioName') }), el('input', { id: `n-${s.quadrant}`, name: 'scenarioName', value: s.name || '', required: true, maxlength: 200 }),
  el('label', { for: `t-${s.quadrant}`, text: t('narrative') }), el('textarea', { id: `t-${s.quadrant}`, name: 'narrative', maxlength: 10000 }, s.narrative || ''),
  el('p', {}, el('button', { type: 'submit', text: t('save') }))));
}

async function strategies() {
  const list = await client.get(groupPath('/strategies'));
  const add = el('form', { onsubmit: saving(async (f) => { await client.post(groupPath('/strategies'), { title: f.strategyTitle.value }); await refresh(); }) },
    el('label', { for: 'strategyTitle', text: t('strategy') }), el('input', { id: 'strategyTitle', name: 'strategyTitle', required: true, maxlength: 300 }),
    el('p', {}, el('button', { type: 'submit', text: t('add') })));
  const cards = list.map((s) => el('form', { class: 'card', onsubmit: saving(async (f) => {
    const verdicts = Object.fromEntries(['NE', 'NW', 'SW', 'SE'].map((q) => [q, f[`${q}`].value]));
    await client.put(groupPath(`/strategies/${s.id}/assessment`), { verdicts });
  }) }, el('h3', { text: s.title }), ['NE', 'NW', 'SW', 'SE'].map((q) => [
    el('label', { for: `${s.id}-${q}`, text: q }),
    el('select', { id: `${s.id}-${q}`, name: q }, ['HOLDS', 'PARTLY', 'FAILS'].map((v) => el('option', { value: v, text: verdictName(v),
      selected: s.assessments && s.assessments[q] === v })))]),
  el('p', {}, el('button', { type: 'submit', text: t('assess') }))));
  return [...cards, add];
}

async function completed() {
  const img = el('img', { class: 'picture', alt: t('scenarios') });
  client.blobUrl(groupPath(`/cross.svg?lang=${document.documentElement.lang}`)).then((u) => { img.src = u; }).catch(fail);
  return [el('p', { text: t('thanks') }), img];
}

start().catch(fail);
