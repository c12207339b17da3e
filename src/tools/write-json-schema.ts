/** Writes public/schema/events.v1.json from the zod schema, the one definition of format v1. */
import { mkdirSync, writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../data/event-schema.ts";

export const JSON_SCHEMA_PATH = "public/schema/events.v1.json";

mkdirSync("public/schema", { recursive: true });
writeFileSync(JSON_SCHEMA_PATH, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${JSON_SCHEMA_PATH}`);
