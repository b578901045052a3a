import { InputError } from "../../../core/problem";

/** The InputError `fn` throws (any other outcome fails the test). */
export function problemOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError, got a result");
}
