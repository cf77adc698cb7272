/**
 * The area list (admins): add an area, rename it, set the other names people type for it (old
 * communes and districts), delete one no report is filed under. Changes are audited and the
 * feedback flow uses them from the next message on. Refused input comes back in its form with why.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import type { Area } from "../../../feedback/reference-data.js";
import type { AuditAction } from "../../../inbox/audit-log.js";
import type { AreaInput, AreaListing, AreaResult } from "../../../inbox/reference-lists.js";
import type { StaffSession } from "../../../inbox/staff-accounts.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import type { Flash, Notice } from "../forms.js";
import { html } from "../html.js";
import { csrfField, messagePage, page } from "../layout.js";
import { reloadLists } from "../reload-lists.js";

const PAGE = "/areas";
const NAME_MAX = 100;
const ALIASES_MAX = 200;

/** One name as typed: Unicode composed, spaces collapsed. */
const clean = (text: string) => text.normalize("NFC").replace(/\s+/gu, " ").trim();

const AreaForm = z.object({
  name: z.string().transform(clean).pipe(z.string().min(2, "Tên địa bàn cần ít nhất 2 ký tự.").max(NAME_MAX, `Tên địa bàn dài quá ${NAME_MAX} ký tự.`)),
  // One name a line (commas and semicolons also separate): old names, names without "xã", "phường".
  aliases: z
    .string()
    .default("")
    .transform((text) => text.split(/[\n,;]/u).map(clean).filter(Boolean))
    .pipe(
      z
        .array(z.string().min(2, "Mỗi tên gọi khác cần ít nhất 2 ký tự.").max(NAME_MAX, `Mỗi tên gọi khác tối đa ${NAME_MAX} ký tự.`))
        .max(ALIASES_MAX, `Tối đa ${ALIASES_MAX} tên gọi khác cho một địa bàn.`),
    ),
});

type FormValues = { readonly name: string; readonly aliases: string };
const EMPTY: FormValues = { name: "", aliases: "" };

