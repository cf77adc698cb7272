/**
 * How the OA events beyond a follower's texts become `Inbound` (end to end in oa-events.test.ts):
 * follows, links, business cards in the shapes sources disagree on, anonymous people and group
 * posts, and the chat ids that carry where an answer goes.
 */
import { describe, expect, it } from "vitest";
import { oaAnonymousChatId, oaConversationOf, oaGroupChatId } from "../../../src/channels/zalo/oa-chats.js";
import { inboundFromOaEvent, type ZaloOaEvent } from "../../../src/channels/zalo/oa-inbound.js";

const event = (fields: Record<string, unknown>): ZaloOaEvent => ({ app_id: "1", event_name: "user_send_text", timestamp: "1764000000000", sender: { id: "8001" }, recipient: { id: "oa" }, message: { msg_id: "m1", text: "xin chào" }, ...fields });

describe("OA chat ids of groups and anonymous people", () => {
  it("carries both ids of an anonymous conversation, and survives ids with separators", () => {
    expect(oaConversationOf(oaAnonymousChatId("a1", "c1"))).toEqual({ kind: "anonymous", anonymousId: "a1", conversationId: "c1" });
    expect(oaConversationOf(oaAnonymousChatId("a:1/x", "c:2 y"))).toEqual({ kind: "anonymous", anonymousId: "a:1/x", conversationId: "c:2 y" });
    expect(oaConversationOf(oaGroupChatId("g:9"))).toEqual({ kind: "group", groupId: "g:9" });
    for (const other of ["oa:8001", "b0c1d2e3f4", "oa-anon:a1", "oa-anon:a1:c1:extra", "oa-group:", "oa-anon:%E0:c"]) expect(oaConversationOf(other)).toBeUndefined();
  });
});

describe("OA events beyond texts", () => {
  it("welcomes a follow as /start, in the follower's chat, the same for Zalo's retries", () => {
    const follow = { app_id: "1", oa_id: "oa", event_name: "follow", timestamp: "1764000000000", source: "oa_profile", follower: { id: "8002" } };
    const inbound = inboundFromOaEvent(follow as ZaloOaEvent);
    expect(inbound).toMatchObject({ chat: { channel: "zalo", id: "oa:8002", type: "private" }, content: { kind: "command", command: "start", args: "" } });
    expect(inboundFromOaEvent(follow as ZaloOaEvent)?.updateId).toBe(inbound?.updateId);
    expect(inboundFromOaEvent({ ...follow, follower: {} } as ZaloOaEvent)).toBeUndefined();
    expect(inboundFromOaEvent({ ...follow, event_name: "unfollow" } as ZaloOaEvent)).toBeUndefined();
  });

  it("reads a link as text: what was typed, then the title and the address when not already in it", () => {
    const link = (text: string, payload: Record<string, unknown>) => inboundFromOaEvent(event({ event_name: "user_send_link", message: { msg_id: "l1", text, attachments: [{ type: "link", payload }] } }))?.content;
    expect(link("Xem bài này", { url: "https://bao.example/a", title: "Đường hỏng" })).toEqual({ kind: "text", text: "Xem bài này\nĐường hỏng\nhttps://bao.example/a" });
    expect(link("https://bao.example/a", { url: "https://bao.example/a" })).toEqual({ kind: "text", text: "https://bao.example/a" });
    expect(link("", {})).toEqual({ kind: "unsupported" });
  });

  it("reads a business card's number wherever sources put it, never as the sender's own", () => {
    const card = (payload: Record<string, unknown>) => inboundFromOaEvent(event({ event_name: "user_send_business_card", message: { msg_id: "b1", attachments: [{ type: "link", payload }] } }))?.content;
    expect(card({ title: "Anh Bình", description: JSON.stringify({ phone: "84905111222", qrCodeUrl: "https://x" }) })).toEqual({ kind: "contact", phone: "0905111222", ownContact: false, name: "Anh Bình" });
    expect(card({ name: "Chị Lan", phone: "0935 222 333" })).toEqual({ kind: "contact", phone: "0935222333", ownContact: false, name: "Chị Lan" });
    expect(card({ title: "Cô Hoa", description: "Số điện thoại: 0905.444.555" })).toEqual({ kind: "contact", phone: "0905444555", ownContact: false, name: "Cô Hoa" });
    expect(card({ title: "Không số" })).toEqual({ kind: "unsupported" });
  });

  it("answers anonymous people in their conversation, and drops their messages without one", () => {
    const anonymous = inboundFromOaEvent(event({ event_name: "anonymous_send_text", sender: { id: "anon-1" }, message: { msg_id: "a1", text: "/gopy", conversation_id: "conv-1" } }));
    expect(anonymous).toMatchObject({ updateId: "oa:a1", chat: { id: oaAnonymousChatId("anon-1", "conv-1"), type: "private" }, sender: { id: oaAnonymousChatId("anon-1", "conv-1") }, content: { kind: "command", command: "gopy" } });
    const image = inboundFromOaEvent(event({ event_name: "anonymous_send_image", sender: { id: "anon-1" }, message: { msg_id: "a2", conversation_id: "conv-1", attachments: [{ type: "image", payload: { url: "https://zalo.example/p.jpg" } }] } }));
    expect(image?.content).toMatchObject({ kind: "photo" });
    expect(inboundFromOaEvent(event({ event_name: "anonymous_send_text", sender: { id: "anon-1" }, message: { msg_id: "a3", text: "hỏi" } }))).toBeUndefined();
  });

  it("takes from a group only the OA's commands typed with '/', with the group as the chat", () => {
    const post = (text: string, name = "user_send_group_text") => inboundFromOaEvent(event({ event_name: name, sender: { id: "8003" }, recipient: { id: "g-1" }, message: { msg_id: `g-${text}`, text } }));
    expect(post("/hoi Mục tiêu là gì?")).toMatchObject({ chat: { channel: "zalo", id: oaGroupChatId("g-1"), type: "group" }, sender: { id: "oa:8003" }, content: { kind: "command", command: "hoi", args: "Mục tiêu là gì?" } });
    expect(post("/gopy")?.content).toEqual({ kind: "command", command: "gopy", args: "" });
    for (const talk of ["Mục tiêu là gì?", "góp ý", "theo dõi", "/xoso hôm nay", ""]) expect(post(talk)).toBeUndefined();
    expect(post("/hoi ảnh", "user_send_group_image")).toBeUndefined();
    expect(inboundFromOaEvent(event({ event_name: "user_send_group_text", recipient: {}, message: { msg_id: "g0", text: "/hoi x" } }))).toBeUndefined();
  });
});
