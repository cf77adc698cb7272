/** Checking a staff account's two-factor code, and the field it is typed in (sign-in, turning it off). */
import type { WebDeps } from "./deps.js";
import { html, type Html } from "./html.js";

/**
 * True when `code` is the account's current code (one step either side) and newer than the last
 * code it accepted; the code is then spent, so it is accepted once, even when sent twice at once.
 */
export async function acceptTwoFactorCode(deps: Pick<WebDeps, "inbox" | "totp">, userId: number, code: string): Promise<boolean> {
  const stored = await deps.inbox.twoFactor.secret(userId);
  const secret = stored ? deps.totp.open(stored.sealedSecret) : undefined;
  if (!stored || !secret) return false;
  const step = await deps.totp.check(secret, code, { afterStep: stored.lastStep });
  return step !== undefined && (await deps.inbox.twoFactor.spendStep(userId, step));
}

/** The input of a 6-digit code: numeric keyboard on phones, filled in by password managers. */
export function codeField(label: string): Html {
  return html`<div class="field"><label for="code">${label}</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required></div>`;
}
