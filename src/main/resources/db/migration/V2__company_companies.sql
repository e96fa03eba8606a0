-- A company is a tenant: its id is the tenant_id every business table carries.
create table company (
    id             uuid not null primary key,
    code           varchar(40) not null,
    name           varchar(200) not null,
    default_locale varchar(10) not null,
    time_zone      varchar(60) not null,
    status         varchar(20) not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null,
    constraint company_code_unique unique (code)
);
