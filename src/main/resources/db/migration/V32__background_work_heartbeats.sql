-- Background work writes a heartbeat while it runs, so that any node can tell work of a dead node (heartbeat
-- older than lodestar.background.abandon-after) from work another live node is still doing. Rows written before
-- this migration have no heartbeat: a running one among them is taken as abandoned.
alter table platform_import_job add column heartbeat_at timestamp with time zone;

alter table appraisal_cycle add column compute_heartbeat_at timestamp with time zone;

-- Which run of the computation may write: a run that lost its claim (marked abandoned, or replaced by a
-- recomputation) finds its id gone and rolls its chunk back instead of writing over the newer run.
alter table appraisal_cycle add column compute_run uuid;
