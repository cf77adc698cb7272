/**
 * The local web chat at `/`: ask about the resolution and send a report, through the same
 * conversation engine as the bots. The browser posts a text, a pressed button, photos it uploaded
 * first (src/server/web/routes/chat-photos.ts; at most 10, this chat's own) or its location, which is stored in
 * the durable intake before anything else (a database that refuses gets the browser a 503, and the
 * browser sends it again); the answer waits until the message has been handled, then carries the
 * chat's messages after the last one the browser has. A message sent again with the same id is
 * stored once: if its handling was cut short by a crash, it is handled now, and the answer waits for it.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { describeError } from "../../../core/errors.js";
import { briefNameOf } from "../../../core/organisation.js";
import { webEntry } from "../../../channels/web/adapter.js";
import { PHOTO_LIMITS } from "../../../core/photos.js";
import { cookieOptions } from "../auth.js";
import type { WebDeps } from "../deps.js";
import { html, raw } from "../html.js";
import { page } from "../layout.js";
import { withSectionHrefs } from "../reading-links.js";

export const CHAT_COOKIE = "tldv_chat";
/** How long the answer to a posted message waits for its handling; the browser polls for the rest. */
export const CHAT_ANSWER_WAIT_MS = 15_000;
const CHAT_COOKIE_MS = 30 * 24 * 3600 * 1000;

const SendBody = z.object({
  text: z.string().max(20_000).optional(),
  choice: z.string().max(64).optional(),
  /** Photos uploaded first (`POST /chat/api/photos`), by the references that gave back. */
  photos: z.array(z.string().max(200)).max(50).optional(),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  /** The browser's id for this message: a retried request is handled once. */
  id: z.uuid().optional(),
  after: z.coerce.number().int().min(0).default(0),
});
const PollQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

/** What the greeting offers to send with one tap: questions cadres often ask, and the commands. */
export const CHAT_EXAMPLES: ReadonlyArray<{ readonly label: string; readonly text: string }> = [
  { label: "Mục tiêu của nghị quyết là gì?", text: "Mục tiêu của nghị quyết là gì?" },
  { label: "Ai theo dõi việc thực hiện nghị quyết?", text: "Ai chịu trách nhiệm theo dõi việc thực hiện nghị quyết?" },
  { label: "Dân vận ở vùng đồng bào dân tộc thiểu số", text: "Công tác dân vận vùng đồng bào dân tộc thiểu số cần làm gì?" },
  { label: "Gửi phản ánh, kiến nghị", text: "/gopy" },
  { label: "Mục lục nghị quyết", text: "/mucluc" },
];

/** The composer's icons, drawn inline: an emoji may have no glyph on the visitor's device. */
const CAMERA_ICON = raw(`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22"><path fill="currentColor" d="M9 3 7.2 5H4a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-3.2L15 3H9Zm3 5a5 5 0 1 1 0 10 5 5 0 0 1 0-10Zm0 2a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z"/></svg>`);
const PIN_ICON = raw(`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7Zm0 4.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Z"/></svg>`);

/** The size limit of a photo in MB, as the page states it. */
const PHOTO_MB = PHOTO_LIMITS.maxBytes / 1024 / 1024;

/** What a message with too many photos is answered. */
export const TOO_MANY_PHOTOS = `Mỗi lần gửi được tối đa ${PHOTO_LIMITS.perMessage} ảnh. Bạn bỏ bớt ảnh rồi gửi lại, phần còn lại gửi ở tin nhắn sau nhé.`;

/** What the chat shows as the person's own message: the text, with the photos or the location it carries. */
function mineText(input: { text?: string; photos?: readonly string[]; location?: unknown }): string | undefined {
  if (!input.photos?.length && !input.location) return input.text;
  const parts = [input.photos?.length ? `📷 ${input.photos.length} ảnh` : undefined, input.location ? "📍 Vị trí của tôi" : undefined, input.text?.trim() ? input.text : undefined];
  return parts.filter((part) => part !== undefined).join("\n");
}

/** The chat id of this browser, from its cookie (a new one when it has none or a forged one). */
export function chatIdOf(request: FastifyRequest, reply: FastifyReply): string {
  const current = request.cookies[CHAT_COOKIE];
  if (current && /^[A-Za-z0-9_-]{22,64}$/u.test(current)) return current;
  const id = randomUUID().replace(/-/g, "");
  reply.setCookie(CHAT_COOKIE, id, cookieOptions(request, CHAT_COOKIE_MS));
  return id;
}

/** Scripts elsewhere cannot send this header without the browser asking first: a simple CSRF guard. */
export function fromOurPage(request: FastifyRequest): boolean {
  return request.headers["x-tro-ly-chat"] === "1";
}

