import type { DatasetMetadata, LocationPrecision, SecurityEvent } from "../../domain/event.ts";
import { governorateByCode } from "../../domain/governorates.ts";
import { formatEventDate, formatIsoDate, formatNumber } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";

/** A citation, ready to paste: as plain text and as Markdown (titles and outlets as links). */
export interface Citation {
  text: string;
  markdown: string;
}

interface CiteWords {
  dateUnknown: string;
  version: (version: string) => string;
  unversioned: string;
  accessed: (date: string) => string;
  sources: string;
  published: (date: string) => string;
  noLocation: string;
  precision: Record<LocationPrecision, string>;
  quote: (title: string) => string;
  list: string;
  viewCount: (count: string, events: number) => string;
  matching: (filters: string) => string;
  allEvents: string;
  exportedFrom: (link: string, date: string) => string;
  from: string;
}

export const CITE_WORDS: Record<Language, CiteWords> = {
  en: {
    dateUnknown: "date unknown",
    version: (version) => `version of ${version}`,
    unversioned: "undated version",
    accessed: (date) => `accessed ${date}`,
    sources: "Sources",
    published: (date) => `published ${date}`,
    noLocation: "place not reported",
    precision: {
      exact: "exact location",
      town: "town or city",
      district: "approximate: district",
      governorate: "approximate: governorate only",
      region: "approximate: region",
    },
    quote: (title) => `“${title}”`,
    list: "; ",
    viewCount: (count, events) => `${count} ${events === 1 ? "event" : "events"}`,
    matching: (filters) => `matching ${filters}`,
    allEvents: "with no filter",
    exportedFrom: (link, date) => `exported from ${link} on ${date}`,
    from: "from",
  },
  ar: {
    dateUnknown: "التاريخ غير معروف",
    version: (version) => `إصدار ${version}`,
    unversioned: "إصدار غير مؤرخ",
    accessed: (date) => `تاريخ الاطلاع ${date}`,
    sources: "المصادر",
    published: (date) => `نُشر في ${date}`,
    noLocation: "المكان غير مذكور",
    precision: {
      exact: "موقع دقيق",
      town: "بلدة أو مدينة",
      district: "تقريبي: منطقة",
      governorate: "تقريبي: المحافظة فقط",
      region: "تقريبي: منطقة واسعة",
    },
    quote: (title) => `«${title}»`,
    list: "؛ ",
    viewCount: (count, events) => `${count} ${events === 1 ? "حدث" : events === 2 ? "حدثان" : "حدثًا"}`,
    matching: (filters) => `تطابق: ${filters}`,
    allEvents: "دون أي مرشّح",
    exportedFrom: (link, date) => `مُصدَّرة من ${link} بتاريخ ${date}`,
    from: "من",
  },
};

export interface CiteContext {
  lang: Language;
  metadata: DatasetMetadata;
  /** The page's address without its query, e.g. https://example.org/map/. */
  base: string;
  /** Today as a day number (days since 1970-01-01, UTC). */
  today: number;
}

const markdownText = (text: string) => text.replace(/([\\[\]*_`])/g, "\\$1");
const markdownLink = (text: string, url: string) => `[${markdownText(text)}](<${url.replace(/>/g, "%3E")}>)`;

function datasetName(metadata: DatasetMetadata, w: CiteWords): string {
  return `${metadata.title}, ${metadata.updated ? w.version(metadata.updated) : w.unversioned}`;
}

function dateOf(event: SecurityEvent, lang: Language): string {
  const start = formatEventDate(event.startDay, event.datePrecision, lang);
  if (event.endDay !== null && event.startDay !== null && event.endDate && event.endDay !== event.startDay)
    return `${start} – ${formatEventDate(event.endDay, "day", lang)}`;
  return start;
}

function placeOf(event: SecurityEvent, lang: Language, w: CiteWords): string {
  const location = event.location;
  if (!location) return w.noLocation;
  const name = lang === "ar" && location.nameAr ? location.nameAr : location.name;
  const governorate = event.admin1 ? governorateByCode(event.admin1) : null;
  const governorateName = governorate ? (lang === "ar" ? governorate.nameAr : governorate.name) : null;
  const comma = lang === "ar" ? "، " : ", ";
  const within = governorateName && governorateName !== name ? `${comma}${governorateName}` : "";
  return `${name}${within} (${w.precision[location.precision]})`;
}

/** The permanent link of an event: the page with only the event (and the dataset, if not the default). */
export function eventPermalink(base: string, eventId: string, dataUrl: string | null): string {
  const params = new URLSearchParams();
  if (dataUrl) params.set("data", dataUrl);
  params.set("event", eventId);
  return `${base}?${params.toString()}`;
}

/**
 * A citation of one event: title, date (or "date unknown"), place with its precision, every
 * source with its outlet, address and publication date, the dataset's name and version, the
 * event's permanent link and the access date.
 */
export function citeEvent(event: SecurityEvent, permalink: string, context: CiteContext): Citation {
  const { lang, metadata, today } = context;
  const w = CITE_WORDS[lang];
  const title = lang === "ar" && event.titleAr ? event.titleAr : event.title;
  const dot = ". ";
  const date = dateOf(event, lang);
  const place = placeOf(event, lang, w);
  const dataset = datasetName(metadata, w);
  const accessed = w.accessed(formatEventDate(today, "day", lang));
  const sourceText = (markdown: boolean) =>
    event.sources
      .map((source) => {
        const outlet = markdown ? markdownLink(source.name, source.url) : `${source.name}, ${source.url}`;
        const published = source.published ? `, ${w.published(formatIsoDate(source.published, lang))}` : "";
        return `${outlet}${published}`;
      })
      .join(w.list);
  const text = [
    `${w.quote(title)} (${date})`,
    place,
    `${dataset}`,
    `${permalink} (${accessed})`,
    `${w.sources}: ${sourceText(false)}`,
  ].join(dot);
  const markdown = [
    `${markdownLink(w.quote(title), permalink)} (${date})`,
    markdownText(place),
    `*${markdownText(dataset)}*`,
    `${accessed}`,
    `${w.sources}: ${sourceText(true)}`,
  ].join(dot);
  return { text: `${text}.`, markdown: `${markdown}.` };
}

/**
 * A citation of the filtered view: "57 events matching Aleppo; Raid, from <dataset>, exported
 * from <link> on <date>". `filters` are the active filters in words (the chips' labels).
 */
export function citeView(count: number, filters: readonly string[], link: string, context: CiteContext): Citation {
  const { lang, metadata, today } = context;
  const w = CITE_WORDS[lang];
  const comma = lang === "ar" ? "، " : ", ";
  const what = `${w.viewCount(formatNumber(count, lang), count)} ${filters.length ? w.matching(filters.join(w.list)) : w.allEvents}`;
  const dataset = datasetName(metadata, w);
  const day = formatEventDate(today, "day", lang);
  const text = `${what}${comma}${w.from} ${dataset}${comma}${w.exportedFrom(link, day)}.`;
  const markdown = `${markdownText(what)}${comma}${w.from} *${markdownText(dataset)}*${comma}${w.exportedFrom(markdownLink(link, link), day)}.`;
  return { text, markdown };
}
