-- Privacy duties (PIPL): per-company retention rules, approved bulk exports of personal data, and the mark
-- left on an employee whose personal data the retention job anonymised. Expand only: older versions ignore
-- the new column and tables.

create table privacy_retention_rule (
    tenant_id   uuid not null,
    data_kind   varchar(40) not null,
    keep_days   int not null,
    updated_by  uuid,
    updated_at  timestamp with time zone not null,
    constraint privacy_retention_rule_pk primary key (tenant_id, data_kind),
    constraint privacy_retention_rule_days check (keep_days > 0)
);

-- A bulk export of many people's personal data waits here until an HR administrator other than the
-- requester approves it; the file is produced at download time and can be fetched once before expires_at.
create table privacy_export_request (
    id              uuid not null primary key,
    tenant_id       uuid not null,
    kind            varchar(40) not null,
    reason          varchar(500) not null,
    requested_by    uuid not null,
    requester_name  varchar(254) not null,
    requested_at    timestamp with time zone not null,
    status          varchar(12) not null,
    decided_by      uuid,
    decider_name    varchar(254),
    decided_at      timestamp with time zone,
    expires_at      timestamp with time zone,
    downloaded_at   timestamp with time zone,
    version         bigint not null,
    constraint privacy_export_request_status check (status in ('PENDING', 'APPROVED', 'REJECTED', 'DOWNLOADED', 'EXPIRED'))
);
create index privacy_export_request_by_tenant on privacy_export_request (tenant_id, status, requested_at);

alter table people_employee add column anonymised_at timestamp with time zone;
