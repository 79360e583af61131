-- Users sign in with a phone number (E.164) and a password (stored as an Argon2id hash only).
create table users (
    id            uuid         not null primary key,
    phone         varchar(16)  not null,
    password_hash varchar(255) not null,
    created_at    timestamptz  not null,
    constraint users_phone_key unique (phone)
);

-- One row per signed-in device. Signing out deletes the row, so the next lookup by token hash finds nothing.
-- token_hash is the lower-case hex SHA-256 of the access token; the token itself is never stored.
create table sessions (
    id             uuid         not null primary key,
    user_id        uuid         not null references users (id) on delete cascade,
    token_hash     char(64)     not null,
    device_os      varchar(64)  not null,
    device_browser varchar(64)  not null,
    device_type    varchar(16)  not null,
    ip_address     varchar(45)  not null,
    created_at     timestamptz  not null,
    last_active_at timestamptz  not null
);

-- Every session query names the user: listing and "sign out all others" walk this index.
create index sessions_user_id_idx on sessions (user_id);
