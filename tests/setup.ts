import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// The app loads its dataset through a lazily imported loader; on a busy machine the first
// import alone can take more than Testing Library's default second (and, with eight people sharing two
// cores, more than 4 s).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
