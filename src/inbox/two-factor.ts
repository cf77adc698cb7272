/**
 * The stored side of staff two-factor sign-in: each account's TOTP secret (sealed by the caller,
 * see core/totp.ts), the secret of an enrolment not yet confirmed, and the time step of the last
 * code accepted. Spending a step is one conditional update, so a code sent twice at once is still
 * accepted once.
 */
import type { Database } from "./database.js";

/** An account's confirmed secret (sealed) and the step of its last accepted code. */
export interface TwoFactorSecret {
  readonly sealedSecret: string;
  readonly lastStep: number | null;
}

export class TwoFactorAccounts {
  constructor(private readonly db: Database) {}

  /** Keeps a new sealed secret for the account to confirm (replacing an unconfirmed one). */
  async beginEnrolment(userId: number, sealedSecret: string): Promise<void> {
    await this.db.staffUser.update({ where: { id: userId }, data: { totpPendingSecret: sealedSecret } });
  }

  /** The sealed secret of the account's enrolment waiting for a code; undefined when none. */
  async pendingSecret(userId: number): Promise<string | undefined> {
    const row = await this.db.staffUser.findUnique({ where: { id: userId }, select: { totpPendingSecret: true } });
    return row?.totpPendingSecret ?? undefined;
  }

  /**
   * Turns the pending secret on, with `step` (the confirming code's) as its last accepted step.
   * False when there was no pending secret (confirmed already, in another tab).
   */
  async confirmEnrolment(userId: number, step: number, now = new Date()): Promise<boolean> {
    const pending = await this.pendingSecret(userId);
    if (!pending) return false;
    const { count } = await this.db.staffUser.updateMany({
      where: { id: userId, totpPendingSecret: pending },
      data: { totpSecret: pending, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    return count === 1;
  }

  /** The account's confirmed secret; undefined when it has none or is disabled. */
  async secret(userId: number): Promise<TwoFactorSecret | undefined> {
    const row = await this.db.staffUser.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true, disabledAt: true } });
    return row?.totpSecret && !row.disabledAt ? { sealedSecret: row.totpSecret, lastStep: row.totpLastStep } : undefined;
  }

  /** Records `step` as accepted; false when it (or a later one) was accepted already: a replayed code. */
  async spendStep(userId: number, step: number): Promise<boolean> {
    const { count } = await this.db.staffUser.updateMany({
      where: { id: userId, totpSecret: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1;
  }

  /** Turns two-factor sign-in off for the account (its own choice, or an admin's reset); false when there is no such account. */
  async remove(userId: number): Promise<boolean> {
    const { count } = await this.db.staffUser.updateMany({ where: { id: userId }, data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } });
    return count === 1;
  }
}
