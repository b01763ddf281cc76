export { SpfWellbeingCheckin, CHART_SIZE } from './spf-wellbeing-checkin.js';
export { SpfCheckinEvent, type SpfCheckinDetail } from './events.js';
export {
  historyKey,
  readHistory,
  writeHistory,
  deleteHistory,
  localDate,
  MAX_ENTRIES,
  type CheckinEntry,
} from './history-store.js';
export { strings } from './strings.js';
export { historyStrings } from './history-strings.js';