export function areaRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const lists = deps.inbox.lists;

  async function listPage(reply: FastifyReply, session: StaffSession, options: { flash?: Flash; values?: FormValues; status?: number } = {}) {
    const areas = await lists.areas();
    const body = html`
      <h1>Địa bàn</h1>
      <p class="muted">Danh sách xã, phường, đặc khu người dân chọn khi gửi phản ánh. “Tên gọi khác” là những tên người dân hay gõ: tên các xã, phường, thị trấn cũ trước khi sáp nhập, tên huyện cũ. Trợ lý nhận ra tên có dấu hoặc không dấu; thay đổi có hiệu lực ngay với tin nhắn tiếp theo.</p>
      <section class="card"><h2>Thêm địa bàn</h2>${areaForm(session, PAGE, options.values ?? EMPTY, "Thêm địa bàn")}</section>
      <table class="list"><caption>${areas.length} địa bàn</caption><thead><tr><th>Tên</th><th>Tên gọi khác</th><th>Phản ánh</th><th>Thao tác</th></tr></thead><tbody>
        ${areas.map((area) => html`<tr>
          <td data-label="Tên"><b>${area.name}</b></td>
          <td data-label="Tên gọi khác">${area.aliases.length ? area.aliases.join(" · ") : html`<span class="muted">Không</span>`}</td>
          <td data-label="Phản ánh">${area.reports}</td>
          <td data-label="Thao tác"><a class="button" href="${PAGE}/${area.id}" aria-label="Sửa ${area.name}">Sửa</a>
            <form method="post" action="${PAGE}/${area.id}/delete" class="inline">${csrfField(session)}<button class="danger" aria-label="Xóa ${area.name}">Xóa</button></form></td>
        </tr>`)}
      </tbody></table>`;
    return reply
      .code(options.status ?? 200)
      .type("text/html")
      .send(page({ organisation: deps.organisation, title: "Địa bàn", session, active: "areas", ...(options.flash ? { flash: options.flash } : {}), body }));
  }

  function editPage(reply: FastifyReply, session: StaffSession, area: AreaListing, options: { flash?: Flash; values?: FormValues; status?: number } = {}) {
    const values = options.values ?? { name: area.name, aliases: area.aliases.join("\n") };
    const body = html`<p><a href="${PAGE}">‹ Địa bàn</a></p>
      <section class="card"><h1>Sửa địa bàn “${area.name}”</h1>
        ${area.reports ? html`<p class="muted">Có ${area.reports} phản ánh ở địa bàn này; đổi tên thì các phản ánh đó mang tên mới, tên cũ thành một tên gọi khác.</p>` : ""}
        ${areaForm(session, `${PAGE}/${area.id}`, values, "Lưu địa bàn")}</section>`;
    return reply
      .code(options.status ?? 200)
      .type("text/html")
      .send(page({ organisation: deps.organisation, title: "Sửa địa bàn", session, active: "areas", ...(options.flash ? { flash: options.flash } : {}), body }));
  }

  const notFound = (reply: FastifyReply) => reply.code(404).type("text/html").send(messagePage("Không tìm thấy địa bàn", "Địa bàn này không có hoặc đã bị xóa.", PAGE, reply.request));
  const idOf = (text: string) => (/^\d{1,9}$/u.test(text) ? Number(text) : undefined);
  const audit = (session: StaffSession, action: AuditAction, detail: string) => deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, action, detail);

  /** A name another area already has (as its name or a name people type), compared without case. */
  function takenName(input: AreaInput, except?: string): string | undefined {
    const key = (name: string) => name.toLocaleLowerCase("vi");
    const others = new Map(deps.reference.areas.filter((area) => area.name !== except).flatMap((area) => [area.name, ...area.aliases].map((name) => [key(name), area.name] as const)));
    for (const name of [input.name, ...input.aliases]) if (others.has(key(name))) return `“${name}” đã là tên của địa bàn “${others.get(key(name))}”: mỗi tên chỉ dẫn đến một địa bàn.`;
    return undefined;
  }

  /** The notice after a change; the running program takes the stored list when one was made. */
  async function outcome(result: AreaResult, session: StaffSession, action: AuditAction, done: (area: Area) => string): Promise<Notice> {
    if (!result.ok) return { flash: { kind: "error", text: refusalText(result) } };
    await reloadLists(deps);
    await audit(session, action, [result.area.name, ...result.area.aliases].join(" · "));
    return { flash: { kind: "ok", text: done(result.area) } };
  }

  server.get(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const flash = (await deps.forms.take(request))?.flash;
    return listPage(reply, request.staff!, flash ? { flash } : {});
  });

  server.post(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const form = AreaForm.safeParse(request.body);
    // An area of the same name is left to the database: a form sent twice then reads as done once.
    const taken = form.success ? takenName(form.data, form.data.name) : undefined;
    if (!form.success || taken) return listPage(reply, session, { flash: { kind: "error", text: taken ?? refusal(form.error!) }, values: typed(request.body), status: 400 });
    const input = dedupe(form.data);
    return deps.forms.once(request, reply, PAGE, async () => outcome(await lists.addArea(input), session, "area_created", (area) => `Đã thêm địa bàn “${area.name}”.`));
  });

  server.get<{ Params: { id: string } }>(`${PAGE}/:id`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const id = idOf(request.params.id);
    const area = id === undefined ? undefined : await lists.area(id);
    return area ? editPage(reply, request.staff!, area) : notFound(reply);
  });

  server.post<{ Params: { id: string } }>(`${PAGE}/:id`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = idOf(request.params.id);
    const area = id === undefined ? undefined : await lists.area(id);
    if (!area) return notFound(reply);
    const form = AreaForm.safeParse(request.body);
    const taken = form.success ? takenName(form.data, area.name) : undefined;
    if (!form.success || taken) return editPage(reply, session, area, { flash: { kind: "error", text: taken ?? refusal(form.error!) }, values: typed(request.body), status: 400 });
    const input = dedupe(form.data);
    return deps.forms.once(request, reply, PAGE, async () => outcome(await lists.updateArea(area.id, input), session, "area_updated", (saved) => `Đã lưu địa bàn “${saved.name}”.`));
  });

  server.post<{ Params: { id: string } }>(`${PAGE}/:id/delete`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = idOf(request.params.id);
    if (id === undefined) return notFound(reply);
    return deps.forms.once(request, reply, PAGE, async () => outcome(await lists.removeArea(id), session, "area_deleted", (area) => `Đã xóa địa bàn “${area.name}”.`));
  });
}

function refusalText(result: Exclude<AreaResult, { ok: true }>): string {
  switch (result.reason) {
    case "unknown":
      return "Địa bàn này không có hoặc đã bị xóa.";
    case "name-taken":
      return "Đã có địa bàn trùng tên; chưa lưu được.";
    case "in-use":
      return `Không xóa được: có ${result.count} phản ánh ở địa bàn này. Sửa địa bàn của các phản ánh đó trước, hoặc đổi tên địa bàn thay vì xóa.`;
  }
}

/** The other names without the area's own name and without repeats (ignoring case). */
function dedupe(input: AreaInput): AreaInput {
  const seen = new Set([input.name.toLocaleLowerCase("vi")]);
  const aliases = input.aliases.filter((alias) => {
    const key = alias.toLocaleLowerCase("vi");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { name: input.name, aliases };
}

function refusal(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Thông tin chưa đúng.";
}

/** What was typed into a refused form, to show it again (only strings, cut to sensible lengths). */
function typed(body: unknown): FormValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (name: keyof FormValues, max: number) => (typeof fields[name] === "string" ? fields[name].slice(0, max) : "");
  return { name: text("name", NAME_MAX + 100), aliases: text("aliases", (NAME_MAX + 1) * ALIASES_MAX) };
}

function areaForm(session: StaffSession, action: string, values: FormValues, submit: string) {
  return html`<form method="post" action="${action}">${csrfField(session)}
    <div class="field"><label for="area-name">Tên địa bàn</label><input id="area-name" name="name" value="${values.name}" maxlength="${NAME_MAX}" required placeholder="Phường Hội An"></div>
    <div class="field"><label for="area-aliases">Tên gọi khác (mỗi dòng một tên: tên cũ, tên không kèm “xã”, “phường”)</label><textarea id="area-aliases" name="aliases" rows="8">${values.aliases}</textarea></div>
    <button class="primary">${submit}</button>
  </form>`;
}
