#include "screenshot.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <connection/session.h>
#include <guifixture.h>
#include <mainwindow.h>
#include <staff/staffdialog.h>
#include <staff/staffeditdialog.h>
#include <testdatabase.h>
#include <windowfixture.h>

using namespace Stockroom;

namespace {

bool runAsServer(const QString &sql)
{
    Services::Session admin(Tests::TestDatabase::server(), QStringLiteral("staff-admin"));
    return bool(admin.execScript(sql));
}

QTreeWidgetItem *rowOf(QTreeWidget *table, const QString &login)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(0) == login)
            return table->topLevelItem(i);
    }
    return nullptr;
}

void check(QListWidget *list, const QString &code, bool on)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code)
            list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

// The admin's "Staff and access…": logins listed with their role, locations and channels; a login added with its
// password typed twice, its assignments edited and taken off, each change confirmed where it takes access away;
// other personas find the menu item disabled and told why.
class TestStaffDialog : public QObject, private Tests::WindowFixture
{
    Q_OBJECT

private:
    QStringList m_roles;

    // An admin login of the server that may create logins, staff of this database everywhere.
    Services::ConnectionSpec creator()
    {
        const QString login = QStringLiteral("guiadmin_%1").arg(QCoreApplication::applicationPid());
        m_roles << login;
        runAsServer(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN CREATEROLE IN ROLE stockroom_admin; EXCEPTION"
                                   " WHEN duplicate_object THEN NULL; END $$")
                        .arg(login));
        sql(QStringLiteral("SELECT api.staff_set(gen_random_uuid(), ?, 'admin', true, NULL, true, NULL)"), {login});
        Services::ConnectionSpec spec = m_db->spec();
        spec.user = login;
        return spec;
    }

    void openAs(const Services::ConnectionSpec &spec, QSize size)
    {
        Ui::MainWindow::Options options;
        options.journalPath = m_dir->filePath(QStringLiteral("journal.json"));
        options.sweepEverySeconds = 0;
        m_window = std::make_unique<Ui::MainWindow>(spec, options);
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->permissions().known, 10000);
    }

    Ui::StaffDialog *openStaff()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionStaff"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto *dialog = m_window->findChild<Ui::StaffDialog *>();
        if (dialog && !QTest::qWaitFor([dialog] { return !dialog->isLoading(); }, 10000))
            return nullptr;
        return dialog;
    }

    static Ui::StaffEditDialog *editor(Ui::StaffDialog *dialog, const char *button)
    {
        dialog->findChild<QPushButton *>(QString::fromLatin1(button))->click();
        return dialog->findChild<Ui::StaffEditDialog *>();
    }

    // Clicks the confirmation's button once it is asked; returns its text.
    static QString confirm(QWidget *editor, const QString &shot)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = editor->findChild<QMessageBox *>(QStringLiteral("confirmStaff"))) != nullptr; },
                5000))
            return {};
        const QString text = box->text();
        Tests::saveScreenshot(box, shot);
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        return text;
    }

