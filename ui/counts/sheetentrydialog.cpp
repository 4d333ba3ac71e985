#include "sheetentrydialog.h"

#include "ledgertask.h"
#include "sheetentrymodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <counts/countrecords.h>
#include <counts/countservice.h>

namespace Stockroom::Ui {

namespace {

// The count cell's editor takes whole numbers only; Enter commits it and moves to the next row.
class CountDelegate final : public QStyledItemDelegate
{
public:
    CountDelegate(std::function<void()> next, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_next(std::move(next))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        auto *editor = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
        if (editor) {
            editor->setValidator(new QIntValidator(0, 100000000, editor));
            editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        return editor;
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                emit commitData(editor);
                emit closeEditor(editor, QAbstractItemDelegate::NoHint);
                m_next();
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    std::function<void()> m_next;
};

struct Failure
{
    int row;
    QString message;
};

struct SaveResult
{
    QList<int> recorded;
    QList<Failure> failed;
};

} // namespace

SheetEntryDialog::SheetEntryDialog(const Services::ConnectionSpec &spec, const QJsonObject &sheet, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_model(new SheetEntryModel(this))
    , m_table(new QTableView(this))
    , m_area(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(this))
{
    m_model->setSheet(sheet);
    setWindowTitle(tr("Enter counts from sheet: session %1 at %2")
                       .arg(m_model->session())
                       .arg(sheet.value(QStringLiteral("location")).toString()));

    auto *intro = new QLabel(tr("Type each count as written on the sheet and press Enter for the next row. Rows left "
                                "empty are not recorded."),
                             this);
    intro->setWordWrap(true);
    m_area->setMaxLength(40);
    m_area->setPlaceholderText(tr("optional: the aisle or shelf the sheet covers"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Area:"), m_area);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SheetEntryModel::Counted, new CountDelegate([this] { moveDown(); }, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SheetEntryModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SheetEntryModel::Status, QHeaderView::ResizeToContents);
    m_table->resizeColumnToContents(SheetEntryModel::Number);
    m_table->resizeColumnToContents(SheetEntryModel::Sku);
    m_table->setColumnWidth(SheetEntryModel::Counted, 110);
    m_table->installEventFilter(this);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, SheetEntryModel::Counted));

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setAutoDefault(false);
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false); // Enter belongs to the table
    }
    connect(m_save, &QPushButton::clicked, this, &SheetEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SheetEntryDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 560);
    updateButtons();
    m_table->setFocus();
}

SheetEntryDialog::~SheetEntryDialog() = default;

bool SheetEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a cell that is not being edited moves down too (while editing, keys go to the editor).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            moveDown();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SheetEntryDialog::moveDown()
{
    const int next = m_table->currentIndex().row() + 1;
    if (next < m_model->rowCount()) {
        const QModelIndex index = m_model->index(next, SheetEntryModel::Counted);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_save->setFocus();
    }
}

void SheetEntryDialog::updateButtons()
{
    const auto pending = m_model->toRecord().size();
    m_save->setText(tr("&Save %Ln count(s)", nullptr, int(pending)));
    m_save->setEnabled(pending > 0 && !m_saving);
}

void SheetEntryDialog::save()
{
    const QList<int> rows = m_model->toRecord();
    if (rows.isEmpty() || m_saving)
        return;
    QList<Services::CountObservation> observations;
    QStringList keys;
    for (const int index : rows) {
        const SheetEntryModel::Row &row = m_model->row(index);
        observations.append({m_model->session(), row.sku, row.counted.toLongLong(), m_area->text().trimmed(),
                             QStringLiteral("count sheet"), row.position});
        keys << row.key;
    }
    m_saving = true;
    updateButtons();
    m_message->setText(tr("Recording %Ln count(s)…", nullptr, int(rows.size())));
    m_message->show();
    runLedgerTask<SaveResult>(
        this, m_spec,
        [rows, observations, keys](Services::Session &session) -> Services::Result<SaveResult> {
            Services::CountService counts(session);
            SaveResult result;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                auto recorded = counts.record(observations.at(i), keys.at(i));
                if (recorded)
                    result.recorded << rows.at(i);
                else
                    result.failed.append({rows.at(i), recorded.error().message});
            }
            return result;
        },
        [this](const Services::Result<SaveResult> &result) {
            m_saving = false;
            QStringList problems;
            for (const int row : result->recorded)
                m_model->markRecorded(row);
            for (const Failure &failure : result->failed) {
                m_model->markFailed(failure.row, failure.message);
                problems << tr("#%1 %2: %3")
                                .arg(m_model->row(failure.row).number)
                                .arg(m_model->row(failure.row).sku, failure.message);
            }
            if (problems.isEmpty()) {
                m_message->setText(tr("%Ln count(s) recorded.", nullptr, int(result->recorded.size())));
            } else {
                m_message->setText(tr("%Ln count(s) recorded.", nullptr, int(result->recorded.size())) + u' ' +
                                   tr("%Ln row(s) were not recorded; their counts are kept, correct them and save "
                                      "again:",
                                      nullptr, int(problems.size())) +
                                   u'\n' + problems.join(u'\n'));
                m_table->setCurrentIndex(m_model->index(result->failed.first().row, SheetEntryModel::Counted));
            }
            updateButtons();
            emit saved(int(result->recorded.size()), int(result->failed.size()));
        });
}

} // namespace Stockroom::Ui
