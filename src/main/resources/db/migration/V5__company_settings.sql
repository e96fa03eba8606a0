-- Company settings used by goals and KPIs.
-- fiscal_year_start_month: 1 = the fiscal year is the calendar year; 4 = April to March, etc.
-- kpi_actuals_public: whether everyone in the company may see everyone's personal KPI actuals.
alter table company add column fiscal_year_start_month int default 1 not null;
alter table company add column kpi_actuals_public boolean default false not null;
