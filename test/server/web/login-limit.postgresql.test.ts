/**
 * The sign-in limit of two app instances on one PostgreSQL database, over HTTP: wrong passwords sent
 * to both at once are checked no more often than the limit allows one instance, and the instances
 * refuse the rest alike.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { LoginLimiter } from "../../../src/server/web/auth.js";
import { freshDatabaseUrl, openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, WebClient, type TestWebApp } from "../../helpers/web.js";

const LIMIT = { perUser: 5, perAddress: 100, windowMs: 60_000 };

let apps: TestWebApp[];
let inbox: Inbox;

beforeAll(async () => {
  const url = await freshDatabaseUrl();
  const knowledge = await openTestKnowledge();
  // Two instances as main.ts wires them: each its own inbox (connections) and its limiter from it.
  apps = [];
  for (let i = 0; i < 2; i++) {
    const own = await openTestInbox(url);
    apps.push(await openTestWebApp(knowledge, own, { loginLimiter: new LoginLimiter(LIMIT, own.limits.failureWindow("login", LIMIT.windowMs)) }));
  }
  inbox = apps[0]!.inbox;
  await createStaff(inbox, "quantri", "admin");
});

describe("the sign-in limit across instances", () => {
  it("checks no more than the limit of 50 wrong passwords sent to two instances at once", async () => {
    const clients = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const client = new WebClient(apps[i % 2]!.server);
        await client.get("/login");
        return client;
      }),
    );
    const statuses = await Promise.all(clients.map((client, i) => client.post("/login", { username: "quantri", password: `sai-mat-khau-${i}` }).then((response) => response.status)));
    expect(statuses.filter((status) => status === 401)).toHaveLength(LIMIT.perUser);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50 - LIMIT.perUser);
    // Only the attempts whose password was checked are in the audit trail.
    expect(await inbox.db.auditEntry.count({ where: { action: "login_failed" } })).toBe(LIMIT.perUser);
    // The right password is refused too, on either instance, until the window has passed.
    for (const app of apps) {
      const client = new WebClient(app.server);
      expect((await client.signIn("quantri", TEST_PASSWORD)).status).toBe(429);
    }
  });
});
