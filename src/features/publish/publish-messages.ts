import type { EventType } from "../../domain/event.ts";
import type { OutcomeKind } from "../../domain/outcome-filter.ts";
import type { Messages } from "../../i18n/use-language.ts";

interface PublishMessages {
  /** Types as the subject of a title line: "Arrests in Aleppo". */
  typesPlural: Record<EventType, string>;
  events: string;
  inPlaces: (list: string) => string;
  /** Events placed in an area spanning governorates (region=area). */
  areaLevel: string;
  byForces: (list: string) => string;
  againstTargets: (list: string) => string;
  matching: (text: string) => string;
  allDates: string;
  since: (date: string) => string;
  until: (date: string) => string;
  undatedExcluded: string;
  inMapView: string;

  // Totals
  totalsHeading: string;
  totalsShow: string;
  totalsHide: string;
  eventCount: (count: number, formatted: string) => string;
  outcomeNames: Record<OutcomeKind, string>;
  /** "312 arrested in 41 events; 16 events without a figure". */
  outcomeLine: (
    field: string,
    total: string,
    reporting: number,
    reportingText: string,
    unreported: number,
    unreportedText: string,
  ) => string;
  noFigure: (field: string) => string;
  topForces: string;
  topTargets: string;
  nameCount: (name: string, count: number, formatted: string) => string;
  span: (first: string, last: string) => string;
  undatedCount: (formatted: string) => string;
  unlocatedCount: (formatted: string) => string;
  copyText: string;
  /** Offered in the other interface language, so it is written in its own language. */
  copyInThisLanguage: string;
  byType: string;
  copied: string;
  copyFailed: string;
  textSource: (title: string, link: string) => string;
  totalsNote: string;

  // Share menu
  link: string;
  linkLabel: string;
  copyLink: string;
  embed: string;
  embedHint: string;
  embedWidth: string;
  embedHeight: string;
  embedSnippet: string;
  copySnippet: string;
  sizePreview: (width: string, height: string) => string;
  frameTitle: string;
  openFullMap: string;
  framingNote: string;
  image: string;
  imageHint: string;
  downloadPng: string;
  downloadSvg: string;
  drawing: string;
  imageFailed: (reason: string) => string;

  // The image's words
  legend: string;
  approximate: string;
  cluster: string;
  notOnMap: (formatted: string) => string;
  dataLine: (title: string) => string;
  updated: (date: string) => string;
  license: (text: string) => string;
  loadedFrom: (file: string) => string;
  attribution: string;
}

