/**
 * The lists admins keep on the web: areas with the names people type for them, holidays, and for each
 * topic its label, deadline, the unit suggested for its reports and cue words. The shipped lists (`knowledge/`) fill empty tables on a first start; from
 * then on the database is the list, and `load` gives it to the feedback flow and the deadlines as
 * plain data (src/feedback/live-reference.ts).
 */
import type { EditableLists } from "../feedback/live-reference.js";
import type { Area, ReferenceData } from "../feedback/reference-data.js";
import { TOPICS, type Topic } from "../feedback/taxonomy.js";
import { isUniqueViolation, type Database } from "./database.js";
import { searchTextOf } from "./reports.js";

/** An area as the editor shows it: its id and how many reports are filed under it. */
export interface AreaListing extends Area {
  readonly id: number;
  readonly reports: number;
}

/** What an admin sets on an area. */
export interface AreaInput {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** What admins set for a topic. */
export interface TopicSettingInput {
  /** The name people read; null for the built-in label. */
  readonly label: string | null;
  readonly workingDays: number;
  /** The code of the unit suggested for its reports; null for the built-in suggestion. */
  readonly unitCode: string | null;
  readonly cues: readonly string[];
}

export interface TopicSettingRow extends TopicSettingInput {
  readonly topic: Topic;
}

/** A non-working day besides weekends. */
export interface HolidayRow {
  readonly date: string;
  readonly name: string;
}

/** Why an area was not saved or deleted. */
export type AreaRefusal = { readonly reason: "unknown" } | { readonly reason: "name-taken" } | { readonly reason: "in-use"; readonly count: number };

export type AreaResult = { readonly ok: true; readonly area: Area } | ({ readonly ok: false } & AreaRefusal);

/** Lists of names are stored one a line. */
const joinAliases = (names: readonly string[]) => names.join("\n");
const splitAliases = (text: string) => text.split("\n").filter(Boolean);

export class ReferenceLists {
  constructor(private readonly db: Database) {}

  /** Fills each empty table from the shipped lists (a first start); a table with rows is left as admins keep it. */
  async seed(shipped: ReferenceData): Promise<void> {
    await this.db.$transaction(async (tx) => {
      if ((await tx.area.count()) === 0) {
        await tx.area.createMany({ data: shipped.areas.map((area, position) => ({ name: area.name, aliases: joinAliases(area.aliases), position })) });
      }
      if ((await tx.holiday.count()) === 0) {
        await tx.holiday.createMany({ data: [...shipped.holidays].map((date) => ({ date })) });
      }
      if ((await tx.topicSetting.count()) === 0) {
        await tx.topicSetting.createMany({ data: TOPICS.map((topic) => ({ topic, workingDays: shipped.deadlines.workingDays[topic] })) });
      }
    });
  }

  /**
   * The lists as stored. Deadlines the table lacks (a topic added later) and the urgent hours come
   * from `shipped`; a suggested unit that was deactivated or deleted falls back to the built-in one.
   */
  async load(shipped: ReferenceData): Promise<EditableLists> {
    const [areas, holidays, settings, units] = await Promise.all([
      this.db.area.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
      this.db.holiday.findMany({ select: { date: true } }),
      this.topicSettings(),
      this.db.unit.findMany({ where: { active: true }, select: { code: true, name: true } }),
    ]);
    const unitName = new Map(units.map((unit) => [unit.code, unit.name]));
    const workingDays = { ...shipped.deadlines.workingDays };
    const topicCues: Partial<Record<Topic, readonly string[]>> = {};
    const topicUnits: Partial<Record<Topic, string>> = {};
    const topicLabels: Partial<Record<Topic, string>> = {};
    for (const row of settings) {
      workingDays[row.topic] = row.workingDays;
      if (row.label !== null) topicLabels[row.topic] = row.label;
      if (row.cues.length) topicCues[row.topic] = row.cues;
      const unit = row.unitCode === null ? undefined : unitName.get(row.unitCode);
      if (unit) topicUnits[row.topic] = unit;
    }
    return {
      areas: areas.map((row) => ({ name: row.name, aliases: splitAliases(row.aliases) })),
      holidays: new Set(holidays.map((row) => row.date)),
      deadlines: { workingDays, urgentHours: shipped.deadlines.urgentHours },
      topicCues,
      topicUnits,
      topicLabels,
    };
  }

