#include "newcountsessiondialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <counts/countservice.h>
#include <ledger/ledgerservice.h>
#include <ledgertask.h>

namespace Stockroom::Ui {

namespace {

enum Scope
{
    AllSkus,
    ChosenSkus,
    AbcClass
};

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

NewCountSessionDialog::NewCountSessionDialog(const Services::ConnectionSpec &spec,
                                             const QList<Services::LocationRef> &locations, const QString &location,
                                             QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_key(Services::LedgerService::newKey())
    , m_location(new QComboBox(this))
    , m_scope(new QButtonGroup(this))
    , m_skus(new QLineEdit(this))
    , m_class(new QComboBox(this))
    , m_blind(new QCheckBox(tr("&Blind: counters do not see the ledger's quantities"), this))
    , m_assignees(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_create(new QPushButton(tr("&Create session"), this))
{
    setObjectName(QStringLiteral("newCountSession"));
    setWindowTitle(tr("New count session"));
    m_location->setObjectName(QStringLiteral("countLocation"));
    for (const auto &ref : locations)
        m_location->addItem(ref.code + QStringLiteral(" — ") + ref.name, ref.code);
    m_location->setCurrentIndex(qMax(0, m_location->findData(location)));

    auto *all = new QRadioButton(tr("&Every SKU stocked at the location (full count)"), this);
    auto *chosen = new QRadioButton(tr("These &SKUs:"), this);
    auto *byClass = new QRadioButton(tr("ABC c&lass:"), this);
    all->setObjectName(QStringLiteral("scopeAll"));
    chosen->setObjectName(QStringLiteral("scopeSkus"));
    byClass->setObjectName(QStringLiteral("scopeClass"));
    m_scope->addButton(all, AllSkus);
    m_scope->addButton(chosen, ChosenSkus);
    m_scope->addButton(byClass, AbcClass);
    all->setChecked(true);
    m_skus->setObjectName(QStringLiteral("countSkus"));
    m_skus->setPlaceholderText(tr("SKU codes or barcodes, separated by spaces or commas"));
    m_class->setObjectName(QStringLiteral("countClass"));
    m_class->addItem(tr("A — the fast movers (80 % of value moved)"), QStringLiteral("A"));
    m_class->addItem(tr("B — the next 15 %"), QStringLiteral("B"));
    m_class->addItem(tr("C — the rest"), QStringLiteral("C"));
    m_blind->setObjectName(QStringLiteral("countBlind"));
    m_blind->setChecked(true);
    m_blind->setToolTip(tr("Recommended: people count what they see, not what they expect to see"));
    m_assignees->setObjectName(QStringLiteral("countAssignees"));
    m_assignees->setPlaceholderText(tr("Logins, separated by commas; empty: any associate"));
    m_note->setObjectName(QStringLiteral("countNote"));
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("Optional, shown to the counters"));
    m_error->setObjectName(QStringLiteral("countSessionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02a1e; }"));
    m_error->hide();

    auto *scope = new QVBoxLayout;
    scope->addWidget(all);
    auto *skuRow = new QHBoxLayout;
    skuRow->addWidget(chosen);
    skuRow->addWidget(m_skus, 1);
    scope->addLayout(skuRow);
    auto *classRow = new QHBoxLayout;
    classRow->addWidget(byClass);
    classRow->addWidget(m_class, 1);
    scope->addLayout(classRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Count:"), scope);
    form->addRow(QString(), m_blind);
    form->addRow(tr("&Assigned to:"), m_assignees);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewCountSessionDialog::create);
    connect(m_scope, &QButtonGroup::idToggled, this, &NewCountSessionDialog::updateScope);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    updateScope();
}

NewCountSessionDialog::~NewCountSessionDialog() = default;

void NewCountSessionDialog::updateScope()
{
    m_skus->setEnabled(m_scope->checkedId() == ChosenSkus);
    m_class->setEnabled(m_scope->checkedId() == AbcClass);
}

Services::CountSessionDraft NewCountSessionDialog::draft() const
{
    Services::CountSessionDraft draft;
    draft.location = m_location->currentData().toString();
    draft.all = m_scope->checkedId() == AllSkus;
    if (m_scope->checkedId() == ChosenSkus)
        draft.skus = words(m_skus->text());
    if (m_scope->checkedId() == AbcClass)
        draft.abcClass = m_class->currentData().toString();
    draft.blind = m_blind->isChecked();
    draft.assignees = words(m_assignees->text());
    draft.note = m_note->text().trimmed();
    return draft;
}

void NewCountSessionDialog::setDraft(const Services::CountSessionDraft &draft)
{
    m_location->setCurrentIndex(qMax(0, m_location->findData(draft.location)));
    const int scope = !draft.skus.isEmpty() ? ChosenSkus : !draft.abcClass.isEmpty() ? AbcClass : AllSkus;
    m_scope->button(scope)->setChecked(true);
    m_skus->setText(draft.skus.join(QStringLiteral(", ")));
    m_class->setCurrentIndex(qMax(0, m_class->findData(draft.abcClass)));
    m_blind->setChecked(draft.blind);
    m_assignees->setText(draft.assignees.join(QStringLiteral(", ")));
    m_note->setText(draft.note);
}

void NewCountSessionDialog::create()
{
    const Services::CountSessionDraft request = draft();
    if (request.location.isEmpty()) {
        m_error->setText(tr("Choose the location to count."));
        m_error->show();
        return;
    }
    if (m_scope->checkedId() == ChosenSkus && request.skus.isEmpty()) {
        m_error->setText(tr("Name at least one SKU to count, or count every SKU at the location."));
        m_error->show();
        m_skus->setFocus();
        return;
    }
    const QString key = m_key;
    m_create->setEnabled(false);
    runLedgerTask<QJsonObject>(
        this, m_spec, [request, key](Services::Session &s) { return Services::CountService(s).create(request, key); },
        [this](const Services::Result<QJsonObject> &result) {
            m_create->setEnabled(true);
            if (!result) {
                m_error->setText(tr("The session was not created: %1").arg(result.error().message));
                m_error->show();
                return;
            }
            m_key = Services::LedgerService::newKey();
            Q_EMIT created(result->value(u"session").toInteger());
            accept();
        });
}

} // namespace Stockroom::Ui
