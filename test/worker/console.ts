// Captures what the code under test logs, so tests of error paths keep `npm test` output clean and can
// assert on the lines instead.
import { vi } from "vitest";

/** Lines logged through console.error / console.warn while captured. */
export interface CapturedConsole {
  lines: string[];
  restore(): void;
}

/** Starts capturing console.error and console.warn (nothing reaches the test output until restore()). */
export function captureConsole(): CapturedConsole {
  const lines: string[] = [];
  const record = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  const spies = [vi.spyOn(console, "error").mockImplementation(record), vi.spyOn(console, "warn").mockImplementation(record)];
  return {
    lines,
    restore: () => {
      for (const s of spies) s.mockRestore();
    },
  };
}
