import { describe, expect, it } from "vitest";
import { textContent } from "../../../src/channels/zalo/commands.js";
import { inboundFromUpdate, unwrapUpdate } from "../../../src/channels/zalo/inbound.js";
import { inboundFromOaEvent } from "../../../src/channels/zalo/oa-inbound.js";

const message = (fields: Record<string, unknown> = {}) => ({
  message_id: "a1b2c3",
  date: 1_764_000_000_000,
  chat: { id: "c0ffee", chat_type: "PRIVATE" },
  from: { id: "u123", display_name: "Chị Lan", is_bot: false },
  ...fields,
});

describe("Zalo commands", () => {
  it("reads /commands exactly as on Telegram", () => {
    expect(textContent("/gopy")).toEqual({ kind: "command", command: "gopy", args: "" });
    expect(textContent("/HOI  Mục tiêu là gì?")).toEqual({ kind: "command", command: "hoi", args: "Mục tiêu là gì?" });
    expect(textContent("/theodoi PA-2026-000123")).toEqual({ kind: "command", command: "theodoi", args: "PA-2026-000123" });
  });

  it("reads a few bare words as the command they name, with or without diacritics", () => {
    expect(textContent("góp ý")).toEqual({ kind: "command", command: "gopy", args: "" });
    expect(textContent("Gopy")).toEqual({ kind: "command", command: "gopy", args: "" });
    expect(textContent("Hủy.")).toEqual({ kind: "command", command: "huy", args: "" });
    expect(textContent("mục lục")).toEqual({ kind: "command", command: "mucluc", args: "" });
    expect(textContent("Hướng dẫn")).toEqual({ kind: "command", command: "help", args: "" });
    expect(textContent("theo dõi pa 2026 123")).toEqual({ kind: "command", command: "theodoi", args: "PA 2026 123" });
  });

  it("keeps questions and descriptions that merely contain those words as text", () => {
    expect(textContent("Theo dõi việc thực hiện nghị quyết là trách nhiệm của ai?")).toEqual({ kind: "text", text: "Theo dõi việc thực hiện nghị quyết là trách nhiệm của ai?" });
    expect(textContent("góp ý về đường sá ở thôn 3")).toEqual({ kind: "text", text: "góp ý về đường sá ở thôn 3" });
  });

  it("removes a mention of the bot, keeping line breaks", () => {
    expect(textContent("@Trợ lý Dân vận mục tiêu là gì?", "Trợ lý Dân vận")).toEqual({ kind: "text", text: "mục tiêu là gì?" });
    expect(textContent("@trợ lý dân vận /hoi Ai tham mưu?", "Trợ lý Dân vận")).toEqual({ kind: "command", command: "hoi", args: "Ai tham mưu?" });
    expect(textContent("dòng một\ndòng hai", "Trợ lý Dân vận")).toEqual({ kind: "text", text: "dòng một\ndòng hai" });
  });
});

