-- Org units, positions, employees and their assignment history.
-- Composite foreign keys (tenant_id, x_id) make it impossible, even for a buggy query, to point a row
-- at another company's org unit, position or manager.

create table people_org_unit (
    id               uuid not null primary key,
    tenant_id        uuid not null,
    parent_id        uuid,
    code             varchar(40) not null,
    name             varchar(200) not null,
    kind             varchar(20) not null,
    head_employee_id uuid,
    sort_order       int not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    constraint people_org_unit_code_unique unique (tenant_id, code),
    constraint people_org_unit_tenant_id unique (tenant_id, id),
    constraint people_org_unit_parent_fk foreign key (tenant_id, parent_id) references people_org_unit (tenant_id, id)
);
create index people_org_unit_by_parent on people_org_unit (tenant_id, parent_id);

create table people_position (
    id          uuid not null primary key,
    tenant_id   uuid not null,
    code        varchar(40) not null,
    name        varchar(200) not null,
    description varchar(2000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null,
    constraint people_position_code_unique unique (tenant_id, code),
    constraint people_position_tenant_id unique (tenant_id, id)
);

create table people_employee (
    id           uuid not null primary key,
    tenant_id    uuid not null,
    employee_no  varchar(40) not null,
    name         varchar(100) not null,
    email        varchar(254),
    phone        varchar(40),
    hire_date    date,
    status       varchar(10) not null,
    left_on      date,
    org_unit_id  uuid not null,
    position_id  uuid,
    manager_id   uuid,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null,
    constraint people_employee_no_unique unique (tenant_id, employee_no),
    constraint people_employee_email_unique unique (tenant_id, email),
    constraint people_employee_tenant_id unique (tenant_id, id),
    constraint people_employee_org_unit_fk foreign key (tenant_id, org_unit_id) references people_org_unit (tenant_id, id),
    constraint people_employee_position_fk foreign key (tenant_id, position_id) references people_position (tenant_id, id),
    constraint people_employee_manager_fk foreign key (tenant_id, manager_id) references people_employee (tenant_id, id)
);
create index people_employee_by_org_unit on people_employee (tenant_id, org_unit_id);
create index people_employee_by_manager on people_employee (tenant_id, manager_id);
create index people_employee_by_name on people_employee (tenant_id, name);

alter table people_org_unit add constraint people_org_unit_head_fk
    foreign key (tenant_id, head_employee_id) references people_employee (tenant_id, id);

-- Where an employee sat, under whom and in which role, from effective_from (inclusive) to effective_to (exclusive).
create table people_assignment (
    id             uuid not null primary key,
    tenant_id      uuid not null,
    employee_id    uuid not null,
    org_unit_id    uuid not null,
    position_id    uuid,
    manager_id     uuid,
    effective_from date not null,
    effective_to   date,
    reason         varchar(500),
    recorded_by    uuid,
    recorded_at    timestamp with time zone not null,
    constraint people_assignment_employee_fk foreign key (tenant_id, employee_id) references people_employee (tenant_id, id),
    constraint people_assignment_org_unit_fk foreign key (tenant_id, org_unit_id) references people_org_unit (tenant_id, id)
);
create index people_assignment_by_employee on people_assignment (tenant_id, employee_id, effective_from);
