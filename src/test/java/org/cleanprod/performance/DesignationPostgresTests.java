package org.cleanprod.performance;

import org.cleanprod.test.PostgresTest;

/** The same behaviour on PostgreSQL. */
@PostgresTest
class DesignationPostgresTests extends DesignationTests {

}
