/**
 * The feedback conversation as a state machine, pure: a form, an input, the next form and what to
 * say. Order: description (photos, voice notes, files and a location welcome at any time; a voice note
 * puts "(tin nhắn thoại)" in the description, which staff hear on the report page) → topic, pre-selected by the
 * classifier → area → contact (anonymous by default; a phone only with explicit consent: typed after
 * the consent notice, or shared through the channel's own consent form, which the contact prompt
 * offers with `offerContactForm`) → confirm.
 * `/gopy <nội dung>` (and a forwarded message) starts with the description and asks only what is
 * missing: topic and area if the classifier and the text do not give them; then it is filed.
 */
import { z } from "zod";
import { extensionOf, KEPT_TYPES } from "../core/attachments.js";
import type { AttachmentRef, Choice, Inline, Reply } from "../core/messages.js";
import { briefNameOf, type Organisation } from "../core/organisation.js";
import { fold, truncate } from "../core/text.js";
import { findPersonalData, maskPersonalData } from "../core/privacy.js";
import { findArea, topicLabelOf, type Area, type ReferenceData } from "./reference-data.js";
import { isTopic, TOPICS, type Topic } from "./taxonomy.js";

/**
 * Above this many areas the area step offers only the one the text names and asks for the name: a
 * keyboard of 94 communes is a wall to scroll (and Telegram takes at most 100 buttons).
 */
export const AREA_BUTTONS_MAX = 30;

/** Named defaults of the form. */
export const FORM_LIMITS = {
  /** Characters of description kept; the rest is dropped with a notice (documented in the README). */
  descriptionCap: 10_000,
  /** Shorter descriptions are asked to say a little more. */
  descriptionMin: 10,
  attachments: 20,
  /** A form untouched this long is discarded. */
  idleMs: 2 * 3600 * 1000,
} as const;

const FormSchema = z.object({
  step: z.enum(["description", "topic", "area", "contact", "phone", "confirm"]),
  description: z.string(),
  descriptionCut: z.boolean(),
  topic: z.string().refine(isTopic).optional(),
  suggestedTopic: z.string().refine(isTopic).optional(),
  urgent: z.boolean(),
  urgentReasons: z.array(z.string()),
  area: z.string().optional(),
  suggestedArea: z.string().optional(),
  attachments: z.array(z.object({ kind: z.enum(["photo", "voice", "file"]), ref: z.string(), caption: z.string().optional(), name: z.string().optional() })),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  anonymous: z.boolean(),
  phone: z.string().optional(),
  /** The phone came through the platform's consent form (Zalo OA), with the name given there. */
  phoneConsentForm: z.boolean().optional(),
  contactName: z.string().optional(),
  forwardedFrom: z.object({ type: z.string(), name: z.string().optional(), date: z.string().optional() }).optional(),
  filedBy: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  lastAlbum: z.string().optional(),
  /** Started with the content (`/gopy <nội dung>`, a forwarded message): ask only what is missing. */
  quick: z.boolean().default(false),
  updatedAt: z.number(),
});

/** A feedback form in progress (stored in the chat's state as JSON). */
export type FeedbackForm = z.infer<typeof FormSchema> & { topic?: Topic; suggestedTopic?: Topic };

export type Step = FeedbackForm["step"];

/** Reads a stored form back; undefined for anything that is not one. */
export function parseForm(value: unknown): FeedbackForm | undefined {
  const parsed = FormSchema.safeParse(value);
  return parsed.success ? (parsed.data as FeedbackForm) : undefined;
}

/** What the form needs from outside: the area list, the topics' labels and who the report goes to. */
export interface FlowContext extends Pick<ReferenceData, "topicLabels"> {
  readonly areas: readonly Area[];
  readonly organisation: Organisation;
  readonly now: number;
}

/** Something the person sent while filling in the form. */
export type FlowInput =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "choice"; readonly value: string }
  | { readonly kind: "photo"; readonly attachments: readonly AttachmentRef[]; readonly album?: string }
  /** Without `attachment` the platform gave no way to fetch the recording. */
  | { readonly kind: "voice"; readonly attachment?: AttachmentRef }
  | { readonly kind: "file"; readonly attachment: AttachmentRef }
  | { readonly kind: "location"; readonly latitude: number; readonly longitude: number }
  | { readonly kind: "contact"; readonly phone: string; readonly ownContact: boolean; readonly name?: string; readonly consentForm?: boolean };

