/**
 * The lists staff edit on the web (areas, holidays, and per topic its label, deadline, suggested unit
 * and cue words) as the feedback flow, the classifier and the deadlines read them: the inbox loads them from
 * the database and puts them here after each change, so a change takes effect at the next message
 * without a restart. Plain data, no database here.
 */
import type { StaffCues } from "./classifier.js";
import type { Area, Deadlines, ReferenceData, UnitInfo } from "./reference-data.js";
import type { Topic } from "./taxonomy.js";

/** The editable part of the reference data. */
export interface EditableLists {
  readonly areas: readonly Area[];
  readonly holidays: ReadonlySet<string>;
  readonly deadlines: Deadlines;
  readonly topicCues: StaffCues;
  readonly topicUnits: Readonly<Partial<Record<Topic, string>>>;
  readonly topicLabels: Readonly<Partial<Record<Topic, string>>>;
}

/** Reference data whose editable lists can be replaced while the program runs. */
export class LiveReference implements ReferenceData {
  private lists: EditableLists;

  /** Starts from the shipped lists (`knowledge/`), used until the database's are put in. */
  constructor(private readonly shipped: ReferenceData) {
    this.lists = { ...shipped, topicCues: {}, topicUnits: {}, topicLabels: {} };
  }

  get areas(): readonly Area[] {
    return this.lists.areas;
  }

  get holidays(): ReadonlySet<string> {
    return this.lists.holidays;
  }

  get deadlines(): Deadlines {
    return this.lists.deadlines;
  }

  get topicCues(): StaffCues {
    return this.lists.topicCues;
  }

  get topicUnits(): Readonly<Partial<Record<Topic, string>>> {
    return this.lists.topicUnits;
  }

  get topicLabels(): Readonly<Partial<Record<Topic, string>>> {
    return this.lists.topicLabels;
  }

  get units(): readonly UnitInfo[] {
    return this.shipped.units;
  }

  get suggestedUnits(): Readonly<Record<Topic, string>> {
    return this.shipped.suggestedUnits;
  }

  /** The lists as shipped, which fill an empty database. */
  get seed(): ReferenceData {
    return this.shipped;
  }

  /** Puts in the lists as they are now stored. */
  replace(lists: EditableLists): void {
    this.lists = lists;
  }
}
