-- The key of a KPI's result leads with the company, like every other index: replacing a result
-- (delete by company, KPI and period) then always uses it, even before the table has statistics.
-- Measured: during a bulk load the old key (kpi_id, period_id) lost to kpi_result_by_period, and each
-- replacement scanned every result of the period (docs/benchmarks.md).
alter table kpi_result drop constraint kpi_result_pk;
alter table kpi_result add constraint kpi_result_pk primary key (tenant_id, kpi_id, period_id);
