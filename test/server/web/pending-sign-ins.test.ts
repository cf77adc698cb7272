/** Sign-ins waiting for their two-factor code: found by their token for five minutes, then gone. */
import { describe, expect, it } from "vitest";
import { PENDING_SIGN_IN_MS, PendingSignIns } from "../../../src/server/web/pending-sign-ins.js";

const signIn = { userId: 7, username: "can.bo", displayName: "Cán bộ", next: "/inbox" };

describe("pending sign-ins", () => {
  it("are found by their token until five minutes have passed", () => {
    const pending = new PendingSignIns();
    const token = pending.start(signIn, 1_000);
    expect(PENDING_SIGN_IN_MS).toBe(5 * 60_000);
    expect(pending.get(token, 1_000 + PENDING_SIGN_IN_MS - 1)).toEqual(signIn);
    expect(pending.get(token, 1_000 + PENDING_SIGN_IN_MS)).toBeUndefined();
  });

  it("are not found by another or no token, nor once ended", () => {
    const pending = new PendingSignIns();
    const token = pending.start(signIn, 0);
    expect(pending.get(undefined, 0)).toBeUndefined();
    expect(pending.get(`${token}x`, 0)).toBeUndefined();
    expect(pending.start(signIn, 0)).not.toBe(token);
    pending.end(token);
    expect(pending.get(token, 0)).toBeUndefined();
  });
});
