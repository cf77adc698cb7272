import { describe, expect, it } from "vitest";
import { contentDisposition, contentTypeOf, keptType, looksExecutable, redactUrl, safeFileName } from "../../src/core/attachments.js";

describe("kept file types", () => {
  it("keeps voice, images and documents by their declared type, with the extension that type means", () => {
    expect(keptType("audio/aac", undefined)).toEqual({ ext: "aac", contentType: "audio/aac" });
    expect(keptType("audio/x-m4a", "ghi-am")).toEqual({ ext: "m4a", contentType: "audio/mp4" });
    expect(keptType("audio/mpeg; charset=binary", "x.mp3")).toEqual({ ext: "mp3", contentType: "audio/mpeg" });
    expect(keptType("audio/amr", undefined)).toEqual({ ext: "amr", contentType: "audio/amr" });
    expect(keptType("image/jpeg", "anh.jpeg")).toEqual({ ext: "jpeg", contentType: "image/jpeg" });
    expect(keptType("application/pdf", "Đơn kiến nghị.pdf")).toEqual({ ext: "pdf", contentType: "application/pdf" });
    expect(keptType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", undefined)?.ext).toBe("xlsx");
  });

  it("lets the name decide when the declared type says nothing, and refuses what it cannot tell", () => {
    expect(keptType("application/octet-stream", "voice.m4a")).toEqual({ ext: "m4a", contentType: "audio/mp4" });
    expect(keptType(undefined, "bao-cao.docx")?.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(keptType("application/octet-stream", "du-lieu.bin")).toBeUndefined();
    expect(keptType(undefined, undefined)).toBeUndefined();
  });

  it("refuses programs, scripts and web pages whatever the declared type", () => {
    expect(keptType("application/x-msdownload", "setup")).toBeUndefined();
    expect(keptType("application/pdf", "hoa-don.pdf.exe")).toBeUndefined();
    expect(keptType("application/octet-stream", "cai-dat.apk")).toBeUndefined();
    expect(keptType("text/html", "index.html")).toBeUndefined();
    expect(keptType("text/html", undefined)).toBeUndefined();
    expect(looksExecutable(Buffer.from("MZ\x90\x00", "latin1"))).toBe(true);
    expect(looksExecutable(Buffer.from("\x7fELF", "latin1"))).toBe(true);
    expect(looksExecutable(Buffer.from("#!/bin/sh\n", "latin1"))).toBe(true);
    expect(looksExecutable(Buffer.from("%PDF-1.4", "latin1"))).toBe(false);
    expect(looksExecutable(Buffer.from([0xff, 0xf1, 0x50]))).toBe(false);
  });

  it("serves audio and documents as themselves, unknown names as binary", () => {
    expect(contentTypeOf("voice/file_3.oga")).toBe("audio/ogg");
    expect(contentTypeOf("photos/file_7.jpg")).toBe("image/jpeg");
    expect(contentTypeOf("documents/file_1.zip")).toBe("application/octet-stream");
  });
});

describe("safe file names", () => {
  it("keeps a Vietnamese name, drops folders and characters Windows refuses, and forces the type's extension", () => {
    expect(safeFileName("Đơn kiến nghị thôn 3.pdf", "pdf", "tep-1")).toBe("Đơn kiến nghị thôn 3.pdf");
    expect(safeFileName("../../etc/passwd", "txt", "tep-1")).toBe("passwd.txt");
    expect(safeFileName("C:\\Users\\a\\bao:cao?.docx", "docx", "tep-1")).toBe("baocao.docx");
    expect(safeFileName("anh.png", "jpg", "anh-2")).toBe("anh.jpg");
    expect(safeFileName('a"b<c>\u0000d\u202e.pdf', "pdf", "tep-1")).toBe("abcd.pdf");
  });

  it("falls back when nothing is left, and cuts long names", () => {
    expect(safeFileName(undefined, "aac", "tin-nhan-thoai-4")).toBe("tin-nhan-thoai-4.aac");
    expect(safeFileName("...", "pdf", "tep-9")).toBe("tep-9.pdf");
    expect(safeFileName(".bashrc", "txt", "tep-9")).toBe("bashrc.txt");
    expect(Array.from(safeFileName("ắ".repeat(300) + ".pdf", "pdf", "x")).length).toBe(84);
  });

  it("offers an ASCII name and the UTF-8 one in Content-Disposition", () => {
    expect(contentDisposition("attachment", "Đơn kiến nghị.pdf")).toBe(`attachment; filename="don_kien_nghi.pdf"; filename*=UTF-8''${encodeURIComponent("Đơn kiến nghị.pdf")}`);
    expect(contentDisposition("inline", 'x";.aac')).toMatch(/^inline; filename="x_.aac"; /u);
  });
});

describe("URLs without secrets", () => {
  it("drops the query, user info and a bot token in the path", () => {
    expect(redactUrl("https://bot-api.zaloplatforms.com/file/bot2718281828:fake-zalo-bot-token/voice/a1.aac?sig=abc#x")).toBe("https://bot-api.zaloplatforms.com/file/bot…/voice/a1.aac");
    expect(redactUrl("https://user:pass@voice.zdn.vn/a/b.m4a?token=secret")).toBe("https://voice.zdn.vn/a/b.m4a");
    expect(redactUrl("not a url")).toBe("(địa chỉ không hợp lệ)");
  });
});
