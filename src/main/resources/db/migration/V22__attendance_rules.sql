-- Attendance rules: which employee a PIN is, shifts and who works them, the company's work calendar, one result
-- per employee and day computed from the punches, and KPIs that take their actuals from attendance.

-- How a PIN matches an employee number when no explicit mapping exists: EXACT, or IGNORE_ZEROS (leading zeros).
create table attendance_settings (
    tenant_id   uuid not null primary key,
    pin_match   varchar(12) not null
);

-- HR's explicit PIN → employee mappings; they win over matching by employee number.
create table attendance_pin_mapping (
    tenant_id    uuid not null,
    pin          varchar(24) not null,
    employee_id  uuid not null,
    mapped_at    timestamp with time zone not null,
    constraint attendance_pin_mapping_pk primary key (tenant_id, pin),
    constraint attendance_pin_mapping_employee_fk foreign key (tenant_id, employee_id)
        references people_employee (tenant_id, id)
);

-- A shift in wall-clock time where the people work; end <= start means it ends the next day (22:00–06:00).
create table attendance_shift (
    id                     uuid not null primary key,
    tenant_id              uuid not null,
    name                   varchar(100) not null,
    start_time             time not null,
    end_time               time not null,
    late_grace_minutes     int not null,
    early_grace_minutes    int not null,
    break_minutes          int not null,
    overtime_min_minutes   int not null,
    window_before_minutes  int not null,
    window_after_minutes   int not null,
    version                bigint not null,
    constraint attendance_shift_tenant_id unique (tenant_id, id),
    constraint attendance_shift_name_unique unique (tenant_id, name)
);

-- A shift for an org unit (and the units and people below it) or for one employee, from a date on.
-- weekdays: seven characters Monday..Sunday, '1' = a working day.
create table attendance_schedule (
    id              uuid not null primary key,
    tenant_id       uuid not null,
    shift_id        uuid not null,
    org_unit_id     uuid,
    employee_id     uuid,
    weekdays        varchar(7) not null,
    effective_from  date not null,
    created_at      timestamp with time zone not null,
    constraint attendance_schedule_target check ((org_unit_id is null) <> (employee_id is null)),
    constraint attendance_schedule_shift_fk foreign key (tenant_id, shift_id)
        references attendance_shift (tenant_id, id),
    constraint attendance_schedule_unit_fk foreign key (tenant_id, org_unit_id)
        references people_org_unit (tenant_id, id),
    constraint attendance_schedule_employee_fk foreign key (tenant_id, employee_id)
        references people_employee (tenant_id, id)
);
create index attendance_schedule_by_unit on attendance_schedule (tenant_id, org_unit_id, effective_from);
create index attendance_schedule_by_employee on attendance_schedule (tenant_id, employee_id, effective_from);

-- Public holidays (HOLIDAY) and make-up working days (WORKDAY, 调休上班日) of the company.
create table attendance_calendar_day (
    tenant_id  uuid not null,
    work_day   date not null,
    kind       varchar(8) not null,
    name       varchar(100) not null,
    constraint attendance_calendar_day_pk primary key (tenant_id, work_day)
);

-- One computed result per employee and day (a night shift belongs to the day it starts).
create table attendance_day_result (
    tenant_id         uuid not null,
    employee_id       uuid not null,
    work_day          date not null,
    status            varchar(14) not null,
    working_day       boolean not null,
    shift_id          uuid,
    first_punch       timestamp,
    last_punch        timestamp,
    punch_count       int not null,
    late_minutes      int not null,
    early_minutes     int not null,
    overtime_minutes  int not null,
    worked_minutes    int not null,
    computed_at       timestamp with time zone not null,
    constraint attendance_day_result_pk primary key (tenant_id, employee_id, work_day),
    constraint attendance_day_result_employee_fk foreign key (tenant_id, employee_id)
        references people_employee (tenant_id, id)
);
create index attendance_day_result_by_day on attendance_day_result (tenant_id, work_day);

-- Days whose results must be computed again, for a PIN ('pin:<pin>', resolved to its employee when worked off)
-- or an employee ('employee:<id>'): written in the transaction that stored the punches or changed a mapping,
-- worked off in the background so that a device's upload is answered fast. requested_at tells a request that
-- arrived during the computation from the one that was computed.
create table attendance_recompute (
    tenant_id     uuid not null,
    subject       varchar(48) not null,
    work_day      date not null,
    requested_at  timestamp with time zone not null,
    constraint attendance_recompute_pk primary key (tenant_id, subject, work_day)
);

-- the punches of one PIN over a few days: how every day's result is computed
create index attendance_punch_by_pin on attendance_punch (tenant_id, pin, local_time);

-- A KPI whose actuals come from attendance: the measure, for the KPI's owner (employee or org unit).
create table attendance_kpi_binding (
    tenant_id   uuid not null,
    kpi_id      uuid not null,
    measure     varchar(20) not null,
    created_at  timestamp with time zone not null,
    constraint attendance_kpi_binding_pk primary key (tenant_id, kpi_id)
);
