/**
 * `npm start`: the one place that wires the whole assistant together from the configuration and
 * starts it. With nothing configured it runs on the embedded offline defaults.
 */
import { loadConfig, loadDotEnv } from "./config.js";
import { describeError } from "./core/errors.js";
import { createLogger } from "./core/logger.js";
import { createHttpServer } from "./server/http-server.js";
import { openKnowledgeBase } from "./setup.js";

loadDotEnv();
let config;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`Không khởi động được: ${describeError(error)}\n`);
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel });

try {
  const knowledge = await openKnowledgeBase(config, logger);
  const server = createHttpServer({ knowledge, logger });
  await server.listen({ port: config.port, host: config.host });
  logger.info(
    { url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`, answers: knowledge.usesLlm ? `LLM ${config.openai?.model}` : "extractive (offline)", embedder: knowledge.index.manifest.embedder.id },
    "Trợ lý Dân vận is running",
  );
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  logger.fatal({ error: describeError(error) }, "could not start");
  process.exit(1);
}
