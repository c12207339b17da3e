import type { Language } from "../i18n/language.ts";
import { type Message, say, tableHas } from "../i18n/message.ts";
import { URL_MESSAGES } from "../url/url-messages.ts";

/** The message tables whose codes can be shown as notices. */
export const NOTICE_TABLES = [URL_MESSAGES] as const;

/** A notice said in the interface's language, by the table that knows its code. */
export function noticeText(message: Message, lang: Language): string {
  for (const table of NOTICE_TABLES) if (tableHas(table, message)) return say(table, message, lang);
  // Every code a notice can carry has a table above (tests/unit/message-tables.test.ts); this is a guard.
  return message.code;
}