private slots:
    void init() { setUp(); }

    void cleanup()
    {
        tearDown();
        for (const QString &role : std::as_const(m_roles))
            runAsServer(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        m_roles.clear();
    }

    void otherPersonasSeeItDisabled()
    {
        openWindow(QStringLiteral("manager"));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionStaff"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("admin role")), qPrintable(action->toolTip()));
        QVERIFY2(action->toolTip().contains(QStringLiteral("manager")), qPrintable(action->toolTip()));
        m_window.reset();
        openWindow(QStringLiteral("admin"));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionStaff"))->isEnabled());
    }

    // An admin without CREATEROLE: the dialog says what is missing; nothing is made.
    void creatingALoginNeedsCreateRole()
    {
        openWindow(QStringLiteral("admin"));
        Ui::StaffDialog *dialog = openStaff();
        QVERIFY(dialog);
        Ui::StaffEditDialog *add = editor(dialog, "addStaff");
        QVERIFY(add);
        const QString login = QStringLiteral("guinew_%1").arg(QCoreApplication::applicationPid());
        m_roles << login;
        add->findChild<QLineEdit *>(QStringLiteral("login"))->setText(login);
        add->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("long enough 1"));
        add->findChild<QLineEdit *>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("long enough 1"));
        check(add->findChild<QListWidget *>(QStringLiteral("locations")), QStringLiteral("ST-B"), true);
        add->findChild<QPushButton *>(QStringLiteral("save"))->click();
        auto *status = add->findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(QStringLiteral("CREATEROLE")), 10000);
        QVERIFY(add->isVisible());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}).toInt(), 0);
    }

    void emptyState()
    {
        const Services::ConnectionSpec admin = creator(); // may connect: the grant stays when its row goes
        sql(QStringLiteral("DELETE FROM ledger.staff"));
        openAs(admin, QSize(1280, 800));
        Ui::StaffDialog *dialog = openStaff();
        QVERIFY(dialog);
        QVERIFY(dialog->directory().staff.isEmpty());
        auto *empty = dialog->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("Add login")), qPrintable(empty->text()));
        QVERIFY(!dialog->findChild<QTreeWidget *>(QStringLiteral("staffTable"))->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("editStaff"))->isEnabled());
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-staff-empty"));
    }

    void anAdminAddsEditsAndRemoves_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void anAdminAddsEditsAndRemoves()
    {
        QFETCH(QSize, size);
        const QString suffix = u'-' + QString::fromLatin1(QTest::currentDataTag());
        openAs(creator(), size);
        Ui::StaffDialog *dialog = openStaff();
        QVERIFY(dialog);
        if (size.width() > 1600)
            dialog->resize(1100, 620);
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("staffTable"));
        QVERIFY(table->topLevelItemCount() > 0);

        // Add: the passwords must match; then the login is made, assigned, and listed.
        Ui::StaffEditDialog *add = editor(dialog, "addStaff");
        QVERIFY(add);
        const QString login =
            QStringLiteral("guiclerk_%1%2").arg(QCoreApplication::applicationPid()).arg(suffix.mid(1, 4));
        m_roles << login;
        add->findChild<QLineEdit *>(QStringLiteral("login"))->setText(login);
        auto *role = add->findChild<QComboBox *>(QStringLiteral("role"));
        role->setCurrentIndex(role->findData(QStringLiteral("associate")));
        add->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("clerk password 1"));
        add->findChild<QLineEdit *>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("clerk password 2"));
        check(add->findChild<QListWidget *>(QStringLiteral("locations")), QStringLiteral("ST-B"), true);
        check(add->findChild<QListWidget *>(QStringLiteral("channels")), QStringLiteral("store"), true);
        add->findChild<QPushButton *>(QStringLiteral("save"))->click();
        auto *mismatch = add->findChild<QLabel *>(QStringLiteral("confirmPasswordError"));
        QVERIFY(mismatch->isVisible());
        Tests::saveScreenshot(add, QStringLiteral("dialog-staff-add") + suffix);
        add->findChild<QLineEdit *>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("clerk password 1"));
        add->findChild<QPushButton *>(QStringLiteral("save"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, login) != nullptr, 10000);
        QCOMPARE(rowOf(table, login)->text(1), QStringLiteral("Associate"));
        QCOMPARE(rowOf(table, login)->text(2), QStringLiteral("ST-B"));
        QCOMPARE(rowOf(table, login)->text(3), QStringLiteral("store"));
        QCOMPARE(sql(QStringLiteral("SELECT pg_has_role(?, 'stockroom_associate', 'MEMBER')"), {login}).toBool(), true);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY(status->text().contains(login));
        table->setCurrentItem(rowOf(table, login));
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-staff") + suffix);

        // Edit: moving the login from ST-B to ST-C takes ST-B away, which is confirmed first.
        Ui::StaffEditDialog *edit = editor(dialog, "editStaff");
        QVERIFY(edit);
        auto *locations = edit->findChild<QListWidget *>(QStringLiteral("locations"));
        check(locations, QStringLiteral("ST-B"), false);
        check(locations, QStringLiteral("ST-C"), true);
        Tests::saveScreenshot(edit, QStringLiteral("dialog-staff-edit") + suffix);
        edit->findChild<QPushButton *>(QStringLiteral("save"))->click();
        const QString question = confirm(edit, QStringLiteral("dialog-staff-confirm") + suffix);
        QVERIFY2(question.contains(QStringLiteral("ST-B")), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, login) && rowOf(table, login)->text(2) == QStringLiteral("ST-C"), 10000);

        // Remove: the channel taken off through staff_unassign, after a confirmation.
        table->setCurrentItem(rowOf(table, login));
        Ui::StaffEditDialog *remove = editor(dialog, "removeStaff");
        QVERIFY(remove);
        auto *channels = remove->findChild<QListWidget *>(QStringLiteral("channels"));
        QCOMPARE(channels->count(), 1);
        check(channels, QStringLiteral("store"), true);
        Tests::saveScreenshot(remove, QStringLiteral("dialog-staff-remove") + suffix);
        remove->findChild<QPushButton *>(QStringLiteral("save"))->click();
        QVERIFY(
            confirm(remove, QStringLiteral("dialog-staff-remove-confirm") + suffix).contains(QStringLiteral("store")));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, login) && rowOf(table, login)->text(3) == QStringLiteral("None"), 10000);
        QCOMPARE(sql(QStringLiteral("SELECT array_to_string(locations, ',') || '/' || array_to_string(channels, ',')"
                                    " FROM api.staff WHERE login = ?"),
                     {login})
                     .toString(),
                 QStringLiteral("ST-C/"));
    }
};

QTEST_MAIN(TestStaffDialog)
#include "tst_staffdialog.moc"
