/** Downloads against the loopback Zalo fake's file links: limits, types, failures, no token in errors. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpstreamUnreachableError } from "../../src/core/errors.js";
import { downloadMedia, hostAllowed, MediaRefusedError } from "../../src/core/media-download.js";
import { FAKE_BOT_TOKEN, SAMPLE_FILES, startFakeZalo, type FakeZalo } from "../helpers/zalo-fake.js";

let fake: FakeZalo;
let slow: Server;
let slowUrl: string;
let redirects: Server;
let redirectBase: string;

beforeAll(async () => {
  fake = await startFakeZalo();
  // Answers the headers, then never sends the body.
  slow = createServer((_request, response) => response.writeHead(200, { "content-type": "audio/aac" }).flushHeaders());
  await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
  slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/voice.aac`;
  // Redirects to the address in its query: `/?to=<url>`.
  redirects = createServer((request, response) => response.writeHead(302, { location: new URL(request.url ?? "/", "http://x").searchParams.get("to") ?? "/" }).end());
  await new Promise<void>((resolve) => redirects.listen(0, "127.0.0.1", resolve));
  redirectBase = `http://127.0.0.1:${(redirects.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  slow.closeAllConnections();
  slow.close();
  redirects.close();
  await fake.close();
});

async function refusal(promise: Promise<unknown>): Promise<MediaRefusedError | UpstreamUnreachableError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error instanceof MediaRefusedError || error instanceof UpstreamUnreachableError, String(error)).toBe(true);
  return error as MediaRefusedError | UpstreamUnreachableError;
}

/** The fake serves files on loopback. */
const LOOPBACK = { hosts: ["127.0.0.1"] } as const;

describe("downloading a file sent by link", () => {
  it("gives the bytes and the kept type: by the declared type, or by the name when the type says nothing", async () => {
    const aac = await downloadMedia(fake.hostFile("v/1.aac", SAMPLE_FILES.voiceAac), LOOPBACK);
    expect(aac).toMatchObject({ contentType: "audio/aac", ext: "aac" });
    expect(aac.bytes.equals(SAMPLE_FILES.voiceAac.bytes)).toBe(true);
    const m4a = await downloadMedia(fake.hostFile("v/2", SAMPLE_FILES.voiceM4a), { ...LOOPBACK, name: "ghi-am.m4a" });
    expect(m4a).toMatchObject({ contentType: "audio/mp4", ext: "m4a" });
    // Without a name, the link's last segment tells the extension.
    expect(await downloadMedia(fake.hostFile("v/3.m4a", SAMPLE_FILES.voiceM4a), LOOPBACK)).toMatchObject({ ext: "m4a" });
  });

  it("refuses a file over the limit by its length, and one streamed without a length once it passes the limit", async () => {
    const announced = await refusal(downloadMedia(fake.hostFile("big.aac", SAMPLE_FILES.oversize), LOOPBACK));
    expect(announced).toBeInstanceOf(MediaRefusedError);
    expect((announced as MediaRefusedError).reason).toBe("too_large");
    const streamed = await refusal(downloadMedia(fake.hostFile("big-stream.aac", SAMPLE_FILES.oversizeStreamed), LOOPBACK));
    expect((streamed as MediaRefusedError).reason).toBe("too_large");
    expect(streamed.message).toMatch(/over the limit of 20971520 bytes/u);
    const small = await refusal(downloadMedia(fake.hostFile("v/4.aac", SAMPLE_FILES.voiceAac), { ...LOOPBACK, maxBytes: 8 }));
    expect((small as MediaRefusedError).reason).toBe("too_large");
  });

  it("refuses a program (by its type, or by its first bytes under another name) and a type not kept", async () => {
    expect(((await refusal(downloadMedia(fake.hostFile("setup.exe", SAMPLE_FILES.program), LOOPBACK))) as MediaRefusedError).reason).toBe("type");
    const disguised = await refusal(downloadMedia(fake.hostFile("ghi-am.m4a", { ...SAMPLE_FILES.program, contentType: "application/octet-stream" }), LOOPBACK));
    expect((disguised as MediaRefusedError).reason).toBe("type");
    expect(disguised.message).toMatch(/is a program/u);
    const page = await refusal(downloadMedia(fake.hostFile("trang.aac", { bytes: Buffer.from("<html></html>"), contentType: "text/html" }), LOOPBACK));
    expect((page as MediaRefusedError).reason).toBe("type");
  });

  it("tells an expired link (for good) from a host that failed or did not answer in time (try again)", async () => {
    expect(((await refusal(downloadMedia(fake.hostFile("het-han.aac", SAMPLE_FILES.gone), LOOPBACK))) as MediaRefusedError).reason).toBe("gone");
    expect(await refusal(downloadMedia(fake.hostFile("loi.aac", { ...SAMPLE_FILES.gone, status: 503 }), LOOPBACK))).toBeInstanceOf(UpstreamUnreachableError);
    expect(await refusal(downloadMedia("http://127.0.0.1:9/voice.aac", LOOPBACK))).toBeInstanceOf(UpstreamUnreachableError);
    expect(await refusal(downloadMedia(slowUrl, { ...LOOPBACK, timeoutMs: 300 }))).toBeInstanceOf(UpstreamUnreachableError);
  });

  it("never puts the token of a link in its error", async () => {
    const url = fake.hostFile(`file/bot${FAKE_BOT_TOKEN}/voice/gone.aac`, SAMPLE_FILES.gone, "sig=s3cr3t");
    const error = await refusal(downloadMedia(url, LOOPBACK));
    expect(error.message).toContain("/file/bot…/voice/gone.aac");
    expect(error.message).not.toContain(FAKE_BOT_TOKEN);
    expect(error.message).not.toContain("s3cr3t");
  });

  it("fetches only from the allowed hosts, redirects included: a link must not reach the internal network", async () => {
    const file = fake.hostFile("v/5.aac", SAMPLE_FILES.voiceAac);
    const elsewhere = await refusal(downloadMedia(file.replace("127.0.0.1", "localhost"), LOOPBACK));
    expect((elsewhere as MediaRefusedError).reason).toBe("host");
    expect(await downloadMedia(`${redirectBase}?to=${encodeURIComponent(file)}`, LOOPBACK)).toMatchObject({ ext: "aac" });
    const redirected = await refusal(downloadMedia(`${redirectBase}?to=${encodeURIComponent(file.replace("127.0.0.1", "localhost"))}`, LOOPBACK));
    expect((redirected as MediaRefusedError).reason).toBe("host");
    const loop = await refusal(downloadMedia(`${redirectBase}?to=${encodeURIComponent(redirectBase)}`, LOOPBACK));
    expect(loop.message).toMatch(/redirects more than 3 times/u);
    expect(((await refusal(downloadMedia("file:///etc/passwd", LOOPBACK))) as MediaRefusedError).reason).toBe("gone");
  });

  it("allows a host and its subdomains, not a name that merely ends the same", () => {
    expect(hostAllowed(["zadn.vn"], "zadn.vn")).toBe(true);
    expect(hostAllowed(["zadn.vn"], "Photo-Stal.ZADN.vn")).toBe(true);
    expect(hostAllowed(["zadn.vn"], "evilzadn.vn")).toBe(false);
    expect(hostAllowed(["zadn.vn"], "zadn.vn.attacker.example")).toBe(false);
    expect(hostAllowed([], "zadn.vn")).toBe(false);
  });
});
