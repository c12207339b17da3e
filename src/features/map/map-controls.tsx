import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { MAP_MESSAGES } from "./map-messages.ts";

/**
 * Leaflet's own controls in the interface language. The zoom buttons sit at the start of the top
 * edge (left in English, right in Arabic); the attribution stays bottom right, under the legend.
 */
export function MapControls() {
  const map = useMap();
  const lang = useLanguage();
  const t = useMessages(MAP_MESSAGES);
  const rtl = lang === "ar";

  useEffect(() => {
    const zoom = L.control
      .zoom({ position: rtl ? "topright" : "topleft", zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut })
      .addTo(map);
    return () => {
      zoom.remove();
    };
  }, [map, rtl, t]);

  return null;
}