/** The result of one step: the form now, what to tell the person, and whether to file it. */
export interface FlowStep {
  readonly form: FeedbackForm | undefined;
  readonly replies: readonly Reply[];
  /** The form is complete and confirmed: file it. */
  readonly submit?: FeedbackForm;
  /** The description changed: classify it before the next prompt (see `withClassification`). */
  readonly classify?: boolean;
}

/** What a voice note adds to the description: the words are in the recording, which staff hear. */
export const VOICE_NOTE_MARK = "(tin nhắn thoại)";

export function emptyForm(now: number): FeedbackForm {
  return { step: "description", description: "", descriptionCut: false, urgent: false, urgentReasons: [], attachments: [], anonymous: true, quick: false, updatedAt: now };
}

/** A new form; with text (`/gopy <nội dung>`, a forwarded message) the description is already there. */
export function startForm(ctx: FlowContext, text?: string, origin?: Pick<FeedbackForm, "forwardedFrom" | "filedBy">): FlowStep {
  const form: FeedbackForm = { ...emptyForm(ctx.now), ...origin };
  if (!text?.trim()) return { form, replies: [prompt(form, ctx)] };
  const described = describe({ ...form, quick: true }, text, ctx);
  return { form: described.form, replies: described.notices, classify: true };
}

/** True when the form has been left alone too long. */
export function isStale(form: FeedbackForm, now: number): boolean {
  return now - form.updatedAt > FORM_LIMITS.idleMs;
}

/** Takes the classifier's verdict into the form and moves on to the next question. */
export function withClassification(form: FeedbackForm, verdict: { topic: Topic; urgent: boolean; reasons: readonly string[] }, ctx: FlowContext): FlowStep {
  const classified: FeedbackForm = { ...form, suggestedTopic: verdict.topic, urgent: verdict.urgent, urgentReasons: [...verdict.reasons] };
  // `/gopy <nội dung>` asks only what is missing: the classifier's topic and the area named in the
  // text stand (the confirmation still lets the person change them); otherwise they are pre-selected.
  const next: FeedbackForm = classified.quick
    ? { ...classified, topic: classified.topic ?? (verdict.topic === "khac" ? undefined : verdict.topic), area: classified.area ?? classified.suggestedArea }
    : classified;
  return moveOn(next, ctx);
}

/** Applies one input to the form. */
export function step(form: FeedbackForm, input: FlowInput, ctx: FlowContext): FlowStep {
  const touched = { ...form, updatedAt: ctx.now };
  if (input.kind === "photo") return addAttachments(touched, input, ctx);
  if (input.kind === "voice") return addVoice(touched, input.attachment, ctx);
  if (input.kind === "file") return addFile(touched, input.attachment, ctx);
  if (input.kind === "location") {
    const located = { ...touched, location: { latitude: input.latitude, longitude: input.longitude } };
    return { form: located, replies: [notice("📍 Đã nhận vị trí."), ...(located.step === "description" ? [] : [prompt(located, ctx)])] };
  }
  if (input.kind === "choice") return choose(touched, input.value, ctx);
  if (input.kind === "contact") return phoneGiven(touched, input.ownContact ? input.phone : "", ctx, input.consentForm ? { consentForm: true, ...(input.name ? { name: input.name } : {}) } : undefined);
  return typed(touched, input.text, ctx);
}

function typed(form: FeedbackForm, text: string, ctx: FlowContext): FlowStep {
  switch (form.step) {
    case "description":
    case "confirm": {
      const described = describe(form, text, ctx);
      return { form: described.form, replies: described.notices, classify: true };
    }
    case "topic": {
      const topic = TOPICS.find((candidate) => fold(topicLabelOf(candidate, ctx)).startsWith(fold(text.trim())) && text.trim().length >= 3);
      if (topic) return moveOn({ ...form, topic }, ctx);
      const described = describe(form, text, ctx);
      return { form: described.form, replies: described.notices, classify: true };
    }
    case "area": {
      const trimmed = text.trim();
      if (!trimmed) return { form, replies: [prompt(form, ctx)] };
      const area = findArea(trimmed, ctx.areas)?.name ?? truncate(trimmed, 100);
      return moveOn({ ...form, area }, ctx);
    }
    case "contact":
    case "phone":
      return phoneGiven(form, text, ctx);
  }
}

