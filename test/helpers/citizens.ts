/**
 * Citizens of a flood night, shared by the storm benchmark and the multi-instance test: realistic
 * one-shot reports (`/gopy <nội dung>` naming the place) and how each platform tries again a message
 * the assistant did not accept.
 */

const PLACES = ["Đại Lộc", "Duy Xuyên", "Điện Bàn", "Quế Sơn", "Hội An", "Tam Kỳ", "Nông Sơn", "Thăng Bình", "Núi Thành", "Phú Ninh"];
const COMPLAINTS = [
  "Nước lũ lên nhanh, đường vào thôn 4 xã Đại Hồng ở {place} bị ngập sâu, xe cứu trợ không vào được.",
  "Bờ kè sông Thu Bồn đoạn qua {place} sạt lở sau lũ, mấy nhà sát bờ phải di dời.",
  "Hàng rào tạm ở {place} chắn mương thoát nước làm nước tràn vào nhà dân mỗi khi mưa.",
  "Cán bộ địa chính xã ở {place} đòi tiền mới ký hồ sơ đất cho dân bị ngập.",
  "Tiền hỗ trợ người dân bị thiệt hại do bão ở {place} chưa được chi trả dù đã có danh sách.",
  "Sạt lở taluy dương tuyến đường vào xã ở {place}, đất đá tràn xuống mặt đường.",
  "Rác sau lũ dồn đống ở chợ {place} bốc mùi, chưa ai thu gom.",
  "Trường học ở {place} bị ngập bùn, phụ huynh hỏi khi nào các cháu đi học lại.",
];

/** The report citizen number `index` sends, in one message. */
export function stormReport(index: number): string {
  return `/gopy ${COMPLAINTS[index % COMPLAINTS.length]!.replace("{place}", PLACES[index % PLACES.length]!)}`;
}

/** A tracking code, and the words of the message that gives one (not of later messages quoting it). */
export const TRACKING_CODE = /PA-\d{4}-\d{6}/u;
export const CODE_MESSAGE_WORDS = "Mã theo dõi";

/**
 * The waits between a web chat's tries (public/chat.js). Zalo's schedule for a webhook that failed is
 * not documented: here it tries again every second.
 */
export const ZALO_RETRY_MS = 1000;
export const BROWSER_RETRY_MS = [300, 300, 300, 300, 300, 300, 500, 1000, 2000, 4000, 8000, 15000] as const;
