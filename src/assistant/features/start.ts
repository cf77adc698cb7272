/** `/start` and `/help`: what the assistant does, and how to use it. */
import type { Reply } from "../../core/messages.js";
import type { Organisation } from "../../core/organisation.js";
import type { Feature } from "../turn.js";

/** The welcome, naming the organisation the assistant works for. */
export function startReply(organisation: Organisation): Reply {
  return {
    blocks: [
      { type: "paragraph", content: ["Xin chào! Tôi là ", { bold: "Trợ lý Dân vận" }, ` của ${organisation.name}.`] },
      {
        type: "list",
        items: [
          ["Hỏi về Nghị quyết Tỉnh ủy lần thứ 14 về công tác dân vận: cứ gõ câu hỏi, tôi trả lời kèm trích dẫn nguyên văn."],
          ["Gửi phản ánh, kiến nghị: gõ /gopy, bạn sẽ nhận mã để theo dõi kết quả giải quyết."],
          ["Xem mục lục nghị quyết: gõ /mucluc."],
        ],
      },
    ],
    choices: [
      [
        { label: "📖 Mục lục nghị quyết", value: "toc" },
        { label: "✍️ Gửi phản ánh", value: "gopy" },
      ],
      [{ label: "❓ Hướng dẫn", value: "help" }],
    ],
  };
}

export const HELP_REPLY: Reply = {
  blocks: [
    { type: "paragraph", content: [{ bold: "Cách dùng Trợ lý Dân vận" }] },
    {
      type: "list",
      items: [
        ["Gõ câu hỏi (có dấu hay không dấu đều được), ví dụ: ", { italic: "Mục tiêu của nghị quyết là gì?" }],
        ["/hoi <câu hỏi> — hỏi về nghị quyết (dùng được trong nhóm)"],
        ["/mucluc — xem mục lục và đọc từng mục của nghị quyết"],
        ["/gopy — gửi phản ánh, kiến nghị; /gopy <nội dung> để gửi nhanh"],
        ["/theodoi <mã> — xem tình trạng phản ánh, ví dụ /theodoi PA-2026-000123"],
        ["/huy — hủy thao tác đang làm"],
      ],
    },
    { type: "paragraph", content: ["Trong nhóm, tôi chỉ trả lời khi được nhắc tên (@), khi bạn trả lời tin nhắn của tôi, hoặc khi dùng /hoi."] },
  ],
};

/** `/start` greets on behalf of `organisation`; `/help` explains the commands. */
export function startFeature(organisation: Organisation): Feature {
  return {
    name: "start",
    handles: (message) =>
      (message.content.kind === "command" && (message.content.command === "start" || message.content.command === "help")) ||
      (message.content.kind === "choice" && message.content.value === "help"),
    async handle(turn) {
      const { content } = turn.message;
      await turn.reply(content.kind === "command" && content.command === "start" ? startReply(organisation) : HELP_REPLY);
    },
  };
}
