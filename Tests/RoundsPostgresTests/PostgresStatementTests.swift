@testable import RoundsPostgres
import RoundsDomain
import RoundsStorage
import Testing

/// The SQL text the server gets: numbered marks, literal NULLs, scripts cut into statements.
struct PostgresStatementTests {
    @Test func marksAreNumberedOutsideStringsAndNames() throws {
        let query = try PostgresStatement.query(#"SELECT ?, '?', 'it''s ?', "odd?name", ? FROM t WHERE x = ?"#, [1, "a", 2.5])
        #expect(query.sql == #"SELECT $1, '?', 'it''s ?', "odd?name", $2 FROM t WHERE x = $3"#)
        #expect(query.binds.count == 3)
    }

    @Test func nullIsWrittenNotBound() throws {
        let query = try PostgresStatement.query("SELECT ? IS NULL, ?", [nil, 7])
        #expect(query.sql == "SELECT NULL IS NULL, $1")
        #expect(query.binds.count == 1)
    }

    @Test func theWrongNumberOfArgumentsIsAnError() {
        #expect(throws: RoundsError.self) { try PostgresStatement.query("SELECT ?, ?", [1]) }
        #expect(throws: RoundsError.self) { try PostgresStatement.query("SELECT ?", [1, 2]) }
    }

    @Test func scriptsAreCutAtSemicolonsOutsideQuotesCommentsAndBodies() {
        let script = """
            CREATE TABLE t (x TEXT DEFAULT ';', "a;b" INT); -- a comment; still
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 'y'; RETURN NEW; END $$;
            CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;

            """
        #expect(SQLScript.statements(script) == [
            #"CREATE TABLE t (x TEXT DEFAULT ';', "a;b" INT)"#,
            "-- a comment; still\nCREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 'y'; RETURN NEW; END $$",
            "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$",
        ])
    }

    @Test func onlyQueriesThatReadBecomeCursors() {
        #expect(PostgresDatabase.isCursorQuery("  SELECT 1"))
        #expect(PostgresDatabase.isCursorQuery("WITH x AS (SELECT updated_at FROM t) SELECT * FROM x"))
        #expect(!PostgresDatabase.isCursorQuery("WITH x AS (DELETE FROM t RETURNING id) SELECT * FROM x"))
        #expect(!PostgresDatabase.isCursorQuery("INSERT INTO t VALUES (1) RETURNING id"))
        #expect(!PostgresDatabase.isCursorQuery("SHOW server_version"))
    }
}
