/** The audit trail of staff actions that are not about one report (those are ReportEvents). */
import type { Database } from "./database.js";

export type AuditAction = "login" | "login_failed" | "logout" | "account_created" | "account_updated" | "password_changed" | "password_reset" | "export" | "curated_answer" | "reply_template_created" | "reply_template_updated" | "reply_template_deleted";

/** What staff read for each action in the audit trail. */
export const AUDIT_LABELS: Readonly<Record<AuditAction, string>> = {
  login: "Đăng nhập",
  login_failed: "Đăng nhập sai",
  logout: "Đăng xuất",
  account_created: "Tạo tài khoản",
  account_updated: "Sửa tài khoản",
  password_changed: "Đổi mật khẩu",
  password_reset: "Đặt lại mật khẩu cho tài khoản khác",
  export: "Xuất danh sách phản ánh (CSV)",
  curated_answer: "Câu trả lời soạn sẵn",
  reply_template_created: "Thêm mẫu trả lời",
  reply_template_updated: "Sửa mẫu trả lời",
  reply_template_deleted: "Xóa mẫu trả lời",
};

/** The Vietnamese label of a stored action; an action this version does not know stays as stored. */
export function auditLabel(action: string): string {
  return Object.hasOwn(AUDIT_LABELS, action) ? AUDIT_LABELS[action as AuditAction] : action;
}

export interface AuditActor {
  readonly id: number;
  readonly name: string;
}

export class AuditLog {
  constructor(private readonly db: Database) {}

  async record(actor: AuditActor | undefined, action: AuditAction, detail?: string): Promise<void> {
    await this.db.auditEntry.create({ data: { actorId: actor?.id ?? null, actorName: actor?.name ?? null, action, detail: detail ?? null } });
  }

  async recent(limit = 100) {
    return this.db.auditEntry.findMany({ orderBy: { id: "desc" }, take: limit });
  }
}
