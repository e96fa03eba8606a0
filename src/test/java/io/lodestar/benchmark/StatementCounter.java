package io.lodestar.benchmark;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts every SQL statement the application prepares or creates, to report statements per request. */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	static final AtomicLong STATEMENTS = new AtomicLong();

	/** Statement text → how often it was prepared, to show where a count comes from. */
	static final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> BY_TEXT = new java.util.concurrent.ConcurrentHashMap<>();

	/** Statement text (or COMMIT) → nanoseconds spent executing it, to show where the database time goes. */
	static final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> NANOS_BY_TEXT = new java.util.concurrent.ConcurrentHashMap<>();

	static String slowest(int n) {
		return NANOS_BY_TEXT.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
			.limit(n)
			.map(entry -> String.format("%,.1f s × %s", entry.getValue().get() / 1e9, entry.getKey()
				.replaceAll("\\s+", " ")
				.substring(0, Math.min(140, entry.getKey().replaceAll("\\s+", " ").length()))))
			.collect(java.util.stream.Collectors.joining("\n"));
	}

	static String top(int n) {
		return BY_TEXT.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
			.limit(n)
			.map(entry -> entry.getValue().get() + " × " + entry.getKey().replaceAll("\\s+", " ").substring(0,
					Math.min(160, entry.getKey().replaceAll("\\s+", " ").length())))
			.collect(java.util.stream.Collectors.joining("\n"));
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
						(proxy, method, arguments) -> {
							Object result = method.invoke(dataSource, arguments);
							return result instanceof Connection connection ? counting(connection) : result;
						});
			}
		};
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
						STATEMENTS.incrementAndGet();
						if (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql) {
							BY_TEXT.computeIfAbsent(sql, key -> new AtomicLong()).incrementAndGet();
						}
					}
					long started = System.nanoTime();
					Object result;
					try {
						result = method.invoke(connection, arguments);
					}
					catch (java.lang.reflect.InvocationTargetException failure) {
						throw failure.getCause();
					}
					if (name.equals("commit")) {
						timed("COMMIT", started);
					}
					if (result instanceof java.sql.PreparedStatement statement && arguments != null
							&& arguments[0] instanceof String sql) {
						return timing(statement, sql);
					}
					return result;
				});
	}

	private static void timed(String key, long startedNanos) {
		NANOS_BY_TEXT.computeIfAbsent(key, text -> new AtomicLong()).addAndGet(System.nanoTime() - startedNanos);
	}

	private static java.sql.PreparedStatement timing(java.sql.PreparedStatement statement, String sql) {
		return (java.sql.PreparedStatement) Proxy.newProxyInstance(java.sql.PreparedStatement.class.getClassLoader(),
				new Class<?>[] { java.sql.PreparedStatement.class }, (proxy, method, arguments) -> {
					long started = System.nanoTime();
					try {
						return method.invoke(statement, arguments);
					}
					catch (java.lang.reflect.InvocationTargetException failure) {
						throw failure.getCause();
					}
					finally {
						if (method.getName().startsWith("execute")) {
							timed(sql, started);
						}
					}
				});
	}

}
