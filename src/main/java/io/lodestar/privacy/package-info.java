/**
 * Privacy duties under PIPL: a person's copy of their own data, retention of each data kind with a job that
 * deletes or anonymises what has expired, and HR approval of bulk exports of personal data. What data exists
 * and how sensitive it is lives in {@code platform.privacy}, so every module can audit reads without
 * depending on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package io.lodestar.privacy;
