-- KPIs: the company's library of definitions, the scoring configuration of each KPI goal, its immutable
-- measurements and the computed result per period. Values are exact decimals.

create table kpi_definition (
    id              uuid not null primary key,
    tenant_id       uuid not null,
    code            varchar(40) not null,
    name            varchar(200) not null,
    description     varchar(2000),
    unit            varchar(20),
    direction       varchar(10) not null,
    scoring_method  varchar(12) not null,
    aggregation     varchar(10) not null,
    frequency       varchar(10) not null,
    baseline        numeric(20, 6),
    target          numeric(20, 6),
    stretch         numeric(20, 6),
    range_low       numeric(20, 6),
    range_high      numeric(20, 6),
    inclusive       boolean not null,
    tolerance       numeric(20, 6),
    piecewise       varchar(2000),
    cap             numeric(9, 4),
    floor_value     numeric(9, 4),
    default_weight  numeric(9, 4),
    archived        boolean not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint kpi_definition_code_unique unique (tenant_id, code),
    constraint kpi_definition_tenant_id unique (tenant_id, id)
);

-- One row per goal of kind KPI: how its measurements are scored, and its weight in the owner's scorecard.
-- piecewise steps are written "from=completion" or "from=xfactor", separated by ";" (e.g. "0.9=1;0.8=x0.8").
create table kpi (
    goal_id         uuid not null primary key,
    tenant_id       uuid not null,
    definition_id   uuid,
    unit            varchar(20),
    direction       varchar(10) not null,
    scoring_method  varchar(12) not null,
    aggregation     varchar(10) not null,
    frequency       varchar(10) not null,
    baseline        numeric(20, 6),
    target          numeric(20, 6),
    stretch         numeric(20, 6),
    range_low       numeric(20, 6),
    range_high      numeric(20, 6),
    inclusive       boolean not null,
    tolerance       numeric(20, 6),
    piecewise       varchar(2000),
    cap             numeric(9, 4),
    floor_value     numeric(9, 4),
    weight          numeric(9, 4) not null,
    self_reported   boolean not null,
    version         bigint not null,
    constraint kpi_tenant_goal unique (tenant_id, goal_id),
    constraint kpi_goal_fk foreign key (tenant_id, goal_id) references goal (tenant_id, id),
    constraint kpi_definition_fk foreign key (tenant_id, definition_id) references kpi_definition (tenant_id, id)
);

-- Immutable: a correction is a new row that names the row it corrects (corrects_id); the corrected row
-- then no longer counts. idempotency_key makes a re-sent push change nothing.
create table kpi_measurement (
    id               uuid not null primary key,
    tenant_id        uuid not null,
    kpi_id           uuid not null,
    period_id        uuid not null,
    measured_on      date not null,
    measured_value   numeric(20, 6) not null,
    source           varchar(12) not null,
    source_ref       varchar(300),
    idempotency_key  varchar(200),
    entered_by       uuid,
    entered_by_name  varchar(254),
    corrects_id      uuid,
    reason           varchar(500),
    lock_override    boolean not null,
    recorded_at      timestamp with time zone not null,
    constraint kpi_measurement_key_unique unique (tenant_id, idempotency_key),
    constraint kpi_measurement_kpi_fk foreign key (tenant_id, kpi_id) references kpi (tenant_id, goal_id),
    constraint kpi_measurement_period_fk foreign key (tenant_id, period_id) references goal_period (tenant_id, id)
);
create index kpi_measurement_by_kpi on kpi_measurement (tenant_id, kpi_id, measured_on);
create index kpi_measurement_by_correction on kpi_measurement (tenant_id, corrects_id);

-- The computed actual and completion of a KPI in a period (its measurement period and every longer one).
create table kpi_result (
    tenant_id          uuid not null,
    kpi_id             uuid not null,
    period_id          uuid not null,
    actual             numeric(20, 6),
    target             numeric(20, 6),
    completion         numeric(14, 4),
    raw_completion     numeric(14, 4),
    measurement_count  int not null,
    computed_at        timestamp with time zone not null,
    constraint kpi_result_pk primary key (kpi_id, period_id)
);
create index kpi_result_by_period on kpi_result (tenant_id, period_id);
