/** Who acts on a report in a turn, as the inbox records it. */
import type { Actor } from "../inbox/reports.js";
import type { Turn } from "./turn.js";

/**
 * The sender of the turn's message as an actor, with the stored message it came through (so that
 * the message handled again after a crash changes nothing twice). Staff are recorded with their
 * channel, since their ids on different platforms are unrelated.
 */
export function actorOf(turn: Turn, type: "citizen" | "staff"): Actor {
  const { sender, chat } = turn.message;
  return {
    type,
    id: type === "staff" ? `${chat.channel}:${sender.id}` : sender.id,
    ...(sender.name ? { name: sender.name } : {}),
    ...(turn.source ? { source: turn.source } : {}),
  };
}
