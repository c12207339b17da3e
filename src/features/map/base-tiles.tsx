import { useEffect, useState } from "react";
import { TileLayer } from "react-leaflet";
import { TILE_ATTRIBUTION, TILE_URL } from "../../shared/config.ts";

/** A zoom-6 tile over central Syria: fetched once to learn whether the tile server answers. */
const PROBE_TILE = { z: 6, x: 38, y: 25, s: "a" };

function probeUrl(template: string): string {
  return template.replace(/\{(\w)\}/g, (_, key: string) => String(PROBE_TILE[key as keyof typeof PROBE_TILE] ?? ""));
}

type ProbeState = "probing" | "available" | "unavailable";

/**
 * The online base map, added only once one probe tile has loaded. Offline (or blocked) that
 * costs one failed request instead of a screenful, and the page says the tiles are unavailable.
 */
export function BaseTiles({ onUnavailable }: { onUnavailable: () => void }) {
  const [state, setState] = useState<ProbeState>(TILE_URL ? "probing" : "unavailable");
  useEffect(() => {
    if (!TILE_URL) return;
    const image = new Image();
    image.onload = () => setState("available");
    image.onerror = () => {
      setState("unavailable");
      onUnavailable();
    };
    image.src = probeUrl(TILE_URL);
    return () => {
      image.onload = null;
      image.onerror = null;
    };
  }, [onUnavailable]);
  if (!TILE_URL || state !== "available") return null;
  return <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />;
}
