import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { INTENTS } from "../../src/assistant/intent.js";
import { committedModel, MODEL_FILES, type ModelName } from "../../src/core/learned-model-file.js";
import { LEARNED_MODEL_FORMAT, LearnedModelFormatError, LearnedTextModel } from "../../src/core/learned-text-model.js";
import { URGENCY_CLASSES } from "../../src/feedback/classifier.js";
import { TOPICS } from "../../src/feedback/taxonomy.js";
import { LABELLED } from "../helpers/labelled.js";

describe("a learned text model", () => {
  const model = LearnedTextModel.train(INTENTS, LABELLED);

  it("reads unseen messages of each kind from a handful of examples", () => {
    expect(model.read("nghị quyết giao ai lo cho người dân tộc thiểu số").label).toBe("question");
    expect(model.read("đường trong xóm tui hư hết, không ai sửa").label).toBe("report");
    expect(model.read("giá lúa tuần ni bao nhiêu").label).toBe("out-of-scope");
    expect(model.read("don tui gui co ai xem chua").label).toBe("tracking");
    const probabilities = model.probabilities("chào bot");
    expect(probabilities.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 6);
    expect(model.probabilityOf("chào bot", "smalltalk")).toBe(Math.max(...probabilities));
  });

  it("trains the same model from the same messages, and reads the same after saving and loading", () => {
    expect(LearnedTextModel.train(INTENTS, LABELLED).toJSON()).toEqual(model.toJSON());
    const loaded = LearnedTextModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())), INTENTS);
    for (const { text } of LABELLED) {
      const original = model.probabilities(text);
      loaded.probabilities(text).forEach((probability, klass) => expect(probability).toBeCloseTo(original[klass]!, 1));
      expect(loaded.read(text).label).toBe(model.read(text).label);
    }
  });

  it("refuses a saved model of another format, of other classes or damaged, saying how to make a new one", () => {
    const data = model.toJSON();
    expect(() => LearnedTextModel.fromJSON({ ...data, format: LEARNED_MODEL_FORMAT + 1 }, INTENTS)).toThrow(LearnedModelFormatError);
    expect(() => LearnedTextModel.fromJSON({ ...data, format: LEARNED_MODEL_FORMAT + 1 }, INTENTS)).toThrow(/npm run train:models/);
    expect(() => LearnedTextModel.fromJSON(data, TOPICS)).toThrow(/classes/);
    expect(() => LearnedTextModel.fromJSON({ ...data, weights: Buffer.from([1, 2, 3]).toString("base64") }, INTENTS)).toThrow(/damaged/);
    expect(() => LearnedTextModel.fromJSON({ ...data, buckets: 1 << 10 }, INTENTS)).toThrow(/buckets/);
  });

  it("reads a message of 5,000 characters by its start", () => {
    const long = "Đường vô thôn tui hư cả năm nay, mưa xuống là sình lầy, xe không chạy được. ".repeat(70);
    expect(long.length).toBeGreaterThan(5000);
    expect(model.read(long).label).toBe("report");
  });

  it("is committed, for each model, trained on the labelled files as they are now (after adding one, run `npm run train:models`)", () => {
    const classes = { intent: INTENTS, urgency: URGENCY_CLASSES, topic: TOPICS } satisfies Record<ModelName, readonly string[]>;
    for (const name of Object.keys(MODEL_FILES) as ModelName[]) {
      const committed = committedModel(name, classes[name]);
      expect(committed.trainedOn.length, name).toBeGreaterThan(10);
      for (const source of committed.trainedOn) {
        const sha256 = createHash("sha256").update(readFileSync(resolve(source.file))).digest("hex");
        expect(sha256, `${source.file} changed since the ${name} model was trained: run \`npm run train:models\``).toBe(source.sha256);
      }
    }
  });
});
