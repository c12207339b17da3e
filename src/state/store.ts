import { createStore } from "zustand/vanilla";
import type { Geography } from "../data/geography.ts";
import type { FatalLoadError } from "../data/load-problem.ts";
import type { LoadedDataset } from "../data/validate-dataset.ts";

export type LoadState =
  | { status: "loading"; what: string }
  | { status: "failed"; error: FatalLoadError }
  | { status: "ready" };

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface AppState {
  load: LoadState;
  dataset: LoadedDataset | null;
  geography: Geography | null;
  selectedId: string | null;
  mapView: MapView | null;
}

export interface AppActions {
  startLoading(what: string): void;
  failLoading(error: FatalLoadError): void;
  finishLoading(dataset: LoadedDataset, geography: Geography): void;
  select(id: string | null): void;
  setMapView(view: MapView): void;
}

export type AppStore = AppState & AppActions;

export const initialState: AppState = {
  load: { status: "loading", what: "dataset" },
  dataset: null,
  geography: null,
  selectedId: null,
  mapView: null,
};

export function createAppStore(state: Partial<AppState> = {}) {
  return createStore<AppStore>()((set) => ({
    ...initialState,
    ...state,
    startLoading: (what) => set({ load: { status: "loading", what } }),
    failLoading: (error) => set({ load: { status: "failed", error } }),
    finishLoading: (dataset, geography) => set({ load: { status: "ready" }, dataset, geography }),
    select: (selectedId) => set({ selectedId }),
    setMapView: (mapView) => set({ mapView }),
  }));
}

export type AppStoreApi = ReturnType<typeof createAppStore>;
