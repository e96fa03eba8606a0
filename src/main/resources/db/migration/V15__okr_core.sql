-- OKRs: cycles with phases, objectives and key results (both are nodes of the goal graph; these tables hold
-- what only OKRs have), key-result versions (governed mid-cycle changes), check-ins, review comments and
-- suggestions, and the history of every state change.

-- Objectives may be driven by their key results only (ProgressDriver.KEY_RESULTS, eleven characters).
alter table goal alter column progress_driver set data type varchar(12);

-- A company's OKR cycle (a quarter by default; a month or two months possible). Phases move
-- DRAFTING -> ACTIVE -> CLOSING -> CLOSED; the dates say when drafting ends and closing starts. period_id is the
-- shortest fiscal period that contains the cycle, the period of its objectives in the goal graph.
create table okr_cycle (
    id                 uuid not null primary key,
    tenant_id          uuid not null,
    name               varchar(100) not null,
    cadence            varchar(10) not null,
    starts_on          date not null,
    ends_on            date not null,
    drafting_ends_on   date not null,
    closing_starts_on  date not null,
    period_id          uuid not null,
    phase              varchar(10) not null,
    check_in_days      int not null,
    at_risk_margin     numeric(5, 4) not null,
    progress_cap       numeric(6, 4),
    closed_at          timestamp with time zone,
    closed_by          uuid,
    created_at         timestamp with time zone not null,
    version            bigint not null,
    constraint okr_cycle_tenant_id unique (tenant_id, id),
    constraint okr_cycle_name_unique unique (tenant_id, name),
    constraint okr_cycle_period_fk foreign key (tenant_id, period_id) references goal_period (tenant_id, id)
);
create index okr_cycle_by_dates on okr_cycle (tenant_id, starts_on);

-- Which goals an org unit works with: KPI, OKR or BOTH. A unit without a row inherits from its parent; the
-- company default is BOTH.
create table okr_unit_mode (
    tenant_id    uuid not null,
    org_unit_id  uuid not null,
    mode         varchar(5) not null,
    constraint okr_unit_mode_pk primary key (tenant_id, org_unit_id),
    constraint okr_unit_mode_unit_fk foreign key (tenant_id, org_unit_id) references people_org_unit (tenant_id, id)
);

