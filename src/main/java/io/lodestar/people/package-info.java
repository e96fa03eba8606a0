/**
 * The organisation: org units as a tree, positions, employees, reporting lines and assignment history.
 * Owns who may see which employee fields (see {@link io.lodestar.people.EmployeeVisibility}).
 * Publishes {@link io.lodestar.people.EmployeeLeft} and friends; depends on company and platform only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and organisation")
package io.lodestar.people;
