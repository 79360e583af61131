-- Sessions end after an idle timeout and at an absolute expiry fixed at sign-in (the access token's exp).
alter table sessions add column absolute_expires_at timestamptz;
/* [jooq ignore start] */
update sessions set absolute_expires_at = created_at + interval '90 days' where absolute_expires_at is null;
/* [jooq ignore stop] */
alter table sessions alter column absolute_expires_at set not null;

-- The purge job finds dead sessions by either limit.
create index sessions_absolute_expires_at_idx on sessions (absolute_expires_at);
create index sessions_last_active_at_idx on sessions (last_active_at);

-- Old throttle windows are purged by window start.
create index login_throttle_window_idx on login_throttle (window_started_at);
