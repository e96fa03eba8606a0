package io.lodestar.demo;

import java.util.List;

import io.lodestar.company.CompanySummary;

/** One loaded demo company: how many people it has and its key demo sign-ins. */
record DemoCompanyResult(CompanySummary company, int employees, int accounts, List<DemoSignIn> signIns) {
}
