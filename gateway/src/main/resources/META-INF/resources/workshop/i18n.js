// Swedish by default, English with ?lang=en (remembered); the pictures follow the same choice.
const words = {
  sv: {
    phases: { SETUP: 'Förberedelse', FOCAL_QUESTION: 'Fokusfråga', DRIVERS: 'Drivkrafter', RATING: 'Bedömning',
      AXES: 'Axlar', SCENARIOS: 'Scenarier', STRATEGIES: 'Strategier', COMPLETED: 'Avslutad' },
    steep: { SOCIAL: 'Social', TECHNOLOGICAL: 'Teknisk', ECONOMIC: 'Ekonomisk', ENVIRONMENTAL: 'Miljö', POLITICAL: 'Politisk' },
    verdicts: { HOLDS: 'Håller', PARTLY: 'Delvis', FAILS: 'Håller inte' },
    console: 'Facilitatorns konsol', projector: 'Projektor', participant: 'Deltagare', language: 'In English',
    token: 'Din inloggningstoken (facilitator)', open: 'Öppna', workshop: 'Workshop', choose: 'Välj workshop',
    groups: 'Grupper', members: 'Deltagare', assign: 'Fördela i grupper', groupCount: 'Antal grupper',
    moveTo: 'Flytta till grupp', noGroup: 'Ingen grupp', joinOpen: 'Öppna för telefoner', joinCode: 'Kod',
    joinAt: 'Gå till', projectorLink: 'Skapa projektorlänk', next: 'Nästa fas', back: 'Föregående fas',
    timer: 'Timer', minutes: 'minuter', start: 'Starta', extend: '+5 min', stop: 'Stoppa', timeLeft: 'Kvar:',
    timeUp: 'Tiden är ute', revealVotes: 'Visa bedömningar och prickar', confirmAxes: 'Bekräfta föreslagna axlar', results: 'Resultat',
    report: 'Ladda ned rapport (Markdown)', resultsJson: 'Ladda ned resultat (JSON)', create: 'Ny workshop', progress: 'Gruppernas läge', focal: 'Fokusfråga', drivers: 'Drivkrafter',
    rated: 'bedömda', scenarios: 'Scenarier', strategies: 'Strategier', robust: 'Robusta strategier',
    live: 'Direkt', reconnecting: 'Återansluter …', refused: 'Åtkomst nekad', saved: 'Sparat',
    joinTitle: 'Gå med i workshopen', code: 'Workshopkod', find: 'Fortsätt', whoAreYou: 'Vem är du?',
    fromMunicipality: 'Jag kommer från', yourName: 'Ditt namn (som gruppen ser)', join: 'Gå med', free: 'platser kvar',
    waiting: 'Väntar på att facilitatorn går vidare.', yourGroup: 'Din grupp', noGroupYet: 'Du har ingen grupp än.',
    question: 'Fokusfråga', horizon: 'Tidshorisont', save: 'Spara', addDriver: 'Lägg till drivkraft', title: 'Rubrik',
    category: 'Kategori', add: 'Lägg till', impact: 'Påverkan', uncertainty: 'Osäkerhet', sendRatings: 'Skicka bedömning',
    blind: 'Du ser inte rummets bedömningar förrän facilitatorn visar dem.', votes: 'Prickar', dotsLeft: 'prickar kvar',
    sendVotes: 'Skicka prickar', axesWait: 'Facilitatorn väljer axlarna för korset.', scenarioName: 'Scenariots namn',
    narrative: 'Berättelse', strategy: 'Strategi', assess: 'Bedöm', thanks: 'Tack! Workshopen är avslutad.',
    ratings: 'bedömningar', low: 'Låg', high: 'Hög', joined: 'Anslutna telefoner', revoke: 'Återkalla', openProjector: 'Öppna projektorvyn',
  },
  en: {
    phases: { SETUP: 'Setup', FOCAL_QUESTION: 'Focal question', DRIVERS: 'Drivers', RATING: 'Rating', AXES: 'Axes',
      SCENARIOS: 'Scenarios', STRATEGIES: 'Strategies', COMPLETED: 'Completed' },
    steep: { SOCIAL: 'Social', TECHNOLOGICAL: 'Technological', ECONOMIC: 'Economic', ENVIRONMENTAL: 'Environmental',
      POLITICAL: 'Political' },
    verdicts: { HOLDS: 'Holds', PARTLY: 'Partly', FAILS: 'Fails' },
    console: 'Facilitator console', projector: 'Projector', participant: 'Participant', language: 'På svenska',
    token: 'Your sign-in token (facilitator)', open: 'Open', workshop: 'Workshop', choose: 'Choose a workshop',
    groups: 'Groups', members: 'Members', assign: 'Assign to groups', groupCount: 'Number of groups',
    moveTo: 'Move to group', noGroup: 'No group', joinOpen: 'Open to phones', joinCode: 'Code', joinAt: 'Go to',
    projectorLink: 'Create projector link', next: 'Next phase', back: 'Previous phase', timer: 'Timer',
    minutes: 'minutes', start: 'Start', extend: '+5 min', stop: 'Stop', timeLeft: 'Left:', timeUp: 'Time is up',
    revealVotes: 'Reveal ratings and dots', confirmAxes: 'Confirm the suggested axes', results: 'Results',
    report: 'Download the report (Markdown)', resultsJson: 'Download the results (JSON)', create: 'New workshop', progress: 'Where the groups are', focal: 'Focal question',
    drivers: 'Drivers', rated: 'rated', scenarios: 'Scenarios', strategies: 'Strategies', robust: 'Robust strategies',
    live: 'Live', reconnecting: 'Reconnecting …', refused: 'Access refused', saved: 'Saved',
    joinTitle: 'Join the workshop', code: 'Workshop code', find: 'Continue', whoAreYou: 'Who are you?',
    fromMunicipality: 'I come from', yourName: 'Your name (as your group sees it)', join: 'Join', free: 'places left',
    waiting: 'Waiting for the facilitator to move on.', yourGroup: 'Your group', noGroupYet: 'You have no group yet.',
    question: 'Focal question', horizon: 'Horizon', save: 'Save', addDriver: 'Add a driver', title: 'Title',
    category: 'Category', add: 'Add', impact: 'Impact', uncertainty: 'Uncertainty', sendRatings: 'Send ratings',
    blind: 'You do not see the room’s ratings until the facilitator reveals them.', votes: 'Dots', dotsLeft: 'dots left',
    sendVotes: 'Send dots', axesWait: 'The facilitator chooses the axes of the cross.', scenarioName: 'Scenario name',
    narrative: 'Narrative', strategy: 'Strategy', assess: 'Assess', thanks: 'Thank you! The workshop has ended.',
    ratings: 'ratings', low: 'Low', high: 'High', joined: 'Joined phones', revoke: 'Revoke', openProjector: 'Open the projector view',
  },
};

const chosen = new URLSearchParams(location.search).get('lang');
if (chosen === 'sv' || chosen === 'en') localStorage.setItem('rln.lang', chosen);
export const lang = localStorage.getItem('rln.lang') === 'en' ? 'en' : 'sv';
document.documentElement.lang = lang;

export function t(key) {
  return words[lang][key] ?? key;
}

export function phaseName(phase) {
  return words[lang].phases[phase] ?? phase;
}

export function steepName(c) {
  return words[lang].steep[c] ?? c;
}

export function verdictName(v) {
  return words[lang].verdicts[v] ?? v;
}

/** A link that switches the language and keeps the page's place. */
export function languageLink() {
  const a = document.createElement('a');
  const u = new URL(location.href);
  u.searchParams.set('lang', lang === 'sv' ? 'en' : 'sv');
  a.href = u.toString();
  a.textContent = t('language');
  a.lang = lang === 'sv' ? 'en' : 'sv';
  a.className = 'language';
  return a;
}
