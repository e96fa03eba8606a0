package io.lodestar.engagement;

/**
 * Whether a kind of notification goes out by email (in-app is always on).
 *
 * @param email what applies: the user's own choice, else the company's default
 * @param companyDefault the company's default for the kind
 * @param own whether the user chose differently from the company's default
 */
public record KindPreference(String kind, String nameKey, boolean email, boolean companyDefault, boolean own) {

}
