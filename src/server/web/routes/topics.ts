/**
 * Topics (admins): per topic, its label (the name people read), the deadline of its reports in
 * working days, the unit suggested for them and cue words the offline classifier adds to its own. One
 * form per topic; changes are audited and apply to the next page, message and report, without a restart.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { topicLabelOf, type ReferenceData } from "../../../feedback/reference-data.js";
import { isTopic, TOPIC_CUES, TOPIC_LABELS, TOPICS, type Topic } from "../../../feedback/taxonomy.js";
import type { TopicSettingInput, TopicSettingRow } from "../../../inbox/reference-lists.js";
import type { StaffSession } from "../../../inbox/staff-accounts.js";
import type { UnitRow } from "../../../inbox/units.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import type { Flash } from "../forms.js";
import { html } from "../html.js";
import { csrfField, page } from "../layout.js";
import { reloadLists } from "../reload-lists.js";

const PAGE = "/topics";
const CUE_MAX = 60;
const CUES_MAX = 100;
const LABEL_MAX = 60;

const clean = (text: string) => text.normalize("NFC").replace(/\s+/gu, " ").trim();

const TopicForm = z.object({
  // Left out by a page opened before labels were editable: the label stays as it is.
  label: z
    .string()
    .refine((text) => !/\p{Cc}/u.test(text), "Tên lĩnh vực không được có ký tự điều khiển (xuống dòng, tab…).")
    .transform((text) => text.normalize("NFC").trim())
    .pipe(z.string().min(1, "Tên lĩnh vực không được để trống.").max(LABEL_MAX, `Tên lĩnh vực tối đa ${LABEL_MAX} ký tự.`))
    .optional(),
  workingDays: z.coerce.number({ message: "Thời hạn phải là một số." }).int("Thời hạn phải là số ngày tròn.").min(1, "Thời hạn ít nhất 1 ngày làm việc.").max(365, "Thời hạn tối đa 365 ngày làm việc."),
  unit: z.string().default(""),
  // One a line (commas and semicolons also separate), repeats dropped ignoring case.
  cues: z
    .string()
    .default("")
    .transform((text) => [...new Map(text.split(/[\n,;]/u).map(clean).filter(Boolean).map((cue) => [cue.toLocaleLowerCase("vi"), cue])).values()])
    .pipe(z.array(z.string().min(2, "Mỗi từ gợi ý cần ít nhất 2 ký tự.").max(CUE_MAX, `Mỗi từ gợi ý tối đa ${CUE_MAX} ký tự.`)).max(CUES_MAX, `Tối đa ${CUES_MAX} từ gợi ý cho một lĩnh vực.`)),
});

/** What a refused form showed, to show it again. */
type Typed = { readonly topic: Topic; readonly label: string; readonly workingDays: string; readonly unit: string; readonly cues: string };

export function topicRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const lists = deps.inbox.lists;

  async function topicsPage(reply: FastifyReply, session: StaffSession, options: { flash?: Flash; typed?: Typed; status?: number } = {}) {
    const [settings, units] = await Promise.all([lists.topicSettings(), deps.inbox.units.active()]);
    const byTopic = new Map(settings.map((row) => [row.topic, row]));
    const body = html`
      <h1>Lĩnh vực phản ánh</h1>
      <p class="muted">Với mỗi lĩnh vực: tên hiển thị cho cán bộ và người dân (trên các trang, tệp xuất và tin nhắn), thời hạn xử lý tính bằng ngày làm việc (phản ánh khẩn: ${deps.reference.deadlines.urgentHours} giờ), đơn vị được đề xuất khi chuyển phản ánh, và các từ gợi ý giúp trợ lý xếp tin nhắn vào lĩnh vực này (thêm vào bộ từ có sẵn; một từ gợi ý đủ để xếp lĩnh vực). Thay đổi áp dụng cho tin nhắn và phản ánh tiếp theo; hạn của phản ánh đã có giữ nguyên.</p>
      ${TOPICS.map((topic) => topicCard(session, topic, topicLabelOf(topic, deps.reference), deps.reference.suggestedUnits[topic], byTopic.get(topic), units, options.typed?.topic === topic ? options.typed : undefined))}`;
    return reply
      .code(options.status ?? 200)
      .type("text/html")
      .send(page({ organisation: deps.organisation, title: "Lĩnh vực", session, active: "topics", ...(options.flash ? { flash: options.flash } : {}), body }));
  }

  server.get(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const flash = (await deps.forms.take(request))?.flash;
    return topicsPage(reply, request.staff!, flash ? { flash } : {});
  });

  server.post<{ Params: { topic: string } }>(`${PAGE}/:topic`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const topic = request.params.topic;
    if (!isTopic(topic)) return topicsPage(reply, session, { flash: { kind: "error", text: "Không có lĩnh vực này." }, status: 404 });
    const form = TopicForm.safeParse(request.body);
    const units = await deps.inbox.units.active();
    const unit = form.success && form.data.unit !== "" ? units.find((candidate) => candidate.code === form.data.unit) : undefined;
    const shown = topicLabelOf(topic, deps.reference);
    const label = (form.success && form.data.label) || shown;
    const refusal = !form.success
      ? (form.error.issues[0]?.message ?? "Thông tin chưa đúng.")
      : form.data.unit !== "" && !unit
        ? "Đơn vị này không có hoặc đã ngừng hoạt động."
        : labelTaken(topic, label, deps.reference)
          ? `Lĩnh vực khác đã có tên “${label}”.`
          : undefined;
    if (refusal || !form.success) return topicsPage(reply, session, { flash: { kind: "error", text: `${shown}: ${refusal}` }, typed: typed(topic, request.body), status: 400 });
    // The built-in label typed back is stored as none, so a later change of the built-in one shows.
    const input: TopicSettingInput = { label: label === TOPIC_LABELS[topic] ? null : label, workingDays: form.data.workingDays, unitCode: unit?.code ?? null, cues: form.data.cues };
    return deps.forms.once(request, reply, PAGE, async () => {
      const before = (await lists.topicSettings()).find((row) => row.topic === topic);
      await lists.setTopic(topic, input);
      await reloadLists(deps);
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "topic_updated", describeChange(shown, before, input, unit));
      return { flash: { kind: "ok", text: `Đã lưu lĩnh vực “${topicLabelOf(topic, deps.reference)}”.` } };
    });
  });
}

