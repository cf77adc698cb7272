/**
 * Lists the staff maintain as data files in `knowledge/`: the areas people choose from, the units
 * reports go to, the holidays deadlines skip and the deadlines per topic. Read once at start; a
 * broken file stops the start with a message naming it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { KnowledgeSourceError } from "../core/errors.js";
import { fold } from "../core/text.js";
import { DEADLINE_DAYS, TOPICS, URGENT_DEADLINE_DAYS, type Topic } from "./taxonomy.js";

const AreasSchema = z.object({ areas: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })).min(1) });
const UnitsSchema = z.object({ units: z.array(z.object({ code: z.string().regex(/^[a-z0-9-]{1,20}$/), name: z.string().min(1) })).min(1) });
const HolidaysSchema = z.object({ holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)) });
const DeadlinesSchema = z.object({
  workingDays: z.partialRecord(z.enum(TOPICS), z.number().int().min(1).max(365)),
  urgentHours: z.number().int().min(1).max(240),
});

export interface Area {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface UnitInfo {
  readonly code: string;
  readonly name: string;
}

/** Processing time per topic in working days, and for urgent reports in hours. */
export interface Deadlines {
  readonly workingDays: Readonly<Record<Topic, number>>;
  readonly urgentHours: number;
}

export interface ReferenceData {
  readonly areas: readonly Area[];
  readonly units: readonly UnitInfo[];
  /** ISO dates (YYYY-MM-DD) that are not working days. */
  readonly holidays: ReadonlySet<string>;
  readonly deadlines: Deadlines;
}

export function loadReferenceData(knowledgeDir: string): ReferenceData {
  return {
    areas: read(knowledgeDir, "areas.json", AreasSchema).areas,
    units: read(knowledgeDir, "units.json", UnitsSchema).units,
    holidays: new Set(existsSync(join(knowledgeDir, "holidays.json")) ? read(knowledgeDir, "holidays.json", HolidaysSchema).holidays : []),
    deadlines: loadDeadlines(knowledgeDir),
  };
}

/** `deadlines.json`, topics it leaves out taking the defaults of src/feedback/taxonomy.ts. */
function loadDeadlines(knowledgeDir: string): Deadlines {
  const file = existsSync(join(knowledgeDir, "deadlines.json")) ? read(knowledgeDir, "deadlines.json", DeadlinesSchema) : undefined;
  return {
    workingDays: { ...DEADLINE_DAYS, ...file?.workingDays },
    urgentHours: file?.urgentHours ?? URGENT_DEADLINE_DAYS * 24,
  };
}

function read<T extends z.ZodType>(dir: string, name: string, schema: T): z.infer<T> {
  const path = join(dir, name);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new KnowledgeSourceError(`${path} is missing or not valid JSON: restore it from git or fix it`, { cause: error });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KnowledgeSourceError(`${path}: ${issue?.path.join(".") || "(root)"} ${issue?.message ?? "is invalid"}`);
  }
  return result.data;
}

/** The area a text names ("ở thôn 4 xã Tam Ngọc, Tam Kỳ" → "Thành phố Tam Kỳ"), with or without diacritics. */
export function findArea(text: string, areas: readonly Area[]): Area | undefined {
  const haystack = ` ${fold(text).replace(/[^a-z0-9]+/g, " ")} `;
  let best: { area: Area; length: number } | undefined;
  for (const area of areas) {
    for (const name of [area.name, ...area.aliases]) {
      const needle = ` ${fold(name).replace(/[^a-z0-9]+/g, " ").trim()} `;
      if (haystack.includes(needle) && (!best || needle.length > best.length)) best = { area, length: needle.length };
    }
  }
  return best?.area;
}
