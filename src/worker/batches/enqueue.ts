import { httpError, type HttpError } from "../errors";
import { objectKey, type ItemMessage } from "./consumer";
import type { BatchItem } from "./parse";

/** At most this many messages per sendBatch call (the Queues limit is 100). */
export const SEND_BATCH_MESSAGES = 100;
/** At most this many bytes of message bodies per sendBatch call (the Queues limit is 256 KB). */
const SEND_BATCH_BYTES = 240_000;
/** A request larger than this goes to R2 and its message carries the key (a message may hold 128 KB). */
export const INLINE_REQUEST_BYTES = 100_000;
/** sendBatch calls in flight at once. */
const PARALLEL_SENDS = 6;

const encoder = new TextEncoder();

/**
 * Sends one message per item, in chunks of at most 100 messages and 240 KB. A request too large to travel
 * in a message is put in R2 first. Answers an error (and sends nothing more) when the queue or R2 refuses.
 */
export async function enqueueItems(
  queue: Queue<unknown>,
  bucket: R2Bucket | undefined,
  batchId: string,
  items: BatchItem[],
): Promise<{ ok: true } | { ok: false; error: HttpError }> {
  const chunks: MessageSendRequest<ItemMessage>[][] = [[]];
  let chunkBytes = 0;
  for (let i = 0; i < items.length; i++) {
    let body: ItemMessage = { b: batchId, i, id: items[i].id, r: items[i].request };
    let bytes = encoder.encode(JSON.stringify(body)).length;
    if (bytes > INLINE_REQUEST_BYTES) {
      if (!bucket)
        return {
          ok: false,
          error: httpError(413, "item_too_large", `Item ${i} is too large for a queue message and no R2 bucket is bound.`),
        };
      const key = objectKey(batchId, i, "request");
      await bucket.put(key, JSON.stringify(items[i].request), { httpMetadata: { contentType: "application/json" } });
      body = { b: batchId, i, id: items[i].id, k: key };
      bytes = encoder.encode(JSON.stringify(body)).length;
    }
    let chunk = chunks[chunks.length - 1];
    if (chunk.length === SEND_BATCH_MESSAGES || chunkBytes + bytes > SEND_BATCH_BYTES) {
      chunks.push((chunk = []));
      chunkBytes = 0;
    }
    chunk.push({ body, contentType: "json" });
    chunkBytes += bytes;
  }
  try {
    for (let at = 0; at < chunks.length; at += PARALLEL_SENDS)
      await Promise.all(chunks.slice(at, at + PARALLEL_SENDS).map((chunk) => queue.sendBatch(chunk)));
  } catch (err) {
    console.error("translint: enqueuing a batch failed", err);
    return { ok: false, error: httpError(503, "queue_unavailable", "The queue refused the batch; nothing was checked. Try again.") };
  }
  return { ok: true };
}
