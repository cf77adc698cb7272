-- When the platform call of an outbox delivery began: a crash after it may have delivered the
-- message, which is then marked unconfirmed rather than sent twice.
ALTER TABLE "OutboxMessage" ADD COLUMN "sendingAt" DATETIME;
