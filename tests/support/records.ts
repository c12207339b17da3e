/** A minimal valid record in format v1; tests override what they exercise. */
export function validRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "test-aleppo-raid",
    date: "2025-05-17",
    title: "Security forces raid a hideout in Aleppo",
    summary: "A test record.",
    type: "raid",
    actors: ["General Security Service"],
    targets: ["ISIS"],
    location: { name: "Aleppo", lat: 36.2021, lon: 37.1343, precision: "town" },
    outcome: { arrested: 3, killed: null },
    sources: [{ name: "Example News", url: "https://example.com/story" }],
    ...overrides,
  };
}

export function datasetText(events: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ title: "Test dataset", events, ...extra });
}
