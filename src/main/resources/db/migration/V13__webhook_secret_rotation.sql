-- Rotating a subscription's secret: the previous one keeps signing beside the new one for a while (a delivery then
-- carries two signatures, as the Standard Webhooks specification allows), so the partner switches without a gap.
alter table webhook_subscription add column previous_secret varchar(100);
alter table webhook_subscription add column previous_secret_until timestamptz;
