export { SpfWellbeingCheckin } from './spf-wellbeing-checkin.js';
export { strings } from './strings.js';
