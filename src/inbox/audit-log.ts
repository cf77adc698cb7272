/** The audit trail of staff actions that are not about one report (those are ReportEvents). */
import type { Database } from "./database.js";

export type AuditAction = "login" | "login_failed" | "logout" | "account_created" | "account_updated" | "password_changed" | "export" | "curated_answer";

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
