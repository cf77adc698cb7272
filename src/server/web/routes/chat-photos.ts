/**
 * Photo uploads of the web chat: `POST /chat/api/photos` takes one photo as the request body (any
 * declared type: the content decides, see src/core/photos.ts), stores it in the data folder and
 * answers its reference, which the message that sends it then carries. `?location=keep`: the person
 * shared their location, so the photo keeps the place it was taken; otherwise that is removed first.
 * A body over the limit is refused before it is read, with the limit in Vietnamese.
 */
import type { FastifyInstance } from "fastify";
import { PHOTO_LIMITS } from "../../../core/photos.js";
import { UPLOAD_MESSAGES, UploadRefusedError } from "../../../inbox/web-uploads.js";
import type { WebDeps } from "../deps.js";
import { chatIdOf, fromOurPage } from "./chat.js";

/** The upload route, in a scope of its own: only it reads bodies of any type as bytes. */
export function chatPhotoRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: PHOTO_LIMITS.maxBytes }, (_request, body, done) => done(null, body));

    scope.post<{ Querystring: { location?: string } }>(
      "/chat/api/photos",
      {
        bodyLimit: PHOTO_LIMITS.maxBytes,
        // What Fastify refuses before the handler runs (too large), said in the chat's words.
        errorHandler(error: { statusCode?: number }, request, reply) {
          if (error.statusCode === 413) return reply.code(413).send({ error: UPLOAD_MESSAGES.too_large });
          request.log.warn({ status: error.statusCode }, "photo upload refused");
          return reply.code(error.statusCode && error.statusCode < 500 ? error.statusCode : 500).send({ error: "Chưa gửi được ảnh. Bạn thử lại nhé." });
        },
      },
      async (request, reply) => {
        if (!fromOurPage(request)) return reply.code(403).send({ error: "Yêu cầu không hợp lệ." });
        if (!deps.uploads) return reply.code(404).send({ error: "Trang này chưa nhận ảnh." });
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) return reply.code(400).send({ error: "Chưa có ảnh nào được gửi." });
        try {
          const stored = await deps.uploads.store(chatIdOf(request, reply), body, request.query.location === "keep");
          return { photo: stored };
        } catch (error) {
          if (error instanceof UploadRefusedError) return reply.code({ too_large: 413, not_photo: 415, no_space: 507 }[error.reason]).send({ error: error.message });
          throw error;
        }
      },
    );
  });
}
