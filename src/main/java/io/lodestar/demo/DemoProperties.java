package io.lodestar.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demo {@code LODESTAR_DEMO}: empty to decide by database (see {@link DemoMode}), or true/false
 * @param demoPassword {@code LODESTAR_DEMO_PASSWORD}: the password of every demo account; generated when empty
 */
@ConfigurationProperties("lodestar")
record DemoProperties(String demo, String demoPassword) {
}
