/**
 * Telegram files by `file_id`, for the web inbox: `getFile` gives a path, valid for an hour, that
 * is downloaded from the Bot API's file endpoint with the bot's token (never shown to the browser).
 */
import { Api, GrammyError } from "grammy";
import { ATTACHMENT_MAX_BYTES, contentTypeOf, type AttachmentSource } from "../../core/attachments.js";
import { UpstreamApiError, UpstreamUnreachableError, describeError } from "../../core/errors.js";

/** Named default: a download that takes longer than this is abandoned. */
export const FILE_DOWNLOAD_TIMEOUT_MS = 20_000;

export function createTelegramFiles(token: string, options: { apiRoot?: string } = {}): AttachmentSource {
  const apiRoot = (options.apiRoot ?? "https://api.telegram.org").replace(/\/+$/u, "");
  const api = new Api(token, { apiRoot });
  return {
    async fetch(fileId) {
      let path: string | undefined;
      try {
        path = (await api.getFile(fileId)).file_path;
      } catch (error) {
        if (error instanceof GrammyError) throw new UpstreamApiError("Telegram", error.error_code, error.description, { cause: error });
        throw new UpstreamUnreachableError("Telegram", describeError(error), { cause: error });
      }
      if (!path) throw new UpstreamApiError("Telegram", undefined, "the file has no download path (larger than 20 MB?)");
      let response: Response;
      try {
        response = await fetch(`${apiRoot}/file/bot${token}/${path}`, { signal: AbortSignal.timeout(FILE_DOWNLOAD_TIMEOUT_MS) });
      } catch (error) {
        throw new UpstreamUnreachableError("Telegram", describeError(error), { cause: error });
      }
      if (!response.ok) throw new UpstreamApiError("Telegram", response.status, `file download refused`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > ATTACHMENT_MAX_BYTES) throw new UpstreamApiError("Telegram", undefined, "the file is larger than 20 MB");
      const name = path.slice(path.lastIndexOf("/") + 1);
      return { bytes, contentType: contentTypeOf(name), name };
    },
  };
}
