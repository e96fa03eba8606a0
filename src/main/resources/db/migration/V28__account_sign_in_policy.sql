-- Per company: whether Lodestar passwords may still be used once single sign-on (OIDC or a directory) is set up.
-- No row = passwords allowed, so existing companies keep working after the upgrade (expand only).
create table account_sign_in_policy (
    tenant_id        uuid not null primary key,
    password_sign_in boolean not null,
    updated_at       timestamp with time zone not null,
    updated_by       uuid,
    version          bigint not null
);