function choose(form: FeedbackForm, value: string, ctx: FlowContext): FlowStep {
  const [, action, argument = ""] = value.split(":");
  switch (action) {
    case "topic":
      return isTopic(argument) ? moveOn({ ...form, topic: argument }, ctx) : { form, replies: [prompt(form, ctx)] };
    case "area": {
      const area = argument === "none" ? "Không rõ" : argument === "suggested" ? form.suggestedArea : ctx.areas[Number(argument)]?.name;
      return area ? moveOn({ ...form, area }, ctx) : { form, replies: [prompt(form, ctx)] };
    }
    case "next":
      return form.description.trim().length >= FORM_LIMITS.descriptionMin ? moveOn(form, ctx) : { form, replies: [prompt(form, ctx)] };
    case "anon":
      return moveOn({ ...form, anonymous: true, phone: undefined, phoneConsentForm: undefined, contactName: undefined, step: "confirm" }, ctx);
    case "phone":
      return { form: { ...form, step: "phone" }, replies: [prompt({ ...form, step: "phone" }, ctx)] };
    case "edit":
      return { form: { ...form, step: "description", description: "", descriptionCut: false }, replies: [notice("Bạn gõ lại nội dung phản ánh nhé.")] };
    case "retopic":
      return { form: { ...form, step: "topic", topic: undefined }, replies: [prompt({ ...form, step: "topic", topic: undefined }, ctx)] };
    case "send":
      return form.step === "confirm" ? { form: undefined, replies: [], submit: form } : { form, replies: [prompt(form, ctx)] };
    case "cancel":
      return cancelled();
    default:
      return { form, replies: [prompt(form, ctx)] };
  }
}

/** The reply to `/huy` or the cancel button. */
export function cancelled(): FlowStep {
  return { form: undefined, replies: [notice("Đã hủy phản ánh bạn đang soạn. Khi cần, gõ /gopy để gửi phản ánh mới.")] };
}

function describe(form: FeedbackForm, text: string, ctx: FlowContext): { form: FeedbackForm; notices: Reply[] } {
  const addition = text.trim();
  const joined = form.description ? `${form.description}\n${addition}` : addition;
  const cut = joined.length > FORM_LIMITS.descriptionCap;
  const description = cut ? joined.slice(0, FORM_LIMITS.descriptionCap) : joined;
  const area = form.area ?? findArea(description, ctx.areas)?.name;
  const notices = cut
    ? [notice(`Nội dung dài quá ${FORM_LIMITS.descriptionCap.toLocaleString("vi-VN")} ký tự nên trợ lý chỉ giữ ${FORM_LIMITS.descriptionCap.toLocaleString("vi-VN")} ký tự đầu. Phần quan trọng bạn có thể gửi bổ sung sau khi có mã phản ánh.`)]
    : [];
  return { form: { ...form, description, descriptionCut: form.descriptionCut || cut, ...(area ? { suggestedArea: area } : {}) }, notices };
}

function addAttachments(form: FeedbackForm, input: { attachments: readonly AttachmentRef[]; album?: string }, ctx: FlowContext): FlowStep {
  const room = FORM_LIMITS.attachments - form.attachments.length;
  const accepted = input.attachments.slice(0, Math.max(room, 0));
  const attachments = [...form.attachments, ...accepted];
  const caption = input.attachments.map((attachment) => attachment.caption).filter(Boolean).join("\n");
  const withCaption = caption ? describe({ ...form, attachments }, caption, ctx).form : { ...form, attachments };
  const next = { ...withCaption, ...(input.album ? { lastAlbum: input.album } : {}) };
  // An album arrives as one message per photo: acknowledge it once.
  if (input.album && input.album === form.lastAlbum) return { form: next, replies: [] };
  const full = room <= input.attachments.length ? ` Phản ánh nhận tối đa ${FORM_LIMITS.attachments} ảnh, tệp.` : "";
  const replies = [notice(`📷 Đã nhận ảnh (${count(attachments, "photo")}).${full}`)];
  if (next.step !== "description") replies.push(prompt(next, ctx));
  else if (next.description.trim().length < FORM_LIMITS.descriptionMin) replies.push(notice("Bạn gõ thêm vài dòng mô tả vấn đề nhé."));
  return { form: next, replies, ...(caption ? { classify: true } : {}) };
}

