/**
 * What a feature works with while it handles one incoming message: the message, where to reply,
 * the chat's state (saved after the turn) and a logger bound to the update.
 */
import type { Logger } from "../core/logger.js";
import type { Inbound, Reply } from "../core/messages.js";
import type { ChatState } from "./state.js";

/** A message the assistant sent, as the channel identifies it. */
export interface SentMessage {
  readonly id: string;
}

/**
 * How the assistant talks back in the chat an update came from; each channel adapter implements it.
 * Channels that cannot edit messages leave `edit` undefined.
 */
export interface ReplyTarget {
  send(reply: Reply): Promise<SentMessage | undefined>;
  edit?(messageId: string, reply: Reply): Promise<void>;
  /** Shows "typing…"; must not throw. */
  typing(): Promise<void>;
  /** The message a pressed button belongs to (for replies that replace it). */
  readonly originMessageId?: string;
}

/**
 * One attempt at handling a stored incoming message (see src/inbox/intake.ts). A message whose
 * process died in the middle is handled again; this makes the second attempt repeat nothing the
 * first one did: its replies already sent are skipped, and its effects are keyed by `key`.
 */
export interface HandlingAttempt {
  /** Unique per stored message, the same on every attempt: "in:<id>". */
  readonly key: string;
  /** When the message was stored: its arrival, the same on every attempt. */
  readonly receivedAt: Date;
  /** Replies an earlier attempt sent, or began to send (not sent again). */
  readonly repliesSent: number;
  /**
   * Records that the first `count` replies are sent or on their way: called right before a reply's
   * platform call, and again with one less when the platform refused it.
   */
  repliesReached(count: number): Promise<void>;
}

export interface Turn {
  readonly message: Inbound;
  /**
   * The stored message being handled, when it came through the durable intake: passed to what
   * the turn changes (a report filed, a reply recorded) so that a second attempt changes nothing.
   */
  readonly source?: string;
  readonly log: Logger;
  /** Mutable: saved when the turn ends. */
  state: ChatState;
  /** Sends a reply; choices become a numbered menu the next message can answer on button-less channels. */
  reply(reply: Reply): Promise<SentMessage | undefined>;
  readonly target: ReplyTarget;
}

/** One capability of the assistant. Features are tried in order; the unhandled feature comes last. */
export interface Feature {
  readonly name: string;
  /** Whether this feature takes the message (given the chat's state). */
  handles(message: Inbound, state: ChatState): boolean;
  handle(turn: Turn): Promise<void>;
}
