#pragma once

#include "referencedialog.h"

#include <ledger/ledgerservice.h>

class QLineEdit;

namespace Stockroom::Ui {

// A location's name, region and position (latitude and longitude go together; orders use them to choose
// where to ship from). Its code and kind stay as they are.
class LocationDialog final : public ReferenceDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationDialog)

public:
    LocationDialog(const Services::ConnectionSpec &spec, const QString &code, QWidget *parent = nullptr);
    ~LocationDialog() override;

protected:
    void read(std::function<void(const Services::Status &)> done) override;
    bool validate() override;
    void write(std::function<void(const Services::Result<QJsonObject> &)> done) override;
    QString fieldFor(const Services::Error &error) const override;
    QString summary(const QJsonObject &result) const override;

private:
    std::optional<double> coordinate(QLineEdit *edit) const;

    QString m_code;
    Services::LocationInfo m_before;
    QLabel *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_region;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
};

} // namespace Stockroom::Ui
