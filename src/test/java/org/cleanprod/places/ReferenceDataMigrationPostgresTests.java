package org.cleanprod.places;

import org.cleanprod.test.PostgresTest;

/** The reference data loads the same on PostgreSQL. */
@PostgresTest
class ReferenceDataMigrationPostgresTests extends ReferenceDataMigrationTests {

}
