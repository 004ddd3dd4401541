import { badUserInput } from "./errors.js";
import type { Range } from "./limits.js";

/**
 * `value` when it is a whole number within `range` (a bound of src/limits.ts); otherwise BAD_USER_INPUT
 * naming the argument. The one range check of every numeric argument (`first`, `hops`, `limit`, `maxHops`).
 */
export function checkRange(argument: string, value: number, range: Range): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw badUserInput(argument, `must be an integer from ${range.min} to ${range.max}, got ${value}`);
  }
  return value;
}
