/**
 * The local web chat at `/`: ask about the resolution and send a report, through the same
 * conversation engine as the bots. The browser posts a text or a pressed button, which is stored in
 * the durable intake before anything else (a database that refuses gets the browser a 503, and the
 * browser sends it again); the answer waits until the message has been handled, then carries the
 * chat's messages after the last one the browser has. A message sent again with the same id is
 * stored once: if its handling was cut short by a crash, it is handled now, and the answer waits for it.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { webEntry } from "../../../channels/web/adapter.js";
import { cookieOptions } from "../auth.js";
import type { WebDeps } from "../deps.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import { withSectionHrefs } from "../reading-links.js";

export const CHAT_COOKIE = "tldv_chat";
/** How long the answer to a posted message waits for its handling; the browser polls for the rest. */
export const CHAT_ANSWER_WAIT_MS = 15_000;
const CHAT_COOKIE_MS = 30 * 24 * 3600 * 1000;

const SendBody = z.object({
  text: z.string().max(20_000).optional(),
  choice: z.string().max(64).optional(),
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

/** The chat id of this browser, from its cookie (a new one when it has none or a forged one). */
export function chatIdOf(request: FastifyRequest, reply: FastifyReply): string {
  const current = request.cookies[CHAT_COOKIE];
  if (current && /^[A-Za-z0-9_-]{22,64}$/u.test(current)) return current;
  const id = randomUUID().replace(/-/g, "");
  reply.setCookie(CHAT_COOKIE, id, cookieOptions(request, CHAT_COOKIE_MS));
  return id;
}

/** Scripts elsewhere cannot send this header without the browser asking first: a simple CSRF guard. */
function fromOurPage(request: FastifyRequest): boolean {
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
            <p><strong>Xin chào!</strong> Tôi là Trợ lý Dân vận của Ban Dân vận Tỉnh ủy Quảng Nam.</p>
            <p>Bạn có thể hỏi về Nghị quyết Hội nghị Tỉnh ủy lần thứ 14 (khóa XXII) về công tác dân vận, hoặc gửi phản ánh, kiến nghị đến Ban Dân vận. Gõ có dấu hay không dấu đều được.</p>
            <p>Bạn cũng có thể <a href="/nghi-quyet">đọc toàn văn nghị quyết</a> hoặc <a href="/tra-cuu">tra cứu phản ánh đã gửi</a> từ bất kỳ thiết bị nào.</p>
            <p>Bấm một gợi ý để bắt đầu:</p>
            <div class="choices">${CHAT_EXAMPLES.map((example) => html`<button type="button" data-send="${example.text}">${example.label}</button>`)}</div>
          </div>
        </div>
        <form id="composer" autocomplete="off"><input id="text" name="text" maxlength="20000" placeholder="Nhập câu hỏi, hoặc /gopy để gửi phản ánh…" aria-label="Tin nhắn"><button class="primary">Gửi</button></form>
      </section>`;
    return reply.type("text/html").send(page({ title: "Hỏi đáp", active: "chat", body, bodyClass: "chat-page", scripts: ["chat.js"], ...(request.staff ? { session: request.staff } : {}) }));
  });

  // A message may be 20,000 characters of Vietnamese (up to 3 bytes each) in JSON.
  server.post("/chat/api/messages", { bodyLimit: 256 * 1024 }, async (request, reply) => {
    if (!fromOurPage(request)) return reply.code(403).send({ error: "Yêu cầu không hợp lệ." });
    const body = SendBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: "Tin nhắn không hợp lệ." });
    const chatId = chatIdOf(request, reply);
    const text = body.data.text;
    // Keyed by chat: another browser reusing an id cannot collide with this one's message.
    const updateId = `${chatId}:${body.data.id ?? randomUUID()}`;
    const entry = webEntry(chatId, updateId, { ...(text !== undefined ? { text } : {}), ...(body.data.choice ? { choice: body.data.choice } : {}) });
    if (!entry) return reply.code(400).send({ error: "Tin nhắn trống." });
    const shown = text !== undefined ? [deps.inbox.webChat.mine(chatId, text.slice(0, 2000), `mine:${updateId}`)] : [];
    const [accepted] = await deps.inbox.intake.accept([entry], shown);
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
