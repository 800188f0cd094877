/** A one-line progress bar with the rate and the time left: `[#####-----] 120/2000  6%  85.3/s  ETA 22s`. */
export function progressLine(done: number, total: number, elapsedMs: number, width = 30): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const rate = done / Math.max(elapsedMs / 1000, 0.001);
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  return (
    `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${String(Math.floor(share * 100)).padStart(3)}%  ` +
    `${rate.toFixed(1)}/s  ETA ${formatSeconds(eta)}`
  );
}

/** 75 -> "1m15s", 9 -> "9s". */
export function formatSeconds(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
