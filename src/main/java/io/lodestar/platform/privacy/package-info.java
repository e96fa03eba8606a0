/**
 * What personal data Lodestar keeps, how sensitive it is under PIPL, how long it is kept and how to find one
 * person's rows ({@link io.lodestar.platform.privacy.DataKind}); and the audit of reads of other people's
 * sensitive data ({@link io.lodestar.platform.privacy.SensitiveReads}). The privacy module acts on this registry.
 */
@org.springframework.modulith.NamedInterface("privacy")
package io.lodestar.platform.privacy;