export const PUBLISH_MESSAGES: Messages<PublishMessages> = {
  en: {
    typesPlural: {
      raid: "Raids",
      arrest: "Arrests",
      "cell-dismantled": "Cells dismantled",
      strike: "Strikes",
      clash: "Clashes",
      seizure: "Seizures",
      "foiled-plot": "Foiled plots",
      campaign: "Campaigns and aggregates",
      other: "Other operations",
    },
    events: "Reported security operations",
    inPlaces: (list) => `in ${list}`,
    areaLevel: "areas spanning governorates",
    byForces: (list) => `by ${list}`,
    againstTargets: (list) => `against ${list}`,
    matching: (text) => `matching “${text}”`,
    allDates: "all dates",
    since: (date) => `since ${date}`,
    until: (date) => `until ${date}`,
    undatedExcluded: "dated events only",
    inMapView: "in the map view",
    totalsHeading: "Totals",
    totalsShow: "Show totals for these filters",
    totalsHide: "Hide totals",
    eventCount: (count, formatted) => (count === 1 ? "1 event" : `${formatted} events`),
    outcomeNames: { arrested: "arrested", killed: "killed", wounded: "wounded" },
    outcomeLine: (field, total, reporting, reportingText, unreported, unreportedText) =>
      `${total} ${field} in ${reporting === 1 ? "1 event" : `${reportingText} events`}; ${
        unreported === 1 ? "1 event" : `${unreportedText} events`
      } without a figure`,
    noFigure: (field) => `No event gives a figure for ${field}`,
    topForces: "Most active forces",
    topTargets: "Most targeted",
    nameCount: (name, count, formatted) => `${name} (${count === 1 ? "1 event" : `${formatted} events`})`,
    span: (first, last) => (first === last ? `on ${first}` : `from ${first} to ${last}`),
    undatedCount: (formatted) => `${formatted} undated`,
    unlocatedCount: (formatted) => `${formatted} without a location`,
    copyText: "Copy as text",
    copyInThisLanguage: "Copy in English",
    byType: "By type",
    copied: "Copied",
    copyFailed: "Could not copy: select the text and copy it",
    textSource: (title, link) => `Source: ${title}. View: ${link}`,
    totalsNote: "Figures are as reported; events without a figure are counted apart, never as zero.",
    link: "Link",
    linkLabel: "Link to this view",
    copyLink: "Copy link",
    embed: "Embed in a page",
    embedHint: "The embedded map shows the map and the timeline with these filters, and links to the full map.",
    embedWidth: "Width (px)",
    embedHeight: "Height (px)",
    embedSnippet: "HTML to paste into your page",
    copySnippet: "Copy HTML",
    sizePreview: (width, height) => `${width} × ${height} pixels`,
    frameTitle: "Map of reported security operations in Syria",
    openFullMap: "Open the full map",
    framingNote: "Your site must allow this address in a frame (see the README, Embedding).",
    image: "Image for publication",
    imageHint:
      "The map as shown, with the filters in words, the count, the legend and the data's source. Drawn from bundled borders, so it works offline.",
    downloadPng: "Download image (PNG)",
    downloadSvg: "SVG",
    drawing: "Drawing…",
    imageFailed: (reason) => `The image could not be made: ${reason}`,
    legend: "Legend",
    approximate: "Hollow: approximate place (district, governorate or region)",
    cluster: "Several events close together, by type",
    notOnMap: (formatted) => `${formatted} without a location, not on the map`,
    dataLine: (title) => `Data: ${title}`,
    updated: (date) => `updated ${date}`,
    license: (text) => `licence: ${text}`,
    loadedFrom: (file) => `file: ${file}`,
    attribution:
      "Borders: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0) · Every event cites its published sources",
  },
  ar: {
    typesPlural: {
      raid: "مداهمات",
      arrest: "اعتقالات",
      "cell-dismantled": "تفكيك خلايا",
      strike: "ضربات",
      clash: "اشتباكات",
      seizure: "مصادرات",
      "foiled-plot": "مخططات محبطة",
      campaign: "حملات وحصائل مجمّعة",
      other: "عمليات أخرى",
    },
    events: "العمليات الأمنية المُبلَّغ عنها",
    inPlaces: (list) => `في ${list}`,
    areaLevel: "مناطق تمتد عبر محافظات",
    byForces: (list) => `نفّذتها ${list}`,
    againstTargets: (list) => `ضد ${list}`,
    matching: (text) => `تطابق «${text}»`,
    allDates: "كل التواريخ",
    since: (date) => `منذ ${date}`,
    until: (date) => `حتى ${date}`,
    undatedExcluded: "الأحداث المؤرخة فقط",
    inMapView: "ضمن نطاق الخريطة",
    totalsHeading: "الحصائل",
    totalsShow: "اعرض حصائل هذه المرشحات",
    totalsHide: "أخفِ الحصائل",
    eventCount: (_count, formatted) => `الأحداث: ${formatted}`,
    outcomeNames: { arrested: "المعتقلون", killed: "القتلى", wounded: "الجرحى" },
    outcomeLine: (field, total, _reporting, reportingText, _unreported, unreportedText) =>
      `${field}: ${total} في ${reportingText} من الأحداث؛ ${unreportedText} من الأحداث بلا رقم`,
    noFigure: (field) => `${field}: لا يذكر أي حدث رقمًا`,
    topForces: "أكثر القوى نشاطًا",
    topTargets: "أكثر الجهات استهدافًا",
    nameCount: (name, _count, formatted) => `${name} (${formatted})`,
    span: (first, last) => (first === last ? `في ${first}` : `من ${first} إلى ${last}`),
    undatedCount: (formatted) => `بلا تاريخ: ${formatted}`,
    unlocatedCount: (formatted) => `بلا موقع: ${formatted}`,
    copyText: "انسخ نصًا",
    copyInThisLanguage: "انسخ بالعربية",
    byType: "حسب النوع",
    copied: "نُسخ",
    copyFailed: "تعذّر النسخ: حدّد النص وانسخه",
    textSource: (title, link) => `المصدر: ${title}. العرض: ${link}`,
    totalsNote: "الأرقام كما أُبلغ عنها؛ تُعدّ الأحداث بلا رقم على حدة، ولا تُحسب صفرًا.",
    link: "الرابط",
    linkLabel: "رابط هذا العرض",
    copyLink: "انسخ الرابط",
    embed: "التضمين في صفحة",
    embedHint: "تعرض الخريطة المضمّنة الخريطة والخط الزمني بهذه المرشحات، مع رابط إلى الخريطة الكاملة.",
    embedWidth: "العرض (بكسل)",
    embedHeight: "الارتفاع (بكسل)",
    embedSnippet: "شيفرة HTML للصقها في صفحتك",
    copySnippet: "انسخ HTML",
    sizePreview: (width, height) => `${width} × ${height} بكسل`,
    frameTitle: "خريطة العمليات الأمنية المُبلَّغ عنها في سوريا",
    openFullMap: "افتح الخريطة الكاملة",
    framingNote: "يجب أن يسمح موقعك بعرض هذا العنوان في إطار (انظر README، قسم التضمين).",
    image: "صورة للنشر",
    imageHint:
      "الخريطة كما تظهر، مع وصف المرشحات والعدد والمفتاح ومصدر البيانات. تُرسم من الحدود المضمّنة، فتعمل دون اتصال.",
    downloadPng: "نزّل الصورة (PNG)",
    downloadSvg: "SVG",
    drawing: "جارٍ الرسم…",
    imageFailed: (reason) => `تعذّر إنشاء الصورة: ${reason}`,
    legend: "مفتاح الخريطة",
    approximate: "الرمز المفرّغ: مكان تقريبي (منطقة أو محافظة أو إقليم)",
    cluster: "عدة أحداث متقاربة، حسب النوع",
    notOnMap: (formatted) => `${formatted} بلا موقع، ليست على الخريطة`,
    dataLine: (title) => `البيانات: ${title}`,
    updated: (date) => `حُدّثت في ${date}`,
    license: (text) => `الترخيص: ${text}`,
    loadedFrom: (file) => `الملف: ${file}`,
    attribution: "الحدود: Natural Earth (ملكية عامة) · الأماكن: GeoNames (CC BY 4.0) · كل حدث يستشهد بمصادره المنشورة",
  },
};
