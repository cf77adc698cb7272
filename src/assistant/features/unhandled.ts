/**
 * The last feature: whatever no other feature took. A short polite answer, or nothing for content
 * the platform does not even show us.
 */
import { textReply, type Inbound } from "../../core/messages.js";
import { briefNameOf, type Organisation } from "../../core/organisation.js";
import { STALE_BUTTON } from "../replies.js";
import type { Feature } from "../turn.js";

/** The answers to what no feature took, naming `organisation` where a report would go. */
const answersOf = (organisation: string): Partial<Record<Inbound["content"]["kind"], string>> => ({
  sticker: "Cảm ơn bạn! Bạn cứ gõ câu hỏi về nghị quyết, hoặc gõ /gopy để gửi phản ánh nhé.",
  voice: `Xin lỗi, trợ lý chưa nghe được tin nhắn thoại. Bạn vui lòng gõ chữ câu cần hỏi giúp nhé. Nếu muốn gửi tin nhắn thoại thành phản ánh cho ${organisation}, bạn gõ /gopy rồi gửi lại tin nhắn thoại, cán bộ sẽ nghe.`,
  file: "Xin lỗi, trợ lý chưa đọc được tệp đính kèm. Nếu bạn muốn gửi tệp kèm phản ánh, hãy gõ /gopy trước, rồi gửi tệp khi trợ lý hỏi nhé.",
  photo: "Nếu bạn muốn gửi ảnh kèm phản ánh, hãy gõ /gopy trước, rồi gửi ảnh khi trợ lý hỏi nhé.",
  location: "Nếu bạn muốn gửi vị trí kèm phản ánh, hãy gõ /gopy trước, rồi gửi vị trí khi trợ lý hỏi nhé.",
  contact: "Trợ lý chỉ nhận số điện thoại khi bạn gửi phản ánh và đồng ý để lại liên hệ (/gopy).",
});

/** The last feature, for the assistant of `organisation`. */
export function unhandledFeature(organisation: Organisation): Feature {
  const answers = answersOf(briefNameOf(organisation));
  return {
    name: "unhandled",
    handles: () => true,
    async handle(turn) {
      const { content } = turn.message;
      if (content.kind === "unsupported") {
        // The platform withheld the content (Zalo protected groups): nothing to answer.
        turn.log.info("unsupported content acknowledged");
        return;
      }
      if (content.kind === "command") {
        await turn.reply(textReply(`Trợ lý chưa hiểu lệnh /${content.command}. Gõ /help để xem các lệnh dùng được.`));
        return;
      }
      if (content.kind === "choice") {
        await turn.reply(STALE_BUTTON);
        return;
      }
      const answer = answers[content.kind];
      if (answer) await turn.reply(textReply(answer));
    },
  };
}
