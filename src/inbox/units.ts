/**
 * The units reports can be assigned to. `knowledge/<UNITS_FILE>` seeds an empty table on a first
 * start; from then on the database is the list, kept by admins on the web (/units): a restart adds,
 * renames or deactivates nothing, so an admin's edit stays.
 */
import type { UnitInfo } from "../feedback/reference-data.js";
import { isUniqueViolation, type Database } from "./database.js";
import { OPEN_STATUSES } from "./report-queries.js";

export interface UnitRow {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  /** The unit's Telegram group, which receives the cards of the reports assigned to it. */
  readonly telegramChatId: string | null;
}

/** A unit as the list editor shows it: whether it is in use, and by what. */
export interface UnitListing extends UnitRow {
  readonly active: boolean;
  readonly openReports: number;
  readonly reports: number;
  readonly accounts: number;
}

/** What an admin sets on a unit. */
export interface UnitInput {
  readonly name: string;
  readonly telegramChatId: string | null;
}

/** Why a unit was not deleted: reports still being worked on, reports in its history, or accounts of the unit. */
export type UnitRemoval = { readonly ok: true; readonly unit: UnitRow } | { readonly ok: false; readonly reason: "unknown" } | { readonly ok: false; readonly reason: "open-reports" | "reports" | "accounts"; readonly count: number };

const ROW = { id: true, code: true, name: true, telegramChatId: true } as const;

export class Units {
  constructor(private readonly db: Database) {}

  /** Fills an empty table from the list (a first start); a table with units is left as admins keep it. @returns how many were added */
  async seed(units: readonly UnitInfo[]): Promise<number> {
    return this.db.$transaction(async (tx) => {
      if ((await tx.unit.count()) > 0) return 0;
      await tx.unit.createMany({ data: units.map((unit) => ({ code: unit.code, name: unit.name })) });
      return units.length;
    });
  }

  async active(): Promise<UnitRow[]> {
    return this.db.unit.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: ROW });
  }

  async byCode(code: string): Promise<UnitRow | undefined> {
    return (await this.db.unit.findFirst({ where: { code, active: true }, select: ROW })) ?? undefined;
  }

  /** Every unit, active or not, with what uses it (the list editor). */
  async listing(): Promise<UnitListing[]> {
    const [units, open] = await Promise.all([
      this.db.unit.findMany({ orderBy: { id: "asc" }, select: { ...ROW, active: true, _count: { select: { reports: true, staff: true } } } }),
      this.db.report.groupBy({ by: ["unitId"], where: { status: { in: [...OPEN_STATUSES] }, unitId: { not: null } }, _count: { _all: true } }),
    ]);
    const openOf = new Map(open.map((row) => [row.unitId, row._count._all]));
    return units.map(({ _count, ...unit }) => ({ ...unit, openReports: openOf.get(unit.id) ?? 0, reports: _count.reports, accounts: _count.staff }));
  }

  /** Adds a unit; undefined when the code is taken. */
  async add(code: string, input: UnitInput): Promise<UnitRow | undefined> {
    try {
      return await this.db.unit.create({ data: { code, name: input.name, telegramChatId: input.telegramChatId }, select: ROW });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /** Renames a unit and sets or clears its group; undefined for an unknown unit. */
  async update(id: number, input: UnitInput): Promise<UnitRow | undefined> {
    const { count } = await this.db.unit.updateMany({ where: { id }, data: { name: input.name, telegramChatId: input.telegramChatId } });
    return count ? this.byId(id) : undefined;
  }

  /** Deactivates a unit (it is no longer offered; its reports and accounts keep it) or activates it again. */
  async setActive(id: number, active: boolean): Promise<UnitRow | undefined> {
    const { count } = await this.db.unit.updateMany({ where: { id }, data: { active } });
    return count ? this.byId(id) : undefined;
  }

  /**
   * Deletes a unit no report and no account refers to. One with reports still being worked on is
   * refused first (they must go to another unit); one with finished reports only should be
   * deactivated instead, so that the history keeps its name.
   */
  async remove(id: number): Promise<UnitRemoval> {
    return this.db.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id }, select: ROW });
      if (!unit) return { ok: false, reason: "unknown" };
      const open = await tx.report.count({ where: { unitId: id, status: { in: [...OPEN_STATUSES] } } });
      if (open) return { ok: false, reason: "open-reports", count: open };
      const reports = await tx.report.count({ where: { unitId: id } });
      if (reports) return { ok: false, reason: "reports", count: reports };
      const accounts = await tx.staffUser.count({ where: { unitId: id } });
      if (accounts) return { ok: false, reason: "accounts", count: accounts };
      await tx.unit.delete({ where: { id } });
      return { ok: true, unit };
    });
  }

  private async byId(id: number): Promise<UnitRow | undefined> {
    return (await this.db.unit.findUnique({ where: { id }, select: ROW })) ?? undefined;
  }
}
