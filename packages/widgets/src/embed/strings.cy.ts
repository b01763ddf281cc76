import type { Messages } from '@spf-wellbeing/core';
import type { StringKey } from './strings.js';

/** Welsh UI strings of the embed-code builder. Loaded only when the page is in Welsh. */
const cy: Messages<StringKey> = {
  heading: 'Creu’r cod i roi cynnwys lles ar eich tudalen',
  intro:
    'Dewiswch beth i’w ddangos a sut, edrychwch ar y rhagolwg, yna copïwch y cod i’ch tudalen neu i’ch system rheoli cynnwys.',
  stepElement: '1. Beth i’w ddangos',
  'element-resources': 'Adnoddau: rhestr o ganllawiau, pecynnau cymorth a phodlediadau y gallwch chwilio drwyddi',
  'element-podcast-player': 'Chwaraewr podlediadau: pennod neu gyfres, gyda thrawsgrifiadau',
  'element-wellbeing-checkin': 'Gwiriad lles: “Sut ydych chi’n teimlo heddiw?”',
  'element-diagnostic-card': 'Hunanasesiad yn erbyn Fframwaith Iechyd a Lles y GIG',
  stepOptions: '2. Dewisiadau',
  feedLabel: 'Cyfeiriad y ffrwd (dewisol)',
  feedHint: 'Gadewch yn wag i ddefnyddio ffrwd ddiofyn Fforwm Partneriaeth Gymdeithasol y GIG.',
  loadFeed: 'Defnyddio’r ffrwd hon',
  feedLoading: 'Yn llwytho’r ffrwd…',
  feedNotWeb: 'Rhaid i gyfeiriad y ffrwd ddechrau gyda https:// neu http://.',
  feedNotAllowed:
    'Nid yw’r dudalen fewnosod yn dangos ffrydiau o {origin}. Mae’n dangos ffrydiau ar ei gwefan ei hun ac ar y gwefannau y cafodd ei hadeiladu i’w caniatáu. Gofynnwch i’r bobl sy’n ei lletya ganiatáu’r un hon.',
  topicLabel: 'Pwnc',
  allTopics: 'Pob pwnc',
  episodeLabel: 'Pennod',
  newestEpisode: 'Y bennod ddiweddaraf (neu’r gyfres a ddewiswyd)',
  seriesLabel: 'Cyfres',
  anySeries: 'Unrhyw gyfres',
  seriesHint: 'Daw pennod a ddewiswyd yn gyntaf; mae cyfres yn dangos ei phenodau mewn trefn.',
  checkinLabel: 'Gwiriad',
  historyLabel: 'Gadael i bobl gadw hanes eu gwiriadau yn eu porwr eu hunain',
  diagnosticLabel: 'Hunanasesiad',
  firstInFeed: 'Y cyntaf yn y ffrwd',
  languageLabel: 'Iaith',
  languageReader: 'Iaith porwr y darllenydd',
  languageEn: 'English (Saesneg)',
  languageCy: 'Cymraeg',
  heightLabel: 'Uchder mewn picseli (300 neu fwy)',
  heightHint:
    'Fe’i defnyddir lle na all y dudalen newid maint y ffrâm, fel SharePoint. Mae’r cynnwys yn sgrolio y tu mewn i’r ffrâm ar unrhyw uchder.',
  heightError: 'Rhowch uchder o 300 neu fwy. Yn defnyddio {height}.',
  stepPreview: '3. Rhagolwg',
  previewTitle: 'Rhagolwg: {title}',
  stepCode: '4. Copïo’r cod',
  iframeHeading: 'Ffrâm (iframe): ar gyfer SharePoint, WordPress.com ac unrhyw dudalen sy’n caniatáu fframiau',
  iframeHint: 'Mae’r ffrâm yn aros ar yr uchder a ddewiswyd, ac yn sgrolio y tu mewn.',
  helperHeading: 'Llinell newid maint: lle mae eich tudalen hefyd yn caniatáu un sgript',
  helperHint:
    'Ychwanegwch hon unwaith, ar ôl y fframiau: mae’n gosod uchder pob ffrâm i’w chynnwys ac yn trosglwyddo ei digwyddiadau.',
  dropInHeading: 'Elfen i’w gollwng i mewn: ar gyfer tudalennau sy’n caniatáu sgriptiau',
  dropInHint:
    'Dim ffrâm: mae’r elfen yn rhan o’ch tudalen. Mae’r cynnwys y tu mewn i’r tag yn ymddangos os na all ddechrau.',
  iframeName: 'cod ffrâm',
  helperName: 'llinell newid maint',
  dropInName: 'cod yr elfen',
  codeLabel: 'Cod: {what}',
  copy: 'Copïo',
  copyWhat: 'Copïo’r {what}',
  copied: 'Wedi’i gopïo',
  copySelected: 'Mae’r cod wedi’i ddewis. Pwyswch Control a C (neu Command a C) i’w gopïo.',
  fallbackCheckin:
    'Os ydych chi’n cael trafferth, siaradwch â’ch rheolwr llinell neu â thîm lles staff. Mae’r Samariaid yno unrhyw bryd ar',
  fallbackDiagnostic: 'Darllen Fframwaith Iechyd a Lles y GIG',
  fallbackDownload: 'Lawrlwytho’r bennod',
  fallbackMore: 'Rhagor o adnoddau iechyd a lles',
  frameTitle: 'Lles staff y GIG: {title}',
};

export default cy;