export function chatRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get("/", async (request, reply) => {
    chatIdOf(request, reply);
    const body = html`
      <h1 class="chat-title">Hỏi đáp về Nghị quyết công tác dân vận</h1>
      <section class="chat" aria-label="Trò chuyện với Trợ lý Dân vận">
        <div class="messages" id="messages" role="log" aria-live="polite">
          <div class="bubble greeting">
            <p><strong>Xin chào!</strong> Tôi là Trợ lý Dân vận của ${deps.organisation.name}.</p>
            <p>Bạn có thể hỏi về Nghị quyết Hội nghị Tỉnh ủy lần thứ 14 (khóa XXII) về công tác dân vận, hoặc gửi phản ánh, kiến nghị đến ${briefNameOf(deps.organisation)}. Gõ có dấu hay không dấu đều được.</p>
            <p>Bạn cũng có thể <a href="/nghi-quyet">đọc toàn văn nghị quyết</a> hoặc <a href="/tra-cuu">tra cứu phản ánh đã gửi</a> từ bất kỳ thiết bị nào.</p>
            <p>Khi gửi phản ánh, bạn có thể đính kèm đến ${PHOTO_LIMITS.perMessage} ảnh mỗi lần (JPEG, PNG hoặc WebP, mỗi ảnh tối đa ${PHOTO_MB} MB) bằng nút hình máy ảnh và chia sẻ vị trí bằng nút hình ghim bản đồ, cạnh ô nhập tin nhắn.</p>
            <p>Bấm một gợi ý để bắt đầu:</p>
            <div class="choices">${CHAT_EXAMPLES.map((example) => html`<button type="button" data-send="${example.text}">${example.label}</button>`)}</div>
          </div>
        </div>
        <div id="tray" class="tray" hidden>
          <ul id="tray-photos" aria-label="Ảnh sẽ gửi kèm"></ul>
          <p id="tray-note" class="tray-note"></p>
        </div>
        <form id="composer" autocomplete="off" data-max-photos="${PHOTO_LIMITS.perMessage}" data-max-bytes="${PHOTO_LIMITS.maxBytes}">
          <button type="button" id="attach" class="tool" aria-label="Đính kèm ảnh (tối đa ${PHOTO_LIMITS.perMessage} ảnh, mỗi ảnh ${PHOTO_MB} MB)" title="Đính kèm ảnh">${CAMERA_ICON}</button>
          <input type="file" id="photos" accept="image/jpeg,image/png,image/webp" multiple hidden>
          <button type="button" id="locate" class="tool" aria-label="Gửi vị trí của bạn" title="Gửi vị trí của bạn">${PIN_ICON}</button>
          <input id="text" name="text" maxlength="20000" placeholder="Nhập câu hỏi, hoặc /gopy để gửi phản ánh…" aria-label="Tin nhắn"><button class="primary">Gửi</button>
        </form>
      </section>`;
    return reply.type("text/html").send(page({ organisation: deps.organisation, title: "Hỏi đáp", active: "chat", body, bodyClass: "chat-page", scripts: ["chat.js"], ...(request.staff ? { session: request.staff } : {}) }));
  });

  // A message may be 20,000 characters of Vietnamese (up to 3 bytes each) in JSON.
  server.post("/chat/api/messages", { bodyLimit: 256 * 1024 }, async (request, reply) => {
    if (!fromOurPage(request)) return reply.code(403).send({ error: "Yêu cầu không hợp lệ." });
    const body = SendBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: "Tin nhắn không hợp lệ." });
    const chatId = chatIdOf(request, reply);
    const { text, photos = [], location } = body.data;
    if (photos.length > PHOTO_LIMITS.perMessage) return reply.code(400).send({ error: TOO_MANY_PHOTOS });
    for (const ref of photos) {
      if (!(await deps.uploads?.has(chatId, ref))) return reply.code(400).send({ error: "Ảnh đã chọn không còn trên máy chủ. Bạn chọn lại ảnh rồi gửi nhé." });
    }
    // Keyed by chat: another browser reusing an id cannot collide with this one's message.
    const updateId = `${chatId}:${body.data.id ?? randomUUID()}`;
    const input = { ...(text !== undefined ? { text } : {}), ...(body.data.choice ? { choice: body.data.choice } : {}), ...(photos.length ? { photos } : {}), ...(location ? { location } : {}) };
    const entry = webEntry(chatId, updateId, input);
    if (!entry) return reply.code(400).send({ error: "Tin nhắn trống." });
    const echo = mineText(input);
    const shown = echo !== undefined ? [deps.inbox.webChat.mine(chatId, echo.slice(0, 2000), `mine:${updateId}`)] : [];
    let accepted;
    try {
      [accepted] = await deps.inbox.intake.accept([entry], shown);
    } catch (error) {
      // Not stored, so not acknowledged: the page sends the message again (same id) until it is.
      request.log.error({ error: describeError(error) }, "could not store a web chat message; answered 503 so that the page sends it again");
      return reply.code(503).send({ error: "Hệ thống đang bận, chưa nhận được tin nhắn. Trang sẽ tự gửi lại sau giây lát." });
    }
    deps.worker.kick();
    const handled = await deps.worker.whenDone(accepted!.id, CHAT_ANSWER_WAIT_MS, accepted!.fresh);
    return { messages: withSectionHrefs(deps.knowledge, await deps.inbox.webChat.since(chatId, body.data.after)), ...(handled ? {} : { pending: true }) };
  });

  server.get("/chat/api/messages", async (request, reply) => {
    if (!fromOurPage(request)) return reply.code(403).send({ error: "Yêu cầu không hợp lệ." });
    const query = PollQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: "Yêu cầu không hợp lệ." });
    return { messages: withSectionHrefs(deps.knowledge, await deps.inbox.webChat.since(chatIdOf(request, reply), query.data.after)) };
  });
}
