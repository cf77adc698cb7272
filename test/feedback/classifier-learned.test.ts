import { describe, expect, it } from "vitest";
import { LearnedTextModel } from "../../src/core/learned-text-model.js";
import { assessUrgency, classifyFeedback, classifyFeedbackByRules, URGENCY_CLASSES, type FeedbackModels } from "../../src/feedback/classifier.js";
import { TOPICS, type Topic } from "../../src/feedback/taxonomy.js";
import { LABELLED } from "../helpers/labelled.js";

const texts = LABELLED.map(({ text }) => text);
/** Models sure of one answer for every message (trained on nothing else); quiet ones find nothing urgent and are unsure of every topic. */
const sureUrgency = (label: (typeof URGENCY_CLASSES)[number]) => LearnedTextModel.train(URGENCY_CLASSES, texts.map((text) => ({ text, label })));
const sureTopic = (label: Topic) => LearnedTextModel.train(TOPICS, texts.map((text) => ({ text, label })));
const quiet: FeedbackModels = { urgency: sureUrgency("routine"), topic: LearnedTextModel.train(TOPICS, []) };

const ROUTINE = "Đèn đường ở tổ 5 tắt cả tháng nay, tối đi lại khó";
const URGENT = "Nước lên tới mái nhà, cả nhà tui đang kẹt trên gác, cứu với";

describe("complaint rules with the learned models beside them", () => {
  it("calls urgent what a confident urgency model finds urgent, saying so, but never takes urgency away", () => {
    expect(classifyFeedbackByRules(ROUTINE).urgent).toBe(false);
    const flagged = classifyFeedback(ROUTINE, undefined, { ...quiet, urgency: sureUrgency("urgent") });
    expect(flagged.urgent).toBe(true);
    expect(flagged.reasons.at(-1)).toMatch(/^giống các phản ánh khẩn cấp \(\d+%\)$/u);
    expect(assessUrgency(ROUTINE, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(true);
    expect(classifyFeedbackByRules(URGENT).urgent).toBe(true);
    expect(classifyFeedback(URGENT, undefined, { ...quiet, urgency: sureUrgency("routine") }).urgent).toBe(true);
  });

  it("keeps a confident urgency model from flagging a fire told as put out, nobody hurt", () => {
    const over = "Đám cháy bãi gỗ tối kia đã dập xong, may là không ai sao, mà tro với nước đen chảy xuống ruộng";
    expect(classifyFeedback(over, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(false);
  });

  it("keeps a confident urgency model from flagging a scam found out only after paying", () => {
    const paid = "Kẻ xưng là nhân viên bưu điện gọi cho má, má chuyển khoản xong rồi mới biết là bị lừa";
    expect(classifyFeedback(paid, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(false);
  });

  it("keeps a confident urgency model from flagging a message offered as a suggestion, unless it tells a danger", () => {
    const offered = "Xin góp ý: loa phát thanh của phường đọc tin lúc 5 giờ sáng, người già với con nhỏ mất ngủ, mong dời qua 6 giờ";
    expect(classifyFeedback(offered, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(false);
    const danger = "Góp ý gấp: cầu treo thôn 2 đứt một sợi cáp, học trò vẫn đang đi qua";
    expect(classifyFeedback(danger, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(true);
  });

  it("keeps a confident urgency model from flagging someone asked to come and fix a street light", () => {
    const fix = "Mấy trụ đèn đường thôn 3 hư từ đầu tháng, tối tới là mù mịt, xin xã cho thợ ra sửa giùm";
    expect(classifyFeedback(fix, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(false);
  });

  it("keeps a confident urgency model from flagging a hamlet asking to be brought onto the grid", () => {
    const asked = "Xóm tui 5 hộ chưa có điện lưới, câu nhờ dây nhà hàng xóm, mưa là chập, đề nghị cho được kéo điện về";
    expect(classifyFeedback(asked, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(false);
  });

  it("keeps a confident urgency model from flagging arrangements asked for at leisure, and a confident topic model from filing land said to be settled as land", () => {
    const arrangement = "Bộ phận một cửa đặt trên lầu, người đi nạng như tôi leo không nổi, đứng chờ dưới nắng cả buổi. Đề nghị bố trí bàn tiếp nhận ở tầng trệt.";
    expect(classifyFeedback(arrangement, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(false);
    const shelter = "Nhà bà cụ nứt toác một bên vách, đêm nay mưa to, xin xã bố trí cho bà chỗ tạm lánh";
    expect(classifyFeedback(shelter, undefined, { ...quiet, urgency: sureUrgency("urgent") }).urgent).toBe(true);
    const settled = "Tụi tui không thắc mắc gì chuyện đất nữa. Giờ chỉ xin phường dọn đống rác thải, xà bần người ta đổ trên khu đất bỏ trống, mùi hôi bay vô nhà.";
    expect(classifyFeedback(settled, undefined, { ...quiet, topic: sureTopic("dat_dai") }).topic).toBe("moi_truong");
  });

  it("sets the topic a confident topic model reads, naming it first among the reasons", () => {
    expect(classifyFeedbackByRules(ROUTINE).topic).toBe("ha_tang");
    const moved = classifyFeedback(ROUTINE, undefined, { ...quiet, topic: sureTopic("an_sinh") });
    expect(moved.topic).toBe("an_sinh");
    expect(moved.reasons[0]).toMatch(/^giống các phản ánh về an sinh xã hội \(\d+%\)$/u);
  });

  it("keeps a topic the staff's own cue words decided", () => {
    const cues = { an_sinh: ["đèn đường ở tổ 5"] };
    expect(classifyFeedbackByRules(ROUTINE, cues).topic).toBe("an_sinh");
    expect(classifyFeedback(ROUTINE, cues, { ...quiet, topic: sureTopic("ha_tang") }).topic).toBe("an_sinh");
    expect(classifyFeedback(ROUTINE, {}, { ...quiet, topic: sureTopic("an_sinh") }).topic).toBe("an_sinh");
  });

  it("keeps the rules' verdict when the models add nothing, and a message without text as it is", () => {
    expect(classifyFeedback(ROUTINE, undefined, quiet)).toEqual(classifyFeedbackByRules(ROUTINE));
    expect(classifyFeedback("  ", undefined, { urgency: sureUrgency("urgent"), topic: sureTopic("te_nan") })).toEqual(classifyFeedbackByRules("  "));
  });
});
