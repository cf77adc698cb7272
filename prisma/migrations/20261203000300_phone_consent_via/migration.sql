-- How a reporter agreed to leave a phone number: "typed" or "consent_form" (Zalo OA's request_user_info).
ALTER TABLE "Contact" ADD COLUMN "phoneConsentVia" TEXT;

-- Numbers left before this column existed were typed after the consent notice.
UPDATE "Contact" SET "phoneConsentVia" = 'typed' WHERE "phone" IS NOT NULL;
