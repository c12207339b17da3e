import type { Language } from "./language.ts";

/*
 * Messages as codes with parameters, never as sentences: whatever finds a problem (the URL codec,
 * the loaders, the store) says which one and with what values; each feature's message table says it
 * in every language. Nothing parses a sentence back into data.
 */

type MessageValue = string | number;
/** The parameters of each code of a table: `{ [code]: { name: value } }`. */
export type MessageParams = Record<string, Record<string, MessageValue>>;

/** One message of a table: its code and its parameters. */
export type MessageOf<P extends MessageParams> = { [C in keyof P & string]: { code: C; params: P[C] } }[keyof P &
  string];

/** Any message, whatever its table: what the store keeps and passes around. */
export interface Message {
  code: string;
  params: Readonly<Record<string, MessageValue>>;
}

/** A table: for every language, a function per code that says it. */
export type MessageTable<P extends MessageParams> = Record<
  Language,
  { [C in keyof P & string]: (params: P[C]) => string }
>;

/** Says a message in a language with its table. */
export function say<P extends MessageParams>(table: MessageTable<P>, message: MessageOf<P>, lang: Language): string {
  const texts = table[lang] as Record<string, (params: unknown) => string>;
  const text = texts[message.code];
  if (!text) throw new Error(`no ${lang} text for message ${message.code}`);
  return text(message.params);
}

/** Whether a table has a text for a message's code. */
export function tableHas<P extends MessageParams>(table: MessageTable<P>, message: Message): message is MessageOf<P> {
  return Object.hasOwn(table.en, message.code);
}

/** Keeps a left-to-right fragment (a parameter, a code, a file name) in one piece inside Arabic text. */
export function isolate(text: string | number): string {
  return `\u2068${text}\u2069`;
}
