/**
 * Running Lodestar in production: HTTPS from configured certificates ({@link TlsSettings}), the plain-HTTP
 * port that only redirects, business metrics for Prometheus ({@link BusinessMetrics}) and request ids in the
 * logs of background work ({@link BackgroundRequestIds}).
 */
@org.springframework.modulith.NamedInterface("operations")
package io.lodestar.platform.operations;