-- What an objective has beyond its goal: the cycle, the review state (DRAFT, SUBMITTED, APPROVED, RETURNED),
-- whether contributing child objectives count in its progress, and the reflection and carry-over decision
-- written at close. Its status (worst key result's) is computed when read.
create table okr_objective (
    goal_id                  uuid not null primary key,
    tenant_id                uuid not null,
    cycle_id                 uuid not null,
    review_state             varchar(10) not null,
    include_child_objectives boolean not null,
    went_well                varchar(4000),
    went_badly               varchar(4000),
    reasons                  varchar(4000),
    carry_over               varchar(10),
    carried_to_goal_id       uuid,
    carried_from_goal_id     uuid,
    version                  bigint not null,
    constraint okr_objective_tenant_id unique (tenant_id, goal_id),
    constraint okr_objective_goal_fk foreign key (tenant_id, goal_id) references goal (tenant_id, id),
    constraint okr_objective_cycle_fk foreign key (tenant_id, cycle_id) references okr_cycle (tenant_id, id)
);
create index okr_objective_by_cycle on okr_objective (tenant_id, cycle_id);

-- What a key result has beyond its goal. The measurable definition lives in its versions; current_version is
-- the one in force. Status is computed from pace unless the owner set it by hand (status_set_by_hand).
create table okr_key_result (
    goal_id            uuid not null primary key,
    tenant_id          uuid not null,
    objective_id       uuid not null,
    position           int not null,
    current_version    int not null,
    confidence         int,
    status             varchar(10) not null,
    status_set_by_hand boolean not null,
    last_check_in_at   timestamp with time zone,
    score              numeric(3, 2),
    score_reason       varchar(1000),
    version            bigint not null,
    constraint okr_key_result_tenant_id unique (tenant_id, goal_id),
    constraint okr_key_result_goal_fk foreign key (tenant_id, goal_id) references goal (tenant_id, id),
    constraint okr_key_result_objective_fk foreign key (tenant_id, objective_id) references okr_objective (tenant_id, goal_id)
);
create index okr_key_result_by_objective on okr_key_result (tenant_id, objective_id);

-- Every version of a key result. Version 1 is what was approved with the objective; a revision is PROPOSED
-- with a reason and becomes APPROVED (in force from effective_from) or DECLINED by the manager.
create table okr_key_result_version (
    tenant_id       uuid not null,
    key_result_id   uuid not null,
    number          int not null,
    title           varchar(300) not null,
    kr_type         varchar(10) not null,
    direction       varchar(10),
    start_value     numeric(20, 6),
    target_value    numeric(20, 6),
    unit            varchar(30),
    last_value      numeric(20, 6),
    done            boolean not null,
    progress        numeric(14, 4) not null,
    state           varchar(10) not null,
    effective_from  date,
    reason          varchar(1000),
    proposed_by     uuid,
    proposed_at     timestamp with time zone not null,
    decided_by      uuid,
    decided_at      timestamp with time zone,
    decision_note   varchar(1000),
    constraint okr_key_result_version_pk primary key (tenant_id, key_result_id, number),
    constraint okr_key_result_version_kr_fk foreign key (tenant_id, key_result_id) references okr_key_result (tenant_id, goal_id)
);

-- A check-in on a key result: the new value (or done), confidence 0-10, narrative, help needed. Immutable.
-- Pushed check-ins carry the client's idempotency key and a source reference.
create table okr_check_in (
    id               uuid not null primary key,
    tenant_id        uuid not null,
    key_result_id    uuid not null,
    version_number   int not null,
    checked_on       date not null,
    reported_value   numeric(20, 6),
    done             boolean not null,
    progress         numeric(14, 4) not null,
    confidence       int not null,
    status           varchar(10) not null,
    narrative        varchar(4000),
    help_needed      varchar(1000),
    source           varchar(10) not null,
    source_ref       varchar(300),
    idempotency_key  varchar(200),
    author_user_id   uuid,
    author_name      varchar(254) not null,
    created_at       timestamp with time zone not null,
    constraint okr_check_in_key_unique unique (tenant_id, idempotency_key),
    constraint okr_check_in_kr_fk foreign key (tenant_id, key_result_id) references okr_key_result (tenant_id, goal_id)
);
create index okr_check_in_by_kr on okr_check_in (tenant_id, key_result_id, created_at);

-- Review comments anchored to an objective or one of its key results. A suggestion (ADD_KEY_RESULT with the
-- proposed key result, or CHANGE_TARGET with a new target) is OPEN until the owner accepts or declines it.
create table okr_comment (
    id                 uuid not null primary key,
    tenant_id          uuid not null,
    objective_id       uuid not null,
    key_result_id      uuid,
    author_user_id     uuid not null,
    author_name        varchar(254) not null,
    body               varchar(4000) not null,
    suggestion         varchar(16),
    suggested_title    varchar(300),
    suggested_type     varchar(10),
    suggested_direction varchar(10),
    suggested_start    numeric(20, 6),
    suggested_target   numeric(20, 6),
    suggested_unit     varchar(30),
    suggestion_state   varchar(10),
    decided_by         uuid,
    decided_at         timestamp with time zone,
    created_at         timestamp with time zone not null,
    constraint okr_comment_objective_fk foreign key (tenant_id, objective_id) references okr_objective (tenant_id, goal_id),
    constraint okr_comment_kr_fk foreign key (tenant_id, key_result_id) references okr_key_result (tenant_id, goal_id)
);
create index okr_comment_by_objective on okr_comment (tenant_id, objective_id, created_at);

-- Every state change of an objective or key result: who, when, from what to what, and why.
create table okr_event (
    id              uuid not null primary key,
    tenant_id       uuid not null,
    objective_id    uuid not null,
    key_result_id   uuid,
    event           varchar(24) not null,
    from_state      varchar(16),
    to_state        varchar(16),
    reason          varchar(1000),
    actor_user_id   uuid,
    actor_name      varchar(254) not null,
    created_at      timestamp with time zone not null,
    constraint okr_event_objective_fk foreign key (tenant_id, objective_id) references okr_objective (tenant_id, goal_id)
);
create index okr_event_by_objective on okr_event (tenant_id, objective_id, created_at);

-- Check-in reminders sent, so that a person is reminded once per check-in interval, not every day.
create table okr_reminder (
    tenant_id    uuid not null,
    employee_id  uuid not null,
    cycle_id     uuid not null,
    sent_on      date not null,
    constraint okr_reminder_pk primary key (tenant_id, employee_id, cycle_id, sent_on),
    constraint okr_reminder_cycle_fk foreign key (tenant_id, cycle_id) references okr_cycle (tenant_id, id)
);
