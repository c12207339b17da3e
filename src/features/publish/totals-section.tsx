import { lazy, Suspense } from "react";

const TotalsPanel = lazy(() => import("./publish-chunk.ts").then((m) => ({ default: m.TotalsPanel })));

/** The totals summary; its code (counting and the text it copies) loads after the first screen. */
export function TotalsSection() {
  return (
    <Suspense fallback={null}>
      <TotalsPanel />
    </Suspense>
  );
}
