#pragma once

#include "referencedialog.h"

class QSpinBox;

namespace Stockroom::Ui {

// The safety stock of one SKU at one location: below it, the row shows in the "below safety stock" filter
// and channels that respect it stop selling.
class SafetyStockDialog final : public ReferenceDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetyStockDialog)

public:
    SafetyStockDialog(const Services::ConnectionSpec &spec, const QString &sku, const QString &location,
                      QWidget *parent = nullptr);
    ~SafetyStockDialog() override;

protected:
    void read(std::function<void(const Services::Status &)> done) override;
    bool validate() override;
    void write(std::function<void(const Services::Result<QJsonObject> &)> done) override;
    QString fieldFor(const Services::Error &error) const override;
    QString summary(const QJsonObject &result) const override;

private:
    QString m_sku;
    QString m_location;
    QSpinBox *m_quantity;
};

} // namespace Stockroom::Ui