describe("Zalo bot updates", () => {
  it("accepts the flat and the wrapped webhook body, with or without event_name", () => {
    const update = { event_name: "message.text.received", message: message({ text: "xin chào" }) };
    const bare = { message: message({ text: "xin chào" }) };
    expect(unwrapUpdate(update)).toBe(update);
    expect(unwrapUpdate({ ok: true, result: update })).toBe(update);
    expect(unwrapUpdate(bare)).toBe(bare);
    expect(unwrapUpdate({ ok: true, result: bare })).toBe(bare);
  });

  it("takes no body without a message object for an update", () => {
    expect(unwrapUpdate({ ok: true })).toBeUndefined();
    expect(unwrapUpdate({ ok: true, result: { event_name: "message.text.received" } })).toBeUndefined();
    expect(unwrapUpdate({ event_name: "message.text.received", message: "xin chào" })).toBeUndefined();
    expect(unwrapUpdate({ message: null })).toBeUndefined();
    expect(unwrapUpdate("text")).toBeUndefined();
    expect(unwrapUpdate(null)).toBeUndefined();
  });

  it("maps a text message, its ids, date, sender and chat type", () => {
    const inbound = inboundFromUpdate({ event_name: "message.text.received", message: message({ text: "Mục tiêu là gì?" }) });
    expect(inbound).toEqual({
      updateId: "message.text.received:a1b2c3",
      chat: { channel: "zalo", id: "c0ffee", type: "private" },
      sender: { id: "u123", name: "Chị Lan" },
      content: { kind: "text", text: "Mục tiêu là gì?" },
      receivedAt: new Date(1_764_000_000_000),
      buttons: false,
    });
    const group = inboundFromUpdate({ event_name: "message.text.received", message: message({ text: "hi", chat: { id: "g1", chat_type: "GROUP" } }) });
    expect(group?.chat.type).toBe("group");
  });

  it("maps images (photo or photo_url, with a caption) to photo attachments", () => {
    expect(inboundFromUpdate({ event_name: "message.image.received", message: message({ photo_url: "https://zalo.example/a.jpg", caption: "bãi rác" }) })?.content).toEqual({
      kind: "photo",
      attachments: [{ kind: "photo", ref: "https://zalo.example/a.jpg", caption: "bãi rác" }],
      caption: "bãi rác",
    });
    expect(inboundFromUpdate({ event_name: "message.image.received", message: message({ photo: "https://zalo.example/b.jpg" }) })?.content).toEqual({ kind: "photo", attachments: [{ kind: "photo", ref: "https://zalo.example/b.jpg" }] });
  });

  it("maps stickers, voice, unsupported and unknown events; ignores bots and messages without a chat", () => {
    const kind = (event: string, fields: Record<string, unknown> = {}) => inboundFromUpdate({ event_name: event, message: message(fields) })?.content.kind;
    expect(kind("message.sticker.received")).toBe("sticker");
    expect(kind("message.voice.received", { voice_url: "https://zalo.example/v.aac" })).toBe("voice");
    expect(kind("message.unsupported.received")).toBe("unsupported");
    expect(kind("message.hologram.received")).toBe("unsupported");
    expect(inboundFromUpdate({ event_name: "message.text.received", message: message({ text: "x", from: { id: "b", is_bot: true } }) })).toBeUndefined();
    expect(inboundFromUpdate({ event_name: "message.text.received", message: message({ text: "x", chat: undefined }) })).toBeUndefined();
    expect(inboundFromUpdate({ event_name: "bot.added" })).toBeUndefined();
  });
});

