/**
 * The embedded default feed (feed format version 1).
 *
 * Facts (names, titles, dates) come from the NHS Social Partnership Forum's
 * "Health and Wellbeing" page; the wording is our own, in English and Welsh.
 * The podcast audio is synthetic demo audio, not the real podcasts: see
 * ../CONTENT.md, and ../scripts/make-demo-audio.sh, which makes it.
 *
 * Keep this a plain, JSON-compatible object: no functions, no computed values.
 */
export const defaultFeedData = {
  version: 1,
  title: {
    en: "NHS staff health and wellbeing resources",
    cy: "Adnoddau iechyd a llesiant ar gyfer staff y GIG",
  },
  language: "en",
  updated: "2026-11-25",

  organisations: [
    { id: "spf", name: "Social Partnership Forum (SPF)", url: "https://www.socialpartnershipforum.org/" },
    { id: "nhs-employers", name: "NHS Employers", url: "https://www.nhsemployers.org/" },
    { id: "nhs-england", name: "NHS England", url: "https://www.england.nhs.uk/" },
    { id: "nhs-improvement", name: "NHS Improvement" },
    { id: "unison", name: "UNISON", url: "https://www.unison.org.uk/" },
    { id: "unite", name: "Unite", url: "https://www.unitetheunion.org/" },
    { id: "rcn", name: "Royal College of Nursing (RCN)", url: "https://www.rcn.org.uk/" },
    { id: "bma", name: "British Medical Association (BMA)", url: "https://www.bma.org.uk/" },
    { id: "csp", name: "Chartered Society of Physiotherapy (CSP)", url: "https://www.csp.org.uk/" },
    { id: "rcog", name: "Royal College of Obstetricians and Gynaecologists (RCOG)", url: "https://www.rcog.org.uk/" },
    { id: "rcm", name: "Royal College of Midwives (RCM)", url: "https://www.rcm.org.uk/" },
    {
      id: "welsh-nhs-confederation",
      name: { en: "Welsh NHS Confederation", cy: "Conffederasiwn GIG Cymru" },
      url: "https://www.nhsconfed.org/",
    },
    { id: "st-georges", name: "St George's Healthcare NHS Trust", url: "https://www.stgeorges.nhs.uk/" },
    { id: "hull-east-yorkshire", name: "Hull and East Yorkshire Hospitals NHS Trust", url: "https://www.hey.nhs.uk/" },
    { id: "bsmhft", name: "Birmingham and Solihull Mental Health NHS Foundation Trust", url: "https://www.bsmhft.nhs.uk/" },
    { id: "hpma", name: "Healthcare People Management Association (HPMA)", url: "https://www.hpma.org.uk/" },
    {
      id: "hswg",
      name: {
        en: "NHS Staff Council Health, Safety and Wellbeing Group (HSWG, formerly HSWPG)",
        cy: "NHS Staff Council Health, Safety and Wellbeing Group (HSWG, HSWPG gynt)",
      },
      url: "https://www.nhsemployers.org/",
    },
  ],

  topics: [
    { id: "health-wellbeing", name: { en: "Health and wellbeing", cy: "Iechyd a llesiant" } },
    { id: "bullying-harassment", name: { en: "Bullying and harassment", cy: "Bwlio ac aflonyddu" } },
    { id: "health-safety", name: { en: "Health and safety", cy: "Iechyd a diogelwch" } },
    { id: "mental-health", name: { en: "Mental health", cy: "Iechyd meddwl" } },
    { id: "stress", name: { en: "Stress", cy: "Straen" } },
    { id: "sickness-absence", name: { en: "Sickness absence", cy: "Absenoldeb salwch" } },
    { id: "musculoskeletal", name: { en: "Back, muscle and joint health", cy: "Iechyd y cefn, y cyhyrau a'r cymalau" } },
    { id: "culture-leadership", name: { en: "Culture and leadership", cy: "Diwylliant ac arweinyddiaeth" } },
    { id: "arts-health", name: { en: "Arts and health", cy: "Y celfyddydau ac iechyd" } },
    { id: "partnership-working", name: { en: "Partnership working", cy: "Gweithio mewn partneriaeth" } },
  ],

  resources: [
    // ---- Health and wellbeing in general --------------------------------
    {
      id: "nhs-health-wellbeing-framework",
      title: "NHS Health and Wellbeing Framework",
      url: "https://www.england.nhs.uk/",
      type: "framework",
      summary: {
        en: "NHS England worked with 12 NHS organisations to create this framework. It helps NHS organisations plan and improve how they support staff health and wellbeing.",
        cy: "Bu GIG Lloegr yn gweithio gyda 12 o sefydliadau'r GIG i greu'r fframwaith hwn. Mae'n helpu sefydliadau'r GIG i gynllunio a gwella'r ffordd maen nhw'n cefnogi iechyd a llesiant staff.",
      },
      organisation: "nhs-england",
      topics: ["health-wellbeing", "culture-leadership"],
    },
    {
      id: "hwb-framework-diagnostic-tool",
      title: { en: "Health and wellbeing diagnostic tool", cy: "Adnodd diagnostig iechyd a llesiant" },
      url: "https://www.england.nhs.uk/",
      type: "tool",
      summary: {
        en: "This tool goes with the NHS Health and Wellbeing Framework and shows where to improve. The SPF asks employers to use it with trade unions and act on the results.",
        cy: "Mae'r adnodd hwn yn mynd gyda Fframwaith Iechyd a Llesiant y GIG ac yn dangos ble i wella. Mae'r SPF yn annog cyflogwyr i'w ddefnyddio gydag undebau llafur a gweithredu ar y canlyniadau.",
      },
      organisation: "nhs-england",
      topics: ["health-wellbeing", "partnership-working"],
    },
    {
      id: "nhs-employers-health-work-wellbeing",
      title: { en: "Health, work and wellbeing", cy: "Iechyd, gwaith a llesiant" },
      url: "https://www.nhsemployers.org/",
      type: "website",
      summary: {
        en: "Advice from NHS Employers on staff health and wellbeing. Topics include involving your board, sickness absence, mental health and why wellbeing matters.",
        cy: "Cyngor gan NHS Employers am iechyd a llesiant staff. Mae'n ymdrin â chael eich bwrdd i gymryd rhan, absenoldeb salwch, iechyd meddwl a pham mae llesiant yn bwysig.",
      },
      organisation: "nhs-employers",
      topics: ["health-wellbeing", "sickness-absence", "mental-health"],
    },
    {
      id: "how-are-you-feeling-nhs-toolkit",
      title: {
        en: "How are you feeling NHS? Emotional wellbeing toolkit",
        cy: "How are you feeling NHS? Pecyn cymorth llesiant emosiynol",
      },
      url: "https://www.nhsemployers.org/",
      type: "toolkit",
      summary: {
        en: "A toolkit to help staff and teams check how they feel and start a conversation about it. It has quick visual checks, checklists, tips and action plans.",
        cy: "Pecyn cymorth i helpu staff a thimau i ystyried sut maen nhw'n teimlo a dechrau sgwrs am hynny. Mae'n cynnwys gwiriadau gweledol cyflym, rhestrau gwirio, awgrymiadau a chynlluniau gweithredu.",
      },
      organisation: "nhs-employers",
      topics: ["mental-health", "health-wellbeing", "stress"],
      published: "2015-07",
    },
    {
      id: "healthy-workplace-initiative",
      title: "Healthy Workplace Initiative",
      url: "https://www.england.nhs.uk/",
      type: "website",
      summary: {
        en: "Simon Stevens of NHS England announced this initiative to support a healthy NHS workforce.",
        cy: "Cyhoeddodd Simon Stevens o GIG Lloegr y fenter hon i gefnogi gweithlu iach yn y GIG.",
      },
      organisation: "nhs-england",
      topics: ["health-wellbeing"],
    },
    {
      id: "bma-doctors-wellbeing",
      title: { en: "Doctors' wellbeing", cy: "Llesiant meddygon" },
      url: "https://www.bma.org.uk/",
      type: "website",
      summary: {
        en: "Help and advice from the BMA for doctors and medical students.",
        cy: "Help a chyngor gan y BMA ar gyfer meddygon a myfyrwyr meddygol.",
      },
      organisation: "bma",
      topics: ["health-wellbeing", "mental-health"],
    },
    {
      id: "welsh-nhs-confed-arts-health",
      title: { en: "Arts, health and wellbeing", cy: "Y celfyddydau, iechyd a llesiant" },
      url: "https://www.nhsconfed.org/",
      type: "report",
      summary: {
        en: "A resource from the Welsh NHS Confederation. It shows how taking part in the arts can lead to better health.",
        cy: "Adnodd gan Gonffederasiwn GIG Cymru. Mae'n dangos sut gall cymryd rhan yn y celfyddydau arwain at well iechyd.",
      },
      organisation: "welsh-nhs-confederation",
      topics: ["arts-health", "health-wellbeing"],
    },
    {
      id: "st-georges-respectful-workplace",
      title: { en: "Building a respectful and passionate workplace", cy: "Creu gweithle parchus ac angerddol" },
      url: "https://www.socialpartnershipforum.org/",
      type: "case-study",
      summary: {
        en: "A case study on how St George's Healthcare NHS Trust built a workplace that is respectful and passionate.",
        cy: "Astudiaeth achos am sut y creodd St George's Healthcare NHS Trust weithle parchus ac angerddol.",
      },
      organisation: "st-georges",
      topics: ["culture-leadership", "health-wellbeing"],
    },
    {
      id: "nhs-improvement-culture-leadership-tool",
      title: { en: "Culture and leadership improvement tool", cy: "Adnodd gwella diwylliant ac arweinyddiaeth" },
      url: "https://www.england.nhs.uk/",
      type: "tool",
      summary: {
        en: "Part of NHS Improvement's Culture and Leadership Programme. It helps trusts understand their current culture and choose where to focus a collective leadership plan.",
        cy: "Rhan o Raglen Diwylliant ac Arweinyddiaeth NHS Improvement. Mae'n helpu ymddiriedolaethau i ddeall eu diwylliant presennol a dewis ble i ganolbwyntio cynllun arweinyddiaeth ar y cyd.",
      },
      organisation: "nhs-improvement",
      topics: ["culture-leadership"],
      published: "2016-09",
    },

    // ---- Health and safety ----------------------------------------------
    {
      id: "unite-health-safety-guide",
      title: { en: "Unite health and safety guide", cy: "Canllaw iechyd a diogelwch Unite" },
      url: "https://www.unitetheunion.org/",
      type: "guide",
      summary: {
        en: "A guide from Unite that explains the laws on health and safety at work.",
        cy: "Canllaw gan Unite sy'n esbonio'r cyfreithiau ar iechyd a diogelwch yn y gwaith.",
      },
      organisation: "unite",
      topics: ["health-safety"],
    },
    {
      id: "unite-health-safety-environment",
      title: {
        en: "Unite health, safety and environment resources",
        cy: "Adnoddau iechyd, diogelwch a'r amgylchedd Unite",
      },
      url: "https://www.unitetheunion.org/",
      type: "website",
      summary: {
        en: "Information and resources from Unite on health, safety and the environment, which you can download.",
        cy: "Gwybodaeth ac adnoddau gan Unite am iechyd, diogelwch a'r amgylchedd, y gallwch eu lawrlwytho.",
      },
      organisation: "unite",
      topics: ["health-safety"],
    },
    {
      id: "csp-health-safety-resources",
      title: { en: "CSP health and safety resources", cy: "Adnoddau iechyd a diogelwch y CSP" },
      url: "https://www.csp.org.uk/",
      type: "guide",
      summary: {
        en: "Resources from the Chartered Society of Physiotherapy on stress, the work environment and managing conflict.",
        cy: "Adnoddau gan y Chartered Society of Physiotherapy am straen, yr amgylchedd gwaith a rheoli gwrthdaro.",
      },
      organisation: "csp",
      topics: ["health-safety", "stress"],
    },

    // ---- Bullying and harassment ----------------------------------------
    {
      id: "unison-tackling-bullying-at-work",
      title: "Tackling bullying at work",
      url: "https://www.unison.org.uk/",
      type: "guide",
      summary: {
        en: "A UNISON guide that helps safety reps tackle bullying at work.",
        cy: "Canllaw gan UNISON sy'n helpu cynrychiolwyr diogelwch i fynd i'r afael â bwlio yn y gwaith.",
      },
      organisation: "unison",
      topics: ["bullying-harassment", "health-safety"],
    },
    {
      id: "unison-harassment-at-work",
      title: "Harassment at work",
      url: "https://www.unison.org.uk/",
      type: "guide",
      summary: {
        en: "A UNISON guide for branches and stewards. It helps them agree workplace policies that prevent and deal with harassment and bullying.",
        cy: "Canllaw gan UNISON ar gyfer canghennau a stiwardiaid. Mae'n eu helpu i gytuno ar bolisïau yn y gweithle sy'n atal ac yn delio ag aflonyddu a bwlio.",
      },
      organisation: "unison",
      topics: ["bullying-harassment"],
    },
    {
      id: "rcog-rcm-undermining-toolkit",
      title: "Undermining toolkit",
      url: "https://www.rcog.org.uk/",
      type: "toolkit",
      summary: {
        en: "The RCOG and the Royal College of Midwives made this toolkit together. It helps maternity and gynaecology services tackle undermining and bullying.",
        cy: "Lluniodd yr RCOG a'r Royal College of Midwives y pecyn cymorth hwn ar y cyd. Mae'n helpu gwasanaethau mamolaeth a gynaecoleg i fynd i'r afael â thanseilio a bwlio.",
      },
      organisation: "rcog",
      topics: ["bullying-harassment", "culture-leadership"],
    },
    {
      id: "rcn-bullying-harassment",
      title: { en: "Bullying and harassment", cy: "Bwlio ac aflonyddu" },
      url: "https://www.rcn.org.uk/get-help/rcn-advice/Bullying-and-harassment",
      type: "website",
      summary: {
        en: "Advice from the RCN for members who face bullying or harassment at work.",
        cy: "Cyngor gan yr RCN i aelodau sy'n wynebu bwlio neu aflonyddu yn y gwaith.",
      },
      organisation: "rcn",
      topics: ["bullying-harassment"],
    },
    {
      id: "nhs-employers-bullying-resources",
      title: { en: "Tools to tackle bullying and harassment", cy: "Adnoddau i fynd i'r afael â bwlio ac aflonyddu" },
      url: "https://www.nhsemployers.org/",
      type: "website",
      summary: {
        en: "Links from NHS Employers to tools and resources that help employers tackle bullying and harassment.",
        cy: "Dolenni gan NHS Employers i adnoddau sy'n helpu cyflogwyr i fynd i'r afael â bwlio ac aflonyddu.",
      },
      organisation: "nhs-employers",
      topics: ["bullying-harassment"],
    },
    {
      id: "hull-bullying-harassment-project",
      title: {
        en: "Tackling bullying and harassment in partnership",
        cy: "Mynd i'r afael â bwlio ac aflonyddu mewn partneriaeth",
      },
      url: "https://www.socialpartnershipforum.org/",
      type: "case-study",
      summary: {
        en: "A case study on a partnership project at Hull and East Yorkshire Hospitals. The project set out to tackle bullying and harassment in the trust.",
        cy: "Astudiaeth achos am brosiect partneriaeth yn Hull and East Yorkshire Hospitals. Nod y prosiect oedd mynd i'r afael â bwlio ac aflonyddu yn yr ymddiriedolaeth.",
      },
      organisation: "hull-east-yorkshire",
      topics: ["bullying-harassment", "partnership-working"],
    },
    {
      id: "hswg-bullying-in-healthcare",
      title: { en: "Bullying in healthcare", cy: "Bwlio ym maes gofal iechyd" },
      url: "https://www.nhsemployers.org/",
      type: "guide",
      summary: {
        en: "Material on bullying in healthcare from the NHS Staff Council's health, safety and wellbeing group.",
        cy: "Deunydd am fwlio ym maes gofal iechyd gan grŵp iechyd, diogelwch a llesiant Cyngor Staff y GIG.",
      },
      organisation: "hswg",
      topics: ["bullying-harassment"],
    },
    {
      id: "hswg-tackling-bullying-infographic",
      title: "Tackling bullying in the NHS",
      url: "https://www.nhsemployers.org/",
      type: "infographic",
      summary: {
        en: "An infographic from the HSWPG, now called the HSWG, about tackling bullying in the NHS.",
        cy: "Ffeithlun gan yr HSWPG, sef yr HSWG erbyn hyn, am fynd i'r afael â bwlio yn y GIG.",
      },
      organisation: "hswg",
      topics: ["bullying-harassment"],
    },
    {
      id: "podcast-bullying-harassment-part-1",
      title: {
        en: "Tackling bullying and harassment: part 1 (podcast)",
        cy: "Mynd i'r afael â bwlio ac aflonyddu: rhan 1 (podlediad)",
      },
      url: "https://www.nhsemployers.org/",
      type: "podcast",
      summary: {
        en: "Jon Restell, Jon Lenney and Dr Madeline Carter talk about bullying and harassment in the NHS. They look at the problems and how to tackle them.",
        cy: "Mae Jon Restell, Jon Lenney a Dr Madeline Carter yn trafod bwlio ac aflonyddu yn y GIG. Maen nhw'n edrych ar y problemau a sut i fynd i'r afael â nhw.",
      },
      organisation: "nhs-employers",
      topics: ["bullying-harassment"],
      episode: "bullying-harassment-part-1",
    },
    {
      id: "podcast-bullying-harassment-part-2",
      title: {
        en: "Tackling bullying and harassment: part 2 (podcast)",
        cy: "Mynd i'r afael â bwlio ac aflonyddu: rhan 2 (podlediad)",
      },
      url: "https://www.nhsemployers.org/",
      type: "podcast",
      summary: {
        en: "This episode is about the cultural ambassadors project at Birmingham and Solihull Mental Health NHS Foundation Trust. The project was a finalist for a 2016 HPMA partnership award.",
        cy: "Mae'r bennod hon yn sôn am brosiect llysgenhadon diwylliannol Birmingham and Solihull Mental Health NHS Foundation Trust. Roedd y prosiect ar restr fer gwobr partneriaeth HPMA yn 2016.",
      },
      organisation: "nhs-employers",
      topics: ["bullying-harassment", "culture-leadership"],
      episode: "bullying-harassment-part-2",
    },

    // ---- The NHS Staff Council's health, safety and wellbeing group ------
    {
      id: "hswg-group",
      title: { en: "About the Health, Safety and Wellbeing Group", cy: "Am y Grŵp Iechyd, Diogelwch a Llesiant" },
      url: "https://www.nhsemployers.org/",
      type: "website",
      summary: {
        en: "The group works for safer workplaces and higher standards of health, safety and wellbeing. It shares good practice for all healthcare staff, including in the independent sector.",
        cy: "Mae'r grŵp yn gweithio dros weithleoedd mwy diogel a safonau uwch o ran iechyd, diogelwch a llesiant. Mae'n rhannu arfer da ar gyfer holl staff gofal iechyd, gan gynnwys y sector annibynnol.",
      },
      organisation: "hswg",
      topics: ["health-safety", "health-wellbeing", "partnership-working"],
    },
    {
      id: "podcast-partnership-working-hswg",
      title: {
        en: "Successful partnership working (podcast)",
        cy: "Gweithio'n llwyddiannus mewn partneriaeth (podlediad)",
      },
      url: "https://www.nhsemployers.org/",
      type: "podcast",
      summary: {
        en: "James Tracey and Kim Sunley, chairs of the HSWPG, talk about good partnership working and why it matters. They also explain the group's role and the guidance it has written.",
        cy: "Mae James Tracey a Kim Sunley, cadeiryddion yr HSWPG, yn trafod gweithio da mewn partneriaeth a pham mae'n bwysig. Maen nhw hefyd yn esbonio rôl y grŵp a'r canllawiau mae wedi'u hysgrifennu.",
      },
      organisation: "hswg",
      topics: ["partnership-working", "health-safety"],
      episode: "partnership-working-hswg-chairs",
    },
    {
      id: "hswg-sickness-absence-guidance",
      title: { en: "Preventing and managing sickness absence", cy: "Atal a rheoli absenoldeb salwch" },
      url: "https://www.nhsemployers.org/",
      type: "guide",
      summary: {
        en: "Guidance for NHS managers from the HSWG on preventing and managing sickness absence.",
        cy: "Canllawiau gan yr HSWG i reolwyr y GIG ar atal a rheoli absenoldeb salwch.",
      },
      organisation: "hswg",
      topics: ["sickness-absence"],
    },
    {
      id: "hswg-stress-guidance",
      title: { en: "Preventing and managing stress at work", cy: "Atal a rheoli straen yn y gwaith" },
      url: "https://www.nhsemployers.org/",
      type: "guide",
      summary: {
        en: "Guidance for NHS managers from the HSWG on preventing and managing stress at work.",
        cy: "Canllawiau gan yr HSWG i reolwyr y GIG ar atal a rheoli straen yn y gwaith.",
      },
      organisation: "hswg",
      topics: ["stress", "mental-health"],
    },
    {
      id: "hswg-back-pain-guidance",
      title: { en: "Preventing and managing back pain", cy: "Atal a rheoli poen cefn" },
      url: "https://www.nhsemployers.org/",
      type: "guide",
      summary: {
        en: "Guidance for NHS managers from the HSWG on preventing and managing back pain.",
        cy: "Canllawiau gan yr HSWG i reolwyr y GIG ar atal a rheoli poen cefn.",
      },
      organisation: "hswg",
      topics: ["musculoskeletal"],
    },
    {
      id: "hswg-workplace-health-safety-standards",
      title: "Workplace health and safety standards",
      url: "https://www.nhsemployers.org/",
      type: "guide",
      summary: {
        en: "A full set of standards from the HSWG for health and safety in healthcare workplaces.",
        cy: "Set lawn o safonau gan yr HSWG ar gyfer iechyd a diogelwch mewn gweithleoedd gofal iechyd.",
      },
      organisation: "hswg",
      topics: ["health-safety"],
    },
  ],

  episodes: [
    {
      id: "bullying-harassment-part-1",
      title: {
        en: "Tackling bullying and harassment, part 1 (demo audio)",
        cy: "Mynd i'r afael â bwlio ac aflonyddu, rhan 1 (sain enghreifftiol)",
      },
      summary: {
        en: "The first podcast in a series of 2 on bullying and harassment in the NHS. Jon Restell, Jon Lenney and Dr Madeline Carter talk about the problems and how to tackle them. Demo audio: a short synthetic recording, not the real podcast.",
        cy: "Y podlediad cyntaf mewn cyfres o 2 am fwlio ac aflonyddu yn y GIG. Mae Jon Restell, Jon Lenney a Dr Madeline Carter yn trafod y problemau a sut i'w datrys. Sain enghreifftiol: recordiad byr wedi'i greu gan gyfrifiadur, nid y podlediad go iawn.",
      },
      series: "tackling-bullying-harassment",
      number: 1,
      duration: 31,
      organisation: "nhs-employers",
      topics: ["bullying-harassment"],
      people: [{ name: "Jon Restell" }, { name: "Jon Lenney" }, { name: "Dr Madeline Carter" }],
      audio: [
        { url: "media/bullying-harassment-part-1.opus", type: "audio/ogg; codecs=opus", bytes: 93497 },
        { url: "media/bullying-harassment-part-1.mp3", type: "audio/mpeg", bytes: 92395 },
      ],
      transcript: { url: "media/bullying-harassment-part-1.vtt", type: "text/vtt" },
      chapters: [
        { start: 0, title: { en: "About this demo", cy: "Am y recordiad hwn" } },
        { start: 11, title: { en: "Why bullying matters", cy: "Pam mae angen mynd i'r afael â bwlio" } },
        { start: 21, title: { en: "Tackling it together", cy: "Mynd i'r afael ag ef gyda'n gilydd" } },
      ],
    },
    {
      id: "bullying-harassment-part-2",
      title: {
        en: "Tackling bullying and harassment, part 2 (demo audio)",
        cy: "Mynd i'r afael â bwlio ac aflonyddu, rhan 2 (sain enghreifftiol)",
      },
      summary: {
        en: "Part 2 looks at the cultural ambassadors project at Birmingham and Solihull Mental Health NHS Foundation Trust. The project was a finalist for a 2016 HPMA partnership award. Demo audio: a short synthetic recording, not the real podcast.",
        cy: "Mae rhan 2 yn edrych ar brosiect llysgenhadon diwylliannol Birmingham and Solihull Mental Health NHS Foundation Trust. Roedd y prosiect ar restr fer gwobr partneriaeth HPMA yn 2016. Sain enghreifftiol: recordiad byr wedi'i greu gan gyfrifiadur, nid y podlediad go iawn.",
      },
      series: "tackling-bullying-harassment",
      number: 2,
      duration: 32,
      organisation: "nhs-employers",
      topics: ["bullying-harassment", "culture-leadership"],
      audio: [
        { url: "media/bullying-harassment-part-2.opus", type: "audio/ogg; codecs=opus", bytes: 98713 },
        { url: "media/bullying-harassment-part-2.mp3", type: "audio/mpeg", bytes: 95922 },
      ],
      transcript: { url: "media/bullying-harassment-part-2.vtt", type: "text/vtt" },
      chapters: [
        { start: 0, title: { en: "About this demo", cy: "Am y recordiad hwn" } },
        { start: 11, title: { en: "The cultural ambassadors project", cy: "Prosiect y llysgenhadon diwylliannol" } },
        { start: 25, title: { en: "Learning from it", cy: "Dysgu o'r prosiect" } },
      ],
    },
    {
      id: "partnership-working-hswg-chairs",
      title: {
        en: "Successful partnership working, with the HSWPG chairs (demo audio)",
        cy: "Gweithio'n llwyddiannus mewn partneriaeth, gyda chadeiryddion yr HSWPG (sain enghreifftiol)",
      },
      summary: {
        en: "James Tracey and Kim Sunley, chairs of the HSWPG, talk about good partnership working and why it matters. They also talk about the group's guidance for NHS managers. Demo audio: a short synthetic recording, not the real podcast.",
        cy: "Mae James Tracey a Kim Sunley, cadeiryddion yr HSWPG, yn trafod gweithio da mewn partneriaeth a pham mae'n bwysig. Maen nhw hefyd yn sôn am ganllawiau'r grŵp i reolwyr y GIG. Sain enghreifftiol: recordiad byr wedi'i greu gan gyfrifiadur, nid y podlediad go iawn.",
      },
      duration: 34,
      organisation: "hswg",
      topics: ["partnership-working", "health-safety", "sickness-absence"],
      people: [
        {
          name: "James Tracey",
          role: { en: "Chair of the HSWPG (now the HSWG)", cy: "Cadeirydd yr HSWPG (yr HSWG erbyn hyn)" },
        },
        {
          name: "Kim Sunley",
          role: { en: "Chair of the HSWPG (now the HSWG)", cy: "Cadeirydd yr HSWPG (yr HSWG erbyn hyn)" },
        },
      ],
      audio: [
        { url: "media/partnership-working-hswg-chairs.opus", type: "audio/ogg; codecs=opus", bytes: 103297 },
        { url: "media/partnership-working-hswg-chairs.mp3", type: "audio/mpeg", bytes: 101956 },
      ],
      transcript: { url: "media/partnership-working-hswg-chairs.vtt", type: "text/vtt" },
      chapters: [
        { start: 0, title: { en: "About this demo", cy: "Am y recordiad hwn" } },
        {
          start: 12,
          title: { en: "Why partnership working matters", cy: "Pam mae gweithio mewn partneriaeth yn bwysig" },
        },
        { start: 22, title: { en: "The group's guidance", cy: "Canllawiau'r grŵp" } },
      ],
    },
  ],

  checkins: [
    {
      id: "feeling-today",
      question: { en: "How are you feeling today?", cy: "Sut ydych chi'n teimlo heddiw?" },
      intro: {
        en: "Take a moment to notice how you feel. There is no right or wrong answer.",
        cy: "Cymerwch eiliad i sylwi sut rydych chi'n teimlo. Does dim ateb cywir nac anghywir.",
      },
      options: [
        { id: "very-good", label: { en: "Very good", cy: "Da iawn" }, band: "thriving", symbol: "😄" },
        { id: "good", label: { en: "Good", cy: "Da" }, band: "thriving", symbol: "🙂" },
        { id: "okay", label: { en: "Okay", cy: "Gweddol" }, band: "coping", symbol: "😐" },
        { id: "low", label: { en: "Low", cy: "Isel" }, band: "low", symbol: "😔" },
        { id: "struggling", label: { en: "Struggling", cy: "Yn ei chael hi'n anodd" }, band: "struggling", symbol: "😣" },
      ],
      bands: [
        {
          id: "thriving",
          title: { en: "You are doing well", cy: "Rydych chi'n gwneud yn dda" },
          message: {
            en: "It is good to hear you feel well today. Think about what is helping, and keep making time for it. You could also check in on a colleague.",
            cy: "Mae'n braf clywed eich bod chi'n teimlo'n dda heddiw. Meddyliwch am beth sy'n helpu, a daliwch ati i wneud amser ar ei gyfer. Gallech chi hefyd holi sut mae cydweithiwr.",
          },
          resources: ["how-are-you-feeling-nhs-toolkit", "nhs-employers-health-work-wellbeing"],
        },
        {
          id: "coping",
          title: { en: "Getting through the day", cy: "Dod drwy'r dydd" },
          message: {
            en: "Some days are harder than others, and that is normal. A short break, some fresh air or a chat can help. Notice what drains you and what lifts you.",
            cy: "Mae rhai dyddiau'n anoddach nag eraill, ac mae hynny'n normal. Gall seibiant byr, ychydig o awyr iach neu sgwrs helpu. Sylwch ar beth sy'n eich blino a beth sy'n codi'ch calon.",
          },
          resources: ["how-are-you-feeling-nhs-toolkit", "hswg-stress-guidance"],
        },
        {
          id: "low",
          title: { en: "Feeling low", cy: "Teimlo'n isel" },
          message: {
            en: "Thank you for being honest with yourself. You do not have to cope on your own. Talk to someone you trust, such as a colleague, your manager or your staff wellbeing service. If you start to feel worse, get help quickly.",
            cy: "Diolch am fod yn onest gyda chi'ch hun. Does dim rhaid i chi ymdopi ar eich pen eich hun. Siaradwch â rhywun rydych chi'n ymddiried ynddo, fel cydweithiwr, eich rheolwr neu eich gwasanaeth llesiant staff. Os ydych chi'n dechrau teimlo'n waeth, gofynnwch am help yn gyflym.",
          },
          resources: ["how-are-you-feeling-nhs-toolkit", "hswg-stress-guidance", "bma-doctors-wellbeing"],
        },
        {
          id: "struggling",
          title: { en: "You deserve support now", cy: "Rydych chi'n haeddu cymorth nawr" },
          message: {
            en: "We are sorry you are struggling. Please talk to someone today. The free services below can help, day or night. If your life or someone else's is at risk, call 999.",
            cy: "Mae'n ddrwg gennym eich bod chi'n ei chael hi'n anodd. Siaradwch â rhywun heddiw, os gwelwch yn dda. Gall y gwasanaethau am ddim isod helpu, ddydd neu nos. Os oes perygl i'ch bywyd chi neu fywyd rhywun arall, ffoniwch 999.",
          },
          resources: ["how-are-you-feeling-nhs-toolkit", "bma-doctors-wellbeing"],
          urgent: true,
        },
      ],
      urgentHelp: {
        title: { en: "Get help now", cy: "Cael help nawr" },
        message: {
          en: "If you feel unsafe or cannot cope, you do not need to wait. These services are there for you.",
          cy: "Os nad ydych chi'n teimlo'n ddiogel, neu os na allwch chi ymdopi, does dim angen aros. Mae'r gwasanaethau hyn yno i chi.",
        },
        contacts: [
          {
            label: "Samaritans",
            detail: {
              en: "Call 116 123. It is free, any time, day or night.",
              cy: "Ffoniwch 116 123. Mae am ddim, unrhyw bryd, ddydd neu nos.",
            },
            url: "tel:116123",
          },
          {
            label: "Shout",
            detail: {
              en: "Text SHOUT to 85258. It is free, 24 hours a day, 7 days a week.",
              cy: "Anfonwch neges destun SHOUT i 85258. Mae am ddim, 24 awr y dydd, 7 diwrnod yr wythnos.",
            },
            url: "sms:85258?body=SHOUT",
          },
          {
            label: { en: "NHS 111", cy: "GIG 111" },
            detail: {
              en: "Call 111 and choose the mental health option. In Wales, call 111 and press 2.",
              cy: "Ffoniwch 111 a dewis yr opsiwn iechyd meddwl. Yng Nghymru, ffoniwch 111 a phwyso 2.",
            },
            url: "tel:111",
          },
          {
            label: { en: "999 or A&E", cy: "999 neu'r Adran Achosion Brys" },
            detail: {
              en: "If a life is at risk, call 999 or go to A&E now.",
              cy: "Os oes bywyd mewn perygl, ffoniwch 999 neu ewch i'r Adran Achosion Brys nawr.",
            },
            url: "tel:999",
          },
        ],
      },
    },
  ],

  diagnostics: [
    {
      id: "hwb-framework-2021",
      title: { en: "Staff health and wellbeing self-assessment", cy: "Hunanasesiad iechyd a llesiant staff" },
      summary: {
        en: "Our own self-assessment, based on the 7 elements of the NHS Health and Wellbeing Framework (2021). It is not the official diagnostic tool. Talk through each statement with your team and choose the level that fits best.",
        cy: "Ein hunanasesiad ein hunain, yn seiliedig ar 7 elfen Fframwaith Iechyd a Llesiant y GIG (2021). Nid dyma'r adnodd diagnostig swyddogol. Trafodwch bob datganiad gyda'ch tîm a dewiswch y lefel sy'n gweddu orau.",
      },
      scale: [
        {
          value: 0,
          label: { en: "Not started", cy: "Heb ddechrau" },
          description: {
            en: "We have not started work on this yet.",
            cy: "Nid ydym wedi dechrau gweithio ar hyn eto.",
          },
        },
        {
          value: 1,
          label: { en: "Planning", cy: "Cynllunio" },
          description: {
            en: "We know this matters and we are making a plan.",
            cy: "Rydym yn gwybod bod hyn yn bwysig ac rydym yn gwneud cynllun.",
          },
        },
        {
          value: 2,
          label: { en: "Developing", cy: "Datblygu" },
          description: {
            en: "We have started, but it is not in place everywhere yet.",
            cy: "Rydym wedi dechrau, ond nid yw ar waith ym mhob man eto.",
          },
        },
        {
          value: 3,
          label: { en: "Embedded", cy: "Wedi'i wreiddio" },
          description: {
            en: "This is part of how we work, and we check that it works.",
            cy: "Mae hyn yn rhan o'r ffordd rydym yn gweithio, ac rydym yn gwirio ei fod yn gweithio.",
          },
        },
        {
          value: 4,
          label: { en: "Leading the way", cy: "Arwain y ffordd" },
          description: {
            en: "We do this well, keep improving and share what we learn.",
            cy: "Rydym yn gwneud hyn yn dda, yn dal ati i wella ac yn rhannu'r hyn rydym yn ei ddysgu.",
          },
        },
      ],
      sections: [
        {
          id: "personal",
          title: { en: "Improving personal health and wellbeing", cy: "Gwella iechyd a llesiant personol" },
          summary: {
            en: "Support for staff's mental, emotional and physical health, and for healthy lifestyles.",
            cy: "Cymorth ar gyfer iechyd meddwl, emosiynol a chorfforol staff, ac ar gyfer ffordd iach o fyw.",
          },
          resources: ["how-are-you-feeling-nhs-toolkit", "hswg-back-pain-guidance", "nhs-employers-health-work-wellbeing"],
          statements: [
            {
              id: "personal-1",
              text: {
                en: "Staff can get support for their mental and emotional health quickly.",
                cy: "Gall staff gael cymorth yn gyflym ar gyfer eu hiechyd meddwl ac emosiynol.",
              },
            },
            {
              id: "personal-2",
              text: {
                en: "Staff can get early help for back, muscle and joint problems.",
                cy: "Gall staff gael help yn gynnar ar gyfer problemau gyda'r cefn, y cyhyrau a'r cymalau.",
              },
            },
            {
              id: "personal-3",
              text: {
                en: "We make healthy choices easy at work, such as good food and chances to be active.",
                cy: "Mae'n hawdd i staff ddewis yn iach yn y gwaith, fel bwyd da a chyfleoedd i fod yn egnïol.",
              },
            },
            {
              id: "personal-4",
              text: {
                en: "Staff know what health and wellbeing support we offer and how to use it.",
                cy: "Mae staff yn gwybod pa gymorth iechyd a llesiant rydym yn ei gynnig a sut i'w ddefnyddio.",
              },
            },
          ],
        },
        {
          id: "relationships",
          title: { en: "Relationships", cy: "Perthnasoedd" },
          summary: {
            en: "How staff support each other, work together and treat each other with respect.",
            cy: "Sut mae staff yn cefnogi ei gilydd, yn cydweithio ac yn trin ei gilydd â pharch.",
          },
          resources: ["nhs-employers-bullying-resources", "hull-bullying-harassment-project", "podcast-partnership-working-hswg"],
          statements: [
            {
              id: "relationships-1",
              text: {
                en: "Teams make time to check in with each other.",
                cy: "Mae timau'n gwneud amser i holi sut mae pawb.",
              },
            },
            {
              id: "relationships-2",
              text: {
                en: "We deal with bullying, harassment and undermining quickly and fairly.",
                cy: "Rydym yn delio â bwlio, aflonyddu a thanseilio yn gyflym ac yn deg.",
              },
            },
            {
              id: "relationships-3",
              text: {
                en: "Staff feel safe to speak up about how they are treated.",
                cy: "Mae staff yn teimlo'n ddiogel i godi llais am y ffordd maen nhw'n cael eu trin.",
              },
            },
            {
              id: "relationships-4",
              text: {
                en: "Managers and trade unions work in partnership on staff wellbeing.",
                cy: "Mae rheolwyr ac undebau llafur yn gweithio mewn partneriaeth ar lesiant staff.",
              },
            },
          ],
        },
        {
          id: "fulfilment",
          title: { en: "Fulfilment at work", cy: "Boddhad yn y gwaith" },
          summary: {
            en: "Purpose, growth and thanks at work, a good balance with life outside work, and being able to be yourself.",
            cy: "Pwrpas, datblygiad a diolch, cydbwysedd â bywyd y tu allan i'r gwaith, a bod yn chi'ch hun.",
          },
          resources: ["st-georges-respectful-workplace", "welsh-nhs-confed-arts-health"],
          statements: [
            {
              id: "fulfilment-1",
              text: {
                en: "Staff understand how their work makes a difference.",
                cy: "Mae staff yn deall sut mae eu gwaith yn gwneud gwahaniaeth.",
              },
            },
            {
              id: "fulfilment-2",
              text: {
                en: "We thank staff, recognise good work and help people grow.",
                cy: "Rydym yn diolch i staff, yn cydnabod gwaith da ac yn helpu pobl i ddatblygu.",
              },
            },
            {
              id: "fulfilment-3",
              text: {
                en: "Staff can balance work with life outside work, for example through flexible working.",
                cy: "Gall staff gydbwyso gwaith â'u bywyd y tu allan i'r gwaith, er enghraifft drwy weithio'n hyblyg.",
              },
            },
            {
              id: "fulfilment-4",
              text: {
                en: "Staff feel able to be themselves at work.",
                cy: "Mae staff yn teimlo y gallan nhw fod yn nhw eu hunain yn y gwaith.",
              },
            },
          ],
        },
        {
          id: "managers",
          title: { en: "Managers and leaders", cy: "Rheolwyr ac arweinwyr" },
          summary: {
            en: "Senior leaders take responsibility and lead in a healthy way. Managers have the skills to support their teams.",
            cy: "Mae uwch arweinwyr yn cymryd cyfrifoldeb ac yn arwain mewn ffordd iach. Mae gan reolwyr y sgiliau i gefnogi eu timau.",
          },
          resources: [
            "nhs-improvement-culture-leadership-tool",
            "hswg-sickness-absence-guidance",
            "nhs-employers-health-work-wellbeing",
          ],
          statements: [
            {
              id: "managers-1",
              text: {
                en: "A named board member is responsible for staff health and wellbeing.",
                cy: "Mae aelod penodol o'r bwrdd yn gyfrifol am iechyd a llesiant staff.",
              },
            },
            {
              id: "managers-2",
              text: {
                en: "Leaders set a good example, such as taking breaks and going home on time.",
                cy: "Mae arweinwyr yn gosod esiampl dda, er enghraifft drwy gymryd seibiant a mynd adref ar amser.",
              },
            },
            {
              id: "managers-3",
              text: {
                en: "Managers are trained to have kind, open conversations about wellbeing.",
                cy: "Mae rheolwyr wedi cael hyfforddiant i gael sgyrsiau caredig ac agored am lesiant.",
              },
            },
            {
              id: "managers-4",
              text: {
                en: "Managers know how to support staff who are unwell or off sick.",
                cy: "Mae rheolwyr yn gwybod sut i gefnogi staff sy'n sâl neu sydd ar absenoldeb salwch.",
              },
            },
          ],
        },
        {
          id: "environment",
          title: { en: "Environment", cy: "Amgylchedd" },
          summary: {
            en: "Spaces and facilities where staff can rest, recover and do their best work.",
            cy: "Mannau a chyfleusterau lle gall staff orffwys, adfer a gwneud eu gwaith gorau.",
          },
          resources: ["hswg-workplace-health-safety-standards", "unite-health-safety-guide", "csp-health-safety-resources"],
          statements: [
            {
              id: "environment-1",
              text: {
                en: "Staff have a quiet place to rest during breaks.",
                cy: "Mae gan staff le tawel i orffwys yn ystod egwyl.",
              },
            },
            {
              id: "environment-2",
              text: {
                en: "Staff can get healthy food and drinking water at all hours, including at night.",
                cy: "Gall staff gael bwyd iach a dŵr yfed ar bob awr, gan gynnwys yn y nos.",
              },
            },
            {
              id: "environment-3",
              text: {
                en: "We check that workplaces are safe and act quickly on risks.",
                cy: "Rydym yn gwirio bod gweithleoedd yn ddiogel ac yn gweithredu'n gyflym ar risgiau.",
              },
            },
            {
              id: "environment-4",
              text: {
                en: "Staff have somewhere to change, shower and keep their things safe.",
                cy: "Mae gan staff rywle i newid, cael cawod a chadw eu pethau'n ddiogel.",
              },
            },
          ],
        },
        {
          id: "data",
          title: { en: "Data insights", cy: "Mewnwelediad o ddata" },
          summary: {
            en: "Using data to see how well wellbeing support works, and acting on what it shows.",
            cy: "Defnyddio data i weld pa mor dda mae cymorth llesiant yn gweithio, a gweithredu ar y canlyniadau.",
          },
          resources: ["hwb-framework-diagnostic-tool", "nhs-health-wellbeing-framework", "nhs-improvement-culture-leadership-tool"],
          statements: [
            {
              id: "data-1",
              text: {
                en: "We collect data on staff health, such as sickness absence and staff survey results.",
                cy: "Rydym yn casglu data am iechyd staff, fel absenoldeb salwch a chanlyniadau arolwg staff.",
              },
            },
            {
              id: "data-2",
              text: {
                en: "We look at data for different staff groups to see who needs more help.",
                cy: "Rydym yn edrych ar ddata ar gyfer gwahanol grwpiau staff i weld pwy sydd angen mwy o help.",
              },
            },
            {
              id: "data-3",
              text: {
                en: "We check whether our wellbeing support makes a difference.",
                cy: "Rydym yn gwirio a yw ein cymorth llesiant yn gwneud gwahaniaeth.",
              },
            },
            {
              id: "data-4",
              text: {
                en: "We share what the data shows with staff and trade unions, and act on it.",
                cy: "Rydym yn rhannu'r hyn mae'r data'n ei ddangos gyda staff ac undebau llafur, ac yn gweithredu arno.",
              },
            },
          ],
        },
        {
          id: "professional",
          title: { en: "Professional wellbeing support", cy: "Cymorth llesiant proffesiynol" },
          summary: {
            en: "Support services and partners, plus policies and ways of working that protect staff wellbeing.",
            cy: "Gwasanaethau cymorth a phartneriaid, ynghyd â pholisïau a ffyrdd o weithio sy'n diogelu llesiant staff.",
          },
          resources: ["hswg-stress-guidance", "hswg-sickness-absence-guidance", "bma-doctors-wellbeing"],
          statements: [
            {
              id: "professional-1",
              text: {
                en: "Staff can use occupational health and an employee assistance programme.",
                cy: "Gall staff ddefnyddio gwasanaeth iechyd galwedigaethol a rhaglen cymorth i weithwyr.",
              },
            },
            {
              id: "professional-2",
              text: {
                en: "Our policies on sickness absence, stress and bullying are fair and up to date.",
                cy: "Mae ein polisïau ar absenoldeb salwch, straen a bwlio yn deg ac yn gyfredol.",
              },
            },
            {
              id: "professional-3",
              text: {
                en: "We work with partners, such as charities and trade unions, to widen support.",
                cy: "Rydym yn gweithio gyda phartneriaid, fel elusennau ac undebau llafur, i ehangu'r cymorth.",
              },
            },
            {
              id: "professional-4",
              text: {
                en: "Staff get support after a difficult or upsetting event at work.",
                cy: "Mae staff yn cael cymorth ar ôl digwyddiad anodd neu ofidus yn y gwaith.",
              },
            },
          ],
        },
      ],
    },
  ],
};
