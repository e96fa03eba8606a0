-- Platform tables: Spring Modulith's event publication registry, the audit trail and import jobs.
-- Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Free text uses varchar without
-- a length (H2 maps TEXT to a CLOB, which it cannot index or compare).

create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Append-only: the application only ever inserts here (see AuditTrail and AuditTrailIsAppendOnlyTests).
create table platform_audit_event (
    id            uuid not null primary key,
    tenant_id     uuid,
    occurred_at   timestamp with time zone not null,
    actor_user_id uuid,
    actor_name    varchar(254),
    actor_ip      varchar(64),
    request_id    varchar(64),
    action        varchar(40) not null,
    entity_type   varchar(60) not null,
    entity_id     varchar(64),
    summary       varchar(1000),
    before_state  varchar,
    after_state   varchar
);
create index platform_audit_event_by_tenant_time on platform_audit_event (tenant_id, occurred_at);
create index platform_audit_event_by_entity on platform_audit_event (tenant_id, entity_type, entity_id);

create table platform_import_job (
    id             uuid not null primary key,
    tenant_id      uuid not null,
    user_id        uuid not null,
    kind           varchar(40) not null,
    file_name      varchar(255) not null,
    content        bytea,
    status         varchar(20) not null,
    total_rows     int not null,
    processed_rows int not null,
    report         varchar,
    created_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    version        bigint not null
);
create index platform_import_job_by_tenant on platform_import_job (tenant_id, created_at);
