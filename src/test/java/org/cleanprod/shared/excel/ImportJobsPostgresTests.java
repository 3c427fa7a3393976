package org.cleanprod.shared.excel;

import org.cleanprod.test.PostgresTest;

/** The same behaviour on PostgreSQL. */
@PostgresTest
class ImportJobsPostgresTests extends ImportJobsTests {

}
