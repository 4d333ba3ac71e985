#include "staffdialog.h"

#include "staffeditdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <connection/session.h>
#include <ledgertask.h>
#include <sentence.h>

namespace Stockroom::Ui {

namespace {

enum Column
{
    LoginColumn,
    RoleColumn,
    LocationsColumn,
    ChannelsColumn,
    ConnectColumn,
    ColumnCount,
};

Services::Result<QList<StaffDirectory::Place>> places(Services::Session &session, const QString &sql)
{
    auto rows = session.rows(sql);
    if (!rows)
        return rows.error();
    QList<StaffDirectory::Place> out;
    for (const QJsonValue &row : rows.value())
        out.append({row[u"code"].toString(), row[u"name"].toString()});
    return out;
}

Services::Result<StaffDirectory> readDirectory(Services::Session &session)
{
    StaffDirectory out;
    auto staff = Services::StaffService(session).list();
    if (!staff)
        return staff.error();
    out.staff = staff.value();
    auto locations = places(session, QStringLiteral("SELECT code, name FROM api.locations ORDER BY code"));
    if (!locations)
        return locations.error();
    out.locations = locations.value();
    auto channels = places(session, QStringLiteral("SELECT code, name FROM api.channels ORDER BY code"));
    if (!channels)
        return channels.error();
    out.channels = channels.value();
    return out;
}

QString assigned(bool all, const QStringList &codes, const QString &allText)
{
    if (all)
        return allText;
    return codes.isEmpty() ? StaffDialog::tr("None") : codes.join(QStringLiteral(", "));
}

} // namespace

QString personaTitle(const QString &persona)
{
    if (persona == u"associate")
        return StaffDialog::tr("Associate");
    if (persona == u"manager")
        return StaffDialog::tr("Manager");
    if (persona == u"supervisor")
        return StaffDialog::tr("Supervisor");
    if (persona == u"checkout")
        return StaffDialog::tr("Checkout service");
    if (persona == u"admin")
        return StaffDialog::tr("Admin");
    return persona.isEmpty() ? StaffDialog::tr("No role") : persona;
}

StaffDialog::StaffDialog(const Services::ConnectionSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_empty(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add login…"), this))
    , m_edit(new QPushButton(tr("&Edit assignments…"), this))
    , m_remove(new QPushButton(tr("&Remove assignments…"), this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(tr("Staff and access"));
    auto *intro =
        new QLabel(tr("Each login sees and changes stock only at the locations it is assigned, and sells only "
                      "through its channels; the ledger refuses everything else. A login's role is the "
                      "server's and is chosen when the login is created."),
                   this);
    intro->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No staff in this ledger yet.\nUse “Add login…” to create a login, or to assign an "
                        "existing one, to the locations and channels it works in."));
    m_empty->hide();
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Login"), tr("Role"), tr("Locations"), tr("Channels"), tr("May connect")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LoginColumn, Qt::AscendingOrder);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setSectionResizeMode(LocationsColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_add->setObjectName(QStringLiteral("addStaff"));
    m_edit->setObjectName(QStringLiteral("editStaff"));
    m_remove->setObjectName(QStringLiteral("removeStaff"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(int(StaffEditDialog::Mode::Add)); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(int(StaffEditDialog::Mode::Edit)); });
    connect(m_remove, &QPushButton::clicked, this, [this] { openEditor(int(StaffEditDialog::Mode::Remove)); });
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &StaffDialog::updateButtons);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] { openEditor(int(StaffEditDialog::Mode::Edit)); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 480);
    updateButtons();
    reload();
}

StaffDialog::~StaffDialog() = default;

void StaffDialog::reload()
{
    m_loading = true;
    setStatus(tr("Reading the staff…"));
    updateButtons();
    runLedgerTask<StaffDirectory>(this, m_spec, readDirectory, [this](const Services::Result<StaffDirectory> &read) {
        m_loading = false;
        if (!read) {
            setStatus(tr("Could not read the staff: %1").arg(sentence(read.error().message)), true);
            updateButtons();
            Q_EMIT loaded();
            return;
        }
        setStatus({});
        fill(read.value());
        Q_EMIT loaded();
    });
}

void StaffDialog::fill(const StaffDirectory &directory)
{
    const QString current = selected() ? selected()->login : QString();
    m_directory = directory;
    m_table->clear();
    for (qsizetype i = 0; i < directory.staff.size(); ++i) {
        const Services::StaffMember &member = directory.staff.at(i);
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(LoginColumn, member.login);
        item->setData(LoginColumn, Qt::UserRole, int(i));
        item->setText(RoleColumn, personaTitle(member.persona));
        item->setText(LocationsColumn, assigned(member.allLocations, member.locations, tr("All locations")));
        item->setToolTip(LocationsColumn, item->text(LocationsColumn));
        item->setText(ChannelsColumn, assigned(member.allChannels, member.channels, tr("All channels")));
        item->setText(ConnectColumn, member.mayConnect ? tr("Yes") : tr("No"));
        if (!member.mayConnect)
            item->setToolTip(ConnectColumn, tr("This login cannot connect to this ledger's database: the server "
                                               "has no such login, or it lacks the CONNECT privilege."));
        if (member.login == current)
            m_table->setCurrentItem(item);
    }
    // Each column as wide as its widest text and some air, so that one ends visibly before the next begins.
    for (const int column : {LoginColumn, RoleColumn, ChannelsColumn, ConnectColumn}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 24);
    }
    m_empty->setVisible(directory.staff.isEmpty());
    m_table->setVisible(!directory.staff.isEmpty());
    updateButtons();
}

void StaffDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;")
                                  : QString());
    m_status->setVisible(!text.isEmpty());
}

void StaffDialog::updateButtons()
{
    const Services::StaffMember *member = selected();
    m_add->setEnabled(!m_loading);
    m_edit->setEnabled(!m_loading && member);
    const bool anything = member && (member->allLocations || member->allChannels || !member->locations.isEmpty() ||
                                     !member->channels.isEmpty());
    m_remove->setEnabled(!m_loading && anything);
    m_edit->setToolTip(member ? QString() : tr("Select a login first."));
    m_remove->setToolTip(!member     ? tr("Select a login first.")
                         : !anything ? tr("%1 is assigned nowhere.").arg(member->login)
                                     : QString());
}

const Services::StaffMember *StaffDialog::selected() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int index = item->data(LoginColumn, Qt::UserRole).toInt();
    return index >= 0 && index < m_directory.staff.size() ? &m_directory.staff.at(index) : nullptr;
}

void StaffDialog::openEditor(int mode)
{
    const auto editMode = StaffEditDialog::Mode(mode);
    const Services::StaffMember *member = selected();
    if (editMode != StaffEditDialog::Mode::Add && !member)
        return;
    auto *editor = new StaffEditDialog(m_spec, editMode, m_directory, member ? *member : Services::StaffMember{}, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &StaffEditDialog::saved, this, [this](const QString &summary) {
        reload();
        connect(
            this, &StaffDialog::loaded, this, [this, summary] { setStatus(summary); }, Qt::SingleShotConnection);
    });
    editor->open();
}

} // namespace Stockroom::Ui
