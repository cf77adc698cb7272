/**
 * A report's attachments for staff: a photo kept as a URL (Zalo) is linked directly; one kept by
 * reference (a Telegram file_id) is fetched from its channel and served from here, so the bot's
 * token never reaches the browser.
 */
import type { FastifyInstance } from "fastify";
import type { Channel } from "../../../core/messages.js";
import { describeError, UpstreamApiError } from "../../../core/errors.js";
import { requireStaff } from "../auth.js";
import type { WebDeps } from "../deps.js";
import { channelLabel } from "../format.js";
import { messagePage } from "../layout.js";

export function attachmentRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get<{ Params: { code: string; id: string } }>("/inbox/:code/attachments/:id", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const session = request.staff!;
    const back = `/inbox/${encodeURIComponent(request.params.code)}`;
    const id = Number(request.params.id);
    const attachment = Number.isSafeInteger(id) ? await deps.inbox.queries.attachment(request.params.code, id) : undefined;
    if (!attachment) return reply.code(404).type("text/html").send(messagePage("Không tìm thấy tệp", "Phản ánh này không có tệp đính kèm đó.", back, session));
    if (/^https?:\/\//u.test(attachment.ref)) return reply.redirect(attachment.ref);
    const source = deps.attachments?.[attachment.channel as Channel];
    if (!source) {
      return reply.code(404).type("text/html").send(messagePage("Chưa xem được tệp", `Tệp được gửi qua ${channelLabel(attachment.channel)}, nhưng kênh này chưa được cấu hình trên máy chủ nên chưa tải được.`, back, session));
    }
    try {
      const file = await source.fetch(attachment.ref);
      const image = file.contentType.startsWith("image/");
      return reply
        .type(file.contentType)
        .header("cache-control", "private, max-age=3600")
        .header("x-content-type-options", "nosniff")
        .header("content-disposition", `${image ? "inline" : "attachment"}; filename="${file.name.replace(/[^\w.-]/gu, "_")}"`)
        .send(Buffer.from(file.bytes));
    } catch (error) {
      deps.logger.warn({ report: request.params.code, attachment: id, error: describeError(error) }, "attachment could not be fetched");
      const gone = error instanceof UpstreamApiError;
      return reply
        .code(502)
        .type("text/html")
        .send(messagePage("Không tải được tệp", gone ? `${channelLabel(attachment.channel)} không còn cung cấp tệp này.` : `Chưa kết nối được ${channelLabel(attachment.channel)}. Bạn thử lại sau ít phút.`, back, session));
    }
  });
}
