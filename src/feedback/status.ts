/**
 * The life of a report: its statuses, their Vietnamese names, and which changes are allowed.
 * mới → đã tiếp nhận → đang xử lý → đã chuyển đơn vị → đã giải quyết → đóng, plus trùng lặp,
 * không thuộc thẩm quyền, từ chối/spam, and mở lại (reopened by the citizen or the staff).
 */

export const STATUSES = ["moi", "da_tiep_nhan", "dang_xu_ly", "da_chuyen", "da_giai_quyet", "dong", "trung_lap", "khong_tham_quyen", "tu_choi", "mo_lai"] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  moi: "Mới",
  da_tiep_nhan: "Đã tiếp nhận",
  dang_xu_ly: "Đang xử lý",
  da_chuyen: "Đã chuyển đơn vị",
  da_giai_quyet: "Đã giải quyết",
  dong: "Đã đóng",
  trung_lap: "Trùng lặp",
  khong_tham_quyen: "Không thuộc thẩm quyền",
  tu_choi: "Từ chối (spam)",
  mo_lai: "Mở lại",
};

/** What the citizen is told when a report reaches a status, `organisation` naming who took it (its brief name). */
export function statusNoticesOf(organisation: string): Readonly<Record<Status, string>> {
  return {
    moi: "đã được ghi nhận",
    da_tiep_nhan: `đã được ${organisation} tiếp nhận`,
    dang_xu_ly: "đang được xử lý",
    da_chuyen: "đã được chuyển đến đơn vị có thẩm quyền",
    da_giai_quyet: "đã được giải quyết",
    dong: "đã được đóng",
    trung_lap: "trùng với một phản ánh khác đang được xử lý; bạn sẽ nhận kết quả chung",
    khong_tham_quyen: `không thuộc thẩm quyền giải quyết của ${organisation}; bạn vui lòng liên hệ cơ quan có thẩm quyền`,
    tu_choi: "không được tiếp nhận vì không đủ nội dung để xử lý",
    mo_lai: "đã được mở lại để xem xét tiếp",
  };
}

/** Statuses from which a report is no longer worked on. */
export const FINAL_STATUSES: ReadonlySet<Status> = new Set(["dong", "trung_lap", "khong_tham_quyen", "tu_choi"]);

/** Statuses in which the citizen may still add information. */
export function isOpen(status: Status): boolean {
  return !FINAL_STATUSES.has(status) && status !== "da_giai_quyet";
}

const WORK: readonly Status[] = ["da_tiep_nhan", "dang_xu_ly", "da_chuyen", "da_giai_quyet"];
const SET_ASIDE: readonly Status[] = ["trung_lap", "khong_tham_quyen", "tu_choi"];

const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  moi: [...WORK, ...SET_ASIDE],
  da_tiep_nhan: [...WORK, ...SET_ASIDE],
  dang_xu_ly: [...WORK, ...SET_ASIDE],
  da_chuyen: [...WORK, ...SET_ASIDE],
  mo_lai: [...WORK, ...SET_ASIDE],
  da_giai_quyet: ["dong", "mo_lai"],
  dong: ["mo_lai"],
  trung_lap: ["mo_lai"],
  khong_tham_quyen: ["mo_lai"],
  tu_choi: ["mo_lai"],
};

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

/** Whether a report may go from one status to another (staying put is not a change). */
export function canChange(from: Status, to: Status): boolean {
  return from !== to && TRANSITIONS[from].includes(to);
}
