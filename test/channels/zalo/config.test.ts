import { describe, expect, it } from "vitest";
import { loadZaloConfig, ZALO_DEFAULT_BASES, ZALO_OA_DEFAULT_WEBHOOK_PATH } from "../../../src/channels/zalo/config.js";
import { ConfigError } from "../../../src/core/errors.js";

const OA = { ZALO_OA_APP_ID: "4242", ZALO_OA_APP_SECRET: "app-secret-123", ZALO_OA_SECRET_KEY: "oa-secret-key-123", ZALO_OA_REFRESH_TOKEN: "refresh-token-123" };

describe("loadZaloConfig", () => {
  it("is off with nothing set, and treats empty values as unset", () => {
    expect(loadZaloConfig({})).toBeUndefined();
    expect(loadZaloConfig({ ZALO_BOT_TOKEN: "", ZALO_OA_APP_ID: "", ZALO_BOT_API_BASE: "" })).toBeUndefined();
  });

  it("stays off with the defaults written out, as .env.example has them", () => {
    expect(loadZaloConfig({ ZALO_BOT_TOKEN: "", ZALO_BOT_API_BASE: ZALO_DEFAULT_BASES.bot, ZALO_OA_WEBHOOK_PATH: ZALO_OA_DEFAULT_WEBHOOK_PATH, ZALO_OA_API_BASE: ZALO_DEFAULT_BASES.oaApi, ZALO_OA_OAUTH_BASE: ZALO_DEFAULT_BASES.oauth })).toBeUndefined();
  });

  it("turns on the bot with its token, polling by default", () => {
    expect(loadZaloConfig({ ZALO_BOT_TOKEN: "12345689:abc-xyz-123" })).toEqual({
      bot: { token: "12345689:abc-xyz-123", apiBase: ZALO_DEFAULT_BASES.bot, webhookUrl: undefined, webhookSecret: undefined },
      oa: undefined,
      mediaHosts: ["zdn.vn", "zadn.vn", "zalo.me", "zaloapp.com", "zalo.vn", "zaloplatforms.com", "bot-api.zaloplatforms.com"],
    });
    expect(loadZaloConfig({ ZALO_BOT_TOKEN: "12345689:abc-xyz-123", ZALO_BOT_API_BASE: "http://127.0.0.1:9000/", ZALO_WEBHOOK_URL: "https://a.example/zalo", ZALO_WEBHOOK_SECRET: "s3cret-token" })?.bot).toMatchObject({
      apiBase: "http://127.0.0.1:9000",
      webhookUrl: "https://a.example/zalo",
      webhookSecret: "s3cret-token",
    });
  });

  it("downloads media from ZALO_MEDIA_HOSTS when set, plus the API's own host; refuses a list that is not host names", () => {
    expect(loadZaloConfig({ ZALO_BOT_TOKEN: "12345689:abc-xyz-123", ZALO_BOT_API_BASE: "http://127.0.0.1:9000", ZALO_MEDIA_HOSTS: " CDN.example.vn , zdn.vn" })?.mediaHosts).toEqual(["cdn.example.vn", "zdn.vn", "127.0.0.1"]);
    expect(() => loadZaloConfig({ ZALO_BOT_TOKEN: "12345689:abc-xyz-123", ZALO_MEDIA_HOSTS: "https://zdn.vn/" })).toThrow(/ZALO_MEDIA_HOSTS: must be host names separated by commas/u);
  });

  it("turns on the OA with its variables, and names the missing ones", () => {
    expect(loadZaloConfig(OA)?.oa).toMatchObject({ appId: "4242", webhookPath: ZALO_OA_DEFAULT_WEBHOOK_PATH, apiBase: ZALO_DEFAULT_BASES.oaApi, oauthBase: ZALO_DEFAULT_BASES.oauth, accessToken: undefined });
    const attempt = () => loadZaloConfig({ ZALO_OA_APP_ID: "4242", ZALO_OA_ACCESS_TOKEN: "access-token-1" });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/the Zalo OA needs ZALO_OA_APP_SECRET .*ZALO_OA_SECRET_KEY .*ZALO_OA_REFRESH_TOKEN /);
  });

  it("reads the contact form's picture, which must be a public https URL", () => {
    expect(loadZaloConfig(OA)?.oa?.contactFormImageUrl).toBeUndefined();
    expect(loadZaloConfig({ ...OA, ZALO_OA_CONTACT_FORM_IMAGE_URL: "https://danvan.example/lien-he.png" })?.oa?.contactFormImageUrl).toBe("https://danvan.example/lien-he.png");
    expect(() => loadZaloConfig({ ...OA, ZALO_OA_CONTACT_FORM_IMAGE_URL: "http://danvan.example/lien-he.png" })).toThrow(/ZALO_OA_CONTACT_FORM_IMAGE_URL: must be a public https:\/\/ URL of a JPG or PNG picture/);
  });

  it("names every invalid variable and what it expects", () => {
    const attempt = () => loadZaloConfig({ ZALO_BOT_TOKEN: "not a token", ZALO_WEBHOOK_URL: "http://plain.example/hook", ZALO_WEBHOOK_SECRET: "short" });
    expect(attempt).toThrow(/ZALO_BOT_TOKEN: does not look like a Zalo bot token.*ZALO_WEBHOOK_URL: must be a public https:\/\/ URL; ZALO_WEBHOOK_SECRET: must be 8–256/);
    expect(() => loadZaloConfig({ ZALO_WEBHOOK_URL: "https://a.example/zalo" })).toThrow("ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET are for the Zalo bot: set ZALO_BOT_TOKEN as well");
    expect(() => loadZaloConfig({ ...OA, ZALO_BOT_TOKEN: "1:abc", ZALO_WEBHOOK_URL: "https://a.example/zalo/oa/webhook" })).toThrow("ZALO_WEBHOOK_URL and ZALO_OA_WEBHOOK_PATH use the same path");
  });
});