/**
 * A voice note: kept with the report, and the description says there is one (once: the attachments
 * tell how many), which counts as a description, so the form moves on to the next question.
 */
function addVoice(form: FeedbackForm, attachment: AttachmentRef | undefined, ctx: FlowContext): FlowStep {
  if (!attachment) return { form, replies: [notice("Trợ lý chưa nhận được tin nhắn thoại này. Bạn gửi lại, hoặc gõ chữ giúp nhé.")] };
  const full = form.attachments.length >= FORM_LIMITS.attachments;
  if (full) return { form, replies: [notice(`Phản ánh đã đủ ${FORM_LIMITS.attachments} ảnh, tệp nên trợ lý không nhận thêm tin nhắn thoại. Bạn gõ chữ giúp nhé.`)] };
  const kept = { ...form, attachments: [...form.attachments, attachment] };
  const heard = notice(`🎤 Đã nhận tin nhắn thoại (${count(kept.attachments, "voice")}). Cán bộ sẽ nghe khi xem phản ánh của bạn.`);
  if (kept.description.includes(VOICE_NOTE_MARK)) return { form: kept, replies: [heard, ...(kept.step === "description" ? [] : [prompt(kept, ctx)])] };
  const described = describe(kept, VOICE_NOTE_MARK, ctx);
  return { form: described.form, replies: [heard, ...described.notices], classify: true };
}

/**
 * A document: kept with the report under its name. One whose name shows a type that is never kept
 * (a program, an archive) is refused at once, so that the person can send something else.
 */
function addFile(form: FeedbackForm, attachment: AttachmentRef, ctx: FlowContext): FlowStep {
  if (form.attachments.length >= FORM_LIMITS.attachments) return { form, replies: [notice(`Phản ánh đã đủ ${FORM_LIMITS.attachments} ảnh, tệp nên trợ lý không nhận thêm.`)] };
  const ext = attachment.name ? extensionOf(attachment.name) : "";
  if (ext && !KEPT_TYPES[ext]) {
    return { form, replies: [notice(`Trợ lý không nhận tệp “${truncate(attachment.name!, 80)}”: chỉ nhận ảnh, âm thanh, PDF, Word, Excel, văn bản và video MP4.`)] };
  }
  const next = { ...form, attachments: [...form.attachments, attachment] };
  const replies = [notice(`📎 Đã nhận tệp${attachment.name ? ` “${truncate(attachment.name, 80)}”` : ""}.`)];
  if (next.step !== "description") replies.push(prompt(next, ctx));
  else if (next.description.trim().length < FORM_LIMITS.descriptionMin) replies.push(notice("Bạn gõ thêm vài dòng mô tả vấn đề nhé."));
  return { form: next, replies };
}

function count(attachments: readonly AttachmentRef[], kind: AttachmentRef["kind"]): number {
  return attachments.filter((attachment) => attachment.kind === kind).length;
}

/** A number typed, or shared (`shared`: through the platform's consent form, with the name given there). */
function phoneGiven(form: FeedbackForm, text: string, ctx: FlowContext, shared?: { consentForm: true; name?: string }): FlowStep {
  const phone = findPersonalData(text).find((item) => item.kind === "phone")?.value;
  if (!phone && shared) {
    return {
      form: { ...form, step: "phone" },
      replies: [
        {
          blocks: [{ type: "paragraph", content: ["Xin lỗi, trợ lý chưa nhận được số điện thoại bạn chia sẻ. Bạn vui lòng chia sẻ lại, hoặc gõ số điện thoại (ví dụ 0905 123 456), hoặc chọn gửi ẩn danh nhé."] }],
          choices: [[{ label: "🕶 Gửi ẩn danh", value: "fb:anon" }]],
          offerContactForm: true,
        },
      ],
    };
  }
  if (!phone) {
    return {
      form: { ...form, step: "phone" },
      replies: [{ blocks: [{ type: "paragraph", content: ["Số điện thoại chưa đúng (ví dụ: 0905 123 456). Bạn gõ lại, hoặc chọn gửi ẩn danh nhé."] }], choices: [[{ label: "🕶 Gửi ẩn danh", value: "fb:anon" }]] }],
    };
  }
  const consent = shared ? { phoneConsentForm: true, contactName: shared.name } : { phoneConsentForm: undefined, contactName: undefined };
  return moveOn({ ...form, phone: phone.replace(/[^\d+]/g, ""), anonymous: false, ...consent, step: "confirm" }, ctx);
}

