-- Attendance terminals (ZKTeco PUSH / "iclock") and the punches they upload.
-- A device does not say which company it belongs to, only its serial number, so the serial number is unique
-- across the installation. An unknown serial is recorded as PENDING with no tenant; an HR administrator
-- approves it into their company by typing the serial number read off the device, which sets tenant_id.
-- Only APPROVED devices have data accepted; every row written for a device carries the device's tenant_id.

create table attendance_device (
    id               uuid not null primary key,
    tenant_id        uuid,
    serial_number    varchar(64) not null,
    status           varchar(10) not null,
    name             varchar(100),
    utc_offset       varchar(6) not null,
    text_charset     varchar(10) not null,
    firmware         varchar(200),
    first_seen_at    timestamp with time zone,
    last_seen_at     timestamp with time zone,
    last_punch_at    timestamp with time zone,
    attlog_stamp     varchar(64),
    operlog_stamp    varchar(64),
    punch_count      bigint not null,
    duplicate_count  bigint not null,
    set_aside_count  bigint not null,
    error_count      bigint not null,
    last_error       varchar(300),
    last_error_at    timestamp with time zone,
    approved_at      timestamp with time zone,
    version          bigint not null,
    constraint attendance_device_serial_unique unique (serial_number),
    constraint attendance_device_tenant_id unique (tenant_id, id)
);
create index attendance_device_by_tenant on attendance_device (tenant_id, status);

-- One raw punch: the device-local wall-clock time exactly as sent, and the device's UTC offset at the time.
-- The unique key is what makes re-sends and full re-uploads harmless.
create table attendance_punch (
    id           uuid not null primary key,
    tenant_id    uuid not null,
    device_id    uuid not null,
    pin          varchar(24) not null,
    local_time   timestamp not null,
    utc_offset   varchar(6) not null,
    punched_at   timestamp with time zone not null,
    status_code  int,
    verify_code  int,
    work_code    varchar(24),
    raw_line     varchar(500) not null,
    received_at  timestamp with time zone not null,
    constraint attendance_punch_unique unique (tenant_id, device_id, pin, local_time),
    constraint attendance_punch_device_fk foreign key (tenant_id, device_id)
        references attendance_device (tenant_id, id)
);
create index attendance_punch_by_time on attendance_punch (tenant_id, punched_at);

-- Lines a device sent that were not stored as punches or users: kept with the reason, never silently dropped.
create table attendance_set_aside (
    id           uuid not null primary key,
    tenant_id    uuid not null,
    device_id    uuid not null,
    table_name   varchar(16) not null,
    reason       varchar(40) not null,
    raw_line     varchar(500) not null,
    received_at  timestamp with time zone not null,
    constraint attendance_set_aside_device_fk foreign key (tenant_id, device_id)
        references attendance_device (tenant_id, id)
);
create index attendance_set_aside_by_device on attendance_set_aside (tenant_id, device_id, received_at);

-- Users as a device reported them (OPERLOG USER lines): PIN and name only. Passwords, cards and biometric
-- templates are never stored.
create table attendance_device_user (
    tenant_id   uuid not null,
    device_id   uuid not null,
    pin         varchar(24) not null,
    name        varchar(100),
    updated_at  timestamp with time zone not null,
    constraint attendance_device_user_pk primary key (tenant_id, device_id, pin),
    constraint attendance_device_user_device_fk foreign key (tenant_id, device_id)
        references attendance_device (tenant_id, id)
);

-- Commands waiting for a device's next poll. command_no is the C:<no>: the device echoes in its result;
-- one sequence for the installation keeps it unique per device.
create sequence attendance_command_no start with 1;
create table attendance_command (
    id            uuid not null primary key,
    tenant_id     uuid not null,
    device_id     uuid not null,
    command_no    bigint not null,
    kind          varchar(16) not null,
    command_text  varchar(2000) not null,
    state         varchar(8) not null,
    return_code   int,
    queued_at     timestamp with time zone not null,
    sent_at       timestamp with time zone,
    done_at       timestamp with time zone,
    constraint attendance_command_no_unique unique (device_id, command_no),
    constraint attendance_command_device_fk foreign key (tenant_id, device_id)
        references attendance_device (tenant_id, id)
);
create index attendance_command_by_device on attendance_command (tenant_id, device_id, state, command_no);
