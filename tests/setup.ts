import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// The app loads its dataset through a lazily imported loader; on a busy machine the first
// import alone can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => cleanup());
