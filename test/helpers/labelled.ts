import type { Intent } from "../../src/assistant/intent.js";
import type { Labelled } from "../../src/core/learned-text-model.js";

/** A few messages of each intent, written for the learned-model tests (never taken from an evaluation set). */
export const LABELLED: Labelled<Intent>[] = [
  ...["nghị quyết giao ai lo việc dân vận ở xã", "mục tiêu của nghị quyết đến 2030 là gì", "nghi quyet noi gi ve nguoi dan toc thieu so", "phong trào dân vận khéo do ai hướng dẫn"].map((text) => ({ text, label: "question" as const })),
  ...["đường vô thôn tui hư cả năm nay không ai sửa", "xin phản ánh cán bộ xã đòi tiền khi làm giấy tờ", "bãi rác gần nhà bốc mùi quá trời", "cat tac nuoc sau nha tui may thang roi"].map((text) => ({ text, label: "report" as const })),
  ...["chào bot nha", "cảm ơn nhiều nghen", "bạn là ai vậy", "hello ad"].map((text) => ({ text, label: "smalltalk" as const })),
  ...["giá vàng hôm nay bao nhiêu", "thủ đô của nhật là gì", "làm căn cước mất mấy ngày", "gia xang tuan ni tang hay giam"].map((text) => ({ text, label: "out-of-scope" as const })),
  ...["phản ánh của tui tới đâu rồi", "đơn tui gửi hôm trước có ai xem chưa", "tra cứu mã phản ánh giúp tui", "don cua tui xu ly chua"].map((text) => ({ text, label: "tracking" as const })),
];
