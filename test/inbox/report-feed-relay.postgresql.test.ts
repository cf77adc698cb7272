/** The report feed across instances on a real PostgreSQL server: a change made on one reaches the pages of all. */
import { afterAll, describe, expect, it } from "vitest";
import { PostgresFeedRelay } from "../../src/inbox/report-feed-relay.js";
import { ReportFeed, type ReportChange } from "../../src/inbox/report-feed.js";
import { freshDatabaseUrl } from "../helpers/database.js";
import { captureLogs } from "../helpers/knowledge.js";

describe("the report feed with several instances", () => {
  it("delivers a change published on one instance to the open pages of every instance, each once, each publisher's in its order", async () => {
    const url = await freshDatabaseUrl();
    const logger = captureLogs().logger;
    const relays = await Promise.all([PostgresFeedRelay.start(url, logger), PostgresFeedRelay.start(url, logger)]);
    afterAll(() => Promise.all(relays.map((relay) => relay.close())));
    const [first, second] = relays.map((relay) => new ReportFeed(relay));
    const heard: Record<"first" | "second", ReportChange[]> = { first: [], second: [] };
    first!.subscribe((change) => heard.first.push(change));
    second!.subscribe((change) => heard.second.push(change));
    first!.publish("filed", "PA-2026-000001");
    second!.publish("changed", "PA-2026-000001");
    first!.publish("filed", "PA-2026-000002");
    await expect.poll(() => heard.first.length + heard.second.length).toBe(6);
    const seen = (changes: ReportChange[]) => changes.map(({ kind, code }) => `${kind} ${code}`);
    for (const changes of [heard.first, heard.second]) {
      expect([...seen(changes)].sort()).toEqual(["changed PA-2026-000001", "filed PA-2026-000001", "filed PA-2026-000002"]);
      expect(seen(changes).filter((change) => change.startsWith("filed"))).toEqual(["filed PA-2026-000001", "filed PA-2026-000002"]);
    }
    // A page that reconnects to the same instance is replayed what it missed.
    expect(first!.since(heard.first[0]!.id)?.map(({ code }) => code)).toHaveLength(2);
  });
});
