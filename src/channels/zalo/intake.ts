/**
 * Zalo updates (Bot Platform) and events (Official Account) in and out of the durable intake: what
 * is stored for each (keyed by the assistant's update id, in the queue of its chat), and the handlers
 * that turn a stored one into `Inbound` for the assistant. What is no person's message is not stored.
 */
import type { Assistant } from "../../assistant/assistant.js";
import type { IntakeHandler } from "../../assistant/intake-worker.js";
import type { Logger } from "../../core/logger.js";
import type { Inbound } from "../../core/messages.js";
import type { SendGate } from "../../core/send-gate.js";
import type { IncomingEntry, IntakeSource } from "../../inbox/intake.js";
import type { ZaloUpdate } from "./bot-api.js";
import { fingerprint, inboundFromUpdate } from "./inbound.js";
import type { ZaloMessenger } from "./messenger.js";
import { inboundFromOaEvent, type ZaloOaEvent } from "./oa-inbound.js";
import { verifyOaEvent, type OaKeys, type StoredOaRequest } from "./oa-webhook.js";
import { zaloTarget, type ZaloTargetOptions } from "./target.js";

/**
 * The stored form of a bot update; undefined for what is no person's message. (The bot's name only
 * changes the message's text, so the entry needs none: it may be stored before getMe answered.)
 */
export function zaloBotEntry(update: ZaloUpdate): IncomingEntry | undefined {
  return entryOf("zalo_bot", inboundFromUpdate(update), update);
}

/**
 * The stored form of an OA webhook request, judged later (see oa-webhook.ts): keyed by the event's
 * `msg_id` when the body says what it is, by a fingerprint of the body otherwise; undefined for a
 * well-formed event that is no user's message (follows, "seen", the OA's own sends echoed back).
 */
export function zaloOaEntry(request: StoredOaRequest, parsed: unknown): IncomingEntry | undefined {
  const wellFormed = typeof parsed === "object" && parsed !== null && typeof (parsed as ZaloOaEvent).event_name === "string";
  const inbound = wellFormed ? inboundFromOaEvent(parsed as ZaloOaEvent) : undefined;
  if (wellFormed && !inbound) return undefined;
  return { source: "zalo_oa", updateId: inbound?.updateId ?? `oa-body:${fingerprint(request.raw)}`, chatId: inbound?.chat.id ?? "unrecognised", payload: request };
}

export interface ZaloHandlerDeps {
  readonly assistant: Assistant;
  readonly messenger: ZaloMessenger;
  readonly logger: Logger;
  readonly gate: SendGate;
  readonly retry?: ZaloTargetOptions["retry"];
}

/** Handles stored bot updates. */
export function zaloBotHandler(deps: ZaloHandlerDeps, botName: string): IntakeHandler {
  return (message, attempt) => handle(deps, inboundFromUpdate(message.payload as ZaloUpdate, botName), attempt);
}

/** Handles stored OA webhook requests: verified first, discarded when they are not genuine. */
export function zaloOaHandler(deps: ZaloHandlerDeps, keys: OaKeys): IntakeHandler {
  return async (message, attempt) => {
    const verdict = verifyOaEvent(message.payload as StoredOaRequest, keys);
    if ("discarded" in verdict) return verdict;
    await handle(deps, inboundFromOaEvent(verdict.event), attempt);
  };
}

function entryOf(source: IntakeSource, inbound: Inbound | undefined, payload: unknown): IncomingEntry | undefined {
  return inbound ? { source, updateId: inbound.updateId, chatId: inbound.chat.id, payload } : undefined;
}

async function handle(deps: ZaloHandlerDeps, inbound: Inbound | undefined, attempt: Parameters<IntakeHandler>[1]): Promise<void> {
  if (!inbound) return;
  const log = deps.logger.child({ channel: "zalo", update: inbound.updateId });
  const target = zaloTarget(deps.messenger, inbound.chat.id, log, { gate: deps.gate, ...(deps.retry ? { retry: deps.retry } : {}) });
  await deps.assistant.handle(inbound, target, attempt);
}
