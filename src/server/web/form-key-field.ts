/**
 * The one-time key field of staff forms. Pages are rendered synchronously, so a key is made while
 * its form is rendered and remembered with the request's session; `StaffForms` stores the keys of a
 * page before the page is sent (src/server/web/forms.ts).
 */
import { randomBytes } from "node:crypto";
import type { StaffSession } from "../../inbox/staff-accounts.js";
import { html, type Html } from "./html.js";

/** Keys made for the page being rendered, by session object (one per request). */
const issued = new WeakMap<StaffSession, string[]>();

/** The name of the hidden field. */
export const FORM_KEY_FIELD = "_once";

/** A hidden field with a new one-time key for one form of the page being rendered. */
export function formKeyField(session: StaffSession): Html {
  const key = randomBytes(24).toString("base64url");
  issued.set(session, [...(issued.get(session) ?? []), key]);
  return html`<input type="hidden" name="${FORM_KEY_FIELD}" value="${key}">`;
}

/** The keys made for this session's page so far, forgotten here once taken (to be stored). */
export function takeIssuedKeys(session: StaffSession): string[] {
  const keys = issued.get(session) ?? [];
  issued.delete(session);
  return keys;
}
