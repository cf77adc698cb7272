/**
 * Lists the staff maintain, as shipped in `knowledge/`: the areas people choose from, the units
 * reports go to, the holidays deadlines skip and the deadlines per topic. Read once at start; a
 * broken file stops the start with a message naming it. The areas, holidays and deadlines fill the
 * database the first time; from then on staff edit them there (src/feedback/live-reference.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { KnowledgeSourceError } from "../core/errors.js";
import { fold, hasDiacritics } from "../core/text.js";
import type { StaffCues } from "./classifier.js";
import { DEADLINE_DAYS, isTopic, TOPIC_LABELS, TOPICS, URGENT_DEADLINE_DAYS, type Topic } from "./taxonomy.js";

const AreasSchema = z.object({ areas: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })).min(1) });
const UnitsSchema = z
  .object({
    units: z.array(z.object({ code: z.string().regex(/^[a-z0-9-]{1,20}$/), name: z.string().min(1) })).min(1),
    /** Per topic, the code of the unit its reports are suggested for. */
    suggested: z.record(z.enum(TOPICS), z.string()),
  })
  .superRefine((file, context) => {
    const codes = new Set(file.units.map((unit) => unit.code));
    for (const [topic, code] of Object.entries(file.suggested)) {
      if (!codes.has(code)) context.addIssue({ code: "custom", path: ["suggested", topic], message: `names the unit "${code}", which is not in "units"` });
    }
  });
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
  /** Per topic, the name of the unit of the shipped list its reports are suggested for. */
  readonly suggestedUnits: Readonly<Record<Topic, string>>;
  /** ISO dates (YYYY-MM-DD) that are not working days. */
  readonly holidays: ReadonlySet<string>;
  readonly deadlines: Deadlines;
  /** Cue words admins added per topic (none in the shipped files). */
  readonly topicCues?: StaffCues;
  /** The unit admins chose to suggest for a topic's reports, by name (none in the shipped files). */
  readonly topicUnits?: Readonly<Partial<Record<Topic, string>>>;
  /** The names admins gave topics, read instead of the built-in labels (none in the shipped files). */
  readonly topicLabels?: Readonly<Partial<Record<Topic, string>>>;
}

/** The unit suggested for a report on `topic`: the one admins chose, else the shipped list's suggestion. */
export function suggestedUnitOf(topic: Topic, reference: Pick<ReferenceData, "topicUnits" | "suggestedUnits">): string {
  return reference.topicUnits?.[topic] ?? reference.suggestedUnits[topic];
}

/**
 * What a topic is called wherever a person reads it (pages, exports, messages): the name admins gave
 * it, else the built-in label. A stored value that is no topic of this version is shown as it is.
 */
export function topicLabelOf(topic: string, reference: Pick<ReferenceData, "topicLabels">): string {
  return isTopic(topic) ? (reference.topicLabels?.[topic] ?? TOPIC_LABELS[topic]) : topic;
}

/** The area list used unless AREAS_FILE names another: the structure in force since 1 July 2025. */
export const DEFAULT_AREAS_FILE = "areas-2025.json";
/** The unit list used unless UNITS_FILE names another: the bodies in force since 2025. */
export const DEFAULT_UNITS_FILE = "units-2025.json";

/**
 * The lists in `knowledgeDir`: the areas from `files.areas` (`areas-2025.json` or `areas-2023.json`),
 * the units and the unit suggested per topic from `files.units` (`units-2025.json` or `units-2023.json`).
 */
export function loadReferenceData(knowledgeDir: string, files: { areas?: string; units?: string } = {}): ReferenceData {
  const units = read(knowledgeDir, files.units ?? DEFAULT_UNITS_FILE, UnitsSchema);
  const nameOf = new Map(units.units.map((unit) => [unit.code, unit.name]));
  return {
    areas: read(knowledgeDir, files.areas ?? DEFAULT_AREAS_FILE, AreasSchema).areas,
    units: units.units,
    suggestedUnits: Object.fromEntries(TOPICS.map((topic) => [topic, nameOf.get(units.suggested[topic])!])) as Record<Topic, string>,
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

/**
 * The area a text names, with or without diacritics. A ward or commune wins over a district named
 * too ("xã Tiên Lãnh, huyện Tiên Phước" → "Xã Lãnh Ngọc": districts are gone since 2025, their names
 * lead to one unit of many), then the longest name ("thôn 4 xã Tam Ngọc, Tam Kỳ" → "Phường Hương
 * Trà"). Names of different areas that are the same without diacritics ("Tam Thanh", "Tam Thạnh",
 * "Tam Thành") count only in a text typed with diacritics, as written there.
 */
export function findArea(text: string, areas: readonly Area[]): Area | undefined {
  const haystack = ` ${folded(text)} `;
  const written = hasDiacritics(text) ? ` ${spaced(text)} ` : undefined;
  let best: { area: Area; rank: number } | undefined;
  for (const name of namesOf(areas)) {
    const at = haystack.indexOf(name.needle);
    if (at < 0 || (name.shared && !written?.includes(name.written))) continue;
    const rank = (DISTRICT_BEFORE.test(haystack.slice(0, at + 1)) ? 0 : 1000) + name.rank;
    if (!best || rank > best.rank) best = { area: name.area, rank };
  }
  return best?.area;
}

/** A name of an area, prepared once per list (folding every name on every message cost ~1 ms). */
interface PreparedName {
  readonly area: Area;
  /** Folded, between spaces. */
  readonly needle: string;
  /** As written (lower case), between spaces: what must match when `shared`. */
  readonly written: string;
  /** The same when folded as a name of another area ("Tam Thanh", "Tam Thạnh"). */
  readonly shared: boolean;
  /** Its length without "xã", "phường"…: "Hòa Khánh Bắc" is more precise than "Phường Hòa Khánh". */
  readonly rank: number;
}

/** A district-level word just before a name (folded): "huyện", "quận", "thị xã", "thành phố", "tp". */
const DISTRICT_BEFORE = / (huyen|quan|thi xa|thanh pho|tp) $/;
/** The kind of unit a name may start with (folded). */
const UNIT_KIND = /^ (phuong|xa|thi tran|dac khu|huyen|quan|thi xa|thanh pho) /;
const folded = (text: string) => fold(text).replace(/[^a-z0-9]+/g, " ").trim();
const spaced = (text: string) => text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Per area list (lists are replaced, not changed, when staff edit them): its names, prepared. */
const preparedNames = new WeakMap<readonly Area[], readonly PreparedName[]>();

function namesOf(areas: readonly Area[]): readonly PreparedName[] {
  const known = preparedNames.get(areas);
  if (known) return known;
  const owner = new Map<string, Area>();
  const shared = new Set<string>();
  const names = areas.flatMap((area) =>
    [area.name, ...area.aliases].map((name) => {
      const needle = ` ${folded(name)} `;
      if (owner.has(needle) && owner.get(needle) !== area) shared.add(needle);
      owner.set(needle, area);
      const core = needle.replace(UNIT_KIND, " ");
      return { area, needle, written: ` ${spaced(name)} `, rank: 2 * core.length + (core === needle ? 0 : 1) };
    }),
  );
  const prepared = names.map((name) => ({ ...name, shared: shared.has(name.needle) }));
  preparedNames.set(areas, prepared);
  return prepared;
}
