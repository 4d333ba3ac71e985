#include <QSqlDatabase>
#include <QTest>

#include <connection/connectionsettings.h>
#include <connection/connectionspec.h>
#include <connection/passwordstore.h>
#include <connection/session.h>
#include <testdatabase.h>

using namespace Stockroom::Services;

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private slots:
    void fromUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("options");

        QTest::newRow("everything") << QStringLiteral("postgresql://alice:s3cret@db.example.com:6543/inventory")
                                    << QStringLiteral("db.example.com") << 6543 << QStringLiteral("inventory")
                                    << QStringLiteral("alice") << QStringLiteral("s3cret") << QString();
        QTest::newRow("postgres scheme, defaults")
            << QStringLiteral("postgres://bob@localhost") << QStringLiteral("localhost") << 5432
            << QStringLiteral("stockroom") << QStringLiteral("bob") << QString() << QString();
        QTest::newRow("no host") << QStringLiteral("postgresql:///ledger") << QStringLiteral("localhost") << 5432
                                 << QStringLiteral("ledger") << QString() << QString() << QString();
        QTest::newRow("IPv6 host") << QStringLiteral("postgresql://carol@[::1]:5433/ledger") << QStringLiteral("::1")
                                   << 5433 << QStringLiteral("ledger") << QStringLiteral("carol") << QString()
                                   << QString();
        QTest::newRow("socket directory via ?host=")
            << QStringLiteral("postgresql:///stockroom?host=/run/postgresql") << QStringLiteral("/run/postgresql")
            << 5432 << QStringLiteral("stockroom") << QString() << QString() << QString();
        QTest::newRow("socket directory, percent-encoded")
            << QStringLiteral("postgresql://dave@/shop?host=%2Fvar%2Frun%2Fpostgresql")
            << QStringLiteral("/var/run/postgresql") << 5432 << QStringLiteral("shop") << QStringLiteral("dave")
            << QString() << QString();
        QTest::newRow("password with reserved characters")
            << QStringLiteral("postgresql://erin:p%40ss%3Aw%2Frd@db/ledger") << QStringLiteral("db") << 5432
            << QStringLiteral("ledger") << QStringLiteral("erin") << QStringLiteral("p@ss:w/rd") << QString();
        QTest::newRow("user and password as query items")
            << QStringLiteral("postgresql://db/ledger?user=frank&password=secret%26more") << QStringLiteral("db")
            << 5432 << QStringLiteral("ledger") << QStringLiteral("frank") << QStringLiteral("secret&more")
            << QString();
        QTest::newRow("sslmode require") << QStringLiteral("postgresql://u@db.example.com/stockroom?sslmode=require")
                                         << QStringLiteral("db.example.com") << 5432 << QStringLiteral("stockroom")
                                         << QStringLiteral("u") << QString() << QStringLiteral("sslmode=require");
        QTest::newRow("sslmode verify-full with a CA and a timeout")
            << QStringLiteral("postgresql://u@db/stockroom?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"
                              "&connect_timeout=3")
            << QStringLiteral("db") << 5432 << QStringLiteral("stockroom") << QStringLiteral("u") << QString()
            << QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ssl/ca.pem;connect_timeout=3");
    }

    void fromUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, options);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY2(spec, qPrintable(spec.errorMessage()));
        QCOMPARE(spec->host, host);
        QCOMPARE(spec->port, port);
        QCOMPARE(spec->database, database);
        QCOMPARE(spec->user, user);
        QCOMPARE(spec->password, password);
        QCOMPARE(spec->options, options);

        // The password never shows in a description, nor in a URL unless asked for.
        if (!password.isEmpty()) {
            QVERIFY(!spec->describe().contains(password));
            QVERIFY(!spec->toUrl().contains(QStringLiteral("s3cret")));
        }

        // What toUrl writes, fromUrl reads back the same.
        auto again = ConnectionSpec::fromUrl(spec->toUrl(true));
        QVERIFY2(again, qPrintable(spec->toUrl(true) + QStringLiteral(": ") + again.errorMessage()));
        QCOMPARE(again->host, spec->host);
        QCOMPARE(again->port, spec->port);
        QCOMPARE(again->database, spec->database);
        QCOMPARE(again->user, spec->user);
        QCOMPARE(again->password, spec->password);
        QCOMPARE(again->options, spec->options);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("not a URL") << QStringLiteral("just some words");
        QTest::newRow("other scheme") << QStringLiteral("mysql://root@db/ledger");
        QTest::newRow("http") << QStringLiteral("http://db.example.com/ledger");
        QTest::newRow("no scheme") << QStringLiteral("db.example.com:5432/ledger");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://db:port/ledger");
        QTest::newRow("port out of range") << QStringLiteral("postgresql://db:99999/ledger");
        QTest::newRow("space in host") << QStringLiteral("postgresql://db host/ledger");
        // libpq reads only postgresql://; found by the fuzzer (corpus/fuzz_connectionspec/no-authority): without the
        // //, the path's first character was taken for its slash, half a surrogate pair left as the database name.
        QTest::newRow("no authority") << QStringLiteral("postgresql:ledger");
        QTest::newRow("no authority, a character outside the BMP first")
            << QStringLiteral("postgresql:\U0003FFFFledger");
        // Found by the fuzzer (corpus/fuzz_connectionspec/noncharacter): QUrl wrote U+3FFFF back as half a pair.
        QTest::newRow("a noncharacter in the database") << QStringLiteral("postgresql://db/led\U0003FFFFger");
        QTest::newRow("a noncharacter in the user") << QStringLiteral("postgresql://\uFFFFu@db/ledger");
    }

    void malformed()
    {
        QFETCH(QString, url);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY2(!spec, qPrintable(url));
        QCOMPARE(spec.error().kind, Error::Kind::Invalid);
        QVERIFY(!spec.error().message.isEmpty());
    }

    // Flagged by the fuzz target's property on its seed tests/fuzz/corpus/fuzz_connectionspec/bad-port: a refused URL
    // was echoed whole in the message, password included.
    void refusalHidesThePassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("port out of range") << QStringLiteral("postgresql://u:hunter22@db.example.com:99999/x");
        QTest::newRow("other scheme") << QStringLiteral("mysql://root:hunter22@db/ledger");
        QTest::newRow("@ in the password") << QStringLiteral("postgresql://u:hun@ter22@db:port/x");
        QTest::newRow("bad option") << QStringLiteral("postgresql://u:hunter22@db/x?options=-c%20a=b");
    }

    void refusalHidesThePassword()
    {
        QFETCH(QString, url);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY2(!spec, qPrintable(url));
        QVERIFY2(!spec.error().message.contains(QStringLiteral("ter22")), qPrintable(spec.error().message));
        QVERIFY2(spec.error().message.contains(QStringLiteral("u:***@")) ||
                     spec.error().message.contains(QStringLiteral("root:***@")),
                 qPrintable(spec.error().message));
    }

    // What the fuzz target checks of every URL that parses: QPSQL joins the options with spaces into libpq's conninfo
    // as they are, so a value with a space or ';' carried another keyword past every check (application_name=a
    // sslmode=disable made a shared server plain text while sslMode() still said verify-full, and a stored password
    // went along).
    void optionsCannotCarryAnotherKeyword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("named");
        QTest::newRow("space") << QStringLiteral(
                                      "postgresql://u@db.example.com/x?application_name=a%20sslmode%3Ddisable")
                               << QStringLiteral("application_name");
        QTest::newRow("semicolon") << QStringLiteral(
                                          "postgresql://u@db.example.com/x?application_name=a;sslmode=disable")
                                   << QStringLiteral("application_name");
        QTest::newRow("quote") << QStringLiteral("postgresql://u@db.example.com/x?sslrootcert=%27x")
                               << QStringLiteral("sslrootcert");
        QTest::newRow("key not a keyword")
            << QStringLiteral("postgresql://u@db.example.com/x?ssl%20mode=disable") << QStringLiteral("ssl mode");
        QTest::newRow("empty key") << QStringLiteral("postgresql://u@db.example.com/x?=disable")
                                   << QStringLiteral("\"\"");
    }

    void optionsCannotCarryAnotherKeyword()
    {
        QFETCH(QString, url);
        QFETCH(QString, named);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY2(!spec, qPrintable(spec ? spec->options : url));
        QCOMPARE(spec.error().kind, Error::Kind::Invalid);
        QVERIFY2(spec.error().message.contains(named), qPrintable(spec.error().message));
    }

    // Found by the fuzzer (tests/fuzz/corpus/fuzz_connectionspec/host-lost): a ?host= that a URL's authority cannot
    // hold was dropped by toUrl(), so the saved connection read back as localhost; a literal %41 in a field was
    // decoded on the way back.
    void toUrlKeepsEveryField_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("host only a query can hold") << QStringLiteral("postgresql:///x?host=db%20one%2Fa@b");
        QTest::newRow("host list") << QStringLiteral("postgresql:///x?host=db1,db2");
        QTest::newRow("percent in the user") << QStringLiteral("postgresql://a%2541b:p%2525@db/x%2541");
        // Found by the fuzzer (corpus/fuzz_connectionspec/percent-in-option): an option's literal %C5 came back as a
        // byte.
        QTest::newRow("percent in an option") << QStringLiteral("postgresql://db/x?application_name=a%25C5b");
        QTest::newRow("percent in a socket directory") << QStringLiteral("postgresql:///x?host=/run/a%2541");
    }

    void toUrlKeepsEveryField()
    {
        QFETCH(QString, url);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY2(spec, qPrintable(spec.errorMessage()));
        auto again = ConnectionSpec::fromUrl(spec->toUrl(true));
        QVERIFY2(again, qPrintable(spec->toUrl(true) + QStringLiteral(": ") + again.errorMessage()));
        QCOMPARE(again->host, spec->host);
        QCOMPARE(again->user, spec->user);
        QCOMPARE(again->password, spec->password);
        QCOMPARE(again->database, spec->database);
    }

    // Found by the fuzzer (corpus/fuzz_connectionspec/empty-host): ?host with no value gave an empty host (libpq's
    // default socket) that toUrl() wrote back as localhost (TCP). It is refused, saying what host= takes.
    void emptyHostIsRefused()
    {
        auto spec = ConnectionSpec::fromUrl(QStringLiteral("postgresql:///ledger?host&sslmode=require"));
        QVERIFY(!spec);
        QVERIFY2(spec.error().message.contains(QStringLiteral("host= needs")), qPrintable(spec.error().message));
    }

    // An option whose name only contains sslmode does not stop verify-full from being added.
    void sslmodeIsMatchedByKeyword()
    {
        auto spec = ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@db.example.com/x?xsslmode=disable"));
        QVERIFY(spec);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("keyword"));
            spec->applyTo(db);
            QVERIFY2(db.connectOptions().split(u';').contains(QStringLiteral("sslmode=verify-full")),
                     qPrintable(db.connectOptions()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("keyword"));
    }

    void describe_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("description");
        QTest::newRow("server") << QStringLiteral("postgresql://alice:pw@db:6543/inv")
                                << QStringLiteral("alice@db:6543/inv");
        QTest::newRow("socket") << QStringLiteral("postgresql://bob@/stockroom?host=/tmp/sr")
                                << QStringLiteral("bob@embedded/stockroom");
        QTest::newRow("no user") << QStringLiteral("postgresql://db/inv") << QStringLiteral("db:5432/inv");
    }

    void describe()
    {
        QFETCH(QString, url);
        QFETCH(QString, description);
        QCOMPARE(ConnectionSpec::fromUrl(url)->describe(), description);
    }

    void applyTo()
    {
        auto spec = ConnectionSpec::fromUrl(QStringLiteral("postgresql://alice:pw@db:6543/inv?sslmode=require"));
        QVERIFY(spec);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("apply"));
            spec->applyTo(db);
            QCOMPARE(db.hostName(), QStringLiteral("db"));
            QCOMPARE(db.port(), 6543);
            QCOMPARE(db.databaseName(), QStringLiteral("inv"));
            QCOMPARE(db.userName(), QStringLiteral("alice"));
            QCOMPARE(db.password(), QStringLiteral("pw"));
            const QStringList options = db.connectOptions().split(u';');
            QVERIFY(options.contains(QStringLiteral("sslmode=require")));
            QVERIFY(options.contains(QStringLiteral("connect_timeout=5"))); // never hang on a dead server
            QVERIFY(options.contains(QStringLiteral("application_name=stockroom")));

            spec.value().options = QStringLiteral("connect_timeout=1;application_name=shop");
            spec->applyTo(db);
            // A shared server gets verify-full unless the URL names another mode.
            QCOMPARE(db.connectOptions(),
                     QStringLiteral("connect_timeout=1;application_name=shop;sslmode=verify-full"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("apply"));
    }

    // TLS that verifies the certificate and host name is the default for a shared server; a local connection
    // (a socket, localhost, 127.0.0.1, ::1) keeps libpq's default, and a mode the URL names is kept.
    void sharedServersDefaultToVerifyFull_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sslmode"); // in the connect options; empty: none added
        QTest::newRow("server by name") << QStringLiteral("postgresql://alice@db.example.com/stockroom")
                                        << QStringLiteral("verify-full");
        QTest::newRow("server by address")
            << QStringLiteral("postgresql://alice@10.1.2.3:6432/stockroom") << QStringLiteral("verify-full");
        QTest::newRow("named mode kept") << QStringLiteral("postgresql://alice@db/stockroom?sslmode=require")
                                         << QStringLiteral("require");
        QTest::newRow("disable kept") << QStringLiteral("postgresql://alice@db/stockroom?sslmode=disable")
                                      << QStringLiteral("disable");
        QTest::newRow("localhost") << QStringLiteral("postgresql://alice@localhost/stockroom") << QString();
        QTest::newRow("127.0.0.1") << QStringLiteral("postgresql://alice@127.0.0.1:5433/stockroom") << QString();
        QTest::newRow("::1") << QStringLiteral("postgresql://alice@[::1]/stockroom") << QString();
        QTest::newRow("socket") << QStringLiteral("postgresql:///stockroom?host=/run/postgresql") << QString();
    }

    void sharedServersDefaultToVerifyFull()
    {
        QFETCH(QString, url);
        QFETCH(QString, sslmode);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY(spec);
        QStringList modes;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tls"));
            spec->applyTo(db);
            for (const QString &option : db.connectOptions().split(u';'))
                if (option.startsWith(u"sslmode="))
                    modes << option.mid(8);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tls"));
        QCOMPARE(modes, sslmode.isEmpty() ? QStringList() : QStringList{sslmode});
        // The connect dialog's default for a server, too.
        QCOMPARE(ConnectionSettings().sslMode, QStringLiteral("verify-full"));
    }

    // A password from the keychain goes only over a connection that is TLS for certain, a local one, or to a
    // server the user allowed without TLS (the dialog's checkbox, or sslmode=disable written in --db).
    void storedPasswordOnlyOverTls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed"); // the dialog's "allow without TLS" for this server
        QTest::addColumn<bool>("sent");
        QTest::newRow("verify-full by default") << QStringLiteral("postgresql://alice@db/stockroom") << false << true;
        QTest::newRow("require") << QStringLiteral("postgresql://alice@db/stockroom?sslmode=require") << false << true;
        QTest::newRow("prefer, not allowed")
            << QStringLiteral("postgresql://alice@db/stockroom?sslmode=prefer") << false << false;
        QTest::newRow("allow, not allowed")
            << QStringLiteral("postgresql://alice@db/stockroom?sslmode=allow") << false << false;
        QTest::newRow("prefer, allowed for this server")
            << QStringLiteral("postgresql://alice@db/stockroom?sslmode=prefer") << true << true;
        QTest::newRow("disable written in the URL")
            << QStringLiteral("postgresql://alice@db/stockroom?sslmode=disable") << false << true;
        QTest::newRow("local, prefer") << QStringLiteral("postgresql://alice@127.0.0.1/stockroom") << false << true;
    }

    void storedPasswordOnlyOverTls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QFETCH(bool, sent);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY(spec);
        spec.value().allowWithoutTls = spec->allowWithoutTls || allowed;
        QCOMPARE(spec->mayUseStoredPassword(), sent);
        if (!sent) { // refused before the keychain is asked, saying why
            auto refused = PasswordStore::readFor(spec.value());
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Refused);
            QVERIFY2(refused.errorMessage().contains(u"without TLS"), qPrintable(refused.errorMessage()));
        }

        // From the dialog's settings: the list's sslmode alone is not consent, the checkbox is.
        ConnectionSettings settings;
        settings.mode = ConnectionSettings::Mode::Server;
        settings.url = QStringLiteral("postgresql://db/stockroom");
        settings.user = QStringLiteral("alice");
        settings.sslMode = QStringLiteral("disable");
        QVERIFY(!settings.serverSpec()->mayUseStoredPassword());
        settings.allowWithoutTls = true;
        QVERIFY(settings.serverSpec()->mayUseStoredPassword());
    }

    // verify-full against a server without TLS (the test server): the message says what is wrong and what to do.
    void tlsFailureIsExplained()
    {
        Stockroom::Tests::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        ConnectionSpec spec = db.spec();
        spec.options = QStringLiteral("sslmode=verify-full");
        Session session(spec, QStringLiteral("tls"));
        auto opened = session.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Connection);
        const QString message = opened.errorMessage();
        QVERIFY2(message.contains(u"does not offer TLS") && message.contains(u"sslmode=verify-full") &&
                     message.contains(u"sslmode=disable"),
                 qPrintable(message));
        QVERIFY(spec.tlsAdvice(QStringLiteral("root certificate file \"/root/.postgresql/root.crt\" does not exist"))
                    .contains(u"not trusted"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
