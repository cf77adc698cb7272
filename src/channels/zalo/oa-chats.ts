/**
 * OA conversations that are not a follower's private chat (`oa:<user_id>`, see messenger.ts), each
 * with a chat id of its own so that reports, chat states and the outbox treat them like any chat:
 * - a GMF group the OA is in: `oa-group:<group_id>` (`recipient.id` of `user_send_group_*`); the
 *   answer goes to the group, never to the writer's private chat;
 * - a person who does not follow the OA (`anonymous_send_*`): `oa-anon:<anonymous_id>:<conversation_id>`.
 *   Zalo's OA API v2 answered them with `recipient: { anonymous_id, conversation_id }`, so the chat
 *   id carries both; this rests on few sources (one SDK example and one copy of the docs), see
 *   the README's Zalo section.
 * Each id part is URI-encoded, so that a `:` inside an id cannot split it wrongly.
 */

/** Where a message to a non-private OA conversation goes. */
export type OaConversation = { readonly kind: "group"; readonly groupId: string } | { readonly kind: "anonymous"; readonly anonymousId: string; readonly conversationId: string };

const GROUP_PREFIX = "oa-group:";
const ANONYMOUS_PREFIX = "oa-anon:";

/** The chat id of an OA group. */
export function oaGroupChatId(groupId: string): string {
  return `${GROUP_PREFIX}${encodeURIComponent(groupId)}`;
}

/** The chat id of a person writing to the OA without following it. */
export function oaAnonymousChatId(anonymousId: string, conversationId: string): string {
  return `${ANONYMOUS_PREFIX}${encodeURIComponent(anonymousId)}:${encodeURIComponent(conversationId)}`;
}

/** The group or anonymous conversation a chat id names; undefined for any other chat id. */
export function oaConversationOf(chatId: string): OaConversation | undefined {
  if (chatId.startsWith(GROUP_PREFIX)) {
    const groupId = decode(chatId.slice(GROUP_PREFIX.length));
    return groupId ? { kind: "group", groupId } : undefined;
  }
  if (chatId.startsWith(ANONYMOUS_PREFIX)) {
    const [anonymous, conversation, ...rest] = chatId.slice(ANONYMOUS_PREFIX.length).split(":");
    const anonymousId = decode(anonymous);
    const conversationId = decode(conversation);
    return anonymousId && conversationId && rest.length === 0 ? { kind: "anonymous", anonymousId, conversationId } : undefined;
  }
  return undefined;
}

function decode(part: string | undefined): string | undefined {
  if (!part) return undefined;
  try {
    return decodeURIComponent(part) || undefined;
  } catch {
    return undefined;
  }
}
