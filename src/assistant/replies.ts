/** Replies several features share. */
import { textReply, type Reply } from "../core/messages.js";

/** A button from an old message, or callback data nobody offered. */
export const STALE_BUTTON: Reply = {
  blocks: [{ type: "paragraph", content: ["Nút này đã cũ hoặc không còn dùng được. Bạn vui lòng gửi lại yêu cầu nhé (gõ /help để xem hướng dẫn)."] }],
  notice: "Nút này đã cũ.",
};

/** Something failed on our side; the person can simply try again. */
export const TRY_AGAIN_LATER = textReply("Xin lỗi, trợ lý đang gặp sự cố nên chưa xử lý được tin nhắn này. Bạn vui lòng thử lại sau ít phút nhé.");

/** Told once when someone sends faster than the rate limit. */
export const SLOW_DOWN = textReply("Bạn gửi nhanh quá, trợ lý chưa kịp trả lời. Bạn vui lòng đợi vài giây rồi gửi tiếp nhé.");
