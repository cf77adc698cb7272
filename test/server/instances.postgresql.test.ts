/**
 * What one person's requests need from the instances when a load balancer sends them to different
 * ones (README "Several instances"): two app instances, each with its own inbox (connections and
 * instance name) on one PostgreSQL database, as main.ts wires them. A two-factor sign-in begun on one
 * finishes on the other (and its code is accepted once); the notice of a staff action done on one is
 * shown once by the other, and a form sent to both at once acts once; an address is limited across
 * both; an Open311 request sent to both at once (a client's retry) files one report; a list an admin
 * changes on one is used by the other at once.
 */
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openInbox, type Inbox } from "../../src/inbox/inbox.js";
import { Open311Keys } from "../../src/inbox/open311-keys.js";
import { PostgresFeedRelay } from "../../src/inbox/report-feed-relay.js";
import type { HttpServer } from "../../src/server/http-server.js";
import { ALREADY_DONE } from "../../src/server/web/forms.js";
import { freshDatabaseUrl, testPseudonym } from "../helpers/database.js";
import { openTestKnowledge, testLogger } from "../helpers/knowledge.js";
import { createStaff, openTestWebApp, signedInStaff, TEST_PASSWORD, WebClient, type TestWebApp } from "../helpers/web.js";

/** The question API's limit per address, small enough to reach. */
const ASK_LIMIT = { burst: 4, perSecond: 0.01 };

let a: TestWebApp;
let b: TestWebApp;

beforeAll(async () => {
  const url = await freshDatabaseUrl();
  const knowledge = await openTestKnowledge();
  const apps: TestWebApp[] = [];
  for (const instance of ["instance-a", "instance-b"]) {
    const inbox: Inbox = await openInbox(url, testPseudonym, { instance });
    const relay = await PostgresFeedRelay.start(url, testLogger);
    afterAll(async () => {
      await relay.close();
      await inbox.close();
    });
    apps.push(await openTestWebApp(knowledge, inbox, { relay, http: { limits: { ask: ASK_LIMIT } } }));
  }
  [a, b] = apps as [TestWebApp, TestWebApp];
}, 120_000);

/** The code of `secret` `steps` 30-second steps from now. */
function codeFor(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** Posts a form of the client's page to `server` directly (several at once, unlike the client's own posts). */
function postOn(server: HttpServer, client: WebClient, url: string, form: Record<string, string>) {
  return server.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: client.cookieHeader() },
    payload: new URLSearchParams({ _csrf: client.csrf, ...form }).toString(),
  });
}

describe("a two-factor sign-in", () => {
  it("takes the password on one instance and the code on the other; the same code is then refused", async () => {
    // Enrolled on instance A, as a person does it on "Bảo mật tài khoản".
    const enrolling = await signedInStaff(a, "hai.buoc", "staff");
    await enrolling.get("/account/security");
    const started = await enrolling.post("/account/security/start");
    const secret = /<code class="secret-key">([A-Z2-7 ]+)<\/code>/u.exec(started.body)![1]!.replace(/ /gu, "");
    // Away from a step's edge, so that "the next step" means the same to the test and the server.
    const into = (Date.now() / 1000) % 30;
    if (into > 26) await new Promise((resolve) => setTimeout(resolve, (30 - into) * 1000 + 200));
    expect((await enrolling.post("/account/security/confirm", { code: await codeFor(secret) })).body).toContain("Đã bật xác thực hai bước.");
    await enrolling.post("/logout");

    const client = new WebClient(a.server);
    await client.get("/login");
    const password = await client.post("/login", { username: "hai.buoc", password: TEST_PASSWORD });
    expect(password.redirectedFrom?.location).toBe("/login/code");
    expect(password.body).toContain("Nhập mã xác thực hai bước");
    client.server = b.server;
    expect((await client.get("/login/code")).status).toBe(200);
    const code = await codeFor(secret, 1);
    const signedIn = await client.post("/login/code", { code });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.location).toBe("/inbox");
    expect((await client.get("/inbox")).status).toBe(200);
    client.server = a.server;
    expect((await client.get("/inbox")).status).toBe(200);

    // The same code, by someone who has the password too: begun on B, refused on A.
    const replaying = new WebClient(b.server);
    await replaying.get("/login");
    expect((await replaying.post("/login", { username: "hai.buoc", password: TEST_PASSWORD })).redirectedFrom?.location).toBe("/login/code");
    replaying.server = a.server;
    const replayed = await replaying.post("/login/code", { code });
    expect(replayed.status).toBe(401);
    expect(replayed.body).toContain("Mã không đúng hoặc đã được dùng");
    // The finished sign-in was ended; only the replaying one still waits for a code.
    expect(await a.inbox.db.pendingSignIn.count({ where: { user: { username: "hai.buoc" } } })).toBe(1);
  });
});

