package io.lodestar.platform.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/** Shows which company a page belongs to in the layout. Implemented by the company module. */
public interface CompanyNameLookup {

	String nameOf(UUID companyId);

	/** The company's time zone, so pages show times as people there read them; UTC if unknown. */
	default ZoneId zoneOf(UUID companyId) {
		return ZoneOffset.UTC;
	}

}
