import { governorateByCode, isGovernorateCode } from "../../domain/governorates.ts";
import { formatDecimal, formatNumber } from "../../i18n/format.ts";
import type { Language } from "../../i18n/language.ts";
import { isolate, type MessageTable } from "../../i18n/message.ts";
import type { FatalText } from "../load-problem-messages.ts";
import { countryNameIn } from "./country-names.ts";

/*
 * What the importers say (refusals of a whole file, problems of one row), as codes with
 * parameters said in English and Arabic. The English is the text the importers always wrote.
 * Lists (column names, countries) travel as one parameter, their items joined by LIST_SEPARATOR,
 * so each language can say them its own way (countries by name in Arabic, "… (12 in all)").
 */

const LIST_SEPARATOR = "\u001f";
const PAIR_SEPARATOR = "\u001e";

/** Items as one message parameter. */
export function listParam(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

/** Countries with their row counts as one message parameter. */
export function countriesParam(countries: readonly { name: string; rows: number }[]): string {
  return countries.map((c) => `${c.name}${PAIR_SEPARATOR}${c.rows}`).join(LIST_SEPARATOR);
}

function items(param: string): string[] {
  return param === "" ? [] : param.split(LIST_SEPARATOR);
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= 40 ? line : `${line.slice(0, 39).trimEnd()}…`;
}

/** `a, b, c, … (12 in all)` in English; the Arabic says the same with Arabic commas and digits. */
export function listIn(param: string, lang: Language, max = 8): string {
  const all = items(param);
  const shown = all.slice(0, max).map(shorten);
  if (lang === "en") return all.length > max ? `${shown.join(", ")}, … (${all.length} in all)` : shown.join(", ");
  const said = shown.map((item) => isolate(item)).join("، ");
  return all.length > max ? `${said}، … (${formatNumber(all.length, "ar")} في المجموع)` : said;
}

function countriesIn(param: string, lang: Language, max = 6): string {
  const pairs = items(param).map((item) => {
    const [name = "", rows = "0"] = item.split(PAIR_SEPARATOR);
    return { name, rows: Number(rows) };
  });
  if (lang === "en")
    return listIn(listParam(pairs.map((c) => `${c.name} (${c.rows.toLocaleString("en")})`)), "en", max);
  const shown = pairs.slice(0, max).map((c) => `${countryNameIn(c.name, "ar")} (${formatNumber(c.rows, "ar")})`);
  return pairs.length > max
    ? `${shown.join("، ")}، … (${formatNumber(pairs.length, "ar")} دولة في المجموع)`
    : shown.join("، ");
}

/** ACLED's and UCDP's layouts and releases as a file's format is named ("ACLED, 2020 layout"). */
export type SourceNameParams = { kind: string; layout: string; release: string; geojson: number };

const ACLED_LAYOUT_AR: Readonly<Record<string, string>> = {
  current: "التخطيط الحالي",
  "2020": `تخطيط ${formatDecimal(2020, 0, "ar")}`,
  "2019": `تخطيط ${formatDecimal(2019, 0, "ar")}`,
  "pre-2019": `تخطيط ما قبل ${formatDecimal(2019, 0, "ar")}`,
};

/** The name of a detected source format, as the refusals and the load report say it. */
export function sourceNameIn({ kind, layout, release, geojson }: SourceNameParams, lang: Language): string {
  let name: string;
  if (kind === "acled")
    name = lang === "en" ? `ACLED, ${layout} layout` : `ACLED، ${ACLED_LAYOUT_AR[layout] ?? layout}`;
  else if (!release) {
    const version = layout === "ged-19" ? "19.1" : "20.1+";
    name =
      lang === "en"
        ? `UCDP GED, ${version} layout`
        : `UCDP GED، تخطيط ${isolate(layout === "ged-19" ? "19.1" : "20.1")}${layout === "ged-19" ? "" : " وما بعده"}`;
  } else if (release.split(".").length === 3)
    name = lang === "en" ? `UCDP Candidate ${release}` : `UCDP، الإصدار المرشّح ${isolate(release)}`;
  else name = lang === "en" ? `UCDP GED ${release}` : `UCDP GED ${isolate(release)}`;
  if (geojson) name += lang === "en" ? " as GeoJSON" : " بصيغة GeoJSON";
  return name;
}

const SUPPORTED_EN =
  "Dataset JSON (format v1); GeoJSON FeatureCollection of Points; ACLED export (CSV) (columns event_id_cnty, event_date, event_type, actor1, …); UCDP GED (CSV) (columns id, date_start, date_end, type_of_violence, …); Dataset CSV (format v1), as this app exports it (columns id, title, type, source_urls, …)";
const SUPPORTED_AR =
  "JSON مجموعة البيانات (الصيغة ١)؛ مجموعة معالم GeoJSON من النقاط؛ تصدير ACLED بصيغة CSV (الأعمدة event_id_cnty وevent_date وevent_type وactor1، …)؛ UCDP GED بصيغة CSV (الأعمدة id وdate_start وdate_end وtype_of_violence، …)؛ CSV مجموعة البيانات (الصيغة ١) كما يصدّره هذا التطبيق (الأعمدة id وtitle وtype وsource_urls، …)";

const NOT_RECOGNISED_EN = "The format of this file was not recognised: ";
const NOT_RECOGNISED_AR = "لم تُعرف صيغة هذا الملف: ";
const READS_EN = `This app reads: ${SUPPORTED_EN}. See the README ("Bring your own data").`;
const READS_AR = `يقرأ هذا التطبيق: ${SUPPORTED_AR}. انظر README (قسم «Bring your own data»).`;
const TEXT_FILES_EN = `This app reads text files: ${SUPPORTED_EN}.`;
const TEXT_FILES_AR = `يقرأ هذا التطبيق ملفات نصية: ${SUPPORTED_AR}.`;
const SAVE_AS_CSV_EN =
  "Save the sheet as CSV (UTF-8) in your spreadsheet program (in Excel: Save As, CSV UTF-8) and load that file.";
const SAVE_AS_CSV_AR =
  "احفظ الورقة بصيغة CSV (UTF-8) في برنامج الجداول (في Excel: حفظ باسم، CSV UTF-8) وحمّل ذلك الملف.";
const SAVE_SHEET_EN =
  "Open it in your spreadsheet program and save the sheet with the events as CSV (in Excel: File > Save As > CSV UTF-8), then load that file.";
const SAVE_SHEET_AR =
  "افتحه في برنامج الجداول واحفظ الورقة التي فيها الأحداث بصيغة CSV (في Excel: ملف > حفظ باسم > CSV UTF-8)، ثم حمّل ذلك الملف.";
const GEOJSON_READS_EN =
  "This app reads GeoJSON whose properties are ACLED's fields (event_id_cnty, event_date, sub_event_type, …), UCDP GED's (id, date_start, type_of_violence, side_a, …) or its own (date, title, summary, source_url; see the README, \"Bring your own data\").";
const GEOJSON_READS_AR =
  "يقرأ هذا التطبيق ملفات GeoJSON التي خصائصها حقول ACLED (event_id_cnty وevent_date وsub_event_type، …) أو حقول UCDP GED (id وdate_start وtype_of_violence وside_a، …) أو حقوله الخاصة (date وtitle وsummary وsource_url؛ انظر README، قسم «Bring your own data»).";

type NotTextKind = "zip" | "pdf" | "utf16" | "binary";
type WorkbookKind = "xlsx" | "ods" | "xls";

export type ImportFatalParams = {
  "import.json-object": { members: string };
  "import.json-empty-object": Record<string, never>;
  "import.json-array": { items: number };
  "import.json-scalar": { kind: string };
  "import.not-csv-header": { named: string; first: string };
  "import.csv-columns": { columns: string; nearest: string; missing: string };
  "import.sheet-columns": { sheet: string; columns: string; nearest: string; missing: string };
  "import.web-page": Record<string, never>;
  "import.markup": Record<string, never>;
  "import.not-text": { kind: NotTextKind };
  "import.workbook": { kind: WorkbookKind };
  "import.workbook-unreadable": { detail: string };
  "import.workbook-no-sheet": Record<string, never>;
  "import.dbase": Record<string, never>;
  "import.geojson-no-features": Record<string, never>;
  "import.not-event-geojson": { known: string; properties: string };
  "import.no-syria": SourceNameParams & { rows: number; countries: string };
  "import.empty": Record<string, never>;
  "import.unreadable": { detail: string };
};

type ImportFatalTable = Record<
  Language,
  { [C in keyof ImportFatalParams]: (params: ImportFatalParams[C]) => FatalText }
>;

const NOT_TEXT_EN: Record<NotTextKind, FatalText> = {
  zip: { message: "it looks like a ZIP archive or an Excel/OpenDocument workbook.", hint: SAVE_AS_CSV_EN },
  pdf: { message: "it looks like a PDF document.", hint: TEXT_FILES_EN },
  utf16: { message: 'it looks like text saved as UTF-16 ("Unicode Text"), not UTF-8.', hint: SAVE_AS_CSV_EN },
  binary: { message: "it looks like binary data, not text.", hint: TEXT_FILES_EN },
};
const NOT_TEXT_AR: Record<NotTextKind, FatalText> = {
  zip: { message: "يبدو أنه أرشيف ZIP أو مصنّف Excel/OpenDocument.", hint: SAVE_AS_CSV_AR },
  pdf: { message: "يبدو أنه مستند PDF.", hint: TEXT_FILES_AR },
  utf16: { message: "يبدو أنه نص محفوظ بترميز UTF-16 («Unicode Text»)، لا UTF-8.", hint: SAVE_AS_CSV_AR },
  binary: { message: "يبدو أنه بيانات ثنائية، لا نص.", hint: TEXT_FILES_AR },
};
const WORKBOOK_EN: Record<WorkbookKind, string> = {
  xlsx: "an Excel workbook (.xlsx)",
  ods: "an OpenDocument spreadsheet (.ods)",
  xls: "an Excel 97–2003 workbook (.xls)",
};
const WORKBOOK_AR: Record<WorkbookKind, string> = {
  xlsx: `مصنّف Excel ${isolate("(.xlsx)")}`,
  ods: `جدول OpenDocument ${isolate("(.ods)")}`,
  xls: `مصنّف Excel 97–2003 ${isolate("(.xls)")}`,
};

function notRecognised(lang: Language, found: string, hint?: string): FatalText {
  return lang === "en"
    ? { message: `${NOT_RECOGNISED_EN}${found}`, hint: hint ?? READS_EN }
    : { message: `${NOT_RECOGNISED_AR}${found}`, hint: hint ?? READS_AR };
}

export const IMPORT_FATAL_MESSAGES: ImportFatalTable = {
  en: {
    "import.json-object": ({ members }) =>
      notRecognised(
        "en",
        `it is JSON, an object with ${items(members).length === 1 ? "the member" : "members"} ${listIn(members, "en")}, but no "events" array and no GeoJSON "type".`,
        'A dataset (format v1) is a JSON object with a "title" and an "events" array; a GeoJSON file is a "FeatureCollection". Both are described in the README.',
      ),
    "import.json-empty-object": () =>
      notRecognised(
        "en",
        "it is JSON, but an empty object.",
        'A dataset (format v1) is a JSON object with a "title" and an "events" array; a GeoJSON file is a "FeatureCollection". Both are described in the README.',
      ),
    "import.json-array": ({ items: n }) =>
      notRecognised(
        "en",
        `it is JSON, but a bare array (of ${n} item${n === 1 ? "" : "s"}), not a dataset object.`,
        'If these are event records, wrap them: { "title": "…", "events": [ … ] } (format v1, described in the README).',
      ),
    "import.json-scalar": ({ kind }) => notRecognised("en", `it is JSON holding a single ${kind}, not a dataset.`),
    "import.not-csv-header": ({ named, first }) =>
      notRecognised(
        "en",
        `${named ? `it is named .${named} but is not JSON` : "it is not JSON"}, and its first line (${first}) is not a CSV header.`,
      ),
    "import.csv-columns": ({ columns, nearest, missing }) =>
      notRecognised(
        "en",
        `it looks like CSV with ${items(columns).length} columns (${listIn(columns, "en")}), but not the columns of a layout this app reads.${nearest ? ` It is closest to ${nearest}, which also needs ${listIn(missing, "en")}.` : ""}`,
      ),
    "import.sheet-columns": ({ sheet, columns, nearest, missing }) =>
      notRecognised(
        "en",
        `it is an Excel workbook whose first sheet ("${sheet}") has ${items(columns).length} columns (${listIn(columns, "en")}), but not the columns of a layout this app reads.${nearest ? ` It is closest to ${nearest}, which also needs ${listIn(missing, "en")}.` : ""}`,
      ),
    "import.web-page": () =>
      notRecognised(
        "en",
        "it is a web page (HTML), not a data file.",
        "If it came from an address, the address points to a page rather than to the file itself: use the file's direct link.",
      ),
    "import.markup": () =>
      notRecognised(
        "en",
        "it is markup (XML or HTML), not JSON or CSV.",
        "If it came from an address, the address points to a page rather than to the file itself: use the file's direct link.",
      ),
    "import.not-text": ({ kind }) => notRecognised("en", NOT_TEXT_EN[kind].message, NOT_TEXT_EN[kind].hint),
    "import.workbook": ({ kind }) =>
      notRecognised("en", `it is ${WORKBOOK_EN[kind]}, not a CSV or JSON file.`, SAVE_SHEET_EN),
    "import.workbook-unreadable": ({ detail }) => ({
      message: `This Excel workbook (.xlsx) could not be read: ${detail}`,
      hint: SAVE_SHEET_EN,
    }),
    "import.workbook-no-sheet": () => ({
      message: "This Excel workbook (.xlsx) has no sheet with a header row and data rows.",
      hint: SAVE_SHEET_EN,
    }),
    "import.dbase": () =>
      notRecognised(
        "en",
        "it is a dBase table (.dbf), the attribute table of a shapefile, not an event file.",
        "A .dbf holds no coordinates. Export the layer as GeoJSON or CSV (in QGIS: Export > Save Features As), then load that file; it is read if its columns are ACLED's or UCDP's.",
      ),
    "import.geojson-no-features": () => ({
      message: 'The file is a GeoJSON FeatureCollection without a "features" array.',
      hint: 'Export it again from the tool that made it; a FeatureCollection lists its features in "features".',
    }),
    "import.not-event-geojson": ({ known, properties }) =>
      notRecognised(
        "en",
        `it is GeoJSON, but ${known === "gtd" ? "a Global Terrorism Database (GTD) file, " : ""}not an event file this app reads: its features' properties are ${properties ? listIn(properties, "en", 10) : "empty"}.`,
        GEOJSON_READS_EN,
      ),
    "import.no-syria": (params) => ({
      message: `This file (${sourceNameIn(params, "en")}) has no event in Syria: its ${params.rows.toLocaleString("en")} rows are in ${countriesIn(params.countries, "en")}.`,
      hint: "This map shows events in Syria. Export the Syria rows from ACLED or UCDP (filter by country) and load that file.",
    }),
    "import.empty": () => ({
      message: "The file is empty.",
      hint: "Check that the right file was chosen, and that it was saved completely.",
    }),
    "import.unreadable": ({ detail }) => ({
      message: `The file could not be read: ${detail}`,
      hint: "The file may be malformed in a way the reader did not foresee. Check it in an editor, or export it again.",
    }),
  },
  ar: {
    "import.json-object": ({ members }) =>
      notRecognised(
        "ar",
        `إنه JSON، كائن فيه ${items(members).length === 1 ? "العضو" : "الأعضاء"} ${listIn(members, "ar")}، لكن لا مصفوفة "events" فيه ولا "type" خاص بـGeoJSON.`,
        'مجموعة البيانات (الصيغة ١) كائن JSON فيه "title" ومصفوفة "events"؛ وملف GeoJSON هو "FeatureCollection". كلاهما موصوف في README.',
      ),
    "import.json-empty-object": () =>
      notRecognised(
        "ar",
        "إنه JSON، لكنه كائن فارغ.",
        'مجموعة البيانات (الصيغة ١) كائن JSON فيه "title" ومصفوفة "events"؛ وملف GeoJSON هو "FeatureCollection". كلاهما موصوف في README.',
      ),
    "import.json-array": ({ items: n }) =>
      notRecognised(
        "ar",
        `إنه JSON، لكنه مصفوفة مجرّدة (من ${formatNumber(n, "ar")} عنصر)، لا كائن مجموعة بيانات.`,
        'إن كانت هذه سجلات أحداث فضعها داخل كائن: { "title": "…", "events": [ … ] } (الصيغة ١، الموصوفة في README).',
      ),
    "import.json-scalar": ({ kind }) =>
      notRecognised("ar", `إنه JSON يحوي قيمة مفردة (${isolate(kind)})، لا مجموعة بيانات.`),
    "import.not-csv-header": ({ named, first }) =>
      notRecognised(
        "ar",
        `${named ? `اسمه ينتهي بـ${isolate(`.${named}`)} لكنه ليس JSON` : "ليس JSON"}، وسطره الأول (${isolate(first)}) ليس سطر عناوين CSV.`,
      ),
    "import.csv-columns": ({ columns, nearest, missing }) =>
      notRecognised(
        "ar",
        `يبدو أنه CSV فيه ${formatNumber(items(columns).length, "ar")} عمودًا (${listIn(columns, "ar")})، لكنها ليست أعمدة تخطيط يقرؤه هذا التطبيق.${nearest ? ` أقرب ما يكون إلى ${isolate(nearest)}، الذي يحتاج أيضًا إلى ${listIn(missing, "ar")}.` : ""}`,
      ),
    "import.sheet-columns": ({ sheet, columns, nearest, missing }) =>
      notRecognised(
        "ar",
        `إنه مصنّف Excel في ورقته الأولى («${isolate(sheet)}») ${formatNumber(items(columns).length, "ar")} عمودًا (${listIn(columns, "ar")})، لكنها ليست أعمدة تخطيط يقرؤه هذا التطبيق.${nearest ? ` أقرب ما يكون إلى ${isolate(nearest)}، الذي يحتاج أيضًا إلى ${listIn(missing, "ar")}.` : ""}`,
      ),
    "import.web-page": () =>
      notRecognised(
        "ar",
        "إنه صفحة ويب (HTML)، لا ملف بيانات.",
        "إن جاء من عنوان، فالعنوان يشير إلى صفحة لا إلى الملف نفسه: استخدم الرابط المباشر للملف.",
      ),
    "import.markup": () =>
      notRecognised(
        "ar",
        "إنه نص ترميز (XML أو HTML)، لا JSON ولا CSV.",
        "إن جاء من عنوان، فالعنوان يشير إلى صفحة لا إلى الملف نفسه: استخدم الرابط المباشر للملف.",
      ),
    "import.not-text": ({ kind }) => notRecognised("ar", NOT_TEXT_AR[kind].message, NOT_TEXT_AR[kind].hint),
    "import.workbook": ({ kind }) =>
      notRecognised("ar", `إنه ${WORKBOOK_AR[kind]}، لا ملف CSV ولا JSON.`, SAVE_SHEET_AR),
    "import.workbook-unreadable": ({ detail }) => ({
      message: `تعذّرت قراءة مصنّف Excel هذا ${isolate("(.xlsx)")}: ${isolate(detail)}`,
      hint: SAVE_SHEET_AR,
    }),
    "import.workbook-no-sheet": () => ({
      message: `لا ورقة في مصنّف Excel هذا ${isolate("(.xlsx)")} فيها سطر عناوين وصفوف بيانات.`,
      hint: SAVE_SHEET_AR,
    }),
    "import.dbase": () =>
      notRecognised(
        "ar",
        `إنه جدول dBase ${isolate("(.dbf)")}، جدول سمات ملف شكل (shapefile)، لا ملف أحداث.`,
        "لا يحوي ملف .dbf إحداثيات. صدّر الطبقة بصيغة GeoJSON أو CSV (في QGIS: تصدير > حفظ المعالم باسم)، ثم حمّل ذلك الملف؛ يُقرأ إن كانت أعمدته أعمدة ACLED أو UCDP.",
      ),
    "import.geojson-no-features": () => ({
      message: 'الملف مجموعة معالم GeoJSON بلا مصفوفة "features".',
      hint: 'صدّره من جديد من الأداة التي أنتجته؛ تسرد مجموعة المعالم معالمها في "features".',
    }),
    "import.not-event-geojson": ({ known, properties }) =>
      notRecognised(
        "ar",
        `إنه GeoJSON، لكنه ${known === "gtd" ? "ملف من قاعدة بيانات الإرهاب العالمية (GTD)، و" : ""}ليس ملف أحداث يقرؤه هذا التطبيق: خصائص معالمه ${properties ? listIn(properties, "ar", 10) : "فارغة"}.`,
        GEOJSON_READS_AR,
      ),
    "import.no-syria": (params) => ({
      message: `لا حدث في سوريا في هذا الملف (${sourceNameIn(params, "ar")}): صفوفه البالغة ${formatNumber(params.rows, "ar")} تقع في ${countriesIn(params.countries, "ar")}.`,
      hint: "تعرض هذه الخريطة أحداثًا في سوريا. صدّر صفوف سوريا من ACLED أو UCDP (رشّح حسب البلد) وحمّل ذلك الملف.",
    }),
    "import.empty": () => ({
      message: "الملف فارغ.",
      hint: "تحقّق من اختيار الملف الصحيح، ومن أنه حُفظ كاملًا.",
    }),
    "import.unreadable": ({ detail }) => ({
      message: `تعذّرت قراءة الملف: ${isolate(detail)}`,
      hint: "قد يكون الملف تالفًا على نحو لم يتوقعه القارئ. افحصه في محرّر، أو صدّره من جديد.",
    }),
  },
};

/*
 * Problems of one row. A problem about a value ends with it: `(got "7")` in English, said by
 * `gotSuffix`. The load report groups rows by code and field; codes whose parameters hold a
 * row's values are named there without them (problem-group-messages.ts).
 */
export type ImportProblemParams = {
  "row.no-event-id": Record<string, never>;
  "row.bad-acled-id": Record<string, never>;
  "row.no-sub-event-type": Record<string, never>;
  "row.unknown-sub-event-type": Record<string, never>;
  "row.no-event-type": Record<string, never>;
  "row.unknown-event-type": Record<string, never>;
  "row.no-date": Record<string, never>;
  "row.no-value": { column: string };
  "row.not-a-date": Record<string, never>;
  "row.date-no-month": Record<string, never>;
  "row.date-wrong-order": { order: string };
  "row.date-ambiguous": Record<string, never>;
  "row.date-ambiguous-conflicting": Record<string, never>;
  "row.time-precision": Record<string, never>;
  "row.not-1-2-3": Record<string, never>;
  "row.no-coordinates": Record<string, never>;
  "row.unknown-governorate": Record<string, never>;
  "row.count-not-whole": Record<string, never>;
  "row.no-ucdp-id": Record<string, never>;
  "row.bad-ucdp-id": Record<string, never>;
  "row.violence-not-1-3": Record<string, never>;
  "row.date-prec": Record<string, never>;
  "row.where-prec-range": Record<string, never>;
  "row.where-prec-7": Record<string, never>;
  "row.where-prec-6": Record<string, never>;
  "row.too-many-fields": { fields: number; header: number };
  "row.too-few-fields": Record<string, never>;
  "row.quote-never-closed": { row: number };
  "row.duplicate-columns": { renamed: string };
  "row.coordinates-not-decimal": Record<string, never>;
  "row.place-without-coordinates": Record<string, never>;
  "row.not-a-feature": Record<string, never>;
  "row.no-feature-id": Record<string, never>;
  "row.not-a-point": Record<string, never>;
  "row.point-coordinates": Record<string, never>;
  "row.no-precision": Record<string, never>;
  "row.no-source-url": Record<string, never>;
  "row.border-kept": { km: number; code: string };
  "row.area-no-governorate": { area: string };
};

/** A governorate named by its code (SY-DI), in a language: Arabic by its Arabic name. */
export function governorateIn(code: string, lang: Language): string {
  return lang === "ar" && isGovernorateCode(code) ? governorateByCode(code).nameAr : code;
}

export const IMPORT_PROBLEM_MESSAGES: MessageTable<ImportProblemParams> = {
  en: {
    "row.no-event-id": () => "no event id",
    "row.bad-acled-id": () => "not an ACLED event id (letters and digits)",
    "row.no-sub-event-type": () => "no sub-event type: the event type cannot be mapped",
    "row.unknown-sub-event-type": () => "not an ACLED sub-event type this app maps to an event type",
    "row.no-event-type": () => "no event type: the event type cannot be mapped",
    "row.unknown-event-type": () => "not an ACLED event type this app maps to an event type",
    "row.no-date": () => "no date",
    "row.no-value": ({ column }) => `no ${column}`,
    "row.not-a-date": () => "not a date",
    "row.date-no-month": () => "not a date: neither number can be the month",
    "row.date-wrong-order": ({ order }) =>
      `not a date in this file's order (${order === "day-first" ? "day first" : "month first"}): the month would be above 12`,
    "row.date-ambiguous": () =>
      "ambiguous date: the file's other dates do not show whether the day or the month comes first (write it as YYYY-MM-DD)",
    "row.date-ambiguous-conflicting": () =>
      "ambiguous date: the file writes dates both day first and month first, so this one could be either (write it as YYYY-MM-DD)",
    "row.time-precision": () => "not 1, 2 or 3; the date was read as a day",
    "row.not-1-2-3": () => "not 1, 2 or 3",
    "row.no-coordinates": () => "no usable coordinates (latitude and longitude must be decimal numbers)",
    "row.unknown-governorate": () =>
      "not a governorate name this app knows; the governorate is taken from the coordinates",
    "row.count-not-whole": () => "not a whole number; deaths left as not reported",
    "row.no-ucdp-id": () => "no UCDP event id",
    "row.bad-ucdp-id": () => "not a UCDP event id (digits)",
    "row.violence-not-1-3": () => "not 1, 2 or 3: the event type cannot be mapped",
    "row.date-prec": () => "not 1 to 5; the dates were read as given",
    "row.where-prec-range": () => "not 1 to 7",
    "row.where-prec-7": () => "where_prec 7 (international waters or air space): not a place in Syria",
    "row.where-prec-6": () => "where_prec 6: only the country is known, so the event is kept without a location",
    "row.too-many-fields": ({ fields, header }) =>
      `the row has ${fields} fields where the header has ${header}: its columns cannot be told apart (an unquoted comma?)`,
    "row.too-few-fields": () =>
      "the row has fewer fields than the header: its columns cannot be told apart (a line break inside an unquoted field?)",
    "row.quote-never-closed": ({ row }) =>
      `a quoted field is never closed (near data row ${row > 0 ? row : "?"}): everything after it was read as one field`,
    "row.duplicate-columns": ({ renamed }) =>
      `the header names some columns twice; only the first of each is read (${items(renamed).length} renamed: ${listIn(renamed, "en", 5)})`,
    "row.coordinates-not-decimal": () => "coordinates are not decimal numbers",
    "row.place-without-coordinates": () => "a place without coordinates: the event is kept without a location",
    "row.not-a-feature": () => 'not a GeoJSON Feature (an object with "type": "Feature")',
    "row.no-feature-id": () => "no id: named by its position, so links to it break if the file changes",
    "row.not-a-point": () =>
      "not a Point: only Point features (or a null geometry, for an event without a location) can be loaded",
    "row.point-coordinates": () => "a Point's coordinates must be [longitude, latitude] numbers",
    "row.no-precision": () => "no precision given: the point is taken as the exact location",
    "row.no-source-url": () => "no source URL: every event needs at least one http(s) link to its reporting",
    "row.border-kept": ({ km, code }) =>
      `the point is ${km.toFixed(1)} km outside the bundled outline of Syria (a border town?); kept in the nearest governorate, ${code}`,
    "row.area-no-governorate": ({ area }) =>
      `ignored: the place is the area "${area}", which belongs to no single governorate`,
  },
  ar: {
    "row.no-event-id": () => "لا معرّف للحدث",
    "row.bad-acled-id": () => "ليس معرّف حدث من ACLED (حروف وأرقام)",
    "row.no-sub-event-type": () => "لا نوع فرعي للحدث: لا يمكن تحديد نوع الحدث",
    "row.unknown-sub-event-type": () => "ليس نوعًا فرعيًا من أنواع ACLED يقابله نوع حدث في هذا التطبيق",
    "row.no-event-type": () => "لا نوع للحدث: لا يمكن تحديد نوع الحدث",
    "row.unknown-event-type": () => "ليس نوع حدث من أنواع ACLED يقابله نوع حدث في هذا التطبيق",
    "row.no-date": () => "لا تاريخ",
    "row.no-value": ({ column }) => `لا قيمة في ${isolate(column)}`,
    "row.not-a-date": () => "ليس تاريخًا",
    "row.date-no-month": () => "ليس تاريخًا: لا يصلح أيٌّ من العددين أن يكون الشهر",
    "row.date-wrong-order": ({ order }) =>
      `ليس تاريخًا بترتيب هذا الملف (${order === "day-first" ? "اليوم أولًا" : "الشهر أولًا"}): سيكون الشهر أكبر من ${formatNumber(12, "ar")}`,
    "row.date-ambiguous": () =>
      "تاريخ ملتبس: لا تبيّن تواريخ الملف الأخرى أيهما يأتي أولًا، اليوم أم الشهر (اكتبه بالشكل YYYY-MM-DD)",
    "row.date-ambiguous-conflicting": () =>
      "تاريخ ملتبس: يكتب الملف التواريخ مرة باليوم أولًا ومرة بالشهر أولًا، فقد يكون هذا أيًّا منهما (اكتبه بالشكل YYYY-MM-DD)",
    "row.time-precision": () =>
      `ليس ${formatNumber(1, "ar")} أو ${formatNumber(2, "ar")} أو ${formatNumber(3, "ar")}؛ قُرئ التاريخ يومًا`,
    "row.not-1-2-3": () => `ليس ${formatNumber(1, "ar")} أو ${formatNumber(2, "ar")} أو ${formatNumber(3, "ar")}`,
    "row.no-coordinates": () => "لا إحداثيات صالحة (يجب أن يكون خط العرض وخط الطول عددين عشريين)",
    "row.unknown-governorate": () => "ليس اسم محافظة يعرفه هذا التطبيق؛ أُخذت المحافظة من الإحداثيات",
    "row.count-not-whole": () => "ليس عددًا صحيحًا؛ تُرك عدد القتلى غير مذكور",
    "row.no-ucdp-id": () => "لا معرّف حدث من UCDP",
    "row.bad-ucdp-id": () => "ليس معرّف حدث من UCDP (أرقام)",
    "row.violence-not-1-3": () =>
      `ليس ${formatNumber(1, "ar")} أو ${formatNumber(2, "ar")} أو ${formatNumber(3, "ar")}: لا يمكن تحديد نوع الحدث`,
    "row.date-prec": () => `ليس من ${formatNumber(1, "ar")} إلى ${formatNumber(5, "ar")}؛ قُرئت التواريخ كما هي`,
    "row.where-prec-range": () => `ليس من ${formatNumber(1, "ar")} إلى ${formatNumber(7, "ar")}`,
    "row.where-prec-7": () => `${isolate("where_prec 7")} (مياه دولية أو مجال جوي): ليس مكانًا في سوريا`,
    "row.where-prec-6": () => `${isolate("where_prec 6")}: لا يُعرف إلا البلد، فأُبقي الحدث بلا موقع`,
    "row.too-many-fields": ({ fields, header }) =>
      `في الصف ${formatNumber(fields, "ar")} حقلًا بينما في سطر العناوين ${formatNumber(header, "ar")}: لا يمكن تمييز أعمدته (فاصلة خارج علامتي اقتباس؟)`,
    "row.too-few-fields": () =>
      "في الصف حقول أقل مما في سطر العناوين: لا يمكن تمييز أعمدته (سطر جديد داخل حقل بلا علامتي اقتباس؟)",
    "row.quote-never-closed": ({ row }) =>
      `حقل مقتبس لا يُغلق أبدًا (قرب صف البيانات ${row > 0 ? formatNumber(row, "ar") : "؟"}): قُرئ كل ما بعده حقلًا واحدًا`,
    "row.duplicate-columns": ({ renamed }) =>
      `يذكر سطر العناوين بعض الأعمدة مرتين؛ لا يُقرأ إلا أولها (أُعيدت تسمية ${formatNumber(items(renamed).length, "ar")}: ${listIn(renamed, "ar", 5)})`,
    "row.coordinates-not-decimal": () => "الإحداثيات ليست أعدادًا عشرية",
    "row.place-without-coordinates": () => "مكان بلا إحداثيات: أُبقي الحدث بلا موقع",
    "row.not-a-feature": () => 'ليس معلم GeoJSON (كائنًا فيه "type": "Feature")',
    "row.no-feature-id": () => "لا معرّف: سُمّي بموضعه، فتنكسر الروابط إليه إن تغيّر الملف",
    "row.not-a-point": () => "ليس نقطة: لا تُحمَّل إلا معالم النقاط (أو هندسة فارغة لحدث بلا موقع)",
    "row.point-coordinates": () => "يجب أن تكون إحداثيات النقطة عددين [خط الطول، خط العرض]",
    "row.no-precision": () => "لم تُذكر الدقة: تُعدّ النقطة الموقع الدقيق",
    "row.no-source-url": () => "لا رابط للمصدر: يحتاج كل حدث إلى رابط http(s) واحد على الأقل لما نُشر عنه",
    "row.border-kept": ({ km, code }) =>
      `تقع النقطة على بعد ${formatDecimal(km, 1, "ar")} كم خارج حدود سوريا المرفقة (بلدة حدودية؟)؛ أُبقيت في أقرب محافظة، ${governorateIn(code, "ar")}`,
    "row.area-no-governorate": ({ area }) =>
      `تم تجاهله: المكان هو المنطقة ${isolate(`"${area}"`)}، وهي لا تتبع محافظة واحدة`,
  },
};

/** The value a problem is about, at the end of its text: ` (got "7")`. */
export function gotSuffix(got: string | undefined, lang: Language): string {
  if (got === undefined) return "";
  return lang === "en" ? ` (got ${got})` : ` (القيمة ${isolate(got)})`;
}
