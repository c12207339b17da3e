/// <reference lib="webworker" />
import { transferablesOf } from "../domain/event-index.ts";
import { EVENT_CHUNK_SIZE, type LoadReply, type LoadRequest } from "./load-messages.ts";
import { runLoadJob } from "./run-load-job.ts";

/* Loads, validates and indexes a dataset off the main thread (see load-messages.ts for the protocol). */
declare const self: DedicatedWorkerGlobalScope;

function reply(message: LoadReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const { source, governorates } = event.data;
  try {
    const result = await runLoadJob(source, governorates, (progress) => reply({ type: "progress", progress }));
    if (!result.ok) {
      reply({ type: "fatal", error: result.error });
      return;
    }
    const { dataset, columns, events, dataReadAt } = result;
    reply(
      {
        type: "columns",
        columns,
        format: dataset.format,
        metadata: dataset.metadata,
        problems: dataset.problems,
        recordCount: dataset.recordCount,
        dataReadAt,
      },
      transferablesOf(columns),
    );
    for (let from = 0; from < events.length; from += EVENT_CHUNK_SIZE)
      reply({ type: "events", json: JSON.stringify(events.slice(from, from + EVENT_CHUNK_SIZE)) });
    reply({ type: "done" });
  } catch (error) {
    reply({
      type: "fatal",
      error: {
        file: source.kind === "url" ? source.url : source.file.name,
        message: `Loading failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        hint: "The file may be too large for this device, or malformed in a way the loader did not foresee.",
      },
    });
  }
};
