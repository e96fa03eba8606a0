/** The append-only audit trail of business changes and sign-ins. */
@org.springframework.modulith.NamedInterface("audit")
package io.lodestar.platform.audit;
