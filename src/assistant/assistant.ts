/**
 * The channel-neutral conversation engine. Every channel adapter hands it `Inbound` messages and a
 * `ReplyTarget`; it drops duplicate deliveries, applies the rate limit, restores the chat's state,
 * routes the message to the first feature that takes it (the unhandled feature last) and saves the
 * state. A failure anywhere becomes a polite "thử lại sau" reply and a log line, never silence.
 */
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Inbound, Reply } from "../core/messages.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import type { ConversationStates } from "../inbox/conversation-states.js";
import type { ProcessedUpdates } from "../inbox/updates.js";
import { RateLimiter } from "./rate-limiter.js";
import { SLOW_DOWN, TRY_AGAIN_LATER } from "./replies.js";
import { parseState, STATE_TTL_MS, type ChatState } from "./state.js";
import type { Feature, ReplyTarget, SentMessage, Turn } from "./turn.js";

export interface AssistantDeps {
  readonly states: ConversationStates;
  readonly updates: ProcessedUpdates;
  readonly logger: Logger;
  readonly pseudonym: Pseudonymizer;
  readonly rateLimiter?: RateLimiter;
}

export class Assistant {
  private readonly rateLimiter: RateLimiter;

  /** @param features tried in order; the last one should take everything (the unhandled feature). */
  constructor(
    private readonly deps: AssistantDeps,
    private readonly features: readonly Feature[],
  ) {
    this.rateLimiter = deps.rateLimiter ?? new RateLimiter();
  }

  /** Handles one incoming message; never throws. */
  async handle(message: Inbound, target: ReplyTarget): Promise<void> {
    const { chat } = message;
    const log = this.deps.logger.child({ channel: chat.channel, update: message.updateId, chat: this.deps.pseudonym(`${chat.channel}:${chat.id}`) });
    try {
      if (!(await this.deps.updates.claim(chat.channel, message.updateId))) {
        log.debug("duplicate update ignored");
        return;
      }
      // Arrival time, not handling time: messages of one chat are handled one after another.
      const rate = this.rateLimiter.check(`${chat.channel}:${message.sender.id}`, message.receivedAt.getTime());
      if (rate !== "allow") {
        log.info({ rate }, "rate limited");
        if (rate === "warn") await target.send(SLOW_DOWN);
        return;
      }
      const state = parseState(await this.deps.states.load(chat.channel, chat.id));
      const resolved = resolveNumberedChoice(message, state);
      const feature = this.features.find((candidate) => candidate.handles(resolved, state));
      if (!feature) return;
      const turn = this.turn(resolved, target, state, log.child({ feature: feature.name }));
      await feature.handle(turn);
      await this.saveState(message, turn.state);
    } catch (error) {
      log.error({ error: describeError(error) }, "update failed");
      await target.send(TRY_AGAIN_LATER).catch((sendError: unknown) => log.error({ error: describeError(sendError) }, "could not send the error reply"));
    }
  }

  private turn(message: Inbound, target: ReplyTarget, state: ChatState, log: Logger): Turn {
    const turn: Turn = {
      message,
      target,
      log,
      state,
      async reply(reply: Reply): Promise<SentMessage | undefined> {
        // Without buttons, choices are shown numbered: remember them so "2" means the second one.
        if (!message.buttons && reply.blocks.length > 0) {
          const values = reply.choices?.flat().map((choice) => choice.value) ?? [];
          turn.state = { ...turn.state, menu: values.length ? values : undefined };
        }
        return target.send(reply);
      },
    };
    return turn;
  }

  private async saveState(message: Inbound, state: ChatState): Promise<void> {
    const { channel, id } = message.chat;
    if (Object.values(state).every((value) => value === undefined)) await this.deps.states.clear(channel, id);
    else await this.deps.states.save(channel, id, state, STATE_TTL_MS);
  }
}

/** On a channel without buttons, "2" answers the numbered menu last shown. */
function resolveNumberedChoice(message: Inbound, state: ChatState): Inbound {
  if (message.buttons || message.content.kind !== "text" || !state.menu) return message;
  const match = /^\s*(\d{1,2})\s*\.?\s*$/u.exec(message.content.text);
  const value = match ? state.menu[Number(match[1]) - 1] : undefined;
  return value === undefined ? message : { ...message, content: { kind: "choice", value } };
}