/** True when another topic is already called `label` (ignoring case): people could not tell them apart. */
function labelTaken(topic: Topic, label: string, reference: Pick<ReferenceData, "topicLabels">): boolean {
  const wanted = label.toLocaleLowerCase("vi");
  return TOPICS.some((other) => other !== topic && topicLabelOf(other, reference).toLocaleLowerCase("vi") === wanted);
}

/** The audit detail: what changed, in words ("Môi trường: tên → “Môi trường, cây xanh”; thời hạn 15 → 10 ngày làm việc"). */
function describeChange(shown: string, before: TopicSettingRow | undefined, after: TopicSettingInput, unit: UnitRow | undefined): string {
  const parts = [
    (before?.label ?? null) !== after.label ? `tên → “${after.label ?? "tên có sẵn"}”` : undefined,
    before?.workingDays !== after.workingDays ? `thời hạn ${before?.workingDays ?? "?"} → ${after.workingDays} ngày làm việc` : undefined,
    (before?.unitCode ?? null) !== after.unitCode ? `đơn vị đề xuất: ${unit?.name ?? "mặc định"}` : undefined,
    (before?.cues ?? []).join("\n") !== after.cues.join("\n") ? `từ gợi ý: ${after.cues.length ? after.cues.join(", ") : "không"}` : undefined,
  ].filter(Boolean);
  return `${shown}: ${parts.length ? parts.join("; ") : "không đổi"}`;
}

function typed(topic: Topic, body: unknown): Typed {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (name: string, max: number) => (typeof fields[name] === "string" ? fields[name].slice(0, max) : "");
  return { topic, label: text("label", LABEL_MAX * 2), workingDays: text("workingDays", 20), unit: text("unit", 40), cues: text("cues", (CUE_MAX + 1) * CUES_MAX) };
}

function topicCard(session: StaffSession, topic: Topic, label: string, shippedUnit: string, setting: TopicSettingRow | undefined, units: readonly UnitRow[], shown: Typed | undefined) {
  const values = shown ?? { label, workingDays: String(setting?.workingDays ?? ""), unit: setting?.unitCode ?? "", cues: (setting?.cues ?? []).join("\n") };
  const option = (value: string, name: string) => html`<option value="${value}"${value === values.unit ? html` selected` : ""}>${name}</option>`;
  return html`<section class="card" id="topic-${topic}"><h2>${label}</h2>
    <form method="post" action="${PAGE}/${topic}">${csrfField(session)}
      <div class="field"><label for="label-${topic}">Tên lĩnh vực</label><input id="label-${topic}" name="label" maxlength="${LABEL_MAX}" value="${values.label}" required aria-describedby="label-hint-${topic}">
        <p class="muted" id="label-hint-${topic}">Tên có sẵn: ${TOPIC_LABELS[topic]} (mã ${topic}, không đổi).</p></div>
      <div class="filters">
        <div><label for="days-${topic}">Thời hạn (ngày làm việc)</label><input id="days-${topic}" name="workingDays" type="number" min="1" max="365" step="1" value="${values.workingDays}" required></div>
        <div class="wide"><label for="unit-${topic}">Đơn vị đề xuất</label><select id="unit-${topic}" name="unit">${option("", `Mặc định: ${shippedUnit}`)}${units.map((unit) => option(unit.code, unit.name))}</select></div>
      </div>
      <div class="field"><label for="cues-${topic}">Từ gợi ý thêm (mỗi dòng một từ hoặc cụm từ)</label><textarea id="cues-${topic}" name="cues" rows="3">${values.cues}</textarea></div>
      <details><summary>Bộ từ có sẵn (${TOPIC_CUES[topic].length} cụm từ)</summary><p class="muted">${TOPIC_CUES[topic].map(([phrase]) => phrase).join(" · ")}</p></details>
      <button class="primary">Lưu lĩnh vực</button>
    </form></section>`;
}
