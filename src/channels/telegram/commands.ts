/** The bot's commands: Telegram's command menu, and which commands in a group are meant for this bot. */
import type { BotCommand } from "grammy/types";

/** The commands shown in Telegram's menu, with Vietnamese descriptions. */
export const BOT_COMMANDS: readonly BotCommand[] = [
  { command: "hoi", description: "Hỏi về nghị quyết: /hoi <câu hỏi>" },
  { command: "mucluc", description: "Mục lục nghị quyết" },
  { command: "gopy", description: "Gửi phản ánh, kiến nghị" },
  { command: "theodoi", description: "Theo dõi phản ánh: /theodoi <mã>" },
  { command: "huy", description: "Hủy thao tác đang làm" },
  { command: "help", description: "Hướng dẫn sử dụng" },
  { command: "start", description: "Giới thiệu trợ lý" },
];

/** Whether `/name` is one of the bot's commands. */
export function isBotCommand(name: string): boolean {
  return BOT_COMMANDS.some((entry) => entry.command === name.toLowerCase());
}
