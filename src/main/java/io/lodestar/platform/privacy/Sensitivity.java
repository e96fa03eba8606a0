package io.lodestar.platform.privacy;

/**
 * PIPL's two classes: personal information, and sensitive personal information (Art. 28: financial accounts,
 * whereabouts, biometrics, ...), which needs a specific purpose, strict protection and audited access.
 */
public enum Sensitivity {

	PERSONAL, SENSITIVE

}
