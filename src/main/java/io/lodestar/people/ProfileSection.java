package io.lodestar.people;

/**
 * A section another module adds to an employee's profile, loaded with htmx from that module's own endpoint.
 * Modules above people declare these as beans, so the profile can show their data while people depends on none
 * of them; the endpoint does its own authorization, and answers 404 where the caller may not look.
 *
 * @param order position among the sections (lower first)
 * @param pathTemplate a path inside Lodestar with {@code {id}} standing for the employee's id
 */
public record ProfileSection(int order, String pathTemplate) {

	public ProfileSection {
		if (!pathTemplate.startsWith("/") || !pathTemplate.contains("{id}")) {
			throw new IllegalArgumentException("A profile section is a path with {id}: " + pathTemplate);
		}
	}

	public String pathFor(java.util.UUID employeeId) {
		return pathTemplate.replace("{id}", employeeId.toString());
	}

}
