#pragma once

#include "staffdirectory.h"

#include <QDialog>

#include <connection/connectionspec.h>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Stockroom::Ui {

// Staff and access, an admin's: who works at which locations and sells through which channels in this ledger,
// with their role on the server and whether they may connect; add a login, edit its assignments, take some off.
// Reads and changes run off the GUI thread.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    explicit StaffDialog(const Services::ConnectionSpec &spec, QWidget *parent = nullptr);
    ~StaffDialog() override;

    // Reads the staff, the locations and the channels again.
    void reload();
    bool isLoading() const { return m_loading; }
    const StaffDirectory &directory() const { return m_directory; }

Q_SIGNALS:
    void loaded();

private:
    void fill(const StaffDirectory &directory);
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    const Services::StaffMember *selected() const;
    void openEditor(int mode);

    Services::ConnectionSpec m_spec;
    StaffDirectory m_directory;
    QLabel *m_empty;
    QTreeWidget *m_table;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_loading = false;
};

} // namespace Stockroom::Ui
