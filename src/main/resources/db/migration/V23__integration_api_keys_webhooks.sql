-- The integration surface: API keys per integration (not tied to a person) and outgoing webhooks with their
-- delivery outbox.

-- An integration's API key. Only the SHA-256 hash is stored; the prefix lets HR recognise it in lists.
-- scopes: comma-separated TokenScope names; allowed_addresses: comma-separated IPs or CIDR ranges (null: any).
create table integration_api_key (
    id                 uuid not null primary key,
    tenant_id          uuid not null,
    name               varchar(100) not null,
    key_hash           varchar(64) not null,
    key_prefix         varchar(12) not null,
    scopes             varchar(500) not null,
    allowed_addresses  varchar(1000),
    created_by         varchar(255) not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone,
    last_used_at       timestamp with time zone,
    revoked_at         timestamp with time zone,
    constraint integration_api_key_hash_unique unique (key_hash),
    constraint integration_api_key_tenant_id unique (tenant_id, id),
    constraint integration_api_key_company_fk foreign key (tenant_id) references company (id)
);
create index integration_api_key_by_tenant on integration_api_key (tenant_id, created_at);

-- A company's webhook subscription. The signing secret is sealed with SecretBox (AES-256-GCM); the URL is kept
-- readable because HR must see where data goes. event_kinds: comma-separated WebhookEventKind names.
create table integration_webhook (
    id             uuid not null primary key,
    tenant_id      uuid not null,
    name           varchar(100) not null,
    url            varchar(2000) not null,
    event_kinds    varchar(500) not null,
    secret_sealed  varchar(1000) not null,
    active         boolean not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint integration_webhook_tenant_id unique (tenant_id, id),
    constraint integration_webhook_name_unique unique (tenant_id, name),
    constraint integration_webhook_company_fk foreign key (tenant_id) references company (id)
);

-- The outbox: one row per event and subscription, written in the transaction of the business change.
-- Status PENDING -> SENDING (claimed; next_attempt_at is the claim's expiry) -> SENT, or PENDING again with
-- the next attempt's time, or FAILED after the last attempt. body is the exact JSON that is signed and sent.
create table integration_webhook_delivery (
    id                 uuid not null primary key,
    tenant_id          uuid not null,
    webhook_id         uuid not null,
    event_id           uuid not null,
    event_kind         varchar(40) not null,
    body               varchar(8000) not null,
    status             varchar(10) not null,
    attempts           int not null,
    next_attempt_at    timestamp with time zone not null,
    last_attempt_at    timestamp with time zone,
    last_status_code   int,
    last_error         varchar(500),
    sent_at            timestamp with time zone,
    created_at         timestamp with time zone not null,
    constraint integration_webhook_delivery_tenant_id unique (tenant_id, id),
    constraint integration_webhook_delivery_once unique (tenant_id, webhook_id, event_id),
    constraint integration_webhook_delivery_webhook_fk foreign key (tenant_id, webhook_id)
        references integration_webhook (tenant_id, id) on delete cascade
);
create index integration_webhook_delivery_due on integration_webhook_delivery (status, next_attempt_at);
create index integration_webhook_delivery_by_tenant on integration_webhook_delivery (tenant_id, created_at);
