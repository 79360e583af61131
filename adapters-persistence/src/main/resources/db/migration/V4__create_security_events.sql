-- Each user's security activity (sign-ins, failures, sign-outs, password changes), newest first per user.
-- Events that name no account (a failed sign-in with an unknown number) go to the log only.
create table security_events (
    id               bigint      generated always as identity primary key,
    user_id          uuid        not null references users (id) on delete cascade,
    event_type       varchar(32) not null,
    occurred_at      timestamptz not null,
    session_id       uuid,
    ip_address       varchar(45),
    device_os        varchar(64),
    device_browser   varchar(64),
    device_type      varchar(16),
    revoked_by       varchar(16),
    revoked_count    integer,
    new_device       boolean,
    new_ip_address   boolean
);

create index security_events_user_idx on security_events (user_id, occurred_at desc, id desc);
