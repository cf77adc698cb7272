/** The keeper on a real SQLite file and the Zalo fake's file links: retries, giving up, start-up. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttachmentRef } from "../../src/core/messages.js";
import { AttachmentKeeper } from "../../src/inbox/attachment-keeper.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import type { ReportWithTrail } from "../../src/inbox/reports.js";
import { openTestInbox } from "../helpers/database.js";
import { tempDir, testLogger } from "../helpers/knowledge.js";
import { SAMPLE_FILES, startFakeZalo, type FakeZalo } from "../helpers/zalo-fake.js";

let fake: FakeZalo;
let inbox: Inbox;
let dataDir: string;

beforeAll(async () => {
  fake = await startFakeZalo();
  inbox = await openTestInbox();
  dataDir = tempDir("data");
});

afterAll(() => fake.close());

function fileReport(attachments: AttachmentRef[]): Promise<ReportWithTrail> {
  return inbox.reports.create(
    {
      channel: "zalo",
      chatId: "c1",
      reporter: { id: "c1" },
      topic: "khac",
      urgent: false,
      urgentReasons: [],
      description: "(tin nhắn thoại)",
      descriptionCut: false,
      attachments,
      anonymous: true,
      sections: [],
      suggestedUnit: "Ban Dân vận Tỉnh ủy",
      dueAt: new Date(Date.now() + 86_400_000),
    },
    () => [],
  );
}

const row = async (id: number) => inbox.db.attachment.findUniqueOrThrow({ where: { id } });

describe("the attachment keeper", () => {
  it("tries a host that is down again only after a pause, and gives up after its tries with the link stripped", async () => {
    const keeper = new AttachmentKeeper(inbox.db, dataDir, testLogger, { hosts: ["127.0.0.1"], attempts: 2, retryMs: 300 });
    const report = await fileReport([{ kind: "voice", ref: fake.hostFile("down.aac", { ...SAMPLE_FILES.gone, status: 503 }, "token=abc") }]);
    const id = report.attachments[0]!.id;
    keeper.kick();
    await keeper.settled();
    expect(await row(id)).toMatchObject({ download: "pending", failure: "unreachable", attempts: 1 });
    keeper.kick();
    await keeper.settled();
    expect((await row(id)).attempts).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    keeper.kick();
    await keeper.settled();
    const given = await row(id);
    expect(given).toMatchObject({ download: "failed", failure: "unreachable", attempts: 2, file: null });
    expect(given.ref).toBe(`${fake.baseUrl}/zalo-files/down.aac`);
    expect(fake.fileRequests.get("down.aac")).toBe(2);
  });

  it("downloads at start what was left pending (a restart), and leaves file ids alone", async () => {
    const report = await fileReport([
      { kind: "voice", ref: fake.hostFile("left.aac", SAMPLE_FILES.voiceAac) },
      { kind: "photo", ref: "AgAC-telegram-file-id" },
    ]);
    expect(report.attachments.map((attachment) => attachment.download)).toEqual(["pending", null]);
    const keeper = new AttachmentKeeper(inbox.db, dataDir, testLogger, { hosts: ["127.0.0.1"] });
    keeper.start();
    await keeper.settled();
    await keeper.stop();
    const [voice, photo] = await Promise.all(report.attachments.map((attachment) => row(attachment.id)));
    expect(voice).toMatchObject({ download: "stored", contentType: "audio/aac" });
    expect(readFileSync(join(dataDir, voice!.file!)).equals(SAMPLE_FILES.voiceAac.bytes)).toBe(true);
    expect(photo).toMatchObject({ download: null, attempts: 0, ref: "AgAC-telegram-file-id" });
    expect(await keeper.read(voice!)).toMatchObject({ contentType: "audio/aac", name: `tin-nhan-thoai-${voice!.id}.aac` });
  });
});
