/**
 * A numbered menu sent outside a conversation turn (an outbox message: the rating request after a
 * report is resolved) is remembered as the chat's open menu, as the assistant does for the menus of
 * its own replies, so that the person's next "4" answers it. Messages without choices leave the
 * state alone: a status notice does not close the form someone is filling in.
 */
import { parseState, STATE_TTL_MS } from "../../assistant/state.js";
import type { Reply } from "../../core/messages.js";
import type { ConversationStates } from "../../inbox/conversation-states.js";

export async function rememberMenu(states: ConversationStates, chatId: string, reply: Reply): Promise<void> {
  const values = reply.choices?.flat().map((choice) => choice.value) ?? [];
  if (reply.blocks.length === 0 || values.length === 0) return;
  const state = parseState(await states.load("zalo", chatId));
  await states.save("zalo", chatId, { ...state, menu: values }, STATE_TTL_MS);
}
