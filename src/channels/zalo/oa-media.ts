/**
 * What the Official Account sends besides text, as Zalo documents it (reference notes, parts B–C):
 * - a picture: Zalo takes no URL for an image message, so the picture is fetched (from its URL, or
 *   from the channel it came from: a Telegram file_id), uploaded to `/v2.0/oa/upload/image` for an
 *   `attachment_id`, and sent as a `media` template;
 * - the contact form: a `request_user_info` template, which lets the person share their phone
 *   number and name with one tap, by consent; their answer comes back as a `user_submit_info` event
 *   (oa-inbound.ts).
 */
import type { AttachmentSource } from "../../core/attachments.js";
import { AppError } from "../../core/errors.js";
import { downloadMedia, MediaRefusedError } from "../../core/media-download.js";
import type { Channel, ReplyImage } from "../../core/messages.js";
import type { OaAttachment, ZaloOaApi } from "./oa-api.js";

/** Where pictures that are no URL (a Telegram file_id) are fetched from, by the channel they came from. */
export type ImageSources = Partial<Record<Channel, AttachmentSource>>;

/** A picture ready to upload. */
export interface ImageFile {
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** Zalo's limits on an uploaded image. */
export const OA_IMAGE_LIMITS = {
  bytes: 1024 * 1024,
  types: ["image/jpeg", "image/png"],
  fetchTimeoutMs: 10_000,
} as const;

/** The picture cannot be sent through the OA as it is (too large, not JPG or PNG). */
export class OaImageUnsuitableError extends AppError {}

/** Zalo's limit on the contact form's title. */
const CONTACT_FORM_TITLE_MAX = 100;

/**
 * The contact form's words: why the number is asked for, by `organisation` (its brief name), and that
 * sharing it is optional (title at most 100 characters, without the name if it is too long; subtitle
 * at most 500). The picture is required by one copy of the docs: set ZALO_OA_CONTACT_FORM_IMAGE_URL
 * (a public JPG or PNG); without it the form is sent without one.
 */
export function contactFormText(organisation: string): { readonly title: string; readonly subtitle: string } {
  const title = `Chia sẻ số điện thoại với ${organisation} (không bắt buộc)`;
  return {
    title: title.length <= CONTACT_FORM_TITLE_MAX ? title : "Chia sẻ số điện thoại (không bắt buộc)",
    subtitle:
      "Nếu bạn đồng ý, cán bộ dùng số này chỉ để liên hệ về phản ánh của bạn; số được che khi chuyển cho các đơn vị. Bạn vẫn có thể gửi ẩn danh hoặc tự gõ số điện thoại.",
  };
}

/** The `request_user_info` template of `organisation` (its brief name). */
export function contactFormTemplate(imageUrl: string | undefined, organisation: string): OaAttachment {
  return {
    type: "template",
    payload: { template_type: "request_user_info", elements: [{ ...contactFormText(organisation), ...(imageUrl ? { image_url: imageUrl } : {}) }] },
  };
}

/** Whether a picture's reference is a URL (Zalo's own pictures), not a platform's file id. */
export function isImageUrl(ref: string): boolean {
  return /^https?:\/\//iu.test(ref);
}

/**
 * The picture's bytes, from its URL or from the channel it came from; undefined when that channel
 * is not configured here.
 * @throws OaImageUnsuitableError (too large, not JPG or PNG), UpstreamUnreachableError, and what
 *   the channel's source throws
 */
export async function loadImage(image: ReplyImage, sources: ImageSources): Promise<ImageFile | undefined> {
  if (isImageUrl(image.ref)) return fetchImage(image.ref);
  const source = sources[image.channel];
  if (!source) return undefined;
  const file = await source.fetch(image.ref);
  return suitable(file.bytes, file.contentType, `the picture from ${image.channel}`);
}

/**
 * Uploads the picture and sends it as a media message with `caption`.
 * @returns Zalo's message id
 * @throws what the OA API throws
 */
export async function sendOaImage(api: ZaloOaApi, accessToken: string, userId: string, image: ImageFile, caption?: string): Promise<string | undefined> {
  const attachmentId = await api.uploadImage(accessToken, image.bytes, image.type);
  return api.sendAttachment(accessToken, userId, { type: "template", payload: { template_type: "media", elements: [{ media_type: "image", attachment_id: attachmentId }] } }, caption);
}

function suitable(bytes: Uint8Array, contentType: string, what: string): ImageFile {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (!(OA_IMAGE_LIMITS.types as readonly string[]).includes(type)) throw new OaImageUnsuitableError(`${what} is ${type || "of no stated type"}; Zalo takes JPG or PNG for OA images`);
  if (bytes.byteLength > OA_IMAGE_LIMITS.bytes) throw new OaImageUnsuitableError(`${what} is larger than Zalo's 1 MB limit for OA images`);
  return { bytes, type };
}

/**
 * A picture given by URL, downloaded within Zalo's 1 MB. Its URL comes from staff (a reply's photo),
 * not from a citizen's message, so its own host is allowed.
 */
async function fetchImage(url: string): Promise<ImageFile> {
  try {
    const media = await downloadMedia(url, { hosts: [hostnameOf(url)], maxBytes: OA_IMAGE_LIMITS.bytes, timeoutMs: OA_IMAGE_LIMITS.fetchTimeoutMs });
    return suitable(new Uint8Array(media.bytes), media.contentType, `the picture from ${hostOf(url)}`);
  } catch (error) {
    // Too large, no picture, or a dead link: sending again cannot help, so it is said in words.
    if (error instanceof MediaRefusedError) {
      throw new OaImageUnsuitableError(error.reason === "too_large" ? `the picture from ${hostOf(url)} is larger than Zalo's 1 MB limit for OA images` : `the picture from ${hostOf(url)} cannot be sent: ${error.message}`);
    }
    throw error;
  }
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "an invalid URL";
  }
}
