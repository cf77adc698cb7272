/**
 * What cadres asked: every question with its sections, declined or not, and the 👍/👎 vote; staff
 * write curated answers (with a citation) that the assistant then gives for the question and close
 * paraphrases.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { truncate } from "../../../core/text.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import { channelLabel, formatDateTime } from "../format.js";
import { html } from "../html.js";
import { csrfField, page } from "../layout.js";

const CuratedForm = z.object({
  question: z.string().trim().min(5, "Câu hỏi quá ngắn.").max(500, "Câu hỏi dài quá 500 ký tự."),
  answer: z.string().trim().min(10, "Câu trả lời quá ngắn.").max(4000, "Câu trả lời dài quá 4.000 ký tự."),
  section: z.string().min(1).max(40),
});

export function questionRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  async function questionsPage(request: FastifyRequest, flash?: { kind: "ok" | "error"; text: string }) {
    const session = request.staff!;
    const query = (request.query ?? {}) as { filter?: string; ask?: string };
    const filter = query.filter === "declined" ? { declined: true } : query.filter === "down" ? { downvoted: true } : {};
    const [questions, curated] = await Promise.all([deps.inbox.questions.recent(filter), deps.inbox.curated.all()]);
    const sections = deps.knowledge.outline().filter((section) => section.level > 1 || !deps.knowledge.outline().some((child) => child.parent === section.path));
    const canAct = session.user.role !== "viewer";
    const prefill = (request.body as { question?: unknown } | undefined)?.question ?? query.ask ?? "";
    const body = html`
      <h1>Câu hỏi của cán bộ</h1>
      <p class="pager"><a href="/questions" class="${!query.filter ? "current" : ""}">Tất cả</a><a href="/questions?filter=declined" class="${query.filter === "declined" ? "current" : ""}">Không trả lời được</a><a href="/questions?filter=down" class="${query.filter === "down" ? "current" : ""}">Bị đánh giá 👎</a></p>
      <table class="list"><thead><tr><th>Lúc</th><th>Câu hỏi</th><th>Kênh</th><th>Kết quả</th><th>Mục trả lời</th><th></th></tr></thead><tbody>
      ${questions.map((row) => html`<tr>
        <td data-label="Lúc">${formatDateTime(row.createdAt)}</td>
        <td data-label="Câu hỏi">${truncate(row.question, 200)}</td>
        <td data-label="Kênh">${channelLabel(row.channel)}</td>
        <td data-label="Kết quả">${row.declined ? html`<span class="badge overdue">Không trả lời được</span>` : row.mode === "curated" ? html`<span class="badge">Câu trả lời soạn sẵn</span>` : "Đã trả lời"} ${row.vote === 1 ? "👍" : row.vote === -1 ? "👎" : ""}</td>
        <td data-label="Mục">${(JSON.parse(row.sections) as string[]).slice(0, 3).join(", ")}</td>
        <td>${canAct ? html`<a href="/questions?ask=${encodeURIComponent(row.question)}#soan">Soạn câu trả lời</a>` : ""}</td>
      </tr>`)}
      </tbody></table>
      ${questions.length === 0 ? html`<p class="card">Chưa có câu hỏi nào.</p>` : ""}
      ${canAct ? html`<section class="card" id="soan"><h2>Soạn câu trả lời cho một câu hỏi</h2>
        <p class="muted">Trợ lý sẽ dùng câu trả lời này cho đúng câu hỏi đó và các câu hỏi gần giống, trước khi tự tìm trong văn bản.</p>
        <form method="post" action="/questions/curated">${csrfField(session)}
          <div class="field"><label for="question">Câu hỏi</label><input id="question" name="question" value="${typeof prefill === "string" ? prefill : ""}" required maxlength="500"></div>
          <div class="field"><label for="answer">Câu trả lời</label><textarea id="answer" name="answer" required maxlength="4000"></textarea></div>
          <div class="field"><label for="section">Trích dẫn mục</label><select id="section" name="section">${sections.map((section) => html`<option value="${section.path}">Mục ${section.path} – ${truncate(section.heading, 70)}</option>`)}</select></div>
          <button class="primary">Lưu câu trả lời</button>
        </form></section>` : ""}
      <section class="card"><h2>Câu trả lời soạn sẵn</h2>
        ${curated.length === 0 ? html`<p class="muted">Chưa có.</p>` : html`<ul>${curated.map((entry) => html`<li><b>${entry.question}</b> → ${truncate(entry.answer, 160)} <small>(Mục ${entry.section}; ${entry.createdBy}; ${entry.active ? "đang dùng" : "đã ngừng"})</small>
          ${canAct ? html`<form method="post" action="/questions/curated/${entry.id}/${entry.active ? "disable" : "enable"}" class="inline">${csrfField(session)}<button class="secondary">${entry.active ? "Ngừng dùng" : "Dùng lại"}</button></form>` : ""}</li>`)}</ul>`}
      </section>`;
    return page({ organisation: deps.organisation, title: "Câu hỏi của cán bộ", session, active: "questions", ...(flash ? { flash } : {}), body });
  }

  server.get("/questions", { preHandler: requireStaff("viewer") }, async (request, reply) => reply.type("text/html").send(await questionsPage(request, (await deps.forms.take(request))?.flash)));

  server.post("/questions/curated", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const form = CuratedForm.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await questionsPage(request, { kind: "error", text: form.error.issues[0]?.message ?? "Thông tin chưa đúng." }));
    if (!deps.knowledge.citeSection(form.data.section)) return reply.code(400).type("text/html").send(await questionsPage(request, { kind: "error", text: "Mục trích dẫn không có trong nghị quyết." }));
    return deps.forms.once(request, reply, "/questions", async () => {
      const entry = await deps.inbox.curated.create({ ...form.data, createdBy: session.user.displayName });
      await deps.curated.refresh();
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "curated_answer", `thêm #${entry.id}: ${form.data.question.slice(0, 100)}`);
      return { flash: { kind: "ok", text: "Đã lưu. Trợ lý dùng câu trả lời này từ bây giờ." } };
    });
  });

  server.post<{ Params: { id: string; action: string } }>("/questions/curated/:id/:action", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const id = Number(request.params.id);
    if (!Number.isInteger(id) || !["enable", "disable"].includes(request.params.action)) return reply.code(404).type("text/html").send(await questionsPage(request, { kind: "error", text: "Không có câu trả lời này." }));
    return deps.forms.once(request, reply, "/questions", async () => {
      await deps.inbox.curated.setActive(id, request.params.action === "enable");
      await deps.curated.refresh();
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "curated_answer", `${request.params.action === "enable" ? "dùng lại" : "ngừng dùng"} #${id}`);
      return { flash: { kind: "ok", text: "Đã cập nhật." } };
    });
  });
}
