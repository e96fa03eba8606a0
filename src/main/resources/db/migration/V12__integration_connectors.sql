-- Connectors that pull KPI actuals from a company's own database (ERP, MES, POS) on a schedule, and the
-- record of every run. The password is stored encrypted (AES-256-GCM, see SecretBox) and never shown again.

create table integration_connector (
    id               uuid not null primary key,
    tenant_id        uuid not null,
    name             varchar(100) not null,
    jdbc_url         varchar(500) not null,
    db_user          varchar(200),
    password_secret  varchar(1000),
    query_sql        varchar(8000) not null,
    mode             varchar(12) not null,
    kpi_id           uuid,
    definition_id    uuid,
    kpi_period_id    uuid,
    value_period     varchar(16) not null,
    fixed_month      date,
    schedule         varchar(10) not null,
    run_hour         int,
    run_weekday      int,
    run_day          int,
    enabled          boolean not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    -- scheduling state, written only by the scheduler and runs (never by saving the configuration)
    next_run_at      timestamp with time zone,
    running_since    timestamp with time zone,
    constraint integration_connector_name_unique unique (tenant_id, name),
    constraint integration_connector_tenant_id unique (tenant_id, id)
);
create index integration_connector_due on integration_connector (next_run_at);

create table integration_connector_run (
    id            uuid not null primary key,
    tenant_id     uuid not null,
    connector_id  uuid not null,
    run_trigger   varchar(10) not null,
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    status        varchar(10) not null,
    rows_read     int not null,
    recorded      int not null,
    unchanged     int not null,
    skipped       int not null,
    error_code    varchar(100),
    error_detail  varchar(1000),
    problems      varchar(8000),
    constraint integration_run_connector_fk foreign key (tenant_id, connector_id)
        references integration_connector (tenant_id, id)
);
create index integration_run_by_connector on integration_connector_run (tenant_id, connector_id, started_at);
