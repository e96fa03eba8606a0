-- Two-factor sign-in (TOTP). tenant_id follows account_user: null only for platform operators.
-- secret is sealed with SecretBox (AES-GCM, bound to the user id); last_step stops a code being used twice.
create table account_two_factor (
    user_id      uuid not null primary key,
    tenant_id    uuid,
    secret       varchar(300) not null,
    confirmed_at timestamp with time zone,
    last_step    bigint not null,
    created_at   timestamp with time zone not null,
    constraint account_two_factor_user_fk foreign key (user_id) references account_user (id)
);

-- Single-use recovery codes, stored only as SHA-256 hashes (the codes carry 50 random bits each).
create table account_recovery_code (
    id        uuid not null primary key,
    tenant_id uuid,
    user_id   uuid not null,
    code_hash varchar(64) not null,
    used_at   timestamp with time zone,
    constraint account_recovery_code_user_fk foreign key (user_id) references account_user (id)
);
create index account_recovery_code_by_user on account_recovery_code (user_id);

-- Roles of a company whose members must use two-factor sign-in.
create table account_two_factor_rule (
    tenant_id uuid not null,
    role      varchar(30) not null,
    constraint account_two_factor_rule_pk primary key (tenant_id, role)
);
