-- Personal access tokens always expire (90 days unless the user chooses, at most a year), and a
-- revoked token says why: revoked by its user, or with every token of the user when their
-- password was changed or reset. Tokens that had no expiry get one 90 days from this upgrade, so
-- their users see it on their account page before scripts stop.

ALTER TABLE api_token ADD COLUMN revoked_reason VARCHAR(30);
UPDATE api_token SET revoked_reason = 'USER' WHERE revoked_at IS NOT NULL;
UPDATE api_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY WHERE expires_at IS NULL;
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
