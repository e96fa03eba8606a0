-- Reporting's read model of people's weighted KPI scores: per person and dashboard period, the sums the score
-- is made of (Σ weight, Σ weight of the KPIs with a completion, Σ weight × completion), over exactly the KPIs a
-- dashboard of that period counts for them. The company dashboard's distribution of 10,000 people then reads
-- 10,000 narrow rows instead of joining 50,000 KPIs with their results on every request (KpiBenchmark).
-- Kept current in the transaction that changes a KPI, its results or its status (io.lodestar.reporting.PersonScores).
-- Sums, not scores: the score is rounded once, by the scoring library, where it is shown.
create table reporting_person_score (
    tenant_id     uuid not null,
    employee_id   uuid not null,
    period_id     uuid not null,
    kpis          int not null,
    weight_sum    numeric(20, 4) not null,
    scored_weight numeric(20, 4) not null,
    weighted_sum  numeric(30, 8) not null,
    constraint reporting_person_score_pk primary key (tenant_id, period_id, employee_id)
);
create index reporting_person_score_by_employee on reporting_person_score (tenant_id, employee_id);

-- One row per person whose scores were ever kept: locked, in id order, while their scores are replaced, so that
-- two transactions changing different KPIs of one person never leave the scores of only one of the changes.
create table reporting_scored_person (
    tenant_id   uuid not null,
    employee_id uuid not null,
    constraint reporting_scored_person_pk primary key (tenant_id, employee_id)
);

-- The scores of the goals already there: what PersonScores.REFRESH computes, for every person at once.
insert into reporting_scored_person (tenant_id, employee_id)
select distinct g.tenant_id, g.owner_id
from goal g join kpi k on k.tenant_id = g.tenant_id and k.goal_id = g.id
where g.kind = 'KPI' and g.owner_type = 'EMPLOYEE' and g.owner_id is not null;

insert into reporting_person_score (tenant_id, employee_id, period_id, kpis, weight_sum, scored_weight, weighted_sum)
select g.tenant_id, g.owner_id, p.id, count(*), sum(k.weight),
       coalesce(sum(case when r.completion is not null then k.weight end), 0),
       coalesce(sum(k.weight * r.completion), 0)
from goal g
join kpi k on k.tenant_id = g.tenant_id and k.goal_id = g.id
join goal_period gp on gp.tenant_id = g.tenant_id and gp.id = g.period_id
join goal_period p on p.tenant_id = g.tenant_id and p.fiscal_year = gp.fiscal_year
 and ((gp.starts_on <= p.starts_on and gp.ends_on >= p.ends_on) or (p.starts_on <= gp.starts_on and p.ends_on >= gp.ends_on))
left join kpi_result r on r.tenant_id = g.tenant_id and r.kpi_id = g.id
 and r.period_id = case when gp.starts_on <= p.starts_on and gp.ends_on >= p.ends_on then p.id else g.period_id end
where g.kind = 'KPI' and g.status <> 'ARCHIVED' and g.owner_type = 'EMPLOYEE' and g.owner_id is not null
group by g.tenant_id, g.owner_id, p.id;

-- Every statement on kpi_result names the KPI, so its key serves them all; the index by period served none and
-- was a trap: while the table was still small, the plan cached for the push API's result replacement (delete by
-- company, KPI and period) took it over the key, and kept scanning every result of the period as the table grew
-- (measured: 40,000 such scans of 63,000 rows each while loading 50,000 actuals, 331 rows/s).
drop index kpi_result_by_period;

-- A company's version of people's scores: raised after every commit that changed a score or who is active, so
-- that each application instance knows when the company-wide distribution it computed is out of date.
create table reporting_score_version (
    tenant_id uuid not null,
    version   bigint not null,
    constraint reporting_score_version_pk primary key (tenant_id)
);
