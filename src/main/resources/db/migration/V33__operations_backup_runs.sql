-- Backups and verifications started from the admin page or the schedule run in the background; this table is
-- what every node shows of them: progress while one runs, the outcome when it ended. running_slot is 'backup'
-- on the one run in progress (unique: a second start on any node is refused) and null once it ends. A run whose
-- heartbeat stopped (its node died) is marked abandoned by the next start. Not company data: no tenant column.
create table operations_backup_run (
    id            uuid not null primary key,
    kind          varchar(10) not null,
    label         varchar(300) not null,
    started_by    varchar(320),
    started_at    timestamp with time zone not null,
    heartbeat_at  timestamp with time zone not null,
    tables_total  integer not null default 0,
    tables_done   integer not null default 0,
    rows_done     bigint not null default 0,
    running_slot  varchar(10),
    outcome       varchar(12) not null,
    archive       varchar(300),
    message       varchar(1000),
    finished_at   timestamp with time zone,
    constraint operations_backup_run_one_at_a_time unique (running_slot)
);
create index operations_backup_run_by_start on operations_backup_run (started_at);
