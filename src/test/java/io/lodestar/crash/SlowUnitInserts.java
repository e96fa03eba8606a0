package io.lodestar.crash;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.Trigger;

/**
 * Makes each org unit insert of the crash test's database take {@value #MILLIS} ms, so that an import of a few
 * hundred units is still running when the test kills the node, however fast the import itself becomes. Only the
 * crash test's database gets it (H2: a trigger calling this class; PostgreSQL: a trigger with pg_sleep, dropped
 * when the test ends).
 */
public class SlowUnitInserts implements Trigger {

	static final int MILLIS = 10;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
		try {
			Thread.sleep(MILLIS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	static void install(Connection db, boolean postgres) throws SQLException {
		try (Statement statement = db.createStatement()) {
			if (postgres) {
				statement.execute("create or replace function crash_test_slow_unit() returns trigger language plpgsql as "
						+ "$$ begin perform pg_sleep(" + MILLIS / 1000.0 + "); return new; end $$");
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
		}
	}

}
