/**
 * The baseline page of the browser benchmark: the same data drawn the way most Leaflet apps do
 * it — one L.marker per event in Leaflet.markercluster (chunked loading), and a brush step that
 * clears the cluster group and adds back the markers in the new date range. A CSV file (ACLED's
 * columns) is read with PapaParse, as such a page would.
 */
export function baselinePageHtml(dataUrl: string, format: "json" | "acled-csv"): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baseline: Leaflet.markercluster</title>
<link rel="stylesheet" href="bench-lib/leaflet.css">
<link rel="stylesheet" href="bench-lib/MarkerCluster.css">
<link rel="stylesheet" href="bench-lib/MarkerCluster.Default.css">
<style>html,body,#map{height:100%;margin:0}</style></head>
<body><main id="map" aria-label="baseline map"></main>
<script src="bench-lib/leaflet.js"></script>
<script src="bench-lib/leaflet.markercluster.js"></script>
<script src="bench-lib/papaparse.min.js"></script>
<script>
(async () => {
  const response = await fetch(${JSON.stringify(dataUrl)});
  performance.mark("base:data-arrived");
  const text = await response.text();
  const points = ${JSON.stringify(format)} === "json"
    ? JSON.parse(text).events.filter((e) => e.location).map((e) => ({ lat: e.location.lat, lon: e.location.lon, title: e.title, date: e.date }))
    : Papa.parse(text, { header: true, skipEmptyLines: true }).data
        .map((r) => ({ lat: Number(r.latitude), lon: Number(r.longitude), title: r.sub_event_type, date: r.event_date }))
        .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const map = L.map("map", { maxZoom: 18 }).fitBounds([[32.2, 35.6], [37.4, 42.5]]);
  const day = (d) => (d ? Math.floor(Date.parse(d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d) / 86400000) : null);
  const markers = points.map((p) => L.marker([p.lat, p.lon], { title: p.title }));
  const days = points.map((p) => day(p.date));
  let done = null;
  const cluster = L.markerClusterGroup({
    chunkedLoading: true,
    chunkProgress: (processed, total) => { if (processed === total && done) { const d = done; done = null; requestAnimationFrame(() => d()); } },
  });
  map.addLayer(cluster);
  const show = (list) => new Promise((resolve) => {
    done = resolve;
    cluster.clearLayers();
    cluster.addLayers(list);
    if (list.length === 0) { done = null; requestAnimationFrame(() => resolve()); }
  });
  await show(markers);
  performance.mark("base:map-painted");
  const valid = days.filter((d) => d !== null && Number.isFinite(d));
  let first = Infinity, last = -Infinity;
  for (const d of valid) { if (d < first) first = d; if (d > last) last = d; }
  window.__brushStep = async (i, steps) => {
    const width = Math.round((last - first) / 10);
    const from = first + Math.round(((last - first - width) * i) / (steps - 1));
    const t0 = performance.now();
    await show(markers.filter((m, k) => days[k] !== null && days[k] >= from && days[k] <= from + width));
    return performance.now() - t0;
  };
  window.__ready = true;
})();
</script></body></html>`;
}
