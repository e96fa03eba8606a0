/**
 * Operating Lodestar safely: backup archives (command line, scheduled, before every migration), restore into an
 * empty database, the schema-version guard and the upgrade rehearsal. Works on the database as a whole, below
 * the business modules, so it depends on no other module except the platform's web and security conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package io.lodestar.operations;