/**
 * Fills what is already known and asks the next question. A quick form (content given up front)
 * is filed as soon as description, topic and area are known: anonymous by default, no confirmation;
 * the tracking-code message shows what was recorded.
 */
function moveOn(form: FeedbackForm, ctx: FlowContext): FlowStep {
  const next = advance(form);
  if (next.quick && (next.step === "contact" || next.step === "confirm")) return { form: undefined, replies: [], submit: next };
  return { form: next, replies: [prompt(next, ctx)] };
}

/** The first step whose answer is missing, in order; the contact step is skipped for forwarded messages. */
function advance(form: FeedbackForm): FeedbackForm {
  if (form.description.trim().length < FORM_LIMITS.descriptionMin) return { ...form, step: "description" };
  if (!form.topic) return { ...form, step: "topic" };
  if (!form.area) return { ...form, step: "area" };
  if (form.step === "phone") return form;
  if (form.step !== "confirm" && !form.forwardedFrom) return { ...form, step: "contact" };
  return { ...form, step: "confirm" };
}

/** The question for the form's current step. */
export function prompt(form: FeedbackForm, ctx: FlowContext): Reply {
  switch (form.step) {
    case "description":
      return {
        blocks: [
          { type: "paragraph", content: [{ bold: "Gửi phản ánh, kiến nghị" }] },
          {
            type: "paragraph",
            content: [
              form.description
                ? "Nội dung hơi ngắn. Bạn mô tả thêm: việc gì, ở đâu, từ khi nào, ảnh hưởng thế nào?"
                : "Bạn mô tả ngắn gọn vấn đề cần phản ánh: việc gì, ở đâu, từ khi nào. Có thể gửi kèm ảnh hoặc vị trí. Gõ /huy để thôi.",
            ],
          },
        ],
        ...(form.description ? { choices: [[{ label: "Tiếp tục ▶", value: "fb:next" }]] } : {}),
      };
    case "topic": {
      const suggested = form.suggestedTopic;
      const order = suggested ? [suggested, ...TOPICS.filter((topic) => topic !== suggested)] : [...TOPICS];
      const choices = order.map((topic): Choice => ({ label: topic === suggested ? `✓ ${topicLabelOf(topic, ctx)} (gợi ý)` : topicLabelOf(topic, ctx), value: `fb:topic:${topic}` }));
      return { blocks: [{ type: "paragraph", content: ["Phản ánh của bạn thuộc lĩnh vực nào?", ...(suggested ? [" Trợ lý gợi ý lĩnh vực có dấu ✓."] : [])] }], choices: chunk(choices, 1) };
    }
    case "area": {
      const suggested = form.suggestedArea;
      const none: Choice[] = [{ label: "Không rõ / nơi khác", value: "fb:area:none" }];
      if (ctx.areas.length > AREA_BUTTONS_MAX) {
        const ask = suggested
          ? `Việc xảy ra ở ${suggested} phải không? Bấm để chọn, hoặc gõ tên xã, phường nơi xảy ra (tên cũ trước khi sáp nhập cũng được).`
          : "Việc xảy ra ở xã, phường nào? Bạn gõ tên xã, phường (tên cũ trước khi sáp nhập cũng được).";
        return { blocks: [{ type: "paragraph", content: [ask] }], choices: [...(suggested ? [[{ label: `✓ ${shortAreaName(suggested)}`, value: "fb:area:suggested" }]] : []), none] };
      }
      const indexed = ctx.areas.map((area, index) => ({ area, index }));
      const order = suggested ? [...indexed.filter(({ area }) => area.name === suggested), ...indexed.filter(({ area }) => area.name !== suggested)] : indexed;
      const choices = order.map(({ area, index }): Choice => ({ label: area.name === suggested ? `✓ ${shortAreaName(area.name)}` : shortAreaName(area.name), value: `fb:area:${index}` }));
      return {
        blocks: [{ type: "paragraph", content: ["Việc xảy ra ở xã, phường nào? Chọn bên dưới hoặc gõ tên xã, phường (tên cũ trước khi sáp nhập cũng được)."] }],
        choices: [...chunk(choices, 3), none],
      };
    }
    case "contact":
      return {
        blocks: [
          { type: "paragraph", content: ["Bạn muốn gửi ẩn danh, hay để lại số điện thoại để cán bộ liên hệ khi cần?"] },
          { type: "paragraph", content: [{ italic: "Dù ẩn danh, bạn vẫn nhận được mã và kết quả giải quyết qua tin nhắn này." }] },
        ],
        choices: [[{ label: "🕶 Gửi ẩn danh", value: "fb:anon" }], [{ label: "📞 Để lại số điện thoại", value: "fb:phone" }]],
        // A typed number is taken at this step too; a channel with a consent form offers it as well.
        offerContactForm: true,
      };
    case "phone":
      return {
        blocks: [
          { type: "paragraph", content: ["Bạn gõ số điện thoại (ví dụ 0905 123 456)."] },
          { type: "paragraph", content: [{ italic: `Khi gửi số, bạn đồng ý để ${briefNameOf(ctx.organisation)} dùng số này chỉ để liên hệ về phản ánh. Số được che khi chuyển cho các đơn vị.` }] },
        ],
        choices: [[{ label: "🕶 Thôi, gửi ẩn danh", value: "fb:anon" }]],
      };
    case "confirm":
      return confirmation(form, ctx);
  }
}

