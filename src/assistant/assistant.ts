/**
 * The channel-neutral conversation engine. Every channel adapter hands it `Inbound` messages (stored
 * first by the durable intake, which also drops duplicate deliveries) and a `ReplyTarget`; it applies
 * the rate limit, restores the chat's state, routes the message to the first feature that takes it
 * (the unhandled feature last) and saves the state. A failure anywhere becomes a polite "thử lại sau"
 * reply and a log line, never silence. A message handled a second time after a crash repeats nothing
 * (see `HandlingAttempt`).
 */
import { whileSending } from "../core/delivery.js";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Inbound, Reply } from "../core/messages.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import type { Metrics } from "../core/metrics.js";
import type { ConversationStates } from "../inbox/conversation-states.js";
import { MemoryRateLimiter, type RateLimiter } from "../core/rate-limiter.js";
import { SLOW_DOWN, TRY_AGAIN_LATER } from "./replies.js";
import { parseState, STATE_TTL_MS, type ChatState } from "./state.js";
import type { Feature, HandlingAttempt, ReplyTarget, SentMessage, Turn } from "./turn.js";

export interface AssistantDeps {
  readonly states: ConversationStates;
  readonly logger: Logger;
  readonly pseudonym: Pseudonymizer;
  readonly rateLimiter?: RateLimiter;
  /** Answer latency (arrival to first reply) is observed here. */
  readonly metrics?: Metrics;
}

export class Assistant {
  private readonly rateLimiter: RateLimiter;

  /** @param features tried in order; the last one should take everything (the unhandled feature). */
  constructor(
    private readonly deps: AssistantDeps,
    private readonly features: readonly Feature[],
  ) {
    this.rateLimiter = deps.rateLimiter ?? new MemoryRateLimiter();
  }

  /**
   * Handles one incoming message; never throws. `attempt` comes with messages from the durable
   * intake: replies an earlier attempt sent are skipped, and a turn that had finished is not redone.
   */
  async handle(message: Inbound, target: ReplyTarget, attempt?: HandlingAttempt): Promise<void> {
    const { chat } = message;
    const log = this.deps.logger.child({ channel: chat.channel, update: message.updateId, chat: this.deps.pseudonym(`${chat.channel}:${chat.id}`) });
    const replies = this.replies(message, target, attempt, log);
    try {
      const stored = await this.deps.states.load(chat.channel, chat.id);
      const state = parseState(stored);
      if (attempt && state.handled === attempt.key) {
        log.info("message had been handled before a restart");
        return;
      }
      // Arrival time, not handling time: messages of one chat are handled one after another.
      const rate = await this.rateLimiter.check(`${chat.channel}:${message.sender.id}`, message.receivedAt.getTime());
      if (rate !== "allow") {
        log.info({ rate }, "rate limited");
        if (rate === "warn") await replies.send(SLOW_DOWN);
        return;
      }
      const resolved = resolveNumberedChoice(message, state);
      const feature = this.features.find((candidate) => candidate.handles(resolved, state));
      if (!feature) return;
      // A copy: a feature that sets a field of `turn.state` in place still changes what is compared and saved.
      const turn = this.turn(resolved, replies, { ...state }, log.child({ feature: feature.name }), attempt);
      await feature.handle(turn);
      if (changed(state, turn.state)) await this.saveState(message, turn.state, attempt);
    } catch (error) {
      log.error({ error: describeError(error) }, "update failed");
      await replies.send(TRY_AGAIN_LATER).catch((sendError: unknown) => log.error({ error: describeError(sendError) }, "could not send the error reply"));
    }
  }

  /**
   * The target the features reply through: skips the replies an earlier attempt sent, records each
   * one right before its platform call (a crash after it must not send it twice: the platforms have
   * no idempotency key), and observes the time from arrival to the first.
   */
  private replies(message: Inbound, target: ReplyTarget, attempt: HandlingAttempt | undefined, log: Logger): ReplyTarget {
    let index = 0;
    /** What was last recorded: the replies sent or on their way. */
    let reached = attempt?.repliesSent ?? 0;
    let answered = false;
    const { metrics } = this.deps;
    return {
      ...target,
      send: async (reply: Reply): Promise<SentMessage | undefined> => {
        const position = index++;
        if (attempt && position < attempt.repliesSent) {
          log.debug({ reply: position + 1 }, "reply sent by an earlier attempt skipped");
          return undefined;
        }
        const before = reached;
        let recorded = false;
        const record = async (): Promise<void> => {
          if (recorded || !attempt) return;
          recorded = true;
          reached = position + 1;
          await attempt.repliesReached(reached);
        };
        let sent: SentMessage | undefined;
        try {
          sent = await whileSending(record, () => target.send(reply));
        } catch (error) {
          // Refused, not cut short by a crash: a later attempt may send it.
          if (recorded) {
            reached = before;
            await attempt?.repliesReached(before);
          }
          throw error;
        }
        if (!answered) {
          answered = true;
          metrics?.answerLatency.observe({ channel: message.chat.channel }, (Date.now() - message.receivedAt.getTime()) / 1000);
        }
        // A reply that needed no platform call (nothing to show), or a channel that never said when it called.
        await record();
        return sent;
      },
      typing: () => target.typing(),
    };
  }

  private turn(message: Inbound, target: ReplyTarget, state: ChatState, log: Logger, attempt: HandlingAttempt | undefined): Turn {
    const turn: Turn = {
      message,
      target,
      ...(attempt ? { source: attempt.key } : {}),
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

  /**
   * Saved last: with the attempt's key in it, a state on record means the turn finished. A turn that
   * left the state as it was saves nothing: handled again, it starts from the same state and repeats
   * nothing (its report and events are keyed by the attempt, its replies counted).
   */
  private async saveState(message: Inbound, state: ChatState, attempt: HandlingAttempt | undefined): Promise<void> {
    const { channel, id } = message.chat;
    const saved: ChatState = { ...state, handled: attempt?.key };
    if (Object.values(saved).every((value) => value === undefined)) await this.deps.states.clear(channel, id);
    else await this.deps.states.save(channel, id, saved, STATE_TTL_MS);
  }
}

/** Whether a turn changed the state (the key of the attempt that saved it aside). */
function changed(before: ChatState, after: ChatState): boolean {
  const { handled: _before, ...was } = before;
  const { handled: _after, ...is } = after;
  return JSON.stringify(was) !== JSON.stringify(is);
}

/** On a channel without buttons, "2" answers the numbered menu last shown. */
function resolveNumberedChoice(message: Inbound, state: ChatState): Inbound {
  if (message.buttons || message.content.kind !== "text" || !state.menu) return message;
  const match = /^\s*(\d{1,2})\s*\.?\s*$/u.exec(message.content.text);
  const value = match ? state.menu[Number(match[1]) - 1] : undefined;
  return value === undefined ? message : { ...message, content: { kind: "choice", value } };
}
