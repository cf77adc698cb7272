/**
 * The questions page: what cadres asked (declined, voted down), and curated answers that the
 * assistant then gives for the question and its close paraphrases, with a citation.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, replyText, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let staff: WebClient;
let cadre: WebChat;

const CURATED_QUESTION = "Cơ quan nào giúp Tỉnh ủy theo dõi, kiểm tra việc thực hiện nghị quyết?";
const CURATED_ANSWER = "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan giúp Tỉnh ủy theo dõi, đôn đốc, kiểm tra và định kỳ báo cáo kết quả thực hiện nghị quyết.";

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  staff = await signedInStaff(app, "canbo", "staff");
  cadre = new WebChat(new WebClient(app.server));
});

describe("what cadres asked", () => {
  it("lists questions, the ones the assistant declined, and the ones voted down", async () => {
    await cadre.say("Giá vàng hôm nay bao nhiêu?");
    const [answer] = await cadre.say("Quan điểm của nghị quyết là gì?");
    const down = answer!.choices!.flat().find((choice) => choice.label === "👎")!;
    await cadre.press(down.value);

    const all = await staff.get("/questions");
    expect(all.body).toContain("Giá vàng hôm nay bao nhiêu?");
    expect(all.body).toContain("Quan điểm của nghị quyết là gì?");
    const declined = await staff.get("/questions?filter=declined");
    expect(declined.body).toContain("Giá vàng hôm nay bao nhiêu?");
    expect(declined.body).not.toContain("Quan điểm của nghị quyết là gì?");
    const voted = await staff.get("/questions?filter=down");
    expect(voted.body).toContain("Quan điểm của nghị quyết là gì?");
    expect(voted.body).not.toContain("Giá vàng hôm nay bao nhiêu?");
  });
});

describe("curated answers", () => {
  it("are given, with their citation, for the question and a close paraphrase, not for other questions", async () => {
    const saved = await staff.post("/questions/curated", { question: CURATED_QUESTION, answer: CURATED_ANSWER, section: "IV" });
    expect(saved.status).toBe(200);
    expect(saved.body).toContain("Đã lưu. Trợ lý dùng câu trả lời này từ bây giờ.");

    for (const question of [CURATED_QUESTION, "co quan nao giup tinh uy theo doi kiem tra viec thuc hien nghi quyet", "Cơ quan nào giúp Tỉnh ủy kiểm tra, theo dõi thực hiện nghị quyết này?"]) {
      const [reply] = await cadre.say(question);
      const text = replyText(reply!);
      expect(text, question).toContain(CURATED_ANSWER);
      expect(text).toContain("Nguồn: Mục IV");
      expect(text).toContain("[📄 Xem nguyên văn]");
    }
    const [other] = await cadre.say("Mục tiêu của nghị quyết là gì?");
    expect(replyText(other!)).not.toContain(CURATED_ANSWER);
    const logged = await inbox.questions.recent({});
    expect(logged.filter((row) => row.mode === "curated")).toHaveLength(3);
    expect((await staff.get("/questions")).body).toContain("Câu trả lời soạn sẵn");
  });

  it("stop being given once withdrawn", async () => {
    const [entry] = await inbox.curated.all();
    expect((await staff.post(`/questions/curated/${entry!.id}/disable`)).body).toContain("Đã cập nhật.");
    const [reply] = await cadre.say(CURATED_QUESTION);
    expect(replyText(reply!)).not.toContain(CURATED_ANSWER);
  });

  it("refuse an answer without substance or with a section the resolution does not have", async () => {
    const before = await inbox.db.curatedAnswer.count();
    const short = await staff.post("/questions/curated", { question: "Hỏi?", answer: "Ngắn", section: "IV" });
    expect(short.status).toBe(400);
    expect(short.body).toContain("Câu hỏi quá ngắn.");
    const nowhere = await staff.post("/questions/curated", { question: CURATED_QUESTION, answer: CURATED_ANSWER, section: "IX.9" });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body).toContain("Mục trích dẫn không có trong nghị quyết.");
    expect(await inbox.db.curatedAnswer.count()).toBe(before);
  });
});