describe("a staff action's page", () => {
  it("is shown with its notice by the other instance, once", async () => {
    const admin = await signedInStaff(a, "quan.tri", "admin");
    await admin.get("/units");
    const added = await admin.post("/units", { code: "dien-luc", name: "Công ty Điện lực Quảng Nam" }, { follow: false });
    expect(added.status).toBe(303);
    admin.server = b.server;
    expect((await admin.get(String(added.headers.location))).body).toContain("Đã thêm đơn vị Công ty Điện lực Quảng Nam.");
    expect((await admin.get("/units")).body).not.toContain("Đã thêm đơn vị");
    admin.server = a.server;
    expect((await admin.get("/units")).body).not.toContain("Đã thêm đơn vị");
  });

  it("acts once for a form sent to both instances at once", async () => {
    await createStaff(a.inbox, "quan.tri.hai", "admin");
    const admin = new WebClient(b.server);
    await admin.signIn("quan.tri.hai");
    await admin.get("/units");
    const form = { _once: admin.formKeys[0]!, code: "cap-nuoc", name: "Công ty Cấp nước Quảng Nam" };
    const answers = await Promise.all([postOn(a.server, admin, "/units", form), postOn(b.server, admin, "/units", form)]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([303, 303]);
    expect(await a.inbox.db.unit.count({ where: { code: "cap-nuoc" } })).toBe(1);
    expect(await a.inbox.db.auditEntry.count({ where: { action: "unit_created", detail: { contains: "cap-nuoc" } } })).toBe(1);
    // The later of the two said so; whichever it was, the page shows its notice once.
    const page = (await admin.get("/units")).body;
    expect(page.includes("Đã thêm đơn vị Công ty Cấp nước Quảng Nam.") || page.includes(ALREADY_DONE)).toBe(true);
  });
});

describe("the per-address limit", () => {
  it("counts an address's requests to both instances together", async () => {
    const ask = (app: TestWebApp, address: string) => app.server.inject({ method: "GET", url: "/api/ask?q=d%C3%A2n%20v%E1%BA%ADn", remoteAddress: address }).then((response) => response.statusCode);
    const statuses = await Promise.all(Array.from({ length: 12 }, (_, i) => ask(i % 2 ? a : b, "203.0.113.50")));
    expect(statuses.filter((status) => status === 200)).toHaveLength(ASK_LIMIT.burst);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - ASK_LIMIT.burst);
    // One instance alone has allowed at most its share: the other refuses too.
    expect([await ask(a, "203.0.113.50"), await ask(b, "203.0.113.50")]).toEqual([429, 429]);
    expect(await ask(b, "203.0.113.51")).toBe(200);
  });
});

describe("an Open311 request", () => {
  it("sent to both instances at the same moment files one report", async () => {
    const { key } = await new Open311Keys(a.inbox.db).issue("Ứng dụng thử", { id: 0, name: "Quản trị thử" });
    for (const place of ["thôn 1", "thôn 2", "thôn 3"]) {
      const payload = { api_key: key, service_code: "ha_tang", description: `Cầu treo ${place} xã Trà Giác, Bắc Trà My hư hỏng nặng, ván cầu mục nhiều chỗ.`, lat: 15.2, long: 108.1 };
      const answers = await Promise.all([a, b].map((app, i) => app.server.inject({ method: "POST", url: "/open311/v2/requests.json", remoteAddress: `198.51.100.${60 + i}`, payload })));
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
      const codes = answers.map((answer) => (JSON.parse(answer.body) as Array<{ service_request_id: string }>)[0]!.service_request_id);
      expect(codes[1]).toBe(codes[0]);
      expect(await a.inbox.db.report.count({ where: { channel: "open311", description: { contains: place } } })).toBe(1);
    }
    // Their leases are given back.
    expect(await a.inbox.db.lease.count({ where: { name: { startsWith: "open311:" } } })).toBe(0);
  });
});

describe("a list changed by an admin", () => {
  it("is used by the other instance at once", async () => {
    const admin = await signedInStaff(a, "quan.tri.ds", "admin");
    const label = "Giao thông, điện, nước";
    await admin.get("/topics");
    expect((await admin.post("/topics/ha_tang", { label, workingDays: "9", unit: "", cues: "" })).status).toBe(200);
    const onB = await signedInStaff(b, "xem.ds", "staff");
    await expect.poll(async () => (await onB.get("/inbox")).body, { timeout: 5000 }).toContain(`>${label}</option>`);
  });
});
