/**
 * Who is signed in, for which company (tenant), with which roles; the filter chains that
 * authenticate browsers (form login, session) and API clients (personal access tokens).
 */
@org.springframework.modulith.NamedInterface("security")
package io.lodestar.platform.security;
