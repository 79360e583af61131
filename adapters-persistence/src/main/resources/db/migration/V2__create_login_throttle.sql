-- Failed sign-in attempts per phone number and per client IP, in fixed windows. Kept in the database so that
-- every instance behind a load balancer sees the same counts.
create table login_throttle (
    throttle_key      varchar(80) not null primary key,
    failures          integer     not null,
    window_started_at timestamptz not null
);
