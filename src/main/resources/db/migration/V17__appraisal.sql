-- Appraisal: templates (components, weights, the final-score formula, grade bands, target distribution and pay
-- tiers, the last three as JSON because they are rules as data, read and written whole), cycles over a goal
-- period for chosen org units or positions, one appraisal per employee and cycle, anonymous peer feedback, and
-- every change of a score, grade, appeal or phase with who, when and why.

create table appraisal_template (
    id                    uuid not null primary key,
    tenant_id             uuid not null,
    name                  varchar(100) not null,
    kpi_weight            numeric(5, 2),
    okr_weight            numeric(5, 2),
    manager_weight        numeric(5, 2),
    self_weight           numeric(5, 2),
    peer_weight           numeric(5, 2),
    rating_scale          int not null,
    peer_min_respondents  int not null,
    formula               varchar(500) not null,
    grade_bands           varchar(1000) not null,
    target_distribution   varchar(1000),
    pay_tiers             varchar(4000) not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null,
    constraint appraisal_template_tenant_id unique (tenant_id, id),
    constraint appraisal_template_name_unique unique (tenant_id, name)
);

-- Phases move DRAFT -> SELF_REVIEW -> MANAGER_REVIEW -> CALIBRATION -> RESULTS -> CLOSED; reopening goes back to
-- RESULTS. pay_base is the variable-pay base of everyone in the cycle unless their appraisal says otherwise;
-- bonus_pool, when set, is shared in proportion to what the pay rules give each person. Scores are computed when
-- the cycle enters calibration; for a large cycle that runs in the background and compute_* show its progress.
create table appraisal_cycle (
    id               uuid not null primary key,
    tenant_id        uuid not null,
    template_id      uuid not null,
    name             varchar(100) not null,
    period_id        uuid not null,
    phase            varchar(20) not null,
    self_due         date,
    manager_due      date,
    calibration_due  date,
    acknowledge_due  date,
    pay_base         numeric(14, 2) not null,
    bonus_pool       numeric(16, 2),
    closed_at        timestamp with time zone,
    computing        boolean not null,
    compute_done     int not null,
    compute_total    int not null,
    compute_error    varchar(500),
    created_at       timestamp with time zone not null,
    version          bigint not null,
    constraint appraisal_cycle_tenant_id unique (tenant_id, id),
    constraint appraisal_cycle_template_fk foreign key (tenant_id, template_id) references appraisal_template (tenant_id, id),
    constraint appraisal_cycle_period_fk foreign key (tenant_id, period_id) references goal_period (tenant_id, id)
);

-- Who a cycle is for: everyone of an org unit (with its sub-units), everyone holding a position, or both.
create table appraisal_cycle_scope (
    tenant_id    uuid not null,
    cycle_id     uuid not null,
    org_unit_id  uuid,
    position_id  uuid,
    constraint appraisal_cycle_scope_cycle_fk foreign key (tenant_id, cycle_id) references appraisal_cycle (tenant_id, id),
    constraint appraisal_cycle_scope_something check (org_unit_id is not null or position_id is not null)
);
create index appraisal_cycle_scope_by_cycle on appraisal_cycle_scope (tenant_id, cycle_id);

-- One employee's appraisal in a cycle. Ratings are on the template's scale; component scores and the final
-- score are fractions (1 = 100 %), computed when the cycle enters calibration and again when HR recomputes.
-- manager_grade is the grade of the computed score, grade the one in force after calibration and appeals.
create table appraisal (
    id                    uuid not null primary key,
    tenant_id             uuid not null,
    cycle_id              uuid not null,
    employee_id           uuid not null,
    org_unit_id           uuid,
    reviewer_id           uuid,
    self_rating           numeric(6, 2),
    self_comment          varchar(4000),
    self_submitted_at     timestamp with time zone,
    manager_rating        numeric(6, 2),
    manager_comment       varchar(4000),
    potential             int,
    manager_submitted_at  timestamp with time zone,
    kpi_score             numeric(14, 6),
    okr_score             numeric(14, 6),
    peer_score            numeric(14, 6),
    peer_count            int not null,
    final_score           numeric(14, 6),
    missing_components    varchar(100),
    manager_grade         varchar(10),
    grade                 varchar(10),
    pay_base              numeric(14, 2),
    pay_amount            numeric(14, 2),
    pay_steps             varchar(1000),
    acknowledged_at       timestamp with time zone,
    appeal_state          varchar(10),
    appeal_reason         varchar(2000),
    appeal_decision       varchar(2000),
    appeal_decided_at     timestamp with time zone,
    reminded_on           date,
    version               bigint not null,
    constraint appraisal_tenant_id unique (tenant_id, id),
    constraint appraisal_one_per_cycle unique (tenant_id, cycle_id, employee_id),
    constraint appraisal_cycle_fk foreign key (tenant_id, cycle_id) references appraisal_cycle (tenant_id, id),
    constraint appraisal_employee_fk foreign key (tenant_id, employee_id) references people_employee (tenant_id, id)
);
create index appraisal_by_reviewer on appraisal (tenant_id, reviewer_id);
create index appraisal_by_employee on appraisal (tenant_id, employee_id);

-- Peer (360) feedback. The author is kept only to let them edit their own and to stop a second answer; it is
-- never shown or exported: readers see the average and the comments once enough peers have answered.
create table appraisal_peer (
    tenant_id     uuid not null,
    appraisal_id  uuid not null,
    peer_id       uuid not null,
    rating        numeric(6, 2),
    comment       varchar(2000),
    submitted_at  timestamp with time zone,
    constraint appraisal_peer_pk primary key (tenant_id, appraisal_id, peer_id),
    constraint appraisal_peer_appraisal_fk foreign key (tenant_id, appraisal_id) references appraisal (tenant_id, id)
);
create index appraisal_peer_by_peer on appraisal_peer (tenant_id, peer_id);

-- What changed in an appraisal and why: calibrations, appeals and their decisions, recomputations, reopening.
create table appraisal_change (
    id            uuid not null primary key,
    tenant_id     uuid not null,
    cycle_id      uuid not null,
    appraisal_id  uuid,
    what          varchar(30) not null,
    before_value  varchar(100),
    after_value   varchar(100),
    reason        varchar(2000),
    actor_name    varchar(100) not null,
    changed_at    timestamp with time zone not null,
    constraint appraisal_change_cycle_fk foreign key (tenant_id, cycle_id) references appraisal_cycle (tenant_id, id)
);
create index appraisal_change_by_cycle on appraisal_change (tenant_id, cycle_id, changed_at);
