import { describe, expect, it } from "vitest";
import { LexicalIndex, LEXICAL_FORMAT_VERSION } from "../../src/knowledge/lexical.js";
import { LsaModel } from "../../src/knowledge/lsa.js";

const documents = [
  { text: ["w:dan", "w:van", "w:kheo", "p:dan_van"], context: ["w:phong", "w:trao"] },
  { text: ["w:mat", "w:tran", "w:to", "w:quoc"], context: [] },
  { text: ["w:dan", "w:chu", "w:co", "w:so"], context: ["w:dan", "w:van"] },
];

describe("LexicalIndex", () => {
  it("scores BM25F, explains each term's contribution, and ranks text above heading matches", () => {
    const index = LexicalIndex.build(documents);
    const hits = index.search([{ key: "w:van", weight: 1 }, { key: "w:kheo", weight: 1 }, { key: "w:nothing", weight: 1 }]);
    expect(hits.map((hit) => hit.doc)).toEqual([0, 2]);
    expect(hits[0]?.matches.map((match) => match.key)).toEqual(["w:van", "w:kheo"]);
    expect(hits[0]!.score).toBeCloseTo(hits[0]!.matches.reduce((sum, match) => sum + match.contribution, 0));
    expect(index.idf("w:nothing")).toBeGreaterThan(index.idf("w:dan"));
  });

  it("serialises to plain data with a format version and back", () => {
    const index = LexicalIndex.build(documents);
    const data = JSON.parse(JSON.stringify(index.toJSON()));
    expect(data.version).toBe(LEXICAL_FORMAT_VERSION);
    const restored = LexicalIndex.fromJSON(data);
    const query = [{ key: "w:dan", weight: 1 }, { key: "p:dan_van", weight: 0.8 }];
    expect(restored.search(query)).toEqual(index.search(query));
    expect(() => LexicalIndex.fromJSON({ ...data, version: 99 })).toThrow("lexical index format 99, expected 1");
  });
});

describe("LsaModel", () => {
  const bags = [
    new Map([["dân", 1], ["vận", 1], ["khéo", 1]]),
    new Map([["dân", 1], ["vận", 1], ["mặt trận", 1]]),
    new Map([["ngân sách", 1], ["thu", 2]]),
    new Map([["thu", 1], ["nội địa", 1]]),
  ];

  it("embeds related texts close together and unrelated ones apart, deterministically", () => {
    const model = LsaModel.fit(bags, 3);
    const cosine = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);
    const query = model.embed(new Map([["khéo", 1]]));
    expect(cosine(query, model.embed(bags[1]!))).toBeGreaterThan(cosine(query, model.embed(bags[3]!)));
    expect(Math.hypot(...query)).toBeCloseTo(1);
    expect(model.embed(new Map([["unknown", 1]])).every((x) => x === 0)).toBe(true);
    expect(LsaModel.fit(bags, 3).toJSON()).toEqual(model.toJSON());
  });

  it("round-trips through plain data", () => {
    const model = LsaModel.fit(bags, 2);
    const restored = LsaModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    expect(restored.embed(bags[0]!)).toEqual(model.embed(bags[0]!));
  });
});
