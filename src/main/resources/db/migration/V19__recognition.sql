-- Recognition: award types per company, awards (with an optional reward), managers' yearly award budgets and
-- praise posts between colleagues. Money is numeric(14,2) in the company's currency (CNY until the company
-- module has a currency).

create table recognition_award_type (
    id          uuid not null primary key,
    tenant_id   uuid not null,
    name        varchar(100) not null,
    description varchar(1000),
    active      boolean not null,
    created_at  timestamp with time zone not null,
    version     int not null,
    constraint recognition_award_type_tenant_id unique (tenant_id, id),
    constraint recognition_award_type_name unique (tenant_id, name),
    constraint recognition_award_type_company_fk foreign key (tenant_id) references company (id)
);

-- HR gives a manager an amount for bonuses in a fiscal year; used grows with each bonus the manager gives
-- (a conditional update keeps used <= allocated even when two awards race) and shrinks when one is revoked.
create table recognition_budget (
    id                  uuid not null primary key,
    tenant_id           uuid not null,
    manager_employee_id uuid not null,
    fiscal_year         int not null,
    allocated           numeric(14,2) not null,
    used                numeric(14,2) not null,
    updated_at          timestamp with time zone not null,
    constraint recognition_budget_tenant_id unique (tenant_id, id),
    constraint recognition_budget_per_year unique (tenant_id, manager_employee_id, fiscal_year),
    constraint recognition_budget_manager_fk foreign key (tenant_id, manager_employee_id) references people_employee (tenant_id, id),
    constraint recognition_budget_within check (used >= 0 and used <= allocated)
);

create table recognition_award (
    id                  uuid not null primary key,
    tenant_id           uuid not null,
    award_type_id       uuid not null,
    recipient_id        uuid not null,
    recipient_unit_id   uuid not null,
    giver_user_id       uuid not null,
    giver_employee_id   uuid,
    giver_name          varchar(100) not null,
    reason              varchar(4000) not null,
    goal_id             uuid,
    reward_kind         varchar(12) not null,
    bonus_amount        numeric(14,2),
    currency            varchar(3),
    reward_detail       varchar(1000),
    budget_id           uuid,
    created_at          timestamp with time zone not null,
    revoked_at          timestamp with time zone,
    revoked_by_name     varchar(100),
    revoke_reason       varchar(1000),
    constraint recognition_award_tenant_id unique (tenant_id, id),
    constraint recognition_award_type_fk foreign key (tenant_id, award_type_id) references recognition_award_type (tenant_id, id),
    constraint recognition_award_recipient_fk foreign key (tenant_id, recipient_id) references people_employee (tenant_id, id),
    constraint recognition_award_unit_fk foreign key (tenant_id, recipient_unit_id) references people_org_unit (tenant_id, id),
    constraint recognition_award_goal_fk foreign key (tenant_id, goal_id) references goal (tenant_id, id),
    constraint recognition_award_budget_fk foreign key (tenant_id, budget_id) references recognition_budget (tenant_id, id),
    constraint recognition_award_bonus check ((reward_kind = 'BONUS') = (bonus_amount is not null) and (bonus_amount is null or bonus_amount >= 0))
);
create index recognition_award_by_recipient on recognition_award (tenant_id, recipient_id, created_at);
create index recognition_award_by_unit on recognition_award (tenant_id, recipient_unit_id, created_at);

-- Plain text, at most 1,000 characters (the column leaves room for UTF-16 surrogate pairs).
create table recognition_praise (
    id                 uuid not null primary key,
    tenant_id          uuid not null,
    recipient_id       uuid not null,
    recipient_unit_id  uuid not null,
    author_user_id     uuid not null,
    author_employee_id uuid not null,
    author_name        varchar(100) not null,
    message            varchar(2000) not null,
    goal_id            uuid,
    created_at         timestamp with time zone not null,
    constraint recognition_praise_tenant_id unique (tenant_id, id),
    constraint recognition_praise_recipient_fk foreign key (tenant_id, recipient_id) references people_employee (tenant_id, id),
    constraint recognition_praise_author_fk foreign key (tenant_id, author_employee_id) references people_employee (tenant_id, id),
    constraint recognition_praise_unit_fk foreign key (tenant_id, recipient_unit_id) references people_org_unit (tenant_id, id),
    constraint recognition_praise_goal_fk foreign key (tenant_id, goal_id) references goal (tenant_id, id)
);
create index recognition_praise_by_recipient on recognition_praise (tenant_id, recipient_id, created_at);
create index recognition_praise_by_unit on recognition_praise (tenant_id, recipient_unit_id, created_at);
