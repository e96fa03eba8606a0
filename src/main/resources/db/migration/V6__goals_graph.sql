-- The one goal graph: strategic goals, KPIs and (later) objectives and key results, in periods.

-- Periods of a fiscal year: 1 year, 2 halves, 4 quarters, 12 months. ends_on is inclusive.
create table goal_period (
    id          uuid not null primary key,
    tenant_id   uuid not null,
    kind        varchar(10) not null,
    fiscal_year int not null,
    sequence    int not null,
    starts_on   date not null,
    ends_on     date not null,
    locked_at   timestamp with time zone,
    locked_by   uuid,
    lock_reason varchar(500),
    version     bigint not null,
    constraint goal_period_unique unique (tenant_id, kind, fiscal_year, sequence),
    constraint goal_period_tenant_id unique (tenant_id, id)
);
create index goal_period_by_dates on goal_period (tenant_id, starts_on, ends_on);

-- A goal owned by the company (owner_id null), an org unit or an employee. parent_id is the one goal it
-- contributes to (with weight, any scale, normalised among siblings); progress is a fraction (1 = 100 %).
create table goal (
    id              uuid not null primary key,
    tenant_id       uuid not null,
    kind            varchar(20) not null,
    title           varchar(300) not null,
    description     varchar(4000),
    owner_type      varchar(10) not null,
    owner_id        uuid,
    period_id       uuid not null,
    parent_id       uuid,
    weight          numeric(9, 4) not null,
    progress_driver varchar(10) not null,
    progress        numeric(14, 4),
    progress_at     timestamp with time zone,
    status          varchar(12) not null,
    visibility      varchar(10) not null,
    created_by      uuid,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint goal_tenant_id unique (tenant_id, id),
    constraint goal_period_fk foreign key (tenant_id, period_id) references goal_period (tenant_id, id),
    constraint goal_parent_fk foreign key (tenant_id, parent_id) references goal (tenant_id, id)
);
create index goal_by_parent on goal (tenant_id, parent_id);
create index goal_by_owner on goal (tenant_id, owner_type, owner_id, period_id);
create index goal_by_period on goal (tenant_id, period_id, kind);

-- "Supports" links: shown in the graph, never counted in progress. A goal may support many others.
create table goal_support (
    tenant_id         uuid not null,
    goal_id           uuid not null,
    supported_goal_id uuid not null,
    created_at        timestamp with time zone not null,
    constraint goal_support_pk primary key (goal_id, supported_goal_id),
    constraint goal_support_goal_fk foreign key (tenant_id, goal_id) references goal (tenant_id, id),
    constraint goal_support_supported_fk foreign key (tenant_id, supported_goal_id) references goal (tenant_id, id)
);
create index goal_support_by_supported on goal_support (tenant_id, supported_goal_id);
