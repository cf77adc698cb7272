/**
 * `GET /media/:token`: the picture behind a public link (core/media-links.ts), for a platform that
 * fetches pictures by URL (the Zalo Bot Platform, for a staff reply's Telegram photo). Public, as
 * Zalo's servers sign in nowhere: the sealed, expiring token is the permission. The bytes are fetched
 * from the picture's channel each time (nothing is kept here) and served only when they are an image.
 * A bad, tampered or expired token, a file the channel no longer has and a file that is no image all
 * get the same 404, so the answer tells nothing about which.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { AttachmentSource } from "../core/attachments.js";
import { describeError, UpstreamApiError } from "../core/errors.js";
import { MEDIA_PATH, type MediaTokens } from "../core/media-links.js";
import type { Channel } from "../core/messages.js";

/** What the route needs: the tokens' key, and where each channel's files are fetched from. */
export interface MediaRouteDeps {
  readonly tokens: MediaTokens;
  readonly sources: Partial<Record<Channel, AttachmentSource>>;
}

/** The types served: what chat platforms show as a photo (never SVG, which can carry scripts). */
export const SERVED_IMAGE_TYPES: readonly string[] = ["image/jpeg", "image/png", "image/webp", "image/gif"];

/** The route, as registered (the per-address limit names it so). */
export const MEDIA_ROUTE = `${MEDIA_PATH}:token`;

/** Registers `GET /media/:token`. */
export function mediaRoute(server: FastifyInstance, deps: MediaRouteDeps): void {
  server.get<{ Params: { token: string } }>(MEDIA_ROUTE, async (request, reply) => {
    // A capability URL: no cache may keep the picture or hand it to someone else.
    reply.header("cache-control", "private, no-store").header("x-content-type-options", "nosniff").header("referrer-policy", "no-referrer");
    const target = deps.tokens.open(request.params.token);
    const source = target ? deps.sources[target.channel] : undefined;
    if (!target || !source) return notFound(reply);
    let file;
    try {
      file = await source.fetch(target.ref);
    } catch (error) {
      // The token and the reference stay out of the log: either lets someone fetch the file.
      request.log.warn({ channel: target.channel, error: describeError(error) }, "a picture behind a public link could not be fetched");
      if (error instanceof UpstreamApiError) return notFound(reply);
      return reply.code(502).type("text/plain; charset=utf-8").send("Chưa tải được ảnh. Vui lòng thử lại sau.");
    }
    const type = file.contentType.split(";")[0]!.trim().toLowerCase();
    if (!SERVED_IMAGE_TYPES.includes(type)) {
      request.log.warn({ channel: target.channel, type }, "a public link points to a file that is no image: refused");
      return notFound(reply);
    }
    return reply.type(type).send(Buffer.from(file.bytes));
  });
}

function notFound(reply: FastifyReply): FastifyReply {
  return reply.code(404).type("text/plain; charset=utf-8").send("Không tìm thấy ảnh hoặc đường liên kết đã hết hạn.");
}
