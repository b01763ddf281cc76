import type { Message, MessageKey } from './strings.js';

/**
 * Every message `spf-feed` prints, in Welsh: the same keys and {placeholders}
 * as the English table. Command names, options, column names and feed field
 * names stay as they are typed (title, url, --base), since editors type them.
 */
const COMMON_OPTIONS = `  -o, --output FILE   Ysgrifennu i FILE (drwy ffeil dros dro) yn lle stdout.
  --force             Ysgrifennu hyd yn oed pan fo problemau.
  --format FORMAT     Sut mae problemau’n cael eu hargraffu: text (y rhagosodiad),
                      github neu json.
  --lang cy|en        Iaith y negeseuon (fel arall, mae LC_ALL, LC_MESSAGES neu
                      LANG sy’n dechrau â "cy" yn golygu Cymraeg; Saesneg fel arall).
  -h, --help          Dangos y cymorth hwn.`;

const cy: Record<MessageKey, Message> = {
  // ---- cymorth ----
  helpMain: `spf-feed: offer ar gyfer ffrwd llesiant SPF

Defnydd: spf-feed <gorchymyn> [dewisiadau]

Gorchmynion:
  validate FEED.json...           Gwirio ffrydiau; pob problem fel ffeil:llinell:colofn.
  to-csv FEED.json                Adnoddau’r ffrwd fel taenlen (CSV).
  from-csv RESOURCES.csv          Adnoddau o daenlen, i mewn i ffrwd.
  from-rss PODCAST.xml|URL        RSS podlediad fel penodau’r ffrwd.

Rhedwch "spf-feed <gorchymyn> --help" i weld dewisiadau gorchymyn.
Mae’r negeseuon yn Gymraeg neu’n Saesneg: --lang cy|en, neu fel arall
Cymraeg pan fo LC_ALL, LC_MESSAGES neu LANG yn dechrau â "cy" (fel cy_GB.UTF-8).
Codau gadael: 0 mae popeth yn iawn, 1 mae problemau yn y mewnbwn, 2 gwall defnydd.
Y canllaw: docs/feed-tools.md yn yr ystorfa, neu README y pecyn hwn.
`,
  helpValidate: `Defnydd: spf-feed validate FEED.json... [dewisiadau]

Yn gwirio pob ffrwd: ei JSON, yna pob un o reolau fformat y ffrwd (yr un
parseFeed ag y mae’r elfennau’n ei ddefnyddio). Mae pob problem yn nodi
ffeil:llinell:colofn.

Dewisiadau:
  --url URL           Y cyfeiriad lle mae’r ffrwd yn cael ei chyhoeddi, ar gyfer
                      dolenni cymharol.
  --format FORMAT     text (y rhagosodiad); github: anodiadau ::error ar gyfer
                      gwiriad cais tynnu; json: adroddiad ar gyfer rhaglenni.
  -o, --output FILE   Ysgrifennu’r adroddiad i FILE yn lle stdout.
  --max-size MB       Gwrthod ffeiliau sy’n fwy na hyn (y rhagosodiad yw 32).
  --lang cy|en        Iaith y negeseuon (fel arall, mae LC_ALL, LC_MESSAGES neu
                      LANG sy’n dechrau â "cy" yn golygu Cymraeg; Saesneg fel arall).
  -h, --help          Dangos y cymorth hwn.

Cod gadael 0 pan nad oes problem mewn unrhyw ffrwd, 1 pan fo problem mewn
unrhyw un, 2 ar ôl gwall defnydd.
`,
  helpToCsv: `Defnydd: spf-feed to-csv FEED.json [dewisiadau]

Yn ysgrifennu adnoddau’r ffrwd fel taenlen: un rhes i bob adnodd, gyda’r
colofnau title, url, type, organisation, topics, summary, published, episode,
id, title_cy, summary_cy. Mae sefydliadau a phynciau’n cael eu hysgrifennu
wrth eu henw. Mae’r ffeil yn UTF-8 gyda nod trefn beit, felly mae Excel yn
cadw’r llythrennau Cymraeg.

Dewisiadau:
${COMMON_OPTIONS}
  --url URL           Y cyfeiriad lle mae’r ffrwd yn cael ei chyhoeddi, ar gyfer
                      dolenni cymharol.
  --max-size MB       Gwrthod ffeiliau sy’n fwy na hyn (y rhagosodiad yw 32).

Enghraifft:
  spf-feed to-csv feed.json -o resources.csv
`,
  helpFromCsv: `Defnydd: spf-feed from-csv RESOURCES.csv [--base FEED.json] [dewisiadau]

Yn darllen taenlen adnoddau a gadwyd fel "CSV UTF-8". Colofnau gofynnol:
title, url, type, organisation. Dewisol: topics (enwau wedi’u gwahanu gan ;),
summary, published, episode, id (yn cael ei wneud o’r teitl pan fo’n wag),
title_cy, summary_cy. Gall y colofnau fod mewn unrhyw drefn; mae colofnau
eraill yn cael eu hanwybyddu, gyda nodyn.

Mae sefydliadau a phynciau’n cael eu canfod wrth eu henw (llythrennau bach
neu fawr) yn y ffrwd sylfaen; mae enw nad yw yno yn dod yn un newydd. Gyda
--base, mae’r daenlen yn cymryd lle adnoddau’r ffrwd ac mae popeth arall yn
y ffrwd yn aros fel y mae. Heb --base, mae’n ysgrifennu ffrwd newydd gyda’r
adnoddau, y sefydliadau a’r pynciau.

Dewisiadau:
  --base FEED.json    Y ffrwd i roi’r adnoddau ynddi.
${COMMON_OPTIONS}
  --max-size MB       Gwrthod ffeiliau sy’n fwy na hyn (y rhagosodiad yw 32).

Enghraifft:
  spf-feed from-csv resources.csv --base feed.json -o feed.json
`,
  helpFromRss: `Defnydd: spf-feed from-rss PODCAST.xml|URL [--base FEED.json] [dewisiadau]

Yn troi ffrwd RSS 2.0 podlediad yn benodau’r ffrwd, wedi’u cyfuno yn ôl id
(guid yr RSS) i mewn i’r ffrwd sylfaen, neu i mewn i ffrwd newydd. Yn darllen
tagiau iTunes, Podcasting 2.0 (person, transcript, chapters,
alternateEnclosure) a phenodau Podlove. Mae eitemau heb ffeil sain yn cael eu
nodi a’u gadael allan.

Dewisiadau:
  --base FEED.json    Y ffrwd i gyfuno’r penodau iddi.
  --series ID         Rhoi pob pennod a fewnforir yn y gyfres hon.
  --limit N           Mewnforio N pennod ar y mwyaf (y cyntaf yn yr RSS, y rhai
                      mwyaf newydd fel arfer).
  --fetch-chapters    Nôl pob ffeil adrannau Podcasting 2.0 ac ysgrifennu ei
                      hadrannau i’r ffrwd (fel arall, mae’r ddolen yn cael ei chadw).
  --timeout SECONDS   Terfyn amser ar gyfer pob lawrlwythiad (y rhagosodiad yw 20).
  --max-size MB       Gwrthod RSS sy’n fwy na hyn (y rhagosodiad yw 32).
${COMMON_OPTIONS}

Enghraifft:
  spf-feed from-rss https://podcast.example/rss --base feed.json --series our-podcast -o feed.json
`,

  // ---- gwallau defnydd ----
  seeHelp: 'Rhedwch "spf-feed --help" i weld sut i’w ddefnyddio.',
  usageError: '{message}\nRhedwch "spf-feed {command} --help" i weld sut i’w ddefnyddio.',
  unknownOption: "Dewis anhysbys '{option}'.",
  optionNeedsValue: "Mae angen gwerth ar y dewis '{option}'.",
  optionTakesNoValue: "Nid yw’r dewis '{option}' yn cymryd gwerth.",
  argumentsNotUnderstood: 'Nid oes modd deall y gorchymyn ({error}).',
  unknownCommand: 'gorchymyn anhysbys "{command}". Y gorchmynion yw: {commands}.',
  notAnOption: {
    zero: 'Nid yw {options} yn ddewisiadau i {command}.',
    one: 'Nid yw {options} yn un o ddewisiadau {command}.',
    two: 'Nid yw {options} yn ddewisiadau i {command}.',
    few: 'Nid yw {options} yn ddewisiadau i {command}.',
    many: 'Nid yw {options} yn ddewisiadau i {command}.',
    other: 'Nid yw {options} yn ddewisiadau i {command}.',
  },
  badFormat: 'Rhaid i --format fod yn text, github neu json, nid "{value}".',
  badLang: 'Rhaid i --lang fod yn cy (Cymraeg) neu en (Saesneg), nid "{value}".',
  notPositive: 'Rhaid i --{option} fod yn rhif mwy na 0, nid "{value}".',
  notPositiveWhole: 'Rhaid i --{option} fod yn rhif cyfan mwy na 0, nid "{value}".',
  needFeedFiles: 'Enwch y ffeil(iau) ffrwd i’w darllen.',
  needInputFile: 'Enwch y ffeil fewnbwn i’w darllen.',
  oneInputFile: 'Enwch un ffeil fewnbwn, nid {count}.',
  baseNeedsFile: 'Mae angen enw ffeil ar --base.',
  seriesId: 'Mae angen id o 1 i 200 nod ar --series.',
  onlyHttp: 'Dim ond URLau http a https y mae modd eu nôl, nid {url}.',

  // ---- beth ddigwyddodd ----
  nothingWritten: 'Ni ysgrifennwyd dim.',
  unexpected: 'aeth rhywbeth o’i le na ddylai fod wedi digwydd: {error}',
  problemsToFix: {
    zero: '{count} problem i’w datrys. Ni ysgrifennwyd dim. Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    one: '{count} problem i’w datrys. Ni ysgrifennwyd dim. Datryswch hi, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    two: '{count} problem i’w datrys. Ni ysgrifennwyd dim. Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    few: '{count} problem i’w datrys. Ni ysgrifennwyd dim. Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    many: '{count} problem i’w datrys. Ni ysgrifennwyd dim. Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    other:
      '{count} problem i’w datrys. Ni ysgrifennwyd dim. Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
  },
  problemsToFixKept: {
    zero: '{count} problem i’w datrys. Ni ysgrifennwyd dim (mae {file} fel yr oedd). Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    one: '{count} problem i’w datrys. Ni ysgrifennwyd dim (mae {file} fel yr oedd). Datryswch hi, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    two: '{count} problem i’w datrys. Ni ysgrifennwyd dim (mae {file} fel yr oedd). Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    few: '{count} problem i’w datrys. Ni ysgrifennwyd dim (mae {file} fel yr oedd). Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    many: '{count} problem i’w datrys. Ni ysgrifennwyd dim (mae {file} fel yr oedd). Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
    other:
      '{count} problem i’w datrys. Ni ysgrifennwyd dim (mae {file} fel yr oedd). Datryswch nhw, neu defnyddiwch --force i ysgrifennu beth bynnag.',
  },
  wrote: 'Ysgrifennwyd {file}: {what}.',
  wroteForced: {
    one: 'Ysgrifennwyd {file}: {what}. ({count} problem; wedi’i hysgrifennu oherwydd --force.)',
    two: 'Ysgrifennwyd {file}: {what}. ({count} problem; wedi’i hysgrifennu oherwydd --force.)',
    other: 'Ysgrifennwyd {file}: {what}. ({count} problem; wedi’i hysgrifennu oherwydd --force.)',
  },
  feedUnreadable: 'Nid oes modd darllen y ffrwd, felly ni ysgrifennwyd dim.',
  baseNotUtf8Summary: 'Nid yw {file} (--base) yn destun UTF-8.',
  fileNoProblems: '{file}: dim problemau.',
  fileNoProblemsSummary: '{file}: dim problemau ({summary}).',
  fileProblems: {
    one: '{file}: {count} problem.',
    two: '{file}: {count} problem.',
    other: '{file}: {count} problem.',
  },
  fileProblemsSummary: {
    one: '{file}: {count} problem ({summary}).',
    two: '{file}: {count} problem ({summary}).',
    other: '{file}: {count} problem ({summary}).',
  },
  countResources: { other: '{count} adnodd' },
  countEpisodes: { one: '{count} pennod', two: '{count} pennod', other: '{count} pennod' },
  countCheckins: { other: '{count} gwiriad' },
  countSelfAssessments: { other: '{count} hunanasesiad' },
  countOrganisations: { other: '{count} sefydliad' },
  countTopics: { other: '{count} pwnc' },
  countEpisodesFromRss: {
    one: '{count} pennod o’r RSS',
    two: '{count} pennod o’r RSS',
    other: '{count} pennod o’r RSS',
  },

  // ---- ble mae problem ----
  severityError: 'gwall',
  severityWarning: 'rhybudd',
  severityNote: 'nodyn',
  row: 'rhes {row}',
  rowColumn: 'rhes {row}, colofn {letter} ({name})',
  rowField: 'rhes {row}, {name}',
  item: 'eitem {number}',
  itemTitled: 'eitem {number} "{title}"',

  // ---- darllen ac ysgrifennu ffeiliau ----
  'cannot-read': 'Nid oes modd darllen {file}: {reason}.',
  'reason-no-file': 'nid oes ffeil o’r enw hwnnw',
  'reason-permission': 'dim caniatâd',
  'reason-no-folder': 'nid yw ei ffolder yn bodoli',
  'reason-disk-full': 'mae’r ddisg yn llawn',
  'is-folder': 'Nid oes modd darllen {file}: ffolder yw hwn, nid ffeil.',
  'too-large': 'Mae {file} yn fwy na {size}, felly ni chafodd ei darllen. (Mae --max-size yn newid y terfyn.)',
  'write-folder': 'Nid oes modd ysgrifennu {file}: ffolder yw hwn. Enwch ffeil.',
  'cannot-write': 'Nid oes modd ysgrifennu {file}: {reason}. Ni ysgrifennwyd dim.',
  'bad-url': 'Nid yw {url} yn URL dilys.',
  'http-only': '{url}: dim ond URLau http a https y mae modd eu nôl.',
  'http-status': 'Atebodd {url} gyda {status}.',
  'fetch-timeout': 'Ni atebodd {url} o fewn {seconds} eiliad.',
  'fetch-failed': 'Nid oedd modd nôl {url}: {reason}.',

  // ---- JSON ffrwd ----
  'not-utf8-json': 'Nid yw’r ffeil yn destun UTF-8. Cadwch hi fel UTF-8 (rhaid i ffeiliau JSON fod yn UTF-8).',
  'not-json': 'Nid JSON yw hwn: mae ffrwd yn dechrau â "{". Ai dyma’r ffeil gywir?',
  'not-json-xml':
    'Nid JSON yw hwn: mae ffrwd yn dechrau â "{". Ai dyma’r ffeil gywir? (Mae’n edrych fel XML: ar gyfer RSS podlediad, defnyddiwch spf-feed from-rss.)',
  'empty-file': 'Mae’r ffeil yn wag.',
  'json-too-deep':
    'Mae’r JSON wedi’i nythu’n rhy ddwfn i’w ddarllen (rhestrau neu wrthrychau filoedd o lefelau o ddyfnder).',
  'json-invalid': 'Nid yw’n JSON dilys: {error}',
  'json-invalid-symbol': 'Nod annisgwyl yma.',
  'json-invalid-number': 'Nid yw hwn yn rhif dilys.',
  'json-name-expected': 'Roedd disgwyl enw maes mewn dyfynodau dwbl.',
  'json-value-expected': 'Roedd disgwyl gwerth.',
  'json-colon-expected': 'Roedd disgwyl colon (:) ar ôl enw’r maes.',
  'json-comma-expected': 'Roedd disgwyl coma (,) rhwng dwy eitem.',
  'json-close-brace-expected': 'Roedd disgwyl } i gau’r gwrthrych hwn.',
  'json-close-bracket-expected': 'Roedd disgwyl ] i gau’r rhestr hon.',
  'json-end-expected': 'Testun annisgwyl ar ôl diwedd y JSON.',
  'json-comment': 'Nid oes modd cael sylwadau mewn JSON.',
  'json-comment-not-closed': 'Nid yw sylw wedi’i gau (ac nid oes modd cael sylwadau mewn JSON).',
  'json-string-not-closed': 'Nid yw’r testun hwn wedi’i gau â dyfynnod dwbl (").',
  'json-number-ends': 'Mae’r rhif hwn yn gorffen yn rhy fuan.',
  'json-bad-unicode': 'Dihangiad \\u annilys: mae angen 4 digid hecsadegol.',
  'json-bad-escape':
    'Dihangiad annilys: defnyddiwch \\" ar gyfer dyfynnod, \\\\ ar gyfer ôl-slaes, \\n ar gyfer llinell newydd.',
  'json-control-character': 'Nid oes modd cael toriad llinell na thab mewn testun: ysgrifennwch \\n neu \\t.',
  'json-trailing-comma': 'Nid oes hawl cael coma (,) ar ôl yr eitem olaf mewn JSON: tynnwch hi.',
  'json-single-quotes': 'Mae angen dyfynodau dwbl (") ar enwau meysydd, nid rhai sengl.',
  'json-ends-early': 'Mae’r ffeil yn gorffen yn rhy fuan: mae rhywbeth ar goll.',
  'json-syntax': 'Gwall cystrawen JSON ({error}).',
  'base-not-utf8': 'Nid yw’r ffrwd sylfaen yn destun UTF-8.',
  'base-not-feed': 'Rhaid i’r ffrwd sylfaen fod yn wrthrych JSON gyda "version": 1.',

  // ---- problemau parseFeed (codau FeedProblem) ----
  unreadable: 'Nid oedd modd darllen y ffrwd ({error}).',
  'not-object': 'Rhaid i’r ffrwd fod yn wrthrych JSON.',
  'bad-version': 'Rhaid i fersiwn y ffrwd fod yn 1.',
  'bad-language': 'Rhaid i’r iaith fod yn dag iaith fel "en" neu "cy".',
  'episode-no-audio': 'Mae angen o leiaf un ffeil sain gydag URL diogel ar bennod.',
  'file-not-object': 'Roedd disgwyl gwrthrych gyda "url" a "type".',
  'resource-no-type': 'Mae angen math (type) ar adnodd; mae’n cael ei ddangos fel "other".',
  'unknown-type': 'Math anhysbys "{type}"; mae’n cael ei ddangos fel "other".',
  'checkin-options': 'Mae angen o leiaf 2 ddewis ar wiriad, pob un yn pwyntio at fand.',
  'option-no-band': 'Mae angen band ar ddewis.',
  'help-not-object': 'Roedd disgwyl gwrthrych gyda "title" a "contacts".',
  'diagnostic-scale': 'Mae angen graddfa o 2 lefel o leiaf, pob un â gwerth rhifol, ar hunanasesiad.',
  'diagnostic-sections': 'Mae angen o leiaf un adran gyda datganiadau ar hunanasesiad.',
  'scale-value-twice':
    'Mae’r gwerth {value} yn cael ei ddefnyddio ddwywaith yn y raddfa hon; mae’r ail wedi’i adael allan.',
  'section-statements': 'Mae angen o leiaf un datganiad ar adran; mae’r adran hon wedi’i gadael allan.',
  'not-list': 'Roedd disgwyl rhestr.',
  'too-many-items': 'Dim ond y {max} eitem gyntaf sy’n cael eu darllen.',
  'item-not-object': 'Roedd disgwyl gwrthrych; mae’r eitem hon wedi’i gadael allan.',
  'item-left-out': 'Mae’r eitem hon wedi’i gadael allan.',
  'bad-id': 'Roedd disgwyl id testun o 1 i {max} nod.',
  'id-required': 'Mae angen id.',
  'duplicate-id': 'Mae’r id "{id}" yn cael ei ddefnyddio ddwywaith; mae’r ail wedi’i adael allan.',
  'unknown-reference': 'Nid oes {kind} gyda’r id "{id}"; mae’r ddolen wedi’i gadael allan.',
  'not-id-list': 'Roedd disgwyl rhestr o idau.',
  required: 'Mae angen hwn.',
  'not-text': 'Roedd disgwyl testun.',
  'bad-language-text': 'Roedd disgwyl tag iaith gyda thestun.',
  'not-local-text': 'Roedd disgwyl testun, neu fap o iaith i destun.',
  'text-cut': 'Mae testun sy’n hwy na {max} nod yn cael ei dorri’n fyr.',
  'url-required': 'Mae angen URL.',
  'unsafe-url': 'Nid yw’r URL yn ddolen http(s), mailto, tel neu sms ddiogel; mae wedi’i adael allan.',
  'number-required': 'Mae angen rhif.',
  'not-number': 'Roedd disgwyl rhif.',
  'bad-date': 'Roedd disgwyl dyddiad fel 2021-11-25.',
  kindOrganisation: 'sefydliad',
  kindTopic: 'pwnc',
  kindEpisode: 'pennod',
  kindResource: 'adnodd',
  kindBand: 'band',

  // ---- y daenlen adnoddau ----
  'csv-not-utf8':
    'Nid yw’r ffeil wedi’i chadw fel UTF-8. Yn Excel, dewiswch Ffeil > Cadw Fel > "CSV UTF-8 (Comma delimited)"; yn Google Sheets, Ffeil > Lawrlwytho > "Comma-separated values". Nid oes modd i "CSV" plaen Excel ddal y llythrennau Cymraeg ŵ ac ŷ.',
  'csv-utf16':
    'Nid yw’r ffeil wedi’i chadw fel UTF-8 (UTF-16 yw hi, "Unicode Text"). Yn Excel, dewiswch Ffeil > Cadw Fel > "CSV UTF-8 (Comma delimited)"; yn Google Sheets, Ffeil > Lawrlwytho > "Comma-separated values". Nid oes modd i "CSV" plaen Excel ddal y llythrennau Cymraeg ŵ ac ŷ.',
  'csv-is-json': 'Mae hwn yn edrych fel JSON, nid taenlen. I wneud taenlen o ffrwd, defnyddiwch spf-feed to-csv.',
  'csv-unreadable': 'Nid oes modd darllen y daenlen fel CSV ({error}). Chwiliwch am ddyfynnod (") sydd heb ei gau.',
  'csv-empty': 'Mae’r daenlen yn wag: dylai rhes 1 enwi’r colofnau (title, url, type, organisation …).',
  'csv-column-twice': 'Mae’r golofn hon yn ymddangos ddwywaith; mae’r ail yn cael ei hanwybyddu.',
  'csv-column-unknown': 'Nid yw’r ffrwd yn defnyddio’r golofn hon; mae’n cael ei hanwybyddu.',
  'csv-missing-columns': 'Rhaid i res {row} enwi’r colofnau. Ar goll: {missing}. Y colofnau yw: {columns}.',
  'csv-no-title': 'Mae angen teitl (title) ar adnodd.',
  'csv-no-url': 'Mae angen url ar adnodd.',
  'csv-no-type': 'Mae angen math (type) ar adnodd.',
  'csv-no-organisation': 'Mae angen sefydliad (organisation) ar adnodd.',
  'csv-id-made': 'Dim id, felly ei id yw "{id}", wedi’i wneud o’r teitl.',
  'csv-new-organisation':
    'Mae "{name}" yn sefydliad newydd (id "{id}"). Os oeddech yn golygu un sydd eisoes yn y ffrwd, gwiriwch y sillafu.',
  'csv-new-topic':
    'Mae "{name}" yn bwnc newydd (id "{id}"). Os oeddech yn golygu un sydd eisoes yn y ffrwd, gwiriwch y sillafu.',
  'csv-uk-date': 'Mae {text} yn cael ei ddarllen fel {date} (diwrnod/mis/blwyddyn).',
  'csv-row-left-out': 'Mae’r rhes hon wedi’i gadael allan o’r ffrwd.',

  // ---- RSS podlediad ----
  'xml-unknown-encoding':
    'Mae’r XML yn dweud mai "{encoding}" yw ei amgodiad, ond nid yw hwnnw’n hysbys; mae’n cael ei ddarllen fel UTF-8.',
  'xml-not-utf8': 'Nid yw rhai beitiau’n UTF-8; maen nhw’n ymddangos fel �.',
  'xml-entities':
    'Mae’r RSS yn datgan ei endidau ei hun (<!ENTITY …>). Nid oes byth angen y rhain ar ffrydiau podlediad, a dyma sut mae ymosodiadau "billion laughs" ac endidau allanol yn gweithio, felly mae’r ffeil yn cael ei gwrthod.',
  'rss-not-xml': 'Nid XML yw hwn: mae spf-feed from-rss yn darllen ffrwd RSS podlediad.',
  'rss-not-xml-json':
    'Nid XML yw hwn: mae spf-feed from-rss yn darllen ffrwd RSS podlediad (mae hwn yn edrych fel JSON).',
  'rss-not-well-formed': 'Nid yw’r RSS yn XML wedi’i ffurfio’n dda: {error}',
  'rss-unreadable': 'Nid oes modd darllen yr RSS: {error}.',
  'rss-atom': 'Ffrwd Atom yw hon: mae spf-feed yn darllen ffrydiau podlediad yn RSS 2.0 (<rss><channel><item>…).',
  'rss-1': 'RSS 1.0 yw hwn: mae spf-feed yn darllen ffrydiau podlediad yn RSS 2.0 (<rss><channel><item>…).',
  'rss-not-rss': 'Nid RSS yw hwn: mae spf-feed yn darllen ffrydiau podlediad yn RSS 2.0 (<rss><channel><item>…).',
  'rss-no-channel': 'Nid oes <channel> yn yr RSS.',
  'rss-bad-language':
    'Nid yw iaith y sianel, "{language}", yn dag iaith fel "en" neu "en-gb"; mae wedi’i gadael allan.',
  'rss-live-items': {
    zero: '{count} ffrwd fyw (podcast:liveItem) wedi’u gadael allan: nid pennod yw ffrwd fyw.',
    one: '{count} ffrwd fyw (podcast:liveItem) wedi’i gadael allan: nid pennod yw ffrwd fyw.',
    two: '{count} ffrwd fyw (podcast:liveItem) wedi’u gadael allan: nid pennod yw ffrwd fyw.',
    few: '{count} ffrwd fyw (podcast:liveItem) wedi’u gadael allan: nid pennod yw ffrwd fyw.',
    many: '{count} ffrwd fyw (podcast:liveItem) wedi’u gadael allan: nid pennod yw ffrwd fyw.',
    other: '{count} ffrwd fyw (podcast:liveItem) wedi’u gadael allan: nid pennod yw ffrwd fyw.',
  },
  'rss-no-enclosure': 'dim ffeil sain y gall y chwaraewr ei chwarae (dim <enclosure>); mae wedi’i gadael allan.',
  'rss-no-playable-audio': 'dim ffeil sain y gall y chwaraewr ei chwarae ({reasons}); mae wedi’i gadael allan.',
  'rss-unsafe-audio': 'nid yw "{url}" yn ddolen http(s) ddiogel',
  'rss-not-audio': 'nid sain yw {type}',
  'rss-untyped-audio': 'nid sain yw ffeil heb fath',
  'rss-no-title': 'dim <title>; mae wedi’i gadael allan.',
  'rss-no-guid': 'dim <guid>; mae ei id wedi’i wneud o URL y sain.',
  'rss-guid-twice': 'mae eitem gynharach hefyd yn defnyddio’r guid "{id}"; mae wedi’i gadael allan.',
  'rss-bad-episode-number': 'nid yw itunes:episode "{number}" yn rhif cyfan; mae wedi’i adael allan.',
  'rss-bad-date': 'nid oes modd deall y dyddiad "{date}"; mae wedi’i adael allan.',
  'rss-bad-duration': 'nid yw itunes:duration "{duration}" yn eiliadau, MM:SS neu HH:MM:SS; mae wedi’i adael allan.',
  'rss-summary-cut': 'mae ei disgrifiad wedi’i dorri i {max} nod.',
  'rss-unsafe-chapters': 'nid yw ei dolen podcast:chapters yn ddolen http(s) ddiogel; mae wedi’i gadael allan.',
  'rss-no-chapters': 'nid oes adrannau yn ei ffeil adrannau {url}; mae’r ddolen yn cael ei chadw.',
  'rss-chapters-failed': 'nid oedd modd darllen ei ffeil adrannau ({error}); mae’r ddolen yn cael ei chadw.',
  'rss-unsafe-link': 'nid yw ei <link> "{link}" yn ddolen http(s) ddiogel; mae wedi’i gadael allan.',
  'rss-no-episodes':
    'Nid oes gan unrhyw eitem yn yr RSS ffeil sain y gall y chwaraewr ei chwarae, felly nid oes penodau.',
};

export default cy;
