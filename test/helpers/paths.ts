import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, whatever the working directory of the test run. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const KNOWLEDGE_DIR = join(ROOT, "knowledge");
export const RESOLUTION_FILE = join(KNOWLEDGE_DIR, "nghi-quyet-tu-14-khoa-xxii-dan-van.txt");
/** Copy of the shared dev set (../shared/eval), so that a clean clone tests the same questions. */
export const DEV_QA = join(ROOT, "bench", "data", "dev-qa.jsonl");
