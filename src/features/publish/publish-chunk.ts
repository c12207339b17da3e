/**
 * Everything the publishing features load on demand, behind one dynamic import: one chunk
 * (rather than one per panel) keeps the modules they share with the first screen in its bundle.
 */
export { default as SharePanel } from "./share-panel.tsx";
export { default as TotalsPanel } from "./totals-panel.tsx";
