package io.lodestar.platform.web;

import java.util.UUID;

/** Shows which company a page belongs to in the layout. Implemented by the company module. */
public interface CompanyNameLookup {

	String nameOf(UUID companyId);

}
