/** Build-time settings (Vite env), read once here so nothing else touches import.meta.env. */
const env = import.meta.env;

export const BASE_URL: string = env.BASE_URL ?? "/";

/** The dataset loaded when the address names none. */
export const DEFAULT_DATASET_URL = `${BASE_URL}data/events.json`;

/** Online base map; set VITE_TILE_URL=none to draw only the bundled vector geography. */
export const TILE_URL: string | null =
  env.VITE_TILE_URL === "none" ? null : (env.VITE_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png");

export const TILE_ATTRIBUTION: string =
  env.VITE_TILE_ATTRIBUTION ??
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
