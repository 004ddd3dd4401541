import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (one up from src/), where schema/, seed/ and .neo4j/ are. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
