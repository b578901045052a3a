import { FileError } from "../../../cli/src/xlsx/file-error";

/** The FileError `reading` rejects with; any other error, or none, fails the test. */
export async function fileErrorOf(reading: Promise<unknown>): Promise<FileError> {
  try {
    await reading;
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error("expected a FileError");
}
