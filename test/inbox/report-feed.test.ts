/**
 * The in-process feed of report changes behind the live inbox: every listener hears each change in
 * order, one that throws does not keep it from the others, and a reconnecting page gets what it
 * missed, or is told the feed cannot say (another process start, or too long ago).
 */
import { describe, expect, it } from "vitest";
import { REPLAYED_CHANGES, ReportFeed, type ReportChange } from "../../src/inbox/report-feed.js";

describe("ReportFeed", () => {
  it("tells every listener, in order, until it unsubscribes; a failing listener harms no other", () => {
    const feed = new ReportFeed();
    const heard: ReportChange[] = [];
    feed.subscribe(() => {
      throw new Error("a broken page");
    });
    const stop = feed.subscribe((change) => heard.push(change));
    feed.publish("filed", "PA-2026-000001");
    feed.publish("changed", "PA-2026-000001");
    stop();
    feed.publish("filed", "PA-2026-000002");
    expect(heard.map((change) => [change.kind, change.code])).toEqual([
      ["filed", "PA-2026-000001"],
      ["changed", "PA-2026-000001"],
    ]);
  });

  it("replays the changes after a given one, and cannot for another start's id or one too old", () => {
    const feed = new ReportFeed();
    const ids: string[] = [];
    feed.subscribe((change) => ids.push(change.id));
    for (let n = 1; n <= 3; n++) feed.publish("filed", `PA-2026-00000${n}`);
    expect(feed.since(ids[0]!)?.map((change) => change.code)).toEqual(["PA-2026-000002", "PA-2026-000003"]);
    expect(feed.since(ids[2]!)).toEqual([]);
    expect(new ReportFeed().since(ids[0]!)).toBeUndefined();
    expect(feed.since(ids[0]!.replace(/\.\d+$/u, ".99"))).toBeUndefined();
    expect(feed.since("khong-phai-ma")).toBeUndefined();

    for (let n = 0; n < REPLAYED_CHANGES; n++) feed.publish("changed", "PA-2026-000003");
    expect(feed.since(ids[0]!)).toBeUndefined();
    expect(feed.since(ids.at(-2)!)).toHaveLength(1);
  });
});
