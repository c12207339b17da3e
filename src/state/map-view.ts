/** Where the map looks: its centre and zoom level. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/** Map view numbers are kept to these decimals: ~11 m for positions, 1/100 zoom level. */
export const VIEW_DECIMALS = { position: 4, zoom: 2 } as const;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

export function roundView(view: MapView): MapView {
  return {
    lat: round(view.lat, VIEW_DECIMALS.position),
    lon: round(view.lon, VIEW_DECIMALS.position),
    zoom: round(view.zoom, VIEW_DECIMALS.zoom),
  };
}