function confirmation(form: FeedbackForm, ctx: FlowContext): Reply {
  const contact = form.forwardedFrom ? `chuyển tiếp từ ${form.forwardedFrom.name || "người khác"}` : form.anonymous ? "ẩn danh" : `số điện thoại ${maskPersonalData(form.phone ?? "")}${form.contactName ? ` (${form.contactName})` : ""}`;
  const voices = count(form.attachments, "voice");
  const files = count(form.attachments, "file");
  const details: string[] = [
    `${count(form.attachments, "photo")} ảnh`,
    ...(voices ? [`${voices} tin nhắn thoại`] : []),
    ...(files ? [`${files} tệp`] : []),
    form.location ? "có vị trí" : "không có vị trí",
  ];
  return {
    blocks: [
      { type: "paragraph", content: [{ bold: "Kiểm tra lại phản ánh trước khi gửi" }] },
      {
        type: "list",
        items: [
          [{ bold: "Lĩnh vực: " }, form.topic ? topicLabelOf(form.topic, ctx) : "chưa chọn"],
          [{ bold: "Địa bàn: " }, form.area ?? "chưa chọn"],
          [{ bold: "Nội dung: " }, truncate(form.description, 600)],
          [{ bold: "Kèm theo: " }, details.join(", ")],
          [{ bold: "Liên hệ: " }, contact],
          ...(form.urgent ? [urgentLine] : []),
        ],
      },
    ],
    choices: [
      [{ label: "✅ Gửi phản ánh", value: "fb:send" }],
      [
        { label: "✏️ Viết lại nội dung", value: "fb:edit" },
        { label: "🏷 Đổi lĩnh vực", value: "fb:retopic" },
      ],
      [{ label: "❌ Hủy", value: "fb:cancel" }],
    ],
  };
}

const urgentLine: Inline[] = [{ bold: "⚠ Khẩn: " }, "trợ lý sẽ báo ngay cho cán bộ trực"];

function notice(text: string): Reply {
  return { blocks: [{ type: "paragraph", content: [text] }] };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/** "Xã Thăng Bình" → "Thăng Bình" for buttons (no two areas share a name without its kind). */
function shortAreaName(name: string): string {
  return name.replace(/^(Thành phố|Thị xã|Huyện|Phường|Xã|Đặc khu)\s+/u, "");
}
