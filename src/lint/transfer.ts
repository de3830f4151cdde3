import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { FileFacts } from './facts';

/** A vfile message as plain data, to cross a worker boundary (its tree ancestors stay behind). */
export type MessageData = {
  readonly reason: string;
  readonly place: Position | Point | undefined;
  readonly ruleId: string | undefined;
  readonly source: string | undefined;
  readonly fatal: boolean | undefined;
  readonly url: string | undefined;
  readonly actual: string | undefined;
  readonly expected: string[] | undefined;
  readonly note: string | undefined;
  readonly cause: MessageData | undefined;
};

/** What the first pass produced for one file. */
export type FirstPassResult = {
  /** Index of the file in the run. */
  readonly index: number;
  readonly facts: FileFacts | undefined;
  readonly messages: readonly MessageData[];
};

/** Copies a message into plain data. */
export function toMessageData(message: VFileMessage): MessageData {
  return {
    reason: message.reason,
    place: message.place ?? undefined,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    fatal: message.fatal ?? undefined,
    url: message.url ?? undefined,
    actual: message.actual ?? undefined,
    expected: message.expected ?? undefined,
    note: message.note ?? undefined,
    cause: message.cause instanceof VFileMessage ? toMessageData(message.cause) : undefined,
  };
}

/** The fields `file.message()` does not take, copied onto a rebuilt message. */
const extras = (data: MessageData) => ({
  fatal: data.fatal,
  url: data.url,
  actual: data.actual,
  expected: data.expected,
  note: data.note,
});

/** Rebuilds a message (a cause) from plain data. */
function toMessage(data: MessageData): VFileMessage {
  const message = new VFileMessage(data.reason, {
    place: data.place,
    ruleId: data.ruleId,
    source: data.source,
    cause: data.cause && toMessage(data.cause),
  });
  return Object.assign(message, extras(data));
}

/** Puts a first-pass result on its file: its facts and its messages, as if it had been processed here. */
export function applyResult(file: VFile, result: FirstPassResult): void {
  if (result.facts) {
    file.data.docsFacts = result.facts;
  }
  for (const data of result.messages) {
    const message = file.message(data.reason, {
      place: data.place,
      ruleId: data.ruleId,
      source: data.source,
      cause: data.cause && toMessage(data.cause),
    });
    Object.assign(message, extras(data));
  }
}
