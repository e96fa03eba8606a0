-- KPI actuals whose results (completion per period, the goal-graph rollup, people's scores) are still to be
-- computed. Large batches (the push API, imports, connectors) are stored at once and leave one row per KPI
-- here in the same transaction, so a crash cannot lose the work; a background worker claims rows, recomputes
-- the KPIs' results from their actuals between first_on and last_on, and deletes the rows in the transaction
-- that writes the results. A claim that is older than a few minutes (its node died) can be taken again.
create table kpi_result_pending (
    id          uuid not null primary key,
    tenant_id   uuid not null,
    kpi_id      uuid not null,
    first_on    date not null,
    last_on     date not null,
    queued_at   timestamp with time zone not null,
    claim_id    uuid,
    claimed_at  timestamp with time zone
);
create index kpi_result_pending_by_queue on kpi_result_pending (queued_at);
create index kpi_result_pending_by_claim on kpi_result_pending (claim_id);