  /** The stored settings of the topics this version knows, in the taxonomy's order. */
  async topicSettings(): Promise<TopicSettingRow[]> {
    const rows = new Map((await this.db.topicSetting.findMany()).map((row) => [row.topic, row]));
    return TOPICS.flatMap((topic) => {
      const row = rows.get(topic);
      return row ? [{ topic, label: row.label, workingDays: row.workingDays, unitCode: row.unitCode, cues: splitAliases(row.cues) }] : [];
    });
  }

  /** Every area in list order, with the number of reports filed under it. */
  async areas(): Promise<AreaListing[]> {
    const [rows, used] = await Promise.all([
      this.db.area.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
      this.db.report.groupBy({ by: ["area"], where: { area: { not: null } }, _count: { _all: true } }),
    ]);
    const count = new Map(used.map((row) => [row.area, row._count._all]));
    return rows.map((row) => ({ id: row.id, name: row.name, aliases: splitAliases(row.aliases), reports: count.get(row.name) ?? 0 }));
  }

  async area(id: number): Promise<AreaListing | undefined> {
    const row = await this.db.area.findUnique({ where: { id } });
    return row ? { id: row.id, name: row.name, aliases: splitAliases(row.aliases), reports: await this.db.report.count({ where: { area: row.name } }) } : undefined;
  }

  /** Adds an area at the end of the list. */
  async addArea(input: AreaInput): Promise<AreaResult> {
    try {
      const last = await this.db.area.aggregate({ _max: { position: true } });
      await this.db.area.create({ data: { name: input.name, aliases: joinAliases(input.aliases), position: (last._max.position ?? -1) + 1 } });
      return { ok: true, area: input };
    } catch (error) {
      if (isUniqueViolation(error)) return { ok: false, reason: "name-taken" };
      throw error;
    }
  }

  /**
   * Renames an area and sets its other names. Reports filed under the old name move to the new one
   * (and are found by it) in the same transaction, and the old name stays a name people type for it.
   */
  async updateArea(id: number, input: AreaInput): Promise<AreaResult> {
    try {
      return await this.db.$transaction(async (tx) => {
        const row = await tx.area.findUnique({ where: { id } });
        if (!row) return { ok: false, reason: "unknown" } as const;
        const aliases = row.name === input.name || input.aliases.includes(row.name) ? input.aliases : [...input.aliases, row.name];
        await tx.area.update({ where: { id }, data: { name: input.name, aliases: joinAliases(aliases) } });
        if (row.name !== input.name) {
          // One by one: the search text holds the area too.
          for (const report of await tx.report.findMany({ where: { area: row.name }, select: { id: true, code: true, description: true } })) {
            await tx.report.update({ where: { id: report.id }, data: { area: input.name, searchText: searchTextOf(report.code, input.name, report.description) } });
          }
        }
        return { ok: true, area: { name: input.name, aliases } } as const;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { ok: false, reason: "name-taken" };
      throw error;
    }
  }

  /** Deletes an area no report is filed under; one in use is refused with the number of its reports. */
  async removeArea(id: number): Promise<AreaResult> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.area.findUnique({ where: { id } });
      if (!row) return { ok: false, reason: "unknown" } as const;
      const count = await tx.report.count({ where: { area: row.name } });
      if (count) return { ok: false, reason: "in-use", count } as const;
      await tx.area.delete({ where: { id } });
      return { ok: true, area: { name: row.name, aliases: splitAliases(row.aliases) } } as const;
    });
  }

  /** Holidays, earliest first. */
  async holidays(): Promise<HolidayRow[]> {
    return this.db.holiday.findMany({ orderBy: { date: "asc" }, select: { date: true, name: true } });
  }

  /** Adds a holiday, or renames it when the date is there already. */
  async putHoliday(holiday: HolidayRow): Promise<void> {
    await this.db.holiday.upsert({ where: { date: holiday.date }, create: holiday, update: { name: holiday.name } });
  }

  /** Removes a holiday; false when it was not listed. */
  async removeHoliday(date: string): Promise<boolean> {
    const { count } = await this.db.holiday.deleteMany({ where: { date } });
    return count > 0;
  }

  /** Sets a topic's label and what its reports filed from now on get: deadline, suggested unit, cue words. */
  async setTopic(topic: Topic, input: TopicSettingInput): Promise<void> {
    const data = { label: input.label, workingDays: input.workingDays, unitCode: input.unitCode, cues: joinAliases(input.cues) };
    await this.db.topicSetting.upsert({ where: { topic }, create: { topic, ...data }, update: data });
  }
}
