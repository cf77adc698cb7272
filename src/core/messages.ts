/**
 * The one internal message type and the one reply type. Channel adapters (Telegram, Zalo, the web
 * chat) turn platform updates into `Inbound` and render `Reply`; everything between is channel-neutral.
 */

/** Where conversations happen. */
export const CHANNELS = ["web", "telegram", "zalo"] as const;

/** Where a conversation happens. */
export type Channel = (typeof CHANNELS)[number];

/** Who sent a message. `id` is the platform's user id, never shown to staff. */
export interface Sender {
  readonly id: string;
  readonly name?: string;
}

/** A chat: a private conversation with the assistant, or a group it is in. */
export interface ChatRef {
  readonly channel: Channel;
  readonly id: string;
  readonly type: "private" | "group";
}

/** A file a person sent (a photo, a voice note, a document): how the platform lets us fetch it again. */
export interface AttachmentRef {
  readonly kind: "photo" | "voice" | "file";
  /** Telegram file_id, or a URL (Zalo, web). */
  readonly ref: string;
  readonly caption?: string;
  /** The file's name as the sender's platform gives it (documents). */
  readonly name?: string;
}

/** What a message carries. */
export type Content =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "command"; readonly command: string; readonly args: string }
  /** A button pressed or a numbered menu answered: the `value` of a `Choice` the assistant offered. */
  | { readonly kind: "choice"; readonly value: string }
  /** `album`: photos sent together arrive one message each, sharing this id. */
  | { readonly kind: "photo"; readonly attachments: readonly AttachmentRef[]; readonly caption?: string; readonly album?: string }
  | { readonly kind: "location"; readonly latitude: number; readonly longitude: number }
  /**
   * A phone number the person shared. `name` is the name they gave with it; `consentForm`: shared
   * through the platform's own consent form (Zalo OA's request_user_info), not typed or forwarded.
   */
  | { readonly kind: "contact"; readonly phone: string; readonly ownContact: boolean; readonly name?: string; readonly consentForm?: boolean }
  | { readonly kind: "sticker" }
  /** `attachment` is missing when the platform gives no way to fetch the recording. */
  | { readonly kind: "voice"; readonly attachment?: AttachmentRef }
  | { readonly kind: "file"; readonly attachment?: AttachmentRef }
  | { readonly kind: "unsupported" };

/** The origin of a forwarded message, as far as the platform tells it. */
export interface ForwardOrigin {
  /** "user", "hidden_user", "chat", "channel". */
  readonly type: string;
  readonly name?: string;
  readonly date?: Date;
}

/** One incoming message, whatever the channel. */
export interface Inbound {
  /** Unique per channel: duplicate deliveries of the same update are ignored. */
  readonly updateId: string;
  readonly chat: ChatRef;
  readonly sender: Sender;
  readonly content: Content;
  readonly receivedAt: Date;
  /** The message was forwarded from someone else. */
  readonly forwarded?: ForwardOrigin;
  /** Text of the message this one replies to, when it replies to one of the assistant's messages. */
  readonly replyToAssistant?: { readonly messageId: string; readonly text?: string };
  /** The channel can show buttons; without them choices become a numbered menu. */
  readonly buttons: boolean;
}

/** A piece of inline text with an emphasis a renderer may show. */
export type Inline = string | { readonly bold: string } | { readonly italic: string } | { readonly code: string };

/** A block of a reply. */
export type Block =
  | { readonly type: "paragraph"; readonly content: readonly Inline[] }
  /** A verbatim quotation from a document, with where it comes from. */
  | { readonly type: "quote"; readonly text: string; readonly source?: string }
  | { readonly type: "list"; readonly items: ReadonlyArray<readonly Inline[]> };

/** A button, or a line of a numbered menu. `value` comes back as a `choice` content. */
export interface Choice {
  readonly label: string;
  readonly value: string;
}

/** What the assistant says. */
export interface Reply {
  readonly blocks: readonly Block[];
  /** Rows of choices. */
  readonly choices?: ReadonlyArray<readonly Choice[]>;
  /** Replace the message the pressed button belongs to instead of sending a new one (paged menus). */
  readonly replaceOriginal?: boolean;
  /** A short notice shown by the button that was pressed (Telegram's callback answer). */
  readonly notice?: string;
  /**
   * The reply asks for a phone number: a channel with its own consent form for it (Zalo OA's
   * request_user_info) offers that form too; the others show the reply as it is.
   */
  readonly offerContactForm?: boolean;
  /** A picture sent after the reply's text (a staff reply's photo), where the channel can show it. */
  readonly image?: ReplyImage;
  /**
   * The document sections the reply cites, by the label its text shows ("Mục II.2 – Mục tiêu"): a
   * channel that can link (the web chat) turns each label into a link to the section.
   */
  readonly sectionLinks?: readonly SectionLink[];
}

/** A citation in a reply and the section it points to. */
export interface SectionLink {
  /** The text shown in the reply. */
  readonly label: string;
  /** The section's reference, "<document index>:<section path>" (see assistant/section-ref). */
  readonly section: string;
}

/** A picture in a reply: where it is, as the channel it came from lets us fetch it again. */
export interface ReplyImage {
  readonly channel: Channel;
  /** A Telegram file_id, or a URL. */
  readonly ref: string;
  readonly caption?: string;
}

/** A one-paragraph reply. */
export function textReply(...content: Inline[]): Reply {
  return { blocks: [{ type: "paragraph", content }] };
}

/** The plain text of inline content, emphasis dropped. */
export function plainInline(content: readonly Inline[]): string {
  return content.map((part) => (typeof part === "string" ? part : "bold" in part ? part.bold : "italic" in part ? part.italic : part.code)).join("");
}
