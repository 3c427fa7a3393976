package org.cleanprod.consumption;

import org.cleanprod.test.PostgresTest;

/** The same behaviour on PostgreSQL. */
@PostgresTest
class ConsumptionApiPostgresTests extends ConsumptionApiTests {

}
