/**
 * Public, expiring links to pictures kept by reference (a staff reply's Telegram photo), for a
 * platform that takes pictures only by URL (the Zalo Bot Platform's `sendPhoto`). The link is
 * `<PUBLIC_URL>/media/<token>`, served by src/server/media-route.ts.
 *
 * The token is the channel and reference sealed with AES-256-GCM under a server key, the expiry as
 * authenticated data: `base64url(version | expiry | iv | ciphertext | tag)`. Why this design:
 * - the reference never appears in clear (a Telegram file_id lets anyone holding the bot token fetch
 *   the file; the token itself is never in it at all), and GCM's tag authenticates channel,
 *   reference and expiry together, which is what an HMAC-SHA256 over them would do: a second MAC
 *   would add nothing, one primitive is less to get wrong;
 * - it is stateless: nothing is stored or has to be bounded, and links stay valid across a restart
 *   (the key is kept in the data folder) for the outbox's retries and Zalo's fetches;
 * - a random id → reference map would be as safe, but lost at a restart and one more store to prune.
 * The AES key is derived from the server key for this purpose only (core/sealing.ts).
 */
import { CHANNELS, type Channel } from "./messages.js";
import { createSealer } from "./sealing.js";

/** The path the links point to on this server. */
export const MEDIA_PATH = "/media/";

/** Named defaults: how long a link works, and the longest token the server accepts in a path. */
export const MEDIA_LINK_DEFAULTS = {
  /** Zalo fetches the picture when it is sent; an hour covers its retries and a slow fetch. */
  ttlMs: 3600_000,
  /** Characters; Telegram file_ids make tokens of about 150–250. */
  maxTokenChars: 512,
} as const;

/** What a link stands for: a file, by the reference its channel lets us fetch it again with. */
export interface MediaTarget {
  readonly channel: Channel;
  readonly ref: string;
}

/** Seals references into tokens and opens them again. */
export interface MediaTokens {
  /** The token of `target`, valid until `now` plus the link's lifetime; undefined when the reference is too long for one. */
  seal(target: MediaTarget, now?: number): string | undefined;
  /** What the token stands for; undefined when it is malformed, tampered with, sealed under another key or expired. */
  open(token: string, now?: number): MediaTarget | undefined;
}

/** Where public links point: this server's public https address and the tokens' key. */
export interface PublicMedia {
  /** PUBLIC_URL, without a trailing slash. */
  readonly baseUrl: string;
  readonly tokens: MediaTokens;
}

const VERSION = 1;
const EXPIRY_BYTES = 6;
const HEADER_BYTES = 1 + EXPIRY_BYTES;

/** Tokens sealed under `key` (a secret of the server, kept in the data folder). */
export function createMediaTokens(key: string, options: { readonly ttlMs?: number } = {}): MediaTokens {
  const sealer = createSealer(key, "tro-ly-dan-van media links v1");
  const ttlMs = options.ttlMs ?? MEDIA_LINK_DEFAULTS.ttlMs;
  return {
    seal(target, now = Date.now()) {
      const header = Buffer.alloc(HEADER_BYTES);
      header.writeUInt8(VERSION, 0);
      header.writeUIntBE(Math.ceil((now + ttlMs) / 1000), 1, EXPIRY_BYTES);
      const token = Buffer.concat([header, sealer.seal(`${target.channel}\n${target.ref}`, header)]).toString("base64url");
      return token.length <= MEDIA_LINK_DEFAULTS.maxTokenChars ? token : undefined;
    },
    open(token, now = Date.now()) {
      if (token.length > MEDIA_LINK_DEFAULTS.maxTokenChars || !/^[\w-]+$/u.test(token)) return undefined;
      const bytes = Buffer.from(token, "base64url");
      if (bytes.length <= HEADER_BYTES || bytes.readUInt8(0) !== VERSION) return undefined;
      const header = bytes.subarray(0, HEADER_BYTES);
      const plain = sealer.open(bytes.subarray(HEADER_BYTES), header);
      if (plain === undefined) return undefined;
      // Checked once the tag is: an expiry nobody forged.
      if (header.readUIntBE(1, EXPIRY_BYTES) * 1000 <= now) return undefined;
      const split = plain.indexOf("\n");
      const channel = CHANNELS.find((name) => name === plain.slice(0, split));
      return channel && split > 0 ? { channel, ref: plain.slice(split + 1) } : undefined;
    },
  };
}

/** The public URL of a picture kept by reference; undefined when its reference is too long for a token. */
export function publicMediaUrl(media: PublicMedia, target: MediaTarget): string | undefined {
  const token = media.tokens.seal(target);
  return token ? `${media.baseUrl}${MEDIA_PATH}${token}` : undefined;
}
