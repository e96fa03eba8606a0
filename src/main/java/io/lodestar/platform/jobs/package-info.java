/**
 * Scheduled jobs that must run once across all application instances sharing one database: see {@link JobLocks}.
 */
@org.springframework.modulith.NamedInterface("jobs")
package io.lodestar.platform.jobs;
