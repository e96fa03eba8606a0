-- Notifications beyond the in-app inbox: company group-chat bots, email preferences (per user and the
-- company's defaults) and the delivery outbox that a background worker sends, with retries.

-- Composite keys the new foreign keys refer to.
alter table engagement_notification add constraint engagement_notification_tenant_id unique (tenant_id, id);
alter table account_user add constraint account_user_tenant_id unique (tenant_id, id);

-- A group bot of a company. The webhook URL (it carries the bot's token) and the signing secret are sealed
-- with AES-256-GCM (SecretBox); only the host is kept readable, to show which bot this is.
create table engagement_chat_channel (
    id              uuid not null primary key,
    tenant_id       uuid not null,
    name            varchar(100) not null,
    platform        varchar(10) not null,
    webhook_sealed  varchar(4000) not null,
    webhook_host    varchar(255) not null,
    secret_sealed   varchar(1000),
    enabled         boolean not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint engagement_chat_channel_tenant_id unique (tenant_id, id),
    constraint engagement_chat_channel_name_unique unique (tenant_id, name),
    constraint engagement_chat_channel_company_fk foreign key (tenant_id) references company (id)
);

-- Which notification kinds a channel receives.
create table engagement_chat_channel_kind (
    tenant_id   uuid not null,
    channel_id  uuid not null,
    kind        varchar(40) not null,
    constraint engagement_chat_channel_kind_pk primary key (tenant_id, channel_id, kind),
    constraint engagement_chat_channel_kind_channel_fk foreign key (tenant_id, channel_id)
        references engagement_chat_channel (tenant_id, id) on delete cascade
);
create index engagement_chat_channel_by_kind on engagement_chat_channel_kind (tenant_id, kind);

-- The company's default for email per kind (users without a choice of their own get it).
create table engagement_notification_default (
    tenant_id  uuid not null,
    kind       varchar(40) not null,
    email      boolean not null,
    constraint engagement_notification_default_pk primary key (tenant_id, kind),
    constraint engagement_notification_default_company_fk foreign key (tenant_id) references company (id)
);

-- A user's own choice for email per kind.
create table engagement_notification_preference (
    tenant_id  uuid not null,
    user_id    uuid not null,
    kind       varchar(40) not null,
    email      boolean not null,
    constraint engagement_notification_preference_pk primary key (tenant_id, user_id, kind),
    constraint engagement_notification_preference_user_fk foreign key (tenant_id, user_id)
        references account_user (tenant_id, id)
);

-- The outbox: one row per notification and channel (EMAIL to the recipient's account, or CHAT to one group
-- bot), written in the transaction that stores the notification. Status PENDING -> SENDING (claimed by one
-- worker; next_attempt_at is then the claim's expiry) -> SENT, or back to PENDING with the next attempt's
-- time, or FAILED after the last attempt. last_error never holds the webhook URL or the secret.
create table engagement_delivery (
    id                 uuid not null primary key,
    tenant_id          uuid not null,
    notification_id    uuid not null,
    channel            varchar(10) not null,
    recipient_user_id  uuid,
    chat_channel_id    uuid,
    status             varchar(10) not null,
    attempts           int not null,
    next_attempt_at    timestamp with time zone not null,
    last_attempt_at    timestamp with time zone,
    sent_at            timestamp with time zone,
    last_error         varchar(500),
    created_at         timestamp with time zone not null,
    constraint engagement_delivery_tenant_id unique (tenant_id, id),
    constraint engagement_delivery_target check (recipient_user_id is not null or chat_channel_id is not null),
    constraint engagement_delivery_notification_fk foreign key (tenant_id, notification_id)
        references engagement_notification (tenant_id, id),
    constraint engagement_delivery_user_fk foreign key (tenant_id, recipient_user_id)
        references account_user (tenant_id, id),
    constraint engagement_delivery_channel_fk foreign key (tenant_id, chat_channel_id)
        references engagement_chat_channel (tenant_id, id) on delete cascade
);
create index engagement_delivery_due on engagement_delivery (status, next_attempt_at);
create index engagement_delivery_by_tenant on engagement_delivery (tenant_id, status, created_at);
