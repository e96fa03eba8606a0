package io.lodestar.account;

import io.lodestar.company.CompanySummary;

/** The registered company and its first HR administrator's one-time password. */
public record OnboardedCompany(CompanySummary company, CreatedUser hrAdministrator) {
}
