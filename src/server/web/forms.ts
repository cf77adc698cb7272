/**
 * Staff forms that act once: post/redirect/get with a one-time key per form. An action answers 303
 * to a page, so reloading that page repeats nothing; the key makes a double click, a resent or a
 * copied request do the action once. What the action did is shown once on the page it leads to.
 * Keys and notices are in the database: the page may be asked of another instance than the action.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FormKeys } from "../../inbox/form-keys.js";
import type { StaffNotices } from "../../inbox/staff-notices.js";
import { FORM_KEY_FIELD, takeIssuedKeys } from "./form-key-field.js";
import { messagePage, type PageOptions } from "./layout.js";

/** A one-line notice at the top of a page. */
export type Flash = NonNullable<PageOptions["flash"]>;

/** What the page after an action shows once: how it went, and a contact revealed by it. */
export interface Notice {
  readonly flash: Flash;
  /** The code of the report whose contact the action revealed (shown on that page load only). */
  readonly reveal?: string;
}

/** Said when a form comes again with a key already used: calm, since nothing went wrong. */
export const ALREADY_DONE = "Thao tác này đã được ghi nhận từ lần gửi trước, hệ thống không làm lại lần nữa.";

/** Runs staff form actions once per key and carries their notice over the redirect. One per server. */
export class StaffForms {
  constructor(
    private readonly keys: FormKeys,
    private readonly notices: StaffNotices,
  ) {}

  /** An onSend hook: stores the keys of the forms on the page before the page is sent. */
  readonly storeIssuedKeys = async (request: FastifyRequest): Promise<void> => {
    if (!request.staff || !request.staffToken) return;
    await this.keys.issue(request.staffToken, takeIssuedKeys(request.staff));
  };

  /**
   * Runs a signed-in staff member's form action once for its key, then answers 303 to `page`,
   * which shows the notice the action returned. A key already used does nothing and says so; a key
   * this session was never given (forged, another person's) is refused with 403.
   */
  async once(request: FastifyRequest, reply: FastifyReply, page: string, action: () => Promise<Notice>): Promise<FastifyReply> {
    const token = request.staffToken!;
    const key = (request.body as Record<string, unknown> | undefined)?.[FORM_KEY_FIELD];
    const claim = typeof key === "string" && key.length <= 100 ? await this.keys.claim(token, key) : "unknown";
    if (claim === "unknown") {
      return reply.code(403).type("text/html").send(messagePage("Biểu mẫu không hợp lệ", "Biểu mẫu đã cũ hoặc không phải gửi từ trang của hệ thống; chưa có gì được thực hiện. Bạn tải lại trang rồi thử lại nhé.", page, request));
    }
    const notice = claim === "used" ? { flash: { kind: "ok" as const, text: ALREADY_DONE } } : await action();
    await this.notices.leave(token, page, JSON.stringify(notice));
    return reply.redirect(page, 303);
  }

  /** The notice left for this page by the session's last action, once. */
  async take(request: FastifyRequest): Promise<Notice | undefined> {
    const text = request.staffToken ? await this.notices.take(request.staffToken, request.url) : undefined;
    return text === undefined ? undefined : (JSON.parse(text) as Notice);
  }
}