describe("Zalo bot updates in every shape sources describe", () => {
  /** One message of each kind: its event, the `message_type` an SDK might see, its fields. */
  const kinds = [
    { event: "message.text.received", type: "text", fields: { text: "Mục tiêu là gì?" }, content: { kind: "text", text: "Mục tiêu là gì?" } },
    {
      event: "message.image.received",
      type: "image",
      fields: { photo: "https://zalo.example/a.jpg", caption: "bãi rác" },
      content: { kind: "photo", attachments: [{ kind: "photo", ref: "https://zalo.example/a.jpg", caption: "bãi rác" }], caption: "bãi rác" },
    },
    { event: "message.image.received", type: "image", fields: { photo_url: "https://zalo.example/b.jpg" }, content: { kind: "photo", attachments: [{ kind: "photo", ref: "https://zalo.example/b.jpg" }] } },
    { event: "message.sticker.received", type: "sticker", fields: { sticker: "0e078a2fb66a5f34067b", url: "https://zalo.example/s.webp" }, content: { kind: "sticker" } },
    { event: "message.sticker.received", type: "sticker", fields: { url: "https://zalo.example/s.webp" }, content: { kind: "sticker" } },
    { event: "message.voice.received", type: "voice", fields: { voice_url: "https://zalo.example/v.aac" }, content: { kind: "voice", attachment: { kind: "voice", ref: "https://zalo.example/v.aac" } } },
    { event: "message.unsupported.received", type: "unsupported", fields: {}, content: { kind: "unsupported" } },
  ] as const;
  const shapes = [true, false].flatMap((eventName) =>
    [true, false].flatMap((messageType) => (["display_name", "name", "first_name"] as const).flatMap((nameField) => [true, false].map((wrapped) => ({ eventName, messageType, nameField, wrapped })))),
  );
  type Shape = (typeof shapes)[number];

  /** The message in `shape`; without a message id when `messageId` is null. */
  const body = (kind: (typeof kinds)[number], shape: Shape, messageId: string | null = "a1b2c3") => {
    const update = {
      ...(shape.eventName ? { event_name: kind.event } : {}),
      message: {
        ...(messageId ? { message_id: messageId } : {}),
        date: 1_764_000_000_000,
        chat: { id: "c0ffee", chat_type: "PRIVATE" },
        from: { id: "u123", [shape.nameField]: "Chị Lan", is_bot: false },
        ...(shape.messageType ? { message_type: kind.type } : {}),
        ...kind.fields,
      },
    };
    return shape.wrapped ? { ok: true, result: update } : update;
  };
  const inboundOf = (raw: unknown) => {
    const update = unwrapUpdate(raw);
    expect(update, JSON.stringify(raw)).toBeDefined();
    return inboundFromUpdate(update!);
  };

  it.each(kinds.map((kind) => [kind.event, JSON.stringify(kind.fields), kind] as const))("gives one Inbound for %s %s whatever the shape", (_event, _fields, kind) => {
    const expected = {
      updateId: `${kind.event}:a1b2c3`,
      chat: { channel: "zalo", id: "c0ffee", type: "private" },
      sender: { id: "u123", name: "Chị Lan" },
      content: kind.content,
      receivedAt: new Date(1_764_000_000_000),
      buttons: false,
    };
    for (const shape of shapes) expect(inboundOf(body(kind, shape)), JSON.stringify(shape)).toEqual(expected);
  });

  it("gives a message without an id the same fingerprint id with and without event_name", () => {
    const [text] = kinds;
    const ids = new Set(shapes.filter((shape) => !shape.messageType && shape.nameField === "display_name").map((shape) => inboundOf(body(text, shape, null))?.updateId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^message\.text\.received:[0-9a-f]{24}$/);
  });

  it("lets event_name decide first, then a recognised message_type, then the fields", () => {
    const kind = (update: Parameters<typeof inboundFromUpdate>[0]) => inboundFromUpdate(update)?.content.kind;
    expect(kind({ event_name: "message.sticker.received", message: message({ message_type: "text", text: "x" }) })).toBe("sticker");
    expect(kind({ message: message({ message_type: "voice", text: "x" }) })).toBe("voice");
    expect(kind({ message: message({ message_type: "CHAT_PHOTO", photo_url: "https://zalo.example/c.jpg" }) })).toBe("photo");
    // A message_type this adapter does not know says nothing: the fields decide.
    expect(kind({ message: message({ message_type: "CHAT_MSG", text: "xin chào" }) })).toBe("text");
    // A caption sent as `text` does not hide the image.
    expect(kind({ message: message({ text: "bãi rác", photo: "https://zalo.example/d.jpg" }) })).toBe("photo");
  });

  it("reads the sender's name from the first non-empty of display_name, name, first_name", () => {
    const name = (from: Record<string, unknown>) => inboundFromUpdate({ message: message({ text: "x", from: { id: "u123", ...from } }) })?.sender;
    expect(name({ display_name: " ", name: "Chị Lan", first_name: "Lan" })).toEqual({ id: "u123", name: "Chị Lan" });
    expect(name({ name: "", first_name: " Lan " })).toEqual({ id: "u123", name: "Lan" });
    expect(name({ display_name: 42 })).toEqual({ id: "u123" });
  });
});

describe("Zalo OA events", () => {
  const event = (fields: Record<string, unknown>) => ({ app_id: "1", event_name: "user_send_text", timestamp: "1764000000000", sender: { id: "8001" }, recipient: { id: "oa" }, message: { msg_id: "m1", text: "/gopy" }, ...fields });

  it("maps a user's text to the oa:<user_id> chat, de-duplicated on msg_id", () => {
    expect(inboundFromOaEvent(event({}))).toEqual({
      updateId: "oa:m1",
      chat: { channel: "zalo", id: "oa:8001", type: "private" },
      sender: { id: "oa:8001" },
      content: { kind: "command", command: "gopy", args: "" },
      receivedAt: new Date(1_764_000_000_000),
      buttons: false,
    });
  });

  it("maps images and locations, and ignores what is no user message", () => {
    const image = inboundFromOaEvent(event({ event_name: "user_send_image", message: { msg_id: "m2", text: "ảnh", attachments: [{ type: "image", payload: { url: "https://zalo.example/c.jpg" } }] } }));
    expect(image?.content).toEqual({ kind: "photo", attachments: [{ kind: "photo", ref: "https://zalo.example/c.jpg", caption: "ảnh" }], caption: "ảnh" });
    const location = inboundFromOaEvent(event({ event_name: "user_send_location", message: { msg_id: "m3", attachments: [{ type: "location", payload: { coordinates: { latitude: "15.57", longitude: "108.47" } } }] } }));
    expect(location?.content).toEqual({ kind: "location", latitude: 15.57, longitude: 108.47 });
    expect(inboundFromOaEvent(event({ event_name: "unfollow" }))).toBeUndefined();
    expect(inboundFromOaEvent(event({ event_name: "user_seen_message" }))).toBeUndefined();
    expect(inboundFromOaEvent(event({ event_name: "oa_send_text" }))).toBeUndefined();
  });
});
