// The room's projector (read-only, large type): the phase and its timer, the join code, and per
// group the drivers, the number of ratings while the room rates blind, the impact × uncertainty
// scatter once rated, the cross with its four scenarios, and the robust strategies at the end.
import { api, countdown, debounce, el, fragment, Problem } from './api.js';
import { languageLink, phaseName, t } from './i18n.js';

const PHASES = ['SETUP', 'FOCAL_QUESTION', 'DRIVERS', 'RATING', 'AXES', 'SCENARIOS', 'STRATEGIES', 'COMPLETED'];
const main = document.getElementById('main');
const errorBox = document.getElementById('error');
document.querySelector('header').append(languageLink());
const given = fragment();
if (given.token) sessionStorage.setItem('rln.projector', JSON.stringify(given));
const view = given.token ? given : JSON.parse(sessionStorage.getItem('rln.projector') || '{}');
const client = api(view.token);
const base = `/api/v1/workshops/${view.workshop}`;
const lang = document.documentElement.lang;
const picture = {};

function fail(e) {
  errorBox.textContent = e instanceof Problem ? e.message : String(e);
}

/** A picture fetched with the pass, shown when it has loaded (no flicker while the room works). */
function image(key, path, alt, kind) {
  const img = picture[key] || el('img', { class: kind === 'qr' ? 'qr' : 'picture', alt, 'data-picture': kind });
  picture[key] = img;
  client.blobUrl(path).then((u) => {
    const old = img.src;
    img.src = u;
    if (old && old.startsWith('blob:')) URL.revokeObjectURL(old);
  }).catch(() => {});
  return img;
}

async function draw() {
  const w = await client.get(base);
  const groups = await client.get(`${base}/groups`);
  document.getElementById('title').textContent = w.title;
  document.getElementById('phase').textContent = phaseName(w.phase);
  countdown(document.getElementById('timer'), w.phaseDeadline, t);
  const at = PHASES.indexOf(w.phase);
  const cards = await Promise.all(groups.map(async (g) => {
    const path = `${base}/groups/${g.id}`;
    const card = el('div', { class: 'card', 'data-group': g.id }, el('h2', { text: g.name }), g.focalQuestion ? el('p', { text: g.focalQuestion }) : null);
    if (at >= 2 && at <= 3) {
      const drivers = (await client.get(`${path}/drivers`)).filter((d) => !d.mergedInto);
      card.append(el('ul', {}, drivers.map((d) => el('li', { text: d.title }))));
      if (at === 3) {
        const n = drivers.reduce((s, d) => s + (d.ratings ? d.ratings.count : 0), 0);
        card.append(el('p', { class: 'ratings', 'data-ratings': g.id, text: `${n} ${t('ratings')}` }));
      }
    }
    // the scatter once the facilitator revealed the room's ratings, live from then on
    if (at >= 4 || (at === 3 && g.votesRevealed)) card.append(image(`s-${g.id}`, `${path}/drivers.svg?lang=${lang}`, `${g.name}: ${t('impact')} × ${t('uncertainty')}`, 'scatter'));
    if (at >= 5) card.append(image(`c-${g.id}`, `${path}/cross.svg?lang=${lang}`, `${g.name}: ${t('scenarios')}`, 'cross'));
    if (at >= 6) {
      const robust = (await client.get(`${path}/strategies`)).filter((s) => s.robust);
      card.append(el('h3', { text: t('robust') }), el('ul', {}, robust.map((s) => el('li', { text: s.title }))));
    }
    return card;
  }));
  const join = view.code && w.phase !== 'COMPLETED' ? el('div', { class: 'row qr' },
    image('qr', `/api/v1/workshop-joins/${view.code}/qr.svg`, `QR ${view.code}`, 'qr'), el('p', { class: 'code', text: view.code })) : null;
  main.replaceChildren(...[join, el('div', { class: 'cards' }, cards)].filter(Boolean));
}

/** A rating in a group updates its count at once, without reloading the page's pictures. */
function ratingsArrived(data) {
  const node = document.querySelector(`[data-ratings="${data.groupId}"]`);
  if (node) node.textContent = `${data.drivers.filter((d) => !d.mergedInto).reduce((s, d) => s + (d.ratings ? d.ratings.count : 0), 0)} ${t('ratings')}`;
}

if (!view.token) {
  fail(t('refused'));
} else {
  const later = debounce(() => draw().catch(fail), 300);
  draw().then(() => client.stream(`${base}/stream`, (event) => {
    if (event.name === 'workshop.ratings-aggregated') {
      ratingsArrived(event.data);
      // revealed aggregates: the scatter is drawn again
      if (event.data.drivers.some((d) => d.ratings && d.ratings.impact !== null && d.ratings.impact !== undefined)) later();
    }
    else if (event.name !== 'workshop.connected') later();
  }, (s, resumed) => {
    document.getElementById('state').textContent = t(s);
    if (resumed) later();
  })).catch(fail);
}
