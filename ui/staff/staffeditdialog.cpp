#include "staffeditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <formfield.h>
#include <ledger/ledgerservice.h>
#include <ledgertask.h>
#include <sentence.h>

namespace Stockroom::Ui {

namespace {

QString listed(const QStringList &items)
{
    return QLocale().createSeparatedList(items);
}

} // namespace

StaffEditDialog::StaffEditDialog(const Services::ConnectionSpec &spec, Mode mode, const StaffDirectory &directory,
                                 const Services::StaffMember &member, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_mode(mode)
    , m_member(member)
    , m_form(new QFormLayout)
    , m_status(new QLabel(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("staffEditDialog"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (mode == Mode::Add) {
        setWindowTitle(tr("Add a login"));
        m_save->setText(tr("&Add"));
        m_login = new QLineEdit(this);
        m_login->setPlaceholderText(tr("e.g. ann.berg"));
        addRow(tr("&Login:"), m_login, QStringLiteral("login"));
        m_persona = new QComboBox(this);
        for (const QString &persona : Services::StaffService::personas())
            m_persona->addItem(personaTitle(persona), persona);
        addRow(tr("&Role:"), m_persona, QStringLiteral("role"));
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        addRow(tr("&Password:"), m_password, QStringLiteral("password"));
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        addRow(tr("&Again:"), m_confirm, QStringLiteral("confirmPassword"));
        auto *hint = new QLabel(tr("A password is needed only when the login does not exist on the server yet (at "
                                   "least 8 characters). The server receives a SCRAM verifier, never the password; "
                                   "creating a login needs the CREATEROLE attribute."),
                                this);
        hint->setWordWrap(true);
        hint->setObjectName(QStringLiteral("passwordHint"));
        hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // as wide as the fields
        hint->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(QString(), hint);
    } else {
        setWindowTitle(mode == Mode::Edit ? tr("Assignments of %1").arg(member.login)
                                          : tr("Remove assignments of %1").arg(member.login));
        m_save->setText(mode == Mode::Edit ? tr("&Save") : tr("&Remove"));
        m_form->addRow(tr("Login:"), new QLabel(member.login, this));
        m_form->addRow(tr("Role:"), new QLabel(personaTitle(member.persona), this));
    }

    auto *places = new QHBoxLayout;
    if (mode == Mode::Remove) {
        QList<StaffDirectory::Place> locations;
        for (const QString &code : member.locations)
            locations.append({code, {}});
        QList<StaffDirectory::Place> channels;
        for (const QString &code : member.channels)
            channels.append({code, {}});
        for (const auto &place : directory.locations) {
            for (auto &own : locations)
                own.name = own.code == place.code ? place.name : own.name;
        }
        for (const auto &place : directory.channels) {
            for (auto &own : channels)
                own.name = own.code == place.code ? place.name : own.name;
        }
        m_locations = addPlaces(tr("Take off these locations"), tr("Stop working at all locations"),
                                QStringLiteral("locations"), locations, false, {});
        m_channels = addPlaces(tr("Take off these channels"), tr("Stop selling through all channels"),
                               QStringLiteral("channels"), channels, false, {});
        m_locations.all->setVisible(member.allLocations);
        m_channels.all->setVisible(member.allChannels);
        m_locations.box->setVisible(member.allLocations || !member.locations.isEmpty());
        m_channels.box->setVisible(member.allChannels || !member.channels.isEmpty());
    } else {
        m_locations =
            addPlaces(tr("Locations"), tr("All locations, including ones added later"), QStringLiteral("locations"),
                      directory.locations, member.allLocations, member.locations);
        m_channels = addPlaces(tr("Channels"), tr("All channels, including ones added later"),
                               QStringLiteral("channels"), directory.channels, member.allChannels, member.channels);
    }
    places->addWidget(m_locations.box, 3);
    places->addWidget(m_channels.box, 2);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(m_save, &QPushButton::clicked, this, &StaffEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(places, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(mode == Mode::Remove ? 560 : 640, mode == Mode::Add ? 600 : mode == Mode::Edit ? 460 : 340);
}

StaffEditDialog::~StaffEditDialog() = default;

void StaffEditDialog::addRow(const QString &label, QWidget *field, const QString &name)
{
    const FormField row = makeFormField(field, name, this);
    m_errors.insert(name, row.error);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, row.cell);
}

StaffEditDialog::Places StaffEditDialog::addPlaces(const QString &title, const QString &allText, const QString &name,
                                                   const QList<StaffDirectory::Place> &places, bool all,
                                                   const QStringList &checked)
{
    Places out;
    out.box = new QGroupBox(title, this);
    out.all = new QCheckBox(allText, out.box);
    out.all->setObjectName(QStringLiteral("all") + name.at(0).toUpper() + name.mid(1));
    out.all->setChecked(all);
    out.list = new QListWidget(out.box);
    out.list->setObjectName(name);
    for (const auto &place : places) {
        auto *item = new QListWidgetItem(place.name.isEmpty() ? place.code : tr("%1 — %2").arg(place.code, place.name),
                                         out.list);
        item->setData(Qt::UserRole, place.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(place.code) ? Qt::Checked : Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(out.box);
    layout->addWidget(out.all);
    layout->addWidget(out.list, 1);
    if (m_mode != Mode::Remove) {
        out.list->setEnabled(!all);
        connect(out.all, &QCheckBox::toggled, out.list, [list = out.list](bool on) { list->setEnabled(!on); });
    }
    return out;
}

QStringList StaffEditDialog::checkedCodes(const Places &places)
{
    QStringList out;
    for (int row = 0; row < places.list->count(); ++row) {
        if (places.list->item(row)->checkState() == Qt::Checked)
            out << places.list->item(row)->data(Qt::UserRole).toString();
    }
    return out;
}

void StaffEditDialog::showError(const QString &field, const QString &message)
{
    if (QLabel *label = m_errors.value(field)) {
        label->setText(message);
        label->show();
        if (QWidget *widget = findChild<QWidget *>(field))
            widget->setFocus();
        return;
    }
    m_status->setText(message);
    m_status->show();
}

void StaffEditDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_status->hide();
}

bool StaffEditDialog::validate()
{
    bool ok = true;
    if (m_mode == Mode::Add) {
        const QString login = m_login->text().trimmed();
        if (login.isEmpty()) {
            showError(QStringLiteral("login"), tr("A login needs a name."));
            ok = false;
        } else if (const QString problem = Services::StaffService::loginProblem(login); !problem.isEmpty()) {
            showError(QStringLiteral("login"), sentence(problem) + u'.');
            ok = false;
        }
        if (m_password->text() != m_confirm->text()) {
            showError(QStringLiteral("confirmPassword"), tr("The two passwords differ: type the same one twice."));
            ok = false;
        } else if (!m_password->text().isEmpty() &&
                   !Services::StaffService::passwordProblem(m_password->text()).isEmpty()) {
            showError(QStringLiteral("password"), tr("A password needs at least 8 characters."));
            ok = false;
        }
    }
    if (m_mode == Mode::Remove && checkedCodes(m_locations).isEmpty() && checkedCodes(m_channels).isEmpty() &&
        !m_locations.all->isChecked() && !m_channels.all->isChecked()) {
        showError({}, tr("Tick the locations or channels to take %1 off.").arg(m_member.login));
        ok = false;
    }
    return ok;
}

void StaffEditDialog::save()
{
    if (m_busy)
        return;
    clearErrors();
    if (!validate())
        return;
    const QString login = m_mode == Mode::Add ? m_login->text().trimmed() : m_member.login;
    const QString persona = m_mode == Mode::Add ? m_persona->currentData().toString() : m_member.persona;
    QStringList warnings;
    if (m_mode == Mode::Add && persona == u"admin")
        warnings << tr("%1 will be an admin: it can manage staff and change everything in this ledger.").arg(login);
    if (m_mode != Mode::Remove) {
        const bool noLocations = !m_locations.all->isChecked() && checkedCodes(m_locations).isEmpty();
        const bool noChannels = !m_channels.all->isChecked() && checkedCodes(m_channels).isEmpty();
        if (noLocations)
            warnings
                << tr("%1 will not be assigned to any location: it will see no stock and change nothing.").arg(login);
        if (noChannels && persona == u"checkout")
            warnings
                << tr("%1 will not be bound to any channel: as a checkout service it can sell nothing.").arg(login);
    }
    QStringList takenOff;
    if (m_mode == Mode::Edit) {
        if (m_member.allLocations && !m_locations.all->isChecked())
            takenOff << tr("all locations");
        if (m_member.allChannels && !m_channels.all->isChecked())
            takenOff << tr("all channels");
        for (const QString &code : m_member.locations) {
            if (!m_locations.all->isChecked() && !checkedCodes(m_locations).contains(code))
                takenOff << code;
        }
        for (const QString &code : m_member.channels) {
            if (!m_channels.all->isChecked() && !checkedCodes(m_channels).contains(code))
                takenOff << tr("channel %1").arg(code);
        }
    } else if (m_mode == Mode::Remove) {
        if (m_locations.all->isChecked())
            takenOff << tr("all locations");
        if (m_channels.all->isChecked())
            takenOff << tr("all channels");
        takenOff << checkedCodes(m_locations);
        for (const QString &code : checkedCodes(m_channels))
            takenOff << tr("channel %1").arg(code);
    }
    if (!takenOff.isEmpty())
        warnings.prepend(tr("This takes %1 off %2: from its next action, the ledger refuses what %1 does there.")
                             .arg(login, listed(takenOff)));
    if (warnings.isEmpty()) {
        send();
        return;
    }
    confirmThen(warnings.join(QStringLiteral("\n\n")),
                m_mode == Mode::Add      ? tr("Add %1").arg(login)
                : m_mode == Mode::Remove ? tr("Take off")
                                         : tr("Save"),
                [this] { send(); });
}

void StaffEditDialog::confirmThen(const QString &text, const QString &verb, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmStaff"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(verb, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [box, yes, then] {
        if (box->clickedButton() == yes)
            then();
    });
    box->open();
}

QString StaffEditDialog::fingerprint() const
{
    QStringList parts{QString::number(int(m_mode)), m_login ? m_login->text().trimmed() : m_member.login,
                      m_persona ? m_persona->currentData().toString() : m_member.persona,
                      m_locations.all->isChecked() ? QStringLiteral("all") : QString(),
                      m_channels.all->isChecked() ? QStringLiteral("all") : QString()};
    parts << checkedCodes(m_locations) << QStringLiteral("|") << checkedCodes(m_channels);
    return parts.join(u'\n');
}

void StaffEditDialog::send()
{
    if (fingerprint() != m_keyFor) {
        m_key = Services::LedgerService::newKey(); // another request: a key of its own
        m_keyFor = fingerprint();
    }
    m_busy = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_status->show();
    const auto done = [this](const Services::Result<QJsonObject> &result) {
        finish(result);
    };
    Services::StaffDraft draft;
    draft.login = m_mode == Mode::Add ? m_login->text().trimmed() : m_member.login;
    draft.persona = m_mode == Mode::Add ? m_persona->currentData().toString() : m_member.persona;
    if (m_mode == Mode::Remove) {
        const QStringList locations = checkedCodes(m_locations);
        const QStringList channels = checkedCodes(m_channels);
        if (!m_locations.all->isChecked() && !m_channels.all->isChecked()) {
            runLedgerTask<QJsonObject>(
                this, m_spec,
                [draft, locations, channels, key = m_key](Services::Session &session) {
                    return Services::StaffService(session).unassign(draft.login, locations, channels, key);
                },
                done);
            return;
        }
        // Taking "all" off is a new set of assignments: what is left of the explicit ones.
        draft.allLocations = m_member.allLocations && !m_locations.all->isChecked();
        draft.allChannels = m_member.allChannels && !m_channels.all->isChecked();
        for (const QString &code : m_member.locations) {
            if (!locations.contains(code))
                draft.locations << code;
        }
        for (const QString &code : m_member.channels) {
            if (!channels.contains(code))
                draft.channels << code;
        }
    } else {
        draft.allLocations = m_locations.all->isChecked();
        draft.allChannels = m_channels.all->isChecked();
        if (!m_locations.all->isChecked())
            draft.locations = checkedCodes(m_locations);
        if (!m_channels.all->isChecked())
            draft.channels = checkedCodes(m_channels);
    }
    if (m_mode == Mode::Add) {
        runLedgerTask<QJsonObject>(
            this, m_spec,
            [draft, password = m_password->text(), key = m_key](Services::Session &session) {
                return Services::StaffService(session).add(draft, password, key);
            },
            done);
        return;
    }
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [draft, key = m_key](Services::Session &session) { return Services::StaffService(session).set(draft, key); },
        done);
}

void StaffEditDialog::finish(const Services::Result<QJsonObject> &result)
{
    m_busy = false;
    m_save->setEnabled(true);
    m_status->hide();
    if (!result) {
        const Services::Error &error = result.error();
        QString field;
        if (m_mode == Mode::Add && error.message.contains(u"password"))
            field = QStringLiteral("password");
        else if (m_mode == Mode::Add && !error.message.contains(u"CREATEROLE") &&
                 (error.message.startsWith(u"login") || error.message.startsWith(u"no login") ||
                  error.message.startsWith(u"the login")))
            field = QStringLiteral("login");
        showError(field, sentence(error.message));
        if (error.kind == Services::Error::Kind::Conflict)
            m_keyFor.clear(); // the key stood for other values: the next try is a new change
        return;
    }
    const QJsonObject o = result.value();
    const QString login = o.value(QStringLiteral("login")).toString(m_member.login);
    QString summary;
    if (m_mode == Mode::Add)
        summary = o.value(QStringLiteral("login_created")).toBool()
                      ? tr("Login %1 created as %2 and assigned.")
                            .arg(login, personaTitle(m_persona->currentData().toString()))
                      : tr("%1 assigned as %2; its password is unchanged.")
                            .arg(login, personaTitle(m_persona->currentData().toString()));
    else if (m_mode == Mode::Edit)
        summary = tr("Assignments of %1 saved.").arg(login);
    else
        summary = tr("Assignments taken off %1.").arg(login);
    const QString connect = o.value(QStringLiteral("connect")).toString();
    if (connect.startsWith(u"not granted"))
        summary += u' ' + tr("It cannot connect to this ledger yet: %1.").arg(connect);
    Q_EMIT saved(summary);
    accept();
}

} // namespace Stockroom::Ui
