/// <reference types="node" />
import { CommandError } from './problems.js';
import { formatBytes } from './input.js';

export interface FetchLimits {
  /** Milliseconds for the whole request, body included. */
  timeout: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  accept?: string;
}

export const USER_AGENT = 'spf-feed (+https://www.npmjs.com/package/@spf-wellbeing/feed-tools)';

/**
 * Fetches an http(s) URL with a time limit and a size limit, reading the body
 * in chunks and stopping as soon as it passes the limit. Throws a
 * CommandError (exit 1) that says what went wrong in plain words.
 */
export async function fetchBytes(
  url: string,
  limits: FetchLimits,
): Promise<{ bytes: Uint8Array; url: string; type: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CommandError(`${url} is not a valid URL.`, 2);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new CommandError(`${url}: only http and https URLs can be fetched.`, 2);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeout);
  const seconds = `${+(limits.timeout / 1000).toFixed(1)} s`;
  try {
    const response = await fetch(parsed, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT, accept: limits.accept ?? '*/*' },
    });
    if (!response.ok)
      throw new CommandError(`${url} answered ${response.status} ${response.statusText}.`.replace(' .', '.'), 1);
    const declared = Number(response.headers.get('content-length'));
    if (declared > limits.maxBytes) {
      controller.abort();
      throw tooBig(url, limits.maxBytes);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limits.maxBytes) {
          controller.abort();
          throw tooBig(url, limits.maxBytes);
        }
        chunks.push(value);
      }
    }
    return { bytes: Buffer.concat(chunks), url: response.url || url, type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    if (error instanceof CommandError) throw error;
    if (controller.signal.aborted) throw new CommandError(`${url} did not answer within ${seconds}.`, 1);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CommandError(`Could not fetch ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}.`, 1);
  } finally {
    clearTimeout(timer);
  }
}

const tooBig = (url: string, maxBytes: number) =>
  new CommandError(
    `${url} is larger than ${formatBytes(maxBytes)}, so it was not read. (--max-size changes the limit.)`,
    1,
  );
