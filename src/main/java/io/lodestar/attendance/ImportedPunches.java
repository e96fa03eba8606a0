package io.lodestar.attendance;

/**
 * What an import did (or, checked only, would do): the shape of the file, its data rows, new punches and punches
 * that were already stored (unchanged), and the time zone its local times were read in.
 */
public record ImportedPunches(String format, int rows, int stored, int duplicates, String zone, boolean checkedOnly) {
}
