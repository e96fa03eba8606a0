-- Sign-in accounts. tenant_id is null only for platform operators (system administrators without a company).
create table account_user (
    id                   uuid not null primary key,
    tenant_id            uuid,
    employee_id          uuid,
    email                varchar(254) not null,
    display_name         varchar(100) not null,
    password_hash        varchar(200),
    roles                varchar(200) not null,
    status               varchar(20) not null,
    preferred_locale     varchar(10),
    session_epoch        int not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    last_sign_in_at      timestamp with time zone,
    version              bigint not null,
    constraint account_user_email_unique unique (email),
    constraint account_user_employee_unique unique (tenant_id, employee_id)
);
create index account_user_by_tenant on account_user (tenant_id);

create table account_token (
    id           uuid not null primary key,
    tenant_id    uuid,
    user_id      uuid not null,
    name         varchar(100) not null,
    token_hash   varchar(64) not null,
    token_prefix varchar(16) not null,
    scopes       varchar(200) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    version      bigint not null,
    constraint account_token_hash_unique unique (token_hash),
    constraint account_token_user_fk foreign key (user_id) references account_user (id)
);
create index account_token_by_user on account_token (user_id);

-- Failed sign-in counters per e-mail address and per client address (not business data: keyed before sign-in).
create table account_login_throttle (
    throttle_key     varchar(300) not null primary key,
    failures         int not null,
    first_failure_at timestamp with time zone not null,
    blocked_until    timestamp with time zone
);
