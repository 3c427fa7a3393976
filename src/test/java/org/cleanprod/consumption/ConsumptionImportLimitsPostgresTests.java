package org.cleanprod.consumption;

import org.cleanprod.test.PostgresTest;

/** The same findings on PostgreSQL. */
@PostgresTest
class ConsumptionImportLimitsPostgresTests extends ConsumptionImportLimitsTests {

}
