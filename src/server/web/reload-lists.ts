/**
 * After an admin changes a list: the feedback flow and the deadlines get the stored lists at once,
 * on this instance and, through `listsChanged`, on the others sharing the database.
 */
import type { WebDeps } from "./deps.js";

/** Puts the lists as now stored into the running program's reference data. */
export async function reloadLists(deps: Pick<WebDeps, "inbox" | "reference" | "listsChanged">): Promise<void> {
  deps.reference.replace(await deps.inbox.lists.load(deps.reference.seed));
  deps.listsChanged?.();
}
