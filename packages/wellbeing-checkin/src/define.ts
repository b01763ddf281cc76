import { SpfWellbeingCheckin } from './spf-wellbeing-checkin.js';

export { SpfWellbeingCheckin };
SpfWellbeingCheckin.define('spf-wellbeing-checkin');

declare global {
  interface HTMLElementTagNameMap {
    'spf-wellbeing-checkin': SpfWellbeingCheckin;
  }
}
