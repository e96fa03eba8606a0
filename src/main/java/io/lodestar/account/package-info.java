/**
 * Sign-in accounts linked to employees, roles, password sign-in with throttling, personal access tokens,
 * sessions that end when an employee leaves, the first system administrator, and company onboarding.
 * Implements the platform's {@code PrincipalRefresher} and {@code TokenAuthenticator}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and access")
package io.lodestar.account;
