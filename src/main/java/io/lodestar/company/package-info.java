/**
 * Companies, the tenants of Lodestar: each company's data is separate from every other's. Holds company
 * settings (default language, time zone) other modules read. Only system administrators create companies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Company")
package io.lodestar.company;
