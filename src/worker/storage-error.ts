/** Seconds a client is asked to wait (Retry-After) after a storage failure. */
export const STORAGE_RETRY_AFTER_SECONDS = 30;

/**
 * Report storage (D1) is missing or failed. The app answers it with 503, a JSON error and Retry-After; the
 * cause is logged in one line, never sent to the client.
 */
export class StorageUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageUnavailable";
  }
}

/** The message clients get for a storage failure (no detail of the cause). */
export const STORAGE_UNAVAILABLE_MESSAGE = "Report storage is unavailable right now; nothing was stored or changed. Retry later.";

/** One log line for a storage failure: what failed and the cause's message, without a stack. */
export function logStorageFailure(err: StorageUnavailable): void {
  const cause = err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message}` : String(err.cause ?? "");
  console.error(`translint: storage unavailable (${err.message})${cause ? `: ${cause}` : ""}`);
}
