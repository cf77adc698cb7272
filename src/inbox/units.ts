/** The units reports can be assigned to, kept in step with `knowledge/units.json` at start. */
import type { UnitInfo } from "../feedback/reference-data.js";
import type { Database } from "./database.js";

export interface UnitRow {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

export class Units {
  constructor(private readonly db: Database) {}

  /** Adds and renames units from the list; units no longer listed are deactivated, not deleted (reports keep them). */
  async sync(units: readonly UnitInfo[]): Promise<void> {
    await this.db.$transaction(async (tx) => {
      for (const unit of units) {
        await tx.unit.upsert({ where: { code: unit.code }, create: { code: unit.code, name: unit.name }, update: { name: unit.name, active: true } });
      }
      await tx.unit.updateMany({ where: { code: { notIn: units.map((unit) => unit.code) } }, data: { active: false } });
    });
  }

  async active(): Promise<UnitRow[]> {
    return this.db.unit.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, code: true, name: true } });
  }

  async byCode(code: string): Promise<UnitRow | undefined> {
    return (await this.db.unit.findFirst({ where: { code, active: true }, select: { id: true, code: true, name: true } })) ?? undefined;
  }
}
