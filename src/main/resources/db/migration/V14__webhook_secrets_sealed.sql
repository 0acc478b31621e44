-- Signing secrets may be stored sealed (AES-256-GCM under EF_WEBHOOKS_SECRET_KEY): 'aesgcm:' and the base64 of
-- the IV, the ciphertext and the tag take up to about 120 characters.
alter table webhook_subscription alter column secret type varchar(200);
alter table webhook_subscription alter column previous_secret type varchar(200);
