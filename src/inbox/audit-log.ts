/** The audit trail of staff actions that are not about one report (those are ReportEvents). */
import type { Database } from "./database.js";

export type AuditAction = "login" | "login_failed" | "logout" | "account_created" | "account_updated" | "password_changed" | "password_reset" | "two_factor_enabled" | "two_factor_disabled" | "two_factor_reset" | "two_factor_failed" | "two_factor_policy" | "export" | "curated_answer" | "reply_template_created" | "reply_template_updated" | "reply_template_deleted" | "open311_key_created" | "open311_key_revoked" | "unit_created" | "unit_updated" | "unit_deleted" | "area_created" | "area_updated" | "area_deleted" | "holiday_added" | "holiday_removed" | "topic_updated";

/** What staff read for each action in the audit trail. */
export const AUDIT_LABELS: Readonly<Record<AuditAction, string>> = {
  login: "Đăng nhập",
  login_failed: "Đăng nhập sai",
  logout: "Đăng xuất",
  account_created: "Tạo tài khoản",
  account_updated: "Sửa tài khoản",
  password_changed: "Đổi mật khẩu",
  password_reset: "Đặt lại mật khẩu cho tài khoản khác",
  two_factor_enabled: "Bật xác thực hai bước",
  two_factor_disabled: "Tắt xác thực hai bước",
  two_factor_reset: "Đặt lại xác thực hai bước cho tài khoản khác",
  two_factor_failed: "Nhập sai mã xác thực hai bước",
  two_factor_policy: "Đổi yêu cầu xác thực hai bước",
  export: "Xuất danh sách phản ánh (CSV)",
  curated_answer: "Câu trả lời soạn sẵn",
  reply_template_created: "Thêm mẫu trả lời",
  reply_template_updated: "Sửa mẫu trả lời",
  reply_template_deleted: "Xóa mẫu trả lời",
  open311_key_created: "Cấp khóa API Open311",
  open311_key_revoked: "Thu hồi khóa API Open311",
  unit_created: "Thêm đơn vị xử lý",
  unit_updated: "Sửa đơn vị xử lý",
  unit_deleted: "Xóa đơn vị xử lý",
  area_created: "Thêm địa bàn",
  area_updated: "Sửa địa bàn",
  area_deleted: "Xóa địa bàn",
  holiday_added: "Thêm ngày nghỉ",
  holiday_removed: "Bỏ ngày nghỉ",
  topic_updated: "Sửa lĩnh vực (tên, thời hạn, đơn vị đề xuất, từ gợi ý)",
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
