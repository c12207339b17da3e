import { exportFileName } from "../../../data/export/export-file-name.ts";
import { REGION_LEVEL } from "../../../domain/areas.ts";
import type { GovernorateCode } from "../../../domain/governorates.ts";
import { totalsOf } from "../../../domain/totals.ts";
import { formatIsoDate, formatNumber } from "../../../i18n/format.ts";
import { browserLanguage } from "../../../i18n/use-language.ts";
import { downloadBlob } from "../../../shared/download.ts";
import { selectIndex, selectQuery } from "../../../state/selectors.ts";
import type { AppState } from "../../../state/store.ts";
import { MAP_MESSAGES } from "../../map/map-messages.ts";
import { filtersInWords } from "../filter-words.ts";
import { withPngText } from "../png-text.ts";
import { PUBLISH_MESSAGES } from "../publish-messages.ts";
import { eventCountText, outcomeSentence } from "../totals-text.ts";
import { sceneToPng } from "./paint-canvas.ts";
import type { Scene } from "./scene.ts";
import { sceneToSvg } from "./scene-svg.ts";
import { type ViewImageTexts, viewScene } from "./view-scene.ts";

/** Syria's extent, shown when the map has not reported what it shows. */
const SYRIA: [number, number, number, number] = [32.2, 35.6, 37.4, 42.5];

export interface ViewImage {
  scene: Scene;
  texts: ViewImageTexts;
}

/** The picture of what the page shows now, with its words in the interface language. */
export function viewImage(state: AppState, link: string): ViewImage | null {
  const index = selectIndex(state);
  const query = selectQuery(state);
  const dataset = state.dataset;
  if (!index || !query || !state.geography || !dataset) return null;
  const lang = state.lang ?? browserLanguage();
  const t = PUBLISH_MESSAGES[lang];
  const n = (value: number) => formatNumber(value, lang);
  const totals = totalsOf(index, query.positions, 0);
  const countParts = [eventCountText(totals, lang)];
  for (const field of ["arrested", "killed"] as const)
    if (totals.outcomes[field].reporting > 0) countParts.push(outcomeSentence(totals, field, lang));
  if (totals.unlocated) countParts.push(t.notOnMap(n(totals.unlocated)));
  const meta = dataset.metadata;
  const dataParts = [t.dataLine(meta.title)];
  if (meta.updated) dataParts.push(t.updated(formatIsoDate(meta.updated, lang)));
  if (meta.license) dataParts.push(t.license(meta.license));
  const file = state.localFile?.name ?? state.dataUrl;
  if (file) dataParts.push(t.loadedFrom(file));
  const texts: ViewImageTexts = {
    title: filtersInWords(state.filters, lang),
    count: countParts.join(" · "),
    legendHeading: t.legend,
    typeNames: MAP_MESSAGES[lang].types,
    approximate: t.approximate,
    cluster: t.cluster,
    selected: MAP_MESSAGES[lang].selected,
    provenance: [dataParts.join(lang === "ar" ? "، " : ", ")],
    attribution: t.attribution,
    link,
    placeName: (name, nameAr) => (lang === "ar" ? nameAr || name : name),
  };
  const selectedPosition = state.selectedId === null ? null : (index.positionOf(state.selectedId) ?? null);
  const scene = viewScene(
    {
      lang,
      geography: state.geography,
      bounds: state.mapBounds ?? SYRIA,
      index,
      positions: query.positions,
      selectedRegions: state.filters.regions.filter((key): key is GovernorateCode => key !== REGION_LEVEL),
      selectedPosition,
      texts,
    },
    n,
  );
  return { scene, texts };
}

/** Draws the view and offers it as a file: a PNG at twice the pixel density, or an SVG. */
export async function downloadViewImage(state: AppState, link: string, format: "png" | "svg"): Promise<void> {
  const image = viewImage(state, link);
  if (!image) throw new Error("no dataset on screen");
  const { scene, texts } = image;
  if (format === "svg") {
    downloadBlob(
      new Blob([sceneToSvg(scene)], { type: "image/svg+xml;charset=utf-8" }),
      exportFileName(state.dataset?.metadata.title ?? "map", state.filters, "svg"),
    );
    return;
  }
  const png = new Uint8Array(await (await sceneToPng(scene, 2)).arrayBuffer());
  const described = withPngText(png, {
    Title: texts.title,
    Description: `${texts.count}. ${texts.provenance.join(" ")}`,
    Source: texts.link,
    Copyright: texts.attribution,
  });
  downloadBlob(
    new Blob([described.slice().buffer as ArrayBuffer], { type: "image/png" }),
    exportFileName(state.dataset?.metadata.title ?? "map", state.filters, "png"),
  );
}
