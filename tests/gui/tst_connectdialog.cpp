#include "screenshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <connection/connectdialog.h>
#include <connection/connectionsettings.h>
#include <connection/passwordstore.h>

using namespace Stockroom;
using Services::ConnectionSettings;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void cleanup() { QSettings().clear(); }

    void firstStartOffersEmbeddedOrAServer()
    {
        Ui::ConnectDialog dialog(ConnectionSettings::load());
        auto *embedded = dialog.findChild<QRadioButton *>(QStringLiteral("embedded"));
        auto *server = dialog.findChild<QRadioButton *>(QStringLiteral("server"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        QVERIFY(embedded->isChecked()); // the default
        QVERIFY(!url->isEnabled());
        dialog.show();
        server->click();
        QVERIFY(url->isEnabled());
        QTest::keyClicks(url, QStringLiteral("postgresql://ledger.example.com:6432/stockroom"));
        dialog.accept(); // no user yet: refused in words
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("user")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("user")), QStringLiteral("alice"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("s3cret"));
        Tests::saveScreenshot(&dialog, QStringLiteral("dialog-connect"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectionSettings chosen = dialog.settings();
        QCOMPARE(chosen.mode, ConnectionSettings::Mode::Server);
        QCOMPARE(chosen.user, QStringLiteral("alice"));
        QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
        chosen.save();

        // Remembered, without the password: that is for the keychain only.
        const ConnectionSettings loaded = ConnectionSettings::load();
        QCOMPARE(loaded.mode, ConnectionSettings::Mode::Server);
        QCOMPARE(loaded.url, QStringLiteral("postgresql://ledger.example.com:6432/stockroom"));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QStringLiteral("s3cret")));
        auto spec = loaded.serverSpec();
        QVERIFY(spec);
        QCOMPARE(spec->host, QStringLiteral("ledger.example.com"));
        QCOMPARE(spec->port, 6432);
        QCOMPARE(spec->user, QStringLiteral("alice"));
        QVERIFY(spec->options.contains(QStringLiteral("sslmode=verify-full"))); // TLS, checked, by default
        QVERIFY(spec->password.isEmpty());
    }

    // Sending the remembered password without TLS is a permission given per server, only where the chosen
    // mode can end up without TLS, and never by default.
    void withoutTlsIsAnExplicitChoicePerServer()
    {
        ConnectionSettings first;
        first.mode = ConnectionSettings::Mode::Server;
        first.url = QStringLiteral("postgresql://old.example.com/stockroom");
        first.user = QStringLiteral("alice");
        first.sslMode = QStringLiteral("prefer");
        Ui::ConnectDialog dialog(first);
        auto *withoutTls = dialog.findChild<QCheckBox *>(QStringLiteral("withoutTls"));
        auto *sslMode = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
        QVERIFY(withoutTls);
        QVERIFY(!withoutTls->isChecked());
        QVERIFY(withoutTls->isEnabled());
        QVERIFY(!dialog.settings().serverSpec()->mayUseStoredPassword());
        withoutTls->setChecked(true);
        QVERIFY(dialog.settings().allowWithoutTls);
        QVERIFY(dialog.settings().serverSpec()->mayUseStoredPassword());
        sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("verify-full")));
        QVERIFY(!withoutTls->isEnabled());
        QVERIFY(!dialog.settings().allowWithoutTls); // not needed, so not given
        sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("prefer")));
        dialog.settings().save();

        ConnectionSettings loaded = ConnectionSettings::load();
        QVERIFY(loaded.allowWithoutTls);
        // Another server (or another user) does not inherit it.
        loaded.url = QStringLiteral("postgresql://new.example.com/stockroom");
        loaded.allowWithoutTls = false;
        loaded.save();
        QVERIFY(!ConnectionSettings::load().allowWithoutTls);
        // The dialog shows each server's own permission as its URL is typed.
        Ui::ConnectDialog again(ConnectionSettings::load());
        auto *url = again.findChild<QLineEdit *>(QStringLiteral("url"));
        auto *allowed = again.findChild<QCheckBox *>(QStringLiteral("withoutTls"));
        again.findChild<QComboBox *>(QStringLiteral("sslMode"))
            ->setCurrentIndex(sslMode->findData(QStringLiteral("prefer")));
        QVERIFY(!allowed->isChecked());
        url->selectAll();
        QTest::keyClicks(url, first.url);
        QVERIFY(allowed->isChecked());
        QVERIFY(QSettings()
                    .value(QStringLiteral("connection/withoutTls"))
                    .toStringList()
                    .contains(QStringLiteral("alice@postgresql://old.example.com/stockroom"))); // still given there
    }

    void aPasswordInTheUrlIsNotKept()
    {
        ConnectionSettings settings;
        settings.mode = ConnectionSettings::Mode::Server;
        settings.url = QStringLiteral("postgresql://bob:pw@db.example.com/stockroom?sslmode=disable");
        settings.sslMode = QStringLiteral("verify-full");
        auto spec = settings.serverSpec();
        QVERIFY(spec);
        QVERIFY(spec->password.isEmpty());
        QCOMPARE(spec->user, QStringLiteral("bob"));
        QVERIFY(spec->options.contains(QStringLiteral("sslmode=verify-full")));
        QVERIFY(!spec->options.contains(QStringLiteral("sslmode=disable")));
    }

    void keychainAnswersEvenWithoutOne()
    {
        // On a desktop this stores and reads back; on a headless machine without a keychain it fails in
        // words, quickly, and nothing is written anywhere else.
        auto written = Services::PasswordStore::write(QStringLiteral("test@nowhere:1/none"), QStringLiteral("x"));
        if (written) {
            auto read = Services::PasswordStore::read(QStringLiteral("test@nowhere:1/none"));
            QVERIFY(read);
            QCOMPARE(read.value(), QStringLiteral("x"));
            QVERIFY(Services::PasswordStore::remove(QStringLiteral("test@nowhere:1/none")));
        } else {
            QVERIFY(written.error().message.startsWith(QStringLiteral("keychain:")));
            QVERIFY(!Services::PasswordStore::read(QStringLiteral("test@nowhere:1/none")));
        }
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
