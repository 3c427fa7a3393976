package org.cleanprod.planning;

import org.cleanprod.test.PostgresTest;

/** The same behaviour on PostgreSQL. */
@PostgresTest
class PlanningApiPostgresTests extends PlanningApiTests {

}
