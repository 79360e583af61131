-- Keys now also name a number from one network ("pair:198.51.100.0|+14155550123"), which is longer.
alter table login_throttle alter column throttle_key type varchar(120);
-- Attempts admitted and not yet finished: they count against the limit while they are evaluated, so a parallel
-- burst cannot have more attempts evaluated than the limit.
alter table login_throttle add column in_flight integer not null default 0;

-- On login_throttled events: how many sign-ins were refused in that throttle window (one event per window).
alter table security_events add column attempts integer;

-- Events are kept for a retention period; the purge finds old ones by time.
create index security_events_occurred_at_idx on security_events (occurred_at);
