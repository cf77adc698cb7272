/**
 * What a typed Zalo text means. Zalo has no command menu, yet text starting with "/" is a command
 * exactly as on Telegram ("/gopy", "/hoi …", "/theodoi …"). People on Zalo also type a command's
 * name as plain words, so a message that is nothing but one of these is read as that command:
 *
 * - "gopy", "góp ý", "gửi phản ánh", "gửi góp ý" → /gopy
 * - "huy", "hủy", "hủy bỏ" → /huy
 * - "mucluc", "mục lục" → /mucluc
 * - "help", "hướng dẫn", "trợ giúp" → /help
 * - "theodoi" or "theo dõi", alone or followed by a tracking code (PA-2026-000123) and maybe its PIN → /theodoi
 *
 * Anything longer is an ordinary text (a question, a description): "theo dõi việc thực hiện nghị
 * quyết là trách nhiệm của ai?" stays a question.
 */
import type { Content } from "../../core/messages.js";
import { fold } from "../../core/text.js";

/** Whole messages read as a command, folded (no diacritics, lower case). */
const BARE_COMMANDS: Readonly<Record<string, string>> = {
  gopy: "gopy",
  "gop y": "gopy",
  "gui phan anh": "gopy",
  "gui gop y": "gopy",
  huy: "huy",
  "huy bo": "huy",
  mucluc: "mucluc",
  "muc luc": "mucluc",
  help: "help",
  "huong dan": "help",
  "tro giup": "help",
};

const SLASH_COMMAND = /^\/([a-z]+)(?:@\S*)?(?:\s+([\s\S]*))?$/iu;
const TRACKING = /^theo ?doi(?:\s+(pa[\s-]*\d{4}[\s-]*\d{1,9}(?:\s+\d{3} ?\d{3})?))?$/u;

/** The content of a typed text: a command, or the text itself (without a mention of the bot). */
export function textContent(text: string, botName?: string): Content {
  const cleaned = botName ? withoutMention(text, botName) : text.trim();
  const slash = SLASH_COMMAND.exec(cleaned);
  if (slash) return { kind: "command", command: slash[1]!.toLowerCase(), args: (slash[2] ?? "").trim() };
  const folded = fold(cleaned).replace(/[\s.!?…]+$/u, "").replace(/\s+/gu, " ");
  const bare = BARE_COMMANDS[folded];
  if (bare) return { kind: "command", command: bare, args: "" };
  const tracking = TRACKING.exec(folded);
  if (tracking) return { kind: "command", command: "theodoi", args: tracking[1]?.toUpperCase() ?? "" };
  return { kind: "text", text: cleaned };
}

/** "@Trợ lý Dân vận mục tiêu là gì" → "mục tiêu là gì" (groups deliver mentions as text). */
export function withoutMention(text: string, botName: string): string {
  if (!text.includes("@")) return text.trim();
  const escaped = botName.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  // Only the spaces the mention leaves behind go: line breaks of a description stay.
  return text.replace(new RegExp(`@${escaped}`, "giu"), " ").replace(/[ \t]{2,}/gu, " ").trim();
}
