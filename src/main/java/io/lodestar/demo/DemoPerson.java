package io.lodestar.demo;

import java.time.LocalDate;
import java.util.UUID;

/** An employee a demo script hired, for wiring up reporting lines (and, later, goals). */
record DemoPerson(UUID id, String employeeNo, String name, String email, LocalDate hireDate) {
}
