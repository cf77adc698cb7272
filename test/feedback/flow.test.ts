import { describe, expect, it } from "vitest";
import { plainInline, type Reply } from "../../src/core/messages.js";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import { emptyForm, FORM_LIMITS, isStale, parseForm, startForm, step, withClassification, type FeedbackForm, type FlowContext } from "../../src/feedback/flow.js";
import { loadReferenceData } from "../../src/feedback/reference-data.js";
import { testReference } from "../helpers/assistant.js";
import { KNOWLEDGE_DIR } from "../helpers/paths.js";

const ctx: FlowContext = { areas: testReference.areas, organisation: DEFAULT_ORGANISATION, now: 1_000_000 };
const text = (reply: Reply | undefined) => (reply?.blocks ?? []).map((block) => (block.type === "paragraph" ? plainInline(block.content) : block.type === "quote" ? block.text : block.items.map(plainInline).join("\n"))).join("\n");
const verdict = { topic: "moi_truong" as const, urgent: false, reasons: [] };

function described(description: string): FeedbackForm {
  const started = startForm(ctx);
  const typed = step(started.form!, { kind: "text", text: description }, ctx);
  expect(typed.classify).toBe(true);
  return withClassification(typed.form!, verdict, ctx).form!;
}

describe("the feedback form", () => {
  it("asks for the description first, then the topic with the classifier's suggestion first", () => {
    const started = startForm(ctx);
    expect(started.form!.step).toBe("description");
    expect(text(started.replies[0])).toContain("Bạn mô tả ngắn gọn vấn đề cần phản ánh");
    const form = described("Cơ sở sản xuất bún xả nước thải ra cống, bốc mùi cả xóm.");
    expect(form.step).toBe("topic");
    expect(form.topic).toBeUndefined();
    const prompt = withClassification(form, verdict, ctx).replies[0]!;
    expect(prompt.choices![0]![0]).toEqual({ label: "✓ Môi trường (gợi ý)", value: "fb:topic:moi_truong" });
  });

  it("goes topic → area (typed or chosen) → contact → confirm, then submits on “Gửi”", () => {
    let form = described("Cơ sở sản xuất bún xả nước thải ra cống, bốc mùi cả xóm.");
    form = step(form, { kind: "choice", value: "fb:topic:moi_truong" }, ctx).form!;
    expect(form.step).toBe("area");
    form = step(form, { kind: "text", text: "phuong an my, tam ky" }, ctx).form!;
    expect(form).toMatchObject({ area: "Phường Tam Kỳ", step: "contact" });
    const confirm = step(form, { kind: "choice", value: "fb:anon" }, ctx);
    expect(confirm.form!.step).toBe("confirm");
    expect(text(confirm.replies[0])).toContain("Liên hệ: ẩn danh");
    const sent = step(confirm.form!, { kind: "choice", value: "fb:send" }, ctx);
    expect(sent.form).toBeUndefined();
    expect(sent.submit).toMatchObject({ topic: "moi_truong", area: "Phường Tam Kỳ", anonymous: true });
  });

  it("takes a phone number only when the person gives it, and says it is masked", () => {
    let form = described("Đường vào thôn 3 bị sạt lở một đoạn dài, xe không qua được ở Phước Sơn.");
    form = step(form, { kind: "choice", value: "fb:topic:thien_tai" }, ctx).form!;
    form = step(form, { kind: "choice", value: "fb:area:0" }, ctx).form!;
    const phoneStep = step(form, { kind: "choice", value: "fb:phone" }, ctx);
    expect(text(phoneStep.replies[0])).toContain("Số được che khi chuyển cho các đơn vị");
    const wrong = step(phoneStep.form!, { kind: "text", text: "số của tôi là 12345" }, ctx);
    expect(wrong.form!.phone).toBeUndefined();
    expect(text(wrong.replies[0])).toMatch(/^Số điện thoại chưa đúng/);
    const right = step(wrong.form!, { kind: "text", text: "0905 123 456" }, ctx);
    expect(right.form).toMatchObject({ phone: "0905123456", anonymous: false, step: "confirm" });
    expect(text(right.replies[0])).toContain("Liên hệ: số điện thoại 09xxxxxx56");
  });

  it("files a quick form as soon as topic and area are known, and asks only what is missing", () => {
    const quick = startForm(ctx, "Nước lũ đang lên ở thôn Trung Phước, Nông Sơn, 3 hộ bị cô lập.");
    const filed = withClassification(quick.form!, { topic: "thien_tai", urgent: true, reasons: ["có người bị cô lập"] }, ctx);
    expect(filed.submit).toMatchObject({ topic: "thien_tai", area: "Xã Nông Sơn", urgent: true, anonymous: true });
    const noArea = withClassification(startForm(ctx, "Cán bộ xã đòi tiền mới ký hồ sơ cho dân.").form!, { topic: "can_bo", urgent: false, reasons: [] }, ctx);
    expect(noArea.submit).toBeUndefined();
    expect(noArea.form!.step).toBe("area");
    const thangBinh = testReference.areas.findIndex((area) => area.name === "Xã Thăng Bình");
    expect(step(noArea.form!, { kind: "choice", value: `fb:area:${thangBinh}` }, ctx).submit).toMatchObject({ area: "Xã Thăng Bình" });
  });

  it("offers only the area the text names when the list is long, and every area when it is short", () => {
    const suggested = step(described("Đèn đường thôn 2 xã Tam Thăng hỏng cả tháng nay, tối đi lại rất nguy hiểm."), { kind: "choice", value: "fb:topic:ha_tang" }, ctx);
    const prompt = suggested.replies[0]!;
    expect(text(prompt)).toContain("Việc xảy ra ở Phường Bàn Thạch phải không?");
    expect(prompt.choices).toEqual([[{ label: "✓ Bàn Thạch", value: "fb:area:suggested" }], [{ label: "Không rõ / nơi khác", value: "fb:area:none" }]]);
    expect(step(suggested.form!, { kind: "choice", value: "fb:area:suggested" }, ctx).form).toMatchObject({ area: "Phường Bàn Thạch", step: "contact" });

    const unnamed = withClassification(startForm(ctx, "Cán bộ xã đòi tiền mới ký hồ sơ cho dân.").form!, { topic: "can_bo", urgent: false, reasons: [] }, ctx);
    expect(unnamed.replies.at(-1)!.choices).toEqual([[{ label: "Không rõ / nơi khác", value: "fb:area:none" }]]);
    expect(step(unnamed.form!, { kind: "text", text: "xa binh minh huyen thang binh" }, ctx).submit).toMatchObject({ area: "Xã Thăng An" });

    const districts: FlowContext = { ...ctx, areas: loadReferenceData(KNOWLEDGE_DIR, { areas: "areas-2023.json" }).areas };
    const short = withClassification(startForm(districts, "Cán bộ xã đòi tiền mới ký hồ sơ cho dân.").form!, { topic: "can_bo", urgent: false, reasons: [] }, districts);
    expect(short.replies.at(-1)!.choices!.flat()).toHaveLength(18 + 1);
  });

  it("keeps attachments and a location at any step, acknowledging an album once and capping the count", () => {
    let form = emptyForm(ctx.now);
    const first = step(form, { kind: "photo", attachments: [{ kind: "photo", ref: "a" }], album: "g1" }, ctx);
    expect(text(first.replies[0])).toBe("📷 Đã nhận ảnh (1).");
    form = first.form!;
    const second = step(form, { kind: "photo", attachments: [{ kind: "photo", ref: "b" }], album: "g1" }, ctx);
    expect(second.replies).toEqual([]);
    form = second.form!;
    for (let i = 0; i < FORM_LIMITS.attachments + 3; i++) form = step(form, { kind: "photo", attachments: [{ kind: "photo", ref: `p${i}` }] }, ctx).form!;
    expect(form.attachments).toHaveLength(FORM_LIMITS.attachments);
    form = step(form, { kind: "location", latitude: 15.5, longitude: 108.4 }, ctx).form!;
    expect(form.location).toEqual({ latitude: 15.5, longitude: 108.4 });
  });

  it("cuts a description over the cap with a notice, and expires an idle form", () => {
    const long = step(emptyForm(ctx.now), { kind: "text", text: "ô nhiễm ".repeat(3000) }, ctx);
    expect(long.form!.description).toHaveLength(FORM_LIMITS.descriptionCap);
    expect(long.form!.descriptionCut).toBe(true);
    expect(text(long.replies[0])).toMatch(/^Nội dung dài quá 10\.000 ký tự/);
    expect(isStale(long.form!, ctx.now + FORM_LIMITS.idleMs + 1)).toBe(true);
    expect(isStale(long.form!, ctx.now + 1000)).toBe(false);
  });

  it("takes a voice note as the description “(tin nhắn thoại)” once, keeps each recording, and moves on", () => {
    const voice = { kind: "voice" as const, ref: "https://zalo.example/v1.aac" };
    const first = step(emptyForm(ctx.now), { kind: "voice", attachment: voice }, ctx);
    expect(text(first.replies[0])).toBe("🎤 Đã nhận tin nhắn thoại (1). Cán bộ sẽ nghe khi xem phản ánh của bạn.");
    expect(first.form).toMatchObject({ description: "(tin nhắn thoại)", attachments: [voice] });
    expect(first.classify).toBe(true);
    const topic = withClassification(first.form!, verdict, ctx);
    expect(topic.form!.step).toBe("topic");
    const second = step(topic.form!, { kind: "voice", attachment: { ...voice, ref: "https://zalo.example/v2.aac" } }, ctx);
    expect(second.form!.description).toBe("(tin nhắn thoại)");
    expect(second.form!.attachments).toHaveLength(2);
    expect(second.classify).toBeUndefined();
    expect(second.replies.map(text)).toEqual(["🎤 Đã nhận tin nhắn thoại (2). Cán bộ sẽ nghe khi xem phản ánh của bạn.", expect.stringContaining("Phản ánh của bạn thuộc lĩnh vực nào?")]);
  });

  it("adds “(tin nhắn thoại)” after a typed description, and counts voice notes and files at confirmation", () => {
    const form = described("Cơ sở sản xuất bún xả nước thải ra cống, bốc mùi cả xóm.");
    const heard = step(form, { kind: "voice", attachment: { kind: "voice", ref: "https://zalo.example/v.aac" } }, ctx);
    expect(heard.form!.description).toBe("Cơ sở sản xuất bún xả nước thải ra cống, bốc mùi cả xóm.\n(tin nhắn thoại)");
    const filed = step(heard.form!, { kind: "file", attachment: { kind: "file", ref: "https://zalo.example/d.pdf", name: "Đơn kiến nghị.pdf" } }, ctx);
    expect(text(filed.replies[0])).toBe("📎 Đã nhận tệp “Đơn kiến nghị.pdf”.");
    expect(filed.form!.attachments.map((attachment) => attachment.kind)).toEqual(["voice", "file"]);
    const confirming = { ...filed.form!, topic: "moi_truong" as const, area: "Phường Tam Kỳ", step: "confirm" as const };
    const summary = step(confirming, { kind: "choice", value: "fb:unknown" }, ctx);
    expect(text(summary.replies[0])).toContain("Kèm theo: 0 ảnh, 1 tin nhắn thoại, 1 tệp, không có vị trí");
    expect(parseForm(JSON.parse(JSON.stringify(filed.form)))).toEqual(filed.form);
    const program = step(filed.form!, { kind: "file", attachment: { kind: "file", ref: "https://zalo.example/x", name: "bang-gia.exe" } }, ctx);
    expect(text(program.replies[0])).toBe("Trợ lý không nhận tệp “bang-gia.exe”: chỉ nhận ảnh, âm thanh, PDF, Word, Excel, văn bản và video MP4.");
    expect(program.form!.attachments).toHaveLength(2);
  });

  it("asks to type when a voice note comes without its recording, or when the form has no room left", () => {
    const missing = step(emptyForm(ctx.now), { kind: "voice" }, ctx);
    expect(text(missing.replies[0])).toBe("Trợ lý chưa nhận được tin nhắn thoại này. Bạn gửi lại, hoặc gõ chữ giúp nhé.");
    expect(missing.form!.attachments).toEqual([]);
    const full = { ...emptyForm(ctx.now), attachments: Array.from({ length: FORM_LIMITS.attachments }, (_, i) => ({ kind: "photo" as const, ref: `p${i}` })) };
    const refused = step(full, { kind: "voice", attachment: { kind: "voice", ref: "v" } }, ctx);
    expect(refused.form!.attachments).toHaveLength(FORM_LIMITS.attachments);
    expect(refused.form!.description).toBe("");
    expect(text(refused.replies[0])).toMatch(/^Phản ánh đã đủ 20 ảnh, tệp/u);
  });

  it("reads back only well-formed stored forms", () => {
    expect(parseForm({ step: "nowhere" })).toBeUndefined();
    expect(parseForm("x")).toBeUndefined();
    expect(parseForm(JSON.parse(JSON.stringify(emptyForm(5))))).toEqual(emptyForm(5));
  });
});
