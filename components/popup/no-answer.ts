// Sends a request to the background (lib/cases/messages sendRequest's `send`) and, when no answer
// comes (the background cannot be reached: the extension was updated or reloaded while this page
// was open; or it answered nothing), answers in the merchant's language instead. sendRequest
// would say it in English ('no reply from the background', or the browser's own error text),
// inside a sentence of the page's language.
import { browser } from 'wxt/browser';

export function sendOrSayNoAnswer(noAnswer: string, send: (message: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)) {
  return async (message: unknown): Promise<unknown> => {
    let reply: unknown;
    try {
      reply = await send(message);
    } catch {
      reply = undefined;
    }
    return reply && typeof reply === 'object' && 'ok' in reply ? reply : { ok: false, problem: noAnswer };
  };
}
