package io.lodestar.company;

import java.util.UUID;

/**
 * Whether goal periods already exist for a company, so its fiscal-year start can no longer change.
 * Implemented by the goals module (the company module does not know about goals).
 */
public interface FiscalCalendarInUse {

	boolean inUse(UUID companyId);

}
