import { STORY_NOTICES } from "../features/story/story-messages.ts";
import type { Language } from "../i18n/language.ts";
import { type Message, type MessageParams, type MessageTable, say, tableHas } from "../i18n/message.ts";
import { URL_MESSAGES } from "../url/url-messages.ts";
import { LOCAL_DATASET_MESSAGES } from "./local-dataset-messages.ts";

/** Says a message with one table, or null when the code is not that table's. */
function sayer<P extends MessageParams>(table: MessageTable<P>) {
  return (message: Message, lang: Language): string | null =>
    tableHas(table, message) ? say(table, message, lang) : null;
}

const SAYERS = [sayer(URL_MESSAGES), sayer(LOCAL_DATASET_MESSAGES), sayer(STORY_NOTICES)];

/** A notice said in the interface's language, by the table that knows its code. */
export function noticeText(message: Message, lang: Language): string {
  for (const sayIt of SAYERS) {
    const text = sayIt(message, lang);
    if (text !== null) return text;
  }
  // Every code a notice can carry has a table above (tests/unit/message-tables.test.ts); this is a guard.
  return message.code;
}
