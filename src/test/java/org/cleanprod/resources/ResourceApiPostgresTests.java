package org.cleanprod.resources;

import org.cleanprod.test.PostgresTest;

/** The same behaviour on PostgreSQL. */
@PostgresTest
class ResourceApiPostgresTests extends ResourceApiTests {

}
