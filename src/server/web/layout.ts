/** The page shell of the web app: header, navigation by role, flash message, local CSS only. */
import type { FastifyRequest } from "fastify";
import { briefNameOf, type Organisation } from "../../core/organisation.js";
import type { StaffSession } from "../../inbox/staff-accounts.js";
import { ROLE_LABELS } from "../../inbox/staff-accounts.js";
import { formKeyField } from "./form-key-field.js";
import { html, type Html, type HtmlValue } from "./html.js";

export interface PageOptions {
  readonly title: string;
  /** Named in the header and the footer. */
  readonly organisation: Organisation;
  readonly session?: StaffSession;
  /** The navigation entry to highlight. */
  readonly active?: "inbox" | "dashboard" | "questions" | "templates" | "accounts" | "units" | "areas" | "topics" | "holidays" | "open311-keys" | "chat" | "reading" | "lookup" | "results";
  /** A one-line notice at the top (after an action). */
  readonly flash?: { readonly kind: "ok" | "error"; readonly text: string };
  readonly body: HtmlValue;
  /** Scripts of ours to load (from /assets). */
  readonly scripts?: readonly string[];
  /** A class on `<body>` for a page laid out on its own (the chat fills the screen). */
  readonly bodyClass?: string;
}

/** `commission`: about the commission's own work, not shown to a unit's account (see report-scope.ts). */
const NAV: ReadonlyArray<{ key: NonNullable<PageOptions["active"]>; href: string; label: string; admin?: boolean; commission?: boolean }> = [
  { key: "inbox", href: "/inbox", label: "Hộp thư phản ánh" },
  { key: "dashboard", href: "/dashboard", label: "Thống kê" },
  { key: "questions", href: "/questions", label: "Câu hỏi của cán bộ", commission: true },
  { key: "templates", href: "/reply-templates", label: "Mẫu trả lời", admin: true },
  { key: "accounts", href: "/accounts", label: "Tài khoản", admin: true },
  { key: "units", href: "/units", label: "Đơn vị xử lý", admin: true },
  { key: "areas", href: "/areas", label: "Địa bàn", admin: true },
  { key: "topics", href: "/topics", label: "Lĩnh vực", admin: true },
  { key: "holidays", href: "/holidays", label: "Ngày nghỉ", admin: true },
  { key: "open311-keys", href: "/open311-keys", label: "Khóa API Open311", admin: true },
];

export function page(options: PageOptions): string {
  const { session } = options;
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Trợ lý Dân vận</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ""}>
<header class="top">
  <a class="brand" href="${session ? "/inbox" : "/"}"><span class="emblem" aria-hidden="true">★</span><span><strong>Trợ lý Dân vận</strong><small>${briefNameOf(options.organisation)}</small></span></a>
  ${session ? navigation(session, options.active) : publicNavigation(options.active)}
</header>
<main class="content">
${options.flash ? html`<p class="flash ${options.flash.kind}" role="status">${options.flash.text}</p>` : ""}
${options.body}
</main>
<footer class="foot">Trợ lý Dân vận · dữ liệu lưu trên máy chủ của ${briefNameOf(options.organisation)} · không dùng dịch vụ bên ngoài</footer>
${(options.scripts ?? []).map((script) => html`<script src="/assets/${script}" defer></script>`)}
</body>
</html>`.value;
}

const PUBLIC_NAV: ReadonlyArray<{ key: NonNullable<PageOptions["active"]>; href: string; label: string }> = [
  { key: "chat", href: "/", label: "Hỏi đáp & gửi phản ánh" },
  { key: "reading", href: "/nghi-quyet", label: "Toàn văn Nghị quyết" },
  { key: "lookup", href: "/tra-cuu", label: "Tra cứu phản ánh" },
  { key: "results", href: "/ket-qua", label: "Kết quả giải quyết" },
];

function publicNavigation(active: PageOptions["active"]): Html {
  return html`<nav class="nav">${PUBLIC_NAV.map((item) => html`<a href="${item.href}" class="${item.key === active ? "active" : ""}"${item.key === active ? html` aria-current="page"` : ""}>${item.label}</a>`)}<a href="/login">Cán bộ đăng nhập</a></nav>`;
}

function navigation(session: StaffSession, active: PageOptions["active"]): Html {
  const items = NAV.filter((item) => (!item.admin || session.user.role === "admin") && !(item.commission && session.user.unit));
  return html`<nav class="nav">
    ${items.map((item) => html`<a href="${item.href}" class="${item.key === active ? "active" : ""}">${item.label}</a>`)}
    <span class="who">${session.user.displayName} · ${ROLE_LABELS[session.user.role]}${session.user.unit ? ` · ${session.user.unit.name}` : ""} · <a href="/account/security">Bảo mật tài khoản</a></span>
    <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${session.csrfToken}"><button class="link">Đăng xuất</button></form>
  </nav>`;
}

/** Who a page is shown to: the request's signed-in staff member, if any, and the organisation it names. */
export type Viewer = Pick<FastifyRequest, "staff" | "organisation">;

/** A short page with a message and a way on (errors, "not allowed", "done"), for `viewer`. */
export function messagePage(title: string, text: string, next: string, viewer: Viewer): string {
  const session = viewer.staff;
  return page({ title, organisation: viewer.organisation, ...(session ? { session } : {}), body: html`<section class="card narrow"><h1>${title}</h1><p>${text}</p><p><a class="button" href="${next}">Tiếp tục</a></p></section>` });
}

/** The hidden fields every staff form carries: the session's CSRF token and a one-time key. */
export function csrfField(session: StaffSession): Html {
  return html`<input type="hidden" name="_csrf" value="${session.csrfToken}">${formKeyField(session)}`;
}
