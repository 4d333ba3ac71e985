#pragma once

#include <QDialog>

#include <connection/connectionspec.h>
#include <counts/countrecords.h>
#include <ledger/stockreader.h>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Stockroom::Ui {

// Starts a count session (a manager's): a location, what to count there (every SKU, the SKUs named, or one ABC
// class), blind by default, optionally assigned to some associates, with a note. The ledger's refusal is shown
// in the form, which stays open to be corrected; the key is kept until it succeeds.
class NewCountSessionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCountSessionDialog)

public:
    NewCountSessionDialog(const Services::ConnectionSpec &spec, const QList<Services::LocationRef> &locations,
                          const QString &location, QWidget *parent = nullptr);
    ~NewCountSessionDialog() override;

    Services::CountSessionDraft draft() const;
    void setDraft(const Services::CountSessionDraft &draft);
    // Creates the session as the form says (as the Create button does).
    void create();

Q_SIGNALS:
    void created(qint64 session);

private:
    void updateScope();

    Services::ConnectionSpec m_spec;
    QString m_key;
    QComboBox *m_location;
    QButtonGroup *m_scope;
    QLineEdit *m_skus;
    QComboBox *m_class;
    QCheckBox *m_blind;
    QLineEdit *m_assignees;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace Stockroom::Ui
