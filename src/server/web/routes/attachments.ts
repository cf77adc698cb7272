/**
 * A report's attachments for staff, always served from here so that no platform URL or token reaches
 * the browser: a file sent by URL (Zalo) from the data folder, where the keeper downloaded it (still
 * pending: downloaded now; refused: why, in Vietnamese); one kept by reference (a Telegram file_id)
 * fetched from its channel. Images, voice and video are shown inline, anything else is a download
 * under a safe name.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { contentDisposition, keptType, safeFileName, type AttachmentFile } from "../../../core/attachments.js";
import type { Channel } from "../../../core/messages.js";
import { describeError, UpstreamApiError } from "../../../core/errors.js";
import { DOWNLOAD, isUrl } from "../../../inbox/attachment-keeper.js";
import { failureText } from "../attachment-view.js";
import { requireStaff } from "../auth.js";
import type { WebDeps } from "../deps.js";
import { channelLabel } from "../format.js";
import { messagePage } from "../layout.js";

export function attachmentRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get<{ Params: { code: string; id: string } }>("/inbox/:code/attachments/:id", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const back = `/inbox/${encodeURIComponent(request.params.code)}`;
    const id = Number(request.params.id);
    let attachment = Number.isSafeInteger(id) ? await deps.inbox.queries.attachment(request.params.code, id) : undefined;
    if (!attachment) return reply.code(404).type("text/html").send(messagePage("Không tìm thấy tệp", "Phản ánh này không có tệp đính kèm đó.", back, request));
    if (attachment.download !== null || isUrl(attachment.ref)) {
      const keeper = deps.keeper;
      if (!keeper) return reply.code(404).type("text/html").send(messagePage("Chưa xem được tệp", "Máy chủ chưa được cấu hình để lưu tệp người dân gửi qua đường liên kết.", back, request));
      // A file not downloaded yet (just filed, or its host was down) is tried now: staff are waiting.
      attachment = await keeper.keep(attachment);
      const file = await keeper.read(attachment);
      if (file) return serve(reply, file);
      const text = attachment.download === DOWNLOAD.stored ? "Tệp đã được lưu nhưng không còn trong thư mục dữ liệu của máy chủ." : failureText(attachment);
      return reply.code(attachment.download === DOWNLOAD.pending ? 502 : 404).type("text/html").send(messagePage("Không tải được tệp", text, back, request));
    }
    const source = deps.attachments?.[attachment.channel as Channel];
    if (!source) {
      return reply.code(404).type("text/html").send(messagePage("Chưa xem được tệp", `Tệp được gửi qua ${channelLabel(attachment.channel)}, nhưng kênh này chưa được cấu hình trên máy chủ nên chưa tải được.`, back, request));
    }
    try {
      const file = await source.fetch(attachment.ref);
      const type = keptType(file.contentType, attachment.name ?? file.name);
      if (!type) return reply.code(404).type("text/html").send(messagePage("Không mở tệp này", failureText({ ...attachment, download: DOWNLOAD.failed, failure: "type" }), back, request));
      const fallback = `${attachment.kind === "voice" ? "tin-nhan-thoai" : attachment.kind === "photo" ? "anh" : "tep"}-${attachment.id}`;
      return serve(reply, { bytes: file.bytes, contentType: type.contentType, name: safeFileName(attachment.name ?? undefined, type.ext, fallback) });
    } catch (error) {
      deps.logger.warn({ report: request.params.code, attachment: id, error: describeError(error) }, "attachment could not be fetched");
      const gone = error instanceof UpstreamApiError;
      return reply
        .code(502)
        .type("text/html")
        .send(messagePage("Không tải được tệp", gone ? `${channelLabel(attachment.channel)} không còn cung cấp tệp này.` : `Chưa kết nối được ${channelLabel(attachment.channel)}. Bạn thử lại sau ít phút.`, back, request));
    }
  });
}

/** Images, voice and video inline (the page shows and plays them), anything else as a download. */
function serve(reply: FastifyReply, file: AttachmentFile): FastifyReply {
  const inline = /^(image|audio|video)\//u.test(file.contentType);
  return reply
    .type(file.contentType)
    .header("cache-control", "private, max-age=3600")
    .header("x-content-type-options", "nosniff")
    .header("content-disposition", contentDisposition(inline ? "inline" : "attachment", file.name))
    .send(Buffer.from(file.bytes));
}
