package io.lodestar.crash;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.Trigger;

/**
 * Makes each org unit insert of the crash test's database take {@value #MILLIS} ms while {@code crash_test_slow}
 * has a row (the import a child is about to have killed), so that an import of a few hundred units is still running
 * when the test kills the node, however fast the import itself becomes. Only the
 * crash test's database gets it (H2: a trigger calling this class; PostgreSQL: a trigger with pg_sleep, dropped
 * when the test ends).
 */
public class SlowUnitInserts implements Trigger {

	static final int MILLIS = 10;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		try (Statement statement = connection.createStatement();
				java.sql.ResultSet on = statement.executeQuery("select count(*) from crash_test_slow")) {
			if (on.next() && on.getLong(1) > 0) {
				Thread.sleep(MILLIS);
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Slows the import a child is about to have killed; retries and set-up stay fast (they only cost time). */
	static void slow(org.springframework.jdbc.core.simple.JdbcClient jdbc, boolean on) {
		jdbc.sql("delete from crash_test_slow").update();
		if (on) {
			jdbc.sql("insert into crash_test_slow values (1)").update();
		}
	}

	static void install(Connection db, boolean postgres) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute("create table crash_test_slow (slow integer)");
			if (postgres) {
				statement.execute("create or replace function crash_test_slow_unit() returns trigger language plpgsql as "
						+ "$$ begin if exists (select 1 from crash_test_slow) then perform pg_sleep(" + MILLIS / 1000.0
						+ "); end if; return new; end $$");
				statement.execute("create trigger crash_test_slow_unit before insert on people_org_unit for each row "
						+ "execute function crash_test_slow_unit()");
			}
			else {
				statement.execute("create trigger crash_test_slow_unit before insert on people_org_unit for each row "
						+ "call '" + SlowUnitInserts.class.getName() + "'");
			}
		}
	}

	/** PostgreSQL only: the H2 database is the test's own file, deleted with its directory. */
	static void remove(Connection db) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute("drop trigger if exists crash_test_slow_unit on people_org_unit");
			statement.execute("drop function if exists crash_test_slow_unit()");
			statement.execute("drop table if exists crash_test_slow");
		}
	}

}
