-- Several instances on one database. Neither table holds business data of a company, so neither has tenant_id.
--
-- Web sessions (Spring Session JDBC): any instance behind the load balancer serves any signed-in browser, and
-- signing out on one ends the session on all. The layout is Spring Session's own (its column names and types
-- are what its SQL expects); Flyway creates it so that Spring Session never touches the schema.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Scheduled jobs run once across all instances: before a run an instance takes the job's lease with one
-- conditional update (or the first insert); the lease ends when the run ends, or at locked_until if the
-- instance died mid-run, so a crashed node cannot keep a job from running for ever.
create table platform_job_lock (
    name         varchar(100) not null primary key,
    locked_until timestamp with time zone not null,
    locked_at    timestamp with time zone not null,
    locked_by    varchar(255) not null,
    last_run_at  timestamp with time zone
);
