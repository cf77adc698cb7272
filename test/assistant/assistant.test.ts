/**
 * The conversation engine on its own: what it does when the database fails, and when a message is
 * handled a second time after a crash.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ReplyTarget } from "../../src/assistant/turn.js";
import type { Inbound, Reply } from "../../src/core/messages.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { testAssistant } from "../helpers/assistant.js";
import { openTestInbox } from "../helpers/database.js";
import { captureLogs, openTestKnowledge } from "../helpers/knowledge.js";

let knowledge: KnowledgeBase;
let inbox: Inbox;
beforeAll(async () => {
  knowledge = await openTestKnowledge();
  inbox = await openTestInbox();
});

let nextUpdate = 1;
function message(text: string, chat = "web-1"): Inbound {
  return { updateId: String(nextUpdate++), chat: { channel: "web", id: chat, type: "private" }, sender: { id: chat }, content: { kind: "text", text }, receivedAt: new Date(), buttons: false };
}

function recorder(): ReplyTarget & { replies: Reply[] } {
  const replies: Reply[] = [];
  return { replies, send: async (reply) => (replies.push(reply), { id: String(replies.length) }), typing: async () => undefined };
}

describe("the assistant", () => {
  it("turns a numbered answer into the choice it stands for on channels without buttons", async () => {
    const assistant = testAssistant(knowledge, inbox);
    const target = recorder();
    await assistant.handle({ ...message(""), content: { kind: "command", command: "mucluc", args: "" } }, target);
    expect(target.replies[0]!.choices!.flat()[2]).toEqual({ label: "III. Nhiệm vụ và giải pháp", value: "toc:0:III" });
    await assistant.handle(message("3"), target);
    expect(target.replies[1]!.blocks[0]).toEqual({ type: "paragraph", content: [{ bold: "III. Nhiệm vụ và giải pháp" }] });
  });

  it("answers the first of two questions and names the second, tacked on as an aside, to be sent on its own", async () => {
    const assistant = testAssistant(knowledge, inbox);
    const target = recorder();
    await assistant.handle(message("Văn bản có nhắc chuyện đối thoại với dân không? À tiện hỏi luôn, lịch cúp điện tuần này ra sao?", "web-aside"), target);
    const blocks = target.replies[0]!.blocks;
    expect(blocks.some((block) => block.type === "quote")).toBe(true);
    expect(blocks.at(-1)).toEqual({ type: "paragraph", content: ["Câu hỏi sau («À tiện hỏi luôn, lịch cúp điện tuần này ra sao?») bạn gửi riêng nhé, trợ lý trả lời từng câu một."] });
    await assistant.handle(message("Văn bản có nhắc chuyện đối thoại với dân không?", "web-aside-2"), target);
    expect(JSON.stringify(target.replies[1]!.blocks)).not.toContain("gửi riêng");
  });

  it("says “thử lại sau” instead of going silent when the database fails, and logs why", async () => {
    const logs = captureLogs();
    const broken = await openTestInbox();
    await broken.db.$executeRawUnsafe('DROP TABLE "ConversationState"');
    const target = recorder();
    await testAssistant(knowledge, broken, { logger: logs.logger }).handle(message("Mục tiêu của nghị quyết là gì?"), target);
    expect(target.replies).toHaveLength(1);
    expect(target.replies[0]!.blocks[0]).toEqual({ type: "paragraph", content: ["Xin lỗi, trợ lý đang gặp sự cố nên chưa xử lý được tin nhắn này. Bạn vui lòng thử lại sau ít phút nhé."] });
    expect(logs.lines.find((line) => line.msg === "update failed")?.error).toMatch(/ConversationState/);
  });

  it("handles a message again after a crash without a second report, a second code or a repeated reply", async () => {
    const assistant = testAssistant(knowledge, inbox);
    const chat = "web-crash-replay";
    const gopy = { ...message("", chat), content: { kind: "command" as const, command: "gopy", args: "Cống thoát nước ở thôn 3 xã Điện Phước, Điện Bàn bị tắc, nước ngập vào nhà dân mỗi khi mưa." } };
    const sent: number[] = [];
    const attempt = (repliesSent: number) => ({ key: "in:crash-replay-1", receivedAt: gopy.receivedAt, repliesSent, repliesReached: async (count: number) => void sent.push(count) });
    const first = recorder();
    await assistant.handle(gopy, first, attempt(0));
    const filed = await inbox.db.report.findMany({ where: { description: { contains: "thôn 3 xã Điện Phước" } } });
    expect(filed).toHaveLength(1);
    expect(filed[0]!.sourceKey).toBe("in:crash-replay-1");
    // The process died after the report was committed and before the turn's state was saved.
    await inbox.states.clear("web", chat);
    const second = recorder();
    await assistant.handle(gopy, second, attempt(first.replies.length));
    expect(await inbox.db.report.count({ where: { description: { contains: "thôn 3 xã Điện Phước" } } })).toBe(1);
    expect(await inbox.db.outboxMessage.count({ where: { reportId: filed[0]!.id, purpose: "tracking_code" } })).toBe(1);
    expect(second.replies).toHaveLength(0);
  });

  it("does not redo a turn whose state was saved before the process died", async () => {
    const assistant = testAssistant(knowledge, inbox);
    const gopy = { ...message("", "web-crash-after-state"), content: { kind: "command" as const, command: "gopy", args: "" } };
    const attempt = { key: "in:crash-replay-2", receivedAt: gopy.receivedAt, repliesSent: 0, repliesReached: async () => undefined };
    const first = recorder();
    await assistant.handle(gopy, first, attempt);
    expect(first.replies).toHaveLength(1);
    // Died before the message was marked handled: the next attempt finds its own key in the state.
    const again = recorder();
    await assistant.handle(gopy, again, attempt);
    expect(again.replies).toHaveLength(0);
  });

  it("lets STAFF_USER_IDS act only from Telegram: the same id typed on another channel is not staff", async () => {
    const assistant = testAssistant(knowledge, inbox, { staffIds: new Set(["4242"]) });
    const filed = recorder();
    await assistant.handle({ ...message("", "web-staff-id"), content: { kind: "command", command: "gopy", args: "Bãi rác tự phát ở thôn 5 xã Tam Phú, Tam Kỳ bốc mùi hôi thối, nước rỉ rác chảy ra ruộng." } }, filed);
    const report = await inbox.db.report.findFirstOrThrow({ where: { description: { contains: "thôn 5 xã Tam Phú" } } });
    const press = (channel: "web" | "telegram") => ({ ...message("", "4242"), chat: { channel, id: "4242", type: "private" as const }, content: { kind: "choice" as const, value: `st:${report.code}:da_tiep_nhan` } });
    const web = recorder();
    await assistant.handle(press("web"), web);
    expect(web.replies[0]!.blocks[0]).toEqual({ type: "paragraph", content: ["Chỉ cán bộ Ban Dân vận mới thao tác được trên phản ánh."] });
    expect((await inbox.reports.findByCode(report.code))?.status).toBe("moi");
    await assistant.handle(press("telegram"), recorder());
    expect((await inbox.reports.findByCode(report.code))?.status).toBe("da_tiep_nhan");
  });

  it("never writes a phone number or an ID number into the logs", async () => {
    const logs = captureLogs();
    const assistant = testAssistant(knowledge, inbox, { logger: logs.logger });
    const target = recorder();
    const report = "Chủ nợ tín dụng đen dọa đánh em ở Tam Kỳ, SĐT em 0909 777 888, CCCD 049201001234";
    await assistant.handle({ ...message("", "web-privacy"), content: { kind: "command", command: "gopy", args: report } }, target);
    const everything = JSON.stringify(logs.lines);
    expect(everything).not.toMatch(/0909\s?777\s?888|049201001234/);
    expect(logs.lines.some((line) => line.msg === "report filed")).toBe(true);
    const stored = await inbox.db.report.findFirstOrThrow({ where: { description: { contains: "0909 777 888" } } });
    expect(stored.description).toBe(report);
  });
});
